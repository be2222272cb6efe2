"""The ingest on a Dask cluster, writing a partitioned Parquet store.

``run_dask(inputs, out, "tcp://scheduler:8786")`` (or ``"local:N"`` for a
local cluster of N worker processes) stores the same rows a local run would:

1. The client lists the input files (cheap: no reading).
2. *Scan* tasks read batches of files on the workers and return, per
   document, its location, content hash, MinHash signature and metadata:
   never the text.
3. The client takes the scans in input order and decides, as a serial run
   would (:class:`~communique.corpus.coordinate.Coordinator`), which documents
   are new, which exact copies of a stored article (a ``sources`` row only),
   which near copies (a ``near_duplicates`` row) and which an earlier run
   already stored (skipped).
4. *Analysis* tasks re-read only the chosen documents, run
   :func:`~communique.corpus.work.analyse_batch` (the local ingest's
   function) and write their batch as Parquet parts
   (:mod:`communique.corpus.parquet`), returning counts.

Scanning runs ahead of analysis within a bounded window, so memory stays flat
however large the corpus. A run killed at any moment resumes: interrupted
batches are removed and analysed again, stored articles are skipped.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from communique.corpus.coordinate import Coordinator, Verdict
from communique.corpus.dask_progress import RunProgress
from communique.corpus.dask_work import LoadModel, PartReport, analyse_part
from communique.corpus.origins import problem_failure
from communique.corpus.parquet import (
    batch_part,
    clean_incomplete,
    coordinator_part,
    locked,
    new_run_id,
    stored_state,
    write_part,
)
from communique.corpus.scan import InputFile, Scanned, ScanResult, list_inputs, scan_files
from communique.corpus.summary import RunSummary
from communique.errors import CommuniqueError, InputProblem
from communique.store.tables import Origin, failure_row, source_row

_LOCAL = re.compile(r"local:(\d+)")
#: Coordinator rows (extra sources, input failures) kept before a part is written.
FLUSH_ROWS = 5000
#: Retries for a task whose worker died or that raised.
RETRIES = 2


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A Dask client for ``tcp://host:port`` (any scheduler address) or ``local:N``.

    ``local:N`` starts N single-threaded worker processes on this machine,
    bound to loopback, and stops them when the run ends.
    """
    from distributed import Client, LocalCluster

    local = _LOCAL.fullmatch(address.strip())
    if local is not None:
        n = int(local.group(1))
        if n < 1:
            raise CommuniqueError("CQ307", address=address, error="local:N needs N of 1 or more")
        with (
            LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout="30s")
    except (OSError, ValueError, TimeoutError) as exc:
        error = str(exc) or type(exc).__name__
        raise CommuniqueError("CQ307", address=address, error=error) from exc
    with client:
        yield client


def _prepare_workers(client: Any, address: str, plugin: LoadModel) -> None:
    """Register the model loader; a worker that cannot run it stops the run, coded."""
    try:
        client.register_plugin(plugin, name="communique-model")
    except CommuniqueError:
        raise  # CQ301-303 from a worker: the model or actor file is missing there
    except Exception as exc:
        error = f"a worker could not start the analysis: {exc}"
        raise CommuniqueError("CQ307", address=address, error=error) from exc


def _units(files: Sequence[InputFile], batch_size: int) -> list[list[InputFile]]:
    """Scan units in input order: runs of up to ``batch_size`` single-article files;
    each JSON Lines file alone (it may hold any number of articles)."""
    units: list[list[InputFile]] = []
    run: list[InputFile] = []
    for f in files:
        if f.kind == "jsonl":
            if run:
                units.append(run)
                run = []
            units.append([f])
            continue
        run.append(f)
        if len(run) >= batch_size:
            units.append(run)
            run = []
    if run:
        units.append(run)
    return units


@dataclass(slots=True)
class _Part:
    """An analysis batch in flight: what to record if its task fails for good."""

    name: str
    items: list[Scanned]


