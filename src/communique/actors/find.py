"""Finding the actors of one article: mentions found, resolved in text order, then coded.

``find_actors`` reads what spaCy already put on the Doc and never re-parses:
:func:`~communique.actors.mentions.find_mentions` lists the candidate
mentions, each is resolved in text order (people by
:mod:`~communique.actors.people`, other names by
:mod:`~communique.actors.entities`, role descriptions by
:mod:`~communique.actors.descriptions`), then the story's country is found
and every actor is coded (:mod:`~communique.actors.coding`). A mention that
fails with an unexpected error is left out with a CQ120 warning; the others
are kept.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from communique.actors import descriptions, entities, linking, served
from communique.actors.countries import label_of
from communique.actors.index import ActorIndex, Record
from communique.actors.mentions import (
    SUBJECT_DEPS,
    DescriptionCandidate,
    EntityCandidate,
    NameCandidate,
    find_mentions,
    person_sanity,
)
from communique.actors.names import person_words
from communique.actors.people import add_person
from communique.actors.roles import default_roles
from communique.actors.settings import DEFAULT, ActorSettings
from communique.actors.tables import ActorDictionary
from communique.actors.titles import (
    NON_STATE,
    Title,
    backer_after,
    bare_subdivision,
    city_abroad,
    is_possessive,
    place_bound,
    title_before,
)
from communique.entity_labels import LAND_LABELS
from communique.errors import warning
from communique.spans import capitalised_indices, indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.actors.mentions import Candidate


def find_actors(
    doc: Doc,
    dictionary: ActorDictionary | None = None,
    *,
    skip: tuple[int, int] | None = None,
    day: str | None = None,
    place: str | None = None,
    settings: ActorSettings = DEFAULT,
) -> ActorIndex:
    """The actors of one parsed article, one per real-world entity, ids in text order.

    Nothing inside the characters ``skip`` becomes an actor: the pipeline passes
    the dateline ("WASHINGTON (Reuters) -" says where the story was filed, not
    who acts in it). ``day`` (ISO) is the article's date, for dictionary roles;
    ``place`` the dateline's place name, which may tell the story's country;
    ``settings`` the component's (:class:`~communique.actors.settings.ActorSettings`).
    """
    d = dictionary or ActorDictionary.default(settings.dictionaries)
    index = ActorIndex(doc, d, day=day, settings=settings)
    cands, defined = find_mentions(doc, d, skip, settings.city_population)
    index.define(defined)
    for cand in cands:
        try:
            resolve(index, cand)
        except Exception as exc:  # one mention's failure is a coded warning, not a lost article
            text = _candidate_text(cand)
            index.warnings.append(warning("CQ120", text=text, error=repr(exc)))
    _missed_surnames(index, skip)
    _documents(index)
    _described_before_named(index)
    learn_genders(index)
    resolve_pronouns(index)
    index.story = story_country(index, place) if settings.story_default else None
    if index.story is not None:
        for rec in index.records():
            index.recode(rec)
    _coordinated_sides(index)
    index.renumber()
    return index


def _coordinated_sides(index: ActorIndex) -> None:
    """Recode the parties still without a country once every mention is in: one described
    only by a domestic sector's role takes the country of the one state it is coordinated
    with, which may be mentioned after it ("rebels and the Colombian army"; see
    :func:`coding.side_default`)."""
    for rec in list(index.records()):
        if rec.actor.country is None and rec.fixed is None:
            index.recode(rec)


def resolve(index: ActorIndex, cand: Candidate) -> None:
    """Add one candidate mention to the index."""
    if isinstance(cand, NameCandidate):
        if not _short_company(index, cand):
            add_person(index, cand.name, cand.title, cand.appos)
    elif isinstance(cand, EntityCandidate):
        entities.add_entity(index, cand.span, organisation=cand.organisation)
    else:
        _description(index, cand)


def _short_company(index: ActorIndex, cand: NameCandidate) -> bool:
    """A one-word "name" that is a company's short form ("Patriot" after "Patriot Coal") is a
    mention of the company: added, True."""
    toks = [t for t in cand.name if not is_possessive(t)]
    if len(toks) != 1 or cand.title:
        return False
    rec = index.aliased(toks[0].text)
    if rec is None or rec.actor.kind != "organisation":
        return False
    index.mention(rec, toks[0].idx, toks[0].idx + len(toks[0].text), "organisation")
    return True


def _missed_surnames(index: ActorIndex, skip: tuple[int, int] | None) -> None:
    """Names the model missed that are part of a person's name already in the article.

    "Zelenskyy spoke in Kyiv." after "Volodymyr Zelenskyy": the small model
    may tag the lone surname as a common noun. A capitalised word outside any
    entity and any mention whose folded form is a word of a person's name
    is a mention of that person. So is such a word tagged alone as a place or a
    group that names none ("Scholz vows ..." in a headline, tagged GPE, before
    the body's "Chancellor Olaf Scholz"): text order resolves it before the full
    name is met, and a word that is no country, state or city is no place.
    """
    doc = index.doc
    for tok in (doc[i] for i in capitalised_indices(doc, indices(doc, pos=("PROPN", "NOUN")))):
        if tok.ent_type_ and not _lone_non_place(index, tok):
            continue
        if skip is not None and skip[0] <= tok.idx < skip[1]:
            continue
        words = person_words(tok.text)
        if len(words) != 1 or not any(r.actor.kind == "person" for r in index.with_word(words[0])):
            continue
        if index.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
            continue
        add_person(index, [tok], title_before(index.doc, tok.i, tok.i + 1, index.dictionary), None)


def _lone_non_place(index: ActorIndex, tok: Token) -> bool:
    """Is ``tok`` a one-word entity tagged other than a person that names no place: no
    country, capital, metonym, demonym or US state, and no big city unless it is also a
    surname (:func:`~communique.actors.mentions.person_sanity`)?"""
    if tok.ent_type_ == "PERSON" or tok.ent_iob_ != "B":
        return False
    if tok.dep_ in ("compound", "amod"):
        return False  # "a Trump supporter", "Breitbart employees": a kind of thing, not the person
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False
    if entities.is_location(tok) or _before_its_region(index, tok):
        return False  # "rallied in Jackson", "Jackson, Mississippi": where
    found = person_sanity([tok], tok.text, index.dictionary, index.settings.city_population)
    return found == "person"


def _before_its_region(index: ActorIndex, tok: Token) -> bool:
    """Is ``tok`` followed by a comma and a US state or a country ("Jackson, Miss.", "Carson,
    California")? A place is written so, with the larger place after it; a person is not."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    after = doc[tok.i + 2]
    d = index.dictionary
    return d.state(after.text) is not None or d.place(after.text, label_of(after)) is not None


def _described_before_named(index: ActorIndex) -> None:
    """A person described before being named is the person named next: "Ohio congresswoman
    presses regulators" (headline) ... "Rep. Laura Keating (R-Ohio)" (lead)."""
    people = [r for r in index.records() if r.actor.kind == "person" and r.actor.mentions]
    for rec in people:
        ms = rec.actor.mentions
        if not rec.titles or not ms or any(m.kind != "description" for m in ms):
            continue
        title = next((t for t in rec.titles if t.role is not None), None)
        if title is None or title.role is None:
            continue
        head = title.role.phrase.rsplit(" ", 1)[-1]
        named = descriptions.named_next(index, title, head, ms[0].span[0])
        if named is None or named is rec or (rec.serves and rec.serves <= named.words):
            continue  # "a former aide to President X": X is the one served, not the aide
        index.merge(named, rec)


def _documents(index: ActorIndex) -> None:
    """Documents with a named author speak for it: "A WHO report released on Tuesday" is
    the WHO's, so a later "the report said" is too."""
    roles = default_roles()
    doc = index.doc
    for tok in (doc[i] for i in indices(doc, pos=("NOUN",))):
        if tok.lemma_.lower() not in roles.documents:
            continue
        if descriptions.author_of(tok) is None:
            continue
        span = index.doc[tok.left_edge.i : tok.i + 1]
        descriptions.document(index, span, "speaker")


def learn_genders(index: ActorIndex) -> None:
    """A person's gender from a pronoun that can only mean them: the only person named in
    the pronoun's sentence and the sentence before, named there before the pronoun. "The
    economy minister added that his ministry ..." makes the minister a man, so a later "she"
    is someone else. A person named only after the pronoun may be what it points forward to
    ("While he has said he will fight on, Sanders must decide") or no referent of it at all
    ("although he caucuses with Democrats, his ties are looser than were Clinton's": he is
    someone named earlier), so such a sentence teaches nothing."""
    people_in: dict[int, list[tuple[int, int]]] = {}
    recs: dict[int, Record] = {}
    for rec in index.records():
        if rec.actor.kind != "person" or rec.actor.name == "the author":
            continue
        recs[id(rec)] = rec
        for m in rec.actor.mentions:
            if m.kind != "pronoun":
                at = index.sentence_of(m.span[0])
                people_in.setdefault(at, []).append((m.span[0], id(rec)))
    if not recs:
        return
    doc = index.doc
    # the pronouns that tell a person's gender (``pronouns`` of titles.yaml)
    gendered = default_roles().gendered
    for tok in (doc[i] for i in indices(doc, lower=gendered)):
        gender = gendered.get(tok.lower_)
        if gender is None:
            continue
        here = index.sentence_of(tok.idx)
        named = people_in.get(here, []) + people_in.get(here - 1, [])
        near = {k for start, k in named if start < tok.idx}
        if len(near) == 1 and {k for _, k in named} == near:
            rec = recs[next(iter(near))]
            if rec.gender is None:
                rec.gender = gender


#: Pronouns resolved while finding actors: third person, personal and possessive, and "who".
THIRD_PERSON = frozenset(
    {"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
     "theirs", "themselves", "it", "its", "itself"}
)  # fmt: skip


def resolve_pronouns(index: ActorIndex) -> None:
    """Every third-person pronoun and relative "who" becomes a mention of its actor, in text
    order, so each actor's mentions are complete whether or not a quotation or an event
    asks for the pronoun later."""
    doc = index.doc
    for tok in (doc[i] for i in indices(doc, pos=("PRON",))):
        low = tok.lower_
        if tok.text.isupper() and len(tok.text) > 1:
            continue
        if low in THIRD_PERSON:
            linking.pronoun(index, tok, None)
        elif low == "who" and tok.head.dep_ == "relcl":
            linking.relative(index, tok, "participant")


def _description(index: ActorIndex, cand: DescriptionCandidate) -> None:
    """A role description corefers with an actor before it; one that is the subject of its
    clause ("A senior official said") or names a country ("according to the Bolivian interior
    ministry") is an actor of its own, so that a pronoun or description after it finds it."""
    # the title is read once for both questions: nothing between them changes the index
    title: Title | None = descriptions.title_of(index, cand.head, cand.tokens)
    got = descriptions.describe(index, cand.head, cand.tokens, create=False, title=title)
    if got is not None:
        return
    if cand.head.lemma_.lower() in default_roles().collectives:
        # "The company said": the organisation named before, when there is one
        span = index.doc[cand.tokens[0].i : cand.head.i + 1]
        if descriptions.collective(index, span) is not None:
            return
        title = None  # the look-up may have made an organisation actor, which titles read
    if cand.head.text.islower() and linking.body_of_states(index, cand.tokens):
        # "the Western military alliance said": a body of states, whatever its sector's role
        linking.state_body(index, cand.tokens)
        return
    if cand.head.dep_ in SUBJECT_DEPS or _names_a_country(index, cand):
        got = descriptions.describe(index, cand.head, cand.tokens, create=True, title=title)
        if got is not None:
            served.note_served(index, got[0], cand.head, cand.tokens)
            # "Russia said its troops attacked": whose they are, as when a later mention
            # links the description (linking.owned_by_pronoun)
            linking.owned_by_pronoun(index, cand.head, index.party(*got))


def _names_a_country(index: ActorIndex, cand: DescriptionCandidate) -> bool:
    d = index.dictionary
    return any(
        d.place(t.text, label_of(t)) is not None for t in cand.tokens if t.text[:1].isupper()
    )


def story_country(index: ActorIndex, place: str | None) -> str | None:
    """The one state the story is about, or None.

    The dateline's country if it names one, else the only state among the
    countries the article's actors were coded with from its own words or a
    dictionary. A story that names two states is about no one country.
    """
    d = index.dictionary
    codes: Counter[str] = Counter()
    for rec in index.records():
        a = rec.actor
        if a.country and a.country not in NON_STATE and a.basis in ("article", "dictionary"):
            codes[a.country] += 1
    dateline = None
    for part in (place or "").split(","):
        found = d.place(part.strip(), "") if part.strip() else None  # a dateline: no parse
        if found is not None:
            dateline = found.iso3
            break
    if dateline is not None and set(codes) <= {dateline}:
        return dateline
    if len(codes) == 1 and dateline is None:
        return next(iter(codes))
    if not codes and dateline is None:
        return _only_state_placed(index)
    return None


def _only_state_placed(index: ActorIndex) -> str | None:
    """The one state the places a story names belong to ("threatened a curfew in Algiers":
    Algeria), when no actor of it has a country and it has no dateline; None if they name
    none or more than one. A story with no dateline tells where it happens by the places it
    names, as a dateline would; the country table reads a capital or a province as its
    country, as PETRARCH's country dictionary lists them under the country."""
    states: set[str] = set()
    for ent in index.doc.ents:
        if ent.label_ not in LAND_LABELS:
            continue  # a nationality word names its state too ("Nigerian unions threatened")
        if backer_after(index.doc, ent.end):
            continue  # "Russian-backed separatists" are no story about Russia
        place = index.dictionary.place(ent.text.removeprefix("the "), ent.label_)
        if place is not None and place.iso3 not in NON_STATE:
            states.add(place.iso3)
            if len(states) > 1:
                return None
    states |= _subdivisions_placed(index)
    return next(iter(states)) if len(states) == 1 else None


#: Prepositions whose object is where something happens or someone is ("in Guerrero",
#: "across Sindh", "from Zamfara"). Source: English grammar (prepositions of place).
PLACE_PREPS = frozenset({"in", "across", "throughout", "near", "from"})


def _where_one_is(prep: Token) -> bool:
    """Does a place phrase hang on the noun of a role not bound to places, so that it says
    only where one is or comes from, not where the story is ("diplomats in Lagos", "the
    consul general in Lagos": posted there; "officials from Unity": a body's people may come
    from a body, Unity a party or a company)? After a noun bound to a place
    (:func:`titles.place_bound`: "residents of", "farmers in", "the governor of") or a verb
    ("attacked a convoy in Sonora") the name is the story's place, as titles.yaml's
    ``resident_sectors`` reads the "in" of a city."""
    head = prep.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > prep.i:
        return False
    roles = default_roles()
    if roles.office(head.lemma_.lower()) is None and roles.office(head.lower_) is None:
        return False
    return not place_bound(prep)


def _subdivisions_placed(index: ActorIndex) -> set[str]:
    """The states of the subdivisions a story names by their bare names as the object of a
    preposition of place ("gunmen in Guerrero", "a raid across Sindh"), whatever the
    parser's label (it takes "Guerrero" for a person). The table keeps a state, province or
    region only with its word ("Guerrero State", :func:`federal_state`), since alone many
    such names are common words; after a preposition of place the grammar says the name is
    a place, and the table keeps no province whose name another country's shares. A name
    that is also a country's or a city's of another country is left to those readings."""
    doc, d = index.doc, index.dictionary
    found: set[str] = set()
    for tok in doc:
        if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS or tok.pos_ != "PROPN":
            continue
        if _where_one_is(tok.head):
            continue  # "officials from Unity", "diplomats in Lagos": not the story's place
        start = tok.i
        while start > tok.head.i + 1 and doc[start - 1].dep_ == "compound":
            start -= 1
        text = doc[start : tok.i + 1].text
        if not text[:1].isupper() or d.place(text, "GPE") is not None:
            continue  # "in Niger" is the country, not Nigeria's Niger State
        place = bare_subdivision(doc, start, tok.i, d)
        if place is None or place.iso3 in NON_STATE:
            continue
        if city_abroad(text, place, d):
            continue  # "in Delta" is first the Canadian city, not Nigeria's state
        found.add(place.iso3)
    return found


def _candidate_text(cand: Candidate) -> str:
    if isinstance(cand, NameCandidate):
        toks = cand.name
        return " ".join(t.text for t in toks)
    if isinstance(cand, EntityCandidate):
        return cand.span.text
    return " ".join(t.text for t in cand.tokens)
