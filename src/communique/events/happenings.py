"""One happening, one event: retellings of an act in one article become one event.

News tells a killing in the headline, again in the lede, and again paragraphs later ("the
guard who shot Ortiz", "after she was hit", "the guard was suspended after shooting
Ortiz"). A dataset that counts events must count that killing once: PLOVER's unit is the
happening, and its evidence is every place the text tells it. Two events are one happening
when they have the same type, the text says both happened, it gives them no different
dates, and their participants agree:

* the headline and the lede: the same actors, or the same recipient;
* a retelling up to ``retell_window`` sentences later (a threshold of events.yaml): the
  same recipient and no other actors;
* anywhere in the article, for an act of force or coercion (:data:`BODILY`), the same
  **named victim** (a person the article names, or who
  refers back to one: "he", "Smith") with actors that do not contradict each other; or the
  same target actor attacked by the same actor. One person is rarely the target of two
  different acts of one type in one story, while countries and bodies are (two air
  strikes on one city), so for them the doer must agree too.

* a **definite act noun** ("the attack", "the Orlando shooting", "these killings") naming an
  act of force or coercion after the article has told one, or a verb of that type whose
  subject such a noun is ("the attack killed 84"): definite reference presents the
  act as one the reader already knows (a grammar fact), so it retells the act of its type
  told last whose tellings hold every name or number modifying the noun ("Orlando",
  "2012"), when their dates agree and their doers do not contradict each other. A noun
  that sets itself apart ("the last two raids", "another shooting", "an earlier bombing") or
  names its own victim is left to the rules above.
* the **same toll** (``min_toll`` victims or more: "killing at least 31 people", later
  "31 people were killed") of an act of force or coercion anywhere in the article, when the
  dates agree and the doers do not contradict each other;
* the article's **first act of a type told of an unnamed person** ("a woman stabbed outside
  a bar") and the first later act of that type whose victim the article names: an indefinite
  noun phrase introduces a referent that later mentions take up (a grammar fact of
  discourse), so the story's subject is first described and then named.

The later event's trigger and evidence join the first event's evidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.actors import ActorIndex
from communique.actors.roles import default_roles
from communique.events.lexicon import lexicon
from communique.events.participants import ACTS_OF_FORCE, act_of_force, agentive
from communique.schema import HAPPENED, Event, Participant
from communique.spans import doc_text
from communique.time_place.dates import NO_DATE_IN_SENTENCE

#: Types whose act is done to a body or to a person's liberty (PLOVER manual: ASSAULT, "can
#: potentially result in substantial physical harm"; COERCE: arrests, abductions of liberty):
#: one person undergoes such an act once in a story, so its retellings are found anywhere in
#: the article. A person is criticised, asked or met many times in one story: those acts are
#: merged only near each other.
BODILY = ACTS_OF_FORCE
#: Marks a victim key that is a surname, not an actor id.
SURNAME = "surname:"
#: Marks a victim key that is a toll: the number of victims an act of force is told with.
TOLL = "toll:"
#: Mention kinds that name a person: a full name, a surname, a title with a name.
NAMING_KINDS = frozenset({"name", "surname", "title"})


def _parties(parts: list[Participant]) -> frozenset[str]:
    return frozenset(p.actor_id or f"{p.name.lower()}|{p.code}" for p in parts)


def _codes(parts: list[Participant]) -> frozenset[str | None]:
    return frozenset(p.code for p in parts)


def _dates_agree(a: Event, b: Event) -> bool:
    """No two different dates that the text itself gives ("on Monday" and "on Thursday"); a
    publication date standing in for a missing one says nothing."""
    if not (a.date and b.date) or a.date == b.date:
        return True
    return any(e.date_reason == NO_DATE_IN_SENTENCE for e in (a, b))


def _actors_agree(a: Event, b: Event) -> bool:
    """The doers do not contradict each other: one is unnamed, they share an actor, or they
    do not carry two different codes ("police" coded USA and "a police officer" with no code
    can be the same doer; an unknown code contradicts nothing)."""
    return _same_parties(a.actor, b.actor)


def _same_parties(first: list[Participant], later: list[Participant]) -> bool:
    """Two tellings' parties in one role can be the same: one names none, they share an
    actor, or they do not carry two different codes (an unknown code contradicts nothing)."""
    if not (first and later) or _parties(first) & _parties(later):
        return True
    codes_a, codes_b = _codes(first) - {None}, _codes(later) - {None}
    return not (codes_a and codes_b) or bool(codes_a & codes_b)


def _recipients_agree(a: Event, b: Event) -> bool:
    """The parties the act was aimed at do not contradict each other: one telling names
    none, they share one, or they do not carry two different codes. One actor's act aimed at
    Rwanda and its act of the same type aimed at Uganda are two acts ("Kenya accused Rwanda
    ..., Kenya criticised Uganda"): a telling names the same target again (the recipient is a
    role of the happening, as the actor is), if more briefly ("Kyiv" for "Ukraine"). A
    stand-in for no one named (:func:`_stand_in`: the doer's own country) contradicts
    nothing."""
    first = [p for p in a.recipient if not _stand_in(p)]
    later = [p for p in b.recipient if not _stand_in(p)]
    return _same_parties(first, later)


class Retellings:
    """Decides whether a later event tells the same happening as an earlier one."""

    def __init__(self, doc: Doc, index: ActorIndex | None) -> None:
        sents = list(doc.sents)
        self.headline = (sents[0].start_char, sents[0].end_char) if sents else None
        # the lede is the first sentence after the headline that has a verb: a dateline the
        # parser split off ("MUNICH, Feb. 18 (Reuters) -") is no sentence of the story
        lede = next((s for s in sents[1:] if any(t.pos_ in ("VERB", "AUX") for t in s)), None)
        self.lede = (lede.start_char, lede.end_char) if lede is not None else None
        self.order = {sent.start_char: n for n, sent in enumerate(sents)}
        self.index = index
        self.doc = doc

    def sentence_number(self, event: Event) -> int:
        return self.order.get(event.sentence[0], 0)

    def named_person(self, part: Participant) -> bool:
        """Is this participant a person the article names ("Ana Ortiz", "she" when it refers
        to her), not a description ("a man", "the officer")?"""
        if self.index is None or part.actor_id is None:
            return False
        actor = self.index.by_id(part.actor_id)
        return (
            actor is not None
            and actor.kind == "person"
            and any(m.kind in NAMING_KINDS for m in actor.mentions)
        )

    def unnamed_victim(self, event: Event) -> bool:
        """Is the event's one victim a person the article does not name ("a woman stabbed
        outside a bar")?"""
        if self.index is None or len(event.recipient) != 1:
            return False
        part = event.recipient[0]
        actor = self.index.by_id(part.actor_id) if part.actor_id else None
        return (
            actor is not None
            and actor.kind == "person"
            and not any(m.kind in NAMING_KINDS for m in actor.mentions)
        )

    def victims(self, event: Event) -> list[str]:
        """The keys of the event's recipients that an article-wide retelling can share: each
        one's actor id and, for a named person, the surname ("Daniel Ruiz Ortiz" and a later
        "Ortiz" are one person in one story even where the actor layer kept them apart)."""
        doers = _parties(event.actor)
        keys: list[str] = []
        for p in event.recipient:
            if not p.actor_id or p.actor_id in doers:
                continue
            keys.append(p.actor_id)
            if self.named_person(p):
                keys.append(SURNAME + p.name.split()[-1].lower())
        if event.type in BODILY:
            keys += [TOLL + str(n) for n in self.tolls(event)]
        return keys

    def tolls(self, event: Event) -> list[int]:
        """The numbers of victims the event's recipients are told with ("at least 80 people"
        is 80), from ``min_toll`` on (a threshold of events.yaml: news repeat the toll of the
        act they report, while "two officers" and "three people" recur in unrelated acts)."""
        least = lexicon().threshold("min_toll")
        found: list[int] = []
        for p in event.recipient:
            for word in p.name.replace(",", "").split():
                if word.isdecimal() and int(word) >= least:
                    found.append(int(word))
        return found

    def _victim(self, event: Event, key: str) -> Participant | None:
        for p in event.recipient:
            if p.actor_id == key or (
                key.startswith(SURNAME)
                and self.named_person(p)
                and SURNAME + p.name.split()[-1].lower() == key
            ):
                return p
        return None

    def nearby(self, a: Event, b: Event) -> bool:
        """The headline and the lede, or a retelling a few sentences later. An act not yet
        done is one happening only in the headline and the lede, and only when both tell it
        the same way ("Orban to visit Beijing" / "Orban will visit Beijing next week")."""
        if a.type != b.type:
            return False
        opening = (a.sentence, b.sentence) == (self.headline, self.lede)
        happened = a.modality in HAPPENED and b.modality in HAPPENED
        if not (happened or (opening and a.modality == b.modality)):
            return False
        if not _dates_agree(a, b):
            return False
        if opening and a.actor and _recipients_agree(a, b):
            if _parties(a.actor) == _parties(b.actor):
                return True  # the headline and the lede: same act by the same actors
            if _codes(a.actor) == _codes(b.actor) != frozenset({None}):
                return True
        if a.recipient and b.recipient:
            shared = _parties(a.recipient) & _parties(b.recipient)
            if opening:  # the headline names the place or party more briefly
                shared = shared or (_codes(a.recipient) & _codes(b.recipient)) - {None}
            if not shared:
                return False
            if not (a.actor and b.actor):
                return True
            if opening:
                return bool(_codes(a.actor) & _codes(b.actor))
            return self.same_doer(a.actor, b.actor)
        if opening and not a.actor:
            # "Thousands protest in Tbilisi against bill", then "Thousands of demonstrators
            # marched ... to protest": a headline leaves the doer out, the lede names it
            return True
        if a.recipient or b.recipient:
            return opening and _codes(a.actor) == _codes(b.actor)
        return bool(a.actor) and _parties(a.actor) == _parties(b.actor) and opening

    def same_doer(self, first: list[Participant], later: list[Participant]) -> bool:
        """Do two tellings a few sentences apart name one doer? They share an actor, one
        side's doer is a thing that speaks for its maker (:meth:`thing`), or they share a
        code where one side's doer is the state itself ("Russia" and "Russian officials":
        a state acts through its officials). Two groups or people the article tells apart
        are two doers even when they share a country: "Democrats favored Clinton" and
        "female troops preferred Clinton" are two groups' preferences, as two senators'
        statements are two statements."""
        if _parties(first) & _parties(later):
            return True
        if all(map(self.thing, first)) or all(map(self.thing, later)):
            return True  # "the ad hit Trump" after its PAC's attack: a text speaks for its author
        shared = (_codes(first) & _codes(later)) - {None}
        if not shared:
            return False
        if self.index is None:
            return True
        return any(
            p.code in shared
            and self.index.code_of(p.name, "GPE", names=False, within=False) == p.code
            for p in (*first, *later)
        )

    def thing(self, part: Participant) -> bool:
        """Is the doer a thing, not someone who acts ("the ad", "the lawsuit", "the report")?
        Such a doer stands for whoever made it, so it tells no other doer than theirs."""
        if part.code is not None or part.mention is None:
            return False
        span = self.doc.char_span(*part.mention.span, alignment_mode="expand")
        return span is not None and not agentive(span.root)

    def victims_agree(self, first: Event, later: Event) -> bool:
        """Can the later act's victims be the first act's? They share a party, one side names
        none, or they agree in number: a plural or counted phrase ("two army commanders")
        cannot refer to the one person an act was done to, nor one person to a group (a
        grammar fact: coreferent noun phrases agree in number)."""
        a = [p for p in first.recipient if not _place_stand_in(p)]
        b = [p for p in later.recipient if not _place_stand_in(p)]
        if not (a and b) or _parties(a) & _parties(b):
            return True
        numbers_a = {self._number(p) for p in a} - {None}
        numbers_b = {self._number(p) for p in b} - {None}
        return not (len(numbers_a) == 1 and len(numbers_b) == 1 and numbers_a != numbers_b)

    def _number(self, part: Participant) -> str | None:
        """The number a victim is told in: "plural" for a plural or counted phrase, "singular"
        for a named person or a singular noun phrase, None when the text does not tell (a
        pronoun, a name of a body)."""
        if self.named_person(part):
            return "singular"
        if part.mention is None:
            return None
        span = self.doc.char_span(*part.mention.span, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        if root.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in root.children
        ):
            return "plural"
        if root.tag_ == "NN" and not root.ent_type_:
            return "singular"
        return None

    def anywhere(self, a: Event, b: Event, victim: str) -> bool:
        """The same named victim, or the same target by the same actor, anywhere in the
        article, for an act done to a body or a person's liberty."""
        if a.type != b.type or a.type not in BODILY or a.modality not in HAPPENED:
            return False
        if b.modality not in HAPPENED:
            return False
        if not _dates_agree(a, b):
            return False
        if victim.startswith(TOLL):
            # the same toll: one happening, told again, when the doers do not contradict
            return int(victim[len(TOLL) :]) in self.tolls(b) and _actors_agree(a, b)
        part = self._victim(b, victim)
        if part is None:
            return False
        if self.named_person(part):
            return _actors_agree(a, b)
        return bool(
            a.actor
            and b.actor
            and (
                _parties(a.actor) & _parties(b.actor)
                or (_codes(a.actor) & _codes(b.actor)) - {None}
            )
        )


def _act_noun(doc: Doc, event: Event) -> Token | None:
    """The trigger of ``event`` when it is one noun with a definite determiner and nothing
    that sets it apart (the ``sets_apart`` table of events.yaml: "another shooting", "an
    earlier bombing") or names a victim of its own; else None."""
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    noun = span[0]
    if noun.pos_ == "VERB":
        # "The attack killed 84": a verb whose doer is a definite act noun tells that act
        noun = next((c for c in noun.children if c.dep_ == "nsubj"), noun)
        if not act_of_force(noun):
            return None
    if noun.pos_ != "NOUN":
        return None
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in default_roles().definite for c in kids):
        return None
    sets_apart = lexicon().sets_apart
    if any(c.dep_ == "nummod" or c.lower_ in sets_apart for c in kids):
        return None
    return noun


