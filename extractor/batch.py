"""``extract_many``'s machinery: chunks of documents, worker processes, per-item contexts.

Kept apart from :mod:`extractor.pipeline` (which reads one document into records) because
none of it decides anything about a record: it only moves documents to where they are
done and makes sure a bad document, an item that cannot travel or a dying worker never
loses another document's records. The extractor it drives is anything with the
:class:`Runner` methods (an :class:`extractor.Extractor`).
"""

from __future__ import annotations

import gc
import pickle
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import date, datetime
from multiprocessing import get_context
from typing import Any, Literal, Protocol

import attrs

from .link import Sentence
from .mentions import Job
from .records import Period, Record

__all__ = ["CONTEXT_ARGS", "ExtractionWarning", "OnError", "Runner"]

OnError = Callable[[int, BaseException], None]
Lang = Literal["en", "zh"]

#: documents whose sentences go through spaCy together in ``extract_many``: up to this
#: many, fewer once their texts reach :data:`NLP_CHUNK_CHARS` characters (many short news
#: items share one model call; a few long transcripts do not hold many more in memory)
NLP_CHUNK = 1024
NLP_CHUNK_CHARS = 262_144

#: a chunk sent to a worker closes at ``batch_size`` documents or once its texts reach
#: this many characters, whichever comes first: a few long transcripts are spread over
#: the workers instead of all going to the first one
CHUNK_CHARS = 8192

#: the context keys that are arguments of ``extract``; other keys are carried along
CONTEXT_ARGS = ("lang", "doc_date", "company", "period", "filing")


class ExtractionWarning(UserWarning):
    """A document of a batch failed; the batch went on (see ``extract_many``)."""


class Runner(Protocol):
    """What the batch machinery needs of an extractor."""

    def extract(
        self,
        text: str,
        *,
        lang: Lang | None = None,
        doc_date: date | datetime | str | None = None,
        company: str | None = None,
        period: Period | str | None = None,
        filing: bool | None = None,
    ) -> list[Record]: ...

    def _prepare(
        self,
        text: object,
        lang: Lang | None,
        doc_date: date | datetime | str | None,
        company: str | None,
        period: Period | str | None,
        filing: bool | None,
    ) -> Job | None: ...

    def _run_nlp(self, sentences: list[Sentence]) -> None: ...

    def _finish(self, job: Job) -> list[Record]: ...

    def _load_pipelines(self) -> None: ...


def warn(index: int, error: BaseException) -> None:
    """The default ``on_error``: an :class:`ExtractionWarning` naming the input."""
    warnings.warn(
        f"extract_many: input #{index} failed and yielded no records: "
        f"{type(error).__name__}: {error}",
        ExtractionWarning,
        stacklevel=3,
    )


@contextmanager
def gc_paused() -> Iterator[None]:
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


class _Here:
    """Stands for a document to extract in the parent process (it cannot travel)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Here, ())


_HERE = _Here()


@attrs.frozen
class InContext:
    """A text with the ``extract`` arguments its context overrides (picklable)."""

    text: Any
    overrides: dict[str, Any]


# -- in this process ----------------------------------------------------------------------
def extract_here(
    ex: Runner, texts: Iterable[Any], first: int, kwargs: dict[str, Any], report: OnError
) -> Iterator[list[Record]]:
    """Documents in chunks: each chunk's sentences go through spaCy together (one
    ``nlp.pipe`` over many documents), then each document is linked on its own."""
    it = iter(texts)
    index = first
    while True:
        chunk = _take(it, NLP_CHUNK, NLP_CHUNK_CHARS)
        if not chunk:
            return
        for ok, payload in extract_chunk(ex, chunk, kwargs):
            if ok:
                yield payload
            else:
                report(index, payload)
                yield []
            index += 1


def extract_chunk(ex: Runner, chunk: Sequence[Any], kwargs: dict[str, Any]) -> list[tuple[bool, Any]]:
    """``(True, records)`` or ``(False, exception)`` for each item of ``chunk`` (a text,
    a text with its context, or ``_HERE``: not sent to a worker, done by the parent)."""
    with gc_paused():
        # the chunk's sentences, values and spaCy docs are freed when ``_chunk`` returns,
        # before the collector is back on: its first pass then sees only the records
        return _chunk(ex, chunk, kwargs)


def _chunk(ex: Runner, chunk: Sequence[Any], kwargs: dict[str, Any]) -> list[tuple[bool, Any]]:
    """:func:`extract_chunk`'s work, with the collector off."""
    jobs: list[Job | None | BaseException | _Here] = []
    for t in chunk:
        if isinstance(t, _Here):
            jobs.append(t)
            continue
        text, kw = (t.text, {**kwargs, **t.overrides}) if isinstance(t, InContext) else (t, kwargs)
        try:
            jobs.append(ex._prepare(text, **kw))
        except Exception as e:  # noqa: BLE001 - reported, the batch goes on
            jobs.append(e)
    try:
        ex._run_nlp([s for j in jobs if isinstance(j, Job) for s in j.sentences])
    except Exception:  # noqa: BLE001 - one document broke the batch: one at a time
        return [_one_safely(ex, t, kwargs) for t in chunk]
    out: list[tuple[bool, Any]] = []
    for j in jobs:
        if isinstance(j, (BaseException, _Here)):
            out.append((False, j))
            continue
        try:
            out.append((True, ex._finish(j) if j is not None else []))
        except Exception as e:  # noqa: BLE001 - reported, the batch goes on
            out.append((False, e))
    return out


