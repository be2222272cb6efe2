"""Querying a million events: actor + date range in under a second (issue 4's bar).

Generates a synthetic store with the store's own schema (``store/tables.py``):
1,000,000 events over about 200 actor codes and three years (2022-2024), in
about 330,000 articles, with skewed, news-like distributions: a few actors
(USA, RUS, CHN, UKR, ...) make most events, RUS→UKR is a frequent pair,
CONSULT and REQUEST are common and ASSAULT rarer, most events are asserted,
15% have two actors, 40% carry their own date, 10% of articles are
near-duplicate wire copies. The tables are built column by column with
numpy/pyarrow and loaded into a DuckDB file through Arrow (``INSERT ... SELECT``
from a registered Arrow table: the bulk path ``store.db.insert_rows`` uses).

It then opens the store read-only, as the CLI does, and times the functions
``communique query``/``dyads`` call (median of ``--rounds`` runs each):

- baseline: ``SELECT count(*) FROM events`` in the same run;
- ``--actor RUS --since 2023-01-01 --until 2023-03-31``: every matching row
  (what ``--format csv`` writes) and the first page with its count (what the
  table format shows);
- a name filter (``--actor Lavrov``) over the same range;
- a weekly RUS→UKR dyad series, and a monthly series of all pairs;
- the whole ``communique query ... --format csv`` command in a subprocess, once
  per round (Python start-up and imports included).

It prints seconds, the ratio to the 1-second bar and to the baseline, and
exits 1 if an actor + date-range query (the bar's case) takes a second or more.

    PYTHONPATH=src .venv/bin/python benchmarks/query_1m.py
    PYTHONPATH=src .venv/bin/python benchmarks/query_1m.py --keep /tmp/q1m.duckdb  # reuse
    PYTHONPATH=src .venv/bin/python benchmarks/query_1m.py --events 200000 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

#: Actors that dominate real event data, most active first; the rest of the
#: ~200 codes follow in the order of the shipped country table.
LEADERS = [
    "USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "ISR", "IRN", "IND", "TUR", "PRK", "KOR",
    "JPN", "SYR", "PSE", "SAU", "PAK", "AFG", "IRQ", "IGO", "NGO", "REB", "BLR", "POL", "EGY",
    "BRA", "CAN", "AUS", "ITA",
]  # fmt: skip

#: A few people per big actor, so a name filter has something to find.
PEOPLE = {
    "USA": ["Antony Blinken", "Joe Biden", "Lloyd Austin"],
    "RUS": ["Sergei Lavrov", "Vladimir Putin", "Dmitry Peskov"],
    "CHN": ["Wang Yi", "Xi Jinping"],
    "UKR": ["Volodymyr Zelenskiy", "Dmytro Kuleba"],
    "GBR": ["Rishi Sunak", "James Cleverly"],
    "DEU": ["Annalena Baerbock", "Olaf Scholz"],
}

#: Relative frequency of each PLOVER type in news-like event data.
TYPE_WEIGHTS = {
    "CONSULT": 20, "REQUEST": 12, "ACCUSE": 11, "SUPPORT": 8, "AGREE": 7, "COOPERATE": 6,
    "REJECT": 6, "THREATEN": 5, "ASSAULT": 6, "PROTEST": 4, "SANCTION": 3, "AID": 4,
    "COERCE": 3, "MOBILIZE": 2, "CONCEDE": 2, "RETREAT": 1,
}  # fmt: skip

MODALITY_WEIGHTS = {
    "asserted": 70, "reported": 10, "negated": 5, "hypothetical": 5, "future": 5,
    "intended": 3, "requested": 2,
}  # fmt: skip

SOURCES = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Xinhua", "TASS", "Kyiv Independent"]

START = date(2022, 1, 1)
DAYS = (date(2025, 1, 1) - START).days
EPOCH_OFFSET = (START - date(1970, 1, 1)).days


def _categorical(rng: np.random.Generator, values: list[str], weights: Any, n: int) -> pa.Array:
    """``n`` strings drawn from ``values`` with ``weights``, built as a dictionary then cast."""
    p = np.asarray(weights, dtype=float)
    idx = rng.choice(len(values), size=n, p=p / p.sum()).astype(np.int32)
    return pa.DictionaryArray.from_arrays(idx, pa.array(values)).cast(pa.string())


def _take(values: list[str], idx: np.ndarray) -> pa.Array:
    return pa.DictionaryArray.from_arrays(idx.astype(np.int32), pa.array(values)).cast(pa.string())


def _dates(days: np.ndarray, mask: np.ndarray | None = None) -> pa.Array:
    arr = pa.array((days + EPOCH_OFFSET).astype(np.int32), mask=mask).view(pa.date32())
    return arr


def _codes() -> tuple[list[str], list[str]]:
    """About 200 codes, leaders first, and a display name for each."""
    from importlib.resources import files

    table = json.loads((files("communique") / "data" / "countries.json").read_text("utf-8"))
    names = {c["iso3"]: c["name"] for c in table["countries"]}
    names.update(IGO="United Nations", NGO="Amnesty International", REB="rebels")
    codes = list(LEADERS) + [c for c in names if c not in LEADERS]
    codes = codes[:200]
    return codes, [names.get(c, c) for c in codes]


def _participants(
    rng: np.random.Generator,
    counts: np.ndarray,
    codes: list[str],
    names: list[str],
    weights: np.ndarray,
    forced: np.ndarray | None,
) -> tuple[pa.Array, pa.Array, pa.Array, pa.Array]:
    """(list of codes, list of participant structs, first name, first code) per event.

    ``forced`` gives, per event, a code index its first participant must have
    (-1: draw one), which is how the RUS→UKR pair is made common.
    """
    from communique.store.tables import PARTICIPANT

    total = int(counts.sum())
    offsets = np.zeros(len(counts) + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    code_idx = rng.choice(len(codes), size=total, p=weights)
    if forced is not None:
        firsts = offsets[:-1][counts > 0]
        want = forced[counts > 0]
        code_idx[firsts[want >= 0]] = want[want >= 0]
    # A person's name for some participants of the big actors, else the country's name.
    people = [(c, p) for c, ps in PEOPLE.items() for p in ps]
    person_names = [p for _, p in people]
    all_names = names + person_names
    name_idx = code_idx.copy()
    by_code = {codes.index(c): [len(names) + i for i, (cc, _) in enumerate(people) if cc == c]
               for c in PEOPLE}  # fmt: skip
    use_person = rng.random(total) < 0.4
    for ci, choices in by_code.items():
        sel = np.flatnonzero((code_idx == ci) & use_person)
        name_idx[sel] = rng.choice(choices, size=len(sel))
    code_arr = _take(codes, code_idx)
    name_arr = _take(all_names, name_idx)
    structs = pa.StructArray.from_arrays(
        [
            name_arr,
            code_arr,
            pa.nulls(total, pa.string()),
            pa.nulls(total, pa.string()),
            name_arr,
            pa.nulls(total, pa.int32()),
            pa.nulls(total, pa.int32()),
        ],
        fields=list(PARTICIPANT),
    )
    off = pa.array(offsets)
    code_lists = pa.ListArray.from_arrays(off, code_arr)
    struct_lists = pa.ListArray.from_arrays(off, structs)
    has = counts > 0
    first = np.where(has, offsets[:-1], 0)
    mask = pa.array(~has)
    first_name = pa.compute.if_else(mask, pa.scalar(None, pa.string()), name_arr.take(first))
    first_code = pa.compute.if_else(mask, pa.scalar(None, pa.string()), code_arr.take(first))
    return code_lists, struct_lists, first_name, first_code


def generate(n_events: int, seed: int = 7) -> dict[str, pa.Table]:
    """The ``events`` and ``articles`` tables of a synthetic store."""
    import pyarrow.compute  # noqa: F401  (pa.compute)

    from communique.events.ontology import EVENT_TYPES, intensity, quad_class
    from communique.store.tables import ARTICLES, EVENTS, NEAR_DUPLICATES

    rng = np.random.default_rng(seed)
    codes, names = _codes()
    ranks = np.arange(1, len(codes) + 1)
    weights = 1.0 / ranks**1.1
    weights /= weights.sum()

    n_articles = max(1, n_events // 3)
    article_of = np.sort(rng.integers(0, n_articles, size=n_events))
    first_of = np.searchsorted(article_of, np.arange(n_articles))
    position = np.arange(n_events) - first_of[article_of]
    art_days = rng.integers(0, DAYS, size=n_articles)
    published = art_days[article_of]
    own_date = rng.random(n_events) < 0.4
    event_days = np.maximum(published - rng.integers(0, 4, size=n_events), 0)

    types = list(TYPE_WEIGHTS)
    assert set(types) == set(EVENT_TYPES)
    t_idx = rng.choice(len(types), size=n_events, p=np.array(list(TYPE_WEIGHTS.values())) / 100)
    quads = np.array([quad_class(t) for t in types], dtype=np.int8)[t_idx]
    scores = np.array([intensity(t) for t in types], dtype=np.float32)[t_idx]

    rus_ukr = rng.random(n_events) < 0.05
    forced_actor = np.where(rus_ukr, codes.index("RUS"), -1)
    forced_recipient = np.where(rus_ukr, codes.index("UKR"), -1)
    n_act = np.where(rng.random(n_events) < 0.15, 2, 1)
    n_rec = np.where(rus_ukr | (rng.random(n_events) < 0.8), 1, 0)
    a_codes, a_structs, a_name, a_code = _participants(
        rng, n_act, codes, names, weights, forced_actor
    )
    r_codes, r_structs, r_name, r_code = _participants(
        rng, n_rec, codes, names, weights, forced_recipient
    )
    article_ids = [f"{i:064x}" for i in range(n_articles)]
    aid = _take(article_ids, article_of)
    event_ids = pa.array([f"E{p + 1}" for p in position])
    type_arr = _take(types, t_idx)
    columns: dict[str, pa.Array] = {
        "article_id": aid,
        "event_id": event_ids,
        "type": type_arr,
        "mode": pa.nulls(n_events, pa.string()),
        "modality": _categorical(
            rng, list(MODALITY_WEIGHTS), list(MODALITY_WEIGHTS.values()), n_events
        ),
        "actor": a_name,
        "actor_code": a_code,
        "actor_sector": pa.nulls(n_events, pa.string()),
        "recipient": r_name,
        "recipient_code": r_code,
        "recipient_sector": pa.nulls(n_events, pa.string()),
        "actor_codes": a_codes,
        "recipient_codes": r_codes,
        "actors": a_structs,
        "recipients": r_structs,
        "trigger": pa.compute.utf8_lower(type_arr),
        "trigger_start": pa.array(position.astype(np.int32) * 100 + 10),
        "trigger_end": pa.array(position.astype(np.int32) * 100 + 18),
        "sentence_start": pa.array(position.astype(np.int32) * 100),
        "sentence_end": pa.array(position.astype(np.int32) * 100 + 90),
        "reason": pa.nulls(n_events, pa.string()),
        "claimed_by": pa.nulls(n_events, pa.string()),
        "requested_by": pa.nulls(n_events, pa.string()),
        "quad_class": pa.array(quads),
        "cameo_root": pa.nulls(n_events, pa.string()),
        "intensity": pa.array(scores),
        "date": _dates(event_days, mask=~own_date),
        "date_reason": pa.nulls(n_events, pa.string()),
        "published": _dates(published),
        "location": pa.nulls(n_events, pa.string()),
        "location_country": pa.nulls(n_events, pa.string()),
        "latitude": pa.nulls(n_events, pa.float64()),
        "longitude": pa.nulls(n_events, pa.float64()),
        "location_from_dateline": pa.nulls(n_events, pa.bool_()),
    }
    events = pa.Table.from_arrays([columns[f.name] for f in EVENTS], schema=EVENTS)

    duplicate = rng.random(n_articles) < 0.1
    dup_of = rng.integers(0, n_articles, size=n_articles)
    a_idx = np.arange(n_articles)
    n_per = np.bincount(article_of, minlength=n_articles).astype(np.int32)
    title = pa.array([f"Story {i}" for i in range(n_articles)])
    art_cols: dict[str, pa.Array] = {
        "article_id": pa.array(article_ids),
        "doc_id": pa.array([f"doc{i}" for i in range(n_articles)]),
        "title": title,
        "url": pa.array([f"https://news.example/{i}" for i in range(n_articles)]),
        "source": _categorical(rng, SOURCES, np.ones(len(SOURCES)), n_articles),
        "published": _dates(art_days),
        "published_reason": pa.nulls(n_articles, pa.string()),
        "dateline": pa.nulls(n_articles, pa.string()),
        "dateline_place": pa.nulls(n_articles, pa.string()),
        "agency": pa.nulls(n_articles, pa.string()),
        "chars": pa.array(np.full(n_articles, 2000, dtype=np.int32)),
        "n_actors": pa.array(np.full(n_articles, 4, dtype=np.int32)),
        "n_quotes": pa.array(np.zeros(n_articles, dtype=np.int32)),
        "n_events": pa.array(n_per),
        "warnings": pa.array([[]] * n_articles, type=pa.list_(pa.string())),
        "minhash": pa.nulls(n_articles, pa.binary()),
        "text": title,
        "record": pa.array(["{}"] * n_articles),
        "communique_version": pa.array(["bench"] * n_articles),
        "ingested_at": pa.array(np.full(n_articles, 1_700_000_000_000_000, dtype=np.int64)).cast(
            pa.timestamp("us", tz="UTC")
        ),
    }
    articles = pa.Table.from_arrays([art_cols[f.name] for f in ARTICLES], schema=ARTICLES)
    copies = duplicate & (dup_of != a_idx)
    near = pa.Table.from_arrays(
        [
            _take(article_ids, a_idx[copies]),
            _take(article_ids, dup_of[copies]),
            pa.array(np.full(int(copies.sum()), 0.95, dtype=np.float32)),
        ],
        schema=NEAR_DUPLICATES,
    )
    return {"events": events, "articles": articles, "near_duplicates": near}


def load(path: Path, tables: dict[str, pa.Table]) -> None:
    """Create the store at ``path`` and bulk-load the tables through Arrow."""
    from communique.store import open_store
    from communique.store.db import insert_table

    con = open_store(path, read_only=False)
    try:
        con.execute("BEGIN")
        for name, table in tables.items():
            insert_table(con, name, table)
        con.execute("COMMIT")
    finally:
        con.close()


def median_seconds(run: Callable[[], Any], rounds: int) -> tuple[float, Any]:
    """Median wall time of ``rounds`` runs (after one warm-up) and the last result."""
    result = run()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def cli_seconds(path: Path, rounds: int) -> float:
    """Median wall time of the whole command, Python start-up included."""
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    args = [
        sys.executable, "-c", "from communique.cli import main; main()",
        "query", "--db", str(path), "--actor", "RUS", "--since", "2023-01-01",
        "--until", "2023-03-31", "--format", "csv", "-o", os.devnull,
    ]  # fmt: skip
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(args, env=env, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cases(con: Any) -> list[tuple[str, Callable[[], int]]]:
    """(label, run) for each timed query; ``run`` returns the number of rows it found."""
    from communique.query.dyads import dyad_series, dyads_table
    from communique.query.events import count_events, events_table
    from communique.query.filters import Filters

    window = {"since": "2023-01-01", "until": "2023-03-31"}
    rus = Filters.build(actor="RUS", **window)
    pair = Filters.build(actor="RUS", recipient="UKR")
    return [
        (
            "--actor RUS --since 2023-01-01 --until 2023-03-31 (all rows)",
            lambda: events_table(con, rus).num_rows,
        ),
        (
            "same, first page of 50 + count (table format)",
            lambda: events_table(con, rus, limit=50).num_rows and count_events(con, rus),
        ),
        (
            "--actor Lavrov (a name) over the same range",
            lambda: events_table(con, Filters.build(actor="Lavrov", **window)).num_rows,
        ),
        (
            "--actor RUS --recipient UKR --type ASSAULT,THREATEN (3 years)",
            lambda: (
                events_table(
                    con, Filters.build(actor="RUS", recipient="UKR", types="ASSAULT,THREATEN")
                ).num_rows
            ),
        ),
        (
            "dyads --actor RUS --recipient UKR --freq week (filled)",
            lambda: len(dyad_series(con, pair, "week", fill=True)),
        ),
        (
            "dyads, all pairs, --freq month --dedup",
            lambda: dyads_table(con, Filters.build(dedup=True), "month").num_rows,
        ),
    ]


#: The cases the issue's bar is about: an actor and a date range.
BAR_CASES = 2


def time_store(con: Any, rounds: int, name: str) -> float:
    """Print the timings on one open store; return the slower of the bar's cases."""
    total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    baseline, _ = median_seconds(
        lambda: con.execute("SELECT count(*) FROM events").fetchall(), rounds
    )
    print(f"\n{name} ({total:,} events), median of {rounds} runs")
    print(f"{'query':<66} {'rows':>8} {'seconds':>8} {'/1s bar':>8} {'/count(*)':>10}")
    print(f"{'baseline: SELECT count(*) FROM events':<66} {total:>8} {baseline:>8.4f}")
    worst = 0.0
    for n, (label, run) in enumerate(cases(con)):
        seconds, rows = median_seconds(run, rounds)
        if n < BAR_CASES:
            worst = max(worst, seconds)
        print(
            f"{label:<66} {rows:>8} {seconds:>8.3f} {seconds / 1.0:>8.2f}"
            f" {seconds / max(baseline, 1e-6):>10.0f}"
        )
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic event rows")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs per query (median)")
    parser.add_argument("--keep", type=Path, help="store file to (re)use instead of a temp file")
    parser.add_argument("--no-cli", action="store_true", help="skip the subprocess timing")
    parser.add_argument(
        "--parquet", action="store_true", help="also time the same store exported to Parquet"
    )
    args = parser.parse_args(argv)

    from communique.query.export import export_parquet
    from communique.query.filters import Filters
    from communique.store import open_store

    tmp = tempfile.TemporaryDirectory(prefix="query1m-")
    path = args.keep or Path(tmp.name) / "events.duckdb"
    try:
        if not path.exists():
            started = time.perf_counter()
            tables = generate(args.events)
            generated = time.perf_counter() - started
            started = time.perf_counter()
            load(path, tables)
            loaded = time.perf_counter() - started
            print(
                f"generated {tables['events'].num_rows:,} events in "
                f"{tables['articles'].num_rows:,} articles in {generated:.1f} s; "
                f"bulk-loaded in {loaded:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
            )
            del tables
        con = open_store(path)
        try:
            worst = time_store(con, args.rounds, f"DuckDB file {path}")
            if args.parquet:
                folder = Path(tmp.name) / "parquet"
                started = time.perf_counter()
                export_parquet(con, Filters.build(), folder, overwrite=True)
                print(f"\nexported to Parquet in {time.perf_counter() - started:.1f} s")
        finally:
            con.close()
        if args.parquet:
            pcon = open_store(folder)
            try:
                time_store(pcon, args.rounds, f"Parquet store {folder}")
            finally:
                pcon.close()
        if not args.no_cli:
            seconds = cli_seconds(path, max(1, min(args.rounds, 3)))
            print(f"\n{'whole command: communique query --actor RUS ... --format csv':<66} "
                  f"{'':>8} {seconds:>8.3f} {seconds:>8.2f}")  # fmt: skip
    finally:
        tmp.cleanup()
    verdict = "under" if worst < 1 else "OVER"
    print(f"actor + date range on the DuckDB file: {worst:.3f} s, {verdict} the 1 s bar")
    return 0 if worst < 1 else 1


if __name__ == "__main__":
    sys.exit(main())
