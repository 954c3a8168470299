"""A market report names several subjects, each its own: a commodity's or a currency's
move belongs to no company, an index is no company, and no name mentioned as often as
another is every value's default. Texts are written for these tests."""

from __future__ import annotations

from extractor import extract

WRAP = (
    "Quellbury jumped 5.1% after the miner lifted its output goal. "
    "Spot gold slipped 0.6% to $2,310.40 an ounce. "
    "Tarwick Foods said quarterly sales rose 3%. "
    "The yield on 10-year gilts rose 4 basis points to 4.12%."
)


def _companies(text: str) -> dict[str, str | None]:
    return {r.text: r.company for r in extract(text, lang="en")}


def test_each_name_owns_its_sentence_and_the_rest_belong_to_none() -> None:
    got = _companies(WRAP)
    assert got["5.1%"] == "Quellbury"
    assert got["3%"] == "Tarwick Foods"
    assert got["0.6%"] is None  # gold's move
    assert got["4 basis points"] is None and got["4.12%"] is None  # no name is the report's subject


def test_a_commodity_s_move_is_no_company_s_even_in_a_company_s_story() -> None:
    text = "Tarwick Foods said sales rose 3%. Tarwick Foods expects margins to improve. Brent crude fell 1.2%."
    assert _companies(text)["1.2%"] is None


def test_one_subject_mentioned_most_stays_every_value_s() -> None:
    text = "Tarwick Foods said sales rose 3%. Tarwick Foods cut costs. Quellbury was not named. Margins were 12%."
    got = _companies(text)
    assert got["12%"] == "Tarwick Foods"
