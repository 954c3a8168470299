"""Change or level: is a value the amount a metric moved by (up/down) or the level it reached?"""

from __future__ import annotations

import re
from typing import Literal

from ..lang import get_language
from ..normalize.prefilter import with_first_chars
from ..quantities import Quantity
from .cues import per_language
from .kind import expected_before_zh
from .sentence import Sentence
from .units import unit_class
from .windows import _last_chars, _last_words

_EN = get_language("en")
_ZH = get_language("zh")

_UP_EN = _EN.regex("CHANGE_UP")
_DOWN_EN = _EN.regex("CHANGE_DOWN")
_UP_ZH = _ZH.regex("CHANGE_UP")
_DOWN_ZH = _ZH.regex("CHANGE_DOWN")

# the cues looked for at every position of a window start with a lookahead of the
# characters they can begin with (the same matches, fewer positions tried in full)
_CHANGE = {
    "en": (
        with_first_chars(re.compile(rf"\b(?:{_UP_EN})\b", re.IGNORECASE)),
        with_first_chars(re.compile(rf"\b(?:{_DOWN_EN})\b", re.IGNORECASE)),
    ),
    "zh": (re.compile(_UP_ZH), re.compile(_DOWN_ZH)),
}


def _searched(cues: dict[str, re.Pattern[str]]) -> dict[str, re.Pattern[str]]:
    return {lang: with_first_chars(rx) for lang, rx in cues.items()}


# A value right after these is the level the metric reached, not the change.
_LEVEL_BEFORE = _searched(per_language("CHANGE_LEVEL_BEFORE"))
_CHANGE_BEFORE = _searched(per_language("CHANGE_BEFORE"))
_CHANGE_AFTER = per_language("CHANGE_AFTER")  # matched at one position only
_FROM_BEFORE = _searched(per_language("CHANGE_FROM_BEFORE"))
_SHARE_VERB_BEFORE = with_first_chars(re.compile(_EN.regex("CHANGE_SHARE_VERB_BEFORE"), re.IGNORECASE))


_PLUS_SIGNED = re.compile(_EN.regex("CHANGE_PLUS_SIGN"))
_MINUS_SIGNED = re.compile(_EN.regex("CHANGE_MINUS_SIGN"))
_COMPARED_AFTER = re.compile(_EN.regex("CHANGE_COMPARED_AFTER"))
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (Latin, CJK, ...)


_IN_PHRASE_UP = per_language("CHANGE_IN_PHRASE_UP")
_IN_PHRASE_DOWN = per_language("CHANGE_IN_PHRASE_DOWN")


def phrase_direction(lang: str, phrase: str) -> Literal["up", "down"] | None:
    """The move a metric phrase says itself: "rate hike", "raised rates", 加息 (up); "rate
    cut", 降息 (down); None for a phrase that names only the metric."""
    if _IN_PHRASE_UP[lang].search(phrase):
        return "up"
    return "down" if _IN_PHRASE_DOWN[lang].search(phrase) else None


# a value labelled inside a bracket ("(2023: £1.8bn)", "（2023年：49亿元）")
_BRACKET_LABEL = re.compile(r"[(（;；][^()（）;；:：]{1,24}[:：]\s*$")


def _without_qualifier(before: str, q: Quantity) -> str:
    """The words before a value without its qualifier ("rose close to 9%", "grew in excess
    of 9%"): the verb is then right before it, as in "rose 9%"."""
    qt = q.qualifier_text
    if qt and before.endswith(qt, 0, len(before.rstrip())):
        return before[: len(before.rstrip()) - len(qt)]
    return before


