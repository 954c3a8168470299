"""Every written form of money, percentages, basis points and percentage points:
scales, signs (accounting brackets with the scale outside or inside them), ranges,
tokenised news text, vague amounts, Chinese forms; and the numbers that must stay out."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import Rendered, signed_money_en, signed_money_zh

from extractor import extract
from extractor.quantities import Quantity, find_quantities

D = Decimal


def _balanced(s: str) -> bool:
    return s.count("(") == s.count(")")


def _qs(text: str, lang: str = "en") -> list[Quantity]:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    for q in qs:
        assert text[q.start : q.end] == q.text
        assert _balanced(q.text), q.text
    return qs


# -- round trips ------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(signed_money_en())
def test_english_money_round_trips(r: Rendered) -> None:
    text, value, unit = r
    sentence = f"The company reported {text} for the year."
    qs = _qs(sentence)
    assert [(q.text, q.value, q.unit) for q in qs] == [(text, value, unit)]


@settings(max_examples=300, deadline=None)
@given(signed_money_zh())
def test_chinese_money_round_trips(r: Rendered) -> None:
    text, value, unit = r
    sentence = f"公司去年净利润为{text}，同比变化明显。"
    qs = _qs(sentence, "zh")
    assert [(q.text, q.value, q.unit) for q in qs] == [(text, value, unit)]


# -- accounting negatives ---------------------------------------------------------------

NEGATIVES = [
    ("Operating loss was $(3.2) million.", "$(3.2) million"),
    ("Operating loss was ($3.2) million.", "($3.2) million"),
    ("Operating loss was $(3.2 million).", "$(3.2 million)"),
    ("Operating loss was -$3.2 million.", "-$3.2 million"),
    ("Operating loss was negative $3.2 million.", "negative $3.2 million"),
    ("Operating loss was US$(3.2)m.", "US$(3.2)m"),
]


@pytest.mark.parametrize(("text", "span"), NEGATIVES)
def test_accounting_negatives_keep_scale_sign_and_brackets(text: str, span: str) -> None:
    qs = _qs(text)
    assert [(q.text, q.value, q.unit) for q in qs] == [(span, D("-3200000"), "USD")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a bracket around a whole amount is as often an aside or a conversion
        ("It paid HK$25 billion ($3.2 billion) for it.", "$3.2 billion", D("3200000000")),
        ("The fee ($3.2 million in all) was paid.", "$3.2 million", D("3200000")),
        ("The fee ($3.20) was waived.", "$3.20", D("3.20")),
    ],
)
def test_a_bracketed_aside_stays_positive_and_outside_the_span(
    text: str, span: str, value: Decimal
) -> None:
    q = _qs(text)[-1]
    assert (q.text, q.value) == (span, value)


def test_a_sign_inside_a_chinese_bracket_is_in_the_span() -> None:
    (q,) = _qs("预计净流出的主体是股权融资(-3.2亿元)。", "zh")
    assert (q.text, q.value, q.unit) == ("-3.2亿元", D("-320000000"), "CNY")


def test_a_bracketed_yen_sign_after_yuan_stays_yuan_in_chinese() -> None:
    qs = _qs("判令被告赔偿人民币伍拾万元(￥500,000.00元)。", "zh")
    assert [(q.text, q.unit) for q in qs] == [("人民币伍拾万元", "CNY"), ("￥500,000.00元", "CNY")]


def test_a_numbered_list_after_chinese_money_is_no_compound() -> None:
    qs = _qs("支付货款1,234元 19.某公司合同纠纷", "zh")
    assert [(q.text, q.unit) for q in qs] == [("1,234元", "CNY"), ("19", None)]


@pytest.mark.parametrize(("text", "lang"), [("Organic sales fell (4)% in the year.", "en"), ("营收同比下降(7)%。", "zh")])
def test_a_bracketed_whole_percentage_is_negative(text: str, lang: str) -> None:
    (q,) = _qs(text, lang)
    assert (q.value, q.unit) == (-int(q.text[1]), "%") and q.text.startswith("(")


def test_a_bracketed_whole_number_without_a_percent_is_a_footnote() -> None:
    assert [q.text for q in _qs("See note (4) for details; growth was 5%.")] == ["5%"]


def test_an_unclosed_bracket_is_not_in_the_span() -> None:
    q = _qs("Sales were $(3.2 million and rising")[0]
    assert q.value == D("3200000") and "(" not in q.text


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("公司净利润为负3.2亿元。", "负3.2亿元", D("-320000000"), "CNY"),
        ("公司净利润为-3.2亿元。", "-3.2亿元", D("-320000000"), "CNY"),
        ("公司亏损3.2亿元。", "3.2亿元", D("320000000"), "CNY"),  # sign only as written
        ("获得3550万美元投资", "3550万美元", D("35500000"), "USD"),
        ("营收1.669亿美元", "1.669亿美元", D("166900000"), "USD"),
    ],
)
def test_chinese_signs_and_scales(text: str, span: str, value: Decimal, unit: str) -> None:
    assert [(q.text, q.value, q.unit) for q in _qs(text, "zh")] == [(span, value, unit)]


# -- forms of percent, bp, pp -----------------------------------------------------------

FORMS = [
    ("Sales rose 5pc last year.", "5pc", D("5"), None, "%"),
    ("Margins improved 1.38pc.", "1.38pc", D("1.38"), None, "%"),
    ("Prices fell 16 per cent.", "16 per cent", D("16"), None, "%"),
    ("Output fell 3 pct.", "3 pct", D("3"), None, "%"),
    ("The margin widened 2 percentage points.", "2 percentage points", D("2"), None, "pp"),
    ("The bank cut rates by 25 basis points.", "25 basis points", D("25"), None, "bp"),
    ("Spreads tightened 40bp.", "40bp", D("40"), None, "bp"),
    ("Guidance is 11 to 13 percent.", "11 to 13 percent", D("11"), D("13"), "%"),
    ("Growth of between 5% and 6% is seen.", "5% and 6%", D("5"), D("6"), "%"),
    ("A gain of five per cent to 20 per cent.", "five per cent to 20 per cent", D("5"),
     D("20"), "%"),
    ("Orders were up 28%-32% on the year.", "28%-32%", D("28"), D("32"), "%"),
    ("Margins of -1.5 to -2.0% are seen.", "-1.5 to -2.0%", D("-2"), D("-1.5"), "%"),
    ("Growth of -5% to -3% is seen.", "-5% to -3%", D("-5"), D("-3"), "%"),
    ("A loss of $(0.05) to $(0.03) a share.", "$(0.05) to $(0.03)", D("-0.05"), D("-0.03"),
     "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "high", "unit"), FORMS)
def test_percent_forms(
    text: str, span: str, value: Decimal, high: Decimal | None, unit: str
) -> None:
    assert [(q.text, q.value, q.value_high, q.unit) for q in _qs(text)] == [
        (span, value, high, unit)
    ]


def test_signed_percentages_in_a_market_wrap() -> None:
    qs = _qs("Stocks at midday: Dow +0.2% S&P 500 +0.3% Nasdaq -1.7%")
    assert [(q.text, q.value) for q in qs] == [
        ("+0.2%", D("0.2")), ("+0.3%", D("0.3")), ("-1.7%", D("-1.7")),
    ]  # fmt: skip


# -- money forms ------------------------------------------------------------------------

MONEY = [
    ("The club was sold for £2.7m.", "£2.7m", D("2700000"), None, "GBP"),
    ("It agreed a PS6m fee.", "PS6m", D("6000000"), None, "GBP"),
    ("It raised $1.2bn.", "$1.2bn", D("1200000000"), None, "USD"),
    ("Debt reached $US113 trillion.", "$US113 trillion", D("113000000000000"), None, "USD"),
    ("The plan costs 9 billion shekels.", "9 billion shekels", D("9000000000"), None, "ILS"),
    ("Shares closed at RM2.70.", "RM2.70", D("2.7"), None, "MYR"),
    ("Shares closed at 345p.", "345p", D("3.45"), None, "GBP"),
    ("The dollar bought 108.79 yen.", "108.79 yen", D("108.79"), None, "JPY"),
    ("Sales of US $89 to $93 billion are seen.", "US $89 to $93 billion", D("89000000000"),
     D("93000000000"), "USD"),
    ("EPS of $7.65 - $7.95 is expected.", "$7.65 - $7.95", D("7.65"), D("7.95"), "USD"),
    ("the firm paid $ 250,000 in fines.", "$ 250,000", D("250000"), None, "USD"),
    ("a loan of u.s. $ 5 million was made.", "u.s. $ 5 million", D("5000000"), None, "USD"),
    ("it will cost 42 million dollars.", "42 million dollars", D("42000000"), None, "USD"),
    ("the c $ 300 million charge", "c $ 300 million", D("300000000"), None, "CAD"),
    ("They lost 75 USD million.", "75 USD million", D("75000000"), None, "USD"),
    ("Losses above 30 MUSD were booked.", "30 MUSD", D("30000000"), None, "USD"),
    ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", D("3.5"), None, "USD"),
    ("A 12-cent-a-share dividend was paid.", "12-cent", D("0.12"), None, "USD"),
    ("A plan worth ₹5 lakh crore was approved.", "₹5 lakh crore", D("5e12"), None, "INR"),
    ("Net profit rose to Rs 5,000 cr.", "Rs 5,000 cr", D("5e10"), None, "INR"),
    ("Orders worth ₹1,200 Cr were won.", "₹1,200 Cr", D("1.2e10"), None, "INR"),
    ("It cost £5 thousand million.", "£5 thousand million", D("5e9"), None, "GBP"),
    ("It paid half a million dollars.", "half a million dollars", D("500000"), None, "USD"),
    ("A quarter of a billion euros went.", "A quarter of a billion euros", D("2.5e8"), None,
     "EUR"),
    ("It cost three quarters billion us dollars.", "three quarters billion us dollars",
     D("7.5e8"), None, "USD"),
    # the currency and scale written once for both ends
    ("Sales of $1.2-1.4 billion are seen.", "$1.2-1.4 billion", D("1.2e9"), D("1.4e9"), "USD"),
    ("A fee of €3-4m is due.", "€3-4m", D("3e6"), D("4e6"), "EUR"),
    ("Costs of $5 to 6 million are seen.", "$5 to 6 million", D("5e6"), D("6e6"), "USD"),
    ("It was priced at $12-$14.", "$12-$14", D("12"), D("14"), "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "high", "unit"), MONEY)
def test_money_forms(
    text: str, span: str, value: Decimal, high: Decimal | None, unit: str
) -> None:
    assert [(q.text, q.value, q.value_high, q.unit) for q in _qs(text)] == [
        (span, value, high, unit)
    ]


def test_from_to_is_two_values_with_their_units() -> None:
    qs = _qs("The fine rose from $750,000 to $1 million.")
    assert [(q.text, q.value, q.unit) for q in qs] == [
        ("$750,000", D("750000"), "USD"), ("$1 million", D("1000000"), "USD"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("They spent tens of millions of dollars on it.", D("1e7"), D("1e8"), "USD"),
        ("The bill runs to hundreds of millions of euros.", D("1e8"), D("1e9"), "EUR"),
        ("It lost hundreds of thousands of pounds.", D("1e5"), D("1e6"), "GBP"),
        ("Investors poured billions of yuan into it.", D("1e9"), D("1e12"), "CNY"),
    ],
)
def test_vague_amounts_are_ranges_of_magnitudes(
    text: str, low: Decimal, high: Decimal, unit: str
) -> None:
    (q,) = _qs(text)
    assert (q.value, q.value_high, q.unit, q.qualifier) == (low, high, unit, "~")


@pytest.mark.parametrize(
    "text",
    ["Millions of users signed up.", "Tens of thousands of people came."],
)
def test_vague_counts_without_a_currency_are_not_money(text: str) -> None:
    assert _qs(text) == []


# -- what must stay out ---------------------------------------------------------------

def test_a_currency_then_a_count_is_no_range() -> None:
    qs = _qs("The firm paid $5 to 10 employees.")
    assert [(q.text, q.value, q.value_high, q.unit) for q in qs] == [
        ("$5", D("5"), None, "USD"), ("10", D("10"), None, None),
    ]  # fmt: skip


NOT_MONEY = [
    "The PS5 console and the PS4 Pro sold well.",  # "PS" before digits: a name
    "Half a million people came in the first half of 2021.",  # a count, a period
    "We bought a 10-pound turkey.",  # a weight
    "It streams in 1080p and 720p.",  # video lines, not pence
    "We focused on the zero-dollar premium product.",  # a product name
    "Higher octane blends such as 95 RON are coming.",  # an octane rating, not lei
    "The Nasdaq 100 and FTSE 250 indexes.",  # index names
    "特斯拉CEO马克5月表示",  # a name, then a date
    "In 2019 dollars the cost was lower.",  # a year before a currency word
    "In 2019 won the award.",
    "Call 555-1234 or +1-212-555-0100 today.",  # phone numbers
    "Trading under SZ 300750 and 600519.SH resumed.",  # stock codes
    "See page 12 and slide 4 of the Form 10-K.",  # page, slide, form numbers
    "Version 2.1 ships with Windows 11.",  # versions and names
    "It was the 3rd quarter; Q2 and 2Q21 were weaker.",  # ordinals and quarters
    "On June 23, 2016 the S&P 500 and Fortune 500 firms fell.",  # dates and names
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_numbers_that_are_not_money_stay_out(text: str) -> None:
    lang = "en" if text.isascii() else "zh"
    assert [q.text for q in _qs(text, lang) if q.unit is not None] == []


# -- Indian digit grouping and whole-and-fraction numbers -------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The trust raised Rs 4,56,789 in March.", "Rs 4,56,789", D("456789"), "INR"),
        ("Its loss was Rs 3,21,000.75 last year.", "Rs 3,21,000.75", D("321000.75"), "INR"),
        ("Net profit was Rs 2,45,678 crore.", "Rs 2,45,678 crore", D("2456780000000"), "INR"),
        ("The flat sold for ₹98,76,543, up from ₹80,00,000.", "₹98,76,543", D("9876543"), "INR"),
        ("The 6 3/8% notes were repaid.", "6 3/8%", D("6.375"), "%"),
        ("It sold bonds with a 4 1/16 percent coupon.", "4 1/16 percent", D("4.0625"), "%"),
        ("The coupon is 8½% a year.", "8½%", D("8.5"), "%"),
        ("Shares last traded at $57¾.", "$57¾", D("57.75"), "USD"),
        ("It bought 3 1/2 million shares.", "3 1/2 million shares", D("3500000"), "shares"),
    ],
)
def test_indian_grouping_and_fractions(text: str, span: str, value: Decimal, unit: str) -> None:
    q = _qs(text)[0]
    assert (q.text, q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The form is dated 2 1/4/2023.",  # a date written with slashes
        "Read section 3/4 of the notes.",  # a fraction with no whole number and no unit
        "He waited 3 1/2 years.",  # no unit, nothing counted
    ],
)
def test_slashes_that_are_no_amount_stay_out(text: str) -> None:
    # bare numbers may be found (a count needs its noun later), but no unit and no date
    qs = _qs(text)
    assert all(q.unit is None for q in qs)
    assert extract(text) == []


@settings(max_examples=200, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=999),
    den_exp=st.integers(min_value=1, max_value=6),
    data=st.data(),
)
def test_whole_and_fraction_percent_round_trips(whole: int, den_exp: int, data: st.DataObject) -> None:
    den = 2**den_exp
    num = data.draw(st.integers(min_value=1, max_value=den - 1).filter(lambda n: n % 2 == 1))
    text = f"{whole} {num}/{den}%"
    qs = _qs(f"The notes pay {text} a year.")
    assert [(q.text, q.value, q.unit) for q in qs] == [(text, D(whole) + D(num) / D(den), "%")]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100_000, max_value=99_99_99_999))
def test_indian_grouping_round_trips(n: int) -> None:
    s = str(n)
    head, last3 = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    text = "Rs " + ",".join([head, *pairs, last3])
    qs = _qs(f"The bank lent {text} to the firm.")
    assert [(q.text, q.value, q.unit) for q in qs] == [(text, D(n), "INR")]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Opex was ~$500M for the year.", "$500M", "~"),
        ("Opex was ~ $500M for the year.", "$500M", "~"),
        ("Churn held at ≈4% a month.", "4%", "~"),
        ("Churn stayed <1% a month.", "1%", "<"),
        ("Retention was ≥ 90% again.", "90%", ">="),
        ("Margin went 4% -> 5% this year.", "5%", None),
        ("The price moved in a $4~$6 band.", "$4~$6", None),  # a range's tilde
    ],
)
def test_a_sign_before_a_value_qualifies_it(text: str, span: str, qualifier: str | None) -> None:
    [q] = [q for q in _qs(text) if q.text == span]
    assert q.qualifier == qualifier
    [r] = [r for r in extract(text) if r.text == span]  # the sign glued on keeps the record
    assert r.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The bank made a 50-basis-point cut.", "50-basis-point", D(50), "bp"),
        ("Margins fell by a 1.5-percentage-point step.", "1.5-percentage-point", D("1.5"), "pp"),
        ("It bought a 9-percent stake.", "9-percent", D(9), "%"),
        ("It bought a 9-per-cent stake.", "9-per-cent", D(9), "%"),
        ("It was a 75 basis-point hike.", "75 basis-point", D(75), "bp"),
        ("The fund sold 4m shares last week.", "4m shares", D(4000000), "shares"),
    ],
)
def test_compound_and_abbreviated_forms(text: str, span: str, value: Decimal, unit: str) -> None:
    [q] = _qs(text)
    assert (q.text, q.value, q.unit) == (span, value, unit)


def test_a_metre_or_a_model_number_stays_no_amount() -> None:
    assert all(q.unit is None for q in _qs("She ran the 5m course in the 10-K race."))


def test_rupees_written_rs_with_a_full_stop_keep_their_sentence() -> None:
    [r] = [r for r in extract("Net profit came in at Rs. 812 crore for the year.") if r.unit == "INR"]
    assert (r.text, r.value) == ("Rs. 812 crore", D(8120000000))


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=D("0.1"), max_value=D("999999"), places=1),
    st.sampled_from([("M", 10**6), ("K", 10**3), ("k", 10**3)]),
    st.sampled_from(["SEK", "EUR", "USD", "NOK", "DKK", "AUD"]),
    st.sampled_from(["before", "after", "minus", "accounting"]),
)
def test_a_scaled_currency_code_round_trips(n: Decimal, scale: tuple[str, int], code: str, form: str) -> None:
    letter, mult = scale
    num = f"{n:,}"
    text = {
        "before": f"{letter}{code} {num}",  # "MSEK 1,234.5"
        "after": f"{num} {letter}{code}",  # "1,234.5 MSEK"
        "minus": f"{letter}{code} -{num}",
        "accounting": f"{letter}{code} ({num})",
    }[form]
    [q] = _qs(f"Operating result was {text} in the period.")
    sign = -1 if form in ("minus", "accounting") else 1
    assert (q.value, q.unit, q.text) == (sign * n * mult, code, text)


def test_yuan_then_another_currency_is_no_range_of_one_currency() -> None:
    # a bare 元 amount and a US dollar one are two currencies; only a 元 with the name
    # after it ("1,376億元新台幣") names both ends
    qs = _qs("营收5000万元至1亿美元。", "zh")
    assert [(q.text, q.unit) for q in qs] == [("5000万元", "CNY"), ("1亿美元", "USD")]
    (q,) = _qs("營收1,296億元至1,376億元新台幣。", "zh")
    assert (q.unit, q.value, q.value_high) == ("TWD", D("129600000000"), D("137600000000"))


def test_a_chinese_lower_and_upper_bound_are_two_values() -> None:
    qs = _qs("回购金额不低于5000万元且不超过1亿元。", "zh")
    assert [(q.text, q.qualifier) for q in qs] == [("5000万元", ">="), ("1亿元", "<=")]


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Growth of five to seven per cent is likely.", "five to seven per cent", D("5"), D("7"), "%"),
        ("It may issue two to three million shares.", "two to three million shares", D("2000000"), D("3000000"), "shares"),
        ("Costs of three to four billion dollars.", "three to four billion dollars", D("3e9"), D("4e9"), "USD"),
        ("Costs of five to 7 million euros.", "five to 7 million euros", D("5e6"), D("7e6"), "EUR"),
    ],
)
def test_a_range_opened_by_a_number_word(text: str, span: str, low: Decimal, high: Decimal, unit: str) -> None:
    (q,) = _qs(text)
    assert (q.text, q.value, q.value_high, q.unit) == (span, low, high, unit)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Costs of five to seven hundred million dollars.", ["seven hundred million dollars"]),
        ("One of the two companies hired five to seven people.", []),
        ("It takes five to seven years.", []),
    ],
)
def test_a_bare_number_word_no_range_takes_stays_out(text: str, spans: list[str]) -> None:
    assert [q.text for q in _qs(text)] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "We raise our guidance to $6.10 to $6.30, from $5.90 to $6.10 previously.",
            [("$6.10 to $6.30", D("6.10"), D("6.30")), ("$5.90 to $6.10", D("5.90"), D("6.10"))],
        ),
        (
            "We now expect growth of 7% to 8%, up from 5% to 6%.",
            [("7% to 8%", D("7"), D("8")), ("5% to 6%", D("5"), D("6"))],
        ),
    ],
)
def test_a_range_from_the_range_before_is_a_range(text: str, spans: list[tuple[str, Decimal, Decimal]]) -> None:
    assert [(q.text, q.value, q.value_high) for q in _qs(text)] == spans


def test_from_one_value_to_another_is_still_two_values() -> None:
    assert [q.text for q in _qs("Sales rose from $5 million to $7 million.")] == ["$5 million", "$7 million"]



@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Net sales        $      812     $   766", "$      812", D(812), "USD"),
        ("Operating loss   $   (12.3)", "$   (12.3)", D("-12.3"), "USD"),
        ("Revenue          €       1,234.5", "€       1,234.5", D("1234.5"), "EUR"),
    ],
)
def test_a_table_symbol_set_apart_by_spaces_is_the_number_s_currency(
    text: str, span: str, value: Decimal, unit: str
) -> None:
    q = _qs(text)[0]
    assert (q.text, q.value, q.unit) == (span, value, unit)


def test_a_symbol_far_from_its_number_is_not_its_currency() -> None:
    # beyond a dozen spaces the symbol is no longer the cell's
    qs = _qs("Paid in $" + " " * 14 + "812 instalments")
    assert all(q.unit != "USD" for q in qs)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The bank cut its rate by a quarter of a percentage point.", "a quarter of a percentage point", D("0.25"), "pp"),
        ("The ECB raised rates by three-quarters of a point.", "three-quarters of a point", D("0.75"), "pp"),
        ("The Fed delivered a half-point cut in September.", "a half-point", D("0.5"), "pp"),
        ("The yield rose half a basis point.", "half a basis point", D("0.5"), "bp"),
    ],
)
def test_a_fraction_of_a_point_is_a_value(text: str, span: str, value: Decimal, unit: str) -> None:
    [r] = extract(text, lang="en")
    assert (r.text, r.value, r.unit) == (span, value, unit)


def test_a_fraction_of_an_index_point_is_none() -> None:
    # an index's points are no percentage points
    assert extract("The Dow fell half a point in early trade.", lang="en") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Churn was sub-1% again this quarter.", "1%", D(1), "<"),
        ("It was a sub-$1 billion deal.", "$1 billion", D(1_000_000_000), "<"),
        ("Units shipped were up 20-plus percent.", "20-plus percent", D(20), ">="),
        ("Bookings grew 15-plus% in the year.", "15-plus%", D(15), ">="),
    ],
)
def test_a_qualifier_glued_by_a_hyphen(text: str, span: str, value: Decimal, qualifier: str) -> None:
    [r] = extract(text, lang="en")
    assert (r.text, r.value, r.qualifier) == (span, value, qualifier)


def test_a_hyphenated_name_is_still_no_value() -> None:
    assert [q.text for q in _qs("COVID-19 cases and the Sub-Saharan region")] == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Margin rose 2.5 pct pts.", "2.5 pct pts", "pp"),
        ("Margin rose 3 percentage pts.", "3 percentage pts", "pp"),
        ("The yield rose 15 basis pts.", "15 basis pts", "bp"),
    ],
)
def test_abbreviated_points_are_points(text: str, span: str, unit: str) -> None:
    [q] = _qs(text)
    assert (q.text, q.unit) == (span, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The lender booked Rp 1.2 triliun in profit.", "Rp 1.2 triliun", D("1.2e12"), "IDR"),
        ("Sales reached R$ 3,4 bilhões last year.", "R$ 3,4 bilhões", D("3.4e9"), "BRL"),
        ("Net debt stood at €1.2 Mrd. at year end.", "€1.2 Mrd", D("1.2e9"), "EUR"),
        ("The charge was EUR 450 Mio in the year.", "EUR 450 Mio", D("4.5e8"), "EUR"),
    ],
)
def test_other_languages_scale_words_scale_the_amount(text: str, span: str, value: Decimal, unit: str) -> None:
    # without them the amount was read unscaled: a value wrong by 10^9
    [q] = _qs(text)
    assert (q.text, q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Kelvara agreed to a $2-billion deal.", "$2-billion", D("2e9")),
        ("It posted $1.2-billion in sales.", "$1.2-billion", D("1.2e9")),
        ("It raised $5 millions in the round.", "$5 millions", D("5e6")),
        ("The fund holds $1.2 bil. in cash.", "$1.2 bil", D("1.2e9")),
        ("Debt rose to $7 tril last year.", "$7 tril", D("7e12")),
    ],
)
def test_hyphenated_plural_and_short_scale_words_scale_the_amount(text: str, span: str, value: Decimal) -> None:
    # each was read as a few dollars: a value wrong by 10^6 or more
    [q] = _qs(text)
    assert (q.text, q.value, q.unit) == (span, value, "USD")


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("公司拟投入数十亿元建设新工厂。", "数十亿元", D("1e9"), D("1e10"), "CNY"),
        ("该案涉及几百万美元的赔偿。", "几百万美元", D("1e6"), D("1e7"), "USD"),
        ("项目总投资十几亿元。", "十几亿元", D("1e9"), D("2e9"), "CNY"),
        ("集团去年亏损數億港元。", "數億港元", D("1e8"), D("1e9"), "HKD"),
    ],
)
def test_a_vague_chinese_amount_is_a_range_of_magnitudes(text: str, span: str, low: Decimal, high: Decimal, unit: str) -> None:
    [q] = _qs(text, "zh")
    assert (q.text, q.value, q.value_high, q.unit, q.qualifier) == (span, low, high, unit, "~")


@pytest.mark.parametrize("text", ["公司营收3.5个亿。", "公司营收三个亿。", "营收二十几亿元。"])
def test_spoken_or_unreadable_hundred_millions_are_no_count(text: str) -> None:
    # "3.5个亿" was a count of 3.5; "二十几亿" is twenty-odd 亿, which no range here reads
    assert [(q.unit, q.value) for q in _qs(text, "zh")] == []


@pytest.mark.parametrize(
    "text",
    [
        "拟向控股股东荣盛控股、三元控股发行股份。",  # a name
        "让传音控股一波三折的上市进程再添烦恼。",  # an idiom
        "控股股东月内两次解除质押。",  # times, no counted thing
    ],
)
def test_chinese_numerals_in_names_idioms_and_times_are_no_values(text: str) -> None:
    assert _qs(text, "zh") == []


def test_chinese_numerals_outside_names_and_idioms_stay_values() -> None:
    assert [(q.text, q.unit) for q in _qs("公司支付三元手续费，商品打三折出售。", "zh")] == [("三元", "CNY"), ("三折", "%")]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Deal fees came to $5 M in the quarter.", "$5 M", D("5e6"), "USD"),
        ("The unit sold for $1.2 B last year.", "$1.2 B", D("1.2e9"), "USD"),
        ("Each seat costs $40.5 k a year.", "$40.5 k", D("40500"), "USD"),
        ("Capex was €3 m in the period.", "€3 m", D("3e6"), "EUR"),
    ],
)
def test_a_scale_letter_set_apart_from_a_currency_amount_scales_it(text: str, span: str, value: Decimal, unit: str) -> None:
    # each was read as a few units of the currency: a value wrong by 10^3 or more
    [q] = _qs(text)
    assert (q.text, q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize("text", ["It paid $5 M&A fees.", "It bought $5 B shares.", "A $5 b-school fee."])
def test_a_letter_that_starts_a_word_is_no_scale(text: str) -> None:
    assert [q.value for q in _qs(text)] == [D(5)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Change was –5.2% in total.", "–5.2%", D("-5.2"), "%"),  # an en dash as the minus
        ("| Revenue | –3.1% | 2.0% |", "–3.1%", D("-3.1"), "%"),
        ("Sales: –$3.2 million", "–$3.2 million", D("-3200000"), "USD"),
        ("Margin was (30) bps lower.", "(30) bps", D(-30), "bp"),
    ],
)
def test_a_dash_or_bracket_sign_before_a_move(text: str, span: str, value: Decimal, unit: str) -> None:
    q = _qs(text)[0]
    assert (q.text, q.value, q.unit) == (span, value, unit)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Growth of 5 – 7% is seen.", D(5), D(7)), ("Growth of 5–7% is seen.", D(5), D(7))],
)
def test_an_en_dash_between_numbers_is_still_a_range(text: str, low: Decimal, high: Decimal) -> None:
    [q] = _qs(text)
    assert (q.value, q.value_high) == (low, high)


def test_a_bracketed_integer_without_a_unit_is_still_a_footnote() -> None:
    assert _qs("Revenue rose, see note (3) below.") == []


def test_the_two_bounds_of_one_amount_share_the_metric_named_after_the_upper() -> None:
    from extractor import extract

    recs = extract("东岭材料拟以不低于3亿元且不超过6亿元回购公司股份。")
    assert [(r.text, r.metric, r.qualifier) for r in recs] == [
        ("3亿元", "share_repurchase", ">="),
        ("6亿元", "share_repurchase", "<="),
    ]
    recs = extract("增持金额不少于2000万元，不超过4000万元，用于增持公司股份。")
    assert [(r.metric, r.qualifier) for r in recs] == [("share_increase", ">="), ("share_increase", "<=")]
