"""The metrics lexicon: canonical metric ids and the phrases that name them.

The lexicon is read from ``metrics.jsonl`` pattern files (the built-in one in
``patterns/``, then each user directory in order; see the header of
``patterns/metrics.jsonl`` for the format) and compiled once into one regular
expression per language. :meth:`MetricLexicon.find` returns every metric phrase in a
text, leftmost-longest, non-overlapping, in document order, each with its exact span.

>>> lex = MetricLexicon.load()
>>> text = "Twilio's revenues rose; non-GAAP earnings per share were $0.14."
>>> [(m.text, m.metric) for m in lex.find(text, "en")]
[('revenues', 'revenue'), ('non-GAAP earnings per share', 'eps')]
>>> m = lex.find("2015年营收达到1.669亿美元，净亏损为3550万美元", "zh")[1]
>>> m.text, m.metric, m.start, m.end
('净亏损', 'net_loss', 18, 21)
>>> lex.unit_of("net_loss"), "gross_margin" in lex.ids()
('money', True)

English matching is case-insensitive (short all-capital acronyms such as ``EPS``,
``ARR``, ``NIM`` match only in capitals), respects word boundaries, accepts a plural
``s``/``es`` on the last word ("revenues", "buybacks"), a space or a hyphen between
words ("same store" / "same-store"), and keeps accounting modifiers inside the mention
("GAAP", "non-GAAP", "adjusted", "diluted", "core", "total", ... : :data:`EN_MODIFIERS`).
Chinese matching covers the Simplified and Traditional forms listed in the file, with
the modifiers in :data:`ZH_MODIFIERS` (调整后, 非GAAP, 摊薄, ...).

This module is pure (no spaCy) and cheap to import: nothing is read or compiled until
:meth:`MetricLexicon.load`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Literal

import attrs

from .errors import PatternError
from .normalize.prefilter import first_chars
from .patterns import Field, builtin_patterns_dir, iter_pattern_files, read_jsonl

__all__ = [
    "EN_MODIFIERS",
    "METRICS_FILE",
    "OTHER_ID",
    "STOP_ID",
    "UNITS",
    "ZH_MODIFIERS",
    "MetricEntry",
    "MetricLexicon",
    "MetricMention",
    "read_metrics_file",
]

METRICS_FILE = "metrics.jsonl"
#: What values a metric takes; the linker rejects e.g. a percentage for ``customers``.
UNITS = ("money", "percent", "count", "shares", "ratio", "stake", "any")
#: The entry whose phrases are matched (so they win over shorter phrases inside them,
#: e.g. "sales force" over "sales", 投资者 over 投资) but never returned.
STOP_ID = "not_a_metric"
#: The id for a value that no entry fits; always known to :meth:`MetricLexicon.unit_of`.
OTHER_ID = "other"
MAX_PHRASE_CHARS = 120

#: English words that may precede any phrase and stay inside the mention.
#: None of them changes which metric is meant ("adjusted EBITDA" is still ``ebitda``);
#: words that do ("gross", "operating", "net", "organic", "comparable") are spelt out
#: in the phrases themselves.
EN_MODIFIERS: tuple[str, ...] = (
    "GAAP", "non-GAAP", "IFRS", "non-IFRS", "adjusted", "adj.", "adj", "as adjusted",
    "diluted", "fully diluted", "basic", "core", "reported", "pro forma", "normalized",
    "normalised", "underlying", "total", "consolidated", "quarterly", "annual",
    "full-year", "full year", "constant currency", "segment",
)  # fmt: skip
#: Chinese (Simplified and Traditional) counterparts of :data:`EN_MODIFIERS`.
ZH_MODIFIERS: tuple[str, ...] = (
    "调整后", "經調整", "经调整", "調整後", "非公认会计准则", "非公認會計準則",
    "非通用会计准则", "非通用會計準則", "公认会计准则", "公認會計準則", "非GAAP",
    "Non-GAAP", "GAAP", "非IFRS", "IFRS", "全面摊薄", "全面攤薄", "摊薄", "攤薄",
    "稀释", "稀釋", "基本", "合并", "合併", "全年",
)  # fmt: skip

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_EN_SPLIT = re.compile(r"[\s\-\u2010\u2011\u2013]+")
# Between two words of a phrase: up to three spaces (a line break counts) or hyphens.
_EN_SEP = "[\\s\\-\u2010\u2011\u2013]{1,3}"
_EN_PLURAL = "(?:es|s)?"
_ALNUM = "A-Za-z0-9"
_ZH_SPACE = r"[ \u00a0]?"
# characters of an English match's start the search checks before trying the phrases
# (4: about 2x faster than the first character alone on short news; 6: a tenth faster
# again on call transcripts, where many words share their first four letters)
_EN_AHEAD = 6
_EN_START = f"(?<![{_ALNUM}])"  # no match starts inside a word

_SCHEMA: Mapping[str, Field] = {
    "id": Field(str, required=True),
    "unit": Field(str, required=True, choices=UNITS),
    "en": Field(list, list_of=str),
    "zh": Field(list, list_of=str),
    "description": Field(str),
    "carry": Field(bool),
}


@attrs.frozen
class MetricMention:
    """A metric phrase found in a text: ``text == source[start:end]``.

    >>> MetricMention(start=0, end=7, text="revenue", metric="revenue").metric
    'revenue'
    """

    start: int
    end: int
    text: str
    metric: str


@attrs.frozen
class MetricEntry:
    """One entry of a metrics file: a canonical id and the phrases that name it.

    ``source`` is ``"path:line"`` of the entry (for messages).
    """

    id: str
    unit: str
    en: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    description: str = ""
    source: str = ""
    carry: bool = True  # a value in the next sentence that names no metric may take it


def _en_tokens(phrase: str) -> list[str]:
    return [t for t in _EN_SPLIT.split(phrase.strip().replace("\u2019", "'")) if t]


def _en_key(text: str) -> str:
    """The lookup key of an English phrase or matched text.

    >>> _en_key("Non-GAAP  Earnings-per share")
    'non gaap earnings per share'
    """
    return " ".join(_en_tokens(text)).lower()


def _zh_key(text: str) -> str:
    """The lookup key of a Chinese phrase or matched text.

    >>> _zh_key("非 GAAP 每股收益")
    '非gaap每股收益'
    """
    return re.sub(r"\s+", "", text).lower()


# the keys of matched text, remembered: the same phrases ("revenue", 营业收入) are matched
# in paragraph after paragraph (pure functions of the text; bounded)
_en_key_of_match = functools.lru_cache(maxsize=4096)(_en_key)
_zh_key_of_match = functools.lru_cache(maxsize=4096)(_zh_key)


def _is_ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def read_metrics_file(path: str | Path) -> list[MetricEntry]:
    """Read and validate one ``metrics.jsonl`` file.

    Raises :class:`~extractor.PatternError` naming the file and line for: invalid JSON,
    an unknown or missing key, a bad or duplicate id, an unknown unit, an entry with no
    phrase, an empty or over-long phrase, or one phrase given to two ids.
    """
    p = Path(path)
    out: list[MetricEntry] = []
    seen_ids: dict[str, int] = {}
    seen_phrases: dict[tuple[str, str], tuple[str, int]] = {}
    for lineno, raw in read_jsonl(p, _SCHEMA):
        mid = raw["id"]
        if not _ID_RE.match(mid):
            raise PatternError(
                p, lineno, f'id "{mid}": must be snake_case ASCII (^[a-z][a-z0-9_]*$)'
            )
        if mid in seen_ids:
            raise PatternError(p, lineno, f'duplicate id "{mid}" (first on line {seen_ids[mid]})')
        seen_ids[mid] = lineno
        en = raw.get("en", [])
        zh = raw.get("zh", [])
        if not en and not zh:
            raise PatternError(p, lineno, f'id "{mid}": no phrase (give "en" and/or "zh")')
        for lang, phrases in (("en", en), ("zh", zh)):
            for i, phrase in enumerate(phrases):
                where = f'key "{lang}"[{i}] {phrase!r}'
                if len(phrase) > MAX_PHRASE_CHARS:
                    raise PatternError(p, lineno, f"{where}: longer than {MAX_PHRASE_CHARS} chars")
                key = _en_key(phrase) if lang == "en" else _zh_key(phrase)
                if lang == "en" and not any(c.isalnum() for c in key):
                    raise PatternError(p, lineno, f"{where}: has no letter or digit")
                if len(key) < 2:
                    raise PatternError(
                        p, lineno, f"{where}: a one-character phrase would match inside ordinary words"
                    )
                other = seen_phrases.get((lang, key))
                if other is not None and other[0] != mid:
                    raise PatternError(
                        p,
                        lineno,
                        f'{where}: already given to id "{other[0]}" on line {other[1]}',
                    )
                seen_phrases[(lang, key)] = (mid, lineno)
        out.append(
            MetricEntry(
                id=mid,
                unit=raw["unit"],
                en=tuple(dict.fromkeys(s.strip() for s in en)),
                zh=tuple(dict.fromkeys(s.strip() for s in zh)),
                description=raw.get("description", ""),
                source=f"{p}:{lineno}",
                carry=raw.get("carry", True),
            )
        )
    return out


# -- regex construction --------------------------------------------------------------


class _Node:
    """A trie node: children by regex fragment, and whether a phrase ends here."""

    __slots__ = ("children", "end", "first", "terminal")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terminal = False
        self.end = ""  # what must follow when a phrase ends here
        # the first character of each child's word (English): see _grouped
        self.first: dict[str, str] = {}


def _trie_regex(node: _Node, sep: str) -> str:
    """The alternation for ``node``'s children: longer continuations are tried first.

    Where a phrase ends at a node that also continues, the continuation is optional
    and greedy: if what follows the longer phrase fails, the regex backtracks to the
    shorter one.
    """
    alts = []
    for frag in sorted(node.children, key=lambda f: (-len(f), f)):
        child = node.children[frag]
        if child.children:
            cont = sep + "(?:" + _trie_regex(child, sep) + ")"
            if child.terminal:
                cont = (
                    "(?:" + cont + ")?" if not child.end else "(?:" + cont + "|" + child.end + ")"
                )
            alts.append((frag, frag + cont))
        else:
            alts.append((frag, frag + child.end))
    return _grouped(node, alts)


# below this many words at a node their alternation is written as it is
_GROUP_MIN = 8


def _grouped(node: _Node, alts: list[tuple[str, str]]) -> str:
    """The alternation of ``alts`` (fragment, branch), in their order; with many English
    words, grouped by the letter they start with, each group behind a lookahead of it.

    The regex engine tries the branches of an alternation one by one; matched ignoring
    case, a branch that cannot start at the position is not passed by quickly, so
    hundreds of words cost hundreds of tries at every position. Grouped, a position
    costs a try per group and the branches of its own group. The matches are the same:
    a branch can only start with its word's first letter (in either case), no character
    starts words of two groups (checked: else the words are left ungrouped), and within
    a group the branches keep their order.
    """
    if len(alts) < _GROUP_MIN or any(f not in node.first for f, _ in alts):
        return "|".join(a for _, a in alts)
    groups: dict[str, list[str]] = {}
    for frag, alt in alts:
        ch = node.first[frag]
        groups.setdefault("'" if ch == "'" else ch.lower(), []).append(alt)
    if not _disjoint(list(groups)):
        return "|".join(a for _, a in alts)
    return "|".join(
        g[0] if len(g) == 1 else f"(?={_start_class(k)})(?:{'|'.join(g)})"
        for k, g in groups.items()
    )


def _start_class(key: str) -> str:
    """The class of characters (matched ignoring case) a word whose first character is
    ``key`` (lower-cased) starts with in the text (an apostrophe is either one: see
    :func:`_en_word`)."""
    return "['\u2019]" if key == "'" else "[" + re.escape(key) + "]"


def _disjoint(keys: list[str]) -> bool:
    """No character starts words of two of ``keys``' groups (classes matched ignoring case)."""
    classes = [re.compile(_start_class(k), re.IGNORECASE) for k in keys]
    members = [("'", "\u2019") if k == "'" else (k,) for k in keys]
    return not any(
        i != j and any(rx.fullmatch(m) for m in members[j])
        for i, rx in enumerate(classes)
        for j in range(len(keys))
    )


