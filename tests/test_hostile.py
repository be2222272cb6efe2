"""Hostile inputs: what an attack on the tool once broke, kept as a suite.

Every test here is an input or request that took communique down (a
traceback, a dead batch, a 500, a hang, gigabytes of memory, a file written
where it must not be) and now gets a coded message while the rest of the work
goes on. Reading and the command line first, then the store and ``--sql``,
then the web API.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

from communique.cli import main
from communique.corpus.ingest import ingest
from ingest_fakes import plain_analyse

GOOD = '"We are ready," the general said on Monday.\n'


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def stored(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# -- reading ------------------------------------------------------------------


def lone_surrogates(folder: Path) -> Path:
    """JSON Lines whose escapes decode to half a UTF-16 pair: valid JSON, invalid text."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "s.jsonl"
    path.write_text(
        '{"id": "a", "text": "Lavrov said \\ud800 it."}\n'
        '{"id": "b\\udc00", "title": "\\udfff", "text": "Putin said so on Monday."}\n'
        f"{json.dumps({'id': 'c', 'text': GOOD})}\n",
        encoding="utf-8",
    )
    return path


def test_lone_surrogates_in_a_record_are_a_warning_for_that_record(tmp_path):
    path = lone_surrogates(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(path), "--include-text"])
    assert result.exit_code == 0, result.output
    found = {r["id"]: r for r in records(result.stdout)}
    assert set(found) == {"a", "b\ufffd", "c"}
    assert found["a"]["text"] == "Lavrov said \ufffd it."
    assert [w["code"] for w in found["a"]["warnings"]] == ["CQ109"]
    assert found["b\ufffd"]["title"] == "\ufffd"
    assert "CQ109" in {w["code"] for w in found["b\ufffd"]["warnings"]}
    assert not found["c"]["warnings"] and found["c"]["quotes"]


def test_lone_surrogates_are_stored_once_and_a_rerun_adds_nothing(tmp_path):
    path = lone_surrogates(tmp_path / "in")
    db = tmp_path / "s.duckdb"
    first = ingest([str(path)], db, workers=1, analyse=plain_analyse)
    assert first.articles == 3 and not first.failures
    again = ingest([str(path)], db, workers=1, analyse=plain_analyse)
    assert again.articles == 0 and again.skipped == 3
    assert stored(db, "SELECT count(*) FROM articles") == [(3,)]


def odd_names(folder: Path) -> Path:
    """Files whose names are not UTF-8 (Latin-1 bytes, as old archives have)."""
    raw = os.fsencode(folder)
    os.makedirs(raw + b"/corpus", exist_ok=True)
    for name in (b"bad\xff.txt", b"caf\xe9.txt"):
        with open(raw + b"/corpus/" + name, "w", encoding="utf-8") as handle:
            handle.write(GOOD)
    (folder / "corpus" / "good.txt").write_text("Lavrov said it was over.", encoding="utf-8")
    return folder / "corpus"


