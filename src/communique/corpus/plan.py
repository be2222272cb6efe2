"""Deciding, in input order, what each input document is for this run.

The ingest coordinator reads every input itself (cheap) and keys each text by
its content hash before any worker sees it. A document is then one of:

* **new**: its text is neither stored nor on its way to the store; it becomes
  a :class:`~communique.corpus.work.Task` for a worker;
* **a copy**: its text is stored (or is being analysed) but this origin is not
  among its sources yet; only a ``sources`` row is written;
* **skipped**: this text from this origin is already stored (a re-run, or a
  resume after a kill): nothing is written.

Inputs that cannot be read become ``failures`` rows. Documents are grouped
into :class:`Unit` objects of at most ``batch_size`` new articles; a unit is
the work of one worker call and one store transaction, so an article is
committed with all its records, its sources and its failures at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb

from communique.corpus.work import Result, Task
from communique.errors import InputProblem
from communique.schema import Document
from communique.store.tables import Origin, content_hash, failure_row, source_row

#: Documents read and looked up in the store at once. Larger than a unit, so a
#: re-run over a stored corpus costs one query per this many documents.
LOOKUP_CHUNK = 256

Row = dict[str, Any]


@dataclass(slots=True)
class Unit:
    """Consecutive inputs settled together: analysed by one worker call, written in one transaction.

    ``ids[i]`` is the content hash of ``tasks[i]``; ``results[i]`` its
    analysis once a worker returned it (None while pending, or when the worker
    died on it: ``lost[i]`` then says why).
    """

    seq: int
    tasks: list[Task] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    copies: list[Row] = field(default_factory=list)  # sources rows of already known texts
    problems: list[Row] = field(default_factory=list)  # failures rows of unreadable inputs
    settled: list[str] = field(default_factory=list)  # origins read fine but not analysed
    skipped: int = 0
    results: list[Result | None] = field(default_factory=list)
    lost: dict[int, str] = field(default_factory=dict)
    notices: list[tuple[str, str, str]] = field(default_factory=list)  # see RunSummary.notices
    complete: bool = False

    @property
    def size(self) -> int:
        """Inputs this unit accounts for (what the progress bar counts)."""
        return len(self.tasks) + len(self.copies) + len(self.problems) + self.skipped


def origin_of(document: Document) -> Origin:
    """The ``sources`` entry of one read document."""
    return Origin(
        origin=document.origin or document.id,
        doc_id=document.id,
        title=document.title,
        url=document.url,
        source=document.source,
        published=document.date,
    )


def problem_row(problem: InputProblem, now: datetime | None = None) -> Row:
    """The ``failures`` row of an input that could not be read."""
    origin = problem.origin or str(problem.fields.get("path", "?"))
    return failure_row(origin, problem.code, problem.reason, now=now)


class Planner:
    """Turns the stream of read documents and problems into :class:`Unit` objects.

    Knows what the store holds (by asking it, a chunk of documents at a time)
    and what this run has planned but not yet written (``pending``), so an
    identical text read twice before the first copy is committed is analysed
    once. :meth:`written` must be called once a unit is committed. ``lost``
    (the writer's record of texts whose analysis killed a worker this run)
    makes a later copy of such a text a copy, which the writer fails at
    once, instead of another crash.
    """

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        documents: Iterable[Document],
        problems: list[InputProblem],
        *,
        batch_size: int,
        lost: Mapping[str, str] | None = None,
    ) -> None:
        self.con = con
        self.documents = iter(documents)
        self.problems = problems  # filled by the reader's on_problem callback
        self.batch_size = max(1, batch_size)
        self._pending: Counter[str] = Counter()  # article ids planned, not yet committed
        self._pending_sources: set[tuple[str, str]] = set()
        self._lost = lost if lost is not None else {}
        self._seq = 0

    def units(self) -> Iterator[Unit]:
        """Units in input order; the last may be smaller, a unit may hold no task."""
        unit = self._new_unit()
        while True:
            chunk, problems = self._read_chunk()
            if not chunk and not problems:
                break
            for problem in problems:
                unit.problems.append(problem_row(problem))
            stored, sources = self._lookup([aid for aid, _ in chunk])
            now = datetime.now(UTC)
            for aid, document in chunk:
                origin = origin_of(document)
                key = (aid, origin.origin)
                if key in sources or key in self._pending_sources:
                    unit.skipped += 1
                    unit.settled.append(origin.origin)
                elif aid in stored or self._pending[aid] or aid in self._lost:
                    unit.copies.append(source_row(aid, origin, now=now))
                    unit.settled.append(origin.origin)
                    self._pending_sources.add(key)
                else:
                    unit.tasks.append(Task(document, origin))
                    unit.ids.append(aid)
                    self._pending[aid] += 1
                    self._pending_sources.add(key)
                    if len(unit.tasks) >= self.batch_size:
                        yield unit
                        unit = self._new_unit()
        if unit.size:
            yield unit

    def written(self, unit: Unit) -> None:
        """Forget a committed unit: the store now answers for its articles."""
        for aid, task in zip(unit.ids, unit.tasks, strict=True):
            self._pending[aid] -= 1
            if self._pending[aid] <= 0:
                del self._pending[aid]
            self._pending_sources.discard((aid, task.origin.origin))
        for row in unit.copies:
            self._pending_sources.discard((row["article_id"], row["origin"]))

    def _new_unit(self) -> Unit:
        unit = Unit(seq=self._seq)
        self._seq += 1
        return unit

    def _read_chunk(self) -> tuple[list[tuple[str, Document]], list[InputProblem]]:
        chunk: list[tuple[str, Document]] = []
        for document in self.documents:
            chunk.append((content_hash(document.text), document))
            if len(chunk) >= LOOKUP_CHUNK:
                break
        problems = list(self.problems)
        self.problems.clear()
        return chunk, problems

    def _lookup(self, ids: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
        """Which of these article ids are stored, and their stored (id, origin) pairs."""
        if not ids:
            return set(), set()
        wanted = sorted(set(ids))
        stored = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [wanted],
        ).fetchall()
        found = [row[0] for row in stored]
        if not found:
            return set(), set()
        pairs = self.con.execute(
            "SELECT article_id, origin FROM sources"
            " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [found],
        ).fetchall()
        return set(found), {(a, o) for a, o in pairs}
