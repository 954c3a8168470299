"""parse_number, currency_code and parse_money: example tables and round trips.

Provenance of the examples: "brief" = the task brief's interface comments, "SPEC" =
shared/SPEC.md, "seed" = a form seen in shared/seeds/ (the form, not the sentence),
"own" = written for this file.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from strategies import any_money, any_number, money_en

from extractor.normalize.money import currency_code, parse_money
from extractor.normalize.numbers import fold, parse_number, scale_of

D = Decimal

# -- parse_number -----------------------------------------------------------------------

NUMBERS = [
    # (text, value)                      provenance
    ("1,234.5", D("1234.5")),  # brief
    ("１２３", D("123")),  # brief: full-width
    ("0.5", D("0.5")),  # brief
    ("1.669亿", D("166900000")),  # brief, SPEC
    ("3550万", D("35500000")),  # brief, SPEC
    ("1.2万亿", D("1200000000000")),  # brief
    ("13万2", D("132000")),  # brief: elided unit
    ("two hundred million", D("200000000")),  # brief
    ("a billion", D("1000000000")),  # brief
    ("4.2bn", D("4200000000")),  # brief
    ("12k", D("12000")),  # brief
    ("1.5mm", D("1500000")),  # brief
    ("3 mn", D("3000000")),  # brief
    ("三千五百五十万", D("35500000")),  # brief
    ("两亿", D("200000000")),  # brief
    ("十二点五", D("12.5")),  # brief
    ("一千零五十", D("1050")),  # brief
    ("兩億", D("200000000")),  # brief: traditional
    ("五萬", D("50000")),  # brief: traditional
    ("(1,234)", D("-1234")),  # brief: accounting negative
    ("4.2 billion", D("4200000000")),  # own
    ("1,674.5 million", D("1674500000")),  # own
    ("$", None),  # brief: currency is not a number
    ("12,345,678", D("12345678")),  # own
    ("-0.03", D("-0.03")),  # own
    ("负3.9", D("-3.9")),  # own
    ("minus five", D("-5")),  # own
    ("twenty-one", D("21")),  # own
    ("one hundred and five", D("105")),  # own
    ("ninety-nine thousand", D("99000")),  # own
    ("1.03亿", D("103000000")),  # seed form
    ("28,648", D("28648")),  # seed form
    ("两千四百五", D("2450")),  # own: elided unit
    ("一万零二百五十", D("10250")),  # own
    ("四万万", D("400000000")),  # own: 万万 = 亿
    ("5万4千6百", D("54600")),  # own: mixed digits and units
    ("3万4000", D("34000")),  # own
    ("2千零30万", D("20300000")),  # own
    ("1000余万", D("10000000")),  # own: 余 inside
    ("十余万", D("100000")),  # own
    ("壹佰万", D("1000000")),  # own: financial numerals
    ("二〇一五", D("2015")),  # own: digit by digit
    ("零点五", D("0.5")),  # own
    ("四点五亿", D("450000000")),  # own
    ("五分之一", D("0.2")),  # own: fraction
    ("3/4", D("0.75")),  # own
    ("1.3e6", D("1300000")),  # own
    ("12,34,567.89", D("1234567.89")),  # own: Indian grouping
    ("一", D("1")),  # own
]

NOT_NUMBERS = [
    "",  # own
    "   ",  # own
    "abc",  # own
    "万",  # own: a scale alone
    "亿万",  # own
    "二三十",  # own: a vague range, not one number
    "1.2.3",  # own
    "1,2345",  # own
    "5%",  # own: a percentage is not a bare number
    "$5",  # own
    "one one",  # own
    "a",  # own
    "--5",  # own
    "(5",  # own
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text: str, value: Decimal | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_exact_decimal() -> None:
    # no binary floating point anywhere: 0.1 + 0.2 stays exact
    assert parse_number("0.3") == D("0.1") + D("0.2")
    assert str(parse_number("1.669亿")) == "166900000"


def test_fold_keeps_length_and_offsets() -> None:
    s = "营收１２．５亿（注１），增长５０％，"
    assert len(fold(s)) == len(s)
    assert fold(s)[2:7] == "12.5亿"
    assert "（" in fold(s)  # full-width parentheses stay punctuation


@pytest.mark.parametrize(
    ("word", "mult"),
    [
        ("million", 10**6),
        ("BN", 10**9),
        ("k", 10**3),
        ("万", 10**4),
        ("亿", 10**8),
        ("万亿", 10**12),
    ],
)
def test_scale_of(word: str, mult: int) -> None:
    assert scale_of(word) == mult


@settings(max_examples=300, deadline=None)
@given(any_number())
def test_parse_number_round_trip(r: tuple[str, Decimal, str | None]) -> None:
    text, value, _ = r
    assert parse_number(text) == value


# -- currency_code ----------------------------------------------------------------------

CURRENCIES = [
    ("$", "USD"), ("US$", "USD"), ("USD", "USD"), ("dollars", "USD"), ("美元", "USD"),
    ("美金", "USD"), ("HK$", "HKD"), ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"),
    ("¥", "JPY"), ("RMB", "CNY"), ("人民币", "CNY"), ("元", "CNY"), ("CNY", "CNY"),
    ("日元", "JPY"), ("€", "EUR"), ("EUR", "EUR"), ("euro", "EUR"), ("euros", "EUR"),
    ("欧元", "EUR"), ("歐元", "EUR"), ("£", "GBP"), ("GBP", "GBP"), ("pounds", "GBP"),
    ("英镑", "GBP"), ("C$", "CAD"), ("A$", "AUD"),  # all: brief
    ("eur", "EUR"), ("usd", "USD"), ("人民幣", "CNY"), ("新台币", "TWD"), ("瑞士法郎", "CHF"),
    ("Swiss francs", "CHF"), ("yen", "JPY"), ("cents", "USD"), ("US dollars", "USD"),  # own
]  # fmt: skip


@pytest.mark.parametrize(("token", "code"), CURRENCIES)
def test_currency_code(token: str, code: str) -> None:
    assert currency_code(token) == code


@pytest.mark.parametrize("token", ["", "bananas", "shares", "%", "亿", "points"])
def test_currency_code_unknown(token: str) -> None:
    assert currency_code(token) is None


# -- parse_money --------------------------------------------------------------------------

MONEY = [
    ("$1.2 billion", D("1200000000"), "USD"),  # brief, SPEC
    ("1.669亿美元", D("166900000"), "USD"),  # brief, SPEC
    ("$(0.03)", D("-0.03"), "USD"),  # brief, SPEC
    ("negative $12.6 million", D("-12600000"), "USD"),  # brief
    ("人民币26.3亿元", D("2630000000"), "CNY"),  # brief
    ("$1.2B", D("1200000000"), "USD"),  # brief
    ("$850M", D("850000000"), "USD"),  # brief
    ("US$5", D("5"), "USD"),  # brief
    ("USD 5 million", D("5000000"), "USD"),  # brief
    ("5 million dollars", D("5000000"), "USD"),  # brief
    ("€3m", D("3000000"), "EUR"),  # brief
    ("EUR 3 million", D("3000000"), "EUR"),  # brief
    ("£2bn", D("2000000000"), "GBP"),  # brief
    ("HK$95.19", D("95.19"), "HKD"),  # brief
    ("95.19港元", D("95.19"), "HKD"),  # brief
    ("RMB 100 million", D("100000000"), "CNY"),  # brief
    ("¥100", D("100"), "JPY"),  # "¥" alone, no text about China: yen
    ("12美元", D("12"), "USD"),  # brief, seed form
    ("3550万美元", D("35500000"), "USD"),  # brief, SPEC
    ("26.3亿元", D("2630000000"), "CNY"),  # brief
    ("1000万元", D("10000000"), "CNY"),  # brief
    ("两亿元", D("200000000"), "CNY"),  # brief
    ("1.5万亿日元", D("1500000000000"), "JPY"),  # brief
    ("eur 5", D("5"), "EUR"),  # brief
    ("50 cents", D("0.5"), "USD"),  # brief
    ("8亿元人民币", D("800000000"), "CNY"),  # own
    ("港币100元", D("100"), "HKD"),  # own: an explicit prefix wins over 元
    ("-$5", D("-5"), "USD"),  # own
    ("$ 75 million", D("75000000"), "USD"),  # own: tokenised text
    ("1000余万元", D("10000000"), "CNY"),  # own
    ("二十五万港元", D("250000"), "HKD"),  # own
    ("115USD", D("115"), "USD"),  # own
]


@pytest.mark.parametrize(("text", "value", "code"), MONEY)
def test_parse_money(text: str, value: Decimal, code: str) -> None:
    assert parse_money(text) == (value, code)


@pytest.mark.parametrize("text", ["5 million", "1.669亿", "50%", "$", "美元", "", "$5 EUR 5"])
def test_parse_money_rejects(text: str) -> None:
    assert parse_money(text) is None


@settings(max_examples=300, deadline=None)
@given(any_money())
def test_parse_money_round_trip(r: tuple[str, Decimal, str | None]) -> None:
    text, value, code = r
    assert parse_money(text) == (value, code)


@settings(max_examples=100, deadline=None)
@given(money_en())
def test_parse_money_en_is_signed_like_parse_number(r: tuple[str, Decimal, str | None]) -> None:
    text, value, _ = r
    got = parse_money("negative " + text)
    assert got is not None and got[0] == -value


def test_modules_do_not_import_spacy_or_dateparser() -> None:
    import extractor.normalize.money
    import extractor.normalize.numbers
    import extractor.quantities  # noqa: F401

    mods = ("extractor.normalize.numbers", "extractor.normalize.money", "extractor.quantities")
    for name in mods:
        src = sys.modules[name].__file__
        assert src is not None
        with open(src, encoding="utf-8") as f:
            text = f.read()
        assert "import spacy" not in text and "import dateparser" not in text
