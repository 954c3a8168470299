"""The :class:`Extractor`: document -> sentences -> mentions -> links -> records."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import attrs

from .batch import (
    CONTEXT_ARGS,
    ExtractionWarning,
    OnError,
    extract_here,
    extract_parallel,
    gc_paused,
    warn,
    with_contexts,
)
from .companies import CompanyFinder
from .company_gazetteer import currency_cues
from .currencies import CurrencyTable
from .declared_scale import Note, declared_factor, declared_scales, declared_units, unit_at
from .document import Document, read_document
from .entities import plan_ner, run_nlp
from .filing import looks_like_filing
from .lang import get_language
from .link import (
    Link,
    Sentence,
    is_reference,
    is_statement_date,
    link_sentence,
    most_frequent_company,
)
from .linking.cues import per_language
from .linking.period import year_before, year_to_date
from .linking.units import _unit_compatible, unit_class
from .markup import MarkupWarning, looks_like_html
from .mentions import MAX_SENTENCE_CHARS, MAX_SENTENCE_MENTIONS, Finders, build_sentences
from .mentions import Job as _Job
from .metrics import MetricLexicon, MetricMention
from .nlp import Analyzer, ChineseAnalyzer, EnglishAnalyzer
from .normalize.numbers import fold
from .packs import pattern_pack_dirs
from .records import Period, Record
from .respectively import same_shape_in_year
from .segment import is_table_row
from .table_columns import TableReader

__all__ = [
    "CONTEXT_ARGS",
    "MAX_SENTENCE_CHARS",
    "MAX_SENTENCE_MENTIONS",
    "ExtractionWarning",
    "Extractor",
]

Lang = Literal["en", "zh"]
_C = TypeVar("_C")




def _coerce_date(value: date | datetime | str | None, name: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"{name} must be an ISO date like '2016-06-24', got {value!r}") from None
    raise TypeError(f"{name} must be a datetime.date, datetime or ISO date string, got {type(value).__name__}")


def _coerce_period(value: Period | str | None) -> Period | None:
    """The caller's default period: a :class:`Period` or its canonical label."""
    if value is None or isinstance(value, Period):
        return value
    if isinstance(value, str):
        try:
            return Period.from_label(value.strip())
        except ValueError as e:
            raise ValueError(
                f"period must be a Period or a label such as 'FY2019', '2021-Q2', got {value!r}"
            ) from e
    raise TypeError(f"period must be a Period, a label str or None, got {type(value).__name__}")


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"extract() expects the document as a str, got {type(text).__name__}"
            + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else "")
        )
    return text


