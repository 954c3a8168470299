"""Joining atoms: compound amounts, ranges, and a currency shared by paired amounts."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .lang import get_language
from .normalize.numbers import clean_decimal, scale_of
from .quantity_atoms import _Atom

_EN = get_language("en")
_ZH = get_language("zh")
_TO: Final = _EN.regex("RANGE_TO")
_AND: Final = _EN.regex("RANGE_AND")
_TO_WORDS: Final = frozenset((_TO, *_ZH.words("RANGE_CONNECTOR_WORDS")))
_DASHES: Final = ("-", "–", "—")

_BETWEEN_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?i:" + _EN.regex("RANGE_BETWEEN") + r")\s{1,2}$|"
    + "|".join(w + "$" for w in _ZH.regex("RANGE_BETWEEN").split("|"))
)
_ABOUT_WORDS: Final = _EN.regex("RANGE_ABOUT_WORDS")
_FROM_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?i:{_EN.regex('RANGE_FROM')}\s{{1,2}}"
    rf"(?:(?:{_ABOUT_WORDS}|{_EN.regex('RANGE_FROM_BOUNDS')})\s{{1,2}})?)$"
    rf"|{_ZH.regex('RANGE_FROM')}$"
)
# before the first of two values "X to Y" that are a change and a level, not a range
_CHANGE_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?i:{_EN.regex('RANGE_CHANGE_BEFORE')})\s{{1,2}}"
    rf"(?i:(?:{_ABOUT_WORDS})\s{{1,2}})?$"
)
_ZH_TO: Final = frozenset(_ZH.words("RANGE_CONNECTOR_WORDS"))
_ZH_CHANGE_BEFORE: Final = re.compile(_ZH.regex("RANGE_CHANGE_BEFORE"))
_ZH_FUTURE: Final = re.compile(_ZH.regex("RANGE_FUTURE_CUES"))
# "expected to be down 2% to 6%", "will be up 3 to 5 percent": a change said of the
# future is a range of changes, never a change to a level
_FUTURE_CHANGE_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?i:{_EN.regex('RANGE_FUTURE_BE')})\s{{1,2}}"
    rf"(?i:{_EN.regex('RANGE_FUTURE_DIRECTIONS')})\s{{1,2}}(?i:(?:{_ABOUT_WORDS})\s{{1,2}})?$"
)
_NEGATIVE_WORD: Final = re.compile(r"(?i:" + _EN.regex("NUMERAL_SIGN_WORDS") + r")\s")
_RANGING_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?i:" + _EN.regex("RANGE_RANGING") + r"\s{1,2})(?:\S+\s{1,2})?$"
)
_PER_SHARE_GAP: Final = re.compile(
    r"\s{1,2}(?i:" + _EN.regex("RANGE_PER_SHARE_GAP") + r")\s{1,2}(?P<conn>(?i:" + _TO + r"))\s{1,2}"
)
_RANGE_CONNECTORS: Final = frozenset({*_DASHES, "~", "～", "〜", *_TO_WORDS, _AND})
# "plus 10% to plus 12%", "minus 1% to plus 1%": a spoken sign on the range's upper end
# (and the same word before its lower end); "$41 million plus $29 million" is a sum, so
# the word counts only after a range connector
_PLUS: Final = _EN.regex("QUALIFIER_PLUS")
_PLUS_GAP: Final = re.compile(
    r"(?P<gap>\s{1,2}(?i:" + _EN.regex("RANGE_PLUS_CONNECTORS") + r")\s{1,2}|\s?[-–—]\s?)"
    r"(?i:" + _PLUS + r")\s{1,2}"
)
_PLUS_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?i:" + _PLUS + r")\s{1,2}$")
_WORD_AFTER: Final = re.compile(r"\s?[A-Za-z]")  # "$5 to 10 employees": not a range


_COMPOUND_GAP: Final = re.compile(r"(?:,? (?i:" + _EN.regex("COMPOUND_AND") + r") | |, )")
_COMPOUND_END: Final = re.compile(r"\s*(?:[,;:!?)\]]|\.(?!\S)|$)")


_YUAN: Final = frozenset(_ZH.regex("QUANTITY_YUAN_CHARS"))


def _join_compounds(t: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "3 dollars 50 cents", "13 dollars and 45 cents", "15 dollars 50": one amount.

    The first part is a whole number with its currency written after it; the second is
    a minor unit of the same currency, or (before a punctuation mark or the end) a bare
    number of one or two digits.
    """
    if len(atoms) < 2:
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = None
        if (
            b is not None
            and a.unit is not None
            and len(a.unit) == 3
            and a.factor == 1
            and not a.scaled
            and a.value_high is None
            and a.value > 0
            and a.value == a.value.to_integral_value()
            and not t[a.end - 1].isdigit()
            and t[a.end - 1].isascii()  # "dollars", "USD", "$": not "1,314,573元 19."
            and _COMPOUND_GAP.fullmatch(t, a.end, b.start)
            and b.value_high is None
            and not b.scaled
            and 0 < b.raw < 100
            and b.raw == b.raw.to_integral_value()
        ):
            if b.unit == a.unit and b.factor < 1:
                joined = b.value  # "50 cents"
            elif b.unit is None and len(t[b.start : b.end]) <= 2 and _COMPOUND_END.match(t, b.end):
                joined = b.raw / 100  # "15 dollars 50."
        if joined is not None and b is not None:
            out.append(attrs.evolve(a, end=b.end, value=clean_decimal(a.value + joined)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _merge_range(t: str, a: _Atom, b: _Atom, after_range: bool = False) -> _Atom | None:
    """``a`` and ``b`` read as one range ("50% to 52%", "12至14美元"), else None.
    ``after_range``: a range stands right before "from" ``a`` ("to $5.10 to $5.20, from
    $4.95 to $5.05"): the earlier range, not a change from ``a`` to ``b``."""
    if a.vague or b.vague or a.value_high is not None:
        return None
    if a.provisional:  # "three to four billion dollars": the lower end in the upper's unit
        mult = _scale_of_upper(t, b)
        if mult is None:
            return None
        a = attrs.evolve(
            a, value=clean_decimal(a.raw * mult * b.factor), unit=b.unit, factor=b.factor,
            scale=mult, scaled=mult != 1,
        )  # fmt: skip
    joint = _range_gap(t, a, b)
    if joint is None:
        return None
    gap, a_start, b_value = joint
    conn = gap.strip()
    if not _is_range_connector(t, gap, a_start, after_range):
        return None
    ends = _range_ends(t, a, b, b_value, conn)
    if ends is None:
        return None
    a_value, b_value, b = ends
    if a_value < 0 < b_value < -a_value and _NEGATIVE_WORD.match(t, a.start):
        b_value = -b_value  # "negative $0.09 to $0.08": the word is the whole range's
    if a_value > b_value:
        if not b_value < 0:
            return None
        a_value, b_value = b_value, a_value  # "-1.5 to -2.0%": ends written by size
    if _change_then_level(t, a, a_start, a_value, b_value, conn):
        return None
    if (
        a.unit is None
        and b.unit is None
        and conn in _DASHES
        and not (a.scaled or b.scaled)
        and " " not in gap
        and len(str(a.raw)) >= 3
        and len(str(b.raw)) >= 3
    ):
        return None  # "555-1234", "2019-2020"-like: not a range of counts
    return attrs.evolve(
        b,
        start=a_start,
        value=clean_decimal(a_value),
        value_high=clean_decimal(b_value),
        inner_qual=a.inner_qual or b.inner_qual,
        hyphen_sign=a.hyphen_sign,
    )


_SCALE_WORD: Final = re.compile(r"(?i)\b(?:" + _EN.regex("RANGE_SCALE_WORDS") + r")\b")


def _scale_of_upper(t: str, b: _Atom) -> Decimal | None:
    """The scale a range's upper end was written with, for a lower end written as a bare
    number word: digits' own scale; in words, its one scale word ("four billion"); None
    for two ("seven hundred million": is the lower end five or five hundred million?)."""
    if t[b.start : b.start + 1].isdigit() or not b.scaled:
        return b.scale if b.scaled else Decimal(1)
    words = _SCALE_WORD.findall(t, b.start, b.end)
    if len(words) != 1:
        return None
    return scale_of(words[0].lower())


def _range_gap(t: str, a: _Atom, b: _Atom) -> tuple[str, int, Decimal] | None:
    """(the connecting text, where the range starts, the upper end's value) of two atoms
    that may be a range, or None when they are too far apart."""
    gap = t[a.end : b.start]
    a_start = a.start
    per_share = _PER_SHARE_GAP.fullmatch(gap)
    plus = _PLUS_GAP.fullmatch(gap) if b.value > 0 and b.unit is not None else None
    if per_share is not None:  # "$3.75 per share to $3.95 per share"
        gap = gap[per_share.start("conn") - 1 :]
    elif plus is not None:  # "plus 10% to plus 12%": the word only signs the end
        gap = plus.group("gap")
        lead = _PLUS_BEFORE.search(t[max(0, a.start - 8) : a.start])
        if lead is not None and a.value >= 0:
            a_start = max(0, a.start - 8) + lead.start()
    elif b.start - a.end > 8:
        return None
    b_value = b.value
    if b.hyphen_sign and not gap.strip():
        # "10% - 15%": the "-" was a dash, not a sign
        k = b.start
        while k < b.end and t[k] in " -−":
            k += 1
        gap = t[a.end : k]
        b_value = -b.value
    return gap, a_start, b_value


def _is_range_connector(t: str, gap: str, a_start: int, after_range: bool = False) -> bool:
    """Whether ``gap`` joins two ends of a range, given what is written before them
    ("between 5 and 7", not "from 5 to 7" which is a change)."""
    conn = gap.strip().lower()
    if conn not in _RANGE_CONNECTORS:
        return False
    if conn in (_TO, _AND) and not (gap[:1].isspace() and gap[-1:].isspace()):
        return False
    pre = t[max(0, a_start - 12) : a_start]
    if conn == _AND and not _BETWEEN_BEFORE.search(pre):
        return False
    # "from $5 million to $10 million": a change, not a range ("ranging from" is one)
    return not (
        conn in _TO_WORDS
        and not after_range
        and _FROM_BEFORE.search(pre)
        and not _RANGING_BEFORE.search(t[max(0, a_start - 24) : a_start])
    )


_SCALE_CHARS: Final = frozenset("万萬亿億千百十")


def _yuan_then_named(t: str, a: _Atom, b: _Atom) -> bool:
    """Is ``a`` a bare 元 amount and ``b`` one whose 元 a currency name follows ("1,296億元至
    1,376億元新台幣")? The name after the last 元 names both ends."""
    return (
        a.unit == "CNY"
        and b.unit is not None
        and b.unit != "CNY"
        and t[a.end - 1 : a.end] in _YUAN
        and any(
            c in _YUAN and k + 1 < b.end and (t[k - 1].isdigit() or t[k - 1] in _SCALE_CHARS)
            for k, c in enumerate(t[b.start : b.end], start=b.start)
        )  # a bare 元 with the name after it, not "1亿美元" (a currency of its own)
    )


def _range_ends(
    t: str, a: _Atom, b: _Atom, b_value: Decimal, conn: str
) -> tuple[Decimal, Decimal, _Atom] | None:
    """(lower value, upper value, upper atom with the range's unit): the unit and scale
    written once apply to both ends; None when the ends are in different units."""
    unit_once = (
        a.unit is not None
        and len(a.unit) == 3
        and b.unit is None
        and (conn.lower() in _DASHES or conn.lower() in _TO_WORDS)
        and (b.scaled or not _WORD_AFTER.match(t, b.end))
    )  # "$1.2-1.4 billion", "€3-4m", "$5 to 6": the currency is written once
    if _yuan_then_named(t, a, b):
        a = attrs.evolve(a, unit=b.unit)  # "1,296億元至1,376億元新台幣": both NT$
    if a.unit is not None and a.unit != b.unit and not unit_once:
        return None
    if unit_once:
        scale = b.scale if b.scaled and not a.scaled else a.scale
        a_value = a.raw * scale * a.factor
        b_value = b_value * (1 if b.scaled else scale) * a.factor
        b = attrs.evolve(b, unit=a.unit, factor=a.factor, scale=scale, scaled=a.scaled or b.scaled)
    elif a.unit is None and b.unit is not None:
        mult = (a.scale if a.scaled else b.scale) * b.factor
        a_value = a.raw * mult
    elif not a.scaled and b.scaled:
        a_value = a.raw * b.scale * a.factor
        if a_value > b_value:
            a_value = a.value
    else:
        a_value = a.value
    return a_value, b_value, b


def _change_then_level(
    t: str, a: _Atom, a_start: int, a_value: Decimal, b_value: Decimal, conn: str
) -> bool:
    """ "declined by $1.4 million to $54.5 million", "increased $5 million to $227.9
    million", "fell 29.3% or $79.3 million to $190.9 million": a change, then the level."""
    if conn in _ZH_TO:  # "减少3亿元至12亿元", "增长20%至5亿元"
        return (
            _ZH_CHANGE_BEFORE.search(t, max(0, a_start - 12), a_start) is not None
            and not _ZH_FUTURE.search(t, max(0, a_start - 30), a_start)
            and a_value > 0
            and b_value > 2 * a_value
        )
    if conn.lower() != _TO:
        return False
    before = t[max(0, a_start - 40) : a_start]
    return bool(
        _CHANGE_BEFORE.search(before)
        and not (a.unit == "%" and _FUTURE_CHANGE_BEFORE.search(before))
        and a_value > 0
        and b_value > 2 * a_value
    )


# "41 million of opex plus $29 million of capex", "$12 million in Q1 and 15 million in
# Q2": spoken amounts drop the currency of the amount they are paired with. Both are
# written with the same scale word, joined by a coordinating word, each at most followed
# by a short "of"/"in" phrase; the number with no currency takes its partner's.
_SCALE_WORD_END: Final = re.compile(
    r"(?<![A-Za-z])(?P<w>" + _EN.regex("PAIR_SCALE_WORDS") + ")$", re.IGNORECASE
)
_OF_PHRASE: Final = (
    r"(?:\s(?i:" + _EN.regex("PAIR_OF") + r")\s"
    r"(?P<phrase>[A-Za-z0-9][A-Za-z0-9&'-]*(?:\s[A-Za-z0-9][A-Za-z0-9&'-]*){0,3}))?"
)
_PAIR_JOIN: Final = r"(?:,?\s(?i:" + _EN.regex("PAIR_JOIN") + r")\s{1,2})"
_PAIR_GAP: Final = re.compile(_OF_PHRASE + _PAIR_JOIN)
_PAIR_AFTER: Final = re.compile(
    _OF_PHRASE + r"(?=\s?[,;:.!?)]|\s?$|\s(?i:" + _EN.regex("PAIR_AFTER") + r")(?![A-Za-z]))"
)
# what a number of millions counts rather than costs ("41 million of shares plus ...")
_COUNTED_IN_PHRASE: Final = re.compile(
    r"(?i:\b(?:" + _EN.regex("PAIR_COUNTED_NOUNS") + r")\b)"
)


def _scale_word(t: str, a: _Atom) -> str | None:
    m = _SCALE_WORD_END.search(t, max(a.start, a.end - 12), a.end)
    return m.group("w").lower() if m else None


def _paired_currency(t: str, atoms: list[_Atom]) -> list[_Atom]:
    """A scaled number written without a currency next to a paired money amount in the
    same currency (see ``_PAIR_GAP``) takes that currency; anything else is unchanged."""
    out = list(atoms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.unit is None) == (b.unit is None) or a.vague or b.vague:
            continue
        bare, money = (a, b) if a.unit is None else (b, a)
        if (
            money.unit is None
            or len(money.unit) != 3
            or money.factor != 1
            or bare.value_high is not None
            or money.value_high is not None
            or bare.value <= 0
            or not bare.scaled
        ):
            continue
        word = _scale_word(t, bare)
        if word is None or word != _scale_word(t, money):
            continue
        gap = _PAIR_GAP.fullmatch(t, a.end, b.start)
        if gap is None:
            continue
        if bare is b:
            after = _PAIR_AFTER.match(t, b.end)
            if after is None:
                continue  # "$5 million of revenue and 3 million users": a count
            phrase = after.group("phrase")
        else:
            phrase = gap.group("phrase")
        if phrase and _COUNTED_IN_PHRASE.search(phrase):
            continue
        out[i if bare is a else i + 1] = attrs.evolve(bare, unit=money.unit)
    return out
