"""Headless Chromium for the page test (Debian's chromium + chromium-driver, via Selenium).

Where they are missing the browser test is skipped with the reason; ``.ci/run`` installs
them and sets ``EXTRACTOR_REQUIRE_BROWSER=1``, which makes their absence a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

REQUIRE_ENV = "EXTRACTOR_REQUIRE_BROWSER"
REQUIRED = os.environ.get(REQUIRE_ENV, "") not in ("", "0")


def _find(*names: str) -> str | None:
    for n in names:
        p = shutil.which(n) or (n if os.path.isfile(n) else None)
        if p:
            return p
    return None


def browser_or_skip() -> tuple[str, str]:
    """Paths of chromium and chromedriver, or skip (fail under EXTRACTOR_REQUIRE_BROWSER=1)."""
    missing = []
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package (the 'test' extra)")
    chrome = _find("chromium", "chromium-browser", "/usr/lib/chromium/chromium")
    driver = _find("chromedriver", "/usr/lib/chromium/chromedriver")
    if chrome is None:
        missing.append("chromium (apt-get install chromium)")
    if driver is None:
        missing.append("chromedriver (apt-get install chromium-driver)")
    if missing:
        reason = "browser test needs " + ", ".join(missing)
        if REQUIRED:
            pytest.fail(f"{REQUIRE_ENV} is set but {reason}")
        pytest.skip(f"{reason}; CI sets {REQUIRE_ENV}=1 to run it")
    assert chrome is not None and driver is not None
    return chrome, driver


@contextmanager
def headless_chromium() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chrome, driver_path = browser_or_skip()
    profile = tempfile.mkdtemp(prefix="extractor-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                "--window-size=1280,900"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(executable_path=driver_path))
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)
