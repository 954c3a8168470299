"""Currencies and money amounts: ``"$1.2 billion"`` -> ``(Decimal("1200000000"), "USD")``.

Pure functions, no spaCy. The currency tables here are also what
:mod:`extractor.quantities` uses to find money in running text
(:data:`PREFIX_BEFORE` and :data:`SUFFIX_AT`).

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
from typing import Final

from .numbers import clean_decimal, fold, parse_number

__all__ = [
    "PREFIX_BEFORE",
    "SUFFIX_AT",
    "currency_code",
    "currency_unit",
    "is_generic_currency",
    "parse_money",
]

_CENT: Final = Decimal("0.01")

# ISO 4217 codes written as words ("USD 5", "5 usd"); case-insensitive.
_ISO: Final[dict[str, str]] = {
    c: c
    for c in [
        "USD", "EUR", "GBP", "JPY", "CNY", "HKD", "CAD", "AUD", "CHF", "SGD", "TWD",
        "INR", "KRW", "NZD", "SEK", "NOK", "DKK", "BRL", "MXN", "RUB", "ZAR",
    ]
} | {"RMB": "CNY"}  # fmt: skip

# Symbols and symbol prefixes, keyed by their folded form (lower case, no spaces or dots).
_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD", "us$": "USD", "usd$": "USD",
    "hk$": "HKD", "hkd$": "HKD",
    "c$": "CAD", "ca$": "CAD", "can$": "CAD", "cad$": "CAD",
    "a$": "AUD", "au$": "AUD", "aud$": "AUD",
    "nz$": "NZD", "nzd$": "NZD",
    "nt$": "TWD", "s$": "SGD", "sg$": "SGD", "sgd$": "SGD", "r$": "BRL",
    "mex$": "MXN", "mx$": "MXN", "mxn$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY", "cn¥": "CNY", "jp¥": "JPY",
    "₹": "INR", "rs": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
}  # fmt: skip

# Currency words, keyed by their folded form (lower case, single spaces).
_WORDS: Final[dict[str, str]] = {
    "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
    "american dollar": "USD", "american dollars": "USD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "singapore dollar": "SGD", "singapore dollars": "SGD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "taiwan dollar": "TWD", "taiwan dollars": "TWD",
    "new taiwan dollar": "TWD", "new taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "british pound": "GBP", "british pounds": "GBP",
    "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "swiss franc": "CHF", "swiss francs": "CHF",
    "rupee": "INR", "rupees": "INR", "indian rupee": "INR", "indian rupees": "INR",
    "korean won": "KRW", "south korean won": "KRW",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "美元": "USD", "美金": "USD", "美圆": "USD", "美圓": "USD", "美刀": "USD",
    "港元": "HKD", "港币": "HKD", "港幣": "HKD", "港圆": "HKD", "港圓": "HKD",
    "人民币": "CNY", "人民幣": "CNY", "元人民币": "CNY", "元人民幣": "CNY",
    "元": "CNY", "块": "CNY", "塊": "CNY", "圆": "CNY", "圓": "CNY",
    "日元": "JPY", "日圆": "JPY", "日圓": "JPY", "円": "JPY",
    "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP",
    "澳元": "AUD", "澳币": "AUD", "澳幣": "AUD", "加元": "CAD", "加币": "CAD", "加幣": "CAD",
    "新台币": "TWD", "新台幣": "TWD", "新臺幣": "TWD", "台币": "TWD", "台幣": "TWD",
    "新加坡元": "SGD", "新元": "SGD", "瑞士法郎": "CHF", "韩元": "KRW", "韓元": "KRW",
    "卢布": "RUB", "盧布": "RUB", "卢比": "INR", "盧比": "INR", "印度卢比": "INR",
    "泰铢": "THB", "泰銖": "THB", "林吉特": "MYR", "越南盾": "VND", "奈拉": "NGN",
}  # fmt: skip

# Hundredths of a currency: "50 cents" -> 0.50 USD.
_CENTS: Final[dict[str, str]] = {
    "cent": "USD", "cents": "USD", "¢": "USD", "pence": "GBP", "美分": "USD", "港仙": "HKD",
}  # fmt: skip

# Words that name a currency only loosely; an explicit prefix wins over them
# ("港币100元" is HKD, "C$ 5 dollars" is CAD).
_GENERIC: Final = frozenset({"元", "块", "塊", "圆", "圓", "dollar", "dollars", "$"})


def _key(token: str) -> str:
    t = fold(token).strip().lower()
    return " ".join(t.split())


def currency_unit(token: str) -> tuple[str, Decimal] | None:
    """The ISO code of a currency token and the factor of one of its units.

    >>> currency_unit("cents"), currency_unit("港元")
    (('USD', Decimal('0.01')), ('HKD', Decimal('1')))
    """
    k = _key(token)
    if k in _CENTS:
        return _CENTS[k], _CENT
    if k.upper() in _ISO:
        return _ISO[k.upper()], Decimal(1)
    if k in _WORDS:
        return _WORDS[k], Decimal(1)
    sym = k.replace(" ", "").replace(".", "")
    if sym in _SYMBOLS:
        return _SYMBOLS[sym], Decimal(1)
    return None


def currency_code(token: str) -> str | None:
    """The ISO 4217 code a currency symbol, code or word stands for, else ``None``.

    ``"$"`` alone is read as USD; ``"¥"`` alone as CNY (``"日元"``/``"yen"`` are JPY).

    >>> [currency_code(t) for t in ["$", "US$", "dollars", "港币", "RMB", "元", "C$", "A$"]]
    ['USD', 'USD', 'USD', 'HKD', 'CNY', 'CNY', 'CAD', 'AUD']
    >>> [currency_code(t) for t in ["€", "euros", "歐元", "£", "pounds", "英镑", "bananas"]]
    ['EUR', 'EUR', 'EUR', 'GBP', 'GBP', 'GBP', None]
    """
    u = currency_unit(token)
    return u[0] if u else None


def is_generic_currency(token: str) -> bool:
    """Whether ``token`` names its currency only loosely (``"元"``, ``"dollars"``, ``"$"``).

    >>> is_generic_currency("元"), is_generic_currency("港元")
    (True, False)
    """
    return _key(token) in _GENERIC


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal ``words``, longest first, spaces as ``\\s``."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w).replace(r"\ ", r"\s"))
    return "|".join(out)


_CJK_WORDS: Final = [w for w in list(_WORDS) + list(_CENTS) if not w.isascii()]
_LATIN_WORDS: Final = [w for w in list(_WORDS) + list(_CENTS) if w.isascii() and w != "¢"]

_PREFIX_ALTS: Final = (
    r"(?<![A-Za-z])(?:(?i:u\.?\s?s\.?|usd|hkd?|can?|cad|aud?|nzd?|nt|sgd?|me?xn?|mex)\s?|[CASR])?\$"
    r"|(?<![A-Za-z])(?i:jp|cn)?[¥￥]"
    r"|[€£₹₩₽₺]"
    r"|(?<![A-Za-z])(?i:" + "|".join(sorted(_ISO)) + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])Rs\.?"
    r"|人民币|人民幣|港币|港幣|美金|新台币|新臺幣|台币|台幣"
)
_SUFFIX_ALTS: Final = (
    _alternation(_CJK_WORDS)
    + r"|(?<![A-Za-z])(?i:"
    + _alternation(_LATIN_WORDS)
    + r")(?![A-Za-z])"
    + r"|(?i:"
    + "|".join(sorted(_ISO))
    + r")(?![A-Za-z])"
    + r"|[€£¥￥₹₩₽¢$]"
)

#: A currency written before a number: search the text that ends where the number
#: starts ("... $", "US$ ", "USD ", "人民币").
PREFIX_BEFORE: Final = re.compile(r"(?:" + _PREFIX_ALTS + r")\s{0,2}$")
_PREFIX_START: Final = re.compile(r"(?:" + _PREFIX_ALTS + r")\s{0,2}")
#: A currency written after a number (and its scale word): ``SUFFIX_AT.match(text, pos)``.
SUFFIX_AT: Final = re.compile(r"\s?(?:" + _SUFFIX_ALTS + r")")
_SUFFIX_END: Final = re.compile(r"\s*(?:" + _SUFFIX_ALTS + r")$")

_SIGN_WORD: Final = re.compile(r"(?i)(?:negative|minus)\s+")


def parse_money(text: str) -> tuple[Decimal, str] | None:
    """``text`` read as one money amount: ``(value in base units, ISO code)``, else ``None``.

    The currency may come before the number, after it, or both ("人民币26.3亿元").
    A sign, a sign word or accounting parentheses make it negative.

    >>> parse_money("$1.2 billion"), parse_money("人民币26.3亿元")
    ((Decimal('1200000000'), 'USD'), (Decimal('2630000000'), 'CNY'))
    >>> parse_money("negative $12.6 million"), parse_money("USD 5 million")
    ((Decimal('-12600000'), 'USD'), (Decimal('5000000'), 'USD'))
    >>> parse_money("€3m"), parse_money("1.5万亿日元"), parse_money("5 million")
    ((Decimal('3000000'), 'EUR'), (Decimal('1500000000000'), 'JPY'), None)
    """
    s = fold(text).strip()
    neg = False
    m = _SIGN_WORD.match(s)
    if m:
        neg, s = True, s[m.end() :]
    if s[:1] in ("-", "–", "负", "負"):
        neg, s = not neg, s[1:].lstrip()
    pre_unit: tuple[str, Decimal] | None = None
    pre_generic = False
    pm = _PREFIX_START.match(s)
    if pm:
        pre_unit = currency_unit(pm.group())
        pre_generic = is_generic_currency(pm.group())
        s = s[pm.end() :]
    if s[:1] in ("-", "–"):
        neg, s = not neg, s[1:].lstrip()
    suf_unit: tuple[str, Decimal] | None = None
    suf_generic = False
    sm = _SUFFIX_END.search(s)
    if sm and sm.start() > 0:
        suf_unit = currency_unit(sm.group())
        suf_generic = is_generic_currency(sm.group())
        s = s[: sm.start()]
    if pre_unit is None and suf_unit is None:
        return None
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":
        neg, s = not neg, s[1:-1].strip()
    value = parse_number(s)
    if value is None:
        return None
    if pre_unit and suf_unit:
        if pre_unit[0] != suf_unit[0] and not (suf_generic or pre_generic):
            return None
        code = suf_unit[0] if pre_generic and not suf_generic else pre_unit[0]
        factor = suf_unit[1]
    elif pre_unit:
        code, factor = pre_unit
    else:
        assert suf_unit is not None
        code, factor = suf_unit
    value *= factor
    return clean_decimal(-value if neg else value), code