def _names_in(noun: Token) -> list[str]:
    """The names and numbers that modify an act noun ("Orlando", "Sept. 11", "2012"), and
    the place of its "in" or "at" phrase: each must be found where the act was told."""
    found: list[str] = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod", "poss", "npadvmod") and (
            child.pos_ == "PROPN" or child.like_num or child.ent_type_
        ):
            found.append(child.text)
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "on", "near"):
            found += [g.text for g in child.children if g.dep_ == "pobj" and g.ent_type_]
    return found


def merge_retellings(doc: Doc, events: list[Event], index: ActorIndex | None = None) -> list[Event]:
    """The events of ``doc`` with every retelling folded into the event it retells (see the
    module's docstring). Linear in the events: candidates are the recent events of the same
    type and the first event of each (type, recipient)."""
    judge = Retellings(doc, index)
    # how many sentences later a retelling is still the same act (``retell_window``)
    window = lexicon().threshold("retell_window")
    kept: list[Event] = []
    merged: dict[str, str] = {}
    recent: dict[str, list[Event]] = {}
    first_for: dict[tuple[str, str], Event] = {}
    acts: dict[str, list[Event]] = {}  # the acts of each bodily type, the latest told last
    told: dict[str, str] = {}  # the sentences that told each kept act
    unnamed: dict[str, Event] = {}  # the first act of each type, when told of an unnamed person
    for event in events:
        at = judge.sentence_number(event)
        bucket = recent.setdefault(event.type, [])
        bucket[:] = [k for k in bucket if at - judge.sentence_number(k) <= window]
        match = _its_own_noun(doc, event, bucket)
        if match is not None and event.recipient:
            # the verb names the victims; a place the noun's phrase gave stands for them no more
            kept_parts = [p for p in match.recipient if not _place_stand_in(p)]
            match.recipient = kept_parts + [p for p in event.recipient if p not in kept_parts]
        match = match or next(
            (k for k in bucket if k.sentence != event.sentence and judge.nearby(k, event)), None
        )
        if match is None:
            for victim in judge.victims(event):
                earlier = first_for.get((event.type, victim))
                if (
                    earlier is not None
                    and earlier.sentence != event.sentence
                    and judge.anywhere(earlier, event, victim)
                ):
                    match = earlier
                    break
        if match is None and event.type in BODILY and event.modality in HAPPENED:
            match = _referred_to(doc, event, acts.get(event.type, []), told, judge)
        if match is None and event.type in BODILY and event.modality in HAPPENED:
            match = _named_later(event, unnamed, judge)
        if match is None:
            if (
                event.type in BODILY
                and event.modality in HAPPENED
                and not acts.get(event.type)
                and judge.unnamed_victim(event)
            ):
                unnamed.setdefault(event.type, event)
            kept.append(event)
            if event.type in BODILY and event.modality in HAPPENED:
                acts.setdefault(event.type, []).append(event)
                told[event.id] = doc_text(doc)[event.sentence[0] : event.sentence[1]]
            bucket.append(event)
            for victim in judge.victims(event):
                first_for.setdefault((event.type, victim), event)
            continue
        match.evidence += [event.trigger, *event.evidence]
        match.reason += f"; '{event.trigger.text}' later tells the same happening"
        if not match.actor and event.actor:
            match.actor = event.actor  # the retelling names the doer the first telling left out
            match.reason += f" and names its actor ('{event.actor[0].name}')"
        if event.recipient and all(map(_stand_in, match.recipient)):
            # the retelling names whom the act was aimed at, where the first telling had none
            # or only the doer's own country in their stead
            match.recipient = event.recipient
            match.reason += f"; its recipient from the retelling ('{event.recipient[0].name}')"
        merged[event.id] = match.id
        if match.id in told:
            told[match.id] += " " + doc_text(doc)[event.sentence[0] : event.sentence[1]]
            order = acts.get(match.type, [])
            if match in order:  # the act told last is the one a bare "the attack" means
                order.remove(match)
                order.append(match)
        for victim in judge.victims(event):
            first_for.setdefault((event.type, victim), match)
    for event in kept:
        if event.requested_by in merged:
            event.requested_by = merged[event.requested_by]
    return kept


