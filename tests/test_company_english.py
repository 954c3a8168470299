"""company_english: a sentence's subject company and the companies a document acquired."""

from __future__ import annotations

from extractor.company_english import acquired_en, business_subject_en, mentions_of, subject_en
from extractor.company_gazetteer import Gazetteer

GAZ = Gazetteer.from_entries([])


def test_subject_ending_in_an_industry_word_before_a_reporting_verb() -> None:
    m = subject_en(GAZ, "Harborview Logistics reported higher sales.")
    assert m is not None and (m.text, m.source) == ("Harborview Logistics", "subject")


def test_a_person_or_a_plain_word_is_no_subject() -> None:
    assert subject_en(GAZ, "Maria Lopez said margins held.") is None
    assert subject_en(GAZ, "Revenue rose 4%.") is None


def test_acquired_names_in_a_list() -> None:
    assert acquired_en("we acquired Bluefin and Redwood Labs last year") == ["Bluefin", "Redwood Labs"]
    assert acquired_en("the acquisition of the assets") == []


def test_mentions_are_whole_capitalised_words() -> None:
    found = mentions_of("Bluefin and bluefin and Bluefins", ["Bluefin"])
    assert [(m.start, m.text, m.source) for m in found] == [(0, "Bluefin", "acquired")]


# -- a business's opening name with no company word ----------------------------------------


def test_an_opening_name_before_a_business_figure_is_a_subject() -> None:
    for sentence, name in [
        ("Quintara said its net income fell 8% to $2.1 billion.", "Quintara"),
        ("Vellmark Oro's underlying earnings rose 4%.", "Vellmark Oro"),
        ("Ostrava posted a pretax profit of $300 million.", "Ostrava"),
        ("Halvard's orders grew 12%.", "Halvard"),
    ]:
        m = business_subject_en(GAZ, sentence)
        assert m is not None and (m.text, m.source) == (name, "subject"), sentence


def test_no_business_figure_or_a_plain_opening_is_no_subject() -> None:
    for sentence in [
        "Quintara said demand rose 8%.",  # nothing only a business reports
        "Analysts said its revenue would rise.",  # a sentence's ordinary opening word
        "Maria Lopez's shares are worth $4 million.",  # people hold shares too
        "Jane Roe's earnings rose to $2 million.",  # a first name: a person
        "The Quarterly revenue rose 5%.",
        "In May, sales rose 5%.",
    ]:
        assert business_subject_en(GAZ, sentence) is None, sentence
