"""A Dask run (two worker processes) stores exactly what a plain serial run stores.

The reference is built here the plain way: documents read in input order by
``read_inputs``, exact and near copies decided one by one, each new article
analysed alone by ``analyse_batch`` and inserted into a DuckDB file with
``insert_rows``. The cluster run must give the same rows in every table
(timestamps aside), survive a re-run and an interrupted batch, and report
set-up problems with codes.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import duckdb
import pytest

from communique.corpus.dedup import NearDuplicateIndex, signature
from communique.corpus.ingest import ingest
from communique.corpus.plan import origin_of, problem_row
from communique.corpus.pool import AnalysisPool
from communique.corpus.work import Task, analyse_batch
from communique.errors import CommuniqueError, InputProblem
from communique.read import read_inputs
from communique.samples import __file__ as samples_init
from communique.store.db import insert_rows, open_store
from communique.store.tables import TABLES, content_hash, source_row

distributed = pytest.importorskip("distributed")

from communique.corpus.dask_run import local_cluster, run_dask  # noqa: E402

MUNICH = (Path(samples_init).parent / "munich_talks.txt").read_text(encoding="utf-8")

SUMMIT = (
    "Ankara Summit Ends Without Deal\n\n"
    "ANKARA, March 3 (Sample Wire) - Turkish President Recep Tayyip Erdogan hosted "
    "Greek Prime Minister Kyriakos Mitsotakis in Ankara on Tuesday for talks on maritime "
    'borders in the Aegean. "We will not give up a single rock," Erdogan told reporters '
    "after the meeting. Mitsotakis said Greece was ready to take the dispute to the "
    "International Court of Justice and urged Turkey to stop its survey flights.\n"
)
# The same wire story as re-run by another outlet: new agency line, a phrase cut.
SUMMIT_COPY = SUMMIT.replace("Sample Wire", "Other Wire").replace(" in the Aegean", "")
PROTEST = (
    "PARIS, April 9 (Sample Wire) - French police fired tear gas at protesters in Paris on "
    "Saturday as thousands marched against the pension reform. Interior Minister Gerald "
    'Darmanin condemned the violence. "Those who attack officers will be punished," he said.\n'
)
SANCTIONS = (
    "BRUSSELS, May 2 (Sample Wire) - The European Union imposed new sanctions on Iran on "
    "Monday over its supply of drones to Russia. Iran's foreign ministry rejected the "
    'measures and warned that Tehran "will respond in kind."\n'
)
AID = (
    "NAIROBI, June 5 (Sample Wire) - Kenya pledged $5 million in humanitarian aid to Sudan "
    'on Friday, President William Ruto said. "Our neighbours need help now," Ruto said.\n'
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Seoul warns Pyongyang</title></head><body><article>"
    "<p>SEOUL, July 1 (Sample Wire) - South Korea warned North Korea on Sunday against "
    "further missile launches.</p><p>&quot;Any provocation will meet a firm response,&quot; "
    "Defence Minister Lee Jong-sup said.</p></article></body></html>"
)
FEED = [
    json.dumps({"id": "wire-1", "text": SANCTIONS, "date": "2023-05-02", "title": "EU sanctions"}),
    '{"id": "broken", "text": ',  # line 2: not JSON
    json.dumps({"text": AID, "date": "2023-06-05"}),  # line 3: no id, so "08_feed-3"
    json.dumps({"id": "again", "text": PROTEST}),  # line 4: exact copy of 04_protest.txt
]

WIRE = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sample Wire</title><link>https://wire.example/</link>
  <item>
    <title>Talks in Geneva</title><link>https://wire.example/geneva</link><guid>rss-1</guid>
    <pubDate>Fri, 04 Mar 2022 10:00:00 +0000</pubDate>
    <description>GENEVA, March 4 (Sample Wire) - Swiss Foreign Minister Ignazio Cassis met
    Iranian negotiators in Geneva on Friday. "We are making progress," Cassis said.</description>
  </item>
  <item><title>No text here</title><link>https://wire.example/empty</link></item>
</channel></rss>
"""

