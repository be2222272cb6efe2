"""An article's record turned into what its page shows: marked-up text and side lists.

Speakers get colours in order of first quotation (the palette has
:data:`PALETTE_SIZE` entries and repeats), so a quote in the text and its entry
in the side list share a colour. An event's trigger carries one badge per event
("THREATEN · negated"); its sentence is marked too, invisible until the event
is picked in the side list.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from communique.serve.highlight import Mark, render

#: Speaker colours defined in explorer.css as ``.spk0`` … ``.spk9``.
PALETTE_SIZE = 10


def badge_text(event: dict[str, Any]) -> str:
    """The label a person reads on a trigger: type and modality."""
    return f"{event.get('type')} · {event.get('modality')}"


def _span(item: dict[str, Any] | None) -> tuple[int, int] | None:
    span = (item or {}).get("span")
    if not span or len(span) != 2:
        return None
    return int(span[0]), int(span[1])


def speaker_colours(record: dict[str, Any]) -> dict[str, int]:
    """Actor id → colour index, in order of each speaker's first quotation."""
    colours: dict[str, int] = {}
    for q in record.get("quotes", []):
        actor = ((q.get("speaker") or {}).get("actor")) or None
        if actor and actor not in colours:
            colours[actor] = len(colours) % PALETTE_SIZE
    return colours


def _colour_class(colours: dict[str, int], actor: str | None) -> str:
    return f"spk{colours[actor]}" if actor in colours else "spk-none"


def article_view(row: dict[str, Any]) -> dict[str, Any]:
    """Everything the article template needs beyond the article itself.

    ``row`` is the communique/1 record with its ``text`` (what the API's
    ``/api/articles/{id}`` returns).
    """
    record = row
    text = row.get("text") or ""
    colours = speaker_colours(record)
    actors = {a["id"]: a for a in record.get("actors", [])}
    marks: list[Mark] = []

    for a in record.get("actors", []):
        for m in a.get("mentions", []):
            span = _span(m)
            if span:
                marks.append(
                    Mark(
                        *span,
                        "mention",
                        (_colour_class(colours, a["id"]),),
                        {"actor": a["id"], "mention": f"{span[0]}-{span[1]}"},
                    )
                )

    quotes = []
    for q in record.get("quotes", []):
        span = _span(q)
        speaker = q.get("speaker") or {}
        colour = _colour_class(colours, speaker.get("actor"))
        if span:
            attrs = {"quote": q["id"]}
            if speaker.get("actor"):
                attrs["speaker"] = speaker["actor"]
            marks.append(Mark(*span, "quote", (colour, q.get("kind", "")), attrs))
        speaker_span = _span(speaker.get("mention"))
        quotes.append(
            {
                "id": q["id"],
                "kind": q.get("kind"),
                "text": q.get("text"),
                "colour": colour,
                "speaker": speaker.get("name"),
                "speaker_actor": actors.get(speaker.get("actor") or ""),
                "speaker_span": f"{speaker_span[0]}-{speaker_span[1]}" if speaker_span else "",
                "cue": (q.get("cue") or {}).get("text"),
                "addressee": (q.get("addressee") or {}).get("name"),
                "nested_in": q.get("nested_in"),
            }
        )

    # Events that share a trigger (or a sentence) share one mark.
    by_trigger: dict[tuple[int, int], list[dict[str, Any]]] = {}
    by_sentence: dict[tuple[int, int], list[str]] = {}
    events = []
    for e in record.get("events", []):
        trigger = _span(e.get("trigger"))
        if trigger:
            by_trigger.setdefault(trigger, []).append(e)
        sentence = e.get("sentence")
        if sentence and len(sentence) == 2:
            by_sentence.setdefault((int(sentence[0]), int(sentence[1])), []).append(e["id"])
        events.append(
            {
                "id": e["id"],
                "type": e.get("type"),
                "modality": e.get("modality"),
                "badge": badge_text(e),
                "quad_class": e.get("quad_class"),
                "trigger": (e.get("trigger") or {}).get("text"),
                "actors": e.get("actor") or [],
                "recipients": e.get("recipient") or [],
                "date": e.get("date"),
                "claimed_by": e.get("claimed_by"),
                "location": (e.get("location") or {}).get("name"),
                "reason": e.get("reason"),
            }
        )
    for span, group in by_trigger.items():
        badges = Markup("").join(
            Markup('<span class="badge m-{}" data-badge-of="{}">{}</span>').format(
                e.get("modality"), e["id"], badge_text(e)
            )
            for e in group
        )
        quad = group[0].get("quad_class")
        marks.append(
            Mark(
                *span,
                "trigger",
                (f"qc{quad}",),
                {"events": " ".join(e["id"] for e in group)},
                after=badges,
            )
        )
    for span, ids in by_sentence.items():
        marks.append(Mark(*span, "sentence", (), {"sentence-of": " ".join(ids)}))

    speakers = []
    for actor_id, index in colours.items():
        actor = actors.get(actor_id) or {"name": actor_id}
        speakers.append({"actor": actor, "colour": f"spk{index}"})
    return {
        "html": render(text, marks),
        "quotes": quotes,
        "events": events,
        "speakers": speakers,
        "actors": list(actors.values()),
        "warnings": record.get("warnings", []),
    }
