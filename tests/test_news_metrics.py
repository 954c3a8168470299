"""Issue 9 item 4: news metrics where the sentence names them (sentences written here).

Grammar, never sentences: a company or an index followed by a verb of movement, a deal
verb, a fine, pay, prices, market value, fees and interest rates.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.market import canonical_index, find_index, market_move


def _recs(ex, text: str):  # type: ignore[no-untyped-def]
    return {r.text: r for r in ex.extract(text, lang="en")}


@pytest.mark.parametrize(
    ("text", "value", "company", "change"),
    [
        ("Nvidia advanced 8%, Qualcomm rose under 4% and Intel fell 1.2%.", "8%", "Nvidia", "up"),
        ("Nvidia advanced 8%, Qualcomm rose under 4% and Intel fell 1.2%.", "4%", "Qualcomm", "up"),
        ("Nvidia advanced 8%, Qualcomm rose under 4% and Intel fell 1.2%.", "1.2%", "Intel", "down"),
        ("In late trading Microsoft shares slipped 0.7%.", "0.7%", "Microsoft", "down"),
    ],
)
def test_a_company_moving_is_its_share_price(ex, text: str, value: str, company: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, text)[value]
    assert (r.metric, r.company, r.change) == ("share_price", company, change)


@pytest.mark.parametrize(
    ("text", "value", "index", "change"),
    [
        ("The S&P 500 fell 0.9% and the Nasdaq Composite lost 1.4%.", "0.9%", "S&P 500", "down"),
        ("The S&P 500 fell 0.9% and the Nasdaq Composite lost 1.4%.", "1.4%", "Nasdaq Composite", "down"),
        ("Europe's Stoxx 600 index closed up 0.4% on Monday.", "0.4%", "Stoxx 600", "up"),
        ("In Tokyo the Nikkei jumped 2.3%.", "2.3%", "Nikkei 225", "up"),
    ],
)
def test_an_index_moving_is_its_level(ex, text: str, value: str, index: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, text)[value]
    assert (r.metric, r.company, r.change) == ("index_level", index, change)


def test_no_share_price_from_a_company_adding_money(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Microsoft added $5 million to its reserves.")["$5 million"]
    assert r.metric != "share_price"


def test_a_metric_named_between_subject_and_value_wins(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Nvidia's revenue rose 8% in the quarter.")["8%"]
    assert (r.metric, r.change) == ("revenue", "up")


def test_a_move_right_after_a_price_is_that_price_moving(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "Apple shares closed at $182.50, up 2.1%.")
    assert recs["$182.50"].metric == "share_price"
    assert (recs["2.1%"].metric, recs["2.1%"].change) == ("share_price", "up")


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Microsoft agreed to buy Activision Blizzard for $68.7 billion in cash.", "$68.7 billion", "acquisition"),
        ("The Paris flat reportedly sold for a record $44 million.", "$44 million", "sale_price"),
        ("The bank was fined $2.5 million by regulators.", "$2.5 million", "lawsuit_amount"),
        ("Acme agreed to pay $120 million to settle the lawsuit.", "$120 million", "lawsuit_amount"),
        ("The chief executive's pay package was worth $25 million.", "$25 million", "compensation"),
        ("He will receive a golden hello of $3 million.", "$3 million", "compensation"),
        ("Tesla lost $50 billion in market value on Friday.", "$50 billion", "market_cap"),
        ("The fund charges an annual fee of 0.75%.", "0.75%", "fee"),
        ("Britain can borrow at 1.38% over ten years.", "1.38%", "interest_rate"),
        ("The central bank raised interest rates to 5.25%.", "5.25%", "interest_rate"),
        ("Gold prices rose to $1,950 an ounce.", "$1,950", "price"),
    ],
)
def test_news_metrics_named_by_the_sentence(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].metric == metric


def test_paid_in_cash_is_no_cash_balance(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Acme bought the unit for $2 billion in cash.")["$2 billion"]
    assert r.metric != "cash"
    assert r.value == Decimal(2_000_000_000)


def test_an_interest_rate_environment_is_no_rate(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Through every interest rate environment, deposits grew to 79% of funding.")["79%"]
    assert r.metric != "interest_rate"


def test_index_names_are_found_whole() -> None:
    text = "FTSE 100 rose; the FTSE 250 fell; Dowling is a name."
    found = []
    pos = 0
    while (m := find_index(text, pos)) is not None:
        found.append(canonical_index(m.group()))
        pos = m.end()
    assert found == ["FTSE 100", "FTSE 250"]


def test_market_wrap_signed_values() -> None:
    text = "Dow +0.2% S&P 500 -0.3%"
    mv = market_move(text, text.index("-0.3%"), "-0.3%", [])
    assert mv is not None and (mv.company, mv.change, mv.metric_text) == ("S&P 500", "down", None)


def test_cash_held_is_still_cash(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "We ended the quarter with $2 billion in cash.")["$2 billion"]
    assert r.metric == "cash"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Harbor Freight Lines reported a loss of $1.6 billion.", "$1.6 billion", "net_loss"),
        ("The carmaker posted a loss of ¥12 billion in the quarter.", "¥12 billion", "net_loss"),
        ("The retailer swung to a loss of £40m.", "£40m", "net_loss"),
        ("The fund manager has $2.3bn under management.", "$2.3bn", "aum"),
        ("The round values the company at $1.2 billion.", "$1.2 billion", "valuation"),
    ],
)
def test_news_phrases_name_losses_assets_and_valuations(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Energy will pay €1.5bn for the brand.",
        "The group is required to pay about $21 million in taxes.",
        "Customers would pay $5 more per month.",
    ],
)
def test_the_verb_pay_is_not_pay_the_noun(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs and all(r.metric != "compensation" for r in recs)
    assert _recs(ex, "Her pay rose to $12 million last year.")["$12 million"].metric == "compensation"


def test_an_operating_loss_is_not_the_net_loss(ex) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, "The unit had an operating loss of $5 million.")["$5 million"].metric != "net_loss"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("公司共有员工1200人。", "1200人", "headcount"),
        ("截至年底，该行拥有员工5.2万人。", "5.2万人", "headcount"),
    ],
)
def test_a_chinese_count_right_after_its_metric_is_named(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text, lang="zh")}
    assert recs[value].metric == metric


@pytest.mark.parametrize(
    ("text", "value", "eps"),
    [
        ("Investors paid $40 a share in the offering.", "$40", False),
        ("Kestrel made a bid of 520 pence a share for the rest of the group.", "520 pence", False),
        ("The company earned $1.10 a share.", "$1.10", True),
        ("Net income was $2 million, or 5 cents a share.", "5 cents", True),
    ],
)
def test_a_price_paid_per_share_is_not_earnings_per_share(ex, text: str, value: str, eps: bool) -> None:  # type: ignore[no-untyped-def]
    assert (_recs(ex, text)[value].metric == "eps") is eps


@pytest.mark.parametrize(
    ("text", "value", "eps"),
    [
        ("公司拟以每股3.2港元配售8000万股新股。", "3.2港元", False),
        ("收购方每股作价12元，较停牌前溢价20%。", "12元", False),
        ("该基金以每股6.5元认购1000万股。", "6.5元", False),
        ("公司每股收益为0.82元，同比增长5%。", "0.82元", True),
    ],
)
def test_a_chinese_price_per_share_is_not_earnings_per_share(ex, text: str, value: str, eps: bool) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text, lang="zh")}
    assert (recs[value].metric == "eps") is eps


@pytest.mark.parametrize(
    ("text", "value", "index", "change"),
    [
        ("周二恒生指数收涨0.6%，国企指数跌0.3%。", "0.6%", "Hang Seng", "up"),
        ("周二恒生指数收涨0.6%，国企指数跌0.3%。", "0.3%", "Hang Seng China Enterprises", "down"),
        ("深证成指早盘下挫1.5%。", "1.5%", "Shenzhen Component", "down"),
        ("沪指收报2,980.5点，跌幅0.42%。", "0.42%", "Shanghai Composite", "down"),
        ("隔夜纳斯达克指数上涨1.1%。", "1.1%", "Nasdaq Composite", "up"),
        ("科創50指數今日大漲3%。", "3%", "STAR 50", "up"),
    ],
)
def test_a_chinese_index_moving_is_its_level(ex, text: str, value: str, index: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract(text, lang="zh")}[value]
    assert (r.metric, r.company, r.change) == ("index_level", index, change)


@pytest.mark.parametrize(
    "text",
    [
        "沪深300成分股中，约60%的公司营收增长。",  # the index's members, not the index
        "恒生指数成分股腾讯控股股价上涨2%。",  # a company moves, after the index is named
        "恒指期货下跌1%。",  # futures on the index
    ],
)
def test_no_chinese_index_move_where_the_index_is_not_the_subject(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(r.metric != "index_level" for r in ex.extract(text, lang="zh"))


def test_every_chinese_index_has_an_english_canonical_name() -> None:
    from extractor.lang import get_language

    en = get_language("en").table("MARKET_INDICES")
    zh = get_language("zh").table("MARKET_INDICES")
    assert set(zh) <= set(en), sorted(set(zh) - set(en))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company sold 2.5 million shares at $18 each in its IPO, raising $45 million.", "$45 million"),
        ("Acme is raising about $300 million in new debt.", "$300 million"),
    ],
)
def test_raising_money_is_no_outlook(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].kind == "actual"


def test_raising_an_outlook_is_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "We are raising our full-year revenue outlook to $2.1 billion.")["$2.1 billion"]
    assert r.kind == "guidance"


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Halvard will buy a 40% stake in Orion's cable unit for $2.4 billion in cash.", "$2.4 billion", "acquisition"),
        ("Brightline acquired the Dutch maker of valves for €310m.", "€310m", "acquisition"),
        ("Northwind sold its Brazilian unit to a rival for $640 million.", "$640 million", "sale_price"),
        ("Ostara bought back 12 million shares for $480 million.", "$480 million", "share_repurchase"),
        ("Ostara paid $5 million for the land.", "$5 million", "other"),
    ],
)
def test_a_verb_of_buying_or_selling_names_the_sum_it_is_for(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric", "change"),
    [
        ("Quarterly operating profit plunged 87% to 310 billion won.", "87%", "operating_income", "down"),
        ("Sales slumped 14% in the period.", "14%", "revenue", "down"),
        ("Net income rebounded 22% to $1.1 billion.", "22%", "net_income", "up"),
    ],
)
def test_verbs_of_market_news_say_a_change(ex, text: str, value: str, metric: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, text)[value]
    assert (r.metric, r.change) == (metric, change)


def test_a_word_ending_like_a_verb_is_no_change(ex) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, "The trust released 5% of its reserves.")["5%"].change is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("The lender's NPL ratio fell to 1.4% while its CET1 ratio rose to 13.1%.", "1.4%", "npl_ratio"),
        ("The lender's NPL ratio fell to 1.4% while its CET1 ratio rose to 13.1%.", "13.1%", "capital_adequacy_ratio"),
        ("截至9月末，该行不良贷款率为1.26%，拨备覆盖率为210%。", "1.26%", "npl_ratio"),
        ("截至9月末，该行不良贷款率为1.26%，拨备覆盖率为210%。", "210%", "provision_coverage_ratio"),
    ],
)
def test_bank_ratios_are_named(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text)}
    assert recs[value].metric == metric


def test_an_unknown_chinese_metric_phrase_stops_at_the_company_name(ex) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract("比亚迪海外销量占比为12%。", lang="zh")}["12%"]
    assert (r.company, r.metric_text) == ("比亚迪", "海外销量占比")


def test_an_auxiliary_starts_the_metric_phrase(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Analysts polled by FactSet had expected earnings of 41 cents a share.")["41 cents"]
    assert (r.metric, r.metric_text) == ("eps", "expected earnings")


def test_francs_of_a_suisse_name_are_swiss(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Banque Suisse shares closed at 8.20 francs.")["8.20 francs"]
    assert r.unit == "CHF"


@pytest.mark.parametrize(
    ("text", "value", "metric", "change"),
    [
        ("Consumer prices rose 2.9% in March from a year earlier.", "2.9%", "inflation", "up"),
        ("The jobless rate edged up to 4.1%.", "4.1%", "unemployment_rate", None),
        ("Germany's GDP shrank 0.2% in the second quarter.", "0.2%", "gdp", "down"),
        ("The stock's dividend yield is roughly 4.2%.", "4.2%", "dividend_yield", None),
        ("Vale's underlying earnings fell 18% to $2.9 billion.", "$2.9 billion", "net_income", None),
        ("Quarterly deliveries rose 9% to 466,000 vehicles.", "9%", "unit_sales", "up"),
        ("10月份CPI同比上涨0.4%，PPI同比下降1.9%。", "0.4%", "inflation", "up"),
        ("10月份CPI同比上涨0.4%，PPI同比下降1.9%。", "1.9%", "ppi", "down"),
        ("该车企10月销量达12.6万辆，同比增长18%。", "12.6万辆", "unit_sales", None),
        ("该车企10月销量达12.6万辆，同比增长18%。", "18%", "unit_sales", "up"),
        ("公司股息率约为4.8%。", "4.8%", "dividend_yield", None),
        ("本次交易作价约8.6亿元。", "8.6亿元", "acquisition", None),
        ("公司上半年净亏损1.1亿元，同比收窄23%。", "23%", "net_loss", "down"),
    ],
)
def test_economy_market_and_sales_metrics_are_named(ex, text: str, value: str, metric: str, change: str | None) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract(text)}[value]
    assert (r.metric, r.change) == (metric, change)


def test_a_buyback_price_cap_per_share_is_not_earnings(ex) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract("本次回购价格不超过每股42元。", lang="zh")}["42元"]
    assert r.metric != "eps"


def test_missing_forecasts_looks_back(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Same-store sales rose 1.8% in the quarter, missing forecasts.")["1.8%"]
    assert r.kind == "actual"


def test_a_macro_metric_is_kept_to_its_own_sentence(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Economists see GDP growing about 4% next year. Store traffic recovered to 38% of normal."
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert recs["4%"].metric == "gdp"
    assert recs["38%"].metric != "gdp"  # the next sentence names no metric of its own


def test_a_metric_without_carry_false_still_carries(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Gross margin was 41% in the quarter. A year earlier it was 39%."
    assert {r.text: r for r in ex.extract(text, lang="en")}["39%"].metric == "gross_margin"


def test_carry_false_is_read_from_a_users_pattern_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from extractor.metrics import MetricLexicon

    (tmp_path / "metrics.jsonl").write_text(
        '{"id": "widget_index", "unit": "percent", "en": ["widget index"], "carry": false}\n', encoding="utf-8"
    )
    lex = MetricLexicon.load([tmp_path])
    assert lex.entry("widget_index").carry is False
    assert lex.entry("revenue").carry is True


def test_a_fraction_is_no_count_of_a_counted_metric(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Deliveries reached 2,400 trucks, and the ratio of orders to deliveries came to 0.9."
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert recs["2,400"].metric == "unit_sales"
    assert "0.9" not in recs or recs["0.9"].metric != "unit_sales"


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Same-store sales fell 2% in the quarter.", "2%", "down"),
        ("Comparable sales declined 3.1% in the period.", "3.1%", "down"),
        ("Same-store sales rose 4% in the period.", "4%", "up"),
    ],
)
def test_a_fall_of_a_growth_figure_keeps_its_direction(ex, text: str, value: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, text)[value]
    assert (r.metric, r.change) == ("same_store_sales", change)


def test_organic_growth_that_fell_is_not_read_as_growth(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Organic growth fell 1.5% in the half.")["1.5%"]
    assert (r.metric, r.change) == ("organic_growth", "down")


def test_shares_moving_after_a_metric_are_the_share_price(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "Streamco adds 2.1M subscribers, shares jump 9% after hours")
    assert (recs["9%"].metric, recs["9%"].change) == ("share_price", "up")
    assert recs["2.1M"].metric == "customers"


def test_a_headline_count_right_after_its_metric(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "Rivera Motors Q3 deliveries 88K, misses estimates of 95K")
    assert recs["88K"].metric == "unit_sales" and recs["88K"].value == Decimal(88000)


def test_to_invest_names_an_investment_without_the_qualifier(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, "Halvard to invest up to $3 billion in battery plants")["$3 billion"]
    assert (r.metric, r.metric_text, r.qualifier) == ("investment", "to invest", "<=")


def test_a_unit_word_is_no_metric_phrase(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "The bank lifted rates by 25 bps to a 5.25%-5.5% range")
    assert recs["5.25%-5.5%"].metric_text != "bps"


@pytest.mark.parametrize(
    "text",
    ["BRIEF-Ostara Corp Q2 revenue $1.2 bln vs $1.1 bln", "BRIEF-Ostara Corp Reports Q2 Revenue Of $1.2 Bln"],
)
def test_a_wire_tag_and_headline_words_are_not_part_of_the_company(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {r.company for r in ex.extract(text, lang="en")} == {"Ostara"}


@pytest.mark.parametrize(
    ("text", "value", "unit", "high"),
    [
        ("广达11月营收达1,120亿元新台币。", "1,120亿元新台币", "TWD", None),
        ("廣達11月營收達1,120億元新台幣。", "1,120億元新台幣", "TWD", None),
        ("该行上半年盈利为88亿元港币。", "88亿元港币", "HKD", None),
        ("公司預估營收介於900億元至950億元新台幣。", "900億元至950億元新台幣", "TWD", Decimal(95_000_000_000)),
        ("公司营收为88亿元。", "88亿元", "CNY", None),
    ],
)
def test_a_currency_name_after_yuan_decides_the_currency(ex, text: str, value: str, unit: str, high: Decimal | None) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract(text, lang="zh")}[value]
    assert (r.unit, r.value_high) == (unit, high)


def test_a_traditional_index_name_moves(ex) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract("恆生指數收市跌0.9%。", lang="zh")}["0.9%"]
    assert (r.metric, r.company, r.change) == ("index_level", "Hang Seng", "down")


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("We added 310 net new customers, ending the quarter with 6,020.", "6,020", "customers"),
        ("Customers grew to a total of 8,400.", "8,400", "customers"),
    ],
)
def test_a_count_after_ending_with_takes_its_metric(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].metric == metric


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("央行宣布加息25个基点。", "25个基点", "up"),
        ("央行意外降息15个基点。", "15个基点", "down"),
        ("The central bank delivered a rate cut of 50 basis points.", "50 basis points", "down"),
        ("The Fed raised rates by 25 bps to 5.5%.", "25 bps", "up"),
    ],
)
def test_a_rate_move_is_an_interest_rate_change(ex, text: str, value: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = {r.text: r for r in ex.extract(text)}[value]
    assert (r.metric, r.change) == ("interest_rate", change)


def test_retail_sales_are_named_and_not_revenue(ex) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract("10月社会消费品零售总额同比增长5.1%，较上月加快0.8个百分点。", lang="zh")}
    assert (recs["5.1%"].metric, recs["5.1%"].change) == ("retail_sales", "up")
    assert (recs["0.8个百分点"].metric, recs["0.8个百分点"].change) == ("retail_sales", "up")


@pytest.mark.parametrize(
    ("text", "value", "company"),
    [
        ("Oracle reported revenue of $5.1 billion, while Salesforce posted $4.2 billion.", "$4.2 billion", "Salesforce"),
        ("Oracle reported revenue of $5.1 billion, while Salesforce posted $4.2 billion.", "$5.1 billion", "Oracle"),
        ("Apple said revenue fell 2% to $43.8 billion; Samsung's handset unit earned 3.3 trillion won.", "3.3 trillion won", "Samsung Electronics"),
        ("JPMorgan Chase earned $13.2 billion, Wells Fargo $5.8 billion and Citigroup $3.5 billion.", "$5.8 billion", "Wells Fargo"),
        ("JPMorgan Chase earned $13.2 billion, Wells Fargo $5.8 billion and Citigroup $3.5 billion.", "$3.5 billion", "Citigroup"),
    ],
)
def test_a_value_belongs_to_the_company_of_its_own_clause(ex, text: str, value: str, company: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].company == company


@pytest.mark.parametrize(
    "text",
    [
        "Service agreements comprise 37% of revenue.",
        "JPMorgan Chase earned $13.2 billion and Citigroup $3.5 billion.",
    ],
)
def test_a_word_ending_like_a_change_word_says_no_change(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(r.change is None for r in ex.extract(text, lang="en"))


def test_an_outlook_word_in_another_clause_makes_no_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Shares of Boeing fell 3.1% after the planemaker cut its delivery forecast, while Airbus gained 1.2%."
    recs = _recs(ex, text)
    assert recs["3.1%"].kind == "actual"  # the cue is in a clause after "after"
    assert recs["1.2%"].kind == "actual"  # ", while Airbus ...": another subject's statement


def test_an_outlook_cue_still_governs_its_own_statement(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "We expect revenue of $5 billion, while capex should be about $1 billion.")
    assert recs["$5 billion"].kind == "guidance" and recs["$1 billion"].kind == "guidance"
    assert _recs(ex, "Of the $40 million after-tax loss, $6 million is expected to be reclassified.")["$6 million"].kind == "guidance"


def test_an_earlier_level_of_a_count_after_from_is_that_count() -> None:
    from extractor import extract

    recs = {r.text: r for r in extract("The app has 6.2 million riders, up from 5.1 million.")}
    assert recs["5.1 million"].unit == "count"
    assert recs["5.1 million"].metric == recs["6.2 million"].metric
    assert "2.0 million" not in {r.text for r in extract("The app has 6.2 million riders and 2.0 million in Asia.")}


def test_a_write_down_is_an_impairment_not_a_fall(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("The utility wrote down 12.6 billion Danish crowns on its wind farms.", lang="en")
    assert [(r.metric, r.change, r.unit) for r in recs] == [("impairment", None, "DKK")]
    recs = ex.extract("The lender wrote off $300 million of loans.", lang="en")
    assert [(r.metric, r.change) for r in recs] == [("impairment", None)]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Acme lost $70 billion in market value on Monday.", "down"),
        ("The slide wiped $1 trillion off the market value of chipmakers.", "down"),
        ("Acme shares gained 3%, adding about $50 billion to its market value.", "up"),
        ("Acme added $277 billion to its market capitalization.", "up"),
    ],
)
def test_market_value_lost_or_gained_is_a_move(ex, text: str, change: str) -> None:  # type: ignore[no-untyped-def]
    r = next(r for r in ex.extract(text, lang="en") if r.unit == "USD")
    assert (r.metric, r.change) == ("market_cap", change)


def test_a_market_value_reached_is_a_level(ex) -> None:  # type: ignore[no-untyped-def]
    [r] = ex.extract("The company's market value rose to $3 trillion.", lang="en")
    assert (r.metric, r.change) == ("market_cap", None)


def test_a_deal_valued_at_is_the_deal_and_a_regulator_is_no_company(ex) -> None:  # type: ignore[no-untyped-def]
    [r] = ex.extract("Exxon agreed to acquire Pioneer in an all-stock deal valued at $59.5 billion.", lang="en")
    assert r.metric == "acquisition"
    [r] = ex.extract("The European Commission imposed a penalty of €4.3bn on Google.", lang="en")
    assert (r.metric, r.company) == ("lawsuit_amount", "Alphabet")
    [r] = ex.extract("Last year the U.S. Federal Trade Commission settled for $5.0 billion.", lang="en")
    assert r.company is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Brent crude rose 1.1% to $82.40 a barrel.", "$82.40", "price"),
        ("Gold futures settled at $2,034.50 an ounce.", "$2,034.50", "price"),
        ("Iron ore fell to $110 per tonne in Singapore.", "$110", "price"),
        # a cost or a spread per unit is no price
        ("Lifting costs were $7.10 per barrel in the quarter.", "$7.10", "other"),
        ("The Brent-WTI spread widened to $4.20 a barrel.", "$4.20", "other"),
    ],
)
def test_a_sum_per_unit_of_a_commodity_is_its_price(ex, text: str, value: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, text)[value].metric == metric
