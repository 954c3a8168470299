"""The sentence a linker works on and what it decides for each value (shared types, no logic)."""

from __future__ import annotations

from typing import Literal

import attrs

from ..companies import CompanyMention
from ..metrics import MetricMention
from ..normalize.periods import PeriodMention
from ..quantities import Quantity
from ..records import Period

Lang = Literal["en", "zh"]


@attrs.define
class Sentence:
    """A sentence and its mentions; offsets of mentions are relative to ``text``."""

    text: str
    offset: int  # where the sentence starts in the input text
    lang: Lang
    para_index: int
    speaker: str | None = None
    role: str | None = None
    quantities: list[Quantity] = attrs.Factory(list)
    metrics: list[MetricMention] = attrs.Factory(list)
    periods: list[PeriodMention] = attrs.Factory(list)
    companies: list[CompanyMention] = attrs.Factory(list)
    needs_ner: bool = False  # only the English model can tell whose values these are


@attrs.frozen
class Link:
    """What the linker decided for one quantity."""

    quantity: Quantity
    metric: str
    metric_text: str | None
    unit: str
    change: Literal["up", "down"] | None
    kind: Literal["actual", "guidance", "target"]
    period: Period | None
    company: str | None
