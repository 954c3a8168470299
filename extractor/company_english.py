"""English company names found by their place in a sentence: the subject a sentence opens
with, the companies a document says were acquired."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .company_gazetteer import Gazetteer
from .company_text import (
    _EN,
    _LATIN_STOP,
    CompanyMention,
    is_pronoun_company,
)

_COMPANY_WORDS_EN = _EN.word_set("COMPANY_WORDS")
_FIRST_NAMES = _EN.word_set("FIRST_NAMES")


# words that end a company's name ("Meridian Health", "Granite Peak Mining") where they end
# the subject of a sentence of business news (a reporting verb follows)
_INDUSTRY_WORDS_EN = _EN.word_set("INDUSTRY_WORDS")
# an English sentence's subject: a capitalised name at its start (after "Shares of",
# "BRIEF-"), then "'s", a reporting or corporate verb, or a headline's quarter
_SUBJECT_EN = re.compile(_EN.regex("COMPANY_SENTENCE_SUBJECT"))


# a document's own acquisitions: "acquisition(s) of X", "acquisitions, particularly X and
# Y", "acquired X", "X acquisition"
_ACQUIRED_EN = re.compile(_EN.regex("COMPANY_ACQUIRED"))
_ACQUIRED_LIST_SEP = re.compile(_EN.regex("COMPANY_ACQUIRED_LIST_SEP"))
_NOT_A_NAME_START = re.compile(_EN.regex("COMPANY_NOT_ACQUIRED_START"))
_ACQ_DETERMINERS = _EN.word_set("COMPANY_ACQUIRED_DETERMINERS")
_NOT_ACQUIRED = _EN.word_set("COMPANY_NOT_ACQUIRED_WORDS")


def _looks_like_person(words: list[str]) -> bool:
    """A Latin run that reads as a person's name (Jeff, Elon Musk) rather than a company."""
    if any(w in _COMPANY_WORDS_EN for w in words):
        return False
    if len(words) == 1:
        return words[0] in _FIRST_NAMES
    return len(words) <= 3 and all(
        w[:1].isupper() and w.isalpha() and not w.isupper() for w in words
    )


def _brief_names(sentence: str, end: int, words: list[str]) -> bool:
    """Does a wire service's brief headline name a company by its form alone? "BRIEF-"
    is followed by a company, then its verb ("BRIEF-Quillfeather reports Q3 EPS $0.41"):
    no company word is needed; a person's first name ("BRIEF-Jane Doe reports a stake")
    or a possessive ("BRIEF-Moody's says": the "'s" may be the name's own) is left to
    the model."""
    return (
        sentence.startswith("BRIEF-")
        and sentence[end : end + 1] == " "
        and words[0] not in _FIRST_NAMES
        and not any(w in _LATIN_STOP for w in words)
    )


def subject_en(gaz: Gazetteer, sentence: str) -> CompanyMention | None:
    """The company an English sentence opens with as its subject, by its grammar alone:
    a capitalised name ending in a company word (Inc., Corp., Holdings, Foods, Energy,
    ...) at the start (after "Shares of", "BRIEF-"), followed by "'s" or a reporting
    or corporate verb; after "BRIEF-" any name but a person's. A mention with source
    "subject", or None.

    >>> f = Gazetteer.load()
    >>> subject_en(f, "Kestrel Energy Holdings said revenue rose 5% to $2 billion.").name
    'Kestrel Energy'
    >>> subject_en(f, "Shares of Brightline Foods fell 3%.").text
    'Brightline Foods'
    >>> subject_en(f, "Jane Doe said revenue rose 5%."), subject_en(f, "The Company's dividend")
    (None, None)
    >>> subject_en(f, "The Acme Corp. said it would cut 300 jobs.").name
    'Acme'
    >>> subject_en(f, "BRIEF-Quillfeather reports Q3 adjusted EPS $0.41").name
    'Quillfeather'

    """
    m = _SUBJECT_EN.match(sentence)
    if m is None:
        return None
    a, b = m.span("name")
    words = sentence[a:b].split()
    if any(w in _LATIN_STOP and w not in _COMPANY_WORDS_EN for w in words[1:]):
        return None  # "Stock Repurchase Programs The Company's": a heading run on
    last = words[-1].rstrip(",") if words else ""
    if not words:
        return None
    # after "BRIEF-" the headline's form names the company; elsewhere a company word does
    if not _brief_names(sentence, m.end(), words):
        if last not in _COMPANY_WORDS_EN and last not in _INDUSTRY_WORDS_EN:
            return None
        if last not in _INDUSTRY_WORDS_EN and _looks_like_person(words):
            return None
        if len(words) == 1 and last in _INDUSTRY_WORDS_EN:
            return None  # "Oil prices rose": an industry word alone names no company
    mention = gaz.from_span(sentence, a, b)
    return attrs.evolve(mention, source="subject") if mention is not None else None


