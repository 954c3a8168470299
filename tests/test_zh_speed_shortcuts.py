"""Shortcuts of the Chinese short-sentence path give what the steps they skip give."""

from __future__ import annotations

import re

import pytest
from currency_tables import builtin_and_extended
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import (
    bench_inputs,
    company_text,
    company_words_zh,
    declared_scale,
    document,
    quantity_grammar,
)
from extractor.lang import get_language
from extractor.normalize import numbers, periods

# -- fold: a text with nothing to fold is returned as it is ----------------------------------


def _fold_in_full(text: str) -> str:
    """``fold`` as written before the check: the thousands commas, then every character."""
    if "，" in text:
        text = numbers._FW_THOUSANDS.sub(",", text)
    return text.translate(numbers._FOLD)


FOLD_TEXTS = [
    "",
    "今年一季度营收达到三百二十亿元，同比增长百分之八。",
    "净利润为１２．５亿元，较上年同期增加３，２１０万元。",
    "合同金额：４，５６５万元（含税）；付款周期３０天！",
    "每股派息0.35元，分红总额约2,400万元。",
    "Revenue\u00a0rose 5%\u2009to\u202f$3\u2212bn",
    "股价报收于１８．６０元，换手率３％？",
    "ＡＢＣ科技与甲乙集团签署协议，金额１，０００，０００元",
    "\u3000\u3000公司公告称，董事会同意回购股份。",
]


def test_fold_as_in_full_on_sentences() -> None:
    for text in FOLD_TEXTS:
        assert numbers.fold(text) == _fold_in_full(text), text


_FOLD_ALPHABET = st.sampled_from(
    list("０１２３４５６７８９，．％＄：；！？（）　 \u00a0\u2212,.%0123456789元亿万年月公司增长")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FOLD_ALPHABET, max_size=30).map("".join))
def test_fold_as_in_full(text: str) -> None:
    assert numbers.fold(text) == _fold_in_full(text)


def test_every_folded_character_is_checked_for() -> None:
    for code in numbers._FOLD:
        assert numbers._FOLDABLE.search(chr(code)) is not None, hex(code)
    assert numbers._FOLDABLE.search("，（）営收abc123") is None


# -- the marks after a number: each group's first characters are checked before it ----------

SUFFIX_PIECES = [
    "", " ", "  ", "-", "12", "3.5", "%", "‰", "pc", "pp", " pp", "bps", " basis points",
    " percentage points", "percent", "-percent", "个百分点", "个基点", "元", "亿元", "万元",
    "美元", "港元", "人民币", "日元", "欧元", "USD", " USD", "usd", "$", "dollars", "-pound",
    " pounds", "million", " bn", "bn", "m", "k", "K", "M", "B", "b", "T", "MUSD", "kEUR",
    "余", "多", " 余", "股", "万股", " shares", "-share", "家", "名", "个", "人", "成",
    "折", "年", "月", "日", "亿", "万", "千", "a", "x", "(", ")", "，", "。", "\u00a0", "\u212a",
    "袋鼠币", "Q$", "quokka dollars",
]

SUFFIX_TEXTS = [
    "公司去年营收同比增长12.5%，净利润3.2亿元，较上年增加4800万元。",
    "拟以每股8.8港元配售1.2亿股，募资约10.56亿港元，折让约9.5%。",
    "利率下调25个基点至3.45%，毛利率提升1.8个百分点；门店增至320家、员工2500名。",
    "产品打八折，75折出售，三成股份，约1000余万元，3万余股",
    "Revenue rose 12% to $3.2 billion; margin up 150 bps, 75 USD million, 5m shares.",
    "a 10-pound turkey, 2019 dollars, 1080p, 3M, 5 MABC, 30 MUSD, 12.5pc, 4 percentage points",
]


@pytest.fixture(scope="module")
def suffix_pairs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = []
    for table in builtin_and_extended(tmp_path_factory):
        g = quantity_grammar._grammar(table)
        pairs.append((g.suffix, quantity_grammar._suffix_regex(table.suffix_source, guard=False)))
    return pairs


def _same_match(a: re.Match[str], b: re.Match[str]) -> bool:
    return a.span() == b.span() and a.lastindex == b.lastindex and a.groupdict() == b.groupdict()


