"""Whether a violent-sounding word names physical force, and what else it may name.

The PLOVER manual defines ASSAULT as "deliberate actions which can potentially
result in substantial physical harm"; news uses the same verbs for words
("attacked his record", "hammered Trump"), contests ("beat him in the vote")
and causes ("fight inflation"). So an ASSAULT, or a seizure or occupation
(COERCE), is coded only with physical evidence in its sentence, any of:

* an **armed actor**: a participant whose PLOVER sector is military, rebel,
  police, unidentified armed forces or intelligence, or whose head noun is in
  CAMEO's MILITARY or PKO synonym sets ("troops", "peacekeepers");
* a **physical target**: the object in CAMEO's TOWN, STRONGHOLD, CAR, AIRCRAFT,
  MILITARY, WEAPON or HOSTAGE sets ("the village", "a convoy"), or a place or
  facility named by the parse (not when a lone named person is the actor:
  "Trump attacked China" is words);
* a **weapon** anywhere in the sentence (CAMEO's WEAPON, WMD and AIRCRAFT sets);
* **harm**: a word of killing, dying or injury in the sentence (the manual's
  "size" object counts the dead and the injured), listed in ``events.yaml``.

Without such evidence the word is read as CAMEO itself reads it elsewhere: if
the verb's own block has a criticism pattern written for it (``- * CRITICISM
[111] # ATTACK``) and the act is aimed at a party, it is an ACCUSE; otherwise
it is no event. Counts over a period ("5,300 employees were fired last year")
are statistics, not one event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from communique.actors.dictionary import STATE_SECTORS
from communique.actors.names import name_key
from communique.actors.roles import agent_sectors, default_roles
from communique.actors.tables import country_table
from communique.entity_labels import (
    NAME_LABELS,
    PARTY_LABELS,
    PLACE_LABELS,
    SEQUENCE_LABELS,
    TIME_LABELS,
)
from communique.events.armed import armed_name
from communique.events.lexicon import (
    ARMED_SETS,
    TARGET_PREPS,
    Lexicon,
    Sense,
    armed_bodies,
    held_as,
    lexicon,
    noun_forms,
    noun_sense,
    verb_forms,
    verb_sense,
)
from communique.events.physical_words import word_list
from communique.events.settings import ACTOR_SETTINGS, DICTIONARY
from communique.schema import Participant
from communique.spans import entities_in, entity_at, of_objects, sentence_of

#: PLOVER sector codes of armed actors: military, rebels, police, unidentified armed
#: forces, intelligence (manual, "Sector Codes").
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF", "SPY"})
#: CAMEO synonym sets whose words are things force is used on.
TARGET_SETS = ("TOWN", "STRONGHOLD", "CAR", "AIRCRAFT", "MILITARY", "WEAPON", "HOSTAGE", "PKO")
#: CAMEO synonym sets of weapons.
WEAPON_SETS = ("WEAPON", "WMD", "AIRCRAFT")
#: CAMEO codes of material conflict that need physical evidence besides ASSAULT's:
#: seizing, destroying or occupying.
SEIZE_CODES = frozenset({"171", "1711", "1712", "191", "192"})


def needs_evidence(sense: Sense) -> bool:
    """Is this a use of force that the text must show to be physical?"""
    return sense.type == "ASSAULT" or (sense.code or "") in SEIZE_CODES


#: CAMEO's "Provide military protection or peacekeeping": the DEFEND block's own code.
PROTECTION_CODE = "074"


def protects(sense: Sense) -> bool:
    """Is this the bare protection code of CAMEO's DEFEND block ("defend", "protect",
    "guard", "shield")? Its patterns read a defended decision, plan, comment or right as a
    defence in words (052), so the military protection the code names must be shown: an
    armed body, a physical target, a place, force near the act, as for an attack."""
    return sense.code == PROTECTION_CODE


def _words(lex: Lexicon, names: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        out |= lex.synsets.get(name, set())
    return frozenset(out)


#: Synonym sets of people, causes and quarrels: never physical targets by themselves.
NOT_TARGET_SETS = (
    "LEADER", "NEGOTIATOR", "OPPOSITION", "PEOPLE", "SUSPECT", "CRIME", "FIGHT",
    "DISPUTE", "CEASEFIRE", "FIGHT_OF_WORDS", "SOLUTION", "PROPOSAL", "TREATY",
)  # fmt: skip


def _sets(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(armed, targets, weapons) words, computed once per lexicon.

    Armed: the MILITARY and PKO sets and the head of each of their phrases ("forces" of
    "armed forces"), and the agent nouns of acts of force (``armed_agents``). Targets: the
    TOWN ... HOSTAGE sets, and every one-word object CAMEO's dictionary names in a pattern
    of force (codes 18-20: "* HOMES [190]", "* CAMP [190]") unless a criticism pattern (11x)
    also names it or it names people, and the buildings of ``structures`` in
    ``data/physical.yaml``."""
    if lex.physical_sets is None:
        armed = set(armed_bodies(lex))
        # PETRARCH2's agent nouns of armed sectors ("gunmen", "terrorists", "insurgents")
        armed |= {w for w, sector in agent_sectors().items() if sector in ARMED_SECTORS}
        armed |= word_list("armed_agents")  # "the attackers", "the shooter"
        armed -= word_list("not_armed")
        targets = set(_words(lex, TARGET_SETS))
        verbal: set[str] = set()
        forceful: set[str] = set()
        for rows in lex.blocks.values():
            for p in rows:
                words = {o for o in p.object if " " not in o}
                if p.code[:2] in ("18", "19", "20"):
                    forceful |= words
                elif p.code[:2] in ("10", "11", "12", "13"):
                    verbal |= words
        targets |= forceful - verbal - _words(lex, NOT_TARGET_SETS)
        targets |= word_list("structures")
        targets -= word_list("not_targets")
        lex.physical_sets = (frozenset(armed), frozenset(targets), _words(lex, WEAPON_SETS))
    return lex.physical_sets


def _own_forms(token: Token) -> set[str]:
    """The word as written (and its lemma when singular), without the plural :func:`noun_forms`
    adds: "forces" stays armed where "force" is excluded."""
    if token.tag_ in ("NNS", "NNPS"):
        return {token.lower_}
    return {token.lower_, token.lemma_.lower()}


def _excluded_head(token: Token) -> bool:
    """A head noun listed as no armed body ("an invincible force"), which the plural of
    :func:`noun_forms` would make one; as a modifier ("rebel fighters") the plural reading stays."""
    return token.dep_ not in ("compound", "amod") and bool(
        _own_forms(token) & word_list("not_armed")
    )


def evidence(
    trigger: Token,
    target: Token | None,
    actors: list[Participant],
    lex: Lexicon | None = None,
    recipients: list[Participant] | None = None,
) -> str | None:
    """What in the sentence shows physical force, or None."""
    lex = lex or lexicon()
    armed, targets, weapons = _sets(lex)
    if _names_weapon(trigger, weapons) or _dismissal(trigger, target, lex):
        return None
    if _self_harm_idiom(trigger) or _chosen_for(trigger, lex):
        return None
    bombing = suicide_bombing(trigger)
    if bombing is not None:
        return bombing
    manner = _violent_manner(trigger)
    if manner is not None:
        return manner
    counted = _counted_injured(trigger)
    if counted is not None:
        return counted
    if _laid_down(trigger, target, weapons):
        return None
    held = held_as(trigger, lex)
    if held is not None:
        # "held three journalists hostage" is force used on them; in "holding the economy
        # hostage" the economy is what is held, and the hostage noun no target of its own: a
        # figure, unless the rest of the sentence shows force (an armed doer)
        who, noun = held
        if who is not None and names_people(who, lex):
            return f"'{who.text}' held as '{noun.text}'"
        target = who
    if target is not None:
        target = counted_of(target)  # "killed a number of people": the people
    doer = _doer(trigger)
    if doer is not None and _own_forms(doer) & word_list("natural_causes"):
        # "the earthquake killed 200", "a virus that kills thousands": no one used force
        # (CAMEO's KILL block codes these doers [---]; PLOVER's ASSAULT is a deliberate act)
        return None
    if _cyber(doer, target):
        return None  # "hackers struck the party's servers": the manual's COERCE cyber mode
    # a doer that cannot use force ("contention surrounding the territory", "the region which
    # surrounds the capital"): a target, place or armed body near the act shows nothing
    inert = doer is not None and not _can_act(doer, lex)
    if (
        inert
        and trigger.pos_ in ("VERB", "AUX")
        and doer is not None
        and doer.pos_ == "NOUN"
        and doer.lower_.endswith("ing")
    ):
        # "the drinking that ultimately killed him": PLOVER's ASSAULT is a "deliberate action";
        # an activity named by a gerund that is no act of force kills no one deliberately
        return None
    named = force_word(trigger, lex)
    if named is not None:
        return named
    # "the regime executed dozens of dissidents": a verb of ``killing_readings`` done to people
    # is a killing by itself, whoever does it, as the coder's own test of the verb
    # (:func:`killing_of_people`) already found; an armed doer is not needed
    executed = _killing_reading(trigger, lex)
    if executed is not None:
        return executed
    bodily = _bodily_attack(trigger, target, lex)
    if bodily is not None:
        return bodily
    owned = _owned_subject(trigger, lex)
    if owned:
        actors = []  # "this decision by the FBI destroys credibility": a decision uses no force
    if trigger.lemma_.lower() in word_list("undergoer_verbs"):
        actors = []  # "Taylor won, died in office": who dies is no doer of force
    not_armed = word_list("not_armed")
    for part in actors:
        head = (part.mention.text if part.mention else part.name).lower().split()
        named = part.name.lower().split()
        if (head and head[-1] in not_armed) or (named and named[-1] in not_armed):
            continue  # "this fighter, this stateswoman": a sense of words, not an armed body
        if doer is not None and _mentions(part, doer) and _figurative_force(doer, armed):
            continue  # "the governor's political army": a figure
        if part.sector in ARMED_SECTORS and not _one_person(part, trigger):
            return f"armed actor '{part.name}' ({part.sector})"
        if head and (head[-1] in armed or " ".join(head[-2:]) in armed):
            return f"armed actor '{part.name}'"
    for part in actors:
        if (
            _state_mention(part, target)
            and not _verbal_frame(trigger)
            and not _effort(trigger)
            and not (target is not None and _verbal_modifier(target))
            and (target is None or _can_be_harmed(target, lex) or _is_act(target, lex))
            and (doer is None or _mentions(part, doer))
        ):
            # PLOVER's actors are states and their forces: "Russia attacked", "Moscow has no
            # intention of attacking the Baltic states" name the state's use of force, unless
            # framed as words
            return f"state actor '{part.name}'"
    if target is not None and not inert:
        # the plural CAMEO lists ("forces") is no target when the word itself is excluded
        # ("an invincible force")
        if (
            noun_forms(target) & targets
            and not _own_forms(target) & word_list("not_targets")
            and not _figurative_force(target, armed)
            and not (
                _own_forms(target) & word_list("crowds")
                and (_personal(doer, lex) or any(_one_person(p, trigger) for p in actors))
            )
        ):
            return f"physical target '{target.text}'"
        lone_person = len(actors) == 1 and _is_person(actors[0], trigger)
        place = target.ent_type_ in PLACE_LABELS and any(
            p.mention is not None and p.mention.kind in ("country", "metonym")
            for p in recipients or ()
        )
        if place and not lone_person:
            return f"place attacked '{target.text}'"
    if (
        doer is not None
        and target is not None
        and noun_forms(doer) & _words(lex, ("CAR",))
        and _group_of_people(target, lex)
    ):
        # "the truck struck the crowd": a vehicle driven into people is force (CAMEO's CAR
        # set as the doer, the crowd as the object of its force, as with "into the crowd")
        return f"vehicle '{doer.text}' struck '{target.text}'"
    if target is not None and _blow_at_home(trigger, target):
        return f"'{trigger.text}' one's own '{_hyphen_parts(target)[-1].text}'"
    harm = lex.harm
    if target is not None and noun_forms(trigger) & harm.keys() and _is_people(target, lex):
        return f"'{trigger.text}' people ('{target.text}')"
    if target is not None and _armed_body(target, armed, referring=True):
        return f"armed target '{target.text}'"  # "destroy terrorist networks", "battling militants"
    if target is not None and _armed_owner(target) is not None:
        return f"a thing of '{_armed_owner(target)}' ('{target.text}')"  # "hit ISIS oil fields"
    found = _located(trigger, targets, lex)
    if found is not None:
        return found
    found = _done_to_someone_somewhere(trigger, target, lex)
    if found is not None:
        return found
    found = _coordinated_force(trigger, lex)
    if found is not None:
        return found
    if trigger.pos_ in ("VERB", "AUX"):
        found = (
            _sent_to_fight(trigger)
            or _placed_gerund(trigger)
            or _armed_purpose(trigger, armed, lex)
            or _fought_in(trigger, lex)
            or _harmed_in_act(trigger, lex)
        )
        if found is not None:
            return found
    # Weapons and armed forces count where the act governs them ("shelled with rockets",
    # "wounded by a bomb"), not anywhere in the sentence ("engage with the North ... missile").
    objects = set(target.subtree) if target is not None else set()
    for token in _clause(trigger):
        if token.i in owned:
            continue
        forms = noun_forms(token)
        if forms & weapons and _instrument(token, trigger, weapons):
            return f"weapon '{token.text}'"
        if (
            token.i != trigger.i
            and _own_forms(token) & word_list("projectiles")
            and (_agent_of(token, trigger) or _instrument(token, trigger, weapons))
        ):
            return f"weapon '{token.text}'"  # "shells hit the market", "hit by mortars"
        if token.i != trigger.i and forms & lex.force.keys() and _agent_of(token, trigger):
            return f"'{token.text}' did it"  # "an explosion that hit a checkpoint"
        if (
            token.i != trigger.i
            and forms & word_list("violence_nouns")
            and _agent_of(token, trigger)
            and not any(c.lower_ in word_list("figurative_violence") for c in token.children)
        ):
            # "communities hit by gun violence": violence as the doer of an act of force
            # (CAMEO.2.0.txt:1786 '- VIOLENCE * [180] # ERUPT'), as an explosion is; not
            # "verbal violence"
            return f"'{token.text}' did it"
        if (
            token.i != trigger.i
            and token.pos_ in ("NOUN", "PROPN")
            and (
                (
                    forms & armed
                    and not _excluded_head(token)
                    and not _figurative_force(token, armed)
                )
                or (token.pos_ == "PROPN" and armed_name(token) is not None)
            )
            and _doing(token, trigger)
            and not inert
        ):
            return f"armed forces '{token.text}'"
        if inert and doer is not None and token.i == doer.i:
            continue  # "deaths are exploding": the figure is what the verb is said of
        if token.i != trigger.i and token not in objects and forms & harm.keys():
            # "attacked the USS Cole, killing 17", not "the facts surrounding his death"
            return f"harm '{token.text}'"
    return None


#: Prepositions that make a weapon the means of the act ("with a knife", "by a bomb").
INSTRUMENT_PREPS = frozenset({"with", "by", "using", "from", "via"})


def _instrument(weapon: Token, trigger: Token, weapons: frozenset[str]) -> bool:
    """Is the weapon a means of the act, not a thing talked about? Not a modifier of another
    noun ("the gun issue", "assault weapons vote"), nor inside a phrase of another preposition
    ("slapping his name on buildings and planes")."""
    if weapon.dep_ in ("compound", "amod", "nmod") and not noun_forms(weapon.head) & weapons:
        return False
    node = weapon
    for _ in range(lexicon().threshold("path_steps")):
        if node.i == trigger.i or node.head.i == node.i:
            return True
        if node.dep_ == "pobj" and node.head.lower_ not in INSTRUMENT_PREPS:
            return False
        node = node.head
    return True


def _agent_of(token: Token, trigger: Token) -> bool:
    """Is ``token`` the doer of the act: its subject, its "by" agent, or the noun a relative
    clause of the act describes ("an explosion that hit a checkpoint")?"""
    if token.head.i == trigger.i and token.dep_ in ("nsubj", "csubj"):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.i == trigger.i:
        return True
    return trigger.dep_ == "relcl" and trigger.head.i == token.i


def _figurative_force(noun: Token, armed: frozenset[str]) -> bool:
    """ "A political army", "a legal army of lawyers": an armed body's noun with an adjective
    of words or politics (``verbal_modifiers``, CAMEO 111) is a figure, not armed forces."""
    verbal = word_list("verbal_modifiers")
    return bool(noun_forms(noun) & armed) and any(
        c.dep_ == "amod" and c.lower_ in verbal for c in noun.children
    )


def _armed_body(noun: Token, armed: frozenset[str], *, referring: bool = False) -> bool:
    """An armed body named by the noun or its modifier ("militants", "terrorist networks",
    "a militant group").

    With ``referring`` (the one a verb of force is done to), also the armed body a pronoun or
    a definite "the group" refers back to across its sentence and the one before
    (:func:`referent`): who is acted on decides whether the act is one of arms. Doers are
    left to the coder's own resolution of mentions, as :func:`_pronoun_doer` says."""
    if _figurative_force(noun, armed):
        return False
    if noun_forms(noun) & armed and noun.pos_ in ("NOUN", "PROPN") and not _excluded_head(noun):
        return True
    if armed_name(noun, nouns=noun.dep_ in PARTY_DEPS) is not None:
        # "the war against the Taliban", "fighting Boko Haram": a group that exists to fight;
        # as the object of the act, a name the small model tags a common noun ("destroy ISIS")
        return True
    named = antecedent(noun)
    if named is not None and (armed_name(named) is not None or noun_forms(named) & armed):
        return True  # "they underrated ISIS and the plan to fight them"
    named = referent(noun) if referring else None
    if named is not None and (
        armed_name(named, nouns=True) is not None or noun_forms(named) & armed
    ):
        return True  # "Militants held the town. Troops drove them out"; "ISIS ... the group"
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "NOUN" and _armed_body(owner, armed):
        return True  # "the militant group's leaders"
    violent = word_list("violent_modifiers")
    return any(
        c.dep_ in ("amod", "compound")
        and (noun_forms(c) & (armed | violent))
        and c.lower_ not in ("military", "air", "physical", "violent", "sexual")
        for c in noun.children
    )


#: Dependencies of a noun that is a party to the act (its object, or the object of a
#: preposition), not a modifier inside another noun phrase.
PARTY_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "conj"})


#: Dependencies of a noun that heads its own phrase (not a modifier inside another's).
PHRASE_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"})


