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
    "crore": 10**7, "crores": 10**7, "cr": 10**7, "crs": 10**7,
    "billion": 10**9, "b": 10**9, "bn": 10**9, "bln": 10**9,
    "trillion": 10**12, "t": 10**12, "tn": 10**12, "trn": 10**12, "tln": 10**12,
    "bil": 10**9, "tril": 10**12,
    "thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12,
    # other languages' scale words that English business text quotes after an amount
    # ("Rp 1.2 triliun", "R$ 3,4 bilhões", "€1.2 Mrd", "2 milliards d'euros"); not the
    # Spanish "billón" (a million millions) nor the Portuguese "mil" (a thousand)
    "juta": 10**6, "miliar": 10**9, "triliun": 10**12,
    "milhão": 10**6, "milhões": 10**6, "bilhão": 10**9, "bilhões": 10**9,
    "millón": 10**6, "millones": 10**6,
    "mio": 10**6, "mrd": 10**9, "milliard": 10**9, "milliards": 10**9,
}  # fmt: skip

# a sign word before a number ("negative 5", "minus 2%")
NUMERAL_SIGN_WORDS = r"negative|minus"

# number words a run of English number words is made of (longest first where one word
# starts another: "seventeen" before "seven")
QUANTITY_NUMBER_WORDS = (
    "seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|seventy|"
    "eleven|twelve|twenty|thirty|forty|fourty|fifty|sixty|eighty|ninety|"
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    "hundred|thousand|million|billion|trillion"
)

# scale words after "a"/"an" that make it a number ("a hundred", "a million")
QUANTITY_ROUND_SCALES = r"hundred|thousand|million|billion|trillion"

# scale words, as lower case tuple, that start a vague amount after "few"/"several"
QUANTITY_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")

# the part of a scale a fraction word names ("half a million", "three quarters billion")
QUANTITY_FRACTION_PARTS = r"half|quarter|three[ -]quarters?"

# the scales a fraction word may take
QUANTITY_FRACTION_SCALES = r"million|billion|trillion"

# a fraction of a point ("three-quarters of a percentage point", "a quarter-point cut",
# "half a basis point", "half a point"): the kind of point in group kind
QUANTITY_POINT_FRACTION = (
    r"\b(?:(?:an?|one)[ ]{1,2})?(?P<ppart>half|quarter|three[ -]quarters?)"
    r"(?:[ ]{1,2}of)?(?:[ ]{1,2}(?:an?|one))?[ -]{1,2}"
    r"(?:(?P<kind>percentage|basis)[ -]{1,2})?points?\b"
)

# the value of each fraction word (any other, "three quarters", is 0.75)
QUANTITY_FRACTION_VALUES = {"half": "0.5", "quarter": "0.25"}

# a scale word or abbreviation written after digits ("5 million", "4.2bn", "3 lakh crore")
QUANTITY_SCALES_AFTER = (
    r"thousands?(?:[ ]million)?|millions?|billions?|trillions?|hundred|lakhs?(?:[ ](?:crores?|crs?))?|crores?"
    # ("Rs 5,000 cr", "₹1,200 Cr": the crore abbreviated, as Indian business news writes it)
    r"|mln|bln|mil|bil|tril|mn|bn|tn|trn|tln|mm|crs?"
    r"|juta|miliar|triliun|milhão|milhões|bilhão|bilhões|millón|millones|mio|mrd|milliards?"
)

# percentage points written after a number ("2 percentage points", "50 ppts")
QUANTITY_POINT_WORDS = r"percentage[ -](?:points?|pts?)|percent[ -]points?|pct[ -](?:points?|pts?)|ppts?"

# basis points written after a number ("25 basis points", "30bps")
QUANTITY_BASIS_POINT_WORDS = r"basis[ -](?:points?|pts?)|bps|bp|bips"

# percent written as a word after a number ("5 percent", "5 per cent", "5 pct")
QUANTITY_PERCENT_WORDS = r"percent(?:age)?s?|per[ -]cent|pct"

# the noun that makes a number a share count ("1.2 million shares"), with the words
# that may stand between ("10 million of its shares", "3 million ordinary shares",
# "2 million Class A shares", "4,000,000 ADSs", "25,000,000 new shares", "84 million
# diluted shares", "1.5 million weighted-average basic shares")
QUANTITY_SHARE_WORDS = (
    r"(?:of[ ](?:its|our|their|the[ ]company's)[ ])?"
    r"(?:(?:new|additional|existing|restricted|treasury|unvested|outstanding|issued|diluted"
    r"|fully[ -]diluted|basic|weighted[ -]average|voting|non-voting|bonus)[ ]){0,2}"
    r"(?:(?:common|ordinary|preferred|preference|class[ ][a-c]|(?-i:[ABH]))[ -](?:common[ ])?)?"
    r"shares|ADSs|ADRs"
)

