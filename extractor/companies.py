"""Company mentions: a gazetteer, a Chinese/English company finder and canonical names.

Pure Python (no spaCy, no dateparser). The gazetteer lives in ``patterns/companies.jsonl``
(one JSON object a line: ``{"name", "aliases", "ticker", "lang"}``); users add
directories with their own ``companies.jsonl`` (entries are added; the same ``name``
replaces a built-in entry).

>>> finder = CompanyFinder.load()
>>> [(m.text, m.name, m.ticker, m.source) for m in finder.find("Twilio's revenue rose.", "en")]
[("Twilio's", 'Twilio', 'TWLO', 'gazetteer')]
>>> text = "长实集团(1113.HK)公告称，向华夏银行质押股份。"
>>> [(m.text, m.name, m.ticker, m.source) for m in finder.find(text, "zh")]
[('长实集团', '长实集团', '1113.HK', 'gazetteer'), ('华夏银行', '华夏银行', '600015.SH', 'gazetteer')]
>>> canonical_name("Twilio Inc.'s")
'Twilio'

What :meth:`CompanyFinder.find` reports for Chinese text (``source``):

* ``gazetteer``: names and aliases from the pattern files, longest first; a CJK alias
  may carry an A/B share-class letter (``万科A``).
* ``code``: a name right before a stock code (``长实集团(1113.HK)``, ``（SZ 300273）``,
  ``(600519.SH)``, ``（股票代码：600519）``, ``(NYSE: TWLO)``; a price quote between them
  is skipped: ``中国天楹(6.350, 0.00, 0.00%)(000035)``), and ``ST``/``*ST`` stock
  short names; the ticker is normalised (``600519.SH``, ``0700.HK``, ``000651.SZ``).
* ``suffix``: a run of name characters ending in a company word (公司, 有限公司, 集团,
  股份, 银行, 证券, 科技, ...), cut on the left after verbs, prepositions and other
  boundary words, and rejected when what is left is generic (子公司, 上市公司, 科技公司).
* ``latin``: capitalised Latin-script names in Chinese text (``OpenTable``), minus a stop
  list of acronyms that are not companies (IPO, API, SaaS, CEO, ...).
* ``suffix`` also marks short names found by their position, with no company word:
  who announces (``华丰股份公告称``; not ``发布股权变动公告``: a kind of announcement);
  a clause's subject before a corporate verb (``远景新能以3亿元收购``,
  ``根据华丰旅游在10月披露``: boundary words on the left are cut); a party after a role
  word (``股东鼎晖长青拟减持``, ``全资子公司华丰物流出资``); the company before a stake
  (``收购远景新能60%股权``); the object of a holding or trading verb before a share
  count or 股份 (``减持远景新能逾900万股``); who a court orders to pay
  (``判决远景新能于...支付``, ``远景新能需支付``). Time, quantity and discourse words
  (二季度, 期间合计, 直接或间接), persons (a surname and one or two characters, or a name
  after 实际控制人/董事长) and generic words are rejected. Such a subject may replace a
  two-character gazetteer alias it begins with (``格力金投`` is not ``格力``).

Gazetteer look-ups of a found name drop legal words only (``阿里巴巴集团`` -> 阿里巴巴),
never industry words: ``复星医药`` is not ``复星``.

Names a document defines (``...有限公司(以下简称“艾特网能”)``) or ties to a stock code
are found again wherever the same document repeats them.
"""


from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from .company_english import acquired_en, business_subject_en, mentions_of, subject_en
from .company_gazetteer import MAX_ALIAS_CHARS, Gazetteer
from .company_rules_zh import find_codes, find_zh
from .company_text import _LATIN_STOP as LATIN_STOP_WORDS
from .company_text import (
    COMPANY_SCHEMA,
    CompanyEntry,
    CompanyMention,
    Lang,
    _Cand,
    _latin_token_spans,
    _resolve,
    canonical_name,
    is_pronoun_company,
    normalize_ticker,
)
from .company_text import _w as split_words

