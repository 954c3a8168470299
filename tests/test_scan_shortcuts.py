"""Scanners that only look for where a match may start find what the full patterns find."""

from __future__ import annotations

import re
from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs
from extractor.normalize import periods

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
