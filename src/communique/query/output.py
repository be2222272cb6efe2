"""Writing query results (Arrow tables) as a terminal table, CSV, JSON Lines or Parquet.

Results hold article text (titles, triggers, quotations), which is untrusted:

- in a terminal table every cell is plain :class:`rich.text.Text`, cleaned of
  control codes and bidi overrides, never parsed as markup;
- in CSV a text cell that would start a spreadsheet formula (``=``, ``+``,
  ``-``, ``@``, tab, carriage return) gets a leading apostrophe, as the CAMEO
  TSV writer does, because CSV files are opened in spreadsheets; a plain
  number such as ``-9.5`` is left alone;
- JSON and Parquet keep values exactly (their readers do not execute them).

Lists (``actor_codes``) are ``;``-joined in CSV and tables, arrays in JSON;
dates are ISO ``YYYY-MM-DD`` everywhere.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from rich.console import Console
from rich.table import Table
from rich.text import Text

from communique.write.files import output_stream, writing
from communique.write.table import _clean, table_console

#: Formats every query command can write.
FORMATS: tuple[str, ...] = ("table", "csv", "json", "parquet")

#: Widest cell a terminal table shows; the other formats keep the whole value.
CELL_WIDTH = 100

#: A text cell matching this gets a leading apostrophe in CSV ...
FORMULA_PATTERN = r"^[=+\-@\t\r]"

#: ... unless it is a plain number ("-9.5" is data a spreadsheet reads safely).
NUMBER_PATTERN = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"

#: Rows converted at a time when writing CSV or JSON.
_CHUNK = 50_000


def _plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO text, everything else as it is."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _flat(value: Any) -> str:
    """One CSV/table cell: None empty, lists ``;``-joined, numbers plain."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list):
        return ";".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(_plain(value), ensure_ascii=False)
    return str(value)


def _rows(table: pa.Table) -> Iterator[dict[str, Any]]:
    for batch in table.to_batches(max_chunksize=10_000):
        yield from batch.to_pylist()


#: What the writers accept: a whole table, or a stream of batches (large results).
Result = pa.Table | pa.RecordBatchReader


def _batches(result: Result) -> Iterator[pa.RecordBatch]:
    """The result a chunk at a time, so a stream is never held in memory whole."""
    if isinstance(result, pa.Table):
        yield from result.to_batches(max_chunksize=_CHUNK)
    else:
        yield from result


def _is_scalar(kind: pa.DataType) -> bool:
    return not (pa.types.is_nested(kind) or pa.types.is_dictionary(kind))


def _csv_column(column: pa.Array | pa.ChunkedArray) -> list[str]:
    """One column as CSV cells, converted by Arrow in one pass rather than cell by cell."""
    kind = column.type
    if pa.types.is_list(kind) and _is_scalar(kind.value_type):
        text = pc.binary_join(column.cast(pa.list_(pa.string())), ";")
    elif _is_scalar(kind) and not pa.types.is_binary(kind):
        text = column.cast(pa.string())
    else:  # structs, nested lists, binary (only from --sql): cell by cell
        return [_flat(v) for v in column.to_pylist()]
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        risky = pc.and_(
            pc.match_substring_regex(text, FORMULA_PATTERN),
            pc.invert(pc.match_substring_regex(text, NUMBER_PATTERN)),
        )
        risky = pc.fill_null(risky, False)
        text = pc.if_else(risky, pc.binary_join_element_wise("'", text, ""), text)
    return pc.fill_null(text, "").to_pylist()


def write_csv(result: Result, out: TextIO) -> int:
    """A header and one row per result row; returns the row count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.schema.names)
    count = 0
    for batch in _batches(result):
        writer.writerows(zip(*(_csv_column(c) for c in batch.columns), strict=True))
        count += batch.num_rows
    return count


def _json_floats(table: pa.Table) -> pa.Table:
    """Floats JSON can hold: NaN/inf become null; float32 keeps its short form (2.8)."""
    for i, field in enumerate(table.schema):
        if not pa.types.is_floating(field.type):
            continue
        column = table.column(i)
        if pa.types.is_float32(field.type):
            column = column.cast(pa.string()).cast(pa.float64())
        finite = pc.is_finite(column)
        column = pc.if_else(finite, column, pa.scalar(None, pa.float64()))
        table = table.set_column(i, field.name, column)
    return table


def write_json_lines(result: Result, out: TextIO) -> int:
    """One JSON object per row (JSON Lines); returns the row count.

    DuckDB serialises the rows (dates as ISO text, lists as arrays), many times
    faster than ``json.dumps`` row by row on a large result.
    """
    import duckdb

    con = duckdb.connect(":memory:")
    count = 0
    try:
        for batch in _batches(result):
            con.register("part", _json_floats(pa.Table.from_batches([batch])))
            lines = con.sql("SELECT to_json(r)::VARCHAR FROM part r").fetchall()
            con.unregister("part")
            if lines:
                out.write("\n".join(line for (line,) in lines) + "\n")
            count += batch.num_rows
    finally:
        con.close()
    return count


def write_parquet(result: Result, path: Path) -> int:
    """A Parquet file with the result's own column types; returns the row count."""
    count = 0
    with pq.ParquetWriter(path, result.schema) as writer:
        for batch in _batches(result):
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def render_result(
    table: pa.Table,
    console: Console,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> int:
    """A rich table of ``columns`` (default: all); returns the row count."""
    names = [c for c in (columns or table.column_names) if c in table.column_names]
    view = Table(title=title, show_lines=False, highlight=False)
    for name in names:
        view.add_column(name.replace("_", " "), overflow="fold")
    count = 0
    for row in _rows(table.select(names)):
        view.add_row(*(Text(_clean(_flat(row[n]), CELL_WIDTH)) for n in names))
        count += 1
    console.print(view)
    return count


def write_result(
    table: Result,
    fmt: str,
    output: Path | None = None,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Write ``table`` in ``fmt`` to ``output`` (or stdout); returns the row count.

    Parquet is binary and needs ``output``. ``columns`` limits what a terminal
    table shows; the other formats carry every column. A stream of batches is
    written as it comes, except as a terminal table, which needs every row.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet output needs a file: add -o FILE.parquet")
        with writing(output):
            return write_parquet(table, output)
    if output is None and stdout is not None:
        return _write_text(table, fmt, stdout, columns=columns, title=title)
    with output_stream(output, newline="") as out:
        return _write_text(table, fmt, out, columns=columns, title=title)


def _write_text(
    table: Result,
    fmt: str,
    out: TextIO,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> int:
    if fmt == "csv":
        return write_csv(table, out)
    if fmt == "json":
        return write_json_lines(table, out)
    console = table_console(out)
    whole = table if isinstance(table, pa.Table) else table.read_all()
    return render_result(whole, console, columns=columns, title=title)
