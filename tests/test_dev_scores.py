"""Scores on the development data in ../shared/data (read at test time, never copied).

Floors are what the current version reaches (raise them as it improves). The issues'
targets that are not reached yet are strict xfails, so reaching one announces itself.
Without ../shared/data (outside the development workspace) these tests are skipped, and
``-rs`` prints why.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractor.evaluate import Report, evaluate_file

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"development data not found at {DEV}")


@cache
def _report(name: str) -> Report:
    from extractor import Extractor

    return evaluate_file(DEV / name, Extractor())


def _fig(name: str, key: str) -> float:
    v = _report(name).figures[key]
    assert isinstance(v, float)
    return v


def test_ect_fact_recall_floor() -> None:
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period)") >= 0.64
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period, FY~calendar)") >= 0.76
    assert _fig("ect_dev.jsonl", "fact recall (value+unit, any period)") >= 0.93


def test_ect_speaker_and_metric() -> None:
    assert _fig("ect_dev.jsonl", "speaker accuracy (records in turns)") >= 0.98
    assert _fig("ect_dev.jsonl", "metric match (of recalled facts)") >= 0.90


@pytest.mark.xfail(strict=True, reason="issue 3 target not reached: periods of guidance and of compared values")
def test_ect_fact_recall_target() -> None:
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period, FY~calendar)") >= 0.80


def test_kpi_edgar_floor() -> None:
    assert _fig("kpi_edgar_dev.jsonl", "(value, year of period) F1") >= 0.62


@pytest.mark.xfail(strict=True, reason="issue 3 target not reached: filings label every value with a fiscal year, "
                   "values scaled by table headers outside the sentence")
def test_kpi_edgar_target() -> None:
    assert _fig("kpi_edgar_dev.jsonl", "(value, period) F1") >= 0.80


def test_fewfc_floors() -> None:
    assert _fig("zh/fewfc_zh.jsonl", "value+unit recall") >= 0.87
    assert _fig("zh/fewfc_zh.jsonl", "precision on covered lines") >= 0.95
    assert _fig("zh/fewfc_zh.jsonl", "company correct (of matched with event company)") >= 0.72


@pytest.mark.xfail(strict=True, reason="issue 4 target not reached: short company names without suffix or code, "
                   "event roles (pledgee vs pledgor)")
def test_fewfc_company_target() -> None:
    assert _fig("zh/fewfc_zh.jsonl", "company correct (of matched with event company)") >= 0.80
