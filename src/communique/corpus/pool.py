"""Worker processes that analyse units, handing them back in input order.

Each worker loads the spaCy model once (its initializer analyses an empty
batch, which builds :func:`~communique.corpus.work.worker_extractor`'s
cached extractor) and then runs the per-batch function on unit after unit.
The coordinator keeps a few units in flight per worker, so a worker never
waits for the next batch, and takes results back in input order.

A worker that dies (a segfault in native code, the out-of-memory killer)
breaks the whole :class:`~concurrent.futures.ProcessPoolExecutor`: every unit
in flight fails with ``BrokenProcessPool``. Nothing is dropped silently: the
pool is restarted and those units are run again one at a time; a unit that
kills a worker on its own is split into single articles, and an article that
kills a worker on its own is given up with a CQ216 failure: it is not
stored, so the next run tries it again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

from communique.corpus.plan import Unit
from communique.corpus.work import Result, Task
from communique.errors import message

#: What went wrong that no input's ``failures`` row says.
log = logging.getLogger("communique.corpus")

Analyse = Callable[..., list[Result]]

#: Units queued per worker beyond the one it is working on.
AHEAD_PER_WORKER = 2
#: Times one article may be run alone and kill its worker before it is given up.
#: Once is proof enough; a transient kill (the out-of-memory killer acting for
#: another process) costs only a retry on the next run.
SINGLE_ATTEMPTS = 1
#: Worker processes use one thread each for numerical libraries: with one
#: worker per core, OpenBLAS's own threads would only fight over the cores
#: (measured: a single process is no slower with one BLAS thread).
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
#: Tries to start a new pool after a worker died before the run is stopped.
STARTUP_ATTEMPTS = 2
LOST_REASON = "the worker process died: killed, out of memory, or a crash in native code"


class SetupFailed(Exception):
    """A worker could not start (the model or actor file is missing): the run must stop.

    Carries a plain message so it crosses the process boundary intact.
    """


# -- in the worker process --------------------------------------------------------------

_setup_error: str | None = None


#: How often a worker looks whether its coordinator still lives.
WATCH_SECONDS = 0.2


def _gone(pid: int) -> bool:
    """Whether process ``pid`` has ended: no such process, or a zombie not yet reaped.

    A killed coordinator whose parent has not collected it still answers
    ``kill(pid, 0)``; on Linux its state in ``/proc`` says it is dead.
    """
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    except (OSError, IndexError):
        state = ""  # no /proc here: ask the kernel below
    if state in ("Z", "X"):
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # the pid exists (as another user's process)
    return False


def _watch_coordinator(coordinator: int) -> None:
    """End this worker when the coordinator is gone (killed with -9, say).

    A worker busy on a batch, or blocked handing back a result nobody will
    read, would otherwise linger with a model's worth of memory. Its parent
    is the fork server, which lives as long as its workers do, so the
    coordinator itself is watched, five times a second. The check runs in a
    thread, so a batch that keeps Python busy in compiled code delays it.
    """
    while not _gone(coordinator):
        time.sleep(WATCH_SECONDS)
    os._exit(0)


def _init_worker(analyse: Analyse, options: dict[str, Any], coordinator: int) -> None:
    """Ignore Ctrl-C (the coordinator handles it) and load the model once."""
    global _setup_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_coordinator, args=(coordinator,), daemon=True).start()
    try:
        analyse([], **options)
    except Exception as exc:  # reported by the first batch, as a plain message
        _setup_error = str(exc) or type(exc).__name__


def _probe() -> str | None:
    """Whether a worker starts: its set-up error, or None."""
    return _setup_error


def _run(analyse: Analyse, tasks: Sequence[Task], options: dict[str, Any]) -> list[Result]:
    if _setup_error is not None:
        raise SetupFailed(_setup_error)
    return analyse(tasks, **options)


# -- in the coordinator -----------------------------------------------------------------

#: Seconds to wait for a result before looking whether a worker died unnoticed.
STUCK_SECONDS = 2.0


def _processes(executor: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    """The executor's worker processes (a private table of ``ProcessPoolExecutor``)."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _stop(processes: Sequence[multiprocessing.process.BaseProcess], results: Any) -> None:
    """End the worker ``processes``, then release the ``results`` pipe's reader."""
    for process in processes:  # a worker ignores Ctrl-C and may be mid-batch
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    if not any(process.is_alive() for process in processes):
        _release_reader(results)


