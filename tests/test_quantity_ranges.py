"""extractor.quantity_ranges: compound amounts, ranges and paired currencies."""

from __future__ import annotations

from decimal import Decimal

from extractor.quantities import find_quantities


def _one(text: str, lang: str = "en") -> tuple[str, Decimal, Decimal | None, str | None]:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    assert len(qs) == 1, qs
    q = qs[0]
    return q.text, q.value, q.value_high, q.unit


def test_currency_written_once_covers_both_ends() -> None:
    assert _one("a range of €3-4m this year") == ("€3-4m", Decimal(3000000), Decimal(4000000), "EUR")
    assert _one("between 5% and 7%") == ("5% and 7%", Decimal(5), Decimal(7), "%")
    assert _one("介于12美元至14美元") == ("12美元至14美元", Decimal(12), Decimal(14), "USD")


def test_from_to_is_a_change_not_a_range() -> None:
    qs = find_quantities("rose from $5 million to $10 million", "en")
    assert [q.value_high for q in qs] == [None, None]
    qs = find_quantities("revenue ranging from $5 million to $10 million", "en")
    assert len(qs) == 1 and qs[0].value_high == Decimal(10000000)


def test_change_then_level_is_two_values() -> None:
    qs = find_quantities("sales increased $5 million to $227.9 million", "en")
    assert [q.value for q in qs] == [Decimal(5000000), Decimal(227900000)]


def test_compound_amount_and_paired_currency() -> None:
    assert _one("it costs 13 dollars and 45 cents") == (
        "13 dollars and 45 cents", Decimal("13.45"), None, "USD",
    )  # fmt: skip
    qs = find_quantities("$41 million of opex plus 29 million of capex", "en")
    assert [(q.value, q.unit) for q in qs] == [(Decimal(41000000), "USD"), (Decimal(29000000), "USD")]
    # a count keeps no currency
    qs = find_quantities("$5 million of revenue and 3 million users", "en")
    assert [q.unit for q in qs] == ["USD", None]
