"""communique: who said what to whom in news articles.

The public API is small on purpose::

    import communique
    rec = communique.extract(text, date="2022-02-10")
    rec.quotes[0].speaker.name

:class:`Extractor` keeps a loaded pipeline for many articles;
``nlp.add_pipe("communique")`` adds the analysis to an existing spaCy pipeline.
"""

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

_PIPELINE_NAMES = ("Extractor", "analyse", "extract")


def __getattr__(name: str) -> Any:
    """Import the pipeline (and spaCy) only when it is first used.

    ``import communique.schema`` stays cheap for code that only reads records.
    """
    if name in _PIPELINE_NAMES:
        from communique import pipeline

        return getattr(pipeline, name)
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
    "analyse",
    "extract",
]
