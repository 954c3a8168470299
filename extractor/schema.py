"""The JSON Schema of ``Record.to_dict()``, shipped as ``extractor/record.schema.json``.

>>> import extractor
>>> schema = extractor.record_schema()
>>> schema["required"][:4], schema["properties"]["kind"]["enum"]
(['company', 'metric', 'metric_text', 'value'], ['actual', 'guidance', 'target'])
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_FILE", "record_schema"]

SCHEMA_FILE = "record.schema.json"


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Record.to_dict()`` satisfies (a fresh copy)."""
    raw = resources.files("extractor").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    out: dict[str, Any] = json.loads(raw)
    return out
