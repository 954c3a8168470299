"""Command line: ``extractor extract``, ``extractor patterns check``, ``extractor evaluate``,
``extractor demo``.

``python -m extractor`` is the same program. Exit codes: 0 every document done; 1 some
documents could not be read or failed (each reported on stderr with its id and the reason;
the others were written); 2 a usage or pattern error before anything ran.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import io
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .errors import PatternError

__all__ = ["main"]

#: the keys of a JSONL input line besides ``text``
CONTEXT_KEYS = ("id", "lang", "doc_date", "company", "period")


class UsageError(Exception):
    """A command-line mistake found before anything ran (exit code 2)."""


def _corpus_dir() -> Path:
    """The demo documents: shipped inside the package, or the repository's ``corpus/``."""
    here = Path(__file__).resolve().parent
    for cand in (here / "_corpus", here.parent / "corpus"):
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
    raise FileNotFoundError("the demo documents are missing from this installation")


def _table(records: Sequence[object]) -> str:
    cols = ["company", "metric", "value", "value_high", "unit", "period", "change", "qualifier",
            "kind", "speaker", "text"]
    rows = [cols]
    for r in records:
        d = r.to_dict()  # type: ignore[attr-defined]
        rows.append(["" if d[c] is None else str(d[c]) for c in cols])
    widths = [min(28, max(len(row[i]) for row in rows)) for i in range(len(cols))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- inputs ---------------------------------------------------------------------------------
class _Failure:
    """An input that could not be read: reported, the run goes on."""

    def __init__(self, doc_id: str, reason: str) -> None:
        self.doc_id = doc_id
        self.reason = reason


Item = tuple[str, dict[str, Any]] | _Failure


def _read_error(e: BaseException) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"not UTF-8 text ({e.reason} at byte {e.start})"
    if isinstance(e, OSError):
        return e.strerror or str(e)
    return f"{type(e).__name__}: {e}"


def _jsonl_items(name: str, stream: IO[str]) -> Iterator[Item]:
    try:
        for lineno, line in enumerate(stream, start=1):
            where = f"{name}:{lineno}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield _Failure(where, f"invalid JSON: {e.msg} (column {e.colno})")
                continue
            if not isinstance(obj, dict):
                yield _Failure(where, f"expected a JSON object, got {type(obj).__name__}")
                continue
            doc_id = obj.get("id")
            doc_id = where if doc_id is None else str(doc_id)
            text = obj.get("text")
            if not isinstance(text, str):
                yield _Failure(doc_id, 'no "text" string on this line')
                continue
            ctx = {k: obj[k] for k in CONTEXT_KEYS if obj.get(k) is not None}
            ctx["id"] = doc_id
            yield text, ctx
    except (OSError, UnicodeDecodeError) as e:
        yield _Failure(name, _read_error(e))


def _walk(root: Path, globs: Sequence[str]) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith(".") and any(fnmatch.fnmatch(f, g) for g in globs):
                found.append(Path(dirpath) / f)
    return found


def _expand(names: Sequence[str], globs: Sequence[str]) -> list[str]:
    """Files in command-line order; directories expanded (recursive, sorted)."""
    out: list[str] = []
    for name in names:
        p = Path(name)
        if name != "-" and p.is_dir():
            out.extend(str(f) for f in _walk(p, globs))
        else:
            out.append(name)
    return out


def _items(names: Sequence[str], input_kind: str | None) -> Iterator[Item]:
    for name in names:
        jsonl = input_kind == "jsonl" or (input_kind is None and name.endswith(".jsonl"))
        if name == "-":
            stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8") if hasattr(
                sys.stdin, "buffer"
            ) else sys.stdin
            if jsonl:
                yield from _jsonl_items("<stdin>", stdin)
            else:
                try:
                    yield stdin.read(), {"id": "<stdin>"}
                except (OSError, UnicodeDecodeError) as e:
                    yield _Failure("<stdin>", _read_error(e))
            continue
        if jsonl:
            try:
                f = open(name, encoding="utf-8")  # noqa: SIM115 - closed below
            except OSError as e:
                yield _Failure(name, _read_error(e))
                continue
            with f:
                yield from _jsonl_items(name, f)
            continue
        try:
            yield Path(name).read_text(encoding="utf-8"), {"id": name}
        except (OSError, UnicodeDecodeError) as e:
            yield _Failure(name, _read_error(e))


