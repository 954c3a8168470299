"""A value said "year to date" (年初至报告期末, 今年以来) runs from January to the end of
the period its context reports (extractor.linking.period.year_to_date). Sentences are
written for these tests."""

from __future__ import annotations

import pytest

from extractor import extract


def _periods(text: str, **kw: object) -> dict[str, str | None]:
    return {r.text: (r.period.label if r.period else None) for r in extract(text, **kw)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Year to date, Pinemoor's freight revenue was $640 million.", {"$640 million": "2025-01..2025-09"}),
        ("Year-to-date bookings rose 11%.", {"11%": "2025-01..2025-09"}),
        ("Bookings were $80 million in the quarter and $230 million year to date.",
         {"$80 million": "2025-Q3", "$230 million": "2025-01..2025-09"}),
        ("Year to date through the third quarter, bookings were $230 million.", {"$230 million": "2025-01..2025-09"}),
        # another item of the sentence is no value said year to date
        ("Bookings were $80 million and year-to-date margins held.", {"$80 million": "2025-Q3"}),
        # a period written with the value is its own
        ("So far this year we opened 9 depots, and bookings rose 6% in the quarter.", {"6%": "2025-Q3"}),
    ],
)  # fmt: skip
def test_year_to_date_runs_from_january_to_the_default_period_s_end(text: str, want: dict[str, str | None]) -> None:
    got = _periods(text, period="2025-Q3")
    assert {k: got[k] for k in want} == want


def test_under_a_quarter_heading() -> None:
    text = "Third Quarter 2025 Highlights\n\nYear to date, net sales were $1.9 billion, up 4%."
    assert _periods(text) == {"$1.9 billion": "2025-01..2025-09", "4%": "2025-01..2025-09"}


def test_chinese_report_from_the_year_s_start() -> None:
    text = "东岭材料2025年第三季度报告\n\n年初至报告期末，公司实现营业收入48.2亿元，较上年同期增长6.5%。"
    got = _periods(text)
    assert got["48.2亿元"] == got["6.5%"] == "2025-01..2025-09"


def test_a_fiscal_quarter_s_year_start_is_not_known() -> None:
    assert _periods("Year to date, bookings were $230 million.", period="FY2025-Q3") == {"$230 million": None}


def test_a_year_stays_a_year() -> None:
    assert _periods("Year to date, bookings were $230 million.", period="FY2025") == {"$230 million": "FY2025"}
