"""``communique query --sql``: a user's own SELECT over the store, and nothing else.

The store is already opened read-only, but that alone is not enough: a
Parquet store is an in-memory database (a ``CREATE TABLE`` there would
"succeed" and mean nothing), and statements such as ``COPY ... TO`` or
``ATTACH`` write files even on a read-only connection. So the statement is
parsed first and only a single query (``SELECT``, ``WITH``, ``DESCRIBE``,
``SHOW``, ``SUMMARIZE``, ``EXPLAIN``) runs. Every refusal and every DuckDB error
becomes a :class:`SqlError` with a one-line message instead of a traceback.

This is for the person at the command line, who may read any file they can
anyway (``SELECT * FROM read_csv('other.csv')`` is allowed). Never hand it
SQL from someone else, such as a web request: the API has the filters.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

#: Statement kinds a query may be (``WITH``, ``DESCRIBE``, ``SHOW`` and
#: ``SUMMARIZE`` parse as SELECT).
_ALLOWED = {"SELECT", "EXPLAIN"}


class SqlError(ValueError):
    """The SQL was refused or failed; the message is fit for a user."""


def _statement_kind(statement: object) -> str:
    kind = getattr(statement, "type", None)
    return str(getattr(kind, "name", kind)).upper()


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Raise :class:`SqlError` unless ``sql`` is exactly one read-only query."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise SqlError(_first_line(exc)) from None
    if not statements:
        raise SqlError("no SQL statement given")
    if len(statements) > 1:
        raise SqlError("give one statement at a time")
    kind = _statement_kind(statements[0])
    if kind not in _ALLOWED:
        raise SqlError(f"{kind} statements are refused: the store is read-only here; use a SELECT")


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, *, limit: int | None = None) -> pa.Table:
    """The result of one read-only query, at most ``limit`` rows, as an Arrow table."""
    check_read_only(con, sql)
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
