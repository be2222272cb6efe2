"""Descriptions: "the German economy minister", "the Ohio congresswoman", "the two ministers",
"the newspaper", "the statement" — linked to the actor they describe, or made actors of their own.

A definite singular description corefers with the nearest actor mentioned
before it whose office, country, state, gender and kind are compatible
(:func:`compatible`); an organisation description ("the agency", "the
newspaper") with the nearest organisation of the same kind. A plural
description ("the two ministers") becomes a group of the people it fits. A
document ("the report", "a study by the Inter-American Development Bank")
speaks for its author when the text names one, else it is an actor of kind
``document``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.index import ActorIndex, Record
from communique.actors.titles import Title, read_title, right_modifiers
from communique.schema import ActorKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Determiners that make a description indefinite: a new actor, never one mentioned before.
INDEFINITE = frozenset({"a", "an", "some", "several", "many", "another", "one", "any", "other"})
#: Determiners that make it point back: "the", "this", "that".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def describe(
    index: ActorIndex, head: Token, toks: list[Token], *, create: bool
) -> tuple[Record, Mention] | None:
    """Corefer a role description to an actor, or make it one when ``create``."""
    title = read_title(
        list(toks) + right_modifiers(head),
        index.dictionary,
        role_tokens=toks,
        head=head,
        known=index.known,
    )
    role = title.role
    if role is None:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    plural = head.tag_ in ("NNS", "NNPS")
    first = toks[0].lower_
    indefinite = first in INDEFINITE
    org = head.lower_ in index.dictionary.roles.bodies
    if plural and not indefinite:
        group = _plural_group(index, title, toks, start)
        if group is not None:
            return group, index.mention(group, start, end, "description")
    if not plural and not indefinite:
        rec = corefer(index, title, head.lower_, start, org=org)
        if rec is None and create and not org:
            rec = named_next(index, title, head.lower_, start)
        if rec is not None:
            m = index.mention(rec, start, end, "description")
            index.add_title(rec, title)
            return rec, m
    if not create:
        return None
    text = index.text[start:end]
    kind: ActorKind = "organisation" if org else "group" if plural else "person"
    if org and title.country:
        key = ("org", title.country, role.key)
        rec = index.keyed(key) or index.new(text, kind, key=key)
    else:
        rec = index.new(text, kind)
    m = index.mention(rec, start, end, "description")
    index.add_title(rec, title)
    return rec, m


def compatible(rec: Record, title: Title, head: str, org: bool) -> bool:
    """Could the described actor be ``rec``? Same kind, no clash of country, state, gender,
    and an office that matches: the same office ("top diplomat" = "foreign minister"), a
    generic word for it ("the official", "the lawmaker"), or the head noun of one of its
    offices ("the minister")."""
    a = rec.actor
    if a.kind in ("country", "document") or (a.kind == "person") == org:
        return False
    if title.country and a.country and a.country != title.country:
        return False
    exact = title.role is not None and title.role.key in rec.offices
    if title.country and not a.country and not exact:
        return False  # "the Chinese minister" is not a minister of unknown country
    if title.gender and rec.gender and title.gender != rec.gender:
        return False
    if title.state and rec.states and title.state.lower() not in rec.states:
        return False
    role = title.role
    if role is None:
        return False
    if role.key in rec.offices:
        return True
    if role.office.generic:
        if role.subject and role.subject not in rec.subjects:
            return False
        sector = role.office.sector
        return bool(rec.offices) and (sector is None or a.sector in (None, sector))
    # a bare head noun ("the minister") stands for any office it ends ("foreign minister")
    return role.phrase == head and any(o.rsplit(" ", 1)[-1] == head for o in rec.offices)


def corefer(index: ActorIndex, title: Title, head: str, before: int, *, org: bool) -> Record | None:
    """The nearest compatible actor mentioned before ``before``."""
    best: Record | None = None
    best_pos = -1
    for rec in index.records():
        if not compatible(rec, title, head, org):
            continue
        pos = max((m.span[0] for m in rec.actor.mentions if m.span[0] < before), default=-1)
        if pos >= 0 and pos > best_pos:
            best, best_pos = rec, pos
    return best


def named_next(index: ActorIndex, title: Title, head: str, start: int) -> Record | None:
    """The person named next, when a description comes first: "Ohio congresswoman presses
    regulators" (headline) ... "Rep. Laura Keating (R-Ohio)" (lead). The first compatible
    person named within ``settings.cataphora_sentences`` sentences after it."""
    here = index.sentence_of(start)
    best: tuple[int, Record] | None = None
    for rec in index.records():
        if rec.actor.kind != "person":
            continue
        named = [m.span[0] for m in rec.actor.mentions if m.kind in ("name", "surname", "title")]
        if not named or min(named) <= start:
            continue
        first = min(named)
        if index.sentence_of(first) - here > index.settings.cataphora_sentences:
            continue
        if compatible(rec, title, head, False) and (best is None or first < best[0]):
            best = (first, rec)
    return best[1] if best is not None else None


def _plural_group(index: ActorIndex, title: Title, toks: list[Token], start: int) -> Record | None:
    """ "The two ministers": a group of the people the description fits, mentioned before it."""
    want = next((NUMBERS[t.lower_] for t in toks if t.lower_ in NUMBERS), None)
    if want is None:
        return None
    head = toks[-1].lemma_.lower()
    people = [
        r
        for r in index.records()
        if r.actor.kind == "person"
        and any(m.span[0] < start for m in r.actor.mentions)
        and compatible(r, title, head, False)
    ]
    if len(people) < want:
        return None
    people.sort(key=lambda r: max(m.span[0] for m in r.actor.mentions if m.span[0] < start))
    members = people[-want:]
    key = ("group", *sorted(r.actor.name for r in members))
    rec = index.keyed(key)
    if rec is None:
        rec = index.new(index.text[start : toks[-1].idx + len(toks[-1].text)], "group", key=key)
        rec.members = members
        countries = {m.actor.country for m in members}
        names = ", ".join(f"{m.actor.name} ({m.actor.country or '?'})" for m in members)
        from communique.actors.coding import Code

        if len(countries) == 1 and None not in countries:
            basis = members[0].actor.basis
            rec.fixed = Code(
                countries.pop(), title.sector or members[0].actor.sector, f"group of {names}", basis
            )
        else:
            rec.fixed = Code(reason=f"group of {names}")
        index.recode(rec)
    return rec


def collective(index: ActorIndex, span: Span) -> tuple[Record, Mention] | None:
    """ "the alliance", "the newspaper", "the observatory": the organisation named just before.

    A definite collective noun refers back to the nearest organisation named
    in the last sentences (an organisation actor, or an organisation's name
    inside a title, as "NATO" in "NATO Secretary General Jens Stoltenberg"):
    one whose name ends in the same noun first ("the observatory" ->
    "Colombian Drug Observatory"), else one whose sector is the noun's ("the
    newspaper" -> an outlet), else the nearest.
    """
    from communique.actors.entities import org_actor

    root = span.root
    roles = index.dictionary.roles
    noun = root.lemma_.lower()
    if noun not in roles.collectives or span[0].lower_ not in DEFINITE:
        return None
    here = index.sentence_of(span.start_char)
    sector = roles.bodies.get(noun)

    def score(name: str, org_sector: str | None, heads: set[str]) -> int:
        if name.lower().rsplit(" ", 1)[-1].rstrip("s") == noun.rstrip("s") or noun in heads:
            return 0
        return 1 if sector is not None and org_sector == sector else 2

    ranked: list[tuple[int, int, Record | None, Span | None]] = []
    for rec in index.records():
        a = rec.actor
        if a.kind != "organisation" or (rec.key or ("",))[0] == "place":
            continue
        before = [m.span[0] for m in a.mentions if m.span[1] <= span.start_char]
        if before and here - index.sentence_of(max(before)) <= index.settings.collective_sentences:
            ranked.append((score(a.name, a.sector, rec.heads), -max(before), rec, None))
    for ent in index.ents:
        if ent.end_char > span.start_char:
            break
        near = here - index.sentence_of(ent.start_char) <= index.settings.collective_sentences
        if ent.label_ == "ORG" and near and index.actor_at(ent.start_char, ent.end_char) is None:
            ranked.append((score(ent.text, None, set()), -ent.start_char, None, ent))
    if not ranked:
        return None
    ranked.sort(key=lambda x: (x[0], x[1]))
    _, _, rec, ent = ranked[0]
    if rec is None and ent is not None:
        rec, _ = org_actor(index, list(ent), ent.start_char, ent.end_char)
    if rec is None:
        return None
    return rec, index.mention(rec, span.start_char, span.end_char, "description")


def document(index: ActorIndex, span: Span, role: str) -> tuple[Record, Mention] | None:
    """A text as speaker: its author when named ("a study by the bank"), else a document actor."""
    from communique.actors.linking import link_span

    root = span.root
    roles = index.dictionary.roles
    if root.lemma_.lower() not in roles.documents and root.lower_ not in roles.documents:
        return None
    noun = root.lemma_.lower()
    author = author_of(root)
    if author is not None:
        party = link_span(index, author, "participant", None)
        if party is not None and party.actor is not None:
            rec = index.record(party.actor)
            if rec is not None:
                index.documents.append((noun, rec, span.start_char))
                return rec, index.mention(rec, span.start_char, span.end_char, "description")
    if span[0].lower_ in DEFINITE:
        # "the report" after "a report by the Kiel Institute": the same document, and its author
        same = [(start, rec) for n, rec, start in index.documents if n == noun]
        same = [(start, rec) for start, rec in same if start < span.start_char]
        if same:
            _, rec = max(same, key=lambda x: x[0])
            if rec.actor.mentions:
                return rec, index.mention(rec, span.start_char, span.end_char, "description")
    rec = index.new(span.text, "document")
    rec.head = noun
    index.recode(rec)
    index.documents.append((noun, rec, span.start_char))
    return rec, index.mention(rec, span.start_char, span.end_char, "description")


def author_of(root: Token) -> Span | None:
    """Who wrote a document: "by X", "from X", "X's report", "a X report"."""
    doc = root.doc
    for child in root.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or pobj.ent_type_):
                    return doc[pobj.left_edge.i : pobj.i + 1]
    for child in root.children:
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            lo = child.left_edge.i
            return doc[lo : child.i + 1]
    return None
