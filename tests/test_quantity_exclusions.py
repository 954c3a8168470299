"""extractor.quantity_exclusions: numbers that are dates, codes, names or times."""

from __future__ import annotations

from extractor.currencies import CurrencyTable
from extractor.quantity_exclusions import _Exclusions


def _x(text: str, lang: str = "en") -> _Exclusions:
    return _Exclusions(text, lang, CurrencyTable.default(), None)  # type: ignore[arg-type]


def _excluded(text: str, core: str, lang: str = "en") -> bool:
    s = text.index(core)
    return _x(text, lang)._excluded_context(s, s + len(core), core, None, False, False)


def test_years_names_codes_and_days_are_excluded() -> None:
    assert _excluded("in 2019 we grew", "2019")
    assert _excluded("see Form 10 for details", "10")
    assert _excluded("the S&P 500 rose", "500")
    assert _excluded("股票代码600519", "600519", "zh")
    assert _excluded("on June 23 we met", "23")
    assert _excluded("at 10 a.m. sharp", "10")


def test_a_plain_count_is_not_excluded() -> None:
    assert not _excluded("we opened 37 stores", "37")
    assert not _excluded("新开37家门店", "37", "zh")


def test_not_a_number_skips_phone_numbers_and_ip_addresses() -> None:
    t = "call 555-123-4567 today"
    s = t.index("555")
    assert _x(t)._not_a_number(s, s + 3, "555") == t.index(" today")
    t = "host 192.168.1.2 up"
    s = t.index("192")
    assert _x(t)._not_a_number(s, s + 3, "192") == t.index(" up")
    t = "we sold 555 units"
    s = t.index("555")
    assert _x(t)._not_a_number(s, s + 3, "555") is None


def test_glued_letters() -> None:
    t = "5G and 10-K"
    assert _x(t)._glued_after(1, False)
    assert _x(t)._glued_after(t.index("-K"), False)
    assert _x("COVID-19")._rejected_before(6)
