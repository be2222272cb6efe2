"""Articles found by the id a user gave them, everywhere: CLI filters, export, API, pages."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique.cli import main
from communique.query.lookup import (
    AmbiguousArticle,
    ArticleNotFound,
    article_candidates,
    resolve_article,
)
from communique.schema import Article
from communique.serve.app import create_app
from communique.store import Origin, article_rows, content_hash, open_store
from communique.store.db import insert_rows
from query_store import articles, build_store

A1 = content_hash(articles()[0][0].text)
A2 = content_hash(articles()[1][0].text)
TWIN_TEXT = "A different story that its writer also saved as a1.txt in another folder."
TWIN = content_hash(TWIN_TEXT)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("lookup") / "news.duckdb")
    con = open_store(path, read_only=False)
    try:
        # "a2" was also read under a second name: either id finds it.
        con.execute(
            "INSERT INTO sources SELECT * REPLACE ('feed.xml#9' AS origin, 'wire-77' AS doc_id)"
            " FROM sources WHERE article_id = ?",
            [A2],
        )
        # Another text under the id "a1": the id alone no longer says which article.
        twin = Article(id="a1", text=TWIN_TEXT, title="Another a1", published="2023-03-01")
        insert_rows(con, article_rows(twin, Origin("/other/a1.txt", doc_id="a1"), version="t"))
    finally:
        con.close()
    return path


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_key_user_id_any_source_id_and_key_prefix_find_the_article(db):
    con = open_store(db, read_only=True)
    try:
        assert resolve_article(con, A2) == A2
        assert resolve_article(con, "a2") == A2
        assert resolve_article(con, "wire-77") == A2  # the id of its second input
        assert resolve_article(con, A2[:12]) == A2
        with pytest.raises(ArticleNotFound) as missing:
            resolve_article(con, "nothing-here")
        assert missing.value.code == "CQ403"
        with pytest.raises(AmbiguousArticle) as twice:
            resolve_article(con, "a1")
        assert twice.value.code == "CQ414"
        assert {c["article_id"] for c in twice.value.choices} == {A1, TWIN}
        assert "/other/a1.txt" in str(twice.value) and A1 in str(twice.value)
        assert article_candidates(con, A2[:4]) == []  # too short to be a key
    finally:
        con.close()


def test_cli_filters_take_the_user_id(db):
    by_id = run("query", "--db", db, "--article", "a2", "--format", "json")
    by_key = run("query", "--db", db, "--article", A2, "--format", "json")
    assert by_id.exit_code == 0, by_id.output
    assert by_id.stdout == by_key.stdout and len(by_id.stdout.splitlines()) == 2
    quotes = run("quotes", "--db", db, "--article", "wire-77", "--count")
    assert quotes.exit_code == 0 and quotes.stdout.strip() == "1"


def test_export_by_user_id_writes_that_article(db, tmp_path):
    out = tmp_path / "a2.plover.jsonl"
    result = run("export", "--db", db, "--format", "plover", "--article", "a2", out)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and {e["event"][0] for e in lines} == {"AID", "THREATEN"}


def test_cli_unknown_or_ambiguous_id_is_a_coded_usage_error(db):
    missing = run("query", "--db", db, "--article", "nope")
    assert missing.exit_code == 2 and "CQ403" in missing.output
    twice = run("export", "--db", db, "--format", "jsonl", "--article", "a1", "-")
    assert twice.exit_code == 2
    assert "CQ414" in twice.output and A1 in twice.output and TWIN in twice.output


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def test_api_takes_the_user_id_and_explains_ambiguity(client):
    one = client.get("/api/articles/a2")
    assert one.status_code == 200 and one.json()["article_id"] == A2
    events = client.get("/api/events", params={"article": "wire-77"}).json()
    assert events["total"] == 2 and {e["article_id"] for e in events["items"]} == {A2}
    twice = client.get("/api/articles/a1")
    assert twice.status_code == 409
    error = twice.json()["error"]
    assert error["code"] == "CQ414"
    assert {c["article_id"] for c in error["choices"]} == {A1, TWIN}
    listed = client.get("/api/events", params={"article": "a1"})
    assert listed.status_code == 409 and listed.json()["error"]["code"] == "CQ414"
    missing = client.get("/api/quotes", params={"article": "nope"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "CQ403"


def test_article_page_by_user_id_redirects_and_ambiguity_offers_a_choice(client):
    moved = client.get("/articles/a2", follow_redirects=False)
    assert moved.status_code == 307 and moved.headers["location"] == f"/articles/{A2}"
    choose = client.get("/articles/a1")
    assert choose.status_code == 300 and "CQ414" in choose.text
    assert f'href="/articles/{A1}"' in choose.text and f'href="/articles/{TWIN}"' in choose.text
