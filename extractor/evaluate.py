"""Score records against gold files (the dev-data JSONL schemas and ``corpus/gold.jsonl``).

Three gold shapes are recognised per line:

* **facts** (earnings calls, ``corpus/gold.jsonl``): ``gold`` is a list of facts with
  ``value``/``value_high``/``unit``/``period_label``/``metric_class`` (and, in our corpus,
  ``start``/``end``/``metric``/``company``/``speaker``...), plus speaker ``turns``.
  Reports fact recall (value + unit + period) over facts whose value is in the text,
  recall of guidance facts, role accuracy, and the missed facts by cause (no value,
  wrong period, wrong range, wrong kind),
  metric match, speaker accuracy over records, records per 1k words; where gold facts
  carry spans, also span precision/recall/F1 and per-field accuracy of matched pairs.
* **kpi** (KPI-EDGAR): gold items with ``role`` and ``period_label``; reports
  (value, period) precision/recall/F1 per sentence.
* **news** (``news_money_dev.jsonl``): gold items with ``class`` ("money", "percent",
  "other") and ``value``/``unit``, ranges split into their two ends; reports money+percent
  (value, unit) precision, recall and F1 per sentence (a record's value and its
  ``value_high`` are both candidates), and lists the misses and extras.
* **quantities** (FewFC, Recognizers-Text): gold items with ``type == "quantity"``; reports
  value+unit recall on all lines, precision on lines whose ``uncovered_digit_runs`` is
  empty, and company accuracy of matched values (FewFC events).
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .records import Record

__all__ = ["METRIC_CLASS", "Report", "evaluate_file"]

# Our metric ids -> the ECT metric classes of the development data.
METRIC_CLASS: dict[str, str] = {
    "revenue": "revenue",
    "revenue_growth": "revenue",
    "organic_growth": "revenue",
    "revenue_share": "revenue",
    "eps": "eps",
    "net_income": "net_income",
    "net_loss": "net_income",
    "ebitda": "ebitda",
    "same_store_sales": "same_store_sales",
    "free_cash_flow": "free_cash_flow",
    "gross_margin": "margin",
    "operating_margin": "margin",
    "ebitda_margin": "margin",
    "ebita_margin": "margin",
    "free_cash_flow_margin": "margin",
    "net_margin": "margin",
    "net_interest_margin": "margin",
}


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v)).normalize()
    except (InvalidOperation, ValueError):
        return None


def _norm(d: Decimal | None) -> Decimal | None:
    return None if d is None else d.normalize()


@dataclass
class Report:
    """Counts and figures for one gold file."""

    path: str
    shape: str
    docs: int = 0
    failed: int = 0
    seconds: float = 0.0
    figures: dict[str, float | int | str] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    show: int = 8  # how many of the most common misses lines() lists
    # facts missed, by cause ("no value", "wrong period", "wrong range", "wrong kind"):
    # a few examples of each, worst (most common cause) first in :meth:`lines`
    misses: dict[str, list[str]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        head = (
            f"{self.path}  [{self.shape}]  docs={self.docs}  failed={self.failed}  "
            f"time={self.seconds:.1f}s"
        )
        out = [head]
        for k, v in self.figures.items():
            out.append(f"  {k:<42} {v:.3f}" if isinstance(v, float) else f"  {k:<42} {v}")
        if self.errors:
            out.append("  most common misses:")
            for k, n in self.errors.most_common(self.show):
                out.append(f"    {n:>5}  {k}")
        if self.misses:
            out.append("  missed facts by cause:")
            for cause, examples in sorted(self.misses.items(), key=lambda kv: -len(kv[1])):
                out.append(f"    {len(examples):>5}  {cause}")
                for ex in examples[:_MISS_EXAMPLES]:
                    out.append(f"           {ex}")
        return out


_MISS_EXAMPLES = 5


def _shape(doc: dict[str, Any]) -> str:
    gold = doc.get("gold") or []
    if "turns" in doc or any("metric_class" in g for g in gold):
        return "facts"
    if "fiscal_year" in doc or any("role" in g and "period_label" in g for g in gold):
        return "kpi"
    if any("class" in g for g in gold):
        return "news"
    return "quantities"


def _read(path: Path, limit: int | None) -> list[dict[str, Any]]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
                if limit is not None and len(docs) >= limit:
                    break
    return docs


def evaluate_file(path: str | Path, extractor: Any = None, limit: int | None = None) -> Report:
    """Run the extractor over every document of a gold file and score it."""
    from .pipeline import Extractor

    ex = extractor or Extractor()
    p = Path(path)
    docs = _read(p, limit)
    shape = _shape(docs[0]) if docs else "facts"
    rep = Report(str(path), shape, docs=len(docs))
    t0 = time.perf_counter()
    preds: list[list[Record]] = []
    for d in docs:
        try:
            preds.append(
                ex.extract(d["text"], lang=d.get("lang") if shape != "facts" else None,
                           doc_date=d.get("doc_date"))
            )
        except Exception as e:  # noqa: BLE001 - a failing doc is counted, scoring goes on
            rep.failed += 1
            rep.errors[f"extract failed: {type(e).__name__}: {e}"[:100]] += 1
            preds.append([])
    rep.seconds = time.perf_counter() - t0
    if shape == "facts":
        _score_facts(docs, preds, rep)
    elif shape == "kpi":
        _score_kpi(docs, preds, rep)
        # the same sentences with what the user of a filing knows: its fiscal year
        given = [
            ex.extract(d["text"], lang=d.get("lang"), doc_date=d.get("doc_date"),
                       period=f"FY{d['fiscal_year']}" if d.get("fiscal_year") else None,
                       filing=True)
            for d in docs
        ]
        sub = Report(str(path), shape)
        _score_kpi(docs, given, sub)
        for k in ("(value, period) precision", "(value, period) recall", "(value, period) F1"):
            rep.figures[f"{k}, fiscal year given"] = sub.figures[k]
    elif shape == "news":
        _score_news(docs, preds, rep)
    else:
        _score_quantities(docs, preds, rep)
    return rep


def _fact_key(value: Any, high: Any, unit: Any) -> tuple[Decimal | None, Decimal | None, str]:
    return (_dec(value), _dec(high), str(unit))


def _rec_key(r: Record) -> tuple[Decimal | None, Decimal | None, str]:
    return (_norm(r.value), _norm(r.value_high), r.unit)


def _no_fy(label: str | None) -> str | None:
    """A label without its fiscal marker: gold files that infer periods from file names
    (the earnings-call dev set) do not say whether a quarter is fiscal or calendar."""
    return label[2:] if label and label.startswith("FY") else label


def _label(r: Record) -> str | None:
    return r.period.label if r.period else None


def _is_outlook(kind: str | None) -> bool:
    return kind in ("guidance", "target")


def _miss_cause(g: dict[str, Any], recs: Sequence[Record], cands: Sequence[Record]) -> str | None:
    """Why a gold fact is not matched (value+unit+period, fiscal marker ignored, and the
    kind: guidance/target against actual), or None when it is."""
    if not cands:
        lo, hi = _dec(g.get("value")), _dec(g.get("value_high"))
        same_unit = [r for r in recs if r.unit == str(g.get("unit"))]
        if any(_norm(r.value) == lo for r in same_unit) or (
            hi is not None and any(_norm(r.value) == hi for r in same_unit)
        ):
            return "wrong range"  # one end found, or the range split / merged differently
        return "no value"
    want = _no_fy(g.get("period_label"))
    dated = [r for r in cands if _no_fy(_label(r)) == want]
    if not dated:
        return "wrong period"
    if _is_outlook(g.get("kind")) != any(_is_outlook(r.kind) for r in dated):
        return "wrong kind"
    return None


def _miss_example(d: dict[str, Any], g: dict[str, Any], cands: Sequence[Record]) -> str:
    got = ", ".join(sorted({f"{_label(r)}/{r.kind}" for r in cands})) or "-"
    return (
        f"{d.get('id', '?')}: {g.get('mention') or g.get('value')!r} "
        f"({g.get('kind', 'actual')}, {g.get('period_label')}); got {got}"
    )


def _score_facts(docs: Sequence[dict[str, Any]], preds: Sequence[list[Record]], rep: Report) -> None:
    c: Counter[str] = Counter()  # the counts every figure below is a ratio of
    field_ok: Counter[str] = Counter()
    field_n: Counter[str] = Counter()
    for d, recs in zip(docs, preds):
        c["words"] += len(d["text"].split())
        c["recs"] += len(recs)
        _tally_facts(d, recs, rep, c)
        _tally_spans(d, recs, rep, c, field_ok, field_n)
        _tally_speakers(d, recs, c)

    def ratio(a: str, b: str) -> float:
        return c[a] / c[b] if c[b] else 0.0

    f = rep.figures
    f["gold facts (value in text)"] = c["gold"]
    f["fact recall (value+unit+period)"] = ratio("found", "gold")
    f["fact recall (value+unit+period, FY~calendar)"] = ratio("found_nofy", "gold")
    f["fact recall (value+unit, any period)"] = ratio("found_noperiod", "gold")
    f["metric match (of recalled facts)"] = ratio("metric", "found")
    f["records"] = c["recs"]
    f["records per 1k words"] = 1000 * c["recs"] / c["words"] if c["words"] else 0.0
    f["speaker accuracy (records in turns)"] = ratio("spk_ok", "spk")
    f["role accuracy (records in turns)"] = ratio("role_ok", "spk")
    f["guidance facts (value in text)"] = c["guid"]
    f["guidance recall (value+unit+period, FY~calendar)"] = ratio("guid_found", "guid")
    f["guidance recall (and kind guidance/target)"] = ratio("guid_kind", "guid")
    if c["span_gold"]:
        prec = ratio("span_tp", "recs")
        rec = c["span_tp"] / c["span_gold"]
        f["span precision"] = prec
        f["span recall"] = rec
        f["span F1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        for k in field_n:
            f[f"field accuracy of matched: {k}"] = field_ok[k] / field_n[k]


def _tally_facts(d: dict[str, Any], recs: list[Record], rep: Report, c: Counter[str]) -> None:
    """Gold facts found by value and unit, then by period (FY marker ignored or not)."""
    by_key: dict[tuple[Any, ...], list[Record]] = defaultdict(list)
    for r in recs:
        by_key[_rec_key(r)].append(r)
    for g in d.get("gold", []):
        if g.get("in_text") is False or _dec(g.get("value")) is None:
            continue
        c["gold"] += 1
        cands = by_key.get(_fact_key(g["value"], g.get("value_high"), g["unit"]), [])
        c["found_noperiod"] += bool(cands)
        ok = [r for r in cands if _label(r) == g.get("period_label")]
        nofy = [r for r in cands if _no_fy(_label(r)) == _no_fy(g.get("period_label"))]
        c["found_nofy"] += bool(nofy)
        if g.get("kind") == "guidance":
            c["guid"] += 1
            c["guid_found"] += bool(nofy)
            c["guid_kind"] += any(_is_outlook(r.kind) for r in nofy)
        cause = _miss_cause(g, recs, cands)
        if cause is not None:
            rep.misses.setdefault(cause, []).append(_miss_example(d, g, cands))
        if ok:
            c["found"] += 1
            c["metric"] += any(METRIC_CLASS.get(r.metric, "other") == g.get("metric_class") for r in ok)
        else:
            why = "value+unit not found" if not cands else (
                f"period {_label(cands[0])} != {g.get('period_label')}")
            rep.errors[f"{why} ({g.get('metric_class')}, {g.get('unit')})"] += 1


def _tally_spans(
    d: dict[str, Any],
    recs: list[Record],
    rep: Report,
    c: Counter[str],
    field_ok: Counter[str],
    field_n: Counter[str],
) -> None:
    """Span-level scoring where the gold has spans (our corpus): each gold value matched
    to the first unused record overlapping it, then each field of the pair compared."""
    spans = []
    for g in d.get("gold", []):
        if "start" in g:
            alts = [(g["start"], g["end"])] + [(a["start"], a["end"]) for a in g.get("alt_mentions", [])]
            spans.append((g, alts))
    c["span_gold"] += len(spans)
    used: set[int] = set()
    for g, alts in spans:
        hit = next(
            (i for i, r in enumerate(recs) if i not in used and any(r.start < b and a < r.end for a, b in alts)),
            None,
        )
        if hit is None:
            continue
        used.add(hit)
        c["span_tp"] += 1
        r = recs[hit]
        checks = {
            "value": _norm(r.value) == _dec(g["value"]) and _norm(r.value_high) == _dec(g.get("value_high")),
            "unit": r.unit == g.get("unit"),
            "period": (r.period.label if r.period else None) == g.get("period_label"),
            "metric": r.metric == g.get("metric"),
            "company": r.company == g.get("company"),
            "speaker": r.speaker == g.get("speaker"),
            "kind": r.kind == g.get("kind"),
            "change": r.change == g.get("change"),
            "qualifier": r.qualifier == g.get("qualifier"),
        }
        for k, v in checks.items():
            field_n[k] += 1
            field_ok[k] += int(v)
            if not v:
                rep.errors[f"field {k} wrong"] += 1


def _tally_speakers(d: dict[str, Any], recs: list[Record], c: Counter[str]) -> None:
    """Speaker and role accuracy over the records inside gold turns."""
    turns = d.get("turns") or []
    for r in recs:
        t = next((t for t in turns if t["start"] <= r.start < t["end"]), None)
        if t is None:
            continue
        c["spk"] += 1
        c["spk_ok"] += int(r.speaker == t["speaker"])
        # the gold role is the participant list's title ("Analyst" for analysts, whose
        # firm is apart), None for the operator and for speakers the list does not name
        c["role_ok"] += int(r.speaker_role == t.get("role"))


def _year_of(label: str | None) -> str | None:
    """The year a period label falls in ("2019-12-31" -> "2019", "FY2019" -> "2019");
    None for spans of years. Filings' gold labels every value with its fiscal year, so the
    year-level figure compares at that granularity."""
    if label is None or ".." in label:
        return None
    return label[2:6] if label.startswith("FY") else label[:4]


def _score_kpi(docs: Sequence[dict[str, Any]], preds: Sequence[list[Record]], rep: Report) -> None:
    tp = n_pred = n_gold = 0
    tp_year = n_pred_year = n_gold_year = 0
    tp_written = n_written = 0
    for d, recs in zip(docs, preds):
        gold = {(_dec(g["value"]), g.get("period_label")) for g in d.get("gold", []) if _dec(g.get("value")) is not None}
        pred = {(_norm(r.value), r.period.label if r.period else None) for r in recs}
        # pairs whose year the sentence itself writes: the part a sentence-level reader can
        # date (the rest take the filing's year from a table header or the filing)
        written = {(v, p) for v, p in gold if (y := _year_of(p)) is not None and y in d["text"]}
        n_written += len(written)
        tp_written += len(written & pred)
        gold_y = {(v, _year_of(p)) for v, p in gold}
        pred_y = {(v, _year_of(p)) for v, p in pred}
        n_gold_year += len(gold_y)
        n_pred_year += len(pred_y)
        tp_year += len(gold_y & pred_y)
        n_gold += len(gold)
        n_pred += len(pred)
        hit = gold & pred
        tp += len(hit)
        for g in gold - pred:
            near = [p for p in pred if p[0] == g[0]]
            rep.errors["period wrong" if near else "value not found"] += 1
        for p in pred - gold:
            if not any(g[0] == p[0] for g in gold):
                rep.errors["extra value (not gold)"] += 1
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    rep.figures.update({
        "gold (value, period) pairs": n_gold,
        "predicted pairs": n_pred,
        "(value, period) precision": prec,
        "(value, period) recall": rec,
        "(value, period) F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "gold pairs whose year the sentence writes": n_written,
        "(value, period) recall on those": tp_written / n_written if n_written else 0.0,
    })
    py = tp_year / n_pred_year if n_pred_year else 0.0
    ry = tp_year / n_gold_year if n_gold_year else 0.0
    rep.figures.update({
        "(value, year of period) precision": py,
        "(value, year of period) recall": ry,
        "(value, year of period) F1": 2 * py * ry / (py + ry) if py + ry else 0.0,
    })


def _is_money_or_percent(unit: str) -> bool:
    """ISO 4217 codes (three capitals) and "%": what the news gold scores."""
    return unit == "%" or (len(unit) == 3 and unit.isupper() and unit.isalpha())


def _score_news(docs: Sequence[dict[str, Any]], preds: Sequence[list[Record]], rep: Report) -> None:
    """Money and percent (value, unit) pairs per sentence; range ends count separately."""
    rep.show = 400  # each miss names its sentence: list them all
    tp = n_pred = n_gold = 0
    for d, recs in zip(docs, preds):
        gold: Counter[tuple[Decimal | None, str]] = Counter(
            (_dec(g.get("value")), g["unit"])
            for g in d.get("gold", [])
            if g.get("class") in ("money", "percent") and _dec(g.get("value")) is not None
        )
        pred: Counter[tuple[Decimal | None, str]] = Counter()
        shown: dict[tuple[Decimal | None, str], str] = {}
        for r in recs:
            if not _is_money_or_percent(r.unit):
                continue
            for v in (r.value, r.value_high):
                if v is not None:
                    pred[(_norm(v), r.unit)] += 1
                    shown[(_norm(v), r.unit)] = r.text
        hit = gold & pred
        tp += sum(hit.values())
        n_gold += sum(gold.values())
        n_pred += sum(pred.values())
        for (v, u), n in (gold - pred).items():
            near = any(pv == v for pv, _ in pred)
            why = "unit differs" if near else "missed"
            rep.errors[f"{why}: {v:f} {u} in {d.get('id', '?')}"] += n
        for k, n in (pred - gold).items():
            rep.errors[f"extra: {shown[k]!r} -> {k[0]:f} {k[1]} in {d.get('id', '?')}"] += n
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    rep.figures.update({
        "gold money+% values": n_gold,
        "predicted money+% values": n_pred,
        "money+% (value, unit) precision": prec,
        "money+% (value, unit) recall": rec,
        "money+% (value, unit) F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
    })


def _gold_quantity(g: dict[str, Any]) -> tuple[Decimal | None, Decimal | None]:
    if g.get("value_range"):
        lo, hi = g["value_range"]
        return _dec(lo), _dec(hi)
    return _dec(g.get("value")), None


def _same_company(pred: str | None, golds: Iterable[str]) -> bool:
    if not pred:
        return False
    return any(pred == g or (len(pred) >= 2 and (pred in g or g in pred)) for g in golds)


def _score_quantities(docs: Sequence[dict[str, Any]], preds: Sequence[list[Record]], rep: Report) -> None:
    from .quantities import find_quantities

    n_gold = n_hit = n_recognised = 0
    p_recs = p_ok = 0
    comp_n = comp_ok = 0
    for d, recs in zip(docs, preds):
        qs = [g for g in d.get("gold", []) if g.get("type") == "quantity" and _gold_quantity(g)[0] is not None]
        # the normaliser alone, before linking: a value needs no metric to be recognised
        found = find_quantities(d["text"], "en" if d.get("lang") == "en" else "zh") if qs else []
        for g in qs:
            lo, hi = _gold_quantity(g)
            n_recognised += any(
                q.start < g["end"] and g["start"] < q.end and _norm(q.value) == lo
                and (hi is None or _norm(q.value_high) == hi)
                and (g.get("unit") is None or q.unit == g.get("unit"))
                for q in found
            )
        # the company of a value: an argument of the same event that the gold marks as a
        # company (FewFC roles its definitions call 公司; persons and courts are not)
        company_spans = {(g["start"], g["end"]) for g in d.get("gold", [])
                         if g.get("type") == "company" and not g.get("suspect_non_company")}
        companies_by_event: list[list[str]] = []
        for ev in d.get("events", []):
            names = [a["text"] for a in ev.get("args", []) if (a["start"], a["end"]) in company_spans]
            companies_by_event.append(names)
        matched_recs: set[int] = set()
        for g in qs:
            n_gold += 1
            lo, hi = _gold_quantity(g)
            unit = g.get("unit")
            hit = None
            for i, r in enumerate(recs):
                if not (r.start < g["end"] and g["start"] < r.end):
                    continue
                if _norm(r.value) == lo and (hi is None or _norm(r.value_high) == hi) and (unit is None or r.unit == unit):
                    hit = i
                    break
            if hit is None:
                near = [r for r in recs if r.start < g["end"] and g["start"] < r.end]
                rep.errors["value found, unit/value differs" if near else f"not found ({unit})"] += 1
                continue
            n_hit += 1
            matched_recs.add(hit)
            # company of the value: a company argument of an event this value belongs to
            ev_names: list[str] = []
            for ev, names in zip(d.get("events", []), companies_by_event):
                if any(a.get("start") == g["start"] and a.get("end") == g["end"] for a in ev.get("args", [])):
                    ev_names.extend(names)
            if ev_names:
                comp_n += 1
                ok = _same_company(recs[hit].company, ev_names)
                comp_ok += int(ok)
                if not ok:
                    rep.errors["company wrong"] += 1
        if "uncovered_digit_runs" in d and not d["uncovered_digit_runs"]:
            # precision only where every digit run is inside a gold span
            gold_spans = [(g["start"], g["end"]) for g in d.get("gold", []) if g.get("type") in ("quantity", "date")]
            for i, r in enumerate(recs):
                p_recs += 1
                if i in matched_recs or (
                    any(c.isdigit() for c in r.text)
                    and any(r.start < b and a < r.end for a, b in gold_spans)
                    and any(r.start < g["end"] and g["start"] < r.end for g in qs)
                ):
                    p_ok += int(i in matched_recs)
                if i not in matched_recs:
                    rep.errors["extra record on a covered line"] += 1
    rep.figures.update({
        "gold quantities": n_gold,
        "value+unit recall": n_hit / n_gold if n_gold else 0.0,
        "value+unit recall of quantities before linking": n_recognised / n_gold if n_gold else 0.0,
        "records on covered lines": p_recs,
        "precision on covered lines": p_ok / p_recs if p_recs else 0.0,
        "company correct (of matched with event company)": comp_ok / comp_n if comp_n else 0.0,
    })
