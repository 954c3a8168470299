r"""The word-boundary gate of a filtered cue (``\b`` in front where every match starts at
one) never changes what the cue finds, and is put only where that holds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs, filing, quantities
from extractor.linking import change
from extractor.normalize import prefilter
from extractor.normalize.prefilter import first_chars, starts_at_word_boundary, with_first_chars


@pytest.mark.parametrize(
    ("pattern", "flags", "gated"),
    [
        (r"\bup\b|\brose\b", re.IGNORECASE, True),
        (r"\b(?:up|rose)\b", re.IGNORECASE, True),
        (r"(?:\bby|\b(?:up|down)(?:\s+of)?)\s*(?:an?\s+)?$", re.IGNORECASE, True),
        (r"(?<=\s)\bto", 0, True),  # other zero-width checks before it
        (r"(?=t)\bto|(?!x)\bat", 0, True),
        (r"(?>\bx|\by)z", 0, True),
        (r"\bup|rose", re.IGNORECASE, False),  # a branch without it
        (r"rose\b", 0, False),
        (r"(?:\bx)*y", 0, False),  # a repeat may be empty
        (r"(?:\bx)?y", 0, False),
        (r"(?a:\bx)", 0, False),  # another reading of word characters
        (r"(?u:\bx)", 0, False),
        (r"\Bx", 0, False),
        (r"((?=a))\bx", 0, False),  # (a group of zero width before it: unsure, no gate)
        (r"[", 0, False),  # not a pattern
    ],
)
def test_which_patterns_start_at_a_word_boundary(pattern: str, flags: int, gated: bool) -> None:
    assert starts_at_word_boundary(pattern, flags) is gated


def _ungated(rx: re.Pattern[str], k: int) -> re.Pattern[str]:
    """What :func:`with_first_chars` gave before the gate: the lookahead alone."""
    ahead = first_chars(rx.pattern, rx.flags, k)
    assert ahead is not None
    return re.compile(ahead + "(?:" + rx.pattern + ")", rx.flags)


def _strip(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The cue as written (without what :func:`with_first_chars` put in front)."""
    p = rx.pattern
    j = p.index("(?=")
    while p.startswith("(?=", j):  # past the lookaheads (their classes hold no bracket unescaped)
        depth = 0
        while True:
            depth += (p[j] == "(" and p[j - 1] != "\\") - (p[j] == ")" and p[j - 1] != "\\")
            j += 1
            if depth == 0:
                break
    assert p.startswith("(?:", j)
    return re.compile(p[j + 3 : -1], rx.flags)


# the gated cues of the package (each with the k its filter was built with)
CUES = [
    ("change up", change._CHANGE["en"][0], 3),
    ("change down", change._CHANGE["en"][1], 3),
    ("change before", change._CHANGE_BEFORE["en"], 3),
    ("level before", change._LEVEL_BEFORE["en"], 3),
    ("from before", change._FROM_BEFORE["en"], 3),
    ("filing defined", filing._DEFINED, 4),
    ("filing weak", filing._WEAK, 1),
]


def test_the_cues_are_gated() -> None:
    for name, rx, _ in CUES:
        assert rx.pattern.startswith(r"\b(?="), name


TEXTS = [
    "Revenue rose 12% to $5 million, up from $4 million; costs fell by 3%.",
    "Sales were up 4%, reaching $10 billion, compared to $9 billion a year ago.",
    "REVENUE ROSE; revenue_rose; rose2; 2rose; up-front; setup; uproar; Rose Group.",
    "Margins narrowed versus last year and declined vs. 2020; decreased to 4%.",
    "Ｕp 5%, ｒose 3%: fullwidth letters are word characters too; naïve rose; été up.",
    "The Company recorded goodwill impairment; the companies' accrued liabilities rose.",
    "营收同比增长12% up 3% 上涨 rose",
    "",
]

ALPHA = "rosupdwnflbyverst RUPOSE_2é.,%$-\n的"


