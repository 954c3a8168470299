""""points" beside a rate are percentage points ("margin improved 2 points", "added 4
points to organic growth"); an index's points are no value of ours.

Sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gross margin widened 1.8 points to 41%.", "1.8 points", "1.8"),
        ("Pricing added 3 points to organic growth.", "3 points", "3"),
        ("Our market share rose 2 pts in the quarter.", "2 pts", "2"),
        ("The jobless rate fell 0.3 points to 4.1%.", "0.3 points", "0.3"),
    ],
)
def test_points_beside_a_rate_are_percentage_points(ex, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert span in recs, recs
    assert (recs[span].value, recs[span].unit) == (Decimal(value), "pp")


@pytest.mark.parametrize(
    "text",
    ["The Dow fell 300 points on Friday.", "The index gained 12 points while bond yields rose.", "The team scored 98 points."],
)
def test_other_points_are_no_value(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [r for r in ex.extract(text, lang="en") if r.unit == "pp"] == []
