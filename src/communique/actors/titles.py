"""Reading titles and descriptions: what the words around a name say about it.

A title before a name ("German Federal Minister for Economic Affairs and
Climate Action Robert Habeck"), a description in apposition ("Robert Habeck,
Germany's economy minister,"), a description of its own ("the director of
Peru's customs agency", "authorities in Bolivia") and the party-state
notation of US news ("Sen. Ted Cruz (R-Texas)") are all read by
:func:`read_title` into a :class:`Title`: the country or body named, the
office, the sector, the gender the words mark, and a reason that quotes them.
The functions here only read tokens; deciding an actor's code from its titles
is :mod:`communique.actors.coding`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from communique.actors.countries import label_of
from communique.actors.dictionary import STATE_SECTORS
from communique.actors.names import name_key
from communique.actors.roles import default_roles
from communique.actors.settings import DEFAULT
from communique.actors.tables import ActorDictionary, Entry, Place, RoleHit
from communique.entity_labels import LAND_LABELS, PLACE_LABELS
from communique.time_place.gazetteer import fold
from communique.time_place.location import named_countries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Possessive endings, whichever apostrophe the text uses.
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})

#: Non-state codes: a neutral role of such a body gets no sector ("NATO spokesman").
NON_STATE = frozenset({"IGO", "NGO", "MNC", "ISM", "IMG", "UNO", "EUR"})
#: Non-state codes of bodies no government forms: non-governmental organisations, companies.
NON_GOVERNMENT = frozenset({"NGO", "MNC"})
#: Sectors of organisations of society (PLOVER manual, "Sector Codes": companies BUS,
#: education EDU, news media JRN, organised labour LAB and AGR, health MED, religious REL,
#: civil society SOC); the other sectors are a state's, armed groups' or individuals' (ELI).
SOCIETY_SECTORS = frozenset({"BUS", "EDU", "JRN", "LAB", "AGR", "MED", "REL", "SOC"})
#: Sectors of armed groups that are no state's (PLOVER REB: rebels, insurgents, militias;
#: UAF: armed forces of no known side).
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
#: Sectors of armed and security roles (military, police, intelligence, and PLOVER's UAF,
#: armed people of no known side: "fighters", "gunmen"), the roles an armed group has too ("a
#: Taliban commander", "Boko Haram fighters").
ARMED_OFFICE_SECTORS = frozenset({"MIL", "COP", "SPY", "UAF"})

#: Words joining the parts of a long title, never its first word.
CONNECTIVES = frozenset({"of", "for", "and", "the"})
#: Prepositions after which a city's name says where a person or body belongs ("the mayor
#: of Lagos", "students from Lagos"). Not "in", which says only where one is: "the consul
#: general in Los Angeles" is Mexico's, "the BBC's correspondent in Moscow" is British.
CITY_PREPS = frozenset({"of", "from"})

#: Longest run of words a title before a name may have.
MAX_TITLE_TOKENS = 14


#: "(R-Texas)", "(D-N.Y.)", "R-Ohio": a member's party and state in US news.
PARTY_STATE = re.compile(r"^\s*,?\s*\(?\s*([RDI])\s*[-–.]\s*([A-Z][A-Za-z. ]{0,15}?)\s*[),]")
PARTY_LETTERS = {"R": "Republican", "D": "Democrat", "I": "Independent"}
#: "of Florida", "of New Jersey" right after a name: the state a US office holder serves.
OF_STATE = re.compile(r"^\s*,?\s*of\s+([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})")


@dataclass(frozen=True, slots=True)
class Known:
    """An organisation the article named, with the codes it was given there."""

    country: str | None
    sector: str | None


@dataclass(slots=True)
class Title:
    """What a title or description says: country, sector, office, gender, and why.

    ``how`` says what named the country: "country", "demonym", "capital",
    "metonym", "state", "organisation", "party" or "role" (a role noun that
    itself belongs to a non-state body).
    """

    country: str | None = None
    sector: str | None = None
    role: RoleHit | None = None
    body: str | None = None  # the words naming the country or body ("German", "Kremlin")
    how: str | None = None
    gender: str | None = None
    party: str | None = None
    state: str | None = None
    reason: str = ""
    head: str | None = None  # a body noun heading the words ("agency"): what kind of body

    @property
    def says_something(self) -> bool:
        return bool(self.country or self.sector or self.role)


def is_possessive(t: Token) -> bool:
    return t.tag_ == "POS" or t.lower_ in POSSESSIVE


def _inside_place(t: Token) -> bool:
    """A token continuing a place name, as "Mexico" in "New Mexico".

    An article the model tags as the place's first word ("The United States' ambassador")
    is no word of the name: the word after it begins the name."""
    if t.i == 0 or t.ent_iob_ != "I" or t.ent_type_ not in PLACE_LABELS:
        return False
    before = t.doc[t.i - 1]
    return not (before.ent_iob_ == "B" and before.dep_ == "det")


def _continues_place(doc: Doc, i: int) -> bool:
    """Does token ``i`` (if any) continue a place name, as a word, not a mark?

    The possessive ending is a mark: the model often tags "South Korea's" whole as the
    place, and the country before it is still the whole name ("South Korea's foreign
    minister" is South Korea's, not a place that goes on)."""
    if i >= len(doc):
        return False
    t = doc[i]
    return _inside_place(t) and not t.is_punct and not is_possessive(t)


def words_of(tokens: Sequence[Token]) -> list[str]:
    """Lower-case words of a title: no punctuation, no possessive endings, no periods."""
    out = []
    for t in tokens:
        if t.is_punct or is_possessive(t) or t.is_space:
            continue
        w = t.lower_.rstrip(".")
        if w:
            out.append(w)
    return out


def _body(
    toks: list[Token],
    d: ActorDictionary,
    state_first: bool,
    known: Callable[[str], Known | None] | None = None,
    city_population: int = DEFAULT.city_population,
    *,
    sovereign: bool = False,
) -> tuple[str, Place | Entry | Known, str] | None:
    """The longest country, state, known organisation or party named in ``toks``.

    Returns (text, what, how). A place inside a longer place name ("Mexico"
    of "New Mexico") names nothing; a state is preferred to a country of the
    same name when the office is one held in a state ("Georgia Sen."), the country
    when the office is one only a sovereign state has (``sovereign``: "Georgia's
    foreign minister"), and neither otherwise: "a Georgia businessman" or "the
    Georgia Institute of Technology" may be either, and the words do not say which; a
    city of ``city_population`` people or more after "of" or "from" names its country.
    """
    n = len(toks)
    if not n:
        return None
    # Each range is read from its edges; what an edge says is read once per token, not once
    # per range it bounds (up to five each).
    doc = toks[0].doc
    in_place = [_inside_place(t) for t in toks]
    place_after = [_continues_place(doc, t.i + 1) or backer_after(doc, t.i + 1) for t in toks]
    pieces = [t.text_with_ws for t in toks]
    for size in range(min(n, 5), 0, -1):
        for i in range(n - size + 1):
            if in_place[i] or place_after[i + size - 1]:
                continue
            text = "".join(pieces[i : i + size]).strip()
            if not text[:1].isupper() or default_roles().office(text) is not None:
                continue  # a title's own words ("Secretary of State") name an office, not a body
            state = d.state(text)
            # "Philando Castile": no place, though Castile is one of Spain's other names
            place = d.place(text, label_of(toks[i + size - 1]))
            if state is not None and (state_first or place is None):
                return text, state, "state"
            if (
                state is not None
                and place is not None
                and place.iso3 != state.iso3
                and place.how == "country"
                and not sovereign
            ):
                continue  # a US state's name and a country's ("Georgia"): either may be meant
            if place is not None and place.how == "metonym" and i and toks[i - 1].lower_ == "in":
                # "police in Brussels": where they are, a city of Belgium, though the city
                # alone stands for the European Union
                place = d.seat(text, label_of(toks[i + size - 1])) or place
            if place is None and state is None and _says_whose(toks, i):
                # "the governor of Lagos", "students from Lagos": a city's offices and
                # people are its country's
                label = label_of(toks[i + size - 1])
                bound = place_bound(toks[i - 1])
                if bound:
                    label = _whose_label(text, label, d)
                place = d.city(text, label, city_population, named_countries(doc))
                if place is None and bound and label in ("GPE", "PERSON"):
                    # a subdivision's name may be a known surname too ("Guerrero"), but
                    # no person is what a governor governs or residents live in
                    place = bare_subdivision(doc, toks[i].i, toks[i + size - 1].i, d)
            if place is None and state is None and _modifies_office(toks[i + size - 1]):
                # "the Sonora government", "the Sindh health department": a bare
                # subdivision's name before an office's noun says whose office it is
                label = _whose_label(text, label_of(toks[i + size - 1]), d)
                if label == "GPE" and text not in persons_surnames(doc):
                    end = toks[i + size - 1].i
                    place = bare_subdivision(doc, toks[i].i, end, d, modifier=True)
                    if place is not None and city_abroad(text, place, d):
                        place = None  # "The Delta police": the Canadian city's
            if place is not None:
                return text, place, place.how
            party = d.affiliation(text)
            if party is not None and not _word_of_another_party(toks, i, size):
                return text, party, "party"
            entry = d.lookup(text)
            coded = entry is not None and (entry.country or entry.sector)
            if coded and size == 1 and i and _head_of_longer_name(toks[i - 1], toks[i], d):
                continue  # "the Sunlight Foundation" is a foundation, not the gang "Foundation"
            if entry is not None and entry.kind == "organisation" and coded:
                # an outlet has a sector and no country (PETRARCH2 codes CNN as media only):
                # "CNN's Jake Tapper" is media as "Kremlin spokesman" is the Kremlin's
                return _nationality_before(toks, i, d) or (text, entry, "organisation")
            found = known(text) if known is not None else None
            if found is not None and (found.country or found.sector):
                return _nationality_before(toks, i, d) or (text, found, "organisation")
    return None


def _word_of_another_party(toks: list[Token], i: int, size: int) -> bool:
    """Is the party word at ``i`` ("Democratic", "Republican") one word of another party's
    proper name? A name is read whole: "Democratic Party" is the American party, but a party
    word followed by other name words before "Party" ("the Democratic Progressive Party", "the
    Republican People's Party"), by a noun of another kind of body ("the Democratic Alliance",
    "the Christian Democratic Union"; ``other_party_nouns`` of titles.yaml), or by "Party of" and
    a country ("the Democratic Party of Japan") names another body, whose country its own words
    or the article give, never the party word."""
    if size != 1 or i + 1 >= len(toks):
        return False
    word = toks[i]
    rest = list(word.doc[word.i + 1 : toks[-1].i + 1])  # the words as written, hyphens too
    if not rest:
        return False
    if rest[0].text in default_roles().other_party_nouns:
        return True
    if rest[0].text == "Party":
        return len(rest) > 2 and rest[1].lower_ == "of" and rest[2].text[:1].isupper()
    for k, tok in enumerate(rest):
        if tok.text == "Party":
            # the party word a modifier of this "Party" ("Democratic Progressive Party"), not
            # of a noun before it ("Republican Candidates Attack Party Leaders", a headline)
            return k > 0 and word.i in {t.i for t in tok.lefts} | {
                d.i for t in tok.lefts for d in t.subtree
            }
        if not (tok.text[:1].isupper() or tok.text == "'s") or tok.text in ("-", "–"):
            return False
    return False


def backer_after(doc: Doc, i: int) -> bool:
    """Do tokens ``i`` and ``i + 1`` make the name before them a backer: a hyphen and a
    participle of ``backer_participles`` ("Russian-backed separatists": backed by Russia, not
    Russia's)?"""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and doc[i + 1].lower_ in default_roles().backer_participles
    )


