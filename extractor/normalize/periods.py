"""Period mentions in English and Chinese financial text -> :class:`~extractor.records.Period`.

Pure functions: no spaCy, no dateparser, nothing heavy at import time (the grammar is
compiled on first use and then reused). Every regex is bounded, so long digit runs or
long text cannot make it backtrack badly.

:func:`find_periods` returns every period mention of a text, in document order,
non-overlapping (leftmost, then longest), each with its exact half-open span:

>>> ctx = PeriodContext(doc_date=date(2016, 6, 24))
>>> text = "2015年11月，Twilio获得投资。同年5月，公司去年增长88%。Twilio周四上市。"
>>> [(m.text, m.period.label) for m in find_periods(text, "zh", ctx)]
[('2015年11月', '2015-11'), ('同年5月', '2015-05'), ('去年', '2015'), ('周四', '2016-06-23')]

In an earnings call a bare quarter is the call's quarter, ``the year`` its fiscal year:

>>> call = PeriodContext(doc_date=date(2021, 7, 28), call_period=Period.quarter(2021, 2))
>>> text = "Revenue in the quarter grew 67%; for the full year we expect 30% and Q3 revenue of $1.2 billion."
>>> [(m.text, m.period.label) for m in find_periods(text, "en", call)]
[('the quarter', '2021-Q2'), ('the full year', 'FY2021'), ('Q3', '2021-Q3')]

Filings' "years ended" give one mention per year:

>>> [(m.text, m.period.label, m.ended) for m in find_periods(
...     "for the years ended December 31, 2019 and 2020", "en", PeriodContext())]
[('the years ended December 31, 2019', 'FY2019', True), ('2020', 'FY2020', True)]

:func:`parse_period` reads a string that is one period expression as a whole:

>>> parse_period("2021年前三季度", "zh", PeriodContext()).label
'2021-01..2021-09'
>>> parse_period("fiscal second quarter 2022", "en", PeriodContext()).label
'FY2022-Q2'
>>> parse_period("last year", "en", PeriodContext()) is None   # no date: unresolved
True

Choices worth knowing (documented, tested):

* Nothing is ever filled from today's date; without ``doc_date``/``call_period`` a
  relative mention is returned with ``period=None`` and ``relative=True``.
* "through 2024" said in 2021 is the span ``2021..2024`` (as "over the next 4 years");
  "the past 3 years", "近三年", "several years" and fiscal spans ("fiscal 2019 to 2021")
  are found but left ``None``: their bounds are ambiguous.
* "2019-2021", "between 2019 and 2021", "2019年至2021年" include both ends (``2019..2021``).
* "end of 2020", "2020年底", "year-end 2020" are the year 2020 with ``ended=True``.
* "the year ended <date>" / "截至…止年度" is the fiscal year of the date's year;
  "three/six/nine months ended <date>" is the calendar quarter / half / month span
  ending with the date's month (a date within a week of a month end snaps to it, as
  in 52/53-week fiscal calendars); "twelve months ended" counts as a year ended.
* "full year 2021" and "the full year" are fiscal years inside a call (``call_period``
  set), calendar years elsewhere; "全年" follows "full year".
* English months and days without a year ("in March", "June 30") take the reference
  year; Chinese ones ("5月", "6月23日") take the anchor year, else the reference year.
* Two-digit years: ``'21``/``FY21``/``2Q21`` -> 2021 (00-69 -> 20xx, 70-99 -> 19xx);
  a Chinese two-digit year ("07年") needs a leading zero or a following month, quarter
  or half ("18年上半年"), since "15年" is usually a duration.
* "2015.3" (a decimal in financial text) is not read as a month; "2011-12" is
  December 2011, while "2020-21" (not a month) is the span ``2020..2021`` and
  "FY2020-21" the fiscal year 2021.
* "early 2022" is 2022-H1, "late last year" / "later this year" the second half.
* "December 31, 2020 and 2019" (and "fiscal 2020 and 2021", "years ended ..., 2019 and
  2020") give one mention per year, each with the same day / kind.
* "the period ended <date>" is that day (``ended=True``); "year to date" / "年初至今" is
  January through the call's quarter, else through the document's month.
* A bare quarter in a call is the call's year even when it is really last year's
  ("from Q4 to Q1" in a Q2 call gives 2021-Q4): the words do not say.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Final, Literal

import attrs

from ..lang import get_language
from ..records import Period
from .prefilter import first_chars, with_first_chars

_EN = get_language("en")
_ZH = get_language("zh")

__all__ = ["PeriodContext", "PeriodMention", "find_periods", "parse_period", "reference_year"]


@attrs.frozen
class PeriodContext:
    """What relative period words resolve against.

    ``doc_date``: the document's date ("last year", "去年", "周四", "today");
    ``call_period``: the earnings call's quarter (``Period.quarter(2021, 2)``, or
    ``Period.fiscal_quarter(2022, 2)`` when the call speaks of fiscal quarters).

    >>> PeriodContext(doc_date=date(2021, 7, 28)).doc_date.year
    2021
    """

    doc_date: date | None = None
    call_period: Period | None = None


@attrs.frozen
class PeriodMention:
    """One period mention: ``text == source[start:end]`` (half-open offsets).

    ``period`` is None when the mention cannot be resolved (a relative word without a
    date, or an ambiguous span); ``relative`` is True when the period was resolved
    from context rather than from the words alone; ``ended`` marks "ended/ending/as
    of/截至" forms and year-end points.
    """

    start: int
    end: int
    text: str
    period: Period | None
    relative: bool = False
    ended: bool = False


_JOINED = re.compile(
    r"\s*(?:,|,?\s*(?:" + _EN.regex("PERIOD_JOIN_WORDS") + "|" + _ZH.regex("PERIOD_JOIN_WORDS")
    + ")|" + _ZH.regex("PERIOD_LIST_COMMA") + r")\s*"
)


def reference_year(ctx: PeriodContext) -> int | None:
    """The year relative words resolve against: ``doc_date``'s, else the call's.

    >>> reference_year(PeriodContext(call_period=Period.quarter(2021, 2)))
    2021
    >>> reference_year(PeriodContext()) is None
    True
    """
    if ctx.doc_date is not None:
        return ctx.doc_date.year
    if ctx.call_period is not None:
        return ctx.call_period.year_number
    return None


def find_periods(
    text: str,
    lang: Literal["en", "zh"],
    ctx: PeriodContext,
    *,
    anchor_year: int | None = None,
    anchor_day: Period | None = None,
) -> list[PeriodMention]:
    """All period mentions in ``text``, in document order, non-overlapping.

    ``anchor_year`` is the year last mentioned before ``text`` (for "同年5月", "same
    year", "5月"); inside ``text`` it moves forward as explicit years are met.
    ``anchor_day`` is the day last mentioned before ``text`` (for "当日", "that day");
    inside ``text`` the last day mentioned before the words wins.

    >>> ms = find_periods("Shares rose 5% that day. 6月23日上市，当日大涨。", "zh", PeriodContext(),
    ...                   anchor_year=2016, anchor_day=Period.day(date(2016, 6, 20)))
    >>> [(m.text, m.period.label) for m in ms]
    [('that day', '2016-06-20'), ('6月23日', '2016-06-23'), ('当日', '2016-06-23')]

    >>> ctx = PeriodContext(doc_date=date(2021, 8, 2))
    >>> [m.period.label for m in find_periods("Q2 2021 and 2Q20, FY21, 1H21", "en", ctx)]
    ['2021-Q2', '2020-Q2', 'FY2021', '2021-H1']
    >>> [m.text for m in find_periods("year-over-year growth of 2000 customers", "en", ctx)]
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"find_periods() needs text as str, got {type(text).__name__}")
    if lang not in ("en", "zh"):
        raise ValueError(f'lang must be "en" or "zh", got {lang!r}')
    grammar = _grammar(lang)
    env = _Env(ctx, anchor_year)
    out: list[PeriodMention] = []
    pos, n = 0, len(text)
    scan = grammar.scan
    while pos < n:
        m = scan.search(text, pos)
        if m is None:
            break
        p = m.start()
        found = _at(grammar, text, p, env)
        if found is None:
            pos = p + 1
            continue
        hits, end = found
        for h in hits:
            s, e = _trim(text, h.start, h.end)
            if lang == "en" and _STANDARD_REF.search(text, max(0, s - 48), s):
                continue  # "ASU No. 2018-02" names a standard: no period
            ended = h.ended or (
                h.period is not None
                and h.period.kind == "day"
                and bool(out)
                and out[-1].ended
                and _JOINED.fullmatch(text, out[-1].end, s) is not None
            )  # "as of May 3, 2020 and April 28, 2019": both are points in time
            out.append(PeriodMention(s, e, text[s:e], h.period, h.relative, ended))
            if h.anchor is not None:
                env = _Env(ctx, h.anchor)
        pos = max(end, p + 1)
    if _SAME_DAY.search(text):
        out = _same_day(text, out, anchor_day)
    return out


