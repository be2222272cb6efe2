"""Choosing which events an output carries, shared by every event writer.

A dataset builder usually wants only what happened (``asserted``), while a
reader of one article wants everything, labelled. The choice is made once, on
the records, so JSON Lines, PLOVER, TSV and the table all agree on it.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Collection, Iterable, Iterator

from communique.schema import Article, Event, Modality

#: Every modality an event can carry, in the order the schema lists them.
MODALITIES: tuple[str, ...] = typing.get_args(Modality)


def parse_modalities(value: str | None) -> frozenset[str] | None:
    """The set named by ``"asserted,negated"``; None (keep all) for an empty value.

    Raises ValueError naming the unknown words, so the CLI can show the choices
    instead of silently writing nothing.
    """
    if value is None:
        return None
    words = [w.strip().lower() for w in value.split(",") if w.strip()]
    if not words:
        return None
    unknown = sorted({w for w in words if w not in MODALITIES})
    if unknown:
        raise ValueError(
            f"unknown modality {', '.join(unknown)}; choose from {', '.join(MODALITIES)}"
        )
    return frozenset(words)


def keep_event(event: Event, modalities: Collection[str] | None) -> bool:
    """Whether ``event`` passes the modality filter (None keeps every event)."""
    return modalities is None or event.modality in modalities


def filter_events(
    articles: Iterable[Article], modalities: Collection[str] | None
) -> Iterator[Article]:
    """Articles with only the events of the given modalities, lazily, in order.

    Copies instead of editing so a caller that keeps the records (a web cache, a
    test) still sees every event. ``None`` passes the articles through untouched.
    """
    for article in articles:
        if modalities is None:
            yield article
        else:
            kept = [e for e in article.events if e.modality in modalities]
            yield dataclasses.replace(article, events=kept)
