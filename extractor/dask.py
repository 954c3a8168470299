"""Corpora beyond one machine: extraction mapped over Dask partitions.

Needs the optional extra ``extractor[dask]`` (dask, distributed, pandas, pyarrow).
Each worker process builds one :class:`extractor.Extractor` the first time a partition
reaches it and keeps it for every later partition (a process-wide cache keyed by the
extractor's options), so the patterns and spaCy pipelines load once per worker, not once
per partition.

>>> import dask.dataframe as dd, pandas as pd
>>> from extractor.dask import extract_dataframe
>>> docs = pd.DataFrame({"id": ["n1", "n2"], "text": ["营收1亿元。", "Revenue was $5 million."]})
>>> out = extract_dataframe(dd.from_pandas(docs, npartitions=2)).compute(scheduler="sync")
>>> out[["doc_id", "metric", "value_exact", "unit"]].to_string(index=False)
'doc_id  metric value_exact unit\\n    n1 revenue   100000000  CNY\\n    n2 revenue     5000000  USD'

On a cluster (see the README): ``Client(...)``, ``dd.read_parquet(...)``,
``extract_dataframe(ddf)``, ``.to_parquet(...)``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas as pd

    from .pipeline import Extractor

__all__ = ["builds", "extract_bag", "extract_dataframe", "worker_extractor"]

#: the per-document columns ``extract_dataframe`` reads when present
CONTEXT_COLUMNS = ("lang", "doc_date", "company", "period", "filing")

_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()
_CACHE: dict[tuple[Any, ...], Extractor] = {}
_BUILDS = 0


def worker_extractor(
    patterns: tuple[str, ...] = (), use_ner: bool = True, pattern_packs: bool = True
) -> Extractor:
    """This process's Extractor for these options, built on first use and then reused."""
    global _BUILDS
    key = (patterns, use_ner, pattern_packs)
    with _LOCK:
        ex = _CACHE.get(key)
        if ex is None:
            from .pipeline import Extractor

            ex = Extractor(patterns, use_ner=use_ner, pattern_packs=pattern_packs)
            _CACHE[key] = ex
            _BUILDS += 1
        return ex


def builds() -> int:
    """How many Extractors this process has built (one per distinct option set)."""
    return _BUILDS


def _extract_rows(
    items: Iterable[tuple[Any, str, dict[str, Any]]],
    options: tuple[tuple[str, ...], bool, bool],
    kwargs: dict[str, Any],
) -> tuple[list[Any], list[Any]]:
    """Records and their document ids for ``(id, text, context)`` items."""
    ex = worker_extractor(*options)
    recs: list[Any] = []
    ids: list[Any] = []
    pairs = [(text, {**ctx, "id": doc_id}) for doc_id, text, ctx in items]
    # one extraction at a time per process: threads of a worker share the pipelines
    with _RUN_LOCK:
        for rs, ctx in ex.extract_many(pairs, as_tuples=True, **kwargs):
            recs.extend(rs)
            ids.extend([ctx["id"]] * len(rs))
    return recs, ids


def _meta() -> pd.DataFrame:
    from .frames import to_dataframe

    return to_dataframe([], doc_ids=[])


def _options(patterns: Iterable[str], use_ner: bool, pattern_packs: bool) -> tuple[Any, ...]:
    if isinstance(patterns, str):
        patterns = [patterns]
    return (tuple(str(p) for p in patterns), bool(use_ner), bool(pattern_packs))


def extract_dataframe(
    ddf: dask.dataframe.DataFrame,
    text: str = "text",
    id: str = "id",
    *,
    patterns: Iterable[str] = (),
    use_ner: bool = True,
    pattern_packs: bool = True,
    **kwargs: Any,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of records, one row per record, with ``doc_id`` from column ``id``.

    ``ddf`` holds one document per row: its text in column ``text``, its id in column ``id``
    (the row's index when that column is missing), and optionally the per-document columns
    ``lang``, ``doc_date``, ``company``, ``period``, ``filing``. ``kwargs`` are batch-wide
    ``extract`` arguments (``lang=``, ``filing=``, ...). The columns are those of
    :func:`extractor.to_dataframe`.
    """
    if text not in ddf.columns:
        raise KeyError(f"no text column {text!r} in {list(ddf.columns)}")
    options = _options(patterns, use_ner, pattern_packs)
    out: dask.dataframe.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        _partition, text, id, options, kwargs, meta=_meta(), enforce_metadata=False
    )
    return out


def _partition(
    part: pd.DataFrame,
    text: str,
    id_col: str,
    options: tuple[tuple[str, ...], bool, bool],
    kwargs: dict[str, Any],
) -> pd.DataFrame:
    import pandas as pd

    from .frames import to_dataframe

    ctx_cols = [c for c in CONTEXT_COLUMNS if c in part.columns]
    ids = part[id_col].tolist() if id_col in part.columns else part.index.tolist()
    texts = part[text].tolist()
    ctxs = []
    for i in range(len(part)):
        ctx = {}
        for c in ctx_cols:
            v = part[c].iloc[i]
            if v is None or bool(pd.isna(v)):  # None / NaN / NA: no value for this row
                continue
            ctx[c] = v.isoformat() if hasattr(v, "isoformat") else v
        ctxs.append(ctx)
    recs, rec_ids = _extract_rows(zip(ids, texts, ctxs), options, kwargs)
    return to_dataframe(recs, doc_ids=rec_ids)


def extract_bag(
    bag: dask.bag.Bag,
    *,
    patterns: Iterable[str] = (),
    use_ner: bool = True,
    pattern_packs: bool = True,
    **kwargs: Any,
) -> dask.bag.Bag:
    """A Dask Bag of record dicts (``Record.to_dict()`` plus ``doc_id``), one per record.

    The bag's items are texts (``doc_id`` None), ``(id, text)`` pairs, or dicts with ``text`` and optionally
    ``id``, ``lang``, ``doc_date``, ``company``, ``period``, ``filing``. ``.to_dataframe()``
    on the result, or :func:`extract_dataframe`, gives a DataFrame.
    """
    options = _options(patterns, use_ner, pattern_packs)
    out: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _bag_partition, options, kwargs
    )
    return out


def _bag_partition(
    items: Iterable[Any],
    options: tuple[tuple[str, ...], bool, bool],
    kwargs: dict[str, Any],
) -> list[dict[str, Any]]:
    norm: list[tuple[Any, str, dict[str, Any]]] = []
    for item in items:
        if isinstance(item, str):
            norm.append((None, item, {}))
        elif isinstance(item, tuple) and len(item) == 2:
            norm.append((item[0], item[1], {}))
        elif isinstance(item, dict):
            ctx = {c: item[c] for c in CONTEXT_COLUMNS if item.get(c) is not None}
            norm.append((item.get("id"), item.get("text"), ctx))  # type: ignore[arg-type]
        else:
            raise TypeError(
                "extract_bag: items must be texts, (id, text) pairs or dicts with 'text', "
                f"got {type(item).__name__}"
            )
    recs, ids = _extract_rows(norm, options, kwargs)
    return [{"doc_id": i, **r.to_dict()} for r, i in zip(recs, ids)]
