"""Unnamed metrics: the phrase saying what a value is when no lexicon metric names it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lang import get_language
from ..quantities import Quantity
from ..respectively import attached_end
from .cues import per_language
from .metric import _SentenceIndex
from .sentence import Link, Sentence
from .units import unit_class
from .windows import _last_chars, _last_words

_EN = get_language("en")
_ZH = get_language("zh")

_QUAL_WORDS = _EN.regex("PHRASE_QUALIFIERS")
_OTHER_PHRASE = per_language("PHRASE_BEFORE_VALUE")
_STOP_PHRASE_WORDS = _EN.word_set("PHRASE_STOP_WORDS")


_PHRASE_BREAK = _EN.word_set("PHRASE_BREAK_WORDS")


_ZH_MONEY_VERB = re.compile(_ZH.regex("PHRASE_MONEY_VERB"))
# "拟2466.41万元出售...", "以4亿元的价格购买...": the deal verb right after a sum
_ZH_VERB_AFTER = re.compile(_ZH.regex("PHRASE_DEAL_VERB_AFTER"))
# what a number of shares is, said by the verb before it in its clause ("卖出不超过1350万股",
# "已认购2406.9万股", "共发行30亿股")
_ZH_SHARE_VERB = re.compile(_ZH.regex("PHRASE_SHARE_VERB"))
# "收购环球音乐10%的股份", "持有闻泰科技12.33%股份": a percentage of a company's shares
_ZH_STAKE_AFTER = re.compile(_ZH.regex("PHRASE_STAKE_AFTER"))
# words that never start the phrase a value is "of"/"in"/"related to": periods, amounts,
# idioms ("in addition", "in connection with", "in excess of")
_NOT_A_PHRASE = _EN.regex("PHRASE_NOT_A_PHRASE")
_AFTER_PHRASE_WORDS = _EN.regex("PHRASE_AFTER_WORDS")
# The phrase after a value: "$5 million of capitalized interest", "$1.7 billion,
# respectively, of our receivables", "$9.8 billion in committed credit facilities",
# "$17 million related to hedge losses", "$30 million was recorded in Cost of products sold".
# After "in" the phrase must start in lower case ("$5 million in Europe" names a place).
_OF_AFTER = re.compile(
    _EN.regex("PHRASE_OF_AFTER"),
    re.IGNORECASE,
)
# "the $7.6 billion revolving credit facility", "its $479 million short-term debt": the
# noun phrase the amount modifies, when a determiner stands before the value
_ADJ_BEFORE = re.compile(
    _EN.regex("PHRASE_DETERMINER_BEFORE"),
    re.IGNORECASE,
)
_ADJ_STOP = _EN.regex("PHRASE_ADJ_STOP")
# the nouns an amount can be: "the $119 million charge", "a $1 billion termination fee"
_AMOUNT_NOUN = _EN.regex("PHRASE_AMOUNT_NOUN")
_ADJ_AFTER = re.compile(
    _EN.regex("PHRASE_ADJ_AFTER"),
    re.IGNORECASE,
)
# "$82.5 billion principal amount of ...": the amount's own kind, no determiner needed
_AMOUNT_KIND_AFTER = re.compile(
    _EN.regex("PHRASE_AMOUNT_KIND_AFTER"),
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(_EN.regex("PHRASE_VERB_BEFORE"))
# "acquired Brammer Bio for approximately $1.67 billion": the verb names what the sum is
_VERB_FOR = re.compile(
    _EN.regex("PHRASE_VERB_FOR"),
    re.IGNORECASE,
)
# how every match of ``_VERB_FOR`` ends: checked first, in the window's last words
_FOR_END = re.compile(_EN.regex("PHRASE_FOR_END"), re.IGNORECASE)
# what may stand between the members of a list of values: "$41 million and $37 million",
# "$6 million in 2020, $16 million in 2019 and $10 million in 2018"
_LIST_GAP = re.compile(_EN.regex("PHRASE_LIST_GAP"), re.IGNORECASE)


_SPACES = re.compile(r"\s+")
_LIST_GAP_WORDS = re.compile(_EN.regex("PHRASE_LIST_GAP_WORDS"))


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


_PERIOD_LEAD = re.compile(_EN.regex("PHRASE_PERIOD_LEAD"), re.IGNORECASE)


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
    if lang == "zh":
        phrase = _after_companies(s, left + m.start("phrase"), phrase)
    if lang == "en":
        words = phrase.split()
        # "$511 million and adjusted EBITDA of": the phrase starts after the last
        # amount word or conjunction
        cut = [i for i, w in enumerate(words) if w.lower() in _PHRASE_BREAK]
        if cut:
            words = words[cut[-1] + 1 :]
        while words and words[0].lower() in _STOP_PHRASE_WORDS:
            words.pop(0)
        while words and words[-1].lower() in ("up", "down"):
            words.pop()  # "to invest up to $4 billion": "up" belongs to the qualifier
        if not words or all(w.lower() in _STOP_PHRASE_WORDS for w in words):
            return None
        phrase = " ".join(words)
    return phrase or None


_DEAL_NOUN_END = re.compile(r"\b(?:" + _EN.regex("METRIC_DEAL_NOUNS") + r")$", re.IGNORECASE)
_METRIC_AMOUNT_TAIL = re.compile(_EN.regex("METRIC_AMOUNT_TAIL"), re.IGNORECASE)


def amount_noun_after(s: Sentence, q: Quantity) -> tuple[int, int, bool] | None:
    """The noun phrase a sum modifies, after a determiner ("a $50 million headwind",
    "the $12 million gain on the sale"): (its start, its end, whether its head is a deal
    or a plan), else None. English sums only."""
    if s.lang != "en" or unit_class(q.unit) != "money":
        return None
    if not _ADJ_BEFORE.search(s.text[max(0, q.start - 30) : q.start]):
        return None
    after = _ADJ_AFTER.match(s.text[q.end : q.end + 80])
    if after is None:
        return None
    start, end = q.end + after.start("phrase"), q.end + after.end("phrase")
    return start, end, _DEAL_NOUN_END.search(after.group("phrase")) is not None


def metric_heads_phrase(s: Sentence, metric_end: int, phrase_end: int) -> bool:
    """Does a metric ending at ``metric_end`` name the noun phrase ending at ``phrase_end``
    (it ends it or runs past its last word, or only "balance"/"amount" follows)?"""
    return metric_end >= phrase_end or (
        _METRIC_AMOUNT_TAIL.fullmatch(s.text, metric_end, phrase_end) is not None
    )


def _after_companies(s: Sentence, start: int, phrase: str) -> str:
    """``phrase`` (at ``start`` of the sentence) cut after a company name it runs into:
    "平安银行零售资产占比为60%" names 零售资产占比, not 银行零售资产占比."""
    for c in s.companies:
        if c.start < start < c.end:
            return phrase[c.end - start :]
    return phrase


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


_DEAL_BUY = re.compile(_EN.regex("METRIC_DEAL_BUY"), re.IGNORECASE)
_DEAL_SELL = re.compile(_EN.regex("METRIC_DEAL_SELL"), re.IGNORECASE)
_DEAL_NOT_AFTER = re.compile(_EN.regex("METRIC_DEAL_NOT_AFTER"), re.IGNORECASE)


_INVEST_VERB = re.compile(_EN.regex("METRIC_INVEST_VERB"), re.IGNORECASE)


def deal_verb_metric(
    s: Sentence, q: Quantity, left: int, phrase: str | None
) -> tuple[str, str] | None:
    """The metric a verb gives an unnamed sum: "will buy a 77% stake in Beta for $6.9
    billion" is an acquisition, "sold the unit for $2 billion" a sale price, "plans to invest
    up to $4 billion" an investment: (metric, the words naming it), or None. ``phrase`` is the
    phrase read for the sum (else None)."""
    if s.lang != "en" or phrase is None or unit_class(q.unit) != "money" or q.per_share:
        return None  # "acquired Sky for £17.28 per Sky share": a price per share
    invest = _INVEST_VERB.search(phrase)
    if invest is not None:
        return "investment", invest.group()  # "Halvard plans to invest up to $4 billion"
    window = _mask_periods(s, left, q.start)
    if not _FOR_END.search(window, _last_words(window, 4)):
        return None
    verb = _VERB_FOR.search(window)
    if verb is None or verb.group("phrase") != phrase:
        return None
    if _DEAL_BUY.fullmatch(phrase) and not _DEAL_NOT_AFTER.match(window, verb.end("phrase")):
        return "acquisition", phrase
    return ("sale_price", phrase) if _DEAL_SELL.fullmatch(phrase) else None


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


# "450 organizations", "1 billion people", "3 new carriers": a whole number of things.
# Not measures, spans of time or turns of speech ("3 short months", "two things").
_NOT_COUNTED = _EN.word_set("PHRASE_NOT_COUNTED")
_COUNTED_EN = re.compile(_EN.regex("PHRASE_COUNTED_NOUN"))


# a number written without a unit, maybe scaled ("450", "1.2 million"): what a noun counts
_PLAIN_NUMBER = re.compile(rf"[\d,.]+(?:\s(?:{_EN.regex('PHRASE_NUMBER_SCALE')}))?")
_NUMBER_CHAIN_BEFORE = re.compile(r"\d[-–/]$")
_YEARS = re.compile(r"\d{4}(?:\s?(?:-|–|to)\s?\d{4})?")
_PLAIN_RANGE = re.compile(
    rf"[\d,.]+(?:\s(?:{_EN.regex('PHRASE_NUMBER_SCALE')}))?\s?(?:-|–|to)\s?"
    rf"[\d,.]+(?:\s(?:{_EN.regex('PHRASE_NUMBER_SCALE')}))?"
)


def _counted_noun(s: Sentence, q: Quantity) -> str | None:
    """The plural noun a whole number (or a range of them: "148,000 to 152,000 barrels")
    counts, written right after it, else None."""
    ends = [q.value] if q.value_high is None else [q.value, q.value_high]
    if any(v != v.to_integral_value() or v <= 0 for v in ends):
        return None
    if s.lang == "zh":
        # "四家科技公司": without word segmentation the noun's end is a guess ("两家都私募"),
        # and a wrong metric phrase is worse than none
        return None
    plain = _PLAIN_NUMBER if q.value_high is None else _PLAIN_RANGE
    if q.unit is not None or not plain.fullmatch(q.text):
        return None
    if _NUMBER_CHAIN_BEFORE.search(s.text, max(0, q.start - 2), q.start):
        return None  # "3-2-1 spreads", "2-1-1 cracks": a name made of numbers, no count
    if all(1900 <= v <= 2100 for v in ends) and _YEARS.fullmatch(q.text):
        return None  # a year-like number, a span of years
    m = _COUNTED_EN.match(s.text, q.end)
    if m is None or m.group("noun") in _NOT_COUNTED:
        return None
    return m.group("noun")


# "$82.40 a barrel": a sum per unit of a commodity is its price
_PRICE_PER_UNIT = re.compile(_EN.regex("METRIC_PRICE_PER_UNIT_AFTER"), re.IGNORECASE)
_PER_UNIT_NOT_PRICE = re.compile(_EN.regex("METRIC_PER_UNIT_NOT_PRICE"), re.IGNORECASE)


def commodity_price(s: Sentence, q: Quantity) -> str | None:
    """The per-unit phrase of a sum that is a commodity's price ("$82.40 a barrel",
    "$2,034.50 an ounce"), else None: not a cost, margin or spread per unit."""
    m = _PRICE_PER_UNIT.match(s.text, q.end)
    if m is None or _PER_UNIT_NOT_PRICE.search(s.text, 0, min(len(s.text), m.end() + 40)):
        return None
    return m.group("phrase")


# the stock's move: "Shares rose 4%", "Shares of Acme Inc fell 3.1% to $41.20", "the
# stock closed at $41.20" (the subject is the share, not the metric of a sentence before)
_SHARES_MOVE = re.compile(_EN.regex("PHRASE_SHARES_MOVE"))
_COMMODITY_MOVE = re.compile(_EN.regex("PHRASE_COMMODITY_MOVE"))


def commodity_move(s: Sentence, q: Quantity) -> str | None:
    """The commodity whose move the value is ("Brent crude rose 1.1%", "Gold fell 0.4% to
    $1,925.30"): its name, else None. English only."""
    if s.lang != "en":
        return None
    m = _COMMODITY_MOVE.search(s.text, max(0, q.start - 100), q.start)
    return m.group("phrase") if m else None


_OUTSTANDING_AFTER = re.compile(
    _EN.regex("PHRASE_OUTSTANDING_AFTER"),
    re.IGNORECASE,
)


def _outstanding_after(text: str, end: int) -> str | None:
    """ "431,234,567 shares of common stock outstanding": the phrase naming a share count."""
    m = _OUTSTANDING_AFTER.match(text, end)
    return m.group("phrase") if m else None


_SHARE_COUNT_WITHIN = re.compile(_EN.regex("PHRASE_SHARE_COUNT_WITHIN"), re.IGNORECASE)


def _share_count_within(text: str, start: int, end: int) -> str | None:
    """ "84 million diluted shares": the words of the value itself that name the count of
    shares outstanding."""
    m = _SHARE_COUNT_WITHIN.search(text, start, end)
    return m.group("phrase") if m else None


_ZH_LIST_SEP = re.compile(_ZH.regex("PHRASE_LIST_SEP"))


def _zh_list_head(s: Sentence, qi: int, linked: dict[int, Link]) -> Link | None:
    """The link of the value right before ``qi`` when the two stand in one Chinese list
    of the same unit class ("11.54亿元、11.12亿元、6.47亿元")."""
    prev = linked.get(qi - 1)
    if prev is None:
        return None
    q, p = s.quantities[qi], s.quantities[qi - 1]
    if unit_class(q.unit) != unit_class(p.unit) or not _ZH_LIST_SEP.fullmatch(
        s.text, p.end, q.start
    ):
        return None
    return prev
