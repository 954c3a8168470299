"""A table's label row over indented rows ("Net sales" over "  Pumps   $ 1,204") keeps
the header's dates for the rows under it, and names their metric when the rows name
none. Tables are written for these tests."""

from __future__ import annotations

from extractor import extract

TABLE = """(In millions)              2025         2024       % Change
Net sales
  Pumps                  $ 1,204      $ 1,150            5 %
  Valves                     386          412           (6)%
Total                    $ 1,590      $ 1,562            2 %
Operating income
  Pumps                  $   233      $   201           16 %
  Valves                      41           55          (25)%
"""


def _rows() -> list[tuple[str, str, str | None, str | None]]:
    return [
        (r.text.strip(), r.metric, r.period.label if r.period else None, r.change)
        for r in extract(TABLE)
    ]


def test_rows_under_a_label_row_keep_the_header_s_years_and_take_its_metric() -> None:
    got = _rows()
    assert ("$ 1,204", "revenue", "FY2025", None) in got
    assert ("$ 1,150", "revenue", "FY2024", None) in got
    assert ("$   233", "operating_income", "FY2025", None) in got
    assert ("$ 1,590", "revenue", "FY2025", None) in got


def test_bare_numbers_under_a_money_label_row_are_money_in_the_column_s_currency() -> None:
    by_text = {r.text: r for r in extract(TABLE)}
    r = by_text["386"]
    assert (r.metric, r.unit, r.value) == ("revenue", "USD", 386_000_000)
    assert by_text["41"].metric == "operating_income"


def test_the_change_column_is_a_change_of_the_label_row_s_metric() -> None:
    got = _rows()
    assert ("(6)%", "revenue", None, "down") in got
    assert ("16 %", "operating_income", None, "up") in got


def test_a_label_row_does_not_reach_into_the_next_table() -> None:
    text = TABLE + "\nRegion         2025     2024\n  Plants       $ 120    $ 115\n"
    by_text = {r.text: r for r in extract(text)}
    assert by_text["$ 120"].metric == "other"
