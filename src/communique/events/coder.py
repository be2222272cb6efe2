"""Coding political events in PLOVER from a parsed article.

For every sentence, words from the lexicon that name an act in the parse
become events: verbs ("urged", "met", "pull back") and event nouns where they
name an act ("launched an airstrike", "there was an attack"), never where
they are a topic ("talks on the war"). Participants come from the grammar
(subject, object, "with ..."), are resolved through the article's actor
index, and keep compound actors in one list as PLOVER asks. Each event gets
its modality (:mod:`communique.events.modality`), the quotation that claims it,
a date and a place, and its scores for CAMEO-era pipelines.

Two derived events follow PLOVER's conventions: a demanded act ("urged Serbia
to pull back its forces") is coded with modality ``requested`` and linked to
its REQUEST; an announced or promised cooperative act ("will meet next week")
also yields the AGREE that PLOVER codes for it (a threatened conflictual act,
a THREATEN).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.actors import ActorIndex
from communique.events import modality as modality_mod
from communique.events.lexicon import Sense, lexicon, noun_sense, verb_sense
from communique.events.ontology import cameo_root, intensity, is_mode, quad_class
from communique.quotes import grammar
from communique.schema import (
    Actor,
    Cue,
    Dateline,
    Event,
    Location,
    Mention,
    Participant,
    Party,
    Quote,
)
from communique.time_place import find_location, resolve_date

#: Prepositions that introduce the recipient of each type ("talks with", "attack on").
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with",),
    "AGREE": ("with", "to"),
    "COOPERATE": ("with", "to"),
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to"),
    "CONCEDE": ("to",),
    "RETREAT": ("from",),
    "REQUEST": ("to", "on", "from"),
    "ACCUSE": ("against", "of"),
    "REJECT": ("to",),
    "THREATEN": ("against", "with"),
    "PROTEST": ("against", "outside"),
    "SANCTION": ("on", "against", "with"),
    "MOBILIZE": ("against", "near", "to"),
    "COERCE": ("on", "against", "into"),
    "ASSAULT": ("on", "against", "into"),
}
#: Acts whose recipient, when no one is named, is the place they were done in:
#: "imposed a curfew in Cizre", "lifted a curfew in Montenegro", "blocked roads in Algiers".
PLACE_RECIPIENT = frozenset(
    {"CONCEDE", "COERCE", "PROTEST", "SANCTION", "AID", "MOBILIZE", "RETREAT", "REJECT", "ASSAULT",
     "REQUEST", "AGREE", "THREATEN"}
)  # fmt: skip
#: Acts that, with no one else named, are aimed at the actor's own country (CAMEO's domestic
#: events): a strike by Egyptian demonstrators, a curfew imposed by Turkish authorities.
DOMESTIC = frozenset({"PROTEST", "COERCE", "CONCEDE", "REJECT", "RETREAT"})
#: Cooperative acts whose announcement PLOVER codes as AGREE; conflictual ones as THREATEN.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
#: Where a noun names an act rather than a topic.
NOUN_EVENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "ROOT", "conj", "appos"})
#: Meeting verbs that need a guest: "received a delegation", not "received attention".
GUEST_VERBS = frozenset({"receive", "host"})
#: Acts whose direct object is the actor's own force or people, never the recipient.
OWN_FORCES = frozenset({"MOBILIZE", "RETREAT"})
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
PARTICIPANT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
NOT_PARTICIPANTS = frozenset(
    {"this", "that", "there", "which", "what", "who", "one", "anyone", "anybody", "someone",
     "somebody", "everyone", "everybody", "nobody", "nothing", "everything", "something", "all"}
)  # fmt: skip


@dataclass(slots=True)
class _Draft:
    sense: Sense
    trigger: list[Token]
    actors: list[Participant]
    recipients: list[Participant]
    reason: str
    requested_by: _Draft | None = None
    intended: bool = False
    #: the other parties of a meeting (actors too, but the recipients of a promise to meet)
    partners: list[Participant] = field(default_factory=list)


def code_events(
    doc: Doc,
    index: ActorIndex,
    quotes: list[Quote],
    *,
    published: str | None = None,
    dateline: Dateline | None = None,
) -> list[Event]:
    """Every PLOVER event in ``doc``, in text order, with its evidence.

    Never raises on odd text: a sentence that cannot be coded gives no events.
    """
    actors = {a.id: a for a in index.actors}
    drafts: list[_Draft] = []
    seen: set[int] = set()
    for token in doc:
        if token.i in seen or token.is_space or token.is_punct:
            continue
        draft = (
            _from_token(token, index, actors, quotes)
            or _obligation(token, index, actors, quotes)
            or _commitment(token, index, actors, quotes)
        )
        if draft is None:
            continue
        seen.update(t.i for t in draft.trigger)
        drafts.append(draft)
    _link_complements(drafts)
    drafts.sort(key=lambda d: d.trigger[0].i)
    return _finalise(doc, drafts, quotes, published, dateline)


# -- finding triggers ----------------------------------------------------------


def _from_token(
    token: Token, index: ActorIndex, actors: dict[str, Actor], quotes: list[Quote]
) -> _Draft | None:
    if token.pos_ in ("VERB", "AUX"):
        if token.dep_ in ("amod", "compound", "nmod"):
            return None  # "the negotiating table": an adjective, not an act
        found = verb_sense(token)
        if found is None or not _verb_names_an_act(token, found[0]):
            return None
        sense, words = found
        return _verb_event(token, sense, words, index, actors, quotes)
    if token.pos_ in ("NOUN", "PROPN"):
        found = noun_sense(token)
        if found is None:
            return None
        sense, words = found
        if not _names_an_act(token):
            return None
        return _noun_event(token, sense, words, index, actors, quotes)
    return None


def _verb_names_an_act(verb: Token, sense: Sense) -> bool:
    """Verbs with an everyday sense are coded only in their political frame.

    "the build-up threatens everything" is not a threat by anyone; "threatened
    to cut ties", "warned of reprisals", "threatened Kyiv" are. "was met with a
    united response" is not a meeting.
    """
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    if sense.type == "THREATEN":
        if deps & {"xcomp", "ccomp", "prep"}:
            return True
        return any(c.dep_ == "dobj" and _is_entity(c) for c in verb.children)
    if lemma in GUEST_VERBS:
        # "received a delegation" is a meeting; "will receive little attention" is not.
        return any(c.dep_ == "dobj" and _is_entity_or_group(c) for c in verb.children)
    if sense.type == "AGREE" and _commits_to_conflict(verb):
        return False  # "pledged to ban Muslims": the announcement is a THREATEN, coded from "ban"
    return not (lemma == "meet" and "auxpass" in deps)


def _is_entity(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in PARTICIPANT_ENTS


def _is_entity_or_group(token: Token) -> bool:
    return _is_entity(token) or token.lemma_.lower() in GROUP_NOUNS | QUANTITY_HEADS


def _commits_to_conflict(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "xcomp":
            found = verb_sense(child)
            if found is not None and found[0].type in MATERIAL_CONFLICT:
                return True
    return False


#: Nouns that carry an event noun before them: "a mediation effort", "a peace mission".
CARRIER_NOUNS = frozenset({"effort", "mission", "bid", "attempt", "campaign", "operation", "drive"})
#: Verbs of travel after which "for talks" names the talks: "returned to Geneva for talks".
MOTION_VERBS = frozenset({"return", "travel", "go", "come", "arrive", "fly", "head", "converge"})
#: Verbs after which "in X" names an act the subject takes part in: "engaged in ethnic cleansing".
ENGAGE_VERBS = frozenset({"engage", "participate", "involve", "join", "take", "persist"})


def _is_support(verb: Token, *, performed: bool = False) -> bool:
    """A verb that makes its object noun an act, tolerant of lemmatizer slips ("staged" →
    "stag"). With ``performed``, only verbs whose subject is the act's actor."""
    lex = lexicon()
    lower = verb.lower_
    forms = {verb.lemma_.lower(), lower, lower[:-1], lower[:-2], lower[:-3]}
    if not forms.isdisjoint(lex.support):
        return True
    return not performed and not forms.isdisjoint(lex.about)


