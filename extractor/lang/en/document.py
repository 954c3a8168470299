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

# words before a quarter that compare it with the call's own (versus, from, a year ago)
DOC_COMPARED_BEFORE = (
    r"(?i)\b(?:versus|vs\.?|compar(?:ed|es|ing)|relative\s+to|from|over|than|against"
    r"|following|lapping|since|on\s+top\s+of|in\s+line\s+with|last\s+year|a\s+year\s+ago"
    r"|year[\s-]ago|prior[\s-]year)\b"
)

# words before a year that point at the future (expect, outlook, next)
DOC_FUTURE_WORDS = (
    r"(?i)\b(?:expect\w*|anticipat\w*|guid\w*|outlook|forecast\w*|project(?:s|ed|ing|ion)\b"
    r"|plan(?:s|ned)?\s+to|will|should|by|until|into|next|target\w*|look\s+(?:forward|ahead))\b"
)

# last year's annual report named with its year (2020 annual report, 10-K for fiscal 2020)
DOC_ANNUAL_REPORT = (
    r"(?i)\b((?:19|20)\d\d)\s+(?:annual\s+report|form\s+10-?k|10-?k|annual\s+filing)"
    r"|\b(?:annual\s+report|form\s+10-?k|10-?k)\s+for\s+(?:the\s+)?(?:fiscal\s+)?year\s+"
    r"(?:ended\s+)?(?:[A-Z][a-z]+\s+\d{1,2},\s+)?((?:19|20)\d\d)\b"
)

# a quarter named without a year (third quarter, Q3)
DOC_QUARTER_ONLY = (
    r"(?i)(?<![\w])(?:(?P<f1>fiscal)\s{1,3})?(?:(?P<qc>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[\s-]{1,3}quarter|q(?P<qa>[1-4]))(?![\w])"
)

# words that end a company name in a call title (Q3, fiscal, earnings call)
DOC_NOT_COMPANY_TOKEN = (
    r"(?!(?i:q[1-4]\b|[1-4]q\b|first\b|second\b|third\b|fourth\b|1st\b|2nd\b|3rd\b|4th\b"
    r"|fiscal\b|fy\b|full\b|quarter|earnings\b|conference\b|annual\b|quarterly\b|results\b"
    r"|financial\s+results|call\b|webcast\b|year\b|business\s+update|investor\s+relations)\b)"
)

# the same for a title's first word, which may be "First" (First American Financial)
DOC_NOT_COMPANY_FIRST_TOKEN = (
    r"(?!(?i:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half|earnings|fiscal)"
    r"|q[1-4]\b|[1-4]q\b|fiscal\b|fy\b|full\b|quarter|earnings\b|conference\b|annual\b"
    r"|quarterly\b|results\b|call\b|webcast\b|year\b))"
)

# where a call title's period or call words start (Q3, fiscal, earnings)
DOC_TITLE_PERIOD_START = (
    r"(?i:(?:fiscal\s+|fy\s?)?(?:q[1-4]|[1-4]q|first|second|third|fourth|1st|2nd|3rd|4th)\b"
    r"|fiscal\b|fy\b|full[\s-]year|(?:19|20)\d\d\b|quarterly\b|annual\b|earnings\b"
    r"|financial\s+results|conference\b|results\b|quarter\b)"
)

# words after "welcome to" that name no company (our, the, everyone)
DOC_NOT_WELCOME_COMPANY = r"(?i)^(?:our|the|this|today|everyone|all|you|us|ladies|we)\b"

# words of a job title (chief, officer, director, CFO)
DOC_JOB_WORDS = (
    r"(?i)\b(?:chief|president|vice|vp|svp|evp|officer|head|director|manager|ceo|cfo|coo|cto"
    r"|treasurer|secretary|chair(?:man|woman)?|founder|partner|counsel|controller|investor)\b"
)

# a transcriber's note after a name ([phonetic], (inaudible))
DOC_NAME_NOTE = r"[\[(](?i:phonetic|ph|sp|inaudible)[\])]$"

