"""Shortcuts of the Chinese short-sentence path give what the steps they skip give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalize import numbers

# -- fold: a text with nothing to fold is returned as it is ----------------------------------


def _fold_in_full(text: str) -> str:
    """``fold`` as written before the check: the thousands commas, then every character."""
    if "，" in text:
        text = numbers._FW_THOUSANDS.sub(",", text)
    return text.translate(numbers._FOLD)


FOLD_TEXTS = [
    "",
    "今年一季度营收达到三百二十亿元，同比增长百分之八。",
    "净利润为１２．５亿元，较上年同期增加３，２１０万元。",
    "合同金额：４，５６５万元（含税）；付款周期３０天！",
    "每股派息0.35元，分红总额约2,400万元。",
    "Revenue\u00a0rose 5%\u2009to\u202f$3\u2212bn",
    "股价报收于１８．６０元，换手率３％？",
    "ＡＢＣ科技与甲乙集团签署协议，金额１，０００，０００元",
    "\u3000\u3000公司公告称，董事会同意回购股份。",
]


def test_fold_as_in_full_on_sentences() -> None:
    for text in FOLD_TEXTS:
        assert numbers.fold(text) == _fold_in_full(text), text


_FOLD_ALPHABET = st.sampled_from(
    list("０１２３４５６７８９，．％＄：；！？（）　 \u00a0\u2212,.%0123456789元亿万年月公司增长")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FOLD_ALPHABET, max_size=30).map("".join))
def test_fold_as_in_full(text: str) -> None:
    assert numbers.fold(text) == _fold_in_full(text)


def test_every_folded_character_is_checked_for() -> None:
    for code in numbers._FOLD:
        assert numbers._FOLDABLE.search(chr(code)) is not None, hex(code)
    assert numbers._FOLDABLE.search("，（）営收abc123") is None
