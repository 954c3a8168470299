"""Tests for :mod:`extractor.respectively` (parallel "respectively" / "分别" lists).

Example sentences are written for these tests (none comes from /work/shared/data).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opcount import assert_linear

from extractor.normalize.periods import PeriodContext, PeriodMention, find_periods
from extractor.quantities import Quantity, find_quantities
from extractor.records import Period
from extractor.respectively import assign_respectively


def run(text: str, lang: Literal["en", "zh"] = "en") -> list[tuple[str, str]]:
    """(quantity text, period label) for each mapped value, in text order."""
    qs = find_quantities(text, lang)
    got = assign_respectively(text, qs, find_periods(text, lang, PeriodContext()))
    return [(qs[i].text, p.label) for i, p in sorted(got.items(), key=lambda kv: qs[kv[0]].start)]


# -- named examples ----------------------------------------------------------------------

MAPPED: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "years_ended_list",
        (
            "Capitalized software was $41 million, $57 million, and $66 million for the years "
            "ended December 31, 2017, 2018, and 2019, respectively."
        ),
        [("$41 million", "FY2017"), ("$57 million", "FY2018"), ("$66 million", "FY2019")],
    ),
    (
        "day_list_shares_month_day",
        (
            "Accrued rebates totaled $412 million and $389 million at August 31, 2022 and 2021, "
            "respectively."
        ),
        [("$412 million", "2022-08-31"), ("$389 million", "2021-08-31")],
    ),
    (
        "as_of_december_list",
        "Goodwill was $3.2 billion and $2.9 billion as of December 31, 2021 and 2020, respectively.",
        [("$3.2 billion", "2021-12-31"), ("$2.9 billion", "2020-12-31")],
    ),
    (
        "two_full_dates",
        (
            "Inventories were $88 million and $91 million at June 27, 2020 and June 29, 2019, "
            "respectively."
        ),
        [("$88 million", "2020-06-27"), ("$91 million", "2019-06-29")],
    ),
    (
        "periods_before_values",
        (
            "In 2022 and 2021, the charges include severance of $75 million and $31 million, "
            "respectively."
        ),
        [("$75 million", "2022"), ("$31 million", "2021")],
    ),
    (
        "fiscal_list",
        "Royalties were $5.6 billion and $4.9 billion in fiscal 2023 and 2022, respectively.",
        [("$5.6 billion", "FY2023"), ("$4.9 billion", "FY2022")],
    ),
    (
        "bare_years_after_years_ended",
        "Grants were $12 million and $10 million for the years ended 2019 and 2018, respectively.",
        [("$12 million", "FY2019"), ("$10 million", "FY2018")],
    ),
    (
        "calendar_years",
        "Dividends were $1.4 billion and $1.2 billion in 2019 and 2018, respectively.",
        [("$1.4 billion", "2019"), ("$1.2 billion", "2018")],
    ),
    (
        "quarter_list",
        (
            "Bookings were $640 million and $512 million in the second quarter of 2022 and 2021, "
            "respectively."
        ),
        [("$640 million", "2022-Q2"), ("$512 million", "2021-Q2")],
    ),
    (
        "three_months_ended",
        (
            "Sales were $2.2 billion and $1.9 billion for the three months ended March 31, 2022 and "
            "2021, respectively."
        ),
        [("$2.2 billion", "2022-Q1"), ("$1.9 billion", "2021-Q1")],
    ),
    (
        "two_groups_own_lists",
        (
            "Gross intangibles were $14.1 billion and $13.8 billion as of December 31, 2022 and 2021, "
            "respectively, and accumulated amortization was $6.3 billion and $5.7 billion as of "
            "December 31, 2022 and 2021, respectively."
        ),
        [
            ("$14.1 billion", "2022-12-31"),
            ("$13.8 billion", "2021-12-31"),
            ("$6.3 billion", "2022-12-31"),
            ("$5.7 billion", "2021-12-31"),
        ],
    ),
    (
        "two_groups_shared_list",
        (
            "In 2021 and 2020, losses were $9 million and $7 million, respectively, and gains were "
            "$4 million and $2 million, respectively."
        ),
        [
            ("$9 million", "2021"),
            ("$7 million", "2020"),
            ("$4 million", "2021"),
            ("$2 million", "2020"),
        ],
    ),
    (
        "parenthetical_after_tax",
        (
            "Charges were $410 ($322 after tax), $95 ($71 after tax) and $202 ($160 after tax) in "
            "2022, 2021 and 2020, respectively."
        ),
        [
            ("$410", "2022"),
            ("$322", "2022"),
            ("$95", "2021"),
            ("$71", "2021"),
            ("$202", "2020"),
            ("$160", "2020"),
        ],
    ),
    (
        "apposition_or_percent",
        (
            "R&D expense was $1.3 billion, or 11% of revenue, and $1.1 billion, or 10% of revenue, in "
            "2022 and 2021, respectively."
        ),
        [("$1.3 billion", "2022"), ("11%", "2022"), ("$1.1 billion", "2021"), ("10%", "2021")],
    ),
    (
        "accounting_negatives",
        "Hedge results were $( 52), $14 and $( 8) in 2021, 2020 and 2019, respectively.",
        [("$( 52)", "2021"), ("$14", "2020"), ("$( 8)", "2019")],
    ),
    (
        "repeated_lead_words",
        (
            "Debt carried a net discount of $1.4 billion and a net discount of $1.6 billion at "
            "September 30, 2022 and 2021, respectively."
        ),
        [("$1.4 billion", "2022-09-30"), ("$1.6 billion", "2021-09-30")],
    ),
    (
        "values_after_marker",
        "Capital spending in 2020 and 2019 was, respectively, $310 million and $280 million.",
        [("$310 million", "2020"), ("$280 million", "2019")],
    ),
    (
        "years_ended_before_bare_years_no_marker",
        "Royalty costs were $85 million, $72 million and $60 million for the years ended 2023, 2022 and 2021.",
        [("$85 million", "FY2023"), ("$72 million", "FY2022"), ("$60 million", "FY2021")],
    ),
    (
        "two_value_lists_one_marker",
        (
            "In 2021 and 2020, revenue was $8 million and $6 million and cost was $3 million and "
            "$2 million, respectively."
        ),
        [
            ("$8 million", "2021"),
            ("$6 million", "2020"),
            ("$3 million", "2021"),
            ("$2 million", "2020"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), MAPPED, ids=[m[0] for m in MAPPED])
def test_mapped(name: str, text: str, want: list[tuple[str, str]]) -> None:
    assert run(text) == want


NOTHING: list[tuple[str, str]] = [
    (
        "nearest_period_form",
        "Sales were $9.8 billion in 2022, $9.1 billion in 2021 and $8.7 billion in 2020.",
    ),
    (
        "counts_differ",
        "Fees were $5 million, $4 million and $3 million in 2021 and 2020, respectively.",
    ),
    (
        "counts_differ_periods",
        "Fees were $5 million and $4 million in 2022, 2021 and 2020, respectively.",
    ),
    (
        "metrics_pairing_one_period",
        "Revenue and net income were $50 million and $9 million, respectively, in 2021.",
    ),
    (
        "list_after_marker_not_used",
        (
            "Assets and liabilities were $50 million and $45 million, respectively, at December 31, "
            "2021 and 2020."
        ),
    ),
    ("no_values", "Revenue rose in 2021 and 2020, respectively, as expected."),
    ("single_value", "Revenue was $5 million in 2021 and 2020, respectively."),
    (
        "interleaved_values",
        (
            "Fees were $1.7 billion for fiscal 2021, $1.5 billion for fiscal 2020 and $1.4 billion for "
            "fiscal 2019, respectively."
        ),
    ),
]


@pytest.mark.parametrize(("name", "text"), NOTHING, ids=[n[0] for n in NOTHING])
def test_nothing(name: str, text: str) -> None:
    assert run(text) == []


# -- Chinese -------------------------------------------------------------------------------


def test_zh_fenbie() -> None:
    assert run("2021年和2022年营业收入分别为18亿元和23亿元。", "zh") == [
        ("18亿元", "2021"),
        ("23亿元", "2022"),
    ]


def test_zh_traditional_two_groups_share_list() -> None:
    got = run("2020年及2021年營收分別為8億元和9億元，淨利潤分別為1億元和2億元。", "zh")
    assert got == [("8億元", "2020"), ("9億元", "2021"), ("1億元", "2020"), ("2億元", "2021")]


def test_zh_three_years() -> None:
    got = run("公司2019年、2020年和2021年净利润分别为1.2亿元、1.5亿元和2.1亿元。", "zh")
    assert [label for _, label in got] == ["2019", "2020", "2021"]


def test_zh_metric_list_is_ambiguous() -> None:
    # "营收和净利润分别为": the values may pair with the metrics, not the years
    assert run("2021年和2022年，公司营收和净利润分别为18亿元和3亿元。", "zh") == []


def test_zh_counts_differ() -> None:
    assert run("2021年和2022年营收分别为18亿元、20亿元和23亿元。", "zh") == []


# -- robustness to how the period mentions come -------------------------------------------


def _q(text: str, sub: str) -> Quantity:
    s = text.index(sub)
    return Quantity(s, s + len(sub), sub, Decimal(1), None, "USD", None, None, False)


def test_list_given_as_one_mention() -> None:
    """find_periods may return "December 31, 2020 and 2019" as ONE mention: the years
    after the first date are read from the raw text."""
    text = "Loans were $7 million and $5 million at December 31, 2020 and 2019, respectively."
    s = text.index("December")
    e = text.index(", respectively")
    one = PeriodMention(s, e, text[s:e], Period.day(date(2020, 12, 31)))
    qs = [_q(text, "$7 million"), _q(text, "$5 million")]
    got = assign_respectively(text, qs, [one])
    assert {i: p.label for i, p in got.items()} == {0: "2020-12-31", 1: "2019-12-31"}


def test_list_split_oddly() -> None:
    """A later bare year read as a calendar year takes the first item's shape."""
    text = (
        "Sales were $7 million and $5 million in the third quarter of 2021 and 2020, respectively."
    )
    a = text.index("the third")
    b = text.index("2020")
    ms = [
        PeriodMention(a, b - 5, text[a : b - 5], Period.quarter(2021, 3)),
        PeriodMention(b, b + 4, "2020", Period.year(2020)),
    ]
    qs = [_q(text, "$7 million"), _q(text, "$5 million")]
    got = assign_respectively(text, qs, ms)
    assert {i: p.label for i, p in got.items()} == {0: "2021-Q3", 1: "2020-Q3"}