def detect_change(s: Sentence, q: Quantity, left: int) -> Literal["up", "down"] | None:
    """Is ``q`` a change? Looks at the words between ``left`` and the value, and just after."""
    lang = s.lang
    if q.unit in ("%", "bp", "pp") and q.value >= 0 and _PLUS_SIGNED.match(q.text):
        return "up"  # "+4%", "plus 10% to plus 12%": the sign says it is a change
    if (
        q.unit in ("%", "bp", "pp")
        and q.value < 0
        and _MINUS_SIGNED.match(q.text)
        and _COMPARED_AFTER.match(s.text, q.end)
    ):
        return "down"  # "(-3% y/y)": a signed value compared with a year before
    before = s.text[left : q.start]
    if lang == "zh" and expected_before_zh(s.text, max(left, q.start - 16), q.start):
        return None  # "增长12%，高于预期的10%": the expected figure, no move of its own
    if not _LETTER.search(before):
        # every cue before a value is a word: without a letter only the words after it count
        m_after = _CHANGE_AFTER[lang].match(s.text[q.end : q.end + 40])
        return None if m_after is None else "up" if m_after.group("up") else "down"
    # the cues before are anchored at the window's end and span a few words: they are
    # looked for in its last words only (the same match, found without trying every position)
    # (English: a change cue spans up to 3 words, a level cue 6, a reference 2)
    # (each window found only when its cue is looked for)
    en = lang == "en"
    t_change = _last_words(before, 4) if en else _last_chars(before, 8)
    m_before = _CHANGE_BEFORE[lang].search(before, t_change)
    if m_before is None and q.qualifier_text and en and q.qualifier_text.lower() != "up to":
        # "rose close to 9%": the verb before the qualifier ("up to" is a limit: "can
        # increase up to $1 billion"; "growth in excess of 25%" is a growth rate's level)
        bare = _without_qualifier(before, q)
        if len(bare) < len(before):
            m_bare = _CHANGE_BEFORE[lang].search(bare, _last_words(bare, 4))
            if m_bare is not None and not m_bare.group().lower().startswith("growth"):
                m_before = m_bare
    if m_before and not (lang == "en" and m_before.group().strip().lower() == "by"):
        up_re, down_re = _CHANGE[lang]
        return (
            "down"
            if down_re.search(m_before.group()) and not up_re.search(m_before.group())
            else "up"
        )
    if _LEVEL_BEFORE[lang].search(before, _last_words(before, 7) if en else t_change):
        return None
    # (Chinese: 较上年同期的, a cue, a period, 的)
    if _FROM_BEFORE[lang].search(before, _last_words(before, 3) if en else _last_chars(before, 12)):
        return None
    m_after = _CHANGE_AFTER[lang].match(s.text[q.end : q.end + 40])
    if m_after:
        return "up" if m_after.group("up") else "down"
    if en and _SHARE_VERB_BEFORE.search(before, _last_words(before, 5)):
        return None  # "grew 14% ... and now represents 93% of revenue": a share's level
    if _BRACKET_LABEL.search(before):
        return None  # "rose to £2.1bn (2023: £1.8bn)": a comparative's figure, no move
    up_re, down_re = _CHANGE[lang]
    limit = 45 if lang == "en" else 14
    # the change word must be close to the value (no other clause in between); English
    # cues are whole words, so only those starting within the limit are looked for
    first = max(0, len(before) - limit) if lang == "en" else 0
    # nor before another value with a comparison between: "slipped 2% to $11.6 billion,
    # missing the $11.9 billion forecast" moves only the first two
    if lang == "en" and _COMPARED_BETWEEN.search(before, first):  # (rare: then the value before)
        prev_end = max((p.end for p in s.quantities if p.end <= q.start), default=-1) - left
        if prev_end > first:
            for cmp in _COMPARED_BETWEEN.finditer(before, prev_end):
                first = max(first, cmp.end())
    best: tuple[int, Literal["up", "down"]] | None = None
    for rx, d in ((up_re, "up"), (down_re, "down")):
        for m in rx.finditer(before, first):
            if best is None or m.start() > best[0]:
                best = (m.start(), d)  # type: ignore[assignment]
    if best is None:
        return None
    gap = before[best[0] :]
    if len(gap) > limit:
        return None
    if lang == "en" and " and " in gap and _OWN_NOUN_OF_VALUE_BEFORE.search(before, 0, best[0]):
        return None  # "320 basis points of margin expansion and returned $450 million"
    if lang == "en" and (_LEVEL_THEN_VALUE.search(gap) or _NEW_SUBJECT_AFTER_CUE.search(gap)):
        # "grew to 1.50% of loans and 1.61%": the list's levels, as the first; "rose 4% to
        # $21.7 billion, and it set aside $2.4 billion": the move was the first clause's
        return None
    return best[1]


_LEVEL_THEN_VALUE = re.compile(_EN.regex("CHANGE_LEVEL_THEN_VALUE"))
_OWN_NOUN_OF_VALUE_BEFORE = re.compile(_EN.regex("CHANGE_OWN_NOUN_OF_VALUE_BEFORE"))
_NEW_SUBJECT_AFTER_CUE = re.compile(_EN.regex("CHANGE_NEW_SUBJECT_AFTER_CUE"))


