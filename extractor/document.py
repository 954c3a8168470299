"""Document reading: front matter, paragraphs, language, transcript turns, call metadata.

Pure line scanning with bounded regular expressions (no spaCy, no dateparser, no
YAML). :func:`read_document` never raises on a ``str``: empty, binary-ish, huge or
single-line inputs all return a :class:`Document`.

Every :class:`Paragraph` keeps exact offsets into the original text, so
``doc.text[p.start:p.end] == p.text`` always holds. Bullet marks, indentation, speaker
headers, section headers, participant lists and front matter are not part of any
paragraph.

>>> doc = read_document(
...     "Acme Inc (ACME) Q3 2021 Earnings Call Transcript\\n\\n"
...     "Prepared Remarks:\\n\\nOperator\\n\\nWelcome to the Acme third quarter call.\\n\\n"
...     "Jane Roe -- Chief Financial Officer\\n\\nRevenue was $5 million.\\n")
>>> doc.meta.company, doc.meta.ticker, doc.meta.call_period.label, doc.meta.is_transcript
('Acme', 'ACME', '2021-Q3', True)
>>> [(p.speaker, p.role, p.section, p.text)
...  for p in doc.paragraphs]  # doctest: +NORMALIZE_WHITESPACE
[('Operator', None, 'prepared_remarks', 'Welcome to the Acme third quarter call.'),
 ('Jane Roe', 'Chief Financial Officer', 'prepared_remarks', 'Revenue was $5 million.')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Literal

import attrs

from .companies import canonical_name
from .lang import get_language
from .normalize.prefilter import with_first_chars
from .records import Period
from .segment import is_table_row

_EN = get_language("en")
_ZH = get_language("zh")

__all__ = [
    "DocMeta",
    "Document",
    "Paragraph",
    "SpeakerHeader",
    "detect_lang",
    "find_call_period",
    "find_period_phrase",
    "parse_date",
    "parse_speaker_header",
    "read_document",
]

Lang = Literal["en", "zh"]


# --------------------------------------------------------------------------------------
# Public data
# --------------------------------------------------------------------------------------


@attrs.frozen
class Paragraph:
    """One paragraph of speech or prose, with exact offsets into the original text.

    ``text == document.text[start:end]``; the span starts after any bullet mark,
    indentation or one-line speaker header (``"Jane Roe: "``).
    """

    start: int
    end: int
    text: str
    lang: Lang
    speaker: str | None = None
    role: str | None = None
    firm: str | None = None
    section: str | None = None
    translation_of: int | None = None


@attrs.frozen
class DocMeta:
    """Document-level facts: title, date, the call's company, ticker and quarter."""

    title: str | None = None
    date: date | None = None
    company: str | None = None
    ticker: str | None = None
    call_period: Period | None = None
    is_transcript: bool = False
    # the dateline opening the story ("SAN FRANCISCO, July 28, 2021 (Reuters) -"): its
    # date is the document's, not a period of the values after it
    dateline: tuple[int, int] | None = None


@attrs.frozen
class Document:
    """The original text, its metadata and its paragraphs in document order."""

    text: str
    meta: DocMeta
    paragraphs: tuple[Paragraph, ...]


@attrs.frozen
class SpeakerHeader:
    """A parsed speaker header: ``Name -- Title`` or ``Name -- Firm -- Analyst``."""

    name: str
    role: str | None = None
    firm: str | None = None


# --------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CJK_ANY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect_lang(text: str) -> Lang:
    """``"zh"`` when CJK characters are at least as many as Latin words, else ``"en"``.

    Cheap (two regex scans). One CJK character weighs about one English word, so
    Chinese prose with embedded English names stays Chinese.

    >>> detect_lang("Revenue grew 67% to $669 million."), detect_lang("Twilio去年营收增长88%")
    ('en', 'zh')
    >>> detect_lang(""), detect_lang("12345")
    ('en', 'en')
    """
    cjk = sum(len(r) for r in _CJK_RUN.findall(text))
    if not cjk:
        return "en"
    return "zh" if cjk >= len(_LATIN_WORD.findall(text)) else "en"


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

_MONTHS: Mapping[str, int] = _EN.table("MONTH_ABBREVIATIONS")
_MONTH_RE = _EN.regex("MONTH_NAME")
_DATE_RES: tuple[tuple[re.Pattern[str], tuple[int, int, int]], ...] = (
    # (regex, (year group, month group, day group)); month may be a name
    (re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), (1, 2, 3)),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"), (1, 2, 3)),
    (
        re.compile(
            r"\b(" + _MONTH_RE + r")\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}((?:19|20)\d\d)\b"
        ),
        (3, 1, 2),
    ),
    (
        re.compile(
            r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s{1,3}("
            + _MONTH_RE
            + r")\.?,?\s{1,3}((?:19|20)\d\d)\b"
        ),
        (3, 2, 1),
    ),
)


def _date_from_match(m: re.Match[str], groups: tuple[int, int, int]) -> date | None:
    y, mo, d = (m.group(g) for g in groups)
    month = int(mo) if mo.isdigit() else _MONTHS[mo[:3].lower()]
    try:
        return date(int(y), month, int(d))
    except ValueError:
        return None


def _find_date(s: str, *, anchored: bool) -> tuple[date, int] | None:
    best: tuple[date, int, int] | None = None
    for rx, groups in _DATE_RES:
        m = rx.match(s) if anchored else rx.search(s)
        if m is None:
            continue
        d = _date_from_match(m, groups)
        if d is not None and (best is None or m.start() < best[1]):
            best = (d, m.start(), m.end())
    return (best[0], best[2]) if best else None


def parse_date(s: str) -> date | None:
    """The first full date in ``s`` (ISO, ``2016年6月24日``, ``June 24, 2016``, ``24 June 2016``).

    Never invents a missing day or year.

    >>> parse_date("2016-06-24 07:29"), parse_date("2016年6月24日电")
    (datetime.date(2016, 6, 24), datetime.date(2016, 6, 24))
    >>> parse_date("Jul 28, 2021, 5:00 p.m. ET"), parse_date("June 2016")
    (datetime.date(2021, 7, 28), None)
    """
    found = _find_date(s[:1000], anchored=False)
    return found[0] if found else None


# --------------------------------------------------------------------------------------
# Periods (the call's quarter)
# --------------------------------------------------------------------------------------

# a quarter's number from how it is written ("third", "3rd", "三", "3")
_ORD = {
    **_EN.table("DOC_QUARTER_ORDINALS"),
    **_ZH.table("DOC_QUARTER_ORDINALS"),
    **{str(q): q for q in range(1, 5)},
}
_PERIOD_RES: tuple[re.Pattern[str], ...] = (
    # "Q3 2021", "third quarter of fiscal 2021", "fourth quarter and full year 2021"
    re.compile(_EN.regex("DOC_QUARTER_THEN_YEAR"), re.IGNORECASE),
    # "2021 Q2", "fiscal 2022 second quarter", "FY2022 Q2", "2020 Third Quarter"
    re.compile(_EN.regex("DOC_YEAR_THEN_QUARTER"), re.IGNORECASE),
    # "2Q21", "3Q 2021", "Q3'21", "Q3 FY22", "FY22 Q3"
    re.compile(
        r"(?<![\w])(?:(?P<qb>[1-4])Q\s?'?|Q(?P<qa>[1-4])\s?(?:(?P<f2>FY)\s?'?|['’]))"
        r"(?P<y>\d\d(?:\d\d)?)(?![\w])",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?<![\w])(?P<f1>FY)\s?'?(?P<y>\d\d(?:\d\d)?)\s?Q(?P<qa>[1-4])(?![\w])", re.IGNORECASE
    ),
    # "2021年第二季度", "2021财年第二季度", "2021年Q2", "2021 Q2" (followed by CJK)
    re.compile(_ZH.regex("DOC_YEAR_THEN_QUARTER")),
)


