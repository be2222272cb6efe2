"""The explorer as a person sees it in Chromium: every page of the sample corpus.

Each test opens a page, checks what is on screen (highlighted quotes in the
speaker's colour, event badges, a drawn chart, a network with nodes, the
evidence lit when a side-list item is clicked) and that the page logged no
console error and had no failed request.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from browsing import assert_clean
from playwright.sync_api import Page, expect

from communique.store import open_store


@pytest.fixture(scope="module")
def articles(sample_store) -> dict[str, str]:
    """doc id → article id for every stored article."""
    con = open_store(sample_store)
    try:
        return dict(con.execute("SELECT doc_id, article_id FROM articles").fetchall())
    finally:
        con.close()


def _canvas_has_ink(page: Page, selector: str) -> bool:
    """Whether a canvas has any non-transparent pixel: the chart was drawn."""
    return page.eval_on_selector(
        selector,
        """canvas => {
            const ctx = canvas.getContext("2d");
            const {data} = ctx.getImageData(0, 0, canvas.width, canvas.height);
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
            return false;
        }""",
    )


def test_overview_draws_the_network_and_lists(page: Page, live_server):
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Who did what to whom")).to_be_visible()
    network = page.locator("#network")
    expect(network).to_have_attribute("data-nodes", re.compile(r"^[1-9]\d*$"))
    nodes = page.evaluate("window.__explorer.network.nodes().map(n => n.id())")
    assert {"RUS", "UKR"} <= set(nodes)
    # Cytoscape drew on its canvases inside the container.
    assert network.locator("canvas").count() > 0
    expect(page.locator("#top-actors")).to_contain_text("Russia")
    expect(page.locator("#recent li").first).to_be_visible()
    assert_clean(page)


def test_overview_form_searches(page: Page, live_server):
    page.goto(live_server.url + "/")
    page.locator("form.filters select[name=type]").select_option("ASSAULT")
    page.locator("form.filters select[name=modality]").select_option("negated")
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(r"/search\?"))
    expect(page.locator("#result-count")).to_contain_text("events")
    badges = page.locator("table.events .badge").all_inner_texts()
    assert badges and set(badges) == {"ASSAULT · negated"}
    assert_clean(page)


def test_article_highlights_quotes_in_the_speakers_colour(page: Page, live_server, articles):
    page.goto(f"{live_server.url}/articles/{articles['01-kremlin-denies-attack-plans']}")
    text = page.locator("#article-text")
    expect(text).to_contain_text("no intention of attacking")
    # A quote by Peskov is tinted with the colour of his chip in the legend.
    item = page.locator(".quote-item", has_text="Dmitry Peskov").first
    colour_class = next(c for c in item.get_attribute("class").split() if c.startswith("spk"))
    quote_id = item.get_attribute("data-id")
    mark = text.locator(f'.quote[data-quote="{quote_id}"]').first
    assert colour_class in mark.get_attribute("class")
    chip = page.locator(f".legend .chip.{colour_class}")
    expect(chip).to_contain_text("Peskov")
    chip_colour = chip.evaluate("el => getComputedStyle(el).backgroundColor")
    shadow = mark.evaluate("el => getComputedStyle(el).boxShadow")
    assert chip_colour.startswith("rgb") and _rgb(chip_colour) == _rgb(shadow)
    # Triggers carry type and modality badges; mentions are underlined.
    expect(text.locator(".badge", has_text="ASSAULT · negated").first).to_be_visible()
    underline = text.locator(".mention").first.evaluate(
        "el => getComputedStyle(el).textDecorationLine"
    )
    assert "underline" in underline
    assert_clean(page)


def _rgb(css: str) -> tuple[int, ...]:
    """The first colour in a computed CSS value as 0-255 red, green, blue.

    Chromium writes plain colours as ``rgb(r, g, b)`` and mixed ones
    (``color-mix``) as ``color(srgb r g b / a)`` with channels from 0 to 1.
    """
    found = re.search(r"rgba?\((\d+),\s*(\d+),\s*(\d+)", css)
    if found:
        return tuple(int(x) for x in found.groups())
    found = re.search(r"color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)", css)
    assert found, css
    return tuple(round(float(x) * 255) for x in found.groups())


def test_clicking_a_side_item_lights_and_scrolls_to_its_evidence(page: Page, live_server, articles):
    page.goto(f"{live_server.url}/articles/{articles['01-kremlin-denies-attack-plans']}")
    event = page.locator(".event-item", has_text="ASSAULT · negated").first
    event_id = event.get_attribute("data-id")
    trigger = page.locator(f'#article-text mark.trigger[data-events~="{event_id}"]').first
    expect(trigger).not_to_have_class(re.compile(r"\blit\b"))
    event.click()
    expect(event).to_have_class(re.compile(r"\bselected\b"))
    expect(trigger).to_have_class(re.compile(r"\blit\b"))
    expect(trigger).to_be_in_viewport()
    sentence = page.locator(f'#article-text .sentence[data-sentence-of~="{event_id}"]').first
    expect(sentence).to_have_class(re.compile(r"\blit\b"))
    # Picking a quote moves the light: the event's evidence goes dark.
    quote_item = page.locator(".quote-item").last
    quote_item.click()
    quote_id = quote_item.get_attribute("data-id")
    expect(page.locator(f'#article-text .quote[data-quote="{quote_id}"]').first).to_have_class(
        re.compile(r"\blit\b")
    )
    expect(trigger).not_to_have_class(re.compile(r"\blit\b"))
    # Hovering lights an item's evidence too.
    other = page.locator(".quote-item").first
    other.hover()
    other_id = other.get_attribute("data-id")
    expect(page.locator(f'#article-text .quote[data-quote="{other_id}"]').first).to_have_class(
        re.compile(r"\blit\b")
    )
    assert_clean(page)


def test_article_link_to_an_item_opens_with_it_selected(page: Page, live_server, articles):
    aid = articles["02-russia-attacks-ukraine"]
    page.goto(f"{live_server.url}/articles/{aid}#E1")
    expect(page.locator("#E1")).to_have_class(re.compile(r"\bselected\b"))
    assert_clean(page)


def test_actor_page_draws_its_timeline_and_said_vs_did(page: Page, live_server):
    page.goto(live_server.url + "/actors/RUS")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Russia")
    canvas = page.locator("#timeline-chart")
    expect(canvas).to_have_attribute("data-drawn", re.compile(r"^[1-9]"))
    assert _canvas_has_ink(page, "#timeline-chart")
    gaps = page.locator("#said-vs-did")
    expect(gaps).to_contain_text("ASSAULT · negated")
    expect(gaps).to_contain_text("ASSAULT · asserted")
    expect(gaps).to_contain_text("no intention of attacking")
    assert_clean(page)


def test_actor_page_by_name(page: Page, live_server):
    page.goto(live_server.url + "/actors/" + quote("Dmitry Peskov"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dmitry Peskov")
    expect(page.locator("ul.quotes-list li").first).to_be_visible()
    assert_clean(page)


def test_dyad_page_draws_the_series_for_the_pair(page: Page, live_server):
    page.goto(live_server.url + "/dyads?actor=RUS&recipient=UKR&freq=month")
    expect(page.get_by_role("heading", level=1)).to_contain_text("RUS → UKR")
    expect(page.locator("#dyad-chart")).to_have_attribute("data-drawn", re.compile(r"^[1-9]"))
    assert _canvas_has_ink(page, "#dyad-chart")
    datasets = page.evaluate(
        "window.__explorer.charts[0].data.datasets"
        ".map(d => [d.label, d.data.reduce((a, b) => a + b, 0)])"
    )
    labels = [label for label, _ in datasets]
    assert labels == [
        "verbal cooperation",
        "material cooperation",
        "verbal conflict",
        "material conflict",
    ]
    assert dict(datasets)["material conflict"] > 0  # Russia's attack on Ukraine
    assert_clean(page)


def test_search_pages_and_twin_links(page: Page, live_server):
    page.goto(live_server.url + "/search?what=quotes&actor=Kuleba")
    expect(page.locator("#result-count")).to_contain_text("quotes")
    expect(page.locator("ul.quotes-list li").first).to_contain_text("Kuleba")
    assert_clean(page)


@pytest.mark.parametrize(
    "path",
    ["/", "/actors", "/actors/UKR", "/dyads", "/dyads?actor=USA&recipient=UKR", "/search"],
)
def test_every_page_loads_without_errors(page: Page, live_server, path):
    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    assert_clean(page)


def test_every_article_page_loads_without_errors(page: Page, live_server, articles):
    for aid in articles.values():
        page.goto(f"{live_server.url}/articles/{aid}")
        expect(page.locator("#article-text")).to_be_visible()
        # Let the page finish (favicon, charts) before leaving it: leaving early aborts
        # its last requests, which would read as failures of the page.
        page.wait_for_load_state("networkidle")
    assert_clean(page)
