"""The caches of written names and phrases give what the uncached functions give.

Names and metric phrases repeat from document to document, so the pure functions that
read a written name (canonical form, pronoun check, where a Chinese name starts, whether
a run can be a name) or a matched phrase (its lookup key) remember their answers, and a
gazetteer remembers its loose look-ups. Each is checked here against the function it
wraps, on names written for these tests and on generated text; so is the shortcut that
keeps a lone company candidate without weighing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import company_gazetteer, company_text, company_words_zh
from extractor.companies import CompanyFinder
from extractor.company_gazetteer import Gazetteer
from extractor.company_text import CompanyEntry

NAMES = [
    "",
    " ",
    "Acme",
    "acme",
    "ACME",
    "Acme Corp.",
    "the Acme Company",
    "The Acme Company's",
    "Acme Widgets Holdings, Inc.,",
    "“Northwind Group Ltd.”",
    "Northwind  Logistics",
    "Bluefin & Co.",
    "our company",
    "We",
    "the Company's",
    "甲乙科技",
    "甲乙科技股份有限公司",
    " 丙丁电器 股份有限公司 ",
    "丙丁集团控股有限公司",
    "戊己银行",
    "戊己银行山西分公司",
    "子公司",
    "该公司",
    "本公司",
    "公司",
    "庚辛A",
    "控股股东庚辛实业",
    "收购壬癸",
    "美国的",
    "二季度",
    "王小明",
    "直接或间接",
    "凯撒旅游",
    "四家银行",
    "Ａｃｍｅ",
]

_TEXT = st.text(
    alphabet=st.sampled_from(list("甲乙丙丁科技股份有限公司集团控股银行该本我们的二季度年月 ,.&'AaBcZ")),
    max_size=14,
)

_CACHED: list[tuple[str, Callable[..., Any], tuple[Any, ...]]] = [
    ("canonical_name", company_text.canonical_name, ()),
    ("is_pronoun_company", company_text.is_pronoun_company, ()),
    ("_best_cut", company_words_zh._best_cut, ()),
    ("_best_cut, min_left=0", company_words_zh._best_cut, (0,)),
    ("_plausible_short_name", company_words_zh._plausible_short_name, ()),
    ("_plausible_short_name, target", company_words_zh._plausible_short_name, (True,)),
]


@pytest.mark.parametrize(("label", "fn", "extra"), _CACHED, ids=[c[0] for c in _CACHED])
def test_cached_name_checks_answer_as_the_functions_they_wrap(
    label: str, fn: Callable[..., Any], extra: tuple[Any, ...]
) -> None:
    plain = fn.__wrapped__  # type: ignore[attr-defined]
    for name in NAMES:
        if not name and label.startswith(("_best_cut", "canonical")):
            continue  # (these are never asked about an empty name)
        want = plain(name, *extra)
        assert fn(name, *extra) == want, name
        assert fn(name, *extra) == want, name  # the second answer comes from the cache


@pytest.mark.parametrize(("label", "fn", "extra"), _CACHED, ids=[c[0] for c in _CACHED])
def test_name_caches_are_bounded(label: str, fn: Callable[..., Any], extra: tuple[Any, ...]) -> None:
    maxsize = fn.cache_info().maxsize  # type: ignore[attr-defined]
    assert maxsize is not None and maxsize <= 8192


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_cached_name_checks_on_generated_runs(w: str) -> None:
    for label, fn, extra in _CACHED:
        if not w.strip() and label.startswith(("_best_cut", "canonical")):
            continue
        plain = fn.__wrapped__  # type: ignore[attr-defined]
        assert fn(w, *extra) == plain(w, *extra), (label, w)


def test_canonical_names_as_documented() -> None:
    # (with the cache warm from the tests above or not, the answers stay the documented ones)
    assert company_text.canonical_name("Acme Widgets Holdings, Inc.,") == "Acme Widgets"
    assert company_text.canonical_name(" 丙丁电器 股份有限公司 ") == "丙丁电器"
    assert company_text.is_pronoun_company("the Company's")
    assert not company_text.is_pronoun_company("Acme")


# -- the gazetteer's memo of loose look-ups ---------------------------------------------


def _small_gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(
        [
            CompanyEntry("Acme", ("Acme Corp", "ACME", "甲乙科技"), "ACME"),
            CompanyEntry("Northwind", ("Northwind Logistics",), None, "en"),
            CompanyEntry("丙丁电器", ("丙丁",), "000999", "zh"),
        ]
    )


@pytest.mark.parametrize("gaz", [Gazetteer.load(), _small_gazetteer()], ids=["built-in", "small"])
def test_loose_lookup_memo_answers_as_the_lookup(gaz: Gazetteer) -> None:
    for name in NAMES + ["Twilio Inc.", "TWLO", "Acme Corp.", "甲乙科技股份有限公司", "丙丁电器股份有限公司A"]:
        want = gaz._lookup_loose(name)
        assert gaz.lookup_loose(name) == want, name
        assert gaz.lookup_loose(name) == want, name  # from the memo
        assert gaz.canonical(name) == (want.name if want else company_text.canonical_name(name))


def test_loose_lookup_memo_is_per_gazetteer() -> None:
    small = _small_gazetteer()
    other = Gazetteer.from_entries([CompanyEntry("Zenith", ("Acme Corp",))])
    assert small.lookup_loose("Acme Corp").name == "Acme"  # type: ignore[union-attr]
    assert other.lookup_loose("Acme Corp").name == "Zenith"  # type: ignore[union-attr]
    assert small.lookup_loose("Zenith") is None


def test_loose_lookup_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(company_gazetteer, "_LOOSE_MEMO_SIZE", 5)
    gaz = _small_gazetteer()
    names = [f"Name{i} Corp" for i in range(20)] + ["Acme Corp.", "丙丁电器股份有限公司"]
    for name in names:
        assert gaz.lookup_loose(name) == gaz._lookup_loose(name)
        assert len(gaz._loose) <= 5
    assert gaz.lookup_loose("Acme Corp.").name == "Acme"  # type: ignore[union-attr]


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_loose_lookup_memo_on_generated_names(name: str) -> None:
    gaz = _GAZ
    assert gaz.lookup_loose(name) == gaz._lookup_loose(name)


_GAZ = _small_gazetteer()


def test_company_mentions_the_same_with_cold_and_warm_caches() -> None:
    texts = [
        "甲乙科技股份有限公司公告称，公司拟以3亿元收购丙丁电器60%股权。",
        "控股股东庚辛实业拟减持不超过200万股，甲乙科技晚间发布公告。",
        "戊己银行山西分公司与该公司签订协议，金额约500万元。",
        "Acme Widgets Holdings, Inc. said revenue rose 5% to $3 million; the Company's margin fell.",
        "Northwind Logistics and Bluefin & Co. agreed terms worth $40 million.",
    ]

    def run() -> list[list[tuple[int, int, str, str | None]]]:
        finder = CompanyFinder.load()
        return [
            [(m.start, m.end, m.name, m.ticker) for m in finder.find(t, "zh" if ord(t[0]) > 0x2000 else "en")]
            for t in texts
        ]

    for _, fn, _ in _CACHED:
        fn.cache_clear()  # type: ignore[attr-defined]
    cold = run()
    warm = run()
    assert cold == warm
    assert any(cold)  # names were found (the comparison is not of empty lists)


# -- resolving candidates: one candidate is kept as it is ----------------------------------


def _resolve_in_full(cands: list[company_text._Cand], n: int) -> list[company_text._Cand]:
    """:func:`company_text._resolve` with its one-candidate shortcut passed by: the
    candidate goes through the full weighing, next to a far-off candidate that cannot
    touch it (a gazetteer name past the end of the text, removed afterwards)."""
    far = company_text._Cand(n + 5, n + 6, "far", None, "gazetteer", 0)
    return [c for c in company_text._resolve([*cands, far], n + 6) if c is not far]


_SOURCES = ["gazetteer", "suffix", "code", "latin", "ner", "subject", "acquired"]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 30),
    st.integers(0, 8),
    st.sampled_from(_SOURCES),
    st.sampled_from([None, "ACME", "000999"]),
    st.integers(0, 5),
)
def test_one_candidate_resolves_as_in_full(start: int, length: int, source: str, ticker: str | None, rank: int) -> None:
    c = company_text._Cand(start, start + length, "甲乙", ticker, source, rank)  # type: ignore[arg-type]
    n = start + length + 3
    assert company_text._resolve([c], n) == _resolve_in_full([c], n) == [c]
    got = company_text._resolve([c], n)
    got.append(c)  # a new list each time: the caller's extending it changes nothing
    assert company_text._resolve([c], n) == [c]


def test_resolve_still_weighs_two_candidates() -> None:
    # (the shortcut is for one: two overlapping candidates are still weighed)
    a = company_text._Cand(0, 4, "甲乙科技", None, "suffix", 2)
    b = company_text._Cand(2, 4, "科技", None, "gazetteer", 0)
    assert company_text._resolve([a, b], 6) == [b]


# -- metric phrase keys of matched text -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["revenue", "Revenue", "Non-GAAP  Earnings-per share", "gross\nmargin", "EPS", "net income’s",
     "营业收入", "营 业 收 入", "非 GAAP 每股收益", "归母净利润", "ＧＡＡＰ", ""],
)
def test_metric_keys_of_matches_are_the_keys(text: str) -> None:
    from extractor import metrics

    for _ in range(2):  # (the second from the cache)
        assert metrics._en_key_of_match(text) == metrics._en_key(text)
        assert metrics._zh_key_of_match(text) == metrics._zh_key(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("营业收入净利润 \t\n-'’%EPSgaapRevenue")), max_size=16))
def test_metric_keys_on_generated_text(text: str) -> None:
    from extractor import metrics

    assert metrics._en_key_of_match(text) == metrics._en_key(text)
    assert metrics._zh_key_of_match(text) == metrics._zh_key(text)


def test_metric_mentions_the_same_with_cold_and_warm_key_caches() -> None:
    from extractor import metrics

    lex = metrics.MetricLexicon.load()
    texts = [
        ("Adjusted EBITDA margin was 31% and non-GAAP earnings per share rose; revenue fell.", "en"),
        ("Same-store sales and diluted EPS; 17% of revenue; the sales team", "en"),
        ("归母净利润与營收占比均上升，营业收入12亿元，毛利率为30%。", "zh"),
    ]
    metrics._en_key_of_match.cache_clear()
    metrics._zh_key_of_match.cache_clear()
    cold = [lex.find(t, lang) for t, lang in texts]  # type: ignore[arg-type]
    warm = [lex.find(t, lang) for t, lang in texts]  # type: ignore[arg-type]
    assert cold == warm and all(cold)
