"""Load on ``POST /api/extract``: many clients at once against a real server.

Starts ``communique serve`` (uvicorn) on loopback in a subprocess over a store
built from the bundled sample corpus, then in the same run:

1. **baseline**: one client posting the article back to back
   (``--baseline-seconds``, 20);
2. **load**: ``--clients`` (20) clients posting it at once for ``--seconds`` (60);

   the two alternate in ``--rounds`` (3) slices, so that on a shared machine
   both meet the same background load;
3. **store**: the same number of clients reading ``/api/events`` and
   ``/api/articles`` at once (``--store-seconds``, 0 to skip), to show the
   read side holds up under concurrency with a cursor per request.

It prints requests/s, p50/p95/max latency and errors for each phase, and the
load rate over the baseline rate. A server with one model thread cannot parse
faster with 20 clients than with one; what the bar asks is that 20 clients
are all served, without errors, and that the ratio stays near 1 (queueing,
not collapse). ``--workers 2`` runs two server processes, one model each.

    PYTHONPATH=src .venv/bin/python benchmarks/api_load.py
    PYTHONPATH=src .venv/bin/python benchmarks/api_load.py --seconds 10 --clients 20 --workers 2

Exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import httpx

DEFAULT_TEXT = Path(str(resources.files("communique.samples").joinpath("munich_talks.txt")))


@dataclass
class Phase:
    """What one phase measured."""

    name: str
    clients: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def line(self) -> str:
        med = statistics.median(self.latencies) if self.latencies else float("nan")
        return (
            f"{self.name:<9} clients {self.clients:>3}  requests {len(self.latencies):>6}  "
            f"{self.rate:7.2f} req/s  p50 {med * 1000:7.0f} ms  "
            f"p95 {self.percentile(0.95) * 1000:7.0f} ms  "
            f"max {max(self.latencies, default=0) * 1000:7.0f} ms  errors {len(self.errors)}"
        )


def build_store(path: Path) -> Path:
    """A store of the bundled sample corpus, analysed as an ingest would."""
    from communique.corpus.work import Task, analyse_batch
    from communique.read import read_inputs
    from communique.store import Origin, open_store
    from communique.store.db import insert_rows

    corpus = Path(str(resources.files("communique.samples").joinpath("corpus")))
    tasks = [
        Task(doc, Origin(doc.id, doc_id=doc.id, source=doc.source, published=doc.date))
        for doc in read_inputs([str(corpus)], on_problem=lambda problem: None)
    ]
    con = open_store(path, read_only=False)
    seen: set[str] = set()
    for result in analyse_batch(tasks):
        rows = result.rows if result.article_id not in seen else {"sources": result.rows["sources"]}
        seen.add(result.article_id)
        insert_rows(con, rows)
    con.close()
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int, log: Path) -> subprocess.Popen:
    command = [
        sys.executable,
        "-c",
        "from communique.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
    ]
    out = log.open("w")
    return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=os.environ.copy())


def wait_until_ready(base: str, server: subprocess.Popen, body: bytes, workers: int) -> None:
    """Until the server answers and every worker has its model loaded."""
    deadline = time.monotonic() + 180
    while True:
        if server.poll() is not None:
            raise SystemExit("the server stopped while starting; see its log")
        try:
            httpx.get(f"{base}/api/health", timeout=5)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise SystemExit("the server did not start in 180 s") from None
            time.sleep(0.3)
    # Each worker loads its model at start-up; a few requests per worker warm them all.
    with httpx.Client(timeout=180) as client:
        for _ in range(3 * workers):
            r = client.post(f"{base}/api/extract", content=body)
            r.raise_for_status()


async def run_phase(
    phase: Phase,
    seconds: float,
    request: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]],
    check: Callable[[httpx.Response], str | None],
) -> Phase:
    """``phase.clients`` clients sending ``request`` back to back for ``seconds``."""
    limits = httpx.Limits(max_connections=phase.clients, max_keepalive_connections=phase.clients)
    stop_at = time.perf_counter() + seconds

    async def one_client(client: httpx.AsyncClient) -> None:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                r = await request(client)
                problem = check(r)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                phase.errors.append(problem)
            else:
                phase.latencies.append(time.perf_counter() - started)

    async with httpx.AsyncClient(limits=limits, timeout=300) as client:
        began = time.perf_counter()
        await asyncio.gather(*(one_client(client) for _ in range(phase.clients)))
        phase.seconds += time.perf_counter() - began
    return phase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="length of the load phase")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument(
        "--baseline-seconds", type=float, default=20, help="length of the one-client phase"
    )
    parser.add_argument(
        "--store-seconds", type=float, default=10, help="length of the store phase (0: skip)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="baseline/load slices, alternated")
    parser.add_argument("--text", type=Path, default=DEFAULT_TEXT, help="the article to post")
    parser.add_argument("--db", type=Path, help="a store to serve (default: the sample corpus)")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args(argv)

    text = args.text.read_text(encoding="utf-8")
    body = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_store(Path(tmp) / "load.duckdb")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = Path(tmp) / "server.log"
        server = start_server(db, port, args.workers, log)
        try:
            wait_until_ready(base, server, body, args.workers)
            phases = measure(args, base, body)
        finally:
            server.terminate()
            server.wait(30)
            server_log = log.read_text(encoding="utf-8", errors="replace")
    words = len(text.split())
    print(
        f"article: {args.text.name}, {words} words, {len(body):,} bytes; "
        f"server: {args.workers} worker(s), {os.cpu_count()} CPUs"
    )
    for phase in phases:
        print(phase.line())
    baseline, load = phases[0], phases[1]
    print(f"load / baseline throughput: {load.rate / baseline.rate:.2f}")
    if "Traceback" in server_log:
        print("server log holds a traceback:\n" + server_log[-3000:])
    failed = [e for p in phases for e in p.errors]
    for problem in sorted(set(failed))[:10]:
        print("error:", problem)
    return 1 if failed or "Traceback" in server_log else 0


def measure(args: argparse.Namespace, base: str, body: bytes) -> list[Phase]:
    headers = {"content-type": "text/plain; charset=utf-8"}

    async def post(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post(f"{base}/api/extract", content=body, headers=headers)

    def record_ok(r: httpx.Response) -> str | None:
        if r.status_code != 200:
            return f"HTTP {r.status_code}: {r.text[:200]}"
        if not r.content.startswith(b'{"schema":"communique/1"'):
            return "not a communique/1 record"
        return None

    # Alternate short baseline and load slices: on a shared machine both then
    # see the same background load, and the ratio compares like with like.
    baseline, load = Phase("baseline", 1), Phase("load", args.clients)
    for _ in range(args.rounds):
        asyncio.run(run_phase(baseline, args.baseline_seconds / args.rounds, post, record_ok))
        asyncio.run(run_phase(load, args.seconds / args.rounds, post, record_ok))
    phases = [baseline, load]
    if args.store_seconds > 0:
        paths = ["/api/events?limit=50", "/api/articles?limit=20", "/api/actors?limit=20"]
        turn = [0]

        async def read(client: httpx.AsyncClient) -> httpx.Response:
            turn[0] += 1
            return await client.get(base + paths[turn[0] % len(paths)])

        def page_ok(r: httpx.Response) -> str | None:
            if r.status_code != 200:
                return f"HTTP {r.status_code}: {r.text[:200]}"
            return None if "items" in json.loads(r.content) else "no items"

        store = Phase("store", args.clients)
        phases.append(asyncio.run(run_phase(store, args.store_seconds, read, page_ok)))
    return phases


if __name__ == "__main__":
    sys.exit(main())
