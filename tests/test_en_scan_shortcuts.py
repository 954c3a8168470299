"""Shortcuts of the English value scan give what the paths they replace give."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs, currencies, quantity_grammar
from extractor.currencies import CurrencyTable
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


# -- currency marks: runs of first-character groups behind one lookahead -------------------------


def _quokka_dir(tmp: Path) -> Path:
    (tmp / "currencies.jsonl").write_text(
        json.dumps({"code": "XQQ", "name": "Quokka dollar", "symbols": ["Q$", "Qk"],
                    "en": ["quokka dollars"], "zh": ["袋鼠币"]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    return tmp


@pytest.fixture(scope="module")
def table_pairs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[CurrencyTable, CurrencyTable]]:
    """(table, the same table with its marks in one flat alternation), built-in and extended."""
    d = _quokka_dir(tmp_path_factory.mktemp("cur"))
    def build(dirs: tuple[Path, ...]) -> CurrencyTable:
        if dirs:
            return CurrencyTable.load(dirs)
        return CurrencyTable(
            currencies.read_currencies_file(currencies.builtin_patterns_dir() / currencies.CURRENCIES_FILE)
        )  # (not the table read once: built anew)

    pairs = []
    for dirs in ((), (d,)):
        table = build(dirs)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(currencies, "_RUN_MIN", 10**9)
            flat = build(dirs)
        assert table.suffix_source != flat.suffix_source
        assert table.prefix_source != flat.prefix_source
        pairs.append((table, flat))
    return pairs


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict() and a.lastindex == b.lastindex


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """The windows the scanner searches before a number: up to 24 characters before ``s``."""
    for s in range(len(text) + 1):
        yield max(0, s - 24), s


def test_two_level_marks_match_as_the_flat_alternation_on_sentences(
    table_pairs: list[tuple[CurrencyTable, CurrencyTable]],
) -> None:
    texts = en_texts() + bench_inputs.zh_news(60, seed=12) + [
        "Q$ 5m and Qk 12, 30 quokka dollars, 袋鼠币2亿元", "人民币26.3亿元，港币100元，美元兑日元",
    ]
    for table, flat in table_pairs:
        for fast_src, flat_src in (
            (table.suffix_source, flat.suffix_source), (table.prefix_source, flat.prefix_source)
        ):  # fmt: skip
            fast, slow = re.compile("(?:" + fast_src + ")"), re.compile("(?:" + flat_src + ")")
            for text in texts:
                for at in range(len(text) + 1):
                    assert _same(fast.match(text, at), slow.match(text, at)), (text, at)
        g = quantity_grammar._grammar(table)
        suffix_flat = quantity_grammar._suffix_regex(flat.suffix_source)
        pre_flat = quantity_grammar._pre_regex(flat.prefix_source)
        for text in texts:
            for at in range(len(text) + 1):
                assert _same(g.suffix.match(text, at), suffix_flat.match(text, at)), (text, at)
            for lo, s in _windows(text):
                assert _same(g.pre.search(text, lo, s), pre_flat.search(text, lo, s)), (text, s)


MARK_PIECES = [
    "", " ", "  ", "5", "12.5", "$", "US$", "US $", "C$", "A$", "HK$", "€", "£", "¥", "Q$", "Qk",
    "USD", "usd", "EUR", "eur", "RMB", "Rs.", "Rs", "R", "kr", "zł", "Kč", "p", "per", "pence",
    "pounds", "dollars", "Canadian dollars", "quokka dollars", "yuan", "yen", "million", "m",
    "k", "M", "人民币", "港元", "美元", "袋鼠币", "元", "(", ")", "-", "x", "\u212a", "ſ",
]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(MARK_PIECES), max_size=6), i=st.integers(0, 1))
def test_two_level_marks_match_as_the_flat_alternation(
    table_pairs: list[tuple[CurrencyTable, CurrencyTable]], parts: list[str], i: int
) -> None:
    table, flat = table_pairs[i]
    text = "".join(parts)
    for fast_src, flat_src in (
        (table.suffix_source, flat.suffix_source), (table.prefix_source, flat.prefix_source)
    ):  # fmt: skip
        fast, slow = re.compile("(?:" + fast_src + ")"), re.compile("(?:" + flat_src + ")")
        for at in range(len(text) + 1):
            assert _same(fast.match(text, at), slow.match(text, at)), (text, at)


# -- the number scan: a letter check between its first characters and its trie of starts --

WORD_BOUNDARY_GUARDED = [
    r"\d+|\b(?:one|two|ten)",
    r"(?<!\d)\d+(?:\.\d+)?|\b(?i:a(?=[ ]million)|seven|six)\b",
    r"\b(?:up|down)|(?<![A-Za-z])rose|\$\d",
]
GUARD_ALPHABET = "onetwsvixaAuUpdrS$ 0123456789.\n-ſ_é"


def _searches(rx: re.Pattern[str], text: str) -> list[object]:
    out: list[object] = []
    for pos in range(len(text) + 1):
        m = rx.search(text, pos)
        out.append(None if m is None else (m.span(), m.groupdict()))
    return out


@pytest.mark.parametrize("pattern", WORD_BOUNDARY_GUARDED)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=GUARD_ALPHABET, max_size=24))
def test_word_boundary_counts_as_a_letter_check(pattern: str, text: str) -> None:
    guard = prefilter.letter_start_guard(pattern, 0)
    assert guard is not None
    guarded = re.compile(guard + "(?:" + pattern + ")")
    assert _searches(guarded, text) == _searches(re.compile(pattern), text)


def test_no_letter_check_where_a_branch_has_no_word_boundary() -> None:
    assert prefilter.letter_start_guard(r"\bup|rose", 0) is None
    assert prefilter.letter_start_guard(r"\Bup|\brose", 0) is None


def _master_unguarded() -> re.Pattern[str]:
    body = re.compile(quantity_grammar._CORE_ARABIC + "|" + quantity_grammar._EN_WORDS)
    return prefilter.with_first_chars(body, 3)


def test_number_scan_is_guarded() -> None:
    fast, plain = quantity_grammar._MASTER["en"], _master_unguarded()
    assert fast.pattern != plain.pattern and "(?<![A-Za-z])" in fast.pattern
    assert fast.groupindex == plain.groupindex


def test_number_scan_finds_what_the_unguarded_scan_finds_on_sentences() -> None:
    fast, plain = quantity_grammar._MASTER["en"], _master_unguarded()
    found = 0
    for text in en_texts():
        got = _searches(fast, text)
        assert got == _searches(plain, text), text
        found += sum(g is not None for g in got)
    assert found > 1000


NUMBER_PIECES = [
    "", " ", "-", "one", "Twenty", "seven", "ſeven", "ſix", "a", "an", "A", " million", "hundred",
    "and", "point", "five", "often", "stone", "tenants", "2", "12.5", ",000", "3/4", " 3/4", "¼",
    ".5", "FY", "Q", "x", "$", "%", "亿", "万", "\u212a", "İ", "ı", "_", "é",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=8).map("".join))
def test_number_scan_finds_what_the_unguarded_scan_finds(text: str) -> None:
    assert _searches(quantity_grammar._MASTER["en"], text) == _searches(_master_unguarded(), text)
