"""The person a role serves: who it is, and what that says of the one the role describes.

"Robby Mook, the campaign manager for Hillary Clinton", "a top adviser for President
Obama", "a former aide to Egyptian President Hosni Mubarak": the one served is named in
the description and is someone else (:func:`titles.served_person`). The role is held in
that person's country, and a state office held in that person's ended term, or a role
held before serving one who held a state office, is a former official's (PLOVER's ELI).
One reading for a description in apposition to a name and for one standing alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.actors.dictionary import STATE_SECTORS
from communique.actors.names import person_words
from communique.actors.titles import NON_STATE, is_possessive, served_person, title_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.actors.index import ActorIndex, Record
    from communique.actors.tables import Entry
    from communique.actors.titles import Title


def served_name(index: ActorIndex, description: Sequence[Token]) -> str | None:
    """The name of the person a description's role serves ("Hillary Clinton" of "the
    campaign manager for Hillary Clinton", "Carter" of "Carter's press secretary")."""
    person = served_person(description)
    words = [t for t in person if not is_possessive(t)] if person is not None else []
    if not words:
        return None
    return index.text[words[0].idx : words[-1].idx + len(words[-1].text)]


def note_served(index: ActorIndex, rec: Record, head: Token, description: Sequence[Token]) -> None:
    """Remember whom a new described person's role serves ("a former aide to Egyptian
    President Hosni Mubarak", a description standing alone): the one served is named in the
    phrase, so is someone else, never the person the description names later. The phrase
    after the role reaches past the description's own words, so the head's right children
    are read with them; the name is read as for a description beside a name
    (:func:`served_name`)."""
    if rec.actor.kind != "person" or rec.serves:
        return
    name = served_name(index, [*description, *head.rights])
    if name is not None:
        rec.serves = frozenset(person_words(name))


def read_served(
    index: ActorIndex, described: Title, description: Sequence[Token], name: str
) -> None:
    """Complete what a description says with the person its role serves, ``name``."""
    entry = _served_entry(index, description, name)
    if entry is None or entry.kind != "person":
        return
    _served_country(index, described, name, entry)
    _served_term(index, described, name, entry)


def _served_entry(index: ActorIndex, description: Sequence[Token], name: str) -> Entry | None:
    """The dictionary's person a description's role serves: by the full name ("George W.
    Bush"), or by a surname with the title before it ("a top adviser for President Obama"),
    which is the one person of that surname who held that office on the article's date, as
    for a titled surname anywhere (:meth:`ActorDictionary.office_holder`)."""
    d = index.dictionary
    entry = d.lookup(name, index.day)
    words = person_words(name)
    if entry is not None or len(words) != 1:
        return entry
    person = served_person(description)
    title = title_before(person.doc, person.start, person.end, d) if person is not None else []
    role = index.read_title(title).role if title else None
    if role is None or not d.office_named(words[0], role):
        return None
    return d.office_holder(words[0], role, index.day)


def _served_term(index: ActorIndex, described: Title, name: str, entry: Entry) -> None:
    """A state office serving a person whose own state office ended before the article's
    date ("a White House press secretary for George W. Bush" in 2016) was held in that
    person's term: the one described is a former official (PLOVER's ELI), as "former" would
    say. The served person's standing is the dictionaries' on the article's date (their
    horizon when the date is unknown), the same standing that codes that person."""
    if described.sector not in STATE_SECTORS or described.role is None or described.role.former:
        return
    standing = entry.standing(index.day)
    if standing.sector != "ELI":
        return
    described.sector = "ELI"
    described.reason += f" serving '{name}' ({standing.reason})"


def _served_country(index: ActorIndex, described: Title, name: str, entry: Entry) -> None:
    """A role serving a person the dictionaries hold ("the campaign manager for Hillary
    Clinton", "the press secretary to George W. Bush") works in that person's country: the
    description takes the country, not the person's sector (a candidate's office is not the
    campaign's; an aide is not the president). A role held before ("a former aide to",
    "who was press secretary to") serving a person who has held a state office is a former
    official of that state: PLOVER's ELI."""
    if described.country is not None or described.role is None:
        return
    standing = entry.standing(index.day)
    country = standing.country
    if country is None or country in NON_STATE:
        return
    described.country = country
    described.reason += f" for '{name}' ({country}: {entry.source_name})"
    held = any(r.sector in STATE_SECTORS for r in entry.roles)  # a state office, ever
    if described.sector is None and described.role.former and held:
        described.sector = "ELI"
        described.reason += " (held before: ELI)"
