"""Ingest throughput: does a second worker process double the rate, and what does a store cost?

Builds a corpus of distinct articles in a temporary folder (PolNeAR train
texts cut at paragraph breaks into article-sized pieces, plus the bundled
sample corpus; exact duplicates are dropped, since deduplication would fake
speed) and measures, in the same run:

  (a) the plain extractor in this process, ``Extractor.extract_many`` over
      the same documents (model loaded beforehand, reading included);
  (b) ``ingest`` into a fresh DuckDB store with 1 worker process;
  (c) ``ingest`` into a fresh DuckDB store with 2 worker processes.

(b) and (c) are whole runs as a user sees them: starting the workers and
loading the model in each, reading, hashing, the near-copy index and every
commit. It prints articles/s of each and the ratios it aims at:
(c)/(b) >= 1.7 (parallel scaling) and (b)/(a) >= 0.8 (per-process overhead).

    PYTHONPATH=src .venv/bin/python benchmarks/ingest.py             # 2,000 articles
    PYTHONPATH=src .venv/bin/python benchmarks/ingest.py --n 200     # a quick check
    PYTHONPATH=src .venv/bin/python benchmarks/ingest.py --n 200 --one-worker   # (a) and (b) only

(b)/(a) isolates what ingest adds (reading, hashing, the store) from the
analysis itself, so it compares two versions of the code fairly even when
their analysis differs in speed: run both versions in the same window.

The machine's load average is printed with the figures: on a shared machine
other work steals cores from the two-worker run first.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared/data/polnear/data/train/text"
SAMPLES = ROOT / "src/communique/samples/corpus"
_PARAGRAPHS = re.compile(r"\n\s*\n")
#: Fewer words than this is no article (and gets no near-copy signature).
MIN_WORDS = 60


def pieces(text: str, target: int) -> list[str]:
    """``text`` cut at paragraph breaks into pieces of about ``target`` characters."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in _PARAGRAPHS.split(text.strip()):
        current.append(paragraph)
        size += len(paragraph)
        if size >= target:
            out.append("\n\n".join(current))
            current, size = [], 0
    if current:
        if out and size < target // 2:
            out[-1] += "\n\n" + "\n\n".join(current)  # a short tail joins the last piece
        else:
            out.append("\n\n".join(current))
    return out


def build_corpus(folder: Path, n: int) -> int:
    """Write ``n`` distinct articles (``.txt``) into ``folder``; return how many were written.

    The sample stories, then PolNeAR pieces: the largest piece size (cut once,
    never overlapping) that gives enough distinct pieces of at least
    :data:`MIN_WORDS` words.
    """
    from communique.store import content_hash

    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))]
    if not texts:
        sys.exit(f"no PolNeAR texts in {POLNEAR} (the shared data folder beside the project)")
    chosen: dict[str, tuple[str, str]] = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chosen.setdefault(content_hash(text), (f"sample-{path.name}", text))
    needed = n - len(chosen)
    target = max(400, sum(len(t) for t in texts) // max(1, needed))
    while True:
        found: dict[str, tuple[str, str]] = {}
        for i, text in enumerate(texts):
            for k, piece in enumerate(pieces(text, target)):
                key = content_hash(piece)
                if len(piece.split()) >= MIN_WORDS and key not in chosen:
                    found.setdefault(key, (f"polnear-{i:04d}-{k:02d}.txt", piece))
        if len(found) >= needed or target <= 400:
            break
        target = int(target * 0.9)
    chosen.update(dict(list(found.items())[: max(0, needed)]))
    for name, text in list(chosen.values())[:n]:
        (folder / name).write_text(text, encoding="utf-8")
    return min(n, len(chosen))


def rate_plain(folder: Path, model: str | None) -> float:
    from communique.pipeline import Extractor
    from communique.read import read_inputs

    extractor = Extractor(model=model)
    list(extractor.extract_many(read_inputs([str(SAMPLES)], on_problem=lambda p: None)))
    started = time.perf_counter()
    count = sum(1 for _ in extractor.extract_many(read_inputs([str(folder)], on_problem=print)))
    return count / (time.perf_counter() - started)


class CoreMeter:
    """CPU seconds used by this process's descendants (the workers), read from /proc.

    On a shared machine the two-worker run gets fewer than two cores; this
    says how many it had, so a low ratio can be told from a slow design.
    Linux only; elsewhere it reports nothing.
    """

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> CoreMeter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def sample(self) -> None:
        proc = Path("/proc")
        if not proc.is_dir():
            return
        parents: dict[int, int] = {}
        cpu: dict[int, float] = {}
        tick = os.sysconf("SC_CLK_TCK")
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        me = os.getpid()
        for pid in cpu:
            ancestor, hops = parents.get(pid), 0
            while ancestor not in (None, 0, 1, me) and hops < 5:
                ancestor, hops = parents.get(ancestor), hops + 1
            if ancestor == me:
                self.seen[pid] = max(self.seen.get(pid, 0.0), cpu[pid])

    @property
    def seconds(self) -> float:
        return sum(self.seen.values())


def rate_ingest(folder: Path, workers: int, batch_size: int, model: str | None) -> float:
    from communique.corpus.ingest import ingest

    before = time.process_time()
    with tempfile.TemporaryDirectory() as tmp, CoreMeter() as meter:
        started = time.perf_counter()
        summary = ingest(
            [str(folder)], Path(tmp) / "bench.duckdb", workers=workers,
            batch_size=batch_size, model=model,
        )  # fmt: skip
        seconds = time.perf_counter() - started
    coordinator = time.process_time() - before
    if summary.failures:
        print(f"  {len(summary.failures)} failure(s), first: {summary.failures[0]}")
    if meter.seen:
        print(
            f"  workers used {meter.seconds / seconds:.2f} core(s) on average over the run;"
            f" the coordinator {coordinator / seconds:.3f}"
        )
    return summary.articles / seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the corpus")
    parser.add_argument("--batch-size", type=int, default=None, help="ingest batch size")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: installed sm)")
    parser.add_argument(
        "--one-worker", action="store_true", help="measure (a) and (b) only, not (c)"
    )
    args = parser.parse_args(argv)

    from communique.corpus.ingest import DEFAULT_BATCH_SIZE

    batch_size = args.batch_size or DEFAULT_BATCH_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        count = build_corpus(folder, args.n)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.iterdir())
        print(f"corpus: {count:,} distinct articles, {words / count:,.0f} words each on average")
        print(f"load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        a = rate_plain(folder, args.model)
        print(f"(a) extractor, 1 process:   {a:7.2f} articles/s")
        b = rate_ingest(folder, 1, batch_size, args.model)
        print(f"(b) ingest, 1 worker:       {b:7.2f} articles/s")
        c = None if args.one_worker else rate_ingest(folder, 2, batch_size, args.model)
        if c is not None:
            print(f"(c) ingest, 2 workers:      {c:7.2f} articles/s")
    print(f"load average after:  {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if c is not None:
        print(f"(c)/(b) = {c / b:.2f}   (target: >= 1.7, scaling with a second process)")
    print(f"(b)/(a) = {b / a:.2f}   (target: >= 0.8, one worker against the plain extractor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
