"""The end of an act of force: "Russia halted the bombing of Aleppo", "the shelling was stopped".

CAMEO's CANCEL block codes a verb of ending with an act of force as its object as the end of
that force, a de-escalation ("- * ATTACKS [0871] # HALT", "- * {AIR RAIDS} [087] # HALT",
"- * SHELL [087] # STOP", CAMEO.2.0.txt:1145-1157). Its patterns list a few acts by name; the
physical reading of the object noun (:func:`communique.events.physical.reading`) tells the
rest ("the bombing", "the airstrikes", "their assault on the city") and leaves out nouns that
name no force there. The reading builds on the lexicon, so this rule sits in a module of its
own that the coder consults after the lexicon's own senses, not inside the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events import physical
from communique.events.lexicon import Lexicon, Sense
from communique.events.physical_words import word_list, words

#: CAMEO's "De-escalate military engagement" (CAMEO2PLOVER: RETREAT), the code of the CANCEL
#: block's force patterns that name no one kind of act ("- * {AIR RAIDS} [087] # HALT").
DEESCALATION = "087"

#: Where a verb's object stands: the object of the active, the subject of the passive.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def ended_force(verb: Token, lex: Lexicon | None = None) -> tuple[Sense, list[Token]] | None:
    """The de-escalation a verb of ending (``ending_verbs``) tells when its object, or its
    passive subject, is a noun that names physical force in its sentence ("halted the
    bombing", "the shelling was stopped"), with the verb and that noun as its words; None for
    any other verb or object ("ended the campaign", "stopped the bill")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in word_list("ending_verbs"):
        return None
    for noun in (c for c in verb.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"):
        force = physical.reading(noun, lex)
        if force is None:
            continue
        source = f"{words()['ending_verbs'][lemma]}; '{noun.text}' names force: {force}"
        sense = Sense.of_code(DEESCALATION, source)
        if sense is not None:
            return sense, sorted([verb, noun], key=lambda t: t.i)
    return None
