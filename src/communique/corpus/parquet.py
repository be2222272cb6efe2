"""A Parquet store on disk: one folder per table, written in parts that land whole.

Layout: ``out/<table>/part-<run>-<batch>.parquet``, each file written with the
table's Arrow schema from :mod:`communique.store.tables`, so
:func:`communique.store.db.open_store` and plain DuckDB
(``read_parquet('out/events/*.parquet')``) read the folder directly.

Crash safety without a database: every file is written under a hidden
temporary name and renamed into place (readers never see half a file), and an
analysis batch writes its ``articles`` part *last*. A batch whose articles part
is missing was interrupted, so :func:`clean_incomplete` deletes its other parts
before a run resumes, and the articles are analysed again. Parts the run's
coordinator writes (``part-<run>-c<seq>``: extra sources, input failures) hold
rows a resumed run derives again when they are missing.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from communique.errors import CommuniqueError
from communique.store.tables import TABLES, to_arrow

Rows = dict[str, list[dict[str, Any]]]

_BATCH_PART = re.compile(r"^part-(?P<run>.+)-(?P<batch>\d+)\.parquet$")
_COORDINATOR_PART = re.compile(r"part-[^/]+-c[0-9]+\.parquet$")
#: Files being written: hidden and not ending in ``.parquet``, so no reader's
#: ``*.parquet`` glob (DuckDB's matches hidden files) ever sees half a file.
_TMP_SUFFIX = ".tmp"
LOCK_NAME = ".communique.lock"


def new_run_id() -> str:
    """A run id that sorts by start time: part names then sort in input order across runs."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def batch_part(run: str, batch: int) -> str:
    """The file name of analysis batch ``batch`` of run ``run``."""
    return f"part-{run}-{batch:06d}.parquet"


def coordinator_part(run: str, seq: int) -> str:
    """The file name of the coordinator's ``seq``-th part of run ``run``."""
    return f"part-{run}-c{seq:06d}.parquet"


def write_part(out: Path, table: str, name: str, rows: list[dict[str, Any]]) -> Path | None:
    """Write rows of one table as ``out/<table>/<name>``, atomically; None if no rows."""
    if not rows:
        return None
    folder = out / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    tmp = folder / f".{name}{_TMP_SUFFIX}"
    with tmp.open("wb") as handle:
        pq.write_table(to_arrow(table, rows), handle, compression="zstd")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    return final


def write_batch(out: Path, name: str, rows: Rows) -> None:
    """Write one analysis batch: every other table first, ``articles`` last (the commit)."""
    for table in TABLES:
        if table != "articles":
            write_part(out, table, name, rows.get(table, []))
    write_part(out, "articles", name, rows.get("articles", []))


