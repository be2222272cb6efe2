"""The store's tables and how it opens: the contract ingest, queries and the web app share."""

from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
import pytest

import communique
from communique.errors import CommuniqueError
from communique.store import Origin, article_rows, content_hash, open_store
from communique.store.db import insert_rows
from communique.store.tables import TABLES, to_arrow

STORY = (
    "BERLIN (Reuters) - German Foreign Minister Annalena Baerbock urged Russia on Monday "
    'to pull back its troops. "We will not accept this," she said.'
)


@pytest.fixture(scope="module")
def rows():
    article = communique.extract(STORY, date="2022-02-14", id="story-1")
    return article, article_rows(article, Origin("story.txt", doc_id="story-1"), version="t")


def test_content_hash_ignores_whitespace_layout_but_not_words():
    assert content_hash("a  b\r\nc ") == content_hash(" a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_rows_carry_every_record_with_evidence_offsets(rows):
    article, tables = rows
    (art,) = tables["articles"]
    assert art["article_id"] == content_hash(STORY) and art["doc_id"] == "story-1"
    assert art["n_quotes"] == len(article.quotes) == len(tables["quotes"])
    assert len(tables["events"]) == len(article.events) > 0
    for q in tables["quotes"]:
        assert STORY[q["span_start"] : q["span_end"]] == q["text"]
    for e in tables["events"]:
        assert STORY[e["trigger_start"] : e["trigger_end"]] == e["trigger"]
    request = next(e for e in tables["events"] if e["type"] == "REQUEST")
    assert request["actor_code"] == "DEU" and "RUS" in request["recipient_codes"]
    # Every table's rows fit its Arrow schema exactly.
    for name, items in tables.items():
        assert to_arrow(name, items).schema == TABLES[name]


def test_store_round_trip_and_read_only(tmp_path, rows):
    _, tables = rows
    path = tmp_path / "news.duckdb"
    con = open_store(path, read_only=False)
    insert_rows(con, tables)
    con.close()
    ro = open_store(path)
    assert ro.execute("SELECT count(*) FROM events").fetchone()[0] == len(tables["events"])
    with pytest.raises(duckdb.Error):
        ro.execute("DELETE FROM events")
    ro.close()


def test_bad_store_files_give_coded_errors(tmp_path):
    # A folder name with "lock" or "read-only" in it must not change the diagnosis.
    tmp_path = tmp_path / "locked read-only"
    tmp_path.mkdir()
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"\x00garbage" * 1000)
    for read_only in (True, False):
        with pytest.raises(CommuniqueError) as info:
            open_store(junk, read_only=read_only)
        assert info.value.code == "CQ304"
    assert junk.read_bytes() == b"\x00garbage" * 1000  # never touched
    with pytest.raises(CommuniqueError, match="no such file"):
        open_store(tmp_path / "missing.duckdb")
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(CommuniqueError, match="not a communique store"):
        open_store(other, read_only=False)


def test_parquet_folder_reads_like_a_store(tmp_path, rows):
    _, tables = rows
    for name, items in tables.items():
        (tmp_path / name).mkdir()
        pq.write_table(to_arrow(name, items), tmp_path / name / "part-0.parquet")
    con = open_store(tmp_path)
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] == len(tables["quotes"])
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    with pytest.raises(CommuniqueError):
        open_store(tmp_path / "articles" / "..", read_only=False)


def test_docs_store_md_documents_every_table_and_column():
    """docs/store.md is the reference users read: it must list what the store holds."""
    import re
    from pathlib import Path

    from communique.store.db import create_table_sql

    doc = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text(encoding="utf-8")
    sections = re.split(r"^### ", doc, flags=re.MULTILINE)
    for name, schema in TABLES.items():
        section = next((s for s in sections if s.startswith(f"`{name}`")), None)
        assert section is not None, f"docs/store.md has no section for {name}"
        first_cells = re.findall(r"^\| ([^|]+) \|", section, flags=re.MULTILINE)
        documented = {name for cell in first_cells for name in re.findall(r"`([a-z_]+)`", cell)}
        missing = [f.name for f in schema if f.name not in documented]
        assert not missing, f"{name}: columns not in docs/store.md: {missing}"
        assert create_table_sql(name).startswith(f"CREATE TABLE IF NOT EXISTS {name} (")
