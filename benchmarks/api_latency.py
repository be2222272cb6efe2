"""Do short requests stay fast while the API analyses a long one?

Starts ``communique serve`` (no store) on a free port and waits until both of
its extraction workers are ready. Then one client posts a 1 MB text to
``/api/extract`` and, while that one is being analysed, ten clients post
2 KB texts, each one after the other, until the long request is answered (or
``--seconds`` have passed). It prints the latency of the short requests
(median, 95th percentile, maximum) and how the long one ended. Before that,
as a baseline in the same run, the ten clients post alone for
``--baseline-seconds``: on a shared machine the load of other jobs shows
there, not only in the phase with the long text.

    PYTHONPATH=src .venv/bin/python benchmarks/api_latency.py
    PYTHONPATH=src .venv/bin/python benchmarks/api_latency.py --clients 10 --max-p95 2.0

Texts are news prose: PolNeAR train texts (../shared), or the bundled samples.
``--max-p95`` exits 1 when the 95th percentile of the short requests is at or
above that many seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared/data/polnear/data/train/text"
SAMPLES = ROOT / "src/communique/samples/corpus"


def texts() -> list[str]:
    paths = sorted(POLNEAR.glob("*.txt")) or sorted(SAMPLES.glob("*.txt"))
    return [p.read_text(encoding="utf-8").strip() for p in paths]


def prose(size: int, start: int = 0) -> str:
    """News prose of ``size`` characters, beginning at text ``start`` of the collection."""
    pool = texts()
    parts: list[str] = []
    total = 0
    i = start
    while total < size:
        parts.append(pool[i % len(pool)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from communique.cli import main; main()"]
    command += ["serve", "--port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [*command, "--no-access-log"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_ready(base: str, proc: subprocess.Popen[bytes], seconds: float = 300) -> None:
    """Until /api/health says both extraction workers have loaded the model."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the server ended (exit {proc.returncode})")
        try:
            lanes = httpx.get(f"{base}/api/health", timeout=5).json()["extract"]
            if all(lane["state"] == "ready" for lane in lanes.values()):
                return
        except (httpx.TransportError, KeyError, json.JSONDecodeError):
            pass  # not up yet
        time.sleep(0.5)
    sys.exit("the extraction workers did not get ready")


def post_shorts(
    base: str, bodies: list[bytes], seconds: float, stop: threading.Event
) -> tuple[list[float], dict[int, int]]:
    """One client per body, each posting it again as soon as it is answered, for ``seconds``
    (or until ``stop`` is set); the latencies and the count of each status."""
    plain = {"content-type": "text/plain; charset=utf-8"}
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client_loop(body: bytes) -> None:
        with httpx.Client(timeout=60) as client:
            while not stop.is_set() and time.monotonic() < stop_at:
                started = time.perf_counter()
                r = client.post(f"{base}/api/extract", content=body, headers=plain)
                took = time.perf_counter() - started
                with lock:
                    latencies.append(took)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

    threads = [threading.Thread(target=client_loop, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses


def summary(latencies: list[float]) -> tuple[float, float, float]:
    """Median, 95th percentile and maximum."""
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return statistics.median(ordered), p95, ordered[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--long-chars", type=int, default=1_000_000)
    parser.add_argument("--short-chars", type=int, default=2_000)
    parser.add_argument("--seconds", type=float, default=120.0, help="stop the short clients after")
    parser.add_argument(
        "--baseline-seconds",
        type=float,
        default=40.0,
        help="first, the short clients alone for this long (0: no baseline)",
    )
    parser.add_argument("--max-p95", type=float, default=None)
    args = parser.parse_args(argv)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(port)
    try:
        wait_ready(base, proc)
        long_text = prose(args.long_chars).encode("utf-8")
        shorts = [
            prose(args.short_chars, start=50 * i).encode("utf-8") for i in range(args.clients)
        ]
        alone: list[float] = []
        alone_statuses: dict[int, int] = {}
        if args.baseline_seconds > 0:
            alone, alone_statuses = post_shorts(
                base, shorts, args.baseline_seconds, threading.Event()
            )
        load_alone = os.getloadavg()[0]

        long_done = threading.Event()
        long_result: dict[str, object] = {}

        def post_long() -> None:
            started = time.perf_counter()
            try:
                with httpx.Client(timeout=None) as client:
                    r = client.post(
                        f"{base}/api/extract",
                        content=long_text,
                        headers={"content-type": "text/plain; charset=utf-8"},
                    )
            except httpx.HTTPError:
                return  # cut when the server stops at the end of the run
            long_result.update(
                status=r.status_code,
                seconds=time.perf_counter() - started,
                code=r.json().get("error", {}).get("code") if r.status_code != 200 else None,
            )
            long_done.set()

        long_thread = threading.Thread(target=post_long)
        long_thread.start()
        time.sleep(1.0)  # the long request is in its worker before the short ones start
        latencies, statuses = post_shorts(base, shorts, args.seconds, long_done)
        long_thread.join(timeout=0)
    finally:
        proc.terminate()
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    if not latencies:
        print("no short request was answered", file=sys.stderr)
        return 1
    load = os.getloadavg()[0]
    print(f"{args.clients} clients x {args.short_chars:,} chars; 1 client posts "
          f"{args.long_chars:,} chars in the second phase")  # fmt: skip
    if alone:
        median, p95_alone, top = summary(alone)
        print(f"alone (load average {load_alone:.1f}): {len(alone)} short requests, "
              f"statuses {alone_statuses}; latency median {median:.2f} s, "
              f"p95 {p95_alone:.2f} s, max {top:.2f} s")  # fmt: skip
    median, p95, top = summary(latencies)
    print(f"with the long text (load average {load:.1f}): {len(latencies)} short requests, "
          f"statuses {statuses}; latency median {median:.2f} s, p95 {p95:.2f} s, "
          f"max {top:.2f} s")  # fmt: skip
    if alone:
        print(f"p95 with the long text / p95 alone: {p95 / p95_alone:.2f}")
    if long_result:
        print(f"long request: status {long_result['status']} {long_result['code'] or ''} "
              f"after {long_result['seconds']:.1f} s")  # fmt: skip
    else:
        print(f"long request: still running after {args.seconds:.0f} s (short clients stopped)")
    if args.max_p95 is not None and p95 >= args.max_p95:
        print(f"p95 {p95:.2f} s is not under --max-p95 {args.max_p95}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