#: Where a local run says each document came from, by document id: the file's
#: absolute path, or ``path:LINE`` for a JSON Lines line.
ORIGINS = {
    "01_munich": "01_munich.txt",
    "02_summit": "02_summit.txt",
    "03_munich_copy": "03_munich_copy.txt",
    "04_protest": "04_protest.txt",
    "06_summit_rerun": "06_summit_rerun.txt",
    "07_page": "07_page.html",
    "wire-1": "08_feed.jsonl:1",
    "08_feed-3": "08_feed.jsonl:3",
    "again": "08_feed.jsonl:4",
    "rss-1": "09_wire.rss#rss-1",
}
BAD = {
    ("05_binary.txt", "CQ201"),
    ("05_empty.txt", "CQ202"),
    ("08_feed.jsonl:2", "CQ205"),
    ("09_wire.rss#https://wire.example/empty", "CQ215"),
}
TIMESTAMPS = {"ingested_at", "added_at", "failed_at"}


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "01_munich.txt").write_text(MUNICH, encoding="utf-8")
    (folder / "02_summit.txt").write_text(SUMMIT, encoding="utf-8")
    # An exact copy once whitespace is normalised: stored once, two sources.
    (folder / "03_munich_copy.txt").write_text(
        MUNICH.replace("\n\n", "\n \n") + "\n\n", encoding="utf-8"
    )
    (folder / "04_protest.txt").write_text(PROTEST, encoding="utf-8")
    (folder / "05_binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "05_empty.txt").write_bytes(b"")
    (folder / "06_summit_rerun.txt").write_text(SUMMIT_COPY, encoding="utf-8")
    (folder / "07_page.html").write_text(PAGE, encoding="utf-8")
    (folder / "08_feed.jsonl").write_text("\n".join(FEED) + "\n", encoding="utf-8")
    (folder / "09_wire.rss").write_text(WIRE, encoding="utf-8")
    return folder


def reference_store(corpus: Path, db: Path) -> duckdb.DuckDBPyConnection:
    """The plain local run: serial, in input order, one article at a time."""
    problems: list[InputProblem] = []
    docs = list(read_inputs([str(corpus)], on_problem=problems.append))
    assert {d.id: d.origin for d in docs} == {k: str(corpus / v) for k, v in ORIGINS.items()}
    con = open_store(db, read_only=False)
    index = NearDuplicateIndex()
    stored: set[str] = set()
    for doc in docs:
        origin = origin_of(doc)
        key = content_hash(doc.text)
        if key in stored:
            insert_rows(con, {"sources": [source_row(key, origin)]})
            continue
        stored.add(key)
        (result,) = analyse_batch([Task(doc, origin)])
        assert result.article_id == key
        rows = dict(result.rows, failures=result.failures)
        link = index.add(key, signature(doc.text))
        if link is not None:
            rows["near_duplicates"] = [
                {"article_id": key, "duplicate_of": link.of, "similarity": link.similarity}
            ]
        insert_rows(con, rows)
    insert_rows(con, {"failures": [problem_row(p) for p in problems]})
    return con


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    columns = [f'"{f.name}"' for f in TABLES[table] if f.name not in TIMESTAMPS]
    sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL"
    return con.execute(sql).fetchall()


def same_as(reference: duckdb.DuckDBPyConnection, out: Path) -> None:
    con = open_store(out)
    try:
        for table in TABLES:
            assert table_rows(con, table) == table_rows(reference, table), table
    finally:
        con.close()


@pytest.fixture(scope="module")
def cluster():
    with local_cluster(2) as c:
        yield c


@pytest.fixture(scope="module")
def pool():
    """One local worker process for the local ingest runs, its model loaded once."""
    with AnalysisPool(1, analyse_batch, {"model": None, "actors_file": None}) as p:
        yield p


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("dask") / "corpus")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    con = reference_store(corpus, tmp_path_factory.mktemp("ref") / "ref.duckdb")
    yield con
    con.close()


