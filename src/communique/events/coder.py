"""Coding political events in PLOVER from a parsed article.

For every sentence, words from the lexicon that name an act in the parse
become events: verbs ("urged", "met", "pull back") and event nouns where they
name an act ("launched an airstrike", "there was an attack"), never where
they are a topic ("talks on the war"). Participants come from the grammar
(subject, object, "with ..."), are resolved through the article's actor
index, and keep compound actors in one list as PLOVER asks. Each event gets
its modality (:mod:`communique.events.modality`), the quotation that claims it,
a date and a place, and its scores for CAMEO-era pipelines.

A demanded act ("urged Serbia to pull back its forces") is coded with
modality ``requested`` and linked to its REQUEST; the events PLOVER codes for
announcements ("will meet next week" → AGREE) come from
:mod:`communique.events.announce`, participants from
:mod:`communique.events.participants`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from communique.actors import ActorIndex
from communique.actors.roles import agent_sectors, default_roles
from communique.entity_labels import (
    AMOUNT_LABELS,
    NAME_LABELS,
    PARTY_LABELS,
    PLACE_LABELS,
    TIME_LABELS,
)
from communique.events import announce, discards, ending, everyday, happenings, physical
from communique.events import modality as modality_mod
from communique.events import participants as pt
from communique.events import settings as settings_mod
from communique.events.codes import code_info
from communique.events.lexicon import (
    FORCE_ROOTS,
    PROTEST_WORD,
    Lexicon,
    Sense,
    armed_words,
    is_statement_verb,
    lexicon,
    nominal_phrase_sense,
    nominal_sense,
    noun_forms,
    noun_sense,
    pattern_says_no_event,
    protest_reading,
    refines,
    verb_forms,
    verb_lemma,
    verb_sense,
)
from communique.events.ontology import cameo_root, intensity, is_mode, quad_class
from communique.quotes import grammar
from communique.schema import (
    Cue,
    Dateline,
    Event,
    Mention,
    Participant,
    Quote,
)
from communique.spans import (
    children_of,
    children_with,
    indices,
    joined_infinitive,
    of_objects,
    sentence_of,
)
from communique.time_place import find_location, place_before, place_of_phrase, resolve_when
from communique.time_place.location import LOCATIVE, Location

#: Where a noun names an act rather than a topic.
NOUN_EVENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "ROOT", "conj", "appos"})


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
    #: further words that state the same happening ("shot and killed")
    also: list[list[Token]] = field(default_factory=list)
    #: who must meet the condition of an act made conditional ("... unless Baghdad accepted")
    conditioned: list[Participant] = field(default_factory=list)
    #: the types of the acts a promise, threat or refusal commits to ("threatened to seize")
    act_types: tuple[str, ...] = ()
    #: a commitment's recipients read from the act it commits to, not named by its own words
    #: ("offered to lift the ban on Peru": Peru; "offered Peru to lift the ban": none)
    borrowed: list[Participant] = field(default_factory=list)


#: The parts of speech of the words an event is coded from.
TRIGGER_POS = ("VERB", "AUX", "NOUN", "PROPN")


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
    # The coder's own name look-ups use the dictionary and settings the actors were resolved with.
    with (
        settings_mod.DICTIONARY.using(index.dictionary),
        settings_mod.ACTOR_SETTINGS.using(index.settings),
    ):
        return _code_events(doc, index, quotes, published, dateline)


def _code_events(
    doc: Doc,
    index: ActorIndex,
    quotes: list[Quote],
    published: str | None,
    dateline: Dateline | None,
) -> list[Event]:
    quotes = pt.Quotations(quotes)  # which quotation claims a token: by bisection, not a scan
    drafts: list[_Draft] = []
    seen: set[int] = set()
    # sport, film, history: phrases PETRARCH never codes with
    skipped = discards.skipped(doc, published)
    # Only verbs and nouns can be triggers (see _from_token, _obligation, _commitment).
    for token in (doc[i] for i in indices(doc, pos=TRIGGER_POS)):
        if token.i in seen or token.i in skipped or token.is_space or token.is_punct:
            continue
        draft = _from_token(token, index, quotes)
        if draft is None and token.pos_ in ("VERB", "AUX"):
            # only a verb states an obligation or a commitment (both ask its part of speech
            # first): the nouns, half the candidates, are not asked
            draft = _obligation(token, index, quotes) or _commitment(token, index, quotes)
        elif draft is None and token.pos_ == "NOUN":
            draft = _nominal_commitment(token, index, quotes)
        if draft is None:
            continue
        seen.update(t.i for t in draft.trigger)
        drafts.append(draft)
    drafts = _merge_purpose(_merge_coordinated(_drop_contained(drafts)), index, quotes)
    _link_complements(drafts)
    _share_targets(drafts)
    drafts.sort(key=lambda d: d.trigger[0].i)
    events = happenings.merge_retellings(
        doc, _finalise(doc, drafts, quotes, published, dateline, index), index
    )
    _renumber(events)
    return events


def _drop_contained(drafts: list[_Draft]) -> list[_Draft]:
    """One phrase, one event: an act noun coded before the light verb that performs it in
    the passive ("an attack on the base was launched by the rebels": the noun comes first in
    the text, the verb's phrase holds it) is that verb's event, not a second one. The noun's
    parties join the verb's where the verb names none."""
    holder: dict[int, _Draft] = {}
    for draft in drafts:
        if len(draft.trigger) > 1:
            for token in draft.trigger:
                holder.setdefault(token.i, draft)
    holders: dict[int, list[_Draft]] = {}
    for draft in drafts:
        for token in draft.trigger:
            holders.setdefault(token.i, []).append(draft)
    out: list[_Draft] = []
    for draft in drafts:
        outer = holder.get(draft.trigger[0].i) if len(draft.trigger) == 1 else None
        if outer is None and draft.trigger[0].pos_ in ("NOUN", "PROPN", "ADJ"):
            # "martial law was imposed by the president": a noun of two words that a verb's
            # phrase holds is as much that phrase's act
            outer = next(
                (
                    other
                    for token in draft.trigger
                    for other in holders[token.i]
                    if other is not draft and any(t.pos_ in ("VERB", "AUX") for t in other.trigger)
                ),
                None,
            )
        if outer is None or outer is draft or outer.sense.type != draft.sense.type:
            out.append(draft)
            continue
        outer.actors = outer.actors or draft.actors
        outer.recipients = outer.recipients or draft.recipients
    return out


def _merge_coordinated(drafts: list[_Draft]) -> list[_Draft]:
    """One happening stated with two coordinated verbs of one type ("was beaten and robbed",
    "attacked and looted") is one event: the second verb joins the first's evidence."""
    by_token = {d.trigger[0].i: d for d in drafts}
    out: list[_Draft] = []
    for draft in drafts:
        head = draft.trigger[0]
        joined = head.dep_ == "conj" or (head.dep_ == "advcl" and head.tag_ == "VBG")
        if joined and any(c.dep_ == "nsubj" for c in head.children):
            # "the Palestinians resisted talks and Mr. Netanyahu refused to extend it": a
            # conjoined clause with a doer of its own states another act (a grammar fact);
            # "three were killed and 260 were injured" counts the harm of one act
            joined = False
        # "attacked the USS Cole, killing 17 sailors": the participle tells the same happening
        first = by_token.get(head.head.i) if joined else None
        if joined and first is None:
            # "carried out a mass shooting ..., killing 14": the participle hangs on the light
            # verb, and tells the act its object names
            first = next(
                (by_token[c.i] for c in head.head.children if c.dep_ == "dobj" and c.i in by_token),
                None,
            )
        if first is not None and first is not draft and first.sense.type == draft.sense.type:
            first.also.append(draft.trigger)
            first.recipients = pt.unique(first.recipients + draft.recipients)
            continue
        out.append(draft)
    return out


#: The verbal acts that, as the purpose of a protest, are its topic (PLOVER manual, PROTEST:
#: "the topic of the protest---which will typically be a REQUEST---is not coded as a
#: separate event"): demands, criticism, refusals, protest.
PROTEST_TOPICS = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST"})


#: Acts of coming together that, done to protest, are the protest: rallying or mobilizing
#: (CAMEO 150) and gathering or meeting (CONSULT).
GATHERINGS = frozenset({"MOBILIZE", "CONSULT"})

#: Purposes that make an act the dictionary can do "in protest" a protest: protesting (to
#: protest is what "in protest" says) and demanding (PLOVER manual, REQUEST: "demands that
#: take the form of demonstrations, protests, etc. are coded as PROTEST").
PROTEST_PURPOSES = frozenset({"PROTEST", "REQUEST"})


def _purpose_of(token: Token) -> Token | None:
    """The act whose purpose clause ``token`` heads ("marched *to protest* the war"): an
    infinitive with "to" attached to a verb as an adverbial or open complement."""
    if token.dep_ not in ("advcl", "xcomp") or token.head.i == token.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    return token.head


def _done_by_civilians(verb: Token) -> bool:
    """Is the verb's subject a group of civilians (PLOVER's PROTEST: "civilian demonstrations
    and other collective actions")? A legislature's or a party's blocking is no protest."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and physical.civilian_crowd(subject)


def _merge_purpose(drafts: list[_Draft], index: ActorIndex, quotes: list[Quote]) -> list[_Draft]:
    """A demonstration's stated purpose ("rallied in Lagos to protest the new law",
    "blocked a road to show their anger at X") is its topic, not a second event, and says
    whom it is against: the PLOVER manual's PROTEST is "carried out as protests against
    the recipient". The purpose's words join the protest's evidence; its parties become the
    protest's recipients when the protest names none itself, after those of an "in protest
    against" or "in defiance of" phrase of its own ("blocked streets in defiance of the
    authorities to demand reforms"). Likewise a meeting or visit whose purpose is itself a
    consultation ("will meet in Brussels to discuss", "flew to Moscow to meet Putin") is one
    meeting, the purpose's parties joining it. (``protest`` below names the act whose purpose
    clause is read, whatever its type.)"""
    by_token = {d.trigger[0].i: d for d in drafts}
    out: list[_Draft] = []
    for draft in drafts:
        head = _purpose_of(draft.trigger[0])
        protest = by_token.get(head.i) if head is not None else None
        if (
            protest is not None
            and protest is not draft
            and protest.sense.type in GATHERINGS
            and draft.sense.type == "PROTEST"
        ):
            # "rallied in Lagos to protest the law": PLOVER's PROTEST is to "rally, gather to
            # protest a policy, action, or actor(s)"; the gathering is the protest
            protest.sense = draft.sense
            protest.reason += (
                f"; a gathering to protest ('{draft.trigger[0].text}'): PLOVER manual, PROTEST"
            )
        if (
            protest is not None
            and protest is not draft
            and protest.sense.type != "PROTEST"
            and (
                draft.sense.type in PROTEST_PURPOSES
                or draft.trigger[0].lemma_.lower() == PROTEST_WORD
            )
            and _done_by_civilians(protest.trigger[0])
            and (reading := protest_reading(protest.trigger[0])) is not None
            and reading.type == "PROTEST"
        ):
            # "blocked streets to demand reforms": an act the dictionary codes as a protest
            # when done "in protest" ("- * (IN PROTEST) [144] # BLOCK") is one when done to
            # protest or to demand: the demand takes the form of the act
            protest.sense = reading
            protest.reason += (
                f"; done to {draft.trigger[0].lemma_} ('{draft.trigger[0].text}'): the "
                f"dictionary's reading in protest ({reading.source})"
            )
        if (
            protest is not None
            and protest is not draft
            and protest.sense.type == "CONSULT"
            and draft.sense.type == "CONSULT"
        ):
            # "the ministers will meet in Brussels to discuss the build-up": the purpose of a
            # meeting that is itself a consultation says what the meeting is for, one meeting
            # ("flew to Moscow to meet Putin": the one met is the visit's host too)
            met = pt.others(draft.actors + draft.partners, protest.actors)
            protest.also.append(draft.trigger)
            if protest.sense.mode == "visit":
                protest.recipients = pt.unique(protest.recipients + met + draft.recipients)
            else:
                # parties the purpose names together join the meeting's actors; the one its doer
                # meets is already a recipient there ("went to Flint to talk with the mayor")
                protest.actors = pt.unique(protest.actors + met)
                protest.partners = pt.unique(protest.partners + met)
                protest.recipients = pt.unique(protest.recipients + draft.recipients)
            continue
        if (
            protest is not None
            and protest is not draft
            and protest.sense.type == "PROTEST"
            and draft.sense.type in PROTEST_TOPICS
        ):
            protest.also.append(draft.trigger)
            if not pt.others(protest.recipients, protest.actors):
                context = pt.speaker_context(protest.trigger[0], quotes)
                against = pt.adjunct_parties(protest.trigger[0], index, context)
                protest.recipients = (
                    against[0] if against else pt.others(draft.recipients, protest.actors)
                )
            continue
        out.append(draft)
    return out


def _demand_mode(code: str) -> str | None:
    """The PLOVER mode of the demand of an act of CAMEO ``code``: the mode of its demand (the
    ``demanding`` table of events.yaml) in the CAMEO->PLOVER table, or None."""
    demands = lexicon().demanding
    found = demands.get(code[:3]) or demands.get(code[:2])
    twin = found[0] if found else None
    info = code_info(twin) if twin else None
    if info is None or info.type != "REQUEST":
        return None
    return info.mode or None


def _demanded_modes(events: list[Event]) -> None:
    """A demand whose CAMEO code gives no mode ("urged", "called on": CAMEO 100 or 020) takes
    the mode CAMEO gives the demand of the act it demands (the ``demanding`` table of
    events.yaml): "called on the rebels to free the hostages" is 1053, a demand to yield;
    "urged him to resign" 104, a demand for change; "urged them to hold talks" 106, a demand to
    meet. Two demanded acts of different modes leave the mode unset."""
    by_id = {event.id: event for event in events}
    asked: dict[str, set[str]] = {}
    for event in events:
        mode = _demand_mode(event.cameo_code) if event.requested_by is not None else None
        if mode is not None:
            asked.setdefault(event.requested_by, set()).add(mode)
    for request_id, modes in asked.items():
        request = by_id.get(request_id)
        if (
            request is not None
            and request.type == "REQUEST"
            and request.mode is None
            and len(modes) == 1
            and is_mode("REQUEST", next(iter(modes)))
        ):
            request.mode = next(iter(modes))


def _renumber(events: list[Event]) -> None:
    """Ids E1, E2 ... in order, and every ``requested_by`` following its event."""
    ids = {event.id: f"E{n}" for n, event in enumerate(events, 1)}
    for event in events:
        event.id = ids[event.id]
        if event.requested_by is not None:
            event.requested_by = ids.get(event.requested_by)


# -- finding triggers ----------------------------------------------------------


def _from_token(token: Token, index: ActorIndex, quotes: list[Quote]) -> _Draft | None:
    if token.pos_ in ("VERB", "AUX"):
        if token.dep_ in ("amod", "compound", "nmod", "prep"):
            return None  # "the negotiating table", "according to": not an act
        # "halted the bombing": the end of an act of force no pattern of the verb names
        found = verb_sense(token) or ending.ended_force(token)
        if found is None or not _verb_names_an_act(token, found[0], found[1]):
            return None
        sense, words = found
        if _is_support(token, performed=True):
            act = _light_object(token, words, sense)
            if act is not None:
                if act[0] is None:
                    return None  # "ordered an investigation": the noun is the act
                sense, words = act[0], sorted({*words, *act[1]}, key=lambda t: t.i)
        return _verb_event(token, sense, words, index, quotes)
    if token.pos_ in ("NOUN", "PROPN"):
        found = noun_sense(token)
        if found is None and token.dep_ == "dobj" and _is_support(token.head, performed=True):
            found = nominal_sense(token)  # "announced a suspension of air links"
        if found is None:
            # "the capture of the town by rebel forces", "Moscow's rejection of the plan": a
            # noun with both its verb's object and an agent who can act is that verb's act
            found = _action_nominal(token)
        if found is None:
            return None
        sense, words = found
        if not _names_an_act(token) and _source_from(token, sense) is None:
            return None
        if sense.type == "AGREE" and everyday.commits_to_nothing(token):
            return None  # "voters make good decisions": a choice, no act agreed
        aimed = lexicon().aimed
        if words == [token] and token.lemma_.lower() in aimed and not _aim_of_clause(token):
            return None  # "the Sanders campaign said": an electoral campaign, no demand
        draft = _noun_event(token, sense, words, index, quotes)
        if draft is not None and physical.needs_evidence(sense) and _declared(token):
            # "declared war on X": CAMEO codes DECLARE as a statement (010) and has no
            # pattern for war as its object; the war declared is committed to, not yet fought
            draft.intended = True
            draft.reason += f"; declared by '{token.head.text}', not yet done"
        return draft
    return None


def _declared(noun: Token) -> bool:
    """Is the act noun the object of a verb of declaring ("declared war", "proclaimed a
    holy war")?"""
    head = noun.head
    declaring = lexicon().declaring
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in declaring


def _verb_names_an_act(verb: Token, sense: Sense, words: list[Token]) -> bool:
    """Verbs with an everyday sense are coded only in their political frame.

    "the build-up threatens everything" is not a threat by anyone; "threatened
    to cut ties", "warned of reprisals", "threatened Kyiv" are. "was met with a
    united response" is not a meeting.
    """
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    lex = lexicon()
    if words == [verb] and lemma in lex.judging and (deps & JUDGEMENT_DEPS or _parenthetical(verb)):
        return False  # "called him a liar", "think that we will win": a comment, no act
    if words == [verb] and lemma in lex.considering:
        return False  # "is considering a run", "thought about it": deliberation, no meeting
    if words == [verb] and lemma in lex.forecasting and _forecasts(verb, deps):
        return False  # "is expected to win", "expects Smith to resign": a forecast
    if words == [verb] and lemma in lex.managing and ("dobj" not in deps or "xcomp" in deps):
        return False  # "led to a victory", "headed to Ohio", "managed to win": no one overseen
    if words == [verb] and lemma in lex.enquiring and not _asks_for_something(verb):
        return False  # "asked whether ...", "when asked about ...": a question, no request
    if words == [verb] and lemma in lex.proposing and _claims(verb, deps):
        return False  # "suggested that he went too far": a claim, no proposal
    if words == [verb] and lemma in lex.aimed and not _names_its_aim(verb):
        return False  # "campaigned in Ohio", "voted for Smith": PLOVER's election context
    if _aimless_object(verb, sense, words, lex.aimed):
        return False  # "kicked off her campaign": the pattern's campaign is the election's
    if everyday.names_no_act(verb, sense, words):
        return False  # "called him a liar", "decided to focus on Iowa", "released a poll"
    if words == [verb] and sense.code == DEPORTATION:
        # CAMEO's DEPORT block (174, "Expel or deport individuals": remove, oust, evict ...)
        # removes people; "removed the videos", "remove the posts" deport no one
        patient = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if patient is not None and not physical.names_people(patient, lex):
            return False
    if words == [verb] and _adjectival_participle(verb, deps):
        return False  # "felt compelled to speak", "sounded subdued": a state, no act
    if words == [verb] and sense.code == SUPPLY and _stative_participle(verb, deps):
        # CAMEO's ARM block (062: arm, equip, furnish, outfit, stock, render ...) supplies a
        # party; "gunmen armed with knives", "a room furnished with a bed", "was armed with
        # fresh evidence" say what someone has, and no one supplies it
        return False
    if sense.type == "THREATEN":
        if deps & {"xcomp", "ccomp", "prep"}:
            return True
        return any(
            c.dep_ == "dobj"
            and (
                pt.is_entity(c)
                or _names_a_threatened_act(c)
                or _addressed_pattern_noun(c, words)
                or _warned_of_act(c)
            )
            for c in verb.children
        )
    if lemma in lexicon().guest and words == [verb]:
        # "received a delegation", "hosted the Sudanese president" (an agent noun of
        # PETRARCH2's dictionary) is a meeting; "will receive little attention" is not.
        # A pattern that names the object ("hosted talks between ...") says so itself. The
        # subject of the passive is the active verb's object (English grammar): "the prime
        # minister was received by the king" has its guest there.
        return any(c.dep_ in GUEST_DEPS and _a_guest(c) for c in verb.children)
    if sense.type == "AGREE" and _commits_to_conflict(verb):
        return False  # "pledged to ban Muslims": the announcement is a THREATEN, coded from "ban"
    if sense.type == "CONSULT" and lemma in lexicon().motion and words == [verb]:
        # CAMEO's GO_SOMEWHERE block (040): going to a place or a party is a visit, "went on
        # strike", "came into the streets" go nowhere
        return _named_destination(verb)
    if (
        sense.code == JOURNEY_CODE
        and all(
            w.i == verb.i or w.dep_ in pt.PARTICLE_DEPS or (w.dep_ == "prep" and w.head == verb)
            for w in words
        )
        and pt.journey_verb(verb)
    ):
        # the block's phrasal verbs likewise ("walked out", "go away", "pulling out her
        # credentials", "pulled out of the race", whose "out" the parser often reads as a
        # preposition): PETRARCH2 codes a journey with the one it goes to ("- * TO +
        # [042:043] # TRAVEL"), so a leaving that names no destination is no meeting
        return _named_destination(verb)
    return not (lemma == "meet" and "auxpass" in deps)


#: Where a meeting verb's guest stands: the object of the active verb, the subject of the
#: passive.
GUEST_DEPS = frozenset({"dobj", "nsubjpass"})
#: CAMEO's code of its DEPORT block: "Expel or deport individuals".
DEPORTATION = "174"
#: CAMEO's code of its ARM block (CAMEO.2.0.txt:6588: arm, equip, furnish, outfit, stock,
#: render ...): a party supplied with arms or goods.
SUPPLY = "062"


def _a_guest(obj: Token) -> bool:
    """Is ``obj`` someone received or hosted as a guest: a party named, a group noun or an
    agent noun of PETRARCH2's dictionary ("the Sudanese president", "a delegation", "two Gulf
    leaders"), but no sum or count ("hosted 2,000", "received $5 million"), no counted
    civilians or refugees ("hosted 2,000 refugees", "to host up to 200 people": a tally of
    people housed, not a party met) and no voters, delegates or donors of the election, whom
    the PLOVER manual leaves to the election context. The labels of amounts and the sectors
    of people housed are the ``amounts`` and ``housed`` tables of events.yaml."""
    lex = lexicon()
    if obj.ent_type_ in lex.amounts:
        return False
    lemma = obj.lemma_.lower()
    sectors = agent_sectors()
    if any(c.dep_ == "nummod" for c in obj.children) and any(
        sectors.get(form) in lex.housed for form in noun_forms(obj)
    ):
        return False
    if lemma in lex.electorate:
        return False
    return pt.is_entity_or_group(obj) or lemma in sectors


def _stative_participle(verb: Token, deps: set[str]) -> bool:
    """Is the verb a past participle that describes a state, not an act: an adjectival
    passive ("gunmen armed with knives", "they were equipped to fight", "rendered unworthy")
    with no one named as its doer (no "by" agent) and no object of its own? An active perfect
    ("has armed the rebels") and a passive with its agent ("were armed by Iran") tell an act
    (a grammar fact of English participles)."""
    if verb.tag_ != "VBN" or deps & {"agent", "dobj"}:
        return False
    return "auxpass" in deps or not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _adjectival_participle(verb: Token, deps: set[str]) -> bool:
    """Is the past participle an adjective that describes how its subject is, with no one
    named as its doer: the complement of a linking verb other than "be" ("felt compelled to
    speak", "sounded subdued", "looked abandoned"; the parser sometimes hangs the linking
    verb on the participle as an auxiliary, "he felt slighted"), or graded by an adverb of
    degree ("less welcomed", "very isolated")? Only "be" and "get" make a verbal passive, which
    tells an act done; a linking verb ("feel", "seem", "become") takes an adjective, and only
    a gradable adjective takes "very" (grammar facts; ``linking_verbs`` of events.yaml,
    ``degree_adverbs`` of physical.yaml). A "by" agent names a doer and keeps the act ("felt
    betrayed by the party"), and so does an adverb of amount after "be" or "get", which grades
    how much of the act was done ("were more harassed", ``amount_adverbs``)."""
    if verb.tag_ != "VBN" or deps & {"agent", "dobj"}:
        return False
    linking = lexicon().linking_verbs
    if verb.dep_ in PREDICATIVE_DEPS and verb.head.lemma_.lower() in linking:
        return True
    if any(
        c.dep_ in ("aux", "auxpass") and verb_forms(c, PAST_TAGS) & linking.keys()
        for c in verb.children
    ):
        return True
    # the degree adverb stands right before its adjective; "so" opening the clause ("So
    # they must be paid") links sentences and grades nothing
    graded = [
        c
        for c in verb.children
        if c.dep_ == "advmod"
        and c.i == verb.i - 1
        and c.lower_ in physical.word_list("degree_adverbs")
    ]
    if not graded:
        return False
    # after "be" or "get" an adverb of amount grades the act done, and the passive stays
    # verbal ("were more harassed than before": harassed more often)
    amount = physical.word_list("amount_adverbs")
    passive = any(
        c.dep_ in ("aux", "auxpass") and verb_forms(c, PAST_TAGS) & PASSIVE_AUXILIARIES
        for c in verb.children
    )
    return not (passive and all(c.lower_ in amount for c in graded))


#: The verbs that make a verbal passive with a past participle (a grammar fact of English;
#: the parser hangs "got" as a plain auxiliary).
PASSIVE_AUXILIARIES = frozenset({"be", "get"})


#: The tags of the past forms a linking verb hung as an auxiliary has.
PAST_TAGS = ("VBD", "VBN")


#: Dependents by which a verb describes its subject ("sounded subdued", "seemed surprised").
PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})


