"""A bare 元 in Taiwan's financial news is New Taiwan dollars when the text says so by
its own words (新台幣, 台股, 每股純益, 稅後純益 ...); mainland text keeps yuan; a closing
price after 收在 is a level; 純益 is net income.

Texts are written for these tests.
"""

from __future__ import annotations


def test_taiwan_wording_makes_yuan_marks_new_taiwan_dollars(ex) -> None:  # type: ignore[no-untyped-def]
    text = "甲乙電子第二季營收820億元，稅後純益95億元，每股純益4.12元。"
    recs = {r.text: r for r in ex.extract(text, lang="zh")}
    assert {r.unit for r in recs.values()} == {"TWD"}
    assert recs["95億元"].metric == "net_income"


def test_mainland_text_keeps_yuan(ex) -> None:  # type: ignore[no-untyped-def]
    text = "甲乙科技上半年营收82亿元，比上年增长12%，净利润9.5亿元。"
    assert {r.unit for r in ex.extract(text, lang="zh") if r.unit != "%"} == {"CNY"}


def test_a_close_after_shou_zai_is_a_level(ex) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract("甲乙電子股價上漲3.1%，收在512元。", lang="zh")}
    assert (recs["3.1%"].change, recs["512元"].change) == ("up", None)
