"""The quantities part of the language folders: numeral tables and cue fragments."""

from __future__ import annotations

import re

from extractor.lang import get_language


def test_numeral_tables() -> None:
    en, zh = get_language("en"), get_language("zh")
    assert en.table("NUMERAL_SCALES")["bn"] == 10**9
    assert en.table("NUMERAL_TENS")["fourty"] == 40
    assert zh.table("NUMERAL_BIG_UNITS")["億"] == 10**8
    assert zh.table("NUMERAL_DIGITS")["兩"] == 2
    assert "几" in zh.word_set("NUMERAL_VAGUE_DIGITS")


def test_cue_fragments_compile_and_match_their_words() -> None:
    en, zh = get_language("en"), get_language("zh")
    assert re.fullmatch(en.regex("QUANTITY_PERCENT_WORDS"), "per cent")
    assert re.fullmatch(en.regex("QUALIFIER_BEFORE"), "more\tthan")
    assert re.fullmatch(zh.regex("QUANTITY_CLASSIFIERS"), "家")
    assert not re.match(zh.regex("QUANTITY_SHARE_WORDS"), "股东")
    assert en.table("QUALIFIER_WORDS")["up to"] == "<="
    assert zh.table("QUALIFIER_WORDS")["逾"] == ">"


def test_period_rule_patterns_are_named_per_language() -> None:
    en, zh = get_language("en"), get_language("zh")
    assert "fiscal" in en.table("PERIOD_RULE_PATTERNS")
    assert "zh_main" in zh.table("PERIOD_RULE_PATTERNS")
    assert zh.table("PERIOD_ENDED_UNITS")["六个月"] == 6
