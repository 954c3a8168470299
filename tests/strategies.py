"""Hypothesis strategies: numbers and money rendered the ways financial text writes them.

Each strategy draws a value and renders it as text, and returns both, so a test can
check the round trip ``parse(render(d)) == d``. Renderings: thousands separators
("1,234.5"), English scale words and abbreviations ("4.2 billion", "4.2bn", "12k"),
Chinese scale characters ("1.669亿", "3550万", "1.2万亿"), accounting parentheses
("(1,234)"), full-width digits ("１２３"), currency symbols, codes and words before or
after the number ("$1.2 billion", "1.669亿美元", "人民币26.3亿元", "EUR 3 million").
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

__all__ = [
    "Rendered",
    "accounting_numbers",
    "any_money",
    "any_number",
    "fullwidth_numbers",
    "group_thousands",
    "money_en",
    "money_zh",
    "percents",
    "plain_numbers",
    "scaled_en_numbers",
    "scaled_zh_numbers",
    "signed_money_en",
    "signed_money_zh",
]

#: (text, value, unit): unit is an ISO code, "%" or None for a bare number
Rendered = tuple[str, Decimal, str | None]

_FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def group_thousands(d: Decimal) -> str:
    """``Decimal("1234567.5")`` -> ``"1,234,567.5"`` (no exponent, no trailing zeros).

    >>> group_thousands(Decimal("1234567.50")), group_thousands(Decimal("12"))
    ('1,234,567.5', '12')
    """
    s = format(d.normalize(), "f") if d != d.to_integral_value() else format(d.quantize(1), "f")
    whole, _, frac = s.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ",".join(groups) + ("." + frac if frac else "")


def _plain(d: Decimal) -> str:
    s = format(d.normalize(), "f") if d != d.to_integral_value() else format(d.quantize(1), "f")
    return s


@st.composite
def _mantissa(draw: st.DrawFn, max_int: int = 999_999, max_places: int = 3) -> Decimal:
    """A non-negative decimal with a few fractional digits: 0.05, 1.669, 3550, 12."""
    places = draw(st.integers(0, max_places))
    n = draw(st.integers(0, max_int * 10**places))
    return Decimal(n).scaleb(-places)


@st.composite
def plain_numbers(draw: st.DrawFn) -> Rendered:
    """ "1,234.5", "0.5", "12": thousands separators from 1,000 up."""
    d = draw(_mantissa(max_int=10**12))
    return group_thousands(d), d, None


_EN_SCALES = {
    "thousand": Decimal(10**3),
    "million": Decimal(10**6),
    "billion": Decimal(10**9),
    "trillion": Decimal(10**12),
    "k": Decimal(10**3),
    "mn": Decimal(10**6),
    "mm": Decimal(10**6),
    "bn": Decimal(10**9),
}


@st.composite
def scaled_en_numbers(draw: st.DrawFn) -> Rendered:
    """ "4.2 billion", "1.5mm", "12k", "3 mn"."""
    m = draw(_mantissa(max_int=9_999))
    word = draw(st.sampled_from(sorted(_EN_SCALES)))
    sep = " " if len(word) > 2 else draw(st.sampled_from(["", " "]))
    if word == "k":
        sep = ""
    return f"{group_thousands(m)}{sep}{word}", m * _EN_SCALES[word], None


_ZH_SCALES = {
    "万": Decimal(10**4),
    "亿": Decimal(10**8),
    "万亿": Decimal(10**12),
    "億": Decimal(10**8),
}


@st.composite
def scaled_zh_numbers(draw: st.DrawFn) -> Rendered:
    """ "1.669亿", "3550万", "1.2万亿"."""
    m = draw(_mantissa(max_int=9_999, max_places=4))
    word = draw(st.sampled_from(sorted(_ZH_SCALES)))
    return f"{_plain(m)}{word}", m * _ZH_SCALES[word], None


@st.composite
def accounting_numbers(draw: st.DrawFn) -> Rendered:
    """ "(1,234)", "(0.03)": accounting negatives (with a separator or decimals)."""
    d = draw(_mantissa(max_int=10**9, max_places=2).filter(lambda x: x >= 1000 or x % 1 != 0))
    return f"({group_thousands(d)})", -d, None


@st.composite
def fullwidth_numbers(draw: st.DrawFn) -> Rendered:
    """ "１２３", "１２．５"."""
    d = draw(_mantissa(max_int=999))
    return _plain(d).translate(_FW), d, None


def any_number() -> st.SearchStrategy[Rendered]:
    """Any of the number renderings above."""
    return st.one_of(
        plain_numbers(), scaled_en_numbers(), scaled_zh_numbers(), accounting_numbers(),
        fullwidth_numbers(),
    )  # fmt: skip


_EN_CURRENCY_BEFORE = {"$": "USD", "US$": "USD", "HK$": "HKD", "€": "EUR", "£": "GBP",
                       "USD ": "USD", "EUR ": "EUR", "RMB ": "CNY", "C$": "CAD", "A$": "AUD"}  # fmt: skip
_EN_CURRENCY_AFTER = {" dollars": "USD", " euros": "EUR", " yen": "JPY", " USD": "USD",
                      " pounds": "GBP", " yuan": "CNY"}  # fmt: skip


@st.composite
def money_en(draw: st.DrawFn) -> Rendered:
    """ "$1.2 billion", "US$5", "EUR 3 million", "5 million dollars", "$(0.03)", "$( 41)"."""
    num, value, _ = draw(st.one_of(plain_numbers(), scaled_en_numbers()))
    if draw(st.booleans()):
        sym = draw(st.sampled_from(sorted(_EN_CURRENCY_BEFORE)))
        if draw(st.booleans()) and num[-1].isdigit() and value != 0:
            # "$(0.03)"; filings also pad the brackets: "$( 41)", "$( 1 )"
            pad = draw(st.sampled_from(["", " "]))
            close = draw(st.sampled_from(["", " "])) if pad else ""
            return f"{sym}({pad}{num}{close})", -value, _EN_CURRENCY_BEFORE[sym]
        return f"{sym}{num}", value, _EN_CURRENCY_BEFORE[sym]
    word = draw(st.sampled_from(sorted(_EN_CURRENCY_AFTER)))
    return f"{num}{word}", value, _EN_CURRENCY_AFTER[word]


_ZH_CURRENCY_AFTER = {"美元": "USD", "元": "CNY", "港元": "HKD", "欧元": "EUR", "日元": "JPY",
                      "亿元": "CNY", "英镑": "GBP", "港币": "HKD"}  # fmt: skip


@st.composite
def money_zh(draw: st.DrawFn) -> Rendered:
    """ "1.669亿美元", "3550万美元", "人民币26.3亿元", "12美元"."""
    num, value, _ = draw(st.one_of(plain_numbers(), scaled_zh_numbers()))
    word = draw(st.sampled_from(sorted(_ZH_CURRENCY_AFTER)))
    if word == "亿元":
        if any(c in num for c in "万亿億"):
            word = "元"
        else:
            value *= 10**8
    code = _ZH_CURRENCY_AFTER[word]
    prefix = "人民币" if code == "CNY" and draw(st.booleans()) else ""
    return f"{prefix}{num}{word}", value, code


def any_money() -> st.SearchStrategy[Rendered]:
    """English or Chinese money renderings."""
    return st.one_of(money_en(), money_zh())


@st.composite
def percents(draw: st.DrawFn) -> Rendered:
    """ "50%", "12.5 percent", "５０％", "百分之12.5"."""
    d = draw(_mantissa(max_int=999, max_places=2))
    form = draw(st.sampled_from(["%", " percent", " per cent", "fw", "zh"]))
    if form == "fw":
        return _plain(d).translate(_FW) + "％", d, "%"
    if form == "zh":
        return "百分之" + _plain(d), d, "%"
    return _plain(d) + form, d, "%"


# -- every scale, sign and currency form, for round trips through find_quantities ------

#: currencies written before the number (as in the built-in currencies.jsonl)
PREFIX_MARKS = {"$": "USD", "US$": "USD", "$US": "USD", "US $": "USD", "€": "EUR", "£": "GBP",
                "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL",
                "RM": "MYR", "₹": "INR", "₩": "KRW", "₪": "ILS", "CHF ": "CHF", "USD ": "USD",
                "EUR ": "EUR", "RMB ": "CNY", "Rs ": "INR"}  # fmt: skip
#: currencies written after the number (and its scale)
SUFFIX_MARKS = {" dollars": "USD", " US dollars": "USD", " euros": "EUR", " yen": "JPY",
                " yuan": "CNY", " Swiss francs": "CHF", " pounds": "GBP", " rupees": "INR",
                " shekels": "ILS", " Australian dollars": "AUD", " USD": "USD", " EUR": "EUR",
                " ringgit": "MYR", " reais": "BRL", " rand": "ZAR", " renminbi": "CNY"}  # fmt: skip
#: scales after the number: (as written, multiplier, a word that may stand after a bracket)
EN_SCALES = [("", 1, False), (" thousand", 10**3, True), (" million", 10**6, True),
             (" billion", 10**9, True), (" trillion", 10**12, True), ("m", 10**6, False),
             ("bn", 10**9, False), ("mn", 10**6, False), ("k", 10**3, False),
             (" bn", 10**9, True)]  # fmt: skip
#: how a negative is written: "-$3.2m", "negative $3.2m", "$(3.2) million" (the scale
#: outside the brackets), "$(3.2 million)" (inside), "($3.2) million" (around the currency)
SIGN_STYLES = ["plain", "minus", "word", "acct_after_mark", "acct_scale_inside", "acct_around"]


@st.composite
def signed_money_en(draw: st.DrawFn) -> Rendered:
    """English money in every scale, currency and sign form: ``(text, value, code)``."""
    m = draw(_mantissa(max_int=999_999, max_places=3).filter(lambda d: d > 0))
    num = group_thousands(m)
    scale, mult, word_scale = draw(st.sampled_from(EN_SCALES))
    value = m * mult
    if draw(st.booleans()):
        mark = draw(st.sampled_from(sorted(PREFIX_MARKS)))
        code = PREFIX_MARKS[mark]
        style = draw(st.sampled_from(SIGN_STYLES))
        if style == "acct_around" and not word_scale:
            style = "acct_after_mark"  # "($3.2)" alone is as often a conversion: not a sign
        text = {
            "plain": f"{mark}{num}{scale}",
            "minus": f"-{mark}{num}{scale}",
            "word": f"negative {mark}{num}{scale}",
            "acct_after_mark": f"{mark}({num}){scale}",
            "acct_scale_inside": f"{mark}({num}{scale})",
            "acct_around": f"({mark}{num}){scale}",
        }[style]
        return text, value if style == "plain" else -value, code
    mark = draw(st.sampled_from(sorted(SUFFIX_MARKS)))
    style = draw(st.sampled_from(["plain", "minus", "word"]))
    sign = {"plain": "", "minus": "-", "word": "negative "}[style]
    return f"{sign}{num}{scale}{mark}", value if style == "plain" else -value, SUFFIX_MARKS[mark]


_ZH_MONEY = {"美元": "USD", "元": "CNY", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
             "日元": "JPY", "英镑": "GBP", "韩元": "KRW", "澳元": "AUD", "加元": "CAD",
             "瑞士法郎": "CHF", "新台币": "TWD", "卢布": "RUB", "元人民币": "CNY"}  # fmt: skip


@st.composite
def signed_money_zh(draw: st.DrawFn) -> Rendered:
    """Chinese money: "3550万美元", "1.669亿美元", "负3.2亿元", "-3.2亿元", "人民币26.3亿元"."""
    m = draw(_mantissa(max_int=99_999, max_places=4).filter(lambda d: d > 0))
    scale = draw(st.sampled_from(["", "万", "亿", "万亿", "千万"]))
    mult = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7}[scale]
    word = draw(st.sampled_from(sorted(_ZH_MONEY)))
    code = _ZH_MONEY[word]
    prefix = "人民币" if code == "CNY" and word == "元" and draw(st.booleans()) else ""
    sign = draw(st.sampled_from(["", "负", "-"]))
    value = m * mult
    return f"{sign}{prefix}{_plain(m)}{scale}{word}", -value if sign else value, code
