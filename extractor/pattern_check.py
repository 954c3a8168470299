"""``extractor patterns check DIR``: every problem of a pattern directory, as FILE:LINE.

Loading stops at a file's first problem (nothing is half-loaded); a check reads every
line and reports them all, then loads the directory the way :class:`extractor.Extractor`
does, to catch what only shows across lines (duplicate ids, ...).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from .errors import PatternError
from .patterns import Field

__all__ = ["check_dir", "check_file"]

#: pattern files a directory may hold
KNOWN_FILES = ("metrics.jsonl", "companies.jsonl")


def _schemas() -> dict[str, Mapping[str, Field]]:
    from .companies import COMPANY_SCHEMA
    from .metrics import _SCHEMA

    return {"metrics.jsonl": _SCHEMA, "companies.jsonl": COMPANY_SCHEMA}


def check_file(path: str | Path, schema: Mapping[str, Field]) -> tuple[list[str], int]:
    """Every line-level problem of one JSONL pattern file, and the number of entries."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        return [str(PatternError(p, None, f"not UTF-8 text ({e.reason} at byte {e.start})"))], 0
    except OSError as e:
        return [str(PatternError(p, None, f"cannot read: {e.strerror or e}"))], 0
    errors: list[str] = []
    n = 0
    for lineno, line in enumerate(raw.splitlines(), start=1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        try:
            entry = json.loads(s)
        except json.JSONDecodeError as e:
            errors.append(str(PatternError(p, lineno, f"invalid JSON: {e.msg} (column {e.colno})")))
            continue
        if not isinstance(entry, dict):
            errors.append(
                str(PatternError(p, lineno, f"expected a JSON object, got {type(entry).__name__}"))
            )
            continue
        n += 1
        for key in entry:
            if key not in schema:
                allowed = ", ".join(f'"{k}"' for k in schema)
                errors.append(str(PatternError(p, lineno, f'unknown key "{key}" (allowed: {allowed})')))
        for key, field in schema.items():
            if key not in entry:
                if field.required:
                    errors.append(str(PatternError(p, lineno, f'missing required key "{key}"')))
                continue
            problem = field.check(key, entry[key])
            if problem:
                errors.append(str(PatternError(p, lineno, problem)))
    return errors, n


def check_dir(directory: str | Path) -> tuple[list[str], str]:
    """All problems of a pattern directory (empty when it is fine) and a summary line."""
    d = Path(directory)
    if not d.is_dir():
        return [str(PatternError(d, None, "pattern directory does not exist"))], ""
    schemas = _schemas()
    errors: list[str] = []
    counts = []
    present = [name for name in KNOWN_FILES if (d / name).is_file()]
    if not present:
        errors.append(
            str(PatternError(d, None, f"holds none of the pattern files {', '.join(KNOWN_FILES)}"))
        )
    for name in present:
        errs, n = check_file(d / name, schemas[name])
        errors.extend(errs)
        counts.append(f"{n} {name.removesuffix('.jsonl')}")
    if not errors:
        # what only shows when the files are loaded: duplicates, bad phrases, ...
        from .companies import CompanyFinder
        from .metrics import MetricLexicon

        for load in (MetricLexicon.load, CompanyFinder.load):
            try:
                load([d])
            except PatternError as e:
                errors.append(str(e))
    return errors, ", ".join(counts)
