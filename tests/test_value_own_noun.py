"""A value's own noun after it ("$1.1 billion of dividends") names it, even where the
noun of the value before ("$2.1 billion in buybacks") stands nearer; a list of levels
after "grew to" is levels throughout.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            ("We returned $3.2 billion this year, including $2.1 billion in buybacks and "
            "$1.4 billion of dividends."),
            {"$2.1 billion": "share_repurchase", "$1.4 billion": "dividend"},
        ),
        (
            "We ended the period with $81.5 million of cash and $212.4 million of long-term debt.",
            {"$81.5 million": "cash", "$212.4 million": "debt"},
        ),
        (
            ("The divested unit contributed $930 million in revenue and $41 million in adjusted "
            "EBITDA last year."),
            {"$930 million": "revenue", "$41 million": "ebitda"},
        ),
    ],
)
def test_each_sum_takes_its_own_noun(ex, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r.metric for r in ex.extract(text, lang="en", company="Quellbury")}
    assert {t: got[t] for t in want} == want


def test_a_noun_before_a_value_still_names_it(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("Revenue of $930 million and $41 million in the prior year.", lang="en")
    assert [r.metric for r in recs] == ["revenue", "revenue"]


def test_the_levels_of_a_list_after_grew_to_are_levels(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Reserves to total loans grew to 1.42% of total loans and 1.57% of total loans net of PPP."
    got = {r.text: r.change for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got == {"1.42%": None, "1.57%": None}
