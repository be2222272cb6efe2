"""The event trigger lexicon (``data/events.yaml``), loaded once per process.

Kept apart from the coder so that the words are data a user can read and
extend, and the coder only decides where in a sentence a word names an act.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

#: Key of a verb entry that applies to the verb on its own (no particle).
BARE = "_"


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger means: a PLOVER type and, when the word says it, a mode."""

    type: str
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, dict[str, Sense]]
    nouns: dict[str, Sense]
    support: frozenset[str]
    about: frozenset[str]
    intent: dict[str, str | None]
    willing: frozenset[str]
    directive: frozenset[str]
    deny: frozenset[str]


def _sense(value: object) -> Sense:
    if isinstance(value, str):
        return Sense(value)
    if isinstance(value, dict):
        return Sense(str(value["type"]), value.get("mode"))
    raise ValueError(f"bad lexicon entry: {value!r}")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load(
        resources.files("communique.data").joinpath("events.yaml").read_text("utf-8")
    )
    verbs = {
        str(lemma): {str(key): _sense(v) for key, v in entries.items()}
        for lemma, entries in (raw.get("verbs") or {}).items()
    }
    nouns = {str(k): _sense(v) for k, v in (raw.get("nouns") or {}).items()}
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        support=frozenset(raw.get("support") or ()),
        about=frozenset(raw.get("about") or ()),
        intent={str(k): v for k, v in (raw.get("intent") or {}).items()},
        willing=frozenset(raw.get("willing") or ()),
        directive=frozenset(raw.get("directive") or ()),
        deny=frozenset(raw.get("deny") or ()),
    )


def verb_sense(token: Token) -> tuple[Sense, list[Token]] | None:
    """The sense of a verb trigger and its words ("pull back" → RETREAT, [pull, back])."""
    entries = lexicon().verbs.get(token.lemma_.lower())
    if entries is None:
        return None
    for child in token.children:
        if child.dep_ in ("prt", "prep", "dobj", "advmod", "agent"):
            for key in (child.lower_, child.lemma_.lower()):
                sense = entries.get(key)
                if sense is not None and key != BARE:
                    # "hold talks": the object is in the trigger, so "talks" is not coded twice.
                    return sense, sorted([token, child], key=lambda t: t.i)
    sense = entries.get(BARE)
    return (sense, [token]) if sense is not None else None


def noun_sense(token: Token) -> tuple[Sense, list[Token]] | None:
    """The sense of a noun trigger, two-word names first ("air strike", "hunger strike")."""
    nouns = lexicon().nouns
    doc = token.doc
    if token.i > 0:
        prev = doc[token.i - 1]
        if prev.head.i == token.i and prev.dep_ in ("compound", "amod", "nmod"):
            for phrase in (
                f"{prev.lower_} {token.lower_}",
                f"{prev.lower_} {token.lemma_.lower()}",
            ):
                sense = nouns.get(phrase)
                if sense is not None:
                    return sense, [prev, token]
    for key in (token.lower_, token.lemma_.lower()):
        sense = nouns.get(key)
        if sense is not None:
            return sense, [token]
    return None