class Extractor:
    """Built-in patterns plus the user's, with the NLP pipelines built once.

    >>> ex = Extractor()
    >>> [r.to_dict()["value"] for r in ex.extract("2015年Twilio营收达到1.669亿美元。")]
    ['166900000']

    ``patterns``: directories holding ``metrics.jsonl``, ``companies.jsonl`` and/or
    ``currencies.jsonl`` whose
    entries are added to (or replace) the built-in ones; validated here, so a malformed file
    raises :class:`extractor.PatternError` before anything runs.
    ``use_ner``: run the English model's NER for company names beyond the gazetteer
    (slower; off, English companies come from the gazetteer and the document only).
    ``pattern_packs``: load the installed pattern packs (entry-point group
    ``extractor.patterns``, see :mod:`extractor.packs`) after the built-in patterns and
    before ``patterns``.
    ``infer_call_periods``: in an earnings call, a result stated without any period is the
    call's quarter and guidance stated without any period is for the full fiscal year (the
    next one in a fourth-quarter call), as analysts read calls. Off, such values get
    ``period=None``.
    """

    def __init__(
        self,
        patterns: Sequence[str | Path] = (),
        *,
        use_ner: bool = True,
        infer_call_periods: bool = True,
        pattern_packs: bool = True,
    ) -> None:
        if isinstance(patterns, (str, Path)):
            patterns = [patterns]
        self.pattern_dirs: tuple[str, ...] = tuple(str(p) for p in patterns)
        self.use_ner = use_ner
        self.infer_call_periods = infer_call_periods
        self.pattern_packs = pattern_packs
        # installed pattern packs load after the built-ins, before the caller's directories
        self.pack_dirs: tuple[str, ...] = (
            tuple(str(d) for d in pattern_pack_dirs()) if pattern_packs else ()
        )
        dirs = (*self.pack_dirs, *self.pattern_dirs)
        self.metrics = MetricLexicon.load(dirs)
        self.companies = CompanyFinder.load(dirs)
        # a listed Chinese or Japanese company named in English text says what "¥" is
        self.currencies = CurrencyTable.load(dirs).with_cues(currency_cues(self.companies.entries))
        self._unit_of = {m: self.metrics.unit_of(m) for m in self.metrics.ids()}
        # metrics kept to their own sentence ("carry": false in the metrics file)
        self._not_carried = frozenset(e.id for e in self.metrics.entries if not e.carry)
        self._en: Analyzer | None = None
        self._zh: Analyzer | None = None
        self._finders: Finders | None = None

    # -- pipelines, built on first use ---------------------------------------------------
    def _analyzer(self, lang: Lang) -> Analyzer | None:
        if lang == "zh":
            if self._zh is None:
                self._zh = ChineseAnalyzer()
            return self._zh
        if not self.use_ner:
            return None
        if self._en is None:
            latin = [
                n
                for e in self.companies.entries
                if e.lang != "zh"
                for n in e.all_names()
                if n.isascii() and len(n) >= 3
            ]
            self._en = EnglishAnalyzer(latin)
        return self._en

    # -- public API ----------------------------------------------------------------------
    def extract(
        self,
        text: str,
        *,
        lang: Lang | None = None,
        doc_date: date | datetime | str | None = None,
        company: str | None = None,
        period: Period | str | None = None,
        filing: bool | None = None,
    ) -> list[Record]:
        """Records for every financial fact in ``text``, in document order.

        See :func:`extractor.extract` for the meaning of the arguments.
        """
        with gc_paused():
            # (the job is only an argument: freed when ``_run`` returns, before the
            # collector is back on, so its first pass sees only the records)
            return self._run(self._prepare(text, lang, doc_date, company, period, filing))

    def _run(self, job: _Job | None) -> list[Record]:
        """The spaCy stage and linking of one prepared document."""
        if job is None:
            return []
        self._run_nlp(job.sentences)
        return self._finish(job)

    def _prepare(
        self,
        text: object,
        lang: Lang | None,
        doc_date: date | datetime | str | None,
        company: str | None,
        period: Period | str | None,
        filing: bool | None,
    ) -> _Job | None:
        """Everything before the spaCy stage: arguments checked, document read, sentences
        with their mentions; None when there is nothing to extract."""
        text = _check_text(text)
        if lang not in (None, "en", "zh"):
            raise ValueError(f'lang must be "en", "zh" or None, got {lang!r}')
        if company is not None and not isinstance(company, str):
            raise TypeError(f"company must be a str or None, got {type(company).__name__}")
        if filing is not None and not isinstance(filing, bool):
            raise TypeError(f"filing must be True, False or None, got {filing!r}")
        the_date = _coerce_date(doc_date, "doc_date")
        the_period = _coerce_period(period)
        if not text.strip() or not _may_hold_value(text):
            return None  # no digit, no numeral, no number word: no value, no record
        if "<" in text and looks_like_html(text):
            warnings.warn(
                "the text looks like HTML markup: values glued to tags may be missed; "
                "extract from extractor.html_to_text(text) instead",
                MarkupWarning,
                stacklevel=4,
            )
        doc = read_document(text, lang=lang)
        # (decided only where it can matter: see ``build_sentences``)
        decide = partial(_looks_like_filing, doc, lang) if filing is None else filing
        return self._sentences(doc, lang, the_date, company, decide, the_period)

    @overload
    def extract_many(
        self,
        texts: Iterable[str],
        *,
        n_process: int = 1,
        batch_size: int = 64,
        lang: Lang | None = None,
        doc_date: date | datetime | str | None = None,
        company: str | None = None,
        period: Period | str | None = None,
        filing: bool | None = None,
        on_error: OnError | None = None,
        as_tuples: Literal[False] = False,
    ) -> Iterator[list[Record]]: ...

    @overload
    def extract_many(
        self,
        texts: Iterable[tuple[str, _C]],
        *,
        n_process: int = 1,
        batch_size: int = 64,
        lang: Lang | None = None,
        doc_date: date | datetime | str | None = None,
        company: str | None = None,
        period: Period | str | None = None,
        filing: bool | None = None,
        on_error: OnError | None = None,
        as_tuples: Literal[True],
    ) -> Iterator[tuple[list[Record], _C]]: ...

    def extract_many(
        self,
        texts: Iterable[Any],
        *,
        n_process: int = 1,
        batch_size: int = 64,
        lang: Lang | None = None,
        doc_date: date | datetime | str | None = None,
        company: str | None = None,
        period: Period | str | None = None,
        filing: bool | None = None,
        on_error: OnError | None = None,
        as_tuples: bool = False,
    ) -> Iterator[Any]:
        """One list of records per input text, in input order; ``texts`` may be a generator.

        A document that fails (wrong type, or an unexpected error) never stops the batch:
        it yields ``[]`` and is reported to ``on_error(index, exception)``, by default as an
        :class:`ExtractionWarning`. With ``n_process > 1``, an item that cannot be sent to
        a worker (it does not pickle) is done in this process, and a worker that dies
        (killed, out of memory) has its documents redone here: every other document gets
        the records :meth:`extract` gives it. Workers get chunks of ``batch_size``
        documents, or fewer once a chunk's texts reach ``batch.CHUNK_CHARS`` characters.

        ``as_tuples=True`` (spaCy's convention): the inputs are ``(text, context)`` pairs and
        the results ``(records, context)`` pairs, the same context object. The context's
        ``lang``, ``doc_date``, ``company``, ``period`` and ``filing`` keys, when present,
        override the batch-wide arguments for that document; other keys (``id``, ...) are
        carried along untouched.

        >>> ex = Extractor()
        >>> docs = [("营收1亿元。", {"id": "a", "period": "FY2019"}), ("Revenue was $5 million.", {"id": "b"})]
        >>> [(ctx["id"], [(r.value, r.period and r.period.label) for r in recs])
        ...  for recs, ctx in ex.extract_many(docs, as_tuples=True)]
        [('a', [(Decimal('100000000'), 'FY2019')]), ('b', [(Decimal('5000000'), None)])]
        """
        if not isinstance(n_process, int) or n_process < 1:
            raise ValueError(f"n_process must be an int >= 1, got {n_process!r}")
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
        report = on_error or warn
        kwargs: dict[str, Any] = {
            "lang": lang, "doc_date": doc_date, "company": company, "filing": filing,
            "period": period,
        }
        if as_tuples:
            yield from with_contexts(self, self._worker_factory(), texts, n_process, batch_size, kwargs, report)
        elif n_process == 1:
            yield from extract_here(self, texts, 0, kwargs, report)
        else:
            yield from extract_parallel(self, self._worker_factory(), texts, n_process, batch_size, kwargs, report)

    # -- internals -----------------------------------------------------------------------
    def _load_pipelines(self) -> None:
        """Build both pipelines now (before forking workers that inherit them)."""
        self._analyzer("en")
        self._analyzer("zh")

    def _sentences(
        self,
        doc: Document,
        lang: Lang | None,
        doc_date: date | None,
        company: str | None,
        filing: bool | Callable[[], bool] = False,
        period: Period | None = None,
    ) -> _Job:
        """The document's sentences with their mentions (the spaCy stage comes after)."""
        finders = self._finders  # built once (again only if a table was swapped)
        if (
            finders is None
            or finders.metrics is not self.metrics
            or finders.companies is not self.companies
            or finders.currencies is not self.currencies
        ):
            finders = self._finders = Finders(self.metrics, self.companies, self.currencies)
        sentences = build_sentences(doc, lang, doc_date, filing, finders)
        job = _Job(doc, sentences, company, period, doc_date or doc.meta.date)
        self._plan_ner(job)
        return job

    def _finish(self, job: _Job) -> list[Record]:
        """Link the values of each sentence (after the spaCy stage) into records."""
        doc, sentences, company, period = job.doc, job.sentences, job.company, job.period
        meta = doc.meta
        default_company = company or meta.company or most_frequent_company(sentences)
        if default_company is not None:
            default_company = self.companies.canonical(default_company)
        records: list[Record] = []
        notes = declared_scales(doc.text)  # "(In millions, except per share amounts)"
        units = declared_units(doc.text)  # "单位：万元" over a table's bare numbers
        carried: Period | None = None
        carried_para = -1
        prev_metrics: list[MetricMention] = []
        # outside calls, a heading that names a period ("Third Quarter 2021 Highlights")
        # dates the paragraphs under it, up to the next heading
        headings = {} if meta.is_transcript else _heading_periods(doc, sentences)
        section: Period | None = None
        # a table's label row over the rows under it ("Net sales" over "  Industrial  $ 4,812")
        section_label: MetricMention | None = None
        outlook = False  # under a heading such as "2023 Outlook": values are guidance
        tables = TableReader(doc.text)  # a table's header row dates the columns under it
        for s in sentences:
            if s.para_index != carried_para:
                section_label = None
                if s.para_index in headings:
                    section = headings[s.para_index]
                    outlook = _is_outlook_heading(doc.paragraphs[s.para_index].text, s.lang)
                carried, carried_para, prev_metrics = section, s.para_index, []
                tables.paragraph(doc.paragraphs[s.para_index].text)
            if tables.table and (s.quantities or "(" in s.text):
                note = unit_at(units, s.offset) if units else None
                s.quantities = tables.money_in_columns(s, self._money_row(s, section_label), note)
            if not s.quantities:
                tables.read_header(s)
            if s.quantities:
                links = link_sentence(
                    s,
                    unit_of=self._unit_of,
                    default_company=default_company,
                    carried_period=carried,
                    prev_metrics=prev_metrics,
                    default_period=meta.call_period
                    if meta.is_transcript and self.infer_call_periods
                    else None,
                )
                if tables.header is not None:
                    links = [_in_column(tables, s, ln, self._unit_of, section_label) for ln in links]
                if job.doc_date is not None and not meta.is_transcript:
                    links = [_reported_quarter(s, ln, job.doc_date) for ln in links]
                if outlook:
                    links = [
                        attrs.evolve(ln, kind="guidance")
                        if ln.kind == "actual" and not _before_outlook(ln.period, section, job.doc_date)
                        else ln
                        for ln in links
                    ]
                records.extend(_record(s, ln, period, notes) for ln in links)
            if tables.table and not s.quantities and s.metrics and not is_table_row(s.text.strip()):
                section_label = s.metrics[-1]  # a label row, one cell (not a header row)
            prev_metrics = (
                # a table's rows each name their own metric (or their column does), else
                # the label row over them does
                ([section_label] if section_label is not None else [])
                if tables.table
                else [m for m in s.metrics if m.metric not in self._not_carried]
                if self._not_carried
                else s.metrics
            )
            # a period the sentence compares with ("from $57 million a year earlier") is
            # not the one the next sentence goes on about
            # (the last one that is not a comparison: those before it are not looked at)
            resolved = next(
                (
                    p.period
                    for p in reversed(s.periods)
                    if p.period is not None and not is_reference(s, p) and not is_statement_date(s, p)
                ),
                None,
            )
            if resolved is not None:
                carried = resolved
        return records

    def _money_row(self, s: Sentence, section_label: MetricMention | None = None) -> bool:
        """Does the row's label (the first metric before its values), or else the label
        row over it (``section_label``), name a sum of money?"""
        label = _row_label(s) or section_label
        return label is not None and self._unit_of.get(label.metric) == "money"

    def _plan_ner(self, job: _Job) -> None:
        """Mark the English sentences whose company only the model can find (see
        :func:`extractor.entities.plan_ner`); none without NER."""
        if self.use_ner:
            plan_ner(job, self.companies)

    def _run_nlp(self, sentences: list[Sentence]) -> None:
        """NER where :meth:`_plan_ner` asked for it, and token alignment of values, each
        batched over all ``sentences`` (of one or many documents)."""
        run_nlp(sentences, self._analyzer, self.companies)

    def _worker_factory(self) -> Callable[[], Extractor]:
        """How a spawned worker process builds its own extractor like this one."""
        return partial(
            Extractor,
            self.pattern_dirs,
            use_ner=self.use_ner,
            infer_call_periods=self.infer_call_periods,
            pattern_packs=self.pattern_packs,
        )



