"""Parallel lists: "$X and $Y in 2020 and 2019, respectively" -> each value its period.

Pure (no spaCy), no global mutable state, bounded regexes. :func:`assign_respectively`
takes ONE sentence with its quantity and period mentions (from
:func:`extractor.quantities.find_quantities` and
:func:`extractor.normalize.periods.find_periods`) and returns, for the values whose
period is given by a parallel list, ``{index into quantities: Period}``:

>>> from extractor.quantities import find_quantities
>>> from extractor.normalize.periods import PeriodContext, find_periods
>>> def labels(s, lang="en"):
...     qs = find_quantities(s, lang)
...     got = assign_respectively(s, qs, find_periods(s, lang, PeriodContext()))
...     return [(qs[i].text, p.label) for i, p in sorted(got.items())]
>>> labels("Fees were $5 million and $3 million at June 30, 2022 and 2021, respectively.")
[('$5 million', '2022-06-30'), ('$3 million', '2021-06-30')]
>>> labels("In 2022 and 2021, we paid $7.1 million and $6.4 million, respectively.")
[('$7.1 million', '2022'), ('$6.4 million', '2021')]
>>> labels("2021年和2022年净利润分别为3亿元和5亿元。", "zh")
[('3亿元', '2021'), ('5亿元', '2022')]

The rules (each one is tested):

* A group is one marker ("respectively", "分别", "分別") with the value list it closes
  (English: the lists stand BEFORE the marker, between it and the previous marker or
  ";"; when no value list stands there, the one right after the marker, as in "were,
  respectively, $5 and $4") or opens (Chinese: the values follow "分别为").
* A value list is a run of *primary* quantities joined only by separators ("," "and"
  "&" "、" "和" "及" "与" "以及"). Primary quantities are those at the marker's
  parenthesis depth: in "$313 ($266 after tax), $60 ($47 after tax) and $231 ($150
  after tax)" the primaries are $313, $60, $231. A parenthetical, or an apposition
  ", or 5% of sales,", attached right after a primary is skipped when checking the
  separators; when it holds exactly one quantity and no period mention (and no
  comparison word such as "compared", "from", "prior") that quantity gets its
  primary's period too.
* A period list is a run of period mentions joined by the same separators, read from
  its first mention: the later items that are bare years ("December 31, 2020 and 2019",
  "the third quarter of 2021 and 2020") are read by this module's own small regex from
  the raw text after the first item's year and take the first item's shape (same day
  and month, quarter, half, month span; fiscal or not), whatever find_periods made of
  them; items that are full period mentions ("December 31, 2019") keep their own
  period. So this relies on find_periods only for the FIRST item of a list (it may even
  return the whole list as one mention, or as a span ``2019..2020``). A bare-year list
  right after "year(s) ended" is fiscal years ("years ended 2021 and 2020" -> FY2021,
  FY2020); "in 2021 and 2020" is calendar years. A later bare year more than 30 years
  from the first item ends the list (it is more likely a number than a year).
* The period list of a group is the nearest list of two or more items (English:
  inside the group's stretch, else the nearest one earlier in the sentence, which lets
  several groups share "In 2020 and 2019, A was ..., respectively, and B was ...,
  respectively"; Chinese: the nearest one before the marker). A list after an English
  "respectively" is never used (the two parallel lists stand before the marker).
* Values and periods pair in order, only when both lists have the same length; a
  group whose counts differ gives nothing (never a guess). A Chinese group gives
  nothing when another list ("营收和净利润分别为") stands between its period list and
  "分别": the values may pair with the metrics.
* Without a marker, only a value list followed right away by a period list as long
  pairs ("$6.9 billion and $5.8 billion at December 31, 2020 and 2019", the filings'
  habit); "$11.8 billion in 2019, $10.7 billion in 2018" is left to nearest-period logic.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Sequence
from datetime import date
from typing import Final

import attrs

from .lang import get_language
from .normalize.periods import PeriodMention
from .quantities import Quantity
from .records import Period

_EN = get_language("en")
_ZH = get_language("zh")

__all__ = ["assign_respectively", "assign_respectively_metrics", "attached_end", "same_shape_in_year"]

_MARKER: Final = re.compile(
    rf"(?<![A-Za-z])(?P<en>{_EN.regex('RESPECTIVELY_MARKER')})(?![A-Za-z])"
    rf"|(?P<zh>{_ZH.regex('RESPECTIVELY_MARKER')})",
    re.IGNORECASE,
)

# Between two items of a list: a comma, "and", "&", or a Chinese list mark.
_SEP: Final = re.compile(
    r"\s{0,3}(?:"
    rf",\s{{0,3}}(?:(?:{_EN.regex('RESPECTIVELY_AND')})\s{{1,3}})?"
    rf"|(?<=\s)(?:{_EN.regex('RESPECTIVELY_AND')})\s{{1,3}}"
    rf"|(?:{_ZH.regex('RESPECTIVELY_AND')})\s{{0,2}}"
    r")"
)
_ZH_LIST_WORD: Final = re.compile(_ZH.regex("RESPECTIVELY_LIST_WORD"))

# A later item of a period list written as a bare year: "2019", "fiscal 2019", "2019年".
_TAIL_YEAR: Final = re.compile(
    rf"(?:(?:{_EN.regex('RESPECTIVELY_FISCAL_YEAR')})\s{{0,2}})?"
    rf"(?P<y>(?:18|19|20|21)[0-9]{{2}})(?:{_ZH.regex('RESPECTIVELY_YEAR_SUFFIX')})?"
    rf"(?![0-9%％]|[.,][0-9]|\s{{0,2}}(?:{_EN.regex('RESPECTIVELY_SCALE_WORDS')}"
    rf"|{_ZH.regex('RESPECTIVELY_SCALE_WORDS')}|%))",
    re.IGNORECASE,
)
_BARE_YEAR: Final = re.compile(
    rf"(?:(?:{_EN.regex('RESPECTIVELY_FISCAL_YEAR')})\s{{0,2}})?(?:18|19|20|21)[0-9]{{2}}"
    rf"(?:{_ZH.regex('RESPECTIVELY_YEAR_SUFFIX')})?",
    re.IGNORECASE,
)
_FIRST_YEAR: Final = re.compile(
    rf"(?<![0-9])(?:18|19|20|21)[0-9]{{2}}(?![0-9])(?:{_ZH.regex('RESPECTIVELY_YEAR_SUFFIX')})?"
)
_YEARS_ENDED_BEFORE: Final = re.compile(
    _EN.regex("RESPECTIVELY_YEARS_ENDED"),
    re.IGNORECASE,
)

# What may stand between "分别" and its first value: "为", "是", "同比增长", "达到约".
_ZH_LEAD: Final = re.compile(_ZH.regex("RESPECTIVELY_LEAD"))
# Between an English "respectively" and a value list after it: ", $5 and $4", " were $5".
# between a value list and the period list that follows it without "respectively"
_IMPLICIT_GAP: Final = re.compile(
    _EN.regex("RESPECTIVELY_IMPLICIT_GAP"),
    re.IGNORECASE,
)
_EN_LEAD: Final = re.compile(_EN.regex("RESPECTIVELY_LEAD"))
_IMPLICIT_WORDS: Final = re.compile(_EN.regex("RESPECTIVELY_IMPLICIT_WORDS"), re.IGNORECASE)
_DATING: Final = _EN.regex("RESPECTIVELY_IMPLICIT_DATING")
_DATING_AT: Final = re.compile(r"\W{0,3}" + _DATING, re.IGNORECASE)
_DATING_BEFORE: Final = re.compile(r"(?<![A-Za-z])" + _DATING + "$", re.IGNORECASE)
_DATING_OPENS: Final = re.compile(r"\W{0,3}(?:" + _DATING + r")?", re.IGNORECASE)
_IMPLICIT_END: Final = re.compile(_EN.regex("RESPECTIVELY_IMPLICIT_END"))

_APPOSITION: Final = re.compile(
    _EN.regex("RESPECTIVELY_APPOSITION"),
    re.IGNORECASE,
)
_COMPARATIVE: Final = re.compile(
    rf"(?<![A-Za-z])(?:{_EN.regex('RESPECTIVELY_COMPARATIVE')})(?![A-Za-z])"
    rf"|{_ZH.regex('RESPECTIVELY_COMPARATIVE')}",
    re.IGNORECASE,
)
_ACCOUNTING: Final = re.compile(
    r"[(（]\s{0,2}[$€£¥]?\s{0,2}[0-9][0-9,]{0,20}(?:\.[0-9]{1,10})?\s{0,2}[)）]"
)
# Left of a gap: the rest of a number written "$( 200) million"; right: "$( " before one.
_GAP_HEAD: Final = re.compile(
    _EN.regex("RESPECTIVELY_GAP_HEAD"), re.IGNORECASE
)
_GAP_TAIL: Final = re.compile(r"(?:[$€£¥]\s{0,2}[(（]?|[(（])\s{0,2}$")
_LEAD_WORDS: Final = re.compile(r"[A-Za-z][A-Za-z -]{0,40}")
_OPEN: Final = "(（"
_CLOSE: Final = ")）"
_BRACKET: Final = re.compile("[" + re.escape(_OPEN + _CLOSE) + "]")


@attrs.frozen
class _PeriodList:
    """Two or more periods written as one list, with the span the list covers."""

    start: int
    end: int
    periods: tuple[Period, ...]


@attrs.frozen
class _Chain:
    """A value list: indices of its primaries, and each primary's companions."""

    start: int
    end: int
    members: tuple[int, ...]
    companions: tuple[tuple[int, ...], ...]