# the words right before a year that make it no count of the shares written after it
# ("In 2022 shares rose 5%", "fiscal 2024 diluted shares of 40 million", "Q3 2025 diluted
# shares"); "bought 2000 shares" stays a count
QUANTITY_YEAR_BEFORE_SHARES = (
    r"(?<![A-Za-z])(?:in|of|fiscal|year|FY|Q[1-4]|[1-4]Q|H[12]|since|during|through|until"
    r"|calendar|full|end|early|late|mid)[ ]$"
)

# words before a number that make a glued "c" no cents: a label ("Rule 3c", "Form 10c",
# "Class 4c") or a temperature ("hit 35c", "highs of 40c")
QUANTITY_GLUED_CENT_NOT_AFTER = (
    r"(?:section|sec\.|rule|form|item|note|class|grade|tier|chapter|article|part|schedule|"
    r"exhibit|annex|appendix|clause|paragraph|type|model|series|version|level|phase|stage|"
    r"figure|fig\.|table|page|room|unit|gate|route|highway|platform|category|zone)\s*$"
    r"|temperatures?\b|degrees?\b|heat\b|celsius|highs?\sof|lows?\sof|hot\b|warm"
)

# "points" after a number, read as percentage points only beside a rate (below)
QUANTITY_RATE_POINTS = r"points?|pts?"

# words naming a rate, whose "points" are percentage points ("margin improved 2 points",
# "added 4 points to organic growth", "market share rose 1.5 points")
QUANTITY_RATE_WORDS = (
    r"margins?|growth|rates?|share|yields?|ratio|percentage|penetration|occupancy|"
    r"utili[sz]ation|retention|churn|comps?|inflation|unemployment"
)

# "tens of millions of dollars": the multiple before a plural scale
QUANTITY_VAGUE_MULTIPLES = r"tens|hundreds"

# "millions of dollars": a plural scale that is an order of magnitude, not a number
QUANTITY_VAGUE_SCALES = r"thousands|millions|billions|trillions"

# qualifier words and what they say of the number: about (~), more (>), at least (>=),
# less (<), at most (<=); looked up in lower case, spaces single
QUALIFIER_WORDS = {
    "about": "~", "approximately": "~", "approx.": "~", "roughly": "~", "around": "~",
    "nearly": "~", "almost": "~", "close to": "~", "circa": "~", "or so": "~",
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "north of": ">", "greater than": ">",
    "at least": ">=", "no less than": ">=", "not less than": ">=", "a minimum of": ">=",
    "minimum of": ">=", "or more": ">=", "or above": ">=", "or higher": ">=",
    "or greater": ">=", "plus": ">=", "+": ">=", "and above": ">=", "and up": ">=",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "shy of": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=", "not more than": "<=",
    "a maximum of": "<=", "maximum of": "<=", "as much as": "<=", "as many as": "<=",
    "or less": "<=", "or fewer": "<=", "or below": "<=", "or lower": "<=",
    "sub": "<", "-plus": ">=",
}  # fmt: skip

# a qualifier glued before a number by a hyphen ("churn was sub-1%", "a sub-$1 billion deal")
QUALIFIER_HYPHEN_BEFORE = r"(?<![A-Za-z])(?i:sub)-$"

# a qualifier between a number and its percent ("up 20-plus percent", "20-plus%")
QUANTITY_APPROX_BEFORE_PERCENT = r"-plus(?=[ ]?%|[ ](?i:percent|per[ ]cent)(?![A-Za-z]))"

# qualifier words written before a number ("about $5 million", "more than 10%")
QUALIFIER_BEFORE = (
    r"about|approximately|approx\.|roughly|around|nearly|almost"
    r"|close\sto|circa|more\sthan|over|above|in\sexcess\sof|upwards\sof|north\sof|greater\sthan"
    r"|at\sleast|no\sless\sthan|not\sless\sthan|a\sminimum\sof|minimum\sof|less\sthan"
    r"|fewer\sthan|under|below|shy\sof|up\sto|at\smost|no\smore\sthan|not\smore\sthan"
    r"|a\smaximum\sof|maximum\sof|as\smuch\sas|as\smany\sas"
)

# qualifier words written after a number ("10% or more", "5 million or so")
QUALIFIER_AFTER = (
    r"or\smore|or\sabove|or\shigher|or\sgreater|or\sless|or\sfewer|or\sbelow"
    r"|or\slower|or\sso|and\sabove|and\sup"
)

# "10 million plus": at least, when no number follows
QUALIFIER_PLUS = r"plus"

# "per"/"a" before the share noun of a per-share amount ("$0.50 per share", "a share")
PER_SHARE_LINKS = r"per|a|an|/"

