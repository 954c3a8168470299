"""The public contract of ../shared/SPEC.md: names, types, errors, invariants."""

from __future__ import annotations

import json
import os
import signal
import warnings
from datetime import date
from decimal import Decimal

import attrs
import pytest

import extractor
from extractor import Extractor, PatternError, Period, Record

NEWS = "2015年Twilio营收接近翻番，达到1.669亿美元，净亏损为3550万美元。"
CALL_EN = (
    "Acme Corp (ACME) Q2 2021 Earnings Call Transcript\n\n"
    "Jane Roe -- Chief Financial Officer\n\n"
    "Revenue for the quarter was $1.2 billion, up 25% year-over-year. "
    "For the third quarter, we expect revenue of $1.3 billion to $1.35 billion.\n"
)


def test_public_names() -> None:
    assert set(extractor.__all__) == {
        "extract", "extract_many", "Extractor", "Record", "Period", "PatternError",
        "to_dataframe", "record_schema", "render_html", "html_to_text",
    }
    for name in extractor.__all__:
        assert getattr(extractor, name) is not None


def test_record_is_frozen_attrs() -> None:
    (r, *_) = extractor.extract(NEWS)
    assert attrs.has(Record)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.value = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize("text", [NEWS, CALL_EN])
def test_span_invariant_and_json_round_trip(text: str) -> None:
    recs = extractor.extract(text)
    assert recs, "expected records"
    for r in recs:
        assert text[r.start : r.end] == r.text
        assert r.text in r.sentence
        d = r.to_dict()
        again = json.loads(json.dumps(d, ensure_ascii=False))
        assert again == d
        assert isinstance(d["value"], str)
        assert Record.from_dict(again) == r
    assert [r.start for r in recs] == sorted(r.start for r in recs)


def test_chinese_values_units_periods() -> None:
    recs = extractor.extract(NEWS)
    got = {(r.metric, r.value, r.unit, r.period.label if r.period else None) for r in recs}
    assert ("revenue", Decimal(166900000), "USD", "2015") in got
    assert ("net_loss", Decimal(35500000), "USD", "2015") in got


def test_english_call_change_guidance_speaker() -> None:
    recs = extractor.extract(CALL_EN)
    by_text = {r.text: r for r in recs}
    lvl = by_text["$1.2 billion"]
    assert (lvl.metric, lvl.value, lvl.unit, lvl.change) == ("revenue", Decimal(1200000000), "USD", None)
    assert lvl.period is not None and lvl.period.label == "2021-Q2"
    assert lvl.speaker == "Jane Roe" and lvl.company == "Acme"
    chg = by_text["25%"]
    assert (chg.change, chg.unit, chg.value) == ("up", "%", Decimal(25))
    g = next(r for r in recs if r.value_high is not None)
    assert (g.kind, g.value, g.value_high) == ("guidance", Decimal(1300000000), Decimal(1350000000))
    assert g.period is not None and g.period.label == "2021-Q3"


