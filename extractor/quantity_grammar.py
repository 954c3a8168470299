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

# a hyphenated "pound" is a weight far more often than money ("a 10-pound turkey")
_HYPHEN_NOT_UNIT: Final = re.compile(r"-(?i:pound)")


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