# the kind of share a per-share amount is of ("per diluted share", "per class A share")
PER_SHARE_KINDS = (
    r"(?:fully\s)?diluted\s|basic\s|non-gaap\s|gaap\s|adjusted\s|common\s|ordinary\s|class\s[ab]\s"
)

# the share nouns of a per-share amount ("per share", "per ADS")
PER_SHARE_NOUNS = r"shares?|ads|adr"

# "a 12-cent-a-share dividend": per share written as one hyphenated word
PER_SHARE_HYPHENATED = r"-a-share"

# per-share words before an amount ("EPS of $1.20", "per diluted share was $0.85")
PER_SHARE_BEFORE = r"per\s(?:diluted\s|basic\s)?share|eps"

# the verb or preposition between those words and the amount
PER_SHARE_BEFORE_LINKS = r"of|was|were|is|at"

# nouns before a number that make it part of a name or a reference, not a quantity
# ("Form 10", "page 4", "Boeing 737", "Q3"); read case-insensitively
EXCLUDE_NOUNS_BEFORE = (
    r"form|forms|section|sections|item|items|note|notes|page|pages|slide|slides"
    r"|chapter|article|exhibit|table|figure|fig\.|rule|schedule|version|windows|web|fortune|tier"
    r"|level|phase|part|gen|generation|model|no\.|apollo|boeing|airbus|iphone|galaxy|pixel|xbox"
    r"|playstation|covid|rev\.|vol\.|volume|step|round|grade|class|series|type|category"
    r"|fy|cy|fiscal|fiscal\syear|q[1-4]|[1-4]q|h[12]|[12]h"
)

# index and ranking names before a number ("S&P 500", "FTSE 100", "Top 10"), as written
EXCLUDE_INDEXES_BEFORE = (
    r"S&P|Russell|FTSE|Nasdaq|NASDAQ|Dow|Nikkei|Hang\sSeng|CSI|Stoxx|STOXX|DAX|CAC|MSCI|KOSPI"
    r"|Top|TOP|[#№v]"
)

# month names and abbreviations, as written ("June 23", "23rd of June": a day)
EXCLUDE_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

# "the 23rd of": an ordinal day before a month
EXCLUDE_DAY_SUFFIXES = r"st|nd|rd|th"

# time-of-day words after a number ("10 a.m.", "3 pm")
EXCLUDE_TIME_AFTER = r"a\.m\.|p\.m\.|am|pm|o'clock|hrs"

# stock exchange suffixes after a stock code ("600519.SH", "0700.HK")
EXCLUDE_CODE_SUFFIXES = r"SH|SZ|HK|SS|BJ|TW|TWO|KS|KQ|T|L|N|O|OQ|US|SI|AX|TO|DE|PA"

# stock exchange names before a stock code ("SZ 300273", "NYSE: 1234")
EXCLUDE_CODE_BEFORE = r"SH|SZ|HK|SZSE|SSE|HKEX|HKSE|NYSE|NASDAQ|Nasdaq|TSE|TSX|ASX|TWSE|BSE"

# the word joining the ends of a range ("5 to 7", "€3 to 4m")
RANGE_TO = r"to"

# the scale words of a range's upper end written in words ("three to four billion dollars")
RANGE_SCALE_WORDS = r"hundred|thousand|million|billion|trillion|mn|bn|m|k"

# "between 5 and 7": the word that makes "and" join the ends of a range
RANGE_BETWEEN = r"between"

# "about" words that may stand between "from" or a change verb and the number
RANGE_ABOUT_WORDS = r"about|approximately|roughly|around|nearly"

# "from $5 million to $10 million": a change, not a range (also "from over", "from under")
RANGE_FROM = r"from"

# bounds that may follow "from" before the number ("from over 5 to ...")
RANGE_FROM_BOUNDS = r"over|under"

# words before the first of "X to Y" that make X a change and Y the level reached
RANGE_CHANGE_BEFORE = (
    r"by|increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|"
    r"improved|up|down|(?:%|percent)\s{1,2}or|"
    # the verbs of market reports ("gained 90 cents to $78.15", "slid 4p to 310p")
    r"rises|falls|gained|gains|lost|loses|slipped|slips|slid|slides|sank|sinks|tumbled|"
    r"tumbles|plunged|plunges|plummeted|surged|surges|soared|soars|advanced|advances|"
    r"rallied|rallies|eased|eases|shed|sheds|jumps|climbs|dips|dipped|edged\s{1,2}(?:up|down|"
    r"higher|lower)|ticked\s{1,2}(?:up|down|higher|lower)"
)

# "expected to be down 2% to 6%": a change said of the future (a range of changes)
RANGE_FUTURE_BE = r"be"

# the directions of that future change
RANGE_FUTURE_DIRECTIONS = r"up|down"

# "ranging from $5 to $10": a range after all
RANGE_RANGING = r"rang(?:e|es|ed|ing)\s{1,2}from"

