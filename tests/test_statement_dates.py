"""A day beside a verb of statement dates the statement, not the values it gives
(extractor.linking.period.is_statement_date)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor import extract
from extractor.records import Period

DAY = date(2026, 10, 29)  # a Thursday


def _period(text: str, value: str, lang: str | None = None) -> Period | None:
    [r] = [r for r in extract(text, doc_date=DAY, lang=lang) if r.text == value]  # type: ignore[arg-type]
    return r.period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # the quarter written after the value is its period, not the day of the statement
        ("Corvel Logistics said on Tuesday that freight revenue rose 4% in the second quarter.",
         "4%", Period.quarter(2026, 2)),
        ("Pinemoor Inc today announced net sales of $212 million for fiscal 2026.",
         "$212 million", Period.fiscal_year(2026)),
        ("Pinemoor Inc announced today revenue of $212 million for the third quarter.",
         "$212 million", Period.quarter(2026, 3)),
        ("Osgood Mills on Monday reported third-quarter revenue of $1.3 billion.",
         "$1.3 billion", Period.quarter(2026, 3)),
        # nothing else dates the value: no period rather than the day it was said
        ("Corvel Logistics said late Tuesday that its quarterly profit fell 8%.", "8%", None),
        ("Corvel Logistics said in a statement on Oct. 27 that costs would rise 3%.", "3%", None),
        ("东岭材料昨日晚间发布公告称，公司拟以不超过5亿元回购股份。", "5亿元", None),
        ("东岭材料周二表示，三季度营收同比增长7%。", "7%", Period.quarter(2026, 3)),
        ("东岭材料10月27日公告，公司拟出资2亿元设立子公司。", "2亿元", None),
    ],
)
def test_a_statement_s_day_is_not_the_value_s_period(text: str, value: str, period: Period | None) -> None:
    assert _period(text, value) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # a move on the day is that day's
        ("Shares of Pinemoor fell 6% today after the forecast cut.", "6%", Period.day(DAY)),
        ("东岭材料股价今日下跌3%。", "3%", Period.day(DAY)),
        # a dividend declared on a day keeps that day
        ("A dividend of $0.42 per share was declared on October 1, 2026.", "$0.42", Period.day(date(2026, 10, 1))),
    ],
)
def test_other_days_still_date_their_values(text: str, value: str, period: Period) -> None:
    assert _period(text, value) == period


def test_the_statement_s_day_does_not_carry_to_the_next_sentence() -> None:
    text = "Corvel Logistics said on Tuesday it had a strong quarter. Freight revenue was $84 million."
    assert _period(text, "$84 million") is None
