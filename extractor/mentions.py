"""A document's sentences, each with the mentions inside it (values, metric names,
periods, companies): the stage between reading a document and linking its values.

The pattern finders run once per paragraph (far less per-call overhead than per
sentence); their mentions are then handed to the sentence holding them, offsets made
relative to it. A sentence too long or too crowded for linking to weigh its mentions
against each other in bounded time is cut at safe points first.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any, Generic, Literal, TypeVar

import attrs

from .companies import CompanyFinder, CompanyMention
from .currencies import CurrencyTable, LazyHints
from .document import Document
from .filing import filing_may_change, filing_period, looks_interim
from .link import Sentence
from .metrics import MetricLexicon, MetricMention
from .normalize.periods import PeriodContext, PeriodMention, find_periods
from .quantities import Quantity, find_quantities
from .records import Period
from .segment import split_sentences

__all__ = ["MAX_SENTENCE_CHARS", "MAX_SENTENCE_MENTIONS", "Finders", "Job", "build_sentences"]

Lang = Literal["en", "zh"]


@attrs.define
class Job:
    """One document between reading and linking."""

    doc: Document
    sentences: list[Sentence]
    company: str | None
    period: Period | None
    doc_date: date | None = None  # what relative period words were read against


@attrs.frozen
class Finders:
    """The pattern tables an extractor loaded, that find mentions in a paragraph."""

    metrics: MetricLexicon
    companies: CompanyFinder
    currencies: CurrencyTable


# how many opening paragraphs are searched for companies even without a value
_LEAD_PARAGRAPHS = 3


def build_sentences(
    doc: Document,
    lang: Lang | None,
    doc_date: date | None,
    filing: bool | Callable[[], bool],
    finders: Finders,
) -> list[Sentence]:
    """The document's sentences with their mentions (the spaCy stage comes after).

    ``filing`` may be a function deciding it: it only changes what English years and
    points in time mean, so it is asked (once) at the first English paragraph naming one;
    a document without one never pays for reading its wording."""
    meta = doc.meta
    ctx = PeriodContext(doc_date=doc_date or meta.date, call_period=meta.call_period)
    is_filing = _Once(filing, doc.text)
    hints = LazyHints(doc.text, finders.currencies)  # what "$", "¥" mean here
    sentences: list[Sentence] = []
    anchor_year: int | None = None
    last_day: Period | None = None
    for pi, para in enumerate(doc.paragraphs):
        if para.translation_of is not None:
            continue  # one fact, one record: the original-language paragraph speaks for both
        plang: Lang = lang or para.lang
        bounds = split_sentences(para.text, plang)
        if not bounds:
            continue
        quantities = find_quantities(para.text, plang, currencies=finders.currencies, hints=hints)
        periods = find_periods(para.text, plang, ctx, anchor_year=anchor_year, anchor_day=last_day)
        periods = _drop_dateline(periods, doc, para.start)
        if plang == "en" and any(map(filing_may_change, periods)) and is_filing.filing():
            annual = is_filing.annual()
            periods = [attrs.evolve(m, period=filing_period(m, annual=annual)) for m in periods]
        # companies and metrics matter only where a value is (the document's subject
        # company is the one most mentioned in those paragraphs); "(Reuters)" in the
        # dateline is the source, not a subject
        # (the first paragraphs too, valueless or not: a release's title and dateline name
        # the company its bullet points speak of)
        companies = (
            _drop_dateline(finders.companies.find(para.text, plang), doc, para.start)
            if quantities or pi < _LEAD_PARAGRAPHS
            else []
        )
        if not companies and pi < _LEAD_PARAGRAPHS and plang == "en" and not quantities:
            # a release's title names its company as the headline's subject ("Brightwater
            # Foods Reports Record Sales"), which no model is run on
            title = finders.companies.subject_en(para.text)
            companies = [title] if title is not None else []
        metrics = finders.metrics.find(para.text, plang) if quantities else []
        for p in periods:
            if p.period is not None and p.period.kind != "years":
                anchor_year = p.period.year_number
            if p.period is not None and p.period.kind == "day":
                last_day = p.period
        n_mentions = len(quantities) + len(metrics) + len(periods) + len(companies)
        if len(para.text) > MAX_SENTENCE_CHARS or n_mentions > MAX_SENTENCE_MENTIONS:
            spans = _MentionIndex([*quantities, *metrics, *periods, *companies])
            bounds = [piece for a, b in bounds for piece in _cap(para.text, a, b, spans)]
        qi, mi, pi_, ci = _slicer(quantities), _slicer(metrics), _slicer(periods), _slicer(companies)
        for a, b in bounds:
            sentences.append(
                Sentence(
                    text=para.text[a:b],
                    offset=para.start + a,
                    lang=plang,
                    para_index=pi,
                    speaker=para.speaker,
                    role=para.role,
                    quantities=qi(a, b),
                    metrics=mi(a, b),
                    periods=pi_(a, b),
                    companies=ci(a, b),
                )
            )
    return sentences


class _Once:
    """Is the document a filing, and an annual one? Each decided the first time it is asked."""

    def __init__(self, filing: bool | Callable[[], bool], text: str) -> None:
        self._filing, self._text = filing, text
        self._annual: bool | None = None

    def filing(self) -> bool:
        if not isinstance(self._filing, bool):
            self._filing = bool(self._filing())
        return self._filing

    def annual(self) -> bool:
        """A filing that does not speak of quarters ended (a 10-K, not a 10-Q)."""
        if self._annual is None:
            self._annual = self.filing() and not looks_interim(self._text)
        return self._annual


_D = TypeVar("_D", PeriodMention, CompanyMention)


def _drop_dateline(mentions: list[_D], doc: Document, para_start: int) -> list[_D]:
    """``mentions`` less those inside the document's dateline (never a fact's date or
    subject)."""
    if doc.meta.dateline is None:
        return mentions
    a0, b0 = doc.meta.dateline[0] - para_start, doc.meta.dateline[1] - para_start
    return [m for m in mentions if not (a0 <= m.start and m.end <= b0)]


_M = TypeVar("_M", Quantity, MetricMention, PeriodMention, CompanyMention)


def _within(mentions: Sequence[_M], a: int, b: int) -> list[_M]:
    """The mentions inside ``[a, b)``, with offsets made relative to ``a`` (one scan: for a
    paragraph's only sentence; :class:`_Within` indexes a paragraph of many)."""
    if a == 0:
        return [m for m in mentions if m.end <= b]
    return [_shifted(m, a) for m in mentions if a <= m.start and m.end <= b]


def _layout(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], int, int] | None:
    """(all field values getter, index of start, index of end) of a mention class whose
    fields are all positional ``__init__`` arguments; None for any other class."""
    fields = attrs.fields(cls)
    if any(not f.init or f.kw_only for f in fields):
        return None
    names = [f.name for f in fields]
    return operator.attrgetter(*names), names.index("start"), names.index("end")


