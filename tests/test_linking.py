"""Linking behaviour on short sentences of our own (English and Chinese)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import Record

CALL_HEAD = "Acme Corp (ACME) Q3 2021 Earnings Call Transcript\n\nJane Roe -- Chief Financial Officer\n\n"


def _by_text(recs: list[Record]) -> dict[str, Record]:
    return {r.text: r for r in recs}


def test_change_and_level_in_one_sentence(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(CALL_HEAD + "Third quarter revenue rose 2.5% to $452.2 million.\n"))
    chg, lvl = recs["2.5%"], recs["$452.2 million"]
    assert (chg.metric, chg.change, chg.unit) == ("revenue", "up", "%")
    assert (lvl.metric, lvl.change, lvl.value) == ("revenue", None, Decimal(452200000))
    assert chg.period is not None and chg.period.label == "2021-Q3"


def test_basis_points_down(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(CALL_HEAD + "Gross margin was down 120 basis points in the quarter.\n")
    assert (r.metric, r.value, r.unit, r.change) == ("gross_margin", Decimal(120), "bp", "down")


def test_prior_period_value_gets_the_prior_period(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(CALL_HEAD + "Adjusted EPS for the quarter was $0.28 versus $0.29 last year.\n"))
    assert recs["$0.28"].period is not None and recs["$0.28"].period.label == "2021-Q3"
    assert recs["$0.29"].period is not None and recs["$0.29"].period.label == "2020"


def test_compared_period_is_not_the_value_period(ex) -> None:  # type: ignore[no-untyped-def]
    text = CALL_HEAD + "Net sales were $1.3 billion, down 5% compared to the third quarter of 2019.\n"
    recs = _by_text(ex.extract(text))
    assert recs["$1.3 billion"].period is not None and recs["$1.3 billion"].period.label == "2021-Q3"
    assert recs["5%"].change == "down"


def test_raised_guidance_range_for_the_full_year(ex) -> None:  # type: ignore[no-untyped-def]
    text = CALL_HEAD + "We are raising our full year revenue guidance to between $1.82 billion and $1.83 billion.\n"
    (r,) = ex.extract(text)
    assert (r.kind, r.value, r.value_high) == ("guidance", Decimal(1820000000), Decimal(1830000000))
    assert r.period is not None and r.period.label == "FY2021"


def test_respectively_maps_values_to_years(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Net income was $12 million and $15 million for the years ended December 31, 2019 and 2020, respectively."
    recs = _by_text(ex.extract(text))
    assert recs["$12 million"].period is not None and recs["$12 million"].period.label == "FY2019"
    assert recs["$15 million"].period is not None and recs["$15 million"].period.label == "FY2020"


def test_unknown_metric_is_other_with_its_phrase(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(CALL_HEAD + "Our warranty reserve was $12 million at quarter end.\n")
    assert r.metric == "other" and "reserve" in r.metric_text


def test_per_share_earnings_are_eps(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(CALL_HEAD + "Net income was $27.9 million or $0.55 per diluted share.\n"))
    assert recs["$27.9 million"].metric == "net_income"
    assert recs["$0.55"].metric == "eps"


def test_we_resolves_to_the_call_company(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(CALL_HEAD + "We delivered free cash flow of $80 million.\n")
    assert (r.company, r.metric) == ("Acme", "free_cash_flow")


@pytest.mark.parametrize(
    ("text", "metric", "change"),
    [
        ("公司2020年营业收入同比增长12%。", "revenue", "up"),
        ("该公司2020年净利润同比下降8.5%。", "net_income", "down"),
        ("公司毛利率为35.2%。", "gross_margin", None),
    ],
)
def test_chinese_change_vs_level(ex, text: str, metric: str, change: str | None) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(text)
    assert (r.metric, r.change, r.unit) == (metric, change, "%")


def test_chinese_same_year_month(ex) -> None:  # type: ignore[no-untyped-def]
    text = "2018年3月，甲公司完成2亿元B轮融资。同年9月，甲公司获得5亿元C轮融资。"
    recs = _by_text(ex.extract(text))
    assert recs["2亿元"].period is not None and recs["2亿元"].period.label == "2018-03"
    assert recs["5亿元"].period is not None and recs["5亿元"].period.label == "2018-09"
    assert recs["5亿元"].metric == "funding" and recs["5亿元"].unit == "CNY"


def test_chinese_share_count_and_percent(ex) -> None:  # type: ignore[no-untyped-def]
    text = "截至2020年8月31日，乙公司累计回购公司股份4709万股，占公司总股本的0.78%，支付的总金额为26.3亿元。"
    recs = _by_text(ex.extract(text))
    assert recs["4709万股"].unit == "shares" and recs["4709万股"].value == Decimal(47090000)
    assert recs["26.3亿元"].value == Decimal(2630000000) and recs["26.3亿元"].unit == "CNY"
    assert recs["4709万股"].period is not None and recs["4709万股"].period.label == "2020-08-31"


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (CALL_HEAD, "2021"),  # a call named by calendar quarter: the calendar year
        (CALL_HEAD.replace("Q3 2021", "Q4 2021"), "2022"),  # a Q4 call guides the next year
        ("Acme Corp Fiscal 2022 Second Quarter Earnings Call\n\nJane Roe -- CFO\n\n", "FY2022"),
    ],
)
def test_guidance_without_a_period_is_for_the_call_year(ex, head: str, label: str) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(head + "We expect capital expenditures of about $110 million.\n")
    assert r.kind == "guidance"
    assert r.period is not None and r.period.label == label


@pytest.mark.parametrize(
    ("text", "value", "phrase"),
    [
        # the phrase after the value
        ("The company had $4.2 billion in undrawn credit facilities.", "$4.2 billion", "undrawn credit facilities"),
        ("The unit booked $13 million related to contract terminations.", "$13 million", "contract terminations"),
        ("About $9 million in 2022 was recorded in Cost of goods sold.", "$9 million", "Cost of goods sold"),
        ("They held $7.5 billion and $6.1 billion, respectively, in deferred tax assets.", "$6.1 billion", "deferred tax assets"),
        # the noun an amount modifies, after a determiner
        ("We paid the $25 million termination fee to the seller.", "$25 million", "termination fee"),
        ("Results include a $48 million non-recurring licensing fee.", "$48 million", "non-recurring licensing fee"),
        ("Lenders hold $640 million principal amount of the notes.", "$640 million", "principal amount"),
    ],
)
def test_unknown_metric_phrases_around_the_value(ex, text: str, value: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    r = _by_text(ex.extract(text, lang="en"))[value]
    assert r.metric_text == phrase


def test_a_known_metric_named_after_the_list_is_the_metric(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("About $9 million in 2022 and $4 million in 2021 were recorded in cost of sales.", lang="en")
    assert [(r.text, r.metric) for r in recs] == [("$9 million", "cost_of_revenue"), ("$4 million", "cost_of_revenue")]


def test_a_list_with_after_tax_parentheticals_shares_its_phrase(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Severance costs were $90 ($70 after tax), $55 ($41 after tax) and $12 ($9 after tax) for 2022, 2021 and 2020, respectively."
    recs = _by_text(ex.extract(text, lang="en"))
    for value, label in [("$90", "FY2022"), ("$55", "FY2021"), ("$12", "FY2020")]:
        assert recs[value].metric_text == "Severance costs"
        assert recs[value].period is not None and recs[value].period.label == label


@pytest.mark.parametrize(
    "text",
    [
        "We issued $500 million of our 3.25% Notes due 2031.",  # a coupon names the notes
        "Sales were strong and we generated $5 million in Europe.",  # a place, not a metric
        "That is the $20 million we talked about.",  # no amount noun after the value
    ],
)
def test_no_unknown_metric_from_names_places_or_pronouns(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    # every value is a record, but nothing in these sentences names an unknown metric
    assert [r.text for r in recs] == [r.text for r in recs if r.text[0] in "$0123456789"]
    assert recs and all(r.metric_text not in ("Notes", "Europe", "we", "our") for r in recs)
    assert all(r.metric != "other" or r.metric_text is None for r in recs), recs


def test_a_currency_word_in_a_compound_adjective_is_not_the_unit(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("In March 2021 we repaid our $300 million yen-denominated term loan.", lang="en")
    assert r.unit == "USD" and r.value == Decimal(300000000)


def test_guidance_after_a_results_sentence_is_for_the_year(ex) -> None:  # type: ignore[no-untyped-def]
    text = CALL_HEAD + "Third quarter revenue was $452.2 million. We now expect adjusted EPS of $2.10 to $2.20.\n"
    r = _by_text(ex.extract(text))["$2.10 to $2.20"]
    assert r.kind == "guidance" and r.period is not None and r.period.label == "2021"


def test_a_period_in_another_clause_yields_to_the_one_next_to_the_value(ex) -> None:  # type: ignore[no-untyped-def]
    text = CALL_HEAD + "With shortages in Q3 continuing into Q4, we now expect organic growth of 9% to 11% for 2021.\n"
    r = _by_text(ex.extract(text))["9% to 11%"]
    assert r.period is not None and r.period.label == "2021"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Adjusted earnings were $0.62.", "eps"),  # cents: a share's earnings
        ("We expect adjusted earnings of $0.47 to $0.52.", "eps"),
        ("Net income was $41.", "net_income"),  # whole dollars: a filing's millions
        ("Net income was $41.25 million.", "net_income"),
        ("Revenue was $2.10.", "revenue"),  # only earnings-like metrics become EPS
    ],
)
def test_earnings_written_in_cents_are_per_share(ex, sentence: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(CALL_HEAD + sentence + "\n")
    assert r.metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric", "phrase"),
    [
        ("甲公司拟以8.2亿元的对价收购乙公司全部股权。", "8.2亿元", "acquisition", "收购"),  # metric after "的对价"
        ("控股股东于6月3日将2100万股进行质押。", "2100万股", "pledge", "质押"),  # after "进行"
        ("目前大股东有3.2亿股处于质押状态。", "3.2亿股", "pledge", "质押"),
        ("丙集团宣布收购丁科技35%的股份。", "35%", "shareholding", "股份"),  # a stake
        ("基金经理本季度卖出不超过800万股。", "800万股", "other", "卖出"),  # shares: the verb says what
        ("当日南向资金净买入12.5亿港元。", "12.5亿港元", "other", "净买入"),
        ("乙公司以3.3亿元的价格受让丙公司20%股权。", "3.3亿元", "share_transfer", "受让"),  # after "的价格"
        ("丁集团拟1450万元出售其子公司股权。", "1450万元", "other", "出售"),
        ("此次增持股份占公司总股本的2.15%。", "2.15%", "shareholding", "总股本"),
    ],
)
def test_chinese_deal_values_name_their_event(ex, text: str, value: str, metric: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    r = _by_text(ex.extract(text, lang="zh"))[value]
    assert (r.metric, r.metric_text) == (metric, phrase)


def test_chinese_share_verb_must_stand_in_the_same_clause(ex) -> None:  # type: ignore[no-untyped-def]
    # "持有" is in an earlier clause: the count is not what was held (it is still a record)
    (r,) = ex.extract("大股东持有大量股票，公司此后又新增了5000万股。", lang="zh")
    assert (r.text, r.unit, r.metric, r.metric_text) == ("5000万股", "shares", "other", None)


def test_a_stake_is_never_a_sum_of_money(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract("戊公司持股比例为5%，购买价款约为2亿元。", lang="zh"))
    assert recs["5%"].metric == "shareholding"
    assert recs["2亿元"].metric != "shareholding"


def test_a_chinese_list_of_sums_shares_the_first_ones_metric(ex) -> None:  # type: ignore[no-untyped-def]
    # an unknown metric: only the first value has a phrase before it
    recs = ex.extract("净买入额居前的三只个股分别为9.8亿元、7.6亿元、5.1亿元。", lang="zh")
    assert [r.text for r in recs] == ["9.8亿元", "7.6亿元", "5.1亿元"]
    assert len({(r.metric, r.metric_text) for r in recs}) == 1


def test_a_range_from_x_to_y_keeps_the_period_before_it(ex) -> None:  # type: ignore[no-untyped-def]
    text = CALL_HEAD + "We see fourth quarter adjusted EBITDA ranging from $58 million to $63 million.\n"
    (r,) = ex.extract(text)
    assert r.value_high == Decimal(63000000) and r.kind == "guidance"
    assert r.period is not None and r.period.label == "2021-Q4"


def test_the_period_of_a_from_value_is_not_the_new_levels(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(CALL_HEAD + "Backlog rose from $5 million in 2019 to $7 million.\n"))
    assert recs["$5 million"].period is not None and recs["$5 million"].period.label == "2019"
    assert recs["$7 million"].period is not None and recs["$7 million"].period.label != "2019"


@pytest.mark.parametrize(
    ("sentence", "value", "noun"),
    [
        ("We partnered with 320 organizations this year.", "320", "organizations"),
        ("The program has reached 2.5 million people so far.", "2.5 million", "people"),
        ("We opened 14 new stores in the quarter.", "14", "stores"),
    ],
)
def test_a_whole_number_of_things_is_a_count(ex, sentence: str, value: str, noun: str) -> None:  # type: ignore[no-untyped-def]
    r = _by_text(ex.extract(CALL_HEAD + sentence + "\n"))[value]
    assert (r.metric, r.metric_text, r.unit) == ("other", noun, "count")


@pytest.mark.parametrize(
    "sentence",
    [
        "It took us 3 short months to get there.",  # a span of time
        "The replay is available for 10 business days.",  # 'business' is not a plural
        "There are 2 things I want to cover.",  # a turn of speech
        "The plant adds 500 megawatts of capacity.",  # a measure
    ],
)
def test_numbers_of_time_measures_and_speech_are_no_counts(ex, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert ex.extract(CALL_HEAD + sentence + "\n") == []


NEWS = (
    "Acme revenue jumps on cloud demand\n\n"
    "SAN FRANCISCO, July 28, 2021 (Reuters) - Acme Inc said on Wednesday its second-quarter revenue "
    "rose 40% to $520 million, beating estimates, and it expects third-quarter revenue of $540 million "
    "to $550 million.\n\n"
    "The company's net loss widened to $80 million from $35 million a year earlier. Shares rose 4% "
    "in extended trading.\n"
)


def test_news_dateline_is_the_date_not_a_period_and_the_agency_no_company(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(NEWS))
    assert all(r.company != "Reuters" for r in recs.values())  # the source, not the subject
    assert recs["$520 million"].period is not None and recs["$520 million"].period.label == "2021-Q2"
    assert recs["$35 million"].period is not None and recs["$35 million"].period.label == "2020"


def test_a_guidance_cue_governs_what_follows_it_and_its_own_clause(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(NEWS))
    assert recs["40%"].kind == "actual" and recs["$520 million"].kind == "actual"  # "beating estimates" is no cue
    assert recs["$540 million to $550 million"].kind == "guidance"
    (r,) = ex.extract("Revenue of $5 million is expected for the year.", lang="en")
    assert r.kind == "guidance"  # the cue after the value, in its clause


def test_the_stock_move_is_the_share_price_not_the_previous_metric(ex) -> None:  # type: ignore[no-untyped-def]
    r = _by_text(ex.extract(NEWS))["4%"]
    assert (r.metric, r.change) == ("share_price", "up")
    assert r.period is None  # "a year earlier" in the sentence before is a comparison, not carried


def test_a_period_in_the_next_chinese_clause_is_not_the_values(ex) -> None:  # type: ignore[no-untyped-def]
    text = "财联社2021年7月29日电，甲公司公布第二季度财报，营收6.5亿元，同比增长30%，预计第三季度营收7亿元。"
    recs = _by_text(ex.extract(text))
    assert recs["6.5亿元"].period is not None and recs["6.5亿元"].period.label == "2021-Q2"
    assert recs["30%"].period is not None and recs["30%"].period.label == "2021-Q2"
    assert recs["7亿元"].period is not None and recs["7亿元"].period.label == "2021-Q3"


PRESS_RELEASE = """\
Acme Corp. Reports Third Quarter 2021 Results