def test_file_names_that_are_not_utf8_are_read_and_shown_escaped(tmp_path):
    corpus = odd_names(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    ids = sorted(r["id"] for r in records(result.stdout))
    assert ids == ["bad\\xff", "caf\\xe9", "good"]


def test_file_names_that_are_not_utf8_are_stored_under_distinct_origins(tmp_path):
    corpus = odd_names(tmp_path)
    db = tmp_path / "names.duckdb"
    summary = ingest([str(corpus)], db, workers=1, analyse=plain_analyse)
    assert summary.articles == 2 and summary.duplicates == 1 and not summary.failures
    origins = sorted(r[0] for r in stored(db, "SELECT origin FROM sources"))
    assert [Path(o).name for o in origins] == ["bad\\xff.txt", "caf\\xe9.txt", "good.txt"]
    again = ingest([str(corpus)], db, workers=1, analyse=plain_analyse)
    assert again.articles == 0 and again.duplicates == 0 and not again.failures


#: Reads inputs in a child process and prints what it found as JSON, so an
#: input that hangs or eats memory fails the test instead of the test run.
READER = """
import json, sys
from communique.read import read_inputs
problems = []
docs = [d.id for d in read_inputs(sys.argv[1:], on_problem=problems.append)]
print(json.dumps({"docs": docs, "codes": [p.code for p in problems],
                  "messages": [str(p) for p in problems]}))
"""


def read_apart(
    *inputs: str | Path, stdin: object = None, seconds: float = 120, memory: int = 1 << 30
) -> dict:
    """What ``read_inputs`` gives for ``inputs`` in a child process with bounded time and memory."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    run = subprocess.run(
        [sys.executable, "-c", READER, *map(str, inputs)],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=seconds,
        preexec_fn=limits,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


def test_a_fifo_among_the_inputs_is_skipped_not_waited_for(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "m.txt")
    os.mkfifo(folder / "n.jsonl")
    found = read_apart(folder, folder / "m.txt", seconds=60)
    assert found["docs"] == ["a"]
    assert found["codes"] == ["CQ219", "CQ219"]
    assert "FIFO" in found["messages"][0]


def test_a_device_behind_a_text_file_name_is_refused_without_reading_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "null.jsonl").symlink_to("/dev/null")
    (folder / "random.html").symlink_to("/dev/urandom")
    found = read_apart(folder, memory=600 << 20)
    assert found["docs"] == ["a"]
    assert found["codes"] == ["CQ219"] * 3
    assert all("character device" in m for m in found["messages"])


def test_endless_standard_input_is_refused_at_the_size_limit():
    with open("/dev/zero", "rb") as zero:
        found = read_apart("-", stdin=zero, memory=600 << 20)
    assert found == {"docs": [], "codes": ["CQ220"], "messages": found["messages"]}
    assert "stdin" in found["messages"][0]


def test_files_and_lines_over_the_size_limit_are_refused_with_a_code(tmp_path, monkeypatch):
    from communique.read import files as read_files
    from communique.read import read_inputs

    monkeypatch.setattr(read_files, "MAX_INPUT_BYTES", 1000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text("word " * 300, encoding="utf-8")
    (folder / "small.txt").write_text(GOOD, encoding="utf-8")
    lines = [
        json.dumps({"id": "one", "text": GOOD}),
        json.dumps({"id": "two", "text": "word " * 300}),
        json.dumps({"id": "three", "text": GOOD}),
    ]
    (folder / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = []
    docs = list(read_inputs([str(folder)], on_problem=problems.append))
    assert [d.id for d in docs] == ["one", "three", "small"]
    assert [p.code for p in problems] == ["CQ220", "CQ221"]
    assert problems[0].origin.endswith("big.txt")
    assert problems[1].origin.endswith("c.jsonl:2") and "1,000 bytes" in str(problems[1])


def test_a_symbolic_link_loop_is_reported_and_the_folder_read_once(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "real" / "back").symlink_to("..")  # a folder that leads to itself
    (corpus / "elsewhere").symlink_to(tmp_path / "other")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "b.txt").write_text("Lavrov said it was over.", encoding="utf-8")
    (corpus / "self.txt").symlink_to("self.txt")
    found = read_apart(corpus)
    assert sorted(found["docs"]) == ["a", "b"]
    assert found["codes"] == ["CQ222", "CQ222"]
    assert any("back" in m for m in found["messages"])


# -- writing --------------------------------------------------------------------


def no_traceback(result: Result) -> str:
    """The output of a command that must have failed with a coded line, not a traceback."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    return result.output


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    db = folder / "s.duckdb"
    ingest([str(folder / "a.txt")], db, workers=1, analyse=plain_analyse)
    return db


def test_outputs_that_cannot_be_written_are_coded_messages(tmp_path, small_store):
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    blocked = tmp_path / "a-file"  # a file where a folder is needed
    blocked.write_text("x", encoding="utf-8")
    db = str(small_store)
    runs = [
        ["extract", str(story), "-o", str(blocked / "out.jsonl")],
        ["extract", str(story), "-o", "/dev/full"],
        ["extract", str(story), "--format", "table", "-o", "/dev/full"],
        ["query", "--db", db, "--format", "csv", "-o", str(blocked / "q.csv")],
        ["query", "--db", db, "--format", "csv", "-o", "/dev/full"],
        ["query", "--db", db, "--format", "parquet", "-o", str(blocked / "q.parquet")],
        ["quotes", "--db", db, "--format", "csv", "-o", "/dev/full"],
        ["dyads", "--db", db, "--plot", str(blocked / "p.png")],
        ["export", "--db", db, str(blocked / "parquet")],
        ["export", "--db", db, "--format", "jsonl", str(blocked / "r.jsonl")],
        ["export", "--db", db, "--format", "jsonl", "/dev/full"],
    ]
    for args in runs:
        output = no_traceback(CliRunner().invoke(main, args))
        assert "CQ311" in output, (args, output)


FILL_DISK = """
import resource, signal, sys
from communique.corpus.ingest import ingest
from communique.errors import CommuniqueError
sys.path.insert(0, sys.argv[3])
from ingest_fakes import plain_analyse
if sys.argv[4] == "full":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, 400_000))
try:
    summary = ingest([sys.argv[1]], sys.argv[2], workers=1, analyse=plain_analyse)
except CommuniqueError as exc:
    print("refused", exc)
else:
    print("stored", summary.articles)
"""


def test_a_full_disk_stops_ingest_with_a_coded_message_and_a_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(400):
        (corpus / f"{n:03d}.txt").write_text(f"Story {n}. " + GOOD * 30, encoding="utf-8")
    db = tmp_path / "full.duckdb"
    tests = Path(__file__).parent

    def run(mode: str) -> str:
        args = [sys.executable, "-c", FILL_DISK, str(corpus), str(db), str(tests), mode]
        done = subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)
        assert "Traceback" not in done.stderr, done.stderr[-3000:]
        return done.stdout.strip()

    refused = run("full")
    assert refused.startswith("refused CQ306"), refused
    (before,) = stored(db, "SELECT count(*) FROM articles")[0]
    assert before < 400
    assert run("room") == f"stored {400 - before}"
    assert stored(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(400, 400)]