# signs that a line after a name is speech, not a job title (a pronoun, a URL, a price)
DOC_NOT_JOB_TITLE = (
    r"[$%€£¥@]|https?:|\.\s{1,3}[a-z]|[?!]\s*$"
    r"|\b(?:I|I'[a-z]{1,2}|I’[a-z]{1,2}|we|we're|you|my|me|us|our|it's|that's|this|is|was)\b"
    r"|[a-z]{2}\.\s{1,3}[A-Z][a-z]"  # a sentence ends inside ("this is John. Maybe")
    r"|\b(?i:thank|thanks|okay|sorry|hello|please|yeah|yes|go\s+ahead)\b"
)

# suffixes after a person's name (Jr., PhD, CFA)
DOC_NAME_SUFFIX = r"(?i)(?:jr|sr|ii|iii|iv|ph\.?d|cfa|m\.?d|esq)\.?"

# section titles of a call (prepared remarks, questions and answers)
DOC_SECTION_TITLES = (
    r"(?i)^(?:(?P<pr>prepared\s+remarks|presentation|management\s+discussion(?:\s+section)?"
    r"|opening\s+remarks)"
    r"|(?P<qa>questions?\s*(?:and|&)\s*answers?(?:\s+session)?|question-and-answer\s+session"
    r"|q\s*&\s*a(?:\s+session)?)"
    r"|(?P<pt>(?:call|corporate|company)\s+participants|participants"
    r"|executives|corporate\s+participants)"
    r"|(?P<an>analysts|conference\s+call\s+(?:analysts|participants)))"
    r"\s*[:：]?$"
)

# a call's duration line (Duration: 58 minutes)
DOC_DURATION_LINE = r"(?i)^duration\s*:\s*\d{1,4}\s*min"

# how an operator opens the questions (first question, from the line of)
DOC_QA_INTRO = (
    r"(?i)\b(?:first|1st)\s+question|question[-\s]and[-\s]answer|\bq\s?&\s?a\b"
    r"|\bquestions?\s+(?:today\s+)?(?:comes?|is|will\s+come|coming)\s+from|\bfrom\s+the\s+line\s+of\b"
    r"|\bfirst\s+caller\b|\bpoll\s+for\s+questions"
)

# an operator introducing an analyst and their firm (from John Smith with Acme Securities)
DOC_ANALYST_INTRO = (
    r"\bfrom\s{1,3}(?:the\s{1,3}line\s{1,3}of\s{1,3})?(?:(?:Mr|Ms|Mrs|Dr)\.?\s{1,3})?"
    r"(?P<name>[A-Z][\w'’\-]{0,30}(?:\s{1,3}(?:[A-Z]\.|[A-Z][\w'’\-]{0,30})){0,3})"
    r"\s{0,3},?\s{1,3}(?:with|of|from|at)\s{1,3}(?:the\s{1,3})?"
    r"(?P<firm>[A-Z][\w&'’.\-]{0,40}(?:\s{1,3}(?:[A-Z][\w&'’.\-]{0,40}|&|and|of|de|du|la)){0,6})"
)

# abbreviations a firm name may end with (Inc., Co., L.P.)
DOC_FIRM_ABBREVIATIONS = frozenset(_words("""Inc. Co. Corp. Ltd. Cos. L.P. LLC. Bros."""))

# words after an analyst's name that start no firm name (Please, Go ahead)
DOC_NOT_FIRM_WORDS = frozenset(_words("""Please Your You Go Thank Thanks The Our We Go ahead Ladies"""))

# a copyright mark in a page's furniture
DOC_COPYRIGHT = r"(?i)(?:©|\(c\)|copyright\b)"

# words of a repeated page header (transcript, page, confidential)
DOC_RUNNING_HEADER_WORDS = (
    r"(?i)\b(?:transcript|call|conference|earnings|results|quarter|q[1-4]|page|confidential|final"
    r"|edited|corrected|inc|corp|company|limited|ltd|plc|group|holdings)\b"
)

# words of a job title that no person's name starts with (chief, investor)
DOC_NOT_NAME_JOB_WORD = (
    r"(?!(?i:chief|executive|officer|president|vice|financial|operating|director|head|relations"
    r"|investor|senior|general|manager|treasurer|secretary|chair\w*|founder|counsel|controller"
    r"|accounting|strategy|operations|finance|technology|marketing|development|corporate)\b)"
)