_LAYOUTS = {cls: _layout(cls) for cls in (Quantity, MetricMention, PeriodMention, CompanyMention)}


def _shifted(m: _M, a: int) -> _M:
    """``m`` with its offsets made relative to ``a`` (``attrs.evolve``, without its
    per-call reading of the class's fields)."""
    layout = _LAYOUTS.get(type(m))
    if layout is None:
        return attrs.evolve(m, start=m.start - a, end=m.end - a)
    values, i_start, i_end = layout
    args = list(values(m))
    args[i_start] -= a
    args[i_end] -= a
    return type(m)(*args)


#: below this many mentions a scan per sentence is cheaper than an index
_SCAN = 24


def _slicer(mentions: Sequence[_M]) -> Callable[[int, int], list[_M]]:
    """The mentions of a paragraph, by sentence: a scan when they are few, else an index."""
    if len(mentions) <= _SCAN:
        return partial(_within, mentions)
    return _Within(mentions)


class _Within(Generic[_M]):
    """``_within`` for many sentences of one paragraph: the mentions indexed by start once,
    so each sentence costs a bisection plus its own mentions (not a scan of the paragraph).

    >>> from extractor.quantities import find_quantities
    >>> t = "Revenue was $5 million. Costs were $3 million."
    >>> w = _Within(find_quantities(t, "en"))
    >>> [(q.text, q.start) for q in w(24, len(t))]
    [('$3 million', 11)]
    """

    def __init__(self, mentions: Sequence[_M]) -> None:
        self.mentions: Sequence[_M] = mentions
        self.order: list[int] | None = None  # built on the first call that needs it
        self.starts: list[int] = []

    def __call__(self, a: int, b: int) -> list[_M]:
        if self.order is None:
            self.order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            self.starts = [self.mentions[i].start for i in self.order]
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        picked = sorted(i for i in self.order[lo:hi] if self.mentions[i].end <= b)  # input order
        return [_shifted(self.mentions[i], a) for i in picked]