def _names_an_act(noun: Token) -> bool:
    """A noun is an event where it is an act, not a topic: "launched an attack",
    "the attack killed", "there was an attack", "any sabotage would be met"."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in CARRIER_NOUNS:
        return _names_an_act(head)
    if noun.dep_ == "pobj" and head.lower_ in ("for", "during", "in"):
        verb = head.head
        lemma = verb.lemma_.lower()
        return verb.pos_ in ("VERB", "AUX", "ADJ") and (
            lemma in MOTION_VERBS
            or head.lower_ == "during"
            or (head.lower_ == "in" and lemma in ENGAGE_VERBS)
        )
    if noun.dep_ not in NOUN_EVENT_DEPS:
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return _is_support(head)
    if noun.dep_ == "conj":
        return _names_an_act(head) if head.pos_ in ("NOUN", "PROPN") else False
    return noun.dep_ != "appos"


def _verb_event(
    verb: Token,
    sense: Sense,
    words: list[Token],
    index: ActorIndex,
    actors: dict[str, Actor],
    quotes: list[Quote],
) -> _Draft | None:
    context = _speaker_context(verb, quotes)
    subject, obj, passive = _arguments(verb)
    actor_parts = _participants(subject, index, actors, context)
    recipient_parts = _participants(obj, index, actors, context)
    prep_recipients = _prep_participants(verb, sense.type, index, actors, context)
    if passive:
        actor_parts, recipient_parts = _passive_agent(verb, index, actors, context), actor_parts
        if not recipient_parts and subject is not None:
            # "a camp for Congolese refugees was attacked": the refugees
            recipient_parts = _owners(subject, index, actors, context)
    reason = f"verb '{' '.join(t.lemma_ for t in words)}' in the lexicon as {sense.type}"
    partners: list[Participant] = []
    if sense.type == "CONSULT" and sense.mode != "visit":
        # PLOVER: every party to a meeting is an actor, there is no recipient. A visit
        # keeps visitor (actor) and host (recipient) apart.
        partners = _unique(recipient_parts + prep_recipients)
        actor_parts = _unique(actor_parts + partners)
        recipient_parts = []
    else:
        recipient_parts = _unique(recipient_parts + prep_recipients)
    if sense.type in OWN_FORCES:
        # "mobilized army reservists for a war against Iraq", "pull back its forces from the
        # border with Kosovo": the object is one's own force, not a recipient.
        recipient_parts = prep_recipients or (
            _prep_participants(obj, sense.type, index, actors, context) if obj is not None else []
        )
        for child in verb.children:
            if not recipient_parts and child.dep_ == "prep" and child.lower_ == "for":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    recipient_parts = _prep_participants(pobj, sense.type, index, actors, context)
    if not recipient_parts and obj is not None and sense.type not in OWN_FORCES:
        # "rejected an Indian proposal", "a US offer", "calls by Belarus's rulers"
        recipient_parts = _owners(obj, index, actors, context)
    if not recipient_parts and sense.type in ("REQUEST", "AGREE", "THREATEN", "REJECT"):
        # "demanded that the US cancel ...": the one asked is the subject of what is demanded;
        # "offered to negotiate with Armenia": the partner of the act offered.
        recipient_parts = _complement_parties(verb, sense.type, index, actors, context)
    if not actor_parts:
        actor_parts = _inherited_actor(verb, index, actors, context)
    return _Draft(sense, words, actor_parts, recipient_parts, reason, partners=partners)


def _complement_parties(
    verb: Token, event_type: str, index: ActorIndex, actors: dict[str, Actor], context: str | None
) -> list[Participant]:
    for child in verb.children:
        if child.dep_ == "ccomp" and event_type == "REQUEST":
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return _participants(subject, index, actors, context)
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            found = verb_sense(child)
            act_type = found[0].type if found else event_type
            _, obj, _ = _arguments(child)
            parts = _participants(obj, index, actors, context)
            parts += _prep_participants(child, act_type, index, actors, context)
            if obj is not None and not parts:
                # "threatened to break relations with Russia": the partner hangs on the object.
                parts = _prep_participants(obj, act_type, index, actors, context)
                parts = parts or _owners(obj, index, actors, context)
            return parts
    return []


RELATIVE = frozenset({"which", "that", "who", "whom"})
#: Prepositions that name whose thing it is: "an appeal from X", "calls by X", "a program for X".
OWNER_PREPS = frozenset({"by", "from", "of", "for", "with", "against", "to"})


def _owners(
    thing: Token,
    index: ActorIndex,
    actors: dict[str, Actor],
    context: str | None,
    depth: int = 0,
) -> list[Participant]:
    """Whose proposal, offer or appeal it is: a possessor, a demonym, a name, "by"/"from" X."""
    if thing.pos_ in ("PROPN", "PRON") or thing.lemma_.lower() in GROUP_NOUNS:
        return []
    out: list[Participant] = []
    for child in thing.children:
        if child.dep_ == "poss" or (
            child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or _is_entity(child))
        ):
            out += _participants(child, index, actors, context)
        elif child.dep_ == "amod":
            place = index.dictionary.place(child.text)
            if place is not None and place.how == "demonym":
                span = (child.idx, child.idx + len(child.text))
                mention = Mention(child.text, span, "description")
                out.append(Participant(place.country_name, place.iso3, None, None, mention))
        elif child.dep_ in ("prep", "agent") and child.lower_ in OWNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = _participants(pobj, index, actors, context)
                if not found and depth < 1:
                    # "part of a military aid program for Bosnia"
                    found = _owners(pobj, index, actors, context, depth + 1)
                out += found
    return _unique(out)


def _noun_event(
    noun: Token,
    sense: Sense,
    words: list[Token],
    index: ActorIndex,
    actors: dict[str, Actor],
    quotes: list[Quote],
) -> _Draft | None:
    context = _speaker_context(noun, quotes)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and (c.pos_ == "PROPN" or c.ent_type_ in PARTICIPANT_ENTS)
    ]
    actor_parts: list[Participant] = []
    for owner in owners:
        actor_parts += _participants(owner, index, actors, context)
    head = noun.head
    governor = head.head if noun.dep_ == "pobj" else head  # "converged for a rally"
    performs = noun.dep_ == "pobj" or _is_support(governor, performed=True)
    if not actor_parts and performs and governor.pos_ in ("VERB", "AUX"):
        subject, _, _ = _arguments(governor)
        actor_parts = _participants(subject, index, actors, context)
    recipients = _prep_participants(noun, sense.type, index, actors, context)
    if not recipients and sense.type == "REQUEST":
        # "its demand that Israel ease restrictions"
        for clause in noun.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and clause.pos_ in ("VERB", "AUX"):
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ not in RELATIVE:
                    recipients = _participants(subj, index, actors, context)
                    break
    if not recipients and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        # "granted asylum to five officers", "give Tanzania a grant"
        recipients = _prep_participants(head, sense.type, index, actors, context)
        datives = [c for c in head.children if c.dep_ == "dative"]
        for dative in datives:
            recipients += _participants(dative, index, actors, context)
    if sense.type == "CONSULT":
        actor_parts, recipients = _unique(actor_parts + recipients), []
    places = {"dobj": f"object of '{head.text}'", "nsubj": "subject", "nsubjpass": "subject"}
    where = places.get(noun.dep_) or {"attr": "named as happening", "ROOT": "headline"}.get(
        noun.dep_, noun.dep_
    )
    reason = f"noun '{' '.join(t.text for t in words)}' in the lexicon as {sense.type}, {where}"
    return _Draft(sense, words, actor_parts, recipients, reason)


def _commitment(
    token: Token, index: ActorIndex, actors: dict[str, Actor], quotes: list[Quote]
) -> _Draft | None:
    """An intent verb that is an event in itself: "swore to fight" (THREATEN), "failed to
    reach agreement" (REJECT), "decided to withdraw" (AGREE)."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    event_type = lexicon().intent.get(token.lemma_.lower())
    if event_type is None or not any(c.dep_ == "xcomp" for c in token.children):
        return None
    if event_type == "AGREE" and _commits_to_conflict(token):
        return None  # the announced act is coded THREATEN from the act itself
    context = _speaker_context(token, quotes)
    subject, _, _ = _arguments(token)
    recipients = _complement_parties(token, event_type, index, actors, context)
    reason = f"'{token.text} to ...' commits its subject: {event_type}"
    return _Draft(
        Sense(event_type),
        [token],
        _participants(subject, index, actors, context),
        recipients,
        reason,
    )


