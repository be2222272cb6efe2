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

import bisect
from typing import TYPE_CHECKING

from communique.actors.index import ActorIndex, Record
from communique.actors.roles import default_roles
from communique.actors.served import read_served, served_name
from communique.actors.titles import Title, right_modifiers
from communique.entity_labels import FIGURE_LABELS, PARTY_LABELS
from communique.schema import ActorKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def describe(
    index: ActorIndex,
    head: Token,
    toks: list[Token],
    *,
    create: bool,
    title: Title | None = None,
) -> tuple[Record, Mention] | None:
    """Corefer a role description to an actor, or make it one when ``create``.

    ``title`` is the description's :func:`title_of`, when the caller has read it already
    (for the same description asked first without ``create``, then with it).
    """
    if title is None:
        title = title_of(index, head, toks)
    role = title.role
    if role is None:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    plural = head.tag_ in ("NNS", "NNPS")
    first = toks[0].lower_
    # a description with an indefinite determiner is a new actor ("indefinite_determiners" of
    # titles.yaml)
    indefinite = first in default_roles().indefinite
    org = head.lower_ in default_roles().bodies
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


def title_of(index: ActorIndex, head: Token, toks: list[Token]) -> Title:
    """The title a role description reads as (its role, country, state, gender, party). Only a
    body has a seat: people "based in" a place are stationed there ("soldiers based in
    Kandahar"), which says no more than "in" does. A person the role serves says where it is
    held, alone as in apposition to a name (:mod:`communique.actors.served`)."""
    roles = default_roles()
    seated = roles.seat_participles if head.lower_ in roles.bodies else frozenset()
    after = right_modifiers(head, serving_to=roles.serving_to, seated=seated)
    words = list(toks) + after
    title = index.read_title(words, role_tokens=toks, head=head)
    # only a role serves: "President Barack Obama's new actions" names no one serving him
    served = served_name(index, words) if head.lower_ in default_roles().heads else None
    if served is not None:
        read_served(index, title, words, served)  # "a top adviser for President Obama": USA
    return title


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
    if title.party and title.party not in parties_of(rec) and parties_of(rec):
        return False  # "the GOP nominee" is not the Libertarian candidate
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
    # a bare head noun ("the minister") stands for any office it ends ("foreign minister"),
    # and for any role phrase the text gave the actor that it ends ("campaign spokeswoman")
    if role.phrase != head:
        return False
    return head in rec.role_nouns or any(o.rsplit(" ", 1)[-1] == head for o in rec.offices)


def parties_of(rec: Record) -> set[str]:
    """The parties the text has tied the actor to ("Republican nominee Donald Trump")."""
    return {t.party for t in rec.titles if t.party}


def corefer(index: ActorIndex, title: Title, head: str, before: int, *, org: bool) -> Record | None:
    """The nearest compatible actor mentioned before ``before`` (of two mentioned at the same
    place, the first in :meth:`~ActorIndex.records`).

    Only an actor holding an office can be compatible: for a specific office the holders of
    it are weighed; for a generic word ("the official") the mentions are read back from
    ``before`` until a compatible actor is met or every holder has been weighed.
    """
    role = title.role
    if role is None:
        return None
    if not role.office.generic:
        return _nearest(index, _holders(index, title, head), title, head, before, org)
    best: Record | None = None
    best_pos = -1
    weighed: set[int] = set()
    holders = index.holders()
    for rec, m in index.placed_before(before):
        pos = m.span[0]
        if best is not None and pos < best_pos:
            break
        if not rec.offices or id(rec) in weighed:
            continue
        weighed.add(id(rec))
        if compatible(rec, title, head, org):
            if best is None or rec.order < best.order:
                best, best_pos = rec, pos
        elif best is None and len(weighed) >= holders:
            break
    return best


def _holders(index: ActorIndex, title: Title, head: str) -> list[Record]:
    """The actors that can be compatible with a description of a specific office: those
    holding it, and for a bare head noun ("the minister") those holding an office it ends."""
    role = title.role
    if role is None:
        return []
    found = index.holding(role.key)
    if role.phrase == head:
        seen = {id(r) for r in found}
        found += [r for r in index.holding(head, last_word=True) if id(r) not in seen]
        found.sort(key=lambda r: r.order)
    return found


