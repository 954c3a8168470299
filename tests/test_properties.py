"""Properties of extract() on arbitrary text: it never raises, and every record is traceable."""

from __future__ import annotations

import json
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import Extractor, Record

PIECES = st.sampled_from(
    [
        "Revenue", " was ", "$", "1.2", " billion", "%", " up ", " to ", "Q3 2021", " in 2020",
        "营收", "达到", "亿美元", "万股", "同比增长", "2015年", "去年", "，", "。", ". ", "\n\n",
        "Jane Roe -- CFO", "• ", "(", ")", "-", "50% to 52%", "约", "超过", "第三季度", "12美元至14美元",
        "Form 10-K", "COVID-19", "respectively", "分别为", "the quarter", "guidance", "预计",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join),
)


@cache
def _ex() -> Extractor:
    return Extractor()


def _check(text: str, recs: list[Record]) -> None:
    for r in recs:
        assert text[r.start : r.end] == r.text
        assert r.start < r.end
        assert r.lang in ("en", "zh")
        assert r.unit
        assert json.loads(json.dumps(r.to_dict(), ensure_ascii=False)) == r.to_dict()
    assert [r.start for r in recs] == sorted(r.start for r in recs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extract_never_raises_and_spans_hold(text: str) -> None:
    _check(text, _ex().extract(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from(["en", "zh"]))
def test_forced_language_never_raises(text: str, lang: str) -> None:
    _check(text, _ex().extract(text, lang=lang))  # type: ignore[arg-type]