def _aimless_object(verb: Token, sense: Sense, words: list[Token], aimed: dict[str, str]) -> bool:
    """Is the one word a pattern matched beside the verb a noun that names a demand only
    with its aim, whose own act the verb performs, with no aim named ("launched a campaign",
    "- * CAMPAIGN [020] # LAUNCH", said of an election campaign)? The aim may hang on the
    noun or on the verb ("launched a campaign to free the prisoners"). A verb that does
    another act to the noun ("rejected the offer") is not concerned."""
    others = [w for w in words if w.i != verb.i and w.dep_ != "prt"]
    if len(others) != 1:
        return False
    noun = others[0]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in aimed:
        return False
    own = noun_sense(noun)
    if own is None or own[0].type != sense.type:
        return False
    return not (_names_its_aim(noun) or _names_its_aim(verb))


def _names_its_aim(token: Token) -> bool:
    """Does the word name the aim of the act: an infinitive, or a "for" or "against" phrase
    that is not a person ("campaigned against the dam", "a campaign to free the prisoners",
    "voted to impose sanctions"; not "voted for Smith", "campaigned for her")?"""
    for child in token.children:
        objects = [p for p in child.children if p.dep_ in ("pobj", "pcomp")]
        aim = child.dep_ == "prep" and child.lower_ in lexicon().aim_preps
        if aim and any(not _is_person(p) for p in objects):
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            # "in support of the strikers", "in protest": an aim, unless it is a person's
            named = [p for p in objects if p.lemma_.lower() in lexicon().aims]
            if any(not any(_is_person(o) for o in of_objects(p)) for p in named):
                return True
        if child.dep_ in ("xcomp", "acl", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return True
    return False


#: Dependencies that join a noun to the verb of its clause through a preposition ("converged
#: for a rally"); a direct object's infinitive is the purpose of the verb's own act ("gave his
#: campaign money to show donors", "mounted a press to avert a loss").
CLAUSE_NOUN_DEPS = frozenset({"pobj", "prep"})


def _aim_of_clause(noun: Token) -> bool:
    """Does the noun, or the verb of the clause whose prepositional phrase it is, name its aim
    ("a rally against the war", "converged for a rally in Lagos to protest the arrests": the
    parser hangs the infinitive of purpose on the verb, and it still says what the rally is
    for)?"""
    if _names_its_aim(noun):
        return True
    current = noun
    while current.dep_ in CLAUSE_NOUN_DEPS and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return _names_its_aim(current)
    return False


def _forecasts(verb: Token, deps: set[str]) -> bool:
    """Is the verb of prediction a forecast: passive ("is expected to win", "the votes
    expected", "as expected": a past participle with neither subject nor "have" is passive,
    a grammar fact), or about another's act ("expects Smith to resign")?"""
    participle = verb.tag_ == "VBN" and (
        verb.dep_ in ("acl", "amod") or not deps & {"nsubj", "aux"}
    )
    passive = "auxpass" in deps or participle
    return passive or ("dobj" in deps and "xcomp" in deps) or "ccomp" in deps


#: Penn tags of wh-words ("what", "which", "who", "whose", "how", "why", "where", "when").
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asks_for_something(verb: Token) -> bool:
    """Does the verb of asking name what is asked for: an infinitive ("asked Iran to
    withdraw"), a "for" phrase, or a clause that is no question ("asked that he resign")?"""
    if any(c.lower_ == "?" for c in verb.children):
        return False  # "'Will you run?' she asked him": the question is the verb's own clause
    if any(c.tag_ in WH_TAGS and c.i > verb.i and c.dep_ != "prep" for c in verb.children):
        return False  # "asked which of them she trusted": the parser hangs the wh-word on the verb
    if _asks_a_split_question(verb):
        return False  # "asked him which states he could win": a question the parser split in two
    for child in verb.children:
        if child.dep_ == "xcomp":
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            # "asked for aid", not "I ask, for who?"
            return not any(p.tag_ in WH_TAGS for p in child.children)
        if child.dep_ == "ccomp" and not _is_question(child):
            return True
    return False


def _asks_a_split_question(verb: Token) -> bool:
    """Is a question the verb's first complement ("asked Rubio which states he could win",
    with the clause split by the parser)? It must follow the verb or its object at once;
    an infinitive ("ask you to support the slate") asks for an act, whatever comes later."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    objects = [c.i for c in verb.children if c.dep_ in ("dobj", "dative")]
    start = max([verb.i, *objects]) + 1
    return any(
        c.dep_ == "ccomp" and c.left_edge.i == start and _is_question(c) for c in verb.children
    )


#: Penn tags of the finite auxiliaries and modals that open a direct question by inversion
#: ("Will you run?", "Do we feel ...?", "Is it true?").
INVERTED_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})


def _is_question(clause: Token) -> bool:
    """Is the clause a question: an indirect one opened by a wh-word, "whether" or "if"
    ("asked whether ...", "asked who they thought ..."), or a direct one, ending in a
    question mark or opened by an auxiliary before its subject ("asked, 'Will you run?'")?
    A grammar fact of English questions."""
    opened = (
        c.tag_ in WH_TAGS or (c.dep_ == "mark" and c.lower_ in grammar.QUESTION_MARKS)
        for c in clause.children
    )
    if any(opened):
        return True
    # sorted: a non-projective parse yields a subtree out of order ("who they thought was")
    words = sorted(
        (t for t in clause.subtree if not t.is_punct and not t.is_quote), key=lambda t: t.i
    )
    if not words:
        return False
    first = words[0]
    if first.tag_ in WH_TAGS or first.lower_ in grammar.QUESTION_MARKS:
        return True
    if any(t.lower_ == "?" for t in clause.subtree):
        return True
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and first.dep_ in ("aux", "auxpass", "ROOT", "ccomp")
        and first.tag_ in INVERTED_TAGS
        and first.i < subject.i
        and first.head in (clause, first)
    )


#: Penn tags of a finite verb in the indicative (past, present third person, present).
INDICATIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _claims(verb: Token, deps: set[str]) -> bool:
    """Does the verb of proposal state a claim: an indicative clause as its only complement
    ("suggested that he went too far"), where a proposal takes a subjunctive or "should"
    clause ("suggested that he resign", "suggested that talks should resume")?

    So do a thing as its subject ("polls suggest a deal", "a report suggesting donors were
    favoured": a thing indicates, only a party proposes) and a parenthetical verb whose
    clause around it is indicative ("Voters, she suggested, don't have to worry"). An "as"
    clause ("as his manager suggested") may recall a claim or a proposal, and is kept."""
    if not _proposer(verb):
        return True
    if deps & {"dobj", "xcomp"}:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses and verb.dep_ in ("parataxis", "ccomp") and verb.head.i > verb.i:
        clauses = [verb.head]  # the parenthetical's clause is the one it interrupts
    for clause in clauses:
        group = [c for c in clause.children if c.dep_ in ("aux", "auxpass")] + [clause]
        first = min(group, key=lambda t: t.i)
        if first.tag_ == "MD":
            return first.lower_ not in lexicon().mandative_modals
        return first.tag_ in INDICATIVE_TAGS
    return False


def _proposer(verb: Token) -> bool:
    """Can the one who proposes be a party: a subject that can act, or none found? The
    participle of a noun ("a report suggesting ...") or of a clause whose subject is a thing
    ("the lull has downsides, suggesting ...") has that noun or subject as its own. Only a
    common noun that names no one is a thing: a pronoun or a name may propose."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ == "acl":
        subject = verb.head
    elif subject is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return True
    if subject.dep_ == "csubj":
        return False  # "Declining to answer suggests ...": a clause proposes nothing
    if subject.pos_ != "NOUN" or pt.agentive(subject):
        return True
    # a capitalised word is a name the tagger missed ("Sanders proposes") inside a sentence,
    # or at its start when the article also writes it so inside a sentence
    return subject.is_title and any(
        t.text == subject.text and t.i != sentence_of(t).start for t in subject.doc
    )


#: Entity labels of a candidate or the voters' side (spaCy's OntoNotes labels): a person or a
#: group named by nationality, religion or party ("Republicans").
CANDIDATE_ENTS = frozenset({"PERSON", "NORP"})


def _is_person(token: Token) -> bool:
    """Is the word a named person or group, or a personal pronoun ("Smith", "Republicans",
    "her", "them")?"""
    return token.ent_type_ in CANDIDATE_ENTS or (token.pos_ == "PRON" and token.lower_ != "it")


#: Complements that make a verb of naming or judging a comment: a predicate on its object
#: ("called the plan *a failure*", "consider it *urgent*") or a clause ("think *that ...*").
#: CAMEO codes such frames of CALL and CONSIDER as comments (012, 013), which have no PLOVER
#: type.
JUDGEMENT_DEPS = frozenset({"oprd", "ccomp", "acomp"})


def _parenthetical(verb: Token) -> bool:
    """Is the verb set into the clause it reports ("the plan, she argued, would fail"; "It
    is a chimera, Mr. Furman argued.")? The parser hangs such a verb of saying on the
    reported clause as parataxis: the clause is its content, a view stated."""
    return verb.dep_ == "parataxis" or (
        verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    )


#: The code of CAMEO's GO_SOMEWHERE block (CAMEO.2.0.txt:5336), PLOVER CONSULT.
JOURNEY_CODE = "040"


def _named_destination(verb: Token) -> bool:
    """Does the verb of motion name where it goes: a named place, body or person as its
    object or after "to", "in", "at" (after "for" or "to" for a verb of departure)?"""
    lex = lexicon()
    departs = verb.lemma_.lower() in lex.departing
    preps = lex.departure_preps if departs else lex.destination_preps
    for child in verb.children:
        if child.dep_ == "dobj" and child.ent_type_ in NAME_LABELS and not departs:
            return True
        goes_to = child.dep_ in ("prep", "dative") and child.lower_ in preps
        if goes_to and any(
            p.dep_ == "pobj"
            and (p.ent_type_ in NAME_LABELS or p.pos_ == "PROPN")
            and p.ent_type_ not in TIME_LABELS  # "arrived in March": no destination
            for p in child.children
        ):
            return True
    return False


def _names_a_threatened_act(noun: Token) -> bool:
    """The object of "threaten" names the act threatened when it is an act noun or is aimed
    at someone: "threatened sanctions", "threatened further action against Russia" (CAMEO's
    threat codes 131-138 are named by such objects), not "threatens everything"."""
    if noun_sense(noun) is not None or nominal_sense(noun) is not None:
        return True
    return any(c.dep_ == "prep" and c.lower_ in physical.TARGET_PREPS for c in noun.children)


def _warned_of_act(noun: Token) -> bool:
    """Does the object carry the act warned of in its own "of" phrase ("warned the city
    government of a general strike")? "Warn someone of something" takes the thing in an "of"
    phrase of the verb (grammar), which the parser hangs on the object; WARN's patterns code
    the act so named as the threat ("- * (OF HARTALS) + [133]", "- * (OF &FIGHT) [138]")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(_names_a_threatened_act(p) for p in c.children if p.dep_ == "pobj")
        for c in noun.children
    )


def _addressed_pattern_noun(noun: Token, words: list[Token]) -> bool:
    """Is the object the word a CAMEO threat pattern names, addressed to a party by its own
    "to" phrase ("issued an ultimatum to Serbia": "- * ULTIMATUM [139] # ISSUE"; "delivered a
    warning to Iran": "- * WARNING [130] # DELIVER")? The pattern says which threat; the
    parser hangs the addressee on the noun, not on the verb, so the verb's own frame test
    above does not see it."""
    if not any(w.i == noun.i for w in words):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(pt.is_entity(p) for p in pt.prep_objects(c))
        for c in noun.children
    )


def _reading_in_words(verb: Token, sense: Sense, words: list[Token]) -> tuple[str, str, str] | None:
    """How CAMEO reads the verb when no force is shown, for a sense that needs force shown:
    (the code prefix of the block's pattern to look for, the code taken, what it is called).
    An attack is read as criticism (a pattern coded 11x; 111), the DEFEND block's own
    protection as a defence in words (its 052 patterns); other senses need no force."""
    if physical.needs_evidence(sense):
        return "11", VERBAL_ATTACK, "criticism"
    if words == [verb] and physical.protects(sense):
        return VERBAL_DEFENCE, VERBAL_DEFENCE, "a defence in words"
    return None


def _commits_to_conflict(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "xcomp":
            found = verb_sense(child)
            if found is not None and found[0].type in announce.MATERIAL_CONFLICT:
                return True
            if found is not None and announce.pledged_threat(found[0].code, verb, child):
                return True  # "promised to veto": the pledge is a THREATEN
    return False


def _is_support(verb: Token, *, performed: bool = False) -> bool:
    """A verb that makes its object noun an act, tolerant of lemmatizer slips ("staged" →
    "stag"). With ``performed``, only verbs whose subject is the act's actor."""
    lex = lexicon()
    forms = verb_forms(verb)
    if not forms.isdisjoint(lex.light):
        return True
    return not performed and not forms.isdisjoint(lex.about)


def _light_object(
    verb: Token, words: list[Token], sense: Sense
) -> tuple[Sense | None, list[Token]] | None:
    """What a light verb's object says of the act ("sent a mediation mission", "ordered an
    investigation"), if it says more than the verb alone.

    (None, []) when the object is an event noun and the verb matched no pattern of its own:
    the noun is the act, coded from the noun ("ordered an investigation" is the
    investigation, not an order). (sense, words) when the pattern matched a head noun that
    names no act by itself and a compound modifier of it does: the modifier says which act
    ("a mediation mission" is mediation; PETRARCH2's CAMEO pattern "* &MEDIATION BETWEEN"
    [045])."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if words == [verb]:
        if noun_sense(obj) is not None or nominal_sense(obj) is not None:
            return None, []
        return None
    if obj not in words:
        return None
    own = noun_sense(obj)
    if own is not None and _phrase_shows_force(obj, own[0], sense):
        # "soldiers staged a strike on the camp": the noun's own phrase shows force (its armed
        # doer, weapon or target), which CAMEO reads before the light verb's bare noun
        # ("- &MILITARY * STRIKE [190] # LAUNCH", CAMEO.2.0.txt:3968, over "- * STRIKE [143]
        # # STAGE", CAMEO.2.0.txt:867): the noun is the act
        return None, []
    if own is not None and own[0].code and sense.code and refines(own[0].code, sense.code):
        # "staged a strike": the light verb's pattern has its root's general code ("- *
        # STRIKE [140] # STAGE", CAMEO.2.0.txt:858), the noun the finer one of that root
        # ("- * STRIKE [143] # STAGE", 867, as HOLD reads it): the noun says which act
        return None, []
    if own is not None and len(own[1]) > 1 and own[0].code != sense.code:
        # "ordered the expulsion of ten diplomats": the noun's own phrase matches a pattern
        # of its verb ("expel * DIPLOMAT"), which says more than the light verb's pattern on
        # the bare noun ("order * EXPULSION [174]"): the noun is the act
        return None, []
    if own is not None or _is_document(obj):
        # "signed an extradition treaty": a document is what the act is done to, not an act
        # its modifier names (a treaty about extradition is signed, not an extradition)
        return None
    if _armed_or_arms(obj):
        # "sent 500 combat troops", "special operations forces", "attack helicopters": a
        # modifier of an armed body or a weapon names its kind, and the verb's own pattern
        # on the body ("- * &MILITARY [154] # DEPLOY") says what is done with it
        return None
    for mod in obj.children:
        if mod.dep_ == "compound" and mod.i < obj.i and not _set_phrase(mod, obj):
            found = noun_sense(mod)
            if found is not None:
                return found[0], [*found[1], obj]
    return None


def _light_act_object(verb: Token, obj: Token, words: list[Token]) -> bool:
    """Is ``obj`` the act noun a light verb's own pattern codes with it ("waged war", "- * WAR
    [190] # WAGE")? A light verb and its act noun are one predicate (a grammar fact;
    ``light`` in ``events.yaml``), so the noun's own phrase aims the act ("waged war on
    Ukraine" as "the war on Ukraine"), though the object of another verb of force names no
    one by its phrase."""
    if verb_forms(verb).isdisjoint(lexicon().light) or not any(w.i == obj.i for w in words):
        return False
    return noun_sense(obj) is not None


def _phrase_shows_force(noun: Token, own: Sense, pattern: Sense) -> bool:
    """Does the noun's phrase, not the noun alone, make it an act of force where the light
    verb's pattern reads another act? A noun whose own entry is force ("held his fire",
    "- * FIRE [0871] # HOLD") keeps the pattern's idiom; one the lexicon reads otherwise
    ("strike", 143) is force only by what its phrase adds."""
    if (own.code or "")[:2] not in FORCE_ROOTS or (pattern.code or "")[:2] in FORCE_ROOTS:
        return False
    nouns = lexicon().nouns
    row = nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower())
    return row is not None and row.code[:2] not in FORCE_ROOTS


def _set_phrase(modifier: Token, noun: Token) -> bool:
    """Is the modifier part of a thing's name that one of CAMEO's synonym sets lists ("battle
    tank", "infantry fighting vehicle" of WEAPON)? Then it names no act of its own: "sent
    battle tanks" sends weapons, it fights no battle."""
    doc = noun.doc
    first = min(
        (c.left_edge.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i),
        default=modifier.i,
    )
    phrases = {
        f"{' '.join(t.lower_ for t in doc[start : noun.i])} {word}"
        for start in range(first, modifier.i + 1)
        for word in (noun.lower_, noun.lemma_.lower())
    }
    return any(phrases & members for members in lexicon().synsets.values())


def _armed_or_arms(noun: Token) -> bool:
    """Is the noun a word of CAMEO's sets of arms ("helicopters", "rifles") or of armed
    bodies, or the head its armed bodies' phrases end in ("forces" of "special forces")?"""
    forms = {noun.lower_, noun.lemma_.lower()}
    return bool(forms & armed_words())


#: CAMEO's synonym sets of documents: agreements, proposals, programmes and information.
DOCUMENT_SETS = ("TREATY", "PROPOSAL", "PROGRAM", "INFORMATION", "EVIDENCE")


def _is_document(noun: Token) -> bool:
    """Is the noun a document of CAMEO's sets ("treaty", "accord", "plan", "report")?"""
    lex = lexicon()
    forms = {noun.lower_, noun.lemma_.lower()}
    return any(forms & lex.synsets.get(name, set()) for name in DOCUMENT_SETS)


def _finishes(verb: Token, noun: Token) -> bool:
    """Is ``noun`` the noun of a phrasal verb that ``verb`` brings to its end ("completed the
    takeover of the airport")? CAMEO's FINISH block codes such nouns as their own act ("- *
    PULLOUT [0874]", "- * HANDOVER (OF DOCUMENT) [0842] # COMPLETE"); other objects of the
    same verbs name no act of a party ("completed their sentences", "finish the mission")."""
    lex = lexicon()
    return not verb_forms(verb).isdisjoint(lex.finishing) and noun.lower_ in lex.noun_verbs


def _names_an_act(noun: Token) -> bool:
    """A noun is an event where it is an act, not a topic: "launched an attack",
    "the attack killed", "there was an attack", "any sabotage would be met"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "during"):
        verb = head.head
        lemma = verb.lemma_.lower()
        return verb.pos_ in ("VERB", "AUX", "ADJ") and (
            lemma in lexicon().motion or head.lower_ == "during"
        )
    if noun.dep_ not in NOUN_EVENT_DEPS:
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return _is_support(head) or _finishes(head, noun)
    if noun.dep_ == "nsubj" and is_statement_verb(head.lemma_.lower()):
        # "the campaign said", "the appeal states": who makes a statement is a party, not
        # an act (CAMEO codes "say", "tell", "announce" as statements, root 01)
        return False
    if noun.dep_ == "conj":
        return _names_an_act(head) if head.pos_ in ("NOUN", "PROPN") else False
    if noun.dep_ == "attr" and _classifies_subject(noun):
        return False
    return noun.dep_ != "appos"


def _names_doer(prep: Token) -> bool:
    """Does the phrase, or a phrase inside its object, name the doer or parties of the act
    ("by the speaker", "about the wall between two senators": the parser often hangs the
    parties on the topic)?"""
    if prep.lower_ in lexicon().doer_preps:
        return True
    return any(
        inner.dep_ == "prep" and inner.lower_ in lexicon().doer_preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for inner in pobj.children
    )


def _classifies_subject(noun: Token) -> bool:
    """Is the act noun an indefinite predicate nominal that classifies its subject ("their
    method is a raid at night", "the main danger is sabotage of pipelines")?

    An indefinite (or bare) predicate nominal is non-referential: it ascribes a kind to the
    subject and introduces no entity or act of its own (a grammar fact of copular
    predication), so it tells no act unless the subject itself is a happening: a pronoun or
    free relative standing for one, "there", or an act noun (which is then coded itself). A
    predicate that names who did the act ("the surprise was a demand by the speaker")
    specifies a particular act, and is one."""
    for child in noun.children:
        if child.dep_ == "poss" or (
            child.dep_ == "det" and child.lower_ not in lexicon().indefinite_articles
        ):
            return False  # "the worst attack", "America's longest war": identifying
        if child.dep_ == "prep" and _names_doer(child):
            return False  # "one sticking point is a demand by the speaker": who made it
        if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or child.ent_type_):
            return False  # "the highlight was a Senate debate"
    copula = noun.head
    subject = next(
        (c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None
    )
    if subject is None or subject.dep_ in ("expl", "csubj"):
        return False
    if subject.lower_ in lexicon().happening_subjects or subject.pos_ == "PRON":
        return False
    return noun_sense(subject) is None and nominal_sense(subject) is None


def _verb_event(
    verb: Token,
    sense: Sense,
    words: list[Token],
    index: ActorIndex,
    quotes: list[Quote],
) -> _Draft | None:
    context = pt.speaker_context(verb, quotes)
    subject, obj, passive = pt.arguments(verb)
    if sense.type == "REJECT" and not passive and _figure_falls(verb, subject):
        return None  # "voters' views have declined by nine points": a fall, no refusal
    if not passive and obj is None and sense.type in pt.ACTS_OF_FORCE:
        # "Opposition leader detained in Minsk": the leader was detained
        passive = pt.headline_passive(verb)
    actor_parts = pt.participants(subject, index, context)
    recipient_parts = object_parts = pt.participants(obj, index, context)
    topic = sense.type == "CONSULT" and not passive and verb.lemma_.lower() in lexicon().topical
    if topic:
        # "discussed Ukraine by phone": the object is what the talks are about, not a party,
        # nor is whose it is ("discussing a tweet from Trump")
        recipient_parts = object_parts = []
    if obj is not None and pt.pattern_thing(obj, words, object_parts, index):
        # "shared intelligence with Jordan": the pattern's own object word is what is done or
        # given, not a party, though the word may also name a body (intelligence, security)
        recipient_parts = object_parts = []
    if pt.releases_others(sense):
        # "released 100 political prisoners": people released whose country the text does not
        # name are the actor's own (the domestic recipient below), not a party of their own
        recipient_parts = [p for p in recipient_parts if p.code]
    prep_recipients = pt.prep_participants(verb, sense.type, index, context)
    if topic and obj is not None:
        # "discussed trade with Kenyan officials": the parser hangs the verb's "with" on the matter
        prep_recipients = pt.unique(prep_recipients + pt.matter_partners(obj, index, context))
    if recipient_parts and pt.dative_goal(verb, prep_recipients):
        recipient_parts = []  # "sent troops to Ivory Coast": the goal receives, not the theme
    elif pt.given_object(verb, obj, words):
        recipient_parts = []  # "will send Leopard battle tanks": what is sent, not who receives
    if passive:
        actor_parts, recipient_parts = pt.passive_agent(verb, index, context), actor_parts
        if not recipient_parts and subject is not None:
            # "a camp for Congolese refugees was attacked": the refugees
            recipient_parts = pt.owners(subject, index, context)
    lex = lexicon()
    # every object joined by "and" must be one no one sells: "bought time and tanks" buys tanks;
    # the idiom takes the bare noun: "bought ad time", "air time" is broadcast time, sold
    unsold = obj is not None and all(
        o.lemma_.lower() in lex.unsold and not any(c.dep_ == "compound" for c in o.children)
        for o in [obj, *(c for c in obj.children if c.dep_ == "conj")]
    )
    if unsold and verb.lemma_.lower() in lex.acquiring:
        return None  # "bought time from the court": a delay won, nothing bought
    if physical.killing_of_people(verb) is False:
        return None  # "executed the plan": carried out; only people executed are killed
    if _verdict_of_no_court(verb, sense, subject, passive, actor_parts):
        return None  # "the inquiry found him guilty of negligence": a judgement, no conviction
    said = " ".join(verb_lemma(t) if t is verb else t.lemma_ for t in words)
    reason = f"verb '{said}' in the lexicon as {sense.type}"
    # "the agreement between Armenia and Azerbaijan was signed": the pattern's object word, object
    # of the active verb or subject of the passive one, names the parties "between" whom it holds
    # "mediated talks between Israel and Hamas": a mediation's object, whatever its noun, is
    # what the mediator stands between (CAMEO "- * BETWEEN [045] # MEDIATE", "- $ &NEGOTIATION
    # BETWEEN + * OFF # BROKER": its parties are the mediator's targets)
    # "talks between Israel and Hamas were mediated by Egypt", "talks ..., mediated by Egypt":
    # of a passive mediation, the subject is what is mediated (the object of the active verb)
    # "suspended its role as mediator between Hamas and Israel": a mediation halted (165) has
    # the same targets, the parser hanging them on the role's noun
    patient = subject if passive else obj
    mediated_object = (
        [patient, *pt.mediator_roles(patient)]
        if sense.code in pt.MEDIATIONS and patient is not None
        else []
    )
    pattern_words = [w for w in words if w.dep_ in ("dobj", "nsubjpass")]
    if sense.type == "ASSAULT" and not passive:
        prep_recipients = pt.unique(
            prep_recipients + pt.projected_at(verb, obj, pattern_words, index, context)
        )
    for where in pt.unique_tokens([verb, *pattern_words, *mediated_object]):
        parties, mediated = pt.between(where, sense.code, index, context)
        actor_parts = pt.unique(actor_parts + parties)
        prep_recipients = pt.unique(prep_recipients + mediated)
    hosts = pt.journey_hosts(verb, index, context) if sense.type == "CONSULT" else []
    if hosts and sense.mode != "visit" and not passive:
        # "travelled to Russia": a journey to a party is a visit, its host the recipient
        visit = Sense.of_code(pt.VISIT_CODE, pt.VISIT_SOURCE)
        if visit is not None:
            sense = visit
            reason += f"; a journey to '{hosts[0].name}': a visit"
    if sense.mode == "visit":
        prep_recipients = pt.unique(prep_recipients + hosts)
    named_doer = bool(actor_parts)  # before a meeting's partners join the actors
    partners: list[Participant] = []
    meeting = sense.type == "CONSULT" and sense.mode != "visit" and sense.code != pt.MEDIATION
    if meeting and not passive and pt.visiting_verb(verb):
        # "visited Warsaw for talks": talks on a visit, whose host is the recipient
        meeting = False
    doers = actor_parts
    if meeting and not doers and not passive and not pt.has_own_subject(verb):
        # "Ruto is set to meet Somali leaders": the doer of a complement is the subject it
        # inherits below, a doer named as much as the subject of "Ruto will meet them"
        doers = pt.inherited_actor(verb, index, context)
    if meeting and pt.meets_named_partner(
        doers, pt.unique(recipient_parts + prep_recipients), passive
    ):
        # "Ruto met with Somali leaders": the subject meets, the one met is the recipient
        meeting = False
    if meeting:
        # parties named together ("Egypt and Jordan met"), or a partner with no doer named:
        # every party to the meeting is an actor and there is no recipient (PLOVER manual,
        # "Compound and Reciprocal Actors"). A visit keeps visitor (actor) and host
        # (recipient) apart.
        partners = pt.unique(recipient_parts + prep_recipients)
        actor_parts = pt.unique(actor_parts + partners)
        recipient_parts = []
    else:
        recipient_parts = pt.unique(recipient_parts + prep_recipients)
    if (
        sense.code == TELEPHONE_CALL
        and obj is None
        and len(pt.unique(actor_parts + recipient_parts)) < 2
        and subject is not None
        and "Sing" in subject.morph.get("Number")
    ):
        # "she said, speaking by phone from Nice": one person on the phone with no one named
        # is talking to the reporter; a consultation has two parties (PLOVER manual, CONSULT)
        return None
    own = pt.own_object(sense.type, verb.lemma_.lower(), sense.mode)
    if own:
        # "mobilized army reservists for a war against Iraq", "pull back its forces from the
        # border with Kosovo": the object is one's own force, not a recipient.
        recipient_parts = prep_recipients or (
            pt.prep_participants(obj, sense.type, index, context, measure=True)
            if obj is not None
            else []
        )
        for child in verb.children:
            if not recipient_parts and child.dep_ == "prep" and child.lower_ == "for":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    recipient_parts = pt.prep_participants(pobj, sense.type, index, context)
    if not recipient_parts and obj is not None and not own and not object_parts and not topic:
        # "rejected an Indian proposal", "a US offer", "calls by Belarus's rulers": whose thing
        # the object is. An object that is a party itself ("met the Israeli ambassador", a
        # partner of the meeting) is no one's thing: its country is not another party.
        recipient_parts = pt.owners(obj, index, context)
        if not recipient_parts and (
            not physical.needs_evidence(sense) or _light_act_object(verb, obj, words)
        ):
            # "imposed sanctions on Belarus": the parser hangs the verb's phrase on its object;
            # only a party with a code ("questions on it" names no one)
            recipient_parts = [
                p
                for p in pt.prep_participants(obj, sense.type, index, context, measure=True)
                if p.code
            ]
    if (
        obj is not None
        and recipient_parts
        and not pt.others(recipient_parts, actor_parts)
        and any(w.i == obj.i for w in words)
    ):
        # "lifted its ban on Bolivian imports", "stepped up its attacks on Ghana's record": the
        # pattern's own word naming only the actor is the actor's own measure or act, whose
        # own phrase names the other party when it names a coded one
        recipient_parts = pt.object_phrase_parties(obj, sense.type, index, context) or (
            recipient_parts
        )
    if not recipient_parts and obj is not None and actor_parts and not object_parts and not meeting:
        # "rejected the changes proposed by the EU": the maker of the object, for an act
        # that has its doer (a party added to a trigger that names none would make an event
        # of it: "a waterway dominated by the United States"), and not the doer itself. A
        # meeting has no recipient ("held a meeting led by the governor": he is a partner)
        recipient_parts = pt.others(pt.makers(obj, index, context), actor_parts)
    if not recipient_parts and obj is not None and not topic:
        # "accepted a loan from Britain", "won support from Congress": the giver
        recipient_parts = pt.giver(verb, sense, words, index, context)
    if not recipient_parts and sense.mode == "investigate" and not passive:
        # "opened an investigation into war crimes in Ukraine": whom the matter concerns
        recipient_parts = pt.others(pt.investigated(verb, obj, words, index, context), actor_parts)
    if not recipient_parts and obj is None and sense.type == "THREATEN":
        # "called for sanctions against Iran" (CAMEO 1312 "- * (FOR SANCTIONS)" under CALL): the
        # threat is the act asked for, its "for" object, whose own phrase names the one
        # threatened, as a direct object's does above ("threatened sanctions against Iran")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = pt.prep_participants(pobj, sense.type, index, context)
                recipient_parts += [p for p in found if p.code]
    if (
        not recipient_parts
        and obj is not None
        and sense.type == "THREATEN"
        and _light_act_object(verb, obj, words)
    ):
        # "issued a warning to Iran", "sent an ultimatum to Serbia": a verb of giving puts the
        # one given to in a "to" phrase (the dative alternation, "gave Iran a warning"), and
        # the parser hangs it on the verb; a warning or threat given to a party is aimed at it
        # as the noun's own "to" phrase is ("a warning to Iran")
        for prep in (c for c in verb.children if c.dep_ in ("prep", "dative")):
            if prep.lower_ == "to" and prep.i > obj.i:
                for pobj in pt.prep_objects(prep):
                    recipient_parts += [p for p in pt.participants(pobj, index, context) if p.code]
    if not recipient_parts and obj is not None and sense.type == "THREATEN":
        # "threatened a nuclear strike on American bases": the act threatened names its
        # target, and a thing there its owner (PETRARCH2 "- * SPECULATION POSSIBLE STRIKE ON +
        # [138] # FUEL"), before the place the threat was made in
        recipient_parts = pt.act_targets(obj, index, context)
    borrowed: list[Participant] = []  # the parties read from the act committed to
    ceased = verb.lemma_.lower() in lexicon().ceasing
    if (
        not recipient_parts
        and (
            sense.type in ("REQUEST", "AGREE", "THREATEN", "REJECT", *pt.CLAUSE_DOER_TYPES)
            or ceased
        )
        and pt.told(verb, index) is None
    ):
        # "demanded that the US cancel ...": the one asked is the subject of what is demanded;
        # "offered to negotiate with Armenia": the partner of the act offered; "complained
        # that Ghana had closed the border": who did what is charged; "stopped funding the
        # agency": the party of the act ended.
        recipient_parts = pt.complement_parties(verb, sense.type, index, context)
        borrowed = recipient_parts
    if sense.type == "REJECT" and actor_parts and not pt.others(recipient_parts, actor_parts):
        # "refused to back down despite pressure from Berlin": the one held out against, by
        # someone who holds out ("despite U.S. manufacturing shrinking, profits declining":
        # no one refuses anything)
        recipient_parts = pt.defied_parties(verb, index, context) or recipient_parts
    if sense.type == "PROTEST" and not pt.others(recipient_parts, actor_parts):
        # "blocked a road to show their disapproval of the United States' policies"
        recipient_parts = pt.purpose_parties(verb, index, context) or recipient_parts
    if sense.type == "THREATEN" and not pt.others(recipient_parts, actor_parts):
        # "threatened to close its border unless Greece withdrew": its own border is no one
        # "threatened to retaliate if Israel attacked": the one whose act would set it off
        condition = pt.conditioned_party(verb, index, context, pt.THREAT_CONDITIONS)
        recipient_parts = pt.others(condition, actor_parts) or recipient_parts
    if not named_doer and not passive and not pt.has_own_subject(verb):
        # a passive verb's doer is its "by" agent or no one: the subject it shares with the
        # verb it is coordinated with is the one acted upon ("was attacked and looted"). A
        # meeting's partner is no doer of its own: "is eager to meet the ambassador" is done
        # by the subject of "is", who meets the ambassador
        actor_parts = pt.unique(pt.inherited_actor(verb, index, context) + actor_parts)
    if not actor_parts and not passive and subject is not None and _names_an_act_noun(subject):
        # "the attack by Taliban militants killed four soldiers", "a bombing near Samarra killed
        # a soldier": an act named as the subject does what the verb says, by its own doer
        actor_parts = _doers_of_act(subject, index, context, placed=physical.needs_evidence(sense))
    counted = physical.statistic(verb, [subject, obj])
    if counted is not None:
        return None  # a statistic, not one event
    placed = (
        _place_hit(verb, obj, index, context)
        if physical.needs_evidence(sense)
        and not (actor_parts or recipient_parts or passive)
        and verb.tag_ in FINITE_TAGS
        else []
    )
    if physical.needs_evidence(sense) and (
        (physical.reflexive(patient) and physical.suicide_bombing(verb) is None)
        or not (actor_parts or recipient_parts or placed)
    ):
        # "killed himself", "when a patient dies": no parties to code; "blew himself up" is
        # a suicide bombing, an attack on those around
        return None
    cyber = _cyber_sense(sense, verb, patient)
    if cyber is not None:
        # "hackers attacked government websites": force used on computers, or by hackers
        sense = cyber
        reason = f"verb '{verb.lemma_}' on computers or by hackers read as a cyber attack"
    reading = _reading_in_words(verb, sense, words)
    if reading is not None:
        found = physical.evidence(verb, patient, actor_parts, recipients=recipient_parts)
        if found is not None:
            reason += f"; physical: {found}"
        else:
            prefix, code, name = reading
            verbal = physical.verbal_reading(verb, prefix)
            in_words = Sense.of_code(code, verbal or "")
            if verbal is None or in_words is None or not recipient_parts:
                return None  # "beat him in the vote", "protect the Constitution": no force, no one
            speaker = pt.agent_of(verb) if passive else subject
            if speaker is not None and not _can_speak(speaker):
                # "shells hit a school", "the law protects judges": words are said by someone
                # (PLOVER manual, ACCUSE); a thing says nothing
                return None
            sense = in_words
            reason = (
                f"verb '{verb.lemma_}' with no physical target or context read as {name}, "
                f"as CAMEO reads it at {verbal}"
            )
    if placed and not recipient_parts and physical.needs_evidence(sense):
        recipient_parts = placed
        reason += f"; recipient: the country of the place hit ('{placed[0].name}')"
    addressed = (
        _addressed_party(verb)
        if sense.type == "PROTEST" and verb.lemma_.lower() in lexicon().verbal_protest
        else None
    )
    if addressed is not None:
        # "China protested to Japan over the visit": a protest presented to a party is a
        # diplomatic protest, ACCUSE (PLOVER manual, PROTEST: "Diplomatic protests, as well
        # as delegations presenting a disagreement to an organization or authority ... are
        # coded as ACCUSE"); CAMEO 114 "Complain officially"
        complaint = Sense.of_code(OFFICIAL_COMPLAINT, DIPLOMATIC_PROTEST)
        if complaint is not None:
            sense = complaint
            recipient_parts = pt.participants(addressed, index, context) or recipient_parts
            reason += f"; presented to '{addressed.text}': a diplomatic protest"
    absentia = lexicon().absentia
    if absentia is not None and _arrest_in_absentia(verb, sense):
        # "issued an arrest warrant in absentia for the exiled minister": no one is held; the
        # arrest waits on the person's return (the ``absentia`` entry of events.yaml)
        sense = absentia
        reason += "; an arrest in absentia: a threat of arrest"
    if sense.reverse:
        actor_parts, recipient_parts = recipient_parts, actor_parts
    conditioned = pt.conditioned_party(verb, index, context) if announce.unless(verb) else []
    return _Draft(
        sense, words, actor_parts, recipient_parts, reason, partners=partners,
        conditioned=conditioned, borrowed=borrowed,
    )  # fmt: skip


def _verdict_of_no_court(
    verb: Token, sense: Sense, subject: Token | None, passive: bool, actors: list[Participant]
) -> bool:
    """Is "found ... guilty" said by a finder that is no court ("the inquiry found him guilty of
    negligence", "voters found the senator guilty of arrogance")?

    The PLOVER manual's SANCTION mode convict finds someone guilty "in a court of law"; a
    judge, jury or court (``courts`` of events.yaml, or a finder of the judicial sector) gives
    a verdict (for the ``verdict_verbs``), anyone else a judgement. A finder left unsaid ("was
    found guilty") or a pronoun may be the court, and keeps the conviction."""
    lex = lexicon()
    if sense.type != "SANCTION" or verb.lemma_.lower() not in lex.verdict_verbs:
        return False
    finder = pt.agent_of(verb) if passive else subject
    if finder is None or finder.pos_ == "PRON":
        return False
    if any(p.sector == "JUD" for p in actors):
        return False
    return finder.lemma_.lower() not in lex.courts


def _figure_falls(verb: Token, subject: Token | None) -> bool:
    """Does a verb of refusal ("decline", "refuse") tell a figure's fall, not a refusal?

    Refusing needs someone who can refuse (the PLOVER manual's REJECT: an actor refuses a
    proposal or demand): a figure as subject ("voters' views have declined", ``figures`` of
    events.yaml) refuses nothing. Nor has a refusal a degree: a measure of the change
    ("declined 3.3 percent", "by nine points", "to 31 percent": ``change_units`` and
    ``change_preps``) tells a fall whatever the subject, and so does a measured participle of
    a verb of movement after it ("it declined in every state, dropping 50 percent in Texas":
    ``change_verbs``), which says how far the subject fell. "A number of senators declined"
    is the senators: an indefinite quantity noun with an "of" phrase counts who acts."""
    lex = lexicon()
    if subject is not None and subject.lemma_.lower() in lex.figures:
        kids = list(subject.children)
        quantifier = any(c.dep_ == "det" and c.lower_ in lex.indefinite_articles for c in kids)
        if not (quantifier and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)):
            return True
    if _measured(verb, lex):
        return True
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in lex.change_verbs
        and _measured(c, lex)
        for c in verb.children
    )  # fmt: skip


def _measured(verb: Token, lex: Lexicon) -> bool:
    """Does the verb carry a measure of a change ("declined 3.3 percent", "by nine points")?"""
    for child in verb.children:
        # as the object, a sum or a load is what is refused ("refused $5 million in aid",
        # "declined 200 tonnes of food"); only a share or a unit of change measures a fall
        shared = child.ent_type_ == "PERCENT" or child.lemma_.lower() in lex.change_units
        if child.dep_ in ("npadvmod", "dobj") and shared:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in lex.change_preps
            and any(g.dep_ == "pobj" and _measure(g, lex) for g in child.children)
        ):
            return True
    return False


def _measure(noun: Token, lex: Lexicon) -> bool:
    """Is the noun an amount a change is measured in ("3.3 percent", "nine points")?"""
    return noun.ent_type_ in AMOUNT_LABELS or noun.lemma_.lower() in lex.change_units


def _arrest_in_absentia(verb: Token, sense: Sense) -> bool:
    """Whether an arrest (CAMEO 173) is ordered "in absentia": an arrest warrant issued, or an
    arrest ordered, for someone out of reach. The PLOVER manual codes such an arrest as a
    threat, not as the arrest done; the phrase hangs on the verb or on its object ("issued a
    warrant in absentia", "issued in absentia an arrest warrant")."""
    if not (sense.code or "").startswith(ARREST_CODE):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    arresting = lexicon().arresting
    if not (verb.lemma_.lower() in arresting or any(h.lemma_.lower() in arresting for h in heads)):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ == "absentia" for c in prep.children)
        for head in heads
        for prep in head.children
    )


def _cyber_sense(sense: Sense, trigger: Token, target: Token | None) -> Sense | None:
    """The cyber attack an attack is when it is done by hackers or to computers (the PLOVER
    manual's COERCE mode cyber, CAMEO's 176), else None. A seizure of a computer ("police
    confiscated his computer") stays a seizure."""
    if sense.type != "ASSAULT" or not physical.cyber_act(trigger, target):
        return None
    return Sense.of_code(CYBER_ATTACK, CYBER_SOURCE)


#: Finite verb tags: a verb that tells an act by itself. A gerund with a determiner ("a fatal
#: police shooting in Tulsa") is an act noun the parser read as a verb, which the noun rules judge.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _place_hit(
    verb: Token, obj: Token | None, index: ActorIndex, context: str | None
) -> list[Participant]:
    """The country of the place an act of force names no party at ("air strikes hit rebel
    positions in northern Khartoum"): the known place of its object's or its own locative
    phrase. PETRARCH codes a phrase by the names in it, and its country dictionary lists a
    country's cities and provinces under the country (as for an act noun, ``_doers_of_act``).
    A place named by what stands there ("exploded outside the Iraqi embassy", "near a police
    station in Mogadishu") is read the same way one phrase deeper: the party the building's
    phrase names, else the known place of its own locative phrase.
    It stands in for the one hit, but shows no force: that needs evidence of its own."""
    for token in (obj, verb):
        place = place_of_phrase(token) if token is not None else None
        if place is not None and place.country is not None:
            return [_place_party(place)]
    if obj is not None:
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVE):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = [p for p in pt.participants(pobj, index, context) if p.code]
            if named:
                return named
            place = place_of_phrase(pobj)
            if place is not None and place.country is not None:
                return [_place_party(place)]
    return []


