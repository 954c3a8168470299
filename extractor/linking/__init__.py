"""Linking: give each quantity its metric, change, kind, period and company (pure, no spaCy).

The unit of work is one sentence with the mentions found in it (quantities, metric
phrases, periods, companies). Every decision looks only at the sentence's own text and
at document-level context handed in explicitly (default company, the period carried from
earlier sentences), so each record stays traceable to the text it came from.

One module per decision, each reading its cue words from ``extractor/lang/<code>/link.py``:
:mod:`.metric` and :mod:`.metric_phrase` (what the value measures), :mod:`.change` (a
change or a level), :mod:`.kind` (actual, guidance or target), :mod:`.period` and
:mod:`.company`; :mod:`.sentence_link` runs them for each value of a sentence. The shared
types are in :mod:`.sentence`, which imports none of them.
"""

from __future__ import annotations

from .period import is_reference, is_statement_date
from .sentence import Lang, Link, Sentence
from .sentence_link import link_sentence, most_frequent_company
from .units import METRIC_UNIT_OK

__all__ = [
    "METRIC_UNIT_OK",
    "Lang",
    "Link",
    "Sentence",
    "is_reference",
    "is_statement_date",
    "link_sentence",
    "most_frequent_company",
]
