"""The noun phrase a sum modifies names the sum ("a $30 million legal accrual"), so a
metric named elsewhere in the sentence does not take it.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


def _rec(ex, text: str, span: str):  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert span in recs, recs
    return recs[span]


@pytest.mark.parametrize(
    ("text", "span", "phrase"),
    [
        ("Sales were held back by a $40 million headwind from freight.", "$40 million", "headwind"),
        ("Net profit dropped 8% after a $25 million legal accrual.", "$25 million", "legal accrual"),
        ("Operating income included a $9 million gain on a land sale.", "$9 million", "gain"),
        ("Margins absorbed a $3 million inventory charge.", "$3 million", "inventory charge"),
    ],
)
def test_the_noun_after_a_sum_names_it(ex, text: str, span: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    r = _rec(ex, text, span)
    assert (r.metric, r.metric_text, r.change) == ("other", phrase, None)


@pytest.mark.parametrize(
    ("text", "span", "metric"),
    [
        ("The group booked a $700 million impairment charge.", "$700 million", "impairment"),
        ("Revenue rose, and the firm ended June with a $90 million cash balance.", "$90 million", "cash"),
        ("Orbit paid down its debt and refinanced the remaining $400 million balance.", "$400 million", "debt"),
    ],
)
def test_a_metric_heading_the_noun_phrase_keeps_its_name(ex, text: str, span: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert _rec(ex, text, span).metric == metric


def test_a_deal_noun_is_left_to_the_deal_grammar(ex) -> None:  # type: ignore[no-untyped-def]
    r = _rec(ex, "Orbit agreed to buy Lumen in a $2 billion deal.", "$2 billion")
    assert r.metric == "acquisition"


@pytest.mark.parametrize(
    "text",
    [
        "The group expects to save about $800 million annually by 2026.",
        "The program delivered run-rate savings of $120 million.",
        "The plan will bring $300 million in cost savings.",
    ],
)
def test_cost_savings_are_named(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(text, lang="en")
    assert r.metric == "cost_savings"


def test_savings_deposits_are_no_cost_savings(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("Savings deposits rose to $12 billion.", lang="en")
    assert all(r.metric != "cost_savings" for r in recs)


def test_an_undated_savings_amount_in_a_call_has_no_quarter(ex) -> None:  # type: ignore[no-untyped-def]
    doc = (
        "Acme Corp (ACME) Q3 2024 Earnings Call Transcript\n\n"
        "Jane Roe -- Chief Financial Officer\n\n"
        "Revenue was $2.1 billion. We remain on track for $90 million in cost savings.\n"
    )
    got = {r.text: (r.metric, r.period.label if r.period else None) for r in ex.extract(doc)}
    assert got["$2.1 billion"] == ("revenue", "2024-Q3")
    assert got["$90 million"] == ("cost_savings", None)
