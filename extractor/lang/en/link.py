"""English cue words read by the link stage (named fragments, one comment each)."""

from __future__ import annotations

# words saying a metric went up (a value after them is a change)
CHANGE_UP = (
    # not the end of a hyphenated noun ("start-up", "follow-up"), nor a share's "make up"
    r"(?<!-)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\bmaking\s)up|rose|rise[sn]?|rising|increase[sd]?|increasing|grew|grow(?:s|ing|n)?|growth|"
    r"gain(?:ed|s)?|higher|improve[sd]?|improvement|expand(?:ed|s)?|expansion|jump(?:ed|s)?|"
    r"climb(?:ed|s)?|surge[sd]?|accelerat\w*|outpac\w*|soar(?:ed|s)?|increment\w*|"
    # the verbs of market news ("rallied 8%", "rebounded 3%"); not "advanced" ("advanced
    # capabilities"): a company advancing is read as a market move
    r"\b(?:hik(?:ed|es|ing)|hike|rall(?:ied|ies|ying)|rebound(?:ed|s|ing)?|spik(?:ed|es)|leapt|leaped|"
    r"skyrocket(?:ed|s)?)"
)

# words saying a metric went down
CHANGE_DOWN = (
    # not "wrote down $2bn", "written down by 5%": the value is the write-down itself;
    # not the end of a hyphenated noun ("write-down", "step-down")
    r"(?<!\bwrote\s)(?<!\bwrite\s)(?<!\bwrites\s)(?<!\bwritten\s)(?<!\bwriting\s)(?<!-)down|fell|fall(?:s|ing|en)?|decrease[sd]?|decreasing|decline[sd]?|declining|"
    r"drop(?:ped|s)?|lower|reduc\w+|contract(?:ed|ion)|shr[aiu]nk\w*|decelerat\w*|slid|"
    r"slipp?(?:ed|s)?|compress\w*|headwind|"
    # the verbs of market news ("plunged 96%", "sank 4%"); not "lost", which also says a loss
    r"\b(?:plung(?:ed|es|ing)|plummet(?:ed|s|ing)?|tumbl(?:ed|es|ing)|slump(?:ed|s|ing)?|sank|sink(?:s|ing)|"
    r"dipp(?:ed|ing)|dips|retreat(?:ed|s)?|eas(?:ed|es)|dived|tank(?:ed|s)|crater(?:ed|s)|skidd(?:ed|ing)|"
    r"sagg(?:ed|ing)|sags|weaken(?:ed|s)?|cut(?:s|ting)?)"
)

# a metric phrase that says its own move ("rate hike", "raised rates"): a basis-point or
# percentage-point value after it is that move
CHANGE_IN_PHRASE_UP = r"\b(?:hikes?|hiked|raised|raises)\b"

# a metric phrase that says its own fall ("rate cut", "lowered rates")
CHANGE_IN_PHRASE_DOWN = r"\b(?:cuts?|lowered|lowers)\b"

# words right before a value that make it the level reached, not a change
CHANGE_LEVEL_BEFORE = (
    r"(?:\bto|\bat|\breach(?:ed|ing)?|\bwas|\bwere|\bis|\bare|\btotal(?:ed|led|ing)?|"
    r"\bcame in at|\bended at|\bof|\bhit)\s*(?:an?\s+(?:[a-z]+\s+)?)?(?:record\s+)?(?:of\s+)?$"
)

# a share's verb right before a value ("now represents 93% of revenue", "accounted for
# 38%", "make up the other 15%"): a level, whatever change word stands further back
CHANGE_SHARE_VERB_BEFORE = (
    r"\b(?:represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up|"
    r"compris(?:es|ed|ing))\s+(?:the\s+other\s+|(?:approximately|about|roughly|nearly|almost|"
    r"around|some|over|more\s+than|less\s+than|close\s+to|just\s+over|just\s+under)\s+)?$"
)

# right before a percentage: the rest of a whole a share before it named ("85% of sales
# ..., and the rest make up the other 15%", "the remaining 40%")
METRIC_REST_OF_SHARE_BEFORE = r"\bthe\s+(?:other|remaining|rest\s+of\s+the)\s+$"

# words right before a value that make it a change ("rose 5%", "by 5%")
CHANGE_BEFORE = rf"(?:\bby|\b(?:{CHANGE_UP}|{CHANGE_DOWN})(?:\s+of)?)\s*(?:an?\s+)?$"

# a change word right after a value ("5% higher"), its direction in group up/down
CHANGE_AFTER = (
    rf"^\s*(?:plus\s+)?(?:(?:year[- ]over[- ]year|y/y|yoy|sequential(?:ly)?)\s+)?"
    rf"(?:(?P<up>{CHANGE_UP})|(?P<down>{CHANGE_DOWN}))\b"
)

# all that stands between a metric and its value when the verb before the metric says the
# move ("cut its deposit rate by 25 basis points", "lifted the dividend by 10%")
# (a forecast of the metric may stand between: "cut its revenue forecast by 5%")
CHANGE_METRIC_BY = (
    r"\s*(?:(?:budget|forecast|guidance|outlook|estimates?|targets?|projections?|"
    r"expectations?|view)\s+)?by\s*"
)

# a verb that sets a metric up, right before it ("raised its key rate by 500 basis
# points"): only with "by" between the metric and the value, never alone ("raised $5m")
CHANGE_SET_BEFORE_METRIC_UP = (
    r"\b(?:raised|raises|raising|lifted|lifts|lifting|increased|increases|boosted|boosts)"
    r"(?:\s+(?:its|their|the|our|his|her|a))?(?:\s+[\w-]+){0,2}\s+$"
)

# a verb that sets a metric down, right before it ("lowered the repo rate by 25 bp")
CHANGE_SET_BEFORE_METRIC_DOWN = (
    r"\b(?:lowered|lowers|lowering|cut|cuts|cutting|reduced|reduces|slashed|slashes|trimmed|trims)"
    r"(?:\s+(?:its|their|the|our|his|her|a))?(?:\s+[\w-]+){0,2}\s+$"
)

# words before the earlier level a metric moved from ("from", "versus")
CHANGE_FROM_BEFORE = (
    # (an article after a comparison: "compared to a 2% decline"; not after "from": "rose
    # from a 20% increase", "benefiting from a 43% increase" are moves)
    r"\b(?:from|(?:versus|vs\.?|compar(?:ed|es|e|ing) (?:to|with)|against)(?:\s+an?)?)\s*$"
)

# between a sum and the same sum in another currency in brackets after it ("600 billion
# won ($455 million)"): the bracketed sum moved as the first did
CHANGE_EQUIVALENT_BRACKET = r"\s*\(\s*(?:(?:about|approximately|around|roughly|some|nearly|almost|or|c\.|~|≈)\s*)?"

# right after a sum: the market value it was taken from or added to ("lost $70 billion in
# market value", "adding $50 billion to its market value")
CHANGE_MARKET_VALUE_AFTER = (
    r"\s+(?:in|of|off|from|to)\s+(?:(?:its|their|the|the\s+company's|the\s+group's|[A-Z][\w&.-]*'s)\s+)?"
    r"(?P<phrase>(?:stock\s+)?market\s+(?:value|valuation|capitali[sz]ation|cap))\b"
)

# right before such a sum: the verb of the move, its direction in group up/down
CHANGE_MARKET_VALUE_VERB = (
    r"\b(?:(?P<down>lost|los(?:es|ing)|shed(?:s|ding)?|wiped|wip(?:es|ing)|erased|eras(?:es|ing)|"
    r"knocked|knock(?:s|ing))|(?P<up>added|add(?:s|ing)|gained|gain(?:s|ing)))\b"
    r"(?:\s+(?:about|around|roughly|nearly|almost|more\s+than|some|over|another|a\s+further))?"
    r"(?:\s+(?:off|from))?\s*$"
)

