"""Browsing the store: lists of articles and actors, and one article in full.

The event and quote queries (and dyads) are the CLI's; these are what a
browser needs besides them: which articles match, everything about one
article, and who appears how often. Every value from a user goes in as a
``?`` parameter; the SQL text is fixed here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

import duckdb

from communique.query.filters import Filters, article_where, escape_like, event_where, is_code

#: Columns of an article in a list (the text and the record are left out).
ARTICLE_LIST_COLUMNS = (
    "article_id",
    "doc_id",
    "title",
    "source",
    "url",
    "published",
    "dateline",
    "agency",
    "chars",
    "n_actors",
    "n_quotes",
    "n_events",
    "warnings",
    "ingested_at",
)

#: Orders an actor list may be sorted by, and the SQL for each.
ACTOR_SORTS = {
    "articles": "articles DESC, mentions DESC, name",
    "mentions": "mentions DESC, articles DESC, name",
    "quotes": "quotes DESC, articles DESC, name",
    "events": "events_as_actor + events_as_recipient DESC, articles DESC, name",
    "name": "name, country",
}

ACTOR_GROUPS = ("name", "country")


@dataclass(slots=True)
class Page:
    """One page of a list and the size of the whole list."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        end = self.offset + len(self.items)
        return {
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": end if end < self.total else None,
            "items": self.items,
        }


def rows_as_dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict]:
    """Run ``sql`` and return its rows as dicts keyed by column name."""
    rows = cur.execute(sql, params).fetchall()
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in rows]


def _like(value: str) -> str:
    return f"%{escape_like(value)}%"


def _has_event_filters(f: Filters) -> bool:
    return bool(f.recipient or f.types or f.modalities or f.quad_classes)


