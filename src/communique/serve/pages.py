"""The explorer's HTML pages: overview, articles, article, actor, dyad, search and map.

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

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import duckdb
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from communique.events.ontology import EVENT_TYPES, QUAD_CLASSES
from communique.query.dyads import SeriesTooLong
from communique.query.filters import Filters
from communique.query.lookup import AmbiguousArticle
from communique.serve import page_data as data
from communique.serve.article_view import article_view
from communique.serve.params import MAX_OFFSET
from communique.write.events import MODALITIES

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

#: Rows per page of a list, and the other sizes a list offers (``per_page``).
PAGE_SIZE = 50
PAGE_SIZES = (10, 25, 50, 100)

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


def _filters(params: Any) -> Filters:
    """Filters from a query string; the form names match the CLI options (``q`` is --text)."""
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
        text=params.get("q"),
    )


#: The query-string names of the list pages' form.
FORM_KEYS = (
    "q", "actor", "recipient", "type", "modality", "since", "until", "source", "what", "dedup",
)  # fmt: skip


def _form_values(request: Request) -> dict[str, str]:
    return {k: request.query_params.get(k, "") for k in FORM_KEYS}


def highlight(text: str | None, query: str | None) -> Markup:
    """``text`` escaped, with the words searched for marked (``<mark class="hit">``)."""
    from communique.query.search import segments

    parts = [
        Markup('<mark class="hit">{}</mark>').format(s.text) if s.hit else escape(s.text)
        for s in segments(text or "", query)
    ]
    return Markup("").join(parts)


templates.env.filters["highlight"] = highlight


def download_links(what: str, **params: Any) -> list[tuple[str, str]]:
    """(format, address) of each download of list ``what`` under these filters."""
    from communique.serve.downloads import FORMATS

    return [(fmt, f"/download/{what}.{fmt}?" + _query(**params)) for fmt in FORMATS[what]]


templates.env.globals["download_links"] = download_links


def _page_number(request: Request) -> int:
    """The page asked for, 1 when it is no number; pages past any store show as empty."""
    try:
        page = int(request.query_params.get("page", "1"))
    except ValueError:
        return 1
    return min(max(1, page), MAX_OFFSET // PAGE_SIZE)


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
    if not key:  # "/actors/" or blanks: no actor, not every actor
        return _problem(request, 404, "No such actor", "Give an actor's code or name.")
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
        try:
            freq, timeline = data.actor_timeline(con, key, freq)
        except SeriesTooLong as exc:
            return _problem(request, 400, "Too many periods", str(exc))
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


#: The lists a search shows, in tab order.
LISTS = ("articles", "events", "quotes", "actors")


def list_filters(what: str, f: Filters) -> Filters:
    """The filters a list applies: for actors, ``q`` is a name to look for.

    Shared by the pages and their downloads, so a file holds what the page lists.
    """
    if what == "actors":
        return replace(f, actor=f.actor or f.text, text=None)
    return f


def _count(con: duckdb.DuckDBPyConnection, what: str, f: Filters) -> int:
    from communique.query.browse import list_actors
    from communique.query.search import count_articles

    f = list_filters(what, f)
    if what == "articles":
        return count_articles(con, f)
    if what == "quotes":
        return data.quotes(con, f, limit=0)[1]
    if what == "actors":
        return list_actors(con, f, limit=1).total
    return data.events(con, f, limit=0)[1]


def _list_rows(
    con: duckdb.DuckDBPyConnection, what: str, f: Filters, offset: int, size: int
) -> tuple[list[dict[str, Any]], int]:
    from communique.query.browse import list_actors
    from communique.query.search import rank_articles

    f = list_filters(what, f)
    if what == "articles":
        listed = rank_articles(con, f, limit=size, offset=offset)
        return listed.items, listed.total
    if what == "actors":
        listed = list_actors(con, f, limit=size, offset=offset)
        return listed.items, listed.total
    if what == "quotes":
        return data.quotes(con, f, limit=size, offset=offset)
    return data.events(con, f, limit=size, offset=offset)


def _page_size(request: Request) -> int:
    try:
        size = int(request.query_params.get("per_page", PAGE_SIZE))
    except ValueError:
        return PAGE_SIZE
    return size if size in PAGE_SIZES else PAGE_SIZE


def _list_page(request: Request, *, action: str, fixed: str | None = None) -> Response:
    """A list of articles, events, quotes or actors with the filters, tabs, paging, downloads."""
    form = _form_values(request)
    asked = fixed or form["what"]
    what = asked if asked in LISTS else ("articles" if form["q"].strip() else "events")
    form["what"] = what
    page = _page_number(request)
    size = _page_size(request)
    if size != PAGE_SIZE:
        form["per_page"] = str(size)  # kept by the tabs and the pager
    offset = (page - 1) * size
    kept = {k: v for k, v in form.items() if k not in ("what", "per_page")}
    api = "events" if what == "events" else what
    context: dict[str, Any] = {
        "form": form,
        "what": what,
        "action": action,
        "fixed": fixed,
        "page": page,
        "error": None,
        "rows": [],
        "total": 0,
        "counts": {},
        "downloads": [],
        "twin": f"/api/{api}?" + _query(**_api_params(kept), offset=offset or None),
    }
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        try:
            f = _filters(request.query_params)
        except ValueError as exc:
            context["error"] = str(exc)
            return _page(request, "search.html", context, status=400)
        rows, total = _list_rows(con, what, f, offset, size)
        if not fixed:
            context["counts"] = {w: total if w == what else _count(con, w, f) for w in LISTS}
    from communique.serve.downloads import FORMATS

    context.update(
        rows=rows,
        total=total,
        pages=max(1, -(-total // size)),
        first=offset + 1 if rows else 0,
        last=offset + len(rows),
        today=date.today(),
        downloads=[(fmt, f"/download/{what}.{fmt}?" + _query(**kept)) for fmt in FORMATS[what]],
    )
    return _page(request, "search.html", context)


def _api_params(form: dict[str, str]) -> dict[str, str]:
    """The page's form values under the JSON API's names."""
    return {k: v for k, v in form.items() if k in ("q", "actor", "recipient", "type",
            "modality", "since", "until", "source", "dedup")}  # fmt: skip


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> Response:
    return _list_page(request, action="/search")


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> Response:
    return _list_page(request, action="/articles", fixed="articles")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> Response:
    """Where events happened: circles over the bundled country outlines, and a table."""
    from communique.serve.world_map import HEIGHT, WIDTH, markers, places

    form = _form_values(request)
    context: dict[str, Any] = {"form": form, "error": None, "places": [], "width": WIDTH,
                               "height": HEIGHT}  # fmt: skip
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        try:
            f = _filters(request.query_params)
        except ValueError as exc:
            context["error"] = str(exc)
            return _page(request, "map.html", context, status=400)
        context["places"] = markers(places(con, f))
        context["unlocated"] = data.events(con, data.asserted_unless_asked(f), limit=0)[1] - sum(
            p["events"] for p in context["places"]
        )
    return _page(request, "map.html", context)


@router.get("/download/{name}")
def download(request: Request, name: str) -> Response:
    """Every row of a list's current filter as a file (see :mod:`communique.serve.downloads`)."""
    from starlette.background import BackgroundTask

    from communique.serve.downloads import MEDIA_TYPES, split_name, write_download

    chosen = split_name(name)
    if chosen is None:
        return _problem(request, 404, "No such download", f"Nothing is offered as {name!r}.")
    what, fmt = chosen
    with _store(request) as con:
        if con is None:
            return _no_store(request)
        try:
            f = list_filters(what, _filters(request.query_params))
        except ValueError as exc:
            return _problem(request, 400, "Bad filter", str(exc))
        path, _ = write_download(con, what, fmt, f)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[fmt],
        filename=f"communique-{what}.{fmt}",
        background=BackgroundTask(os.unlink, path),
    )