def same_shape_in_year(p: Period, year: int) -> Period | None:
    """The period of the same shape as ``p`` (a year, quarter, half, month or day) in
    ``year``; None for a span of years.

    >>> [same_shape_in_year(Period.from_label(x), 2019).label for x in ["2020-02-29", "FY2020-Q3", "2020-01..2020-09"]]
    ['2019-02-28', 'FY2019-Q3', '2019-01..2019-09']
    """
    k = p.kind
    try:
        if k == "year":
            return Period.year(year)
        if k == "fiscal_year":
            return Period.fiscal_year(year)
        if k in ("quarter", "fiscal_quarter"):
            q = int(p.label[-1])
            return Period.quarter(year, q) if k == "quarter" else Period.fiscal_quarter(year, q)
        if k in ("half", "fiscal_half"):
            h = int(p.label[-1])
            return Period.half(year, h) if k == "half" else Period.fiscal_half(year, h)
        if p.start is None or p.end is None:
            return None
        if k == "month":
            return Period.month(year, p.start.month)
        if k == "months":
            return Period.months(year, p.start.month, p.end.month)
        if k == "day":
            m = p.start.month
            d = min(p.start.day, calendar.monthrange(year, m)[1])
            return Period.day(date(year, m, d))
    except ValueError:
        return None
    return None  # a span of years has no single-year shape


