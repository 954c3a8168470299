"""The start filter of a large alternation never changes what the alternation finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs
from extractor.normalize import periods
from extractor.normalize.prefilter import first_chars

PATTERNS = [
    (r"(?:march|may)\s\d|q[1-4]", re.IGNORECASE),
    (r"(?:the\s{1,3})?(?:first|1st)?\s?(?:quarter|qtr)s?", re.IGNORECASE),
    (r"\d{1,3}(?:,\d{3})+|\.\d+|[$€]\s?\d", 0),
    (r"(?<![A-Za-z])(?:Q|H)[1-4](?![0-9])|FY\s?\d{2,4}", 0),
    (r"(?:a|b)*c|(?i:d)e", re.IGNORECASE),
    (r"(?-i:Ab)c|x(?=y)[^z]", re.IGNORECASE),
    (r"[一二三四五六七八九十]{1,3}月|第[一二三四]季度|\d+年", 0),
    (r"(?:ab){2,5}|a{4}|[\w-]x", 0),
    (r"(?P<sw>(?i:minus|down)\s{1,2})?(?P<s>[-+])?(?P<cur>(?:\$|(?i:usd))\s?)?(?P<lp>\()?$", 0),
    (r"(?i:q)[1-4]|(?i:fy)\d\d\Z", 0),
]
ALPHABET = "abcdeqxyzAQHFYM1234 ,.$€-一二月季度第年x\n(+USDusminusDOWN"


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40))
def test_filter_changes_no_match(pattern: str, flags: int, text: str) -> None:
    ahead = first_chars(pattern, flags)
    assert ahead is not None
    plain = re.compile(pattern, flags)
    filtered = re.compile(ahead + "(?:" + pattern + ")", flags)
    assert _spans(filtered, text) == _spans(plain, text)
    for lo in range(len(text)):  # a window searched up to its end
        got, want = filtered.search(text, lo, len(text) - 1), plain.search(text, lo, len(text) - 1)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"x*", 0),  # may match nothing
        (r".ab", 0),  # starts with any character
        (r"[^a]b", 0),
        (r"(a)\1", 0),  # a back reference is not read
        (r"ab", re.ASCII),
    ],
)
def test_no_filter_when_unsure(pattern: str, flags: int) -> None:
    assert first_chars(pattern, flags) is None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_period_scan_finds_what_the_rules_find(lang: str) -> None:
    """The period scanner stops at every place the bare alternation matches (it checks
    first characters only; the rules decide there, see tests/test_scan_shortcuts.py)."""
    grammar = periods._grammar(lang)
    gate, body = periods._scan_parts(lang)
    texts = (
        bench_inputs.en_news(300) + bench_inputs.en_calls(1)
        if lang == "en"
        else bench_inputs.zh_news(600)
    )
    bare = re.compile(gate + body, periods._FLAGS)
    assert bare.pattern != grammar.scan.pattern
    for t in texts:
        stops = {s for s, _ in _spans(grammar.scan, t)}
        assert {s for s, _ in _spans(bare, t)} <= stops


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_period_rules_skipped_by_first_character_cannot_match(lang: str) -> None:
    """A rule left out for an ASCII character never matches at a position holding it."""
    grammar = periods._grammar(lang)
    texts = bench_inputs.en_news(100) if lang == "en" else bench_inputs.zh_news(200)
    for t in texts:
        for p, ch in enumerate(t):
            if ord(ch) >= 128:
                continue
            kept = {i for i, _ in grammar.by_ascii[ord(ch)]}
            for i, rule in enumerate(grammar.rules):
                m = rule.regex.match(t, p)
                assert i in kept or m is None or m.end() == p, (rule.name, t[p : p + 20])


def test_without_the_syntax_tree_reader_patterns_are_used_as_written(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import re

    from extractor.normalize import prefilter

    rx = re.compile(r"\bup|rose", re.IGNORECASE)
    assert prefilter.with_first_chars(rx) is not rx  # a filter is built where it can be
    monkeypatch.setattr(prefilter, "_READABLE", False)
    assert prefilter.first_chars(rx.pattern, rx.flags) is None
    assert prefilter.with_first_chars(rx) is rx
