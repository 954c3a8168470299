"""A decimal comma ("12,5%", "€1,5 million", "2,4 %"): one or two digits after the comma
are never a thousands group, so with a unit or a scale the number is read as a decimal;
without one ("rooms 1,5 and 7", "nrs. 22,24,26") the digits are a list, never a decimal.

Sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Growth slowed to 12,5% in the year.", "12,5%", "12.5", "%"),
        ("Inflation eased to 2,4 % in May.", "2,4 %", "2.4", "%"),
        ("The fine came to €1,5 million.", "€1,5 million", "1500000", "EUR"),
        ("The grant is 3,25 billion euros.", "3,25 billion euros", "3250000000", "EUR"),
        ("A coffee costs 2,80 euros.", "2,80 euros", "2.8", "EUR"),
        ("Thousands stay thousands: 1,250 euros.", "1,250 euros", "1250", "EUR"),
    ],
)
def test_a_decimal_comma_with_a_unit_is_read(text: str, span: str, value: str, unit: str) -> None:
    got = {q.text: q for q in find_quantities(text, "en")}
    assert span in got, got
    assert (got[span].value, got[span].unit) == (Decimal(value), unit)


@pytest.mark.parametrize("text", ["Rooms 1,5 and 7 were closed.", "Units 3,45 were shipped.", "Exercises 22,24,26,31."])
def test_a_comma_between_digits_without_a_unit_is_no_decimal(text: str) -> None:
    assert [q for q in find_quantities(text, "en") if q.value != q.value.to_integral_value()] == []


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=999),
    frac=st.integers(min_value=1, max_value=99),
    form=st.sampled_from([("{n}%", 1, "%"), ("€{n} million", 10**6, "EUR"), ("{n} billion euros", 10**9, "EUR")]),
)
def test_decimal_comma_round_trip(whole: int, frac: int, form: tuple[str, int, str]) -> None:
    digits = f"{frac:02d}" if frac < 10 and whole % 2 else str(frac)
    written = f"{whole},{digits}"
    template, scale, unit = form
    text = "It was " + template.format(n=written) + " last year."
    (q,) = find_quantities(text, "en")
    assert q.value == Decimal(f"{whole}.{digits}") * scale
    assert q.unit == unit
