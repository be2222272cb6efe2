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

import gc
import logging
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from communique.corpus.coordinate import Coordinator, FailureLedger
from communique.corpus.dask_book import Batch, RunBook
from communique.corpus.dask_progress import RunProgress
from communique.corpus.dask_work import LoadModel, analyse_part
from communique.corpus.ingest import IngestInterrupted
from communique.corpus.parquet import (
    batch_part,
    clean_incomplete,
    fenced,
    locked,
    new_run_id,
    stored_state,
)
from communique.corpus.plan import problem_row
from communique.corpus.scan import MANY, InputFile, ScanResult, list_inputs, scan_files
from communique.corpus.summary import RunSummary
from communique.errors import CommuniqueError, InputProblem
from communique.read.file_dates import FileDates

_LOCAL = re.compile(r"local:(\d+)")
#: Retries for a task whose worker died or that raised.
RETRIES = 2
#: How often the client looks at the cluster while no task finishes.
WAIT_SECONDS = 5.0
#: How long a local cluster may have no worker at all before the run gives up.
NO_WORKERS_SECONDS = 60.0


def local_cluster(n: int, *, log_level: int = logging.ERROR) -> Any:
    """A ``LocalCluster`` of ``n`` single-threaded worker processes bound to loopback.

    The one place that says how communique runs Dask on one machine: one thread
    per worker (spaCy is not thread-parallel), processes, a dashboard on a free
    loopback port. The runner, its tests and the scaling benchmark all use it.
    """
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=log_level,
    )


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A Dask client for ``tcp://host:port`` (any scheduler address) or ``local:N``.

    ``local:N`` starts N single-threaded worker processes on this machine,
    bound to loopback, and stops them when the run ends.
    """
    from distributed import Client

    local = _LOCAL.fullmatch(address.strip())
    if local is not None:
        n = int(local.group(1))
        if n < 1:
            raise CommuniqueError("CQ307", address=address, error="local:N needs N of 1 or more")
        with local_cluster(n) as cluster, Client(cluster) as client:
            yield client
        return
    error = None
    try:
        client = Client(address, timeout="30s")
    except (OSError, ValueError, TimeoutError) as exc:
        error = str(exc) or type(exc).__name__
    if error is not None:
        # The half-built Client is garbage now; left to a later collection, its
        # __del__ would stop the event loop while another client starts on it
        # (a deadlock seen in the tests). Dispose of it here, outside the handler.
        gc.collect()
        raise CommuniqueError("CQ307", address=address, error=error)
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
    each JSON Lines or feed file alone (it may hold any number of articles)."""
    units: list[list[InputFile]] = []
    run: list[InputFile] = []
    for f in files:
        if f.kind in MANY:
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


