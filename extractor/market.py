"""Market moves in news: "Nvidia advanced 8%", "The S&P 500 fell 0.9%", "Dow +0.2%".

A percentage (or a sum of money) written right after a company or a stock index and a
verb of movement is that company's share price, or that index's level, moving: the
subject of the verb is the ``company`` of the record, even when other companies stand
earlier in the sentence ("Nvidia advanced 8%, Qualcomm rose under 4%": the 4% is
Qualcomm's). Pure and cheap: no spaCy.

>>> m = find_index("The Nasdaq Composite lost 1.4%", 0)
>>> m.group(), canonical_index(m.group())
('Nasdaq Composite', 'Nasdaq Composite')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Literal

import attrs

from .companies import CompanyMention
from .lang import get_language, to_traditional

_EN = get_language("en")
_ZH = get_language("zh")

__all__ = ["Move", "canonical_index", "find_index", "market_move", "zh_index_move"]

# Major stock indices as news writes them (longer names first)
_INDICES: Mapping[str, tuple[str, ...]] = _EN.table("MARKET_INDICES")
_ALIAS = {a.lower(): name for name, aliases in _INDICES.items() for a in aliases}
_INDEX_RE = re.compile(
    r"(?<![\w&/-])(?:"
    + "|".join(re.escape(a) for a in sorted(_ALIAS, key=len, reverse=True))
    + r")(?![\w&/-]|\s?\d)",
    re.IGNORECASE,
)

# what may stand between the subject and the value
_AFTER_SUBJECT = re.compile(
    _EN.regex("MARKET_AFTER_SUBJECT"),
    re.IGNORECASE,
)
# a noun and a preposition before a company: the figure moving is the noun's ("Investment
# banking fees at Morgan Stanley climbed 56%"), not the stock's ("Shares of Acme fell")
_OWNED_BY = re.compile(_EN.regex("MARKET_NOUN_OF_COMPANY"))
# a market wrap: "Dow +0.2% S&P 500 +0.3%", "FTSE 100: -1.1%"
_WRAP_GAP = re.compile(r"\s*[:,]?\s*$")


@attrs.frozen
class Move:
    metric: Literal["share_price", "index_level"]
    metric_text: str | None  # the verb that moves it ("advanced"), None for "Dow +0.2%"
    company: str
    change: Literal["up", "down"] | None


# any index name anywhere: a text without one needs no search of each value's window
_INDEX_ANY = re.compile("|".join(re.escape(a) for a in sorted(_ALIAS, key=len, reverse=True)), re.IGNORECASE)


_ALIASES_LOW = tuple(_ALIAS)


@lru_cache(maxsize=256)
def _names_an_index(text: str) -> bool:
    if text.isascii():  # lower case is then exactly what IGNORECASE compares
        low = text.lower()
        return any(a in low for a in _ALIASES_LOW)
    return _INDEX_ANY.search(text) is not None


def find_index(text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
    """The first stock-index name in ``text[pos:end]``."""
    if not _names_an_index(text):
        return None
    return _INDEX_RE.search(text, pos, len(text) if end is None else end)


def canonical_index(written: str) -> str:
    return _ALIAS[written.lower()]


def market_move(
    text: str, start: int, value_text: str, companies: Sequence[CompanyMention]
) -> Move | None:
    """The move a value starting at ``start`` of ``text`` states, if a company or an index
    and a verb of movement stand right before it."""
    left = max(0, start - 120)
    subjects: list[tuple[int, str, bool]] = [
        (c.end, c.name, False)
        for c in companies
        if left <= c.end <= start and not _OWNED_BY.search(text, max(0, c.start - 40), c.start)
    ]
    pos = left
    while (m := find_index(text, pos, start)) is not None:
        subjects.append((m.end(), canonical_index(m.group()), True))
        pos = m.end()
    for end, name, is_index in sorted(subjects, reverse=True):  # the nearest subject first
        metric: Literal["share_price", "index_level"] = "index_level" if is_index else "share_price"
        mv = _AFTER_SUBJECT.fullmatch(text, end, start)
        if mv is not None and (
            value_text.rstrip().endswith(("%", "percent", "per cent", "pc"))
            or is_index
            or re.search(r"\b(?:shares?|stocks?|ADRs?)\b", mv.group(), re.IGNORECASE)
        ):  # "Acme added $5 million to reserves" is no share-price move
            change: Literal["up", "down"] = "up" if mv.group("up") else "down"
            return Move(metric, mv.group("verb"), name, change)
        if is_index and value_text[:1] in "+-−" and _WRAP_GAP.fullmatch(text, end, start):
            return Move(metric, None, name, "up" if value_text[0] == "+" else "down")
    return None


# Chinese names of the same indices, by their canonical (English) name
_ZH_ALIAS = {
    form: name
    for name, aliases in _ZH.table("MARKET_INDICES").items()
    for a in aliases
    for form in (a, to_traditional(a))  # 恒生指数 and 恆生指數
}
_ZH_INDEX_RE = re.compile(
    "(?:"
    + "|".join(re.escape(a) for a in sorted(_ZH_ALIAS, key=len, reverse=True))
    + r")(?![\d.]|"
    + _ZH.regex("MARKET_INDEX_NOT_AFTER")
    + ")"
)
_ZH_AFTER_SUBJECT = re.compile(_ZH.regex("MARKET_AFTER_SUBJECT"))


def zh_index_move(text: str, start: int, companies: Sequence[CompanyMention]) -> Move | None:
    """The move of the stock index a Chinese sentence names right before the value at
    ``start``: "恒生指数收跌1.2%", "上证综指收报3,050.12点，涨幅0.35%" (no company between).

    >>> mv = zh_index_move("沪深300指数上涨0.8%，创业板指下跌1.1%", 20, [])
    >>> mv.company, mv.metric_text, mv.change
    ('ChiNext', '下跌', 'down')
    """
    nearest = None
    for m in _ZH_INDEX_RE.finditer(text, max(0, start - 40), start):
        nearest = m  # an earlier index cannot be the subject past a later one
    if nearest is None or any(nearest.end() <= c.start < start for c in companies):
        return _zh_company_move(text, start, companies)
    mv = _ZH_AFTER_SUBJECT.fullmatch(text, nearest.end(), start)
    if mv is None:
        return None
    change: Literal["up", "down"] = "up" if mv.group("up") else "down"
    return Move("index_level", mv.group("verb"), _ZH_ALIAS[nearest.group()], change)


def _zh_company_move(text: str, start: int, companies: Sequence[CompanyMention]) -> Move | None:
    """A company right before a verb of movement and the value: its share price moved
    ("腾讯控股涨3.5%，美团跌2.1%", "小米集团今日收涨4%").

    >>> from extractor.companies import CompanyMention as C
    >>> t = "腾讯控股涨3.5%，美团跌2.1%"
    >>> cs = [C(0, 4, "腾讯控股", "腾讯控股", None, "gazetteer"), C(10, 12, "美团", "美团", None, "gazetteer")]
    >>> mv = _zh_company_move(t, t.index("2.1%"), cs)
    >>> mv.metric, mv.company, mv.change
    ('share_price', '美团', 'down')
    """
    before = [c for c in companies if start - 24 <= c.end <= start]
    if not before:
        return None
    c = max(before, key=lambda c: c.end)
    mv = _ZH_AFTER_SUBJECT.fullmatch(text, c.end, start)
    if mv is None:
        return None
    change: Literal["up", "down"] = "up" if mv.group("up") else "down"
    return Move("share_price", mv.group("stock") or mv.group("verb"), c.name, change)


# -- names that move ---------------------------------------------------------------------

# a capitalised name opening a clause (the sentence's start, after a comma, "and",
# "while", a dateline's dash), "Shares of" maybe before it, then a verb of movement and
# its value: "Barclays rose 3% and Lloyds gained 1.5%, while HSBC dipped 0.4%"
_MOVER = re.compile(
    r"(?:(?<=^)|(?<=[,;:(] )|(?<= and )|(?<= while )|(?<= but )|(?<= whereas )|(?<=[-–—] ))"
    r"(?P<shares>(?:[Ss]hares|[Ss]tock) (?P<prep>of|in) )?"
    r"(?P<name>(?-i:[A-Z][A-Za-z0-9&.\-]*(?: (?:[A-Z][A-Za-z0-9&.\-]*|&)){0,3}))"
    + _EN.regex("MARKET_AFTER_SUBJECT"),
    re.IGNORECASE,
)
_MOVER_WINDOW = 80
# after a name: a word that makes it a sector ("Tech stocks rose 2%")
_SECTOR = re.compile(_EN.regex("MARKET_SECTOR_AFTER"))
_MOVER_WITH_ANAPHOR = re.compile(_EN.regex("MARKET_MOVER_WITH_ANAPHOR"))


def mover_named_again(text: str) -> tuple[int, int] | None:
    """(start, end) of the name an English sentence opens with when it moves by a
    percentage and the sentence then names it again as a company ("Ocado jumped 4.2%
    after the grocer raised its target", "Shares of Fenwick fell 3% as the retailer cut
    its forecast"); None otherwise (the caller checks the name is no index or sector).

    >>> t = "Ocado jumped 4.2% after the grocer raised its target."
    >>> a, b = mover_named_again(t); t[a:b]
    'Ocado'
    >>> mover_named_again("Sterling fell 0.5% after the central bank cut rates.") is None
    True
    """
    m = _MOVER_WITH_ANAPHOR.match(text)
    if m is None or _SECTOR.match(text, m.end("name")):
        return None
    return m.span("name")


def mover_names(text: str, values: Sequence[tuple[int, str | None]]) -> list[tuple[int, int, str]]:
    """(start, end, "of"/"in" after "Shares of"/"Shares in", else "") of the names that a
    verb of movement makes the subject of a value (``values``: (start, unit) of each value,
    in order): the name after "Shares of" ("Shares of Rio Tinto fell 2.3%") or "Shares in"
    (as often a place: "Shares in Asia fell"); and, where two or more percentages of the
    sentence are such moves (a market report), the name of each ("Barclays rose 3% and
    Lloyds gained 1.5%"). Only the sentence's grammar: the caller checks the names (a
    place, a sector, an index or a metric is no company).

    >>> t = "Barclays rose 3% and Lloyds gained 1.5%, while HSBC dipped 0.4%."
    >>> vs = [(t.index(v), "%") for v in ("3%", "1.5%", "0.4%")]
    >>> [t[a:b] for a, b, _ in mover_names(t, vs)]
    ['Barclays', 'Lloyds', 'HSBC']
    >>> t = "Shares of Rio Tinto fell 2.3% to 5,012p."
    >>> [(t[a:b], shares) for a, b, shares in mover_names(t, [(t.index("2.3%"), "%")])]
    [('Rio Tinto', 'of')]
    >>> mover_names("Revenue rose 3% to $5 million.", [(13, "%"), (19, "USD")])
    []
    """
    pct: list[tuple[int, int, str]] = []
    out: list[tuple[int, int, str]] = []
    for start, unit in values:
        m = _MOVER.search(text, max(0, start - _MOVER_WINDOW), start)
        if m is None or _SECTOR.search(m.group(), m.end("name") - m.start()):
            continue  # (not "Tech stocks rose 2%": a sector)
        if m.group("shares"):
            out.append((*m.span("name"), m.group("prep").lower()))
        elif unit == "%":
            pct.append((*m.span("name"), ""))
    if len(pct) + len(out) >= 2:
        out.extend(pct)
    return sorted(set(out))

