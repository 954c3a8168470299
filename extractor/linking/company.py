"""Which company a value belongs to (pure, no spaCy).

Called by :mod:`extractor.linking.sentence_link` for each value of a sentence with the sentence's company
mentions; kept apart so the rules for English and Chinese subjects can grow on their own.

English: the company attached to the value's metric ("Twilio's revenue"), else the last
company of the value's clause when the sentence has several ("..., while Alphabet posted
$76.7 billion"; "...; Samsung's unit earned 3.3 trillion won"), else the first company
before the value that is not the object of a preposition, else the default.

Chinese (announcements and financial news) follows the grammar of those texts:

* **Not parties.** A news source ("中国网地产讯", "智通财经APP讯", "据新浪财经报道",
  "【某某网】"), a name defined again in brackets ("(以下简称“华丰”)": the full name
  before it speaks for it), and counterparties named after a preposition or role word
  (与/和/对/向/从 X, 质押给 X, 质押于 X, 予 X, 收到 X 的通知, 质权人 X, 招标人 X) are not
  the company a value of the clause belongs to.
* **Respectively.** "增持了A、B和C,分别增持10万股、20万股和30万股": the i-th value of the
  list after 分别 belongs to the i-th company of the list before it.
* **Named owner.** "占X总股本的5%" / "X总股本的5%": the value is a share of X's capital;
  "占公司总股本的5%" names the company the sentence is about (公司 is the announcer).
* **Stake.** "收购X 60%股权": a stake belongs to the company whose equity it is, except
  in a pledge ("A将其持有的X 60%股权质押给B"), where it is the pledger's.
* **Metric.** A company right before the metric ("X营收", "X净利润").
* **Subject.** Otherwise the subject of the clause holding the value (the last company
  before it that is followed by a corporate verb), with 公司/本公司/该公司 standing for
  the first subject company of the sentence; when no company precedes the value, a
  subject after it ("..., 由X提供担保"), then the document's default company.
"""

from __future__ import annotations

import re

from ..companies import CompanyMention
from ..lang import get_language
from ..metrics import MetricMention
from ..normalize.prefilter import with_first_chars
from ..quantities import Quantity
from ..segment import clause_bounds
from .sentence import Sentence

_EN = get_language("en")
_ZH = get_language("zh")

__all__ = ["is_investor", "pick_company"]

_PREP_BEFORE_COMPANY_EN = re.compile(
    _EN.regex("COMPANY_LINK_PREPOSITION"),
    re.IGNORECASE,
)
_PREP_NEAR_VALUE_EN = re.compile(_EN.regex("COMPANY_LINK_PREPOSITION_NEAR_VALUE"), re.IGNORECASE)


def pick_company(
    s: Sentence,
    q: Quantity,
    metric: MetricMention | None,
    default: str | None,
    purchase: bool = False,
) -> str | None:
    """The company ``q`` belongs to: a company mention of ``s`` (its canonical name), else
    ``default``. ``purchase``: ``q`` is a price paid for an acquisition (the company it
    buys is not its company). The rules are in the module docstring."""
    if s.lang == "zh":
        return _pick_zh(s, q, metric, default)
    comps = [c for c in s.companies if not rates_another(s, c)]
    if purchase:
        # "completed its purchase of Brightline Foods for $1.2 billion": the price is the
        # buyer's, not the target's (the target's own figures stay its own)
        comps = _not_bought(s, comps)
    # a company standing between the metric and the value is the nearer subject
    if metric is not None and not any(metric.end <= c.start and c.end <= q.start for c in comps):
        for c in reversed(comps):
            if c.end <= metric.start:
                gap = s.text[c.end : metric.start]
                if len(gap) <= 6 and not re.search(r"[，,。;；]", gap):
                    return c.name
                break
    before = [c for c in comps if c.end <= q.start]
    cands = [
        c for c in before if not _PREP_BEFORE_COMPANY_EN.search(s.text[max(0, c.start - 12) : c.start])
    ]
    if before and not s.text[before[-1].end : q.start].strip(" :"):
        # a name right before the value is its subject, after "and" too ("..., Wells
        # Fargo $5.8 billion and Citigroup $3.5 billion"), unless a preposition takes it
        near = before[-1]
        if not _PREP_NEAR_VALUE_EN.search(s.text[max(0, near.start - 12) : near.start]):
            return near.name
    if not cands:
        return default
    clause_start = clause_bounds(s.text, q.start, "en")[0]
    in_clause = [c for c in cands if c.start >= clause_start]
    if in_clause and _NEW_SUBJECT_CLAUSE.search(s.text, 0, clause_start):
        return in_clause[-1].name  # "...; Samsung's unit earned 3.3 trillion won"
    return cands[0].name


