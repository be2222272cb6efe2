"""The explorer's HTML pages: overview, article, actor, dyad and search.

Pages are rendered on the server with Jinja2 (autoescape on), from the same
filters and store the JSON API reads, so every page has a JSON twin under
``/api``. The browser side is one static script (``static/explorer.js``) that
adds hover/click highlighting and draws the charts from data the page carries
in ``data-*`` attributes (JSON, attribute-escaped): the Content-Security-Policy
forbids inline script, and no article text is ever put into the DOM with
``innerHTML``.

:func:`add_pages` wires the router and the static files into an app.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import duckdb
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from communique.events.ontology import EVENT_TYPES, QUAD_CLASSES
from communique.query.filters import Filters
from communique.query.lookup import AmbiguousArticle
from communique.serve import page_data as data
from communique.serve.article_view import article_view
from communique.write.events import MODALITIES

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

#: Rows per page of a list.
PAGE_SIZE = 50

router = APIRouter(include_in_schema=False)
# Autoescape on for every template: article text and metadata are untrusted.
templates = Jinja2Templates(
    env=Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain web address, else None: article metadata is untrusted,
    and a ``javascript:`` link must never become clickable."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _query(**params: Any) -> str:
    """A query string of the non-empty parameters."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "", [], False)})


templates.env.filters["safe_url"] = safe_url
templates.env.filters["code_name"] = data.code_name
templates.env.globals.update(
    EVENT_TYPES=EVENT_TYPES,
    MODALITIES=MODALITIES,
    QUAD_CLASSES=QUAD_CLASSES,
    FREQS=data.FREQS,
    query=_query,
)


def add_pages(app: FastAPI) -> None:
    """Serve the pages and their static files (scripts, styles, vendored chart libraries)."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")


@contextmanager
def _store(request: Request) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """This request's own read-only cursor, or None when the app has no store.

    The app keeps a :class:`StoreAccess`-like object as ``app.state.store``
    (``cursor()`` is a context manager giving a connection of its own).
    """
    store = getattr(request.app.state, "store", None)
    if store is None:
        yield None
        return
    with store.cursor() as cur:
        yield cur


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _problem(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return _page(request, "problem.html", {"title": title, "message": message}, status)


def _no_store(request: Request) -> HTMLResponse:
    return _problem(
        request,
        503,
        "No store",
        "The explorer was started without an event store. Start it with "
        "communique serve --db news.duckdb to browse a corpus.",
    )


def _filters(params: dict[str, Any]) -> Filters:
    """Filters from a query string; the form names match the CLI options."""
    return Filters.build(
        actor=params.get("actor"),
        recipient=params.get("recipient"),
        types=params.get("type"),
        modalities=params.get("modality"),
        since=params.get("since"),
        until=params.get("until"),
        source=params.get("source"),
        quad_classes=params.get("quad_class"),
        dedup=params.get("dedup") in ("1", "true", "on"),
    )


def _form_values(request: Request) -> dict[str, str]:
    keys = ("actor", "recipient", "type", "modality", "since", "until", "source", "what", "dedup")
    return {k: request.query_params.get(k, "") for k in keys}


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> Response:
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        f = Filters()
        net = data.network(con, f)
        context = {
            "totals": data.totals(con),
            "network": net,
            "top_actors": data.top_actors(con, f),
            "top_speakers": data.top_speakers(con, f),
            "recent": data.recent_articles(con, 12),
            "form": _form_values(request),
        }
    return _page(request, "overview.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        try:
            row = data.article(con, article_id)
        except AmbiguousArticle as exc:
            context = {"key": article_id, "choices": exc.choices, "code": exc.code}
            return _page(request, "choose_article.html", context, status=300)
    if row is None:
        return _problem(request, 404, "No such article", f"No article has the id {article_id!r}.")
    if row["article_id"] != article_id:  # found by the id of its input: one address per article
        return RedirectResponse(f"/articles/{row['article_id']}", status_code=307)
    return _page(request, "article.html", {"a": row, "view": article_view(row)})


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> Response:
    key = request.query_params.get("q", "").strip()
    if key:
        return RedirectResponse(f"/actors/{key}", status_code=303)
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        f = Filters()
        context = {
            "top_actors": data.top_actors(con, f, limit=60),
            "top_speakers": data.top_speakers(con, f, limit=60),
        }
    return _page(request, "actors.html", context)


@router.get("/actors/{key:path}", response_class=HTMLResponse)
def actor_page(request: Request, key: str) -> Response:
    key = key.strip()
    freq = request.query_params.get("freq") or None
    if freq and freq not in data.FREQS:
        return _problem(request, 400, "Bad period", f"freq: use one of {', '.join(data.FREQS)}")
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        who = data.actor_identity(con, key)
        done, n_done = data.events(con, Filters(actor=key), limit=PAGE_SIZE)
        received, n_received = data.events(con, Filters(recipient=key), limit=PAGE_SIZE)
        said, n_said = data.quotes(con, Filters(), speaker=key, limit=PAGE_SIZE)
        freq, timeline = data.actor_timeline(con, key, freq)
        gaps = data.said_vs_did(con, who["codes"])
    if not (n_done or n_received or n_said or who["people"]):
        return _problem(request, 404, "No such actor", f"Nothing in the store for {key!r}.")
    chart = _timeline_chart(timeline)
    context = {
        "who": who,
        "done": done,
        "n_done": n_done,
        "received": received,
        "n_received": n_received,
        "said": said,
        "n_said": n_said,
        "freq": freq,
        "timeline": timeline,
        "chart": chart,
        "gaps": gaps,
    }
    return _page(request, "actor.html", context)


def _timeline_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Chart data for an actor: stacked event bars per side and class, quotes as a line."""
    series = [
        ("done_coop", "did: cooperation", "coop", "done"),
        ("done_conflict", "did: conflict", "conflict", "done"),
        ("received_coop", "received: cooperation", "coop-light", "received"),
        ("received_conflict", "received: conflict", "conflict-light", "received"),
    ]
    datasets = [
        {"label": label, "data": [r[key] for r in rows], "tone": tone, "stack": stack}
        for key, label, tone, stack in series
    ]
    datasets.append(
        {"label": "quotes", "data": [r["quotes"] for r in rows], "tone": "quotes", "line": True}
    )
    return {"labels": [r["label"] for r in rows], "datasets": datasets}


