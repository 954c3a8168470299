"""A spaCy pipeline component: ``nlp.add_pipe("financial_records")``.

For users who already run a spaCy pipeline (English or Chinese). The factory is
registered through spaCy's ``spacy_factories`` entry point, so ``add_pipe`` finds it after
``pip install extractor`` without importing ``extractor`` first.

The component reads ``doc.text`` with an :class:`extractor.Extractor` and

- puts the records on ``doc._.records`` (a list of :class:`extractor.Record`),
- puts their spans in ``doc.spans["financial_values"]`` (label: the metric id),
- reuses the pipeline's own work instead of loading a second model: the entities of
  ``doc.ents`` (ORG, PERSON) when the pipeline has an entity recognizer placed before
  it, and the pipeline's own tokens for span alignment.

Both survive ``DocBin`` (with ``store_user_data=True``): the records are kept in
``doc.user_data`` as plain dicts and ``doc._.records`` rebuilds them.

>>> import spacy
>>> nlp = spacy.blank("zh")
>>> _ = nlp.add_pipe("financial_records")
>>> doc = nlp("2015年Twilio营收达到1.669亿美元。")
>>> [(r.metric, str(r.value)) for r in doc._.records]
[('revenue', '166900000')]
>>> [(s.text, s.label_) for s in doc.spans["financial_values"]]
[('1.669亿美元', 'revenue')]

Config: ``patterns`` (extra pattern directories), ``filing``, ``doc_date``,
``company``, ``period`` (as for :func:`extractor.extract`), ``spans_key``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from .nlp import Analyzer, EnglishAnalyzer, Entity, aligns
from .pipeline import Extractor
from .records import Record

__all__ = ["FinancialRecords", "make_financial_records"]

USER_DATA_KEY = "extractor.records"
DEFAULT_SPANS_KEY = "financial_values"


def _get_records(doc: Doc) -> list[Record]:
    return [Record.from_dict(d) for d in doc.user_data.get(USER_DATA_KEY, [])]


if not Doc.has_extension("records"):
    Doc.set_extension("records", getter=_get_records)


class _DocAnalyzer(Analyzer):
    """The caller's Doc as the analyzer: its entities and its tokens, no second model."""

    labels = EnglishAnalyzer.labels

    def __init__(self, doc: Doc, use_ents: bool) -> None:
        self.doc = doc
        self.use_ents = use_ents
        self.finds_entities = use_ents
        self._cursor = 0

    def process(
        self,
        sentences: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
        batch_size: int = 64,
    ) -> list[tuple[list[Entity], list[bool]]]:
        text = self.doc.text
        out: list[tuple[list[Entity], list[bool]]] = []
        cursor = 0
        for sent, sent_spans in zip(sentences, spans):
            off = text.find(sent, cursor)
            if off < 0:
                off = text.find(sent)
            if off < 0:  # not a substring (cannot happen for text the Doc holds): no help
                out.append(([], [True] * len(sent_spans)))
                continue
            cursor = off
            end = off + len(sent)
            ents: list[Entity] = []
            if self.use_ents:
                ents = [
                    (e.start_char - off, e.end_char - off, e.label_, e.text)
                    for e in self.doc.ents
                    if e.label_ in self.labels and off <= e.start_char and e.end_char <= end
                ]
            ok = [aligns(self.doc, off + a, off + b) for a, b in sent_spans]
            out.append((ents, ok))
        return out


class FinancialRecords:
    """The ``financial_records`` component (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        patterns: Sequence[str] = (),
        filing: bool | None = None,
        doc_date: str | None = None,
        company: str | None = None,
        period: str | None = None,
        spans_key: str = DEFAULT_SPANS_KEY,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.kwargs: dict[str, Any] = {
            "filing": filing, "doc_date": doc_date, "company": company, "period": period,
        }
        self.lang: Literal["en", "zh"] | None = (
            "en" if nlp.lang == "en" else "zh" if nlp.lang == "zh" else None
        )
        # the pipeline's NER replaces ours: never load a second English model
        self.extractor = Extractor(list(patterns), use_ner=True)

    def __call__(self, doc: Doc) -> Doc:
        names = self.nlp.pipe_names
        here = names.index(self.name) if self.name in names else len(names)
        use_ents = any(
            n in ("ner", "entity_ruler") or "ner" in n for n in names[:here]
        ) or bool(doc.ents)
        analyzer = _DocAnalyzer(doc, use_ents)
        ex = self.extractor
        ex._en = ex._zh = analyzer  # this Doc's entities and tokens, for this call only
        try:
            records = ex.extract(doc.text, lang=self.lang, **self.kwargs)
        finally:
            ex._en = ex._zh = None
        doc.user_data[USER_DATA_KEY] = [r.to_dict() for r in records]
        spans = []
        for r in records:
            span = doc.char_span(r.start, r.end, label=r.metric, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "financial_records",
    default_config={
        "patterns": [],
        "filing": None,
        "doc_date": None,
        "company": None,
        "period": None,
        "spans_key": DEFAULT_SPANS_KEY,
    },
)
def make_financial_records(
    nlp: Language,
    name: str,
    patterns: list[str],
    filing: bool | None,
    doc_date: str | None,
    company: str | None,
    period: str | None,
    spans_key: str,
) -> FinancialRecords:
    """The factory spaCy calls for ``nlp.add_pipe("financial_records", config={...})``."""
    return FinancialRecords(
        nlp, name, patterns=patterns, filing=filing, doc_date=doc_date, company=company,
        period=period, spans_key=spans_key,
    )
