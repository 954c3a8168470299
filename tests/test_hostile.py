"""Hostile input: any str gives records (never an exception), spans index the original
text, the same input gives the same records, work grows linearly with the input, and a
batch survives its bad items.

Fuzzing runs a few thousand examples in all (arbitrary Unicode, including lone
surrogates and control characters, and generated financial text in both languages);
``python -m extractor.bench --fuzz N`` runs many more, ``--hostile`` times the inputs
below at 10 KB to 1 MB.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from opcount import assert_linear
from strategies import any_money, percents, scaled_en_numbers, scaled_zh_numbers

from extractor import Extractor, Record
from extractor.bench import HOSTILE, fuzz_document
from extractor.entities import _for_tokenizer
from extractor.mentions import MAX_SENTENCE_CHARS, MAX_SENTENCE_MENTIONS, _cap, _MentionIndex
from extractor.quantities import find_quantities


@cache
def _ex() -> Extractor:
    return Extractor()


@cache
def _ex_no_ner() -> Extractor:
    return Extractor(use_ner=False)


def _check(text: str, recs: list[Record]) -> None:
    for r in recs:
        assert text[r.start : r.end] == r.text
        assert isinstance(r.value, Decimal) and r.value.is_finite()
        assert r.value_high is None or (isinstance(r.value_high, Decimal) and r.value_high.is_finite())
        json.dumps(r.to_dict(), ensure_ascii=True)  # serialisable, even with a surrogate inside


# -- odd characters -----------------------------------------------------------------------

ODD = [
    "$5\ud800",
    "\ud800",
    "\udfff\ud800 Revenue was $5 million.",
    "Revenue was $5 million\x00.",
    "Revenue was \x00$5\x00 million.",
    "营收\ud83d达到5亿元。",
    "\ufeff\u202eRevenue was $5 million.\u202c",
    "Revenue \x1b[31mgrew 12%\x1b[0m to $5 million.",
    "\u200f\u200e\u061cRevenue was $5 million\u2028and net income $1 million\u2029.",
    "Revenue \U0001f680 was $5 million \U0001f4c8.",
    "\uffff\ufffe\U0010ffff$5 million",
    "Revenue was $5 mi\u0301llion.",
    "\x85\x0b\x0c营收5亿元\r\r\n",
    "\t" * 1000 + "$5",
]


@pytest.mark.parametrize("text", ODD, ids=lambda t: repr(t[:16]))
def test_odd_characters_never_raise_and_spans_index_the_original(text: str) -> None:
    for lang in (None, "en", "zh"):
        _check(text, _ex().extract(text, lang=lang))  # type: ignore[arg-type]


def test_a_lone_surrogate_does_not_lose_the_values_around_it() -> None:
    text = "\ud800 Revenue was $5 million, \udfff net income $2 million \ud800.\n\n\udfff营收达到3亿元。"
    recs = _ex().extract(text)
    assert [(r.text, r.value) for r in recs] == [
        ("$5 million", Decimal(5_000_000)),
        ("$2 million", Decimal(2_000_000)),
    ]  # (the Chinese paragraph reads as the translation of the English one)
    _check(text, recs)
    zh = "\udfff营收达到3亿元，\ud800净利润为1亿元。"
    recs = _ex().extract(zh)
    assert [(r.text, r.metric) for r in recs] == [("3亿元", "revenue"), ("1亿元", "net_income")]
    _check(zh, recs)


def test_tokenizer_copy_has_the_same_length() -> None:
    text = "(" * 5000 + "$5" + ")" * 5000 + "\ud800"
    spans = [(5000, 5002)]
    copy = _for_tokenizer(text, spans)
    assert len(copy) == len(text)
    assert copy[4992:5010] == text[4992:5010]  # nothing changes next to a value
    assert "\ud800" not in copy and max(len(w) for w in copy.split()) < 500
    assert _for_tokenizer("Revenue was $5 million.", [(12, 22)]) == "Revenue was $5 million."


# -- overlong sentences -----------------------------------------------------------------

def test_an_overlong_sentence_is_cut_outside_any_value() -> None:
    text = "Revenue was $5 million, " * 2000
    qs = find_quantities(text, "en")
    spans = _MentionIndex(qs)
    pieces = _cap(text, 0, len(text), spans)
    assert len(pieces) > 1
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in pieces)
    assert all(spans.count(a, b) <= MAX_SENTENCE_MENTIONS for a, b in pieces)
    assert all(not spans.inside(a) and not spans.inside(b) for a, b in pieces)
    covered = sum(1 for q in qs if any(a <= q.start and q.end <= b for a, b in pieces))
    assert covered == len(qs)  # every value is in one piece
    assert _cap("Revenue was $5 million.", 0, 23, spans) == [(0, 23)]


def test_values_of_an_overlong_sentence_are_records() -> None:
    text = "Revenue was $5 million, costs were $3 million, " * 300
    recs = _ex_no_ner().extract(text)
    assert len(recs) == 600
    _check(text, recs)


# -- linear work (function calls counted, no clock) --------------------------------------------

@pytest.mark.parametrize(
    "name",
    ["zh_numerals_unit", "wan_yi_yuan", "respectively", "emoji_rtl_ctrl", "prose_no_ends",
     "speaker_flood"],
)  # fmt: skip
def test_hostile_inputs_take_linear_work(name: str) -> None:
    make = HOSTILE[name]
    text = make(20_000)
    _check(text, _ex_no_ner().extract(text))
    # past the sentence cap (4,000 characters), 4x the input makes at most ~4x the calls
    assert_linear(_ex_no_ner().extract, lambda k: make(1500 * k), 3, factor=3, slack=1.6)


# -- fuzzing -----------------------------------------------------------------------------

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)

_PIECES = [
    "Revenue", " was ", " up ", " down ", " to ", " from ", " of ", " and ", ", ", ". ",
    "net income", "EPS", "gross margin", " respectively", "Q3 2021", "fiscal 2022", "1H21",
    "December 31, 2020 and 2019", "last year", "this quarter", "we expect", "approximately ",
    "营收", "净利润", "达到", "同比增长", "下降", "约", "超过", "分别为", "、", "，", "。",
    "2015年", "去年", "第三季度", "预计", "Twilio", "阿里巴巴", "\n\n", "\nJane Roe -- CFO\n\n",
    "  • John Smith - Analyst\n\n", "Operator\n\n", "(", ")", "-", "%", " to ", "至",
]
_VALUE = st.one_of(
    any_money().map(lambda r: r[0]), percents().map(lambda r: r[0]),
    scaled_en_numbers().map(lambda r: "$" + r[0]), scaled_zh_numbers().map(lambda r: r[0] + "元"),
)  # fmt: skip
FINANCIAL = st.lists(st.one_of(st.sampled_from(_PIECES), _VALUE, _VALUE), max_size=30).map("".join)


# Most examples run without NER (the English model is most of the time per example and
# adds no rule of ours); the smaller runs with it check the spaCy side too.
@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from([None, "en", "zh"]), st.booleans())
def test_fuzz_any_unicode(text: str, lang: Any, ner: bool) -> None:
    ex = _ex() if ner else _ex_no_ner()
    recs = ex.extract(text, lang=lang)
    _check(text, recs)
    assert ex.extract(text, lang=lang) == recs


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FINANCIAL, st.sampled_from([None, "en", "zh"]))
def test_fuzz_financial_text(text: str, lang: Any) -> None:
    recs = _ex_no_ner().extract(text, lang=lang)
    _check(text, recs)
    assert _ex_no_ner().extract(text, lang=lang) == recs


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FINANCIAL, st.sampled_from([None, "en", "zh"]))
def test_fuzz_financial_text_with_ner(text: str, lang: Any) -> None:
    recs = _ex().extract(text, lang=lang)
    _check(text, recs)
    assert _ex().extract(text, lang=lang) == recs


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_fuzz_benchmark_documents(rnd: Any) -> None:
    text = fuzz_document(rnd)
    recs = _ex_no_ner().extract(text)
    _check(text, recs)
    assert _ex_no_ner().extract(text) == recs


# -- batches ------------------------------------------------------------------------------

NEWS = "2015年Twilio营收达到1.669亿美元，净亏损为3550万美元。"
_PARENT = os.getpid()


class _Boom(str):
    """A text whose extraction raises (in any process)."""

    def strip(self, chars: str | None = None) -> str:
        raise RuntimeError("boom")


class _Killer(str):
    """A text whose extraction kills the worker process handling it."""

    def strip(self, chars: str | None = None) -> str:
        if os.getpid() != _PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        return str.strip(self, chars)


class _Unpicklable(str):
    """A str that cannot be sent to a worker process."""

    def __reduce__(self) -> Any:
        raise TypeError("not picklable")


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_batch_survives_its_bad_items(n_process: int) -> None:
    items: list[Any] = [
        NEWS, None, b"bytes", 7, threading.Lock(), (lambda: NEWS), _Boom(NEWS),
        _Unpicklable(NEWS), _Killer(NEWS), NEWS,
    ]  # fmt: skip
    errors: list[tuple[int, str]] = []
    out = list(
        _ex().extract_many(
            items, n_process=n_process, batch_size=2,
            on_error=lambda i, e: errors.append((i, type(e).__name__)),
        )
    )  # fmt: skip
    assert len(out) == len(items)
    good = _ex().extract(NEWS)
    assert out[0] == out[7] == out[8] == out[9] == good
    assert all(out[i] == [] for i in range(1, 7))
    assert sorted(errors) == [
        (1, "TypeError"), (2, "TypeError"), (3, "TypeError"), (4, "TypeError"),
        (5, "TypeError"), (6, "RuntimeError"),
    ]  # fmt: skip


# -- shortcuts that keep the result ----------------------------------------------------

_CUE_WORDS = [
    "revenue", "rose", "fell", "up", "down", "by", "of", "a", "an", "to", "at", "was", "were",
    "came", "in", "ended", "record", "from", "versus", "vs.", "compared", "with", "paid",
    "spent", "acquired", "Acme", "for", "about", "more", "than", "totaled", "reached",
    "increased", "growth", "reduced", "margin", "$5", "million,", "(", "-", "  ", "\n",
]
_ZH_CUE_CHARS = list("营收同比增长下降减少涨幅达到为至是约共计从较比相元亿万，、 ") + ["同比增长", "报收于"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_CUE_WORDS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(_ZH_CUE_CHARS), max_size=40).map("".join),
)
@example("$5 million, and sales came in at a record of ", "营收同比增长了 ")
@example("costs were $5 million and revenue (up by an ", "净利润涨幅高达到")
@example("$5 million versus revenue compared with ", "较去年同期营收总计为 约")
@example("$4 million, then it acquired Acme Widgets Inc in 2020 for more than ", "报收于")
@example("$4 million, and gross margin of our segment totaled approximately ", "从")
def test_end_anchored_cues_are_found_in_the_last_words_alone(en: str, zh: str) -> None:
    """Linking looks for a cue anchored at the end of a window only in the words it can
    span: the match is the one a search of the whole window finds."""
    from extractor import link as L

    def same(rx: Any, text: str, start: int) -> None:
        a, b = rx.search(text), rx.search(text, start)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))

    for rx, n in [
        (L._CHANGE_BEFORE["en"], 4), (L._LEVEL_BEFORE["en"], 7), (L._FROM_BEFORE["en"], 3),
        (L._OTHER_PHRASE["en"], 10), (L._VERB_BEFORE, 4),
    ]:  # fmt: skip
        same(rx, en, L._last_words(en, n))
    for rx in (L._CHANGE_BEFORE["zh"], L._LEVEL_BEFORE["zh"], L._FROM_BEFORE["zh"]):
        same(rx, zh, L._last_chars(zh, 8))
    same(L._OTHER_PHRASE["zh"], zh, L._last_chars(zh, 16))
    if L._VERB_FOR.search(en):  # the quick check never hides a "for" verb
        assert L._FOR_END.search(en, L._last_words(en, 4))
    # the change words nearest the value: only those within the limit are looked at
    for rx in L._CHANGE["en"]:
        near = [m.start() for m in rx.finditer(en) if len(en) - m.start() <= 45]
        assert near == [m.start() for m in rx.finditer(en, max(0, len(en) - 45))]


def test_a_repeated_sentence_goes_through_the_model_once() -> None:
    ex = Extractor()
    ex.extract("Revenue was $1 million.")  # load the pipeline
    analyzer = ex._analyzer("en")
    assert analyzer is not None
    seen: list[str] = []
    process = analyzer.process

    def counting(texts: Any, spans: Any, *a: Any, **k: Any) -> Any:
        seen.extend(texts)
        return process(texts, spans, *a, **k)

    analyzer.process = counting  # type: ignore[method-assign]
    try:
        text = "Zorblax Dynamics reported revenue of $5 million. " * 3 + "Quorvex reported $7 million."
        recs = ex.extract(text)
    finally:
        del analyzer.process
    assert len(seen) == 2  # three equal sentences, one other
    assert [r.company for r in recs[:3]] == ["Zorblax Dynamics"] * 3
    _check(text, recs)


def test_text_whose_words_cannot_name_a_company_needs_no_model() -> None:
    from extractor.entities import may_name_org as _may_name_org

    assert not _may_name_org("$5.1 million, $6.2 million and $7 million in 2019, respectively")
    assert not _may_name_org("$5$5$5")
    assert _may_name_org("costs at zorblax were $5 million")  # lower case: anything could be
    assert _may_name_org("Zorblax reported $5 million")


def test_the_garbage_collector_is_left_as_the_caller_had_it() -> None:
    import gc

    assert gc.isenabled()
    _ex_no_ner().extract("Revenue was $5 million.")
    assert gc.isenabled()
    gc.disable()
    try:
        _ex_no_ner().extract("Revenue was $5 million.")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "text",
    ["The Nasdaq Composite lost 1.4%", "the s&p 500 rose 2%", "Revenue was $5 million",
     "Le CAC 40 a perdu 1% à Paris, l’indice", "恒生指数 fell 2%", "dow jones +0.2%"],
)  # fmt: skip
def test_a_text_is_searched_for_index_names_only_when_it_names_one(text: str) -> None:
    from extractor import market

    assert market._names_an_index(text) == (market._INDEX_ANY.search(text) is not None)
    full = market._INDEX_RE.search(text, 0, len(text))
    got = market.find_index(text, 0)
    assert (full and full.span()) == (got and got.span())


def test_bench_only_names_unknown_inputs_and_takes_a_comma_list(capsys) -> None:  # type: ignore[no-untyped-def]
    from extractor import bench

    with pytest.raises(SystemExit):
        bench.main(["--hostile", "--only", "nosuch"])
    assert "unknown input nosuch" in capsys.readouterr().err
    assert bench.main(["--hostile", "--only", "digits,whitespace", "--sizes", "1000"]) == 0
    out = capsys.readouterr().out
    assert "\ndigits " in out and "\nwhitespace " in out and "\nseparators " not in out
