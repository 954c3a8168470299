"""Share counts written with the words that qualify the shares ("84 million diluted
shares"), the count of shares outstanding they name, and the year that is no count
("In 2022 shares rose 5%"). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from extractor import extract


def _records(text: str) -> dict[str, tuple[str, str | None]]:
    return {r.text: (r.metric, r.unit) for r in extract(text)}


@pytest.mark.parametrize(
    ("text", "written", "metric"),
    [
        ("Guidance assumes roughly 61 million diluted shares.", "61 million diluted shares", "shares_outstanding"),
        ("The average was 18.4 million weighted-average basic shares.",
         "18.4 million weighted-average basic shares", "shares_outstanding"),
        ("Tollgate has 9 million fully diluted shares.", "9 million fully diluted shares", "shares_outstanding"),
        ("Tollgate had 27 million outstanding common shares.", "27 million outstanding common shares",
         "shares_outstanding"),
        ("Tollgate will issue 3 million preference shares.", "3 million preference shares", "other"),
        ("Tollgate handed out 500,000 bonus shares.", "500,000 bonus shares", "other"),
        # a verb before still names what was done with them
        ("Tollgate repurchased 1.1 million outstanding shares.", "1.1 million outstanding shares",
         "share_repurchase"),
    ],
)  # fmt: skip
def test_qualified_share_counts_are_share_records(text: str, written: str, metric: str) -> None:
    assert _records(text)[written] == (metric, "shares")


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 shares of Tollgate doubled.",
        "Tollgate expects full year 2025 diluted shares of about 40 million.",
        "Tollgate reported Q2 2024 weighted average shares of 40.2 million.",
        "During 2021 shares traded in a narrow band.",
    ],
)
def test_a_year_before_share_words_is_no_share_count(text: str) -> None:
    assert not any(r.unit == "shares" and r.value < 3000 for r in extract(text))


def test_a_plain_four_digit_count_of_shares_stays_a_count() -> None:
    assert _records("Each director bought 2500 shares.")["2500 shares"] == ("other", "shares")


def test_a_count_named_diluted_shares_before_it_is_shares_outstanding() -> None:
    got = {r.text: (r.metric, r.unit) for r in extract("Fully diluted shares were 63 million, against 58 million a year ago.")}
    assert got["63 million"] == ("shares_outstanding", "shares")
    got = {r.text: (r.metric, r.unit) for r in extract("Tollgate expects fiscal 2027 diluted shares of 31 million.")}
    assert got == {"31 million": ("shares_outstanding", "shares")}
