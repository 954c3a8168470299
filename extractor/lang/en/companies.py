"""English cue words read by ``extractor/companies.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# words that refer to the company speaking or written about (we, the company)
COMPANY_PRONOUNS = frozenset(
    {
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "the company",
        "this company",
        "our company",
        "the firm",
        "our firm",
        "the group",
        "our group",
        "the business",
        "the corporation",
        "the issuer",
        "the registrant",
    }
)

# words that make a capitalised run a company's name (Inc, Holdings, Bank, Technologies)
COMPANY_WORDS = frozenset(
    _w(
        "Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LP plc PLC AG SE SA NV "
        "Group Holding Holdings Capital Partners Partner Investments Investment Ventures Venture Fund "
        "Funds Management Asset Assets Securities Bank Bancorp Financial Finance Insurance Trust "
        "Technologies Technology Tech Systems Software Networks Network Communications Media "
        "Entertainment Digital Labs Pharma Pharmaceuticals Therapeutics Biotech Bio Motors Motor "
        "Energy Resources Industries Industrial International Global Worldwide Brands Foods Airlines "
        "Airways Logistics Electronics Semiconductor Semiconductors Research Advisors Advisory Equity "
        "Lending Payments Games Studios Pictures Mobile Cloud Data Solutions Services Consulting"
    )
)

# common given names (and a few famous surnames): a run starting with one is a person
FIRST_NAMES = frozenset(
    _w(
        "Aaron Adam Alan Albert Alex Alexander Alice Amy Andrew Andy Anna Anne Anthony Ben Benjamin "
        "Bill Bob Brian Bruce Carl Carol Charles Chris Christopher Daniel Dan David Dennis Donald "
        "Edward Elizabeth Elon Emily Emma Eric Frank Gary George Henry Jack Jacob James Jane Jason "
        "Jeff Jeffrey Jennifer Jerry Jessica Jim Joe John Jonathan Joseph Josh Julia Karen Kevin "
        "Larry Laura Linda Lisa Mark Mary Matt Matthew Michael Mike Nancy Nick Patrick Paul Peter "
        "Rachel Richard Robert Ryan Sam Sarah Scott Sean Stephen Steve Steven Susan Thomas Tim "
        "Timothy Tom Tony William Warren Bezos Musk Cook Zuckerberg Buffett"
    )
)

# industry words that end a company's name where it is a sentence's subject
INDUSTRY_WORDS = frozenset(
    _w(
        "Health Healthcare Medical Retail Stores Utilities Utility Telecom Telecommunications "
        "Mining Minerals Metals Steel Oil Gas Petroleum Shipping Lines Railroad Railway Transport "
        "Brewing Beverages Chemicals Materials Realty Properties Homes Hotels Resorts Restaurants "
        "Apparel Automotive Aerospace Defense Robotics Devices Instruments Power Electric Water "
        "Bancshares Biosciences Sciences Diagnostics Gaming Foods Motors Airlines"
    )
)

# Latin tokens that are never a company name alone (acronyms, months, function words)
NOT_NAME_TOKENS = frozenset(
    _w(
        "IPO API APIs SaaS PaaS IaaS SMS MMS IM VoIP ISV ISVs SI SIs IP CEO CFO COO CTO CIO CMO CPO "
        "VP SVP EVP GM MD IR PR HR E A B C D H N Q S T U V X Y Z AI AR VR XR IT IoT ICT APP App Apps "
        "PC TV GPS LED OLED LCD USB CPU GPU SDK SDKs SEC FDA FTC FCC WTO IMF OPEC UN EU US USA UK HK CN "
        "PRC GMT UTC GDP CPI PPI PMI ETF ETFs PE VC PPP GAAP IFRS EPS EBIT EBITA EBITDA ROE ROA ROI KPI M&A "
        "B2B B2C C2C O2O P2P ABS MBS CDS REIT REITs LPR SHIBOR LIBOR QFII RQFII QDII OTC ESG DNA RNA "
        "NYSE NASDAQ Nasdaq AMEX HKEX SSE SZSE Mr Ms Mrs Dr Inc Ltd Co Corp LLC Q1 Q2 Q3 Q4 H1 H2 "
        "FY YoY QoQ MoM No OK Wi-Fi WiFi WLAN LTE 3G 4G 5G Android iOS Windows Linux Mac Web Cloud "
        "Internet Email Online Offline January February March April May June July August September "
        "October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday "
        "Wednesday Thursday Friday Saturday Sunday The This That These Those In On At Of For And Or "
        "But With By From To As We You They He She It I My Our Your Their His Her Its Is Are Was "
        "Were Be So If Not All Any Some Yes Thanks Thank Hello Hi Good Well Okay Operator Q A&A "
        "Q&A CRM ERP SCM UCaaS CCaaS CPaaS SIM eSIM MAU DAU ARPU ARR NRR DBNE AWS GCP SaaS "
        "PS PB PEG TTM YTD LTM NAV AUM IRR NPV CAGR RMB CNY USD HKD EUR JPY GBP CHF AUD CAD "
        "SGD KRW TWD ST PT NT AM PM OEM ODM EMS R&D CRO CDMO CXO IDC BAT TMT FMCG AIGC LLM GPT "
        "EPC BT BOT TOT PPP EPCM PMC ChatGPT COVID COVAX Wind Choice iFinD Bloomberg Reuters SUV EV EVs NEV PHEV BEV ICE BMS PCB IC SoC MCU DRAM NAND HBM GW MW KW kWh"
    )
)

# a news dateline opening a sentence: a city in capitals, maybe a date and the wire
# service, then a dash ("LONDON (Reuters) - ", "NEW YORK, March 3 — ")
COMPANY_DATELINE_PREFIX = (
    r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Za-z0-9 .]{1,25})?"
    r"(?: \([A-Za-z .]{2,25}\))? ?[-–—]{1,2} ?"
)

# a sentence's subject: a capitalised name at its start, then 's or a reporting or corporate verb
COMPANY_SENTENCE_SUBJECT = (
    # (after a news dateline: "SYDNEY, Feb 21 (Reuters) - Koala Mining Ltd on Wednesday ...")
    r"(?:" + COMPANY_DATELINE_PREFIX + r")?"
    r"(?:BRIEF-|(?:[Ss]hares|[Ss]tock) of )?"
    r"(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|&)){0,5})"
    r"(?='s\b|,? (?:said|says|reported|reports|posted|posts|sees|saw|forecast|forecasts|"
    r"expects|expected|raised|raises|cut|cuts|to|agreed|agrees|plans|planned|ended|announced|"
    r"announces|named|names|priced|prices|shares|stock|beat|beats|missed|misses|lowered|lowers|"
    r"will|would|rose|fell|jumped|slid|climbed|dropped|delivered|reaffirmed|boosted|swung|"
    r"completed|completes|closed|closes|acquired|acquires|bought|buys|sold|sells|signed|signs|"
    r"[1-4]?Q[1-4]|Q[1-4]|on [A-Z][a-z]+day|"
    # a headline's verbs, capitalised ("Acme Corp Reports Fourth Quarter Results")
    r"(?-i:Reports|Reported|Posts|Announces|Sees|Raises|Cuts|Beats|Misses|Lifts|Lowers|Delivers|"
    r"Expands|Completes|Declares|Provides|Updates))\b)"
)


# a sentence's opening name without a company word, made a business by what follows it:
# "'s" or a reporting verb, then (after up to two words) a figure only a business reports
# ("Glencore said its net income", "Rio Tinto's underlying earnings", "Vale posted a
# profit"); not shares or stock, which people hold too; the model's places are vetoed
COMPANY_BUSINESS_SUBJECT = (
    rf"(?:{COMPANY_DATELINE_PREFIX})?"
    r"(?P<name>[A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|&)){0,3})"
    r"(?:'s|’s|,? (?:said|says|reported|reports|posted|posts|swung to"
    # an outlook changed ("Infosys raised its annual revenue growth forecast")
    r"|raised|raises|lifted|lifts|cut|cuts|lowered|lowers|trimmed|trims|reaffirmed|reaffirms)"
    r"(?: (?:that )?(?:its|a|an))?)"
    r"(?: [a-z][a-z\-]*){0,2} "
    r"(?:revenues?|sales|(?:net |operating |pre-tax |pretax )?(?:profits?|income|loss(?:es)?)|"
    r"earnings|EBITDA|EBIT|margins?|orders|bookings|deliveries|shipments|dividends?|"
    r"(?:free )?cash flow|guidance|outlook|market (?:value|capitali[sz]ation))\b"
)

# a wire service's headline tag that NER takes into the name after it ("BRIEF-Acme Corp",
# "UPDATE 2-Unilever")
COMPANY_WIRE_TAG = (
    r"(?:BRIEF|UPDATE|EXCLUSIVE|CORRECTED|CORRECTION|RPT|REFILE|WRAPUP|INSIGHT|ANALYSIS|BUZZ|"
    r"FACTBOX|TIMELINE|PRESS RELEASE)(?:\s?\d{1,2})?\s?-\s?(?=[A-Z0-9])"
)

# words of a headline that NER takes into the name before them ("Acme Corp Q2", "Acme Corp Reports")
COMPANY_HEADLINE_TAIL = (
    r"(?:\s+(?:[1-4]Q|Q[1-4]|H[12]|FY\d{2,4}|Reports?|Posts?|Sees|Says|Announces|Beats|Misses|"
    r"Raises|Cuts|Lifts|Lowers))+$"
)

# first words of a capitalised run after "acquisition of" that is no company (Q3, Fiscal, Total)
COMPANY_NOT_ACQUIRED_START = (
    r"(?:Q[1-4]|[1-4]Q|FY\d*|\d.*|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|First|Second|Third|Fourth|Fiscal|Full|Strategic|"
    r"Accounting|Total|Recent|Pending|Proposed|Completed|Closed|Announced)"
)

# determiners dropped before an acquired name ("Our Zipwhip acquisition")
COMPANY_ACQUIRED_DETERMINERS = frozenset(_w("The This That These Those Our Its Their Your A An"))

# words of finance that make an acquired run no company (assets, revenue)
COMPANY_NOT_ACQUIRED_WORDS = frozenset(
    _w(
        "company business businesses assets customers shares stock talent team gaap non-gaap "
        "revenue costs cost related expenses expense integration"
    )
)

# legal-form suffixes stripped from an English name (Inc., Ltd, plc, GmbH)
COMPANY_LEGAL_SUFFIX = (
    r"(?:,?\s{1,3}|(?<=\.))(?:Inc\.?|Incorporated|Corp\.?|Corporations?|Co\.?|"
    r"Ltd\.?|Limited|plc\.?|PLC|Plc|P\.L\.C\.|LLC|L\.L\.C\.|L\.P\.|LP|N\.V\.|NV|S\.A\.|SA|AG|"
    r"SE|GmbH|S\.p\.A\.|SpA|Pty\.?|Pte\.?|S\.A\.S\.|B\.V\.|BV|K\.K\.)$"
)

# group words stripped like legal suffixes (Holdings, Group)
COMPANY_GROUP_SUFFIX = r",?\s{1,3}(?:Holdings?|Group)$"

# "Company" words stripped from a name's end (Company, Cos.)
COMPANY_COMPANY_SUFFIX = r",?\s{1,3}(?:Company|Companies|Cos\.)$"

# a name a document says it acquired: capitalised words, at most four
COMPANY_ACQUIRED_NAME = r"[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}"

# a document's own acquisitions: "acquisition(s) of X", "acquisitions, particularly X and
# Y", "acquired X", "X acquisition" (names in the group "names", or "before")
COMPANY_ACQUIRED = (
    r"(?:\b(?:acquisitions?|acquiring|acquired|purchase|merger with)"
    r"(?:,? (?:particularly|including|namely|such as|like|of))?(?: the)? "
    rf"(?P<names>{COMPANY_ACQUIRED_NAME}(?:(?:, | and |, and ){COMPANY_ACQUIRED_NAME})*))"
    rf"|(?P<before>{COMPANY_ACQUIRED_NAME})(?= acquisition\b)"
)

# what separates the names of such a list ("X, Y and Z")
COMPANY_ACQUIRED_LIST_SEP = r", and |, | and "

# stock exchanges written before a ticker or a code ("NYSE: TWLO", "HKEX 700")
COMPANY_EXCHANGES = r"NYSE(?: American)?|NASDAQ(?:GS|GM)?|Nasdaq(?:GS|GM)?|AMEX|HKEX|SEHK"
