"""Chinese market reports: a company right before a verb of movement and a percentage is
its share price moving, and the price it closed at after 报/至 is that share price.

Sentences are written for these tests.
"""

from __future__ import annotations


def test_each_company_of_a_market_report_moves(ex) -> None:  # type: ignore[no-untyped-def]
    text = "港股收盘：恒生指数涨0.8%；腾讯控股涨2.6%，美团跌1.7%。"
    got = {r.text: (r.metric, r.company, r.change) for r in ex.extract(text, lang="zh")}
    assert got["0.8%"] == ("index_level", "Hang Seng", "up")
    assert got["2.6%"] == ("share_price", "腾讯控股", "up")
    assert got["1.7%"] == ("share_price", "美团", "down")


def test_the_price_a_share_closed_at(ex) -> None:  # type: ignore[no-untyped-def]
    text = "小米集团今日收涨3%，报16.40港元。"
    got = {r.text: r for r in ex.extract(text, lang="zh")}
    price = got["16.40港元"]
    assert (price.metric, price.company, price.unit, price.change) == ("share_price", "小米集团", "HKD", None)


def test_a_metric_between_company_and_value_is_no_share_move(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("比亚迪营收增长12%。", lang="zh")
    assert r.metric == "revenue"


def test_the_market_its_shares_trade_in_and_a_bound_may_stand_between(ex) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r for r in ex.extract("受消息影响，星河科技港股盘中一度跌超5%，报收于12.35港元。", lang="zh")}
    move = got["5%"]
    assert (move.metric, move.company, move.change, move.qualifier) == ("share_price", "星河科技", "down", ">")
    assert got["12.35港元"].metric == "share_price"
    (r,) = ex.extract("蔚来美股周五收涨3.2%。", lang="zh")
    assert (r.metric, r.company, r.change) == ("share_price", "蔚来", "up")
