"""Records of one text by their text, each checked against its span (a helper of tests)."""

from __future__ import annotations

from typing import Any


def by_text(ex: Any, text: str, lang: str = "en") -> dict[str, Any]:
    """``ex.extract(text)`` as {record text: record}; every span reads back its text."""
    recs = ex.extract(text, lang=lang)
    for r in recs:
        assert text[r.start : r.end] == r.text
    return {r.text: r for r in recs}