# right after a sum: the unit of a commodity it is the price of ("$82.40 a barrel",
# "$2,034.50 an ounce", "$310 per tonne")
METRIC_PRICE_PER_UNIT_AFTER = (
    r"\s+(?P<phrase>(?:a|an|per)\s+(?:barrel|(?:troy\s+)?ounce|(?:metric\s+)?(?:tonne|ton)|bushel|"
    r"pound|lb|kilogram|kg|gallon|litre|liter|megawatt[- ]hour|MWh|MMBtu|carat|"
    r"(?:million\s+)?British\s+thermal\s+units?|dry\s+metric\s+tonne|dmt))\b"
)

# words around a sum per unit (in its sentence, before it or just after) that make it
# no price: a cost, a margin or a spread per unit ("refining costs of $4.80 a barrel",
# "the spread ... widened to $3.90 a barrel", "$6 per barrel lifting costs")
METRIC_PER_UNIT_NOT_PRICE = (
    r"\b(?:costs?|expenses?|margins?|differentials?|spreads?|cracks?|throughput|capture|RINs?|"
    r"opex|capex|break-?even|savings|impact|headwind|tailwind|discount|premium|gap|finding)\b"
)

# between a value and the expectation it is compared with ("slipped 2% to $11.6 billion,
# missing the $11.9 billion forecast")
CHANGE_EXPECTATION_BETWEEN = (
    r"\b(?:miss(?:ing|ed|es)?|beat(?:ing|s)?|top(?:ping|ped|s)|exceed(?:ing|ed|s)?|short\s+of|"
    r"ahead\s+of|in\s+line\s+with|consensus|estimates?|forecasts?|expectations?|expected|"
    r"(?:below|above|under|over)(?=\s+(?:the|a|an|analysts'?|market|consensus|estimates?)\b))\b"
)

# a plus sign or "plus" opening a percentage: the sign says it is a change
CHANGE_PLUS_SIGN = r"\+|(?i:plus)\s"

# a minus sign opening a percentage: with a comparison right after it ("-3% y/y",
# "−1.2% YoY", "-4% year over year") the value is a fall; alone it may be a level
CHANGE_MINUS_SIGN = r"[-−–]|(?i:minus)\s"

# a comparison right after a signed percentage that makes it a change
CHANGE_COMPARED_AFTER = (
    r"\s{0,2}(?i:y/y|yoy|y-o-y|q/q|qoq|m/m|mom|year[- ]on[- ]year|year[- ]over[- ]year|"
    r"on\s+the\s+year|from\s+a\s+year\s+(?:ago|earlier)|sequentially)\b"
)

# ", up 2.1%" right after a value (after the goods it counts or when, too: "sold 502,657
# vehicles in October, up 66.5%"): the move of that value
CHANGE_FOLLOWING_MOVE = (
    r"(?:\s+(?:[a-z][a-z-]*\s+){0,2}?(?:vehicles?|cars?|units?|homes?|subscribers?|customers?|"
    r"users?|members?|employees?|stores?|jobs))?"
    r"(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|latest|last)\s+)?"
    r"(?:quarter|half|year|month|week|(?-i:[A-Z][a-z]+))(?:\s+\d{4})?)?"
    r"\s*[,(]\s*(?P<dir>up|down)\s+(?:by\s+|about\s+|nearly\s+|almost\s+)?"
)

# cues of an outlook: values they govern are guidance
KIND_GUIDANCE = (
    r"\b(?:guid(?:e|ed|ance|ing)|outlook|expect(?:s|ed|ing)?|sees|we (?:now |still )?see|forecast\w*|"
    r"anticipat\w+|project(?:s|ed|ing)|(?:we|i|management)\s+(?:now\s+)?estimate|estimating|(?:estimated|expected|projected|"
    r"forecasted) to|to be (?:between|in the range|approximately|about|around|roughly|flat|"
    r"up|down)|will be|we'll|going to be|"
    r"(?:we|i|they|company|management)\s+(?:now\s+|also\s+|still\s+)?plan(?:s|ned)?\s+to|should be|"
    # "raising our outlook", not "raising $45 million" or "raising capital"
    r"raising(?!\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|up\s+to)\s+)?"
    r"(?:[$€£¥]|[A-Z]{1,3}\$|\d|(?:new\s+|fresh\s+|additional\s+)?(?:capital|funds|money|cash|debt|equity|prices)\b))|"
    r"reaffirm\w*|reiterat\w*)\b"
)

# cues of a long-term goal or model: values they govern are targets
KIND_TARGET = (
    r"\b(?:target(?:s|ed|ing)?|commitment to|committed to|aim(?:s|ing)? (?:to|for)|goal of|ambition"
    r"|long[- ]term (?:(?:financial|growth|operating|earnings|business) )?(?:model|framework|goal|target"
    r"|algorithm|plan|outlook|objective|aspiration|ambition)s?"
    r"|(?:multi[- ]year|three[- ]year|five[- ]year) (?:plan|model|framework|targets?|goals?))\b"
)

# guidance words that look back at a result ("as expected", "beat our outlook")
KIND_LOOKS_BACK = (
    r"\bas\s+(?:we\s+|had\s+been\s+|previously\s+)?(?:expected|anticipated|projected|forecast(?:ed)?|guided)"
    r"|\bthan[\s-]+(?:we\s+|had\s+been\s+|originally\s+|previously\s+|initially\s+)?(?:had\s+)?"
    r"(?:expected|anticipated|projected|forecast(?:ed)?|guided|planned)"
    r"|\b(?:in\s+line\s+with|within|above|below|ahead\s+of|exceed(?:ed|ing|s)?|beat|surpass(?:ed|ing)?"
    r"|met|meets?|miss(?:ed|es|ing)?|beat(?:s|ing)?|topp(?:ed|ing)|top\s+of|(?:high|low|upper|lower)\s+end\s+of|(?:midpoint|middle)\s+of"
    r"|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?(?:(?:high|low|upper|lower)"
    r"\s+end\s+of\s+)?(?:our\s+|the\s+|its\s+|their\s+)?(?:prior\s+|previous\s+|original\s+|initial\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:guidance|outlook|expectations?|forecasts?|projections?)"
    # a deal's closing date is expected, not the deal's value ("The transaction, worth
    # about EUR800 million, is expected to close in the first quarter")
    r"|\b(?:is\s+|are\s+)?(?:expected|anticipated|scheduled)\s+to\s+(?:close|complete|be\s+completed"
    r"|be\s+finali[sz]ed|be\s+consummated)\b"
)

# a subject (or a subordinate clause: "after the planemaker cut its forecast") starting
# another statement after a value
KIND_NEW_SUBJECT = (
    r"\b(?:we|i|they|you|he|she|management|(?:after|because|since|although|though|whereas|when)(?=\s))\b"
    # "fell 3% as the retailer cut its forecast"
    r"|\bas(?=\s+(?:the|it|its|they|investors|analysts|traders)\s)"
    # a second predicate right before the cue: "took a $45 million charge and now sees
    # growth of 4%" (the search ends at the cue)
    r"|\band\s+(?:(?:now|also|still|then|is|are|was|were|will|would|has|have)\s+){0,2}$"
    # a part of the value said apart ("backlog was $2.4 billion, of which 70% is expected
    # to be recognized"): the outlook is the part's
    r"|,\s+of\s+which\b"
)

# a comparison between a reported value and an outlook word after it: the word is the
# compared figure's ("came in at $4.5bn vs. $4.3bn expected", "EPS of $1.23, above the
# $1.10 analysts had expected")
KIND_COMPARED_WITH = (
    r"\b(?:vs\.?|versus|compared\s+(?:with|to)|above|below|ahead\s+of|short\s+of|than|"
    r"in\s+line\s+with(?!\s+(?:our|its|their|the\s+company's)\b)|"
    r"beat(?:ing|s)?|top(?:ping|ped|s)|exceed(?:ing|ed|s)?|miss(?:ing|ed|es)?)(?![\w-])"
)