def test_list_as_a_span_of_years() -> None:
    text = "2019年和2020年营收分别为10亿元和12亿元。"
    e = text.index("营收")
    span = PeriodMention(0, e, text[:e], Period.years(2019, 2020))
    qs = [_q(text, "10亿元"), _q(text, "12亿元")]
    got = assign_respectively(text, qs, [span])
    assert {i: p.label for i, p in got.items()} == {0: "2019", 1: "2020"}


def test_unsorted_quantities_keep_their_indices() -> None:
    text = "Fees were $5 million and $4 million in 2021 and 2020, respectively."
    qs = find_quantities(text, "en")[::-1]
    got = assign_respectively(text, qs, find_periods(text, "en", PeriodContext()))
    assert {qs[i].text: p.label for i, p in got.items()} == {
        "$5 million": "2021",
        "$4 million": "2020",
    }


def test_no_marker_pairs_only_a_period_list_right_after_the_values() -> None:
    text = "Fees were $5 million and $4 million in 2021 and 2020."
    qs = find_quantities(text, "en")
    got = assign_respectively(text, qs, find_periods(text, "en", PeriodContext()))
    assert {qs[i].text: p.label for i, p in got.items()} == {"$5 million": "2021", "$4 million": "2020"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 and 2020, fees were $5 million and $4 million.",  # totals or pairs: unsaid
        "Fees were $5 million and $4 million, mostly paid in 2021 and 2020.",
        "Fees were $5 million, $4 million and $3 million in 2021 and 2020.",  # 3 values, 2 years
    ],
)
def test_no_marker_no_guess(text: str) -> None:
    qs = find_quantities(text, "en")
    assert assign_respectively(text, qs, find_periods(text, "en", PeriodContext())) == {}


