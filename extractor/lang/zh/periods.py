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
