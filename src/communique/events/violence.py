"""Whether "violence", "violent" or "violently" names physical force here.

These words name force by their meaning (the PLOVER manual's own word for the force of ASSAULT),
so unlike an act noun such as "attack" they need no target or armed doer as evidence; they can
still be turned into words ("verbal violence", "violent rhetoric"), into nature ("violent
storms"), or negated by a prefix ("non-violent crimes"). They are read here, not coded: a
mention of violence is no happening for the event coder.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.physical_words import word_list


def _negated(token: Token) -> bool:
    """ "non-violent", "anti-violence": the prefix turns the word against force (the one-word
    "nonviolent" is no word of the list)."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lower_ in word_list("negating_prefixes")
    )


def _figurative_noun(noun: Token) -> bool:
    """ "verbal violence": a modifier that makes violence a thing of words or systems."""
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in word_list("figurative_violence")
        for c in noun.children
    )


def _described(adjective: Token) -> Token | None:
    """The noun "violent" describes: its head as a modifier ("violent crimes"), or the subject
    of its linking verb ("the protests grew violent"); coordinated adjectives share it."""
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head
    if adjective.dep_ == "amod" and adjective.head.pos_ in ("NOUN", "PROPN"):
        return adjective.head
    if adjective.dep_ == "acomp":
        return next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    return None


def violence_word(token: Token) -> str | None:
    """The evidence that a word of violence names physical force here, or None (not such a
    word, or one made words, nature or its own negation)."""
    if token.lower_ not in word_list("violence_words") or _negated(token):
        return None
    if token.pos_ in ("NOUN", "PROPN"):
        return None if _figurative_noun(token) else f"the noun '{token.text}'"
    if token.pos_ == "ADJ":
        described = _described(token)
        if described is not None and (
            described.lemma_.lower() in word_list("violent_words_nouns")
            or described.lower_ in word_list("violent_words_nouns")
            or described.lemma_.lower() in word_list("natural_causes")
        ):
            return None
        return f"the adjective '{token.text}'"
    if token.pos_ == "ADV":
        return f"the adverb '{token.text}'"
    return None
