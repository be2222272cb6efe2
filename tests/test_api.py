"""The JSON API: what a client of ``communique serve`` relies on.

A small store is built through the same per-batch analysis the ingest uses,
then read through the app with FastAPI's TestClient (no server process),
except for one test that starts ``communique serve`` for real.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from communique.cli import main
from communique.corpus.work import Task, analyse_batch
from communique.errors import CommuniqueError
from communique.schema import Document
from communique.serve.app import create_app
from communique.serve.guard import LOOPBACK_HOSTS
from communique.store import Origin, content_hash, open_store
from communique.store.db import insert_rows
from communique.store.tables import merge_rows

DEU = (
    "BERLIN (Reuters) - German Foreign Minister Annalena Baerbock urged Russia on Monday "
    'to pull back its troops. "We will not accept this," she said.'
)
RUS = (
    "MOSCOW (AP) - Russian forces attacked the Ukrainian city of Kharkiv on Thursday, "
    'Ukraine\'s defence ministry said. "This is a war crime," Ukrainian President '
    "Volodymyr Zelensky said."
)
# The same wire story, re-run by another outlet with a small edit.
RUS_COPY = RUS.replace("(AP)", "(dpa)").replace("on Thursday", "early on Thursday")
HOSTILE = (
    'LONDON - Hackers posted <script>alert("x")</script> and <img src=x onerror="alert(1)"> '
    'on the site, linking to <a href="javascript:alert(2)">this page</a>. '
    '"We <b>will</b> find them," police chief Mark Rowley said on Tuesday.'
)

STORIES = [
    ("deu", DEU, "2022-02-14", "Reuters"),
    ("rus", RUS, "2022-02-24", "AP"),
    ("rus-copy", RUS_COPY, "2022-02-25", "dpa"),
    ("hostile", HOSTILE, "2023-01-10", "<i>Evil</i> Wire"),
]
IDS = {name: content_hash(text) for name, text, _, _ in STORIES}


def build_store(path: Path) -> Path:
    """A store of the four stories, the copy linked to its original as ingest would."""
    tasks = [
        Task(
            Document(id=name, text=text, date=day, source=source, url=f"https://news.test/{name}"),
            Origin(f"{name}.txt", doc_id=name, source=source, published=day),
        )
        for name, text, day, source in STORIES
    ]
    results = analyse_batch(tasks)
    con = open_store(path, read_only=False)
    insert_rows(con, merge_rows([r.rows for r in results]))
    link = {"article_id": IDS["rus-copy"], "duplicate_of": IDS["rus"], "similarity": 0.9}
    insert_rows(con, {"near_duplicates": [link]})
    con.close()
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "news.duckdb")


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path)) as c:
        yield c


@pytest.fixture(scope="module")
def bare():
    """An app with no store: the extractor as a service only."""
    with TestClient(create_app(None)) as c:
        yield c


def error_of(response: httpx.Response, status: int, code: str) -> str:
    """The message of a JSON error, after checking its status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code and error["status"] == status
    assert error["message"]
    return error["message"]


# -- POST /api/extract ----------------------------------------------------------


def test_extract_plain_text_returns_the_record(bare):
    r = bare.post(
        "/api/extract",
        content=DEU.encode(),
        params={"date": "2022-02-14", "id": "s1"},
        headers={"content-type": "text/plain"},
    )
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["schema"] == "communique/1" and record["id"] == "s1"
    assert record["published"] == "2022-02-14" and "text" not in record
    speakers = {q["speaker"]["name"] for q in record["quotes"] if q["speaker"]}
    assert "Annalena Baerbock" in speakers
    request = next(e for e in record["events"] if e["type"] == "REQUEST")
    assert request["modality"] == "asserted"


