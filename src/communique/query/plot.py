"""Drawing a dyad series: cooperation against conflict, period by period.

matplotlib runs on its Agg backend (no display, no GUI toolkit), so a chart
can be drawn on a server or in CI. The top panel counts events per period,
cooperation (quad classes 1 and 2) against conflict (3 and 4), each split into
verbal (dashed) and material (solid); the bottom panel is the summed
intensity, the Goldstein-style "how hard" of the period, positive when
cooperative. Several pairs in one series are added up per period; the title
says which pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from communique.query.dyads import QUAD_COLUMNS

#: File types the chart can be saved as (matplotlib picks the writer by suffix).
PLOT_SUFFIXES: tuple[str, ...] = (".png", ".svg", ".pdf")

#: Roughly how long each period is, for bar widths and margins.
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

_COOPERATION = "#1b7837"
_CONFLICT = "#b2182b"


def _title(rows: Sequence[dict[str, Any]], freq: str) -> str:
    pairs = sorted({(r["actor"], r["recipient"]) for r in rows})
    if len(pairs) == 1:
        who = f"{pairs[0][0]} → {pairs[0][1]}"
    elif len(pairs) <= 3:
        who = ", ".join(f"{a} → {r}" for a, r in pairs)
    else:
        who = f"{len(pairs)} actor pairs"
    return f"{who}: events per {freq}"


def _totals(rows: Sequence[dict[str, Any]]) -> tuple[list[date], dict[str, list[float]]]:
    """Per-period sums of each quad-class count and of the intensity."""
    sums: dict[date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        period = sums[row["period"]]
        for name in (*QUAD_COLUMNS, "intensity_sum"):
            period[name] += row[name] or 0
    days = sorted(sums)
    return days, {name: [sums[d][name] for d in days] for name in (*QUAD_COLUMNS, "intensity_sum")}


def plot_series(
    rows: Sequence[dict[str, Any]], path: Path, *, freq: str, title: str | None = None
) -> Path:
    """Draw ``rows`` (from :func:`~communique.query.dyads.dyad_series`) into ``path``.

    Rows should be gap-filled so quiet periods show as zeros rather than as a
    line drawn straight across them. An empty series still makes a chart that
    says so, so a script that expects the file finds one.
    """
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ValueError(f"plot file must end in {', '.join(PLOT_SUFFIXES)}: {path}")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import DateFormatter
    from matplotlib.ticker import MaxNLocator

    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(10, 6), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    try:
        fig.suptitle(title or (_title(rows, freq) if rows else "no events match"))
        if rows:
            days, values = _totals(rows)
            verbal_coop, material_coop, verbal_conflict, material_conflict = (
                values[name] for name in QUAD_COLUMNS
            )
            coop = [a + b for a, b in zip(verbal_coop, material_coop, strict=True)]
            conflict = [a + b for a, b in zip(verbal_conflict, material_conflict, strict=True)]
            top.plot(days, coop, color=_COOPERATION, linewidth=2, label="cooperation", marker=".")
            top.plot(days, conflict, color=_CONFLICT, linewidth=2, label="conflict", marker=".")
            for name, color, label in (
                (QUAD_COLUMNS[0], _COOPERATION, "verbal cooperation"),
                (QUAD_COLUMNS[1], _COOPERATION, "material cooperation"),
                (QUAD_COLUMNS[2], _CONFLICT, "verbal conflict"),
                (QUAD_COLUMNS[3], _CONFLICT, "material conflict"),
            ):
                style = ":" if name.startswith("verbal") else "--"
                top.plot(days, values[name], color=color, linestyle=style, alpha=0.6, label=label)
            intensity = values["intensity_sum"]
            bottom.bar(
                days,
                intensity,
                width=0.8 * _PERIOD_DAYS[freq],
                color=[_COOPERATION if v >= 0 else _CONFLICT for v in intensity],
            )
            bottom.axhline(0, color="black", linewidth=0.5)
            top.legend(loc="upper left", fontsize="small", ncol=3)
            half = timedelta(days=_PERIOD_DAYS[freq] / 2)
            top.set_xlim(days[0] - half, days[-1] + half)
            top.xaxis.set_major_formatter(DateFormatter(_DATE_FORMATS[freq]))
        top.yaxis.set_major_locator(MaxNLocator(integer=True))
        top.set_ylabel("events")
        top.set_ylim(bottom=0)
        top.grid(alpha=0.3)
        bottom.set_ylabel("intensity")
        bottom.grid(alpha=0.3)
        fig.autofmt_xdate()
        fig.tight_layout()
        fig.savefig(path, dpi=100)
    finally:
        plt.close(fig)
    return path
