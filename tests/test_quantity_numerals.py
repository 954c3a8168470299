"""extractor.quantity_numerals: Chinese numerals and English number words."""

from __future__ import annotations

from decimal import Decimal

from extractor.quantities import find_quantities


def _read(text: str, lang: str) -> list[tuple[str, Decimal, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]  # type: ignore[arg-type]


def test_chinese_numerals_need_a_unit_or_a_big_scale() -> None:
    assert _read("公司新增员工三千五百名", "zh") == [("三千五百名", Decimal(3500), "count")]
    assert _read("投资两亿元", "zh") == [("两亿元", Decimal(200000000), "CNY")]
    assert _read("第三季度", "zh") == []  # an ordinal
    assert _read("数千万美元", "zh") == [("数千万美元", Decimal(10_000_000), "USD")]  # vague: a range
    assert _read("一个方案", "zh") == []  # an article


def test_percent_prefix_and_tenths() -> None:
    assert _read("占比百分之十二", "zh") == [("百分之十二", Decimal(12), "%")]
    assert _read("销量增长三成", "zh") == [("三成", Decimal(30), "%")]
    assert _read("千分之五", "zh") == [("千分之五", Decimal("0.5"), "%")]


def test_english_words_need_a_scale_currency_or_percent() -> None:
    assert _read("two hundred million dollars", "en") == [
        ("two hundred million dollars", Decimal(200000000), "USD")
    ]
    assert _read("one of three teams", "en") == []
    assert _read("a few hundred million dollars", "en") == []


def test_fractions_and_vague_magnitudes_are_money_only() -> None:
    assert _read("half a million euros", "en") == [("half a million euros", Decimal(500000), "EUR")]
    # "half a million people": no fraction amount (only the plain "a million" count)
    assert [t for t, _, _ in _read("half a million people", "en")] == ["a million"]
    q = find_quantities("tens of millions of dollars", "en")[0]
    assert (q.value, q.value_high, q.qualifier) == (Decimal(10**7), Decimal(10**8), "~")
