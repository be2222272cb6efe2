"""Finding the mentions of actors in a parsed Doc, before anything is resolved.

Three kinds of candidate, read from what spaCy already put on the Doc
(entities, parse, tags), never re-parsing:

* :class:`NameCandidate`: a person's name with the title before it and the
  description in apposition ("German Foreign Minister Annalena Baerbock",
  "Aleksandar Vucic" of "The Serbian president, Aleksandar Vucic");
* :class:`EntityCandidate`: an organisation, country or group name;
* :class:`DescriptionCandidate`: a role noun heading its own noun phrase
  ("the German foreign minister").

Entity sanity is decided here: weekdays, months and numbers are never people;
a "person" that is a country, a state or a news outlet is treated as what it
is; a verb that a headline capitalised ("Obama Says") is not part of a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.actors.names import HONORIFICS, NAME_PARTICLES, name_key
from communique.actors.tables import ActorDictionary
from communique.actors.titles import apposition, is_possessive, title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Entity labels that can name an actor.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: A line is a headline when at least this share of its words are capitalised.
HEADLINE_SHARE = 0.7


@dataclass(slots=True)
class NameCandidate:
    """A person's name, the title words before it and a description in apposition."""

    name: list[Token]
    title: list[Token]
    appos: list[Token] | None
    start: int


@dataclass(slots=True)
class EntityCandidate:
    """A named organisation, country, place or group (any entity that is not a person's name)."""

    span: Span
    start: int
    organisation: bool = False  # its title shows it is one: "the opposition newspaper La Prensa"


@dataclass(slots=True)
class DescriptionCandidate:
    """A noun phrase headed by a role noun: "the German foreign minister"."""

    head: Token
    tokens: list[Token]
    start: int


Candidate = NameCandidate | EntityCandidate | DescriptionCandidate


def _order(c: Candidate) -> tuple[int, int]:
    rank = 0 if isinstance(c, NameCandidate) else 1 if isinstance(c, EntityCandidate) else 2
    return (c.start, rank)


def past_particles(toks: list[Token]) -> list[Token]:
    """A name's tokens, extended when the entity stops at a particle ("von der" + "Leyen")."""
    doc = toks[0].doc
    out = list(toks)
    while out[-1].lower_ in NAME_PARTICLES and out[-1].is_lower and out[-1].i + 1 < len(doc):
        nxt = doc[out[-1].i + 1]
        if not (nxt.is_title or (nxt.lower_ in NAME_PARTICLES and nxt.is_lower)):
            break
        out.append(nxt)
    return out


def is_headline(tok: Token) -> bool:
    """Is ``tok`` on a line whose words are mostly capitalised (a headline or title)?"""
    sent = tok.sent
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return caps >= HEADLINE_SHARE * len(words)


def capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def title_lead(toks: list[Token], d: ActorDictionary) -> int:
    """How many leading tokens of a PERSON entity are title words ("Senator Ted Cruz")."""
    lead = 0
    while lead < len(toks) - 1:
        w = toks[lead].lower_.rstrip(".")
        if w in HONORIFICS or w in d.roles.abbreviations or d.roles.office(w) is not None:
            lead += 1
            continue
        if d.place(toks[lead].text) is not None and toks[lead].text[:1].isupper():
            lead += 1  # "Russian President Vladimir Putin" tagged as one PERSON
            continue
        break
    return lead


def not_a_name(toks: list[Token], d: ActorDictionary) -> bool:
    """Words that are never a person's name: weekdays, months, numbers, lower-case words."""
    if not toks or not capitalised(toks[0]) or not capitalised(toks[-1]):
        return True
    words = [t.lower_.rstrip(".") for t in toks]
    if all(w in d.roles.not_names or t.like_num for w, t in zip(words, toks, strict=True)):
        return True
    return any(t.like_num or t.is_digit for t in toks)


def media_name(text: str, d: ActorDictionary) -> bool:
    """A news outlet or website by its name: "The New York Times", "Politico.com"."""
    low = text.lower().strip()
    if low.endswith(d.roles.website_ends) and " " not in low:
        return True
    words = low.replace("’", "'").split()
    return len(words) >= 2 and words[-1] in d.roles.media_ends


