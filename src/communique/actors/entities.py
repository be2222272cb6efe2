"""Named actors that are not people: countries, capitals and metonyms, organisations, outlets.

A bare country name ("Serbia") is a country actor with no sector: it stands
for the state as a whole, and PLOVER codes a country without a sector when no
part of it is named. A capital or metonym ("Moscow", "the Kremlin") stands for
the government and gets the table's sector (GOV, or MIL for the Pentagon); it
is a separate actor from the bare country. A place after "in", "at", "near"
... is where something happens, not who acts.

An organisation is one actor whatever the text calls it: a long form and its
acronym ("the Colombian Drug Observatory (ODC)" ... "ODC said") are joined when
the text defines the acronym in parentheses or its letters are the initials of
the long form. News outlets and websites are organisations of the media sector
(PLOVER JRN), never persons.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors.coding import Code
from communique.actors.countries import label_of
from communique.actors.dictionary import without_initials
from communique.actors.index import ActorIndex, Record
from communique.actors.mentions import armed_agent_sector, company_name, media_name, product
from communique.actors.names import name_key
from communique.actors.people import add_person
from communique.actors.roles import default_roles
from communique.actors.tables import Entry, Place
from communique.actors.titles import apposition, is_possessive, title_before
from communique.entity_labels import LAND_LABELS, PLACE_LABELS
from communique.schema import ActorKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Prepositions that make a place name a location rather than an actor. Not "between": it
#: takes two coordinated sides ("talks between Kenya and Uganda", "fighting between Israel,
#: Hezbollah and Hamas"), and the sides after the first, conjuncts, were always read as
#: actors; coordinated words share one function (grammar), so the first is a side too.
LOCATIVE = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around",
     "into", "through", "via", "over", "toward", "towards", "beyond"}
)  # fmt: skip
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


def add_entity(
    index: ActorIndex, ent: Span, *, organisation: bool = False
) -> tuple[Record, Mention] | None:
    """Resolve one named entity that is not a person's name (or a mislabelled one).

    ``organisation`` says the words around it already show it is one ("the
    opposition newspaper La Prensa", tagged as a person by the model).
    """
    d = index.dictionary
    toks = [t for t in ent if not is_possessive(t)]
    if not toks or not any(c.isupper() for c in ent.text):
        return None  # "state" tagged ORG: a common noun, not a name
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = index.text[start:end]
    found = defined(index, toks, text)
    if found is not None:
        return found
    known = index.aliased(text)
    if known is not None:
        return known, index.mention(known, start, end, "organisation")
    if organisation:
        described = apposition(ent.root, default_roles().heads)
        return org_actor(index, toks, start, end, described=described)
    if product(toks[-1]) and index.aliased(text) is None:
        return None  # "Leopard tanks": a made thing, not an actor
    if toks[0].i > 0 and _joins_place(toks[0], index):
        return None  # "Jersey" of "New Jersey": part of a longer place, which is a US state
    of = ent.root.head
    if (
        ent.root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in default_roles().place_nouns
    ):
        return None  # "the port of Callao": a place
    words = name_key(text).split()
    # the article's own earlier people win over the NER label ("Wang" tagged ORG)
    if len(words) == 1 and any(r.actor.kind == "person" for r in index.with_word(words[0])):
        return add_person(index, toks, _title(index, toks), None)
    place = d.place(text, ent.label_)  # "Philando Castile": a person, not the Spanish region
    if place is not None:
        if place.how == "demonym":
            return _demonym_group(index, ent, place, text, start, end)
        if is_location(ent.root) or index.us_state_here(text, place, ent.root):
            return None  # "Sen. Isakson of Georgia" beside Arkansas: the state, where
        return place_actor(index, place, start, end, text)
    if d.state(text) is not None:
        return None  # a US state: where, not who
    entry = d.lookup(text, index.day)
    party = d.affiliation(text) if entry is None else None
    members = _member_group(index, ent, party, text, start, end) if party is not None else None
    if members is not None:
        return members
    if ent.label_ in PLACE_LABELS | LAND_LABELS and entry is None:
        # "The NRA isn't detailing ...", tagged as a place: an acronym whose letters are the
        # initials of an organisation the article named is that organisation, as it is under
        # the organisation label (org_actor); a place that is not a country is where, not who
        initialled = _by_initials(index, text)
        if initialled is not None:
            return initialled, index.mention(initialled, start, end, "organisation")
        return None
    if (ent.label_ == "PERSON" and not media_name(text)) or (
        entry is not None and entry.kind == "person"
    ):
        return add_person(index, toks, _title(index, toks), None)
    return org_actor(index, toks, start, end)


def _title(index: ActorIndex, toks: list[Token]) -> list[Token]:
    return title_before(index.doc, toks[0].i, toks[-1].i + 1, index.dictionary)


def defined(index: ActorIndex, toks: list[Token], text: str) -> tuple[Record, Mention] | None:
    """An acronym the text defines, or a part of its long form: the organisation of both.

    "The World Health Organization (WHO)" is one organisation, named by its long
    form, whichever of the two (or a piece of the long form the model tagged
    apart, "Red Crescent Societies") is met.
    """
    a = index.acronyms.get(text.replace(".", "").lower())
    if a is None:
        a = next((index.long_forms[t.i] for t in toks if t.i in index.long_forms), None)
    if a is None:
        return None
    known = index.aliased(a.acronym)
    if known is not None:
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return known, index.mention(known, start, end, "organisation")
    long = a.long_form
    rec, m = org_actor(index, list(long), long.start_char, long.end_char)
    acr = a.at
    index.alias(a.acronym, rec)
    index.mention(rec, acr.idx, acr.idx + len(acr.text), "organisation")
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if (start, end) != m.span:
        m = index.mention(rec, start, end, "organisation")
    return rec, m


def _joins_place(first: Token, index: ActorIndex) -> bool:
    prev = first.doc[first.i - 1]
    if not prev.text[:1].isupper() or prev.ent_type_:
        return False
    joined = f"{prev.text} {first.text}"
    return index.dictionary.state(joined) is not None


def is_location(root: Token) -> bool:
    """Is ``root`` the object of a preposition of place ("in Jackson", "near Kyiv")?"""
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _demonym_group(
    index: ActorIndex, ent: Span, place: Place, text: str, start: int, end: int
) -> tuple[Record, Mention] | None:
    """ "the Chinese" as a group; "Chinese" before a noun is a modifier, not an actor."""
    root = ent.root
    if root.dep_ in ("amod", "compound") or root.tag_ == "JJ":
        return None
    if not (root.tag_ in ("NNPS", "NNS") or text.endswith("s")):
        return None
    key = ("group", place.iso3)
    rec = index.keyed(key)
    if rec is None:
        rec = index.new(text, "group", key=key)
        rec.fixed = Code(place.iso3, None, f"text: demonym '{text}'", "article")
        index.recode(rec)
    return rec, index.mention(rec, start, end, "description")


def _member_group(
    index: ActorIndex, ent: Span, party: Entry, text: str, start: int, end: int
) -> tuple[Record, Mention] | None:
    """ "Democrats", "many Republicans": a party's members as one group of the party's country
    and sector, as a demonym's plural names a nation's people (:func:`_demonym_group`). The
    word marks a party's member as a demonym marks a country's ("Republican Ted Cruz" is the
    party's, PTY); only a plural heading its own phrase names the members: "Republican
    senators", "the Democratic debate" name senators and a debate."""
    root = ent.root
    if root.dep_ in ("amod", "compound") or root.tag_ == "JJ":
        return None
    if not (root.tag_ in ("NNPS", "NNS") or text.endswith("s")):
        return None
    standing = party.standing(index.day)
    key = ("members", party.name)
    rec = index.keyed(key)
    if rec is None:
        rec = index.new(text, "group", key=key)
        why = f"text: members of the {party.name} '{text}'"
        rec.fixed = Code(standing.country, standing.sector, why, "article")
        index.recode(rec)
    return rec, index.mention(rec, start, end, "description")


def place_actor(
    index: ActorIndex, place: Place, start: int, end: int, text: str
) -> tuple[Record, Mention]:
    """A country actor ("Serbia") or a government metonym ("Moscow", "the Kremlin")."""
    place = fuller_named(index, place, text)
    key = ("place", place.iso3, place.sector or "")
    rec = index.keyed(key)
    if place.how in ("capital", "metonym"):
        why = f"text: metonym '{text}'"
        if place.how == "capital":
            why += f" (capital of {place.country_name})"
        kind: ActorKind = "organisation"
        code = Code(place.iso3, place.sector, why, "article")
        mkind = "metonym"
    else:
        kind = "country"
        code = Code(place.iso3, None, f"text: country '{text}'", "article")
        mkind = "country"
    if rec is None:
        name = place.country_name if kind == "country" else text.removeprefix("the ")
        rec = index.new(name, kind, key=key)
        rec.fixed = code
        index.recode(rec)
    return rec, index.mention(rec, start, end, mkind)  # type: ignore[arg-type]


def fuller_named(index: ActorIndex, place: Place, text: str) -> Place:
    """The country a clipped name means ("Congo": the Republic of Congo by the table) where
    the story has named just one of the countries whose longer names it ends and not the
    table's own: "the Democratic Republic of Congo ... Congo" is the one named in full, as a
    shortened name of a person or body is the one named in full before it."""
    countries = index.dictionary.countries
    owners = countries.clipped(text) if place.how == "country" else frozenset()
    named = [iso for iso in sorted(owners) if index.keyed(("place", iso, "")) is not None]
    if len(named) != 1 or named[0] == place.iso3:
        return place
    return Place(named[0], countries.names.get(named[0], named[0]), None, "country")


def display_name(name: str, written: str, minor: frozenset[str]) -> str:
    """A dictionary name as a reader expects it: the dictionaries title-case every word
    ("Un Security Council", "Federal Bureau Of Investigation", "Buzzfeed"). Where the article
    writes the same letters with every capital the dictionary has and more ("UN Security
    Council", "BuzzFeed"), its spelling is the name's; else the ``minor`` words between the
    first and the last are lower case. A spelling with fewer capitals ("the Republican party")
    keeps the dictionary's, so one body has one name."""
    if without_initials(name.lower()) is not None:
        # "Ku Klux Klan (Kkk)": the dictionary's name with its own initials, named without them
        name = name[: name.rindex(" (")]
    if name.lower() == written.lower() and len(name) == len(written):
        pairs = list(zip(written, name, strict=True))
        if all(w.isupper() for w, n in pairs if n.isupper()) and any(
            w.isupper() and not n.isupper() for w, n in pairs
        ):
            return written
    words = name.split(" ")
    if len(words) < 3:
        return name
    middle = [w.lower() if w.lower() in minor and not w.isupper() else w for w in words[1:-1]]
    return " ".join([words[0], *middle, words[-1]])


def org_actor(
    index: ActorIndex,
    toks: list[Token],
    start: int,
    end: int,
    *,
    described: list[Token] | None = None,
) -> tuple[Record, Mention]:
    """An organisation by name, once per article, with the titles around it.

    ``described`` is a description in apposition ("the opposition newspaper"),
    read as its title too.
    """
    d = index.dictionary
    text = index.text[start:end]
    entry = d.lookup(text, index.day)
    if entry is not None and entry.kind == "person":
        entry = None
    key: tuple[str, ...] = ("org", name_key(entry.name if entry is not None else text))
    rec = index.keyed(key) or _by_initials(index, text)
    if rec is None and entry is None:
        rec = _by_tail(index, text)
    if rec is None:
        name = entry.name if entry is not None else text
        name = name.removeprefix("the ").removeprefix("The ")
        written = text.removeprefix("the ").removeprefix("The ")
        name = display_name(name, written, default_roles().minor_words)
        kind: ActorKind = "organisation"
        if entry is not None and entry.kind in ("group", "country"):
            kind = entry.kind  # type: ignore[assignment]
        rec = index.new(name, kind, key=key)
        if entry is not None:
            rec.entry, rec.entry_how = entry, "name"
    m = index.mention(rec, start, end, "organisation")
    _acronym_after(index, rec, toks[-1])
    before = title_before(index.doc, toks[0].i, toks[-1].i + 1, index.dictionary)
    # the name's own words say where it is from ("German Foreign Office") and, by its head
    # noun, what kind of body it is ("Federal Network Agency"); an office is read only from
    # the words before it: a role word inside a name ("Workers' Party") is no role
    root = _root(toks)
    if (
        root.lower_ not in default_roles().bodies
        and before
        and before[-1].lower_ in default_roles().bodies
    ):
        root = before[-1]  # "Peru's customs agency SUNAT": the agency is what SUNAT is
    if entry is not None and entry.standing(index.day).country is None:
        # a body the dictionaries hold with no state (a group PETRARCH2 codes by a region,
        # "PALESTINIAN_ISLAMIC_JIHAD" MEAREB): the words of its name before the head may
        # still say whose it is (the whole name would only find the entry again)
        title = index.read_title(before + toks[:-1], role_tokens=before)
    elif entry is not None:
        title = index.read_title(before)
    else:
        title = index.read_title(before + toks, role_tokens=before, head=root)
        inside = title.body is not None and name_key(title.body) != name_key(text)
        if title.how == "capital" and title.role is None and inside:
            # "Washington Informer", "Moscow City Court": a capital inside a longer name says
            # where the body is; only the city alone stands for the government (a metonym for a
            # body of it, "State Department Refugee Processing Center", is still that body)
            title.sector = default_roles().bodies.get(root.lower_)
    if described:
        index.mention(rec, described[0].idx, described[-1].idx + len(described[-1]), "description")
        said = index.read_title(described)
        if said.says_something and not title.says_something:
            title = said
    if entry is None and company_name(toks):
        # "Patriot Coal" ... "Patriot": a company is called by its name without the last word
        short = index.text[toks[0].idx : toks[-2].idx + len(toks[-2].text)]
        if not d.place(short, label_of(toks[-2])) and not d.lookup(short, index.day):
            index.alias(short, rec)
    armed = armed_agent_sector(toks, d) if entry is None else None
    if armed is not None and title.sector is None:
        # "the Janjaweed": armed people named by PETRARCH2's agent noun (JANJAWEED ~UAF)
        title.sector = armed
        title.reason = (f"{title.reason}; " if title.reason else "") + (
            f"text: '{text}' names armed people (agent noun)"
        )
    if entry is None and title.sector is None and company_name(toks):
        title.sector = "BUS"
        title.reason = (f"{title.reason}; " if title.reason else "") + (
            f"text: '{text}' is a company's name"
        )
    told = entry is None and not title.says_something and _told(toks[-1])
    if media_name(text) or _short_outlet(toks) or _reports(toks[-1]) or told:
        title.sector = "JRN"
        title.reason = (f"{title.reason}; " if title.country else "") + (
            f"text: '{text}' is a news outlet"
        )
    index.add_title(rec, title)
    return rec, m


def _root(toks: list[Token]) -> Token:
    """The syntactic head of a name's tokens ("Ministry" of "Ministry of Defence")."""
    inside = {t.i for t in toks}
    for t in toks:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return toks[-1]


def _reports(tok: Token) -> bool:
    """ "reported El Tiempo", "CNN reported", "in an interview with CNN": an outlet (the
    subject of a verb of ``reporting_verbs`` in titles.yaml)."""
    head = tok.head
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in default_roles().reporting_verbs
    ):
        return True
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.lemma_.lower() in ("interview", "conversation")
    )


