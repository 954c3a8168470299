"""With no document date, "the prior year" / 上年同期 counts from the sentence's own
period, never takes it; a value right after a compared metric ("compared with net income
of $1.2 million") is that metric's.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


def _periods(ex, text: str, lang: str):  # type: ignore[no-untyped-def]
    return [(r.text, r.period.label if r.period else None) for r in ex.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Net loss was $2.4 million in 2023, compared with net income of $0.9 million in the prior year.",
            "en",
            [("$2.4 million", "2023"), ("$0.9 million", "2022")],
        ),
        ("公司2023年净亏损2.4亿元，上年同期净利润为0.9亿元。", "zh", [("2.4亿元", "2023"), ("0.9亿元", "2022")]),
        ("2023年营业收入12亿元，上年为9亿元。", "zh", [("12亿元", "2023"), ("9亿元", "2022")]),
    ],
)  # fmt: skip
def test_the_prior_year_counts_from_the_sentences_period(ex, text: str, lang: str, want: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _periods(ex, text, lang) == want


def test_a_compared_prior_year_does_not_date_the_level_after_it(ex) -> None:  # type: ignore[no-untyped-def]
    got = dict(_periods(ex, "Sales in 2023 rose 8% from the prior year to $6 million.", "en"))
    assert got["$6 million"] == "2023"


def test_the_prior_year_alone_dates_nothing(ex) -> None:  # type: ignore[no-untyped-def]
    assert _periods(ex, "Sales were $7 million in the prior year.", "en") == [("$7 million", None)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Net loss was $2.4 million, compared with net income of $0.9 million.", "net_income"),
        ("Revenue was $5 million, versus operating income of $1.1 million.", "operating_income"),
    ],
)
def test_a_value_right_after_a_compared_metric_is_that_metrics(ex, text: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs[-1].metric == metric


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a compared value right before "the prior-year quarter" is that quarter's ("compared
        # with" once returned before the prior year was looked at)
        (("Fee income was $96 million in the second quarter of 2024, compared with $88 million "
         "in the prior-year quarter."), [("$96 million", "2024-Q2"), ("$88 million", "2023-Q2")]),
        (("Fee income was $96 million in fiscal 2024, compared with $88 million in the prior "
         "fiscal year."), [("$96 million", "FY2024"), ("$88 million", "FY2023")]),
        (("Fee income was $96 million in the second quarter of 2024 versus $88 million in the "
         "same quarter last year."), [("$96 million", "2024-Q2"), ("$88 million", "2023-Q2")]),
        # "the prior-year period" right after the value is nearer than the span before it
        (("Operating margin was 12.2% for the nine months ended September 30, 2024, down from "
         "13.0% in the prior-year period."), [("12.2%", "2024-01..2024-09"), ("13.0%", "2023-01..2023-09")]),
    ],
)  # fmt: skip
def test_a_compared_value_s_prior_period_counts_from_the_sentence_s_own(ex, text: str, want: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _periods(ex, text, "en") == want


def test_the_prior_year_counts_from_the_caller_s_period_or_the_heading_s(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The effective tax rate was 22.4% compared to 24.1% in the prior fiscal year."
    got = {r.text: r.period.label for r in ex.extract(text, lang="en", period="FY2025", filing=True)}
    assert got == {"22.4%": "FY2025", "24.1%": "FY2024"}
    text = "Second Quarter 2025 Results\n\nFee income was $96 million, compared with $88 million in the prior-year quarter."
    got = {r.text: r.period.label for r in ex.extract(text, lang="en")}
    assert got == {"$96 million": "2025-Q2", "$88 million": "2024-Q2"}
