"""Errors raised by `extractor`."""

from __future__ import annotations

from pathlib import Path

__all__ = ["PatternError"]


class PatternError(ValueError):
    """A pattern file is malformed.

    The message names the file, the line (1-based) and what is wrong, e.g.
    ``patterns/metrics.jsonl:12: unknown key "LOWR"``. The attributes ``path``,
    ``line`` and ``reason`` carry the same facts for programs.
    """

    def __init__(self, path: str | Path, line: int | None, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")
