"""extractor.quantity_atoms: one number with its sign, unit and scale."""

from __future__ import annotations

from decimal import Decimal

from extractor.quantity_atoms import _Pre, _signed_atom


def test_signed_atom_negates_value_and_raw_and_cleans_the_value() -> None:
    a = _signed_atom(3, 9, Decimal("2500000.000"), Decimal("2.5"), True, unit="USD",
                     factor=Decimal(1), scale=Decimal(1000000), scaled=True)  # fmt: skip
    assert (a.value, a.raw, a.unit, a.scaled) == (Decimal(-2500000), Decimal("-2.5"), "USD", True)
    assert str(a.value) == "-2500000"


def test_hyphen_sign_is_kept_only_for_a_negative_atom() -> None:
    neg = _signed_atom(0, 3, Decimal(10), Decimal(10), True, unit="%", factor=Decimal(1),
                       hyphen=True)  # fmt: skip
    pos = _signed_atom(0, 3, Decimal(10), Decimal(10), False, unit="%", factor=Decimal(1),
                       hyphen=True)  # fmt: skip
    assert neg.hyphen_sign and not pos.hyphen_sign
    assert pos.value == 10 and neg.value == -10


def test_prefix_defaults_say_nothing_was_written() -> None:
    p = _Pre(7)
    assert (p.start, p.code, p.neg, p.paren, p.cur_start) == (7, None, False, False, -1)
