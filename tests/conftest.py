from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import DEV, REASON, REQUIRE_ENV, REQUIRED, shared_present

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "needs_shared: reads the development data in ../shared (skipped without it)"
    )
    if REQUIRED and not shared_present():
        raise pytest.UsageError(
            f"{REQUIRE_ENV} is set but the development data is missing: {DEV}"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shared_present():
        return
    skip = pytest.mark.skip(reason=REASON)
    for item in items:
        if item.get_closest_marker("needs_shared"):
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if shared_present():
        return
    skipped = [
        r for r in terminalreporter.stats.get("skipped", []) if REASON in str(r.longrepr)
    ]
    terminalreporter.write_line(
        f"{len(skipped)} test item(s) or module(s) skipped: no development data at {DEV} "
        f"(normal outside the development workspace; CI runs them with {REQUIRE_ENV}=1)"
    )


@pytest.fixture(scope="session")
def ex():  # type: ignore[no-untyped-def]
    """One Extractor for the whole session (building it loads spaCy once)."""
    from extractor import Extractor

    return Extractor()
