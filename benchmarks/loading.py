"""How much longer communique takes than plain spaCy to load, and to give its first answer.

A user who runs ``communique extract`` on one article pays the start-up every time, and
a worker process pays it once before its first record. Each measurement runs in a fresh
Python process, the two systems alternating, and reports two times from the start of
the script:

- **load**: importing the library and building the pipeline (``communique.Extractor()``
  against ``spacy.load`` of the same installed model);
- **first record**: load plus analysing one short news text. Tables a stage reads on
  first use (lexicons, gazetteer, date parser) are paid here, so moving work from loading
  to the first article does not hide it.

The medians over ``--runs`` runs and their differences are printed; CPU seconds of each
process are reported beside wall-clock seconds because on a shared machine the wall clock
stretches with whatever else runs.

    PYTHONPATH=src .venv/bin/python benchmarks/loading.py
    PYTHONPATH=src .venv/bin/python benchmarks/loading.py --runs 9 --max-extra 1.0

``--max-extra`` exits 1 when communique's first record comes more than that many seconds
(median wall clock) after spaCy's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A short wire text with a quotation, an event, a date and a place: every stage has work.
TEXT = (
    "PARIS, March 3 (Reuters) - France's foreign minister said on Tuesday that Russia had "
    'attacked a Ukrainian port overnight. "We condemn this strike," he told reporters in '
    "Paris, and he urged Moscow to withdraw its forces."
)

#: Run in a fresh interpreter: prints one JSON line of times from the script's start.
CHILD = """
import json, sys, time
wall0, cpu0 = time.perf_counter(), time.process_time()
def mark():
    return time.perf_counter() - wall0, time.process_time() - cpu0
which, text = sys.argv[1], sys.argv[2]
if which == "spacy":
    import spacy
    from communique.nlp import default_model_name
    nlp = spacy.load(default_model_name())
    load = mark()
    nlp(text)
else:
    from communique.pipeline import Extractor
    extractor = Extractor()
    load = mark()
    extractor.extract(text)
first = mark()
print(json.dumps({"load": load, "first": first}))
"""


def measure(which: str, bytecode: Path) -> dict[str, list[float]]:
    """Times of one fresh process for ``which`` ("spacy" or "communique").

    Compiled modules are kept under ``bytecode`` (``PYTHONPYCACHEPREFIX``), for both
    systems alike: an installed package has its modules compiled at install time, while
    a source tree run with ``PYTHONDONTWRITEBYTECODE`` (as on these machines) would
    compile every module of communique, and none of spaCy's, in every process.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, which, TEXT],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per system")
    parser.add_argument(
        "--max-extra",
        type=float,
        default=None,
        help="exit 1 when communique's first record is this many seconds later than spaCy's",
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="communique-bytecode-") as bytecode:
        return report(args, Path(bytecode))


def report(args: argparse.Namespace, bytecode: Path) -> int:
    # One untimed process each first: the module files are read from disk and compiled,
    # so neither system pays a cold cache that the other then enjoys.
    measure("spacy", bytecode)
    measure("communique", bytecode)
    times: dict[str, dict[str, list[list[float]]]] = {
        name: {"load": [], "first": []} for name in ("spacy", "communique")
    }
    for run in range(args.runs):
        order = ("spacy", "communique") if run % 2 == 0 else ("communique", "spacy")
        for name in order:
            got = measure(name, bytecode)
            for key in ("load", "first"):
                times[name][key].append(got[key])

    def median(name: str, key: str, k: int) -> float:
        return statistics.median(t[k] for t in times[name][key])

    print(f"{args.runs} fresh processes per system, medians (wall / CPU seconds)")
    for key, label in (("load", "load"), ("first", "first record")):
        for name in ("spacy", "communique"):
            walls = ", ".join(f"{t[0]:.2f}" for t in times[name][key])
            print(
                f"{label:>12} {name:>10}: {median(name, key, 0):5.2f} / "
                f"{median(name, key, 1):5.2f}   (runs: {walls})"
            )
        extra = [median("communique", key, k) - median("spacy", key, k) for k in (0, 1)]
        print(f"{label:>12} {'extra':>10}: {extra[0]:5.2f} / {extra[1]:5.2f}")
    late = median("communique", "first", 0) - median("spacy", "first", 0)
    if args.max_extra is not None and late > args.max_extra:
        why = f"first record {late:.2f} s later than spaCy's: above {args.max_extra}"
        print(why, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
