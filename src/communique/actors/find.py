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

from communique.actors import descriptions, entities
from communique.actors.index import ActorIndex
from communique.actors.mentions import (
    SUBJECT_DEPS,
    DescriptionCandidate,
    EntityCandidate,
    NameCandidate,
    find_mentions,
)
from communique.actors.names import person_words
from communique.actors.people import add_person
from communique.actors.tables import ActorDictionary
from communique.actors.titles import NON_STATE, read_title, title_before
from communique.errors import warning

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.actors.mentions import Candidate


def find_actors(
    doc: Doc,
    dictionary: ActorDictionary | None = None,
    *,
    skip: tuple[int, int] | None = None,
    day: str | None = None,
    place: str | None = None,
) -> ActorIndex:
    """The actors of one parsed article, one per real-world entity, ids in text order.

    Nothing inside the characters ``skip`` becomes an actor: the pipeline passes
    the dateline ("WASHINGTON (Reuters) -" says where the story was filed, not
    who acts in it). ``day`` (ISO) is the article's date, for dictionary roles;
    ``place`` the dateline's place name, which may tell the story's country.
    """
    d = dictionary or ActorDictionary.default()
    index = ActorIndex(doc, d, day=day)
    cands, _ = find_mentions(doc, d, skip)
    for cand in cands:
        try:
            resolve(index, cand)
        except Exception as exc:  # one mention's failure is a coded warning, not a lost article
            text = _candidate_text(cand)
            index.warnings.append(warning("CQ120", text=text, error=repr(exc)))
    _missed_surnames(index, skip)
    index.story = story_country(index, place)
    if index.story is not None:
        for rec in index.records():
            index.recode(rec)
    index.renumber()
    return index


def resolve(index: ActorIndex, cand: Candidate) -> None:
    """Add one candidate mention to the index."""
    if isinstance(cand, NameCandidate):
        add_person(index, cand.name, cand.title, cand.appos)
    elif isinstance(cand, EntityCandidate):
        entities.add_entity(index, cand.span, organisation=cand.organisation)
    else:
        _description(index, cand)


def _missed_surnames(index: ActorIndex, skip: tuple[int, int] | None) -> None:
    """Names the model missed that are part of a person's name already in the article.

    "Zelenskyy spoke in Kyiv." after "Volodymyr Zelenskyy": the small model
    may tag the lone surname as a common noun. A capitalised word outside any
    entity and any mention whose folded form is a word of a person's name
    is a mention of that person.
    """
    for tok in index.doc:
        if tok.ent_type_ or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if skip is not None and skip[0] <= tok.idx < skip[1]:
            continue
        words = person_words(tok.text)
        if len(words) != 1 or not any(r.actor.kind == "person" for r in index.with_word(words[0])):
            continue
        if index.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
            continue
        add_person(index, [tok], title_before(index.doc, tok.i, tok.i + 1), None)


def _description(index: ActorIndex, cand: DescriptionCandidate) -> None:
    """A role description corefers; a subject naming a country and a role is an actor."""
    got = descriptions.describe(index, cand.head, cand.tokens, create=False)
    if got is not None or cand.head.dep_ not in SUBJECT_DEPS:
        return
    title = read_title(cand.tokens, index.dictionary)
    if title.country and title.role is not None:
        descriptions.describe(index, cand.head, cand.tokens, create=True)


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
        found = d.place(part.strip()) if part.strip() else None
        if found is not None:
            dateline = found.iso3
            break
    if dateline is not None and set(codes) <= {dateline}:
        return dateline
    if len(codes) == 1 and dateline is None:
        return next(iter(codes))
    return None


def _candidate_text(cand: Candidate) -> str:
    if isinstance(cand, NameCandidate):
        toks = cand.name
        return " ".join(t.text for t in toks)
    if isinstance(cand, EntityCandidate):
        return cand.span.text
    return " ".join(t.text for t in cand.tokens)