def test_suffix_is_guarded(suffix_pairs: list[tuple[re.Pattern[str], re.Pattern[str]]]) -> None:
    for fast, plain in suffix_pairs:
        assert fast.pattern != plain.pattern
        assert fast.groupindex == plain.groupindex


def test_suffix_as_without_the_checks_on_sentences(
    suffix_pairs: list[tuple[re.Pattern[str], re.Pattern[str]]],
) -> None:
    texts = SUFFIX_TEXTS + bench_inputs.zh_news(60, seed=4) + bench_inputs.en_news(60, seed=4)
    read = 0
    for fast, plain in suffix_pairs:
        for text in texts:
            for at in range(len(text) + 1):
                a, b = fast.match(text, at), plain.match(text, at)
                assert a is not None and b is not None
                assert _same_match(a, b), (text, at)
                read += a.lastindex is not None
    assert read > 500


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.sampled_from(SUFFIX_PIECES), max_size=6), i=st.integers(0, 1))
def test_suffix_as_without_the_checks(
    suffix_pairs: list[tuple[re.Pattern[str], re.Pattern[str]]], parts: list[str], i: int
) -> None:
    fast, plain = suffix_pairs[i]
    text = "12" + "".join(parts)
    for at in range(len(text) + 1):
        a, b = fast.match(text, at), plain.match(text, at)
        assert a is not None and b is not None
        assert _same_match(a, b), (text, at)


# -- company finding -----------------------------------------------------------------------

_LATIN_TOKEN_AS_WRITTEN = re.compile(r"&|[A-Za-z0-9](?:[A-Za-z0-9&.'’\-]{0,40}[A-Za-z0-9&])?")

LATIN_PIECES = [
    "", " ", "&", "A", "T", "x", "7", "0", ".", "'", "’", "-", "AT&T", "Amazon.com", "Twilio's",
    "3M", "A-share", "甲乙科技", "与", "，", "。", "(", ")", "&&", "--", "a" * 45, "Q3", "2021年",
]


def _latin_spans_as_written(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _LATIN_TOKEN_AS_WRITTEN.finditer(text)]


def test_latin_tokens_as_written_on_sentences() -> None:
    texts = [
        "Twilio的IPO发行价为15美元，AT&T与Amazon.com合作；Procter & Gamble、3M公司亦参与。",
        "甲乙科技(600001.SH)与丙丁Holdings Ltd.签约，金额1,250万美元 & 2.5亿元。",
        "&开头 &&& - ' ’ x-y z.w " + "b" * 50 + "c",
        *bench_inputs.zh_news(80, seed=5),
        *bench_inputs.en_news(40, seed=5),
    ]
    for text in texts:
        assert company_text._latin_token_spans(text) == _latin_spans_as_written(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LATIN_PIECES), max_size=10).map("".join))
def test_latin_tokens_as_written(text: str) -> None:
    assert company_text._latin_token_spans(text) == _latin_spans_as_written(text)