Third Quarter 2021 Highlights
- Revenue of $452.2 million, up 25% year-over-year
- Net income of $31.5 million, compared to $12.1 million in the third quarter of 2020

Balance Sheet
Cash was $85 million.
"""


def test_a_heading_naming_a_period_dates_the_lines_under_it(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _by_text(ex.extract(PRESS_RELEASE, lang="en"))
    for value in ("$452.2 million", "25%", "$31.5 million"):
        assert recs[value].period is not None and recs[value].period.label == "2021-Q3", value
    assert recs["$12.1 million"].period is not None and recs["$12.1 million"].period.label == "2020-Q3"
    # a heading without a period ends the previous heading's reach
    assert recs["$85 million"].period is None


def test_a_chinese_growth_verb_moves_an_unnamed_subject_and_names_no_metric(ex) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract("一季度全国港口货物吞吐量价值为8.6万亿元，同比增长6.2%。", lang="zh")}
    assert (recs["6.2%"].metric, recs["6.2%"].change) == ("other", "up")
    # a growth noun still names a growth rate, and a named metric still carries its move
    recs = {r.text: r for r in ex.extract("全年增速为12.5%。", lang="zh")}
    assert recs["12.5%"].metric == "revenue_growth"
    recs = {r.text: r for r in ex.extract("公司营业收入为52亿元，同比增长9.1%。", lang="zh")}
    assert (recs["9.1%"].metric, recs["9.1%"].change) == ("revenue", "up")


def test_a_count_move_and_an_earlier_level_keep_the_metric(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("Paid subscribers increased by 1.5 million in the quarter.", lang="en")
    assert [(r.text, r.metric, r.change) for r in recs] == [("1.5 million", "customers", "up")]
    recs = ex.extract("Its loss narrowed to $0.12 a share from $0.30.", lang="en")
    assert [(r.text, r.metric) for r in recs] == [("$0.12", "eps"), ("$0.30", "eps")]
    recs = ex.extract("Gross margin was 41%, versus 39% a year ago.", lang="en")
    assert [r.metric for r in recs] == ["gross_margin", "gross_margin"]


def test_a_scaled_sum_compared_after_a_per_share_figure_is_no_eps(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Acme earned $23.7 billion, or $1.89 a share, compared with $19.7 billion a year earlier."
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert recs["$1.89"].metric == "eps"
    assert recs["$19.7 billion"].metric != "eps"
