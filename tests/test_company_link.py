"""Tests for extractor.company_link.pick_company: which company a value belongs to.

The sentences are written for these tests (announcement and news grammar with made-up
company names), not taken from the dev data.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.companies import CompanyFinder, CompanyMention
from extractor.company_link import pick_company
from extractor.link import Sentence
from extractor.metrics import MetricMention
from extractor.quantities import find_quantities

FINDER = CompanyFinder.load()


def sentence(text: str, lang: str = "zh") -> Sentence:
    return Sentence(
        text=text,
        offset=0,
        lang=lang,  # type: ignore[arg-type]
        para_index=0,
        quantities=find_quantities(text, lang),  # type: ignore[arg-type]
        companies=FINDER.find(text, lang),  # type: ignore[arg-type]
    )


def pick(text: str, value: str, default: str | None = "DEFAULT", metric: str | None = None) -> str | None:
    s = sentence(text)
    [q] = [q for q in s.quantities if q.text == value]
    m = None
    if metric is not None:
        a = text.index(metric)
        m = MetricMention(start=a, end=a + len(metric), text=metric, metric="revenue")
    return pick_company(s, q, m, default)


# -- the holder, not the other side ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "company"),
    [
        # the pledger before the verb, not the pledgee after 给/向
        ("华丰控股发布公告，控股股东甲乙投资有限公司将3000万股质押给丙丁银行，占其所持股份的12.5%。", "12.5%", "甲乙投资"),
        ("甲乙投资向丙丁证券质押2000万股，用于融资。", "2000万股", "甲乙投资"),
        # the borrower, not the lender after 向
        ("公司为全资子公司甲乙物流向丙丁银行申请的2亿元贷款提供担保。", "2亿元", "甲乙物流"),
        # the bidder, not the tenderer that sent the notice
        ("华丰股份收到甲乙建设有限公司发来的《中标通知书》，中标金额为3.5亿元。", "3.5亿元", "华丰股份"),
        ("华丰股份收到招标人甲乙建设有限公司通知，中标金额为3.5亿元。", "3.5亿元", "华丰股份"),
        # "公司为X的中标候选人": X is the tenderer, 公司 the announcer
        ("华丰股份公告，公司为甲乙集团的中标候选人，中标金额为3亿元。", "3亿元", "华丰股份"),
    ],
)
def test_counterparties_are_not_the_company(text: str, value: str, company: str) -> None:
    assert pick(text, value) == company


def test_news_source_is_not_the_company() -> None:
    assert pick("新浪财经讯 甲乙科技拟以5亿元收购丙丁物流。", "5亿元") == "甲乙科技"
    # with no other company the source is still not taken: the default is
    assert pick("据新浪报道，该项目总投资5亿元。", "5亿元") == "DEFAULT"


def test_data_source_is_not_the_company() -> None:
    text = "数据来源：华丰财经，8月甲乙科技被北向资金减持最多，为4.38%。"
    assert pick(text, "4.38%") == "甲乙科技"


def test_lender_after_zai_is_not_the_company() -> None:
    assert pick("甲乙建设拟在丙丁银行申请贷款2亿元。", "2亿元") == "甲乙建设"


def test_a_defined_short_name_speaks_for_the_full_name() -> None:
    text = "甲乙控股有限公司（以下简称“甲乙控股”）拟向丙丁银行借款2亿元。"
    assert pick(text, "2亿元") == "甲乙"  # canonical_name("甲乙控股有限公司")


# -- respectively ----------------------------------------------------------------------------
def test_respectively_maps_lists_in_order() -> None:
    text = "北向资金增持了甲乙科技、丙丁股份和戊己电子，分别增持500万股、300万股和200万股。"
    assert [pick(text, v) for v in ("500万股", "300万股", "200万股")] == ["甲乙科技", "丙丁股份", "戊己电子"]


def test_respectively_without_the_word_when_the_lists_are_adjacent() -> None:
    text = "甲乙科技(600001)、丙丁股份(000002)以3亿股、2亿股的减持数量位居前列。"
    assert [pick(text, v) for v in ("3亿股", "2亿股")] == ["甲乙科技", "丙丁股份"]


def test_lists_of_different_lengths_are_not_mapped() -> None:
    text = "甲乙科技、丙丁股份和戊己电子分别增持500万股、300万股。"
    # three companies, two values: no order to follow; the head of the list is the subject
    assert pick(text, "300万股") == "甲乙科技"


# -- whose capital, whose stake --------------------------------------------------------------
def test_share_of_the_company_capital_is_the_announcers() -> None:
    text = "华丰股份公告，股东甲乙投资拟减持不超过600万股，占公司总股本的3%。"
    assert pick(text, "3%") == "华丰股份"
    assert pick("基金三季度增持了240万股，占甲乙科技总股本的5%。", "5%") == "甲乙科技"


def test_in_a_pledge_the_share_of_capital_is_the_pledgers() -> None:
    text = "华丰股份公告，控股股东甲乙集团有限公司将600万股进行质押，占公司总股本的1.5%。"
    assert pick(text, "1.5%") == "甲乙"  # canonical_name("甲乙集团有限公司")


def test_a_stake_belongs_to_the_target_and_the_price_to_the_buyer() -> None:
    text = "甲乙科技以8亿元收购丙丁物流60%股权。"
    assert pick(text, "8亿元") == "甲乙科技"
    assert pick(text, "60%") == "丙丁物流"


def test_a_pledged_stake_belongs_to_the_pledger() -> None:
    assert pick("甲乙投资将其持有的丙丁物流60%股权质押给戊己银行。", "60%") == "甲乙投资"
    assert pick("甲乙投资质押其持有的丙丁物流60%股权。", "60%") == "甲乙投资"


# -- subjects, pronouns, metrics ---------------------------------------------------------------
def test_company_pronoun_is_the_announcer() -> None:
    assert pick("华丰股份公告，公司拟以现金1.2亿元购买甲乙科技的资产。", "1.2亿元") == "华丰股份"


def test_subject_after_the_value_when_none_before() -> None:
    assert pick("该笔2亿元贷款由甲乙集团提供连带责任担保。", "2亿元") == "甲乙"


def test_no_company_in_the_sentence_gives_the_default() -> None:
    assert pick("公司上半年营收增长至12亿元。", "12亿元") == "DEFAULT"
    assert pick("公司上半年营收增长至12亿元。", "12亿元", default=None) is None


def test_company_right_before_its_metric() -> None:
    text = "华丰股份公告，甲乙科技上半年营收为12亿元。"
    assert pick(text, "12亿元", metric="营收") == "甲乙科技"
    # a verb between the company and the metric: it is not that company's metric
    text = "甲乙科技收购丙丁物流后营收为12亿元。"
    assert pick(text, "12亿元", metric="营收") == "甲乙科技"


# -- English is unchanged -----------------------------------------------------------------------
def test_english_first_company_not_after_a_preposition() -> None:
    text = "Compared with Microsoft, Twilio grew revenue to $5 million."
    s = sentence(text, "en")
    [q] = s.quantities
    assert pick_company(s, q, None, "Acme") == "Twilio"
    s = sentence("Revenue grew to $5 million.", "en")
    assert pick_company(s, s.quantities[0], None, "Acme") == "Acme"


# -- properties ------------------------------------------------------------------------------------
_PIECES = st.sampled_from(
    [
        "华丰股份", "甲乙科技", "丙丁银行", "公司", "该公司", "股东", "控股股东", "将", "拟", "以", "向", "给",
        "质押", "收购", "减持", "分别", "、", "，", "占", "总股本的", "股权", "新浪财经讯", "（以下简称“甲乙”）",
        "5亿元", "3%", "600万股", "60%", "和", "为", "的", "收到", "发来",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14))
def test_the_pick_is_a_mention_of_the_sentence_or_the_default(pieces: list[str]) -> None:
    text = "".join(pieces) + "。"
    s = sentence(text)
    names = {c.name for c in s.companies}
    for q in s.quantities:
        got = pick_company(s, q, None, "DEFAULT")
        assert got == "DEFAULT" or got in names


def test_pick_ignores_mentions_outside_the_given_list() -> None:
    text = "甲乙科技以8亿元收购丙丁物流。"
    s = sentence(text)
    s.companies = [CompanyMention(0, 4, "甲乙科技", "甲乙", None, "suffix")]
    assert pick_company(s, s.quantities[0], None, None) == "甲乙"


@pytest.mark.parametrize(
    ("text", "value", "company"),
    [
        # only the target is named: the price and the goodwill are not its figures
        ("The company completed its purchase of Kelvara Foods for $1.2 billion.", "$1.2 billion", None),
        ("Goodwill increased $245 million, primarily due to the acquisition of Kelvara Foods.", "$245 million", None),
        # the buyer is named: the price is its
        ("Tarwick Holdings closed its acquisition of Kelvara Foods for $1.2 billion.", "$1.2 billion", "Tarwick"),
        # every target of a list
        (
            "Microsoft said the acquisitions of Norvex, Nvidia and Tesla added $12 million in fees.",
            "$12 million",
            "Microsoft",
        ),
        # the target's own figure stays its own
        ("Tarwick closed the acquisition of Kelvara Foods, which had revenue of $50 million.", "$50 million", "Kelvara Foods"),
    ],
)
def test_what_a_deal_buys_does_not_own_the_price(ex, text: str, value: str, company: str | None) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r.company for r in ex.extract(text, lang="en")}
    assert got[value] == company
