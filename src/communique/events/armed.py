"""Armed bodies that are no state's: insurgents, rebels and militant groups named by a proper name.

The PLOVER manual's actors include rebels and unidentified armed forces (sectors REB and UAF)
and CAMEO's international militarized groups (IMG: "al Qaeda"). PETRARCH2's
``Phoenix.MilNonState.actors.txt`` lists such groups by name ("Taliban", "Hamas", "Boko
Haram"), and the bundled actor table carries them with those codes. A war, fight or attack
against such a body, or by it, is one of arms: these bodies exist to fight, unlike a party or
a person, whom news attacks in words. Names the bundled table lacks although PETRARCH2 lists
them are in ``armed_names`` of ``data/physical.yaml``, each with its source line.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from communique.actors.names import name_key
from communique.actors.tables import ActorDictionary
from communique.entity_labels import MAYBE_PARTY_LABELS
from communique.events.physical_words import words
from communique.events.settings import DICTIONARY
from communique.spans import entity_at

#: PLOVER sectors of armed bodies that are no state's: rebels, unidentified armed forces.
NON_STATE_SECTORS = frozenset({"REB", "UAF"})
#: CAMEO's code for international militarized groups, kept by PLOVER as a non-state actor code.
MILITARIZED = "IMG"
#: Entity labels a group's name can carry in the parse.
NAME_ENTS = MAYBE_PARTY_LABELS


def armed_name(token: Token, nouns: bool = False) -> str | None:
    """The armed non-state body the token's name names ("the Taliban", "ISIS"), or None.

    With ``nouns``, also a name the small model tags a common noun but an organisation
    ("ISIS" in "ISIS infrastructure"): only where the caller's position makes it a name
    (a modifier of a thing), not an object of policy talk ("defeat ISIS")."""
    tagged_noun = nouns and token.pos_ == "NOUN" and token.ent_type_ == "ORG"
    if (token.pos_ != "PROPN" and not tagged_noun) or token.ent_type_ not in NAME_ENTS:
        return None
    # The pipeline's dictionary: a user's actor file may name an armed group.
    for text in _names(token):
        found = _armed(text, DICTIONARY.get())
        if found is not None:
            return found
    return None


def _names(token: Token) -> list[str]:
    """The whole name the token is part of: its entity, then its run of proper nouns. The run
    is tried too because the small model may split one name into entities of two labels
    ("the Islamic State group": NORP "Islamic" and ORG "State"), where the run of proper
    nouns, one name by the grammar of names, is the whole of it."""
    ent = entity_at(token)
    run = _run(token)
    names = [ent.text] if ent is not None else []
    names = [*names, run] if run and run not in names else names
    head = token.head
    if run and token.dep_ == "compound" and head.pos_ == "NOUN" and head.i == _run_end(token):
        # "RSF fighters": letters that alone are no armed body's name (RSF, a press freedom
        # watchdog too) name one with the noun of its men, as the actor table lists them
        names.append(f"{run} {head.text}")
    return names


def _run_end(token: Token) -> int:
    """The index of the token after the run of proper nouns the token stands in."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1
    return end


def _run(token: Token) -> str:
    """The run of proper nouns the token stands in."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1
    return token.doc[start:end].text


@lru_cache(maxsize=4096)
def _armed(text: str, dictionary: ActorDictionary) -> str | None:
    key = name_key(text)
    if key in words().get("armed_names", {}):
        return text
    entry = dictionary.lookup(text)
    if entry is None or entry.kind != "organisation":
        return None
    if entry.sector in NON_STATE_SECTORS or entry.country == MILITARIZED:
        return entry.name
    return None
