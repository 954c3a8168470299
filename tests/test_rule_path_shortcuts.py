"""Shortcuts on the per-document rule path find exactly what the full path finds."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs, document, filing, metrics
from extractor.linking import kind
from extractor.linking.cues import per_language
from extractor.normalize import numbers
from extractor.normalize.prefilter import first_chars, starts_at_word_boundary

ONE_LINERS = [
    "",
    "   ",
    "-----",
    "Revenue rose 5% to $2.1 billion in the second quarter.",
    "Twilio Inc (NYSE:TWLO) Q2 2021 Earnings Call Transcript",
    "Q2 2021 Earnings Call",
    "Operator: Welcome to the call. Revenue was $5 million.",
    "Jane Roe, Chief Financial Officer: thank you, revenue rose 4%.",
    "Jane Roe - Chief Financial Officer",
    "Jane Roe -- CFO",
    "[00:01:23] JOHN SMITH: Sales were up 3%.",
    "• Net income of $4.2 million",
    "Page 3 of 10",
    "Copyright 2021 Twilio Inc. All rights reserved.",
    "Prepared Remarks",
    "Question-and-Answer Session",
    "Duration: 58 minutes",
    "Corporate Participants",
    "NEW YORK, July 28, 2021 (Reuters) - Twilio said revenue rose 61%.",
    "July 28, 2021",
    "2016年6月24日电 云通信初创企业Twilio周四上市，发行价为15美元。",
    "腾讯控股2021年第二季度业绩电话会",
    "主持人：欢迎参加本次电话会议。",
    "---\ntitle: Q2 call\n---\nRevenue rose 5%.",
    "---\ntitle: Q2 call\n---\nOperator: Welcome.",
]


def _full(text: str) -> document.Document:
    """What :func:`document.read_document` gives with every layout step run."""
    saved = document._layout_matters
    document._layout_matters = lambda text, items: True  # type: ignore[assignment]
    try:
        return document.read_document(text)
    finally:
        document._layout_matters = saved  # type: ignore[assignment]


@pytest.mark.parametrize("text", ONE_LINERS)
def test_one_line_reading_matches_the_full_reading(text: str) -> None:
    assert document.read_document(text) == _full(text)


def test_one_line_news_reads_as_with_every_layout_step() -> None:
    docs = [*bench_inputs.en_news(300), *bench_inputs.zh_news(300)]
    assert [document.read_document(d) for d in docs] == [_full(d) for d in docs]


# -- metric phrases: the word-start check and the start filter in front of the phrases


@functools.cache
def _unfiltered_lexicon() -> metrics.MetricLexicon:
    """The built-in lexicon with its English phrases searched as written."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(metrics, "first_chars", lambda *a, **k: "")
        m.setattr(metrics, "_EN_START", "")
        m.setattr(metrics, "_compile_en", metrics._compile_en.__wrapped__)  # not the cached
        lex = metrics.MetricLexicon.load()
        lex.find("", "en")  # compiled now, while patched
        return lex


EN_WORDS = [
    "revenue", "Revenues", "EPS", "eps", "non-GAAP", "Adjusted", "adj.", "diluted",
    "earnings", "per", "share", "same-store", "same", "store", "sales", "force", "%",
    "17%", "of", "net", "income", "gross", "margin", "EBITDA", "operating", "cash",
    "flow", "free", "total", "x", "pre", "é", "3", "-", "\n", "  ", ",", "buybacks",
    "% of revenue", "17%of sales",
]  # fmt: skip


_LEXICON = metrics.MetricLexicon.load()


def _finds(lex: metrics.MetricLexicon, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.metric) for m in lex.find(text, "en")]


@settings(max_examples=500, deadline=None)
@given(words=st.lists(st.sampled_from(EN_WORDS), max_size=14), glue=st.sampled_from([" ", "", "-"]))
def test_english_metric_filter_changes_no_mention(words: list[str], glue: str) -> None:
    text = glue.join(words)
    assert _finds(_LEXICON, text) == _finds(_unfiltered_lexicon(), text)


def test_english_metric_filter_on_news_and_calls() -> None:
    texts = [*bench_inputs.en_news(400), *bench_inputs.en_calls(1)]
    found = [_finds(_LEXICON, t) for t in texts]
    assert sum(map(len, found)) > 300
    assert found == [_finds(_unfiltered_lexicon(), t) for t in texts]


# -- kind cues: English cue patterns led by their first character; look-back cues only
# looked for where a guidance cue is


class _Said:
    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang


def _guidance_as_written(text: str, lang: str) -> list[int]:
    past = [m.span() for m in per_language("KIND_LOOKS_BACK")[lang].finditer(text)]
    return [
        m.start()
        for m in per_language("KIND_GUIDANCE")[lang].finditer(text)
        if not any(a <= m.start() < b for a, b in past)
    ]


CUE_SENTENCES = [
    "We expect revenue of $5 billion, as we expected, and our long-term target is 20%.",
    "Results were better than we had anticipated; we see growth of 4% and aim for 30%.",
    "Guidance: the outlook for 2022 is revenue to be between $1 and $2 billion.",
    "公司预计2022年营收增长10%，目标是30%，符合预期。",
]


