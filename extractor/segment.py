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

__all__ = ["clause_bounds", "is_table", "is_table_row", "split_sentences"]


@functools.cache
def _rules(lang: str) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A language's sentence end, its abbreviations and its clause break, compiled once."""
    data = get_language(lang)
    return (
        re.compile(data.regex("SENTENCE_END")),
        data.word_set("SENTENCE_ABBREVIATIONS"),
        re.compile(data.regex("CLAUSE_BREAK")),
    )


# a gap between two cells of a table row: a tab, three spaces or more, or a "|" rule
_CELL_GAP = re.compile(r"\S(?:\t| {3,})(?=\S)|\|")


def is_table_row(line: str) -> bool:
    """Is ``line`` a row of table cells (two "|" rules, or cells apart by a tab or three
    spaces)?

    >>> is_table_row("| Sales | $5 |"), is_table_row("Sales     $5"), is_table_row("Sales rose.")
    (True, True, False)
    """
    if "|" not in line and "\t" not in line and "   " not in line:
        return False  # no gap a cell could end at (most lines: no regex)
    gaps = _CELL_GAP.findall(line)
    return bool(gaps) and (len(gaps) >= 2 or "|" not in gaps)


def is_table(text: str) -> bool:
    r"""Is a paragraph a table: two lines or more, most of them rows of cells (separated
    by tabs, wide gaps of spaces or "|" rules), one of them holding a digit?

    >>> is_table("Revenue     $1,234    $1,100\nCosts       $800      $750")
    True
    >>> is_table("| Metric | 2024 |\n|---|---|\n| Sales | $5 |")
    True
    >>> is_table("Revenue rose 5% to $1.2 billion in the quarter, and costs\nfell 3%.")
    False
    """
    if "\n" not in text or not any(c.isdigit() for c in text):
        return False
    lines = [ln for ln in text.split("\n") if ln.strip()]
    rows = sum(1 for ln in lines if is_table_row(ln))
    return rows >= 2 and rows * 2 >= len(lines)


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences; return half-open ``(start, end)`` offsets.

    Leading/trailing whitespace is excluded from each sentence; empty pieces are dropped.
    Each line of a table (:func:`is_table`) is a sentence of its own.
    """
    end, abbreviations, _ = _rules(lang)
    cuts: list[int] = []
    for m in end.finditer(text):
        if text[m.start()] == "." and _is_abbrev(text, m.start(), abbreviations):
            continue
        cuts.append(m.end())
    if is_table(text):
        cuts = sorted({*cuts, *(i + 1 for i, c in enumerate(text) if c == "\n")})
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
