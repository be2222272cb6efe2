"""Downloads of what a list shows: every row of the current filter, as a file.

``/download/{list}.{format}`` takes the query string of the page it is
linked from (the same filters, the same ``q``), so a download holds exactly
the rows the page pages through, not only the page on screen:

========  ======================================  ==========================================
list      rows                                    formats
========  ======================================  ==========================================
events    events matching the filters             csv, parquet, plover.jsonl (PLOVER events)
quotes    quotations matching the filters         csv, parquet, jsonl
articles  articles matching the filters           csv, parquet, plover.jsonl (their events)
actors    actors (one row per name and country)   csv, parquet, jsonl
========  ======================================  ==========================================

CSV and Parquet are written by the CLI's writers
(:mod:`communique.query.output`), PLOVER lines by ``communique export``'s,
so a file from the explorer is the file the command line gives. The file is
written to a temporary file first (Parquet needs one) and removed once sent.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.query.browse import ARTICLE_LIST_COLUMNS, article_list_where, list_actors
from communique.query.events import events_reader
from communique.query.export import export_records
from communique.query.filters import Filters
from communique.query.output import write_csv, write_json_lines, write_parquet
from communique.query.quotes import quotes_table

#: The formats each list can be downloaded in; "plover.jsonl" means PLOVER event lines.
FORMATS: dict[str, tuple[str, ...]] = {
    "events": ("csv", "parquet", "plover.jsonl"),
    "quotes": ("csv", "parquet", "jsonl"),
    "articles": ("csv", "parquet", "plover.jsonl"),
    "actors": ("csv", "parquet", "jsonl"),
}

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "plover.jsonl": "application/x-ndjson; charset=utf-8",
}

#: Actors listed in one download at most (a list of names, not a bulk export).
MAX_ACTORS = 1_000_000


def split_name(name: str) -> tuple[str, str] | None:
    """``("events", "plover.jsonl")`` from ``events.plover.jsonl``; None if not offered."""
    what, dot, fmt = name.partition(".")
    if dot and what in FORMATS and fmt in FORMATS[what]:
        return what, fmt
    return None


def _articles_table(con: duckdb.DuckDBPyConnection, f: Filters) -> pa.Table:
    where, params = article_list_where(f)
    columns = ", ".join(f"art.{c}" for c in ARTICLE_LIST_COLUMNS)
    return con.sql(
        f"SELECT {columns} FROM articles art {where} "
        "ORDER BY art.published DESC NULLS LAST, art.article_id",
        params=params,
    ).to_arrow_table()


def _rows(con: duckdb.DuckDBPyConnection, what: str, f: Filters, kinds: list[str]) -> Any:
    if what == "events":
        return events_reader(con, f)
    if what == "quotes":
        return quotes_table(con, f, kinds=kinds)
    if what == "articles":
        return _articles_table(con, f)
    listed = list_actors(con, f, limit=MAX_ACTORS)
    return pa.Table.from_pylist(listed.items) if listed.items else pa.table({"name": []})


def write_download(
    con: duckdb.DuckDBPyConnection,
    what: str,
    fmt: str,
    f: Filters,
    *,
    kinds: list[str] | None = None,
) -> tuple[str, int]:
    """Write list ``what`` in ``fmt`` to a new temporary file: its path and the row count.

    The caller removes the file once it is sent.
    """
    handle, path = tempfile.mkstemp(prefix="communique-", suffix=f".{fmt}")
    os.close(handle)
    try:
        if fmt == "plover.jsonl":
            with open(path, "w", encoding="utf-8") as out:
                _, count = export_records(con, f, "plover", out, every_modality=True)
            return path, count
        rows = _rows(con, what, f, kinds or [])
        if fmt == "parquet":
            return path, write_parquet(rows, Path(path))
        with open(path, "w", encoding="utf-8", newline="") as out:
            count = write_csv(rows, out) if fmt == "csv" else write_json_lines(rows, out)
        return path, count
    except BaseException:
        os.unlink(path)
        raise
