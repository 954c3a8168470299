"""extractor.linking.company: the English rules for whose value it is (the Chinese ones
are in test_company_link.py)."""

from __future__ import annotations

from link_sentences import make_sentence, value

from extractor.linking.company import pick_company
from extractor.metrics import MetricMention


def test_the_subject_before_the_value_owns_it() -> None:
    s = make_sentence("Norvale Systems said bookings rose 8%.", companies=[("Norvale Systems", "Norvale")])
    assert pick_company(s, value(s, "8%"), None, "Default") == "Norvale"


def test_the_object_of_a_preposition_does_not() -> None:
    text = "The unit was sold to Brightwell Inc for $90 million."
    s = make_sentence(text, companies=[("Brightwell Inc", "Brightwell")])
    assert pick_company(s, value(s, "$90 million"), None, "Default") == "Default"


def test_the_company_attached_to_the_metric_owns_it() -> None:
    text = "Unlike Norvale Systems, Brightwell's revenue was $5 million."
    s = make_sentence(text, companies=[("Norvale Systems", "Norvale"), ("Brightwell's", "Brightwell")])
    a = text.index("revenue")
    metric = MetricMention(start=a, end=a + 7, text="revenue", metric="revenue")
    assert pick_company(s, value(s, "$5 million"), metric, "Default") == "Brightwell"


def test_no_company_gives_the_default() -> None:
    s = make_sentence("Bookings rose 8%.")
    assert pick_company(s, value(s, "8%"), None, "Default") == "Default"
    assert pick_company(s, value(s, "8%"), None, None) is None


def test_an_investor_in_a_round_is_not_the_documents_company(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("The start-up raised $80 million in a Series C round led by Sequoia.", lang="en")
    assert [(r.metric, r.company) for r in recs] == [("funding", None)]
    recs = ex.extract("Nvidia, backed by SoftBank, said revenue rose 20% to $30 billion.", lang="en")
    assert {r.company for r in recs} == {"Nvidia"}


def test_the_recipient_of_pledged_shares_is_not_their_company(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract("公司控股股东王五将其持有的本公司800万股股份质押给国泰君安，占其所持股份的21.5%。", lang="zh")
    assert [r.text for r in recs] == ["800万股", "21.5%"]
    assert all(r.company != "国泰君安" for r in recs)
    recs = ex.extract("甲乙科技(300999)公告，控股股东将1500万股质押给中信证券。", lang="zh")
    assert [r.company for r in recs] == ["甲乙科技"]