_RATING_AGENCY = re.compile(_EN.regex("COMPANY_LINK_RATING_AGENCY"))
_RATING_ACTION = re.compile(_EN.regex("COMPANY_LINK_RATING_ACTION"))


def rates_another(s: Sentence, c: CompanyMention) -> bool:
    """Is ``c`` a rating agency acting on a rating ("Moody's downgraded Acme to Baa2")? It
    reports none of the sentence's figures. English only."""
    return (
        s.lang == "en"
        and _RATING_AGENCY.fullmatch(s.text, c.start, c.end) is not None
        and _RATING_ACTION.match(s.text, c.end) is not None
    )


_INVESTOR_BEFORE_EN = re.compile(_EN.regex("COMPANY_LINK_INVESTOR_BEFORE"), re.IGNORECASE)
_ACQUIRED_BEFORE_EN = re.compile(_EN.regex("COMPANY_LINK_ACQUIRED_BEFORE"), re.IGNORECASE)
_RECIPIENT_BEFORE_ZH = re.compile(_ZH.regex("COMPANY_LINK_RECIPIENT_BEFORE"))


def is_investor(s: Sentence, c: CompanyMention) -> bool:
    """Is ``c`` named as the other side of a deal: an investor ("a Series B round led by
    Sequoia"), or in Chinese the recipient of shares pledged or sold ("质押给中信证券") or a
    pledgee or lender named by its role ("质权人为X")? Such a name is not what the document
    reports on."""
    if s.lang == "zh":
        return _RECIPIENT_BEFORE_ZH.search(s.text, max(0, c.start - 8), c.start) is not None
    return _INVESTOR_BEFORE_EN.search(s.text, max(0, c.start - 40), c.start) is not None


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _not_bought(s: Sentence, comps: list[CompanyMention]) -> list[CompanyMention]:
    """``comps`` without what a deal buys, the rest of a list of targets too ("the
    acquisitions of AdvisorStream, J&J and Alpha Omega")."""
    out: list[CompanyMention] = []
    prev: CompanyMention | None = None  # the target before, when one was
    for c in comps:
        bought = is_acquired(s, c) or (
            prev is not None and _LIST_GAP.fullmatch(s.text, prev.end, c.start) is not None
        )
        if bought:
            prev = c
        else:
            prev = None
            out.append(c)
    return out


def is_acquired(s: Sentence, c: CompanyMention) -> bool:
    """Is ``c`` named as what a deal buys ("the acquisition of Nexora", "agreed to buy
    Nexora")? English only."""
    return s.lang == "en" and _ACQUIRED_BEFORE_EN.search(s.text, max(0, c.start - 80), c.start) is not None


# a clause break after which a sentence may name a new subject ("; Samsung's unit earned",
# ", while Alphabet posted"); not "which" or "with" (the first subject goes on)
_NEW_SUBJECT_CLAUSE = re.compile(_EN.regex("COMPANY_LINK_NEW_SUBJECT_CLAUSE"), re.IGNORECASE)


# -- Chinese -----------------------------------------------------------------------------

# what follows a company that is the subject of its clause
_ZH_SUBJECT_NEXT = re.compile(_ZH.regex("COMPANY_LINK_SUBJECT_NEXT"))
_ZH_PRONOUN = re.compile(_ZH.regex("COMPANY_LINK_PRONOUN"))

