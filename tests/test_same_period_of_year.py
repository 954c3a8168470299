"""A value "for the same period in 2023" after a span the sentence named first is that
span in 2023, not the year 2023; a change "versus the same period in 2019" keeps its own
period.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            ("Net sales for the nine months ended September 30, 2024 were $3.4 billion, "
            "compared to $3.1 billion for the same period in 2023."),
            "$3.1 billion",
            "2023-01..2023-09",
        ),
        (
            ("Revenue for the third quarter of 2024 was $415 million, compared with $377 million "
            "for the same quarter of 2023."),
            "$377 million",
            "2023-Q3",
        ),
        (
            ("Operating loss was $42 million in the second quarter of 2024, compared to an "
            "operating loss of $19 million in the comparable period of 2023."),
            "$19 million",
            "2023-Q2",
        ),
    ],
)
def test_the_same_period_in_a_year_is_the_span_in_that_year(ex, text: str, value: str, label: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r.period.label if r.period else None for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got[value] == label


def test_a_change_versus_the_same_period_keeps_its_own(ex) -> None:  # type: ignore[no-untyped-def]
    text = "In the third quarter of 2021, sales were up 24% versus the same period in 2019."
    (r,) = ex.extract(text, lang="en", company="Quellbury")
    assert r.period is not None and r.period.label == "2021-Q3"
