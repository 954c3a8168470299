"""Where the English model's NER runs, and what its entities add.

NER is the slowest step by far, so it runs only on sentences where it can decide
something (:func:`plan_ner`); every other sentence with a value only has its values
checked against token boundaries, which needs the tokenizer alone (:func:`run_nlp`).
ORG entities become company mentions and PERSON entities veto company mentions
(:func:`add_entities`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar

import attrs

from .companies import _LATIN_STOP, CompanyFinder, CompanyMention
from .lang import get_language
from .link import Sentence
from .linking.company import is_acquired
from .market import find_index, mover_named_again, mover_names
from .mentions import Job
from .nlp import Analyzer

__all__ = ["add_entities", "data_credits", "may_name_org", "plan_ner", "run_nlp", "surely_aligned"]

Lang = Literal["en", "zh"]
_EN = get_language("en")
_NOT_COMPANY = _EN.word_set("NOT_COMPANY_ORGS")
_SECTORS = _EN.word_set("MARKET_SECTORS")  # "Banks rose 1.2%": a sector, no company
# "the", "U.S.", "EU" before such a name ("the U.S. Federal Trade Commission")
_ORG_LEAD = re.compile(_EN.regex("NOT_COMPANY_ORG_LEAD"), re.IGNORECASE)
_ORG_END = re.compile(_EN.regex("NOT_COMPANY_ORG_END"), re.IGNORECASE)
_DATELINE = re.compile(_EN.regex("COMPANY_DATELINE_PREFIX"))
_OPENERS = _EN.word_set("SENTENCE_OPENING_WORDS")
_PLAIN_LOWER = _EN.word_set("PLAIN_LOWER_WORDS")
# "according to LSEG data", "FactSet consensus": a source of figures, not a company
_CREDIT = re.compile(_EN.regex("DATA_VENDOR_CREDIT"))
# one word that alone names no company ("Banks rose 2%", "Holdings fell")
_GENERIC_NAME_WORDS = _EN.word_set("INDUSTRY_WORDS") | _EN.word_set("COMPANY_WORDS") | _OPENERS
# the model's labels of names that are no business (places, peoples, laws, events)
_NOT_BUSINESS = frozenset({"GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART"})
_MARKET_PLACES = _EN.word_set("MARKET_PLACES")


def plan_ner(job: Job, companies: CompanyFinder) -> None:
    """Mark the English sentences whose company only the model can find.

    NER runs on a sentence only where it can decide something: the sentence holds a
    value, and neither the caller's or document's company (a call's header, a title),
    nor a gazetteer company before a value, nor a company that is the sentence's
    subject ("Acme Holdings said ...", "Shares of Acme Corp. rose ...") answers whose
    value it is.
    """
    known = job.company is not None or job.doc.meta.company is not None
    english = [s for s in job.sentences if s.lang == "en" and s.quantities]
    if known:
        # the document's company is every value's unless a sentence names a company
        # the document says it acquired ("for Segment, growth was 20%")
        acquired = companies.acquired_en(job.doc.text) if english else []
        if acquired:
            for s in english:
                found = companies.mentions_of(s.text, acquired)
                if found:
                    s.companies = sorted([*s.companies, *found], key=lambda c: c.start)
        return
    for s in english:
        movers = _new_movers(s, s.companies)
        if movers:
            for a, b, shares in movers:
                named = companies.from_span(s.text, a, b) if shares else None
                if named is not None:  # "Shares of Rio Tinto fell 2.3%": a listed company
                    s.companies = sorted([*s.companies, attrs.evolve(named, source="subject")], key=lambda c: c.start)
            movers = _new_movers(s, s.companies)  # (a market report may now show)
            if movers:
                s.needs_ner = True  # names the model checks (a place is no company)
                continue
        last = s.quantities[-1].start
        # (what a deal buys answers for none of its values: "X agreed to buy Boeing for $4bn")
        if any(c.start < last and not is_acquired(s, c) for c in s.companies):
            continue
        again = _named_again(s, companies)
        if again is not None:  # "Ocado jumped 4.2% after the grocer ...": the sentence says
            s.companies = sorted([*s.companies, again], key=lambda c: c.start)  # it is a company
            continue
        subject = companies.subject_en(s.text)
        if subject is not None and subject.end <= last:
            s.companies = sorted([*s.companies, subject], key=lambda c: c.start)
            continue
        s.needs_ner = may_name_org(s.text)


def _named_again(s: Sentence, companies: CompanyFinder) -> CompanyMention | None:
    """The name an English sentence opens with when it moves by a percentage and the
    sentence names it again as a company (:func:`mover_named_again`), unless it is a
    metric, a place, an index or an organisation that is no company."""
    span = mover_named_again(s.text)
    if span is None or any(m.start < span[1] and span[0] < m.end for m in s.metrics):
        return None  # "Revenue rose 5% as the company ...": a metric
    named = companies.from_span(s.text, *span)
    if (
        named is None
        or _not_company(named.text)
        or named.text.lower() in _MARKET_PLACES
        or find_index(named.text, 0) is not None
    ):
        return None
    return attrs.evolve(named, source="subject")


def run_nlp(
    sentences: list[Sentence], analyzer_for: Callable[[Lang], Analyzer | None], companies: CompanyFinder
) -> None:
    """NER (English, where :func:`plan_ner` asked for it) and token alignment of values,
    each batched over all ``sentences`` (of one or many documents)."""
    langs: tuple[Lang, Lang] = ("en", "zh")
    for lang in langs:
        todo = [s for s in sentences if s.lang == lang and s.quantities]
        if lang == "zh":
            # the character segmenter makes every character that is not whitespace a
            # token of its own: a span that starts and ends on such characters aligns,
            # known from the offsets alone (no tokenizer run)
            # (only a span that may cut a Latin/digit run was ever asked about)
            todo = [
                s for s in todo
                if any(_may_cut(s.text, q.start, q.end) for q in s.quantities)
                and not all(_zh_char_aligned(s.text, q.start, q.end) for q in s.quantities)
            ]
        if not todo:
            continue
        analyzer = analyzer_for(lang)
        if analyzer is None:
            continue
        ner = [s for s in todo if s.needs_ner]
        if ner:
            answers = _per_distinct(ner, analyzer.process)
            for s, (ents, aligned) in zip(ner, answers):
                s.quantities = [q for q, ok in zip(s.quantities, aligned) if ok]
                if ents or analyzer.finds_entities:
                    add_entities(s, ents, companies)
        # values between spaces (or a bracket, a quote, a comma, a full stop) start and
        # end tokens whatever the tokenizer's rules: only the others are tokenised
        rest = [
            s for s in todo
            if not s.needs_ner and not all(surely_aligned(s.text, q.start, q.end) for q in s.quantities)
        ]
        if rest:
            for s, aligned in zip(rest, _per_distinct(rest, analyzer.align)):
                s.quantities = [q for q, ok in zip(s.quantities, aligned) if ok]


def _new_movers(s: Sentence, comps: Sequence[CompanyMention]) -> list[tuple[int, int, str]]:
    """The names a verb of movement makes the subject of a value (:func:`mover_names`)
    that none of ``comps`` covers: after "Shares of", or in a market report where another
    mover is a company of ``comps`` ("Barclays rose 3%, while HSBC dipped 0.4%"). Not an
    index, a metric, a month or a word no company is named by (one word alone: not an
    industry's or a company's word)."""
    if not any(q.unit == "%" for q in s.quantities) and not _SHARES_OF.search(s.text):
        return []
    found = mover_names(s.text, [(q.start, q.unit) for q in s.quantities])
    if not found:
        return []
    known = [(c.start, c.end) for c in comps]
    parallel = any(any(a < y and x < b for x, y in known) for a, b, _ in found)
    taken = known + [(m.start, m.end) for m in s.metrics]
    out = []
    for a, b, shares in found:
        if not (shares or parallel) or any(a < y and x < b for x, y in taken):
            continue
        if shares == "in" and s.text[a:b].lower() in _MARKET_PLACES:
            continue  # "Shares in Asia fell" (the model reads any name there as a place)
        words = s.text[a:b].split()
        if any(w.rstrip(".") in _LATIN_STOP for w in words) or s.text[a:b].lower() in _NOT_COMPANY:
            continue
        if len(words) == 1 and words[0] in _GENERIC_NAME_WORDS:
            continue
        if find_index(s.text, a, b) is not None:
            continue  # "The FTSE 100 fell": the index's move
        out.append((a, b, shares))
    return out


_SHARES_OF = re.compile(r"(?:hares|tock) (?:of|in) ")
_Spans = tuple[tuple[int, int], ...]
def _not_company(name: str) -> bool:
    """An organisation that is no company (a regulator, a news agency, a sales region, a
    stock exchange)."""
    low = name.lower()
    return (
        low in _NOT_COMPANY
        or low in _SECTORS
        or _ORG_LEAD.sub("", low) in _NOT_COMPANY
        or _ORG_END.search(low) is not None
    )


# capitalised words, then "&" (and a lone lowercase letter), right before where the model
# starts an organisation: the name begins there ("Seven & i Holdings", "Barnes & Noble
# Education", "Sumitomo Mitsui & Co")
_JOINED_BEFORE = re.compile(r"(?<![A-Za-z0-9&'’.\-])(?:[A-Z][A-Za-z0-9.'’\-]*\s)+&\s(?:[a-z]\s)?$")


def _joined_name_start(text: str, a: int) -> int:
    """Where an organisation the model found at ``a`` starts, once the words joined to it
    by "&" before it are taken in."""
    if "&" not in text[max(0, a - 4) : a]:
        return a
    m = _JOINED_BEFORE.search(text, max(0, a - 60), a)
    return m.start() if m is not None else a


_T = TypeVar("_T")


def _per_distinct(
    sentences: Sequence[Sentence], run: Callable[[list[str], list[_Spans]], Sequence[_T]]
) -> list[_T]:
    """``run``'s answer for each sentence, asked once per distinct sentence: a sentence
    written again (boilerplate, a repeated line) with the same value spans gets the same
    answer."""
    keys = [(s.text, tuple((q.start, q.end) for q in s.quantities)) for s in sentences]
    distinct = list(dict.fromkeys(keys))
    texts = [_for_tokenizer(t, sp) for t, sp in distinct]
    answers = dict(zip(distinct, run(texts, [sp for _, sp in distinct])))
    return [answers[k] for k in keys]


def add_entities(s: Sentence, ents: list[tuple[int, int, str, str]], companies: CompanyFinder) -> None:
    """ORG entities become company mentions; PERSON spans veto company mentions."""
    persons = [(a, b) for a, b, label, _ in ents if label == "PERSON"]
    comps = [
        c for c in s.companies
        if c.source == "gazetteer" or not any(c.start < b and a < c.end for a, b in persons)
    ]
    taken = [(c.start, c.end) for c in comps]
    # a metric phrase that begins inside the organisation and runs past its end ("Volvo
    # Cars sold": "Cars sold") does not hide it; one the organisation starts in or holds
    # does ("Revenue Growth", "U.S. Pension Plan" read as organisations)
    metric_spans = [(m.start, m.end) for m in s.metrics]
    credits = data_credits(s.text)
    for a, b, label, etext in ents:
        if label != "ORG" or _not_company(etext):
            continue
        if any(x <= a and b <= y for x, y in credits):
            continue  # "according to LSEG data": the source of a figure
        if any(a < y and x < b for x, y in taken) or any(a < y and x < b and (x <= a or y <= b) for x, y in metric_spans):
            continue
        if any(a < q.end and q.start < b for q in s.quantities):
            continue  # "Fortune 500", "$5 million" misread as ORG
        index = find_index(s.text, a, min(len(s.text), b + 12))
        if index is not None and index.start() == a:
            continue  # "FTSE" of "the FTSE 100 rose": an index, no company
        a = _joined_name_start(s.text, a)  # "Seven & i Holdings": the model took "Holdings"
        dateline = _DATELINE.match(s.text, a) if a == 0 else None
        if dateline is not None:  # "JOHANNESBURG - Naspers's": the name after the dateline
            if dateline.end() >= b:
                continue  # "FRANKFURT —" read as an organisation
            a = dateline.end()
        m = companies.from_span(s.text, a, b)
        if m is not None:
            comps.append(m)
    for a, b, _ in _new_movers(s, comps):
        if any(a < y and x < b and label in _NOT_BUSINESS for x, y, label, _ in ents):
            continue  # "Europe rose 1%": a place
        mover = companies.from_span(s.text, a, b)
        if mover is not None and not _not_company(mover.text):
            comps.append(attrs.evolve(mover, source="subject"))
    first = s.quantities[0].start if s.quantities else -1
    if first > 0 and not any(c.start < first for c in comps):
        # no company before the values: the opening name, when a business's figure follows
        # it and the model does not call it a place ("Glencore said its net income ...")
        sub = companies.business_subject_en(s.text)
        if sub is not None and sub.end <= first and not any(
            a < sub.end and sub.start < b and label in _NOT_BUSINESS for a, b, label, _ in ents
        ):
            comps.append(sub)
    s.companies = sorted(comps, key=lambda c: c.start)


_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(r"\S{500,}")
_RUN_PIECE = 200


def _for_tokenizer(text: str, spans: Sequence[tuple[int, int]]) -> str:
    r"""A copy of ``text`` of the same length that spaCy can take, offsets unchanged.

    Lone surrogates (which cannot be encoded) become U+FFFD. A run of 500 or more
    characters without whitespace (no word of real text is that long; spaCy's tokenizer
    strips affixes from such a run in time quadratic in its length) gets a space every
    200 characters or so, put at least 8 characters away from any value span.

    >>> _for_tokenizer("$5\ud800", [(0, 2)]) == "$5\ufffd"
    True
    >>> t = _for_tokenizer("(" * 600 + "$5", [(600, 602)])
    >>> len(t), t.count(" "), t.endswith("(($5")
    (602, 2, True)
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if not _LONG_RUN.search(text):
        return text
    near = {p + d for a, b in spans for p in (a, b) for d in range(-8, 8)}
    chars = list(text)
    for m in _LONG_RUN.finditer(text):
        pos = m.start() + _RUN_PIECE
        while pos < m.end() - 1:
            while pos < m.end() - 1 and pos in near:
                pos += 1
            if pos >= m.end() - 1:
                break
            chars[pos] = " "
            pos += _RUN_PIECE
    return "".join(chars)


def _may_cut(text: str, a: int, b: int) -> bool:
    """Could ``[a, b)`` cut a token of the character segmenter (a Latin/digit run)?"""
    def run(i: int) -> bool:
        return 0 < i < len(text) and text[i - 1].isascii() and text[i - 1].isalnum() and text[i].isascii() and text[i].isalnum()

    return run(a) or run(b)


def _zh_char_aligned(text: str, a: int, b: int) -> bool:
    """Does ``[a, b)`` surely start and end tokens of ``spacy.blank("zh")`` (the character
    segmenter: each character that is not whitespace is a token of its own, whitespace
    is folded into the token before it or makes a token of its own)? True when its first
    and last characters are not whitespace; else the tokenizer decides.

    >>> _zh_char_aligned("营收AB12亿元", 4, 8), _zh_char_aligned("营收 5亿", 2, 5)
    (True, False)
    """
    return a < b and not text[a].isspace() and not text[b - 1].isspace()



_OPEN = frozenset("([\"“")
_CLOSE = frozenset(",;:)]\"”")


def surely_aligned(text: str, a: int, b: int) -> bool:
    """Does ``[a, b)`` start and end a token for any tokenizer that splits at whitespace
    and peels a bracket, quote or comma off a word (a full stop off its end)?"""
    n = len(text)
    start = a == 0 or text[a - 1].isspace() or (
        text[a - 1] in _OPEN and (a == 1 or text[a - 2].isspace())
    )
    # a full stop may stay on the last word ("5m.", "2.7bn." read as abbreviations): the
    # aligner reads the value as ending before it all the same (nlp.aligns)
    end = b == n or text[b].isspace() or (
        (text[b] in _CLOSE or text[b] == ".") and (b + 1 == n or text[b + 1].isspace())
    )
    return start and end




_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’.\-]*")