# right before the expected figure a result is compared with ("beating estimates of
# $24.6 billion", "versus the consensus estimate of $1.10", "expectations for $3.2 billion")
KIND_EXPECTED_BEFORE = (
    r"\b(?:estimates?|consensus(?:\s+(?:estimates?|forecasts?|view))?|expectations?|forecasts?|"
    r"projections?)\s+(?:of|for|at)\s+(?:(?:about|around|roughly|nearly|some|approximately)\s+)?$"
)

# a turn to another statement, with a subject of its own, that an outlook cue before it
# does not reach past (", while Airbus gained 1.2%")
KIND_CLAUSE_TURN = (
    r",\s+(?:while|whereas)\s+(?-i:[A-Z])|"
    # a result given as the reason ("raised its forecast to 5%, after third-quarter profit
    # rose 11.5%")
    r"\bafter\s+(?:[\w\-'’]+\s+){0,5}?(?:rose|fell|jumped|climbed|surged|soared|slumped|dropped"
    r"|declined|increased|decreased|grew|gained|was|were|reported|posted|beat|missed)\b|"
    # a result reported after the outlook it is measured against ("we guided to 30%; we
    # came in at 31.5%", "expected $800 million and delivered $820 million")
    r"(?:[;,]|\bbut|\band)\s+(?:(?:we|it|they|the\s+company)\s+)?(?:actually\s+|ultimately\s+)?"
    r"(?:came\s+in|delivered|achieved|reported|posted|landed|finished|ended\s+up|generated|recorded)\b"
)

# "a range of" right before a value: how calls state an outlook
KIND_RANGE_WORD = r"(?i)\brange\s+(?:of|from|between)\s+(?:approximately\s+|about\s+)?$"

# past-tense verbs: a sentence with one reports results
KIND_PAST_VERB = (
    r"(?i)\b(?:was|were|had|came\s+in|ended|grew|rose|fell|declined|increased|decreased|reported"
    r"|delivered|generated|achieved|posted|recorded|totaled|totalled|ranged)\b"
)

# compound annual growth: expected over years, a long-term target
KIND_COMPOUND = r"(?i)\bcompound(?:ed)?\s+annual|\bCAGR\b|\bcompounded\b"

# words opening a sentence that stop a period carrying over from the one before
PERIOD_NO_CARRY = (
    r"\b(?:earlier|previously|before that|prior to that|since (?:its|the) (?:founding|inception))\b"
)

# words before a period a value is compared with ("versus 2019")
PERIOD_REFERENCE_BEFORE = (
    r"(?:\bcompar(?:ed|es|e|ing) (?:to|with)|\bversus|\bvs\.?|\bfrom|\bover|\bthan|\brelative to|"
    r"\bagainst|\bsince|\bcompared to (?:the )?same period (?:of|in)|\bbelow|\babove|"
    r"\bahead of|\bbehind)\s+(?:(?:the|our|its|those of|levels? (?:in|of)|"
    r"same period (?:of|in)|comparable period (?:of|in))\s+)*$"
)

# words that make a sentence compare its values with an earlier period
PERIOD_COMPARISON_CUE = (
    rf"\b(?:compar\w*|versus|vs\.?|from|over|against|{CHANGE_UP}|{CHANGE_DOWN})\b"
)

# due, expiry, payment and record dates: not the period of a value
PERIOD_DUE_BEFORE = (
    r"\b(?:due|matur(?:e|es|ing|ity)(?:\s+date)?(?:\s+(?:of|in|on))?|expir(?:e|es|ing)"
    r"(?:\s+(?:beginning|in|on|starting))?"
    # a dividend's payment and record dates are not the period it is paid for
    r"|payable(?:\s+(?:on|in))?|(?:share|stock)?holders\s+of\s+record(?:\s+(?:on|as\s+of))?"
    r"|record\s+date(?:\s+of)?)\s+(?:in\s+)?$"
)

# the verbs of a statement: a day beside one dates the statement, not its values
# ("Acme said on Tuesday that revenue rose 5%", "today announced net sales of ..."); not
# "declared" nor "issued": a dividend declared or a note issued on a day is that day's
_STATEMENT_VERBS = (
    r"said|says|announced|announces|reported|reports|disclosed|discloses|unveiled|unveils"
    r"|released|releases|stated|states|told|tells|published|publishes|confirmed|confirms"
    r"|revealed|reveals|warned|warns|posted|posts|added|noted|wrote"
)
# a day right after a verb of statement ("said on Tuesday", "said late Monday",
# "announced in a statement on Friday")
PERIOD_STATEMENT_BEFORE = (
    rf"\b(?:{_STATEMENT_VERBS})(?:\s+in\s+an?\s+(?:statement|filing|release|interview))?"
    r"(?:\s+(?:on|late|early|earlier))?\s+$"
)
# a day right before one ("Acme on Tuesday said", "today announced", "Monday evening said")
PERIOD_STATEMENT_AFTER = (
    rf"\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:{_STATEMENT_VERBS})\b"
)

# year to date, before a value in its clause: the value runs from the year's start to the
# end of the period the context reports ("Year to date, revenue was $1.2 billion" in a
# third-quarter release: January to September)
PERIOD_YEAR_TO_DATE = r"\byear[- ]to[- ]date\b|\bYTD\b|\bso\s+far\s+this\s+year\b"
# the same right after a value ("$1.2 billion year to date", "8% so far this year")
# (up to three words between: "12 stores so far this year", "$1.2 billion in sales YTD")
PERIOD_YEAR_TO_DATE_AFTER = (
    r"(?:\s{1,2}(?!(?:and|or|but|while|versus|vs|compared|from|against)\b)[a-z]+){0,3}?"
    r"\s{1,2}(?:(?:on\s+a\s+)?year[- ]to[- ]date|YTD|so\s+far\s+this\s+year)\b"
)

# between a value's lower bound and the qualifier of its upper ("at least $40 million and
# no more than $60 million"): the two bounds of one amount
METRIC_BOUND_JOIN = r",?\s{1,2}(?:and|but)\s{1,2}"

# between "year to date" and the period it runs to ("Year to date through the third quarter")
PERIOD_YEAR_TO_DATE_UNTIL = r"\s*,?\s*(?:through|thru|to|until|up\s+to|as\s+of|ended|ending)\s*(?:the\s+)?"

# a prior period that names its span ("the prior-year quarter", "the same period last
# year"): the carried period's shape a year earlier
PERIOD_NAMES_SPAN = r"\b(?:quarter|period|half|months)\b"

# words naming a period as past ("last quarter"): never the guided period
PERIOD_NAMED_PAST = r"(?i)\b(?:last|prior|previous|ago|earlier|preceding)\b"

# "the quarter" said in a call: the quarter after the one it reports
PERIOD_THE_QUARTER = r"(?i)^(?:the|this)\s+(?:current\s+|coming\s+|upcoming\s+)?quarter$"

# words before a metric named only as a reference ("compared to last year's revenue")
METRIC_REFERENCE_BEFORE = r"\b(?:than|versus|vs\.?|compared (?:to|with)|over|from)\s+(?:the\s+)?$"

# between a reference metric and its own value ("compared with net income of $1.2
# million"): the value is the compared metric's
METRIC_REFERENCE_OWN_VALUE = r"\s+(?:of|at)\s+(?:(?:approximately|about|roughly|nearly|some)\s+)?"

# between a percentage and the metric it is a share of ("17% of revenue")
METRIC_SHARE_OF = r"^\s*(?:of|of (?:our|the|its|their|total))\s+(?:total\s+)?$"

# verbs of receiving money: an investment received is funding raised
METRIC_RECEIVES = r"\b(?:raised|raises|raising|received|receives|secured|closed)\b"

# what may stand between a value and the metric phrase after it
METRIC_AFTER_GAP = (
    r"^\s*(?:plus\s+)?"
    # a change noun ("a 23% fall in half-year profit")
    r"(?:(?:rise|fall|increase|decrease|drop|decline|jump|gain|slide|slump|climb|surge|plunge|"
    r"growth|improvement|reduction|contraction|expansion)\s+in\s+)?"
    r"(?:(?:in|of|the|total|additional|worth of|annual|annualized|"
    r"year[- ]over[- ]year|sequential|organic|our|its|their)\s+)*"
    r"(?:(?!(?:and|or|to|from|than|versus|vs|while|but|which|that|with|for|on|at|by|"
    r"was|were|is|are|be|been|we|they|it)\b)[a-z][a-z\-]*\s+){0,2}$"
)