def _place_party(place: Location) -> Participant:
    """A known place as the party PETRARCH's country dictionary codes it by."""
    mention = Mention(place.name, place.span, "country") if place.span is not None else None
    return Participant(place.name, place.country, None, None, mention)


def _names_an_act_noun(noun: Token) -> bool:
    """Is the noun an act of the lexicon ("attack", "bombing", "offensive")?"""
    return noun.pos_ == "NOUN" and (noun_sense(noun) is not None or nominal_sense(noun) is not None)


def _doers_of_act(
    noun: Token, index: ActorIndex, context: str | None, *, placed: bool
) -> list[Participant]:
    """Who does the act a noun names: its "by" phrase (an action noun's "by" object is its
    verb's subject, a grammar fact); for an act of force (``placed``), else the country of
    the place the noun phrase names ("a bombing near Samarra", whose doer the text seldom
    knows): PETRARCH codes a noun phrase by the names in it, and its country dictionary
    lists a country's cities and provinces as names of the country
    (Phoenix.Countries.actors.txt: "+SAMARRA" under IRAQ_)."""
    _, agent = _nominal_arguments(noun)
    if agent is not None:
        found = pt.participants(agent, index, context)
        if found:
            return found
    place = place_of_phrase(noun) if placed else None
    if place is None or place.country is None:
        return []
    mention = Mention(place.name, place.span, "country") if place.span is not None else None
    return [Participant(place.name, place.country, None, None, mention)]