def _head_of_longer_name(before: Token, word: Token, d: ActorDictionary) -> bool:
    """Is ``word`` the head noun of a longer proper name that ``before`` begins?

    A body's name is often a common noun qualified by a proper one ("the Sunlight
    Foundation", "Cornerstone" of "the Rock Cornerstone Church"): the name is the whole
    compound, and a dictionary body called by the head word alone (PETRARCH2 lists
    "foundation" among a Chicago gang's names) is not the one meant. A place or a
    nationality before a body's own name still says where it is from ("the Pakistani
    Taliban", "Gaza Hamas"), and a party word is a party's."""
    if before.dep_ != "compound" or before.head.i != word.i or not before.text[:1].isupper():
        return False
    if before.ent_type_ in LAND_LABELS:
        return False
    return d.place(before.text, label_of(before)) is None and d.affiliation(before.text) is None


def _nationality_before(
    toks: list[Token], i: int, d: ActorDictionary
) -> tuple[str, Place, str] | None:
    """A nationality word right before an organisation's name ("the Palestinian Islamic Jihad
    movement", "the Pakistani Taliban"): what the article says about this body, which beats
    the code a dictionary gives the name (a body of that name elsewhere, or its parent)."""
    if i == 0:
        return None
    word = toks[i - 1]
    place = d.place(word.text, label_of(word))
    if place is None or place.how not in ("demonym", "country"):
        return None
    return word.text, place, place.how


def _member_word(
    toks: list[Token], d: ActorDictionary, place: str, country: str | None
) -> tuple[str, Entry] | None:
    """A word marking a party's member right after a place ("a Tennessee Republican", "a
    Michigan Democrat"), when the party is that place's country's: the place modifies the
    word, and says where the member is from. A party of another country says nothing here ("a
    French Republican" is no member of the US Republican Party), nor does a party word further
    on, inside a body's name ("the chairman of the Rockingham County GOP in New Hampshire")."""
    for i in range(1, len(toks)):
        party = d.affiliation(toks[i].text)
        if party is None or party.standing(None).country != country:
            continue
        if "".join(t.text_with_ws for t in toks[:i]).strip().endswith(place):
            return toks[i].text, party
    return None


def _party_body(toks: list[Token], member: tuple[str, Entry]) -> bool:
    """Is the party word after the place the name of the party's body ("the South Carolina
    Republican Party"), the word "Party" right after it, not a member ("a Tennessee
    Republican")?"""
    return any(
        t.text == member[0] and t.i + 1 < len(t.doc) and t.nbor().lower_ == "party" for t in toks
    )


def _party_role(role: RoleHit | None, words: list[str]) -> RoleHit | None:
    """A candidacy or party office after the name of a body is the person's role, with the
    party sector (PLOVER PTY): "Green Party candidate" is a party's candidate, whatever sector
    the body itself has (PETRARCH2 codes green parties SOC, environmental groups)."""
    if role is None or role.end >= len(words) or role.sector == "PTY":
        return role
    after = default_roles().find(words[role.end :])
    if after is None or after.sector != "PTY":
        return role
    former = after.former or role.former
    return replace(after, start=after.start + role.end, end=after.end + role.end, former=former)