# verbs and qualifiers that let a count belong to a metric named before it
# a count of goods sold, delivered or shipped: the verb right before the number and the
# goods right after it ("BYD sold 502,657 vehicles", "shipped 1.2 million smartphones")
METRIC_UNITS_SOLD_VERB = (
    r"\b(?:sold|sells|selling|delivered|delivers|delivering|shipped|ships|shipping)\s+"
    r"(?:(?:about|approximately|nearly|roughly|around|over|more\s+than|a\s+record)\s+)?$"
)
METRIC_UNITS_SOLD_GOODS = (
    r"\s+(?:(?:new|electric|used|passenger|commercial|luxury|plug-in|hybrid|fuel-cell|"
    r"battery-electric)\s+){0,2}(?:vehicles?|cars?|EVs|trucks?|units?|phones?|smartphones?|"
    r"handsets?|devices?|PCs|computers?|tablets?|consoles?|homes?|houses?|aircraft|jets?|"
    r"planes?|airplanes?|engines?|tractors?|motorcycles?|bikes?|chips?|copies|tickets?|"
    r"machines?|systems?)\b"
)

METRIC_COUNT_VERB = (
    r"(?:\b(?:to|of|was|were|is|are|reached|totaled|had|has|have|exceeded|over|by|"
    # a move of the count ("subscribers rose by 2.4 million", "headcount fell 1,200")
    r"rose|increased|grew|climbed|jumped|fell|decreased|declined|dropped|shrank|"
    r"more than|about|approximately|nearly|roughly|(?:ending|ended|closing|closed|finishing|finished)\s+(?:the\s+\w+\s+)?with|"
    r"a\s+total\s+of|total(?:ing|ling)?)\s*){1,3}$"
)

# a growth word near a percentage: the value is a growth rate
METRIC_GROWTH_PHRASE = (
    r"(?:\b(?:sequential|organic|revenue|top[- ]line|year[- ]over[- ]year|annual|"
    r"quarterly|underlying|constant[- ]currency)\s+)?\bgrowth(?:\s+rates?)?\b"
)

# a growth word before a percentage that names a growth rate ("growth ... maybe 20%")
METRIC_GROWTH_PHRASE_BEFORE = METRIC_GROWTH_PHRASE

# words of earnings: an amount in cents is then earnings per share
METRIC_EARNINGS_WORDS = r"\b(?:earnings|income|profit)\b"

# the noun naming a percentage as the margin of the profit before it ("a 39.2% margin")
METRIC_MARGIN_NOUN = r"(?:profit\s+)?margins?"

# a phrase before a percentage that is only that noun ("a margin of 12.5%")
METRIC_MARGIN_WORD = rf"(?:a\s+|an\s+|the\s+)?{METRIC_MARGIN_NOUN}"

# that noun right after a percentage ("a 39.2% margin"), not "a 3% margin of error"
METRIC_MARGIN_AFTER = rf"\s+(?P<word>{METRIC_MARGIN_NOUN})\b(?!\s+of\s+error)"

# words of a price paid or asked for a share ("paid $40 a share", "an offer of $40 a share")
METRIC_PRICE_PAID_WORDS = (
    r"\b(?:offer(?:ed|s|ing)?|bids?|paid|pay(?:s|ing)?|priced?|prices|pricing|tender(?:ed)?|"
    r"buy(?:s|ing)?|bought|sell(?:s|ing)?|sold)\b"
)

# right before a sum per share that nothing names: "at" makes it a price ("an option to
# buy the stake at 860 francs a share")
METRIC_PRICE_AT_BEFORE = r"\bat\s*$"

# how a price is paid ("in cash", "in stock"), not a balance
METRIC_PAID_IN = r"\s+in\s+(?:cash|stock|shares|cash\s+and\s+stock|stock\s+and\s+cash)\b"

# words of paying right before an amount ("for", "paid")
METRIC_PAYMENT_BEFORE = (
    r"\b(?:for|paid|pay|pays|paying|offered|consideration\s+of|price\s+of)\s+"
    r"(?:(?:about|approximately|roughly|nearly|around|some|an?|the|a\s+total\s+of|total\s+of)\s+)*$"
)

# a scale word after a number: a scaled sum is never a per-share amount
METRIC_SCALED = r"\d\s?(?:[kKmMbB]\b|(?i:thousand|million|billion|mn|bn))"

# qualifiers between a verb and a value ("about", "more than")
PHRASE_QUALIFIERS = r"(?:about|approximately|roughly|nearly|around|over|more than|an?)"

# the phrase a value is "of"/"was"/"reached": an unknown metric's name
PHRASE_BEFORE_VALUE = (
    r"(?P<phrase>[A-Za-z][A-Za-z\-']*(?:\s+[A-Za-z][A-Za-z\-']*){0,3})\s+"
    r"(?:of|was|were|is|are|totaled|totalled|totaling|totalling|reached|came in at|at|to|"
    rf"increased to|rose to|grew to|amounted to|amounting to|equaled|equalled|valued at)"
    rf"\s+(?:{PHRASE_QUALIFIERS}\s+)?$"
)

# words that never start (or alone make) a metric phrase
PHRASE_STOP_WORDS = frozenset(
    [
        "we",
        "our",
        "us",
        "it",
        "its",
        "they",
        "their",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "i",
        "you",
        "he",
        "she",
        "and",
        "or",
        "but",
        "plus",
        "minus",
        "less",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "by",
        "at",
        "as",
        "from",
        "about",
        "approximately",
        "roughly",
        "around",
        "over",
        "be",
        "been",
        "being",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
    ]
)

# amount words, conjunctions and auxiliaries: a metric phrase starts after the last
# ("Analysts polled by Refinitiv had expected earnings of": "expected earnings")
PHRASE_BREAK_WORDS = frozenset(
    [
        "had",
        "has",
        "have",
        "million",
        "billion",
        "thousand",
        "trillion",
        "percent",
        "points",
        "bps",
        "bp",
        "cents",
        "cent",
        "pence",
        "c",
        "p",
        "pct",
        "and",
        "or",
        "but",
        "than",
        "while",
        "whereas",
    ]
)

# words that never start the phrase a value is "of" (periods, amounts, idioms)
PHRASE_NOT_A_PHRASE = (
    r"(?!(?:which|whom|it|them|this|that|these|those|approximately|about|up|more|less|each|"
    r"addition|connection|excess|exchange|accordance|respect|order|part|line|lieu|total|"
    r"aggregate|fiscal|first|second|third|fourth|full|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|"
    r"the\s+(?:year|quarter|period|month|total|amount|same|prior|current|company|firm|"
    r"aggregate|first|second|third|fourth|fiscal|full|next|last|past|future|form))\b)"
)

# the words of a phrase after a value, up to a function word
PHRASE_AFTER_WORDS = (
    r"(?P<phrase>(?:(?:the|our|its|their|total)\s+)?[a-z][a-z\-]+"
    r"(?:\s+(?:of\s+)?(?!(?:that|which|who|is|are|was|were|in|and|or|to|as|on|at|for|by|from|"
    r"with|during|under|per|respectively|based|primarily|due|of)\b)[a-z][a-z\-]*){0,2})"
)

# the phrase after a value ("$5 million of capitalized interest")
PHRASE_OF_AFTER = (
    r"^\s*(?:or so\s+)?(?:,\s*respectively,\s*)?"
    r"(?:of|(?-i:in(?=\s+(?:(?:the|our|its|their)\s+)?[a-z]))|related to|relating to|"
    r"attributable to|(?:is|are|was|were|has been|have been) (?:recorded|recognized|included|"
    r"reported|presented|classified)\s+(?:in|within|as))\s+"
    + PHRASE_NOT_A_PHRASE
    + PHRASE_AFTER_WORDS
)

