"""The periods of a table's columns: a header row naming periods dates the values under it.

A results table written as text puts the periods in a header row and the values of each
period in its column::

    (In millions)        Q4 2024   Q4 2023   Change
    Revenue              $1,234    $1,100    12%

Read as prose, every value would take the nearest period before it (the header's last).
Here each value takes the period of the header cell it stands under, found by its place
in its line (columns of spaces) or by the number of "|" rules before it (Markdown
tables). A value under a cell that names no period ("Change") gets none, and so does a
value under a period whose span the table says elsewhere ("Three Months Ended" above
"2024  2023": the column is a quarter, not the year) unless the lines stacked above the
year read with it as one span ("Three Months Ended" / "June 30," / "2024": 2024-Q2),
rather than a guess.

Pure: no spaCy.

>>> text = "                 Q4 2024   Q4 2023   Change\\nRevenue          $1,234    $1,100    12%"
>>> header = cells_of(text, 0, text.index("\\n"))
>>> [(c.text, c.start, c.end) for c in header]
[('Q4 2024', 17, 24), ('Q4 2023', 27, 34), ('Change', 37, 43)]
>>> row = text.index("$1,100")
>>> under(text, header, row, row + 6).text
'Q4 2023'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final, Literal

import attrs

from .currencies import LazyHints
from .lang import get_language
from .linking.cues import per_language
from .linking.sentence import Sentence
from .metrics import MetricMention
from .normalize.numbers import clean_decimal, scale_of
from .normalize.periods import PeriodContext, find_periods
from .quantities import Quantity
from .records import Period
from .segment import is_table

__all__ = ["Cell", "TableReader", "cells_of", "spans_elsewhere", "stacked_period", "under"]

_EN = get_language("en")

# a cell of a row of spaces: words with at most two spaces between them
_SPACED_CELL: Final = re.compile(r"\S+(?: {1,2}\S+)*")
# a bracketed bare number standing alone as a table cell ("(45)", "(1,234.5)")
_BRACKETED: Final = re.compile(r"(?<![\w(])\((\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\)(?![\w)%])")
# a row label that gives its numbers' unit as percent ("Gross margin (%)", "Margin %")
_PERCENT_LABEL: Final = re.compile(r"\((?:%|percent|per cent)\)|%\s*$", re.IGNORECASE)
# a row label that gives its numbers' currency and scale ("Revenue ($M)", "Net debt (€bn)")
_ROW_UNIT: Final = re.compile(_EN.regex("TABLE_ROW_UNIT_NOTE"), re.IGNORECASE)
# a column's span said in a header line above the periods ("Three Months Ended")
_SPAN_WORDS: Final = re.compile(_EN.regex("TABLE_SPAN_HEADER"), re.IGNORECASE)


@attrs.frozen
class Cell:
    """One cell of a header row: its text and its place (columns in its line, or its
    index among the "|" cells of a Markdown row: ``start == end``)."""

    text: str
    start: int
    end: int
    ruled: bool  # a "|" table: start/end are the cell's index


_Place = tuple[int, int, bool]  # columns in its line (or the "|" cell index), ruled


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _same_column(a: _Place, b: _Place) -> bool:
    if a[2] or b[2]:
        return a == b
    return a[0] < b[1] and b[0] < a[1]


def cells_of(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the row ``text[start:end]`` (one line)."""
    ls = _line_start(text, start)
    line = text[ls:end]
    if line.count("|") >= 2:
        out: list[Cell] = []
        for i, part in enumerate(line.split("|")):
            if part.strip():
                out.append(Cell(part.strip(), i, i, True))
        return out
    return [
        Cell(m.group(), m.start(), m.end(), False)
        for m in _SPACED_CELL.finditer(line)
    ]


def _place_of(text: str, start: int, end: int, ruled: bool) -> _Place:
    """Where ``text[start:end]`` stands in its row: its columns in the line, or (``ruled``)
    the index of its "|" cell."""
    ls = _line_start(text, start)
    if ruled:
        idx = text.count("|", ls, start)
        return idx, idx, True
    return start - ls, end - ls, False


def _nearest(cells: Sequence[Cell], a: int, b: int) -> Cell | None:
    """The cell whose middle is nearest the middle of columns ``a``..``b``."""
    mid = (a + b) / 2
    return min(cells, key=lambda c: abs((c.start + c.end) / 2 - mid), default=None)


def under(text: str, header: Sequence[Cell], start: int, end: int) -> Cell | None:
    """The header cell the value at ``text[start:end]`` stands under, or None."""
    if not header:
        return None
    a, b, ruled = _place_of(text, start, end, header[0].ruled)
    if ruled:
        return next((c for c in header if c.start == a), None)
    overlapping = [c for c in header if c.start < b and a < c.end]
    if len(overlapping) == 1:
        return overlapping[0]
    nearest = _nearest(header, a, b)
    return nearest if nearest is not None and abs((nearest.start + nearest.end - a - b) / 2) <= 6 else None


