"""Pattern files: loading and validation.

Pattern data lives in JSONL files (one JSON object per line; blank lines and lines
starting with ``#`` are ignored; lines end at ``\n`` only; a leading UTF-8 byte-order
mark is skipped; a key given twice in one object is an error). The built-in files ship with the package; users add
directories of their own with the same file names (``metrics.jsonl``,
``companies.jsonl``), whose entries are added to (or, for the same ``id``, replace)
the built-in ones.

Every file is validated as a whole before anything is used: a malformed file raises
:class:`extractor.PatternError` naming the file, the line and what is wrong, and
nothing is half-loaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, cast

from .errors import PatternError

__all__ = [
    "PATTERN_FILES",
    "Field",
    "builtin_patterns_dir",
    "check_pattern_dir",
    "iter_pattern_files",
    "read_jsonl",
]


def builtin_patterns_dir() -> Path:
    """The directory of the built-in pattern files (inside the wheel, or the repo's)."""
    here = Path(__file__).resolve().parent
    packaged = here / "_patterns"
    if packaged.is_dir():
        return packaged
    return here.parent / "patterns"


class Field:
    """One key of a pattern-file entry: its JSON type and whether it is required."""

    def __init__(
        self,
        kind: type | tuple[type, ...],
        *,
        required: bool = False,
        list_of: type | None = None,
        choices: Iterable[Any] | None = None,
    ) -> None:
        self.kind = kind
        self.required = required
        self.list_of = list_of
        self.choices = frozenset(choices) if choices is not None else None

    def check(self, key: str, value: Any) -> str | None:
        """Return what is wrong with ``value``, or None when it is fine."""
        if not isinstance(value, self.kind) or isinstance(value, bool) and self.kind is not bool:
            return f'key "{key}": expected {_type_name(self.kind)}, got {type(value).__name__}'
        if self.list_of is not None:
            items = cast("list[Any]", value)
            for i, item in enumerate(items):
                if not isinstance(item, self.list_of):
                    return (
                        f'key "{key}"[{i}]: expected {_type_name(self.list_of)}, '
                        f"got {type(item).__name__}"
                    )
                if isinstance(item, str) and not item.strip():
                    return f'key "{key}"[{i}]: empty string'
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(sorted(map(str, self.choices)))
            return f'key "{key}": {value!r} is not one of {allowed}'
        return None


def _type_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return {"str": "a string", "list": "a list", "dict": "an object", "bool": "true/false"}.get(
        kind.__name__, kind.__name__
    )


def read_jsonl(path: str | Path, schema: Mapping[str, Field]) -> list[tuple[int, dict[str, Any]]]:
    """Read and validate a JSONL pattern file; return ``(line_number, entry)`` pairs.

    Raises :class:`PatternError` with the file and line for the first problem found.
    """
    p = Path(path)
    if p.is_dir():
        raise PatternError(p, None, "is a directory, not a pattern file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise PatternError(p, None, f"cannot read: {e.strerror or e}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark, as some editors write
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad_line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise PatternError(
            p, bad_line, f"not UTF-8 text ({e.reason} at byte {col} of the line)"
        ) from None
    out: list[tuple[int, dict[str, Any]]] = []
    # lines end at "\n" only: U+2028, U+0085 and friends may stand inside a JSON string
    # or a comment without shifting the line numbers
    for lineno, line in enumerate(raw.split("\n"), start=1):
        s = line.strip(_BLANK)
        if not s or s.startswith("#"):
            continue
        if len(s) > MAX_LINE_CHARS:
            raise PatternError(p, lineno, f"line longer than {MAX_LINE_CHARS:,} characters")
        try:
            entry = json.loads(s, object_pairs_hook=_no_duplicate_keys)
        except json.JSONDecodeError as e:
            raise PatternError(p, lineno, f"invalid JSON: {e.msg} (column {e.colno})") from None
        except _DuplicateKey as e:
            raise PatternError(p, lineno, f'duplicate key "{e.args[0]}" in one object') from None
        except RecursionError:
            raise PatternError(p, lineno, "invalid JSON: nested too deeply") from None
        except ValueError as e:  # e.g. an integer of thousands of digits
            raise PatternError(p, lineno, f"invalid JSON: {e}") from None
        if not isinstance(entry, dict):
            raise PatternError(p, lineno, f"expected a JSON object, got {type(entry).__name__}")
        for key in entry:
            if key not in schema:
                allowed = ", ".join(f'"{k}"' for k in schema)
                raise PatternError(p, lineno, f'unknown key "{key}" (allowed: {allowed})')
        for key, field in schema.items():
            if key not in entry:
                if field.required:
                    raise PatternError(p, lineno, f'missing required key "{key}"')
                continue
            problem = field.check(key, entry[key])
            if problem:
                raise PatternError(p, lineno, problem)
        out.append((lineno, entry))
    return out


#: The file names a pattern directory may hold; any other ``*.jsonl`` there is an error
#: (a misspelt ``metric.jsonl`` would otherwise be silently ignored).
PATTERN_FILES = ("metrics.jsonl", "companies.jsonl", "currencies.jsonl")
#: No entry of a pattern file needs a longer line.
MAX_LINE_CHARS = 1_000_000
# what may surround an entry on its line (not U+2028, U+0085 etc.: str.strip() would)
_BLANK = " \t\r\f\v\ufeff"


class _DuplicateKey(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _DuplicateKey(k)
        out[k] = v
    return out


def check_pattern_dir(d: str | Path) -> Path:
    """``d`` as a ``Path`` after checking it is a directory holding only known pattern
    files (:data:`PATTERN_FILES`, each a regular file); else :class:`PatternError`."""
    dp = Path(d)
    if not dp.exists():
        raise PatternError(dp, None, "pattern directory does not exist")
    if not dp.is_dir():
        raise PatternError(dp, None, "not a directory (give the directory holding the pattern files)")
    for f in sorted(dp.glob("*.jsonl")):
        if f.name not in PATTERN_FILES:
            known = ", ".join(PATTERN_FILES)
            raise PatternError(f, None, f"unknown pattern file name (expected one of: {known})")
        if not f.is_file():
            raise PatternError(f, None, "is a directory, not a pattern file")
    return dp


def iter_pattern_files(dirs: Iterable[str | Path], name: str) -> list[Path]:
    """The files called ``name`` in each of ``dirs`` (in order), built-ins first.

    A directory that does not exist, is a file, or holds a ``*.jsonl`` file of an unknown
    name (or one that is not a regular file) raises :class:`PatternError`.
    """
    files = []
    for d in dirs:
        f = check_pattern_dir(d) / name
        if f.is_file():
            files.append(f)
    return files
