"""to_dataframe / Parquet: typed columns, exact values; record_schema validates real output."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import extractor
from extractor import Period, Record

pd = pytest.importorskip("pandas", reason="needs the 'dataframe' extra (pandas, pyarrow)")
pa = pytest.importorskip("pyarrow", reason="needs the 'dataframe' extra (pandas, pyarrow)")

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _rec(value: str, **kw: object) -> Record:
    base: dict[str, object] = {
        "company": None, "metric": "other", "metric_text": None, "value": Decimal(value),
        "unit": "USD", "start": 0, "end": 1, "text": "x", "sentence": "x", "lang": "en",
    }
    base.update(kw)
    return Record(**base)  # type: ignore[arg-type]


def test_exact_values_survive_and_float_column_is_convenience() -> None:
    big = "12345678901234567.890123456789"  # more digits than a float holds
    recs = [_rec(big, value_high=Decimal("0.000000000001")), _rec("-0.03")]
    df = extractor.to_dataframe(recs)
    assert [Decimal(v) for v in df["value_exact"]] == [r.value for r in recs]
    assert Decimal(df["value_high_exact"][0]) == Decimal("1E-12")
    assert df["value"].tolist() == [float(big), -0.03]
    assert df["value_high"].isna().tolist() == [False, True]
    assert "doc_id" not in df.columns


def test_periods_and_nullable_columns() -> None:
    recs = [
        _rec("1", period=Period.quarter(2021, 2), metric_text="revenue", company="Acme"),
        _rec("2", period=Period.fiscal_year(2019)),
        _rec("3"),
    ]
    df = extractor.to_dataframe(recs)
    assert df["period_label"].tolist()[:2] == ["2021-Q2", "FY2019"]
    assert df["period_start"][0] == date(2021, 4, 1) and df["period_end"][0] == date(2021, 6, 30)
    assert df["period_start"].isna().tolist() == [False, True, True]  # fiscal: no dates
    assert df["company"].isna().tolist() == [False, True, True]
    assert df["metric_text"].isna().tolist() == [False, True, True]
    assert str(df["company"].dtype) == "string[pyarrow]"
    assert str(df["start"].dtype) == "int64[pyarrow]"


def test_doc_ids_per_document_or_per_record() -> None:
    a, b = [_rec("1"), _rec("2")], [_rec("3")]
    nested = extractor.to_dataframe([a, [], b], doc_ids=["d1", "d2", "d3"])
    assert nested["doc_id"].tolist() == ["d1", "d1", "d3"]
    flat = extractor.to_dataframe([*a, *b], doc_ids=["x", "y", "z"])
    assert flat["doc_id"].tolist() == ["x", "y", "z"]
    assert list(flat.columns[:2]) == ["doc_id", "company"]
    with pytest.raises(ValueError, match="one id per document"):
        extractor.to_dataframe([a, b], doc_ids=["d1"])
    with pytest.raises(ValueError, match="one per record"):
        extractor.to_dataframe(a, doc_ids=["d1"])
    with pytest.raises(TypeError, match="Records"):
        extractor.to_dataframe(["not a record"])


def test_empty_frame_has_the_schema() -> None:
    from extractor.frames import COLUMNS

    df = extractor.to_dataframe([], doc_ids=[])
    assert list(df.columns) == list(COLUMNS) and len(df) == 0


def test_parquet_round_trip_has_the_same_schema(tmp_path: Path, ex) -> None:  # type: ignore[no-untyped-def]
    from extractor.frames import arrow_schema, write_parquet

    text = (CORPUS / "twilio_ipo_news_zh.txt").read_text(encoding="utf-8")
    recs = ex.extract(text)
    write_parquet([recs], tmp_path / "r.parquet", doc_ids=["news"])
    back = pd.read_parquet(tmp_path / "r.parquet", dtype_backend="pyarrow")
    df = extractor.to_dataframe([recs], doc_ids=["news"])
    assert back.equals(df)
    import pyarrow.parquet as pq

    assert pq.read_schema(tmp_path / "r.parquet").equals(arrow_schema(), check_metadata=False)
    assert len(df) == len(recs) and all(df["doc_id"] == "news")
    assert [Decimal(v) for v in df["value_exact"]] == [r.value for r in recs]


def test_frames_do_not_load_pandas_on_import() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", ("import sys, extractor, extractor.frames, extractor.schema; "
                                "print('pandas' in sys.modules, 'pyarrow' in sys.modules)")],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.split() == ["False", "False"]


def test_record_schema_validates_real_output(ex) -> None:  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema", reason="needs jsonschema (the 'test' extra)")
    schema = extractor.record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    dicts = [
        r.to_dict()
        for f in sorted(CORPUS.glob("*.txt"))
        for r in ex.extract(f.read_text(encoding="utf-8"))
    ]
    dicts += [r.to_dict() for r in ex.extract("It costs $5 and guidance is 50% to 52% for 2021..")]
    assert len(dicts) > 30
    assert {d["metric"] for d in dicts} >= {"revenue", "other"}
    assert any(d["metric_text"] is None for d in dicts)  # metric_text may be None
    errors = [(d["text"], e.message) for d in dicts for e in v.iter_errors(d)]
    assert errors == []
    # and the schema is not vacuous
    bad = {**dicts[0], "value": "1.5e9", "kind": "rumour"}
    assert len(list(v.iter_errors(bad))) == 2
    assert list(v.iter_errors({k: x for k, x in dicts[0].items() if k != "lang"}))


def test_schema_names_every_record_field() -> None:
    import attrs

    schema = extractor.record_schema()
    names = [a.name for a in attrs.fields(Record)]
    assert schema["required"] == names
    assert set(schema["properties"]) == set(names)
