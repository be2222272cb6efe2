"""What a Dask worker runs: load the model once, analyse a batch, write its Parquet parts.

The analysis is :func:`communique.corpus.work.analyse_batch`, the function
the local ingest runs, so a cluster stores the same rows. The model is loaded
when a worker joins (:class:`LoadModel`) and kept in the worker process's
cache for every later batch.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from communique import __version__
from communique.corpus.parquet import fence_holds, write_batch
from communique.corpus.plan import problem_row
from communique.corpus.scan import Scanned, reread
from communique.corpus.work import Result, Task, analyse_batch, worker_extractor
from communique.errors import InputProblem, message
from communique.store.tables import failure_row, merge_rows

#: One analysis at a time per process: workers started with several threads
#: share one spaCy pipeline, which is not meant for concurrent use (and the
#: GIL would give no speed-up anyway).
_analysing = threading.Lock()

#: A worker's log: what went wrong that no article's ``failures`` row says.
log = logging.getLogger("communique.corpus")


class LoadModel(WorkerPlugin):
    """Checks each worker as it joins and loads the extractor, so tasks find it ready.

    A worker with another communique version would store other rows, and one
    that cannot load the model would fail every task: either fails the
    plugin's setup, which reaches the client before any article is read.
    """

    def __init__(self, model: str | None, actors_file: str | None) -> None:
        self.model = model
        self.actors_file = actors_file
        self.version = __version__

    def setup(self, worker: Any) -> None:
        if self.version != __version__:
            raise RuntimeError(
                f"worker {worker.address} has communique {__version__}, the client {self.version}"
            )
        with _analysing:
            worker_extractor(self.model, self.actors_file)


@dataclass(slots=True)
class PartReport:
    """What one analysis task did, small enough to send to the client."""

    stored: list[str] = field(default_factory=list)  # article ids, in order
    quotes: int = 0
    events: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)  # CQ211, written with the batch
    unread: list[dict[str, Any]] = field(default_factory=list)  # not stored: the client writes them
    notices: list[tuple[str, str, str]] = field(default_factory=list)  # see RunSummary.notices


def lost_row(origin: str, code: str, why: str, doc_id: str | None) -> dict[str, Any]:
    """The ``failures`` row of an input whose article could not be stored (CQ216, CQ210)."""
    reason = message(code, path=origin, error=why).removeprefix(f"{code} ")
    return failure_row(origin, code, reason, doc_id=doc_id)


def _analysed(
    tasks: list[Task], options: dict[str, Any]
) -> tuple[list[Result], list[dict[str, Any]], list[tuple[str, str, str]]]:
    """Rows for the tasks; if the batch fails as a whole, article by article.

    The extractor already turns an article's failure into a warning (CQ211,
    stored), so this is the last line: an article that still raises is not
    stored and gets a CQ216 row, as in a local ingest, instead of taking its
    batch down with it. Returns the results, those rows and the batch's notice.

    The batch's own exception is logged on the worker and returned as a notice
    (CQ223) for the client's summary: when every article then passes alone, no
    ``failures`` row would otherwise say that the batch broke (a fault that
    shows only when articles meet, or a flaky worker).
    """
    with _analysing:
        try:
            return analyse_batch(tasks, **options), [], []
        except Exception as exc:  # isolate the article that breaks it
            why = f"{type(exc).__name__}: {exc}"
            origin = tasks[0].origin.origin
            text = message("CQ223", path=origin, count=len(tasks), error=why)
            log.warning(text)
            notices = [(origin, "CQ223", text.removeprefix("CQ223 "))]
        results: list[Result] = []
        lost: list[dict[str, Any]] = []
        for task in tasks:
            try:
                results.extend(analyse_batch([task], **options))
            except Exception as exc:
                why = f"analysis raised {type(exc).__name__}: {exc}"
                lost.append(lost_row(task.origin.origin, "CQ216", why, task.document.id))
        return results, lost, notices


def analyse_part(
    items: list[Scanned],
    *,
    out: str,
    run: str,
    name: str,
    near: list[dict[str, Any]],
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
) -> PartReport:
    """Re-read, analyse and store a batch of documents the coordinator chose.

    ``near`` are the batch's ``near_duplicates`` rows, stored with it so a
    link lands exactly when its article does. Nothing is written unless
    ``run`` still holds the folder (its client may have died meanwhile).
    Returns counts, not rows.
    """
    report = PartReport()
    tasks: list[Task] = []
    for item in items:
        try:
            doc = reread(item.location, item.article_id)
        except InputProblem as problem:
            report.unread.append(problem_row(problem))
            continue
        # The scan dated it (a dates table, its file name): the date is in its source.
        doc.date = item.source.published or doc.date
        tasks.append(Task(doc, item.source))
    options = {"model": model, "actors_file": actors_file, "date": date, "year": year}
    results, lost, notices = _analysed(tasks, options) if tasks else ([], [], [])
    report.unread.extend(lost)
    report.notices = notices
    stored = {r.article_id for r in results}
    rows = merge_rows([r.rows for r in results])
    rows["near_duplicates"] = [row for row in near if row["article_id"] in stored]
    rows["failures"] = [f for r in results for f in r.failures]
    if not fence_holds(Path(out), run):
        report.unread = [
            lost_row(i.source.origin, "CQ216", "its run stopped", i.source.doc_id) for i in items
        ]
        return report
    write_batch(Path(out), name, rows)
    report.stored = [r.article_id for r in results]
    report.quotes = len(rows.get("quotes", []))
    report.events = len(rows.get("events", []))
    report.failures = rows["failures"]
    return report
