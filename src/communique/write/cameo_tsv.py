"""CAMEO-style tab-separated rows: one event per line, for GDELT/ICEWS-era tooling.

Pipelines built on CAMEO data expect a flat table with fixed columns: who
(code, sector, name), did what (CAMEO root and PLOVER type), to whom, when,
how hard (quad class and score). Compound actors fit one cell by joining their
members with ``;`` in the same order in every column, so the n-th code, sector
and name belong together.

The format has no quoting: a field never holds a tab or a line break (both
become spaces), so ``cut -f`` and ``csv`` with ``QUOTE_NONE`` read it as is.
Cells from the article that would start a spreadsheet formula (``=``, ``+``,
``-``, ``@``) get a leading apostrophe, because article text is untrusted and
these files are often opened in a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TextIO

from communique.schema import Article, Event, Participant
from communique.write.events import keep_event

#: Column names, in order; the header row when ``header=True``.
COLUMNS: tuple[str, ...] = (
    "article_id",
    "event_id",
    "date",
    "actor_code",
    "actor_sector",
    "actor_name",
    "recipient_code",
    "recipient_sector",
    "recipient_name",
    "cameo_root",
    "plover_type",
    "mode",
    "modality",
    "quad_class",
    "intensity",
    "trigger",
    "trigger_start",
    "trigger_end",
    "claimed_by",
    "place",
    "place_country",
    "latitude",
    "longitude",
    "geonames_id",
)

# Every character Python's str.splitlines() breaks on, plus the tab.
_BREAKS = str.maketrans(dict.fromkeys("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))
_FORMULA_START = ("=", "+", "-", "@")


def _cell(value: object) -> str:
    """A value as one TSV cell: None is empty, numbers plain, text on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        # Whole scores read as integers ("-2"); coordinates keep every digit.
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).translate(_BREAKS)


def _text_cell(value: str | None) -> str:
    """An article-derived string, safe to open in a spreadsheet."""
    cell = _cell(value)
    if cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _joined(participants: list[Participant], attr: str) -> str:
    """One cell for a compound actor; a ";" inside a name becomes "," to keep members apart."""
    values = [getattr(p, attr) for p in participants]
    if attr == "name":
        return ";".join(_cell(v).replace(";", ",") for v in values)
    return ";".join(_cell(v) for v in values)


def cameo_row(article: Article, event: Event) -> list[str]:
    """The cells of one event's row, in :data:`COLUMNS` order."""
    loc = event.location
    return [
        _text_cell(article.id),
        _text_cell(event.id),
        _cell(event.date),
        _joined(event.actor, "code"),
        _joined(event.actor, "sector"),
        _text_cell(_joined(event.actor, "name")),
        _joined(event.recipient, "code"),
        _joined(event.recipient, "sector"),
        _text_cell(_joined(event.recipient, "name")),
        _cell(event.cameo_root),
        _cell(event.type),
        _cell(event.mode),
        _cell(event.modality),
        _cell(event.quad_class),
        _cell(event.intensity),
        _text_cell(event.trigger.text),
        _cell(event.trigger.span[0]),
        _cell(event.trigger.span[1]),
        _cell(event.claimed_by),
        _text_cell(loc.name) if loc else "",
        _cell(loc.country) if loc else "",
        _cell(None if loc is None or loc.latitude is None else float(loc.latitude)),
        _cell(None if loc is None or loc.longitude is None else float(loc.longitude)),
        _cell(loc.geonames_id) if loc else "",
    ]


def write_cameo_tsv(
    articles: Iterable[Article],
    out: TextIO,
    *,
    header: bool = True,
    modalities: Collection[str] | None = None,
) -> int:
    """Write one tab-separated row per event to ``out``; return how many rows (no header).

    The header is written even when no event follows, so an empty result is
    still a well-formed table. ``modalities`` keeps only those events.
    """
    if header:
        out.write("\t".join(COLUMNS) + "\n")
    count = 0
    for article in articles:
        for event in article.events:
            if not keep_event(event, modalities):
                continue
            out.write("\t".join(cameo_row(article, event)) + "\n")
            count += 1
        out.flush()
    return count
