"""The extractor as a service: worker processes, so a short text never waits behind a long one.

An analysis takes a tenth of a second of CPU for a short story and minutes
for a megabyte, and Python runs one thread at a time. So extractions never
run in the server process: they go to worker processes that load the model
once (:mod:`communique.serve.worker`). The event loop stays free for the
store and the pages, and a worker can be stopped, which a thread cannot.

Texts go to one of two lanes, each with its own queue and workers:

- **short** texts (at most :data:`SHORT_CHARS` characters: most news
  articles) go to the short lane, whose workers (two on a machine with two
  cores or more) each take a share of what has queued up as one batch: spaCy
  parses a batch faster than its texts one by one, and two workers halve the
  wait;
- **long** texts go to the long lane's one worker, one at a time, at a lower
  CPU priority (``nice``), so that short texts get the cores first.

So a client posting a megabyte holds up only other long texts. Each request
has a time limit, counted from its arrival: past it the answer is 504
(CQ416), and a worker still busy with it is stopped and a fresh one started,
so a runaway text cannot hold a lane. Each queue is bounded
(``max_pending``): past it a request is refused at once with 503 (CQ411) and
``Retry-After``. A worker that cannot start (the model is missing) makes its
requests 503 (CQ417) with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import multiprocessing
import os
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from communique.serve.errors import ApiError
from communique.serve.worker import ExtractRequest, serve

__all__ = ["SHORT_CHARS", "TIME_LIMIT", "ExtractRequest", "ExtractService"]

log = logging.getLogger("communique.serve")

#: Texts up to this many characters take the short lane (about 1,600 words:
#: most news articles); longer ones the long lane.
SHORT_CHARS = 10_000
#: A short-lane batch stops growing at this many texts or characters, so one
#: batch is over in about a second.
BATCH_TEXTS = 16
BATCH_CHARS = 40_000
#: How much lower the long lane's worker runs in CPU priority (``nice``).
LONG_NICENESS = 10
#: Seconds a request may take from its arrival to its answer (504 past it).
TIME_LIMIT = 180.0
#: Seconds a new worker may take to load the model.
START_SECONDS = 300.0


def default_short_workers() -> int:
    """Two short-lane workers where there are two cores to run them, else one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 2 if cores >= 2 else 1


class _WorkerLost(Exception):
    """The worker process ended without answering (killed, out of memory, a crash)."""


@dataclass(eq=False)
class _Job:
    request: ExtractRequest
    future: asyncio.Future[str]
    deadline: float  # on the event loop's clock
    abandoned: bool = False  # its client was answered (504) or went away: do not start it


class _Worker:
    """One worker process and the pipe to it. Its blocking methods run on threads."""

    def __init__(self, name: str, model: str | None, actors_file: str | None, niceness: int):
        self.name = name
        self.model = model
        self.actors_file = actors_file
        self.niceness = niceness
        self.state = "stopped"  # "starting", "ready", "stopped", "failed: <reason>"
        self.closed = False  # the app is stopping: a worker that finishes loading is stopped
        self._process: Any = None
        self._conn: Connection | None = None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        """The worker process's id while it runs."""
        return self._process.pid if self.alive else None

    def start(self) -> None:
        self.stop()
        if self.closed:
            return
        self.state = "starting"
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(
            target=serve,
            args=(child, self.model, self.actors_file, self.niceness),
            name=f"communique-extract-{self.name}",
            daemon=True,
        )
        process.start()
        child.close()
        if not parent.poll(START_SECONDS):
            process.kill()
            process.join(10)
            self.state = "failed: the worker did not load the model in time"
            return
        try:
            status, reason = parent.recv()
        except EOFError:
            status, reason = "failed", f"the worker ended while loading (exit {process.exitcode})"
        if status != "ready":
            process.join(10)
            self.state = f"failed: {reason}"
            return
        self._process, self._conn, self.state = process, parent, "ready"
        if self.closed:  # the app stopped while this worker loaded (start runs on a thread)
            self.stop(politely=True)

    def exchange(self, requests: list[ExtractRequest], wait: float) -> list[tuple[str, str]]:
        """The worker's answers to ``requests``; TimeoutError after ``wait`` seconds."""
        assert self._conn is not None
        try:
            self._conn.send(requests)
            if not self._conn.poll(max(wait, 0.0)):
                raise TimeoutError
            return self._conn.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError) as exc:
            code = self._process.exitcode if self._process is not None else None
            why = f"exit code {code}" if code is not None else type(exc).__name__
            raise _WorkerLost(why) from exc

    def stop(self, *, politely: bool = False) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if not self.state.startswith("failed"):
            self.state = "stopped"
        if politely and conn is not None and process is not None and process.is_alive():
            # An idle worker ends at once when told; a busy or vanished one is killed below.
            with contextlib.suppress(OSError):
                conn.send(None)
            process.join(2)
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(10)