def test_extract_json_body_with_metadata_and_text(bare):
    r = bare.post(
        "/api/extract",
        json={"text": DEU, "date": "2022-02-14", "id": "j1", "title": "T", "include_text": True},
    )
    record = r.json()
    assert r.status_code == 200 and record["id"] == "j1" and record["title"] == "T"
    assert record["text"] == DEU
    for q in record["quotes"]:
        start, end = q["span"]
        assert DEU[start:end] == q["text"]


def test_extract_as_curl_sends_it_and_other_charsets(bare):
    # curl -d @story.txt sends the form content type with the file as it is.
    form = {"content-type": "application/x-www-form-urlencoded"}
    r = bare.post("/api/extract", content=DEU.encode(), headers=form)
    assert r.status_code == 200 and r.json()["quotes"]
    text = '"Ça suffit," the minister said in Montréal.'
    latin = {"content-type": "text/plain; charset=latin-1"}
    r = bare.post(
        "/api/extract",
        content=text.encode("latin-1"),
        params={"include_text": "true"},
        headers=latin,
    )
    assert r.status_code == 200 and r.json()["text"] == text


@pytest.mark.parametrize(
    ("body", "ctype", "status", "code"),
    [
        (b"", "text/plain", 422, "CQ406"),
        (b"  \n\t ", "text/plain", 422, "CQ406"),
        (b'{"text": "   "}', "application/json", 422, "CQ406"),
        (b"{not json", "application/json", 400, "CQ407"),
        (b"\xff\xfe broken", "text/plain", 400, "CQ407"),
        (b"[1, 2]", "application/json", 422, "CQ408"),
        (b'{"text": 5}', "application/json", 422, "CQ408"),
        (b'{"text": "a", "colour": "red"}', "application/json", 422, "CQ408"),
        (b'{"text": "a", "date": "yesterday"}', "application/json", 400, "CQ401"),
        (b"text", "image/png", 415, "CQ409"),
    ],
)
def test_extract_refuses_bad_bodies_with_a_code(bare, body, ctype, status, code):
    r = bare.post("/api/extract", content=body, headers={"content-type": ctype})
    error_of(r, status, code)


def test_body_over_the_limit_is_413_declared_or_streamed(store_path):
    with TestClient(create_app(None, max_body=1000)) as c:
        message = error_of(c.post("/api/extract", content=b"x" * 1001), 413, "CQ405")
        assert "1,000 bytes" in message

        def chunks():  # no Content-Length: counted while it arrives
            for _ in range(50):
                yield b"y" * 100

        error_of(c.post("/api/extract", content=chunks()), 413, "CQ405")
        ok = c.post("/api/extract", content=b'"Fine," he said.')
        assert ok.status_code == 200


#: About 270 KB of news: the long lane's work for tens of seconds.
LONG = (DEU + "\n\n" + RUS + "\n\n") * 700


def wait_ready(client: TestClient, seconds: float = 300) -> None:
    """Until both extraction workers have loaded the model."""
    deadline = time.monotonic() + seconds
    while True:
        lanes = client.get("/api/health").json()["extract"]
        if all(lane["state"] == "ready" for lane in lanes.values()):
            return
        assert time.monotonic() < deadline, lanes
        time.sleep(0.2)


def test_short_texts_are_answered_while_a_long_one_is_analysed(store_path):
    """A long text takes the long lane: short texts and the store are answered meanwhile, and a
    second long text past that lane's bound is refused at once.

    The long lane's worker is paused (SIGSTOP) while the long text waits for it, which stands in
    for an analysis of minutes without depending on how fast the machine is.
    """
    long_text = (DEU + "\n\n" + RUS + "\n\n") * 40  # 15 KB: over the short lane's limit
    with TestClient(create_app(store_path, max_pending=8, preload_model=True)) as c:
        wait_ready(c)
        pid = c.app.state.extractor.long.workers[0].pid
        os.kill(pid, signal.SIGSTOP)
        try:
            done: dict[str, httpx.Response] = {}
            long = threading.Thread(
                target=lambda: done.setdefault("long", c.post("/api/extract", content=long_text))
            )
            long.start()
            deadline = time.monotonic() + 60
            while c.get("/api/health").json()["extract"]["long"]["pending"] < 1:
                assert time.monotonic() < deadline
                time.sleep(0.05)
            shorts = [c.post("/api/extract", content=DEU.encode()) for _ in range(3)]
            stats = c.get("/api/stats")
            busy = c.post("/api/extract", content=long_text.encode())
            assert "long" not in done
        finally:
            os.kill(pid, signal.SIGCONT)
        long.join(300)
        assert all(r.status_code == 200 and r.json()["quotes"] for r in shorts)
        assert stats.status_code == 200
        error_of(busy, 503, "CQ411")
        assert busy.headers["retry-after"] == "1"
        assert done["long"].status_code == 200 and len(done["long"].json()["quotes"]) >= 40