#: Modals that turn a reported clause into a demand: "said Sudan must return the helicopter".
OBLIGATION_AUX = frozenset({"must", "should"})


def _obligation(
    token: Token, index: ActorIndex, actors: dict[str, Actor], quotes: list[Quote]
) -> _Draft | None:
    """A REQUEST stated as an obligation in reported speech ("X said Y must ...")."""
    if token.pos_ not in ("VERB", "AUX") or not grammar.is_cue(token):
        return None
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        must = next(
            (c for c in clause.children if c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX), None
        )
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if must is None or (subjects and must.i < subjects[0].i):
            continue  # "should there be an attack" is a condition, not an obligation
        context = _speaker_context(token, quotes)
        subject, _, _ = _arguments(token)
        addressed = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        reason = f"'{token.text}' that ... '{must.text} {clause.text}': an obligation demanded"
        return _Draft(
            Sense("REQUEST"),
            [token],
            _participants(subject, index, actors, context),
            _participants(addressed, index, actors, context),
            reason,
        )
    return None


# -- participants --------------------------------------------------------------


def _arguments(verb: Token) -> tuple[Token | None, Token | None, bool]:
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
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon().directive:
        addressed = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if addressed:
            subject = addressed[0]
    if subject is None:
        subject = grammar.subject_of(verb)
    return subject, obj, passive