def _head_noun_gender(toks: list[Token]) -> str | None:
    """The gender the last word names when it is a singular common noun of a lexical gender
    the role words do not list: a compound of "woman" or "man" ("the policewoman", "the
    gunman": English morphology, ``gendered_heads`` of titles.yaml). Names are not read so:
    a surname may end in the same letters ("Wasserman")."""
    last = toks[-1]
    return default_roles().noun_gender(last.lower_) if last.tag_ == "NN" else None


def read_title(
    tokens: Sequence[Token],
    d: ActorDictionary,
    *,
    role_tokens: Sequence[Token] | None = None,
    head: Token | None = None,
    known: Callable[[str], Known | None] | None = None,
    former: bool = False,
    serves: bool = False,
    city_population: int = DEFAULT.city_population,
) -> Title:
    """Read a country or body and an office from the words of a title or description.

    The office is looked for in ``role_tokens`` (default: all the tokens):
    a description's office is in the words up to its head ("a spokeswoman"),
    not in what follows ("for the Ministry of Defence"), which only says
    whose. ``head`` is the head noun of an organisation's name or
    description: a body noun there ("agency", "ministry") gives its sector.
    ``former``: the words name a role held before ("X, who was the party's
    chairman"), as "former" in them would. ``serves``: the words describe a role serving a
    person the description names ("Clinton's Colorado state director"): a place in them says
    where the role works, and a neutral role there, or one after a word of a state's body
    ("state"), is the person's, not the state's. ``city_population``: the actor stage's
    setting, how big a city must be for "of" or "from" it to name its country.
    """
    toks = [t for t in tokens if not t.is_space and not t.is_punct]
    toks = [t for t in toks if not is_possessive(t) and t.dep_ != "det"]
    title = Title()
    if not toks:
        return title
    words = default_roles().expand(words_of(toks))
    role_words = words if role_tokens is None else default_roles().expand(words_of(role_tokens))
    role = _party_role(default_roles().find(role_words), role_words)
    if former and role is not None:
        role = replace(role, former=True)
    noun = head.lower_ if head is not None else None
    if role is not None and role.phrase in default_roles().owned_media and role.start > 0:
        # "government websites", "the campaign website": the owner's, not the news media's
        owner = default_roles().find(role_words[: role.start])
        before = role_words[role.start - 1]
        if owner is not None and owner.end == role.start:
            role = owner
        elif default_roles().bodies.get(before):
            role, noun = None, before
    title.role = role
    title.gender = default_roles().gender(words) or _head_noun_gender(toks)
    if noun is None and role is None and toks:
        noun = toks[-1].lower_
    body_noun_sector = default_roles().bodies.get(noun) if noun is not None else None
    if body_noun_sector and any(
        d.affiliation(t.text) is not None and _word_of_another_party(toks, k, 1)
        for k, t in enumerate(toks)
    ):
        body_noun_sector = "PTY"  # "the Christian Democratic Union": a party's name, no trade union
    title.head = noun if noun in default_roles().bodies else None
    state_first = role is not None and role.office.name in default_roles().state_offices
    sovereign = role is not None and (
        role.office.leads or bool(set(role.phrase.split()) & default_roles().sovereign_words)
    )
    found = _body(toks, d, state_first, known, city_population, sovereign=sovereign)
    if (
        found is not None
        and role_tokens
        and head is not None
        and role_tokens[-1].i == head.i
        and len(toks) > len(role_tokens)
        and not set(found[0].lower().split()) & {t.lower_ for t in role_tokens}
    ):
        # "Syrian refugees in the United States", "the US ambassador to the United Nations":
        # a description's own words up to its head say whose it is; a place or body wholly
        # after the head says where it is or to whom it is sent, even when its name is longer
        found = (
            _body(list(role_tokens), d, state_first, known, city_population, sovereign=sovereign)
            or found
        )
    if found is None:
        body = _unknown_body(toks, role)
        if body is not None and role is not None:
            # "Tom Fitton, the president of Judicial Watch": the head of a body no table
            # holds, which is no state; its sector is unknown, not the state office's
            title.body, title.how = body, "organisation"
            title.reason = f"text: role '{role.phrase}' of '{body}' (no code known)"
            return title
        if role is not None and role.office.country:
            title.country, title.how = role.office.country, "role"
            title.sector = role.sector
            title.reason = f"text: role '{role.phrase}'"
        elif role is not None and role.sector:
            title.sector = role.sector
            title.reason = f"text: role '{role.phrase}'"
        elif (
            role is not None
            and not _named_employer(toks)
            and (served := served_body(role_words, role, head=head, of_state=False))
        ):
            title.sector = served
            title.reason = f"text: role '{role.phrase}' of a body"
        elif role is None and body_noun_sector:
            title.sector = body_noun_sector
            title.reason = f"text: a body ('{noun}')"
        return title
    text, what, how = found
    title.body, title.how = text, how
    body_sector: str | None
    if isinstance(what, Place):
        title.country = what.iso3
        body_sector = what.sector
        if how == "state":
            title.state = text
    elif isinstance(what, Known):
        title.country, body_sector = what.country, what.sector
    else:
        standing = what.standing(None)
        title.country, body_sector = standing.country, standing.sector
        if how == "party":
            title.party = what.name
        if title.country is None:
            # a body the dictionaries hold with no state ("Palestinian Islamic Jihad", MEAREB):
            # a place in its name before the head says whose it is
            title.country = _place_in_name(toks, text, d, city_population)
    if role is None and body_noun_sector and title.country not in NON_STATE:
        body_sector = body_sector or body_noun_sector  # "Brazil's statistics agency"
    named = None
    if how in ("country", "demonym"):
        # "American Unity Fund president", "the president of NARAL Pro-Choice America": the
        # place is a word of the name of a body the title leads, no table holds that name
        place_words = set(text.split())
        named = _unknown_body([t for t in toks if t.text not in place_words], role)
    if heads_body(role, what, how, title.country, body_sector):
        # "Sierra Club president Michael Brune", "the president of the NAACP": a title that
        # leads a state leads, with an organisation's name, that organisation
        sector: str | None = body_sector
    elif named is not None:
        sector = None
    elif _armed_group_role(role, what, how, body_sector) and _whole_name(toks, text):
        # "a senior Taliban commander": the group's REB, not the rank's MIL
        sector = body_sector
    elif role is not None and role.sector:
        sector = role.sector
    elif (
        body_sector is None
        and role is not None
        and (
            served := served_body(
                role_words,
                role,
                text,
                head,
                of_state=title.country not in NON_STATE | {None} and not serves,
            )
        )
    ):
        sector = served  # "a Pakistani army spokesman": MIL
    elif body_sector is not None and (role is None or not role.former):
        sector = body_sector
    elif role is not None and role.former and body_sector is not None:
        # PLOVER's ELI is former government officials; a former party chairman is the party's
        sector = "ELI" if body_sector in STATE_SECTORS else body_sector
    elif role is not None and title.country not in NON_STATE and not serves:
        # a neutral role of a state: "Chinese officials"; held before, PLOVER's former
        # government officials ("a former Egyptian aide"), as for a role of a state sector
        sector = "ELI" if role.former else "GOV"
    else:
        sector = None
    member = _member_word(toks, d, text, title.country) if isinstance(what, Place) else None
    if member is not None:
        title.party = member[1].name  # "a Tennessee Republican": the state and the party
    if title.party is not None and role is None:
        sector = "PTY"  # "Republican Ted Cruz", "X, a Michigan Democrat": a party member
    elif member is not None and role is not None and not role.sector and _party_body(toks, member):
        # "a former executive director of the South Carolina Republican Party": a neutral role
        # serves the party the words name, not the state before it; held before, the party's still
        sector = "PTY"
    title.sector = sector
    what_named = {"organisation": "organisation", "party": "party", "state": "state"}.get(how, how)
    title.reason = f"text: {what_named} '{text}'"
    if member is not None:
        title.reason += f" + party '{member[0]}'"
    if role is not None:
        title.reason += f" + role '{role.phrase}'"
    if named is not None:
        title.reason += f" of '{named}' (no sector known)"
    return title


