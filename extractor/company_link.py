"""Which company a value belongs to (pure, no spaCy).

Called by :mod:`extractor.link` for each value of a sentence with the sentence's company
mentions; kept apart so the rules for English and Chinese subjects can grow on their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .metrics import MetricMention
from .quantities import Quantity

if TYPE_CHECKING:  # pragma: no cover
    from .link import Sentence

__all__ = ["pick_company"]

_PREP_BEFORE_COMPANY = {
    "en": re.compile(
        r"\b(?:to|from|with|for|by|at|than|like|including|include|includes|versus|vs\.?|"
        r"against|as|such as|and|or)\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:(?:與|与|和|及|对|對|从|從|自|被|以及|、)|向[\u4e00-\u9fff]{0,6}\s?)$"),
}


def pick_company(
    s: Sentence,
    q: Quantity,
    metric: MetricMention | None,
    default: str | None,
) -> str | None:
    """Explicit company of the value: attached to its metric, else the nearest subject."""
    lang = s.lang
    comps = s.companies
    if metric is not None:
        for c in reversed(comps):
            if c.end <= metric.start:
                gap = s.text[c.end : metric.start]
                if len(gap) <= 6 and not re.search(r"[，,。;；]", gap):
                    return c.name
                break
    cands = [
        c
        for c in comps
        if c.end <= q.start and not _PREP_BEFORE_COMPANY[lang].search(s.text[max(0, c.start - 12) : c.start])
    ]
    if not cands:
        return default
    if lang == "en":
        return cands[0].name
    subjects = [c for c in cands if _ZH_SUBJECT_NEXT.match(s.text, c.end)]
    pron = [m for m in _ZH_PRONOUN.finditer(s.text, 0, q.start)]
    if subjects and pron and pron[-1].start() > subjects[-1].end and _ZH_SUBJECT_NEXT.match(s.text, pron[-1].end()):
        return subjects[0].name  # "风范股份公告,公司成为...中标人": 公司 is the announcer
    if subjects:
        return subjects[-1].name
    return cands[-1].name


# what follows a company that is the subject of its clause
_ZH_SUBJECT_NEXT = re.compile(
    r"(?:[（(][^)）]{0,30}[)）])?(?:于|於|在)?(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:晚间|晚間|晚|近日|今日|日前|已|再|又|共|也|还|還|亦|合计|合計)?"
    r"(?:发布|發布|公告|拟|擬|将|將|累计|累計|计划|計劃|宣布|披露|收购|收購|回购|回購|质押|質押|"
    r"减持|減持|增持|中标|中標|所持|持有|成为|成為|通过|通過|曾|作价|作價|斥资|斥資|认购|認購|"
    r"出资|出資|获得|獲得|获|獲|完成|签署|簽署|签订|簽訂|给付|給付|偿还|償還|申请|申請|提供|购买|購買|"
    r"出售|转让|轉讓|受让|受讓|以|对|對|向|与|與|的全资子公司|全资子公司|控股子公司|子公司|股价|股價|"
    r"营收|營收|实现|實現|净利|淨利|市值|的)"
)
_ZH_PRONOUN = re.compile(r"(?<![子母分])(?:该公司|該公司|本公司|公司)")