def _passive_agent(
    verb: Token, index: ActorIndex, actors: dict[str, Actor], context: str | None
) -> list[Participant]:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return _participants(grandchild, index, actors, context)
    return []


def _inherited_actor(
    verb: Token, index: ActorIndex, actors: dict[str, Actor], context: str | None
) -> list[Participant]:
    """The actor of an act in a complement: "urged Serbia to pull back" → Serbia;
    "has no intention of attacking" → the subject of "has"."""
    current = verb
    for _ in range(modality_mod.MAX_CLIMB):
        head = current.head
        if head.i == current.i or current.dep_ not in modality_mod.CLIMB_DEPS | INHERIT_CLIMB:
            return []
        if current.dep_ == "xcomp" and head.lemma_.lower() in lexicon().directive:
            _, obj, _ = _arguments(head)
            if obj is not None:
                return _participants(obj, index, actors, context)
        if head.pos_ in ("VERB", "AUX"):
            subject, _, _ = _arguments(head)
            if subject is not None:
                return _participants(subject, index, actors, context)
        current = head
    return []


def _prep_participants(
    token: Token, event_type: str, index: ActorIndex, actors: dict[str, Actor], context: str | None
) -> list[Participant]:
    preps = RECIPIENT_PREPS.get(event_type, ())
    out: list[Participant] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found = _participants(grandchild, index, actors, context)
                    # "hack into the computers of South Korean army officers"
                    out += found or _owners(grandchild, index, actors, context)
        elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
            # "the withdrawal of some forces from Panama", "a suspension of air links with Serbia"
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    out += _prep_participants(grandchild, event_type, index, actors, context)
    return out


