"""Rebuilding :class:`~communique.schema.Article` records from the store.

The ``articles`` table keeps each article's full communique/1 record (without
the text, which has its own column). Turning that JSON back into the record
classes lets every writer in :mod:`communique.write` run on stored articles,
so ``export --format plover`` prints exactly what ``extract --format plover``
printed for the same article, with no second copy of the formatting code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

from communique.query.filters import Filters, article_where, event_where
from communique.schema import (
    Actor,
    Article,
    Cue,
    Dateline,
    Event,
    Heading,
    Location,
    Mention,
    Participant,
    Party,
    Quote,
    Warning,
)


def _span(value: Sequence[int] | None) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _mention(d: dict[str, Any] | None) -> Mention | None:
    if d is None:
        return None
    return Mention(text=d["text"], span=_span(d["span"]) or (0, 0), kind=d["kind"])


def _cue(d: dict[str, Any] | None) -> Cue | None:
    return Cue(text=d["text"], span=_span(d["span"]) or (0, 0)) if d else None


def _party(d: dict[str, Any] | None) -> Party | None:
    if d is None:
        return None
    mention = _mention(d["mention"])
    if mention is None:
        raise ValueError("a quotation's speaker or addressee record has no mention")
    return Party(actor=d["actor"], name=d["name"], mention=mention)


def _participant(d: dict[str, Any]) -> Participant:
    return Participant(
        name=d["name"],
        code=d["code"],
        sector=d["sector"],
        actor_id=d["actor_id"],
        mention=_mention(d.get("mention")),
    )


def _location(d: dict[str, Any] | None) -> Location | None:
    if d is None:
        return None
    return Location(
        name=d["name"],
        country=d["country"],
        geonames_id=d["geonames_id"],
        latitude=d["latitude"],
        longitude=d["longitude"],
        span=_span(d["span"]),
        from_dateline=d["from_dateline"],
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    """An :class:`Event` from its communique/1 JSON object."""
    trigger = _cue(d["trigger"])
    if trigger is None:
        raise ValueError(f"event {d.get('id')!r} has no trigger")
    return Event(
        id=d["id"],
        type=d["type"],
        mode=d["mode"],
        modality=d["modality"],
        trigger=trigger,
        sentence=_span(d["sentence"]) or (0, 0),
        reason=d["reason"],
        actor=[_participant(p) for p in d["actor"]],
        recipient=[_participant(p) for p in d["recipient"]],
        claimed_by=d["claimed_by"],
        requested_by=d["requested_by"],
        quad_class=d["quad_class"],
        cameo_root=d["cameo_root"],
        intensity=d["intensity"],
        date=d["date"],
        date_reason=d["date_reason"],
        location=_location(d["location"]),
        context=list(d["context"]),
    )


def article_from_record(record: dict[str, Any], text: str) -> Article:
    """The :class:`Article` a communique/1 record (``Article.to_dict()``) was made from.

    ``to_dict`` of the result gives ``record`` back, so writers produce the
    same output from a stored article as from a fresh extraction.
    """
    dl = record["dateline"]
    return Article(
        id=record["id"],
        text=text,
        source=record["source"],
        title=record["title"],
        url=record["url"],
        published=record["published"],
        published_reason=record["published_reason"],
        dateline=Dateline(
            text=dl["text"],
            span=_span(dl["span"]) or (0, 0),
            place=dl["place"],
            date=dl["date"],
            agency=dl["agency"],
        )
        if dl
        else None,
        headings=[
            Heading(text=h["text"], span=_span(h["span"]) or (0, 0)) for h in record["headings"]
        ],
        actors=[
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                country=a["country"],
                sector=a["sector"],
                reason=a["reason"],
                mentions=[m for m in map(_mention, a["mentions"]) if m is not None],
            )
            for a in record["actors"]
        ],
        quotes=[
            Quote(
                id=q["id"],
                kind=q["kind"],
                text=q["text"],
                span=_span(q["span"]) or (0, 0),
                cue=_cue(q["cue"]),
                speaker=_party(q["speaker"]),
                addressee=_party(q["addressee"]),
                nested_in=q["nested_in"],
            )
            for q in record["quotes"]
        ],
        events=[event_from_dict(e) for e in record["events"]],
        warnings=[
            Warning(code=w["code"], message=w["message"], span=_span(w["span"]))
            for w in record["warnings"]
        ],
    )


#: Articles fetched per round trip while streaming records.
_CHUNK = 500


def stored_articles(
    con: duckdb.DuckDBPyConnection, f: Filters, *, events_only: bool = True
) -> Iterator[Article]:
    """Stored articles as records, each with only the events that match ``f``.

    With ``events_only`` (PLOVER, CAMEO TSV) only articles with a matching event
    come out; otherwise (JSON Lines records) every article that passes the
    article filters does, and event filters narrow its events. Articles come
    in publication-date order, then by input id; events keep record order.
    Records are fetched a chunk at a time so a large store streams.
    """
    where, params = event_where(f)
    matched: dict[str, set[str]] = {
        aid: set(ids)
        for aid, ids in con.execute(
            f"SELECT e.article_id, list(e.event_id) FROM events e {where} GROUP BY 1", params
        ).fetchall()
    }
    ids = list(matched) if events_only or f.has_event_filters() else _article_ids(con, f)
    ordered = _ordered(con, ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        rows = con.execute(
            "SELECT article_id, record, text FROM articles WHERE article_id IN (SELECT unnest(?))",
            [chunk],
        ).fetchall()
        by_id = {aid: (record, text) for aid, record, text in rows}
        for aid in chunk:
            record, text = by_id[aid]
            if not record:  # written by something other than article_rows: nothing to rebuild
                continue
            article = article_from_record(json.loads(record), text or "")
            keep = matched.get(aid, set())
            article.events = [e for e in article.events if e.id in keep]
            yield article


def _article_ids(con: duckdb.DuckDBPyConnection, f: Filters) -> list[str]:
    """Articles passing the article-level filters, with ``since``/``until`` on publication."""
    where, params = article_where(f)
    rows = con.execute(f"SELECT art.article_id FROM articles art {where}", params).fetchall()
    return [r[0] for r in rows]


def _ordered(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[str]:
    if not ids:
        return []
    rows = con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))"
        " ORDER BY published NULLS LAST, doc_id, article_id",
        [ids],
    ).fetchall()
    return [r[0] for r in rows]
