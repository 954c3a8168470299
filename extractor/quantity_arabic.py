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
from .quantity_grammar import _HYPHEN_NOT_UNIT

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
_PENCE_DIGITS: Final = re.compile(r"\.\d\d$")  # "PS3.50"
# "$479 million yen-denominated debt": the word is an adjective's, not the unit (but
# "a 12-cent-a-share dividend" is 12 cents)
_ADJECTIVE_AFTER: Final = re.compile(r"-(?!a-share|per-share)[A-Za-z]")

_Unit = tuple[str | None, Decimal, str | None]  # (unit, factor, suffix group consumed)


class _Reading:
    """One run of digits as it is read, step by step: span, sign, value and scale."""

    __slots__ = ("closed", "end", "inner", "neg", "raw", "scale", "scaled", "start", "value")

    def __init__(self, start: int, end: int, neg: bool, raw: Decimal) -> None:
        self.start, self.end, self.neg = start, end, neg
        self.value = self.raw = raw
        self.scale = Decimal(1)
        self.scaled = False  # a scale word or character was written
        self.inner: str | None = None  # "余"/"多" inside the span
        self.closed = False  # an accounting bracket closed after the number


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
        read = self._arabic_prefix(s)
        if read is None:
            return None, run_end  # "FY21", "A2P", "Q2"
        pre, mangled, glued = read
        digits = core.replace(",", "")
        if len(digits) > 32:
            return None, run_end  # an identifier, not an amount
        r = _Reading(pre.start, e, pre.neg, Decimal(digits))
        if m.group("tail"):
            self._chinese_tail(m, r, digits)
        footnote = self._brackets(pre, core, s, r)
        if footnote is not None:
            return None, footnote
        sm = self.g.suffix.match(t, r.end)
        assert sm is not None  # every group is optional
        scale_read = self._scale_after(pre, core, sm, r)
        if scale_read is None:
            return None, run_end
        word, scale_end = scale_read
        if mangled and not (r.scaled or "," in core or _PENCE_DIGITS.search(core)):
            return None, run_end  # "PS5", "PS4 Pro": a name; only "PS6m", "PS2,500", "PS3.50"
        unit, factor, which = self._unit_after(pre, core, sm, word, scale_end, r)
        if which is not None:
            self._past_unit(sm, which, r)
        else:
            r.end = scale_end
        if pre.paren and not r.closed and pre.code is not None:
            if t[r.end : r.end + 1] == ")":
                r.closed, r.neg, r.end = True, not r.neg, r.end + 1  # "$(3.2 million)"
            else:
                r.start = s  # "$(3.2 million" never closed: keep the span balanced
        start, end = r.start, r.end
        if glued and which not in ("pct", "cur"):
            return None, run_end  # letters glued before: only "Jagex100%", "AESC51%"
        if which == "shares" and t[start - 1 : start] == _PER_MARK:
            return None, end  # "每10股派3元": per ten shares
        if self._glued_after(end, pre.code is not None or which == "cur"):
            return None, max(end, run_end)
        if self._excluded_context(start, end, core, unit, r.scaled, pre.code is not None):
            return None, max(end, run_end)
        atom = _signed_atom(
            start, end, r.value * factor, r.raw, r.neg, unit=unit, factor=factor,
            scale=r.scale, scaled=r.scaled, inner=r.inner, hyphen=pre.hyphen,
        )  # fmt: skip
        return atom, end

    def _arabic_prefix(self, s: int) -> tuple[_Pre, bool, bool] | None:
        """(what is written before, a mangled "£" was read, letters are glued before), or
        None when letters glued before make the digits part of a name."""
        pre = self._prefix(s)
        mangled = pre.code is None and self._mangled_pound(s)
        if mangled:
            pre = _Pre(s - 2, "GBP")  # "PS6m": a "£" that lost its encoding (checked later)
        glued = pre.code is None and self._rejected_before(pre.start)
        if glued and not self._name_then_amount(pre.start):
            return None
        return pre, mangled, glued

    def _chinese_tail(self, m: re.Match[str], r: _Reading, digits: str) -> None:
        """Apply a Chinese scale tail after the digits ("1.669亿", "1000余万", "13万2")."""
        tend = m.end("tail")
        if m.group("tail_end") and _ZH_DATE_AFTER.match(self.t, tend):
            tend = m.start("tail_end")  # "10亿2020年": the year is not part of it
        tail = self.t[m.start("tail") : tend]
        v = parse_number(digits + tail.replace(" ", ""))
        if v is not None:
            r.value, r.scaled, r.end = v, True, tend
            r.scale = v / r.raw if r.raw else Decimal(1)
            r.inner = next((c for c in tail if c in _MORE_CHARS), None)

    def _brackets(self, pre: _Pre, core: str, s: int, r: _Reading) -> int | None:
        """Read accounting brackets around the number; where to look next when the
        bracket makes it a footnote mark ("(1)"), else None."""
        t = self.t
        end = r.end
        if pre.outer_paren:
            # "($3.2) million" is an accounting negative; "($3.2)" and "($3.2 million)"
            # are as often a conversion or an aside: the bracket stays out of the span
            after = self.g.suffix.match(t, end + 1) if t[end : end + 1] == ")" else None
            if after is not None and after.group("scale"):
                r.closed, r.neg, r.end = True, not r.neg, end + 1
            else:
                r.start = pre.cur_start
        elif pre.paren:
            if t[end : end + 1] == ")":
                if pre.code is None and "," not in core and "." not in core:
                    return end + 1  # a footnote or list marker "(1)"
                r.closed, r.neg, r.end = True, not r.neg, end + 1
            elif pre.code is None:
                r.start = s  # "(5 million users)": the parenthesis is not part of it
        return None

    def _scale_after(
        self, pre: _Pre, core: str, sm: re.Match[str], r: _Reading
    ) -> tuple[str | None, int] | None:
        """(scale word written after, where it ends), applied to ``r``; None when the
        letter after the digits makes them something else ("5m" metres, "3M")."""
        word = sm.group("scale") or sm.group("scale1") or sm.group("scale_code")
        scale_end = r.end
        if sm.group("scale_code") and not (sm.group("cur") and pre.code is None):
            word = None  # "30 MUSD" is 30 million dollars; "5 MABC" is nothing
        if word and not r.scaled and (not r.closed or sm.group("scale") or pre.code is not None):
            if (
                sm.group("scale1") in _SCALE_LETTER_NEEDS_CURRENCY
                and pre.code is None
                and not sm.group("cur")
                and not self._money_range_before(pre.start)
            ):
                return None  # "5m" (metres), "5T": not without a currency
            if core == "3" and word == "M" and pre.code is None:
                return None  # "3M", the company
            mult = scale_of(word)
            if mult is not None:
                r.scale, r.scaled, r.value = mult, True, r.raw * mult
                scale_end = sm.end("scale") if sm.group("scale") else sm.end("scale1")
                if sm.group("scale_code"):
                    scale_end = sm.end("scale_code")
        return word, scale_end

    def _unit_after(
        self, pre: _Pre, core: str, sm: re.Match[str], word: str | None, scale_end: int,
        r: _Reading,
    ) -> _Unit:  # fmt: skip
        """The unit the number takes, the suffix read only where it is the number's."""
        unit, factor, which = self._read_unit(pre, sm)
        value = r.value
        if which is not None and word and scale_end == r.end:
            return pre.code, Decimal(1), None  # a scale word not taken
        if which == "cheng" and (r.scaled or not 0 < value <= 10):
            return pre.code, Decimal(1), None  # "成" is 10% only after 1..10
        if which == "zhe":
            if (
                r.scaled
                or pre.code is not None
                or not 0 < value < 100
                or (value >= 10 and value != int(value))
            ):
                return pre.code, Decimal(1), None
            if value >= 10:
                factor = Decimal(1)  # "75折": 75% of the price
        if which == "cur" and self._currency_word_not_unit(pre, core, sm, r):
            return pre.code, Decimal(1), None
        return unit, factor, which

    def _currency_word_not_unit(self, pre: _Pre, core: str, sm: re.Match[str], r: _Reading) -> bool:
        """A currency word after the number that is not its unit ("in 2019 dollars",
        "1080p", "a 10-pound turkey", "$479 million yen-denominated debt")."""
        cur = sm.group("cur")
        if (
            pre.code is None
            and not r.scaled
            and len(core) == 4
            and core.isdigit()
            and 1900 <= int(core) <= 2100
            and cur.strip().lstrip("-")[:1].isalpha()
            and cur.isascii()
        ):
            return True  # "in 2019 dollars", "2019 won"
        if pre.code is None and cur == "p" and not r.scaled and core in _VIDEO_LINES:
            return True  # "1080p" video, not £10.80
        if _HYPHEN_NOT_UNIT.match(cur) or cur[0] == "-" and r.value == 0:
            return True  # "a 10-pound turkey"
        # "$479 million yen-denominated debt": the word is an adjective's, not the unit
        return _ADJECTIVE_AFTER.match(self.t, sm.end()) is not None

    def _past_unit(self, sm: re.Match[str], which: str, r: _Reading) -> None:
        """Extend ``r`` over the unit read, and a scale word after a currency code."""
        r.end = sm.end()
        if sm.group("approx"):
            r.inner = r.inner or sm.group("approx").strip()
        code_scale = _SCALE_AFTER_CODE.match(self.t, r.end) if which == "cur" else None
        if (
            code_scale
            and not r.scaled
            and _CODE_TOKEN.fullmatch(sm.group("cur").strip().lstrip("-"))
        ):
            mult = scale_of(code_scale.group("w"))  # "75 USD million": code order
            if mult is not None:
                r.scale, r.scaled, r.value, r.end = mult, True, r.raw * mult, code_scale.end()
