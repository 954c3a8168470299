"""English cue words read when deciding where the model's NER has to run (named
fragments, one comment each)."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


# ORG entities from NER that are not companies in financial text: finance acronyms, roles,
# regulators and exchanges, news sources and data vendors (who reports, not what is
# reported on), then regulators and sales regions
NOT_COMPANY_ORGS = frozenset(
    [
        "sec",
        "gaap",
        "non-gaap",
        "ebitda",
        "q&a",
        "fx",
        "ir",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "eps",
        "arr",
        "rpo",
        "capex",
        "opex",
        "mbs",
        "cmbs",
        "rmbs",
        "abs",
        "clo",
        "clos",
        "cdo",
        "etf",
        "etfs",
        "ipo",
        "m&a",
        "covid",
        "covid-19",
        "the",
        "company",
        "fda",
        "nasdaq",
        "nyse",
        "treasury",
        "reuters",
        "bloomberg",
        "bloomberg news",
        "associated press",
        "ap",
        "afp",
        "dow jones",
        "prnewswire",
        "pr newswire",
        "business wire",
        "businesswire",
        "globenewswire",
        "globe newswire",
        "marketwatch",
        "cnbc",
        "wsj",
        "the wall street journal",
        "financial times",
        "xinhua",
        "seeking alpha",
        "the motley fool",
        "motley fool",
        "zacks",
        "refinitiv",
        "factset",
        "ibes",
        "refinitiv ibes",
        # stock exchanges named as where shares trade ("fell 2.1% on the ASX"); the operator
        # named as a business ("ASX Ltd reported ...") is another name
        "asx",
        "nyse",
        "nasdaq",
        "lse",
        "tsx",
        "tsxv",
        "hkex",
        "sgx",
        "jse",
        "nzx",
        "euronext",
        "cboe",
        "bursa malaysia",
        "idx",
        "set",
        "bse",
        "nse",
        # commodities and coins the model reads as organisations ("Oil prices rose 2%")
        "oil",
        "crude",
        "brent",
        "brent crude",
        "wti",
        "gold",
        "spot gold",
        "silver",
        "copper",
        "bitcoin",
        "ether",
        "ethereum",
        "sterling",
        "euro",
        "the euro",
        "yen",
        "yuan",
        # regulators and enforcers that fine or sue companies (the fined company is the subject)
        "european commission",
        "the european commission",
        "eu commission",
        "ftc",
        "federal trade commission",
        "doj",
        "justice department",
        "department of justice",
        "the justice department",
        "cma",
        "competition and markets authority",
        "fca",
        "financial conduct authority",
        "cftc",
        "finra",
        "csrc",
        "china securities regulatory commission",
        "securities and exchange commission",
        "irish data protection commission",
        "data protection commission",
        # sales regions a company reports by ("Revenue in EMEA", "APAC revenue")
        "emea",
        "apac",
        "apj",
        "latam",
        "amer",
        "americas",
        "the americas",
        "asia pacific",
        "asia-pacific",
        "asia pac",
        "greater china",
        "north america",
        "latin america",
        "south america",
        "middle east",
        "rest of world",
        "rest of the world",
        "international",
        "dach",
        "benelux",
        "nordics",
        "anz",
        "mena",
        "cee",
    ]
)

# the places whose shares a market report moves ("Shares in Asia fell", "Shares in Hong
# Kong rose 1%"): after "Shares in" any other capitalised name is a company (the model
# reads that position as a place whatever the name: "Shares in Ocado")
MARKET_PLACES = frozenset(
    [
        "asia", "europe", "africa", "america", "the americas", "latin america", "north america",
        "south america", "the middle east", "middle east", "the gulf", "gulf", "emerging markets",
        "the region", "the us", "the u.s.", "us", "u.s.", "the united states", "the uk",
        "the u.k.", "uk", "britain", "england", "the euro zone", "the eurozone", "eurozone",
        "japan", "china", "mainland china", "hong kong", "taiwan", "south korea", "korea",
        "india", "australia", "new zealand", "singapore", "malaysia", "indonesia", "thailand",
        "the philippines", "philippines", "vietnam", "pakistan", "canada", "mexico", "brazil",
        "argentina", "chile", "colombia", "peru", "germany", "france", "italy", "spain",
        "portugal", "the netherlands", "netherlands", "belgium", "switzerland", "austria",
        "sweden", "norway", "denmark", "finland", "ireland", "poland", "greece", "turkey",
        "russia", "israel", "saudi arabia", "qatar", "kuwait", "the uae", "dubai", "abu dhabi",
        "egypt", "south africa", "nigeria", "kenya", "tokyo", "shanghai", "shenzhen", "beijing",
        "seoul", "taipei", "mumbai", "sydney", "toronto", "london", "paris", "frankfurt",
        "milan", "madrid", "zurich", "amsterdam", "stockholm", "new york", "wall street",
        "sao paulo", "johannesburg", "istanbul", "riyadh", "jakarta", "manila", "bangkok",
        "kuala lumpur", "wellington", "oslo", "copenhagen", "helsinki", "vienna", "brussels",
        "lisbon", "dublin", "athens", "warsaw", "moscow", "tel aviv", "karachi",
    ]
)

# market sectors that news capitalises at a sentence's start and the model may read as an
# organisation ("Banks rose 1.2% and Miners fell 0.8%", "Tech stocks rose 2%")
MARKET_SECTORS = frozenset(
    [
        "banks", "lenders", "insurers", "miners", "retailers", "automakers", "carmakers",
        "chipmakers", "drugmakers", "homebuilders", "builders", "airlines", "utilities",
        "telecoms", "financials", "industrials", "materials", "staples", "discretionary",
        "defensives", "cyclicals", "exporters", "importers", "energy", "tech", "technology",
        "healthcare", "real estate", "property developers", "brokers", "oil majors",
        "refiners", "shippers", "semiconductors",
    ]
)

# a data vendor credited as the source of a figure ("according to LSEG data", "FactSet
# consensus", "data compiled by Bloomberg", "LSEG I/B/E/S"): it names where a figure comes
# from, never whose it is. Vendor names as written; the words around them in lower case
# (a lead word may open the sentence), so "LSEG Data & Analytics" (a business line) is no credit
_VENDOR = (
    r"(?:LSEG|Refinitiv|FactSet|Bloomberg|Visible\s+Alpha|Zacks(?:\s+Investment\s+Research)?"
    r"|S&P\s+Global(?:\s+Market\s+Intelligence)?|S&P\s+Capital\s+IQ|Capital\s+IQ|Dealogic"
    r"|Estimize|Thomson\s+Reuters|Consensus\s+Metrix)"
)
_VENDOR_DB = r"(?:I/B/E/S|IBES|StarMine)"
_VENDOR_DATA = (
    r"(?:data|estimates?|consensus(?:\s+estimates?)?|polls?|surveys?|figures|forecasts?"
    r"|calculations|compilations?|analysis|numbers)"
)
_VENDOR_LEAD = (
    r"(?i:(?:(?:data|figures|estimates?|numbers)\s+)?(?:compiled|provided|collected)\s+by"
    r"|according\s+to|polled\s+by|surveyed\s+by|tracked\s+by"
    r"|(?:estimates?|consensus|data|forecasts?|figures|polls?)\s+(?:from|by|of))"
)
DATA_VENDOR_CREDIT = (
    rf"(?:{_VENDOR_LEAD}\s+(?:the\s+)?{_VENDOR}(?:\s+{_VENDOR_DB})?(?:\s+{_VENDOR_DATA})?"
    rf"|{_VENDOR}(?:['’]s)?(?:\s+{_VENDOR_DB})?\s+{_VENDOR_DATA}"
    rf"|(?:{_VENDOR}\s+)?(?:I/B/E/S|{_VENDOR}\s+IBES))(?![\w&])"
)

# how the name of a market place ends: a stock exchange trades companies, it reports none
# of their figures ("the New York Stock Exchange", "the Tokyo bourse")
NOT_COMPANY_ORG_END = (
    r"\b(?:stock\s+exchange|bourse|stock\s+market"
    # a government's departments and statistics offices ("the Labor Department said")
    r"|department|ministry|statistics\s+bureau|census\s+bureau|statistics\s+office"
    r"|office\s+for\s+national\s+statistics)$"
    r"|^(?:the\s+)?(?:u\.s\.\s+)?(?:department|ministry|bureau)\s+of\b"
)

# what may stand before a NOT_COMPANY_ORGS name ("the U.S. Federal Trade Commission")
NOT_COMPANY_ORG_LEAD = r"^(?:the\s+)?(?:u\.s\.|us|eu|uk|u\.k\.)?\s*"

# words that open a sentence of business news without naming anyone
SENTENCE_OPENING_WORDS = frozenset(
    _w(
        "analysts gross net revenue revenues sales operating total adjusted shares stock "
        "earnings profit profits income cash free diluted basic organic comparable same full "
        "fiscal quarterly annual first second third fourth last next meanwhile however "
        "excluding including overall margin margins costs cost expenses spending capital "
        "dividends both each still also after before during over under about around nearly "
        "approximately since despite while year quarter growth demand prices inventory "
        "inventories orders bookings backlog there here what when where why how such one two "
        "three "
    )
)

# lower-case words that alone never make an organisation's name: scale and unit words,
# function words of amounts and lists
PLAIN_LOWER_WORDS = frozenset(
    _w(
        "a an and or nor of in on at to from by for with as than the was were is are be been "
        "respectively compared versus vs per each both up down about approximately around "
        "nearly over under at least most more less thousand thousands million millions "
        "billion billions trillion trillions mln mn bn b m k mm percent pct cents cent "
        "dollars dollar euros euro pounds yen yuan rmb usd eur gbp jpy cny hkd "
    )
)
