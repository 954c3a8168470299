"""`extractor extract` over corpora: inputs, formats, ids, failures and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import __version__
from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Revenue was $5 million in 2020.\n", encoding="utf-8")
    (d / "sub" / "b.txt").write_text("2015年Twilio营收达到1.669亿美元。\n", encoding="utf-8")
    (d / "notes.md").write_text("Revenue was $9 million.\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Net income was $3 million.", "period": "FY2019"}) + "\n"
        + json.dumps({"text": "营收1亿元。", "company": "Zyxcorp"}) + "\n",
        encoding="utf-8",
    )
    return tmp_path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = main(argv)
    out, err = capsys.readouterr()
    return rc, out, err


def test_directories_and_jsonl_with_ids(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    rc, out, err = _run(["extract", "docs", "c.jsonl", "--format", "jsonl"], capsys)
    assert rc == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["doc_id"], r["value"], r["period"]) for r in rows] == [
        ("docs/a.txt", "5000000", "2020"),
        ("docs/sub/b.txt", "166900000", "2015"),
        ("j1", "3000000", "FY2019"),  # the line's period
        ("c.jsonl:2", "100000000", None),  # no id: FILE:LINE
    ]
    assert rows[3]["company"] == "Zyxcorp"  # the line's company


def test_glob_selects_files_in_directories(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    rc, out, _ = _run(["extract", "docs", "--glob", "*.md", "--format", "jsonl"], capsys)
    assert rc == 0
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["docs/notes.md"]


def test_unreadable_inputs_are_reported_and_the_run_goes_on(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    (corpus / "docs" / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    with (corpus / "c.jsonl").open("a", encoding="utf-8") as f:
        f.write("not json\n" + json.dumps({"id": "nt"}) + "\n")
    rc, out, err = _run(
        ["extract", "docs", "missing.txt", "c.jsonl", "--format", "jsonl", "--no-progress"], capsys
    )
    assert rc == 1
    ids = {json.loads(x)["doc_id"] for x in out.splitlines()}
    assert ids == {"docs/a.txt", "docs/sub/b.txt", "j1", "c.jsonl:2"}
    assert "docs/bad.txt: not UTF-8 text" in err
    assert "missing.txt: No such file or directory" in err
    assert "c.jsonl:3: invalid JSON" in err
    assert 'nt: no "text" string' in err
    assert "4 input(s) failed" in err


def test_failing_document_is_reported_with_its_id(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    (corpus / "d.jsonl").write_text(
        json.dumps({"id": "bad-date", "text": "Revenue was $1 million.", "doc_date": "June"})
        + "\n" + json.dumps({"id": "ok", "text": "Revenue was $2 million."}) + "\n",
        encoding="utf-8",
    )
    rc, out, err = _run(["extract", "d.jsonl", "--format", "jsonl"], capsys)
    assert rc == 1
    assert [json.loads(x)["doc_id"] for x in out.splitlines()] == ["ok"]
    assert "bad-date: ValueError: doc_date must be an ISO date" in err


def test_worker_processes_give_the_same_rows(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    _, one, _ = _run(["extract", "docs", "c.jsonl", "--format", "jsonl"], capsys)
    rc, two, _ = _run(
        ["extract", "docs", "c.jsonl", "--format", "jsonl", "--n-process", "2", "--batch-size", "1"],
        capsys,
    )
    assert rc == 0 and two == one


def test_csv_keeps_exact_values(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    out_path = corpus / "out.csv"
    rc, out, _ = _run(["extract", "docs", "--format", "csv", "--out", str(out_path)], capsys)
    assert rc == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(out_path.read_text(encoding="utf-8"))))
    assert [(r["doc_id"], r["value"], r["period_start"]) for r in rows] == [
        ("docs/a.txt", "5000000", "2020-01-01"),
        ("docs/sub/b.txt", "166900000", "2015-01-01"),
    ]


def test_parquet_output(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pq = pytest.importorskip("pyarrow.parquet", reason="needs the 'dataframe' extra")
    monkeypatch.chdir(corpus)
    rc, _, _ = _run(["extract", "docs", "c.jsonl", "--format", "parquet", "--out", "x.parquet"], capsys)
    assert rc == 0
    t = pq.read_table(corpus / "x.parquet")
    assert t.column("doc_id").to_pylist() == ["docs/a.txt", "docs/sub/b.txt", "j1", "c.jsonl:2"]
    assert t.column("value_exact").to_pylist() == ["5000000", "166900000", "3000000", "100000000"]
    from extractor.frames import arrow_schema

    assert t.schema.equals(arrow_schema(), check_metadata=False)


def test_html_output(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    rc, out, _ = _run(["extract", "docs", "--format", "html"], capsys)
    assert rc == 0
    assert out.startswith("<!DOCTYPE html>") and out.count('<mark class="rec') == 2
    assert 'data-doc="docs/sub/b.txt"' in out


def test_stdin(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("营收1亿元。".encode())))
    rc, out, _ = _run(["extract", "-", "--format", "jsonl"], capsys)
    assert rc == 0 and json.loads(out)["doc_id"] == "<stdin>"


def test_stdin_jsonl(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = json.dumps({"id": "s1", "text": "营收1亿元。"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    rc, out, _ = _run(["extract", "-", "--input", "jsonl", "--format", "jsonl"], capsys)
    assert rc == 0 and json.loads(out)["doc_id"] == "s1"


def test_table_output_names_each_document(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    rc, out, _ = _run(["extract", "docs/a.txt", "--no-ner", "--filing"], capsys)
    assert rc == 0
    assert "== docs/a.txt: 1 records" in out and "FY2020" in out  # --filing: fiscal years


@pytest.mark.parametrize(
    "argv, message",
    [
        (["extract", "x.txt", "--format", "parquet"], "give --out PATH"),
        (["extract", "x.txt", "--doc-date", "June"], "--doc-date must be an ISO date"),
        (["extract", "x.txt", "--period", "last year"], "period must be"),
        (["extract", "x.txt", "--n-process", "0"], "--n-process must be >= 1"),
        (["extract", "x.txt", "--format", "xml"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2_before_anything_runs(argv, message, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    assert message in capsys.readouterr().err


def test_pattern_error_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "metrics.jsonl").write_text('{"id": "x", "unit": "money", "LOWR": 1}\n')
    rc, out, err = _run(["extract", "whatever.txt", "--patterns", str(tmp_path)], capsys)
    assert rc == 2 and out == ""
    assert "metrics.jsonl:1" in err and 'unknown key "LOWR"' in err


def test_patterns_check_reports_every_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "metrics.jsonl").write_text(
        '{"id": "arr", "unit": "money", "en": ["ARR"]}\n'
        '{"id": "x", "unit": "money", "LOWR": 1}\n'
        "# a comment\n"
        "{not json\n"
        '{"id": "y", "unit": "furlongs"}\n',
        encoding="utf-8",
    )
    (tmp_path / "companies.jsonl").write_text('{"aliases": ["Q"]}\n', encoding="utf-8")
    rc, _, err = _run(["patterns", "check", str(tmp_path)], capsys)
    assert rc == 2
    lines = err.splitlines()
    assert any(f"{tmp_path}/metrics.jsonl:2: unknown key \"LOWR\"" in x for x in lines)
    assert any("metrics.jsonl:4: invalid JSON" in x for x in lines)
    assert any("metrics.jsonl:5:" in x and "furlongs" in x for x in lines)
    assert any('companies.jsonl:1: missing required key "name"' in x for x in lines)


def test_patterns_check_ok(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "metrics.jsonl").write_text(
        '{"id": "arr", "unit": "money", "en": ["ARR"], "zh": ["年度经常性收入"]}\n', encoding="utf-8"
    )
    rc, out, _ = _run(["patterns", "check", str(tmp_path)], capsys)
    assert rc == 0 and "ok (1 metrics)" in out


def test_patterns_check_duplicate_ids(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    line = '{"id": "arr", "unit": "money", "en": ["ARR"]}\n'
    (tmp_path / "metrics.jsonl").write_text(line + line, encoding="utf-8")
    rc, _, err = _run(["patterns", "check", str(tmp_path)], capsys)
    assert rc == 2 and "metrics.jsonl:2" in err


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and capsys.readouterr().out.strip() == f"extractor {__version__}"


def test_progress_bar_on_stderr(corpus: Path) -> None:
    """--progress draws a bar on stderr even when it is not a terminal; rows stay on stdout."""
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", "docs", "c.jsonl", "--format", "jsonl",
         "--progress"],
        cwd=corpus, capture_output=True, text=True, check=False,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "4/4" in proc.stderr and "doc" in proc.stderr  # the total counts JSONL lines
    assert len(proc.stdout.splitlines()) == 4


def test_no_progress_bar_when_not_asked_and_not_a_terminal(corpus: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(corpus)
    rc, _, err = _run(["extract", "docs", "--format", "jsonl"], capsys)
    assert rc == 0 and err == ""