def antecedent(pronoun: Token, *, agreeing: bool = False) -> Token | None:
    """The noun a "they" or "them" stands for when its own sentence names it: the nearest
    head of a noun phrase before it that is not in the clause it governs ("... underrated ISIS
    and the plan to fight them"; a pronoun refers back to the nearest fitting phrase, a
    grammar fact of anaphora), and not an argument of its own verb ("militants attacked them":
    a pronoun is not bound in its own clause, binding's Principle B). None for any other word,
    or with no such noun before it.

    With ``agreeing``, the noun must also agree with the plural pronoun in number (a plural
    noun: "gathers the statistics ... has not released them", not "for the U.S." between
    them), and with none in the pronoun's sentence the sentence before it is read too ("She
    gave the speeches. She will release them."): agreement in number and reference back
    across one sentence are grammar facts of English anaphora."""
    if pronoun.lower_ not in lexicon().plural_third:
        return None
    ancestors = {t.i for t in pronoun.ancestors}
    start = pronoun.sent.start
    if agreeing and start > 0:
        start = pronoun.doc[start - 1].sent.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.dep_ in PHRASE_HEAD_DEPS
            and token.i not in ancestors
            and token.head.i != pronoun.head.i
            and (not agreeing or token.tag_ in PLURAL_TAGS)
        ):
            return token
    return None


#: Penn tags of plural nouns, which a plural pronoun agrees with.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _located(trigger: Token, targets: frozenset[str], lex: Lexicon) -> str | None:
    """A blow located on the body ("punched in the face") or driven into a physical thing
    ("slamming into the crowd")."""
    body = word_list("body")
    patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = [trigger, *patients]
    # a group or a country has no one body: "slapped us in the face", "hit America in the
    # face" are figures of speech (a blow is located on one body)
    bodiless = any(
        p.lower_ in lexicon().group_pronouns or p.ent_type_ in ("GPE", "NORP", "ORG")
        for p in patients
    )
    for prep in (c for h in heads for c in h.children):  # "shot a protester in the head"
        if prep.dep_ != "prep":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            forms = noun_forms(pobj)
            if (
                prep.lower_ in ("in", "on", "to")
                and ({pobj.lemma_.lower(), pobj.lower_} | _part_of(pobj)) & body
                and not bodiless
            ):
                return f"on the body ('{prep.text} {pobj.text}')"
            if prep.lower_ == "into" and (forms & targets or _group_of_people(pobj, lex)):
                return f"into '{pobj.text}'"  # "slammed into the crowd", "into a checkpoint"
            if (
                prep.lower_ in ("on", "at")
                and trigger.lemma_.lower() in word_list("dismiss_verbs")
                and not any(c.lower_ == "back" for c in trigger.children)  # "fired back at"
                and (_can_be_harmed(pobj, lex) or forms & targets or _group_of_people(pobj, lex))
                and pobj.ent_type_ != "PERSON"
                and (pobj.pos_ != "PROPN" or pobj.ent_type_ in PLACE_LABELS)
            ):  # "fired at Trump, Cruz and Rubio": a name that is no place is fired at in words
                return f"fired '{prep.text} {pobj.text}'"  # CAMEO: '- * ON', '- * AT' (FIRE)
    return None


def _part_of(noun: Token) -> set[str]:
    """ "In the back of the head", "on the side of his face": a noun of a part or side with an
    "of" phrase locates the place on that phrase's object (a grammar fact of partitive "of"),
    so the blow lands on the body part named there. Its lemma and form, or nothing."""
    return {form for whole in of_objects(noun) for form in (whole.lemma_.lower(), whole.lower_)}


def _blow_at_home(trigger: Token, target: Token) -> bool:
    """ "Accused of beating his wife", "slapped her son": a blow of the PLOVER manual's beat
    mode at one's own kin is domestic violence; no contest or criticism is done to "his wife"
    with these verbs (``blow_verbs`` and ``kin`` in ``data/physical.yaml``)."""
    if trigger.lemma_.lower() not in word_list("blow_verbs") or target.dep_ != "dobj":
        return False
    parts = _hyphen_parts(target)
    if not _own_forms(parts[-1]) & word_list("kin"):
        return False
    return any(
        c.dep_ == "poss" and c.lower_ in lexicon().possessive_pronouns
        for p in parts
        for c in p.children
    )


def _hyphen_parts(noun: Token) -> list[Token]:
    """The parts of a hyphenated noun the parser split into words ("his ex-wife" as "ex",
    "-", "wife", each given its own role), first to last: a hyphen with no space on either
    side joins one word, and an English compound's head comes last (grammar facts). A lone
    noun is its own part."""
    parts = [noun]
    doc = noun.doc
    i = noun.i
    while (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].pos_ in ("NOUN", "PROPN")
    ):
        parts.append(doc[i + 2])
        i += 2
    return parts


def _group_of_people(noun: Token, lex: Lexicon) -> bool:
    """A common noun naming people as a group ("the crowd", "protesters", "civilians"), not a
    named person or party, whom news also "slams into" in words."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    people = _words(lex, PEOPLE_SETS) | _people_nouns() | word_list("crowds")
    return bool(noun_forms(noun) & people)


def names_people(noun: Token, lex: Lexicon | None = None) -> bool:
    """Does the noun name people: a named party, a personal pronoun, a common noun of people
    (PETRARCH2's agent nouns, CAMEO's people sets, crowds), or people counted?"""
    lex = lex or lexicon()
    if noun.tag_ == "PRP":
        return noun.lower_ not in ("it", "itself")
    if noun.pos_ == "PROPN" or noun.ent_type_ in PARTY_LABELS:
        return True
    if noun.ent_type_ == "CARDINAL":
        # "deport millions of immigrants": a number noun counts what its "of" phrase names
        counted = next(
            (o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
            None,
        )
        if counted is not None:
            noun = counted
    return _group_of_people(counted_of(noun), lex) or _is_people(noun, lex)


def civilian_crowd(subject: Token, lex: Lexicon | None = None) -> bool:
    """Does the subject name a group of civilians ("protesters", "hundreds of thousands of
    people", "farmers"): a common noun of people, counted or not, that PETRARCH2's agent
    dictionary puts in no state sector? The PLOVER manual's PROTEST is "civilian
    demonstrations and other collective actions"."""
    lex = lex or lexicon()
    noun = subject
    for _ in range(3):  # "hundreds of thousands of people"
        counted = counted_of(noun)
        if counted is noun:
            break
        noun = counted
    if not _group_of_people(noun, lex):
        return False
    sectors = agent_sectors()
    return not any(sectors.get(form) in STATE_SECTORS for form in noun_forms(noun))


def _names_weapon(trigger: Token, weapons: frozenset[str]) -> bool:
    """Is the word the first half of a weapon's name ("assault weapons", "attack
    helicopters", in CAMEO's WEAPON set), whatever its tag?"""
    after = trigger.nbor(1) if trigger.i + 1 < len(trigger.doc) else None
    if after is None:
        return False
    return any(f"{trigger.lower_} {form}" in weapons for form in noun_forms(after))


def _counted_injured(token: Token) -> str | None:
    """ "left 14 dead and 20 wounded", "two wounded soldiers": a participle of bodily injury
    after a number, or modifying a counted noun, counts victims (the PLOVER manual's size
    object, "injured: number injured"); "a wounded candidate" counts no one."""
    verbs = word_list("injury_verbs")
    # the small model leaves the adjective "wounded" its own lemma: its past participle form
    participles = {v + ("d" if v.endswith("e") else "ed") for v in verbs}
    if token.tag_ not in ("VBN", "JJ") or not (
        token.lemma_.lower() in verbs or token.lower_ in participles
    ):
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.like_num and before.pos_ == "NUM":
        return f"'{before.text} {token.text}' counted"
    if token.dep_ == "amod" and token.head.i > token.i:
        number = next((c for c in token.head.children if c.dep_ == "nummod"), None)
        if number is not None:
            return f"'{number.text} {token.text} {token.head.text}' counted"
    return None


def _killed_person(token: Token, lex: Lexicon) -> str | None:
    """ "The slain principal", "a murdered journalist": a past participle of a verb of killing
    (``killed_participles``) before the noun of one who can be harmed says that one was killed
    (an attributive participle is its noun's passive, a grammar fact: "the journalist was
    murdered"), force on a body. Its noun is the head of the compound it opens ("a slain police
    officer"); a thing ("a murdered career") is killed only in a figure. A participle of
    CAMEO's other verbs of force on a body (``bodily_participles``: "the kidnapped girls",
    "captured soldiers") says so of the act it names, by the same grammar."""
    killed = token.lower_ in word_list("killed_participles")
    if not killed and token.lower_ not in word_list("bodily_participles"):
        return None
    if token.dep_ in PREDICATIVE_DEPS and token.head.pos_ in ("VERB", "AUX"):
        # of killing only: "he looked tortured", "she seemed captured by it" are figures
        return _killed_predicate(token, lex) if killed else None
    if token.dep_ != "amod" or token.i > token.head.i:
        return None
    chain = [token.head]
    while chain[-1].dep_ == "compound" and chain[-1].i < chain[-1].head.i:
        chain.append(chain[-1].head)  # "slain police officer": the police officer
    head = chain[-1]
    chain += [c for c in head.children if c.dep_ == "compound"]
    if head.pos_ not in ("NOUN", "PROPN") or not any(
        _can_be_harmed(noun, lex) or noun_forms(noun) & _sets(lex)[0] for noun in chain
    ):
        return None  # a person, a group, or an armed one ("a slain police officer")
    return f"'{token.text} {head.text}': one {'killed' if killed else 'harmed in body'}"


#: Dependents of a verb that describe its object or subject ("found slain", "lay slain"); not
#: an open clause ("is going to get killed" in a figure of defeat).
PREDICATIVE_DEPS = frozenset({"oprd", "acomp"})


def _killed_predicate(token: Token, lex: Lexicon) -> str | None:
    """ "Two nuns are found slain", "police found him murdered": a participle of killing as the
    predicative complement of a verb describes that verb's object, or its subject when passive
    or linking (a grammar fact: "found him dead", "he was found dead"), as the attributive
    participle describes its noun; said of one who can be harmed it tells that one killed. Not
    with a subject of its own ("wanted the bill killed" has the bill as its object, a thing)."""
    verb = token.head
    described = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if described is None:
        described = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if described is None or described.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not (_can_be_harmed(described, lex) or noun_forms(described) & _sets(lex)[0]):
        return None
    return f"'{described.text} ... {token.text}': one killed"


def killing_of_people(verb: Token) -> bool | None:
    """Is a verb of ``killing_readings`` ("execute") done to people, a killing? None when the
    verb is none of them; False when it is done to a plan, a deal or an order ("executed the
    plan" carries it out, no force)."""
    if verb.lemma_.lower() not in word_list("killing_readings"):
        return None
    return _killing_reading(verb, lexicon()) is not None


def _killing_reading(verb: Token, lex: Lexicon) -> str | None:
    """ "The regime executed the prisoners", "executing thousands of dissidents": a verb of
    ``killing_readings`` done to people (its object or passive subject, a counted group by
    what it counts) is a killing, the PLOVER manual's "executions"; done to a plan or a deal
    ("execute our campaign plan") it is no force."""
    if verb.lemma_.lower() not in word_list("killing_readings"):
        return None
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for patient in patients:
        patient = counted_of(patient)
        if _bodily_attack(verb, patient, lex, "killing_readings") is not None:
            return f"'{verb.text}' done to people ('{patient.text}'): a killing"
    return None


def _harmed_ones(token: Token) -> str | None:
    """ "The victims, the wounded and their families": "the" with an adjective and no noun
    names the people it describes (a grammar fact: "the poor", "the dead"), so a participle of
    injury or killing used so names people harmed in body."""
    if token.dep_ == "amod" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    participles = word_list("killed_participles") | {
        v + ("d" if v.endswith("e") else "ed") for v in word_list("injury_verbs")
    }
    if token.lower_ not in participles:
        return None
    return f"'the {token.text}': people harmed"


def suicide_bombing(trigger: Token) -> str | None:
    """ "A man blew himself up outside a concert hall": explosive destruction with oneself as
    the object is a suicide bombing (CAMEO 1831; the PLOVER manual's explosives mode), an
    attack on those around, not a suicide (``self_explosion_verbs``)."""
    if trigger.lemma_.lower() not in word_list("self_explosion_verbs"):
        return None
    if not any(c.dep_ == "dobj" and reflexive(c) for c in trigger.children):
        return None
    # where it went off ("at a checkpoint", "in an operation"): "blew himself up with that
    # remark" is a figure
    if not any(c.dep_ == "prep" and c.lower_ in WHERE_PREPS for c in trigger.children):
        return None
    return f"a suicide bombing ('{trigger.text}' oneself)"


#: Prepositions of where or in what an act happened.
WHERE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "on"})


def _chosen_for(trigger: Token, lex: Lexicon) -> bool:
    """ "Districts targeted for new registration", "firms targeted for donations": to target
    something "for" a purpose is to choose it for that purpose (PolNeAR train: "targeted ...
    for campaign contributions", "for their political views"); only a purpose that is itself
    force ("targeted for assassination", "for attacks") keeps the verb one of force."""
    if trigger.lemma_.lower() != "target" or trigger.pos_ != "VERB":
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for purpose in (c for c in prep.children if c.dep_ == "pobj"):
            if purpose.ent_type_ in TIME_LABELS:
                continue  # "targeted for days": how long
            if force_word(purpose, lex) is not None:
                return False
            sense = noun_sense(purpose, lex)
            return sense is None or not needs_evidence(sense[0])
    return False


def _self_harm_idiom(trigger: Token) -> bool:
    """ "shooting himself in the foot": a blow at oneself on a part of the body that an idiom
    makes a harm to one's own cause (``self_harm_idioms`` in ``data/physical.yaml``)."""
    if not any(c.dep_ == "dobj" and reflexive(c) for c in trigger.children):
        return False
    lemma = trigger.lemma_.lower()
    return any(
        f"{lemma} {pobj.lemma_.lower()}" in word_list("self_harm_idioms")
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _dismissal(trigger: Token, target: Token | None, lex: Lexicon) -> bool:
    """ "Emanuel fired his police chief": fire with a person as its object is a dismissal. So
    is a relative clause with a subject of its own and no aim ("a major who the chairman
    fired"): the noun it modifies is its object (a grammar fact), as "fired the major" has it;
    "the soldiers they fired at" aims the firing."""
    if trigger.lemma_.lower() not in word_list("dismiss_verbs") or target is None:
        return False
    relative_object = (
        trigger.dep_ == "relcl"
        and target.i == trigger.head.i
        and any(c.dep_ == "nsubj" for c in trigger.children)
        and not any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in trigger.children)
    )
    if target.dep_ != "dobj" and not relative_object:
        return False
    person = target.ent_type_ == "PERSON" or bool(
        noun_forms(target) & (_people_nouns() | _words(lex, PEOPLE_SETS))
    )
    official = any(c.dep_ in ("poss", "compound") for c in target.children)
    return person or (official and not noun_forms(target) & _sets(lex)[2])


#: Prepositions that aim a dropped weapon at a place ("dropped bombs on the city").
AIMING_PREPS = frozenset({"on", "onto", "over", "at", "into"})


def _laid_down(trigger: Token, target: Token | None, weapons: frozenset[str]) -> bool:
    """ "The gunman dropped his gun": the doer's own weapon let go, aimed at nothing."""
    if (
        trigger.lemma_.lower() not in word_list("release_verbs")
        or target is None
        or target.dep_ != "dobj"
    ):
        return False
    if not noun_forms(target) & weapons:
        return False
    if not any(
        c.dep_ == "poss" and c.lower_ in lexicon().possessive_pronouns for c in target.children
    ):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in trigger.children)


def _personal(doer: Token | None, lex: Lexicon) -> bool:
    """A person as doer, not an armed one: a name the parser tags PERSON, "he", "she", "I",
    "we", "you", or a role noun of PETRARCH2's agents ("the senator")."""
    if doer is None:
        return False
    if doer.ent_type_ == "PERSON" or doer.lower_ in lexicon().person_pronouns.keys() | {
        "we",
        "you",
    }:
        return True
    forms = noun_forms(doer)
    return doer.pos_ == "NOUN" and bool(forms & _people_nouns()) and not forms & _sets(lex)[0]


def cyber_act(trigger: Token, target: Token | None) -> bool:
    """Is this act of force done by hackers or to computers, servers or websites ("hackers
    attacked government websites")? The PLOVER manual's COERCE mode cyber, not ASSAULT. Only
    the words that name nothing else count here (``cyber_doers``, ``cyber_targets``): "the
    website attacked", "attacked the data" or "the computer industry" are read as words, as
    ``_cyber`` leaves them."""
    doers = word_list("cyber_doers")
    doer = _doer(trigger)
    if doer is not None and _own_forms(doer) & doers:
        return True
    for act in (trigger, doer):
        # "the hacker attacks hit the party", "a cyber attack on the ministry": the act's own
        # modifier names its kind
        if (
            act is not None
            and act.pos_ == "NOUN"
            and _is_act(act, lexicon())
            and any(c.dep_ in ("amod", "compound") and c.lower_ in doers for c in act.children)
        ):
            return True
    return target is not None and bool(_own_forms(target) & word_list("cyber_targets"))


def _cyber(doer: Token | None, target: Token | None) -> bool:
    """An act by hackers or on computers, data or accounts ("hackers targeted its email
    servers"): the PLOVER manual's COERCE mode cyber ("hacking, security breaches, website
    attacks"), not physical force."""
    cyber = word_list("cyber")
    if doer is not None and _own_forms(doer) & cyber:
        return True
    if target is None:
        return False
    words = [target] + [c for c in target.children if c.dep_ in ("compound", "amod")]
    return any(_own_forms(w) & cyber for w in words)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a coordinated verb shares with the verb it is joined to ("the gunman shot
    and killed the teenager": the gunman killed): verbs joined by "and"/"or" with no subject
    of their own take the first verb's (a grammar fact of verb-phrase coordination). Only
    between active verbs: a passive's subject is the one acted on ("he was arrested and
    beaten")."""
    node = verb
    for _ in range(lexicon().threshold("path_steps")):
        if node.dep_ != "conj" or node.head.pos_ not in ("VERB", "AUX") or node.head.i == node.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in node.children):
            return None
        node = node.head
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children):
            return None
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _antecedent_subject(node, subject)
    return None