def find_mentions(
    doc: Doc, d: ActorDictionary, skip: tuple[int, int] | None = None
) -> tuple[list[Candidate], set[int]]:
    """Every candidate mention of ``doc`` in text order, and the tokens used by names' titles.

    Nothing starting inside the characters ``skip`` (the dateline) is a candidate.
    """
    consumed: set[int] = set()
    cands: list[Candidate] = []
    text_of = doc.text  # Doc.text and Doc.ents are rebuilt on each access: read them once
    ents = tuple(doc.ents)
    person_ents = [ent for ent in ents if ent.label_ == "PERSON"]
    # people first, so their titles ("Kremlin spokesman") are not read as actors
    for ent in person_ents:
        toks = [t for t in ent if not is_possessive(t)]
        if not toks:
            continue
        toks = past_particles(toks)
        if is_headline(toks[0]):
            toks = [t for t in toks if t.lower_ not in d.roles.headline_verbs] or toks[:0]
            if not toks:
                continue
        lead = title_lead(toks, d)
        name = toks[lead:]
        text = text_of[name[0].idx : name[-1].idx + len(name[-1].text)]
        if not_a_name(name, d):
            continue
        place = d.place(text) is not None or d.state(text) is not None
        if lead == 0 and place and d.lookup(text) is None:
            cands.append(EntityCandidate(ent, toks[0].idx))  # "Moldova" tagged PERSON
            continue
        if media_name(text, d):
            cands.append(EntityCandidate(ent, toks[0].idx))  # an outlet, not a person
            continue
        prefix = title_before(doc, toks[0].i, toks[-1].i + 1) + toks[:lead]
        appos = apposition(ent.root, d.role_heads)
        described = (
            prefix[-1:] if prefix else appos[-1:] if appos and appos[0].i < ent.start else []
        )
        if described and described[0].lower_ in d.roles.bodies:
            # "the opposition newspaper La Prensa": a body, whatever the model says
            cands.append(EntityCandidate(ent, toks[0].idx, organisation=True))
            continue
        consumed.update(t.i for t in prefix)
        consumed.update(t.i for t in toks)
        if appos:
            consumed.update(t.i for t in appos)
        start = prefix[0].idx if prefix else name[0].idx
        cands.append(NameCandidate(name, prefix, appos, start))
    # names the model did not tag at all ("Zelenskyy thanked Macron."): a run of
    # capitalised words outside every entity that the dictionary knows as a person
    for run in untagged_names(doc):
        if any(t.i in consumed for t in run):
            continue
        lead = title_lead(run, d)
        name = run[lead:]
        text = text_of[name[0].idx : name[-1].idx + len(name[-1].text)]
        if not_a_name(name, d) or not known_person(text, d):
            continue
        prefix = title_before(doc, run[0].i, run[-1].i + 1) + run[:lead]
        consumed.update(t.i for t in prefix)
        consumed.update(t.i for t in run)
        start = prefix[0].idx if prefix else name[0].idx
        cands.append(NameCandidate(name, prefix, None, start))
    # descriptions: a role noun heading its own noun phrase
    heads = d.role_heads
    for tok in doc:
        if tok.lower_ not in heads or tok.i in consumed or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "compound" or tok.ent_type_ in NAME_LABELS:
            continue  # a role word inside a name is part of the name ("Workers' Party")
        toks = list(doc[tok.left_edge.i : tok.i + 1])
        if any(t.ent_type_ == "PERSON" for t in toks):
            continue
        cands.append(DescriptionCandidate(tok, toks, toks[0].idx))
        consumed.update(t.i for t in toks[:-1] if t.ent_type_)
    for ent in ents:
        if ent.label_ == "PERSON" or ent.label_ not in NAME_LABELS:
            continue
        if any(t.i in consumed for t in ent):
            continue
        cands.append(EntityCandidate(ent, ent.start_char))
    if skip is not None:
        cands = [c for c in cands if not skip[0] <= c.start < skip[1]]
    cands.sort(key=_order)
    return cands, consumed


def known_person(text: str, d: ActorDictionary) -> bool:
    """Does the dictionary know a person by this full name, or by this surname?"""
    entry = d.lookup(text)
    if entry is not None:
        return entry.kind == "person"
    key = name_key(text)
    return " " not in key and d.is_surname(key)


def untagged_names(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised words that no entity covers.

    The small model tags some unfamiliar names as common nouns ("Zelenskyy
    said"); a capitalised noun counts only inside a sentence, where capitals
    are not just the first word's.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in doc:
        if (
            capitalised(tok)
            and not tok.ent_type_
            and (
                tok.pos_ == "PROPN"
                or (tok.pos_ == "NOUN" and not tok.is_sent_start and not tok.is_upper)
            )
        ):
            current.append(tok)
            continue
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs
