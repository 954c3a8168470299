"""The regular expressions that find number cores and read what is written around them.

Built once per language and once per currency table; the words come from
:mod:`extractor.lang`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from .currencies import CurrencyTable
from .lang import get_language
from .normalize.numbers import VULGAR_FRACTIONS
from .normalize.prefilter import first_chars, letter_start_guard, with_first_chars

_EN = get_language("en")
_ZH = get_language("zh")

# -- character classes and fragments -------------------------------------------------

_CN_DIGIT_CHARS: Final = _ZH.regex("QUANTITY_DIGIT_CHARS")
_CN_UNIT_CHARS: Final = _ZH.regex("QUANTITY_UNIT_CHARS")
_CN_MORE_CHARS: Final = _ZH.regex("QUANTITY_APPROX_CHARS")
_CN_NUM_CLASS: Final = "[零〇" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "]"
_CN_RUN_CLASS: Final = "[零〇" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "点點]"
_CN_RUN_CLASS_APPROX: Final = "[零〇" + _CN_DIGIT_CHARS + _CN_UNIT_CHARS + "点點" + _CN_MORE_CHARS + "]"
_CN_U: Final = "[" + _CN_UNIT_CHARS + "]"
_CN_D: Final = "[" + _CN_DIGIT_CHARS + "]"

# a decimal comma: one or two digits after it (never a thousands group), right after a
# currency sign or before a percent sign, a scale or a currency ("€1,5", "12,5%", "1,5
# million euros"); a list ("nrs. 22,24,26") is no such number
_DECIMAL_COMMA: Final = (
    r"(?:(?<=[€$£¥₹])|(?<=[€$£¥₹] ))\d{1,3},\d{1,2}(?![\d,]|\.\d)"
    r"|\d{1,3},\d{1,2}(?![\d,]|\.\d)(?=[ ]?(?:[%‰€$£¥万亿元]|(?i:percent|per[ ]cent|pct|"
    r"thousand|million|billion|trillion|mln|bln|mn|bn|mrd|euros?|dollars?|pounds?|francs?|"
    r"yen|yuan|rupees?|kronor|kroner|zloty)(?![A-Za-z])|[mbk](?![A-Za-z])|[A-Z]{3}(?![A-Za-z])))"
)
# digits grouped by thousands ("1,234,567"), or the Indian way by lakhs ("12,34,567"); a
# whole number and a fraction of halves to sixty-fourths, as bond coupons and old price
# quotes write them ("7 3/4%", "101 1/4", "6¼%"); a decimal comma ("12,5%", "€1,5
# million": one or two digits after it, never a thousands group), read only with a unit
# or scale (see quantity_arabic)
_ARABIC: Final = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?!,?\d)(?:\.\d+)?"
    r"|\d{1,3}(?: [1-9]\d?/(?:2|4|8|16|32|64)(?![\d/])|[" + "".join(VULGAR_FRACTIONS) + r"])"
    r"|" + _DECIMAL_COMMA + r"|\d+(?:\.\d+)?|\.\d+)"
)
# Chinese scale characters after digits: "1.669亿", "3550万", "13万2", "5万4千6百", "1000余万"
_TAIL: Final = (
    rf"(?P<tail> ?[{_CN_MORE_CHARS}]? ?{_CN_U}{{1,3}}(?:[零〇]?(?:\d{{1,4}}|{_CN_D}){_CN_U}{{1,3}}){{0,6}}"
    rf"(?P<tail_end>[零〇]?\d{{1,4}}(?![\d.]))?)?"
)
_EN_NUMBER_WORDS: Final = _EN.regex("QUANTITY_NUMBER_WORDS")
_EN_WORDS: Final = (
    rf"(?P<words>\b(?i:(?:a|an)(?=[ ]{{1,2}}(?:{_EN.regex('QUANTITY_ROUND_SCALES')})\b)"
    rf"|(?:{_EN_NUMBER_WORDS})\b)"
    rf"(?:(?:[ ]{{1,2}}|[ ]?-[ ]?)(?i:(?:and[ ]{{1,2}})?(?:{_EN_NUMBER_WORDS}|point)\b)){{0,12}})"
)
_PCT_PREFIX: Final = (
    rf"(?<!{_ZH.regex('QUANTITY_NUMERAL_BEFORE')})"
    rf"(?P<pctpre>{_ZH.regex('QUANTITY_PERCENT_PREFIXES')}) ?"
    rf"(?P<pctnum>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_CN_RUN_CLASS}{{1,20}})"
)
_CORE_ARABIC: Final = rf"(?P<arabic>(?<!\d){_ARABIC}){_TAIL}"
_PURE_CN: Final = rf"(?P<cn>{_CN_NUM_CLASS}{_CN_RUN_CLASS_APPROX}{{0,39}})"

# "half a million", "a quarter of a billion", "three quarters billion": a fraction of a scale
_EN_FRACTION: Final = (
    rf"(?P<frac>\b(?i:(?:a[ ]{{1,2}})?(?P<part>{_EN.regex('QUANTITY_FRACTION_PARTS')})"
    rf"(?:[ ]{{1,2}}of)?(?:[ ]{{1,2}}an?)?[ ]{{1,2}}"
    rf"(?P<fscale>{_EN.regex('QUANTITY_FRACTION_SCALES')}))\b)"
)
_FRACTIONS: Final = {k: Decimal(v) for k, v in _EN.table("QUANTITY_FRACTION_VALUES").items()}
# (searched for over every paragraph that says "half" or "quarter", as every call does:
# a lookahead of its first characters passes over the other positions quickly)
_FRACTION_RE: Final = with_first_chars(re.compile(_EN_FRACTION))

# searched for over the whole text: a lookahead of the characters a number can start
# with passes over the rest quickly (English number words need three to tell apart; as
# they start with common letters, a check that no letter comes before passes over the
# inside of every word first)
_MASTER: Final[dict[str, re.Pattern[str]]] = {
    "zh": with_first_chars(re.compile(f"{_PCT_PREFIX}|{_CORE_ARABIC}|{_PURE_CN}"), 1),
    "en": with_first_chars(re.compile(f"{_CORE_ARABIC}|{_EN_WORDS}"), 3, letters=True),
}

_SIGN_WORDS: Final = _EN.regex("NUMERAL_SIGN_WORDS")
_NEGATIVE: Final = _ZH.words("NUMERAL_NEGATIVE")


# What may come before a number: a sign word, a sign, a currency, a sign, "(".
# an en dash used as a minus ("Change was –5.2%"), never the dash of a range: no number,
# percent or bracket stands before it, with or without spaces ("5 – 7%", "5–7%")
_EN_DASH_SIGN: Final = r"(?<![A-Za-z0-9_%)$€£¥])(?<![\d%)]\s)(?<![\d%)]\s\s)–"


def _pre_regex(currency: str) -> re.Pattern[str]:
    body = (
        r"(?P<sw>(?<![A-Za-z])(?i:" + _SIGN_WORDS + r")\s{1,2})?"
        r"(?P<s1>(?<![A-Za-z0-9_%)])[-−+]|" + _EN_DASH_SIGN + "|" + "|".join(w + r"(?=\D)" for w in _NEGATIVE) + ")?"
        r"(?P<lp1>\()?"
        r"(?P<cur>(?:" + currency + r")(?:\s{0,2}|(?<=[" + _TABLE_SYMBOLS + r"])[ ]{3,12}))?"
        r"(?P<s2>(?<![A-Za-z0-9_%)])[-−+]|" + "|".join(_NEGATIVE) + ")?"
        r"(?P<lp>\([ ]?)?$"
    )
    # searched for in a short window before every number: a lookahead of the first
    # characters a mark can start with passes over the window's other positions quickly,
    # and before it, where every mark starting with a letter needs no letter before it,
    # a check of that passes over the inside of every word at once
    return re.compile((letter_start_guard(body, 0) or "") + (first_chars(body, 0) or "") + body)


_CLASSIFIERS: Final = _ZH.regex("QUANTITY_CLASSIFIERS")


def _suffix_regex(currency: str, guard: bool = True) -> re.Pattern[str]:
    """What may come after a number: a scale word, "余"/"多", then a unit (every part
    optional). Matched right after every number; with ``guard``, each unit, scale and
    approximation group opens with a lookahead of the characters it can start with, so
    the groups that cannot match there (most, after "元", "%", "年") are passed by at one
    character test each, not tried in full (the same match either way)."""
    en, zh = _EN.regex, _ZH.regex

    def alt(body: str) -> str:
        ahead = first_chars(body, 0, 1) if guard else None
        return (ahead or "") + body

    scales = [
        # (a hyphen joins a compound: "a $2-billion deal")
        r"(?P<scale>(?:[ ]|-(?=[A-Za-z]))?(?i:" + en("QUANTITY_SCALES_AFTER") + r")(?![A-Za-z]))",
        r"(?P<scale1>[kKMBbmT])(?![A-Za-z])",
        r"(?P<scale_code>[ ]?[kKM])(?=[A-Z]{3}(?![A-Za-z]))",
    ]
    units = [
        # (a hyphen joins the words of a compound: "a 25-basis-point cut", "a 5-percent stake")
        r"(?P<pp>(?:[ ]|-(?=[A-Za-z]))?(?i:" + en("QUANTITY_POINT_WORDS") + r")(?![A-Za-z])"
        r"|[ ]?pp(?![A-Za-z])"
        r"|[ ]?" + zh("QUANTITY_POINT_WORDS") + ")",
        r"(?P<bp>(?:[ ]|-(?=[A-Za-z]))?(?i:" + en("QUANTITY_BASIS_POINT_WORDS") + r")(?![A-Za-z])"
        r"|[ ]?" + zh("QUANTITY_BASIS_POINT_WORDS") + ")",
        r"(?P<pct>[ ]?%|[ ]?‰|(?:[ ]|-(?=[A-Za-z]))?(?i:" + en("QUANTITY_PERCENT_WORDS") + r")(?![A-Za-z])"
        r"|(?<=\d)pc(?![A-Za-z]))",
        r"(?P<cur>(?:\s?|-(?=[A-Za-z]))(?:" + currency + r"))",
        r"(?P<shares>[ ]?(?:(?i:" + en("QUANTITY_SHARE_WORDS") + r")(?![A-Za-z])|"
        + zh("QUANTITY_SHARE_WORDS") + "))",
        r"(?P<cls>[ ]?(?:" + _CLASSIFIERS + r"))",
        r"(?P<cheng>" + zh("QUANTITY_TENTHS") + ")",
        r"(?P<zhe>" + zh("QUANTITY_PRICE_TENTHS") + ")",
    ]
    return re.compile(
        "(?:" + "|".join(map(alt, scales)) + ")?"
        + "(?:" + alt(r"(?P<approx> ?[" + _CN_MORE_CHARS + r"]|" + en("QUANTITY_APPROX_BEFORE_PERCENT") + ")") + ")?"
        + "(?:" + "|".join(map(alt, units)) + ")?"
    )


# first characters of what may follow a pure Chinese numeral (a quick filter)
_CN_FOLLOW: Final = frozenset(_ZH.regex("QUANTITY_FOLLOW_CHARS"))

# "2 points" of a rate: the words naming a rate before the number (not an index's points)
# or after "points to/of" ("added 4 points to organic growth"), or the move the points make
# ("a half-point cut")
_RATE_BEFORE_POINTS: Final = re.compile(
    r"(?i:\b(?:" + _EN.regex("QUANTITY_RATE_WORDS") + r")\b)(?![^,;.]*\b(?:index|dow|nasdaq|s&p)\b)"
)
_RATE_AFTER_POINTS: Final = re.compile(
    r"\s(?:to|of|in|off|from)\s(?:(?:the|its|our|their|total|organic|gross|operating|net|"
    r"underlying|comparable)\s)*(?i:" + _EN.regex("QUANTITY_RATE_WORDS") + r")\b"
    r"|[ -](?:cut|hike|increase|reduction|rise)\b"
)
# a classifier then 亿 ("3.5个亿", "三个亿"): the spoken hundred million, not a count
_GE_YI: Final = re.compile(_ZH.regex("QUANTITY_SPOKEN_YI_AFTER"))
_RATE_WINDOW: Final = 50  # how far before the points a rate word is looked for
# symbols a table sets apart from their number by a run of spaces ("$     812")
_TABLE_SYMBOLS: Final = "$€£¥₹"

# a hyphenated "pound" is a weight far more often than money ("a 10-pound turkey")
_HYPHEN_NOT_UNIT: Final = re.compile(r"-(?i:pound)")


@attrs.frozen
class _Grammar:
    """The regexes and filters built from one currency table's marks."""

    key: object  # the table's ``grammar_key``: the same marks give the same grammar
    pre: re.Pattern[str]
    pre_sign: re.Pattern[str]  # the same without a currency
    suffix: re.Pattern[str]
    vague: re.Pattern[str]
    vague_zh: re.Pattern[str]  # "数十亿元", "几百万美元"
    tails: frozenset[str]
    cn_follow: frozenset[str]


_GRAMMARS: dict[int, _Grammar] = {}


def _grammar(table: CurrencyTable) -> _Grammar:
    key = table.grammar_key  # tables that differ only in their cues share a grammar
    g = _GRAMMARS.get(id(key))
    if g is not None and g.key is key:
        return g
    g = _Grammar(
        key=key,
        pre=_pre_regex(table.prefix_source),
        pre_sign=_pre_regex("(?!)"),
        suffix=_suffix_regex(table.suffix_source),
        vague=re.compile(
            r"(?<![A-Za-z])(?i:(?P<mult>" + _EN.regex("QUANTITY_VAGUE_MULTIPLES") + r")"
            r"\s{1,2}of\s{1,2})?"
            r"(?P<scale>(?i:" + _EN.regex("QUANTITY_VAGUE_SCALES") + r"))\s{1,2}(?i:of)\s{1,2}"
            r"(?P<cur>" + table.suffix_source + r")"
        ),
        vague_zh=re.compile(
            r"(?<![\d零〇一二两兩三四五六七八九十百千万萬亿億])(?P<ten>十)?"
            r"(?(ten)|(?<![\d零〇一二两兩三四五六七八九十百千万萬亿億]))(?P<v>" + _ZH.regex("QUANTITY_VAGUE_SOME") + r")"
            r"(?P<mult>[十百千])?"
            r"(?P<scale>" + _ZH.regex("QUANTITY_VAGUE_SCALES") + r")(?P<cur>" + table.suffix_source + r")"
        ),
        tails=table.prefix_tails,
        cn_follow=_CN_FOLLOW | table.cjk_first,
    )
    if len(_GRAMMARS) > 16:
        _GRAMMARS.clear()
    _GRAMMARS[id(key)] = g
    return g
