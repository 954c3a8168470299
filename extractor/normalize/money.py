"""Currencies and money amounts: ``"$1.2 billion"`` -> ``(Decimal("1200000000"), "USD")``.

Pure functions, no spaCy. Every currency mark comes from the currency table
(:class:`extractor.currencies.CurrencyTable`, read from ``currencies.jsonl``); the
functions take the built-in table unless given another.

>>> currency_code("HK$"), currency_code("美金"), currency_code("日元"), currency_code("eur")
('HKD', 'USD', 'JPY', 'EUR')
>>> parse_money("1.669亿美元")
(Decimal('166900000'), 'USD')
>>> parse_money("$(0.03)"), parse_money("50 cents")
((Decimal('-0.03'), 'USD'), (Decimal('0.5'), 'USD'))
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

import attrs

from ..currencies import CurrencyHints, CurrencyTable, currency_hints
from .numbers import _CN_NEG, _SIGN_WORD, clean_decimal, fold, parse_number, scale_of

__all__ = [
    "currency_code",
    "currency_unit",
    "is_generic_currency",
    "parse_money",
]


def _table(table: CurrencyTable | None) -> CurrencyTable:
    return table if table is not None else CurrencyTable.default()


def currency_unit(token: str, table: CurrencyTable | None = None) -> tuple[str, Decimal] | None:
    """The ISO code of a currency token and the factor of one of its units.

    >>> currency_unit("cents"), currency_unit("港元"), currency_unit("paise")
    (('USD', Decimal('0.01')), ('HKD', Decimal('1')), ('INR', Decimal('0.01')))
    """
    return _table(table).unit(token)


def currency_code(token: str, table: CurrencyTable | None = None) -> str | None:
    """The ISO 4217 code a currency symbol, code or word stands for, else ``None``.

    ``"$"`` alone is read as USD and ``"¥"`` alone as JPY: what they stand for in a
    given document is decided by :func:`extractor.currencies.currency_hints`.

    >>> [currency_code(t) for t in ["$", "US$", "dollars", "港币", "RMB", "元", "C$", "A$"]]
    ['USD', 'USD', 'USD', 'HKD', 'CNY', 'CNY', 'CAD', 'AUD']
    >>> [currency_code(t) for t in ["€", "euros", "歐元", "£", "pounds", "英镑", "bananas"]]
    ['EUR', 'EUR', 'EUR', 'GBP', 'GBP', 'GBP', None]
    """
    return _table(table).code(token)


def is_generic_currency(token: str, table: CurrencyTable | None = None) -> bool:
    """Whether ``token`` names its currency only loosely (``"元"``, ``"dollars"``, ``"$"``).

    >>> is_generic_currency("元"), is_generic_currency("港元")
    (True, False)
    """
    return _table(table).is_loose(token)


@attrs.frozen
class _MoneyRegex:
    prefix_start: re.Pattern[str]
    suffix_end: re.Pattern[str]


_CACHE: dict[int, tuple[CurrencyTable, _MoneyRegex]] = {}


def _regex(table: CurrencyTable) -> _MoneyRegex:
    hit = _CACHE.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    r = _MoneyRegex(
        prefix_start=re.compile(r"(?:" + table.prefix_source + r")\s{0,2}"),
        suffix_end=re.compile(r"\s*(?:" + table.suffix_source + r")$"),
    )
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[id(table)] = (table, r)
    return r




_NEG_SIGNS: Final = ("-", "–", *_CN_NEG)  # a sign before a money amount


def parse_money(
    text: str,
    table: CurrencyTable | None = None,
    *,
    lang: Literal["en", "zh"] = "en",
    hints: CurrencyHints | None = None,
) -> tuple[Decimal, str] | None:
    """``text`` read as one money amount: ``(value in base units, ISO code)``, else ``None``.

    The currency may come before the number, after it, or both ("人民币26.3亿元").
    A sign, a sign word or accounting parentheses make it negative. An ambiguous mark
    (``"$"``, ``"¥"``, ``"kr"``) is read as ``hints`` say (by default, as ``text``
    itself says, in ``lang``): ``"¥100"`` is JPY in English and CNY in Chinese.

    >>> parse_money("$1.2 billion"), parse_money("人民币26.3亿元")
    ((Decimal('1200000000'), 'USD'), (Decimal('2630000000'), 'CNY'))
    >>> parse_money("negative $12.6 million"), parse_money("USD 5 million")
    ((Decimal('-12600000'), 'USD'), (Decimal('5000000'), 'USD'))
    >>> parse_money("€3m"), parse_money("1.5万亿日元"), parse_money("5 million")
    ((Decimal('3000000'), 'EUR'), (Decimal('1500000000000'), 'JPY'), None)
    >>> parse_money("¥100"), parse_money("¥100", lang="zh"), parse_money("$(3.2) million")
    ((Decimal('100'), 'JPY'), (Decimal('100'), 'CNY'), (Decimal('-3200000'), 'USD'))
    >>> parse_money("($3.2) million"), parse_money("$(3.2 million)"), parse_money("500 kr")
    ((Decimal('-3200000'), 'USD'), (Decimal('-3200000'), 'USD'), None)
    """
    tab = _table(table)
    rx = _regex(tab)
    s = fold(text).strip()
    marks = _MarkUnits(tab, s, lang, hints)
    neg, opened, s = _leading_sign(s)
    pre_unit: tuple[str, Decimal] | None = None
    pre_generic = False
    pm = rx.prefix_start.match(s)
    if pm:
        pre_unit = marks.unit(pm.group())
        pre_generic = tab.is_loose(pm.group())
        s = s[pm.end() :]
    if s[:1] in ("-", "–"):
        neg, s = not neg, s[1:].lstrip()
    if not opened and s[:1] == "(" and ")" in s:  # "$(3.2) million", "$(3.2 million)"
        opened, s = True, s[1:].lstrip()
    if opened:
        inside = _inside_brackets(s, rx)
        if inside is None:
            return None
        neg, s = not neg, inside
    suf_unit: tuple[str, Decimal] | None = None
    suf_generic = False
    sm = rx.suffix_end.search(s)
    if sm and sm.start() > 0:
        suf_unit = marks.unit(sm.group())
        suf_generic = tab.is_loose(sm.group())
        s = s[: sm.start()]
    if pre_unit is None and suf_unit is None:
        return None
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":
        neg, s = not neg, s[1:-1].strip()
    value = parse_number(s)
    if value is None:
        return None
    unit = _one_currency(pre_unit, pre_generic, suf_unit, suf_generic)
    if unit is None:
        return None
    code, factor = unit
    value *= factor
    return clean_decimal(-value if neg else value), code


class _MarkUnits:
    """(ISO code, unit factor) of the marks of one amount; the document (here the
    amount's own text) decides the ambiguous ones, worked out on first need."""

    def __init__(
        self, table: CurrencyTable, text: str, lang: Literal["en", "zh"], hints: CurrencyHints | None
    ) -> None:
        self.table, self.text, self.lang, self.hints = table, text, lang, hints

    def unit(self, tok: str) -> tuple[str, Decimal] | None:
        tab = self.table
        if not tab.is_context_mark(tok):
            return tab.unit(tok)
        if self.hints is None:
            self.hints = currency_hints(self.text, tab, folded=True)
        code = self.hints.code(tok, self.lang)
        return (code, tab.factor(tok)) if code is not None else None


def _leading_sign(s: str) -> tuple[bool, bool, str]:
    """(negative, an opening bracket was read, the rest) of the start of an amount."""
    neg = False
    m = _SIGN_WORD.match(s)
    if m:
        neg, s = True, s[m.end() :]
    if s[:1] in _NEG_SIGNS:
        neg, s = not neg, s[1:].lstrip()
    opened = s[:1] == "("  # "($3.2) million"
    if opened:
        s = s[1:].lstrip()
    return neg, opened, s


def _inside_brackets(s: str, rx: _MoneyRegex) -> str | None:
    """The amount after an opening bracket with its one closing bracket dropped (after
    the digits or after their scale word); None when the brackets are not that."""
    if s.count(")") != 1 or "(" in s:
        return None
    inside, _, after = s.partition(")")
    if after.strip() and scale_of(after.strip()) is None:
        sm0 = rx.suffix_end.search(after)
        if sm0 is None or (
            after[: sm0.start()].strip() and scale_of(after[: sm0.start()].strip()) is None
        ):
            return None
    return (inside.rstrip() + " " + after.strip()).strip()


def _one_currency(
    pre: tuple[str, Decimal] | None,
    pre_generic: bool,
    suf: tuple[str, Decimal] | None,
    suf_generic: bool,
) -> tuple[str, Decimal] | None:
    """(code, factor) from the marks before and after the number: they must agree unless
    one is loose ("人民币26.3亿元", "C$5 dollars")."""
    if pre and suf:
        if pre[0] != suf[0] and not (suf_generic or pre_generic):
            return None
        code = suf[0] if pre_generic and not suf_generic else pre[0]
        return code, suf[1]
    if pre:
        return pre
    return suf