def _antecedent_subject(verb: Token, subject: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies ("the general who
    beat the enemy": the general beat it; a grammar fact of relative clauses)."""
    if subject.lower_ in lexicon().relatives and verb.dep_ == "relcl":
        return verb.head
    return subject


def _doer(trigger: Token) -> Token | None:
    """Who or what does the act: its subject, its "by" agent, the noun an active participle
    or a relative clause of it describes ("facts surrounding the murder", "the region which
    surrounds the capital"), the subject a coordinated verb shares ("the storm flooded and
    killed"). None when the parse names none."""
    shared = _shared_subject(trigger)
    if shared is not None:
        return shared
    for child in trigger.children:
        if child.dep_ in ("nsubj", "csubj"):
            return _antecedent_subject(trigger, child)
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        return trigger.head
    return None


def _pronoun_doer(subject: Token | None) -> Token | None:
    """A "they" that does the act stands for the plural noun it refers back to, in its own
    sentence or the one before ("nobody can identify the gunmen until they attack": the
    gunmen attack; :func:`antecedent`, grammar facts of anaphora), so that noun, not the
    pronoun, is the doer whose arms decide the reading. Read here only, not by the coder,
    which names a pronoun's actor through its own resolution of mentions."""
    if subject is None:
        return None
    return referent(subject) or subject


def referent(word: Token) -> Token | None:
    """The mention a referring word stands for: a plural pronoun's nearest plural noun
    (:func:`antecedent`), a singular personal pronoun's nearest person
    (:func:`person_antecedent`), a definite "the group"'s nearest named organisation
    (:func:`group_antecedent`); each in its sentence or the one before. None for other words."""
    return antecedent(word, agreeing=True) or person_antecedent(word) or group_antecedent(word)


#: Penn tags of singular nouns, which a singular pronoun agrees with.
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def person_antecedent(pronoun: Token) -> Token | None:
    """The one a "he", "him", "she" or "her" stands for: the person the actor layer linked it
    to (:func:`_linked_antecedent`), one decision for the events and the actors, unless the
    search below finds a subject naming a person the actor layer holds no actor for (it
    weighs actors only). Where it linked none, a noun before it, in its sentence or the one
    before, that heads a singular phrase naming a person (a name the tagger marks PERSON,
    or a noun of a person: "the gunman", "a soldier", "the boy"), not an argument of the
    pronoun's own verb nor a phrase the pronoun is inside of, and not of the other gender
    where the text tells one.
    Agreement in number, person and gender are grammar facts of English anaphora, as for
    :func:`antecedent`. Of the agreeing mentions, those of the pronoun's own sentence come
    first, and among them a subject before the nearest: a pronoun continues the subject of
    the clause before it (the subject is the preferred antecedent, a grammar fact of
    discourse), so "Obama met Putin in Moscow. He ..." is Obama; but not the speaker of a
    direct quotation the pronoun stands in (:func:`_quoting`). None for a possessive "her"
    ("her office") or with no such noun."""
    if pronoun.lower_ not in word_list("person_anaphors") or pronoun.tag_ != "PRP":
        return None
    linked = _linked_antecedent(pronoun)
    own = _searched_antecedent(pronoun)
    if linked is None or (own is not None and own.dep_ in SUBJECT_DEPS and _actor_id(own) is None):
        # the actor layer weighs actors only: a subject naming a person it holds no actor
        # for ("The guard stopped the gunman. He ...") is the subject it would have preferred
        return own
    return linked


def _searched_antecedent(pronoun: Token) -> Token | None:
    """The reader's own search for :func:`person_antecedent`, over the words of persons of
    the pronoun's sentence and the one before, actors or not."""
    people = _one_person_nouns()
    gender = default_roles().gendered.get(pronoun.lower_)
    ancestors = {t.i for t in pronoun.ancestors}
    own_start = start = pronoun.sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    found = [
        token
        for token in reversed(pronoun.doc[start : pronoun.i])
        if token.pos_ in ("NOUN", "PROPN")
        and token.tag_ in SINGULAR_TAGS
        and token.dep_ in PHRASE_HEAD_DEPS
        and token.i not in ancestors
        and token.head.i != pronoun.head.i
        and _names_a_person(token, people)
        and _gender_of(token) in (None, gender)
    ]
    speaker = _quoting(pronoun)
    if speaker is not None:
        found = [t for t in found if _actor_id(t) != speaker]
    bound = _clause_subject_antecedent(pronoun)
    if bound is not None:
        found = [t for t in found if t.i != bound.i]
    pool = [t for t in found if t.i >= own_start] or found
    # An agreeing subject keeps the preference over a nearer mention known to be of the
    # pronoun's gender: gender only rules mentions out (on PolNeAR train, letting the known
    # nearer mention win changed three resolutions, all three wrong: "Trump said he then
    # recorded robo-calls for Romney").
    return next((t for t in pool if t.dep_ in SUBJECT_DEPS), pool[0] if pool else None)


def _linked_antecedent(pronoun: Token) -> Token | None:
    """The word naming the person the actor layer linked the pronoun to: the last word before
    it that names that person as a person does (:func:`_names_a_person`: a name the tagger
    marks PERSON, a noun of a person), so that the events and the actors read one decision
    (actors/linking.py ``pronoun``: gender, subjects first, binding). None where the actor
    layer linked it to nobody, to no person, to an actor no such word names (the tagger's
    misreading: "Super Glass-Steagall", "Men" at the start of a sentence), or to the speaker
    of a direct quotation the pronoun stands in: the quotations are found after the actors,
    so only here is it known that the speaker says "I" of himself (:func:`_quoting`), and
    the reader's own search decides."""
    doc = pronoun.doc
    index = doc._.communique_actor_index
    actor = index.actor_for(pronoun) if index is not None else None
    if actor is None or actor.kind != "person" or actor.id == _quoting(pronoun):
        return None
    words = _person_words(doc).get(actor.id, [])
    before = bisect_left(words, pronoun.i)
    return doc[words[before - 1]] if before else None


#: Where :func:`_person_words` keeps its table on the Doc.
PERSON_WORDS_KEY = "communique.person_words"


def _person_words(doc: Doc) -> dict[str, list[int]]:
    """For each actor, the ascending indices of the words that name it as a person
    (:func:`_names_a_person`), made in one pass over the Doc and kept on it, so that each
    pronoun finds its last naming word by bisection and the cost stays linear in the text."""
    table: dict[str, list[int]] | None = doc.user_data.get(PERSON_WORDS_KEY)
    if table is None:
        people = _one_person_nouns()
        table = {}
        for token in doc:
            if token.pos_ in ("NOUN", "PROPN") and _names_a_person(token, people):
                actor_id = _actor_id(token)
                if actor_id is not None:
                    table.setdefault(actor_id, []).append(token.i)
        doc.user_data[PERSON_WORDS_KEY] = table
    return table


def _names_a_person(token: Token, people: frozenset[str]) -> bool:
    """Does the word name a person: a name the tagger marks PERSON, or a noun of one person
    ("the gunman", "a soldier")? The words a person pronoun can stand for."""
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "NOUN" and _names_one_person(token, people)
    )


def _names_one_person(noun: Token, people: frozenset[str]) -> bool:
    """Does the common noun name one person: a noun of :func:`_one_person_nouns`, or a
    compound of a gendered head ("policewoman", "chairman": English morphology)?"""
    return bool(_own_forms(noun) & people) or default_roles().gendered_compound(noun.lower_)


def _clause_subject_antecedent(pronoun: Token) -> Token | None:
    """For a pronoun that is no subject, the one its clause's subject pronoun stands for: a
    pronoun is free in its own clause (binding theory's Principle B, a grammar fact: "he
    warned him" is two people, the same would be "himself"), so in "Obama met Putin. He
    warned him" the "him" is not Obama, whom "He" continues as the subject before."""
    if pronoun.dep_ in SUBJECT_DEPS:
        return None
    subject = next(
        (c for c in pronoun.head.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i), None
    )
    if subject is None or subject.lower_ not in word_list("person_anaphors"):
        return None
    return person_antecedent(subject)  # a subject: no further clause's subject is asked


def _quoting(pronoun: Token) -> str | None:
    """The actor id of the speaker of a direct quotation the pronoun stands in, or None. In
    direct speech the speaker names himself in the first person (a grammar fact of deixis), so
    the quotation's "he" or "she" is someone else: '"He should have resigned," Kamau said of
    Otieno' is Otieno, though Kamau is the subject before it."""
    quotes = pronoun.doc._.quotes or []
    at = pronoun.idx
    for quote in quotes:
        start, end = quote.span
        if quote.kind == "direct" and start <= at < end and quote.speaker is not None:
            return quote.speaker.actor
    return None


def _actor_id(token: Token) -> str | None:
    """The id of the actor the token names, from the Doc's actor index (None without one)."""
    index = token.doc._.communique_actor_index
    actor = index.actor_for(token) if index is not None else None
    return actor.id if actor is not None else None


#: Dependency labels of a clause's subject, the preferred antecedent of a later pronoun.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _gender_of(token: Token) -> str | None:
    """The gender the text tells of a person's mention ("m", "f"), or None: a gendered noun
    ("the woman", "the chairman", "the policewoman": ``gendered`` and ``gendered_heads`` of
    titles.yaml) or title before a name ("Mrs. Clinton"), else the gender the actor layer
    learned for the person named (from the actor tables, by full name or by a surname only
    one person in office on the article's day bears, or from a pronoun; the Doc's actor
    index, when the actors were read)."""
    words = default_roles().gender_words
    if token.pos_ == "NOUN":
        return default_roles().noun_gender(token.lemma_.lower())
    for word in token.doc[token.left_edge.i : token.i]:
        told = words.get(word.lower_.rstrip("."))
        if told is not None:
            return told
    index = token.doc._.communique_actor_index
    if index is None:
        return None
    actor = index.actor_for(token)
    record = index.record(actor.id) if actor is not None else None
    return record.gender if record is not None else None


@lru_cache(maxsize=1)
def _one_person_nouns() -> frozenset[str]:
    """Nouns of one person: PETRARCH2's role nouns formed as nouns of a person ("soldier",
    "gunman", "militant"), the agent nouns of force ("the shooter"), nouns of a human being
    and kin; not a body ("the army", "the police", "the government"). Made once: the role
    nouns number over a thousand, and every "he" or "she" a reading meets looks them up."""
    return frozenset(
        {w for w in _people_nouns() if _person_form(w)}
        | word_list("armed_agents")
        | word_list("person_nouns")
        | word_list("kin")
        | word_list("gendered_person_nouns")
    )


def _person_form(word: str) -> bool:
    """Is the role noun formed as the noun of one person (``person_endings`` of physical.yaml:
    "soldier", "gunman", "militant"; "-ment" forms name things and bodies: "government")?"""
    return word.endswith(tuple(word_list("person_endings"))) and not word.endswith("ment")


#: Entity labels of a named organisation a definite "the group" can refer back to.
ORGANISATION_ENTS = frozenset({"ORG"})


def group_antecedent(noun: Token) -> Token | None:
    """The named organisation a definite "the group" or "the organization" refers back to
    ("ISIS, also known as ISIL ... the group must be destroyed": ISIS): the nearest name of an
    organisation before it, in its sentence or the one before (a definite general noun refers
    back as a pronoun does, to the nearest fitting mention: a grammar fact of anaphora). Only
    the bare noun with "the": a modifier or an "of" phrase ("the Islamic State group", "the
    group of senators", "a group") names a group of its own. The nearest name decides, armed
    or not: "the Pentagon spoke ... the group" is the Pentagon; but not a name the description
    stands in the clause of ("the Pentagon said the group attacked")."""
    if noun.lower_ not in word_list("group_anaphors") or noun.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "relcl", "acl", "appos")
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children
    ):
        return None
    start = noun.sent.start
    if start > 0:
        start = noun.doc[start - 1].sent.start
    # a name that is a dependent of a word above the description c-commands it, and a full
    # noun phrase is never bound by one that c-commands it (binding theory's principle C, a
    # grammar fact): in "the Pentagon said the group attacked" the group is not the Pentagon
    above = {t.i for t in noun.ancestors}
    for token in reversed(noun.doc[start : noun.i]):
        if token.dep_ == "compound":
            continue  # a word inside a name: its head stands for the name
        if token.head.i in above:
            continue
        if (token.pos_ == "PROPN" and token.ent_type_ in ORGANISATION_ENTS) or armed_name(
            token, nouns=True
        ) is not None:
            return token
    return None


def _can_act(doer: Token, lex: Lexicon) -> bool:
    """Can this doer use force: a person, group, place or named body, an armed body, a weapon,
    vehicle or explosion, an act of force ("the attack killed") or violence itself ("towns hit
    by gun violence", ``violence_nouns``)? Not a thing of words or numbers ("contention",
    "facts", "deaths", "the region")."""
    if doer.pos_ in ("PRON", "PROPN") or doer.ent_type_ in NAME_LABELS:
        return True
    if doer.pos_ != "NOUN":
        return True  # a parse we cannot read: no judgement
    armed, targets, weapons = _sets(lex)
    known = armed | targets | weapons | _words(lex, PEOPLE_SETS) | _people_nouns()
    if noun_forms(doer) & (
        known | lex.force.keys() | word_list("terror_modifiers") | word_list("violence_nouns")
    ):
        return True
    violent = word_list("violent_modifiers")
    if any(
        c.dep_ in ("amod", "compound") and noun_forms(c) & (violent | armed) for c in doer.children
    ):
        return True  # "an air campaign targeting the group's leaders"
    found = noun_sense(doer, lex)
    return found is not None and found[0].type in ("ASSAULT", "COERCE")


def _is_act(noun: Token, lex: Lexicon) -> bool:
    """Is the object an act of force itself ("launch a new military offensive")?"""
    found = noun_sense(noun, lex) if noun.pos_ == "NOUN" else None
    return found is not None and needs_evidence(found[0])


def _mentions(part: Participant, token: Token) -> bool:
    """Is ``token`` the head word of the participant's mention in the text?"""
    if part.mention is None:
        return False
    start, end = part.mention.span
    return start <= token.idx < end


def _doing(token: Token, trigger: Token) -> bool:
    """Is the armed body one that does the act (its subject or agent, or inside them: "U.S.
    forces bombed", "killed by a soldier's rifle"), not one talked about deeper in the clause
    ("allegations involving its peacekeepers", "facts surrounding the murder ... by police")?"""
    node = token
    for _ in range(lexicon().threshold("path_steps")):
        if node.dep_ in ("compound", "nmod", "poss") and _doctrine(node.head):
            return False  # "combating Islamic State terrorism": the body's doctrine, a cause
        if node.head.i == trigger.i:
            return node.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "dobj", "npadvmod") or (
                node.dep_ == "prep" and node.lower_ == "with"
            )
        if node.dep_ not in ("compound", "amod", "nmod", "poss", "conj", "appos", "pobj", "prep"):
            return trigger.dep_ == "relcl" and node.i == trigger.head.i
        if node.dep_ == "prep" and node.lower_ not in ("by", "of", "with"):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    return trigger.dep_ == "relcl" and node.i == trigger.head.i


def _owned_subject(trigger: Token, lex: Lexicon) -> set[int]:
    """The words of the subject when it is a thing someone owns or made, not an agent: a
    common noun that names no armed body or people, with an owner ("this decision by the
    FBI", "the army's plan"). Its owner did not do the act, the thing did; so neither the
    owner nor words inside the subject are evidence of force."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return set()
    armed = _sets(lex)[0]
    if noun_forms(subject) & (armed | _words(lex, PEOPLE_SETS)):
        return set()
    if not any(
        (c.dep_ == "prep" and c.lower_ in ("by", "of")) or c.dep_ == "poss"
        for c in subject.children
    ):
        return set()
    return {t.i for t in subject.subtree}


#: Prepositions that frame an attack as words: the reason ("attacked X over trade") or the
#: judgement ("attacked X as weak"), as in CAMEO's "* (OVER EFFORTS) [110]", "* (FOR) [111]".
VERBAL_PREPS = frozenset({"over", "for", "as"})
#: Prepositions whose object is a fight's other side ("the fight with the rebels", "a battle
#: between two candidates", "the war against the cartels"), not its cause or its author.
OPPONENT_PREPS = frozenset({"with", "between", "against"})


def _verbal_frame(trigger: Token) -> bool:
    """A reason or judgement ("over trade", "as weak"), or a means that is no weapon or armed
    body ("hitting Clinton with ads", "slammed him with criticism")."""
    if any(c.dep_ == "prep" and c.lower_ in VERBAL_PREPS for c in trigger.children):
        return True
    for prep in trigger.children:  # "engaged in propaganda warfare"
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "in"
            and any(c.dep_ == "pobj" and _verbal_modifier(c) for c in prep.children)
        ):
            return True
    armed, targets, weapons = _sets(lexicon())
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.pos_ == "NOUN" and not noun_forms(pobj) & (armed | targets | weapons):
                    return True
    return False


def force_word(token: Token, lex: Lexicon | None = None) -> str | None:
    """Does the word name force of an ASSAULT mode ("shooting", "killed", "bombing")?
    A verb of these needs someone or something it is done to, and no reply frame
    ("shot back")."""
    lex = lex or lexicon()
    forms = noun_forms(token) & lex.force.keys()
    if not forms:
        return None
    if token.pos_ in ("VERB", "AUX") and not _bare_gerund_noun(token):
        particles = word_list("no_force_particles")
        lemma = token.lemma_.lower()
        if any(
            c.dep_ == "prt" and (c.lower_ in particles or f"{lemma} {c.lower_}" in particles)
            for c in token.children
        ):
            # "shot back" (replied), "shot up" (rose), "shoot down" an idea, of any verb;
            # "kicked off" the campaign, "kicked out" of a party, of "kick" only: the particle
            # makes another verb
            return None
        patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ == "acl":
            patients.append(token.head)  # "a soldier killed by a suicide bomber"
        if (
            token.dep_ == "amod"
            and token.tag_ == "VBG"
            and token.i < token.head.i
            and not list(token.children)
            and _group_of_people(token.head, lex)
        ):
            # "the shooting victims": a bare "-ing" form before a common noun of people names
            # the act they suffered (a compound, "victims of a shooting") or did ("the shooting
            # officers"); either way force on a body ("a shooting star", "job-killing trade
            # deals" name no one)
            patients.append(token.head)
        if (
            token.dep_ == "amod"
            and token.tag_ == "VBG"
            and token.i < token.head.i
            and not list(token.children)
            and token.head.lemma_.lower() in word_list("depiction_nouns")
        ):
            # "a beheading video": a bare "-ing" form before a noun of a picture names what
            # the picture shows (a noun before a noun classifies it, a grammar fact: "a wedding
            # video" shows a wedding), here the act of force itself
            return f"'{token.text} {token.head.text}': a picture of the act ({token.text})"
        if not patients:
            patients = _shared_patients(token)
        if not patients and token.lemma_.lower() in word_list("aim_at_verbs"):
            # "shot at the crowd": the "at" phrase of a verb of firing is what is fired on
            # (CAMEO's '- * AT [190] # FIRE')
            patients = [
                o
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ == "at"
                for o in prep.children
                if o.dep_ == "pobj"
            ]
        patients = [counted_of(p) for p in patients]  # "a number of people": the people
        if not any(_can_be_harmed(p, lex) for p in patients) and not _placed(token):
            return None  # "her mind is shot", "fireworks shooting": no one harmed in the parse
    return f"'{token.text}' names force ({lex.force[sorted(forms)[0]]})"


def _harm_of_thing(verb: Token, lex: Lexicon) -> bool:
    """ "The attempt to fund the fight dies", "the bill was killed in committee": a verb of
    death or harm with no object, whose subject is a thing (a common noun that is no one who can
    be harmed, no place and no act), says the thing failed, a figure; it is no harm in the
    sentence. Its subject is the one it happens to (a grammar fact of intransitives and
    passives)."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.pos_ in ("NOUN", "VERB")  # a headline's "Attempt ... dies" is tagged VERB
        and not subject.ent_type_
        and not _can_be_harmed(subject, lex)
        and not _place(subject)
        and noun_sense(subject, lex) is None
    )


