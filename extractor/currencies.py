"""Currencies: the ``currencies.jsonl`` pattern files, and which currency a mark stands for.

Every way a currency is written (ISO code, symbol, prefixed symbol, English and Chinese
names, minor units) comes from ``patterns/currencies.jsonl``; a user's pattern directory
may carry a ``currencies.jsonl`` of its own whose entries are added to (or, for the same
``code``, replace) the built-in ones. Pure, no spaCy; the built-in table is read on first
use, not at import.

One line per currency::

    {"code": "AUD", "name": "Australian dollar",
     "symbols": ["A$", "$A", "AU$"],              # written before or after the digits
     "en": ["Australian dollar", "Australian dollars"],   # names, any case
     "zh": ["澳元", "澳币"],
     "minor": {"cent": "0.01"},                    # minor units and their factor
     "loose": [],                                  # own marks that name it only loosely
     "context": ["$", "dollars", "cents"],         # others' marks it takes where the
     "cues": ["A$", "Australian dollars"],         #   text says so (cues, datelines)
     "datelines": ["SYDNEY", "MELBOURNE"],
     "default_in": [],                             # languages where it owns its context marks
     "code_in_text": "any",                        # "any", "upper" or "no"
     "until": 2001}                                # a replaced currency's last year: its
                                                   #   context marks need a year up to it

Ambiguous marks are decided per document by :func:`currency_hints`, never guessed: a
``context`` mark goes to the currency whose cues the document carries more often than
those of the mark's default owner (a replaced currency, ``until`` a year, only in a text
that names a year up to it); a mark with no default owner (``"kr"``, ``"francs"``,
``"pesos"``) is read as a currency only when the document decides it.

>>> table = CurrencyTable.default()
>>> table.unit("HK$"), table.unit("cents"), table.unit("日元")
(('HKD', Decimal('1')), ('USD', Decimal('0.01')), ('JPY', Decimal('1')))
>>> currency_hints("SYDNEY, Feb 3 - BHP earned $1.2bn.").code("$", "en")
'AUD'
>>> currency_hints("Toyota earned ¥351.6 billion.").code("¥", "en")
'JPY'
>>> currency_hints("China's Tencent earned ¥12 billion.").code("¥", "en")
'CNY'
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final, Literal, cast

import attrs

from .errors import PatternError
from .normalize.numbers import fold
from .patterns import Field, builtin_patterns_dir, iter_pattern_files, read_jsonl

__all__ = [
    "CURRENCIES_FILE",
    "UNDECIDED_CURRENCY",
    "Currency",
    "CurrencyHints",
    "CurrencyTable",
    "currency_hints",
    "mark_key",
    "read_currencies_file",
]

CURRENCIES_FILE: Final = "currencies.jsonl"
#: the unit of a sum whose currency word several currencies share when the document does
#: not say which ("340 million francs", "3 billion kr" with no country named): ISO 4217's
#: code for no particular currency, so the value is money and no currency is guessed
UNDECIDED_CURRENCY: Final = "XXX"
MAX_MARK_CHARS: Final = 40

_LANGS: Final = ("en", "zh")
_SCHEMA: Final[Mapping[str, Field]] = {
    "code": Field(str, required=True),
    "name": Field(str),
    "symbols": Field(list, list_of=str),
    "en": Field(list, list_of=str),
    "zh": Field(list, list_of=str),
    "minor": Field(dict),
    "loose": Field(list, list_of=str),
    "context": Field(list, list_of=str),
    "cues": Field(list, list_of=str),
    "datelines": Field(list, list_of=str),
    "default_in": Field(list, list_of=str),
    "code_in_text": Field(str, choices=("any", "upper", "no")),
    "until": Field(int),
}
_CODE_RE: Final = re.compile(r"^[A-Z]{3}$")


@lru_cache(maxsize=4096)  # a handful of marks, looked up for every amount
def mark_key(token: str) -> str:
    """The lookup key of a currency mark as written: folded, lower case, without spaces
    or dots (``"U.S. $"`` -> ``"us$"``, ``"Hong Kong dollars"`` -> ``"hongkongdollars"``).

    >>> mark_key("U.S. $"), mark_key("Ｕｓ＄"), mark_key("Rs."), mark_key("港 元")
    ('us$', 'us$', 'rs', '港元')
    """
    return "".join(c for c in fold(token).lower() if not c.isspace() and c != ".")


@attrs.frozen
class Currency:
    """One entry of a currencies file (see the module docstring for the keys).

    ``source`` is ``"path:line"`` of the entry (for messages).
    """

    code: str
    name: str = ""
    symbols: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    minor: tuple[tuple[str, Decimal], ...] = ()
    loose: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    datelines: tuple[str, ...] = ()
    default_in: tuple[str, ...] = ()
    code_in_text: str = "any"
    until: int | None = None  # a replaced currency's last year (FRF: 2001)
    source: str = ""

    def own_marks(self) -> list[str]:
        """Every mark that names this currency (symbols, names, minor units)."""
        return [*self.symbols, *self.en, *self.zh, *(m for m, _ in self.minor)]


def _check_marks(p: Path, lineno: int, key: str, marks: Sequence[str]) -> None:
    for i, m in enumerate(marks):
        if len(m) > MAX_MARK_CHARS:
            raise PatternError(p, lineno, f'key "{key}"[{i}] {m!r}: longer than {MAX_MARK_CHARS} chars')
        if not mark_key(m):
            raise PatternError(p, lineno, f'key "{key}"[{i}] {m!r}: nothing but spaces and dots')
        if any(c.isdigit() for c in fold(m)):
            raise PatternError(p, lineno, f'key "{key}"[{i}] {m!r}: a currency mark has no digits')


def read_currencies_file(path: str | Path) -> list[Currency]:
    """Read and validate one ``currencies.jsonl`` file.

    Raises :class:`~extractor.PatternError` naming the file and line for: invalid JSON,
    an unknown or missing key, a code that is not three capital letters, a duplicate
    code, a mark with digits or too long, a minor unit whose factor is not a decimal
    between 0 and 1, a ``loose`` mark the entry does not own, a ``context`` mark the
    entry owns, an unknown language, or one mark given to two codes.
    """
    p = Path(path)
    out: list[Currency] = []
    seen_codes: dict[str, int] = {}
    owners: dict[str, tuple[str, int]] = {}
    for lineno, raw in read_jsonl(p, _SCHEMA):
        code = raw["code"]
        if not _CODE_RE.match(code):
            raise PatternError(p, lineno, f'code "{code}": must be three capital letters (ISO 4217)')
        if code in seen_codes:
            raise PatternError(p, lineno, f'duplicate code "{code}" (first on line {seen_codes[code]})')
        seen_codes[code] = lineno
        lists = {k: tuple(cast("list[str]", raw.get(k, []))) for k in (
            "symbols", "en", "zh", "loose", "context", "cues", "datelines", "default_in"
        )}  # fmt: skip
        for k in ("symbols", "en", "zh", "loose", "context", "cues"):
            _check_marks(p, lineno, k, lists[k])
        minor: list[tuple[str, Decimal]] = []
        for name, factor in cast("dict[str, Any]", raw.get("minor", {})).items():
            where = f'key "minor" {name!r}'
            if not isinstance(factor, str):
                raise PatternError(p, lineno, f'{where}: factor must be a string such as "0.01"')
            try:
                f = Decimal(factor)
            except InvalidOperation:
                raise PatternError(p, lineno, f"{where}: factor {factor!r} is not a number") from None
            if not (0 < f < 1):
                raise PatternError(p, lineno, f"{where}: factor {factor!r} must be between 0 and 1")
            _check_marks(p, lineno, "minor", [name])
            minor.append((name, f))
        for lang in lists["default_in"]:
            if lang not in _LANGS:
                raise PatternError(p, lineno, f'key "default_in": {lang!r} is not one of en, zh')
        until = raw.get("until")
        if until is not None and not 1800 <= until <= 2100:
            raise PatternError(p, lineno, f'key "until": {until!r} is not a year')
        entry = Currency(
            code=code,
            name=raw.get("name", ""),
            minor=tuple(minor),
            code_in_text=raw.get("code_in_text", "any"),
            until=until,
            source=f"{p}:{lineno}",
            **lists,
        )
        own = {mark_key(m) for m in entry.own_marks()}
        for m in entry.loose:
            if mark_key(m) not in own:
                raise PatternError(p, lineno, f'key "loose" {m!r}: not one of this entry\'s marks')
        for m in entry.context:
            if mark_key(m) in own:
                raise PatternError(p, lineno, f'key "context" {m!r}: already one of this entry\'s marks')
        if not own and not entry.context and entry.code_in_text == "no":
            raise PatternError(p, lineno, f'code "{code}": no way to write it (give symbols or names)')
        for m in entry.own_marks():
            k = mark_key(m)
            other = owners.get(k)
            if other is not None and other[0] != code:
                raise PatternError(
                    p, lineno, f'mark {m!r}: already given to code "{other[0]}" on line {other[1]}'
                )
            owners[k] = (code, lineno)
        out.append(entry)
    return out


# -- regex fragments -----------------------------------------------------------------


def _ci(s: str) -> str:
    return "(?i:" + s + ")"


def _letters(s: str, *, dots: bool) -> str:
    """Letters of a symbol, any case, optionally each followed by a dot ("U.S.")."""
    out = "".join(re.escape(c) + (r"\.?" if dots else "") for c in s)
    return _ci(out)


def _symbol_forms(sym: str) -> list[str]:
    """Regex forms of one symbol as it is written in text."""
    m = re.fullmatch(r"([A-Za-z]+)([^A-Za-z\s]+)", sym)
    if m:  # "US$", "HK$", "C$", "JP¥": letters any case, dots, one space before the sign
        letters, sign = m.groups()
        glued = r"(?<![A-Za-z])" + _letters(letters, dots=True) + re.escape(sign)
        if len(letters) == 1 and letters.lower() in "ai":
            return [glued]  # "a $5 bill" is not A$
        if len(letters) == 1:  # "c $ 16.4 million", not "music's $ 500 million"
            return [glued, r"(?<![A-Za-z'’])(?<!['’] )" + _letters(letters, dots=False) + r" " + re.escape(sign)]
        return [r"(?<![A-Za-z])" + _letters(letters, dots=True) + r"\s?" + re.escape(sign)]
    m = re.fullmatch(r"([^A-Za-z\s]+)([A-Za-z]+)", sym)
    if m:  # "$US", "$A"
        sign, letters = m.groups()
        body = _letters(letters, dots=False) if len(letters) > 1 else re.escape(letters)
        return [re.escape(sign) + body + r"(?![A-Za-z])"]
    if any(c.isascii() and c.isalpha() for c in sym):  # "RM", "Rs.", "kr", "zł", "RMB"
        variants = {sym, sym.upper()}
        if len(sym.rstrip(".")) >= 3:
            variants.add(sym.lower())
        alts = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        tail = r"(?![A-Za-z])" if sym[-1].isalpha() else ""
        return [r"(?<![A-Za-z])(?:" + alts + ")" + tail]
    return [re.escape(sym)]


def _name_form(name: str) -> str:
    """An English name, any case, spaces flexible, dots optional ("U.S. dollars")."""
    parts = []
    for i, tok in enumerate(name.split()):
        body = re.escape(tok).replace(r"\.", r"\.?").replace(r"\-", r"\s?-\s?")
        if i:
            parts.append(r"\s{0,2}" if name.split()[i - 1].endswith(".") else r"\s{1,2}")
        parts.append(body)
    return r"(?<![A-Za-z])" + _ci("".join(parts)) + r"(?![A-Za-z])"


def _code_forms(c: Currency) -> list[str]:
    if c.code_in_text == "no":
        return []
    codes = re.escape(c.code) if c.code_in_text == "upper" else f"(?:{c.code}|{c.code.lower()})"
    # "30 MUSD", "120 kEUR": a scale letter may be glued before the code
    return [r"(?:(?<![A-Za-z])|(?<=[\d ][kKM]))" + codes + r"(?![A-Za-z])"]


def _alternation(forms: Iterable[tuple[str, str]]) -> str:
    """``(literal, regex)`` pairs as one alternation, longest literal first.

    Branches are grouped by the first character of their literal behind a one-character
    lookahead, so a position that starts no mark fails after a few cheap checks instead
    of trying every branch.
    """
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    for lit, rx in sorted(forms, key=lambda f: (-len(f[0]), f[0])):
        if rx not in seen:
            seen.add(rx)
            groups.setdefault(fold(lit)[0].lower(), []).append(rx)
    if not groups:
        return "(?!)"
    out = []
    for first, rxs in sorted(groups.items()):
        chars = "".join(sorted(re.escape(c) for c in {first, first.upper()}))
        out.append((chars, f"(?=[{chars}])(?:" + "|".join(rxs) + ")"))
    return _two_levels(out)


def _two_levels(groups: list[tuple[str, str]]) -> str:
    """The alternation of ``(class, branch)`` groups (each branch opening with a lookahead
    of its class), runs of them behind one lookahead of their classes joined.

    The regex engine enters every branch of an alternation that opens with a lookahead;
    with a hundred and more first characters, a mark is found after some twenty such
    checks instead of a hundred. The branches keep their order, and a run's lookahead
    holds wherever one of its branches' does: the same matches, tried in the same order.
    """
    if len(groups) <= _RUN_MIN:
        return "|".join(rx for _, rx in groups)
    size = max(_RUN_MIN, math.isqrt(len(groups)))
    runs = [groups[i : i + size] for i in range(0, len(groups), size)]
    return "|".join(
        "(?=[" + "".join(cls for cls, _ in run) + "])(?:" + "|".join(rx for _, rx in run) + ")"
        for run in runs
    )


_RUN_MIN: Final = 4  # with this few groups, one level


def _is_cjk_mark(m: str) -> bool:
    return not any(c.isascii() for c in m) and not all(not c.isalpha() for c in m)


@attrs.frozen
class _Mark:
    code: str | None  # None: context-only (decided by the document)
    factor: Decimal
    loose: bool


_Forms = list[tuple[str, str]]  # (the mark as written, its regex source)


def _own_marks(entries: Sequence[Currency]) -> tuple[dict[str, _Mark], _Forms, _Forms, _Forms]:
    """(mark lookup, forms written before a number, forms written after it, one-letter
    minor units glued to the digits) of each currency's own marks; later entries win a
    mark given twice."""
    marks: dict[str, _Mark] = {}
    prefix: _Forms = []
    suffix: _Forms = []
    glued: _Forms = []
    for e in entries:
        loose = {mark_key(m) for m in e.loose}
        for m in e.own_marks():
            k = mark_key(m)
            factor = next((f for n, f in e.minor if n == m), Decimal(1))
            marks[k] = _Mark(e.code, factor, k in loose)
        if e.code_in_text != "no":
            marks.setdefault(e.code.lower(), _Mark(e.code, Decimal(1), False))
            for rx in _code_forms(e):
                prefix.append((e.code, rx))
                suffix.append((e.code, rx))
        for s in e.symbols:
            for rx in _symbol_forms(s):
                prefix.append((s, rx))
                suffix.append((s, rx))
        for n in e.en:
            suffix.append((n, _name_form(n)))
        for n in e.zh:
            suffix.append((n, re.escape(n)))
            if len(n) >= 2 and mark_key(n) not in loose:
                prefix.append((n, re.escape(n)))  # "人民币26.3亿元", "港币100元"
        for n, _f in e.minor:
            if len(n) == 1 and n.isascii() and n.isalpha():
                glued.append((n, r"(?<=\d)" + re.escape(n) + r"(?![A-Za-z])"))  # "50p"
            elif _is_cjk_mark(n) or not n.isascii():
                suffix.append((n, re.escape(n)))
            else:
                suffix.append((n, _name_form(n)))
    return marks, prefix, suffix, glued


def _context_marks(
    entries: Sequence[Currency], marks: dict[str, _Mark], prefix: _Forms, suffix: _Forms
) -> dict[str, list[str]]:
    """The currencies each context mark may stand for; adds the context-only marks to
    ``marks`` and their forms to ``prefix``/``suffix``, and makes a mark some currency
    owns loose when others may take it too."""
    context: dict[str, list[str]] = {}
    for e in entries:
        for m in e.context:
            k = mark_key(m)
            context.setdefault(k, []).append(e.code)
            if k not in marks:
                marks[k] = _Mark(None, Decimal(1), True)
                # a context-only mark is written like a symbol or a name
                if _is_cjk_mark(m):
                    suffix.append((m, re.escape(m)))
                elif m.isascii() and m.replace(" ", "").isalpha() and len(m) > 3:
                    suffix.append((m, _name_form(m)))
                else:
                    for rx in _symbol_forms(m):
                        prefix.append((m, rx))
                        suffix.append((m, rx))
            elif marks[k].code is not None:
                marks[k] = attrs.evolve(marks[k], loose=True)
    return context


def _prefix_tails(prefix: _Forms) -> frozenset[str]:
    """How a currency written before a number may end (lower case)."""
    tails: set[str] = set()
    for lit, _rx in prefix:
        low = lit.lower()
        last = low[-1]
        if last.isascii() and (last.isalpha() or last == "."):
            tails.add(low[-2:])
            if last == ".":
                tails.add(low[-2:-1])  # "Rs 5" as well as "Rs. 5"
        else:
            tails.add(last)
    for lit, _rx in prefix:  # "U.S.$" ends as "S.$" or ". $": the sign decides
        if not lit[-1].isalpha():
            tails.add(lit[-1])
    return frozenset(tails)


class CurrencyTable:
    """Currencies in precedence order, and everything derived from them: the mark
    lookup and the regex sources :mod:`extractor.quantities` builds its scanner from.

    >>> t = CurrencyTable.default()
    >>> [t.code(m) for m in ["$", "US$", "u.s. $", "C$", "A$", "RMB", "港币", "euros", "bananas"]]
    ['USD', 'USD', 'USD', 'CAD', 'AUD', 'CNY', 'HKD', 'EUR', None]
    >>> t.unit("pence"), t.is_loose("元"), t.is_loose("港元"), t.code("kr")
    (('GBP', Decimal('0.01')), True, False, None)
    """

    def __init__(self, entries: Iterable[Currency]) -> None:
        active: dict[str, Currency] = {}
        for e in entries:  # a later entry with the same code replaces the earlier one
            active.pop(e.code, None)
            active[e.code] = e
        self.entries: tuple[Currency, ...] = tuple(active.values())
        marks, prefix, suffix, glued = _own_marks(self.entries)
        context = _context_marks(self.entries, marks, prefix, suffix)
        self._marks = marks
        self._context = context
        # per language, the default owner of each context mark
        self._defaults: dict[str, dict[str, str | None]] = {
            lang: {
                k: next((c for c in codes if lang in active[c].default_in), marks[k].code)
                for k, codes in context.items()
            }
            for lang in _LANGS
        }
        #: regex source of a currency written before a number (no anchors)
        self.prefix_source: str = _alternation(prefix)
        #: regex source of a currency written after a number (and its scale word)
        self.suffix_source: str = _alternation(suffix + glued)
        #: how a currency written before a number may end (lower case): one character
        #: ("$", "€", "币") or, after a Latin letter or a dot, the last two ("sd", "s.")
        self.prefix_tails: frozenset[str] = _prefix_tails(prefix)
        #: first characters of the Chinese currency names (a quick filter)
        self.cjk_first: frozenset[str] = frozenset(
            m[0] for e in self.entries for m in (*e.zh, *(n for n, _ in e.minor)) if _is_cjk_mark(m)
        )
        #: marks that are one non-letter symbol ("$", "€", "¥")
        self.sign_marks: frozenset[str] = frozenset(
            k for k in marks if len(k) == 1 and not k.isalnum()
        )
        self._read_cues()
        # the context marks each currency may take
        self._claims: dict[str, list[str]] = {}
        for k, codes in context.items():
            for code in codes:
                self._claims.setdefault(code, []).append(k)
            own = marks[k].code
            if own is not None:
                self._claims.setdefault(own, []).append(k)
        self._datelines = _dateline_regex(self.entries)
        #: replaced currencies and their last year
        self._until: dict[str, int] = {e.code: e.until for e in self.entries if e.until is not None}
        self._hints_cache: dict[frozenset[tuple[str, int]], CurrencyHints] = {}
        #: tables with the same marks share one scanner grammar (see :meth:`with_cues`)
        self.grammar_key: object = self

    def _read_cues(self) -> None:
        """Index the document cues: Latin cues as word sequences by their first word
        (with one regex per sequence of several words), the others as plain text."""
        self._word_cues: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._text_cues: list[_Cue] = []
        for c in _cues(self.entries):
            words = tuple(_CUE_WORD.findall(c.text))
            if c.text.isascii() and words:
                self._word_cues.setdefault(words[0], []).append((words, c.codes))
            else:
                self._text_cues.append(c)
        self._phrase_re: dict[tuple[str, ...], re.Pattern[str]] = {
            seq: re.compile(
                "(?<![a-z])" + "[^a-z0-9$¥￥£€]{1,3}".join(map(re.escape, seq)) + "(?![a-z])"
            )
            for cues_ in self._word_cues.values()
            for seq, _codes in cues_
            if len(seq) > 1
        }

    def __repr__(self) -> str:
        return f"<CurrencyTable {len(self.entries)} currencies, {len(self._marks)} marks>"

    def with_cues(self, extra: Mapping[str, Sequence[str]]) -> CurrencyTable:
        """This table, also counting each of ``extra[code]`` as a document cue of ``code``
        (codes it has no entry for are left out). Marks, defaults and the scanner's
        grammar are shared with this table; only what decides a context mark changes.

        >>> t = CurrencyTable.default().with_cues({"CNY": ["Acme Dragon"]})
        >>> currency_hints("Acme Dragon earned ¥5 billion.", t).code("¥", "en")
        'CNY'
        >>> currency_hints("Acme Dragon earned ¥5 billion.").code("¥", "en")
        'JPY'
        """
        if not any(extra.get(e.code) for e in self.entries):
            return self
        new = copy.copy(self)
        new.entries = tuple(
            attrs.evolve(e, cues=(*e.cues, *extra[e.code])) if extra.get(e.code) else e
            for e in self.entries
        )
        new._read_cues()
        new._hints_cache = {}
        return new

    # -- construction ------------------------------------------------------------------
    @classmethod
    def load(cls, dirs: Sequence[str | Path] = ()) -> CurrencyTable:
        """The built-in table, extended by the ``currencies.jsonl`` of each of ``dirs``.

        Every file is validated before anything is built (:class:`~extractor.PatternError`).
        """
        if isinstance(dirs, (str, Path)):
            dirs = [dirs]
        if not dirs:
            return cls.default()
        files = iter_pattern_files([builtin_patterns_dir(), *dirs], CURRENCIES_FILE)
        entries = [e for f in files for e in read_currencies_file(f)]
        return cls(entries)

    @staticmethod
    def default() -> CurrencyTable:
        """The built-in table (read once, on first use)."""
        return _default_table()

    # -- queries ------------------------------------------------------------------------
    def unit(self, token: str) -> tuple[str, Decimal] | None:
        """``(ISO code, factor of one unit)`` of a mark; None if unknown or undecided."""
        m = self._marks.get(mark_key(token))
        if m is None or m.code is None:
            return None
        return m.code, m.factor

    def code(self, token: str) -> str | None:
        """The ISO 4217 code a mark stands for by default, else None."""
        u = self.unit(token)
        return u[0] if u else None

    def default_code(self, token: str, lang: Literal["en", "zh"]) -> str | None:
        """The code a mark stands for in ``lang`` text that says nothing more
        (``"¥"``: JPY in English, CNY in Chinese; ``"kr"``: None)."""
        k = mark_key(token)
        if k in self._context:
            return self._defaults[lang][k]
        return self.code(token)

    def is_loose(self, token: str) -> bool:
        """Whether a mark names its currency only loosely (``"元"``, ``"$"``, ``"kr"``)."""
        m = self._marks.get(mark_key(token))
        return m is not None and m.loose

    def is_context_mark(self, token: str) -> bool:
        """Whether the document may decide what this mark stands for."""
        return mark_key(token) in self._context

    def factor(self, token: str) -> Decimal:
        m = self._marks.get(mark_key(token))
        return m.factor if m is not None else Decimal(1)


@cache
def _default_table() -> CurrencyTable:
    return CurrencyTable(read_currencies_file(builtin_patterns_dir() / CURRENCIES_FILE))


@attrs.frozen
class _Cue:
    text: str  # lower case
    codes: tuple[str, ...]
    left: bool  # needs a non-letter before it
    right: bool  # needs a non-letter after it


def _cues(entries: Sequence[Currency]) -> list[_Cue]:
    index: dict[str, list[str]] = {}
    for e in entries:
        for cue in e.cues:
            codes = index.setdefault(" ".join(fold(cue).lower().split()), [])
            if e.code not in codes:
                codes.append(e.code)
    out = []
    for low, codes in index.items():
        latin = low.isascii()
        out.append(_Cue(low, tuple(codes), latin and low[0].isalnum(), latin and low[-1].isalnum()))
    return out


_CUE_WORD: Final = re.compile(r"[a-z]+\$?|[$¥￥£€]")


def _dateline_regex(entries: Sequence[Currency]) -> tuple[dict[str, str], re.Pattern[str]]:
    """A city in capitals opening a line ("SYDNEY, March 3 -"), and its currency."""
    cities: dict[str, str] = {}
    for e in entries:
        for d in e.datelines:
            cities[d] = e.code  # a later entry wins a city given twice
    alts = "|".join(re.escape(d) for d in sorted(cities, key=len, reverse=True)) or "(?!)"
    return cities, re.compile(r"(?m)^[ \t]*(" + alts + r")(?:,|\s*\(|\s+[-–—])")


# -- document hints ------------------------------------------------------------------

_DATELINE_CHARS: Final = 400
_YEAR_IN_TEXT: Final = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d%]|[.,]\d)")


@attrs.frozen
class CurrencyHints:
    """What each ambiguous mark stands for in one document, per language.

    ``overrides[lang][mark_key]`` is an ISO code, or None where the document leaves a
    mark with no default owner undecided. Marks not listed keep their default.
    """

    overrides: Mapping[str, Mapping[str, str | None]] = attrs.field(factory=dict)
    table: CurrencyTable | None = attrs.field(default=None, eq=False, repr=False)

    def code(self, token: str, lang: Literal["en", "zh"]) -> str | None:
        """The code ``token`` stands for in this document (its default when undecided)."""
        k = mark_key(token)
        over = self.overrides.get(lang, {})
        if k in over:
            return over[k]
        return (self.table or CurrencyTable.default()).default_code(token, lang)


class LazyHints:
    """:func:`currency_hints` of one document, read the first time a mark asks for it: a
    document whose values carry no currency mark never pays for reading its cues.

    >>> h = LazyHints("All amounts are in Canadian dollars. Revenue was $5 million.")
    >>> h.code("$", "en")
    'CAD'
    """

    def __init__(self, text: str, table: CurrencyTable | None = None, *, folded: bool = False) -> None:
        self._text, self._table, self._folded = text, table, folded
        self._hints: CurrencyHints | None = None

    def code(self, token: str, lang: Literal["en", "zh"]) -> str | None:
        """The code ``token`` stands for in this document (see :meth:`CurrencyHints.code`)."""
        if self._hints is None:
            self._hints = currency_hints(self._text, self._table, folded=self._folded)
        return self._hints.code(token, lang)


def _may_hold_phrase(seq: tuple[str, ...], counts: Counter[str]) -> bool:
    """Could a cue phrase's regex match a text whose words (``_CUE_WORD``) are ``counts``?
    Each word it matches is a word of the text (the last one may have a "$" glued after
    it, "kong$"): without one of them, it cannot match (a quick pass over most phrases)."""
    last = seq[-1]
    return all(w in counts for w in seq[:-1]) and (last in counts or last + "$" in counts)


def currency_hints(
    text: str, table: CurrencyTable | None = None, *, folded: bool = False
) -> CurrencyHints:
    """Decide the document's ambiguous currency marks from what it says.

    Counts each currency's cues (``"yuan"``, ``"China"``, ``"A$"``, ``"Canadian
    dollars"``) and a dateline naming one of its cities at the start of a line near the
    top. A ``context`` mark goes to the currency with strictly more cues than any other
    claimant, the default owner included; otherwise it keeps its default (``"$"`` USD;
    ``"¥"`` JPY in English, CNY in Chinese) or, with no default, stays undecided.
    ``folded``: ``text`` is already folded (:func:`~extractor.normalize.numbers.fold`).

    >>> h = currency_hints("All amounts are in Canadian dollars. Revenue was $5 million.")
    >>> h.code("$", "en"), h.code("dollars", "en")
    ('CAD', 'CAD')
    >>> h = currency_hints("Revenue was $5 million.")
    >>> h.code("$", "en"), h.code("¥", "en"), h.code("¥", "zh"), h.code("kr", "en")
    ('USD', 'JPY', 'CNY', None)
    >>> currency_hints("Novo Nordisk, the Danish drugmaker, earned 5 billion kr.").code("kr", "en")
    'DKK'
    """
    t = table or CurrencyTable.default()
    scores: dict[str, int] = {}
    if not folded:
        text = fold(text)
    hay = text.lower()
    if t._word_cues:
        words = _CUE_WORD.findall(hay)
        counts = Counter(words)  # counted in C; only the cues' first words are looked at
        for first in t._word_cues.keys() & counts.keys():
            for seq, codes in t._word_cues[first]:
                if len(seq) == 1:
                    n = counts[first]
                elif not _may_hold_phrase(seq, counts):
                    continue  # a word of the phrase is nowhere in the text: no match
                else:  # a phrase ("us dollars"), searched for where its first word is
                    n = len(t._phrase_re[seq].findall(hay))
                for code in codes:
                    scores[code] = scores.get(code, 0) + n
        scores = {c: n for c, n in scores.items() if n}
    if t._text_cues and not hay.isascii():
        for cue in t._text_cues:
            n = hay.count(cue.text)
            if n:
                for code in cue.codes:
                    scores[code] = scores.get(code, 0) + n
    head = text[:_DATELINE_CHARS]
    cities, rx = t._datelines
    dated = {cities[m.group(1)] for m in rx.finditer(head)}
    for code in dated:
        scores[code] = scores.get(code, 0) + 1
    if t._until and not t._until.keys().isdisjoint(scores):
        # a replaced currency ("French francs") takes a mark only in a text of its time
        years = [int(y) for y in _YEAR_IN_TEXT.findall(text)]
        for code in [c for c in scores if c in t._until]:
            if not any(y <= t._until[code] for y in years):
                del scores[code]
    key = frozenset(scores.items())
    hit = t._hints_cache.get(key)
    if hit is not None:
        return hit
    # only the marks some currency with cues may take can differ from their defaults
    marks = {k for code in scores for k in t._claims.get(code, ())}
    overrides: dict[str, dict[str, str | None]] = {}
    for lang in _LANGS:
        over: dict[str, str | None] = {}
        for k in marks:
            claimants = t._context[k]
            mark = t._marks[k]
            default = t._defaults[lang][k]
            cands = set(claimants) | ({mark.code} if mark.code else set())
            best = max((scores.get(c, 0) for c in cands), default=0)
            winners = [c for c in cands if scores.get(c, 0) == best]
            chosen = default
            if best > 0 and len(winners) == 1 and best > scores.get(default or "", 0):
                chosen = winners[0]
            if chosen != t._defaults[lang][k]:
                over[k] = chosen
        overrides[lang] = over
    hints = CurrencyHints(overrides, t)
    if len(t._hints_cache) > 4096:
        t._hints_cache.clear()
    t._hints_cache[key] = hints  # the decision depends on the scores alone
    return hints
