"""Records as columns: Arrow tables, pandas DataFrames and Parquet files.

Needs the optional extra ``extractor[dataframe]`` (pandas and pyarrow); importing this
module loads neither until a function runs. One Arrow schema serves all three, so a
DataFrame, a Parquet file and a Dask partition of records have the same columns:

``doc_id`` (when ids are given), ``company``, ``metric``, ``metric_text``,
``value_exact`` (the exact ``Decimal`` as text, as in ``Record.to_dict()``), ``value``
(float64, for convenience), ``value_high_exact``, ``value_high``, ``unit``,
``period_label``, ``period_start``, ``period_end`` (dates; null for fiscal periods),
``speaker``, ``speaker_role``, ``change``, ``qualifier``, ``kind``, ``start``, ``end``,
``text``, ``sentence``, ``lang``. Strings are nullable (Arrow strings); ``value`` is a
float and may round, ``value_exact`` never does: ``Decimal(row.value_exact) ==
record.value``.

Why a text column for the exact value and not Arrow ``decimal128``: a decimal column has
one fixed scale, and a record's value may need more digits on either side of the point
than any fixed scale gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import Record, _decimal_str

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

__all__ = ["COLUMNS", "arrow_schema", "to_arrow", "to_dataframe", "write_parquet"]

#: The columns, in order (``doc_id`` only when ids are given).
COLUMNS: tuple[str, ...] = (
    "doc_id", "company", "metric", "metric_text", "value_exact", "value", "value_high_exact",
    "value_high", "unit", "period_label", "period_start", "period_end", "speaker",
    "speaker_role", "change", "qualifier", "kind", "start", "end", "text", "sentence", "lang",
)  # fmt: skip

_MISSING = (
    "this needs the optional extra 'dataframe' (pandas and pyarrow): "
    "pip install 'extractor[dataframe]'"
)


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError as e:  # pragma: no cover - exercised without the extra
        raise ImportError(_MISSING) from e
    return pyarrow


def arrow_schema(with_doc_id: bool = True) -> pa.Schema:
    """The Arrow schema of record tables (``doc_id`` first when ``with_doc_id``)."""
    pa = _pa()
    s, f64, i64, d = pa.string(), pa.float64(), pa.int64(), pa.date32()
    types = {
        "doc_id": s, "company": s, "metric": s, "metric_text": s, "value_exact": s,
        "value": f64, "value_high_exact": s, "value_high": f64, "unit": s,
        "period_label": s, "period_start": d, "period_end": d, "speaker": s,
        "speaker_role": s, "change": s, "qualifier": s, "kind": s, "start": i64, "end": i64,
        "text": s, "sentence": s, "lang": s,
    }  # fmt: skip
    nullable = {"doc_id", "company", "metric_text", "value_high_exact", "value_high",
                "period_label", "period_start", "period_end", "speaker", "speaker_role",
                "change", "qualifier"}  # fmt: skip
    return pa.schema(
        [
            pa.field(c, types[c], nullable=c in nullable)
            for c in COLUMNS
            if with_doc_id or c != "doc_id"
        ]
    )


def _flatten(
    records: Iterable[Record] | Iterable[Sequence[Record]],
    doc_ids: Iterable[Any] | None,
) -> tuple[list[Record], list[str | None] | None]:
    """Records and their ids, from a flat list or one list per document."""
    items: list[Any] = list(records)
    nested = any(not isinstance(x, Record) for x in items)
    ids = None if doc_ids is None else [None if i is None else str(i) for i in doc_ids]
    if not nested:
        if ids is not None and len(ids) != len(items):
            raise ValueError(
                f"doc_ids has {len(ids)} ids for {len(items)} records (one per record)"
            )
        return items, ids
    if ids is not None and len(ids) != len(items):
        raise ValueError(
            f"doc_ids has {len(ids)} ids for {len(items)} documents (one id per document)"
        )
    flat: list[Record] = []
    flat_ids: list[str | None] = []
    for k, group in enumerate(items):
        if isinstance(group, (Record, str, bytes)) or not all(
            isinstance(r, Record) for r in group
        ):
            raise TypeError(
                "records must be Records, or one list of Records per document "
                "(as extract_many yields)"
            )
        flat.extend(group)
        if ids is not None:
            flat_ids.extend([ids[k]] * len(group))
    return flat, (flat_ids if ids is not None else None)


def _columns(records: Sequence[Record], ids: Sequence[str | None] | None) -> dict[str, list[Any]]:
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS if c != "doc_id" or ids is not None}
    if ids is not None:
        cols["doc_id"] = list(ids)
    for r in records:
        p = r.period
        cols["company"].append(r.company)
        cols["metric"].append(r.metric)
        cols["metric_text"].append(r.metric_text)
        cols["value_exact"].append(_decimal_str(r.value))
        cols["value"].append(float(r.value))
        hi = r.value_high
        cols["value_high_exact"].append(None if hi is None else _decimal_str(hi))
        cols["value_high"].append(None if hi is None else float(hi))
        cols["unit"].append(r.unit)
        cols["period_label"].append(None if p is None else p.label)
        cols["period_start"].append(None if p is None else p.start)
        cols["period_end"].append(None if p is None else p.end)
        for name in ("speaker", "speaker_role", "change", "qualifier", "kind"):
            cols[name].append(getattr(r, name))
        cols["start"].append(r.start)
        cols["end"].append(r.end)
        cols["text"].append(r.text)
        cols["sentence"].append(r.sentence)
        cols["lang"].append(r.lang)
    return cols


def to_arrow(
    records: Iterable[Record] | Iterable[Sequence[Record]],
    doc_ids: Iterable[Any] | None = None,
) -> pa.Table:
    """An Arrow table of records (see :func:`to_dataframe` for the arguments)."""
    pa = _pa()
    flat, ids = _flatten(records, doc_ids)
    return pa.Table.from_pydict(_columns(flat, ids), schema=arrow_schema(ids is not None))


def to_dataframe(
    records: Iterable[Record] | Iterable[Sequence[Record]],
    doc_ids: Iterable[Any] | None = None,
) -> pd.DataFrame:
    """A pandas DataFrame of records, one row per record, Arrow-backed typed columns.

    ``records``: Records, or one list of Records per document (what ``extract_many``
    yields). ``doc_ids``: one id per record, or one per document for the nested form; it
    becomes the first column, ``doc_id``. See the module docstring for the columns.

    >>> import extractor
    >>> recs = extractor.extract("2015年Twilio营收达到1.669亿美元，净亏损为3550万美元。")
    >>> df = extractor.to_dataframe([recs], doc_ids=["news-1"])
    >>> df[["doc_id", "metric", "value_exact", "value", "unit", "period_label"]]
       doc_id    metric value_exact        value unit period_label
    0  news-1   revenue   166900000  166900000.0  USD         2015
    1  news-1  net_loss    35500000   35500000.0  USD         2015
    >>> str(df["period_start"].dtype), str(df["company"].dtype)
    ('date32[day][pyarrow]', 'string[pyarrow]')
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - exercised without the extra
        raise ImportError(_MISSING) from e
    return to_arrow(records, doc_ids).to_pandas(types_mapper=pd.ArrowDtype)


def write_parquet(
    records: Iterable[Record] | Iterable[Sequence[Record]],
    path: str | Path,
    doc_ids: Iterable[Any] | None = None,
) -> None:
    """Write records to a Parquet file at ``path`` (the schema of :func:`to_dataframe`)."""
    import pyarrow.parquet as pq

    pq.write_table(to_arrow(records, doc_ids), str(path))


class ParquetSink:
    """Append records to one Parquet file batch by batch (the command line's writer)."""

    def __init__(self, path: str | Path, with_doc_id: bool = True) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema(with_doc_id)
        self._writer = pq.ParquetWriter(str(path), self.schema)
        self._with_ids = with_doc_id

    def write(self, records: Sequence[Record], doc_ids: Sequence[str] | None = None) -> None:
        pa = _pa()
        cols = _columns(records, doc_ids if self._with_ids else None)
        self._writer.write_table(pa.Table.from_pydict(cols, schema=self.schema))

    def close(self) -> None:
        self._writer.close()