# a determiner before an amount that modifies a noun ("the $7.6 billion facility")
PHRASE_DETERMINER_BEFORE = (
    r"\b(?:the|its|our|their|this|that|a|an)\s+(?:(?:prior|previous|remaining|additional|"
    r"entire|existing|original|approximately|about|estimated|total)\s+)?$"
)

# words that end the noun phrase an amount modifies
PHRASE_ADJ_STOP = (
    r"(?:of|in|to|and|or|for|on|at|by|from|with|as|was|were|is|are|be|been|has|have|had|will|"
    r"which|that|who|associated|related|relating|attributable|recorded|recognized|due|under|"
    r"per|respectively|including|included|includes|primarily|compared|million|billion|"
    r"thousand|after|before|net)\b"
)

# the nouns an amount can be ("charge", "fee", "facility")
PHRASE_AMOUNT_NOUN = (
    r"(?:charges?|gains?|loss(?:es)?|benefits?|impacts?|fees?|facilit(?:y|ies)|debt|notes?|loans?|"
    r"bonds?|debentures|programs?|transactions?|payments?|values?|investments?|commitments?|"
    r"settlements?|write-offs?|write-downs?|impairments?|reserves?|deals?|agreements?|"
    r"contracts?|expenses?|costs?|liabilit(?:y|ies)|assets?|balances?|purchases?|acquisitions?|"
    r"dividends?|premiums?|proceeds|consideration|price|awards?|grants?|damages|penalt(?:y|ies)|"
    r"fines?|refunds?|credits?|allowances?|provisions?|accruals?|adjustments?|obligations?|"
    r"borrowings?|offerings?|issuances?|authorizations?|repurchases?|buybacks?|contributions?|"
    r"deposits?|receivables?|payables?|backlog|orders?|awards?|savings|revenues?|sales|"
    r"income|earnings|profits?|cash|capital|funding|financing|budget|plan|targets?|headwinds?|"
    r"tailwinds?)"
)

# nouns of an amount that do not name it on their own: a deal or a plan, read by the deal
# grammar ("a $2 billion deal", "a $500 million buyback plan"), or a bare balance or sum
# ("the remaining $600 million balance" of the notes named before)
METRIC_DEAL_NOUNS = (
    r"balances?|amounts?|sums?|totals?|deals?|agreements?|contracts?|transactions?|acquisitions?|purchases?|programs?|plans?|"
    r"authorizations?|offerings?|issuances?|investments?|financing|funding|budget|targets?|"
    r"consideration|price|values?|awards?"
)

# what may follow a metric inside the noun phrase an amount modifies and still leave the
# metric its name ("a $40 million cash balance", "a $2 billion debt load")
METRIC_AMOUNT_TAIL = r"\s+(?:balances?|amounts?|totals?|levels?|positions?|loads?|piles?)"

# the noun phrase an amount modifies, right after it
PHRASE_ADJ_AFTER = (
    rf"^\s+(?P<phrase>(?:(?!{PHRASE_ADJ_STOP})[A-Za-z][A-Za-z\-]+\s+){{0,3}}{PHRASE_AMOUNT_NOUN})\b"
)

# an amount's own kind after it ("principal amount")
PHRASE_AMOUNT_KIND_AFTER = (
    r"^\s+(?P<phrase>(?:aggregate\s+)?(?:principal|notional|face|par)\s+(?:amount|value))\b"
)

# the verb right before a sum saying what it is ("paid", "raised")
PHRASE_VERB_BEFORE = (
    rf"(?P<phrase>[A-Za-z][a-z\-]+(?:ed|s)|paid|repaid|prepaid|spent|raised|sold|bought|lent|"
    rf"won|lost|held|made|cost|costs|owed|gave|received)\s+(?:{PHRASE_QUALIFIERS}\s+)?$"
)

# "acquired X for $2 billion": the verb names what the sum is
PHRASE_VERB_FOR = (
    rf"\b(?P<phrase>(?:acquired|purchased|bought|sold|paid|repaid|redeemed|settled|agreed\s+to\s+acquire|"
    rf"to\s+acquire|to\s+purchase|to\s+sell|issued|repurchased|buy(?:s|ing)?|acquir(?:es|ing|e)|"
    rf"purchas(?:es|ing|e)|sell(?:s|ing)?))\b[^.;$€£¥]{{0,80}}?\s+for\s+"
    rf"(?:{PHRASE_QUALIFIERS}\s+)?$"
)

# a PHRASE_VERB_FOR verb of buying: the sum is the deal's price ("will buy Beta for $2 billion")
METRIC_DEAL_BUY = r"acquir\w*|purchas\w*|buy\w*|bought|(?:agreed\s+)?to\s+(?:acquire|buy|purchase)"

# a PHRASE_VERB_FOR verb of selling: the sum is what it sold for ("sold its unit to Beta for $2 billion")
METRIC_DEAL_SELL = r"sold|sell\w*|(?:agreed\s+)?to\s+sell"

# the last word of an unnamed sum's phrase that makes it an investment ("plans to invest
# up to $4 billion", "we invested $260 million in ...")
METRIC_INVEST_VERB = r"\b(?:(?:plans?|planned|agreed|will|would|to|intends?|expects?)\s+){0,3}invest(?:s|ed|ing)?$"

# after a verb of buying: shares bought back are a repurchase, not an acquisition
METRIC_DEAL_NOT_AFTER = r"\s+back\b"

# how every PHRASE_VERB_FOR match ends (a quick check first)
PHRASE_FOR_END = rf"\sfor\s+(?:{PHRASE_QUALIFIERS}\s+)?$"

# what may stand between the members of a list of values
PHRASE_LIST_GAP = r"\s*(?:,|;|and|or|as well as|\s)*\s*"

# period words inside a list of values ("$6 million in 2020, ...")
PHRASE_LIST_GAP_WORDS = r"\b(?:in|for|during|at|as of|fiscal|years?|respectively)\b"

# the words before a period right after a value ("in", "as of")
PHRASE_PERIOD_LEAD = r"\s*,?\s*(?:(?:in|for|during|at|as of|and)\s+)?"

# plural nouns a number does not count: measures, spans of time, turns of speech
PHRASE_NOT_COUNTED = frozenset(
    [
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "seconds",
        "quarters",
        "halves",
        "times",
        "points",
        "percent",
        "percentages",
        "basis",
        "cents",
        "dollars",
        "bucks",
        "shares",
        "things",
        "ways",
        "reasons",
        "questions",
        "areas",
        "words",
        "steps",
        "slides",
        "pages",
        "folks",
        "guys",
        "others",
        "ones",
        "sides",
        "parts",
        "pieces",
        "levels",
        "phases",
        "stages",
        "rounds",
        "categories",
        "buckets",
        "pillars",
        "priorities",
        "miles",
        "kilometers",
        "tons",
        "tonnes",
        "barrels",
        "pounds",
        "ounces",
        "acres",
        "feet",
        "meters",
        "inches",
        "degrees",
        "notes",
        "bps",
        "basis-points",
        "x",
        "multiples",
        "lines",
        "rows",
        "columns",
        "decades",
        "centuries",
        "nights",
        "mins",
        "hrs",
        "digits",
        "watts",
        "kilowatts",
        "megawatts",
        "gigawatts",
        "emissions",
        "gallons",
        "liters",
        "litres",
        "bushels",
    ]
)

# the plural noun right after a whole number ("450 organizations")
PHRASE_COUNTED_NOUN = (
    r"\s{1,2}(?:(?:new|more|additional|active|paying|unique|total|different|distinct|other|"
    r"large|small|major|key|[a-z]+-[a-z]+|[a-z]+al|[a-z]+ic|[a-z]+ive)\s{1,2})?"
    r"(?P<noun>people|employees|staff|children|men|women|[a-z]{2,}(?<![su])s)\b"
)

