"""Table tests over the Recognizers-Text oracles (read from shared/data at test time).

Files: ``dev/recognizers_oracles/{en,zh}_{number,currency,percent}.jsonl`` and
``dev/zh/recognizers_text_zh.jsonl`` (schemas in their READMEs). For every gold result:

* *parse*: ``parse_number`` (number files), ``parse_money`` (currency) or
  ``parse_quantity`` (percent) on the gold text gives the gold value (and unit);
* *find*: ``find_quantities`` on the input finds a quantity that overlaps the gold span
  with the gold value (either end of a range) and, for currency/percent, the gold unit.

Cases with no gold results are negatives: no quantity of the file's kind may be found.

Recognizers-Text is a normaliser test suite, with many forms that financial text does
not use (fractions, dozens, discounts, lottery sentences, "192.168.1.2"). Known failures
are listed below by case id (``file:line``, never the data), grouped by a reason per
class, and run as strict xfails so a fix shows up. Units: the Specs' ``Dollar`` is read as
USD and ``Cent``/``Pence`` as hundredths of USD/GBP; a gold ``%`` whose text says
百分点 is checked as ``pp`` (our unit for percentage points).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from shared_data import DEV, skip_module_without

from extractor.normalize.money import parse_money
from extractor.normalize.numbers import parse_number
from extractor.quantities import Quantity, find_quantities, parse_quantity

skip_module_without(__name__)

DATA = DEV
ORACLES = DATA / "recognizers_oracles"
RT_ZH = DATA / "zh" / "recognizers_text_zh.jsonl"
FILES = ["en_number", "zh_number", "en_currency", "zh_currency", "en_percent", "zh_percent"]

_SPEC_UNITS = {
    "Dollar": ("USD", Decimal(1)),
    "Cent": ("USD", Decimal("0.01")),
    "Pound": ("GBP", Decimal(1)),
    "Pence": ("GBP", Decimal("0.01")),
    "Penny": ("GBP", Decimal("0.01")),
}


def _ids(spec: str) -> list[str]:
    return spec.split()


# -- known failures, by class ------------------------------------------------------------
# Each entry: reason -> space-separated case ids. A case listed here must fail (strict).

# the same cases fail to parse and to be found
_ZHE_IDS = _ids(
        "rt_zh:35 rt_zh:37 rt_zh:39 rt_zh:41 rt_zh:42 rt_zh:43 rt_zh:44 rt_zh:45 rt_zh:48 "
        "rt_zh:51 rt_zh:52 rt_zh:58 rt_zh:64 rt_zh:69 rt_zh:142 rt_zh:144 rt_zh:145 rt_zh:150 "
        "rt_zh:178 zh_percent:0 zh_percent:2 zh_percent:4 zh_percent:6 zh_percent:7 zh_percent:8 "
        "zh_percent:9 zh_percent:10 zh_percent:13 zh_percent:16 zh_percent:17 zh_percent:23 "
        "zh_percent:29 zh_percent:34 zh_percent:107 zh_percent:109 zh_percent:110 zh_percent:115 "
        "zh_percent:143"
    )

PARSE_XFAIL: dict[str, list[str]] = {
    "fractions and mixed numbers (two thirds, 3/4, one over three, 五分之一, 半百) are not read": _ids(
        "en_currency:132 en_currency:133 en_currency:134 en_currency:135 en_number:12 "
        "en_number:14 en_number:18 en_number:19 en_number:21 en_number:64 en_number:65 "
        "en_number:66 en_number:67 en_number:68 en_number:69 en_number:70 en_number:71 "
        "en_number:72 en_number:73 en_number:74 en_number:75 en_number:76 en_number:77 "
        "en_number:78 en_number:89 en_number:90 en_number:91 en_number:92 en_number:93 "
        "en_number:94 en_number:95 en_number:96 en_number:97 en_number:98 en_number:99 "
        "en_number:100 en_number:101 en_number:102 en_number:103 en_number:104 en_number:105 "
        "en_number:106 en_number:107 en_number:108 en_number:109 en_number:110 en_number:111 "
        "en_number:112 en_number:113 en_number:114 en_number:115 en_number:116 en_number:117 "
        "en_number:118 en_number:119 en_number:120 en_number:121 en_number:123 en_number:124 "
        "en_number:126 en_number:127 en_number:130 en_number:131 en_number:132 en_number:133 "
        "en_number:134 en_number:135 en_number:136 en_number:161 en_number:164 en_number:179 "
        "en_number:180 en_number:181 en_number:182 en_number:183 en_number:184 en_number:185 "
        "en_number:201 en_number:202 en_number:203 en_number:204 en_number:205 en_number:206 "
        "en_number:207 en_number:208 en_number:209 en_number:210 en_number:211 en_number:212 "
        "en_number:213 en_number:214 en_number:215 en_number:222 en_number:223 rt_zh:74 rt_zh:77 "
        "rt_zh:78 rt_zh:79 rt_zh:80 zh_number:61 zh_percent:39 zh_percent:42 zh_percent:43 "
        "zh_percent:44 zh_percent:45"
    ),
    'discounts and tenths beyond "N折"/"N成" (打对折, 五五折, 七成六, 陆 点 五 折) are not read': _ZHE_IDS,
    "spaces inside one number (1 234 567, 一百 五 十 二, 百 分 之 2.4) split it": _ids(
        "rt_zh:86 rt_zh:100 rt_zh:101 rt_zh:102 rt_zh:133 rt_zh:134 rt_zh:135 rt_zh:136 rt_zh:137 "
        "rt_zh:138 rt_zh:139 rt_zh:140 rt_zh:141 rt_zh:158 rt_zh:159 rt_zh:173 rt_zh:174 "
        "rt_zh:175 rt_zh:176 rt_zh:177 zh_percent:51 zh_percent:65 zh_percent:66 zh_percent:67 "
        "zh_percent:98 zh_percent:99 zh_percent:100 zh_percent:101 zh_percent:102 zh_percent:103 "
        "zh_percent:104 zh_percent:105 zh_percent:106 zh_percent:123 zh_percent:124 "
        "zh_percent:138 zh_percent:139 zh_percent:140 zh_percent:141 zh_percent:142"
    ),
    "currencies outside the ISO table (francs, markka, lira, bitcoin, ₡, sen)": _ids(
        "en_currency:1 en_currency:46 en_currency:62 en_currency:63 en_currency:65 en_currency:66 "
        "en_currency:100 en_currency:104 en_currency:105 en_currency:106 "
        "en_currency:107 en_currency:108 en_currency:127 "
        "en_currency:136 en_currency:137 en_currency:138 en_currency:139 rt_zh:32 zh_currency:30"
    ),
    "compound amounts (3 dollars 50 cents, 五元三毛, 15 dollars and 15) are two amounts": _ids(
        "en_currency:93 en_currency:94 en_currency:95 en_currency:96 en_currency:97 "
        "en_currency:99 en_currency:101 en_currency:122 en_currency:140 en_currency:141 "
        "en_currency:161 en_currency:162 en_currency:163 rt_zh:10 rt_zh:16 rt_zh:17 rt_zh:20 "
        "zh_currency:10 zh_currency:16 zh_currency:17 zh_currency:20"
    ),
    "exponent notation (1e10, 1.1^23, 2^5) is not read": _ids(
        "en_number:58 en_number:79 en_number:80 en_number:81 en_number:82 en_number:83 "
        "en_number:84 en_number:190 en_number:192 zh_number:99 zh_number:198 zh_number:224 "
        "zh_number:225 zh_number:226 zh_number:227 zh_number:228"
    ),
    "dozens and pairs (a dozen, 一打, 三双) are not units": _ids(
        "en_number:22 en_number:23 en_number:24 en_number:25 en_number:225 en_number:226 "
        "zh_number:34 zh_number:71 zh_number:95 zh_number:121 zh_number:172"
    ),
    "G and spaced single-letter scales (10G, 2.33 k, -2.5 M) are not read as scales": _ids(
        "en_number:40 en_number:193 rt_zh:94 rt_zh:107 zh_percent:59 zh_percent:72"
    ),
    "Indian or European digit grouping (12,34,567.89, 1.111,11, 1,3) is not read in text": _ids(
        "en_currency:128 en_number:159 en_number:187 en_number:200"
    ),
    "a scale or currency written in code order (75 USD million, 30 MUSD, dollar 22.5 million)": _ids(
        "en_currency:158 en_currency:159 en_currency:165 en_currency:172"
    ),
    '"percent of N" (percent written before the number) is not read': _ids(
        "en_percent:9 en_percent:10 en_percent:11 en_percent:12"
    ),
    "a number is read whole where the Specs split it (2222.2222, ...9, point eleven)": _ids(
        "en_number:231"
    ),
    'hyphenated money adjectives (12-cent, one-yen) are excluded like "5-year"': _ids(
        "en_currency:58"
    ),
}
FIND_XFAIL: dict[str, list[str]] = {
    "fractions and mixed numbers (two thirds, 3/4, one over three, 五分之一, 半百) are not read": _ids(
        "en_number:12 "
        "en_number:14 en_number:18 en_number:19 en_number:21 en_number:31 en_number:32 "
        "en_number:62 en_number:63 en_number:64 en_number:65 en_number:66 en_number:67 "
        "en_number:68 en_number:69 en_number:70 en_number:71 en_number:72 en_number:73 "
        "en_number:74 en_number:75 en_number:76 en_number:77 en_number:78 en_number:89 "
        "en_number:90 en_number:91 en_number:92 en_number:93 en_number:94 en_number:95 "
        "en_number:96 en_number:97 en_number:98 en_number:99 en_number:100 en_number:101 "
        "en_number:102 en_number:103 en_number:104 en_number:105 en_number:106 en_number:107 "
        "en_number:108 en_number:109 en_number:110 en_number:111 en_number:112 en_number:113 "
        "en_number:114 en_number:115 en_number:116 en_number:117 en_number:118 en_number:119 "
        "en_number:120 en_number:121 en_number:123 en_number:124 en_number:126 en_number:127 "
        "en_number:130 en_number:131 en_number:132 en_number:133 en_number:134 en_number:135 "
        "en_number:136 en_number:161 en_number:164 en_number:179 en_number:180 en_number:181 "
        "en_number:182 en_number:183 en_number:184 en_number:185 en_number:201 en_number:202 "
        "en_number:203 en_number:204 en_number:205 en_number:206 en_number:207 en_number:208 "
        "en_number:209 en_number:210 en_number:211 en_number:212 en_number:213 en_number:214 "
        "en_number:215 en_number:222 en_number:223 rt_zh:74 rt_zh:77 rt_zh:78 rt_zh:79 rt_zh:80 "
        "zh_number:61 zh_number:180 zh_number:181 zh_number:182 zh_number:183 zh_number:184 "
        "zh_number:185 zh_number:186 zh_number:187 zh_number:188 zh_number:234 zh_number:235 "
        "zh_number:236 zh_number:237 zh_number:238 zh_number:239 zh_number:240 zh_number:241 "
        "zh_number:242 zh_number:243 zh_number:244 zh_number:245 zh_number:246 zh_number:247 "
        "zh_number:248 zh_number:249 zh_number:250 zh_number:251 zh_number:252 zh_number:253 "
        "zh_number:255 zh_number:263 zh_number:264 zh_number:265 zh_number:266 zh_number:267 "
        "zh_number:268 zh_number:269 zh_number:270 zh_number:271 zh_number:272 zh_number:274 "
        "zh_number:301 zh_number:303 zh_percent:39 zh_percent:42 zh_percent:43 zh_percent:44 "
        "zh_percent:45"
    ),
    "spaces inside one number (1 234 567, 一百 五 十 二, 百 分 之 2.4) split it": _ids(
        "en_number:137 en_number:138 en_number:139 en_number:141 rt_zh:86 rt_zh:100 rt_zh:101 "
        "rt_zh:102 rt_zh:133 rt_zh:134 rt_zh:135 rt_zh:136 rt_zh:137 rt_zh:138 rt_zh:139 "
        "rt_zh:140 rt_zh:141 rt_zh:158 rt_zh:159 rt_zh:173 rt_zh:174 rt_zh:175 rt_zh:176 "
        "rt_zh:177 zh_number:7 zh_number:17 zh_number:19 zh_number:79 zh_number:80 zh_number:81 "
        "zh_number:82 zh_number:83 zh_number:84 zh_number:98 zh_number:104 zh_number:112 "
        "zh_number:157 zh_number:158 zh_number:159 zh_number:160 zh_number:161 zh_number:175 "
        "zh_number:199 zh_number:232 zh_number:233 zh_number:256 zh_number:257 zh_number:258 "
        "zh_number:259 zh_number:260 zh_number:261 zh_number:262 zh_number:275 zh_number:276 "
        "zh_number:277 zh_number:278 zh_percent:51 zh_percent:65 zh_percent:66 zh_percent:67 "
        "zh_percent:98 zh_percent:99 zh_percent:100 zh_percent:101 zh_percent:102 zh_percent:103 "
        "zh_percent:104 zh_percent:105 zh_percent:106 zh_percent:123 zh_percent:124 "
        "zh_percent:138 zh_percent:139 zh_percent:140 zh_percent:141 zh_percent:142"
    ),
    "bare Chinese numerals are returned only with a unit, classifier or 万/亿 scale": _ids(
        "zh_number:0 zh_number:1 zh_number:2 zh_number:3 zh_number:5 zh_number:6 zh_number:8 "
        "zh_number:9 zh_number:10 zh_number:11 zh_number:14 zh_number:21 zh_number:22 "
        "zh_number:23 zh_number:28 zh_number:29 zh_number:36 zh_number:37 zh_number:38 "
        "zh_number:39 zh_number:40 zh_number:41 zh_number:42 zh_number:43 zh_number:44 "
        "zh_number:72 zh_number:74 zh_number:75 zh_number:78 zh_number:101 zh_number:103 "
        "zh_number:105 zh_number:106 zh_number:107 zh_number:113 zh_number:118 zh_number:123 "
        "zh_number:124 zh_number:125 zh_number:126 zh_number:153 zh_number:154 zh_number:156 "
        "zh_number:177 zh_number:191 zh_number:192 zh_number:200 zh_number:204 zh_number:205 "
        "zh_number:207 zh_number:208 zh_number:219 zh_number:220 zh_number:254 zh_number:273 "
        "zh_number:291 zh_number:292 zh_number:297 zh_number:304 zh_number:305 zh_number:306 "
        "zh_number:307 zh_number:309 zh_number:310 zh_number:311 zh_number:312 zh_number:313 "
        "zh_number:321 zh_number:322 zh_number:325 zh_number:355 zh_number:356 zh_number:357 "
        "zh_number:358 zh_number:359"
    ),
    'discounts and tenths beyond "N折"/"N成" (打对折, 五五折, 七成六, 陆 点 五 折) are not read': _ZHE_IDS,
    "exponent notation (1e10, 1.1^23, 2^5) is not read": _ids(
        "en_number:57 en_number:58 en_number:79 en_number:80 en_number:81 en_number:82 "
        "en_number:83 en_number:84 en_number:85 en_number:86 en_number:87 en_number:190 "
        "en_number:191 en_number:192 zh_number:99 zh_number:100 zh_number:197 zh_number:198 "
        "zh_number:202 zh_number:215 zh_number:224 zh_number:225 zh_number:226 zh_number:227 "
        "zh_number:228 zh_number:229 zh_number:230 zh_number:231"
    ),
    "dozens and pairs (a dozen, 一打, 三双) are not units": _ids(
        "en_number:22 en_number:23 en_number:24 en_number:25 en_number:225 en_number:226 "
        "zh_number:34 zh_number:71 zh_number:91 zh_number:92 zh_number:93 zh_number:94 "
        "zh_number:95 zh_number:102 zh_number:121 zh_number:168 zh_number:169 zh_number:170 "
        "zh_number:171 zh_number:172 zh_number:176 zh_number:317 zh_number:318 zh_number:319 "
        "zh_number:320"
    ),
    "bare English number words are returned only with a scale word, currency or percent": _ids(
        "en_number:13 en_number:33 en_number:44 en_number:49 en_number:50 en_number:60 "
        "en_number:61 en_number:125 en_number:128 en_number:140 en_number:142 en_number:160 "
        "en_number:166 en_number:170 en_number:177 en_number:178 en_number:216 en_number:224 "
        "en_number:227 en_number:229 en_number:230 en_number:232 en_number:233 en_number:234"
    ),
    "currencies outside the ISO table (francs, markka, lira, bitcoin, ₡, sen)": _ids(
        "en_currency:1 en_currency:46 en_currency:62 en_currency:63 en_currency:65 en_currency:66 "
        "en_currency:100 en_currency:104 en_currency:105 en_currency:106 "
        "en_currency:107 en_currency:108 en_currency:127 "
        "en_currency:136 en_currency:137 en_currency:138 en_currency:139 rt_zh:32 zh_currency:30"
    ),
    "compound amounts (3 dollars 50 cents, 五元三毛, 15 dollars and 15) are two amounts": _ids(
        "en_currency:96 en_currency:97 "
        "en_currency:99 en_currency:101 "
        "rt_zh:10 rt_zh:16 rt_zh:17 rt_zh:20 "
        "zh_currency:10 zh_currency:16 zh_currency:17 zh_currency:20"
    ),
    "G and spaced single-letter scales (10G, 2.33 k, -2.5 M) are not read as scales": _ids(
        "en_number:40 en_number:41 en_number:54 en_number:193 en_number:194 rt_zh:94 rt_zh:107 "
        "zh_number:203 zh_percent:59 zh_percent:72"
    ),
    'digits and number words joined by "and" (3 hundred and 21, 6 crore and two hundred)': _ids(
        "en_number:147 en_number:148 en_number:149 en_number:150 en_number:151 en_number:152 "
        "en_number:153 en_number:154 en_number:169"
    ),
    "vague numbers with 几 (二十几万) are not returned": _ids(
        "zh_number:87 zh_number:88 zh_number:89 zh_number:90 zh_number:164 zh_number:165 "
        "zh_number:166 zh_number:167"
    ),
    "a scale or currency written in code order (75 USD million, 30 MUSD, dollar 22.5 million)": _ids(
        "en_currency:159 en_currency:165 "
    ),
    "digits of dates, IP addresses, phone numbers and codes are excluded on purpose": _ids(
        "en_number:1 en_number:143 en_number:144 en_number:189 zh_number:96 zh_number:173"
    ),
    "an elided last digit without a unit (一万三, 九十二万四) is read conservatively": _ids(
        "zh_number:45 zh_number:48 zh_number:49 zh_number:127 zh_number:130 zh_number:131"
    ),
    "European digit grouping and lone short groups (1.111,11, 1,3) are not read in text": _ids(
        "en_currency:128 en_number:187 en_number:200"
    ),
    '"percent of N" (percent written before the number) is not read': _ids(
        "en_percent:9 en_percent:10 en_percent:11 en_percent:12"
    ),
    "a number is read whole where the Specs split it (2222.2222, ...9, point eleven)": _ids(
        "en_number:231 zh_number:221 zh_number:222"
    ),
}
NEGATIVE_XFAIL: dict[str, list[str]] = {}


def _reasons(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for reason, ids in table.items():
        for i in ids:
            assert i not in out, f"{i} listed twice"
            out[i] = reason
    return out


# -- loading --------------------------------------------------------------------------------


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _gold(
    name: str, r: dict[str, Any]
) -> tuple[str, int, int, Decimal, Decimal | None, str | None]:
    """(text, start, end, value, value_high, unit) of one gold result, units mapped."""
    unit = r.get("unit")
    if "value_range" in r and r.get("value") is None:
        lo, hi = (Decimal(str(v)) for v in r["value_range"])
    else:
        lo, hi = Decimal(str(r["value"])), None
    if unit in _SPEC_UNITS:
        unit, f = _SPEC_UNITS[unit]
        lo, hi = lo * f, (hi * f if hi is not None else None)
    if unit == "%" and any(w in r["text"].replace(" ", "") for w in ("百分点", "百分點")):
        unit = "pp"
    return r["text"], r["start"], r["end"], lo, hi, unit


def _cases() -> tuple[list[Any], list[Any]]:
    """(positive cases, negative cases) as pytest params with ids ``file:line``."""
    pos: list[Any] = []
    neg: list[Any] = []
    for name in FILES:
        path = ORACLES / f"{name}.jsonl"
        for i, d in enumerate(_read(path)):
            cid = f"{name}:{i}"
            kind = name.split("_")[1]
            lang = name[:2]
            if not d["results"]:
                neg.append(pytest.param(cid, lang, kind, d["input"], id=cid))
                continue
            golds = [_gold(name, r) for r in d["results"]]
            pos.append(pytest.param(cid, lang, kind, d["input"], golds, id=cid))
    for i, d in enumerate(_read(RT_ZH)):
        cid = f"rt_zh:{i}"
        kind = "currency" if "-currency-" in d["id"] else "percent"
        items = [g for g in d["gold"] if g.get("value") is not None or g.get("value_range")]
        if not d["gold"]:
            neg.append(pytest.param(cid, "zh", kind, d["text"], id=cid))
        elif items:
            golds = [_gold("rt_zh", g) for g in items]
            pos.append(pytest.param(cid, "zh", kind, d["text"], golds, id=cid))
    return pos, neg


def _mark(params: list[Any], table: dict[str, list[str]]) -> list[Any]:
    reasons = _reasons(table)
    known = {p.values[0] for p in params}
    unknown = sorted(set(reasons) - known)
    assert not unknown, f"xfail ids that are not cases: {unknown[:5]}"
    out = []
    for p in params:
        r = reasons.get(p.values[0])
        marks = [pytest.mark.xfail(strict=True, reason=r)] if r else []
        out.append(pytest.param(*p.values, id=p.id, marks=marks))
    return out


def test_data_is_present() -> None:
    for name in FILES:
        assert (ORACLES / f"{name}.jsonl").is_file(), f"missing {name}.jsonl under {ORACLES}"
    assert RT_ZH.is_file(), f"missing {RT_ZH}"


if ORACLES.is_dir() and RT_ZH.is_file():
    POSITIVE, NEGATIVE = _cases()
else:  # test_data_is_present fails and says why (the workspace is there, its files are not)
    POSITIVE, NEGATIVE = [], []


def _close(a: Decimal | None, b: Decimal) -> bool:
    # the Specs print 15 significant digits ("0.333333333333333")
    return a is not None and abs(a - b) <= abs(b) * Decimal("1e-12") + Decimal("1e-12")


def _parsed(lang: str, kind: str, text: str) -> tuple[Decimal | None, str | None]:
    if kind == "number":
        return parse_number(text), None
    if kind == "currency":
        m = parse_money(text, lang="zh" if lang == "zh" else "en")
        return (m[0], m[1]) if m else (None, None)
    q = parse_quantity(text, lang)  # type: ignore[arg-type]
    return (q.value, q.unit) if q else (None, None)


def _fail(msg: str) -> None:
    # pytrace=False: ~840 expected failures would otherwise each format a traceback
    pytest.fail(msg, pytrace=False)


@pytest.mark.parametrize(("cid", "lang", "kind", "text", "golds"), _mark(POSITIVE, PARSE_XFAIL))
def test_parse(cid: str, lang: str, kind: str, text: str, golds: list[Any]) -> None:
    for g_text, _, _, lo, hi, unit in golds:
        if hi is not None:
            q = parse_quantity(g_text, lang)  # type: ignore[arg-type]
            got = (q.value, q.value_high, q.unit) if q else None
            if not (q and _close(q.value, lo) and _close(q.value_high, hi) and q.unit == unit):
                _fail(f"{g_text!r}: got {got}, want {lo}..{hi} {unit}")
            continue
        value, got_unit = _parsed(lang, kind, g_text)
        if not _close(value, lo) or kind != "number" and got_unit != unit:
            _fail(f"{g_text!r}: got {value} {got_unit}, want {lo} {unit}")


def _matches(q: Quantity, start: int, end: int, lo: Decimal, hi: Decimal | None) -> bool:
    if not (q.start < end and start < q.end):
        return False
    if hi is not None:
        return _close(q.value, lo) and q.value_high is not None and _close(q.value_high, hi)
    return _close(q.value, lo) or (q.value_high is not None and _close(q.value_high, lo))


@pytest.mark.parametrize(("cid", "lang", "kind", "text", "golds"), _mark(POSITIVE, FIND_XFAIL))
def test_find(cid: str, lang: str, kind: str, text: str, golds: list[Any]) -> None:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    for g_text, start, end, lo, hi, unit in golds:
        hits = [q for q in qs if _matches(q, start, end, lo, hi)]
        if kind != "number":
            hits = [q for q in hits if q.unit == unit]
        if not hits:
            found = [(q.text, str(q.value), q.unit) for q in qs]
            _fail(f"{g_text!r} = {lo} {unit} not found; found {found}")


_KIND_UNITS = {"number": {None, "count"}, "percent": {"%", "pp"}}


@pytest.mark.parametrize(("cid", "lang", "kind", "text"), _mark(NEGATIVE, NEGATIVE_XFAIL))
def test_negative(cid: str, lang: str, kind: str, text: str) -> None:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    if kind == "currency":
        bad = [q for q in qs if q.unit is not None and len(q.unit) == 3 and q.unit.isupper()]
    else:
        bad = [q for q in qs if q.unit in _KIND_UNITS[kind]]
    if bad:
        _fail(f"not a {kind}, found {[q.text for q in bad]}")
