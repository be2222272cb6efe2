"""The explorer: a local web app (JSON API and pages) over the event store."""
