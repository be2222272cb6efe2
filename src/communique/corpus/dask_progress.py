"""A progress bar for a cluster run: articles done, articles/s and ETA, on a terminal only.

On a cluster the total is learnt as the scan goes (a JSON Lines file says how
many articles it holds only once read), so the bar's total grows until every
input is scanned; the ETA settles once it stops growing.
"""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _Rate(ProgressColumn):
    """Articles per second over the bar's recent window."""

    def render(self, task: Task) -> Text:
        speed = task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "– articles/s")


class RunProgress:
    """Progress of analysed articles; does nothing when quiet or not on a terminal."""

    def __init__(self, *, quiet: bool, label: str = "analysing") -> None:
        self._bar: Progress | None = None
        if not quiet and sys.stderr.isatty():
            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                _Rate(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task(label, total=0)

    def __enter__(self) -> RunProgress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def add_total(self, n: int) -> None:
        """``n`` more articles are to be analysed."""
        if self._bar is not None and n:
            total = self._bar.tasks[0].total or 0
            self._bar.update(self._task, total=total + n)

    def advance(self, n: int) -> None:
        """``n`` more articles were analysed (stored or failed)."""
        if self._bar is not None and n:
            self._bar.advance(self._task, n)
