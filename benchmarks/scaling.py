"""Does the cost of one article grow linearly with its length?

Analyses one text of 10 KB, 100 KB, 1 MB and 10 MB (news prose: PolNeAR
train texts joined with blank lines, repeated as needed; the bundled samples
when ../shared is absent) and prints the seconds per 100 KB of each. Linear
cost means a flat column. The whole text is analysed (``max_chars`` and
``max_tokens`` are raised past it): the point is the cost of the code, not
of the limits that normally cut a text at 300,000 characters or 50,000
tokens.

    PYTHONPATH=src .venv/bin/python benchmarks/scaling.py
    PYTHONPATH=src .venv/bin/python benchmarks/scaling.py --sizes 10k,100k,1m --max-ratio 1.5
    PYTHONPATH=src .venv/bin/python benchmarks/scaling.py --hostile     # the two attack inputs too

Seconds are this process's CPU seconds (user + system), which other jobs on a
shared machine disturb far less than wall time; wall seconds are printed
beside them. Small sizes are repeated (median) until each has run for a few
seconds. ``--max-ratio`` exits 1 when the largest size costs more per 100 KB
than that multiple of the smallest.

``--hostile`` then runs ``communique extract`` as a user would on two inputs
that once took minutes and gigabytes (200,000 lines of one word; one line of
20 MB) under ``/usr/bin/time -v``, and prints each run's wall seconds, peak
memory, CPU seconds, exit status, the load average after it and the warning
codes of its record and messages;
``--limit-seconds``/``--limit-mb`` set the bounds (60 s, 2,048 MB) and a run
over either makes the exit status 1. Both inputs are now cut by the limit of
tokens per article (CQ110).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared/data/polnear/data/train/text"
SAMPLES = ROOT / "src/communique/samples/corpus"
COMMUNIQUE = Path(sys.executable).with_name("communique")

#: Run a size again until it has used this many CPU seconds (median of the runs).
MIN_SECONDS = 5.0


def parse_size(text: str) -> int:
    """``10k`` → 10,000 characters; ``1m`` → 1,000,000; a plain number as it is."""
    m = re.fullmatch(r"(\d+)([km]?)", text.strip().lower())
    if m is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r}")
    return int(m[1]) * {"": 1, "k": 1_000, "m": 1_000_000}[m[2]]


def prose(size: int) -> str:
    """News prose of ``size`` characters, cut at a paragraph break just past it."""
    paths = sorted(POLNEAR.glob("*.txt")) or sorted(SAMPLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8").strip() for p in paths]
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def measure(extractor: Extractor, text: str) -> tuple[float, float, int]:
    """CPU and wall seconds of one analysis, and the number of events found."""
    cpu, wall = time.process_time(), time.perf_counter()
    record = extractor.extract(text, date="2016-01-15")
    return time.process_time() - cpu, time.perf_counter() - wall, len(record.events)


def scaling(sizes: list[int], max_ratio: float | None) -> int:
    from communique.pipeline import Extractor

    extractor = Extractor(max_chars=max(sizes) + 1, max_tokens=max(sizes) + 1)
    measure(extractor, prose(2_000))  # first calls build lazy tables
    print(f"{'size':>10} {'runs':>4} {'CPU s/100 KB':>13} {'wall s/100 KB':>14} {'events':>7}")
    per_100k: list[float] = []
    for size in sizes:
        text = prose(size)
        cpu_runs: list[float] = []
        wall_runs: list[float] = []
        while not cpu_runs or (sum(cpu_runs) < MIN_SECONDS and len(cpu_runs) < 50):
            cpu, wall, events = measure(extractor, text)
            cpu_runs.append(cpu)
            wall_runs.append(wall)
        scale = 100_000 / len(text)
        cpu_rate = statistics.median(cpu_runs) * scale
        wall_rate = statistics.median(wall_runs) * scale
        per_100k.append(cpu_rate)
        row = f"{len(text):>10,} {len(cpu_runs):>4} {cpu_rate:>13.2f} {wall_rate:>14.2f}"
        print(f"{row} {events:>7,}", flush=True)
    ratio = per_100k[-1] / per_100k[0]
    print(f"ratio {sizes[-1]:,} / {sizes[0]:,} characters: {ratio:.2f} (CPU seconds per 100 KB)")
    if max_ratio is not None and ratio > max_ratio:
        print(f"ratio {ratio:.2f} is above --max-ratio {max_ratio}", file=sys.stderr)
        return 1
    return 0


def hostile(limit_seconds: float, limit_mb: float) -> int:
    """The two attack inputs through the command line, timed and measured."""
    inputs = {
        "200,000 lines": "a\n" * 200_000,
        "one 20 MB line": prose(20_000_000).replace("\n", " "),
    }
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in inputs.items():
            path = Path(tmp, re.sub(r"\W+", "-", name).strip("-") + ".txt")
            path.write_text(text, encoding="utf-8")
            out = path.with_suffix(".jsonl")
            extract = [str(COMMUNIQUE), "extract", str(path), "-o", str(out)]
            command = ["/usr/bin/time", "-v", *extract]
            started = time.perf_counter()
            run = subprocess.run(command, capture_output=True, text=True, check=False)
            seconds = time.perf_counter() - started
            peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
            peak_mb = int(peak[1]) / 1024 if peak else float("nan")
            cpu = sum(
                float(m[1])
                for m in re.finditer(r"(?:User|System) time \(seconds\): ([\d.]+)", run.stderr)
            )
            written = out.read_text(encoding="utf-8") if out.exists() else ""
            codes = sorted(set(re.findall(r"\bCQ\d{3}\b", run.stderr + written)))
            ok = seconds <= limit_seconds and peak_mb <= limit_mb
            status |= 0 if ok else 1
            print(
                f"{name:>15}: {seconds:6.1f} s ({cpu:.1f} s CPU), peak {peak_mb:7.0f} MB, "
                f"exit {run.returncode}, load {os.getloadavg()[0]:.1f}, "
                f"codes {', '.join(codes) or 'none'}  {'ok' if ok else 'OVER THE LIMIT'}",
                flush=True,
            )
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=lambda s: [parse_size(x) for x in s.split(",")],
        default=[10_000, 100_000, 1_000_000, 10_000_000],
        help="comma-separated text sizes in characters (10k, 1m) [10k,100k,1m,10m]",
    )
    parser.add_argument("--max-ratio", type=float, default=None)
    parser.add_argument("--hostile", action="store_true", help="also run the two attack inputs")
    parser.add_argument("--hostile-only", action="store_true", help="only the attack inputs")
    parser.add_argument("--limit-seconds", type=float, default=60.0)
    parser.add_argument("--limit-mb", type=float, default=2048.0)
    args = parser.parse_args(argv)
    status = 0
    if not args.hostile_only:
        status |= scaling(args.sizes, args.max_ratio)
    if args.hostile or args.hostile_only:
        status |= hostile(args.limit_seconds, args.limit_mb)
    return status


if __name__ == "__main__":
    sys.exit(main())
