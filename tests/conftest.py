"""Shared fixtures: the bundled sample corpus and an event store built from it.

Store, query and web tests need a realistic store: several articles, the same
actors on several dates, quotes and events of many kinds, one exact duplicate
and one near copy. Building it runs the model over the corpus, so it is done
once per test session and every test reads the same file (never writes it:
open it with ``open_store(sample_store)``, which is read-only).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from communique.corpus.work import Task, analyse_batch
from communique.errors import InputProblem
from communique.read import read_inputs
from communique.read.files import file_kind
from communique.store import Origin, open_store
from communique.store.db import insert_rows
from communique.store.tables import failure_row


def sample_corpus_path() -> Path:
    """The bundled corpus folder (``communique/samples/corpus``)."""
    return Path(str(resources.files("communique.samples").joinpath("corpus")))


def _tasks(corpus: Path, failures: list[dict]) -> list[Task]:
    """One task per article in the corpus, each with where it came from.

    A text file's origin is its path; a JSON Lines record's is ``path:line``.
    Documents do not carry their line number, so records are counted: the
    bundled ``.jsonl`` files have no blank or bad lines, where the two agree.
    """

    def on_problem(problem: InputProblem) -> None:
        failures.append(failure_row(str(corpus), problem.code, str(problem)))

    tasks: list[Task] = []
    for path in sorted(p for p in corpus.iterdir() if file_kind(p) is not None):
        docs = read_inputs([str(path)], on_problem=on_problem)
        for line, doc in enumerate(docs, start=1):
            origin = f"{path}:{line}" if file_kind(path) == "jsonl" else str(path)
            tasks.append(
                Task(
                    doc,
                    Origin(
                        origin,
                        doc_id=doc.id,
                        title=doc.title,
                        url=doc.url,
                        source=doc.source,
                        published=doc.date,
                    ),
                )
            )
    return tasks


def build_sample_store(corpus: Path, path: Path) -> Path:
    """Analyse ``corpus`` and write a DuckDB store at ``path``, as an ingest would.

    An article whose content hash is already stored (the exact duplicate) is
    not stored again; only its ``sources`` row is added, so both copies are
    known. Near copies are stored as separate articles (``near_duplicate_of``
    is the ingest's decision and stays empty here).
    """
    failures: list[dict] = []
    results = analyse_batch(_tasks(corpus, failures))
    con = open_store(path, read_only=False)
    try:
        seen: set[str] = set()
        con.execute("BEGIN")
        for result in results:
            if result.article_id in seen:
                insert_rows(con, {"sources": result.rows["sources"]})
            else:
                seen.add(result.article_id)
                insert_rows(con, result.rows)
            insert_rows(con, {"failures": result.failures})
        insert_rows(con, {"failures": failures})
        con.execute("COMMIT")
    finally:
        con.close()
    return path


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    """The folder of the bundled sample corpus (read-only: never write into it)."""
    return sample_corpus_path()


@pytest.fixture(scope="session")
def sample_store(sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a DuckDB store holding the analysed sample corpus, built once per session.

    Shared by every test that asks for it: open it read-only.
    """
    path = tmp_path_factory.mktemp("sample_store") / "samples.duckdb"
    return build_sample_store(sample_corpus, path)
