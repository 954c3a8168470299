"""Period mentions and their normalisation: extractor.normalize.periods.

Example tables (our own sentences, English and Chinese, Simplified and Traditional) with
fixed contexts, negatives, interface checks, and hypothesis properties: rendering a
period in many surface forms reads back the same Period, labels round-trip, spans are
exact and non-overlapping, and the cheap prefilter never changes the result.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opcount import assert_linear

from extractor.normalize import periods as P
from extractor.normalize.periods import (
    PeriodContext,
    PeriodMention,
    find_periods,
    parse_period,
    reference_year,
)
from extractor.records import Period

CALL = PeriodContext(doc_date=date(2021, 7, 28), call_period=Period.quarter(2021, 2))
FCALL = PeriodContext(doc_date=date(2022, 2, 24), call_period=Period.fiscal_quarter(2022, 2))
NEWS = PeriodContext(doc_date=date(2016, 6, 24))  # a Friday
NONE = PeriodContext()
CTX = {"call": CALL, "fcall": FCALL, "news": NEWS, "none": NONE}


def pairs(
    text: str, lang: Any, ctx: PeriodContext, anchor: int | None = None
) -> list[tuple[str, str | None]]:
    ms = find_periods(text, lang, ctx, anchor_year=anchor)
    for m in ms:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.period.label if m.period else None) for m in ms]


# -- example tables ------------------------------------------------------------------------

EN_TABLE: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # years and fiscal years
    ("news", "Sales rose in 2014 and again in 1998.", [("2014", "2014"), ("1998", "1998")]),
    (
        "news",
        "Last year margins fell; this year and next year look better.",
        [("Last year", "2015"), ("this year", "2016"), ("next year", "2017")],
    ),
    (
        "news",
        "The prior year was weak, current year strong, a year ago flat.",
        [("The prior year", "2015"), ("current year", "2016"), ("a year ago", "2015")],
    ),
    (
        "news",
        "calendar year 2019 and the year 2008",
        [("calendar year 2019", "2019"), ("the year 2008", "2008")],
    ),
    (
        "call",
        "For the year we now see growth; full year and full-year numbers.",
        [("the year", "FY2021"), ("full year", "FY2021"), ("full-year", "FY2021")],
    ),
    ("news", "For the full year, profit doubled.", [("the full year", "2016")]),
    ("call", "We raised the fiscal year outlook.", [("the fiscal year", "FY2021")]),
    (
        "none",
        "fiscal 2021, FY22, FY 2020, fiscal year 2019, the 2018 fiscal year, fiscal '17, F2016",
        [
            ("fiscal 2021", "FY2021"),
            ("FY22", "FY2022"),
            ("FY 2020", "FY2020"),
            ("fiscal year 2019", "FY2019"),
            ("the 2018 fiscal year", "FY2018"),
            ("fiscal '17", "FY2017"),
            ("F2016", "FY2016"),
        ],
    ),
    ("none", "In FY2020-21 revenue rose.", [("FY2020-21", "FY2021")]),
    ("none", "fiscal years 2020 and 2021", [("fiscal years 2020", "FY2020"), ("2021", "FY2021")]),
    (
        "call",
        "last fiscal year, this fiscal year, next fiscal year",
        [
            ("last fiscal year", "FY2020"),
            ("this fiscal year", "FY2021"),
            ("next fiscal year", "FY2022"),
        ],
    ),
    # quarters
    (
        "none",
        "Q3 2020, 2020 Q4, 2020-Q1, third quarter of 2019, the fourth quarter 2018, 3Q19, 1Q 2017, Q2'16",
        [
            ("Q3 2020", "2020-Q3"),
            ("2020 Q4", "2020-Q4"),
            ("2020-Q1", "2020-Q1"),
            ("third quarter of 2019", "2019-Q3"),
            ("the fourth quarter 2018", "2018-Q4"),
            ("3Q19", "2019-Q3"),
            ("1Q 2017", "2017-Q1"),
            ("Q2'16", "2016-Q2"),
        ],
    ),
    (
        "none",
        "Q1 FY2023, fiscal third quarter 2022, second quarter of fiscal 2020, FY21 Q4, F1Q22",
        [
            ("Q1 FY2023", "FY2023-Q1"),
            ("fiscal third quarter 2022", "FY2022-Q3"),
            ("second quarter of fiscal 2020", "FY2020-Q2"),
            ("FY21 Q4", "FY2021-Q4"),
            ("F1Q22", "FY2022-Q1"),
        ],
    ),
    (
        "none",
        "Fourth-quarter sales and the First Quarter 2015 call",
        [("Fourth-quarter", None), ("the First Quarter 2015", "2015-Q1")],
    ),
    (
        "call",
        "In the quarter, this quarter and the third quarter; fourth quarter and Q1.",
        [
            ("the quarter", "2021-Q2"),
            ("this quarter", "2021-Q2"),
            ("the third quarter", "2021-Q3"),
            ("fourth quarter", "2021-Q4"),
            ("Q1", "2021-Q1"),
        ],
    ),
    (
        "call",
        "last quarter, the prior quarter, next quarter, the current quarter",
        [
            ("last quarter", "2021-Q1"),
            ("the prior quarter", "2021-Q1"),
            ("next quarter", "2021-Q3"),
            ("the current quarter", "2021-Q2"),
        ],
    ),
    (
        "call",
        "the fourth quarter of last year, Q4 of last year, next year's first quarter",
        [
            ("the fourth quarter of last year", "2020-Q4"),
            ("Q4 of last year", "2020-Q4"),
            ("next year's first quarter", "2022-Q1"),
        ],
    ),
    (
        "call",
        "versus the same period last year and the year-ago quarter",
        [("the same period last year", "2020-Q2"), ("the year-ago quarter", "2020-Q2")],
    ),
    (
        "fcall",
        "the quarter, the third quarter, Q4, last quarter, the first half",
        [
            ("the quarter", "FY2022-Q2"),
            ("the third quarter", "FY2022-Q3"),
            ("Q4", "FY2022-Q4"),
            ("last quarter", "FY2022-Q1"),
            ("the first half", "FY2022-H1"),
        ],
    ),
    (
        "news",
        "this quarter and last quarter",
        [("this quarter", "2016-Q2"), ("last quarter", "2016-Q1")],
    ),
    # halves
    (
        "none",
        "first half of 2020, 2H19, H1 2018, 2017 H2, the second half of fiscal 2021",
        [
            ("first half of 2020", "2020-H1"),
            ("2H19", "2019-H2"),
            ("H1 2018", "2018-H1"),
            ("2017 H2", "2017-H2"),
            ("the second half of fiscal 2021", "FY2021-H2"),
        ],
    ),
    (
        "call",
        "the second half, the back half of this year, first half this year, second half of the year",
        [
            ("the second half", "2021-H2"),
            ("the back half of this year", "2021-H2"),
            ("first half this year", "2021-H1"),
            ("second half of the year", "2021-H2"),
        ],
    ),
    (
        "news",
        "early 2017 and late last year",
        [("early 2017", "2017-H1"), ("late last year", "2015-H2")],
    ),
    # months and days
    (
        "news",
        "November 2015, Nov. 2014, June of 1992, Dec-2018, 2016-11, 3/2015",
        [
            ("November 2015", "2015-11"),
            ("Nov. 2014", "2014-11"),
            ("June of 1992", "1992-06"),
            ("Dec-2018", "2018-12"),
            ("2016-11", "2016-11"),
            ("3/2015", "2015-03"),
        ],
    ),
    (
        "news",
        "In March we hired; by September too.",
        [("March", "2016-03"), ("September", "2016-09")],
    ),
    (
        "news",
        "June 23, 2016; 23 June 2016; 2016-06-23; 6/23/2016; June 30",
        [
            ("June 23, 2016", "2016-06-23"),
            ("23 June 2016", "2016-06-23"),
            ("2016-06-23", "2016-06-23"),
            ("6/23/2016", "2016-06-23"),
            ("June 30", "2016-06-30"),
        ],
    ),
    (
        "news",
        "It listed on Thursday; today and yesterday.",
        [("Thursday", "2016-06-23"), ("today", "2016-06-24"), ("yesterday", "2016-06-23")],
    ),
    (
        "news",
        "January to March 2016 and Jan-Sep 2015",
        [("January to March 2016", "2016-Q1"), ("Jan-Sep 2015", "2015-01..2015-09")],
    ),
    # ended forms
    ("none", "as of December 31, 2020", [("as of December 31, 2020", "2020-12-31")]),
    (
        "none",
        "for the years ended December 31, 2019 and 2020",
        [("the years ended December 31, 2019", "FY2019"), ("2020", "FY2020")],
    ),
    (
        "none",
        "the fiscal year ended June 30, 2021",
        [("the fiscal year ended June 30, 2021", "FY2021")],
    ),
    (
        "none",
        "the three months ended June 30, 2021",
        [("the three months ended June 30, 2021", "2021-Q2")],
    ),
    (
        "none",
        "the six months ended June 30, 2021",
        [("the six months ended June 30, 2021", "2021-H1")],
    ),
    (
        "none",
        "the nine months ended September 30, 2021",
        [("the nine months ended September 30, 2021", "2021-01..2021-09")],
    ),
    (
        "none",
        "the quarter ended September 30, 2021",
        [("the quarter ended September 30, 2021", "2021-Q3")],
    ),
    (
        "none",
        "the three months ended June 26, 2021",
        [("the three months ended June 26, 2021", "2021-Q2")],
    ),
    (
        "none",
        "the end of 2020 and year-end 2019",
        [("the end of 2020", "2020"), ("year-end 2019", "2019")],
    ),
    (
        "none",
        "as of December 31, 2020 and 2019; at June 30, 2021, 2020 and 2019",
        [
            ("as of December 31, 2020", "2020-12-31"),
            ("2019", "2019-12-31"),
            ("at June 30, 2021", "2021-06-30"),
            ("2020", "2020-06-30"),
            ("2019", "2019-06-30"),
        ],
    ),
    (
        "none",
        "for the period ended June 30, 2020",
        [("the period ended June 30, 2020", "2020-06-30")],
    ),
    ("none", "our '22 guidance versus ’21", [("'22", "2022"), ("’21", "2021")]),
    # spans and counted months
    ("call", "30% growth over the next 4 years", [("the next 4 years", "2021..2024")]),
    (
        "none",
        "2019-2021, 2015 to 2017, from 2010 through 2012, between 2001 and 2003, 2020-21",
        [
            ("2019-2021", "2019..2021"),
            ("2015 to 2017", "2015..2017"),
            ("from 2010 through 2012", "2010..2012"),
            ("between 2001 and 2003", "2001..2003"),
            ("2020-21", "2020..2021"),
        ],
    ),
    ("call", "targets through 2024", [("through 2024", "2021..2024")]),
    ("call", "over the past 3 years", [("the past 3 years", None)]),
    (
        "none",
        "the first nine months of 2021 and the first two quarters of 2020",
        [
            ("the first nine months of 2021", "2021-01..2021-09"),
            ("the first two quarters of 2020", "2020-H1"),
        ],
    ),
    ("call", "year to date and YTD", [("year to date", "2021-H1"), ("YTD", "2021-H1")]),
    ("news", "year-to-date", [("year-to-date", "2016-H1")]),
    ("none", "the first 5 months of 2016", [("the first 5 months of 2016", "2016-01..2016-05")]),
]

ZH_TABLE: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("news", "2015年营收增长，2021年度利润下降。", [("2015年", "2015"), ("2021年度", "2021")]),
    (
        "news",
        "去年、今年、明年、前年都在增长，全年目标不变。",
        [("去年", "2015"), ("今年", "2016"), ("明年", "2017"), ("前年", "2014"), ("全年", "2016")],
    ),
    ("call", "全年指引上调。", [("全年", "FY2021")]),
    (
        "none",
        "2021财年与2022財年，FY2023",
        [("2021财年", "FY2021"), ("2022財年", "FY2022"), ("FY2023", "FY2023")],
    ),
    (
        "none",
        "2021年第二季度、2020年三季度、2019年Q4、2018 年第一季度、2017年第4季度",
        [
            ("2021年第二季度", "2021-Q2"),
            ("2020年三季度", "2020-Q3"),
            ("2019年Q4", "2019-Q4"),
            ("2018 年第一季度", "2018-Q1"),
            ("2017年第4季度", "2017-Q4"),
        ],
    ),
    ("none", "2022财年第二季度营收", [("2022财年第二季度", "FY2022-Q2")]),
    (
        "call",
        "本季度、本季、第三季度、三季度、上季度、上個季度、下一季度",
        [
            ("本季度", "2021-Q2"),
            ("本季", "2021-Q2"),
            ("第三季度", "2021-Q3"),
            ("三季度", "2021-Q3"),
            ("上季度", "2021-Q1"),
            ("上個季度", "2021-Q1"),
            ("下一季度", "2021-Q3"),
        ],
    ),
    ("call", "较去年同期增长", [("去年同期", "2020-Q2")]),
    ("news", "较去年同期增长", [("去年同期", "2015")]),
    ("fcall", "第三季度", [("第三季度", "FY2022-Q3")]),
    (
        "none",
        "2021年上半年、2020年下半年、18年上半年",
        [("2021年上半年", "2021-H1"), ("2020年下半年", "2020-H2"), ("18年上半年", "2018-H1")],
    ),
    (
        "news",
        "上半年和下半年，今年上半年",
        [("上半年", "2016-H1"), ("下半年", "2016-H2"), ("今年上半年", "2016-H1")],
    ),
    (
        "news",
        "2015年11月融资，同年5月上市，5月再融资。",
        [("2015年11月", "2015-11"), ("同年5月", "2015-05"), ("5月", "2015-05")],
    ),
    ("news", "5月营收", [("5月", "2016-05")]),
    (
        "news",
        "2016年6月23日、6月23日、二〇一六年十二月、二零一五年",
        [
            ("2016年6月23日", "2016-06-23"),
            ("6月23日", "2016-06-23"),
            ("二〇一六年十二月", "2016-12"),
            ("二零一五年", "2015"),
        ],
    ),
    (
        "news",
        "周四、星期四、週四、礼拜四、今日、今天、昨天",
        [
            ("周四", "2016-06-23"),
            ("星期四", "2016-06-23"),
            ("週四", "2016-06-23"),
            ("礼拜四", "2016-06-23"),
            ("今日", "2016-06-24"),
            ("今天", "2016-06-24"),
            ("昨天", "2016-06-23"),
        ],
    ),
    ("news", "上周四与本周一", [("上周四", "2016-06-16"), ("本周一", "2016-06-20")]),
    ("none", "截至2020年8月31日", [("截至2020年8月31日", "2020-08-31")]),
    ("none", "截至 2021 年 9 月 30 日止季度的展望", [("截至 2021 年 9 月 30 日止季度", "2021-Q3")]),
    ("none", "截至2021年6月30日止六个月", [("截至2021年6月30日止六个月", "2021-H1")]),
    ("none", "截至2020年12月31日止年度", [("截至2020年12月31日止年度", "FY2020")]),
    (
        "none",
        "截至二零二零年十二月三十一日止年度",
        [("截至二零二零年十二月三十一日止年度", "FY2020")],
    ),
    (
        "none",
        "2019-2021年、2015年至2017年、2010年到2012年、2001年与2003年之间",
        [
            ("2019-2021年", "2019..2021"),
            ("2015年至2017年", "2015..2017"),
            ("2010年到2012年", "2010..2012"),
            ("2001年与2003年之间", "2001..2003"),
        ],
    ),
    ("call", "未来4年、未來 4 年", [("未来4年", "2021..2024"), ("未來 4 年", "2021..2024")]),
    ("call", "过去三年", [("过去三年", None)]),
    (
        "none",
        "2021年前三季度、2020年1-9月、2019年前6个月",
        [
            ("2021年前三季度", "2021-01..2021-09"),
            ("2020年1-9月", "2020-01..2020-09"),
            ("2019年前6个月", "2019-H1"),
        ],
    ),
    ("call", "前三季度", [("前三季度", "2021-01..2021-09")]),
    ("none", "2020年底、2019年末", [("2020年底", "2020"), ("2019年末", "2019")]),
    (
        "none",
        "2021年一季报、2020年年报、2019年半年报",
        [("2021年一季报", "2021-Q1"), ("2020年年报", "2020"), ("2019年半年报", "2019-H1")],
    ),
    (
        "news",
        "07年以后、零八年、二〇〇九年",
        [("07年", "2007"), ("零八年", "2008"), ("二〇〇九年", "2009")],
    ),
    ("news", "本月与上个月", [("本月", "2016-06"), ("上个月", "2016-05")]),
    ("call", "年初至今与今年以来", [("年初至今", "2021-H1"), ("今年以来", "2021-H1")]),
    ("news", "上个半年", [("上个半年", "2015-H2")]),
]


@pytest.mark.parametrize(("ctx", "text", "expected"), EN_TABLE, ids=[r[1][:40] for r in EN_TABLE])
def test_en_table(ctx: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(text, "en", CTX[ctx]) == expected


@pytest.mark.parametrize(("ctx", "text", "expected"), ZH_TABLE, ids=[r[1][:30] for r in ZH_TABLE])
def test_zh_table(ctx: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(text, "zh", CTX[ctx]) == expected


NOT_PERIODS: list[tuple[str, str]] = [
    ("en", "Revenue grew 20% year-over-year and 5% yoy, or 3% quarter-over-quarter."),
    ("en", "We pay $2021 million per year for 2000 shares and 1999 employees."),
    ("en", "See our Form 10-K and 10-Q; during Q&A we discussed COVID-19."),
    ("en", "I'll take the first half of that question."),
    ("en", "Growth was 2,021 units and 2021.5 tons; H1N1 and H2O."),
    (
        "en",
        "we may see more; a quarter of revenue; three quarters of users; each fiscal year's plan",
    ),
    ("zh", "营收同比增长30%，环比增长5%。"),
    ("zh", "公司持有2000万股，支付1999元，员工2021人。"),
    ("zh", "四季酒店每一季度都举办活动，一个季度或3个月。"),
    ("zh", "比您预期的要提前 6 個月，公司成立15年来业绩稳定。"),
    ("zh", "在90年代，他每周一开会。"),
    ("zh", "拥有2000年历史的城市，不同年份的员工相当年轻，成本年增长。"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PERIODS)
def test_not_periods(lang: Any, text: str) -> None:
    assert pairs(text, lang, NEWS) == []


# -- flags, anchors, context -----------------------------------------------------------------


def test_relative_and_ended_flags() -> None:
    ms = find_periods("In 2020 and last year, as of June 30, 2021, the quarter ended", "en", CALL)
    flags = [(m.text, m.relative, m.ended) for m in ms]
    assert flags == [
        ("2020", False, False),
        ("last year", True, False),
        ("as of June 30, 2021", False, True),
        ("the quarter", True, False),
    ]


def test_unresolved_without_context() -> None:
    ms = find_periods("去年、本季度、周四、第三季度、5月", "zh", NONE)
    ms += find_periods("today, last year, the quarter, Q3, the second half, in May", "en", NONE)
    assert [m.period for m in ms] == [None] * 11
    assert all(m.relative for m in ms)


def test_anchor_year_moves_forward() -> None:
    text = "同年5月上市。2018年3月融资，同年8月再融资，次年1月扩张。"
    assert pairs(text, "zh", NEWS, anchor=2015) == [
        ("同年5月", "2015-05"),
        ("2018年3月", "2018-03"),
        ("同年8月", "2018-08"),
        ("次年1月", "2019-01"),
    ]
    assert pairs("同年5月", "zh", NEWS) == [("同年5月", None)]
    assert pairs("that same year", "en", NEWS, anchor=2012) == [("same year", "2012")]


def test_bare_month_is_ref_year_even_if_after_doc_month() -> None:
    # a month after the document's month is still the reference year: never guess
    assert pairs("In December we expect more.", "en", NEWS) == [("December", "2016-12")]
    assert pairs("12月将上市", "zh", NEWS) == [("12月", "2016-12")]


def test_weekday_is_strictly_before_doc_date() -> None:
    thursday = PeriodContext(doc_date=date(2016, 6, 23))
    assert pairs("周四", "zh", thursday) == [("周四", "2016-06-16")]
    assert pairs("on Friday", "en", thursday) == [("Friday", "2016-06-17")]


def test_reference_year() -> None:
    assert reference_year(NEWS) == 2016
    assert reference_year(PeriodContext(call_period=Period.fiscal_quarter(2022, 2))) == 2022
    assert reference_year(FCALL) == 2022
    assert reference_year(NONE) is None


def test_call_year_differs_from_doc_year() -> None:
    # a Q4 2021 call held in February 2022: bare quarters are 2021, "last year" is 2021
    ctx = PeriodContext(doc_date=date(2022, 2, 10), call_period=Period.quarter(2021, 4))
    assert pairs("Q4 revenue beat last year; this quarter and the year", "en", ctx) == [
        ("Q4", "2021-Q4"),
        ("last year", "2021"),
        ("this quarter", "2021-Q4"),
        ("the year", "FY2021"),
    ]


def test_interface_errors() -> None:
    with pytest.raises(TypeError):
        find_periods(b"2021", "en", NONE)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        find_periods("2021", "fr", NONE)  # type: ignore[arg-type]
    assert find_periods("", "en", NONE) == []
    m = PeriodMention(0, 4, "2021", Period.year(2021), False, False)
    with pytest.raises(AttributeError):
        m.start = 1  # type: ignore[misc]


def test_parse_period_whole_string() -> None:
    assert parse_period("in 2021", "en", NONE) == Period.year(2021)
    assert parse_period("for the fourth quarter of 2020.", "en", NONE) == Period.quarter(2020, 4)
    assert parse_period("在2021年", "zh", NONE) == Period.year(2021)
    assert parse_period("revenue in 2021", "en", NONE) is None
    assert parse_period("2019 and 2020", "en", NONE) is None
    assert parse_period("", "en", NONE) is None


def test_months_period_constructor_and_label() -> None:
    p = Period.months(2021, 1, 9)
    assert (p.label, p.kind, p.start, p.end) == (
        "2021-01..2021-09",
        "months",
        date(2021, 1, 1),
        date(2021, 9, 30),
    )
    assert Period.from_label("2021-02..2021-05") == Period.months(2021, 2, 5)
    assert Period.months(2021, 10, 12) == Period.quarter(2021, 4)
    with pytest.raises(ValueError):
        Period.months(2021, 5, 4)
    with pytest.raises(ValueError):
        Period.from_label("2021-02..2022-05")


# -- safety and purity -------------------------------------------------------------------------


_UNIT = {  # the first 8 characters of each input below -> its repeated unit
    "1" * 8: "1", "2021" * 2: "2021", "年" * 8: "年", "Q2 Q2 Q2": "Q2 ", "the the ": "the ",
    "2021年202": "2021年", "2020-202": "2020-2021，", "fiscal f": "fiscal ",
}



@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "2021" * 50_000,
        "年" * 100_000,
        "Q2 " * 30_000,
        "the " * 50_000,
        "2021年" * 20_000,
        "，".join(["2020-2021"] * 10_000),
        "fiscal " * 30_000 + "x",
    ],
    ids=["digits", "years", "nian", "q2", "the", "years-zh", "spans", "fiscal"],
)
def test_long_inputs_are_linear(text: str) -> None:
    for lang in ("en", "zh"):
        ms = find_periods(text, lang, NEWS)  # type: ignore[arg-type]
        assert all(a.end <= b.start for a, b in itertools.pairwise(ms))
    unit = _UNIT[text[:8]]
    tail = text[len(text.rstrip("x")) :]
    assert_linear(
        lambda t: [find_periods(t, lang, NEWS) for lang in ("en", "zh")],  # type: ignore[arg-type]
        lambda k: unit * k + tail, 50,
    )


def test_module_imports_no_spacy_or_dateparser() -> None:
    code = (
        "import sys; import extractor.normalize.periods as p; "
        "p.find_periods('2021年', 'zh', p.PeriodContext()); "
        "bad = [m for m in ('spacy', 'dateparser') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_prefilter_covers_every_rule_start() -> None:
    """The declared first characters cover what each rule can start with (stdlib parser)."""
    from re import _constants as C
    from re import _parser as RP

    def first(sub: Any, flags: int) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in sub:
            nullable = False
            if op is C.LITERAL:
                s: set[str] | None = {chr(av)}
            elif op is C.IN:
                s = set()
                for iop, iav in av:
                    if iop is C.LITERAL:
                        s.add(chr(iav))
                    elif iop is C.RANGE:
                        s.update(chr(c) for c in range(iav[0], iav[1] + 1))
                    elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                        s.update("0123456789")
                    else:
                        return None, False
            elif op is C.SUBPATTERN:
                s, nullable = first(av[3], flags | av[1])
            elif op is C.BRANCH:
                s = set()
                for alt in av[1]:
                    a, n = first(alt, flags)
                    if a is None:
                        return None, False
                    s |= a
                    nullable = nullable or n
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                s, nullable = first(av[2], flags)
                nullable = nullable or av[0] == 0
            elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
                continue
            else:
                return None, False
            if s is None:
                return None, False
            if flags & re.IGNORECASE:
                s = s | {c.upper() for c in s} | {c.lower() for c in s}
            out |= s
            if not nullable:
                return out, False
        return out, True

    for lang, specs in (("en", P._EN_RULES), ("zh", P._ZH_RULES)):
        allowed = re.compile(f"[{P._FIRST_ASCII[lang]}{P._FIRST_OTHER[lang]}]")
        for name, pattern, _ in [*specs, ("prefix", P._PREFIX[lang], None)]:
            chars, nullable = first(RP.parse(P._expand(pattern), P._FLAGS), P._FLAGS)
            assert chars is not None and not nullable, name
            missing = sorted(c for c in chars if not allowed.match(c))
            assert not missing, (lang, name, missing)


# -- hypothesis properties ----------------------------------------------------------------------

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
ORDS = ["first", "second", "third", "fourth"]
CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
CN_YEAR = "〇一二三四五六七八九"

years = st.integers(1990, 2060)


def _yy(y: int) -> str:
    return f"{y % 100:02d}"


@st.composite
def rendered(draw: st.DrawFn) -> tuple[Any, str, Period]:
    """A period and one of its surface forms (language, text)."""
    y = draw(years)
    kind = draw(
        st.sampled_from(["year", "fy", "quarter", "fq", "half", "month", "day", "months", "years"])
    )
    if kind == "year":
        p = Period.year(y)
        forms = [
            ("en", f"{y}"),
            ("en", f"calendar year {y}"),
            ("zh", f"{y}年"),
            ("zh", f"{y}年度"),
            ("zh", "".join(CN_YEAR[int(c)] for c in str(y)) + "年"),
        ]
    elif kind == "fy":
        p = Period.fiscal_year(y)
        forms = [
            ("en", f"fiscal {y}"),
            ("en", f"FY{y}"),
            ("en", f"FY{_yy(y)}"),
            ("en", f"fiscal year {y}"),
            ("en", f"the {y} fiscal year"),
            ("en", f"fiscal '{_yy(y)}"),
            ("zh", f"{y}财年"),
            ("zh", f"{y}財年"),
        ]
    elif kind == "quarter":
        q = draw(st.integers(1, 4))
        p = Period.quarter(y, q)
        o = ORDS[q - 1]
        forms = [
            ("en", f"Q{q} {y}"),
            ("en", f"{y} Q{q}"),
            ("en", f"{y}-Q{q}"),
            ("en", f"{o} quarter of {y}"),
            ("en", f"the {o} quarter {y}"),
            ("en", f"{q}Q{_yy(y)}"),
            ("en", f"{q}Q {y}"),
            ("en", f"Q{q}'{_yy(y)}"),
            ("en", f"{o.title()} Quarter {y}"),
            ("zh", f"{y}年第{CN[q]}季度"),
            ("zh", f"{y}年{CN[q]}季度"),
            ("zh", f"{y}年Q{q}"),
            ("zh", f"{y} 年第{CN[q]}季度"),
            ("zh", f"{y}年第{q}季度"),
        ]
    elif kind == "fq":
        q = draw(st.integers(1, 4))
        p = Period.fiscal_quarter(y, q)
        o = ORDS[q - 1]
        forms = [
            ("en", f"Q{q} FY{y}"),
            ("en", f"fiscal {o} quarter {y}"),
            ("en", f"{o} quarter of fiscal {y}"),
            ("en", f"FY{_yy(y)} Q{q}"),
            ("en", f"F{q}Q{_yy(y)}"),
            ("en", f"Q{q} fiscal {y}"),
            ("zh", f"{y}财年第{CN[q]}季度"),
            ("zh", f"{y}財年Q{q}"),
        ]
    elif kind == "half":
        h = draw(st.integers(1, 2))
        p = Period.half(y, h)
        forms = [
            ("en", f"{ORDS[h - 1]} half of {y}"),
            ("en", f"{h}H{_yy(y)}"),
            ("en", f"H{h} {y}"),
            ("en", f"{y} H{h}"),
            ("en", f"the {ORDS[h - 1]} half {y}"),
            ("zh", f"{y}年{'上' if h == 1 else '下'}半年"),
        ]
    elif kind == "month":
        mo = draw(st.integers(1, 12))
        p = Period.month(y, mo)
        forms = [
            ("en", f"{MONTH_NAMES[mo - 1]} {y}"),
            ("en", f"{MONTH_ABBR[mo - 1]} {y}"),
            ("en", f"{y}-{mo:02d}"),
            ("en", f"{mo}/{y}"),
            ("en", f"{MONTH_NAMES[mo - 1]} of {y}"),
            ("zh", f"{y}年{mo}月"),
            ("zh", f"{y}年{CN[mo]}月"),
            ("zh", f"{y} 年 {mo} 月"),
        ]
    elif kind == "day":
        d = draw(st.dates(date(y, 1, 1), date(y, 12, 31)))
        p = Period.day(d)
        mn = MONTH_NAMES[d.month - 1]
        forms = [
            ("en", f"{mn} {d.day}, {y}"),
            ("en", f"{d.day} {mn} {y}"),
            ("en", d.isoformat()),
            ("en", f"{d.month}/{d.day}/{y}"),
            ("zh", f"{y}年{d.month}月{d.day}日"),
            ("zh", f"{y} 年 {d.month} 月 {d.day} 日"),
        ]
    elif kind == "months":
        n = draw(st.sampled_from([2, 4, 5, 7, 8, 9, 10, 11]))
        p = Period.months(y, 1, n)
        words = {
            2: "two",
            4: "four",
            5: "five",
            7: "seven",
            8: "eight",
            9: "nine",
            10: "ten",
            11: "eleven",
        }
        forms = [
            ("en", f"the first {words[n]} months of {y}"),
            ("en", f"first {n} months of {y}"),
            ("zh", f"{y}年1-{n}月"),
            ("zh", f"{y}年前{CN[n]}个月"),
            ("zh", f"{y}年1月至{n}月"),
        ]
    else:
        b = y + draw(st.integers(1, 10))
        p = Period.years(y, b)
        forms = [
            ("en", f"{y}-{b}"),
            ("en", f"{y} to {b}"),
            ("en", f"from {y} through {b}"),
            ("en", f"between {y} and {b}"),
            ("zh", f"{y}年至{b}年"),
            ("zh", f"{y}-{b}年"),
        ]
    lang, text = draw(st.sampled_from(forms))
    return lang, text, p


@settings(max_examples=600, deadline=None)
@given(rendered())
def test_surface_forms_read_back(case: tuple[Any, str, Period]) -> None:
    lang, text, p = case
    assert parse_period(text, lang, NONE) == p, (text, p.label)


ANY_PERIOD = st.one_of(
    years.map(Period.year),
    years.map(Period.fiscal_year),
    st.builds(Period.quarter, years, st.integers(1, 4)),
    st.builds(Period.fiscal_quarter, years, st.integers(1, 4)),
    st.builds(Period.half, years, st.integers(1, 2)),
    st.builds(Period.fiscal_half, years, st.integers(1, 2)),
    st.builds(Period.month, years, st.integers(1, 12)),
    st.dates(date(1990, 1, 1), date(2060, 12, 31)).map(Period.day),
    st.builds(
        lambda y, a, n: Period.months(y, a, min(12, a + n)),
        years,
        st.integers(1, 12),
        st.integers(0, 11),
    ),
    st.builds(lambda a, n: Period.years(a, a + n), years, st.integers(0, 20)),
)


@given(ANY_PERIOD)
def test_label_round_trip(p: Period) -> None:
    assert Period.from_label(p.label) == p
    if p.start is not None and p.end is not None:
        assert p.start <= p.end


EN_FILLER = [
    "revenue grew",
    "we saw strong demand",
    "margins improved",
    "as expected",
    "the company said",
]
ZH_FILLER = ["公司营收增长", "表现强劲", "利润提升", "据了解", "市场需求旺盛"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rendered(), min_size=1, max_size=5), st.data())
def test_inserted_periods_are_found_exactly(
    cases: list[tuple[Any, str, Period]], data: st.DataObject
) -> None:
    lang = cases[0][0]
    cases = [c for c in cases if c[0] == lang]
    filler = EN_FILLER if lang == "en" else ZH_FILLER
    sep = ", " if lang == "en" else "，"
    parts: list[str] = []
    spans: list[tuple[int, int, Period]] = []
    pos = 0
    for _, text, p in cases:
        head = data.draw(st.sampled_from(filler)) + sep
        parts.append(head)
        pos += len(head)
        spans.append((pos, pos + len(text), p))
        parts.append(text)
        pos += len(text)
        parts.append(sep)
        pos += len(sep)
    parts.append(data.draw(st.sampled_from(filler)))
    text = "".join(parts)
    ms = find_periods(text, lang, NEWS)
    got = {(m.start, m.end): m.period for m in ms}
    for s, e, p in spans:
        assert got.get((s, e)) == p, (text, text[s:e], [(m.text, m.period) for m in ms])


TOKENS = st.sampled_from(
    [
        "2021",
        "Q2",
        "the",
        "quarter",
        "first",
        "half",
        "of",
        "fiscal",
        "FY21",
        "year",
        "last",
        "ended",
        "June",
        "30,",
        "in",
        "March",
        "as",
        "to",
        "-",
        "年",
        "月",
        "季度",
        "第三",
        "上半年",
        "去年",
        "同期",
        "截至",
        "5",
        "日",
        "周四",
        "今天",
        "2000万股",
        "%",
        "，",
        " ",
        "\n",
        "Thursday",
        "today",
        "three",
        "months",
        "and",
        "2019",
        "through",
        "next",
        "4",
        "years",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, max_size=30).map("".join), st.sampled_from(["en", "zh"]))
def test_spans_exact_non_overlapping_and_prefilter_neutral(text: str, lang: Any) -> None:
    ms = find_periods(text, lang, CALL)
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))
    # the prefilter may only skip positions where no rule can match (its one rule: the
    # _FIRST_ASCII characters start a mention only at the start of a word)
    grammar = P._grammar(lang)
    env = P._Env(CALL, None)
    gated = re.compile(f"[{P._FIRST_ASCII[lang]}]")
    brute: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        word_inside = pos > 0 and text[pos - 1].isascii() and text[pos - 1].isalnum()
        found = None if word_inside and gated.match(text, pos) else P._at(grammar, text, pos, env)
        if found is None:
            pos += 1
            continue
        hits, end = found
        for h in hits:
            if h.anchor is not None:
                env = P._Env(CALL, h.anchor)
        brute.extend(P._trim(text, h.start, h.end) for h in hits)
        pos = max(end, pos + 1)
    assert brute == [(m.start, m.end) for m in ms]


@given(st.text(max_size=200), st.sampled_from(["en", "zh"]))
def test_arbitrary_text_never_breaks(text: str, lang: Any) -> None:
    ms = find_periods(text, lang, NEWS)
    assert all(text[m.start : m.end] == m.text for m in ms)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ms))


@given(st.dates(date(1990, 1, 1), date(2060, 12, 31)), st.integers(0, 6))
def test_weekday_property(doc: date, wd: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    zh = "周" + "一二三四五六日"[wd]
    ctx = PeriodContext(doc_date=doc)
    for text, lang in ((name, "en"), (zh, "zh")):
        (m,) = find_periods(text, lang, ctx)  # type: ignore[arg-type]
        assert m.period is not None and m.period.start is not None
        d = m.period.start
        assert d.weekday() == wd and doc - timedelta(days=7) <= d < doc


def test_same_day_takes_the_last_day_mentioned_before_it() -> None:
    text = "On June 3, 2021 the deal closed; on June 9, 2021 shares fell 4% that day. 当日收盘。"
    ms = find_periods(text, "en", NONE)
    assert [(m.text, m.period.label if m.period else None) for m in ms] == [
        ("June 3, 2021", "2021-06-03"),
        ("June 9, 2021", "2021-06-09"),
        ("that day", "2021-06-09"),
        ("当日", "2021-06-09"),
    ]
    # without any day before it, and no anchor, "that day" is no period
    assert find_periods("Shares fell 4% that day.", "en", NONE) == []


def test_same_day_across_paragraphs() -> None:
    import extractor

    text = "Acme Corp listed on June 23, 2016.\n\nAcme shares closed at $28.79 that day."
    (r,) = [r for r in extractor.extract(text) if r.text == "$28.79"]
    assert r.period is not None and r.period.label == "2016-06-23"


@pytest.mark.parametrize(
    "text",
    ["We adopted ASU No. 2018-02 this year.", "Accounting Standards Update 2017-12 applies.",
     "the effects of ASU 2019-05 on our results"],
)  # fmt: skip
def test_the_number_of_an_accounting_standard_is_no_period(text: str) -> None:
    assert [m.text for m in find_periods(text, "en", PeriodContext())] == (
        ["this year"] if "this year" in text else []
    )


def test_a_year_month_outside_a_standard_name_is_still_a_period() -> None:
    (m,) = find_periods("Sales for 2018-02 were flat.", "en", PeriodContext())
    assert m.period is not None and m.period.label == "2018-02"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("for the year ending March 2024", "FY2024"),
        ("in the year to March 2024", "FY2024"),
        ("for the fiscal year ended June 2021", "FY2021"),
        ("in the six months to September 2023", "2023-04..2023-09"),
        ("for the three months ended June 2023", "2023-Q2"),
    ],
)
def test_a_span_ending_in_a_month_of_a_year(text: str, label: str) -> None:
    ms = find_periods(text, "en", PeriodContext())
    assert [m.period.label for m in ms if m.period] == [label]


def test_a_year_ago_in_a_quarters_call_is_that_quarter_a_year_before() -> None:
    from extractor import extract

    call = (
        "Widgetco Inc (WDG) Q3 2024 Earnings Call Transcript\n\nAnn Lee -- CFO\n\n"
        "Revenue was $410 million compared with $380 million a year ago. "
        "Full-year revenue should reach $1.6 billion, up from $1.5 billion a year ago.\n"
    )
    periods = {r.text: r.period.label if r.period else None for r in extract(call)}
    assert periods["$380 million"] == "2023-Q3"
    # a year spoken of before it: the year before
    assert periods["$1.5 billion"] == "2023"
    # outside a call, a year ago is the year before the document's
    [r] = extract("Revenue was $380 million a year ago.", doc_date="2024-11-02")
    assert r.period is not None and r.period.label == "2023"


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Margin in Q4 of fiscal 2024 was high.", "Q4 of fiscal 2024", "FY2024-Q4"),
        ("Sales in Q4 in fiscal 2024 rose.", "Q4 in fiscal 2024", "FY2024-Q4"),
        ("Sales in fiscal Q3 2024 rose.", "fiscal Q3 2024", "FY2024-Q3"),
        ("The fleet ran 84 vessels in fiscal Q3.", "fiscal Q3", "FY2025-Q3"),
    ],
)
def test_a_fiscal_quarter_written_around_its_q(text: str, span: str, label: str) -> None:
    # "Q4 of fiscal 2024" was two mentions: a calendar Q4 of the document's year and FY2024
    [p] = find_periods(text, "en", PeriodContext(doc_date=date(2025, 3, 3)))
    assert (p.text, p.period.label if p.period else None) == (span, label)


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Revenue in the December quarter of 2024 was high.", "the December quarter of 2024", "2024-Q4"),
        ("Sales in the June quarter, 2024 rose.", "the June quarter, 2024", "2024-Q2"),
        ("We guide for the September quarter.", "the September quarter", "2025-Q3"),
    ],
)
def test_a_quarter_named_by_its_last_month(text: str, span: str, label: str) -> None:
    [p] = find_periods(text, "en", PeriodContext(doc_date=date(2025, 7, 28)))
    assert (p.text, p.period.label if p.period else None) == (span, label)
