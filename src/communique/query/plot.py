"""Drawing a dyad series: one line per actor pair, period by period, gaps left as gaps.

matplotlib runs on its Agg backend (no display, no GUI toolkit), so a chart
can be drawn on a server or in CI. The top panel counts each pair's events per
period, cooperation (quad classes 1 and 2, solid) against conflict (3 and 4,
dashed), one colour per pair; the bottom panel is each pair's summed
intensity, the Goldstein-style "how hard" of the period, positive when
cooperative. A legend names every line.

Pairs are never added together unless asked (``total=True`` adds one black
line of all pairs together): RUS→UKR and USA→UKR summed is a number about
nobody. A period in which the store holds no articles at all is a gap in the
data, not a quiet time: it is drawn as a break in the line, never as zero and
never bridged by a straight line across years. A period with articles but no
events for a pair is a real zero.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from communique.query.dyads import QUAD_COLUMNS, periods

#: File types the chart can be saved as (matplotlib picks the writer by suffix).
PLOT_SUFFIXES: tuple[str, ...] = (".png", ".svg", ".pdf")

#: Pairs drawn at most, those with the most events; the title says how many were left out.
MAX_PAIRS = 8

#: Roughly how long each period is, for margins.
_PERIOD_DAYS: dict[str, float] = {
    "day": 1,
    "week": 7,
    "month": 30.4,
    "quarter": 91.3,
    "year": 365.2,
}

#: How the x axis names a period.
_DATE_FORMATS: dict[str, str] = {
    "day": "%Y-%m-%d",
    "week": "%Y-%m-%d",
    "month": "%Y-%m",
    "quarter": "%Y-%m",
    "year": "%Y",
}

#: One colour per pair (ColorBrewer Dark2, readable for most colour-blind readers).
_PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666")

Pair = tuple[str, str]


@dataclass(slots=True)
class PairLine:
    """One pair's values per period; None where the data has a gap."""

    pair: Pair
    events: int
    cooperation: list[float | None] = field(default_factory=list)
    conflict: list[float | None] = field(default_factory=list)
    intensity: list[float | None] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "all pairs" if self.pair == ("", "") else f"{self.pair[0]} → {self.pair[1]}"


@dataclass(slots=True)
class Chart:
    """What a dyad chart draws: the periods, one line per pair, what was left out."""

    freq: str
    days: list[date]
    lines: list[PairLine]
    total: PairLine | None = None
    left_out: int = 0
    is_gap: list[bool] = field(default_factory=list)

    @property
    def gaps(self) -> int:
        """Periods without any stored article."""
        return sum(self.is_gap)

    @property
    def title(self) -> str:
        if not self.lines:
            return "no events match"
        pairs = len(self.lines) + self.left_out
        if pairs == 1:
            who = self.lines[0].label
        elif self.left_out:
            who = f"{len(self.lines)} of {pairs} actor pairs (most events)"
        else:
            who = f"{pairs} actor pairs"
        return f"{who}: events per {self.freq}"


def chart_lines(
    rows: Sequence[dict[str, Any]],
    freq: str,
    *,
    covered: Collection[date] | None = None,
    total: bool = False,
    max_pairs: int = MAX_PAIRS,
    since: date | None = None,
    until: date | None = None,
) -> Chart:
    """The lines of a chart from series rows (filled or not).

    ``covered`` holds the periods in which the store has any article; the
    others are gaps (None). Without it every period counts as covered, so a
    missing row is a zero. The period axis runs from ``since`` (or the first
    row) to ``until`` (or the last).
    """
    if not rows:
        return Chart(freq, [], [])
    first = since or min(r["period"] for r in rows)
    last = until or max(r["period"] for r in rows)
    days = list(periods(first, last, freq))
    sums: dict[Pair, dict[date, dict[str, float]]] = {}
    events: dict[Pair, int] = {}
    for row in rows:
        if not row["events"]:
            continue  # a filled zero row: the coverage below decides zero or gap
        pair = (row["actor"], row["recipient"])
        cell = sums.setdefault(pair, {}).setdefault(row["period"], dict.fromkeys(_KEYS, 0.0))
        for key in QUAD_COLUMNS:
            cell[key] += row[key] or 0
        cell["intensity_sum"] += row["intensity_sum"] or 0.0
        events[pair] = events.get(pair, 0) + (row["events"] or 0)
    ranked = sorted((p for p in sums if events[p] > 0), key=lambda p: (-events[p], p))
    shown = ranked[:max_pairs]
    is_gap = [covered is not None and day not in covered for day in days]
    lines = [_line(pair, events[pair], days, sums[pair], is_gap) for pair in shown]
    summed = None
    if total and ranked:
        every: dict[date, dict[str, float]] = {}
        for pair in ranked:
            for day, cell in sums[pair].items():
                into = every.setdefault(day, dict.fromkeys(_KEYS, 0.0))
                for key in _KEYS:
                    into[key] += cell[key]
        summed = _line(("", ""), sum(events[p] for p in ranked), days, every, is_gap)
    return Chart(freq, days, lines, summed, len(ranked) - len(shown), is_gap)


