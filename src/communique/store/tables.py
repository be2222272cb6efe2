"""The event store's tables: one Arrow schema each, and one record → rows function.

This module is the store's single source of truth. DuckDB tables are created
from these Arrow schemas, the Dask runner writes Parquet with them, and every
query reads the columns named here, so a local ``.duckdb`` file and a folder of
Parquet written on a cluster hold the same data. ``docs/store.md`` documents
every column.

An article's key is its content hash (``article_id``): the SHA-256 of the text
with whitespace runs collapsed. Re-ingesting a file, or the same story from two
feeds, therefore finds the article already there; each place it came from is
kept in ``sources``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from communique.corpus.dedup import signature
from communique.schema import Article, Participant

#: Raise when a column changes meaning; stored in ``meta`` and checked on open.
STORE_VERSION = 2

_WS_RE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """The article key: SHA-256 (hex) of the text with whitespace normalised.

    Collapsing whitespace (and trimming the ends) makes a copy re-wrapped by a
    feed or saved with other line endings the same article.
    """
    normalised = _WS_RE.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _span_fields(prefix: str) -> list[pa.Field]:
    return [pa.field(f"{prefix}_start", pa.int32()), pa.field(f"{prefix}_end", pa.int32())]


ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("doc_id", pa.string()),  # the id of the first input it was read from
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("published_reason", pa.string()),
        pa.field("dateline", pa.string()),
        pa.field("dateline_place", pa.string()),
        pa.field("agency", pa.string()),
        pa.field("chars", pa.int32()),
        pa.field("n_actors", pa.int32()),
        pa.field("n_quotes", pa.int32()),
        pa.field("n_events", pa.int32()),
        pa.field("warnings", pa.list_(pa.string())),  # warning codes, e.g. CQ101
        # MinHash signature of the text's word shingles (corpus.dedup), so a later
        # run can link its near copies to this article; null for very short texts.
        pa.field("minhash", pa.binary()),
        pa.field("text", pa.string()),
        pa.field("record", pa.string()),  # the communique/1 JSON record, without the text
        pa.field("communique_version", pa.string()),
        pa.field("ingested_at", pa.timestamp("us", tz="UTC")),
    ]
)

SOURCES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("origin", pa.string()),  # file path, feed path + item, or stdin
        pa.field("doc_id", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("added_at", pa.timestamp("us", tz="UTC")),
    ]
)

ACTORS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("actor_id", pa.string(), nullable=False),
        pa.field("name", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("country", pa.string()),
        pa.field("sector", pa.string()),
        pa.field("reason", pa.string()),
        pa.field("n_mentions", pa.int32()),
        pa.field("published", pa.date32()),
    ]
)

MENTIONS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("actor_id", pa.string(), nullable=False),
        pa.field("text", pa.string()),
        pa.field("kind", pa.string()),
        *_span_fields("span"),
    ]
)

QUOTES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("quote_id", pa.string(), nullable=False),
        pa.field("kind", pa.string()),
        pa.field("text", pa.string()),
        *_span_fields("span"),
        pa.field("cue", pa.string()),
        *_span_fields("cue"),
        pa.field("speaker_id", pa.string()),
        pa.field("speaker", pa.string()),
        pa.field("speaker_country", pa.string()),
        pa.field("speaker_sector", pa.string()),
        pa.field("speaker_mention", pa.string()),
        *_span_fields("speaker"),
        pa.field("addressee_id", pa.string()),
        pa.field("addressee", pa.string()),
        pa.field("addressee_country", pa.string()),
        pa.field("nested_in", pa.string()),
        pa.field("published", pa.date32()),
    ]
)

PARTICIPANT = pa.struct(
    [
        pa.field("name", pa.string()),
        pa.field("code", pa.string()),
        pa.field("sector", pa.string()),
        pa.field("actor_id", pa.string()),
        pa.field("mention", pa.string()),
        pa.field("start", pa.int32()),
        pa.field("end", pa.int32()),
    ]
)

EVENTS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("type", pa.string()),
        pa.field("mode", pa.string()),
        pa.field("modality", pa.string()),
        # The first actor and recipient flattened for simple queries; all of them
        # in the lists (a dyad query unnests actor_codes × recipient_codes).
        pa.field("actor", pa.string()),
        pa.field("actor_code", pa.string()),
        pa.field("actor_sector", pa.string()),
        pa.field("recipient", pa.string()),
        pa.field("recipient_code", pa.string()),
        pa.field("recipient_sector", pa.string()),
        pa.field("actor_codes", pa.list_(pa.string())),
        pa.field("recipient_codes", pa.list_(pa.string())),
        pa.field("actors", pa.list_(PARTICIPANT)),
        pa.field("recipients", pa.list_(PARTICIPANT)),
        pa.field("trigger", pa.string()),
        *_span_fields("trigger"),
        *_span_fields("sentence"),
        pa.field("reason", pa.string()),
        pa.field("claimed_by", pa.string()),
        pa.field("requested_by", pa.string()),
        pa.field("quad_class", pa.int8()),
        pa.field("cameo_root", pa.string()),
        pa.field("cameo_code", pa.string()),
        pa.field("goldstein", pa.float32()),
        pa.field("intensity", pa.float32()),
        pa.field("date", pa.date32()),  # when the event happened, if the text says
        pa.field("date_reason", pa.string()),
        pa.field("published", pa.date32()),  # the article's date, for "since" filters
        pa.field("location", pa.string()),
        pa.field("location_country", pa.string()),
        pa.field("latitude", pa.float64()),
        pa.field("longitude", pa.float64()),
        pa.field("location_from_dateline", pa.bool_()),
    ]
)

#: Near-identical copies (a wire story re-run with small edits): each links to
#: the first stored copy of its story. Counting "once per story" means leaving
#: out the articles listed here. Written by the run's coordinator, which sees
#: every article in input order, not by the workers.
NEAR_DUPLICATES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("duplicate_of", pa.string(), nullable=False),
        pa.field("similarity", pa.float32()),
    ]
)

FAILURES = pa.schema(
    [
        pa.field("origin", pa.string(), nullable=False),  # file, file:line, feed item
        pa.field("doc_id", pa.string()),
        pa.field("code", pa.string()),  # CQ2xx for unreadable input, CQ211 for analysis
        pa.field("reason", pa.string()),
        pa.field("failed_at", pa.timestamp("us", tz="UTC")),
    ]
)

#: Every table, in the order they are created and written.
TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "sources": SOURCES,
    "actors": ACTORS,
    "mentions": MENTIONS,
    "quotes": QUOTES,
    "events": EVENTS,
    "near_duplicates": NEAR_DUPLICATES,
    "failures": FAILURES,
}

#: Tables that hold an article's analysis: written together, atomically.
RECORD_TABLES = ("articles", "actors", "mentions", "quotes", "events")


@dataclass(slots=True)
class Origin:
    """Where one copy of an article came from (a ``sources`` row)."""

    origin: str
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _participant(p: Participant) -> dict[str, Any]:
    mention = p.mention
    return {
        "name": p.name,
        "code": p.code,
        "sector": p.sector,
        "actor_id": p.actor_id,
        "mention": mention.text if mention else None,
        "start": mention.span[0] if mention else None,
        "end": mention.span[1] if mention else None,
    }


def article_rows(
    article: Article, origin: Origin, *, version: str, now: datetime | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows of one analysed article: its record tables plus one ``sources`` row.

    ``near_duplicates`` and ``failures`` are not filled here: a near copy is
    decided against the rest of the store, which is the run's job.
    """
    now = now or datetime.now(UTC)
    aid = content_hash(article.text)
    published = _date(article.published)
    record = article.to_dict(include_text=False)
    dl = article.dateline
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in RECORD_TABLES}
    rows["sources"] = []
    rows["articles"].append(
        {
            "article_id": aid,
            "doc_id": article.id,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "published": published,
            "published_reason": article.published_reason,
            "dateline": dl.text if dl else None,
            "dateline_place": dl.place if dl else None,
            "agency": dl.agency if dl else None,
            "chars": len(article.text),
            "n_actors": len(article.actors),
            "n_quotes": len(article.quotes),
            "n_events": len(article.events),
            "warnings": [w.code for w in article.warnings],
            "minhash": signature(article.text),
            "text": article.text,
            "record": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
            "communique_version": version,
            "ingested_at": now,
        }
    )
    rows["sources"].append(source_row(aid, origin, now=now))
    for actor in article.actors:
        rows["actors"].append(
            {
                "article_id": aid,
                "actor_id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "country": actor.country,
                "sector": actor.sector,
                "reason": actor.reason,
                "n_mentions": len(actor.mentions),
                "published": published,
            }
        )
        for m in actor.mentions:
            rows["mentions"].append(
                {
                    "article_id": aid,
                    "actor_id": actor.id,
                    "text": m.text,
                    "kind": m.kind,
                    "span_start": m.span[0],
                    "span_end": m.span[1],
                }
            )
    for q in article.quotes:
        speaker = article.actor(q.speaker.actor) if q.speaker and q.speaker.actor else None
        addressee = article.actor(q.addressee.actor) if q.addressee and q.addressee.actor else None
        rows["quotes"].append(
            {
                "article_id": aid,
                "quote_id": q.id,
                "kind": q.kind,
                "text": q.text,
                "span_start": q.span[0],
                "span_end": q.span[1],
                "cue": q.cue.text if q.cue else None,
                "cue_start": q.cue.span[0] if q.cue else None,
                "cue_end": q.cue.span[1] if q.cue else None,
                "speaker_id": q.speaker.actor if q.speaker else None,
                "speaker": q.speaker.name if q.speaker else None,
                "speaker_country": speaker.country if speaker else None,
                "speaker_sector": speaker.sector if speaker else None,
                "speaker_mention": q.speaker.mention.text if q.speaker else None,
                "speaker_start": q.speaker.mention.span[0] if q.speaker else None,
                "speaker_end": q.speaker.mention.span[1] if q.speaker else None,
                "addressee_id": q.addressee.actor if q.addressee else None,
                "addressee": q.addressee.name if q.addressee else None,
                "addressee_country": addressee.country if addressee else None,
                "nested_in": q.nested_in,
                "published": published,
            }
        )
    for e in article.events:
        first_actor = e.actor[0] if e.actor else None
        first_recipient = e.recipient[0] if e.recipient else None
        loc = e.location
        rows["events"].append(
            {
                "article_id": aid,
                "event_id": e.id,
                "type": e.type,
                "mode": e.mode,
                "modality": e.modality,
                "actor": first_actor.name if first_actor else None,
                "actor_code": first_actor.code if first_actor else None,
                "actor_sector": first_actor.sector if first_actor else None,
                "recipient": first_recipient.name if first_recipient else None,
                "recipient_code": first_recipient.code if first_recipient else None,
                "recipient_sector": first_recipient.sector if first_recipient else None,
                "actor_codes": [p.code for p in e.actor if p.code],
                "recipient_codes": [p.code for p in e.recipient if p.code],
                "actors": [_participant(p) for p in e.actor],
                "recipients": [_participant(p) for p in e.recipient],
                "trigger": e.trigger.text,
                "trigger_start": e.trigger.span[0],
                "trigger_end": e.trigger.span[1],
                "sentence_start": e.sentence[0],
                "sentence_end": e.sentence[1],
                "reason": e.reason,
                "claimed_by": e.claimed_by,
                "requested_by": e.requested_by,
                "quad_class": e.quad_class,
                "cameo_root": e.cameo_root,
                "cameo_code": e.cameo_code or None,
                "goldstein": e.goldstein,
                "intensity": e.intensity,
                "date": _date(e.date),
                "date_reason": e.date_reason,
                "published": published,
                "location": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "latitude": loc.latitude if loc else None,
                "longitude": loc.longitude if loc else None,
                "location_from_dateline": loc.from_dateline if loc else None,
            }
        )
    return rows


def source_row(article_id: str, origin: Origin, *, now: datetime | None = None) -> dict[str, Any]:
    """One ``sources`` row: a place ``article_id``'s text was read from.

    Written with the article's records for its first copy, and alone for
    every later exact copy (same content hash, another origin).
    """
    return {
        "article_id": article_id,
        "origin": origin.origin,
        "doc_id": origin.doc_id,
        "title": origin.title,
        "url": origin.url,
        "source": origin.source,
        "published": _date(origin.published),
        "added_at": now or datetime.now(UTC),
    }


def failure_row(
    origin: str, code: str, reason: str, *, doc_id: str | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """One ``failures`` row: an input that could not be read or analysed."""
    return {
        "origin": origin,
        "doc_id": doc_id,
        "code": code,
        "reason": reason,
        "failed_at": now or datetime.now(UTC),
    }


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of one table as an Arrow table with the store's schema."""
    return pa.Table.from_pylist(rows, schema=TABLES[table])


def merge_rows(batches: list[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    """Concatenate the per-table rows of several articles, table by table."""
    out: dict[str, list[dict[str, Any]]] = {}
    for rows in batches:
        for name, items in rows.items():
            out.setdefault(name, []).extend(items)
    return out