def _period_from_match(m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    q_text = g.get("qa") or g.get("qb") or g.get("qd") or (g.get("qc") or "").lower()
    q = _ORD.get(q_text)
    y_text = g.get("y") or ""
    if q is None or not y_text.isdigit():
        return None
    year = int(y_text)
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2099:
        return None
    fiscal = any(g.get(k) for k in ("f1", "f2", "f3"))
    return Period.fiscal_quarter(year, q) if fiscal else Period.quarter(year, q)


def _iter_periods(s: str) -> Iterator[tuple[int, int, Period]]:
    found: list[tuple[int, int, Period]] = []
    for rx in _PERIOD_RES:
        for m in rx.finditer(s):
            p = _period_from_match(m)
            if p is not None:
                found.append((m.start(), m.end(), p))
    found.sort(key=lambda t: (t[0], -t[1]))
    last_end = -1
    for start, end, p in found:
        if start >= last_end:
            last_end = end
            yield start, end, p


def find_period_phrase(s: str) -> Period | None:
    """The first quarter-with-year phrase in ``s`` as a Period (fiscal when it says so).

    >>> find_period_phrase("AEE (AEE) Q3 2021 Earnings Call Transcript").label
    '2021-Q3'
    >>> find_period_phrase("Twilio Inc (TWLO) 2021 Q2 法說會逐字稿").label
    '2021-Q2'
    >>> [find_period_phrase(s).label for s in ("fiscal 2022 second quarter", "Q2 fiscal 2022",
    ...     "2Q21 results", "2021财年第二季度")]
    ['FY2022-Q2', 'FY2022-Q2', '2021-Q2', 'FY2021-Q2']
    >>> find_period_phrase("the second quarter") is None
    True
    """
    for _, _, p in _iter_periods(s[:100_000]):
        return p
    return None


_CALL_WORDS = re.compile(_EN.regex("DOC_CALL_WORDS") + "|" + _ZH.regex("DOC_CALL_WORDS"))
_QUARTER_ONLY = re.compile(_EN.regex("DOC_QUARTER_ONLY"))


def find_call_period(
    title: str | None, opening: str, doc_date: date | None = None
) -> Period | None:
    """The call's quarter: from the title, else from the opening lines of the call.

    In the opening, only a phrase near a call word (call, conference, earnings,
    results, 法說會...) counts. A quarter without a year ("our first quarter
    earnings call") takes its year from ``doc_date`` (the previous year for a fourth
    quarter reported in January-March), else from the latest year said with the same
    quarter near a call word in the opening, else the period is None (never guessed).

    >>> find_call_period(None, "Welcome to the Twilio Second Quarter 2021 Earnings Call.").label
    '2021-Q2'
    >>> find_call_period(None, "Welcome to the Acme fourth quarter call.", date(2022, 2, 3)).label
    '2021-Q4'
    >>> find_call_period("Acme news", "Revenue grew.") is None
    True
    """
    if title:
        p = find_period_phrase(title)
        if p is not None:
            return p
    head = opening[:8000]
    found: list[tuple[int, int, Period | None, re.Match[str] | None]] = [
        (st, en, p, None) for st, en, p in _iter_periods(head)
    ]
    for qm in _QUARTER_ONLY.finditer(head[:3000]):
        if not any(st <= qm.start() < en for st, en, _, _ in found):
            found.append((qm.start(), qm.end(), None, qm))
    found.sort(key=lambda t: t[0])
    for start, end, period, match in found:
        if not _CALL_WORDS.search(_sentence_around(head, start, end)):
            continue
        if period is not None:
            return period
        assert match is not None
        return _year_for_quarter(match, opening, doc_date)
    return None


_SENT_END = re.compile(
    r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bplc)(?<!\bL\.P)(?<!\bN\.V)(?<!\bS\.A)"
    r"[.?。！？\n](?=\s|$)|[。！？\n]"
)  # "!" ends no call sentence ("Yum! Brands"); nor does "Inc." ("Acme, Inc. earnings call")


def _sentence_around(s: str, start: int, end: int) -> str:
    """The sentence holding ``s[start:end]`` (at most 200 characters either side)."""
    lo = max(0, start - 200)
    left = s[lo:start]
    cut = [m.end() for m in _SENT_END.finditer(left)]
    a = lo + cut[-1] if cut else lo
    m = _SENT_END.search(s, end, min(len(s), end + 200))
    b = m.end() if m else min(len(s), end + 200)
    return s[a:b]


# Evidence for the year of a call whose opening names its quarter without one. A phrase
# naming the same quarter with a year is the call's own quarter unless it is compared with
# ("versus the third quarter of 2020": then the call is a later year's); the first half or
# nine months of a year, a quarter-end date, an outlook for a year, last year's annual report
# each point at a year too. The year with the most evidence wins; a single comparison is
# not enough (it may be with two years ago).
_COMPARED_BEFORE = re.compile(_EN.regex("DOC_COMPARED_BEFORE"))
_FUTURE = re.compile(_EN.regex("DOC_FUTURE_WORDS"))
_QUARTER_END = {1: "March 31", 2: "June 30", 3: "September 30", 4: "December 31"}
_YEAR = r"((?:19|20)\d\d)\b"
_TO_DATE = {
    2: re.compile(_EN.regex("DOC_HALF_YEAR_OF") + _YEAR),
    3: re.compile(_EN.regex("DOC_NINE_MONTHS_OF") + _YEAR),
}
_ANNUAL_REPORT = re.compile(_EN.regex("DOC_ANNUAL_REPORT"))
_FULL_YEAR = re.compile(_EN.regex("DOC_FULL_YEAR_OF") + _YEAR)


def _year_votes(q: int, s: str) -> tuple[Counter[int], set[int]]:
    """Votes for the year of a call about quarter ``q``, from speech ``s``; and the years
    whose own-quarter phrases say "fiscal"."""
    votes: Counter[int] = Counter()
    fiscal: set[int] = set()
    compared: Counter[int] = Counter()
    a = 0
    for m in _SENT_END.finditer(s + "\n"):
        sent, a = s[a : m.end()], m.end()
        if not _YEAR_IN.search(sent):
            continue
        future = _FUTURE.search(sent) is not None
        spans = []
        for st, en, p in _iter_periods(sent):
            spans.append((st, en))
            if not p.label.endswith(f"-Q{q}"):
                continue
            if _COMPARED_BEFORE.search(sent[max(0, st - 80) : st]):
                compared[p.year_number] += 1
            elif not future:
                votes[p.year_number] += 2
                if p.kind == "fiscal_quarter":
                    fiscal.add(p.year_number)
        if q == 3 and future:
            continue  # a third-quarter call speaks of this year's end and of next year alike
        for ym in _YEAR_IN.finditer(sent):
            if any(st <= ym.start() < en for st, en in spans) or _DATE_BEFORE.search(
                sent[max(0, ym.start() - 12) : ym.start()]
            ) or _COMPARED_BEFORE.search(sent[max(0, ym.start() - 30) : ym.start()]):
                continue
            y = int(ym.group(1))
            if future:
                votes[y - 1 if q == 4 else y] += 1  # a fourth-quarter call guides the next year
            elif q == 4:
                votes[y] += 1  # a fourth-quarter call looks back on its year
    if compared:
        # compared quarters are earlier ones: a year ago, or two years ago
        votes[max(compared) + 1] += sum(compared.values())
    for m in re.finditer(_QUARTER_END[q] + r"(?:st|th)?,?\s{1,3}" + _YEAR, s):
        votes[int(m.group(1))] += 1
    if q in _TO_DATE:
        for m in _TO_DATE[q].finditer(s):
            votes[int(m.group(1))] += 1
    if q == 4:
        for m in _FULL_YEAR.finditer(s):
            if not _FUTURE.search(_sentence_around(s, m.start(), m.end())):
                votes[int(m.group(1))] += 1
    for m in _ANNUAL_REPORT.finditer(s):
        votes[int(m.group(1) or m.group(2)) + 1] += 1
    return votes, fiscal


_YEAR_IN = re.compile(r"(?<![\w$.,])((?:19|20)\d\d)(?![\w%]|\.\d|,\d)")
_DATE_BEFORE = re.compile(r"(?i)(?:" + _MONTH_RE + r"\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}|/)$")


