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

from extractor.normalize.money import parse_money
from extractor.normalize.numbers import parse_number
from extractor.quantities import Quantity, find_quantities, parse_quantity

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"
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

PARSE_XFAIL: dict[str, list[str]] = {}
FIND_XFAIL: dict[str, list[str]] = {}
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


def _gold(name: str, r: dict[str, Any]) -> tuple[str, int, int, Decimal, Decimal | None, str | None]:
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
else:  # test_data_is_present fails and says why
    POSITIVE, NEGATIVE = [], []


def _close(a: Decimal | None, b: Decimal) -> bool:
    # the Specs print 15 significant digits ("0.333333333333333")
    return a is not None and abs(a - b) <= abs(b) * Decimal("1e-12") + Decimal("1e-12")


def _parsed(lang: str, kind: str, text: str) -> tuple[Decimal | None, str | None]:
    if kind == "number":
        return parse_number(text), None
    if kind == "currency":
        m = parse_money(text)
        return (m[0], m[1]) if m else (None, None)
    q = parse_quantity(text, lang)  # type: ignore[arg-type]
    return (q.value, q.unit) if q else (None, None)


@pytest.mark.parametrize(("cid", "lang", "kind", "text", "golds"), _mark(POSITIVE, PARSE_XFAIL))
def test_parse(cid: str, lang: str, kind: str, text: str, golds: list[Any]) -> None:
    for g_text, _, _, lo, hi, unit in golds:
        if hi is not None:
            q = parse_quantity(g_text, lang)  # type: ignore[arg-type]
            assert q is not None and _close(q.value, lo) and _close(q.value_high, hi)
            assert q.unit == unit
            continue
        value, got_unit = _parsed(lang, kind, g_text)
        assert _close(value, lo), (g_text, value, lo)
        if kind != "number":
            assert got_unit == unit, (g_text, got_unit, unit)


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
        assert hits, (g_text, str(lo), unit, [(q.text, str(q.value), q.unit) for q in qs])


_KIND_UNITS = {"number": {None, "count"}, "percent": {"%", "pp"}}


@pytest.mark.parametrize(("cid", "lang", "kind", "text"), _mark(NEGATIVE, NEGATIVE_XFAIL))
def test_negative(cid: str, lang: str, kind: str, text: str) -> None:
    qs = find_quantities(text, lang)  # type: ignore[arg-type]
    if kind == "currency":
        bad = [q for q in qs if q.unit is not None and len(q.unit) == 3 and q.unit.isupper()]
    else:
        bad = [q for q in qs if q.unit in _KIND_UNITS[kind]]
    assert not bad, [q.text for q in bad]
