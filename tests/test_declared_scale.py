"""A statement's scale note ("(In millions, except per share amounts)") scales the unscaled
sums of money after it, up to the next blank line (sentences written here)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.declared_scale import declared_scales, scale_at


def _recs(ex, text: str):  # type: ignore[no-untyped-def]
    return {r.text: r for r in ex.extract(text, lang="en")}


@pytest.mark.parametrize(
    ("note", "factor"),
    [
        ("(In millions, except per share amounts)", 10**6),
        ("(in thousands)", 10**3),
        ("($ in millions)", 10**6),
        ("(Dollars in thousands, except per share data)", 10**3),
        ("(amounts in billions)", 10**9),
        ("(in millions of U.S. dollars)", 10**6),
        # the same note opening a line, without brackets
        ("Amounts in thousands:", 10**3),
        ("All amounts are in millions, except per share data.", 10**6),
        ("Dollars in millions", 10**6),
    ],
)
def test_each_note_form_scales_an_unscaled_sum(ex, note: str, factor: int) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex, f"{note}\nTotal net sales were $8,412 in fiscal 2023.")["$8,412"]
    assert r.value == Decimal(8412 * factor)


def test_without_a_note_a_sum_is_read_as_written(ex) -> None:  # type: ignore[no-untyped-def]
    assert _recs(ex, "Total net sales were $8,412 in fiscal 2023.")["$8,412"].value == Decimal(8412)


def test_what_a_note_leaves_alone(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(In millions, except per share amounts)\n"
        "Revenue was $2.1 billion and operating income $312, a margin of 14.9%. "
        "Diluted earnings per share were $1.84 and the dividend $0.25 per share. "
        "We repurchased 3,100 shares."
    )
    recs = _recs(ex, text)
    assert recs["$2.1 billion"].value == Decimal(2_100_000_000)  # its own scale
    assert recs["$312"].value == Decimal(312_000_000)
    assert recs["14.9%"].value == Decimal("14.9")  # a percentage
    assert recs["$1.84"].value == Decimal("1.84")  # per share
    assert recs["$0.25"].value == Decimal("0.25")
    assert recs["3,100 shares"].value == Decimal(3100)  # not money


def test_a_scale_word_inside_prose_is_no_note(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The amounts in thousands of stores grew.\nTotal net sales were $8,412."
    assert _recs(ex, text)["$8,412"].value == Decimal(8412)


def test_a_note_reaches_the_next_blank_line(ex) -> None:  # type: ignore[no-untyped-def]
    text = "(in thousands)\nRevenue $5,120\n\nIn the press release, the fee was $5,120."
    recs = ex.extract(text, lang="en")
    assert [r.value for r in recs] == [Decimal(5_120_000), Decimal(5120)]
    assert all(text[r.start : r.end] == r.text for r in recs)


def test_a_later_note_replaces_an_earlier_one() -> None:
    text = "(in millions) Revenue $5. (in thousands) Fees $7."
    notes = declared_scales(text)
    assert scale_at(notes, text.index("$5")) == Decimal(10**6)
    assert scale_at(notes, text.index("$7")) == Decimal(10**3)
    assert scale_at(notes, 0) is None


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["thousands", "millions", "billions"]))
def test_an_unscaled_sum_under_a_note_is_its_digits_times_the_note(ex, n: int, scale: str) -> None:  # type: ignore[no-untyped-def]
    written = f"${n:,}"
    text = f"(in {scale})\nOther income was {written} in 2023."
    r = _recs(ex, text)[written]
    assert r.value == Decimal(n) * {"thousands": 10**3, "millions": 10**6, "billions": 10**9}[scale]
