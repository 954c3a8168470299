"""A commodity's move is its price; a market verb before "X to Y" makes a change and a
level, not a range; bad-loan provisions are named.

Sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from record_lookup import by_text


@pytest.mark.parametrize(
    ("text", "span", "name", "change"),
    [
        ("Brent crude climbed 2.3% to $88.10 a barrel on Tuesday.", "2.3%", "Brent crude", "up"),
        ("Spot gold slipped 0.6% to $2,310.40 an ounce.", "0.6%", "Spot gold", "down"),
        ("Copper futures fell 1.4% in London.", "1.4%", "Copper futures", "down"),
        ("Bitcoin tumbled 7% to $61,200 over the weekend.", "7%", "Bitcoin", "down"),
    ],
)
def test_a_commodity_move_is_its_price(ex, text: str, span: str, name: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = by_text(ex, text)[span]
    assert (r.metric, r.metric_text, r.change, r.company) == ("price", name, change, None)


def test_a_production_rise_is_no_commodity_price(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Our copper output rose 4% in the quarter.", lang="en")
    assert r.metric != "price"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("U.S. crude gained 85 cents to $79.30 a barrel.", "85 cents", "$79.30"),
        ("The stock slid 40 cents to $18.25.", "40 cents", "$18.25"),
        ("Shares in Orbit sank 6p to 214p.", "6p", "214p"),
    ],
)
def test_a_market_verb_before_x_to_y_is_a_change_then_a_level(ex, text: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    recs = by_text(ex, text)
    assert first in recs and second in recs, recs
    assert recs[first].value_high is None and recs[first].change is not None
    assert recs[second].change is None


def test_a_range_without_a_verb_stays_a_range(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Fares ranged from 90 cents to $1.50.", lang="en")
    assert (r.value, r.value_high) == (Decimal("0.9"), Decimal("1.5"))


def test_money_set_aside_for_bad_loans_is_a_loan_loss_provision(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("The lender set aside $640 million for bad loans.", lang="en")
    assert r.metric == "credit_loss_allowance"


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        ("The euro eased 0.2% to $1.0925 in Asian trade.", ("0.2%", "$1.0925"), "euro"),
        ("The dollar rose 0.5% against the yen to 149.80 yen.", ("0.5%", "149.80 yen"), "dollar"),
        ("Sterling slipped 0.7% to $1.2630.", ("0.7%", "$1.2630"), "Sterling"),
    ],
)
def test_a_currency_move_is_its_price(ex, text: str, spans: tuple[str, str], name: str) -> None:  # type: ignore[no-untyped-def]
    recs = by_text(ex, text)
    for span in spans:
        assert (recs[span].metric, recs[span].metric_text, recs[span].company) == ("price", name, None)


def test_a_dollar_index_is_no_currency_price(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("The dollar index rose 0.3% on Friday.", lang="en")
    assert r.metric != "price"


@pytest.mark.parametrize(
    "text",
    ["The central bank held rates steady at 4.75% on Wednesday.", "The Riksbank kept interest rates at 3.5%."],
)
def test_a_rate_held_is_the_interest_rate(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(text, lang="en")
    assert r.metric == "interest_rate"
