"""Chinese accuracy: market value moves, expectations, garbage company names, a change
with its new level, an earlier level, closing prices. Sentences of our own."""

from __future__ import annotations

import pytest

import extractor
from extractor import Record


def _by_text(text: str) -> dict[str, Record]:
    recs = extractor.extract(text, lang="zh")
    for r in recs:
        assert text[r.start : r.end] == r.text
    return {r.text: r for r in recs}


# -- company names that are no company ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "company"),
    [
        # a time frame before the name is cut off, never part of it
        ("报告期内甲乙科技实现营收8亿元。", "8亿元", "甲乙科技"),
        ("当时甲乙科技的估值为20亿美元。", "20亿美元", "甲乙科技"),
        # a news source before the subject is not the company
        ("据丙丁财经报道，甲乙科技净利润为3亿元。", "3亿元", "甲乙科技"),
        ("据新浪财经报道，甲乙科技净利润为3亿元。", "3亿元", "甲乙科技"),
        # a stock exchange as the source of the data
        ("深交所数据显示，甲乙科技当日成交额为5亿元。", "5亿元", "甲乙科技"),
    ],
)
def test_company_beside_a_non_company(text: str, written: str, company: str) -> None:
    assert _by_text(text)[written].company == company


@pytest.mark.parametrize(
    ("text", "written", "not_company"),
    [
        ("报告期内公司实现营收8亿元。", "8亿元", "期内"),
        ("在对赌期结束后，其收入为1.2亿元。", "1.2亿元", "赌期"),
        ("公司已在丙丁资讯网披露减持3%股份的公告。", "3%", "丙丁资讯网"),
        ("丙丁时报e公司讯，中标项目总金额为2亿元。", "2亿元", "丙丁时报e"),
        ("港交所资料显示，某股东减持1.2%股份。", "1.2%", "港交所"),
        ("上交所公告显示，某股东减持1.2%股份。", "1.2%", "上交所"),
        ("未按时支付的公司需赔偿500万元。", "500万元", "未按时支付"),
        ("甲乙的减持期和公司的回购期重叠，回购金额为2亿元。", "2亿元", "期和"),
    ],
)
def test_no_garbage_company(text: str, written: str, not_company: str) -> None:
    company = _by_text(text)[written].company
    assert company is None or not_company not in company


# -- closing price -------------------------------------------------------------------------


def test_closing_price_is_share_price() -> None:
    recs = _by_text("截至收盘，甲乙电子收报8.6港元，较前一交易日上涨2.5%。")
    assert recs["8.6港元"].metric == "share_price"
    assert recs["8.6港元"].company == "甲乙电子"
    assert recs["8.6港元"].change is None
    assert recs["2.5%"].change == "up"


def test_closing_price_per_share() -> None:
    r = _by_text("3月2日，甲乙电子收盘报12.3元/股，市值约80亿元。")["12.3元"]
    assert r.metric == "share_price"


def test_index_close_stays_an_index_move() -> None:
    r = _by_text("恒生指数收报25000点，涨1.2%。")["1.2%"]
    assert r.metric != "share_price"
    assert r.change == "up"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("在对赌期完成之后业绩下滑。", []),
        ("当时公司股价下跌。", []),
        ("丙丁时报e公司讯，甲乙科技中标。", ["甲乙科技"]),
        ("纳斯达克发布通知称，甲乙科技将退市。", ["甲乙科技"]),
        ("据新浪财经报道，甲乙科技中标。", ["甲乙科技"]),
        # a real name that opens with 未来, ends in 期货 or holds 新闻 stays a name
        ("未来电视有限公司宣布融资。", ["未来电视有限公司"]),
        ("新闻集团宣布收购甲乙科技。", ["新闻集团", "甲乙科技"]),
    ],
)
def test_company_candidates_by_word_class(text: str, names: list[str]) -> None:
    from extractor.companies import CompanyFinder

    assert [m.text for m in CompanyFinder.load().find(text, "zh")] == names


def test_no_exchange_nor_passive_in_names() -> None:
    from extractor.companies import CompanyFinder

    names = [m.text for m in CompanyFinder.load().find("港交所最新披露显示，甲乙牧场遭减持。", "zh")]
    assert "港交所" not in names
    assert not any(n.endswith("遭") for n in names)
