"""Issue 9: every money, percent, bp/pp and share value a reader sees is a record.

Sentences are written for these tests. A value nothing names has ``metric="other"`` and
``metric_text=None``; what was never a value (names, dates, years, quarters, ordinals,
phone numbers, codes, versions, pages) stays out.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor import Period


def _one(ex, text: str, lang: str = "en"):  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang=lang)
    assert len(recs) == 1, recs
    return recs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("That is $44 million, she said.", "44000000", "USD"),
        ("She walked away from her $150,000 contract.", "150000", "USD"),
        ("It was a quiet day; 3.5% was all anyone talked about.", "3.5", "%"),
        ("Nobody expected the 25 basis points.", "25", "bp"),
        ("The fund bought 1,200,000 shares on Tuesday.", "1200000", "shares"),
        ("他们随后又买了5000万股。", "50000000", "shares"),
        ("这笔钱大约是3亿元。", "300000000", "CNY"),
    ],
)
def test_an_unnamed_value_is_a_record_of_metric_other(ex, text: str, value: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    r = _one(ex, text, "zh" if not text.isascii() else "en")
    assert (r.value, r.unit) == (Decimal(value), unit)
    assert r.metric == "other"
    assert text[r.start : r.end] == r.text


def test_a_named_value_keeps_its_metric(ex) -> None:  # type: ignore[no-untyped-def]
    r = _one(ex, "Acme's revenue was $12 million in 2020.")
    assert (r.metric, r.metric_text, r.period.label) == ("revenue", "revenue", "2020")  # type: ignore[union-attr]


def test_a_value_with_nothing_naming_it_has_no_metric_text(ex) -> None:  # type: ignore[no-untyped-def]
    r = _one(ex, "That is the $20 million we talked about.")
    assert (r.metric, r.metric_text) == ("other", None)
    assert r.to_dict()["metric_text"] is None


@pytest.mark.parametrize(
    "text",
    [
        "We filed our Form 10-K on time.",
        "COVID-19 hit the Fortune 500 hard.",
        "The 5G rollout and our 360-degree view of the customer.",
        "On March 3, 2021, in Q2, the company held its 15th annual meeting.",
        "Call 555-123-4567 or see page 12 and slide 4.",
        "Version 2.3.1 of the app shipped in 2019.",
        "公司股票代码为600519，于2021年3月5日公告。",
    ],
)
def test_what_was_never_a_value_stays_out(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text)
    assert [r.text for r in recs if r.unit not in ("count",)] == []


def test_plain_counts_still_need_a_counted_noun(ex) -> None:  # type: ignore[no-untyped-def]
    assert ex.extract("We did it 3 times, then 12 more.", lang="en") == []
    (r,) = ex.extract("We now serve 450 organizations.", lang="en")
    assert (r.unit, r.metric_text) == ("count", "organizations")


# -- period=: the caller's default period -------------------------------------------------


def test_default_period_dates_values_the_text_does_not(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Research and development expense was $12 million. Revenue in 2018 was $40 million."
    recs = {r.text: r for r in ex.extract(text, period="FY2019", filing=True)}
    assert recs["$12 million"].period == Period.from_label("FY2019")
    assert recs["$40 million"].period.label == "FY2018"  # type: ignore[union-attr]


def test_default_period_accepts_a_period_object(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Backlog was $5 million.", period=Period.from_label("2021-Q2"))
    assert r.period.label == "2021-Q2"  # type: ignore[union-attr]


def test_without_a_default_period_undated_values_have_none(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Backlog was $5 million.")
    assert r.period is None


@pytest.mark.parametrize("bad", ["2019 fiscal", "FY19", "Q2"])
def test_a_malformed_period_label_is_a_value_error(ex, bad: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="period must be a Period or a label"):
        ex.extract("Backlog was $5 million.", period=bad)


def test_a_period_of_the_wrong_type_is_a_type_error(ex) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="period must be a Period"):
        ex.extract("Backlog was $5 million.", period=2019)  # type: ignore[arg-type]


# -- filings: percentages and share counts are records, with their metric when named ------


@pytest.mark.parametrize(
    ("text", "value", "unit", "metric"),
    [
        ("During 2019, we repurchased 12.5 million shares of our common stock.",
         "12.5 million shares", "shares", "share_repurchase"),
        ("There were 431,234,567 shares of common stock outstanding.",
         "431,234,567 shares", "shares", "shares_outstanding"),
        ("The weighted-average number of shares was 120.5 million.", "120.5 million", "shares",
         "shares_outstanding"),
        ("Options to purchase 2,000,000 shares were excluded.", "2,000,000 shares", "shares", "other"),
        ("International revenue represented 14% of total revenue.", "14%", "%", "revenue_share"),
        ("Approximately 62% of our employees work outside the United States.", "62%", "%", "headcount"),
    ],
)  # fmt: skip
def test_filing_percentages_and_share_counts(ex, text: str, value: str, unit: str, metric: str) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract(text, filing=True, period="FY2019")}
    r = recs[value]
    assert (r.unit, r.metric) == (unit, metric)
    assert r.period is not None and r.period.label == "FY2019"