# "$3.75 per share to $3.95 per share": the per-share words between the ends of a range
RANGE_PER_SHARE_GAP = r"per\s{1,2}(?:diluted\s{1,2})?share"

# "between 5 and 7": the word joining the ends of a range after "between"
RANGE_AND = r"and"

# the connectors a spoken sign may follow ("plus 10% to plus 12%")
RANGE_PLUS_CONNECTORS = r"to|and"

# "3 dollars and 50 cents": the word joining an amount and its minor part
COMPOUND_AND = r"and"

# a scale word ending a number, to pair amounts written with the same scale
PAIR_SCALE_WORDS = r"thousand|million|billion|trillion|bn|mn|mln|bln"

# "41 million of opex": the prepositions of the short phrase after a paired amount
PAIR_OF = r"of|in"

# words joining two paired amounts ("$41 million plus 29 million")
PAIR_JOIN = r"plus|and|or|versus|vs\.?|(?:as\s)?compared\s(?:to|with)"

# words that may follow the second of two paired amounts
PAIR_AFTER = (
    r"plus|and|or|versus|vs|compared|as|respectively"
    r"|last|this|a\syear|year-over-year|sequentially|for|from|during|in"
)

# what a number of millions counts rather than costs ("41 million of shares plus ...")
PAIR_COUNTED_NOUNS = (
    r"shares?|units?|users?|customers?|subscribers?|people|persons|employees|members"
    r"|accounts|visitors|barrels|tons|tonnes|ounces|feet|devices|vehicles|cars|homes|passengers"
    r"|students|patients|doses|downloads|views|hours|miles|gallons|boxes|cases|items|orders"
    r"|tickets|seats|stores|locations|households|them|those|which"
)

# "a few hundred", "several hundred million": a vague amount, not a number
QUANTITY_VAGUE_BEFORE = r"few|several|many|some|couple|of"

# "75 USD million": a scale word after a currency code
QUANTITY_SCALES_AFTER_CODE = r"thousand|million|billion|trillion|mln|bln|mn|bn"

# how an English number word starts (a quick test whether a text may hold a value at all)
NUMERAL_WORD_STARTS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twenty|"
    r"forty|fourty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|"
    # fractions ("half a percentage point", "a quarter-point cut")
    r"half|quarter"
)

# words written like a currency's letters before a sign ("cost us $12m" is not "US $12m")
QUANTITY_WORDS_LIKE_CURRENCY_LETTERS = ("us",)

# the scale words a statement's note names, each the plural of a NUMERAL_SCALES word
DECLARED_SCALE_WORDS = ("thousands", "millions", "billions")

# a statement's note of the scale its unscaled amounts are written in: "(In millions, except
# per share amounts)", "($ in thousands)", "(Dollars in millions)", "(amounts in billions)"
DECLARED_SCALE = (
    r"\(\s*(?:(?:U\.?S\.?\s*)?\$\s*|dollars\s+|amounts\s+|figures\s+)?in\s+(?:(?:U\.?S\.?\s*)?\$\s*)?"
    rf"(?P<scale>{'|'.join(DECLARED_SCALE_WORDS)})\b(?:\s+of\s+(?:U\.?S\.?\s+)?dollars)?[^()\n]{{0,80}}\)"
)

# the same note opening a line without brackets: "Amounts in thousands:", "All amounts
# are in millions, except per share data", "Dollars in millions."
DECLARED_SCALE_LINE = (
    r"(?m:^)[ \t]*(?:all\s+)?(?:amounts|dollars|figures|numbers)\s+(?:are\s+)?"
    r"(?:(?:stated|expressed|presented|shown|reported)\s+)?in\s+(?:(?:U\.?S\.?\s*)?\$\s*)?"
    rf"(?P<scale>{'|'.join(DECLARED_SCALE_WORDS)})\b(?:\s+of\s+(?:U\.?S\.?\s+)?dollars)?"
    r"(?=[ \t]*(?:[,.:;\n]|\Z))"
)

# the metrics whose amounts a statement gives per share, unscaled by its note ("except per
# share amounts")
DECLARED_SCALE_PER_SHARE_METRICS = frozenset(
    ["eps", "dividend", "share_price", "ipo_price", "price", "target_price", "sale_price"]
)

# number words that may close a range begun by a bare number word ("five to seven per cent")
QUANTITY_RANGE_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+hundred|one\s+hundred"
)

# between a range and "from" and the next value: the range it was before ("guidance to
# $5.10 to $5.20, from $4.95 to $5.05", "8% to 9%, up from 6% to 7%")
RANGE_FROM_AFTER_RANGE = r",?\s{1,2}(?:(?:up|down)\s{1,2})?from\s{1,2}(?:\$|US\$|€|£)?"
