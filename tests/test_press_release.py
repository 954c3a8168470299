"""A press release: a title and dateline naming the company, bullet points of values, an
outlook section under its own heading (a release written here)."""

from __future__ import annotations

from decimal import Decimal

RELEASE = """Brightwater Foods Reports Second Quarter 2024 Results

DENVER, Aug. 1, 2024 -- Brightwater Foods Inc. (NYSE: BWF) today reported results for the second quarter ended June 30, 2024.

Second Quarter Highlights
• Net sales of $812 million, up 6% year-over-year
• Diluted earnings per share of $0.74

Full-Year 2024 Outlook
• Net sales of $3.2 billion to $3.3 billion
• Hiring of 1,200 to 1,500 people in new plants
"""


def _recs(ex):  # type: ignore[no-untyped-def]
    return {r.text: r for r in ex.extract(RELEASE, lang="en")}


def test_the_title_and_dateline_name_the_company_of_the_bullets(ex) -> None:  # type: ignore[no-untyped-def]
    assert {r.company for r in _recs(ex).values()} == {"Brightwater Foods"}


def test_values_under_an_outlook_heading_are_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    recs = _recs(ex)
    assert recs["$812 million"].kind == "actual"
    assert recs["$3.2 billion to $3.3 billion"].kind == "guidance"
    assert recs["$3.2 billion to $3.3 billion"].period is not None
    assert recs["$3.2 billion to $3.3 billion"].period.label == "2024"


def test_a_range_of_counted_things_is_a_record(ex) -> None:  # type: ignore[no-untyped-def]
    r = _recs(ex)["1,200 to 1,500"]
    assert (r.unit, r.value, r.value_high, r.metric_text) == ("count", Decimal(1200), Decimal(1500), "people")


def test_a_heading_without_an_outlook_word_makes_no_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    text = RELEASE.replace("Full-Year 2024 Outlook", "Full-Year 2024 Items")
    recs = {r.text: r for r in ex.extract(text, lang="en")}
    assert recs["$3.2 billion to $3.3 billion"].kind == "actual"


def test_a_chain_of_hyphenated_numbers_is_no_range_of_counts(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("Refiners said 3-2-1 spreads widened to $27.10 per barrel.", lang="en")
    assert [r.text for r in recs] == ["$27.10"]


def test_a_margin_after_a_profit_is_that_profit_s_margin(ex) -> None:  # type: ignore[no-untyped-def]
    recs = {r.text: r for r in ex.extract("Adjusted EBITDA of $486 million, a 39.2% margin.", lang="en")}
    assert (recs["39.2%"].metric, recs["39.2%"].metric_text) == ("ebitda_margin", "margin")
    recs = {r.text: r for r in ex.extract("Operating income was $120 million, a margin of 12.5%.", lang="en")}
    assert recs["12.5%"].metric == "operating_margin"
    recs = {r.text: r for r in ex.extract("Revenue of $5 billion, a 3% margin of error.", lang="en")}
    assert recs["3%"].metric == "other"


def test_a_title_alone_names_the_company_with_its_headline_verb(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Larkspur Mining Corp Announces Third Quarter Results\n\nRevenue was $412 million, up 9%."
    assert {r.company for r in ex.extract(text, lang="en")} == {"Larkspur Mining"}
    text = "Markets Wrap: Stocks Slip\n\nRevenue was $412 million, up 9%."  # no company subject
    assert {r.company for r in ex.extract(text, lang="en")} == {None}


def test_a_heading_naming_a_quarter_and_a_year_dates_nothing(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Fourth Quarter and Full Year 2024 Results\n\nNet sales were $3.1 billion."
    assert [r.period for r in ex.extract(text, lang="en")] == [None]
    text = "Fourth Quarter 2024 Results\n\nNet sales were $3.1 billion."
    [r] = ex.extract(text, lang="en")
    assert r.period is not None and r.period.label == "2024-Q4"


RESULTS_TABLE = """
                                  Three Months Ended
                                       June 30,
(in millions)                      2024        2023
Net sales                        $   812     $   766
Operating income                      97          81
"""


def test_a_table_of_past_results_after_the_outlook_is_actual(ex) -> None:  # type: ignore[no-untyped-def]
    # no date: the heading names 2025, the table's quarters of 2024 and 2023 are over before it
    text = RELEASE.replace("DENVER, Aug. 1, 2024 -- ", "").replace("Full-Year 2024 Outlook", "Full-Year 2025 Outlook")
    recs = {(r.text.replace(" ", ""), r.period.label if r.period else None): r for r in ex.extract(text + RESULTS_TABLE, lang="en")}
    assert recs[("$766", "2023-Q2")].kind == "actual"
    assert recs[("97", "2024-Q2")].kind == "actual"
    [outlook] = [r for (t, _), r in recs.items() if t == "$3.2billionto$3.3billion"]
    assert outlook.kind == "guidance" and outlook.period is not None and "2025" in outlook.period.label


def test_an_outlook_heading_does_not_make_quarters_ended_before_the_release_guidance(ex) -> None:  # type: ignore[no-untyped-def]
    # "Outlook" names no year; the release is dated August 1, 2024: June's quarter is over
    text = RELEASE.replace("Full-Year 2024 Outlook", "Outlook") + RESULTS_TABLE
    recs = {(r.text.replace(" ", ""), r.period.label if r.period else None): r for r in ex.extract(text, lang="en")}
    assert recs[("$812", "2024-Q2")].kind == "actual"
    assert recs[("$766", "2023-Q2")].kind == "actual"
    assert recs[("$3.2billionto$3.3billion", None)].kind == "guidance"
