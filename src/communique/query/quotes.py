"""Quotations from the store: what did this actor say, when, and where was it reported.

Same shapes as :mod:`communique.query.events` (Arrow table, dicts, count) so
the CLI and the web API share them. The speaker is matched by code (the
country of the resolved actor: ``USA``) or by part of a name (``Blinken``),
through :func:`~communique.query.filters.quote_where`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa

from communique.query.filters import Filters, page_clause, quote_where

#: Output columns; ``date`` is the article's publication date.
QUOTE_COLUMNS: dict[str, str] = {
    "date": "q.published",
    "speaker": "q.speaker",
    "speaker_country": "q.speaker_country",
    "speaker_sector": "q.speaker_sector",
    "speaker_mention": "q.speaker_mention",
    "kind": "q.kind",
    "text": "q.text",
    "cue": "q.cue",
    "addressee": "q.addressee",
    "addressee_country": "q.addressee_country",
    "title": "art.title",
    "source": "art.source",
    "url": "art.url",
    "article_id": "q.article_id",
    "doc_id": "art.doc_id",
    "quote_id": "q.quote_id",
    "nested_in": "q.nested_in",
    "span_start": "q.span_start",
    "span_end": "q.span_end",
}

#: What a terminal table shows.
QUOTE_TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "speaker",
    "kind",
    "text",
    "title",
    "source",
    "url",
)

QUOTE_ORDER = (
    "ORDER BY 1 {direction} NULLS LAST, art.doc_id, q.article_id, q.span_start, q.quote_id"
)


def quotes_sql(
    f: Filters,
    *,
    speaker: str | None = None,
    kinds: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> tuple[str, list[Any]]:
    """The SELECT (and its parameters) behind :func:`quotes_table`."""
    where, params = quote_where(f, speaker, tuple(kinds))
    columns = ", ".join(f"{sql} AS {name}" for name, sql in QUOTE_COLUMNS.items())
    page, page_params = page_clause(limit, offset)
    sql = (
        f"SELECT {columns} FROM quotes q"
        " LEFT JOIN articles art ON art.article_id = q.article_id"
        f" {where} {QUOTE_ORDER.format(direction='DESC' if newest_first else 'ASC')}{page}"
    )
    return sql, params + page_params


def quotes_table(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    speaker: str | None = None,
    kinds: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> pa.Table:
    """Matching quotations as an Arrow table with :data:`QUOTE_COLUMNS`, oldest first.

    ``speaker`` overrides ``f.actor``; ``kinds`` keeps direct/mixed/indirect ones.
    """
    sql, params = quotes_sql(
        f, speaker=speaker, kinds=kinds, limit=limit, offset=offset, newest_first=newest_first
    )
    return con.sql(sql, params=params).to_arrow_table()


def query_quotes(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    speaker: str | None = None,
    kinds: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Matching quotations as dicts, oldest first (or ``newest_first``)."""
    table = quotes_table(
        con,
        f,
        speaker=speaker,
        kinds=kinds,
        limit=limit,
        offset=offset,
        newest_first=newest_first,
    )
    return table.to_pylist()


def count_quotes(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    speaker: str | None = None,
    kinds: Sequence[str] = (),
) -> int:
    """How many quotations match."""
    where, params = quote_where(f, speaker, tuple(kinds))
    rows = con.execute(f"SELECT count(*) FROM quotes q {where}", params).fetchall()
    return int(rows[0][0])
