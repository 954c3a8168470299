"""Linking one sentence: each decision module in turn, for every value of the sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import attrs

from ..lang import get_language
from ..market import market_move, zh_index_move
from ..metrics import MetricMention
from ..quantities import Quantity
from ..records import Period
from ..respectively import assign_respectively, assign_respectively_metrics
from .change import (
    _FOLLOWING_MOVE,
    _change_phrase,
    detect_change,
    from_cue_before,
    market_value_move,
    phrase_direction,
    same_sum_in_brackets,
    verb_before_metric,
)
from .company import is_acquired, is_investor, pick_company
from .cues import per_language
from .kind import expected_figure, guidance_cues, kind_of, target_cues
from .metric import (
    _EARNINGS,
    _PER_SHARE_IS_EPS,
    _RECEIVES,
    _carried_metric,
    _cents_amount,
    _growth_phrase,
    _is_share_of,
    _paid_in,
    _SentenceIndex,
    _too_large_per_share,
    margin_metric,
    per_share_is_price,
    pick_metric,
    turned_away,
)
from .metric_phrase import (
    _SHARES_MOVE,
    _STOP_PHRASE_WORDS,
    _ZH_SHARE_VERB,
    _ZH_STAKE_AFTER,
    _counted_noun,
    _list_metric_text,
    _other_metric_text,
    _outstanding_after,
    _share_count_within,
    _verb_metric_text,
    _zh_list_head,
    amount_noun_after,
    commodity_move,
    commodity_price,
    deal_verb_metric,
    metric_heads_phrase,
)
from .period import (
    _full_year_after,
    _guided_for,
    _reported,
    _roll_forward,
    pick_period,
    year_to_date,
)
from .sentence import Link, Sentence
from .units import _is_growth_metric, _unit_compatible, unit_class

_EN = get_language("en")


@attrs.frozen
class _Choice:
    """The metric decided for one value, with the change and the subject that come with it."""

    metric: MetricMention | None  # the lexicon mention naming the value, if one does
    metric_id: str
    metric_text: str | None
    change: Literal["up", "down"] | None
    subject: str | None = None  # the company a market move names as its subject
    unowned: bool = False  # a commodity's or a currency's move: no company's value


@attrs.define
class _SentenceWork:
    """What the values of one sentence share: the document context handed in, the cues
    found once per sentence, and the links made so far (a list member takes the metric of
    the member before it)."""

    s: Sentence
    unit_of: dict[str, str]
    default_company: str | None
    carried_period: Period | None
    prev_metrics: Sequence[MetricMention]
    default_period: Period | None
    target_at: list[int]
    guidance_at: list[int]
    respectively: dict[int, Period]
    resp_metric: dict[int, int]
    index: _SentenceIndex
    linked: dict[int, Link] = attrs.Factory(dict)


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
    # where the sentence says "target"/"expects": a cue governs the values after it, and
    # those before it in its own clause ("revenue rose 67% to $669 million, and it expects
    # third-quarter revenue of $715 million": only the last is guidance)
    work = _SentenceWork(
        s,
        unit_of,
        default_company,
        carried_period,
        prev_metrics,
        default_period,
        target_at=target_cues(s),
        guidance_at=guidance_cues(s),
        respectively=(
            assign_respectively(s.text, s.quantities, s.periods) if len(s.periods) >= 2 else {}
        ),
        # "revenue and fee revenue increased 23% and 42%, respectively": each value its metric
        resp_metric=(
            assign_respectively_metrics(s.text, s.quantities, [(m.start, m.end) for m in s.metrics])
            if s.lang == "en" and len(s.metrics) >= 2 and len(s.quantities) >= 2
            else {}
        ),
        index=_SentenceIndex(s),
    )
    for qi, q in enumerate(s.quantities):
        link = _link_value(work, qi, q)
        if link is not None:
            work.linked[qi] = link
    if len(work.linked) >= 2 and any(ln.metric == "other" for ln in work.linked.values()):
        _share_bound_metrics(s, work.linked)
    return list(work.linked.values())  # in quantity order: insertion follows the loop


_BOUND_JOIN = per_language("METRIC_BOUND_JOIN")


def _share_bound_metrics(s: Sentence, linked: dict[int, Link]) -> None:
    """The two bounds of one amount ("不低于5亿元且不超过10亿元回购", "at least $40 million and
    no more than $60 million of stock"): a value the scanner qualified ">=" joined to the
    next, qualified "<=", by no more than "and" / 且. They name one metric: the lower bound,
    which named none, takes the upper bound's (the metric is often written after it)."""
    qs = s.quantities
    for qi in range(len(qs) - 1):
        lo, hi = linked.get(qi), linked.get(qi + 1)
        if lo is None or hi is None or lo.metric != "other" or hi.metric == "other" or lo.unit != hi.unit:
            continue
        a, b = qs[qi], qs[qi + 1]
        if a.qualifier not in (">=", ">") or b.qualifier not in ("<=", "<") or not b.qualifier_text:
            continue
        at = s.text.rfind(b.qualifier_text, a.end, b.start)
        if at >= 0 and not s.text[at + len(b.qualifier_text) : b.start].strip() and _BOUND_JOIN[
            s.lang
        ].fullmatch(s.text, a.end, at):
            linked[qi] = attrs.evolve(
                lo, metric=hi.metric, metric_text=hi.metric_text, company=lo.company or hi.company
            )


# between a sum and the same sum per share after it (", or $3.32 a share")
_OR_PER_SHARE = re.compile(r",?\s{1,2}or\s{1,2}(?:about\s{1,2}|approximately\s{1,2})?")


def _link_value(work: _SentenceWork, qi: int, q: Quantity) -> Link | None:
    """The link of the ``qi``-th value, or None when nothing says what it measures."""
    s = work.s
    kind = kind_of(s, q, work.target_at, work.guidance_at)
    ucls = unit_class(q.unit)
    choice = _choose_metric(work, qi, q, ucls)
    if choice is None:
        return None  # a bare number or count with nothing naming what it counts
    # English reads the price words in an unnamed value's phrase, Chinese around the value
    price = q.per_share and per_share_is_price(
        s, q, choice.metric_text, named=choice.metric_id != "other"
    )
    metric_id = _per_share_metric(q, ucls, choice.metric_id, choice.metric_text, price)
    change = choice.change
    growth = _is_growth_metric(metric_id) and ucls in ("%", "bp", "pp")
    if growth and change == "up" and metric_id != "same_store_sales":
        # the value is the growth rate itself; a fall keeps its direction, so "same-store
        # sales fell 2%" never reads as growth of +2%
        change = None
    prev = work.linked.get(qi - 1)
    if prev is not None and same_sum_in_brackets(s, prev.quantity, q):
        change = prev.change  # "fell to 600 billion won ($455 million)": a level, as before it
    elif (
        prev is not None
        and prev.change is None
        and q.per_share
        and unit_class(q.unit) == "money"
        and _OR_PER_SHARE.fullmatch(s.text, prev.quantity.end, q.start)
    ):
        change = None  # "fell 33% to $1.22 billion, or $3.32 a share": the level per share
    unit = _record_unit(q, ucls, metric_id, work.unit_of)
    if unit is None:
        return None  # a bare number for a money/percent metric: unit unknown, not a record
    return Link(
        quantity=q,
        metric=metric_id,
        metric_text=choice.metric_text,
        unit=unit,
        change=change,
        kind=kind,
        period=_choose_period(work, qi, q, kind, ucls, metric_id),
        company=None
        if choice.unowned
        else choice.subject
        or pick_company(s, q, choice.metric, work.default_company, purchase=metric_id == "acquisition"),
    )


def _choose_metric(work: _SentenceWork, qi: int, q: Quantity, ucls: str) -> _Choice | None:
    """A metric phrase of the sentence, else what the context says, else a phrase naming
    an unknown metric ("other")."""
    s = work.s
    moved = market_value_move(s, q)
    if moved is not None:  # "lost $70 billion in market value": a move of the market value
        return _Choice(None, "market_cap", moved[0], moved[1])
    left_window = max(0, q.start - (120 if s.lang == "en" else 40))
    noun = _amount_noun(s, q, left_window) if qi not in work.resp_metric else None
    if noun is not None:  # "a $50 million headwind": the sum is the noun, not a nearby metric
        return noun
    share = None
    if ucls == "%" and qi not in work.resp_metric:
        share = _list_share_of(s, qi) if s.lang == "en" else _zh_share_of_revenue(s, q)
    if share is not None:  # "18%, 21% and 24% of total revenue", "营收的6%": share of revenue
        return share
    change_guess = detect_change(s, q, left_window)
    if change_guess is None and ucls in ("%", "bp", "pp"):
        change_guess = _set_by_verb(s, q)
    metric = (
        s.metrics[work.resp_metric[qi]]
        if qi in work.resp_metric
        else pick_metric(s, q, ucls, work.unit_of, change_guess is not None, work.index)
    )
    if metric is not None and metric.end <= q.start and s.lang == "en" and ucls in ("%", "money"):
        quote = _SHARES_MOVE.search(s.text, max(metric.end, q.start - 80), q.start)
        if quote is not None:  # "Netflix adds 8.8M subscribers, shares jump 16%": the stock
            return _Choice(None, "share_price", quote.group("phrase"), change_guess)
    if metric is not None and metric.metric == "share_price" and s.lang == "zh" and ucls == "%":
        zh_move = zh_index_move(s.text, q.start, s.companies)
        if zh_move is not None:  # "恒生指数收报25000点，涨1.2%": the index moved, no share
            return _Choice(None, zh_move.metric, zh_move.metric_text, zh_move.change, zh_move.company)
    if metric is not None:
        return _named_metric(s, q, ucls, metric, left_window, change_guess)
    if s.lang == "en" and s.metrics and s.metrics[0].end <= q.start and turned_away(s, s.metrics[0].end, q.start):
        # ", while fuel costs dropped 12%": the clause's own subject, named by no metric
        return _phrase_metric(work, qi, q, ucls, change_guess, left_window)
    from_context = _context_metric(work, qi, q, ucls, change_guess)
    if from_context is not None:
        return from_context
    return _phrase_metric(work, qi, q, ucls, change_guess, left_window)


def _amount_noun(s: Sentence, q: Quantity, left_window: int) -> _Choice | None:
    """The noun phrase a sum modifies names it ("a $30 million legal accrual": other,
    "accrual"; "a $300 million operating loss": the metric heading the phrase); None when
    there is no such phrase or its head is a deal or a plan (read by the deal grammar)."""
    found = amount_noun_after(s, q)
    if found is None:
        return None
    start, end, deal = found
    heads = [
        m for m in s.metrics if start <= m.start < end and metric_heads_phrase(s, m.end, end)
    ]
    if heads:
        return _named_metric(s, q, "money", heads[-1], left_window, None)
    if deal:
        return None
    return _Choice(None, "other", s.text[start:end], None)


# what stands between the members of a list of percentages ("18%, 21% and 24%")
_SHARE_LIST_GAP = re.compile(r",?\s{1,2}and\s{1,2}|,\s{1,2}")


def _list_share_of(s: Sentence, qi: int) -> _Choice | None:
    """A percentage listed before others whose last is a share of revenue ("18%, 21% and
    24% of total revenue"): a share of revenue too. English."""
    last = qi
    while (
        last + 1 < len(s.quantities)
        and unit_class(s.quantities[last + 1].unit) == "%"
        and _SHARE_LIST_GAP.fullmatch(s.text, s.quantities[last].end, s.quantities[last + 1].start)
    ):
        last += 1
    if last == qi:
        return None
    tail = s.quantities[last]
    for m in s.metrics:
        if (m.metric == "revenue" and _is_share_of(s, tail, m)) or (
            m.metric == "revenue_share" and not s.text[tail.end : m.start].strip()
        ):
            return _Choice(m, "revenue_share", m.text, None)
    return None


_ZH_OF_VALUE = re.compile(r"的(?:约|近|逾|超过|超)?")


def _zh_share_of_revenue(s: Sentence, q: Quantity) -> _Choice | None:
    """ "不低于营收的5%", "相当于营业收入的12%": a percentage right after revenue and 的 is a
    share of revenue (as "5% of revenue" is in English)."""
    for m in s.metrics:
        if m.metric == "revenue" and m.end <= q.start and _ZH_OF_VALUE.fullmatch(s.text, m.end, q.start):
            return _Choice(m, "revenue_share", m.text, None)
    return None


def _set_by_verb(s: Sentence, q: Quantity) -> Literal["up", "down"] | None:
    """The move a verb before the last metric before ``q`` gives it, when only "by" stands
    between ("raised its dividend by 10%": a change of the dividend, not a dividend)."""
    last = None
    for m in s.metrics:
        if m.end <= q.start and (last is None or m.end > last.end):
            last = m
    if last is None:
        return None
    return verb_before_metric(s, last.start, last.end, q, None)


def _named_metric(
    s: Sentence,
    q: Quantity,
    ucls: str,
    metric: MetricMention,
    left_window: int,
    window_change: Literal["up", "down"] | None,
) -> _Choice:
    """The metric a lexicon phrase names, refined by the words around it
    (``window_change``: the change read from ``left_window`` on)."""
    metric_id = metric.metric
    left = metric.end if metric.end <= q.start else left_window
    change = window_change if left == left_window else detect_change(s, q, left)
    if change is None and left != left_window:
        change = verb_before_metric(s, metric.start, left, q, window_change)
    if change is None and ucls in ("bp", "pp"):
        change = phrase_direction(s.lang, metric.text)  # "加息25个基点", "a rate cut of 50 bp"
    if ucls == "%" and change is None and metric_id == "revenue" and _is_share_of(s, q, metric):
        metric_id = "revenue_share"
    if metric_id == "investment" and _RECEIVES[s.lang].search(
        s.text[max(0, metric.start - 60) : metric.start]
    ):
        metric_id = "funding"  # the subject received the investment: it raised funds
    return _Choice(metric, metric_id, metric.text, change)


# between a share's move and the price it ended at ("fell 2.3% to 5,012p", "涨4%，报15.82港元")
_MOVE_TO_PRICE = per_language("MARKET_MOVE_TO_PRICE")


# "the other 15%", "the remaining 40%": the rest of a whole a share before named
_REST_BEFORE = re.compile(_EN.regex("METRIC_REST_OF_SHARE_BEFORE"), re.IGNORECASE)
_SHARE_METRICS = frozenset({"revenue_share", "market_share"})
_SOLD_BEFORE = re.compile(_EN.regex("METRIC_UNITS_SOLD_VERB"), re.IGNORECASE)
_GOODS_AFTER = re.compile(_EN.regex("METRIC_UNITS_SOLD_GOODS"))
_HOMES = re.compile(r"\b(?:homes?|houses?)\b")


def _context_metric(
    work: _SentenceWork, qi: int, q: Quantity, ucls: str, change: Literal["up", "down"] | None
) -> _Choice | None:
    """The metric the value's context gives when no phrase names it: the value before it,
    a growth word, a market move, a list, a stake, a share verb, the sentence before."""
    s, lang = work.s, work.s.lang
    before = work.linked.get(qi - 1)
    follows = (  # "closed at $182.50, up 2.1%": the move of the value before
        _FOLLOWING_MOVE.fullmatch(s.text, s.quantities[qi - 1].end, q.start)
        if before is not None and before.metric != "other" and ucls in ("%", "bp", "pp")
        else None
    )
    if before is not None and follows is not None:
        up = follows.group("dir").lower() == "up"
        return _Choice(None, before.metric, before.metric_text, "up" if up else "down")
    if (
        before is not None
        and before.metric in ("share_price", "price")
        and before.unit == "%"
        and ucls == "money"
        and _MOVE_TO_PRICE[lang].fullmatch(s.text, s.quantities[qi - 1].end, q.start)
    ):  # "BHP slipped 1.1% to A$44.20", "Bitcoin jumped 5% to above $44,000": the price
        return _Choice(None, before.metric, before.metric_text, None, before.company)
    if ucls == "%" and lang == "en" and _REST_BEFORE.search(s.text, max(0, q.start - 24), q.start):
        share = next(  # "85% of the sales ..., and the rest make up the other 15%"
            (ln for j, ln in sorted(work.linked.items(), reverse=True) if j < qi and ln.metric in _SHARE_METRICS),
            None,
        )
        if share is not None:
            return _Choice(None, share.metric, share.metric_text, None)
    goods = _GOODS_AFTER.match(s.text, q.end) if ucls in ("bare", "count") and lang == "en" else None
    if goods is not None:
        sold = _SOLD_BEFORE.search(s.text, max(0, q.start - 40), q.start)
        verb = sold.group().split()[0] if sold is not None else ""
        # (homes "delivered" are built, not sold: "we've delivered 60 homes, 80% leased")
        if verb and not (verb.lower().startswith("deliver") and _HOMES.search(goods.group())):
            return _Choice(None, "unit_sales", verb, None)  # "BYD sold 502,657 vehicles"
    growth = _growth_phrase(s, q) if ucls == "%" else None
    if growth is not None:
        return _Choice(None, "revenue_growth", growth, change)
    commodity = commodity_move(s, q) if ucls in ("%", "money") else None
    if commodity is not None:  # "Brent crude rose 1.1%": the commodity's price
        return _Choice(None, "price", commodity, change, unowned=True)
    if lang == "en" and ucls in ("%", "money"):
        quote = _SHARES_MOVE.search(s.text, max(0, q.start - 80), q.start)
        move = market_move(s.text, q.start, q.text, s.companies) if quote is None else None
        if move is not None:  # "Nvidia advanced 8%", "The S&P 500 fell 0.9%"
            return _Choice(None, move.metric, move.metric_text, move.change, move.company)
        if quote is not None:  # "Shares of Acme rose 4%", "the stock closed at $41.20"
            return _Choice(None, "share_price", quote.group("phrase"), change)
    per_unit = commodity_price(s, q) if lang == "en" and ucls == "money" else None
    if per_unit is not None:  # "Brent rose to $82.40 a barrel": the commodity's price
        return _Choice(None, "price", per_unit, change)
    if lang == "zh" and ucls == "%":
        zh_move = zh_index_move(s.text, q.start, s.companies)
        if zh_move is not None:  # "恒生指数收跌1.2%": the index is the subject
            return _Choice(None, zh_move.metric, zh_move.metric_text, zh_move.change, zh_move.company)
    member_of = _zh_list_head(s, qi, work.linked) if lang == "zh" else None
    if member_of is not None:  # "分别为11.54亿元、11.12亿元": the list's metric
        return _Choice(None, member_of.metric, member_of.metric_text, change)
    stake = _ZH_STAKE_AFTER.match(s.text, q.end) if lang == "zh" and ucls == "%" else None
    if stake is not None:
        return _Choice(None, "shareholding", stake.group("phrase"), change)
    carried = _carried_metric(work.prev_metrics, q, ucls, work.unit_of, change is not None)
    share_verb = (
        _ZH_SHARE_VERB.search(s.text, max(0, q.start - 24), q.start)
        if lang == "zh" and ucls == "shares" and carried is None
        else None
    )
    if share_verb is not None:
        return _Choice(None, "other", share_verb.group("phrase"), change)
    if carried is not None:
        return _Choice(None, carried.metric, carried.text, change)
    return None


def _earlier_level(work: _SentenceWork, qi: int, q: Quantity, ucls: str) -> _Choice | None:
    """A value introduced by "from"/"versus" right after a value of the same kind is that
    value's metric at an earlier time, else None: a bare number after a count ("4.5
    million subscribers, up from 3.9 million"), an unnamed sum or rate after a named one
    ("Its loss narrowed to $0.12 a share from $0.30"), never a scaled sum after a
    per-share figure ("$1.89 a share, compared with $19.7 billion")."""
    s = work.s
    before = work.linked.get(qi - 1)
    if before is None:
        return None
    if ucls in ("count", "bare"):
        if before.unit != "count" or q.value_high is not None:
            return None
    elif (
        before.metric == "other"
        or unit_class(before.unit) != ucls
        or _too_large_per_share(before.metric, q)
        or (before.quantity.per_share and not q.per_share and q.value >= 1000)
    ):
        return None
    if q.start - s.quantities[qi - 1].end > 40 or not (
        from_cue_before(s, q) or expected_figure(s, q)  # "增长12%，高于预期的10%"
    ):
        return None
    return _Choice(None, before.metric, before.metric_text, None)


def _phrase_metric(
    work: _SentenceWork,
    qi: int,
    q: Quantity,
    ucls: str,
    change: Literal["up", "down"] | None,
    left_window: int,
) -> _Choice | None:
    """Every money, percent and share value is a record, named or not: metric "other"
    with the phrase that names it (None when nothing does); a count needs its noun."""
    s = work.s
    if ucls in ("count", "bare"):
        noun = _counted_noun(s, q)  # "450 organizations", "四家科技公司"
        if noun is None:
            return _earlier_level(work, qi, q, ucls)
        return _Choice(None, "other", noun, change)
    if ucls not in ("money", "%", "bp", "pp", "shares"):
        return None
    earlier = _earlier_level(work, qi, q, ucls)
    if earlier is not None:
        return earlier
    if ucls == "shares":
        phrase = _outstanding_after(s.text, q.end) or _share_count_within(s.text, q.start, q.end)
    else:
        paid_in = _paid_in(s.text, q)  # "for $2 billion in cash"
        phrase = (
            (None if paid_in else _other_metric_text(s, q, left_window))
            or (_change_phrase(s, q) if change is not None else None)
            or _list_metric_text(s, qi, work.index)
            or _verb_metric_text(s, q, left_window)
        )
    if phrase and all(w.lower() in _STOP_PHRASE_WORDS for w in phrase.split()):
        phrase = None  # "$500 million of our 3.25% Notes": "our" names nothing
    deal = deal_verb_metric(s, q, left_window, phrase)
    metric_id, phrase = deal if deal is not None else ("other", phrase)
    if ucls == "shares" and phrase is not None:
        metric_id = "shares_outstanding"  # "1,234 shares of common stock outstanding"
    before = work.linked.get(qi - 1)
    if ucls == "%" and metric_id == "other" and before is not None:
        # "Adjusted EBITDA of $486 million, a 39.2% margin": the EBITDA margin
        margin = margin_metric(s.lang, phrase, s.text[q.end : q.end + 24], before.metric)
        metric_id, phrase = margin if margin is not None else (metric_id, phrase)
    known = phrase and next((m for m in s.metrics if m.text.lower() == phrase.lower()), None)
    if known and _unit_compatible(
        work.unit_of.get(known.metric, "any"), ucls, change is not None, known.metric
    ):
        return _Choice(known, known.metric, phrase, change)  # "... recorded in Cost of sales"
    return _Choice(None, metric_id, phrase, change)


def _per_share_metric(
    q: Quantity, ucls: str, metric_id: str, metric_text: str | None, price: bool
) -> str:
    """Earnings per share when the amount says so, else ``metric_id``; ``price``: the
    sentence says the sum per share is paid or asked."""
    if q.per_share and ucls == "money" and metric_id in _PER_SHARE_IS_EPS:
        if price:  # "paid $40 a share", "以每股4.5港元配售", "回购价格不超过每股35元": a price
            return metric_id
        return "eps"  # "net income was $27.9 million or $0.55 per diluted share"
    if q.per_share and ucls == "money" and metric_id == "ipo_proceeds":
        return "ipo_price"  # "The IPO raised HK$2.1 billion at HK$18.50 per share"
    if _cents_amount(q) and (
        metric_id in ("net_income", "net_loss")
        or (metric_id == "other" and metric_text and _EARNINGS.search(metric_text))
    ):
        return "eps"  # "adjusted earnings were $0.47": no company earns 47 cents
    return metric_id


def _record_unit(q: Quantity, ucls: str, metric_id: str, unit_of: dict[str, str]) -> str | None:
    """The record's unit: the value's own, else the metric's when it is a count."""
    if q.unit is not None:
        return q.unit
    if metric_id == "other" and ucls == "bare":
        return "count"  # only a counted noun names a bare number's metric
    mu = unit_of.get(metric_id, "any")
    return mu if mu in ("count", "shares") else None


# metrics whose undated values are not the call's quarter's results: an unnamed value,
# a savings programme's amount (its run rate or target, said in any quarter)
_NO_CALL_QUARTER = frozenset({"other", "cost_savings"})


def _choose_period(
    work: _SentenceWork, qi: int, q: Quantity, kind: str, ucls: str, metric_id: str
) -> Period | None:
    """The value's period: a respectively list's, the sentence's, the carried one or the
    call's (a result's quarter, guidance's full year)."""
    s, default_period = work.s, work.default_period
    carry = work.carried_period if (kind != "actual" or default_period is None) else None
    if kind == "guidance" and _reported(carry, default_period):
        carry = None  # guidance is never for a period the call already reports
    if ucls in ("count", "bare"):
        carry = None  # a count (users, customers) is a state at a date, not a year's flow
    period = work.respectively[qi] if qi in work.respectively else pick_period(s, q, carry)
    if (
        kind != "actual"
        and period is not None
        and default_period is not None
        and qi not in work.respectively
        and not _guided_for(s, q, period, default_period)
    ):
        period = None  # "raised from $10.70 last quarter to $11.55": not the guided period
    if (
        period is None
        and default_period is not None
        and (metric_id not in _NO_CALL_QUARTER or kind == "guidance")
    ):
        if kind == "actual":
            period = default_period  # a result stated in a call is the call's quarter
        elif kind == "guidance":
            period = _full_year_after(default_period)  # unqualified guidance: full year
    elif period is not None and kind == "guidance" and default_period is not None:
        period = _roll_forward(s, period, default_period)
    if period is not None and kind == "actual" and qi not in work.respectively:
        # "Year to date, revenue was ..." in Q3: Jan-Sep
        period = year_to_date(s, q, period)
    return period


def most_frequent_company(sentences: Sequence[Sentence]) -> str | None:
    """The company mentioned most often: a document's subject; in English, None when two
    or more are mentioned as often (a market report's names each own their sentences);
    in Chinese the first mentioned of them. Investors
    named in a deal ("led by Sequoia") and what a deal buys ("the acquisition
    of Nexora") do not count."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    i = 0
    english = False
    for s in sentences:
        english = english or (s.lang == "en" and bool(s.companies))
        for c in s.companies:
            if is_investor(s, c) or is_acquired(s, c):
                continue  # "a round led by Sequoia": who paid, not whom the text is about
            counts[c.name] = counts.get(c.name, 0) + 1
            first.setdefault(c.name, i)
            i += 1
    if not counts:
        return None
    top = max(counts, key=lambda n: (counts[n], -first[n]))
    if english and sum(1 for n in counts.values() if n == counts[top]) > 1:
        return None  # a market report of several names, each as often: no one subject
    return top  # (a Chinese announcement names the announcer first)