def _coordinated_force(verb: Token, lex: Lexicon) -> str | None:
    """A verb coordinated with one that names force or an arrest ("was arrested and beaten",
    "shot and beat him"): coordinated verbs share their patient (a grammar fact), and what is
    done to a body in custody or under fire is done to the body."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        partners.append(verb.head)
    for partner in partners:
        if force_word(partner, lex) is not None:
            return f"with '{partner.text}', which names force"
        found = verb_sense(partner, lex)
        if found is not None and found[0].type == "COERCE" and found[0].mode == "arrest":
            return f"with '{partner.text}' (an arrest: the body in custody)"
        if found is not None and needs_evidence(found[0]) and _violent_manner(partner):
            # "beaten, chained ... or sexually abused": a use of force done with force
            return f"with '{partner.text}', done with force"
    return None


def _shared_patients(verb: Token) -> list[Token]:
    """The object coordinated verbs share ("shot and wounded President Reagan": Reagan is
    shot too; a grammar fact of verb coordination), when the verb has none of its own."""
    verbs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verbs.append(verb.head)
    return [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]


def _placed(verb: Token) -> bool:
    """A passive or reduced-relative verb of force with the named place where it was done
    ("a first-grader killed at Sandy Hook Elementary School", "was shot in Chicago"): a
    happening somewhere, not a figure of speech."""
    if verb.dep_ not in ("acl", "relcl") and not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lex = lexicon()
    targets = _sets(lex)[1]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near", "outside", "inside"):
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in PLACE_LABELS or any(
                    _place(t) for t in pobj.subtree if t.dep_ in ("compound", "nmod", "pobj")
                ):
                    return True  # "killed at a South Carolina church", "at cinemas in Denver"
                if noun_forms(pobj) & (targets | word_list("structures")):
                    return True  # "killed at the barracks"
                if prep.lower_ == "in" and noun_forms(pobj) & lex.force.keys():
                    # "killed in the shooting": CAMEO's '- * (IN CLASH) [193] # KILL',
                    # '- * (IN SHOOTOUT) [193:193] # KILL' place a killing in an act of force
                    return True
    return False


def _done_to_someone_somewhere(trigger: Token, target: Token | None, lex: Lexicon) -> str | None:
    """ "We were attacked in downtown Manhattan", "protesters were beaten in Cairo": a passive
    of force with no agent, said of one who can be harmed, at a named place (:func:`_placed`),
    tells what happened to a body there. An attack in words is told with who made it (its
    agent: "attacked by his rivals") or why ("for his vote", :func:`_verbal_frame`); the
    agentless passive puts the one acted on first (a grammar fact of the passive), and a
    named place of the act sets it in the world, not in a debate or an advertisement. Not a
    contest ("beaten in the primary", "crushed in a landslide": no named place). Only a verb
    of assault: a seizure ("caught at the border") is done to a body without harming it."""
    if trigger.pos_ not in ("VERB", "AUX") or target is None:
        return None
    sense = verb_sense(trigger, lex)
    if sense is None or sense[0].type != "ASSAULT":
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    if any(c.dep_ == "agent" for c in trigger.children) or _verbal_frame(trigger):
        return None
    if target.dep_ != "nsubjpass" or not _can_be_harmed(target, lex):
        return None
    if target.pos_ == "PRON" and target.lower_ in lex.relatives:
        return None
    if not _placed(trigger):
        return None
    return f"'{target.text} ... {trigger.text}' at a named place, no doer named"


def _can_be_harmed(token: Token, lex: Lexicon) -> bool:
    """A person, group, place or thing force can be used on (not "her mind", "it")."""
    if token.ent_type_ in NAME_LABELS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "this", "that", "what", "which")
    if token.pos_ == "NUM" and token.like_num:
        return True  # "killing 15": a count of people
    if any(c.ent_type_ == "PERSON" for c in token.children) or any(
        c.dep_ == "nummod" for c in token.children
    ):
        return True  # "son Sean", "five villagers"
    if _own_forms(token) & (word_list("kin") | word_list("person_nouns")):
        return True  # "your uncle gets killed", "the boy was shot": a noun of a human being
    if _described_polity(token):
        return True
    _, targets, _ = _sets(lex)
    return bool(noun_forms(token) & (targets | _words(lex, PEOPLE_SETS) | _people_nouns()))


def _described_polity(token: Token) -> bool:
    """Is the noun a state described by a common noun ("the Baltic states", "neighbouring
    countries")? A bare "the country" stands for one the text names, and "countries" for no
    one in particular; with a modifier the noun picks out states of its own."""
    return bool(_own_forms(token) & word_list("polities")) and any(
        c.dep_ in ("amod", "compound", "nmod") for c in token.children
    )


def _state_mention(part: Participant, target: Token | None) -> bool:
    """Does the participant name a state acting: by its name ("Russia"), or by its capital or
    seat of government ("Moscow", "the Kremlin") when what it acts on is a state too, named or
    described ("attacking the Baltic states")? A government named by its seat acts in words
    far more often ("the White House fought hard", "Washington blasted Republicans")."""
    kind = part.mention.kind if part.mention is not None else None
    if kind == "country":
        return True
    return (
        kind == "metonym"
        and target is not None
        and (target.ent_type_ == "GPE" or _described_polity(target))
    )


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """One-word role nouns of PETRARCH2's agent dictionary ("protester", "civilian",
    "journalist"): people, who can be harmed."""
    return frozenset(w for w in agent_sectors() if " " not in w and not w.endswith("."))


def noun_evidence(
    noun: Token, lex: Lexicon | None = None, people: frozenset[int] = frozenset()
) -> str | None:
    """What makes an act noun a use of force: a word that names force by itself ("the
    shooting"), a place where it happened ("the Orlando shooting", "attacks in Paris"), a
    weapon, harm or violent word modifying it ("car bomb attack", "deadly attacks", "physical
    assaults"), a terrorist act ("terrorist attack"), a physical or armed thing it is aimed at
    ("attacks against asylum seeker homes"), killing or weapons in its sentence, or, when it is
    aimed at no one in words, a date that names it ("the Sept. 11 attacks") or a terrorist
    setting ("the attack and the larger challenge of terrorism")."""
    lex = lex or lexicon()
    armed, targets, weapons = _sets(lex)
    named = force_word(noun, lex)
    if named is not None:
        return named
    if noun.dep_ == "compound" and noun_forms(noun.head) & weapons:
        return None  # "assault weapons", "attack helicopters": a weapon, not an act
    if (
        noun.dep_ == "compound"
        and noun.i < noun.head.i
        and noun.head.lemma_.lower() in word_list("happening_places")
        and any(
            c.dep_ == "det" and c.lower_ in default_roles().definite for c in noun.head.children
        )
    ):
        # "walked to the attack site": a noun before a noun classifies it (a grammar fact),
        # and a site or scene named by an act is the place where that act happened; words
        # are said, not sited. Only a definite one, the place of an act already known: "an
        # attack site" built by a campaign is a new thing, a web site of words
        return f"'{noun.text} {noun.head.text}': the place where it happened"
    if _verbal_modifier(noun):
        return None  # "a trade war", "propaganda warfare", "personal attacks"
    if noun.lemma_.lower() == "war" and _war_on_cause(noun):
        return None  # "the war on terrorism": a campaign, aimed at a cause
    if any(
        c.dep_ in ("compound", "amod") and c.lower_ in word_list("illness_compounds")
        for c in noun.children
    ):
        return None  # "a heart attack": an illness (CAMEO '- HEART * [---] # ATTACK')
    kind = _war_of_arms(noun)
    if kind is not None:
        return kind
    if _at_war(noun):
        if any(p.ent_type_ == "PERSON" or reflexive(p) or _doctrine(p) for p in _war_parties(noun)):
            # "at war with Trump", "a party at war with itself", "at war with Islam": a person,
            # oneself or a faith or doctrine is fought in a figure
            return None
        return f"'at {noun.text}': a state of armed conflict (CAMEO '- * AT &FIGHT [138]')"
    raid = _raid(noun)
    if raid is not None:
        return raid
    state = state_strike(noun, lex)
    if state is not None:
        return state
    charged = _charged_crime(noun)
    if charged is not None:
        return charged
    violent = word_list("violent_modifiers")
    for child, dep in _modifiers_joined(noun):
        forms = noun_forms(child)
        if dep in ("compound", "amod", "nmod", "poss"):
            if (
                child.ent_type_ in PLACE_LABELS or (dep == "compound" and _place(child))
            ) and not _state_contest(noun, child, lex):
                return f"place '{child.text}'"
            if dep == "compound" and child.pos_ == "NOUN":
                # "the Orlando nightclub attack": a place at the head of a compound chain
                # locates the whole (the nightclub in Orlando, the attack on it)
                place = next(
                    (c for c in child.children if c.dep_ == "compound" and _place(c)), None
                )
                if place is not None:
                    return f"place '{place.text} {child.text}'"
            if forms & weapons or forms & lex.harm.keys():
                return f"'{child.text} {noun.text}'"
            if forms & (word_list("terror_modifiers") | violent):
                return f"'{child.text} {noun.text}'"
            if armed_name(child) is not None:
                return f"by an armed body ('{child.text} {noun.text}')"  # "a Taliban attack"
        if dep in ("prep", "agent") and child.lower_ in ARMED_PARTY_PREPS:
            # "the fight with Hamas", "attacks by the Taliban", "fighting between ISIS and ...":
            # an armed non-state body as a party of the act makes it one of arms
            party = next((c for c in child.children if c.dep_ == "pobj"), None)
            if party is not None and any(
                armed_name(p, nouns=True) is not None
                for p in (party, *(c for c in party.children if c.dep_ == "conj"))
            ):
                return f"an armed party ('{child.text} {party.text}')"
            if party is not None and child.lower_ == "by" and _armed_body(party, armed):
                # "the assault by soldiers", "the raid by police": an act noun's "by" phrase
                # names its doer (a grammar fact), here an armed body, as the coder's actor is
                return f"by an armed body ('{child.text} {party.text}')"
            if party is not None and _war_with_state(noun, child, party):
                return f"a war with a state ('{child.text} {party.text}')"
        if dep == "prep" and child.lower_ in ("in", "at", "near", "on", "against"):
            place = _place_object(child, people)
            if place is not None and not _state_contest(noun, place, lex):
                return f"happened in '{place.text}'"
        if dep == "appos":
            # "another attack, this time in Nice": an appositive renames the act (a grammar
            # fact), so the place it gives is the act's
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near"):
                    place = _place_object(prep, people)
                    if place is not None:
                        return f"happened in '{place.text}'"
        if dep == "prep" and child.lower_ == "of":
            # an act noun's "of" phrase is its verb's object: "the invasion of Iraq", "the
            # bombing of Dresden" are done to the place; or its doer, when that is a violent
            # act or body ("the target of a military campaign", "victims of terrorist groups")
            for pobj in child.children:
                if pobj.dep_ == "pobj" and _place(pobj):
                    return f"done to '{pobj.text}'"
                if pobj.dep_ == "pobj" and _violent_modifier(pobj):
                    return f"of '{pobj.text}'"
    found = (
        _where_forces_go(noun, armed)
        or _armed_in(noun, armed)
        or _armed_performer(noun, armed, lex)
        or _claimed_by_armed(noun, armed)
        or _occurred_in(noun, people)
        or _light_verb_place(noun, lex, people)
    )
    if found is not None:
        return found
    under = _under_attack(noun)
    if under is not None:
        if noun_forms(under) & targets or _armed_body(under, armed):
            return f"'{under.text}' under it"  # "the convoy came under attack"
        if not _can_be_harmed(under, lex) and not _place(under):
            return None  # "our freedom is under assault": a thing of the mind is attacked
    aimed = _aimed_at(noun)
    if aimed is not None and aimed.ent_type_ != "PERSON" and aimed.pos_ != "PRON":
        dated = _dated(noun)
        if dated is not None:
            # "the 2001 attacks on our nation", "the 9/11 attacks on America": a date names one
            # happening whatever it was aimed at, unless at a person (words are not dated so)
            return f"named by its date '{dated}'"
    if aimed is not None and (noun_forms(aimed) & (targets - weapons) or _armed_body(aimed, armed)):
        return f"aimed at '{aimed.text}'"
    if aimed is not None and _armed_owner(aimed) is not None:
        return f"aimed at a thing of '{_armed_owner(aimed)}' ('{aimed.text}')"
    located = _located_thing(noun, aimed, people)
    if located is not None:
        return located
    if aimed is not None or _in_words(noun, aimed):
        # aimed at a person or party in words ("attacks on Cruz"), or at a cause or a thing
        # that is neither a place nor a body ("the fight against extremism", "against guns")
        return None
    arms = weapons - _words(lex, ("AIRCRAFT",))  # "the corporate jet" is how one travels
    for token in noun.sent:
        if token.i == noun.i or token.i in _subtree_ids(aimed):
            continue
        forms = noun_forms(token)
        if (forms & lex.harm.keys() or forms & lex.force.keys()) and not _harm_of_thing(token, lex):
            return f"'{token.text}' in the sentence"
        if forms & arms and token.dep_ not in ("compound", "amod", "nmod"):
            return f"'{token.text}' in the sentence"
    named = _named_happening(noun)
    if named is not None:
        return named
    if _bare_war(noun):
        return "a bare 'war' (CAMEO.2.0.txt:4266 '- * WAR [190]': military force)"
    if _conflict_classifier(noun):
        return f"'{noun.text} {noun.head.text}': a thing of armed conflict"
    setting = _armed_setting(noun, lex)
    if setting is not None:
        return setting
    if noun_forms(noun) & _words(lex, ("FIGHT",)):
        return None  # "a lonely battle ... terror networks": a struggle is often a cause's
    dated = _dated(noun)
    if dated is not None:
        return f"named by its date '{dated}'"
    anchor = _time_anchor(noun)
    if anchor is not None:
        return anchor
    told = _told_before(noun, lex)
    if told is not None:
        return told
    context = word_list("terror_context")
    for token in noun.sent:
        if token.lower_ in context and token.i != noun.i:
            return f"terrorist setting '{token.text}'"
    for token in noun.sent:
        if token.i != noun.i and token.pos_ == "PROPN" and armed_name(token) is not None:
            # "his support for ISIS in the midst of this attack": an armed non-state body named
            # in the sentence is the same setting as "terrorists" (PLOVER manual, context
            # "terrorism": "events related to terrorist groups")
            return f"armed group's setting '{token.text}'"
    return _placed_setting(noun, lex, people)


def _armed_setting(noun: Token, lex: Lexicon) -> str | None:
    """ "Suggesting the U.S. outsource the fight ... to the Islamic State", "crucibles of combat
    for the American military": a noun of fighting (CAMEO's FIGHT set, and the nouns of its
    PHYSICAL_CONFLICT block in ``armed_setting_nouns``) in a sentence that names an armed body
    as a party of its own is that body's fighting. CAMEO codes the block's acts with a
    military party as conventional military force ('- &MILITARY * [190] # CLASH, STRIKE',
    CAMEO.2.0.txt:9009), and an attack in a sentence naming an armed group is already read so
    (the PLOVER manual's terrorism context). Reached only when nothing makes the noun words or
    a cause's (a modifier of words, an owner or aim of words, a war on a cause, a state's
    contest: checked before). The armed body must head its own phrase: a modifier of another
    noun ("the general election", "an insurgent candidacy") names no body, and one with a
    modifier of words ("a political army") is a figure. PolNeAR train (the fourteen
    development sets, measured set not read): the rule reads 6 nouns no other rule read, all
    of arms; without the guards below it read a seventh, "a fractious nominating battle" beside
    "the Clinton forces", wrong.

    Not when the noun's own words make it another fight: a modifier that is no kind of armed
    conflict ("the budget fight", "a legal battle", as for a war), a phrase of what it is over
    or for that is no place ("the fight over the nomination"; "the battle for Mosul" stays),
    or parties of its own ("with", "between", "against") none of whom is armed ("the fight
    between the two candidates"): the armed body elsewhere in the sentence is then no party."""
    if not noun_forms(noun) & (_words(lex, ("FIGHT",)) | word_list("armed_setting_nouns")):
        return None
    if not _of_arms_only(noun, PRE_MODIFIERS):
        return None
    armed = _sets(lex)[0]
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        if prep.lower_ in VERBAL_PREPS and any(not _place(o) for o in objects):
            return None
        if (
            prep.lower_ in OPPONENT_PREPS
            and objects
            and not any(_armed_body(o, armed) or _place(o) for o in objects)
        ):
            return None
    for token in noun.sent:
        if token.i == noun.i or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.pos_ == "PROPN" and armed_name(token) is not None:
            return f"an armed party in its sentence ('{token.text}')"
        if (
            token.pos_ == "NOUN"
            and token.dep_ not in ("amod", "compound", "nmod")
            and noun_forms(token) & armed
            and not _excluded_head(token)
            and not _figurative_force(token, armed)
        ):
            return f"an armed party in its sentence ('{token.text}')"
    return None


def _raid(noun: Token) -> str | None:
    """ "Conducting raids inside Syria", "the deportation raids": a noun of ``raid_nouns`` names
    an entry by force by its meaning (PLOVER's seize mode lists the raid), so no doer or target
    need be shown; not as the modifier of a thing ("raid gear"), nor aimed at money ("a raid on
    the pension fund" takes funds, ``raided_funds``)."""
    if noun.dep_ == "compound" or noun.lemma_.lower() not in word_list("raid_nouns"):
        return None
    aimed = _aimed_at(noun)
    if aimed is not None and any(
        noun_forms(t) & word_list("raided_funds") for t in aimed.head.subtree
    ):
        return None  # "a raid on the state's pension funds": the words of the "on" phrase
    return f"'{noun.text}': an entry by force (PLOVER COERCE mode seize)"


#: Prepositions of an act noun whose object is a party to it ("war with", "attacks by").
ARMED_PARTY_PREPS = frozenset({"with", "by", "of", "between", "against", "on"})


def _place(token: Token) -> bool:
    """A place the parse names, or a country's name it leaves untagged (headline capitals:
    "Invasion Of Iraq" gives "Iraq" no entity type)."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ == "PERSON":
        return _country_as_person(token) or _city_in_headline_name(token)
    if token.ent_type_ not in MISREAD_PLACE_LABELS:
        return False
    hit = country_table().get(token.text)
    if hit is not None and hit.how == "country":
        return True
    return big_city(token) or _city_in_headline_name(token)


def _city_in_headline_name(token: Token) -> bool:
    """ "Trump Addresses Munich Attack", "Europe Mourns After Munich Attack": in a headline's
    capitals the small model tags a run of words with the act noun among them as one name
    ("Trump Addresses Munich Attack" ORG, "Munich Attack" PERSON), so the city in it is no
    entity of its own and :func:`big_city` asks about the whole run. An act noun of force is no
    part of a person's or a body's name, so a capitalised word of the run that modifies that
    act noun is read by its own name: a big city's that is no known surname, as
    :func:`big_city` reads it ("Washington Post" keeps its name: a post is no act)."""
    ent = entity_at(token)
    if ent is None or len(ent) < 2 or ent.label_ not in MISREAD_PLACE_LABELS | {"PERSON"}:
        return False
    head = token.head
    if token.dep_ != "compound" or not token.i < head.i < ent.end:
        return False
    if not all(t.is_title or t.is_punct for t in ent):
        return False
    sense = noun_sense(head)
    if sense is None or not needs_evidence(sense[0]):
        return False
    d = DICTIONARY.get()
    if d.is_surname(name_key(token.text)):
        return False
    return d.gazetteer.is_city(token.text, ACTOR_SETTINGS.get().city_population)


def _country_as_person(token: Token) -> bool:
    """A country's name the small model tags as a one-word person ("the Chad attack"), as
    the actor layer reads a city so tagged: a name of one word is no person's full name, and
    a known surname ("Jordan") stays a person."""
    ent = entity_at(token)
    if ent is None or len(ent) != 1:
        return False
    hit = country_table().get(token.text)
    if hit is None or hit.how != "country":
        return False
    return not DICTIONARY.get().is_surname(name_key(token.text))


#: Entity labels the small model gives a place's name in place of GPE ("the Benghazi attack"
#: tagged ORG, "the Iraq war" tagged EVENT), or none at all.
MISREAD_PLACE_LABELS = frozenset({"", "ORG", "NORP", "EVENT"})


def big_city(token: Token) -> bool:
    """The own name of a big city (GeoNames, as the actor layer reads "Rotterdam" tagged as a
    person) that names no person the actor dictionary knows by that surname ("Jackson",
    "Clinton" are cities too): the pipeline's dictionary, with the user's actors in it, and
    its actor stage's ``city_population``."""
    ent = entity_at(token)
    text = ent.text if ent is not None else token.text
    d = DICTIONARY.get()
    if d.is_surname(name_key(text)):
        return False
    return d.gazetteer.is_city(text, ACTOR_SETTINGS.get().city_population)


def _violent_modifier(noun: Token) -> bool:
    """A noun with a modifier of force ("a military campaign", "terrorist groups")."""
    violent = word_list("violent_modifiers")
    return any(c.dep_ in ("amod", "compound") and c.lower_ in violent for c in noun.children)


def _where_forces_go(noun: Token, armed: frozenset[str]) -> str | None:
    """ "Contribute ground forces to the battle", "sent troops into the fight": an act noun
    that armed forces are sent to is a fight of arms (CAMEO codes sending or contributing
    &MILITARY as military aid or deployment, CAMEO.2.0.txt:3495 and 6268)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "into"):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in word_list("sending_verbs"):
        return None
    for sent in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if _armed_body(sent, armed):
            return f"'{sent.text}' sent to it"
    return None


def _charged_crime(noun: Token) -> str | None:
    """ "Charged with assault", "the assault allegations facing him": assault named as the
    crime of a charge or accusation (CAMEO codes the crime charged, '- * (WITH MURDER) [1121]
    # CHARGE', CAMEO.2.0.txt:7553) is the crime of bodily force, not an attack in words, which
    no one is charged with (``legal_frames`` in ``data/physical.yaml``)."""
    if noun.lemma_.lower() != "assault" or _aimed_at(noun) is not None:
        return None
    frames = word_list("legal_frames")
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in frames:
        return f"a charged crime ('{noun.text} {noun.head.text}')"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "of", "for"):
        governor = noun.head.head
        if governor.lemma_.lower() in frames or governor.lower_ in frames:
            return f"a charged crime ('{governor.text} {noun.head.text} {noun.text}')"
    return None


def _armed_performer(noun: Token, armed: frozenset[str], lex: Lexicon) -> str | None:
    """ "The rebels launched an offensive", "troops who waged the war": the subject of a light
    verb performs the act its object names (a grammar fact; ``light`` in ``events.yaml``), so
    an armed body as that subject makes the act one of arms. So does the "by" agent of the
    light verb's passive ("the attack was carried out by rebels", "an offensive launched by the
    army"): a passive's agent is its active subject, a grammar fact."""
    verb = noun.head
    light = lex.light
    if noun.dep_ == "dobj" and not verb_forms(verb).isdisjoint(light):
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lower_ in lexicon().relatives and verb.dep_ == "relcl":
                subject = verb.head  # "the troops who waged the war"
            if _armed_body(subject, armed):
                return f"'{subject.text}' {verb.text} it"
    passives = [verb] if noun.dep_ == "nsubjpass" else []
    passives += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for passive in passives:
        if verb_forms(passive).isdisjoint(light):
            continue
        for agent in (c for c in passive.children if c.dep_ == "agent"):
            for doer in (c for c in agent.children if c.dep_ == "pobj"):
                if _armed_body(doer, armed):
                    return f"{passive.text} by '{doer.text}'"
    return None


#: PLOVER sectors of bodies that fight: military, rebels, unidentified armed forces. Not the
#: police, who also walk out, nor intelligence.
FIGHTING_SECTORS = frozenset({"MIL", "REB", "UAF"})


def _fighting_forces(lex: Lexicon) -> frozenset[str]:
    """CAMEO's MILITARY and PKO sets (with the head of each phrase) and PETRARCH2's agent
    nouns of fighting sectors: the bodies whose strike is an attack."""
    forces = set(_words(lex, ARMED_SETS))
    forces |= {w.split()[-1] for w in forces if " " in w}
    forces |= {w for w, sector in agent_sectors().items() if sector in FIGHTING_SECTORS}
    return frozenset(forces - word_list("not_armed"))


def armed_doer(noun: Token, lex: Lexicon | None = None) -> str | None:
    """The armed body that owns, names or performs an act noun, said as evidence, or None.

    CAMEO reads a strike by armed forces as a military attack ("- &MILITARY * STRIKE [190] #
    LAUNCH", CAMEO.2.0.txt:3968) where its light verbs read a bare strike as a walkout
    ("- * STRIKE [143] # STAGE", CAMEO.2.0.txt:867): workers strike, armies attack. So the
    armed body that owns or modifies the noun ("military strikes", "the army's strike"), its
    "by" phrase ("strikes by coalition aircraft"), or the subject of its light verb ("troops
    launched a strike"), decides the noun's sense; as does an armed body it is aimed "at",
    "on" or "against" ("strikes on ISIS targets"), for no walkout is aimed at one. The police
    are not among these bodies: their strikes are walkouts too."""
    lex = lex or lexicon()
    armed = _fighting_forces(lex)
    # an adjective counts only from CAMEO's own sets ("military strikes"): agent nouns name
    # ranks that are also adjectives ("a general strike")
    adjectives = _words(lex, ARMED_SETS)
    for child in noun.children:
        if child.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        if child.pos_ == "ADJ":
            if child.lower_ in adjectives:
                return f"'{child.text}'"
        elif _armed_body(child, armed) or (
            bool(noun_forms(child) & armed) and not _excluded_head(child)
        ):
            return f"'{child.text}'"
    performer = _armed_performer(noun, armed, lex) or state_strike(noun, lex)
    if performer is not None:
        return performer
    for prep in [*noun.children, *_light_verb_aims(noun, lex)]:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("by", "on", "against", "at"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if _armed_body(pobj, armed):
                return f"'{prep.text} {pobj.text}'"
    return None


def _light_verb_aims(noun: Token, lex: Lexicon) -> list[Token]:
    """ "Staged a strike on the army base": a light verb and its act noun are one predicate
    (a grammar fact; ``light`` in ``events.yaml``), so an "on" or "against" phrase the parser
    hangs on the verb aims the noun's act."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb_forms(verb).isdisjoint(lex.light):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]


def state_strike(noun: Token, lex: Lexicon | None = None) -> str | None:
    """ "Russian strikes on Aleppo", "Israeli strikes destroyed the bridge": an act noun owned
    only by a state's demonym and aimed at, or done to, a place or a thing force is used on
    (CAMEO's TOWN ... MILITARY sets) is that state's use of force. PLOVER's actors are states
    and their forces; a walkout, CAMEO's other reading of "strike" ('- * STRIKE [143] #
    STAGE'), is held against an employer, not aimed at a town or done to a bridge."""
    owner = next(
        (
            c
            for c in noun.children
            if c.dep_ == "amod" and c.ent_type_ == "NORP" and _country_word(c.text)
        ),
        None,
    )
    if owner is None:
        return None
    aimed = [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        aimed += [c for c in noun.head.children if c.dep_ == "dobj"]  # "... hit the town"
    aimed += _aims_after_object(noun)
    targets = _sets(lex or lexicon())[1]
    for thing in aimed:
        if thing.ent_type_ in ("GPE", "LOC") or noun_forms(thing) & targets:
            return f"'{owner.text} {noun.text}' aimed at '{thing.text}'"
    return None


def _aims_after_object(noun: Token) -> list[Token]:
    """ "condemned the Russian strikes on the town": an "on" or "against" phrase right after
    an object noun the parser hangs on the verb instead. A phrase right after a noun may
    modify either (English attachment ambiguity); what it names decides, as for the noun's own
    phrase (a place or a thing force is used on), so "condemned the strikes on Monday" names
    no target."""
    if noun.dep_ != "dobj":
        return []
    after = noun.right_edge.i + 1
    return [
        pobj
        for prep in noun.head.children
        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS and prep.i == after
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _claimed_by_armed(noun: Token, armed: frozenset[str]) -> str | None:
    """ "The Taliban claimed responsibility for the attack", "ISIS, which was responsible for
    the attacks": whoever claims or bears responsibility for an act is named as its doer (a
    grammar fact of "responsibility for"), so an armed body there makes the act one of arms."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    word = noun.head.head
    if word.lower_ not in word_list("responsibility_words"):
        return None
    verb = word.head if word.dep_ in ("dobj", "acomp", "attr") else word
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in lexicon().relatives and verb.dep_ == "relcl":
            subject = verb.head  # "ISIS, which claimed responsibility for the attacks"
        if _armed_body(subject, armed):
            return f"'{subject.text}' answers for it"
    return None


def _war_with_state(noun: Token, prep: Token, party: Token) -> bool:
    """ "Their fifth war with Israel", "the war against Iraq": a war (CAMEO.2.0.txt:4266
    '- * WAR [190]') with a country as its party is one of arms, the PLOVER manual's actors
    being states and their forces; not a person's ("his war with Mexico") nor one of words
    or trade (those modifiers are read before)."""
    if noun.lemma_.lower() != "war" or prep.lower_ not in ("with", "against", "between"):
        return False
    if any(
        c.dep_ == "poss" and (c.lower_ in lexicon().personal_possessives or c.ent_type_ == "PERSON")
        for c in noun.children
    ):
        return False
    hit = country_table().get(party.text)
    return party.ent_type_ == "GPE" and hit is not None and hit.how == "country"


def _light_verb_place(noun: Token, lex: Lexicon, people: frozenset[int]) -> str | None:
    """ "Waging an open-ended war in Syria": a light verb and its act noun are one predicate (a
    grammar fact; ``light`` in ``events.yaml``), so the place phrase the parser hangs on the
    verb says where the war is (CAMEO.2.0.txt:4266 '- * WAR [190]' under WAGE). Only a war:
    campaigns "wage a fight in Ohio" and "launch attacks in Iowa" in words."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in ("war", "warfare"):
        return None
    if verb_forms(verb).isdisjoint(lex.light):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "across", "inside"):
            place = _place_object(prep, people)
            if place is not None:
                return f"'{verb.text}' it in '{place.text}'"
    return None


def _doctrine(noun: Token) -> bool:
    """A noun of a doctrine, practice or stance ("terrorism", "extremism"): the ``doctrines``
    list, not every "-ism" word ("mechanism", "organism", "tourism" name things and trades)."""
    return bool(noun_forms(noun) & word_list("doctrines"))


def _armed_owner(thing: Token) -> str | None:
    """ "Strikes on ISIS infrastructure", "hit Taliban positions": a thing whose name is
    modified by an armed non-state body's name is that body's (a noun modifier names the
    owner or kind, a grammar fact), so force aimed at it is aimed at the armed body. Not a
    doctrine or practice ("combating Islamic State terrorism", "ISIS extremism": see
    :func:`_doctrine`), which is a cause, not a thing force is used on."""
    if _doctrine(thing):
        return None
    for child in thing.children:
        if child.dep_ in ("compound", "poss", "nmod") and armed_name(child, nouns=True):
            return child.text
    return None


def _armed_purpose(verb: Token, armed: frozenset[str], lex: Lexicon) -> str | None:
    """ "Take our troops overseas to fight more wars", "ordered the army to attack": the object
    of a verb controls its "to" infinitive (a grammar fact of object control and purpose
    clauses), so an armed body there is who fights. With no object, the subject controls it
    ("the troops want to fight", "his forces must be ready to fight", "rebels were able to
    strike": subject control, through a predicate adjective's copula too). Not against a cause
    ("urged the police to fight crime"): the infinitive's own object, if any, is one force is
    used on."""
    infinitive = verb.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    if not infinitive and not _adjective_gerund(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and not (
        _can_be_harmed(obj, lex) or _armed_body(obj, armed) or _bare_war_object(obj)
    ):
        return None
    controller = (
        next((c for c in verb.head.children if c.dep_ == "dobj"), None) if infinitive else None
    )
    if controller is None:
        controller = _controlling_subject(verb)
    if controller is None or not _armed_body(controller, armed):
        return None
    if _armed_show_of_power(verb, armed, lex):
        return None
    if not infinitive:  # "rebels intent on attacking"
        return f"'{controller.text}' {verb.head.head.text} {verb.head.text} '{verb.text}'"
    return f"'{controller.text}' {verb.head.text} to '{verb.text}'"


def _armed_show_of_power(verb: Token, armed: frozenset[str], lex: Lexicon) -> bool:
    """Does CAMEO's own block for the verb code it, with an armed doer and nothing else, as
    something other than force? "- TROOP * [150] # SURROUND" (CAMEO.2.0.txt:8668): troops that
    surround demonstrate military power, so an armed body that is to surround someone is no
    evidence of an assault ("the Secret Service had to surround her")."""
    lemma = verb.lemma_.lower()
    for block in lex.verb_blocks.get(lemma, ()):
        for p in lex.blocks.get(block, ()):
            if p.object or p.prep or not p.subject or p.code[:2] in ("18", "19", "20"):
                continue
            if p.origin and lemma not in p.origin:
                continue
            if any(w in armed or w + "s" in armed for w in p.subject):
                return True
    return False


#: Dependencies through which a "to" infinitive's understood subject is passed up: the verb
#: or predicate adjective it completes ("want to fight", "ready to fight"), and the copula of
#: that adjective ("must be ready").
CONTROL_DEPS = frozenset({"xcomp", "acomp"})


def _controlling_subject(verb: Token) -> Token | None:
    """The subject that controls an infinitive complement with no object of its own between
    ("the troops want to fight", "the rebels were able to strike"): the nearest subject up
    the chain of complements; for a relative clause, the noun the clause describes ("troops
    who want to fight"); for an adjective that modifies a noun, that noun ("troops ready to
    fight", the reduced form of "troops who are ready to fight"). A passive subject is the
    object that controls it, moved ("the soldiers were ordered to fight"). Not a purpose
    clause's subject ("the senator met troops to fight ..."), nor past an object of the
    complement's verb ("told reporters to ...")."""
    node = verb
    for _ in range(lexicon().threshold("path_steps")):
        if _adjective_gerund(node):
            node = node.head  # "intent on attacking": through the adjective's preposition
        elif node.dep_ not in CONTROL_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if any(c.dep_ in ("dobj", "dative") for c in node.children):
            return None
        if node.pos_ == "ADJ" and node.dep_ == "amod":
            return node.head  # "rebels eager to attack": the noun the adjective describes
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in lexicon().relatives and node.dep_ == "relcl":
                return node.head
            return subject
    return None


def _adjective_gerund(verb: Token) -> bool:
    """ "Rebels intent on attacking the capital", "militants capable of striking": a gerund in
    the prepositional complement of an adjective, whose understood subject is the adjective's
    own, as a "to" infinitive's is ("eager to attack"; a grammar fact of adjective complements:
    who is intent on attacking is who would attack)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("pcomp", "pobj")
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ == "ADJ"
        and verb.head.head.dep_ in ("amod", "acomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children)
    )


def _passive_infinitive(verb: Token) -> bool:
    """ "Needs to be destroyed", "has to be defeated": a passive "to" infinitive with no subject
    of its own, whose understood subject, passed up from the verb it completes, is the one
    acted on (a passive's subject is its verb's object, a grammar fact)."""
    return (
        verb.dep_ in CONTROL_DEPS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _bare_war_object(noun: Token) -> bool:
    """ "Fight wars", "fight more wars": the act's own noun as its object, with no modifier
    that makes it a cause's or a trade's (only amounts: "more", "two")."""
    if noun.lemma_.lower() != "war":
        return False
    return not any(
        c.dep_ in WAR_MODIFIERS and not _time_modifier(c) and c.lower_ not in ("more", "another")
        for c in noun.children
    )


def _fought_in(verb: Token, lex: Lexicon) -> str | None:
    """ "Refused to fight in the Vietnam War", "fought in the war against the Taliban": a verb
    of fighting "in" a war, or with a bare war as its object, fights that war (the object of
    "in" is the conflict the clause happens inside, a grammar fact), so the war's own
    evidence is the verb's."""
    if not noun_forms(verb) & {"fight", "fought", "battle", "combat"}:
        return None
    for war in (c for c in verb.children if c.dep_ == "dobj"):
        # "fight wars overseas", "fought a war": to fight a war is to wage it (CAMEO.2.0.txt:
        # 8877 '+WAGE_WAR' and 4266 '- * WAR [190]'); not a cause's ("fight the war on drugs")
        if war.pos_ == "NOUN" and _bare_war(war):
            return f"fought '{war.text}' (a bare 'war': CAMEO '+WAGE_WAR' [190])"
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for war in (c for c in prep.children if c.dep_ == "pobj"):
            if war.pos_ not in ("NOUN", "PROPN") or not noun_forms(war) & _words(lex, ("FIGHT",)):
                continue
            found = _named_happening(war) or (_bare_war(war) and "a bare 'war'")
            if found:
                return f"fought in '{war.text}' ({found})"
    return None


def _harmed_in_act(verb: Token, lex: Lexicon) -> str | None:
    """ "Mateen was killed in a police shootout", "she was wounded in a shooting", "two were
    injured in the blast": a verb of killing or injury (``harm`` of ``events.yaml``) whose "in"
    or "during" phrase names an act of force (``harm_settings``) tells harm done in that act,
    as CAMEO's patterns code it ('- * IN ATTACK [190] # WOUND', '- + WERE * IN SHOOTOUT WITH
    $ [193] # KILL'): the clause happens inside the act (a grammar fact). The one harmed must
    be one who can be, and the act no attack in words ("wounded in the attacks on her record",
    "in personal attacks"). Not "die" (``undergoer_verbs`` of physical.yaml): the coder
    shares this evidence and would take the one who died for the doer of the act."""
    if not {verb.lower_, verb.lemma_.lower()} & lex.harm.keys():
        return None
    if verb.lemma_.lower() in word_list("undergoer_verbs"):
        return None
    harmed = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    if verb.dep_ in ("acl", "relcl") and (
        not harmed or all(h.lower_ in lexicon().relatives for h in harmed)
    ):
        harmed = [verb.head]  # "four Americans killed in the attack", "those who died in it"
    if harmed and not any(names_people(h, lex) or _can_be_harmed(h, lex) for h in harmed):
        return None
    settings = word_list("harm_settings")
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for act in (pobj, *(c for c in pobj.children if c.dep_ == "conj")):
                if act.pos_ != "NOUN" or not noun_forms(act) & settings or _verbal_modifier(act):
                    continue
                aimed = _aimed_at(act)
                if aimed is not None and (
                    aimed.ent_type_ == "PERSON" or not (_can_be_harmed(aimed, lex) or _place(aimed))
                ):
                    continue  # aimed in words at a person, or at a thing of the mind
                return f"{verb.text} {prep.text} '{act.text}' (CAMEO '- * IN ATTACK [190] # WOUND')"
    return None


def counted_of(noun: Token) -> Token:
    """ "A number of people", "dozens of civilians": a quantity noun's "of" phrase names what
    is counted (a grammar fact; ``quantity_nouns`` in ``data/physical.yaml``), the people an
    act is done to; any other noun is itself."""
    if noun.lemma_.lower() not in word_list("quantity_nouns") and noun.lower_ not in word_list(
        "quantity_nouns"
    ):
        return noun
    return next(iter(of_objects(noun)), noun)


def _manner_adverb(word: str) -> str:
    """The adverb of an adjective ("physical" -> "physically", "military" -> "militarily")."""
    if word.endswith("ic"):
        return word + "ally"
    if word.endswith("y"):
        return word[:-1] + "ily"
    if word.endswith("le"):
        return word[:-1] + "y"
    return word + "ly"


@lru_cache(maxsize=1)
def _violent_adverbs() -> frozenset[str]:
    return frozenset(_manner_adverb(w) for w in word_list("violent_modifiers"))


def _violent_manner(verb: Token) -> str | None:
    """ "Physically attacked", "sexually abused", "violently assaulted": an adverb of a violent
    modifier (``violent_modifiers``, the PLOVER manual's "substantial physical harm" and its
    sexual mode) says the act was done with force, as the adjective does for an act noun."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _violent_adverbs():
            return f"done '{child.text}'"
    return None


def _occurred_in(noun: Token, people: frozenset[int]) -> str | None:
    """ "Fighting broke out in Aleppo", "the attack took place in Nice": a verb of occurrence
    says where its subject happened (``occurrence_verbs`` in ``data/physical.yaml``), as "the
    fighting in Aleppo" does."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in word_list("occurrence_verbs"):
        return None
    for prep in noun.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near", "across"):
            place = _place_object(prep, people)
            if place is not None:
                return f"happened in '{place.text}'"
    return None


#: Prepositions that set a clause inside an act ("killed in the fighting", "during the war").
SETTING_PREPS = frozenset({"in", "during", "throughout"})


def _armed_in(noun: Token, armed: frozenset[str]) -> str | None:
    """ "Soldiers who were lost in that war", "troops killed in the fighting": an act noun
    that sets the clause of an armed body ("in", "during": the clause happens inside the act, a
    grammar fact) is the fight those forces are in (CAMEO's MILITARY set, PETRARCH2's armed
    agents and groups)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and (
        not doers or all(d.lower_ in lexicon().relatives for d in doers)
    ):
        doers = [verb.head]  # "troops killed in the fighting", "soldiers who served in it"
    for doer in doers:
        if doer.pos_ in ("PRON", "NUM"):
            # "all of our soldiers who ...", "two of the troops": a partitive names its group
            # in the "of" phrase (a grammar fact)
            doer = next(iter(of_objects(doer)), doer)
        if _armed_body(doer, armed):
            return f"'{doer.text}' {verb.text} in it"
    return None


def _sent_to_fight(verb: Token) -> str | None:
    """ "Sent to fight for their country", "sending Americans to fight abroad": a verb of
    fighting as the purpose of sending people (a "to" infinitive after send names its
    purpose, a grammar fact) is the fight of those deployed; CAMEO codes sending or deploying
    &MILITARY as deployment (CAMEO.2.0.txt:3495, 3517). "Sent ... to go fight", "to go and
    fight": a bare verb after "go" is its purpose, as a "to" infinitive is (a grammar fact),
    so the purpose is read from "go"."""
    fight = verb
    if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.lemma_.lower() == "go":
        verb = verb.head  # "to go fight", "to go and fight": go's purpose
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.lemma_.lower() not in word_list(
        "sending_verbs"
    ):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    send = verb.head
    sent = next((c for c in send.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if sent is not None and sent.lower_ in lexicon().relatives and send.dep_ == "relcl":
        sent = send.head  # "the men and women who would be sent to fight"
    if sent is None or not _many(sent):
        return None  # "she was sent to fight for the bill": one envoy, a fight of words
    return f"'{sent.text}' sent ('{send.text}') to '{fight.text}'"


#: Dependencies of a gerund that heads a noun phrase's place ("a truce to fighting in Gaza").
NOMINAL_DEPS = frozenset({"pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "csubj"})


def _placed_gerund(verb: Token) -> str | None:
    """ "A truce to fighting in Gaza", "fighting in Syria has worsened": a gerund with no
    subject in a noun's place names the act as a noun does (a grammar fact of gerund
    clauses), so a place it happened in shows force as it does for "the fighting in Gaza"."""
    if verb.tag_ != "VBG" or verb.dep_ not in NOMINAL_DEPS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") for c in verb.children):
        return None  # "Clinton fighting in Iowa", "fighting the bill in Ohio": a doer's effort
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "across", "inside"):
            place = _place_object(prep, frozenset())
            if place is not None:
                return f"happened in '{place.text}'"
    return None


def _many(noun: Token) -> bool:
    """People in numbers: a plural noun, a nationality or a plural pronoun ("troops",
    "Americans", "them"), as forces are sent; one person sent is an envoy. A noun joined by
    "and" to a plural is one of many ("our youth and citizens"): the coordinated phrase names
    them all (a grammar fact: it takes a plural verb); two people named one by one ("her aide
    and a lawyer") are envoys still."""
    return (
        noun.tag_ in ("NNS", "NNPS")
        or noun.ent_type_ == "NORP"
        or noun.lower_ in lexicon().group_pronouns
        or (
            any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children)
            and any(c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS") for c in noun.children)
        )
    )


def _place_object(prep: Token, people: frozenset[int]) -> Token | None:
    """The place a preposition's object names, when it is not one of the act's people."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj" and _place(pobj) and pobj.i not in people:
            return pobj
    return None


def _located_thing(noun: Token, aimed: Token | None, people: frozenset[int]) -> str | None:
    """ "The attack on a U.S. facility in Benghazi": the common noun an act is aimed at, placed
    by its own "in"/"at" phrase in a place the parse names, is a thing that stands there, so
    the act is done to a place (the PLOVER manual's ASSAULT targets; "attacks in Paris" are
    placed the same way). Not a person or a pronoun ("attacks on Clinton in Iowa": words told
    where they were said), nor a proper name, nor an act someone owns ("his attacks on the
    plan in Iowa": a speaker's words). A country's people named by their demonym ("attacks on
    Americans in Kabul") are placed the same way: the people standing in that place, not a
    party answered in words (a demonym names no party; "Republicans" is no country's)."""
    if aimed is None:
        return None
    nationals = aimed.ent_type_ == "NORP" and _many(aimed) and _country_word(aimed.text)
    if not nationals and (aimed.pos_ != "NOUN" or aimed.ent_type_):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    for prep in aimed.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            place = _place_object(prep, people)
            if place is not None:
                return f"aimed at '{aimed.text}' in '{place.text}'"
    return None


def _sentence_before(token: Token) -> Span | None:
    """The sentence before the token's, passing over ones of punctuation only (a closing
    quotation mark the parser splits off)."""
    start = token.sent.start
    while start > 0:
        sent = token.doc[start - 1].sent
        if any(not t.is_punct and not t.is_space for t in sent):
            return sent
        start = sent.start
    return None


def _told_before(noun: Token, lex: Lexicon) -> str | None:
    """ "A truck plowed into the crowd, killing 84. The attack came on a holiday": a definite
    act noun refers back to the happening the sentence before told (a grammar fact of definite
    reference), so force named there is its evidence: a word that names force done to
    someone, or a verb of killing or injury. A possessive makes the noun as definite as "the"
    does ("During his attack, he posted messages")."""
    if not any(
        (c.dep_ == "det" and c.lower_ in default_roles().definite)
        or (c.dep_ == "poss" and c.lower_ in lexicon().possessive_pronouns)
        for c in noun.children
    ):
        return None
    repeated = _told_earlier(noun, lex)
    if repeated is not None:
        return repeated
    before = _sentence_before(noun)
    if before is None:
        return None
    context = word_list("terror_context")
    for token in before:
        if force_word(token, lex) is not None:
            return f"told just before ('{token.text}')"
        if token.lower_ in context and noun.tag_ in ("NNS", "NNPS"):
            # "... the Continent's terrorist threat. These attacks will increase ...": the
            # attacks referred back to are the terrorism just named
            return f"terrorist setting just before ('{token.text}')"
        if (
            token.pos_ == "VERB"
            and token.lemma_.lower() not in word_list("undergoer_verbs")
            and noun_forms(token) & lex.harm.keys()
        ):
            return f"told just before ('{token.text}')"
    return None


def _owned_act_told(noun: Token, lex: Lexicon) -> str | None:
    """ "A gunman shot 49 people. During his attack, he posted messages": an act noun owned
    by a person ("his attacks") is read as words (``_in_words``) unless, aimed at no one and
    with no modifier of words, it refers back to an act of force just told (``_told_before``;
    a possessive makes a noun as definite as "the" does). Read here only, not by the coder,
    whose actor for the owner comes from its own resolution of mentions: on PolNeAR train the
    one such event it coded named the hospital of the sentence before, not the gunman."""
    if not any(
        c.dep_ == "poss" and c.lower_ in lexicon().possessive_pronouns for c in noun.children
    ):
        return None
    verbal = word_list("verbal_modifiers")
    if _aimed_at(noun) is not None or any(
        c.dep_ in ("amod", "compound") and c.lower_ in verbal for c in noun.children
    ):
        return None
    return _told_before(noun, lex)


def _told_earlier(noun: Token, lex: Lexicon) -> str | None:
    """ "Women who accused him of sexual assault got calls after their assaults": a definite
    act noun repeating an act noun read as force earlier in its own sentence is that act (the
    same grammar fact of definite reference, the referent named by the same word)."""
    forms = noun_forms(noun)
    for token in noun.sent:
        if token.i >= noun.i:
            return None
        if (
            token.pos_ in ("NOUN", "PROPN")
            and noun_forms(token) & forms
            and reading(token, lex) is not None
        ):
            return f"told earlier in the sentence ('{token.text}')"
    return None


def _state_contest(noun: Token, place: Token, lex: Lexicon) -> bool:
    """ "The fight in Nevada", "a re-election battle in Iowa", "amid Calif. fight": a contest
    noun (CAMEO's FIGHT set) placed in a US state names the state's contest of votes, not
    force: in PolNeAR train every such fight or battle is a primary, a caucus or a race (the
    nine of the train texts read as placed: five in states, all contests; the four abroad or
    in an arena are fights). A war or attack placed there is no contest and is read as before."""
    if not noun_forms(noun) & _words(lex, ("FIGHT",)):
        return False
    ent = entity_at(place)
    return country_table().state(ent.text if ent is not None else place.text) is not None


#: Dependencies of a place that make it a party by metonymy, not a setting: a verb's subject or
#: object ("Beijing denied it", "named Beijing as the perpetrator of the attacks").
PARTY_PLACE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Prepositions of an act noun that name who did it ("attacks from his rivals", "by Cruz").
DOER_PREPS = frozenset({"from", "by"})


def _placed_setting(noun: Token, lex: Lexicon, people: frozenset[int]) -> str | None:
    """ "The House committee on Benghazi will answer questions about the attack", "we stand
    with France as they recover from this attack": a definite act noun refers to a happening
    the reader already knows (definite reference, as in ``_told_before``), and a place the
    sentence names outside the noun's own phrase is where that happening is known (PolNeAR
    train: "the attack" beside "Benghazi", "France", "San Bernardino"). Not an act whose doer
    is named and not shown armed ("the incoming attacks from his rivals": words; an armed doer
    is read before), not the idiom of a state of criticism ("went on the attack"), not one of
    the cyber mode ("the digital assault"); a place that is a verb's subject or object is a
    party by metonymy ("identified Beijing as the perpetrator of the attacks"), not a setting."""
    if noun.lower_ not in word_list("known_happenings"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in default_roles().definite for c in noun.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.pos_ in ("VERB", "AUX"):
        return None  # "went on the attack", as "on the offensive": a state, not an act
    cyber = word_list("cyber")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in cyber for c in noun.children):
        return None
    if any(
        prep.dep_ in ("prep", "agent")
        and prep.lower_ in DOER_PREPS
        and any(c.dep_ == "pobj" and not _place(c) for c in prep.children)
        for prep in noun.children
    ):
        return None  # a doer named and not shown armed: its act is read by the doer
    own = _subtree_ids(noun)
    for token in sentence_of(noun):
        if (
            token.i not in own
            and token.i not in people
            and token.ent_type_ in PLACE_LABELS
            and token.dep_ not in PARTY_PLACE_DEPS
        ):
            # the parse's own places only: a name misread as a city ("the logical target is
            # Kasich") is no setting
            return f"a definite act set in '{token.text}'"
    return None


#: Prepositions that place one happening in time by another ("after the attacks").
TIME_ANCHOR_PREPS = frozenset({"after", "since", "before", "following", "until"})


def _time_anchor(noun: Token) -> str | None:
    """ "Two days after the attacks, his rhetoric changed", "since that attack", "in the
    aftermath of the attacks": a definite act noun with nothing of its own (no doer, owner,
    target or modifier) that dates another happening refers to one the reader already knows
    (a definite description presupposes its referent, a grammar fact), and news dates by
    happenings of force, not by someone's words, which are told with their speaker and target
    ("after his attacks on Cruz"). On PolNeAR train every such use (23, "after/since/before
    the attack(s)", "the aftermath of the attacks") is an attack of force. Not a struggle's
    noun ("after the fight", "since the battle"), read before this as often a cause's."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in default_roles().definite for c in noun.children):
        return None
    if any(c.dep_ not in ("det", "punct") for c in noun.children):
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in word_list("aftermath_nouns"):
        return f"dates another happening ('{prep.head.text} of the {noun.text}')"
    if prep.lower_ in TIME_ANCHOR_PREPS:
        return f"dates another happening ('{prep.text} the {noun.text}')"
    return None


def _under_attack(noun: Token) -> Token | None:
    """ "The town came under attack", "our values are under assault": the subject of a clause
    whose verb takes the act noun after "under" is what the act is aimed at ("X is under
    attack" says X is attacked, a grammar fact of "under" + an act noun)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _aimed_at(noun: Token) -> Token | None:
    """The object of an act noun's "on" or "against" ("attacks on the police"), not a day
    ("the attack on Sunday")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in TIME_LABELS:
                    return pobj
    return None


def _subtree_ids(token: Token | None) -> set[int]:
    return {t.i for t in token.subtree} if token is not None else set()


def _effort(verb: Token) -> bool:
    """ "Spain struggles to form a government", "fought to keep the seat": a verb of conflict
    with a "to" infinitive as its complement names an effort towards that act (a grammar
    fact), not a use of force by itself."""
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _verbal_modifier(noun: Token) -> bool:
    """An act noun whose modifier makes it words, propaganda or trade ("propaganda warfare",
    "a trade war", "personal attacks")."""
    verbal = word_list("verbal_modifiers")
    return any(c.dep_ in ("amod", "compound") and c.lower_ in verbal for c in noun.children)


def _in_words(noun: Token, aimed: Token | None) -> bool:
    """Is this an attack in words: a verbal modifier ("personal attacks"), a person who owns
    it ("Trump's attacks", "his attacks"), or a person it is aimed at ("attacks on Cruz")?"""
    verbal = word_list("verbal_modifiers")
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in verbal:
            return True
        if child.dep_ == "poss" and (
            child.lower_ in lexicon().possessive_pronouns or child.ent_type_ == "PERSON"
        ):
            return True
    if aimed is None:
        return False
    return aimed.ent_type_ in ("PERSON", "NORP", "ORG") or aimed.pos_ in ("PRON", "PROPN")


#: Dependencies of a modifier or phrase that can make a war one of words or of a cause ("a
#: trade war", "a war of words", "Trump's war with the press", "the drug war").
WAR_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "appos"})


def _bare_war(noun: Token) -> bool:
    """ "She supported the war", "the country went to war": "war" with nothing that makes it
    a war of words, a cause's or a trade's is CAMEO's use of military force ('- * WAR [190]'
    under WAGE, CAMEO.2.0.txt:4266). Not a modifier of another noun ("a war chest"), nor the
    object of "of" ("the fog of war"), nor a predicate ("this is war": a figure). A war with a
    determiner after "of" is one war, not the kind ("the end of the war", "a veteran of a
    civil war"): an article or demonstrative refers (a grammar fact). Nor does "of" make a kind
    after a noun of ``war_spans``: "eight years of war", "the eruption of war", "a prisoner of
    war" name a stretch, the start or a captive of one war that was fought."""
    if noun.lemma_.lower() != "war" or noun.pos_ != "NOUN":
        return False
    referring = default_roles().definite | default_roles().articles
    if noun.dep_ in ("compound", "amod", "attr") or (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and not any(c.dep_ == "det" and c.lower_ in referring for c in noun.children)
        and not _war_span(noun)
    ):
        return False
    if _war_on_cause(noun):
        return False
    return _of_arms_only(noun, WAR_MODIFIERS)


def _war_on_cause(noun: Token) -> bool:
    """ "Losing the war on terrorism", "the war on drugs": a war followed by "on" or "against"
    is aimed at what that phrase names, wherever the parser hung the phrase ("losing the war on
    terrorism" hangs "on" on the verb); aimed at a cause or a thing, neither a place nor an
    armed body, it is a campaign ("war on poverty", "on drugs"), as :func:`_war_span` reads a
    cause's war after "of". Aimed at an armed body, a place, a party or people, or one that acts
    in a relative clause, it stays as before ("the war on ISIS", "a guerrilla war against the
    Derg", "war on the organization that has declared a caliphate")."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.lower_ not in ("on", "against"):
        return False
    aim = next((c for c in following.children if c.dep_ == "pobj"), None)
    if aim is None or aim.ent_type_ in TIME_LABELS:
        return False  # "the war on Monday": a time, no aim
    if any(
        c.dep_ in ("amod", "compound")
        and c.i < noun.i
        and (c.lower_ in word_list("war_kinds") or (c.text[:1].isupper() and _country_word(c.text)))
        for c in noun.children
    ):
        return False  # "fled the Sudanese civil war on foot": a war of arms by its kind
    lex = lexicon()
    armed = _sets(lex)[0]
    acts = any(
        c.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in lexicon().relatives for g in c.children)
        for c in aim.children
    )  # "war on the organization that has declared a caliphate": one that acts is a party
    return not (
        acts
        or _place(aim)
        or _can_be_harmed(aim, lex)
        or armed_name(aim) is not None
        or _armed_body(aim, armed)
    )


#: The dependencies of the words before a noun that modify it.
PRE_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _of_arms_only(noun: Token, deps: frozenset[str]) -> bool:
    """Does no dependent of the war among ``deps`` make it a war of another kind: each is a
    time, a kind of armed conflict (:func:`_war_kind`) or a clause saying where it harms?"""
    return not any(
        c.dep_ in deps and not _time_modifier(c) and not _war_kind(c) and not _war_harms_place(c)
        for c in noun.children
    )


def _war_harms_place(clause: Token) -> bool:
    """ "The wars ravaging the Arab nations", "a war spreading across Syria": a participle
    clause on the war, with no subject of its own, whose object or place is a place or people
    says where the war is and whom it harms, as "the war in Syria" does (a reduced relative
    clause's understood subject is the noun it modifies, a grammar fact); a cause's or a
    trade's war keeps its own modifier ("the trade war hurting farmers")."""
    if clause.dep_ != "acl" or clause.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    lex = lexicon()
    for child in clause.children:
        if child.dep_ == "dobj" and (_place(child) or _can_be_harmed(child, lex)):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "across", "through", "inside")
            and _place_object(child, frozenset()) is not None
        ):
            return True
    return False


def _war_span(noun: Token) -> bool:
    """ "Eight years of war", "a prisoner of war": "war" in the "of" phrase of a noun of
    ``war_spans``, and not a cause's war the parser hung elsewhere ("years of war on drugs":
    a war followed by "on" or "against" is aimed at a cause, as in a cause's name)."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.lower_ in TARGET_PREPS:
        return False
    return noun.head.head.lower_ in word_list("war_spans")


def _conflict_classifier(noun: Token) -> bool:
    """ "Syrian war refugees", "a war strategy", "a combat veteran": a noun of armed conflict
    (``conflict_classifiers``) as the modifier of a common noun classifies the thing as one of
    that conflict (a noun before a noun classifies it, a grammar fact). Only a bare classifier:
    one with a modifier of its own that is no kind of armed conflict ("a trade war tariff", "the
    drug war budget") is a war of another kind; nor a word that is also a verb where a verb's
    clause opens ("..., combat police misconduct"); not a proper name ("Cold War era"), nor a word
    hyphened to the next ("combat-level stress": a degree, not a conflict), nor the heads of
    English idioms of no conflict (``conflict_classifier_idioms``: "a war chest")."""
    if noun.dep_ != "compound" or noun.pos_ != "NOUN" or noun.i > noun.head.i:
        return False
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.text == "-":
        return False  # "combat-level stress": a hyphened modifier compares, naming a degree
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if (
        before is not None
        and (
            before.text == ","
            or before.pos_ == "CCONJ"
            or (before.pos_ == "PART" and before.lower_ == "to")
        )
        and noun.lemma_.lower() in lexicon().verbs
    ):
        # "end racial profiling, combat police misconduct": a word that is also a CAMEO verb,
        # opening its phrase after a comma, a conjunction or an infinitive's "to", is the verb
        # of a coordinated or infinitive clause that the tagger took for a noun
        return False
    if noun.lemma_.lower() not in word_list("conflict_classifiers"):
        return False
    head = noun.head
    if head.pos_ != "NOUN" or head.lemma_.lower() in word_list("conflict_classifier_idioms"):
        return False
    return not any(
        c.dep_ in WAR_MODIFIERS and not _time_modifier(c) and not _war_kind(c)
        for c in noun.children
    )


def _prefixed_classifier(token: Token) -> bool:
    """ "Anti-war protesters", "the post-war order": a noun of armed conflict after a bound
    prefix and a hyphen (``classifier_prefixes``) makes an adjective, as the tagger reads it,
    whose noun keeps its own sense (a grammar fact of derivation: "anti-war" is against war,
    "post-war" after it); so the word classifies the noun it modifies as "war refugees" does.
    Not after a free word ("trade-war tariffs", "Cold-War era": a war of another kind)."""
    if token.dep_ != "amod" or token.i < 2 or token.head.pos_ != "NOUN":
        return False
    if token.lemma_.lower() not in word_list("conflict_classifiers") and (
        token.lower_ not in word_list("conflict_classifiers")
    ):
        return False
    hyphen, prefix = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_:
        return False
    if prefix.lower_ not in word_list("classifier_prefixes"):
        return False
    return token.head.lemma_.lower() not in word_list("conflict_classifier_idioms")


def _at_war(noun: Token) -> bool:
    """ "We are at war with the Nazis", "a world at war": "at war" with no determiner is the
    state of armed conflict (CAMEO's '- * COULD FIND ITSELF AT &FIGHT [138] # WARN', a threat
    of military force; &FIGHT holds +WAR), so its "with" phrase names the other side, not a
    cause's or a party's war of words as after a war noun elsewhere ("Trump's war with the
    press"). PolNeAR train: 8 of the 9 uses of "at war" are of arms; the ninth is "at war with
    Islam", a faith (``doctrines``), which the caller leaves a figure."""
    return (
        noun.lemma_.lower() == "war"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "at"
        and noun.head.dep_ == "prep"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _war_parties(noun: Token) -> list[Token]:
    """The objects of the "with" phrase of "at war", on the noun or on its clause's verb."""
    return [
        obj
        for prep in (*noun.children, *noun.head.head.children)
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _war_of_arms(noun: Token) -> str | None:
    """ "A proxy war that has seen fighters backed by ...", "it was a border war": a war whose
    modifier names a kind of armed conflict (``war_kinds``: "civil", "proxy", "border") is one
    of arms wherever it stands (a predicate too) and whatever phrase or clause follows it, as
    long as no modifier of another kind stands beside it ("the Republican civil war" is a
    party's quarrel, "a trade war" a trade's)."""
    if noun.lemma_.lower() != "war" or noun.pos_ != "NOUN" or noun.dep_ == "compound":
        return None
    if not _of_arms_only(noun, PRE_MODIFIERS):
        return None
    mods = (c for c in noun.children if c.dep_ in PRE_MODIFIERS)
    kind = next((c for c in mods if c.lower_ in word_list("war_kinds")), None)
    if kind is None:
        return None
    return f"'{kind.text} {noun.text}': a kind of armed conflict"


def _war_kind(child: Token) -> bool:
    """A modifier that names a kind of armed conflict ("a civil war", "a naval war", ``war_kinds``
    in ``data/physical.yaml``) or force ("an air war", ``violent_modifiers``): it says what
    kind of war, and the kind is one of arms. So does a country's name or demonym ("the Syrian
    civil war", "the Iraq war", "the Yemeni wars"): it names the country the war is fought in or
    by, as "the war in Syria" does (a cause's war names its cause: "the drug war"); and an
    adjective of size or length (``war_degrees``: "a major war", "a long war") says how
    big the war is, as a number says how many, not what kind; so does any adjective graded by
    an adverb of degree ("a very politically correct war")."""
    if child.dep_ not in ("amod", "compound") or child.i > child.head.i:
        return False
    word = child.lower_
    return (
        word in word_list("war_kinds")
        or word in word_list("violent_modifiers")
        or word in word_list("war_degrees")
        or (child.text[:1].isupper() and _country_word(child.text))
        or _graded(child)
    )


def _graded(adjective: Token) -> bool:
    """ "A very politically correct war", "a more costly war": an adjective graded by an adverb
    of degree (anywhere in its own phrase) is an evaluative one, which says how the war is
    judged, as ``war_degrees`` do; a classifying adjective that names a war's kind ("trade",
    "cultural") takes no "very" (a grammar fact)."""
    if adjective.dep_ != "amod":
        return False
    return any(
        t.dep_ == "advmod" and t.lower_ in word_list("degree_adverbs")
        for t in adjective.subtree
        if t.i != adjective.i
    )


def _time_modifier(child: Token) -> bool:
    """A modifier of time or count: a number or date, or a phrase whose object is one."""
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return bool(objects) and all(_time_modifier(o) for o in objects)
    return child.ent_type_ in SEQUENCE_LABELS or child.like_num or child.lower_ in ORDER_WORDS


#: Adjectives that place a thing in a sequence, as an ordinal number does ("the last war", "the
#: next war", "a new world war": one after the others): a grammar fact, they say when, not what
#: kind.
ORDER_WORDS = frozenset(
    {"last", "next", "previous", "latest", "past", "first", "second", "third", "new"}
)


#: Roman numerals that number a named happening ("World War II").
ROMAN_NUMERALS = frozenset({"i", "ii", "iii"})


#: Dependents that modify a noun before it.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _modifiers_joined(noun: Token) -> list[tuple[Token, str]]:
    """The noun's dependents with their relations, and each conjunct of a modifier with the
    modifier's relation: in "the Afghan and Iraq wars" both words modify "wars" (coordinated
    modifiers share their head, a grammar fact), though the parse hangs "Iraq" on "Afghan"."""
    found = [(c, c.dep_) for c in noun.children]
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS:
            found += [(c, child.dep_) for c in child.children if c.dep_ == "conj"]
    return found


def _named_happening(noun: Token) -> str | None:
    """ "World War II", "the American Civil War": an act noun inside a proper name (an EVENT
    entity) that holds a number, a country's name or demonym, or a kind of armed conflict
    ("the Civil War", ``war_kinds``) names one happening, as a date does; a name without them
    may be a cause's ("the War on Poverty", "the Culture War")."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is not None and following.lower_ in TARGET_PREPS:
        return None  # "the War on Poverty", "the American War on Drugs": a cause's name
    name = entity_at(noun)
    if name is None or name.label_ != "EVENT":
        return _titled_war(noun)
    for token in name:
        if token.i == noun.i:
            continue
        if (
            token.like_num
            or token.lower_ in ROMAN_NUMERALS
            or token.lower_ in word_list("war_kinds")
            or _country_word(token.text)
        ):
            return f"a named happening '{name.text}'"
    return None


def _titled_war(noun: Token) -> str | None:
    """ "Polk's Mexican War", "the Korean War" the small model tags an ORG or nothing: a
    capitalized "War" led by a capitalized country word or demonym is a proper name (English
    capitalizes names, a grammar fact) of the war that country fought, as the EVENT names
    above; not a cause's ("the American War on Poverty": its "on" phrase)."""
    if noun.text != "War" or noun.i == noun.sent.start:
        return None
    for child in noun.children:
        if (
            child.dep_ in ("compound", "amod")
            and child.i == noun.i - 1
            and child.text[:1].isupper()
            and _country_word(child.text)
        ):
            return f"a named war '{child.text} {noun.text}'"
    return None


def _country_word(text: str) -> bool:
    """A country's name or demonym in the country table, or a demonym made by the suffix "-n"
    on a country's name ("Korean" of "Korea", "Cuban" of "Cuba": an English word-formation
    fact), which the table leaves out when the name is shared by two states."""
    table = country_table()
    hit = table.get(text)
    if hit is not None and hit.how in ("country", "demonym"):
        return True
    if not text.endswith("n"):
        return False
    stem = table.get(text[:-1])
    return stem is not None and stem.how == "country"


def _dated(noun: Token) -> str | None:
    """A date with a number before the act noun names one happening ("the Sept. 11 attacks",
    "the 2012 attack", "the Dec. 2 shooting", "the 9/11 attacks"); a weekday does not
    ("Monday's attack")."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("compound", "nmod", "nummod", "amod"):
            continue
        if child.ent_type_ == "DATE" and any(t.like_num for t in child.subtree):
            return " ".join(t.text for t in child.subtree)
        if MONTH_DAY.match(child.text):
            return child.text  # "the 9/11 attacks": the parser reads a month/day as a number
    return None


#: A date written as month/day (American style, "9/11", "12/2"): a grammar fact of dates.
MONTH_DAY = re.compile(r"^(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])$")


def noun_target(noun: Token) -> Token | None:
    """The first object of a preposition of ``noun_target_preps`` (events.yaml) on an act noun: the
    target or the site the physical evidence of the noun is read against, the same for the
    coder's noun events and for this module's reading of a noun trigger."""
    preps = lexicon().noun_target_preps
    return next(
        (
            pobj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in preps
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ),
        None,
    )


def idiom(noun: Token) -> str | None:
    """ "made a killing on bonds": a light verb and its act noun that together are an idiom
    naming no act (``idioms`` in ``data/physical.yaml``); so is a noun with the act noun as
    its "of" phrase ("a new line of attack")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        owner = noun.head.head
        phrase = f"{owner.lemma_.lower()} of {noun.lemma_.lower()}"
        return f"the idiom '{owner.text} of {noun.text}'" if phrase in word_list("idioms") else None
    if noun.dep_ != "dobj" or noun.head.i == noun.i:
        return None
    phrase = f"{noun.head.lemma_.lower()} {noun.lemma_.lower()}"
    return (
        f"the idiom '{noun.head.text} ... {noun.text}'" if phrase in word_list("idioms") else None
    )


def reading(token: Token, lex: Lexicon | None = None) -> str | None:
    """Does this word name physical force here? The evidence, or None. The same rules
    the coder applies to ASSAULT triggers, usable on any word (a topic noun, a passive
    with no one named), so that they can be measured on labelled sentences; and the words
    of violence itself ("violence", "violent"), which name force by their meaning but are
    no trigger (``communique.events.violence``)."""
    from communique.events.violence import violence_word  # reads this module's word lists

    lex = lex or lexicon()
    if (found_violence := violence_word(token)) is not None:
        return found_violence
    killed = _killed_person(token, lex) or _harmed_ones(token)
    if killed is not None:
        return killed
    # "the shooting victims": a gerund modifying a noun is itself a noun (a grammar fact; the
    # small model tags it VERB, and a bare form such as "attack" in a long compound VB), read
    # as the act noun it is; so is a word with an article ("the ... attack" tagged VB): only
    # nouns take articles
    nominal = (
        token.pos_ in ("NOUN", "PROPN")
        or (token.tag_ in ("VBG", "VB") and token.dep_ == "compound")
        # an article: only a noun takes one (``articles`` of titles.yaml)
        or any(c.dep_ == "det" and c.lower_ in default_roles().articles for c in token.children)
        or _bare_gerund_noun(token)
    )
    if token.pos_ == "ADJ":
        if _prefixed_classifier(token):
            return f"'{token.head.text}' of armed conflict ('-{token.text}')"
        return _counted_injured(token)  # "two wounded soldiers"
    if token.pos_ in ("VERB", "AUX") and not nominal:
        own = next((c for c in token.children if c.dep_ == "dobj" and reflexive(c)), None)
        if (
            own is not None
            and token.lemma_.lower() in word_list("self_kill_verbs")
            and not _self_harm_idiom(token)
        ):
            # "killed himself": no event (CAMEO '- * HIMSELF [---] # KILL'), yet force on a body
            return f"'{token.text} {own.text}': a killing of one's own body"
        sprayed = crowd_control(token, lex)
        if sprayed is not None:
            return sprayed
        executed = _killing_reading(token, lex)
        if executed is not None:
            return executed
        found = verb_sense(token, lex)
        riot = _violent_mode(found[0], token) if found is not None else None
        if riot is not None:
            return riot
        if found is None or not needs_evidence(found[0]):
            return None
        target = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            subject = _antecedent_subject(token, subject)  # "the general who beat Hitler"
        subject = subject if subject is not None else _shared_subject(token)
        subject = _pronoun_doer(subject)  # "the gunmen ... until they attack": the gunmen
        if token.dep_ in ("acl", "relcl") and target is None:
            target = token.head  # "a soldier killed by a suicide bomber"
        if target is None and _passive_infinitive(token):
            target = _controlling_subject(token)  # "ISIS needs to be destroyed": ISIS
        if token.dep_ == "relcl" and target is not None and target.lower_ in lexicon().relatives:
            target = token.head  # "towns that were hit": a relative pronoun is its noun's
        weapons = _sets(lex)[2]
        if (
            _names_weapon(token, weapons)
            or _dismissal(token, target, lex)
            or _laid_down(token, target, weapons)
            or _self_harm_idiom(token)
        ):
            return None
        if _cyber(subject, target):
            return None  # "attackers hit the party's servers": the manual's cyber mode
        if subject is not None and (
            (noun_forms(subject) & _sets(lex)[0] and not _figurative_force(subject, _sets(lex)[0]))
            or armed_name(subject) is not None
        ):
            return f"armed actor '{subject.text}'"
        if (
            subject is not None
            and subject.ent_type_ == "GPE"
            and not _verbal_frame(token)
            and not _effort(token)
            and not (target is not None and _verbal_modifier(target))
            and (target is None or _can_be_harmed(target, lex))
        ):
            return f"state actor '{subject.text}'"
        bodily = _bodily_attack(token, target, lex, "bodily_readings")
        if bodily is not None:
            return bodily  # "raped her": read, not coded
        return evidence(token, target, [], lex)  # force words included, after the doer
    if nominal:
        found = noun_sense(token, lex)
        if found is None:
            return _force_noun(token, lex)
        riot = _violent_mode(found[0], token)
        if riot is not None:
            return riot
        repressed = _crackdown_on_protest(token)
        if repressed is not None:
            return repressed  # read, not coded: the coder keeps CAMEO's 170 for "crackdown"
        if not needs_evidence(found[0]) or idiom(token) is not None:
            return None
        return (
            noun_evidence(token, lex)
            or evidence(token, noun_target(token), [], lex)
            or _owned_act_told(token, lex)  # "during his attack": read, not coded
        )
    return None


#: Dependents that make a gerund a verb of its own clause ("fighting crime is hard", "his
#: shooting the dog", "having fought"): an object, a subject or owner, or an auxiliary.
GERUND_CLAUSE_DEPS = frozenset(
    {"dobj", "dative", "nsubj", "nsubjpass", "poss", "aux", "auxpass", "neg", "ccomp", "xcomp"}
)


def _crackdown_on_protest(noun: Token) -> str | None:
    """ "His government's crackdown on protesters": a crackdown aimed at people who protest
    (``protest_crowds``) is the repression of a protest by force: the PLOVER manual's
    repression context, "the use of force by security forces to control individuals or
    groups", names protesters among those it is used on, and CAMEO's 175 "use tactics of
    violent repression" is the crackdown of police (CAMEO.2.0.txt:2706 '{POLICE CRACKDOWN}
    [175]'). Aimed at anything else ("a crackdown on big banks", "on civil liberties",
    "on illegal immigration") it is a policy, CAMEO's 170."""
    if not _own_forms(noun) & word_list("crackdown_nouns"):
        return None
    aimed = _aimed_at(noun)
    if aimed is None or not noun_forms(aimed) & word_list("protest_crowds"):
        return None
    return f"'{noun.text} on {aimed.text}': repression of a protest by force (CAMEO 175)"


def _bare_gerund_noun(token: Token) -> bool:
    """ "Minutes later shooting began", "fighting erupted", "plenty of killing": a gerund with
    no object, subject or auxiliary of its own, as a subject or in the "of" phrase of a noun,
    is a noun phrase, the name of the act, as "the shooting" is (a grammar fact: a bare "-ing"
    form in a noun's place is a verbal noun); with an object ("fighting crime is hard") it
    heads a clause and stays a verb, and after a verb ("accused of killing") the "of" phrase
    is the verb's, a clause."""
    if token.tag_ != "VBG" or any(c.dep_ in GERUND_CLAUSE_DEPS for c in token.children):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = token.head
    return (
        token.dep_ in ("pobj", "pcomp")
        and head.lower_ == "of"
        and head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
    )


def _violent_mode(sense: Sense, token: Token) -> str | None:
    """ "Street riots", "the crowd rioted": a sense whose PLOVER mode is violent by definition
    (``violent_modes``: the manual's riot, "the participants intend to cause physical injury
    and/or property damage") names force with nothing else shown; not as the modifier of a
    thing ("riot gear", as "assault weapons")."""
    if sense.mode not in word_list("violent_modes") or token.dep_ == "compound":
        return None
    return f"'{token.text}': PLOVER {sense.type} mode {sense.mode}, violent by definition"


def _force_noun(noun: Token, lex: Lexicon) -> str | None:
    """ "Evidence gathered through torture", "a flurry of gunfire": a noun of ``force_nouns``
    names the act of force by its meaning, though it is no event noun; not as the modifier of
    a thing ("a torture technique", as "assault weapons"). As the modifier of a common noun of
    people it names what they suffered or did ("rape victims", "torture survivors"), as "the
    shooting victims" does."""
    if noun.pos_ != "NOUN":
        return None
    agent = _agent_of_force(noun, lex) or crowd_control(noun, lex)
    if agent is not None or _own_forms(noun) & word_list("hostage_nouns"):
        return agent or _hostage(noun, lex)
    if noun.dep_ == "compound" and not _group_of_people(noun.head, lex):
        return None
    if _own_forms(noun) & word_list("repression_nouns"):
        return _armed_repression(noun, lex)
    if not noun_forms(noun) & word_list("force_nouns"):
        return None
    return force_word(noun, lex)


def _agent_of_force(noun: Token, lex: Lexicon) -> str | None:
    """ "The San Bernardino shooter", "a suicide bomber", "the attacker's zealotry": an agent
    noun of an act of force (``armed_agents``, alone or with its modifier: "suicide bomber")
    names one who used that force, so the noun names the act as its doer's (English word
    formation: "-er", "-ant" make the doer of the verb's act). Not in an idiom of character
    (``figurative_agents``: "a straight shooter"), not as the modifier of a thing ("a bomber
    jacket"), and not in a sentence of computers, servers, accounts or data (``cyber``:
    "sophisticated attackers would have known of the account", the PLOVER manual's COERCE
    mode cyber)."""
    forms = _own_forms(noun)
    phrases = {
        f"{c.lower_} {form}"
        for c in noun.children
        if c.dep_ in ("compound", "amod") and c.i < noun.i
        for form in forms
    }
    if not (forms | phrases) & word_list("armed_agents"):
        return None
    if phrases & word_list("figurative_agents"):
        return None
    person_head = noun.head.pos_ == "PROPN" or noun.head.ent_type_ == "PERSON"
    if noun.dep_ == "compound" and not (person_head or _group_of_people(noun.head, lex)):
        return None
    machines = word_list("cyber")
    if any(_own_forms(t) & machines for t in noun.sent):
        return None
    return f"'{noun.text}': one who used force (the agent noun of an act of force)"


def crowd_control(token: Token, lex: Lexicon | None = None) -> str | None:
    """ "Police fired tear gas", "the pepper spray was deployed", "was pepper-sprayed by a
    bystander": a weapon of the PLOVER manual's crowd-control mode (``crowd_control``, read as
    its modifier and the lemma of its head) names force when it is put to use (the object or
    passive subject of ``weapon_uses``), and so does the verb made of it when it is used on
    people; named as a thing ("protecting oneself from tear gas") it is a weapon, as "assault
    weapons" are."""
    lex = lex or lexicon()
    phrases = {
        f"{c.lower_} {token.lemma_.lower()}"
        for c in token.children
        if c.dep_ in ("compound", "amod", "npadvmod") and c.i < token.i
    }
    weapon = phrases & word_list("crowd_control")
    if not weapon:
        return None
    name = sorted(weapon)[0]
    if token.pos_ in ("VERB", "AUX"):
        patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            # "a girl pepper-sprayed in a scuffle": a past participle after its noun is that
            # noun's passive (a reduced relative, a grammar fact), so the noun is what it is
            # done to
            patients.append(token.head)
        if any(names_people(p, lex) for p in patients):
            return f"'{token.text}': {name} used on people (PLOVER mode crowd-control)"
        return None
    used = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in word_list(
        "weapon_uses"
    )
    return f"'{name}' put to use (PLOVER mode crowd-control)" if used else None


def _hostage(noun: Token, lex: Lexicon) -> str | None:
    """ "The hostage crisis", "American hostages held in the Middle East", "took Americans
    hostage": a hostage is one seized and held by force (CAMEO '- * &HOSTAGE [181] # TAKE',
    the PLOVER manual's ASSAULT mode abduct; ``hostage_nouns``). A figure when what is held
    names no people ("holding the Supreme Court seat hostage", read by :func:`held_as` as for
    the verb), or in "hostage to" (an English idiom: one whose fate hangs on something, "a
    hostage to fortune")."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None
    if noun.head.i != noun.i:
        held = held_as(noun.head, lex)
        if held is not None and held[1].i == noun.i:
            who = held[0]
            if who is not None and not names_people(who, lex):
                return None
    return f"'{noun.text}': one seized and held by force (CAMEO 181, '- * &HOSTAGE')"


def _armed_repression(noun: Token, lex: Lexicon) -> str | None:
    """ "Police brutality", "ISIS' brutality": a noun of cruelty (``repression_nouns``) owned
    by an armed body, as a compound or possessive (its doer, a grammar fact), names that body's
    force: the PLOVER manual names "police brutality" among the "tactics of repression", an
    abuse of government power, and its repression context is "the use of force by security
    forces" (PLOVER_MANUAL.tex:1168, :1074; CAMEO 175, "use tactics of violent repression").
    Alone it is as often a figure ("the brutality of the campaign")."""
    armed = _sets(lex)[0]
    for owner in noun.children:
        if owner.dep_ not in ("compound", "poss") or owner.pos_ not in ("NOUN", "PROPN"):
            continue
        if (noun_forms(owner) & armed and not _figurative_force(owner, armed)) or armed_name(
            owner
        ) is not None:
            return f"'{owner.text} {noun.text}': an armed body's force (PLOVER: 'police brutality')"
    return None


def _clause(trigger: Token) -> list[Token]:
    """The words of the trigger's own clause and, for a coordinated or adverbial verb, of
    the verb it joins ("shot and killed", "attacked ..., killing 17")."""
    # a clause with its own subject inside the act's ("after Justice Scalia died") tells
    # another happening: its words are not this act's evidence
    other = {
        t.i
        for c in trigger.children
        if c.dep_ in ("advcl", "ccomp")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for t in c.subtree
    }
    tokens = [t for t in trigger.subtree if t.i not in other]
    if trigger.dep_ == "relcl":
        tokens.append(trigger.head)  # "the terrorists who attacked our country"
    if trigger.dep_ in ("conj", "advcl", "xcomp") and trigger.head.i != trigger.i:
        tokens += [t for t in trigger.head.children if t.dep_ in ("conj", "advcl", "agent")]
        tokens.append(trigger.head)
    return tokens


#: CAMEO synonym sets of people who can be harmed.
PEOPLE_SETS = ("PEOPLE", "HOSTAGE", "REFUGEE", "LEADER", "SUSPECT")


#: Where a number stands for the people a verb is done to: its object or passive subject.
COUNTED_DEPS = frozenset({"dobj", "nsubjpass"})


def counts_people(head: Token, lex: Lexicon) -> bool:
    """Is ``head`` a number standing alone for the people its verb is done to ("killed at
    least 80", "12 were arrested")? A number with no noun is a noun phrase whose noun is
    understood (a grammar fact); after a verb done only to people (``counted`` of
    ``events.yaml``) that noun is people, while after others it is a thing ("fired 20")."""
    return (
        head.like_num
        and head.dep_ in COUNTED_DEPS
        and head.head.lemma_.lower() in lex.counted
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _is_people(token: Token, lex: Lexicon) -> bool:
    """A named group, or counted people ("wounded five villagers", "wounded five", "dozens of
    people were injured"); not
    "people" in general ("people are getting killed in this deal"), nor one named person,
    whom news wounds in words as often as in body ("efforts to wound Trump")."""
    if token.ent_type_ == "NORP" or counts_people(token, lex):
        return True
    if token.pos_ != "NOUN":
        return False
    head = token.head
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in word_list("quantity_nouns")
    ):
        return True  # "dozens of people": the quantity noun counts them (``counted_of``)
    return any(c.dep_ == "nummod" for c in token.children)


def person_tokens(parts: list[Participant], doc_token: Token) -> frozenset[int]:
    """The tokens of the participants that name a person: a surname the parser took for a
    place ("attacks against Rubio" with "Rubio" tagged as a facility) is still a person."""
    doc = doc_token.doc
    found: set[int] = set()
    for part in parts:
        if part.mention is None or not _is_person(part, doc_token):
            continue
        span = doc.char_span(*part.mention.span, alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span)
    return frozenset(found)


def _bodily_attack(
    trigger: Token, target: Token | None, lex: Lexicon, verbs: str = "bodily_verbs"
) -> str | None:
    """ "He assaulted a reporter", "the police assaulted them": a verb of ``bodily_verbs``
    done to a person is an attack on the body (the PLOVER manual's beat mode, "mentions of
    beatings/assaults"); in words one attacks a person, and "assault" in words takes a thing
    ("assaulted the truth"), so a place, group or thing as object still needs evidence. The
    reading alone also takes the verbs of ``bodily_readings`` ("raped her"), which the coder
    leaves to its other evidence."""
    if trigger.pos_ not in ("VERB", "AUX") or target is None:
        return None
    if not {trigger.lower_, trigger.lemma_.lower()} & word_list(verbs):
        return None  # the word as written too: the model's lemma of "raped" is "rap"
    person = (
        target.ent_type_ == "PERSON"
        or (target.pos_ == "PRON" and target.lower_ in lexicon().people_pronouns)
        or bool(noun_forms(target) & (_words(lex, PEOPLE_SETS) | _people_nouns()))
        or bool(_own_forms(target) & word_list("kin"))
    )
    return f"'{trigger.text}' done to a person ('{target.text}')" if person else None


def _one_person(part: Participant, trigger: Token) -> bool:
    """A person named or referred to by "he"/"she": an armed sector the actor layer gave a
    person (from a title or role anywhere in the article) is not the armed body PLOVER's
    sector codes mean; a person's "attack" in politics is words, as "Trump attacked China"
    is. (On PolNeAR train, every ASSAULT whose only evidence was a named person's armed
    sector was words or a sector read from a misparse.)"""
    if part.mention is None:
        return False
    if part.mention.kind == "pronoun":
        return part.mention.text.lower() in lexicon().person_pronouns
    if part.mention.kind in ("name", "surname", "title"):
        return True
    start, end = part.mention.span
    span = trigger.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _is_person(part: Participant, trigger: Token) -> bool:
    if part.mention is None:
        return False
    if part.mention.kind in ("name", "surname", "title"):
        return True
    start, end = part.mention.span
    doc = trigger.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def verbal_reading(verb: Token, code: str = "11", lex: Lexicon | None = None) -> str | None:
    """Where CAMEO's dictionary reads this verb as an act of words, if it does: a pattern of
    the verb's block whose code starts with ``code`` and whose comment names the verb
    (criticism, 11x, for verbs of force; "Defend verbally", 052, for verbs of protection)."""
    lex = lex or lexicon()
    lemma = verb.lemma_.lower()
    key = f"{lemma} {code}"
    if key in lex.verbal_readings:
        return lex.verbal_readings[key]
    found = None
    for block in lex.verb_blocks.get(lemma, ()):
        for p in lex.blocks.get(block, ()):
            if p.code.startswith(code) and lemma in p.origin:
                found = f"{p.source} ('{lemma}' coded {p.code} there)"
                break
        if found:
            break
    lex.verbal_readings[key] = found
    return found


def _count(noun: Token | None) -> bool:
    """Does ``noun`` carry a large count ("12,400 people", "thousands of people")? From
    ``statistic_count`` on (a threshold of events.yaml), a count over a period is a
    statistic; below it, a report of one happening ("three soldiers were killed last year")."""
    if noun is None:
        return False
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if noun.pos_ == "NUM":
        nums.append(noun)
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NUM":
        nums.append(noun.head.head)  # "thousands of people"
    lex = lexicon()
    statistic = lex.threshold("statistic_count")
    for num in nums:
        if num.lower_ in lex.big_counts:
            return True
        digits = num.text.replace(",", "")
        if digits.isdecimal() and int(digits) >= statistic:
            return True
    return False


#: Verbs of change: a plural act noun as their subject is a trend ("attacks stepped up").
CHANGE_VERBS = frozenset(
    {"rise", "increase", "grow", "fall", "decline", "drop", "double", "triple", "surge", "soar",
     "climb", "step", "mount", "decrease", "spike", "jump"}
)  # fmt: skip


def trend(noun: Token) -> str | None:
    """ "Attacks on the homeland stepped up", "homicides rose 10%": a plural act noun whose
    number is said to change is a trend, not one event; "906 attacks against asylum seeker
    homes" counted in the hundreds is a statistic."""
    if noun.tag_ in ("NNS", "NNPS") and _count(noun) and _is_act(noun, lexicon()):
        return f"a statistic ('{noun.text}' counted)"
    if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.lemma_.lower() in CHANGE_VERBS:
        return f"a trend ('{noun.text} ... {verb.text}')"
    return None


def reflexive(patient: Token | None) -> bool:
    """ "killed himself": an act on oneself has no other party."""
    return patient is not None and patient.lower_ in (
        "himself",
        "herself",
        "themselves",
        "itself",
        "myself",
        "ourselves",
        "yourself",
    )


#: Words of a share of a group ("81 percent of victims"): a proportion counts many acts.
SHARE_WORDS = frozenset({"percent", "%", "percentage", "proportion"})


def statistic(trigger: Token, participants: list[Token | None]) -> str | None:
    """ "12,400 people were deported last year", "707 people shot and killed by police
    so far this year": a large count over a period is a statistic, not one event."""
    candidates = list(participants)
    share = next((c for c in candidates if c is not None and c.lower_ in SHARE_WORDS), None)
    if share is not None:
        return f"a share ('{share.text}') of a group is a statistic"
    if trigger.dep_ in ("acl", "pcomp") or (trigger.dep_ == "conj" and trigger.head.dep_ == "acl"):
        candidates.append(trigger.head if trigger.dep_ == "acl" else trigger.head.head)
    counted = next((c for c in candidates if _count(c)), None)
    if counted is None:
        return None
    if counted.tag_ in ("NNS", "NNPS") and _is_act(counted, lexicon()):
        return f"a statistic ('{counted.text}' counted)"  # "reported 906 attacks"
    for ent in entities_in(sentence_of(trigger)):  # Span.ents reads every entity of the Doc
        if ent.label_ in TIME_LABELS and any(t.lower_ in word_list("period_words") for t in ent):
            return f"a count ('{counted.text}') over a period ('{ent.text}')"
    return None


#: ASSAULT modes the PLOVER manual defines by the weapon used, in the order a weapon word is
#: looked up (``weapons_<mode>`` lists of ``physical.yaml``; crowd-control's weapons are the
#: ``crowd_control`` list). The other modes (abduct, beat, torture, sexual, targeted, destroy,
#: suicide-attack) name a method, which the weapon does not change.
WEAPON_MODES = (
    "unconventional",
    "crowd-control",
    "drone",
    "aerial",
    "heavy-weapons",
    "explosives",
    "firearms",
    "primitive",
)


def _weapon_names(noun: Token, by_modifier: bool = True) -> list[str]:
    """The words a noun may name a weapon by: its lemma, its own form, each modifier with the
    lemma ("car bomb", "nerve gas") and, with ``by_modifier``, each modifier alone ("drone
    strike", "sarin gas", "mortar rounds": the modifier names the weapon of an act noun or of
    a thing used as one). A person's noun is not named so: "mine workers", "rock fans" and
    "gun owners" are people the modifier classifies by work or taste, not by a weapon."""
    lemma = noun.lemma_.lower()
    names = [lemma, noun.lower_]
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "npadvmod") and child.i < noun.i:
            names += [f"{child.lower_} {lemma}", f"{child.lemma_.lower()} {lemma}"]
            if by_modifier:
                names += [child.lemma_.lower(), child.lower_]
    return names


def _noun_weapon_mode(noun: Token, by_modifier: bool = True) -> str | None:
    """The weapon mode a noun names, if any (:data:`WEAPON_MODES`)."""
    names = _weapon_names(noun, by_modifier)
    for mode in WEAPON_MODES:
        table = "crowd_control" if mode == "crowd-control" else f"weapons_{mode}"
        if word_list(table).intersection(names):
            return mode
    return None


def _instruments(token: Token) -> list[Token]:
    """The objects of the "with" phrases on a word: what an act is done with ("shelled the
    town with rockets"), or what its doer is armed with ("attackers armed with knives")."""
    found = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() == "arm":
            found += _instruments(child)
    return found


def weapon_mode(trigger: Token) -> str | None:
    """The ASSAULT mode of the weapon an attack is done with, as the PLOVER manual's mode
    table names modes by weapon (``weapons_<mode>`` of ``physical.yaml``): the doer that is
    itself the weapon ("a drone struck", "artillery shelled", "helicopters dropped barrel
    bombs": the machine that carries the bombs is the mode) or the passive's agent, then what
    the act or its doer is done with or armed with ("armed with knives"), then the act
    noun's own modifier ("a drone strike"), then the object of a verb that puts a weapon to
    use ("fired tear gas", "used sarin gas", "detonated a car bomb"; ``weapon_launches``).
    The object of any other verb of force, "shoot" among them, is what the force is used on
    ("shot down a drone"), no weapon of the act. None when no weapon is named."""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    agents = [
        p for c in trigger.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
    ]
    doers = subjects + agents
    # a doer is the weapon by its own noun ("a drone struck", "helicopter gunships fired"),
    # not by a modifier of the people it names ("mine workers attacked")
    order = [(doer, False) for doer in doers]
    order += [(thing, True) for thing in _instruments(trigger)]
    for doer in doers:
        order += [(thing, True) for thing in _instruments(doer)]
    if trigger.pos_ in ("NOUN", "PROPN"):
        order.append((trigger, True))
    lemma = trigger.lemma_.lower()
    if lemma in word_list("weapon_launches"):
        order += [(c, True) for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    found = [
        mode
        for mode in (_noun_weapon_mode(noun, by_modifier) for noun, by_modifier in order)
        if mode is not None
    ]
    if "unconventional" in found:
        # "jets dropped mustard gas": a weapon of mass destruction is the act's mode whatever
        # carries it, CAMEO's root of its own (20, "Use unconventional mass violence") and the
        # manual's gravest score (-10)
        return "unconventional"
    return found[0] if found else None
