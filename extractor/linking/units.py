"""Which units a metric accepts: the unit class of a value and the metric lexicon's unit."""

from __future__ import annotations

# Which units each metric's ``unit`` class accepts.
METRIC_UNIT_OK: dict[str, frozenset[str]] = {
    "money": frozenset({"money"}),
    "percent": frozenset({"%", "bp", "pp"}),
    "count": frozenset({"count", "bare"}),
    "shares": frozenset({"shares", "bare"}),
    "ratio": frozenset({"bare", "%"}),
    "stake": frozenset({"%", "shares", "bare"}),  # a holding: a percentage or a number of shares
    "any": frozenset({"money", "%", "bp", "pp", "count", "shares", "bare"}),
}


def unit_class(unit: str | None) -> str:
    """'money' for ISO codes, else the unit itself; 'bare' for a number without unit."""
    if unit is None:
        return "bare"
    if unit in ("%", "bp", "pp", "count", "shares"):
        return unit
    return "money"


def _is_growth_metric(metric: str) -> bool:
    return metric.endswith("_growth") or metric == "same_store_sales"


def _unit_compatible(metric_unit: str, ucls: str, change_hint: bool, metric: str) -> bool:
    if ucls in METRIC_UNIT_OK.get(metric_unit, METRIC_UNIT_OK["any"]):
        return True
    # a percentage change of any metric: "revenue rose 2.5%", "营收同比增长12%"
    if ucls in ("%", "bp", "pp") and change_hint:
        return True
    # a growth metric's value may be a percentage even when the lexicon says otherwise
    return ucls == "%" and _is_growth_metric(metric)
