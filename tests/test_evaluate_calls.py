"""Transcript scoring: role accuracy, guidance recall and missed facts by cause."""

from __future__ import annotations

import json
from pathlib import Path

from extractor import Extractor
from extractor.evaluate import evaluate_file

TEXT = (
    "Prepared Remarks:\n\nOperator\n\nWelcome to the Acme Second Quarter 2021 Earnings Call.\n\n"
    "Jane Roe -- Chief Financial Officer\n\nRevenue was $52 million. For the full year, we "
    "expect revenue of $200 million to $210 million.\n"
)


def _gold_file(tmp_path: Path) -> Path:
    op = TEXT.index("Operator")
    jane = TEXT.index("Jane Roe")
    doc = {
        "id": "ACME_q2_2021",
        "text": TEXT,
        "lang": "en",
        "doc_date": None,
        "turns": [
            {"start": op, "end": jane - 2, "speaker": "Operator", "role": None},
            {"start": jane, "end": len(TEXT), "speaker": "Jane Roe", "role": "CFO"},
        ],
        "gold": [
            {"metric_class": "revenue", "value": "52000000", "value_high": None, "unit": "USD",
             "kind": "actual", "period_label": "2021-Q2", "mention": "$52 million"},
            {"metric_class": "revenue", "value": "200000000", "value_high": "210000000",
             "unit": "USD", "kind": "guidance", "period_label": "2021", "mention": "$200m-$210m"},
            # wrong on purpose: each miss cause once
            {"metric_class": "revenue", "value": "52000000", "value_high": None, "unit": "USD",
             "kind": "actual", "period_label": "2020-Q2", "mention": "$52 million"},
            {"metric_class": "revenue", "value": "200000000", "value_high": None, "unit": "USD",
             "kind": "guidance", "period_label": "2021", "mention": "$200 million"},
            {"metric_class": "revenue", "value": "7", "value_high": None, "unit": "USD",
             "kind": "actual", "period_label": "2021-Q2", "mention": "$7"},
            {"metric_class": "revenue", "value": "52000000", "value_high": None, "unit": "USD",
             "kind": "guidance", "period_label": "2021-Q2", "mention": "$52 million"},
        ],
    }
    p = tmp_path / "calls.jsonl"
    p.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return p


def test_role_guidance_and_misses(tmp_path: Path, ex: Extractor) -> None:
    rep = evaluate_file(_gold_file(tmp_path), ex)
    f = rep.figures
    assert f["speaker accuracy (records in turns)"] == 1.0
    # the header says "Chief Financial Officer", the gold list "CFO": not the same role
    assert f["role accuracy (records in turns)"] == 0.0
    assert f["guidance facts (value in text)"] == 3
    assert f["guidance recall (value+unit+period, FY~calendar)"] == 2 / 3
    assert f["guidance recall (and kind guidance/target)"] == 1 / 3
    assert {k: len(v) for k, v in rep.misses.items()} == {
        "wrong period": 1, "wrong range": 1, "no value": 1, "wrong kind": 1,
    }
    text = "\n".join(rep.lines())
    assert "missed facts by cause:" in text and "ACME_q2_2021: '$7' (actual, 2021-Q2); got -" in text
