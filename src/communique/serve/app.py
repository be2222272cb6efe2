"""The web app: the JSON API, the explorer pages, and what guards them.

``create_app`` builds one FastAPI application over a store opened read-only
(or none: then only ``POST /api/extract`` and the pages that need no store
work, and store endpoints answer 503 CQ410). The extractor is loaded once per
app, lazily or at start-up (``preload_model``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.types import ASGIApp

from communique import __version__
from communique.serve import apidocs
from communique.serve.api import router as api_router
from communique.serve.errors import install_handlers
from communique.serve.extraction import TIME_LIMIT, ExtractService
from communique.serve.guard import Guard
from communique.serve.responses import SafeJSONResponse
from communique.serve.store import StoreAccess

#: Largest request body (bytes): a long article with room to spare. The
#: extractor analyses at most 300,000 characters and 50,000 tokens of a text
#: anyway (``pipeline.MAX_CHARS``, ``pipeline.MAX_TOKENS``; CQ104, CQ110).
MAX_BODY = 2 * 1024 * 1024

DESCRIPTION = """Who said what to whom, over HTTP: analyse an article, or browse a store of
analysed articles (quotes, PLOVER events, actors, dyads). See docs/api.md."""


def create_app(
    db_path: Path | None,
    *,
    max_body: int = MAX_BODY,
    allowed_hosts: Iterable[str] | None = None,
    preload_model: bool = False,
    model: str | None = None,
    actors_file: Path | None = None,
    max_pending: int = 64,
    time_limit: float = TIME_LIMIT,
) -> FastAPI:
    """The app over the store at ``db_path`` (a DuckDB file or Parquet folder), or none.

    Opening the store happens here, so a bad path fails before the server
    starts (:class:`~communique.errors.CommuniqueError` CQ304/CQ305).
    ``allowed_hosts`` limits the ``Host`` header served (None: any);
    ``max_pending`` bounds the extraction queue; ``time_limit`` is the
    seconds an extraction may take (504 past it). ``preload_model`` starts
    the extraction workers with the app instead of at the first request.
    """
    store = StoreAccess(Path(db_path)) if db_path is not None else None
    extractor = ExtractService(
        model=model,
        actors_file=str(actors_file) if actors_file else None,
        max_pending=max_pending,
        time_limit=time_limit,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if preload_model:
            extractor.preload()
        try:
            yield
        finally:
            extractor.close()
            if store is not None:
                store.close()

    app = _GuardedApp(
        title="communique",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's pages load Swagger UI / ReDoc from a CDN
        redoc_url=None,
        default_response_class=SafeJSONResponse,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.extractor = extractor
    install_handlers(app)
    app.include_router(api_router)
    apidocs.install(app)
    _include_pages(app)
    app.state.guard = {"max_body": max_body, "allowed_hosts": allowed_hosts}
    return app


class _GuardedApp(FastAPI):
    """FastAPI with the :class:`Guard` outermost, around Starlette's own error middleware.

    Added as an ordinary middleware the guard sat inside that layer, so the
    500 answer it makes for an unexpected error went out without the security
    headers. Outermost, every answer passes through the guard.
    """

    def build_middleware_stack(self) -> ASGIApp:
        return Guard(super().build_middleware_stack(), **self.state.guard)


def _include_pages(app: FastAPI) -> None:
    """The explorer's HTML pages and assets (module ``communique.serve.pages``).

    Added after the API routes; pages get the same guard: the CSP allows
    scripts and styles from this server only.
    """
    from communique.serve.pages import add_pages

    add_pages(app)