def _one_safely(ex: Runner, item: Any, kwargs: dict[str, Any]) -> tuple[bool, Any]:
    if isinstance(item, _Here):
        return False, item
    try:
        if isinstance(item, InContext):
            return True, ex.extract(item.text, **{**kwargs, **item.overrides})
        return True, ex.extract(item, **kwargs)
    except Exception as e:  # noqa: BLE001 - reported, the batch goes on
        return False, e


# -- in worker processes ------------------------------------------------------------------
_WORKER: Runner | None = None

_Pending = list[tuple[int, list[Any], "Future[list[tuple[bool, Any]]] | None"]]


def extract_parallel(
    ex: Runner,
    make_worker: Callable[[], Runner],
    texts: Iterable[Any],
    n_process: int,
    batch_size: int,
    kwargs: dict[str, Any],
    report: OnError,
) -> Iterator[list[Record]]:
    """Chunks of ``batch_size`` documents done by ``n_process`` workers, in input order.

    Forked workers inherit ``ex`` with its pipelines loaded; spawned ones build their own
    with ``make_worker`` (a picklable callable). What cannot be sent, or whose worker dies,
    is done here with ``ex``."""
    global _WORKER
    it = iter(texts)
    if "fork" in _start_methods():
        ex._load_pipelines()
        _WORKER = ex
        pool_kw: dict[str, Any] = {"mp_context": get_context("fork")}
    else:
        pool_kw = {"mp_context": get_context("spawn"), "initializer": _worker_init, "initargs": (make_worker,)}
    with ProcessPoolExecutor(max_workers=n_process, **pool_kw) as pool:
        pending: _Pending = []
        index = 0

        def submit() -> bool:
            nonlocal index
            chunk = _take(it, batch_size)
            if not chunk:
                return False
            # what cannot be sent to a worker (not a str, or a str subclass that does
            # not pickle) is done here: the same records or error as ``extract``
            sendable = [t if _sendable(t) else _HERE for t in chunk]
            try:
                fut: Future[list[tuple[bool, Any]]] | None = pool.submit(_worker_run, sendable, kwargs)
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
            results = _results(fut, len(chunk))
            if results is None:
                # a worker died (killed, out of memory): finish in this process
                for start, texts_left in [(first, chunk), *((f, c) for f, c, _ in pending)]:
                    yield from extract_here(ex, texts_left, start, kwargs, report)
                yield from extract_here(ex, it, index, kwargs, report)
                return
            for j, (ok, payload) in enumerate(results):
                if ok:
                    yield payload
                elif isinstance(payload, _Here):
                    yield from extract_here(ex, [chunk[j]], first + j, kwargs, report)
                else:
                    report(first + j, payload)
                    yield []
            if more:
                more = submit()


def _take(it: Iterator[Any], batch_size: int, max_chars: int = CHUNK_CHARS) -> list[Any]:
    """The next chunk: up to ``batch_size`` items, fewer once their texts reach
    ``max_chars`` characters (an item that is not text counts as none)."""
    chunk: list[Any] = []
    chars = 0
    for t in it:
        chunk.append(t)
        text = t.text if isinstance(t, InContext) else t
        chars += len(text) if isinstance(text, str) else 0
        if len(chunk) >= batch_size or chars >= max_chars:
            break
    return chunk


def _results(fut: Future[list[tuple[bool, Any]]] | None, n: int) -> list[tuple[bool, Any]] | None:
    """A chunk's results; None when the pool broke (redo everything left here)."""
    try:
        if fut is None:
            raise BrokenProcessPool("worker pool broke before this chunk was sent")
        return fut.result()
    except BrokenProcessPool:
        return None
    except Exception:  # noqa: BLE001 - e.g. a result that would not pickle
        return [(False, _HERE)] * n  # redo the chunk here


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


def _worker_init(make_worker: Callable[[], Runner]) -> None:
    global _WORKER
    _WORKER = make_worker()


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
    out = extract_chunk(_WORKER, chunk, kwargs)
    for k, (ok, payload) in enumerate(out):
        if not ok and not isinstance(payload, _Here):
            try:
                pickle.dumps(payload)
            except Exception:  # noqa: BLE001 - an error that cannot travel: the parent redoes it
                out[k] = (False, _HERE)
    return out


# -- per-document context (``extract_many(as_tuples=True)``) -------------------------------
def with_contexts(
    ex: Runner,
    make_worker: Callable[[], Runner],
    pairs: Iterable[Any],
    n_process: int,
    batch_size: int,
    kwargs: dict[str, Any],
    report: OnError,
) -> Iterator[tuple[list[Record], Any]]:
    """``(records, context)`` for each ``(text, context)`` pair, in input order."""
    contexts: deque[Any] = deque()

    def unpack() -> Iterator[InContext]:
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
            yield InContext(text, {k: ctx[k] for k in CONTEXT_ARGS if k in ctx})

    inner = (
        extract_here(ex, unpack(), 0, kwargs, report)
        if n_process == 1
        else extract_parallel(ex, make_worker, unpack(), n_process, batch_size, kwargs, report)
    )
    for recs in inner:
        yield recs, contexts.popleft()
