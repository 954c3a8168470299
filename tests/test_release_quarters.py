"""A quarter named without its year in a dated release or news story: results are for a
quarter that has begun by the date, an outlook may be for one to come; and a period
that opens the next item of a list is that item's.

Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

TEXT = (
    "Quellbury Corp. reported fourth-quarter revenue of $2.1 billion, up 9%, and expects "
    "first-quarter revenue of $2.3 billion and fourth-quarter revenue of $2.9 billion."
)


def _periods(ex, text: str, when: date):  # type: ignore[no-untyped-def]
    return {r.text: (r.period.label if r.period else None, r.kind) for r in ex.extract(text, lang="en", doc_date=when)}


def test_a_result_for_a_quarter_not_yet_begun_is_last_year_s(ex) -> None:  # type: ignore[no-untyped-def]
    got = _periods(ex, TEXT, date(2025, 3, 3))
    assert got["$2.1 billion"] == ("2024-Q4", "actual")
    assert got["9%"] == ("2024-Q4", "actual")


def test_an_outlook_keeps_the_quarter_to_come(ex) -> None:  # type: ignore[no-untyped-def]
    got = _periods(ex, TEXT, date(2025, 3, 3))
    assert got["$2.9 billion"] == ("2025-Q4", "guidance")


def test_a_period_opening_the_next_item_is_that_item_s(ex) -> None:  # type: ignore[no-untyped-def]
    got = _periods(ex, TEXT, date(2025, 3, 3))
    assert got["$2.3 billion"] == ("2025-Q1", "guidance")


def test_a_quarter_already_begun_keeps_the_document_s_year(ex) -> None:  # type: ignore[no-untyped-def]
    got = _periods(ex, "Quellbury Corp. reported third-quarter revenue of $2.1 billion.", date(2025, 10, 28))
    assert got["$2.1 billion"] == ("2025-Q3", "actual")


def test_a_written_year_is_never_moved(ex) -> None:  # type: ignore[no-untyped-def]
    got = _periods(ex, "Quellbury Corp. posted revenue of $2.1 billion in the fourth quarter of 2025.", date(2025, 3, 3))
    assert got["$2.1 billion"][0] == "2025-Q4"


def test_a_value_after_compared_to_a_is_the_earlier_level(ex) -> None:  # type: ignore[no-untyped-def]
    text = "The chemicals unit earned $2.4 billion for the fourth quarter of 2025 compared to a $515 million operating loss for the fourth quarter of 2024."
    got = _periods(ex, text, date(2026, 1, 28))
    assert got["$515 million"][0] == "2024-Q4"
    assert got["$2.4 billion"][0] == "2025-Q4"


def test_from_a_move_is_still_a_move(ex) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract("Advisory fees grew 9%, benefiting from a 38% rise in mandates.", lang="en")}
    assert recs["38%"].change == "up"


def test_a_result_for_a_month_not_yet_begun_is_last_year_s(ex) -> None:  # type: ignore[no-untyped-def]
    when = date(2026, 3, 20)
    assert _periods(ex, "Quellbury's deliveries in November rose 12%.", when)["12%"] == ("2025-11", "actual")
    assert _periods(ex, "Quellbury's deliveries in February rose 12%.", when)["12%"] == ("2026-02", "actual")
    got = {r.text: r.period.label for r in ex.extract("东岭汽车11月销量为8.2万辆。", lang="zh", doc_date=when)}
    assert got["8.2万辆"] == "2025-11"
