"""find_quantities: spans, values, units, ranges, qualifiers, exclusions, speed.

Provenance: "brief" = the task brief's span convention and examples, "SPEC" =
shared/SPEC.md, "seed" = a form seen in shared/seeds/ (sentences here are written
for this file, not copied), "own" = written for this file.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opcount import assert_linear
from strategies import any_money, money_en, money_zh, percents, plain_numbers, scaled_zh_numbers

from extractor.quantities import Quantity, find_quantities, parse_quantity

D = Decimal
SEEDS = Path(__file__).resolve().parents[1] / "corpus"  # the two seed documents


def _one(text: str, lang: str) -> Quantity:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# -- single mentions: span text, value, unit ---------------------------------------------

SINGLE = [
    # (lang, text, span, value, unit)                                            provenance
    ("en", "Revenue was $1.2 billion.", "$1.2 billion", D("1200000000"), "USD"),  # SPEC
    ("en", "It raised $850M in the round.", "$850M", D("850000000"), "USD"),  # brief
    ("en", "a loss of $(0.03) in the quarter", "$(0.03)", D("-0.03"), "USD"),  # brief
    ("en", "net loss was negative $12.6 million", "negative $12.6 million", D("-12600000"), "USD"),
    ("en", "priced at US$5 each", "US$5", D("5"), "USD"),  # brief
    ("en", "a deal of USD 5 million", "USD 5 million", D("5000000"), "USD"),  # brief
    ("en", "a deal of 5 million dollars", "5 million dollars", D("5000000"), "USD"),  # brief
    ("en", "costs of €3m were booked", "€3m", D("3000000"), "EUR"),  # brief
    ("en", "costs of EUR 3 million were booked", "EUR 3 million", D("3000000"), "EUR"),  # brief
    ("en", "a £2bn takeover", "£2bn", D("2000000000"), "GBP"),  # brief
    ("en", "shares closed at HK$95.19 today", "HK$95.19", D("95.19"), "HKD"),  # brief
    ("en", "RMB 100 million of loans", "RMB 100 million", D("100000000"), "CNY"),  # brief
    ("en", "a fee of ¥100 applies", "¥100", D("100"), "JPY"),  # "¥" in English: yen
    ("en", "up 50 cents today", "50 cents", D("0.5"), "USD"),  # brief
    ("en", "margin of 50% for the year", "50%", D("50"), "%"),  # brief
    ("en", "margin of 50 percent", "50 percent", D("50"), "%"),  # brief
    ("en", "margin of 50 per cent", "50 per cent", D("50"), "%"),  # brief
    ("en", "expanded 120 basis points", "120 basis points", D("120"), "bp"),  # brief
    ("en", "expanded 120 bps", "120 bps", D("120"), "bp"),  # brief
    ("en", "expanded 120 bp", "120 bp", D("120"), "bp"),  # brief
    ("en", "up 2 percentage points", "2 percentage points", D("2"), "pp"),  # brief
    ("en", "issued 1.2 million shares", "1.2 million shares", D("1200000"), "shares"),  # brief
    ("en", "helped 297 million people", "297 million", D("297000000"), None),  # brief
    ("en", "with 450 organizations", "450", D("450"), None),  # brief
    (
        "en",
        "worth two hundred million dollars",
        "two hundred million dollars",
        D("200000000"),
        "USD",
    ),
    ("en", "almost a billion dollars", "a billion dollars", D("1000000000"), "USD"),  # brief
    ("en", "a rise of five percent", "five percent", D("5"), "%"),  # brief
    ("en", "booked 4.2bn of sales", "4.2bn", D("4200000000"), None),  # brief
    ("en", "a total of 12,345 stores", "12,345", D("12345"), None),  # own
    ("en", "Revenue rose to $ 75 million", "$ 75 million", D("75000000"), "USD"),  # own
    ("en", "Revenue of 1,674.5 million", "1,674.5 million", D("1674500000"), None),  # own
    ("en", "a C$16.4 million contract", "C$16.4 million", D("16400000"), "CAD"),  # own
    ("en", "a gain of +5% on the day", "+5%", D("5"), "%"),  # own: the sign is written
    ("en", "(1,234) in the table", "(1,234)", D("-1234"), None),  # own: accounting
    ("zh", "营收达到1.669亿美元。", "1.669亿美元", D("166900000"), "USD"),  # SPEC, seed form
    ("zh", "净亏损为3550万美元。", "3550万美元", D("35500000"), "USD"),  # SPEC, seed form
    ("zh", "营业收入人民币26.3亿元", "人民币26.3亿元", D("2630000000"), "CNY"),  # brief
    ("zh", "营业收入26.3亿元", "26.3亿元", D("2630000000"), "CNY"),  # brief
    ("zh", "募资1000万元", "1000万元", D("10000000"), "CNY"),  # brief
    ("zh", "募资两亿元", "两亿元", D("200000000"), "CNY"),  # brief
    ("zh", "借款1.5万亿日元", "1.5万亿日元", D("1500000000000"), "JPY"),  # brief
    ("zh", "股价报95.19港元", "95.19港元", D("95.19"), "HKD"),  # brief
    ("zh", "减持4709万股", "4709万股", D("47090000"), "shares"),  # brief
    ("zh", "增持2000万股股份", "2000万股", D("20000000"), "shares"),  # brief
    ("zh", "共有28648名付费用户", "28648名", D("28648"), "count"),  # brief, seed form
    ("zh", "仅有四家科技公司", "四家", D("4"), "count"),  # brief, seed form
    ("zh", "总额三千五百五十万", "三千五百五十万", D("35500000"), None),  # brief
    ("zh", "增长百分之五十", "百分之五十", D("50"), "%"),  # brief
    ("zh", "增长百分之12.5", "百分之12.5", D("12.5"), "%"),  # brief
    ("zh", "增长５０％", "５０％", D("50"), "%"),  # brief: full-width
    ("zh", "提升2个百分点", "2个百分点", D("2"), "pp"),  # brief
    ("zh", "增长88%", "88%", D("88"), "%"),  # seed form
    ("zh", "市值20.5亿美元", "20.5亿美元", D("2050000000"), "USD"),  # seed form
    ("zh", "總額 1000 萬美元", "1000 萬美元", D("10000000"), "USD"),  # seed form: spaced
    ("zh", "负债率下降至负3.9%", "负3.9%", D("-3.9"), "%"),  # own
    ("zh", "營收兩億元", "兩億元", D("200000000"), "CNY"),  # own: traditional
    ("zh", "发行8亿元人民币债券", "8亿元人民币", D("800000000"), "CNY"),  # own
    ("zh", "收购Jagex100%股权", "100%", D("100"), "%"),  # own: a name glued to the number
    ("zh", "营收增长三成", "三成", D("30"), "%"),  # own: 成 = tenths
    ("zh", "以八折价格转让股权", "八折", D("80"), "%"),  # own: 折 = tenths of the price
    ("zh", "按9.5折认购", "9.5折", D("95"), "%"),  # own
    ("zh", "以85折发行", "85折", D("85"), "%"),  # own: two digits are the percentage
    ("zh", "合计十家公司", "十家", D("10"), "count"),  # own
    ("zh", "资产13万2", "13万2", D("132000"), None),  # brief
]


@pytest.mark.parametrize(("lang", "text", "span", "value", "unit"), SINGLE)
def test_single_mentions(lang: str, text: str, span: str, value: Decimal, unit: str | None) -> None:
    q = _one(text, lang)
    assert q.text == span == text[q.start : q.end]
    assert q.value == value
    assert q.unit == unit
    assert q.value_high is None


# -- ranges ---------------------------------------------------------------------------------

RANGES = [
    # (lang, text, span, low, high, unit)                                                 provenance
    ("en", "margins of 50% to 52% next year", "50% to 52%", D(50), D(52), "%"),  # brief, SPEC
    ("en", "sees $700 million to $705 million", "$700 million to $705 million",
     D("700000000"), D("705000000"), "USD"),  # brief
    ("en", "between $225 million and $230 million", "$225 million and $230 million",
     D("225000000"), D("230000000"), "USD"),  # brief: span from the first "$"
    ("en", "sees $700 to $705 million", "$700 to $705 million",
     D("700000000"), D("705000000"), "USD"),  # brief: scale written once
    ("en", "growth of 50 to 52%", "50 to 52%", D(50), D(52), "%"),  # brief: unit written once
    ("en", "growth of 10%-15%", "10%-15%", D(10), D(15), "%"),  # brief
    ("en", "EPS of $0.45-$0.47", "$0.45-$0.47", D("0.45"), D("0.47"), "USD"),  # own
    ("en", "growth of 10% - 15%", "10% - 15%", D(10), D(15), "%"),  # own: spaced dash
    ("zh", "发行价区间12美元至14美元", "12美元至14美元", D(12), D(14), "USD"),  # brief, SPEC
    ("zh", "区间为12至14美元", "12至14美元", D(12), D(14), "USD"),  # brief: unit once
    ("zh", "增速介于10%至15%之间", "10%至15%", D(10), D(15), "%"),  # brief: inner span
    ("zh", "募资3亿元至3.6亿元", "3亿元至3.6亿元", D("300000000"), D("360000000"), "CNY"),  # brief
    ("zh", "回购870-1130万股", "870-1130万股", D("8700000"), D("11300000"), "shares"),  # own
    ("zh", "毛利率60% 到 65%", "60% 到 65%", D(60), D(65), "%"),  # seed form
    ("zh", "增长10%~15%", "10%~15%", D(10), D(15), "%"),  # brief
    ("en", "to improve by 5% to 7%", "5% to 7%", D(5), D(7), "%"),  # own: "by" with a close range
    ("en", "GAAP EPS of negative $0.12 to $0.10", "negative $0.12 to $0.10",
     D("-0.12"), D("-0.10"), "USD"),  # own: the word signs both ends
    ("en", "a change of negative 1% to 4%", "negative 1% to 4%", D(-1), D(4), "%"),  # own: crosses zero
    ("en", "guidance of $2.75 per share to $2.95 per share", "$2.75 per share to $2.95",
     D("2.75"), D("2.95"), "USD"),  # own: "per share" written twice
    ("en", "EBITDA ranging from $40 million to $45 million", "$40 million to $45 million",
     D("40000000"), D("45000000"), "USD"),  # own: "ranging from" is a range
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "span", "low", "high", "unit"), RANGES)
def test_ranges(lang: str, text: str, span: str, low: Decimal, high: Decimal, unit: str) -> None:
    q = _one(text, lang)
    assert (q.text, q.value, q.value_high, q.unit) == (span, low, high, unit)


NOT_RANGES = [
    # two quantities: a change, or units that differ                               provenance
    ("en", "rose from $5 million to $10 million", ["$5 million", "$10 million"]),  # brief
    ("en", "grew 20% to $5 million", ["20%", "$5 million"]),  # own
    ("zh", "从5亿元到10亿元", ["5亿元", "10亿元"]),  # own
    ("zh", "由5%增至8%", ["5%", "8%"]),  # own
    ("en", "$5 million and $7 million", ["$5 million", "$7 million"]),  # own: no "between"
    ("en", "costs fell by $1.2 million to $48.9 million", ["$1.2 million", "$48.9 million"]),  # own: change, level
    ("en", "income increased $6 million to $310.4 million", ["$6 million", "$310.4 million"]),  # own
    ("en", "sales fell 12.5% or $41.3 million to $289.1 million", ["12.5%", "$41.3 million", "$289.1 million"]),  # own
]


@pytest.mark.parametrize(("lang", "text", "spans"), NOT_RANGES)
def test_not_ranges(lang: str, text: str, spans: list[str]) -> None:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    assert [q.text for q in qs] == spans
    assert all(q.value_high is None for q in qs)


# -- qualifiers -----------------------------------------------------------------------------

QUALIFIERS = [
    # (lang, text, span, qualifier, qualifier_text)                            provenance
    ("en", "about $5 million", "$5 million", "~", "about"),  # brief
    ("en", "approximately 50%", "50%", "~", "approximately"),  # brief
    ("en", "roughly 5 million shares", "5 million shares", "~", "roughly"),  # brief
    ("en", "close to $1 billion", "$1 billion", "~", "close to"),  # brief
    ("en", "more than 10,000 customers", "10,000", ">", "more than"),  # brief
    ("en", "in excess of $3 million", "$3 million", ">", "in excess of"),  # brief
    ("en", "at least 10%", "10%", ">=", "at least"),  # brief
    ("en", "30% plus growth", "30%", ">=", "plus"),  # brief, SPEC
    ("en", "10% or more", "10%", ">=", "or more"),  # brief
    ("en", "less than 5%", "5%", "<", "less than"),  # brief
    ("en", "up to $100 million", "$100 million", "<=", "up to"),  # brief
    ("en", "no more than 3%", "3%", "<=", "no more than"),  # brief
    ("zh", "约1000万美元", "1000万美元", "~", "约"),  # brief, seed form
    ("zh", "营收接近1.669亿美元", "1.669亿美元", "~", "接近"),  # brief
    ("zh", "近3成", "3成", "~", "近"),  # brief
    ("zh", "5%左右", "5%", "~", "左右"),  # brief
    ("zh", "超过50%", "50%", ">", "超过"),  # brief
    ("zh", "逾10亿元", "10亿元", ">", "逾"),  # brief
    ("zh", "1000余万元", "1000余万元", ">", "余"),  # brief: 余 inside the span
    ("zh", "300多家", "300多家", ">", "多"),  # brief
    ("zh", "不低于1500万元", "1500万元", ">=", "不低于"),  # brief
    ("zh", "至少20%", "20%", ">=", "至少"),  # brief
    ("zh", "10%以上", "10%", ">=", "以上"),  # brief
    ("zh", "不到5%", "5%", "<", "不到"),  # brief
    ("zh", "低于3%", "3%", "<", "低于"),  # brief
    ("zh", "不超过3000万元", "3000万元", "<=", "不超过"),  # brief
    ("zh", "最多5亿元", "5亿元", "<=", "最多"),  # brief
    ("zh", "5%以内", "5%", "<=", "以内"),  # brief
]


@pytest.mark.parametrize(("lang", "text", "span", "qual", "qual_text"), QUALIFIERS)
def test_qualifiers(lang: str, text: str, span: str, qual: str, qual_text: str) -> None:
    q = _one(text, lang)
    assert (q.text, q.qualifier, q.qualifier_text) == (span, qual, qual_text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "最近3个月"),  # own: 最近 is "recently", not "nearly"
        ("zh", "签约3亿元"),  # own: 签约 is "signed", not "about"
        ("en", "revenue of $5 million"),  # own
        ("en", "$5 million plus $3 million"),  # own: "plus" before a number is addition
    ],
)
def test_no_qualifier(lang: str, text: str) -> None:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    assert qs and qs[0].qualifier is None and qs[0].qualifier_text is None


# -- per share ------------------------------------------------------------------------------

PER_SHARE = [
    ("en", "EPS of $0.45 per share", "$0.45", True),  # brief
    ("en", "$0.45 per diluted share", "$0.45", True),  # own
    ("en", "valued at $98 a share", "$98", True),  # own
    ("zh", "每股0.5元", "0.5元", True),  # brief
    ("zh", "发行价15元/股", "15元", True),  # own
    ("en", "revenue of $5 million", "$5 million", False),  # own
    ("zh", "营收5亿元", "5亿元", False),  # own
]


@pytest.mark.parametrize(("lang", "text", "span", "per_share"), PER_SHARE)
def test_per_share(lang: str, text: str, span: str, per_share: bool) -> None:
    q = _one(text, lang)
    assert (q.text, q.per_share) == (span, per_share)


# -- not quantities -------------------------------------------------------------------------

EXCLUDED = [
    # (lang, text, the digits that must not be (part of) a quantity)          provenance: brief
    ("en", "Sales grew in 2021 again.", "2021"),
    ("en", "In fiscal 2022 we grew.", "2022"),
    ("en", "FY21 results were strong.", "21"),
    ("en", "Results for Q2 were strong.", "2"),
    ("en", "Results for 2Q21 were strong.", "2Q21"),
    ("en", "Results for Q2 2021 were strong.", "2021"),
    ("en", "On June 23, 2016 it listed.", "23"),
    ("en", "As of 12/31/2020 we had cash.", "12/31/2020"),
    ("en", "The call starts at 10:00 a.m. today.", "10:00"),
    ("en", "It was the 1st time.", "1st"),
    ("en", "See our Form 10-K for details.", "10"),
    ("en", "See our 10-Q for details.", "10"),
    ("en", "The COVID-19 vaccine.", "19"),
    ("en", "A Fortune 500 company.", "500"),
    ("en", "It beat the S&P 500 index.", "500"),
    ("en", "New 5G and 4G networks.", "5G"),
    ("en", "A 360-degree view.", "360"),
    ("en", "We shipped version 0.1 today.", "0.1"),
    ("en", "The Web 3.0 hype.", "3.0"),
    ("en", "It runs Windows 10 well.", "10"),
    ("en", "Our A2P messaging grew.", "2"),
    ("en", "Under Section 12 of the act.", "12"),
    ("en", "See Item 7 of the filing.", "7"),
    ("en", "See page 4 and slide 12.", "4"),
    ("en", "See page 4 and slide 12.", "12"),
    ("en", "As described in Note 3 below.", "3"),
    ("en", "Revenue grew (1) strongly.", "(1)"),
    ("en", "Twilio (1113.HK) rose.", "1113"),
    ("en", "Moutai 600519.SH rose.", "600519"),
    ("en", "Call 1-800-555-1234 now.", "555-1234"),
    ("en", "Call +1-222-555-2222 now.", "2222"),
    ("en", "Visit https://ir.example.com/q2-2021/page3 now.", "2021"),
    ("en", "Mail ir2021@example.com now.", "2021"),
    ("en", "The IP 192.168.1.2 is local.", "192.168.1.2"),
    ("en", "It came third, one of the best.", "one"),
    ("en", "We have two products.", "two"),
    ("en", "The TWLO ticker.", "TWLO"),
    ("en", "A 3:1 split.", "3:1"),
    ("en", "It cost a few hundred dollars.", "hundred"),  # own: vague
    ("en", "We have several hundred million users.", "hundred million"),  # own: vague
    ("en", "3M reported results.", "3M"),  # own: a company name
    ("zh", "2015年营收增长。", "2015"),
    ("zh", "2016年以来首笔IPO。", "2016"),
    ("zh", "2021财年营收增长。", "2021"),
    ("zh", "2020年8月31日公告。", "31"),
    ("zh", "2020年8月31日公告。", "8"),
    ("zh", "11月5日晚间公告。", "5"),
    ("zh", "成为第五家公司。", "五家"),
    ("zh", "第1季度营收增长。", "1"),
    ("zh", "3季度营收增长。", "3"),
    ("zh", "公司（SZ 300273）公告。", "300273"),
    ("zh", "贵州茅台（600519.SH）公告。", "600519"),
    ("zh", "股票代码300273。", "300273"),
    ("zh", "获1亿美元E轮融资。", "E"),
    ("zh", "财富500强企业。", "500"),
    ("zh", "沪深300指数上涨。", "300"),
    ("zh", "COVID-19疫苗。", "19"),
    ("zh", "一下子飙升。", "一"),
    ("zh", "每一个客户。", "一"),
    ("zh", "一些公司。", "一"),
    ("zh", "一直增长。", "一"),
    ("zh", "行业第一。", "一"),
    ("zh", "唯一的公司。", "一"),
    ("zh", "统一通信服务。", "一"),
    ("zh", "万一发生风险。", "万一"),
    ("zh", "意见一致。", "一"),
    ("zh", "十分重要。", "十"),
    ("zh", "千万不要卖。", "千万"),
    ("zh", "一家公司表示。", "一家"),
    ("zh", "陆股通净买入。", "陆"),
    ("zh", "两位数增长。", "两"),
    ("zh", "营收增长二三十个百分点。", "二三十"),
    ("zh", "每10股派3元。", "10"),
    ("zh", "下午3:30开会。", "3:30"),
    ("zh", "电话010-12345678。", "12345678"),
]


@pytest.mark.parametrize(("lang", "text", "forbidden"), EXCLUDED)
def test_not_quantities(lang: str, text: str, forbidden: str) -> None:
    i = text.index(forbidden)
    span = (i, i + len(forbidden))
    for q in find_quantities(text, lang):  # type: ignore[arg-type]
        assert not (q.start < span[1] and span[0] < q.end), (q.text, forbidden)


def test_bare_numbers_are_returned() -> None:
    # the exclusions above must not swallow ordinary numbers next to them
    qs = find_quantities(
        "In fiscal 2022, 450 organizations joined; Q2 revenue was $5 million.", "en"
    )
    assert [(q.text, q.unit) for q in qs] == [("450", None), ("$5 million", "USD")]
    qs = find_quantities("2015年11月，公司获得1000万美元投资，用户28648名。", "zh")
    assert [q.text for q in qs] == ["1000万美元", "28648名"]


# -- properties -----------------------------------------------------------------------------


def _check_spans(text: str, qs: list[Quantity]) -> None:
    last = -1
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last  # document order, no overlap
        last = q.end
        if q.value_high is not None:
            assert q.value <= q.value_high
        if q.qualifier_text is not None:
            assert q.qualifier is not None


_PIECES = st.sampled_from(
    ["$", "5", "1,234", ".", "%", "亿", "万", "元", "美元", " ", "-", "(", ")", "to", "至", "约",
     "million", "两", "一", "十", "股", "家", "about", "Q2", "2021", "年", "第", "/", ":", "e", "k",
     "，", "１", "％", "between", "and", "per share", "每股", "百分之", "个百分点", "负", "+"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.sampled_from(["en", "zh"]))
def test_spans_are_exact_and_ordered(text: str, lang: str) -> None:
    _check_spans(text, find_quantities(text, lang))  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["en", "zh"]))
def test_any_text_is_safe(text: str, lang: str) -> None:
    _check_spans(text, find_quantities(text, lang))  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(money_en())
def test_money_round_trip_en(r: tuple[str, Decimal, str | None]) -> None:
    money, value, code = r
    text = f"Revenue was {money}, the company said."
    q = _one(text, "en")
    assert (q.text, q.value, q.unit) == (money, value, code)


@settings(max_examples=200, deadline=None)
@given(money_zh())
def test_money_round_trip_zh(r: tuple[str, Decimal, str | None]) -> None:
    money, value, code = r
    text = f"公司营收为{money}，同比增长。"
    q = _one(text, "zh")
    assert (q.text, q.value, q.unit) == (money, value, code)


@settings(max_examples=150, deadline=None)
@given(percents(), st.sampled_from(["en", "zh"]))
def test_percent_round_trip(r: tuple[str, Decimal, str | None], lang: str) -> None:
    pct, value, unit = r
    if pct.startswith("百分之"):
        lang = "zh"  # Chinese-only form
    q = _one(f"毛利率为{pct}，" if lang == "zh" else f"Margin was {pct}, up.", lang)
    assert (q.text, q.value, q.unit) == (pct, value, unit)


@settings(max_examples=150, deadline=None)
@given(st.one_of(plain_numbers(), scaled_zh_numbers()))
def test_number_round_trip_zh(r: tuple[str, Decimal, str | None]) -> None:
    num, value, _ = r
    q = _one(f"用户数达{num}，", "zh")
    assert (q.text, q.value) == (num, value)


@settings(max_examples=100, deadline=None)
@given(any_money(), any_money())
def test_two_amounts_stay_two(
    a: tuple[str, Decimal, str | None], b: tuple[str, Decimal, str | None]
) -> None:
    text = f"Revenue {a[0]}; costs {b[0]}."
    qs = find_quantities(text, "en")
    assert [q.value for q in qs] == [a[1], b[1]]


def test_parse_quantity() -> None:
    q = parse_quantity("百分之五十", "zh")
    assert q is not None and (q.value, q.unit) == (D(50), "%")
    assert parse_quantity("about 5%", "en") is None  # the qualifier is outside the span
    assert parse_quantity("2021", "en") is None


# -- robustness and speed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20000,
        "1," * 10000,
        "1." * 10000,
        "一" * 20000,
        "万" * 20000,
        "一万" * 10000,
        "$" * 5000 + "5",
        "one " * 5000,
        "1-" * 10000,
        "(" * 5000 + "1" + ")" * 5000,
        "百分之" * 5000,
        "a " * 10000 + "billion",
    ],
    ids=lambda s: repr(s[:12]),
)
def test_pathological_inputs_are_linear(text: str) -> None:
    for lang in ("en", "zh"):
        _check_spans(text, find_quantities(text, lang))  # type: ignore[arg-type]
    # a tenth of the input, then four times that: the work grows with the input
    cut = len(text) // 10
    assert_linear(
        lambda t: [find_quantities(t, lang) for lang in ("en", "zh")],  # type: ignore[arg-type]
        lambda k: text[: cut * k // 4] + text[len(text) - cut * k // 4 :], 1,
    )


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        find_quantities(b"5%", "en")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        find_quantities("5%", "fr")  # type: ignore[arg-type]
    assert find_quantities("", "en") == []


def test_seeds_are_read() -> None:
    """Speed is measured by ``python -m extractor.bench`` (zh_find_quantities chars/s)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts, f"no seed documents in {SEEDS}"
    for t in texts:
        _check_spans(t, find_quantities(t, "zh"))
    assert sum(len(find_quantities(t, "zh")) for t in texts) > 20


def test_zhe_in_words_is_no_discount() -> None:
    # "折合" (converted to) and "折旧" (depreciation) are words, not "N折" discounts
    qs = find_quantities("该笔款项为15亿，5折合人民币约4亿元；3折旧费用另计。", "zh")
    assert all(q.unit != "%" for q in qs), [(q.text, q.unit) for q in qs]