def served_body(
    words: list[str],
    role: RoleHit,
    named: str = "",
    head: Token | None = None,
    *,
    of_state: bool = True,
) -> str | None:
    """The sector of the body a neutral role serves, named by the word just before it ("army
    spokesman" MIL, "police official" COP, "party spokeswoman" PTY) or by the head noun of the
    role's "for"/"of" phrase ("a spokesman for the Kenyan police": COP). An office with no
    sector of its own takes the sector of the body it serves (the ``offices`` table's rule,
    "Pentagon spokesman"), as PETRARCH2's agents code "military spokesman" MIL and "court
    official" JUD. None when the role has a sector or no body word names whose it is, or when
    the word before it is a word of the ``named`` body's name ("a European Union official":
    the union is the name's). ``of_state``: the description names a state, whose bodies the
    word may name; with none, only a body of society or a party is known by its word alone
    ("party officials" PTY, "union members" LAB), while a word of a state's body belongs to
    whatever body the text means ("the state chairwoman" of a party, "Rules Committee
    Chairman" of a party's committee, "service members" of the armed services)."""
    if role.sector:
        return None
    found = None
    if role.start > 0 and words[role.start - 1] not in named.lower().split():
        found = default_roles().bodies.get(words[role.start - 1]) or None
    if found is None and head is not None:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                # "the secretary of state's website": the first object, not a later one
                if objs and not objs[0].ent_type_ and objs[0].text.islower():
                    found = default_roles().bodies.get(objs[0].lower_) or None
    if found in STATE_SECTORS and not of_state:
        return None
    return found


def _named_employer(toks: list[Token]) -> bool:
    """Does a preposition of ``employer_preps`` in the title hang on one of its words and
    take as object an organisation's proper name that no table holds ("the campaign
    director at Rootstrikers")? That organisation is whom the role serves, and a body word
    before the role ("campaign", here the organisation's own campaign, not a candidate's) says
    nothing of its sector. A person's name ("the campaign manager for Clinton") is no such
    organisation: a candidate's campaign is a party's."""
    inside = {t.i for t in toks}
    for t in toks:
        if (
            t.dep_ != "prep"
            or t.lower_ not in default_roles().employer_preps
            or t.head.i not in inside
        ):
            continue
        for obj in t.children:
            if (
                obj.dep_ == "pobj"
                and obj.pos_ == "PROPN"
                and obj.text[:1].isupper()
                and obj.ent_type_ in ("ORG", "")
            ):
                return True
    return False


def _unknown_body(toks: list[Token], role: RoleHit | None) -> str | None:
    """The name of a body a title that leads a state ("president", "chairman of the board"
    is not one) heads, when the title names one that no table holds: "the president of
    Judicial Watch", "Harvard University president". Such a title leads that body, not a
    state (a state is named by a country, a state or a dictionary body, read before this);
    the name is the title's capitalised proper nouns that are no person's name ("the ousted
    president and ally of Vladimir Putin"), no role, rank or filler word and no word of the
    office's own name ("the President of the Republic"). A name ending
    in a body noun of a state ("City Council", "State Senate") is a state's body."""
    if role is None or not role.office.leads:
        return None
    roles = default_roles()
    skip = roles.former_words | roles.rank_words | roles.filler | set(role.phrase.split())
    skip |= roles.of_phrase_ends(role.phrase, role.office)  # "president of the republic"
    name = [
        t
        for t in toks
        if t.pos_ == "PROPN"
        and t.ent_type_ != "PERSON"
        and t.text[:1].isupper()
        and (w := t.lower_.rstrip(".")) not in skip
        and w not in roles.abbreviations
        and roles.office(w) is None
        and roles.find([w]) is None
    ]
    if not name or roles.bodies.get(name[-1].lower_) in STATE_SECTORS:
        return None  # "City Council president": a body noun of a state ends the name
    return " ".join(t.text for t in name)


def _armed_group_role(
    role: RoleHit | None, what: Place | Entry | Known, how: str, body_sector: str | None
) -> bool:
    """Is ``role`` a state's armed or security office ("commander" MIL, "intelligence chief"
    SPY) held in an armed group that is no state's, which the dictionaries code by name (the
    Taliban AFG REB)? The office then is the group's, and so is its sector: PETRARCH2
    composes an agent with the actor it is attached to by putting the actor's code first
    ("Taliban commander": AFGREB with ~MIL after it), so the group's sector is the primary
    one. Other offices are left alone: a word the dictionaries list among an armed group's
    names may name another body ("Cornerstone representatives" of a property company)."""
    return (
        role is not None
        and role.sector in ARMED_OFFICE_SECTORS
        and how == "organisation"
        and isinstance(what, Entry)
        and body_sector in ARMED_GROUP_SECTORS
    )


def _place_in_name(
    toks: list[Token], text: str, d: ActorDictionary, city_population: int
) -> str | None:
    """The country a place or nationality among the words of a body's name ``text``, before
    its last word, names ("Palestinian" of "Palestinian Islamic Jihad"), or None. The words
    are the name's own tokens where it stands in ``toks``, not every token of the same text:
    a word of the name may recur elsewhere in the mention."""
    inner = _name_tokens(toks, text)[:-1]
    found = _body(inner, d, False, None, city_population) if inner else None
    if found is not None and isinstance(found[1], Place):
        return found[1].iso3
    return None


def _name_tokens(toks: list[Token], text: str) -> list[Token]:
    """The first run of ``toks`` that reads ``text`` (as :func:`_body` joins a range of at
    most five tokens), or none."""
    for i in range(len(toks)):
        for size in range(1, min(5, len(toks) - i) + 1):
            if "".join(t.text_with_ws for t in toks[i : i + size]).strip() == text:
                return toks[i : i + size]
    return []


def _whole_name(toks: list[Token], text: str) -> bool:
    """Is ``text``, as it occurs in ``toks``, a whole name rather than one word of a longer
    one: no entity the model found around it has more words ("Foundation" of "the Foundation
    for Middle East Peace", a body the dictionaries do not mean)?"""
    words = text.split()
    for t in toks:
        if t.text != words[0]:
            continue
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is None:
            return True
        named = [w for w in ent if w.dep_ != "det" and not is_possessive(w)]
        return len(named) <= len(words)
    return True


def heads_body(
    role: RoleHit | None,
    what: Place | Entry | Known,
    how: str,
    country: str | None,
    body_sector: str | None,
) -> bool:
    """Does a title that leads a state ("president") name the head of an organisation that is
    no part of a state ("Sierra Club president", "the president of CNN")? English names the
    body a head leads by the name before the title or in its "of" phrase; the office then is
    that body's, and so is the sector: the body's own, or none for a body of no government
    that the dictionary codes by its kind alone (NGO, MNC). A state's body, a party's, a
    country's name and a body of governments (IGO, UNO, EUR) keep the role's own sector. Only
    a body the dictionary holds says its sector here, and only a sector of an organisation of
    society: a body known only from the article has a sector read from its own words, and a
    dictionary entry of an armed group or of former officials (REB, ELI) met by one word of a
    longer name ("the Foundation for ...") is not the body the title names."""
    if role is None or not role.office.leads or how != "organisation":
        return False
    if not isinstance(what, Entry):
        return False
    if body_sector is not None:
        return body_sector in SOCIETY_SECTORS
    return country in NON_GOVERNMENT


