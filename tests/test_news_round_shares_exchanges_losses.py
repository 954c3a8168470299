"""Share counts with "new"/"additional"/"treasury" before "shares"; an exchange where
shares trade is no company, and an Australian, Canadian, New Zealand or Singapore exchange
decides a bare "$"; a loss a result is compared with is a net loss, never the result's.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The company issued 18,000,000 new shares at 95p each.", "18,000,000 new shares", 18_000_000),
        ("The plan adds 2.5 million additional ordinary shares.", "2.5 million additional ordinary shares", 2_500_000),
        ("It holds 1.2 million treasury shares.", "1.2 million treasury shares", 1_200_000),
    ],
)
def test_a_word_of_kind_before_shares_keeps_the_count(text: str, span: str, value: int) -> None:
    (q,) = [q for q in find_quantities(text, "en") if q.unit == "shares"]
    assert (q.text, q.value) == (span, value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Quellbury shares fell 2.1 per cent to $34.50 on the ASX.", "AUD"),
        ("Quellbury shares rose 3% to $18.20 on the TSX.", "CAD"),
        ("Quellbury shares rose 3% to $4.20 on the NZX.", "NZD"),
        ("Quellbury shares rose 3% to $190.10 on the Nasdaq.", "USD"),
    ],
)
def test_the_exchange_decides_a_bare_dollar(ex, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract(text, lang="en")}
    price = next(r for t, r in got.items() if t.startswith("$"))
    assert price.unit == code
    assert all(r.company not in ("ASX", "TSX", "NZX", "Nasdaq") for r in got.values())


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        ("Net income was ¥204 billion, compared with a loss of ¥391 billion a year earlier.", "¥391 billion"),
        ("Net income was $6.3 million, versus a year-ago loss of $1.9 million.", "$1.9 million"),
    ],
)
def test_a_loss_compared_with_is_a_net_loss(ex, text: str, loss: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r.metric for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got[loss] == "net_loss"
    assert [m for t, m in got.items() if t != loss] == ["net_income"]


def test_a_comparison_phrase_after_a_value_does_not_name_it(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The segment's operating income rose to $23 million compared to a loss of $5 million."
    got = {r.text: r.metric for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got["$23 million"] == "operating_income"


@pytest.mark.parametrize(
    "text",
    [
        "Quellbury Bank's net interest income rose 4% to $21.7 billion, and it set aside $2.4 billion for credit losses.",
        "The lender set aside €310 million for expected credit losses in the quarter.",
    ],
)
def test_a_sum_set_aside_for_credit_losses_is_the_provision(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en", company="Quellbury")
    provision = [r for r in recs if r.text in ("$2.4 billion", "€310 million")]
    assert [(r.metric, r.change) for r in provision] == [("credit_loss_allowance", None)]
