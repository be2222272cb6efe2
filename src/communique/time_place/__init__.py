"""Dates and places of events: when and where, each with the evidence for it.

``resolve_date`` reads the date words of an event's sentence against the
publication date; ``find_location`` finds the place the event's clause puts it
in, or falls back to the dateline. Both are called once per event by the
event coder, never raise, and keep their lookups cached per process.
"""

from communique.time_place.dates import When, resolve_date, resolve_when
from communique.time_place.gazetteer import Gazetteer
from communique.time_place.location import find_location, place_before, place_of_phrase

__all__ = [
    "Gazetteer",
    "When",
    "find_location",
    "place_before",
    "place_of_phrase",
    "resolve_date",
    "resolve_when",
]