def title_before(doc: Doc, start: int, end: int, d: ActorDictionary | None = None) -> list[Token]:
    """Title words before a name (tokens ``start:end``) that belong to its noun phrase.

    Walks left over capitalised title words, role nouns, demonyms, possessives
    ("Germany's") and the "of"/"for"/"and" inside long official titles
    ("Minister for Economic Affairs and Climate Action"); stops at a verb, a
    determiner, punctuation or the start of the sentence. With the dictionary
    ``d``, a long official title with commas is found first ("Secretary of
    State for Foreign, Commonwealth and Development Affairs").
    """
    if d is not None:
        long = _long_title(doc, start)
        if long:
            return long
    return _walk_title(doc, start, end, start - 1)


#: Words inside a long official title besides capitalised ones.
LONG_TITLE_WORDS = frozenset({",", "and", "&", "of", "for", "the", "-", "–"})


#: Tokens that end the stretch of text a title can span.
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", "—", "–", '"', "“", "”"})


#: Where :func:`clause_start` keeps its answers (in ``Doc.user_data``), by token.
CLAUSE_STARTS_KEY = "communique.clause_starts"


def clause_start(doc: Doc, start: int) -> int:
    """Where the text before token ``start`` begins: after the last full stop, colon, dash,
    quotation mark or line break (the parser's sentence starts are not trusted here: it
    sometimes starts a sentence at a name right after a long title).

    The long-title and the word-by-word readings of a title each ask it for the same name;
    the walk is made once per token and Doc.
    """
    known: dict[int, int] = doc.user_data.setdefault(CLAUSE_STARTS_KEY, {})
    found = known.get(start)
    if found is None:
        found = known[start] = _clause_start(doc, start)
    return found


def _clause_start(doc: Doc, start: int) -> int:
    k = start - 1
    while k >= 0 and start - k <= MAX_TITLE_TOKENS:
        t = doc[k]
        if t.text in CLAUSE_ENDS or "\n" in t.text or "\n" in t.whitespace_:
            break
        k -= 1
    return k + 1


def _long_title(doc: Doc, start: int) -> list[Token]:
    """A long official title right before a name: an office head followed by "of"/"for" and
    capitalised portfolio words, commas and "and" allowed ("Cabinet Secretary for Interior and
    National Administration, Joseph Kiprono"). Empty when there is none."""
    sent_start = clause_start(doc, start)
    own = _entity_start(doc, start)  # the name's own entity may hold the title's end
    i = start - 1
    window: list[int] = []
    while i >= sent_start and start - i <= MAX_TITLE_TOKENS:
        t = doc[i]
        if (t.ent_type_ == "PERSON" and i < own) or not (
            t.text[:1].isupper() or t.lower_ in LONG_TITLE_WORDS
        ):
            break
        window.append(i)
        i -= 1
    head = None
    for k in reversed(window):  # leftmost first
        low = doc[k].lower_
        nxt = doc[k + 1].lower_ if k + 1 < start else ""
        if nxt in ("of", "for") and (
            low in default_roles().minister_heads or default_roles().office(low)
        ):
            head = k
            break
    if head is None:
        return []
    before = _walk_title(doc, head, head + 1, head - 1)
    out = before + [doc[k] for k in range(head, start)]
    while out and (out[-1].is_punct or out[-1].lower_ in CONNECTIVES):
        out.pop()
    return out


def _entity_start(doc: Doc, i: int) -> int:
    """The first token of the entity token ``i`` is inside ("Climate Action Karl Brenner")."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _walk_title(doc: Doc, start: int, end: int, i: int) -> list[Token]:
    """The title words left of ``start``, walking from token ``i`` (see :func:`title_before`)."""
    out: list[Token] = []
    inside = set(range(start, end))
    sent_start = clause_start(doc, start)
    while i >= sent_start and start - i <= MAX_TITLE_TOKENS:
        t = doc[i]
        if t.ent_type_ == "PERSON":
            break  # another person's name: "Libyan leader Gaddafi and Bulgarian President X"
        if is_possessive(t):
            out.insert(0, t)
            i -= 1
            continue
        if t.text in ("-", "–") and out and i > sent_start and doc[i - 1].text[:1].isupper():
            out.insert(0, t)  # "Secretary-General", tokenised in three
            i -= 1
            continue
        if t.is_punct and t.text != ".":
            break
        low = t.lower_
        if low in ("of", "for", "and", "the") and out and out[0].text[:1].isupper():
            # inside a long title: "Minister for Economic Affairs and Climate Action"
            prev = doc[i - 1] if i > sent_start else None
            if prev is None or not (prev.text[:1].isupper() or low == "the"):
                break
            out.insert(0, t)
            i -= 1
            continue
        if t.dep_ in ("det", "cc", "punct") or t.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ"):
            break
        if t.pos_ == "CCONJ":
            break
        loose = t.head.i not in inside and not t.is_title and not t.text.isupper()
        if loose and not (i == start - 1 and _second_subject_title(t, doc[start:end])):
            break
        out.insert(0, t)
        inside.add(i)
        i -= 1
    # a title never starts with a connective or a lone possessive
    while out and (is_possessive(out[0]) or out[0].is_punct or out[0].lower_ in CONNECTIVES):
        out.pop(0)
    return out


def _second_subject_title(t: Token, name: Span) -> bool:
    """Is ``t``, a common noun right before a name, a title the parser made a second subject
    ("The fact-checking website PolitiFact rated ...": "website" and "PolitiFact" both subjects
    of "rated")? A verb has one subject (English grammar): the noun is the name's title."""
    root = name.root
    return (
        t.pos_ == "NOUN"
        and root.dep_ in ("nsubj", "nsubjpass")
        and t.dep_ == root.dep_
        and t.head.i == root.head.i
    )


def apposition(root: Token, heads: frozenset[str]) -> list[Token] | None:
    """The description in apposition to a name: "The Serbian president, X", "X, a senator".

    The whole appositive phrase is returned (at most :data:`MAX_TITLE_TOKENS`
    tokens), prepositional phrases included, so "director of Peru's customs
    agency" keeps its country.
    """
    cand: Token | None = None
    doc = root.doc
    up = root.head
    if (
        root.dep_ == "appos"
        and up.lower_ not in heads
        and up.dep_ == "pobj"
        and up.head.dep_ == "prep"
        and up.head.head.lower_ in heads
        and up.head.head.i < root.i
    ):
        up = up.head.head  # "The premier of New South Wales, X": the name hangs on "Wales"
    if root.dep_ == "appos" and up.lower_ in heads:
        cand = up  # "The Serbian president, X": the words before the name
        lo, hi = cand.left_edge.i, root.left_edge.i - 1
    else:
        for c in root.children:
            if c.dep_ == "appos" and c.lower_ in heads and not _unclosed_subject(c):
                cand = c  # "X, a senator from Ohio": the phrase after the name
                break
        if cand is None:
            cand = _second_subject(root, heads)
        if cand is None:
            return relative_role(root, heads)
        lo, hi = cand.left_edge.i, cand.right_edge.i
        # a clause on the role noun tells what the person does, not what they are: "a lawyer
        # for the club, who has been challenging the coal industry" is a lawyer
        clauses = [t.left_edge.i for t in doc[cand.i + 1 : hi + 1] if t.dep_ in CLAUSES]
        if clauses:
            hi = min(hi, min(clauses) - 1)
    hi = min(hi, lo + MAX_TITLE_TOKENS - 1)
    toks = [doc[k] for k in range(lo, hi + 1) if not (root.left_edge.i <= k <= root.i)]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    served = {t.i for p in _person_phrases(cand) for t in p.subtree if t.i <= hi}
    served |= {t.i for p in _origin_people(cand) for t in p.subtree if t.i <= hi}
    if served:
        # "the campaign manager for Hillary Clinton", "Hillary Clinton's campaign manager": the
        # person is whom the role serves; the other words still say what the one described is
        toks = [t for t in toks if t.i not in served]
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks or any(t.ent_type_ == "PERSON" for t in toks):
        return None
    return toks


