"""Where the development workspace lives, and how tests that need it say so.

The development data (``../shared/data``) sits beside a checkout in the development
workspace only; a user's clone does not have it. Tests that read it carry the
``needs_shared`` marker (or skip their whole module with :func:`skip_module_without`), so
that on a plain clone they are skipped with a stated reason. CI sets
``EXTRACTOR_REQUIRE_SHARED=1``: then a missing workspace is a usage error and nothing is
skipped for that reason (see ``conftest.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: EXTRACTOR_SHARED_DIR points elsewhere (the tests of this mechanism use it)
SHARED = Path(os.environ.get("EXTRACTOR_SHARED_DIR") or ROOT.parent / "shared")
DEV = SHARED / "data" / "dev"
REQUIRE_ENV = "EXTRACTOR_REQUIRE_SHARED"
REQUIRED = os.environ.get(REQUIRE_ENV, "") not in ("", "0")
REASON = (
    f"needs the development data at {DEV} (the development workspace beside the checkout; "
    f"CI sets {REQUIRE_ENV}=1 to run these)"
)
#: tests marked with this are skipped (with REASON) when DEV is missing
needs_shared = pytest.mark.needs_shared


def shared_present() -> bool:
    return DEV.is_dir()


def skip_module_without(module: str) -> None:
    """Skip the calling test module when the development data is absent.

    Call it at module level before anything reads the data. Under
    ``EXTRACTOR_REQUIRE_SHARED=1`` conftest has already stopped the run instead.
    """
    if not shared_present():
        pytest.skip(f"{module}: {REASON}", allow_module_level=True)
