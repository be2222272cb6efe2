"""Script injection: article text and metadata full of markup never run in the explorer.

The store holds the sample corpus's story quoting ``<script>``, ``onerror=``,
``javascript:`` and ``onmouseover=`` as text, plus a record whose title,
source, URL and quotation are hostile markup. Every page that shows them is
opened in Chromium with ``window.alert``/``confirm``/``prompt`` and the
``window.__xss`` marker watched: nothing may execute, and the markup must be
visible to the reader as the text it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from browsing import LiveServer, assert_clean
from playwright.sync_api import Page, expect

from communique.corpus.work import Task, analyse_batch
from communique.schema import Document
from communique.store import Origin, open_store
from communique.store.db import insert_rows

HOSTILE_TITLE = '<script>window.__xss = "title"</script><img src=x onerror="window.__xss=1">'
HOSTILE_SOURCE = '<b onmouseover="window.__xss=2">Evil Wire</b>'
HOSTILE_URL = "javascript:window.__xss=3"
HOSTILE_TEXT = (
    "KYIV, Jan. 20, 2023 (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba accused Russia "
    "of hacking a ministry website on Friday. "
    '"They wrote <svg onload="window.__xss=4"> and <a href="javascript:window.__xss=5">click</a> '
    'on our front page," Kuleba said. Kremlin spokesman Dmitry Peskov denied that Russia '
    "had attacked the site. '</span></mark><script>window.__xss=6</script>' was also found, "
    "the ministry said."
)

#: Pages that only appear when a script ran.
MARKERS_JS = """() => ({
    xss: window.__xss === undefined ? null : String(window.__xss),
    inlineScripts: document.querySelectorAll("script:not([src])").length,
    injected: document.querySelectorAll("#article-text img, #article-text svg, "
        + "#article-text script, main a[href^='javascript:'], main [onerror], "
        + "main [onmouseover], main [onload]").length,
})"""


@pytest.fixture(scope="module")
def hostile_store(sample_corpus: Path, tmp_path_factory) -> Path:
    """A store with the corpus's hostile-markup story and a record hostile everywhere."""
    story = next(sample_corpus.glob("*hostile-markup*.txt"))
    docs = [
        (Document(id="hostile-markup", text=story.read_text("utf-8")), str(story)),
        (
            Document(
                id="hostile-metadata",
                text=HOSTILE_TEXT,
                title=HOSTILE_TITLE,
                date="2023-01-20",
                url=HOSTILE_URL,
                source=HOSTILE_SOURCE,
            ),
            "hostile.jsonl:1",
        ),
    ]
    tasks = [
        Task(d, Origin(o, doc_id=d.id, title=d.title, url=d.url, source=d.source)) for d, o in docs
    ]
    path = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    con = open_store(path, read_only=False)
    try:
        for result in analyse_batch(tasks):
            insert_rows(con, result.rows)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def hostile_server(hostile_store: Path) -> Iterator[LiveServer]:
    with LiveServer(hostile_store) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_ids(hostile_store: Path) -> dict[str, str]:
    con = open_store(hostile_store)
    try:
        return dict(con.execute("SELECT doc_id, article_id FROM articles").fetchall())
    finally:
        con.close()


def _arm(page: Page) -> None:
    """Make alert/confirm/prompt leave a trace even if a dialog were suppressed."""
    page.add_init_script(
        "for (const name of ['alert', 'confirm', 'prompt']) {"
        "  window[name] = (...args) => { window.__xss = name + ':' + args.join(' '); }; }"
    )


def _assert_nothing_ran(page: Page) -> None:
    # Move the mouse over everything that could carry an onmouseover.
    for el in page.locator("main a, main .quote, main .mention, main td").all()[:80]:
        if el.is_visible():
            el.hover()
    found = page.evaluate(MARKERS_JS)
    assert found == {"xss": None, "inlineScripts": 0, "injected": 0}, found
    assert_clean(page)


def test_hostile_story_text_shows_as_text_and_runs_nothing(page: Page, hostile_server, hostile_ids):
    _arm(page)
    page.goto(f"{hostile_server.url}/articles/{hostile_ids['hostile-markup']}")
    text = page.locator("#article-text")
    for shown in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "javascript:alert(3)",
        '" onmouseover="alert(4)',
    ):
        expect(text).to_contain_text(shown)
    # The quotation holding the markup is found and listed like any other.
    expect(page.locator(".quote-item", has_text="<script>alert(1)</script>")).to_have_count(1)
    page.locator(".quote-item", has_text="<script>alert(1)</script>").click()
    _assert_nothing_ran(page)


def test_hostile_metadata_is_escaped_on_every_page(page: Page, hostile_server, hostile_ids):
    _arm(page)
    aid = hostile_ids["hostile-metadata"]
    page.goto(f"{hostile_server.url}/articles/{aid}")
    expect(page.get_by_role("heading", level=1)).to_have_text(HOSTILE_TITLE)
    expect(page.locator(".article-head .meta")).to_contain_text(HOSTILE_SOURCE)
    # A javascript: URL is shown as text, never as a link.
    expect(page.locator(".article-head .meta")).to_contain_text(HOSTILE_URL)
    expect(page.locator("#article-text")).to_contain_text("<svg onload=")
    expect(page.locator("#article-text")).to_contain_text("</span></mark><script>")
    for item in page.locator(".side .item").all():
        item.click()
    _assert_nothing_ran(page)

    for path in (
        "/",
        "/search?actor=UKR",
        "/search?what=quotes&actor=Kuleba",
        "/actors/UKR",
        "/actors/" + quote("Dmytro Kuleba"),
        "/dyads?actor=UKR&recipient=RUS",
    ):
        page.goto(hostile_server.url + path)
        page.wait_for_load_state("networkidle")
        _assert_nothing_ran(page)
    page.goto(hostile_server.url + "/")
    expect(page.locator("#recent")).to_contain_text(HOSTILE_TITLE)