@pytest.mark.parametrize(("name", "rx", "k"), CUES, ids=[c[0] for c in CUES])
def test_gated_cues_find_what_ungated_ones_find(name: str, rx: re.Pattern[str], k: int) -> None:
    plain = _strip(rx)
    assert with_first_chars(plain, k).pattern == rx.pattern  # (the cue rebuilt as it is)
    old = _ungated(plain, k)
    docs = [*TEXTS, *bench_inputs.en_news(200, seed=5)]
    for t in docs:
        assert [m.span() for m in rx.finditer(t)] == [m.span() for m in old.finditer(t)], t
        for pos in range(0, len(t), 7):  # searched from inside the text, as the linker does
            a, b = rx.search(t, pos), old.search(t, pos)
            assert (a and a.span()) == (b and b.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHA, max_size=40), st.integers(0, 40))
def test_gated_cues_on_generated_text(text: str, pos: int) -> None:
    for _, rx, k in CUES:
        old = _ungated(_strip(rx), k)
        a, b = rx.search(text, pos), old.search(text, pos)
        assert (a and a.span()) == (b and b.span())
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_ungated_patterns_stay_as_they_were() -> None:
    # a cue some match of which starts inside a word keeps the lookahead alone
    assert not quantities._QUAL_BEFORE.pattern.startswith(r"\b")
    assert not with_first_chars(re.compile(r"\bup|rose", re.IGNORECASE)).pattern.startswith(r"\b")
    assert with_first_chars(re.compile(r"\bup|\brose", re.IGNORECASE)).pattern.startswith(r"\b(?=")


# -- one class of every first character, checked before the trie of starts -----------------

UNION_PATTERNS = [
    (r"\b(?:up|rose|grew|climbed|jumped|soared|increased)\b", re.IGNORECASE),
    (r"(?:march|may|june|july)\s\d|q[1-4]|fy\d\d|h[12]", re.IGNORECASE),
    (r"\d{1,3}(?:,\d{3})+|\.\d+|[$€]\s?\d", 0),
    (r"[一二三四五六七八九十]{1,3}月|第[一二三四]季度|\d+年|上半年|去年", 0),
    (r"(?i:revenue)|(?i:sales)|income|EPS|ARR", 0),  # some classes ignore case, some not
    (r"x$|y\Z|zz|ab", 0),  # an end of text may follow a first character
]
UNION_ALPHA = "upROSEgrewcimbdjsoanyMAYJUNE q1234fyh,.$€0-9一二月第季度年上半去 EPSARRrevnuslitxz\n"


def _no_union(pattern: str, flags: int) -> re.Pattern[str]:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(prefilter, "_UNION_MIN", 10**9)
        ahead = first_chars(pattern, flags)
    assert ahead is not None
    return re.compile(ahead + "(?:" + pattern + ")", flags)


@pytest.mark.parametrize(("pattern", "flags"), UNION_PATTERNS)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=UNION_ALPHA, max_size=40))
def test_first_character_class_changes_no_match(pattern: str, flags: int, text: str) -> None:
    ahead = first_chars(pattern, flags)
    assert ahead is not None
    with_union = re.compile(ahead + "(?:" + pattern + ")", flags)
    plain = re.compile(pattern, flags)
    without = _no_union(pattern, flags)
    want = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in with_union.finditer(text)] == want
    assert [m.span() for m in without.finditer(text)] == want


def test_first_character_class_where_it_is_put() -> None:
    up = first_chars(UNION_PATTERNS[0][0], re.IGNORECASE)
    assert up is not None and up.startswith("(?=[") and up.count("(?=") == 2
    few = first_chars(r"up|rose", re.IGNORECASE)
    assert few is not None and few.count("(?=") == 1  # two first characters: no class
    cased = first_chars(UNION_PATTERNS[4][0], 0)
    # ASCII letters ignoring case are written out in every form: one class matched with case
    assert cased is not None and cased.startswith("(?=[") and cased.count("(?=") == 2
    mixed = first_chars(r"(?i:écus)|(?i:sales)|income|EPS|ARR", 0)
    # some classes ignore case: the one class does too (a wider filter, never narrower)
    assert mixed is not None and mixed.startswith("(?=(?i:[") and mixed.count("(?=") == 2
    ends = first_chars(UNION_PATTERNS[5][0], 0, 2)
    assert ends is not None and ends.count("(?=") == 2  # x, y, z, a: classes; ends come after