@pytest.mark.xfail(
    strict=True, reason="ordinal quarter lists ('third and fourth quarters') not read"
)
def test_ordinal_quarter_list() -> None:
    assert run(
        "Costs of $39 and $27 were recorded in the third and fourth quarters of 2021, respectively."
    ) == [("$39", "2021-Q3"), ("$27", "2021-Q4")]


def _long_list(k: int) -> str:
    return ("$1 million and " * k) + "$2 million in 2021 and 2020, respectively. " + "9" * (12 * k)


def test_long_input_is_linear() -> None:
    text = _long_list(400)
    qs = find_quantities(text, "en")
    ps = find_periods(text, "en", PeriodContext())
    assert assign_respectively(text, qs, ps) == {}  # 401 values, 2 periods: counts differ

    def work(t: str) -> None:
        assign_respectively(t, find_quantities(t, "en"), find_periods(t, "en", PeriodContext()))

    assert_linear(work, _long_list, 50)


# -- properties ----------------------------------------------------------------------------

_VALUES = st.tuples(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([" million", " billion", ""]),
).map(lambda t: f"${t[0]}.{t[1]}{t[2]}" if t[2] else f"${t[0]:,}")


def _join(items: list[str], oxford: bool) -> str:
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + ("," if oxford else "") + " and " + items[-1]


