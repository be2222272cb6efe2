"""The explorer's lists as a person uses them in Chromium: search by words, the article
list with paging and filters, downloads of every list, the map, the actor page's width."""

from __future__ import annotations

import csv
import io
import json
import re

import pyarrow.parquet as pq
import pytest
from browsing import assert_clean
from playwright.sync_api import Page, expect

from communique.store import open_store


def _count(sample_store, sql: str, params: list | None = None) -> int:
    con = open_store(sample_store)
    try:
        return con.execute(sql, params or []).fetchall()[0][0]
    finally:
        con.close()


def test_search_by_words_lists_ranked_articles_then_events_quotes_actors(page: Page, live_server):
    page.goto(live_server.url + "/")
    page.get_by_label("Words").fill("Kuleba")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/search\?q=Kuleba"))
    expect(page.locator(".tab.current")).to_contain_text("articles")
    first = page.locator("ul.article-list li").first
    expect(first.locator("mark.hit").first).to_have_text(re.compile("Kuleba", re.I))
    counts = {
        el.get_attribute("data-list"): int(el.locator(".count").inner_text())
        for el in page.locator(".tabs .tab").all()
    }
    assert counts["articles"] >= 2 and counts["quotes"] >= 1 and counts["actors"] >= 1
    page.locator('.tab[data-list="quotes"]').click()
    expect(page.locator("#result-count")).to_contain_text(f"of {counts['quotes']} quotes")
    expect(page.locator("ul.quotes-list mark.hit").first).to_have_text(re.compile("Kuleba", re.I))
    page.locator('.tab[data-list="actors"]').click()
    expect(page.locator("table.actors tbody tr").first).to_contain_text("Kuleba")
    page.locator('.tab[data-list="events"]').click()
    expect(page.locator("table.events td.evidence mark.hit").first).to_have_text(
        re.compile("Kuleba", re.I)
    )
    assert_clean(page)


def test_articles_list_pages_and_filters(page: Page, live_server, sample_store):
    total = _count(sample_store, "SELECT count(*) FROM articles")
    assert 10 < total <= 20  # two pages of ten
    page.goto(live_server.url + "/articles?per_page=10")
    expect(page.locator("#result-count")).to_contain_text(f"1–10 of {total} articles")
    seen = [a.get_attribute("href") for a in page.locator("ul.article-list a.title").all()]
    page.get_by_role("link", name="next →").click()
    expect(page.locator("#result-count")).to_contain_text(f"11–{total} of {total}")
    seen += [a.get_attribute("href") for a in page.locator("ul.article-list a.title").all()]
    assert len(set(seen)) == total  # every article once across the pages
    # Filters narrow the list: words, and a publication date.
    expected = _count(
        sample_store,
        "SELECT count(*) FROM articles WHERE published >= DATE '2022-06-01' "
        "AND regexp_matches(concat_ws(' ', title, text), '(?i)\\bkyiv\\b')",
    )
    assert 0 < expected < total
    page.goto(live_server.url + "/articles")
    page.get_by_label("Words").fill("Kyiv")
    page.get_by_label("From").fill("2022-06-01")
    page.locator("form.filters button[type=submit]").click()
    expect(page.locator("#result-count")).to_contain_text(f"of {expected} articles")
    assert page.locator("ul.article-list li").count() == expected
    for day in page.locator("ul.article-list .meta").all():
        assert day.inner_text()[:10] >= "2022-06-01"
    assert_clean(page)