def _walk(
    text: str, pos: int, shape: Period, by_start: dict[int, PeriodMention]
) -> tuple[list[Period], int]:
    """The items after a list's first one, from ``pos``: (periods, end of the last)."""
    out: list[Period] = []
    end = pos
    for _ in range(12):
        sm = _SEP.match(text, pos)
        if sm is None or not sm.group().strip():
            break
        p = sm.end()
        m = by_start.get(p)
        if m is not None and m.period is not None and not _BARE_YEAR.fullmatch(m.text):
            out.append(m.period)
            pos = end = m.end
            continue
        ym = _TAIL_YEAR.match(text, p)
        if ym is None or abs(int(ym.group("y")) - shape.year_number) > 30:
            break
        item = same_shape_in_year(shape, int(ym.group("y")))
        if item is None:
            break
        out.append(item)
        pos = end = ym.end()
    return out, end


def _period_lists(text: str, periods: Sequence[PeriodMention]) -> list[_PeriodList]:
    """Every list of two or more periods, in order, non-overlapping."""
    ms = sorted((m for m in periods if m.period is not None), key=lambda m: m.start)
    by_start = {m.start: m for m in ms}
    out: list[_PeriodList] = []
    covered = -1
    for m in ms:
        if m.start < covered or m.period is None:
            continue
        head = m.period
        fy = _FIRST_YEAR.search(m.text)
        if head.kind == "years":
            if fy is None:
                continue
            head = Period.year(int(fy.group()[:4]))
        elif head.kind == "year" and _YEARS_ENDED_BEFORE.search(
            text, max(0, m.start - 40), m.start
        ):
            head = Period.fiscal_year(head.year_number)
        items: list[Period] = []
        end = m.end
        if fy is not None and m.start + fy.end() < m.end:
            # the mention may hold the list itself ("December 31, 2020 and 2019")
            items, end = _walk(text, m.start + fy.end(), head, by_start)
            end = max(end, m.end)
        if not items:
            items, end = _walk(text, m.end, head, by_start)
            end = max(end, m.end)
        if items:
            out.append(_PeriodList(m.start, end, (head, *items)))
            covered = end
    return out