def _release_reader(results: Any) -> None:
    """Let the executor's result reader see the end of a pipe whose writers are dead.

    A worker killed while sending its result (by the out-of-memory killer, or
    by :meth:`AnalysisPool.close`) leaves half a message in the result pipe.
    The executor's manager thread then waits for the rest forever: the
    coordinator holds a write end of that pipe too (to hand it to workers it
    starts), so the pipe never reports its end. The run would never learn that
    the pool broke, and the interpreter would hang at exit joining that
    thread. Closing the coordinator's write end once its workers are gone
    turns the wait into an end-of-file, which the executor reports as a
    broken pool (``BrokenProcessPool``): the units in flight are run again.
    """
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()


def _context() -> multiprocessing.context.BaseContext:
    """How workers are started: forked from a clean server process that has spaCy imported.

    Never a plain fork of the coordinator, whose open DuckDB file and threads
    a child must not inherit. The fork server is a fresh interpreter that
    imports the analysis code once; each worker forked from it starts in a
    fraction of a second and only loads the model, which also keeps the
    restart after a worker's death cheap. Where there is no fork server
    (Windows), workers are spawned.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["communique.corpus.work", "communique.pipeline"])
    # Started with Ctrl-C blocked, which the server and every worker forked
    # from it inherit: Ctrl-C in a terminal reaches the whole process group,
    # and only the coordinator should stop (cleanly), not a half-started
    # server printing a traceback.
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    saved = {name: os.environ.get(name) for name in ONE_THREAD}
    for name, value in ONE_THREAD.items():
        os.environ.setdefault(name, value)  # a user's own setting wins
    try:
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    return context


@dataclass(slots=True)
class _Job:
    """Some of a unit's tasks, sent together to one worker."""

    unit: Unit
    indices: list[int]
    alone: bool = False  # run with nothing else in flight (suspected of killing a worker)
    attempt: int = 0


