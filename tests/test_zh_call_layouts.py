"""Chinese call transcripts: "姓名（职务）：" as a header line or opening the speech gives
each value its speaker and role; a single quoted line in news is no transcript.

Documents are written for these tests.
"""

from __future__ import annotations

import pytest

_TITLE = "星河科技2024年第二季度业绩电话会"

_OWN_LINE = f"""{_TITLE}

李明（首席财务官）：
本季度总收入为86.5亿元，同比增长12%。

王芳（董事长）：
本季度我们回购了总计3亿美元的股份。
"""

_SAME_LINE = f"""{_TITLE}

李明（首席财务官）：本季度总收入为86.5亿元，同比增长12%。

王芳（董事长）：本季度我们回购了总计3亿美元的股份。
"""


@pytest.mark.parametrize("doc", [_OWN_LINE, _SAME_LINE], ids=["own_line", "same_line"])
def test_chinese_name_and_title_headers_give_speakers(ex, doc: str) -> None:  # type: ignore[no-untyped-def]
    got = [(r.text, r.speaker, r.speaker_role) for r in ex.extract(doc)]
    assert got == [
        ("86.5亿元", "李明", "首席财务官"),
        ("12%", "李明", "首席财务官"),
        ("3亿美元", "王芳", "董事长"),
    ]


def test_one_quoted_line_in_news_is_no_transcript(ex) -> None:  # type: ignore[no-untyped-def]
    doc = "星河科技发布公告。\n\n李明（首席财务官）：本季度总收入为86.5亿元。"
    assert [r.speaker for r in ex.extract(doc)] == [None]


def test_a_chinese_call_title_gives_the_calls_quarter(ex) -> None:  # type: ignore[no-untyped-def]
    doc = _OWN_LINE.replace("本季度总收入为86.5亿元", "本季度总收入为86.5亿元。我们预计下一季度收入增速约为10%")
    got = {r.text: (r.period.label if r.period else None, r.kind) for r in ex.extract(doc)}
    assert got["86.5亿元"] == ("2024-Q2", "actual")
    assert got["10%"] == ("2024-Q3", "guidance")


def test_ebita_is_a_metric_and_no_company(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("经调整EBITA同比增长2%至598.03亿元。", lang="zh")
    assert [(r.metric, r.company) for r in recs] == [("ebita", None), ("ebita", None)]
