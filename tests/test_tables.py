"""Tables written as text: each row is a sentence, a header row of periods dates the
columns under it, and a column's currency carries down to the bare numbers of money rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import Extractor, Record
from extractor.segment import is_table, split_sentences


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _by_text(recs: list[Record]) -> dict[str, Record]:
    return {r.text: r for r in recs}


SPACED = (
    "Harbor Lane results\n\n"
    "(In thousands)                 Q3 2025      Q3 2024      Change\n"
    "Subscription revenue           $ 48,210     $ 41,905     15%\n"
    "Cost of revenue                  12,400       11,020     13%\n"
    "Gross margin (%)                   74.3         73.7\n"
)


def test_each_value_takes_the_period_of_the_column_it_stands_in(ex: Extractor) -> None:
    recs = ex.extract(SPACED)
    got = {(r.text, r.period.label if r.period else None) for r in recs}
    assert ("$ 48,210", "2025-Q3") in got and ("$ 41,905", "2024-Q3") in got
    assert ("15%", None) in got  # under "Change": no period, not the header's last


def test_a_column_s_currency_carries_to_the_bare_sums_of_money_rows(ex: Extractor) -> None:
    recs = _by_text(ex.extract(SPACED))
    cost = recs["12,400"]
    assert (cost.unit, cost.value, cost.metric) == ("USD", Decimal(12400000), "cost_of_revenue")
    assert cost.period is not None and cost.period.label == "2025-Q3"
    margin = recs["74.3"]  # a row whose label says "(%)" holds percentages, not money
    assert (margin.unit, margin.value, margin.metric) == ("%", Decimal("74.3"), "gross_margin")


def test_each_row_is_its_own_sentence(ex: Extractor) -> None:
    recs = _by_text(ex.extract(SPACED))
    assert recs["15%"].sentence.startswith("Subscription revenue")
    assert recs["13%"].sentence.startswith("Cost of revenue")


def test_a_markdown_table(ex: Extractor) -> None:
    text = "| Item | FY2025 | FY2024 |\n|---|---|---|\n| Net sales | $912 | $850 |\n| Net income | $77 | $61 |\n"
    got = {(r.text, r.metric, r.period.label if r.period else None) for r in ex.extract(text)}
    assert got == {
        ("$912", "revenue", "FY2025"),
        ("$850", "revenue", "FY2024"),
        ("$77", "net_income", "FY2025"),
        ("$61", "net_income", "FY2024"),
    }


def test_years_under_a_span_stacked_above_them_end_that_span(ex: Extractor) -> None:
    text = (
        "                          Three Months Ended       Nine Months Ended\n"
        "                            September 30,            September 30,\n"
        "                          2025        2024         2025        2024\n"
        "Net revenues            $ 1,200     $ 1,050      $ 3,400     $ 3,100\n"
    )
    got = [(r.text, r.period.label if r.period else None) for r in ex.extract(text)]
    assert got == [
        ("$ 1,200", "2025-Q3"),
        ("$ 1,050", "2024-Q3"),
        ("$ 3,400", "2025-01..2025-09"),
        ("$ 3,100", "2024-01..2024-09"),
    ]


def test_years_under_a_span_without_its_end_date_nothing(ex: Extractor) -> None:
    text = (
        "                          Nine Months Ended\n"
        "                          2025        2024\n"
        "Net revenues            $ 3,400     $ 3,100\n"
    )
    recs = ex.extract(text)
    assert [r.text for r in recs] == ["$ 3,400", "$ 3,100"]
    assert all(r.period is None for r in recs)  # nine months to when: not the calendar years


def test_prose_is_no_table() -> None:
    prose = "Revenue rose 5% to $1.2 billion in the quarter as demand\nheld up, and costs fell 3%."
    assert not is_table(prose)
    assert len(split_sentences(prose, "en")) == 1
    two_spaces = "Revenue rose 5%.  Costs fell 3%.\nMargins held at 40%.  Cash was $2 billion."
    assert not is_table(two_spaces)


def test_a_chinese_unit_note_gives_the_bare_numbers_of_money_rows_their_unit(ex: Extractor) -> None:
    text = (
        "主要会计数据\n"
        "单位：万元\n"
        "项目            2025年        2024年        增减\n"
        "营业收入        88,120.50     80,300.25     9.74%\n"
    )
    got = {(r.text, r.value, r.unit, r.metric, r.period.label if r.period else None) for r in ex.extract(text)}
    assert ("88,120.50", Decimal(881205000), "CNY", "revenue", "2025") in got
    assert ("80,300.25", Decimal(803002500), "CNY", "revenue", "2024") in got
    assert ("9.74%", Decimal("9.74"), "%", "revenue", None) in got  # under 增减: the row's change


def test_a_unit_note_naming_its_currency_and_tab_separated_cells(ex: Extractor) -> None:
    text = "单位：千元 币种：港元\n项目\t本期金额\t上期金额\n营业收入\t3,120\t2,980\n"
    got = {(r.text, r.value, r.unit) for r in ex.extract(text)}
    assert got == {("3,120", Decimal(3120000), "HKD"), ("2,980", Decimal(2980000), "HKD")}


def test_prose_amounts_keep_their_own_unit_under_a_unit_note(ex: Extractor) -> None:
    text = "单位：万元\n报告期内，公司营业收入为125,432元，同比增长5%。"
    recs = _by_text(ex.extract(text))
    assert (recs["125,432元"].value, recs["125,432元"].unit) == (Decimal(125432), "CNY")


METRIC_COLUMNS = (
    "Region           Revenue      Operating margin     YoY change\n"
    "North            $2,400       19.5%                6%\n"
    "South            $1,300       15.2%                (2.4%)\n"
)


def test_a_header_of_metrics_names_the_values_under_it(ex: Extractor) -> None:
    got = {(r.text, r.metric, r.value) for r in ex.extract(METRIC_COLUMNS)}
    assert ("$2,400", "revenue", Decimal(2400)) in got
    assert ("$1,300", "revenue", Decimal(1300)) in got
    assert ("15.2%", "operating_margin", Decimal("15.2")) in got
    # a change column without a metric in the row: whose change is unknown, and the
    # header's metrics are not carried to the first row
    assert ("6%", "other", Decimal(6)) in got
    assert ("(2.4%)", "other", Decimal("-2.4")) in got  # a bracketed cell is negative


def test_a_change_column_is_the_row_metric_s_move_and_brackets_are_negative(ex: Extractor) -> None:
    text = (
        "(In millions)              Q2 2025      Q2 2024      % Change\n"
        "Revenue                    $ 905        $ 850        6%\n"
        "Net loss                     (30)         (40)       (25%)\n"
    )
    recs = _by_text(ex.extract(text))
    assert (recs["6%"].metric, recs["6%"].change) == ("revenue", "up")
    assert (recs["(25%)"].metric, recs["(25%)"].change, recs["(25%)"].value) == ("net_loss", "down", Decimal(-25))
    loss = recs["(30)"]
    assert (loss.value, loss.unit, loss.metric, loss.period.label if loss.period else None) == (
        Decimal(-30000000),
        "USD",
        "net_loss",
        "2025-Q2",
    )
    for r in recs.values():
        assert text[r.start : r.end] == r.text


def test_a_footnote_mark_in_a_row_label_is_no_value(ex: Extractor) -> None:
    text = (
        "                           Q2 2025      Q2 2024\n"
        "Revenue                    $ 905        $ 850\n"
        "Operating income (1)         (30)         (40)\n"
    )
    assert "(1)" not in {r.text for r in ex.extract(text)}