#: A sentence longer than this, or holding more mentions, is cut into pieces at safe
#: points (far beyond any sentence of real text: the longest seen is ~1,700 characters
#: with 42 mentions). Linking weighs the mentions of a sentence against each other, so
#: this keeps its cost per character bounded on text without sentence ends.
MAX_SENTENCE_CHARS = 4000
MAX_SENTENCE_MENTIONS = 64


class _MentionIndex:
    """Where mentions start and end, to cut a paragraph without cutting one."""

    def __init__(self, mentions: Sequence[Any]) -> None:
        spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        # running max of ends: is a position inside any mention?
        self.reach: list[int] = []
        r = -1
        for b in self.ends:
            r = max(r, b)
            self.reach.append(r)

    def inside(self, pos: int) -> bool:
        """Does a mention cover both ``pos - 1`` and ``pos`` (would a cut at ``pos`` split it)?"""
        k = bisect_left(self.starts, pos)  # mentions starting before pos
        return k > 0 and self.reach[k - 1] > pos

    def count(self, a: int, b: int) -> int:
        return bisect_left(self.starts, b) - bisect_left(self.starts, a)


_SAFE_CUT = re.compile(r"[\s,;:，；：、]")


def _cap(text: str, a: int, b: int, spans: _MentionIndex) -> list[tuple[int, int]]:
    """``[a, b)`` cut into pieces of at most ``MAX_SENTENCE_CHARS`` characters and about
    ``MAX_SENTENCE_MENTIONS`` mentions, each cut at a space or a comma outside any mention
    when there is one (else at the first point outside a mention)."""
    if b - a <= MAX_SENTENCE_CHARS and spans.count(a, b) <= MAX_SENTENCE_MENTIONS:
        return [(a, b)]
    out: list[tuple[int, int]] = []
    while b - a > MAX_SENTENCE_CHARS or spans.count(a, b) > MAX_SENTENCE_MENTIONS:
        limit = min(b, a + MAX_SENTENCE_CHARS)
        if spans.count(a, limit) > MAX_SENTENCE_MENTIONS:
            k = bisect_left(spans.starts, a) + MAX_SENTENCE_MENTIONS
            limit = min(limit, spans.starts[k])
        cut = _cut_point(text, a, limit, spans)
        if cut is None or cut >= b:
            break
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        out.append((a, b))
    trimmed = []
    for x, y in out:
        while y > x and text[y - 1].isspace():
            y -= 1
        if y > x:
            trimmed.append((x, y))
    return trimmed


def _cut_point(text: str, a: int, limit: int, spans: _MentionIndex) -> int | None:
    """The last safe cut in ``(a, limit]`` (a separator after the piece's middle, else
    any point outside a mention), or the first point past ``limit`` outside a mention."""
    lo = a + (limit - a) // 2
    for m in reversed(list(_SAFE_CUT.finditer(text, lo, limit))):
        if not spans.inside(m.end()):
            return m.end()
    for pos in range(limit, a, -1):
        if not spans.inside(pos):
            return pos
    pos = limit + 1
    while pos < len(text) and spans.inside(pos):
        pos += 1
    return pos if pos < len(text) else None
