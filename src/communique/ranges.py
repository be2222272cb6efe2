"""Character ranges, and which of them overlap a range.

Quotations, reports and headings are ranges of an article's characters, and
each new one is checked against those found before it. Reading every range
for every check makes a long article's cost grow with the square of its
length; :class:`Ranges` keeps them sorted by start and finds the ones that
overlap by bisection: a range overlapping ``start:end`` starts before ``end``
and no further before ``start`` than the longest range is long.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Ranges:
    """Ranges ``(start, end)``, numbered in the order they were added."""

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._placed: list[tuple[int, int, int]] = []  # (start, end, number), sorted
        self._longest = 0
        for start, end in ranges:
            self.add(start, end)

    def __len__(self) -> int:
        return len(self._placed)

    def add(self, start: int, end: int) -> int:
        """Add a range; its number (0 for the first added)."""
        n = len(self._placed)
        bisect.insort(self._placed, (start, end, n))
        self._longest = max(self._longest, end - start)
        return n

    def overlapping(self, start: int, end: int) -> list[int]:
        """The numbers, in the order added, of the ranges that share a character with
        ``start:end`` (``a0 < b1 and b0 < a1``)."""
        placed = self._placed
        lo = bisect.bisect_left(placed, (start - self._longest,))
        hi = bisect.bisect_left(placed, (end,))
        return sorted(n for s, e, n in placed[lo:hi] if s < end and start < e)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any range share a character with ``start:end``?"""
        placed = self._placed
        lo = bisect.bisect_left(placed, (start - self._longest,))
        hi = bisect.bisect_left(placed, (end,))
        return any(s < end and start < e for s, e, _ in placed[lo:hi])
