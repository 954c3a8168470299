"""Numbers written in words: Chinese numerals and English number words."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .lang import get_language
from .normalize.numbers import CN_BIG_UNITS, CN_SMALL_UNITS, parse_number, scale_of
from .quantity_atoms import _Atom, _Pre, _signed_atom
from .quantity_exclusions import _ONE_BLOCKERS, _Exclusions
from .quantity_grammar import (
    _CN_DIGIT_CHARS,
    _CN_UNIT_CHARS,
    _FRACTION_RE,
    _FRACTIONS,
    _GE_YI,
    _HYPHEN_NOT_UNIT,
    _RATE_AFTER_POINTS,
    _RATE_BEFORE_POINTS,
    _RATE_WINDOW,
)

_EN = get_language("en")
_ZH = get_language("zh")

_SCALE_WORDS: Final = _EN.words("QUANTITY_SCALE_WORDS")
# after a bare number word: a range connector and the next number ("five to seven", "3")
_RANGE_WORD_NEXT: Final = re.compile(
    r"\s{1,2}(?:to|and)\s{1,2}(?=\d|(?i:" + _EN.regex("QUANTITY_RANGE_NUMBER_WORDS") + r")\b)"
)
_VAGUE_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?i:" + _EN.regex("QUANTITY_VAGUE_BEFORE") + r")\s{1,2}$"
)
_POINT_CHARS: Final = "".join(sorted(_ZH.word_set("NUMERAL_POINT")))
_MORE_CHARS: Final = _ZH.regex("QUANTITY_APPROX_CHARS")
_SPACE_OR_MORE: Final = " " + _MORE_CHARS
_TEN_CHARS: Final = "".join(c for c, v in CN_SMALL_UNITS.items() if v == 10)
_NEG_CHARS: Final = "".join(_ZH.words("NUMERAL_NEGATIVE"))
_PCT_FACTORS: Final = {
    c: Decimal(v) for c, v in _ZH.table("QUANTITY_PERCENT_PREFIX_FACTORS").items()
}
_ORDINAL: Final = _ZH.regex("QUANTITY_ORDINAL_MARK")
_UNIT_NOTE_BEFORE: Final = re.compile(_ZH.regex("QUANTITY_UNIT_NOTE_BEFORE"))
_LONE_DIGITS: Final = _ZH.regex("QUANTITY_LONE_FINANCIAL_DIGITS")
_ONE: Final = _ZH.regex("QUANTITY_ONE")
_LOOSE_COINS: Final = _ZH.words("QUANTITY_LOOSE_COINS")
_MONEY_AFTER: Final = _ZH.regex("QUANTITY_MONEY_AFTER")
_VAGUE_CHARS: Final = _ZH.regex("QUANTITY_VAGUE_BEFORE")
_IDIOMS_AFTER: Final = _ZH.words("QUANTITY_IDIOMS_AFTER")
# idioms written with numerals ("一波三折"), looked for around a numeral
_IDIOM_RE: Final = re.compile("|".join(map(re.escape, _ZH.words("QUANTITY_IDIOMS"))))
_NAME_WORD_AFTER: Final = re.compile(_ZH.regex("QUANTITY_NAME_WORD_AFTER"))
_POINT_FRACTION: Final = re.compile(_EN.regex("QUANTITY_POINT_FRACTION"), re.IGNORECASE)


class _ChineseNumerals(_Exclusions):
    """Chinese numerals: "百分之五十", "三千五百五十万", "四家"."""

    def pct_prefix(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """百分之五十, 千分之三, 百分之12.5."""
        s = m.start()
        num = m.group("pctnum").rstrip(_POINT_CHARS)
        v = parse_number(num)
        while v is None and len(num) > 1 and num[-1] in _CN_UNIT_CHARS:
            num = num[:-1].rstrip(_POINT_CHARS)  # "百分之七十百分位"
            v = parse_number(num)
        if v is None:
            return None, s + 1
        factor = _PCT_FACTORS.get(m.group("pctpre")[0], Decimal("0.01"))
        end = m.start("pctnum") + len(num)
        pre = self._prefix(s)
        start, neg = (pre.start, pre.neg) if pre.code is None and not pre.paren else (s, False)
        return _signed_atom(start, end, v * factor, v, neg, unit="%", factor=factor), end

    def pure_cn(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """Chinese numerals: kept only with a unit, or a 万/亿 scale ("三千五百五十万")."""
        t = self.t
        s, e = m.span("cn")
        run = m.group("cn")
        if s > 0 and t[s - 1] == _ORDINAL:
            return None, e  # an ordinal
        if _UNIT_NOTE_BEFORE.search(t, max(0, s - 12), s):
            return None, e  # "单位：千元": a table's unit, no value
        if not any(c in CN_BIG_UNITS for c in run):
            k = e
            while k < len(t) and k < e + 2 and t[k] in _SPACE_OR_MORE:
                k += 1
            if k >= len(t) or t[k] not in self.g.cn_follow:
                return None, s + 1 if len(run) == 1 else e
        for n in range(len(run), 0, -1):
            cand = run[:n]
            if cand[-1] in _POINT_CHARS:
                continue
            v = parse_number(cand)
            if v is None:
                continue
            sm = self.g.suffix.match(t, s + n)
            assert sm is not None  # every group is optional
            has_digit = cand[0] in _TEN_CHARS or any(c in _CN_DIGIT_CHARS for c in cand)
            pre = self._prefix(s)
            if pre.code is None and (pre.paren or pre.start < s and t[pre.start : s] not in _NEG_CHARS):
                pre = _Pre(s)
            unit, factor, which = self._read_unit(pre, sm)
            if sm.group("scale") or sm.group("scale1"):
                unit, factor, which = pre.code, Decimal(1), None  # no "三 million"
            if which is None:
                if not has_digit or not any(c in CN_BIG_UNITS for c in cand):
                    continue
                if cand[-1] in _MORE_CHARS or (
                    n >= 2 and cand[-1] in _CN_DIGIT_CHARS and cand[-2] in CN_BIG_UNITS
                ):
                    continue  # "一万三" without a unit: "三" may start the next word
                end = s + n
            else:
                end = sm.end()
            if n == 1 and cand in _LONE_DIGITS:
                return None, e  # "陆股通", "大陆人", "队伍"
            if which in ("cls", "cheng", "zhe") and cand == _ONE:
                return None, e  # "一个", "一家", "一成不变"
            if which == "cls" and _GE_YI.match(t, end):
                return None, e  # "三个亿": three hundred million said aloud, not 3
            if (
                which == "cur"
                and sm.group("cur").strip().lstrip("-") in _LOOSE_COINS
                and t[end : end + 1] not in _MONEY_AFTER
            ):
                return None, e  # "一块工业用地"
            if not has_digit and which not in ("cur", "pct", "pp", "bp", "shares"):
                return None, e  # "千万", "百家", "万家"
            if s > 0 and t[s - 1] in _VAGUE_CHARS:
                return None, e  # "数千万美元": vague
            if cand[0] == _ONE and s > 0 and t[s - 1] in _ONE_BLOCKERS:
                return None, e  # "统一", "万一", "之一"
            if t.startswith(_IDIOMS_AFTER, end):
                return None, e  # "十万火急" (an idiom)
            if which == "cur" and _NAME_WORD_AFTER.match(t, end):
                return None, e  # "三元控股": a company's name
            if _IDIOM_RE.search(t, max(0, s - 3), end + 3):
                return None, e  # "一波三折": an idiom, no 30%
            if which in ("cheng", "zhe") and not 0 < v < 10 + (which == "cheng"):
                return None, e
            inner = sm.group("approx").strip() if which and sm.group("approx") else None
            inner = next((c for c in cand if c in _MORE_CHARS), inner)
            atom = _signed_atom(
                pre.start,
                end,
                v * factor,
                v,
                pre.neg,
                unit=unit,
                factor=factor,
                scaled=cand[-1] in CN_BIG_UNITS,
                inner=inner,
            )
            return atom, end
        return None, e


def _replacing(atoms: list[_Atom], found: list[_Atom]) -> list[_Atom]:
    """``atoms`` with ``found`` added, in order; an atom a found one covers is dropped."""
    if not found:
        return atoms
    kept = [a for a in atoms if not any(a.start < f.end and f.start < a.end for f in found)]
    return sorted(kept + found, key=lambda a: a.start)


def _vague_atom(m: re.Match[str], u: tuple[str, Decimal], low: Decimal, high: Decimal, big: Decimal) -> _Atom:
    """The "~" range of a vague amount matched by ``m`` in currency ``u`` (code, factor)."""
    return _Atom(m.start(), m.end(), low * u[1], u[0], low, big, True, u[1], value_high=high * u[1], vague=True)


class _EnglishWords(_Exclusions):
    """English number words, fractions of a scale and vague magnitudes."""

    def words(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """English number words: kept only with a scale word, a currency or a percent."""
        t = self.t
        s, e = m.span("words")
        text = m.group("words")
        v = parse_number(text)
        tries = 3
        while v is None and tries and " " in text.strip():  # "one hundred and three and two"
            tries -= 1
            text = text.rstrip()
            text = text[: max(text.rfind(" "), text.rfind("-"))].rstrip(" -")
            v = parse_number(text)
        if v is None:
            return None, e
        e = s + len(text)
        low = text.lower()
        if low.split()[0].split("-")[0] in _SCALE_WORDS and _VAGUE_BEFORE.search(
            t, max(0, s - 12), s
        ):
            return None, e  # "a few hundred", "several hundred million": vague
        has_scale = any(w in low for w in _SCALE_WORDS)
        sm = self.g.suffix.match(t, e)
        assert sm is not None  # every group is optional
        pre = self._prefix(s)
        if pre.paren:
            pre = _Pre(s)
        unit, factor, which = self._read_unit(pre, sm)
        if sm.group("scale") or sm.group("scale1") or which in ("cls", "cheng", "zhe"):
            unit, factor, which = pre.code, Decimal(1), None
        if which == "cur" and (
            _HYPHEN_NOT_UNIT.match(sm.group("cur")) or sm.group("cur")[0] == "-" and v == 0
        ):
            unit, factor, which = pre.code, Decimal(1), None  # "a zero-dollar premium"
        if sm.group("scale_code") and which == "cur" and pre.code is None:
            mult = scale_of(sm.group("scale_code").strip())
            if mult is not None:
                v, has_scale = v * mult, True  # "twenty MUSD"
        if which is None and pre.code is None and not has_scale:
            if _RANGE_WORD_NEXT.match(t, e) and not self._rejected_before(pre.start):
                # "five to seven per cent", "three to four billion dollars": kept for the
                # range the next number may close (dropped if none does)
                return attrs.evolve(
                    _signed_atom(s, e, v, v, False, unit=None, factor=Decimal(1)), provisional=True
                ), e
            return None, e  # "one of", "three years"
        if self._rejected_before(pre.start):
            return None, e
        end = sm.end() if which is not None else e
        if self._glued_after(end, pre.code is not None or which == "cur"):
            return None, e  # "one-time", "two-year"
        atom = _signed_atom(
            pre.start,
            end,
            v * factor,
            v,
            pre.neg,
            unit=unit,
            factor=factor,
            scaled=has_scale,
            hyphen=pre.hyphen,
        )
        return atom, end

    def fraction(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """ "half a million dollars", "a quarter of a billion euros": money only."""
        t = self.t
        s, e = m.span("frac")
        part = m.group("part").lower()
        frac = _FRACTIONS.get(part, Decimal("0.75"))
        scale = scale_of(m.group("fscale"))
        assert scale is not None
        v = frac * scale
        sm = self.g.suffix.match(t, e)
        assert sm is not None  # every group is optional
        pre = self._prefix(s)
        if pre.paren:
            pre = _Pre(s)
        unit, factor, which = self._read_unit(pre, sm)
        if which not in ("cur", None) or sm.group("scale") or sm.group("scale1"):
            unit, factor, which = pre.code, Decimal(1), None
        if unit is None or self._rejected_before(pre.start):
            return None, e  # "half a million people": not a value we read
        end = sm.end() if which is not None else e
        if self._glued_after(end, True):
            return None, e
        atom = _signed_atom(
            pre.start,
            end,
            v * factor,
            v,
            pre.neg,
            unit=unit,
            factor=factor,
            scale=scale,
            scaled=True,
            hyphen=pre.hyphen,
        )
        return atom, end

    def _with_point_fractions(self, atoms: list[_Atom]) -> list[_Atom]:
        """Add fractions of a point ("three-quarters of a percentage point": 0.75 pp, "half
        a basis point": 0.5 bp); a bare "point" only where a rate is named ("raised rates
        by a quarter point"), not an index's ("the Dow fell half a point")."""
        found = []
        t = self.t
        for m in _POINT_FRACTION.finditer(t):
            kind = (m.group("kind") or "").lower()
            if not kind and not (
                _RATE_BEFORE_POINTS.search(t, max(0, m.start() - _RATE_WINDOW), m.start())
                or _RATE_AFTER_POINTS.match(t, m.end())
            ):
                continue
            part = m.group("ppart").lower()
            v = _FRACTIONS.get(part, Decimal("0.75"))
            unit = "bp" if kind == "basis" else "pp"
            found.append(_signed_atom(m.start(), m.end(), v, v, False, unit=unit, factor=Decimal(1)))
        return _replacing(atoms, found)

    def _with_fractions(self, atoms: list[_Atom]) -> list[_Atom]:
        """Add "half a million dollars"-like amounts (they replace what they cover)."""
        found = []
        self.floor = 0  # a currency before the words may be read again
        for m in _FRACTION_RE.finditer(self.t):
            atom, _ = self.fraction(m)
            if atom is not None:
                found.append(atom)
        return _replacing(atoms, found)

    def _with_vague_zh(self, atoms: list[_Atom]) -> list[_Atom]:
        """Add "数十亿元"-like amounts: "数亿元" is 1亿 to 10亿 yuan, "数十亿元" 10亿 to
        100亿, "几百万美元" 1,000,000 to 10,000,000 dollars; the qualifier is "~"."""
        vague = []
        for m in self.g.vague_zh.finditer(self.t):
            u = self._currency(m.group("cur"), m.start("cur"))
            big = scale_of(m.group("scale"))
            if u is None or big is None or (u[1] != 1 and len(m.group("cur")) == 1):
                continue  # (not "数万分": a minor unit)
            if m.group("ten"):
                if m.group("mult"):
                    continue  # "十几十亿": no reading
                low, high = big * 10, big * 20  # "十几亿": ten-odd 亿, 10亿 to 20亿
            else:
                low = big * {"十": 10, "百": 100, "千": 1000}.get(m.group("mult") or "", 1)
                high = low * 10
            vague.append(_vague_atom(m, u, low, high, big))
        return _replacing(atoms, vague)

    def _with_vague(self, atoms: list[_Atom]) -> list[_Atom]:
        """Add "tens of millions of dollars"-like amounts (they replace what they cover).

        The value is the least amount the words allow and ``value_high`` the next order
        of magnitude: "tens of millions" is 10,000,000 to 100,000,000, "millions" is
        1,000,000 to 1,000,000,000; the qualifier is "~".
        """
        vague = []
        for m in self.g.vague.finditer(self.t):
            u = self._currency(m.group("cur"), m.start("cur"))
            if u is None:
                continue
            big = scale_of(m.group("scale")[:-1])
            assert big is not None
            low = big * {"tens": 10, "hundreds": 100}.get((m.group("mult") or "").lower(), 1)
            high = low * 10 if m.group("mult") else big * 1000
            vague.append(_vague_atom(m, u, low, high, big))
        return _replacing(atoms, vague)
