"""extractor.linking.period: a value's own period, and the periods only compared with."""

from __future__ import annotations

from link_sentences import make_sentence, value

from extractor.linking.period import _full_year_after, is_reference, pick_period
from extractor.records import Period


def test_each_value_keeps_the_period_written_with_it() -> None:
    s = make_sentence("Licence income was $7 million in 2023, compared with $5 million in 2022.")
    assert pick_period(s, value(s, "$7 million"), None) == Period.year(2023)
    assert pick_period(s, value(s, "$5 million"), None) == Period.year(2022)


def test_a_compared_period_is_a_reference_not_the_values() -> None:
    s = make_sentence("Licence income rose 9% versus 2022.")
    [p] = s.periods
    assert is_reference(s, p)
    assert pick_period(s, value(s, "9%"), None) is None


def test_a_span_ahead_is_not_a_reference() -> None:
    s = make_sentence("We plan to add 40 stores over the next three years.")
    assert s.periods and not any(is_reference(s, p) for p in s.periods)


def test_the_carried_period_applies_unless_the_sentence_moves_away_in_time() -> None:
    carried = Period.quarter(2023, 2)
    s = make_sentence("Licence income was $7 million.")
    assert pick_period(s, value(s, "$7 million"), carried) == carried
    earlier = make_sentence("Earlier, licence income was $7 million.")
    assert pick_period(earlier, value(earlier, "$7 million"), carried) is None


def test_chinese_period_before_the_value() -> None:
    s = make_sentence("甲乙科技2023年营收为60亿元。", "zh")
    assert pick_period(s, value(s, "60亿元"), None) == Period.year(2023)


def test_unqualified_guidance_is_for_the_full_year() -> None:
    assert _full_year_after(Period.quarter(2023, 2)) == Period.year(2023)
    assert _full_year_after(Period.quarter(2023, 4)) == Period.year(2024)  # a Q4 call guides next year
    assert _full_year_after(Period.fiscal_quarter(2023, 1)) == Period.fiscal_year(2023)


def test_a_bracketed_comparative_s_period_is_only_its_own_value_s() -> None:
    s = make_sentence("Trading profit was £640m (2022: £590m; 2021: £560m) and cash rose.")
    assert pick_period(s, value(s, "£640m"), None) is None
    assert pick_period(s, value(s, "£590m"), None) == Period.year(2022)
    assert pick_period(s, value(s, "£560m"), None) == Period.year(2021)
    s = make_sentence("Trading profit for 2023 was £640m (2022: £590m).")
    assert pick_period(s, value(s, "£640m"), None) == Period.year(2023)
    s = make_sentence("经营利润为64亿元（2022年：59亿元）。", "zh")
    assert pick_period(s, value(s, "64亿元"), None) is None
    assert pick_period(s, value(s, "59亿元"), None) == Period.year(2022)


def test_a_period_in_a_bracket_without_a_colon_still_dates_the_value_before() -> None:
    s = make_sentence("Trading profit was £640m (fiscal 2022), up 4%.")
    assert pick_period(s, value(s, "£640m"), None) == Period.fiscal_year(2022)
