"""Linking: give each quantity its metric, change, kind, period and company (pure, no spaCy).

The unit of work is one sentence with the mentions found in it (quantities, metric
phrases, periods, companies). Every decision looks only at the sentence's own text and
at document-level context handed in explicitly (default company, the period carried from
earlier sentences), so each record stays traceable to the text it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .companies import CompanyMention
from .company_link import pick_company
from .market import market_move
from .metrics import MetricMention
from .normalize.periods import PeriodMention
from .quantities import Quantity
from .records import Period
from .respectively import assign_respectively, assign_respectively_metrics, attached_end
from .segment import clause_bounds

__all__ = ["METRIC_UNIT_OK", "Link", "Sentence", "is_reference", "link_sentence"]

Lang = Literal["en", "zh"]


@attrs.define
class Sentence:
    """A sentence and its mentions; offsets of mentions are relative to ``text``."""

    text: str
    offset: int  # where the sentence starts in the input text
    lang: Lang
    para_index: int
    speaker: str | None = None
    role: str | None = None
    quantities: list[Quantity] = attrs.Factory(list)
    metrics: list[MetricMention] = attrs.Factory(list)
    periods: list[PeriodMention] = attrs.Factory(list)
    companies: list[CompanyMention] = attrs.Factory(list)
    needs_ner: bool = False  # only the English model can tell whose values these are


@attrs.frozen
class Link:
    """What the linker decided for one quantity."""

    quantity: Quantity
    metric: str
    metric_text: str | None
    unit: str
    change: Literal["up", "down"] | None
    kind: Literal["actual", "guidance", "target"]
    period: Period | None
    company: str | None


# --- word lists -----------------------------------------------------------------------

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
_REFERENCE_BEFORE_METRIC = {
    "en": re.compile(r"\b(?:than|versus|vs\.?|compared (?:to|with)|over|from)\s+(?:the\s+)?$", re.IGNORECASE),
    "zh": re.compile(r"(?:较|比|相比|相较)$"),
}
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
_SHARE_OF = {
    "en": re.compile(r"^\s*(?:of|of (?:our|the|its|their|total))\s+(?:total\s+)?$", re.IGNORECASE),
    "zh": re.compile(r"占|佔"),
}
# "Twilio获得...投资", "raised $X in a funding round": the subject is the one funded
_RECEIVES = {
    "en": re.compile(r"\b(?:raised|raises|raising|received|receives|secured|closed)\b", re.IGNORECASE),
    "zh": re.compile(r"获得|獲得|获|獲|收到|完成|募得|募集"),
}
# words that stop a period from carrying over from an earlier sentence
_NO_CARRY = {
    "en": re.compile(r"\b(?:earlier|previously|before that|prior to that|since (?:its|the) (?:founding|inception))\b", re.IGNORECASE),
    "zh": re.compile(r"更早|此前|之前|以前|早前|成立以来|成立以來|累计|累計|目前"),
}
_METRIC_AFTER_GAP = {
    "en": re.compile(
        r"^\s*(?:plus\s+)?(?:(?:in|of|the|total|additional|worth of|annual|annualized|"
        r"year[- ]over[- ]year|sequential|organic|our|its|their)\s+)*"
        r"(?:(?!(?:and|or|to|from|than|versus|vs|while|but|which|that|with|for|on|at|by|"
        r"was|were|is|are|be|been|we|they|it)\b)[a-z][a-z\-]*\s+){0,2}$",
    ),
    # "12亿现金收购", "15亿元的对价收购", "3100万股进行质押", "7.54亿股处于质押状态"
    "zh": re.compile(
        r"^(?:的|[A-Z]{1,2}\+?轮|的新|新的|(?:的)?(?:现金|現金|对价|對價|代价|代價|总价|總價|价格|價格)(?:的)?"
        r"|(?:进行|進行|已被|已经被|被|处于|處於)(?:了)?)?$"
    ),
}

# Which units each metric's ``unit`` class accepts.
METRIC_UNIT_OK: dict[str, frozenset[str]] = {
    "money": frozenset({"money"}),
    "percent": frozenset({"%", "bp", "pp"}),
    "count": frozenset({"count", "bare"}),
    "shares": frozenset({"shares", "bare"}),
    "ratio": frozenset({"bare", "%"}),
    "stake": frozenset({"%", "shares", "bare"}),  # a holding: a percentage or a number of shares
    "any": frozenset({"money", "%", "bp", "pp", "count", "shares", "bare"}),
}


def unit_class(unit: str | None) -> str:
    """'money' for ISO codes, else the unit itself; 'bare' for a number without unit."""
    if unit is None:
        return "bare"
    if unit in ("%", "bp", "pp", "count", "shares"):
        return unit
    return "money"


def _is_growth_metric(metric: str) -> bool:
    return metric.endswith("_growth") or metric == "same_store_sales"


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


def _last_chars(text: str, n: int) -> int:
    """Where the last ``n`` characters of ``text`` other than whitespace begin (0 if it
    has no more): the same for Chinese, whose cues are a few characters without spaces.

    >>> _last_chars("营收同比增长 ", 2), _last_chars("增长", 5)
    (4, 0)
    """
    k = len(text)
    while k > 0:
        k -= 1
        if not text[k].isspace():
            n -= 1
            if n == 0:
                return k
    return 0


def _last_words(text: str, n: int) -> int:
    """Where the last ``n`` whitespace-separated words of ``text`` begin (0 if it has no
    more): a pattern anchored at the end that spans fewer words cannot match before.

    >>> t = "revenue was up 5% to"
    >>> _last_words(t, 2), _last_words(t, 9)
    (14, 0)
    """
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


_CLAUSE_COMMA = re.compile(r"[，,；;]")


class _SentenceIndex:
    """Lookups over one sentence's mentions, built once per sentence so that linking each
    value costs a bisection instead of a rescan of every other mention."""

    def __init__(self, s: Sentence) -> None:
        qs = s.quantities
        starts = sorted((q.start, q.end) for q in qs)
        self.q_starts = [a for a, _ in starts]
        # smallest end among the quantities from the k-th (by start) on
        self.q_min_end = [len(s.text) + 1] * (len(starts) + 1)
        for k in range(len(starts) - 1, -1, -1):
            self.q_min_end[k] = min(starts[k][1], self.q_min_end[k + 1])
        self.reference: dict[int, bool] = {}  # metric index -> named as a reference
        self.joined: dict[int, int | None] = {}  # value-list links (see ``_value_list``)
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self.commas: list[int] | None = None  # where "，,；;" are (built when first asked)

    def comma_within(self, s: Sentence, a: int, b: int) -> bool:
        """Is one of "，,；;" inside ``[a, b)``?"""
        if self.commas is None:
            self.commas = [m.start() for m in _CLAUSE_COMMA.finditer(s.text)]
        k = bisect_left(self.commas, a)
        return k < len(self.commas) and self.commas[k] < b

    def quantity_within(self, a: int, b: int) -> bool:
        """Is there a quantity inside ``[a, b)``?"""
        return self.q_min_end[bisect_left(self.q_starts, a)] <= b

    def is_reference(self, s: Sentence, mi: int) -> bool:
        got = self.reference.get(mi)
        if got is None:
            m = s.metrics[mi]
            got = bool(_REFERENCE_BEFORE_METRIC[s.lang].search(s.text[max(0, m.start - 20) : m.start]))
            self.reference[mi] = got
        return got


def _pick_metric(
    s: Sentence,
    q: Quantity,
    ucls: str,
    unit_of: dict[str, str],
    change_hint: bool,
    index: _SentenceIndex | None = None,
) -> MetricMention | None:
    """Nearest compatible metric phrase: before the value, or right after it."""
    lang = s.lang
    ix = index or _SentenceIndex(s)
    best: tuple[float, MetricMention] | None = None
    for mi, m in enumerate(s.metrics):
        if m.end <= q.start:
            dist = q.start - m.end
            if ix.is_reference(s, mi):
                continue  # "较发行价", "compared to last year's revenue": a reference, not the subject
            # another quantity between the metric and this one: the metric may belong to it
            if ix.quantity_within(m.end, q.start):
                dist += 15 if lang == "zh" else 30
            if lang == "zh" and ix.comma_within(s, m.end, q.start):
                dist += 10
            score = float(dist)
        elif m.start >= q.end:
            gap = s.text[q.end : m.start]
            if not _METRIC_AFTER_GAP[lang].match(gap):
                continue
            if m.metric == "cash" and _paid_in(s.text, q):
                continue  # "for $68.7 billion in cash": how it is paid, not a cash balance
            score = float(len(gap)) + 3
        else:
            continue
        if not _unit_compatible(
            unit_of.get(m.metric, "any"), ucls, change_hint, m.metric
        ) and not (ucls == "%" and _is_share_of(s, q, m)):
            continue
        if _too_large_per_share(m.metric, q):
            continue
        if ucls in ("count", "bare") and m.end <= q.start and not (
            _LEVEL_BEFORE[lang].search(s.text[m.end : q.start])
            or _COUNT_VERB[lang].search(s.text[m.end : q.start])
        ):
            continue  # "客户群...两个销售团队": a count belongs to the noun it counts
        if best is None or score < best[0]:
            best = (score, m)
    return best[1] if best else None


_COUNT_VERB = {
    "en": re.compile(r"(?:\b(?:to|of|was|were|is|are|reached|totaled|had|has|have|exceeded|over|"
                     r"more than|about|approximately|nearly|roughly)\s*){1,3}$", re.IGNORECASE),
    "zh": re.compile(r"(?:有|达|達|达到|達到|为|為|是|超过|超過|逾|约|約|近|共|总计|總計|合计|合計|共计|共計|增至|增加至|突破)\s*$"),
}


def _is_share_of(s: Sentence, q: Quantity, m: MetricMention) -> bool:
    """"占Twilio去年营收的17%", "17% of revenue": a percentage share of a metric."""
    if s.lang == "zh":
        return m.end <= q.start and bool(_SHARE_OF["zh"].search(s.text[max(0, m.start - 14) : m.start]))
    return m.start >= q.end and bool(_METRIC_AFTER_GAP["en"].match(s.text[q.end : m.start]))


# metrics that are always an amount per share: never millions or billions
_PER_SHARE_ONLY = frozenset({"eps", "share_price"})


def _too_large_per_share(metric: str, q: Quantity) -> bool:
    """"EPS of $7.65 to $7.95 and ... at least $2.5 billion": a scaled sum of money is
    never a per-share metric's value, whatever phrase stands nearest."""
    return (
        metric in _PER_SHARE_ONLY
        and unit_class(q.unit) == "money"
        and (_SCALED.search(q.text) is not None or abs(q.value) >= 1_000_000)
    )


