"""``communique export``: Parquet that reads back; PLOVER, TSV and records equal to extract.

The equality tests analyse real articles the way ``ingest`` does
(:func:`communique.corpus.work.analyse_batch`), store them, export, and compare
with ``communique extract`` run on the same files: a dataset built from the
store must not differ from one built from the files.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.corpus.work import Task, analyse_batch
from communique.query.filters import Filters
from communique.query.records import stored_articles
from communique.read import read_inputs
from communique.schema import article_from_dict
from communique.store import Origin, open_store
from communique.store.db import insert_rows
from communique.store.tables import TABLES, merge_rows
from query_store import article_id, build_store

STORIES = {
    "moscow": (
        "MOSCOW (Reuters) - Russia threatened Ukraine on Tuesday, and Russian forces attacked "
        'Kyiv, officials said. "We will respond," Ukrainian President Volodymyr Zelenskiy said.'
    ),
    "berlin": (
        "BERLIN - German Foreign Minister Annalena Baerbock urged Serbia on Monday to pull back "
        'its forces. "We spoke openly," she said after meeting Chinese Foreign Minister Wang Yi. '
        "China has no intention of supplying weapons to Russia, Wang said."
    ),
}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """A JSON Lines corpus and a store made from it by the ingest's own batch function."""
    folder = tmp_path_factory.mktemp("corpus")
    corpus = folder / "corpus.jsonl"
    lines = [
        json.dumps({"id": doc_id, "text": text, "date": f"2022-03-0{n}", "source": "Wire"})
        for n, (doc_id, text) in enumerate(STORIES.items(), 1)
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = [str(corpus)]
    documents = list(read_inputs(files, on_problem=lambda p: pytest.fail(str(p))))
    results = analyse_batch([Task(d, Origin(f"{d.id}.txt", doc_id=d.id)) for d in documents])
    db = folder / "news.duckdb"
    con = open_store(db, read_only=False)
    insert_rows(con, merge_rows([r.rows for r in results]))
    con.close()
    return files, str(db)


@pytest.fixture(scope="module")
def known(tmp_path_factory):
    return str(build_store(tmp_path_factory.mktemp("known") / "news.duckdb"))


@pytest.mark.parametrize("fmt", ["plover", "cameo-tsv", "jsonl"])
def test_export_equals_extract_for_the_same_articles(extracted, tmp_path, fmt):
    files, db = extracted
    fresh = run("extract", *files, "--format", fmt, "-q")
    assert fresh.exit_code == 0, fresh.output
    out = tmp_path / f"out.{fmt}"
    exported = run("export", "--db", db, "--format", fmt, str(out), "-q")
    assert exported.exit_code == 0, exported.output
    assert out.read_text(encoding="utf-8") == fresh.stdout
    # there was something (PLOVER writes only the events that happened)
    assert len(fresh.stdout.splitlines()) >= {"jsonl": 2, "plover": 3}.get(fmt, 5)


def test_export_with_filters_equals_extract_with_the_same_modality(extracted):
    files, db = extracted
    fresh = run("extract", *files, "--format", "plover", "--modality", "asserted", "-q")
    exported = run("export", "--db", db, "--format", "plover", "--modality", "asserted", "-", "-q")
    assert exported.exit_code == 0, exported.output
    assert exported.stdout == fresh.stdout
    only_rus = run("export", "--db", db, "--format", "plover", "--actor", "RUS", "-", "-q")
    events = [json.loads(line) for line in only_rus.stdout.splitlines()]
    assert events and all(any(a["code"] == "RUS" for a in e["actor"]) for e in events)


def test_stored_record_rebuilds_the_article(extracted):
    _, db = extracted
    con = open_store(db)
    try:
        rows = con.execute("SELECT record, text FROM articles").fetchall()
        for record, text in rows:
            article = article_from_dict(json.loads(record), text)
            assert article.to_dict() == json.loads(record) and article.text == text
        articles = list(stored_articles(con, Filters.build(types="THREATEN")))
        assert [a.id for a in articles] == ["moscow"]
        assert {e.type for e in articles[0].events} == {"THREATEN"}
    finally:
        con.close()


def test_parquet_export_reads_back_as_a_store(known, tmp_path):
    out = tmp_path / "parquet"
    result = run("export", "--db", known, str(out))
    assert result.exit_code == 0, result.output
    for name in TABLES:
        assert (out / name / "part-0.parquet").is_file()
    original, copy = open_store(known), open_store(out)
    try:
        for name in TABLES:
            sql = f"SELECT count(*) FROM {name}"
            assert copy.execute(sql).fetchall() == original.execute(sql).fetchall(), name
        # The same query gives the same answer on both.
        q = "SELECT article_id, event_id, actors, date FROM events ORDER BY 1, 2"
        assert copy.execute(q).fetchall() == original.execute(q).fetchall()
    finally:
        original.close()
        copy.close()
    same = run("query", "--db", str(out), "--actor", "RUS", "--format", "json")
    before = run("query", "--db", known, "--actor", "RUS", "--format", "json")
    assert same.stdout == before.stdout and same.stdout.count("\n") == 5
    again = run("export", "--db", known, str(out))
    assert again.exit_code == 2 and "--force" in again.output
    assert run("export", "--db", known, str(out), "--force").exit_code == 0


def test_filtered_parquet_export_keeps_articles_of_its_events(known, tmp_path):
    out = tmp_path / "gbr"
    result = run("export", "--db", known, "--actor", "GBR", str(out))
    assert result.exit_code == 0, result.output
    con = open_store(out)
    try:
        assert con.execute("SELECT count(*) FROM events").fetchall() == [(1,)]
        assert con.execute("SELECT article_id FROM articles").fetchall() == [(article_id("a4"),)]
        assert con.execute("SELECT count(*) FROM quotes").fetchall() == [(1,)]
        assert con.execute("SELECT count(*) FROM failures").fetchall() == [(0,)]
    finally:
        con.close()
    # Article filters alone keep whole articles, sources included.
    out = tmp_path / "reuters"
    assert run("export", "--db", known, "--source", "Reuters", str(out)).exit_code == 0
    con = open_store(out)
    try:
        assert con.execute("SELECT count(*) FROM events").fetchall() == [(4,)]
        assert con.execute("SELECT count(*) FROM sources").fetchall() == [(2,)]
    finally:
        con.close()


def test_text_export_to_a_folder_uses_a_default_name(known, tmp_path):
    folder = tmp_path / "tsv"
    result = run("export", "--db", known, "--format", "cameo-tsv", str(folder) + "/")
    assert result.exit_code == 0, result.output
    lines = (folder / "events.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("article_id\tevent_id") and len(lines) == 1 + 8
    assert "8 event(s)" in result.stderr
    assert run("export", "--db", known, "-").exit_code == 2  # parquet cannot go to stdout