__all__ = [
    "COMPANY_SCHEMA",
    "LATIN_STOP_WORDS",
    "MAX_ALIAS_CHARS",
    "CompanyEntry",
    "CompanyFinder",
    "CompanyMention",
    "canonical_name",
    "is_pronoun_company",
    "normalize_ticker",
    "split_words",
]

# the private names pipeline.py imports from here (LATIN_STOP_WORDS, split_words are public)
_LATIN_STOP = LATIN_STOP_WORDS
_w = split_words


@attrs.frozen(eq=False)
class CompanyFinder:
    """Finds company mentions with a gazetteer and rules; build it with :meth:`load`.

    The gazetteer (:class:`~extractor.company_gazetteer.Gazetteer`) maps names to entries;
    English sentence rules live in :mod:`extractor.company_english`, Chinese rules in
    :mod:`extractor.company_rules_zh`; this class puts them together.

    >>> f = CompanyFinder.load()
    >>> f.canonical("TWLO"), f.canonical("珠海格力电器股份有限公司"), f.canonical("Acme Corp.")
    ('Twilio', '格力电器', 'Acme')
    """

    gazetteer: Gazetteer

    @property
    def entries(self) -> tuple[CompanyEntry, ...]:
        """The gazetteer's entries."""
        return self.gazetteer.entries

    # -- construction --------------------------------------------------------------------
    @classmethod
    def load(cls, dirs: Sequence[str | Path] = ()) -> CompanyFinder:
        """The built-in gazetteer, then each of ``dirs`` (their ``companies.jsonl``).

        A later file's entry with the same ``name`` replaces the earlier one. Raises
        :class:`extractor.PatternError` naming the file and line of a malformed entry.
        """
        return cls(Gazetteer.load(dirs))

    @classmethod
    def from_entries(cls, entries: Iterable[CompanyEntry]) -> CompanyFinder:
        """A finder over ``entries`` (later entries win an alias both claim).

        >>> f = CompanyFinder.from_entries([CompanyEntry("Acme", ("ACME", "阿克米"))])
        >>> [m.name for m in f.find("阿克米和ACME", "zh")]
        ['Acme', 'Acme']
        """
        return cls(Gazetteer.from_entries(entries))

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, alias: str) -> CompanyEntry | None:
        """The gazetteer entry ``alias`` names (a name or alias, any case), or None.

        >>> CompanyFinder.load().lookup("腾讯").ticker
        '0700.HK'
        """
        return self.gazetteer.lookup(alias)

    def canonical(self, name: str) -> str:
        """The gazetteer name for ``name`` (an alias, or an alias plus legal words), else
        :func:`canonical_name`.

        >>> f = CompanyFinder.load()
        >>> f.canonical("Facebook Inc.'s"), f.canonical("阿里巴巴集团"), f.canonical("宜昌兴发集团有限责任公司")
        ('Meta', '阿里巴巴', '宜昌兴发')
        >>> f.canonical("Booking Holdings Inc."), f.canonical("长实集团有限公司")
        ('Booking Holdings', '长实集团')
        """
        return self.gazetteer.canonical(name)

    def from_span(self, text: str, start: int, end: int) -> CompanyMention | None:
        """A mention for a span found elsewhere (an NER ``ORG`` span), with source "ner".

        Trims spaces, a leading "the" and trailing punctuation (keeping the span exact),
        maps gazetteer aliases to their name and ticker, and returns None for pronouns
        ("the Company", "该公司") and empty spans.

        >>> f = CompanyFinder.load()
        >>> text = "Revenue at the Twilio Inc.'s unit and at Acme Corp. grew."
        >>> m = f.from_span(text, 11, 28)
        >>> m.text, m.name, m.ticker, m.source
        ("Twilio Inc.'s", 'Twilio', 'TWLO', 'ner')
        >>> f.from_span(text, 41, 51).name, f.from_span("the Company said", 0, 11)
        ('Acme', None)
        """
        return self.gazetteer.from_span(text, start, end)

    def subject_en(self, sentence: str) -> CompanyMention | None:
        """The company an English sentence opens with as its subject, by its grammar alone:
        a capitalised name ending in a company word (Inc., Corp., Holdings, Foods, Energy,
        ...) at the start (after "Shares of", "BRIEF-"), followed by "'s" or a reporting
        or corporate verb. A mention with source "subject", or None.

        >>> f = CompanyFinder.load()
        >>> f.subject_en("Kestrel Energy Holdings said revenue rose 5% to $2 billion.").name
        'Kestrel Energy'
        >>> f.subject_en("Shares of Brightline Foods fell 3%.").text
        'Brightline Foods'
        >>> f.subject_en("Jane Doe said revenue rose 5%."), f.subject_en("The Company's dividend")
        (None, None)
        >>> f.subject_en("The Acme Corp. said it would cut 300 jobs.").name
        'Acme'

        """
        return subject_en(self.gazetteer, sentence)

    def business_subject_en(self, sentence: str) -> CompanyMention | None:
        """The name an English sentence opens with when a figure only a business reports
        follows it ("Glencore said its net income ...", "Rio Tinto's earnings ..."), with
        no company word needed; the caller vetoes the model's places and people. A mention
        with source "subject", or None.

        >>> f = CompanyFinder.load()
        >>> f.business_subject_en("Glencore said its net income fell 12%.").name
        'Glencore'
        """
        return business_subject_en(self.gazetteer, sentence)

    def acquired_en(self, text: str) -> list[str]:
        """Names an English document says were acquired ("our acquisitions, particularly
        Segment and Zipwhip", "the acquisition of Acme", "we acquired Brightline", "the
        Zipwhip acquisition"): a call speaks of its own company by default, so these are the
        other companies its values can belong to. Capitalised names only; pronouns and
        words of finance are not names.

        >>> f = CompanyFinder.load()
        >>> f.acquired_en("our acquisitions, particularly Segment and Zipwhip and our partners")
        ['Segment', 'Zipwhip']
        >>> f.acquired_en("We closed the acquisition of Brightline Foods in May. The Q3 acquisition")
        ['Brightline Foods']
        >>> f.acquired_en("the acquisition of the Company")
        []
        """
        return acquired_en(text)

    def mentions_of(self, text: str, names: Sequence[str]) -> list[CompanyMention]:
        """Whole-word, capitalised occurrences of ``names`` in ``text`` (source "acquired").

        >>> f = CompanyFinder.load()
        >>> [(m.text, m.start) for m in f.mentions_of("For Segment, a segment of Segments", ["Segment"])]
        [('Segment', 4)]
        """
        return mentions_of(text, names)

    # -- finding -----------------------------------------------------------------------------
    def find(self, text: str, lang: Lang) -> list[CompanyMention]:
        """Company mentions in ``text`` (in order, not overlapping).

        ``lang`` "en": gazetteer names and aliases (and a name before ``(NYSE: XXX)``);
        "zh": gazetteer, stock-code forms, company-word suffixes and Latin-script names.

        >>> f = CompanyFinder.load()
        >>> [m.text for m in f.find("Uber、Box、EMC等都是该公司的客户，四家科技公司完成上市。", "zh")]
        ['Uber', 'Box', 'EMC']
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        if not text:
            return []
        if lang == "en":
            cands = self.gazetteer.latin_names(text, _latin_token_spans(text), "en")
            cands += find_codes(self.gazetteer, text, cands, lang)
            found = _resolve(cands, len(text))
        elif lang == "zh":
            found = find_zh(self.gazetteer, text)
        else:
            raise ValueError(f'lang must be "en" or "zh", got {lang!r}')
        return _trimmed_mentions(text, found)


def _trimmed_mentions(text: str, found: Iterable[_Cand]) -> list[CompanyMention]:
    """Mentions of ``found`` without spaces at their edges (a span of spaces is dropped)."""
    mentions = []
    for c in found:
        a, b = c.start, c.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            mentions.append(CompanyMention(a, b, text[a:b], c.name, c.ticker, c.source))
    return mentions