def _lead_lines(text: str, header_start: int) -> list[int]:
    """The starts of the lines above the header row's line, up to a blank line (at most
    six), top first."""
    ls = _line_start(text, header_start)
    starts: list[int] = []
    while ls > 0 and len(starts) < 6:
        prev = _line_start(text, ls - 1)
        if not text[prev : ls - 1].strip():
            break
        starts.append(prev)
        ls = prev
    return starts[::-1]


def spans_elsewhere(text: str, header_start: int) -> bool:
    """Does the table say, in the lines above its header row (up to a blank line), what
    span its columns cover ("Three Months Ended", "Nine months ended")? Then a bare year
    in the header is that span's end, not the column's period."""
    return any(
        _SPAN_WORDS.search(text, a, text.find("\n", a)) for a in _lead_lines(text, header_start)
    )


def stacked_period(text: str, header_start: int, cell: Cell, ctx: PeriodContext) -> Period | None:
    r"""The period a year cell of a header row ends, read with the lines stacked above it
    ("Three Months Ended" / "June 30," / "2025": 2025-Q2): the cell of each line above
    that stands nearest over the year, then the year, read as one phrase. None when that
    phrase is not one span ending in the year.

    >>> t = "        Nine Months Ended\n          September 30,\n        2025        2024\nSales   $9          $8"
    >>> hs = t.index("2025")
    >>> [stacked_period(t, hs, c, PeriodContext()).label for c in cells_of(t, hs, t.index("\nSales"))]
    ['2025-01..2025-09', '2024-01..2024-09']
    """
    if cell.ruled:
        return None
    parts: list[str] = []
    for a in _lead_lines(text, header_start):
        end = text.find("\n", a)
        cells = cells_of(text, a, end if end >= 0 else len(text))
        over = [c for c in cells if c.start < cell.end + 8 and cell.start - 8 < c.end]
        # the nearest cell above (a span is centred over its columns, or starts with them)
        pick = _nearest(over, cell.start, cell.end)
        if pick is not None and not pick.text.startswith("("):  # "(In millions)" is no span
            parts.append(pick.text)
    if not parts:
        return None
    phrase = " ".join([*parts, cell.text])
    found = [p for p in find_periods(phrase, "en", ctx) if p.end == len(phrase)]
    if len(found) != 1 or found[0].period is None or found[0].start != 0:
        return None
    return found[0].period


def _covers(c: Cell, m: MetricMention) -> bool:
    """Is the metric phrase ``m`` most of cell ``c`` ("Operating margin", not "Revenue
    per employee" naming revenue)?"""
    return len(m.text) * 2 >= len(c.text)


# a stacked header writes its years in full: no document date is needed to read it
_NO_CONTEXT: Final = PeriodContext()

# a header cell over the changes of the row's metric ("YoY change", "% Chg", "增减")
_CHANGE_CELL: Final = per_language("TABLE_CHANGE_HEADER")


