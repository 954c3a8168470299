"""Which company a value belongs to: kept as an import path, the rules are in
:mod:`extractor.linking.company`."""

from __future__ import annotations

from .linking.company import pick_company

__all__ = ["pick_company"]