def test_an_analysis_over_the_time_limit_is_504_and_the_lane_recovers():
    with TestClient(create_app(None, time_limit=3, preload_model=True)) as c:
        wait_ready(c)
        message = error_of(c.post("/api/extract", content=LONG.encode()), 504, "CQ416")
        assert "3 s" in message
        wait_ready(c)  # a fresh worker replaced the one that was stopped
        assert c.post("/api/extract", content=DEU.encode()).status_code == 200
        assert c.post("/api/extract", content=(DEU + "\n") * 8).status_code == 200


def test_a_worker_that_cannot_start_is_a_coded_503_with_the_reason():
    with TestClient(create_app(None, model="no_such_pipeline")) as c:
        message = error_of(c.post("/api/extract", content=DEU.encode()), 503, "CQ417")
        assert "no_such_pipeline" in message and "CQ302" in message
        assert c.get("/api/health").json()["extract"]["short"]["state"].startswith("failed: ")


def test_without_a_store_store_endpoints_say_so(bare):
    for path in ("/api/articles", "/api/actors", "/api/stats", f"/api/articles/{IDS['deu']}"):
        error_of(bare.get(path), 503, "CQ410")
    assert bare.get("/api/health").json()["store"] is None


# -- articles -------------------------------------------------------------------


def test_articles_list_total_and_paging(client):
    everything = client.get("/api/articles").json()
    assert everything["total"] == 4 and everything["next_offset"] is None
    assert everything["items"][0]["article_id"] == IDS["hostile"]  # newest first
    first = client.get("/api/articles", params={"limit": 3}).json()
    rest = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert first["next_offset"] == 3 and rest["next_offset"] is None
    assert first["total"] == rest["total"] == 4
    ids = [a["article_id"] for a in first["items"] + rest["items"]]
    assert sorted(ids) == sorted(IDS.values())
    assert "text" not in first["items"][0] and "record" not in first["items"][0]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "DEU"}, {"deu"}),
        ({"actor": "zelensky"}, {"rus", "rus-copy"}),
        ({"type": "REQUEST"}, {"deu"}),
        ({"type": "ASSAULT,REQUEST", "actor": "RUS"}, {"rus", "rus-copy"}),
        ({"type": ["ASSAULT", "REQUEST"], "recipient": "RUS"}, {"deu"}),
        ({"modality": "negated"}, {"deu"}),
        ({"since": "2022-02-20", "until": "2022-12-31"}, {"rus", "rus-copy"}),
        ({"since": "2023"}, {"hostile"}),
        ({"source": "evil"}, {"hostile"}),
        ({"q": "kharkiv"}, {"rus", "rus-copy"}),
        ({"q": "100%_"}, set()),
        ({"dedup": "true", "actor": "UKR"}, {"rus"}),
    ],
)
def test_articles_filters_compose(client, params, expected):
    page = client.get("/api/articles", params=params).json()
    assert {a["article_id"] for a in page["items"]} == {IDS[n] for n in expected}
    assert page["total"] == len(expected)


