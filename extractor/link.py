"""Linking, kept as an import path: the decisions are in :mod:`extractor.linking`, one
module each (metric, change, kind, period, company)."""

from __future__ import annotations

from .linking import (
    METRIC_UNIT_OK,
    Link,
    Sentence,
    is_reference,
    is_statement_date,
    link_sentence,
    most_frequent_company,
)
from .linking.change import _CHANGE, _CHANGE_BEFORE, _FROM_BEFORE, _LEVEL_BEFORE
from .linking.metric_phrase import _FOR_END, _OTHER_PHRASE, _VERB_BEFORE, _VERB_FOR
from .linking.units import unit_class
from .linking.windows import _last_chars, _last_words

__all__ = [
    "METRIC_UNIT_OK",
    "Link",
    "Sentence",
    "is_reference",
    "is_statement_date",
    "link_sentence",
    "most_frequent_company",
    "unit_class",
]
# the end-anchored cue patterns and window helpers, for the test that checks them
_ENDS_ANCHORED = (_CHANGE, _CHANGE_BEFORE, _FROM_BEFORE, _LEVEL_BEFORE, _FOR_END, _OTHER_PHRASE,
                  _VERB_BEFORE, _VERB_FOR, _last_chars, _last_words)
