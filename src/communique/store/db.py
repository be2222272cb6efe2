"""Opening the event store: a DuckDB file, or a folder of Parquet tables.

Every command that reads or writes the store goes through :func:`open_store`,
so the one place that knows how a locked, corrupted or foreign file looks is
here, and the user gets a coded message instead of a DuckDB traceback.

A Parquet folder (what ``ingest --out`` and the Dask runner write, one
sub-folder per table) opens as an in-memory DuckDB database whose tables are
views over the files: every query works on both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from communique.errors import CommuniqueError
from communique.store.tables import STORE_VERSION, TABLES

_TYPES = {
    pa.string(): "VARCHAR",
    pa.int8(): "TINYINT",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float32(): "FLOAT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.binary(): "BLOB",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
}


def _sql_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return f"{_sql_type(t.value_type)}[]"
    if pa.types.is_struct(t):
        inner = ", ".join(f'"{f.name}" {_sql_type(f.type)}' for f in t)
        return f"STRUCT({inner})"
    return _TYPES[t]


def create_table_sql(name: str) -> str:
    """``CREATE TABLE IF NOT EXISTS`` for one store table, from its Arrow schema."""
    schema = TABLES[name]
    cols = ", ".join(
        f'"{f.name}" {_sql_type(f.type)}{"" if f.nullable else " NOT NULL"}' for f in schema
    )
    return f"CREATE TABLE IF NOT EXISTS {name} ({cols})"


#: Indexes that keep re-ingest checks and per-article lookups fast.
INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS articles_id ON articles(article_id)",
    "CREATE INDEX IF NOT EXISTS sources_article ON sources(article_id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS near_duplicates_id ON near_duplicates(article_id)",
)


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


def lock_holder(message: str) -> str:
    """Who holds a store's lock, from DuckDB's message: `` (PID 123: communique serve ...)``.

    DuckDB names the holder's program and process id; its command line, where
    the system shows it, tells a running ingest from a server that has the
    store open for reading. Empty when the message names no process.
    """
    found = _LOCK_HOLDER.search(message)
    if found is None:
        return ""
    pid = found["pid"]
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        raw = b""
    words = [w.decode("utf-8", "backslashreplace") for w in raw.split(b"\0") if w]
    if words and Path(words[0]).name.startswith("python") and len(words) > 1:
        words = words[1:]  # "python -m ..." or a script: the rest says what it is
    if words:
        words[0] = Path(words[0]).name
    command = " ".join(words)[:120] or Path(found["program"]).name
    return f" (PID {pid}: {command})"


def _problem(path: Path, exc: Exception) -> CommuniqueError:
    text = str(exc)
    # DuckDB's messages quote the path, which may itself contain "lock" or "read-only".
    lowered = text.replace(str(path.absolute()), "").replace(str(path), "").lower()
    if "conflicting lock" in lowered or "could not set lock" in lowered:
        return CommuniqueError("CQ305", path=path, holder=lock_holder(text))
    if "read-only" in lowered or "read only" in lowered:
        return CommuniqueError("CQ306", path=path, error=text.splitlines()[0])
    return CommuniqueError("CQ304", path=path, error=text.splitlines()[0] if text else repr(exc))


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    # fetchall, not fetchone: DuckDB 2 refuses other work while a result is unread.
    rows = con.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchall()
    row = rows[0] if rows else None
    if row is None or int(row[0]) != STORE_VERSION:
        found = row[0] if row else "none"
        raise CommuniqueError(
            "CQ304", path=path, error=f"store version {found}, expected {STORE_VERSION}"
        )


def open_store(path: str | Path, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``path``.

    ``read_only=False`` creates the file and its tables if needed (ingest);
    otherwise the file must exist and is opened read-only, so a query can never
    change it. A directory is read as a Parquet store. Raises
    :class:`CommuniqueError` (CQ304–CQ306) with a plain message on failure.
    """
    path = Path(path)
    if path.is_dir():
        if not read_only:
            raise CommuniqueError(
                "CQ304", path=path, error="a folder is a Parquet store and opens read-only"
            )
        return open_parquet_store(path)
    if read_only and not path.exists():
        raise CommuniqueError("CQ304", path=path, error="no such file")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise _problem(path, exc) from exc
    try:
        if read_only:
            _check_version(con, path)
        else:
            _create(con, path)
    except CommuniqueError:
        con.close()
        raise
    except duckdb.Error as exc:
        con.close()
        raise _problem(path, exc) from exc
    return con