def _looks_like_filing(doc: Document, lang: Lang | None) -> bool:
    """Is ``doc`` worded like a filing? Filings are recognised by English wording: only
    English paragraphs are read (a transcript is none)."""
    if doc.meta.is_transcript:
        return False
    english = "\n\n".join(p.text for p in doc.paragraphs if (lang or p.lang) == "en")
    return bool(english) and looks_like_filing(english)


def _default_period(s: Sentence, ln: Link, period: Period | None) -> Period | None:
    """The caller's default ``period`` for a value the text does not date, or its part up
    to date for a result said "year to date" (``period="2026-Q3"``: 2026-01..2026-09), or
    the year before it for one said "in the prior fiscal year"."""
    if period is None or ln.kind != "actual":
        return period
    shifted = year_before(s, ln.quantity, period)
    return year_to_date(s, ln.quantity, shifted) if shifted is not None else None


def _record(s: Sentence, ln: Link, period: Period | None, notes: Sequence[Note] = ()) -> Record:
    """The record of one linked value of ``s`` (``period``: the caller's default; ``notes``:
    the document's scale notes, "(In millions)")."""
    q = ln.quantity
    value, high = q.value, q.value_high
    factor = declared_factor(
        notes, s.offset + q.start, q.text, q.value, ln.unit, ln.metric, q.per_share
    )
    if factor is not None:  # "(In millions) ... revenues were $4,321": 4,321 million
        value, high = value * factor, (high * factor if high is not None else None)
    return Record(
        company=ln.company,
        metric=ln.metric,
        metric_text=ln.metric_text,
        value=value,
        value_high=high,
        unit=ln.unit,
        period=ln.period if ln.period is not None else _default_period(s, ln, period),
        speaker=s.speaker,
        speaker_role=s.role,
        change=ln.change,
        qualifier=q.qualifier,
        kind=ln.kind,
        start=s.offset + q.start,
        end=s.offset + q.end,
        text=q.text,
        sentence=s.text,
        lang=s.lang,
    )