def _year_for_quarter(m: re.Match[str], opening: str, doc_date: date | None) -> Period | None:
    q = _ORD[(m.group("qa") or m.group("qc")).lower()]
    fiscal = bool(m.group("f1"))
    year: int | None = None
    if doc_date is not None:
        year = doc_date.year - 1 if (q == 4 and doc_date.month <= 3) else doc_date.year
    else:
        # the latest year said with the same quarter near a call word
        said = [
            p
            for st, en, p in _iter_periods(opening[:4000])
            if p.label.endswith(f"-Q{q}") and _CALL_WORDS.search(_sentence_around(opening, st, en))
        ]
        if said:
            latest = max(said, key=lambda p: p.year_number)
            # "the Q2 call ... our fiscal 2022 second quarter results": a fiscal quarter
            year, fiscal = latest.year_number, fiscal or latest.kind == "fiscal_quarter"
        if year is None:
            votes, fiscal_years = _year_votes(q, opening[:_YEAR_EVIDENCE])
            # the most evidence; on a tie the later year (past quarters get compared with)
            best = max(votes.items(), key=lambda kv: (kv[1], kv[0]), default=None)
            if best is not None and best[1] >= 2:
                year = best[0]
                fiscal = fiscal or year in fiscal_years
    if year is None:
        return None
    return Period.fiscal_quarter(year, q) if fiscal else Period.quarter(year, q)


_YEAR_EVIDENCE = 20000  # characters of speech read for the year of the call


# --------------------------------------------------------------------------------------
# Companies and tickers (names: :func:`extractor.companies.canonical_name`)
# --------------------------------------------------------------------------------------

# a call title's company and ticker: "Twilio Inc. (NYSE: TWLO) Q2 2021 Earnings Call"
_TITLE_TICKER = re.compile(
    r"^(?P<co>[^()\n]{0,80}?)\s{0,3}\((?:(?:" + _EN.regex("DOC_TITLE_EXCHANGES") + r")"
    r"\s{0,2}:\s{0,2})?(?P<tk>[A-Z][A-Z0-9]{0,5}(?:[.\-][A-Z]{1,2})?)\)"
)
_TITLE_COMPANY = re.compile(_EN.regex("DOC_TITLE_COMPANY"))
# a ticker anywhere: "(NYSE: TWLO)", "股票代码为TWLO"
_EXCHANGE_TICKER = re.compile(
    r"\((?:" + _EN.regex("DOC_TICKER_EXCHANGES") + r")"
    r"\s{0,2}[:：]\s{0,2}(?P<tk>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\)"
    r"|" + _ZH.regex("DOC_TICKER_LABEL") + r"\s{0,2}[:：]?\s{0,2}[“\"「]?(?P<tk2>[A-Z]{1,5})(?![A-Za-z])"
)
# (searched for in every one-line text: a lookahead of its first characters passes over
# the positions no branch can start at quickly)
_CALL_TITLE = with_first_chars(re.compile(
    _EN.regex("DOC_CALL_TITLE")
    + "|"
    + _ZH.regex("DOC_CALL_TITLE")
    + r"|\([A-Z][A-Z0-9.\-]{0,7}\)\s{1,3}(?:Q[1-4]|FY|(?:19|20)\d\d)"
))

_CO_TOKEN = r"(?:[A-Z][\w&.'’\-]*|&|and|of|de)"
_CO_STOP = _EN.regex("DOC_NOT_COMPANY_TOKEN")
_CO_STOP1 = _EN.regex("DOC_NOT_COMPANY_FIRST_TOKEN")
_CO = r"(?P<co>" + _CO_STOP1 + r"[A-Z][\w&.'’!\-]*(?:,?\s{1,2}" + _CO_STOP + _CO_TOKEN + r"){0,6}?)"
_QSTART = _EN.regex("DOC_TITLE_PERIOD_START")
_WELCOME_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\b(?i:welcome|welcoming)\s{1,3}(?i:you\s{1,3}|everyone\s{1,3}|all\s{1,3})?(?i:to|for)\s{1,3}"
        r"(?i:the\s{1,3}|today's\s{1,3})?" + _CO + r"(?:'s|’s)?,?\s{1,3}" + _QSTART
    ),
    re.compile(
        r"\b(?i:welcome|welcoming)\s{1,3}(?i:you\s{1,3})?(?i:to|for)\s{1,3}(?i:the\s{1,3})?"
        r"(?i:q[1-4]|first|second|third|fourth)(?i:\s{1,3}quarter)?(?:\s{1,3}(?:19|20)\d\d)?\s{1,3}"
        + _CO
        + r"(?:'s|’s)?,?\s{1,3}(?i:earnings|conference|financial|results|quarterly)"
    ),
    re.compile(
        r"\b(?i:call|conference|results\s+review|discussion)\s{1,3}(?i:for|of)\s{1,3}"
        + _CO
        + r"[.,]"
    ),
    re.compile(r"\b(?i:for|to|joining)\s{1,3}" + _CO + r"(?:'s|’s)\s{1,3}" + _QSTART),
    # "welcome everyone to the Granite Construction Investor Relations First Quarter ...",
    # "thank you for joining us today for Sun Communities First Quarter 2021 ..."
    re.compile(
        r"\b(?i:welcome\s{1,3}(?:you|everyone|all)\s{1,3}to|joining\s{1,3}us\s{1,3}(?:today\s{1,3})?for)"
        r"\s{1,3}(?i:the\s{1,3})?" + _CO + r"(?:'s|’s)?(?:\s{1,3}Investor\s{1,3}Relations)?,?\s{1,3}" + _QSTART
    ),
    # "Vice President of McCormick Investor Relations"
    re.compile(
        r"\b(?:of|at)\s{1,3}(?!(?:Finance|Corporate|Strategy|Treasury|Global|Capital|Business|Financial)\b)"
        + _CO + r"\s{1,3}Investor\s{1,3}Relations\b"
    ),
)


def _company_from_welcome(opening: str) -> str | None:
    head = opening[:4000]
    best: tuple[int, str] | None = None
    for rx in _WELCOME_RES:
        m = rx.search(head)
        if m is not None and (best is None or m.start() < best[0]):
            co = canonical_name(m.group("co"))
            if co and not _NOT_COMPANY.match(co):
                best = (m.start(), co)
    return best[1] if best else None


_NOT_COMPANY = re.compile(_EN.regex("DOC_NOT_WELCOME_COMPANY"))


# --------------------------------------------------------------------------------------
# Speaker headers
# --------------------------------------------------------------------------------------


def _words(s: str) -> list[str]:
    return s.split()


_GENERIC_SPEAKER = re.compile(
    "(?i)^(?:" + _EN.regex("DOC_GENERIC_SPEAKERS") + "|" + _ZH.regex("DOC_GENERIC_SPEAKERS") + ")$"
)
_PARTICLES = _EN.word_set("NAME_PARTICLES")
_NOT_NAME_WORDS = _EN.word_set("NOT_NAME_WORDS")
_NOT_NAME_ANY = _EN.word_set("NOT_NAME_ANY")
_NOT_NAME_ZH = _ZH.word_set("NOT_NAME")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-])*,?|\([^\W\d_]{1,20}\)|\"[^\W\d_]{1,20}\"")
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff][\u3400-\u4dbf\u4e00-\u9fff·•]{1,5}")
_JOB_WORDS = re.compile(_EN.regex("DOC_JOB_WORDS"))
_NAME_NOTE = re.compile(_EN.regex("DOC_NAME_NOTE"))
_SEP = re.compile(r"\s{1,3}(?:--|—|–|―|-)\s{1,3}")
_TITLE_BAD = re.compile(_EN.regex("DOC_NOT_JOB_TITLE"))
_ZH_JOB_WORDS = re.compile(_ZH.regex("DOC_JOB_WORDS"))


