"""The word lists of ``data/physical.yaml``, read once.

Both the reading of force (:mod:`communique.events.physical`) and the lexicon
(:mod:`communique.events.lexicon`, whose senses of act nouns take a modifier of force,
"terrorist strikes") read these lists; the physical rules build on the lexicon, so the lists
sit in a module of their own that both import, not in either of them.
"""

from __future__ import annotations

from functools import cache, lru_cache

from communique.actors.dictionary import bundled_text
from communique.yaml_data import load_yaml


@lru_cache(maxsize=1)
def words() -> dict[str, dict[str, str]]:
    """The word lists of ``data/physical.yaml`` (name -> word -> source), read once."""
    raw = load_yaml(bundled_text("physical.yaml")) or {}
    return {
        str(name): {str(w): str(src) for w, src in (table or {}).items()}
        for name, table in raw.items()
    }


@cache
def word_list(name: str) -> frozenset[str]:
    """One word list of ``data/physical.yaml``, as a set of its words, made once per list:
    the rules ask for some sixty lists, more than a small cache keeps, and the names are
    bounded by the file's tables."""
    return frozenset(words().get(name, {}))