class AnalysisPool:
    """Runs units' tasks on worker processes; yields the units, complete, in input order."""

    def __init__(
        self, workers: int, analyse: Analyse, options: dict[str, Any] | None = None
    ) -> None:
        self.workers = max(1, workers)
        self.analyse = analyse
        self.options = dict(options or {})
        self.restarts = 0
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.analyse, self.options, os.getpid()),
        )

    def close(self) -> None:
        """Stop the workers now; work in flight is abandoned (it was never committed)."""
        executor = self._executor
        processes = _processes(executor)
        results = getattr(executor, "_result_queue", None)  # shutdown() forgets it
        executor.shutdown(wait=False, cancel_futures=True)
        _stop(processes, results)

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, units: Iterator[Unit]) -> Iterator[Unit]:
        """Analyse each unit's tasks; yield every unit, results filled, in input order.

        Units are pulled from ``units`` only as workers need them, so reading
        stays a few batches ahead of analysis.
        """
        order: deque[Unit] = deque()
        suspects: deque[_Job] = deque()
        inflight: dict[Future[list[Result]], _Job] = {}
        exhausted = False
        limit = self.workers * (1 + AHEAD_PER_WORKER)
        while True:
            while order and order[0].complete:
                yield order.popleft()
            if exhausted and not order:
                return
            if suspects:
                if not inflight:
                    self._submit(suspects.popleft(), inflight)
            else:
                while not exhausted and len(inflight) < limit:
                    unit = next(units, None)
                    if unit is None:
                        exhausted = True
                        break
                    unit.results = [None] * len(unit.tasks)
                    order.append(unit)
                    if not unit.tasks:
                        unit.complete = True
                        if len(order) == 1:
                            break  # hand it back before reading further
                        continue
                    self._submit(_Job(unit, list(range(len(unit.tasks)))), inflight)
            if not inflight:
                continue
            done, _ = wait(inflight, timeout=STUCK_SECONDS, return_when=FIRST_COMPLETED)
            if not done:
                processes = _processes(self._executor)
                if any(process.exitcode is not None for process in processes):
                    # A worker died and nothing failed: its last result was cut off, and
                    # the pool is broken though it does not know it yet.
                    _stop(processes, getattr(self._executor, "_result_queue", None))
                continue
            crashed: list[_Job] = []
            for future in done:
                job = inflight.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    crashed.append(job)
                    continue
                except SetupFailed:
                    raise
                except Exception as exc:  # the batch function broke its promise not to raise
                    suspects.extend(self._raised(job, exc))
                    continue
                self._fill(job, results)
            if crashed:
                crashed.extend(inflight.values())  # the whole pool went down with it
                inflight.clear()
                self._restart()
                suspects.extendleft(reversed(self._retry(crashed)))

    def _submit(self, job: _Job, inflight: dict[Future[list[Result]], _Job]) -> None:
        tasks = [job.unit.tasks[i] for i in job.indices]
        try:
            future = self._executor.submit(_run, self.analyse, tasks, self.options)
        except BrokenProcessPool as exc:
            # A worker died since the last look: this job goes down with those in flight.
            future = Future()
            future.set_exception(exc)
        inflight[future] = job

    def _fill(self, job: _Job, results: list[Result]) -> None:
        unit = job.unit
        for i, result in zip(job.indices, results, strict=True):
            unit.results[i] = result
        self._check_complete(unit)

    def _check_complete(self, unit: Unit) -> None:
        unit.complete = all(
            result is not None or i in unit.lost for i, result in enumerate(unit.results)
        )

    def _restart(self) -> None:
        """A new pool after a worker died; it must be able to start at all.

        A worker that dies on start-up (not on an article) would otherwise
        have every article of the corpus given up one by one.
        """
        self.restarts += 1
        for attempt in range(STARTUP_ATTEMPTS):
            self.close()
            self._executor = self._start()
            try:
                error = self._executor.submit(_probe).result()
            except BrokenProcessPool:
                if attempt + 1 == STARTUP_ATTEMPTS:
                    raise SetupFailed(
                        "worker processes die as they start (out of memory?); nothing more was"
                        " analysed, the committed articles are kept"
                    ) from None
                continue
            if error is not None:
                raise SetupFailed(error)
            return

    def _raised(self, job: _Job, exc: Exception) -> list[_Job]:
        """A job whose batch function raised: find the article by running them one by one.

        The job's exception is logged and kept on its unit for the run's summary (CQ223):
        when every article then passes alone, no ``failures`` row says that the job broke.
        """
        if len(job.indices) > 1:
            origin = job.unit.tasks[job.indices[0]].origin.origin
            why = f"{type(exc).__name__}: {exc}"
            text = message("CQ223", path=origin, count=len(job.indices), error=why)
            log.warning(text)
            job.unit.notices.append((origin, "CQ223", text.removeprefix("CQ223 ")))
            return [_Job(job.unit, [i], alone=job.alone) for i in job.indices]
        job.unit.lost[job.indices[0]] = f"analysis raised {type(exc).__name__}: {exc}"
        self._check_complete(job.unit)
        return []

    def _retry(self, crashed: list[_Job]) -> list[_Job]:
        """What to run next, alone, after the pool went down with these jobs in flight."""
        again: list[_Job] = []
        for job in sorted(crashed, key=lambda j: (j.unit.seq, j.indices[0])):
            if not job.alone:
                again.append(_Job(job.unit, job.indices, alone=True))
            elif len(job.indices) > 1:
                again.extend(_Job(job.unit, [i], alone=True) for i in job.indices)
            elif job.attempt + 1 < SINGLE_ATTEMPTS:
                again.append(_Job(job.unit, job.indices, alone=True, attempt=job.attempt + 1))
            else:
                job.unit.lost[job.indices[0]] = LOST_REASON
                self._check_complete(job.unit)
        return again