def data_credits(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that credit a data vendor as a figure's source ("according
    to LSEG data", "FactSet consensus", "data compiled by Bloomberg"): no company there.

    >>> t = "Sales were $5 million, above the FactSet consensus of $4.8 million."
    >>> [t[a:b] for a, b in data_credits(t)]
    ['FactSet consensus']
    """
    if "&" not in text and not any(ch.isupper() for ch in text):
        return []
    return [m.span() for m in _CREDIT.finditer(text)]

def may_name_org(text: str) -> bool:
    """Could an ORG entity be in ``text``: a capitalised word that is not the sentence's
    ordinary opening word, a month, a day, an acronym of finance or a pronoun, and not in a
    data vendor's credit ("according to LSEG data")? In text without capitals ("general
    dynamics corp. won ...") anything could be."""
    if not any(ch.isupper() for ch in text):
        # unless its only words are ones no name is made of ("$5.1 million, $6.2 million
        # in 2019, 2020"; "$5$5$5")
        return any(m.group().lower().rstrip(".'’-") not in _PLAIN_LOWER for m in _WORD.finditer(text))
    credits = data_credits(text)
    for m in _WORD.finditer(text):
        w = m.group()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        w = w.rstrip(".'’-")
        if w.lower() == w:  # (no capital: the word's letters are ASCII)
            continue
        if w in _LATIN_STOP or w.lower() in _NOT_COMPANY:
            continue
        if w.lower() in _OPENERS and not text[: m.start()].strip(" \"'“‘(["):
            continue
        if any(a <= m.start() and m.end() <= b for a, b in credits):
            continue
        return True
    return False

