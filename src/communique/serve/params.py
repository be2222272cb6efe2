"""Query parameters shared by the store endpoints: filters, paging, strictness.

The filters are the CLI's (:class:`communique.query.filters.Filters`), under
the same names: ``--actor RUS --type THREATEN,COERCE`` is
``?actor=RUS&type=THREATEN,COERCE`` (lists also as repeated parameters). A
misspelt parameter is an error, not a silently ignored filter: a user who
typed ``?actr=RUS`` would otherwise read the whole store as the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query, Request

from communique.query.filters import Filters
from communique.serve.errors import ApiError

#: Largest page a list endpoint returns; more is a paging or export job.
MAX_LIMIT = 1000
DEFAULT_LIMIT = 50
#: Largest offset a list takes: far past any store, and well inside the 64-bit
#: integer DuckDB's OFFSET needs (a larger number was a 500 instead of a 400).
MAX_OFFSET = 10**12


def _joined(values: list[str] | None) -> list[str]:
    return [v for item in values or [] for v in item.split(",") if v.strip()]


def build_filters(**values: Any) -> Filters:
    """``Filters.build`` with its ValueError turned into a 400 the client can read."""
    try:
        return Filters.build(**values)
    except ValueError as exc:
        raise ApiError(400, "CQ401", name="filter", error=str(exc)) from None


def filters(
    actor: Annotated[
        str | None,
        Query(description="Actor code (RUS, IGO) or part of a name (Blinken), case-insensitive."),
    ] = None,
    recipient: Annotated[str | None, Query(description="Recipient code or part of a name.")] = None,
    type: Annotated[
        list[str] | None, Query(description="PLOVER event types: THREATEN,COERCE or repeated.")
    ] = None,
    modality: Annotated[
        list[str] | None, Query(description="Event modalities: asserted,negated or repeated.")
    ] = None,
    since: Annotated[
        str | None, Query(description="From this date (YYYY-MM-DD, YYYY-MM, YYYY).")
    ] = None,
    until: Annotated[str | None, Query(description="Up to this date, inclusive.")] = None,
    source: Annotated[str | None, Query(description="Part of the source name or URL.")] = None,
    article: Annotated[
        str | None, Query(description="One article: its key or the id it was read with.")
    ] = None,
    quad_class: Annotated[list[str] | None, Query(description="Quad classes 1-4.")] = None,
    dedup: Annotated[
        bool, Query(description="Leave out near-duplicate copies of stories already stored.")
    ] = False,
    q: Annotated[
        str | None,
        Query(
            description='Words (or "a phrase") that must all appear as whole words: in an '
            "event's sentence, a quotation or its speaker, an article's title or text."
        ),
    ] = None,
) -> Filters:
    """The store filters, from query parameters."""
    return build_filters(
        text=q,
        actor=actor,
        recipient=recipient,
        types=_joined(type),
        modalities=_joined(modality),
        since=since,
        until=until,
        source=source,
        article=article,
        quad_classes=_joined(quad_class),
        dedup=dedup,
    )


@dataclass(slots=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> Paging:
    """``limit`` and ``offset``; every list answer also says its ``total``."""
    return Paging(limit, offset)


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in getattr(dependant, "query_params", [])}
    for sub in getattr(dependant, "dependencies", []):
        names |= _query_names(sub)
    return names


def reject_unknown(request: Request) -> None:
    """Refuse query parameters the matched endpoint does not take (400, CQ402)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    # Worked out once per route and kept on it (routes live as long as their app).
    known: frozenset[str] | None = getattr(route, "_communique_query_names", None)
    if known is None:
        known = frozenset(_query_names(dependant))
        route._communique_query_names = known  # type: ignore[union-attr]
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(
            400,
            "CQ402",
            names=", ".join(unknown),
            known=", ".join(sorted(known)) or "no parameters",
        )
