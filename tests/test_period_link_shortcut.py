"""A sentence's own periods (those that are no reference) are worked out once per
sentence: every value gets the period it gets when they are worked out for it alone."""

from __future__ import annotations

import pytest

from extractor.document import read_document
from extractor.linking import period
from extractor.mentions import Finders, build_sentences
from extractor.pipeline import Extractor

SENTENCES = [
    ("Revenue was $5.1 million in 2023, up 12% versus 2022, and costs were $2 million.", "en"),
    ("Sales rose 8% to $40 million in the third quarter compared with last year's $37 million.", "en"),
    ("Net income fell to $3 million from $4 million in 2021; in 2022 margin was 12%.", "en"),
    ("Over the next 3 years we expect $9 million of savings and $2 million in fiscal 2024.", "en"),
    ("Adjusted EBITDA was $8 million, or 14%, against $6 million a year ago.", "en"),
    ("2023年营业收入为12亿元，较上年同期的10亿元增长20%，净利润3亿元。", "zh"),
    ("甲乙科技2022年上半年净利润5000万元，同比增长15%，去年同期为4300万元。", "zh"),
    ("截至2023年6月30日，公司累计回购股份200万股，支付总金额1.5亿元。", "zh"),
]


def _sentences(text: str, lang: str) -> list:  # type: ignore[type-arg]
    ex = Extractor(use_ner=False)
    doc = read_document(text, lang=lang)  # type: ignore[arg-type]
    return build_sentences(doc, lang, None, False, Finders(ex.metrics, ex.companies, ex.currencies))  # type: ignore[arg-type]


def _pick_alone(s, q, carried):  # type: ignore[no-untyped-def]
    period._own = None  # nothing remembered: worked out for this value
    return period.pick_period(s, q, carried)


@pytest.mark.parametrize(("text", "lang"), SENTENCES)
def test_every_value_gets_the_period_it_gets_alone(text: str, lang: str) -> None:
    sents = _sentences(text, lang)
    assert any(s.quantities and s.periods for s in sents)
    for carried in (None, *[p.period for s in sents for p in s.periods][:1]):
        for s in sents:
            alone = [_pick_alone(s, q, carried) for q in s.quantities]
            together = [period.pick_period(s, q, carried) for q in s.quantities]
            assert together == alone


def test_own_periods_are_not_taken_from_another_sentence() -> None:
    a = _sentences("Revenue was $5 million in 2023 versus $4 million in 2022.", "en")[0]
    b = _sentences("Costs were $2 million in 2021 versus $3 million in 2020.", "en")[0]
    pa = [period.pick_period(a, q, None) for q in a.quantities]
    pb = [period.pick_period(b, q, None) for q in b.quantities]
    assert [period.pick_period(a, q, None) for q in a.quantities] == pa
    assert {p.label for p in pa if p} != {p.label for p in pb if p}
    usable = period._period_facts(a)[0]
    assert period._own_periods(a, usable) == [p for p in usable if not period.is_reference(a, p)]
