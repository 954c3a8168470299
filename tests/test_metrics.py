"""The metrics lexicon (patterns/metrics.jsonl) and the metric-phrase finder."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opcount import assert_linear
from shared_data import DEV, needs_shared

from extractor.errors import PatternError
from extractor.metrics import (
    EN_MODIFIERS,
    OTHER_ID,
    STOP_ID,
    UNITS,
    MetricLexicon,
    MetricMention,
    read_metrics_file,
)
from extractor.patterns import builtin_patterns_dir

SEEDS = Path(__file__).resolve().parents[1] / "corpus"  # the two seed documents

# The shared list of canonical metric ids (the brief's contract with the linker).
CANONICAL = [
    "revenue",
    "revenue_growth",
    "organic_growth",
    "same_store_sales",
    "gross_profit",
    "gross_margin",
    "operating_income",
    "operating_margin",
    "operating_expenses",
    "ebitda",
    "ebitda_margin",
    "net_income",
    "net_loss",
    "net_margin",
    "eps",
    "free_cash_flow",
    "operating_cash_flow",
    "capex",
    "bookings",
    "backlog",
    "arr",
    "rpo",
    "net_revenue_retention",
    "customers",
    "active_users",
    "arpu",
    "share_repurchase",
    "dividend",
    "debt",
    "cash",
    "market_cap",
    "ipo_price",
    "share_price",
    "funding",
    "valuation",
    "ipo_proceeds",
    "pe_ratio",
    "headcount",
    "deferred_revenue",
    "r_and_d_expense",
    "tax_rate",
    "interest_expense",
    "total_assets",
    "equity",
    "book_value",
    "aum",
    "loans",
    "deposits",
    "net_interest_margin",
    "gmv",
    "revenue_share",
    "market_share",
    "shareholding",
    "pledge",
    "share_transfer",
    "acquisition",
    "investment",
    "share_reduction",
    "share_increase",
    "bid_amount",
    "contract_value",
    "guarantee",
    "lawsuit_amount",
    "target_price",
    "other",
]


@pytest.fixture(scope="module")
def lex() -> MetricLexicon:
    return MetricLexicon.load()


def found(lex: MetricLexicon, text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.text, m.metric) for m in lex.find(text, lang)]  # type: ignore[arg-type]


def write(d: Path, *lines: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    f = d / "metrics.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


# -- the loader: located errors --------------------------------------------------------

GOOD = '{"id": "widgets", "unit": "count", "en": ["widgets shipped"], "zh": ["出货量"]}'


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ('{"id": "widgets", "unit": "count", "en": ["a"]', "invalid JSON"),
        ('{"id": "widgets", "unit": "count", "en": ["a"], "lang": "en"}', 'unknown key "lang"'),
        ('{"id": "Widgets", "unit": "count", "en": ["a"]}', "snake_case"),
        ('{"id": "9lives", "unit": "count", "en": ["a"]}', "snake_case"),
        ('{"id": "widget-count", "unit": "count", "en": ["a"]}', "snake_case"),
        ('{"id": "gadgets", "unit": "kg", "en": ["a"]}', "is not one of"),
        ('{"id": "gadgets", "en": ["a"]}', 'missing required key "unit"'),
        ('{"unit": "count", "en": ["a"]}', 'missing required key "id"'),
        ('{"id": "gadgets", "unit": "count"}', "no phrase"),
        ('{"id": "gadgets", "unit": "count", "en": [], "zh": []}', "no phrase"),
        ('{"id": "gadgets", "unit": "count", "en": ["  "]}', "empty string"),
        ('{"id": "gadgets", "unit": "count", "zh": [""]}', "empty string"),
        ('{"id": "gadgets", "unit": "count", "en": [3]}', "expected a string"),
        ('{"id": "gadgets", "unit": "count", "en": "gadgets"}', "expected a list"),
        ('{"id": "gadgets", "unit": "count", "en": ["--"]}', "no letter or digit"),
        ('{"id": "gadgets", "unit": "count", "en": ["' + "x" * 200 + '"]}', "longer than"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "widgets", "unit": "money", "en": ["gizmos"]}', 'duplicate id "widgets"'),
        ('{"id": "gadgets", "unit": "count", "en": ["Widgets-Shipped"]}', 'id "widgets"'),
        ('{"id": "gadgets", "unit": "count", "zh": ["出货量"]}', 'id "widgets"'),
    ],
)
def test_bad_entry_names_file_line_and_reason(tmp_path: Path, bad_line: str, reason: str) -> None:
    f = write(tmp_path / "mine", "# a comment", "", GOOD, bad_line)
    with pytest.raises(PatternError) as info:
        MetricLexicon.load([tmp_path / "mine"])
    assert info.value.line == 4
    assert info.value.path == str(f)
    assert str(info.value).startswith(f"{f}:4: ")
    assert reason in info.value.reason


def test_phrase_clash_message_names_the_first_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD, '{"id": "gadgets", "unit": "count", "en": ["widgets  shipped"]}')
    with pytest.raises(PatternError, match=r"metrics\.jsonl:2: .*already given to id "
                       r'"widgets" on line 1'):  # fmt: skip
        read_metrics_file(tmp_path / "metrics.jsonl")


def test_same_phrase_twice_in_one_entry_is_fine(tmp_path: Path) -> None:
    write(tmp_path, '{"id": "gadgets", "unit": "count", "en": ["gadgets", "Gadgets"]}')
    (e,) = read_metrics_file(tmp_path / "metrics.jsonl")
    assert e.en == ("gadgets", "Gadgets") and e.source.endswith("metrics.jsonl:1")


def test_missing_directory_and_non_utf8_file_are_errors(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="does not exist"):
        MetricLexicon.load([tmp_path / "nope"])
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "metrics.jsonl").write_bytes(b'{"id": "\xff"}\n')
    with pytest.raises(PatternError, match="not UTF-8"):
        MetricLexicon.load([tmp_path / "bin"])


def test_a_bad_second_user_file_fails_the_whole_load(tmp_path: Path) -> None:
    write(tmp_path / "a", GOOD)
    write(tmp_path / "b", '{"id": "x", "unit": "count", "en": ["y"],}')
    with pytest.raises(PatternError) as info:
        MetricLexicon.load([tmp_path / "a", tmp_path / "b"])
    assert info.value.path.endswith(str(Path("b") / "metrics.jsonl"))


def test_a_directory_without_metrics_file_adds_nothing(tmp_path: Path, lex: MetricLexicon) -> None:
    assert MetricLexicon.load([tmp_path]).ids() == lex.ids()


# -- user override / add ---------------------------------------------------------------


def test_user_entry_replaces_builtin_id_and_adds_new_ids(tmp_path: Path) -> None:
    write(
        tmp_path,
        '{"id": "revenue", "unit": "money", "en": ["takings"], "zh": ["进账"]}',
        GOOD,
    )
    lex = MetricLexicon.load([str(tmp_path)])
    assert found(lex, "Takings rose; widgets shipped: 5") == [
        ("Takings", "revenue"),
        ("widgets shipped", "widgets"),
    ]
    assert found(lex, "net sales fell") == []  # the built-in revenue phrases are gone
    assert found(lex, "进账与出货量", "zh") == [("进账", "revenue"), ("出货量", "widgets")]
    assert lex.unit_of("widgets") == "count"
    assert {"widgets", "revenue", "eps"} <= lex.ids()
    assert lex.entry("revenue").source.startswith(str(tmp_path))


def test_user_phrase_wins_over_builtin_phrase_and_stop_phrase(tmp_path: Path) -> None:
    write(
        tmp_path,
        '{"id": "sales_headcount", "unit": "count", "en": ["sales team", "sales"]}',
        '{"id": "not_a_metric", "unit": "any", "en": ["widget revenue"]}',
    )
    lex = MetricLexicon.load([tmp_path])
    assert found(lex, "Our sales team and sales") == [
        ("sales team", "sales_headcount"),
        ("sales", "sales_headcount"),
    ]
    # not_a_metric merges: the user's stop phrase blocks, built-in ones still block
    assert found(lex, "widget revenue; sales force; revenue") == [("revenue", "revenue")]


def test_later_user_dir_wins(tmp_path: Path) -> None:
    write(tmp_path / "a", '{"id": "revenue", "unit": "money", "en": ["takings"]}')
    write(tmp_path / "b", '{"id": "revenue", "unit": "money", "en": ["receipts"]}')
    lex = MetricLexicon.load([tmp_path / "a", tmp_path / "b"])
    assert found(lex, "takings and receipts") == [("receipts", "revenue")]


# -- the built-in lexicon --------------------------------------------------------------


def test_builtin_file_is_valid_and_covers_the_canonical_ids(lex: MetricLexicon) -> None:
    entries = read_metrics_file(builtin_patterns_dir() / "metrics.jsonl")
    assert len({e.id for e in entries}) == len(entries)
    assert set(CANONICAL) <= lex.ids()
    assert len(lex.ids()) >= 40
    assert STOP_ID not in lex.ids()
    for mid in set(CANONICAL) - {OTHER_ID}:
        e = lex.entry(mid)
        assert e.unit in UNITS and e.description
        assert e.en and len(e.zh) >= 2, mid  # every canonical id is named in both languages


def test_units_are_what_the_linker_needs(lex: MetricLexicon) -> None:
    assert lex.unit_of("revenue") == "money"
    assert lex.unit_of("customers") == "count"
    assert lex.unit_of("gross_margin") == "percent"
    assert lex.unit_of("pe_ratio") == "ratio"
    assert lex.unit_of(OTHER_ID) == "any"
    with pytest.raises(KeyError, match="no_such_metric"):
        lex.unit_of("no_such_metric")


def _all_phrases(lex: MetricLexicon) -> list[tuple[str, str, str]]:
    return [(lang, p, e.id) for e in lex.entries for lang in ("en", "zh") for p in getattr(e, lang)]


def test_every_phrase_is_findable_as_itself(lex: MetricLexicon) -> None:
    bad = []
    for lang, phrase, mid in _all_phrases(lex):
        text = ("17" + phrase) if phrase.startswith("%") else phrase
        ms = lex.find(text, lang)  # type: ignore[arg-type]
        want_start = 4 if phrase.startswith("%") else 0  # "17% of ..."
        if mid == STOP_ID:
            ok = ms == []
        else:
            ok = [(m.start, m.end, m.metric) for m in ms] == [(want_start, len(text), mid)]
        if not ok:
            bad.append((lang, phrase, mid, [(m.text, m.metric) for m in ms]))
    assert bad == []


def test_every_phrase_is_findable_inside_a_sentence(lex: MetricLexicon) -> None:
    bad = []
    for lang, phrase, mid in _all_phrases(lex):
        if mid == STOP_ID or phrase.startswith("%"):
            continue
        text = f"In 2021, {phrase} was 12." if lang == "en" else f"2021年，{phrase}为12。"
        ms = lex.find(text, lang)  # type: ignore[arg-type]
        if [(m.text, m.metric) for m in ms] != [(phrase, mid)]:
            bad.append((phrase, mid, [(m.text, m.metric) for m in ms]))
    assert bad == []


# A few unambiguous Simplified -> Traditional characters (one Traditional form each).
_S2T = str.maketrans(
    "营业额净润归属东损亏发价资购减质标费户跃经现债负货员数递税总产权贷场转让担诉赔订单长务规库应旧摊销誉无汇兑",
    "營業額淨潤歸屬東損虧發價資購減質標費戶躍經現債負貨員數遞稅總產權貸場轉讓擔訴賠訂單長務規庫應舊攤銷譽無匯兌",
)


def test_every_simplified_phrase_has_its_traditional_form(lex: MetricLexicon) -> None:
    """Each phrase with a Simplified-only character has a Traditional sibling in its entry."""
    table = {chr(k): chr(v) for k, v in _S2T.items()}
    missing = []
    for e in lex.entries:
        for p in e.zh:
            if not any(c in table for c in p):
                continue
            if not any(
                len(q) == len(p) and all(q[i] == table[c] for i, c in enumerate(p) if c in table)
                for q in e.zh
            ):
                missing.append((e.id, p))
    assert missing == []
    assert found(lex, "營業收入與歸母淨利潤", "zh") == [
        ("營業收入", "revenue"),
        ("歸母淨利潤", "net_income"),
    ]


# -- English examples (written for these tests) ---------------------------------------

EN_CASES = [
    ("Acme's revenues climbed.", [("revenues", "revenue")]),
    ("REVENUE and Net-Sales and net\nsales", [("REVENUE", "revenue"), ("Net-Sales", "revenue"),
                                              ("net\nsales", "revenue")]),
    ("non-GAAP earnings per share of $0.40", [("non-GAAP earnings per share", "eps")]),
    ("Adjusted diluted EPS and GAAP net loss per share",
     [("Adjusted diluted EPS", "eps"), ("GAAP net loss per share", "eps")]),
    ("adjusted EBITDA and adjusted EBITDA margin",
     [("adjusted EBITDA", "ebitda"), ("adjusted EBITDA margin", "ebitda_margin")]),
    ("free cash flow, cash flow from operations and cash",
     [("free cash flow", "free_cash_flow"), ("cash flow from operations", "operating_cash_flow"),
      ("cash", "cash")]),
    ("same store sales, comps and comparable-store sales",
     [("same store sales", "same_store_sales"), ("comps", "same_store_sales"),
      ("comparable-store sales", "same_store_sales")]),
    ("organic growth and an organic growth rate", [("organic growth", "organic_growth"),
                                                   ("organic growth rate", "organic_growth")]),
    ("a growth rate of 40%", [("growth rate", "revenue_growth")]),
    ("growth of 40% and earnings of $2", []),  # bare growth / earnings name no metric
    ("margins expanded", []),  # bare margin: which one?
    ("gross margin, operating margin, net margin",
     [("gross margin", "gross_margin"), ("operating margin", "operating_margin"),
      ("net margin", "net_margin")]),
    ("net revenue retention and dollar-based net expansion rate and DBNE",
     [("net revenue retention", "net_revenue_retention"),
      ("dollar-based net expansion rate", "net_revenue_retention"),
      ("DBNE", "net_revenue_retention")]),
    ("ARR, RPO and remaining performance obligations",
     [("ARR", "arr"), ("RPO", "rpo"), ("remaining performance obligations", "rpo")]),
    ("arr, eps and nim in lower case", []),  # short acronyms only in capitals
    ("capex, capital expenditures, buybacks, share repurchases",
     [("capex", "capex"), ("capital expenditures", "capex"), ("buybacks", "share_repurchase"),
      ("share repurchases", "share_repurchase")]),
    ("active customers and monthly active users, ARPU",
     [("active customers", "customers"), ("monthly active users", "active_users"),
      ("ARPU", "arpu")]),
    ("the sales team, a salesforce deal, presales", []),
    ("17% of revenue; $17 million of revenue",
     [("of revenue", "revenue_share"), ("revenue", "revenue")]),
    ("12 percent of net sales", [("percent of net sales", "revenue_share")]),
    ("market cap, IPO price and price target",
     [("market cap", "market_cap"), ("IPO price", "ipo_price"), ("price target", "target_price")]),
    ("Series B funding at a post-money valuation",
     [("Series B", "funding"), ("funding", "funding"), ("post-money valuation", "valuation")]),
    ("non-profit investment banking", []),
    ("shareholders’ equity and book value per share",
     [("shareholders’ equity", "equity"), ("book value per share", "book_value")]),
    ("net interest margin and NIM", [("net interest margin", "net_interest_margin"),
                                     ("NIM", "net_interest_margin")]),
    ("(revenue)", [("revenue", "revenue")]),
    ("prerevenue stage and salesmen", []),
    (
        "annual recurring revenue, total assets, core deposits, segment profit",
        [
            ("annual recurring revenue", "arr"),
            ("total assets", "total_assets"),
            ("core deposits", "deposits"),
            ("segment profit", "operating_income"),
        ],
    ),
    (
        "adjusted operating earnings per share and cost of sales",
        [
            ("adjusted operating earnings per share", "eps"),
            ("cost of sales", "cost_of_revenue"),
        ],
    ),  # whole words only
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), EN_CASES)
def test_english_examples(lex: MetricLexicon, text: str, want: list[tuple[str, str]]) -> None:
    assert found(lex, text) == want


def test_offsets_are_exact(lex: MetricLexicon) -> None:
    text = "In Q2, Acme's Non-GAAP Gross Margins were 61%.\n"
    (m,) = lex.find(text, "en")
    assert m == MetricMention(
        start=14, end=36, text="Non-GAAP Gross Margins", metric="gross_margin"
    )
    assert text[m.start : m.end] == m.text


def test_modifier_list_does_not_swallow_metric_words() -> None:
    # words that change the metric must be spelt in phrases, not be modifiers
    for word in ("gross", "operating", "net", "organic", "comparable", "free", "same"):
        assert word not in {m.lower() for m in EN_MODIFIERS}


# -- Chinese examples (Simplified and Traditional) -------------------------------------

ZH_CASES = [
    ("公司营业收入12亿元，归母净利润3亿元", [("营业收入", "revenue"), ("归母净利润", "net_income")]),
    ("歸屬於上市公司股東的淨利潤與扣非淨利潤",
     [("歸屬於上市公司股東的淨利潤", "net_income"), ("扣非淨利潤", "net_income")]),
    ("扣除非经常性损益后的净利润下降", [("扣除非经常性损益后的净利润", "net_income")]),
    ("净亏损扩大，虧損收窄", [("净亏损", "net_loss"), ("虧損", "net_loss")]),
    ("毛利率与毛利", [("毛利率", "gross_margin"), ("毛利", "gross_profit")]),
    ("市值、发行价、募资与融资", [("市值", "market_cap"), ("发行价", "ipo_price"),
                            ("募资", "ipo_proceeds"), ("融资", "funding")]),
    ("估值和市盈率、本益比", [("估值", "valuation"), ("市盈率", "pe_ratio"), ("本益比", "pe_ratio")]),
    ("基本每股收益0.5元，每股盈餘", [("基本每股收益", "eps"), ("每股盈餘", "eps")]),
    ("调整后净利润与非 GAAP 每股收益", [("调整后净利润", "net_income"),
                                  ("非 GAAP 每股收益", "eps")]),
    ("拟回购并减持，大股东增持", [("回购", "share_repurchase"), ("减持", "share_reduction"),
                          ("增持", "share_increase")]),
    ("股权质押与股份轉讓", [("股权质押", "pledge"), ("股份轉讓", "share_transfer")]),
    ("中标金额1亿元，营收占比30%", [("中标金额", "bid_amount"), ("营收占比", "revenue_share")]),
    ("營收佔比與營收占比", [("營收佔比", "revenue_share"), ("營收占比", "revenue_share")]),
    ("增长率88%，年增率", [("增长率", "revenue_growth"), ("年增率", "revenue_growth")]),
    ("付费用户与活跃用户", [("付费用户", "customers"), ("活跃用户", "active_users")]),
    ("投资者关注投资", [("投资", "investment")]),  # 投资者 (investors) is no metric
    ("低收入人群的收入", [("收入", "revenue")]),
    ("GMV与XGMV", [("GMV", "gmv")]),  # an ASCII phrase needs ASCII word boundaries
    ("同店銷售額与市占率", [("同店銷售額", "same_store_sales"), ("市占率", "market_share")]),
    ("经营活动产生的现金流量净额与自由现金流",
     [("经营活动产生的现金流量净额", "operating_cash_flow"), ("自由现金流", "free_cash_flow")]),
    ("目标价与股价", [("目标价", "target_price"), ("股价", "share_price")]),
    ("提供担保，涉及诉讼", [("提供担保", "guarantee"), ("诉讼", "lawsuit_amount")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ZH_CASES)
def test_chinese_examples(lex: MetricLexicon, text: str, want: list[tuple[str, str]]) -> None:
    assert found(lex, text, "zh") == want


@pytest.mark.xfail(strict=True, reason="占…营收 with words between: the linker's job, not a phrase")
def test_share_of_revenue_split_by_a_name(lex: MetricLexicon) -> None:
    assert found(lex, "占公司去年营收的17%", "zh") == [("占公司去年营收", "revenue_share")]


@pytest.mark.xfail(
    strict=True, reason="bare 'earnings' is no phrase; '... per share' is linker work"
)
def test_earnings_split_by_the_value_from_per_share(lex: MetricLexicon) -> None:
    assert found(lex, "earnings of $1.65 per share") == [("earnings", "eps")]


def test_bad_arguments(lex: MetricLexicon) -> None:
    with pytest.raises(TypeError, match="str"):
        lex.find(b"revenue", "en")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lang"):
        lex.find("revenue", "fr")  # type: ignore[arg-type]
    assert lex.find("", "en") == [] and lex.find("", "zh") == []


# -- properties ------------------------------------------------------------------------

_WORDS = ["revenue", "net", "income", "sales", "team", "gross", "margin", "per", "share", "of",
          "17%", "non-GAAP", "adjusted", "cash", "flow", "free", "the", "EPS", "growth", "rate",
          "营收", "净利润", "占", "比", "投资者", "用户", "付费", "12", "亿元", "'s", "-", "\n"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(["", " "]),
       st.sampled_from(["en", "zh"]))  # fmt: skip
def test_mentions_are_exact_ordered_and_disjoint(
    lex: MetricLexicon, words: list[str], sep: str, lang: str
) -> None:
    text = sep.join(words)
    ms = lex.find(text, lang)  # type: ignore[arg-type]
    for a, b in itertools.pairwise(ms):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start : m.end] == m.text and m.start < m.end
        assert m.metric in lex.ids() and m.metric != STOP_ID


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_phrase_among_neutral_text_is_found(lex: MetricLexicon, data: st.DataObject) -> None:
    lang, phrase, mid = data.draw(
        st.sampled_from([t for t in _all_phrases(lex) if t[2] != STOP_ID and t[1][0] != "%"])
    )
    filler = st.text(alphabet="0123456789.,;:()$ ", max_size=12)
    left, right = data.draw(filler), data.draw(filler)
    text = f"{left} {phrase} {right}"
    start = len(left) + 1
    assert found(lex, text, lang) == [(phrase, mid)]
    assert lex.find(text, lang)[0].start == start  # type: ignore[arg-type]


# -- speed and safety ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "count", "tail"),
    [("1", 200_000, ""), ("a", 200_000, ""), ("revenue ", 20_000, ""), ("net ", 50_000, ""),
     ("adjusted ", 30_000, "x"), ("营收", 50_000, ""), ("%", 100_000, "of " * 1000)],
)  # fmt: skip
def test_pathological_inputs_are_linear(lex: MetricLexicon, unit: str, count: int, tail: str) -> None:
    text = unit * count + tail
    for lang in ("en", "zh"):
        assert all(text[m.start : m.end] == m.text for m in lex.find(text, lang))  # type: ignore[arg-type]
    assert_linear(
        lambda t: (lex.find(t, "en"), lex.find(t, "zh")), lambda k: unit * k + tail[: 3 * k], 100
    )


def test_seeds_are_found(lex: MetricLexicon) -> None:
    """Speed is measured by ``python -m extractor.bench`` (metrics.find chars/s)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts
    n = sum(len(lex.find(t, lang)) for t in texts for lang in ("en", "zh"))  # type: ignore[arg-type]
    assert n > 50


