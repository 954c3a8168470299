"""Period: which period a value is for, and which periods of a sentence are only compared with."""

from __future__ import annotations

import re

from ..lang import get_language
from ..normalize.periods import PeriodMention
from ..quantities import Quantity
from ..records import Period
from ..respectively import same_shape_in_year
from ..segment import clause_bounds
from .change import _FROM_BEFORE
from .cues import per_language
from .sentence import Sentence

_EN = get_language("en")
_ZH = get_language("zh")

# words that stop a period from carrying over from an earlier sentence
_NO_CARRY = per_language("PERIOD_NO_CARRY")


_REFERENCE_PERIOD = per_language("PERIOD_REFERENCE_BEFORE")


_GRAIN = {
    "day": 0,
    "month": 1,
    "months": 2,
    "quarter": 2,
    "fiscal_quarter": 2,
    "half": 3,
    "fiscal_half": 3,
    "year": 4,
    "fiscal_year": 4,
    "years": 5,
}


# periods named relative to an earlier one: in a results sentence they are what the
# current figure is compared with ("up 5% over last year", "较去年同期")
_PRIOR_PERIOD = re.compile(
    _EN.regex("PERIOD_PRIOR") + "|" + _ZH.regex("PERIOD_PRIOR"),
    re.IGNORECASE,
)
_COMPARISON_CUE = per_language("PERIOD_COMPARISON_CUE")


# words that make a span of time lie ahead ("over the next 4 years"), not in the past
_AHEAD_WORDS = _EN.words("PERIOD_AHEAD_WORDS") + _ZH.words("PERIOD_AHEAD_WORDS")


class _SentenceCue:
    """Whether a sentence holds a language's cue anywhere, worked out once per sentence
    (asked for each of its values and periods; most sentences hold none)."""

    def __init__(self, cues: dict[str, re.Pattern[str]]) -> None:
        self._cues = cues
        self._last: tuple[Sentence, str, bool] | None = None

    def __call__(self, s: Sentence) -> bool:
        c = self._last
        if c is not None and c[0] is s and c[1] is s.text:
            return c[2]
        found = self._cues[s.lang].search(s.text) is not None
        self._last = (s, s.text, found)
        return found


# does the sentence compare its values with an earlier period at all ("compared",
# "versus", "rose", "同比")?
_compares = _SentenceCue(_COMPARISON_CUE)


def is_reference(s: Sentence, p: PeriodMention) -> bool:
    """A period a value is compared against ("versus 2019", "较去年同期"), not the value's own."""
    if _PRIOR_PERIOD.search(p.text) and _compares(s):
        return True
    low = p.text.lower()
    if any(word in low for word in _AHEAD_WORDS):
        return False  # "over the next 4 years" is a span ahead, not a comparison
    return bool(_REFERENCE_PERIOD[s.lang].search(s.text[max(0, p.start - 40) : p.start]))


# a due or expiry date names an instrument or a deadline, not the period of a value
# ("$610 million of 4.00% notes due 2049", "credits that expire beginning fiscal 2028")
_DUE_BEFORE = re.compile(
    _EN.regex("PERIOD_DUE_BEFORE"),
    re.IGNORECASE,
)


_STATEMENT_BEFORE = per_language("PERIOD_STATEMENT_BEFORE")
_STATEMENT_AFTER = per_language("PERIOD_STATEMENT_AFTER")


def is_statement_date(s: Sentence, p: PeriodMention) -> bool:
    """A day beside a verb of statement: when something was said or announced ("Acme said
    on Tuesday that revenue rose 5% in the third quarter", "today announced net sales of
    $412 million", "小米昨日晚间发布公告称"), never the period of the values said."""
    if p.period is None or p.period.kind != "day":
        return False
    lang = s.lang
    return bool(
        _STATEMENT_AFTER[lang].match(s.text, p.end)
        or _STATEMENT_BEFORE[lang].search(s.text[max(0, p.start - 50) : p.start])
    )


_YEAR_TO_DATE = per_language("PERIOD_YEAR_TO_DATE")
_YEAR_TO_DATE_AFTER = per_language("PERIOD_YEAR_TO_DATE_AFTER")
# periods whose year-to-date span is January to their end (a fiscal year's start is not known)
_CALENDAR_PART = frozenset({"day", "month", "months", "quarter", "half"})
_YEAR_KINDS = frozenset({"year", "fiscal_year", "years"})


