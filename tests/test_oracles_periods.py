"""Period oracles from Microsoft Recognizers-Text (shared/data/dev/recognizers_oracles).

Only cases whose gold is a year, a fiscal year, a quarter, a half or a month are checked
(chosen by the gold's shape, so day ranges such as "from 4 to 22 January" drop out at
collection time). A case passes when :func:`find_periods` returns a mention that overlaps
the gold span and covers the same days (the data's ``period_end`` is exclusive,
``Period.end`` inclusive) or, for a fiscal year, has the same label.

Known failures are listed by case id (``file:line``) only, grouped by reason, as strict
xfails: a fix makes them XPASS and fails the run until the id is removed here.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

import pytest
from shared_data import DEV, skip_module_without

from extractor.normalize.periods import PeriodContext, find_periods

skip_module_without(__name__)

ORACLES = DEV / "recognizers_oracles"
FILES = (
    "en_dateperiod_quarter_year",
    "en_datetimemodel_quarter_year",
    "zh_dateperiod_quarter_year",
    "zh_datetimemodel_quarter_year",
)

KNOWN_FAILURES: dict[str, tuple[str, ...]] = {
    # "2015.3" is read as a decimal number, never as March 2015, in financial text.
    "decimal is not a month": ("en_dateperiod_quarter_year:3",),
    # A bare "Q3" is the call's / document's year (SPEC); Recognizers picks the next Q3.
    "bare quarter takes the document year": (
        "en_dateperiod_quarter_year:19",
        "en_dateperiod_quarter_year:20",
    ),
    # Spelled-out, three-digit and era years (康熙二十年, year 247) are not supported.
    "spelled-out, ancient or era years": (
        "en_dateperiod_quarter_year:35",
        "en_dateperiod_quarter_year:37",
        "en_dateperiod_quarter_year:38",
        "zh_dateperiod_quarter_year:18",
        "zh_dateperiod_quarter_year:40",
        "zh_dateperiod_quarter_year:41",
        "zh_dateperiod_quarter_year:42",
        "zh_dateperiod_quarter_year:43",
        "zh_dateperiod_quarter_year:44",
        "zh_dateperiod_quarter_year:45",
        "zh_dateperiod_quarter_year:46",
        "zh_datetimemodel_quarter_year:77",
        "zh_datetimemodel_quarter_year:78",
        "zh_datetimemodel_quarter_year:79",
        "zh_datetimemodel_quarter_year:80",
        "zh_datetimemodel_quarter_year:81",
        "zh_datetimemodel_quarter_year:82",
        "zh_datetimemodel_quarter_year:83",
    ),
    # Ranges from a day to a month, or between quarters, are not one Period.
    "day-to-month and quarter-to-quarter ranges": (
        "en_dateperiod_quarter_year:67",
        "en_dateperiod_quarter_year:68",
        "en_datetimemodel_quarter_year:91",
        "en_datetimemodel_quarter_year:92",
    ),
    # Our ranges include both ends ("2009年到2010年" = 2009..2010); Recognizers excludes the last.
    "ranges include their last year or month": (
        "en_datetimemodel_quarter_year:56",
        "en_datetimemodel_quarter_year:83",
        "zh_dateperiod_quarter_year:20",
    ),
    # "same year" resolves to the anchor year (the year last mentioned), None without one.
    "same year needs an anchor": (
        "en_dateperiod_quarter_year:77",
        "en_datetimemodel_quarter_year:4",
    ),
    # "the year before X" is not read as a period of its own.
    "the year before": (
        "en_datetimemodel_quarter_year:42",
        "en_datetimemodel_quarter_year:155",
    ),
    # "end of <year>" is the year with ended=True; Recognizers gives its last months.
    "end of year is the year, ended": (
        "en_datetimemodel_quarter_year:70",
        "en_datetimemodel_quarter_year:144",
    ),
    # "the third month of 2021", "明年第九个月", "the last 2 quarters" are not supported.
    "ordinal months and counted quarters": (
        "en_datetimemodel_quarter_year:164",
        "en_datetimemodel_quarter_year:165",
        "en_datetimemodel_quarter_year:177",
        "en_datetimemodel_quarter_year:178",
        "zh_datetimemodel_quarter_year:89",
        "zh_datetimemodel_quarter_year:90",
    ),
}
_REASON = {case: reason for reason, cases in KNOWN_FAILURES.items() for case in cases}


def _shape(result: dict[str, Any]) -> str | None:
    """'fy', 'month', 'quarter', 'half', 'year' when the gold is one of those, else None."""
    if re.fullmatch(r"FY\d{4}", result.get("timex") or ""):
        return "fy"
    a, b = result.get("period_start"), result.get("period_end")
    if not (isinstance(a, str) and isinstance(b, str) and len(a) == len(b) == 10):
        return None
    start, end = date.fromisoformat(a), date.fromisoformat(b)
    if start.day != 1 or end.day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month
    aligned = {1: range(1, 13), 3: (1, 4, 7, 10), 6: (1, 7), 12: (1,)}
    if months in aligned and start.month in aligned[months]:
        return {1: "month", 3: "quarter", 6: "half", 12: "year"}[months]
    return None


def _cases() -> list[Any]:
    out: list[Any] = []
    if not ORACLES.is_dir():
        return out
    for stem in FILES:
        lines = (ORACLES / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines, 1):
            case = json.loads(line)
            gold = [r for r in case["results"] if _shape(r)]
            if not gold:
                continue
            cid = f"{stem}:{i}"
            marks = [pytest.mark.xfail(strict=True, reason=_REASON[cid])] if cid in _REASON else []
            out.append(pytest.param(stem[:2], case, gold, id=cid, marks=marks))
    return out


CASES = _cases()


def test_oracle_files_are_there() -> None:
    assert ORACLES.is_dir(), f"missing {ORACLES}"
    assert len(CASES) > 100
    ids = {p.id for p in CASES}
    assert set(_REASON) <= ids, sorted(set(_REASON) - ids)


@pytest.mark.parametrize(("lang", "case", "gold"), CASES)
def test_oracle(lang: Any, case: dict[str, Any], gold: list[dict[str, Any]]) -> None:
    ref = (case.get("context") or {}).get("ReferenceDateTime")
    ctx = PeriodContext(doc_date=date.fromisoformat(ref[:10]) if ref else None)
    text = case["input"]
    mentions = find_periods(text, lang, ctx)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    for r in gold:
        hits = [m for m in mentions if m.start < r["end"] and r["start"] < m.end and m.period]
        if _shape(r) == "fy":
            ok = any(m.period is not None and m.period.label == r["timex"] for m in hits)
        else:
            start = date.fromisoformat(r["period_start"])
            last = date.fromisoformat(r["period_end"]) - timedelta(days=1)
            ok = any(
                m.period is not None and (m.period.start, m.period.end) == (start, last)
                for m in hits
            )
        got = [(m.text, m.period.label if m.period else None) for m in mentions]
        assert ok, f"{r['text']!r}: got {got}"