@pytest.mark.parametrize(
    ("params", "status", "code", "words"),
    [
        ({"type": "INVADE"}, 400, "CQ401", "unknown event type"),
        ({"modality": "maybe"}, 400, "CQ401", "unknown modality"),
        ({"since": "last week"}, 400, "CQ401", "not a date"),
        ({"since": "2023-01-01", "until": "2022-01-01"}, 400, "CQ401", "after until"),
        ({"quad_class": "7"}, 400, "CQ401", "1-4"),
        ({"limit": "0"}, 400, "CQ401", "limit"),
        ({"limit": "5000"}, 400, "CQ401", "limit"),
        ({"offset": "-1"}, 400, "CQ401", "offset"),
        ({"limit": "ten"}, 400, "CQ401", "limit"),
        ({"actr": "RUS"}, 400, "CQ402", "actr"),
    ],
)
def test_bad_filters_are_400_with_a_reason(client, params, status, code, words):
    assert words in error_of(client.get("/api/articles", params=params), status, code)


def test_article_in_full_with_sources_and_duplicate_links(client):
    r = client.get(f"/api/articles/{IDS['rus-copy']}")
    assert r.status_code == 200
    art = r.json()
    assert art["schema"] == "communique/1" and art["article_id"] == IDS["rus-copy"]
    assert art["text"] == RUS_COPY and art["id"] == "rus-copy"
    for q in art["quotes"]:
        assert RUS_COPY[q["span"][0] : q["span"][1]] == q["text"]
    (source,) = art["sources"]
    assert source["origin"] == "rus-copy.txt" and source["published"] == "2022-02-25"
    assert art["near_duplicate_of"]["article_id"] == IDS["rus"]
    assert art["near_duplicate_of"]["similarity"] == pytest.approx(0.9)
    original = client.get(f"/api/articles/{IDS['rus']}").json()
    assert original["near_duplicate_of"] is None
    assert [d["article_id"] for d in original["near_duplicates"]] == [IDS["rus-copy"]]


def test_unknown_article_is_a_json_404(client):
    assert "'nope'" in error_of(client.get("/api/articles/nope"), 404, "CQ403")


def test_hostile_text_comes_back_as_data(client):
    r = client.get(f"/api/articles/{IDS['hostile']}")
    art = r.json()
    assert art["text"] == HOSTILE
    assert any("<b>will</b>" in q["text"] for q in art["quotes"])
    listed = client.get("/api/articles", params={"source": "evil"})
    assert listed.json()["items"][0]["source"] == "<i>Evil</i> Wire"
    for raw in (r.content, listed.content):
        # Markup is JSON-escaped, never raw: nothing in a response can open a tag.
        assert b"<" not in raw and b">" not in raw and b"\\u003cscript\\u003e" in r.content
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-type"] == "application/json"


# -- events, quotes, dyads --------------------------------------------------------


def test_events_filtered_and_paged(client):
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"]) >= 4
    dates = [e["date"] for e in everything["items"]]
    assert dates == sorted(dates)  # oldest first
    attacks = client.get("/api/events", params={"type": "ASSAULT", "actor": "RUS"}).json()
    assert attacks["total"] == 2
    assert {e["doc_id"] for e in attacks["items"]} == {"rus", "rus-copy"}
    assert all("UKR" in e["recipient_codes"] for e in attacks["items"])
    once = client.get("/api/events", params={"type": "ASSAULT", "dedup": "true"}).json()
    assert [e["doc_id"] for e in once["items"]] == ["rus"]
    asked = client.get("/api/events", params={"modality": "asserted", "recipient": "RUS"}).json()
    assert [(e["type"], e["actor_code"]) for e in asked["items"]] == [("REQUEST", "DEU")]
    newest = client.get("/api/events", params={"limit": 1000, "newest": "true"}).json()
    assert [e["date"] for e in newest["items"]] == sorted(dates, reverse=True)
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert second["items"] == everything["items"][1:2] and second["next_offset"] == 2
    for e in everything["items"]:
        text = {"deu": DEU, "rus": RUS, "rus-copy": RUS_COPY, "hostile": HOSTILE}[e["doc_id"]]
        assert text[e["trigger_start"] : e["trigger_end"]] == e["trigger"]


