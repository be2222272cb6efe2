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

from spacy.tokens import Token

from communique.events.lexicon import Lexicon, Sense, lexicon
from communique.schema import Participant
from communique.spans import entities_in

#: PLOVER sector codes of armed actors: military, rebels, police, unidentified armed
#: forces, intelligence (manual, "Sector Codes").
ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF", "SPY"})
#: CAMEO synonym sets whose words are armed actors.
ARMED_SETS = ("MILITARY", "PKO")
#: CAMEO synonym sets whose words are things force is used on.
TARGET_SETS = ("TOWN", "STRONGHOLD", "CAR", "AIRCRAFT", "MILITARY", "WEAPON", "HOSTAGE", "PKO")
#: CAMEO synonym sets of weapons.
WEAPON_SETS = ("WEAPON", "WMD", "AIRCRAFT")
#: Entity labels of places and facilities.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: CAMEO codes of material conflict that need physical evidence besides ASSAULT's:
#: seizing, destroying or occupying.
SEIZE_CODES = frozenset({"171", "1711", "1712", "191", "192"})
#: Words of a period that make a count a statistic ("last year", "annually").
PERIOD_WORDS = frozenset(
    {"year", "years", "month", "months", "decade", "decades", "annually", "annual", "since"}
)


def needs_evidence(sense: Sense) -> bool:
    """Is this a use of force that the text must show to be physical?"""
    return sense.type == "ASSAULT" or (sense.code or "") in SEIZE_CODES


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
    "armed forces"). Targets: the TOWN ... HOSTAGE sets, and every one-word object CAMEO's
    dictionary names in a pattern of force (codes 18-20: "* HOMES [190]", "* CAMP
    [190]") unless a criticism pattern (11x) also names it or it names people."""
    if lex.physical_sets is None:
        armed = set(_words(lex, ARMED_SETS))
        armed |= {w.split()[-1] for w in armed if " " in w}
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
        lex.physical_sets = (frozenset(armed), frozenset(targets), _words(lex, WEAPON_SETS))
    return lex.physical_sets


def _forms(token: Token) -> set[str]:
    lemma = token.lemma_.lower()
    return {token.lower_, lemma, lemma + "s"}  # CAMEO's sets list plurals ("soldiers")


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
    named = force_word(trigger, lex)
    if named is not None:
        return named
    owned = _owned_subject(trigger, lex)
    if owned:
        actors = []  # "this decision by the FBI destroys credibility": a decision uses no force
    for part in actors:
        if part.sector in ARMED_SECTORS:
            return f"armed actor '{part.name}' ({part.sector})"
        head = (part.mention.text if part.mention else part.name).lower().split()
        if head and (head[-1] in armed or " ".join(head[-2:]) in armed):
            return f"armed actor '{part.name}'"
    for part in actors:
        if (
            part.mention is not None
            and part.mention.kind == "country"
            and not _verbal_frame(trigger)
        ):
            # PLOVER's actors are states and their forces: "Russia attacked", "Russia has no
            # intention of attacking" name the state's use of force, unless framed as words
            return f"state actor '{part.name}'"
    if target is not None:
        if _forms(target) & targets:
            return f"physical target '{target.text}'"
        lone_person = len(actors) == 1 and _is_person(actors[0], trigger)
        place = target.ent_type_ in PLACE_ENTS and any(
            p.mention is not None and p.mention.kind in ("country", "metonym")
            for p in recipients or ()
        )
        if place and not lone_person:
            return f"place attacked '{target.text}'"
    harm = lex.harm
    if target is not None and _forms(trigger) & harm.keys() and _is_people(target, lex):
        return f"'{trigger.text}' people ('{target.text}')"
    # Weapons and armed forces count where the act governs them ("shelled with rockets",
    # "wounded by a bomb"), not anywhere in the sentence ("engage with the North ... missile").
    objects = set(target.subtree) if target is not None else set()
    for token in _clause(trigger):
        if token.i in owned:
            continue
        forms = _forms(token)
        if forms & weapons:
            return f"weapon '{token.text}'"
        if token.i != trigger.i and forms & armed and token.pos_ in ("NOUN", "PROPN"):
            return f"armed forces '{token.text}'"
        if token.i != trigger.i and token not in objects and forms & harm.keys():
            # "attacked the USS Cole, killing 17", not "the facts surrounding his death"
            return f"harm '{token.text}'"
    return None


def _owned_subject(trigger: Token, lex: Lexicon) -> set[int]:
    """The words of the subject when it is a thing someone owns or made, not an agent: a
    common noun that names no armed body or people, with an owner ("this decision by the
    FBI", "the army's plan"). Its owner did not do the act, the thing did; so neither the
    owner nor words inside the subject are evidence of force."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return set()
    armed = _sets(lex)[0]
    if _forms(subject) & (armed | _words(lex, PEOPLE_SETS)):
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


def _verbal_frame(trigger: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in VERBAL_PREPS for c in trigger.children)


#: Modifiers that make an act noun a terrorist act (PLOVER manual, context "terrorism":
#: "events related to terrorist groups").
TERROR_WORDS = frozenset({"terrorist", "terror", "terrorism", "jihadist", "suicide"})


def force_word(token: Token, lex: Lexicon | None = None) -> str | None:
    """Does the word name force of an ASSAULT mode ("shooting", "killed", "bombing")?
    A verb of these needs someone or something it is done to, and no reply frame
    ("shot back")."""
    lex = lex or lexicon()
    forms = _forms(token) & lex.force.keys()
    if not forms:
        return None
    if token.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "prt" and c.lower_ in ("back", "up", "down") for c in token.children):
            return None  # "shot back" (replied), "shot up" (rose), "shoot down" an idea
        patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ == "acl":
            patients.append(token.head)  # "a soldier killed by a suicide bomber"
        if not patients:
            patients = _shared_patients(token)
        if not any(_can_be_harmed(p, lex) for p in patients) and not _placed(token):
            return None  # "her mind is shot", "fireworks shooting": no one harmed in the parse
    return f"'{token.text}' names force ({lex.force[sorted(forms)[0]]})"


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
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near", "outside", "inside"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in PLACE_ENTS:
                    return True
    return False


def _can_be_harmed(token: Token, lex: Lexicon) -> bool:
    """A person, group, place or thing force can be used on (not "her mind", "it")."""
    if token.ent_type_ in ("PERSON", "NORP", "GPE", "LOC", "FAC", "ORG"):
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "this", "that", "what", "which")
    if any(c.ent_type_ == "PERSON" for c in token.children) or any(
        c.dep_ == "nummod" for c in token.children
    ):
        return True  # "son Sean", "five villagers"
    _, targets, _ = _sets(lex)
    return bool(_forms(token) & (targets | _words(lex, PEOPLE_SETS)))


def noun_evidence(noun: Token, lex: Lexicon | None = None) -> str | None:
    """What makes an act noun a use of force: a word that names force by itself ("the
    shooting"), a place where it happened ("the Orlando shooting", "attacks in Paris"), a
    weapon or harm word modifying it ("car bomb attack", "deadly attacks"), a terrorist act
    ("terrorist attack"), or killing or weapons in its sentence."""
    lex = lex or lexicon()
    _, _, weapons = _sets(lex)
    named = force_word(noun, lex)
    if named is not None:
        return named
    for token in noun.sent:
        if token.i != noun.i and _forms(token) & (weapons | lex.harm.keys() | lex.force.keys()):
            return f"'{token.text}' in the sentence"
    for child in noun.children:
        forms = _forms(child)
        if child.dep_ in ("compound", "amod", "nmod", "poss"):
            if child.ent_type_ in PLACE_ENTS:
                return f"place '{child.text}'"
            if forms & weapons or forms & lex.harm.keys():
                return f"'{child.text} {noun.text}'"
            if forms & TERROR_WORDS:
                return f"'{child.text} {noun.text}'"
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "on", "against"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in PLACE_ENTS:
                    return f"happened in '{pobj.text}'"
    return None


def reading(token: Token, lex: Lexicon | None = None) -> str | None:
    """Does this word name physical force here? The evidence, or None. The same rules
    the coder applies to ASSAULT triggers, usable on any word (a topic noun, a passive
    with no one named), so that they can be measured on labelled sentences."""
    from communique.events.lexicon import noun_sense, verb_sense

    lex = lex or lexicon()
    if token.pos_ in ("VERB", "AUX"):
        found = verb_sense(token, lex)
        if found is None or not needs_evidence(found[0]):
            return None
        target = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.dep_ in ("acl", "relcl") and target is None:
            target = token.head  # "a soldier killed by a suicide bomber"
        if subject is not None and _forms(subject) & _sets(lex)[0]:
            return f"armed actor '{subject.text}'"
        if (
            subject is not None
            and subject.ent_type_ == "GPE"
            and not _verbal_frame(token)
            and (target is None or _can_be_harmed(target, lex))
        ):
            return f"state actor '{subject.text}'"
        return force_word(token, lex) or evidence(token, target, [], lex)
    if token.pos_ in ("NOUN", "PROPN"):
        found = noun_sense(token, lex)
        if found is None or not needs_evidence(found[0]):
            return None
        return noun_evidence(token, lex) or evidence(token, None, [], lex)
    return None


def _clause(trigger: Token) -> list[Token]:
    """The words of the trigger's own clause and, for a coordinated or adverbial verb, of
    the verb it joins ("shot and killed", "attacked ..., killing 17")."""
    tokens = list(trigger.subtree)
    if trigger.dep_ in ("conj", "advcl", "xcomp") and trigger.head.i != trigger.i:
        tokens += [t for t in trigger.head.children if t.dep_ in ("conj", "advcl", "agent")]
        tokens.append(trigger.head)
    return tokens


#: CAMEO synonym sets of people who can be harmed.
PEOPLE_SETS = ("PEOPLE", "HOSTAGE", "REFUGEE", "LEADER", "SUSPECT")


def _is_people(token: Token, lex: Lexicon) -> bool:
    """A named person or group, or counted people ("killed five villagers"); not "people"
    in general ("people are getting killed in this deal")."""
    if token.ent_type_ in ("PERSON", "NORP"):
        return True
    return any(c.dep_ == "nummod" for c in token.children) and token.pos_ == "NOUN"


def _is_person(part: Participant, trigger: Token) -> bool:
    if part.mention is None:
        return False
    if part.mention.kind in ("name", "surname", "title"):
        return True
    start, end = part.mention.span
    doc = trigger.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def verbal_reading(verb: Token, lex: Lexicon | None = None) -> str | None:
    """Where CAMEO's dictionary reads this verb as criticism, if it does: a pattern of
    the verb's block coded 11x whose comment names the verb."""
    lex = lex or lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.verbal_readings:
        return lex.verbal_readings[lemma]
    found = None
    for block in lex.verb_blocks.get(lemma, ()):
        for p in lex.blocks.get(block, ()):
            if p.code.startswith("11") and lemma in p.origin:
                found = f"{p.source} ('{lemma}' coded {p.code} there)"
                break
        if found:
            break
    lex.verbal_readings[lemma] = found
    return found


#: A count from this size on, over a period, is a statistic ("12,400 people ... last year");
#: below it, a report of one happening ("three soldiers were killed last year").
STATISTIC_COUNT = 100
_BIG_WORDS = frozenset({"hundreds", "thousands", "millions", "hundred", "thousand", "million"})


def _count(noun: Token | None) -> bool:
    """Does ``noun`` carry a large count ("12,400 people", "thousands of people")?"""
    if noun is None:
        return False
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if noun.pos_ == "NUM":
        nums.append(noun)
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NUM":
        nums.append(noun.head.head)  # "thousands of people"
    for num in nums:
        if num.lower_ in _BIG_WORDS:
            return True
        digits = num.text.replace(",", "")
        if digits.isdigit() and int(digits) >= STATISTIC_COUNT:
            return True
    return False


#: Verbs of change: a plural act noun as their subject is a trend ("attacks stepped up").
CHANGE_VERBS = frozenset(
    {"rise", "increase", "grow", "fall", "decline", "drop", "double", "triple", "surge", "soar",
     "climb", "step", "mount", "decrease", "spike", "jump"}
)  # fmt: skip


def trend(noun: Token) -> str | None:
    """ "Attacks on the homeland stepped up", "homicides rose 10%": a plural act noun whose
    number is said to change is a trend, not one event."""
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


def statistic(trigger: Token, participants: list[Token | None]) -> str | None:
    """ "12,400 people were deported last year", "707 people shot and killed by police
    so far this year": a large count over a period is a statistic, not one event."""
    candidates = list(participants)
    if trigger.dep_ in ("acl", "pcomp") or (trigger.dep_ == "conj" and trigger.head.dep_ == "acl"):
        candidates.append(trigger.head if trigger.dep_ == "acl" else trigger.head.head)
    counted = next((c for c in candidates if _count(c)), None)
    if counted is None:
        return None
    for ent in entities_in(trigger.sent):  # Span.ents would read every entity of the Doc
        if ent.label_ in ("DATE", "TIME") and any(t.lower_ in PERIOD_WORDS for t in ent):
            return f"a count ('{counted.text}') over a period ('{ent.text}')"
    return None
