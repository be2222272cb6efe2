"""The event store: DuckDB (or Parquet) tables of articles, actors, quotes and events.

:mod:`communique.store.tables` defines the tables and turns a record into rows;
:mod:`communique.store.db` opens a store with clear errors.
"""

from communique.store.db import open_store
from communique.store.tables import TABLES, Origin, article_rows, content_hash

__all__ = ["TABLES", "Origin", "article_rows", "content_hash", "open_store"]
