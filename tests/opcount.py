"""Linear-time checks without a clock: count the function calls a piece of work makes.

A timed assertion fails on a loaded machine and passes on a fast one; the number of
Python and built-in function calls (each regex search, each helper call) made for an
input is the same everywhere. :func:`assert_linear` checks that this count grows no
faster than the input: a scan repeated from every position, or a loop over all pairs of
mentions, shows up as a count that quadruples when the input doubles. (Backtracking
inside one regex call is invisible here; those inputs are also run at full size, where
the test would hang rather than pass.) Speed itself is measured by
``python -m extractor.bench`` (``--hostile`` for these inputs).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def count_calls(fn: Callable[[], Any]) -> int:
    """How many functions (Python and built-in) ``fn()`` calls."""
    n = 0

    def prof(frame: Any, event: str, arg: Any) -> None:
        nonlocal n
        if event == "call" or event == "c_call":
            n += 1

    old = sys.getprofile()
    sys.setprofile(prof)
    try:
        fn()
    finally:
        sys.setprofile(old)
    return n


def assert_linear(
    work: Callable[[str], Any], make: Callable[[int], str], small: int = 1, factor: int = 4,
    slack: float = 1.5,
) -> None:
    """``work(make(k))`` makes at most about ``factor`` times the calls for an input
    ``factor`` times as large (``make(k)``: an input of ``k`` units)."""
    work(make(small))  # warm caches (compiled regexes, lazy tables), for both inputs
    work(make(small * factor))
    a = count_calls(lambda: work(make(small)))
    b = count_calls(lambda: work(make(small * factor)))
    assert b <= factor * a * slack + 200, (
        f"{b} calls for {factor}x the input vs {a}: grows faster than the input"
    )
