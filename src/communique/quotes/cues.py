"""The attribution cue lexicon, kept as data (``data/cues.yaml``).

Loaded once per process. A verb lemma may sit in several categories; the
category decides what the quote finder does with it (see the YAML header).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

import yaml

CATEGORIES = ("speech", "directive", "cognition", "evidence", "stance")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Category → frozenset of verb lemmas."""
    raw = yaml.safe_load(
        resources.files("communique.data").joinpath("cues.yaml").read_text("utf-8")
    )
    return {cat: frozenset(str(v).lower() for v in raw.get(cat) or ()) for cat in CATEGORIES}


@lru_cache(maxsize=1)
def all_cue_lemmas() -> frozenset[str]:
    """Every lemma that can introduce an attribution."""
    out: set[str] = set()
    for words in lexicon().values():
        out |= words
    return frozenset(out)


def is_speech(lemma: str) -> bool:
    """A speech act (said, told, urged ...): may introduce a nested quote."""
    lex = lexicon()
    return lemma in lex["speech"] or lemma in lex["directive"]


def is_directive(lemma: str) -> bool:
    """A speech act aimed at someone: its object is the addressee."""
    return lemma in lexicon()["directive"]


def is_stance(lemma: str) -> bool:
    """A public position towards someone or something: its object is the content."""
    return lemma in lexicon()["stance"]


def reports_words(lemma: str) -> bool:
    """A verb that can carry someone's own words in quotation marks (not "showed")."""
    lex = lexicon()
    return lemma in lex["speech"] or lemma in lex["directive"] or lemma in lex["cognition"]


#: A (lemma, frame) seen fewer times than this in the training texts is
#: judged by the hand-written lexicon instead of by its counts.
MIN_LEARNED_COUNT = 5


@lru_cache(maxsize=1)
def learned_counts() -> dict[tuple[str, str], tuple[int, int]]:
    """(lemma, frame) → (times it was an attribution cue, times it was seen).

    Counted on PolNeAR's train split by ``scripts/build_cue_stats.py`` (``make
    train-quotes``); an empty table when the file is absent.
    """
    path = resources.files("communique.data").joinpath("cue_stats.tsv.gz")
    if not path.is_file():
        return {}
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            lemma, frame, cue, seen = line.rstrip("\n").split("\t")
            counts[(lemma, frame)] = (int(cue), int(seen))
    return counts


def learned_probability(lemma: str, frame: str) -> float | None:
    """How often this lemma in this frame was a cue in training, or None if too rare."""
    found = learned_counts().get((lemma, frame))
    if found is None or found[1] < MIN_LEARNED_COUNT:
        return None
    cue, seen = found
    return (cue + 0.5) / (seen + 1.0)