# -- outputs --------------------------------------------------------------------------------
class _Writer:
    def __init__(self, out: IO[str] | None) -> None:
        self.out = out

    def write(self, doc_id: str, text: str, records: Sequence[Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _JsonlWriter(_Writer):
    def write(self, doc_id: str, text: str, records: Sequence[Any]) -> None:
        assert self.out is not None
        for r in records:
            self.out.write(json.dumps({"doc_id": doc_id, **r.to_dict()}, ensure_ascii=False) + "\n")


class _CsvWriter(_Writer):
    def __init__(self, out: IO[str] | None) -> None:
        from .frames import COLUMNS

        super().__init__(out)
        self.columns = COLUMNS
        self.csv = csv.writer(out)  # type: ignore[arg-type]
        self.csv.writerow(COLUMNS)

    def write(self, doc_id: str, text: str, records: Sequence[Any]) -> None:
        from .frames import _columns

        cols = _columns(records, [doc_id] * len(records))
        for i in range(len(records)):
            row = []
            for c in self.columns:
                v = cols[c][i]
                if c in ("value", "value_high"):  # the exact text, never a rounded float
                    v = cols[f"{c}_exact"][i]
                row.append("" if v is None else str(v))
            self.csv.writerow(row)


class _TableWriter(_Writer):
    def write(self, doc_id: str, text: str, records: Sequence[Any]) -> None:
        assert self.out is not None
        self.out.write(f"== {doc_id}: {len(records)} records\n{_table(records)}\n")


class _HtmlWriter(_Writer):
    def __init__(self, out: IO[str] | None) -> None:
        super().__init__(out)
        self.docs: list[tuple[str, str, Sequence[Any]]] = []

    def write(self, doc_id: str, text: str, records: Sequence[Any]) -> None:
        self.docs.append((doc_id, text, records))

    def close(self) -> None:
        from .html import render_html_documents

        assert self.out is not None
        title = self.docs[0][0] if len(self.docs) == 1 else f"{len(self.docs)} documents"
        self.out.write(render_html_documents(self.docs, title=title))


class _ParquetWriter(_Writer):
    def __init__(self, path: str) -> None:
        from .frames import ParquetSink

        super().__init__(None)
        self.sink = ParquetSink(path)

    def write(self, doc_id: str, text: str, records: Sequence[Any]) -> None:
        self.sink.write(records, [doc_id] * len(records))

    def close(self) -> None:
        self.sink.close()


def _count_documents(names: Sequence[str], input_kind: str | None) -> int | None:
    """How many documents the inputs hold (JSONL: non-blank lines), None if unknown (stdin)."""
    total = 0
    for name in names:
        if name == "-":
            return None
        if input_kind == "jsonl" or (input_kind is None and name.endswith(".jsonl")):
            try:
                with open(name, "rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1  # reported as one failed input
        else:
            total += 1
    return total


def _progress(args: argparse.Namespace, total: int | None) -> Any:
    many = total is None or total > 1
    wanted = args.progress if args.progress is not None else (many and sys.stderr.isatty())
    if not wanted:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm comes with spaCy
        return None
    import shutil

    # a terminal that reports no size (0x0) would make tqdm hide the bar
    size = shutil.get_terminal_size((80, 24))
    return tqdm(total=total, unit="doc", file=sys.stderr, ncols=min(size.columns or 80, 100),
                nrows=size.lines or 24)


def _check_extract_args(args: argparse.Namespace) -> None:
    """Usage errors (exit 2) before any pattern loads or any input is read."""
    from .pipeline import _coerce_date, _coerce_period

    if args.format == "parquet":
        if not args.out:
            raise UsageError("--format parquet writes a binary file: give --out PATH")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "--format parquet needs the optional extra 'dataframe': "
                "pip install 'extractor[dataframe]'"
            ) from None
    if args.n_process < 1:
        raise UsageError(f"--n-process must be >= 1, got {args.n_process}")
    if args.out and Path(args.out).is_dir():
        raise UsageError(f"--out {args.out} is a directory: give a file path")
    try:
        _coerce_date(args.doc_date, "--doc-date")
        _coerce_period(args.period)
    except ValueError as e:
        raise UsageError(str(e)) from None


def _open_writer(fmt: str, out: str | None) -> tuple[_Writer, IO[str] | None]:
    """The writer for ``fmt`` and the text file it writes to (None for Parquet; the
    caller closes a file it names, never stdout)."""
    if fmt == "parquet":
        assert out is not None  # checked by _check_extract_args
        return _ParquetWriter(out), None
    # closed by the caller
    out_file = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
    writers: dict[str, Callable[[IO[str]], _Writer]] = {
        "jsonl": _JsonlWriter, "csv": _CsvWriter, "table": _TableWriter, "html": _HtmlWriter,
    }
    return writers[fmt](out_file), out_file


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    fmt = args.format
    _check_extract_args(args)
    ex = Extractor(args.patterns, use_ner=not args.no_ner)  # pattern errors: exit 2
    names = _expand(args.inputs, args.glob)
    bar = _progress(args, _count_documents(names, args.input))
    failures = 0
    texts: deque[str] = deque()  # for html: each document's text, in order

    def fail(doc_id: str, reason: str) -> None:
        nonlocal failures
        failures += 1
        msg = f"extractor: {doc_id}: {reason}"
        if bar is not None:
            bar.write(msg, file=sys.stderr)
        else:
            print(msg, file=sys.stderr)

    def good() -> Iterator[tuple[str, dict[str, Any]]]:
        for item in _items(names, args.input):
            if isinstance(item, _Failure):
                fail(item.doc_id, item.reason)
                if bar is not None:
                    bar.update(1)
                continue
            if fmt == "html":
                texts.append(item[0])
            yield item

    errors: dict[int, str] = {}  # index of a document that failed -> why

    def on_error(index: int, error: BaseException) -> None:
        errors[index] = f"{type(error).__name__}: {error}"

    writer, out_file = _open_writer(fmt, args.out)
    try:
        results = ex.extract_many(
            good(),
            as_tuples=True,
            n_process=args.n_process,
            batch_size=args.batch_size,
            lang=args.lang,
            doc_date=args.doc_date,
            company=args.company,
            period=args.period,
            filing=args.filing,
            on_error=on_error,
        )
        for i, (recs, ctx) in enumerate(results):
            doc_id = ctx["id"]
            text = texts.popleft() if fmt == "html" else ""
            if i in errors:
                fail(doc_id, errors.pop(i))
            else:
                writer.write(doc_id, text, recs)
            if bar is not None:
                bar.update(1)
        writer.close()
    finally:
        if bar is not None:
            bar.close()
        if out_file is not None and out_file is not sys.stdout:
            out_file.close()
    if failures:
        print(f"extractor: {failures} input(s) failed (see above); the others were written",
              file=sys.stderr)
    return 1 if failures else 0


def _cmd_patterns_check(args: argparse.Namespace) -> int:
    from .pattern_check import check_dir

    bad = 0
    for d in args.dirs:
        errors, summary = check_dir(d)
        for e in errors:
            print(e, file=sys.stderr)
        bad += len(errors)
        if not errors:
            print(f"{d}: ok ({summary})")
    return 2 if bad else 0


def _cmd_patterns_list(args: argparse.Namespace) -> int:
    from .packs import pattern_pack_dirs
    from .patterns import builtin_patterns_dir

    print(f"built-in: {builtin_patterns_dir()}")
    for name, path in pattern_pack_dirs(with_names=True):
        print(f"{name}: {path}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    ex = Extractor()
    files = sorted(_corpus_dir().glob("*.txt"))
    for f in files:
        recs = ex.extract(f.read_text(encoding="utf-8"))
        print(f"\n== {f.name}: {len(recs)} records\n")
        print(_table(recs))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_file
    from .pipeline import Extractor

    ex = Extractor(args.patterns)
    out = []
    for p in args.paths:
        rep = evaluate_file(p, ex, limit=args.limit)
        if args.json:
            out.append({"path": rep.path, "shape": rep.shape, "docs": rep.docs,
                        "failed": rep.failed, "seconds": round(rep.seconds, 2), **rep.figures})
        else:
            print("\n".join(rep.lines()))
            print()
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="extractor", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "extract",
        help="extract records from files, directories, JSONL or stdin",
        description="Extract records. Inputs: text files, directories (recursive, see --glob), "
        "'-' for stdin, and JSONL files (one {\"text\", \"id\"?, \"lang\"?, \"doc_date\"?, "
        "\"company\"?, \"period\"?} object per line; *.jsonl by default). Every output row "
        "carries its document id: the file path, or the JSONL id (else FILE:LINE).",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, or '-'")
    p.add_argument("--input", choices=["text", "jsonl"],
                   help="how to read files (default: *.jsonl as JSONL, the rest as text)")
    p.add_argument("--glob", action="append", default=None, metavar="PATTERN",
                   help="file names to read inside directories (repeatable; default *.txt)")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet", "table", "html"],
                   default="table")
    p.add_argument("--out", metavar="PATH", help="write here instead of stdout")
    p.add_argument("--n-process", type=int, default=1, metavar="N", help="worker processes")
    p.add_argument("--batch-size", type=int, default=16, metavar="N",
                   help="documents per worker task")
    p.add_argument("--lang", choices=["en", "zh"])
    p.add_argument("--doc-date", help="ISO date relative periods resolve against")
    p.add_argument("--company", help="default company")
    p.add_argument("--period", help="default period label for undated values, e.g. FY2019")
    p.add_argument("--filing", action="store_const", const=True, default=None,
                   help="read the inputs as financial filings (10-K, 10-Q)")
    p.add_argument("--no-ner", action="store_true",
                   help="no English NER (faster; companies from the gazetteer and document)")
    p.add_argument("--patterns", action="append", default=[], metavar="DIR",
                   help="extra pattern directory (repeatable)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--progress", action="store_const", const=True, default=None,
                   help="show a progress bar on stderr (default: when stderr is a terminal)")
    g.add_argument("--no-progress", dest="progress", action="store_const", const=False)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("patterns", help="pattern packs: check a directory, list installed packs")
    psub = p.add_subparsers(dest="patterns_command", required=True)
    c = psub.add_parser("check", help="validate pattern directories, every error as FILE:LINE")
    c.add_argument("dirs", nargs="+", metavar="DIR")
    c.set_defaults(func=_cmd_patterns_check)
    c = psub.add_parser("list", help="the built-in patterns and the installed pattern packs")
    c.set_defaults(func=_cmd_patterns_list)

    p = sub.add_parser("evaluate", help="score against gold JSONL files")
    p.add_argument("paths", nargs="+")
    p.add_argument("--limit", type=int, help="only the first N documents of each file")
    p.add_argument("--patterns", action="append", default=[], help="extra pattern directory")
    p.add_argument("--json", action="store_true", help="print figures as JSON")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("demo", help="extract from the bundled documents and print tables")
    p.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "glob", "") is None:
        args.glob = ["*.txt"]
    try:
        return int(args.func(args))
    except UsageError as e:
        parser.error(str(e))  # exits 2
    except PatternError as e:
        print(f"extractor: pattern error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 1
    except (OSError, ValueError) as e:
        print(f"extractor: {e}", file=sys.stderr)
        return 2
    return 2  # pragma: no cover - parser.error exits


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
