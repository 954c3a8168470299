"""English metric phrases: the words of a trie node, grouped by their first letter behind
a lookahead of it, match exactly what the words written one after another match."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import bench_inputs, metrics


@functools.cache
def _ungrouped_lexicon() -> metrics.MetricLexicon:
    """The built-in lexicon with every alternation written word after word."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(metrics, "_GROUP_MIN", 10**9)
        m.setattr(metrics, "_compile_en", metrics._compile_en.__wrapped__)  # not the cached
        lex = metrics.MetricLexicon.load()
        lex.find("", "en")  # compiled now, while patched
        return lex


@functools.cache
def _lexicon() -> metrics.MetricLexicon:
    return metrics.MetricLexicon.load()


def _found(lex: metrics.MetricLexicon, text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.text, m.metric) for m in lex.find(text, "en")]


def test_the_patterns_differ_only_in_grouping() -> None:
    grouped = _lexicon()._compile("en")[0].pattern
    plain = _ungrouped_lexicon()._compiled["en"][0].pattern
    assert grouped != plain  # (else the comparisons below compare a pattern with itself)
    assert "(?=[r])(?:" in grouped and "(?=[r])" not in plain


SENTENCES = [
    "Revenue rose 5%; REVENUE and revenues; rev. growth; net revenue retention was 120%.",
    "Adjusted EBITDA margin was 31% and non-GAAP earnings per share rose to $1.20.",
    "Diluted EPS was $0.41; eps and Eps are not EPS; ARR grew, arr did not.",
    "Gross margin, gross-margin, Gross  Margin and gross\nmargin; operating income’s rise.",
    "Free cash flow, free-cash-flow, FCF; capital expenditures (capex) and Capex.",
    "Same-store sales and comparable store sales; S&P 500; the sales force; sales team.",
    "Total adjusted net income attributable to shareholders; Fully diluted shares outstanding.",
    "17% of revenue, 17 % of total revenue, and 401(k) contributions; 12-month backlog.",
    "Customers’ churn; customer's retention; dollar-based net expansion rate of 118%.",
    "Ｒevenue ſales Kelvin-K and İncome: letters that fold oddly ignoring case.",
    "",
    "no metric here at all, just words",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_grouped_trie_finds_what_the_plain_one_finds(text: str) -> None:
    assert _found(_lexicon(), text) == _found(_ungrouped_lexicon(), text)


def test_grouped_trie_on_the_benchmark_shapes() -> None:
    docs = bench_inputs.en_news(400, seed=3) + bench_inputs.en_calls(1, seed=3)
    found = [_found(_lexicon(), d) for d in docs]
    assert found == [_found(_ungrouped_lexicon(), d) for d in docs]
    assert sum(map(len, found)) > 400  # (metrics were found: the comparison is not empty)


def _words() -> list[str]:
    lex = _lexicon()
    words = {w for p in lex._phrases["en"] for w in re.split(r"[\s\-]+", p) if w}
    return sorted(words | set(metrics.EN_MODIFIERS))[:4000]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_grouped_trie_on_generated_phrase_runs(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_words()), min_size=1, max_size=6))
    cases = data.draw(st.lists(st.sampled_from(["lower", "upper", "title", "keep"]), min_size=len(words), max_size=len(words)))
    seps = data.draw(st.lists(st.sampled_from([" ", "  ", "-", "\n", ", ", "% ", "’", "'s ", ""]), min_size=len(words), max_size=len(words)))
    parts = []
    for w, c, sep in zip(words, cases, seps):
        parts.append((w if c == "keep" else getattr(w, c)()) + sep)
    text = "".join(parts)
    assert _found(_lexicon(), text) == _found(_ungrouped_lexicon(), text)


def test_words_whose_first_letters_share_a_class_stay_ungrouped() -> None:
    # "ſ" (long s) is "s" ignoring case: words starting with either cannot be split apart
    assert metrics._disjoint(["s", "a", "'"])
    assert not metrics._disjoint(["s", "ſ"])
    node = metrics._Node()
    for w in ["sales", "ſales", "assets", "bookings", "capex", "debt", "equity", "fees", "gains"]:
        node.children[w] = metrics._Node()
        node.children[w].terminal = True
        node.first[w] = w[0]
    assert metrics._trie_regex(node, " ") == "|".join(sorted(node.children, key=lambda f: (-len(f), f)))
    del node.children["ſales"], node.first["ſales"]
    assert "(?=[s])" not in metrics._trie_regex(node, " ")  # one word a group: no lookahead
    node.children["sga"] = metrics._Node()
    node.children["sga"].terminal = True
    node.first["sga"] = "s"
    assert "(?=[s])(?:sales|sga)" in metrics._trie_regex(node, " ")