def year_to_date(s: Sentence, q: Quantity, period: Period) -> Period | None:
    """The period of a value said "year to date" (年初至报告期末, 今年以来) when the context
    gave it ``period`` (a heading's, the call's, the caller's, the sentence before's):
    from January to the end of ``period`` ("Year to date, revenue was $1.2 billion" under
    a third-quarter heading: 2026-01..2026-09), as a "year to date" the call's quarter
    resolves reads; None for a fiscal period (its year's start is not known); ``period``
    itself when the value is not said year to date, or ``period`` is a year."""
    if period.kind in _YEAR_KINDS or not _says_year_to_date(s, q):
        return period
    if period.kind not in _CALENDAR_PART or period.end is None:
        return None  # "fiscal Q3" year to date: its year's start is not known
    return Period.months(period.end.year, 1, period.end.month)


# does the sentence say "year to date" anywhere?
_has_year_to_date_cue = _SentenceCue(_YEAR_TO_DATE)


def _says_year_to_date(s: Sentence, q: Quantity) -> bool:
    """Is ``q`` said year to date: the words before it in its clause with no period
    between, or right after it?"""
    if not _has_year_to_date_cue(s):
        return False
    lang = s.lang
    if _YEAR_TO_DATE_AFTER[lang].match(s.text, q.end):
        return True
    lo, hi = clause_bounds(s.text, q.start, lang)
    found = None
    for found in _YEAR_TO_DATE[lang].finditer(s.text, 0, q.start):
        pass
    if found is None or found.start() < lo and s.text[: found.start()].strip():
        return False  # only in the value's clause, or opening the sentence (年初至报告期末，…)
    return not any(
        # a period of its own between ("Year to date through the third quarter" is the
        # period it runs to) or after it in its clause ("... rose 6% in the quarter")
        (found.end() <= p.start and p.end <= q.start and not _YEAR_TO_DATE_UNTIL[lang].fullmatch(s.text, found.end(), p.start))
        or q.end <= p.start < hi
        for p in s.periods
        if not is_reference(s, p)  # (较上年同期增长8.7%: what it is compared with)
    )


_YEAR_TO_DATE_UNTIL = per_language("PERIOD_YEAR_TO_DATE_UNTIL")


_Facts = tuple[
    Sentence,
    list[Quantity],
    list[PeriodMention],
    list[PeriodMention],
    list[Quantity],
    dict[int, int],
]
_facts: _Facts | None = None


def _bracket_end(text: str, p: PeriodMention) -> int | None:
    """Where the bracket ends in which ``p`` labels a comparative ("£5.2bn (2023: £4.9bn)",
    "45.2p (FY23: 38.1p)", "$5.2bn (2023: $4.9bn; 2022: $4.5bn)"), or None when ``p`` is
    not such a label."""
    if not text[p.end : p.end + 2].lstrip().startswith((":", "：")):
        return None
    opened = max(text.rfind("(", 0, p.start), text.rfind("（", 0, p.start))
    if opened < 0 or max(text.rfind(")", opened, p.start), text.rfind("）", opened, p.start)) >= 0:
        return None
    lead = text[opened + 1 : p.start].rstrip()
    if lead and not lead.endswith((";", "；", ",", "，")):
        return None  # the first label opens the bracket; others follow a separator
    ends = [i for i in (text.find(")", p.end), text.find("）", p.end)) if i >= 0]
    return min(ends) if ends else len(text)


def _period_facts(s: Sentence) -> tuple[list[PeriodMention], list[Quantity], dict[int, int]]:
    """What :func:`pick_period` needs of the sentence whatever the value, worked out once
    per sentence (not once per value): the periods not introduced by "due"/"expiring", the
    values introduced by "from"/"compared to"/"从", in sentence order, and where the
    bracket ends of each period that labels a bracketed comparative (by index in the
    usable periods)."""
    global _facts
    f = _facts
    if f is not None and f[0] is s and f[1] is s.quantities and f[2] is s.periods:
        return f[3], f[4], f[5]
    usable = [
        p
        for p in s.periods
        if p.period is not None
        and not _DUE_BEFORE.search(s.text[max(0, p.start - 30) : p.start])
        and not is_statement_date(s, p)
    ]
    fb = _FROM_BEFORE[s.lang]
    from_values = [o for o in s.quantities if fb.search(s.text[max(0, o.start - 20) : o.start])]
    brackets: dict[int, int] = {}
    if ":" in s.text or "：" in s.text:
        for i, p in enumerate(usable):
            end = _bracket_end(s.text, p)
            if end is not None:
                brackets[i] = end
    _facts = (s, s.quantities, s.periods, usable, from_values, brackets)
    return usable, from_values, brackets