CUE_WORDS = ["expect", "as", "we", "than", "target", "aim", "to", "for", "guidance", "sees"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_kind_cues_are_found_as_written(lang: str) -> None:
    texts = [*CUE_SENTENCES, *bench_inputs.en_news(300), *bench_inputs.en_calls(1)]
    if lang == "zh":
        texts = [*CUE_SENTENCES, *bench_inputs.zh_news(300)]
    said = [_Said(t, lang) for t in texts]
    target = [[m.start() for m in per_language("KIND_TARGET")[lang].finditer(t)] for t in texts]
    assert [kind.target_cues(s) for s in said] == target  # type: ignore[arg-type]
    guidance = [_guidance_as_written(t, lang) for t in texts]
    assert any(guidance) and any(target)
    assert [kind.guidance_cues(s) for s in said] == guidance  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from([*EN_WORDS, *CUE_WORDS]), max_size=14))
def test_english_kind_cues_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    said = _Said(text, "en")
    assert kind.guidance_cues(said) == _guidance_as_written(text, "en")  # type: ignore[arg-type]
    assert kind.target_cues(said) == [  # type: ignore[arg-type]
        m.start() for m in per_language("KIND_TARGET")["en"].finditer(text)
    ]


# -- filing wording: three of its patterns are led by a lookahead of their first letters


@functools.cache
def _as_written(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``with_first_chars`` was given, recovered from ``rx``: the one whose
    filter, written in front of it, gives ``rx`` (behind a word-boundary gate where every
    match of the pattern starts at one)."""
    p = rx.pattern
    for i in range(len(p)):
        if not p.startswith("(?:", i):
            continue
        inner = p[i + 3 : -1]
        try:
            re.compile(inner, rx.flags)
        except re.error:
            continue  # not where the filter ends
        gate = r"\b" if starts_at_word_boundary(inner, rx.flags) else ""
        if any(gate + (first_chars(inner, rx.flags, k) or "") == p[:i] for k in range(1, 6)):
            return re.compile(inner, rx.flags)
    raise AssertionError(f"no start filter in front of {p[:60]!r}")


FILING_PATTERNS = ["_DEFINED", "_AS_OF_YEAR", "_WEAK"]
FILING_WORDS = [
    "The", "the", "Company", "Corporation", "as", "of", "at", "December", "Dec.", "31,",
    "2020", "2019", "and", "goodwill", "net", "tax", "pre-tax", "accrued", "we", "recorded",
    "AS OF", "Firm", "level", "3", "fair", "value", "x", "-", "\n",
]  # fmt: skip


def _filing_texts() -> list[str]:
    return [
        *bench_inputs.en_news(300),
        *bench_inputs.en_calls(1),
        (
            "As of December 31, 2020 and 2019, goodwill was $3.0 billion; the Company recorded "
            "deferred tax, pre-tax and after-tax charges at Dec. 28, 2019, net of tax."
        ),
        "At March 31, 2023 the Corporation's fair value of level 3 notes due 2025 rose.",
    ]


@pytest.mark.parametrize("name", FILING_PATTERNS)
def test_filing_patterns_find_what_they_find_as_written(name: str) -> None:
    rx = getattr(filing, name)
    plain = _as_written(rx)
    texts = _filing_texts()
    texts += [t.lower() for t in texts]
    found = [[m.span() for m in rx.finditer(t)] for t in texts]
    assert any(found)
    assert found == [[m.span() for m in plain.finditer(t)] for t in texts]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(FILING_WORDS), max_size=14), glue=st.sampled_from([" ", ""]))
def test_filing_patterns_on_word_salad(words: list[str], glue: str) -> None:
    text = glue.join(words)
    for name in FILING_PATTERNS:
        rx = getattr(filing, name)
        for t in (text, text.lower()):
            got = [m.span() for m in rx.finditer(t)]
            assert got == [m.span() for m in _as_written(rx).finditer(t)], name


# -- Chinese amounts of digits and one big unit ("1.669亿") are read at once


NUMBER_PIECES = [
    "1", "0", "12", "3550", ".", ".5", "亿", "万", "萬", "億", "兆", "万亿", ",", " ", "-",
    "一", "十", "（", ")", "k", "１",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.sampled_from(NUMBER_PIECES), min_size=1, max_size=6))
def test_digits_and_a_big_unit_read_as_the_steps_read_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = numbers._parse_number(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(numbers, "_DIGITS_BIG_UNIT", re.compile("(?!)"))
        assert fast == numbers._parse_number(text)


@pytest.mark.parametrize(
    "text", ["1.669亿", "3550万", "0万", "12.50億", "000123萬", "7兆", "12345678901234567890123456789亿"]
)
def test_digits_and_a_big_unit_take_the_short_way(text: str) -> None:
    assert numbers._DIGITS_BIG_UNIT.fullmatch(text) is not None
    fast = numbers._parse_number(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(numbers, "_DIGITS_BIG_UNIT", re.compile("(?!)"))
        slow = numbers._parse_number(text)
    assert fast == slow and str(fast) == str(slow)
