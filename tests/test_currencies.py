"""The currency table (patterns/currencies.jsonl), user currency files, and the
document-level decisions for ambiguous marks ("$", "¥", "kr")."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import extractor
from extractor.currencies import (
    CurrencyTable,
    currency_hints,
    mark_key,
    read_currencies_file,
)
from extractor.errors import PatternError
from extractor.normalize.money import parse_money
from extractor.patterns import builtin_patterns_dir
from extractor.quantities import find_quantities

D = Decimal

# -- the built-in table ---------------------------------------------------------------

# (text, lang, value, unit): each currency form written once, read back scaled
FORMS = [
    # symbols and prefixed symbols
    ("$12", "en", D("12"), "USD"),
    ("US$12", "en", D("12"), "USD"),
    ("$US12", "en", D("12"), "USD"),
    ("U.S.$12", "en", D("12"), "USD"),
    ("A$12", "en", D("12"), "AUD"),
    ("$A12", "en", D("12"), "AUD"),
    ("C$12", "en", D("12"), "CAD"),
    ("HK$12", "en", D("12"), "HKD"),
    ("S$12", "en", D("12"), "SGD"),
    ("NZ$12", "en", D("12"), "NZD"),
    ("R$12", "en", D("12"), "BRL"),
    ("NT$12", "en", D("12"), "TWD"),
    ("€12", "en", D("12"), "EUR"),
    ("£12", "en", D("12"), "GBP"),
    ("₹12", "en", D("12"), "INR"),
    ("₩12", "en", D("12"), "KRW"),
    ("₽12", "en", D("12"), "RUB"),
    ("₺12", "en", D("12"), "TRY"),
    ("₪12", "en", D("12"), "ILS"),
    ("RM12", "en", D("12"), "MYR"),
    ("Rp12", "en", D("12"), "IDR"),
    ("Rs 12", "en", D("12"), "INR"),
    ("Rs. 12", "en", D("12"), "INR"),
    ("12 zł", "en", D("12"), "PLN"),
    ("CHF 12", "en", D("12"), "CHF"),
    ("Fr. 12", "en", D("12"), "CHF"),
    ("RMB12", "en", D("12"), "CNY"),
    # ISO codes, either side, either case
    ("12 usd", "en", D("12"), "USD"),
    ("SEK 12", "en", D("12"), "SEK"),
    ("12 NOK", "en", D("12"), "NOK"),
    ("ZAR 12", "en", D("12"), "ZAR"),
    # English names, plurals and adjectives
    ("12 Australian dollars", "en", D("12"), "AUD"),
    ("12 Danish crowns", "en", D("12"), "DKK"),
    ("12 shekels", "en", D("12"), "ILS"),
    ("12 ringgit", "en", D("12"), "MYR"),
    ("12 rand", "en", D("12"), "ZAR"),
    ("12 reais", "en", D("12"), "BRL"),
    ("12 billion won", "en", D("12000000000"), "KRW"),
    ("12 rupees", "en", D("12"), "INR"),
    ("12 Swiss francs", "en", D("12"), "CHF"),
    ("12 yuan", "en", D("12"), "CNY"),
    ("12 renminbi", "en", D("12"), "CNY"),
    ("12 pounds sterling", "en", D("12"), "GBP"),
    ("12 Finnish markka", "en", D("12"), "FIM"),
    ("12 Deutsche marks", "en", D("12"), "DEM"),
    ("12 Turkish lira", "en", D("12"), "TRY"),
    ("12 Mexican pesos", "en", D("12"), "MXN"),
    ("12 baht", "en", D("12"), "THB"),
    ("12 euros", "en", D("12"), "EUR"),
    ("12 yen", "en", D("12"), "JPY"),
    # minor units, scaled to the major unit
    ("12 cents", "en", D("0.12"), "USD"),
    ("12 pence", "en", D("0.12"), "GBP"),
    ("12p", "en", D("0.12"), "GBP"),
    ("12 sen", "en", D("0.12"), "MYR"),
    ("12 paise", "en", D("0.12"), "INR"),
    ("12 kopecks", "en", D("0.12"), "RUB"),
    ("12 HK cents", "en", D("0.12"), "HKD"),
    ("12 US cents", "en", D("0.12"), "USD"),
    ("12 Australian cents", "en", D("0.12"), "AUD"),
    ("4.5 euro cents", "en", D("0.045"), "EUR"),
    ("12 eurocents", "en", D("0.12"), "EUR"),
    # Chinese names
    ("12欧元", "zh", D("12"), "EUR"),
    ("12英镑", "zh", D("12"), "GBP"),
    ("12日元", "zh", D("12"), "JPY"),
    ("12港元", "zh", D("12"), "HKD"),
    ("12港币", "zh", D("12"), "HKD"),
    ("12新台币", "zh", D("12"), "TWD"),
    ("12澳元", "zh", D("12"), "AUD"),
    ("12加元", "zh", D("12"), "CAD"),
    ("12韩元", "zh", D("12"), "KRW"),
    ("12卢布", "zh", D("12"), "RUB"),
    ("12瑞士法郎", "zh", D("12"), "CHF"),
    ("12美分", "zh", D("0.12"), "USD"),
    ("五角钱", "zh", D("0.5"), "CNY"),
    ("三分钱", "zh", D("0.03"), "CNY"),
    ("12便士", "zh", D("0.12"), "GBP"),
]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), FORMS)
def test_currency_forms(text: str, lang: str, value: Decimal, unit: str) -> None:
    qs = find_quantities(f"It cost {text} in all.", lang)  # type: ignore[arg-type]
    assert [(q.text, q.value, q.unit) for q in qs] == [(text, value, unit)]
    m = parse_money(text, lang=lang)  # type: ignore[arg-type]
    assert m == (value, unit)


def test_the_table_covers_the_most_traded_currencies() -> None:
    table = CurrencyTable.default()
    codes = {e.code for e in table.entries}
    most_traded = [
        "USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD", "SEK", "KRW",
        "NOK", "NZD", "INR", "MXN", "TWD", "ZAR", "BRL", "DKK", "PLN", "THB", "ILS", "IDR",
        "CZK", "AED", "TRY", "HUF", "CLP", "SAR", "PHP", "MYR", "COP", "RUB", "RON", "PEN",
        "BHD", "BGN", "ARS", "KWD",
    ]  # fmt: skip
    assert len(most_traded) == 40
    assert set(most_traded) <= codes


def test_the_built_in_file_validates() -> None:
    entries = read_currencies_file(builtin_patterns_dir() / "currencies.jsonl")
    assert len(entries) >= 40
    assert all(len(e.code) == 3 and e.code.isupper() for e in entries)


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 11 of the PHP 8 manual",  # a code that is also a language: not a currency
        "五角大楼回应", "这十分重要", "三毛的书",  # 角/分/毛 are money only with 钱
        "In 2019 won the award",  # a year is not an amount of won
    ],
)
def test_marks_that_are_not_money(text: str) -> None:
    lang = "zh" if not text.isascii() else "en"
    assert [q for q in find_quantities(text, lang) if q.unit and len(q.unit) == 3] == []  # type: ignore[arg-type]


def test_mark_key_folds_spelling() -> None:
    assert mark_key("U.S. $") == mark_key("US$") == mark_key("ＵＳ＄")
    assert mark_key("Hong Kong  dollars") == "hongkongdollars"


# -- ambiguous marks, decided by the document ----------------------------------------


def _units(text: str, lang: str = "en") -> list[str | None]:
    return [q.unit for q in find_quantities(text, lang)]  # type: ignore[arg-type]


def test_yen_sign_in_english_is_yen_unless_the_text_is_about_china() -> None:
    assert _units("Sony lifted its forecast to ¥351.6 billion.") == ["JPY"]
    assert _units("Tencent, the Chinese internet group, earned ¥40 billion.") == ["CNY"]
    assert _units("Profit rose to ¥3 billion, or about 420 million yuan.") == ["CNY", "CNY"]
    # both countries named, Japan more often: the default stands
    text = "Japan's Toyota, which sells in China, earned ¥2 trillion in Japan."
    assert _units(text) == ["JPY"]


def test_a_listed_chinese_company_named_in_english_makes_the_yen_sign_yuan() -> None:
    ex = extractor.Extractor(use_ner=False)

    def units(text: str) -> list[str]:
        return [r.unit for r in ex.extract(text, lang="en") if r.text.startswith("¥")]

    # named in the gazetteer with a Chinese canonical name, or listed in Shenzhen/Hong Kong
    assert units("Baidu's quarterly sales rose 3% to ¥34.5bn.") == ["CNY"]
    assert units("Tencent posted a profit of ¥42 billion in the quarter.") == ["CNY"]
    # listed in Tokyo: yen, as with no company at all
    assert units("Nintendo raised its profit forecast to ¥480 billion.") == ["JPY"]
    assert units("The group earned ¥12 billion.") == ["JPY"]


def test_company_cues_come_from_the_users_gazetteer_too(tmp_path: Path) -> None:
    (tmp_path / "companies.jsonl").write_text(
        json.dumps({"name": "Dragonfly Motors", "ticker": "002999.SZ"}) + "\n", encoding="utf-8"
    )
    ex = extractor.Extractor(patterns=[tmp_path], use_ner=False)
    recs = ex.extract("Dragonfly Motors sold cars worth ¥8 billion.", lang="en")
    assert [r.unit for r in recs if r.text == "¥8 billion"] == ["CNY"]
    # a table with cues shares the scanner of the table it came from
    base = CurrencyTable.default()
    assert base.with_cues({}) is base
    assert base.with_cues({"CNY": ["Dragonfly"]}).grammar_key is base.grammar_key


def test_yen_sign_in_chinese_is_yuan_unless_the_text_is_about_japan() -> None:
    assert _units("公司营收￥300万", "zh") == ["CNY"]
    assert _units("日本丰田汽车在日本的营业利润为¥2万亿，以日元计", "zh") == ["JPY"]


def test_r_is_rand_only_where_the_text_is_south_african() -> None:
    assert _units("The Johannesburg-listed miner earned R12.4 billion.") == ["ZAR"]
    assert _units("CAPE TOWN, May 2 - Sales rose to R 845 million.") == ["ZAR"]
    # nothing South African: "R" is left undecided, and no record is made of it
    assert _units("The R2 billion deal closed.") == [None]
    assert extractor.extract("The R2 billion deal closed.") == []
    # a model name is no sum, South African or not
    assert _units("In South Africa the R2D2 robot sold well.") == []


def test_dollar_sign_follows_the_document() -> None:
    assert _units("Revenue was $5 million.") == ["USD"]
    assert _units("SYDNEY, March 3 - The miner earned $5 million.") == ["AUD"]
    assert _units("All figures are in Canadian dollars. Revenue was $5 million.") == ["CAD"]
    # a bracket right after an amount in a named currency converts it to US dollars
    assert _units("The bank earned HK$25 billion ($3.2 billion) in the year.") == ["HKD", "USD"]
    # the document names US dollars as often as Australian ones: the default stands
    text = "SYDNEY - Qantas earned $1 billion, about US$700 million."
    assert _units(text) == ["USD", "USD"]


def test_marks_without_a_default_need_the_document() -> None:
    # money all the same, of no particular currency (ISO 4217 "XXX"): never a guess
    assert _units("The deal is worth 500 million kr.") == ["XXX"]
    assert _units("Norway's Equinor paid 500 million kr.") == ["NOK"]
    assert _units("The stake was sold for 90 million francs.") == ["XXX"]
    assert _units("The Swiss bank paid 90 million francs.") == ["CHF"]
    assert _units("The Mexican unit lost 3 billion pesos.") == ["MXN"]


def test_an_undecided_currency_word_is_money_not_a_count() -> None:
    recs = extractor.extract("Group revenue was 2 billion crowns.")
    assert [(r.unit, r.metric, r.value) for r in recs] == [("XXX", "revenue", Decimal(2000000000))]
    recs = extractor.extract("Its net income fell 12% to 3.1 billion pesos.")
    assert [(r.text, r.unit) for r in recs] == [("12%", "%"), ("3.1 billion pesos", "XXX")]
    # a one-letter mark the document leaves open may be no currency at all ("R22" gas)
    assert extractor.extract("Sales of R22 fell by R2 billion.") == []


def test_hints_are_computed_once_and_passed() -> None:
    doc = "SYDNEY, May 2 - BHP reported results.\n\nIt earned $3 billion."
    hints = currency_hints(doc)
    para = doc.split("\n\n")[1]
    assert [q.unit for q in find_quantities(para, "en", hints=hints)] == ["AUD"]
    assert [q.unit for q in find_quantities(para, "en")] == ["USD"]  # the paragraph alone


def test_the_pipeline_decides_per_document() -> None:
    recs = extractor.extract("SYDNEY, May 2 - BHP Group said revenue rose to $3 billion.")
    assert [(r.value, r.unit) for r in recs] == [(D("3000000000"), "AUD")]


# -- user currency files --------------------------------------------------------------


def _write(tmp_path: Path, lines: list[str]) -> Path:
    d = tmp_path / "pats"
    d.mkdir(exist_ok=True)
    (d / "currencies.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_a_user_file_adds_a_currency(tmp_path: Path) -> None:
    d = _write(tmp_path, [
        json.dumps({"code": "XQQ", "name": "Quokka dollar", "symbols": ["Q$"],
                    "en": ["quokka dollars"], "zh": ["袋鼠币"]}),
    ])  # fmt: skip
    table = CurrencyTable.load([d])
    assert table.code("Q$") == "XQQ"
    qs = find_quantities("It cost Q$12.5 million, or 3 quokka dollars each.", "en", currencies=table)
    assert [(q.text, q.value, q.unit) for q in qs] == [
        ("Q$12.5 million", D("12500000"), "XQQ"),
        ("3 quokka dollars", D("3"), "XQQ"),
    ]
    assert all(q.unit != "XQQ" for q in find_quantities("It cost Q$12.5 million.", "en"))
    ex = extractor.Extractor(patterns=[d], use_ner=False)
    recs = ex.extract("公司营收为12亿袋鼠币。", lang="zh")
    assert [(r.value, r.unit) for r in recs] == [(D("1200000000"), "XQQ")]


def test_a_user_file_overrides_a_code(tmp_path: Path) -> None:
    # a user who wants "kr" read as Swedish kronor everywhere
    d = _write(tmp_path, [
        json.dumps({"code": "SEK", "symbols": ["kr"], "en": ["kronor"]}),
    ])  # fmt: skip
    table = CurrencyTable.load([d])
    qs = find_quantities("The deal is worth 500 kr.", "en", currencies=table)
    assert [(q.value, q.unit) for q in qs] == [(D("500"), "SEK")]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"code": "usd", "symbols": ["$"]}', "three capital letters"),
        ('{"code": "XQQ", "colour": "red"}', 'unknown key "colour"'),
        ('{"symbols": ["Q$"]}', 'missing required key "code"'),
        ('{"code": "XQQ", "symbols": "Q$"}', 'key "symbols": expected a list'),
        ('{"code": "XQQ", "symbols": ["Q1"]}', "no digits"),
        ('{"code": "XQQ", "minor": {"qent": "100"}}', "between 0 and 1"),
        ('{"code": "XQQ", "minor": {"qent": 0.01}}', "must be a string"),
        ('{"code": "XQQ", "symbols": ["Q$"], "loose": ["Z$"]}', "not one of this entry"),
        ('{"code": "XQQ", "symbols": ["Q$"], "context": ["Q$"]}', "already one of this"),
        ('{"code": "XQQ", "default_in": ["fr"]}', "not one of en, zh"),
        ('{"code": "XQQ", "code_in_text": "lower"}', "is not one of"),
    ],
)
def test_malformed_currency_files_name_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    good = json.dumps({"code": "XQA", "symbols": ["QA$"]})
    d = _write(tmp_path, ["# a comment", good, line])
    with pytest.raises(PatternError) as err:
        extractor.Extractor(patterns=[d], use_ner=False)
    text = str(err.value)
    assert f"{d / 'currencies.jsonl'}:3" in text
    assert message in text


def test_one_mark_for_two_codes_in_one_file_is_an_error(tmp_path: Path) -> None:
    d = _write(tmp_path, [
        json.dumps({"code": "XQA", "symbols": ["Q$"]}),
        json.dumps({"code": "XQB", "symbols": ["Q$"]}),
    ])  # fmt: skip
    with pytest.raises(PatternError, match=r"currencies\.jsonl:2: .*already given to code \"XQA\""):
        CurrencyTable.load([d])


def test_a_duplicate_code_is_an_error(tmp_path: Path) -> None:
    d = _write(tmp_path, [json.dumps({"code": "XQA", "symbols": ["Q$"]})] * 2)
    with pytest.raises(PatternError, match=r":2: duplicate code \"XQA\" \(first on line 1\)"):
        CurrencyTable.load([d])


def test_nothing_half_loads(tmp_path: Path) -> None:
    d = _write(tmp_path, [json.dumps({"code": "XQA", "symbols": ["Q$"]}), "[1, 2]"])
    with pytest.raises(PatternError):
        CurrencyTable.load([d])
    # the built-in table is untouched
    assert CurrencyTable.default().code("Q$") is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ('"It cost us $12m," he said.', "$12m", "USD"),
        ("The bank lent us $ 40 million last year.", "$ 40 million", "USD"),
        ("US $89 to $93 billion", "US $89 to $93 billion", "USD"),
        # text set all in lower case: the letters are the currency's
        ("the fund raised us $ 150 million", "us $ 150 million", "USD"),
        ("a deal worth hk $ 10.05 billion", "hk $ 10.05 billion", "HKD"),
    ],
)
def test_the_pronoun_us_before_a_dollar_sign_is_not_its_currency(
    text: str, span: str, unit: str
) -> None:
    qs = find_quantities(text, "en")
    assert [(q.text, q.unit) for q in qs][:1] == [(span, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales were 40 million Hong Kong dollars, or HK$5.1 million.",
        "Fees of 3 million hong kong$ and 2 million south africa rand.",
        "Revenue was $9 million; our Cape Town office opened. New Zealand dollars: NZ$4m.",
        "Costs rose in South African rand; the Sri Lankan unit earned $2 million.",
        "Nothing here names a country: $5 million.",
    ],
)
def test_phrase_cues_skipped_only_when_they_cannot_match(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the quick pass over cue phrases whose words are not in the text decides nothing
    from extractor import currencies as cur

    fast = cur.currency_hints(text)
    monkeypatch.setattr(cur, "_may_hold_phrase", lambda seq, counts: True)
    CurrencyTable.default()._hints_cache.clear()
    assert cur.currency_hints(text).overrides == fast.overrides


def test_rupees_in_an_indian_story_that_names_another_rupee_country_stay_indian() -> None:
    from extractor import extract

    text = (
        "MUMBAI (Reuters) - Tarwick Infra's quarterly profit rose 9% to Rs 1,240 crore, and "
        "it plans a port in Sri Lanka worth 42 billion rupees."
    )
    assert {r.unit for r in extract(text) if r.unit not in ("%",)} == {"INR"}
    text = "COLOMBO (Reuters) - Sri Lanka's tea exports rose to Rs 96 billion."
    assert [r.unit for r in extract(text)] == ["LKR"]


def test_a_replaced_currency_takes_a_mark_only_in_a_text_of_its_time() -> None:
    from extractor import extract

    # a French cue in a story of today: "francs" is no French franc (gone since 2002)
    [r] = [r for r in extract("Vellmark said sales fell to 12 billion francs on weak demand in France.") if r.unit != "%"]
    assert r.unit == "XXX"
    [r] = extract("In 1996 Vellmark's French arm earned 3 billion francs.")
    assert r.unit == "FRF"


def test_until_must_be_a_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from extractor.currencies import read_currencies_file
    from extractor.errors import PatternError

    bad = tmp_path / "currencies.jsonl"
    bad.write_text('{"code": "QQQ", "name": "Old", "en": ["quacks"], "until": 12}\n', encoding="utf-8")
    with pytest.raises(PatternError, match=r"currencies.jsonl:1.*until"):
        read_currencies_file(bad)
