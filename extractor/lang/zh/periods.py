"""Chinese cue words read by ``extractor/normalize/periods.py``."""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


_words = _w

# Chinese digit characters and their values (二〇二一年)
DIGITS = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

# weekday number (Monday = 0) by the character after 星期/周
WEEKDAYS = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
}  # fmt: skip

# Chinese period grammar fragments, referenced as {NAME} by the rules of
# normalize/periods.py (S and D, optional space and a digit, come from there)
PERIOD_GRAMMAR = {
    "CND": r"[〇○零一二三四五六七八九]",
    "MZ": r"(?:[01０１]?{D}|十[一二]?|[一二三四五六七八九])",
    "DZ": r"(?:[0-3０-３]?{D}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])",
    "NZ": r"(?:{D}{1,2}|[一二三四五六七八九十两兩]{1,3})",
    "FYZ": r"(?:财年|財年|财政年度|財政年度|会计年度|會計年度|财政年|財政年)",
    "YTOK": r"""(?:
        (?:(?<![0-9０-９])(?P<y4>[12１２]{D}{3})|(?<![0-9０-９.])(?P<y2>{D}{2})
          |(?<![〇○零一二三四五六七八九十])(?P<ycn>{CND}{4}|{CND}{2}))
        {S}(?:(?P<fis>(?:年{S})?{FYZ})|(?P<nian>年)(?P<du>度)?)(?!代|历史|歷史|之久)
      | (?<![以此之其最然提不相资資成根基日版])
        (?P<rel>今年|去年|明年|前年|后年|後年|本年|上一?年|下一年|同年|当年|當年|次年|翌年)
        (?P<rdu>度)?(?![龄齡纪紀级級代])
      | (?P<relf>(?:本|今|上一?|下一?|前一)(?:个|個)?{FYZ})
    )""",
    "SUBQH": r"""
        (?P<qd>第){S}(?P<q>[一二三四1-4１-４]){S}(?P<qs>季度|财季|財季|季)
      | (?P<q2>[一二三四1-4１-４]){S}(?P<qs2>季度|财季|財季|季)
      | (?P<qf>首季度?)
      | (?P<h>上|下|前|后|後){S}半(?:个|個)?{S}(?P<hs>{FYZ}|年度?)
      | 前{S}(?P<fq>三|3|二|两|兩|2){S}(?:个|個)?{S}季度?
      | 前{S}(?P<fm>{NZ}){S}(?:个|個){S}月
      | (?P<m1>{MZ}){S}(?:月{S})?(?:[-~～—–]|至|到){S}(?P<m2>{MZ}){S}月份?
      | (?P<m>{MZ}){S}月份?(?:{S}(?P<d>{DZ}){S}[日号號])?
      | (?P<full>全年度?)
    """,
}

