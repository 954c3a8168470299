"""Quantity mentions in running text: money, percentages, basis points, share counts,
counts and bare numbers, with ranges and qualifiers, each with its exact span.

Pure (no spaCy), no global mutable state. One compiled regex per language finds
number cores (digits, Chinese numerals, English number words); small anchored regexes
then read the currency before, the scale word, unit and qualifier around each core,
and reject numbers that are parts of names, dates, codes or times.

>>> [(q.text, str(q.value), q.unit) for q in find_quantities("营收1.669亿美元，增长88%", "zh")]
[('1.669亿美元', '166900000', 'USD'), ('88%', '88', '%')]
>>> q = find_quantities("revenue of about $700 to $705 million in Q3 2021", "en")[0]
>>> q.text, str(q.value), str(q.value_high), q.unit, q.qualifier, q.qualifier_text
('$700 to $705 million', '700000000', '705000000', 'USD', '~', 'about')
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

import attrs

from .currencies import CurrencyHints, CurrencyTable, LazyHints, currency_hints
from .normalize.numbers import CN_BIG_UNITS, clean_decimal, fold, parse_number, scale_of

__all__ = ["Qualifier", "Quantity", "find_quantities", "parse_quantity"]

Qualifier = Literal["~", ">", ">=", "<", "<="]


# "the 2016 USD Notes": a year, a currency code and a capitalised noun make a name
_YEAR_CODE_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+")


@attrs.frozen
class Quantity:
    """One quantity mention.

    ``start``/``end`` are half-open offsets into the text given to
    :func:`find_quantities`, and ``text == that_text[start:end]``. ``value`` is in
    base units ("$1.2 billion" -> 1200000000); a percentage keeps the number as
    written ("50%" -> 50). ``unit`` is an ISO 4217 code, ``"%"``, ``"bp"``, ``"pp"``,
    ``"shares"``, ``"count"`` (a Chinese classifier such as 名/家/个) or ``None`` for a
    bare number. Qualifier words stay outside the span.
    """

    start: int
    end: int
    text: str
    value: Decimal
    value_high: Decimal | None
    unit: str | None
    qualifier: Qualifier | None
    qualifier_text: str | None
    per_share: bool


@attrs.frozen
class _Atom:
    """A single number with its unit, before ranges, qualifiers and per-share."""

    start: int
    end: int
    value: Decimal
    unit: str | None
    raw: Decimal  # the number as written, before scale and unit factor (signed)
    scale: Decimal  # the scale written with it (1 when none)
    scaled: bool  # a scale word or character was written ("million", "亿")
    factor: Decimal  # the unit's factor (0.01 for cents, 10 for 成)
    inner_qual: str | None = None  # "余"/"多" inside the span ("1000余万元")
    hyphen_sign: bool = False  # began with "-": may be a range dash ("10% - 15%")
    value_high: Decimal | None = None
    vague: bool = False  # "tens of millions of dollars": a range of magnitudes


def _signed_atom(
    start: int,
    end: int,
    value: Decimal,
    raw: Decimal,
    neg: bool,
    *,
    unit: str | None,
    factor: Decimal,
    scale: Decimal = Decimal(1),
    scaled: bool = False,
    inner: str | None = None,
    hyphen: bool = False,
) -> _Atom:
    """An atom from unsigned ``value`` (in base units) and ``raw`` (as written); ``neg``
    signs both; ``hyphen``: the sign was a leading "-" (maybe a range dash)."""
    if neg:
        value, raw = -value, -raw
    return _Atom(
        start=start,
        end=end,
        value=clean_decimal(value),
        unit=unit,
        raw=raw,
        scale=scale,
        scaled=scaled,
        factor=factor,
        inner_qual=inner,
        hyphen_sign=hyphen and neg,
    )


# -- character classes and fragments -------------------------------------------------

_CN_DIGIT_CHARS: Final = "一二两兩三四五六七八九壹贰貳叁肆伍陆陸柒捌玖"
_CN_UNIT_CHARS: Final = "十百千万亿萬億兆拾佰仟"
_CN_NUM_CLASS: Final = "[零〇" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "]"
_CN_RUN_CLASS: Final = "[零〇" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "点點]"
_CN_RUN_CLASS_APPROX: Final = "[零〇" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "点點余多]"
_CN_U: Final = "[" + _CN_UNIT_CHARS + "]"
_CN_D: Final = "[" + _CN_DIGIT_CHARS + "]"

_ARABIC: Final = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Chinese scale characters after digits: "1.669亿", "3550万", "13万2", "5万4千6百", "1000余万"
_TAIL: Final = (
    rf"(?P<tail> ?[余多]? ?{_CN_U}{{1,3}}(?:[零〇]?(?:\d{{1,4}}|{_CN_D}){_CN_U}{{1,3}}){{0,6}}"
    rf"(?P<tail_end>[零〇]?\d{{1,4}}(?![\d.]))?)?"
)
_EN_NUMBER_WORDS: Final = (
    "seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|seventy|"
    "eleven|twelve|twenty|thirty|forty|fourty|fifty|sixty|eighty|ninety|"
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    "hundred|thousand|million|billion|trillion"
)
_EN_WORDS: Final = (
    r"(?P<words>\b(?i:(?:a|an)(?=[ ]{1,2}(?:hundred|thousand|million|billion|trillion)\b)"
    rf"|(?:{_EN_NUMBER_WORDS})\b)"
    rf"(?:(?:[ ]{{1,2}}|[ ]?-[ ]?)(?i:(?:and[ ]{{1,2}})?(?:{_EN_NUMBER_WORDS}|point)\b)){{0,12}})"
)
_PCT_PREFIX: Final = (
    r"(?<![\d零〇一二两兩三四五六七八九十百千万亿萬億壹贰貳叁肆伍陆陸柒捌玖拾佰仟])"
    r"(?P<pctpre>百分之|千分之|萬分之|万分之) ?"
    rf"(?P<pctnum>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_CN_RUN_CLASS}{{1,20}})"
)
_CORE_ARABIC: Final = rf"(?P<arabic>(?<!\d){_ARABIC}){_TAIL}"
_PURE_CN: Final = rf"(?P<cn>{_CN_NUM_CLASS}{_CN_RUN_CLASS_APPROX}{{0,39}})"

# "half a million", "a quarter of a billion", "three quarters billion": a fraction of a scale
_EN_FRACTION: Final = (
    r"(?P<frac>\b(?i:(?:a[ ]{1,2})?(?P<part>half|quarter|three[ -]quarters?)"
    r"(?:[ ]{1,2}of)?(?:[ ]{1,2}an?)?[ ]{1,2}(?P<fscale>million|billion|trillion))\b)"
)
_FRACTIONS: Final = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}
_FRACTION_RE: Final = re.compile(_EN_FRACTION)

_MASTER: Final[dict[str, re.Pattern[str]]] = {
    "zh": re.compile(f"{_PCT_PREFIX}|{_CORE_ARABIC}|{_PURE_CN}"),
    "en": re.compile(f"{_CORE_ARABIC}|{_EN_WORDS}"),
}

# What may come before a number: a sign word, a sign, a currency, a sign, "(".
def _pre_regex(currency: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<sw>(?<![A-Za-z])(?i:negative|minus)\s{1,2})?"
        r"(?P<s1>(?<![A-Za-z0-9_%)])[-−+]|负(?=\D)|負(?=\D))?"
        r"(?P<lp1>\()?"
        r"(?P<cur>(?:" + currency + r")\s{0,2})?"
        r"(?P<s2>(?<![A-Za-z0-9_%)])[-−+]|负|負)?"
        r"(?P<lp>\()?$"
    )


_CLASSIFIERS: Final = (
    r"名(?![义義字称稱单單额額])|家(?![族庭长長])|户|戶|位(?![数數于於置])|人(?![民士员員口均次数數])"
    r"|[个個](?![月季交工小星百基人])|笔|筆|项(?!目)|項(?!目)|款(?![项項])|台(?![湾灣币幣阶階])"
    r"|辆|輛|座|件|套|条(?![件款例])|條(?![件款例])|张|張|次(?![日年月级級])|例|批|架|艘|枚|颗|顆"
    r"|场(?![所景地])|場(?![所景地])|种(?![子类類])|種(?![子类類])|剂|劑|亩|畝"
)
def _suffix_regex(currency: str) -> re.Pattern[str]:
    return re.compile(
    r"(?:(?P<scale>[ ]?(?i:thousand(?:[ ]million)?|million|billion|trillion|hundred|lakhs?(?:[ ]crores?)?|crores?|mln|bln|mil|mn|bn"
    r"|tn|trn|tln|mm)(?![A-Za-z]))|(?P<scale1>[kKMBbmT])(?![A-Za-z])"
        r"|(?P<scale_code>[ ]?[kKM])(?=[A-Z]{3}(?![A-Za-z])))?"
    r"(?P<approx> ?[余多])?"
    r"(?:(?P<pp>[ ]?(?i:percentage[ ]points?|pct[ ]points?|ppts?)(?![A-Za-z])|[ ]?pp(?![A-Za-z])"
    r"|[ ]?[个個]?[ ]?百分[点點])"
    r"|(?P<bp>[ ]?(?i:basis[ ]points?|bps|bp|bips)(?![A-Za-z])|[ ]?[个個]?[ ]?基[点點])"
    r"|(?P<pct>[ ]?(?:%|‰|(?i:percent(?:age)?s?|per[ ]cent|pct)(?![A-Za-z]))|(?<=\d)pc(?![A-Za-z]))"
    r"|(?P<cur>(?:\s?|-(?=[A-Za-z]))(?:" + currency + r"))"
    r"|(?P<shares>[ ]?(?:(?i:shares)(?![A-Za-z])|股(?![东東权權价價本市息民票指])))"
    r"|(?P<cls>[ ]?(?:" + _CLASSIFIERS + r"))"
    r"|(?P<cheng>成(?![本员員交功立为為都熟长長果绩績就品像份效不]))"
    r"|(?P<zhe>折(?![旧舊合算扣让讓现現射返叠疊腾騰磨断斷服线線]))"
    r")?"
)


# first characters of what may follow a pure Chinese numeral (a quick filter)
_CN_FOLLOW: Final = frozenset("股%‰个個百基成折") | frozenset(
    "名家户戶位笔筆项項款台辆輛座件套条條张張次例批架艘枚颗顆场場种種剂劑亩畝"
)

# -- exclusions -----------------------------------------------------------------------

_RUN_AFTER: Final = re.compile(r"[\d.,:/]{0,64}")
_DATE_AT: Final = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}-\d{1,2}-\d{2,4}(?!\d)")
_PHONE_AT: Final = re.compile(
    r"(?:\d{1,3}[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)|\d{3,4}-\d{7,8}(?!\d)"
)
_PHONE_RUN: Final = re.compile(r"(?:[-. ]?\(?\d{1,4}\)?){0,5}")
_PHONE7_AT: Final = re.compile(r"\d{3}-\d{4}(?![\d%万亿萬億])")  # "555-1234" (English text)
_NAME_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:form|forms|section|sections|item|items|note|notes|page|pages|slide|slides"
    r"|chapter|article|exhibit|table|figure|fig\.|rule|schedule|version|windows|web|fortune|tier"
    r"|level|phase|part|gen|generation|model|no\.|apollo|boeing|airbus|iphone|galaxy|pixel|xbox"
    r"|playstation|covid|rev\.|vol\.|volume|step|round|grade|class|series|type|category"
    r"|fy|cy|fiscal|fiscal\syear|q[1-4]|[1-4]q|h[12]|[12]h)"
    r"|S&P|Russell|FTSE|Nasdaq|NASDAQ|Dow|Nikkei|Hang\sSeng|CSI|Stoxx|STOXX|DAX|CAC|MSCI|KOSPI"
    r"|Top|TOP|[#№v])\s{0,2}-?\s?$"
)
_ZH_NAME_BEFORE: Final = re.compile(
    r"(?:财富|財富|标普|標普|纳斯达克|納斯達克|纳指|納指|道琼斯|道瓊斯|富时|富時|恒生|沪深|滬深|中证|中證"
    r"|上证|上證|深证|深證|国证|國證|创业板|創業板|科创|科創|罗素|羅素|日经|日經)\s?$"
)
_ZH_NAME_LAST: Final = frozenset("富普克指斯时時生深证證板创創素经經")
_MONTHS: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE: Final = re.compile(_MONTHS + r"\.?\s{1,2}(?:the\s)?$")
_MONTH_AFTER: Final = re.compile(r"(?:st|nd|rd|th)?,?\s{1,2}(?:of\s)?" + _MONTHS + r"\b")
_TIME_AFTER: Final = re.compile(r"\s?(?i:a\.m\.|p\.m\.|am|pm|o'clock|hrs)(?![A-Za-z])")
_CODE_AFTER: Final = re.compile(
    r"\.(?i:SH|SZ|HK|SS|BJ|TW|TWO|KS|KQ|T|L|N|O|OQ|US|SI|AX|TO|DE|PA)(?![A-Za-z])"
)
_CODE_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?:SH|SZ|HK|SZSE|SSE|HKEX|HKSE|NYSE|NASDAQ|Nasdaq|TSE|TSX|ASX|TWSE|BSE)"
    r"|代码|代碼|编号|編號)\s?[:：]?\s?$"
)
_ZH_DATE_AFTER: Final = re.compile(
    r" ?(?:[年月日号號]|季度|财年|財年|周年|週年|点钟|點鐘|时|時|分钟|分鐘)"
)
_URLISH: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。；）)\]]+")
_EMAIL_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-"
)
_ONE_BLOCKERS: Final = frozenset("第唯统統同之专專均单單逐划劃整其万萬")

# -- qualifiers and per share ---------------------------------------------------------

_QUAL_WORDS: Final[dict[str, Qualifier]] = {
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
    "约": "~", "约合": "~", "约为": "~", "大约": "~", "大概": "~", "将近": "~", "接近": "~",
    "近": "~", "左右": "~", "上下": "~", "約": "~", "大約": "~", "將近": "~",
    "超过": ">", "超過": ">", "逾": ">", "超": ">", "多于": ">", "多於": ">", "高于": ">",
    "高於": ">", "余": ">", "餘": ">", "多": ">",
    "不低于": ">=", "不低於": ">=", "不少于": ">=", "不少於": ">=", "至少": ">=",
    "最少": ">=", "以上": ">=",
    "不到": "<", "不足": "<", "低于": "<", "低於": "<", "少于": "<", "少於": "<",
    "不超过": "<=", "不超過": "<=", "不高于": "<=", "不高於": "<=", "最多": "<=",
    "至多": "<=", "以下": "<=", "以内": "<=", "以內": "<=", "之内": "<=", "之內": "<=",
}  # fmt: skip
_QUAL_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?P<en>(?i:about|approximately|approx\.|roughly|around|nearly|almost"
    r"|close\sto|circa|more\sthan|over|above|in\sexcess\sof|upwards\sof|north\sof|greater\sthan"
    r"|at\sleast|no\sless\sthan|not\sless\sthan|a\sminimum\sof|minimum\sof|less\sthan"
    r"|fewer\sthan|under|below|shy\sof|up\sto|at\smost|no\smore\sthan|not\smore\sthan"
    r"|a\smaximum\sof|maximum\sof|as\smuch\sas|as\smany\sas))\s{1,2}"
    r"|(?P<zh>约合|约为|大约|大約|大概|将近|將近|接近|(?<![最附临臨靠])近"
    r"|(?<![签簽合预預履违違条條公契制节節特邀相缔締])[约約]"
    r"|逾|不超过|不超過|超过|超過|超|多于|多於|高于|高於|不低于|不低於|不少于|不少於|至少|最少"
    r"|不到|不足|低于|低於|少于|少於|不高于|不高於|最多|至多) ?)$"
)
_QUAL_AFTER: Final = re.compile(
    r"(?P<en>\s(?i:or\smore|or\sabove|or\shigher|or\sgreater|or\sless|or\sfewer|or\sbelow"
    r"|or\slower|or\sso|and\sabove|and\sup)(?![A-Za-z])|\s?(?i:plus)(?![A-Za-z])(?![\s$]{0,3}\d)"
    r"|\+(?![\s$]{0,3}\d))"
    r"|\s?(?P<zh>左右|上下(?![游文班级級限])|以上|以下|以内|以內|之内|之內)"
)
_PER_SHARE_AFTER: Final = re.compile(
    r"(?:\s?(?i:per|a|an|/)\s?(?i:(?:fully\s)?diluted\s|basic\s|non-gaap\s|gaap\s|adjusted\s"
    r"|common\s|ordinary\s|class\s[ab]\s)?(?i:shares?|ads|adr)(?![A-Za-z])|-a-share|/股|每股)"
)
_PER_SHARE_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:per\s(?:diluted\s|basic\s)?share|eps)(?:\s(?i:of|was|were|is|at))?\s{0,2}"
    r"|每股[^\d\s，。；,;:：]{0,5})$"
)
_SCALE_WORDS: Final = ("hundred", "thousand", "million", "billion", "trillion")
_VAGUE_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?i:few|several|many|some|couple|of)\s{1,2}$")
_BETWEEN_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?i:between)\s{1,2}$|介于$|介於$")
_ABOUT_WORDS: Final = "about|approximately|roughly|around|nearly"
_FROM_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?i:from\s{{1,2}}(?:(?:{_ABOUT_WORDS}|over|under)\s{{1,2}})?)$"
    r"|[从從由](?:约|約|近)?$"
)
# before the first of two values "X to Y" that are a change and a level, not a range
_CHANGE_BEFORE: Final = re.compile(
    r"(?<![A-Za-z])(?i:by|increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|"
    rf"improved|up|down|(?:%|percent)\s{{1,2}}or)\s{{1,2}}(?i:(?:{_ABOUT_WORDS})\s{{1,2}})?$"
)
# "expected to be down 2% to 6%", "will be up 3 to 5 percent": a change said of the
# future is a range of changes, never a change to a level
_FUTURE_CHANGE_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?i:be)\s{{1,2}}(?i:up|down)\s{{1,2}}(?i:(?:{_ABOUT_WORDS})\s{{1,2}})?$"
)
_NEGATIVE_WORD: Final = re.compile(r"(?i:negative|minus)\s")
_RANGING_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?i:rang(?:e|es|ed|ing)\s{1,2}from\s{1,2})(?:\S+\s{1,2})?$")
_PER_SHARE_GAP: Final = re.compile(r"\s{1,2}(?i:per\s{1,2}(?:diluted\s{1,2})?share)\s{1,2}(?P<conn>(?i:to))\s{1,2}")
_RANGE_CONNECTORS: Final = frozenset({"-", "–", "—", "~", "～", "〜", "至", "到", "to", "and"})
# "plus 10% to plus 12%", "minus 1% to plus 1%": a spoken sign on the range's upper end
# (and the same word before its lower end); "$41 million plus $29 million" is a sum, so
# the word counts only after a range connector
_PLUS_GAP: Final = re.compile(r"(?P<gap>\s{1,2}(?i:to|and)\s{1,2}|\s?[-–—]\s?)(?i:plus)\s{1,2}")
_PLUS_BEFORE: Final = re.compile(r"(?<![A-Za-z])(?i:plus)\s{1,2}$")

_SCALE_LETTER_NEEDS_CURRENCY: Final = frozenset("mT")
# "75 USD million": a scale word after a currency code
_SCALE_AFTER_CODE: Final = re.compile(
    r" (?P<w>(?i:thousand|million|billion|trillion|mln|bln|mn|bn))(?![A-Za-z])"
)
_CODE_TOKEN: Final = re.compile(r"[A-Z]{3}|[a-z]{3}")
_VIDEO_LINES: Final = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160"})
_WORD_AFTER: Final = re.compile(r"\s?[A-Za-z]")  # "$5 to 10 employees": not a range
_MONEY_DASH: Final = re.compile(r"\s?[-–—]\s?|\s(?i:to)\s")
_PENCE_DIGITS: Final = re.compile(r"\.\d\d$")  # "PS3.50"
# "$479 million yen-denominated debt": the word is an adjective's, not the unit (but
# "a 12-cent-a-share dividend" is 12 cents)
_ADJECTIVE_AFTER: Final = re.compile(r"-(?!a-share|per-share)[A-Za-z]")
# a hyphenated "pound" is a weight far more often than money ("a 10-pound turkey")
_HYPHEN_NOT_UNIT: Final = re.compile(r"-(?i:pound)")
# the last characters of a sign or bracket _PRE can match (a quick filter; the currency
# table adds the last characters of its marks)
_SIGN_LAST: Final = frozenset("-−+负負")


@attrs.frozen
class _Grammar:
    """The regexes and filters built from one currency table."""

    table: CurrencyTable
    pre: re.Pattern[str]
    pre_sign: re.Pattern[str]  # the same without a currency
    suffix: re.Pattern[str]
    vague: re.Pattern[str]
    tails: frozenset[str]
    cn_follow: frozenset[str]


_GRAMMARS: dict[int, _Grammar] = {}


def _grammar(table: CurrencyTable) -> _Grammar:
    g = _GRAMMARS.get(id(table))
    if g is not None and g.table is table:
        return g
    g = _Grammar(
        table=table,
        pre=_pre_regex(table.prefix_source),
        pre_sign=_pre_regex("(?!)"),
        suffix=_suffix_regex(table.suffix_source),
        vague=re.compile(
            r"(?<![A-Za-z])(?i:(?P<mult>tens|hundreds)\s{1,2}of\s{1,2})?"
            r"(?P<scale>(?i:thousands|millions|billions|trillions))\s{1,2}(?i:of)\s{1,2}"
            r"(?P<cur>" + table.suffix_source + r")"
        ),
        tails=table.prefix_tails,
        cn_follow=_CN_FOLLOW | table.cjk_first,
    )
    if len(_GRAMMARS) > 16:
        _GRAMMARS.clear()
    _GRAMMARS[id(table)] = g
    return g
_ZH_QUAL_LAST: Final = frozenset(w[-1] for w in _QUAL_WORDS if not w.isascii())


def _last_is_latin(pre: str) -> bool:
    """Whether ``pre`` ends with a Latin word (before spaces, "-" or ".")."""
    p = pre.rstrip(" -.")
    return bool(p) and (p[-1].isascii() and p[-1].isalpha() or p[-1] in "&#№")


def _is_ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _url_spans(t: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses (numbers inside them are not quantities)."""
    spans = []
    if "://" in t or "www." in t:
        spans = [m.span() for m in _URLISH.finditer(t)]
    at = t.find("@")
    while at != -1:
        a, b = at, at + 1
        while a > 0 and t[a - 1] in _EMAIL_CHARS:
            a -= 1
        while b < len(t) and t[b] in _EMAIL_CHARS:
            b += 1
        spans.append((a, b))
        at = t.find("@", b)
    return spans