#: The code an attack in words takes: CAMEO 111 "criticize or denounce".
VERBAL_ATTACK = "111"
#: The code a defence in words takes: CAMEO 052 "Defend verbally" (SUPPORT).
VERBAL_DEFENCE = "052"
#: CAMEO 041 "Discuss by telephone" (CONSULT mode phone).
TELEPHONE_CALL = "041"
#: A protest presented to a party: CAMEO 114 "Complain officially" (ACCUSE).
OFFICIAL_COMPLAINT = "114"
#: CAMEO 173 "Arrest, detain, or charge with legal action" (COERCE arrest); the words that
#: make such an act an arrest rather than a charge are the ``arresting`` table of events.yaml.
ARREST_CODE = "173"
#: An attack on computers or by hackers: the code CAMEO.2.0.txt gives hacking (HACK block,
#: "- * COMPUTER [176]", "- * WEBSITE [176]"), the PLOVER manual's COERCE mode cyber.
CYBER_ATTACK = "176"
CYBER_SOURCE = (
    "PLOVER manual, COERCE mode cyber: 'cyber attacks and crime, including hacking, security "
    "breaches, website attacks'; CAMEO.2.0.txt:2061 '- * COMPUTER [176] # HACK'"
)
DIPLOMATIC_PROTEST = (
    "PLOVER manual, PROTEST: 'Diplomatic protests, as well as delegations presenting a "
    "disagreement to an organization or authority ... are coded as ACCUSE'; "
    "CAMEO2PLOVER-2021.txt 114 'Complain officially'"
)


