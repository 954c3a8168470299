"""Phrases of earnings calls: a free-cash-flow margin, and a share of revenue after a
growth verb (a level, not a move).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We now expect full-year free cash flow margin of approximately 30%.", "30%"),
        ("Free cash flow was $1.2 billion, a 24% margin.", "24%"),
        ("FCF margin expanded 300 basis points to 27%.", "27%"),
    ],
)
def test_a_free_cash_flow_margin(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract(text, lang="en")}
    assert got[value].metric == "free_cash_flow_margin" and got[value].change is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Subscription revenue grew 14% to $3.9 billion and now represents 93% of total revenue.", "93%"),
        ("Cloud revenue rose 20%, and accounted for 41% of sales.", "41%"),
        ("Services sales jumped 12% and make up 27% of revenue.", "27%"),
    ],
)
def test_a_share_after_a_growth_verb_is_a_level(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract(text, lang="en")}
    assert (got[value].metric, got[value].change) == ("revenue_share", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quellbury posted net income of $2.17 billion, or 62 cents per share, compared with $1.85 billion, or 53 cents, a year earlier.", "53 cents"),
        ("Net profit was £312m, or 12.4p a share, against 10.1p a year earlier.", "10.1p"),
    ],
)
def test_an_amount_in_cents_after_a_profit_is_per_share(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract(text, lang="en")}
    assert got[value].metric == "eps"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Operating cash outflow narrowed to $8 million from $15 million.", "cash_outflow"),
        ("The net cash outflow tied to the flood was $2.2 million in the half.", "cash_outflow"),
        ("Net cash inflows from the fund were $240 million.", "cash_inflow"),
        ("The company ended the year with cash of $3 billion.", "cash"),
    ],
)
def test_a_flow_of_cash_is_no_cash_balance(ex, text: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs and {r.metric for r in recs} == {metric}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hardware makes up about 70% of sales in Asia, and software makes up the other 30%.", "30%"),
        ("Services accounted for 60% of revenue and products for the remaining 40%.", "40%"),
    ],
)
def test_the_rest_of_a_share_is_a_share(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract(text, lang="en")}
    assert (got[value].metric, got[value].change) == ("revenue_share", None)


@pytest.mark.parametrize(
    ("text", "count", "move"),
    [
        ("Kelvara Motors sold 502,657 vehicles in October, up 66.5% from a year earlier.", "502,657", "66.5%"),
        ("The builder sold 3,200 homes in the quarter, up 12%.", "3,200", "12%"),
    ],
)
def test_goods_sold_are_unit_sales_and_their_move_follows(ex, text: str, count: str, move: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract(text, lang="en")}
    assert (got[count].metric, got[count].unit) == ("unit_sales", "count")
    assert (got[move].metric, got[move].change) == ("unit_sales", "up")


def test_homes_delivered_are_built_not_sold(ex) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract("At the Harbor site the developer delivered 45 homes this year.", lang="en")}
    assert got["45"].metric != "unit_sales"
