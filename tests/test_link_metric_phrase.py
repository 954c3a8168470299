"""extractor.linking.metric_phrase: the phrase naming a value no lexicon metric names."""

from __future__ import annotations

import pytest
from link_sentences import make_sentence, value

from extractor.linking.metric_phrase import _counted_noun, _other_metric_text, _verb_metric_text


def phrase(text: str, written: str, lang: str = "en") -> str | None:
    s = make_sentence(text, lang)
    q = value(s, written)
    left = max(0, q.start - (120 if lang == "en" else 40))
    return _other_metric_text(s, q, left) or _verb_metric_text(s, q, left)


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("Our order backlog reached $2.3 billion.", "$2.3 billion", "order backlog"),
        ("We recorded $14 million of restructuring charges.", "$14 million", "restructuring charges"),
        ("The $600 million term loan matures soon.", "$600 million", "term loan"),
        ("Last month the group donated $3 million.", "$3 million", "donated"),
        ("甲乙科技斥资3亿元。", "3亿元", "斥资"),
    ],
)
def test_the_phrase_around_the_value(text: str, written: str, expected: str) -> None:
    lang = "zh" if "亿" in text else "en"
    assert phrase(text, written, lang) == expected


def test_nothing_names_a_value_after_a_pronoun() -> None:
    assert phrase("It was $5 million.", "$5 million") is None


def test_a_count_names_its_noun_but_not_a_span_of_time() -> None:
    s = make_sentence("We hired 450 engineers over 3 years.")
    assert _counted_noun(s, value(s, "450")) == "engineers"
    assert _counted_noun(s, value(s, "3")) is None
