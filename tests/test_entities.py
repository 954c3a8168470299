"""entities.add_entities: what the model's entities add to a sentence's companies, and the
opening name of a business it vetoes when it calls that name a place."""

from __future__ import annotations

import pytest

from extractor.companies import CompanyFinder
from extractor.entities import add_entities
from extractor.linking.sentence import Sentence
from extractor.quantities import find_quantities


@pytest.fixture(scope="module")
def finder() -> CompanyFinder:
    return CompanyFinder.load()


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, offset=0, lang="en", para_index=0, quantities=find_quantities(text, "en"))


def test_an_opening_business_name_the_model_leaves_unlabelled_becomes_the_company(
    finder: CompanyFinder,
) -> None:
    s = _sentence("Quintara said its net income fell 8% to $2.1 billion.")
    add_entities(s, [], finder)
    assert [(c.text, c.source) for c in s.companies] == [("Quintara", "subject")]


@pytest.mark.parametrize("label", ["GPE", "LOC", "NORP"])
def test_a_place_is_no_business(finder: CompanyFinder, label: str) -> None:
    s = _sentence("Westmoria's sales fell 3% to $2 billion.")
    add_entities(s, [(0, 9, label, "Westmoria")], finder)
    assert s.companies == []


def test_a_name_the_model_calls_a_person_may_still_report_earnings(finder: CompanyFinder) -> None:
    s = _sentence("Vellmark Oro's underlying earnings rose 4% to $1 billion.")
    add_entities(s, [(0, 14, "PERSON", "Vellmark Oro's")], finder)
    assert [c.text for c in s.companies] == ["Vellmark Oro"]