def test_quotes_by_speaker_kind_and_source(client):
    said = client.get("/api/quotes", params={"speaker": "zelensky"}).json()
    assert said["total"] == 2 and {q["text"] for q in said["items"]} == {"This is a war crime,"}
    latest = client.get("/api/quotes", params={"speaker": "zelensky", "newest": "1"}).json()
    assert [q["source"] for q in latest["items"]] == ["dpa", "AP"]
    by_code = client.get("/api/quotes", params={"actor": "DEU", "kind": "direct"}).json()
    assert [q["text"] for q in by_code["items"]] == ["We will not accept this,"]
    deduped = client.get("/api/quotes", params={"speaker": "zelensky", "dedup": "1"}).json()
    assert [q["source"] for q in deduped["items"]] == ["AP"]
    assert "unknown quotation kind" in error_of(
        client.get("/api/quotes", params={"kind": "sung"}), 400, "CQ401"
    )


def test_dyads_series_totals_and_modalities(client):
    series = client.get("/api/dyads").json()
    assert series["freq"] == "month" and series["modalities"] == ["asserted"]
    # Only asserted events count by default: the reported attack is left out.
    (row,) = series["items"]
    assert (row["period"], row["actor"], row["recipient"]) == ("2022-02-01", "DEU", "RUS")
    assert row["events"] == 1 and row["verbal_conflict"] == 1
    totals = client.get("/api/dyads", params={"freq": "total", "all_modalities": "1"}).json()
    pairs = {(r["actor"], r["recipient"]): r for r in totals["items"]}
    assert pairs[("RUS", "UKR")]["events"] == 2 and pairs[("RUS", "UKR")]["material_conflict"] == 2
    once = client.get(
        "/api/dyads", params={"freq": "total", "modality": "reported", "dedup": "1"}
    ).json()
    assert once["modalities"] == ["reported"]
    assert [(r["actor"], r["recipient"], r["events"]) for r in once["items"]] == [("RUS", "UKR", 1)]
    filled = client.get(
        "/api/dyads", params={"freq": "week", "fill": "1", "actor": "DEU", "until": "2022-03-06"}
    ).json()
    assert [r["period"] for r in filled["items"]] == ["2022-02-14", "2022-02-21", "2022-02-28"]
    assert [r["events"] for r in filled["items"]] == [1, 0, 0]
    error_of(client.get("/api/dyads", params={"freq": "fortnight"}), 400, "CQ401")


def test_every_sample_article_opens_with_true_spans(sample_store):
    """The bundled corpus through the API: each article's evidence is in its text."""
    with TestClient(create_app(sample_store)) as c:
        listed = c.get("/api/articles", params={"limit": 1000}).json()
        assert listed["total"] == len(listed["items"]) >= 12
        for item in listed["items"]:
            art = c.get(f"/api/articles/{item['article_id']}").json()
            text = art["text"]
            for q in art["quotes"]:
                assert text[q["span"][0] : q["span"][1]] == q["text"]
            for e in art["events"]:
                assert (
                    text[e["trigger"]["span"][0] : e["trigger"]["span"][1]] == e["trigger"]["text"]
                )
            assert art["sources"]
        # The exact copy is stored once, with both of its sources.
        assert any(
            len(c.get(f"/api/articles/{i['article_id']}").json()["sources"]) == 2
            for i in listed["items"]
        )
        assert c.get("/api/events", params={"type": "ASSAULT"}).json()["total"] >= 1


# -- actors, stats ---------------------------------------------------------------