# what may follow the verb of a market move before the value: "as much as", another
# value of the same move ("fell $2.10, or 6%, to")
MOVE_VALUE_GAP = (
    r"(?:\s+(?:as much as|about|roughly|around|some|nearly|almost|close to|more than|"
    r"less than|just over|just under|in excess of|upwards of|over|by|to|at|up|down|or|"
    r"(?:against|versus|vs\.?)\s+the\s+[A-Za-z.]+,?|"
    r"[\d.]+\s?%,?(?:\s+to)?|(?:[A-Z]{0,3}\$|£|€)?[\d.,]+(?:\s?(?:c|p|cents?|pence))?,?"
    r"(?:\s+to)?))*\s+$"
)

# the stock's move before a value ("Shares of Acme rose 4%")
PHRASE_SHARES_MOVE = (
    rf"(?P<phrase>\b(?:[Ss]hares|[Ss]tock)\b)(?:\s+(?:of|in)\s+(?:the\s+(?:company|group|firm|bank|"
    rf"lender|insurer|carmaker|retailer|miner|airline|chipmaker|automaker|drugmaker)|"
    rf"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,3}}))?"
    rf"\s+(?:(?:were|was|have|has|had|also|then|initially)\s+)?(?:{CHANGE_UP}|{CHANGE_DOWN}|closed|ended|"
    rf"traded|finished|opened)" + MOVE_VALUE_GAP
)

# a commodity's move before a value ("Brent crude rose 1.1%", "Gold fell 0.4% to
# $1,925.30", "U.S. West Texas Intermediate crude gained 90 cents"): its price
PHRASE_COMMODITY_MOVE = (
    r"(?P<phrase>\b(?:(?:[Ii]nternational\s+)?[Bb]enchmark\s+)?(?:Brent(?:\s+crude)?|"
    r"(?:U\.S\.\s+)?West\s+Texas\s+Intermediate(?:\s+\(WTI\))?(?:\s+crude)?|"
    r"(?:U\.S\.\s+)?WTI(?:\s+crude)?|[Cc]rude(?:\s+oil)?|[Oo]il|[Ss]pot\s+gold|[Gg]old|[Ss]ilver|"
    r"[Cc]opper|[Pp]latinum|[Pp]alladium|[Aa]luminium|[Aa]luminum|[Nn]ickel|[Zz]inc|"
    r"[Nn]atural\s+gas|[Ii]ron\s+ore|[Ww]heat|[Cc]orn|[Ss]oybeans|[Cc]ocoa|[Cc]offee|[Ss]ugar|"
    r"[Cc]otton|[Ll]umber|[Bb]itcoin|[Ee]ther|"
    # a currency's move is its price in another ("The euro slipped 0.3% to $1.0850")
    r"(?<=[Tt]he\s)(?:euro|dollar|U\.S\.\s+dollar|greenback|yen|pound|yuan|renminbi|rupee|won|"
    r"peso|rouble|ruble|lira|rand|real|loonie|Swiss\s+franc|Australian\s+dollar|"
    r"Canadian\s+dollar|New\s+Zealand\s+dollar|Aussie|kiwi)|[Ss]terling)"
    r"(?:\s+(?:futures|prices?|contracts?))?)"
    rf"\s+(?:(?:were|was|also|then)\s+)?(?:{CHANGE_UP}|{CHANGE_DOWN}|settled|closed|ended|traded|"
    r"finished)" + MOVE_VALUE_GAP
)

# "shares of common stock outstanding": what names a share count
PHRASE_OUTSTANDING_AFTER = (
    r"\s+(?:of\s+(?:our\s+|the\s+company's\s+)?(?:(?:class\s+[a-z]|common|ordinary|capital|"
    r"voting)\s+)*(?:stock|shares?)\s+)?(?P<phrase>(?:issued\s+and\s+)?outstanding)\b"
)

# the words inside a share count that make it the count of shares outstanding ("84
# million diluted shares", "52.3 million weighted-average basic shares")
PHRASE_SHARE_COUNT_WITHIN = (
    r"(?<![A-Za-z])(?P<phrase>(?:(?:fully[ -])?diluted|basic|weighted[ -]average|outstanding)"
    r"(?:[ ](?:diluted|basic))?[ ](?:(?:common|ordinary)[ ])?shares)\b"
)

# a preposition before a company: the object, not the subject of the value
COMPANY_LINK_PREPOSITION = (
    r"\b(?:to|from|with|for|by|at|than|like|including|include|includes|versus|vs\.?|"
    r"against|as|such as|and|or)\s+(?:the\s+)?$"
)

# prepositions that keep a company right before a value from being its subject ("sales to
# Acme $5 million"); "and" and "or" do not ("Wells Fargo $5.8 billion and Citigroup $3.5 billion")
COMPANY_LINK_PREPOSITION_NEAR_VALUE = (
    r"\b(?:to|from|with|for|by|at|than|like|including|include|includes|versus|vs\.?|"
    r"against|as|such as)\s+(?:the\s+)?$"
)

# right before an investor named in a deal ("a round led by Sequoia"): the investor is
# not what the document reports on
COMPANY_LINK_INVESTOR_BEFORE = (
    r"\b(?:(?:co-)?led|backed|funded|joined)\s+by\s+$|\bwith\s+participation\s+from\s+$|"
    r"\binvestors?\s+(?:including|such\s+as|like)\s+$"
)

# right before a company a deal buys ("the acquisition of Nexora", "agreed to buy Nexora"):
# the target of a purchase is not, by that mention, what the document reports on
# (other targets of a list may stand between: "the acquisitions of AdvisorStream, J&J")
COMPANY_LINK_ACQUIRED_BEFORE = (
    r"\b(?:(?:acquisitions?|purchase|takeover|buyout)\s+of|"
    r"acquired|acquire|acquires|acquiring|bought|buy|buys|buying|purchased)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}(?:,\s*|\s+and\s+))*$"
)

# a rating agency acting on another company's rating, right after the agency's name
# ("Moody's downgraded Acme to Baa2", "Fitch Ratings affirmed"): the agency reports none
# of the sentence's figures
COMPANY_LINK_RATING_AGENCY = (
    r"(?i:moody|moody's|moody’s|moody's\s+investors\s+service|s&p|s&p\s+global|"
    r"s&p\s+global\s+ratings|standard\s+&\s+poor's|fitch|fitch\s+ratings|dbrs|"
    r"dbrs\s+morningstar|kroll|kbra|scope\s+ratings|a\.m\.\s+best|am\s+best)"
)
COMPANY_LINK_RATING_ACTION = (
    r"(?:['’]s)?(?:\s+(?:Investors\s+Service|Global\s+Ratings|Ratings))?\s+(?:on\s+\w+\s+)?"
    r"(?:downgraded|upgraded|affirmed|cut|raised|lowered|lifted|placed|put|revised|rated|"
    r"assigned|withdrew|downgrades|upgrades|affirms|cuts|raises|lowers|lifts|places|puts|"
    r"revises|rates|assigns|withdraws|has\s+(?:downgraded|upgraded|affirmed|cut|lowered|"
    r"placed|put|revised))\b"
)

# "years ended" before bare years: fiscal years
RESPECTIVELY_YEARS_ENDED = (
    r"(?<![A-Za-z])years?\s{1,3}(?:then\s{1,3})?(?:ended|ending)(?:\s{1,3}on)?\s{1,3}$"
)

# between a value list and the period list right after it, without "respectively" (also
# "for the years ended" before bare years)
RESPECTIVELY_IMPLICIT_GAP = (
    r"\s{0,3}(?:,\s{0,2})?(?:(?:in|for|at|during|as\s+of|of)\s{1,3})?(?:(?:the|fiscal)\s{1,3})?"
    r"(?:(?:fiscal\s{1,3})?years?\s{1,3}(?:then\s{1,3})?(?:ended|ending)(?:\s{1,3}on)?\s{1,3})?"
)

# the words (no number, no clause break) between a value list and the period list that
# ends the sentence, in the filings' habit without "respectively" ("demand deposits of
# $799 billion and $545 billion with no stated maturities at December 31, 2020 and 2019")
RESPECTIVELY_IMPLICIT_WORDS = r"\s{1,3}(?:[A-Za-z][A-Za-z’'&\-]*,?\s{1,3}){0,16}"