def _is_name(s: str, *, lenient: bool = False) -> bool:
    """1-6 capitalised name tokens (initials, particles, "[Phonetic]" allowed), ALL CAPS,
    a Chinese name, or a generic speaker ("Operator"). ``lenient`` tolerates one
    lower-case token (transcription glitches in ``Name -- Title`` headers)."""
    if not s or len(s) > 60:
        return False
    if _GENERIC_SPEAKER.match(s):
        return True
    if _CJK_NAME.fullmatch(s):
        return s not in _NOT_NAME_ZH
    toks = s.split()
    if not 1 <= len(toks) <= 6:
        return False
    caps = lower = 0
    for i, tok in enumerate(toks):
        t = _NAME_NOTE.sub("", tok) or tok
        low = t.lower().strip(",.")
        if len(low) == 1 and t.endswith(".") and t[0].isupper():
            caps += 1  # an initial: "A. William Higgins"
            continue
        if low in _PARTICLES and 0 < i < len(toks) - 1:
            continue
        if low in _NOT_NAME_ANY or (i == 0 and low in _NOT_NAME_WORDS):
            return False
        if not _NAME_TOKEN.fullmatch(t):
            return False
        if not t.lstrip('("')[:1].isupper():
            lower += 1
            if not lenient or lower > 1:
                return False
            continue
        caps += 1
    if caps == 0 or (lower and caps < 2):
        return False
    if len(toks) == 1:
        t = toks[0].strip(",.")
        # one word: a surname or an ALL CAPS interview header, never an initial or a ticker
        return len(t) >= 3 and not (t.isupper() and len(t) <= 4)
    return True


def _is_title(s: str, *, lenient: bool = False) -> bool:
    """A job title or firm: short, starts upper-case or with a digit, no sentence in it.
    ``lenient`` (a header confirmed by its repeat) only checks length and symbols."""
    if not 0 < len(s) <= 150 or len(s.split()) > 24:
        return False
    if lenient:
        return not re.search(r"[$%€£¥@]|https?:", s)
    if _TITLE_BAD.search(s):
        return False
    first = s[:1]
    if _CJK_NAME.match(first + first) is not None:
        # a Chinese title has no case: short, and naming a post ("首席财务官", "董事长")
        return len(s) <= 20 and _ZH_JOB_WORDS.search(s) is not None
    return first.isupper() or first.isdigit() or not first.isalpha()


def parse_speaker_header(line: str, *, lenient: bool = False) -> SpeakerHeader | None:
    """Parse a whole-line speaker header, or return None when the line is not one.

    Accepts ``Operator``, ``Name -- Title``, ``Name - Firm - Analyst`` (also with en/em
    dashes) and a bare name. ``lenient`` relaxes the title checks (for a header line
    that the transcript repeats, a strong sign that it is a header). A bare name is only a *candidate*: :func:`read_document`
    accepts it when the name is confirmed elsewhere in the document.

    >>> parse_speaker_header("Khozema Z. Shipchandler - CFO")
    SpeakerHeader(name='Khozema Z. Shipchandler', role='CFO', firm=None)
    >>> parse_speaker_header("Jeremy Tonet -- J.P. Morgan -- Analyst")
    SpeakerHeader(name='Jeremy Tonet', role='Analyst', firm='J.P. Morgan')
    >>> parse_speaker_header("Operator")
    SpeakerHeader(name='Operator', role=None, firm=None)
    >>> parse_speaker_header("Revenue - up 5% to $3 million") is None
    True
    """
    s = _TURN_NUMBER.sub("", line.strip())  # "John Smith, Acme Corp - CEO   [2]"
    if not s or len(s) > 220 or "\n" in s:
        return None
    qa = _QA_MARK.match(s)
    if qa is not None:  # "Q - Sam Patel", "A - Jane Roe": the question/answer mark is no name
        s = s[qa.end() :]
    parts = _SEP.split(s, maxsplit=5)
    name = parts[0].strip()
    if name.lower().startswith(("mr. ", "ms. ", "mrs. ", "dr. ")):
        name = name.split(None, 1)[1]
    firm_of_name: str | None = None
    if len(parts) > 1 and "," in name:
        # "John Smith,  Acme Corp - CEO" (StreetEvents): the firm follows the name
        n0, _, f0 = name.partition(",")
        if (
            _is_name(n0.strip())
            and f0.strip()
            and not _NAME_SUFFIX_RE.fullmatch(f0.strip())  # "John E. Geller, Jr."
            and _is_title(f0.strip(), lenient=True)
        ):
            name, firm_of_name = n0.strip(), f0.strip()
    if not _is_name(name, lenient=len(parts) > 1):
        return None
    if len(parts) == 1:
        if name.endswith((",", ".")) and not name.endswith(("Jr.", "Sr.")):
            return None
        return SpeakerHeader(name)
    rest = [p.strip() for p in parts[1:]]
    if not all(_is_title(p, lenient=lenient) for p in rest):
        return None
    if _GENERIC_SPEAKER.match(name) and name.lower() == "operator":
        return SpeakerHeader(name)
    if firm_of_name is not None:
        return SpeakerHeader(name, " - ".join(rest), firm_of_name)
    if len(rest) >= 2 and (
        re.search(r"(?i)\banalyst\b", rest[-1]) or not _JOB_WORDS.search(" ".join(rest[:-1]))
    ):
        return SpeakerHeader(name, rest[-1], " - ".join(rest[:-1]))
    return SpeakerHeader(name, " - ".join(rest))


_TURN_NUMBER = re.compile(r"\s+\[\d{1,4}\]$")
_QA_MARK = re.compile(r"[QA]\s{0,2}(?:-|–|—|:)\s{0,2}(?=[A-Z])")


_ONE_LINE = re.compile(r"(?P<h>[^:：\n]{1,180}?)\s{0,2}(?::\s{1,4}|：\s{0,4})(?=\S)")
_NAME_SUFFIX_RE = re.compile(_EN.regex("DOC_NAME_SUFFIX"))
_PAREN_TITLE = re.compile(r"(?P<n>[^()]{1,60}?)\s{0,2}[(（](?P<t>[^()（）]{1,150})[)）]")
_COMMA_TITLE = re.compile(r"(?P<n>[^,，]{1,60}?)\s{0,2}[,，]\s{0,2}(?P<t>[^,，].{0,120})")


def _parse_one_line_header(h: str) -> tuple[SpeakerHeader, bool] | None:
    """Parse the ``h`` of ``h: speech``; the flag says whether a title was given."""
    h = h.strip()
    if not h:
        return None
    m = _PAREN_TITLE.fullmatch(h)
    if m and _is_name(m.group("n").strip()) and _is_title(m.group("t").strip()):
        return SpeakerHeader(m.group("n").strip(), m.group("t").strip()), True
    m = _COMMA_TITLE.fullmatch(h)
    if m and _NAME_SUFFIX_RE.fullmatch(m.group("t").strip()):
        return (SpeakerHeader(h), False) if _is_name(m.group("n").strip()) else None
    if m and _is_name(m.group("n").strip()) and _is_title(m.group("t").strip()):
        t = m.group("t").strip()
        if len(t.split()) <= 10:
            return SpeakerHeader(m.group("n").strip(), t), True
    sh = parse_speaker_header(h)
    if sh is None:
        return None
    return sh, sh.role is not None


# --------------------------------------------------------------------------------------
# Names, firms, sections
# --------------------------------------------------------------------------------------

_HONORIFIC = _EN.word_set("HONORIFICS")
_NAME_SUFFIX = _EN.word_set("NAME_SUFFIXES")


def _name_key(n: str) -> list[str]:
    toks = [t.strip(".,()\"'").lower() for t in n.split()]
    toks = [t for t in toks if t and t not in _HONORIFIC]
    while len(toks) > 1 and toks[-1] in _NAME_SUFFIX:
        toks.pop()
    return toks


_NICKNAMES: Mapping[str, str] = _EN.table("NICKNAMES")


def _same_person(a: str, b: str, *, loose: bool = False) -> bool:
    """Same surname and a compatible first name ("Matt Stotler" / "Matthew Alan Stotler");
    ``loose`` accepts any first name with the same surname."""
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb or ka[-1] != kb[-1]:
        return False
    if loose:
        return True
    fa, fb = _NICKNAMES.get(ka[0], ka[0]), _NICKNAMES.get(kb[0], kb[0])
    return fa == fb or fa[0] == fb[0] or fa in kb or fb in ka