def test_actors_with_counts_of_quotes_and_events(client):
    page = client.get("/api/actors", params={"limit": 100}).json()
    by_name = {a["name"]: a for a in page["items"]}
    assert page["total"] == len(page["items"])
    baerbock = by_name["Annalena Baerbock"]
    assert baerbock["country"] == "DEU" and baerbock["kind"] == "person"
    assert baerbock["articles"] == 1 and baerbock["quotes"] == 2
    assert baerbock["events_as_actor"] >= 1
    zelensky = by_name["Volodymyr Zelensky"]
    assert zelensky["articles"] == 2 and zelensky["quotes"] == 2
    assert zelensky["first_seen"] == "2022-02-24" and zelensky["last_seen"] == "2022-02-25"
    deduped = client.get("/api/actors", params={"actor": "zelensky", "dedup": "1"}).json()
    assert [a["articles"] for a in deduped["items"]] == [1]


def test_actors_by_country_filters_and_sorts(client):
    page = client.get("/api/actors", params={"group": "country", "sort": "name"}).json()
    codes = [a["country"] for a in page["items"]]
    assert codes == sorted(codes) and "RUS" in codes and None not in codes
    rus = next(a for a in page["items"] if a["country"] == "RUS")
    assert rus["events_as_recipient"] >= 1
    people = client.get("/api/actors", params={"kind": "person", "actor": "DEU"}).json()
    assert [a["name"] for a in people["items"]] == ["Annalena Baerbock"]
    for bad in ({"group": "city"}, {"sort": "loudest"}, {"kind": "robot"}):
        error_of(client.get("/api/actors", params=bad), 400, "CQ401")


def test_stats_counts_rows(client):
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == 4 and stats["counts"]["failures"] == 0
    assert stats["published"] == {"first": "2022-02-14", "last": "2023-01-10"}


# -- errors, headers, guard ------------------------------------------------------


def test_every_error_is_json_with_a_code(client):
    error_of(client.get("/no/such/page"), 404, "CQ403")
    r = client.delete("/api/articles")
    assert "use GET" in error_of(r, 405, "CQ404")
    error_of(client.put("/api/extract", content=b"x"), 405, "CQ404")


def test_a_store_that_fails_under_the_server_is_a_503_without_a_traceback(tmp_path):
    app = create_app(build_store_once(tmp_path))
    app.state.store._base.close()  # the store vanishes under a running server
    with TestClient(app, raise_server_exceptions=False) as c:
        message = error_of(c.get("/api/articles"), 503, "CQ306")
        assert "Traceback" not in message


def build_store_once(tmp_path: Path) -> Path:
    # One small store per test that must break it; the shared one stays intact.
    return build_store(tmp_path / "broken.duckdb")


def test_security_headers_on_every_response(client):
    for r in (
        client.get("/api/articles"),
        client.get("/api/articles/nope"),
        client.get("/docs"),
        client.post("/api/extract", content=b""),
    ):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_docs_work_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/extract" in page.text and "/api/actors" in page.text
    # No CDN, no script: every URL in the page is this server's.
    assert "<script" not in page.text
    assert not re.search(r"(src|href)=['\"](https?:)?//", page.text)
    assert client.get("/docs/style.css").headers["content-type"].startswith("text/css")
    spec = client.get("/openapi.json").json()
    assert {"/api/extract", "/api/articles", "/api/articles/{article_id}"} <= set(spec["paths"])


def test_host_and_origin_checks(store_path):
    with TestClient(create_app(None, allowed_hosts=LOOPBACK_HOSTS)) as c:
        ok = c.get("/api/health", headers={"host": "localhost:8000"})
        assert ok.status_code == 200
        error_of(c.get("/api/health", headers={"host": "rebound.example:8000"}), 400, "CQ401")
        same = {"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:8000"}
        assert c.post("/api/extract", content=b'"Hi," she said.', headers=same).status_code == 200
        other = {"host": "127.0.0.1:8000", "origin": "https://evil.example"}
        error_of(c.post("/api/extract", content=b"x", headers=other), 403, "CQ412")


