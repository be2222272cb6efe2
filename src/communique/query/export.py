"""``communique export``: the store (or a filtered part of it) as files other tools read.

- ``parquet``: one folder per table (``articles/``, ``sources/``, ``actors/``,
  ``mentions/``, ``quotes/``, ``events/``, ``failures/``), each holding
  ``part-0.parquet`` with the store's Arrow schema: the layout of a Parquet
  store, so ``--db`` reads the folder back and DuckDB, pandas or Spark read it
  directly.
- ``plover``, ``cameo-tsv`` and ``jsonl`` rebuild each article's record from
  the stored communique/1 JSON (:mod:`communique.query.records`) and hand it to
  the writers ``communique extract`` uses, so the lines are the same ones
  ``extract`` printed for that article.

Which rows a filtered export holds (the same rule for every format):

- events: those the filters match (as ``communique query`` would list them);
- articles: with an event filter (actor, recipient, type, modality, quad
  class), the articles of those events; otherwise the articles that pass the
  article filters (source, article, dedup, publication date within
  ``since``/``until``) plus the articles of every exported event, so no
  exported event points at a missing article;
- sources, actors, mentions, quotes: every row of the exported articles;
- failures: only in an unfiltered export (a failure belongs to no article).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from communique.query.filters import Filters, article_where, event_where
from communique.query.records import stored_articles
from communique.store.tables import TABLES
from communique.write.files import writing

#: Formats ``export`` writes.
EXPORT_FORMATS: tuple[str, ...] = ("parquet", "plover", "cameo-tsv", "jsonl")

#: File names used when the destination of a text format is a folder.
DEFAULT_NAMES: dict[str, str] = {
    "plover": "events.plover.jsonl",
    "cameo-tsv": "events.tsv",
    "jsonl": "articles.jsonl",
}

#: Rows per Arrow batch while streaming a table to Parquet.
_BATCH = 65_536


class ExportError(ValueError):
    """The export cannot be written as asked; the message is fit for a user."""


def _chosen_articles(f: Filters) -> tuple[str, list[Any]]:
    """SQL for the article ids a filtered export holds, and its parameters."""
    ewhere, params = event_where(f)
    sql = f"SELECT e.article_id FROM events e {ewhere}"
    if not f.has_event_filters():
        awhere, aparams = article_where(f)
        sql += f" UNION SELECT art.article_id FROM articles art {awhere}"
        params = params + aparams
    return sql, params


def _table_queries(f: Filters) -> Iterator[tuple[str, str, list[Any]]]:
    """(table, SELECT, parameters) for each table of the export."""
    if f.is_empty():
        for name in TABLES:
            yield name, f"SELECT * FROM {name}", []
        return
    chosen, chosen_params = _chosen_articles(f)
    for name in TABLES:
        if name == "failures":
            yield name, "SELECT * FROM failures WHERE false", []
        elif name == "events":
            ewhere, eparams = event_where(f)
            yield name, f"SELECT e.* FROM events e {ewhere}", eparams
        else:
            yield (
                name,
                f"SELECT t.* FROM {name} t WHERE t.article_id IN ({chosen})",
                list(chosen_params),
            )


def _prepare(folder: Path, *, overwrite: bool) -> None:
    """Make ``folder``; refuse to mix a new export with files already there."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; parquet export writes a folder")
    existing = [
        p for name in TABLES if (folder / name).is_dir() for p in (folder / name).glob("*.parquet")
    ]
    if existing and not overwrite:
        raise ExportError(
            f"{folder} already holds Parquet tables ({len(existing)} file(s)); "
            "choose an empty folder or pass --force to replace them"
        )
    for path in existing:
        path.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def export_parquet(
    con: duckdb.DuckDBPyConnection, f: Filters, folder: Path, *, overwrite: bool = False
) -> dict[str, int]:
    """Write the export as a Parquet store under ``folder``; rows written per table.

    Each table streams through Arrow batches cast to the store's schema, so a
    store larger than memory exports, and the files carry the same types a
    Dask run writes.
    """
    with writing(folder):
        _prepare(folder, overwrite=overwrite)
    counts: dict[str, int] = {}
    for name, sql, params in _table_queries(f):
        schema = TABLES[name]
        reader = con.sql(sql, params=params).to_arrow_reader(_BATCH)
        written = 0
        with writing(folder / name):
            (folder / name).mkdir(exist_ok=True)
            with pq.ParquetWriter(folder / name / "part-0.parquet", schema) as writer:
                for batch in reader:
                    writer.write_table(pa.Table.from_batches([batch]).cast(schema))
                    written += batch.num_rows
        counts[name] = written
    return counts


def export_records(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    fmt: str,
    out: TextIO,
    *,
    include_text: bool = False,
    every_modality: bool = False,
) -> tuple[int, int]:
    """Write ``plover``, ``cameo-tsv`` or ``jsonl`` to ``out``; (articles, lines) written.

    The lines are what ``communique extract --format FMT`` writes for the same
    articles (``jsonl`` records carry only the events the filters match). PLOVER
    writes the events that happened unless the filters name modalities; with
    ``every_modality`` (a download of a list that shows them all) it writes every
    modality, each record marked as the PLOVER writer does.
    """
    from communique.write import write_cameo_tsv, write_jsonl, write_plover
    from communique.write.events import MODALITIES

    counted = [0]

    def articles_counted(events_only: bool) -> Iterator[Any]:
        for article in stored_articles(con, f, events_only=events_only):
            counted[0] += 1
            yield article

    if fmt == "plover":
        # PLOVER writes what happened unless modalities were asked for, as extract does; a
        # download of a list that shows every modality writes them all, each marked
        modalities = f.modalities or (MODALITIES if every_modality else None)
        lines = write_plover(
            articles_counted(True), out, include_text=include_text, modalities=modalities
        )
    elif fmt == "cameo-tsv":
        lines = write_cameo_tsv(articles_counted(True), out)
    elif fmt == "jsonl":
        lines = write_jsonl(articles_counted(False), out, include_text=include_text)
    else:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return counted[0], lines


def destination(out: str, fmt: str) -> Path | None:
    """Where a text export goes: a file, ``DEFAULT_NAMES[fmt]`` inside a folder, or stdout (None).

    A path ending in ``/`` or naming an existing folder is a folder (made if
    needed); ``-`` is stdout.
    """
    if out == "-":
        return None
    path = Path(out)
    if out.endswith(("/", "\\")) or path.is_dir():
        with writing(path):
            path.mkdir(parents=True, exist_ok=True)
        return path / DEFAULT_NAMES[fmt]
    with writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    return path