_HEADING_END = re.compile(r"[.!?。！？;；:：,，]\s*$")


_OUTLOOK_HEADING = per_language("DOC_OUTLOOK_HEADING")


def _row_label(s: Sentence) -> MetricMention | None:
    """A table row's label: the first metric written before its values."""
    first = s.quantities[0].start if s.quantities else len(s.text)
    return next((m for m in s.metrics if m.end <= first), None)


def _in_column(
    tables: TableReader,
    s: Sentence,
    ln: Link,
    unit_of: dict[str, str],
    section_label: MetricMention | None = None,
) -> Link:
    """A table row's value takes the period of the header cell above it (or none, under
    a cell that names no period), and what the cell says it measures: under a change
    column ("YoY change", "增减") a change of the row's metric (or of the label row over
    it, ``section_label``), its direction the sign; under a metric ("Revenue", "Operating
    margin") that metric, when the row names none."""
    q = ln.quantity
    decided, period = tables.column_period(s, q)
    if decided:
        ln = attrs.evolve(ln, period=period)
    col = tables.column_metric(s, q)
    if col is None:
        return ln
    row = _row_label(s)
    ucls = unit_class(ln.unit)
    if col == "change":
        row = row or section_label
        if row is None or ucls not in ("%", "bp", "pp") or q.value == 0:
            return ln
        move: Literal["up", "down"] = "up" if q.value > 0 else "down"
        return attrs.evolve(ln, metric=row.metric, metric_text=row.text, change=move)
    if not isinstance(col, str) and row is None and _unit_compatible(
        unit_of.get(col.metric, "any"), ucls, False, col.metric
    ):
        return attrs.evolve(ln, metric=col.metric, metric_text=col.text)
    return ln