# accounting standards are numbered by year ("ASU No. 2018-02", "Accounting Standards
# Update 2017-12"): the number names the standard, it dates nothing
_STANDARD_REF: Final = re.compile(
    r"\b(?:" + _EN.regex("PERIOD_STANDARD_NAMES") + ")"
    r"\s{1,3}(?:No\.?\s{0,2}|Nos\.?\s{0,2})?$"
)
# (searched for in every paragraph: a lookahead of its first characters passes over the
# positions no word can start at quickly)
_SAME_DAY: Final = with_first_chars(re.compile(
    _EN.regex("PERIOD_SAME_DAY") + "|" + _ZH.regex("PERIOD_SAME_DAY"), re.IGNORECASE
))


def _same_day(text: str, found: list[PeriodMention], anchor: Period | None) -> list[PeriodMention]:
    """Add "that day" / "当日" mentions: the last day mentioned before them."""
    out = list(found)
    for m in _SAME_DAY.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in found):
            continue
        days = [x.period for x in found if x.end <= m.start() and x.period is not None and x.period.kind == "day"]
        day = days[-1] if days else anchor
        if day is not None:
            out.append(PeriodMention(m.start(), m.end(), m.group(), day, relative=True))
    return sorted(out, key=lambda x: x.start)


def parse_period(
    text: str,
    lang: Literal["en", "zh"],
    ctx: PeriodContext,
    *,
    anchor_year: int | None = None,
) -> Period | None:
    """The period of ``text`` when the whole string is one period expression, else None.

    A leading preposition ("in", "for the", "在") and trailing punctuation are allowed.

    >>> ctx = PeriodContext(doc_date=date(2016, 6, 24))
    >>> [parse_period(s, "zh", ctx).label for s in ["2015年", "去年", "周四", "2021年Q2"]]
    ['2015', '2015', '2016-06-23', '2021-Q2']
    >>> parse_period("in March", "en", ctx).label, parse_period("revenue", "en", ctx)
    ('2016-03', None)
    """
    ms = find_periods(text, lang, ctx, anchor_year=anchor_year)
    if len(ms) != 1:
        return None
    m = ms[0]
    if not _LEAD_OK.fullmatch(text[: m.start]) or not _TAIL_OK.fullmatch(text[m.end :]):
        return None
    return m.period


_LEAD_OK: Final = re.compile(
    r"\s{0,3}(?:(?:" + _EN.regex("PERIOD_LEAD_WORDS") + r")\s{1,3}(?:the\s{1,3})?|"
    + _ZH.regex("PERIOD_LEAD_WORDS") + r")?\s{0,3}",
    re.IGNORECASE,
)
_TAIL_OK: Final = re.compile(r"[\s.,;:!?。，；：、！？)）]{0,5}")


# -- small helpers --------------------------------------------------------------------


@attrs.frozen
class _Env:
    ctx: PeriodContext
    anchor: int | None


@attrs.frozen
class _Hit:
    start: int
    end: int
    period: Period | None
    relative: bool = False
    ended: bool = False
    anchor: int | None = None  # the year later mentions anchor to ("同年", "5月")


_Handler = Callable[[re.Match[str], _Env], list[_Hit] | None]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\r\n\u00a0\u3000,":
        s += 1
    while e > s and text[e - 1] in " \t\r\n\u00a0\u3000,":
        e -= 1
    return s, e


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, None when the rule has no such group or it did not match."""
    idx = m.re.groupindex.get(name)
    if idx is None:
        return None
    v = m.group(idx)
    return v if isinstance(v, str) else None


_CN_DIGITS: Final[Mapping[str, int]] = _ZH.table("DIGITS")
_EN_NUMS: Final[Mapping[str, int]] = _EN.table("NUMBER_WORDS")


def _num(s: str) -> int | None:
    """A small number written in digits (any width), Chinese numerals or English words.

    >>> [_num(x) for x in ["12", "１２", "十二", "二十三", "二〇一六", "nine", "几"]]
    [12, 12, 12, 23, 2016, 9, None]
    """
    s = "".join(s.split())
    if not s:
        return None
    if s.isdecimal():
        return int(s)
    low = s.lower()
    if low in _EN_NUMS:
        return _EN_NUMS[low]
    if "十" in s:
        a, _, b = s.partition("十")
        if (a and a not in _CN_DIGITS) or (b and b not in _CN_DIGITS):
            return None
        return (_CN_DIGITS[a] if a else 1) * 10 + (_CN_DIGITS[b] if b else 0)
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    return None


def _yy(s: str) -> int:
    """A year written with 4 or 2 digits: '21' -> 2021, '99' -> 1999."""
    v = int(s)
    if len(s) > 2:
        return v
    return 2000 + v if v < 70 else 1900 + v


def _year_ok(y: int | None) -> bool:
    return y is not None and 1800 <= y <= 2199


def _call_quarter(ctx: PeriodContext) -> tuple[int, int, bool] | None:
    """(year, quarter, fiscal) of the call, else of the document date."""
    cp = ctx.call_period
    if cp is not None and cp.kind in ("quarter", "fiscal_quarter"):
        return cp.year_number, int(cp.label[-1]), cp.kind == "fiscal_quarter"
    if ctx.doc_date is not None:
        d = ctx.doc_date
        return d.year, (d.month - 1) // 3 + 1, False
    return None


def _call_fiscal(ctx: PeriodContext) -> bool:
    cp = ctx.call_period
    return cp is not None and cp.kind.startswith("fiscal")


def _call_year(ctx: PeriodContext) -> int | None:
    """The year bare quarters belong to: the call's, else the document's."""
    if ctx.call_period is not None:
        return ctx.call_period.year_number
    if ctx.doc_date is not None:
        return ctx.doc_date.year
    return None


def _quarter(y: int | None, q: int, fiscal: bool) -> Period | None:
    if not _year_ok(y) or not 1 <= q <= 4:
        return None
    assert y is not None
    return Period.fiscal_quarter(y, q) if fiscal else Period.quarter(y, q)


def _half(y: int | None, h: int, fiscal: bool) -> Period | None:
    if not _year_ok(y) or h not in (1, 2):
        return None
    assert y is not None
    return Period.fiscal_half(y, h) if fiscal else Period.half(y, h)


def _year(y: int | None, fiscal: bool) -> Period | None:
    if not _year_ok(y):
        return None
    assert y is not None
    return Period.fiscal_year(y) if fiscal else Period.year(y)


def _month(y: int | None, mo: int) -> Period | None:
    if not _year_ok(y) or not 1 <= mo <= 12:
        return None
    assert y is not None
    return Period.month(y, mo)


def _day(y: int | None, mo: int, d: int) -> Period | None:
    if not _year_ok(y):
        return None
    assert y is not None
    try:
        return Period.day(date(y, mo, d))
    except ValueError:
        return None


def _months(y: int | None, first: int, last: int, fiscal: bool = False) -> Period | None:
    if fiscal or not _year_ok(y) or not 1 <= first <= last <= 12:
        return None
    assert y is not None
    return Period.months(y, first, last)


def _shift_quarter(y: int, q: int, k: int) -> tuple[int, int]:
    n = y * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


def _months_ended(n: int, end: date) -> Period | None:
    """The period of ``n`` months ending on ``end``: 3 -> quarter, 6 -> half, 12 -> FY.

    >>> [str(_months_ended(n, date(2021, 6, 30))) for n in (3, 6, 9, 12)]
    ['2021-Q2', '2021-H1', 'None', 'FY2021']
    >>> str(_months_ended(3, date(2021, 6, 26))), str(_months_ended(9, date(2021, 10, 2)))
    ('2021-Q2', '2021-01..2021-09')
    """
    if n == 12:
        return Period.fiscal_year(end.year)
    y, mo = end.year, end.month
    last = calendar.monthrange(y, mo)[1]
    if end.day >= last - 7:
        pass
    elif end.day <= 7:
        mo -= 1
        if mo == 0:
            y, mo = y - 1, 12
    else:
        return None
    first = mo - n + 1
    if first < 1:
        return None
    return Period.months(y, first, mo)


def _bare_quarter(env: _Env, q: int, fiscal_word: bool) -> _Hit:
    """'third quarter', 'Q3', '三季度' without a year: the call's year (fiscal calls too)."""
    ctx = env.ctx
    fiscal = fiscal_word or _call_fiscal(ctx)
    return _Hit(0, 0, _quarter(_call_year(ctx), q, fiscal), relative=True)


