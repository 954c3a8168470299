"""Scanners that only look for where a match may start find what the full patterns find."""

from __future__ import annotations

import re
from datetime import date

import attrs
import pytest
from currency_tables import builtin_and_extended
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs, quantity_grammar
from extractor.currencies import CurrencyTable
from extractor.normalize import periods, prefilter
from extractor.normalize.prefilter import letter_start_guard

# -- periods: the scanner checks first characters, the rules decide -------------------------

PERIOD_SENTENCES = [
    "",
    "Revenue for the quarter ended June 30, 2021 rose 12% from the year-ago quarter.",
    "In fiscal 2022 and FY23 we expect growth; 1H21 and 2Q20 were weak, Q4'19 strong.",
    "As of December 31, 2020 and as of March 3 2019, cash was $5 million.",
    "the first half of next year, the prior fiscal year, year-to-date, last quarter",
    "compared to the third quarter of fiscal year 2019 and the same period last year",
    "ASU No. 2016-13 took effect in the 2020 fiscal year; that day shares rose.",
    "2016年6月24日电，公司2015年第四季度营收增长，截至2021年6月30日止六个月。",
    "去年同期、上半年、今年前三季度、2020财年、同年5月、当日、周四",
    "FY2021 FY 21 Q1-Q3 2021 H2 2020 9M20 12M 2019 mid-2021 early 2020 late 2019",
]
PERIOD_PIECES = [
    " ", ", ", "-", "'", "the ", "first ", "second ", "quarter", "quarters", "half ",
    "fiscal ", "year ", "years", "ended ", "ending ", "as of ", "June ", "Dec. ", "30", "2021",
    "21", "Q2", "2Q", "FY", "H1", "1H", "9M", "YTD", "last ", "next ", "prior ", "same ",
    "period", "compared to ", "that day", "ago", "年", "月", "日", "季度", "第一", "上半",
    "去年", "同期", "截至", "止", "财年", "当日", "周四", "2015", "6", "x", "ASU No. ",
]


def _strict(lang: str) -> periods._Grammar:
    """The grammar with a scanner that matches a rule (or "as of") before stopping."""
    gate, body = periods._scan_parts(lang)
    return attrs.evolve(periods._grammar(lang), scan=re.compile(gate + body, periods._FLAGS))


_STRICT = {lang: _strict(lang) for lang in ("en", "zh")}
_CTX = periods.PeriodContext(doc_date=date(2021, 8, 2))


def _both(text: str, lang: str) -> tuple[list[periods.PeriodMention], list[periods.PeriodMention]]:
    loose = periods.find_periods(text, lang, _CTX, anchor_year=2020)  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(periods, "_grammar", _STRICT.__getitem__)
        strict = periods.find_periods(text, lang, _CTX, anchor_year=2020)  # type: ignore[arg-type]
    return loose, strict


def test_period_scanner_is_looser_than_the_rules() -> None:
    for lang in ("en", "zh"):
        scan = periods._grammar(lang).scan
        assert scan.pattern != _STRICT[lang].scan.pattern
        assert scan.match("quarterback", 0) is not None or lang == "zh"  # stops, no rule matches


@pytest.mark.parametrize("text", PERIOD_SENTENCES)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_period_mentions_as_with_the_strict_scanner(text: str, lang: str) -> None:
    loose, strict = _both(text, lang)
    assert loose == strict
    if lang == "en" and "June 30, 2021" in text:
        assert loose  # (the comparison is not of two empty lists)


def test_period_mentions_of_bench_inputs_as_with_the_strict_scanner() -> None:
    for lang, docs in (
        ("en", bench_inputs.en_news(200, seed=4) + bench_inputs.en_calls(1, seed=4)),
        ("zh", bench_inputs.zh_news(300, seed=4) + bench_inputs.zh_articles(1, seed=4)),
    ):
        found = 0
        for d in docs:
            loose, strict = _both(d, lang)
            assert loose == strict
            found += len(loose)
        assert found > 100


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(PERIOD_PIECES), max_size=14), lang=st.sampled_from(["en", "zh"]))
def test_period_mentions_of_generated_text_as_with_the_strict_scanner(parts: list[str], lang: str) -> None:
    loose, strict = _both("".join(parts), lang)
    assert loose == strict


# -- the letter check in front of the marks written before a number --------------------------

GUARDED = [
    (r"(?<![A-Za-z])(?i:usd)|\$|(?<=\d[kK])eur", 0),
    (r"(?P<sw>(?<![A-Za-z])(?i:minus)\s{1,2})?(?P<s>[-+])?(?P<c>(?:(?<![A-Za-z'])(?:US)?\$|€)\s?)?$", 0),
    (r"(?:(?<![A-Za-z])|(?<=[\d ][kKM]))(?:EUR|eur)(?![A-Za-z])|(?<![A-Za-z])(?i:R\.?s\.?)|¥|元", 0),
    (r"(?<=\d)x|(?<![A-Za-z0-9])(?:ab|c)|\(", re.IGNORECASE),
]
UNGUARDED = [
    r"(?<![A-Za-z])usd|eur",  # a branch with no check before its letter
    r"(?<![a-z])usd",  # capitals may precede
    r"(?<!['’] )usd",  # a check of the character two before
    r"(?<=\w)usd",  # a class this reader does not follow
    r"[^x]usd|(?<![A-Za-z])eur",  # any character may start it
    r"(?<![A-Za-z])(?i:x)|(?i:\u212a)",  # the Kelvin sign is a "k" where case is ignored
    r"x*",  # an empty match anywhere
    r"(a)\1",
]
GUARD_TEXT = "abcdeksuxyzKMRU0159 $€¥元(-+.'’\u212aminusMINUSUSDusdEUReurRs.rs5k5 KEUR"


