"""English cue words read by ``extractor/segment.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# abbreviations whose period does not end a sentence
SENTENCE_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "plc", "llc", "no", "nos", "vs", "etc", "approx", "est", "dept", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.s.a", "a.m", "p.m", "mln", "bn", "ph.d", "gov", "gen", "lt", "col", "sgt", "rev", "op", "vol", "pp", "ed", "eds", "al", "rs", "fr", "sfr", "adj", "excl", "incl", "qtr", "avg", "dil", "intl"]
)

# where an English sentence may end: end punctuation, closing quotes, then a capital, a
# digit or a currency sign (a period after an abbreviation is checked separately)
SENTENCE_END = r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9$€£¥]|\s*$)"

# where a clause ends inside a sentence (a value's clause bounds what it is linked with)
CLAUSE_BREAK = r"[;:]|,\s+(?:and|but|while|whereas|which|compared|versus|with)\b|\s--?\s"
