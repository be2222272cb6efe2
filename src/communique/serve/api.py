"""The JSON API, mounted at ``/api``: the extractor as a service and the store.

Store endpoints are plain ``def`` functions: FastAPI runs them in its thread
pool, and each takes a cursor of its own (:mod:`communique.serve.store`), so
slow queries never hold up the event loop or each other. The extractor runs
in worker processes (:mod:`communique.serve.extraction`). Every error is JSON
(:mod:`communique.serve.errors`); ``docs/api.md`` lists endpoints and codes.

Store routes return their JSON response themselves: left to FastAPI, a page
of 1,000 events spent three times as long in generic response validation and
encoding as in the query.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from datetime import date as Date
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from communique import __version__
from communique.query.browse import (
    ACTOR_GROUPS,
    ACTOR_SORTS,
    get_article,
    list_actors,
    store_summary,
)
from communique.query.dyads import (
    FREQS,
    MAX_SERIES_ROWS,
    SeriesTooLong,
    dyad_series,
    dyad_totals,
)
from communique.query.events import count_events, query_events
from communique.query.filters import Filters
from communique.query.lookup import AmbiguousArticle, ArticleNotFound, resolve_article
from communique.query.quotes import count_quotes, query_quotes
from communique.query.search import rank_articles
from communique.read.json_value import BadJson, parse_json
from communique.serve.errors import ApiError
from communique.serve.extraction import ExtractRequest, ExtractService
from communique.serve.params import Paging, filters, paging, reject_unknown
from communique.serve.responses import SafeJSONResponse
from communique.serve.store import StoreAccess

router = APIRouter(prefix="/api", dependencies=[Depends(reject_unknown)])

#: Content types read as the article text itself. ``curl -d @story.txt`` sends
#: the form type, with the file as it is (minus line breaks), so it is text too.
TEXT_TYPES = ("", "text/plain", "application/x-www-form-urlencoded")


# -- shared dependencies ------------------------------------------------------


def _store(request: Request) -> StoreAccess:
    store: StoreAccess | None = request.app.state.store
    if store is None:
        raise ApiError(503, "CQ410")
    return store


def cursor(store: Annotated[StoreAccess, Depends(_store)]) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of this request's own, closed when the response is sent."""
    with store.cursor() as cur:
        yield cur


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def article_key(cur: duckdb.DuckDBPyConnection, key: str) -> str:
    """The key of the article ``key`` names (its key, the user's id, or a key prefix);
    404 CQ403 when none does, 409 CQ414 with the candidates when several texts do."""
    try:
        return resolve_article(cur, key)
    except ArticleNotFound:
        raise ApiError(404, "CQ403", what=f"article {key!r}") from None
    except AmbiguousArticle as exc:
        shown = "; ".join(c["article_id"] for c in exc.choices)
        raise ApiError(
            409, "CQ414", key=key, count=len(exc.choices), choices=shown,
            extra={"choices": exc.choices},
        ) from None  # fmt: skip


def resolved_filters(cur: Cursor, f: Annotated[Filters, Depends(filters)]) -> Filters:
    """The request's filters, with ``article`` (any id the user knows) as the article's key."""
    if f.article:
        f.article = article_key(cur, f.article)
    return f


Filtered = Annotated[Filters, Depends(resolved_filters)]
Paged = Annotated[Paging, Depends(paging)]
Newest = Annotated[bool, Query(description="Newest first instead of oldest first.")]


def _bad(name: str, error: str) -> ApiError:
    return ApiError(400, "CQ401", name=name, error=error)


# -- service ------------------------------------------------------------------


@router.get("/health", summary="Is the server up, with a store, and how busy")
def health(request: Request) -> dict[str, Any]:
    store: StoreAccess | None = request.app.state.store
    service: ExtractService = request.app.state.extractor
    return {
        "status": "ok",
        "version": __version__,
        "store": store.path.name if store else None,
        "extract_pending": service.pending,
        "extract": service.status(),
    }


