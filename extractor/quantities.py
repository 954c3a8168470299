"""Quantity mentions in running text: money, percentages, basis points, share counts,
counts and bare numbers, with ranges and qualifiers, each with its exact span.

Pure (no spaCy), no global mutable state. One compiled regex per language finds
number cores (digits, Chinese numerals, English number words); small anchored regexes
then read the currency before, the scale word, unit and qualifier around each core,
and reject numbers that are parts of names, dates, codes or times.

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
from .normalize.numbers import parse_number, scale_of
from .quantity_atoms import _Atom, _Pre, _signed_atom
from .quantity_exclusions import _RUN_AFTER, _ZH_DATE_AFTER
from .quantity_grammar import _HYPHEN_NOT_UNIT, _MASTER
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

_QUAL_WORDS: Final[dict[str, Qualifier]] = {
    "about": "~", "approximately": "~", "approx.": "~", "roughly": "~", "around": "~",
    "nearly": "~", "almost": "~", "close to": "~", "circa": "~", "or so": "~",
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "north of": ">", "greater than": ">",
    "at least": ">=", "no less than": ">=", "not less than": ">=", "a minimum of": ">=",
    "minimum of": ">=", "or more": ">=", "or above": ">=", "or higher": ">=",
    "or greater": ">=", "plus": ">=", "+": ">=", "and above": ">=", "and up": ">=",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "shy of": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=", "not more than": "<=",
    "a maximum of": "<=", "maximum of": "<=", "as much as": "<=", "as many as": "<=",
    "or less": "<=", "or fewer": "<=", "or below": "<=", "or lower": "<=",
    "约": "~", "约合": "~", "约为": "~", "大约": "~", "大概": "~", "将近": "~", "接近": "~",
    "近": "~", "左右": "~", "上下": "~", "約": "~", "大約": "~", "將近": "~",
    "超过": ">", "超過": ">", "逾": ">", "超": ">", "多于": ">", "多於": ">", "高于": ">",
    "高於": ">", "余": ">", "餘": ">", "多": ">",
    "不低于": ">=", "不低於": ">=", "不少于": ">=", "不少於": ">=", "至少": ">=",
    "最少": ">=", "以上": ">=",
    "不到": "<", "不足": "<", "低于": "<", "低於": "<", "少于": "<", "少於": "<",
    "不超过": "<=", "不超過": "<=", "不高于": "<=", "不高於": "<=", "最多": "<=",
    "至多": "<=", "以下": "<=", "以内": "<=", "以內": "<=", "之内": "<=", "之內": "<=",
}  # fmt: skip
_QUAL_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?P<en>(?i:about|approximately|approx\.|roughly|around|nearly|almost"
    r"|close\sto|circa|more\sthan|over|above|in\sexcess\sof|upwards\sof|north\sof|greater\sthan"
    r"|at\sleast|no\sless\sthan|not\sless\sthan|a\sminimum\sof|minimum\sof|less\sthan"
    r"|fewer\sthan|under|below|shy\sof|up\sto|at\smost|no\smore\sthan|not\smore\sthan"
    r"|a\smaximum\sof|maximum\sof|as\smuch\sas|as\smany\sas))\s{1,2}"
    r"|(?P<zh>约合|约为|大约|大約|大概|将近|將近|接近|(?<![最附临臨靠])近"
    r"|(?<![签簽合预預履违違条條公契制节節特邀相缔締])[约約]"
    r"|逾|不超过|不超過|超过|超過|超|多于|多於|高于|高於|不低于|不低於|不少于|不少於|至少|最少"
    r"|不到|不足|低于|低於|少于|少於|不高于|不高於|最多|至多) ?)$"
)
_QUAL_AFTER: Final = re.compile(
    r"(?P<en>\s(?i:or\smore|or\sabove|or\shigher|or\sgreater|or\sless|or\sfewer|or\sbelow"
    r"|or\slower|or\sso|and\sabove|and\sup)(?![A-Za-z])|\s?(?i:plus)(?![A-Za-z])(?![\s$]{0,3}\d)"
    r"|\+(?![\s$]{0,3}\d))"
    r"|\s?(?P<zh>左右|上下(?![游文班级級限])|以上|以下|以内|以內|之内|之內)"
)
_PER_SHARE_AFTER: Final = re.compile(
    r"(?:\s?(?i:per|a|an|/)\s?(?i:(?:fully\s)?diluted\s|basic\s|non-gaap\s|gaap\s|adjusted\s"
    r"|common\s|ordinary\s|class\s[ab]\s)?(?i:shares?|ads|adr)(?![A-Za-z])|-a-share|/股|每股)"
)
_PER_SHARE_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:per\s(?:diluted\s|basic\s)?share|eps)(?:\s(?i:of|was|were|is|at))?\s{0,2}"
    r"|每股[^\d\s，。；,;:：]{0,5})$"
)

_SCALE_LETTER_NEEDS_CURRENCY: Final = frozenset("mT")
# "75 USD million": a scale word after a currency code
_SCALE_AFTER_CODE: Final = re.compile(
    r" (?P<w>(?i:thousand|million|billion|trillion|mln|bln|mn|bn))(?![A-Za-z])"
)
_CODE_TOKEN: Final = re.compile(r"[A-Z]{3}|[a-z]{3}")
_VIDEO_LINES: Final = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160"})
_PENCE_DIGITS: Final = re.compile(r"\.\d\d$")  # "PS3.50"
# "$479 million yen-denominated debt": the word is an adjective's, not the unit (but
# "a 12-cent-a-share dividend" is 12 cents)
_ADJECTIVE_AFTER: Final = re.compile(r"-(?!a-share|per-share)[A-Za-z]")

_ZH_QUAL_LAST: Final = frozenset(w[-1] for w in _QUAL_WORDS if not w.isascii())


class _Scanner(_ChineseNumerals, _EnglishWords):
    """One pass over one text (holds per-call state only)."""

    def arabic(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """Digits, with a Chinese scale tail, scale word, currency and unit."""
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
        digits = core.replace(",", "")
        if len(digits) > 32:
            return None, run_end  # an identifier, not an amount
        raw = Decimal(digits)
        value = raw
        scale = Decimal(1)
        scaled = False
        inner: str | None = None
        start, end, neg = pre.start, e, pre.neg
        if m.group("tail"):
            tend = m.end("tail")
            if m.group("tail_end") and _ZH_DATE_AFTER.match(t, tend):
                tend = m.start("tail_end")  # "10亿2020年": the year is not part of it
            tail = t[m.start("tail") : tend]
            v = parse_number(digits + tail.replace(" ", ""))
            if v is not None:
                value, scaled, end = v, True, tend
                scale = v / raw if raw else Decimal(1)
                inner = next((c for c in tail if c in "余多"), None)
        closed = False
        if pre.outer_paren:
            # "($3.2) million" is an accounting negative; "($3.2)" and "($3.2 million)"
            # are as often a conversion or an aside: the bracket stays out of the span
            after = self.g.suffix.match(t, end + 1) if t[end : end + 1] == ")" else None
            if after is not None and after.group("scale"):
                closed, neg, end = True, not neg, end + 1
            else:
                start = pre.cur_start
        elif pre.paren:
            if t[end : end + 1] == ")":
                if pre.code is None and "," not in core and "." not in core:
                    return None, end + 1  # a footnote or list marker "(1)"
                closed, neg, end = True, not neg, end + 1
            elif pre.code is None:
                start = s  # "(5 million users)": the parenthesis is not part of it
        sm = self.g.suffix.match(t, end)
        assert sm is not None  # every group is optional
        word = sm.group("scale") or sm.group("scale1") or sm.group("scale_code")
        scale_end = end
        if sm.group("scale_code") and not (sm.group("cur") and pre.code is None):
            word = None  # "30 MUSD" is 30 million dollars; "5 MABC" is nothing
        if word and not scaled and (not closed or sm.group("scale") or pre.code is not None):
            if (
                sm.group("scale1") in _SCALE_LETTER_NEEDS_CURRENCY
                and pre.code is None
                and not sm.group("cur")
                and not self._money_range_before(pre.start)
            ):
                return None, run_end  # "5m" (metres), "5T": not without a currency
            if core == "3" and word == "M" and pre.code is None:
                return None, run_end  # "3M", the company
            mult = scale_of(word)
            if mult is not None:
                scale, scaled, value = mult, True, raw * mult
                scale_end = sm.end("scale") if sm.group("scale") else sm.end("scale1")
                if sm.group("scale_code"):
                    scale_end = sm.end("scale_code")
        if mangled and not (scaled or "," in core or _PENCE_DIGITS.search(core)):
            return None, run_end  # "PS5", "PS4 Pro": a name; only "PS6m", "PS2,500", "PS3.50"
        unit, factor, which = self._read_unit(pre, sm)
        if which is not None and word and scale_end == end:
            unit, factor, which = pre.code, Decimal(1), None  # a scale word not taken
        if which == "cheng" and (scaled or not 0 < value <= 10):
            unit, factor, which = pre.code, Decimal(1), None  # "成" is 10% only after 1..10
        if which == "zhe":
            if scaled or pre.code is not None or not 0 < value < 100 or (value >= 10 and value != int(value)):
                unit, factor, which = pre.code, Decimal(1), None
            elif value >= 10:
                factor = Decimal(1)  # "75折": 75% of the price
        if (
            which == "cur"
            and pre.code is None
            and not scaled
            and len(core) == 4
            and core.isdigit()
            and 1900 <= int(core) <= 2100
            and sm.group("cur").strip().lstrip("-")[:1].isalpha()
            and sm.group("cur").isascii()
        ):
            unit, factor, which = None, Decimal(1), None  # "in 2019 dollars", "2019 won"
        if (
            which == "cur"
            and pre.code is None
            and sm.group("cur") == "p"
            and not scaled
            and core in _VIDEO_LINES
        ):
            unit, factor, which = None, Decimal(1), None  # "1080p" video, not £10.80
        if which == "cur" and (
            _HYPHEN_NOT_UNIT.match(sm.group("cur")) or sm.group("cur")[0] == "-" and value == 0
        ):
            unit, factor, which = pre.code, Decimal(1), None  # "a 10-pound turkey"
        if which == "cur" and _ADJECTIVE_AFTER.match(t, sm.end()):
            # "$479 million yen-denominated debt": the word is an adjective's, not the unit
            unit, factor, which = pre.code, Decimal(1), None
        if which is not None:
            end = sm.end()
            if sm.group("approx"):
                inner = inner or sm.group("approx").strip()
            code_scale = _SCALE_AFTER_CODE.match(t, end) if which == "cur" else None
            if code_scale and not scaled and _CODE_TOKEN.fullmatch(sm.group("cur").strip().lstrip("-")):
                mult = scale_of(code_scale.group("w"))  # "75 USD million": code order
                if mult is not None:
                    scale, scaled, value, end = mult, True, raw * mult, code_scale.end()
        else:
            end = scale_end
        if pre.paren and not closed and pre.code is not None:
            if t[end : end + 1] == ")":
                closed, neg, end = True, not neg, end + 1  # "$(3.2 million)"
            else:
                start = s  # "$(3.2 million" never closed: keep the span balanced
        if glued and which not in ("pct", "cur"):
            return None, run_end  # letters glued before: only "Jagex100%", "AESC51%"
        if which == "shares" and t[start - 1 : start] == "每":
            return None, end  # "每10股派3元": per ten shares
        if self._glued_after(end, pre.code is not None or which == "cur"):
            return None, max(end, run_end)
        if self._excluded_context(start, end, core, unit, scaled, pre.code is not None):
            return None, max(end, run_end)
        atom = _signed_atom(
            start, end, value * factor, raw, neg, unit=unit, factor=factor, scale=scale,
            scaled=scaled, inner=inner, hyphen=pre.hyphen,
        )
        return atom, end

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
        if self.lang == "en" and ("alf" in t or "uarter" in t):
            out = self._with_fractions(out)
        return out


def _qualify(t: str, src: str, a: _Atom) -> tuple[Qualifier | None, str | None]:
    if a.vague:
        return "~", None
    pre = t[max(0, a.start - 24) : a.start]
    last = pre.rstrip(" ")[-1:]
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
    if a.inner_qual:
        return ">", a.inner_qual
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
        if i + 1 < len(atoms):
            r = _merge_range(t, atoms[i], atoms[i + 1])
            if r is not None:
                merged.append(r)
                i += 2
                continue
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
