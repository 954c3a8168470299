"""The development-data switch: skipped with a reason on a plain clone, an error in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_REQUIRE_SHARED"}
    full.update(EXTRACTOR_SHARED_DIR=str(tmp_path / "absent"), **env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/test_dev_scores.py", "tests/test_shared_data.py::test_marker_is_registered"],
        cwd=ROOT, env=full, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_without_the_workspace_data_tests_skip_with_the_reason(tmp_path: Path) -> None:
    run = _pytest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "needs the development data at" in run.stdout
    assert "1 passed" in run.stdout and "skipped" in run.stdout


def test_ci_switch_makes_missing_data_an_error(tmp_path: Path) -> None:
    run = _pytest(tmp_path, EXTRACTOR_REQUIRE_SHARED="1")
    assert run.returncode == 4, run.stdout + run.stderr  # pytest's usage error
    assert "EXTRACTOR_REQUIRE_SHARED is set but the development data is missing" in run.stderr


def test_marker_is_registered() -> None:
    from shared_data import needs_shared

    assert needs_shared.name == "needs_shared"
