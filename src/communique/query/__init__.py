"""Reading the event store: filters shared by the CLI and the web API."""

from communique.query.filters import Filters, event_where, quote_where

__all__ = ["Filters", "event_where", "quote_where"]