def _nearest(
    index: ActorIndex, recs: list[Record], title: Title, head: str, before: int, org: bool
) -> Record | None:
    """Of ``recs`` (in records order), the compatible one mentioned last before ``before``;
    when the description names a party, one the text tied to that party first."""
    recs = [r for r in recs if compatible(r, title, head, org)]
    # "Carter's press secretary, Peter Cook" ... "the secretary": a role serving a person
    # is named after that person's; a definite description both fit is the principal's
    recs = [r for r in recs if not any(r.serves and r.serves <= o.words for o in recs)]
    if title.party:
        members = [r for r in recs if title.party in parties_of(r)]
        recs = members or recs
    best: Record | None = None
    best_pos = -1
    for rec in recs:
        ms = rec.actor.mentions  # sorted by span
        k = bisect.bisect_left(ms, before, key=_start) - 1
        pos = ms[k].span[0] if k >= 0 else -1
        if pos >= 0 and pos > best_pos:
            best, best_pos = rec, pos
    return best


def _start(m: Mention) -> int:
    return m.span[0]


def named_next(index: ActorIndex, title: Title, head: str, start: int) -> Record | None:
    """The person named next, when a description comes first: "Ohio congresswoman presses
    regulators" (headline) ... "Rep. Laura Keating (R-Ohio)" (lead). The first compatible
    person named within ``settings.cataphora_sentences`` sentences after it.

    Only the mentions of those sentences are read: a person first named there has a named
    mention there.
    """
    here = index.sentence_of(start)
    until = index.sentence_start(here + index.settings.cataphora_sentences + 1)
    best: tuple[int, Record] | None = None
    weighed: set[int] = set()
    for rec, m in index.placed_from(start + 1, until):
        if m.kind not in NAMED or id(rec) in weighed:
            continue
        weighed.add(id(rec))
        if rec.actor.kind != "person":
            continue
        first = next(x.span[0] for x in rec.actor.mentions if x.kind in NAMED)
        if first <= start:
            continue
        if compatible(rec, title, head, False) and (
            best is None or first < best[0] or (first == best[0] and rec.order < best[1].order)
        ):
            best = (first, rec)
    return best[1] if best is not None else None


#: The kinds of mention that name a person (rather than describe or stand for one).
NAMED = ("name", "surname", "title")


def _plural_group(index: ActorIndex, title: Title, toks: list[Token], start: int) -> Record | None:
    """ "The two ministers": a group of the people the description fits, mentioned before it."""
    counting = default_roles().counting
    want = next((counting[t.lower_] for t in toks if t.lower_ in counting), None)
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
    roles = default_roles()
    noun = root.lemma_.lower()
    if noun not in roles.collectives or span[0].lower_ not in roles.definite:
        return None
    if _titles_a_name(span, roles.not_names):
        return None
    here = index.sentence_of(span.start_char)
    sector = roles.bodies.get(noun)

    def score(name: str, org_sector: str | None, heads: set[str]) -> int | None:
        if name.lower().rsplit(" ", 1)[-1].rstrip("s") == noun.rstrip("s") or noun in heads:
            return 0
        place = index.dictionary.place(name, "GPE")
        if place is not None and place.how in ("country", "capital"):
            # a state or its capital ("Moldova", "Moscow"), whatever label the tagger gave
            # it: "the bloc" or "the agency" is no state (a body a metonym names, "the State
            # Department", still is an agency)
            return None
        if sector is not None and org_sector is not None and org_sector != sector:
            # a description refers back only to what it describes: "the unions" are no
            # police force, "the company" no army (both sectors known and different)
            return None
        return 1 if sector is not None and org_sector == sector else 2

    ranked: list[tuple[int, int, Record | None, Span | None]] = []
    # only what starts in the last sentences is near: the mentions and entities from there on
    since = index.sentence_start(here - index.settings.collective_sentences)
    last: dict[int, tuple[Record, int]] = {}
    for rec, m in index.placed_from(since, span.start_char):
        a = rec.actor
        if a.kind != "organisation" or (rec.key or ("",))[0] == "place":
            continue
        if m.span[1] <= span.start_char and m.span[0] >= last.get(id(rec), (rec, -1))[1]:
            last[id(rec)] = (rec, m.span[0])
    for rec, pos in sorted(last.values(), key=lambda rp: rp[0].order):
        # a multinational company has no sector of its own, but is a company: "the company"
        # refers back to it, "the party" never does
        kind = rec.actor.sector or roles.code_bodies.get(rec.actor.country or "")
        rank = score(rec.actor.name, kind, rec.heads)
        if rank is not None:
            ranked.append((rank, -pos, rec, None))
    for ent in index.ents_from(since, span.start_char):
        if ent.label_ == "ORG" and index.actor_at(ent.start_char, ent.end_char) is None:
            rank = score(ent.text, None, set())
            if rank is not None:
                ranked.append((rank, -ent.start_char, None, ent))
    if not ranked:
        return None
    ranked.sort(key=lambda x: (x[0], x[1]))
    want = _counted(span, roles.counting)
    group = _plural_body(index, span, ranked, want) if want is not None else None
    if group is not None:
        return group
    _, _, rec, ent = ranked[0]
    if rec is None and ent is not None:
        rec, _ = org_actor(index, list(ent), ent.start_char, ent.end_char)
    if rec is None:
        return None
    return rec, index.mention(rec, span.start_char, span.end_char, "description")


