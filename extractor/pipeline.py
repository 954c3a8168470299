"""The :class:`Extractor`: document -> sentences -> mentions -> links -> records."""

from __future__ import annotations

import gc
import pickle
import re
import warnings
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, overload

import attrs

from .companies import _LATIN_STOP, CompanyFinder, CompanyMention, _w
from .currencies import CurrencyTable, LazyHints
from .document import Document, read_document
from .filing import filing_period, looks_interim, looks_like_filing
from .link import Sentence, is_reference, link_sentence, most_frequent_company
from .metrics import MetricLexicon, MetricMention
from .nlp import Analyzer, ChineseAnalyzer, EnglishAnalyzer
from .normalize.numbers import fold
from .normalize.periods import PeriodContext, PeriodMention, find_periods
from .packs import pattern_pack_dirs
from .quantities import Quantity, find_quantities
from .records import Period, Record
from .segment import split_sentences

__all__ = ["ExtractionWarning", "Extractor"]

Lang = Literal["en", "zh"]
OnError = Callable[[int, BaseException], None]
_C = TypeVar("_C")


class ExtractionWarning(UserWarning):
    """A document of a batch failed; the batch went on (see ``extract_many``)."""


# "that day", "当日": the day mentioned last (a relative reference like 同年)
# ORG entities from NER that are not companies in financial text
_NOT_COMPANY = frozenset(
    ["sec", "gaap", "non-gaap", "ebitda", "q&a", "fx", "ir", "ceo", "cfo", "coo", "cto", "eps", "arr", "rpo", "capex", "opex", "covid", "covid-19", "the", "company", "company", "fda", "nasdaq", "nyse", "treasury",
     # news sources and data vendors: who reports, not what is reported on
     "reuters", "bloomberg", "bloomberg news", "associated press", "ap", "afp", "dow jones", "prnewswire", "pr newswire",
     "business wire", "businesswire", "globenewswire", "globe newswire", "marketwatch", "cnbc", "wsj",
     "the wall street journal", "financial times", "xinhua", "seeking alpha", "the motley fool", "motley fool",
     "zacks", "refinitiv", "factset", "ibes", "refinitiv ibes"]
)


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
        self.currencies = CurrencyTable.load(dirs)
        self._unit_of = {m: self.metrics.unit_of(m) for m in self.metrics.ids()}
        self._en: Analyzer | None = None
        self._zh: Analyzer | None = None

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
        with _gc_paused():
            job = self._prepare(text, lang, doc_date, company, period, filing)
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
        doc = read_document(text, lang=lang)
        if filing is None:
            # filings are recognised by English wording: only English paragraphs are read
            english = "\n\n".join(p.text for p in doc.paragraphs if (lang or p.lang) == "en")
            filing = not doc.meta.is_transcript and bool(english) and looks_like_filing(english)
        return self._sentences(doc, lang, the_date, company, filing, the_period)

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
        the records :meth:`extract` gives it.

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
        report = on_error or _warn
        kwargs: dict[str, Any] = {
            "lang": lang, "doc_date": doc_date, "company": company, "filing": filing,
            "period": period,
        }
        if as_tuples:
            yield from _with_contexts(self, texts, n_process, batch_size, kwargs, report)
            return
        if n_process == 1:
            yield from self._extract_here(texts, 0, kwargs, report)
            return
        yield from self._extract_parallel(texts, n_process, batch_size, kwargs, report)

    # -- internals -----------------------------------------------------------------------
    def _extract_parallel(
        self,
        texts: Iterable[Any],
        n_process: int,
        batch_size: int,
        kwargs: dict[str, Any],
        report: OnError,
    ) -> Iterator[list[Record]]:
        global _WORKER
        it = iter(texts)
        if "fork" in _start_methods():
            # forked workers inherit this Extractor with its pipelines already loaded
            self._analyzer("en")
            self._analyzer("zh")
            _WORKER = self
            pool_kw: dict[str, Any] = {"mp_context": get_context("fork")}
        else:
            pool_kw = {
                "mp_context": get_context("spawn"),
                "initializer": _worker_init,
                "initargs": (
                    self.pattern_dirs, self.use_ner, self.infer_call_periods, self.pattern_packs
                ),
            }
        with ProcessPoolExecutor(max_workers=n_process, **pool_kw) as pool:
            pending: list[tuple[int, list[Any], Future[list[tuple[bool, Any]]] | None]] = []
            index = 0

            def submit() -> bool:
                nonlocal index
                chunk = list(islice(it, batch_size))
                if not chunk:
                    return False
                # what cannot be sent to a worker (not a str, or a str subclass that does
                # not pickle) is done here: the same records or error as ``extract``
                sendable = [t if _sendable(t) else _HERE for t in chunk]
                try:
                    fut: Future[list[tuple[bool, Any]]] | None = pool.submit(
                        _worker_run, sendable, kwargs
                    )
                except BrokenProcessPool:
                    fut = None  # the pool broke: this chunk is done in this process below
                pending.append((index, chunk, fut))
                index += len(chunk)
                return True

            more = True
            while more and len(pending) < 2 * n_process:
                more = submit()
            while pending:
                first, chunk, fut = pending.pop(0)
                try:
                    if fut is None:
                        raise BrokenProcessPool("worker pool broke before this chunk was sent")
                    results = fut.result()
                except BrokenProcessPool:
                    # a worker died (killed, out of memory): finish in this process
                    for start, texts_left in [(first, chunk), *((f, c) for f, c, _ in pending)]:
                        yield from self._extract_here(texts_left, start, kwargs, report)
                    yield from self._extract_here(it, index, kwargs, report)
                    return
                except Exception:  # noqa: BLE001 - e.g. a result that would not pickle
                    results = [(False, _HERE)] * len(chunk)  # redo the chunk here
                for j, (ok, payload) in enumerate(results):
                    if ok:
                        yield payload
                    elif payload is _HERE or isinstance(payload, _Here):
                        yield from self._extract_here([chunk[j]], first + j, kwargs, report)
                    else:
                        report(first + j, payload)
                        yield []
                if more:
                    more = submit()

    def _extract_here(
        self, texts: Iterable[Any], first: int, kwargs: dict[str, Any], report: OnError
    ) -> Iterator[list[Record]]:
        """Documents in chunks: each chunk's sentences go through spaCy together (one
        ``nlp.pipe`` over many documents), then each document is linked on its own."""
        it = iter(texts)
        index = first
        while True:
            chunk = list(islice(it, _NLP_CHUNK))
            if not chunk:
                return
            for ok, payload in self._extract_chunk(chunk, kwargs):
                if ok:
                    yield payload
                else:
                    report(index, payload)
                    yield []
                index += 1

    def _extract_chunk(
        self, chunk: Sequence[Any], kwargs: dict[str, Any]
    ) -> list[tuple[bool, Any]]:
        """``(True, records)`` or ``(False, exception)`` for each item of ``chunk`` (a text,
        a text with its context, or ``_HERE``: not sent to a worker, done by the parent)."""
        with _gc_paused():
            return self._extract_chunk_here(chunk, kwargs)

    def _extract_chunk_here(
        self, chunk: Sequence[Any], kwargs: dict[str, Any]
    ) -> list[tuple[bool, Any]]:
        jobs: list[_Job | None | BaseException | _Here] = []
        for t in chunk:
            if isinstance(t, _Here):
                jobs.append(t)
                continue
            text, kw = (t.text, {**kwargs, **t.overrides}) if isinstance(t, _InContext) else (t, kwargs)
            try:
                jobs.append(self._prepare(text, **kw))
            except Exception as e:  # noqa: BLE001 - reported, the batch goes on
                jobs.append(e)
        try:
            self._run_nlp([s for j in jobs if isinstance(j, _Job) for s in j.sentences])
        except Exception:  # noqa: BLE001 - one document broke the batch: one at a time
            return [self._one_safely(t, kwargs) for t in chunk]
        out: list[tuple[bool, Any]] = []
        for j in jobs:
            if isinstance(j, (BaseException, _Here)):
                out.append((False, j))
                continue
            try:
                out.append((True, self._finish(j) if j is not None else []))
            except Exception as e:  # noqa: BLE001 - reported, the batch goes on
                out.append((False, e))
        return out

    def _one_safely(self, item: Any, kwargs: dict[str, Any]) -> tuple[bool, Any]:
        if isinstance(item, _Here):
            return False, item
        try:
            return True, _extract_one(self, item, kwargs)
        except Exception as e:  # noqa: BLE001 - reported, the batch goes on
            return False, e

    def _sentences(
        self,
        doc: Document,
        lang: Lang | None,
        doc_date: date | None,
        company: str | None,
        filing: bool = False,
        period: Period | None = None,
    ) -> _Job:
        """The document's sentences with their mentions (the spaCy stage comes after)."""
        meta = doc.meta
        ctx = PeriodContext(doc_date=doc_date or meta.date, call_period=meta.call_period)
        annual = filing and not looks_interim(doc.text)
        hints = LazyHints(doc.text, self.currencies)  # what "$", "¥" mean here
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
            # the pattern finders run once per paragraph (far less per-call overhead than
            # per sentence); their mentions are then handed to the sentence holding them
            quantities = find_quantities(
                para.text, plang, currencies=self.currencies, hints=hints
            )
            periods = find_periods(
                para.text, plang, ctx, anchor_year=anchor_year, anchor_day=last_day
            )
            if meta.dateline is not None:
                a0, b0 = meta.dateline[0] - para.start, meta.dateline[1] - para.start
                periods = [m for m in periods if not (a0 <= m.start and m.end <= b0)]
            if filing and plang == "en":
                periods = [attrs.evolve(m, period=filing_period(m, annual=annual)) for m in periods]
            # companies and metrics matter only where a value is (the document's subject
            # company is the one most mentioned in those paragraphs)
            companies = self.companies.find(para.text, plang) if quantities else []
            if meta.dateline is not None:  # "(Reuters)" in the dateline is the source, not a subject
                companies = [
                    c for c in companies
                    if not (meta.dateline[0] - para.start <= c.start and c.end <= meta.dateline[1] - para.start)
                ]
            metrics = self.metrics.find(para.text, plang) if quantities else []
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
                sent = Sentence(
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
                sentences.append(sent)
        job = _Job(doc, sentences, company, period)
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
        carried: Period | None = None
        carried_para = -1
        prev_metrics: list[MetricMention] = []
        # outside calls, a heading that names a period ("Third Quarter 2021 Highlights")
        # dates the paragraphs under it, up to the next heading
        headings = {} if meta.is_transcript else _heading_periods(doc, sentences)
        section: Period | None = None
        for s in sentences:
            if s.para_index != carried_para:
                if s.para_index in headings:
                    section = headings[s.para_index]
                carried, carried_para, prev_metrics = section, s.para_index, []
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
                for ln in links:
                    q = ln.quantity
                    records.append(
                        Record(
                            company=ln.company,
                            metric=ln.metric,
                            metric_text=ln.metric_text,
                            value=q.value,
                            value_high=q.value_high,
                            unit=ln.unit,
                            period=ln.period if ln.period is not None else period,
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
                    )
            prev_metrics = s.metrics
            # a period the sentence compares with ("from $57 million a year earlier") is
            # not the one the next sentence goes on about
            resolved = [p.period for p in s.periods if p.period is not None and not is_reference(s, p)]
            if resolved:
                carried = resolved[-1]
        return records

    def _plan_ner(self, job: _Job) -> None:
        """Mark the English sentences whose company only the model can find.

        NER runs on a sentence only where it can decide something: the sentence holds a
        value, and neither the caller's or document's company (a call's header, a title),
        nor a gazetteer company before a value, nor a company that is the sentence's
        subject ("Acme Holdings said ...", "Shares of Acme Corp. rose ...") answers whose
        value it is. Every other English sentence with a value only has its values checked
        against token boundaries, which needs the tokenizer alone.
        """
        if not self.use_ner:
            return
        known = job.company is not None or job.doc.meta.company is not None
        english = [s for s in job.sentences if s.lang == "en" and s.quantities]
        if known:
            # the document's company is every value's unless a sentence names a company
            # the document says it acquired ("for Segment, growth was 20%")
            acquired = self.companies.acquired_en(job.doc.text) if english else []
            if acquired:
                for s in english:
                    found = self.companies.mentions_of(s.text, acquired)
                    if found:
                        s.companies = sorted([*s.companies, *found], key=lambda c: c.start)
            return
        for s in english:
            last = s.quantities[-1].start
            if any(c.start < last for c in s.companies):
                continue
            subject = self.companies.subject_en(s.text)
            if subject is not None and subject.end <= last:
                s.companies = sorted([*s.companies, subject], key=lambda c: c.start)
                continue
            s.needs_ner = _may_name_org(s.text)

    def _run_nlp(self, sentences: list[Sentence]) -> None:
        """NER (English, where :meth:`_plan_ner` asked for it) and token alignment of
        values, each batched over all ``sentences`` (of one or many documents)."""
        langs: tuple[Lang, Lang] = ("en", "zh")
        for lang in langs:
            todo = [s for s in sentences if s.lang == lang and s.quantities]
            if lang == "zh":
                # characters are tokens: a span can only cut a token inside a Latin/digit run
                todo = [s for s in todo if any(_may_cut(s.text, q.start, q.end) for q in s.quantities)]
            if not todo:
                continue
            analyzer = self._analyzer(lang)
            if analyzer is None:
                continue
            ner = [s for s in todo if s.needs_ner]
            if ner:
                # a sentence written again (boilerplate, a repeated line) with the same value
                # spans gets the same answer: the model runs once per distinct sentence
                keys = [(s.text, tuple((q.start, q.end) for q in s.quantities)) for s in ner]
                distinct = list(dict.fromkeys(keys))
                texts = [_for_tokenizer(t, sp) for t, sp in distinct]
                answers = dict(zip(distinct, analyzer.process(texts, [sp for _, sp in distinct])))
                for s, key in zip(ner, keys):
                    ents, aligned = answers[key]
                    s.quantities = [q for q, ok in zip(s.quantities, aligned) if ok]
                    if ents:
                        self._add_entities(s, ents)
            # values between spaces (or a bracket, a quote, a comma, a full stop) start and
            # end tokens whatever the tokenizer's rules: only the others are tokenised
            rest = [
                s for s in todo
                if not s.needs_ner and not all(_surely_aligned(s.text, q.start, q.end) for q in s.quantities)
            ]
            if rest:
                keys = [(s.text, tuple((q.start, q.end) for q in s.quantities)) for s in rest]
                distinct = list(dict.fromkeys(keys))
                texts = [_for_tokenizer(t, sp) for t, sp in distinct]
                aligns = dict(zip(distinct, analyzer.align(texts, [sp for _, sp in distinct])))
                for s, key in zip(rest, keys):
                    s.quantities = [q for q, ok in zip(s.quantities, aligns[key]) if ok]

    def _add_entities(self, s: Sentence, ents: list[tuple[int, int, str, str]]) -> None:
        """ORG entities become company mentions; PERSON spans veto company mentions."""
        persons = [(a, b) for a, b, label, _ in ents if label == "PERSON"]
        comps = [
            c for c in s.companies
            if c.source == "gazetteer" or not any(c.start < b and a < c.end for a, b in persons)
        ]
        taken = [(c.start, c.end) for c in comps] + [(m.start, m.end) for m in s.metrics]
        for a, b, label, etext in ents:
            if label != "ORG" or etext.lower() in _NOT_COMPANY:
                continue
            if any(a < y and x < b for x, y in taken):
                continue
            if any(a < q.end and q.start < b for q in s.quantities):
                continue  # "Fortune 500", "$5 million" misread as ORG
            m = self.companies.from_span(s.text, a, b)
            if m is not None:
                comps.append(m)
        s.companies = sorted(comps, key=lambda c: c.start)


# documents whose sentences go through spaCy together in ``extract_many``
_NLP_CHUNK = 256


@attrs.define
class _Job:
    """One document between reading and linking."""

    doc: Document
    sentences: list[Sentence]
    company: str | None
    period: Period | None


_HEADING_END = re.compile(r"[.!?。！？;；:：,，]\s*$")


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
        periods = {p.period for s in ss for p in s.periods if p.period is not None}
        out[pi] = periods.pop() if len(periods) == 1 else None
    return out


_M = TypeVar("_M", Quantity, MetricMention, PeriodMention, CompanyMention)


def _within(mentions: Sequence[_M], a: int, b: int) -> list[_M]:
    """The mentions inside ``[a, b)``, with offsets made relative to ``a`` (one scan: for a
    paragraph's only sentence; :class:`_Within` indexes a paragraph of many)."""
    if a == 0:
        return [m for m in mentions if m.end <= b]
    return [attrs.evolve(m, start=m.start - a, end=m.end - a) for m in mentions if a <= m.start and m.end <= b]


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
        return [
            attrs.evolve(m, start=m.start - a, end=m.end - a)
            for m in (self.mentions[i] for i in picked)
        ]


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


_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(r"\S{500,}")
_RUN_PIECE = 200


def _for_tokenizer(text: str, spans: Sequence[tuple[int, int]]) -> str:
    r"""A copy of ``text`` of the same length that spaCy can take, offsets unchanged.

    Lone surrogates (which cannot be encoded) become U+FFFD. A run of 500 or more
    characters without whitespace (no word of real text is that long; spaCy's tokenizer
    strips affixes from such a run in time quadratic in its length) gets a space every
    200 characters or so, put at least 8 characters away from any value span.

    >>> _for_tokenizer("$5\ud800", [(0, 2)]) == "$5\ufffd"
    True
    >>> t = _for_tokenizer("(" * 600 + "$5", [(600, 602)])
    >>> len(t), t.count(" "), t.endswith("(($5")
    (602, 2, True)
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if not _LONG_RUN.search(text):
        return text
    near = {p + d for a, b in spans for p in (a, b) for d in range(-8, 8)}
    chars = list(text)
    for m in _LONG_RUN.finditer(text):
        pos = m.start() + _RUN_PIECE
        while pos < m.end() - 1:
            while pos < m.end() - 1 and pos in near:
                pos += 1
            if pos >= m.end() - 1:
                break
            chars[pos] = " "
            pos += _RUN_PIECE
    return "".join(chars)


def _may_cut(text: str, a: int, b: int) -> bool:
    """Could ``[a, b)`` cut a token of the character segmenter (a Latin/digit run)?"""
    def run(i: int) -> bool:
        return 0 < i < len(text) and text[i - 1].isascii() and text[i - 1].isalnum() and text[i].isascii() and text[i].isalnum()

    return run(a) or run(b)


# where find_quantities could start a number: digits, Chinese numerals, English number words
_NUMERAL = re.compile(
    r"[\d零〇一二两兩三四五六七八九十百千万亿萬億兆拾佰仟壹贰貳叁肆伍陆陸柒捌玖]|\b(?i:zero|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twenty|forty|fourty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion)"
)


def _may_hold_value(text: str) -> bool:
    """Could ``text`` hold a value at all (full-width forms folded)?"""
    return _NUMERAL.search(text) is not None or (
        not text.isascii() and _NUMERAL.search(fold(text)) is not None
    )


_OPEN = frozenset("([\"“")
_CLOSE = frozenset(",;:)]\"”")
_SCALE_END = ("illion", "thousand", "percent")


def _surely_aligned(text: str, a: int, b: int) -> bool:
    """Does ``[a, b)`` start and end a token for any tokenizer that splits at whitespace
    and peels a bracket, quote or comma off a word (a full stop off its end)?"""
    n = len(text)
    start = a == 0 or text[a - 1].isspace() or (
        text[a - 1] in _OPEN and (a == 1 or text[a - 2].isspace())
    )
    end = b == n or text[b].isspace() or (
        # a full stop stays on "5B." and "5m." (read as abbreviations): only after a digit,
        # "%" or a scale word
        (text[b] in _CLOSE or (text[b] == "." and (text[b - 1] in "0123456789%" or text.endswith(_SCALE_END, a, b))))
        and (b + 1 == n or text[b + 1].isspace())
    )
    return start and end


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’.\-]*")
# words that open a sentence of business news without naming anyone
_OPENERS = frozenset(
    _w(
    "analysts gross net revenue revenues sales operating total adjusted shares stock earnings "
    "profit profits income cash free diluted basic organic comparable same full fiscal quarterly "
    "annual first second third fourth last next meanwhile however excluding including overall "
    "margin margins costs cost expenses spending capital dividends both each still also after "
    "before during over under about around nearly approximately since despite while year "
    "quarter growth demand prices inventory inventories orders bookings backlog there here "
    "what when where why how such one two three"
    )
)


# lower-case words that alone never make an organisation's name: scale and unit words,
# function words of amounts and lists
_PLAIN_LOWER = frozenset(
    _w(
        "a an and or nor of in on at to from by for with as than the was were is are be been "
        "respectively compared versus vs per each both up down about approximately around "
        "nearly over under at least most more less thousand thousands million millions billion "
        "billions trillion trillions mln mn bn b m k mm percent pct cents cent dollars dollar "
        "euros euro pounds yen yuan rmb usd eur gbp jpy cny hkd"
    )
)


def _may_name_org(text: str) -> bool:
    """Could an ORG entity be in ``text``: a capitalised word that is not the sentence's
    ordinary opening word, a month, a day, an acronym of finance or a pronoun? In text
    without capitals ("general dynamics corp. won ...") anything could be."""
    if not any(ch.isupper() for ch in text):
        # unless its only words are ones no name is made of ("$5.1 million, $6.2 million
        # in 2019, 2020"; "$5$5$5")
        return any(m.group().lower().rstrip(".'’-") not in _PLAIN_LOWER for m in _WORD.finditer(text))
    for m in _WORD.finditer(text):
        w = m.group()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        w = w.rstrip(".'’-")
        if not w or not any(ch.isupper() for ch in w):
            continue
        if w in _LATIN_STOP or w.lower() in _NOT_COMPANY:
            continue
        if w.lower() in _OPENERS and not text[: m.start()].strip(" \"'“‘(["):
            continue
        return True
    return False


def _warn(index: int, error: BaseException) -> None:
    warnings.warn(
        f"extract_many: input #{index} failed and yielded no records: "
        f"{type(error).__name__}: {error}",
        ExtractionWarning,
        stacklevel=3,
    )


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


_WORKER: Extractor | None = None


def _worker_init(
    pattern_dirs: tuple[str, ...], use_ner: bool, infer: bool, packs: bool = True
) -> None:
    global _WORKER
    _WORKER = Extractor(
        pattern_dirs, use_ner=use_ner, infer_call_periods=infer, pattern_packs=packs
    )


class _Here:
    """Stands for a document to extract in the parent process (it cannot travel)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Here, ())


_HERE = _Here()


def _sendable(t: object) -> bool:
    """Can ``t`` go to a worker process? A plain str always can; anything else (the
    parent raises the same TypeError as ``extract`` for it) only if it pickles."""
    if type(t) is str:
        return True
    if not isinstance(t, str):
        return False
    try:
        pickle.dumps(t)
    except Exception:  # noqa: BLE001 - whatever pickling raises, the parent does it
        return False
    return True


def _worker_run(chunk: list[Any], kwargs: dict[str, Any]) -> list[tuple[bool, Any]]:
    assert _WORKER is not None
    out = _WORKER._extract_chunk(chunk, kwargs)
    for k, (ok, payload) in enumerate(out):
        if not ok and not isinstance(payload, _Here):
            try:
                pickle.dumps(payload)
            except Exception:  # noqa: BLE001 - an error that cannot travel: the parent redoes it
                out[k] = (False, _HERE)
    return out


# -- per-document context (``extract_many(as_tuples=True)``) -------------------------------
#: the context keys that are arguments of ``extract``; other keys are carried along
CONTEXT_ARGS = ("lang", "doc_date", "company", "period", "filing")


@attrs.frozen
class _InContext:
    """A text with the ``extract`` arguments its context overrides (picklable)."""

    text: Any
    overrides: dict[str, Any]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while one document (or one chunk of a batch)
    is worked on: the work makes a few objects per value and almost no cycles, and on a
    text dense with values the collector's passes over them cost as much as a sixth of the
    time. It is switched back on afterwards (left off if the caller had it off)."""
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _extract_one(ex: Extractor, item: Any, kwargs: dict[str, Any]) -> list[Record]:
    if isinstance(item, _InContext):
        return ex.extract(item.text, **{**kwargs, **item.overrides})
    return ex.extract(item, **kwargs)


def _with_contexts(
    ex: Extractor,
    pairs: Iterable[Any],
    n_process: int,
    batch_size: int,
    kwargs: dict[str, Any],
    report: OnError,
) -> Iterator[tuple[list[Record], Any]]:
    contexts: deque[Any] = deque()

    def unpack() -> Iterator[_InContext]:
        for i, pair in enumerate(pairs):
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise TypeError(
                    f"extract_many(as_tuples=True): input #{i} must be a (text, context) "
                    f"pair, got {type(pair).__name__}"
                )
            text, ctx = pair
            if ctx is None:
                ctx = {}
            if not isinstance(ctx, Mapping):
                raise TypeError(
                    f"extract_many(as_tuples=True): the context of input #{i} must be a dict, "
                    f"got {type(ctx).__name__}"
                )
            contexts.append(pair[1])
            yield _InContext(text, {k: ctx[k] for k in CONTEXT_ARGS if k in ctx})

    inner = (
        ex._extract_here(unpack(), 0, kwargs, report)
        if n_process == 1
        else ex._extract_parallel(unpack(), n_process, batch_size, kwargs, report)
    )
    for recs in inner:
        yield recs, contexts.popleft()