def _reported_quarter(s: Sentence, ln: Link, doc_date: date) -> Link:
    """A result for a quarter, half or month the sentence names without a year
    ("fourth-quarter revenue", "October sales", "10月销量"), read as the document's year,
    that would start after the document's date: no result is reported for a period not
    yet begun, so it is the year before's (a release of March 3, 2025 reports the fourth
    quarter of 2024). Guidance keeps it."""
    p = ln.period
    if ln.kind != "actual" or p is None or p.kind not in ("quarter", "half", "month") or p.start is None:
        return ln
    if p.start <= doc_date or not any(m.relative and m.period == p for m in s.periods):
        return ln
    return attrs.evolve(ln, period=same_shape_in_year(p, p.start.year - 1))


def _before_outlook(p: Period | None, outlook: Period | None, doc_date: date | None) -> bool:
    """Is ``p`` over before the outlook a heading opens: a year before the one the heading
    names ("Full Year 2025 Outlook" over a table of 2024 and 2023 results), or ended
    before the document's date? Such a value is a result, not guidance."""
    if p is None:
        return False
    if p.end is not None and doc_date is not None and p.end < doc_date:
        return True
    if outlook is None:
        return False
    last_year = p.end.year if p.end is not None else p.year_number
    return last_year < outlook.year_number


