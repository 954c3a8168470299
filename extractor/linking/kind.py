"""Kind: is a value an actual result, guidance (an outlook) or a target (a long-term goal)?"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ..quantities import Quantity
from ..segment import clause_bounds
from .sentence import Sentence

_GUIDANCE = {
    "en": re.compile(
        r"\b(?:guid(?:e|ed|ance|ing)|outlook|expect(?:s|ed|ing)?|sees|we (?:now |still )?see|forecast\w*|"
        r"anticipat\w+|project(?:s|ed|ing)|(?:we|i|management)\s+(?:now\s+)?estimate|estimating|(?:estimated|expected|projected|"
        r"forecasted) to|to be (?:between|in the range|approximately|about|around|roughly|flat|"
        r"up|down)|will be|we'll|going to be|"
        r"(?:we|i|they|company|management)\s+(?:now\s+|also\s+|still\s+)?plan(?:s|ned)?\s+to|should be|raising|reaffirm\w*|reiterat\w*)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"预计|預計|预期|預期|指引|指导|指導|展望|有望|将达|將達|计划|計劃|料将|預估|预估"),
}
_TARGET = {
    "en": re.compile(
        r"\b(?:target(?:s|ed|ing)?|commitment to|committed to|aim(?:s|ing)? (?:to|for)|goal of|ambition"
        r"|long[- ]term (?:(?:financial|growth|operating|earnings|business) )?(?:model|framework|goal|target"
        r"|algorithm|plan|outlook|objective|aspiration|ambition)s?"
        r"|(?:multi[- ]year|three[- ]year|five[- ]year) (?:plan|model|framework|targets?|goals?))\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"目标|目標|力争|力爭"),
}


# cue words that look back at a result rather than ahead: "as expected", "better than we
# anticipated", "in line with our guidance", "exceeded our outlook"
_PAST_CUE = {
    "en": re.compile(
        r"\bas\s+(?:we\s+|had\s+been\s+|previously\s+)?(?:expected|anticipated|projected|forecast(?:ed)?|guided)"
        r"|\bthan[\s-]+(?:we\s+|had\s+been\s+|originally\s+|previously\s+|initially\s+)?(?:had\s+)?"
        r"(?:expected|anticipated|projected|forecast(?:ed)?|guided|planned)"
        r"|\b(?:in\s+line\s+with|within|above|below|ahead\s+of|exceed(?:ed|ing|s)?|beat|surpass(?:ed|ing)?"
        r"|met|meets?|missed|top\s+of|(?:high|low|upper|lower)\s+end\s+of|(?:midpoint|middle)\s+of"
        r"|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?(?:(?:high|low|upper|lower)"
        r"\s+end\s+of\s+)?(?:our\s+|the\s+|its\s+|their\s+)?(?:prior\s+|previous\s+|original\s+|initial\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:guidance|outlook|expectations?|forecasts?|projections?)",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"符合预期|符合預期|超出预期|超出預期|超预期|超預期|低于预期|低於預期|高于预期|高於預期"),
}
# a new subject after a value starts another statement: "we now have 41,000 customers and
# we expect that number to grow" (the value is not what is expected)
_NEW_SUBJECT = re.compile(r"\b(?:we|i|they|you|he|she|management)\b", re.IGNORECASE)


def _guidance_cues(s: Sentence) -> list[int]:
    """Where the sentence's guidance cues start, leaving out those that look back."""
    past = [(m.start(), m.end()) for m in _PAST_CUE[s.lang].finditer(s.text)]
    return [
        m.start() for m in _GUIDANCE[s.lang].finditer(s.text)
        if not any(a <= m.start() < b for a, b in past)
    ]


def _kind_of(
    s: Sentence, q: Quantity, target_at: Sequence[int], guidance_at: Sequence[int]
) -> Literal["actual", "guidance", "target"]:
    """target / guidance when a cue stands before the value, or after it in its clause
    with no new subject between ("$715 million is expected", not "41,000 customers, and
    we expect more")."""
    if not target_at and not guidance_at:
        return "guidance" if _range_ahead(s, q) else "actual"
    clause_end = clause_bounds(s.text, q.start, s.lang)[1]

    def governs(at: Sequence[int]) -> bool:
        return any(
            i < q.start
            or (i < clause_end and (s.lang != "en" or not _NEW_SUBJECT.search(s.text, q.end, i)))
            for i in at
        )

    if governs(target_at):
        return "target"
    if not governs(guidance_at):
        return "guidance" if _range_ahead(s, q) else "actual"
    # expected compound growth over years is a long-term model: "we expect to grow EPS at a
    # compound annual rate of 6% to 8% through 2025"
    return "target" if s.lang == "en" and _COMPOUND.search(s.text) else "guidance"


_RANGE_WORD = re.compile(r"(?i)\brange\s+(?:of|from|between)\s+(?:approximately\s+|about\s+)?$")
_PAST_VERB = re.compile(
    r"(?i)\b(?:was|were|had|came\s+in|ended|grew|rose|fell|declined|increased|decreased|reported"
    r"|delivered|generated|achieved|posted|recorded|totaled|totalled|ranged)\b"
)


def _range_ahead(s: Sentence, q: Quantity) -> bool:
    """A range of values said as "a range of X to Y" in a sentence with no past tense:
    the way calls state an outlook ("This translates into an adjusted EPS range of $6.01 to
    $6.06"; "we are increasing our core FFO to a range of $1.67 to $1.71")."""
    if s.lang != "en" or q.value_high is None:
        return False
    a = clause_bounds(s.text, q.start, s.lang)[0]
    return bool(_RANGE_WORD.search(s.text, a, q.start)) and not _PAST_VERB.search(s.text)


_COMPOUND = re.compile(r"(?i)\bcompound(?:ed)?\s+annual|\bCAGR\b|\bcompounded\b")
