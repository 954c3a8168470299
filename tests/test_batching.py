"""extract_many batches the spaCy stage over many documents, and NER runs only where
the rules cannot tell whose value it is; the records stay those of a per-document run."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import Extractor
from extractor.bench_inputs import en_calls, en_news, en_news_gold, zh_articles, zh_news
from extractor.companies import CompanyFinder
from extractor.entities import may_name_org as _may_name_org
from extractor.entities import surely_aligned as _surely_aligned
from extractor.mentions import Job as _Job
from extractor.quantities import find_quantities

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


class _EveryNer(Extractor):
    """Today's reading before the change: NER on every English sentence with a value."""

    def _plan_ner(self, job: _Job) -> None:
        for s in job.sentences:
            s.needs_ner = s.lang == "en" and bool(s.quantities)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _docs() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return [*seeds, *en_news(120, seed=3), *en_calls(1, seed=3), *zh_news(80, seed=3), *zh_articles(1, seed=3)]


def test_extract_many_gives_the_records_of_one_document_at_a_time(ex: Extractor) -> None:
    docs = _docs()
    one_by_one = [ex.extract(d) for d in docs]
    batched = list(ex.extract_many(docs))
    assert batched == one_by_one
    assert sum(map(len, batched)) > 300  # the inputs do hold values
    for d, recs in zip(docs, batched):
        assert all(d[r.start : r.end] == r.text for r in recs)


def test_a_bad_document_in_a_batch_is_reported_and_the_rest_go_on(ex: Extractor) -> None:
    docs: list[object] = [*en_news(5, seed=4), None, b"bytes", *en_news(5, seed=5)]
    errors: list[tuple[int, str]] = []
    out = list(ex.extract_many(docs, on_error=lambda i, e: errors.append((i, type(e).__name__))))  # type: ignore[arg-type]
    assert errors == [(5, "TypeError"), (6, "TypeError")]
    assert out[5] == [] and out[6] == []
    assert out[:5] == [ex.extract(d) for d in docs[:5]]  # type: ignore[arg-type]


def test_ner_runs_only_where_no_rule_names_the_company(ex: Extractor) -> None:
    def needs(text: str, **kw: object) -> list[bool]:
        job = ex._prepare(text, None, None, kw.get("company"), None, None)  # type: ignore[arg-type]
        assert job is not None
        return [s.needs_ner for s in job.sentences]

    assert needs("Apple said revenue rose 5% to $90 billion.") == [False]  # gazetteer
    assert needs("Kestrel Energy Holdings said revenue rose 5%.") == [False]  # subject
    assert needs("Gross margin widened to 53.7% from 48.6%.") == [False]  # nobody to find
    assert needs("Revenue at Quillfeather rose 5%.", company="Acme") == [False]  # the caller's
    assert needs("Revenue at Quillfeather rose 5%.") == [True]
    assert needs("Quillfeather said it has 5 new products.") == [True]  # a count is a value too
    # no digit, no numeral: no value, no work at all
    assert ex._prepare("Quillfeather said it has no debt.", None, None, None, None, None) is None
    assert ex._prepare("营收一亿元。", None, None, None, None, None) is not None
    assert ex._prepare("Revenue was one million dollars.", None, None, None, None, None) is not None
    assert ex._prepare("营收１亿元。", None, None, None, None, None) is not None
    assert needs(CALL_HEAD + "Revenue at Quillfeather rose 5%.") [-1] is False  # the call's


CALL_HEAD = "Acme Corp (ACME) Q2 2021 Earnings Call Transcript\n\nJane Roe -- Chief Financial Officer\n\n"


def test_sentence_subject_company() -> None:
    f = CompanyFinder.load()
    assert f.subject_en("Shares of Meridian Health slid 16.4% on Monday.").name == "Meridian Health"  # type: ignore[union-attr]
    assert f.subject_en("Orchard Retail's sales dropped 4%.").name == "Orchard Retail"  # type: ignore[union-attr]
    assert f.subject_en("Summit Ridge Bancorp Co. said it would cut 300 jobs.").name == "Summit Ridge Bancorp"  # type: ignore[union-attr]
    assert f.subject_en("John Smith said revenue rose 5%.") is None
    assert f.subject_en("Revenue rose 5%, Acme Corp. said.") is None  # not the subject


def test_may_name_org() -> None:
    assert not _may_name_org("Gross margin widened to 53.7% in the third quarter of 2021.")
    assert not _may_name_org("The company expects EPS of $1.31 on Monday, December 30.")
    # a data vendor's credit names the figure's source, not a company: no model needed
    assert not _may_name_org("Analysts had expected revenue of $874 million, according to LSEG data.")
    assert not _may_name_org("Sales of $3.1 billion topped the FactSet consensus of $3 billion.")
    assert not _may_name_org("Data compiled by Bloomberg put the figure at $2 billion.")
    assert _may_name_org("Revenue at Quillfeather rose 5%.")
    # a vendor outside a credit may be anyone's name; a name beside the credit still counts
    assert _may_name_org("LSEG Data & Analytics revenue rose 5%.")
    assert _may_name_org("Quillfeather earned $2 million, according to Refinitiv data.")


