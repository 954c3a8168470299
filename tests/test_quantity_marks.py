"""extractor.quantity_marks: the sign, currency and brackets before a number."""

from __future__ import annotations

from decimal import Decimal

from extractor.currencies import CurrencyTable
from extractor.quantity_marks import _MarkReader, _url_spans


def _reader(text: str, lang: str = "en") -> _MarkReader:
    return _MarkReader(text, lang, CurrencyTable.default(), None)  # type: ignore[arg-type]


def test_prefix_reads_currency_sign_and_bracket() -> None:
    text = "loss of -$12 million"
    p = _reader(text)._prefix(text.index("12"))
    assert p.code == "USD" and p.neg and p.hyphen and p.start == text.index("-")
    text = "net (HK$5.2)"
    p = _reader(text)._prefix(text.index("5.2"))
    assert p.code == "HKD" and p.outer_paren and p.cur_start == text.index("HK$")


def test_a_sign_word_negates() -> None:
    text = "EPS of negative $0.05"
    p = _reader(text)._prefix(text.index("0.05"))
    assert p.neg and p.code == "USD" and not p.hyphen


def test_ambiguous_yen_sign_follows_the_language() -> None:
    assert _reader("¥100", "en")._currency("¥", 0) == ("JPY", Decimal(1))
    assert _reader("¥100", "zh")._currency("¥", 0) == ("CNY", Decimal(1))


def test_url_and_email_spans() -> None:
    t = "see www.example.com/q3 or ir@example.com now"
    spans = [t[a:b] for a, b in _url_spans(t)]
    assert spans == ["www.example.com/q3", "ir@example.com"]
