"""Ranges found by position give what a scan of every range gives."""

from __future__ import annotations

import random

from communique.ranges import Ranges


def _scan(ranges: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [n for n, (s, e) in enumerate(ranges) if start < e and s < end]


def test_overlapping_ranges_are_those_a_scan_finds_in_the_order_added() -> None:
    rng = random.Random(7)
    spans: list[tuple[int, int]] = []
    ranges = Ranges()
    for _ in range(300):
        s = rng.randrange(0, 2_000)
        e = s + rng.choice([1, 2, 5, 30, 400])
        assert ranges.add(s, e) == len(spans)
        spans.append((s, e))
        start = rng.randrange(-50, 2_100)
        end = start + rng.choice([1, 3, 50, 600])
        assert ranges.overlapping(start, end) == _scan(spans, start, end)
        assert ranges.overlaps(start, end) == bool(_scan(spans, start, end))
    assert len(ranges) == 300


def test_ranges_touching_at_an_end_do_not_overlap() -> None:
    ranges = Ranges([(10, 20), (20, 30), (5, 40)])
    assert ranges.overlapping(20, 21) == [1, 2]
    assert ranges.overlapping(0, 10) == [2]
    assert ranges.overlapping(40, 50) == []
    assert not Ranges().overlaps(0, 100)