def _person_phrases(head: Token) -> list[Token]:
    """The phrases of a description's head noun that name a person it serves: a preposition's
    after it that says whom (:meth:`Roles.names_served`: "for Hillary Clinton" of "the
    campaign manager for Hillary Clinton", not "like Lindsey Graham" of "people like Lindsey
    Graham") or a possessor ("Hillary Clinton's campaign manager")."""
    return [
        p
        for p in head.children
        if (p.dep_ == "poss" and p.ent_type_ == "PERSON")
        or (p.i > head.i and _names_a_person(p) and default_roles().names_served(head.text, p.text))
    ]


def _names_a_person(tok: Token) -> bool:
    """Does a prepositional phrase start at ``tok`` whose one object is a person ("to President
    Reagan"), the person being the phrase's object and not a word deeper in it? Its words,
    the person's title among them, are not the role's."""
    objs = [o for o in tok.children if o.dep_ == "pobj"] if tok.dep_ == "prep" else []
    return len(objs) == 1 and objs[0].ent_type_ == "PERSON"


def _clause_superiors(role: Token) -> list[Token]:
    """The phrases naming the superior a role predicated by a clause was held under, which
    the parser hangs on the clause's verb: "under President Jimmy Carter" of "who was chief of
    staff under President Jimmy Carter" or "who served as ambassador under President Reagan"
    (English grammar: the phrase says under whom the subject was what the verb predicates).
    Only :attr:`Roles.superior_preps` with a person as object count."""
    if role.dep_ == "attr":
        verb = role.head
    elif role.dep_ == "pobj" and role.head.lower_ == "as":
        verb = role.head.head
    else:
        return []
    return [
        p
        for p in verb.children
        if p.i > role.i and p.lower_ in default_roles().superior_preps and _names_a_person(p)
    ]


def _origin_people(head: Token) -> list[Token]:
    """The phrases of a description's head noun saying where one comes from whose object the
    tagger calls a person ("a home-care aide from Nashua"): a place of origin is never who the
    one described is, so the phrase is left out rather than the description dropped."""
    return [
        p
        for p in head.children
        if p.dep_ == "prep"
        and p.i > head.i
        and p.lower_ in default_roles().origin_preps
        and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in p.children)
    ]


def served_person(description: Sequence[Token]) -> Span | None:
    """The person a description's role serves, named in a phrase after its head that
    :func:`apposition` leaves out of the description: "Hillary Clinton" of "Robby Mook, the
    campaign manager for Hillary Clinton". None when there is no one such person."""
    if not description:
        return None
    inside = {t.i for t in description}
    top = next((t for t in description if t.head.i not in inside or t.head.i == t.i), None)
    if top is None:
        return None
    phrases = _person_phrases(top) or _clause_superiors(top)
    if len(phrases) != 1:
        return None
    lo, hi = phrases[0].left_edge.i, phrases[0].right_edge.i
    people = [e for e in top.doc.ents if e.label_ == "PERSON" and lo <= e.start and e.end - 1 <= hi]
    return people[0] if len(people) == 1 else None


def person_apposition(root: Token, d: ActorDictionary) -> list[Token] | None:
    """The description in apposition to a person's name (:func:`apposition`), headed by a role
    noun or by a word that marks a party's member (``ActorDictionary.apposition_heads``).

    Under a party word the words stop at it: "the top Democrat on the House Intelligence
    Committee" is a Democrat, and the committee after the word is where he sits, not what he
    is (a role noun's own phrase says whose: "director of Peru's customs agency").
    """
    toks = apposition(root, d.apposition_heads)
    if not toks:
        return _origin_apposition(root, d) or toks
    inside = {t.i for t in toks}
    top = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
    if top is not None and _plural_of_one(root, top):
        return None
    if top is None or top.lower_ in default_roles().heads or top.lower_ not in d.apposition_heads:
        return toks
    return [t for t in toks if t.i <= top.i]


def _origin_apposition(root: Token, d: ActorDictionary) -> list[Token] | None:
    """The words, up to its head, of a description in apposition to a person's name whose head
    is no role noun but follows a nationality or a party's word: "X, a Canadian geophysicist",
    "X, a longtime GOP donor". An appositive says what its anchor is whatever its head (English
    grammar), and the same words before the name ("GOP donor X", "Canadian geophysicist X") are
    read as a title already; the words after the head say where or for whom, not what the person
    is, so they are left out as they are under a party word (:func:`person_apposition`). Only a
    singular common noun heads it: a plural is another item of a list, a proper noun a name."""
    for c in root.children:
        if c.dep_ != "appos" or c.tag_ != "NN" or _unclosed_subject(c):
            continue
        before = [m for m in c.children if m.i < c.i and m.dep_ in ("amod", "compound", "nmod")]
        if any(_origin_word(m, d) for m in before):
            return [t for t in root.doc[c.left_edge.i : c.i + 1] if not t.is_punct]
    return None


def _origin_word(t: Token, d: ActorDictionary) -> bool:
    """Is the word a nationality ("Canadian") or a word that marks a party's member ("GOP",
    "Democratic")? Not a word of a longer name ("Mexican" of "a Mexican War hero"): a name is
    read whole, and the war is no one's nationality."""
    if not t.text[:1].isupper():
        return False
    nxt = t.nbor() if t.i + 1 < len(t.doc) else None
    if t.ent_iob_ in ("B", "I") and nxt is not None and nxt.ent_iob_ == "I":
        return False
    if d.affiliation(t.text) is not None:
        return True
    place = d.place(t.text, label_of(t))
    return place is not None and place.how == "demonym"


def _plural_of_one(root: Token, top: Token) -> bool:
    """Is the description's head a plural noun beside one singular name ("Colin Powell,
    family members of George W. Bush and a host of others", "People like Sens. X, Y and Z")?
    An appositive agrees in number with what it describes (English grammar): a plural one
    is another item of a list, or the list's own head, not a description of the one name.
    A name with conjuncts ("X and Y, two senators") is plural itself; a partitive's plural
    ("one of the court's justices, Antonin Scalia") is the noun of a singular."""
    partitive = top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.tag_ == "CD"
    return (
        top.tag_ in ("NNS", "NNPS")
        and root.tag_ == "NNP"
        and not partitive
        and not any(c.dep_ == "conj" for c in root.children)
    )


