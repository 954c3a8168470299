"""A linking cue compiled for each language from the same-named fragment of each."""

from __future__ import annotations

import re

from ..lang import get_language


def per_language(name: str) -> dict[str, re.Pattern[str]]:
    """The fragment ``name`` of English (case-insensitive) and of Chinese, compiled."""
    return {
        "en": re.compile(get_language("en").regex(name), re.IGNORECASE),
        "zh": re.compile(get_language("zh").regex(name)),
    }