def test_store_is_read_only_and_bad_stores_fail_early(client, tmp_path):
    with client.app.state.store.cursor() as cur, pytest.raises(Exception, match="read-only"):
        cur.execute("DELETE FROM articles").fetchall()
    with pytest.raises(CommuniqueError) as missing:
        create_app(tmp_path / "missing.duckdb")
    assert missing.value.code == "CQ304"
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database at all" * 100)
    result = CliRunner().invoke(main, ["serve", "--db", str(junk)])
    assert result.exit_code != 0 and "CQ304" in result.output
    assert "Traceback" not in result.output


def test_a_parquet_folder_store_serves_the_same(client, store_path, tmp_path):
    """A Dask run's output (a folder of Parquet tables) is browsed like a DuckDB file."""
    folder = tmp_path / "parquet"
    # The app serving store_path has sealed it (DuckDB shares one database per file in a
    # process): it can be read here, and the files are written by pyarrow.
    con = open_store(store_path)
    for table in ("articles", "sources", "actors", "quotes", "events", "near_duplicates"):
        (folder / table).mkdir(parents=True)
        rows = con.sql(f"SELECT * FROM {table}").to_arrow_table()
        pq.write_table(rows, folder / table / "part-0.parquet")
    con.close()
    with TestClient(create_app(folder)) as c:
        for path in ("/api/articles", "/api/actors", "/api/dyads?freq=total", "/api/quotes"):
            assert c.get(path).json() == client.get(path).json(), path
        assert c.get(f"/api/articles/{IDS['rus']}").json()["near_duplicates"]


def test_concurrent_readers_each_get_their_own_cursor(client):
    paths = ["/api/articles", "/api/actors", "/api/stats", f"/api/articles/{IDS['deu']}"] * 10
    expected = {p: client.get(p).json() for p in set(paths)}
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda p: (p, client.get(p)), paths))
    for path, r in answers:
        assert r.status_code == 200, r.text
        assert r.json() == expected[path]


# -- the real server -----------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_says_when_the_port_is_taken(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 1 and f"127.0.0.1:{port}" in result.output
    assert "choose another --port" in result.output and "Traceback" not in result.output


def _listening_addresses(port: int) -> set[str]:
    """IPv4 addresses listening on ``port``, from /proc (empty where there is none)."""
    found = set()
    table = Path("/proc/net/tcp")
    lines = table.read_text().splitlines()[1:] if table.exists() else []
    for line in lines:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


def test_serve_binds_to_localhost_and_prints_the_address(store_path):
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from communique.cli import main; main()", "serve",
         "--db", str(store_path),
         "--port", str(port), "--no-access-log"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in first and "news.duckdb" in first
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.2)
        assert r.json()["counts"]["articles"] == 4
        # Bound to loopback only, and only local names are served there.
        if Path("/proc/net/tcp").exists():
            assert _listening_addresses(port) == {"127.0.0.1"}
        r = httpx.get(f"http://127.0.0.1:{port}/api/health", headers={"host": "evil.test"})
        assert r.status_code == 400
        r = httpx.post(f"http://127.0.0.1:{port}/api/extract", content=json.dumps({"text": DEU}),
                       headers={"content-type": "application/json"}, timeout=60)  # fmt: skip
        assert r.status_code == 200 and r.json()["quotes"]
    finally:
        proc.terminate()
        proc.wait(20)


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        (["ready", "ready"], "ready"),
        (["starting", "failed: no model"], "failed: no model"),
        (["failed: no model", "starting"], "failed: no model"),
        (["stopped", "starting"], "starting"),
        (["ready", "stopped"], "stopped"),
    ],
)
def test_a_lane_reports_a_failed_worker_before_one_still_loading(states, expected):
    from communique.serve.extraction import _Lane

    lane = _Lane(
        "short", workers=len(states), batch_texts=1, max_pending=1, time_limit=1.0,
        model=None, actors_file=None,
    )  # fmt: skip
    for worker, state in zip(lane.workers, states, strict=True):
        worker.state = state
    assert lane.state == expected