def _is_outlook_heading(text: str, lang: str) -> bool:
    """Does a heading open an outlook section ("2023 Outlook", "Guidance", 业绩展望)?"""
    return _OUTLOOK_HEADING[lang].search(text) is not None


def _heading_periods(doc: Document, sentences: Sequence[Sentence]) -> dict[int, Period | None]:
    """Headings (short lines with no value that do not end like a sentence), each with the
    one period it names, or None (a heading without a period ends the previous one's reach)."""
    by_para: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault(s.para_index, []).append(s)
    out: dict[int, Period | None] = {}
    for pi, ss in by_para.items():
        text = doc.paragraphs[pi].text
        if len(text) > 80 or "\n" in text.strip() or any(s.quantities for s in ss):
            continue
        if _HEADING_END.search(text):
            continue
        periods = {p.period for s in ss for p in s.periods}
        # one period, named in full ("Fourth Quarter and Full Year 2024 Results" names a
        # quarter too: the values under it are either's)
        out[pi] = periods.pop() if len(periods) == 1 else None
    return out


# where find_quantities could start a number: digits, Chinese numerals, English number
# words (two searches: a class alone is found by a fast scan, where an alternation with
# the words would try both at every character)
_NUMERAL_CHAR = re.compile(rf"[\d{get_language('zh').regex('NUMERAL_START_CHARS')}]")
_NUMERAL_WORD = re.compile(rf"\b(?i:{get_language('en').regex('NUMERAL_WORD_STARTS')})")


def _has_numeral(text: str) -> bool:
    return _NUMERAL_CHAR.search(text) is not None or _NUMERAL_WORD.search(text) is not None


def _may_hold_value(text: str) -> bool:
    """Could ``text`` hold a value at all (full-width forms folded)?"""
    return _has_numeral(text) or (not text.isascii() and _has_numeral(fold(text)))
