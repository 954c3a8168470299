"""A single number read from text (an atom) and what was written before it.

Atoms are what the scanner finds; ranges, qualifiers and per-share are added later by
:mod:`extractor.quantities`.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from .normalize.numbers import clean_decimal


@attrs.frozen
class _Atom:
    """A single number with its unit, before ranges, qualifiers and per-share."""

    start: int
    end: int
    value: Decimal
    unit: str | None
    raw: Decimal  # the number as written, before scale and unit factor (signed)
    scale: Decimal  # the scale written with it (1 when none)
    scaled: bool  # a scale word or character was written ("million", "亿")
    factor: Decimal  # the unit's factor (0.01 for cents, 10 for 成)
    inner_qual: str | None = None  # "余"/"多" inside the span ("1000余万元")
    hyphen_sign: bool = False  # began with "-": may be a range dash ("10% - 15%")
    value_high: Decimal | None = None
    vague: bool = False  # "tens of millions of dollars": a range of magnitudes
    # a bare number word kept only as the lower end of a range ("five to seven per cent");
    # dropped when no range takes it
    provisional: bool = False


def _signed_atom(
    start: int,
    end: int,
    value: Decimal,
    raw: Decimal,
    neg: bool,
    *,
    unit: str | None,
    factor: Decimal,
    scale: Decimal = Decimal(1),
    scaled: bool = False,
    inner: str | None = None,
    hyphen: bool = False,
) -> _Atom:
    """An atom from unsigned ``value`` (in base units) and ``raw`` (as written); ``neg``
    signs both; ``hyphen``: the sign was a leading "-" (maybe a range dash)."""
    if neg:
        value, raw = -value, -raw
    return _Atom(
        start=start,
        end=end,
        value=clean_decimal(value),
        unit=unit,
        raw=raw,
        scale=scale,
        scaled=scaled,
        factor=factor,
        inner_qual=inner,
        hyphen_sign=hyphen and neg,
    )


@attrs.frozen
class _Pre:
    """What was written just before a number: sign, currency, parenthesis."""

    start: int
    code: str | None = None  # currency
    generic: bool = False  # the currency is a loose one ("$", "元")
    neg: bool = False
    hyphen: bool = False  # the sign was "-"
    paren: bool = False  # "(" directly before the digits
    outer_paren: bool = False  # "(" before the currency: "($3.2) million"
    cur_start: int = -1  # where the currency starts
    scale: Decimal = Decimal(1)  # a scale letter glued before a currency code ("MSEK 1,234")