_BUSINESS_SUBJECT_EN = re.compile(_EN.regex("COMPANY_BUSINESS_SUBJECT"))
_OPENERS_EN = _EN.word_set("SENTENCE_OPENING_WORDS")


def business_subject_en(gaz: Gazetteer, sentence: str) -> CompanyMention | None:
    """The name an English sentence opens with when what follows shows a business: "'s"
    or a reporting verb, then a figure only a business reports (net income, earnings,
    orders, a dividend). The name needs no company word, so this is a guess
    that the caller checks against the model's entities (a place, "China said its
    exports", or a person is no company). A mention with source "subject", or None.

    >>> f = Gazetteer.load()
    >>> business_subject_en(f, "Glencore said its net income fell 12%.").name
    'Glencore'
    >>> business_subject_en(f, "Rio Tinto's underlying earnings dropped 9%.").text
    'Rio Tinto'
    >>> business_subject_en(f, "Analysts said its revenue rose."), business_subject_en(
    ...     f, "Jane Doe's shares rose.")
    (None, None)
    """
    m = _BUSINESS_SUBJECT_EN.match(sentence)
    if m is None:
        return None
    a, b = m.span("name")
    words = sentence[a:b].split()
    if any(w in _LATIN_STOP for w in words) or words[0].lower() in _OPENERS_EN:
        return None
    if words[0] in _FIRST_NAMES:
        return None  # "Jane Doe's shares": a person's
    mention = gaz.from_span(sentence, a, b)
    return attrs.evolve(mention, source="subject") if mention is not None else None


def acquired_en(text: str) -> list[str]:
    """Names an English document says were acquired ("our acquisitions, particularly
    Segment and Zipwhip", "the acquisition of Acme", "we acquired Brightline", "the
    Zipwhip acquisition"): a call speaks of its own company by default, so these are the
    other companies its values can belong to. Capitalised names only; pronouns and
    words of finance are not names.

    >>> acquired_en("our acquisitions, particularly Segment and Zipwhip and our partners")
    ['Segment', 'Zipwhip']
    >>> acquired_en("We closed the acquisition of Brightline Foods in May. The Q3 acquisition")
    ['Brightline Foods']
    >>> acquired_en("the acquisition of the Company")
    []
    """
    names: list[str] = []
    for m in _ACQUIRED_EN.finditer(text):
        for name in _ACQUIRED_LIST_SEP.split(m.group("names") or m.group("before")):
            words = name.split()
            while words and words[0] in _ACQ_DETERMINERS:
                words = words[1:]  # "Our Zipwhip acquisition"
            name = " ".join(words)
            if not words or any(w in _LATIN_STOP or w.lower() in _NOT_ACQUIRED for w in words):
                continue
            if _NOT_A_NAME_START.fullmatch(words[0]) or is_pronoun_company(name):
                continue
            if name not in names:
                names.append(name)
    return names


def mentions_of(text: str, names: Sequence[str]) -> list[CompanyMention]:
    """Whole-word, capitalised occurrences of ``names`` in ``text`` (source "acquired").

    >>> [(m.text, m.start) for m in mentions_of("For Segment, a segment of Segments", ["Segment"])]
    [('Segment', 4)]
    """
    if not names:
        return []
    # one pattern for all names (longest first), cached by ``re`` across sentences
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return [
        CompanyMention(m.start(), m.end(), m.group(), m.group(), None, "acquired")
        for m in re.finditer(rf"(?<![\w&.-])(?:{alt})(?![\w&-])", text)
    ]