def _depths(text: str, qends: set[int]) -> list[int]:
    """Parenthesis depth before each position (stray closers are ignored).

    Accounting parentheses around a lone number ("$( 28)", "(1,200)") open no depth,
    unless they stand right after a quantity ("$313 ($266)": a parenthetical).

    >>> d = _depths("a (b) $( 28) c", set())
    >>> d[4], d[9], d[13]
    (1, 0, 0)
    """
    n = len(text)
    out = [0] * (n + 1)
    d = 0
    i = 0
    while i < n:
        # the depth changes only at a bracket: the characters up to the next one keep it
        b = _BRACKET.search(text, i)
        j = n if b is None else b.start()
        if d and j > i:
            out[i:j] = [d] * (j - i)
        i = j
        if i >= n:
            break
        c = text[i]
        out[i] = d
        if c in _OPEN:
            am = _ACCOUNTING.match(text, i)
            k = i
            while k > 0 and k > i - 3 and text[k - 1] in " $€£¥":
                k -= 1
            if am is not None and not any(j in qends for j in range(k, i + 1)):
                for j in range(i + 1, am.end()):
                    out[j] = d
                i = am.end()
                continue
            d += 1
        elif c in _CLOSE and d > 0:
            d -= 1
        i += 1
    out[n] = d
    return out


def attached_end(text: str, end: int) -> int:
    """End of a parenthetical or an ", or X of Y," apposition right after ``end``, else ``end``."""
    k = end
    while k < len(text) and k < end + 2 and text[k] == " ":
        k += 1
    if k < len(text) and text[k] in _OPEN:
        d = 0
        for j in range(k, min(len(text), k + 200)):
            if text[j] in _OPEN:
                d += 1
            elif text[j] in _CLOSE:
                d -= 1
                if d == 0:
                    return j + 1
        return end
    am = _APPOSITION.match(text, end)
    if am is not None:
        j = am.end()
        stop = min(len(text), j + 60)
        while j < stop and text[j] not in ",;()（）":
            j += 1
        if j < stop and text[j] == ",":
            return j
    return end


def _chains(
    text: str,
    qs: Sequence[Quantity],
    order: list[int],
    depth: list[int],
    level: int,
    lo: int,
    hi: int,
    periods: Sequence[PeriodMention],
    taken: set[int],
) -> list[_Chain]:
    """Value lists of primaries (quantities at depth ``level``) starting in [lo, hi)."""
    out: list[_Chain] = []
    prims = [
        i
        for i in order
        if lo <= qs[i].start < hi
        and qs[i].end <= hi
        and depth[qs[i].start] == level
        and i not in taken
    ]
    k = 0
    while k < len(prims):
        members: list[int] = []
        comps: list[tuple[int, ...]] = []
        i = prims[k]
        while True:
            att = attached_end(text, qs[i].end)
            members.append(i)
            if att > qs[i].end:
                inside = [j for j in order if qs[i].end <= qs[j].start and qs[j].end <= att]
                comps.append(_companions(text, qs[i].end, att, inside, periods))
            else:
                comps.append(())
            k += 1
            while k < len(prims) and qs[prims[k]].start < att:
                k += 1  # an apposition's own quantity is no primary
            if k >= len(prims):
                break
            nxt = prims[k]
            gap = text[att : qs[nxt].start]
            hm = _GAP_HEAD.match(gap)
            gap = gap[hm.end() :] if hm is not None else gap
            tm = _GAP_TAIL.search(gap)
            gap = gap[: tm.start()] if tm is not None else gap
            if not _joins(text, gap, qs[members[0]].start):
                break
            i = nxt
        out.append(_Chain(qs[members[0]].start, qs[members[-1]].end, tuple(members), tuple(comps)))
    return out


