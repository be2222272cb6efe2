"""Read-only access to the store for concurrent requests.

A DuckDB connection must not be used by two threads at once, and FastAPI runs
each (sync) route in a thread of its pool. The app therefore opens the store
once, read-only, and hands every request its own cursor: ``cursor()`` is a
new connection to the same database (a Parquet folder's views included),
cheap to make, closed when the request ends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from communique.store import open_store
from communique.store.db import seal


class StoreAccess:
    """The app's one read-only connection to the store, and a cursor per request."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._base = open_store(path, read_only=True)
        # The API builds every query itself, but a store connection that can reach
        # no other file and change no setting costs nothing: sealed for good.
        seal(self._base, readable=[path] if path.is_dir() else ())
        # cursor() on the shared connection is the one moment threads meet it.
        self._lock = threading.Lock()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection of its own for one request, closed afterwards."""
        with self._lock:
            cur = self._base.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        self._base.close()
