"""EBITA as a percentage of revenue is `ebita_margin`, written as a phrase or as "a 15%
margin" after an EBITA figure.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The group's operational EBITA margin reached 17.6% in the quarter.", "17.6%"),
        ("Adjusted EBITA was CHF 980 million, a 14.8% margin.", "14.8%"),
    ],
)
def test_an_ebita_margin(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = {r.text: r.metric for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got[value] == "ebita_margin"
