"""Traditional Chinese: one data file (``lang/zh/traditional.py``) gives every Simplified
cue word its Traditional form, so a sentence reads the same in either script."""

from __future__ import annotations

import pytest

import extractor
from extractor.company_gazetteer import Gazetteer
from extractor.company_text import CompanyEntry
from extractor.lang import get_language
from extractor.lang.zh import companies, document, link, periods, quantities, segment, traditional

_PARTS = (companies, document, link, periods, quantities, segment)
_TO_TRADITIONAL = str.maketrans(traditional.CHARS)
# company names are compared in Simplified script (寧 is a name character no cue word uses)
_TO_SIMPLIFIED = str.maketrans({t: s for s, t in traditional.CHARS.items()} | {"寧": "宁"})

# (Simplified, Traditional) pairs written for this test: announcements and news sentences
# with money, percentages, points, share stakes, a range of guidance and a company.
PAIRS = [
    (
        "贵州茅台2023年实现营业收入1476.94亿元，同比增长18.04%。",
        "貴州茅台2023年實現營業收入1476.94億元，同比增長18.04%。",
    ),
    ("该公司控股股东拟减持不超过2%的股份。", "該公司控股股東擬減持不超過2%的股份。"),
    (
        "招商银行一季度净利润为380亿元，较上年同期增长7.2%。",
        "招商銀行一季度淨利潤為380億元，較上年同期增長7.2%。",
    ),
    ("公司预计全年营收将达到50亿元至55亿元。", "公司預計全年營收將達到50億元至55億元。"),
    (
        "宁德时代拟以12亿元收购一家锂矿公司51%的股权。",
        "寧德時代擬以12億元收購一家鋰礦公司51%的股權。",
    ),
    (
        "万科集团上半年销售金额约为1200亿元，较去年同期下降3个百分点。",
        "萬科集團上半年銷售金額約為1200億元，較去年同期下降3個百分點。",
    ),
]


def _facts(text: str) -> list[tuple[object, ...]]:
    return [
        (r.value, r.value_high, r.unit, r.metric, r.period, r.kind, r.start, r.end,
         r.company.translate(_TO_SIMPLIFIED) if r.company else None)
        for r in extractor.extract(text)
    ]  # fmt: skip


@pytest.mark.parametrize(("simplified", "traditional_text"), PAIRS)
def test_a_traditional_sentence_gives_the_records_of_its_simplified_form(
    simplified: str, traditional_text: str
) -> None:
    simplified_facts = _facts(simplified)
    assert simplified_facts, "the Simplified sentence gives no record: the test would mean nothing"
    assert _facts(traditional_text) == simplified_facts


def test_every_word_list_holds_the_traditional_form_of_each_word() -> None:
    zh = get_language("zh")
    for name, words in zh.fragments.items():
        if not isinstance(words, (tuple, frozenset)) or not all(isinstance(w, str) for w in words):
            continue
        missing = {w.translate(_TO_TRADITIONAL) for w in words} - set(words)
        assert not missing, f"zh.{name} lacks {sorted(missing)[:5]}"


def test_word_variants_sit_right_after_their_simplified_word() -> None:
    zh = get_language("zh")
    strong = zh.words("INDUSTRY_STRONG")
    assert strong[strong.index("制药") + 1] == "製藥"
    assert "於" in zh.word_set("COMPANY_NAME_BOUNDARIES")
    # a character whose form depends on the word is not converted on its own: 于 the
    # surname stays 于, it does not become 於
    assert "於" not in zh.word_set("SURNAMES") and "于" in zh.word_set("SURNAMES")


def test_each_listed_variant_names_a_fragment_and_a_word_it_has() -> None:
    for name, variants in traditional.WORDS.items():
        base = next((vars(p)[name] for p in _PARTS if name in vars(p)), None)
        assert base is not None, f"traditional.WORDS names no fragment {name}"
        for simplified, trad in variants.items():
            assert simplified in base, f"{name}: {simplified} is not in the fragment"
            assert trad != simplified.translate(_TO_TRADITIONAL), f"{name}: {trad} is in CHARS"


def test_the_part_modules_write_word_lists_in_simplified_script_only() -> None:
    # a word whose Traditional form the table gives is written once, in Simplified; its
    # Traditional copy in the same list would be a second place to keep up to date
    for part in _PARTS:
        for name, words in vars(part).items():
            if not name.isupper() or not isinstance(words, (tuple, frozenset)):
                continue
            have = {w for w in words if isinstance(w, str)}
            written = sorted(
                t for w in have if (t := w.translate(_TO_TRADITIONAL)) != w and t in have
            )
            assert not written, f"{part.__name__}.{name} writes {written[:5]} (move to traditional)"


def test_the_character_table_maps_single_characters() -> None:
    assert len(traditional.CHARS) > 3000
    assert all(len(k) == len(v) == 1 and k != v for k, v in traditional.CHARS.items())
    # a character whose form depends on the word is not in the table
    assert not set("于余制并台注游占准系范钟干") & set(traditional.CHARS)


def test_a_company_name_is_found_in_either_script() -> None:
    recs = extractor.extract("港交所上市公司美團公佈，第二季度經調整溢利淨額為77億元。")
    assert [r.company for r in recs] == ["美团"]


def test_a_new_entry_is_found_in_traditional_script_too() -> None:
    g = Gazetteer.from_entries(
        [CompanyEntry("华丰物流", ()), CompanyEntry("Other Co", ("華豐物流",))]
    )
    assert g.lookup("华丰物流").name == "华丰物流"  # type: ignore[union-attr]
    # an alias written by an entry is that entry's, not a converted copy of another's
    assert g.lookup("華豐物流").name == "Other Co"  # type: ignore[union-attr]
    g2 = Gazetteer.from_entries([CompanyEntry("华丰物流", ())])
    assert g2.lookup("華豐物流").name == "华丰物流"  # type: ignore[union-attr]
