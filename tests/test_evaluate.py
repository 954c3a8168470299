"""extractor.evaluate on gold files written here (sentences of our own)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluate import evaluate_file


def _write(path: Path, docs: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return path


def _g(value: str, unit: str, cls: str) -> dict[str, object]:
    return {"value": value, "unit": unit, "class": cls}


def test_news_shape_scores_money_and_percent_pairs(ex, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gold = _write(tmp_path / "news.jsonl", [
        {"id": "a", "text": "Acme paid $5 million for the plant, 12% more than it had offered.",
         "gold": [_g("5000000", "USD", "money"), _g("12", "%", "percent"), _g("1", "-", "other")]},
        {"id": "b", "text": "The bonds yield 4.5% and trade at 98.",
         "gold": [_g("4.5", "%", "percent"), _g("7", "EUR", "money")]},
    ])  # fmt: skip
    rep = evaluate_file(gold, ex)
    assert rep.shape == "news"
    f = rep.figures
    assert f["gold money+% values"] == 4  # "other" items are not scored
    assert f["predicted money+% values"] == 3
    assert f["money+% (value, unit) recall"] == pytest.approx(3 / 4)
    assert f["money+% (value, unit) precision"] == pytest.approx(1.0)
    assert any(k.startswith("missed: 7 EUR in b") for k in rep.errors)


def test_news_shape_counts_both_ends_of_a_range(ex, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gold = _write(tmp_path / "news.jsonl", [
        {"id": "r", "text": "Prices rose between 5% and 6% last month.",
         "gold": [_g("5", "%", "percent"), _g("6", "%", "percent")]},
    ])  # fmt: skip
    rep = evaluate_file(gold, ex)
    assert rep.figures["money+% (value, unit) recall"] == pytest.approx(1.0)


def test_kpi_shape_also_scores_with_the_fiscal_year_given(ex, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gold = _write(tmp_path / "kpi.jsonl", [
        {"id": "k", "text": "Research and development expense was $12 million.", "fiscal_year": 2019,
         "gold": [{"value": "12000000", "unit": "USD", "period_label": "FY2019", "role": "cy"}]},
    ])  # fmt: skip
    rep = evaluate_file(gold, ex)
    assert rep.figures["(value, period) recall"] == 0.0  # the sentence names no period
    assert rep.figures["(value, period) recall, fiscal year given"] == 1.0