def from_cue_before(s: Sentence, q: Quantity) -> bool:
    """Is ``q`` introduced as an earlier level ("from", "versus", "compared with", 从)?"""
    return bool(_FROM_BEFORE[s.lang].search(s.text, max(0, q.start - 20), q.start))


_METRIC_BY = re.compile(_EN.regex("CHANGE_METRIC_BY"), re.IGNORECASE)
_SET_UP = re.compile(_EN.regex("CHANGE_SET_BEFORE_METRIC_UP"), re.IGNORECASE)
_SET_DOWN = re.compile(_EN.regex("CHANGE_SET_BEFORE_METRIC_DOWN"), re.IGNORECASE)


def verb_before_metric(
    s: Sentence,
    metric_start: int,
    metric_end: int,
    q: Quantity,
    window_change: Literal["up", "down"] | None,
) -> Literal["up", "down"] | None:
    """The move a verb before a metric gives its value when only "by" stands between the
    metric and the value ("cut its deposit rate by 25 basis points", "raised the repo rate
    by 25 basis points"): ``window_change``, read from before the metric, or a verb that
    sets the metric right before it; else None."""
    if s.lang != "en" or not _METRIC_BY.fullmatch(s.text, metric_end, q.start):
        return None
    if window_change is not None:
        return window_change
    before = s.text[max(0, metric_start - 60) : metric_start]
    if _SET_UP.search(before):
        return "up"
    return "down" if _SET_DOWN.search(before) else None


_EQUIVALENT = per_language("CHANGE_EQUIVALENT_BRACKET")
# a comparison with an expectation between two values ("missing the $11.9 billion"): a
# change word before it does not move the second value
_COMPARED_BETWEEN = re.compile(_EN.regex("CHANGE_EXPECTATION_BETWEEN"), re.IGNORECASE)


def same_sum_in_brackets(s: Sentence, before: Quantity, q: Quantity) -> bool:
    """Is ``q`` the sum ``before`` in brackets, in another currency ("600 billion won
    ($455 million)", "6000亿韩元（约合4.55亿美元）")? It then moved as ``before`` did."""
    return (
        before.end <= q.start
        and unit_class(before.unit) == "money"
        and unit_class(q.unit) == "money"
        and _EQUIVALENT[s.lang].fullmatch(s.text, before.end, q.start) is not None
    )


_MARKET_VALUE_AFTER = re.compile(_EN.regex("CHANGE_MARKET_VALUE_AFTER"), re.IGNORECASE)
_MARKET_VALUE_VERB = re.compile(_EN.regex("CHANGE_MARKET_VALUE_VERB"), re.IGNORECASE)


def market_value_move(s: Sentence, q: Quantity) -> tuple[str, Literal["up", "down"]] | None:
    """A sum of market value lost or gained ("Tesla lost $70 billion in market value",
    "adding about $50 billion to its market value"): (the phrase naming the market value,
    the direction), else None."""
    if s.lang != "en" or unit_class(q.unit) != "money":
        return None
    after = _MARKET_VALUE_AFTER.match(s.text, q.end)
    if after is None:
        return None
    verb = _MARKET_VALUE_VERB.search(s.text, max(0, q.start - 40), q.start)
    if verb is None:
        return None
    return after.group("phrase"), "up" if verb.group("up") else "down"


def _change_phrase(s: Sentence, q: Quantity) -> str | None:
    """The change word next to a value ("a 4% increase"), as the phrase of an unnamed metric."""
    m = _CHANGE_AFTER[s.lang].match(s.text[q.end : q.end + 40])
    if m:
        return m.group("up") or m.group("down")
    up_re, down_re = _CHANGE[s.lang]
    before = s.text[max(0, q.start - 30) : q.start]
    found = [x for rx in (up_re, down_re) for x in rx.finditer(before)]
    return max(found, key=lambda x: x.start()).group() if found else None


# "$182.50, up 2.1%", "$5 million, down 3% from a year ago": a move right after a value
_FOLLOWING_MOVE = re.compile(_EN.regex("CHANGE_FOLLOWING_MOVE"), re.IGNORECASE)
