"""The company gazetteer: names and aliases from ``patterns/companies.jsonl`` files and the
look-ups that map a found name to its entry."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

import attrs

from .company_text import (
    _CJK_RE,
    _EN,
    _QUOTES_OPEN,
    _TRAILING_PUNCT,
    _WS_RE,
    _ZH,
    COMPANY_SCHEMA,
    CompanyEntry,
    CompanyMention,
    Lang,
    _Cand,
    _exact_case_only,
    _fold,
    _is_alnum_ascii,
    _is_cjk,
    _latin_token_spans,
    _strip_possessive,
    _strip_zh_legal_words,
    _trie_regex,
    canonical_name,
    is_pronoun_company,
)
from .errors import PatternError
from .lang import to_traditional
from .patterns import builtin_patterns_dir, iter_pattern_files, read_jsonl

_PERSON_INITIAL_RE = re.compile(r" [A-Z]\. [A-Z][a-z]")
_WIRE_TAG = re.compile(_EN.regex("COMPANY_WIRE_TAG"))
_HEADLINE_TAIL = re.compile(_EN.regex("COMPANY_HEADLINE_TAIL"))


def _with_traditional(names: Sequence[str], own: set[str]) -> list[str]:
    """``names`` and the Traditional form of each Chinese one (美团 -> 美團) that no entry
    claims as its own alias: a name is written in either script."""
    out = list(names)
    for n in names:
        t = to_traditional(n) if _CJK_RE.search(n) else n
        if t != n and _fold(t) not in own and t not in out:
            out.append(t)
    return out

# Short Chinese aliases that are also parts of common words (高通胀, 亚马逊雨林, 三星级).
_ZH_BLOCK_AFTER: Mapping[str, tuple[str, ...]] = MappingProxyType(
    dict(_ZH.table("COMPANY_ALIAS_BLOCKED_AFTER"))
)
_ZH_BLOCK_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType(
    dict(_ZH.table("COMPANY_ALIAS_BLOCKED_BEFORE"))
)


_ZH_SOURCE_AFTER = _ZH.words("COMPANY_ALIAS_SOURCE_AFTER")


def _blocked_zh(word: str, text: str, start: int, end: int) -> bool:
    if text.startswith(_ZH_SOURCE_AFTER, end):
        return True  # 新浪财经: a news site, a source
    after = _ZH_BLOCK_AFTER.get(word)
    if after and text.startswith(after, end):
        return True
    before = _ZH_BLOCK_BEFORE.get(word)
    return bool(before) and any(text.endswith(b, 0, start) for b in before or ())


#: No company name or alias is longer (the gazetteer regex nests one level per character).
MAX_ALIAS_CHARS = 200


def _read_companies(path: Path) -> list[CompanyEntry]:
    rows = read_jsonl(path, COMPANY_SCHEMA)
    out: list[CompanyEntry] = []
    names: dict[str, int] = {}
    owners: dict[str, tuple[str, int]] = {}
    for lineno, row in rows:
        name = row["name"].strip()
        if not name:
            raise PatternError(path, lineno, 'key "name": empty string')
        if name in names:
            raise PatternError(
                path, lineno, f'duplicate name "{name}" (first on line {names[name]})'
            )
        names[name] = lineno
        aliases = tuple(
            dict.fromkeys(a.strip() for a in row.get("aliases", []) if a.strip() != name)
        )
        ticker = row.get("ticker")
        if ticker is not None and (not ticker.strip() or any(ch.isspace() for ch in ticker)):
            raise PatternError(path, lineno, f'key "ticker": {ticker!r} is not a ticker')
        for alias in (name, *aliases):
            key = _fold(alias)
            if len(key) < 2:
                raise PatternError(
                    path,
                    lineno,
                    f'alias "{alias}" of "{name}": a one-character name would match inside ordinary text',
                )
            if len(alias) > MAX_ALIAS_CHARS:
                raise PatternError(
                    path,
                    lineno,
                    f'alias of "{name[:40]}": longer than {MAX_ALIAS_CHARS} characters',
                )
            owner = owners.get(key)
            if owner is not None and owner[0] != name:
                raise PatternError(
                    path,
                    lineno,
                    f'alias "{alias}" of "{name}" is already claimed by "{owner[0]}" (line {owner[1]})',
                )
            owners[key] = (name, lineno)
        lang = row.get("lang", "any")
        out.append(CompanyEntry(name, aliases, ticker, lang))
    return out


# names remembered by one gazetteer's loose look-up before the memo starts afresh
_LOOSE_MEMO_SIZE = 8192


@attrs.frozen(eq=False)
class Gazetteer:
    """The company names and aliases of the pattern files, and look-ups of a name in them.

    >>> g = Gazetteer.load()
    >>> g.canonical("TWLO"), g.canonical("珠海格力电器股份有限公司"), g.canonical("Acme Corp.")
    ('Twilio', '格力电器', 'Acme')
    """

    entries: tuple[CompanyEntry, ...]
    _by_key: Mapping[str, tuple[CompanyEntry, bool]] = attrs.field(repr=False)
    _cjk_re: re.Pattern[str] = attrs.field(repr=False)
    _latin_keys: Mapping[str, tuple[CompanyEntry, bool]] = attrs.field(repr=False)
    _exact_forms: Mapping[str, frozenset[str]] = attrs.field(repr=False)
    _first_en: Mapping[str, int] = attrs.field(repr=False)
    _first_zh: Mapping[str, int] = attrs.field(repr=False)
    _by_canon: Mapping[str, CompanyEntry] = attrs.field(repr=False)
    # what :meth:`lookup_loose` found for a name as written (the tables above never
    # change; the same names are looked up document after document); bounded
    _loose: dict[str, CompanyEntry | None] = attrs.field(factory=dict, init=False, repr=False)

    # -- construction --------------------------------------------------------------------
    @classmethod
    def load(cls, dirs: Sequence[str | Path] = ()) -> Gazetteer:
        """The built-in gazetteer, then each of ``dirs`` (their ``companies.jsonl``).

        A later file's entry with the same ``name`` replaces the earlier one. Raises
        :class:`extractor.PatternError` naming the file and line of a malformed entry.
        """
        by_name: dict[str, CompanyEntry] = {}
        for path in iter_pattern_files([builtin_patterns_dir(), *dirs], "companies.jsonl"):
            for entry in _read_companies(path):
                by_name.pop(entry.name, None)
                by_name[entry.name] = entry
        return cls.from_entries(by_name.values())

    @classmethod
    def from_entries(cls, entries: Iterable[CompanyEntry]) -> Gazetteer:
        """A gazetteer of ``entries`` (later entries win an alias both claim).

        >>> g = Gazetteer.from_entries([CompanyEntry("Acme", ("ACME", "阿克米"))])
        >>> g.lookup("阿克米").name, g.lookup("ACME").name, g.lookup("阿克")
        ('Acme', 'Acme', None)
        """
        ents = tuple(entries)
        by_key: dict[str, tuple[CompanyEntry, bool]] = {}
        latin: dict[str, tuple[CompanyEntry, bool]] = {}
        forms: dict[str, set[str]] = {}
        first_en: dict[str, int] = {}
        first_zh: dict[str, int] = {}
        cjk_words: set[str] = set()
        by_canon: dict[str, CompanyEntry] = {}
        own = {_fold(a) for e in ents for a in e.all_names()}
        for e in ents:
            for alias in _with_traditional(e.all_names(), own):
                key = _fold(alias)
                if not key:
                    continue
                # the same canonical_name as look-ups use: "Booking Holdings Inc." and
                # "长实集团有限公司" find "Booking Holdings" and "长实集团"
                by_canon[_fold(canonical_name(alias))] = e
                exact = _exact_case_only(alias)
                prev = by_key.get(key)
                by_key[key] = (e, exact and prev[1] if prev is not None and prev[0] is e else exact)
                words = [alias[a:b] for a, b in _latin_token_spans(alias)]
                if _is_alnum_ascii(alias[0]) and not _CJK_RE.search(alias) and words:
                    lk = " ".join(w.lower() for w in words)
                    prev = latin.get(lk)
                    same = prev is not None and prev[0] is e
                    latin[lk] = (e, exact and prev[1] if same and prev is not None else exact)
                    if not same:
                        forms.pop(lk, None)
                    if exact:
                        forms.setdefault(lk, set()).add(" ".join(words))
                    first = words[0].lower()
                    first_zh[first] = max(first_zh.get(first, 0), len(words))
                    if e.lang != "zh":
                        first_en[first] = max(first_en.get(first, 0), len(words))
                elif e.lang != "en":
                    cjk_words.add(_WS_RE.sub(" ", alias).strip())
        cjk_re = re.compile(_trie_regex(cjk_words) if cjk_words else r"(?!x)x")
        return cls(
            ents,
            MappingProxyType(by_key),
            cjk_re,
            MappingProxyType(latin),
            MappingProxyType({k: frozenset(v) for k, v in forms.items()}),
            MappingProxyType(first_en),
            MappingProxyType(first_zh),
            MappingProxyType(by_canon),
        )

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, alias: str) -> CompanyEntry | None:
        """See :meth:`extractor.companies.CompanyFinder.lookup` (its examples run there)."""
        hit = self._by_key.get(_fold(alias))
        return hit[0] if hit else None

    def lookup_loose(self, name: str) -> CompanyEntry | None:
        """The entry ``name`` names as written, else by its :func:`canonical_name` (matched
        against the entries' names and aliases and their canonical names), else (Chinese)
        by the canonical name without 股份 or a share class."""
        memo = self._loose
        try:
            return memo[name]
        except KeyError:
            pass
        if len(memo) >= _LOOSE_MEMO_SIZE:
            memo.clear()
        e = memo[name] = self._lookup_loose(name)
        return e

    def _lookup_loose(self, name: str) -> CompanyEntry | None:
        """:meth:`lookup_loose` worked out (no memo)."""
        s = _WS_RE.sub(" ", name).strip()
        e = self.lookup(s)
        if e is not None:
            return e
        c = canonical_name(s)
        e = self.lookup(c) or self._by_canon.get(_fold(c))
        if e is not None:
            return e
        if _CJK_RE.search(c):
            stripped = _strip_zh_legal_words(c)
            if stripped and stripped != c:
                return self.lookup(stripped) or self._by_canon.get(_fold(stripped))
        return None

    def canonical(self, name: str) -> str:
        """See :meth:`extractor.companies.CompanyFinder.canonical` (its examples run there)."""
        e = self.lookup_loose(name)
        return e.name if e is not None else canonical_name(name)

    def from_span(self, text: str, start: int, end: int) -> CompanyMention | None:
        """See :meth:`extractor.companies.CompanyFinder.from_span` (its examples run there)."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}..{end} is outside the text (length {len(text)})")
        s, e = start, end
        while s < e and (text[s].isspace() or text[s] in _QUOTES_OPEN):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _TRAILING_PUNCT):
            e -= 1
        if e - s > 4 and text[s : s + 4].lower() == "the " and not is_pronoun_company(text[s:e]):
            s += 4
        tag = _WIRE_TAG.match(text, s, e)  # "BRIEF-Acme Corp Q2": "Acme Corp"
        if tag is not None:
            s = tag.end()
        tail = _HEADLINE_TAIL.search(text, s, e)
        if tail is not None and tail.start() > s:
            e = tail.start()
        span = text[s:e]
        if not span or is_pronoun_company(span):
            return None
        entry = self.lookup_loose(span)
        if entry is not None:
            return CompanyMention(s, e, span, entry.name, entry.ticker, "ner")
        name = canonical_name(span)
        return CompanyMention(s, e, span, name, None, "ner") if name else None

    # gazetteer
    def latin_names(self, text: str, toks: list[tuple[int, int]], lang: Lang) -> list[_Cand]:
        """Latin-script names and aliases, matched on whole words (n-grams of tokens)."""
        first_map = self._first_en if lang == "en" else self._first_zh
        out: list[_Cand] = []
        n = len(toks)
        i = 0
        while i < n:
            s0, e0 = toks[i]
            low = text[s0:e0].lower()
            maxk = first_map.get(low)
            if maxk is None:
                if low[-1:] not in "sS" or _strip_possessive(low) not in first_map:
                    i += 1  # no name starts with this word (most words: the quick way on)
                    continue
                maxk = 1
            k = min(maxk, n - i)
            for j in range(i, i + k - 1):  # words must be one space apart
                if text[toks[j][1] : toks[j + 1][0]] != " ":
                    k = j - i + 1
                    break
            hit = None
            while k > 0:
                hit = self._latin_hit(text, toks[i : i + k], lang)
                if hit is not None:
                    break
                k -= 1
            if hit is None:
                i += 1
                continue
            entry, end = hit
            if lang == "en" and _PERSON_INITIAL_RE.match(text, end):  # Meta A. Marshall
                i += k
                continue
            out.append(_Cand(s0, end, entry.name, entry.ticker, "gazetteer", 0))
            i += k
        return out

    def _latin_hit(
        self, text: str, span: list[tuple[int, int]], lang: Lang
    ) -> tuple[CompanyEntry, int] | None:
        # (the words are one space apart: as written, they are the text from the first
        # to the last)
        end = span[-1][1]
        last = text[span[-1][0] : end]
        written = text[span[0][0] : end]
        key = written.lower()
        hit = self._latin_keys.get(key)
        if hit is None:
            if _strip_possessive(last) == last:
                return None
            last, written = last[:-2], written[:-2]  # "Twilio's": "Twilio"
            key = written.lower()
            hit = self._latin_keys.get(key)
            if hit is None:
                return None
        entry, exact = hit
        if lang == "en" and entry.lang == "zh":
            return None
        if exact:
            if written not in self._exact_forms.get(key, frozenset()):
                return None
        elif written[0].islower() and not any(a[:1] == written[0] for a in entry.all_names()):
            return None  # "apple", "box": common words, not names
        if text[end : end + 1] == "." and last in ("Inc", "Corp", "Co", "Ltd", "Bros"):
            end += 1
        return entry, end

    def chinese_names(self, text: str) -> list[_Cand]:
        """Chinese names and aliases, longest first (with an A/B share-class letter)."""
        out: list[_Cand] = []
        for m in self._cjk_re.finditer(text):
            word = m.group()
            start, end = m.start(), m.end()
            if _is_alnum_ascii(word[0]) and start > 0 and _is_alnum_ascii(text[start - 1]):
                continue
            hit = self._by_key.get(_fold(word))
            if hit is None or _blocked_zh(word, text, start, end):
                continue
            entry = hit[0]
            if (
                _is_cjk(word[-1])
                and text[end : end + 1] in ("A", "B")
                and not _is_alnum_ascii(text[end + 1 : end + 2] or " ")
            ):
                end += 1
            out.append(_Cand(start, end, entry.name, entry.ticker, "gazetteer", 0))
        return out


