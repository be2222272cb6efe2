"""Helpers for the browser tests: the live server, and watching a page for problems."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def explorer_app(db: Path):
    """The app ``communique serve`` runs: API, pages and static files."""
    from communique.serve.app import create_app

    return create_app(db)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread, on 127.0.0.1 and a free port, stopped on exit."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            explorer_app(db), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the explorer did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


@dataclass
class Watch:
    """What went wrong while a page was open, as a person with devtools would see it."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *(f"console error: {m}" for m in self.console_errors),
            *(f"uncaught: {m}" for m in self.page_errors),
            *(f"request failed: {m}" for m in self.failed_requests),
            *(f"HTTP error: {m}" for m in self.bad_responses),
            *(f"dialog opened: {m}" for m in self.dialogs),
        ]


def watch(page: Page) -> Watch:
    """Record every console error, exception, failed request, HTTP error and dialog."""
    w = Watch()
    page.on("console", lambda m: w.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: w.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: w.failed_requests.append(f"{r.url} {r.failure}"))
    page.on(
        "response",
        lambda r: w.bad_responses.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )

    def on_dialog(dialog) -> None:
        w.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return w


def assert_clean(page: Page) -> None:
    """No console errors, failed requests, HTTP errors or dialogs on this page so far."""
    problems = page.watch.problems()  # type: ignore[attr-defined]
    assert not problems, "\n".join(problems)