_own: tuple[Sentence, str, list[PeriodMention], list[PeriodMention]] | None = None


def _own_periods(s: Sentence, usable: list[PeriodMention]) -> list[PeriodMention]:
    """The ``usable`` periods of ``s`` that are no reference (:func:`is_reference`): the
    same for every value of the sentence, so worked out once per sentence (``usable`` is
    the list :func:`_period_facts` gave for it)."""
    global _own
    f = _own
    if f is not None and f[0] is s and f[1] is s.text and f[2] is usable:
        return f[3]
    own = [p for p in usable if not is_reference(s, p)]
    _own = (s, s.text, usable, own)
    return own


def pick_period(s: Sentence, q: Quantity, carried: Period | None) -> Period | None:
    """The value's own period: nearest before it in the sentence, else right after it.

    Periods a value is compared against ("down 5% versus 2019", "较去年同期") are skipped,
    except for a value introduced by "from"/"compared to"/"从": that is the earlier level,
    and its period is the one written right next to it, if any. A period that labels a
    bracketed comparative ("£5.2bn (2023: £4.9bn)") is only the bracket's values'.
    """
    lang = s.lang
    usable, from_values, brackets = _period_facts(s)
    if brackets:
        # "Revenue was £5.2bn (2023: £4.9bn)": the bracket's period is its value's alone
        usable = [
            p
            for i, p in enumerate(usable)
            if i not in brackets or p.end <= q.start and q.end <= brackets[i]
        ]
    same = same_period_of_year(s, q) if lang == "en" else None
    if same is not None:
        return same  # "compared to $2.9 billion for the same period in 2023"
    compared = q.value_high is None and _FROM_BEFORE[lang].search(s.text[max(0, q.start - 20) : q.start])
    year_before = _year_before_own(s, q, usable, carried)
    if compared and (year_before is None or year_before[0] is None):
        # ("ranging from $58 million to $63 million" is one range, not a reference level)
        near = [p for p in usable if 0 <= q.start - p.end <= 4 or 0 <= p.start - q.end <= 25]
        return near[0].period if near else None
    # "... $0.58 in the prior year", "revenue was $5 million last year": adjacent wins
    for p in usable:
        gap = s.text[q.end : p.start] if p.start >= q.end else None
        if (
            gap is not None
            and len(gap) <= 20
            and not re.search(r"[,;，；]", gap)
            and not any(q.end <= o.start and o.end <= p.start for o in s.quantities)
            and not _COMPARISON_CUE[lang].search(gap)
            and _PRIOR_PERIOD.search(p.text)
            and _compares(s)
        ):
            return p.period
    if year_before is not None:
        return year_before[0]
    own = _own_periods(s, usable)
    # "from $5 million in 2019 to $7 million": 2019 is the earlier level's, not $7 million's
    froms = [o for o in from_values if o is not q and o.end <= q.start]
    before = [
        p for p in own if p.end <= q.start and not any(0 <= p.start - o.end <= 5 for o in froms)
    ]
    # a period after a compared value belongs to that value ("$0.48 versus $0.40 in 2Q 2020"),
    # not to a list it closes ("$5.2 billion and $6.7 billion at December 31, 2020")
    after = [
        p
        for p in own
        if p.start >= q.end and not any(q.end <= o.start and o.end <= p.start for o in from_values)
    ]
    if before:
        # "revenue of $5 million in the third quarter": a period right after competes when
        # close; the finer one wins ("First quarter sales ... $190.9 million in fiscal '21")
        b = before[-1].period
        if (
            after
            and after[0].start - q.end <= 12
            and not re.search(r"[,;，；。]", s.text[q.end : after[0].start])  # the next clause's
            # nor the next item's ("first-quarter revenue of $2.3 billion and fourth-quarter
            # revenue of $2.9 billion")
            and not _ITEM_JOIN[lang].search(s.text, q.end, after[0].start)
        ):
            a = after[0].period
            assert a is not None and b is not None
            if re.search(r"[,;，；]", s.text[before[-1].end : q.start]):
                return a  # "With Q3 behind us, we expect growth of 9% for 2021": another clause's
            return a if _GRAIN[a.kind] <= _GRAIN[b.kind] else b
        return b
    if after:
        return after[0].period
    if usable and carried is None:
        return None  # the sentence names only periods it compares with: not this value's
    if carried is not None:
        # "在更早之前，...", "Earlier, ...": a sentence opening that moves away in time
        first_clause = s.text[: clause_bounds(s.text, 0, lang)[1]]
        if _NO_CARRY[lang].search(first_clause):
            return None
    return carried