def _unit_compatible(metric_unit: str, ucls: str, change_hint: bool, metric: str) -> bool:
    if ucls in METRIC_UNIT_OK.get(metric_unit, METRIC_UNIT_OK["any"]):
        return True
    # a percentage change of any metric: "revenue rose 2.5%", "营收同比增长12%"
    if ucls in ("%", "bp", "pp") and change_hint:
        return True
    # a growth metric's value may be a percentage even when the lexicon says otherwise
    return ucls == "%" and _is_growth_metric(metric)


_QUAL_WORDS = r"(?:about|approximately|roughly|nearly|around|over|more than|an?)"
_OTHER_PHRASE = {
    "en": re.compile(
        r"(?P<phrase>[A-Za-z][A-Za-z\-']*(?:\s+[A-Za-z][A-Za-z\-']*){0,3})\s+"
        r"(?:of|was|were|is|are|totaled|totalled|totaling|totalling|reached|came in at|at|to|"
        rf"increased to|rose to|grew to|amounted to|amounting to|equaled|equalled|valued at)"
        rf"\s+(?:{_QUAL_WORDS}\s+)?$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?P<phrase>[\u4e00-\u9fff]{2,8}?)(?:为|為|达到|达|至|是|约为|約為|共计|合计|总计)\s*(?:约|近|超过|逾)?$"),
}
_STOP_PHRASE_WORDS = frozenset(
    ["we", "our", "us", "it", "its", "they", "their", "this", "that", "these", "those", "which", "who", "i", "you", "he", "she", "and", "or", "but", "the", "a", "an", "of", "in", "on", "for", "to", "with", "by", "at", "as", "from", "about", "approximately", "roughly", "around", "over", "be", "been", "being", "was", "were", "is", "are", "had", "has", "have"]
)


_PHRASE_BREAK = frozenset(
    ["million", "billion", "thousand", "trillion", "percent", "points", "and", "or", "but",
     "than", "while", "whereas"]
)


