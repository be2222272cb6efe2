"""Who takes part in an event: actors and recipients from the parse.

Participants come from the grammar (subject, object, the preposition each
type uses for its other party), are resolved through the article's actor
index, and fall back, when the text names no one, to whose thing the object
is, the place the act was done in, or the actor's own country for domestic
acts. Every function here is given the actor index and the speaker of the
quotation around the trigger (``context``), so that "we" inside a quotation is
its speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Doc, Span, Token

from communique.actors import ActorIndex, Place
from communique.actors.countries import label_of
from communique.actors.roles import RoleHit, default_roles
from communique.entity_labels import (
    AMOUNT_LABELS,
    FIGURE_LABELS,
    LAND_LABELS,
    NAME_LABELS,
    PARTY_LABELS,
    PLACE_LABELS,
    TIME_LABELS,
)
from communique.events import modality as modality_mod
from communique.events import settings as settings_mod
from communique.events.lexicon import (
    Sense,
    for_to_mark,
    held_as,
    lexicon,
    next_after,
    nominal_sense,
    noun_forms,
    noun_sense,
    resultative_subject,
    set_words,
    verb_forms,
    verb_lemma,
    verb_of,
    verb_sense,
)
from communique.events.physical import TARGET_PREPS, counts_people
from communique.events.physical_words import word_list
from communique.quotes import grammar
from communique.ranges import Ranges
from communique.schema import Dateline, Location, Mention, Participant, Quote
from communique.spans import joined_infinitive, of_objects

#: Prepositions that introduce the recipient of each type ("talks with", "attack on").
#: Besides the first ones, PETRARCH2's verb patterns (CAMEO.verbpatterns.150430.txt) put the
#: target ("+") after these: ACCUSE "with" ("- * DISCONTENT WITH + [110] # EXPRESS", "- * WITH
#: + [110] # DISAPPOINT", "- * STRONG PROTEST WITH + [114] # LODGE") and "to" ("- HAS * TO +
#: [114] # PROTEST", "- * HOSTILITY TO + [111] # REITERATE", "- * REBUKE TO + [111] #
#: DELIVER"); REJECT "with" ("- * TALKS WITH + [125] # REJECT", "- * DEAL WITH + [120] #
#: REFUSE") and "against" ("- * RULING AGAINST + [124] # OVERTURN", "- * PETITION AGAINST +
#: [120] # LAUNCH"); REQUEST "upon" (+CALL_UPON under CALLED_FOR [020]) and "with" ("pleaded
#: with": PLEAD in APPEAL [020], CAMEO.2.0.txt:4820; "- * FOR &NEGOTIATION WITH + [026] # CALL");
#: MOBILIZE "toward" ("- $ TROOP * TOWARD + [154] # MOVE", CAMEO.2.0.txt:2449) and "along"
#: ("- $ * ON ALERT ALONG ^ BORDER WITH + [152] # PUT", CAMEO.verbpatterns.150430.txt:8390:
#: forces posted along the border with a party face it); SUPPORT
#: "behind" ("- * WEIGHT BEHIND + [051] # THREW", CAMEO.verbpatterns.150430.txt:11172; "- * TO
#: ^ RALLY BEHIND + [053] # APPEAL", :4508; in CAMEO.2.0.txt:2090-2091 "- * SUPPORT (BEHIND)
#: [051] # THREW", "- * WEIGHT (BEHIND)").
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with",),
    "AGREE": ("with", "to"),
    "COOPERATE": ("with", "to"),
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to", "with", "behind"),
    "CONCEDE": ("to",),
    "RETREAT": ("from", "to"),
    "REQUEST": ("to", "on", "upon", "from", "with"),
    "ACCUSE": ("against", "of", "with", "to"),
    "REJECT": ("to", "with", "against"),
    "THREATEN": ("against", "with"),
    "PROTEST": ("against", "outside"),
    "SANCTION": ("on", "against", "with", "from"),
    "MOBILIZE": ("against", "near", "along", "to", "toward", "towards"),
    "COERCE": ("on", "against", "into"),
    "ASSAULT": ("on", "against", "into"),
}

#: Prepositions that introduce the recipient only in the phrase of the verb's object, the
#: measure eased or lifted: the one it was on ("lifted its sanctions on Myanmar", "eased the
#: ban on Cuba"; PETRARCH2: "- * EAS RESTRICTION ON + [081] # ANNOUNCE",
#: CAMEO.verbpatterns.150430.txt:820, "- * REVOKE EMARGO ON + [085] # APPROVE", :9340). On the
#: verb itself "on" names the matter or the medium ("compromised on taxes", "released on
#: Showtime", "gave up on him").
MEASURE_PREPS: dict[str, tuple[str, ...]] = {"CONCEDE": ("on",), "RETREAT": ("on",)}

#: Prepositions that name the recipient after the verb's direct object, whether the parser hangs
#: them on the object or on the verb: what is cut, halted or recalled went "to" the party cut off
#: ("suspended development aid to Niger", "recalled its ambassador to Iran"), as PETRARCH2's
#: SANCTION patterns write it: "- $ * ASSISTANCE TO + [162] # CUT" (CAMEO.verbpatterns.150430.txt:
#: 9095), "- * HALT AID TO + [162] # ORDER" (:3314), "- * EXPORTS TO + [160] # BAN" (:7415),
#: "- * MATERIAL TO + [160] # HALT" (:5092), "- $ * AMBASSADOR TO + [161] # RECALL" (:11717),
#: "- * VISIT TO + [160] # SCRAP" (:13643). With no object, "to" says where or to what ("cut
#: to the bone"); after an object another party owns, the owner is the one cut off and the
#: "to" belongs to the object ("boycott Trump's speech to the group").
AFTER_OBJECT_PREPS: dict[str, tuple[str, ...]] = {"SANCTION": ("to",)}

#: CAMEO's synonym set of truces (&CEASEFIRE: ceasefire, cease-fire, truce, armistice). A truce
#: is made with the other side, which its own "with" phrase names, whatever the verb: PETRARCH2
#: puts the target there ("- * &CEASEFIRE WITH + [1246] # OPPOSE", "- * ANY NEW &CEASEFIRE WITH
#: + [125] # REJECT", CAMEO.verbpatterns.150430.txt:2110, :5640), as for the fight it ends.
TRUCE_SETS = ("CEASEFIRE",)

#: CAMEO's synonym set of agreements (&TREATY: treaty, pact, accord, agreement). An agreement
#: is made with the other party, which its own "with" phrase names, whatever the verb: PETRARCH2
#: puts the target there ("- * &TREATY WITH + [127] # REJECT", "- * &TREATY WITH + [057:057] #
#: APPROVE", "- * DEAL WITH + [120] # REFUSE", CAMEO.verbpatterns.150430.txt:5728, :9367,
#: :5763), as for talks.
AGREEMENT_SETS = ("TREATY",)

#: Verbs and nouns of mutual combat, whose other side is named by "with": "clashed with
#: Lebanese militiamen", "Iran's war with Iraq" (a reciprocal verb names its second party
#: with "with", as "X and Y clashed" names both). PETRARCH2 writes that party as the target:
#: "- * WITH + [190:190] # BATTLE , CLASH" (CAMEO.verbpatterns.150430.txt:1954) and, for the
#: fight nouns of its &FIGHT set (struggle, battle, fight, fighting, strife, war, warfare,
#: feud, combat, hostilities, belligerency), "- * IN &FIGHT WITH + [190] # DIE" (:12921), with
#: "IN CLASH WITH" (:4833), "IN GUNBATTLE WITH +" (:5967), "IN FIREFIGHT WITH" and "IN
#: SHOOTOUT WITH" (:4798, :6203). Other ASSAULT verbs take "with" for the weapon ("- * WITH
#: &WEAPON [194] # HIT"), which names no party.
COMBAT_WITH = frozenset(
    {"battle", "clash", "struggle", "fight", "fighting", "strife", "war", "warfare", "feud",
     "combat", "hostility", "belligerency", "gunbattle", "firefight", "shootout"}
)  # fmt: skip
#: The preposition that names the side fought against; with it, "with" names an ally
#: ("fought with the Kurds against the Islamic State").
AGAINST_PREPS = frozenset({"against"})


#: Types whose target a verb with a directional particle aims "at": "lashed out at Ghana",
#: "fired back at Ghana" (PETRARCH2's "- $ * OUT AT + [111] # HIT", "- * BACK AT + [111] #
#: HIT", "- * OUT AT + [111] # LASH"). Without the particle "at" mostly says where ("studied
#: at Oxford", "criticized him at the meeting"), so it names no party then.
AIMED_AT_TYPES = frozenset({"ACCUSE", "ASSAULT"})
#: The particles that turn "at" into the direction of the act.
AIMING_PARTICLES = frozenset({"out", "back"})


#: Prepositions of a type that, after a verb's direct object, give the matter or the charge and
#: not a party ("accused Sudan of backing rebels", "charged the general with war crimes"): in
#: "V NP of/with NP" the object is the one accused and the phrase what of (a grammar fact of
#: verbs of judging; PETRARCH2's "- * + OF ETHNIC CLEANSING [1124] # ACCUSE" and "- * + WITH
#: HOSTILITY [110] # VIEW" put the target before the phrase).
CHARGE_PREPS: dict[str, frozenset[str]] = {"ACCUSE": frozenset({"of", "with"})}


#: Acts whose recipient, when no one is named, is the place they were done in:
#: "imposed a curfew in Cizre", "lifted a curfew in Montenegro", "blocked roads in Algiers".
PLACE_RECIPIENT = frozenset(
    {"CONCEDE", "COERCE", "PROTEST", "SANCTION", "AID", "MOBILIZE", "RETREAT", "REJECT", "ASSAULT",
     "REQUEST", "AGREE", "THREATEN"}
)  # fmt: skip


#: Acts that several parties do with one another ("Israel and Syria agreed", "failed to reach
#: agreement", "Egypt and Greece held joint maneuvers"): with coordinated actors of more than one
#: country, each is the other's party (PLOVER's gold marks such parties as both source and
#: target), so the place of the act names no further recipient ("reach agreement on the fate of
#: offices in east Jerusalem"), and material cooperation, which the PLOVER manual codes only
#: with a recipient, has one in each of them.
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def among_themselves(event_type: str, actors: list[Participant]) -> bool:
    """Is this a mutual act whose actors are several countries (or bodies), done among them?"""
    return event_type in MUTUAL and len({p.code for p in actors if p.code}) > 1


#: Acts that, with no one else named, are aimed at the actor's own country (CAMEO's domestic
#: events): a strike by Egyptian demonstrators, a curfew imposed by Turkish authorities.
DOMESTIC = frozenset({"PROTEST", "COERCE", "CONCEDE", "REJECT", "RETREAT"})


#: Acts whose direct object is the actor's own force or people, never the recipient.
OWN_FORCES = frozenset({"MOBILIZE", "RETREAT"})


#: A verb of CAMEO's withdrawal synonym block ("--- RETREAT [080] ---" in CAMEO.2.0.txt:
#: withdraw, pull back, pull out ...): what it takes as object is the actor's own (troops,
#: inspectors, an ambassador), whatever code its object gives; the party is "from" whom.
WITHDRAW_VERB = "withdraw"


#: A verb of CAMEO's journey block ("---  GO_SOMEWHERE   [040]  ---" in CAMEO.2.0.txt:5336:
#: go, travel, journey, tour, depart ...) whose "to" phrase names a party makes a visit, and
#: that party is its host: PETRARCH2 codes "- * TO + [042:043] # TRAVEL"
#: (CAMEO.verbpatterns.150430.txt:3021), with "WILL * TO ^ TO TALK WITH +" (:2935) and "- $
#: WAS * TO + [042:043] # FLY" (:10514) beside it; 042 is the PLOVER manual's CONSULT "visit"
#: mode (CAMEO2PLOVER-2021: "042: CONSULT, visit # Make a visit"), whose visitor is the actor
#: and host the recipient.
JOURNEY_VERB = "travel"
#: The verb of arriving (CAMEO's ARRIVE block, CAMEO.2.0.txt:5149, codes it 042 by itself): the
#: party it arrives "in" is the host, as the target after "in" in PETRARCH2's patterns "- * IN +
#: FOR TALKS ON &DISPUTE WITH ^ [046:046] # ARRIVE" (CAMEO.verbpatterns.150430.txt:11841), "- *
#: IN + FOR &MILITARY EXERCISES [062:062]" (:11848) and "- $ &AIRCRAFT * IN + WITH AID [070]"
#: (:11855): "arrived in Islamabad for a visit" is hosted by Pakistan.
ARRIVAL_VERB = "arrive"
VISIT_CODE = "042"
VISIT_SOURCE = "CAMEO.verbpatterns.150430.txt:3021 ('- * TO + [042:043] # TRAVEL')"


#: Dependencies of a phrasal verb's particle: the parser hangs "out" of "walked out" as either.
PARTICLE_DEPS = frozenset({"prt", "advmod"})


def journey_verb(verb: Token) -> bool:
    """Is the verb, with its particle if it has one, of CAMEO's journey block (go, travel,
    tour; "pull out", "walk out", "go away"), or one whose "to" the lexicon codes as a visit
    ("flew to Kyiv")?"""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    blocks = set(lex.verb_blocks.get(JOURNEY_VERB, ()))
    particles = {c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS or c.dep_ == "prep"}
    if any(
        row.block in blocks and (not row.particle or row.particle in particles)
        for row in lex.verbs.get(lemma, ())
    ):
        return True
    return "to" in particles and any(
        row.code == VISIT_CODE and "to" in row.prep and not row.object and lemma in row.origin
        for block in lex.verb_blocks.get(lemma, ())
        for row in lex.blocks.get(block, ())
    )


def journey_hosts(verb: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """The coded parties a verb of a journey goes "to" ("travelled to Russia", "went to
    Paris") or arrives "in" (:data:`ARRIVAL_VERB`): the hosts of a visit. Only a party with a
    code hosts one: "went to the polls", "went to court" name no one visited. With a direct
    object the "to" phrase is where the object goes ("left the defense to his aides": V NP to
    NP, the dative construction), and with no one who travels ("the application went to the
    State Department", "the money will go to the party") there is no visitor: no host then."""
    arrival = verb.lemma_.lower() == ARRIVAL_VERB
    if any(c.dep_ == "dobj" for c in verb.children) or not (arrival or journey_verb(verb)):
        return []
    preps = ("to", "in") if arrival else ("to",)
    out = [
        p for pobj in objects_of(verb, preps) for p in participants(pobj, index, context) if p.code
    ]
    if not out:
        return []
    subject, _, _ = arguments(verb)
    if subject is not None:
        return unique(out) if participants(subject, index, context) else []
    return unique(out) if inherited_actor(verb, index, context) else []


def visiting_verb(verb: Token) -> bool:
    """Is the verb one whose own entry codes a visit (CAMEO's VISIT block, "---  VISIT
    [042:043]  ---", CAMEO.2.0.txt:5579)? Its object is the host whatever the pattern that
    refines the code: "visited Warsaw for talks" is read as talks ("- * (FOR TALKS)
    [046:046]", :5584), yet Warsaw still hosts, and the PLOVER manual (CONSULT, "Requires
    recipient") codes a visitor as the actor and the host as the recipient."""
    lex = lexicon()
    return any(
        row.code == VISIT_CODE and not (row.particle or row.object or row.prep)
        for row in lex.verbs.get(verb_lemma(verb, lex), ())
    )


def meets_named_partner(
    actors: list[Participant], partners: list[Participant], passive: bool
) -> bool:
    """Does an active meeting verb name its doer as subject and someone else as the one met
    ("Ruto met with Somali leaders", "NATO discussed missile defence with Finnish officials")?
    Then the doer is the actor and the one met the recipient, as CAMEO codes its MEET_PEOPLE
    and CONFER blocks (CAMEO.2.0.txt:5427, :4357: subject source, object or "with" party
    target) and PLOVER's gold records code a meeting with a named partner. Only a meeting
    whose parties the sentence names as one subject ("Egypt and Jordan met") has them all as
    actors (PLOVER manual, "Compound and Reciprocal Actors"), as the coder did before for
    every meeting."""
    return not passive and bool(actors) and bool(others(partners, actors))


#: Modes of RETREAT whose object is someone else's: people released, property returned,
#: outsiders let in (CAMEO2PLOVER-2021: 0841 "Return, release person(s)" release, 0842
#: "Return, release property" return, 0861-0863 "Receive deployment of peacekeepers",
#: "Receive inspectors", "Allow delivery of humanitarian aid" access). A withdrawal or
#: disarmament moves one's own forces.
OTHERS_MODES = frozenset({"release", "return", "access"})


def releases_others(sense: Sense) -> bool:
    """Is the act a release, return or admission of someone else's people or property?"""
    return sense.type == "RETREAT" and sense.mode in OTHERS_MODES


def own_object(event_type: str, lemma: str | None = None, mode: str | None = None) -> bool:
    """Is the direct object of this act (of the verb ``lemma``, if given) the actor's own
    force or people? Not for a release, a return or an admission (``mode``): "freed 30
    Iranian prisoners" frees Iran's people."""
    if lemma is not None and withdraws(lemma):
        return True
    return event_type in OWN_FORCES and not (event_type == "RETREAT" and mode in OTHERS_MODES)


def withdraws(lemma: str) -> bool:
    """Is ``lemma`` a verb of the synonym block of "withdraw" (or its act noun)?"""
    return in_block(lemma, WITHDRAW_VERB)


def in_block(lemma: str, head: str) -> bool:
    """Is ``lemma`` (a verb or its act noun) in a CAMEO synonym block of the verb ``head``?"""
    lex = lexicon()
    verb = lemma if lemma in lex.verbs else verb_of(lemma, lex)
    if verb is None:
        return False
    blocks = set(lex.verb_blocks.get(head, ()))
    return any(b in blocks for b in lex.verb_blocks.get(verb, ()))


#: Extra steps when looking for the actor of an act in a complement ("is prepared to lift").
INHERIT_CLIMB = frozenset({"advcl", "conj", "acomp"})


#: Nouns that count the members of a group: the group is the participant ("thousands of Nigerians").
QUANTITY_HEADS = frozenset(
    {"thousand", "hundred", "dozen", "score", "million", "member", "group", "some", "many", "most",
     "number", "crowd", "team", "delegation", "band", "contingent"}
)  # fmt: skip


#: Common nouns for groups and bodies that act in politics ("its allies", "the alliance").
GROUP_NOUNS = frozenset(
    {"alliance", "ally", "partner", "coalition", "bloc", "union", "government", "authority",
     "force", "troop", "rebel", "militant", "insurgent", "guerrilla", "protester", "demonstrator",
     "police", "army", "military", "official", "leader", "minister", "parliament", "opposition",
     "neighbour", "neighbor", "refugee", "civilian", "soldier", "worker", "student", "party",
     "militia", "regime", "administration", "junta", "separatist", "activist", "group", "country",
     "state", "nation", "people", "community", "side", "faction", "delegation", "envoy",
     "supporter", "follower", "youth", "villager", "resident", "doctor", "monitor", "inspector"}
)  # fmt: skip


#: CAMEO's synonym sets of people held or charged (&HOSTAGE: hostage, prisoner, captive;
#: &SUSPECT: suspect, defendant, accused). They are the parties of the acts done to them,
#: which CAMEO's patterns code on these very sets ("- * &HOSTAGE [0841] # PARDON", "- *
#: &SUSPECT [063] # EXTRADITE"), and the PLOVER manual's AID counts "rescued 10 hostages" as
#: aid given to them.
HELD_PEOPLE_SETS = ("HOSTAGE", "SUSPECT")


NOT_PARTICIPANTS = frozenset(
    {"this", "that", "there", "which", "what", "who", "one", "anyone", "anybody", "someone",
     "somebody", "everyone", "everybody", "nobody", "nothing", "everything", "something", "all"}
)  # fmt: skip


#: Entity labels of a word that names a language before a language noun ("Russian", "Kurdish").
TONGUE_LABELS = frozenset({"NORP", "LANGUAGE"})


def names_language(noun: Token) -> bool:
    """Does the noun name a language ("lessons in the French language")? Its nationality word
    names the language, not a people or its state, so neither the noun nor its modifier is a
    party (the nouns: ``tongues`` in events.yaml). Without such a word the noun may be wording
    whose owner is a party ("the party's draft platform language")."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in lexicon().tongues
        and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in TONGUE_LABELS for c in noun.children
        )
    )


def pattern_thing(
    obj: Token, words: list[Token], found: list[Participant], index: ActorIndex
) -> bool:
    """Is the verb's object a bare mass noun of the matched pattern itself that names no coded
    party ("shared intelligence with Jordan")? The pattern's noun names what the act hands
    over, as PETRARCH2 writes it beside the verb before the target ("- * &EVIDENCE AGAINST ^
    WITH + [064:064] # SHARE", CAMEO.verbpatterns.150430.txt:13683). A singular common noun
    with no determiner, number or possessor is a mass noun (an English singular count noun
    that names someone takes one: "expelled the ambassador"), so a word that may also name a
    body ("intelligence", "security") is then the thing, and the party is the one the act is
    done with or to. A code the noun has only by inference (:func:`inferred_code`: "Egypt
    agreed to share intelligence" makes "intelligence" Egyptian by the story's one country)
    is no name of a party: the text names none for it."""
    return (
        obj in words
        and obj.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        and not any(p.code and not inferred_code(p, index) for p in found)
    )


def inferred_code(part: Participant, index: ActorIndex) -> bool:
    """Has ``part`` its code only by inference (actor basis ``inferred``: the story's one
    country, or the state a domestic side is named beside), not from a name or place the
    text gives it?"""
    actor = index.by_id(part.actor_id)
    return actor is not None and actor.basis == "inferred"


def country_of_others_only(part: Participant, others: list[Participant], index: ActorIndex) -> bool:
    """Has ``part`` its code only by inference from words that belong to ``others``?

    The story's one country (:func:`inferred_code`) is read from the actors the article codes
    and the places and nationalities it names. A nationality word modifies its own noun
    (CGEL ch. 5, attributive adjectives): in "Militants abducted two Chinese engineers" or
    "French journalists were freed by the junta" it tells who the engineers or journalists
    are, not where the story happens or who the doer is. When every coded actor and every
    place or nationality the article names for that country lies inside the other side's
    own mentions, the country crossed from the other side to this one: no evidence of it is
    left. A place name is such evidence wherever it stands ("outside a mosque in Kunduz"):
    it says where the story happens, not only whom the act was done to."""
    if part.code is None or not inferred_code(part, index):
        return False
    spans = [p.mention.span for p in others if p.mention is not None and p.code == part.code]
    if not spans:
        return False

    def inside(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in spans)

    for rec in index.records():
        actor = rec.actor
        if (
            actor.country == part.code
            and actor.basis in ("article", "dictionary")
            and (actor.kind == "country" or not all(inside(*m.span) for m in actor.mentions))
        ):
            return False
    for ent in index.doc.ents:
        if ent.label_ not in LAND_LABELS:
            continue
        place = index.dictionary.place(ent.text.removeprefix("the "), ent.label_)
        if (
            place is not None
            and place.iso3 == part.code
            and (ent.label_ != "NORP" or not inside(ent.start_char, ent.end_char))
        ):
            return False
    return True


def is_entity(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS


def is_entity_or_group(token: Token) -> bool:
    return is_entity(token) or token.lemma_.lower() in GROUP_NOUNS | QUANTITY_HEADS


#: Types whose target, with no object, is the doer of the act a clause complement reports:
#: "complained that Ghana had closed the border" accuses Ghana. PETRARCH2 puts the target as
#: that clause's subject: "- * + WAS BEHIND THE ATTACK [112]", "- * CONVINCED + KILLED
#: BABIES [1122]", "- * + APPEAR BEHIND &WEAPON ATTACK [112] # SAY".
CLAUSE_DOER_TYPES = frozenset({"ACCUSE"})


#: Types whose infinitive complement is the actor's own act: "promised to ease sanctions on
#: Belarus", "refused to end the blockade of Gaza". The act's target is the target of the
#: promise, threat or refusal: PETRARCH2 writes it inside these verbs' patterns ("- $ * ^
#: COOPERATE WITH + [030] # PROMISE", CAMEO.verbpatterns.150430.txt:6694; "- * TO MEET + [125]
#: # REFUSE", :5801; "- * TO EXPEL + [050] # REFUSE", :5787; "- * &AUXVERB2 CUT COOPERATION
#: WITH + [1313] # WARN", :10800).
OWN_ACT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT"})


def complement_parties(
    verb: Token, event_type: str, index: ActorIndex, context: str | None
) -> list[Participant]:
    """The other party an act names through its complement: the one asked in a request's
    clause or the party of an act committed to (see the branches)."""
    for child in verb.children:
        if child.dep_ == "ccomp" and _beyond_semicolon(child, verb):
            continue  # "Turkey detains 30; EU condemns attack": two sentences, no complement
        if child.dep_ == "ccomp" and event_type in CLAUSE_DOER_TYPES:
            # "alleged that Ghana had closed the border": the active subject did what is
            # charged; a passive one ("that civilians were killed") is who suffered it
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return participants(subject, index, context)
        if event_type in CLAUSE_DOER_TYPES:
            continue
        if child.dep_ == "ccomp" and event_type == "REQUEST":
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return participants(subject or folded_subject(child), index, context)
        if (
            child.dep_ == "advcl"
            and event_type == "REQUEST"
            and for_to_mark(verb, child) is not None
        ):
            # "called for Serbia to end the crackdown": the one asked is the active subject of
            # the act asked for; a passive one is acted upon ("called for him to be fired"),
            # and whoever is to do it goes unnamed
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            return participants(subject, index, context)
        # a noun of an intent verb holds its infinitive as a clause ("her refusal to meet
        # the envoy"), as the verb holds it as its complement ("refused to meet the envoy")
        infinitive = child.dep_ == "xcomp" or (verb.pos_ == "NOUN" and child.dep_ == "acl")
        if (infinitive and child.pos_ in ("VERB", "AUX")) or (
            event_type == "THREATEN" and own_act_clause(verb, child)
        ):
            # "warned that it could blockade Taiwan's ports": the threatener's own act, told
            # in a clause, is read as the infinitive of "threatened to blockade" is.
            # "threatened to expel Polish diplomats and seize Latvian ships": acts joined in
            # one infinitive are all committed to (coordinated verbs share the governing
            # verb, a grammar fact), whether or not the lexicon codes each as an event
            parts = _act_parties(child, event_type, index, context)
            for act in joined_acts(child):
                # as with joined acts that are events (``_share_targets``): coded parties only
                parts += [p for p in _act_parties(act, event_type, index, context) if p.code]
            return unique(parts)
    return []


def joined_acts(infinitive: Token) -> list[Token]:
    """The verbs of the infinitive's own form joined to it, directly or through a list the
    parse broke (:func:`joined_infinitive`): "to expel diplomats, seize ships and attack
    Ukraine": seize, attack. Coordination joins like with like (a grammar fact), so a past
    verb the parse hung on a gerund ("proposed conducting surveillance and signaled
    support") belongs to the finite verb, not to the act proposed."""
    return [
        t
        for t in infinitive.sent
        if t.i > infinitive.i
        and t.dep_ == "conj"
        and t.tag_ == infinitive.tag_  # like with like: "proposed conducting ... and signaled"
        and (joined := joined_infinitive(t)) is not None
        and joined.i == infinitive.i
    ]


def _act_parties(
    act: Token, event_type: str, index: ActorIndex, context: str | None
) -> list[Participant]:
    """The other party of one act committed to or asked for: its object, else whom its own
    preposition or the commitment's names, else the partner or owner of its object."""
    found = verb_sense(act)
    act_type = found[0].type if found else event_type
    _, obj, _ = arguments(act)
    act_mode = found[0].mode if found else None
    parts = [] if own_object(act_type, mode=act_mode) else participants(obj, index, context)
    if obj is not None and found and pattern_thing(obj, found[1], parts, index):
        parts = []  # "agreed to share intelligence": what is shared, as of the act itself
    # "offered to negotiate with Armenia": the other party of the act offered, by
    # the act's own preposition or by the commitment's
    goals = prep_participants(act, act_type, index, context)
    if parts and dative_goal(act, goals):
        parts = []  # "agreed to sell fighter jets to India": India receives, not the jets
    parts += goals
    if act_type != event_type:
        parts += prep_participants(act, event_type, index, context)
    # "offered to mediate between Israel and Hamas": the parties of the mediation
    parts += between(act, found[0].code if found else None, index, context)[1]
    parts = unique(parts)
    if obj is not None and not parts:
        # "threatened to break relations with Russia": the partner hangs on the object.
        parts = prep_participants(obj, act_type, index, context)
        parts = parts or owners(obj, index, context)
    return parts


def own_act_clause(verb: Token, clause: Token) -> bool:
    """Is ``clause`` a "that" clause telling an act the subject of ``verb`` would do ("warned
    that it could blockade the ports", "said they would strike")? Its subject is a pronoun,
    which stands for the one speaking (a grammar fact of reported speech), and a modal
    (could, would, will, might) marks the act as one yet to come. PETRARCH2 reads the
    target of such a threat in the act: "- * &AUXVERB2 CUT COOPERATION WITH + [1313] #
    WARN", "- * COULD &MILITARY STRIKE [138] # WARN" (CAMEO.verbpatterns.150430.txt:10800,
    :10839)."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or clause.i < verb.i:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or not speaks_for(subject, arguments(verb)[0]):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


#: Penn tags of plural nouns.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def speaks_for(pronoun: Token, speaker: Token | None) -> bool:
    """Can the pronoun subject of a reported clause stand for the one reporting it ("Beijing
    warned that it could ...", "the rebels said they would ...")? A pronoun agrees in number
    with what it stands for (a grammar fact): "it" does not stand for "the rebels", nor
    "they" for "the US" or "Iran" (a name of one; a common noun of a body may take "they":
    "the government said they would"). A first person is the speaker's side, one or many
    ("Netanyahu warned that we would respond"). A speaker that is itself a pronoun is stood
    for only by the same pronoun, which agrees with it in person, number and gender ("he
    warned that he would ..."; "he warned that they could ...", "she said it would ...": someone
    else). "It" never stands for a person: a speaker the parser names a person ("John Smith
    warned that it could ...") is stood for by "he", "she" or "they", so "it" is something
    else. The pronouns are data (``speaking_one``, ``speaking_many``, ``speaking_self``,
    ``speaking_thing`` in events.yaml)."""
    lex = lexicon()
    word = pronoun.lower_
    if word in lex.speaking_self:
        return True
    if word not in lex.speaking_one and word not in lex.speaking_many:
        return False
    if speaker is None:
        return True
    if word in lex.speaking_thing and speaker.ent_type_ == "PERSON":
        return False
    said_by = speaker.lower_
    if said_by in lex.speaking_one or said_by in lex.speaking_many or said_by in lex.speaking_self:
        return word == said_by
    many = speaker.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in speaker.children)
    if word in lex.speaking_one:
        return not many
    return many or speaker.tag_ != "NNP"


def defied_parties(verb: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """Whom a refusal holds out against: the party of its "despite" phrase, or whose pressure,
    calls or objections that phrase names ("refused to back down despite pressure from
    Berlin": Germany; "rejected the plan despite US objections": the United States). The
    phrase may hang on the refusal or on the act refused. PETRARCH2 reads the target so:
    "- * TO RESIST PRESSURE FROM + [120] # DETERMINE", "- * TO DEPLOY ^ &WEAPON DESPITE +
    [124] # DETERMINE" (CAMEO.verbpatterns.150430.txt:3823, :3817)."""
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return unique(
        parties_or_owners(
            [o for act in acts for o in objects_of(act, ("despite",))], index, context
        )
    )


def folded_subject(clause: Token) -> Token | None:
    """The subject of a "that" clause the parser read as one noun phrase: after a verb of
    demanding the clause's verb is the bare subjunctive ("demanded that South Africa
    mediate", "that the council hand power to civilians"), a form English shares with nouns,
    and the parser then hangs the subject on it as a compound. A "that" clause is a clause,
    so its first compound is its subject."""
    if clause.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "compound"), None)


def purpose_parties(verb: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """Whom an act's purpose clause is aimed at ("blocked a road to show their anger at the
    United States' policies", "to protest against the EU"): a party it names as object or
    by the protest's prepositions, else whose the object is. The PLOVER manual's PROTEST is
    "carried out as protests against the recipient", and its purpose says which."""
    for parts in adjunct_parties(verb, index, context):
        return parts
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue
        _, obj, _ = arguments(clause)
        parts = participants(obj, index, context)
        parts = parts or prep_participants(clause, "PROTEST", index, context)
        if not parts and obj is not None:
            # "their anger at the United States' policies": the party the object is about
            for prep in (c for c in obj.children if c.dep_ == "prep"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    parts += participants(pobj, index, context) or owners(pobj, index, context)
            parts = parts or [p for p in owners(obj, index, context) if not _pronoun(p)]
        if parts:
            return parts
    return []


#: Act nouns of an "in ..." adjunct that says what a protest stands against, each with the
#: prepositions that name that party: "marched in protest against the visit" (PETRARCH2 "- *
#: IN ^ PROTEST AGAINST + [141] # DEMONSTRATE", CAMEO.verbpatterns.150430.txt:3046; "- *
#: THROUGH $ IN PROTEST AGAINST + [141] # MARCH", :3031; "- * PROTEST OF + [140] # LODGE",
#: :11530) and "blocked streets in defiance of the authorities" (the act noun of DEFY, whose
#: object is its target: "- * + SANCTION [128] # DEFY", :11792; "DEFIANCE OF * [128] # BAN",
#: :7418).
PROTEST_ADJUNCTS: dict[str, frozenset[str]] = {
    "protest": frozenset({"against", "of"}),
    "defiance": frozenset({"of"}),
}


def adjunct_parties(verb: Token, index: ActorIndex, context: str | None) -> list[list[Participant]]:
    """The coded parties an "in protest against ..." or "in defiance of ..." adjunct of the
    verb names (one list per adjunct that names some): whom the act is carried out against."""
    out: list[list[Participant]] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            preps = PROTEST_ADJUNCTS.get(noun.lemma_.lower(), frozenset())
            parts = [
                p
                for inner in noun.children
                if inner.dep_ == "prep" and inner.lower_ in preps
                for pobj in prep_objects(inner)
                for p in participants(pobj, index, context)
                if p.code
            ]
            if parts:
                out.append(unique(parts))
    return out


def _pronoun(part: Participant) -> bool:
    """Is the participant named only by a pronoun ("their anger": the protesters')?"""
    return part.mention is not None and part.mention.text.lower() in lexicon().own_pronouns


#: The conjunction of a condition that the other side must meet.
UNLESS = frozenset({"unless"})
#: The conjunctions of a threat's condition: besides "unless", "if" names the act of the one
#: threatened that would set the threat off ("threatened to retaliate if Israel attacked"):
#: PETRARCH2 puts the target after it, "- * IF + [138] # FIGHT" (CAMEO.verbpatterns.150430.txt:
#: 1995), "- * NEW &FIGHT IF + [138] # WARN" (:10886), "- * IT WOULD IF + [130] # WARN" (:10909).
THREAT_CONDITIONS = frozenset({"unless", "if"})


def conditioned_party(
    verb: Token, index: ActorIndex, context: str | None, marks: frozenset[str] = UNLESS
) -> list[Participant]:
    """Who must comply for a threatened act not to happen: the subject of its "unless"
    clause ("threatened to launch an offensive unless Baghdad accepted"), or of a clause of
    another of ``marks``. A grammar fact: a threat made conditional names its addressee as
    the one who must meet the condition."""
    nodes = [*modality_mod.governors(verb), *(c for c in verb.children if c.dep_ == "xcomp")]
    for node in nodes:
        for clause in node.children:
            if clause.dep_ != "advcl" or not any(
                g.dep_ == "mark" and g.lower_ in marks for g in clause.children
            ):
                continue
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return participants(subject, index, context)
    return []


#: Prepositions that name whose thing it is: "an appeal from X", "calls by X", "a program for X".
OWNER_PREPS = frozenset({"by", "from", "of", "for", "with", "against", "to"})


def owners(
    thing: Token,
    index: ActorIndex,
    context: str | None,
    depth: int = 0,
) -> list[Participant]:
    """Whose proposal, offer or appeal it is: a possessor, a demonym, a name, "by"/"from" X."""
    if thing.pos_ in ("PROPN", "PRON") or thing.lemma_.lower() in GROUP_NOUNS:
        return []
    if names_language(thing):
        return []
    # "freed her husband", "met the wife of a pastor": a kin noun names a person, no one's
    # thing; its possessor or "of" phrase says whose family, not whom the act is at, while a
    # name before it names the kin themselves ("attacked the Koch brothers"; ``kin`` in
    # physical.yaml)
    kin = bool(noun_forms(thing) & word_list("kin"))
    # "opposition calls", "union demands": a group noun before a noun of asking is the one
    # asking, as "the opposition's calls" is (the modifier of a nominalised verb fills its
    # subject; ``directive`` of events.yaml holds the verbs of asking)
    asking = thing.lemma_.lower() in lexicon().directive
    out: list[Participant] = []
    for child in thing.children:
        if kin and child.dep_ not in ("compound", "nmod"):
            continue
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "nmod")
            and (
                child.pos_ == "PROPN"
                or is_entity(child)
                or (asking and child.lemma_.lower() in GROUP_NOUNS)
            )
            and not (site(child, index) and not is_place_noun(thing))
        ):
            out += participants(child, index, context)
        elif child.dep_ == "amod":
            place = index.place(child.text, label_of(child))
            if place is not None and place.how == "demonym":
                span = (child.idx, child.idx + len(child.text))
                mention = Mention(child.text, span, "description")
                out.append(Participant(place.country_name, place.iso3, None, None, mention))
        elif child.dep_ in ("prep", "agent") and child.lower_ in OWNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = participants(pobj, index, context)
                if not found and depth < 1:
                    # "part of a military aid program for Bosnia"
                    found = owners(pobj, index, context, depth + 1)
                out += found
        elif child.dep_ == "prep" and child.lower_ in ABSENT_PREPS:
            # "his detention without trial by Israel": what "without" names did not happen
            # and has no doer, so a "by" the parse hung on it names the doer of the thing
            out += [
                p
                for absent in prep_objects(child)
                for agent in objects_of(absent, AGENT_PREPS)
                for p in participants(agent, index, context)
            ]
    return unique(out)


#: Prepositions naming a circumstance that did not happen ("detention without trial").
ABSENT_PREPS = frozenset({"without"})

#: The preposition of a nominal act's doer ("the seizure of their farms by Uganda").
AGENT_PREPS = frozenset({"by"})


def makers(thing: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """The "by" agent of a passive participle that modifies a thing ("the changes proposed
    by Serbia", "the crimes committed by the militia"): a reduced passive relative clause,
    whose agent made or did the thing (English grammar). PETRARCH2 puts the target there:
    "- * CHANGES PROPOSED BY + [123] # REJECT" (CAMEO.verbpatterns.150430.txt:5659), "- WILL *
    &CRIME COMMITTED BY + [1121] # PRESENT" (:4970), "- * STATIONS OWNED BY + [1721] # SHUT"
    (:13712). Only a restrictive participle, one no comma sets off: after a comma it is a
    supplement the parser may hang on any noun of the phrase before it ("for one of its
    gunboats intercepting a ship in the Beagle Channel, disputed by Argentina and Chile")."""
    return [
        p
        for participle in thing.children
        if participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.nbor(-1).dep_ != "punct"
        for agent in participle.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for p in participants(pobj, index, context)
    ]


def arguments(verb: Token) -> tuple[Token | None, Token | None, bool]:
    """(subject, direct object, passive?) of a verb, the subject inherited if need be.

    The act demanded by a directive belongs to the one addressed: in "urged
    Serbia to pull back its forces" the subject of "pull back" is Serbia.
    """
    subject = obj = None
    passive = False
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ not in NOT_PARTICIPANTS:
            subject = child
        elif child.dep_ == "nsubjpass":
            subject, passive = child, True
        elif child.dep_ in ("dobj", "dative") and obj is None:
            obj = child
        elif child.dep_ == "auxpass":
            # "it came from the driver or was being fired at the car": a passive auxiliary
            # makes the verb passive even where its subject is shared with a conjunct
            passive = True
    if obj is None and not passive:
        # "found the minister guilty", "set the hostages free": the parser makes the object
        # the subject of the adjective's small clause
        obj = resultative_subject(verb)
    if subject is None and adverbial_passive(verb):
        # "Asked whether he would run, Smith said no", "Backed by Iran, the rebels attacked":
        # a bare past participle opening an adverbial clause is passive and its understood
        # subject is the main clause's (a grammar fact): the one asked, the one backed
        head_subject = next(
            (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
        )
        return head_subject, obj, True
    if subject is None and shares_passive(verb):
        # "the embassy was attacked and looted", "Assad, aided by Russia and opposed by the
        # United States": a participle coordinated with a passive one shares its auxiliary,
        # so its voice and its subject, the one acted upon (a grammar fact of coordination)
        head_subject, _, _ = arguments(verb.head)
        return head_subject, obj, True
    if subject is None and misread_main_verb(verb):
        return verb.head, obj, False
    if (
        subject is None
        and verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.i != verb.i
    ):
        # "the fourth person shot by an officer": a past participle after a noun is a
        # passive whose subject is that noun (a grammar fact of reduced relative clauses; the
        # small model tags some such participles as past tense);
        # "Scott is the fourth person shot": the noun is the copula's subject
        subject, passive = verb.head, True
        if subject.dep_ == "attr":
            named = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
            subject = named if named is not None else subject
        return subject, obj, passive
    if (
        subject is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and agentive(verb.head)
    ):
        # "a video of an officer shooting a teenager": a present participle after a noun is
        # an active reduced relative clause ("an officer who is shooting"), whose subject is
        # that noun (a grammar fact), not the doer of the clause the noun sits in; a document
        # ("a resolution calling on Turkey") speaks for whoever made it, left to the clause;
        # "the example is Smith suing Ohio": a named predicate noun is the doer itself
        subject = verb.head
        if subject.dep_ == "attr" and not is_entity(subject):
            named = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
            subject = named if named is not None else subject
        return subject, obj, passive
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon().directive:
        subject = addressee(verb.head)
    if subject is None and verb.dep_ == "xcomp" and controlled_by_object(verb):
        # "witnesses filmed soldiers beating a protester", "pressured Ukraine to release him":
        # the object is the understood subject of the complement (a grammar fact)
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None and _gerund_after_as(verb):
        return None, obj, passive  # "as fighting between X and Y raged": a noun, no clause
    if subject is None:
        subject = _subject_gerund(verb)  # "... as fighting raged"
    if subject is None:
        subject = gerund_controller(verb)
    if subject is None:
        subject = possessor_controller(verb)
    if subject is None:
        subject = _conjunct_subject(verb)
    if subject is None:
        subject = grammar.subject_of(verb)
    if obj is None:
        obj = infinitive_subject(verb)
    if obj is not None and obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "the PKK, which Ankara blames for the attack": a relative pronoun as object stands
        # for the noun its clause modifies (a grammar fact), the one acted upon
        obj = verb.head
    if subject is not None and subject.lower_ in lexicon().relatives and verb.dep_ == "relcl":
        # "rebels, who attacked a convoy": a relative pronoun stands for the noun its clause
        # modifies (a grammar fact), which is who acts
        personal = subject.lower_ in PERSONAL_RELATIVES
        subject = verb.head
        if personal and subject.ent_type_ in PLACE_LABELS and subject.dep_ == "pobj":
            # "a nurse from Leeds who backed it": "who" is never a place; the parser hung the
            # clause on the place that modifies the person
            owner = subject.head.head
            if owner.pos_ in ("NOUN", "PROPN") and owner.i != subject.head.i:
                subject = owner
        elif personal:
            subject = person_for_who(subject)
    return subject, obj, passive


def person_for_who(noun: Token) -> Token:
    """The person a "who" clause the parser hung on ``noun`` stands for. "Who" stands for
    a person or a group, never a thing (a grammar fact), so a clause hung on a thing that a
    participle or an apposition attaches to a noun ("a man wearing a shirt who was beaten",
    "a woman carrying a flag who was arrested") belongs to that noun, when it can name
    someone who acts."""
    if agentive(noun):
        return noun
    above = noun.head
    if noun.dep_ == "dobj" and above.dep_ == "acl":
        above = above.head
    elif noun.dep_ != "appos" or (noun.tag_ == "NN" and is_entity(above)):
        # a singular noun beside a name is read as that name where its parties are read
        # ("Robert Smith, a donor who backs Jones": :func:`participants`)
        return noun
    return above if above.i != noun.i and agentive(above) else noun


#: Prepositions that name whom a prepositional directive verb addresses: "called on Israel
#: to halt", "appealed to the rebels to lay down their arms" (CAMEO's +CALL_ON, +CALL_UPON,
#: "APPEAL * TO +").
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


def addressee(directive: Token) -> Token | None:
    """Whom a directive verb tells to act: its object ("urged Serbia to ..."), else the
    object of the preposition right after it, or after a time adjunct ("called on Serbia to
    ...", "called Monday on Serbia to ..."). A verb that directs
    only through its preposition has no addressee without it ("called Smith to thank him")."""
    if not modality_mod.directs(directive):
        return None
    for child in directive.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            return child
    for child in directive.children:
        if (
            child.dep_ in ("prep", "dative")
            and next_after(directive, child)
            and child.lower_ in ADDRESSEE_PREPS
        ):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def agentive(noun: Token) -> bool:
    """Can this noun name someone who acts: a name, a pronoun, a group or a role the actor
    dictionary knows ("an officer", "supporters"), not a thing ("a resolution", "a video")?"""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in PARTY_LABELS:
        return True
    if noun.lemma_.lower() in GROUP_NOUNS:
        return True
    if noun.lemma_.lower() in QUANTITY_HEADS:
        # "$44.4 million", "a million tonnes": a sum or a measure counts no one
        return noun.ent_type_ not in AMOUNT_LABELS
    return names_role(noun, settings_mod.DICTIONARY.get().role)


def _held_people(token: Token) -> bool:
    """Is the noun one of CAMEO's words for people held or charged ("hostages")?

    A singular count noun with no determiner is a predicate, not an argument: "held
    hostage", "taken prisoner" say what someone became, and name no one; so does the noun
    after a verb of holding that the parser read with its object as one phrase ("held the
    town hostage", :func:`lexicon.held_as`)."""
    if token.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    held = held_as(token.head) if token.dep_ in ("dobj", "oprd") else None
    if held is not None and held[1].i == token.i:
        return False
    return bool(noun_forms(token) & set_words(lexicon(), HELD_PEOPLE_SETS))


def names_role(token: Token, role_of: Callable[[list[str]], RoleHit | None]) -> bool:
    """Is the phrase ending in ``token`` a role the actor dictionary knows ("army
    reservists")? The role must be what the phrase is, not a modifier ("military offensive")."""
    words = [t.lower_ for t in token.subtree if t.i <= token.i and not t.is_punct][-4:]
    role = role_of(words)
    if role is None:
        return False
    last = role.phrase.split()[-1]  # "children" of "schoolchildren": a compound's own head
    return token.lower_.endswith(last) or token.lemma_.lower().endswith(last)


#: Event types whose act nouns ("the attack", "the arrest") can stand where a party would.
ACTS_OF_FORCE = frozenset({"ASSAULT", "COERCE"})


def act_of_force(noun: Token) -> bool:
    """Is this noun an act of force or coercion the lexicon names ("the bombing", "raids")?"""
    if noun.pos_ != "NOUN":
        return False
    found = noun_sense(noun)
    return found is not None and found[0].type in ACTS_OF_FORCE


def act_doers(noun: Token, index: ActorIndex) -> list[Token]:
    """The words of an act noun that name who did it: its possessor, its "by" phrase, a name
    or demonym before it that is not the place it happened in ("Hamas attacks", "Israeli air
    strikes", not "the Orlando shooting")."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            found.append(child)
        elif child.dep_ in ("amod", "compound", "nmod") and is_entity(child):
            if not site(child, index):
                found.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def site(modifier: Token, index: ActorIndex) -> bool:
    """Is this name before an act noun a place other than a country: a city, a region, a
    building ("Orlando", "Benghazi", "Chelsea")? The parser labels it a place and the country
    table does not read it as a country's own name or demonym."""
    if modifier.ent_type_ not in PLACE_LABELS:
        return False
    place = index.place(modifier.text, label_of(modifier))
    return place is None or place.how not in ("country", "demonym")


#: Prepositions that join a gerund to a verb and its object: "accused Egypt of arming rebels",
#: "blamed Kyiv for shelling the plant", "charged him with inciting", "kept them from voting",
#: "warned Iran against enriching uranium".
GERUND_PREPS = frozenset({"of", "for", "with", "from", "against"})


def gerund_controller(verb: Token) -> Token | None:
    """The object that does the act of a gerund after the verb's preposition, or None.

    In "accused Egypt of arming rebels" Egypt arms them, not the accuser: a gerund joined by
    a preposition to a verb with an object takes that object as its understood subject
    (object control, a grammar fact), as the object before an -ing complement does. A
    gerund with its own subject ("accused him of Smith's arming"), a verb with no object
    ("apologised for attacking") or an object that cannot act ("reaped a fee for helping")
    leaves the verb's subject to act."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in GERUND_PREPS:
        return None
    if prep.dep_ != "prep":
        return None
    owner = prep.head
    if owner.dep_ == "dobj" and owner.head.pos_ in ("VERB", "AUX") and agentive(owner):
        # "accused Russian forces of deliberately attacking civilians": the parser often hangs
        # the phrase on the object; it is still the verb's, and the object does the act
        return owner
    if owner.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    # "reaped a fee for helping": a thing gained is no doer; the subject helped. The one
    # accused of an act is its doer whatever noun names them: :func:`inherited_actor` reads
    # that, through :func:`alleged_doer`, where no object here names a party
    return obj if obj is not None and agentive(obj) else None


def alleged_doer(verb: Token) -> Token | None:
    """The object of the verb of alleging whose gerund ``verb`` is ("a court indicted the
    officer for beating a prisoner": the officer), or None.

    The one accused, suspected or indicted of an act is the one said to have done it,
    whatever noun names them, a role the actor dictionary knows or not (the verb's meaning:
    CAMEO 1121 "Accuse of crime"); the accuser did not do it. The verbs and their
    prepositions are the ``alleging`` table of events.yaml."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    owner = prep.head
    if prep.lower_ != lexicon().alleging.get(owner.lemma_.lower(), (None, ""))[0]:
        return None
    return next((c for c in owner.children if c.dep_ == "dobj" and c.i < prep.i), None)


def possessor_controller(verb: Token) -> Token | None:
    """The possessor of the noun whose infinitive ``verb`` is, or None.

    In "Iran's refusal to release the sailors" or "his plan to attack the town" the
    possessor does the act: the possessor of a noun of will or attempt is the understood
    subject of its infinitive, as the subject of "Iran refused to release" is (subject
    control carried over to the nominalisation, a grammar fact). A directive noun ("his
    order to withdraw") passes the act to the one addressed, as its verb does; without a
    possessor the clause's own subject is left to act. So is a noun with a phrase between it
    and its infinitive ("his invitation to Kim to visit"): that phrase may name the doer. A
    "by" phrase there does: a nominal's "by" phrase is its agent, the verb's subject ("the
    threat by Iran to close the strait" as "Iran threatened to close"; a grammar fact)."""
    aim = modality_mod.copular_aim(verb)
    if aim is not None:
        # "our goal is to destroy the group": the aim noun's possessor, as in "our plan to"
        return next((c for c in aim.children if c.dep_ == "poss"), None)
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if lemma in lex.directive or verb_of(lemma, lex) in lex.directive:
        return None
    between = [c for c in noun.children if c.dep_ in ("prep", "agent") and noun.i < c.i < verb.i]
    if len(between) == 1 and between[0].lower_ == "by":
        agent = next((c for c in between[0].children if c.dep_ == "pobj"), None)
        if agent is not None and agentive(agent):
            return agent
    if between:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


#: Relative pronouns that refer only to people (a grammar fact: "which" and "that" to things).
PERSONAL_RELATIVES = frozenset({"who", "whom"})


def named_by_who(noun: Token) -> bool:
    """Does a "who" clause modify ``noun`` ("critics who say", "a donor who backs Jones")?
    "Who" refers only to people, so the noun names someone, whether or not the actor
    dictionary knows it as a role."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in TIME_LABELS:
        return False
    for clause in noun.children:
        if clause.dep_ != "relcl":
            continue
        for who in clause.children:
            if who.lower_ not in PERSONAL_RELATIVES:
                continue
            # the relative pronoun follows its noun (a comma between them allowed), or follows
            # the noun's own modifiers ending in a word that cannot name anyone ("the boy
            # with blond hair who", "an aide from Nashua who"); the parser often hangs a
            # clause on an earlier noun where a nearer one is the person ("the plight of
            # minorities who")
            between = [t for t in noun.doc[noun.i + 1 : who.i] if not t.is_punct]
            if not between:
                return True
            nearest = next((t for t in reversed(between) if t.pos_ in ("NOUN", "PROPN")), None)
            if all(t.i <= noun.right_edge.i for t in between) and (
                nearest is None or not (agentive(nearest) and nearest.ent_type_ not in PLACE_LABELS)
            ):
                return True
    return False


def predicated(noun: Token) -> Token:
    """The subject a predicate noun describes ("Smith is a donor who backs Jones": Smith),
    through coordination ("a liar, a bully and a birther who"), else the noun itself: a
    predicate noun names what its copula's subject is (a grammar fact)."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "attr" or top.head.lemma_ != "be":
        return noun
    subject = next((c for c in top.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return noun  # "these are people who", "he is a conservative who": the noun says more
    return subject


#: Dependencies of a name before a noun inside its phrase ("the Paris agreement").
NAME_MODIFIERS = frozenset({"compound", "nmod", "amod"})


def is_place_noun(noun: Token) -> bool:
    """Is ``noun`` a noun for a place ("area", "city", "region": titles.yaml place_nouns)?
    With a place's name before it, it names that place ("the St. Louis area")."""
    return noun.lemma_.lower() in default_roles().place_nouns


def thing_at_a_site(noun: Token, index: ActorIndex) -> bool:
    """Is ``noun`` a thing whose only names are places other than countries before it ("the
    Paris agreement", "a Rochester rally", "the Texas program")? A noun that cannot name
    anyone who acts is no party; a city or region before it says where it is or was made,
    not whose it is (as before an act noun: "the Orlando shooting"), while a country, a
    person or a body before it is its owner ("the Iran deal", "the Obama plan")."""
    if noun.pos_ != "NOUN" or agentive(noun):
        return False
    if noun.lemma_.lower() in default_roles().bodies or is_place_noun(noun):
        return False  # "the Ohio legislature" acts; "the St. Louis area" is the place itself
    names = [c for c in noun.children if c.dep_ in NAME_MODIFIERS and is_entity(c)]
    return bool(names) and all(site(c, index) for c in names)


def controlled_by_object(complement: Token) -> bool:
    """Does the object of the verb this complement hangs on do the complement's act? An -ing
    complement after an object always predicates of it ("filmed soldiers beating a protester",
    "left him bleeding"); an infinitive does after verbs of causing, forcing, permitting,
    persuading or wanting (the ``causing`` table: "pressured Ukraine to release him"), while
    after others it states the subject's purpose ("wrote to Smith to thank him")."""
    if complement.tag_ == "VBG":
        return not any(c.dep_ == "aux" for c in complement.children)
    return complement.head.lemma_.lower() in lexicon().causing


def misread_main_verb(verb: Token) -> bool:
    """Is ``verb`` a sentence's finite main verb that the parser hung on its subject as a
    reduced relative clause ("The Dutch foreign minister called on Turkey to ...", read as
    "the minister [who was] called on")? A sentence that ends with a stop has a finite verb,
    so a root noun with a past-tense verb after it is that verb's subject, unless the verb
    has a "by" agent (a passive). A headline (no stop) leaves the auxiliary out ("Man shot
    in Ohio") and keeps the passive reading (a grammar fact of the headline register).

    The small model also tags such a verb as a participle where a relative clause or an
    appositive set off by commas stands between it and its subject ("The bloc, which has long
    resisted sending troops, promised to fund ..."): a comma that closes such a clause of
    the root noun and a participle after it are the same misreading, as a non-restrictive
    clause ends where the main verb begins."""
    if verb.dep_ != "acl" or verb.head.dep_ != "ROOT":
        return False
    if verb.tag_ == "VBN" and not _after_parenthetical(verb):
        return False
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return not modality_mod.on_headline(verb) and ends_with_stop(verb)


def _after_parenthetical(verb: Token) -> bool:
    """Does the participle follow at once the comma that closes a relative clause or an
    appositive of the noun it hangs on ("The bloc, which has long resisted ..., promised")?"""
    head = verb.head
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return any(
        c.dep_ in ("relcl", "appos") and head.i < c.i < verb.i and c.right_edge.i == verb.i - 2
        for c in head.children
    )


def ends_with_stop(token: Token) -> bool:
    """Does the sentence of ``token`` end with a full stop, question or exclamation mark?"""
    last = next((t for t in reversed(list(token.sent)) if not t.is_space), None)
    return last is not None and last.text in modality_mod.SENTENCE_END


def infinitive_subject(verb: Token) -> Token | None:
    """The object of a verb of causing, forcing, permitting or persuading (the ``causing``
    table) that the parser hung on the verb's infinitive as its subject: in "allowed UN
    inspectors to visit the site" the inspectors are the ones allowed. An infinitive has no
    subject of its own ("to" clauses take none in the nominative), so a noun before it is the
    object of the verb it follows (English object control, a grammar fact), as in "pressured
    Ukraine to release him", where the parser reads the object as one. "help" and "let" take
    a bare infinitive too ("offered to help Bolivia rebuild its roads": Bolivia is helped;
    CGEL ch. 14, bare infinitivals: the ``bare_causing`` table), a base-form verb with no auxiliary
    of its own: a finite clause cannot follow them."""
    if verb.lemma_.lower() not in lexicon().causing:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        aux = [c for c in clause.children if c.dep_ == "aux"]
        if not (
            any(c.lower_ == "to" for c in aux)
            or (clause.tag_ == "VB" and not aux and verb.lemma_.lower() in lexicon().bare_causing)
        ):
            continue
        return next(
            (c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None
        )
    return None


def _conjunct_subject(verb: Token) -> Token | None:
    """The subject a bare verb with none of its own shares with the infinitive complement it
    is coordinated with (a grammar fact: "urged Ghana to expel the rebels and close the camps":
    Ghana closes them, as it expels them, not the one who urged), read as that complement's
    own (the one addressed or the object that controls it); through a list the parse broke too
    (:func:`joined_infinitive`). Coordination joins like forms, so a verb of another form
    ("urging voters to see the picture and promising to act") is no such conjunct. None
    otherwise: other conjuncts take the subject they climb to."""
    first = joined_infinitive(verb)
    if first is None or first.tag_ != verb.tag_:
        return None
    subject, _, _ = arguments(first)
    return subject


def headline_passive(verb: Token) -> bool:
    """Is the verb a headline's passive with its auxiliary dropped ("Opposition leader detained
    in Minsk", "Journalist arrested")? Headlines leave out forms of "be" and tell past acts in
    the present ("Police detain journalist"), so a past form with a subject, no object and no
    auxiliary on the article's first line, which ends with no stop, tells what was done to
    the subject (a grammar fact of the headline register)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "nsubjpass") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return modality_mod.on_headline(verb)


def adverbial_passive(verb: Token) -> bool:
    """Is ``verb`` a past participle heading an adverbial clause with no subject or auxiliary
    of its own ("Asked about the plan, ...", "when asked whether ...")?"""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def shares_passive(verb: Token) -> bool:
    """Is ``verb`` a bare participle coordinated with a passive verb, with no subject or
    auxiliary of its own ("was attacked and looted"; not "was attacked and has recovered")?"""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    _, _, passive = arguments(verb.head)
    return passive


def told(verb: Token, index: ActorIndex) -> Token | None:
    """Whom a directive verb with an act to do tells to do it ("urged the committee to send
    aid to Ukraine": the committee). That party is the one asked, named or not, so the parties
    of the act asked for (Ukraine) are not the recipient of the asking: in "V NP to-VP" the
    object is the addressee of the directive (a grammar fact of object control). An object
    that can name no party is the thing demanded ("demanded a referendum to secede")."""
    if verb.lemma_.lower() not in lexicon().directive:
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return None
    told_one = addressee(verb)
    if told_one is None:
        return None
    if can_participate(told_one, index) or (told_one.lemma_.lower() in default_roles().collectives):
        return told_one
    return None


def passive_agent(verb: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """The "by" agent of a passive verb, or of the passive verb it is coordinated with ("shot
    and killed by an officer": coordinated participles share their agent)."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD")]
    if shares_passive(verb):
        verbs.append(verb.head)  # "was attacked and looted by rioters": the agent of both
    for node in verbs:
        agent = agent_of(node) or _stranded_agent(node)
        if agent is not None:
            return participants(agent, index, context)
    return []


def _stranded_agent(verb: Token) -> Token | None:
    """The passive verb's "by" agent that the parser hung on the noun of the verb's own place
    or time phrase ("a sit-in was staged outside the court by lawyers"). A place or a day
    has no doer of its own, so the "by" phrase after it is the passive's agent (English
    grammar: the agent phrase follows the passive's adjuncts). An act noun has its own doer
    ("was arrested at a rally by students": the students' rally), so its "by" phrase stays.
    The prepositions of such a phrase are ``adjunct_preps`` of events.yaml. The passive's
    content or instrument phrase (``content_preps``: "was threatened with sanctions by the
    EU") comes before the agent too; an act noun there is the passive's own act, done by the
    same doer, so its "by" phrase is the agent when it names someone who can act."""
    if agent_of(verb) is not None:
        return None
    lex = lexicon()
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        adjunct = prep.lower_ in lex.adjunct_preps
        if not adjunct and not (prep.lower_ in lex.content_preps and _passive(verb)):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.pos_ not in ("NOUN", "PROPN") or (adjunct and _act_noun(noun)):
                continue
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
                agent = next((p for p in by.children if p.dep_ == "pobj"), None)
                if agent is not None and (adjunct or agentive(agent)):
                    return agent
    return None


def _passive(verb: Token) -> bool:
    """Is the verb a passive participle ("was threatened", "were greeted")?"""
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _act_noun(noun: Token) -> bool:
    """Is the noun an act of the lexicon, one that has a doer of its own?"""
    return noun_sense(noun) is not None or nominal_sense(noun) is not None


def _beyond_semicolon(clause: Token, verb: Token) -> bool:
    """Is the clause the parser hangs on the verb as its complement a clause before it, cut
    off by a semicolon ("Turkey detains 30 suspects; EU condemns attack")? A semicolon joins
    independent clauses (English punctuation), so neither is what the other says; a
    complement put first is set off by a comma ("Ghana closed the border, Nigeria said")."""
    if clause.i > verb.i:
        return False
    return any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _gerund_after_as(verb: Token) -> bool:
    """Is the verb a bare "-ing" word that the parser hung as a clause under "as" ("flew to
    Khartoum as fighting between the army and the militia raged")? "As" of time or reason
    takes a finite clause, so a bare "-ing" word after it is a noun, the subject of the verb
    that follows (a grammar fact), and the doer of the main clause is not its doer; the
    parties come from its own phrase ("between the army and the militia")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's own "by" phrase ("was hit by Clinton"), or None."""
    return next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )


def has_own_subject(verb: Token) -> bool:
    """Does the verb's clause name its own doer ("when a bomb exploded")? Then the doer of the
    clause it hangs on is not its actor, even when its own names no party: a finite clause
    with a subject, active or passive ("said the embassy had been attacked": the speaker is
    not the attacker), takes none from another (a grammar fact; only subjectless complements,
    "urged Serbia to pull back", and coordinated verbs share one)."""
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in lexicon().relatives
        for c in verb.children
    ):
        return True
    return _subject_gerund(verb) is not None


def _subject_gerund(verb: Token) -> Token | None:
    """The bare "-ing" word the parser hung beside a finite clause under "as" ("as fighting
    raged": "fighting raged"), which is that clause's subject, or None."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return next((c for c in verb.head.children if c.i < verb.i and _gerund_after_as(c)), None)


def inherited_actor(verb: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """The actor of an act in a complement: "urged Serbia to pull back" → Serbia;
    "has no intention of attacking" → the subject of "has". The gerund of a verb of alleging
    ("indicted the officer for beating a prisoner", :func:`alleged_doer`) takes its doer from
    the one accused, even where that object names no party, never from the accuser."""
    accused = alleged_doer(verb)
    if accused is not None:
        return participants(accused, index, context)
    current = verb
    for _ in range(lexicon().threshold("climb_steps")):
        head = current.head
        if head.i == current.i or current.dep_ not in modality_mod.CLIMB_DEPS | INHERIT_CLIMB:
            return []
        if current.dep_ == "xcomp" and head.lemma_.lower() in lexicon().directive:
            addressed = addressee(head)
            if addressed is not None:
                return participants(addressed, index, context)
        if head.pos_ in ("VERB", "AUX"):
            subject, _, _ = arguments(head)
            if subject is not None:
                return participants(subject, index, context)
        current = head
    return []


def prep_participants(
    token: Token,
    event_type: str,
    index: ActorIndex,
    context: str | None,
    *,
    measure: bool = False,
) -> list[Participant]:
    """The parties named by the recipient prepositions of ``token``'s type
    (:data:`RECIPIENT_PREPS`); with ``measure``, ``token`` is the verb's object and its
    :data:`MEASURE_PREPS` and :data:`AFTER_OBJECT_PREPS` count too."""
    preps = RECIPIENT_PREPS.get(event_type, ())
    if measure:
        preps = (
            *preps,
            *MEASURE_PREPS.get(event_type, ()),
            *AFTER_OBJECT_PREPS.get(event_type, ()),
        )
        if token.lemma_.lower() in lexicon().besieging:
            preps = (*preps, "of")  # "lifted its blockade of Yemen's ports": laid on Yemen
        if truce(token):
            preps = (*preps, "with")  # "declared a ceasefire with Eritrea": the other side
    if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in token.children):
        # "accused Sudan of backing rebels", "warned them of reprisals": after a verb's
        # object, "of" or "with" gives the charge or the matter, and the object is the party
        charge = CHARGE_PREPS.get(event_type, frozenset())
        preps = tuple(p for p in preps if p not in charge)
        after = AFTER_OBJECT_PREPS.get(event_type, ())
        obj = next(c for c in token.children if c.dep_ == "dobj")
        if truce(obj):
            preps = (*preps, "with")  # "observed the truce with Israel": the truce's phrase
        if after and not [p for p in owners(obj, index, context) if not _pronoun(p)]:
            # "cut aid to Egypt"; an object another party owns is what is cut off, and its "to"
            # its own ("boycott Trump's speech to the group": the speech's audience)
            preps = (*preps, *after)
    if event_type in AIMED_AT_TYPES and any(
        c.dep_ == "prt" and c.lower_ in AIMING_PARTICLES for c in token.children
    ):
        preps = (*preps, "at")  # "lashed out at Ghana", "fired back at the critics"
    if (
        event_type == "ASSAULT"
        and token.pos_ == "VERB"
        and token.lemma_.lower() in lexicon().aimed_verbs
        and not any(c.dep_ == "dobj" for c in token.children)
    ):
        preps = (*preps, "at")  # "fired at the protesters"
    sold_from = acquired_from(token)
    if sold_from is not None and "from" not in preps:
        preps = (*preps, "from")  # "bought wheat from Romania": the seller
    combat = fights_with(token, event_type) and "with" not in preps
    if combat:
        preps = (*preps, "with")  # "clashed with Lebanese militiamen"
    out: list[Participant] = []
    for child in [*token.children, *particle_preps(token, event_type), *(sold_from or ())]:
        # "pulled its troops out of Lebanon": the complex preposition "out of" is "from"
        source = out_of(child) if "from" in preps else None
        if source is not None or (child.dep_ in ("prep", "dative") and child.lower_ in preps):
            for grandchild in prep_objects(source or child):
                if grandchild is not None:
                    found = participants(grandchild, index, context)
                    if not [p for p in found if p.code]:
                        # "walked out of the talks with Togo": the other side of the talks
                        found += meeting_partners(grandchild, index, context)
                    if source is not None:
                        # "out of the country": a place left, a party only with a code
                        out += [p for p in found if p.code]
                    elif found or (combat and child.lower_ == "with"):
                        # "fought with his vigor": a manner, whose owner is no opponent
                        out += found
                    else:
                        # "hack into the computers of South Korean army officers"
                        out += owners(grandchild, index, context)
        elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
            # "the withdrawal of some forces from Panama", "a suspension of air links with Serbia"
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    out += prep_participants(grandchild, event_type, index, context)
    if not out and token.pos_ in ("VERB", "AUX"):
        out = _stranded_recipients(token, preps, index, context)
    return out


def _stranded_recipients(
    verb: Token, preps: tuple[str, ...], index: ActorIndex, context: str | None
) -> list[Participant]:
    """Coded parties of a recipient phrase the parser hung on the object of the topic phrase
    of the verb or of its object, the nearest noun ("shared intelligence on the kidnappers
    **with Nigerian forces**"): a trailing prepositional phrase attaches high or low, the
    parse picks the nearer noun, and a topic noun takes no recipient of its own. Only parties
    with a code count, so that a phrase that does belong to the topic noun ("talks about the
    dispute with its neighbours") gives no one uncoded."""
    out: list[Participant] = []
    # the topic phrase itself hangs on the verb or on its object ("intelligence on the
    # rebels"); its prepositions are ``topic_preps`` of events.yaml
    topic_preps = lexicon().topic_preps
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    topics = [
        c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in topic_preps
    ]
    for topic in topics:
        for pobj in prep_objects(topic):
            for inner in pobj.children:
                # the topic noun's own "of" or topic phrase is its own ("Spain's stance on
                # Western Sahara"), never a recipient of the verb
                if (
                    inner.dep_ == "prep"
                    and inner.lower_ in preps
                    and inner.lower_ != "of"
                    and inner.lower_ not in topic_preps
                ):
                    for party in prep_objects(inner):
                        out += [p for p in participants(party, index, context) if p.code]
    return out


def meeting_partners(noun: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """The coded parties of the "with" phrase of a meeting noun ("the talks with Togo": Togo)
    or of an agreement (:data:`AGREEMENT_SETS`: "pulled out of the treaty with Russia"), which
    an act on the meeting is aimed at: PETRARCH2 codes the target there whatever the verb
    ("- * TALKS WITH + [125] # REJECT", "- * RESUMPTION OF TALKS WITH + [125] # DENY", "- *
    START OF TALKS WITH + [051] # WELCOME", CAMEO.verbpatterns.150430.txt:5751, :5637, :6844)."""
    if noun.pos_ != "NOUN":
        return []
    found = noun_sense(noun)
    agreement = bool(noun_forms(noun) & set_words(lexicon(), AGREEMENT_SETS))
    if not agreement and (found is None or found[0].type != "CONSULT"):
        return []
    return [
        p
        for pobj in objects_of(noun, ("with",))
        for p in participants(pobj, index, context)
        if p.code
    ]


def matter_partners(matter: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """The parties of the "with" phrase the parser hung on the matter a verb of talking
    discusses ("discussed trade with Kenyan officials"): "discuss" takes the matter as its
    object and the party it is discussed with in "with" (``topical`` in events.yaml, CAMEO's
    DISCUSS patterns naming the matter as object), and a "with" phrase after the object is
    that party wherever the parse puts it, as :func:`everyday._two_sides` already reads it.
    Only parties with a code: "discussed the problems with the plan" names no one."""
    return [
        p
        for pobj in objects_of(matter, ("with",))
        for p in participants(pobj, index, context)
        if p.code
    ]


def acquired_from(verb: Token) -> list[Token] | None:
    """The "from" phrases that name the seller of a verb of acquiring (``acquiring`` in
    events.yaml: "bought wheat from Romania", "imported gas from Qatar"), which PETRARCH2 writes
    as the target ("- * FROM + [061] # IMPORT"). The phrase may hang on the verb, on its object
    or on the thing a measure object counts ("bought 50,000 tonnes of rice from Myanmar": the
    parser hangs "from" on "rice"); its own children are read as the verb's. A noun's "from"
    may name its owner instead ("a $1 million ad buy from the PAC": the PAC buys), and a word
    with a determiner is a noun whatever its tag. None for a word that is no verb of
    acquiring; else the phrases hung below the verb (its own are among its children)."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in lexicon().acquiring
        or any(c.dep_ == "det" for c in verb.children)
    ):
        return None
    holders: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        holders.append(obj)
        holders += [
            pobj
            for of in obj.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for pobj in of.children
            if pobj.dep_ == "pobj"
        ]
    return [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]


def particle_preps(verb: Token, event_type: str) -> list[Token]:
    """The "from" of a withdrawal that the parser hangs on the verb's adverb ("pulled back
    from the boundary with Kosovo", "moved away from the border": "from" on "back", "away").
    The adverb is part of the phrasal verb (PETRARCH2 writes it so: "- * AWAY FROM [0874] #
    BACK", CAMEO.verbpatterns.150430.txt:4076), and the place or party left is the verb's, as
    when "from" hangs on the verb itself."""
    if event_type != "RETREAT" or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        prep
        for adverb in verb.children
        if adverb.dep_ in ("advmod", "prt") and adverb.i > verb.i
        for prep in adverb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
    ]


def out_of(token: Token) -> Token | None:
    """The "of" of a complex preposition "out of" ("pulled its troops out of Lebanon",
    "forced the agency out of the country"), which names the place or party left, as "from"
    does (PETRARCH2: "- * &MILITARY OUT OF + [0874] # PULL", CAMEO.verbpatterns.150430.txt:8634;
    "- $ FORCES * OUT OF + [0874] # HEAD", :3256); the parser hangs "of" on "out"."""
    if token.lower_ != "out" or token.dep_ not in ("prep", "prt", "advmod"):
        return None
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)


def projected_at(
    verb: Token,
    obj: Token | None,
    pattern_words: list[Token],
    index: ActorIndex,
    context: str | None,
) -> list[Participant]:
    """ "Fired rockets at the village", "threw stones at the police": when the object of a verb
    of aimed projection is a word of the pattern that coded it, the object is what is
    projected and "at" names the target. PETRARCH2 writes it so: "- * &WEAPON AT + [194] #
    FIRE" (CAMEO.verbpatterns.150430.txt:2669), "- * ROCKETS AT + [194] # FIRE" (:2741), "- *
    ROCKS_AND_FIRECRACKERS AT + [180] # THROW" (:11167), "- * &WEAPON AT + [183] # HURL"
    (:11180). An object the pattern did not name is the one acted on ("shot two men at the
    club"), and "at" then says where."""
    if obj is None or obj not in pattern_words or verb.lemma_.lower() not in lexicon().aimed_verbs:
        return []
    return parties_or_owners(objects_of(verb, ("at",)), index, context)


def object_phrase_parties(
    obj: Token, event_type: str, index: ActorIndex, context: str | None
) -> list[Participant]:
    """The coded parties the phrase of the verb's object names: the one a measure was on
    (:data:`MEASURE_PREPS`, "its ban on Bolivian imports"), or for a threat whom the act
    threatened is aimed at (:func:`act_targets`, "its attacks on Ghana's record")."""
    found = prep_participants(obj, event_type, index, context, measure=True)
    if event_type == "THREATEN":
        found += act_targets(obj, index, context)
    return unique([p for p in found if p.code])


def act_targets(noun: Token, index: ActorIndex, context: str | None) -> list[Participant]:
    """Whom an act named by ``noun`` is aimed at: the parties of its "on" or "against" phrase,
    or the owners of the thing there ("a strike on American bases": the United States)."""
    if noun.pos_ != "NOUN":
        return []
    return unique(parties_or_owners(objects_of(noun, TARGET_PREPS), index, context))


#: Prepositions that name what an investigation looks into: "opened an investigation into",
#: "an inquiry on" (PETRARCH2 "- * &INVESTIGATION INTO [090] # OPEN", "- * &INVESTIGATION ON
#: + [090] # OPEN", CAMEO.verbpatterns.150430.txt:7660, :7663), on the investigation noun; on
#: the verb only "into" ("probed into", "- * INTO [090] # PROBE", :6526): "check in on" or "spy
#: on" are no look into a matter.
MATTER_PREPS = frozenset({"into", "on"})
VERB_MATTER_PREPS = frozenset({"into"})
#: Prepositions of the matter's own phrase that name whose act or place it is: "the murder of
#: two traders", "war crimes in Ukraine" (PETRARCH2 "- * MURDER OF + [090] # PROBE", :6522;
#: "- * FOR &INVESTIGATION IN + [1014] # PUSH", :1209).
MATTER_PARTY_PREPS = frozenset({"of", "in"})


def investigated(
    verb: Token, obj: Token | None, words: list[Token], index: ActorIndex, context: str | None
) -> list[Participant]:
    """Whom an investigation that ``verb`` opens is aimed at: the matter of the "into" or "on"
    phrase of the pattern's own investigation noun (``obj`` among the trigger's ``words``), or
    of the verb's "into" ("launched a probe into the company's contracts"), names the party
    investigated as the party itself, its owner ("Russia's hacking": Russia) or a coded party
    of its own "of" or "in" phrase ("war crimes in Ukraine": Ukraine). PETRARCH2 codes the
    target there (the patterns of :data:`MATTER_PREPS` and :data:`MATTER_PARTY_PREPS`) and
    only a coded party is one: the matter itself ("contracts", "war crimes") and a thing it
    names ("the collapse of the national power grid") are none. An object that is the matter
    itself ("investigating the attack on the compound") is left to the object's own rules."""
    heads = [(verb, VERB_MATTER_PREPS)]
    if obj is not None and obj in words:
        heads.insert(0, (obj, MATTER_PREPS))
    out: list[Participant] = []
    for head, preps in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for matter in prep_objects(prep):
                if matter is None:
                    continue
                found = participants(matter, index, context) or owners(matter, index, context)
                found = [p for p in found if p.code]  # "the collapse of the grid": no party
                for inner in matter.children:
                    if found or inner.dep_ != "prep" or inner.lower_ not in MATTER_PARTY_PREPS:
                        continue
                    for party in prep_objects(inner):
                        if party is not None:
                            found = [p for p in participants(party, index, context) if p.code]
                out += found
    return unique(out)


def truce(noun: Token) -> bool:
    """Is this noun one of CAMEO's words for a truce (:data:`TRUCE_SETS`)? Its "with" phrase,
    on the noun or hung by the parser on the verb after it, names the other side."""
    return bool(noun_forms(noun) & set_words(lexicon(), TRUCE_SETS))


def fights_with(token: Token, event_type: str) -> bool:
    """Does the "with" phrase of this combat verb or noun name the other side? Only for the
    verbs and nouns of mutual combat, and not when an "against" phrase names that
    side, for then "with" names an ally."""
    return (
        event_type == "ASSAULT"
        and token.lemma_.lower() in COMBAT_WITH
        and not any(c.dep_ == "prep" and c.lower_ in AGAINST_PREPS for c in token.children)
    )


#: Types whose act takes a thing from a giver: "accepted a loan from Britain", "welcomed an
#: offer from Cairo" name the giver as the other party (CAMEO's patterns "- * LOAN FROM +
#: [071] # ACCEPT", "- * WELCOMED OFFER FROM + [050]", "- * OVERTURES FROM + [051] #
#: WELCOME", "- * CALL FROM + [051] # HAIL": "+" is the target).
SOURCE_TYPES = frozenset({"AGREE", "SUPPORT"})


def giver(
    verb: Token, sense: Sense, words: list[Token], index: ActorIndex, context: str | None
) -> list[Participant]:
    """The party a verb with a direct object takes it from: the object of its own "from"
    phrase ("accepted a loan from Britain", "won support from Congress"). In "V NP from NP" the
    "from" phrase names the source of what the object names (a grammar fact of verbs of
    transfer); for an acceptance that source is the other party, and for a receiving verb
    (a pattern CAMEO codes with its parties reversed: "received an invitation", "won support")
    it is the one who gives, so it becomes the actor when the parties are turned round.
    When the object is the act itself (the pattern's own word: "earned backing from his
    colleagues") and the parties are not turned round, the "from" party does that act, so
    it is no other party of the verb's subject: nothing is returned."""
    if not (sense.reverse or sense.type in SOURCE_TYPES):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or (not sense.reverse and any(w.i == obj.i for w in words)):
        return []
    return unique(
        [p for pobj in objects_of(verb, ("from",)) for p in participants(pobj, index, context)]
    )


#: Verbs whose CAMEO synonym blocks are the verbs of transfer: "--- GRANT [060] ---" (give,
#: provide, supply, donate, lend: CAMEO.2.0.txt:6167), "--- SEND [---] ---" (send, ship,
#: deploy, transfer, transport: :3456), "--- BRING [---] ---" (bring, deliver: :1044) and
#: "--- SELL [---] ---" (:3444). Their patterns match the thing moved as the object word,
#: literally ("- * &WEAPON [072] # SEND", "- * TANK [031] # SUPPLY", "- * ENVOY [042:043] #
#: SEND"), and a pattern's literal words are never its target, which the pattern writes "+"
#: ("- * AID TO +": the one who receives).
TRANSFER_VERBS = ("give", "send", "deliver", "sell")


def given_object(verb: Token, obj: Token | None, words: list[Token]) -> bool:
    """Is the verb's direct object the thing a verb of transfer moves ("will send Leopard
    battle tanks", "sent an envoy", "delivered food")? It is when the pattern names it: the
    thing sent, given or sold is the theme of the verb, never the one who receives it
    (English puts the receiver in a "to" phrase or before the object: "sent tanks to Kyiv",
    "gave Kyiv tanks"), even when its noun can also stand for people who act ("tanks rolled
    in")."""
    if obj is None or not any(w.i == obj.i for w in words):
        return False
    return any(in_block(verb.lemma_.lower(), head) for head in TRANSFER_VERBS)


def dative_goal(verb: Token, prep_parts: list[Participant]) -> bool:
    """Does a "to" phrase on the verb name the party that receives ("sent troops to Ivory
    Coast", "handed over two suspects to Britain")? Then, by the dative construction of English
    (V NP to NP), the direct object is what is given, sent or returned, not the recipient."""
    goals = {
        (p.mention.span if p.mention is not None else None)
        for p in prep_parts
        if p.code is not None
    }
    for prep in verb.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        for pobj in prep_objects(prep):
            if any(span is not None and span[0] <= pobj.idx < span[1] for span in goals):
                return True
    return False


#: Tags of a participle that can open a reduced relative clause ("officers holed up in ...");
#: the tagger often reads a past participle there as a past tense (VBD).
PARTICIPLES = frozenset({"VBN", "VBG", "VBD"})


def objects_of(token: Token, preps: Collection[str]) -> list[Token]:
    """The objects of ``token``'s prepositional phrases headed by one of ``preps``, in order,
    each read by :func:`prep_objects` (so an object the parser missed counts): "the talks
    *with* Togo", "fired *at* the village", "refused *despite* pressure"."""
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep_objects(prep)
    ]


def parties_or_owners(
    objects: Iterable[Token], index: ActorIndex, context: str | None
) -> list[Participant]:
    """The parties each object names, or, where it names none, the owners of the thing it
    is ("a strike on American bases": the United States): whom an act aimed at the objects
    is aimed at."""
    out: list[Participant] = []
    for obj in objects:
        out += participants(obj, index, context) or owners(obj, index, context)
    return out


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; when the parse gave it none, the noun phrase right after
    it that the parser made the subject of a participle ("asylum to five officers holed up in a
    residence": a reduced relative read as a clause). A preposition always has an object, and
    a clause cannot begin right after one of the prepositions that name a party."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects or prep.i + 1 >= len(prep.doc):
        return objects
    if prep.lower_ in ABSOLUTE_PREPS and any(c.dep_ == "pcomp" for c in prep.children):
        # "disagree on the plan, with top aides playing down the rift": an absolute clause
        # of circumstance, whose subject is no object of the preposition
        return []
    for tok in prep.doc[prep.i + 1 : prep.i + 1 + lexicon().threshold("longest_object")]:
        clause = tok.head
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.left_edge.i == prep.i + 1
            and clause.i > tok.i
            and clause.tag_ in PARTICIPLES
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        ):
            return [tok]
    return []


#: Prepositions that open an absolute clause ("with top aides playing down the rift", "with
#: the talks stalled"): "with" + noun phrase + participle is a clause of circumstance, not a
#: party of the act (a grammar fact of English absolute constructions).
ABSOLUTE_PREPS = frozenset({"with"})


def listed_between(head: Token) -> list[Token]:
    """The names a comma lists after a single name as the object of "between" ("peace
    between Clinton, Sanders"): "between" relates two or more (a grammar fact), so a lone
    name cannot be all of its object, and a headline's comma stands for "and"; the parser
    reads the second name as an appositive of the first. A common noun beside the name
    ("between Clinton, the front-runner, and Sanders") is a true apposition."""
    if head.dep_ != "pobj" or head.head.lower_ != "between" or head.conjuncts:
        return []
    if head.tag_ != "NNP":
        return []
    return [c for c in head.children if c.dep_ == "appos" and c.tag_ == "NNP"]


def listed_names(head: Token) -> list[Token]:
    """The names a list gives after the first one ("Colombia, Brazil and Mexico declined"),
    where the parser read the second name as an appositive of the first and hung the rest on
    it as its conjuncts. An apposition renames its noun; a coordination of names ("Brazil and
    Mexico") names two or more, so it cannot rename the one name before it (a grammar fact):
    the comma lists. A name with a single appositive name ("Ankara, Turkey") keeps it. The
    list goes on right after the name's comma; an appositive the parser hung on a name from
    farther off ("Trump on Friday endorsed ... Ryan, Sen. John McCain and ...") is no part
    of its list."""
    if head.tag_ != "NNP" or head.conjuncts:
        return []
    out: list[Token] = []
    for c in head.children:
        start = c.left_edge.i
        if start < 2 or head.doc[start - 1].text != "," or head.doc[start - 2].i != head.i:
            continue
        if c.dep_ == "appos" and c.tag_ == "NNP" and c.i > head.i:
            listed = [t for t in c.conjuncts if t.i > c.i]
            if listed and any(t.dep_ == "cc" for t in c.children):
                out += [c, *listed]
    return out


def coordinated_country(head: Token, index: ActorIndex) -> Span | None:
    """The name of one country that is a coordination of two names ("Bosnia and Herzegovina",
    "Trinidad and Tobago", "Antigua and Barbuda"), where the parser read the names as two
    conjuncts: the whole phrase is the country table's name of a single state, so it is one
    participant, not two (a name names its bearer as a whole). None for any other phrase."""
    later = [t for t in head.conjuncts if t.i > head.i]
    if head.pos_ != "PROPN" or len(later) != 1 or later[0].pos_ != "PROPN":
        return None
    first = name_span(head).start
    span = head.doc[first : later[0].i + 1]
    if any(t.dep_ == "cc" and t.lower_ != "and" for t in span) or "," in span.text:
        return None
    place = index.place(span.text, "GPE")
    if place is None or place.how != "country":
        return None
    return span


def participants(head: Token | None, index: ActorIndex, context: str | None) -> list[Participant]:
    """The entities a noun phrase names, conjuncts included ("Hungarian and Romanian officials")."""
    if head is None:
        return []
    if head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass"):
        # "The Red Cross operating in Iraq said": the parser made the participle the
        # subject and the name its subject; the name is who acts
        named = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
        if named:
            head = named[0]
    if head.lemma_.lower() in QUANTITY_HEADS or head.pos_ == "NUM":
        members = of_objects(head)
        if members:
            head = members[0]
        elif counts_people(head, lexicon()):
            return [counted_people(head)]
        elif head.lower_ in default_roles().crowd_counts:
            # "Thousands in Caracas marched": a crowd the actor layer places in a state
            crowd = crowd_in_place(head, index, context)
            if crowd is not None:
                return [crowd]
    whole = coordinated_country(head, index)
    listed = listed_between(head) or listed_names(head)
    heads = [head] + [t for t in head.conjuncts if t.i > head.i] + listed
    if whole is not None:
        heads = [head]
    out: list[Participant] = []
    for h in heads:
        who = named_by_who(h)
        if who and h.dep_ == "appos" and h.tag_ == "NN" and is_entity(h.head):
            # "Robert Smith, a donor who backs Jones": the name beside the noun (an appositive
            # agrees in number with it, so a plural beside a name is no apposition)
            h = h.head
        elif who:
            h = predicated(h)  # "Smith is a donor who backs Jones": Smith
        if act_of_force(h):
            # "the Moscow bombing killed twelve", "Israeli air strikes hit the port": an act is
            # no party; its doers are who it belongs to, never the place it happened in
            for doer in act_doers(h, index):
                out += participants(doer, index, context)
            continue
        if h.lower_ in NOT_PARTICIPANTS or names_a_role(h):
            continue
        if names_language(h):
            continue
        if not (who or can_participate(h, index)):
            continue
        if thing_at_a_site(h, index):
            continue  # "criticized the Paris agreement", "a Rochester rally": where, not who
        if any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in h.children):
            continue  # "any settlement must respect ...": no one in particular
        demonyms = demonym_conjuncts(h, index) or coordinated_origins(h, index)
        if len(demonyms) > 1:
            out += demonyms
            continue
        span = whole if whole is not None else name_span(h)
        party = index.link(span, role="participant", speaker_of_context=context)
        if party is not None and party.actor is None and h.lower_ in lexicon().speaking_thing:
            # "it" and "its" stand for a thing or a single body, never a person (a grammar
            # fact): one the coreference finds no body for is a thing ("accepted it",
            # "supporting its expansion"), no party
            continue
        if party is not None:
            part = index.participant(party)
        else:
            # A group the actor room does not keep ("the radical Palestinian Islamic Jihad
            # movement"): still a participant, coded from its words if they name a country.
            mention = Mention(span.text, (span.start_char, span.end_char), "description")
            part = Participant(span.text, None, None, None, mention)
        if part.code is None:
            # a state or a party word that modifies an act ("the Democratic debate") is whose
            # event it is, not one who acts: a party only as the head of its own phrase
            within = h.dep_ not in ("amod", "compound", "nmod")
            part.code = index.code_of(span.text, label_of(h), names=False, within=within)
            part.code = part.code or origin(h, index)
            if part.code is None:
                part.code = head_code(h, index, within=within)
        if part.code is None and h.lemma_.lower() in lexicon().homeland:
            part.code = possessor_country(h, index, context)
        if part.code is not None or party is not None:
            out.append(part)
    return out


def head_code(head: Token, index: ActorIndex, *, within: bool) -> str | None:
    """The code the head's own name gives, whatever the words before it: "some Republicans",
    "House Republicans" (a party's members), "sparsely populated South Dakota" (a US
    state), "a Mexican", "the first American" (a demonym names a person of that nation). A
    country's or capital's name ending a longer name names no country ("Silicon Valley",
    "Central America"), and the head alone is read only when the whole phrase gave nothing."""
    label = label_of(head)
    name = proper_name(head, index)
    place = index.place(name, label)
    if place is not None:
        return place.iso3 if place.how == "demonym" else None
    code = index.code_of(name, label, names=False, within=within)
    if code is None and name != head.text and index.place(head.text, label) is None:
        # "House Republicans", "Log Cabin Republicans": the party word itself
        code = index.code_of(head.text, label, names=False, within=within)
    return code


def proper_name(head: Token, index: ActorIndex) -> str:
    """The head with the proper nouns compounded right before it: "South Dakota" of
    "sparsely populated South Dakota", "Central America" of "migrants from Central America",
    "Kenya" of "western Kenya"."""
    first = head
    while (
        first.i > 0
        and (left := head.doc[first.i - 1]).dep_ == "compound"
        and (left.pos_ == "PROPN" and left.head == head)
    ):
        first = left
    return index.text[first.idx : head.idx + len(head.text)]


def crowd_in_place(head: Token, index: ActorIndex, context: str | None) -> Participant | None:
    """The people a plural numeral noun counts with its "in" phrase ("thousands in Caracas"),
    when the actor layer places them in a state (:mod:`communique.actors.quantified`)."""
    places = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"]
    if not places:
        return None
    doc = head.doc
    span = doc[head.i : places[0].right_edge.i + 1]
    party = index.link(span, role="participant", speaker_of_context=context)
    if party is None or party.actor is None:
        return None
    part = index.participant(party)
    return part if part.code is not None else None


def counted_people(head: Token) -> Participant:
    """The people a bare number counts: a party with no actor and no code of its own (the
    place the act was done in may give one, as it does to locals who protest)."""
    span = head.doc[head.left_edge.i : head.i + 1]  # "at least 80", "more than 260"
    mention = Mention(span.text, (span.start_char, span.end_char), "description")
    return Participant(span.text, None, None, None, mention)


#: Prepositions after which a bare singular noun names a role: "endorsed her for president",
#: "served as chairman".
ROLE_PREPS = frozenset({"for", "as"})


def names_a_role(head: Token) -> bool:
    """Is ``head`` a singular common noun with no determiner after "for" or "as" ("endorsed
    Smith for president")? An English singular count noun that names someone takes a
    determiner or possessor; bare after these prepositions it names the office or role, not
    a party (a grammar fact)."""
    return (
        head.tag_ == "NN"
        and head.dep_ == "pobj"
        and head.head.lower_ in ROLE_PREPS
        and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    )


def name_span(head: Token) -> Span:
    """The words naming a participant: the noun phrase, keeping "of" inside a proper
    name ("the Democratic People's Republic of Korea", "Liberation Tigers of Tamil Eelam")."""
    span = grammar.noun_phrase(head)
    if head.pos_ != "PROPN":
        return span
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objects:
                return head.doc[span.start : objects[0].i + 1]
    return span


def named_code(token: Token, index: ActorIndex, *, within: bool = True) -> str | None:
    """The code a modifier names: a demonym or country ("Russian"), or a known body
    ("al-Qaeda", whose words the tokenizer splits, so the whole modifier is tried); with
    ``within``, also a US state or a party ("Iowa farmers", "Republican senators")."""
    texts = [token.text, index.text[token.left_edge.idx : token.idx + len(token.text)]]
    names = token.pos_ in ("PROPN", "NOUN", "ADJ")
    for text in texts:
        code = index.code_of(text, label_of(token), names=names, within=within)
        if code is not None:
            return code
    for inner in token.lefts:
        # "the Palestinian Islamic Jihad movement": the demonym inside the modifier's name
        if inner.dep_ in ("compound", "amod", "nmod"):
            place = index.place(inner.text, label_of(inner))
            if place is not None and place.how in ("demonym", "country"):
                return place.iso3
    return None


def origin(head: Token, index: ActorIndex, depth: int = 0) -> str | None:
    """The country of "opposition groups in Zimbabwe", "Palestinians of the West Bank",
    "the Taliban religious faction", "doctors from two American aid groups"."""
    for child in head.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss"):
            code = named_code(child, index)
            if code is not None:
                return code
    for child in head.children:
        if child.dep_ == "acl" and depth < 1:
            # "a newspaper based in Beirut", "guerrillas operating in Macedonia"
            found = origin(child, index, depth + 1)
            if found is not None:
                return found
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                name = index.text[pobj.left_edge.idx : pobj.idx + len(pobj.text)]
                # the whole phrase, then its proper name without the adjectives before it
                # ("western Kenya"); never the last word of a longer name alone
                # ("America" of "Central America")
                for candidate in (name, name.removeprefix("the "), proper_name(pobj, index)):
                    code = None
                    if child.lower_ == "in":
                        # "police in Brussels": where they are, a city in Belgium, though
                        # the city alone stands for the European Union
                        seat = index.dictionary.seat(candidate, label_of(pobj))
                        code = seat.iso3 if seat is not None else None
                    code = code or index.code_of(
                        candidate, label_of(pobj)
                    )  # "supporters of Ahmed Ben Bella"
                    if code is not None:
                        return code
                if depth < 1:
                    found = origin(pobj, index, depth + 1)
                    if found is not None:
                        return found
    return None


def unnamed_kin(part: Participant, doc: Doc) -> bool:
    """Is ``part`` only a kin noun ("her son", "the parents", ``kin`` in physical.yaml) that
    the article links to no one? It is a party of an act beside others ("police arrested her
    son"), but a person told of only by their family tie is a private person: an act of theirs
    alone ("their father will respect them") is no record between political parties. The
    mention's last word is read by its forms (:func:`noun_forms`), as :func:`can_participate`
    reads it, so that "their fathers" is the kin noun "father" the list holds."""
    if part.actor_id is not None or part.mention is None:
        return False
    span = doc.char_span(*part.mention.span, alignment_mode="expand")
    return span is not None and len(span) > 0 and bool(noun_forms(span[-1]) & word_list("kin"))


def can_participate(token: Token, index: ActorIndex) -> bool:
    """People, groups, organisations and places act; pipelines and decades do not."""
    if token.ent_type_ in FIGURE_LABELS:
        return False
    if token.pos_ in ("PROPN", "PRON"):
        return True
    if token.ent_type_ in NAME_LABELS:
        return True
    if token.lemma_.lower() in GROUP_NOUNS:
        return True
    if noun_forms(token) & word_list("kin"):
        return True  # a person, named by a family tie (see :func:`unnamed_kin`)
    if _held_people(token):
        return True
    if index.actor_for(token) is not None:
        return True  # the actor layer already knows this phrase as an actor
    for child in token.children:
        # "Russian aircraft", "Israeli army bulldozers", "al-Qaeda's network", "U.N. helicopters";
        # a state or a party before a thing says whose event or plan it is, not who acts
        # ("the Democratic debate", "California's plan")
        if child.dep_ in ("amod", "compound", "nmod", "poss") and named_code(
            child, index, within=False
        ):
            return True
    if index.place(token.text, label_of(token)) is not None:
        return True
    return names_role(token, index.role)


def demonym_conjuncts(head: Token, index: ActorIndex) -> list[Participant]:
    """ "Senior Hungarian and Romanian officials": one participant per coordinated demonym.

    Only coordination makes several parties: stacked modifiers qualify one group ("Greek
    Cypriot leaders", "Bosnian Serb forces", "Kosovo Albanian leaders" are each one people,
    named by where they live and who they are), so they stay one participant.
    """
    places: list[tuple[Token, Place]] = []
    bodies: list[tuple[Token, Place]] = []
    for adj in head.children:
        if adj.dep_ not in ("amod", "compound", "nmod") or not adj.conjuncts:
            continue
        for word in [adj, *adj.conjuncts]:
            phrase = index.text[word.left_edge.idx : word.idx + len(word.text)]
            place = index.place(word.text, label_of(word)) or index.place(phrase, label_of(word))
            if place is not None and place.how in ("demonym", "country"):
                places.append((word, place))
                continue
            body = _body_modifier(word, index)
            if body is not None:
                bodies.append((word, body))
    if places and bodies:
        # "Afghan and NATO forces", "Somali and African Union troops": a body of states
        # coordinated with a nationality word shares its head noun as a state does
        places = sorted(places + bodies, key=lambda wp: wp[0].i)
    if len(places) < 2:
        return []
    named = {word.i: place.country_name for word, place in bodies}
    return _per_place(
        head, places, index, lambda word: f"{named.get(word.i, word.text)} {head.text}"
    )


#: Codes of bodies of states (the PLOVER manual's IGO, and its finer UNO and EUR): forces or
#: officials of one are named beside a state's ("Afghan and NATO forces").
NON_STATE_BODIES = frozenset({"IGO", "UNO", "EUR"})


def _body_modifier(word: Token, index: ActorIndex) -> Place | None:
    """The non-state code of a body a modifier names ("NATO", "African Union"), as a place
    record carrying it, or None: only a proper name the dictionaries know by its full name."""
    if word.pos_ != "PROPN":
        return None
    code = named_code(word, index, within=False)
    if code is None or code not in NON_STATE_BODIES:
        return None
    name = index.text[word.left_edge.idx : word.idx + len(word.text)]
    return Place(code, name, None, "organisation")


def coordinated_origins(head: Token, index: ActorIndex) -> list[Participant]:
    """ "The leaders of Egypt and Jordan", "officials from Iran, Iraq and Syria": a group or
    office named once for several coordinated countries is one participant per country, as
    with coordinated demonyms. "North and South Korea": a shared head noun completes each
    coordinated modifier into a country's name."""
    places: list[tuple[Token, Place]] = []
    if head.pos_ == "NOUN":
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for word in [pobj, *pobj.conjuncts]:
                    place = index.place(
                        grammar.noun_phrase(word).text.removeprefix("the "), label_of(word)
                    )
                    place = place or index.place(word.text, label_of(word))
                    if place is not None and place.how == "country":
                        places.append((word, place))
        if len(places) < 2:
            return []
        return _per_place(head, places, index, lambda word: f"{head.text} of {word.text}")
    if head.pos_ == "PROPN":
        for mod in head.children:
            if mod.dep_ not in ("compound", "nmod", "amod") or not mod.conjuncts:
                continue
            for word in [mod, *mod.conjuncts]:
                place = index.place(f"{word.text} {head.text}", label_of(head))
                if place is not None and place.how == "country":
                    places.append((word, place))
        if len(places) < 2:
            return []
        return _per_place(head, places, index, lambda word: f"{word.text} {head.text}")
    return []


def _per_place(
    head: Token, places: list[tuple[Token, Place]], index: ActorIndex, name: Callable[[Token], str]
) -> list[Participant]:
    """One participant per (word, country), with the sector the head noun's role gives."""
    role = None
    if head.pos_ == "NOUN":
        role = index.role([head.lemma_.lower()]) or index.role([head.lower_])
    return [
        Participant(
            name=name(word),
            code=place.iso3,
            sector=role.sector if role else None,
            actor_id=None,
            mention=Mention(word.text, (word.idx, word.idx + len(word.text)), "description"),
        )
        for word, place in places
    ]


#: CAMEO's code for mediation: the mediator acts on the parties "between" whom it mediates.
MEDIATION = "045"

#: Codes of a mediator's acts on the parties it stands between: mediating (045) and halting the
#: mediation (165, "suspended its role as mediator between Hamas and Israel"), whose targets
#: are the same parties (CAMEO2PLOVER-2021.txt 165 "Halt mediation").
MEDIATIONS = frozenset({MEDIATION, "165"})


def mediator_roles(noun: Token) -> list[Token]:
    """The nouns of ``noun``'s "as" phrase ("its role as mediator between X and Y"), where the
    parser hangs the "between" phrase of the mediation."""
    return [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" for o in prep_objects(c)
    ]


def between(
    token: Token, code: str | None, index: ActorIndex, context: str | None
) -> tuple[list[Participant], list[Participant]]:
    """(actors, recipients) named by "between X and Y" on the trigger: the parties of a
    reciprocal act ("the ceasefire between Armenia and Azerbaijan") are its actors, as
    the PLOVER manual codes the parties of a meeting; those of a mediation are the
    mediator's recipients ("mediation between the Emirates and Saudi Arabia").

    The parser hangs the phrase on the verb an act noun is the subject of when that verb
    only says the act came about or began ("fighting erupted between X and Y", "talks took
    place between X and Y", "negotiations began between X and Y"): a verb of occurrence
    (``occurrence_verbs`` of physical.yaml) relates "between" to no act but its subject's, so
    the phrase is the noun's. Another verb's "between" is its own ("the rift grew between
    them", "he chose between the offers")."""
    parts: list[Participant] = []
    holders = [token]
    head = token.head
    if (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "nsubj"
        and head.pos_ in ("VERB", "AUX")
        and verb_forms(head) & word_list("occurrence_verbs")  # "raged": lemma "rag"
        and not any(c.dep_ in ("attr", "acomp") for c in head.children)
    ):
        holders.append(head)
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "prep" and child.lower_ == "between":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    parts += participants(pobj, index, context)
    if code in MEDIATIONS:
        return [], unique(parts)
    return unique(parts), []


def unique_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens in order, each once."""
    seen: set[int] = set()
    out: list[Token] = []
    for token in tokens:
        if token.i not in seen:
            seen.add(token.i)
            out.append(token)
    return out


def others(parts: list[Participant], actors: list[Participant]) -> list[Participant]:
    """The participants of ``parts`` that are not among ``actors`` (by actor id)."""
    own = {p.actor_id for p in actors if p.actor_id}
    return [p for p in parts if not (p.actor_id and p.actor_id in own)]


def unique(parts: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out: list[Participant] = []
    for p in parts:
        key = p.actor_id or f"{p.name}|{p.code}"
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def speaker_context(token: Token, quotes: list[Quote]) -> str | None:
    """The speaker of the innermost quotation around ``token`` ("we" inside it is them)."""
    quote = claiming_quote(token.idx, quotes)
    if quote is None or quote.speaker is None:
        return None
    return quote.speaker.actor


def claiming_quote(char: int, quotes: list[Quote]) -> Quote | None:
    """The innermost quotation around character ``char`` (the first of equal length)."""
    if not isinstance(quotes, Quotations):
        quotes = Quotations(quotes)
    return quotes.around(char)


def contrasted_scope_quote(token: Token, quotes: list[Quote]) -> Quote | None:
    """The report whose cue governs ``token`` through a contrasted clause cut off its content.

    "The poll found [Clinton has support from 52 percent], while Sanders has backing from 33
    percent": the quote finder ends the finding's content before the contrasted clause, which
    has a holder and a cue of its own (:func:`communique.quotes.grammar.before_contrasted_report`),
    but the clause still hangs on a word of what the poll found, inside the clause the cue
    governs. What it tells is the finding's, not the article's (grammar fact: a clause
    subordinated or coordinated inside a complement stays in the reporting verb's scope).
    Only a content that ends right where such a clause begins counts; None otherwise.
    """
    doc = token.doc
    for node in (token, *token.ancestors):
        if node.dep_ not in grammar.SECOND_REPORT_DEPS:
            continue
        quote = claiming_quote(node.head.idx, quotes)
        if quote is None or quote.cue is None:
            continue
        content = doc.char_span(quote.span[0], quote.span[1], alignment_mode="expand")
        if content is None or node.i < content.end:
            continue
        lo = grammar.contrasted_clause_start(node, content.start, node.right_edge.i + 1)
        if lo is None or lo < content.end:
            continue
        if all(t.is_punct or t.is_space for t in doc[content.end : lo]):
            return quote
    return None


def quote_by_id(quotes: list[Quote], quote_id: str | None) -> Quote | None:
    """The first quotation with this id, or None."""
    if isinstance(quotes, Quotations):
        return quotes.by_id(quote_id)
    return next((q for q in quotes if q.id == quote_id), None)


class Quotations(list[Quote]):
    """An article's quotations, with the ones around a character found by bisection: every
    event asks which quotation claims it, and a scan of all of them per event would make the
    cost of a long article grow with the square of its length. The list is not to be changed
    after it is made."""

    def __init__(self, quotes: list[Quote]) -> None:
        super().__init__(quotes)
        self._ranges = Ranges(q.span for q in self)
        self._ids: dict[str, Quote] = {}
        for q in self:
            self._ids.setdefault(q.id, q)

    def around(self, char: int) -> Quote | None:
        """The shortest quotation around ``char``; of equal ones, the first in the list."""
        hits = self._ranges.overlapping(char, char + 1)
        if not hits:
            return None
        return self[min(hits, key=lambda n: (self[n].span[1] - self[n].span[0], n))]

    def by_id(self, quote_id: str | None) -> Quote | None:
        return self._ids.get(quote_id) if quote_id is not None else None


def dateline_place_span(dateline: Dateline, name: str) -> tuple[int, int] | None:
    """Where the dateline names its place ("MUNICH" in "MUNICH, Feb. 18 (Wire) —")."""
    written = dateline.text.lower()
    for candidate in (name, (dateline.place or "").split(",")[0]):
        at = written.find(candidate.lower()) if candidate else -1
        if at >= 0:
            start = dateline.span[0] + at
            return (start, start + len(candidate))
    return None


def possessor_country(land: Token, index: ActorIndex, context: str | None) -> str | None:
    """The country "his country", "its territory" names: its possessor's, when that is one
    state ("Maduro said Colombia had attacked his country": Venezuela)."""
    for poss in (c for c in land.children if c.dep_ == "poss"):
        home = domestic(participants(poss, index, context))
        if home:
            return home[0].code
    return None


def domestic(actors: list[Participant]) -> list[Participant]:
    codes = {p.code for p in actors if p.code}
    if len(codes) != 1:
        return []
    code = codes.pop()
    if len(code) != 3 or code in ("IGO", "NGO", "UNO", "EUR", "IMG", "MNC"):
        return []
    return [Participant(name=code, code=code, sector=None, actor_id=None, mention=None)]


def place_recipient(location: Location) -> list[Participant]:
    """The place an act was directed at, as its recipient ("lifted a curfew in Montenegro")."""
    if location.from_dateline or not location.country:
        return []
    mention = None
    if location.span is not None:
        mention = Mention(location.name, location.span, "country")
    return [Participant(location.name, location.country, None, None, mention)]


def outside_trigger(
    part: Participant, trigger: list[Token], index: ActorIndex, context: str | None
) -> Participant | None:
    """The participant named without the event's own trigger, or None for no participant.

    An event's word is never part of the name of its own doer or recipient (a grammar
    fact): the act is said of the party, not inside its name. A mention that holds the
    trigger comes from the entity recogniser running a title-case headline into one name
    ("Barack Obama's Endorsement Couldn't Come ...", "Trump Addresses Munich Attack"), or
    from a real name that happens to hold the word ("Gov. Nathan Deal", "Edison
    Research"), which then is no event of that party at all. The party is the owner before
    a possessive ("Barack Obama"), the modifiers of a determined phrase ("a Justice
    Department investigation"), or the proper nouns before the first word that is no name
    ("Obama Just Pulled Out"); a name that runs unbroken up to the trigger is no party. Words
    that name no actor of the article keep the country and the sector they name themselves
    ("a Senate investigation": the Senate, a legislature)."""
    mention = part.mention
    if mention is None or not trigger:
        return part
    start, end = mention.span
    first, last = trigger[0], trigger[-1]
    if not (start <= first.idx and last.idx + len(last.text) <= end):
        return part
    doc = first.doc
    if not _named_by(part.name, doc, (start, end), first, last):
        return part  # "the FBI investigation": the actor has a name of its own, trigger-free
    before = [t for t in doc[first.sent.start : first.i] if t.idx >= start]
    after = [t for t in doc[last.i + 1 : last.sent.end] if t.idx + len(t.text) <= end]
    words: list[Token] = []
    if before:
        owned = [t for t in before if t.tag_ == "POS"]
        if owned and owned[0].i > before[0].i:
            owner = doc[owned[0].i - 1]
            words = list(doc[max(owner.left_edge.i, before[0].i) : owner.i + 1])
        elif before[0].pos_ == "DET":
            words = [t for t in before if not t.is_punct]
        else:
            run = _name_run(before)
            words = run if len(run) < len(before) else []
    else:
        words = _name_run(after)
    if not words:
        return None
    span = doc[words[0].i : words[-1].i + 1]
    party = index.link(span, role="participant", speaker_of_context=context)
    if party is not None and party.mention is not None:
        named = party.mention.span
        if not (named[0] <= first.idx and last.idx + len(last.text) <= named[1]):
            return index.participant(party)
    # the words led back to the mention that holds the trigger: the actor the article names
    # elsewhere by them ("Trump" of "Donald Trump"), else the words alone, with no actor
    named_start, named_end = words[0].idx, words[-1].idx + len(words[-1].text)
    words_text = doc.text[named_start:named_end]
    others = [r for r in index.with_word(words[-1].lower_) if r.actor.id != part.actor_id]
    if party is not None and party.actor not in (None, part.actor_id):
        found = index.record(party.actor)
        others = [found] if found is not None else others
    if not others:
        bare = [t for t in words if t.pos_ != "DET"] or words  # "a Justice Department"
        code = index.code_of(" ".join(t.text for t in bare), label_of(span.root))
        # the words' head noun gives the body's kind ("The Senate investigation": the
        # Senate, a legislature); a role word that only modifies the head says nothing of
        # it (English compounds are right-headed: "a Justice Department" is no judge)
        lowered = [t.lower_ for t in bare]
        role = index.role(lowered)
        sector = role.sector if role is not None and role.end == len(lowered) else None
        plain = Mention(words_text, (named_start, named_end), "description")
        return Participant(name=words_text, code=code, sector=sector, actor_id=None, mention=plain)
    rec = max(others, key=lambda r: len(r.actor.mentions))
    kind = "name" if len(words) > 1 else "surname"
    return index.participant(index.party(rec, index.mention(rec, named_start, named_end, kind)))


def _named_by(name: str, doc: Doc, span: tuple[int, int], first: Token, last: Token) -> bool:
    """Whether an actor's ``name`` was read from the mention ``span`` holding the trigger:
    the name spans the trigger there ("Barack Obama's Endorsement"), or holds the mention's
    words up to the trigger ("Republican Tax Plans Would All Cost ...")."""
    name = name.lower()
    start, end = span
    stop = last.idx + len(last.text)
    at = doc.text[start:end].lower().find(name)
    if at >= 0 and start + at <= first.idx and stop <= start + at + len(name):
        return True
    lead = [t for t in doc[first.sent.start : last.i + 1] if t.idx >= start and t.pos_ != "DET"]
    return bool(lead) and doc.text[lead[0].idx : stop].lower() in name


def _name_run(tokens: list[Token]) -> list[Token]:
    """The proper nouns a list of words begins with, up to the first other word; a
    capitalised function word ("May", "Will" in a headline) ends the run."""
    run: list[Token] = []
    for t in tokens:
        if t.pos_ != "PROPN" or t.is_stop:
            break
        run.append(t)
    return run
