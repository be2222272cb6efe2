"""What a corpus run shows while it works and says when it ends.

On a terminal, a rich progress bar counts inputs done (stored, copies,
skipped and failed alike) with their rate and the time left; the total is
counted by a background thread so the run starts at once. Anywhere else
(a log file, a pipe, a cron job) nothing is drawn. The final summary is
printed either way unless the user asked for quiet.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path
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
)
from rich.text import Text

from communique.corpus.summary import RunSummary
from communique.errors import InputProblem
from communique.read.feed import looks_like_feed
from communique.read.files import (
    MAX_INPUT_BYTES,
    file_kind,
    open_input,
    path_text,
    read_limited,
    unique_files,
)
from communique.read.jsonl import limited_lines

#: Failures listed one by one in the summary; the rest are counted.
MAX_LISTED_FAILURES = 20


#: Seconds of recent progress the rate and the time left are measured over.
RATE_WINDOW = 30.0


class _Rate:
    """Inputs settled per second over the last :data:`RATE_WINDOW` seconds.

    Not rich's own estimate: progress comes a batch at a time, and a resumed
    run settles thousands of stored inputs in its first second.
    """

    def __init__(self) -> None:
        self.samples: deque[tuple[float, int]] = deque()

    def add(self, completed: int) -> None:
        now = time.monotonic()
        self.samples.append((now, completed))
        while len(self.samples) > 2 and now - self.samples[1][0] > RATE_WINDOW:
            self.samples.popleft()

    def per_second(self) -> float | None:
        if len(self.samples) < 2:
            return None
        (t0, c0), (t1, c1) = self.samples[0], self.samples[-1]
        return (c1 - c0) / (t1 - t0) if t1 > t0 else None


class _RateColumn(ProgressColumn):
    def __init__(self, rate: _Rate) -> None:
        super().__init__()
        self.rate = rate

    def render(self, task: Task) -> Text:
        speed = self.rate.per_second()
        shown = "–" if speed is None else f"{speed:,.1f}"
        return Text(f"{shown} articles/s", style="progress.data.speed")


class _EtaColumn(ProgressColumn):
    def __init__(self, rate: _Rate) -> None:
        super().__init__()
        self.rate = rate

    def render(self, task: Task) -> Text:
        speed = self.rate.per_second()
        if task.total is None or not speed:
            return Text("ETA –", style="progress.remaining")
        left = max(0.0, (task.total - task.completed) / speed)
        return Text(f"ETA {_duration(left)}", style="progress.remaining")


def _count_lines(path: Path) -> int:
    """Non-blank lines of a JSON Lines file (one document each).

    Opened and read as the reader does (:func:`~communique.read.files.open_input`,
    lines within the input limit): a FIFO or a device behind the name is refused,
    not waited on or read without end.
    """
    with open_input(path, path_text(path)) as handle:
        lines = limited_lines(handle, MAX_INPUT_BYTES)
        return sum(1 for line in lines if not isinstance(line, bytes) or line.strip())


def _count_items(path: Path) -> int:
    """Items of a feed file (none if it is an ``.xml`` file that is no feed)."""
    label = path_text(path)
    with open_input(path, label) as handle:
        data = read_limited(handle, label)
    if not looks_like_feed(data):
        return 0
    return data.count(b"<item") + data.count(b"<entry")


def count_documents(inputs: Sequence[str]) -> int | None:
    """About how many documents the inputs hold, for the bar's total; None if unknowable.

    One per text or HTML file, one per non-blank line of a JSON Lines file,
    one per ``<item>``/``<entry>`` of a feed. Standard input cannot be counted.
    """
    total = 0
    # The files read_inputs will read, each once; problems are its to report.
    for path in unique_files(inputs, lambda problem: None):
        if path is None:
            return None
        kind = file_kind(path)
        try:
            if kind == "jsonl":
                total += _count_lines(path)
            elif kind == "feed":
                total += _count_items(path)
            else:
                total += 1
        except (InputProblem, OSError):
            total += 1  # reported as one failure when it is read
    return total


class IngestProgress:
    """The progress bar of one run (a no-op unless ``enabled``)."""

    def __init__(self, inputs: Sequence[str], *, enabled: bool, console: Console) -> None:
        self.enabled = enabled
        self._rate = _Rate()
        self._bar: Progress | None = None
        self._task: object = None
        self._inputs = list(inputs)
        if enabled:
            self._bar = Progress(
                TextColumn("[bold]ingest[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(self._rate),
                TimeElapsedColumn(),
                _EtaColumn(self._rate),
                TextColumn("{task.fields[detail]}", markup=False),
                console=console,
                transient=False,
            )

    def __enter__(self) -> IngestProgress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=None, detail="starting workers…")
            self._rate.add(0)
            threading.Thread(target=self._count, daemon=True).start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _count(self) -> None:
        total = count_documents(self._inputs)
        if total is not None and self._bar is not None:
            self._bar.update(self._task, total=total)  # type: ignore[arg-type]

    def advance(self, done: int, summary: RunSummary) -> None:
        """Count ``done`` more inputs settled; show the running totals."""
        if self._bar is None:
            return
        detail = f"{summary.articles:,} new · {summary.duplicates + summary.skipped:,} known"
        if summary.failures:
            detail += f" · {len(summary.failures):,} failed"
        task = self._task
        current = self._bar.tasks[0]
        if current.total is not None and current.completed + done > current.total:
            # The count was an estimate (a feed's items without text, say).
            self._bar.update(task, total=current.completed + done)  # type: ignore[arg-type]
        self._bar.update(task, advance=done, detail=detail)  # type: ignore[arg-type]
        self._rate.add(int(current.completed))


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m{secs:02d}s"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{seconds:.1f}s"


def _n(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def summary_lines(summary: RunSummary, *, interrupted: bool = False) -> list[str]:
    """The end-of-run report, as plain lines (no markup: origins are untrusted text)."""
    s = summary
    head = "communique ingest interrupted" if interrupted else "communique ingest"
    lines = [
        f"{head}: {_n(s.articles, 'new article', 'new articles')} stored in"
        f" {_duration(s.seconds)} ({s.rate:,.1f} articles/s)",
        f"  {_n(s.quotes, 'quote', 'quotes')}, {_n(s.events, 'event', 'events')};"
        f" {_n(s.duplicates, 'exact copy', 'exact copies')} added as sources,"
        f" {_n(s.near_duplicates, 'near copy', 'near copies')} linked,"
        f" {s.skipped:,} already stored",
    ]
    if s.failures:
        lines.append(f"  {_n(len(s.failures), 'failure', 'failures')} (in the failures table):")
        for _, code, reason in s.failures[:MAX_LISTED_FAILURES]:
            lines.append(f"    {code} {reason}")
        if len(s.failures) > MAX_LISTED_FAILURES:
            more = len(s.failures) - MAX_LISTED_FAILURES
            lines.append(f"    … and {more:,} more: select * from failures")
    else:
        lines.append("  no failures")
    if s.notices:
        lines.append(f"  {_n(len(s.notices), 'notice', 'notices')} (no input failed):")
        for _, code, reason in s.notices[:MAX_LISTED_FAILURES]:
            lines.append(f"    {code} {reason}")
        if len(s.notices) > MAX_LISTED_FAILURES:
            lines.append(f"    … and {len(s.notices) - MAX_LISTED_FAILURES:,} more in the log")
    if interrupted:
        lines.append(
            "  stopped: every article above is committed; run the same command again to resume"
        )
    return lines