class _Scheduler:
    """Feeds the cluster: scans ahead in a bounded window, batches as decided.

    Scan results are handed to the book in input order, whatever order they
    finish in; finished batches are settled as they come.
    """

    def __init__(
        self,
        client: Any,
        book: RunBook,
        progress: RunProgress,
        options: dict[str, Any],
        *,
        patience: float | None = None,
        dating: FileDates | None = None,
    ) -> None:
        self.dating = dating  # given to every scan task
        self.client = client
        self.book = book
        self.progress = progress
        self.options = options  # out, run, model, actors_file for analyse_part
        self.patience = patience  # seconds without any worker before giving up (None: wait)
        self._batches = 0
        self._threads = 1
        self._threads_at = -10.0
        self._no_workers_since: float | None = None

    def threads(self) -> int:
        """Worker threads in the cluster, looked up every few seconds (it may scale)."""
        now = time.monotonic()
        if now - self._threads_at > 5:
            self._threads = max(1, sum(self.client.nthreads().values()))
            self._threads_at = now
        return self._threads

    def check_workers(self) -> None:
        """Give up when the cluster has had no worker for longer than ``patience``.

        A local cluster whose worker processes all died and were not brought
        back (a crash loop) would otherwise wait for ever; a remote cluster may
        well be waiting for its batch jobs to start, so it is given no limit.
        """
        if self.client.nthreads():
            self._no_workers_since = None
            return
        now = time.monotonic()
        if self._no_workers_since is None:
            self._no_workers_since = now
        elif self.patience is not None and now - self._no_workers_since > self.patience:
            error = (
                f"no worker for {self.patience:.0f} s (they died and were not restarted);"
                " run the same command again to resume"
            )
            raise CommuniqueError("CQ307", address=self.client.scheduler.address, error=error)

    def run(self, files: list[InputFile]) -> None:
        from distributed import wait

        units = _units(files, self.book.batch_size)
        ready: dict[int, ScanResult] = {}
        tags: dict[str, tuple[str, Any]] = {}
        pending = {"scan": 0, "part": 0}
        next_scan = next_take = 0
        flow: set[Any] = set()

        def top_up() -> None:
            nonlocal next_scan
            threads = self.threads()
            while (
                next_scan < len(units)
                and pending["scan"] < threads + 2
                and pending["part"] < 2 * threads + 2
            ):
                fut = self.client.submit(
                    scan_files,
                    units[next_scan],
                    dating=self.dating,
                    pure=False,
                    retries=RETRIES,
                    priority=0,
                )
                tags[fut.key] = ("scan", next_scan)
                pending["scan"] += 1
                next_scan += 1
                flow.add(fut)

        def submit(batch: Batch, *, alone: bool = False) -> None:
            self._batches += 1
            slim = [replace(item, signature=None) for item in batch.items]
            fut = self.client.submit(
                analyse_part,
                slim,
                name=batch_part(self.book.run, self._batches),
                near=batch.near,
                pure=False,
                retries=0 if alone else RETRIES,
                priority=20 if alone else 10,
                **self.options,
            )
            tags[fut.key] = ("part", batch)
            pending["part"] += 1
            if not alone:
                self.progress.add_total(len(batch.items))
            flow.add(fut)

        def finished() -> Iterator[Any]:
            """Futures as they finish; checks on the workers while none does."""
            while flow:
                try:
                    done, _ = wait(list(flow), timeout=WAIT_SECONDS, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    self.check_workers()
                    continue
                flow.difference_update(done)
                yield from done

        top_up()
        for fut in finished():
            kind, tag = tags.pop(fut.key)
            pending[kind] -= 1
            error: str | None = None
            try:
                value = fut.result()
            except Exception as exc:  # the task failed after its retries
                value, error = None, repr(exc)
            fut.release()
            if kind == "scan":
                ready[tag] = value if error is None else _unscanned(units[tag], error)
                while next_take in ready:
                    for batch in self.book.take(ready.pop(next_take)):
                        submit(batch)
                    next_take += 1
            elif error is not None and len(tag.items) > 1:
                # The batch failed even when retried (a worker died on it, say):
                # run its articles one by one, so only the one at fault is lost.
                for single in _singles(tag):
                    submit(single, alone=True)
            else:
                self.book.settle(tag, value, error)
                self.progress.advance(len(tag.items))
            top_up()


def _singles(batch: Batch) -> list[Batch]:
    """One batch per article of ``batch``, each with its own near-copy link."""
    return [
        Batch([item], [row for row in batch.near if row["article_id"] == item.article_id])
        for item in batch.items
    ]


def _unscanned(unit: list[InputFile], error: str) -> ScanResult:
    """The failures of files whose scan task failed for good."""
    result = ScanResult()
    for f in unit:
        why = f"the scan task failed: {error}"
        problem = InputProblem("CQ210", origin=f.origin, path=f.label, error=why)
        result.failures.append(problem_row(problem))
    return result


def run_dask(
    inputs: Sequence[str],
    out: Path,
    address: str,
    *,
    batch_size: int = 16,
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
    dating: FileDates | None = None,
    quiet: bool = False,
) -> RunSummary:
    """Ingest ``inputs`` on the Dask cluster at ``address`` into the Parquet folder ``out``.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``local:N``.
    Workers must see the input files and ``out`` at the same paths (a shared
    file system) and have communique and its model installed. Re-running
    into the same folder adds only what is new. Raises
    :class:`~communique.errors.CommuniqueError` for set-up problems (CQ305
    folder in use, CQ307 scheduler unreachable, CQ308 bad folder, CQ301-303
    model or actor file missing on the workers), and
    :class:`~communique.corpus.ingest.IngestInterrupted` (with the counts so
    far) on Ctrl-C, once what was stored is safe; the same call resumes.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    out = Path(out).absolute()
    if out.exists() and not out.is_dir():
        raise CommuniqueError("CQ308", path=out, error="exists and is not a folder")
    summary = RunSummary()
    run = new_run_id()
    with locked(out), fenced(out, run):
        clean_incomplete(out)
        state = stored_state(out)
        coordinator = Coordinator(articles=state.articles, sources=state.sources)
        ledger = FailureLedger(state.failures)
        book = RunBook(out, run, coordinator, ledger, summary, batch_size=batch_size)
        problems: list[InputProblem] = []
        files = list_inputs(inputs, problems.append)
        for problem in problems:
            book.fail(problem_row(problem))
        options = {
            "out": str(out),
            "run": run,
            "model": model,
            "actors_file": actors_file,
            "date": date,
            "year": year,
        }
        try:
            with connect(address) as client, RunProgress(quiet=quiet) as progress:
                _prepare_workers(client, address, LoadModel(model, actors_file))
                try:
                    patience = NO_WORKERS_SECONDS if _LOCAL.fullmatch(address.strip()) else None
                    scheduler = _Scheduler(
                        client, book, progress, options, patience=patience, dating=dating
                    )
                    scheduler.run(files)
                finally:
                    book.flush()  # what the client decided is kept even if the run stops
        except KeyboardInterrupt:
            summary.seconds = time.perf_counter() - started
            raise IngestInterrupted(summary) from None
        book.close()
    summary.seconds = time.perf_counter() - started
    return summary
