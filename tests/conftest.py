"""Shared fixtures: the bundled sample corpus and an event store built from it.

Store, query and web tests need a realistic store: several articles, the same
actors on several dates, quotes and events of many kinds, one exact duplicate
and one near copy. Building it runs the model over the corpus, so it is done
once per test session and every test reads the same file (never writes it:
open it with ``open_store(sample_store)``, which is read-only).
"""

from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest


def sample_corpus_path() -> Path:
    """The bundled corpus folder (``communique/samples/corpus``)."""
    return Path(str(resources.files("communique.samples").joinpath("corpus")))


def build_sample_store(corpus: Path, path: Path) -> Path:
    """Ingest ``corpus`` into a DuckDB store at ``path`` with ``communique ingest``'s own code.

    One worker process, so the store holds exactly what a user's ``make demo``
    holds: the exact duplicate as a second source, the near copy linked in
    ``near_duplicates``, every record committed with its article.
    """
    from communique.corpus.ingest import ingest

    ingest([str(corpus)], path, workers=1)
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


@pytest.fixture(scope="session")
def event_lexicon_build() -> ModuleType:
    """scripts/build_event_lexicon.py as a module, for tests of how the lexicon is built."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_event_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_event_lexicon", path)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # its dataclasses look their module up while built
    spec.loader.exec_module(build)
    return build