class _Lane:
    """A queue of jobs and the workers that take batches from it, one runner task each."""

    def __init__(
        self,
        name: str,
        *,
        workers: int,
        batch_texts: int,
        max_pending: int,
        time_limit: float,
        model: str | None,
        actors_file: str | None,
        niceness: int = 0,
    ) -> None:
        self.name = name
        self.batch_texts = batch_texts
        self.max_pending = max_pending
        self.time_limit = time_limit
        self.queue: deque[_Job] = deque()
        self.pending = 0
        self._busy = 0  # workers analysing a batch
        self.workers = [
            _Worker(f"{name}-{n}", model, actors_file, niceness) for n in range(1, workers + 1)
        ]
        self._wake: asyncio.Condition | None = None
        self._runners: list[asyncio.Task[None]] = []

    @property
    def state(self) -> str:
        """``ready`` when every worker is; else the most telling state among them.

        A failure comes first, with its reason, whichever worker it is: the lane's other
        worker may still be loading when the first one has already given up, and a client
        asking why its request failed must see the reason, not "starting".
        """
        states = [w.state for w in self.workers]
        for kind in ("failed", "starting", "stopped"):
            found = next((s for s in states if s.startswith(kind)), None)
            if found is not None:
                return found
        return "ready"

    async def submit(self, request: ExtractRequest) -> str:
        if self.pending >= self.max_pending:
            raise ApiError(503, "CQ411", headers={"Retry-After": "1"}, pending=self.pending)
        loop = asyncio.get_running_loop()
        job = _Job(request, loop.create_future(), loop.time() + self.time_limit)
        self.pending += 1
        self.queue.append(job)
        self.start()
        assert self._wake is not None
        async with self._wake:
            self._wake.notify()
        try:
            return await asyncio.wait_for(asyncio.shield(job.future), job.deadline - loop.time())
        except TimeoutError:
            job.abandoned = True
            raise ApiError(504, "CQ416", seconds=self.time_limit, lane=self.name) from None
        except asyncio.CancelledError:
            job.abandoned = True  # the client went away: do not start its analysis
            raise
        finally:
            self.pending -= 1

    def start(self) -> None:
        """Start the lane's runners (and so its workers) if they are not running."""
        if self._runners and not all(task.done() for task in self._runners):
            return
        self._wake = asyncio.Condition()
        loop = asyncio.get_running_loop()
        self._runners = [loop.create_task(self._run(worker)) for worker in self.workers]

    async def _run(self, worker: _Worker) -> None:
        assert self._wake is not None
        if not worker.alive:  # at once, not at the first request: loading takes seconds
            await asyncio.to_thread(worker.start)
        while True:
            async with self._wake:
                await self._wake.wait_for(lambda: bool(self.queue))
                batch = self._take()
            if not batch:
                continue
            self._busy += 1
            try:
                await self._answer(worker, batch)
            except Exception as exc:  # a bug here must not stop the lane: answered, logged
                log.exception("%s: the batch could not be answered", worker.name)
                for job in batch:
                    _fail(job, ApiError(500, "CQ413", error=type(exc).__name__))
            finally:
                self._busy -= 1

    def _take(self) -> list[_Job]:
        """The next batch: a fair share of the queue for one of the lane's workers."""
        while self.queue and (self.queue[0].abandoned or self.queue[0].future.done()):
            self.queue.popleft()
        idle = max(1, len(self.workers) - self._busy)  # this one among them
        share = math.ceil(len(self.queue) / idle)
        batch: list[_Job] = []
        chars = 0
        while self.queue and len(batch) < min(self.batch_texts, max(share, 1)):
            job = self.queue.popleft()
            if job.abandoned or job.future.done():
                continue
            if batch and chars + len(job.request.text) > BATCH_CHARS:
                self.queue.appendleft(job)
                break
            batch.append(job)
            chars += len(job.request.text)
        return batch

    async def _answer(self, worker: _Worker, batch: list[_Job]) -> None:
        if not worker.alive:
            await asyncio.to_thread(worker.start)
        if not worker.alive:
            error = ApiError(503, "CQ417", error=worker.state.removeprefix("failed: "))
            for job in batch:
                _fail(job, error)
            return
        loop = asyncio.get_running_loop()
        wait = max(job.deadline for job in batch) - loop.time()
        try:
            answers = await asyncio.to_thread(worker.exchange, [j.request for j in batch], wait)
        except TimeoutError:
            log.warning("%s: an analysis passed its time limit; worker restarted", worker.name)
            await asyncio.to_thread(worker.start)  # now, so the next request finds it ready
            return  # each client has had its 504 (CQ416)
        except _WorkerLost as exc:
            log.error("%s: the worker ended during an analysis (%s)", worker.name, exc)
            await asyncio.to_thread(worker.start)
            error = ApiError(500, "CQ413", error=f"the analysis ended its worker ({exc})")
            for job in batch:
                _fail(job, error)
            return
        for job, (status, payload) in zip(batch, answers, strict=True):
            if status == "ok":
                if not job.future.done():
                    job.future.set_result(payload)
            else:
                log.error("%s: analysis failed: %s", worker.name, payload)
                _fail(job, ApiError(500, "CQ413", error=payload.split(":")[0]))

    def close(self) -> None:
        for task in self._runners:
            task.cancel()
        for worker in self.workers:
            worker.closed = True
            worker.stop(politely=True)


