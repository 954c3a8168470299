"""Quantity mentions in running text: money, percentages, basis points, share counts,
counts and bare numbers, with ranges and qualifiers, each with its exact span.

Pure (no spaCy), no global mutable state. One compiled regex per language finds
number cores (digits, Chinese numerals, English number words); small anchored regexes
then read the currency before, the scale word, unit and qualifier around each core,
and reject numbers that are parts of names, dates, codes or times.

The scanner is built from cooperating pieces, one module each: ``quantity_grammar``
(the regexes, built from the words in ``extractor/lang``), ``quantity_marks`` (sign,
currency and brackets around a number; the per-text state), ``quantity_exclusions``
(dates, codes, names), ``quantity_arabic`` (digits), ``quantity_numerals`` (Chinese
numerals and English number words) and ``quantity_ranges`` (ranges, compounds, paired
currencies). This module joins them and adds qualifiers and per-share.

>>> [(q.text, str(q.value), q.unit) for q in find_quantities("营收1.669亿美元，增长88%", "zh")]
[('1.669亿美元', '166900000', 'USD'), ('88%', '88', '%')]
>>> q = find_quantities("revenue of about $700 to $705 million in Q3 2021", "en")[0]
>>> q.text, str(q.value), str(q.value_high), q.unit, q.qualifier, q.qualifier_text
('$700 to $705 million', '700000000', '705000000', 'USD', '~', 'about')
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

import attrs

from .currencies import CurrencyHints, CurrencyTable, LazyHints
from .lang import get_language
from .normalize.prefilter import with_first_chars
from .quantity_arabic import _ArabicNumbers
from .quantity_atoms import _Atom
from .quantity_exclusions import _HYPHEN_QUALIFIER
from .quantity_grammar import _MASTER
from .quantity_numerals import _ChineseNumerals, _EnglishWords
from .quantity_ranges import _join_compounds, _merge_range, _paired_currency

__all__ = ["Qualifier", "Quantity", "find_quantities", "parse_quantity"]

Qualifier = Literal["~", ">", ">=", "<", "<="]


@attrs.frozen
class Quantity:
    """One quantity mention.

    ``start``/``end`` are half-open offsets into the text given to
    :func:`find_quantities`, and ``text == that_text[start:end]``. ``value`` is in
    base units ("$1.2 billion" -> 1200000000); a percentage keeps the number as
    written ("50%" -> 50). ``unit`` is an ISO 4217 code, ``"%"``, ``"bp"``, ``"pp"``,
    ``"shares"``, ``"count"`` (a Chinese classifier such as 名/家/个) or ``None`` for a
    bare number. Qualifier words stay outside the span.
    """

    start: int
    end: int
    text: str
    value: Decimal
    value_high: Decimal | None
    unit: str | None
    qualifier: Qualifier | None
    qualifier_text: str | None
    per_share: bool


# -- qualifiers and per share ---------------------------------------------------------

_EN = get_language("en")
_ZH = get_language("zh")

_QUAL_WORDS: Final[dict[str, Qualifier]] = {
    **_EN.table("QUALIFIER_WORDS"),
    **_ZH.table("QUALIFIER_WORDS"),
}
# searched for in the window before a number (a lookahead of its first characters
# passes over the window's other positions quickly)
_QUAL_BEFORE: Final = with_first_chars(re.compile(
    r"(?:(?<![A-Za-z])(?P<en>(?i:" + _EN.regex("QUALIFIER_BEFORE") + r"))\s{1,2}"
    r"|(?P<zh>" + _ZH.regex("QUALIFIER_BEFORE") + r") ?)$"
))
_QUAL_AFTER: Final = re.compile(
    r"(?P<en>\s(?i:" + _EN.regex("QUALIFIER_AFTER") + r")(?![A-Za-z])"
    r"|\s?(?i:" + _EN.regex("QUALIFIER_PLUS") + r")(?![A-Za-z])(?![\s$]{0,3}\d)"
    r"|\+(?![\s$]{0,3}\d))"
    r"|\s?(?P<zh>" + _ZH.regex("QUALIFIER_AFTER") + ")"
)
_PER_SHARE_AFTER: Final = re.compile(
    r"(?:\s?(?i:" + _EN.regex("PER_SHARE_LINKS") + r")\s?(?i:" + _EN.regex("PER_SHARE_KINDS")
    + r")?(?i:" + _EN.regex("PER_SHARE_NOUNS") + r")(?![A-Za-z])|"
    + _EN.regex("PER_SHARE_HYPHENATED") + "|" + _ZH.regex("PER_SHARE_AFTER") + ")"
)
_PER_SHARE_BEFORE: Final = with_first_chars(re.compile(
    r"(?:(?<![A-Za-z])(?i:" + _EN.regex("PER_SHARE_BEFORE") + r")(?:\s(?i:"
    + _EN.regex("PER_SHARE_BEFORE_LINKS") + r"))?\s{0,2}"
    r"|" + _ZH.regex("PER_SHARE_BEFORE") + r"[^\d\s，。；,;:：]{0,5})$"
))

_VAGUE_ZH_CHARS: Final = frozenset("数數几幾")
_ZH_QUAL_LAST: Final = frozenset(w[-1] for w in _QUAL_WORDS if not w.isascii())


class _Scanner(_ArabicNumbers, _ChineseNumerals, _EnglishWords):
    """One pass over one text (holds per-call state only): every kind of number core."""

    def atoms(self) -> list[_Atom]:
        """Every single mention, in order, before ranges are joined."""
        master = _MASTER["zh" if self.lang == "zh" else "en"]
        t = self.t
        out: list[_Atom] = []
        pos = 0
        while pos < len(t):
            m = master.search(t, pos)
            if m is None:
                break
            if m.group("arabic") is not None:
                atom, nxt = self.arabic(m)
            elif m.lastgroup == "words" or self.lang == "en":
                atom, nxt = self.words(m)
            elif m.group("cn") is not None:
                atom, nxt = self.pure_cn(m)
            else:
                atom, nxt = self.pct_prefix(m)
            if atom is not None and (not out or atom.start >= out[-1].end):
                out.append(atom)
                self.floor = atom.end
                self.last = atom
            pos = max(nxt, m.start() + 1)
        if self.lang == "en" and ("illions of" in t or "housands of" in t):
            out = self._with_vague(out)
        if self.lang == "zh" and _VAGUE_ZH_CHARS.intersection(t):
            out = self._with_vague_zh(out)
        if self.lang == "en" and ("alf" in t or "uarter" in t):
            out = self._with_fractions(out)
            if "oint" in t:
                out = self._with_point_fractions(out)
        return out


# signs written right before a value that qualify it ("~$500M", "≈5%", "<1%", "≥ 10%")
_QUAL_SIGNS: Final[dict[str, Qualifier]] = {
    "~": "~", "∼": "~", "≈": "~", "<": "<", ">": ">", "≤": "<=", "≥": ">=",
}  # fmt: skip
_BEFORE_QUAL_SIGN: Final = frozenset(("", " ", "\n", "\t", "(", "[", ":", "（", "：", "，", ","))


def _qualify(t: str, src: str, a: _Atom) -> tuple[Qualifier | None, str | None]:
    if a.vague:
        return "~", None
    pre = t[max(0, a.start - 24) : a.start]
    last = pre.rstrip(" ")[-1:]
    if (
        last in _QUAL_SIGNS
        and len(pre) - len(pre.rstrip(" ")) <= 1
        and pre.rstrip(" ")[-2:-1] in _BEFORE_QUAL_SIGN
    ):
        # after a space or an opening mark: not a range ("4元~10元", "5~10%"), not an arrow
        return _QUAL_SIGNS[last], last
    m = None
    if last and (last in _ZH_QUAL_LAST or last.isascii() and last.isalpha() or last == "."):
        m = _QUAL_BEFORE.search(pre)
    if m:
        word = (m.group("en") or m.group("zh")).strip()
        key = " ".join(word.lower().split())
        if key in _QUAL_WORDS:
            off = max(0, a.start - 24) + m.start("en" if m.group("en") else "zh")
            return _QUAL_WORDS[key], src[off : off + len(word)]
    m2 = _QUAL_AFTER.match(t, a.end)
    if m2:
        word = m2.group().strip()
        key = " ".join(word.lower().split())
        if key in _QUAL_WORDS:
            off = a.end + m2.group().index(word[0])
            return _QUAL_WORDS[key], src[off : off + len(word)]
    if m is None and t.endswith("-", 0, a.start):
        h = _HYPHEN_QUALIFIER.search(t, max(0, a.start - 5), a.start)
        if h is not None:  # "sub-1%"
            word = h.group().rstrip("-")
            return _QUAL_WORDS[word.lower()], src[h.start() : h.start() + len(word)]
    if a.inner_qual:
        return _QUAL_WORDS.get(a.inner_qual.lower(), ">"), a.inner_qual.lstrip("-")
    return None, None


def _per_share(t: str, a: _Atom) -> bool:
    if a.unit is None or a.unit in ("%", "bp", "pp", "shares", "count"):
        return False
    if _PER_SHARE_AFTER.match(t, a.end):
        return True
    pre = t[max(0, a.start - 16) : a.start]
    if "每股" not in pre and "share" not in pre.lower() and "eps" not in pre.lower():
        return False
    return bool(_PER_SHARE_BEFORE.search(pre))


_FROM_AFTER_RANGE: Final = re.compile(_EN.regex("RANGE_FROM_AFTER_RANGE"))


def find_quantities(
    text: str,
    lang: Literal["en", "zh"],
    *,
    currencies: CurrencyTable | None = None,
    hints: CurrencyHints | LazyHints | None = None,
) -> list[Quantity]:
    """All quantity mentions in ``text``, in document order, non-overlapping.

    ``lang`` decides which numeral words are read: Chinese numerals ("两亿元",
    "四家") for ``"zh"``, English number words ("two hundred million") for
    ``"en"``; digits, currencies and units are read in both.

    >>> [(q.text, str(q.value), q.unit) for q in find_quantities(
    ...     "Twilio的IPO发行价为15美元，超过了此前制定的发行价区间12美元至14美元。", "zh")]
    [('15美元', '15', 'USD'), ('12美元至14美元', '12', 'USD')]
    >>> [(q.text, q.qualifier) for q in find_quantities("约1000万美元的投资", "zh")]
    [('1000万美元', '~')]
    >>> find_quantities("In fiscal 2022 (see Form 10-K), 5G and COVID-19", "en")
    []
    >>> q = find_quantities("EPS of $(0.03) per share", "en")[0]
    >>> q.text, str(q.value), q.per_share
    ('$(0.03)', '-0.03', True)
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects a str, got {type(text).__name__}")
    if lang not in ("en", "zh"):
        raise ValueError(f'lang must be "en" or "zh", got {lang!r}')
    scanner = _Scanner(text, lang, currencies or CurrencyTable.default(), hints)
    t = scanner.t
    atoms = scanner.atoms()
    atoms = _join_compounds(t, atoms)
    merged: list[_Atom] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms) and not atoms[i + 1].provisional:
            after_range = (
                bool(merged)
                and merged[-1].value_high is not None
                and _FROM_AFTER_RANGE.fullmatch(t, merged[-1].end, atoms[i].start) is not None
            )
            r = _merge_range(t, atoms[i], atoms[i + 1], after_range)
            if r is not None:
                merged.append(r)
                i += 2
                continue
        if not atoms[i].provisional:  # (a bare number word no range took)
            merged.append(atoms[i])
        i += 1
    if lang == "en" and len(merged) > 1:
        merged = _paired_currency(t, merged)
    out = []
    for a in merged:
        q, qt = _qualify(t, text, a)
        out.append(
            Quantity(
                start=a.start,
                end=a.end,
                text=text[a.start : a.end],
                value=a.value,
                value_high=a.value_high,
                unit=a.unit,
                qualifier=q,
                qualifier_text=qt,
                per_share=_per_share(t, a),
            )
        )
    return out


def parse_quantity(text: str, lang: Literal["en", "zh"]) -> Quantity | None:
    """``text`` read as exactly one quantity (leading and trailing space ignored).

    >>> q = parse_quantity("百分之五十", "zh")
    >>> str(q.value), q.unit
    ('50', '%')
    >>> parse_quantity("2021", "en") is None
    True
    """
    qs = find_quantities(text, lang)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if len(qs) == 1 and qs[0].start == lead and qs[0].end == lead + len(stripped):
        return qs[0]
    return None
