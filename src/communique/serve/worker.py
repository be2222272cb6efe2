"""One extraction worker process of ``communique serve``: load the model, analyse what comes.

The server sends a list of :class:`ExtractRequest` through a pipe and gets back,
for each, ``("ok", record_json)`` or ``("error", reason)``. Requests that share
a date and year are analysed together with ``Extractor.extract_many``, so a
batch of short texts is parsed as one batch. An article whose analysis fails
is still a record, with warning CQ211; ``"error"`` means the batch function
itself failed, which is a bug.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from multiprocessing.connection import Connection

from communique.errors import CommuniqueError
from communique.schema import Document
from communique.serve.responses import dumps


@dataclass(slots=True)
class ExtractRequest:
    """One article to analyse, as the endpoint received it."""

    text: str
    id: str = "text"
    date: str | None = None
    year: int | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    include_text: bool = False


Answer = tuple[str, str]

WARM_UP = (
    "MUNICH, Feb. 18 (Wire) - German Foreign Minister Annalena Baerbock met Wang Yi on Friday. "
    '"We will not accept this," she said, and urged Russia to pull back its troops.'
)


def serve(conn: Connection, model: str | None, actors_file: str | None, niceness: int = 0) -> None:
    """The worker's life: say it is ready (or why not), then answer batches until told to stop.

    ``niceness`` lowers its CPU priority (the long lane's worker, so that
    short texts get the cores first).
    """
    from communique.corpus.work import worker_extractor

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)
    try:
        extractor = worker_extractor(model, actors_file)
        # The first analysis builds lazy tables (gazetteer, lexicons): pay for it now,
        # not in the first client's time.
        extractor.extract(WARM_UP, date="2022-02-18")
    except CommuniqueError as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            batch = conn.recv()
        except EOFError:  # the server went away
            return
        if batch is None:
            return
        conn.send(analyse(extractor, batch))


def analyse(extractor: object, batch: list[ExtractRequest]) -> list[Answer]:
    """The answers to ``batch``, in order."""
    answers: list[Answer | None] = [None] * len(batch)
    groups: dict[tuple[str | None, int | None], list[int]] = {}
    for i, request in enumerate(batch):
        groups.setdefault((request.date, request.year), []).append(i)
    for (date, year), members in groups.items():
        documents = [
            Document(
                id=batch[i].id,
                text=batch[i].text,
                title=batch[i].title,
                source=batch[i].source,
                url=batch[i].url,
            )
            for i in members
        ]
        try:
            records = list(extractor.extract_many(documents, date=date, year=year))  # type: ignore[attr-defined]
            for i, article in zip(members, records, strict=True):
                answers[i] = ("ok", dumps(article.to_dict(include_text=batch[i].include_text)))
        except Exception as exc:  # a bug: each request of the group gets a 500, the worker lives on
            for i in members:
                answers[i] = ("error", f"{type(exc).__name__}: {exc}")
    return [a if a is not None else ("error", "no answer") for a in answers]
