"""Reading the event store: the functions behind ``communique query/quotes/dyads/export``
and the web API, so both answer the same question the same way.

- :mod:`~communique.query.filters`: :class:`Filters` and the parameterised WHERE clauses;
- :mod:`~communique.query.events`: ``events_table`` / ``query_events`` / ``count_events``;
- :mod:`~communique.query.quotes`: ``quotes_table`` / ``query_quotes`` / ``count_quotes``;
- :mod:`~communique.query.dyads`: ``dyad_series`` / ``dyads_table`` / ``dyad_totals``;
- :mod:`~communique.query.sql`: ``run_sql`` (one read-only statement);
- :mod:`~communique.query.records`: stored records back to ``Article`` objects;
- :mod:`~communique.query.export`, :mod:`~communique.query.output`, :mod:`~communique.query.plot`.

Only the filters are imported here, so ``import communique.query`` stays light
(no DuckDB, Arrow or matplotlib until a function needs them).
"""

from communique.query.filters import Filters, event_where, quote_where

__all__ = ["Filters", "event_where", "quote_where"]
