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
import httpx
import pytest
from click.testing import CliRunner, Result
from fastapi import FastAPI

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


#: An integer past Python's limit on converting digits (4,300): valid JSON that
#: ``json.loads`` refuses with a plain ValueError.
LONG_NUMBER = "9" * 5000


def test_a_number_too_long_to_convert_is_one_bad_line_not_a_dead_batch(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text(
        f"{json.dumps({'id': 'a', 'text': GOOD})}\n"
        f'{{"id": {LONG_NUMBER}, "text": "Putin said so."}}\n'
        f"{json.dumps({'id': 'c', 'text': 'Lavrov said it was over.'})}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in records(result.stdout)] == ["a", "c"]
    assert "CQ205" in result.stderr and "more than 4,300 digits" in result.stderr
    summary = ingest([str(path)], tmp_path / "s.duckdb", workers=1, analyse=plain_analyse)
    assert summary.articles == 2
    assert [(origin.endswith("n.jsonl:2"), code) for origin, code, _ in summary.failures] == [
        (True, "CQ205")
    ]


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


def test_file_names_with_control_codes_are_shown_escaped_on_one_line(tmp_path):
    """An ESC in a file name once reached the terminal as it was (retitling the window,
    clearing the screen) and a newline forged a line of the report."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name in ("e\x1b]0;title\x07\x1b[2J.txt", "two\nCQ999 forged.txt", "rtl\u202etxt.txt"):
        (folder / name).write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    problems = [line for line in result.stderr.splitlines() if "CQ" in line]
    assert [line.split()[0] for line in problems] == ["CQ202"] * 3
    shown = "\n".join(problems)
    assert "e\\x1b]0;title\\x07\\x1b[2J.txt: empty" in shown
    assert "two\\x0aCQ999 forged.txt: empty" in shown and "rtl\\u202etxt.txt" in shown
    summary = ingest([str(folder)], tmp_path / "s.duckdb", workers=1, analyse=plain_analyse)
    reasons = [reason for _, _, reason in summary.failures]
    assert len(reasons) == 3 and not any("\x1b" in r or "\n" in r for r in reasons)


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


COUNTER = """
import sys
from communique.corpus.progress import count_documents
print(count_documents(sys.argv[1:]))
"""


def test_the_progress_count_neither_waits_on_a_fifo_nor_reads_a_device(tmp_path):
    """The progress bar counts the documents ahead in a thread; it once opened a FIFO
    (waiting for ever) and read /dev/zero to the end of memory behind a feed's name."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "zero.rss").symlink_to("/dev/zero")
    (folder / "zero.jsonl").symlink_to("/dev/zero")
    os.mkfifo(folder / "m.jsonl")

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (600 << 20, 600 << 20))

    run = subprocess.run(
        [sys.executable, "-c", COUNTER, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limits,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    # Each input it cannot count counts as one; both names of /dev/zero are one file.
    assert run.stdout.split() == ["3"]


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


# -- the web API ------------------------------------------------------------------------


def wide_store(path: Path) -> Path:
    """The query tests' store, plus an article with an event dated in the year 1000.

    Dates come from article text and metadata, so a store may span centuries.
    """
    from communique.schema import Article
    from communique.store import Origin, article_rows, open_store
    from communique.store.db import insert_rows
    from query_store import _event, _p, build_store

    build_store(path)
    event = _event(
        "E1", "THREATEN", "asserted", [_p("Russia", "RUS")], [_p("Ukraine", "UKR")], 3, -4.0,
        trigger="threatened", start=8, date="1000-01-01",
    )  # fmt: skip
    old = Article(
        id="a5",
        text="Raiders threatened Kyiv in the year 1000.",
        published="2023-03-01",
        events=[event],
    )
    con = open_store(path, read_only=False)
    try:
        insert_rows(con, article_rows(old, Origin("a5.txt", doc_id="a5"), version="test"))
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from fastapi.testclient import TestClient

    from communique.serve.app import create_app

    db = wide_store(tmp_path_factory.mktemp("api") / "wide.duckdb")
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        yield client


SECURITY_HEADERS = (
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
)


def coded(response: httpx.Response, status: int | None = None) -> str:
    """The code of a JSON error answer (with the security headers), checking its status."""
    for name in SECURITY_HEADERS:
        assert name in response.headers, (name, response.request.url)
    assert response.headers["content-type"].startswith("application/json"), response.text[:200]
    error = response.json()["error"]
    assert error["status"] == response.status_code and error["message"]
    if status is not None:
        assert response.status_code == status, (response.request.url, response.text[:300])
    return error["code"]


def test_series_over_too_many_periods_are_refused_with_a_code(api, query_stores):
    for url in (
        "/api/dyads?freq=day&fill=true&since=1500&until=2500&limit=1",
        "/api/dyads?freq=day&fill=true&since=0001&until=9999",
        "/api/dyads?freq=week&fill=true&since=0001-01-01",
    ):
        assert coded(api.get(url), 400) == "CQ415"
    fine = api.get("/api/dyads?freq=month&fill=true&since=2023-01&until=2023-03")
    assert fine.status_code == 200 and fine.json()["total"] > 0
    for page in ("/dyads?actor=RUS&recipient=UKR&freq=day", "/actors/RUS?freq=day"):
        r = api.get(page)
        assert r.status_code == 400 and "CQ415" in r.text, (page, r.text[:300])
    # Left to choose, a page picks a period that fits the centuries the store spans.
    assert api.get("/actors/RUS").status_code == 200
    assert api.get("/dyads?actor=RUS&recipient=UKR").status_code == 200
    args = ["dyads", "--db", str(query_stores["file"]), "--freq", "day", "--fill"]
    result = CliRunner().invoke(main, [*args, "--since", "1500", "--until", "2500"])
    assert result.exit_code == 2 and "CQ415" in result.output


HUGE = "99999999999999999999"
HOSTILE_QUERIES = [
    f"offset={HUGE}",
    f"page={HUGE}",
    f"limit={HUGE}",
    "offset=-1",
    "page=-1",
    "page=abc",
    f"quad_class={HUGE}",
    "since=99999",
    "since=0000",
    "since=9999-12-31&until=0001-01-01",
    "since=%00",
    "actor=%00%ff",
    "actor=%ED%A0%80",
    "q=%ED%A0%80",
    "q=" + "(" * 200,
    "type=%ff",
    "freq=day&fill=true&since=0001&until=9999",
    "freq=%00",
    "kind=%ff",
    "what=%ff",
    "article=" + "a" * 3000,
]
HOSTILE_KEYS = ["%ED%A0%80", "%ff%fe", "..%2f..%2fetc%2fpasswd", "x" * 3000, "%20", "%00"]


def _get_routes(app: FastAPI) -> list[str]:
    paths: list[str] = []
    for route in app.routes:
        for inner in getattr(getattr(route, "original_router", None), "routes", [route]):
            if "GET" in (getattr(inner, "methods", None) or ()):
                paths.append(inner.path)
    return paths


def test_no_request_is_a_server_error(api):
    for template in _get_routes(api.app):
        name = template.split("{")[1].split("}")[0].split(":")[0] if "{" in template else None
        paths = [template] if name is None else [
            template.replace(template[template.index("{") : template.index("}") + 1], key)
            for key in HOSTILE_KEYS
        ]  # fmt: skip
        for path in paths:
            for query in HOSTILE_QUERIES:
                r = api.get(f"{path}?{query}")
                assert r.status_code < 500, (path, query, r.status_code, r.text[:300])
                for header in SECURITY_HEADERS:
                    assert header in r.headers, (path, query, header)
                if path.startswith("/api/") and r.status_code >= 400:
                    coded(r)


def test_extract_bodies_that_once_were_server_errors_are_coded(api):
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    cases = [
        (deep, "application/json", 400, "CQ407"),
        (b'{"te\\ud800xt": "He said so."}', "application/json", 422, "CQ408"),
        (b'{"text": "Hi.", "id": %s}' % LONG_NUMBER.encode(), "application/json", 400, "CQ407"),
        (b'{"text": "He said so.", "year": 99999999999999999999}', "application/json", 400, None),
        (b'{"text": "He said so.", "year": -5}', "application/json", 400, None),
        (b"He said so.", "text/plain; charset=punycode", 400, "CQ407"),
        (b"He said so.", "text/plain; charset=idna", 400, "CQ407"),
        (b"He said so.", "text/plain; charset=base64", 400, "CQ407"),
        (b"He said so.", "text/plain; charset=unicode_escape", 400, "CQ407"),
        (b"He said so.", "text/plain; charset=utf-7", 400, "CQ407"),
    ]
    for body, ctype, status, code in cases:
        r = api.post("/api/extract", content=body, headers={"content-type": ctype})
        got = coded(r, status)
        assert code is None or got == code, (ctype, body[:40], r.text[:200])
    r = api.post("/api/extract", params={"year": HUGE}, content=b"He said so.")
    assert r.status_code == 400, r.text[:300]
    r = api.post("/api/extract", content=b'{"text": "Lavrov said \\ud800 it."}',
                 headers={"content-type": "application/json"})  # fmt: skip
    assert r.status_code == 200, r.text[:300]
    assert "CQ109" in {w["code"] for w in r.json()["warnings"]}


def test_internal_errors_carry_the_security_headers(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from communique.serve import api as api_module
    from communique.serve.app import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api_module, "store_summary", broken)
    db = wide_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        r = client.get("/api/stats")
        assert coded(r, 500) == "CQ413" and "a bug" not in r.text


def corrupt(store: Path, copy: Path) -> Path:
    """A copy of ``store`` with 64 bytes overwritten in the middle of every data block."""
    copy.write_bytes(store.read_bytes())
    size = copy.stat().st_size
    with copy.open("r+b") as handle:
        block = 1
        while (at := 12288 + block * 262144 + 131072) + 64 < size:
            handle.seek(at)
            handle.write(b"\x5a" * 64)
            block += 1
    return copy


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    corpus = folder / "in"
    corpus.mkdir()
    sentence = "Lavrov said Russia would respond to every deployment. "
    for n in range(84):
        (corpus / f"{n:02d}.txt").write_text(f"Story {n}. " + sentence * 40, encoding="utf-8")
    db = folder / "s.duckdb"
    ingest([str(corpus)], db, workers=1, analyse=plain_analyse)
    return db


def test_a_damaged_store_is_a_coded_503_under_serve_and_a_coded_line_in_the_cli(
    big_store, tmp_path
):
    from fastapi.testclient import TestClient

    from communique.serve.app import create_app

    ids = [row[0] for row in stored(big_store, "SELECT article_id FROM articles")]
    damaged = corrupt(big_store, tmp_path / "damaged.duckdb")
    with TestClient(create_app(damaged), raise_server_exceptions=False) as client:
        codes = set()
        for article_id in ids:
            r = client.get(f"/api/articles/{article_id}")
            codes.add(r.status_code if r.status_code == 200 else coded(r, 503))
        assert "CQ306" in codes
        page = client.get("/")
        assert page.status_code in (200, 503)
    # Exporting the records reads every article's text, so the damaged blocks too.
    shown = CliRunner().invoke(main, ["export", "--db", str(damaged), "--format", "jsonl", "-"])
    assert "CQ306" in no_traceback(shown)


def test_an_empty_actor_name_is_not_found(api):
    for path in ("/actors/", "/actors/%20", "/actors/%20%20"):
        r = api.get(path)
        assert r.status_code == 404, (path, r.status_code)
    assert api.get("/actors/RUS").status_code == 200


LOCK_HOLDER = """
import sys, time
from communique.store import open_store
con = open_store(sys.argv[1], read_only=False)
print("holding", flush=True)
time.sleep(120)
"""


def test_a_locked_store_names_the_process_that_holds_it(small_store, tmp_path):
    from communique.errors import CommuniqueError
    from communique.store import open_store

    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(small_store)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(CommuniqueError) as refused:
            open_store(small_store, read_only=True)
        message = str(refused.value)
        assert refused.value.code == "CQ305" and f"PID {holder.pid}" in message
        assert "ingest still running" not in message
    finally:
        holder.kill()
        holder.wait()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(small_store):
    """``communique serve`` for real, on a free port: what a client on the network meets."""
    import time

    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    args = ["serve", "--db", str(small_store), "--port", str(port), "--no-access-log"]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from communique.cli import main; main()", *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(f"{base}/api/health", timeout=5)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.3)
    yield base, port
    proc.terminate()
    proc.wait(30)


def raw_http(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are and read the whole answer (the server closes the connection)."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        assert name.lower() not in headers, f"header {name} sent twice"
        headers[name.lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body


def test_the_servers_own_400s_are_coded_and_carry_the_security_headers(server):
    _, port = server
    for request in (
        b"GET / HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
    ):
        status, headers, body = raw_http(port, request)
        assert status == 400, (request[:40], status, body[:200])
        for name in SECURITY_HEADERS:
            assert name in headers, (request[:40], name)
        assert json.loads(body)["error"]["code"] == "CQ401"
    status, headers, _ = raw_http(
        port, b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    assert status == 200 and all(name in headers for name in SECURITY_HEADERS)
