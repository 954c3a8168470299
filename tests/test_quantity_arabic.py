"""extractor.quantity_arabic: digits with tails, brackets, scale words and units."""

from __future__ import annotations

from decimal import Decimal

from extractor.quantities import find_quantities


def _read(text: str, lang: str = "en") -> list[tuple[str, Decimal, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]  # type: ignore[arg-type]


def test_chinese_tail_and_year_after_it() -> None:
    assert _read("营收1.669亿美元", "zh") == [("1.669亿美元", Decimal(166900000), "USD")]
    assert _read("净利10亿2020年", "zh")[0] == ("10亿", Decimal(1000000000), None)


def test_accounting_brackets() -> None:
    assert _read("a loss of ($3.2) million") == [("($3.2) million", Decimal(-3200000), "USD")]
    assert _read("a loss of $(3.2 million)") == [("$(3.2 million)", Decimal(-3200000), "USD")]
    assert _read("see note (1) below") == []


def test_scale_letters_need_a_currency() -> None:
    assert _read("raised $5m") == [("$5m", Decimal(5000000), "USD")]
    assert _read("ran 5m") == []  # metres
    assert _read("75 USD million") == [("75 USD million", Decimal(75000000), "USD")]


def test_currency_words_that_are_not_the_unit() -> None:
    assert _read("in 2019 dollars") == []
    assert [u for _, _, u in _read("a 10-pound turkey")] == []  # a weight, not GBP
    assert _read("streams 1080p video") == []


def test_tenths_and_discounts() -> None:
    assert _read("打八折", "zh") == [("八折", Decimal(80), "%")]
    assert _read("打75折", "zh") == [("75折", Decimal(75), "%")]