def article_list_where(f: Filters, text: str | None = None) -> tuple[str, list[Any]]:
    """``WHERE`` clause and parameters for ``articles`` (alias ``art``).

    Article filters (source, dedup, article, publication dates) are the
    CLI's :func:`~communique.query.filters.article_where`. With an event
    filter (recipient, type, modality, quad class) an article must also hold
    a matching event, and ``actor`` then means that event's actor; without
    one, ``actor`` is anyone the article names (code or part of a name).
    ``text`` (with ``f.text``) are words the title or text must hold.
    """
    if text:
        f = replace(f, text=" ".join(filter(None, (f.text, text))))
    where, params = article_where(f)
    clauses = [where.removeprefix("WHERE ")] if where else []
    if _has_event_filters(f):
        # Only the event's own conditions: the article-level ones are above.
        only_events = replace(f, since=None, until=None, source=None, article=None, dedup=False)
        clause, p = event_where(only_events)
        clauses.append(f"art.article_id IN (SELECT e.article_id FROM events e {clause})")
        params += p
    elif f.actor:
        who = "x.country = ?" if is_code(f.actor) else "x.name ILIKE ? ESCAPE '\\'"
        clauses.append(f"art.article_id IN (SELECT x.article_id FROM actors x WHERE {who})")
        params.append(f.actor if is_code(f.actor) else _like(f.actor))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_articles(
    cur: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    text: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Matching articles, newest first (undated last), without their text."""
    where, params = article_list_where(f, text)
    total = cur.execute(f"SELECT count(*) FROM articles art {where}", params).fetchall()[0][0]
    columns = ", ".join(f"art.{c}" for c in ARTICLE_LIST_COLUMNS)
    items = rows_as_dicts(
        cur,
        f"SELECT {columns}, d.duplicate_of AS near_duplicate_of FROM articles art "
        f"LEFT JOIN near_duplicates d ON d.article_id = art.article_id {where} "
        "ORDER BY art.published DESC NULLS LAST, art.article_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return Page(items, int(total), limit, offset)


def get_article(cur: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article in full: its communique/1 record with the text, where it came
    from, and its near-duplicate links (the copy it repeats, the copies of it).

    ``None`` when no article has this id.
    """
    found = rows_as_dicts(
        cur,
        "SELECT art.article_id, art.record, art.text, art.communique_version, art.ingested_at, "
        "d.duplicate_of, d.similarity FROM articles art "
        "LEFT JOIN near_duplicates d ON d.article_id = art.article_id WHERE art.article_id = ?",
        [article_id],
    )
    if not found:
        return None
    row = found[0]
    out: dict[str, Any] = {"article_id": row["article_id"]}
    out.update(json.loads(row["record"]) if row["record"] else {})
    out["text"] = row["text"]
    out["sources"] = rows_as_dicts(
        cur,
        "SELECT origin, doc_id, title, url, source, published, added_at FROM sources "
        "WHERE article_id = ? ORDER BY added_at, origin",
        [article_id],
    )
    original = None
    if row["duplicate_of"]:
        linked = rows_as_dicts(
            cur,
            "SELECT article_id, title, source, published FROM articles WHERE article_id = ?",
            [row["duplicate_of"]],
        )
        original = linked[0] if linked else {"article_id": row["duplicate_of"]}
        original["similarity"] = row["similarity"]
    out["near_duplicate_of"] = original
    out["near_duplicates"] = rows_as_dicts(
        cur,
        "SELECT art.article_id, art.title, art.source, art.published, d.similarity "
        "FROM near_duplicates d JOIN articles art ON art.article_id = d.article_id "
        "WHERE d.duplicate_of = ? ORDER BY art.published NULLS LAST, art.article_id",
        [article_id],
    )
    out["communique_version"] = row["communique_version"]
    out["ingested_at"] = row["ingested_at"]
    return out


def _actor_where(f: Filters, kind: str | None, coded: bool) -> tuple[str, list[Any]]:
    where: list[str] = ["x.country IS NOT NULL"] if coded else []
    params: list[Any] = []
    if f.actor:
        where.append("x.country = ?" if is_code(f.actor) else "x.name ILIKE ? ESCAPE '\\'")
        params.append(f.actor if is_code(f.actor) else _like(f.actor))
    if kind:
        where.append("x.kind = ?")
        params.append(kind)
    # Article filters (source, dedup, dates, article) as the CLI means them.
    chosen, p = article_where(f)
    if chosen:
        where.append(f"x.article_id IN (SELECT art.article_id FROM articles art {chosen})")
        params += p
    return ("WHERE " + " AND ".join(where)) if where else "", params


def list_actors(
    cur: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    kind: str | None = None,
    group: str = "name",
    sort: str = "articles",
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Actors across articles with how often they appear, speak and act.

    ``group="name"`` gives one row per name and country (a person, an
    organisation); ``group="country"`` one row per country or non-state code.
    Counts: ``articles`` naming them, ``mentions``, ``quotes`` they are the
    speaker of, events they are an actor (``events_as_actor``) or a recipient
    of, any modality. Filters: ``actor`` (code or part of a name), ``kind``,
    dates (publication), ``source``, ``article``, ``dedup``.
    """
    if group not in ACTOR_GROUPS:
        raise ValueError(f"group: use one of {', '.join(ACTOR_GROUPS)}")
    if sort not in ACTOR_SORTS:
        raise ValueError(f"sort: use one of {', '.join(ACTOR_SORTS)}")
    where, params = _actor_where(f, kind, coded=group == "country")
    if group == "name":
        keys, shown = "c.name, c.country", "c.name AS name, c.country AS country"
        extra = "mode(c.kind) AS kind, mode(c.sector) AS sector"
    else:
        keys, shown = "c.country", "c.country AS name, c.country AS country"
        extra = "NULL AS kind, NULL AS sector"
    chosen = (
        "chosen AS (SELECT x.article_id, x.actor_id, x.name, x.kind, x.country, x.sector, "
        f"x.n_mentions, x.published FROM actors x {where})"
    )
    participants = (
        "{name} AS (SELECT article_id, actor_id, count(*) AS n FROM ("
        "SELECT e.article_id, unnest(list_distinct(list_transform(e.{column}, "
        "lambda p: p.actor_id))) AS actor_id FROM events e "
        "WHERE e.article_id IN (SELECT article_id FROM chosen)) GROUP BY ALL)"
    )
    ctes = ", ".join(
        (
            chosen,
            "said AS (SELECT q.article_id, q.speaker_id AS actor_id, count(*) AS n FROM quotes q "
            "WHERE q.article_id IN (SELECT article_id FROM chosen) GROUP BY ALL)",
            participants.format(name="did", column="actors"),
            participants.format(name="received", column="recipients"),
        )
    )
    total = cur.execute(
        f"WITH {chosen} SELECT count(*) FROM (SELECT DISTINCT {keys} FROM chosen c)", params
    ).fetchall()[0][0]
    sql = (
        f"WITH {ctes} SELECT {shown}, {extra}, "
        "count(DISTINCT c.article_id) AS articles, "
        "CAST(sum(c.n_mentions) AS BIGINT) AS mentions, "
        "CAST(coalesce(sum(s.n), 0) AS BIGINT) AS quotes, "
        "CAST(coalesce(sum(d.n), 0) AS BIGINT) AS events_as_actor, "
        "CAST(coalesce(sum(r.n), 0) AS BIGINT) AS events_as_recipient, "
        "min(c.published) AS first_seen, max(c.published) AS last_seen "
        "FROM chosen c "
        "LEFT JOIN said s ON s.article_id = c.article_id AND s.actor_id = c.actor_id "
        "LEFT JOIN did d ON d.article_id = c.article_id AND d.actor_id = c.actor_id "
        "LEFT JOIN received r ON r.article_id = c.article_id AND r.actor_id = c.actor_id "
        f"GROUP BY {keys} ORDER BY {ACTOR_SORTS[sort]} LIMIT ? OFFSET ?"
    )
    items = rows_as_dicts(cur, sql, [*params, limit, offset])
    return Page(items, int(total), limit, offset)


def store_summary(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Row counts per table and the span of publication dates."""
    counts = {}
    for table in (
        "articles",
        "sources",
        "actors",
        "quotes",
        "events",
        "near_duplicates",
        "failures",
    ):
        counts[table] = cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    first, last = cur.execute("SELECT min(published), max(published) FROM articles").fetchall()[0]
    return {"counts": counts, "published": {"first": first, "last": last}}
