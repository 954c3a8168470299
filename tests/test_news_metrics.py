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
