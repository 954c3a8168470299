"""Company names as text: characters, canonical names, tickers, gazetteer keys and the
candidates every finder proposes (the layer the company finders share)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

import attrs

from .lang import get_language
from .patterns import Field

_EN = get_language("en")
_ZH = get_language("zh")


Source = Literal["gazetteer", "suffix", "code", "latin", "ner", "subject", "acquired"]
Lang = Literal["en", "zh"]

COMPANY_SCHEMA: Mapping[str, Field] = MappingProxyType(
    {
        "name": Field(str, required=True),
        "aliases": Field(list, list_of=str),
        "ticker": Field(str),
        "lang": Field(str, choices=("en", "zh", "any")),
    }
)


def _w(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string."""
    return tuple(words.split())


# -- character classes ------------------------------------------------------------------
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _is_latin(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_name_char(ch: str) -> bool:
    """Characters a Chinese company name is written with (CJK, Latin letters, ·)."""
    return (_is_cjk(ch) and ch != "丨") or _is_latin(ch) or ch == "·"


_NAME_CLASS = f"[{_CJK}A-Za-z·]"
_NAME_TAIL_RE = re.compile(f"(?:(?!丨){_NAME_CLASS})+$")
_NAME_HEAD_RE = re.compile(f"(?:(?!丨){_NAME_CLASS})+")


def _is_alnum_ascii(ch: str) -> bool:
    return _is_latin(ch) or ("0" <= ch <= "9")


# -- canonical names ----------------------------------------------------------------------
_QUOTES = "\"'“”‘’「」『』《》〈〉()（）[]【】"
_OPEN_CLOSE = {
    '"': '"',
    "'": "'",
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "(": ")",
    "（": "）",
    "[": "]",
    "【": "】",
}
_QUOTES_OPEN = "\"'“‘「『《〈([（【"
_TRAILING_PUNCT = ',;:!?，；：！？。、"”’」』》〉)]）】'
_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_LEGAL_SUFFIX_RE = re.compile(_EN.regex("COMPANY_LEGAL_SUFFIX"))
# Group words stripped like legal suffixes: "Thermon Group Holdings" -> "Thermon".
_GROUP_SUFFIX_RE = re.compile(_EN.regex("COMPANY_GROUP_SUFFIX"))
# "Company" goes too, unless what remains ends with a possessive ("Aaron's Company").
_COMPANY_SUFFIX_RE = re.compile(_EN.regex("COMPANY_COMPANY_SUFFIX"))
_TRAILING_JOINER_RE = re.compile(r"(?:[\s,&]|\s(?:and|And)(?=[\s,&]*$))+$")
_EDGE_PUNCT = " ,;:"
# Chinese legal-form and group suffixes, longest first; a name keeps two CJK characters.
_ZH_SUFFIXES = _ZH.words("COMPANY_SUFFIXES")
_WS_RE = re.compile(r"\s+")
_CJK_GAP_RE = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def _strip_wrappers(s: str) -> str:
    changed = True
    while changed and len(s) >= 2:
        changed = False
        if s[0] in _OPEN_CLOSE and s[-1] == _OPEN_CLOSE[s[0]]:
            s = s[1:-1].strip()
            changed = True
        elif s[0] in _QUOTES and s[0] not in "([（【" and s.count(s[0]) == 1:
            s = s[1:].strip()
            changed = True
        elif s[-1] in _QUOTES and s[-1] not in ")]）】" and s.count(s[-1]) == 1:
            s = s[:-1].strip()
            changed = True
    return s


def _strip_en_suffixes(s: str) -> str:
    """Drop trailing legal suffixes, Holding(s)/Group and Company (not after a possessive),
    with a dangling "&", "and" or comma; never down to nothing."""
    for _ in range(8):
        m = _LEGAL_SUFFIX_RE.search(s) or _GROUP_SUFFIX_RE.search(s)
        if m is None:
            m = _COMPANY_SUFFIX_RE.search(s)
            if m is not None and _POSSESSIVE_RE.search(s[: m.start()]):
                m = None  # "Aaron's Company" stays whole
        if m is None:
            break
        rest = _TRAILING_JOINER_RE.sub("", s[: m.start()])
        if not rest:
            break
        s = rest
    return s


def _strip_zh_suffixes(s: str) -> str:
    """Drop trailing Chinese legal-form and group words, keeping two CJK characters."""
    changed = True
    while changed:
        changed = False
        for w in _ZH_SUFFIXES:
            if s.endswith(w):
                rest = s[: -len(w)].rstrip()
                if w == "公司" and rest.endswith(("分", "子")):
                    break  # "山西分公司", "子公司": a branch or subsidiary, part of the name
                if len(_CJK_RE.findall(rest)) >= 2:
                    s = rest
                    changed = True
                break
    return s


# names repeat across a document and a batch (the same companies, again and again): each
# written form is worked out once (the function is pure: a str in, a str out)
@lru_cache(maxsize=8192)
def canonical_name(name: str) -> str:
    """The canonical form of a company name as written (no gazetteer).

    Collapses whitespace and strips surrounding quotes and brackets. English: a leading
    "the", a final possessive, then trailing legal suffixes (Inc., Corp., Co., Ltd., plc,
    LLC, L.P., N.V., S.A., AG, SE, ...), "Holding(s)", "Group" and "Company" (kept after a
    possessive: "Aaron's Company"), with a dangling "&"/"and". Chinese: trailing 股份有限公司,
    有限责任公司, 有限公司, 股份公司, 控股, 集团, 公司, keeping at least two CJK characters.
    A name is never stripped to nothing.

    >>> canonical_name("Twilio Inc.'s"), canonical_name("the Walt Disney Company")
    ('Twilio', 'Walt Disney')
    >>> canonical_name("“Alibaba Group Holding Ltd.”"), canonical_name("Thermon Group Holdings")
    ('Alibaba', 'Thermon')
    >>> canonical_name("The Aaron's Company"), canonical_name("Greenhill & Co.")
    ("Aaron's Company", 'Greenhill')
    >>> canonical_name("Armstrong World Industries, Inc.,"), canonical_name("Group")
    ('Armstrong World Industries', 'Group')
    >>> canonical_name(" 珠海格力电器 股份有限公司 "), canonical_name("阿里巴巴集团控股有限公司")
    ('珠海格力电器', '阿里巴巴')
    """
    s = _WS_RE.sub(" ", name).strip()
    s = _CJK_GAP_RE.sub("", s)
    s = _strip_wrappers(s.strip(_EDGE_PUNCT))
    if _CJK_RE.search(s):
        s = _strip_zh_suffixes(s)
    else:
        if s[:4].lower() == "the " and len(s) > 4:
            s = s[4:].lstrip()
        s = _POSSESSIVE_RE.sub("", s)
        s = _strip_en_suffixes(s.strip(_EDGE_PUNCT))
    s = _strip_wrappers(s)
    return s or name.strip()


_PRONOUNS_EN = _EN.word_set("COMPANY_PRONOUNS")
_PRONOUNS_ZH = _ZH.word_set("COMPANY_PRONOUNS")


@lru_cache(maxsize=8192)  # pure, asked of every candidate name
def is_pronoun_company(word: str) -> bool:
    """True for words that stand for "the company" without naming it.

    >>> [is_pronoun_company(w) for w in ["we", "Our", "the Company's", "该公司", "Twilio"]]
    [True, True, True, True, False]
    """
    s = _WS_RE.sub(" ", word).strip()
    s = _POSSESSIVE_RE.sub("", s).lower()
    return s in _PRONOUNS_EN or s in _PRONOUNS_ZH


# -- tickers ---------------------------------------------------------------------------
_EXCHANGES = _EN.regex("COMPANY_EXCHANGES") + "|" + _ZH.regex("COMPANY_EXCHANGES")
_EXCHANGE_PREFIX_RE = re.compile(rf"^(?:{_EXCHANGES})\s?[:：]?\s?")


def normalize_ticker(code: str) -> str | None:
    """Normalise a stock code as written to ``600519.SH`` / ``0700.HK`` / ``TWLO`` form.

    >>> [normalize_ticker(c) for c in ["600519", "SZ 300273", "00700.HK", "NYSE: TWLO", "hk1113"]]
    ['600519.SH', '300273.SZ', '0700.HK', 'TWLO', '1113.HK']
    >>> normalize_ticker("12")
    """
    s = code.strip()
    s = _EXCHANGE_PREFIX_RE.sub("", s)
    m = re.fullmatch(r"(?i)(SH|SZ|SS|BJ|HK)[.:：]?\s?(\d{4,6})", s)
    if m:
        ex, digits = m.group(1).upper(), m.group(2)
        return _with_exchange(digits, "SH" if ex == "SS" else ex)
    m = re.fullmatch(r"(?i)(\d{4,6})\.(SH|SZ|SS|BJ|HK)", s)
    if m:
        ex = m.group(2).upper()
        return _with_exchange(m.group(1), "SH" if ex == "SS" else ex)
    if re.fullmatch(r"\d{6}", s):
        return _with_exchange(s, _a_share_exchange(s))
    if re.fullmatch(r"0\d{4}", s):
        return _with_exchange(s, "HK")
    if re.fullmatch(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?", s):
        return s
    return None


def _a_share_exchange(code: str) -> str | None:
    if code[:1] in ("6", "9") or code[:3] == "688":
        return "SH"
    if code[:1] in ("0", "2", "3"):
        return "SZ"
    if code[:1] in ("4", "8"):
        return "BJ"
    return None


def _with_exchange(digits: str, ex: str | None) -> str | None:
    if ex is None:
        return digits if len(digits) == 6 else None
    if ex == "HK":
        n = int(digits)
        if not 0 < n < 100000:
            return None
        return f"{n:04d}.HK"
    if len(digits) != 6:
        return None
    return f"{digits}.{ex}"


# -- Chinese company words -------------------------------------------------------------------
def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first (so the longest word wins at a position)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Industry words that end short names (华夏银行, 大立科技). A run ending in one of them
# passes stricter checks than one ending in a legal word; a run ending in a weak one
# (投资, 汽车, 软件, ...) must also stand alone (punctuation or a bracket after it).
_IND_STRONG = _ZH.words("INDUSTRY_STRONG")
_IND_WEAK = _ZH.words("INDUSTRY_WEAK")
_IND_WORDS = _IND_STRONG + _IND_WEAK
_MID_WORDS = _ZH.words("GROUP_WORDS")
_TAIL_WORDS = _ZH.words("LEGAL_FORMS")
_LEGAL_STRIP = tuple(
    sorted(
        set(_TAIL_WORDS) | set(_MID_WORDS) | {"控股", "(有限合伙)", "（有限合伙）"},
        key=len,
        reverse=True,
    )
)

# -- Latin names in Chinese text ----------------------------------------------------------
_LATIN_STOP = _EN.word_set("NOT_NAME_TOKENS")


# -- gazetteer regex -------------------------------------------------------------------------
def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, written as a trie (fast to scan).

    A word whose last character is a Latin letter or digit only matches when no Latin
    letter or digit follows it.
    """
    trie: dict[str, object] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = True

    def emit(node: dict[str, object], last: str) -> str:
        alts: list[str] = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            child = node[ch]
            assert isinstance(child, dict)
            alts.append(re.escape(ch) + emit(child, ch))
        if end:
            alts.append("(?![A-Za-z0-9])" if _is_alnum_ascii(last) else "")
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(trie, "")


def _fold(alias: str) -> str:
    """The lookup key of an alias: whitespace collapsed, Latin letters lower-cased."""
    return _WS_RE.sub(" ", alias).strip().lower()


def _exact_case_only(alias: str) -> bool:
    """Short all-caps aliases (TWLO, EMC, GE) match only as written."""
    letters = [c for c in alias if _is_latin(c)]
    return bool(letters) and len(alias) <= 5 and all(c.isupper() for c in letters)


# -- data -----------------------------------------------------------------------------------
@attrs.frozen
class CompanyEntry:
    """One gazetteer entry: a canonical ``name``, its ``aliases``, ``ticker`` and ``lang``.

    >>> CompanyEntry("Twilio", ("TWLO",), "TWLO", "any").name
    'Twilio'
    """

    name: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    lang: Literal["en", "zh", "any"] = "any"

    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@attrs.frozen
class CompanyMention:
    """A company mention: ``text == document[start:end]`` exactly, with its canonical ``name``.

    >>> m = CompanyMention(0, 8, "Twilio's", "Twilio", "TWLO", "gazetteer")
    >>> m.text, m.name
    ("Twilio's", 'Twilio')
    """

    start: int
    end: int
    text: str
    name: str
    ticker: str | None
    source: Source


@attrs.frozen
class _Cand:
    start: int
    end: int
    name: str
    ticker: str | None
    source: Source
    rank: int  # lower is stronger evidence


# "&" alone, or a letter or digit and what goes on from it: r"&|[A-Za-z0-9](?:...)?",
# written so that the pattern opens with one class (the search passes over the text
# between Latin words at once instead of trying both branches at every character)
_LATIN_TOKEN_RE = re.compile(r"[A-Za-z0-9&](?:(?<=[A-Za-z0-9])(?:[A-Za-z0-9&.'’\-]{0,40}[A-Za-z0-9&])?)?")
_LATIN_JOINERS = frozenset({"&", "of", "and", "de", "la"})


def _latin_token_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Latin-script words (``Amazon.com``, ``AT&T``, ``Twilio's``, ``&``)."""
    return [m.span() for m in _LATIN_TOKEN_RE.finditer(text)]


def _strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


def _strip_zh_legal_words(name: str) -> str:
    """``name`` without its legal-form words (有限公司, 集团, 股份, 控股) and share class.

    Industry words stay: 复星医药 and 复星, 三星医疗 and 三星 are different companies.

    >>> _strip_zh_legal_words("阿里巴巴集团控股有限公司"), _strip_zh_legal_words("复星医药")
    ('阿里巴巴', '复星医药')
    """
    s = name
    words = _LEGAL_STRIP + ("股份",)
    for _ in range(4):
        for w in words:
            if s.endswith(w) and len(s) > len(w) + 1:
                s = s[: -len(w)]
                break
        else:
            break
    if len(s) > 2 and s[-1] in "AB" and _is_cjk(s[-2]):
        s = s[:-1]
    return s


def _resolve(cands: list[_Cand], n: int) -> list[_Cand]:
    """Keep the strongest non-overlapping candidates, in text order.

    A rule-found name that swallows a gazetteer name at its right end (向华夏银行) gives
    way to it; identical spans merge (a code's ticker wins); otherwise longer wins.
    """
    if len(cands) < 2:
        # one candidate overlaps nothing, swallows no other and has no other's ticker
        # to take: it is kept as it is (the common case of a short text)
        return list(cands)
    gaz_by_end: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.source == "gazetteer":
            gaz_by_end.setdefault(c.end, []).append(c)
    tickers: dict[tuple[int, int], str] = {}
    for c in cands:
        if c.source == "code" and c.ticker is not None:
            tickers.setdefault((c.start, c.end), c.ticker)
    pool = []
    for c in cands:
        if c.source != "gazetteer" and any(g.start > c.start for g in gaz_by_end.get(c.end, ())):
            continue
        pool.append(c)
    pool.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken: list[_Cand] = []
    occupied = bytearray(n + 1)
    for c in pool:
        if any(occupied[c.start : c.end]):
            continue
        t = tickers.get((c.start, c.end))
        if t is not None and t != c.ticker:
            c = attrs.evolve(c, ticker=t)
        elif c.ticker is None:
            t2 = next((t for (s, e), t in tickers.items() if e == c.end and s >= c.start), None)
            if t2 is not None:
                c = attrs.evolve(c, ticker=t2)
        taken.append(c)
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=lambda c: c.start)
    return taken
