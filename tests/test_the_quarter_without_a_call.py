"""Outside a call, "the quarter" is the quarter the document reports, which its date
alone does not tell (a release dated October 25 reports the third quarter): no period is
guessed. "This quarter" and "last quarter" still count from the date.

Sentences are written for these tests.
"""

from __future__ import annotations


def test_the_quarter_in_dated_news_is_not_guessed(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(
        "Quellbury repurchased 1.8 million shares for $210 million during the quarter.",
        lang="en", doc_date="2024-10-25",
    )  # fmt: skip
    assert recs and [r.period for r in recs] == [None] * len(recs)


def test_this_and_last_quarter_count_from_the_date(ex) -> None:  # type: ignore[no-untyped-def]
    got = [
        ex.extract(t, lang="en", company="Quellbury", doc_date="2024-10-25")[0].period.label
        for t in ("Revenue this quarter was $5.2 million.", "Revenue last quarter was $5.2 million.")
    ]
    assert got == ["2024-Q4", "2024-Q3"]


def test_the_quarter_in_a_call_is_the_calls(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Quellbury Third Quarter 2024 Earnings Call\n\n"
        "Jane Roe, Chief Financial Officer: We repurchased 1.8 million shares during the quarter."
    )
    recs = ex.extract(text, lang="en")
    assert recs and recs[0].period is not None and recs[0].period.label == "2024-Q3"
