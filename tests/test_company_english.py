"""company_english: a sentence's subject company and the companies a document acquired."""

from __future__ import annotations

from extractor.company_english import acquired_en, mentions_of, subject_en
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
