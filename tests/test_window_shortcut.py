"""Where the last characters of a window begin: the quick answer (no whitespace among
the last ``n`` characters) is the one the character-by-character scan gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.linking.windows import _last_chars


def _scan(text: str, n: int) -> int:
    """The scan from the end, character by character (what ``_last_chars`` did alone)."""
    k = len(text)
    while k > 0:
        k -= 1
        if not text[k].isspace():
            n -= 1
            if n == 0:
                return k
    return 0


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("", 8), ("", 0), ("营收", 0), ("营收同比增长", 8), ("营收同比增长", 6), ("营收同比增长", 5),
        ("营收同比增长 ", 2), ("营收 同比增长", 5), ("营收\u3000同比增长", 5), ("营收\xa0同比", 3),
        ("公司实现营业收入", 8), ("较上年同期\n增长", 4), ("   ", 2), ("增长", 5), ("a b c d", 3),
    ],
)
def test_last_chars_on_written_windows(text: str, n: int) -> None:
    assert _last_chars(text, n) == _scan(text, n)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("营收增长ab1% \t\n\u3000\xa0\u2028")), max_size=20), st.integers(-1, 12))
def test_last_chars_on_generated_windows(text: str, n: int) -> None:
    assert _last_chars(text, n) == _scan(text, n)
