"""The language registry: built-in languages, a toy language from a test folder, and
stages reading their cue words from the language object."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.lang import (
    add_language_dir,
    available_languages,
    fragments_of,
    get_language,
    merge_variants,
)
from extractor.segment import clause_bounds, split_sentences

TOY_DIR = Path(__file__).resolve().parent / "lang_toy"


def test_builtin_languages_have_named_fragments() -> None:
    en, zh = get_language("en"), get_language("zh")
    assert (en.code, en.name, zh.code, zh.name) == ("en", "English", "zh", "Chinese")
    assert "inc" in en.word_set("SENTENCE_ABBREVIATIONS")
    assert en.table("MONTHS")["sept"] == 9
    assert zh.words("COMPANY_SUFFIXES")[0] == "股份有限公司"  # longest first: first match wins
    assert {"en", "zh"} <= set(available_languages())


def test_fragment_kind_is_checked() -> None:
    en = get_language("en")
    with pytest.raises(TypeError):
        en.regex("MONTHS")
    with pytest.raises(KeyError):
        en.words("NO_SUCH_FRAGMENT")
    with pytest.raises(KeyError):
        get_language("qq")


def test_toy_language_from_a_test_folder_is_picked_up() -> None:
    add_language_dir(TOY_DIR)
    assert "xx" in available_languages()
    toy = get_language("xx")
    assert toy.name == "Toy"
    assert toy.word_set("SENTENCE_ABBREVIATIONS") == {"zb", "usw"}


def test_a_stage_uses_the_toy_language_words() -> None:
    add_language_dir(TOY_DIR)
    text = "Der Umsatz stieg zb. um fünf Prozent. Dann fiel er."
    # "zb." is a toy abbreviation: no sentence ends there
    assert [text[a:b] for a, b in split_sentences(text, "xx")] == [
        "Der Umsatz stieg zb. um fünf Prozent.",
        "Dann fiel er.",
    ]
    # the toy sentence end cuts before a lower-case word too ("fiel. dann"), unlike English
    low = "Der Gewinn fiel. dann stieg er."
    assert len(split_sentences(low, "xx")) == 2
    assert len(split_sentences(low, "en")) == 1
    s = "Umsatz stieg aber Gewinn fiel"
    a, b = clause_bounds(s, s.index("Gewinn"), "xx")
    assert s[a:b].strip() == "Gewinn fiel"


def test_merge_variants_keeps_base_order_and_adds_variants() -> None:
    merged = merge_variants(
        {"W": ("公司", "集团"), "S": frozenset({"银行"})},
        {"W": ("集團", "公司"), "S": ("銀行",), "N": ("新",)},
    )
    assert merged == {"W": ("公司", "集团", "集團"), "S": frozenset({"银行", "銀行"}), "N": ("新",)}


def test_fragments_of_rejects_a_name_defined_twice() -> None:
    import types

    a, b = types.ModuleType("a"), types.ModuleType("b")
    a.X = b.X = ("x",)  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        fragments_of(a, b)


def test_abbreviations_of_results_releases_end_no_sentence() -> None:
    from extractor.segment import split_sentences

    for text in ("* QTRLY ADJ. EPS $1.05; REVENUE $3.4 BLN", "Revenue excl. FX rose 5% and avg. price 3%."):
        assert len(split_sentences(text, "en")) == 1, text
    assert len(split_sentences("Revenue rose 5%. Adj. EPS was $1.05.", "en")) == 2
