"""Numbers that are not quantities: dates, years, times, phone numbers, codes, names,
URLs, footnote marks, letters glued to digits.
"""

from __future__ import annotations

import re
from typing import Final

from .lang import get_language
from .quantity_marks import _MarkReader

_EN = get_language("en")
_ZH = get_language("zh")

# "the 2016 USD Notes": a year, a currency code and a capitalised noun make a name
_YEAR_CODE_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+")

# "In 2022 shares rose": the year before a share count's words (looked for right before)
_YEAR_BEFORE_SHARES: Final = re.compile(_EN.regex("QUANTITY_YEAR_BEFORE_SHARES"), re.IGNORECASE)

# -- exclusions -----------------------------------------------------------------------

_HYPHEN_QUALIFIER: Final = re.compile(_EN.regex("QUALIFIER_HYPHEN_BEFORE"))
_RUN_AFTER: Final = re.compile(r"[\d.,:/]{0,64}")
_DATE_AT: Final = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}-\d{1,2}-\d{2,4}(?!\d)")
_PHONE_AT: Final = re.compile(
    r"(?:\d{1,3}[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)|\d{3,4}-\d{7,8}(?!\d)"
)
_PHONE_RUN: Final = re.compile(r"(?:[-. ]?\(?\d{1,4}\)?){0,5}")
_PHONE7_AT: Final = re.compile(r"\d{3}-\d{4}(?![\d%万亿萬億])")  # "555-1234" (English text)
_NAME_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?i:" + _EN.regex("EXCLUDE_NOUNS_BEFORE") + ")"
    r"|" + _EN.regex("EXCLUDE_INDEXES_BEFORE") + r")\s{0,2}-?\s?$"
)
_ZH_NAME_BEFORE: Final = re.compile("(?:" + _ZH.regex("EXCLUDE_NAME_BEFORE") + r")\s?$")
_ZH_NAME_LAST: Final = frozenset(_ZH.regex("EXCLUDE_NAME_LAST"))
_MONTHS: Final = _EN.regex("EXCLUDE_MONTHS")
_MONTH_BEFORE: Final = re.compile(_MONTHS + r"\.?\s{1,2}(?:the\s)?$")
_MONTH_AFTER: Final = re.compile(
    "(?:" + _EN.regex("EXCLUDE_DAY_SUFFIXES") + r")?,?\s{1,2}(?:of\s)?" + _MONTHS + r"\b"
)
_TIME_AFTER: Final = re.compile(r"\s?(?i:" + _EN.regex("EXCLUDE_TIME_AFTER") + r")(?![A-Za-z])")
_CODE_AFTER: Final = re.compile(
    r"\.(?i:" + _EN.regex("EXCLUDE_CODE_SUFFIXES") + r")(?![A-Za-z])"
)
_CODE_BEFORE: Final = re.compile(
    r"(?:(?<![A-Za-z])(?:" + _EN.regex("EXCLUDE_CODE_BEFORE") + ")"
    r"|" + _ZH.regex("EXCLUDE_CODE_BEFORE") + r")\s?[:：]?\s?$"
)
_ZH_DATE_AFTER: Final = re.compile(r" ?(?:" + _ZH.regex("EXCLUDE_DATE_AFTER") + ")")
_CODE_LAST: Final = _ZH.words("EXCLUDE_CODE_LAST")
_ONE_BLOCKERS: Final = frozenset(_ZH.regex("EXCLUDE_ONE_BLOCKERS"))
_MONEY_DASH: Final = re.compile(r"\s?[-–—]\s?|\s(?i:" + _EN.regex("RANGE_TO") + r")\s")


def _last_is_latin(pre: str) -> bool:
    """Whether ``pre`` ends with a Latin word (before spaces, "-" or ".")."""
    p = pre.rstrip(" -.")
    return bool(p) and (p[-1].isascii() and p[-1].isalpha() or p[-1] in "&#№")


def _is_ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


