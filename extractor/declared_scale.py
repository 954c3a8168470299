"""A statement's note of scale: "(In millions, except per share amounts)" (or a line
opening "Amounts in thousands:") before amounts
written without one ("Net revenues were $4,321 in fiscal 2023") makes them millions.

Filings print tables and statements with their scale once, in a note; reading "$4,321"
there as four thousand dollars is wrong by a factor of a million, with no error. A note
applies from where it stands to the next blank line (its table or statement); only a sum
of money written with no scale of its own takes it, never a percentage, a count, a sum per
share, a sum in a minor unit, or one that names its own scale ("$36.25 billion").

Pure and cheap: no spaCy; text without "thousands", "millions" or "billions" is not searched.

>>> text = "(In millions, except per share amounts)\\nNet revenues were $4,321."
>>> notes = declared_scales(text)
>>> [(text[a:b], str(f)) for a, b, f in notes]
[('\\nNet revenues were $4,321.', '1000000')]
>>> scale_at(notes, text.index("$4,321"))
Decimal('1000000')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from .lang import get_language
from .normalize.numbers import parse_number
from .normalize.prefilter import with_first_chars

__all__ = ["declared_factor", "declared_scales", "declared_units", "scale_at", "unit_at"]

_EN = get_language("en")
_NOTE: Final = re.compile(_EN.regex("DECLARED_SCALE"), re.IGNORECASE)
_NOTE_LINE: Final = re.compile(_EN.regex("DECLARED_SCALE_LINE"), re.IGNORECASE)
_WORDS: Final = _EN.words("DECLARED_SCALE_WORDS")
# a text naming no scale word has no note (a quick test before the note's pattern)
# (searched for in every document: a lookahead of its first characters passes over the
# positions no word can start at quickly)
_GATE: Final = with_first_chars(re.compile("|".join(_WORDS), re.IGNORECASE))
_SCALES: Final = _EN.table("NUMERAL_SCALES")
_FACTORS: Final = {w: Decimal(_SCALES[w.removesuffix("s")]) for w in _WORDS}  # "millions": 10**6
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")
_PER_SHARE_METRICS: Final = _EN.word_set("DECLARED_SCALE_PER_SHARE_METRICS")
_NUMBER: Final = re.compile(r"\d[\d,]*(?:\.\d+)?")

Note = tuple[int, int, Decimal]  # (from, to, factor): the stretch of text a note scales


def declared_scales(text: str) -> list[Note]:
    """The stretches of ``text`` each scale note governs, in order: from the note's end to
    the next blank line (or the next note)."""
    if _GATE.search(text) is None:
        return []
    found = [*_NOTE.finditer(text), *_NOTE_LINE.finditer(text)]
    found.sort(key=lambda m: m.start())
    notes = [(m.end(), _FACTORS[m.group("scale").lower()]) for m in found]
    ends = _stretch_ends(text, [start for start, _ in notes])
    return [(start, end, factor) for (start, factor), end in zip(notes, ends)]


def _stretch_ends(text: str, starts: Sequence[int]) -> list[int]:
    """Where the stretch of each note (starting at ``starts``, in order) ends: the next
    blank line or the next note."""
    ends: list[int] = []
    for i, start in enumerate(starts):
        blank = _BLANK_LINE.search(text, start)
        end = blank.start() if blank else len(text)
        if i + 1 < len(starts):
            end = min(end, starts[i + 1])
        ends.append(end)
    return ends


_ZH = get_language("zh")
_UNIT_NOTE: Final = re.compile(_ZH.regex("DECLARED_UNIT"))
_UNIT_CURRENCIES: Final = _ZH.table("DECLARED_UNIT_CURRENCIES")

UnitNote = tuple[int, int, Decimal, str]  # (from, to, factor, currency) of bare numbers


def declared_units(text: str) -> list[UnitNote]:
    r"""The stretches of ``text`` each Chinese unit note governs ("单位：万元": bare numbers
    are ten-thousands of yuan), from the note to the next blank line or note, with the
    note's factor and currency. Only bare numbers in a table's rows of money take it:
    amounts in prose write their own unit.

    >>> t = "单位：万元\n营业收入    125,432.10"
    >>> [(t[a:b], str(f), c) for a, b, f, c in declared_units(t)]
    [('\n营业收入    125,432.10', '10000', 'CNY')]
    >>> [c for _, _, _, c in declared_units("单位：千元 币种：美元")]
    ['USD']
    """
    if "位" not in text:
        return []
    found = []
    for m in _UNIT_NOTE.finditer(text):
        name = m.group("cur2") or m.group("cur1") or m.group("unit")
        factor = parse_number("1" + m.group("scale")) if m.group("scale") else None
        found.append((m.end(), factor or Decimal(1), _UNIT_CURRENCIES[name]))
    ends = _stretch_ends(text, [start for start, _, _ in found])
    return [(start, end, factor, cur) for (start, factor, cur), end in zip(found, ends)]


def unit_at(notes: Sequence[UnitNote], pos: int) -> tuple[Decimal, str] | None:
    """(factor, currency) of the unit note whose stretch holds ``pos``, or None."""
    for a, b, factor, currency in notes:
        if a <= pos < b:
            return factor, currency
    return None


def scale_at(notes: Sequence[Note], pos: int) -> Decimal | None:
    """The factor of the note whose stretch holds ``pos``, or None."""
    i = bisect_right([a for a, _, _ in notes], pos) - 1
    if i < 0:
        return None
    a, b, factor = notes[i]
    return factor if a <= pos < b else None


def declared_factor(
    notes: Sequence[Note], pos: int, text: str, value: Decimal, unit: str, metric: str, per_share: bool
) -> Decimal | None:
    """The factor a note gives the amount ``text`` (of ``value`` in ``unit``, at ``pos``
    of the document), or None when it takes none: not money, per share, a per-share
    metric, a minor unit, or a scale written with it ("$36.25 billion", "$5m").

    >>> notes = [(0, 100, Decimal(10**6))]
    >>> declared_factor(notes, 10, "$4,321", Decimal(4321), "USD", "revenue", False)
    Decimal('1000000')
    >>> declared_factor(notes, 10, "$4.3 billion", Decimal(4300000000), "USD", "revenue", False) is None
    True
    >>> declared_factor(notes, 10, "$(0.42)", Decimal("-0.42"), "USD", "eps", False) is None
    True
    """
    if not notes or per_share or metric in _PER_SHARE_METRICS:
        return None
    if len(unit) != 3 or not unit.isupper():
        return None  # "%", "bp", "shares", "count": no scale note applies
    digits = _NUMBER.search(text)
    if digits is None or Decimal(digits.group().replace(",", "")) != abs(value):
        return None  # a scale, a minor unit or a number word is written with it
    return scale_at(notes, pos)