def _short_outlet(toks: list[Token]) -> bool:
    """ "the Times", "the Post": a newspaper called by the last word of its title."""
    tok = toks[0]
    return (
        len(toks) == 1
        and tok.lower_ in default_roles().outlet_short_names
        and tok.text[:1].isupper()
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == "the"
    )


def _told(tok: Token) -> bool:
    """ "told PolitiFact", "said in a statement to Vox": the organisation a person tells or gives
    a statement to (a noun of ``statement_nouns`` in titles.yaml), in news, is the outlet that
    reports it (a body with a name or title of its own, "told the committee", is read from
    those instead)."""
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
        # a person tells an outlet; one body telling another is no reporting
        return not any(c.dep_ == "nsubj" and c.ent_type_ == "ORG" for c in head.children)
    statements = default_roles().statement_nouns
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in statements


def _acronym_after(index: ActorIndex, rec: Record, last: Token) -> None:
    """ "the Colombian Drug Observatory (ODC)": the acronym names the same organisation."""
    doc = last.doc
    i = last.i + 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        acr = doc[i + 1].text
        if ACRONYM.match(acr):
            index.alias(acr, rec)
            index.mention(rec, doc[i + 1].idx, doc[i + 1].idx + len(acr), "organisation")


def _by_tail(index: ActorIndex, text: str) -> Record | None:
    """An organisation named before in full, now by the last words of its name: news writes
    "the United Nations Security Council" first and "the Security Council" after, "the
    Urban-Brookings Tax Policy Center" and then "the Tax Policy Center". Two words at least, so
    that a bare "Council" or "Party" joins nothing; the latest such organisation wins."""
    words = name_key(text).split()
    if len(words) < 2:
        return None
    return index.named_by_tail(tuple(words))


def _by_initials(index: ActorIndex, text: str) -> Record | None:
    """An acronym whose letters are the initials of an organisation already named."""
    if not ACRONYM.match(text):
        return None
    letters = tuple(text.replace(".", "").replace("-", ""))
    rec = index.with_initials(letters)
    if rec is not None:
        index.alias(text, rec)
    return rec
