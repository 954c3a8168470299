"""A stock exchange and a rating agency acting on a rating report none of a sentence's
figures; a cost's inflation is no metric.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Turnover on the Lisbon Stock Exchange fell 4% to 900 million shares.",
        "Volume on the Oslo bourse rose 6% on Monday.",
    ],
)
def test_a_stock_exchange_is_no_company(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs
    assert all(r.company is None or "xchange" not in r.company and "bourse" not in r.company for r in recs)


def test_an_exchange_operator_named_as_a_business_stays_a_company(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Intercontinental Exchange reported revenue of $2.1 billion.", lang="en")
    assert r.company == "Intercontinental Exchange"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Moody's downgraded Brightwater Corp to Ba1, citing its $3 billion debt.", "Moody"),
        ("Fitch Ratings affirmed Brightwater Corp at BBB after a $2 billion loss.", "Fitch"),
    ],
)
def test_a_rating_agency_acting_on_a_rating_owns_no_figure(ex, text: str, agency: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs
    assert all(r.company is None or agency not in r.company for r in recs)


def test_a_rating_agency_reporting_its_own_figures_is_the_company(ex) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract("Moody's reported revenue of $1.6 billion for the quarter.", lang="en")
    assert r.company is not None and r.company.startswith("Moody")


def test_a_cost_inflation_is_no_metric(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("Margins held up despite 7% wage inflation and 4% freight inflation.", lang="en")
    assert [r.metric for r in recs] == ["other", "other"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("SYDNEY, Feb 21 (Reuters) - Wombat Resources Ltd on Wednesday reported a 14% fall in profit to A$212 million.", "Wombat Resources"),
        ("LONDON (Reuters) - Brightline Foods Plc said revenue rose 5% to 2 billion pounds.", "Brightline Foods"),
    ],
)
def test_a_subject_after_a_news_dateline_is_the_company(ex, text: str, company: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs and all(r.company == company for r in recs), recs


@pytest.mark.parametrize(
    ("text", "metric", "change"),
    [
        ("Wombat reported a 14% fall in half-year profit.", "net_income", "down"),
        ("The board approved a 7% increase in the quarterly dividend.", "dividend", "up"),
    ],
)
def test_a_change_noun_then_in_names_the_metric(ex, text: str, metric: str, change: str) -> None:  # type: ignore[no-untyped-def]
    (r,) = ex.extract(text, lang="en")
    assert (r.metric, r.change) == (metric, change)
