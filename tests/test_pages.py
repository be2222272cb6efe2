"""The explorer's pages as HTML: what each shows for the sample corpus, and what it refuses.

These run without a browser (FastAPI's TestClient); tests/browser/ opens the
same pages in Chromium.
"""

from __future__ import annotations

import re
from html import escape, unescape

import pytest
from fastapi.testclient import TestClient

from communique.serve.app import create_app
from communique.serve.pages import safe_url
from communique.store import open_store


def explorer_app(db):
    """The app ``communique serve`` runs: API, pages and static files."""
    return create_app(db)


@pytest.fixture(scope="module")
def client(sample_store):
    with TestClient(explorer_app(sample_store), base_url="http://localhost") as c:
        yield c


@pytest.fixture(scope="module")
def ids(sample_store):
    con = open_store(sample_store)
    try:
        rows = con.execute("SELECT doc_id, article_id FROM articles").fetchall()
    finally:
        con.close()
    return dict(rows)


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_overview_shows_totals_network_and_recent_articles(client, sample_store):
    con = open_store(sample_store)
    try:
        (newest,) = con.execute(
            "SELECT title FROM articles ORDER BY published DESC NULLS LAST LIMIT 1"
        ).fetchall()[0]
    finally:
        con.close()
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "content-security-policy" in r.headers
    page = r.text
    assert 'id="network"' in page and "data-network='" in page
    assert 'href="/actors/RUS"' in page  # top actors link to their pages
    assert escape(newest) in page  # the latest article is listed
    assert "<script>" not in page.split("</head>")[1]  # no inline script in the body


def test_article_page_marks_quotes_triggers_and_mentions(client, ids):
    aid = ids["01-kremlin-denies-attack-plans"]
    r = client.get(f"/articles/{aid}")
    assert r.status_code == 200
    page = r.text
    assert re.search(r'<span class="quote spk\d [a-z]+" data-quote="Q\d+"', page)
    assert re.search(r'<mark class="trigger qc4" data-events="E\d+', page)
    assert "ASSAULT · negated" in page
    assert 'class="mention' in page and "data-actor=" in page
    # The side list names each quote's speaker.
    assert "Dmitry Peskov" in _text(page.split('id="quote-items"')[1])


def test_article_by_input_id_redirects_to_its_address_and_unknown_is_404(client, ids):
    r = client.get("/articles/01-kremlin-denies-attack-plans", follow_redirects=False)
    assert r.status_code == 307
    assert r.headers["location"] == f"/articles/{ids['01-kremlin-denies-attack-plans']}"
    missing = client.get("/articles/nothing-here")
    assert missing.status_code == 404 and "No such article" in missing.text


def test_hostile_article_text_is_escaped_in_the_page(client, ids):
    aid = next(v for k, v in ids.items() if "hostile" in k)
    page = client.get(f"/articles/{aid}").text
    body = page.split("<main>")[1]
    assert "<script>alert" not in body and "<img src=x" not in body.replace("&lt;img", "")
    assert "&lt;script&gt;" in body  # shown as text
    assert 'href="javascript:' not in page


def test_actor_page_has_timeline_quotes_events_and_said_vs_did(client):
    page = client.get("/actors/RUS").text
    assert 'id="timeline-chart"' in page and "data-chart='" in page
    gaps = page.split('id="said-vs-did"')[1].split("</section>")[0]
    assert "ASSAULT · negated" in gaps and "ASSAULT · asserted" in gaps
    assert "no intention of attacking" in gaps
    by_name = client.get("/actors/Peskov")
    assert by_name.status_code == 200 and "Dmitry Peskov" in by_name.text
    assert client.get("/actors/Nobody%20Atall").status_code == 404


def test_dyad_page_has_a_series_for_the_pair(client):
    page = client.get("/dyads?actor=RUS&recipient=UKR&freq=month").text
    assert 'id="dyad-chart"' in page
    table = _text(page.split('id="dyad-table"')[1].split("</table>")[0])
    assert "2022-02" in table
    assert client.get("/dyads").status_code == 200  # the list of pairs
    bad = client.get("/dyads?actor=RUS&recipient=UKR&freq=fortnight")
    assert bad.status_code == 400 and "freq" in bad.text


def test_search_filters_and_bad_values(client):
    page = client.get("/search?type=ASSAULT&modality=negated").text
    rows = page.split("<tbody>")[1].split("</tbody>")[0]
    assert "ASSAULT · negated" in rows and "ASSAULT · asserted" not in rows
    quotes = client.get("/search?what=quotes&actor=Peskov").text
    assert "Dmitry Peskov" in quotes and "of <b>" in quotes
    for bad in ("since=yesterday", "type=BOMB", "since=2023-01-01&until=2022-01-01"):
        r = client.get(f"/search?{bad}")
        assert r.status_code == 400 and 'role="alert"' in r.text
    # SQL-looking input is a value to match, nothing more.
    r = client.get("/search", params={"actor": "x' OR 1=1 --"})
    assert r.status_code == 200 and "No events match." in r.text


def test_only_web_addresses_become_links():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(3)", " JavaScript:alert(1)", "data:text/html,x", "//x", None):
        assert safe_url(bad) is None


def test_static_assets_are_served_with_the_vendored_libraries(client):
    for path in (
        "/static/explorer.js",
        "/static/explorer.css",
        "/static/vendor/chart.umd.min.js",
        "/static/vendor/cytoscape.min.js",
    ):
        assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/actors",
        "/actors/RUS",
        "/actors/Peskov",
        "/dyads?actor=RUS&recipient=UKR&freq=quarter&modality=asserted&dedup=1",
        "/search?type=ASSAULT&modality=negated&since=2022-01-01&dedup=1",
        "/search?what=quotes&actor=Kuleba&source=Reuters",
    ],
)
def test_every_json_twin_link_answers(client, path):
    """Each page links its JSON twin under /api; the link must be a query the API accepts."""
    page = client.get(path)
    assert page.status_code == 200
    twins = [unescape(h) for h in re.findall(r'<a class="twin" href="([^"]+)"', page.text)]
    assert twins
    for href in twins:
        r = client.get(href)
        assert r.status_code == 200, (href, r.text[:300])
        assert r.headers["content-type"].startswith("application/json")


def test_article_twin_holds_what_the_page_marks(client, ids):
    aid = ids["01-kremlin-denies-attack-plans"]
    page = client.get(f"/articles/{aid}").text
    record = client.get(f"/api/articles/{aid}").json()
    marked = set(re.findall(r'data-quote="(Q\d+)"', page))
    assert marked == {q["id"] for q in record["quotes"]}
    listed = set(re.findall(r'data-ref="event" data-id="(E\d+)"', page))
    assert listed == {e["id"] for e in record["events"]}