@router.get("/dyads", response_class=HTMLResponse)
def dyad_page(request: Request) -> Response:
    form = _form_values(request)
    freq = request.query_params.get("freq") or "month"
    context: dict[str, Any] = {"form": form, "freq": freq, "series": None, "error": None}
    actor, recipient = form["actor"].strip(), form["recipient"].strip()
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        if not (actor and recipient):
            context["pairs"] = data.network(con, Filters(), limit=30)["edges"]
            return _page(request, "dyad.html", context)
        try:
            f = _filters(request.query_params)
            series = data.pair_series(con, f, freq)
            events, n_events = data.events(con, data.asserted_unless_asked(f), limit=PAGE_SIZE)
            reverse = data.pair_series(con, replace(f, actor=f.recipient, recipient=f.actor), freq)
        except ValueError as exc:
            context["error"] = str(exc)
            return _page(request, "dyad.html", context, status=400)
    labels = [s["label"] for s in series]
    context.update(
        series=series,
        chart=_dyad_chart(series),
        reverse_chart=_dyad_chart(reverse) if reverse else None,
        n_reverse=sum(r["events"] for r in reverse),
        labels=labels,
        events=events,
        n_events=n_events,
        actor=actor,
        recipient=recipient,
    )
    return _page(request, "dyad.html", context)


def _dyad_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Stacked bars: events per period in each quad class."""
    return {
        "labels": [r["label"] for r in rows],
        "datasets": [
            {"label": QUAD_CLASSES[q], "data": [r[f"q{q}"] for r in rows], "tone": f"q{q}"}
            for q in (1, 2, 3, 4)
        ],
    }


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> Response:
    form = _form_values(request)
    what = "quotes" if form["what"] == "quotes" else "events"
    page = _page_number(request)
    twin = {k: v for k, v in form.items() if k != "what"}
    offset = (page - 1) * PAGE_SIZE
    context: dict[str, Any] = {
        "form": form,
        "what": what,
        "page": page,
        "error": None,
        "twin": f"/api/{what}?" + _query(**twin, offset=offset or None),
    }
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        try:
            f = _filters(request.query_params)
        except ValueError as exc:
            context.update(error=str(exc), rows=[], total=0)
            return _page(request, "search.html", context, status=400)
        if what == "quotes":
            rows, total = data.quotes(con, f, limit=PAGE_SIZE, offset=offset)
        else:
            rows, total = data.events(con, f, limit=PAGE_SIZE, offset=offset)
    context.update(
        rows=rows,
        total=total,
        pages=max(1, -(-total // PAGE_SIZE)),
        first=offset + 1 if rows else 0,
        last=offset + len(rows),
        today=date.today(),
    )
    return _page(request, "search.html", context)
