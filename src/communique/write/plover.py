"""PLOVER JSON Lines: one event record per line, in the PLOVER manual's field names.

The PLOVER manual's "Data Fields" chapter names the exchange fields (``id``,
``date``, ``actor``, ``recipient``, ``event``, ``mode``, ``context``,
``quad_code``, ``event_text``, ``event_loc``, ``text``, ``text_info``,
``cite_info``, ``coder``) and their entity, location and text objects. Using
those names lets a PLOVER consumer read communique output without a mapping;
whatever PLOVER has no field for (modality, the quotation that claims the
event, the evidence spans) is added under names of our own, which the manual
explicitly allows. Field by field: docs/formats.md.

A PLOVER reader that ignores our additions must never take an event that did not
happen for one that did. The manual puts whether an event is historical, future,
hypothetical or negated in ``context`` (its "auxiliary modes") and says negated
events can be left out of a dataset. So by default only events the text says
happened (``asserted``, ``reported``) are written; when a caller asks for other
modalities, each such record carries the manual's auxiliary mode in ``context``
and ``has_event: false``.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Collection, Iterable
from typing import Any, TextIO

from communique.schema import HAPPENED, Article, Event, Location, Participant
from communique.write.events import keep_event

#: The ``coder`` and ``cite_info.codebook`` values, so a merged dataset can tell
#: which system and ontology produced a record.
CODEBOOK = "PLOVER"


#: The PLOVER manual's auxiliary mode (written in ``context``) for each modality that is not
#: a happened event: an intended act lies in the future, a demanded one is supposed.
AUXILIARY_MODES: dict[str, str] = {
    "negated": "negation",
    "hypothetical": "hypothetical",
    "future": "future",
    "intended": "future",
    "requested": "hypothetical",
}

#: Fields communique adds to the manual's (documented in docs/formats.md).
EXTENSIONS = (
    "article_id", "event_id", "modality", "claimed_by", "requested_by", "intensity", "cameo_root",
    "cameo_code", "goldstein", "trigger", "evidence", "sentence", "date_reason", "date_precision",
    "reason",
)  # fmt: skip

#: ISO 8601 reduced precision (the length of the period string) → the name of the precision.
PRECISIONS = {10: "day", 7: "month", 4: "year", 3: "decade"}


def _dates(event: Event) -> dict[str, Any]:
    """The manual's required ``date`` (``YYYY-MM-DD``), with ``enddate`` when the text gives
    only a month, a year or a decade ("in March 2016", "last year"): the record then spans
    that period from its first day to its last, in the manual's own two date fields, and
    ``date_precision`` says which it is. A day the text gives (or the publication date
    standing in for one) is a single ``date``."""
    if event.date:
        return {"date": event.date, "date_precision": "day"}
    period = event.date_period or ""
    precision = PRECISIONS.get(len(period))
    if precision is None or precision == "day" or not period[:3].isdigit():
        return {"date": None, "date_precision": None}
    if precision == "decade":
        first, last = f"{period}0-01-01", f"{period}9-12-31"
    elif precision == "year":
        first, last = f"{period}-01-01", f"{period}-12-31"
    else:
        year, month = int(period[:4]), int(period[5:7])
        days = calendar.monthrange(year, month)[1]
        first, last = f"{period}-01", f"{period}-{days:02d}"
    return {"date": first, "enddate": last, "date_precision": precision}


def _coder() -> str:
    from communique import __version__

    return f"communique {__version__}"


def _entity(participant: Participant) -> dict[str, Any]:
    """A PLOVER entity object: the code, the sector and the words that were coded.

    ``entity_text`` is what the article says ("she", "Moscow");
    ``identifier_text`` the name it was resolved to, as the manual's table of
    entity fields separates them; ``identifier_id`` the actor's stable
    identifier (a Wikidata QID where the dictionary gives one), which the
    manual recommends for tracking one person or organisation across texts.
    """
    mention = participant.mention
    return {
        "code": participant.code,
        "sector": participant.sector,
        "entity_text": mention.text if mention else participant.name,
        "identifier_id": participant.identifier,
        "identifier_text": participant.name,
        "actor_id": participant.actor_id,
        "span": list(mention.span) if mention else None,
    }


def _location(location: Location | None, text: str) -> dict[str, Any] | None:
    """The manual's location object (the Mordecai/GeoNames fields) plus our flag."""
    if location is None:
        return None
    extracted = location.name
    if location.span is not None:
        start, end = location.span
        if 0 <= start < end <= len(text):
            extracted = text[start:end]
    return {
        "extracted_place": extracted,
        "resolved_place": location.name,
        "geonameid": location.geonames_id,
        "lat": location.latitude,
        "lon": location.longitude,
        "country_code": location.country,
        "span": list(location.span) if location.span else None,
        "from_dateline": location.from_dateline,
    }


def plover_record(article: Article, event: Event, *, include_text: bool = False) -> dict[str, Any]:
    """One event as a PLOVER JSON object.

    ``id`` joins the article and event ids so it is unique across a dataset of
    many articles, as the manual requires. ``text`` (the event's sentence) is
    left out unless asked for: the manual fills it only when the coder may pass
    the article text on, which a news feed rarely allows.
    """
    start, end = event.sentence
    auxiliary = AUXILIARY_MODES.get(event.modality)
    context = list(event.context) + ([auxiliary] if auxiliary else [])
    link = None
    if event.requested_by:
        link = f"{article.id}-{event.requested_by}"  # the demand this act is the content of
    elif event.claimed_by:
        link = f"{article.id}-{event.claimed_by}"  # the quotation that claims it
    record: dict[str, Any] = {
        "id": f"{article.id}-{event.id}",
        "has_event": event.modality in HAPPENED,
        **_dates(event),
        "actor": [_entity(p) for p in event.actor],
        "recipient": [_entity(p) for p in event.recipient],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": context,
        "quad_code": event.quad_class,
        "event_scale": event.intensity,
        "event_text": [event.trigger.text, *(c.text for c in event.evidence)],
        "event_loc": _location(event.location, article.text),
        "link": link,
        "text_info": {"start": start, "end": end},
        "cite_info": {
            "title": article.title,
            "url": article.url,
            "publication": article.source,
            "language": "en",
            "coder": _coder(),
            "codebook": CODEBOOK,
        },
        "coder": _coder(),
        # communique's additions
        "article_id": article.id,
        "event_id": event.id,
        "modality": event.modality,
        "claimed_by": event.claimed_by,
        "requested_by": event.requested_by,
        "intensity": event.intensity,
        "cameo_root": event.cameo_root,
        "cameo_code": event.cameo_code,
        "goldstein": event.goldstein,
        "trigger": event.trigger.to_dict(),
        "evidence": [c.to_dict() for c in event.evidence],
        "sentence": [start, end],
        "date_reason": event.date_reason,
        "reason": event.reason,
    }
    if include_text:
        record["text"] = article.text[start:end]
    return record


def write_plover(
    articles: Iterable[Article],
    out: TextIO,
    *,
    include_text: bool = False,
    modalities: Collection[str] | None = None,
) -> int:
    """Write one PLOVER JSON object per event to ``out``; return how many events were written.

    Flushed per article, like :func:`~communique.write.write_jsonl`, so a pipe
    sees results while a batch runs. ``modalities`` keeps only events of those
    modalities; None keeps the events that happened (:data:`HAPPENED`), as a
    PLOVER dataset expects.
    """
    count = 0
    for article in articles:
        for event in article.events:
            if not keep_event(event, modalities if modalities is not None else HAPPENED):
                continue
            record = plover_record(article, event, include_text=include_text)
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
            count += 1
        out.flush()
    return count
