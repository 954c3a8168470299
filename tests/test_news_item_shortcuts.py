"""Work skipped on short items where it cannot change a record: the filing check where no
year or point in time is named, the value gate's two searches, the gazetteer key read
from the text at once. Each gives the records the full path gives."""

from __future__ import annotations

import pytest

from extractor import pipeline
from extractor.pipeline import Extractor, _may_hold_value


def _rows(records: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(r.start, r.text, r.metric, r.value, r.unit, r.period, r.company, r.change, r.kind) for r in records]


# (the first two name no year and no point in time: whether they are filings changes nothing)
NO_YEAR = [
    "Quillmark Foods said third-quarter revenue rose 7% to $412 million.",
    "Net sales for the three months ended June 30 were $88.2 million, the Company said.",
]
WITH_YEAR = [
    "As of December 31, 2022 and 2021, goodwill was $3.1 billion and $2.9 billion.",
    "We recorded an impairment of goodwill of $45 million in 2022 and $12 million in 2021.",
    "Harrow Pine Inc. said profit rose 4% to $19 million in 2023.",
]


@pytest.mark.parametrize("text", NO_YEAR)
def test_no_filing_check_without_a_year_or_point_in_time(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ex = Extractor(use_ner=False)
    calls: list[str] = []

    def counted(t: str) -> bool:
        calls.append(t)
        return True

    monkeypatch.setattr(pipeline, "looks_like_filing", counted)
    records = ex.extract(text)
    assert records
    assert calls == []


@pytest.mark.parametrize("text", NO_YEAR + WITH_YEAR)
def test_records_as_with_the_answer_given(text: str) -> None:
    ex = Extractor(use_ner=False)
    decided = pipeline.looks_like_filing(text)
    assert _rows(ex.extract(text)) == _rows(ex.extract(text, filing=decided))


def test_a_filing_year_is_still_its_fiscal_year() -> None:
    ex = Extractor(use_ner=False)
    text = WITH_YEAR[1]
    assert pipeline.looks_like_filing(text)
    assert {r.period.label for r in ex.extract(text) if r.period is not None} == {"FY2022", "FY2021"}


def test_extract_many_equals_extract_on_short_items() -> None:
    ex = Extractor(use_ner=False)
    texts = NO_YEAR + WITH_YEAR + ["no figure here", "Orders rose five percent at Kestrel Corp's unit."]
    assert [_rows(r) for r in ex.extract_many(texts)] == [_rows(ex.extract(t)) for t in texts]


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Revenue rose 5%.", True),
        ("Revenue rose five percent.", True),
        ("Revenue rose sharply, the company said.", False),
        ("营收增长三成", True),
        ("营收增长１２％", True),  # full-width digits
        ("Sales were flat; margins Thirteenth? no", True),  # a number word's start
        ("", False),
    ],
)
def test_value_gate(text: str, may: bool) -> None:
    assert _may_hold_value(text) is may


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shares of Twilio rose 5% after Twilio's revenue beat.", [("Twilio", "Twilio"), ("Twilio's", "Twilio")]),
        ("Twilio's revenue rose 5% to $2 billion.", [("Twilio's", "Twilio")]),
    ],
)
def test_gazetteer_names_with_possessives(text: str, found: list[tuple[str, str]]) -> None:
    ex = Extractor(use_ner=False)
    got = ex.companies.find(text, "en")
    assert all(text[c.start : c.end] == c.text for c in got)
    assert [(c.text, c.name) for c in got] == found
