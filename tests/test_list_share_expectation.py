"""A list of percentages whose last is a share of revenue; a value compared with what
analysts expected ("above the $2.9 billion analysts had expected", "in line with").

Sentences are written for these tests.
"""

from __future__ import annotations


def _recs(ex, text: str):  # type: ignore[no-untyped-def]
    return [(r.text, r.metric, r.change, r.kind) for r in ex.extract(text, lang="en")]


def test_every_member_of_a_list_is_a_share_of_revenue(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "The three divisions made up 31%, 22% and 17% of total revenue last year.")
    assert [m for _, m, _, _ in recs] == ["revenue_share"] * 3
    recs = _recs(ex, "Its two biggest clients accounted for 14% and 11% of our net sales.")
    assert [m for _, m, _, _ in recs] == ["revenue_share"] * 2


def test_a_change_joined_by_or_is_no_list_member(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "Sales rose 6% and 9%, or 15% of total revenue.")
    assert recs[0][1:3] == ("revenue", "up")


def test_the_expected_figure_after_above_or_in_line_with_does_not_move(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "Sales rose 6% to $4 billion, above the $3.8 billion analysts had expected.")
    assert recs[-1] == ("$3.8 billion", "revenue", None, "guidance")
    assert recs[0][2] == "up"
    recs = _recs(ex, "Sales rose 6% to $4 billion, in line with the $4 billion analysts had forecast.")
    assert recs[-1][2:] == (None, "guidance")
    assert recs[1][2:] == (None, "actual")


def test_a_result_in_line_with_an_outlook_stays_a_result(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex, "The tax rate for the quarter was 24.5%, in line with the range we set for the year.")
    assert recs[0][3] == "actual"


def test_a_chinese_percentage_of_revenue_is_a_share_of_revenue(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("公司承诺每年研发投入不低于营业收入的6%。", lang="zh")
    assert (r.metric, r.metric_text) == ("revenue_share", "营业收入")
    (r,) = ex.extract("营收的增长率为7%。", lang="zh")
    assert r.metric != "revenue_share"


def test_the_figure_after_estimates_of_is_the_expectation(ex) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Sales rose to $9 billion, beating estimates of $8.6 billion.",
        "Sales were $9 billion, versus the consensus estimate of $8.6 billion.",
        "Sales were $9 billion, ahead of our prior expectation of $8.6 billion.",
    ):
        recs = {r.text: r for r in ex.extract(text, lang="en")}
        assert (recs["$9 billion"].kind, recs["$8.6 billion"].kind) == ("actual", "guidance"), text
        assert recs["$8.6 billion"].change is None


def test_a_sum_per_share_after_or_keeps_the_level(ex) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract("Profit fell 21% to $2.4 billion, or $1.90 a share.", lang="en")}
    assert (recs["21%"].change, recs["$2.4 billion"].change, recs["$1.90"].change) == ("down", None, None)
    recs = {r.text: r for r in ex.extract("Net income rose by $30 million, or $0.07 per share.", lang="en")}
    assert recs["$0.07"].change == "up"