def _addressed_party(verb: Token) -> Token | None:
    """The named party a verb's "to" phrase presents the act to ("protested to Japan")."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.ent_type_ in PARTY_LABELS or pobj.pos_ == "PROPN"):
                    return pobj
    return None


def _noun_event(
    noun: Token,
    sense: Sense,
    words: list[Token],
    index: ActorIndex,
    quotes: list[Quote],
) -> _Draft | None:
    if everyday.releases_no_one(noun, sense):
        return None  # "a press release", "the release of the emails": a text made public
    if everyday.bans_a_practice(noun, sense.code):
        return None  # "a ban on fracking": a practice banned restricts no party
    if everyday.polled_support(noun, sense):
        return None  # "Smith's support rose four points": a standing in the polls
    context = pt.speaker_context(noun, quotes)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and (c.pos_ == "PROPN" or c.ent_type_ in NAME_LABELS)
    ]
    # "the Orlando shooting", "the Benghazi attack": a place other than a country named before
    # an act noun says where it happened, not who did it (a country, "U.S. strikes", can be
    # either, and stays the doer as PETRARCH codes it)
    sites = [c for c in owners if c.dep_ != "poss" and pt.site(c, index)]
    owners = [c for c in owners if c not in sites]
    undergoers = [c for c in owners if c.dep_ == "poss"] if _doer_named_by(noun) else []
    owners = [c for c in owners if c not in undergoers]
    actor_parts: list[Participant] = []
    for owner in owners:
        actor_parts += pt.participants(owner, index, context)
    source = _source_from(noun, sense) if not actor_parts else None
    if source is not None:
        # "endorsements from faith leaders", "left after criticism from Republicans": the act's
        # source does it, not the subject of the verb the noun hangs on
        actor_parts = pt.participants(source, index, context)
    head = noun.head
    governor = head.head if noun.dep_ == "pobj" else head  # "converged for a rally"
    performs = (
        noun.dep_ == "pobj"
        or _is_support(governor, performed=True)
        or (noun.dep_ == "dobj" and _finishes(governor, noun))
    )
    if not actor_parts and performs and governor.pos_ in ("VERB", "AUX"):
        subject, _, passive = pt.arguments(governor)
        if not passive:  # "a speech that was never given": the subject is what is given
            actor_parts = pt.participants(subject, index, context)
    recipients = pt.prep_participants(noun, sense.type, index, context)
    if not recipients:
        for undergoer in undergoers:
            recipients += pt.participants(undergoer, index, context)
    if not recipients and sense.type == "REQUEST":
        # "its demand that Israel ease restrictions"
        for clause in noun.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and clause.pos_ in ("VERB", "AUX"):
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ not in lexicon().relatives:
                    recipients = pt.participants(subj, index, context)
                    break
    if not recipients and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        # "granted asylum to five officers", "give Tanzania a grant"
        recipients = pt.prep_participants(head, sense.type, index, context)
        datives = [c for c in head.children if c.dep_ == "dative"]
        for dative in datives:
            if dative.lower_ == "to" and sense.type == "THREATEN":
                # "sent a warning to Iran": the parser tags the verb's "to" phrase as its
                # dative; the one a warning is given to is the one it is aimed at, as in
                # "issued a warning to Iran" (the verb's event above)
                for pobj in pt.prep_objects(dative):
                    recipients += [p for p in pt.participants(pobj, index, context) if p.code]
                continue
            recipients += pt.participants(dative, index, context)
    # An action noun's "of" phrase is its verb's object and its "by" phrase the verb's
    # subject (a grammar fact): "the arrest of two commanders by the police".
    of_object, agent = _nominal_arguments(noun)
    if (
        sense.mode == "visit"
        and agent is None
        and not actor_parts
        and of_object is not None
        and pt.agentive(of_object)
    ):
        # "the visit of the Turkish president to Baghdad": one visits a place by going there,
        # so with no "by" phrase a visit's "of" phrase names who goes (the noun of "X visited":
        # a grammar fact), and the PLOVER manual codes the visitor as the actor ("the visitor
        # will always be coded as the actor and the host will be the recipient", CONSULT)
        actor_parts = pt.participants(of_object, index, context)
        if not recipients:
            # "the visit of Japan's defence minister to Manila": the parser hangs the visit's
            # "to" phrase on the visitor, as it does on a "by" agent
            recipients = _agent_to_phrase(of_object, sense, index, context)
        of_object = None
    if (
        not recipients
        and of_object is not None
        and not pt.own_object(sense.type, noun.lemma_.lower(), sense.mode)
    ):
        # "the suspension of flights to Iran": whose the object is, as for a verb's object
        recipients = pt.participants(of_object, index, context) or pt.owners(
            of_object, index, context
        )
    if not actor_parts and agent is not None:
        actor_parts = pt.participants(agent, index, context)
    if not actor_parts:
        # "a ceasefire declared by the rebels", "the offensive launched by Russian forces": a
        # reduced passive relative of a light verb says "the rebels declared a ceasefire", whose
        # subject does the act (as ``performs`` reads the active light verb above)
        performer = next(
            (
                doer
                for c in noun.children
                if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and _is_support(c, performed=True)
                for doer in [pt.agent_of(c)]
                if doer is not None
            ),
            None,
        )
        if performer is None and noun.dep_ == "nsubjpass" and _is_support(head, performed=True):
            # "the embargo was announced by Spain", "her extradition was ordered by a court":
            # a passive's "by" phrase is the subject of its active ("Spain announced the
            # embargo", a grammar fact), and the subject of a light verb does the act its
            # object names, as read for the active above
            performer = pt.agent_of(head)
        if performer is not None:
            actor_parts = pt.participants(performer, index, context)
    if (
        not actor_parts
        and of_object is not None
        and sense.type in pt.OWN_FORCES
        and pt.own_object(sense.type, noun.lemma_.lower(), sense.mode)
    ):
        # "the withdrawal of U.S. troops from Iraq", "the deployment of Kenyan police": the
        # force an act moves is the actor's own (as "withdrew its troops" reads its object),
        # so the "of" phrase names who acts, as the subject of the intransitive "U.S. troops
        # withdrew" does (a noun of an intransitive use takes its subject in "of": a grammar
        # fact of English nominalisations, "the arrival of the envoy")
        actor_parts = pt.participants(of_object, index, context)
    parties, mediated = pt.between(noun, sense.code, index, context)
    actor_parts, recipients = pt.unique(actor_parts + parties), pt.unique(recipients + mediated)
    if not recipients and agent is not None:
        # "a visit by Macron to Beijing": the parser hangs the act's "to" phrase on its agent
        recipients = _agent_to_phrase(agent, sense, index, context)
    if not recipients and sense.type == "THREATEN":
        # "China's warning to Taiwan", "an ultimatum to Serbia": a threat's "to" phrase names the
        # one threatened (only a coded party: "a threat to peace" names no one)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
            for pobj in pt.prep_objects(prep):
                found = pt.participants(pobj, index, context)
                recipients = pt.unique(recipients + [p for p in found if p.code])
    if sense.type == "CONSULT" and sense.mode == "visit":
        # "the visit by the Indian prime minister to Nepal": as for the verb, visitor and host
        # stay apart, and the "to" phrase names where the visit goes (only a coded party:
        # "a visit to the factory" names no one)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
            for pobj in pt.prep_objects(prep):
                found = pt.participants(pobj, index, context)
                recipients = pt.unique(recipients + [p for p in found if p.code])
    elif sense.type == "CONSULT":
        actor_parts, recipients = pt.unique(actor_parts + recipients), []
    if physical.trend(noun) is not None:
        return None  # "attacks stepped up": a trend, not one event
    if physical.needs_evidence(sense) and physical.idiom(noun) is not None:
        return None  # "made a killing on bonds": a profit, not an act
    if physical.needs_evidence(sense):
        target = physical.noun_target(noun)
        placed = bool(sites) or (
            target is not None and (target.head.lower_ != "in" or target.ent_type_ in PLACE_LABELS)
        )
        if not (actor_parts or recipients or placed):
            return None  # "since the attacks": as for a verb, an act with no parties or target
        people = physical.person_tokens(actor_parts + recipients, noun)
        cyber = _cyber_sense(sense, noun, target)
        if cyber is not None:
            sense = cyber  # "a cyber attack on the ministry": force on computers
        elif (
            physical.noun_evidence(noun, people=people) is None
            and physical.evidence(noun, target, actor_parts, recipients=recipients) is None
        ):
            return None  # "verbal attacks", "a war on poverty": no force shown
    places = {"dobj": f"object of '{head.text}'", "nsubj": "subject", "nsubjpass": "subject"}
    where = places.get(noun.dep_) or {"attr": "named as happening", "ROOT": "headline"}.get(
        noun.dep_, noun.dep_
    )
    reason = f"noun '{' '.join(t.text for t in words)}' in the lexicon as {sense.type}, {where}"
    return _Draft(sense, words, actor_parts, recipients, reason)


#: The act types whose noun names its doer in a "from" phrase: acts of words said or shown to
#: someone come from their doer ("endorsements from union leaders", "criticism from the
#: opposition"). PETRARCH2's patterns put the source actor there: "- + * CRITICISM FROM $ [111]
#: # FACE" (CAMEO.verbpatterns.150430.txt:2271), "- + SHARP * FROM $ [111] # ATTACK" (:1729),
#: "- * PROTESTS (FROM $) [110] # TRIGGER" (:2704). Not REQUEST, whose "from" names the one
#: asked ("requested aid from Japan"), nor the acts whose "from" is a place left ("a release
#: from prison", "a withdrawal from Iraq"), nor money given (a contribution's "from" names a
#: donor, seldom one who gives aid to a party the sentence names), nor THREATEN: a warning
#: from someone is as often advice about a danger ("warnings from doctors about the virus").
SOURCE_FROM_TYPES = frozenset({"SUPPORT", "ACCUSE"})
#: ACCUSE's investigate mode is left out: "a study from Harvard", "an analysis from Brookings"
#: name a text and who wrote it, not an inquiry into anyone.
SOURCE_FROM_SKIPPED_MODES = frozenset({"investigate"})


def _source_from(noun: Token, sense: Sense) -> Token | None:
    """The party a "from" phrase of an act noun names as the act's doer, for the types of
    :data:`SOURCE_FROM_TYPES`; a noun with its doer named is the act itself, not a topic,
    wherever it stands (an action nominal with its subject argument: Grimshaw 1990), as with a
    "by" phrase. Only someone who can act counts ("criticism from 2014" names no one)."""
    if sense.type not in SOURCE_FROM_TYPES or sense.mode in SOURCE_FROM_SKIPPED_MODES:
        return None
    if noun.pos_ != "NOUN":
        return None
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in lexicon().absence_nouns
    ):
        return None  # "the lack of support from voters": support that was not given
    preps = [c for c in noun.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ != "from":
            continue
        objects = pt.prep_objects(prep)
        # "a shift in support from Clinton to Obama": a path from one to another, the "to"
        # phrase on the noun, on "from" or on its object as the parser hangs it
        path = [*preps, *prep.children, *(c for o in objects for c in o.children)]
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in path):
            return None
        for pobj in objects:
            if pt.agentive(pobj):
                return pobj
    return None


def _doer_named_by(noun: Token) -> bool:
    """Does a "by" phrase name the doer of an act noun that has no "of" object: its own
    ("her arrest by the police") or that of the passive light verb it is the subject of ("her
    extradition was ordered by a court")? A prenominal possessor is then the one acted on,
    not the doer: in "X's N by Y" the possessor takes the place of the verb's object, as the
    subject of a passive does ("the city's destruction by the enemy" = "the city was
    destroyed by the enemy"; a grammar fact of English nominals). A "by" phrase of a thing
    ("by drone", "by Friday") names no doer."""
    of_object, agent = _nominal_arguments(noun)
    if of_object is not None:
        return False
    if agent is None and noun.dep_ == "nsubjpass" and _is_support(noun.head, performed=True):
        agent = pt.agent_of(noun.head)
    return agent is not None and pt.agentive(agent)


def _agent_to_phrase(
    agent: Token, sense: Sense, index: ActorIndex, context: str | None
) -> list[Participant]:
    """The coded parties of a "to" phrase the parser hung on an act noun's "by" agent ("a visit
    by Macron to Beijing", "an appeal by Egypt to Israel"): in "N by X to Z" the "to" phrase
    is the act's, as in "X visited Z" (a nominal keeps its verb's arguments, the "by" phrase
    its subject: a grammar fact). Not after a role whose own complement is "to": the one
    sent ("the ambassador to Mali", ``sent_to`` of titles.yaml) or the one serving
    ("an aide to the president", ``serving_to`` of titles.yaml); and only for the acts whose
    "to" names a party."""
    takes_to = "to" in pt.RECIPIENT_PREPS.get(sense.type, ()) or sense.type == "THREATEN"
    if not (takes_to or sense.mode == "visit"):
        return []
    if agent.pos_ != "PROPN":
        roles = default_roles()
        hit = roles.find([agent.lower_])
        if hit is None or hit.office.name in roles.sent_to or agent.lower_ in roles.serving_to:
            return []
    found: list[Participant] = []
    for prep in agent.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > agent.i:
            for pobj in pt.prep_objects(prep):
                found += [p for p in pt.participants(pobj, index, context) if p.code]
    return pt.unique(found)


def _can_speak(noun: Token) -> bool:
    """Can the noun say something: someone who acts ("the senator", "critics"), a text that
    speaks for its makers ("an ad attacks Clinton": ``documents`` in titles.yaml), or an act
    of words ("the Romney attack hit Trump")?"""
    lemma = noun.lemma_.lower()
    if pt.agentive(noun) or noun.lower_ in default_roles().documents:
        return True
    return lemma in default_roles().documents or noun_sense(noun) is not None


def _action_nominal(noun: Token) -> tuple[Sense, list[Token]] | None:
    """The act of a noun that names both its verb's object (the "of" phrase) and who does it:
    the "by" phrase ("the capture of the airport by Sudanese troops"), or a possessor who can
    act ("**Moscow's** rejection of the peace plan") whose "of" phrase fills a pattern of the
    verb ("reject * PLAN").

    A noun that takes its verb's arguments is an action nominal, the act itself, not its
    result or a thing (Grimshaw 1990, argument-structure nominals: "the capture of the town by
    the rebels" but "the capture was shown on television"); with an "of" object, a
    prenominal possessor is the verb's subject, as the "by" phrase is ("the enemy's
    destruction of the city" = "the destruction of the city by the enemy"; a grammar fact).
    The possessive is also the form of kinds and results ("Cruz's brand of conservatism",
    "the party's prize of the day", "Fox's revival of the series"), so there the "of"
    phrase must be what the verb's CAMEO patterns take as its object; only a possessor that
    can act (a name, a pronoun, a role: ``participants.agentive``) counts ("the study's
    rejection of the theory" names no one)."""
    of_object, agent = _nominal_arguments(noun)
    if of_object is None:
        doer = agent is not None and pt.agentive(agent)
        if doer or any(c.dep_ == "poss" and pt.agentive(c) for c in noun.children):
            # "a call by the Arab League for talks", "Somalia's request for debt relief": with
            # its doer named, the noun's own phrase picks its verb's pattern
            return nominal_phrase_sense(noun)
        return None
    if agent is not None:
        return nominal_sense(noun)
    if not any(c.dep_ == "poss" and pt.agentive(c) for c in noun.children):
        return _own_force_moved(noun)
    found = nominal_sense(noun)
    return found if found is not None and len(found[1]) > 1 else None


def _own_force_moved(noun: Token) -> tuple[Sense, list[Token]] | None:
    """The act of a noun whose "of" phrase is a force that the verb's CAMEO pattern moves
    ("the deployment of Kenyan police", as "deploy * POLICE"): the force moved is the
    actor's own (``participants.own_object``), so the "of" phrase names the doer, as the
    subject of the intransitive "Kenyan police deployed" does, and the noun is the act, not a
    topic, as much as with a "by" phrase (a noun with its verb's argument is an action
    nominal: Grimshaw 1990). Only where the pattern names the force ("the deployment of
    resources" fills none) and the phrase says whose it is ("Chadian troops", "Kenya's
    police"): "the deployment of troops would be a mistake" speaks of a kind of act, no one's."""
    of_object, _ = _nominal_arguments(noun)
    if of_object is None or not any(
        c.dep_ == "poss" or c.ent_type_ in NAME_LABELS for c in (of_object, *of_object.children)
    ):
        return None
    found = nominal_sense(noun)
    if found is None or len(found[1]) < 2:
        return None
    sense = found[0]
    if sense.type not in pt.OWN_FORCES:
        return None
    return found if pt.own_object(sense.type, noun.lemma_.lower(), sense.mode) else None


def _nominal_arguments(noun: Token) -> tuple[Token | None, Token | None]:
    """The "of" and "by" objects of an act noun ("the capture of X by Y").

    The parser often hangs the "by" phrase on the "of" object, the nearer noun ("the arrest
    of two commanders by the police"); a "by" phrase there that names someone who can act
    is still the act's agent (a thing or a place is not: "the capture of the town by the
    river")."""
    found: dict[str, Token] = {}
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "by"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                found.setdefault(prep.lower_, pobj)
    of_object = found.get("of")
    if "by" not in found and of_object is not None:
        for prep in of_object.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pt.agentive(pobj):
                    found["by"] = pobj
                    break
    return of_object, found.get("by")


def _commitment(token: Token, index: ActorIndex, quotes: list[Quote]) -> _Draft | None:
    """An intent verb that is an event in itself: "swore to fight" (THREATEN), "failed to
    reach agreement" (REJECT), "decided to withdraw" (AGREE)."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    lex = lexicon()
    lemma = token.lemma_.lower()
    code = lex.intent.get(lemma)
    if code is None or not any(c.dep_ == "xcomp" for c in token.children):
        return None
    if pattern_says_no_event(token, lex):
        return None  # "declined to comment": CAMEO's "Decline comment", a statement
    sense = Sense.of_code(code, lex.intent_sources.get(lemma, ""))
    if sense is None:
        return None
    event_type = sense.type
    if event_type == "AGREE" and _commits_to_conflict(token):
        return None  # the announced act is coded THREATEN from the act itself
    if event_type == "AGREE" and everyday.commits_to_nothing(token):
        return None  # "decided to focus on Iowa", "promised to fight for you": no act agreed
    context = pt.speaker_context(token, quotes)
    subject, _, _ = pt.arguments(token)
    recipients = pt.complement_parties(token, event_type, index, context)
    actors = pt.participants(subject, index, context)
    if event_type == "THREATEN" and not pt.others(recipients, actors):
        recipients = pt.conditioned_party(token, index, context) or recipients
    reason = f"'{token.text} to ...' commits its subject: {event_type}"
    return _Draft(sense, [token], actors, recipients, reason)


def _nominal_commitment(noun: Token, index: ActorIndex, quotes: list[Quote]) -> _Draft | None:
    """The noun of an intent verb with its infinitive and its doer ("**Bangladesh's refusal**
    to take back the families", "the refusal by Iran to meet"): the act the verb commits its
    subject to, as :func:`_commitment` codes "refused to take back". A nominalisation keeps its
    verb's infinitive and sense, and its possessor or "by" phrase is the verb's subject (a
    grammar fact; the `nominalised` table of events.yaml). Without a doer who can act the noun
    names no one's act ("the refusal to compromise is a mistake"). A threat is left to the act
    threatened, which codes it (an intended act of material conflict is THREATEN), and a
    decision or pledge to its light verb ("announced its decision to")."""
    lex = lexicon()
    entry = lex.nominalised.get(noun.lemma_.lower())
    code = lex.intent.get(entry[0]) if entry else None
    if entry is None or code is None:
        return None
    infinitive = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "xcomp")
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if infinitive is None:
        return None
    sense = Sense.of_code(code, f"{lex.intent_sources.get(entry[0], '')}; {entry[1]}")
    if sense is None or sense.type in ("THREATEN",):
        return None
    _, agent = _nominal_arguments(noun)
    doers = [c for c in noun.children if c.dep_ == "poss" and pt.agentive(c)]
    if agent is not None and pt.agentive(agent):
        doers.append(agent)
    if not doers:
        return None
    if sense.type == "AGREE":
        # "the Supreme Court's decision to legalize", "his decision to consider running", "its
        # decision not to cooperate": a decision or pledge named as a noun is mostly a ruling,
        # a plan weighed or a refusal in PolNeAR train (4 of 6 wrong as AGREE, 1 right), so
        # only the nouns of refusing are read so
        return None
    context = pt.speaker_context(noun, quotes)
    actors = pt.unique([p for d in doers for p in pt.participants(d, index, context)])
    if not actors:
        return None
    recipients = pt.complement_parties(noun, sense.type, index, context)
    reason = f"'{noun.text} to ...' of {', '.join(d.text for d in doers)}: {sense.type}"
    return _Draft(sense, [noun], actors, recipients, reason)


def _can_be_asked(subject: Token) -> bool:
    """Can the subject of an obligation act: a person, party or group, not a thing or "it"
    (``obliged_things`` of events.yaml: "it should shock", "this must end")?"""
    return subject.lower_ not in lexicon().obliged_things and pt.agentive(subject)


#: What such a clause is: a demand (CAMEO 100), as the PLOVER manual's REQUEST chapter says
#: of "all requests, demands, and orders".
OBLIGATION = Sense(
    "REQUEST", None, "100", "PLOVER manual, REQUEST: all requests, demands, and orders"
)


_CCOMP = frozenset({"ccomp"})


def _obligation(token: Token, index: ActorIndex, quotes: list[Quote]) -> _Draft | None:
    """A REQUEST stated as an obligation in reported speech ("X said Y must ...")."""
    if token.pos_ not in ("VERB", "AUX") or not grammar.is_cue(token):
        return None
    if token.lemma_.lower() in lexicon().concurring:
        return None  # "agreed that she should resign": accord in a view, or an agreement
    for clause in children_with(token, _CCOMP):
        kids = children_of(clause)  # read once: Token.children walks the whole clause
        must = next(
            (c for c in kids if c.dep_ == "aux" and c.lower_ in lexicon().obligation_modals), None
        )
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if must is None or (subjects and must.i < subjects[0].i):
            continue  # "should there be an attack" is a condition, not an obligation
        if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids):
            continue  # "should have known": a judgement of the past, nothing left to demand
        # a first-person subject (``speaking_self`` of events.yaml) lays the duty on the
        # speaker or the speaker's side: an exhortation, demanded of no other party
        if subjects and subjects[0].lower_ in lexicon().speaking_self:
            continue  # "we should get on board": the speaker's own duty, asked of no one
        if subjects and subjects[0].dep_ == "nsubj" and not _can_be_asked(subjects[0]):
            # "it should shock the conscience", "things should be wrapped up by June", "the
            # platform should reiterate": with a subject that cannot act and no passive, the
            # modal judges what is likely or fitting (epistemic or evaluative "should" and
            # "must", a grammar fact) and asks no one; "sanctions should be lifted" is passive
            # and stays a demand on whoever lifts them
            continue
        context = pt.speaker_context(token, quotes)
        subject, _, _ = pt.arguments(token)
        addressed = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        reason = f"'{token.text}' that ... '{must.text} {clause.text}': an obligation demanded"
        return _Draft(
            OBLIGATION,
            [token],
            pt.participants(subject, index, context),
            pt.participants(addressed, index, context),
            reason,
        )
    return None


# -- participants --------------------------------------------------------------


# -- complements ----------------------------------------------------------------


def _link_complements(drafts: list[_Draft]) -> None:
    """Mark demanded acts (linked to their REQUEST) and acts committed to."""
    lex = lexicon()
    by_token = {d.trigger[0].i: d for d in drafts}
    for draft in drafts:
        head = draft.trigger[0]
        # "urged Serbia to pull back": the act hangs on the directive as xcomp/ccomp.
        gov = head.head
        if head.dep_ == "conj" and gov.dep_ in ("xcomp", "ccomp"):
            head, gov = gov, gov.head  # "ordered him to get out and drop the weapon"
        request = by_token.get(gov.i) if head.dep_ in ("xcomp", "ccomp") else None
        if request is not None and request.sense.type == "REQUEST" and request is not draft:
            draft.requested_by = request
        elif (
            head.dep_ == "xcomp"
            and (gov.lemma_.lower() in lex.intent or gov.lemma_.lower() in lex.willing)
            and not modality_mod.hedged_performative(head, gov, lex)
        ):
            draft.intended = True  # "I want to thank them" thanks them


def _share_targets(drafts: list[_Draft]) -> None:
    """A promise, threat or refusal whose own words name no coded party takes the coded
    recipients of the acts it commits to, found by those acts' own rules ("promised to ease
    sanctions on Belarus": Belarus; "refused to end the blockade of Gaza": the Palestinians).
    The act in the infinitive is the actor's own (:data:`pt.OWN_ACT_TYPES`), so
    whom it is aimed at is whom the commitment is aimed at; the actor's own country ("refused
    to ease its sanctions": its own) is no target of either. The commitment keeps the acts'
    types (``act_types``), so that a place names whom a threat of force is aimed at as it names
    whom the force is used on ("threatened to shell three villages in Idlib"). A commitment
    noun is read as its verb is ("made the decision to withdraw its troops from Somalia":
    Somalia, as for "decided to withdraw"; :func:`announce.committing_noun`), and so is the
    noun of a verb's pattern ("accepted an invitation to visit Tokyo": Japan; the pattern
    "- * INVITATION [036:036] # ACCEPT", CAMEO.verbpatterns.150430.txt:9251, makes the noun
    the commitment's own word, and its infinitive is the act accepted). Acts joined in
    one infinitive ("threatened to expel Polish diplomats and attack Ukraine") are all
    committed to (coordinated verbs share the governing verb, a grammar fact), so the
    commitment is aimed at the targets of each."""
    by_token = {d.trigger[0].i: d for d in drafts}
    for d in drafts:
        for word in d.trigger[1:]:
            # "accepted an invitation to visit Beijing": the pattern's noun is the commitment's
            # own word, so its infinitive is the act the commitment is to
            by_token.setdefault(word.i, d)
    for draft in drafts:
        head = draft.trigger[0]
        infinitive = joined_infinitive(head)
        joined = infinitive is not None
        if infinitive is not None:
            head = infinitive  # "promised to lift the curfew and free the prisoners"
        gov = head.head if head.dep_ == "xcomp" else announce.committing_noun(head)
        commitment = by_token.get(gov.i) if gov is not None else None
        if (
            commitment is None
            or commitment is draft
            or commitment.sense.type not in pt.OWN_ACT_TYPES
        ):
            continue
        commitment.act_types += (draft.sense.type,)
        own = {p.code for p in commitment.actors if p.code}
        targets = [p for p in draft.recipients if p.code and p.code not in own]
        borrowed = {p.code for p in commitment.borrowed}
        if joined:
            if any(p.code and p.code not in own | borrowed for p in commitment.recipients):
                # "offered Peru to lift its ban and ease sanctions on Argentina": a party of
                # its own, as with one act, not the targets of the next act
                continue
            # the commitment's words were read with the first act only
            commitment.recipients = pt.unique([*commitment.recipients, *targets])
            commitment.borrowed = pt.unique([*commitment.borrowed, *targets])
            continue
        if any(p.code and p.code not in own for p in commitment.recipients):
            continue  # "offered Peru to lift its ban": a party of its own ("its" is no other)
        if targets:
            commitment.recipients = commitment.borrowed = pt.unique(targets)


# -- records -------------------------------------------------------------------


#: Types coded only with a recipient: the PLOVER manual's material cooperation, whose chapters
#: (COOPERATE, AID) require one. SANCTION's chapter requires one too, but what a sanction cuts is
#: often a meeting or a mission ("walked out of the talks", "pulled its peacekeepers out"),
#: whose party the text leaves to the reader, so it is not required here.
RECIPIENT_REQUIRED = frozenset({"AID", "COOPERATE"})

#: CAMEO codes of cooperation between states' justice systems: 063 "Engage in judicial
#: cooperation" (CAMEO2PLOVER-2021.txt:59), which the PLOVER manual's COOPERATE names by its
#: example, extraditions, and CAMEO's EXTRADITE block codes ("- * &SUSPECT [063]"). A suspect
#: passed from the police to the prosecutors of the same country is no exchange between parties
#: (COOPERATE: "mutual material cooperation or exchange"): the act is dropped when its only
#: recipients are of the actor's own country or of a justice system named by no country.
BETWEEN_STATES = frozenset({"063"})


def _finalise(
    doc: Doc,
    drafts: list[_Draft],
    quotes: list[Quote],
    published: str | None,
    dateline: Dateline | None,
    index: ActorIndex,
) -> list[Event]:
    events: list[Event] = []
    ids: dict[int, str] = {}
    pending: list[tuple[Event, _Draft]] = []
    coded = {(d.trigger[0].i, d.sense.type) for d in drafts}
    for draft in drafts:
        trigger = draft.trigger[0]
        quote = pt.claiming_quote(trigger.idx, quotes)
        while quote is not None and not modality_mod.claims(trigger, quote, draft.trigger):
            # "tried to seize the town": an attempt, no one's claim, unless a report holds it
            quote = pt.quote_by_id(quotes, quote.nested_in)
        if quote is None:
            # "the poll found [X], while Y has backing ...": a contrasted clause cut off a
            # report stays in the scope of its cue
            scope = pt.contrasted_scope_quote(trigger, quotes)
            if scope is not None and modality_mod.claims(trigger, scope, draft.trigger):
                quote = scope
        value, why = modality_mod.classify(
            trigger,
            in_quote=quote is not None,
            requested=draft.requested_by is not None,
            intended=draft.intended,
            forceful=physical.needs_evidence(draft.sense),
            words=draft.trigger,
        )
        event = _event(doc, draft, value, why, quote, published, dateline, index)
        if not (_names_a_party(event, doc) or physical.needs_evidence(draft.sense)):
            continue  # an act of force has its own test, where a target place is enough
        if draft.sense.needs_party and not any(p.code for p in event.recipient):
            # "stop the mass importation of the Third World", "cancels an investment": the
            # manual's SANCTION chapter requires a recipient, and an ended trade or aid read
            # from its noun reduces relations only with a party the tables know
            continue
        if draft.sense.code in BETWEEN_STATES and _within_one_country(event):
            # "police handed over the suspect to prosecutors": a domestic step of one
            # justice system, not judicial cooperation between parties
            continue
        # "provided an outline", "increased competition": material cooperation with no one;
        # "Egypt and Greece held joint maneuvers": with each other (participants.MUTUAL).
        # An announced act ("will provide aid") still announces its AGREE below.
        if (
            event.recipient
            or event.type not in RECIPIENT_REQUIRED
            or pt.among_themselves(event.type, event.actor)
        ):
            ids[id(draft)] = event.id
            pending.append((event, draft))
            events.append(event)
        announced = announce.announcement(
            event, draft.trigger[0], draft.partners, quotes, coded, draft.conditioned
        )
        if announced is not None and _names_a_party(announced, doc):
            events.append(announced)
    for event, draft in pending:
        if draft.requested_by is not None:
            event.requested_by = ids.get(id(draft.requested_by))
    _demanded_modes(events)
    _renumber(events)
    return events


def _counted_people(doc: Doc, part: Participant) -> bool:
    """Is ``part`` people counted by a number alone ("killed 14")? They have no actor."""
    if part.actor_id is not None or part.mention is None:
        return False
    span = doc.char_span(*part.mention.span, alignment_mode="expand")
    return span is not None and physical.counts_people(span.root, lexicon())


def _harmed_unnamed(event_type: str | None, part: Participant) -> bool:
    """Is ``part`` someone force was used on that the text names only by a description
    ("three students", "a hospital"), not by a name?"""
    return (
        event_type in pt.ACTS_OF_FORCE
        and part.mention is not None
        and part.mention.kind == "description"
    )


def _unplaced(part: Participant, index: ActorIndex) -> bool:
    """Has ``part`` no code, or only one inferred (:func:`pt.inferred_code`: the story's
    country)? The place the sentence names for locals is then theirs: the sentence's own
    words before a story-level default."""
    return part.code is None or pt.inferred_code(part, index)


def _within_one_country(event: Event) -> bool:
    """Do the recipients of ``event`` stay in its actors' country: none carries a code the
    actors lack ("Kenya handed the suspects over to Uganda" does), and one shares an actor's
    code or is a justice agent named by no country ("handed the suspect to prosecutors")? An
    uncoded recipient of another kind ("extradited to Alexandria") is left as it is."""
    own = {p.code for p in event.actor if p.code}
    if any(p.code and p.code not in own for p in event.recipient):
        return False
    justice = lexicon().justice
    return any(
        (p.code and p.code in own) or (not p.code and p.sector in justice) for p in event.recipient
    )


def _names_a_party(event: Event, doc: Doc) -> bool:
    """Does the event name anyone who did it or to whom it was done?

    The PLOVER manual's record table makes ``actor`` a required field, and its sector code
    UNK stands for an actor the text leaves unnamed beside a named party ("two civilians were
    killed by a bomb"); PETRARCH codes an event only between a source and a target actor. A
    trigger with neither an actor nor a recipient ("the survey was conducted", "a decision
    was needed", "that means ...") tells of no act between parties: a description, not a
    record. Nor does one whose only party is a kin noun linked to no one ("their father",
    :func:`pt.unnamed_kin`): a private person."""
    return any(not pt.unnamed_kin(p, doc) for p in [*event.actor, *event.recipient])


def _named_apart(
    parts: list[Participant], words: list[Token], index: ActorIndex
) -> list[Participant]:
    """The parties with the trigger's words out of their names (:func:`pt.outside_trigger`)."""
    out: list[Participant] = []
    for part in parts:
        kept = pt.outside_trigger(part, words, index, None)
        if kept is not None:
            out.append(kept)
    return out


def _event(
    doc: Doc,
    draft: _Draft,
    value: str,
    why: str,
    quote: Quote | None,
    published: str | None,
    dateline: Dateline | None,
    index: ActorIndex,
) -> Event:
    """The record of one draft. A code the ``index`` has only by inference (the story's
    country) gives way to the place the sentence names."""
    trigger = draft.trigger[0]
    draft.actors = _named_apart(draft.actors, draft.trigger, index)
    draft.recipients = _named_apart(draft.recipients, draft.trigger, index)
    start = draft.trigger[0].idx
    last = draft.trigger[-1]
    end = last.idx + len(last.text)
    sent = sentence_of(trigger)
    mode = draft.sense.mode if is_mode(draft.sense.type, draft.sense.mode) else None
    if draft.sense.type == "ASSAULT" and (mode is None or mode in physical.WEAPON_MODES):
        # the manual names these modes by the weapon: the weapon the sentence names decides
        mode = physical.weapon_mode(trigger) or mode
    info = draft.sense.info
    when = resolve_when(trigger, published)
    location = find_location(trigger, None)
    if location is None:
        # "refused to deploy peacekeepers in Iraq": the place of the act refused or promised
        for child in trigger.children:
            if child.dep_ == "xcomp":
                location = find_location(child, None)
                break
    if location is None and pt.act_of_force(trigger):
        location = place_before(trigger)  # "the Orlando shooting": where it was done
    if location is None and dateline is not None:
        location = find_location(trigger, dateline)
        if location is not None and location.from_dateline and location.span is None:
            location.span = pt.dateline_place_span(dateline, location.name)
    if dateline is None:
        for part in draft.actors:
            if pt.country_of_others_only(part, draft.recipients, index) and not (
                location is not None and location.country == part.code
            ):
                # "Militants abducted two Chinese engineers": not Chinese; "in Peshawar"
                # would say where they acted
                part.code = None
    own = {p.actor_id for p in draft.actors if p.actor_id}
    # "apologized to Brazil for one of its gunboats": its own boats are not a recipient.
    recipients = [p for p in draft.recipients if not (p.actor_id and p.actor_id in own)]
    reason = f"{draft.reason}; {value}: {why}"
    if draft.sense.source:
        reason += f"; lexicon: {draft.sense.source}"
    if draft.sense.type == "PROTEST" and location is not None and not location.from_dateline:
        for part in draft.actors:
            if _unplaced(part, index) and location.country:
                part.code = location.country  # "people blocked streets in Hong Kong": locals
    if location is not None and not location.from_dateline and location.country:
        for part in recipients:
            if _unplaced(part, index) and (
                _counted_people(doc, part)
                or any(_harmed_unnamed(t, part) for t in (draft.sense.type, *draft.act_types))
            ):
                # "killed 14 in Baghdad", "shot three students in Kano": people harmed there
                # whom the text names by no country are the place's; so are those a threat or
                # promise of force names ("threatened to seize the port of Assab from Eritrea")
                part.code = location.country
    if (
        not recipients
        and draft.sense.type in pt.PLACE_RECIPIENT
        and location is not None
        and not pt.among_themselves(draft.sense.type, draft.actors)
    ):
        recipients = pt.place_recipient(location)
    # A rejection of something ("rejected the criticism") has another party, even unnamed.
    rejects_a_thing = draft.sense.type == "REJECT" and any(
        c.dep_ == "dobj" for c in trigger.children
    )
    if not recipients and draft.sense.type in pt.DOMESTIC and not rejects_a_thing:
        recipients = pt.domestic(draft.actors)
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
        cameo_root=info.code[:2] if info else cameo_root(draft.sense.type, mode),
        intensity=intensity(draft.sense.type, mode),
        date=when.date,
        date_reason=when.reason,
        date_period=when.period,
        location=location,
        context=list(info.context) if info else [],
        cameo_code=info.code if info else "",
        goldstein=info.goldstein if info else None,
        evidence=[
            Cue(
                doc[words[0].i : words[-1].i + 1].text,
                (words[0].idx, words[-1].idx + len(words[-1].text)),
            )
            for words in draft.also
        ],
    )