def _counted(span: Span, counting: dict[str, int]) -> int | None:
    """How many bodies a plural description counts ("the two companies", "both firms"; the
    ``counting_words`` of titles.yaml), or None for a description of one or of an uncounted
    many."""
    if span.root.tag_ not in ("NNS", "NNPS"):
        return None
    return next((counting[t.lower_] for t in span if t.lower_ in counting), None)


def _plural_body(
    index: ActorIndex,
    span: Span,
    ranked: list[tuple[int, int, Record | None, Span | None]],
    want: int,
) -> tuple[Record, Mention] | None:
    """ "The two companies": a group of the ``want`` bodies of that kind named last before
    the description, as "the two ministers" is of the last two ministers. Only bodies the
    noun fits by name or by sector are counted (``ranked``: rank 0 or 1); with fewer of them
    than the number says, None, and the description is read as a singular one is (the
    nearest body): a body of unknown kind may be one of them, but which one the text does
    not say."""
    from communique.actors.coding import Code
    from communique.actors.entities import org_actor

    fits = [(pos, rec, ent) for rank, pos, rec, ent in ranked if rank < 2]
    fits.sort(key=lambda x: x[0])  # nearest first (``pos`` is the negated start)
    if len(fits) < want:
        return None
    members: list[Record] = []
    for _, rec, ent in fits[:want]:
        if rec is None and ent is not None:
            rec, _ = org_actor(index, list(ent), ent.start_char, ent.end_char)
        if rec is None or any(m is rec for m in members):
            return None
        members.append(rec)
    members.sort(key=lambda r: r.order)
    key = ("group", *sorted(r.actor.name for r in members))
    rec = index.keyed(key)
    if rec is None:
        rec = index.new(span.text, "group", key=key)
        rec.members = members
        names = ", ".join(f"{m.actor.name} ({m.actor.country or '?'})" for m in members)
        countries = {m.actor.country for m in members}
        sectors = {m.actor.sector for m in members}
        country = countries.pop() if len(countries) == 1 else None
        sector = sectors.pop() if len(sectors) == 1 else None
        basis = members[0].actor.basis if country or sector else None
        rec.fixed = Code(country, sector, f"group of {names}", basis)
        index.recode(rec)
    return rec, index.mention(rec, span.start_char, span.end_char, "description")


#: Entity labels of a word after a description that is no name: "told the newspaper Monday".
#: Every figure but a sum of money: no rule here says why money differs, and the set is kept
#: as it was so that output does not move; whether to add it is a measured change of its own.
NOT_NAME_LABELS = FIGURE_LABELS - {"MONEY"}


def _titles_a_name(span: Span, not_names: frozenset[str]) -> bool:
    """Does the description hold a name, or run on into one ("the national Westbode newspaper",
    "the Dutch newspaper Westbode")? Then it is that name's title, introducing a body,
    not a word pointing back to one named before. A possessor ("Trump's campaign") is no such
    name: it says whose body it is."""
    root = span.root
    for t in span[: root.i - span.start]:
        if t.pos_ == "PROPN" and t.dep_ != "poss" and t.ent_type_ not in NOT_NAME_LABELS:
            return True
    doc = root.doc
    k = root.i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1  # a no-break space the text put between them
    if k >= len(doc):
        return False
    nxt = doc[k]
    if nxt.pos_ != "PROPN" or nxt.ent_type_ in NOT_NAME_LABELS or nxt.lower_ in not_names:
        return False
    while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
        nxt = nxt.head
    return nxt.dep_ not in ("nsubj", "nsubjpass")  # "told the paper Karl Smith had lied"


def document(index: ActorIndex, span: Span, role: str) -> tuple[Record, Mention] | None:
    """A text as speaker: its author when named ("a study by the bank"), else a document actor."""
    from communique.actors.linking import link_span

    root = span.root
    roles = default_roles()
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
    if span[0].lower_ in roles.definite:
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
        if child.dep_ == "compound" and child.ent_type_ in PARTY_LABELS:
            lo = child.left_edge.i
            return doc[lo : child.i + 1]
    return None