def _searches(rx: re.Pattern[str], text: str) -> list[object]:
    """What ``rx`` finds searched over every window of ``text`` (as a prefix check is)."""
    out: list[object] = []
    for lo in range(len(text) + 1):
        for hi in range(lo, min(len(text), lo + 12) + 1):
            m = rx.search(text, lo, hi)
            out.append(None if m is None else (m.span(), m.groups()))
    return out


@pytest.mark.parametrize(("pattern", "flags"), GUARDED)
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=GUARD_TEXT, max_size=16))
def test_letter_guard_changes_no_match(pattern: str, flags: int, text: str) -> None:
    guard = letter_start_guard(pattern, flags)
    assert guard is not None
    plain, guarded = re.compile(pattern, flags), re.compile(guard + "(?:" + pattern + ")", flags)
    assert _searches(guarded, text) == _searches(plain, text)


@pytest.mark.parametrize("pattern", UNGUARDED)
def test_no_letter_guard_when_a_branch_does_not_check(pattern: str) -> None:
    assert letter_start_guard(pattern, 0) is None


def test_the_letters_matched_ignoring_case_are_known() -> None:
    """Besides ASCII letters, only the characters the guard reader knows of match one."""
    rx = re.compile("(?i:[A-Za-z])")
    found = {chr(c) for c in range(0x110000) if rx.fullmatch(chr(c))} - prefilter._ASCII_LETTERS
    assert found == prefilter._LETTER_LOOKALIKES


def _plain_pre(g: quantity_grammar._Grammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The marks before a number as written, with no check in front."""
    def bare(rx: re.Pattern[str]) -> re.Pattern[str]:
        return re.compile(rx.pattern[rx.pattern.index("(?P<sw>") :], rx.flags)

    return bare(g.pre), bare(g.pre_sign)


PRE_PIECES = [
    " ", "  ", "(", "-", "−", "+", "负", "$", "US$", "US $", "C$", "C $", "A$", "HK$", "€", "£",
    "¥", "RMB", "rmb", "USD", "usd", "EUR", "Rs.", "Rs", "kr", "zł", "Kč", "5k", "3M", "2 k",
    "人民币", "港币", "美元", "minus ", "Negative  ", "cost us ", "the ", "total ", "Q", "'", "’",
    "x", "abc", "K", "\u212a", "12", "1", ",", ".",
]


def _tables(tmp_path_factory: pytest.TempPathFactory) -> list[CurrencyTable]:
    return builtin_and_extended(tmp_path_factory)


@pytest.fixture(scope="module")
def grammars(tmp_path_factory: pytest.TempPathFactory) -> list[quantity_grammar._Grammar]:
    return [quantity_grammar._grammar(t) for t in _tables(tmp_path_factory)]


def test_the_marks_before_a_number_have_the_letter_check(grammars: list[quantity_grammar._Grammar]) -> None:
    for g in grammars:
        assert g.pre.pattern.startswith("(?:(?![A-Za-z])|(?<![A-Za-z])")
        assert g.pre_sign.pattern.startswith("(?:(?![A-Za-z])|(?<![A-Za-z])")


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(PRE_PIECES), max_size=8), i=st.integers(0, 1))
def test_marks_before_a_number_as_without_the_checks(
    grammars: list[quantity_grammar._Grammar], parts: list[str], i: int
) -> None:
    text = "".join(parts) + "12"
    g = grammars[i]
    plain, plain_sign = _plain_pre(g)
    s = len(text) - 2
    for lo in range(s + 1):
        for fast, slow in ((g.pre, plain), (g.pre_sign, plain_sign)):
            a, b = fast.search(text, lo, s), slow.search(text, lo, s)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_marks_before_numbers_of_bench_inputs_as_without_the_checks(
    grammars: list[quantity_grammar._Grammar],
) -> None:
    g = grammars[0]
    plain, plain_sign = _plain_pre(g)
    found = 0
    for text in bench_inputs.en_news(150, seed=6) + bench_inputs.en_calls(1, seed=6):
        for m in re.finditer(r"\d+", text):
            s = m.start()
            for fast, slow in ((g.pre, plain), (g.pre_sign, plain_sign)):
                a, b = fast.search(text, max(0, s - 24), s), slow.search(text, max(0, s - 24), s)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
                found += a is not None and a.group("cur") is not None
    assert found > 100
