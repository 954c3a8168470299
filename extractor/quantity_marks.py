"""Reading the marks written before and after a number: sign, currency, brackets, unit.

The base of the scanner of :mod:`extractor.quantities` (it holds the per-text state).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

from .currencies import UNDECIDED_CURRENCY, CurrencyHints, CurrencyTable, LazyHints, currency_hints
from .lang import get_language
from .normalize.numbers import fold, scale_of
from .quantity_atoms import _Atom, _Pre
from .quantity_grammar import _TABLE_SYMBOLS, _grammar

_ZH = get_language("zh")
# the character after a coin word that makes it money ("五角钱", not "五角大楼")
_MONEY_AFTER: Final = tuple(_ZH.regex("QUANTITY_MONEY_AFTER"))
_LOOKALIKE_WORDS: Final = get_language("en").word_set("QUANTITY_WORDS_LIKE_CURRENCY_LETTERS")
_LEADING_WORD: Final = re.compile(r"[A-Za-z]+(?=\s)")  # the letters before a spaced sign

_URLISH: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。；）)\]]+")
_EMAIL_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-"
)


def _url_spans(t: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses (numbers inside them are not quantities)."""
    spans = []
    if "://" in t or "www." in t:
        spans = [m.span() for m in _URLISH.finditer(t)]
    at = t.find("@")
    while at != -1:
        a, b = at, at + 1
        while a > 0 and t[a - 1] in _EMAIL_CHARS:
            a -= 1
        while b < len(t) and t[b] in _EMAIL_CHARS:
            b += 1
        spans.append((a, b))
        at = t.find("@", b)
    return spans


# the last characters of a sign or bracket the prefix regex can match (a quick filter;
# the currency table adds the last characters of its marks)
_SIGN_LAST: Final = frozenset("-−–+" + "".join(_ZH.words("NUMERAL_NEGATIVE")))


# a scale letter glued before an ISO code written before a number ("MSEK 1,234", "kEUR
# 850"), after no letter: the letters the code may take after a number too ("30 MUSD")
_SCALED_CODE: Final = re.compile(r"(?<![A-Za-z])(?P<s>[kKM])(?P<code>[A-Z]{3})(?![A-Za-z])")


