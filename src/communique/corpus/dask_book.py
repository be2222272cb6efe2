"""The client's book-keeping in a cluster run: decisions in, batches and rows out.

The client of a Dask run sees every input's scan in input order and every
finished batch. :class:`RunBook` turns scans into batches to analyse (with
their ``near_duplicates`` rows), writes the rows only the client can write
(the ``sources`` rows of exact copies, the ``failures`` rows of unreadable
inputs and lost analyses) and keeps the run's counts. It knows nothing of
Dask, so the scheduling loop (:mod:`communique.corpus.dask_run`) stays small.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.corpus.coordinate import Coordinator, FailureLedger, Verdict
from communique.corpus.dask_work import PartReport, lost_row
from communique.corpus.parquet import coordinator_part, drop_failures, write_part
from communique.corpus.scan import Scanned, ScanResult
from communique.corpus.summary import RunSummary
from communique.store.tables import Origin, source_row

Row = dict[str, Any]

#: Coordinator rows (extra sources, input failures) kept before a part is written.
FLUSH_ROWS = 5000


@dataclass(slots=True)
class Batch:
    """Articles to analyse together, with the near-copy links stored alongside them."""

    items: list[Scanned]
    near: list[Row] = field(default_factory=list)


class RunBook:
    """What one run decided and stored; see the module docstring."""

    def __init__(
        self,
        out: Path,
        run: str,
        coordinator: Coordinator,
        ledger: FailureLedger,
        summary: RunSummary,
        *,
        batch_size: int,
    ) -> None:
        self.out = out
        self.run = run
        self.coordinator = coordinator
        self.ledger = ledger
        self.summary = summary
        self.batch_size = batch_size
        self._flushes = 0
        self._buffer: dict[str, list[Row]] = {"sources": [], "failures": []}
        # Exact copies of articles whose batch is still running: their sources
        # rows are written once the article is, so none points at nothing.
        self._waiting: dict[str, list[Origin]] = {}
        # Articles this run could not store: (code, why), so later copies share the fate.
        self._lost: dict[str, tuple[str, str]] = {}
        self._linked: set[str] = set()

    # -- in: scans, in input order ---------------------------------------------

    def take(self, scan: ScanResult) -> list[Batch]:
        """Decide about one scan's documents; return the batches to analyse."""
        for row in scan.failures:
            self.fail(row)
        batches: list[Batch] = []
        batch = Batch([])
        for item in scan.documents:
            aid, origin = item.article_id, item.source.origin
            self.ledger.read_fine(origin)
            decision = self.coordinator.decide(aid, origin, item.signature)
            if decision.verdict is Verdict.SKIPPED:
                self.summary.skipped += 1
            elif decision.verdict is Verdict.DUPLICATE:
                self._copy(aid, item.source)
            else:
                self._waiting[aid] = []
                if decision.link is not None:
                    self._linked.add(aid)
                    batch.near.append(
                        {
                            "article_id": aid,
                            "duplicate_of": decision.link.of,
                            "similarity": decision.link.similarity,
                        }
                    )
                batch.items.append(item)
                if len(batch.items) >= self.batch_size:
                    batches.append(batch)
                    batch = Batch([])
        if batch.items:
            batches.append(batch)
        return batches

    def _copy(self, aid: str, source: Origin) -> None:
        lost = self._lost.get(aid)
        if lost is not None:  # its first copy was not stored: this one shares its fate
            self.fail(lost_row(source.origin, lost[0], lost[1], source.doc_id))
        elif aid in self._waiting:
            self._waiting[aid].append(source)
        else:
            self.summary.duplicates += 1
            self._add("sources", source_row(aid, source))

    # -- in: finished batches ----------------------------------------------------

    def settle(self, batch: Batch, report: PartReport | None, error: str | None = None) -> None:
        """Count a finished batch (``report`` None: its task failed for good, ``error``)."""
        if report is None:
            report = PartReport()
            for item in batch.items:
                why = error or "unknown error"
                report.unread.append(lost_row(item.source.origin, "CQ216", why, item.source.doc_id))
        stored = set(report.stored)
        s = self.summary
        s.articles += len(stored)
        s.quotes += report.quotes
        s.events += report.events
        s.near_duplicates += len(stored & self._linked)
        for row in report.failures:  # CQ211, already written with the batch
            s.failures.append((row["origin"], row["code"], row["reason"]))
        s.notices.extend(report.notices)
        for row in report.unread:
            self.fail(row)
        unread = {row["origin"]: row for row in report.unread}
        for item in batch.items:
            aid = item.article_id
            copies = self._waiting.pop(aid, [])
            self._linked.discard(aid)
            if aid in stored:
                s.duplicates += len(copies)
                for copy in copies:
                    self._add("sources", source_row(aid, copy))
                continue
            first = unread.get(item.source.origin)
            code = first["code"] if first else "CQ216"
            why = f"its first copy {item.source.origin} was not stored"
            self._lost[aid] = (code, why)
            for copy in copies:
                self.fail(lost_row(copy.origin, code, why, copy.doc_id))

    # -- out: the coordinator's rows -------------------------------------------

    def fail(self, row: Row) -> None:
        """Report a failure found this run; write it unless the store already says so."""
        self.summary.failures.append((row["origin"], row["code"], row["reason"]))
        if self.ledger.record(row["origin"], row["code"], row["reason"]):
            self._add("failures", row)

    def _add(self, table: str, row: Row) -> None:
        self._buffer[table].append(row)
        if sum(len(v) for v in self._buffer.values()) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one part per table."""
        if not any(self._buffer.values()):
            return
        self._flushes += 1
        name = coordinator_part(self.run, self._flushes)
        for table, rows in self._buffer.items():
            write_part(self.out, table, name, rows)
            rows.clear()

    def close(self) -> None:
        """Write what is left and drop the failures this run found fixed or changed."""
        self.flush()
        drop_failures(self.out, self.ledger.stale())
