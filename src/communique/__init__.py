"""communique: who said what to whom in news articles.

The public API is small on purpose::

    import communique
    rec = communique.extract(text, date="2022-02-10")
    rec.quotes[0].speaker.name

:class:`Extractor` keeps a loaded pipeline for many articles;
``communique.add_pipes(nlp)`` adds the analysis, one spaCy component per
stage, to an existing spaCy pipeline, and ``communique.record_from_doc(doc)``
reads the record off a processed Doc.
"""

import importlib
from typing import Any

from communique.schema import (
    SCHEMA_VERSION,
    Actor,
    Article,
    Cue,
    Dateline,
    Document,
    Heading,
    Mention,
    Party,
    Quote,
    Warning,
)

__version__ = "0.1.0"

#: Names imported from their module on first use.
_LAZY = {
    "Extractor": "communique.pipeline",
    "extract": "communique.pipeline",
    "add_pipes": "communique.component",
    "make_doc": "communique.component",
    "record_from_doc": "communique.record",
}


def __getattr__(name: str) -> Any:
    """Import the pipeline (and spaCy) only when it is first used.

    ``import communique.schema`` stays cheap for code that only reads records.
    """
    module = _LAZY.get(name)
    if module is not None:
        return getattr(importlib.import_module(module), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "Cue",
    "Dateline",
    "Document",
    "Extractor",
    "Heading",
    "Mention",
    "Party",
    "Quote",
    "Warning",
    "add_pipes",
    "extract",
    "make_doc",
    "record_from_doc",
]