class _MarkReader:
    """One pass over one text (holds per-call state only): the marks around a number."""

    def __init__(
        self,
        text: str,
        lang: Literal["en", "zh"],
        table: CurrencyTable,
        hints: CurrencyHints | LazyHints | None,
    ) -> None:
        self.t = fold(text)
        self.lang = lang
        self.urls = _url_spans(self.t)
        self.floor = 0  # where the previous mention ended: prefixes start after it
        self.g = _grammar(table)
        self.table = table
        self.hints = hints
        self.last: _Atom | None = None  # the previous mention
        self.ctx_marks: list[int] = []  # where marks the document decided were written
        self._marks: dict[str, tuple[bool, str | None, str | None, Decimal]] = {}  # see _mark

    # -- currencies -------------------------------------------------------------------
    def _currency(self, token: str, at: int) -> tuple[str, Decimal] | None:
        """(ISO code, unit factor) of a currency mark written at ``at``, decided by the
        document where the mark is ambiguous; ``"XXX"`` when the document leaves it open
        ("340 million francs" with no country named); None for no currency mark."""
        known = self._marks.get(token)
        if known is None:
            known = self._marks[token] = self._mark(token)
        context, code, default, factor = known
        if not context:
            return None if code is None else (code, factor)
        self.ctx_marks.append(at)
        if code is None:
            # a currency word ("francs", "kr") is money all the same: ISO 4217's code for
            # no particular currency, never a guess; a one-letter mark ("R" in "R22", a
            # refrigerant) may be no currency at all
            return (UNDECIDED_CURRENCY, factor) if len(token.strip(" .")) >= 2 else None
        if code != default and default is not None and self._is_conversion(at):
            code = default  # "C$1.2 billion ($900 million)": the bracket converts
        return code, factor

    def _mark(self, token: str) -> tuple[bool, str | None, str | None, Decimal]:
        """(decided by the document?, code here, default code, unit factor) of a mark:
        the same for every amount of the text, so worked out once per mark."""
        table = self.table
        if not table.is_context_mark(token):
            u = table.unit(token)
            return (False, None, None, Decimal(1)) if u is None else (False, u[0], None, u[1])
        if self.hints is None:
            self.hints = currency_hints(self.t, table, folded=True)
        return (
            True,
            self.hints.code(token, self.lang),
            table.default_code(token, self.lang),
            table.factor(token),
        )

    def _is_conversion(self, at: int) -> bool:
        """A bracket right after an amount in an explicitly written currency."""
        t = self.t
        k = at
        while k > 0 and t[k - 1] == " ":
            k -= 1
        if k == 0 or t[k - 1] != "(":
            return False
        last = self.last
        if last is None or not 0 <= k - 1 - last.end <= 2:
            return False
        # the amount before names its currency outright ("C$", "HK$", "euros")
        return last.unit is not None and not any(last.start <= p < last.end for p in self.ctx_marks)

    def _unit_of(self, sm: re.Match[str]) -> tuple[str | None, Decimal, str | None]:
        """(unit, factor, which group) of a suffix match."""
        if sm.group("pp"):
            return "pp", Decimal(1), "pp"
        if sm.group("bp"):
            return "bp", Decimal(1), "bp"
        if sm.group("pct"):
            g = sm.group("pct").strip()
            return "%", (Decimal("0.1") if g == "‰" else Decimal(1)), "pct"
        if sm.group("cur"):
            tok = sm.group("cur").strip().lstrip("-")
            u = self._currency(tok, sm.start("cur"))
            if u is None:
                return None, Decimal(1), None
            if (
                len(tok) == 1
                and u[1] != 1
                and not tok.isascii()
                and tok != "¢"
                and self.t[sm.end() : sm.end() + 1] not in _MONEY_AFTER
            ):
                return None, Decimal(1), None  # "五角钱", "三分钱"; not "五角大楼", "十分重要"
            return u[0], u[1], "cur"
        if sm.group("shares"):
            return "shares", Decimal(1), "shares"
        if sm.group("cls"):
            return "count", Decimal(1), "cls"
        if sm.group("cheng"):
            return "%", Decimal(10), "cheng"
        if sm.group("zhe"):
            return (
                "%",
                Decimal(10),
                "zhe",
            )  # "八折" = 80% of the price; "75折" is fixed by the caller
        return None, Decimal(1), None

    def _read_unit(self, pre: _Pre, sm: re.Match[str]) -> tuple[str | None, Decimal, str | None]:
        """(unit, factor, suffix group consumed or None), given the prefix and the suffix."""
        u, f, which = self._unit_of(sm)
        if which is None or pre.code is None:
            return (u, f, which) if which is not None else (pre.code, Decimal(1), None)
        if which != "cur":
            return pre.code, Decimal(1), None  # "$5%"? keep the money, leave the suffix
        tok = sm.group("cur").strip().lstrip("-")
        if tok in self.table.sign_marks:
            return pre.code, Decimal(1), None  # "$ 20 $ 37": the symbol is the next amount's
        if u == pre.code or self.table.is_loose(tok):
            return pre.code, f, "cur"  # "人民币26.3亿元", "港币100元", "C$5 dollars"
        if pre.generic and u is not None:
            return u, f, "cur"
        return pre.code, Decimal(1), None

    # -- the pieces around a number ---------------------------------------------------
    def _pronoun_before_sign(self, m: re.Match[str], s: int) -> bool:
        """Is the currency's letter part a word ("cost us $12m": not "US $")? Only in text
        that writes capitals: in text set all in lower case, "us $ 150 million" is US$."""
        word = _LEADING_WORD.match(m.group("cur"))
        if word is None or word.group() not in _LOOKALIKE_WORDS:
            return False
        t = self.t
        return any(c.isupper() for c in t[max(self.floor, s - 200) : s + 50])

    def _prefix(self, s: int) -> _Pre:
        """The sign, currency and parenthesis written before position ``s``."""
        t = self.t
        lo = max(self.floor, s - 24)
        # where a currency would end: before "(", a sign and up to two spaces
        k = s
        if k > lo + 1 and t[k - 1] == " " and t[k - 2] == "(":
            k -= 1  # "$( 41) million": a space inside the accounting bracket
        if k > lo and t[k - 1] == "(":
            k -= 1
        if k > lo and t[k - 1] in _SIGN_LAST:
            k -= 1
        if k > lo and t[k - 1] == "(":
            k -= 1
        n = 0
        while k > lo and t[k - 1] == " " and n < 2:
            k, n = k - 1, n + 1
        if n == 2 and k > lo and t[k - 1] == " ":  # "$     812": a table's spaced symbol
            j = k
            while j > lo and t[j - 1] == " " and k - j < 10:
                j -= 1
            if j > lo and t[j - 1] in _TABLE_SYMBOLS:
                k = j
        if k > lo and (
            t[k - 1].lower() in self.g.tails or t[max(lo, k - 2) : k].lower() in self.g.tails
        ):
            m = self.g.pre.search(t, lo, s)
        elif k < s:
            m = self.g.pre_sign.search(t, lo, s)
        else:
            return _Pre(s)
        if m is not None and m.group("cur") and self._pronoun_before_sign(m, s):
            after = _LEADING_WORD.match(t, m.start("cur")).end()  # type: ignore[union-attr]
            m = self.g.pre.search(t, after, s)  # "cost us $12m": "$12m"
        if m is None or m.start() == s:
            return _Pre(s)
        neg = bool(m.group("sw"))
        hyphen = False
        for g in ("s1", "s2"):
            sign = m.group(g)
            if sign and sign != "+":
                neg = not neg
                hyphen = hyphen or sign in "-−–"
        code = None
        generic = False
        if m.group("cur"):
            u = self._currency(m.group("cur"), m.start("cur"))
            code = u[0] if u else None
            generic = self.table.is_loose(m.group("cur"))
        outer = bool(m.group("lp1"))
        if outer and m.group("lp"):
            return _Pre(s)  # "((5", "($(5": no reading of its brackets
        if outer and code is None:
            if m.group("s2"):  # "(-3384亿元)": the bracket is punctuation, the sign is read
                return _Pre(m.start("s2"), None, False, neg, hyphen)
            # no currency: the bracket is the one right before the digits ("(1,234)")
            return _Pre(m.start(), None, False, neg, hyphen, True)
        start, cur_start, scale = m.start(), m.start("cur") if m.group("cur") else -1, Decimal(1)
        if code is not None and cur_start == start:
            glued = _SCALED_CODE.match(t, cur_start - 1) if cur_start > lo else None
            if glued is not None and glued.group("code") == code:  # "MSEK 1,234", "KEUR 850"
                scale = scale_of(glued.group("s")) or Decimal(1)
                start = cur_start = cur_start - 1
        return _Pre(
            start,
            code,
            generic,
            neg,
            hyphen,
            bool(m.group("lp")),
            outer,
            cur_start,
            scale,
        )
