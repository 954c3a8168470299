"""Forms of spoken figures (earnings calls, interviews): a spoken "plus" on both ends of a
range, and an amount whose currency the speaker left to the amount it is paired with.

Every sentence here is written for this file.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.quantities import Quantity, find_quantities

D = Decimal


def _qs(text: str, lang: str = "en") -> list[Quantity]:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    for q in qs:
        assert text[q.start : q.end] == q.text
    return qs


def _rows(text: str) -> list[tuple[str, Decimal, Decimal | None, str | None]]:
    return [(q.text, q.value, q.value_high, q.unit) for q in _qs(text)]


# -- "plus 10% to plus 12%" -------------------------------------------------------------

PLUS_RANGES = [
    ("We now see full-year sales of plus 4% to plus 6%.", "plus 4% to plus 6%", D(4), D(6), "%"),
    ("Comps should land between plus 1% and plus 2% this year.", "plus 1% and plus 2%",
     D(1), D(2), "%"),
    ("Currency is minus 1% to plus 1% for the year.", "minus 1% to plus 1%", D(-1), D(1), "%"),
    ("Volume of 2.5 to plus 3.5% is our base case.", "2.5 to plus 3.5%", D("2.5"), D("3.5"), "%"),
    ("Pricing of plus 30 to plus 40 basis points is built in.", "plus 30 to plus 40 basis points",
     D(30), D(40), "bp"),
    ("EPS guidance is $2.10 to plus $2.20 now.", "$2.10 to plus $2.20", D("2.1"), D("2.2"), "USD"),
    ("Organic growth of 3% - plus 4% is expected.", "3% - plus 4%", D(3), D(4), "%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), PLUS_RANGES)
def test_a_spoken_plus_signs_both_ends_of_a_range(
    text: str, span: str, low: Decimal, high: Decimal, unit: str
) -> None:
    assert _rows(text) == [(span, low, high, unit)]


def test_a_plus_between_two_amounts_is_a_sum_not_a_range() -> None:
    assert _rows("Capex was $41 million plus $29 million of leases.") == [
        ("$41 million", D(41_000_000), None, "USD"),
        ("$29 million", D(29_000_000), None, "USD"),
    ]


def test_from_plus_to_plus_is_still_a_change() -> None:
    # "from A to B" is a move, not a range, whatever sign words it carries
    assert _rows("Guidance moved from plus 5% to plus 7%.") == [
        ("5%", D(5), None, "%"),
        ("7%", D(7), None, "%"),
    ]


def test_a_plus_after_a_value_stays_a_qualifier() -> None:
    q = _qs("We expect 10% plus growth in the segment.")[0]
    assert (q.text, q.value, q.value_high, q.qualifier) == ("10%", D(10), None, ">=")


_PCT = st.integers(min_value=0, max_value=9_999).map(lambda n: D(n) / 10)


@settings(max_examples=150, deadline=None)
@given(_PCT, _PCT, st.sampled_from([("%", "%"), (" percent", "%"), (" basis points", "bp")]),
       st.booleans())
def test_plus_ranges_round_trip(low: Decimal, high: Decimal, form: tuple[str, str], lead: bool) -> None:
    if low >= high:
        low, high = high, low
    if low == high:
        high = low + 1
    word, unit = form
    lo, hi = f"{low.normalize():f}", f"{high.normalize():f}"
    span = f"{'plus ' if lead else ''}{lo}{word} to plus {hi}{word}"
    assert _rows(f"We guide to {span} for the year.") == [(span, low, high, unit)]


# -- "41 million of opex plus $29 million of capex" -------------------------------------

PAIRED = [
    ("Spend was 41 million of opex plus $29 million of capex.", "41 million", D(41_000_000), "USD"),
    ("Costs were $41 million of opex plus 29 million of capex.", "29 million", D(29_000_000), "USD"),
    ("We booked €12 million in Q1 and 15 million in Q2.", "15 million", D(15_000_000), "EUR"),
    ("Sales of £40 million versus 35 million last year.", "35 million", D(35_000_000), "GBP"),
    ("Interest was 1.9 billion and $2.2 billion at year end.", "1.9 billion",
     D(1_900_000_000), "USD"),
    ("Opex of 3.1 bn, compared with $2.8 bn a year ago.", "3.1 bn", D(3_100_000_000), "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "unit"), PAIRED)
def test_an_amount_takes_the_currency_of_its_paired_amount(
    text: str, span: str, value: Decimal, unit: str
) -> None:
    got = {q.text: (q.value, q.unit) for q in _qs(text)}
    assert got[span] == (value, unit)


NOT_PAIRED = [
    # a count: the noun after the number, or in its "of" phrase, is what it counts
    ("Revenue was $5 million and 3 million users joined.", "3 million"),
    ("It has 5 million customers and $3 million of cash.", "5 million"),
    ("We bought back 41 million of shares plus $29 million of notes.", "41 million"),
    # the two are not written with the same scale word
    ("Revenue was $5 billion and 3 million last year.", "3 million"),
    ("Revenue of $5 million and 3 thousand in fees.", "3 thousand"),
    # not joined by a coordinating word
    ("Opex was 41 million; capex was $29 million.", "41 million"),
    ("About 41 million tuned in; we earned $29 million.", "41 million"),
    # the partner is a range or a percentage, not one amount
    ("Opex of 41 million and $29 million to $30 million of capex.", "41 million"),
    ("Opex was 41 million and 12% of sales.", "41 million"),
]


@pytest.mark.parametrize(("text", "span"), NOT_PAIRED)
def test_an_unpaired_bare_amount_gets_no_currency(text: str, span: str) -> None:
    got = {q.text: q.unit for q in _qs(text)}
    assert span in got
    assert got[span] is None


EXCLUDED_NEAR_PAIRS = [
    # dates, quarters, fiscal years and names next to a paired amount stay out
    ("Opex in fiscal 2021 and $29 million in 2022.", "2021"),
    ("Revenue in Q2 2021 plus $3 million of fees.", "2021"),
    ("Sales of Boeing 737 and $29 million of parts.", "737"),
    ("On March 5 and $3 million of fees.", "5"),
    ("See Note 12 versus $4 million of costs.", "12"),
]


@pytest.mark.parametrize(("text", "forbidden"), EXCLUDED_NEAR_PAIRS)
def test_no_value_from_names_or_dates_next_to_a_pair(text: str, forbidden: str) -> None:
    i = text.index(forbidden)
    for q in _qs(text):
        assert not (q.start < i + len(forbidden) and i < q.end), (q.text, forbidden)


def test_chinese_text_is_not_paired() -> None:
    # Chinese amounts always write their unit; a bare scaled number there is a count
    qs = _qs("公司营收为3亿元和5亿。", "zh")
    assert [(q.text, q.unit) for q in qs] == [("3亿元", "CNY"), ("5亿", None)]


def test_a_paired_amount_is_a_record_with_the_currency() -> None:
    recs = extract("Spend in the quarter included 41 million of opex plus $29 million of capex.")
    assert {(r.text, r.value, r.unit) for r in recs} >= {
        ("41 million", D(41_000_000), "USD"),
        ("$29 million", D(29_000_000), "USD"),
    }


_SCALES = st.sampled_from(["thousand", "million", "billion"])
_MARKS = st.sampled_from([("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("US$", "USD")])
_JOINS = st.sampled_from([" plus ", " and ", ", and ", " versus ", " compared with "])
_NUM = st.integers(min_value=1, max_value=9_999).map(lambda n: D(n) / 10)


@settings(max_examples=150, deadline=None)
@given(_NUM, _NUM, _SCALES, _MARKS, _JOINS, st.booleans())
def test_pairs_round_trip(
    a: Decimal, b: Decimal, scale: str, mark: tuple[str, str], join: str, money_first: bool
) -> None:
    mult = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[scale]
    sym, code = mark
    bare = f"{a.normalize():f} {scale}"
    money = f"{sym}{b.normalize():f} {scale}"
    first, second = (money, bare) if money_first else (bare, money)
    text = f"Spend was {first} of opex{join}{second} of capex."
    rows = [(q.text, q.value, q.unit) for q in _qs(text)]
    assert rows == [
        (first, (b if money_first else a) * mult, code),
        (second, (a if money_first else b) * mult, code),
    ]


@settings(max_examples=100, deadline=None)
@given(_NUM, _NUM, _MARKS, _JOINS)
def test_pairs_with_different_scales_stay_apart(
    a: Decimal, b: Decimal, mark: tuple[str, str], join: str
) -> None:
    sym, code = mark
    text = f"Spend was {a.normalize():f} million of opex{join}{sym}{b.normalize():f} billion of capex."
    rows = [(q.value, q.unit) for q in _qs(text)]
    assert rows == [(a * 10**6, None), (b * 10**9, code)]
