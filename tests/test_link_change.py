"""extractor.linking.change: is a value the amount a metric moved by, or the level it reached?"""

from __future__ import annotations

import pytest
from link_sentences import make_sentence, value

from extractor.linking.change import detect_change


def change_of(text: str, written: str, lang: str = "en") -> str | None:
    s = make_sentence(text, lang)
    q = value(s, written)
    return detect_change(s, q, max(0, q.start - (120 if lang == "en" else 40)))


@pytest.mark.parametrize(
    ("text", "written", "change"),
    [
        ("Subscription income climbed 14% to $88 million.", "14%", "up"),
        ("Subscription income climbed 14% to $88 million.", "$88 million", None),
        ("Freight margin contracted by 120 basis points.", "120 basis points", "down"),
        ("Organic volume finished the year 3% lower.", "3%", "down"),
        # a level verb right before the value wins over a change word after it
        ("Organic volume was 3% lower.", "3%", None),
        ("Same-store traffic came in at +2% for the period.", "+2%", "up"),
        ("Unit margin went from 31% to 33%.", "31%", None),
        # the expectation a result is compared with did not move ("missing the ...")
        ("Orders slid 4% to $8.1 billion, missing the $8.4 billion analysts had forecast.", "$8.4 billion", None),
        ("Orders slid 4% to $8.1 billion, missing the $8.4 billion analysts had forecast.", "4%", "down"),
        ("Orders were flat versus last year and up by $5 million on the quarter.", "$5 million", "up"),
        # a minus-signed percentage compared with a period before is a fall; alone a level
        ("Cloud revenue: $2.2bn (-3% y/y).", "-3%", "down"),
        ("Segment margin was -3% in the quarter.", "-3%", None),
        # a write-down's amount is no fall; a metric that went down still moves
        ("The miner wrote down 4.1 billion Swiss francs of assets.", "4.1 billion Swiss francs", None),
        ("Its loan book was written down by $800 million.", "$800 million", None),
        ("Freight income was down 6% on the year.", "6%", "down"),
        # a comparative's figure in a bracket is no move, a move in one still is
        ("Trading profit climbed to £640m (2022: £590m).", "£590m", None),
        ("Trading profit climbed to £640m (2022: £590m; 2021: £560m).", "£560m", None),
        ("Trading profit (2022: up 3%) climbed to £640m.", "3%", "up"),
    ],
)
def test_english_change_or_level(text: str, written: str, change: str | None) -> None:
    assert change_of(text, written) == change


@pytest.mark.parametrize(
    ("text", "written", "change"),
    [
        ("甲乙科技本季度毛利同比下降6%，至12亿元。", "6%", "down"),
        ("甲乙科技本季度毛利同比下降6%，至12亿元。", "12亿元", None),
        ("丙丁公司订单金额增长了15%。", "15%", "up"),
        # Taiwan's words (成長, 衰退) and setting verbs (上调, 下調)
        ("甲乙電子本季營收較去年同期成長21%。", "21%", "up"),
        ("甲乙電子本季營收衰退8%。", "8%", "down"),
        ("丙丁银行将贷款利率上调0.5个百分点。", "0.5个百分点", "up"),
        ("丙丁銀行將存款準備金率下調0.25個百分點。", "0.25個百分點", "down"),
        # 成长 across a word boundary ("变成长城") is no growth
        ("合资公司股权结构变成长城汽车和甲方各占50%。", "50%", None),
    ],
)
def test_chinese_change_or_level(text: str, written: str, change: str | None) -> None:
    assert change_of(text, written, "zh") == change


def test_the_verb_before_a_metric_moves_its_value_after_by() -> None:
    from extractor import extract

    [r] = [r for r in extract("The central bank cut its policy rate by 50 basis points.") if r.unit == "bp"]
    assert (r.metric, r.change) == ("interest_rate", "down")
    [r] = [r for r in extract("Gross margin by segment was 40%.") if r.unit == "%"]
    assert r.change is None


@pytest.mark.parametrize(
    ("text", "metric", "change"),
    [
        ("The monetary authority raised the repo rate by 75 basis points.", "interest_rate", "up"),
        ("The central bank lifted its key rate by 500 basis points to 30%.", "interest_rate", "up"),
        ("Lenders lowered their benchmark interest rate by 0.25 percentage points.", "interest_rate", "down"),
        ("Acme trimmed its net debt by $200 million.", "debt", "down"),
    ],
)
def test_a_verb_that_sets_a_metric_moves_its_value_after_by(text: str, metric: str, change: str) -> None:
    from extractor import extract

    r = extract(text)[0]
    assert (r.metric, r.change) == (metric, change)


def test_a_setting_verb_alone_makes_no_move() -> None:
    from extractor import extract

    # a sum raised is a level; the verb moves a value only through "metric by value"
    assert [r.change for r in extract("The start-up raised $50 million from investors.")] == [None]
    assert [r.change for r in extract("The bank's key rate was raised to 5.5%.")] == [None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hyundai's net profit slumped 40% to 1.2 trillion won ($900 million).", "en"),
        ("The miner's profit fell 12% to A$3.1 billion (about US$2 billion).", "en"),
        ("现代汽车净利润下降40%至1.2万亿韩元（约合9亿美元）。", "zh"),
    ],
)
def test_the_same_sum_in_brackets_moved_as_the_sum_before_it(text: str, lang: str) -> None:
    from extractor import extract

    money = [r for r in extract(text, lang=lang) if r.unit not in ("%",)]
    assert len(money) == 2 and [r.change for r in money] == [None, None]
    moved = [r for r in extract("Its profit fell by 2 billion won ($1.5 million) to 9 billion won.", lang="en")]
    assert [r.change for r in moved][:2] == ["down", "down"]
