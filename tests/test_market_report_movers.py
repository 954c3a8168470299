"""Market reports: the name before a verb of movement is the subject of its value.

"Shares of Rio Tinto fell 2.3%" names a listed company with no company word; in a report
of several moves ("Barclays rose 3% and Lloyds gained 1.5%, while HSBC dipped 0.4%") each
clause's name owns its move, where before the one name known to the gazetteer took every
value. A sector, an indicator or a place is no company.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.market import mover_names


def _by_text(recs):  # type: ignore[no-untyped-def]
    return {r.text: r for r in recs}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kestrel Mining rose 3% and Lloyds gained 1.5%, while HSBC dipped 0.4%.",
            {"3%": "Kestrel Mining", "1.5%": "Lloyds", "0.4%": "HSBC"},
        ),
        ("Apple rose 1.1% and Tarwick Energy fell 2%.", {"1.1%": "Apple", "2%": "Tarwick Energy"}),
        (
            "Apple rose 1.1 per cent and Tarwick Energy fell 2 per cent.",
            {"1.1 per cent": "Apple", "2 per cent": "Tarwick Energy"},
        ),
        (
            "Among decliners, Ocado Group lost 6.2% and Quellbury shed 4.1% after a warning.",
            {"6.2%": "Ocado", "4.1%": "Quellbury"},
        ),
    ],
)
def test_each_move_of_a_market_report_is_its_own_names(ex, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract(text, lang="en"))
    assert {t: got[t].company for t in want} == want
    assert all(got[t].metric == "share_price" for t in want)


def test_shares_of_a_name_make_it_a_listed_company(ex) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract("Shares of Rio Tinto fell 2.3% to 5,012p in London.", lang="en"))
    assert got["2.3%"].company == "Rio Tinto" and got["2.3%"].change == "down"
    assert got["5,012p"].company == "Rio Tinto" and got["5,012p"].metric == "share_price"


def test_the_price_a_move_ended_at_is_the_share_price(ex) -> None:  # type: ignore[no-untyped-def]
    text = "Shares of Rio Tinto fell 2.3% in London, while BHP slipped 1.1% to A$44.20 in Sydney."
    got = _by_text(ex.extract(text, lang="en"))
    assert (got["1.1%"].company, got["1.1%"].change) == ("BHP", "down")
    price = got["A$44.20"]
    assert (price.metric, price.company, price.unit, price.change) == ("share_price", "BHP", "AUD", None)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 3.1% in May and Imports fell 2.4%.",
        "Banks rose 1.2% and Miners fell 0.8%.",
        "Tech stocks rose 2% and Energy stocks fell 1%.",
        "Europe rose 1% and Asia gained 2%, while Japan slipped 0.5%.",
    ],
)
def test_sectors_indicators_and_places_are_no_companies(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert len(recs) >= 2
    assert [r.company for r in recs] == [None] * len(recs)


def test_a_single_move_without_shares_of_is_left_to_the_model() -> None:
    text = "Quellbury rose 3% on Tuesday."
    assert mover_names(text, [(text.index("3%"), "%")]) == []
    text = "Shares of Quellbury rose 3% on Tuesday."
    assert mover_names(text, [(text.index("3%"), "%")]) == [(10, 19, "of")]
    text = "Shares in Quellbury rose 3% on Tuesday."
    assert mover_names(text, [(text.index("3%"), "%")]) == [(10, 19, "in")]


def test_a_move_verb_needs_its_value_right_after() -> None:
    text = "Quellbury rose in early trade and Tarwick said revenue fell 3%, while sales fell 2%."
    spans = mover_names(text, [(text.index("3%"), "%"), (text.index("2%"), "%")])
    assert spans == []


@pytest.mark.parametrize(
    ("text", "value", "company"),
    [
        # the model reads any name after "Shares in" as a place: a list of market places decides
        ("Shares in Quellbury surged as much as 18% in Amsterdam trading.", "18%", "Quellbury"),
        ("Shares in Tarwick jumped 7% after it raised its forecast.", "7%", "Tarwick"),
        ("Shares in Asia fell 1.2% on Monday.", "1.2%", None),
        ("Shares in Hong Kong rose 0.8% in early trade.", "0.8%", None),
    ],
)
def test_shares_in_a_name_that_is_no_market_place_make_it_a_company(ex, text: str, value: str, company: str | None) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract(text, lang="en"))[value]
    assert (got.metric, got.company) == ("share_price", company)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The stock has gained roughly 40 per cent so far this year.", "40 per cent"),
        ("The shares have climbed around 15% since March.", "15%"),
        ("Its stock fell close to 9% after the call.", "9%"),
    ],
)
def test_an_approximate_move_of_the_stock_is_its_price(ex, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract(text, lang="en"))[value]
    assert got.metric == "share_price" and got.change in ("up", "down")


@pytest.mark.parametrize("qualifier", ["close to", "in excess of", "upwards of", "just under"])
def test_a_qualifier_between_the_verb_and_the_value_keeps_the_move(ex, qualifier: str) -> None:  # type: ignore[no-untyped-def]
    [r] = ex.extract(f"Revenue rose {qualifier} 9% in the quarter.", lang="en")
    assert (r.metric, r.change, r.metric_text) == ("revenue", "up", "Revenue")
    [r] = ex.extract(f"Its stock fell {qualifier} 9% after the call.", lang="en")
    assert (r.metric, r.change) == ("share_price", "down")


@pytest.mark.parametrize(
    "text",
    [
        "Investment banking fees at Quellbury Capital climbed 56% to $1.46 billion.",
        "Revenue of Tarwick Holdings fell 4% in the quarter.",
    ],
)
def test_a_noun_s_figure_at_a_company_is_no_share_move(ex, text: str) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(text, lang="en")
    assert recs and all(r.metric != "share_price" for r in recs)


def test_the_stock_of_a_company_still_moves(ex) -> None:  # type: ignore[no-untyped-def]
    [r] = ex.extract("Shares of Quellbury Capital climbed 5%.", lang="en")
    assert (r.metric, r.company, r.change) == ("share_price", "Quellbury Capital", "up")


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Quellbury Capital shares rose 3.1% in Hong Kong to HK$152.80.", "HK$152.80"),
        ("Shares of Kelvara fell 2% on Tuesday to $41.10.", "$41.10"),
        ("Quellbury Capital shares slipped 1.2% in early trade to 512p.", "512p"),
    ],
)
def test_where_or_when_it_traded_may_stand_before_the_price(ex, text: str, price: str) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(ex.extract(text, lang="en"))[price]
    assert (got.metric, got.change) == ("share_price", None)


@pytest.mark.parametrize(
    ("text", "value", "company"),
    [
        # the sentence names the mover again as a company: it is one, whatever the model says
        ("Quellbury jumped 6.1% after the grocer lifted its outlook.", "6.1%", "Quellbury"),
        ("Tarwick slid 2.2% as the London-listed miner cut its output target.", "2.2%", "Tarwick"),
        ("MILAN (Reuters) - Ferrovesta fell 4% when the carmaker warned on margins.", "4%", "Ferrovesta"),
        # a metric, a place or an index named first is none, whatever follows
        ("Revenue rose 5% as the company added stores.", "5%", None),
        ("Asia fell 1.1% after the chipmaker missed forecasts.", "1.1%", None),
        # the central bank moves currencies and indexes: "bank" names no company again
        ("Sterling fell 0.5% after the central bank cut rates.", "0.5%", None),
    ],
)
def test_a_mover_named_again_as_a_company_is_one(ex, text: str, value: str, company: str | None) -> None:  # type: ignore[no-untyped-def]
    [r] = [r for r in ex.extract(text, lang="en") if r.text == value]
    assert r.company == company
    if company is not None:
        assert r.metric == "share_price"


def test_a_move_followed_by_a_statement_of_the_company_is_no_outlook(ex) -> None:  # type: ignore[no-untyped-def]
    [r] = ex.extract("Shares of Tarwick fell 3% as the retailer cut its forecast.", lang="en")
    assert (r.metric, r.kind) == ("share_price", "actual")
