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
    parts = _first_chars_parts(pattern, flags, k)
    return None if parts is None else parts[0] + parts[1]


def _first_chars_parts(pattern: str, flags: int, k: int) -> tuple[str, str] | None:
    """(the class of first characters, "" when none; the trie of starts) of
    :func:`first_chars`."""
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
    return _union_first(trie), "(?=" + _trie_regex(trie) + ")"


def first_chars_guarded(pattern: str, flags: int, k: int = 3) -> str | None:
    r""":func:`first_chars` with :func:`letter_start_guard` between its class of first
    characters and the rest: a position holding a first character passes on to the trie
    of starts only where a match may begin there (not inside a word, for a pattern whose
    every letter-led branch needs none before it). None when either filter cannot be built.

    >>> body = r"\d+|\b(?:one|two|ten)"
    >>> rx = re.compile(first_chars_guarded(body, 0) + "(?:" + body + ")")
    >>> [m.group() for m in rx.finditer("often one, 10 tenants; stone two")]
    ['one', '10', 'ten', 'two']
    """
    parts, guard = _first_chars_parts(pattern, flags, k), letter_start_guard(pattern, flags)
    if parts is None or guard is None:
        return None
    return parts[0] + guard + parts[1]


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
    parts, ends, nocase = [], [], False
    for k in keys:
        if k.startswith("(?i:[") and k.endswith("])"):
            parts.append(k[5:-2])
            nocase = True
        elif k[:1] == "[" and k[-1:] == "]":
            parts.append(k[1:-1])
        else:
            ends.append(k)  # an end of text: no class holds it, it is checked after
    if not parts:
        return ""
    # (one class of them all ignoring case where some do: still every first character)
    cls = "[" + "".join(parts) + "]"
    return "(?=" + "|".join([f"(?i:{cls})" if nocase else cls, *sorted(ends)]) + ")"


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
    if case_matters and _NOCASE in c and (cased := _cased_class(c)) is not None:
        return cased  # (ASCII only: each letter in every form that matches it)
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


# the characters other than ASCII letters that match one where case is ignored, by the
# lower-case letter they match
_LOOKALIKES_OF: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _cased_class(c: frozenset[tuple[Any, Any]]) -> str | None:
    """The class of ``c`` matched ignoring case, written as a class matched with case:
    each ASCII letter in every form that matches it (both cases and the look-alikes of
    "i", "k" and "s"), other ASCII characters, digits and spaces as they are. None where
    ``c`` holds anything else. A class matched with case is one test, and lets the regex
    engine pass over an alternation's branch that starts with it without entering it."""
    parts = []
    for op, av in sorted(c - {_NOCASE}, key=repr):
        if op is C.LITERAL and av < 128:
            ch = chr(av)
            if ch in _ASCII_LETTERS:
                low = ch.lower()
                parts += [low, low.upper(), *_LOOKALIKES_OF.get(low, "")]
            else:
                parts.append(_char(av))
        elif op is C.CATEGORY and av in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            parts.append(_CATEGORY[av])
        else:
            return None
    return "[" + "".join(dict.fromkeys(parts)) + "]"


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


def with_first_chars(rx: re.Pattern[str], k: int = 3, *, letters: bool = False) -> re.Pattern[str]:
    """``rx`` with :func:`first_chars` in front (``rx`` itself when no filter applies):
    the same matches, found faster where few positions can start one. ``letters``: with
    :func:`first_chars_guarded` where it can be built (a pattern searched over words
    whose first characters are common letters).

    >>> with_first_chars(re.compile(r"\\bup|rose", re.I)).pattern
    '(?=(?:[r][o][s]|[u][p]))(?:\\\\bup|rose)'
    """
    ahead = (letters and first_chars_guarded(rx.pattern, rx.flags, k)) or first_chars(
        rx.pattern, rx.flags, k
    )
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