# the word that dates such a list of balances, right before it or opening it ("at
# December 31, 2020 and 2019", "as of"); flows ("in 2021 and 2020, fees were $5 million
# and $4 million") may be totals as well as pairs: not read without "respectively"
RESPECTIVELY_IMPLICIT_DATING = r"(?:at|as\s+of)\s{1,3}(?!both\b)"

# what may close a sentence after its period list
RESPECTIVELY_IMPLICIT_END = r"\s{0,3}[.;:]?\s{0,3}$"

# between "respectively" and a value list after it (", $5 and $4")
RESPECTIVELY_LEAD = r"[\s,:]{0,3}(?:(?:were|was|are|is|of|to)\s{1,3})?"

# an apposition after a value (", or 5%")
RESPECTIVELY_APPOSITION = (
    r"\s{0,2},\s{0,3}or\s{1,3}(?:(?:approximately|about|roughly|nearly|almost)\s{1,3})?"
)

# the rest of a number written "$( 200) million"
RESPECTIVELY_GAP_HEAD = r"\s{0,2}[)）](?:\s{0,2}(?:million|billion|thousand|trillion))?"

# between two metric phrases of a list ("revenue and fee revenue")
RESPECTIVELY_METRIC_SEP = (
    r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3}|&\s{1,3})?|and\s{1,3}|&\s{1,3})(?:(?:the|our|its)\s{1,3})?"
)

# verbs of a market moving up ("advanced", "edged higher")
MARKET_UP = (
    r"rose|rises?|rising|gain(?:ed|s)?|advanc(?:ed|es)|climb(?:ed|s)?|jump(?:ed|s)?|"
    r"surg(?:ed|es)|soar(?:ed|s)?|rall(?:ied|ies)|add(?:ed|s)|rebound(?:ed|s)?|"
    r"firm(?:ed|s)|leap(?:t|ed|s)|spik(?:ed|es)|popp(?:ed)|pops|"
    r"(?:edged|ticked|inched|closed|ended|finished|was|were|traded|is|are)\s+(?:up|higher)|"
    r"up|higher"
)

# verbs of a market moving down ("slid", "closed lower")
MARKET_DOWN = (
    r"fell|falls?|falling|dropp?(?:ed|s)?|declin(?:ed|es)|lost|los(?:es|ing)|shed|"
    r"slid|slips?|slipped|sank|sinks?|tumbl(?:ed|es)|plung(?:ed|es)|plummet(?:ed|s)?|"
    r"slump(?:ed|s)?|retreat(?:ed|s)?|skidd?(?:ed|s)|dipp(?:ed)|dips|eas(?:ed|es)|"
    r"weaken(?:ed|s)|sagg(?:ed)|sags|"
    r"(?:edged|ticked|inched|closed|ended|finished|was|were|traded|is|are)\s+(?:down|lower)|"
    r"down|lower|off"
)

# qualifiers between a move verb and its value ("as much as", "nearly")
MARKET_QUALIFIERS = (
    r"(?:as\s+much\s+as|about|nearly|almost|more\s+than|under|over|just|roughly|some|by|a)"
)

# a noun and a preposition right before a company ("fees at Morgan Stanley", "revenue of
# Acme", "sales in Acme's unit"): what moves is the noun's figure, not the stock; not
# after "shares"/"stock" ("Shares of Acme fell 3%")
MARKET_NOUN_OF_COMPANY = (
    r"(?<![Ss]hares)(?<![Ss]tock)(?<![Ss]tocks)(?<!ADRs)\s(?:at|of|in|for|from)\s+(?:the\s+)?$"
)

# between a company or index and its move ("'s shares rose")
MARKET_AFTER_SUBJECT = (
    r"(?:'s?|’s?)?(?:\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV)\.?)?"
    r"(?:\s+(?:shares?|stock|stocks|index|ADRs?))?"
    rf"(?:\s+(?:also|initially|then|later|again|briefly))?\s+(?P<verb>(?P<up>{MARKET_UP})|(?P<down>{MARKET_DOWN}))"
    rf"(?:\s+{MARKET_QUALIFIERS})*\s+$"
)

# the end of a clause break after which a sentence may name a new subject ("; Samsung's
# unit earned", ", while Alphabet posted", ", but Beta")
COMPANY_LINK_NEW_SUBJECT_CLAUSE = r"(?:;|,\s+(?:while|whereas|but))\s*$"

# the English marker of a parallel list
RESPECTIVELY_MARKER = r"respectively"

# the conjunction between two items of a list
RESPECTIVELY_AND = r"and|&"

# "fiscal 2019", "FY2019": a bare year item that is a fiscal year
RESPECTIVELY_FISCAL_YEAR = r"fiscal(?:\s{1,3}years?)?|FY"

# scale words after a number: a four-digit number before one is no year
RESPECTIVELY_SCALE_WORDS = r"million|billion|thousand|trillion|percent"

# comparison words: an apposition holding one gets no period from its primary value
RESPECTIVELY_COMPARATIVE = (
    r"compared|versus|vs|from|prior|previous|last|increase|decrease|"
    r"up|down|change|growth|excluding|including"
)

# before a year: the span of the sentence's own period in that year ("compared to $2.9
# billion for the same period in 2023", "the comparable quarter of fiscal 2023")
PERIOD_SAME_PERIOD_OF = (
    r"\b(?:same|comparable|corresponding|like)\s{1,2}(?:quarter|period|months?|"
    r"(?:three|six|nine|twelve)[-\s]months?\s{1,2}period)\s{1,2}(?:of|in)\s{1,2}(?:fiscal\s{1,2})?$"
)

# periods named relative to an earlier one ("a year ago", "prior year")
PERIOD_PRIOR = (
    r"\b(?:a year ago|year[- ]ago|(?:a )?year earlier|the year before|prior[- ]year|last year|previous year|prior[- ]period|"
    r"same (?:period|quarter) (?:of |in )?(?:last|the prior|the previous) year)\b"
)

# a period named as the year before the sentence's own ("$1.2 million in the prior
# year" after "in 2022"): read from that period when the document gives no date ("last
# year" is not: it counts from the document's date)
PERIOD_YEAR_BEFORE_OWN = (
    r"\b(?:the\s+)?(?:prior|previous|preceding)(?:[- ]year(?:\s+(?:period|quarter))?|(?:\s+fiscal)?\s+year)\b"
    r"|\b(?:a\s+)?year\s+(?:earlier|before)\b|\bthe\s+year[- ]ago\s+(?:period|quarter)\b"
    r"|\bthe\s+same\s+(?:period|quarter)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:(?:prior|previous)(?:\s+fiscal)?|last)\s+year\b"
)

# words that put a span of time ahead ("over the next 4 years"): never a comparison
PERIOD_AHEAD_WORDS = ("next", "coming")

