"""JSON Lines output and the JSON Schema that describes each line."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from functools import cache
from importlib.resources import files
from typing import Any, TextIO

from communique.schema import Article
from communique.write.events import keep_event

SCHEMA_FILE = "communique.schema.json"


def write_jsonl(articles: Iterable[Article], out: TextIO, *, include_text: bool = False) -> int:
    """Write one communique/1 object per line to ``out``; return how many were written.

    Each line is flushed as soon as it is written so that a consumer reading a
    pipe (``communique extract - | jq``) sees records while a long batch is still
    running, and a crash mid-batch leaves every finished record intact.
    ``ensure_ascii=False`` keeps names such as "Vučić" readable and the lines short.
    The article text is left out unless asked for, since it is usually the
    largest part of a record and the reader already has it.
    """
    count = 0
    for article in articles:
        out.write(json.dumps(article.to_dict(include_text=include_text), ensure_ascii=False))
        out.write("\n")
        out.flush()
        count += 1
    return count


def write_events_jsonl(
    articles: Iterable[Article],
    out: TextIO,
    *,
    modalities: Collection[str] | None = None,
) -> int:
    """Write one communique event object per line, each with its ``article_id``; return the count.

    For datasets of events rather than articles (``--events-only``): the event
    is exactly the ``events[]`` item of the article record, so the same code
    reads both, and ``article_id`` leads the object so the line can be joined
    back to its article. ``modalities`` keeps only those events.
    """
    count = 0
    for article in articles:
        for event in article.events:
            if not keep_event(event, modalities):
                continue
            record = {"article_id": article.id, **event.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
            count += 1
        out.flush()
    return count


@cache
def _schema_text() -> str:
    return (files("communique") / "data" / SCHEMA_FILE).read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one communique/1 record, as a fresh dict.

    Read through :mod:`importlib.resources` so it works from an installed wheel
    as well as from the source tree. The file is read once; every call parses
    it again so a caller may change the returned dict without affecting others.
    """
    return json.loads(_schema_text())