# characters other than ASCII letters that match one where case is ignored ("K" Kelvin
# sign, long s, dotted and dotless i)
_LETTER_LOOKALIKES: Final = frozenset("\u212a\u017f\u0130\u0131")
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def letter_start_guard(pattern: str, flags: int) -> str | None:
    r"""A zero-width check (regex text) that holds at every start of a match of
    ``pattern``: "no ASCII letter here, or none before it (or one of the few letters
    some branch allows before it)". Read from the syntax tree: every branch whose first
    character may be an ASCII letter must say, before it, that no letter precedes
    (``(?<![A-Za-z])``, or ``\b``: before a letter, no word character), or which
    letters may (``(?<=[\d ][kKM])``). None when some
    branch does not (or the pattern uses a construct this reader does not follow).

    In front of a pattern searched over words, it passes by the inside of every word at
    the cost of two character tests.

    >>> letter_start_guard(r"(?<![A-Za-z])(?i:usd)|\$|(?<=\d[kK])eur", 0)
    '(?:(?![A-Za-z])|(?<![A-Za-z])|(?<=[Kk]))'
    >>> letter_start_guard(r"(?<![A-Za-z])usd|eur", 0) is None
    True
    """
    if not _READABLE or int(flags) & _UNREAD_FLAGS:
        return None
    after: set[str] = set()
    try:
        pending = _guarded(P.parse(pattern, int(flags)), int(flags), {False}, after)
    except (_Unsure, re.error):
        return None
    if False in pending:
        return None  # an empty match where a letter may follow a letter
    behind = "|(?<=[" + "".join(sorted(after)) + "])" if after else ""
    return "(?:(?![A-Za-z])|(?<![A-Za-z])" + behind + ")"


def _guarded(items: Any, flags: int, pending: set[bool], after: set[str]) -> set[bool]:
    """Follow ``items`` from states that consumed nothing yet (True: a check said what
    may precede); raise :class:`_Unsure` where a letter may be read unguarded. Returns
    the states of the paths that still consumed nothing."""
    for op, av in items:
        if not pending:
            break
        if op is C.AT:
            if av in _ENDS:
                pending = set()  # the match ends here: nothing more is read
            elif av is C.AT_BOUNDARY:
                pending = {True}  # before a letter, "\b" says no word character precedes
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction < 0 and _behind_ok(op is C.ASSERT_NOT, sub, flags, after):
                pending = {True}
            continue
        if op is C.SUBPATTERN:
            _, add, delete, sub = av
            if (add | delete) & (_UNREAD_FLAGS | _WORD_FLAGS):
                raise _Unsure
            pending = _guarded(sub, (flags | add) & ~delete, pending, after)
            continue
        if op is C.ATOMIC_GROUP:
            pending = _guarded(av, flags, pending, after)
            continue
        if op is C.BRANCH:
            pending = set().union(*(_guarded(b, flags, pending, after) for b in av[1]))
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            inner = _guarded(sub, flags, pending, after)
            pending = pending | inner if lo == 0 else inner
            continue
        if op in (C.LITERAL, C.IN, C.ANY, C.NOT_LITERAL):
            if False in pending and _may_be_letter(op, av, flags):
                raise _Unsure
            pending = set()
            continue
        raise _Unsure
    return pending


def _behind_ok(negative: bool, sub: Any, flags: int, after: set[str]) -> bool:
    """Does the lookbehind ``sub`` rule out an ASCII letter before the position, but for
    letters it names (added to ``after``)?"""
    last = list(sub)[-1:] if sub is not None else []
    if len(last) != 1:
        return False
    op, av = last[0]
    letters = _letters_of(op, av, flags)
    if letters is None:
        return False
    if negative:
        # (?<![A-Za-z]): a one-character check that no ASCII letter precedes (ignoring
        # case it rules out more, still every ASCII letter)
        return len(list(sub)) == 1 and letters >= _ASCII_LETTERS
    if flags & _NOCASE_FLAG:
        letters = {v for c in letters for v in (c.lower(), c.upper())}
    after.update(letters)  # (?<=...[kKM]): these letters may precede
    return True


def _letters_of(op: Any, av: Any, flags: int) -> set[str] | None:
    """The ASCII letters a class or literal holds; None when it holds something this
    reader does not follow (a category, a negation, a letter matched ignoring case that
    is not ASCII)."""
    items = [(op, av)] if op is C.LITERAL else list(av) if op is C.IN else None
    if items is None:
        return None
    out: set[str] = set()
    for o, a in items:
        if o is C.LITERAL:
            ch = chr(a)
        elif o is C.RANGE:
            chars = {chr(c) for c in range(a[0], min(a[1], 0x7F) + 1)}
            if a[1] > 0x7F and flags & _NOCASE_FLAG:
                return None
            out |= chars & _ASCII_LETTERS
            continue
        elif o is C.CATEGORY and a in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            continue
        else:
            return None
        if ch in _ASCII_LETTERS:
            out.add(ch)
        elif flags & _NOCASE_FLAG and ch in _LETTER_LOOKALIKES:
            return None
    return out


def _may_be_letter(op: Any, av: Any, flags: int) -> bool:
    """May the character read by this item be an ASCII letter?"""
    letters = _letters_of(op, av, flags) if op in (C.LITERAL, C.IN) else None
    return letters is None or bool(letters)
