"""Per-batch functions for ingest tests that need no spaCy model.

They run in spawned worker processes, which import them by module name: this
file must stay importable on its own (tests/ is on sys.path under pytest).
"""

from __future__ import annotations

import os
import signal
import struct
import sys
import time
from collections.abc import Sequence

from communique.corpus.work import Result, Task
from communique.schema import Article
from communique.store.tables import article_rows, content_hash

#: A document containing this kills the worker analysing it (as a segfault would).
CRASH = "KILL-THIS-WORKER"
#: A document containing this makes the batch function raise.
RAISE = "RAISE-IN-ANALYSIS"
#: A document containing this kills its worker halfway through handing back the result.
CUT_OFF = "KILLED-WHILE-SENDING"
#: A document containing this stops its worker halfway through handing back the result:
#: it writes the file named after the marker, then sleeps.
STALL = "STALLED-WHILE-SENDING:"


def _half_a_result() -> None:
    """Write the start of a result message to the coordinator, as a worker cut off mid-send would.

    The result pipe is the one ``concurrent.futures`` gave this worker
    (``result_queue`` of its worker loop). A message claims a megabyte and
    brings ten bytes; the queue's write lock stays taken, as it would be.
    """
    frame = sys._getframe()
    while frame.f_code.co_name != "_process_worker":
        frame = frame.f_back
    results = frame.f_locals["result_queue"]
    results._wlock.acquire()
    results._writer._send(struct.pack("!i", 1_000_000) + b"0123456789")


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
        if CUT_OFF in task.document.text:
            _half_a_result()
            os.kill(os.getpid(), signal.SIGKILL)
        if STALL in task.document.text:
            _half_a_result()
            flag = task.document.text.split(STALL, 1)[1].split()[0]
            with open(flag, "w", encoding="utf-8") as out:
                out.write("sending")
            time.sleep(600)
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


def fails_together_analyse(
    tasks: Sequence[Task],
    *,
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
) -> list[Result]:
    """Raises on more than one article at once (a fault that shows only when articles meet)."""
    if len(tasks) > 1:
        raise MemoryError("too much at once")
    return tolerant_analyse(tasks)
