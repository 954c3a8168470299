"""Where the last words of a text window begin: end-anchored cues are looked for there only."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s")


def _last_chars(text: str, n: int) -> int:
    """Where the last ``n`` characters of ``text`` other than whitespace begin (0 if it
    has no more): the same for Chinese, whose cues are a few characters without spaces.

    >>> _last_chars("营收同比增长 ", 2), _last_chars("增长", 5)
    (4, 0)
    """
    k = len(text) - n
    if n > 0 and k >= 0 and not _SPACE.search(text, k):
        return k  # no whitespace among the last n characters (the usual case)
    k = len(text)
    while k > 0:
        k -= 1
        if not text[k].isspace():
            n -= 1
            if n == 0:
                return k
    return 0


def _last_words(text: str, n: int) -> int:
    """Where the last ``n`` whitespace-separated words of ``text`` begin (0 if it has no
    more): a pattern anchored at the end that spans fewer words cannot match before.

    >>> t = "revenue was up 5% to"
    >>> _last_words(t, 2), _last_words(t, 9)
    (14, 0)
    """
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0
