"""A table row's label may give its numbers' currency and scale in brackets ("Revenue
($M)", "Net debt (€bn)"): the row's bare numbers are sums of money in that unit, and a
bracketed one is negative. Without a currency in the label nothing is guessed.

Tables are written for these tests.
"""

from __future__ import annotations

import pytest

_MD = """| Metric | Q3 2024 | Q3 2023 | Change |
|---|---|---|---|
| Revenue ($M) | 1,234 | 1,100 | 12% |
| Free cash flow ($M) | (45) | 120 | n/m |
"""


def _rows(recs):  # type: ignore[no-untyped-def]
    return {(r.text, r.period.label if r.period else None): (r.metric, r.value, r.unit) for r in recs}


def test_a_markdown_rows_label_gives_currency_and_scale(ex) -> None:  # type: ignore[no-untyped-def]
    got = _rows(ex.extract(_MD, lang="en", company="Quellbury"))
    assert got[("1,234", "2024-Q3")] == ("revenue", 1_234_000_000, "USD")
    assert got[("1,100", "2023-Q3")] == ("revenue", 1_100_000_000, "USD")
    assert got[("(45)", "2024-Q3")] == ("free_cash_flow", -45_000_000, "USD")
    assert got[("120", "2023-Q3")] == ("free_cash_flow", 120_000_000, "USD")


@pytest.mark.parametrize(
    ("label", "unit", "factor"),
    [
        ("Net debt (€bn)", "EUR", 10**9),
        ("Net debt (US$ millions)", "USD", 10**6),
        ("Net debt (in £ thousands)", "GBP", 10**3),
        ("Net debt (RMB mn)", "CNY", 10**6),
        ("Net debt (m USD)", "USD", 10**6),
    ],
)
def test_a_spaced_rows_label(ex, label: str, unit: str, factor: int) -> None:  # type: ignore[no-untyped-def]
    text = f"{'':<30}FY2024      FY2023\n{label:<30}{'2.5':<12}3.1\n"
    got = {r.text: r for r in ex.extract(text, lang="en", company="Quellbury")}
    assert (got["2.5"].unit, got["2.5"].value) == (unit, 2.5 * factor)
    assert (got["3.1"].unit, got["3.1"].period.label) == (unit, "FY2023")


def test_the_documents_dollar_decides_a_labels_dollar(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "All amounts are in Canadian dollars.\n\n"
        "                        FY2024      FY2023\n"
        "Revenue ($M)            812         760\n"
    )
    got = {r.text: r for r in ex.extract(text, lang="en", company="Quellbury")}
    assert got["812"].unit == "CAD" and got["812"].value == 812_000_000


def test_a_label_without_a_currency_gives_no_money(ex) -> None:  # type: ignore[no-untyped-def]
    text = "                        FY2024      FY2023\nRevenue (m)             812         760\n"
    recs = ex.extract(text, lang="en", company="Quellbury")
    assert all(r.unit != "USD" for r in recs)
