"""The event trigger lexicon (``data/events.yaml``) and where a word triggers.

Kept apart from the coder so that the words are data a user can read and
extend, and the coder only decides where in a sentence a word names an act.
The lexicon in force is the running ``communique_events`` component's
(a user's lexicon file replaces or extends the bundled one, see
:mod:`communique.events.settings`), the bundled one outside a component.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.settings import ACTIVE, Lexicon, Sense

#: Key of a verb entry that applies to the verb on its own (no particle).
BARE = "_"

__all__ = ["BARE", "Lexicon", "Sense", "lexicon", "noun_sense", "verb_sense"]


def lexicon() -> Lexicon:
    """The trigger lexicon in force: the running component's, else the bundled one."""
    return ACTIVE.get().lexicon


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
