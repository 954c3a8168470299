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
