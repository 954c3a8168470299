"""An operating loss is its own metric, a positive amount as a net loss is (it was an
unnamed value); a tax attribute named "net operating losses" is not.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Operating loss narrowed to $8.4 million from $15.1 million.", "en", 8_400_000),
        ("Loss from operations was $61 million in the quarter.", "en", 61_000_000),
        ("The segment had an operating loss of $0.7 million.", "en", 700_000),
        ("公司上半年经营亏损3.6亿元。", "zh", 360_000_000),
    ],
)
def test_an_operating_loss_is_named(ex, text: str, lang: str, value: int) -> None:  # type: ignore[no-untyped-def]
    r = ex.extract(text, lang=lang, company="Quellbury")[0]
    assert (r.metric, r.value) == ("operating_loss", value)


def test_net_operating_loss_carryforwards_are_no_operating_loss(ex) -> None:  # type: ignore[no-untyped-def]
    text = "We had net operating loss carryforwards of $2.4 billion at year end."
    recs = ex.extract(text, lang="en", company="Quellbury")
    assert recs and all(r.metric != "operating_loss" for r in recs)
