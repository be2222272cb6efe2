"""``communique ingest``: a corpus into a DuckDB store, on every core, losing nothing.

One coordinator process (this one) reads the inputs in order, keys each text
by its content hash and asks the store what it already holds
(:mod:`~communique.corpus.plan`); new articles go in batches to worker
processes (:mod:`~communique.corpus.pool`), which run the shared per-batch
function :func:`~communique.corpus.work.analyse_batch`; the coordinator, the
store's only writer, commits each batch in input order in one transaction
(:mod:`~communique.corpus.writer`).

So a run can be killed at any moment (``kill -9``, a power cut, Ctrl-C) and
the same command started again: committed batches are skipped by their
hashes, the rest is analysed, and every article ends up stored exactly once.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import duckdb

from communique.corpus.plan import Planner, Unit
from communique.corpus.pool import Analyse, AnalysisPool, SetupFailed
from communique.corpus.summary import RunSummary
from communique.corpus.work import analyse_batch
from communique.corpus.writer import StoreWriter
from communique.errors import CommuniqueError, InputProblem
from communique.read import read_inputs
from communique.read.file_dates import FileDates
from communique.store.db import open_store

#: Articles per batch (one worker call, one transaction). Measured on this
#: machine: a batch of 32 PolNeAR-sized articles costs a worker about two
#: seconds and the coordinator a few milliseconds to commit, so the writer is
#: never the bottleneck, and a kill loses at most a few seconds of work per worker.
DEFAULT_BATCH_SIZE = 32

__all__ = ["DEFAULT_BATCH_SIZE", "IngestInterrupted", "SetupFailed", "default_workers", "ingest"]


class IngestInterrupted(Exception):
    """Ctrl-C: the run stopped cleanly; ``summary`` counts what was committed."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


def _close(con: duckdb.DuckDBPyConnection) -> None:
    """Fold the write-ahead log into the store file, then close it.

    DuckDB does not always do so on close (not after replaying the log of a
    killed run), and a user who copies ``news.duckdb`` without its ``.wal``
    must get every committed article.
    """
    with contextlib.suppress(duckdb.Error):
        con.execute("CHECKPOINT").fetchall()
    con.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ingest(
    inputs: Sequence[str],
    db: str | Path,
    *,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    model: str | None = None,
    actors_file: str | Path | None = None,
    date: str | None = None,
    year: int | None = None,
    dating: FileDates | None = None,
    on_unit: Callable[[Unit, RunSummary], None] | None = None,
    analyse: Analyse = analyse_batch,
    pool: AnalysisPool | None = None,
    stdin: BinaryIO | None = None,
) -> RunSummary:
    """Analyse and store every new article of ``inputs`` in the store ``db``.

    ``inputs`` are what ``communique extract`` takes (files, folders, globs,
    ``-``) plus RSS/Atom feed files. ``on_unit`` is called after each
    committed batch (for a progress bar). ``analyse`` is the per-batch
    function run in the workers (tests replace it). ``pool`` runs the batches
    on workers that are already up (their model loaded), and is left open for
    the next run; without it, a pool of ``workers`` processes is started and
    stopped here. ``dating`` dates articles that carry no date (a dates table,
    file names) before they are planned.

    Raises :class:`~communique.errors.CommuniqueError` when the store cannot
    be opened (CQ304 corrupted or foreign, CQ305 locked) or written (CQ306: a
    full disk; what was committed stays, a re-run resumes), :class:`SetupFailed`
    when a worker cannot load the model or actor file, and
    :class:`IngestInterrupted` on Ctrl-C, after committed work is safe.
    """
    started = time.perf_counter()
    summary = RunSummary()
    con = open_store(db, read_only=False)
    options = {
        "model": model,
        "actors_file": str(actors_file) if actors_file else None,
        "date": date,
        "year": year,
    }
    own_pool = pool is None
    try:
        if pool is None:
            pool = AnalysisPool(workers or default_workers(), analyse, options)
        writer = StoreWriter(con, summary)
        problems: list[InputProblem] = []
        documents = read_inputs(list(inputs), on_problem=problems.append, stdin=stdin)
        if dating is not None:  # before planning: the sources row keeps the date too
            documents = dating.apply_all(documents)
        planner = Planner(con, documents, problems, batch_size=batch_size, lost=writer.lost)
        for unit in pool.run(planner.units()):
            try:
                writer.write(unit)
            except duckdb.Error as exc:
                # A full disk or a store gone bad under us: every unit before this one
                # is committed, this one is rolled back, and the same command resumes.
                raise CommuniqueError("CQ306", path=db, error=_first_line(exc)) from exc
            planner.written(unit)
            if on_unit is not None:
                on_unit(unit, summary)
    except KeyboardInterrupt:
        summary.seconds = time.perf_counter() - started
        raise IngestInterrupted(summary) from None
    finally:
        if own_pool and pool is not None:
            pool.close()
        _close(con)
    summary.seconds = time.perf_counter() - started
    return summary
