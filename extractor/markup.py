"""HTML markup to the plain text `extract` reads: paragraphs apart, table rows as rows.

``extract`` reads text: its offsets index the string it is given, so it does not guess
its way through markup. A page or a filing saved as HTML goes through
:func:`html_to_text` first, and the records' offsets index the text it returns::

    >>> from extractor.markup import html_to_text
    >>> page = ("<h1>Acme Reports Results</h1><p>Revenue was <b>$2.1&nbsp;billion</b>, up 9%.</p>"
    ...         "<table><tr><th></th><th>FY2024</th><th>FY2023</th></tr>"
    ...         "<tr><td>Net income</td><td>$412</td><td>$388</td></tr></table>")
    >>> print(html_to_text(page))
    Acme Reports Results
    <BLANKLINE>
    Revenue was $2.1 billion, up 9%.
    <BLANKLINE>
    |  | FY2024 | FY2023 |
    | Net income | $412 | $388 |

Block elements (``p``, ``div``, headings, list items, ``br``) end a paragraph; a table's
rows become ``|``-separated rows, one per line (the way Markdown writes them, which the
table reader dates by their header row); ``script`` and ``style`` are dropped; character
references are decoded and no-break spaces become spaces. Standard library only.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Final

__all__ = ["MarkupWarning", "html_to_text", "looks_like_html"]


class MarkupWarning(UserWarning):
    """``extract`` was given HTML markup: its values inside tags are read as written, but
    tags glued to a value can hide it. Pass the text of :func:`html_to_text` instead."""

# elements that end a paragraph where they open or close
_BLOCKS: Final = frozenset(
    [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "aside", "nav",
        "main", "figure", "figcaption", "caption", "title", "address", "table", "thead",
        "tbody", "tfoot",
    ]
)
_SKIPPED: Final = frozenset({"script", "style", "head", "noscript", "template"})
# a tag of a page's structure (paragraphs, tables, lists): plain text with a word or two
# in <b> is still read as it is
_TAG: Final = re.compile(
    r"</?(?:p|div|br|table|tr|td|th|li|ul|ol|h[1-6]|html|body)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_SPACES: Final = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f]+")


def looks_like_html(text: str) -> bool:
    """Does ``text`` hold HTML markup (at least two tags of a page's structure)?

    >>> looks_like_html("<p>Revenue was $5 million.</p>"), looks_like_html("margin < 5% and > 3%")
    (True, False)
    """
    if "<" not in text:
        return False
    it = _TAG.finditer(text)
    return next(it, None) is not None and next(it, None) is not None


class _TextParser(HTMLParser):
    """Collects paragraphs and table rows (see :func:`html_to_text`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.words: list[str] = []  # the paragraph being read
        self.rows: list[list[str]] | None = None  # the table being read
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0

    def _end_paragraph(self) -> None:
        text = " ".join("".join(self.words).split())
        if text:
            self.paragraphs.append(text)
        self.words = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "table":
            self._end_paragraph()
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in _BLOCKS and self.cell is None:
            self._end_paragraph()
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr", "img"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()).replace("|", "/"))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.rows is not None:
            if any(self.row):
                self.rows.append(self.row)
            self.row = None
        elif tag == "table" and self.rows is not None:
            self._end_table()
        elif tag in _BLOCKS and self.cell is None:
            self._end_paragraph()

    def _end_table(self) -> None:
        if self.rows:
            self.paragraphs.append("\n".join("| " + " | ".join(r) + " |" for r in self.rows))
        self.rows, self.row, self.cell = None, None, None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = _SPACES.sub(" ", data)
        if self.cell is not None:
            self.cell.append(data)
        elif self.rows is None:
            self.words.append(data)

    def text(self) -> str:
        if self.rows is not None:
            self._end_table()
        self._end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_to_text(markup: str) -> str:
    """The text of an HTML page or fragment, as ``extract`` reads it: one paragraph per
    block, a blank line between paragraphs, a table's rows as ``| a | b |`` lines.

    >>> html_to_text("<div>Net sales rose 4%<br>to &euro;1.2bn</div><script>x = 1</script>")
    'Net sales rose 4%\\n\\nto €1.2bn'
    """
    if not isinstance(markup, str):
        raise TypeError(f"markup must be a str, got {type(markup).__name__}")
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return parser.text()
