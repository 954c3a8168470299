"""company_rules_zh: Chinese company names found by rules, one rule at a time and together."""

from __future__ import annotations

from extractor.company_gazetteer import Gazetteer
from extractor.company_rules_zh import (
    find_abbreviations,
    find_codes,
    find_objects,
    find_st_names,
    find_stake_targets,
    find_subjects,
    find_suffixed,
    find_zh,
)
from extractor.company_text import _Cand

GAZ = Gazetteer.from_entries([])


def _texts(text: str, cands: list[_Cand]) -> list[str]:
    return [text[c.start : c.end] for c in cands]


def test_name_before_a_stock_code_gets_the_ticker() -> None:
    text = "蓝鲸科技(300999)今日发布公告。"
    (c,) = find_codes(GAZ, text, [], "zh")
    assert (text[c.start : c.end], c.ticker, c.source) == ("蓝鲸科技", "300999.SZ", "code")


def test_st_short_names() -> None:
    text = "*ST远航公告称，公司亏损。"
    assert _texts(text, find_st_names(text)) == ["*ST远航"]


def test_company_word_names_and_generic_ones() -> None:
    text = "浙江青石电子股份有限公司与一家科技公司签约。"
    assert _texts(text, find_suffixed(GAZ, text)) == ["浙江青石电子股份有限公司"]


def test_clause_subject_and_role_party() -> None:
    text = "股东红杉汇通拟减持，青石实业以5亿元收购资产。"
    assert sorted(_texts(text, find_subjects(GAZ, text, []))) == ["红杉汇通", "青石实业"]


def test_stake_target_and_held_object() -> None:
    text = "公司拟收购白杨果业60%股权。"
    assert _texts(text, find_stake_targets(GAZ, text, [])) == ["白杨果业"]
    text = "基金减持青石实业逾900万股。"
    assert _texts(text, find_objects(GAZ, text, [])) == ["青石实业"]


def test_a_defined_short_name_means_the_full_name() -> None:
    text = "浙江青石电子股份有限公司（以下简称“青石电子”）公告，青石电子拟回购。"
    found = find_zh(GAZ, text)
    assert _texts(text, found) == ["浙江青石电子股份有限公司", "青石电子", "青石电子"]
    assert {c.name for c in found} == {"浙江青石电子"}
    full = [c for c in found if c.source == "suffix"][:1]
    assert _texts(text, find_abbreviations(text, full)) == ["青石电子"]


def test_pronouns_are_no_company() -> None:
    assert find_zh(GAZ, "我们看好这家公司。") == []


# -- words that are no company names ------------------------------------------------------


def _found(text: str) -> list[str]:
    return _texts(text, find_zh(GAZ, text))


def test_a_verb_phrase_opening_a_clause_is_no_subject() -> None:
    # adverbs and verbs before a corporate verb: 进一步/擅自/顺利 ... + 质押/减持/完成
    assert _found("赵六已与银行沟通,进一步降低质押比例,并解除质押。") == []
    assert _found("该股东擅自减持,违反了承诺。") == []
    assert _found("本次增资完成后,公司注册资本增至3亿元。") == []
    # common nouns as subjects: 议案, 事项, 名单
    assert _found("会议审议的议案获得通过,相关事项已完成。") == []


def test_short_names_before_a_corporate_verb_are_still_found() -> None:
    assert _found("梧桐智造拟减持不超过2%股份。") == ["梧桐智造"]
    assert _found("随后,青禾物流发布公告称完成收购。") == ["青禾物流"]
    assert _found("公告显示,远帆新材质押500万股。") == ["远帆新材"]


def test_an_adverb_or_time_word_after_a_name_is_cut_off() -> None:
    assert _found("前不久,岚山控股刚刚完成减持。") == ["岚山控股"]
    assert _found("截至目前,青禾物流总体质押比例为40%。") == ["青禾物流"]
    assert _found("岚山控股前天晚间发布公告称拟回购。") == ["岚山控股"]


def test_a_person_with_a_title_is_no_company() -> None:
    assert _found("赵志远先生累计质押其持有的公司股份200万股。") == []
    assert _found("董秘钱小芸拟减持不超过10万股。") == []


def test_a_description_before_a_name_is_cut_off() -> None:
    text = "服装公司青禾服饰(603999)发布了一则股东股份质押公告。"
    (c,) = find_zh(GAZ, text)
    assert (text[c.start : c.end], c.ticker) == ("青禾服饰", "603999.SH")
    assert _found("基金减持家纺龙头梧桐家纺106万股。") == ["梧桐家纺"]
    assert _found("公司拟收购药房龙头远帆药房86%股权。") == ["远帆药房"]
    assert _found("公司拟与信托公司青禾信托合资设立子公司。") == ["青禾信托"]


def test_names_holding_a_description_word_are_kept() -> None:
    # the word belongs to the name: a full legal name, 企业管理, a branch, 万科企业
    assert _found("梧桐企业管理合伙企业(有限合伙)拟减持。") == ["梧桐企业管理合伙企业(有限合伙)"]
    text = "公司收到远帆证券登记有限责任公司上海分公司的通知。"
    assert _found(text) == ["远帆证券登记有限责任公司上海分公司"]
    assert _found("青禾县中小企业金融服务中心有限公司提起诉讼。") == [
        "青禾县中小企业金融服务中心有限公司"
    ]
    # 公司 opening the run is "the company", not a description: no name after it
    assert _found("控股股东持有的公司限售流通股1.5亿股被冻结。") == []


def test_a_verb_or_preposition_before_a_company_word_is_no_name() -> None:
    assert _found("其持有的股份合计占总公司股份数的5%。") == []
    assert _found("该人员未履行公司内部审批程序。") == []
    assert _found("经营范围包括房地产项目投资、建材销售等。") == []


def test_a_default_notice_is_no_announcer() -> None:
    assert _found("公司发布了一则实控人股份质押违约公告,公告称控股股东未能还款。") == []


def test_no_name_starts_inside_an_amount_or_is_a_board() -> None:
    text = "该公司拟募资不超过8.5亿元，用于年产20万吨新材料项目，另有5家科创板公司参与。"
    assert _texts(text, find_zh(GAZ, text)) == []
    text = "甲乙新材料公司拟建年产20万吨新材料项目。"  # the name before the amount stays
    assert _texts(text, find_zh(GAZ, text)) == ["甲乙新材料公司"]


def test_a_balance_sheet_s_total_or_net_capital_is_no_company() -> None:
    for text in ("集团的借款净额与总资本净额比率为21.4%。", "集團的借款淨額與總資本淨額比率為21.4%。", "该券商净资本为88亿元。"):
        assert _texts(text, find_zh(GAZ, text)) == [], text
    text = "青石资本领投了3亿元。"  # a name ending in 资本 still is one
    assert _texts(text, find_suffixed(GAZ, text)) == ["青石资本"]
