"""Periods as intervals of months: `2015`, `2015-03`, `2015-T1`, `2015-Q1`, and (format 2)
spans of years `2013–2015`.

A month is counted as year * 12 + month - 1, so intervals compare as integers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|T([1-3])|Q([1-4])))?$")
_SPAN = re.compile(r"^(\d{4})[–-](\d{4})$")


class Period(NamedTuple):
    first: int  # first month, inclusive
    last: int  # last month, inclusive

    def contains(self, other: Period) -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: Period) -> bool:
        return self.first <= other.last and other.first <= self.last

    @property
    def year(self) -> int:
        return self.last // 12

    @property
    def months_into_year(self) -> int:
        """Months of its year elapsed at the end of the period (1–12)."""
        return self.last % 12 + 1


def parse_period(text) -> Period | None:
    """The interval a period names, or None when it names none."""
    if not isinstance(text, str):
        return None
    span = _SPAN.match(text)
    if span:
        first, last = int(span.group(1)), int(span.group(2))
        return Period(first * 12, last * 12 + 11) if first <= last else None
    match = _PERIOD.match(text)
    if not match:
        return None
    year, month, tertial, quarter = match.groups()
    base = int(year) * 12
    if month:
        return Period(base + int(month) - 1, base + int(month) - 1)
    if tertial:
        start = (int(tertial) - 1) * 4
        return Period(base + start, base + start + 3)
    if quarter:
        start = (int(quarter) - 1) * 3
        return Period(base + start, base + start + 2)
    return Period(base, base + 11)
