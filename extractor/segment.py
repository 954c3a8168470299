"""Sentence and clause splitting (pure, no spaCy).

Sentences are returned as ``(start, end)`` offsets into the paragraph, so every record
keeps an exact span.

>>> s = "Revenue was $1.2 billion, up 5%. We expect Q3 growth of 50% to 52%."
>>> [s[a:b] for a, b in split_sentences(s, "en")]
['Revenue was $1.2 billion, up 5%.', 'We expect Q3 growth of 50% to 52%.']
>>> z = "营收达到1.669亿美元。净亏损为3550万美元！"
>>> [z[a:b] for a, b in split_sentences(z, "zh")]
['营收达到1.669亿美元。', '净亏损为3550万美元！']
"""

from __future__ import annotations

import functools
import re

from .lang import get_language

__all__ = ["clause_bounds", "split_sentences"]


@functools.cache
def _rules(lang: str) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A language's sentence end, its abbreviations and its clause break, compiled once."""
    data = get_language(lang)
    return (
        re.compile(data.regex("SENTENCE_END")),
        data.word_set("SENTENCE_ABBREVIATIONS"),
        re.compile(data.regex("CLAUSE_BREAK")),
    )


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences; return half-open ``(start, end)`` offsets.

    Leading/trailing whitespace is excluded from each sentence; empty pieces are dropped.
    """
    end, abbreviations, _ = _rules(lang)
    cuts: list[int] = []
    for m in end.finditer(text):
        if text[m.start()] == "." and _is_abbrev(text, m.start(), abbreviations):
            continue
        cuts.append(m.end())
    out: list[tuple[int, int]] = []
    prev = 0
    for c in [*cuts, len(text)]:
        a, b = prev, c
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        prev = c
    return out


def _is_abbrev(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Is the period at ``dot`` the end of an abbreviation (or an initial like "Z.")?"""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[i].isupper():  # an initial: "Khozema Z. Shipchandler"
        return True
    return word in abbreviations


def clause_bounds(sentence: str, pos: int, lang: str) -> tuple[int, int]:
    """The ``(start, end)`` of the clause around character ``pos`` of ``sentence``.

    >>> s = "Revenue was $5 million; costs were $3 million"
    >>> a, b = clause_bounds(s, s.index("$3"), "en")
    >>> s[a:b].strip()
    'costs were $3 million'
    """
    start, end = 0, len(sentence)
    for m in _rules(lang)[2].finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end