def _participants(
    head: Token | None, index: ActorIndex, actors: dict[str, Actor], context: str | None
) -> list[Participant]:
    """The entities a noun phrase names, conjuncts included ("Hungarian and Romanian officials")."""
    if head is None:
        return []
    if head.lemma_.lower() in QUANTITY_HEADS or head.pos_ == "NUM":
        members = [
            pobj
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        if members:
            head = members[0]
    heads = [head] + [t for t in head.conjuncts if t.i > head.i]
    out: list[Participant] = []
    for h in heads:
        if h.lower_ in NOT_PARTICIPANTS or not _can_participate(h, index):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in h.children):
            continue  # "any settlement must respect ...": no one in particular
        demonyms = _demonym_conjuncts(h, index)
        if len(demonyms) > 1:
            out += demonyms
            continue
        span = _name_span(h)
        party = index.link(span, role="participant", speaker_of_context=context)
        if party is not None:
            part = _participant(party, actors, index)
        else:
            # A group the actor room does not keep ("the radical Palestinian Islamic Jihad
            # movement"): still a participant, coded from its words if they name a country.
            mention = Mention(span.text, (span.start_char, span.end_char), "description")
            part = Participant(span.text, None, None, None, mention)
        if part.code is None:
            place = index.dictionary.place(span.text)
            part.code = place.iso3 if place is not None else _origin(h, index)
        if part.code is not None or party is not None:
            out.append(part)
    return out


def _name_span(head: Token) -> Span:
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


def _named_code(token: Token, index: ActorIndex) -> str | None:
    """The code a modifier names: a demonym or country ("Russian"), or a known body
    ("al-Qaeda", whose words the tokenizer splits, so the whole modifier is tried)."""
    texts = [token.text, index.text[token.left_edge.idx : token.idx + len(token.text)]]
    for text in texts:
        place = index.dictionary.place(text)
        if place is not None:
            return place.iso3
        if token.pos_ in ("PROPN", "NOUN", "ADJ"):
            entry = index.dictionary.lookup(text)
            if entry is not None and entry.country:
                return entry.country
    return None


