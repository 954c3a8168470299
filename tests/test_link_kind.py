"""extractor.linking.kind: is a value an actual result, guidance or a target?"""

from __future__ import annotations

import pytest
from link_sentences import make_sentence, value

from extractor.linking.kind import guidance_cues, kind_of, target_cues


def kind(text: str, written: str, lang: str = "en") -> str:
    s = make_sentence(text, lang)
    return kind_of(s, value(s, written), target_cues(s), guidance_cues(s))


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("For next year we anticipate freight revenue of $640 million.", "$640 million", "guidance"),
        ("Freight revenue was $610 million, in line with our outlook.", "$610 million", "actual"),
        ("We aim to reach an operating margin of 25% by 2030.", "25%", "target"),
        # the cue after the value belongs to a new subject: the value is a result
        ("We closed with 3,100 dealers and we anticipate more next year.", "3,100", "actual"),
        ("Handset units of 4 million are anticipated for the holiday quarter.", "4 million", "guidance"),
        # an outlook said as "a range of X to Y" in a sentence without past tense
        ("That gives a diluted EPS range of $3.10 to $3.30.", "$3.10 to $3.30", "guidance"),
        # a comparison between the value and the outlook word: the word is the other figure's
        ("Bookings came in at $820 million vs. $790 million expected.", "$820 million", "actual"),
        ("Bookings came in at $820 million vs. $790 million expected.", "$790 million", "guidance"),
        ("Unit cost was $4.10, below the $4.30 we had forecast.", "$4.10", "actual"),
        ("Fleet uptime reached 97%, above our target of 95%.", "97%", "actual"),
        ("Freight revenue of $5 million and handling fees of $2 million are expected.", "$5 million", "guidance"),
    ],
)
def test_english_kind(text: str, written: str, expected: str) -> None:
    assert kind(text, written) == expected


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("甲乙科技预计明年营收将达到80亿元。", "80亿元", "guidance"),
        ("丙丁股份的目标是三年后净利润突破5亿元。", "5亿元", "target"),
        ("甲乙科技去年营收为60亿元，符合预期。", "60亿元", "actual"),
    ],
)
def test_chinese_kind(text: str, written: str, expected: str) -> None:
    assert kind(text, written, "zh") == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("We told you to expect margins of 30%; we came in at 31.5%.", ["guidance", "actual"]),
        ("We expected margins of 30%, but we came in at 31.5%.", ["guidance", "actual"]),
        ("We had guided to sales of $800 million and delivered $820 million.", ["guidance", "actual"]),
        # an outlook listing several figures still reaches them all
        ("We expect sales of $900 million and EBITDA of $200 million.", ["guidance", "guidance"]),
    ],
)
def test_a_result_reported_after_its_outlook_is_actual(text: str, kinds: list[str]) -> None:
    from extractor import extract

    assert [r.kind for r in extract(text)] == kinds


def test_a_second_predicate_s_outlook_does_not_reach_back() -> None:
    from extractor import extract

    got = {r.text: r.kind for r in extract(
        "Pinemoor booked a $38 million charge for the recall and now sees sales growth of 3% to 4% next year."
    )}  # fmt: skip
    assert got == {"$38 million": "actual", "3% to 4%": "guidance"}
    got = {r.text: r.kind for r in extract("Freight revenue was $90 million and is expected to reach $110 million.")}
    assert got == {"$90 million": "actual", "$110 million": "guidance"}


def test_a_result_given_as_the_reason_after_an_outlook_is_a_result() -> None:
    from extractor import extract

    got = {r.text: r.kind for r in extract(
        "Corvane raised its annual sales forecast to 6%-7%, after second-quarter profit rose 14% to $210 million."
    )}  # fmt: skip
    assert got == {"6%-7%": "guidance", "14%": "actual", "$210 million": "actual"}
    got = {r.text: r.kind for r in extract("Corvane expects revenue of $4 billion after the merger closes.")}
    assert got == {"$4 billion": "guidance"}
