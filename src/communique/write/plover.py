"""PLOVER JSON Lines: one event record per line, in the PLOVER manual's field names.

The PLOVER manual's "Data Fields" chapter names the exchange fields (``id``,
``date``, ``actor``, ``recipient``, ``event``, ``mode``, ``context``,
``quad_code``, ``event_text``, ``event_loc``, ``text``, ``text_info``,
``cite_info``, ``coder``) and their entity, location and text objects. Using
those names lets a PLOVER consumer read communique output without a mapping;
whatever PLOVER has no field for (modality, the quotation that claims the
event, the evidence spans) is added under names of our own, which the manual
explicitly allows. Field by field: docs/formats.md.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from typing import Any, TextIO

from communique.schema import Article, Event, Location, Participant
from communique.write.events import keep_event

#: The ``coder`` and ``cite_info.codebook`` values, so a merged dataset can tell
#: which system and ontology produced a record.
CODEBOOK = "PLOVER"


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
    record: dict[str, Any] = {
        "id": f"{article.id}-{event.id}",
        "date": event.date,
        "actor": [_entity(p) for p in event.actor],
        "recipient": [_entity(p) for p in event.recipient],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "quad_code": event.quad_class,
        "event_text": [event.trigger.text],
        "event_loc": _location(event.location, article.text),
        "text_info": {"start": start, "end": end},
        "cite_info": {
            "title": article.title,
            "url": article.url,
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
        "trigger": event.trigger.to_dict(),
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
    modalities (None keeps all; each record says its own).
    """
    count = 0
    for article in articles:
        for event in article.events:
            if not keep_event(event, modalities):
                continue
            record = plover_record(article, event, include_text=include_text)
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
            count += 1
        out.flush()
    return count
