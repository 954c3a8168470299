r"""A quick filter for a large alternation: the few characters a match can start with.

A scanner that tries dozens of rules at every word start spends most of its time
rejecting words no rule can begin with. :func:`first_chars` reads a pattern's syntax tree
and returns a lookahead that accepts every start (a few characters) of a match of the
pattern: a superset, never narrower than the pattern, so writing it in front of the
pattern changes no match, only how fast a word that cannot start one is passed by.

>>> import re
>>> body = r"(?:march|may)\s\d|q[1-4]"
>>> first_chars(body, re.IGNORECASE)
'(?=(?:[m][a](?:[r]|[y])|[q][1-4]))'
>>> rx = re.compile(first_chars(body, re.IGNORECASE) + body, re.IGNORECASE)
>>> [m.group() for m in rx.finditer("In May 3 and Q2, mostly dull words")]
['May 3', 'Q2']
>>> [first_chars(p, 0) for p in (r"x*", r".ab", r"(a)\1")]
[None, None, None]
"""

from __future__ import annotations

import re
from typing import Any, Final

# one character position: the class items it may be (None: any character), or where the
# text must end ("$", "\\Z": nothing after it is looked at)
_Cls = frozenset[tuple[Any, Any]] | None | str
_Seq = tuple[_Cls, ...]

_MAX_SEQS: Final = 20000  # beyond this many distinct prefixes the filter is not worth it
_NOCASE_FLAG: Final = int(re.IGNORECASE)
_UNREAD_FLAGS: Final = int(re.ASCII | re.LOCALE)
_NOCASE: Final = ("nocase", None)  # in a class: its letters match in either case

try:  # CPython's regex syntax tree (private, 3.11+): without it there is no filter, and
    # every pattern is used as written (the same matches, only slower)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]

    _CATEGORY: dict[Any, str] = {
        C.CATEGORY_DIGIT: r"\d",
        C.CATEGORY_NOT_DIGIT: r"\D",
        C.CATEGORY_SPACE: r"\s",
        C.CATEGORY_NOT_SPACE: r"\S",
        C.CATEGORY_WORD: r"\w",
        C.CATEGORY_NOT_WORD: r"\W",
    }
    _ZERO_WIDTH: tuple[Any, ...] = (C.AT, C.ASSERT, C.ASSERT_NOT)
    _ENDS: dict[Any, str] = {C.AT_END: "$", C.AT_END_STRING: r"\Z"}
    _READABLE = True
except (ImportError, AttributeError):  # pragma: no cover - a Python without them
    _READABLE = False


class _Unsure(Exception):
    """The pattern uses something the filter does not read: no filter."""


def first_chars(pattern: str, flags: int, k: int = 3) -> str | None:
    """A lookahead (regex text) accepting every start of ``k`` characters of a match of
    ``pattern`` compiled with ``flags``; None when no useful filter can be built (the
    pattern may match an empty string other than at the end of the text, start with any
    character, or uses a construct this reader does not follow)."""
    flags = int(flags)  # (plain int operations below: RegexFlag's are slow)
    if not _READABLE or flags & _UNREAD_FLAGS:
        return None
    try:
        seqs = _seqs(P.parse(pattern, flags), flags, k)
    except _Unsure:
        return None
    if any(not s or s[0] is None for s in seqs):
        return None
    case_matters = not flags & _NOCASE_FLAG
    classes: dict[frozenset[tuple[Any, Any]], str] = {}
    trie: _Trie = {}
    for s in seqs:
        node = trie
        for c in s:
            if c is None:
                break  # any character may follow: the start so far decides
            if isinstance(c, str):
                key = c
            elif (key := classes.get(c, "")) == "":
                key = classes[c] = _cls_regex(c, case_matters)
            node = node.setdefault(key, {})
        node[""] = {}
    return _union_first(trie) + "(?=" + _trie_regex(trie) + ")"


# from this many first characters on, one class of them all is checked before the trie
_UNION_MIN: Final = 3


def _union_first(trie: _Trie) -> str:
    """A lookahead of one class holding every first character of ``trie`` (its classes
    joined; ignoring case if one of them does), or "" when the trie starts with few
    classes or with an end of text. The regex engine tries an alternation's branches one by one
    (each costly where case is ignored); one class is a single test, so a position no
    branch can start at is passed by at once."""
    keys = list(trie)
    if len(keys) < _UNION_MIN:
        return ""
    parts, nocase = [], False
    for k in keys:
        if k.startswith("(?i:[") and k.endswith("])"):
            parts.append(k[5:-2])
            nocase = True
        elif k[:1] == "[" and k[-1:] == "]":
            parts.append(k[1:-1])
        else:
            return ""  # an end of text: no class holds it
    # (one class of them all ignoring case where some do: still every first character)
    cls = "[" + "".join(parts) + "]"
    return "(?=" + (f"(?i:{cls})" if nocase else cls) + ")"


_Trie = dict[str, "_Trie"]


