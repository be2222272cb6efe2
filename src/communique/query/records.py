"""Rebuilding :class:`~communique.schema.Article` records from the store.

The ``articles`` table keeps each article's full communique/1 record (without
the text, which has its own column). Turning that JSON back into the record
classes (:func:`communique.schema.article_from_dict`) lets every writer in
:mod:`communique.write` run on stored articles, so ``export --format plover``
prints exactly what ``extract --format plover`` printed for the same article,
with no second copy of the formatting code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import duckdb

from communique.query.filters import Filters, article_where, event_where
from communique.schema import Article, article_from_dict

#: Articles fetched per round trip while streaming records.
_CHUNK = 500


def stored_articles(
    con: duckdb.DuckDBPyConnection, f: Filters, *, events_only: bool = True
) -> Iterator[Article]:
    """Stored articles as records, each with only the events that match ``f``.

    With ``events_only`` (PLOVER, CAMEO TSV) only articles with a matching event
    come out; otherwise (JSON Lines records) every article that passes the
    article filters does, and event filters narrow its events. Articles come
    in publication-date order, then by input id; events keep record order.
    Records are fetched a chunk at a time so a large store streams.
    """
    where, params = event_where(f)
    matched: dict[str, set[str]] = {
        aid: set(ids)
        for aid, ids in con.execute(
            f"SELECT e.article_id, list(e.event_id) FROM events e {where} GROUP BY 1", params
        ).fetchall()
    }
    ids = list(matched) if events_only or f.has_event_filters() else _article_ids(con, f)
    ordered = _ordered(con, ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        rows = con.execute(
            "SELECT article_id, record, text FROM articles WHERE article_id IN (SELECT unnest(?))",
            [chunk],
        ).fetchall()
        by_id = {aid: (record, text) for aid, record, text in rows}
        for aid in chunk:
            record, text = by_id[aid]
            if not record:  # written by something other than article_rows: nothing to rebuild
                continue
            article = article_from_dict(json.loads(record), text or "")
            keep = matched.get(aid, set())
            article.events = [e for e in article.events if e.id in keep]
            yield article


def _article_ids(con: duckdb.DuckDBPyConnection, f: Filters) -> list[str]:
    """Articles passing the article-level filters, with ``since``/``until`` on publication."""
    where, params = article_where(f)
    rows = con.execute(f"SELECT art.article_id FROM articles art {where}", params).fetchall()
    return [r[0] for r in rows]


def _ordered(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[str]:
    if not ids:
        return []
    rows = con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))"
        " ORDER BY published NULLS LAST, doc_id, article_id",
        [ids],
    ).fetchall()
    return [r[0] for r in rows]