# Before a counterparty: prepositions (与/和/对/向/从/被) and role words naming the other
# side of a deal (质权人, 债权人, 招标人, ...).
_ZH_NOT_PARTY_BEFORE = re.compile(_ZH.regex("COMPANY_LINK_NOT_PARTY_BEFORE"))
# "公司为X的中标候选人": X after the copula 为 and before 的 is a possessor, not a party.
_ZH_POSSESSOR_OF_PREDICATE = re.compile(_ZH.regex("COMPANY_LINK_COPULA_BEFORE"))
# After a counterparty: the sender of a document ("X发来的《中标通知书》").
_ZH_NOT_PARTY_AFTER = re.compile(_ZH.regex("COMPANY_LINK_NOT_PARTY_AFTER"))

# After a news source: 讯 (dispatch), 报道/消息/获悉 ("据X报道"), 记者, 丨 and 】 of a dateline.
_ZH_SOURCE_AFTER = re.compile(_ZH.regex("COMPANY_LINK_SOURCE_AFTER"))
# "(以下简称“华丰”)", "(下称:交行天津分行)": the name is defined, not mentioned again
_ZH_DEFINED_BEFORE = re.compile(_ZH.regex("COMPANY_LINK_DEFINED_BEFORE"))
_ZH_RESPECTIVELY = re.compile(_ZH.regex("COMPANY_LINK_RESPECTIVELY"))
# between the items of a list of companies: a separator, maybe after a stock code in brackets
# and before a role word ("A(600001)、B", "控股子公司A、孙公司B及C")
_ZH_LIST_GAP = re.compile(_ZH.regex("COMPANY_LINK_LIST_GAP"))
_ZH_VALUE_LIST_GAP = re.compile(_ZH.regex("COMPANY_LINK_VALUE_LIST_GAP"))
# "占公司总股本的5%", "占X总股本比例为5%": the value is a share of that company's capital
# (searched for before every value: a lookahead of its first characters passes over the
# window's other positions quickly)
_ZH_OWNER_OF_CAPITAL = with_first_chars(re.compile(_ZH.regex("COMPANY_LINK_OWNER_OF_CAPITAL")))
# "减持公司股份不超过600万股": shares of the company the sentence is about, traded
_ZH_OWNER_OF_SHARES = re.compile(_ZH.regex("COMPANY_LINK_OWNER_OF_SHARES"))
_ZH_STAKE_AFTER = re.compile(_ZH.regex("COMPANY_LINK_STAKE_AFTER"))
_ZH_PLEDGE = re.compile(_ZH.regex("COMPANY_LINK_PLEDGE"))
# the event verbs of a sentence: in a pledge the share of capital is the pledger's
_ZH_EVENT_VERB = re.compile(_ZH.regex("COMPANY_LINK_EVENT_VERB"))
_ZH_CLAUSE_PUNCT = re.compile(_ZH.regex("COMPANY_LINK_CLAUSE_PUNCT"))
# Between a company and its metric: 的, a period, 股份/股票 ("X的营收", "X上半年净利润",
# "X股份质押"), nothing that names another thing (a verb, a second noun).
_ZH_METRIC_GAP = re.compile(_ZH.regex("COMPANY_LINK_METRIC_GAP"))


# Before a data source: "数据来源:X", "来源:X".
_ZH_SOURCE_BEFORE = re.compile(_ZH.regex("COMPANY_LINK_SOURCE_BEFORE"))
# After a data provider: "X Choice数据", "X数据显示", "X统计".
_ZH_DATA_AFTER = re.compile(_ZH.regex("COMPANY_LINK_DATA_AFTER"))


