"""The records `extractor` returns: :class:`Period` and :class:`Record`.

This module is pure (no spaCy) and cheap to import.

>>> p = Period.quarter(2021, 2)
>>> p.label, p.start.isoformat(), p.end.isoformat()
('2021-Q2', '2021-04-01', '2021-06-30')
>>> Period.from_label("FY2021-Q3").label
'FY2021-Q3'
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import attrs

__all__ = ["Period", "PeriodKind", "Record"]

PeriodKind = Literal[
    "year",
    "fiscal_year",
    "quarter",
    "fiscal_quarter",
    "half",
    "fiscal_half",
    "month",
    "months",
    "day",
    "years",
]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@attrs.frozen(order=False)
class Period:
    """What a value is for, with a canonical ``label``.

    ``start`` and ``end`` are the first and the last day the period covers (both
    inclusive). Fiscal periods carry ``start``/``end`` of ``None``: the text does not
    say when the company's fiscal year ends, and we never invent it.

    Labels: ``2021`` (year), ``FY2021`` (fiscal year), ``2021-Q2`` (quarter),
    ``FY2021-Q2`` (fiscal quarter), ``2021-H1`` (half), ``FY2021-H1`` (fiscal half),
    ``2015-11`` (month), ``2021-01..2021-09`` (a span of months inside one year, e.g.
    "前三季度", "first nine months"), ``2016-06-23`` (day), ``2021..2024`` (a span of years).
    """

    label: str
    kind: PeriodKind
    start: date | None
    end: date | None

    # -- constructors -------------------------------------------------------------
    @classmethod
    def year(cls, year: int) -> Period:
        return cls(str(year), "year", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def fiscal_year(cls, year: int) -> Period:
        return cls(f"FY{year}", "fiscal_year", None, None)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter must be 1..4, got {quarter}")
        m = 3 * (quarter - 1) + 1
        return cls(f"{year}-Q{quarter}", "quarter", date(year, m, 1), _last_day(year, m + 2))

    @classmethod
    def fiscal_quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"quarter must be 1..4, got {quarter}")
        return cls(f"FY{year}-Q{quarter}", "fiscal_quarter", None, None)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise ValueError(f"half must be 1 or 2, got {half}")
        m = 1 if half == 1 else 7
        return cls(f"{year}-H{half}", "half", date(year, m, 1), _last_day(year, m + 5))

    @classmethod
    def fiscal_half(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise ValueError(f"half must be 1 or 2, got {half}")
        return cls(f"FY{year}-H{half}", "fiscal_half", None, None)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1..12, got {month}")
        return cls(f"{year}-{month:02d}", "month", date(year, month, 1), _last_day(year, month))

    @classmethod
    def day(cls, d: date) -> Period:
        return cls(d.isoformat(), "day", d, d)

    @classmethod
    def months(cls, year: int, first_month: int, last_month: int) -> Period:
        """A span of whole months inside one calendar year, label ``2021-01..2021-09``.

        A span that is exactly a month, a quarter, a half or the year gets that
        canonical kind instead (as :meth:`years` does for one year), so one stretch of
        time has one label:

        >>> Period.months(2021, 1, 9).label, Period.months(2021, 1, 9).end
        ('2021-01..2021-09', datetime.date(2021, 9, 30))
        >>> [Period.months(2021, a, b).label for a, b in [(4, 6), (1, 6), (1, 12), (5, 5)]]
        ['2021-Q2', '2021-H1', '2021', '2021-05']
        """
        if not 1 <= first_month <= last_month <= 12:
            raise ValueError(
                f"months must satisfy 1 <= first <= last <= 12: {first_month}..{last_month}"
            )
        if first_month == last_month:
            return cls.month(year, first_month)
        if (first_month, last_month) == (1, 12):
            return cls.year(year)
        if (first_month, last_month) in ((1, 6), (7, 12)):
            return cls.half(year, 1 if first_month == 1 else 2)
        if last_month - first_month == 2 and first_month % 3 == 1:
            return cls.quarter(year, (first_month + 2) // 3)
        return cls(
            f"{year}-{first_month:02d}..{year}-{last_month:02d}",
            "months",
            date(year, first_month, 1),
            _last_day(year, last_month),
        )

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        if last < first:
            raise ValueError(f"span of years must not end before it starts: {first}..{last}")
        if first == last:
            return cls.year(first)
        return cls(f"{first}..{last}", "years", date(first, 1, 1), date(last, 12, 31))

    _LABEL = re.compile(
        r"^(?:(?P<fy>FY)?(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])))?"
        r"|(?P<my>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?"
        r"|(?P<y1>\d{4})\.\.(?P<y2>\d{4})"
        r"|(?P<sy>\d{4})-(?P<m1>\d{2})\.\.(?P<sy2>\d{4})-(?P<m2>\d{2}))$"
    )

    @classmethod
    def from_label(cls, label: str) -> Period:
        """Build a Period back from its canonical label (the inverse of ``label``).

        >>> Period.from_label("2015-11").end
        datetime.date(2015, 11, 30)
        """
        m = cls._LABEL.match(label)
        if not m:
            raise ValueError(f"not a period label: {label!r}")
        g = m.groupdict()
        if g["y1"]:
            return cls.years(int(g["y1"]), int(g["y2"]))
        if g["sy"]:
            if g["sy"] != g["sy2"]:
                raise ValueError(f"a span of months must stay inside one year: {label!r}")
            return cls.months(int(g["sy"]), int(g["m1"]), int(g["m2"]))
        if g["my"]:
            if g["d"]:
                return cls.day(date(int(g["my"]), int(g["m"]), int(g["d"])))
            return cls.month(int(g["my"]), int(g["m"]))
        y = int(g["y"])
        fiscal = bool(g["fy"])
        if g["q"]:
            return (cls.fiscal_quarter if fiscal else cls.quarter)(y, int(g["q"]))
        if g["h"]:
            return (cls.fiscal_half if fiscal else cls.half)(y, int(g["h"]))
        return cls.fiscal_year(y) if fiscal else cls.year(y)

    @property
    def year_number(self) -> int:
        """The (first) year this period belongs to."""
        m = re.search(r"\d{4}", self.label)
        assert m is not None
        return int(m.group())

    def __str__(self) -> str:
        return self.label


def _check_offsets(instance: Record, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(kw_only=True)
class Record:
    """One financial fact, with the exact span of text it came from.

    ``text[record.start:record.end] == record.text`` always holds for the ``text``
    given to :func:`extractor.extract`.
    """

    company: str | None
    metric: str
    metric_text: str | None  # None: nothing in the text names what the value measures
    value: Decimal
    value_high: Decimal | None = None
    unit: str
    period: Period | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    change: Literal["up", "down"] | None = None
    qualifier: Literal["~", ">", ">=", "<", "<="] | None = None
    kind: Literal["actual", "guidance", "target"] = "actual"
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str
    sentence: str
    lang: Literal["en", "zh"]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable values: Decimal as string, period as its label.

        >>> r = Record(company="Twilio", metric="revenue", metric_text="营收",
        ...            value=Decimal("166900000"), unit="USD", period=Period.year(2015),
        ...            start=0, end=9, text="1.669亿美元", sentence="营收1.669亿美元", lang="zh")
        >>> r.to_dict()["value"], r.to_dict()["period"]
        ('166900000', '2015')
        """
        out: dict[str, Any] = {}
        for a in attrs.fields(Record):
            v = getattr(self, a.name)
            if isinstance(v, Decimal):
                v = _decimal_str(v)
            elif isinstance(v, Period):
                v = v.label
            out[a.name] = v
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """Inverse of :meth:`to_dict`."""
        kw = dict(d)
        kw["value"] = Decimal(kw["value"])
        if kw.get("value_high") is not None:
            kw["value_high"] = Decimal(kw["value_high"])
        if kw.get("period") is not None:
            kw["period"] = Period.from_label(kw["period"])
        return cls(**kw)


def _decimal_str(v: Decimal) -> str:
    """Render a Decimal without exponent: Decimal('1.669E+8') -> '166900000'."""
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"