_ITEM_JOIN = per_language("PERIOD_NEXT_ITEM_JOIN")
_NAMES_SPAN = per_language("PERIOD_NAMES_SPAN")
_YEAR_BEFORE_OWN = per_language("PERIOD_YEAR_BEFORE_OWN")
# "the same period in/of" right before a year: that year's span of the sentence's own period
_SAME_PERIOD_OF = re.compile(_EN.regex("PERIOD_SAME_PERIOD_OF"), re.IGNORECASE)
_YEARS: frozenset[str] = frozenset({"year", "fiscal_year", "years"})
_FOR_THE = re.compile(_EN.regex("PERIOD_OWN_TIME_BEFORE_SAME"), re.IGNORECASE)


def same_period_of_year(s: Sentence, q: Quantity) -> Period | None:
    """The period of a value dated "for the same period in 2023" after a span the sentence
    named before it ("Net sales for the nine months ended September 30, 2024 were $3.2
    billion, compared to $2.9 billion for the same period in 2023": 2023-01..2023-09, not
    the year 2023); None when the value is not so dated or no such span comes before."""
    usable = _period_facts(s)[0]
    after = next((p for p in usable if p.start >= q.end), None)
    if after is None or after.period is None or after.period.kind not in _YEARS or after.start - q.end > 30:
        return None
    m = _SAME_PERIOD_OF.search(s.text, max(0, after.start - 40), after.start)
    if m is None or not _FOR_THE.fullmatch(s.text, q.end, m.start()):
        return None  # not "up 26% versus the same period in 2019": a change's base year
    base = [p for p in usable if p.end <= q.start and p.period is not None and p.period.kind not in _YEARS]
    if not base or base[-1].period is None:
        return None
    return same_shape_in_year(base[-1].period, after.period.year_number)


def year_before(s: Sentence, q: Quantity, period: Period) -> Period | None:
    """``period`` (the caller's default for a value the text does not date), or the year
    before it for a value dated by an unresolved "the prior fiscal year" / 上年同期 ("The
    effective tax rate was 19.8% compared to 21.3% in the prior fiscal year" in a fiscal
    2025 filing: FY2024 for the 21.3%)."""
    if _year_before_own(s, q, _period_facts(s)[0]) is None or period.kind == "years":
        return period
    return same_shape_in_year(period, period.year_number - 1)


def _year_before_own(
    s: Sentence, q: Quantity, usable: list[PeriodMention], fallback: Period | None = None
) -> tuple[Period | None] | None:
    """The period of a value dated by an unresolved "the prior year" / 上年同期 (no
    document date to count from): the year before the sentence's own period written
    before that phrase ("Net loss was $3.5 million in 2022, compared with net income of
    $1.2 million in the prior year": 2021), else before ``fallback`` (the period carried
    from a heading or the sentence before), or None when neither is known.
    None (not a 1-tuple) when no such phrase dates the value: the usual rules go on."""
    if not any(p.period is None and p.relative for p in s.periods):
        return None  # (the common case: no unresolved relative period in the sentence)
    rx = _YEAR_BEFORE_OWN[s.lang]
    lo = clause_bounds(s.text, q.start, s.lang)[0]
    near: PeriodMention | None = None
    for p in s.periods:
        if p.end <= q.start and p.start >= lo:
            near = p  # the nearest period in the value's clause before it
        elif p.start >= q.end:
            gap = s.text[q.end : p.start]
            if (
                len(gap) <= 20
                and not re.search(r"[,;，；。]", gap)
                and not _COMPARISON_CUE[s.lang].search(gap)
                and not any(q.end <= o.start and o.end <= p.start for o in s.quantities)
            ):
                near = p  # right after it ("$1.2 million in the prior year"): closer than
                # a period before it ("41.3% for the six months ended ..., down from 43.5%
                # in the prior-year period")
            break
    if near is None or near.period is not None or not rx.search(near.text):
        return None
    if near.end <= q.start and _FROM_BEFORE[s.lang].search(s.text[max(0, near.start - 20) : near.start]):
        return None  # "rose 10% from the prior year to $5 million": the compared period
    base = [p for p in usable if p.end <= near.start]
    b = base[-1].period if base else fallback
    if not base and b is not None and b.kind not in _YEARS and not _NAMES_SPAN[s.lang].search(near.text):
        b = None  # "占公司上年营业收入的48%" under a quarter: last year's, not its quarter
    if b is None:
        return (None,)
    return (same_shape_in_year(b, b.year_number - 1) if b.kind != "years" else None,)


