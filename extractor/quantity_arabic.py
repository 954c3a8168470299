"""Numbers written in digits: "1.669亿", "$(3.2) million", "75 USD million", "八折" aside.

A mixin of the scanner of :mod:`extractor.quantities`: :meth:`_ArabicNumbers.arabic`
reads one run of digits with the sign, currency and brackets before it, a Chinese scale
tail, a scale word, a currency or unit after it, in named steps.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from .lang import get_language
from .normalize.numbers import parse_number, scale_of
from .quantity_atoms import _Atom, _Pre, _signed_atom
from .quantity_exclusions import _RUN_AFTER, _ZH_DATE_AFTER, _Exclusions
from .quantity_grammar import (
    _GE_YI,
    _HYPHEN_NOT_UNIT,
    _RATE_AFTER_POINTS,
    _RATE_BEFORE_POINTS,
    _RATE_WINDOW,
)

_EN = get_language("en")
_ZH = get_language("zh")
_PER_MARK: Final = _ZH.regex("QUANTITY_PER_MARK")
_MORE_CHARS: Final = _ZH.regex("QUANTITY_APPROX_CHARS")

_SCALE_LETTER_NEEDS_CURRENCY: Final = frozenset("mT")
# "75 USD million": a scale word after a currency code
_SCALE_AFTER_CODE: Final = re.compile(
    r" (?P<w>(?i:" + _EN.regex("QUANTITY_SCALES_AFTER_CODE") + r"))(?![A-Za-z])"
)
_CODE_TOKEN: Final = re.compile(r"[A-Z]{3}|[a-z]{3}")
_VIDEO_LINES: Final = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160"})
# "hit 35c", "Rule 3c": the words before a glued "c" that make it no cents (looked for
# in the few words before the number)
_GLUED_CENT_NOT_AFTER: Final = re.compile(
    r"(?i:" + _EN.regex("QUANTITY_GLUED_CENT_NOT_AFTER") + ")"
)
_GLUED_CENT_WINDOW: Final = 40
# digits read with a decimal comma (the grammar's ``_DECIMAL_COMMA`` found them)
_DECIMAL_COMMA_DIGITS: Final = re.compile(r"\d{1,3},\d{1,2}")  # "12,5%", "€1,5 million"
# "2 points" of a rate (the rate words around them: quantity_grammar)
_POINTS: Final = re.compile(r"[ ]?(?i:" + _EN.regex("QUANTITY_RATE_POINTS") + r")(?![A-Za-z])")
# a scale letter one space after a currency's amount ("$5 M", "$1.2 B", "$40.5 k"), not
# a word or "M&A"
_SPACED_SCALE_LETTER: Final = re.compile(r" ([kKmMbB])(?![\w&'’-])(?!\.\w)")
# a percent or points right after a bracketed integer: "(3)%", "(30) bps", "(2) pts"
_RATE_UNIT_AFTER_BRACKET: Final = re.compile(
    r"[ ]?(?:%|(?i:" + _EN.regex("QUANTITY_BASIS_POINT_WORDS") + "|" + _EN.regex("QUANTITY_POINT_WORDS")
    + r"|pts?)(?![A-Za-z]))"
)
_LABEL_COLON: Final = re.compile(r"[:：][ \t]{0,2}$")  # "Operating loss: ($1.1 billion)"
_PENCE_DIGITS: Final = re.compile(r"\.\d\d$")  # "PS3.50"
# "$479 million yen-denominated debt": the word is an adjective's, not the unit (but
# "a 12-cent-a-share dividend" is 12 cents)
_ADJECTIVE_AFTER: Final = re.compile(r"-(?!a-share|per-share)[A-Za-z]")

# the suffixes read after digits that may turn out not to be the number's unit
_CHECKED_UNITS: Final = frozenset({"cheng", "zhe", "cur"})
_Unit = tuple[str | None, Decimal, str | None]  # (unit, factor, suffix group consumed)


def _fraction(digits: str) -> Decimal:
    """ "7 3/4", "6¼": a whole number and a fraction (the scanner matched one)."""
    v = parse_number(digits)
    assert v is not None, digits
    return v


class _ArabicNumbers(_Exclusions):
    """Digits, with a Chinese scale tail, scale word, currency and unit."""

    def arabic(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """The atom of the digits matched by ``m`` (or None) and where to look next."""
        t = self.t
        s, e = m.span("arabic")
        core = m.group("arabic")
        run_end = _RUN_AFTER.match(t, e).end()  # type: ignore[union-attr]
        skip = self._not_a_number(s, e, core)
        if skip is not None:
            return None, skip
        pre = self._prefix(s)
        mangled = pre.code is None and self._mangled_pound(s)
        if mangled:
            pre = _Pre(s - 2, "GBP")  # "PS6m": a "£" that lost its encoding (checked below)
        glued = pre.code is None and self._rejected_before(pre.start)
        if glued and not self._name_then_amount(pre.start):
            return None, run_end  # "FY21", "A2P", "Q2"
        decimal_comma = _DECIMAL_COMMA_DIGITS.fullmatch(core) is not None
        digits = core.replace(",", ".") if decimal_comma else core.replace(",", "")
        if len(digits) > 32:
            return None, run_end  # an identifier, not an amount
        raw = value = Decimal(digits) if digits[-1].isdigit() and " " not in digits else _fraction(digits)
        scale, scaled, inner = Decimal(1), False, None
        start, end, neg, closed = pre.start, e, pre.neg, False
        if m.group("tail") and (tail := self._chinese_tail(m, digits)) is not None:
            value, end, inner = tail
            scaled, scale = True, value / raw if raw else Decimal(1)
        if pre.outer_paren or pre.paren:
            brackets = self._brackets(pre, core, s, start, end)
            if brackets is None:
                return None, end + 1  # a footnote or list marker "(1)"
            start, end, closed = brackets
            neg = neg != closed
        sm = self.g.suffix.match(t, end)
        assert sm is not None  # every group is optional
        word, scale_end = None, end
        if sm.lastindex is not None:  # something was read after the digits
            scale_read = self._scale_after(pre, core, sm, end, scaled, closed)
            if scale_read is None:
                return None, run_end
            word, scale_end, mult = scale_read
            if mult is not None:
                scale, scaled, value = mult, True, raw * mult
        if sm.lastindex is None and pre.code is not None and not scaled:
            sp = _SPACED_SCALE_LETTER.match(t, end)
            mult = scale_of(sp.group(1)) if sp is not None else None
            if sp is not None and mult is not None:  # "$5 M", "$1.2 B", "$40.5 k": the letter
                scale, scaled, value = mult, True, raw * mult  # set apart from the amount
                word, scale_end = sp.group(1), sp.end()
        if pre.scale != 1 and not scaled:  # "MSEK 1,234": the code's scale letter (a scale
            scale, scaled, value = pre.scale, True, raw * pre.scale  # word after it wins)
        if mangled and not (scaled or "," in core or _PENCE_DIGITS.search(core)):
            return None, run_end  # "PS5", "PS4 Pro": a name; only "PS6m", "PS2,500", "PS3.50"
        if decimal_comma and not (scaled or pre.code is not None or sm.group("pct") or sm.group("cur")):
            return None, run_end  # "1,5 and 7": a list; only "12,5%", "€1,5", "1,5 million" read
        unit, factor, which = self._read_unit(pre, sm)
        if which in _CHECKED_UNITS or which is not None and word and scale_end == end:
            unit, factor, which = self._unit_checked(
                pre, core, sm, bool(word) and scale_end == end, value, scaled, (unit, factor, which)
            )
        if which is not None:
            end = sm.end()
            if sm.group("approx"):
                inner = inner or sm.group("approx").strip()
            if which == "cur" and not scaled:
                code_scale = self._scale_after_code(sm)
                if code_scale is not None:  # "75 USD million": code order
                    scale, end = code_scale
                    scaled, value = True, raw * scale
        else:
            end = scale_end
            if not scaled and pre.code is None and not closed:
                pts = self._rate_points(start, end)
                if pts is not None:  # "Operating margin improved 2 points": percentage points
                    unit, factor, which, end = "pp", Decimal(1), "pp", pts
        if pre.outer_paren and not closed and t[end : end + 1] == ")" and self._label_before(pre.start):
            start, closed, neg, end = pre.start, True, not neg, end + 1  # "loss: ($1.1 billion)"
        if pre.paren and not closed and pre.code is not None:
            if t[end : end + 1] == ")":
                closed, neg, end = True, not neg, end + 1  # "$(3.2 million)"
            else:
                start = s  # "$(3.2 million" never closed: keep the span balanced
        if glued and which not in ("pct", "cur"):
            return None, run_end  # letters glued before: only "Jagex100%", "AESC51%"
        if which == "cls" and _GE_YI.match(t, end):
            return None, end  # "3.5个亿": 350 million said aloud, never a count of 3.5
        if which == "shares" and t[start - 1 : start] == _PER_MARK:
            return None, end  # "每10股派3元": per ten shares
        if self._glued_after(end, pre.code is not None or which == "cur"):
            return None, max(end, run_end)
        if self._excluded_context(start, end, core, unit, scaled, pre.code is not None):
            return None, max(end, run_end)
        atom = _signed_atom(
            start, end, value * factor, raw, neg, unit=unit, factor=factor, scale=scale,
            scaled=scaled, inner=inner, hyphen=pre.hyphen,
        )  # fmt: skip
        return atom, end

    def _chinese_tail(
        self, m: re.Match[str], digits: str
    ) -> tuple[Decimal, int, str | None] | None:
        """(value, end, "余"/"多" inside) with the Chinese scale tail after the digits
        ("1.669亿", "1000余万", "13万2"), or None when the tail does not read."""
        tend = m.end("tail")
        if m.group("tail_end") and _ZH_DATE_AFTER.match(self.t, tend):
            tend = m.start("tail_end")  # "10亿2020年": the year is not part of it
        tail = self.t[m.start("tail") : tend]
        v = parse_number(digits + tail.replace(" ", ""))
        if v is None:
            return None
        return v, tend, next((c for c in tail if c in _MORE_CHARS), None)

    def _brackets(
        self, pre: _Pre, core: str, s: int, start: int, end: int
    ) -> tuple[int, int, bool] | None:
        """(start, end, an accounting bracket closed: negative) with the brackets around
        the number read; None when the bracket makes it a footnote mark ("(1)")."""
        t = self.t
        closes = t[end : end + 1] == ")"
        if not closes and t[end : end + 2] == " )" and t[s - 1 : s] == " ":
            end, closes = end + 1, True  # "$( 1 )": spaces inside both brackets
        if pre.outer_paren:
            # "($3.2) million" is an accounting negative; "($3.2)" and "($3.2 million)"
            # are as often a conversion or an aside: the bracket stays out of the span
            after = self.g.suffix.match(t, end + 1) if closes else None
            if after is not None and after.group("scale") or closes and self._label_before(start):
                return start, end + 1, True  # "($3.2) million", "Operating loss: ($1.1)"
            return pre.cur_start, end, False
        if closes:
            if (
                pre.code is None
                and "," not in core
                and "." not in core
                and not _RATE_UNIT_AFTER_BRACKET.match(t, end + 1)
            ):
                return None  # "(3)" is a footnote's mark; "(3)%", "(30) bps" a negative move
            return start, end + 1, True
        if pre.code is None:
            return s, end, False  # "(5 million users)": the parenthesis is not part of it
        return start, end, False

    def _scale_after(
        self, pre: _Pre, core: str, sm: re.Match[str], end: int, scaled: bool, closed: bool
    ) -> tuple[str | None, int, Decimal | None] | None:
        """(scale word written after, where it ends, its multiplier when it applies); None
        when the letter after the digits makes them something else ("5m" metres, "3M")."""
        word = sm.group("scale") or sm.group("scale1") or sm.group("scale_code")
        if sm.group("scale_code") and not (sm.group("cur") and pre.code is None):
            word = None  # "30 MUSD" is 30 million dollars; "5 MABC" is nothing
        if not word or scaled or (closed and not sm.group("scale") and pre.code is None):
            return word, end, None
        if (
            sm.group("scale1") in _SCALE_LETTER_NEEDS_CURRENCY
            and pre.code is None
            and not sm.group("cur")
            and not sm.group("shares")
            and not self._money_range_before(pre.start)
        ):
            return None  # "5m" (metres), "5T": not without a currency (or shares: "3m shares")
        if core == "3" and word == "M" and pre.code is None:
            return None  # "3M", the company
        mult = scale_of(word)
        if mult is None:
            if sm.group("scale"):
                return None  # a scale word without a known multiplier: no unscaled guess
            return word, end, None
        if sm.group("scale_code"):
            return word, sm.end("scale_code"), mult
        return word, sm.end("scale") if sm.group("scale") else sm.end("scale1"), mult

    def _scale_after_code(self, sm: re.Match[str]) -> tuple[Decimal, int] | None:
        """(multiplier, end) of a scale word after a currency code ("75 USD million")."""
        code_scale = _SCALE_AFTER_CODE.match(self.t, sm.end())
        if code_scale is None or not _CODE_TOKEN.fullmatch(sm.group("cur").strip().lstrip("-")):
            return None
        mult = scale_of(code_scale.group("w"))
        return None if mult is None else (mult, code_scale.end())

    def _unit_checked(
        self, pre: _Pre, core: str, sm: re.Match[str], scale_untaken: bool, value: Decimal,
        scaled: bool, read: _Unit,
    ) -> _Unit:  # fmt: skip
        """The unit the number takes, given the suffix read (``read``): the suffix is kept
        only where it is the number's."""
        unit, factor, which = read
        if scale_untaken:
            return pre.code, Decimal(1), None  # a scale word not taken
        if which == "cheng" and (scaled or not 0 < value <= 10):
            return pre.code, Decimal(1), None  # "成" is 10% only after 1..10
        if which == "zhe":
            if (
                scaled
                or pre.code is not None
                or not 0 < value < 100
                or (value >= 10 and value != int(value))
            ):
                return pre.code, Decimal(1), None
            if value >= 10:
                factor = Decimal(1)  # "75折": 75% of the price
        if which == "cur" and self._currency_word_not_unit(pre, core, sm, value, scaled):
            return pre.code, Decimal(1), None
        return unit, factor, which

    def _rate_points(self, start: int, end: int) -> int | None:
        """Where "points" after a number ends when they are percentage points: a rate is
        named just before ("margin improved 2 points", "the unemployment rate fell 0.2
        points") or after ("added 4 points to organic growth"); an index's points ("the
        Dow fell 300 points") are none. None otherwise."""
        m = _POINTS.match(self.t, end)
        if m is None:
            return None
        if _RATE_AFTER_POINTS.match(self.t, m.end()) or _RATE_BEFORE_POINTS.search(
            self.t, max(0, start - _RATE_WINDOW), start
        ):
            return m.end()
        return None

    def _label_before(self, bracket: int) -> bool:
        """Does a label's colon stand right before the bracket at ``bracket`` ("Operating
        loss: ($1.1 billion)")? The bracket is then an accounting negative, not an aside."""
        return _LABEL_COLON.search(self.t, max(0, bracket - 3), bracket) is not None

    def _currency_word_not_unit(
        self, pre: _Pre, core: str, sm: re.Match[str], value: Decimal, scaled: bool
    ) -> bool:
        """A currency word after the number that is not its unit ("in 2019 dollars",
        "1080p", "a 10-pound turkey", "$479 million yen-denominated debt")."""
        cur = sm.group("cur")
        if (
            pre.code is None
            and not scaled
            and len(core) == 4
            and core.isdigit()
            and 1900 <= int(core) <= 2100
            and cur.strip().lstrip("-")[:1].isalpha()
            and cur.isascii()
        ):
            return True  # "in 2019 dollars", "2019 won"
        if pre.code is None and cur == "p" and not scaled and core in _VIDEO_LINES:
            return True  # "1080p" video, not £10.80
        if _HYPHEN_NOT_UNIT.match(cur) or cur[0] == "-" and value == 0:
            return True  # "a 10-pound turkey"
        if cur == "c" and (
            pre.code is not None
            or scaled
            or _GLUED_CENT_NOT_AFTER.search(self.t, max(0, pre.start - _GLUED_CENT_WINDOW), pre.start)
        ):
            return True  # "Rule 3c", "temperatures hit 35c": no cents
        # "$479 million yen-denominated debt": the word is an adjective's, not the unit
        return _ADJECTIVE_AFTER.match(self.t, sm.end()) is not None