class _Run:
    """One run's client side: submits scans and batches, decides, keeps count."""

    def __init__(
        self,
        client: Any,
        out: Path,
        coordinator: Coordinator,
        summary: RunSummary,
        progress: RunProgress,
        *,
        batch_size: int,
        model: str | None,
        actors_file: str | None,
    ) -> None:
        self.client = client
        self.out = out
        self.run = new_run_id()
        self.coordinator = coordinator
        self.summary = summary
        self.progress = progress
        self.batch_size = batch_size
        self.model = model
        self.actors_file = actors_file
        self.batches = 0
        self.flushes = 0
        self.buffer: dict[str, list[dict[str, Any]]] = {"sources": [], "failures": []}
        # Exact copies of articles whose batch is still running: their sources
        # rows are written once the article is, so none points at nothing.
        self.waiting: dict[str, list[Origin]] = {}
        self.linked: set[str] = set()  # new articles with a near_duplicates row
        self._nthreads = 1
        self._nthreads_at = 0.0

    # -- bookkeeping -------------------------------------------------------

    def fail(self, row: dict[str, Any]) -> None:
        """Report a failure; record it unless an earlier run did."""
        self.summary.failures.append((row["origin"], row["code"], row["reason"]))
        if self.coordinator.new_failure(row["origin"], row["code"]):
            self.add_rows("failures", [row])

    def add_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        self.buffer[table].extend(rows)
        if sum(len(v) for v in self.buffer.values()) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write the coordinator's buffered rows as one part per table."""
        if not any(self.buffer.values()):
            return
        self.flushes += 1
        name = coordinator_part(self.run, self.flushes)
        for table, rows in self.buffer.items():
            write_part(self.out, table, name, rows)
            rows.clear()

    def nthreads(self) -> int:
        """Worker threads in the cluster, looked up every few seconds (it may scale)."""
        now = time.monotonic()
        if now - self._nthreads_at > 5:
            self._nthreads = max(1, sum(self.client.nthreads().values()))
            self._nthreads_at = now
        return self._nthreads

    # -- the run -------------------------------------------------------------

    def execute(self, files: list[InputFile]) -> None:
        from distributed import as_completed

        units = _units(files, self.batch_size)
        ready: dict[int, ScanResult] = {}
        tags: dict[str, tuple[str, Any]] = {}
        pending = {"scan": 0, "part": 0}
        next_submit = next_decide = 0
        flow = as_completed()

        def top_up() -> None:
            nonlocal next_submit
            threads = self.nthreads()
            while (
                next_submit < len(units)
                and pending["scan"] < threads + 2
                and pending["part"] < 2 * threads + 2
            ):
                fut = self.client.submit(
                    scan_files, units[next_submit], pure=False, retries=RETRIES, priority=0
                )
                tags[fut.key] = ("scan", next_submit)
                pending["scan"] += 1
                next_submit += 1
                flow.add(fut)

        def submit_part(items: list[Scanned], near: list[dict[str, Any]]) -> None:
            self.batches += 1
            name = batch_part(self.run, self.batches)
            slim = [replace(s, signature=None) for s in items]
            fut = self.client.submit(
                analyse_part,
                slim,
                out=str(self.out),
                name=name,
                near=near,
                model=self.model,
                actors_file=self.actors_file,
                pure=False,
                retries=RETRIES,
                priority=10,
            )
            tags[fut.key] = ("part", _Part(name, items))
            pending["part"] += 1
            self.progress.add_total(len(items))
            flow.add(fut)

        top_up()
        for fut in flow:
            kind, tag = tags.pop(fut.key)
            pending[kind] -= 1
            error: BaseException | None = None
            try:
                value = fut.result()
            except Exception as exc:  # a task failed after its retries
                value, error = None, exc
            fut.release()
            if kind == "scan":
                ready[tag] = value if error is None else self._unscanned(units[tag], error)
                while next_decide in ready:
                    self.decide(ready.pop(next_decide), submit_part)
                    next_decide += 1
            else:
                self.finish(tag, value, error)
            top_up()
        self.flush()

    def _unscanned(self, unit: list[InputFile], error: BaseException) -> ScanResult:
        result = ScanResult()
        for f in unit:
            problem = InputProblem("CQ210", path=f.label, error=f"scan task failed: {error!r}")
            result.failures.append(problem_failure(problem))
        return result

    def decide(self, scan: ScanResult, submit_part: Any) -> None:
        """Take one scan's documents in input order and send the new ones to analysis."""
        for row in scan.failures:
            self.fail(row)
        batch: list[Scanned] = []
        near: list[dict[str, Any]] = []
        for item in scan.documents:
            decision = self.coordinator.decide(item.article_id, item.source.origin, item.signature)
            if decision.verdict is Verdict.SKIPPED:
                self.summary.skipped += 1
                continue
            if decision.verdict is Verdict.DUPLICATE:
                self.summary.duplicates += 1
                if item.article_id in self.waiting:
                    self.waiting[item.article_id].append(item.source)
                else:
                    self.add_rows("sources", [source_row(item.article_id, item.source)])
                continue
            self.waiting[item.article_id] = []
            if decision.link is not None:
                self.linked.add(item.article_id)
                near.append(
                    {
                        "article_id": item.article_id,
                        "duplicate_of": decision.link.of,
                        "similarity": decision.link.similarity,
                    }
                )
            batch.append(item)
            if len(batch) >= self.batch_size:
                submit_part(batch, near)
                batch, near = [], []
        if batch:
            submit_part(batch, near)

    def finish(self, part: _Part, report: PartReport | None, error: BaseException | None) -> None:
        """Count a finished batch; release the exact copies that waited for its articles."""
        if report is None:  # the task failed for good: its articles are not stored
            report = PartReport()
            for item in part.items:
                doc_id = item.source.doc_id
                reason = f"{doc_id}: analysis task failed ({error!r}); not stored"
                report.unread.append(
                    failure_row(item.source.origin, "CQ211", reason, doc_id=doc_id)
                )
        stored = set(report.stored)
        self.summary.articles += len(stored)
        self.summary.quotes += report.quotes
        self.summary.events += report.events
        self.summary.near_duplicates += len(stored & self.linked)
        for row in report.failures:  # already written with the batch
            self.coordinator.new_failure(row["origin"], row["code"])
            self.summary.failures.append((row["origin"], row["code"], row["reason"]))
        for row in report.unread:
            self.fail(row)
        for item in part.items:
            for copy in self.waiting.pop(item.article_id, []):
                if item.article_id in stored:
                    self.add_rows("sources", [source_row(item.article_id, copy)])
                else:
                    reason = f"exact copy of {item.source.origin}, which was not stored"
                    self.fail(failure_row(copy.origin, "CQ211", reason, doc_id=copy.doc_id))
        self.linked -= {item.article_id for item in part.items}
        self.progress.advance(len(part.items))


