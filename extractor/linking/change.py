"""Change or level: is a value the amount a metric moved by (up/down) or the level it reached?"""

from __future__ import annotations

import re
from typing import Literal

from ..quantities import Quantity
from .sentence import Sentence
from .windows import _last_chars, _last_words

_UP_EN = (
    r"up|rose|rise[sn]?|rising|increase[sd]?|increasing|grew|grow(?:s|ing|n)?|growth|"
    r"gain(?:ed|s)?|higher|improve[sd]?|improvement|expand(?:ed|s)?|expansion|jump(?:ed|s)?|"
    r"climb(?:ed|s)?|surge[sd]?|accelerat\w*|outpac\w*|soar(?:ed|s)?|increment\w*"
)
_DOWN_EN = (
    r"down|fell|fall(?:s|ing|en)?|decrease[sd]?|decreasing|decline[sd]?|declining|"
    r"drop(?:ped|s)?|lower|reduc\w+|contract(?:ed|ion)|shr[aiu]nk\w*|decelerat\w*|slid|"
    r"slipp?(?:ed|s)?|compress\w*|headwind"
)
_UP_ZH = r"同比增长|环比增长|增长|增加|增幅|上涨|上升|提升|提高|大涨|暴涨|飙升|涨幅|增|涨|升|增長|增幅|上漲|漲幅|漲|提昇"
_DOWN_ZH = r"同比下降|环比下降|下降|减少|下跌|下滑|降低|跌幅|降幅|减|跌|降|下降|減少|下滑|減"

_CHANGE = {
    "en": (re.compile(rf"\b(?:{_UP_EN})\b", re.IGNORECASE), re.compile(rf"\b(?:{_DOWN_EN})\b", re.IGNORECASE)),
    "zh": (re.compile(_UP_ZH), re.compile(_DOWN_ZH)),
}
# A value right after these is the level the metric reached, not the change.
_LEVEL_BEFORE = {
    "en": re.compile(
        r"(?:\bto|\bat|\breach(?:ed|ing)?|\bwas|\bwere|\bis|\bare|\btotal(?:ed|led|ing)?|"
        r"\bcame in at|\bended at|\bof|\bhit)\s*(?:an?\s+)?(?:record\s+)?(?:of\s+)?$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:至|到|达到|达|為|为|是|报收于|报收|收于|报|錄得|录得|實現|实现)\s*$"),
}
_CHANGE_BEFORE = {
    "en": re.compile(rf"(?:\bby|(?:{_UP_EN}|{_DOWN_EN})(?:\s+of)?)\s*(?:an?\s+)?$", re.IGNORECASE),
    "zh": re.compile(
        rf"(?:(?:{_UP_ZH}|{_DOWN_ZH})了?|(?:涨幅|跌幅|增幅|降幅|漲幅|增速|升幅)(?:高|仅|僅)?(?:达到|达|為|为|是|約|约)?)\s*$"
    ),
}
_CHANGE_AFTER = {
    "en": re.compile(
        rf"^\s*(?:plus\s+)?(?:(?:year[- ]over[- ]year|y/y|yoy|sequential(?:ly)?)\s+)?"
        rf"(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(rf"^(?:的)?(?:(?P<up>{_UP_ZH})|(?P<down>{_DOWN_ZH}))"),
}
_FROM_BEFORE = {
    "en": re.compile(r"\b(?:from|versus|vs\.?|compar(?:ed|es|e|ing) (?:to|with)|against)\s*$", re.IGNORECASE),
    "zh": re.compile(r"(?:从|從|由|较|比|相比)\s*$"),
}


_PLUS_SIGNED = re.compile(r"\+|(?i:plus)\s")
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (Latin, CJK, ...)


def _detect_change(s: Sentence, q: Quantity, left: int) -> Literal["up", "down"] | None:
    """Is ``q`` a change? Looks at the words between ``left`` and the value, and just after."""
    lang = s.lang
    if q.unit in ("%", "bp", "pp") and q.value >= 0 and _PLUS_SIGNED.match(q.text):
        return "up"  # "+4%", "plus 10% to plus 12%": the sign says it is a change
    before = s.text[left : q.start]
    if not _LETTER.search(before):
        # every cue before a value is a word: without a letter only the words after it count
        m_after = _CHANGE_AFTER[lang].match(s.text[q.end : q.end + 40])
        return None if m_after is None else "up" if m_after.group("up") else "down"
    # the cues before are anchored at the window's end and span a few words: they are
    # looked for in its last words only (the same match, found without trying every position)
    # (English: a change cue spans up to 3 words, a level cue 6, a reference 2)
    if lang == "en":
        t_change, t_level, t_from = (_last_words(before, n) for n in (4, 7, 3))
    else:
        t_change = t_level = t_from = _last_chars(before, 8)
    m_before = _CHANGE_BEFORE[lang].search(before, t_change)
    if m_before and not (lang == "en" and m_before.group().strip().lower() == "by"):
        up_re, down_re = _CHANGE[lang]
        return "down" if down_re.search(m_before.group()) and not up_re.search(m_before.group()) else "up"
    if _LEVEL_BEFORE[lang].search(before, t_level):
        return None
    if _FROM_BEFORE[lang].search(before, t_from):
        return None
    m_after = _CHANGE_AFTER[lang].match(s.text[q.end : q.end + 40])
    if m_after:
        return "up" if m_after.group("up") else "down"
    up_re, down_re = _CHANGE[lang]
    limit = 45 if lang == "en" else 14
    # the change word must be close to the value (no other clause in between); English
    # cues are whole words, so only those starting within the limit are looked for
    first = max(0, len(before) - limit) if lang == "en" else 0
    best: tuple[int, Literal["up", "down"]] | None = None
    for rx, d in ((up_re, "up"), (down_re, "down")):
        for m in rx.finditer(before, first):
            if best is None or m.start() > best[0]:
                best = (m.start(), d)  # type: ignore[assignment]
    if best is None:
        return None
    gap = before[best[0] :]
    return best[1] if len(gap) <= limit else None


def _change_phrase(s: Sentence, q: Quantity) -> str | None:
    """The change word next to a value ("a 4% increase"), as the phrase of an unnamed metric."""
    m = _CHANGE_AFTER[s.lang].match(s.text[q.end : q.end + 40])
    if m:
        return (m.group("up") or m.group("down"))
    up_re, down_re = _CHANGE[s.lang]
    before = s.text[max(0, q.start - 30) : q.start]
    found = [x for rx in (up_re, down_re) for x in rx.finditer(before)]
    return max(found, key=lambda x: x.start()).group() if found else None


# "$182.50, up 2.1%", "$5 million, down 3% from a year ago": a move right after a value
_FOLLOWING_MOVE = re.compile(r"\s*[,(]\s*(?P<dir>up|down)\s+(?:by\s+|about\s+|nearly\s+|almost\s+)?",
                             re.IGNORECASE)