@attrs.frozen
class _Pre:
    """What was written just before a number: sign, currency, parenthesis."""

    start: int
    code: str | None = None  # currency
    generic: bool = False  # the currency is a loose one ("$", "元")
    neg: bool = False
    hyphen: bool = False  # the sign was "-"
    paren: bool = False  # "(" directly before the digits
    outer_paren: bool = False  # "(" before the currency: "($3.2) million"
    cur_start: int = -1  # where the currency starts


class _Scanner:
    """One pass over one text (holds per-call state only)."""

    def __init__(
        self,
        text: str,
        lang: Literal["en", "zh"],
        table: CurrencyTable,
        hints: CurrencyHints | LazyHints | None,
    ) -> None:
        self.t = fold(text)
        self.lang = lang
        self.urls = _url_spans(self.t)
        self.floor = 0  # where the previous mention ended: prefixes start after it
        self.g = _grammar(table)
        self.table = table
        self.hints = hints
        self.last: _Atom | None = None  # the previous mention
        self.ctx_marks: list[int] = []  # where marks the document decided were written
        self._marks: dict[str, tuple[bool, str | None, str | None, Decimal]] = {}  # see _mark

    # -- currencies -------------------------------------------------------------------
    def _currency(self, token: str, at: int) -> tuple[str, Decimal] | None:
        """(ISO code, unit factor) of a currency mark written at ``at``, decided by the
        document where the mark is ambiguous; None when the document leaves it open."""
        known = self._marks.get(token)
        if known is None:
            known = self._marks[token] = self._mark(token)
        context, code, default, factor = known
        if not context:
            return None if code is None else (code, factor)
        self.ctx_marks.append(at)
        if code is None:
            return None
        if code != default and default is not None and self._is_conversion(at):
            code = default  # "C$1.2 billion ($900 million)": the bracket converts
        return code, factor

    def _mark(self, token: str) -> tuple[bool, str | None, str | None, Decimal]:
        """(decided by the document?, code here, default code, unit factor) of a mark:
        the same for every amount of the text, so worked out once per mark."""
        table = self.table
        if not table.is_context_mark(token):
            u = table.unit(token)
            return (False, None, None, Decimal(1)) if u is None else (False, u[0], None, u[1])
        if self.hints is None:
            self.hints = currency_hints(self.t, table, folded=True)
        return (
            True,
            self.hints.code(token, self.lang),
            table.default_code(token, self.lang),
            table.factor(token),
        )

    def _is_conversion(self, at: int) -> bool:
        """A bracket right after an amount in an explicitly written currency."""
        t = self.t
        k = at
        while k > 0 and t[k - 1] == " ":
            k -= 1
        if k == 0 or t[k - 1] != "(":
            return False
        last = self.last
        if last is None or not 0 <= k - 1 - last.end <= 2:
            return False
        # the amount before names its currency outright ("C$", "HK$", "euros")
        return last.unit is not None and not any(last.start <= p < last.end for p in self.ctx_marks)

    def _unit_of(self, sm: re.Match[str]) -> tuple[str | None, Decimal, str | None]:
        """(unit, factor, which group) of a suffix match."""
        if sm.group("pp"):
            return "pp", Decimal(1), "pp"
        if sm.group("bp"):
            return "bp", Decimal(1), "bp"
        if sm.group("pct"):
            g = sm.group("pct").strip()
            return "%", (Decimal("0.1") if g == "‰" else Decimal(1)), "pct"
        if sm.group("cur"):
            tok = sm.group("cur").strip().lstrip("-")
            u = self._currency(tok, sm.start("cur"))
            if u is None:
                return None, Decimal(1), None
            if (
                len(tok) == 1
                and u[1] != 1
                and not tok.isascii()
                and tok != "¢"
                and self.t[sm.end() : sm.end() + 1] not in ("钱", "錢")
            ):
                return None, Decimal(1), None  # "五角钱", "三分钱"; not "五角大楼", "十分重要"
            return u[0], u[1], "cur"
        if sm.group("shares"):
            return "shares", Decimal(1), "shares"
        if sm.group("cls"):
            return "count", Decimal(1), "cls"
        if sm.group("cheng"):
            return "%", Decimal(10), "cheng"
        if sm.group("zhe"):
            return "%", Decimal(10), "zhe"  # "八折" = 80% of the price; "75折" is fixed by the caller
        return None, Decimal(1), None

    def _read_unit(self, pre: _Pre, sm: re.Match[str]) -> tuple[str | None, Decimal, str | None]:
        """(unit, factor, suffix group consumed or None), given the prefix and the suffix."""
        u, f, which = self._unit_of(sm)
        if which is None or pre.code is None:
            return (u, f, which) if which is not None else (pre.code, Decimal(1), None)
        if which != "cur":
            return pre.code, Decimal(1), None  # "$5%"? keep the money, leave the suffix
        tok = sm.group("cur").strip().lstrip("-")
        if tok in self.table.sign_marks:
            return pre.code, Decimal(1), None  # "$ 20 $ 37": the symbol is the next amount's
        if u == pre.code or self.table.is_loose(tok):
            return pre.code, f, "cur"  # "人民币26.3亿元", "港币100元", "C$5 dollars"
        if pre.generic and u is not None:
            return u, f, "cur"
        return pre.code, Decimal(1), None

    # -- the pieces around a number ---------------------------------------------------
    def _prefix(self, s: int) -> _Pre:
        """The sign, currency and parenthesis written before position ``s``."""
        t = self.t
        lo = max(self.floor, s - 24)
        # where a currency would end: before "(", a sign and up to two spaces
        k = s
        if k > lo and t[k - 1] == "(":
            k -= 1
        if k > lo and t[k - 1] in _SIGN_LAST:
            k -= 1
        if k > lo and t[k - 1] == "(":
            k -= 1
        n = 0
        while k > lo and t[k - 1] == " " and n < 2:
            k, n = k - 1, n + 1
        if k > lo and (
            t[k - 1].lower() in self.g.tails or t[max(lo, k - 2) : k].lower() in self.g.tails
        ):
            m = self.g.pre.search(t, lo, s)
        elif k < s:
            m = self.g.pre_sign.search(t, lo, s)
        else:
            return _Pre(s)
        if m is None or m.start() == s:
            return _Pre(s)
        neg = bool(m.group("sw"))
        hyphen = False
        for g in ("s1", "s2"):
            sign = m.group(g)
            if sign and sign != "+":
                neg = not neg
                hyphen = hyphen or sign in "-−"
        code = None
        generic = False
        if m.group("cur"):
            u = self._currency(m.group("cur"), m.start("cur"))
            code = u[0] if u else None
            generic = self.table.is_loose(m.group("cur"))
        outer = bool(m.group("lp1"))
        if outer and m.group("lp"):
            return _Pre(s)  # "((5", "($(5": no reading of its brackets
        if outer and code is None:
            if m.group("s2"):  # "(-3384亿元)": the bracket is punctuation, the sign is read
                return _Pre(m.start("s2"), None, False, neg, hyphen)
            # no currency: the bracket is the one right before the digits ("(1,234)")
            return _Pre(m.start(), None, False, neg, hyphen, True)
        return _Pre(
            m.start(), code, generic, neg, hyphen, bool(m.group("lp")), outer,
            m.start("cur") if m.group("cur") else -1,
        )

    def _rejected_before(self, start: int) -> bool:
        """A letter, digit or name glued to the left of the mention."""
        t = self.t
        if start == 0:
            return False
        c = t[start - 1]
        if _is_ascii_alnum(c) or c in "_'’#@&第":
            return True
        return start >= 2 and (
            c == "-"
            and t[start - 2].isascii()
            and t[start - 2].isalpha()
            or c in "/."
            and _is_ascii_alnum(t[start - 2])
        )  # "COVID-19", "A/3", "v.2"

    def _money_range_before(self, s: int) -> bool:
        """The previous mention is money and a dash or "to" joins it to ``s`` ("€3-4m")."""
        last = self.last
        return (
            last is not None
            and last.unit is not None
            and len(last.unit) == 3
            and _MONEY_DASH.fullmatch(self.t, last.end, s) is not None
        )

    def _mangled_pound(self, s: int) -> bool:
        """"PS" right before the digits, alone: scraped UK news writes "£" so."""
        t = self.t
        return (
            s >= 2
            and t[s - 2 : s] == "PS"
            and (s == 2 or not (t[s - 3].isascii() and t[s - 3].isalnum()))
        )

    def _name_then_amount(self, start: int) -> bool:
        """A name of three or more letters glued to the number ("Jagex100%")."""
        t = self.t
        k = start
        while k > 0 and t[k - 1].isascii() and t[k - 1].isalpha():
            k -= 1
        return start - k >= 3 and (k == 0 or not _is_ascii_alnum(t[k - 1]))

    def _in_url(self, s: int) -> bool:
        return any(a <= s < b for a, b in self.urls)

    def _not_a_number(self, s: int, e: int, core: str) -> int | None:
        """Where a run of digits that is part of an address, a date, a time, a phone
        number, a code or a URL ends; ``None`` when the digits at ``s`` are a number."""
        t = self.t
        nxt = t[e : e + 2]
        if len(nxt) == 2 and nxt[0] in ".:/" and nxt[1].isdigit():
            return _RUN_AFTER.match(t, e).end()  # type: ignore[union-attr]  # 192.168.1.2, 10:30
        if nxt[:1] in ("-", " ", ")", "."):
            p = _PHONE_AT.match(t, s) or _DATE_AT.match(t, s)
            if p is None and self.lang == "en":
                p = _PHONE7_AT.match(t, s)
            if p is not None:
                return p.end()
        if core.startswith(".") and s > 0 and t[s - 1].isdigit():
            return e
        if (
            s > 0
            and t[s - 1] == "+"
            and t[e : e + 1] in ("-", " ", "(")
            and t[e + 1 : e + 2].isdigit()
        ):
            return _PHONE_RUN.match(t, e).end()  # type: ignore[union-attr]  # "+1-222-2222"
        if self.urls and self._in_url(s):
            return e
        return None

    def _excluded_context(
        self, s: int, e: int, core: str, unit: str | None, scaled: bool, has_currency: bool
    ) -> bool:
        """Dates, years, times, codes, names, footnotes: not quantities."""
        t = self.t
        pre = t[max(0, s - 24) : s]
        post = t[e : e + 16]
        latin_before = _last_is_latin(pre)
        if not has_currency and unit not in ("%", "bp", "pp"):
            # ("Dow +0.2%", "Nasdaq 1.2%": a change of the index, not its name)
            if latin_before and _NAME_BEFORE.search(pre):
                return True  # "Form 10", "S&P 500", "page 4"
            if pre.rstrip()[-1:] in _ZH_NAME_LAST and _ZH_NAME_BEFORE.search(pre):
                return True  # "沪深300", "財富 500"
        if post[:1] == "." and _CODE_AFTER.match(post):
            return True  # "600519.SH"
        if (
            unit not in ("%", "bp", "pp")
            and (latin_before or pre.rstrip(" :：")[-1:] in ("码", "碼", "号", "號"))
            and _CODE_BEFORE.search(pre)
        ):
            return True  # "SZ 300273", "股票代码600519"
        plain_int = core.isdigit()
        if (
            plain_int
            and not scaled
            and len(core) == 4
            and 1900 <= int(core) <= 2100
            and t[e - 3 : e].isupper()
            and t[e - 3 : e].isalpha()
            and _YEAR_CODE_NAME_AFTER.match(post)
        ):
            return True  # "the 2016 USD Notes", "2020 EUR Term Loan": a year in a name
        if unit is not None or scaled or has_currency:
            return False
        if plain_int and len(core) == 4 and 1900 <= int(core) <= 2100:
            return True  # a year
        if plain_int and len(core) > 1 and core[0] == "0":
            return True  # a code ("000001")
        if plain_int and len(core) == 6 and self.lang == "zh":
            return True  # a stock code ("300273")
        if _ZH_DATE_AFTER.match(post) or _TIME_AFTER.match(post):
            return True  # "8月31日", "2021财年", "10 a.m."
        if (
            plain_int
            and len(core) <= 2
            and int(core) <= 31
            and (latin_before and _MONTH_BEFORE.search(pre) or _MONTH_AFTER.match(post))
        ):
            return True  # "June 23", "23rd of June"
        return plain_int and pre.endswith(("(", "[")) and post.startswith((")", "]"))  # "(1)"

    def _glued_after(self, end: int, has_currency: bool) -> bool:
        """A letter or digit glued to the right ("5G", "1st", "10-K", "360-degree")."""
        t = self.t
        if end >= len(t):
            return False
        last, after = t[end - 1], t[end]
        if _is_ascii_alnum(last) and _is_ascii_alnum(after):
            return True
        return (
            after == "-"
            and not has_currency
            and _is_ascii_alnum(last)
            and end + 1 < len(t)
            and t[end + 1].isascii()
            and t[end + 1].isalpha()
        )

    # -- one candidate ------------------------------------------------------------------
    def arabic(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """Digits, with a Chinese scale tail, scale word, currency and unit."""
        t = self.t
        s, e = m.span("arabic")
        core = m.group("arabic")
        run_end = _RUN_AFTER.match(t, e).end()  # type: ignore[union-attr]
        skip = self._not_a_number(s, e, core)
        if skip is not None:
            return None, skip
        pre = self._prefix(s)
        mangled = pre.code is None and self._mangled_pound(s)
        if mangled:
            pre = _Pre(s - 2, "GBP")  # "PS6m": a "£" that lost its encoding (checked below)
        glued = pre.code is None and self._rejected_before(pre.start)
        if glued and not self._name_then_amount(pre.start):
            return None, run_end  # "FY21", "A2P", "Q2"
        digits = core.replace(",", "")
        if len(digits) > 32:
            return None, run_end  # an identifier, not an amount
        raw = Decimal(digits)
        value = raw
        scale = Decimal(1)
        scaled = False
        inner: str | None = None
        start, end, neg = pre.start, e, pre.neg
        if m.group("tail"):
            tend = m.end("tail")
            if m.group("tail_end") and _ZH_DATE_AFTER.match(t, tend):
                tend = m.start("tail_end")  # "10亿2020年": the year is not part of it
            tail = t[m.start("tail") : tend]
            v = parse_number(digits + tail.replace(" ", ""))
            if v is not None:
                value, scaled, end = v, True, tend
                scale = v / raw if raw else Decimal(1)
                inner = next((c for c in tail if c in "余多"), None)
        closed = False
        if pre.outer_paren:
            # "($3.2) million" is an accounting negative; "($3.2)" and "($3.2 million)"
            # are as often a conversion or an aside: the bracket stays out of the span
            after = self.g.suffix.match(t, end + 1) if t[end : end + 1] == ")" else None
            if after is not None and after.group("scale"):
                closed, neg, end = True, not neg, end + 1
            else:
                start = pre.cur_start
        elif pre.paren:
            if t[end : end + 1] == ")":
                if pre.code is None and "," not in core and "." not in core:
                    return None, end + 1  # a footnote or list marker "(1)"
                closed, neg, end = True, not neg, end + 1
            elif pre.code is None:
                start = s  # "(5 million users)": the parenthesis is not part of it
        sm = self.g.suffix.match(t, end)
        assert sm is not None  # every group is optional
        word = sm.group("scale") or sm.group("scale1") or sm.group("scale_code")
        scale_end = end
        if sm.group("scale_code") and not (sm.group("cur") and pre.code is None):
            word = None  # "30 MUSD" is 30 million dollars; "5 MABC" is nothing
        if word and not scaled and (not closed or sm.group("scale") or pre.code is not None):
            if (
                sm.group("scale1") in _SCALE_LETTER_NEEDS_CURRENCY
                and pre.code is None
                and not sm.group("cur")
                and not self._money_range_before(pre.start)
            ):
                return None, run_end  # "5m" (metres), "5T": not without a currency
            if core == "3" and word == "M" and pre.code is None:
                return None, run_end  # "3M", the company
            mult = scale_of(word)
            if mult is not None:
                scale, scaled, value = mult, True, raw * mult
                scale_end = sm.end("scale") if sm.group("scale") else sm.end("scale1")
                if sm.group("scale_code"):
                    scale_end = sm.end("scale_code")
        if mangled and not (scaled or "," in core or _PENCE_DIGITS.search(core)):
            return None, run_end  # "PS5", "PS4 Pro": a name; only "PS6m", "PS2,500", "PS3.50"
        unit, factor, which = self._read_unit(pre, sm)
        if which is not None and word and scale_end == end:
            unit, factor, which = pre.code, Decimal(1), None  # a scale word not taken
        if which == "cheng" and (scaled or not 0 < value <= 10):
            unit, factor, which = pre.code, Decimal(1), None  # "成" is 10% only after 1..10
        if which == "zhe":
            if scaled or pre.code is not None or not 0 < value < 100 or (value >= 10 and value != int(value)):
                unit, factor, which = pre.code, Decimal(1), None
            elif value >= 10:
                factor = Decimal(1)  # "75折": 75% of the price
        if (
            which == "cur"
            and pre.code is None
            and not scaled
            and len(core) == 4
            and core.isdigit()
            and 1900 <= int(core) <= 2100
            and sm.group("cur").strip().lstrip("-")[:1].isalpha()
            and sm.group("cur").isascii()
        ):
            unit, factor, which = None, Decimal(1), None  # "in 2019 dollars", "2019 won"
        if (
            which == "cur"
            and pre.code is None
            and sm.group("cur") == "p"
            and not scaled
            and core in _VIDEO_LINES
        ):
            unit, factor, which = None, Decimal(1), None  # "1080p" video, not £10.80
        if which == "cur" and (
            _HYPHEN_NOT_UNIT.match(sm.group("cur")) or sm.group("cur")[0] == "-" and value == 0
        ):
            unit, factor, which = pre.code, Decimal(1), None  # "a 10-pound turkey"
        if which == "cur" and _ADJECTIVE_AFTER.match(t, sm.end()):
            # "$479 million yen-denominated debt": the word is an adjective's, not the unit
            unit, factor, which = pre.code, Decimal(1), None
        if which is not None:
            end = sm.end()
            if sm.group("approx"):
                inner = inner or sm.group("approx").strip()
            code_scale = _SCALE_AFTER_CODE.match(t, end) if which == "cur" else None
            if code_scale and not scaled and _CODE_TOKEN.fullmatch(sm.group("cur").strip().lstrip("-")):
                mult = scale_of(code_scale.group("w"))  # "75 USD million": code order
                if mult is not None:
                    scale, scaled, value, end = mult, True, raw * mult, code_scale.end()
        else:
            end = scale_end
        if pre.paren and not closed and pre.code is not None:
            if t[end : end + 1] == ")":
                closed, neg, end = True, not neg, end + 1  # "$(3.2 million)"
            else:
                start = s  # "$(3.2 million" never closed: keep the span balanced
        if glued and which not in ("pct", "cur"):
            return None, run_end  # letters glued before: only "Jagex100%", "AESC51%"
        if which == "shares" and t[start - 1 : start] == "每":
            return None, end  # "每10股派3元": per ten shares
        if self._glued_after(end, pre.code is not None or which == "cur"):
            return None, max(end, run_end)
        if self._excluded_context(start, end, core, unit, scaled, pre.code is not None):
            return None, max(end, run_end)
        atom = _signed_atom(
            start, end, value * factor, raw, neg, unit=unit, factor=factor, scale=scale,
            scaled=scaled, inner=inner, hyphen=pre.hyphen,
        )
        return atom, end

    def pct_prefix(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """百分之五十, 千分之三, 百分之12.5."""
        s = m.start()
        num = m.group("pctnum").rstrip("点點")
        v = parse_number(num)
        while v is None and len(num) > 1 and num[-1] in _CN_UNIT_CHARS:
            num = num[:-1].rstrip("点點")  # "百分之七十百分位"
            v = parse_number(num)
        if v is None:
            return None, s + 1
        factor = {"百": Decimal(1), "千": Decimal("0.1")}.get(m.group("pctpre")[0], Decimal("0.01"))
        end = m.start("pctnum") + len(num)
        pre = self._prefix(s)
        start, neg = (pre.start, pre.neg) if pre.code is None and not pre.paren else (s, False)
        return _signed_atom(start, end, v * factor, v, neg, unit="%", factor=factor), end

    def pure_cn(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """Chinese numerals: kept only with a unit, or a 万/亿 scale ("三千五百五十万")."""
        t = self.t
        s, e = m.span("cn")
        run = m.group("cn")
        if s > 0 and t[s - 1] == "第":
            return None, e  # an ordinal
        if not any(c in CN_BIG_UNITS for c in run):
            k = e
            while k < len(t) and k < e + 2 and t[k] in " 余多":
                k += 1
            if k >= len(t) or t[k] not in self.g.cn_follow:
                return None, s + 1 if len(run) == 1 else e
        for n in range(len(run), 0, -1):
            cand = run[:n]
            if cand[-1] in "点點":
                continue
            v = parse_number(cand)
            if v is None:
                continue
            sm = self.g.suffix.match(t, s + n)
            assert sm is not None  # every group is optional
            has_digit = cand[0] in "十拾" or any(c in _CN_DIGIT_CHARS for c in cand)
            pre = self._prefix(s)
            if pre.code is None and (pre.paren or pre.start < s and t[pre.start : s] not in "负負"):
                pre = _Pre(s)
            unit, factor, which = self._read_unit(pre, sm)
            if sm.group("scale") or sm.group("scale1"):
                unit, factor, which = pre.code, Decimal(1), None  # no "三 million"
            if which is None:
                if not has_digit or not any(c in CN_BIG_UNITS for c in cand):
                    continue
                if cand[-1] in "余多" or (
                    n >= 2 and cand[-1] in _CN_DIGIT_CHARS and cand[-2] in CN_BIG_UNITS
                ):
                    continue  # "一万三" without a unit: "三" may start the next word
                end = s + n
            else:
                end = sm.end()
            if n == 1 and cand in "陆陸伍肆拾柒捌玖贰貳叁壹":
                return None, e  # "陆股通", "大陆人", "队伍"
            if which in ("cls", "cheng", "zhe") and cand == "一":
                return None, e  # "一个", "一家", "一成不变"
            if (
                which == "cur"
                and sm.group("cur").strip().lstrip("-") in ("块", "塊")
                and t[end : end + 1] not in "钱錢"
            ):
                return None, e  # "一块工业用地"
            if not has_digit and which not in ("cur", "pct", "pp", "bp", "shares"):
                return None, e  # "千万", "百家", "万家"
            if s > 0 and t[s - 1] in "数數几幾":
                return None, e  # "数千万美元": vague
            if cand[0] == "一" and s > 0 and t[s - 1] in _ONE_BLOCKERS:
                return None, e  # "统一", "万一", "之一"
            if t.startswith("火急", end):
                return None, e  # "十万火急" (an idiom)
            if which in ("cheng", "zhe") and not 0 < v < 10 + (which == "cheng"):
                return None, e
            inner = sm.group("approx").strip() if which and sm.group("approx") else None
            inner = next((c for c in cand if c in "余多"), inner)
            atom = _signed_atom(
                pre.start, end, v * factor, v, pre.neg, unit=unit, factor=factor,
                scaled=cand[-1] in CN_BIG_UNITS, inner=inner,
            )
            return atom, end
        return None, e

    def words(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """English number words: kept only with a scale word, a currency or a percent."""
        t = self.t
        s, e = m.span("words")
        text = m.group("words")
        v = parse_number(text)
        tries = 3
        while v is None and tries and " " in text.strip():  # "one hundred and three and two"
            tries -= 1
            text = text.rstrip()
            text = text[: max(text.rfind(" "), text.rfind("-"))].rstrip(" -")
            v = parse_number(text)
        if v is None:
            return None, e
        e = s + len(text)
        low = text.lower()
        if low.split()[0].split("-")[0] in _SCALE_WORDS and _VAGUE_BEFORE.search(
            t, max(0, s - 12), s
        ):
            return None, e  # "a few hundred", "several hundred million": vague
        has_scale = any(w in low for w in _SCALE_WORDS)
        sm = self.g.suffix.match(t, e)
        assert sm is not None  # every group is optional
        pre = self._prefix(s)
        if pre.paren:
            pre = _Pre(s)
        unit, factor, which = self._read_unit(pre, sm)
        if sm.group("scale") or sm.group("scale1") or which in ("cls", "cheng", "zhe"):
            unit, factor, which = pre.code, Decimal(1), None
        if which == "cur" and (
            _HYPHEN_NOT_UNIT.match(sm.group("cur")) or sm.group("cur")[0] == "-" and v == 0
        ):
            unit, factor, which = pre.code, Decimal(1), None  # "a zero-dollar premium"
        if sm.group("scale_code") and which == "cur" and pre.code is None:
            mult = scale_of(sm.group("scale_code").strip())
            if mult is not None:
                v, has_scale = v * mult, True  # "twenty MUSD"
        if which is None and pre.code is None and not has_scale:
            return None, e  # "one of", "three years"
        if self._rejected_before(pre.start):
            return None, e
        end = sm.end() if which is not None else e
        if self._glued_after(end, pre.code is not None or which == "cur"):
            return None, e  # "one-time", "two-year"
        atom = _signed_atom(
            pre.start, end, v * factor, v, pre.neg, unit=unit, factor=factor, scaled=has_scale,
            hyphen=pre.hyphen,
        )
        return atom, end

    def fraction(self, m: re.Match[str]) -> tuple[_Atom | None, int]:
        """ "half a million dollars", "a quarter of a billion euros": money only."""
        t = self.t
        s, e = m.span("frac")
        part = m.group("part").lower()
        frac = _FRACTIONS.get(part, Decimal("0.75"))
        scale = scale_of(m.group("fscale"))
        assert scale is not None
        v = frac * scale
        sm = self.g.suffix.match(t, e)
        assert sm is not None  # every group is optional
        pre = self._prefix(s)
        if pre.paren:
            pre = _Pre(s)
        unit, factor, which = self._read_unit(pre, sm)
        if which not in ("cur", None) or sm.group("scale") or sm.group("scale1"):
            unit, factor, which = pre.code, Decimal(1), None
        if unit is None or self._rejected_before(pre.start):
            return None, e  # "half a million people": not a value we read
        end = sm.end() if which is not None else e
        if self._glued_after(end, True):
            return None, e
        atom = _signed_atom(
            pre.start, end, v * factor, v, pre.neg, unit=unit, factor=factor, scale=scale,
            scaled=True, hyphen=pre.hyphen,
        )
        return atom, end

    # -- the whole text -----------------------------------------------------------------
    def atoms(self) -> list[_Atom]:
        """Every single mention, in order, before ranges are joined."""
        master = _MASTER["zh" if self.lang == "zh" else "en"]
        t = self.t
        out: list[_Atom] = []
        pos = 0
        while pos < len(t):
            m = master.search(t, pos)
            if m is None:
                break
            if m.group("arabic") is not None:
                atom, nxt = self.arabic(m)
            elif m.lastgroup == "words" or self.lang == "en":
                atom, nxt = self.words(m)
            elif m.group("cn") is not None:
                atom, nxt = self.pure_cn(m)
            else:
                atom, nxt = self.pct_prefix(m)
            if atom is not None and (not out or atom.start >= out[-1].end):
                out.append(atom)
                self.floor = atom.end
                self.last = atom
            pos = max(nxt, m.start() + 1)
        if self.lang == "en" and ("illions of" in t or "housands of" in t):
            out = self._with_vague(out)
        if self.lang == "en" and ("alf" in t or "uarter" in t):
            out = self._with_fractions(out)
        return out

    def _with_fractions(self, atoms: list[_Atom]) -> list[_Atom]:
        """Add "half a million dollars"-like amounts (they replace what they cover)."""
        found = []
        self.floor = 0  # a currency before the words may be read again
        for m in _FRACTION_RE.finditer(self.t):
            atom, _ = self.fraction(m)
            if atom is not None:
                found.append(atom)
        if not found:
            return atoms
        kept = [a for a in atoms if not any(a.start < f.end and f.start < a.end for f in found)]
        return sorted(kept + found, key=lambda a: a.start)

    def _with_vague(self, atoms: list[_Atom]) -> list[_Atom]:
        """Add "tens of millions of dollars"-like amounts (they replace what they cover).

        The value is the least amount the words allow and ``value_high`` the next order
        of magnitude: "tens of millions" is 10,000,000 to 100,000,000, "millions" is
        1,000,000 to 1,000,000,000; the qualifier is "~".
        """
        vague = []
        for m in self.g.vague.finditer(self.t):
            u = self._currency(m.group("cur"), m.start("cur"))
            if u is None:
                continue
            big = scale_of(m.group("scale")[:-1])
            assert big is not None
            low = big * {"tens": 10, "hundreds": 100}.get((m.group("mult") or "").lower(), 1)
            high = low * 10 if m.group("mult") else big * 1000
            vague.append(
                _Atom(m.start(), m.end(), low * u[1], u[0], low, big, True, u[1],
                      value_high=high * u[1], vague=True)
            )  # fmt: skip
        if not vague:
            return atoms
        kept = [a for a in atoms if not any(a.start < v.end and v.start < a.end for v in vague)]
        return sorted(kept + vague, key=lambda a: a.start)


_COMPOUND_GAP: Final = re.compile(r"(?:,? (?i:and) | |, )")
_COMPOUND_END: Final = re.compile(r"\s*(?:[,;:!?)\]]|\.(?!\S)|$)")


def _join_compounds(t: str, atoms: list[_Atom]) -> list[_Atom]:
    """ "3 dollars 50 cents", "13 dollars and 45 cents", "15 dollars 50": one amount.

    The first part is a whole number with its currency written after it; the second is
    a minor unit of the same currency, or (before a punctuation mark or the end) a bare
    number of one or two digits.
    """
    if len(atoms) < 2:
        return atoms
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = None
        if (
            b is not None
            and a.unit is not None
            and len(a.unit) == 3
            and a.factor == 1
            and not a.scaled
            and a.value_high is None
            and a.value > 0
            and a.value == a.value.to_integral_value()
            and not t[a.end - 1].isdigit()
            and t[a.end - 1].isascii()  # "dollars", "USD", "$": not "1,314,573元 19."
            and _COMPOUND_GAP.fullmatch(t, a.end, b.start)
            and b.value_high is None
            and not b.scaled
            and 0 < b.raw < 100
            and b.raw == b.raw.to_integral_value()
        ):
            if b.unit == a.unit and b.factor < 1:
                joined = b.value  # "50 cents"
            elif b.unit is None and len(t[b.start : b.end]) <= 2 and _COMPOUND_END.match(t, b.end):
                joined = b.raw / 100  # "15 dollars 50."
        if joined is not None and b is not None:
            out.append(attrs.evolve(a, end=b.end, value=clean_decimal(a.value + joined)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _merge_range(t: str, a: _Atom, b: _Atom) -> _Atom | None:
    """``a`` and ``b`` read as one range ("50% to 52%", "12至14美元"), else None."""
    if a.vague or b.vague or a.value_high is not None:
        return None
    gap = t[a.end : b.start]
    a_start = a.start
    per_share = _PER_SHARE_GAP.fullmatch(gap)
    plus = _PLUS_GAP.fullmatch(gap) if b.value > 0 and b.unit is not None else None
    if per_share is not None:  # "$3.75 per share to $3.95 per share"
        gap = gap[per_share.start("conn") - 1 :]
    elif plus is not None:  # "plus 10% to plus 12%": the word only signs the end
        gap = plus.group("gap")
        lead = _PLUS_BEFORE.search(t[max(0, a.start - 8) : a.start])
        if lead is not None and a.value >= 0:
            a_start = max(0, a.start - 8) + lead.start()
    elif b.start - a.end > 8:
        return None
    b_value = b.value
    if b.hyphen_sign and not gap.strip():
        # "10% - 15%": the "-" was a dash, not a sign
        k = b.start
        while k < b.end and t[k] in " -−":
            k += 1
        gap = t[a.end : k]
        b_value = -b.value
    conn = gap.strip()
    if conn.lower() not in _RANGE_CONNECTORS:
        return None
    if conn.lower() in ("to", "and") and not (gap[:1].isspace() and gap[-1:].isspace()):
        return None
    pre = t[max(0, a_start - 12) : a_start]
    if conn.lower() == "and" and not _BETWEEN_BEFORE.search(pre):
        return None
    if conn.lower() in ("to", "至", "到") and _FROM_BEFORE.search(pre) and not _RANGING_BEFORE.search(
        t[max(0, a_start - 24) : a_start]
    ):
        return None  # "from $5 million to $10 million": a change, not a range ("ranging from" is one)
    unit_once = (
        a.unit is not None
        and len(a.unit) == 3
        and b.unit is None
        and conn.lower() in ("-", "–", "—", "to", "至", "到")
        and (b.scaled or not _WORD_AFTER.match(t, b.end))
    )  # "$1.2-1.4 billion", "€3-4m", "$5 to 6": the currency is written once
    if a.unit is not None and a.unit != b.unit and not unit_once:
        return None
    if unit_once:
        scale = b.scale if b.scaled and not a.scaled else a.scale
        a_value = a.raw * scale * a.factor
        b_value = b_value * (1 if b.scaled else scale) * a.factor
        b = attrs.evolve(b, unit=a.unit, factor=a.factor, scale=scale, scaled=a.scaled or b.scaled)
    elif a.unit is None and b.unit is not None:
        mult = (a.scale if a.scaled else b.scale) * b.factor
        a_value = a.raw * mult
    elif not a.scaled and b.scaled:
        a_value = a.raw * b.scale * a.factor
        if a_value > b_value:
            a_value = a.value
    else:
        a_value = a.value
    if a_value < 0 < b_value < -a_value and _NEGATIVE_WORD.match(t, a.start):
        b_value = -b_value  # "negative $0.09 to $0.08": the word is the whole range's
    if a_value > b_value:
        if not b_value < 0:
            return None
        a_value, b_value = b_value, a_value  # "-1.5 to -2.0%": ends written by size
    if (
        conn.lower() == "to"
        and _CHANGE_BEFORE.search(t[max(0, a_start - 40) : a_start])
        and not (a.unit == "%" and _FUTURE_CHANGE_BEFORE.search(t[max(0, a_start - 40) : a_start]))
        and a_value > 0
        and b_value > 2 * a_value
    ):
        # "declined by $1.4 million to $54.5 million", "increased $5 million to $227.9
        # million", "fell 29.3% or $79.3 million to $190.9 million": a change, then the level
        return None
    if (
        a.unit is None
        and b.unit is None
        and conn in ("-", "–", "—")
        and not (a.scaled or b.scaled)
        and " " not in gap
        and len(str(a.raw)) >= 3
        and len(str(b.raw)) >= 3
    ):
        return None  # "555-1234", "2019-2020"-like: not a range of counts
    return attrs.evolve(
        b,
        start=a_start,
        value=clean_decimal(a_value),
        value_high=clean_decimal(b_value),
        inner_qual=a.inner_qual or b.inner_qual,
        hyphen_sign=a.hyphen_sign,
    )


# "41 million of opex plus $29 million of capex", "$12 million in Q1 and 15 million in
# Q2": spoken amounts drop the currency of the amount they are paired with. Both are
# written with the same scale word, joined by a coordinating word, each at most followed
# by a short "of"/"in" phrase; the number with no currency takes its partner's.
_SCALE_WORD_END: Final = re.compile(
    r"(?<![A-Za-z])(?P<w>thousand|million|billion|trillion|bn|mn|mln|bln)$", re.IGNORECASE
)
_OF_PHRASE: Final = (
    r"(?:\s(?i:of|in)\s(?P<phrase>[A-Za-z0-9][A-Za-z0-9&'-]*(?:\s[A-Za-z0-9][A-Za-z0-9&'-]*){0,3}))?"
)
_PAIR_JOIN: Final = r"(?:,?\s(?i:plus|and|or|versus|vs\.?|(?:as\s)?compared\s(?:to|with))\s{1,2})"
_PAIR_GAP: Final = re.compile(_OF_PHRASE + _PAIR_JOIN)
_PAIR_AFTER: Final = re.compile(
    _OF_PHRASE + r"(?=\s?[,;:.!?)]|\s?$|\s(?i:plus|and|or|versus|vs|compared|as|respectively"
    r"|last|this|a\syear|year-over-year|sequentially|for|from|during|in)(?![A-Za-z]))"
)
# what a number of millions counts rather than costs ("41 million of shares plus ...")
_COUNTED_IN_PHRASE: Final = re.compile(
    r"(?i:\b(?:shares?|units?|users?|customers?|subscribers?|people|persons|employees|members"
    r"|accounts|visitors|barrels|tons|tonnes|ounces|feet|devices|vehicles|cars|homes|passengers"
    r"|students|patients|doses|downloads|views|hours|miles|gallons|boxes|cases|items|orders"
    r"|tickets|seats|stores|locations|households|them|those|which)\b)"
)


def _scale_word(t: str, a: _Atom) -> str | None:
    m = _SCALE_WORD_END.search(t, max(a.start, a.end - 12), a.end)
    return m.group("w").lower() if m else None


def _paired_currency(t: str, atoms: list[_Atom]) -> list[_Atom]:
    """A scaled number written without a currency next to a paired money amount in the
    same currency (see ``_PAIR_GAP``) takes that currency; anything else is unchanged."""
    out = list(atoms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.unit is None) == (b.unit is None) or a.vague or b.vague:
            continue
        bare, money = (a, b) if a.unit is None else (b, a)
        if (
            money.unit is None
            or len(money.unit) != 3
            or money.factor != 1
            or bare.value_high is not None
            or money.value_high is not None
            or bare.value <= 0
            or not bare.scaled
        ):
            continue
        word = _scale_word(t, bare)
        if word is None or word != _scale_word(t, money):
            continue
        gap = _PAIR_GAP.fullmatch(t, a.end, b.start)
        if gap is None:
            continue
        if bare is b:
            after = _PAIR_AFTER.match(t, b.end)
            if after is None:
                continue  # "$5 million of revenue and 3 million users": a count
            phrase = after.group("phrase")
        else:
            phrase = gap.group("phrase")
        if phrase and _COUNTED_IN_PHRASE.search(phrase):
            continue
        out[i if bare is a else i + 1] = attrs.evolve(bare, unit=money.unit)
    return out


def _qualify(t: str, src: str, a: _Atom) -> tuple[Qualifier | None, str | None]:
    if a.vague:
        return "~", None
    pre = t[max(0, a.start - 24) : a.start]
    last = pre.rstrip(" ")[-1:]
    m = None
    if last and (last in _ZH_QUAL_LAST or last.isascii() and last.isalpha() or last == "."):
        m = _QUAL_BEFORE.search(pre)
    if m:
        word = (m.group("en") or m.group("zh")).strip()
        key = " ".join(word.lower().split())
        if key in _QUAL_WORDS:
            off = max(0, a.start - 24) + m.start("en" if m.group("en") else "zh")
            return _QUAL_WORDS[key], src[off : off + len(word)]
    m2 = _QUAL_AFTER.match(t, a.end)
    if m2:
        word = m2.group().strip()
        key = " ".join(word.lower().split())
        if key in _QUAL_WORDS:
            off = a.end + m2.group().index(word[0])
            return _QUAL_WORDS[key], src[off : off + len(word)]
    if a.inner_qual:
        return ">", a.inner_qual
    return None, None


def _per_share(t: str, a: _Atom) -> bool:
    if a.unit is None or a.unit in ("%", "bp", "pp", "shares", "count"):
        return False
    if _PER_SHARE_AFTER.match(t, a.end):
        return True
    pre = t[max(0, a.start - 16) : a.start]
    if "每股" not in pre and "share" not in pre.lower() and "eps" not in pre.lower():
        return False
    return bool(_PER_SHARE_BEFORE.search(pre))


def find_quantities(
    text: str,
    lang: Literal["en", "zh"],
    *,
    currencies: CurrencyTable | None = None,
    hints: CurrencyHints | LazyHints | None = None,
) -> list[Quantity]:
    """All quantity mentions in ``text``, in document order, non-overlapping.

    ``lang`` decides which numeral words are read: Chinese numerals ("两亿元",
    "四家") for ``"zh"``, English number words ("two hundred million") for
    ``"en"``; digits, currencies and units are read in both.

    >>> [(q.text, str(q.value), q.unit) for q in find_quantities(
    ...     "Twilio的IPO发行价为15美元，超过了此前制定的发行价区间12美元至14美元。", "zh")]
    [('15美元', '15', 'USD'), ('12美元至14美元', '12', 'USD')]
    >>> [(q.text, q.qualifier) for q in find_quantities("约1000万美元的投资", "zh")]
    [('1000万美元', '~')]
    >>> find_quantities("In fiscal 2022 (see Form 10-K), 5G and COVID-19", "en")
    []
    >>> q = find_quantities("EPS of $(0.03) per share", "en")[0]
    >>> q.text, str(q.value), q.per_share
    ('$(0.03)', '-0.03', True)
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects a str, got {type(text).__name__}")
    if lang not in ("en", "zh"):
        raise ValueError(f'lang must be "en" or "zh", got {lang!r}')
    scanner = _Scanner(text, lang, currencies or CurrencyTable.default(), hints)
    t = scanner.t
    atoms = scanner.atoms()
    atoms = _join_compounds(t, atoms)
    merged: list[_Atom] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms):
            r = _merge_range(t, atoms[i], atoms[i + 1])
            if r is not None:
                merged.append(r)
                i += 2
                continue
        merged.append(atoms[i])
        i += 1
    if lang == "en" and len(merged) > 1:
        merged = _paired_currency(t, merged)
    out = []
    for a in merged:
        q, qt = _qualify(t, text, a)
        out.append(
            Quantity(
                start=a.start,
                end=a.end,
                text=text[a.start : a.end],
                value=a.value,
                value_high=a.value_high,
                unit=a.unit,
                qualifier=q,
                qualifier_text=qt,
                per_share=_per_share(t, a),
            )
        )
    return out


def parse_quantity(text: str, lang: Literal["en", "zh"]) -> Quantity | None:
    """``text`` read as exactly one quantity (leading and trailing space ignored).

    >>> q = parse_quantity("百分之五十", "zh")
    >>> str(q.value), q.unit
    ('50', '%')
    >>> parse_quantity("2021", "en") is None
    True
    """
    qs = find_quantities(text, lang)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if len(qs) == 1 and qs[0].start == lead and qs[0].end == lead + len(stripped):
        return qs[0]
    return None