def _stand_in(part: Participant) -> bool:
    """Is this recipient only a stand-in for no one named: the doer's own country (coder's
    domestic recipient, with no mention) or the country of the place of the act?"""
    own_country = part.actor_id is None and part.mention is None and part.name == part.code
    return own_country or _place_stand_in(part)


def _place_stand_in(part: Participant) -> bool:
    """Is this recipient only the country of the place an act was done in ("a bombing near
    Samarra"), given where the text names no one?"""
    return part.actor_id is None and part.mention is not None and part.mention.kind == "country"


def _its_own_noun(doc: Doc, event: Event, recent: list[Event]) -> Event | None:
    """The event of the act noun that is this verb's subject, in the same sentence ("the
    bombing killed twelve people", "Truck attack kills 80"): a verb of force whose doer is an
    act of its own type tells what that act did, one happening (a grammar fact: the noun
    names the act, the verb its outcome)."""
    if event.type not in BODILY or event.modality not in HAPPENED:
        return None
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for earlier in recent:
        if (
            earlier.sentence == event.sentence
            and earlier.type == event.type
            and earlier.modality in HAPPENED
            and earlier.trigger.span[0] <= subject.idx < earlier.trigger.span[1]
        ):
            return earlier
    return None


def _named_later(event: Event, unnamed: dict[str, Event], judge: Retellings) -> Event | None:
    """The article's first act of its type, told of an unnamed person ("a woman stabbed
    outside a bar"), when this is the first later act of the type whose victim the article
    names, told on no other date and by no other doer: a story introduces its subject by
    description and names them after (an indefinite noun phrase introduces a referent that
    later mentions take up, a grammar fact of discourse). Only the first named victim is
    taken for them."""
    first = unnamed.get(event.type)
    if first is None or first.sentence == event.sentence:
        return None
    if not any(judge.named_person(p) for p in event.recipient):
        return None
    del unnamed[event.type]
    if _dates_agree(first, event) and _actors_agree(first, event):
        return first
    return None


def _referred_to(
    doc: Doc, event: Event, acts: list[Event], told: dict[str, str], judge: Retellings
) -> Event | None:
    """The act a definite act noun refers back to (see the module's docstring): the act told
    last whose tellings hold every name that modifies the noun, or None."""
    if not acts or any(judge.named_person(p) for p in event.recipient):
        return None  # nothing told yet, or a victim of its own: the article-wide rule decides
    noun = _act_noun(doc, event)
    if noun is None:
        return None
    names = _names_in(noun)
    for earlier in reversed(acts):
        if earlier.sentence == event.sentence:
            continue
        if not all(name in told.get(earlier.id, "") for name in names):
            continue
        if (
            _dates_agree(earlier, event)
            and _actors_agree(earlier, event)
            and judge.victims_agree(earlier, event)
        ):
            return earlier
        return None  # the act it names has another date, doer or victim: another happening
    return None
