"""Filings pair a value list with a period list without "respectively", across words
("deposits of $80 million and $65 million with no stated maturity at December 31, 2022
and 2021") or with the period list first ("At June 30, 2023 and 2022, the trust held $4
million and $3 million"). Never a guess: any other value, period or clause break gives
no pairing. Accounting brackets padded with spaces ("$( 41) million") are negatives.

Sentences are written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.normalize.periods import PeriodContext, find_periods
from extractor.quantities import find_quantities
from extractor.respectively import assign_respectively


def _pairs(s: str) -> list[tuple[str, str]]:
    qs = find_quantities(s, "en")
    got = assign_respectively(s, qs, find_periods(s, "en", PeriodContext()))
    return [(qs[i].text, p.label) for i, p in sorted(got.items())]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Deposits of $80 million and $65 million with no stated maturity at December 31, 2022 and 2021.",
            [("$80 million", "2022-12-31"), ("$65 million", "2021-12-31")],
        ),
        (
            "Assets include swaps of $9 million and $7 million and options of $4 million and $2 million at June 30, 2023 and 2022.",
            [("$9 million", "2023-06-30"), ("$7 million", "2022-06-30"),
             ("$4 million", "2023-06-30"), ("$2 million", "2022-06-30")],
        ),
        (
            "At June 30, 2023 and 2022, the trust held $4 million and $3 million of notes.",
            [("$4 million", "2023-06-30"), ("$3 million", "2022-06-30")],
        ),
    ],
)  # fmt: skip
def test_a_value_list_and_the_sentences_period_list_pair_in_order(text: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        # a third value outside the lists
        "Deposits of $80 million and $65 million, up from $50 million, with no stated maturity at December 31, 2022 and 2021.",
        # another period in the sentence
        "In March 2020 we had deposits of $80 million and $65 million with no stated maturity at December 31, 2022 and 2021.",
        # lists of different lengths
        "Deposits of $80 million, $65 million and $40 million were held at December 31, 2022 and 2021.",
        # the years date nothing: a comparison
        "Margins rose 5% and 3% from 2020 and 2019.",
        # "at both" dates: the values hold at each date, they are no pairs
        "Deposits of $80 million and $65 million were excluded at both December 31, 2022 and 2021.",
        # a flow list: totals as well as pairs
        "In 2022 and 2021, fees were $8 million and $6 million.",
        # a clause break
        "Deposits were $80 million and $65 million; we expect more at December 31, 2022 and 2021.",
    ],
)
def test_no_pairing_where_the_sentence_leaves_doubt(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Unrealized losses were $( 41) million in the year.", "$( 41) million", "-41000000"),
        ("Net of tax of $( 1 ), $( 131) and $59 for the items.", "$( 1 )", "-1"),
        ("The charge was $( 1,250) thousand.", "$( 1,250) thousand", "-1250000"),
        # after a label's colon a bracketed sum is a negative, not an aside
        ("Revenue: $5.2 billion; operating loss: ($1.1 billion).", "($1.1 billion)", "-1100000000"),
        ("Operating loss: ($0.4)", "($0.4)", "-0.4"),
    ],
)
def test_a_padded_accounting_bracket_is_a_negative(ex, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert span in recs, recs
    assert (recs[span].value, recs[span].unit) == (Decimal(value), "USD")


def test_a_bracketed_sum_without_a_label_is_an_aside(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("The deal (€2 billion) closed in May.", lang="en")
    assert (r.text, r.value) == ("€2 billion", Decimal(2_000_000_000))


def test_a_padded_footnote_mark_is_no_value(ex) -> None:  # type: ignore[no-untyped-def]
    assert ex.extract("See note ( 3 ) and item ( 4) below.", lang="en") == []