def run_dask(
    inputs: Sequence[str],
    out: Path,
    address: str,
    *,
    batch_size: int = 16,
    model: str | None = None,
    actors_file: str | None = None,
    quiet: bool = False,
) -> RunSummary:
    """Ingest ``inputs`` on the Dask cluster at ``address`` into the Parquet folder ``out``.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``local:N``.
    Workers must see the input files and ``out`` at the same paths (a shared
    file system) and have communique and its model installed. Re-running
    into the same folder adds only what is new. Raises
    :class:`~communique.errors.CommuniqueError` for set-up problems (CQ305
    folder in use, CQ307 scheduler unreachable, CQ308 bad folder, CQ301-303
    model or actor file missing on the workers).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    out = Path(out).absolute()
    if out.exists() and not out.is_dir():
        raise CommuniqueError("CQ308", path=out, error="exists and is not a folder")
    summary = RunSummary()
    with locked(out):
        clean_incomplete(out)
        state = stored_state(out)
        coordinator = Coordinator(
            articles=state.articles, sources=state.sources, failures=state.failures
        )
        problems: list[InputProblem] = []
        files = list_inputs(inputs, problems.append)
        with connect(address) as client, RunProgress(quiet=quiet) as progress:
            _prepare_workers(client, address, LoadModel(model, actors_file))
            run = _Run(
                client,
                out,
                coordinator,
                summary,
                progress,
                batch_size=batch_size,
                model=model,
                actors_file=actors_file,
            )
            for problem in problems:
                run.fail(problem_failure(problem))
            run.execute(files)
    summary.seconds = time.perf_counter() - started
    return summary