_SECTION_RE = re.compile(_EN.regex("DOC_SECTION_TITLES"))
_DURATION_RE = re.compile(_EN.regex("DOC_DURATION_LINE"))
_CALL_OPENING = re.compile(_EN.regex("DOC_CALL_OPENING") + "|" + _ZH.regex("DOC_CALL_OPENING"))
_QA_INTRO = re.compile(_EN.regex("DOC_QA_INTRO"))
_INTRO_RE = re.compile(_EN.regex("DOC_ANALYST_INTRO"))
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_FIRM_ABBR = _EN.word_set("DOC_FIRM_ABBREVIATIONS")
_FIRM_STOP = _EN.word_set("DOC_NOT_FIRM_WORDS")


def _clean_firm(raw: str) -> str | None:
    out: list[str] = []
    for tok in raw.split():
        if out and tok in _FIRM_STOP:
            break
        if tok.endswith("."):
            if _INITIALS.fullmatch(tok):
                out.append(tok)
                continue
            if tok in _FIRM_ABBR:
                out.append(tok)
                break
            out.append(tok.rstrip("."))
            break
        out.append(tok)
    while out and out[-1] in ("&", "and", "of", "de", "du", "la"):
        out.pop()
    firm = " ".join(out).strip(" ,")
    return firm or None


# --------------------------------------------------------------------------------------
# Line scanning
# --------------------------------------------------------------------------------------

_BULLETS = frozenset("•●▪◦·∙‣⁃*-–—")
_TERMINAL = tuple('.!?。！？:;：；"”’)）」』')


@attrs.define(slots=True)
class _Item:
    """A non-blank line: content span (bullet and indentation stripped) and layout flags."""

    cs: int
    ce: int
    bullet: bool
    block_start: bool  # preceded by a blank line (or the start)
    block_end: bool = False  # followed by a blank line (or the end)
    kind: str = "speech"  # speech | header | repeat | section | participants | end | title
    header: SpeakerHeader | None = None
    strength: int = 0  # 2 strong, 1 needs confirmation
    speech_from: int = -1  # one-line header: where the speech starts
    section: str | None = None
    stamped: bool = False  # a time stamp stood before or after it: a turn's header


# a time stamp before a turn ("[00:01:23] ", "(01:23) ", "00:01:23 ") or after its header
# ("John Smith (00:45):")
_TIMESTAMP_LEAD = re.compile(r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|\d{1,2}:\d{2}:\d{2})\s+")
_TIMESTAMP_TAIL = re.compile(r"\s*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*:?\s*$")


_RULE_LINE = re.compile(r"[-=_*~—–]{3,}")


def _scan(text: str, start: int) -> list[_Item]:
    items: list[_Item] = []
    pos = start
    blank_before = True
    for line in text[start:].split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        cs, ce = ls, le
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if cs == ce or _RULE_LINE.fullmatch(text, cs, ce):  # a rule line ("-----") parts blocks too
            if items:
                items[-1].block_end = True
            blank_before = True
            continue
        bullet = False
        ch = text[cs]
        if ch in _BULLETS and cs + 1 < ce and (text[cs + 1] in " \t\u3000" or ch == "•"):
            bullet = True
            cs += 1
            while cs < ce and text[cs].isspace():
                cs += 1
        ts = _TIMESTAMP_LEAD.match(text, cs, ce)
        if ts is not None and ts.end() < ce:
            cs = ts.end()  # "[00:01:23] JOHN SMITH: ...": the time is not the speaker
        if cs < ce:
            items.append(_Item(cs, ce, bullet, blank_before, stamped=ts is not None))
            blank_before = False
    if items:
        items[-1].block_end = True
    return items


