"""Share counts with words before "shares", cents glued to the digits, the stock's move
over sums, and a verb that sets the metric before "by".

Sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from record_lookup import by_text


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Zeta issued 2.5 million ordinary shares last week.", "2.5 million ordinary shares", "2500000"),
        ("The trust sold 3 million Class A shares.", "3 million Class A shares", "3000000"),
        ("Holders converted 40,000 preferred shares.", "40,000 preferred shares", "40000"),
        ("The bank placed 8 million H shares with investors.", "8 million H shares", "8000000"),
        ("It sold 4,000,000 ADSs in the offering.", "4,000,000 ADSs", "4000000"),
        ("Zeta plans to buy up to 10 million of its shares.", "10 million of its shares", "10000000"),
    ],
)
def test_words_between_the_number_and_shares_keep_the_count(ex, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    recs = by_text(ex, text)
    assert span in recs, recs
    assert (recs[span].value, recs[span].unit) == (Decimal(value), "shares")


@pytest.mark.parametrize(
    "text",
    [
        "The board approved the repurchase of 2 million common shares.",
        "Zeta intends to repurchase up to 5 million of its shares.",
    ],
)
def test_repurchase_wording_names_the_share_count(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(text, lang="en")
    assert r.unit == "shares"
    assert r.metric == "share_repurchase"


def test_glued_cents_are_a_sum_in_the_documents_dollar(ex) -> None:  # type: ignore[no-untyped-def]
    recs = by_text(ex, "Shares of Koala Mining rose 14c to A$2.31 on Friday.")
    assert (recs["14c"].value, recs["14c"].unit) == (Decimal("0.14"), "AUD")
    assert recs["14c"].metric == "share_price"
    assert recs["14c"].change == "up"
    assert (recs["A$2.31"].metric, recs["A$2.31"].change) == ("share_price", None)
    recs = by_text(ex, "The board declared a dividend of 7.5c a share.")
    assert (recs["7.5c"].value, recs["7.5c"].unit, recs["7.5c"].metric) == (
        Decimal("0.075"),
        "USD",
        "dividend",
    )


@pytest.mark.parametrize(
    "text",
    [
        "See Rule 3c of the plan and Section 12c of the act.",
        "Temperatures hit 38c in the afternoon.",
        "Daytime highs of 41c are forecast.",
    ],
)
def test_a_glued_c_after_a_label_or_a_temperature_is_no_cents(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for r in ex.extract(text, lang="en") if r.unit in ("USD", "AUD")] == []


def test_the_stock_move_reaches_over_sums_and_or(ex) -> None:  # type: ignore[no-untyped-def]
    recs = by_text(ex, "Shares in Orbit Foods fell $2.10, or 6%, to $33.40 in early trade.")
    assert [(recs[k].metric, recs[k].change) for k in ("$2.10", "6%", "$33.40")] == [
        ("share_price", "down"),
        ("share_price", "down"),
        ("share_price", None),
    ]
    recs = by_text(ex, "Shares in Orbit Foods rose 9p to 287p.")
    assert [(recs[k].metric, recs[k].unit) for k in ("9p", "287p")] == [
        ("share_price", "GBP"),
        ("share_price", "GBP"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "metric", "change"),
    [
        ("Orbit raised its dividend by 12% on Tuesday.", "12%", "dividend", "up"),
        ("The retailer lifted prices by 3% in March.", "3%", "price", "up"),
        ("Orbit cut its revenue forecast by 4%.", "4%", "revenue", "down"),
    ],
)
def test_a_verb_before_the_metric_and_by_make_a_change(ex, text: str, span: str, metric: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = by_text(ex, text)[span]
    assert (r.metric, r.change) == (metric, change)
