"""Guidance and targets in earnings calls: the kind, the range as one record, and the
period guided for. Every example is invented; each call opens with the operator's welcome
naming its quarter."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import Extractor, Record
from extractor.quantities import find_quantities


def _call(ex: Extractor, quarter: str, *paragraphs: str) -> list[Record]:
    text = (
        "Operator\n\nWelcome to the Acme " + quarter + " Earnings Call.\n\n"
        "Jane Roe -- Chief Financial Officer\n\n" + "\n\n".join(paragraphs) + "\n"
    )
    return ex.extract(text)


def _one(recs: list[Record], text: str) -> Record:
    hits = [r for r in recs if r.text == text]
    assert len(hits) == 1, [r.text for r in recs]
    return hits[0]


def _label(r: Record) -> str | None:
    return r.period.label if r.period else None


@pytest.mark.parametrize(
    ("sentence", "value", "kind", "period", "low", "high"),
    [
        ("The company sees 2022 adjusted EPS of $7.65 - $7.95.", "$7.65 - $7.95", "guidance", "2022", "7.65", "7.95"),
        ("We continue to anticipate growth in the 15 to 20 percent range in 2022.", "15 to 20 percent", "guidance", "2022", "15", "20"),
        ("We are raising our full-year guidance for adjusted EPS to a range of $7.52 to $7.62.", "$7.52 to $7.62", "guidance", "FY2022", "7.52", "7.62"),
        ("Our long-term model assumes revenue growth of 11 to 13 percent through 2025.", "11 to 13 percent", "target", "2021..2025", "11", "13"),
        ("Our long-term plan calls for 8% to 10% compound annual growth in EPS from 2021 to 2024.", "8% to 10%", "target", "2021..2024", "8", "10"),
        ("We expect to grow EPS at a compound annual rate of 6% to 8% through 2025.", "6% to 8%", "target", "2021..2025", "6", "8"),
    ],
)
def test_guidance_and_targets(
    ex: Extractor, sentence: str, value: str, kind: str, period: str, low: str, high: str
) -> None:
    r = _one(_call(ex, "Fourth Quarter 2021", sentence), value)
    assert (r.kind, _label(r), r.value, r.value_high) == (kind, period, Decimal(low), Decimal(high))


def test_at_least_is_a_floor_of_the_guidance(ex: Extractor) -> None:
    r = _one(_call(ex, "Second Quarter 2021", "Acme expects to deploy at least $2.5 billion this year."), "$2.5 billion")
    assert (r.kind, r.qualifier, _label(r)) == ("guidance", ">=", "2021")


@pytest.mark.parametrize(
    ("quarter", "period"),
    [("Fourth Quarter 2021", "2022-Q1"), ("Second Quarter 2021", "2021-Q3"),
     ("Second Quarter Fiscal 2022", "FY2022-Q3")],
)
def test_guidance_for_the_quarter_is_the_next_quarter(ex: Extractor, quarter: str, period: str) -> None:
    recs = _call(
        ex, quarter,
        "Revenue for the quarter was $1 billion.",
        "For the quarter, we expect revenue of $1.1 billion to $1.2 billion.",
    )
    call_q = _label(_one(recs, "$1 billion"))
    assert call_q is not None and call_q != period  # the reported quarter is the call's
    r = _one(recs, "$1.1 billion to $1.2 billion")
    assert (r.kind, _label(r)) == ("guidance", period)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("For 2022, we expect revenue growth of 20% to 22%.",
         "We now have about 41,000 customers and we expect that number to grow."),
        ("For 2022, we expect revenue growth of 20% to 22%.",
         "We now have about 41,000 customers, which we expect will drive growth."),
        ("For 2022, we expect revenue growth of 20% to 22%. We now have about 41,000 customers.",),
    ],
)
def test_guidance_does_not_leak_into_a_present_fact(ex: Extractor, paragraphs: tuple[str, ...]) -> None:
    recs = _call(ex, "Fourth Quarter 2021", *paragraphs)
    assert _one(recs, "20% to 22%").kind == "guidance"
    customers = _one(recs, "41,000")
    assert customers.kind == "actual" and _label(customers) in (None, "2021-Q4")


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue was $5 million, as expected.",
        "EPS of $1.20 was above the high end of our guidance range.",
        "Gross margin came in better than we had anticipated at 41%.",
        "Sales of $80 million were in line with our outlook.",
        "Comparable sales fell 4.7%, in line with our negative mid single-digit comp guidance.",
    ],
)
def test_results_measured_against_guidance_are_actual(ex: Extractor, sentence: str) -> None:
    recs = _call(ex, "Second Quarter 2021", sentence)
    assert recs and all(r.kind == "actual" for r in recs)


def test_respectively_pairs_two_metrics(ex: Extractor) -> None:
    recs = _call(
        ex, "Second Quarter 2021",
        "Revenue and EBITDA increased 23% and 42%, respectively.",
        "Sales and operating income were up 28%-32% and 10% to 12%, respectively, in the quarter.",
    )
    got = [(r.text, r.metric, r.change, _label(r)) for r in recs]
    assert got == [
        ("23%", "revenue", "up", "2021-Q2"),
        ("42%", "ebitda", "up", "2021-Q2"),
        ("28%-32%", "revenue", "up", "2021-Q2"),
        ("10% to 12%", "operating_income", "up", "2021-Q2"),
    ]


def test_signed_percent_range_is_one_record(ex: Extractor) -> None:
    recs = _call(ex, "Second Quarter 2021", "Revenue is projected to be down 2% to 6% in 2022.")
    r = _one(recs, "2% to 6%")
    assert (r.kind, r.change, r.value, r.value_high, _label(r)) == (
        "guidance", "down", Decimal(2), Decimal(6), "2022")


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high", "change"),
    [
        ("Unit volumes should be up about 3% to 7% next year.", "3% to 7%", "3", "7", "up"),
        ("Freight costs will be down 1% to 4% for the year.", "1% to 4%", "1", "4", "down"),
        ("We expect orders to be up 28%-32% in 2022.", "28%-32%", "28", "32", "up"),
        ("We expect bookings to grow 11 to 13 percent in 2022.", "11 to 13 percent", "11", "13", "up"),
    ],
)
def test_ranges_of_changes_said_of_the_future(
    ex: Extractor, sentence: str, span: str, low: str, high: str, change: str
) -> None:
    r = _one(_call(ex, "Fourth Quarter 2021", sentence), span)
    assert (r.kind, r.change, r.value, r.value_high) == ("guidance", change, Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        # a past change to a level stays two values, whatever the ends' sizes
        ("Gross margin was down 2% to 38% in the quarter.", ["2%", "38%"]),
        ("Operating margin fell 3% to 9% in the quarter.", ["3%", "9%"]),
        # "plus" between two sums adds them: no range
        ("We spent 41 million of opex plus $29 million of capex.", ["41 million", "$29 million"]),
    ],
)
def test_changes_to_a_level_stay_two_values(sentence: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence, "en")] == spans


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("We expect total sales for 2022 to be in the range of plus 10% to plus 12%.",
         "plus 10% to plus 12%", "10", "12"),
        ("The outlook calls for net sales of plus 4 to plus 6 percent.", "plus 4 to plus 6 percent", "4", "6"),
        ("Organic growth is now seen at minus 2% to minus 4%.", "minus 2% to minus 4%", "-4", "-2"),
    ],
)
def test_a_sign_word_on_both_ends_is_one_range(sentence: str, span: str, low: str, high: str) -> None:
    (q,) = [q for q in find_quantities(sentence, "en") if q.unit == "%"]
    assert (q.text, q.value, q.value_high) == (span, Decimal(low), Decimal(high))
    assert sentence[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The company sees 2022 adjusted EPS of $7.65 - $7.95 and expects to deploy at least $2.5 billion.",),
        ("The company sees 2022 adjusted EPS of $7.65 - $7.95.", "It also expects to deploy at least $2.5 billion."),
        ("Diluted earnings per share were $1.20, and we returned $400 million to shareholders.",),
    ],
)
def test_a_sum_of_money_is_never_per_share(ex: Extractor, paragraphs: tuple[str, ...]) -> None:
    recs = _call(ex, "Fourth Quarter 2021", *paragraphs)
    big = [r for r in recs if r.value >= 1_000_000]
    small = [r for r in recs if r.value < 100]
    assert big and all(r.metric not in ("eps", "share_price") for r in big)
    assert small and all(r.metric == "eps" for r in small)


def test_deploy_at_least_is_guidance_with_a_floor(ex: Extractor) -> None:
    recs = _call(ex, "Fourth Quarter 2021",
                 "The company sees 2022 adjusted EPS of $7.65 - $7.95.",
                 "It expects to deploy at least $2.5 billion in 2022.")
    r = _one(recs, "$2.5 billion")
    assert (r.metric, r.kind, r.qualifier, r.value, _label(r)) == (
        "other", "guidance", ">=", Decimal(2_500_000_000), "2022")


@pytest.mark.parametrize(
    "sentence",
    [
        ("The board raised the quarterly dividend to $0.30 per share, payable on May 14, 2021 "
         "to shareholders of record on April 30, 2021."),
        "We declared a dividend of $0.30 per share, payable in April 2021.",
    ],
)
def test_a_payment_date_is_not_the_dividend_period(ex: Extractor, sentence: str) -> None:
    r = _one(_call(ex, "First Quarter 2021", sentence), "$0.30")
    assert (r.metric, _label(r)) == ("dividend", "2021-Q1")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Due to our strong year-to-date results, we now expect to grow sales 9% to 10%.", "9% to 10%"),
        ("Now we raised our guidance from $10.70 to $10.80 last quarter to $11.55 to $11.65 per share.",
         "$11.55 to $11.65"),
        (("Consistent with our comments in the first quarter, we continue to expect SG&A of "
          "about $240 million."), "$240 million"),
    ],
)
def test_a_past_period_is_not_the_one_guided_for(ex: Extractor, sentence: str, value: str) -> None:
    r = _one(_call(ex, "Third Quarter 2021", sentence), value)
    assert (r.kind, _label(r)) == ("guidance", "2021")  # unqualified: the full year


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("We are working to bring earnings back inside the guidance range of $1.76 to $1.86.", "$1.76 to $1.86"),
        ("We now expect that our average well cost will be more than 7% lower than last year.", "7%"),
    ],
)
def test_unnamed_guidance_without_a_period_is_for_the_full_year(ex: Extractor, sentence: str, value: str) -> None:
    r = _one(_call(ex, "First Quarter 2021", sentence), value)
    assert (r.kind, _label(r)) == ("guidance", "2021")


def test_unnamed_result_without_a_period_stays_undated(ex: Extractor) -> None:
    r = _one(_call(ex, "First Quarter 2021", "We hold deductibles of $75 million per event."), "$75 million")
    assert (r.kind, _label(r)) == ("actual", None)


def test_plus_signed_range_is_a_change_of_the_named_metric(ex: Extractor) -> None:
    recs = _call(ex, "Second Quarter 2021",
                 "We expect total sales for 2021 to be in the range of plus 10% to plus 12%.")
    r = _one(recs, "plus 10% to plus 12%")
    assert (r.metric, r.change, r.kind, r.value, r.value_high) == (
        "revenue", "up", "guidance", Decimal(10), Decimal(12))