def _unclosed_subject(phrase: Token) -> bool:
    """Is the phrase the parser hung on a name as an appositive really the subject of the verb
    right after it ("For Hillary Clinton, Britain's uprising against the Union is the sort of
    victory she fears")? An appositive is set off from what follows it, and a verb needs a
    subject (English grammar): a phrase running straight into a verb that has none is that
    verb's subject, and the name before the comma sits in a fronted phrase."""
    after = phrase.right_edge.i + 1
    if after >= len(phrase.doc):
        return False
    verb = phrase.doc[after]
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _second_subject(root: Token, heads: frozenset[str]) -> Token | None:
    """A role phrase the parser made a second subject of the name's verb: "Ban Ki-moon, the
    secretary general of the United Nations, spoke". A verb has one subject (English grammar),
    so a description set off by a comma right after the subject name is in apposition to it."""
    if root.dep_ != "nsubj":
        return None
    for c in root.head.children:
        if c.dep_ != "nsubj" or c.i <= root.i or c.lower_ not in heads:
            continue
        between = root.doc[root.i + 1 : c.left_edge.i]
        if len(between) == 1 and between[0].text == ",":
            return c
    return None


#: Clauses on a role noun, which say more than the role: "a leader who embodies ...".
CLAUSES = frozenset({"relcl", "acl", "advcl"})


def relative_role(root: Token, heads: frozenset[str]) -> list[Token] | None:
    """The role a relative clause on a name predicates: "X, who is the party's chairman,",
    "X, who was press secretary to the president,", "X, who served as labor secretary,".

    English grammar: a relative clause set off by a comma adds a fact about the name, and one
    whose verb is a copula (or "serve as") says what its subject is, as an apposition does. A
    negated clause or one with a modal ("who would be the first ...") says nothing of the kind.
    The words run to the role noun's last modifier and stop at another person's name ("press
    secretary to" of "press secretary to President Reagan"). :func:`said_before` tells whether
    the clause is in the past tense (a role held before). The verbs of serving and leading
    are ``serve_as`` and ``lead_verbs`` of titles.yaml.
    """
    doc = root.doc
    roles = default_roles()
    for verb in root.children:
        if verb.dep_ != "relcl" or verb.i < root.i + 2 or doc[root.i + 1].text != ",":
            continue
        deps = {c.dep_: c for c in verb.children}
        subject = deps.get("nsubj")
        if subject is None or subject.lower_ != "who" or "neg" in deps:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        cand: Token | None = None
        if verb.lemma_ == "be" and "attr" in deps:
            cand = deps["attr"]
        elif verb.lemma_ in roles.serve_as:
            as_ = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
            cand = next((c for p in as_ for c in p.children if c.dep_ == "pobj"), None)
        elif (
            verb.lemma_.lower() in roles.lead_verbs
            and "dobj" in deps
            and deps["dobj"].pos_ == "PROPN"
        ):
            body = deps["dobj"]  # "who helmed the DNC": the body led, whose sector is the leader's
            return [doc[k] for k in range(body.left_edge.i, body.i + 1)]
        if cand is None or cand.lower_ not in heads:
            continue
        hi = min(cand.right_edge.i, cand.left_edge.i + MAX_TITLE_TOKENS - 1)
        clauses = [c for c in cand.children if c.dep_ in CLAUSES]
        toks: list[Token] = []
        for k in range(cand.left_edge.i, hi + 1):
            if doc[k].ent_type_ == "PERSON" or any(c.left_edge.i <= k for c in clauses):
                break  # "a leader who embodies the American spirit": the role is "a leader"
            if _names_a_person(doc[k]):
                break  # "to President Reagan" of "press secretary to President Reagan"
            toks.append(doc[k])
        while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "DET", "CCONJ")):
            toks.pop()
        if cand in toks:
            return toks
    return None


def said_before(toks: Sequence[Token]) -> bool:
    """Is this description the role of a past-tense relative clause ("X, who was the
    party's chairman")? Such a role was held before: a former one."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i in inside:
            continue
        if t.dep_ == "attr" or led_body(toks):
            verb = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "as":
            verb = t.head.head
        else:
            return False  # an apposition, not a relative clause's role
        return verb.dep_ == "relcl" and verb.tag_ == "VBD"
    return False


def led_body(toks: Sequence[Token]) -> bool:
    """Are these the words of a body a relative clause says its name leads ("who helmed the
    DNC")? They say what the person is, but they name the body, not the person."""
    if not toks:
        return False
    head = toks[-1]
    return head.dep_ == "dobj" and head.head.lemma_.lower() in default_roles().lead_verbs


def party_state(text: str, end_char: int, d: ActorDictionary) -> Title | None:
    """ "(R-Texas)" or ", D-N.Y.," right after a name: party, state and the USA.

    The notation marks a member of Congress in US news; the sector is the
    legislature unless a title before the name says otherwise.
    """
    tail = text[end_char : end_char + 24]
    m = PARTY_STATE.match(tail)
    if m is None:
        return None
    letter, where = m.group(1), m.group(2).strip()
    place = d.state(where) or (d.countries.postal(where) if len(where) == 2 else None)
    if place is None:
        return None
    party = PARTY_LETTERS[letter]
    reason = f"text: party and state '{m.group(0).strip(' ,')}'"
    return Title(
        country=place.iso3,
        sector="LEG",
        body=where,
        how="state",
        party=party,
        state=place.country_name,
        reason=reason,
    )


def office_state(
    text: str, end_char: int, d: ActorDictionary, role: RoleHit | None
) -> Title | None:
    """ "of Florida" right after the name of a state office holder ("Sen. Marco Rubio of
    Florida", "Gov. John Kasich of Ohio"): the state he serves and the USA.

    US news names a senator's, representative's or governor's state after the name as it
    does in "(R-Fla.)" and before the title ("Florida Sen. Marco Rubio", read by
    ``state_offices`` of titles.yaml); only after such an office, since "of" after another name says
    something else ("Joan of Arc", "the Duke of York"). The longest run of capitalised words
    that names a state wins ("of New Jersey", not "of New").
    """
    if role is None or role.office.name not in default_roles().state_offices:
        return None
    m = OF_STATE.match(text[end_char : end_char + 40])
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        where = " ".join(words[:n])
        place = d.state(where)
        if place is not None:
            return Title(
                country=place.iso3,
                body=where,
                how="state",
                state=place.country_name,
                reason=f"text: state 'of {where}'",
            )
    return None


def right_modifiers(
    head: Token,
    limit: int = 8,
    serving_to: frozenset[str] = frozenset(),
    seated: frozenset[str] = frozenset(),
) -> list[Token]:
    """Words after a description's head that say where or whose: "of Peru's customs agency",
    "in Bolivia", "from Ohio" (one prepositional phrase, at most ``limit`` tokens). A phrase
    whose object is a verb names an act, not a place or an owner ("accused Western diplomats
    of interfering in Georgia's affairs": the charge, which the parser hangs on the noun).
    "to" says whose only after a head of ``serving_to`` ("an aide to the Indian prime
    minister"); after another it says where one is sent ("ambassador to Mali"). A participle
    of ``seated`` before its "in" phrase ("a newspaper based in Beirut") comes with it: the
    phrase names the body's seat (:func:`_says_whose`)."""
    preps = ("of", "in", "from", "for", "at")
    if head.lower_ in serving_to:
        preps += ("to",)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            if not any(c.dep_ == "pobj" for c in child.children):
                continue
            lo, hi = child.i, min(child.right_edge.i, child.i + limit)
            return list(head.doc[lo : hi + 1])
        if child.dep_ == "acl" and child.lower_ in seated:
            for prep in child.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ == "in"
                    and prep.i == child.i + 1
                    and any(c.dep_ == "pobj" for c in prep.children)
                ):
                    hi = min(prep.right_edge.i, prep.i + limit)
                    return list(head.doc[child.i : hi + 1])
    return []