def _en_word(word: str) -> str:
    esc = "".join("['\u2019]" if c == "'" else re.escape(c) for c in word)
    letters = [c for c in word if c.isalpha()]
    if letters and len(letters) <= 3 and all(c.isupper() for c in letters):
        return f"(?-i:{esc})"  # EPS, ARR, NIM: not eps, arr, nim
    return esc


def _en_trie(phrases: Iterable[str]) -> str:
    root = _Node()
    for phrase in phrases:
        node = root
        for word in _en_tokens(phrase):
            frag = _en_word(word)
            node.first[frag] = word[0]
            node = node.children.setdefault(frag, _Node())
        node.terminal = True
    return "(?:" + _trie_regex(root, _EN_SEP) + ")" if root.children else "(?!)"


def _zh_trie(phrases: Iterable[str]) -> str:
    """A character trie; ASCII edges get word boundaries; a space is optional at
    ASCII/CJK seams and where the phrase has one ("非 GAAP", "EBITDA margin")."""
    root = _Node()
    for phrase in phrases:
        node = root
        prev = ""
        spaced = False
        for c in phrase.strip():
            if c.isspace():
                spaced = True
                continue
            frag = re.escape(c)
            if not prev and _is_ascii_alnum(c):
                frag = f"(?<![{_ALNUM}])" + frag
            elif prev and (spaced or _is_ascii_alnum(prev) != _is_ascii_alnum(c)):
                frag = _ZH_SPACE + frag
            node = node.children.setdefault(frag, _Node())
            prev, spaced = c, False
        node.terminal = True
        node.end = f"(?![{_ALNUM}])" if _is_ascii_alnum(prev) else ""
    return "(?:" + _trie_regex(root, "") + ")" if root.children else "(?!)"


