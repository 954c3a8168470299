"""extractor: financial facts from English and Chinese text, each with its exact span.

>>> import extractor
>>> recs = extractor.extract("2015年Twilio营收达到1.669亿美元，净亏损为3550万美元。")
>>> [(r.metric, str(r.value), r.unit, r.period.label) for r in recs]
[('revenue', '166900000', 'USD', '2015'), ('net_loss', '35500000', 'USD', '2015')]

``import extractor`` is cheap: spaCy and the models load on the first ``extract``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .errors import PatternError
from .records import Period, Record

if TYPE_CHECKING:  # pragma: no cover
    from .frames import to_dataframe
    from .html import render_html
    from .markup import html_to_text
    from .pipeline import Extractor
    from .schema import record_schema

# public names whose modules load on first use (pandas, pyarrow only when called)
_LAZY = {
    "Extractor": "pipeline",
    "to_dataframe": "frames",
    "render_html": "html",
    "html_to_text": "markup",
    "record_schema": "schema",
}

__all__ = [
    "Extractor",
    "PatternError",
    "Period",
    "Record",
    "extract",
    "extract_many",
    "html_to_text",
    "record_schema",
    "render_html",
    "to_dataframe",
]
__version__ = "0.1.0"

_default: Extractor | None = None
_C = TypeVar("_C")


def _get_default() -> Extractor:
    global _default
    if _default is None:
        from .pipeline import Extractor

        _default = Extractor()
    return _default


def extract(
    text: str,
    *,
    lang: Literal["en", "zh"] | None = None,
    doc_date: date | datetime | str | None = None,
    company: str | None = None,
    period: Period | str | None = None,
    filing: bool | None = None,
) -> list[Record]:
    """Extract records from one document, in document order.

    ``lang``: "en", "zh" or None (detected per paragraph). ``doc_date``: what relative
    periods ("last year", "去年") resolve against; None takes it from the document (front
    matter, dateline, call title), else they stay unresolved. ``company``: the default
    company when the text names none. ``period``: the default period (a label such as
    ``"FY2019"`` or a :class:`Period`) for values the text does not date; values the text
    dates keep their own. ``filing``: read the text as a financial filing
    (10-K, 10-Q, annual report), whose years are fiscal years ("in 2019" -> ``FY2019``)
    and whose balances "as of" a period-end date belong to the fiscal year that date
    closes; None decides from the wording (never for transcripts). Raises ``TypeError``
    for non-str input; an empty string gives ``[]``.
    """
    return _get_default().extract(
        text, lang=lang, doc_date=doc_date, company=company, period=period, filing=filing
    )


@overload
def extract_many(
    texts: Iterable[str],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    as_tuples: Literal[False] = False,
    **kwargs: Any,
) -> Iterator[list[Record]]: ...


@overload
def extract_many(
    texts: Iterable[tuple[str, _C]],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    as_tuples: Literal[True],
    **kwargs: Any,
) -> Iterator[tuple[list[Record], _C]]: ...


def extract_many(
    texts: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    as_tuples: bool = False,
    **kwargs: Any,
) -> Iterator[Any]:
    """One list of records per input, in input order (``texts`` may be a generator).

    A bad document never stops the batch: it yields ``[]`` and is reported (see
    :meth:`Extractor.extract_many`). With ``as_tuples=True`` the inputs are
    ``(text, context)`` pairs whose context (a dict) may set ``lang``, ``doc_date``,
    ``company``, ``period`` and ``filing`` per document and carries anything else (an
    ``id``) along; the results are ``(records, context)`` pairs.
    """
    ex = _get_default()
    if as_tuples:
        return ex.extract_many(
            texts, n_process=n_process, batch_size=batch_size, as_tuples=True, **kwargs
        )
    return ex.extract_many(texts, n_process=n_process, batch_size=batch_size, **kwargs)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
