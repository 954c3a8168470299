"""Command line: ``extractor extract``, ``extractor evaluate``, ``extractor demo``.

``python -m extractor`` is the same program.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import PatternError

__all__ = ["main"]


def _corpus_dir() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "corpus", Path.cwd() / "corpus"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("no corpus/ directory found (run from the repository root)")


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


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Extractor

    ex = Extractor(args.patterns)
    for name in args.files:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        recs = ex.extract(text, lang=args.lang, doc_date=args.doc_date, company=args.company)
        if args.format == "jsonl":
            for r in recs:
                print(json.dumps({"file": name, **r.to_dict()}, ensure_ascii=False))
        else:
            print(f"== {name}: {len(recs)} records")
            print(_table(recs))
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extractor", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract records from text files ('-' for stdin)")
    p.add_argument("files", nargs="+")
    p.add_argument("--lang", choices=["en", "zh"])
    p.add_argument("--doc-date", help="ISO date relative periods resolve against")
    p.add_argument("--company", help="default company")
    p.add_argument("--patterns", action="append", default=[], help="extra pattern directory")
    p.add_argument("--format", choices=["table", "jsonl"], default="table")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate", help="score against gold JSONL files")
    p.add_argument("paths", nargs="+")
    p.add_argument("--limit", type=int, help="only the first N documents of each file")
    p.add_argument("--patterns", action="append", default=[], help="extra pattern directory")
    p.add_argument("--json", action="store_true", help="print figures as JSON")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("demo", help="extract from the bundled corpus and print tables")
    p.set_defaults(func=_cmd_demo)

    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except PatternError as e:
        print(f"extractor: pattern error: {e}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:
        print(f"extractor: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
