"""English cue words read by ``extractor/document.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# month number by three-letter abbreviation (dates in a document's header)
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# a month name, full or abbreviated (dates in a document's header)
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

# lower-case particles inside a person's name (van, de, bin)
NAME_PARTICLES = frozenset(
    _words("""de da van von der den del della di du la le bin al el dos das y st. st mac ter ten""")
)

# words that make a line no speaker's name when it is made of them
NOT_NAME_WORDS = frozenset(
    _words(
        """thank thanks okay ok yes yeah no good great hello hi sure right well so and but or if
        both maybe actually basically look listen again indeed anyway perhaps probably honestly
        frankly obviously certainly definitely clearly um uh oh alright agreed true gotcha sounds
        wonderful excellent fine nice super cool awesome sorry
        question questions answer answers note notes source sources revenue revenues total net
        gross q a re subject date time title contents prepared call conference duration
        disclaimer forward safe important editor update updated more all image related read see
        click copyright risk key highlights outlook guidance summary overview agenda
        presentation operating financial fiscal quarter first second third fourth full year www
        http https income sales profit loss margin margins eps ebitda cash flow earnings
        dividend growth results statements statement participants remarks transcript tags
        category price target rating market shares stock analysis report reports table figure
        chart exhibit section part item chapter page step option phase tip warning caution
        example examples bottom line takeaway takeaways conclusion introduction background fact
        facts why what how when where who which this that these those it we i you he she they
        our my its their in on at for to of by with from as is are was were be been q1 q2 q3 q4
        fy h1 h2 today yesterday now then also however please let just very mr mrs ms dr prof
        sir madam ladies gentlemen hey correct exactly absolutely got understood perfect fair
        appreciate sorry pardon"""
    )
)

# words that make a line no speaker's name wherever they appear in it
NOT_NAME_ANY = frozenset(
    _words(
        """revenue revenues income ebitda eps margin margins earnings quarter quarterly results
        guidance outlook highlights transcript statements remarks participants q1 q2 q3 q4 fy h1
        h2 the of and for to in on at by with from is are was were our we this that"""
    )
)

# titles before a name, ignored when comparing names (mr, dr)
HONORIFICS = frozenset(_words("""mr mrs ms dr prof sir"""))

# suffixes after a name, ignored when comparing names (jr, cfa)
NAME_SUFFIXES = frozenset(_words("""jr sr ii iii iv cfa phd md"""))

# short given names and the full name they stand for (bob -> robert)
NICKNAMES = {
    "bob": "robert", "bill": "william", "dick": "richard", "rick": "richard", "ted": "edward",
    "chuck": "charles", "jack": "john", "hank": "henry", "peggy": "margaret", "betsy": "elizabeth",
    "tony": "anthony", "sandy": "alexander", "jim": "james", "jimmy": "james", "bud": "william",
}  # fmt: skip