def test_a_store_or_folder_that_cannot_be_created_is_a_coded_message(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    blocked = tmp_path / "a-file"
    blocked.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(story), "--db", str(blocked / "s.duckdb")])
    assert "CQ304" in no_traceback(result)
    result = CliRunner().invoke(main, ["ingest", str(story), "--out", str(blocked / "pq")])
    assert "CQ308" in no_traceback(result)


# -- the store and --sql ----------------------------------------------------------


@pytest.fixture(scope="module")
def query_stores(tmp_path_factory) -> dict[str, Path]:
    """The query tests' store as a DuckDB file and as a Parquet folder."""
    from query_store import build_store

    folder = tmp_path_factory.mktemp("sql")
    db = build_store(folder / "news.duckdb")
    exported = CliRunner().invoke(main, ["export", "--db", str(db), str(folder / "pq")])
    assert exported.exit_code == 0, exported.output
    return {"file": db, "parquet": folder / "pq"}


def sql(store: Path, statement: str) -> Result:
    return CliRunner().invoke(main, ["query", "--db", str(store), "--sql", statement])


ESCAPES = [
    "EXPLAIN ANALYZE COPY (SELECT * FROM events) TO '{out}' (FORMAT parquet)",
    "COPY (SELECT * FROM events) TO '{out}' (FORMAT parquet, USE_TMP_FILE false)",
    "COPY (SELECT * FROM events) TO '{out}.csv'",
    "EXPLAIN ANALYZE COPY events TO '{out}.json'",
    "EXPORT DATABASE '{out}.dir'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('/etc/*')",
    "ATTACH '{out}.duckdb' AS other",
    "INSTALL httpfs",
    "EXPLAIN ANALYZE LOAD httpfs",
    "SET enable_external_access = true",
    "EXPLAIN ANALYZE SET allowed_directories = ['/']",
    "RESET lock_configuration",
]


@pytest.mark.parametrize("kind", ["file", "parquet"])
def test_sql_reads_the_store_and_nothing_else(query_stores, kind, tmp_path):
    store = query_stores[kind]
    events = store / "events" if kind == "parquet" else tmp_path
    for statement in ESCAPES:
        out = events / "x.parquet"
        result = sql(store, statement.format(out=out))
        assert result.exit_code == 2, (statement, result.output)
        assert "SQL:" in result.output and "Traceback" not in result.output
        assert not list(events.glob("x.*")), statement
    counted = sql(store, "SELECT count(*) AS n FROM events")
    assert counted.exit_code == 0 and "8" in counted.output
    shown = sql(store, "SELECT type, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
    assert shown.exit_code == 0 and "THREATEN" in shown.output
