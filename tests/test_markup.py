"""HTML input: :func:`extractor.html_to_text` gives the text `extract` reads (paragraphs,
table rows as ``|`` rows dated by their header), and `extract` warns when handed markup.

Pages are written for these tests.
"""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest

import extractor
from extractor.markup import MarkupWarning, html_to_text, looks_like_html

PAGE = """<html><head><style>p { color: red }</style></head><body>
<h1>Quellbury Reports Record Results</h1>
<p>NEW YORK, March 3, 2025 -- Quellbury Corp. reported fourth-quarter revenue of
<b>$2.1&nbsp;billion</b>, up 9%.</p>
<table><tr><th></th><th>FY2024</th><th>FY2023</th></tr>
<tr><td>Net income ($M)</td><td>412</td><td>388</td></tr>
<tr><td>Operating margin</td><td>18.2%</td><td>17.5%</td></tr></table>
<script>var revenue = 5;</script>
</body></html>"""


def test_the_text_of_a_page_keeps_its_paragraphs_and_rows() -> None:
    text = html_to_text(PAGE)
    assert text.split("\n\n")[0] == "Quellbury Reports Record Results"
    assert "revenue of $2.1 billion, up 9%." in text  # the no-break space is a space
    assert "| Net income ($M) | 412 | 388 |" in text.splitlines()
    assert "var revenue" not in text and "color" not in text


def test_values_of_a_page_are_read_with_their_table_periods(ex) -> None:  # type: ignore[no-untyped-def]
    text = html_to_text(PAGE)
    got = {r.text: r for r in ex.extract(text, lang="en")}
    assert (got["$2.1 billion"].value, got["$2.1 billion"].period.label) == (Decimal(2_100_000_000), "2024-Q4")
    assert (got["412"].value, got["412"].unit, got["412"].period.label) == (Decimal(412_000_000), "USD", "FY2024")
    assert (got["17.5%"].metric, got["17.5%"].period.label) == ("operating_margin", "FY2023")
    for r in got.values():
        assert text[r.start : r.end] == r.text


def test_extract_warns_when_handed_markup(ex) -> None:  # type: ignore[no-untyped-def]
    with pytest.warns(MarkupWarning, match="html_to_text"):
        ex.extract("<p>Revenue was $5 million.</p><p>Costs fell 2%.</p>", lang="en")


def test_a_comparison_sign_is_no_markup(ex) -> None:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("error", MarkupWarning)
        recs = ex.extract("Margin was < 5% and <b>revenue</b> > $3 million.", lang="en")
    assert len(recs) == 2
    assert not looks_like_html("x < 5 and y > 3")


def test_html_to_text_is_public_and_checks_its_argument() -> None:
    assert extractor.html_to_text("<p>a</p><p>b</p>") == "a\n\nb"
    with pytest.raises(TypeError, match="markup must be a str"):
        html_to_text(b"<p>a</p>")  # type: ignore[arg-type]