@pytest.mark.parametrize(
    "path, what",
    [
        ("/search?what=events&actor=RUS&type=ASSAULT", "events"),
        ("/search?what=quotes&q=Kuleba", "quotes"),
        ("/articles?q=Kyiv", "articles"),
        ("/search?what=actors&q=Scholz", "actors"),
    ],
)
def test_every_list_downloads_its_whole_filter(page: Page, live_server, path, what):
    page.goto(live_server.url + path + "&per_page=10")
    total = int(re.search(r"of (\d+)", page.locator("#result-count").inner_text()).group(1))
    buttons = page.locator("a.download")
    formats = [b.get_attribute("data-format") for b in buttons.all()]
    plover = "plover.jsonl" if what in ("events", "articles") else "jsonl"
    assert formats == ["csv", "parquet", plover]
    got = {}
    for fmt in formats:
        with page.expect_download() as caught:
            page.locator(f'a.download[data-format="{fmt}"]').click()
        download = caught.value
        assert download.suggested_filename == f"communique-{what}.{fmt}"
        got[fmt] = download.path().read_bytes()
    rows = list(csv.DictReader(io.StringIO(got["csv"].decode("utf-8"))))
    assert len(rows) == total  # every row of the filter, not only the page on screen
    assert pq.read_table(io.BytesIO(got["parquet"])).num_rows == total
    lines = [json.loads(line) for line in got[formats[2]].decode("utf-8").splitlines()]
    if what == "events":
        assert len(lines) == total and {e["event"][0] for e in lines} == {"ASSAULT"}
    elif what == "articles":
        assert lines and all("event" in e for e in lines)  # the PLOVER events of those articles
    else:
        assert len(lines) == total
    assert_clean(page)


def test_map_draws_each_place_from_bundled_outlines(page: Page, live_server, sample_store):
    placed = _count(
        sample_store,
        "SELECT count(*) FROM (SELECT DISTINCT location_country, round(latitude, 3), "
        "round(longitude, 3) FROM events WHERE latitude IS NOT NULL AND modality = 'asserted')",
    )
    page.goto(live_server.url + "/map")
    svg = page.locator("#world-map")
    expect(svg).to_have_attribute("data-places", str(placed))
    assert svg.locator("circle").count() == placed
    # The outlines come from this server: the image loaded, nothing from elsewhere.
    loaded = page.evaluate(
        "performance.getEntriesByType('resource').map(e => e.name)"
        ".filter(n => n.includes('world-110m.svg'))"
    )
    assert loaded and all(n.startswith(live_server.url) for n in loaded)
    kyiv = svg.locator('circle[data-place="Kyiv"]')
    expect(kyiv.locator("title")).to_contain_text("Kyiv (UKR)")
    box = kyiv.bounding_box()
    map_box = svg.bounding_box()
    # Kyiv (30.5 E, 50.5 N) sits where a plate carrée map puts it.
    assert abs((box["x"] + box["width"] / 2 - map_box["x"]) / map_box["width"] - 0.585) < 0.01
    assert abs((box["y"] + box["height"] / 2 - map_box["y"]) / map_box["height"] - 0.219) < 0.01
    kyiv.click()
    expect(page).to_have_url(re.compile(r"/search\?.*q=Kyiv"))
    expect(page.locator(".tab.current")).to_contain_text("events")
    assert_clean(page)


@pytest.mark.parametrize("width", [1024, 1280, 1400, 1920])
def test_actor_page_fits_every_desktop_width(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(live_server.url + "/actors/RUS")
        expect(page.locator("#did table.events tbody tr").first).to_be_visible()
        overflowing = page.evaluate(
            """() => Array.from(document.querySelectorAll('.panel'))
                 .filter(p => p.scrollWidth > p.clientWidth + 1)
                 .map(p => (p.querySelector('h1, h2') || p).textContent.trim())"""
        )
        assert overflowing == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # Every evidence cell lies inside its panel: nothing cut off at the right.
        cut = page.evaluate(
            """() => Array.from(document.querySelectorAll('.panel td.evidence')).filter(td => {
                 const panel = td.closest('.panel').getBoundingClientRect();
                 return td.getBoundingClientRect().right > panel.right + 1;
               }).length"""
        )
        assert cut == 0
    finally:
        context.close()


@pytest.mark.parametrize(
    "path, section",
    [
        ("/actors/RUS", "#did"),
        ("/actors/RUS", "#received"),
        ("/actors/RUS", "#said"),
        ("/dyads?actor=RUS&recipient=UKR", "#pair-events"),
    ],
)
def test_actor_and_dyad_lists_download_all_their_rows(page: Page, live_server, path, section):
    page.goto(live_server.url + path)
    panel = page.locator(section)
    total = int(panel.locator("h2 .count").first.inner_text())
    assert total > 0
    with page.expect_download() as caught:
        panel.locator('a.download[data-format="csv"]').click()
    rows = list(csv.DictReader(io.StringIO(caught.value.path().read_text(encoding="utf-8"))))
    assert len(rows) == total
    assert_clean(page)
