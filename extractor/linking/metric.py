"""Metric: which metric phrase of the sentence (or of the sentence before) a value belongs to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..lang import get_language
from ..metrics import MetricMention
from ..quantities import Quantity
from .change import _LEVEL_BEFORE
from .cues import per_language
from .sentence import Sentence
from .units import _unit_compatible, unit_class

_EN = get_language("en")
_ZH = get_language("zh")

_REFERENCE_BEFORE_METRIC = per_language("METRIC_REFERENCE_BEFORE")
_SHARE_OF = per_language("METRIC_SHARE_OF")
# "Twilio获得...投资", "raised $X in a funding round": the subject is the one funded
_RECEIVES = per_language("METRIC_RECEIVES")
_METRIC_AFTER_GAP = {
    "en": re.compile(
        _EN.regex("METRIC_AFTER_GAP"),
    ),
    # "12亿现金收购", "15亿元的对价收购", "3100万股进行质押", "7.54亿股处于质押状态"
    "zh": re.compile(_ZH.regex("METRIC_AFTER_GAP")),
}


_CLAUSE_COMMA = re.compile(r"[，,；;]")
_COMPARISON_LEAD = re.compile(_EN.regex("METRIC_COMPARISON_LEAD"), re.IGNORECASE)
_OWNED_AFTER = re.compile(_EN.regex("METRIC_OWNED_AFTER"))
_OWN_DESCRIPTOR_AFTER = re.compile(_EN.regex("METRIC_OWN_DESCRIPTOR_AFTER"), re.IGNORECASE)
_CLAUSE_TURN = re.compile(_EN.regex("METRIC_CLAUSE_TURN"))


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
        self.after_value: dict[int, bool] = {}  # metric index -> named right after a value

    def comma_within(self, s: Sentence, a: int, b: int) -> bool:
        """Is one of "，,；;" inside ``[a, b)``?"""
        if self.commas is None:
            self.commas = [m.start() for m in _CLAUSE_COMMA.finditer(s.text)]
        k = bisect_left(self.commas, a)
        return k < len(self.commas) and self.commas[k] < b

    def quantity_within(self, a: int, b: int) -> bool:
        """Is there a quantity inside ``[a, b)``?"""
        return self.q_min_end[bisect_left(self.q_starts, a)] <= b

    def follows_value(self, s: Sentence, mi: int) -> bool:
        """Is metric ``mi`` named right after a value, as its noun ("$2.1 billion in
        buybacks", "$5 million of revenue")? The value before owns it. English."""
        got = self.after_value.get(mi)
        if got is None:
            m = s.metrics[mi]
            prev_end = max((q.end for q in s.quantities if q.end <= m.start), default=None)
            got = prev_end is not None and bool(
                _OWNED_AFTER.fullmatch(s.text, prev_end, m.start)
                and _METRIC_AFTER_GAP["en"].match(s.text[prev_end : m.start])
            )
            self.after_value[mi] = got
        return got

    def is_reference(self, s: Sentence, mi: int) -> bool:
        got = self.reference.get(mi)
        if got is None:
            m = s.metrics[mi]
            got = bool(
                _REFERENCE_BEFORE_METRIC[s.lang].search(s.text[max(0, m.start - 20) : m.start])
            )
            self.reference[mi] = got
        return got


def turned_away(s: Sentence, a: int, b: int) -> bool:
    """Does the sentence turn, between ``a`` and ``b``, to a clause whose own subject
    moves (", while fuel costs per gallon dropped")? English."""
    return "," in s.text[a:b] and _CLAUSE_TURN.search(s.text, a, b) is not None


# what joins a reference metric to a value that is its own ("compared with net income
# of $1.2 million"): the value is the reference's, the metric names it
_REFERENCE_OWN_VALUE = per_language("METRIC_REFERENCE_OWN_VALUE")


def pick_metric(
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
    # "$450 million available under ...": the value says what it is
    describes_itself: bool | None = None
    for mi, m in enumerate(s.metrics):
        if m.end <= q.start:
            dist = q.start - m.end
            if ix.is_reference(s, mi) and not _REFERENCE_OWN_VALUE[lang].fullmatch(s.text, m.end, q.start):
                continue  # "较发行价", "compared to last year's revenue": a reference, not the subject
            # another quantity between the metric and this one: the metric may belong to it
            between = ix.quantity_within(m.end, q.start)
            if lang == "en" and between and turned_away(s, m.end, q.start):
                continue  # "Unit revenue fell 3.5%, while fuel costs dropped 12%": another subject's
            owned = lang == "en" and not between and ix.follows_value(s, mi)
            if (between or owned) and lang == "en":
                if describes_itself is None:
                    describes_itself = _OWN_DESCRIPTOR_AFTER.match(s.text, q.end) is not None
                if describes_itself:
                    continue  # "$318 million of cash and $450 million available under ...":
                    # the metric is another value's; this one says what it is
            if between:
                dist += 15 if lang == "zh" else 30
            elif owned:
                dist += 30  # "$2.1 billion in buybacks and $1.1 billion of dividends"
            if lang == "zh" and ix.comma_within(s, m.end, q.start):
                dist += 10
            score = float(dist)
        elif m.start >= q.end:
            gap = s.text[q.end : m.start]
            if not _METRIC_AFTER_GAP[lang].match(gap):
                continue
            if m.metric == "cash" and _paid_in(s.text, q):
                continue  # "for $68.7 billion in cash": how it is paid, not a cash balance
            if _COMPARISON_LEAD.match(m.text):
                continue  # "$20 million compared to a loss of $4 million": the next value's
            score = float(len(gap)) + 3
        else:
            continue
        if not _unit_compatible(unit_of.get(m.metric, "any"), ucls, change_hint, m.metric) and not (
            ucls == "%" and _is_share_of(s, q, m)
        ):
            continue
        if _too_large_per_share(m.metric, q):
            continue
        if ucls == "bare" and q.value != q.value.to_integral_value() and unit_of.get(m.metric) == "count":
            continue  # "deliveries of 13,000 units ... a book-to-bill of 1.3": no count is 1.3
        if (
            ucls in ("count", "bare")
            and m.end <= q.start
            and not (
                _LEVEL_BEFORE[lang].search(s.text[m.end : q.start])
                or _COUNT_VERB[lang].search(s.text[m.end : q.start])
                # "员工1200人", "Q3 deliveries 435K": a count right after a noun counted in
                # numbers is its count
                or (not s.text[m.end : q.start].strip(" :：") and unit_of.get(m.metric) == "count")
            )
        ):
            continue  # "客户群...两个销售团队": a count belongs to the noun it counts
        if best is None or score < best[0]:
            best = (score, m)
    return best[1] if best else None


_COUNT_VERB = per_language("METRIC_COUNT_VERB")


def _is_share_of(s: Sentence, q: Quantity, m: MetricMention) -> bool:
    """ "占Twilio去年营收的17%", "17% of revenue": a percentage share of a metric."""
    if s.lang == "zh":
        return m.end <= q.start and bool(
            _SHARE_OF["zh"].search(s.text[max(0, m.start - 14) : m.start])
        )
    return m.start >= q.end and bool(_METRIC_AFTER_GAP["en"].match(s.text[q.end : m.start]))


# metrics that are always an amount per share: never millions or billions
_PER_SHARE_ONLY = frozenset({"eps", "share_price"})


def _too_large_per_share(metric: str, q: Quantity) -> bool:
    """ "EPS of $7.65 to $7.95 and ... at least $2.5 billion": a scaled sum of money is
    never a per-share metric's value, whatever phrase stands nearest."""
    return (
        metric in _PER_SHARE_ONLY
        and unit_class(q.unit) == "money"
        and (_SCALED.search(q.text) is not None or abs(q.value) >= 1_000_000)
    )


_GROWTH_PHRASE = per_language("METRIC_GROWTH_PHRASE")
_GROWTH_PHRASE_BEFORE = per_language("METRIC_GROWTH_PHRASE_BEFORE")


def _growth_phrase(s: Sentence, q: Quantity) -> str | None:
    """A growth word near a percentage ("30% plus growth", "the growth ... maybe 20%")."""
    rx = _GROWTH_PHRASE[s.lang]
    after = rx.match(s.text, q.end, min(len(s.text), q.end + 25)) or rx.search(
        s.text[q.end : q.end + 25]
    )
    if after is not None and not re.search(r"[,;.，；]", s.text[q.end : q.end + after.start()]):
        return after.group()
    window = s.text[max(0, q.start - 100) : q.start]
    found = list(_GROWTH_PHRASE_BEFORE[s.lang].finditer(window))
    return found[-1].group() if found else None


def _carried_metric(
    prev: Sequence[MetricMention],
    q: Quantity,
    ucls: str,
    unit_of: dict[str, str],
    change_hint: bool,
) -> MetricMention | None:
    """The last compatible metric of the previous sentence of the same paragraph."""
    if ucls in ("count", "bare"):
        return None  # a count belongs to the noun next to it, never to an earlier sentence
    for m in reversed(prev):
        if _unit_compatible(unit_of.get(m.metric, "any"), ucls, change_hint, m.metric):
            return None if _too_large_per_share(m.metric, q) else m
    return None


_MARGIN_WORD = re.compile(_EN.regex("METRIC_MARGIN_WORD"), re.IGNORECASE)
_MARGIN_AFTER = re.compile(_EN.regex("METRIC_MARGIN_AFTER"), re.IGNORECASE)
# the margin of each profit metric
_MARGIN_OF = {
    "ebitda": "ebitda_margin",
    "ebita": "ebita_margin",
    "free_cash_flow": "free_cash_flow_margin",
    "operating_income": "operating_margin",
    "net_income": "net_margin",
    "gross_profit": "gross_margin",
}


def margin_metric(
    lang: str, phrase: str | None, after: str, before: str
) -> tuple[str, str] | None:
    """(margin metric, the words naming it) of a percentage named only "margin" (in
    ``phrase``, or right ``after`` it) next to a profit (``before``: that value's metric):
    "Adjusted EBITDA of $486 million, a 39.2% margin", "..., a margin of 12.5%".

    >>> margin_metric("en", None, " margin.", "ebitda"), margin_metric("en", "margin of error", "", "ebitda")
    (('ebitda_margin', 'margin'), None)
    """
    metric = _MARGIN_OF.get(before)
    if lang != "en" or metric is None:
        return None
    if phrase is not None:
        return (metric, phrase) if _MARGIN_WORD.fullmatch(phrase) else None
    m = _MARGIN_AFTER.match(after)
    return (metric, m.group("word")) if m else None


# metrics whose amount "per share" is earnings per share
_PER_SHARE_IS_EPS = frozenset(
    {"net_income", "net_loss", "other", "revenue", "operating_income", "share_repurchase"}
)


_CENTS = re.compile(r"\$\s?\(?\d{1,2}\.\d\d(?![\d.])")
_SCALED = re.compile(_EN.regex("METRIC_SCALED"))
# an amount written in a currency's minor unit ("53 cents", "62c", "12.4p", "8 pence")
_MINOR_UNIT = re.compile(r"\d\s?(?:cents?|¢|c|pence|p)$")
_EARNINGS = re.compile(_EN.regex("METRIC_EARNINGS_WORDS"), re.IGNORECASE)
# a sum per share that is paid or asked (an offer, a placing price), not earned
_PRICE_PAID = re.compile(_EN.regex("METRIC_PRICE_PAID_WORDS"), re.IGNORECASE)
_PRICE_AT = re.compile(_EN.regex("METRIC_PRICE_AT_BEFORE"), re.IGNORECASE)
_ZH_PRICE_BEFORE = re.compile(_ZH.regex("METRIC_PRICE_PAID_BEFORE"))
_ZH_PRICE_AFTER = re.compile(_ZH.regex("METRIC_PRICE_PAID_AFTER"))


def per_share_is_price(s: Sentence, q: Quantity, metric_text: str | None, named: bool = False) -> bool:
    """Is a sum per share a price paid or asked rather than earnings? ``named``: a lexicon
    metric names the sum (then English reads it as that metric's amount per share). For
    an unnamed sum English says so in its phrase ("paid $40 a share", "an offer of 470
    pence a share") or right before it ("will pay $0.52 per share", "at 860 francs a
    share"); Chinese around it ("以每股4.5港元配售", "每股作价10元")."""
    if s.lang == "en":
        if named:
            return False
        return (
            (metric_text is not None and _PRICE_PAID.search(metric_text) is not None)
            or _PRICE_PAID.search(s.text, max(0, q.start - 40), q.start) is not None
            or _PRICE_AT.search(s.text, max(0, q.start - 6), q.start) is not None
        )
    t = s.text
    return bool(
        _ZH_PRICE_BEFORE.search(t, max(0, q.start - 8), q.start) or _ZH_PRICE_AFTER.match(t, q.end)
    )


def _cents_amount(q: Quantity) -> bool:
    """Dollars written to the cent, under $100 and unscaled ("$0.47", "$0.47 to $0.52"),
    or an amount written in a minor unit ("53 cents", "12.4p")."""
    if abs(q.value) >= 100 or (q.value_high is not None and abs(q.value_high) >= 100):
        return False
    if _SCALED.search(q.text) is not None:
        return False
    return (q.unit == "USD" and _CENTS.search(q.text) is not None) or _MINOR_UNIT.search(q.text) is not None


# how a price is paid, not a balance: "for $2 billion in cash", "$5 billion in stock"
_PAID_IN = re.compile(_EN.regex("METRIC_PAID_IN"), re.IGNORECASE)

_PAYMENT_BEFORE = re.compile(
    _EN.regex("METRIC_PAYMENT_BEFORE"),
    re.IGNORECASE,
)


def _paid_in(text: str, q: Quantity) -> bool:
    """ "bought it for $2 billion in cash": the form of payment, not a cash balance (which
    "ended the quarter with $2 billion in cash" is)."""
    return bool(
        _PAID_IN.match(text, q.end) and _PAYMENT_BEFORE.search(text, max(0, q.start - 40), q.start)
    )