def _fail(job: _Job, error: Exception) -> None:
    if not job.future.done():
        job.future.set_exception(error)


class ExtractService:
    """Runs extractions in worker processes: a lane for short texts, one for long ones."""

    def __init__(
        self,
        *,
        model: str | None = None,
        actors_file: str | None = None,
        max_pending: int = 64,
        time_limit: float = TIME_LIMIT,
        short_workers: int | None = None,
    ) -> None:
        self.time_limit = time_limit
        common = {"model": model, "actors_file": actors_file, "time_limit": time_limit}
        self.short = _Lane(
            "short",
            workers=short_workers or default_short_workers(),
            batch_texts=BATCH_TEXTS,
            max_pending=max_pending,
            **common,
        )
        self.long = _Lane(
            "long",
            workers=1,
            batch_texts=1,
            max_pending=max(1, max_pending // 8),
            niceness=LONG_NICENESS,
            **common,
        )

    def preload(self) -> None:
        """Start every worker now (each loads the model); call on the event loop."""
        self.short.start()
        self.long.start()

    @property
    def pending(self) -> int:
        """Extractions waiting or running."""
        return self.short.pending + self.long.pending

    def status(self) -> dict[str, Any]:
        """Per lane: its workers' state, how many there are, and the requests it holds."""
        return {
            lane.name: {"state": lane.state, "workers": len(lane.workers), "pending": lane.pending}
            for lane in (self.short, self.long)
        }

    async def extract_json(self, request: ExtractRequest) -> str:
        """The communique/1 record of ``request`` as JSON text, built in a worker."""
        lane = self.short if len(request.text) <= SHORT_CHARS else self.long
        return await lane.submit(request)

    def close(self) -> None:
        self.short.close()
        self.long.close()