# the Chinese period rules' patterns by rule name ({NAME} fragments are expanded from
# PERIOD_GRAMMAR and normalize/periods.py; each rule's handler reads its named groups)
PERIOD_RULE_PATTERNS = {
    "zh_main": r"""{YTOK}(?:{S}(?:的{S})?(?:
            (?P<ye>年?[底末终終])
          | (?P<rep>一季报|一季報|一季度报告|一季度報告|中报|中報|半年度?报告?|半年度?報告?
                |三季报|三季報|三季度报告|三季度報告|年报|年報|年度报告|年度報告)
          | (?P<tq>同期)
          | [Qq](?P<qq>[1-4])(?![0-9A-Za-z])
          | [Hh](?P<hh>[12])(?![0-9A-Za-z])
          | {SUBQH}
        ))?""",
    "zh_bare": r"""(?<![0-9０-９一二三四五六七八九十百千万萬亿億两兩几幾数數多个個每各单單某同任这這哪该該本上下第前近首提之以此目先事日])
        (?:{SUBQH})""",
    "zh_span": r"""(?:(?P<from>从|從|自){S})?
        (?<![0-9０-９])(?P<a>[12１２]{D}{3}|{CND}{4}){S}(?:年度?)?{S}
        (?P<sep>[-~～—–]|至|到|与|與|和|及){S}
        (?:(?P<b>[12１２]{D}{3}|{CND}{4}){S}年度?|(?P<now>今|现在|現在|目前)(?!年))
        (?:{S}(?P<jian>之间|之間|间|間))?""",
    "zh_next_n": r"""(?<![提之以此目先事日])(?P<dir>未来|未來|今后|今後|接下来|接下來|往后|往後|过去|過去|最近|近|前)
        {S}(?P<n>{NZ}){S}(?:个|個)?{S}(?P<u>{FYZ}|年)(?![代龄齡级級度])""",
    "zh_rel_quarter": r"""(?<!以)(?:
            (?P<cur>本{S}季度|本{S}(?:财季|財季)|本季|当季度|當季度|当季|當季|该季度|該季度|(?:这|這)一?(?:个|個)?季度)
          | (?P<prev>上一?(?:个|個)?季度|上一?(?:财季|財季)|上季|前一(?:个|個)?季度)
          | (?P<next>下一?(?:个|個)?季度|下一?(?:财季|財季)|下季)
        )(?![节節])""",
    "zh_fy": r"""(?<![0-9０-９年〇○零一二三四五六七八九本今上下前个個])(?:{FYZ})""",
    "zh_weekday": r"""(?<![一二三四五六七八九十两兩几幾每数數个個])(?:(?P<wk>本|上|下|这|這|上个|上個|下个|下個){S})?
        (?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天])""",
    "zh_rel_half": r"""(?<!以)(?:(?P<hprev>上一?(?:个|個))|(?P<hnext>下一?(?:个|個)))半年(?!度|报|報)""",
    "zh_ytd": r"""(?:年初至今|年初以来|年初以來|今年以来|今年以來|今年迄今|年初迄今)""",
    "zh_today": r"""(?:今天|今日|昨天|昨日|明天)(?!头条|頭條)""",
    "zh_rel_month": r"""(?<!以)(?P<rm>本月|上月|上个月|上個月|下月|下个月|下個月)(?:{S}(?P<d>{DZ}){S}[日号號])?""",
}

# words joining two periods into one list ("2020年和2021年", "2020年、2021年")
PERIOD_JOIN_WORDS = r"和|及|与|與"

# the enumeration comma joining periods
PERIOD_LIST_COMMA = r"、"

# "当日", "同日": the day of the period just named
PERIOD_SAME_DAY = r"当日|當日|当天|當天|同日"

# words that may come before a text that is one period ("在2021年")
PERIOD_LEAD_WORDS = r"在|于|於"

# "截至", "截止到": up to a date
PERIOD_AS_OF = r"截(?:至|止)(?:到|至)?{S}"

# the length in months of each "…止的<unit>" ("截至6月30日止六个月")
PERIOD_ENDED_UNITS = {
    "年度": 12, "财年": 12, "財年": 12, "财政年度": 12, "財政年度": 12, "十二个月": 12,
    "十二個月": 12, "12个月": 12, "12個月": 12, "三个月": 3, "三個月": 3, "3个月": 3,
    "3個月": 3, "季度": 3, "六个月": 6, "六個月": 6, "6个月": 6, "6個月": 6, "半年度": 6,
    "半年": 6, "九个月": 9, "九個月": 9, "9个月": 9, "9個月": 9,
}  # fmt: skip

# characters a Chinese period mention may start with, besides ASCII (a quick prefilter; a
# test derives them from the rules and checks these cover them)
PERIOD_FIRST_CHARS = (
    "0-9０-９○〇零一二三四五六七八九十今从從会會全前去同后後周週当當往截接明星昨最未本次礼禮"
    "第翌自该該财財过過近这這首上下年"
)