def _joins(text: str, gap: str, first: int) -> bool:
    """``gap`` joins two items of a list: a separator, maybe followed by the words that
    stand before the list's first item again ("a premium of $2 and a premium of $3").

    >>> t = "a premium of $2 and a premium of $3"
    >>> _joins(t, " and a premium of ", 13), _joins(t, " and a gain of ", 13), _joins(t, " ", 13)
    (True, False, False)
    """
    sm = _SEP.match(gap)
    if sm is None or not sm.group().strip():
        return False
    rest = gap[sm.end() :]
    if not rest:
        return True
    words = rest.strip()
    if rest[-1:] != " " or not _LEAD_WORDS.fullmatch(words):
        return False
    before = text[max(0, first - 80) : first].rstrip()
    k = len(before) - len(words)
    return (
        k >= 0 and before[k:].lower() == words.lower() and (k == 0 or not before[k - 1].isalnum())
    )


def _companions(
    text: str, start: int, end: int, inside: list[int], periods: Sequence[PeriodMention]
) -> tuple[int, ...]:
    if len(inside) != 1 or end <= start:
        return ()
    if any(start <= m.start < end for m in periods):
        return ()
    if _COMPARATIVE.search(text, start, end):
        return ()
    return (inside[0],)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def assign_respectively(
    text: str, quantities: Sequence[Quantity], periods: Sequence[PeriodMention]
) -> dict[int, Period]:
    """``{index into quantities: Period}`` for the values a parallel list gives a period.

    ``text`` is one sentence; ``quantities`` and ``periods`` are its mentions, with
    offsets into ``text``. Values without such a list are left out.

    >>> from extractor.quantities import find_quantities
    >>> from extractor.normalize.periods import PeriodContext, find_periods
    >>> s = "Costs were $9 million, $8 million and $6 million in fiscal 2023, 2022 and 2021, respectively."
    >>> qs = find_quantities(s, "en")
    >>> {qs[i].text: p.label for i, p in assign_respectively(
    ...     s, qs, find_periods(s, "en", PeriodContext())).items()}
    {'$9 million': 'FY2023', '$8 million': 'FY2022', '$6 million': 'FY2021'}
    >>> s = "Costs were $9 million in 2023 and $8 million in 2022."
    >>> assign_respectively(s, find_quantities(s, "en"), find_periods(s, "en", PeriodContext()))
    {}
    >>> s = "Costs were $9 million and $8 million at June 30, 2023 and 2022."
    >>> qs = find_quantities(s, "en")
    >>> {qs[i].text: p.label for i, p in assign_respectively(
    ...     s, qs, find_periods(s, "en", PeriodContext())).items()}
    {'$9 million': '2023-06-30', '$8 million': '2022-06-30'}
    """
    markers = list(_MARKER.finditer(text))
    if len(quantities) < 2:
        return {}
    plists = _period_lists(text, periods)
    if not plists:
        return {}
    order = sorted(range(len(quantities)), key=lambda i: quantities[i].start)
    lists = _Lists(
        text,
        quantities,
        periods,
        order,
        plists,
        depth=_depths(text, {q.end for q in quantities}),
        # quantities that are part of a period list (a year read as a number) are no values
        taken={
            i
            for i in order
            if any(pl.start < quantities[i].end and quantities[i].start < pl.end for pl in plists)
        },
    )
    out: dict[int, Period] = {}
    if not markers:
        _pair_unmarked(lists, out)
        return out
    prev_end = 0
    last_values = 0  # end of the previous group's values
    for mk in markers:
        if mk.group("en") is not None:
            last_values = max(last_values, _pair_en_group(lists, mk, prev_end, out))
        else:
            last_values = max(last_values, _pair_zh_group(lists, mk, last_values, out))
        prev_end = mk.end()
    return out


