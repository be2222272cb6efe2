"""The per-batch work every runner shares: Documents in, store rows out.

A local ingest sends batches of documents to worker processes and a Dask run
sends them to cluster workers; both call :func:`analyse_batch`, so the rows
are the same wherever they were made. The model is loaded once per process
(:func:`worker_extractor`), never per task.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique import __version__
from communique.schema import Document
from communique.store.tables import Origin, article_rows, content_hash, failure_row

if TYPE_CHECKING:
    # Imported where a model is built: the process that only plans and writes
    # (an ingest's coordinator, a Dask client) never pays for spaCy.
    from communique.pipeline import Extractor

Rows = dict[str, list[dict[str, Any]]]


@dataclass(slots=True)
class Task:
    """One article to analyse and where it came from."""

    document: Document
    origin: Origin


@dataclass(slots=True)
class Result:
    """One analysed article: its key and its rows, table by table.

    ``failures`` holds the ``failures`` row when the analysis itself failed
    (CQ211): the article is still stored, with the warning in its record.
    """

    article_id: str
    rows: Rows
    failures: list[dict[str, Any]] = field(default_factory=list)


_extractors: dict[tuple[str | None, str | None], Extractor] = {}


def worker_extractor(model: str | None = None, actors_file: str | None = None) -> Extractor:
    """This process's Extractor, built on first use and kept for every later batch."""
    key = (model, actors_file)
    extractor = _extractors.get(key)
    if extractor is None:
        from communique.pipeline import Extractor

        extractor = _extractors[key] = Extractor(
            model=model, actors_file=Path(actors_file) if actors_file else None
        )
    return extractor


def analyse_batch(
    tasks: Sequence[Task],
    *,
    model: str | None = None,
    actors_file: str | None = None,
    date: str | None = None,
    year: int | None = None,
    now: datetime | None = None,
) -> list[Result]:
    """Rows for each task, in order. Never raises for one bad article.

    The extractor already turns an analysis failure into a CQ211 warning on
    that article's record; here such an article also gets a ``failures`` row,
    so a run's report lists it.
    """
    extractor = worker_extractor(model, actors_file)
    results: list[Result] = []
    # date/year: as extract's --date/--year, for documents whose metadata has no date.
    articles = extractor.extract_many((t.document for t in tasks), date=date, year=year)
    for task, article in zip(tasks, articles, strict=True):
        rows = article_rows(article, task.origin, version=__version__, now=now)
        failed = [
            failure_row(task.origin.origin, "CQ211", w.message, doc_id=article.id, now=now)
            for w in article.warnings
            if w.code == "CQ211"
        ]
        results.append(Result(content_hash(article.text), rows, failed))
    return results