def _is_source(text: str, c: CompanyMention) -> bool:
    """A news source or dateline, not a party: "中国网地产讯", "【财经网】", "据X报道".

    >>> from extractor.companies import CompanyMention
    >>> t = "华丰网讯 华丰物流拟收购甲乙科技60%股权。"
    >>> _is_source(t, CompanyMention(0, 3, "华丰网", "华丰网", None, "suffix"))
    True
    """
    if _ZH_SOURCE_AFTER.match(text, c.end) or _ZH_DATA_AFTER.match(text, c.end):
        return True
    if _ZH_SOURCE_BEFORE.search(text, max(0, c.start - 8), c.start):
        return True
    return c.start > 0 and text[c.start - 1] in "【[" and text[c.end : c.end + 1] in "】]"


def _not_party(text: str, c: CompanyMention) -> bool:
    """``c`` is a counterparty: after a preposition or a role word, or a document's sender."""
    return (
        _ZH_NOT_PARTY_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        or _ZH_NOT_PARTY_AFTER.match(text, c.end) is not None
        or (
            text.startswith("的", c.end)
            and _ZH_POSSESSOR_OF_PREDICATE.search(text, max(0, c.start - 1), c.start) is not None
        )
    )


def _is_subject(text: str, c: CompanyMention) -> bool:
    return _ZH_SUBJECT_NEXT.match(text, c.end) is not None


def _respective(
    text: str, comps: list[CompanyMention], q: Quantity, qs: list[Quantity]
) -> CompanyMention | None:
    """The i-th company of a list before 分别 for the i-th value of the list after it.

    >>> from extractor.companies import CompanyMention as M
    >>> from extractor.quantities import find_quantities
    >>> t = "基金增持了甲乙科技、丙丁股份,分别增持10万股、20万股。"
    >>> cs = [M(5, 9, "甲乙科技", "甲乙科技", None, "suffix"), M(10, 14, "丙丁股份", "丙丁股份", None, "suffix")]
    >>> qs = find_quantities(t, "zh")
    >>> [_respective(t, cs, q, qs).name for q in qs]
    ['甲乙科技', '丙丁股份']
    """
    i = next((k for k, o in enumerate(qs) if o is q), None)
    if i is None:
        return None
    if not (
        i > 0 and _ZH_VALUE_LIST_GAP.match(text[qs[i - 1].end : q.start])
        or i + 1 < len(qs) and _ZH_VALUE_LIST_GAP.match(text[q.end : qs[i + 1].start])
    ):
        return None  # a value alone, in no list of values (checked first: it is cheap)
    resp = None
    for m in _ZH_RESPECTIVELY.finditer(text, 0, q.start):
        resp = m
    floor = resp.end() if resp is not None else 0
    # the values: the run of values holding q (after 分别 when there is one)
    lo = hi = i
    while (
        lo > 0
        and qs[lo - 1].start >= floor
        and _ZH_VALUE_LIST_GAP.match(text[qs[lo - 1].end : qs[lo].start])
    ):
        lo -= 1
    while hi + 1 < len(qs) and _ZH_VALUE_LIST_GAP.match(text[qs[hi].end : qs[hi + 1].start]):
        hi += 1
    n = hi - lo + 1
    if n < 2:
        return None
    # the companies: the last list of companies before 分别, or right before the values
    # ("A、B以2亿股、1亿股的减持数量": same clause, a few characters apart)
    limit = resp.start() if resp is not None else qs[lo].start
    before = [c for c in comps if c.end <= limit]
    if len(before) < n:
        return None
    if resp is None:
        gap = text[before[-1].end : qs[lo].start]
        gap = re.sub(r"^[(（][^)）]{0,24}[)）]", "", gap)
        if len(gap) > 12 or _ZH_CLAUSE_PUNCT.search(gap):
            return None
    group = [before[-1]]
    for c in reversed(before[:-1]):
        if not _ZH_LIST_GAP.fullmatch(text, c.end, group[0].start):
            break
        group.insert(0, c)
    if len(group) != n:
        return None
    return group[i - lo]


def _first_subject(text: str, comps: list[CompanyMention]) -> CompanyMention | None:
    """The company the sentence is about: its first subject (the announcer)."""
    for c in comps:
        if _is_subject(text, c) and not _not_party(text, c):
            return c
    return None


