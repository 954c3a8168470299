"""The built-in currency table and one extended by a user's file: the tables the tests
of scanner shortcuts compare a shortcut with the path it replaces on."""

from __future__ import annotations

import json

import pytest

from extractor.currencies import CurrencyTable


def builtin_and_extended(tmp_path_factory: pytest.TempPathFactory) -> list[CurrencyTable]:
    """The built-in table, and the same with a made-up currency of every kind of mark."""
    d = tmp_path_factory.mktemp("pats")
    (d / "currencies.jsonl").write_text(
        json.dumps({"code": "XQQ", "name": "Quokka dollar", "symbols": ["Q$", "Qk"],
                    "en": ["quokka dollars"], "zh": ["袋鼠币"]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    return [CurrencyTable.load(()), CurrencyTable.load([d])]