#: The words the table keeps a country's subdivisions with ("Borno State", "Sindh Province",
#: "Ashanti Region"), tried after a bare name in that order.
SUBDIVISION_WORDS = ("State", "Province", "Region")


def federal_state(text: str, d: ActorDictionary) -> Place | None:
    """The state, province or region a bare name names in a phrase that says whose ("the
    governor of Borno", "gunmen from Zamfara", "the governor of Sindh"): the table holds
    each with its word after its name ("Borno State", "Sindh Province"), since alone many
    of the names are common words ("Delta", "Plateau", "Rivers"); after "of" or "from" an
    actor's head the grammar says the name is a place, as it does for a city. The table
    keeps only provinces and regions whose name no other country's subdivision shares, so
    the bare name names one country. A word of direction or position (``position_words`` of
    titles.yaml: "the South", "Southern California") names a part of any country, so a
    subdivision of that name ("North Region", Cameroon) is not read bare."""
    if text.lower() in default_roles().position_words:
        return None
    for word in SUBDIVISION_WORDS:
        place = d.countries.get(f"{text} {word}")
        if place is not None and place.governed:
            return place
    return None


#: Sectors of the body nouns (``bodies`` of titles.yaml) a state, province or region has of its
#: own: its government and departments, its courts, its assembly, its police.
GOVERNED_BODY_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP"})


def _modifies_office(last: Token) -> bool:
    """Is ``last`` a noun modifier ("compound", through any chain of them) of a noun naming a
    body a state or province has of its own or an office held in one ("the Sonora
    government", "the Sindh irrigation department", "Zamfara police", "the Jujuy governor")?
    A subdivision's name in that place says whose the body is, as "the Lagos State
    government" does with the state's word. Other heads are left alone: "a Delta spokesman"
    may be the airline's."""
    if last.dep_ != "compound" or not last.text[:1].isupper():
        return False
    head = last.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i <= last.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = head.lemma_.lower()
    if default_roles().bodies.get(lemma) in GOVERNED_BODY_SECTORS:
        return True
    office = default_roles().office(lemma)
    return office is not None and office.name in default_roles().state_offices


#: Where :func:`persons_surnames` keeps its answer (in ``Doc.user_data``).
PERSONS_SURNAMES_KEY = "communique.persons_surnames"


def persons_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people ``doc`` names in full ("Hidalgo" of "Anne Hidalgo").

    A surname repeated in an article names the person it named in full, so before an
    office's noun it says whose office it is ("the Hidalgo administration" of Mayor Anne
    Hidalgo, as "the Trump administration" is Donald Trump's), not which province's, though
    Hidalgo is a state of Mexico as well. Read once per Doc: each title asks.
    """
    known = doc.user_data.get(PERSONS_SURNAMES_KEY)
    if not isinstance(known, frozenset):  # as :func:`named_countries` keeps its answer
        known = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
        doc.user_data[PERSONS_SURNAMES_KEY] = known
    return known


def bare_subdivision(
    doc: Doc, start: int, end: int, d: ActorDictionary, modifier: bool = False
) -> Place | None:
    """The state, province or region (:func:`federal_state`) the words ``start`` to ``end``
    of ``doc`` name bare, when they are a whole name: no article before them (a bare
    subdivision's name takes none: "of Sindh"; "the South" is a part of a country), unless
    they modify a noun the article is for (``modifier``: "the Sonora government"), and no
    hyphen or capitalised word after them, which would make them part of a longer name
    ("North-Rhine Westphalia", "Southern California")."""
    if start and doc[start - 1].lower_ == "the" and not modifier:
        return None
    if end + 1 < len(doc):
        nxt = doc[end + 1]
        if nxt.text in ("-", "–") or (nxt.text[:1].isupper() and not nxt.is_punct):
            return None
    return federal_state(doc[start : end + 1].text, d)


def city_abroad(text: str, place: Place, d: ActorDictionary) -> bool:
    """Is the bare name of a subdivision first a city of another country ("Delta": Delta,
    British Columbia; Nigeria has a Delta State and no city of that name)?

    Read bare, with no word after it to say "State" or "Province", a name means the most
    populous place of that name (the gazetteer lists cities most populous first): "The Lagos
    government" is Nigeria's, whose city of Lagos is bigger than Portugal's, and "The Delta
    police" Canada's. The story's place and an office's modifier both decide by this."""
    cities = d.gazetteer.primary.get(fold(text), ())
    return bool(cities) and cities[0].country != place.iso3


def place_bound(prep: Token) -> bool:
    """Is the noun ``prep`` hangs on one that belongs to a place by what it is: an office held
    in a state or a city (``state_offices`` of titles.yaml: "the governor of", "the mayors
    of") or a group of people living where they are (:func:`_resident_group`: "residents
    of", "police in"). After such a head the name in the phrase is a place whatever the
    parser labels it, as it is not after "the head of" or "the chairman of", whose name may
    be a company's ("the head of Delta")."""
    head = prep.head
    if prep.dep_ != "prep" or head.i > prep.i:
        return False
    office = default_roles().office(head.lemma_.lower())
    if office is not None and office.name in default_roles().state_offices:
        return True
    return _resident_group(prep)


def _whose_label(text: str, label: str, d: ActorDictionary) -> str:
    """The label a name in a phrase that says whose (:func:`_says_whose`) is read under as a
    city. The small parser labels many cities of Africa and Asia as a body, a people or a
    person ("Chennai" ORG, "Lahore" NORP, "Multan" PERSON) or not at all ("Mombasa"), while
    the phrase ("the mayor of Lahore", "residents of Mombasa", "police in Chennai") already
    says the name is a place an actor belongs to (:func:`place_bound`): there it is read
    as a place (GPE), unless
    the parser's person is a known surname or its body a body the dictionaries know."""
    if label == "GPE":
        return label
    if label == "PERSON" and d.is_surname(name_key(text)):
        return label
    entry = d.lookup(text)
    if label == "ORG" and entry is not None and entry.kind == "organisation":
        return label
    return "GPE"


def _says_whose(toks: Sequence[Token], i: int) -> bool:
    """Do the words before ``toks[i]`` make a city named from there on say whose a person or
    body is: "of" or "from" (:data:`CITY_PREPS`: "the governor of Lagos", "students from
    Lagos"), or "in" after a participle of the body's seat ("a newspaper based in Beirut"),
    not a bare "in", which says only where one is ("the consul general in Lagos")."""
    if not i:
        return False
    before = toks[i - 1].lower_
    if before in CITY_PREPS:
        return True
    if before != "in":
        return False
    if i > 1 and toks[i - 2].lower_ in default_roles().seat_participles:
        return True
    return _resident_group(toks[i - 1])


def _resident_group(prep: Token) -> bool:
    """Is the noun an "in" phrase hangs on a group of people who live where they are: a role
    of ``resident_sectors`` (titles.yaml: police, residents, students, farmers ...) with no
    word saying they come from elsewhere ("Police officers in Lagos", "students in Kano", not
    "diplomats in Lagos", "foreign students in Kano")."""
    head = prep.head
    if prep.dep_ != "prep" or head.pos_ not in ("NOUN", "PROPN") or head.i > prep.i:
        return False
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head]
    if any(t.lower_ in default_roles().elsewhere_words for t in words):
        return False
    for k in range(len(words)):
        office = default_roles().office(" ".join(t.lower_ for t in words[k:]))
        if office is not None:
            return office.country is None and office.sector in default_roles().resident_sectors
    return False
