"""render_html / --format html: a self-contained page, checked in a real headless browser."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from browser import headless_chromium

import extractor

ROOT = Path(__file__).resolve().parents[1]
CALL = (ROOT / "corpus" / "twilio_2021q2_call_en_zh.txt").read_text(encoding="utf-8")
SCREENSHOT = ROOT / "docs" / "html-page.png"


def test_page_is_self_contained_and_marks_every_record(ex) -> None:  # type: ignore[no-untyped-def]
    recs = ex.extract(CALL)
    page = extractor.render_html(CALL, recs, title="Twilio Q2 2021 call")
    assert page.count('<mark class="rec') == len(recs) > 10
    # no network: no external script, stylesheet, image, font or frame
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    # every mark carries its record
    marks = re.findall(r'data-record="([^"]*)"', page)
    import html as h

    first = json.loads(h.unescape(marks[0]))
    assert first["value"] == recs[0].to_dict()["value"] and first["metric"] == recs[0].metric
    # speaker turns are visible
    speakers = {r.speaker for r in recs if r.speaker}
    assert speakers and all(f'<span class="turn">{h.escape(s)}' in page for s in speakers)


def test_text_is_escaped_and_records_must_match() -> None:
    text = "<b>Revenue</b> was $5 million & more."
    page = extractor.render_html(text, extractor.extract(text))
    assert "<b>Revenue</b>" not in page and "&lt;b&gt;Revenue&lt;/b&gt;" in page
    with pytest.raises(ValueError, match="does not match the text"):
        extractor.render_html("other text entirely", extractor.extract(text))
    with pytest.raises(TypeError):
        extractor.render_html(b"bytes", [])  # type: ignore[arg-type]


def test_page_in_headless_chromium(tmp_path: Path, ex) -> None:  # type: ignore[no-untyped-def]
    with headless_chromium() as drv:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By

        recs = ex.extract(CALL)
        page = tmp_path / "call.html"
        page.write_text(extractor.render_html(CALL, recs, title="Twilio Q2 2021 call"),
                        encoding="utf-8")
        drv.get(page.as_uri())
        marks = drv.find_elements(By.CSS_SELECTOR, "mark.rec")
        assert len(marks) == len(recs)
        assert drv.find_elements(By.CSS_SELECTOR, ".turn")
        in_order = sorted(recs, key=lambda r: r.start)
        k, rec = next((k, r) for k, r in enumerate(in_order) if r.metric != "other")
        target = marks[k]
        assert target.text == rec.text
        drv.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
        ActionChains(drv).move_to_element(target).perform()
        panel = drv.find_element(By.ID, "record").text
        # hover shows the record
        assert rec.metric in panel and rec.to_dict()["value"] in panel and "speaker" in panel
        other = marks[k + 1]
        drv.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
        other.click()  # click pins another record
        assert "sel" in other.get_attribute("class")
        assert in_order[k + 1].to_dict()["value"] in drv.find_element(By.ID, "record").text
        errors = [e for e in drv.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
        if os.environ.get("EXTRACTOR_SCREENSHOT"):  # refresh docs/html-page.png by hand
            SCREENSHOT.parent.mkdir(exist_ok=True)
            drv.save_screenshot(str(SCREENSHOT))


def test_broken_page_would_be_caught(tmp_path: Path) -> None:
    """The console check above can fail: a script error shows up as SEVERE."""
    with headless_chromium() as drv:
        page = tmp_path / "bad.html"
        page.write_text("<!DOCTYPE html><html><body><script>nosuchfn()</script></body></html>")
        drv.get(page.as_uri())
        assert any(e["level"] == "SEVERE" for e in drv.get_log("browser"))


def test_screenshot_is_in_the_repository() -> None:
    assert SCREENSHOT.is_file() and SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "docs/html-page.png" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_missing_browser_skips_with_reason_or_fails_when_required(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import browser

    monkeypatch.setattr(browser, "_find", lambda *names: None)
    monkeypatch.setattr(browser, "REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match="chromium.*EXTRACTOR_REQUIRE_BROWSER=1"):
        browser.browser_or_skip()
    monkeypatch.setattr(browser, "REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="EXTRACTOR_REQUIRE_BROWSER is set"):
        browser.browser_or_skip()
