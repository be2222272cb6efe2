"""Events from the store, filtered and in date order: what ``communique query`` prints.

One function per shape a caller wants: an Arrow table (the CLI writes it as a
table, CSV, JSON or Parquet), plain dicts (the web API's JSON) and a count (for
pagination). All three take the same :class:`~communique.query.filters.Filters`
and build their SQL from :func:`~communique.query.filters.event_where`, so a
filter means the same everywhere and user text never reaches the SQL string.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pyarrow as pa

from communique.query.filters import EVENT_DATE, Filters, event_where, page_clause

#: Output columns and the SQL that makes each; ``date`` is when the event
#: happened if the text says, else the article's publication date.
EVENT_COLUMNS: dict[str, str] = {
    "date": EVENT_DATE,
    "type": "e.type",
    "mode": "e.mode",
    "modality": "e.modality",
    "actor": "e.actor",
    "actor_code": "e.actor_code",
    "actor_sector": "e.actor_sector",
    "recipient": "e.recipient",
    "recipient_code": "e.recipient_code",
    "recipient_sector": "e.recipient_sector",
    "actor_codes": "e.actor_codes",
    "recipient_codes": "e.recipient_codes",
    "actor_names": "list_transform(e.actors, lambda p: p.name)",
    "recipient_names": "list_transform(e.recipients, lambda p: p.name)",
    "quad_class": "e.quad_class",
    "cameo_root": "e.cameo_root",
    "intensity": "e.intensity",
    "trigger": "e.trigger",
    "location": "e.location",
    "location_country": "e.location_country",
    "latitude": "e.latitude",
    "longitude": "e.longitude",
    "event_date": "e.date",
    "date_reason": "e.date_reason",
    "published": "e.published",
    "claimed_by": "e.claimed_by",
    "title": "art.title",
    "source": "art.source",
    "url": "art.url",
    "article_id": "e.article_id",
    "doc_id": "art.doc_id",
    "event_id": "e.event_id",
    "trigger_start": "e.trigger_start",
    "trigger_end": "e.trigger_end",
    "sentence_start": "e.sentence_start",
    "sentence_end": "e.sentence_end",
}

#: What a terminal table shows; every other format carries every column.
EVENT_TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "type",
    "modality",
    "actor",
    "actor_code",
    "recipient",
    "recipient_code",
    "quad_class",
    "intensity",
    "trigger",
    "title",
    "source",
)

#: Date first, then by input id and reading order inside an article; ids make ties stable.
EVENT_ORDER = (
    "ORDER BY 1 {direction} NULLS LAST, art.doc_id, e.article_id, e.trigger_start, e.event_id"
)


def events_sql(
    f: Filters, *, limit: int | None = None, offset: int = 0, newest_first: bool = False
) -> tuple[str, list[Any]]:
    """The SELECT (and its parameters) behind :func:`events_table`."""
    where, params = event_where(f)
    columns = ", ".join(f"{sql} AS {name}" for name, sql in EVENT_COLUMNS.items())
    page, page_params = page_clause(limit, offset)
    sql = (
        f"SELECT {columns} FROM events e"
        " LEFT JOIN articles art ON art.article_id = e.article_id"
        f" {where} {EVENT_ORDER.format(direction='DESC' if newest_first else 'ASC')}{page}"
    )
    return sql, params + page_params


def events_table(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> pa.Table:
    """Matching events as an Arrow table with :data:`EVENT_COLUMNS`, oldest first.

    ``newest_first`` reverses the dates (events of one article stay in reading order).
    """
    sql, params = events_sql(f, limit=limit, offset=offset, newest_first=newest_first)
    return con.sql(sql, params=params).to_arrow_table()


def events_reader(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
    batch_size: int = 65_536,
) -> pa.RecordBatchReader:
    """The same rows as :func:`events_table`, streamed a batch at a time.

    For results too large to hold at once (every event of a big store as CSV).
    Read it to the end before the next query on ``con``.
    """
    sql, params = events_sql(f, limit=limit, offset=offset, newest_first=newest_first)
    return con.sql(sql, params=params).to_arrow_reader(batch_size)


def query_events(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Matching events as dicts (dates as :class:`datetime.date`), oldest first."""
    return events_table(con, f, limit=limit, offset=offset, newest_first=newest_first).to_pylist()


def count_events(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    """How many events match, for "showing 50 of N" and pagination."""
    where, params = event_where(f)
    rows = con.execute(f"SELECT count(*) FROM events e {where}", params).fetchall()
    return int(rows[0][0])
