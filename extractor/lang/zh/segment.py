"""Chinese cue words read by ``extractor/segment.py``."""

from __future__ import annotations

# where a Chinese sentence ends: end punctuation (with closing quotes) or a line break
SENTENCE_END = r"[。！？!?；;]+[”’」』）)]*|\n+"

# none: Chinese end punctuation never follows an abbreviation
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset()

# where a clause ends inside a sentence (a value's clause bounds what it is linked with)
CLAUSE_BREAK = r"[，,；;：:、]"