def _bare_half(env: _Env, h: int, fiscal_word: bool) -> _Hit:
    """'the second half', '下半年' without a year: the reference year (fiscal: the call's)."""
    ctx = env.ctx
    if fiscal_word or _call_fiscal(ctx):
        return _Hit(0, 0, _half(_call_year(ctx), h, True), relative=True)
    return _Hit(0, 0, _half(reference_year(ctx), h, False), relative=True)


def _the_year(env: _Env) -> _Hit:
    """'the year', 'the full year', '全年': the call's fiscal year, else the reference year."""
    ctx = env.ctx
    if ctx.call_period is not None:
        return _Hit(0, 0, _year(ctx.call_period.year_number, True), relative=True)
    return _Hit(0, 0, _year(reference_year(ctx), False), relative=True)


def _same_period(env: _Env, year: int | None, quarter_words: bool) -> Period | None:
    """'去年同期', 'the year-ago quarter': the call's quarter in ``year``."""
    cq = _call_quarter(env.ctx) if env.ctx.call_period is not None else None
    if cq is not None:
        y0, q, fiscal = cq
        return _quarter(year if year is not None else y0 - 1, q, fiscal)
    if quarter_words:
        return None
    return _year(year, False)


def _span(h: _Hit, s: int, e: int) -> _Hit:
    return attrs.evolve(h, start=s, end=e)


# -- the grammar: named fragments, expanded once ----------------------------------------

_MONTHS: Final[Mapping[str, int]] = _EN.table("MONTHS")
_MON_ALT: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MON_CAP_ALT: Final = "|".join(k.capitalize() for k in sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS: Final[Mapping[str, int]] = _EN.table("WEEKDAYS")
_ZH_WEEKDAYS: Final[Mapping[str, int]] = _ZH.table("WEEKDAYS")

# Fragments are referenced as {NAME} (upper case) and expanded recursively; regex
# quantifiers such as {1,3} are left alone. Fragments that define named groups are used
# at most once per rule.
_FRAGMENTS: Final[dict[str, str]] = {
    "SP": r"\s{1,3}",
    "NB": r"(?<![A-Za-z0-9])",
    "NA": r"(?![A-Za-z0-9])",
    "AP": r"['’]",
    "Y4": r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])",
    "MON": rf"(?P<mon>(?:{_MON_ALT})(?![A-Za-z]))\.?",
    "MONCAP": rf"(?P<mon>(?-i:{_MON_CAP_ALT})(?![A-Za-z]))\.?",
    "MONALT": _MON_ALT,
    # -- Chinese
    "S": r"[ \u00a0\u3000]?",
    "D": r"[0-9０-９]",
    **_EN.table("PERIOD_GRAMMAR"),
    **_ZH.table("PERIOD_GRAMMAR"),
}


def _expand(pattern: str, extra: dict[str, str] | None = None) -> str:
    frags = dict(_FRAGMENTS, **(extra or {}))

    def sub(m: re.Match[str]) -> str:
        return _expand(frags[m.group(1)], extra)

    return re.sub(r"\{([A-Z][A-Z0-9]*)\}", sub, pattern)


# -- English handlers --------------------------------------------------------------------


def _yref(m: re.Match[str], env: _Env) -> tuple[int | None, bool, bool, bool]:
    """Resolve a YREF/QSUF year: (year, fiscal, relative, present)."""
    ctx = env.ctx
    if (v := _g(m, "yf")) is not None:
        return _yy(v), True, False, True
    for name in ("yc", "ya", "yb", "y"):
        if (v := _g(m, name)) is not None:
            return _yy(v), False, False, True
    rel = _g(m, "rel")
    if rel is None:
        return None, False, False, False
    rel = " ".join(rel.lower().split())
    fis = _g(m, "relfy") is not None
    if rel == "the":
        return None, fis, True, False
    if rel == "the same":
        return env.anchor, fis, True, True
    off = {"this": 0, "current": 0, "the current": 0, "next": 1, "the next": 1}.get(rel, -1)
    fiscal = fis or _call_fiscal(ctx)
    base = _call_year(ctx) if fiscal and ctx.call_period is not None else reference_year(ctx)
    return (base + off if base is not None else None), fiscal, True, True


