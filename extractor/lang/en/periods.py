"""English cue words read by ``extractor/normalize/periods.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# number words for counts of periods (the last three quarters)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# month number by name and abbreviation
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# weekday number (Monday = 0) by name
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# quarter number by ordinal word (third quarter, final quarter)
QUARTER_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

# half number by ordinal word (first half, back half)
HALF_ORDINALS = {
    "first": 1, "second": 2, "1st": 1, "2nd": 2, "back": 2, "front": 1, "latter": 2,
}  # fmt: skip

# English period grammar fragments, referenced as {NAME} by the rules of
# normalize/periods.py (SP, NB, NA, AP, Y4, MON, MONALT come from there)
PERIOD_GRAMMAR = {
    "ORD": r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
    # a year after "quarter of", "first half", "Q2": fiscal 2021, FY21, '21, 2021, last year
    "YREF": r"""(?:
        (?P<fyw>fiscal(?:{SP}year)?|financial{SP}year|(?-i:FY)|(?-i:F)(?=[0-9]{4}))
            [ ]?{AP}?(?P<yf>[0-9]{4}|[0-9]{2})(?![0-9])
      | (?:calendar(?:{SP}year)?|(?-i:CY))[ ]?{AP}?(?P<yc>[0-9]{4}|[0-9]{2})(?![0-9])
      | {AP}(?P<ya>[0-9]{2})(?![0-9])
      | (?P<y>{Y4})
      | (?P<rel>this|last|next|current|prior|previous|
                the(?:{SP}(?:current|prior|previous|last|next|same))?)
            (?:{SP}(?P<relfy>fiscal|financial))?{SP}year(?![A-Za-z]|-[A-Za-z])
    )""",
    # the year after Q2/H1/2Q: Q2'21, Q2 FY21, 2Q21, Q2 2021, Q2 of 2021, Q4 of last year
    "QSUF": r"""(?:
        \s?{AP}(?P<ya>[0-9]{2})(?![0-9])
      | (?<=[1-4][QqHh])(?P<yb>[0-9]{2})(?![0-9])
      | \s?[-/]?\s?(?P<fyw>(?-i:FY)|fiscal(?:{SP}year)?|(?-i:F)(?=[0-9]))\s?{AP}?
            (?P<yf>[0-9]{4}|[0-9]{2})(?![0-9])
      | (?:\s?[-/,]\s?|{SP}of{SP}|{SP}in{SP}|[ ]{1,2})(?P<y>{Y4})
      | (?:{SP}of)?{SP}(?P<rel>this|last|next|current|prior|previous|the)
            (?:{SP}(?P<relfy>fiscal))?{SP}year(?![A-Za-z]|-[A-Za-z])
    )""",
    # an English date, year optional: June 30, 2021 / 30 June 2021 / 2021-06-30 / 6/30/2021
    "DATE": r"""(?:
        (?P<dm>(?:{MONALT})(?![A-Za-z]))\.?{SP}(?P<dd>[0-3]?[0-9])(?:st|nd|rd|th)?
            (?![0-9]|[.,][0-9]|\s?%)(?:(?:\s?,\s?|{SP})(?P<dy>{Y4}))?
      | (?<![0-9.,$])(?P<ed>[0-3]?[0-9])(?:st|nd|rd|th)?{SP}(?:of{SP})?
            (?P<em>(?:{MONALT})(?![A-Za-z]))\.?(?:(?:\s?,\s?|{SP})(?P<ey>{Y4}))?
      | (?<![0-9.,/-])(?P<iy>{Y4})-(?P<im>[01]?[0-9])-(?P<id>[0-3]?[0-9])(?![0-9])
      | (?<![0-9.,/-])(?P<um>[01]?[0-9])/(?P<ud>[0-3]?[0-9])/(?P<uy>{Y4})(?![0-9/])
    )""",
}
