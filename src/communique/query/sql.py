"""``communique query --sql``: a user's own SQL over the store, which can only read it.

What keeps the SQL to reading the store is the connection, not this module:
:func:`communique.store.db.open_sealed` opens the store read-only and takes
away, through DuckDB's own settings (``enable_external_access``, locked with
``lock_configuration``), every way to reach a file, an extension or a setting.
So ``COPY ... TO``, ``EXPORT DATABASE``, ``ATTACH``, ``INSTALL``/``LOAD``,
``SET``, ``read_csv('/etc/passwd')`` and any of them under ``EXPLAIN
ANALYZE`` fail inside DuckDB, whatever the statement looks like. A Parquet
store's tables reach DuckDB as Arrow datasets, so not even the store's own
files can be written.

Here the statement is checked to be one statement (a script would run all
but its last statement unseen), and every DuckDB error becomes a
:class:`SqlError` with a one-line message instead of a traceback.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa


class SqlError(ValueError):
    """The SQL was refused or failed; the message is fit for a user."""


def check_one_statement(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise :class:`SqlError` unless ``sql`` is exactly one statement."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise SqlError(_first_line(exc)) from None
    if not statements:
        raise SqlError("no SQL statement given")
    if len(statements) > 1:
        raise SqlError("give one statement at a time")


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, *, limit: int | None = None) -> pa.Table:
    """The result of one statement, at most ``limit`` rows, as an Arrow table.

    Run it only on a connection from :func:`communique.store.db.open_sealed`.
    """
    check_one_statement(con, sql)
    try:
        relation = con.sql(sql)
        if relation is None:
            raise SqlError("the statement returned no rows to show")
        if limit is not None:
            relation = relation.limit(limit)
        return relation.to_arrow_table()
    except duckdb.Error as exc:
        raise SqlError(_first_line(exc)) from None


def _first_line(exc: Exception) -> str:
    """DuckDB's message on one line: the error and its hint, without the caret drawing."""
    lines: list[str] = []
    for line in str(exc).strip().splitlines():
        if not line.strip() or line.startswith("LINE "):
            break
        lines.append(line.strip())
    return " ".join(lines) or type(exc).__name__
