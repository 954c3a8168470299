"""Financial filings (10-K, 10-Q, annual reports): how to recognise them and how they date values.

A filing reports on fiscal periods. Its "in 2019" is the company's fiscal 2019, and a
balance "as of December 31, 2019" is the balance at the end of fiscal 2019, the
balance-sheet column it belongs to. Elsewhere (news, calls) the same words keep their
plain meaning: calendar year 2019 and the day 2019-12-31.

:func:`looks_like_filing` decides from the wording alone, because filings are often
processed a sentence at a time: the comparative dating of financial statements ("for the
years ended December 31, 2020 and 2019", "as of May 31, 2021 and 2020", "in 2020, 2019 and
2018, respectively"), their references ("Note 7", "ASU 2016-02", "Form 10-K",
"(in millions)") or accounting terms, dense enough (one in a sentence, more in a longer text).
:func:`filing_period` then relabels a period mention.

Pure and cheap: no spaCy.

>>> looks_like_filing("Net sales were $1.2 billion and $1.1 billion in 2020 and 2019, respectively.")
True
>>> looks_like_filing("Shares of Twilio rose 5% in 2019.")
False
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .normalize.periods import PeriodMention
from .normalize.prefilter import with_first_chars
from .records import Period

__all__ = ["filing_may_change", "filing_period", "fiscal_year_of", "looks_interim", "looks_like_filing"]

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d\d"

# one of these is enough: the dating and referencing habits of financial statements.
# Each is tried only when its gate (a plain substring of the lowercased text) is there:
# one alternation over every position costs more than the rest of the check together.
_MON_L = _MON.lower()
_STRONG: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (gates, re.compile(rx))
    for gates, rx in [
        (("ended",), r"\b(?:(?:fiscal\s+)?years?|(?:three|six|nine|twelve|3|6|9|12)\s+months)\s+ended\b"),
        (
            ("as of", "at "),
            (rf"\b(?:as\s+of|at)\s+{_MON_L}\s+\d{{1,2}},\s+{_YEAR},?\s+(?:and|or)\s+"
            rf"(?:{_MON_L}\s+\d{{1,2}},\s+)?{_YEAR}\b"),
        ),
        (("fiscal",), rf"\bfiscal\s+(?:years?\s+)?{_YEAR}(?:,\s+{_YEAR})*,?\s+and\s+{_YEAR}\b"),
        (("and 19", "and 20"), rf"\b{_YEAR},\s+{_YEAR},?\s+and\s+{_YEAR}\b"),
        (("10-k", "10-q", "annual report"), r"\b10-[kq]\b|\bannual\s+report\b"),
        (
            ("millions", "thousands", "billions"),
            (r"\(\s*(?:in|dollars\s+in)\s+(?:millions|thousands|billions)\b|"
            r"\bin\s+(?:millions|thousands),\s+except\b"),
        ),
        (("consolidated",), r"\bconsolidated\s+(?:balance\s+sheets?|statements?\s+of|financial\s+statements)\b"),
        (("note",), r"\bnote\s+\d+\b"),
        (("asu", "asc", "sfas"), r"\b(?:asu|asc|sfas)\s+(?:no\.\s+)?\d"),
    ]
)
# the defined terms of a filing, capitalised ("the Company's", "the Corporation")
_DEFINED = with_first_chars(re.compile(r"\b[Tt]he (?:Company|Corporation|Firm|Registrant)\b"), 4)
# a value per year, twice: "$8.2 billion in 2021, $7.3 billion in 2020 and ..."
_VALUE_YEAR = re.compile(
    rf"[$€£¥]\s?[0-9][0-9.,]*(?:\s+(?:million|billion|thousand))?\s+(?:in|for|during)\s+"
    rf"(?:fiscal\s+(?:year\s+)?)?({_YEAR})\b",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# balances at two year-ends: "$2.5 billion as of December 26, 2020 and $3.7 billion as of
# December 28, 2019"
_AS_OF_YEAR = with_first_chars(
    re.compile(rf"\b(?:as\s+of|at)\s+{_MON}\s+\d{{1,2}},\s+({_YEAR})\b", re.IGNORECASE), 2
)
_YEARS = re.compile(rf"\b{_YEAR}\b")

# accounting vocabulary: two distinct terms make a filing
# (led by a lookahead of the first letters a term starts with: about 1.4x faster)
_WEAK = with_first_chars(
    re.compile(
        r"\b(?:"
        r"accumulated\s+other\s+comprehensive|non-?controlling\s+interests?|deferred\s+tax|"
        r"net\s+of\s+tax|pre-?tax|after-?tax|carrying\s+(?:value|amount)|fair\s+value|"
        r"amortization|amortized|impairments?|goodwill|intangible\s+assets|right-of-use|rou\s+assets?|"
        r"lease\s+liabilit(?:y|ies)|retained\s+earnings|remaining\s+performance\s+obligations|"
        r"unrecognized\s+compensation|stock-based\s+compensation|share-based\s+compensation|"
        r"weighted[- ]average|cumulative\s+effect|notional|principal\s+amount|senior\s+notes|"
        r"commercial\s+paper|accrued|accrual|unrealized|allowance\s+for|reclassified|"
        r"purchase\s+price\s+allocation|held-for-sale|contractual|transition\s+tax|tax\s+benefits?|"
        r"purchase\s+obligations|exposure\s+to\s+loss|net\s+proceeds|issuance|notes\s+due|"
        r"restructuring|other\s+\(?income\)?\s+expense|foreign\s+currency\s+translation|"
        r"credit\s+facility|cash\s+consideration|cumulative[- ]effect|"
        r"level\s+[123]|valuation\s+allowance|provision\s+for\s+income\s+taxes|"
        r"(?:we|the\s+company)\s+(?:recorded|recognized)"
        r")\b",
        # matched against the lowercased text: faster than IGNORECASE
    ),
    1,
)


def looks_like_filing(text: str) -> bool:
    """True when ``text`` is worded like a financial filing (see the module docstring).

    >>> looks_like_filing("As of December 31, 2020 and 2019, goodwill was $3.0 billion.")
    True
    >>> looks_like_filing("We recorded a goodwill impairment of $45 million in 2019.")
    True
    >>> looks_like_filing("Revenue rose 10% to $5 billion in 2019, the newspaper said.")
    False
    >>> looks_like_filing("Shipping costs were $10.9 billion in 2019 and $10.5 billion in 2018.")
    True
    """
    low = text.lower()
    for gates, rx in _STRONG:
        for g in gates:
            if g in low:
                if rx.search(low):
                    return True
                break
    if _DEFINED.search(text):
        return True
    if _RESPECTIVELY.search(text) and len(set(_YEARS.findall(text))) >= 2:
        return True
    if len({m.group(1) for m in _VALUE_YEAR.finditer(text)}) >= 2:
        return True
    if len({m.group(1) for m in _AS_OF_YEAR.finditer(text)}) >= 2:
        return True
    # accounting vocabulary, dense enough: one term in a sentence, many in an article
    terms = {m.group().replace("-", " ") for m in _WEAK.finditer(low)}
    return len(terms) >= 1 + len(text) // 300


_INTERIM = re.compile(
    r"\b(?:three|six|nine|3|6|9)\s+months\s+ended\b|\bquarters?\s+ended\b|\b10-Q\b|"
    r"\bquarterly\s+report\b",
    re.IGNORECASE,
)


def looks_interim(text: str) -> bool:
    """True when a filing speaks of quarters ended (a 10-Q): its balance dates are quarter ends.

    >>> looks_interim("for the three months ended March 31, 2021"), looks_interim("in 2020")
    (True, False)
    """
    return _INTERIM.search(text) is not None


def fiscal_year_of(day: date) -> int:
    """The fiscal year a period-end date closes.

    Years of 52 or 53 weeks end on the weekday nearest a month end, so a fiscal year
    closing in the first days of January belongs to the year before. The first of a
    month is an opening date (adoptions, opening balances): it belongs to the year it opens.

    >>> [fiscal_year_of(date(*d)) for d in [(2021, 1, 3), (2021, 1, 31), (2020, 10, 3), (2019, 1, 1)]]
    [2020, 2021, 2020, 2019]
    """
    if day.day == 1:
        return day.year  # an opening date ("as of January 1, 2019"): the year it opens
    return (day - timedelta(days=7)).year


def _is_period_end(day: date) -> bool:
    """A month end, or within a week of one (52/53-week fiscal calendars)."""
    nxt = day + timedelta(days=7)
    prev = day - timedelta(days=7)
    return nxt.month != day.month or prev.month != day.month


def filing_may_change(mention: PeriodMention) -> bool:
    """Can :func:`filing_period` give ``mention`` another period than its own (a year, or
    a day stated as a point in time)? Where no mention of a text can, whether the text is
    a filing changes nothing.

    >>> from extractor.normalize.periods import PeriodContext, find_periods
    >>> ms = find_periods("in Q3 2021, in 2019, as of May 2, 2021", "en", PeriodContext())
    >>> [filing_may_change(m) for m in ms]
    [False, True, True]
    """
    p = mention.period
    return p is not None and (p.kind == "year" or p.kind == "day" and mention.ended)


def filing_period(mention: PeriodMention, *, annual: bool = True) -> Period | None:
    """The period a filing means by ``mention``.

    - a year ("in 2019", "the 2018 deferred tax benefit") is that fiscal year;
    - in an annual filing (``annual``), a point in time stated as "as of / at <date>"
      that closes a month (or a 52/53-week period) is the end of the fiscal year it
      closes: the balance-sheet column;
    - everything else (quarters, months, other days, spans) keeps its meaning.

    >>> from extractor.normalize.periods import PeriodContext, find_periods
    >>> ms = find_periods("as of January 3, 2021 and on March 10, 2021, in 2019", "en", PeriodContext())
    >>> [filing_period(m).label for m in ms]
    ['FY2020', '2021-03-10', 'FY2019']
    """
    p = mention.period
    if p is None:
        return None
    if p.kind == "year":
        return Period.fiscal_year(p.year_number)
    if annual and p.kind == "day" and mention.ended and p.end is not None and _is_period_end(p.end):
        return Period.fiscal_year(fiscal_year_of(p.end))
    return p