@pytest.mark.parametrize("bad", [None, b"revenue $5 million", 42, ["text"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects the document as a str"):
        extractor.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\t\n"])
def test_empty_input_gives_no_records(empty: str) -> None:
    assert extractor.extract(empty) == []


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="lang"):
        extractor.extract(NEWS, lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO date"):
        extractor.extract(NEWS, doc_date="yesterday")
    with pytest.raises(TypeError, match="doc_date"):
        extractor.extract(NEWS, doc_date=20160624)  # type: ignore[arg-type]


def test_doc_date_resolves_relative_periods_and_is_never_today() -> None:
    text = "去年Twilio营收达到1.669亿美元。"
    (r,) = extractor.extract(text, doc_date=date(2016, 6, 24))
    assert r.period == Period.year(2015)
    (r,) = extractor.extract(text, doc_date="2016-06-24")
    assert r.period == Period.year(2015)
    (r,) = extractor.extract(text)  # no date anywhere: unresolved, not today's year - 1
    assert r.period is None


def test_default_company_argument() -> None:
    (r,) = extractor.extract("营收达到1.669亿美元。", company="Twilio")
    assert r.company == "Twilio"
    (r,) = extractor.extract("营收达到1.669亿美元。")
    assert r.company is None


def test_extract_many_order_generator_and_bad_document() -> None:
    texts = (t for t in [NEWS, "", None, "净亏损为3550万美元。"])
    seen: list[tuple[int, str]] = []
    out = list(extractor.extract_many(texts, on_error=lambda i, e: seen.append((i, type(e).__name__))))  # type: ignore[arg-type]
    assert len(out) == 4
    assert len(out[0]) == 2 and out[1] == [] and out[2] == []
    assert [r.value for r in out[3]] == [Decimal(35500000)]
    assert seen == [(2, "TypeError")]


def test_extract_many_default_reports_with_a_warning() -> None:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        out = list(extractor.extract_many([NEWS, 7]))  # type: ignore[list-item]
    assert out[1] == [] and len(out[0]) == 2
    assert any("input #1 failed" in str(x.message) for x in w)


def test_extract_many_two_processes_same_as_one() -> None:
    texts = [NEWS, CALL_EN, None, NEWS] * 3
    one = list(extractor.extract_many(texts, on_error=lambda i, e: None))  # type: ignore[arg-type]
    errs: list[int] = []
    two = list(extractor.extract_many(texts, n_process=2, batch_size=2, on_error=lambda i, e: errs.append(i)))  # type: ignore[arg-type]
    assert one == two
    assert errs == [2, 6, 10]


def test_extract_many_argument_errors() -> None:
    with pytest.raises(ValueError, match="n_process"):
        list(extractor.extract_many([NEWS], n_process=0))


def test_user_patterns_add_metric_and_company(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "metrics.jsonl").write_text(
        json.dumps({"id": "widget_shipments", "unit": "count", "en": ["widget shipments"]}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "companies.jsonl").write_text(
        json.dumps({"name": "Zyxcorp", "aliases": ["Zyx"]}) + "\n", encoding="utf-8"
    )
    ex = Extractor(patterns=[tmp_path])
    recs = ex.extract("Zyx said widget shipments reached 12,000 units in 2021.")
    assert [(r.company, r.metric, r.value, r.unit) for r in recs] == [
        ("Zyxcorp", "widget_shipments", Decimal(12000), "count")
    ]


def test_malformed_pattern_file_names_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "metrics.jsonl"
    f.write_text('{"id": "ok_metric", "unit": "any", "en": ["ok metric"]}\n{"id": "x", "LOWR": 1}\n', encoding="utf-8")
    with pytest.raises(PatternError) as e:
        Extractor(patterns=[tmp_path])
    assert str(e.value).startswith(f"{f}:2: ")
    assert "LOWR" in str(e.value)
    assert e.value.line == 2


def test_missing_pattern_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PatternError, match="does not exist"):
        Extractor(patterns=[tmp_path / "nope"])


def test_period_labels_round_trip() -> None:
    for p in [Period.year(2021), Period.fiscal_year(2021), Period.quarter(2021, 2),
              Period.fiscal_quarter(2021, 2), Period.half(2021, 1), Period.month(2015, 11),
              Period.day(date(2016, 6, 23)), Period.years(2021, 2024)]:
        assert Period.from_label(p.label) == p


def test_call_period_inference_can_be_turned_off() -> None:
    text = CALL_EN.replace("Revenue for the quarter was", "Revenue was")
    (lvl,) = [r for r in extractor.extract(text) if r.text == "$1.2 billion"]
    assert lvl.period is not None and lvl.period.label == "2021-Q2"
    strict = Extractor(infer_call_periods=False)
    (lvl,) = [r for r in strict.extract(text) if r.text == "$1.2 billion"]
    assert lvl.period is None


_PARENT = os.getpid()


class _Killer(str):
    """A text whose extraction kills the worker process handling it."""

    def strip(self, chars: str | None = None) -> str:
        if os.getpid() != _PARENT:
            os.kill(os.getpid(), signal.SIGKILL)
        return str.strip(self, chars)


def test_extract_many_survives_a_dying_worker() -> None:
    """A worker killed mid-batch (out of memory, a signal) loses no document."""
    texts = [NEWS, _Killer(NEWS), NEWS, NEWS, NEWS]
    out = list(Extractor().extract_many(texts, n_process=2, batch_size=1, on_error=lambda i, e: None))
    assert len(out) == 5
    assert all(len(recs) == 2 for recs in out)