@attrs.frozen
class _Lists:
    """One sentence's mentions, and what every group of it needs to find its lists."""

    text: str
    quantities: Sequence[Quantity]
    periods: Sequence[PeriodMention]
    order: list[int]  # quantity indices in text order
    plists: list[_PeriodList]
    depth: list[int]  # parenthesis depth at each character
    taken: set[int]  # quantities inside a period list

    def chains(self, level: int, lo: int, hi: int) -> list[_Chain]:
        """The value lists at parenthesis depth ``level`` within ``[lo, hi)``."""
        return _chains(
            self.text, self.quantities, self.order, self.depth, level, lo, hi, self.periods, self.taken
        )


def _pair_unmarked(lists: _Lists, out: dict[int, Period]) -> None:
    """The filing convention without the word: "$6.9 billion and $5.8 billion at
    December 31, 2020 and 2019", a period list right after a value list as long."""
    text = lists.text
    chains = lists.chains(0, 0, len(text))
    for c in chains:
        if len(c.members) < 2:
            continue
        nxt = [
            pl for pl in lists.plists
            if pl.start >= c.end and _IMPLICIT_GAP.fullmatch(text, c.end, pl.start)
        ]
        if nxt:
            _pair(c, nxt[0], out)
    _pair_sentence_lists(lists, chains, out)


def _pair_sentence_lists(lists: _Lists, chains: list[_Chain], out: dict[int, Period]) -> None:
    """The filing convention across words: the sentence's one list of balance dates, at
    its end after "at"/"as of" ("deposits of $799 billion and $545 billion with no
    stated maturities at December 31, 2020 and 2019") or at its start ("At December 31,
    2020 and 2019, loans included $7.6 billion and $10.5 billion"), dates every value
    list as long, when the sentence holds no other period and every value is in such a
    list. Never a guess: any other value, period or clause break gives nothing."""
    text = lists.text
    if len(lists.plists) != 1 or ";" in text:
        return
    pl = lists.plists[0]
    n = len(pl.periods)
    if any(m.period is not None and not (pl.start <= m.start and m.end <= pl.end) for m in lists.periods):
        return  # another period stands in the sentence
    members = {i for c in chains for i in c.members} | {j for c in chains for cs in c.companions for j in cs}
    if not chains or any(len(c.members) != n for c in chains):
        return
    if any(i not in members and i not in lists.taken for i in lists.order):
        return  # a value outside the lists
    before = text[max(0, pl.start - 40) : pl.start]
    if _DATING_AT.match(text, pl.start) is None and _DATING_BEFORE.search(before) is None:
        return  # the list dates nothing ("rose 5% and 3% from 2020 and 2019")
    if _IMPLICIT_END.fullmatch(text, pl.end) is not None and all(c.end <= pl.start for c in chains):
        if _IMPLICIT_WORDS.fullmatch(_DATING_BEFORE.sub("", text[chains[-1].end : pl.start])) is None:
            return
        for a, b in itertools.pairwise(chains):
            if re.search(r"\d|[;:]", text[a.end : b.start]):
                return
    elif not (
        _DATING_OPENS.fullmatch(text, 0, pl.start)
        and all(c.start >= pl.end for c in chains)
        and text[pl.end : pl.end + 1] == ","
    ):
        return
    for c in chains:
        _pair(c, pl, out)


def _pair_en_group(
    lists: _Lists, mk: re.Match[str], prev_end: int, out: dict[int, Period]
) -> int:
    """Pair the value lists an English "respectively" closes (or opens, right after it)
    with the nearest period list; returns where the paired values end (0 if none)."""
    text = lists.text
    level = lists.depth[mk.start()]
    lo = prev_end
    semi = max(text.rfind(";", lo, mk.start()), text.rfind("；", lo, mk.start()))
    lo = max(lo, semi + 1)
    chains = [c for c in lists.chains(level, lo, mk.start()) if len(c.members) >= 2]
    if not chains:
        lead = _EN_LEAD.match(text, mk.end())
        assert lead is not None  # every part is optional
        after = lists.chains(level, lead.end(), len(text))
        chains = [c for c in after[:1] if c.start == lead.end() and len(c.members) >= 2]
    values_end = 0
    for c in chains:
        inside = [pl for pl in lists.plists if lo <= pl.start and pl.end <= mk.start()]
        pool = inside or [pl for pl in lists.plists if pl.end <= lo]
        if not pool:
            continue
        pl = min(pool, key=lambda x: (_distance(x.start, x.end, c.start, c.end), -x.start))
        _pair(c, pl, out)
        values_end = max(values_end, c.end)
    return values_end