def _front_matter(text: str) -> tuple[int, dict[str, str]]:
    """(offset where the body starts, keys) for a leading ``---`` ... ``---`` block."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith("---"):
        return 0, {}
    offset = len(text) - len(head)
    first_nl = text.find("\n", offset)
    if first_nl < 0 or text[offset:first_nl].strip() != "---":
        return 0, {}
    keys: dict[str, str] = {}
    pos = first_nl + 1
    for _ in range(200):
        nl = text.find("\n", pos)
        line = text[pos : nl if nl >= 0 else len(text)]
        if line.strip() in ("---", "..."):
            return (nl + 1 if nl >= 0 else len(text)), keys
        m = re.match(r"\s{0,4}([A-Za-z_][\w-]{0,40})\s{0,4}:\s?(.{0,2000})", line)
        if m:
            keys.setdefault(m.group(1).lower(), m.group(2).strip().strip("'\""))
        if nl < 0:
            break
        pos = nl + 1
    return 0, {}


_PAGE_NUMBER = re.compile(
    r"(?i)(?:page\s{0,2})?[-–—]?\s{0,2}\d{1,4}\s{0,2}(?:(?:of|/)\s{0,2}\d{1,4})?\s{0,2}[-–—]?"
)
_COPYRIGHT = re.compile(_EN.regex("DOC_COPYRIGHT"))
_RUNNING_HEADER_WORD = re.compile(_EN.regex("DOC_RUNNING_HEADER_WORDS"))


def _mark_furniture(text: str, items: list[_Item]) -> None:
    """Page furniture: page numbers, copyright lines and running headers (a short line
    repeated on every page) are not speech."""
    seen: Counter[str] = Counter(
        text[it.cs : it.ce] for it in items if it.ce - it.cs <= 100 and it.block_start and it.block_end
    )
    for it in items:
        if it.kind != "speech" or not (it.block_start and it.block_end):
            continue  # furniture stands alone between blank lines
        s = text[it.cs : it.ce]
        if len(s) > 200:
            continue
        if (
            _PAGE_NUMBER.fullmatch(s)
            or (_COPYRIGHT.match(s) and len(s) <= 160)
            or (
                seen[s] >= 2
                and len(s.split()) >= 2
                and not s.endswith(_TERMINAL)
                and (s.isupper() or _RUNNING_HEADER_WORD.search(s) is not None)
            )
        ):
            it.kind = "furniture"


def _classify(text: str, items: list[_Item]) -> None:
    """Mark section headers, speaker-header candidates and their repeats, and page
    furniture."""
    _classify_lines(text, items)
    _mark_furniture(text, items)


def _classify_lines(text: str, items: list[_Item]) -> None:
    n = len(items)
    for i, it in enumerate(items):
        if it.kind != "speech":
            continue
        s = text[it.cs : it.ce]
        if len(s) <= 80:
            m = _SECTION_RE.match(s)
            if m and (it.block_start or it.bullet):
                it.kind = "participants" if (m.group("pt") or m.group("an")) else "section"
                it.section = (
                    "prepared_remarks"
                    if m.group("pr")
                    else ("qa" if m.group("qa") else ("analysts" if m.group("an") else None))
                )
                continue
            if _DURATION_RE.match(s):
                it.kind = "end"
                continue
        if len(s) <= 220:
            bare = _TIMESTAMP_TAIL.sub("", s)  # "Jane Roe, CFO (03:10):" -> "Jane Roe, CFO"
            sh = parse_speaker_header(bare)
            if sh is not None and bare != s:
                it.stamped = True
            bare = bare.removesuffix(":").removesuffix("：")
            if ("," in bare or "（" in bare or "(" in bare) and it.block_start and (it.stamped or bare != s):
                parsed_line = _parse_one_line_header(bare)  # "Name, Title:" alone on its line
                if parsed_line is not None and parsed_line[1]:
                    sh = parsed_line[0]
            if sh is None and i + 1 < n and text[items[i + 1].cs : items[i + 1].ce] == s:
                sh = parse_speaker_header(s, lenient=True)  # "Name - Firm - a", repeated
            own_line = it.block_start or it.bullet
            generic = sh is not None and _GENERIC_SPEAKER.match(sh.name) is not None
            if sh is not None and (own_line or sh.role is not None or generic):
                nxt = items[i + 1] if i + 1 < n else None
                repeated = nxt is not None and not nxt.bullet and _is_repeat(text, s, nxt)
                sep = sh.role is not None
                if repeated:
                    it.kind, it.header, it.strength = "header", sh, 2
                    assert nxt is not None
                    nxt.kind = "repeat"
                    continue
                if it.block_end or it.bullet or it.stamped or (nxt is not None and (sep or generic)):
                    it.kind, it.header = "header", sh
                    dashdash = sep and (
                        re.search(r"\s(?:--|—)\s", s) is not None or _TURN_NUMBER.search(s) is not None
                    )  # "Name -- Title"; "Name, Firm - Title  [2]" (numbered turns)
                    # inside a block (no blank line before) a header needs confirmation
                    it.strength = 2 if own_line and (dashdash or generic or it.stamped) else 1
                    if generic:
                        it.strength = 2
                    continue
        m1 = _ONE_LINE.match(text, it.cs, min(it.ce, it.cs + 200))
        if m1 is not None:
            parsed = _parse_one_line_header(m1.group("h"))
            if parsed is not None:
                sh1 = parsed[0]
                it.kind, it.header, it.speech_from = "header", sh1, m1.end()
                it.strength = 2 if _GENERIC_SPEAKER.match(sh1.name) or it.stamped else 1


def _is_repeat(text: str, s: str, nxt: _Item) -> bool:
    t = text[nxt.cs : nxt.ce]
    if t == s:
        return True
    # a translated repeat of the header ("傑夫·勞森 - 首席執行官")
    if len(t) <= 120 and _CJK_ANY.search(t) and len(_SEP.split(t)) == len(_SEP.split(s)):
        return _CJK_NAME.fullmatch(_SEP.split(t)[0].strip()) is not None
    return False


def _confirm_headers(items: list[_Item]) -> None:
    """Accept weak header candidates whose name is confirmed elsewhere; demote the rest."""
    counts: Counter[str] = Counter()
    known: set[str] = set()
    listing: str | None = None  # inside a participant list: "participants" or "analysts"
    for i, it in enumerate(items):
        if it.kind == "participants":
            listing = "analysts" if it.section == "analysts" else "participants"
        elif it.kind == "section":
            listing = None
        h = it.header
        if it.kind != "header" or h is None:
            continue
        nxt = items[i + 1].kind if i + 1 < len(items) else "eof"
        if listing is not None and it.speech_from < 0 and nxt != "speech":
            analyst_firm = listing == "analysts" and h.firm is None and h.role is not None
            if analyst_firm and h.role and not re.search(r"(?i)\banalyst", h.role):
                it.header = h = SpeakerHeader(h.name, "Analyst", h.role)
            it.strength = 2
        elif listing is not None:
            listing = None  # the list ended: this header starts the speech
        counts[h.name] += 1
        if it.strength == 2:
            known.add(h.name)
    n_strong = sum(1 for it in items if it.kind == "header" and it.strength == 2)
    pending: list[_Item] = []
    for i, it in enumerate(items):
        if it.kind != "header" or it.header is None or it.strength == 2:
            continue
        name = it.header.name
        latin_multi = len(name.split()) >= 2
        multi = latin_multi or _CJK_NAME.fullmatch(name) is not None
        if it.speech_from < 0 and it.header.role is None:
            alone = it.block_start and it.block_end and not it.bullet and i + 1 < len(items)
            ok = name in known or (
                (multi and counts[name] >= 2) or (latin_multi and n_strong >= 2 and alone)
            )
        else:
            ok = name in known or counts[name] >= 2
        if ok:
            it.strength = 2
            n_strong += 1
        elif (multi and it.header.role is not None) or (latin_multi and it.speech_from >= 0):
            pending.append(it)  # "Name (Title): ..." said once: fine inside a transcript
        else:
            it.kind, it.header, it.speech_from, it.section = "speech", None, -1, None
    titled = sum(1 for it in pending if it.header is not None and it.header.role is not None)
    for it in pending:
        # two "Name (Title): ..." turns make a transcript of their own (a Chinese call's
        # "徐宏（首席财务官）：...")
        if n_strong >= 2 or n_strong + titled >= 2:
            it.strength = 2
        else:
            it.kind, it.header, it.speech_from, it.section = "speech", None, -1, None


# --------------------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------------------


_Raw = tuple[int, int, str, Lang]  # start, end, text, lang of a paragraph being built


@attrs.define(slots=True)
class _Turn:
    speaker: str
    role: str | None
    firm: str | None
    section: str | None
    paras: list[int] = attrs.Factory(list)


def read_document(text: str, *, lang: Lang | None = None) -> Document:
    """Read ``text`` into metadata and paragraphs (speaker, role, section, language).

    ``lang`` forces the language of every paragraph; None detects it per paragraph.

    >>> doc = read_document("---\\ntime: 2016-06-24 07:29\\ntitle: 破零\\n---\\n"
    ...                     "云通信初创企业Twilio周四上市。\\n发行价为15美元。\\n")
    >>> doc.meta.date, doc.meta.title, doc.meta.company
    (datetime.date(2016, 6, 24), '破零', None)
    >>> [p.text for p in doc.paragraphs]
    ['云通信初创企业Twilio周四上市。', '发行价为15美元。']
    >>> read_document("").paragraphs
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"read_document() expects a str, got {type(text).__name__}")
    body_start, fm = _front_matter(text)
    items = _scan(text, body_start)
    if _layout_matters(text, items):
        _classify(text, items)
        _confirm_headers(items)
        title, title_item, title_date = _call_title(text, items, fm.get("title") or None)
    else:  # (no line that may be a call title)
        title, title_item, title_date = fm.get("title") or None, None, None
    n_turn_headers = sum(1 for it in items if it.kind == "header")
    is_transcript = n_turn_headers >= 2 or (n_turn_headers >= 1 and title_item is not None)
    if not is_transcript:
        for it in items:
            if it.kind in ("header", "repeat", "section", "participants", "end", "title", "furniture"):
                it.kind, it.header, it.speech_from = "speech", None, -1

    paragraphs, turns, para_turn = _build(text, items, lang)
    if is_transcript:
        _proper_names(text, turns)
        _resolve_roles(items, paragraphs, turns)
        call_like = title_item is not None or bool(
            _CALL_OPENING.search(text[body_start : body_start + 3000])
        )
        _resolve_sections(paragraphs, turns, call_like)
    paras = _finish(paragraphs, turns, para_turn, is_transcript)

    doc_date = parse_date(fm.get("time", "") or fm.get("date", "")) if fm else None
    line = _dateline(text, items)
    if doc_date is None:
        doc_date = title_date or (line[0] if line else None)
    ticker: str | None = None
    company: str | None = None
    if title:
        m = _TITLE_TICKER.match(title.strip())
        if m:
            ticker = m.group("tk")
            co = canonical_name(m.group("co"))
            if co and co != ticker and is_transcript:
                company = co
        elif is_transcript and _CALL_TITLE.search(title):
            # "Brightwell Pharma Q3 2026 Earnings Call Transcript": the name before the quarter
            named = _TITLE_COMPANY.match(title.strip())
            before = canonical_name(named.group("co").rstrip(" ,")) if named else None
            if before:
                company = before
    if ticker is None:
        ticker = _ticker_in(text[body_start : body_start + 2000])
    call_period: Period | None = None
    if is_transcript:
        opening = _opening(paras)
        if company is None:
            company = _company_from_welcome(opening) or ticker
        call_period = find_call_period(title, opening, doc_date)
    meta = DocMeta(
        title=title,
        date=doc_date,
        company=company,
        ticker=ticker,
        call_period=call_period,
        is_transcript=is_transcript,
        dateline=line[1] if line else None,
    )
    return Document(text=text, meta=meta, paragraphs=paras)


