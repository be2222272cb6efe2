"""Screenshots of the explorer's pages for the docs: docs/img/{overview,article,...,map}.png.

    python scripts/screenshots.py                 # analyse the bundled sample corpus first
    python scripts/screenshots.py --db news.duckdb --out docs/img

Serves the app (``create_app``) with uvicorn on a free loopback port and
photographs each page in headless Chromium (Debian's ``/usr/bin/chromium``,
driven by Playwright). Without ``--db`` the bundled sample corpus is analysed
into a temporary store, so the pictures match what the browser tests see.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from importlib import resources
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

#: name → (path, what to do on the page before the picture, full page?)
SHOTS = {
    "overview": ("/", None, True),
    "article": ("/articles/01-kremlin-denies-attack-plans", "pick", False),
    "actor": ("/actors/RUS", None, False),
    "actor-lists": ("/actors/RUS", "#did", False),
    "dyad": ("/dyads?actor=RUS&recipient=UKR&freq=month", None, True),
    "search": ("/search?what=events&actor=RUS&modality=negated", None, False),
    "search-words": ("/search?q=Kyiv+air+defence", None, False),
    "articles": ("/articles?per_page=10", None, True),
    "map": ("/map", None, True),
}


def sample_store(folder: Path) -> Path:
    """The bundled sample corpus ingested into a DuckDB store, as ``make demo`` does."""
    from communique.corpus.ingest import ingest

    corpus = Path(str(resources.files("communique.samples").joinpath("corpus")))
    path = folder / "samples.duckdb"
    ingest([str(corpus)], path, workers=1)
    return path


def _app(db: Path):
    from communique.serve.app import create_app

    return create_app(db)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def take(db: Path, out: Path, width: int = 1280, height: int = 860) -> list[Path]:
    import uvicorn
    from playwright.sync_api import sync_playwright

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("the explorer did not start")
        time.sleep(0.05)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": width, "height": height})
            for name, (path, action, full) in SHOTS.items():
                page.goto(f"http://127.0.0.1:{port}{path}")
                page.wait_for_load_state("load")
                if action == "pick":
                    # Show the evidence of a denied attack, as a reader clicking it would.
                    page.locator(".event-item", has_text="negated").first.click()
                    page.evaluate("window.scrollTo(0, 0)")
                elif action and action.startswith("#"):
                    # A part further down the page, at the top of the picture.
                    page.locator(action).evaluate("el => el.scrollIntoView()")
                target = out / f"{name}.png"
                page.screenshot(path=str(target), full_page=full)
                written.append(target)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="store to show (default: the sample corpus)")
    parser.add_argument("--out", type=Path, default=Path("docs/img"), help="folder for the PNGs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or sample_store(Path(tmp))
        for path in take(db, args.out):
            print(path)


if __name__ == "__main__":
    main()
