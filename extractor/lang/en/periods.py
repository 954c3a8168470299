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
    # the quarter named by its last month ("the September quarter", "the June quarter")
    "march": 1, "june": 2, "september": 3, "december": 4,
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
      | (?:\s?[-/]?\s?|{SP}(?:of|in){SP})(?P<fyw>(?-i:FY)|fiscal(?:{SP}year)?|(?-i:F)(?=[0-9]))\s?{AP}?
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

# after a bare year: a unit or scale word, a percent or a Chinese unit makes the number
# an amount, not a year (the Chinese units are there because English text quotes them)
PERIOD_YEAR_UNIT_GUARD = r"""(?![A-Za-z0-9%]|[.,][0-9]|\s?[-–][0-9]
    |\s{0,2}(?:million|billion|thousand|trillion|mn|bn|mm|percent|per{SP}cent|pct|basis|bps|bp
        |shares|employees|customers|people|stores|units|users|members|locations|restaurants
        |times|tons|barrels|square|sq|miles|km|hours|days|points|pts)(?![A-Za-z])
    |\s{0,2}(?:万|亿|億|元|股|美元|港元|家|人|个|個|%|％))"""

# the English period rules' patterns by rule name ({NAME} fragments are expanded from
# PERIOD_GRAMMAR and normalize/periods.py; each rule's handler reads its named groups)
PERIOD_RULE_PATTERNS = {
    "date": r"{DATE}(?P<more>(?:\s?,\s?{Y4}){0,4}(?:,?{SP}(?:and|&){SP}{Y4})?)",
    "iso": r"""(?<![0-9.,/-])(?:
            (?P<iy>{Y4})-(?P<im>[01]?[0-9])-(?P<id>[0-3]?[0-9])
          | (?P<iy2>{Y4})/(?P<im2>[01]?[0-9])/(?P<id2>[0-3]?[0-9])
          | (?P<iy3>{Y4})\.(?P<im3>[01][0-9])\.(?P<id3>[0-3][0-9])
          | (?P<um>[01]?[0-9])/(?P<ud>[0-3]?[0-9])/(?P<uy>{Y4})
        )(?![0-9]|[-/.][0-9])""",
    "ym_num": r"""(?<![0-9.,/-])(?:
            (?P<y>{Y4})\s?[-/]\s?(?P<m>[01]?[0-9])(?![0-9]|\s?[-/.][0-9]|\s?%)
          | (?P<m2>[01]?[0-9])\s?[-/]\s?(?P<y2>{Y4})(?![-/][0-9])
        )""",
    "fiscal": r"""{NB}(?:the{SP})?
    (?:
        (?P<kw>fiscal(?:{SP}years?)?|financial{SP}years?|fiscal-year|(?-i:FY)|(?-i:F)(?=20[0-9]{2}))
            [ ]?(?P<ap>{AP})?(?P<y>[0-9]{4}|[0-9]{2})(?![0-9])
      | (?P<y4>{Y4}){SP}(?:fiscal|financial)[\s-]{1,3}year(?![A-Za-z])
      | (?:fiscal|financial){SP}year{SP}of{SP}(?P<yo>{Y4})
    )
    (?:[-/](?P<ynext>[0-9]{4}|[0-9]{2})(?![0-9]))?
    (?:
        \s?-?\s?(?:Q(?P<q>[1-4])|H(?P<h>[12]))(?![A-Za-z0-9])
      | {SP}(?P<ordq>{ORD}|final)[\s-]{1,3}quarter(?![A-Za-z])
      | {SP}(?P<ordh>first|second|1st|2nd|back|front)[\s-]{1,3}half(?![A-Za-z])
    )?
    (?P<more>(?:\s?,\s?{Y4}){0,4}
        (?:,?{SP}(?:and|&|or){SP}(?:fiscal{SP}|(?-i:FY)\s?)?(?:{Y4}|(?<=FY)[0-9]{2}(?![0-9])|(?<=FY\s)[0-9]{2}(?![0-9])))?)
    (?![A-Za-z0-9])""",
    "qh_prefix": r"""{NB}(?:(?P<py>{Y4})|(?P<pfy>(?-i:FY)|fiscal(?:{SP}year)?)[ ]?{AP}?(?P<pfyy>[0-9]{4}|[0-9]{2})(?![0-9]))
        \s?[-/]?\s?(?P<qh>[QH])(?P<n>[1-4])(?![A-Za-z0-9]|-[A-Za-z])""",
    "qh_suffix": r"""{NB}(?P<fq>(?-i:F)|fiscal{SP})?(?P<qh>[QH])(?P<n>[1-4])(?:{QSUF})?(?![A-Za-z0-9]|-[A-Za-z])""",
    "nqh": r"""{NB}(?P<fq>(?-i:F))?(?P<n>[1-4])(?P<qh>[QH])(?:{QSUF})?(?![A-Za-z0-9]|-[A-Za-z])""",
    "span": r"""(?:(?P<from>from|between)(?:{SP}(?:the{SP})?(?:calendar{SP})?years?)?{SP})?
        (?:(?P<fis>fiscal(?:{SP}years?)?|(?-i:FY))\s?)?
        {NB}(?P<a>{Y4})
        (?:\s?[-–—~]\s?|{SP}(?P<w>to|through|thru|till|until|and){SP})
        (?:(?P<fis2>(?-i:FY))\s?|fiscal{SP})?
        (?P<b>{Y4})(?![A-Za-z0-9%]|[.,][0-9])""",
    "span_short": r"""{NB}(?P<a2>{Y4})[-/](?P<b2>[0-9]{2})(?![0-9A-Za-z%]|[.,/-][0-9])""",
    "ended": r"""(?:the{SP})?
        (?:(?P<ord>{ORD}|final)[\s-]{1,3})?
        (?:(?P<fis>fiscal|financial){SP})?
        (?:
            (?P<yr>years?)
          | (?P<qtr>quarters?)
          | (?P<per>periods?)
          | (?P<n1>three|six|nine|3|6|9)(?:[\s-]months?)?{SP}and{SP}(?P<n2>six|nine|twelve|6|9|12)[\s-]{1,3}months?
          | (?P<n>three|six|nine|twelve|3|6|9|12)[\s-]{1,3}months?
        )
        (?:{SP}periods?)?
        {SP}(?:then{SP})?
        (?:(?:ended|ending)(?:{SP}(?:ended|ending))?{SP}{DATE}
          | (?:ended|ending|to){SP}(?P<mym>(?:{MONALT})(?![A-Za-z]))\.?,?{SP}(?P<myy>{Y4})(?![0-9]))
        (?P<more>(?:\s?,\s?(?:and{SP})?{Y4}){0,4}(?:,?{SP}(?:and|&){SP}{Y4})?)""",
    "mon_year": r"""{NB}{MON}(?:\s?,\s?|{SP}of{SP}|\s?[-/]\s?|{SP})(?:(?P<y>{Y4})|{AP}(?P<ya>[0-9]{2})(?![0-9]))""",
    "mon_rel": r"""{NB}{MON}(?:{SP}of)?{SP}(?P<rw>this|last|next){SP}year(?![A-Za-z]|-[A-Za-z])""",
    "year_mon": r"""(?<![0-9.,$])(?P<y>{Y4})(?:\s?,\s?|{SP})(?P<mon>(?:{MONALT})(?![A-Za-z]))\.?(?!{SP}[0-9])""",
    "mon_cue": r"""{NB}(?:in|during|since|until|till|through|by|from|early|late|mid|(?:the{SP})?end{SP}of
            |(?:the{SP})?beginning{SP}of|(?:the{SP})?start{SP}of|(?:the{SP})?month{SP}of)[\s-]{1,2}
            (?:(?-i:early|late|mid)[\s-]{1,2})?{MONCAP}
            (?![A-Za-z0-9]|\s?[0-9]|\s?,\s?[0-9]|{SP}of{SP}[0-9]|\s?[-/–]\s?[0-9A-Za-z]|{SP}(?:to|through|thru|until|and){SP}[A-Za-z])""",
    "quarter_ord": r"""(?:(?P<yr0>{Y4}){SP}(?:the{SP})?(?=(?:fiscal{SP})?{ORD}))?
        (?:(?P<pre>this|last|next|prior|previous)(?:{SP}(?P<prefis>fiscal))?{SP}year(?:{AP}s|s{AP})?{SP})?
        (?:the{SP})?
        (?:(?P<f1>fiscal(?:{SP}year)?){SP})?
        (?:(?P<ord>{ORD}|final|(?-i:March|June|September|December))|(?P<lastq>last)(?={SP}(?:fiscal{SP})?quarter{SP}of(?![A-Za-z])))
        (?:[\s-]{1,3}(?P<f2>fiscal))?[\s-]{1,3}quarter(?![A-Za-z]|-(?:over|on|to)(?![A-Za-z]))
        (?:(?:{SP}of|{SP}in|\s?,|)\s{0,3}(?:the{SP}(?=fiscal|calendar))?{YREF})?""",
    "half_words": r"""(?:(?P<pre>this|last|next|prior|previous)(?:{SP}(?P<prefis>fiscal))?{SP}year(?:{AP}s|s{AP})?{SP})?
        (?:the{SP})?
        (?:(?P<f1>fiscal){SP})?
        {NB}(?P<ord>first|second|1st|2nd|back|front|latter)[\s-]{1,3}half(?![A-Za-z]|-(?:time|way|point))
        (?:(?:{SP}of|{SP}in|\s?,|)\s{0,3}(?:the{SP}(?=fiscal|calendar))?{YREF})?
        (?!{SP}of(?![A-Za-z]))""",
    "early_late": r"""{NB}(?P<el>early|late|later)(?:{SP}in)?[\s-]{1,3}(?:the{SP}(?=fiscal|calendar))?{YREF}""",
    "mon_range": r"""(?:(?P<from>from|between){SP})?{NB}{MON}
        (?:{SP}(?P<w>to|through|thru|until|till|and){SP}|\s?[-–]\s?)
        (?P<mon2>(?:{MONALT})(?![A-Za-z]))\.?(?:\s?,\s?|{SP}of{SP}|{SP}in{SP}|{SP})(?P<y>{Y4})""",
    "first_n": r"""(?:the{SP})?{NB}first{SP}(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01])
        [\s-]{1,3}(?P<u>months|quarters)(?![A-Za-z])
        (?:(?:{SP}of|{SP}in|\s?,|)\s{0,3}(?:the{SP}(?=fiscal|calendar))?{YREF})?""",
    "ytd": r"""{NB}(?:year[-\s]to[-\s]date|(?-i:YTD))(?![A-Za-z0-9])""",
    "same_period": r"""(?:the{SP})?{NB}(?:
            (?:same|comparable|corresponding|like){SP}(?:quarter|period)(?:{SP}(?:of|in))?{SP}
                (?:(?:last|the{SP}prior|the{SP}previous|prior|previous)(?:{SP}fiscal)?{SP}year
                  |a{SP}year{SP}(?:ago|earlier)|(?:the{SP})?(?:prior|previous)[-\s]year)
          | (?:year[-\s]ago|year[-\s]earlier|prior[-\s]year|previous[-\s]year|last[-\s]year(?:{AP}s)?)
                (?:{SP}(?:comparable|same|corresponding))?{SP}(?:quarter|period)
        )(?![A-Za-z])""",
    "rel_quarter": r"""(?:the{SP})?{NB}(?:
            (?P<cur>this(?:{SP}past)?|current|present|latest|most{SP}recent|recent|just{SP}(?:completed|ended))
          | (?P<prev>last|prior|previous|past|preceding|sequential)
          | (?P<next>next|coming|upcoming|following|subsequent)
        )(?:{SP}(?P<fis>fiscal))?{SP}quarter(?![A-Za-z]|-[A-Za-z])
        | {NB}(?P<the>the)(?:{SP}(?P<fis2>fiscal))?{SP}quarter(?![A-Za-z]|-[A-Za-z])""",
    "rel_year": r"""{NB}(?:
            (?P<ago>(?:a|one){SP}year{SP}(?:ago|earlier)(?![A-Za-z]))
          | (?:the{SP})?(?P<w>this|current|present|last|prior|previous|next|coming|following|same|that)
                (?:{SP}(?P<cal>calendar)|{SP}(?P<fis>fiscal|financial))?[\s-]{1,3}year
                (?![A-Za-z]|-[A-Za-z]|{SP}(?:ago|earlier)(?![A-Za-z]))
          | (?:the{SP})?(?P<full>full|entire|whole)[\s-]{1,3}(?:(?P<fis3>fiscal){SP})?year
                (?:{SP}(?P<yr>{Y4}))?(?![A-Za-z]|-[A-Za-z])
          | (?<!each\s)(?<!every\s)(?<!per\s)(?<![A-Za-z]a\s)(?:the{SP})?(?P<fis2>fiscal|financial)[\s-]{1,3}year
                (?![A-Za-z]|-[A-Za-z]|{SP}(?:ended|ending|[0-9]|{AP}))
          | (?P<fyb>(?-i:FY))(?![A-Za-z0-9]|\s?[0-9]|{AP})
          | (?P<aft>the{SP}year{SP}after{SP}next|the{SP}year{SP}before{SP}last)(?![A-Za-z])
          | (?P<the>the){SP}year(?![A-Za-z]|-|{SP}(?:ago|earlier|before|after|over|on|to|ended|ending|of|[0-9])(?![A-Za-z]))
        )""",
    "next_n": r"""(?:the{SP})?{NB}(?P<dir>next|coming|following|upcoming|past|last|prior|previous|preceding)
        {SP}(?P<n>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|few|couple{SP}of)
        (?:{SP}(?:fiscal|calendar))?{SP}years(?![A-Za-z])""",
    "through": r"""{NB}(?:through|thru|until|till)(?:{SP}the{SP}end{SP}of)?{SP}(?:(?P<fis>fiscal|(?-i:FY))\s?)?
        (?P<y>{Y4})(?![A-Za-z0-9%]|[.,][0-9]|\s?[-–][0-9])""",
    "end_of": r"""{NB}(?:
            (?:the{SP})?end{SP}of{SP}(?:(?P<eoy>year)(?![A-Za-z])|{YREF})
          | (?:fiscal{SP})?year[-\s]end{SP}(?P<ye>{Y4})
        )""",
    "year": r"""(?:the{SP})?{NB}(?:calendar{SP}year|year)(?:{SP}of)?{SP}(?P<y1>{Y4})
        | {NB}(?:calendar|(?-i:CY))\s?(?:{AP}(?P<y2>[0-9]{2})|(?P<y3>[0-9]{4}))(?![0-9])
        | (?<![A-Za-z0-9])(?P<ya>{AP}[0-9]{2})(?![0-9A-Za-z%]|[.,][0-9])
        | (?<![A-Za-z0-9$€£¥#.,/:])(?<![0-9][-–])(?P<y>{Y4})"""
        + PERIOD_YEAR_UNIT_GUARD,
    "weekday": r"""(?:(?P<last>last|this|next|previous|past){SP})?
        {NB}(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![A-Za-z])""",
    "today": r"""{NB}(?-i:[Tt]oday|[Yy]esterday|[Tt]omorrow)(?![A-Za-z])""",
}