# where a job title after an introduced name ends (", who", " will", a full stop)
DOC_JOB_TITLE_END = (
    r",\s{1,3}(?:and|who|will|is|was|has|please|with|as)\b|\s(?:and|who|will|is|was|has|with)\s"
    r"(?:[A-Z]|our\b|the\b|me\b|us\b|be\b|begin\b|then\b|now\b|also\b|start\b|provide\b)"
    r"|,\s{1,3}(?=[A-Z][a-z]+\s[A-Z][a-z]+,)|(?<!\bSr)(?<!\bJr)(?<!\b[A-Z])\.(?:\s|$)|[;:?!()]"
)

# joining words left at a job title's end (and, of, the)
DOC_JOB_TITLE_TRAIL = r"(?i)[\s,]+(?:and|of|the|at|for|&|our|to|in)$"

# words that make a phrase about a call (earnings, webcast)
DOC_CALL_WORDS = r"(?i:call|conference|webcast|earnings|results|teleconference|presentation)"

# a call title's company with no ticker: the capitalised name before the quarter or year
# it reports ("Brightwell Pharma Q3 2026 Earnings Call Transcript", "Acme Corp. Fourth
# Quarter 2025 Earnings Conference Call")
DOC_TITLE_COMPANY = (
    r"^(?!(?:The\s+|Edited\s+)?(?:FY|(?:Q[1-4]|[1-4]Q|F[1-4]Q|Fiscal|First|Second|Third|Fourth|Full"
    r"|Earnings|Conference|Transcript|(?:19|20)\d\d)\b))"
    r"(?P<co>[A-Z][A-Za-z0-9&.,'’\-]*(?:\s(?:[A-Z&][A-Za-z0-9&.,'’\-]*|of|and|de)){0,5}?)"
    r"\s+(?:Q[1-4]|[1-4]Q|FY\s?'?\d{2,4}|F[1-4]Q|Fiscal|First|Second|Third|Fourth|Full[- ]Year"
    r"|(?:19|20)\d\d)\b"
)

# words of a call transcript's title (earnings call, transcript)
DOC_CALL_TITLE = r"(?i:earnings\s{1,3}(?:conference\s{1,3})?call|conference\s{1,3}call|transcript)"

# words in a call's opening that make the document a call (earnings call)
DOC_CALL_OPENING = r"(?i)\b(?:earnings|conference|quarterly|results)\s+(?:call|discussion|webcast)"

# speaker labels that name no person (Operator, Unidentified Analyst)
DOC_GENERIC_SPEAKERS = (
    r"operator|moderator|host|conference operator|"
    r"(?:unidentified|unknown|unnamed)(?:\s+(?:company|corporate))?"
    r"(?:\s+(?:speaker|participant|analyst|representative|executive|caller|male|female|person))?"
    r"(?:\s+speaker)?(?:\s*\d{1,2})?|company representative|corporate participant|"
    r"analyst|questioner|interviewer|presenter|management"
)

# a quarter's number from its ordinal ("third quarter", "3rd quarter")
DOC_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip

# the ordinal words of a quarter, as a regex
DOC_QUARTER_ORDINAL_WORDS = "(?:" + "|".join(DOC_QUARTER_ORDINALS) + ")"

# "fiscal", "fiscal year", "FY" before or after a quarter
DOC_FISCAL = r"(?:fiscal(?:[\s-]{1,3}year)?|fy)"

# a call's quarter, quarter first: "Q3 2021", "third quarter of fiscal 2021", "fiscal second
# quarter 2021", "Q2 FY2022", "fourth quarter and full year 2021", "quarter 2 2021"
DOC_QUARTER_THEN_YEAR = (
    r"(?<![\w])(?:(?P<f1>" + DOC_FISCAL + r")[\s-]{1,3})?"
    r"(?:q(?P<qa>[1-4])|(?P<qb>[1-4])q|(?P<qc>" + DOC_QUARTER_ORDINAL_WORDS + r")[\s-]{1,3}quarter"
    r"|quarter\s{1,3}(?P<qd>[1-4]))"
    r"(?:\s{0,3},\s{0,3}|\s{1,3}of\s{1,3}|\s{1,3}|-)?"
    r"(?:(?:the\s{1,3})?(?P<f2>" + DOC_FISCAL + r")[\s-]{0,3})?"
    r"(?:and\s{1,3}(?:the\s{1,3})?(?:(?P<f3>fiscal)|full)[\s-]{1,3}year\s{1,3})?"
    r"(?P<y>(?:19|20)\d\d)(?![\w])"
)

