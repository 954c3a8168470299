"""company_words_zh: where a Chinese name starts before its company word, and which runs
are generic words rather than names."""

from __future__ import annotations

from extractor.company_words_zh import (
    _best_cut,
    _clause_starts,
    _continues,
    _is_generic_name,
    _plausible_short_name,
)


def test_a_boundary_word_cuts_the_name_start() -> None:
    run = "根据青石实业"
    assert run[_best_cut(run) :] == "青石实业"


def test_a_company_word_inside_a_longer_noun_is_not_an_end() -> None:
    text = "银行业整体向好"
    assert _continues(text, 2)  # 银行 + 业
    assert not _continues("银行拟发债", 2)


def test_generic_names() -> None:
    assert _is_generic_name("科技公司") and _is_generic_name("两家银行")
    assert not _is_generic_name("青石科技")


def test_short_names_that_are_time_or_person_words() -> None:
    assert _plausible_short_name("青石实业")
    assert not _plausible_short_name("二季度")


def test_clauses_open_at_the_start_and_after_punctuation() -> None:
    text = "甲乙，丙丁。戊己"
    assert [text[p] for p in _clause_starts(text)] == ["甲", "丙", "戊"]
