"""Filings: recognising them, and the fiscal labels they give years and balance dates."""

from __future__ import annotations

from datetime import date

import pytest

import extractor
from extractor.filing import filing_period, fiscal_year_of, looks_interim, looks_like_filing
from extractor.normalize.periods import PeriodContext, find_periods

FILING_TEXTS = [
    "For the years ended June 30, 2022 and 2021, freight costs were $41 million and $37 million.",
    "At March 31, 2023 and 2022, the notional amount of our swaps was $900 million.",
    "Royalty income was $12 million, $15 million and $9 million in 2022, 2021 and 2020, respectively.",
    "See Note 12 for the terms of the revolving facility.",
    "Upon adoption of ASU 2016-13 we recorded a reduction of retained earnings.",
    "Warehouse rent was $3.1 million in 2022 and $2.8 million in 2021.",
    "The Company paid cash dividends of $44 million during 2022.",
    "We recognized an impairment of $18 million on the Denver site in 2021.",
]
NOT_FILING_TEXTS = [
    "Shares of the carmaker rose 4% in 2021 after the launch.",
    "The startup raised $20 million in May 2021, its founder said.",
    "Revenue for the year is expected to grow, analysts at the bank wrote on Monday.",
    # one accounting word is not enough in a longer article
    (
        "The retailer said on Tuesday that sales rose 8% to $4.1 billion in 2022, helped by "
    "strong demand for garden furniture and a warm spring in its home market. Its shares "
    "climbed 3% in early trading in New York. The chief executive told reporters that the "
    "chain would open 40 stores next year and hire 2,000 people, most of them in the south. "
    "Analysts had expected weaker numbers after a cold winter hurt foot traffic. It also "
    "booked a goodwill charge."
    ),
]


@pytest.mark.parametrize("text", FILING_TEXTS)
def test_filing_wording_is_recognised(text: str) -> None:
    assert looks_like_filing(text)


@pytest.mark.parametrize("text", NOT_FILING_TEXTS)
def test_news_wording_is_not_a_filing(text: str) -> None:
    assert not looks_like_filing(text)


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (date(2022, 12, 31), 2022),
        (date(2022, 5, 31), 2022),
        (date(2023, 1, 1), 2023),  # an opening date
        (date(2023, 1, 2), 2022),  # a 53-week year closing on Monday 2 January
        (date(2022, 9, 24), 2022),
    ],
)
def test_fiscal_year_of_a_period_end(day: date, fy: int) -> None:
    assert fiscal_year_of(day) == fy


def _labels(text: str, annual: bool = True) -> list[tuple[str, str]]:
    out = []
    for m in find_periods(text, "en", PeriodContext()):
        p = filing_period(m, annual=annual)
        out.append((m.text, p.label if p else "None"))
    return out


def test_filing_periods_for_years_and_balance_dates() -> None:
    assert _labels("in 2022, 2021 and 2020; as of May 31, 2022 and 2021; on March 10, 2022") == [
        ("2022", "FY2022"),
        ("2021", "FY2021"),
        ("2020", "FY2020"),
        ("as of May 31, 2022", "FY2022"),
        ("2021", "FY2021"),
        ("March 10, 2022", "2022-03-10"),  # an event on a day stays a day
    ]


def test_filing_periods_keep_quarters_months_and_mid_month_points() -> None:
    assert _labels("the second quarter of 2022, in June 2022, as of June 15, 2022") == [
        ("the second quarter of 2022", "2022-Q2"),
        ("June 2022", "2022-06"),
        ("as of June 15, 2022", "2022-06-15"),
    ]


def test_interim_filings_keep_balance_dates() -> None:
    assert looks_interim("for the three months ended March 31, 2022")
    assert _labels("as of March 31, 2022", annual=False) == [("as of March 31, 2022", "2022-03-31")]


def _pairs(recs: list[extractor.Record]) -> list[tuple[str, str | None]]:
    return [(str(r.value), r.period.label if r.period else None) for r in recs]


def test_extract_labels_a_filing_with_fiscal_years() -> None:
    text = "Freight costs were $41 million and $37 million in 2022 and 2021, respectively."
    assert _pairs(extractor.extract(text)) == [("41000000", "FY2022"), ("37000000", "FY2021")]
    # the caller can say what the text is
    assert _pairs(extractor.extract(text, filing=False)) == [("41000000", "2022"), ("37000000", "2021")]


def test_extract_labels_balances_with_the_fiscal_year_they_close() -> None:
    text = "At September 30, 2022 and 2021, the Company had inventories of $5.2 million and $4.4 million, respectively."
    assert _pairs(extractor.extract(text)) == [("5200000", "FY2022"), ("4400000", "FY2021")]


def test_news_keeps_calendar_years() -> None:
    text = "Acme's revenue rose to $5 million in 2022, the newspaper reported."
    assert _pairs(extractor.extract(text)) == [("5000000", "2022")]


def test_a_transcript_is_never_a_filing() -> None:
    text = (
        "Acme Corp (ACME) Q4 2022 Earnings Call Transcript\n\n"
        "Prepared Remarks:\n\n"
        "Jane Roe -- Chief Financial Officer\n\n"
        "Revenue was $41 million in 2022 and $37 million in 2021, as we said in our Form 10-K.\n\n"
        "John Doe -- Chief Executive Officer\n\n"
        "Thanks, Jane.\n"
    )
    assert ("41000000", "2022") in _pairs(extractor.extract(text))


def test_filing_argument_is_checked() -> None:
    with pytest.raises(TypeError, match="filing"):
        extractor.extract("Revenue was $5 million.", filing="yes")  # type: ignore[arg-type]


def test_due_dates_are_not_periods_of_values() -> None:
    recs = extractor.extract("We issued $610 million of 4.00% senior notes due 2049.", filing=False)
    assert [r.period for r in recs if r.unit == "USD"] == [None]


def test_balances_at_two_year_ends_make_a_filing() -> None:
    assert looks_like_filing(
        "Short-term debt was $2.5 billion as of December 26, 2020 and $3.7 billion as of December 28, 2019."
    )
    assert not looks_like_filing("The stock traded at $25 as of June 3, 2021.")
