"""The attribution cue lexicon, kept as data (``data/cues.yaml``).

A verb lemma may sit in several categories; the category decides what the
quote finder does with it (see the YAML header). The lexicon and the learned
counts in force are the running ``communique_quotes`` component's settings
(:mod:`communique.quotes.settings`), the bundled ones outside a component.
"""

from __future__ import annotations

from communique.quotes.settings import ACTIVE, CATEGORIES

__all__ = [
    "CATEGORIES",
    "all_cue_lemmas",
    "is_directive",
    "is_speech",
    "is_stance",
    "learned_counts",
    "learned_probability",
    "lexicon",
    "reports_words",
    "words",
]


def lexicon() -> dict[str, frozenset[str]]:
    """Category → frozenset of verb lemmas."""
    return ACTIVE.get().cues


def words(name: str) -> frozenset[str]:
    """A word list of the lexicon (``carriers``, ``topic_prepositions``: see cues.yaml)."""
    return ACTIVE.get().words[name]


def all_cue_lemmas() -> frozenset[str]:
    """Every lemma that can introduce an attribution."""
    return ACTIVE.get().all_cues


def is_speech(lemma: str) -> bool:
    """A speech act (said, told, urged ...): may introduce a nested quote."""
    lex = ACTIVE.get().cues
    return lemma in lex["speech"] or lemma in lex["directive"]


def is_directive(lemma: str) -> bool:
    """A speech act aimed at someone: its object is the addressee."""
    return lemma in ACTIVE.get().cues["directive"]


def is_stance(lemma: str) -> bool:
    """A public position towards someone or something: its object is the content."""
    return lemma in ACTIVE.get().cues["stance"]


def reports_words(lemma: str) -> bool:
    """A verb that can carry someone's own words in quotation marks (not "showed")."""
    lex = ACTIVE.get().cues
    return lemma in lex["speech"] or lemma in lex["directive"] or lemma in lex["cognition"]


def learned_counts() -> dict[tuple[str, str], tuple[int, int]]:
    """(lemma, frame) → (times it was an attribution cue, times it was seen).

    Counted on PolNeAR's train split by ``scripts/build_cue_stats.py`` (``make
    train-quotes``); an empty table when the file is absent.
    """
    return ACTIVE.get().learned


def learned_probability(lemma: str, frame: str) -> float | None:
    """How often this lemma in this frame was a cue in training, or None if too rare.

    A (lemma, frame) seen fewer than the ``min_learned_count`` setting's times
    is left to the hand-written lexicon.
    """
    settings = ACTIVE.get()
    found = settings.learned.get((lemma, frame))
    if found is None or found[1] < settings.min_learned_count:
        return None
    cue, seen = found
    return (cue + 0.5) / (seen + 1.0)