_KEYS = (*QUAD_COLUMNS, "intensity_sum")


def _line(
    pair: Pair,
    events: int,
    days: list[date],
    cells: dict[date, dict[str, float]],
    is_gap: list[bool],
) -> PairLine:
    line = PairLine(pair, events)
    zero = dict.fromkeys(_KEYS, 0.0)
    for day, gap in zip(days, is_gap, strict=True):
        cell = cells.get(day)
        if cell is None and gap:
            line.cooperation.append(None)
            line.conflict.append(None)
            line.intensity.append(None)
            continue
        cell = cell or zero
        line.cooperation.append(cell[QUAD_COLUMNS[0]] + cell[QUAD_COLUMNS[1]])
        line.conflict.append(cell[QUAD_COLUMNS[2]] + cell[QUAD_COLUMNS[3]])
        line.intensity.append(round(cell["intensity_sum"], 4))
    return line


def _values(values: list[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def plot_series(
    rows: Sequence[dict[str, Any]],
    path: Path,
    *,
    freq: str,
    covered: Collection[date] | None = None,
    total: bool = False,
    since: date | None = None,
    until: date | None = None,
    title: str | None = None,
) -> Chart:
    """Draw ``rows`` (from :func:`~communique.query.dyads.dyad_series`) into ``path``.

    ``covered``, ``total``, ``since`` and ``until`` are :func:`chart_lines`'s.
    An empty series still makes a chart that says so, so a script that expects
    the file finds one. Returns what was drawn.
    """
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ValueError(f"plot file must end in {', '.join(PLOT_SUFFIXES)}: {path}")
    chart = chart_lines(rows, freq, covered=covered, total=total, since=since, until=until)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import DateFormatter
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    # Text stays text in an SVG: searchable, and readable by a screen reader.
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig, (top, bottom) = plt.subplots(
            2, 1, figsize=(11, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 1.4]}
        )
        try:
            _draw(chart, top, bottom, title, Line2D)
            _shade_gaps(chart, (top, bottom))
            if chart.days:
                half = timedelta(days=_PERIOD_DAYS[freq] / 2)
                top.set_xlim(chart.days[0] - half, chart.days[-1] + half)
                top.xaxis.set_major_formatter(DateFormatter(_DATE_FORMATS[freq]))
            top.yaxis.set_major_locator(MaxNLocator(integer=True))
            fig.autofmt_xdate()
            fig.tight_layout()
            fig.savefig(path, dpi=100)
        finally:
            plt.close(fig)
    return chart


def _shade_gaps(chart: Chart, axes: tuple[Any, ...]) -> None:
    """Grey bands over runs of periods without articles: the reader sees the gap."""
    half = timedelta(days=_PERIOD_DAYS[chart.freq] / 2)
    start: date | None = None
    for day, gap in zip([*chart.days, None], [*chart.is_gap, False], strict=True):
        if gap and start is None:
            start = day
        elif not gap and start is not None:
            end = chart.days[-1] + 2 * half if day is None else day  # to the axis end
            for ax in axes:
                ax.axvspan(start - half, end - half, color="#eee", zorder=0, lw=0)
            start = None


def _draw(chart: Chart, top: Any, bottom: Any, title: str | None, line_type: Any) -> None:
    top.figure.suptitle(title or chart.title)
    drawn = list(chart.lines)
    if chart.total is not None:
        drawn.append(chart.total)
    for n, line in enumerate(drawn):
        color = "black" if line is chart.total else _PALETTE[n % len(_PALETTE)]
        width = 2.4 if line is chart.total else 1.6
        top.plot(chart.days, _values(line.cooperation), color=color, lw=width, marker=".")
        top.plot(chart.days, _values(line.conflict), color=color, lw=width, ls="--", marker="x")
        bottom.plot(chart.days, _values(line.intensity), color=color, lw=width, marker=".")
    if drawn:
        handles = [
            line_type([], [], color="black" if ln is chart.total else _PALETTE[n % len(_PALETTE)],
                      lw=2, label=f"{ln.label} ({ln.events})")
            for n, ln in enumerate(drawn)
        ]  # fmt: skip
        handles += [
            line_type([], [], color="grey", lw=1.5, marker=".", label="cooperation (quad 1-2)"),
            line_type([], [], color="grey", lw=1.5, ls="--", marker="x", label="conflict (3-4)"),
        ]
        if chart.gaps:
            handles.append(
                line_type([], [], color="#ddd", lw=8, label="no articles stored (a gap)")
            )
        top.legend(
            handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small",
            title="pair (events)", title_fontsize="small", frameon=False,
        )  # fmt: skip
    top.set_ylabel("events")
    top.set_ylim(bottom=0)
    top.grid(alpha=0.3)
    bottom.axhline(0, color="black", linewidth=0.5)
    bottom.set_ylabel("intensity")
    bottom.grid(alpha=0.3)