def test_surely_aligned_agrees_with_the_tokenizer(ex: Extractor) -> None:
    analyzer = ex._analyzer("en")
    assert analyzer is not None
    texts = [*en_news(300, seed=8), *en_calls(1, seed=8)[0].split("\n"),
             "the 5B. You've", "ABC12 rose", "(5%) and 7%, also $3.2 billion.", "COVID-19 cost $5m."]
    checked = 0
    for t in texts:
        spans = [(q.start, q.end) for q in find_quantities(t, "en")]
        if not spans:
            continue
        truth = analyzer.align([t], [spans])[0]
        for (a, b), ok in zip(spans, truth):
            if _surely_aligned(t, a, b):
                checked += 1
                assert ok, (t, t[a:b])
    assert checked > 500


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The group sold the unit for £2.7m.", "£2.7m"),
        ("Revenue was $5m. Profit was $2m.", "$5m"),
        ("Revenue was $5m. Profit was $2m.", "$2m"),
        ("Sales hit US$7.7bn.", "US$7.7bn"),
        ("It raised $300k.", "$300k"),
        ("Revenue: $5M.", "$5M"),
        ('"It cost us $12m." he said', "$12m"),
    ],
)
def test_a_value_before_a_full_stop_the_tokenizer_keeps_is_a_record(
    ex: Extractor, text: str, value: str
) -> None:
    # spaCy keeps the stop on "5m." (an abbreviation, like "Inc."): the value ends before it
    assert value in [r.text for r in ex.extract(text)]


def test_a_number_inside_a_word_before_a_full_stop_is_no_value(ex: Extractor) -> None:
    assert ex.extract("Sales of the ABC12. rose") == []


def test_company_accuracy_did_not_drop_on_news_and_call_sentences() -> None:
    """Companies found by the rules instead of NER: at least as often right as NER's."""
    f = CompanyFinder.load()
    gold = en_news_gold()
    call = (
        "Kestrel Energy Holdings (KEH) Q3 2022 Earnings Call Transcript\n\n"
        "Dana Whitfield -- Chief Financial Officer\n\n"
        "Total revenue was $412 million, up 12% year-over-year. At Harbor Freight Lines, our "
        "largest customer, volumes rose 8%. Gross margin was 41.5%, and free cash flow was "
        "$88 million. Quarterly dividends from Northwind Logistics added $4 million.\n"
    )

    def accuracy(extractor: Extractor) -> float:
        ok = n = 0
        for (text, company), recs in zip(gold, extractor.extract_many([t for t, _ in gold])):
            for r in recs:
                n, ok = n + 1, ok + (r.company == f.canonical(company))
        for r in extractor.extract(call):
            n, ok = n + 1, ok + (r.company == "Kestrel Energy")
        return ok / n

    before, after = accuracy(_EveryNer()), accuracy(Extractor())
    assert after >= before
    assert after > 0.85


_BRIEFS = [
    ("BRIEF-Quillfeather reports Q2 revenue $41.2 million", "Quillfeather"),
    ("BRIEF-Tollgate Systems says Q4 sales rose 12%", "Tollgate Systems"),
    ("BRIEF-Harlow Foods sees FY24 EPS $2.10-$2.30", "Harlow Foods"),
    ("BRIEF-Wexford Mills Q1 net income $12.4 million", "Wexford Mills"),
    ("BRIEF-Borlund Works raises dividend to $0.30 a share", "Borlund Works"),
    ("BRIEF-Orsolo Resources announces $25 million private placement", "Orsolo Resources"),
    ("BRIEF-Cinderwood Pharmaceuticals to cut 400 jobs, 8% of staff", "Cinderwood Pharmaceuticals"),
    ("BRIEF-Zentra posts Q3 loss of $1.2 million", "Zentra"),
    ("BRIEF-Vantor Dynamics Inc reports Q3 adjusted EPS $0.41", "Vantor Dynamics"),
]


def test_a_brief_headline_names_its_company_without_the_model(ex: Extractor) -> None:
    """"BRIEF-<name> <verb>": the form gives the company, as right as NER on every sentence."""
    f = CompanyFinder.load()

    def needs(text: str) -> list[bool]:
        job = ex._prepare(text, None, None, None, None, None)  # type: ignore[arg-type]
        assert job is not None
        return [s.needs_ner for s in job.sentences]

    assert all(needs(t) == [False] for t, _ in _BRIEFS)
    texts = [t for t, _ in _BRIEFS]

    def right(extractor: Extractor) -> int:
        return sum(
            r.company == f.canonical(c) for (_, c), recs in zip(_BRIEFS, extractor.extract_many(texts)) for r in recs
        )

    n = sum(len(ex.extract(t)) for t in texts)
    assert right(ex) == n >= right(_EveryNer())
    # a person's brief, or a possessive that may be the name's own, is still the model's
    assert needs("BRIEF-Jane Doe reports 5.1% stake in Quillfeather") == [True]
    assert needs("BRIEF-Moody's says Acme outlook cut; sees 2% default rate") == [True]


def test_worker_chunks_close_at_a_character_budget() -> None:
    from extractor.batch import CHUNK_CHARS, InContext, _take

    long = "x" * (CHUNK_CHARS // 2 + 1)
    it = iter([long, long, long, "short"])
    # two long texts pass the budget: the chunk closes there, the rest waits
    assert _take(it, 64) == [long, long]
    assert _take(it, 64) == [long, "short"]
    assert _take(it, 64) == []
    # a text carried with its context counts by its text; a non-text counts as nothing
    it2 = iter([InContext(long, {}), 7, InContext(long, {}), "a"])
    assert len(_take(it2, 64)) == 3
    # the document count still closes a chunk of short texts
    assert _take(iter(["a"] * 10), 4) == ["a"] * 4


def test_long_documents_over_two_workers_give_the_records_of_one() -> None:
    from extractor.batch import CHUNK_CHARS

    para = "Revenue rose 12% to $4.5 billion in the third quarter, and EPS was $1.23. "
    doc = para * (CHUNK_CHARS // len(para) + 1)  # each document is a chunk of its own
    docs = [doc, doc.replace("12%", "15%"), doc.replace("$1.23", "$2.01")]
    ex = Extractor()
    one = list(ex.extract_many(docs))
    assert list(ex.extract_many(docs, n_process=2)) == one
    assert {r.text for r in one[1]} >= {"15%"}
