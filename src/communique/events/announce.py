"""The events PLOVER codes for announcements rather than acts.

PLOVER codes what was *said* about a future or conditional act: an announced
or promised cooperative act is an AGREE ("will meet next week"), an announced
material conflict act or an act made conditional with "unless" a THREATEN, and
a refused agreement a REJECT. The act itself keeps its own event with its
modality (future, intended, hypothetical, negated).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.entity_labels import PARTY_LABELS
from communique.events import everyday
from communique.events import modality as modality_mod
from communique.events import participants as pt
from communique.events.codes import TYPE_CODES, code_info
from communique.events.lexicon import lexicon
from communique.events.ontology import intensity, quad_class
from communique.schema import Cue, Event, Participant, Quote
from communique.spans import to_clause

#: Cooperative acts whose announcement PLOVER codes as AGREE; conflictual ones as THREATEN.
#: RETREAT and CONCEDE are among them although the manual's AGREE chapter keeps a future
#: RETREAT or CONCEDE as it is: the PLOVER gold records code a promised withdrawal ("will
#: pull out its settlers") as AGREE, and the coder follows the records.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


#: CAMEO's root of refusals (REJECT): an act refused is announced as no AGREE or THREATEN.
REFUSAL = "12"

MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


#: Entity labels (spaCy's OntoNotes scheme) of parties: a rejection of one is hostile to it.


def pledged_threat(act_code: str | None, pledger: Token, act: Token) -> bool:
    """Is an act of rejection (CAMEO root 12: a veto, 129; resisting, in CAMEO's REFUSE
    block, CAMEO.2.0.txt:2892) pledged by a verb or noun of pledging ("promised to veto",
    "vowed to resist", "her pledge to block it") against a party or what a party puts
    forward? CAMEO codes a hostile act pledged as a threat ("- * RESISTANCE [130] # VOW",
    CAMEO.2.0.txt:4255; "- * RESISTANCE [133] # PLEDGE", 5057; ``pledging`` in
    ``events.yaml``), where another act pledged is an AGREE; a rejection of a practice or a
    thing ("vowed to refuse any bribes", "pledged to reject violence") threatens no one."""
    lex = lexicon()
    if (act_code or "")[:2] != REFUSAL or pledger.lemma_.lower() not in lex.pledging:
        return False
    return _rejects_a_party(act)


def _rejects_a_party(act: Token) -> bool:
    """Does the rejection name no object ("vowed to resist"), or a party, a pronoun, or a
    proposal or measure (``pledged_objects``: "the bill", "their plan")?"""
    objects = [c for c in act.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return True
    target = objects[0]
    if target.pos_ in ("PRON", "PROPN") or target.ent_type_ in PARTY_LABELS:
        return True
    return target.lemma_.lower() in lexicon().pledged_objects


def announcement(
    event: Event,
    trigger: Token,
    partners: list[Participant],
    quotes: list[Quote],
    coded: set[tuple[int, str]],
    conditioned: list[Participant] | None = None,
) -> Event | None:
    """The event PLOVER codes for an act announced, promised, made conditional or refused.

    An announced or promised cooperative act is an AGREE, an announced material
    conflict act or any act made conditional with "unless" a THREATEN, and a
    refused agreement ("will not accept", "failed to reach agreement") a REJECT.
    The announcement is the promising word when there is one ("pledged to ban"):
    its own evidence, and its own quotation if it is quoted. A threat made conditional is
    aimed, when the act names no one, at whoever must meet the condition
    (``conditioned``: "will boycott the elections unless the president steps down").
    """
    by = announcer(trigger)
    if event.type == "AGREE" and event.modality == "negated":
        new_type = "REJECT"
    elif event.modality not in ("future", "intended", "hypothetical"):
        return None
    elif unless(trigger):
        new_type = "THREATEN"
    elif event.modality == "hypothetical" or modality_mod.forecast(trigger):
        return None  # "is expected to release": a forecast, which no party announced
    elif modality_mod.attempted(trigger):
        return None  # "efforts to crack down": an act tried, not announced (THREATEN is said)
    elif event.type in COOPERATIVE and event.type != "AGREE":
        new_type = "AGREE"
    elif (
        event.type in MATERIAL_CONFLICT and not everyday.bans_a_practice(trigger, event.cameo_code)
    ) or (event.modality == "intended" and pledged_threat(event.cameo_code, by, trigger)):
        new_type = "THREATEN"
    else:
        return None
    if (by.i, new_type) in coded:
        return None  # "offered to negotiate": the offer is already an AGREE
    noun = committing_noun(trigger)
    if noun is not None and (noun.i, new_type) in coded:
        return None  # "made the decision to withdraw": the decision is already the AGREE
    if by.i != trigger.i and (lexicon().intent.get(by.lemma_.lower()) or "").startswith(REFUSAL):
        return None  # "refused to attend": the refusal (REJECT) is the announcement
    if by.i == trigger.i:
        quote = pt.quote_by_id(quotes, event.claimed_by)
        cue = event.trigger
    else:
        quote = pt.claiming_quote(by.idx, quotes)
        cue = Cue(by.text, (by.idx, by.idx + len(by.text)))
    info = code_info(TYPE_CODES[new_type])
    assert info is not None, new_type  # every base code is in the shipped table
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
        actor=[p for p in event.actor if p not in partners] or list(event.actor),
        recipient=list(event.recipient)
        or (list(conditioned or ()) if new_type == "THREATEN" else [])
        or list(partners),
        claimed_by=quote.id if quote is not None else None,
        quad_class=quad_class(new_type),
        cameo_root=info.code[:2],
        intensity=intensity(new_type),
        cameo_code=info.code,
        goldstein=info.goldstein,
        date=event.date,
        date_reason=event.date_reason,
        date_period=event.date_period,
        location=event.location,
    )


def announcer(trigger: Token) -> Token:
    """The word that announces an act: "pledged" in "pledged to ban", the noun in "made the
    decision to withdraw" or "their pledge to withdraw" (a noun named for a verb of intent
    announces its infinitive as that verb does), else the act itself."""
    lex = lexicon()
    head = trigger.head
    lemma = head.lemma_.lower()
    to_clause = trigger.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    )  # "have vowed to resist": the parser often makes the complement a purpose clause
    if (trigger.dep_ == "xcomp" or to_clause) and (lemma in lex.intent or lemma in lex.willing):
        return head
    if modality_mod.nominal_verb(trigger, head) in lex.intent:
        return head
    return trigger


def committing_noun(act: Token) -> Token | None:
    """The noun whose "to" infinitive the act is ("the decision to withdraw", "a promise to
    free them", "its threat to expel"), or None. A noun's infinitive complement names the act
    the noun commits to, as a verb's does ("decided to withdraw"): a grammar fact of
    nominalisation, the noun keeping the verb's complement. Whether the noun codes a
    commitment is the caller's test (its event)."""
    if act.dep_ != "acl" or act.head.i == act.i or act.head.pos_ != "NOUN":
        return None
    return act.head if to_clause(act) else None


def unless(trigger: Token) -> bool:
    """Is the act made conditional on something the other side must do ("... unless")?"""
    for node in modality_mod.governors(trigger):
        for child in node.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ == "unless" for g in child.children
            ):
                return True
    return False
