"""A toy language for tests: a language is one folder of named fragments."""

NAME = "Toy"

# a sentence ends at a period, "!" or "?" followed by a space or the end
SENTENCE_END = r"[.!?]+(?=\s|$)"

# abbreviations whose period does not end a sentence
SENTENCE_ABBREVIATIONS = ("zb", "usw")

# clause breaks: a semicolon or the toy word "aber"
CLAUSE_BREAK = r";|\saber\b"