def test_reference_covers_every_case(reference, corpus):
    """The corpus exercises what the comparison is about (guards the test itself)."""
    one = reference.execute
    assert one("SELECT count(*) FROM articles").fetchall() == [(8,)]
    assert one("SELECT count(*) FROM sources").fetchall() == [(10,)]
    (near,) = one("SELECT article_id, duplicate_of FROM near_duplicates").fetchall()
    assert near == (content_hash(SUMMIT_COPY), content_hash(SUMMIT))
    failures = {
        (o.removeprefix(str(corpus) + "/"), c)
        for o, c in one("SELECT origin, code FROM failures").fetchall()
    }
    assert failures == BAD
    assert one("SELECT count(*) FROM events").fetchall()[0][0] > 5
    assert one("SELECT count(*) FROM quotes").fetchall()[0][0] > 5


def test_dask_output_equals_local_run_and_reruns_add_nothing(
    cluster, corpus, reference, pool, tmp_path
):
    out = tmp_path / "parquet"
    summary = run_dask([str(corpus)], out, cluster.scheduler_address, batch_size=3, quiet=True)
    assert (summary.articles, summary.duplicates, summary.near_duplicates) == (8, 2, 1)
    assert {(o.removeprefix(str(corpus) + "/"), c) for o, c, _ in summary.failures} == BAD
    assert summary.events == reference.execute("SELECT count(*) FROM events").fetchall()[0][0]
    same_as(reference, out)
    # Plain DuckDB reads the folders directly.
    con = duckdb.connect()
    pattern = str(out / "events" / "*.parquet")
    n = con.execute("SELECT count(*) FROM read_parquet(?)", [pattern]).fetchall()[0][0]
    assert n == summary.events
    # The local ingest (worker processes, DuckDB) stores the same.
    local_db = tmp_path / "local.duckdb"
    local = ingest([str(corpus)], local_db, batch_size=3, pool=pool)
    assert (local.articles, local.duplicates, local.near_duplicates) == (8, 2, 1)
    con = open_store(local_db)
    same_as(con, out)
    con.close()

    again = run_dask([str(corpus)], out, cluster.scheduler_address, batch_size=3, quiet=True)
    assert (again.articles, again.duplicates, again.skipped) == (0, 0, 10)
    same_as(reference, out)


def test_interrupted_batch_is_redone_once(cluster, corpus, reference, tmp_path):
    out = tmp_path / "parquet"
    run_dask([str(corpus)], out, cluster.scheduler_address, batch_size=2, quiet=True)
    # A run killed while writing a batch leaves its parts but not its articles
    # part (written last), plus a temporary file.
    victim = sorted((out / "articles").glob("part-*.parquet"))[0]
    victim.unlink()
    (out / "events" / ".part-x-000009.parquet.tmp").write_bytes(b"half a file")
    resumed = run_dask([str(corpus)], out, cluster.scheduler_address, batch_size=2, quiet=True)
    assert resumed.articles == 2 and resumed.skipped > 0
    assert not list((out / "events").glob("*.tmp"))
    same_as(reference, out)


def test_a_fixed_input_loses_its_failure_as_in_the_local_store(cluster, corpus, pool, tmp_path):
    mine = tmp_path / "corpus"
    mine.mkdir()
    for name in ("02_summit.txt", "05_binary.txt", "05_empty.txt", "08_feed.jsonl"):
        (mine / name).write_bytes((corpus / name).read_bytes())
    out, db = tmp_path / "parquet", tmp_path / "local.duckdb"
    run_dask([str(mine)], out, cluster.scheduler_address, quiet=True)
    ingest([str(mine)], db, pool=pool)
    (mine / "05_binary.txt").write_text(AID.replace("Kenya", "Uganda"), encoding="utf-8")
    (mine / "08_feed.jsonl").write_text("\n".join([*FEED[:1], "[1]", *FEED[2:]]) + "\n")
    again = run_dask([str(mine)], out, cluster.scheduler_address, quiet=True)
    assert again.articles == 1 and again.skipped == 4
    ingest([str(mine)], db, pool=pool)
    con = open_store(db)
    same_as(con, out)
    codes = con.execute("SELECT origin, code FROM failures ORDER BY ALL").fetchall()
    con.close()
    assert codes == [
        (str(mine / "05_empty.txt"), "CQ202"),
        (str(mine / "08_feed.jsonl") + ":2", "CQ205"),  # another reason: replaced
    ]


