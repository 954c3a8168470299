"""company_gazetteer: names and aliases, and how a found name maps to its entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.company_gazetteer import Gazetteer
from extractor.company_text import CompanyEntry, _latin_token_spans
from extractor.errors import PatternError

ENTRY = CompanyEntry("Northwind Traders", ("NWT", "北风贸易"), "NWT", "any")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entries([ENTRY])


def test_lookup_and_canonical(gaz: Gazetteer) -> None:
    assert gaz.lookup("northwind traders") is ENTRY
    assert gaz.canonical("北风贸易有限公司") == "Northwind Traders"
    assert gaz.canonical("Southwind Ltd.") == "Southwind"


def test_short_all_caps_alias_matches_only_as_written(gaz: Gazetteer) -> None:
    text = "nwt and NWT rose"
    hits = gaz.latin_names(text, _latin_token_spans(text), "en")
    assert [(text[c.start : c.end], c.name) for c in hits] == [("NWT", "Northwind Traders")]


def test_chinese_alias_takes_its_share_class(gaz: Gazetteer) -> None:
    text = "北风贸易A股上涨"
    assert [text[c.start : c.end] for c in gaz.chinese_names(text)] == ["北风贸易A"]


def test_span_from_elsewhere_is_trimmed_and_mapped(gaz: Gazetteer) -> None:
    text = "We met the Northwind Traders Inc. team"
    m = gaz.from_span(text, 7, 33)
    assert m is not None and (m.text, m.name, m.ticker) == ("Northwind Traders Inc.", "Northwind Traders", "NWT")
    assert gaz.from_span("the Company said", 0, 11) is None


def test_a_malformed_file_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "companies.jsonl").write_text('{"name": "X"}\n', encoding="utf-8")
    with pytest.raises(PatternError, match="line 1|:1"):
        Gazetteer.load([tmp_path])


def test_a_listed_subsidiary_is_not_its_parent(ex) -> None:  # type: ignore[no-untyped-def]
    # "Siemens Energy" is its own listed company; the parent's name must not take it
    [r] = ex.extract("Siemens Energy's orders rose 12% in the quarter.", lang="en")
    assert r.company == "Siemens Energy"
    [r] = ex.extract("Siemens said its revenue rose 5% in the quarter.", lang="en")
    assert r.company == "Siemens"
    [r] = ex.extract("三星SDI营业利润下降30%。", lang="zh")
    assert r.company == "Samsung SDI"
