"""Real headless Chromium against the explorer served by uvicorn on a loopback port.

The app is the one ``communique serve`` runs (``create_app``) over a store of
the bundled sample corpus. Each test gets a fresh page whose console errors,
uncaught exceptions, failed requests, HTTP errors and dialogs are recorded;
:func:`assert_clean` fails a test that produced any.

Chromium is Debian's (``/usr/bin/chromium``), driven by Playwright for Python;
``playwright install`` is never run. Without that binary the tests are skipped
with the reason (CI installs it in ``.ci/run``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )

from browsing import CHROMIUM_ARGS, LiveServer, watch  # noqa: E402
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402


@pytest.fixture(scope="session")
def live_server(sample_store: Path) -> Iterator[LiveServer]:
    with LiveServer(sample_store) as server:
        yield server


# Module scope, not session: while Playwright's sync API is open it keeps an
# event loop running in this thread, and later tests that call asyncio.run()
# (the API's) would fail. Each browser module opens and closes its own.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.watch = watch(p)  # type: ignore[attr-defined]
    yield p
    context.close()