class TableReader:
    """Reads one document's tables in order: the header row of the table paragraph being
    read, the period of the column each value of its rows stands in, and the currency of
    each column (tables write "$" on a column's first row only)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.table = False
        self.header: list[Cell] | None = None
        self.dated = False  # the header names periods (its columns are dated, maybe None)
        self.periods: dict[Cell, Period] = {}
        self.metrics: dict[Cell, MetricMention] = {}
        self.changes: set[Cell] = set()
        self.currencies: list[tuple[_Place, str]] = []
        self._hints: LazyHints | None = None  # what "$" means here (asked by a row's label)

    def paragraph(self, para_text: str) -> None:
        """A new paragraph begins (a table ends where its paragraph does)."""
        self.table = is_table(para_text)
        self.header, self.periods, self.currencies = None, {}, []
        self.dated, self.metrics, self.changes = False, {}, set()

    def _place(self, s: Sentence, q: Quantity) -> _Place:
        return _place_of(self.text, s.offset + q.start, s.offset + q.end, s.text.count("|") >= 2)

    def _as_money(self, q: Quantity, place: _Place, note: tuple[Decimal, str] | None) -> Quantity | None:
        """A money row's bare number in the unit note's currency and scale, else in the
        currency written higher in its column; None when neither says."""
        if note is not None:
            return attrs.evolve(q, unit=note[1], value=clean_decimal(q.value * note[0]))
        cur = next((u for p, u in reversed(self.currencies) if _same_column(p, place)), None)
        return attrs.evolve(q, unit=cur) if cur is not None else None

    def money_in_columns(
        self, s: Sentence, money_row: bool, note: tuple[Decimal, str] | None = None
    ) -> list[Quantity]:
        """The row's values, each bare number under a column whose earlier rows wrote a
        currency ("Cost of revenue   600   550" under "$ 1,234   $ 1,100") in that
        currency, when the row's label names a sum of money (``money_row``), and a
        percentage when the label says "(%)", a bracketed percentage negative ("(3.1%)");
        the currencies written in the row are noted for the rows below. Under a unit
        note (``note``: "单位：万元" gives (10000, "CNY")) a money row's bare numbers are
        in the note's unit."""
        if not self.table:
            return s.quantities
        first = s.quantities[0].start if s.quantities else len(s.text)
        percent_row = bool(_PERCENT_LABEL.search(s.text, 0, first))
        own = self._row_note(s.text, first)
        if own is not None:  # "Revenue ($M)   1,234   1,100": the label's unit wins
            money_row, note = True, own
        out: list[Quantity] = []
        quantities = s.quantities
        if money_row and "(" in s.text:
            quantities = sorted([*quantities, *self._bracketed(s, note)], key=lambda q: q.start)
        for q in quantities:
            place = self._place(s, q)
            if (
                q.unit in ("%", "bp", "pp")
                and q.value > 0
                and s.text[q.start - 1 : q.start] == "("
                and s.text[q.end : q.end + 1] == ")"
            ):
                # a cell "(3.1%)": a table's negative, brackets and all
                q = attrs.evolve(
                    q, start=q.start - 1, end=q.end + 1, text=f"({q.text})", value=-q.value
                )
            if q.unit is not None and len(q.unit) == 3 and q.unit.isupper():
                self.currencies.append((place, q.unit))
            elif q.unit is None and percent_row and q.value_high is None:
                q = attrs.evolve(q, unit="%")  # "Gross margin (%)   74.3   73.7"
            elif q.unit is None and money_row and q.value_high is None:
                q = self._as_money(q, place, note) or q
            out.append(q)
        return out

    def _row_note(self, text: str, first: int) -> tuple[Decimal, str] | None:
        """(scale, currency) a row's label gives its bare numbers in brackets ("Revenue
        ($M)", "Net debt (€bn)", "Sales (US$ millions)"), the currency as the document
        decides an ambiguous mark ("$" in a Canadian report); None when it gives none."""
        m = _ROW_UNIT.search(text, 0, first)
        if m is None:
            return None
        token = m.group("cur") or m.group("cur2")
        scale = (m.group("scale") or m.group("scale2")).lower()
        if self._hints is None:
            self._hints = LazyHints(self.text)
        code = self._hints.code(token.rstrip("."), "en")
        bare = scale.lstrip("'’")  # "'000s" is thousands; "millions" a million
        factor = Decimal(1000) if bare.startswith("000") else scale_of(bare) or scale_of(bare.removesuffix("s"))
        if code is None or factor is None:
            return None
        return factor, code

    def _bracketed(self, s: Sentence, note: tuple[Decimal, str] | None) -> list[Quantity]:
        """A money row's bracketed bare numbers ("Net loss   (45)   (60)"): negative sums
        in the currency of their column (or of the unit note), which the scanner leaves
        out as list markers."""
        taken = [(q.start, q.end) for q in s.quantities]
        out: list[Quantity] = []
        for m in _BRACKETED.finditer(s.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            q = Quantity(
                m.start(), m.end(), m.group(), -Decimal(m.group(1).replace(",", "")), None,
                None, None, None, False,
            )  # fmt: skip
            money = self._as_money(q, self._place(s, q), note)
            if money is not None:
                out.append(money)
        return out

    def read_header(self, s: Sentence) -> None:
        """Take ``s`` as the table's header row if it is one: a row without values that
        names two periods or more, or two metrics (or a metric and a change column)."""
        if not self.table or s.quantities:
            return
        named = [p for p in s.periods if p.period is not None]
        dated = len({p.period for p in named}) >= 2
        header = cells_of(self.text, s.offset, s.offset + len(s.text))
        metrics: dict[Cell, MetricMention] = {}
        for m in s.metrics:
            c = under(self.text, header, s.offset + m.start, s.offset + m.end)
            if c is not None and c not in metrics and _covers(c, m):
                metrics[c] = m
        changes = {c for c in header if _CHANGE_CELL[s.lang].fullmatch(c.text)}
        if not dated and len(metrics) + len(changes) < 2:
            return
        spans = spans_elsewhere(self.text, s.offset)
        periods: dict[Cell, Period] = {}
        for p in named if dated else []:
            c = under(self.text, header, s.offset + p.start, s.offset + p.end)
            if c is None or p.period is None:
                continue
            if not spans:
                periods[c] = p.period
            elif s.lang == "en" and (ended := stacked_period(self.text, s.offset, c, _NO_CONTEXT)):
                periods[c] = ended  # "Three Months Ended / June 30, / 2025": 2025-Q2
        self.header, self.periods, self.dated = header, periods, dated
        self.metrics, self.changes = metrics, changes

    def column_metric(self, s: Sentence, q: Quantity) -> MetricMention | Literal["change"] | None:
        """What the header says the column of ``q`` measures: the metric its cell names,
        "change" for a change column ("YoY change", "增减"), else None."""
        if self.header is None or not (self.metrics or self.changes):
            return None
        c = under(self.text, self.header, s.offset + q.start, s.offset + q.end)
        if c is None:
            return None
        if c in self.changes:
            return "change"
        return self.metrics.get(c)

    def column_period(self, s: Sentence, q: Quantity) -> tuple[bool, Period | None]:
        """(whether a header decides, the period of the column ``q`` stands in); a row
        that names a period itself is read as prose."""
        if self.header is None or not self.dated or s.periods:
            return False, None
        c = under(self.text, self.header, s.offset + q.start, s.offset + q.end)
        return True, self.periods.get(c) if c is not None else None