# major stock indices as news writes them, each with its written forms (longer first)
MARKET_INDICES: dict[str, tuple[str, ...]] = {
    "S&P 500": ("S&P 500", "S&P500", "Standard & Poor's 500", "S&P 500 index"),
    "Dow Jones Industrial Average": (
        "Dow Jones Industrial Average",
        "Dow Jones industrial average",
        "Dow Jones Industrials",
        "Dow Jones",
        "Dow industrials",
        "Dow",
    ),
    "Nasdaq Composite": (
        "Nasdaq Composite",
        "Nasdaq composite",
        "Nasdaq Composite Index",
        "Nasdaq",
    ),
    "Nasdaq 100": ("Nasdaq 100", "Nasdaq-100"),
    "Russell 2000": ("Russell 2000",),
    "FTSE 100": ("FTSE 100", "FTSE", "Footsie"),
    "FTSE 250": ("FTSE 250",),
    "DAX": ("DAX",),
    "CAC 40": ("CAC 40", "CAC-40", "CAC"),
    "Stoxx 600": ("STOXX 600", "Stoxx 600", "STOXX Europe 600", "Stoxx Europe 600"),
    "Euro Stoxx 50": ("Euro Stoxx 50", "EURO STOXX 50"),
    "Nikkei 225": ("Nikkei 225", "Nikkei"),
    "Topix": ("Topix", "TOPIX"),
    "Hang Seng": ("Hang Seng Index", "Hang Seng"),
    "Shanghai Composite": ("Shanghai Composite Index", "Shanghai Composite", "SSE Composite"),
    "Shenzhen Component": ("Shenzhen Component Index", "Shenzhen Component"),
    "CSI 300": ("CSI 300", "CSI300"),
    "CSI 500": ("CSI 500", "CSI500"),
    "SSE 50": ("SSE 50",),
    "ChiNext": ("ChiNext Index", "ChiNext Price Index", "ChiNext"),
    "STAR 50": ("STAR 50 Index", "STAR 50", "STAR Market 50"),
    "Hang Seng Tech": ("Hang Seng Tech Index", "Hang Seng TECH Index", "Hang Seng Tech"),
    "Hang Seng China Enterprises": ("Hang Seng China Enterprises Index", "HSCEI"),
    "KOSPI": ("KOSPI", "Kospi"),
    "Sensex": ("Sensex", "BSE Sensex"),
    "Nifty 50": ("Nifty 50", "Nifty"),
    "S&P/ASX 200": ("S&P/ASX 200", "ASX 200", "ASX200"),
    "S&P/TSX Composite": ("S&P/TSX composite index", "S&P/TSX Composite", "TSX"),
    "IBEX 35": ("IBEX 35", "Ibex 35", "Ibex"),
    "FTSE MIB": ("FTSE MIB",),
    "SMI": ("Swiss Market Index", "SMI"),
    "MSCI World": ("MSCI World", "MSCI All-Country World Index", "MSCI ACWI"),
    "MSCI Emerging Markets": ("MSCI Emerging Markets", "MSCI EM"),
    "VIX": ("VIX", "Cboe Volatility Index"),
}

# scale words a plain count may carry ("1.2 million people")
PHRASE_NUMBER_SCALE = r"million|billion|thousand|lakhs?|crores?"

# a level cue and a value between a change word and the value: the word moved the list's
# first member, the rest are levels too ("grew to 1.50% of loans and 1.61%")
CHANGE_LEVEL_THEN_VALUE = r"\b(?:to|at)\s{1,2}[$€£]?\d[\d.,]*\s?%?[^,;\d]{0,30}\band\s{1,2}$"

# a value, "of" and a few words right before a change noun: the noun is that value's
# ("320 basis points of margin expansion"; a sum after "and" and another verb is not moved)
CHANGE_OWN_NOUN_OF_VALUE_BEFORE = (
    r"(?:%|\d|points?|bps|million|billion)\s{1,2}of\s{1,2}(?:[A-Za-z-]+\s{1,2}){0,3}$"
)

# a new clause with its own subject between a change word and the value (", and it set
# aside $2.4 billion")
CHANGE_NEW_SUBJECT_AFTER_CUE = (
    r"[,;]\s{1,2}(?:and|but|while|whereas)\s{1,2}"
    r"(?:it|we|they|the\s{1,2}(?:company|bank|group|firm|lender))\s"
)

# a metric phrase that opens with a comparison ("compared with a loss") names the value
# after it, never the one before
METRIC_COMPARISON_LEAD = r"(?:compared|versus|from)\b"

# a value's own noun after it, maybe after "in" or "of" and up to two words ("$2.1 billion
# in buybacks", "3 million outstanding shares")
METRIC_OWNED_AFTER = r"\s{1,2}(?:(?:in|of)\s{1,2}(?:[a-z][a-z\-]*\s{1,2}){0,2})?"

# a word after a value that says what it is, so that the metric named after the value
# before it is not its own ("$318 million of cash and $450 million available under the
# revolver", "$2 billion of notes and $500 million undrawn")
METRIC_OWN_DESCRIPTOR_AFTER = r"\s{1,2}(?:available|undrawn|unused|unfunded|remaining\s+available)\b"

# a turn to a clause with a subject of its own that moves ("Unit revenue fell 3.5%, while
# fuel costs per gallon dropped 12%"): a metric named before it is not that clause's
METRIC_CLAUSE_TURN = (
    r",\s+(?:while|whereas|but)\s+"
    r"(?!(?:it|its|they|their|we|our|this|that|which|a|an|was|were|is|are|has|have|had|will"
    r"|would|also|still|then|remained|stayed)\b)"
    rf"(?!(?:{MARKET_UP}|{MARKET_DOWN})\b)"
    r"(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}\s+"
    rf"(?:{MARKET_UP}|{MARKET_DOWN}|was|were)\b"
)

# between a value and "the same period in 2023": the value's own time, never a comparison
PERIOD_OWN_TIME_BEFORE_SAME = r"\s{1,2}(?:for|in|during)\s{1,2}(?:the\s{1,2})?"

# between a share's move and the price it ended at ("fell 2.3% to 5,012p", "to above $44,000")
MARKET_MOVE_TO_PRICE = (
    # (where or when it traded may stand between: "rose 3.1% in Hong Kong to HK$152.80",
    # "fell 2% on Tuesday to $41.10", "in early trade to")
    r"(?:,?\s{1,2}(?:in|on|at)\s{1,2}(?:(?:early|late|afternoon|morning|midday|extended|"
    r"premarket|after-hours)\s{1,2})?(?:[A-Z][\w.'-]*(?:\s{1,2}[A-Z][\w.'-]*){0,2}|"
    r"trade|trading|deals)(?:\s{1,2}(?:trade|trading|deals))?,?)?"
    r"\s{1,2}to(?:\s{1,2}close\s{1,2}at)?"
    r"(?:\s{1,2}(?:above|below|about|around|nearly|almost|over|under|just\s{1,2}(?:above|below|over|under)))?"
    r"\s{1,2}"
)

# after a name and before its move: a word that makes the name a sector ("Tech stocks")
MARKET_SECTOR_AFTER = r"\s(?:stocks|shares|names|sector)\b"

# the nouns by which a market report names a company again after its move ("Ocado jumped
# 4.2% after the grocer raised its target", "... as the London-listed miner cut output");
# not "bank" (the central bank moves currencies and indexes)
_MARKET_COMPANY_NOUNS = (
    r"company|firm|group|miner|lender|insurer|retailer|grocer|supermarket|carmaker|automaker"
    r"|drugmaker|chipmaker|chip designer|airline|brewer|distiller|maker|producer|operator"
    r"|developer|conglomerate|supplier|manufacturer|utility|broadcaster|publisher"
    r"|housebuilder|homebuilder|builder|chain|start-?up|owner|giant|provider|exporter"
    r"|refiner|shipper|asset manager|wealth manager|broker|brokerage|outfit|business"
)
# a name opening the sentence, its move, its percentage, then "after/as/when the <company
# noun>": the name is a company's, whatever the model takes it for
MARKET_MOVER_WITH_ANAPHOR = (
    r"(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Za-z0-9 .]{1,25})?"
    r"(?: \([A-Za-z .]{2,25}\))? ?[-–—]{1,2} ?)?"
    r"(?:(?:[Ss]hares|[Ss]tock) (?:of|in) )?"
    r"(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|&)){0,3})"
    r"(?:'s?|’s?)?(?: (?:shares?|stock))?"
    rf" (?:{MARKET_UP}|{MARKET_DOWN})\b[^.;:]{{0,30}}?[0-9][0-9.,]*\s?(?:%|percent|per cent)"
    r"[^.;:]{0,60}?\b(?:after|as|when|because|since|once)\s+(?:the|its)\s+"
    rf"(?:[A-Za-z'’\-]+\s+){{0,3}}?(?:{_MARKET_COMPANY_NOUNS})s?\b"
)

# between a value and a period after it that opens the next item of a list ("$2.3 billion
# and fourth-quarter revenue of $2.9 billion"): that period is the next item's
PERIOD_NEXT_ITEM_JOIN = r"\b(?:and|while|whereas|but)\b"
