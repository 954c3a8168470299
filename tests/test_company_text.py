"""company_text: the name text every company finder shares (canonical names, tickers,
gazetteer keys, the trie regex and how overlapping candidates are resolved)."""

from __future__ import annotations

import re

from extractor.company_text import (
    _Cand,
    _latin_token_spans,
    _resolve,
    _strip_zh_legal_words,
    _trie_regex,
    canonical_name,
    is_pronoun_company,
    normalize_ticker,
)


def test_canonical_name_drops_legal_and_group_words() -> None:
    assert canonical_name("Northwind Traders, Inc.") == "Northwind Traders"
    assert canonical_name("蓝海控股集团有限公司") == "蓝海"


def test_chinese_legal_words_go_but_industry_words_stay() -> None:
    assert _strip_zh_legal_words("蓝海控股集团有限公司") == "蓝海"
    assert _strip_zh_legal_words("蓝海医药") == "蓝海医药"


def test_tickers_are_normalised_or_refused() -> None:
    assert normalize_ticker("sh600123") == "600123.SH"
    assert normalize_ticker("12") is None


def test_pronouns_of_both_languages() -> None:
    assert is_pronoun_company("the Company") and is_pronoun_company("该公司")
    assert not is_pronoun_company("Northwind")


def test_trie_regex_prefers_the_longest_word_and_whole_latin_words() -> None:
    rx = re.compile(_trie_regex(["AB", "ABC", "北方"]))
    assert rx.findall("ABCD AB 北方") == ["AB", "北方"]  # "ABC" is followed by a letter


def test_latin_tokens_keep_ampersands_and_dots() -> None:
    text = "AT&T和Amazon.com"
    assert [text[a:b] for a, b in _latin_token_spans(text)] == ["AT&T", "Amazon.com"]


def test_a_gazetteer_name_at_the_end_of_a_rule_name_wins() -> None:
    rule = _Cand(0, 4, "向北方", None, "suffix", 2)
    gaz = _Cand(2, 4, "北方", "X", "gazetteer", 0)
    assert _resolve([rule, gaz], 6) == [gaz]