def clean_incomplete(out: Path) -> int:
    """Delete what interrupted runs left: temporary files and batches with no articles part.

    Returns how many files were removed. Only call it while holding the
    folder's lock (:func:`locked`): a running batch looks incomplete too.
    """
    articles = out / "articles"
    committed = {p.name for p in articles.glob("part-*.parquet")} if articles.is_dir() else set()
    removed = 0
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            stale = path.name.endswith(_TMP_SUFFIX) or (
                table != "articles"
                and _BATCH_PART.match(path.name) is not None
                and path.name not in committed
            )
            if stale:
                path.unlink(missing_ok=True)
                removed += 1
    return removed


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold ``out/.communique.lock`` for the run: one writer per folder at a time.

    An advisory ``flock``: the kernel releases it when the process dies, so a
    killed run never blocks the next one.
    """
    import fcntl

    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = (out / LOCK_NAME).open("a")
    except OSError as exc:
        raise CommuniqueError("CQ308", path=out, error=exc.strerror or str(exc)) from exc
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = " (another run writing into this folder)"
            raise CommuniqueError("CQ305", path=out, holder=holder) from exc
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


#: The run allowed to write batches into the folder (see :func:`fenced`).
FENCE_NAME = ".communique.run"
#: How long a run waits, after one that died, for that run's last writes to land.
FENCE_GRACE_SECONDS = 2.0


@contextmanager
def fenced(out: Path, run: str) -> Iterator[None]:
    """Let only batches of ``run`` write into ``out`` while the run lasts.

    The lock keeps a second client out, but not the tasks a dead client left
    running on a remote cluster: they finish their analysis after it is gone
    and would write batches a resumed run is redoing. So each batch checks
    :func:`fence_holds` before writing. A fence left behind means the last run
    did not end cleanly: wait a moment for a write that had passed the check
    already. Call while holding :func:`locked`.
    """
    fence = out / FENCE_NAME
    if fence.exists():
        time.sleep(FENCE_GRACE_SECONDS)
    _write_text(fence, run)
    ok = False
    try:
        yield
        ok = True
    finally:
        if ok:
            fence.unlink(missing_ok=True)
        else:  # stopped: tasks still running must not write; the next run waits
            _write_text(fence, "stopped")


def fence_holds(out: Path, run: str) -> bool:
    """Whether ``run`` is still the run allowed to write into ``out``."""
    try:
        return (out / FENCE_NAME).read_text(encoding="utf-8").strip() == run
    except OSError:
        return False


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + _TMP_SUFFIX)
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@dataclass(slots=True)
class StoredState:
    """What earlier runs stored in a folder, as a resumed run needs it.

    ``articles`` are (article_id, minhash, duplicate_of) in store order (the
    order parts were written), for the near-duplicate index; ``failures`` the
    (code, reason) rows per origin in the coordinator's parts.
    """

    articles: list[tuple[str, bytes | None, str | None]] = field(default_factory=list)
    sources: set[tuple[str, str]] = field(default_factory=set)
    failures: dict[str, set[tuple[str, str]]] = field(default_factory=dict)


def _files(out: Path, table: str) -> str | None:
    folder = out / table
    if folder.is_dir() and any(folder.glob("*.parquet")):
        return str(folder / "*.parquet")
    return None


def stored_state(out: Path) -> StoredState:
    """Read the keys, sources and failures already in ``out`` (empty if none)."""
    state = StoredState()
    con = duckdb.connect(":memory:")
    try:
        articles = _files(out, "articles")
        near = _files(out, "near_duplicates")
        if articles is not None:
            link = "NULL"
            join = ""
            params = {"a": articles}
            if near is not None:
                link = "n.duplicate_of"
                join = "LEFT JOIN read_parquet($n) n USING (article_id)"
                params["n"] = near
            sql = (
                f"SELECT a.article_id, a.minhash, {link} FROM read_parquet($a, filename=true,"
                f" file_row_number=true) a {join} ORDER BY a.filename, a.file_row_number"
            )
            rows = con.execute(sql, params).fetchall()
            state.articles = [(r[0], r[1], r[2]) for r in rows]
        sources = _files(out, "sources")
        if sources is not None:
            rows = con.execute(
                "SELECT DISTINCT article_id, origin FROM read_parquet($s)", {"s": sources}
            ).fetchall()
            state.sources = {(r[0], r[1]) for r in rows}
        failures = _files(out, "failures")
        if failures is not None:
            rows = con.execute(
                "SELECT DISTINCT origin, code, reason FROM read_parquet($f, filename=true)"
                " WHERE regexp_matches(filename, $c)",
                {"f": failures, "c": _COORDINATOR_PART.pattern},
            ).fetchall()
            for origin, code, reason in rows:
                state.failures.setdefault(origin, set()).add((code, reason))
    finally:
        con.close()
    return state


def drop_failures(out: Path, stale: set[tuple[str, str, str]]) -> int:
    """Remove (origin, code, reason) rows from the coordinator's ``failures`` parts.

    Each part holding such a row is rewritten without it (atomically, like
    any part) or deleted when nothing is left. Returns the rows removed.
    """
    folder = out / "failures"
    if not stale or not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.glob("part-*.parquet")):
        if not _COORDINATOR_PART.search(path.name):
            continue
        rows = pq.read_table(path).to_pylist()
        kept = [r for r in rows if (r["origin"], r["code"], r["reason"]) not in stale]
        if len(kept) == len(rows):
            continue
        removed += len(rows) - len(kept)
        if kept:
            write_part(out, "failures", path.name, kept)
        else:
            path.unlink()
    return removed
