"""extractor.linking.metric: which metric phrase of a sentence a value belongs to."""

from __future__ import annotations

from link_sentences import make_sentence, value

from extractor.linking.metric import pick_metric
from extractor.linking.units import unit_class

UNIT_OF = {"revenue": "money", "gross_margin": "percent", "eps": "money", "customers": "count"}


def metric_of(text: str, written: str, metrics: list[tuple[str, str]], lang: str = "en") -> str | None:
    s = make_sentence(text, lang, metrics)
    q = value(s, written)
    m = pick_metric(s, q, unit_class(q.unit), UNIT_OF, change_hint=False)
    return None if m is None else m.metric


def test_each_value_takes_the_nearest_phrase_before_it() -> None:
    text = "Subscription revenue was $40 million and gross margin was 61%."
    metrics = [("Subscription revenue", "revenue"), ("gross margin", "gross_margin")]
    assert metric_of(text, "$40 million", metrics) == "revenue"
    assert metric_of(text, "61%", metrics) == "gross_margin"


def test_a_phrase_right_after_the_value_counts() -> None:
    assert metric_of("We booked $12 million of revenue.", "$12 million", [("revenue", "revenue")]) == "revenue"


def test_a_unit_the_metric_cannot_have_is_not_linked() -> None:
    assert metric_of("Gross margin reached $3 million.", "$3 million", [("Gross margin", "gross_margin")]) is None


def test_a_scaled_sum_is_never_a_per_share_amount() -> None:
    text = "EPS was $1.10 and buybacks were $2 billion."
    assert metric_of(text, "$1.10", [("EPS", "eps")]) == "eps"
    assert metric_of(text, "$2 billion", [("EPS", "eps")]) is None


def test_a_metric_named_as_a_reference_is_skipped() -> None:
    text = "Margin grew faster than revenue, to 40%."
    assert metric_of(text, "40%", [("revenue", "revenue")]) is None


def test_chinese_metric_before_the_value() -> None:
    assert metric_of("甲乙科技营收为60亿元。", "60亿元", [("营收", "revenue")], "zh") == "revenue"


def test_a_sum_per_share_paid_with_no_phrase_is_no_earnings() -> None:
    from extractor import extract

    assert [r.metric for r in extract("The trust will pay $0.31 per unit share on May 2.")] == ["other"]
    assert [r.metric for r in extract("The directors will pay 14 cents a share next month.")] == ["other"]
    # earnings per share are still read from what earns them
    assert [r.metric for r in extract("The trust earned $0.31 per share.")] == ["eps"]


def test_a_value_that_says_what_it_is_does_not_take_the_metric_owned_by_the_value_before() -> None:
    text = "At year end Corvel held $140 million of cash and $260 million available under its credit line."
    metrics = [("cash", "cash")]
    assert metric_of(text, "$140 million", metrics) == "cash"
    assert metric_of(text, "$260 million", metrics) is None
    text = "Corvel had $900 million of term loans and $150 million undrawn at March 31."
    assert metric_of(text, "$150 million", [("term loans", "revenue")]) is None
    # without its own word after it, the second value still shares the first one's metric
    text = "Corvel held $140 million of cash and $260 million at the prior year end."
    assert metric_of(text, "$260 million", metrics) == "cash"


def test_a_clause_with_its_own_moving_subject_does_not_take_the_metric_before_it() -> None:
    from extractor import extract

    got = {r.text: r.metric for r in extract(
        "Freight revenue fell 2.5%, while diesel costs per gallon dropped 9% to $3.12."
    )}  # fmt: skip
    assert got == {"2.5%": "revenue", "9%": "other", "$3.12": "other"}
    # the same subject going on ("but were down") keeps it
    got = {r.text: r.metric for r in extract("Tollgate's sales climbed 6% last year, but were down 2% against 2019 levels.")}
    assert got == {"6%": "revenue", "2%": "revenue"}