def _layout_matters(text: str, items: list[_Item]) -> bool:
    """Can the line kinds (headers, sections, furniture) change what is read? Not for a
    text of one line that is no call title: a single line makes no transcript (that takes
    two turn headers, or one and a title line), so every kind it could be given is turned
    back into speech; only a "speech" line can be the title.

    >>> _layout_matters("Revenue rose 5%.", _scan("Revenue rose 5%.", 0))
    False
    """
    if len(items) > 1:
        return True
    if not items:
        return False
    it = items[0]
    return it.ce - it.cs <= 200 and _CALL_TITLE.search(text[it.cs : it.ce]) is not None


def _call_title(
    text: str, items: list[_Item], title: str | None
) -> tuple[str | None, _Item | None, date | None]:
    """The title a call opens with (its lines marked "title"), the item it starts at and
    the date in it; ``title`` (from front matter) is kept when given."""
    title_item: _Item | None = None
    title_date: date | None = None
    for it in items[:6]:
        s = text[it.cs : it.ce]
        if it.kind == "speech" and len(s) <= 200 and _CALL_TITLE.search(s):
            title_item = it
            break
        if it.kind == "header":
            break
    if title_item is not None:
        block = _title_block(items, items.index(title_item))
        for it in block:
            it.kind = "title"
        lines = [text[it.cs : it.ce] for it in block]
        if title is None:
            title = " ".join(ln for ln in lines if _find_date(ln, anchored=True) is None)
        title_date = parse_date(" ".join(lines))
    return title, title_item, title_date


def _title_block(items: list[_Item], k: int) -> list[_Item]:
    """The call-title line with the short lines of its block ("Twilio Inc (NYSE:TWLO)",
    "Q2 2021 Earnings Call", "Jul 28, 2021, 5:00 p.m. ET")."""
    a = k
    while a > 0 and not items[a].block_start and k - a < 3:
        a -= 1
    b = k
    while b + 1 < len(items) and not items[b + 1].block_start and b - k < 3:
        b += 1
    block = items[a : b + 1]
    if all(it.kind == "speech" and it.ce - it.cs <= 120 for it in block):
        return block
    return [items[k]]


def _ticker_in(s: str) -> str | None:
    found = {m.group("tk") or m.group("tk2") for m in _EXCHANGE_TICKER.finditer(s)}
    return found.pop() if len(found) == 1 else None


def _opening(paras: Sequence[Paragraph]) -> str:
    """The first ~20000 characters of speech (English only when the document has both)."""
    out: list[str] = []
    size = 0
    skip_zh = any(q.lang == "en" for q in paras[:20])
    for p in paras:
        if p.lang != "en" and skip_zh:
            continue
        out.append(p.text)
        size += len(p.text)
        if size > 20000:
            break
    return "\n".join(out)


_DATELINE_PLACE = re.compile(r"(?:[A-Z][A-Za-z .'\-]{1,40},\s{1,3})?")
_DATELINE_ZH = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s{0,2}(?:电|電|讯|訊)")
_DATELINE_LEAD = re.compile(
    r"\s{0,3}(?:/[^/\n]{1,40}/|\([A-Za-z][A-Za-z .&'-]{1,30}\))?\s{0,3}(?:--|—|–|-)\s"
)


def _dateline(text: str, items: list[_Item]) -> tuple[date, tuple[int, int] | None] | None:
    """The date of a dateline opening a story and the dateline's span ("NEW YORK, July 28,
    2021 (Reuters) -", "2016年6月24日电"), or a short date line under the headline."""
    for it in items[:10]:
        if it.kind == "header":
            break
        s = text[it.cs : min(it.ce, it.cs + 300)]
        m = _DATELINE_PLACE.match(s)
        off = m.end() if m else 0
        found = _find_date(s[off:], anchored=True)
        if found is None:
            zh = _DATELINE_ZH.search(s[:80])
            if zh:
                try:
                    zd = date(int(zh.group(1)), int(zh.group(2)), int(zh.group(3)))
                except ValueError:
                    return None
                return zd, (it.cs + zh.start(), it.cs + zh.end())
            continue
        d, end = found
        after = s[off + end :]
        if it.ce - it.cs <= 60:
            return d, None  # a short line opening with a date: its date may be its facts' too
        lead = _DATELINE_LEAD.match(after)
        if lead:
            return d, (it.cs, it.cs + off + end + lead.end())
    return None


# a line that only labels the table rows under it: a few words, no digit, no full stop
_ROW_LABEL = re.compile(r"[ \t]*[A-Za-z][A-Za-z&,'’()/\- ]{0,58}[A-Za-z):]?[ \t]*")


def _split_points(text: str, items: Sequence[_Item]) -> Iterator[tuple[int, int]]:
    """Group speech lines into paragraphs: (first item index, last item index)."""
    i, n = 0, len(items)
    rows = [is_table_row(text[it.cs : it.ce]) for it in items]
    if any(rows):
        # a section label between two rows ("Net sales" over "  Industrial   $ 4,812") is
        # part of its table
        for k in range(1, n - 1):
            if not rows[k] and rows[k - 1] and rows[k + 1] and not items[k].block_start:
                rows[k] = _ROW_LABEL.fullmatch(text, items[k].cs, items[k].ce) is not None
    while i < n:
        j = i
        while j + 1 < n:
            prev, nxt = items[j], items[j + 1]
            if nxt.block_start or nxt.bullet:
                break
            ps = text[prev.cs : prev.ce]
            if rows[j] and rows[j + 1]:
                j += 1  # the rows of a table stay together, however short
                continue
            if _CJK_ANY.search(ps) or _CJK_ANY.search(text[nxt.cs : min(nxt.ce, nxt.cs + 200)]):
                break
            if len(ps) < 40 or ps.endswith(_TERMINAL):
                break
            j += 1
        yield i, j
        i = j + 1


def _build(
    text: str, items: list[_Item], lang: Lang | None
) -> tuple[list[_Raw], list[_Turn], list[int]]:
    paragraphs: list[_Raw] = []
    para_turn: list[int] = []
    turns: list[_Turn] = []
    cur = -1
    section: str | None = None
    explicit = any(it.kind == "section" and it.section for it in items)
    trailer = False  # after "Duration:" or a participant list that follows the call
    run: list[_Item] = []

    def flush() -> None:
        for a, b in _split_points(text, run):
            s, e = run[a].cs, run[b].ce
            if run[a].speech_from >= 0:
                s = run[a].speech_from
            t = text[s:e]
            paragraphs.append((s, e, t, lang or detect_lang(t)))
            ti = -1 if trailer else cur
            para_turn.append(ti)
            if ti >= 0:
                turns[ti].paras.append(len(paragraphs) - 1)
        run.clear()

    n = len(items)
    for i, it in enumerate(items):
        k = it.kind
        if k == "speech":
            run.append(it)
            continue
        flush()
        if k in ("repeat", "title", "furniture"):
            continue
        if k == "section":
            section = it.section if explicit else section
            cur, trailer = -1, False
            continue
        if k in ("participants", "end"):
            cur = -1
            trailer = trailer or bool(turns) or k == "end"
            continue
        if k == "header" and it.header is not None:
            if it.speech_from >= 0:
                nxt_kind = "speech"
            else:
                j = i + 1
                while j < n and items[j].kind in ("repeat", "furniture"):
                    j += 1
                nxt_kind = items[j].kind if j < n else "eof"
            if trailer or nxt_kind != "speech":
                continue  # a participant-list line, not a turn
            h = it.header
            turns.append(_Turn(h.name, h.role, h.firm, section))
            cur = len(turns) - 1
            if it.speech_from >= 0:
                run.append(it)
    flush()
    return paragraphs, turns, para_turn


