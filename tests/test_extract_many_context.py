"""extract_many(as_tuples=True): per-document context (id, lang, doc_date, company, period)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import extractor

DOCS = [
    ("Revenue was $5 million.", {"id": "a", "period": "FY2019", "company": "Acme"}),
    ("去年营收1亿元。", {"id": "b", "doc_date": "2016-06-24", "lang": "zh"}),
    ("Revenue was $7 million.", {"id": "c", "note": "kept"}),
]


def _summary(results):  # type: ignore[no-untyped-def]
    return [
        (ctx["id"], [(r.value, r.company, r.period and r.period.label) for r in recs])
        for recs, ctx in results
    ]


EXPECTED = [
    ("a", [(Decimal(5000000), "Acme", "FY2019")]),
    ("b", [(Decimal(100000000), None, "2015")]),
    ("c", [(Decimal(7000000), None, None)]),
]


def test_contexts_set_arguments_per_document_and_are_kept(ex) -> None:  # type: ignore[no-untyped-def]
    out = list(ex.extract_many(iter(DOCS), as_tuples=True))
    assert _summary(out) == EXPECTED
    assert [ctx for _, ctx in out] == [c for _, c in DOCS]
    assert out[2][1] is DOCS[2][1]  # the same object comes back


def test_contexts_in_worker_processes(ex) -> None:  # type: ignore[no-untyped-def]
    out = list(ex.extract_many(DOCS * 3, as_tuples=True, n_process=2, batch_size=2))
    assert _summary(out) == EXPECTED * 3


def test_context_overrides_batch_argument(ex) -> None:  # type: ignore[no-untyped-def]
    out = list(ex.extract_many(DOCS, as_tuples=True, company="Zyxcorp"))
    assert [recs[0].company for recs, _ in out] == ["Acme", "Zyxcorp", "Zyxcorp"]


def test_module_level_function_accepts_tuples() -> None:
    ((recs, ctx),) = list(extractor.extract_many([DOCS[0]], as_tuples=True))
    assert ctx["id"] == "a" and recs[0].period is not None and recs[0].period.label == "FY2019"


def test_bad_context_value_is_reported_and_batch_goes_on(ex) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, str]] = []
    docs = [("Revenue was $5 million.", {"id": "x", "period": "not a period"}), DOCS[2]]
    out = list(ex.extract_many(docs, as_tuples=True, on_error=lambda i, e: seen.append((i, str(e)))))
    assert [(ctx["id"], len(recs)) for recs, ctx in out] == [("x", 0), ("c", 1)]
    assert seen and seen[0][0] == 0 and "period" in seen[0][1]


def test_not_a_pair_is_a_type_error(ex) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="pair"):
        list(ex.extract_many(["just text"], as_tuples=True))
    with pytest.raises(TypeError, match="dict"):
        list(ex.extract_many([("text", ["not", "a", "dict"])], as_tuples=True))