#: the currency a sign shared by two currencies ("¥") most likely stands for in text about
#: a company listed on an exchange, by the exchange's ticker suffix
_HOME_BY_SUFFIX: Mapping[str, str] = MappingProxyType(
    {".SH": "CNY", ".SS": "CNY", ".SZ": "CNY", ".HK": "CNY", ".T": "JPY"}
)


def currency_cues(entries: Iterable[CompanyEntry]) -> dict[str, list[str]]:
    """The Latin names of gazetteer companies that tell which currency ``"¥"`` is in an
    English document, by code: a company listed in Shanghai, Shenzhen or Hong Kong, or
    whose canonical name is Chinese, makes ``"¥"`` yuan (CNY); one listed in Tokyo, yen.
    Only names of three letters or more count. The document's other cues ("yuan",
    "Japan", ...) are counted with them (see :func:`extractor.currencies.currency_hints`).

    >>> cues = currency_cues([CompanyEntry("阿里巴巴", ("Alibaba", "阿里")),
    ...                       CompanyEntry("Toyota", ("丰田",), "7203.T"),
    ...                       CompanyEntry("Twilio", ("TWLO",), "TWLO")])
    >>> cues
    {'CNY': ['Alibaba'], 'JPY': ['Toyota']}
    """
    out: dict[str, list[str]] = {}
    for e in entries:
        ticker = (e.ticker or "").upper()
        home = next((c for suffix, c in _HOME_BY_SUFFIX.items() if ticker.endswith(suffix)), None)
        if home is None and _CJK_RE.search(e.name):
            home = "CNY"
        if home is None:
            continue
        names = out.setdefault(home, [])
        names.extend(n for n in e.all_names() if n.isascii() and len(n) >= 3 and n not in names)
    return out
