"""Per-batch functions for ingest tests that need no spaCy model.

They run in spawned worker processes, which import them by module name: this
file must stay importable on its own (tests/ is on sys.path under pytest).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence

from communique.corpus.work import Result, Task
from communique.schema import Article
from communique.store.tables import article_rows, content_hash

#: A document containing this kills the worker analysing it (as a segfault would).
CRASH = "KILL-THIS-WORKER"
#: A document containing this makes the batch function raise.
RAISE = "RAISE-IN-ANALYSIS"


def plain_analyse(
    tasks: Sequence[Task],
    *,
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
) -> list[Result]:
    """Rows of each article as read, with no actors, quotes or events."""
    for task in tasks:
        if CRASH in task.document.text:
            os.kill(os.getpid(), signal.SIGKILL)
        if RAISE in task.document.text:
            raise ValueError("a bug in the batch function")
    return tolerant_analyse(tasks)


def tolerant_analyse(
    tasks: Sequence[Task],
    *,
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
) -> list[Result]:
    """As :func:`plain_analyse`, with the crash and error markers ignored (a fixed bug)."""
    results = []
    for task in tasks:
        doc = task.document
        article = Article(id=doc.id, text=doc.text, title=doc.title, url=doc.url, source=doc.source)
        rows = article_rows(article, task.origin, version="test")
        results.append(Result(content_hash(doc.text), rows))
    return results


def dies_on_start(
    tasks: Sequence[Task],
    *,
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
) -> list[Result]:
    """A worker that dies while loading (its warm-up call has no tasks)."""
    if not tasks:
        os.kill(os.getpid(), signal.SIGKILL)
    return plain_analyse(tasks)
