"""Build a linker's :class:`Sentence` from a text written for a test: its quantities and
periods found as the pipeline finds them, its metric phrases and companies given."""

from __future__ import annotations

from collections.abc import Sequence

from extractor.companies import CompanyMention
from extractor.link import Sentence
from extractor.metrics import MetricMention
from extractor.normalize.periods import PeriodContext, find_periods
from extractor.quantities import Quantity, find_quantities


def make_sentence(
    text: str,
    lang: str = "en",
    metrics: Sequence[tuple[str, str]] = (),
    companies: Sequence[tuple[str, str]] = (),
) -> Sentence:
    """``metrics``: (phrase, metric id); ``companies``: (written name, canonical name);
    each is looked up at its first occurrence in ``text``."""
    mets = []
    for phrase, metric in metrics:
        a = text.index(phrase)
        mets.append(MetricMention(start=a, end=a + len(phrase), text=phrase, metric=metric))
    comps = []
    for written, name in companies:
        a = text.index(written)
        comps.append(CompanyMention(a, a + len(written), written, name, None, "gazetteer"))
    return Sentence(
        text=text,
        offset=0,
        lang=lang,  # type: ignore[arg-type]
        para_index=0,
        quantities=find_quantities(text, lang),  # type: ignore[arg-type]
        periods=find_periods(text, lang, PeriodContext()),  # type: ignore[arg-type]
        metrics=sorted(mets, key=lambda m: m.start),
        companies=sorted(comps, key=lambda c: c.start),
    )


def value(s: Sentence, written: str) -> Quantity:
    """The quantity of ``s`` written ``written``."""
    [q] = [q for q in s.quantities if q.text == written]
    return q