class _Exclusions(_MarkReader):
    """The checks that reject a number by what is written around it."""

    def _rejected_before(self, start: int) -> bool:
        """A letter, digit or name glued to the left of the mention."""
        t = self.t
        if start == 0:
            return False
        c = t[start - 1]
        if _is_ascii_alnum(c) or c in "_'’#@&第":
            return True
        if c == "-" and _HYPHEN_QUALIFIER.search(t, max(0, start - 5), start):
            return False  # "sub-1%": a qualifier, not a name
        return start >= 2 and (
            c == "-"
            and t[start - 2].isascii()
            and t[start - 2].isalpha()
            or c in "/."
            and _is_ascii_alnum(t[start - 2])
        )  # "COVID-19", "A/3", "v.2"

    def _money_range_before(self, s: int) -> bool:
        """The previous mention is money and a dash or "to" joins it to ``s`` ("€3-4m")."""
        last = self.last
        return (
            last is not None
            and last.unit is not None
            and len(last.unit) == 3
            and _MONEY_DASH.fullmatch(self.t, last.end, s) is not None
        )

    def _mangled_pound(self, s: int) -> bool:
        """ "PS" right before the digits, alone: scraped UK news writes "£" so."""
        t = self.t
        return (
            s >= 2
            and t[s - 2 : s] == "PS"
            and (s == 2 or not (t[s - 3].isascii() and t[s - 3].isalnum()))
        )

    def _name_then_amount(self, start: int) -> bool:
        """A name of three or more letters glued to the number ("Jagex100%")."""
        t = self.t
        k = start
        while k > 0 and t[k - 1].isascii() and t[k - 1].isalpha():
            k -= 1
        return start - k >= 3 and (k == 0 or not _is_ascii_alnum(t[k - 1]))

    def _in_url(self, s: int) -> bool:
        return any(a <= s < b for a, b in self.urls)

    def _not_a_number(self, s: int, e: int, core: str) -> int | None:
        """Where a run of digits that is part of an address, a date, a time, a phone
        number, a code or a URL ends; ``None`` when the digits at ``s`` are a number."""
        t = self.t
        nxt = t[e : e + 2]
        if len(nxt) == 2 and nxt[0] in ".:/" and nxt[1].isdigit():
            return _RUN_AFTER.match(t, e).end()  # type: ignore[union-attr]  # 192.168.1.2, 10:30
        if nxt[:1] in ("-", " ", ")", "."):
            p = _PHONE_AT.match(t, s) or _DATE_AT.match(t, s)
            if p is None and self.lang == "en":
                p = _PHONE7_AT.match(t, s)
            if p is not None:
                return p.end()
        if core.startswith(".") and s > 0 and t[s - 1].isdigit():
            return e
        if (
            s > 0
            and t[s - 1] == "+"
            and t[e : e + 1] in ("-", " ", "(")
            and t[e + 1 : e + 2].isdigit()
        ):
            return _PHONE_RUN.match(t, e).end()  # type: ignore[union-attr]  # "+1-222-2222"
        if self.urls and self._in_url(s):
            return e
        return None

    def _excluded_context(
        self, s: int, e: int, core: str, unit: str | None, scaled: bool, has_currency: bool
    ) -> bool:
        """Dates, years, times, codes, names, footnotes: not quantities."""
        t = self.t
        pre = t[max(0, s - 24) : s]
        post = t[e : e + 16]
        latin_before = _last_is_latin(pre)
        if not has_currency and unit not in ("%", "bp", "pp"):
            # ("Dow +0.2%", "Nasdaq 1.2%": a change of the index, not its name)
            if latin_before and _NAME_BEFORE.search(pre):
                return True  # "Form 10", "S&P 500", "page 4"
            if pre.rstrip()[-1:] in _ZH_NAME_LAST and _ZH_NAME_BEFORE.search(pre):
                return True  # "沪深300", "財富 500"
        if post[:1] == "." and _CODE_AFTER.match(post):
            return True  # "600519.SH"
        if (
            unit not in ("%", "bp", "pp")
            and (latin_before or pre.rstrip(" :：")[-1:] in _CODE_LAST)
            and _CODE_BEFORE.search(pre)
        ):
            return True  # "SZ 300273", "股票代码600519"
        plain_int = core.isdigit()
        if (
            plain_int
            and not scaled
            and len(core) == 4
            and 1900 <= int(core) <= 2100
            and t[e - 3 : e].isupper()
            and t[e - 3 : e].isalpha()
            and _YEAR_CODE_NAME_AFTER.match(post)
        ):
            return True  # "the 2016 USD Notes", "2020 EUR Term Loan": a year in a name
        if (
            unit == "shares"
            and plain_int
            and not scaled
            and len(core) == 4
            and 1900 <= int(core) <= 2100
            and _YEAR_BEFORE_SHARES.search(pre)
        ):
            return True  # "In 2022 shares rose 5%": a year, no count of 2022 shares
        if unit is not None or scaled or has_currency:
            return False
        if plain_int and len(core) == 4 and 1900 <= int(core) <= 2100:
            return True  # a year
        if plain_int and len(core) > 1 and core[0] == "0":
            return True  # a code ("000001")
        if plain_int and len(core) == 6 and self.lang == "zh":
            return True  # a stock code ("300273")
        if _ZH_DATE_AFTER.match(post) or _TIME_AFTER.match(post):
            return True  # "8月31日", "2021财年", "10 a.m."
        if (
            plain_int
            and len(core) <= 2
            and int(core) <= 31
            and (latin_before and _MONTH_BEFORE.search(pre) or _MONTH_AFTER.match(post))
        ):
            return True  # "June 23", "23rd of June"
        return plain_int and pre.endswith(("(", "[")) and post.startswith((")", "]"))  # "(1)"

    def _glued_after(self, end: int, has_currency: bool) -> bool:
        """A letter or digit glued to the right ("5G", "1st", "10-K", "360-degree")."""
        t = self.t
        if end >= len(t):
            return False
        last, after = t[end - 1], t[end]
        if _is_ascii_alnum(last) and _is_ascii_alnum(after):
            return True
        return (
            after == "-"
            and not has_currency
            and _is_ascii_alnum(last)
            and end + 1 < len(t)
            and t[end + 1].isascii()
            and t[end + 1].isalpha()
        )
