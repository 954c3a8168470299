"""Tests for extractor.companies: gazetteer loading, the company finder, canonical names.

The Chinese and English sentences here are written for these tests (not taken from the
dev data). One test reads the FewFC dev file at test time to guard recall.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opcount import assert_linear
from shared_data import DEV, needs_shared

from extractor.companies import (
    CompanyEntry,
    CompanyFinder,
    CompanyMention,
    canonical_name,
    is_pronoun_company,
    normalize_ticker,
)
from extractor.errors import PatternError
from extractor.patterns import builtin_patterns_dir


@pytest.fixture(scope="module")
def finder() -> CompanyFinder:
    return CompanyFinder.load()


def spans(finder: CompanyFinder, text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.name, m.ticker, m.source) for m in finder.find(text, lang)]  # type: ignore[arg-type]


def texts(finder: CompanyFinder, text: str, lang: str) -> list[str]:
    return [m.text for m in finder.find(text, lang)]  # type: ignore[arg-type]


# -- the built-in gazetteer ----------------------------------------------------------------
def test_builtin_gazetteer_size_and_tickers(finder: CompanyFinder) -> None:
    assert 150 <= len(finder.entries) <= 300
    ticker_re = re.compile(
        r"^(?:\d{6}\.(?:SH|SZ|BJ)|\d{4}\.HK|[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?|\d{4,6}\.[A-Z]{1,2})$"
    )
    for e in finder.entries:
        if e.ticker is not None:
            assert ticker_re.match(e.ticker), (e.name, e.ticker)
    names = {e.name for e in finder.entries}
    for must in [
        "Twilio",
        "Uber",
        "Meta",
        "Amazon",
        "Apple",
        "Alphabet",
        "Microsoft",
        "Tesla",
        "贵州茅台",
        "腾讯控股",
        "阿里巴巴",
        "格力电器",
        "中国平安",
        "招商银行",
        "长实集团",
        "比亚迪",
        "宁德时代",
        "美的集团",
        "万科",
        "小米集团",
        "京东",
        "百度",
        "网易",
    ]:
        assert must in names


@pytest.mark.parametrize(
    ("alias", "name", "ticker"),
    [
        ("TWLO", "Twilio", "TWLO"),
        ("亚马逊", "Amazon", "AMZN"),
        ("谷歌", "Alphabet", "GOOGL"),
        ("Facebook", "Meta", "META"),
        ("格力", "格力电器", "000651.SZ"),
        ("腾讯", "腾讯控股", "0700.HK"),
        ("茅台", "贵州茅台", "600519.SH"),
    ],
)
def test_lookup_aliases(finder: CompanyFinder, alias: str, name: str, ticker: str) -> None:
    entry = finder.lookup(alias)
    assert entry is not None and (entry.name, entry.ticker) == (name, ticker)


def test_builtin_file_has_documenting_header() -> None:
    lines = (builtin_patterns_dir() / "companies.jsonl").read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    assert lines[0].startswith("#")
    assert all(f'"{key}"' in "\n".join(header) for key in ("name", "aliases", "ticker", "lang"))


# -- loading user files and errors -----------------------------------------------------------
def write(dir_: Path, lines: list[str]) -> Path:
    dir_.mkdir(parents=True, exist_ok=True)
    p = dir_ / "companies.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_user_directory_adds_and_replaces(tmp_path: Path) -> None:
    write(
        tmp_path / "mine",
        [
            "# my companies",
            json.dumps(
                {"name": "Twilio", "aliases": ["Twilio Inc.", "推特丽欧"], "ticker": "TWLO.X"}
            ),
            json.dumps(
                {
                    "name": "Zorblax",
                    "aliases": ["佐布拉克斯", "ZBX"],
                    "ticker": "ZBX",
                    "lang": "any",
                }
            ),
        ],
    )
    f = CompanyFinder.load([tmp_path / "mine"])
    found = spans(f, "推特丽欧和佐布拉克斯签约，ZBX上涨。", "zh")
    assert found == [
        ("推特丽欧", "Twilio", "TWLO.X", "gazetteer"),
        ("佐布拉克斯", "Zorblax", "ZBX", "gazetteer"),
        ("ZBX", "Zorblax", "ZBX", "gazetteer"),
    ]
    # the replaced entry lost the built-in alias it no longer lists
    assert f.lookup("TWLO") is None
    assert CompanyFinder.load().lookup("TWLO") is not None


def test_user_entry_wins_an_alias_claimed_by_a_builtin(tmp_path: Path) -> None:
    write(tmp_path / "d", [json.dumps({"name": "Greenfield Robotics", "aliases": ["Box"]})])
    f = CompanyFinder.load([tmp_path / "d"])
    assert spans(f, "Box shares rose.", "en") == [("Box", "Greenfield Robotics", None, "gazetteer")]


@pytest.mark.parametrize(
    ("lines", "line", "words"),
    [
        (['{"name": "Aa"}', '{"name": "Bb", "aliases": ["x",]}'], 2, "invalid JSON"),
        (['{"name": "Aa", "tickr": "AAA"}'], 1, 'unknown key "tickr"'),
        (["# c", '{"aliases": ["A"]}'], 2, 'missing required key "name"'),
        (['{"name": "Aa"}', "", '{"name": "Aa"}'], 3, 'duplicate name "Aa"'),
        (
            ['{"name": "Aa", "aliases": ["Shared"]}', '{"name": "Bb", "aliases": ["shared"]}'],
            2,
            "already claimed",
        ),
        (['{"name": "Aa"}', '{"name": "Bb", "aliases": ["Aa"]}'], 2, 'claimed by "Aa" (line 1)'),
        (['{"name": "Aa", "lang": "fr"}'], 1, 'key "lang"'),
        (['{"name": "Aa", "aliases": "Aa Inc"}'], 1, 'key "aliases"'),
        (['{"name": "Aa", "ticker": "A A"}'], 1, 'key "ticker"'),
        (['{"name": "  "}'], 1, "empty"),
        (['["A"]'], 1, "expected a JSON object"),
    ],
)
def test_loader_errors_name_file_and_line(
    tmp_path: Path, lines: list[str], line: int, words: str
) -> None:
    p = write(tmp_path / "bad", lines)
    with pytest.raises(PatternError) as exc:
        CompanyFinder.load([tmp_path / "bad"])
    assert exc.value.line == line
    assert Path(exc.value.path) == p
    assert str(exc.value).startswith(f"{p}:{line}: ")
    assert words in str(exc.value)


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="does not exist"):
        CompanyFinder.load([tmp_path / "nope"])


def test_alias_claimed_twice_across_files_is_not_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a", [json.dumps({"name": "Acme", "aliases": ["AC"]})])
    write(tmp_path / "b", [json.dumps({"name": "Acme Two", "aliases": ["AC"]})])
    f = CompanyFinder.load([tmp_path / "a", tmp_path / "b"])
    entry = f.lookup("AC")
    assert entry is not None and entry.name == "Acme Two"


# -- English ---------------------------------------------------------------------------------
def test_english_possessive_and_case(finder: CompanyFinder) -> None:
    text = "Twilio's revenue beat; Twilio’s margin too. TWLO rose, twlo is a typo, EMC and Emc."
    assert spans(finder, text, "en") == [
        ("Twilio's", "Twilio", "TWLO", "gazetteer"),
        ("Twilio’s", "Twilio", "TWLO", "gazetteer"),
        ("TWLO", "Twilio", "TWLO", "gazetteer"),
        ("EMC", "EMC", None, "gazetteer"),
    ]


def test_english_common_words_and_word_boundaries(finder: CompanyFinder) -> None:
    text = (
        "An apple a day, a box of snacks, a Boxer dog, a meta-analysis; see investors.twilio.com."
    )
    assert finder.find(text, "en") == []


def test_english_multiword_aliases_and_legal_suffix(finder: CompanyFinder) -> None:
    text = "Analysts at Morgan Stanley and Wells Fargo compared Twilio Inc. with Amazon.com."
    assert [(m.text, m.name) for m in finder.find(text, "en")] == [
        ("Morgan Stanley", "Morgan Stanley"),
        ("Wells Fargo", "Wells Fargo"),
        ("Twilio Inc.", "Twilio"),
        ("Amazon.com", "Amazon"),
    ]


def test_english_person_with_middle_initial_is_not_a_company(finder: CompanyFinder) -> None:
    assert texts(finder, "Meta A. Marshall asked a question.", "en") == []


def test_english_name_before_exchange_ticker(finder: CompanyFinder) -> None:
    found = spans(finder, "Shares of Quillon Robotics Inc. (NASDAQ: QLRB) rose 4%.", "en")
    assert found == [("Quillon Robotics Inc.", "Quillon Robotics", "QLRB", "code")]


def test_chinese_entries_are_not_matched_in_english(finder: CompanyFinder) -> None:
    assert texts(finder, "平安银行 reported.", "en") == []


# -- Chinese: gazetteer and stock codes --------------------------------------------------------
def test_chinese_gazetteer_longest_first_and_share_class(finder: CompanyFinder) -> None:
    text = "小米集团与京东方A签约后，京东方和京东的订单都增加了。"
    assert spans(finder, text, "zh") == [
        ("小米集团", "小米集团", "1810.HK", "gazetteer"),
        ("京东方A", "京东方", "000725.SZ", "gazetteer"),
        ("京东方", "京东方", "000725.SZ", "gazetteer"),
        ("京东", "京东", "JD", "gazetteer"),
    ]


def test_chinese_alias_inside_a_common_word_is_blocked(finder: CompanyFinder) -> None:
    assert texts(finder, "在高通胀环境下，高通仍发布了新芯片。", "zh") == ["高通"]


@pytest.mark.parametrize(
    ("text", "mention", "ticker"),
    [
        ("长实集团(1113.HK)宣布派息。", "长实集团", "1113.HK"),
        ("据悉，美的集团（SZ 000333）回购股份。", "美的集团", "000333.SZ"),
        ("公司持有招商银行(600036.SH)的股票。", "招商银行", "600036.SH"),
        ("海天味业（股票代码：603288）发布年报。", "海天味业", "603288.SH"),
        ("昨日星云智联(688123)股价涨停。", "星云智联", "688123.SH"),
        (
            "旗下子公司东岳科技股份有限公司（股票代码：300999）中标。",
            "东岳科技股份有限公司",
            "300999.SZ",
        ),
        ("青山控股(00780.HK)公布业绩。", "青山控股", "0780.HK"),
        ("Zorblax（纳斯达克：ZRBX）上市首日大涨。", "Zorblax", "ZRBX"),
    ],
)
def test_chinese_stock_code_forms(
    finder: CompanyFinder, text: str, mention: str, ticker: str
) -> None:
    found = [(m.text, m.ticker) for m in finder.find(text, "zh")]
    assert (mention, ticker) in found
    m = next(m for m in finder.find(text, "zh") if m.text == mention)
    assert text[m.start : m.end] == mention


@pytest.mark.parametrize(
    ("code", "ticker"),
    [
        ("600519", "600519.SH"),
        ("000651", "000651.SZ"),
        ("300273", "300273.SZ"),
        ("688981", "688981.SH"),
        ("SZ 300273", "300273.SZ"),
        ("sh600519", "600519.SH"),
        ("600519.SS", "600519.SH"),
        ("00700.HK", "0700.HK"),
        ("HK 1113", "1113.HK"),
        ("09988", "9988.HK"),
        ("NYSE: TWLO", "TWLO"),
        ("纽交所：TWLO", "TWLO"),
        ("12", None),
        ("ab", None),
    ],
)
def test_normalize_ticker(code: str, ticker: str | None) -> None:
    assert normalize_ticker(code) == ticker


def test_st_names(finder: CompanyFinder) -> None:
    assert texts(finder, "*ST海岳与ST金桥均收到问询函。", "zh") == ["*ST海岳", "ST金桥"]


# -- Chinese: company words and left boundaries -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("控股股东宜昌兴发集团有限责任公司于近日质押股份。", ["宜昌兴发集团有限责任公司"]),
        ("公司拟向华夏银行质押所持股份。", ["华夏银行"]),
        ("公司拟向杭州远航科技有限公司出售资产。", ["杭州远航科技有限公司"]),
        ("该公司与蓝海证券签署了承销协议。", ["蓝海证券"]),
        ("收购以岭药业后，红杉资本退出。", ["以岭药业", "红杉资本"]),
        (
            "质押给中国工商银行股份有限公司杭州分行的股份已解押。",
            ["中国工商银行股份有限公司杭州分行"],
        ),
        ("宁波青禾投资管理合伙企业(有限合伙)减持。", ["宁波青禾投资管理合伙企业(有限合伙)"]),
        ("公司股东远山资本（苏州）有限公司增持。", ["远山资本（苏州）有限公司"]),
        ("金桥股份与成都银行签约。", ["金桥股份", "成都银行"]),
        ("持股5%的星河控股拟减持。", ["星河控股"]),
    ],
)
def test_chinese_suffix_names(finder: CompanyFinder, text: str, expected: list[str]) -> None:
    assert texts(finder, text, "zh") == expected


@pytest.mark.parametrize(
    "text",
    [
        "公告称，控股股东及其子公司、母公司、该公司、本公司、上市公司、分公司、全资子公司与公司均无异议。",
        "今年只有三家科技公司上市，第五家公司也在排队。",
        "美国的科技公司和国内大型商业银行都在关注。",
        "投资者认为银行业和证券行业的投资回报较高。",
        "控股股东所持公司股份的冻结已解除。",
        "这家公司的投资公司与基金公司合作。",
    ],
)
def test_chinese_generic_company_words_are_not_companies(finder: CompanyFinder, text: str) -> None:
    assert finder.find(text, "zh") == []


def test_latin_names_in_chinese_text_and_stop_list(finder: CompanyFinder) -> None:
    text = (
        "Twilio的客户包括Uber、Box和OpenTable。IPO、API、SaaS、SMS、IM、VoIP、ISV、SI、IP、CEO都不是公司，"
        "E轮融资在web和app上完成；Zorblax和Fidelity Investments也是客户。"
    )
    assert spans(finder, text, "zh") == [
        ("Twilio", "Twilio", "TWLO", "gazetteer"),
        ("Uber", "Uber", "UBER", "gazetteer"),
        ("Box", "Box", "BOX", "gazetteer"),
        ("OpenTable", "OpenTable", None, "gazetteer"),
        ("Zorblax", "Zorblax", None, "latin"),
        ("Fidelity Investments", "Fidelity Investments", None, "gazetteer"),
    ]


def test_latin_words_of_an_english_phrase_or_person_are_skipped(finder: CompanyFinder) -> None:
    assert texts(finder, "他说 Good Morning everyone，然后 Jeff Lawson 上台。", "zh") == []


def test_defined_abbreviation_and_repeats(finder: CompanyFinder) -> None:
    text = "湖南星火新材料股份有限公司（以下简称“星火新材”）公告，星火新材拟收购资产。"
    found = finder.find(text, "zh")
    assert [m.text for m in found] == ["湖南星火新材料股份有限公司", "星火新材", "星火新材"]
    assert {m.name for m in found} == {"湖南星火新材料"}  # canonical: no legal suffix


def test_names_tied_to_a_code_are_found_again(finder: CompanyFinder) -> None:
    text = "蓝湖智造(603999)今日停牌。此前蓝湖智造曾两次停牌。"
    found = finder.find(text, "zh")
    assert [(m.text, m.ticker) for m in found] == [
        ("蓝湖智造", "603999.SH"),
        ("蓝湖智造", "603999.SH"),
    ]


def test_enumeration_with_known_companies(finder: CompanyFinder) -> None:
    text = "板块中，格力电器、海天味业、金禾微联、洋河股份均上涨。"
    assert texts(finder, text, "zh") == ["格力电器", "海天味业", "金禾微联", "洋河股份"]


def test_enumeration_without_known_companies_adds_nothing(finder: CompanyFinder) -> None:
    assert finder.find("水果中，苹果汁、香蕉、葡萄、橙子均涨价。", "zh") == []


def test_announcer(finder: CompanyFinder) -> None:
    assert texts(finder, "近日，蓝鲸智造晚间公告称，拟回购股份。", "zh") == ["蓝鲸智造"]
    assert texts(finder, "证监会公告称，将加强监管。", "zh") == []


def test_company_word_name_maps_to_the_gazetteer(finder: CompanyFinder) -> None:
    found = spans(finder, "Twilio公司和阿里巴巴集团都在扩张。", "zh")
    assert found == [
        ("Twilio公司", "Twilio", "TWLO", "suffix"),
        ("阿里巴巴集团", "阿里巴巴", "BABA", "gazetteer"),
    ]


def test_traditional_chinese(finder: CompanyFinder) -> None:
    assert texts(finder, "該公司與台積電及騰訊合作，並向遠東銀行貸款。", "zh") == [
        "台積電",
        "騰訊",
        "遠東銀行",
    ]


def test_bare_short_name_before_a_stake(finder: CompanyFinder) -> None:
    assert texts(finder, "公司拟以现金收购远景新能60%股权。", "zh") == ["远景新能"]
    # a word between the name and the stake is not part of the name
    assert texts(finder, "公司拟收购远景新能剩余40%的股权。", "zh") == ["远景新能"]
    # what holds the stake is a pronoun or a quantity phrase, not a name
    assert finder.find("控股股东持有公司5%股份，合计持有约5.1%股份。", "zh") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a clause subject before a corporate verb, 以 (by means of) included
        ("2018年，远景新能以3亿元收购华丰物流。", ["远景新能", "华丰物流"]),
        ("同日，蓝湖航运宣布回购股份。", ["蓝湖航运"]),
        ("截至公告日，北斗星辰及一致行动人合计减持了3%。", ["北斗星辰"]),
        # boundary words before the subject are cut
        ("根据华丰旅游在10月披露的公告，公司股东鼎晖长青拟减持不超过2%股份。", ["华丰旅游", "鼎晖长青"]),
        # after a role word, before punctuation
        ("持股6%的股东鼎晖长青，计划减持。", ["鼎晖长青"]),
        # a subject after a date range
        ("青松创投8月1日至9月30日增持公司股份600万股。", ["青松创投"]),
        # the object of a holding verb before a share count
        ("北向资金大幅减持远景新能逾900万股。", ["远景新能"]),
        ("深股通持有蓝湖航运的股份数量为1000万股。", ["蓝湖航运"]),
        # who a court orders to pay
        ("法院判决远景新能于判决生效之日起十日内支付货款500万元。", ["远景新能"]),
        ("一审判决后，远景新能需支付违约金200万元。", ["远景新能"]),
        # a headline's topic before a colon, the first party of an agreement
        ("苏试仪器：已耗资6000万元回购2%股份。", ["苏试仪器"]),
        ("华丰建设与甲乙银行签订借款合同。", ["华丰建设", "甲乙银行"]),
        # a listed company after 上市公司 (a boundary word), a date's 底 cut off
        ("对旗下的上市公司曙光股份(600303)已将持股质押。", ["曙光股份"]),
        ("2015年底华丰酒业完成权益变动。", ["华丰酒业"]),
        # a price quote between the name and its code; 股份公司 and 提供 after a name
        ("华丰环境(6.350, 0.00, 0.00%)(000035)晚间发布公告。", ["华丰环境"]),
        ("本次质押后，华丰控股集团股份公司累计质押3000万股。", ["华丰控股集团股份公司"]),
        ("公司为华丰能源提供担保的余额为1亿元。", ["华丰能源"]),
    ],
)
def test_short_names_found_by_position(finder: CompanyFinder, text: str, names: list[str]) -> None:
    assert texts(finder, text, "zh") == names


@pytest.mark.parametrize(
    "text",
    [
        # time, quantity and discourse words that open a clause before a verb
        "二季度增持了1000万股，期间合计减持500万股，直接或间接持有5%股份。",
        "随后公司拟回购股份，后续可能减持。",
        "按照约定，现金以外的部分将以股票支付。",
        # persons: a surname and one or two characters, or a name after a person's role
        "王小明拟减持不超过1%股份，实控人邢东拟增持。",
        "同时，实控人欧阳明远拟减持。",
        # kinds of announcement, not who announces
        "控股股东发布股权变动公告，公司发布的最新公告称，其披露进展公告称。",
        # verbs before 公司 ("确定公司为中标人") leave only the pronoun
        "通知确定公司为中标单位，审议批准公司为子公司提供担保。",
        # discourse openers and counted documents
        "具体来看：公司拟收购资产。汇总之前的三份公告，记者发现。",
        "减持计划的主要内容：公司股东拟减持。",
    ],
)
def test_clause_openers_that_are_not_names(finder: CompanyFinder, text: str) -> None:
    assert finder.find(text, "zh") == []


def test_a_subject_replaces_a_short_alias_it_begins_with(finder: CompanyFinder) -> None:
    # 格力 is an alias of 格力电器; 格力金投 is another company
    found = spans(finder, "格力金投8月13日至10月30日增持公司股份6618万股。", "zh")
    assert found == [("格力金投", "格力金投", None, "suffix")]
    # the full alias still wins where it is the whole name
    assert [m.name for m in finder.find("格力拟增持。", "zh")] == ["格力电器"]


def test_an_industry_word_is_not_stripped_for_a_lookup(finder: CompanyFinder) -> None:
    # 复星 is an alias of 复星国际; 复星医药 and 三星医疗 are other companies
    assert finder.canonical("复星医药") == "复星医药"
    assert finder.canonical("三星医疗") == "三星医疗"
    assert finder.canonical("阿里巴巴集团控股有限公司") == "阿里巴巴"


def test_investing_verb_is_not_part_of_the_name(finder: CompanyFinder) -> None:
    assert texts(finder, "青岛五道口向华丰控股投资75亿元。", "zh") == ["华丰控股"]


@pytest.mark.xfail(strict=True, reason="'Meta Marshall' (a person) reads as the company Meta")
def test_person_named_like_a_company_gap(finder: CompanyFinder) -> None:
    assert texts(finder, "Your next question comes from Meta Marshall.", "en") == []


# -- spans found by NER ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "mention", "name", "ticker"),
    [
        (
            "Analysts like the Twilio Inc. story.",
            "the Twilio Inc.",
            "Twilio Inc.",
            "Twilio",
            "TWLO",
        ),
        (
            "We met “Quillon Robotics, Inc.”, a peer.",
            "“Quillon Robotics, Inc.”,",
            "Quillon Robotics, Inc.",
            "Quillon Robotics",
            None,
        ),
        ("Facebook's ad sales", "Facebook's", "Facebook's", "Meta", "META"),
        (
            "公司与珠海格力电器股份有限公司签约",
            "珠海格力电器股份有限公司",
            "珠海格力电器股份有限公司",
            "格力电器",
            "000651.SZ",
        ),
    ],
)
def test_from_span(
    finder: CompanyFinder, text: str, span: str, mention: str, name: str, ticker: str | None
) -> None:
    start = text.index(span)
    m = finder.from_span(text, start, start + len(span))
    assert m is not None
    assert (m.text, m.name, m.ticker, m.source) == (mention, name, ticker, "ner")
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("span", ["the Company", "We", "该公司", "  ", ""])
def test_from_span_pronouns_and_blanks(finder: CompanyFinder, span: str) -> None:
    text = f"x {span} y"
    assert finder.from_span(text, 2, 2 + len(span)) is None


def test_from_span_outside_text(finder: CompanyFinder) -> None:
    with pytest.raises(ValueError, match="outside"):
        finder.from_span("abc", 2, 9)


# -- errors -------------------------------------------------------------------------------
def test_find_rejects_bad_input(finder: CompanyFinder) -> None:
    with pytest.raises(TypeError, match="str"):
        finder.find(b"Twilio", "en")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang"):
        finder.find("Twilio", "fr")  # type: ignore[arg-type]
    assert finder.find("", "zh") == [] and finder.find("   ", "en") == []


# -- canonical names and pronouns -----------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "canon"),
    [
        ("Twilio's", "Twilio"),
        ("Twilio’s", "Twilio"),
        ("Twilio Inc.", "Twilio"),
        ("Twilio, Inc.", "Twilio"),
        ("Twilio Inc", "Twilio"),
        ("Apple Inc.'s", "Apple"),
        ("Microsoft Corporation", "Microsoft"),
        ("Acme Corp.", "Acme"),
        ("Acme Co., Ltd.", "Acme"),
        ("JPMorgan Chase & Co.", "JPMorgan Chase"),
        ("Acme LLC", "Acme"),
        ("ASML Holding N.V.", "ASML"),
        ("Banco Santander, S.A.", "Banco Santander"),
        ("Siemens AG", "Siemens"),
        ("Alibaba Group Holding Limited", "Alibaba"),
        ("The Coca-Cola Company", "Coca-Cola"),
        ("“Twilio”", "Twilio"),
        ("(Twilio)", "Twilio"),
        ('"Uber"', "Uber"),
        ("  Uber   Technologies ", "Uber Technologies"),
        ("Limited", "Limited"),
        # English: legal suffixes, Holding(s), Group, Company (not after a possessive);
        # "Twilio Inc" and "Twilio's" are above
        ("Twilio Inc.'s", "Twilio"),
        ("Ameren Corporation's", "Ameren"),
        ("Armstrong World Industries, Inc.,", "Armstrong World Industries"),
        ("Thermon Group Holdings", "Thermon"),
        ("The Aaron's Company", "Aaron's Company"),
        ("Aaron's Company", "Aaron's Company"),
        ("Greenhill & Co.", "Greenhill"),
        ("The Clorox Company", "Clorox"),
        ("the Walt Disney Company", "Walt Disney"),
        ("“Alibaba Group Holding Ltd.”", "Alibaba"),
        ("HSBC Holdings plc", "HSBC"),
        ("Clear Channel Outdoor Holdings", "Clear Channel Outdoor"),
        # never stripped to nothing
        ("Group", "Group"),
        ("Holdings Inc", "Holdings"),
        # Chinese: legal-form and group suffixes, keeping two CJK characters
        ("阿里巴巴集团控股有限公司", "阿里巴巴"),
        (" 珠海格力电器 股份有限公司 ", "珠海格力电器"),
        ("珠海格力电器股份有限公司", "珠海格力电器"),
        ("格力电器 股份有限公司", "格力电器"),
        ("宜昌兴发集团有限责任公司", "宜昌兴发"),
        ("台灣積體電路製造股份有限公司", "台灣積體電路製造"),
        ("長江實業集團有限責任公司", "長江實業"),
        ("「腾讯控股」", "腾讯"),
        ("“长实集团”", "长实"),
        ("中国公司", "中国"),
        ("中集团", "中集团"),
        ("华公司", "华公司"),
        ("TCL集团", "TCL集团"),
        ("金固股份", "金固股份"),
        ("复星医药", "复星医药"),
        # a branch or a subsidiary keeps its 公司
        ("中国移动山西分公司", "中国移动山西分公司"),
        ("甲乙子公司", "甲乙子公司"),
        ("中国移动通信集团山西有限公司", "中国移动通信集团山西"),
    ],
)
def test_canonical_name(raw: str, canon: str) -> None:
    assert canonical_name(raw) == canon


@pytest.mark.parametrize(
    ("raw", "canon"),
    [
        ("TWLO", "Twilio"),
        ("Facebook Inc.'s", "Meta"),
        ("珠海格力电器股份有限公司", "格力电器"),
        ("阿里巴巴集团", "阿里巴巴"),
        ("苹果公司", "Apple"),
        ("宜昌兴发集团有限责任公司", "宜昌兴发"),
        ("Quillon Robotics Inc.", "Quillon Robotics"),
        # a gazetteer name written with a suffix is found by its canonical name too
        ("Booking Holdings Inc.", "Booking Holdings"),
        ("长实集团有限公司", "长实集团"),
        ("腾讯控股有限公司", "腾讯控股"),
    ],
)
def test_finder_canonical(finder: CompanyFinder, raw: str, canon: str) -> None:
    assert finder.canonical(raw) == canon


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("we", True),
        ("We", True),
        ("our", True),
        ("the company", True),
        ("The Company's", True),
        ("该公司", True),
        ("公司", True),
        ("本公司", True),
        ("Twilio", False),
        ("格力电器", False),
        ("companies", False),
    ],
)
def test_is_pronoun_company(word: str, expected: bool) -> None:
    assert is_pronoun_company(word) is expected


# -- properties -------------------------------------------------------------------------------
FRAGMENTS = [
    "Twilio",
    "Twilio's",
    "TWLO",
    "格力电器",
    "腾讯",
    "京东方A",
    "公司",
    "控股股东",
    "子公司",
    "向",
    "华夏银行",
    "集团",
    "有限公司",
    "股份",
    "(600519)",
    "（SZ 300273）",
    "、",
    "，",
    "。",
    " ",
    "IPO",
    "OpenTable",
    "以下简称“",
    "”",
    "科技",
    "银行",
    "收购",
    "的",
    "2015年",
    "1.669亿美元",
    "*ST",
    "Inc.",
    "apple",
    "Box",
    "星火",
    "新材",
    "\n",
    "公告称",
    "和",
    "A",
    "88%",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30), st.sampled_from(["en", "zh"]))
def test_mentions_are_exact_ordered_and_disjoint(parts: list[str], lang: str) -> None:
    f = _FINDER
    text = "".join(parts)
    found = f.find(text, lang)  # type: ignore[arg-type]
    prev_end = 0
    for m in found:
        assert isinstance(m, CompanyMention)
        assert text[m.start : m.end] == m.text and m.text.strip() == m.text and m.text
        assert m.start >= prev_end
        prev_end = m.end
        assert m.name and m.source in ("gazetteer", "suffix", "code", "latin", "ner")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["en", "zh"]))
def test_find_never_fails_on_any_text(text: str, lang: str) -> None:
    for m in _FINDER.find(text, lang):  # type: ignore[arg-type]
        assert text[m.start : m.end] == m.text


@given(st.text(max_size=60))
def test_canonical_name_is_idempotent_and_total(name: str) -> None:
    once = canonical_name(name)
    assert isinstance(once, str)
    if once.strip() and once == once.strip() and canonical_name(once) != once:
        # stripping may expose another suffix ("Acme Co. Ltd" -> "Acme Co" -> "Acme"); it must shrink
        assert len(canonical_name(once)) < len(once)


_FINDER = CompanyFinder.load()


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "公司" * 50_000,
        "A" * 100_000,
        "Aa " * 30_000,
        "科技、" * 30_000,
        "(" * 50_000 + "600519",
        "有限公司" * 20_000,
        "T" * 50_000 + "'s",
        "1%股权" * 20_000,
        "股东" * 30_000,
        "，甲" * 50_000,
        "判决" * 30_000,
        "甲乙与丙丁" * 20_000,
    ],
)
def test_no_slow_regex_on_long_runs(text: str) -> None:
    for lang in ("zh", "en"):
        found = _FINDER.find(text, lang)
        assert all(text[m.start : m.end] == m.text for m in found)
    # the same run at a thousandth of the length, then four times that: linear work
    unit = text[: max(1, len(text) // 1000)]
    assert_linear(lambda t: (_FINDER.find(t, "zh"), _FINDER.find(t, "en")), lambda k: unit * k, 50)


def test_the_chinese_seed_is_found() -> None:
    """Speed is measured by ``python -m extractor.bench`` (companies.find chars/s)."""
    text = (
        Path(__file__).resolve().parents[1] / "corpus" / "twilio_ipo_news_zh.txt"
    ).read_text(encoding="utf-8")
    names = {m.name for m in _FINDER.find(text, "zh")}
    assert "Twilio" in names


def test_entries_are_immutable() -> None:
    e = CompanyEntry("Acme", ("ACME",))
    with pytest.raises(AttributeError):
        e.name = "Other"  # type: ignore[misc]


# -- dev data (read at test time, never copied) -----------------------------------------------
@needs_shared
def test_fewfc_company_recall_floor() -> None:
    path = DEV / "zh" / "fewfc_zh.jsonl"
    assert path.is_file(), f"dev data missing: {path}"
    total = exact = lenient = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            gold = [
                g for g in d["gold"] if g["type"] == "company" and not g.get("suspect_non_company")
            ]
            if not gold:
                continue
            found = _FINDER.find(d["text"], "zh")
            for g in gold:
                total += 1
                over = [m for m in found if m.start < g["end"] and g["start"] < m.end]
                exact += any(m.text == g["text"] for m in over)
                lenient += bool(over)
    assert total > 4000
    assert exact / total > 0.52  # measured 0.576
    assert lenient / total > 0.60  # measured 0.642


def test_call_values_about_an_acquired_company_are_its_own() -> None:
    """In a call the call's company owns every value unless the sentence names a company
    the call says was acquired; NER is not needed for that."""
    from extractor import extract

    text = (
        "Brightwater Systems (BWS) Q2 2024 Earnings Call Transcript\n\n"
        "Operator: Welcome to the Brightwater Systems second quarter 2024 earnings call.\n\n"
        "Jane Roe: Thank you. We closed the acquisition of Kestrel Analytics in May. "
        "Revenue grew 12% to $410 million. "
        "Excluding Kestrel Analytics, revenue grew 9%.\n\n"
        "John Doe: Thanks. Kestrel Analytics grew about 20% sequentially."
    )
    by_value = {r.text: r.company for r in extract(text)}
    assert by_value["12%"] == "Brightwater Systems"
    assert by_value["$410 million"] == "Brightwater Systems"
    assert by_value["20%"] == "Kestrel Analytics"


def test_acquired_names_are_names() -> None:
    from extractor.companies import CompanyFinder

    f = CompanyFinder.load()
    assert f.acquired_en("the acquisition of shares and the acquisition of Customers") == []
    assert f.acquired_en("the integration of our Zipwhip acquisition") == ["Zipwhip"]
    assert f.acquired_en("our acquisitions, including Acme and Orbit Labs, and others") == [
        "Acme", "Orbit Labs"
    ]
    assert f.acquired_en("the Q4 acquisition and the third quarter acquisition") == []