def _first_chars(phrases: Iterable[str]) -> str:
    """A lookahead for the characters a match can start with.

    It lets the regex engine skip every other character fast (2-3x faster on mixed
    text than trying the whole alternation at each position).
    """
    firsts = {p.strip()[0] for p in phrases if p.strip()}
    chars = firsts | {c.swapcase() for c in firsts} | {c.upper() for c in firsts}
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


@functools.lru_cache(maxsize=8)
def _compile_en(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(search pattern, anchored core-only pattern) for English phrases.

    A phrase that starts with ``%`` ("% of revenue") matches its remaining words only
    right after a percent sign ("17% of revenue" -> "of revenue").
    """
    pct = [p.strip()[1:] for p in phrases if p.strip().startswith("%")]
    plain = [p for p in phrases if not p.strip().startswith("%")]
    mods = _en_trie(EN_MODIFIERS)
    core = _en_trie(plain)
    tail = rf"{_EN_PLURAL}(?![{_ALNUM}])"
    body = (
        rf"(?:(?:(?<=%)|(?<=%\s))(?P<pct>{_en_trie(pct)}){tail}"
        rf"|(?<![{_ALNUM}])(?P<mod>(?:{mods}{_EN_SEP}){{0,3}})(?P<core>{core}){tail})"
    )
    # Every match starts at a word start (after "%" or a space in the first branch): that
    # check comes first, then the first characters of the phrases, then the phrases.
    ahead = first_chars(body, re.IGNORECASE, _EN_AHEAD)
    if ahead is None:
        ahead = _first_chars([*pct, *plain, *EN_MODIFIERS])
    search = rf"{_EN_START}{ahead}{body}"
    anchored = rf"(?<![{_ALNUM}])(?P<core>{core}){tail}"
    return re.compile(search, re.IGNORECASE), re.compile(anchored, re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _compile_zh(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(search pattern, anchored core-only pattern) for Chinese phrases."""
    mods = _zh_trie(ZH_MODIFIERS)
    core = _zh_trie(phrases)
    first = _first_chars([*phrases, *ZH_MODIFIERS])
    search = rf"{first}(?P<mod>(?:{mods}{_ZH_SPACE}){{0,2}})(?P<core>{core})"
    return re.compile(search, re.IGNORECASE), re.compile(f"(?P<core>{core})", re.IGNORECASE)


# -- the lexicon ---------------------------------------------------------------------


def _entry_tuple(entries: Iterable[MetricEntry]) -> tuple[MetricEntry, ...]:
    return tuple(entries)


@attrs.frozen(repr=False)
class MetricLexicon:
    """Metric ids, their units and phrases, compiled for fast matching.

    ``entries`` are in precedence order: where two entries give the same phrase, the
    later one wins. Build the lexicon once (:meth:`load`) and reuse it: :meth:`find`
    keeps no state between calls.
    """

    entries: tuple[MetricEntry, ...] = attrs.field(converter=_entry_tuple)
    _by_id: Mapping[str, MetricEntry] = attrs.field(init=False, repr=False)
    _en_index: Mapping[str, str] = attrs.field(init=False, repr=False)
    _zh_index: Mapping[str, str] = attrs.field(init=False, repr=False)
    # the phrases of each language as written, compiled on the first find in it
    _phrases: Mapping[str, tuple[str, ...]] = attrs.field(init=False, repr=False)
    _compiled: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, MetricEntry] = {}
        en: dict[str, str] = {}  # key -> id
        zh: dict[str, str] = {}
        en_phrase: dict[str, str] = {}  # key -> one phrase as written (for the trie)
        zh_phrase: dict[str, str] = {}
        for e in self.entries:
            if e.id != STOP_ID:
                by_id[e.id] = e
            for p in e.en:
                en[_en_key(p)] = e.id
                en_phrase[_en_key(p)] = p
            for p in e.zh:
                zh[_zh_key(p)] = e.id
                zh_phrase[_zh_key(p)] = p
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))
        object.__setattr__(self, "_en_index", MappingProxyType(en))
        object.__setattr__(self, "_zh_index", MappingProxyType(zh))
        phrases = {"en": tuple(en_phrase.values()), "zh": tuple(zh_phrase.values())}
        object.__setattr__(self, "_phrases", MappingProxyType(phrases))
        object.__setattr__(self, "_compiled", {})

    def __repr__(self) -> str:
        return (
            f"<MetricLexicon: {len(self._by_id)} ids, {len(self._en_index)} en and "
            f"{len(self._zh_index)} zh phrases>"
        )

    # -- construction ------------------------------------------------------------------
    @classmethod
    def load(cls, dirs: Sequence[str | Path] = ()) -> MetricLexicon:
        """The built-in lexicon, extended by the ``metrics.jsonl`` of each of ``dirs``.

        An entry whose id already exists replaces the earlier one; a new id is added;
        a phrase given by a later file wins over the same phrase in an earlier one.
        ``not_a_metric`` entries are merged rather than replaced. Every file is
        validated before anything is built (:class:`~extractor.PatternError`).

        >>> MetricLexicon.load().find("Adjusted EBITDA margin was 31%", "en")[0].metric
        'ebitda_margin'
        """
        if isinstance(dirs, (str, Path)):
            dirs = [dirs]
        files = iter_pattern_files([builtin_patterns_dir(), *dirs], METRICS_FILE)
        return cls.from_entries(e for f in files for e in read_metrics_file(f))

    @classmethod
    def from_entries(cls, entries: Iterable[MetricEntry]) -> MetricLexicon:
        """A lexicon from entries in precedence order (later ids replace earlier ones)."""
        active: dict[object, MetricEntry] = {}  # insertion-ordered
        for i, e in enumerate(entries):
            # stop entries are merged, metric entries replaced; the new one goes at the
            # end: its phrases win over earlier ones
            key: object = (STOP_ID, i) if e.id == STOP_ID else e.id
            active.pop(key, None)
            active[key] = e
        return cls(list(active.values()))

    # -- queries ------------------------------------------------------------------------
    def find(self, text: str, lang: Literal["en", "zh"]) -> list[MetricMention]:
        """Every metric phrase in ``text``: leftmost-longest, non-overlapping, in order.

        >>> lex = MetricLexicon.load()
        >>> [m.text for m in lex.find("Same-store sales and diluted EPS; the sales team", "en")]
        ['Same-store sales', 'diluted EPS']
        >>> [(m.text, m.metric) for m in lex.find("归母净利润与營收占比", "zh")]
        [('归母净利润', 'net_income'), ('營收占比', 'revenue_share')]
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        if lang == "en":
            index, key = self._en_index, _en_key_of_match
        elif lang == "zh":
            index, key = self._zh_index, _zh_key_of_match
        else:
            raise ValueError(f'lang must be "en" or "zh", got {lang!r}')
        search, anchored = self._compiled.get(lang) or self._compile(lang)
        out: list[MetricMention] = []
        pos = 0
        n = len(text)
        while pos < n:
            m = search.search(text, pos)
            if m is None:
                break
            start, end = m.span()
            pct = m.groupdict().get("pct")
            if pct is not None:
                metric = index.get("% " + key(pct))
            else:
                core_start, core_end = m.span("core")
                metric = None
                if m.group("mod"):
                    bare = anchored.match(text, start)
                    if bare is not None and bare.end() > end:
                        end, core_start, core_end = bare.end(), start, bare.end("core")
                    else:
                        metric = index.get(key(text[start:core_end]))
                if metric is None:
                    metric = index.get(key(text[core_start:core_end]))
            if metric is not None and metric != STOP_ID:
                out.append(MetricMention(start=start, end=end, text=text[start:end], metric=metric))
            pos = max(end, start + 1)
        return out

    def _compile(self, lang: Literal["en", "zh"]) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The patterns of ``lang``, compiled on its first find (one language's text
        does not pay for the other's)."""
        build = _compile_en if lang == "en" else _compile_zh
        got = self._compiled[lang] = build(self._phrases[lang])
        return got

    def unit_of(self, metric: str) -> str:
        """What values ``metric`` takes: money, percent, count, shares, ratio, stake (percent or shares) or any.

        >>> MetricLexicon.load().unit_of("customers")
        'count'
        """
        if metric == OTHER_ID and metric not in self._by_id:
            return "any"
        try:
            return self._by_id[metric].unit
        except KeyError:
            raise KeyError(f"unknown metric id {metric!r}") from None

    def ids(self) -> frozenset[str]:
        """All metric ids, ``other`` included (``not_a_metric`` is not an id)."""
        return frozenset(self._by_id) | {OTHER_ID}

    def entry(self, metric: str) -> MetricEntry:
        """The entry of ``metric`` (its phrases, unit, description and source)."""
        return self._by_id[metric]