# a call's quarter, year first: "2021 Q2", "fiscal 2022 second quarter", "FY2022 Q2"
DOC_YEAR_THEN_QUARTER = (
    r"(?<![\w])(?:(?P<f1>" + DOC_FISCAL + r")[\s-]{0,3})?(?P<y>(?:19|20)\d\d)"
    r"(?:\s{1,3}|\s{0,3}-\s{0,3})(?:(?P<f2>fiscal)\s{1,3})?"
    r"(?:q(?P<qa>[1-4])|(?P<qc>" + DOC_QUARTER_ORDINAL_WORDS + r")[\s-]{1,3}quarter)(?![\w])"
)

# the first half of a year, before the year ("first six months of 2021", "1H 2021")
DOC_HALF_YEAR_OF = (
    r"(?i)\b(?:first\s+half|first\s+six\s+months|six\s+months|1H|H1)\s+(?:of\s+|ended\s+)?"
    r"(?:fiscal\s+(?:year\s+)?)?"
)

# the first nine months of a year, before the year ("nine months ended fiscal 2021")
DOC_NINE_MONTHS_OF = r"(?i)\b(?:first\s+)?nine\s+months\s+(?:of\s+|ended\s+)?(?:fiscal\s+(?:year\s+)?)?"

# a whole year, before the year ("full year 2021", "fiscal year of 2022")
DOC_FULL_YEAR_OF = r"(?i)\b(?:full[\s-]+year|fiscal\s+year|calendar\s+year)\s+(?:of\s+)?"

# exchanges before a ticker in a call's title ("(NYSE: TWLO)")
DOC_TITLE_EXCHANGES = r"NYSE|NASDAQ|Nasdaq|NYSEMKT|NYSE American|AMEX|OTC|TSX"

# exchanges before a ticker anywhere in a document
DOC_TICKER_EXCHANGES = r"NYSE|NASDAQ|Nasdaq|NYSE American|NYSE MKT|AMEX|TSX|LSE|HKEX|SEHK|OTCQX|OTC"

# a heading over an outlook section ("2023 Outlook", "Guidance"): the values under it,
# up to the next heading, are guidance
DOC_OUTLOOK_HEADING = r"\b(?:outlook|guidance|forecasts?)\b"

# a table's header line that says what span its columns cover ("Three Months Ended",
# "Nine months ended", "13 Weeks Ended"): a bare year under it is the span's end
TABLE_SPAN_HEADER = r"\b(?:months|weeks|quarters?)\s+(?:ended|ending)\b"

# (the currencies a row label writes in brackets)
_ROW_CUR = r"US\$|\$US|HK\$|C\$|A\$|NZ\$|S\$|R\$|\$|€|£|¥|RMB|CNY|USD|EUR|GBP|JPY|HKD|CAD|AUD|CHF|INR|Rs\.?"
# (the scales such a label writes: letters case-sensitive, "M" and "m" alike)
_ROW_SCALE = (
    r"(?-i:M|K|B|Bn|BN|MM|m|k|bn|mn|mln|mm|b)|millions?|billions?|thousands?|000s|'000s?|’000s?"
)
# a row label's unit in brackets: a currency and a scale ("Revenue ($M)", "Net debt (€bn)",
# "Sales (US$ millions)", "Capex (in $ thousands)", "Revenue (RMB mn)", "EBITDA (m USD)")
TABLE_ROW_UNIT_NOTE = (
    rf"\((?:in\s+)?(?:(?P<cur>{_ROW_CUR})\s?(?:in\s+)?(?P<scale>{_ROW_SCALE})"
    rf"|(?P<scale2>{_ROW_SCALE})\s?(?:of\s+)?(?P<cur2>{_ROW_CUR}))\)"
)

# a table's header cell over the changes of each row's metric ("YoY change", "% Chg",
# "Increase/(Decrease)")
TABLE_CHANGE_HEADER = (
    r"(?:%\s*|percent(?:age)?\s+)?(?:change|chg\.?|var(?:iance|\.)?|growth)(?:\s*%)?"
    r"|(?:yoy|y/y|q/q|qoq|year[- ]over[- ]year|sequential)(?:\s+(?:change|growth|%))?(?:\s*%)?"
    r"|increase\s*/?\s*\(?decrease\)?(?:\s*%)?"
)