def _left_start_as_written(text: str, cs: int, max_core: int) -> int | None:
    """``_left_start`` with every opener word tried wherever the name starts."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(company_words_zh, "_NOT_NAME_OPENER_FIRST", _EVERY_CHAR)
        return company_words_zh._left_start(text, cs, max_core)


class _EveryChar(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


_EVERY_CHAR = _EveryChar()

LEFT_PIECES = [
    "上市公司", "下属公司", "公司", "股份", "股票", "股权", "上市", "下属", "甲乙", "科技", "丙丁",
    "华丰", "物流", "减持1%", "2015年底", "20日", "，", "。", "丨", "A", "ST", "*ST", "的", "与",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LEFT_PIECES), min_size=1, max_size=8).map("".join), st.integers(2, 20))
def test_left_start_as_with_every_opener_tried(text: str, max_core: int) -> None:
    for cs in range(len(text) + 1):
        assert company_words_zh._left_start(text, cs, max_core) == _left_start_as_written(text, cs, max_core)


def test_left_start_as_with_every_opener_tried_on_sentences() -> None:
    texts = [
        "上市公司甲乙科技股份有限公司公告，下属公司丙丁物流拟减持股份公司华丰集团。",
        "减持1%股份中能电气，股票甲乙股份上涨，股权丙丁控股转让。",
        *bench_inputs.zh_news(60, seed=8),
    ]
    for text in texts:
        for cs in range(len(text) + 1):
            for max_core in (6, 10, 20):
                got = company_words_zh._left_start(text, cs, max_core)
                assert got == _left_start_as_written(text, cs, max_core), (text, cs)


# -- whole-text gates with a lookahead of their first characters -----------------------------

_EN = get_language("en")
_ZH = get_language("zh")

_PLAIN_GATES = {
    "call title": (
        document._CALL_TITLE,
        re.compile(
            _EN.regex("DOC_CALL_TITLE") + "|" + _ZH.regex("DOC_CALL_TITLE")
            + r"|\([A-Z][A-Z0-9.\-]{0,7}\)\s{1,3}(?:Q[1-4]|FY|(?:19|20)\d\d)"
        ),
    ),
    "scale note": (declared_scale._GATE, re.compile("|".join(declared_scale._WORDS), re.IGNORECASE)),
    "same day": (
        periods._SAME_DAY,
        re.compile(_EN.regex("PERIOD_SAME_DAY") + "|" + _ZH.regex("PERIOD_SAME_DAY"), re.IGNORECASE),
    ),
}

GATE_TEXTS = [
    "",
    "甲乙科技2023年业绩会：营收同比增长12%，当日股价上涨3.5%。",
    "丙丁股份召开电话会议，法说会逐字稿显示，當天收盘价为18.6元。",
    "Acme Corp (ACME) Q3 2021 Earnings Conference Call Transcript",
    "(In Thousands, except per share data) MILLIONS of dollars; billions that day, The Day.",
    "Shares rose 5% that day; on the same day the conference  call ended.",
    "(XYZ)  FY 2020 and (AB.C-1) 2019 results, (abc) Q1",
]
GATE_PIECES = [
    " ", "  ", "(", ")", "ACME", "Q3", "FY", "2021", "1999", "earnings", "Earnings ", "conference",
    " call", "call", "transcript", "法说会", "業績會", "电话会议", "逐字稿", "thousands", "Millions",
    "billion", "that day", "the same day", "当日", "当天", "同日", "當天", "营收", "x", "\n",
]


def test_gates_find_what_the_plain_patterns_find_on_sentences() -> None:
    texts = GATE_TEXTS + bench_inputs.zh_news(60, seed=9) + bench_inputs.en_news(60, seed=9)
    for fast, plain in _PLAIN_GATES.values():
        assert fast.pattern != plain.pattern
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GATE_PIECES), max_size=10).map("".join))
def test_gates_find_what_the_plain_patterns_find(text: str) -> None:
    for fast, plain in _PLAIN_GATES.values():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


# -- Chinese value spans: aligned by the offsets alone, as spaCy's character segmenter says --


ALIGN_TEXTS = [
    "甲乙科技Q3营收12.5亿元，同比增长8%。",
    "公司ABC123项目中标金额约4500万元 ，占比 3.2% 。",
    "  净利润 1,200 万元\n\n较上年增加 5%",
    "股价报收于18.60元，换手率3%\u3000成交额2亿元",
]


def _char_spans(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a in range(len(text)) for b in range(a + 1, min(len(text), a + 8) + 1)]


def test_zh_char_aligned_as_the_tokenizer_on_sentences() -> None:
    spacy = pytest.importorskip("spacy")
    from extractor.entities import _zh_char_aligned
    from extractor.nlp import aligns

    nlp = spacy.blank("zh")
    for text in ALIGN_TEXTS:
        doc = nlp.make_doc(text)
        for a, b in _char_spans(text):
            if _zh_char_aligned(text, a, b):
                assert aligns(doc, a, b), (text, a, b)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("营收亿元AB12.5% \n\u3000，。")), min_size=1, max_size=20).map("".join))
def test_zh_char_aligned_as_the_tokenizer(text: str) -> None:
    spacy = pytest.importorskip("spacy")
    from extractor.entities import _zh_char_aligned
    from extractor.nlp import aligns

    doc = spacy.blank("zh").make_doc(text)
    for a, b in _char_spans(text):
        if _zh_char_aligned(text, a, b):
            assert aligns(doc, a, b), (text, a, b)
