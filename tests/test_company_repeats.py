"""Repeated company names are found where a regex of the names (longest first) finds them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.company_rules_zh import _leftmost_longest

_ALPHABET = "甲乙丙科技AB1 、，"


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=40),
    words=st.sets(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), max_size=5),
)
def test_same_as_a_regex_of_the_words(text: str, words: set[str]) -> None:
    if not words:
        assert _leftmost_longest(text, words) == []
        return
    rx = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert _leftmost_longest(text, words) == [(m.start(), m.group()) for m in rx.finditer(text)]