def _h_ended(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    parts = _date_parts(m)
    if parts is None:
        return None
    y, mo, d = parts
    relative = y is None
    if y is None:
        y = reference_year(env.ctx)
    try:
        end = date(y, mo, d) if y is not None else None
    except ValueError:
        return None
    unit = (_g(m, "yr") or _g(m, "qtr") or "").lower()
    p: Period | None
    n1, n2 = _g(m, "n1"), _g(m, "n2")
    n = _num(_g(m, "n") or "")
    if unit.startswith("year"):
        n = 12
    elif unit.startswith("quarter"):
        n = 3
    elif _g(m, "per") is not None:  # "the period ended June 30, 2020": only its last day
        p = _day(end.year, end.month, end.day) if end else None
        return [_Hit(m.start(), m.start("more"), p, relative, True, anchor=None if relative else y)]
    hits: list[_Hit] = []
    date_end = m.start("more")
    if n1 is not None and n2 is not None:
        a, b = _num(n1), _num(n2)
        if a is None or b is None:
            return None
        p1 = _months_ended(a, end) if end else None
        p2 = _months_ended(b, end) if end else None
        hits.append(_Hit(m.start(), m.end("n1"), p1, relative, True))
        hits.append(_Hit(m.start("n2"), date_end, p2, relative, True))
    else:
        if n is None:
            return None
        p = _months_ended(n, end) if end else None
        hits.append(
            _Hit(m.start(), date_end, p, relative, True, anchor=y if not relative else None)
        )
    more = _g(m, "more")
    if more and end is not None:
        base = m.start("more")
        for ym in re.finditer(r"[0-9]{4}", more):
            yy = int(ym.group())
            try:
                e2 = end.replace(year=yy)
            except ValueError:
                e2 = end.replace(year=yy, day=28)
            p = None if n1 is not None else _months_ended(n or 12, e2)
            hits.append(_Hit(base + ym.start(), base + ym.end(), p, False, True, anchor=yy))
    return hits


def _date_parts(m: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a DATE fragment, or of a month and year ("ending
    March 2024": its last day)."""
    if (mym := _g(m, "mym")) is not None:
        year, month = int(_g(m, "myy") or 0), _MONTHS[mym.lower()]
        return year, month, calendar.monthrange(year, month)[1]
    if (mon := _g(m, "dm")) is not None:
        mo, d, y = _MONTHS[mon.lower()], int(_g(m, "dd") or 0), _g(m, "dy")
    elif (mon := _g(m, "em")) is not None:
        mo, d, y = _MONTHS[mon.lower()], int(_g(m, "ed") or 0), _g(m, "ey")
    elif (iy := _g(m, "iy")) is not None:
        mo, d, y = int(_g(m, "im") or 0), int(_g(m, "id") or 0), iy
    elif (uy := _g(m, "uy")) is not None:
        mo, d, y = int(_g(m, "um") or 0), int(_g(m, "ud") or 0), uy
        if mo > 12 >= d:
            mo, d = d, mo
    else:
        return None
    if mon is not None and mon == "may" and y is None:
        return None
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    return (int(y) if y else None), mo, d


def _h_date(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    parts = _date_parts(m)
    if parts is None:
        return None
    y, mo, d = parts
    if y is not None:
        p = _day(y, mo, d)
        if p is None:
            return None
        more = _g(m, "more") or ""
        hits = [_Hit(m.start(), m.start("more") if more else m.end(), p, anchor=y)]
        for ym in re.finditer(r"[0-9]{4}", more):  # "December 31, 2020 and 2019"
            yy = int(ym.group())
            s = m.start("more") + ym.start()
            hits.append(_Hit(s, s + 4, _day(yy, mo, d), anchor=yy))
        return hits
    if _g(m, "more"):
        return None
    mon = _g(m, "dm") or _g(m, "em") or ""
    if not mon[:1].isupper():  # "may 5" / "march 10" are not dates without a year
        return None
    return [_Hit(m.start(), m.end(), _day(reference_year(env.ctx), mo, d), relative=True)]


def _h_mon_year(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    mon = _g(m, "mon") or ""
    if mon == "may":  # the verb
        return None
    mo = _MONTHS[mon.lower()]
    if (y := _g(m, "y")) is not None or (y := _g(m, "ya")) is not None:
        yy = _yy(y)
        return [_Hit(m.start(), m.end(), _month(yy, mo), anchor=yy)]
    rw = (_g(m, "rw") or "").lower()
    ref = reference_year(env.ctx)
    off = {"this": 0, "last": -1, "next": 1}[rw]
    return [_Hit(m.start(), m.end(), _month(ref + off if ref else None, mo), relative=True)]


def _h_mon_cue(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    mo = _MONTHS[(_g(m, "mon") or "").lower()]
    p = _month(reference_year(env.ctx), mo)
    return [_Hit(m.start("mon"), m.end("mon"), p, relative=True)]


def _h_ym_num(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    ys, ms = _g(m, "y") or _g(m, "y2"), _g(m, "m") or _g(m, "m2")
    if ys is None or ms is None:
        return None
    y, mo = int(ys), int(ms)
    p = _month(y, mo)  # "2011-12" is December 2011; "2020-21" (not a month) is a span
    return [_Hit(m.start(), m.end(), p, anchor=y)] if p else None


def _h_iso(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    g = m.groupdict()
    for y, mo, d in (("iy", "im", "id"), ("iy2", "im2", "id2"), ("iy3", "im3", "id3")):
        if g.get(y):
            yy = int(g[y])
            p = _day(yy, int(g[mo]), int(g[d]))
            return [_Hit(m.start(), m.end(), p, anchor=yy)] if p else None
    um, ud, uy = int(g["um"]), int(g["ud"]), int(g["uy"])
    if um > 12 >= ud:
        um, ud = ud, um
    p = _day(uy, um, ud) if 1 <= um <= 12 else None
    return [_Hit(m.start(), m.end(), p, anchor=uy)] if p else None


def _h_fiscal(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    kw = (_g(m, "kw") or "").lower()
    ys = _g(m, "y") or _g(m, "y4") or _g(m, "yo")
    if ys is None:
        return None
    if len(ys) == 2 and kw.startswith(("fiscal", "financial")) and not _g(m, "ap"):
        return None  # "fiscal 21" without an apostrophe: too likely a count
    y = _yy(ys)
    if (nx := _g(m, "ynext")) is not None:  # "FY2020-21": the fiscal year ending in 2021
        y2 = int(nx) if len(nx) == 4 else y // 100 * 100 + int(nx)
        if y2 != y + 1:
            return [_Hit(m.start(), m.end(), None)]
        y = y2
    q, h = _g(m, "q"), _g(m, "h")
    ordq, ordh = _g(m, "ordq"), _g(m, "ordh")
    if q is not None or ordq is not None:
        qn = int(q) if q else _ORD_Q.get((ordq or "").lower(), 4)
        p = _quarter(y, qn, True)
    elif h is not None or ordh is not None:
        hn = int(h) if h else _ORD_H[(ordh or "").lower()]
        p = _half(y, hn, True)
    else:
        p = _year(y, True)
    hits = [_Hit(m.start(), m.start("more") if _g(m, "more") else m.end(), p, anchor=y)]
    if more := _g(m, "more"):
        base = m.start("more")
        for ym in _MORE_YEAR.finditer(more):
            yy = _yy(ym.group("y"))
            hits.append(_Hit(base + ym.start(), base + ym.end(), _year(yy, True), anchor=yy))
    return hits


_MORE_YEAR: Final = re.compile(
    "(?:" + _EN.regex("PERIOD_MORE_YEAR_FISCAL") + r")?(?<![0-9])(?P<y>[0-9]{4}|[0-9]{2})(?![0-9])"
)
_ORD_Q: Final[Mapping[str, int]] = _EN.table("QUARTER_ORDINALS")
_ORD_H: Final[Mapping[str, int]] = _EN.table("HALF_ORDINALS")


def _resolve_sub(
    m: re.Match[str], env: _Env, fiscal_word: bool, pre_group: str = "pre"
) -> tuple[int | None, bool, bool, bool]:
    """Year of a quarter/half phrase: explicit, "last year's", or YREF."""
    ctx = env.ctx
    if (y0 := _g(m, "yr0")) is not None:
        return int(y0), fiscal_word, False, True
    if (pre := _g(m, pre_group)) is not None:
        off = {"this": 0, "next": 1}.get(pre.lower(), -1)
        fiscal = fiscal_word or _g(m, "prefis") is not None or _call_fiscal(ctx)
        base = _call_year(ctx) if fiscal and ctx.call_period is not None else reference_year(ctx)
        return (base + off if base is not None else None), fiscal, True, True
    y, fis, rel, present = _yref(m, env)
    return y, fis or fiscal_word, rel, present


def _h_quarter_ord(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    fiscal_word = _g(m, "f1") is not None or _g(m, "f2") is not None
    ordw = (_g(m, "ord") or _g(m, "lastq") or "").lower()
    q = _ORD_Q[ordw]
    y, fiscal, rel, present = _resolve_sub(m, env, fiscal_word)
    if not present:
        if _g(m, "lastq") is not None:
            return None
        h = _bare_quarter(env, q, fiscal)
        return [_span(h, m.start(), m.end())]
    p = _quarter(y, q, fiscal)
    return [_Hit(m.start(), m.end(), p, rel, anchor=None if rel else y)]


def _h_qh(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    """Q2 / 2Q / H1 / 1H forms, with the year before or after."""
    kind = (_g(m, "qh") or "").upper()
    n = int(_g(m, "n") or 0)
    if kind == "H" and n > 2:
        return None
    fiscal_word = any(_g(m, k) is not None for k in ("fq", "pfy", "fyw", "relfy"))
    if (py := _g(m, "py")) is not None:
        y: int | None = int(py)
        rel, present = False, True
    elif (pf := _g(m, "pfyy")) is not None:
        y, rel, present = _yy(pf), False, True
    else:
        y, fis, rel, present = _yref(m, env)
        fiscal_word = fiscal_word or fis
    if not present:
        h = _bare_quarter(env, n, fiscal_word) if kind == "Q" else _bare_half(env, n, fiscal_word)
        return [_span(h, m.start(), m.end())]
    fiscal = fiscal_word or (rel and _call_fiscal(env.ctx))
    p = _quarter(y, n, fiscal) if kind == "Q" else _half(y, n, fiscal)
    return [_Hit(m.start(), m.end(), p, rel, anchor=None if rel else y)]


def _h_half_words(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    fiscal_word = _g(m, "f1") is not None
    h = _ORD_H[(_g(m, "ord") or "").lower()]
    y, fiscal, rel, present = _resolve_sub(m, env, fiscal_word)
    if not present:
        return [_span(_bare_half(env, h, fiscal), m.start(), m.end())]
    p = _half(y, h, fiscal)
    return [_Hit(m.start(), m.end(), p, rel, anchor=None if rel else y)]


def _h_first_n(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    n = _num(_g(m, "n") or "")
    if n is None:
        return None
    months = n * 3 if (_g(m, "u") or "").lower().startswith("quarter") else n
    if not 1 <= months <= 12:
        return None
    y, fiscal, rel, present = _yref(m, env)
    if not present:
        fiscal = _call_fiscal(env.ctx)
        y, rel = _call_year(env.ctx), True
    return [_Hit(m.start(), m.end(), _months(y, 1, months, fiscal), rel)]


def _h_ytd(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    ctx = env.ctx
    cp = ctx.call_period
    if cp is not None and cp.kind == "quarter":
        y, q, _ = _call_quarter(ctx) or (0, 0, False)
        p = _months(y, 1, 3 * q)
    elif cp is not None:
        p = None
    elif ctx.doc_date is not None:
        p = _months(ctx.doc_date.year, 1, ctx.doc_date.month)
    else:
        p = None
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_early_late(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    """'early 2022' -> 2022-H1, 'late last year' / 'later this year' -> the second half."""
    h = 1 if (_g(m, "el") or "").lower() == "early" else 2
    y, fiscal, rel, present = _yref(m, env)
    if not present:
        return [_span(_bare_half(env, h, fiscal), m.start(), m.end())]
    return [_Hit(m.start(), m.end(), _half(y, h, fiscal), rel, anchor=None if rel else y)]


def _h_mon_range(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    """'January to March 2021', 'Jan-Sep 2021' -> a span of months (both ends included)."""
    a, b = _g(m, "mon") or "", _g(m, "mon2") or ""
    if "may" in (a, b) or ((_g(m, "w") or "").lower() == "and" and _g(m, "from") is None):
        return None
    first, last, y = _MONTHS[a.lower()], _MONTHS[b.lower()], int(_g(m, "y") or 0)
    if first >= last:
        return None
    return [_Hit(m.start(), m.end(), _months(y, first, last), anchor=y)]


def _h_rel_quarter(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    ctx = env.ctx
    cq = _call_quarter(ctx)
    if _g(m, "the") is not None and ctx.call_period is None:
        # "during the quarter" in a document that is no call: the quarter it reports, which
        # its date alone does not tell (a release dated October 25 reports the third)
        cq = None
    k = -1 if _g(m, "prev") is not None else 1 if _g(m, "next") is not None else 0
    p = None
    if cq is not None:
        y, q, fiscal = cq
        y, q = _shift_quarter(y, q, k)
        fiscal = fiscal or _g(m, "fis") is not None or _g(m, "fis2") is not None
        p = _quarter(y, q, fiscal)
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_same_period(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    ref = reference_year(env.ctx)
    cq = _call_quarter(env.ctx) if env.ctx.call_period is not None else None
    year = cq[0] - 1 if cq else (ref - 1 if ref is not None else None)
    quarter_words = "quarter" in m.group().lower()
    return [_Hit(m.start(), m.end(), _same_period(env, year, quarter_words), relative=True)]


_YEAR_LEVEL: Final = re.compile(_EN.regex("PERIOD_YEAR_LEVEL_WORDS"), re.IGNORECASE)


def _quarter_ago(m: re.Match[str], ctx: PeriodContext) -> bool:
    """Is "a year ago" at ``m`` the call's quarter a year before? In a quarter's call,
    unless the sentence before it speaks of a year, a half or a year to date."""
    cp = ctx.call_period
    if cp is None or cp.kind not in ("quarter", "fiscal_quarter"):
        return False
    text, end = m.string, m.start()
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end), end - 200, 0)
    return _YEAR_LEVEL.search(text, start, end) is None


def _h_rel_year(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    ctx = env.ctx
    ref = reference_year(ctx)
    if _g(m, "ago") is not None:
        if _quarter_ago(m, ctx):  # "$760 million a year ago" in a call: its quarter then
            return [_Hit(m.start(), m.end(), _same_period(env, None, True), True)]
        return [_Hit(m.start(), m.end(), _year(ref - 1 if ref else None, False), True)]
    if (aft := _g(m, "aft")) is not None:
        off = 2 if aft.lower().endswith("next") else -2
        return [_Hit(m.start(), m.end(), _year(ref + off if ref else None, False), True)]
    if (w := _g(m, "w")) is not None:
        w = w.lower()
        fiscal = _g(m, "fis") is not None
        if w in ("same", "that", "following"):
            base = env.anchor
            off = 1 if w == "following" else 0
        else:
            off = {"this": 0, "current": 0, "present": 0, "next": 1, "coming": 1}.get(w, -1)
            base = _call_year(ctx) if fiscal and ctx.call_period is not None else ref
        y = base + off if base is not None else None
        return [_Hit(m.start(), m.end(), _year(y, fiscal), True, anchor=y)]
    if _g(m, "full") is not None:
        fiscal = ctx.call_period is not None or _g(m, "fis3") is not None
        if (ys := _g(m, "yr")) is not None:
            return [_Hit(m.start(), m.end(), _year(int(ys), fiscal), anchor=int(ys))]
        if _g(m, "fis3") is not None:
            return [_Hit(m.start(), m.end(), _year(_call_year(ctx), True), True)]
        return [_span(_the_year(env), m.start(), m.end())]
    if _g(m, "fis2") is not None or _g(m, "fyb") is not None:
        return [_Hit(m.start(), m.end(), _year(_call_year(ctx), True), True)]
    return [_span(_the_year(env), m.start(), m.end())]


def _h_span(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    if (a2 := _g(m, "a2")) is not None:
        a, b2 = int(a2), int(_g(m, "b2") or -1)
        if b2 != (a + 1) % 100:
            return None
        return [_Hit(m.start(), m.end(), Period.years(a, a + 1), anchor=a + 1)]
    a, b = int(_g(m, "a") or 0), int(_g(m, "b") or 0)
    w = (_g(m, "w") or "").lower()
    if w == "and" and (_g(m, "from") or "").lower() != "between":
        return None
    if not a < b <= a + 50:
        return None
    if _g(m, "fis") is not None or _g(m, "fis2") is not None:
        return [_Hit(m.start(), m.end(), None, anchor=b)]
    return [_Hit(m.start(), m.end(), Period.years(a, b), anchor=b)]


def _h_next_n(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    d = (_g(m, "dir") or "").lower()
    n = _num(_g(m, "n") or "")
    ref = reference_year(env.ctx)
    p = None
    if d in ("next", "coming", "upcoming", "following") and n and ref and 1 <= n <= 30:
        p = Period.years(ref, ref + n - 1)
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_through(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    y = int(_g(m, "y") or 0)
    ref = reference_year(env.ctx)
    p = None
    if _g(m, "fis") is None and ref is not None and ref <= y <= ref + 30:
        p = Period.years(ref, y)
    return [_Hit(m.start(), m.end(), p, relative=True, anchor=y)]


def _h_year(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    ys = _g(m, "y1") or _g(m, "y2") or _g(m, "y3") or (_g(m, "ya") or "")[1:] or _g(m, "y")
    if ys is None:
        return None
    y = _yy(ys)
    if _g(m, "y") is not None and not 1900 <= y <= 2099:
        return None
    return [_Hit(m.start(), m.end(), Period.year(y), anchor=y)]


def _h_end_of(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    if (ye := _g(m, "ye")) is not None:
        return [_Hit(m.start(), m.end(), Period.year(int(ye)), ended=True, anchor=int(ye))]
    if _g(m, "eoy") is not None:
        h = _the_year(env)
        return [attrs.evolve(h, start=m.start(), end=m.end(), ended=True)]
    y, fiscal, rel, present = _yref(m, env)
    if not present:
        h = _the_year(env)
        if fiscal and env.ctx.call_period is None:
            h = attrs.evolve(h, period=_year(reference_year(env.ctx), True))
        return [attrs.evolve(h, start=m.start(), end=m.end(), ended=True)]
    return [_Hit(m.start(), m.end(), _year(y, fiscal), rel, True, anchor=None if rel else y)]


def _weekday_before(doc: date, wd: int) -> date:
    back = (doc.weekday() - wd) % 7 or 7
    return doc - timedelta(days=back)


def _h_weekday(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    doc = env.ctx.doc_date
    wd = _WEEKDAYS[(_g(m, "wd") or "").lower()]
    w = (_g(m, "last") or "").lower()
    p = None
    if doc is not None:
        if w == "next":
            d = doc + timedelta(days=(wd - doc.weekday()) % 7 or 7)
        elif w == "this":
            d = doc + timedelta(days=wd - doc.weekday())
        else:
            d = _weekday_before(doc, wd)
        p = Period.day(d)
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_today(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    doc = env.ctx.doc_date
    t = m.group().lower()
    off = -1 if t in ("yesterday", "昨天", "昨日") else 1 if t in ("tomorrow", "明天") else 0
    p = Period.day(doc + timedelta(days=off)) if doc is not None else None
    return [_Hit(m.start(), m.end(), p, relative=True)]


# -- Chinese handlers --------------------------------------------------------------------


def _zh_year(m: re.Match[str], env: _Env) -> tuple[int | None, bool, bool] | None:
    """(year, fiscal, relative) of a YTOK, or None when it is not a year."""
    ctx = env.ctx
    ref = reference_year(ctx)
    fiscal = _g(m, "fis") is not None
    for name in ("y4", "y2", "ycn"):
        if (v := _g(m, name)) is None:
            continue
        n = _num(v)
        if n is None:
            return None
        if len(v) == 2:
            return _yy(str(n).zfill(2)), fiscal, False
        return n, fiscal, False
    if (rel := _g(m, "rel")) is not None:
        if rel in ("同年", "当年", "當年"):
            return env.anchor, False, True
        if rel in ("次年", "翌年"):
            return (env.anchor + 1 if env.anchor is not None else None), False, True
        off = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2,
               "明年": 1, "下一年": 1, "后年": 2, "後年": 2}[rel]  # fmt: skip
        return (ref + off if ref is not None else None), False, True
    if (relf := _g(m, "relf")) is not None:
        off = -1 if relf.startswith(("上", "前")) else 1 if relf.startswith("下") else 0
        base = _call_year(ctx) if ctx.call_period is not None else ref
        return (base + off if base is not None else None), True, True
    return None


def _zh_report_months(rep: str) -> tuple[int, int]:
    """The months a report covers: 一季报 1-3, 中报/半年报 1-6, 三季报 1-9, 年报 1-12."""
    if rep.startswith("一季"):
        return 1, 3
    if rep.startswith("三季"):
        return 1, 9
    if rep.startswith(("中", "半年")):
        return 1, 6
    return 1, 12


def _zh_sub(
    m: re.Match[str], env: _Env, y: int | None, fiscal: bool, has_year: bool, rel: bool
) -> tuple[Period | None, bool, bool] | None:
    """Period of a Chinese sub-year part: (period, relative, ended); None = not a period."""
    ctx = env.ctx
    if (q := _g(m, "q") or _g(m, "q2")) is not None or _g(m, "qf") is not None:
        qn = _num(q) if q is not None else 1
        if qn is None:
            return None
        qs = _g(m, "qs") or _g(m, "qs2") or ""
        fiscal = fiscal or qs in ("财季", "財季")
        if not has_year:
            if _g(m, "qs2") == "季":
                return None
            return _bare_quarter(env, qn, fiscal).period, True, False
        return _quarter(y, qn, fiscal or (rel and _call_fiscal(ctx))), rel, False
    if (qq := _g(m, "qq")) is not None:
        return _quarter(y, int(qq), fiscal), rel, False
    if (h := _g(m, "h")) is not None:
        hn = 1 if h in ("上", "前") else 2
        fiscal = fiscal or (_g(m, "hs") or "")[:1] in ("财", "財", "会", "會")
        if not has_year:
            return _bare_half(env, hn, fiscal).period, True, False
        return _half(y, hn, fiscal), rel, False
    if (hh := _g(m, "hh")) is not None:
        return _half(y, int(hh), fiscal), rel, False
    if not has_year:
        y, rel = (_call_year(ctx), True) if _g(m, "fq") else (env.anchor, True)
        if y is None:
            y = reference_year(ctx)
    if (fq := _g(m, "fq")) is not None:
        n = _num(fq) or 0
        return _months(y, 1, 3 * n, fiscal), rel, False
    if (fm := _g(m, "fm")) is not None:
        n = _num(fm) or 0
        return (_months(y, 1, n, fiscal) if 1 <= n <= 12 else None), rel, False
    if (m1 := _g(m, "m1")) is not None:
        a, b = _num(m1) or 0, _num(_g(m, "m2") or "") or 0
        if not 1 <= a < b <= 12:
            return None
        return _months(y, a, b, fiscal), rel, False
    if (mo := _g(m, "m")) is not None:
        mn = _num(mo) or 0
        if not 1 <= mn <= 12:
            return None
        if (d := _g(m, "d")) is not None:
            dn = _num(d) or 0
            p = _day(y, mn, dn)
            if p is None and _year_ok(y):
                return None
            return p, rel, False
        return (None if fiscal else _month(y, mn)), rel, False
    if _g(m, "full") is not None:
        if not has_year:
            return _the_year(env).period, True, False
        return _year(y, fiscal or ctx.call_period is not None and rel), rel, False
    if _g(m, "ye") is not None:
        return _year(y, fiscal), rel, True
    if (rep := _g(m, "rep")) is not None:
        a, b = _zh_report_months(rep)
        if (a, b) == (1, 12):
            return _year(y, fiscal), rel, False
        return _months(y, a, b, fiscal), rel, False
    if _g(m, "tq") is not None:
        return _same_period(env, y, False), True, False
    return None


def _h_zh_main(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    yr = _zh_year(m, env)
    if yr is None:
        return None
    y, fiscal, rel = yr
    groups = m.groupdict()  # (once: the groups below are looked up together)
    has_sub = any(
        groups.get(k) is not None
        for k in (
            "q",
            "q2",
            "qq",
            "qf",
            "h",
            "hh",
            "fq",
            "fm",
            "m1",
            "m",
            "full",
            "ye",
            "rep",
            "tq",
        )
    )
    # a two-digit year ("07年", "零八年") needs a leading zero or a month/quarter/half after it
    short = _g(m, "y2") or (_g(m, "ycn") if len(_g(m, "ycn") or "") == 2 else None)
    if short is not None and not (short[0] in "0０零〇○" or has_sub):
        return None
    if not has_sub:
        p = _year(y, fiscal)
        return [_Hit(m.start(), m.end(), p, rel, anchor=y)]
    sub = _zh_sub(m, env, y, fiscal, True, rel)
    if sub is None:
        return None
    p, rel2, ended = sub
    return [_Hit(m.start(), m.end(), p, rel2, ended, anchor=y)]


def _h_zh_bare(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    sub = _zh_sub(m, env, None, False, False, True)
    if sub is None:
        return None
    p, rel, ended = sub
    return [_Hit(m.start(), m.end(), p, rel, ended)]


def _h_zh_span(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    a = _num(_g(m, "a") or "")
    sep = _g(m, "sep") or ""
    if sep in ("与", "與", "和", "及") and _g(m, "jian") is None:
        return None
    if _g(m, "now") is not None:
        b = reference_year(env.ctx)
        if a is None or b is None or b < a:
            return [_Hit(m.start(), m.end(), None, True)]
        return [_Hit(m.start(), m.end(), Period.years(a, b), True)]
    b = _num(_g(m, "b") or "")
    if a is None or b is None or not a < b <= a + 50:
        return None
    return [_Hit(m.start(), m.end(), Period.years(a, b), anchor=b)]


def _h_zh_next_n(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    d = _g(m, "dir") or ""
    n = _num(_g(m, "n") or "")
    ref = reference_year(env.ctx)
    p = None
    future = d in ("未来", "未來", "今后", "今後", "接下来", "接下來", "往后", "往後")
    if future and n and ref and 1 <= n <= 30 and _g(m, "u") == "年":
        p = Period.years(ref, ref + n - 1)
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_zh_fy(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    return [_Hit(m.start(), m.end(), _year(_call_year(env.ctx), True), True)]


def _h_zh_weekday(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    doc = env.ctx.doc_date
    wd = _ZH_WEEKDAYS[_g(m, "wd") or ""]
    wk = (_g(m, "wk") or "")[:1]
    p = None
    if doc is not None:
        if wk in ("本", "这", "這"):
            d = doc + timedelta(days=wd - doc.weekday())
        elif wk == "上":
            d = doc + timedelta(days=wd - doc.weekday() - 7)
        elif wk == "下":
            d = doc + timedelta(days=wd - doc.weekday() + 7)
        else:
            d = _weekday_before(doc, wd)
        p = Period.day(d)
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_zh_rel_half(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    """'上个半年': the half before the document date's, '下个半年' the one after."""
    doc = env.ctx.doc_date
    p = None
    if doc is not None:
        n = doc.year * 2 + (0 if doc.month <= 6 else 1) + (-1 if _g(m, "hprev") else 1)
        p = Period.half(n // 2, n % 2 + 1)
    return [_Hit(m.start(), m.end(), p, relative=True)]


def _h_zh_rel_month(m: re.Match[str], env: _Env) -> list[_Hit] | None:
    doc = env.ctx.doc_date
    rm = _g(m, "rm") or ""
    off = -1 if rm.startswith("上") else 1 if rm.startswith("下") else 0
    p = None
    if doc is not None:
        n = doc.year * 12 + doc.month - 1 + off
        y, mo = n // 12, n % 12 + 1
        if (d := _g(m, "d")) is not None:
            p = _day(y, mo, _num(d) or 0)
        else:
            p = Period.month(y, mo)
    return [_Hit(m.start(), m.end(), p, relative=True)]


# -- rules ---------------------------------------------------------------------------------

_RuleSpec = tuple[str, str, _Handler]

_EN_RULE_PATTERNS: Final[Mapping[str, str]] = _EN.table("PERIOD_RULE_PATTERNS")
_ZH_RULE_PATTERNS: Final[Mapping[str, str]] = _ZH.table("PERIOD_RULE_PATTERNS")

_EN_DATE_RULES: Final[list[_RuleSpec]] = [
    ("date", _EN_RULE_PATTERNS["date"], _h_date),
    (
        "iso",
        _EN_RULE_PATTERNS["iso"],
        _h_iso,
    ),
    (
        "ym_num",
        _EN_RULE_PATTERNS["ym_num"],
        _h_ym_num,
    ),
]

_EN_FISCAL: Final[_RuleSpec] = (
    "fiscal",
    _EN_RULE_PATTERNS["fiscal"],
    _h_fiscal,
)

_EN_QH_RULES: Final[list[_RuleSpec]] = [
    (
        "qh_prefix",
        _EN_RULE_PATTERNS["qh_prefix"],
        _h_qh,
    ),
    (
        "qh_suffix",
        _EN_RULE_PATTERNS["qh_suffix"],
        _h_qh,
    ),
    (
        "nqh",
        _EN_RULE_PATTERNS["nqh"],
        _h_qh,
    ),
]

_EN_SPAN: Final[list[_RuleSpec]] = [
    (
        "span",
        _EN_RULE_PATTERNS["span"],
        _h_span,
    ),
    (
        "span_short",
        _EN_RULE_PATTERNS["span_short"],
        _h_span,
    ),
]

_EN_RULES: Final[list[_RuleSpec]] = [
    (
        "ended",
        _EN_RULE_PATTERNS["ended"],
        _h_ended,
    ),
    *_EN_DATE_RULES,
    (
        "mon_year",
        _EN_RULE_PATTERNS["mon_year"],
        _h_mon_year,
    ),
    (
        "mon_rel",
        _EN_RULE_PATTERNS["mon_rel"],
        _h_mon_year,
    ),
    (
        "year_mon",
        _EN_RULE_PATTERNS["year_mon"],
        _h_mon_year,
    ),
    (
        "mon_cue",
        _EN_RULE_PATTERNS["mon_cue"],
        _h_mon_cue,
    ),
    _EN_FISCAL,
    (
        "quarter_ord",
        _EN_RULE_PATTERNS["quarter_ord"],
        _h_quarter_ord,
    ),
    *_EN_QH_RULES,
    (
        "half_words",
        _EN_RULE_PATTERNS["half_words"],
        _h_half_words,
    ),
    (
        "early_late",
        _EN_RULE_PATTERNS["early_late"],
        _h_early_late,
    ),
    (
        "mon_range",
        _EN_RULE_PATTERNS["mon_range"],
        _h_mon_range,
    ),
    (
        "first_n",
        _EN_RULE_PATTERNS["first_n"],
        _h_first_n,
    ),
    ("ytd", _EN_RULE_PATTERNS["ytd"], _h_ytd),
    (
        "same_period",
        _EN_RULE_PATTERNS["same_period"],
        _h_same_period,
    ),
    (
        "rel_quarter",
        _EN_RULE_PATTERNS["rel_quarter"],
        _h_rel_quarter,
    ),
    (
        "rel_year",
        _EN_RULE_PATTERNS["rel_year"],
        _h_rel_year,
    ),
    *_EN_SPAN,
    (
        "next_n",
        _EN_RULE_PATTERNS["next_n"],
        _h_next_n,
    ),
    (
        "through",
        _EN_RULE_PATTERNS["through"],
        _h_through,
    ),
    (
        "end_of",
        _EN_RULE_PATTERNS["end_of"],
        _h_end_of,
    ),
    (
        "year",
        _EN_RULE_PATTERNS["year"],
        _h_year,
    ),
    (
        "weekday",
        _EN_RULE_PATTERNS["weekday"],
        _h_weekday,
    ),
    ("today", _EN_RULE_PATTERNS["today"], _h_today),
]

_ZH_RULES: Final[list[_RuleSpec]] = [
    (
        "zh_main",
        _ZH_RULE_PATTERNS["zh_main"],
        _h_zh_main,
    ),
    (
        "zh_bare",
        _ZH_RULE_PATTERNS["zh_bare"],
        _h_zh_bare,
    ),
    (
        "zh_span",
        _ZH_RULE_PATTERNS["zh_span"],
        _h_zh_span,
    ),
    (
        "zh_next_n",
        _ZH_RULE_PATTERNS["zh_next_n"],
        _h_zh_next_n,
    ),
    (
        "zh_rel_quarter",
        _ZH_RULE_PATTERNS["zh_rel_quarter"],
        _h_rel_quarter,
    ),
    (
        "zh_fy",
        _ZH_RULE_PATTERNS["zh_fy"],
        _h_zh_fy,
    ),
    (
        "zh_weekday",
        _ZH_RULE_PATTERNS["zh_weekday"],
        _h_zh_weekday,
    ),
    (
        "zh_rel_half",
        _ZH_RULE_PATTERNS["zh_rel_half"],
        _h_zh_rel_half,
    ),
    ("zh_ytd", _ZH_RULE_PATTERNS["zh_ytd"], _h_ytd),
    ("zh_today", _ZH_RULE_PATTERNS["zh_today"], _h_today),
    (
        "zh_rel_month",
        _ZH_RULE_PATTERNS["zh_rel_month"],
        _h_zh_rel_month,
    ),
    _EN_FISCAL,
    *_EN_QH_RULES,
    *_EN_DATE_RULES[1:],
    *_EN_SPAN,
]

_PREFIX: Final[dict[str, str]] = {
    "en": _EN.regex("PERIOD_AS_OF"),
    "zh": _ZH.regex("PERIOD_AS_OF"),
}
_ZH_ENDED_UNITS: Final[dict[str, int]] = dict(_ZH.table("PERIOD_ENDED_UNITS"))
_ZH_SUFFIX: Final = (
    r"{S}(?P<zhi>止)?{S}(?:的{S})?(?P<unit>"
    + "|".join(sorted(_ZH_ENDED_UNITS, key=len, reverse=True))
    + ")"
)

_FLAGS: Final = re.IGNORECASE | re.VERBOSE

# Cheap prefilter: the characters a mention can start with (a test derives them from the
# rules with the stdlib regex parser and checks these cover them). The _FIRST_ASCII ones
# start a mention only at the start of a word (not right after an ASCII letter or digit).
_FIRST_ASCII: Final[dict[str, str]] = {
    "en": "0-9A-Za-z'’",
    "zh": "BFHQTbfhqt",
}
_FIRST_OTHER: Final[dict[str, str]] = {
    "en": "",
    "zh": _ZH.regex("PERIOD_FIRST_CHARS"),
}


@attrs.frozen
class _Rule:
    name: str
    regex: re.Pattern[str]
    handler: _Handler


_Indexed = tuple[tuple[int, _Rule], ...]  # rules with their place in the rule order


@attrs.frozen
class _Grammar:
    rules: tuple[_Rule, ...]
    scan: re.Pattern[str]
    prefix: re.Pattern[str]
    suffix: re.Pattern[str] | None
    # for each ASCII character, the rules a match can start with it (the rest are not tried
    # at a position holding it); at any other character every rule is tried
    by_ascii: tuple[_Indexed, ...]
    every: _Indexed


def _rules_by_ascii(rules: tuple[_Rule, ...]) -> tuple[_Indexed, ...]:
    """For each of the 128 ASCII characters, the rules whose match may start with it."""
    firsts = []
    for rule in rules:
        ahead = first_chars(rule.regex.pattern, rule.regex.flags, 1)
        firsts.append(None if ahead is None else re.compile(ahead, rule.regex.flags))
    return tuple(
        tuple((i, r) for i, (r, f) in enumerate(zip(rules, firsts)) if f is None or f.match(chr(c)))
        for c in range(128)
    )


# how many first characters the scanner checks, per language (English: seven, which
# passes by "that we", "through", "the co..." that five let through to every rule; eight
# and more cost more to compile than they save)
_LOOK: Final[dict[str, int]] = {"en": 7, "zh": 4}
_NAMED_GROUP: Final = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")


@functools.cache
def _grammar(lang: str) -> _Grammar:
    """Compile one language's rules (once; the compiled grammar is immutable)."""
    specs = _EN_RULES if lang == "en" else _ZH_RULES
    rules = tuple(_Rule(name, re.compile(_expand(p), _FLAGS), h) for name, p, h in specs)
    gate, body = _scan_parts(lang)
    # where a rule may start: the first characters of every rule (see ``_LOOK``: many
    # words share their first three or four); the rules themselves decide at each such place
    # (:func:`_at`), so the scanner need not match them first (a place where none
    # matches is passed by there, as it would be here)
    ahead = first_chars(body, _FLAGS, _LOOK[lang])
    scan = re.compile(gate + (ahead if ahead is not None else body), _FLAGS)
    suffix = re.compile(_expand(_ZH_SUFFIX), _FLAGS) if lang == "zh" else None
    prefix = re.compile(_expand(_PREFIX[lang]), _FLAGS)
    every = tuple(enumerate(rules))
    return _Grammar(rules, scan, prefix, suffix, _rules_by_ascii(rules), every)


def _scan_parts(lang: str) -> tuple[str, str]:
    """(where a mention may start, any rule or prefix): the scanner's two parts."""
    specs = _EN_RULES if lang == "en" else _ZH_RULES
    alts = [_NAMED_GROUP.sub("(?:", _expand(p)) for _, p, _ in specs]
    gate = f"(?<![A-Za-z0-9])(?=[{_FIRST_ASCII[lang]}])"
    if _FIRST_OTHER[lang]:
        gate = f"(?:{gate}|(?=[{_FIRST_OTHER[lang]}]))"
    body = "(?:" + "|".join(f"(?:{a})" for a in [_expand(_PREFIX[lang]), *alts]) + ")"
    return gate, body


def _best(grammar: _Grammar, text: str, p: int, env: _Env) -> tuple[list[_Hit], int] | None:
    """The longest rule match at ``p`` whose handler accepts it (ties: rule order)."""
    cands: list[tuple[int, int, re.Match[str], _Rule]] = []
    c = ord(text[p]) if p < len(text) else 128
    for i, rule in grammar.by_ascii[c] if c < 128 else grammar.every:
        m = rule.regex.match(text, p)
        if m is not None and m.end() > p:
            cands.append((-m.end(), i, m, rule))
    cands.sort(key=lambda c: (c[0], c[1]))
    for _, _, m, rule in cands:
        hits = rule.handler(m, env)
        if hits:
            return hits, m.end()
    return None


def _at(grammar: _Grammar, text: str, p: int, env: _Env) -> tuple[list[_Hit], int] | None:
    """Mentions starting at ``p``: an "as of"/"截至" prefix first, then the rules."""
    pm = grammar.prefix.match(text, p)
    prefixed = False
    found = None
    if pm is not None:
        found = _best(grammar, text, pm.end(), env)
        prefixed = found is not None
    if found is None:
        found = _best(grammar, text, p, env)
    if found is None:
        return None
    hits, end = found
    if grammar.suffix is not None and len(hits) == 1 and hits[0].period is not None:
        h = hits[0]
        sm = grammar.suffix.match(text, end)
        ok = sm is not None and (prefixed or _g(sm, "zhi") is not None)
        if sm is not None and ok and h.period is not None and h.period.kind == "day":
            assert h.period.end is not None
            p2 = _months_ended(_ZH_ENDED_UNITS[sm.group("unit")], h.period.end)
            hits, end = [attrs.evolve(h, end=sm.end(), period=p2, ended=True)], sm.end()
    if prefixed:
        first = attrs.evolve(hits[0], start=p, ended=True)
        hits = [first] + [attrs.evolve(h, ended=True) for h in hits[1:]]
    return hits, end