def _form(form: int, years: list[int]) -> tuple[str, list[str]]:
    ys = [str(y) for y in years]
    if form == 0:
        return "for the years ended December 31, {Y}", [f"FY{y}" for y in years]
    if form == 1:
        return "at May 31, {Y}", [f"{y}-05-31" for y in years]
    if form == 2:
        return "in fiscal {Y}", [f"FY{y}" for y in years]
    if form == 3:
        return "in the third quarter of {Y}", [f"{y}-Q3" for y in years]
    return "in {Y}", ys


@settings(max_examples=60, deadline=None)
@given(
    years=st.lists(
        st.integers(min_value=1998, max_value=2027), min_size=2, max_size=4, unique=True
    ),
    data=st.data(),
    form=st.integers(min_value=0, max_value=5),
    oxford=st.booleans(),
)
def test_property_in_order(years: list[int], data: st.DataObject, form: int, oxford: bool) -> None:
    values = data.draw(st.lists(_VALUES, min_size=len(years), max_size=len(years)))
    if form == 5:  # the period list before the values
        text = f"In {_join([str(y) for y in years], oxford)}, the charges were {_join(values, oxford)}, respectively."
        want = [str(y) for y in years]
    else:
        tmpl, want = _form(form, years)
        ylist = _join([str(y) for y in years], oxford)
        text = f"Costs were {_join(values, oxford)} {tmpl.format(Y=ylist)}, respectively."
    got = run(text)
    assert [t for t, _ in got] == values
    assert [label for _, label in got] == want


@settings(max_examples=40, deadline=None)
@given(
    years=st.lists(
        st.integers(min_value=1998, max_value=2027), min_size=2, max_size=4, unique=True
    ),
    extra=st.integers(min_value=-1, max_value=2).filter(lambda k: k != 0),
    data=st.data(),
    form=st.integers(min_value=0, max_value=4),
)
def test_property_counts_differ(
    years: list[int], extra: int, data: st.DataObject, form: int
) -> None:
    n = max(2, len(years) + extra)
    if n == len(years):
        n += 1
    values = data.draw(st.lists(_VALUES, min_size=n, max_size=n))
    tmpl, _ = _form(form, years)
    text = f"Costs were {_join(values, True)} {tmpl.format(Y=_join([str(y) for y in years], True))}, respectively."
    assert run(text) == []


@settings(max_examples=40, deadline=None)
@given(
    years=st.lists(
        st.integers(min_value=1998, max_value=2027), min_size=2, max_size=4, unique=True
    ),
    data=st.data(),
    traditional=st.booleans(),
)
def test_property_zh(years: list[int], data: st.DataObject, traditional: bool) -> None:
    nums = data.draw(
        st.lists(st.integers(min_value=1, max_value=99), min_size=len(years), max_size=len(years))
    )
    unit = "億元" if traditional else "亿元"
    vals = [f"{n}{unit}" for n in nums]
    ys = [f"{y}年" for y in years]

    def zh_join(xs: list[str]) -> str:
        return "、".join(xs[:-1]) + "和" + xs[-1]

    marker = "分別為" if traditional else "分别为"
    text = f"公司{zh_join(ys)}营收{marker}{zh_join(vals)}。"
    got = run(text, "zh")
    assert got == [(v, str(y)) for v, y in zip(vals, years, strict=True)]


def _depths_by_char(text: str, qends: set[int]) -> list[int]:
    """The depth of every position read one character at a time (the reference)."""
    from extractor.respectively import _ACCOUNTING, _CLOSE, _OPEN

    n, out, d, i = len(text), [0] * (len(text) + 1), 0, 0
    while i < n:
        out[i] = d
        if text[i] in _OPEN:
            am = _ACCOUNTING.match(text, i)
            k = i
            while k > 0 and k > i - 3 and text[k - 1] in " $€£¥":
                k -= 1
            if am is not None and not any(j in qends for j in range(k, i + 1)):
                for j in range(i + 1, am.end()):
                    out[j] = d
                i = am.end()
                continue
            d += 1
        elif text[i] in _CLOSE and d > 0:
            d -= 1
        i += 1
    out[n] = d
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Sales (ex. fuel (and gas)) were $313 ($266) and costs $( 28) or (1,200).",
        "（同比增长）收入（1,200）元) stray ) closers ((nested",
        "no brackets at all",
        "",
        "(((",
    ],
)
def test_depths_jump_between_brackets_like_a_character_scan(text: str) -> None:
    from extractor.respectively import _depths

    for qends in (set(), {text.find("$313") + 4}, set(range(len(text)))):
        assert _depths(text, qends) == _depths_by_char(text, qends)