def _trie_regex(node: _Trie) -> str:
    """The alternation of the class sequences of a trie ("" marks where one may end)."""
    if "" in node:
        return ""
    alts = [c + _trie_regex(sub) for c, sub in sorted(node.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _cls_regex(c: frozenset[tuple[Any, Any]], case_matters: bool) -> str:
    """A character class matching the items of ``c`` (in a pattern where
    ``case_matters`` unless said otherwise)."""
    parts = []
    for op, av in sorted(c - {_NOCASE}, key=repr):
        if op is C.LITERAL:
            parts.append(_char(av))
        elif op is C.RANGE:
            parts.append(_char(av[0]) + "-" + _char(av[1]))
        else:
            parts.append(_CATEGORY[av])
    cls = "[" + "".join(parts) + "]"
    return f"(?i:{cls})" if case_matters and _NOCASE in c else cls


def _char(code: int) -> str:
    """One character inside a class: itself when a letter or digit, else escaped."""
    c = chr(code)
    return c if c.isalnum() else f"\\U{code:08x}"


def _cat(a: set[_Seq], b: set[_Seq], k: int) -> set[_Seq]:
    """The starts of an ``a`` followed by a ``b``."""
    out = {x for x in a if _done(x, k)}
    out.update((x + y)[:k] for x in a if not _done(x, k) for y in b)
    if len(out) > _MAX_SEQS:
        raise _Unsure
    return out


def _done(s: _Seq, k: int) -> bool:
    """Is nothing after ``s`` looked at (``k`` characters long, or the text ends)?"""
    return len(s) >= k or (bool(s) and isinstance(s[-1], str))


def _seqs(items: Any, flags: int, k: int) -> set[_Seq]:
    """Every start (up to ``k`` characters) of a match of a parsed sequence; a start
    shorter than ``k`` is a whole match (anything may follow it)."""
    out: set[_Seq] = {()}
    for op, av in items:
        if all(_done(s, k) for s in out):
            break
        out = _cat(out, _item(op, av, flags, k), k)
    return out


def _item(op: Any, av: Any, flags: int, k: int) -> set[_Seq]:
    """The starts of one parsed item."""
    nocase = {_NOCASE} if flags & _NOCASE_FLAG else set()
    if op is C.LITERAL:
        return {(frozenset({(C.LITERAL, av), *nocase}),)}
    if op is C.IN:
        if any(o is C.NEGATE or (o is C.CATEGORY and a not in _CATEGORY) for o, a in av):
            return {(None,)}
        return {(frozenset({*av, *nocase}),)}
    if op in (C.ANY, C.NOT_LITERAL):
        return {(None,)}
    if op is C.AT and av in _ENDS:
        return {(_ENDS[av],)}
    if op in _ZERO_WIDTH:
        return {()}
    if op is C.SUBPATTERN:
        _, add, delete, sub = av
        if add & _UNREAD_FLAGS:
            raise _Unsure
        return _seqs(sub, (flags | add) & ~delete, k)
    if op is C.ATOMIC_GROUP:
        return _seqs(av, flags, k)
    if op is C.BRANCH:
        return set().union(*(_seqs(b, flags, k) for b in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        one = _seqs(sub, flags, k)
        out: set[_Seq] = set()
        run: set[_Seq] = {()}
        for j in range(max(lo, min(hi, k)) + 1):
            if j >= lo:
                out |= run
            run = _cat(run, one, k)
        return out
    raise _Unsure


def with_first_chars(rx: re.Pattern[str], k: int = 3) -> re.Pattern[str]:
    """``rx`` with :func:`first_chars` in front (``rx`` itself when no filter applies):
    the same matches, found faster where few positions can start one.

    >>> with_first_chars(re.compile(r"\\bup|rose", re.I)).pattern
    '(?=(?:[r][o][s]|[u][p]))(?:\\\\bup|rose)'
    """
    ahead = first_chars(rx.pattern, rx.flags, k)
    if ahead is None:
        return rx
    if starts_at_word_boundary(rx.pattern, rx.flags):
        # every match starts at a word boundary: checked first, it passes by the inside
        # of every word at the cost of a character test (the lookahead is dearer)
        ahead = r"\b" + ahead
    close = "\n)" if rx.flags & re.VERBOSE else ")"  # after a comment on the last line
    return re.compile(ahead + "(?:" + rx.pattern + close, rx.flags)


_WORD_FLAGS: Final = int(re.ASCII | re.LOCALE | re.UNICODE)


def starts_at_word_boundary(pattern: str, flags: int) -> bool:
    r"""Does every match of ``pattern`` start where ``\b`` holds (each branch opens with
    ``\b``, after nothing but other zero-width checks)? False when unsure.

    >>> starts_at_word_boundary(r"\b(?:up|rose)\b", re.I), starts_at_word_boundary(r"\bup|rose", 0)
    (True, False)
    >>> starts_at_word_boundary(r"(?=[a-z])(?:\bto|(?:\bat|\bof))\s*$", 0)
    True
    """
    if not _READABLE:
        return False
    try:
        return _boundary_first(P.parse(pattern, int(flags)))
    except re.error:
        return False


def _boundary_first(items: Any) -> bool:
    for op, av in items:
        if op is C.AT:
            if av is C.AT_BOUNDARY:
                return True
            continue  # another anchor: zero width, at the same position
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            _, add, delete, sub = av
            # (a group that changes what a word character is reads \b otherwise)
            return not (add | delete) & _WORD_FLAGS and _boundary_first(sub)
        if op is C.ATOMIC_GROUP:
            return _boundary_first(av)
        if op is C.BRANCH:
            return all(_boundary_first(b) for b in av[1])
        return False
    return False
