"""Publication dates: parsing what inputs give, and choosing the one to use.

The publication date anchors every relative date in an article ("on Tuesday",
"last week"), so where it came from matters as much as its value: each choice
is returned with a reason a reader can judge.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from communique.read.dateline import dateline_parts
from communique.schema import Dateline, Document

_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")

#: dateparser settings for *absolute* dates only. A date that needs a base
#: ("yesterday", "March 3" without a year, an epoch number read in the local
#: time zone) would make the result depend on when or where the tool runs.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
}


@lru_cache(maxsize=4096)
def parse_date(value: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for a free-form absolute date, or None.

    Accepts ISO dates and timestamps (the calendar date as written, not
    converted to another time zone) and English forms such as
    ``March 3, 2022``, ``3 March 2022`` or ``Thu, 03 Mar 2022 10:00:00 GMT``.
    A value without a day, month and year gives None.
    """
    value = value.strip()
    if not value or len(value) > 100:
        return None
    if _ISO_PREFIX.match(value):
        try:
            return dt.datetime.fromisoformat(value).date().isoformat()
        except ValueError:
            try:
                return dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                return None
    # Imported here: only inputs with non-ISO dates pay for loading it.
    import dateparser

    try:
        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def publication_date(
    doc: Document, dateline: Dateline | None, *, date: str | None, year: int | None
) -> tuple[str | None, str | None]:
    """The article's publication date and why: ``(iso_date, reason)``.

    Sources in order of trust:

    1. ``doc.date``, the input's own metadata -> ``"metadata"``;
    2. ``date``, given by the user (``--date``) -> ``"given"``;
    3. the dateline: its month and day with the year written in it ->
       ``"dateline"``, or with ``year`` (``--year``) -> ``"dateline+year"``;
    4. nothing: ``(None, None)``.

    A value that does not parse is passed over, not guessed at (the reader has
    already warned about an unparseable metadata date, CQ108).
    """
    if doc.date:
        iso = parse_date(doc.date)
        if iso:
            return iso, "metadata"
    if date:
        iso = parse_date(date)
        if iso:
            return iso, "given"
    if dateline is not None:
        month, day, written_year = dateline_parts(dateline.text)
        if month and day:
            if written_year:
                iso = _iso(written_year, month, day)
                if iso:
                    return iso, "dateline"
            elif year:
                iso = _iso(year, month, day)
                if iso:
                    return iso, "dateline+year"
        elif dateline.date and parse_date(dateline.date):
            # A dateline built elsewhere, with a date but no parseable text.
            return parse_date(dateline.date), "dateline"
    return None, None
