"""Throughput of communique against the spaCy pipeline it is built on.

The cost that matters to a user is how much slower communique is than the bare
parse they would pay for anyway, so both run in one process over the same
texts: ``Extractor.extract_many`` (parse + actors + quotes + events) and
``nlp.pipe`` of a fresh copy of the same model with its full default pipeline.
Rounds rotate which goes first so none always enjoys a warm cache; the median
of the rounds is reported, after one untimed round of each (the first full pass
of a pipeline grows its buffers and runs far slower than the rest).

Each ratio is given two ways: the ratio of the two systems' median rates, and
the median of the ratios of each round, both systems timed within minutes of
each other. On a shared machine the speed of the host drifts while the
benchmark runs (plain spaCy's rounds have taken 13 s in one run and 20 s a few
minutes later); a median taken over each system's own rounds may pair a slow
moment of one with a fast moment of the other, while a round's ratio compares
the two under the same conditions. The median of the round ratios is the one
``--min-ratio`` checks; five rounds by default, so that no single disturbed
round decides either median.

The plain pipeline runs twice: as a user calls it (``nlp.pipe`` over the texts,
``--batch-size`` texts at a time) and over the same batches communique forms,
bounded in tokens as well as texts. Batches of articles bounded only in count
are slower to parse, so the first ratio credits communique with its batching;
the second shows the cost of the analysis stages, less what communique's
pipeline saves in the parse itself (it finds the model's attribute rules from
the Doc's columns, :mod:`communique.attributes`, and asks for each distinct
word's lemma once, :mod:`communique.lemmas`).

Beside the wall-clock ratio the process's CPU time is reported too: on a
machine shared with other jobs the wall clock of either system stretches with
whatever else runs, while the CPU time each one spends is far steadier, so the
CPU ratio is the one to read when the load is high.

    PYTHONPATH=src .venv/bin/python benchmarks/throughput.py            # PolNeAR dev texts
    PYTHONPATH=src .venv/bin/python benchmarks/throughput.py --texts DIR --rounds 5
    PYTHONPATH=src .venv/bin/python benchmarks/throughput.py --min-ratio 0.7   # exit 1 if slower

Words are whitespace-separated tokens of the raw text, counted the same way
for all, so the ratio does not depend on how words are counted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_TEXTS = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/data/dev/text"


def read_texts(directory: Path, limit: int | None) -> list[tuple[str, str]]:
    """(id, text) for every ``*.txt`` in ``directory``, in name order."""
    paths = sorted(directory.glob("*.txt"))[:limit]
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def timed(run: Callable[[], None]) -> tuple[float, float]:
    """Wall-clock and process CPU seconds of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def round_ratios(times: dict[str, list[float]], base: str) -> list[float]:
    """Communique's rate divided by ``base``'s in each round.

    The rate is words over seconds with the same words on both sides, so a round's ratio
    is ``base``'s seconds over communique's.
    """
    return [other / own for own, other in zip(times["communique"], times[base], strict=True)]


def show(label: str, ratio: float | list[float], meaning: str) -> None:
    """One ratio; of a list of round ratios, the median and their range (the noise)."""
    if isinstance(ratio, float):
        print(f"{label:>16}: {ratio:.2f} ({meaning})")
        return
    spread = f"rounds {min(ratio):.2f}-{max(ratio):.2f}"
    print(f"{label:>16}: {statistics.median(ratio):.2f} ({meaning}; {spread})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of *.txt files")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per system (median)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: installed sm)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--min-ratio",
        type=float,
        default=None,
        help="exit 1 when communique words/s divided by spaCy words/s is below this",
    )
    args = parser.parse_args(argv)

    from communique.eval.polnear import plain_pipeline
    from communique.pipeline import Extractor, token_batches
    from communique.schema import Document

    texts = read_texts(args.texts, args.limit)
    if not texts:
        print(f"no *.txt files in {args.texts}", file=sys.stderr)
        return 2
    words = sum(len(text.split()) for _, text in texts)
    docs = [Document(id=i, text=t) for i, t in texts]
    raw = [t for _, t in texts]

    extractor = Extractor(model=args.model, batch_size=args.batch_size)
    nlp = plain_pipeline(args.model)

    def run_communique() -> None:
        for _ in extractor.extract_many(docs):
            pass

    def run_spacy() -> None:
        for _ in nlp.pipe(raw, batch_size=args.batch_size):
            pass

    def run_spacy_batched() -> None:
        tokenized = ((nlp.make_doc(text), None) for text in raw)
        for batch in token_batches(tokenized, args.batch_size):
            for _ in nlp.pipe((doc for doc, _ in batch), batch_size=len(batch)):
                pass

    runs = {"communique": run_communique, "spacy": run_spacy, "batched": run_spacy_batched}
    for run in runs.values():
        run()
    names = list(runs)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    cpu_seconds: dict[str, list[float]] = {name: [] for name in names}
    for round_no in range(args.rounds):
        k = round_no % len(names)
        for name in names[k:] + names[:k]:
            wall, cpu = timed(runs[name])
            seconds[name].append(wall)
            cpu_seconds[name].append(cpu)

    rate = {name: words / statistics.median(times) for name, times in seconds.items()}
    paired = {base: round_ratios(seconds, base) for base in ("spacy", "batched")}
    cpu_paired = {base: round_ratios(cpu_seconds, base) for base in ("spacy", "batched")}
    cpu_rate = {name: words / statistics.median(times) for name, times in cpu_seconds.items()}
    label = {"spacy": "spacy", "batched": "spacy*", "communique": "communique"}
    print(f"{len(texts)} texts, {words:,} words, {args.rounds} rounds (median), one process")
    print(f"spaCy pipeline: {', '.join(nlp.pipe_names)}; spacy* = in communique's batches")
    for name in names:
        times = ", ".join(f"{t:.2f}" for t in seconds[name])
        print(f"{label[name]:>16}: {rate[name]:9,.0f} words/s   (rounds: {times} s)")
    show("ratio", rate["communique"] / rate["spacy"], "communique / spaCy")
    show("ratio*", rate["communique"] / rate["batched"], "communique / spaCy*")
    show("round ratio", paired["spacy"], "median of the rounds' communique / spaCy")
    show("round ratio*", paired["batched"], "median of the rounds' communique / spaCy*")
    for name in names:
        times = ", ".join(f"{t:.2f}" for t in cpu_seconds[name])
        print(
            f"{label[name]:>16}: {cpu_rate[name]:9,.0f} words per CPU second   (rounds: {times} s)"
        )
    show("CPU ratio", cpu_rate["communique"] / cpu_rate["spacy"], "communique / spaCy")
    show("CPU ratio*", cpu_rate["communique"] / cpu_rate["batched"], "communique / spaCy*")
    show("CPU round ratio", cpu_paired["spacy"], "median of the rounds' CPU ratios")
    show("CPU round ratio*", cpu_paired["batched"], "the same against spaCy*")
    checked = statistics.median(paired["spacy"])
    if args.min_ratio is not None and checked < args.min_ratio:
        print(f"round ratio {checked:.2f} is below --min-ratio {args.min_ratio}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