class ExtractBody(BaseModel):
    """A JSON request to ``POST /api/extract``."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str = Field(description="The article text; every span in the record refers to it.")
    id: str = Field("text", description="The record's id.")
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    year: int | None = Field(None, description="Year for datelines that give only month and day.")
    title: str | None = None
    source: str | None = None
    url: str | None = None
    include_text: bool = Field(False, description="Add the text to the record.")


_EXTRACT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "application/json": {"schema": ExtractBody.model_json_schema()},
        },
    }
}


#: Encodings a text body may declare: those of the WHATWG Encoding Standard (what
#: browsers and HTTP clients send), as Python names them. Python knows other
#: codecs that are no charset of a document: ``punycode`` and ``idna`` (domain
#: names, slow on long input), ``unicode_escape`` (makes invalid text),
#: ``utf-7`` (browsers refuse it: it hides markup).
BODY_CHARSETS = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1", "cp866",
        "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
        "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
        "iso-8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
        "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
        "cp1258", "gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr",
    )
)  # fmt: skip


def _text_of(raw: bytes, content_type: str) -> str:
    charset = "utf-8"
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').lower()
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        codec = ""
    if codec not in BODY_CHARSETS:
        raise ApiError(400, "CQ407", error=f"unknown or unsupported charset {charset!r}")
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise ApiError(400, "CQ407", error=f"not valid {charset} ({exc.reason})") from None


def _json_of(raw: bytes) -> ExtractBody:
    try:
        payload = parse_json(raw)
    except BadJson as exc:
        raise ApiError(400, "CQ407", error=f"not valid JSON ({exc})") from None
    if not isinstance(payload, dict):
        raise ApiError(422, "CQ408", error='send a JSON object such as {"text": "..."}')
    try:
        return ExtractBody.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise ApiError(422, "CQ408", error=f"{where}: {first['msg']}") from None


def _checked_year(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= 9999:
        raise _bad("year", f"{value} is not a year (1-9999)")
    return value


def _checked_date(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return Date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise _bad("date", f"{value!r} is not a date (use YYYY-MM-DD)") from None


@router.post(
    "/extract",
    summary="Analyse one article: its communique/1 record",
    openapi_extra=_EXTRACT_BODY,
    response_class=Response,
    responses={200: {"content": {"application/json": {}}, "description": "communique/1 record"}},
)
async def extract(
    request: Request,
    id: Annotated[str | None, Query(description="The record's id (default 'text').")] = None,
    date: Annotated[str | None, Query(description="Publication date, YYYY-MM-DD.")] = None,
    year: Annotated[int | None, Query(description="Year for month-day datelines.")] = None,
    title: Annotated[str | None, Query()] = None,
    source: Annotated[str | None, Query()] = None,
    url: Annotated[str | None, Query()] = None,
    include_text: Annotated[bool, Query(description="Add the text to the record.")] = False,
) -> Response:
    """The body is the article: ``text/plain`` (UTF-8 unless a charset is given),
    or JSON ``{"text": ..., "date": ..., "id": ...}``. Query parameters give the
    metadata for a plain-text body; JSON fields win over them. The answer is
    the record documented in docs/schema.md.
    """
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    raw = await request.body()
    meta = ExtractRequest(
        text="",
        id=id or "text",
        date=date,
        year=year,
        title=title,
        source=source,
        url=url,
        include_text=include_text,
    )
    if media == "application/json" or media.endswith("+json"):
        body = _json_of(raw)
        given = body.model_dump(exclude_unset=True)
        for key, value in given.items():
            setattr(meta, key, value)
    elif media in TEXT_TYPES or media.startswith("text/"):
        meta.text = _text_of(raw, content_type)
    else:
        raise ApiError(415, "CQ409", ctype=media)
    if not meta.text.strip():
        raise ApiError(422, "CQ406")
    meta.date = _checked_date(meta.date)
    meta.year = _checked_year(meta.year)
    service: ExtractService = request.app.state.extractor
    record = await service.extract_json(meta)
    return Response(record, media_type="application/json")


# -- the store ----------------------------------------------------------------


@router.get("/stats", summary="Rows per table and the span of publication dates")
def stats(cur: Cursor) -> SafeJSONResponse:
    return SafeJSONResponse(store_summary(cur))


@router.get("/articles", summary="Articles that match the filters, newest first")
def articles(cur: Cursor, f: Filtered, page: Paged) -> SafeJSONResponse:
    """Without event filters ``actor`` is anyone the article names; with one
    (``recipient``, ``type``, ``modality``, ``quad_class``) the article must hold a
    matching event and ``actor`` is that event's actor. Dates are publication dates.
    With ``q`` the articles come most relevant first (BM25), each with a ``score``
    and the ``snippet`` around its first match.
    """
    listed = rank_articles(cur, f, limit=page.limit, offset=page.offset)
    return SafeJSONResponse(listed.to_dict())


@router.get(
    "/articles/{article_id}",
    summary="One article in full: record, text, sources, near-duplicate links",
)
def article(
    cur: Cursor,
    article_id: Annotated[
        str, Path(description="The article's key, the id it was read with, or a key prefix.")
    ],
) -> SafeJSONResponse:
    found = get_article(cur, article_key(cur, article_id))
    if found is None:
        raise ApiError(404, "CQ403", what=f"article {article_id!r}")
    return SafeJSONResponse(found)


@router.get("/actors", summary="Actors across articles, with counts of quotes and events")
def actors(
    cur: Cursor,
    f: Filtered,
    page: Paged,
    kind: Annotated[
        str | None, Query(description="person, organisation, country or group.")
    ] = None,
    group: Annotated[str, Query(description="One row per 'name' or per 'country' code.")] = "name",
    sort: Annotated[str, Query(description=f"One of {', '.join(ACTOR_SORTS)}.")] = "articles",
) -> SafeJSONResponse:
    if group not in ACTOR_GROUPS:
        raise _bad("group", f"use one of {', '.join(ACTOR_GROUPS)}")
    if sort not in ACTOR_SORTS:
        raise _bad("sort", f"use one of {', '.join(ACTOR_SORTS)}")
    if kind is not None and kind not in ("person", "organisation", "country", "group"):
        raise _bad("kind", "use person, organisation, country or group")
    result = list_actors(
        cur, f, kind=kind, group=group, sort=sort, limit=page.limit, offset=page.offset
    )
    return SafeJSONResponse(result.to_dict())


@router.get("/events", summary="PLOVER events that match the filters, oldest (or newest) first")
def events(cur: Cursor, f: Filtered, page: Paged, newest: Newest = False) -> SafeJSONResponse:
    """Dates are when the event happened if the text says, else the publication
    date. ``actor``/``recipient`` match any participant on that side. Every
    modality is listed (each labelled) unless ``modality`` narrows it.
    """
    items = query_events(cur, f, limit=page.limit, offset=page.offset, newest_first=newest)
    return SafeJSONResponse(_page(items, count_events(cur, f), page))


@router.get("/quotes", summary="Quotations that match the filters, oldest (or newest) first")
def quotes(
    cur: Cursor,
    f: Filtered,
    page: Paged,
    speaker: Annotated[
        str | None, Query(description="Speaker's code or part of a name (as actor).")
    ] = None,
    kind: Annotated[
        list[str] | None, Query(description="direct, mixed, indirect: comma-separated or repeated.")
    ] = None,
    newest: Newest = False,
) -> SafeJSONResponse:
    """``actor`` (or ``speaker``) is who spoke, ``recipient`` who was addressed;
    dates are publication dates. Event-only filters (type, modality, quad class)
    do not apply to quotations.
    """
    kinds = [k for item in kind or [] for k in item.split(",") if k.strip()]
    try:
        total = count_quotes(cur, f, speaker=speaker, kinds=kinds)
        items = query_quotes(
            cur,
            f,
            speaker=speaker,
            kinds=kinds,
            limit=page.limit,
            offset=page.offset,
            newest_first=newest,
        )
    except ValueError as exc:
        raise _bad("kind", str(exc)) from None
    return SafeJSONResponse(_page(items, total, page))


@router.get("/dyads", summary="Events per actor pair and period, by quad class")
def dyads(
    cur: Cursor,
    f: Filtered,
    page: Paged,
    freq: Annotated[
        str,
        Query(description=f"Period: {', '.join(FREQS)}; or 'total' for one row per pair."),
    ] = "month",
    all_modalities: Annotated[
        bool, Query(description="Count every modality, not only asserted events.")
    ] = False,
    fill: Annotated[
        bool, Query(description="Add zero rows for each pair's quiet periods.")
    ] = False,
) -> SafeJSONResponse:
    """One row per (period, actor code, recipient code) with the count of events,
    per quad class (verbal/material cooperation/conflict), and the sum and mean
    of their intensity. Asserted events only unless ``modality`` or
    ``all_modalities`` says otherwise. ``freq=total`` gives the whole range per
    pair, most events first: the weights of an actor network.
    """
    if freq != "total" and freq not in FREQS:
        raise _bad("freq", f"use one of {', '.join(FREQS)} or total")
    if freq == "total":
        rows = dyad_totals(cur, f, all_modalities=all_modalities)
    else:
        try:
            rows = dyad_series(cur, f, freq, all_modalities=all_modalities, fill=fill)
        except SeriesTooLong as exc:
            raise ApiError(400, exc.code, limit=MAX_SERIES_ROWS, **exc.fields) from None
    result = _page(rows[page.offset : page.offset + page.limit], len(rows), page)
    counted = f.modalities or (["all"] if all_modalities else ["asserted"])
    return SafeJSONResponse({"freq": freq, "modalities": counted, **result})


def _page(items: list[dict[str, Any]], total: int, page: Paging) -> dict[str, Any]:
    end = page.offset + len(items)
    return {
        "total": total,
        "limit": page.limit,
        "offset": page.offset,
        "next_offset": end if end < total else None,
        "items": items,
    }