def _reported(period: Period | None, call: Period | None) -> bool:
    """Whether ``period`` ends no later than the call's quarter (results, not outlook)."""
    if period is None or call is None or period.end is None or call.end is None:
        return False
    return period.end <= call.end


_LOOKS_BACK = re.compile(_EN.regex("PERIOD_NAMED_PAST"))


def _guided_for(s: Sentence, q: Quantity, period: Period, call: Period) -> bool:
    """Whether ``period``, picked for guidance ``q``, can be the period guided for: not one
    named as past ("last quarter", "a year ago"), nor an earlier quarter of the call's
    year said in another clause ("Consistent with our comments in the first quarter, we
    continue to expect ...")."""
    m = next((p for p in s.periods if p.period == period), None)
    if m is None:
        return True
    if _LOOKS_BACK.search(m.text):
        return False
    if (
        period.kind in ("day", "month", "months", "half")
        and period != call
        and _reported(period, call)
    ):
        return False  # "due to our strong year-to-date results, we now expect ...": a past span
    # an earlier quarter of the call's year said in another clause
    return not (
        m.end <= q.start
        and period.kind == call.kind
        and period.kind in ("quarter", "fiscal_quarter")
        and period.year_number == call.year_number
        and int(period.label[-1]) < int(call.label[-1])
        and not call.label.endswith("Q4")
        and re.search(r"[,;]", s.text[m.end : q.start])
    )


def _full_year_after(call: Period) -> Period:
    """The year that guidance given without a period in a call is for: the call's year,
    or the next one when the call reports a fourth quarter. A call that speaks of fiscal
    quarters gives a fiscal year; one named by calendar quarters, a calendar year."""
    year = call.year_number
    if call.label.endswith("Q4"):
        year += 1
    return Period.fiscal_year(year) if call.kind == "fiscal_quarter" else Period.year(year)


def _roll_forward(s: Sentence, period: Period, call: Period) -> Period:
    """Guidance for a quarter named without a year ("we expect Q1 revenue ...") said in a
    later quarter's call is for next year's quarter."""
    if call.kind not in ("quarter", "fiscal_quarter"):
        return period
    if not any(p.period == period and p.relative for p in s.periods):
        return period
    if period.kind in ("year", "fiscal_year"):
        # "for the full year, we expect ..." in a fourth-quarter call: next year's guidance
        if call.label.endswith("Q4") and period.year_number == call.year_number:
            return Period.from_label(
                period.label.replace(str(period.year_number), str(period.year_number + 1))
            )
        return period
    if period.kind not in ("quarter", "fiscal_quarter"):
        return period
    pq, cq = int(period.label[-1]), int(call.label[-1])
    if period.year_number == call.year_number and pq < cq:
        return Period.from_label(
            period.label.replace(str(period.year_number), str(period.year_number + 1))
        )
    if period == call and any(
        p.period == period and p.relative and _THE_QUARTER.search(p.text) for p in s.periods
    ):
        # "for the quarter, we expect ...": a call is held after its quarter ended, so the
        # quarter it guides is the next one (a fourth-quarter call's: next year's first)
        year, nq = (call.year_number + 1, 1) if cq == 4 else (call.year_number, cq + 1)
        fiscal = call.kind == "fiscal_quarter"
        return Period.fiscal_quarter(year, nq) if fiscal else Period.quarter(year, nq)
    return period


_THE_QUARTER = re.compile(_EN.regex("PERIOD_THE_QUARTER"))
