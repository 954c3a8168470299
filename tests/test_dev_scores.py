"""Scores on the development data in ../shared/data (read at test time, never copied).

Floors are what the current version reaches (raise them as it improves). The issues'
targets that are not reached yet are strict xfails, so reaching one announces itself.
Without ../shared/data (outside the development workspace) these tests are skipped, and
``-rs`` prints why.
"""

from __future__ import annotations

from functools import cache

import pytest
from shared_data import DEV, skip_module_without

from extractor import Extractor
from extractor.evaluate import Report, evaluate_file

skip_module_without(__name__)


@cache
def _extractor() -> Extractor:
    return Extractor()  # one for all files: the pipelines load once


@cache
def _report(name: str) -> Report:
    return evaluate_file(DEV / name, _extractor())


def _fig(name: str, key: str) -> float:
    v = _report(name).figures[key]
    assert isinstance(v, float)
    return v


def test_ect_fact_recall_floor() -> None:
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period)") >= 0.76
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period, FY~calendar)") >= 0.90
    assert _fig("ect_dev.jsonl", "fact recall (value+unit, any period)") >= 0.975


def test_ect_speaker_and_metric() -> None:
    assert _fig("ect_dev.jsonl", "speaker accuracy (records in turns)") >= 0.98
    assert _fig("ect_dev.jsonl", "metric match (of recalled facts)") >= 0.90


def test_ect_issue_11_targets() -> None:
    """Issue 11's targets: in-text facts 0.90 (FY marker ignored; measured 0.907), guidance
    facts 0.85 (0.874; 0.862 also with kind guidance/target), speakers 1.00, roles 0.95
    (0.995: one call has no participant list, so its gold has no titles, while the
    introductions give them)."""
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period, FY~calendar)") >= 0.90
    assert _fig("ect_dev.jsonl", "guidance recall (value+unit+period, FY~calendar)") >= 0.85
    assert _fig("ect_dev.jsonl", "guidance recall (and kind guidance/target)") >= 0.85
    assert _fig("ect_dev.jsonl", "speaker accuracy (records in turns)") == 1.0
    assert _fig("ect_dev.jsonl", "role accuracy (records in turns)") >= 0.95


def test_ect_fact_recall_target() -> None:
    """Issue 3's target. The gold labels a fiscal call's quarter "2021-Q1" (from the file
    name) where we say "FY2021-Q1": the figure compares labels without the FY marker."""
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period, FY~calendar)") >= 0.80


@pytest.mark.xfail(strict=True, reason="exact labels: gold quarters of fiscal calls carry no FY marker")
def test_ect_fact_recall_exact_labels_target() -> None:
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period)") >= 0.80


def test_kpi_edgar_floor() -> None:
    assert _fig("kpi_edgar_dev.jsonl", "(value, year of period) F1") >= 0.66
    # 0.60 before padded accounting brackets were read: the gold gives "$( 355) million" as
    # an unsigned, unscaled 355, so the -355,000,000 we now return counts as an extra value
    assert _fig("kpi_edgar_dev.jsonl", "(value, period) F1") >= 0.59
    # where the sentence writes the year, a sentence-level reader can date the value
    assert _fig("kpi_edgar_dev.jsonl", "(value, period) recall on those") >= 0.82


@pytest.mark.xfail(strict=True, reason="issue 3 target not reached: the gold gives values whose sentence "
                   "names no period the filing's fiscal year, which a sentence alone does not say")
def test_kpi_edgar_target() -> None:
    assert _fig("kpi_edgar_dev.jsonl", "(value, period) F1") >= 0.80


def test_fewfc_floors() -> None:
    assert _fig("zh/fewfc_zh.jsonl", "value+unit recall") >= 0.93
    assert _fig("zh/fewfc_zh.jsonl", "precision on covered lines") >= 0.975
    # the figure counts any organisation of the value's event as right, the pledgee of a
    # pledge included; since the recipient of pledged shares ("质押给X证券") is no longer
    # their company (the pledging company or none is), it reads 0.856 instead of 0.865
    assert _fig("zh/fewfc_zh.jsonl", "company correct (of matched with event company)") >= 0.85


def test_fewfc_company_target() -> None:
    """Issue 4's target."""
    assert _fig("zh/fewfc_zh.jsonl", "company correct (of matched with event company)") >= 0.80


def test_news_money_floor() -> None:
    """Issue 9: every money and percent value of a news sentence, with its currency."""
    assert _fig("news_money_dev.jsonl", "money+% (value, unit) recall") >= 0.91
    # three sums in "francs" with no country named are money of no particular currency
    # (XXX) by design, where the gold says CHF: 0.964 -> 0.949
    assert _fig("news_money_dev.jsonl", "money+% (value, unit) precision") >= 0.945


def test_news_money_target() -> None:
    """Issue 9's target (measured 0.939: P 0.964, R 0.916)."""
    assert _fig("news_money_dev.jsonl", "money+% (value, unit) F1") >= 0.90


def test_kpi_edgar_with_the_fiscal_year_given_floor() -> None:
    """``period="FY<year>"`` and ``filing=True``, as a user who knows the filing passes them."""
    assert _fig("kpi_edgar_dev.jsonl", "(value, period) recall, fiscal year given") >= 0.85


@pytest.mark.xfail(strict=True, reason="issue 9 target: values whose period a table header gives "
                   "('for the years ended ... 2019 and 2018, respectively') are still dated wrong")
def test_kpi_edgar_with_the_fiscal_year_given_target() -> None:
    assert _fig("kpi_edgar_dev.jsonl", "(value, period) recall, fiscal year given") >= 0.90


@pytest.mark.xfail(strict=True, reason="issue 9 target: value+unit recall of in-text call facts; "
                   "0.978, and the 11 facts left are gold the text does not state as labelled (a "
                   "stated loss per share signed positive, a range cut to one end, a value the call "
                   "does not say)")
def test_ect_value_unit_recall_target() -> None:
    assert _fig("ect_dev.jsonl", "fact recall (value+unit, any period)") >= 0.99


def test_ect_in_text_fact_recall_target() -> None:
    """Issue 11's target (measured 0.907: signed and "plus ... to plus" ranges, no EPS for
    sums of money, dividends not dated by their payment date, unnamed guidance for the year)."""
    assert _fig("ect_dev.jsonl", "fact recall (value+unit+period, FY~calendar)") >= 0.90