def test_importing_metrics_loads_no_spacy_or_dateparser() -> None:
    code = "import sys, extractor.metrics; print(' '.join(sys.modules))"
    mods = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert {"spacy", "dateparser"}.isdisjoint(mods.stdout.split())


# -- measured on the dev data (read at test time, never copied) -------------------------

_CLASS_IDS = {
    "revenue": {"revenue"},
    "eps": {"eps"},
    "net_income": {"net_income", "net_loss"},
    "ebitda": {"ebitda"},
    "same_store_sales": {"same_store_sales"},
    "free_cash_flow": {"free_cash_flow"},
}


def ect_metric_coverage(lex: MetricLexicon) -> tuple[int, int, Counter[str]]:
    """Gold ECT facts whose metric_text contains a phrase mapping to the fact's class."""
    hit = total = 0
    misses: Counter[str] = Counter()
    for line in (DEV / "ect_dev.jsonl").read_text(encoding="utf-8").splitlines():
        for fact in json.loads(line)["gold"]:
            cls = fact["metric_class"]
            want = (
                {i for i in lex.ids() if i.endswith("_margin")}
                if cls == "margin"
                else _CLASS_IDS.get(cls)
            )
            if want is None:
                continue
            total += 1
            if {m.metric for m in lex.find(fact["metric_text"], "en")} & want:
                hit += 1
            else:
                misses[cls] += 1
    return hit, total, misses


def kpi_edgar_coverage(lex: MetricLexicon) -> tuple[int, int]:
    """Gold KPI-EDGAR metric_texts in which find() finds any metric."""
    hit = total = 0
    for line in (DEV / "kpi_edgar_dev.jsonl").read_text(encoding="utf-8").splitlines():
        for g in json.loads(line)["gold"]:
            total += 1
            hit += bool(lex.find(g["metric_text"] or "", "en"))
    return hit, total


@needs_shared
def test_ect_gold_metric_texts_map_to_their_class(lex: MetricLexicon) -> None:
    hit, total, misses = ect_metric_coverage(lex)
    print(f"ECT metric coverage: {hit}/{total} = {hit / total:.3f}; misses {dict(misses)}")
    assert total > 300
    assert hit / total >= 0.93


@needs_shared
def test_kpi_edgar_gold_metric_texts_name_a_metric(lex: MetricLexicon) -> None:
    hit, total = kpi_edgar_coverage(lex)
    print(f"KPI-EDGAR metric coverage: {hit}/{total} = {hit / total:.3f}")
    assert total > 1000
    assert hit / total >= 0.62