# words joining two periods into one list ("2020 and 2021")
PERIOD_JOIN_WORDS = r"and|or"

# accounting standards numbered by year ("ASU No. 2018-02"): the number dates nothing
PERIOD_STANDARD_NAMES = (
    r"ASU|ASC|SFAS|FAS|FSP|EITF|SAB|(?:Accounting\s+)?Standards\s+Update|Staff\s+Position"
)

# "that day", "the same day": the day of the period just named
PERIOD_SAME_DAY = r"\b(?:that|the same) day\b"

# words that may come before a text that is one period ("in 2021", "for the quarter")
PERIOD_LEAD_WORDS = r"in|during|for|on|at|of|over|since|by|from"

# "as of", "at": a point in time before a date
PERIOD_AS_OF = r"{NB}(?:as{SP}(?:of|at)|at){SP}"

# a fiscal year word before a year in a list ("fiscal 2020, 2021")
PERIOD_MORE_YEAR_FISCAL = r"fiscal\s{1,3}|FY\s?"

# words before "a year ago" in a call that make it the year before a year spoken of
# ("full-year revenue was $4 billion, up from $3.5 billion a year ago"); without them a
# call's "a year ago" is the call's quarter a year before
PERIOD_YEAR_LEVEL_WORDS = (
    r"\b(?:full[-\s]year|fiscal(?:\s+year)?|annual(?:ly)?|for\s+the\s+(?:whole\s+)?year|"
    r"year[-\s]to[-\s]date|first\s+half|second\s+half|nine\s+months|twelve\s+months|12\s+months)\b|"
    r"(?-i:\bFY|\bYTD\b|\b[12]H\b|\bH[12]\b)"
)
