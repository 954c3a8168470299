"""Numbers as written in English and Chinese financial text -> :class:`~decimal.Decimal`.

Pure functions, no spaCy, nothing heavy at import time.

:func:`parse_number` reads a string that is *one* number expression as a whole
(digits with thousands separators, full-width digits, scale words and abbreviations,
Chinese numerals in simplified, traditional and financial forms, English number
words, accounting parentheses) and returns its value in base units, or ``None``.

>>> parse_number("1,234.5")
Decimal('1234.5')
>>> parse_number("1.669亿"), parse_number("3550万"), parse_number("13万2")
(Decimal('166900000'), Decimal('35500000'), Decimal('132000'))
>>> parse_number("三千五百五十万"), parse_number("two hundred million")
(Decimal('35500000'), Decimal('200000000'))
>>> parse_number("(1,234)"), parse_number("4.2bn")
(Decimal('-1234'), Decimal('4200000000'))
>>> parse_number("$5") is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

from ..lang import get_language

__all__ = [
    "CN_BIG_UNITS",
    "CN_DIGITS",
    "CN_SMALL_UNITS",
    "VULGAR_FRACTIONS",
    "clean_decimal",
    "fold",
    "parse_number",
    "scale_of",
]

_EN = get_language("en")
_ZH = get_language("zh")

# -- character folding ---------------------------------------------------------------

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII, one character for one, so offsets into a
# folded string are offsets into the original. Full-width parentheses and the
# full-width comma stay as they are: in Chinese text they are punctuation, not
# accounting negatives or thousands separators.
_FOLD: Final[dict[int, int]] = {
    **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c not in (0xFF08, 0xFF09, 0xFF0C)},
    0x3000: 0x20,  # ideographic space
    0x00A0: 0x20,  # no-break space
    0x202F: 0x20,  # narrow no-break space
    0x2009: 0x20,  # thin space
    0x2212: 0x2D,  # minus sign
}
# "４，５６５": a full-width comma between full-width digits groups thousands.
_FW_THOUSANDS: Final = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
# any character ``fold`` changes (a text without one is its own folding: most text; one
# search of a class is far cheaper than ``str.translate`` looking up every character)
_FOLDABLE: Final = re.compile("[" + "".join(f"\\U{c:08x}" for c in sorted(_FOLD)) + "]")


def fold(text: str) -> str:
    """Fold full-width digits, letters and signs to ASCII; same length as ``text``.

    >>> fold("１２３．５％")
    '123.5%'
    >>> fold("４，５６５（注）")
    '4,565（注）'
    >>> len(fold("增长５％，")) == len("增长５％，")
    True
    """
    if _FOLDABLE.search(text) is None:
        return text  # (the thousands comma needs full-width digits around it: foldable)
    if "，" in text:
        text = _FW_THOUSANDS.sub(",", text)
    return text.translate(_FOLD)


def clean_decimal(d: Decimal) -> Decimal:
    """Drop a Decimal's trailing zeros and exponent: ``1.669E+8`` -> ``166900000``.

    >>> clean_decimal(Decimal("166900000.000")), clean_decimal(Decimal("4.800"))
    (Decimal('166900000'), Decimal('4.8'))
    """
    if d.adjusted() >= 24:
        return d  # beyond what quantize can show exactly: keep it as it is
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


# -- Chinese numerals ----------------------------------------------------------------

CN_DIGITS: Final[dict[str, int]] = dict(_ZH.table("NUMERAL_DIGITS"))
CN_SMALL_UNITS: Final[dict[str, int]] = dict(_ZH.table("NUMERAL_SMALL_UNITS"))
CN_BIG_UNITS: Final[dict[str, int]] = dict(_ZH.table("NUMERAL_BIG_UNITS"))
_CN_POINT: Final = _ZH.word_set("NUMERAL_POINT")
_CN_APPROX: Final = _ZH.word_set("NUMERAL_APPROX")  # the number stays as written
_CN_VAGUE_DIGIT: Final = _ZH.word_set("NUMERAL_VAGUE_DIGITS")  # "二十几万" -> 200000
_CN_NEG: Final = _ZH.words("NUMERAL_NEGATIVE")
_PAIR_DIGITS: Final = _ZH.word_set("NUMERAL_PAIR_DIGITS")  # not read digit by digit

_CN_TOKEN: Final = re.compile(r"\d+(?:\.\d+)?|\S")


def _parse_cn(s: str) -> Decimal | None:
    """Chinese numerals, possibly mixed with Arabic digits ("5万4千6百", "1.2万亿")."""
    s = "".join(s.split())
    if not s:
        return None
    if "分之" in s:
        return _parse_cn_fraction(s)
    tokens = _CN_TOKEN.findall(s)
    # digit-by-digit readings: "二〇一五" -> 2015 (but "二三" is "two or three")
    if (
        len(tokens) > 1
        and (len(tokens) >= 4 or any(t in "零〇" for t in tokens))
        and all(t in CN_DIGITS and t not in _PAIR_DIGITS for t in tokens)
    ):
        return Decimal("".join(str(CN_DIGITS[t]) for t in tokens))
    if len(tokens) == 2 and tokens[0][0].isdigit() and tokens[1] in CN_BIG_UNITS:
        return _digits_times_unit(tokens[0], tokens[1])
    return _CnNumeral(tokens).value()


def _digits_times_unit(digits: str, unit: str) -> Decimal:
    """"1.669亿", "3550万": the commonest form, read with the same sums the step reader
    does, without it."""
    part = Decimal(0) + (Decimal(0) + Decimal(digits))
    return Decimal(0) + part * CN_BIG_UNITS[unit] + Decimal(0)


class _CnNumeral:
    """One Chinese numeral read token by token; each step returns False when the tokens
    are not one number."""

    __slots__ = (
        "cur",
        "cur_single",
        "i",
        "last_unit",
        "pieces",
        "prev",
        "section",
        "seen_number",
        "tokens",
        "zero_seen",
    )  # fmt: skip

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.i = 0
        self.pieces: list[tuple[Decimal, int]] = []  # (value, magnitude) closed by 万/亿/兆
        self.section = Decimal(0)  # the part below 万 being built
        self.cur: Decimal | None = None  # a pending number not yet multiplied by a unit
        self.cur_single = False  # the pending number is one digit (may be an elided "万三")
        self.last_unit = 0  # the last unit applied (for "两千四百五" -> 2450)
        self.zero_seen = False  # "零" since the last unit: no elision ("五亿零六" -> 500000006)
        self.prev = ""  # kind of the previous token: num, small, big, zero, approx
        self.seen_number = False

    def value(self) -> Decimal | None:
        """The value of the whole numeral, or None."""
        tokens = self.tokens
        while self.i < len(tokens):
            tok = tokens[self.i]
            self.i += 1
            if tok[0].isdigit():
                ok = self._digits(tok)
            elif tok in CN_DIGITS:
                ok = self._digit(tok)
            elif tok in _CN_VAGUE_DIGIT:
                ok = self._vague_digit()
            elif tok in CN_SMALL_UNITS:
                ok = self._small_unit(CN_SMALL_UNITS[tok])
            elif tok in CN_BIG_UNITS:
                ok = self._big_unit(CN_BIG_UNITS[tok])
            elif tok in _CN_POINT:
                ok = self._point()
            elif tok in _CN_APPROX:
                ok = self.seen_number and self.prev != "approx"
                self.prev = "approx"
            else:
                ok = False
            if not ok:
                return None
        if not self.seen_number:
            return None
        cur, section = self.cur, self.section
        if cur is not None:
            elision = self.cur_single and not self.zero_seen and self.last_unit >= 10
            if elision and self.prev == "num":
                cur = cur * (self.last_unit // 10)  # "两千四百五", "一万三", "13万2"
            section += cur
        return sum((v for v, _ in self.pieces), Decimal(0)) + section

    def _digits(self, tok: str) -> bool:
        if self.cur is not None:
            return False
        self.cur = Decimal(tok)
        self.cur_single = len(tok) == 1
        self.prev = "num"
        self.seen_number = True
        return True

    def _digit(self, tok: str) -> bool:
        d = CN_DIGITS[tok]
        if d == 0 and tok in "零〇":
            if self.cur is not None and self.prev == "num":
                return False
            self.zero_seen = True
            self.prev = "zero"
            self.seen_number = True
            return True
        if self.cur is not None:
            return False  # two digits in a row: "二三十" is not one number
        self.cur = Decimal(d)
        self.cur_single = True
        self.prev = "num"
        self.seen_number = True
        return True

    def _vague_digit(self) -> bool:
        if self.cur is not None or self.prev not in ("small", "big", "zero"):
            return False
        self.cur = Decimal(0)  # "二十几万" -> 200000 (the known part)
        self.cur_single = False
        self.prev = "num"
        return True

    def _small_unit(self, u: int) -> bool:
        cur = self.cur
        if cur is None:
            if self.prev == "small":
                return False  # "百千"
            cur = Decimal(1)
        self.section += cur * u
        self.cur = None
        self.last_unit = u
        self.zero_seen = False
        self.prev = "small"
        self.seen_number = True
        return True

    def _big_unit(self, big: int) -> bool:
        part = self.section + (self.cur if self.cur is not None else 0)
        pieces = self.pieces
        if self.prev == "big" and self.cur is None and self.section == 0:
            # "万亿", "万万": the unit multiplies everything just closed
            if not pieces:
                return False
            lower = [p for p in pieces if p[1] <= self.last_unit]
            rest = [p for p in pieces if p[1] > self.last_unit]
            mag = self.last_unit * big
            self.pieces = rest + [(sum((v for v, _ in lower), Decimal(0)) * big, mag)]
        else:
            if not self.seen_number or (part == 0 and self.cur is None):
                return False  # "万", "零万"
            lower = [p for p in pieces if p[1] < big]
            rest = [p for p in pieces if p[1] >= big]
            total_lower = sum((v for v, _ in lower), Decimal(0))
            self.pieces = rest + [((total_lower + part) * big, big)]
            mag = big
        self.section = Decimal(0)
        self.cur = None
        self.last_unit = mag
        self.zero_seen = False
        self.prev = "big"
        return True

    def _point(self) -> bool:
        tokens = self.tokens
        digits = []
        while self.i < len(tokens) and (tokens[self.i] in CN_DIGITS or tokens[self.i].isdigit()):
            t = tokens[self.i]
            digits.append(t if t.isdigit() else str(CN_DIGITS[t]))
            self.i += 1
        if not digits or self.prev not in ("num", "zero", "big", "small", ""):
            return False
        frac = Decimal("0." + "".join(digits))
        cur = self.cur
        if cur is not None and self.cur_single and not self.zero_seen and self.last_unit >= 10:
            cur = cur * (self.last_unit // 10)  # "两千三点一" -> 2300.1
        base = cur if cur is not None else Decimal(0)
        if self.prev == "zero" and cur is None and not self.pieces and self.section == 0:
            base = Decimal(0)  # "零点五"
        self.cur = base + frac
        self.cur_single = False
        self.zero_seen = True  # no elision after a decimal part
        self.prev = "num"
        self.seen_number = True
        return True


def _parse_cn_fraction(s: str) -> Decimal | None:
    """ "五分之一" -> 0.2, "三百五十又3分之1" -> 350.33..."""
    whole = Decimal(0)
    if "又" in s:
        w, _, s = s.partition("又")
        wv = parse_number(w)
        if wv is None:
            return None
        whole = wv
    den_s, _, num_s = s.partition("分之")
    den = parse_number(den_s)
    num = parse_number(num_s)
    if den is None or num is None or den == 0:
        return None
    frac = num / den
    return whole - frac if whole < 0 else whole + frac


# -- English -------------------------------------------------------------------------

_EN_ONES: Final[dict[str, int]] = dict(_EN.table("NUMERAL_ONES"))
_EN_TENS: Final[dict[str, int]] = dict(_EN.table("NUMERAL_TENS"))
# "hundred" multiplies the part below a thousand; the others close a group, like 万/亿
_EN_SCALES: Final[dict[str, int]] = dict(_EN.table("NUMERAL_SCALES"))
_EN_TOKEN: Final = re.compile(
    r"(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([a-z]+)|([-,])|(\S)"
)


def scale_of(word: str) -> Decimal | None:
    """The multiplier of a scale word or abbreviation, English or Chinese.

    >>> scale_of("Billion"), scale_of("bn"), scale_of("万亿"), scale_of("dozen")
    (Decimal('1000000000'), Decimal('1000000000'), Decimal('1000000000000'), None)
    >>> scale_of("lakh crore")
    Decimal('1000000000000')
    """
    w = word.strip().lstrip("-")  # "-billion" of "$2-billion"
    lw = w.lower()
    if lw in _EN_SCALES:
        return Decimal(_EN_SCALES[lw])
    if " " in lw and all(p in _EN_SCALES for p in lw.split()):
        out = Decimal(1)
        for p in lw.split():
            out *= _EN_SCALES[p]
        return out  # "lakh crore"
    if w and all(c in CN_SMALL_UNITS or c in CN_BIG_UNITS for c in w):
        v = _parse_cn("一" + w)
        return v
    return None


def _parse_en(s: str) -> Decimal | None:
    """English number words, digits with scale words, or a mix: "3 hundred and 21"."""
    tokens = _en_tokens(s)
    if not tokens:
        return None
    reader = _EnNumeral(tokens)
    decimals: list[str] | None = None
    for i, tok in enumerate(tokens):
        if decimals is not None:
            digit = _en_decimal_digit(tokens, i)
            if digit is None:
                return None
            if digit:
                decimals.append(digit)
        elif tok == "point":
            if not reader.seen_number:
                return None
            decimals = []
        elif not reader.step(tok, i):
            return None
    if not reader.seen_number or reader.last == "and":
        return None
    total = sum((v for v, _ in reader.pieces), Decimal(0)) + reader.small
    if decimals is not None:
        if not decimals:
            return None
        total += Decimal("0." + "".join(decimals))
    return total


def _en_tokens(s: str) -> list[str] | None:
    """Numbers and words of ``s`` (hyphens and commas dropped); None on anything else."""
    tokens: list[str] = []
    for m in _EN_TOKEN.finditer(s.lower()):
        num, word, sep, other = m.groups()
        if other is not None:
            return None
        if sep is not None:
            continue  # "twenty-one", "fifty - two"
        tokens.append(num.replace(",", "") if num is not None else word)
    return tokens


def _en_decimal_digit(tokens: list[str], i: int) -> str | None:
    """The digits token ``i`` adds after "point" ("" when it is read with the next
    token), or None when it is no decimal digit."""
    tok = tokens[i]
    if tok in _EN_ONES and i > 0 and tokens[i - 1] in _EN_TENS:
        return str(_EN_TENS[tokens[i - 1]] + _EN_ONES[tok])
    if tok in _EN_ONES and _EN_ONES[tok] < 10:
        return str(_EN_ONES[tok])
    if tok in _EN_TENS:  # "point seventy-one" (sic)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt in _EN_ONES and 0 < _EN_ONES[nxt] < 10:
            return ""  # read together with the next token
        return str(_EN_TENS[tok])
    if tok.isdigit():
        return tok
    return None


class _EnNumeral:
    """The whole part of an English number read word by word; :meth:`step` returns False
    when the words are not one number."""

    __slots__ = ("have_small", "last", "pieces", "seen_number", "small", "tokens")

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.pieces: list[tuple[Decimal, int]] = []  # (value, magnitude) closed by a scale
        self.small = Decimal(0)  # below a thousand (or the digits given)
        self.have_small = False
        self.last = ""  # kind of the last token: num, ones, tens, hundred, big, and, a
        self.seen_number = False

    def step(self, tok: str, i: int) -> bool:
        """Read token ``i`` (``tok``)."""
        if tok[0].isdigit() or tok[0] == ".":
            return self._digits(tok)
        if tok in ("a", "an"):
            tokens = self.tokens
            if self.have_small or i + 1 >= len(tokens) or tokens[i + 1] not in _EN_SCALES:
                return False
            self.small, self.have_small, self.last = Decimal(1), True, "a"
            return True
        if tok in _EN_ONES or tok in _EN_TENS:
            return self._below_hundred(tok)
        if tok == "and":
            if not self.seen_number or self.last == "and":
                return False
            self.last = "and"
            return True
        if tok == "hundred":
            if self.last == "hundred":
                return False
            self.small = (self.small if self.have_small else Decimal(1)) * 100
            self.have_small, self.last, self.seen_number = True, "hundred", True
            return True
        if tok in _EN_SCALES:
            return self._scale(_EN_SCALES[tok])
        return False

    def _digits(self, tok: str) -> bool:
        if self.have_small and self.last not in ("and",):
            return False
        try:
            val = Decimal(tok)
        except InvalidOperation:
            return False
        self.small = self.small + val if self.last == "and" else val
        self.have_small, self.last, self.seen_number = True, "num", True
        return True

    def _below_hundred(self, tok: str) -> bool:
        """A ones word ("three", "thirteen") or a tens word ("thirty")."""
        have, last = self.have_small, self.last
        if tok in _EN_ONES:
            v, kind = _EN_ONES[tok], "ones"
            if have and last in ("ones", "num", "a"):
                return False
            if have and last == "tens" and (v >= 10 or v == 0):
                return False
        else:
            v, kind = _EN_TENS[tok], "tens"
            if have and last in ("ones", "tens", "num", "a"):
                return False
        if have and last == "and" and self.small % 100 != 0:
            return False  # "one hundred and three and two"
        self.small = self.small + v if have else Decimal(v)
        self.have_small, self.last, self.seen_number = True, kind, True
        return True

    def _scale(self, big: int) -> bool:
        if self.last == "big" and not self.have_small:
            # "lakh crore": multiply the group just closed
            closed, mag = self.pieces.pop()
            self.pieces.append((closed * big, mag * big))
        else:
            if not self.have_small:
                return False
            lower = [p for p in self.pieces if p[1] < big]
            rest = [p for p in self.pieces if p[1] >= big]
            total = sum((v for v, _ in lower), Decimal(0)) + self.small
            self.pieces = rest + [(total * big, big)]
        self.small, self.have_small, self.last, self.seen_number = Decimal(0), False, "big", True
        return True


# -- digits --------------------------------------------------------------------------

_ARABIC: Final = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:[eE](?P<e>[+-]?\d{1,3}))?"
    r"(?: ?(?P<s>[A-Za-z]{1,8}))?"
)
_HAS_CN: Final = re.compile("[" + _ZH.regex("NUMERAL_CHARS") + "]")
_SIGN_WORD: Final = re.compile(r"(?i)(?:" + _EN.regex("NUMERAL_SIGN_WORDS") + r")\s+")


# ASCII digits and one big unit ("1.669亿", "3550万"), the commonest Chinese amount
_DIGITS_BIG_UNIT: Final = re.compile(
    "([0-9]+(?:\\.[0-9]+)?)(["
    + "".join(sorted(re.escape(u) for u in CN_BIG_UNITS if len(u) == 1 and _HAS_CN.match(u)))
    + "])"
)
_FRACTION: Final = re.compile(r"(?:(?P<w>\d{1,12}) {1,3})?(?P<a>\d{1,12}) ?/ ?(?P<b>\d{1,12})")
# the fraction characters written right after a whole number ("6¼%", "7½")
VULGAR_FRACTIONS: Final[dict[str, Decimal]] = {
    "¼": Decimal("0.25"), "½": Decimal("0.5"), "¾": Decimal("0.75"), "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"), "⅝": Decimal("0.625"), "⅞": Decimal("0.875"),
}  # fmt: skip
_CN_THOUSANDS: Final = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _parse_arabic(s: str) -> Decimal | None:
    m = _ARABIC.fullmatch(s)
    if not m:
        if len(s) > 1 and s[-1] in VULGAR_FRACTIONS and s[:-1].isdigit():
            return Decimal(s[:-1]) + VULGAR_FRACTIONS[s[-1]]
        f = _FRACTION.fullmatch(s)
        if f and int(f.group("b")) != 0:
            return Decimal(f.group("w") or 0) + Decimal(f.group("a")) / Decimal(f.group("b"))
        return None
    n = m.group("n").replace(",", "").replace(" ", "")
    v = Decimal(n)
    if m.group("e"):
        v = v.scaleb(int(m.group("e")))
    if m.group("s"):
        mult = _EN_SCALES.get(m.group("s").lower())
        if mult is None:
            return None
        v *= mult
    return v


def parse_number(text: str) -> Decimal | None:
    """The value of ``text`` read as one number, in base units; ``None`` if it is not.

    Scale words are applied ("4.2 billion", "1.669亿", "12k", "1.5mm", "3 mn"), signs
    and accounting parentheses make it negative, full-width digits are read as digits.
    Currency symbols and percent signs are *not* part of a number: see
    :func:`extractor.normalize.money.parse_money` and
    :func:`extractor.quantities.find_quantities`.

    >>> [parse_number(s) for s in ["１２３", "0.5", "1.2万亿", "十二点五", "一千零五十"]]
    [Decimal('123'), Decimal('0.5'), Decimal('1200000000000'), Decimal('12.5'), Decimal('1050')]
    >>> [parse_number(s) for s in ["两亿", "億", "兩億", "a billion", "3 mn", "12k"]]
    [Decimal('200000000'), None, Decimal('200000000'), Decimal('1000000000'), Decimal('3000000'), Decimal('12000')]
    >>> parse_number("forty") , parse_number("二三十"), parse_number("1.2.3")
    (Decimal('40'), None, None)
    >>> parse_number("7 3/4"), parse_number("6¼"), parse_number("12,34,567")
    (Decimal('7.75'), Decimal('6.25'), Decimal('1234567'))
    """
    if len(text) <= 64:
        return _parse_short(text)  # the same few forms come again and again
    return _parse_number(text)


@lru_cache(maxsize=8192)
def _parse_short(text: str) -> Decimal | None:
    return _parse_number(text)


def _parse_number(text: str) -> Decimal | None:
    short = _DIGITS_BIG_UNIT.fullmatch(text)
    if short is not None:  # "1.669亿", "3550万": what the steps below come to, at once
        return clean_decimal(_digits_times_unit(short.group(1), short.group(2)))
    s = fold(text).strip()
    if not s:
        return None
    neg = False
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":
        neg, s = True, s[1:-1].strip()
    m = _SIGN_WORD.match(s)
    if m:
        neg, s = not neg, s[m.end() :]
    elif s[0] in "-–" or s.startswith(_CN_NEG):
        neg, s = not neg, s[1:].strip()
    if not s or s[0] in "-–(" or s.startswith(_CN_NEG):
        return None
    v = _parse_arabic(s)
    if v is None and _HAS_CN.search(s):
        v = _parse_cn(_CN_THOUSANDS.sub("", s) if "," in s else s)
    if v is None and s[0].isalpha() or v is None and " " in s:
        v = _parse_en(s)
    if v is None:
        return None
    return clean_decimal(-v if neg else v)