_ZH_MONEY_VERB = re.compile(
    r"(?P<phrase>承诺|承諾|捐赠|捐贈|捐款|投入|支付|花费|花費|斥资|斥資|出资|出資|筹集|籌集|募集|"
    r"获得|獲得|收到|出售|售出|拨款|撥款|补贴|補貼|赔偿|賠償|罚款|罰款|净买入|淨買入|净卖出|淨賣出|"
    r"买入|買入|卖出|賣出|购买|購買)了?\s*(?:约|約|近|超过|超過|逾)?\s*$"
)
# "拟2466.41万元出售...", "以4亿元的价格购买...": the deal verb right after a sum
_ZH_VERB_AFTER = re.compile(
    r"(?:的)?(?:价格|價格|对价|對價|代价|代價|现金|現金)?(?P<phrase>出售|购买|購買|受让|受讓|转让|轉讓|"
    r"认购|認購|回购|回購|增持|减持|減持|买入|買入|卖出|賣出)"
)
# what a number of shares is, said by the verb before it in its clause ("卖出不超过1350万股",
# "已认购2406.9万股", "共发行30亿股")
_ZH_SHARE_VERB = re.compile(
    r"(?P<phrase>卖出|賣出|买入|買入|持有|认购|認購|出售|发行|發行|购买|購買|增持|减持|減持|转让|轉讓|"
    r"受让|受讓|拍卖|拍賣|冻结|凍結|解质押|解質押|质押|質押)[^，,。；;：:！？]{0,16}$"
)
# "收购环球音乐10%的股份", "持有闻泰科技12.33%股份": a percentage of a company's shares
_ZH_STAKE_AFTER = re.compile(r"(?:的)?(?:多数|全部)?(?P<phrase>股份|股权|股權|股票)")
# words that never start the phrase a value is "of"/"in"/"related to": periods, amounts,
# idioms ("in addition", "in connection with", "in excess of")
_NOT_A_PHRASE = (
    r"(?!(?:which|whom|it|them|this|that|these|those|approximately|about|up|more|less|each|"
    r"addition|connection|excess|exchange|accordance|respect|order|part|line|lieu|total|"
    r"aggregate|fiscal|first|second|third|fourth|full|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|"
    r"the\s+(?:year|quarter|period|month|total|amount|same|prior|current|company|firm|"
    r"aggregate|first|second|third|fourth|fiscal|full|next|last|past|future|form))\b)"
)
_AFTER_PHRASE_WORDS = (
    r"(?P<phrase>(?:(?:the|our|its|their|total)\s+)?[a-z][a-z\-]+"
    r"(?:\s+(?:of\s+)?(?!(?:that|which|who|is|are|was|were|in|and|or|to|as|on|at|for|by|from|"
    r"with|during|under|per|respectively|based|primarily|due|of)\b)[a-z][a-z\-]*){0,2})"
)
# The phrase after a value: "$5 million of capitalized interest", "$1.7 billion,
# respectively, of our receivables", "$9.8 billion in committed credit facilities",
# "$17 million related to hedge losses", "$30 million was recorded in Cost of products sold".
# After "in" the phrase must start in lower case ("$5 million in Europe" names a place).
_OF_AFTER = re.compile(
    r"^\s*(?:or so\s+)?(?:,\s*respectively,\s*)?"
    r"(?:of|(?-i:in(?=\s+(?:(?:the|our|its|their)\s+)?[a-z]))|related to|relating to|"
    r"attributable to|(?:is|are|was|were|has been|have been) (?:recorded|recognized|included|"
    r"reported|presented|classified)\s+(?:in|within|as))\s+"
    + _NOT_A_PHRASE + _AFTER_PHRASE_WORDS,
    re.IGNORECASE,
)
# "the $7.6 billion revolving credit facility", "its $479 million short-term debt": the
# noun phrase the amount modifies, when a determiner stands before the value
_ADJ_BEFORE = re.compile(
    r"\b(?:the|its|our|their|this|that|a|an)\s+(?:(?:prior|previous|remaining|additional|"
    r"entire|existing|original|approximately|about|estimated|total)\s+)?$",
    re.IGNORECASE,
)
_ADJ_STOP = (
    r"(?:of|in|to|and|or|for|on|at|by|from|with|as|was|were|is|are|be|been|has|have|had|will|"
    r"which|that|who|associated|related|relating|attributable|recorded|recognized|due|under|"
    r"per|respectively|including|included|includes|primarily|compared|million|billion|"
    r"thousand|after|before|net)\b"
)
# the nouns an amount can be: "the $119 million charge", "a $1 billion termination fee"
_AMOUNT_NOUN = (
    r"(?:charges?|gains?|loss(?:es)?|benefits?|impacts?|fees?|facilit(?:y|ies)|debt|notes?|loans?|"
    r"bonds?|debentures|programs?|transactions?|payments?|values?|investments?|commitments?|"
    r"settlements?|write-offs?|write-downs?|impairments?|reserves?|deals?|agreements?|"
    r"contracts?|expenses?|costs?|liabilit(?:y|ies)|assets?|balances?|purchases?|acquisitions?|"
    r"dividends?|premiums?|proceeds|consideration|price|awards?|grants?|damages|penalt(?:y|ies)|"
    r"fines?|refunds?|credits?|allowances?|provisions?|accruals?|adjustments?|obligations?|"
    r"borrowings?|offerings?|issuances?|authorizations?|repurchases?|buybacks?|contributions?|"
    r"deposits?|receivables?|payables?|backlog|orders?|awards?|savings|revenues?|sales|"
    r"income|earnings|profits?|cash|capital|funding|financing|budget|plan|targets?|headwinds?|"
    r"tailwinds?)"
)
_ADJ_AFTER = re.compile(
    rf"^\s+(?P<phrase>(?:(?!{_ADJ_STOP})[A-Za-z][A-Za-z\-]+\s+){{0,3}}{_AMOUNT_NOUN})\b",
    re.IGNORECASE,
)
# "$82.5 billion principal amount of ...": the amount's own kind, no determiner needed
_AMOUNT_KIND_AFTER = re.compile(
    r"^\s+(?P<phrase>(?:aggregate\s+)?(?:principal|notional|face|par)\s+(?:amount|value))\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    rf"(?P<phrase>[A-Za-z][a-z\-]+(?:ed|s)|paid|repaid|prepaid|spent|raised|sold|bought|lent|"
    rf"won|lost|held|made|cost|costs|owed|gave|received)\s+(?:{_QUAL_WORDS}\s+)?$"
)
# "acquired Brammer Bio for approximately $1.67 billion": the verb names what the sum is
_VERB_FOR = re.compile(
    rf"\b(?P<phrase>(?:acquired|purchased|bought|sold|paid|repaid|redeemed|settled|agreed\s+to\s+acquire|"
    rf"to\s+acquire|to\s+purchase|to\s+sell|issued|repurchased))\b[^.;$€£¥]{{0,80}}?\s+for\s+"
    rf"(?:{_QUAL_WORDS}\s+)?$",
    re.IGNORECASE,
)
# how every match of ``_VERB_FOR`` ends: checked first, in the window's last words
_FOR_END = re.compile(rf"\sfor\s+(?:{_QUAL_WORDS}\s+)?$", re.IGNORECASE)
# what may stand between the members of a list of values: "$41 million and $37 million",
# "$6 million in 2020, $16 million in 2019 and $10 million in 2018"
_LIST_GAP = re.compile(r"\s*(?:,|;|and|or|as well as|\s)*\s*", re.IGNORECASE)


_SPACES = re.compile(r"\s+")
_LIST_GAP_WORDS = re.compile(r"\b(?:in|for|during|at|as of|fiscal|years?|respectively)\b")


def _mask_periods(s: Sentence, a: int, b: int) -> str:
    """``s.text[a:b]`` with the period mentions in it (and the words joining them) blanked."""
    spans = sorted((max(p.start, a), min(p.end, b)) for p in s.periods if p.end > a and p.start < b)
    if not spans:
        return _SPACES.sub(" ", s.text[a:b])
    chars = list(s.text[a:b])
    for i, (x, y) in enumerate(spans):
        # "at the end of 2021 and 2020": the joining "and" goes with the periods
        if i + 1 < len(spans) and _LIST_GAP.fullmatch(s.text, y, spans[i + 1][0]):
            y = spans[i + 1][0]
        for k in range(x - a, y - a):
            chars[k] = " "
    return re.sub(r"\s+", " ", "".join(chars))


def _value_list(s: Sentence, qi: int, index: _SentenceIndex | None = None) -> tuple[int, int]:
    """Indices (first, last) of the list of values ``s.quantities[qi]`` belongs to.

    Members are joined only by commas, "and"/"or" and periods ("$6 million in 2020,
    $16 million in 2019 and $10 million in 2018"); a parenthetical right after a member
    ("$313 ($266 after tax), $60 ($47 after tax) and $231") goes with it.
    """
    qs = s.quantities

    def follower(i: int) -> tuple[int, int]:
        """(index of the next member after member i, where i's own text ends)."""
        end = attached_end(s.text, qs[i].end)
        if end == qs[i].end or s.text[end - 1] not in ")）":
            return i + 1, qs[i].end  # an apposition ", or 5% of sales," is no list gap
        j = i + 1
        while j < len(qs) and qs[j].start < end:
            j += 1
        return j, end

    ix = index or _SentenceIndex(s)
    memo = ix.joined

    def joined(i: int) -> int | None:  # the member joined to member i, if any
        if i not in memo:
            memo[i] = _joined(i)
        return memo[i]

    def _joined(i: int) -> int | None:
        j, end = follower(i)
        if j >= len(qs) or unit_class(qs[i].unit) != unit_class(qs[j].unit):
            return None  # "$119 million or 23%": an apposition, not a list
        if qs[j].start <= end:
            return j  # nothing between: "5亿元5亿元"
        gap = _LIST_GAP_WORDS.sub(" ", _mask_periods(s, end, qs[j].start))
        return j if _LIST_GAP.fullmatch(gap) is not None else None

    def prev_of(k: int) -> int | None:  # a member joins to ``k`` over at most a short parenthetical
        return next((i for i in range(k - 1, max(-1, k - 4), -1) if joined(i) == k), None)

    # the last member (walking forward) and the first (walking back), each remembered for
    # every index passed, so the values of a long list cost one walk, not one each
    return _walk_ends(qi, ix.first, prev_of), _walk_ends(qi, ix.last, joined)


def _walk_ends(i: int, ends: dict[int, int], step: Callable[[int], int | None]) -> int:
    """Follow ``step`` from ``i`` to where it stops, remembering the end for every index passed."""
    path = []
    while i not in ends:
        path.append(i)
        nxt = step(i)
        if nxt is None:
            ends[i] = i
            break
        i = nxt
    end = ends[i]
    for k in path:
        ends[k] = end
    return end


_PERIOD_LEAD = re.compile(r"\s*,?\s*(?:(?:in|for|during|at|as of|and)\s+)?", re.IGNORECASE)


def _past_periods(s: Sentence, pos: int) -> int:
    """Where the words after a value resume past its periods: "$7 million in 2017 are
    recorded in ...", "$5.2 billion as of May 31, 2021 of ..."."""
    starts = {p.start: p.end for p in s.periods if p.start >= pos}
    while starts:
        lead = _PERIOD_LEAD.match(s.text, pos)
        assert lead is not None  # every part is optional
        bare = len(s.text) - len(s.text[pos:].lstrip(" ,"))  # a mention may include "as of"
        end = starts.get(lead.end()) or starts.get(bare)
        if end is None or end <= pos:
            return pos
        pos = end
    return pos


def _other_metric_text(s: Sentence, q: Quantity, left: int) -> str | None:
    """The phrase naming an unknown metric near the value ("backlog of $5m", "15% of the market")."""
    lang = s.lang
    window = _mask_periods(s, left, q.start) if lang == "en" else s.text[left : q.start]
    # anchored at the end, at most 9 words (16 characters in Chinese): looked for there only
    m = _OTHER_PHRASE[lang].search(
        window, _last_words(window, 10) if lang == "en" else _last_chars(window, 16)
    )
    if not m and lang == "en":
        pos = _past_periods(s, q.end)
        after = _OF_AFTER.match(s.text[pos : pos + 80]) or _AMOUNT_KIND_AFTER.match(
            s.text[q.end : q.end + 40]
        )
        if (  # "the $7.6 billion credit facility"; but "the 3.40% Notes" is a name
            after is None
            and unit_class(q.unit) == "money"
            and _ADJ_BEFORE.search(s.text[max(0, q.start - 30) : q.start])
        ):
            after = _ADJ_AFTER.match(s.text[q.end : q.end + 80])
        return after.group("phrase") if after else None
    if not m and lang == "zh" and unit_class(q.unit) == "money":
        verb = _ZH_VERB_AFTER.match(s.text, q.end)  # "拟2466.41万元出售", "以4亿元的价格购买"
        return verb.group("phrase") if verb else None
    if not m:
        return None
    phrase = m.group("phrase").strip()
    if lang == "en":
        words = phrase.split()
        # "$511 million and adjusted EBITDA of": the phrase starts after the last
        # amount word or conjunction
        cut = [i for i, w in enumerate(words) if w.lower() in _PHRASE_BREAK]
        if cut:
            words = words[cut[-1] + 1 :]
        while words and words[0].lower() in _STOP_PHRASE_WORDS:
            words.pop(0)
        if not words or all(w.lower() in _STOP_PHRASE_WORDS for w in words):
            return None
        phrase = " ".join(words)
    return phrase or None


def _verb_metric_text(s: Sentence, q: Quantity, left: int) -> str | None:
    """The verb that says what a sum of money is ("we paid $5 million", "acquired X for
    $2 billion", "斥资5亿元"), when no phrase names it."""
    if unit_class(q.unit) != "money":
        return None
    if s.lang == "zh":
        zh = _ZH_MONEY_VERB.search(s.text[left : q.start])
        return zh.group("phrase") if zh else None
    window = _mask_periods(s, left, q.start)
    tail = _last_words(window, 4)
    verb = _VERB_BEFORE.search(window, tail) or (
        _VERB_FOR.search(window) if _FOR_END.search(window, tail) else None
    )
    if verb and verb.group("phrase").lower() not in _STOP_PHRASE_WORDS:
        return verb.group("phrase")
    return None


def _list_metric_text(s: Sentence, qi: int, index: _SentenceIndex | None = None) -> str | None:
    """The unknown metric a list of values names once, before its first or after its last
    member: "Freight costs were $41 million and $37 million", "$1.7 billion, $1.5 billion
    and $1.8 billion, respectively, of our receivables"."""
    first, last = _value_list(s, qi, index)
    if first == last or s.lang != "en":
        return None
    qs = s.quantities
    q0 = qs[first]
    end = attached_end(s.text, qs[last].end)  # "$231 ($150 after tax) of ..."
    end = end if s.text[end - 1] in ")）" else qs[last].end
    pos = _past_periods(s, end)
    after = _OF_AFTER.match(s.text[pos : pos + 80])
    if after:
        return after.group("phrase")
    left = max(0, q0.start - 120)
    return _other_metric_text(s, q0, left) or _verb_metric_text(s, q0, left)


_REFERENCE_PERIOD = {
    "en": re.compile(
        r"(?:\bcompar(?:ed|es|e|ing) (?:to|with)|\bversus|\bvs\.?|\bfrom|\bover|\bthan|\brelative to|"
        r"\bagainst|\bsince|\bcompared to (?:the )?same period (?:of|in)|\bbelow|\babove|"
        r"\bahead of|\bbehind)\s+(?:(?:the|our|its|those of|levels? (?:in|of)|"
        r"same period (?:of|in)|comparable period (?:of|in))\s+)*$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:较|較|比|相比|相较|相較|对比|對比|从|從|自)$"),
}


_GRAIN = {
    "day": 0, "month": 1, "months": 2, "quarter": 2, "fiscal_quarter": 2, "half": 3,
    "fiscal_half": 3, "year": 4, "fiscal_year": 4, "years": 5,
}


# periods named relative to an earlier one: in a results sentence they are what the
# current figure is compared with ("up 5% over last year", "较去年同期")
_PRIOR_PERIOD = re.compile(
    r"\b(?:a year ago|year[- ]ago|(?:a )?year earlier|the year before|prior[- ]year|last year|previous year|prior[- ]period|"
    r"same (?:period|quarter) (?:of |in )?(?:last|the prior|the previous) year)\b|"
    r"去年同期|上年同期|同期",
    re.IGNORECASE,
)
_COMPARISON_CUE = {
    "en": re.compile(
        rf"\b(?:compar\w*|versus|vs\.?|from|over|against|{_UP_EN}|{_DOWN_EN})\b", re.IGNORECASE
    ),
    "zh": re.compile(rf"同比|较|較|相比|比|{_UP_ZH}|{_DOWN_ZH}"),
}


def is_reference(s: Sentence, p: PeriodMention) -> bool:
    """A period a value is compared against ("versus 2019", "较去年同期"), not the value's own."""
    if _PRIOR_PERIOD.search(p.text) and _COMPARISON_CUE[s.lang].search(s.text):
        return True
    low = p.text.lower()
    if "next" in low or "coming" in low or "未来" in low:
        return False  # "over the next 4 years" is a span ahead, not a comparison
    return bool(_REFERENCE_PERIOD[s.lang].search(s.text[max(0, p.start - 40) : p.start]))


# a due or expiry date names an instrument or a deadline, not the period of a value
# ("$610 million of 4.00% notes due 2049", "credits that expire beginning fiscal 2028")
_DUE_BEFORE = re.compile(
    r"\b(?:due|matur(?:e|es|ing|ity)(?:\s+date)?(?:\s+(?:of|in|on))?|expir(?:e|es|ing)"
    r"(?:\s+(?:beginning|in|on|starting))?"
    # a dividend's payment and record dates are not the period it is paid for
    r"|payable(?:\s+(?:on|in))?|(?:share|stock)?holders\s+of\s+record(?:\s+(?:on|as\s+of))?"
    r"|record\s+date(?:\s+of)?)\s+(?:in\s+)?$",
    re.IGNORECASE,
)


_facts: tuple[Sentence, list[Quantity], list[PeriodMention], list[PeriodMention], list[Quantity]] | None = None


def _period_facts(s: Sentence) -> tuple[list[PeriodMention], list[Quantity]]:
    """What :func:`_pick_period` needs of the sentence whatever the value, worked out once
    per sentence (not once per value): the periods not introduced by "due"/"expiring", and
    the values introduced by "from"/"compared to"/"从", in sentence order."""
    global _facts
    f = _facts
    if f is not None and f[0] is s and f[1] is s.quantities and f[2] is s.periods:
        return f[3], f[4]
    usable = [
        p for p in s.periods
        if p.period is not None
        and not _DUE_BEFORE.search(s.text[max(0, p.start - 30) : p.start])
    ]
    fb = _FROM_BEFORE[s.lang]
    from_values = [o for o in s.quantities if fb.search(s.text[max(0, o.start - 20) : o.start])]
    _facts = (s, s.quantities, s.periods, usable, from_values)
    return usable, from_values


def _pick_period(
    s: Sentence, q: Quantity, carried: Period | None
) -> Period | None:
    """The value's own period: nearest before it in the sentence, else right after it.

    Periods a value is compared against ("down 5% versus 2019", "较去年同期") are skipped,
    except for a value introduced by "from"/"compared to"/"从": that is the earlier level,
    and its period is the one written right next to it, if any.
    """
    lang = s.lang
    usable, from_values = _period_facts(s)
    if q.value_high is None and _FROM_BEFORE[lang].search(s.text[max(0, q.start - 20) : q.start]):
        # ("ranging from $58 million to $63 million" is one range, not a reference level)
        near = [p for p in usable if 0 <= q.start - p.end <= 4 or 0 <= p.start - q.end <= 25]
        return near[0].period if near else None
    # "... $0.58 in the prior year", "revenue was $5 million last year": adjacent wins
    for p in usable:
        gap = s.text[q.end : p.start] if p.start >= q.end else None
        if (
            gap is not None
            and len(gap) <= 20
            and not re.search(r"[,;，；]", gap)
            and not any(q.end <= o.start and o.end <= p.start for o in s.quantities)
            and not _COMPARISON_CUE[lang].search(gap)
            and _PRIOR_PERIOD.search(p.text)
            and _COMPARISON_CUE[lang].search(s.text)
        ):
            return p.period
    own = [p for p in usable if not is_reference(s, p)]
    # "from $5 million in 2019 to $7 million": 2019 is the earlier level's, not $7 million's
    froms = [o for o in from_values if o is not q and o.end <= q.start]
    before = [
        p for p in own
        if p.end <= q.start and not any(0 <= p.start - o.end <= 5 for o in froms)
    ]
    # a period after a compared value belongs to that value ("$0.48 versus $0.40 in 2Q 2020"),
    # not to a list it closes ("$5.2 billion and $6.7 billion at December 31, 2020")
    after = [
        p
        for p in own
        if p.start >= q.end
        and not any(
            q.end <= o.start and o.end <= p.start for o in from_values
        )
    ]
    if before:
        # "revenue of $5 million in the third quarter": a period right after competes when
        # close; the finer one wins ("First quarter sales ... $190.9 million in fiscal '21")
        b = before[-1].period
        if (
            after
            and after[0].start - q.end <= 12
            and not re.search(r"[,;，；。]", s.text[q.end : after[0].start])  # the next clause's
        ):
            a = after[0].period
            assert a is not None and b is not None
            if re.search(r"[,;，；]", s.text[before[-1].end : q.start]):
                return a  # "With Q3 behind us, we expect growth of 9% for 2021": another clause's
            return a if _GRAIN[a.kind] <= _GRAIN[b.kind] else b
        return b
    if after:
        return after[0].period
    if usable and carried is None:
        return None  # the sentence names only periods it compares with: not this value's
    if carried is not None:
        # "在更早之前，...", "Earlier, ...": a sentence opening that moves away in time
        first_clause = s.text[: clause_bounds(s.text, 0, lang)[1]]
        if _NO_CARRY[lang].search(first_clause):
            return None
    return carried


def _reported(period: Period | None, call: Period | None) -> bool:
    """Whether ``period`` ends no later than the call's quarter (results, not outlook)."""
    if period is None or call is None or period.end is None or call.end is None:
        return False
    return period.end <= call.end


_LOOKS_BACK = re.compile(r"(?i)\b(?:last|prior|previous|ago|earlier|preceding)\b")


def _guided_for(s: Sentence, q: Quantity, period: Period, call: Period) -> bool:
    """Whether ``period``, picked for guidance ``q``, can be the period guided for: not one
    named as past ("last quarter", "a year ago"), nor an earlier quarter of the call's
    year said in another clause ("Consistent with our comments in the first quarter, we
    continue to expect ...")."""
    m = next((p for p in s.periods if p.period == period), None)
    if m is None:
        return True
    if _LOOKS_BACK.search(m.text):
        return False
    if period.kind in ("day", "month", "months", "half") and period != call and _reported(period, call):
        return False  # "due to our strong year-to-date results, we now expect ...": a past span
    # an earlier quarter of the call's year said in another clause
    return not (
        m.end <= q.start
        and period.kind == call.kind
        and period.kind in ("quarter", "fiscal_quarter")
        and period.year_number == call.year_number
        and int(period.label[-1]) < int(call.label[-1])
        and not call.label.endswith("Q4")
        and re.search(r"[,;]", s.text[m.end : q.start])
    )


def _full_year_after(call: Period) -> Period:
    """The year that guidance given without a period in a call is for: the call's year,
    or the next one when the call reports a fourth quarter. A call that speaks of fiscal
    quarters gives a fiscal year; one named by calendar quarters, a calendar year."""
    year = call.year_number
    if call.label.endswith("Q4"):
        year += 1
    return Period.fiscal_year(year) if call.kind == "fiscal_quarter" else Period.year(year)


def _roll_forward(s: Sentence, period: Period, call: Period) -> Period:
    """Guidance for a quarter named without a year ("we expect Q1 revenue ...") said in a
    later quarter's call is for next year's quarter."""
    if call.kind not in ("quarter", "fiscal_quarter"):
        return period
    if not any(p.period == period and p.relative for p in s.periods):
        return period
    if period.kind in ("year", "fiscal_year"):
        # "for the full year, we expect ..." in a fourth-quarter call: next year's guidance
        if call.label.endswith("Q4") and period.year_number == call.year_number:
            return Period.from_label(period.label.replace(str(period.year_number), str(period.year_number + 1)))
        return period
    if period.kind not in ("quarter", "fiscal_quarter"):
        return period
    pq, cq = int(period.label[-1]), int(call.label[-1])
    if period.year_number == call.year_number and pq < cq:
        return Period.from_label(period.label.replace(str(period.year_number), str(period.year_number + 1)))
    if period == call and any(p.period == period and p.relative and _THE_QUARTER.search(p.text) for p in s.periods):
        # "for the quarter, we expect ...": a call is held after its quarter ended, so the
        # quarter it guides is the next one (a fourth-quarter call's: next year's first)
        year, nq = (call.year_number + 1, 1) if cq == 4 else (call.year_number, cq + 1)
        fiscal = call.kind == "fiscal_quarter"
        return Period.fiscal_quarter(year, nq) if fiscal else Period.quarter(year, nq)
    return period


_THE_QUARTER = re.compile(r"(?i)^(?:the|this)\s+(?:current\s+|coming\s+|upcoming\s+)?quarter$")




_GROWTH_PHRASE = {
    "en": re.compile(
        r"(?:\b(?:sequential|organic|revenue|top[- ]line|year[- ]over[- ]year|annual|"
        r"quarterly|underlying|constant[- ]currency)\s+)?\bgrowth(?:\s+rates?)?\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"增长率|增長率|增速|同比增长|同比增長|增长|增長"),
}


def _growth_phrase(s: Sentence, q: Quantity) -> str | None:
    """A growth word near a percentage ("30% plus growth", "the growth ... maybe 20%")."""
    rx = _GROWTH_PHRASE[s.lang]
    after = rx.match(s.text, q.end, min(len(s.text), q.end + 25)) or rx.search(
        s.text[q.end : q.end + 25]
    )
    if after is not None and not re.search(r"[,;.，；]", s.text[q.end : q.end + after.start()]):
        return after.group()
    window = s.text[max(0, q.start - 100) : q.start]
    found = list(rx.finditer(window))
    return found[-1].group() if found else None


def _change_phrase(s: Sentence, q: Quantity) -> str | None:
    """The change word next to a value ("a 4% increase"), as the phrase of an unnamed metric."""
    m = _CHANGE_AFTER[s.lang].match(s.text[q.end : q.end + 40])
    if m:
        return (m.group("up") or m.group("down"))
    up_re, down_re = _CHANGE[s.lang]
    before = s.text[max(0, q.start - 30) : q.start]
    found = [x for rx in (up_re, down_re) for x in rx.finditer(before)]
    return max(found, key=lambda x: x.start()).group() if found else None


def _carried_metric(
    prev: Sequence[MetricMention], q: Quantity, ucls: str, unit_of: dict[str, str], change_hint: bool
) -> MetricMention | None:
    """The last compatible metric of the previous sentence of the same paragraph."""
    if ucls in ("count", "bare"):
        return None  # a count belongs to the noun next to it, never to an earlier sentence
    for m in reversed(prev):
        if _unit_compatible(unit_of.get(m.metric, "any"), ucls, change_hint, m.metric):
            return None if _too_large_per_share(m.metric, q) else m
    return None


# metrics whose amount "per share" is earnings per share
_PER_SHARE_IS_EPS = frozenset(
    {"net_income", "net_loss", "other", "revenue", "operating_income", "share_repurchase"}
)


_CENTS = re.compile(r"\$\s?\(?\d{1,2}\.\d\d(?![\d.])")
_SCALED = re.compile(r"\d\s?(?:[kKmMbB]\b|(?i:thousand|million|billion|mn|bn))")
_EARNINGS = re.compile(r"\b(?:earnings|income|profit)\b", re.IGNORECASE)


def _cents_amount(q: Quantity) -> bool:
    """Dollars written to the cent, under $100 and unscaled ("$0.47", "$0.47 to $0.52")."""
    return (
        q.unit == "USD"
        and abs(q.value) < 100
        and (q.value_high is None or abs(q.value_high) < 100)
        and _CENTS.search(q.text) is not None
        and _SCALED.search(q.text) is None
    )


def link_sentence(
    s: Sentence,
    *,
    unit_of: dict[str, str],
    default_company: str | None,
    carried_period: Period | None,
    prev_metrics: Sequence[MetricMention] = (),
    default_period: Period | None = None,
) -> list[Link]:
    """Decide metric, unit, change, kind, period and company for each quantity of ``s``."""
    lang = s.lang
    # where the sentence says "target"/"expects": a cue governs the values after it, and
    # those before it in its own clause ("revenue rose 67% to $669 million, and it expects
    # third-quarter revenue of $715 million": only the last is guidance)
    target_at = [m.start() for m in _TARGET[lang].finditer(s.text)]
    guidance_at = _guidance_cues(s)
    respectively = (
        assign_respectively(s.text, s.quantities, s.periods) if len(s.periods) >= 2 else {}
    )
    # "revenue and fee revenue increased 23% and 42%, respectively": each value its metric
    resp_metric = (
        assign_respectively_metrics(s.text, s.quantities, [(m.start, m.end) for m in s.metrics])
        if lang == "en" and len(s.metrics) >= 2 and len(s.quantities) >= 2
        else {}
    )
    linked: dict[int, Link] = {}
    index = _SentenceIndex(s)
    for qi, q in enumerate(s.quantities):
        subject: str | None = None  # the company a market move names as its subject
        kind = _kind_of(s, q, target_at, guidance_at)
        ucls = unit_class(q.unit)
        left_window = max(0, q.start - (120 if lang == "en" else 40))
        change_guess = _detect_change(s, q, left_window)
        metric = (
            s.metrics[resp_metric[qi]]
            if qi in resp_metric
            else _pick_metric(s, q, ucls, unit_of, change_guess is not None, index)
        )
        metric_text: str | None
        if metric is not None:
            metric_id, metric_text = metric.metric, metric.text
            left = metric.end if metric.end <= q.start else left_window
            change = _detect_change(s, q, left)
            if ucls == "%" and change is None and metric_id == "revenue" and _is_share_of(s, q, metric):
                metric_id = "revenue_share"
            if metric_id == "investment" and _RECEIVES[lang].search(
                s.text[max(0, metric.start - 60) : metric.start]
            ):
                metric_id = "funding"  # the subject received the investment: it raised funds
        else:
            change = change_guess
            growth = _growth_phrase(s, q) if ucls == "%" else None
            carried = _carried_metric(prev_metrics, q, ucls, unit_of, change_guess is not None)
            stake = (
                _ZH_STAKE_AFTER.match(s.text, q.end) if lang == "zh" and ucls == "%" else None
            )
            share_verb = (
                _ZH_SHARE_VERB.search(s.text, max(0, q.start - 24), q.start)
                if lang == "zh" and ucls == "shares" and carried is None
                else None
            )
            member_of = _zh_list_head(s, qi, linked) if lang == "zh" else None
            quote = (
                _SHARES_MOVE.search(s.text, max(0, q.start - 80), q.start)
                if lang == "en" and ucls in ("%", "money")
                else None
            )
            before = linked.get(qi - 1)
            follows = (  # "closed at $182.50, up 2.1%": the move of the value before
                _FOLLOWING_MOVE.fullmatch(s.text, s.quantities[qi - 1].end, q.start)
                if before is not None and before.metric != "other" and ucls in ("%", "bp", "pp")
                else None
            )
            move = (
                market_move(s.text, q.start, q.text, s.companies)
                if lang == "en" and ucls in ("%", "money") and quote is None
                else None
            )
            if before is not None and follows is not None:
                metric_id, metric_text = before.metric, before.metric_text
                change = "up" if follows.group("dir").lower() == "up" else "down"
            elif growth is not None:
                metric_id, metric_text = "revenue_growth", growth
            elif move is not None:  # "Nvidia advanced 8%", "The S&P 500 fell 0.9%"
                metric_id, metric_text, change = move.metric, move.metric_text, move.change
                subject = move.company
            elif quote is not None:  # "Shares of Acme rose 4%", "the stock closed at $41.20"
                metric_id, metric_text = "share_price", quote.group("phrase")
            elif member_of is not None:  # "分别为11.54亿元、11.12亿元": the list's metric
                metric_id, metric_text = member_of.metric, member_of.metric_text
            elif stake is not None:
                metric_id, metric_text = "shareholding", stake.group("phrase")
            elif share_verb is not None:
                metric_id, metric_text = "other", share_verb.group("phrase")
            elif carried is not None:
                metric, metric_id, metric_text = None, carried.metric, carried.text
            elif ucls in ("money", "%", "bp", "pp", "shares"):
                # every money, percent and share value is a record, named or not: when
                # nothing names it, metric "other" with metric_text None
                paid_in = _paid_in(s.text, q)  # "for $2 billion in cash"
                phrase = (
                    (None if paid_in else _other_metric_text(s, q, left_window))
                    or (_change_phrase(s, q) if change is not None else None)
                    or _list_metric_text(s, qi, index)
                    or _verb_metric_text(s, q, left_window)
                ) if ucls != "shares" else _outstanding_after(s.text, q.end)
                if phrase and all(w.lower() in _STOP_PHRASE_WORDS for w in phrase.split()):
                    phrase = None  # "$500 million of our 3.25% Notes": "our" names nothing
                metric_id, metric_text = "other", phrase
                if ucls == "shares" and phrase is not None:
                    metric_id = "shares_outstanding"  # "1,234 shares of common stock outstanding"
                known = phrase and next(
                    (m for m in s.metrics if m.text.lower() == phrase.lower()), None
                )
                if known and _unit_compatible(
                    unit_of.get(known.metric, "any"), ucls, change is not None, known.metric
                ):
                    metric, metric_id = known, known.metric  # "... are recorded in Cost of sales"
            elif ucls in ("count", "bare") and (noun := _counted_noun(s, q)) is not None:
                metric_id, metric_text = "other", noun  # "450 organizations", "四家科技公司"
            else:
                continue  # a bare number or count with nothing naming what it counts
        if q.per_share and ucls == "money" and metric_id in _PER_SHARE_IS_EPS:
            metric_id = "eps"  # "net income was $27.9 million or $0.55 per diluted share"
        elif _cents_amount(q) and (
            metric_id in ("net_income", "net_loss")
            or (metric_id == "other" and metric_text and _EARNINGS.search(metric_text))
        ):
            metric_id = "eps"  # "adjusted earnings were $0.47": no company earns 47 cents
        if _is_growth_metric(metric_id) and ucls in ("%", "bp", "pp"):
            change = None  # the value is the growth rate itself
        unit = q.unit
        if unit is None and metric_id == "other" and ucls == "bare":
            unit = "count"  # only a counted noun names a bare number's metric
        if unit is None:
            mu = unit_of.get(metric_id, "any")
            if mu == "count" or mu == "shares":
                unit = mu
            else:
                continue  # a bare number for a money/percent metric: unit unknown, not a record
        carry = carried_period if (kind != "actual" or default_period is None) else None
        if kind == "guidance" and _reported(carry, default_period):
            carry = None  # guidance is never for a period the call already reports
        if ucls in ("count", "bare"):
            carry = None  # a count (users, customers) is a state at a date, not a year's flow
        period = respectively[qi] if qi in respectively else _pick_period(s, q, carry)
        if (
            kind != "actual"
            and period is not None
            and default_period is not None
            and qi not in respectively
            and not _guided_for(s, q, period, default_period)
        ):
            period = None  # "raised from $10.70 last quarter to $11.55": not the guided period
        if period is None and default_period is not None and (metric_id != "other" or kind == "guidance"):
            if kind == "actual":
                period = default_period  # a result stated in a call is the call's quarter
            elif kind == "guidance":
                period = _full_year_after(default_period)  # unqualified guidance: full year
        elif period is not None and kind == "guidance" and default_period is not None:
            period = _roll_forward(s, period, default_period)
        company = subject or pick_company(s, q, metric, default_company)
        linked[qi] = Link(
            quantity=q,
            metric=metric_id,
            metric_text=metric_text,
            unit=unit,
            change=change,
            kind=kind,
            period=period,
            company=company,
        )
    return list(linked.values())  # in quantity order: insertion follows the loop


# "450 organizations", "1 billion people", "3 new carriers": a whole number of things.
# Not measures, spans of time or turns of speech ("3 short months", "two things").
_NOT_COUNTED = frozenset(
    ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "quarters", "halves", "times", "points", "percent", "percentages", "basis", "cents", "dollars", "bucks", "shares", "things", "ways", "reasons", "questions", "areas", "words", "steps", "slides", "pages", "folks", "guys", "others", "ones", "sides", "parts", "pieces", "levels", "phases", "stages", "rounds", "categories", "buckets", "pillars", "priorities", "miles", "kilometers", "tons", "tonnes", "barrels", "pounds", "ounces", "acres", "feet", "meters", "inches", "degrees", "notes", "bps", "basis-points", "x", "multiples", "lines", "rows", "columns", "decades", "centuries", "nights", "mins", "hrs", "digits", "watts", "kilowatts", "megawatts", "gigawatts", "emissions", "gallons", "liters", "litres", "bushels"]
)
_COUNTED_EN = re.compile(
    r"\s{1,2}(?:(?:new|more|additional|active|paying|unique|total|different|distinct|other|"
    r"large|small|major|key|[a-z]+-[a-z]+|[a-z]+al|[a-z]+ic|[a-z]+ive)\s{1,2})?"
    r"(?P<noun>people|employees|staff|children|men|women|[a-z]{2,}(?<![su])s)\b"
)


def _counted_noun(s: Sentence, q: Quantity) -> str | None:
    """The plural noun a whole number counts, written right after it, else None."""
    if q.value_high is not None or q.value != q.value.to_integral_value() or q.value <= 0:
        return None
    if s.lang == "zh":
        # "四家科技公司": without word segmentation the noun's end is a guess ("两家都私募"),
        # and a wrong metric phrase is worse than none
        return None
    if q.unit is not None or not re.fullmatch(r"[\d,.]+(?:\s(?:million|billion|thousand))?", q.text):
        return None
    if q.value >= 1900 and q.value <= 2100 and q.text.isdigit():
        return None  # a year-like number
    m = _COUNTED_EN.match(s.text, q.end)
    if m is None or m.group("noun") in _NOT_COUNTED:
        return None
    return m.group("noun")


# the stock's move: "Shares rose 4%", "Shares of Acme Inc fell 3.1% to $41.20", "the
# stock closed at $41.20" (the subject is the share, not the metric of a sentence before)
_SHARES_MOVE = re.compile(
    rf"(?P<phrase>\b(?:[Ss]hares|[Ss]tock)\b)(?:\s+of\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){{0,3}})?"
    rf"\s+(?:(?:were|was|have|has|had|also|then|initially)\s+)?(?:{_UP_EN}|{_DOWN_EN}|closed|ended|"
    rf"traded|finished|opened)(?:\s+(?:as much as|about|nearly|almost|more than|by|to|at|up|down|"
    rf"[\d.]+\s?%(?:\s+to)?))*\s+$"
)


# how a price is paid, not a balance: "for $2 billion in cash", "$5 billion in stock"
_PAID_IN = re.compile(r"\s+in\s+(?:cash|stock|shares|cash\s+and\s+stock|stock\s+and\s+cash)\b",
                      re.IGNORECASE)

_PAYMENT_BEFORE = re.compile(
    r"\b(?:for|paid|pay|pays|paying|offered|consideration\s+of|price\s+of)\s+"
    r"(?:(?:about|approximately|roughly|nearly|around|some|an?|the|a\s+total\s+of|total\s+of)\s+)*$",
    re.IGNORECASE,
)


_OUTSTANDING_AFTER = re.compile(
    r"\s+(?:of\s+(?:our\s+|the\s+company's\s+)?(?:(?:class\s+[a-z]|common|ordinary|capital|"
    r"voting)\s+)*(?:stock|shares?)\s+)?(?P<phrase>(?:issued\s+and\s+)?outstanding)\b",
    re.IGNORECASE,
)


def _outstanding_after(text: str, end: int) -> str | None:
    """"431,234,567 shares of common stock outstanding": the phrase naming a share count."""
    m = _OUTSTANDING_AFTER.match(text, end)
    return m.group("phrase") if m else None


def _paid_in(text: str, q: Quantity) -> bool:
    """"bought it for $2 billion in cash": the form of payment, not a cash balance (which
    "ended the quarter with $2 billion in cash" is)."""
    return bool(
        _PAID_IN.match(text, q.end) and _PAYMENT_BEFORE.search(text, max(0, q.start - 40), q.start)
    )


# "$182.50, up 2.1%", "$5 million, down 3% from a year ago": a move right after a value
_FOLLOWING_MOVE = re.compile(r"\s*[,(]\s*(?P<dir>up|down)\s+(?:by\s+|about\s+|nearly\s+|almost\s+)?",
                             re.IGNORECASE)


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


_ZH_LIST_SEP = re.compile(r"\s*(?:、|，|,|和|及|与|與|以及)\s*")


def _zh_list_head(s: Sentence, qi: int, linked: dict[int, Link]) -> Link | None:
    """The link of the value right before ``qi`` when the two stand in one Chinese list
    of the same unit class ("11.54亿元、11.12亿元、6.47亿元")."""
    prev = linked.get(qi - 1)
    if prev is None:
        return None
    q, p = s.quantities[qi], s.quantities[qi - 1]
    if unit_class(q.unit) != unit_class(p.unit) or not _ZH_LIST_SEP.fullmatch(s.text, p.end, q.start):
        return None
    return prev


def most_frequent_company(sentences: Sequence[Sentence]) -> str | None:
    """The company mentioned most often (ties: the first mentioned): a document's subject."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    i = 0
    for s in sentences:
        for c in s.companies:
            counts[c.name] = counts.get(c.name, 0) + 1
            first.setdefault(c.name, i)
            i += 1
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))
