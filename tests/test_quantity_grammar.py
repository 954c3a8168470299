"""extractor.quantity_grammar: the regexes built from the language words and a table."""

from __future__ import annotations

from extractor.currencies import CurrencyTable
from extractor.quantity_grammar import _FRACTION_RE, _FRACTIONS, _MASTER, _grammar


def test_master_finds_digits_words_and_chinese_numerals_by_language() -> None:
    en = _MASTER["en"].search("we hired two hundred people")
    assert en is not None and en.group("words") == "two hundred"
    zh = _MASTER["zh"].search("员工三千五百人")
    assert zh is not None and zh.group("cn") == "三千五百"
    pct = _MASTER["zh"].search("增长百分之十二")
    assert pct is not None and pct.group("pctpre") == "百分之" and pct.group("pctnum") == "十二"
    # Chinese numerals are not read in English text
    assert _MASTER["en"].search("三千") is None


def test_suffix_reads_scale_unit_and_classifier() -> None:
    g = _grammar(CurrencyTable.default())
    m = g.suffix.match(" billion euros")
    assert m is not None and m.group("scale") == " billion" and m.group("cur").strip() == "euros"
    assert g.suffix.match(" per cent").group("pct")  # type: ignore[union-attr]
    assert g.suffix.match("名员工").group("cls") == "名"  # type: ignore[union-attr]
    # "成本" is cost, not tenths
    assert g.suffix.match("成本").group("cheng") is None  # type: ignore[union-attr]


def test_grammar_is_built_once_per_table() -> None:
    t = CurrencyTable.default()
    assert _grammar(t) is _grammar(t)
    assert "家" in _grammar(t).cn_follow


def test_fraction_words() -> None:
    m = _FRACTION_RE.search("about a quarter of a billion pounds")
    assert m is not None and m.group("part") == "quarter" and m.group("fscale") == "billion"
    assert str(_FRACTIONS["half"]) == "0.5"
