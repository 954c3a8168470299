"""English cue words read by the quantities stage and the number and money normalisers
(``extractor/quantit*.py``, ``extractor/normalize/numbers.py``, ``normalize/money.py``)."""

from __future__ import annotations

# number words below twenty and their values ("three", "nineteen")
NUMERAL_ONES = {
    "zero": 0, "nought": 0, "naught": 0, "oh": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip

# tens words and their values ("forty", and the common misspelling "fourty")
NUMERAL_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# scale words and abbreviations (lower case) and their multipliers; "hundred" multiplies
# the part below a thousand, the others close a group
NUMERAL_SCALES = {
    "hundred": 100,
    "thousand": 10**3, "k": 10**3,
    "lakh": 10**5, "lakhs": 10**5,
    "million": 10**6, "m": 10**6, "mm": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6,
    "crore": 10**7, "crores": 10**7,
    "billion": 10**9, "b": 10**9, "bn": 10**9, "bln": 10**9,
    "trillion": 10**12, "t": 10**12, "tn": 10**12, "trn": 10**12, "tln": 10**12,
}  # fmt: skip

# a sign word before a number ("negative 5", "minus 2%")
NUMERAL_SIGN_WORDS = r"negative|minus"