def test_an_organisation_before_the_value_wins_over_the_guess(finder: CompanyFinder) -> None:
    text = "Quintara said its unit Borlund Works had net income of $2.1 billion."
    s = _sentence(text)
    a = text.index("Borlund")
    add_entities(s, [(a, a + len("Borlund Works"), "ORG", "Borlund Works")], finder)
    assert [c.text for c in s.companies] == ["Borlund Works"]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue in EMEA declined 3% in constant currency to €812 million.",
        "APAC revenue rose 5% to $300 million.",
        "Americas revenue was $2.1 billion, up 7%.",
        "Sales in Latin America grew 8% to $640 million.",
    ],
)
def test_a_sales_region_is_no_company(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs and all(r.company is None for r in recs)
    assert ex.extract("Acme's revenue in EMEA rose 4%.", lang="en")[0].company == "Acme"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("JOHANNESBURG - Naspers's stake in the group is worth about $120 billion.", "Naspers"),
        ("LONDON (Reuters) - Barclays said profit rose 10% to £2 billion.", "Barclays"),
        ("NEW YORK, March 3 - Pfizer's revenue fell 5% to $14 billion.", "Pfizer"),
    ],
)
def test_a_dateline_is_not_part_of_the_company(ex, text: str, company: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs and {r.company for r in recs} == {company}


def test_a_sum_in_a_scaled_currency_code_is_no_company(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("EBIT was EUR 45m and MEUR 12 in the prior year.", lang="en")
    assert all(r.company is None for r in recs)


def test_a_scaled_currency_code_before_the_number() -> None:
    from extractor import extract

    assert [(r.value, r.unit) for r in extract("Net sales amounted to MSEK 1,234.")] == [
        (1234000000, "SEK")
    ]
    assert [(r.text, r.value) for r in extract("Order intake reached KEUR 850.")] == [
        ("KEUR 850", 850000)
    ]
    # a code alone before the number keeps its value; a word ending in a code is no mark
    assert [r.value for r in extract("Revenue was SEK 500 million.")] == [500000000]


@pytest.mark.parametrize(
    ("text", "vendor"),
    [
        ("Quarterly sales came in at $4.1 billion, according to LSEG data.", "LSEG"),
        ("Profit of $1.25 a share beat the FactSet consensus of $1.10.", "FactSet"),
        ("Estimates compiled by Visible Alpha put revenue at $9.5 billion.", "Visible Alpha"),
        ("Revenue of $812 million topped the LSEG I/B/E/S estimate of $790 million.", "LSEG I/B/E/S"),
    ],
)
def test_a_data_vendor_credited_as_a_source_is_no_company(
    finder: CompanyFinder, text: str, vendor: str
) -> None:
    s = _sentence(text)
    a = text.index(vendor)
    add_entities(s, [(a, a + len(vendor), "ORG", vendor)], finder)
    assert s.companies == []


def test_a_vendor_outside_a_credit_is_still_a_company(finder: CompanyFinder) -> None:
    text = "Revenue at LSEG rose 6% to £2.1 billion, and Borlund Works said its data sales fell."
    s = _sentence(text)
    add_entities(s, [(11, 15, "ORG", "LSEG")], finder)
    assert [c.text for c in s.companies] == ["LSEG"]


def test_a_credit_leaves_the_company_of_the_news_item(ex) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tollgate Systems said third-quarter revenue rose 9% to $812 million. "
        "Analysts had expected $790 million, according to LSEG data."
    )
    records = ex.extract(text)
    assert [(r.text, r.company) for r in records] == [
        ("9%", "Tollgate Systems"), ("$812 million", "Tollgate Systems"), ("$790 million", "Tollgate Systems"),
    ]
    assert next(iter(ex.extract_many([text]))) == records


@pytest.mark.parametrize(
    ("text", "model_took", "name"),
    [
        # the model starts the organisation after "&": the name begins before it
        ("Eight & k Retail said net profit rose 5.6%.", "Retail", "Eight & k Retail"),
        ("Dorrance & Vale Partners said revenue fell 3%.", "Vale Partners", "Dorrance & Vale Partners"),
    ],
)
def test_words_joined_by_an_ampersand_belong_to_the_name(finder: CompanyFinder, text: str, model_took: str, name: str) -> None:
    s = _sentence(text)
    a = text.index(model_took)
    add_entities(s, [(a, a + len(model_took), "ORG", model_took)], finder)
    assert [c.text for c in s.companies] == [name]


def test_an_organisation_after_and_is_not_joined(finder: CompanyFinder) -> None:
    text = "Quintara and Borlund Works said revenue rose 3%."
    s = _sentence(text)
    a = text.index("Borlund")
    add_entities(s, [(a, a + len("Borlund Works"), "ORG", "Borlund Works")], finder)
    assert [c.text for c in s.companies] == ["Borlund Works"]


def test_a_metric_phrase_that_runs_past_the_organisation_does_not_hide_it(finder: CompanyFinder) -> None:
    from extractor.metrics import MetricMention

    text = "Skoda Cars sold 41,000 cars in May."
    s = _sentence(text)
    s.metrics = [MetricMention(start=6, end=15, text="Cars sold", metric="unit_sales")]
    add_entities(s, [(0, 10, "ORG", "Skoda Cars")], finder)
    assert [c.text for c in s.companies] == ["Skoda Cars"]
    # a metric phrase inside the organisation's span: the model read a metric as a name
    text = "U.S. Pension Plan assets were $4 billion."
    s = _sentence(text)
    s.metrics = [MetricMention(start=5, end=17, text="Pension Plan", metric="pension")]
    add_entities(s, [(0, 17, "ORG", "U.S. Pension Plan")], finder)
    assert s.companies == []


def test_an_index_the_model_calls_an_organisation_is_no_company(finder: CompanyFinder) -> None:
    text = "The FTSE 100 rose 0.6% as miners gained."
    s = _sentence(text)
    add_entities(s, [(4, 8, "ORG", "FTSE")], finder)
    assert s.companies == []


def test_an_opening_name_that_changes_its_outlook_is_a_business(finder: CompanyFinder) -> None:
    s = _sentence("MUMBAI, Jan 9 (Reuters) - Corvane raised its annual revenue forecast to 7%.")
    add_entities(s, [(0, 6, "GPE", "MUMBAI")], finder)
    assert [c.text for c in s.companies] == ["Corvane"]
