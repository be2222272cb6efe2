"""Free-text search: whole words in any case, every filter narrowed alike, articles ranked."""

from __future__ import annotations

import pytest

from communique.query.browse import list_articles
from communique.query.events import count_events, query_events
from communique.query.filters import Filters, search_terms, term_pattern
from communique.query.quotes import query_quotes
from communique.query.search import count_articles, rank_articles, segments, snippet
from communique.store import open_store
from query_store import build_store


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("search") / "news.duckdb")
    con = open_store(path, read_only=True)
    yield con
    con.close()


def test_terms_phrases_and_patterns():
    assert search_terms('Schiff "Adam   Schiff" kyiv, Kyiv') == ["schiff", "adam schiff", "kyiv"]
    assert term_pattern("adam schiff") == r"(?i)\badam\s+schiff\b"
    assert term_pattern("c++") == r"(?i)\bc\+\+"  # a regex character is literal
    with pytest.raises(ValueError, match="no word"):
        Filters.build(text='""')


def test_words_narrow_events_quotes_and_articles_alike(con):
    # "threatens" is in sentences of a1 (four), a2 and a3; only a1 says "Kyiv".
    f = Filters.build(text="threatens KYIV")
    assert {e["doc_id"] for e in query_events(con, f)} == {"a1"}
    assert count_events(con, Filters.build(text="threatens")) == 6
    assert [q["doc_id"] for q in query_quotes(con, Filters.build(text="stand with"))] == ["a1"]
    assert [q["doc_id"] for q in query_quotes(con, Filters.build(text="lavrov"))] == ["a2"]
    assert count_articles(con, Filters.build(text="aid")) == 2
    # Whole words: "threat" is not "threatens", and a phrase keeps its order.
    assert count_events(con, Filters.build(text="threat")) == 0
    assert count_articles(con, Filters.build(text='"with Ukraine"')) == 1
    assert count_articles(con, Filters.build(text='"Ukraine with"')) == 0
    # Odd characters are searched as text, never as SQL or as a pattern.
    assert count_articles(con, Filters.build(text="100%")) == 1
    assert count_articles(con, Filters.build(text="O'Hara")) == 1
    assert count_articles(con, Filters.build(text="'; DROP TABLE articles; --")) == 0


def test_articles_ranked_with_a_snippet(con):
    page = rank_articles(con, Filters.build(text="aid threats"))
    assert page.total == 2 and [a["doc_id"] for a in page.items] == ["a2", "a3"]
    assert page.items[0]["score"] >= page.items[1]["score"] > 0
    assert "aid" in page.items[0]["snippet"].lower()
    # The API's article list and the ranking agree on what matches.
    assert list_articles(con, Filters(), text="aid threats").total == 2
    # Event filters still apply to the list searched.
    assert rank_articles(con, Filters.build(text="threatens", types="ASSAULT")).total == 1


def test_snippets_and_highlight_segments():
    text = "One two three. " * 20 + "Adam Schiff said no. " + "Four five. " * 20
    cut = snippet(text, "schiff")
    assert cut.startswith("… ") and cut.endswith(" …") and "Adam Schiff said no." in cut
    assert len(cut) < 260
    pieces = segments("Schiff met schiffer and SCHIFF.", "schiff")
    assert [p.text for p in pieces if p.hit] == ["Schiff", "SCHIFF"]
    assert "".join(p.text for p in pieces) == "Schiff met schiffer and SCHIFF."


def test_cli_and_api_take_the_same_words(con, tmp_path):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from communique.cli import main
    from communique.serve.app import create_app

    db = con.execute("SELECT path FROM duckdb_databases() WHERE NOT internal").fetchall()[0][0]
    out = CliRunner().invoke(main, ["query", "--db", db, "--text", "threatens kyiv", "--count"])
    assert out.exit_code == 0 and out.stdout.strip() == "3"
    with TestClient(create_app(db)) as client:
        events = client.get("/api/events", params={"q": "threatens kyiv"}).json()
        assert events["total"] == 3
        listed = client.get("/api/articles", params={"q": "aid"}).json()
        assert [a["doc_id"] for a in listed["items"]] == ["a2", "a3"]
        assert "snippet" in listed["items"][0] and listed["items"][0]["score"] > 0
