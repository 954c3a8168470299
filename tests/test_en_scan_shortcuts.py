"""Shortcuts of the English value scan give what the paths they replace give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs, quantity_grammar
from extractor.normalize import prefilter
from extractor.normalize.prefilter import first_chars

EN_SENTENCES = [
    "Revenue rose 12% to $3.2 billion, or $1.05 per share, from $2.9 billion a year earlier.",
    "The lender said it would cut about 2,500 jobs - roughly a fifth of its staff - by 2025.",
    "Shares of the miner slid 4.5% to C$18.20; the stock has lost a third since January 3.",
    "It sees fiscal 2024 sales of between $640 million and $655 million, above estimates.",
    "The fund raised EUR 450m and US$ 1.2bn, plus ¥30 billion and HK$ 80 million in Asia.",
    "Net loss narrowed to (3.4) million pounds; margins widened 150 bps to 21.5 percent.",
    "Twenty-five analysts expect one hundred and ten thousand units, up from nine thousand.",
    "Half a million customers paid Rs. 450 crore and 75 USD million, cost us $12m in Q3.",
    "Call 555-1234 or +1-222-333-4444 before 10:30 a.m.; see Form 10-K and iPhone 15 Pro.",
    "Dow +0.3%, S&P 500 -1.2%; the 10-year yield rose 12 basis points to 4.25 pct.",
    "PS6m deal, a 10-pound turkey, 1080p video, 3M and 5G, kr 45 and 30 MUSD, 120 kEUR.",
    "Pinecrest plans a 12-cent-a-share dividend and a $479 million yen-denominated bond.",
    "approx. 40 thousand tons, more than 7 3/4% coupon, less than ½ of the 6¼% notes",
    "Tens of millions of dollars; hundreds of thousands of euros; north of $1 trillion.",
    "",
    "no numbers at all in this sentence, only words like eleven-ish and tenfold",
    "ſix hundred ſhares at $5; K 7 and İ 8 and ı 9 ſeventy",
]


def en_texts() -> list[str]:
    return EN_SENTENCES + bench_inputs.en_news(150, seed=11) + bench_inputs.en_calls(1, seed=3)


# -- first-character filters: an ASCII letter matched ignoring case, written out in every form --

_ALL_CHARS = [chr(c) for c in range(0x110000)]


@pytest.fixture(scope="module")
def letter_lookalikes() -> set[str]:
    """Every character that matches an ASCII letter where case is ignored."""
    rx = re.compile("(?i:[A-Za-z])")
    return {c for c in _ALL_CHARS if rx.fullmatch(c)}


def _items(chars: str) -> frozenset[tuple[object, object]]:
    """The parsed class items of ``chars`` read ignoring case (as the filter holds them)."""
    return frozenset({*((prefilter.C.LITERAL, ord(c)) for c in chars), prefilter._NOCASE})


def test_each_letter_written_out_matches_what_it_matches_ignoring_case(
    letter_lookalikes: set[str],
) -> None:
    for letter in "abcdefghijklmnopqrstuvwxyzAKS":
        cased = prefilter._cased_class(_items(letter))
        assert cased is not None
        want = {c for c in letter_lookalikes if re.fullmatch(f"(?i:[{letter}])", c)}
        assert {c for c in letter_lookalikes if re.fullmatch(cased, c)} == want, letter
        # (and nothing else: a character matching neither is no ASCII letter's look-alike)
        assert re.fullmatch(cased, "0") is None


def test_other_ascii_written_out_matches_what_it_matches_ignoring_case() -> None:
    others = "".join(chr(c) for c in range(128) if not chr(c).isalpha())
    cased = prefilter._cased_class(_items(others))
    assert cased is not None
    rx_cased, rx_nocase = re.compile(cased), re.compile("(?i:[" + re.escape(others) + "])")
    assert [c for c in _ALL_CHARS if rx_cased.fullmatch(c)] == [
        c for c in _ALL_CHARS if rx_nocase.fullmatch(c)
    ]
    digits_spaces = frozenset(
        {(prefilter.C.CATEGORY, prefilter.C.CATEGORY_DIGIT),
         (prefilter.C.CATEGORY, prefilter.C.CATEGORY_SPACE), prefilter._NOCASE}
    )  # fmt: skip
    cased = prefilter._cased_class(digits_spaces)
    assert cased == r"[\d\s]"
    assert [c for c in _ALL_CHARS if re.fullmatch(cased, c)] == [
        c for c in _ALL_CHARS if re.fullmatch(r"(?i:[\d\s])", c)
    ]


def test_a_class_with_more_than_ascii_stays_ignoring_case() -> None:
    assert prefilter._cased_class(_items("aé")) is None
    assert prefilter._cased_class(_items("a负")) is None
    word = frozenset({(prefilter.C.CATEGORY, prefilter.C.CATEGORY_WORD), prefilter._NOCASE})
    assert prefilter._cased_class(word) is None


def _filter_ignoring_case(pattern: str, flags: int, k: int = 3) -> str | None:
    """The filter as written before: every class read ignoring case kept as ``(?i:[...])``."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(prefilter, "_cased_class", lambda c: None)
        return first_chars(pattern, flags, k)


CASED_PATTERNS = [
    (quantity_grammar._CORE_ARABIC + "|" + quantity_grammar._EN_WORDS, 0),
    (r"(?<![A-Za-z])(?i:about|approx\.|around|nearly|in\sexcess\sof)\s{1,2}$", 0),
    (r"(?i:six|seven|kilo|Ian|str)\d|[$€](?i:us|hk)?|\d+(?i:k)", 0),
    (r"(?i:q[1-4])|(?i:fy)\s?\d\d|H[12]|(?i:écu)s", 0),
]
CASED_ALPHABET = "aAbBiIİıkKKsSſtTxXuUhHqQfFyYéÉ0123456789 .,$€-\n"


@pytest.mark.parametrize(("pattern", "flags"), CASED_PATTERNS)
def test_cased_filter_finds_what_the_filter_ignoring_case_finds_on_sentences(
    pattern: str, flags: int
) -> None:
    fast = first_chars(pattern, flags)
    slow = _filter_ignoring_case(pattern, flags)
    assert fast is not None and slow is not None and fast != slow
    rx_fast = re.compile(fast + "(?:" + pattern + ")", flags)
    rx_slow = re.compile(slow + "(?:" + pattern + ")", flags)
    for text in en_texts():
        assert [m.span() for m in rx_fast.finditer(text)] == [m.span() for m in rx_slow.finditer(text)]
        for at in range(0, len(text) + 1, 3):
            assert bool(re.compile(fast).match(text, at)) == bool(re.compile(slow).match(text, at))


@pytest.mark.parametrize(("pattern", "flags"), CASED_PATTERNS)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=CASED_ALPHABET, max_size=30))
def test_cased_filter_accepts_where_the_filter_ignoring_case_accepts(
    pattern: str, flags: int, text: str
) -> None:
    fast, slow = first_chars(pattern, flags), _filter_ignoring_case(pattern, flags)
    assert fast is not None and slow is not None
    rx_fast, rx_slow = re.compile(fast, flags), re.compile(slow, flags)
    for at in range(len(text) + 1):
        assert bool(rx_fast.match(text, at)) == bool(rx_slow.match(text, at)), (text, at)
