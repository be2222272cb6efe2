"""Scaling of the Dask runner: the same corpus on a local cluster of 1 and of 2 workers.

Each cluster is a ``LocalCluster`` of single-threaded worker processes, as
``--dask local:N`` starts. Before timing, a warm-up run on a few articles
loads the model on every worker, so the timed run measures throughput;
the end-to-end time (cluster start and model load included) is printed too.
Both clusters run in this one invocation, one after the other (``--rounds``
alternates the order and takes medians), so the ratio compares like with like
on whatever else the machine is doing. Each run also prints the share of
their cores the workers got (their CPU time over wall time x workers): near
100% with a poor ratio means a busy machine, not idle workers.

    PYTHONPATH=src .venv/bin/python benchmarks/dask_scaling.py     # 300 PolNeAR train texts
    PYTHONPATH=src .venv/bin/python benchmarks/dask_scaling.py --limit 100 --workers 1 2 4
    PYTHONPATH=src .venv/bin/python benchmarks/dask_scaling.py --min-ratio 1.5  # exit 1 if below

The ratio is articles/s with the most workers over articles/s with the fewest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_TEXTS = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/data/train/text"


def _cpu_seconds() -> float:
    """This process's CPU time (user + system), run on each worker."""
    t = os.times()
    return t.user + t.system


def measure(files: list[str], warm: list[str], n: int, batch_size: int, work: Path) -> dict:
    """Start an n-worker local cluster, warm it up, time one run over ``files``.

    Also reads the CPU time the workers used during the timed run: divided by
    (seconds x workers) it says how much of their cores the workers got, which
    tells a scheduling problem (workers idle) from a busy machine (workers
    waiting for a core).
    """
    from distributed import Client

    from communique.corpus.dask_run import local_cluster, run_dask

    started = time.perf_counter()
    with local_cluster(n) as cluster, Client(cluster) as client:
        address = cluster.scheduler_address
        run_dask(warm, work / f"warm-{n}-{started}", address, batch_size=batch_size, quiet=True)
        cpu_before = sum(client.run(_cpu_seconds).values())
        ready = time.perf_counter()
        out = work / f"out-{n}-{started}"
        summary = run_dask(files, out, address, batch_size=batch_size, quiet=True)
        done = time.perf_counter()
        cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
    articles = summary.articles + summary.duplicates
    return {
        "workers": n,
        "articles": articles,
        "failures": len(summary.failures),
        "seconds": done - ready,
        "rate": articles / (done - ready),
        "cpu_per_article": cpu / articles,
        "cpu_share": cpu / ((done - ready) * n),
        "end_to_end": done - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of *.txt files")
    parser.add_argument("--limit", type=int, default=300, help="use the first N texts")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=1, help="runs per worker count (median)")
    parser.add_argument(
        "--min-ratio", type=float, default=None, help="exit 1 when the ratio is below this"
    )
    args = parser.parse_args(argv)

    paths = sorted(args.texts.glob("*.txt"))
    files = [str(p) for p in paths[: args.limit]]
    warm = [str(p) for p in paths[args.limit : args.limit + 4]] or files[:2]
    if not files:
        print(f"no *.txt files in {args.texts}", file=sys.stderr)
        return 2
    words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)
    print(f"{len(files)} articles, {words:,} words, batch size {args.batch_size}")
    # Rounds run the worker counts forwards then backwards (1 2, 2 1, ...), so a
    # change in the machine's load does not always favour the same count.
    order: list[int] = []
    for r in range(args.rounds):
        order.extend(args.workers if r % 2 == 0 else list(reversed(args.workers)))
    runs: dict[int, list[dict]] = {n: [] for n in args.workers}
    with tempfile.TemporaryDirectory(prefix="cq-dask-") as tmp:
        for n in order:
            r = measure(files, warm, n, args.batch_size, Path(tmp))
            runs[n].append(r)
            print(
                f"local:{n}: {r['articles']} articles in {r['seconds']:.1f} s = "
                f"{r['rate']:.2f} articles/s ({r['rate'] * words / len(files):,.0f} words/s); "
                f"workers used {r['cpu_share']:.0%} of their cores, "
                f"{r['cpu_per_article']:.3f} CPU s/article; "
                f"{r['end_to_end']:.1f} s with cluster start and model load; "
                f"{r['failures']} failures"
            )
    results = [
        {"workers": n, "rate": statistics.median(r["rate"] for r in runs[n])} for n in args.workers
    ]
    if args.rounds > 1:
        for r in results:
            print(f"local:{r['workers']}: median {r['rate']:.2f} articles/s")
    first, last = results[0], results[-1]
    ratio = last["rate"] / first["rate"]
    print(f"ratio local:{last['workers']} / local:{first['workers']}: {ratio:.2f}")
    if args.min_ratio is not None and ratio < args.min_ratio:
        print(f"below the required {args.min_ratio:.2f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