def test_setup_problems_are_coded(cluster, corpus, tmp_path):
    with pytest.raises(CommuniqueError) as info:
        run_dask([str(corpus)], tmp_path / "a", "no-port-here", quiet=True)
    assert info.value.code == "CQ307", str(info.value)
    with pytest.raises(CommuniqueError) as info:
        run_dask([str(corpus)], tmp_path / "b", "local:0", quiet=True)
    assert info.value.code == "CQ307", str(info.value)
    (tmp_path / "file").write_text("x")
    with pytest.raises(CommuniqueError) as info:
        run_dask([str(corpus)], tmp_path / "file", cluster.scheduler_address, quiet=True)
    assert info.value.code == "CQ308", str(info.value)
    # A model the workers do not have: the coded error from the worker, no output.
    out = tmp_path / "c"
    with pytest.raises(CommuniqueError) as info:
        run_dask(
            [str(corpus)], out, cluster.scheduler_address, model="xx_no_such_model", quiet=True
        )
    assert info.value.code == "CQ302", str(info.value)
    assert not (out / "articles").exists()


def test_workers_with_another_version_are_refused(cluster):
    from distributed import Client

    from communique.corpus.dask_run import _prepare_workers
    from communique.corpus.dask_work import LoadModel

    plugin = LoadModel(None, None)
    plugin.version = "0.0.0-elsewhere"
    with Client(cluster.scheduler_address) as client, pytest.raises(CommuniqueError) as info:
        _prepare_workers(client, cluster.scheduler_address, plugin)
    assert info.value.code == "CQ307" and "0.0.0-elsewhere" in str(info.value)


def test_a_batch_whose_worker_dies_is_split_and_only_the_bad_article_is_lost(
    corpus, tmp_path, monkeypatch
):
    """A worker dies on a batch (a crash in native code, the out-of-memory
    killer): its articles are run one by one; the one at fault, which raises
    when alone, is listed (CQ216) and the others are stored.

    Each task gets one worker death here (no retries), so the test restarts a
    worker once; Dask's own default is four deaths, and the run adds retries.
    """
    import dask
    from distributed import Client, WorkerPlugin

    from communique.corpus import dask_run

    monkeypatch.setattr(dask_run, "RETRIES", 0)

    class Poison(WorkerPlugin):
        def setup(self, worker):
            import os

            from communique.corpus import dask_work

            real = dask_work.analyse_batch

            def analyse(tasks, **options):
                if any("Darmanin" in t.document.text for t in tasks):
                    if len(tasks) > 1:
                        os._exit(1)  # the worker process dies on the batch
                    raise MemoryError("too much for this worker")
                return real(tasks, **options)

            dask_work.analyse_batch = analyse

    mine = tmp_path / "corpus"
    mine.mkdir()
    for name in ("01_munich.txt", "02_summit.txt", "04_protest.txt"):
        (mine / name).write_bytes((corpus / name).read_bytes())
    out = tmp_path / "parquet"
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        local_cluster(1, log_level=logging.CRITICAL) as c,
        Client(c) as client,
    ):
        client.register_plugin(Poison(), name="poison")
        summary = run_dask([str(mine)], out, c.scheduler_address, batch_size=3, quiet=True)
    protest = str(mine / "04_protest.txt")
    assert summary.articles == 2, summary.failures
    assert [(o, code) for o, code, _ in summary.failures] == [(protest, "CQ216")]
    assert "MemoryError" in summary.failures[0][2]
    con = open_store(out)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(2,)]
    assert con.execute("SELECT origin, code FROM failures").fetchall() == [(protest, "CQ216")]
    con.close()