def _resolve_roles(items: list[_Item], paragraphs: list[_Raw], turns: list[_Turn]) -> None:
    registry: dict[str, tuple[str | None, str | None]] = {}
    for it in items:
        h = it.header
        if h is not None and (h.role or h.firm) and h.name not in registry:
            registry[h.name] = (h.role, h.firm)
    for t in turns:
        if t.role is None and t.firm is None and not _GENERIC_SPEAKER.match(t.speaker):
            hit = registry.get(t.speaker)
            if hit is None:
                cands = {v for k, v in registry.items() if _same_person(k, t.speaker)}
                hit = cands.pop() if len(cands) == 1 else None
            if hit is not None:
                t.role, t.firm = hit
    # analysts' firms from the operator's introductions
    firms: dict[str, str] = {}
    for ti, t in enumerate(turns):
        if t.speaker.lower() != "operator":
            continue
        for pi in t.paras:
            for m in _INTRO_RE.finditer(paragraphs[pi][2][:2000]):
                firm = _clean_firm(m.group("firm"))
                if firm is None:
                    continue
                for k, nt in enumerate(turns[ti + 1 : ti + 4]):
                    if nt.speaker.lower() == "operator":
                        break
                    if _same_person(nt.speaker, m.group("name"), loose=k == 0):
                        firms.setdefault(nt.speaker, firm)
                        break
    # where neither the headers nor a participant list give any title, the introductions
    # do: "your next question comes from X with Y" (an analyst), "Jeff Lawson, Co-Founder
    # and CEO", "our CFO, Jane Roe". (Where the list gives titles, a speaker it leaves out
    # stays without one.)
    listed = any(t.role or t.firm for t in turns)
    for t in turns:
        if t.firm is None and t.speaker in firms:
            t.firm = firms[t.speaker]
            if t.role is None and not listed:
                t.role = "Analyst"  # introduced by the operator with a firm: an analyst
    untitled = {t.speaker for t in turns if t.role is None and t.firm is None
                and not _GENERIC_SPEAKER.match(t.speaker)}
    if untitled and not listed:
        said = [paragraphs[pi][2] for t in turns[:40] for pi in t.paras[:6]]
        titles = _intro_titles(" \n ".join(said)[:40000], untitled)
        for t in turns:
            if t.role is None and t.firm is None and t.speaker in titles:
                t.role = titles[t.speaker]


_INTRO_NAME = r"(?P<name>[A-Z][\w'’\-]{0,30}(?:\s{1,3}(?:[A-Z]\.|[A-Z][\w'’\-]{0,30})){1,3})"
_INTRO_TITLE = r"(?P<title>[A-Z][\w&'’.\-]{0,30}(?:,?\s{1,3}(?:[A-Za-z][\w&'’.\-]{0,30}|&)){0,11})"
_NAME_THEN_TITLE = re.compile(_INTRO_NAME + r",\s{1,3}(?:(?:our|the|its)\s{1,3})?" + _INTRO_TITLE)
_NOT_JOB = _EN.regex("DOC_NOT_NAME_JOB_WORD")
_TITLE_THEN_NAME = re.compile(
    r"\b(?:our|the\s+company's|[Tt]he)\s{1,3}"
    r"(?P<title>[A-Z][\w&'’.\-]{0,30}(?:\s{1,3}(?:[A-Za-z][\w&'’.\-]{0,30}|&)){0,8}?)"
    r",?\s{1,3}(?P<name>" + _NOT_JOB + r"[A-Z][\w'’\-]{0,30}(?:\s{1,3}" + _NOT_JOB
    + r"(?:[A-Z]\.|[A-Z][\w'’\-]{0,30})){1,3})(?=\s{0,3}[,.;]|\s{1,3}(?:and|who|will|is)\b)"
)
_TITLE_END = re.compile(_EN.regex("DOC_JOB_TITLE_END"))
_TITLE_TRAIL = re.compile(_EN.regex("DOC_JOB_TITLE_TRAIL"))


def _trim_title(raw: str) -> str | None:
    m = _TITLE_END.search(raw)
    t = raw[: m.start()] if m else raw
    t = t.strip(" ,")
    while True:
        t2 = _TITLE_TRAIL.sub("", t)
        if t2 == t:
            break
        t = t2
    if not t or not _JOB_WORDS.search(t) or not _is_title(t) or len(t.split()) > 12:
        return None
    return t


def _intro_titles(said: str, names: set[str]) -> dict[str, str]:
    """Titles the speech gives to the speakers ``names``: "Jane Roe, Chief Financial
    Officer", "our CFO, Jane Roe". The first title said of a speaker wins."""
    out: dict[str, str] = {}
    found: list[tuple[int, str, str]] = []
    pos = 0
    while (m := _NAME_THEN_TITLE.search(said, pos)) is not None:
        t = _trim_title(m.group("title"))
        if t is not None:
            found.append((m.start(), m.group("name"), t))
        pos = m.start("title")  # "X, CEO, and Y, CFO": Y's title is inside X's match
    for m in _TITLE_THEN_NAME.finditer(said):
        t = _trim_title(m.group("title"))
        if t is not None and m.group("title").strip(" ,") == t:
            found.append((m.start(), m.group("name"), t))
    found.sort()
    for _, name, title in found:
        for n in names:
            if n not in out and _same_person(n, name):
                out[n] = title
    return out


def _proper_names(text: str, turns: list[_Turn]) -> None:
    """A speaker whose header is in capitals ("JANE ROE") is named as the text spells the
    name elsewhere ("Jane Roe, our CFO"), else with capitalised words."""
    cache: dict[str, str] = {}
    for t in turns:
        name = t.speaker
        if not (name.isupper() and any(c.isalpha() for c in name)) or _CJK_ANY.search(name):
            continue
        if _GENERIC_SPEAKER.match(name):
            t.speaker = name[:1] + name[1:].lower()  # "OPERATOR" -> "Operator"
            continue
        if name not in cache:
            toks = [re.escape(w) for w in name.split()]
            rx = re.compile(r"\b" + r"\s{1,3}".join(toks) + r"\b", re.IGNORECASE)
            spelled = next((m.group(0) for m in rx.finditer(text[:200_000]) if not m.group(0).isupper()), None)
            cache[name] = spelled if spelled is not None else " ".join(
                w[:1] + w[1:].lower() if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in name.split()
            )
            cache[name] = re.sub(r"\s+", " ", cache[name])
        t.speaker = cache[name]


def _is_analyst(t: _Turn) -> bool:
    return t.firm is not None or bool(t.role and re.search(r"(?i)\banalyst", t.role))


def _resolve_sections(paragraphs: list[_Raw], turns: list[_Turn], call_like: bool) -> None:
    if any(t.section for t in turns):
        last: str | None = None
        for t in turns:
            if t.section is None:
                t.section = last
            last = t.section
        return
    is_call = call_like or any(t.speaker.lower() == "operator" or _is_analyst(t) for t in turns)
    if not is_call:
        return
    q_start = len(turns)
    seen_other = False
    for ti, t in enumerate(turns):
        if t.speaker.lower() != "operator":
            seen_other = True
            if _is_analyst(t):
                q_start = ti - 1 if ti > 0 and turns[ti - 1].speaker.lower() == "operator" else ti
                break
            continue
        if seen_other and any(_QA_INTRO.search(paragraphs[pi][2][:3000]) for pi in t.paras):
            q_start = ti
            break
    for ti, t in enumerate(turns):
        t.section = "prepared_remarks" if ti < q_start else "qa"


def _finish(
    paragraphs: list[_Raw], turns: list[_Turn], para_turn: list[int], is_transcript: bool
) -> tuple[Paragraph, ...]:
    n = len(paragraphs)
    # translation pairs: most English paragraphs are followed by a Chinese one (same turn)
    follows = [
        i > 0
        and paragraphs[i][3] == "zh"
        and paragraphs[i - 1][3] == "en"
        and para_turn[i] == para_turn[i - 1]
        for i in range(n)
    ]
    en_total = sum(1 for r in paragraphs if r[3] == "en" and len(r[2]) >= 2)
    pairs = en_total > 0 and sum(follows) * 2 > en_total
    out: list[Paragraph] = []
    for i, (s, e, t, lang) in enumerate(paragraphs):
        ti = para_turn[i] if is_transcript else -1
        tr = i - 1 if pairs and follows[i] else None
        if ti >= 0:
            tn = turns[ti]
            out.append(Paragraph(s, e, t, lang, tn.speaker, tn.role, tn.firm, tn.section, tr))
        else:
            out.append(Paragraph(s, e, t, lang, translation_of=tr))
    return tuple(out)