def _create(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if tables and "meta" not in tables:
        raise CommuniqueError(
            "CQ304", path=path, error="a DuckDB file that is not a communique store"
        )
    con.execute("BEGIN")
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(
        "INSERT INTO meta VALUES ('store_version', ?) ON CONFLICT DO NOTHING", [str(STORE_VERSION)]
    )
    for name in TABLES:
        con.execute(create_table_sql(name))
    for sql in INDEXES:
        con.execute(sql)
    con.execute("COMMIT")
    _check_version(con, path)


def _quote_literal(value: str) -> str:
    """A SQL string literal; DDL such as CREATE VIEW takes no parameters."""
    return "'" + value.replace("'", "''") + "'"


def open_parquet_store(folder: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are views over ``folder/<table>/*.parquet``.

    A table with no files (a run that stored no failures, say) is an empty
    table of the right shape, so queries need not care.
    """
    con = duckdb.connect(":memory:")
    found = False
    for name in TABLES:
        sub = folder / name
        if sub.is_dir() and any(sub.rglob("*.parquet")):
            found = True
            pattern = _quote_literal(str(sub / "**" / "*.parquet"))
            con.execute(
                f"CREATE VIEW {name} AS SELECT * FROM read_parquet({pattern}, union_by_name=true)"
            )
        else:
            con.execute(create_table_sql(name))
    if not found:
        con.close()
        raise CommuniqueError("CQ304", path=folder, error="no Parquet tables in this folder")
    return con


def seal(con: duckdb.DuckDBPyConnection, *, readable: Sequence[Path] = ()) -> None:
    """Take from ``con`` every way out of the store, for as long as it is open.

    This uses DuckDB's own settings rather than a filter on statements, so no
    route around them exists (``EXPLAIN ANALYZE COPY ...`` runs the COPY):
    no file outside the store can be read or written (``COPY``, ``EXPORT``,
    ``ATTACH``, ``read_csv``, ``glob`` ...), no extension installed or
    loaded, and the configuration is locked so that no statement can change
    it back. Folders in ``readable`` stay open to DuckDB (a Parquet store's
    own files, read by its views); DuckDB lets such a folder be written too,
    so a connection that runs a user's SQL is given none (see
    :func:`open_sealed`). DuckDB keeps one database per file in a process:
    other connections to the same file made by this process are sealed too,
    until every connection to it is closed.
    """
    locked, external = con.execute(
        "SELECT current_setting('lock_configuration'), current_setting('enable_external_access')"
    ).fetchall()[0]
    if locked and not external:
        return  # sealed already, through another connection to the same file
    if readable:
        folders = ", ".join(_quote_literal(f"{Path(p).absolute()}/") for p in readable)
        con.execute(f"SET allowed_directories = [{folders}]")
    for setting in (
        "autoinstall_known_extensions",
        "autoload_known_extensions",
        "allow_community_extensions",
        "enable_external_access",
    ):
        con.execute(f"SET {setting} = false")
    con.execute("SET lock_configuration = true")


def open_sealed(path: str | Path) -> duckdb.DuckDBPyConnection:
    """The store at ``path`` for SQL someone else wrote: its tables can be read, nothing else.

    A DuckDB file is opened read-only and :func:`sealed <seal>`. A Parquet
    folder's tables are handed to DuckDB as Arrow datasets, so DuckDB itself
    needs no access to any file at all: the store's own files cannot be
    overwritten or added to either. Raises CQ304 as :func:`open_store` does.
    """
    path = Path(path)
    if not path.is_dir():
        con = open_store(path, read_only=True)
        seal(con)
        return con
    import pyarrow.dataset as ds

    con = duckdb.connect(":memory:")
    found = False
    for name in TABLES:
        sub = path / name
        files = sorted(str(f) for f in sub.rglob("*.parquet")) if sub.is_dir() else []
        if files:
            found = True
            con.register(name, ds.dataset(files, schema=TABLES[name], format="parquet"))
        else:
            con.execute(create_table_sql(name))
    if not found:
        con.close()
        raise CommuniqueError("CQ304", path=path, error="no Parquet tables in this folder")
    seal(con)
    return con


def insert_table(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    """Append an Arrow table to store table ``name``: DuckDB's bulk path, no row loop."""
    con.register("_incoming", table)
    try:
        con.execute(f"INSERT INTO {name} SELECT * FROM _incoming").fetchall()
    finally:
        con.unregister("_incoming")


def insert_rows(con: duckdb.DuckDBPyConnection, rows: dict[str, list[dict]]) -> None:
    """Append rows (table → list of row dicts), each table converted to Arrow first.

    Runs inside the caller's transaction if one is open, so an article and its
    records land together or not at all.
    """
    from communique.store.tables import to_arrow

    for name, items in rows.items():
        if items:
            insert_table(con, name, to_arrow(name, items))