class _ZhFacts:
    """What :func:`_pick_zh` asks of a sentence's companies whatever the value, worked out
    once per sentence (not once per value): the parties (no news source, no defined
    term), and for each of them whether it is a subject and whether it is a counterparty."""

    def __init__(self, s: Sentence) -> None:
        text = s.text
        self.key = (s, s.text, s.companies)
        self.comps = [
            c
            for c in s.companies
            if not _is_source(text, c)
            and not _ZH_DEFINED_BEFORE.search(text, max(0, c.start - 10), c.start)
        ]
        self.subject = [_is_subject(text, c) for c in self.comps]
        self.not_party = [_not_party(text, c) for c in self.comps]


_zh_facts: _ZhFacts | None = None


def _facts_of(s: Sentence) -> _ZhFacts:
    global _zh_facts
    f = _zh_facts
    if f is None or f.key[0] is not s or f.key[1] is not s.text or f.key[2] is not s.companies:
        f = _zh_facts = _ZhFacts(s)
    return f


def _pick_zh(
    s: Sentence, q: Quantity, metric: MetricMention | None, default: str | None
) -> str | None:
    text = s.text
    facts = _facts_of(s)
    comps = facts.comps
    if not comps:
        return default
    # respectively: A、B、C ... 分别 v1、v2、v3
    r = _respective(text, comps, q, s.quantities)
    if r is not None:
        return r.name
    # the owner of the capital the value is a share of
    own = _ZH_OWNER_OF_CAPITAL.search(
        text, max(0, q.start - 24), q.start
    ) or _ZH_OWNER_OF_SHARES.search(text, max(0, q.start - 30), q.start)
    last_verb = None
    if own is not None:  # the last event verb before the value: is it a pledge?
        for m in _ZH_EVENT_VERB.finditer(text, 0, q.start):
            last_verb = m.group()
    if own is not None and not (last_verb is not None and _ZH_PLEDGE.fullmatch(last_verb)):
        word = own.group("own")
        if word is None:
            named = next((c for c in reversed(comps) if c.end == own.start()), None)
            if named is not None:
                return named.name
        elif word != "其":
            first = _first_subject(text, comps)
            if first is not None:
                return first.name
            if default is not None:
                return default
    # a stake: "收购X 60%股权" (the pledger's in a pledge)
    if _ZH_STAKE_AFTER.match(text, q.end):
        target = next(
            (c for c in reversed(comps) if c.end <= q.start and q.start - c.end <= 2), None
        )
        if target is not None:
            a = max((m.end() for m in _ZH_CLAUSE_PUNCT.finditer(text, 0, target.start)), default=0)
            b = next((m.start() for m in _ZH_CLAUSE_PUNCT.finditer(text, q.end)), len(text))
            if not _ZH_PLEDGE.search(text, a, b):
                return target.name
    if metric is not None:
        for c in reversed(comps):
            if c.end <= metric.start:
                if _ZH_METRIC_GAP.fullmatch(text, c.end, metric.start):
                    return c.name
                break
    cands = [c for k, c in enumerate(comps) if c.end <= q.start and not facts.not_party[k]]
    if not cands:
        after = [
            c
            for k, c in enumerate(comps)
            if c.start >= q.end and facts.subject[k] and not facts.not_party[k]
        ]
        if after:
            return after[0].name
        return default
    subjects = [
        c
        for k, c in enumerate(comps)
        if c.end <= q.start and not facts.not_party[k] and facts.subject[k]
    ]
    pron = None
    if subjects:
        for m in _ZH_PRONOUN.finditer(text, 0, q.start):
            pron = m
    if (
        subjects
        and pron
        and pron.start() > subjects[-1].end
        and _ZH_SUBJECT_NEXT.match(text, pron.end())
    ):
        return subjects[0].name  # "风范股份公告,公司成为...中标人": 公司 is the announcer
    if subjects:
        return subjects[-1].name
    return cands[-1].name
