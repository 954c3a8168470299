"""News wording: a central bank's rate range is the rate set, not an outlook; the price a
move ended at is a level with no move; an offering's raise and its price per share;
government departments are no companies.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


def _by_text(recs):  # type: ignore[no-untyped-def]
    return {r.text: r for r in recs}


def test_a_policy_rate_range_is_the_rate_set_not_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract("The central bank raised rates by 50 bps to a range of 4.75%-5.00%.", lang="en"))
    rng = got["4.75%-5.00%"]
    assert (rng.metric, rng.kind, rng.change) == ("interest_rate", "actual", None)


def test_an_outlook_range_stays_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Benefits remain unchanged, and this yields an adjusted EPS range of $3.10 to $3.30."
    (r,) = ex.extract(text, lang="en", company="Quellbury")
    assert (r.metric, r.kind) == ("eps", "guidance")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ether jumped 4% to above $2,300 on Friday.", "$2,300"),
        ("Brent crude fell 2.1% to about $71.40 a barrel.", "$71.40"),
    ],
)
def test_the_price_a_commodity_moved_to_is_a_level(ex, text: str, level: str) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract(text, lang="en"))
    assert (got[level].metric, got[level].change) == ("price", None)


def test_an_offering_raise_and_its_price_per_share(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The IPO raised HK$3.4 billion at HK$21.80 per share."
    got = _by_text(ex.extract(text, lang="en"))
    assert got["HK$3.4 billion"].metric == "ipo_proceeds"
    assert (got["HK$21.80"].metric, got["HK$21.80"].unit) == ("ipo_price", "HKD")


@pytest.mark.parametrize(
    "text",
    [
        "Consumer prices rose 3.4% in May from 3.1% in April, the Labor Department said.",
        "Retail sales fell 0.6% in March, the Commerce Department said on Tuesday.",
    ],
)
def test_a_government_department_is_no_company(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs
    assert [r.company for r in recs] == [None] * len(recs)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deal is worth 3 billion shekels, the companies said.", "3 billion shekels"),
        ("The deal is valued at 2.8 bln euros including debt.", "2.8 bln euros"),
        ("Quellbury will acquire Tarwick in a $2.2 billion all-cash deal.", "$2.2 billion"),
        ("Quellbury will buy Tarwick in a $1.7 billion cash-and-stock deal.", "$1.7 billion"),
    ],
)
def test_a_deals_worth_is_the_acquisition(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract(text, lang="en"))
    assert (got[value].metric, got[value].kind) == ("acquisition", "actual")


def test_a_deal_expected_to_close_is_no_outlook(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The purchase, worth about €640 million, is expected to close in the second quarter."
    (r,) = ex.extract(text, lang="en", company="Quellbury")
    assert r.kind == "actual"


def test_a_value_that_is_expected_stays_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Revenue is expected to reach $640 million next year.", lang="en", company="Quellbury")
    assert r.kind == "guidance"


def test_the_part_said_apart_takes_the_outlook_not_the_whole(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Remaining performance obligations were $3.1 billion at year end, of which about "
        "65% is expected to be recognized as revenue over the next 12 months."
    )
    got = {r.text: r.kind for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got == {"$3.1 billion": "actual", "65%": "guidance"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We delivered 280 basis points of margin expansion and returned $520 million to shareholders.", "$520 million"),
        ("Margins saw 90 basis points of contraction in Q2 and the 30 basis points of gains in the half.", "30 basis points"),
    ],
)
def test_the_change_noun_of_a_value_before_does_not_move_the_next(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r.change for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got[value] is None
