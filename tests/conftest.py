from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def ex():  # type: ignore[no-untyped-def]
    """One Extractor for the whole session (building it loads spaCy once)."""
    from extractor import Extractor

    return Extractor()