def _pair_zh_group(
    lists: _Lists, mk: re.Match[str], last_values: int, out: dict[int, Period]
) -> int:
    """Pair the value list a Chinese "分别" opens with the period list before it; returns
    where those values end (0 if there are none)."""
    text = lists.text
    lead = _ZH_LEAD.match(text, mk.end())
    assert lead is not None  # every part is optional
    after = lists.chains(lists.depth[mk.start()], mk.end(), len(text))
    chains = [c for c in after[:1] if c.start <= lead.end() and len(c.members) >= 2]
    if not chains:
        return 0
    before = [pl for pl in lists.plists if pl.end <= mk.start()]
    if before:
        pl = before[-1]
        if not _ZH_LIST_WORD.search(text, max(pl.end, last_values), mk.start()):
            _pair(chains[0], pl, out)
    return chains[0].end


def _pair(c: _Chain, pl: _PeriodList, out: dict[int, Period]) -> None:
    if len(c.members) != len(pl.periods):
        return
    for i, comps, p in zip(c.members, c.companions, pl.periods, strict=True):
        out.setdefault(i, p)
        for j in comps:
            out.setdefault(j, p)


# Between two metric phrases of a list: "revenue and fee revenue", "sales, operating
# income and EPS", "revenue & EBITDA" (a possessive or "the" may open the next item).
_METRIC_SEP: Final = re.compile(
    _EN.regex("RESPECTIVELY_METRIC_SEP"),
    re.IGNORECASE,
)


def assign_respectively_metrics(
    text: str, quantities: Sequence[Quantity], metrics: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """``{index into quantities: index into metrics}`` where an English "respectively"
    closes a value list that pairs with a list of metric phrases before it ("revenue and
    fee revenue increased 23% and 42%, respectively"). ``metrics`` are the sentence's
    metric phrase spans. Lists of different lengths give nothing.

    >>> from extractor.quantities import find_quantities
    >>> s = "Revenue and fee revenue increased 23% and 42%, respectively."
    >>> qs = find_quantities(s, "en")
    >>> assign_respectively_metrics(s, qs, [(0, 7), (12, 23)])
    {0: 0, 1: 1}
    >>> assign_respectively_metrics(s, qs, [(0, 7)])
    {}
    """
    if len(quantities) < 2 or len(metrics) < 2:
        return {}
    order = sorted(range(len(quantities)), key=lambda i: quantities[i].start)
    depth = _depths(text, {q.end for q in quantities})
    morder = sorted(range(len(metrics)), key=lambda i: metrics[i][0])
    out: dict[int, int] = {}
    prev_end = 0
    for mk in _MARKER.finditer(text):
        if mk.group("en") is None:
            continue
        lo = prev_end
        semi = max(text.rfind(";", lo, mk.start()), text.rfind("；", lo, mk.start()))
        lo = max(lo, semi + 1)
        prev_end = mk.end()
        chains = [
            c
            for c in _chains(text, quantities, order, depth[:], depth[mk.start()], lo, mk.start(), (), set())
            if len(c.members) >= 2
        ]
        if not chains:
            continue
        c = chains[-1]
        # the metric list: the last run of metric phrases joined by separators that ends
        # before the values
        before = [k for k in morder if lo <= metrics[k][0] and metrics[k][1] <= c.start]
        runs: list[list[int]] = []
        for k in before:
            if runs and _METRIC_SEP.fullmatch(text, metrics[runs[-1][-1]][1], metrics[k][0]):
                runs[-1].append(k)
            else:
                runs.append([k])
        runs = [r for r in runs if len(r) >= 2]
        if not runs or len(runs[-1]) != len(c.members):
            continue
        for i, k in zip(c.members, runs[-1], strict=True):
            out.setdefault(i, k)
    return out
