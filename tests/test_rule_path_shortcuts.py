"""Shortcuts on the per-document rule path find exactly what the full path finds."""

from __future__ import annotations

import pytest

from extractor import bench_inputs, document

ONE_LINERS = [
    "",
    "   ",
    "-----",
    "Revenue rose 5% to $2.1 billion in the second quarter.",
    "Twilio Inc (NYSE:TWLO) Q2 2021 Earnings Call Transcript",
    "Q2 2021 Earnings Call",
    "Operator: Welcome to the call. Revenue was $5 million.",
    "Jane Roe, Chief Financial Officer: thank you, revenue rose 4%.",
    "Jane Roe - Chief Financial Officer",
    "Jane Roe -- CFO",
    "[00:01:23] JOHN SMITH: Sales were up 3%.",
    "• Net income of $4.2 million",
    "Page 3 of 10",
    "Copyright 2021 Twilio Inc. All rights reserved.",
    "Prepared Remarks",
    "Question-and-Answer Session",
    "Duration: 58 minutes",
    "Corporate Participants",
    "NEW YORK, July 28, 2021 (Reuters) - Twilio said revenue rose 61%.",
    "July 28, 2021",
    "2016年6月24日电 云通信初创企业Twilio周四上市，发行价为15美元。",
    "腾讯控股2021年第二季度业绩电话会",
    "主持人：欢迎参加本次电话会议。",
    "---\ntitle: Q2 call\n---\nRevenue rose 5%.",
    "---\ntitle: Q2 call\n---\nOperator: Welcome.",
]


def _full(text: str) -> document.Document:
    """What :func:`document.read_document` gives with every layout step run."""
    saved = document._layout_matters
    document._layout_matters = lambda text, items: True  # type: ignore[assignment]
    try:
        return document.read_document(text)
    finally:
        document._layout_matters = saved  # type: ignore[assignment]


@pytest.mark.parametrize("text", ONE_LINERS)
def test_one_line_reading_matches_the_full_reading(text: str) -> None:
    assert document.read_document(text) == _full(text)


def test_one_line_news_reads_as_with_every_layout_step() -> None:
    docs = [*bench_inputs.en_news(300), *bench_inputs.zh_news(300)]
    assert [document.read_document(d) for d in docs] == [_full(d) for d in docs]
