"""Kind: is a value an actual result, guidance (an outlook) or a target (a long-term goal)?"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Literal

from ..lang import get_language
from ..normalize.prefilter import with_first_chars
from ..quantities import Quantity
from ..segment import clause_bounds
from .cues import per_language
from .sentence import Sentence

_EN = get_language("en")
_ZH = get_language("zh")


def _en_first_char(cues: dict[str, re.Pattern[str]], k: int = 1) -> dict[str, re.Pattern[str]]:
    """``cues`` with the English one led by a lookahead of its first ``k`` characters: the
    same matches, about 2x faster on English sentences (the short Chinese ones gain nothing)."""
    return {**cues, "en": with_first_chars(cues["en"], k)}


# (searched in every sentence with a value: four characters pass by more words than one)
_GUIDANCE = _en_first_char(per_language("KIND_GUIDANCE"), 4)
_TARGET = _en_first_char(per_language("KIND_TARGET"))


# cue words that look back at a result rather than ahead: "as expected", "better than we
# anticipated", "in line with our guidance", "exceeded our outlook"
_PAST_CUE = _en_first_char(per_language("KIND_LOOKS_BACK"))
# a new subject after a value starts another statement: "we now have 41,000 customers and
# we expect that number to grow" (the value is not what is expected)
_NEW_SUBJECT = re.compile(_EN.regex("KIND_NEW_SUBJECT"), re.IGNORECASE)
_COMPARED_WITH = re.compile(_EN.regex("KIND_COMPARED_WITH"), re.IGNORECASE)


def target_cues(s: Sentence) -> list[int]:
    """Where the sentence says "target", "aim", "long-term model" (目标): a cue governs
    the values after it and those before it in its own clause."""
    return [m.start() for m in _TARGET[s.lang].finditer(s.text)]


def guidance_cues(s: Sentence) -> list[int]:
    """Where the sentence's guidance cues start, leaving out those that look back."""
    found = [m.start() for m in _GUIDANCE[s.lang].finditer(s.text)]
    if not found:
        return found  # (no cue: the cues that look back need not be looked for)
    past = [(m.start(), m.end()) for m in _PAST_CUE[s.lang].finditer(s.text)]
    return [i for i in found if not any(a <= i < b for a, b in past)]


# right before the expected figure a result is compared with (高于预期的48亿元)
_EXPECTED_BEFORE_EN = re.compile(_EN.regex("KIND_EXPECTED_BEFORE"), re.IGNORECASE)
_EXPECTED_BEFORE_ZH = re.compile(_ZH.regex("KIND_EXPECTED_BEFORE"))


_EXPECTATION_CHARS = frozenset("预預期")  # every expectation word holds one (预期, 预测, 期望)


def expected_before_zh(text: str, start: int, end: int) -> bool:
    """Does an expectation phrase end at ``end`` ("高于市场预期的", "市场预期为"), looked for
    from ``start``? (A character test first: most windows hold no expectation word.)"""
    if not _has_expectation_chars(text) or _EXPECTATION_CHARS.isdisjoint(text[start:end]):
        return False
    return _EXPECTED_BEFORE_ZH.search(text, start, end) is not None


@functools.lru_cache(maxsize=256)
def _has_expectation_chars(text: str) -> bool:
    """Does a sentence hold 预, 預 or 期 at all? (Asked for each of its values.)"""
    return not _EXPECTATION_CHARS.isdisjoint(text)


def expected_figure(s: Sentence, q: Quantity) -> bool:
    """Is ``q`` the figure that was expected ("高于市场预期的48亿元", "市场预期为48亿元",
    "beating estimates of $24.6 billion", "versus the consensus of $1.10"), not a result?"""
    if s.lang == "en":
        return _EXPECTED_BEFORE_EN.search(s.text, max(0, q.start - 40), q.start) is not None
    return expected_before_zh(s.text, max(0, q.start - 16), q.start)


def kind_of(
    s: Sentence, q: Quantity, target_at: Sequence[int], guidance_at: Sequence[int]
) -> Literal["actual", "guidance", "target"]:
    """target / guidance when a cue stands before the value, or after it in its clause
    with no new subject and no comparison between ("$715 million is expected", not
    "41,000 customers, and we expect more", not "$4.5bn vs. $4.3bn expected"); the
    expected figure of a comparison is guidance ("高于预期的48亿元")."""
    if expected_figure(s, q):
        return "guidance"
    if not target_at and not guidance_at:
        return "guidance" if _range_ahead(s, q) else "actual"
    clause_end = clause_bounds(s.text, q.start, s.lang)[1]

    def governs(at: Sequence[int]) -> bool:
        return any(
            (i < q.start and (s.lang != "en" or not _CLAUSE_TURN.search(s.text, i, q.start)))
            or (
                q.end <= i < clause_end
                and (
                    s.lang != "en"
                    or not _NEW_SUBJECT.search(s.text, q.end, i)
                    and not _COMPARED_WITH.search(s.text, q.end, i)
                )
            )
            for i in at
        )

    if governs(target_at):
        return "target"
    if not governs(guidance_at):
        return "guidance" if _range_ahead(s, q) else "actual"
    # expected compound growth over years is a long-term model: "we expect to grow EPS at a
    # compound annual rate of 6% to 8% through 2025"
    return "target" if s.lang == "en" and _COMPOUND.search(s.text) else "guidance"


# a turn to another statement between a cue and a value ("... cut its forecast, while
# Airbus gained 1.2%"): the cue does not reach past it
_CLAUSE_TURN = re.compile(_EN.regex("KIND_CLAUSE_TURN"), re.IGNORECASE)
_RANGE_WORD = re.compile(_EN.regex("KIND_RANGE_WORD"))
_PAST_VERB = re.compile(_EN.regex("KIND_PAST_VERB"))


def _range_ahead(s: Sentence, q: Quantity) -> bool:
    """A range of values said as "a range of X to Y" in a sentence with no past tense:
    the way calls state an outlook ("This translates into an adjusted EPS range of $6.01 to
    $6.06"; "we are increasing our core FFO to a range of $1.67 to $1.71")."""
    if s.lang != "en" or q.value_high is None:
        return False
    last = max((m for m in s.metrics if m.end <= q.start), key=lambda m: m.end, default=None)
    if last is not None and last.metric == "interest_rate" and q.unit == "%":
        return False  # "raised rates by 25 bps to a range of 5.25%-5.50%": the rate set
    a = clause_bounds(s.text, q.start, s.lang)[0]
    return bool(_RANGE_WORD.search(s.text, a, q.start)) and not _PAST_VERB.search(s.text)


_COMPOUND = re.compile(_EN.regex("KIND_COMPOUND"))