def _origin(head: Token, index: ActorIndex, depth: int = 0) -> str | None:
    """The country of "opposition groups in Zimbabwe", "Palestinians of the West Bank",
    "the Taliban religious faction", "doctors from two American aid groups"."""
    for child in head.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss"):
            code = _named_code(child, index)
            if code is not None:
                return code
    for child in head.children:
        if child.dep_ == "acl" and depth < 1:
            # "a newspaper based in Beirut", "guerrillas operating in Macedonia"
            found = _origin(child, index, depth + 1)
            if found is not None:
                return found
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                name = index.text[pobj.left_edge.idx : pobj.idx + len(pobj.text)]
                for candidate in (name, name.removeprefix("the "), pobj.text):
                    place = index.dictionary.place(candidate)
                    if place is not None:
                        return place.iso3
                    entry = index.dictionary.lookup(candidate)
                    if entry is not None and entry.country:
                        return entry.country  # "supporters of Ahmed Ben Bella"
                if depth < 1:
                    found = _origin(pobj, index, depth + 1)
                    if found is not None:
                        return found
    return None


def _can_participate(token: Token, index: ActorIndex) -> bool:
    """People, groups, organisations and places act; pipelines and decades do not."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if token.pos_ in ("PROPN", "PRON"):
        return True
    if token.ent_type_ in PARTICIPANT_ENTS:
        return True
    if token.lemma_.lower() in GROUP_NOUNS:
        return True
    for child in token.children:
        # "Russian aircraft", "Israeli army bulldozers", "al-Qaeda's network", "U.N. helicopters"
        if child.dep_ in ("amod", "compound", "nmod", "poss") and _named_code(child, index):
            return True
    if index.dictionary.place(token.text) is not None:
        return True
    words = [t.lower_ for t in token.subtree if t.i <= token.i and not t.is_punct][-4:]
    role = index.dictionary.role(words)
    # The role is what the phrase is ("army reservists"), not a modifier ("military offensive").
    return role is not None and role.phrase.split()[-1] in (token.lower_, token.lemma_.lower())


def _demonym_conjuncts(head: Token, index: ActorIndex) -> list[Participant]:
    """ "Senior Hungarian and Romanian officials": one participant per demonym."""
    adjs = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    places = []
    for adj in adjs:
        for word in [adj, *adj.conjuncts]:
            phrase = index.text[word.left_edge.idx : word.idx + len(word.text)]
            place = index.dictionary.place(word.text) or index.dictionary.place(phrase)
            if place is not None and place.how in ("demonym", "country"):
                places.append((word, place))
    if len(places) < 2:
        return []
    role = index.dictionary.role([head.lemma_.lower()]) or index.dictionary.role([head.lower_])
    return [
        Participant(
            name=f"{word.text} {head.text}",
            code=place.iso3,
            sector=role.sector if role else None,
            actor_id=None,
            mention=Mention(word.text, (word.idx, word.idx + len(word.text)), "description"),
        )
        for word, place in places
    ]


def _participant(party: Party, actors: dict[str, Actor], index: ActorIndex) -> Participant:
    actor = actors.get(party.actor) if party.actor else None
    if actor is None and party.actor:
        actor = next((a for a in index.actors if a.id == party.actor), None)
        if actor is not None:
            actors[actor.id] = actor
    return Participant(
        name=actor.name if actor else party.name,
        code=actor.country if actor else None,
        sector=actor.sector if actor else None,
        actor_id=actor.id if actor else None,
        mention=party.mention,
    )


def _unique(parts: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out: list[Participant] = []
    for p in parts:
        key = p.actor_id or f"{p.name}|{p.code}"
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _speaker_context(token: Token, quotes: list[Quote]) -> str | None:
    """The speaker of the innermost quotation around ``token`` ("we" inside it is them)."""
    quote = _claiming_quote(token.idx, quotes)
    if quote is None or quote.speaker is None:
        return None
    return quote.speaker.actor


def _claiming_quote(char: int, quotes: list[Quote]) -> Quote | None:
    inside = [q for q in quotes if q.span[0] <= char < q.span[1]]
    return min(inside, key=lambda q: q.span[1] - q.span[0], default=None)


# -- complements ----------------------------------------------------------------


def _link_complements(drafts: list[_Draft]) -> None:
    """Mark demanded acts (linked to their REQUEST) and acts committed to."""
    lex = lexicon()
    by_token = {d.trigger[0].i: d for d in drafts}
    for draft in drafts:
        head = draft.trigger[0]
        # "urged Serbia to pull back": the act hangs on the directive as xcomp/ccomp.
        gov = head.head
        request = by_token.get(gov.i) if head.dep_ in ("xcomp", "ccomp") else None
        if request is not None and request.sense.type == "REQUEST" and request is not draft:
            draft.requested_by = request
        elif head.dep_ == "xcomp" and (
            gov.lemma_.lower() in lex.intent or gov.lemma_.lower() in lex.willing
        ):
            draft.intended = True


# -- records -------------------------------------------------------------------


def _finalise(
    doc: Doc,
    drafts: list[_Draft],
    quotes: list[Quote],
    published: str | None,
    dateline: Dateline | None,
) -> list[Event]:
    events: list[Event] = []
    ids: dict[int, str] = {}
    pending: list[tuple[Event, _Draft]] = []
    coded = {(d.trigger[0].i, d.sense.type) for d in drafts}
    for draft in drafts:
        trigger = draft.trigger[0]
        quote = _claiming_quote(trigger.idx, quotes)
        value, why = modality_mod.classify(
            trigger,
            in_quote=quote is not None,
            requested=draft.requested_by is not None,
            intended=draft.intended,
        )
        event = _event(doc, draft, value, why, quote, published, dateline)
        ids[id(draft)] = event.id
        pending.append((event, draft))
        events.append(event)
        announced = _announcement(event, draft, quotes, coded)
        if announced is not None:
            events.append(announced)
    for event, draft in pending:
        if draft.requested_by is not None:
            event.requested_by = ids.get(id(draft.requested_by))
    for n, event in enumerate(events, 1):
        old = event.id
        event.id = f"E{n}"
        for other in events:
            if other.requested_by == old:
                other.requested_by = event.id
    return events


def _event(
    doc: Doc,
    draft: _Draft,
    value: str,
    why: str,
    quote: Quote | None,
    published: str | None,
    dateline: Dateline | None,
) -> Event:
    trigger = draft.trigger[0]
    start = draft.trigger[0].idx
    last = draft.trigger[-1]
    end = last.idx + len(last.text)
    sent = trigger.sent
    mode = draft.sense.mode if is_mode(draft.sense.type, draft.sense.mode) else None
    date, date_reason = resolve_date(trigger, published)
    location = find_location(trigger, None)
    if location is None:
        # "refused to deploy peacekeepers in Iraq": the place of the act refused or promised
        for child in trigger.children:
            if child.dep_ == "xcomp":
                location = find_location(child, None)
                break
    if location is None and dateline is not None:
        location = find_location(trigger, dateline)
        if location is not None and location.from_dateline and location.span is None:
            location.span = _dateline_place_span(dateline, location.name)
    if location is not None and location.country and not location.from_dateline:
        for part in (*draft.actors, *draft.recipients):
            if part.mention is not None and "ethnic " in part.mention.text.lower():
                # "ethnic Albanians in southeastern Serbia": an ethnicity, not a citizenship
                part.code = location.country
    own = {p.actor_id for p in draft.actors if p.actor_id}
    # "apologized to Brazil for one of its gunboats": its own boats are not a recipient.
    recipients = [p for p in draft.recipients if not (p.actor_id and p.actor_id in own)]
    reason = f"{draft.reason}; {value}: {why}"
    if draft.sense.type == "PROTEST" and location is not None and not location.from_dateline:
        for part in draft.actors:
            if part.code is None and location.country:
                part.code = location.country  # "people blocked streets in Hong Kong": locals
    if not recipients and draft.sense.type in PLACE_RECIPIENT and location is not None:
        recipients = _place_recipient(location)
    # A rejection of something ("rejected the criticism") has another party, even unnamed.
    rejects_a_thing = draft.sense.type == "REJECT" and any(
        c.dep_ == "dobj" for c in trigger.children
    )
    if not recipients and draft.sense.type in DOMESTIC and not rejects_a_thing:
        recipients = _domestic(draft.actors)
        if recipients:
            reason += "; recipient: the actor's own country (no one else named)"
    return Event(
        id=f"tmp{start}",
        type=draft.sense.type,  # type: ignore[arg-type]
        mode=mode,
        modality=value,  # type: ignore[arg-type]
        trigger=Cue(text=doc[trigger.i : last.i + 1].text, span=(start, end)),
        sentence=(sent.start_char, sent.end_char),
        reason=reason,
        actor=draft.actors,
        recipient=recipients,
        claimed_by=quote.id if quote else None,
        quad_class=quad_class(draft.sense.type),
        cameo_root=cameo_root(draft.sense.type, mode),
        intensity=intensity(draft.sense.type, mode),
        date=date,
        date_reason=date_reason,
        location=location,
    )


def _dateline_place_span(dateline: Dateline, name: str) -> tuple[int, int] | None:
    """Where the dateline names its place ("MUNICH" in "MUNICH, Feb. 18 (Wire) —")."""
    written = dateline.text.lower()
    for candidate in (name, (dateline.place or "").split(",")[0]):
        at = written.find(candidate.lower()) if candidate else -1
        if at >= 0:
            start = dateline.span[0] + at
            return (start, start + len(candidate))
    return None


def _domestic(actors: list[Participant]) -> list[Participant]:
    codes = {p.code for p in actors if p.code}
    if len(codes) != 1:
        return []
    code = codes.pop()
    if len(code) != 3 or code in ("IGO", "NGO", "UNO", "EUR", "IMG", "MNC"):
        return []
    return [Participant(name=code, code=code, sector=None, actor_id=None, mention=None)]


def _place_recipient(location: Location) -> list[Participant]:
    """The place an act was directed at, as its recipient ("lifted a curfew in Montenegro")."""
    if location.from_dateline or not location.country:
        return []
    mention = None
    if location.span is not None:
        mention = Mention(location.name, location.span, "country")
    return [Participant(location.name, location.country, None, None, mention)]


def _announcement(
    event: Event, draft: _Draft, quotes: list[Quote], coded: set[tuple[int, str]]
) -> Event | None:
    """The event PLOVER codes for an act announced, promised, made conditional or refused.

    An announced or promised cooperative act is an AGREE, an announced material
    conflict act or any act made conditional with "unless" a THREATEN, and a
    refused agreement ("will not accept", "failed to reach agreement") a REJECT.
    The announcement is the promising word when there is one ("pledged to ban"):
    its own evidence, and its own quotation if it is quoted.
    """
    trigger = draft.trigger[0]
    announcer = _announcer(trigger)
    if event.type == "AGREE" and event.modality == "negated":
        new_type = "REJECT"
    elif event.modality not in ("future", "intended", "hypothetical"):
        return None
    elif _unless(trigger):
        new_type = "THREATEN"
    elif event.modality == "hypothetical":
        return None
    elif event.type in COOPERATIVE and event.type != "AGREE":
        new_type = "AGREE"
    elif event.type in MATERIAL_CONFLICT:
        new_type = "THREATEN"
    else:
        return None
    if (announcer.i, new_type) in coded:
        return None  # "offered to negotiate": the offer is already an AGREE
    if announcer.i == trigger.i:
        quote = next((q for q in quotes if q.id == event.claimed_by), None)
        cue = event.trigger
    else:
        quote = _claiming_quote(announcer.idx, quotes)
        cue = Cue(announcer.text, (announcer.idx, announcer.idx + len(announcer.text)))
    return Event(
        id=f"{event.id}a",
        type=new_type,  # type: ignore[arg-type]
        mode=None,
        modality="reported" if quote is not None else "asserted",
        trigger=cue,
        sentence=event.sentence,
        reason=(
            f"{event.modality} {event.type} ('{event.trigger.text}') is coded {new_type} in PLOVER"
        ),
        actor=[p for p in event.actor if p not in draft.partners] or list(event.actor),
        recipient=list(event.recipient) or list(draft.partners),
        claimed_by=quote.id if quote is not None else None,
        quad_class=quad_class(new_type),
        cameo_root=cameo_root(new_type),
        intensity=intensity(new_type),
        date=event.date,
        date_reason=event.date_reason,
        location=event.location,
    )


def _announcer(trigger: Token) -> Token:
    """The word that announces an act: "pledged" in "pledged to ban", else the act itself."""
    lex = lexicon()
    head = trigger.head
    lemma = head.lemma_.lower()
    if trigger.dep_ == "xcomp" and (lemma in lex.intent or lemma in lex.willing):
        return head
    return trigger


def _unless(trigger: Token) -> bool:
    """Is the act made conditional on something the other side must do ("... unless")?"""
    for node in modality_mod.governors(trigger):
        for child in node.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ == "unless" for g in child.children
            ):
                return True
    return False
