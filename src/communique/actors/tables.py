"""The lexicons behind actor resolution, in one object: :class:`ActorDictionary`.

It joins the country table (:mod:`~communique.actors.countries`), the role
lexicon (:mod:`~communique.actors.roles`), the dated actor tables
(:mod:`~communique.actors.dictionary`: PETRARCH2 Phoenix, US Congress and
executive, this project's additions) and a user's YAML file. Everything is
read lazily, once per process, into dicts: resolution is a handful of dict
lookups per mention, never a scan of a table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

import yaml

from communique.actors.countries import CountryTable, Place, named_as_place, norm
from communique.actors.dictionary import Entry, Role, Table, bundled_text
from communique.actors.given import GivenNames, given_names
from communique.actors.names import HONORIFICS, name_key, person_words
from communique.actors.roles import Office, RoleHit, default_roles
from communique.actors.settings import DEFAULT, TABLES
from communique.answers import Answers
from communique.errors import CommuniqueError
from communique.time_place.gazetteer import Gazetteer, fold
from communique.time_place.gazetteer import load as load_gazetteer
from communique.yaml_data import load_yaml

__all__ = [
    "ActorDictionary",
    "CountryTable",
    "Entry",
    "Match",
    "Office",
    "Place",
    "Role",
    "RoleHit",
    "norm",
    "parse_user_entries",
]

#: An abbreviation written with periods, "F.B.I.", "E.P.A." (the New York Times' style).
DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")

#: Actor kinds a user entry may give (the schema's ``ActorKind``).
KINDS = ("person", "organisation", "country", "group", "document")


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary entry found for a name, and how sure the match is."""

    entry: Entry
    how: str  # "name" (a full name or unique alias) | "office" (title + surname at the date)


@lru_cache(maxsize=1)
def _countries() -> CountryTable:
    return CountryTable(json.loads(bundled_text("countries.json")))


def country_table() -> CountryTable:
    """The bundled country table, read once: for readers outside the actor layer that need to
    know a country's name when the parser tags none ("Invasion Of Iraq" in a headline)."""
    return _countries()


@lru_cache(maxsize=4)
def _table(name: str) -> Table:
    return Table(bundled_text(TABLES[name]))


@lru_cache(maxsize=1)
def _communique_entries() -> dict[str, Entry]:
    """The project's own additions (``actors_communique.yaml``), in the user file format."""
    raw = load_yaml(bundled_text("actors_communique.yaml"))
    return parse_user_entries(raw, Path("actors_communique.yaml"), source="communique")


class ActorDictionary:
    """Named actors and countries used to resolve mentions. The role nouns are the one
    bundled lexicon every reader shares (:func:`~communique.actors.roles.default_roles`):
    a user's dictionary adds names, not roles.

    ``default()`` is the bundled data, built once per process; ``extended``
    returns a new dictionary with a user's entries on top (a user's entry
    replaces a bundled one of the same name: the user knows their corpus).
    """

    _bundled: ClassVar[dict[tuple[str, ...], ActorDictionary]] = {}
    _lock = threading.Lock()

    def __init__(
        self,
        names: dict[str, Entry],
        countries: CountryTable,
        tables: tuple[Table, ...] = (),
        sources: tuple[str, ...] = (),
    ) -> None:
        #: Entries by name key that win over the tables: the project's and the user's.
        self.names = names
        self.countries = countries
        self.tables = tables
        self.sources = sources
        self._surnames: dict[str, list[Entry]] | None = None
        self._affiliations: dict[str, Entry] | None = None
        self._apposition_heads: frozenset[str] | None = None
        self._given: GivenNames | None = None
        self._gazetteer: Gazetteer | None = None
        #: What :meth:`candidates` answered, by text
        self._candidates: Answers[str, tuple[Entry, ...]] = Answers()

    @classmethod
    def default(cls, dictionaries: tuple[str, ...] = DEFAULT.dictionaries) -> ActorDictionary:
        """The bundled dictionary (the named tables of :data:`TABLES`, most recent first),
        loaded on first use and shared by the process."""
        with cls._lock:
            found = cls._bundled.get(dictionaries)
            if found is None:
                found = cls._bundled[dictionaries] = cls(
                    dict(_communique_entries()),
                    _countries(),
                    tuple(_table(name) for name in dictionaries),
                    (*dictionaries, "communique"),
                )
            return found

    def extended(self, path: Path) -> ActorDictionary:
        """A copy with the entries of the user's YAML file ``path`` added.

        Raises ``CommuniqueError("CQ303")`` when the file is missing or malformed:
        this is a set-up error the user must fix before the run starts.
        """
        path = Path(path)
        try:
            raw = load_yaml(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise CommuniqueError("CQ303", path=path, error=exc.strerror or str(exc)) from exc
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise CommuniqueError("CQ303", path=path, error=f"not valid YAML ({first})") from exc
        entries = parse_user_entries(raw, path, source=f"user:{path.name}")
        names = dict(self.names)
        names.update(entries)
        return ActorDictionary(names, self.countries, self.tables, (*self.sources, path.name))

    # -- names ---------------------------------------------------------------

    def candidates(self, text: str) -> list[Entry]:
        """Every entry a full name or unique alias names, the user's and ours first.

        Remembered per text (a dictionary does not change once built): an article asks
        for the same names and words many times, and titles try every part of a phrase.
        """
        return list(self._candidates.ask(text, self._find_candidates))

    def _find_candidates(self, text: str) -> tuple[Entry, ...]:
        key = name_key(text)
        if not key:
            return ()
        if DOTTED.match(text.strip()):
            key = key.replace(" ", "")  # "F.B.I." is "FBI" (the periods of some house styles)
        own = self.names.get(key)
        if own is not None:
            return (own,)
        out: list[Entry] = []
        for table in self.tables:
            out.extend(table.get(key))
        if not out:
            for short in self._short_forms(key):
                for table in self.tables:
                    out.extend(table.get(short))
                if out:
                    break
        return tuple(out)

    def _short_forms(self, key: str) -> list[str]:
        """The name with an organisation it begins with written by that organisation's
        abbreviation: "united nations security council" -> "un security council". News writes an
        organisation's bodies both ways; the PETRARCH2 tables hold one of them."""
        words = key.split()
        for n in range(len(words) - 1, 1, -1):
            owner = self.names.get(" ".join(words[:n]))
            if owner is None or owner.kind != "organisation":
                continue
            rest = " ".join(words[n:])
            return [f"{a} {rest}" for a in owner.names if a and " " not in a]
        return []

    def lookup(self, text: str, day: str | None = None) -> Entry | None:
        """The one actor ``text`` names, or None when it names none or several.

        Entries of several sources for one person (the same name, the same
        country) are one person: the result carries every source's roles.
        With ``day``, a name shared by people of different countries resolves
        to the one who held a role that day, if exactly one did.
        """
        found = self.candidates(text)
        if len(found) <= 1:
            return found[0] if found else None
        return _merge(found, day)

    @property
    def surnames(self) -> dict[str, list[Entry]]:
        """The people of the dictionaries with dated roles, by surname (a name key; see
        :func:`_surname_index`), for the questions about a surname below: built once, on
        first use by whichever of them asks first, as reading every table's names takes time
        a run that asks none need not spend."""
        if self._surnames is None:
            self._surnames = _surname_index(
                self.tables, self.names, default_roles().family_name_first
            )
        return self._surnames

    def office_holder(self, surname: str, office: RoleHit, day: str | None) -> Entry | None:
        """The one person with this surname who held ``office`` on ``day``: "President Obama".

        A title and a surname identify a person only together with the date:
        "President Bush" is one man in 2005 and another in 1990. The office
        must match the role's office where the source names offices (US
        Congress and executive), else its sector. Without a date, see
        :meth:`_undated_holder`.
        """
        if day is None:
            return self._undated_holder(surname, office)
        exact: list[Entry] = []  # the office itself matches (sources that name offices)
        loose: list[Entry] = []  # only the sector matches (sources that do not)
        for entry in self.surnames.get(name_key(surname), ()):
            for role in entry.roles:
                if not _in_force(entry, role, day):
                    continue
                if self._fills(role, office):
                    (exact if role.office is not None else loose).append(entry)
                    break
        held = exact or loose
        if len(held) > 1 and all(set(e.names) & set(held[0].names) for e in held[1:]):
            return _merge(held, day)  # one person in several sources
        return held[0] if len(held) == 1 else None

    def _undated_holder(self, surname: str, office: RoleHit) -> Entry | None:
        """A title and a surname ("President X") in an article of unknown date: coded only when
        every person of the dictionaries with this surname who ever held that office held it
        for one country in one sector.

        Without a date no holder can be picked, but the title and a role that fits it are
        evidence that a surname alone is not: when all who could be meant agree, the code is
        theirs. The result is an entry with that country and sector as its undated default
        (no dated role, so nothing is inferred about a day), naming one person, with that
        person's identifier, only when all holders are one person in several sources.
        """
        fitting: list[tuple[Entry, list[Role]]] = []
        for entry in self.surnames.get(name_key(surname), ()):
            fits = [r for r in entry.roles if self._fills(r, office)]
            if fits:
                fitting.append((entry, fits))
        # On a day when a source that names offices has a holder of the office itself, the
        # dated rule takes that holder over one whose role matches only by sector
        # (:meth:`office_holder`): a sector-only role wholly within such tenures can never be
        # the one meant, on any day.
        named = [r for _, fits in fitting for r in fits if r.office is not None]
        held: list[Entry] = []
        codes: set[tuple[str | None, str | None]] = set()
        for entry, fits in fitting:
            fits = [r for r in fits if r.office is not None or not _within(r, named)]
            if fits:
                held.append(entry)
                codes.update((r.country, r.sector) for r in fits)
        if not held or len(codes) != 1:
            return None
        country, sector = codes.pop()
        if country is None:
            return None
        # one person in several sources: names shared, and no source with two of them
        # ("George Bush" names both presidents of that name)
        sources = [e.source for e in held]
        one = len(set(sources)) == len(sources) and all(
            set(e.names) & set(held[0].names) for e in held[1:]
        )
        ident = next((e.identifier for e in held if e.identifier.startswith("Q")), None)
        genders = {e.gender for e in held if e.gender}
        return Entry(
            name=held[0].name if one else surname,
            kind="person",
            identifier=(ident or held[0].identifier) if one else "",
            source=" + ".join(dict.fromkeys(e.source_name for e in held)),
            gender=genders.pop() if len(genders) == 1 else None,
            default=(country, sector),
            names=tuple(dict.fromkeys(n for e in held for n in e.names)),
            office=office.office.name,
            undated=tuple(dict.fromkeys(e.name for e in held)),
        )

    def office_named(self, surname: str, office: RoleHit) -> bool:
        """Does a source that names offices (US Congress and executive) hold a person with this
        surname in ``office`` itself, not just in its sector?

        Only such a holder may keep a titled surname from the article's own person of another
        first name ("Sen. Cruz" is not Heidi Cruz). A source that codes no offices (PETRARCH2)
        says only that someone had a government role: "Gov. Christie" matches the Bahamas'
        Perry Christie by the sector GOV alone, which is no evidence against the governor
        Chris Christie the article names, whom the dictionary lacks."""
        return any(
            role.office is not None and self._fills(role, office)
            for entry in self.surnames.get(name_key(surname), ())
            for role in entry.roles
        )

    def _fills(self, role: Role, office: RoleHit) -> bool:
        """Could ``role`` be the office a title names? By the office where the source names
        offices (US Congress and executive), else by the office's sector. A minister of a
        portfolio (CAMEO's "GOVBUS") holds no office that leads the state or government."""
        if role.portfolio is not None and office.office.leads:
            return False
        if role.office is not None:
            known = default_roles().office(role.office)
            return role.office == office.phrase or (
                known is not None and known.name == office.office.name
            )
        return office.office.sector is not None and role.sector == office.sector

    def surname_countries(self, word: str) -> frozenset[str]:
        """The countries of every person of the dictionaries with the surname ``word`` (a name
        key), over all their roles and their undated default: whose surname it may be."""
        found: set[str] = set()
        for entry in self.surnames.get(word, ()):
            found.update(r.country for r in entry.roles if r.country)
            if entry.default and entry.default[0]:
                found.add(entry.default[0])
        return frozenset(found)

    def surname_gender(self, word: str, day: str | None) -> str | None:
        """The gender of the one person of the dictionaries who bears the surname ``word`` (a
        name key) and holds a role on ``day``; None without a day, when nobody or several
        people do, or when none of that person's sources gives a gender.

        A surname alone gives no code, but a gender is a weaker claim: when, of all who bear
        the name, one person (in one or several sources: their names shared) held a role on
        the article's day, that person's gender is the reading a later "he" or "she" must
        agree with ("Obama ... she" in 2015 is someone else). A surname several people bear
        on the day ("Cruz"), or nobody ("Clinton" in 2016), tells nothing.
        """
        if day is None:
            return None
        bearers = self.surnames.get(word, ())
        held = [e for e in bearers if any(r.holds(day) for r in e.roles)]
        if not held or not all(set(e.names) & set(held[0].names) for e in held[1:]):
            return None
        names = set(held[0].names)
        genders = {e.gender for e in bearers if e.gender and set(e.names) & names}
        return genders.pop() if len(genders) == 1 else None

    def is_surname(self, word: str) -> bool:
        """Is ``word`` (a name key) the surname of a person the dictionary knows?

        Used only to recognise an untagged name as a person's; a surname never
        gives a code.
        """
        return word in self.surnames

    @property
    def given(self) -> GivenNames:
        """The given names of the tables' people (see :mod:`communique.actors.given`)."""
        if self._given is None:
            roles = default_roles()
            never = roles.not_names | frozenset(roles.abbreviations) | frozenset(roles.gender_words)
            self._given = given_names(self.tables, never, roles.family_name_first)
        return self._given

    def affiliation(self, word: str) -> Entry | None:
        """The party a word marks ("Republican", "Democrats", "GOP"), or None."""
        return self._affiliation_words().get(word)

    def _affiliation_words(self) -> dict[str, Entry]:
        if self._affiliations is None:
            self._affiliations = {}
            for table in self.tables:
                for w, n in table.affiliations().items():
                    self._affiliations[w] = table.entry(n)
        return self._affiliations

    @property
    def apposition_heads(self) -> frozenset[str]:
        """Words (lower case) that may head a description in apposition to a person's name.

        An appositive noun phrase describes its anchor whatever its head (English grammar):
        a role noun ("X, a senator from Ohio") or a word that marks a party's member ("X, a
        Tennessee Republican", "X, a Democrat"), which says the person's party and, with a
        state or country before it, where the person is from. A plural party word
        ("Republicans", the singular one and "s") names several people, not the one name it
        stands beside ("the two leading Republicans, X and Y").
        """
        if self._apposition_heads is None:
            words = {w.lower() for w in self._affiliation_words()}
            party = frozenset(w for w in words if not (w.endswith("s") and w[:-1] in words))
            self._apposition_heads = default_roles().heads | party
        return self._apposition_heads

    # -- places and roles ----------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        """The GeoNames cities, fetched once per dictionary: a title's words are tried as a
        city's name range by range, and the process-wide gazetteer is behind a lock."""
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def place(self, text: str, label: str) -> Place | None:
        """The country ``text`` names (name, demonym, capital, metonym or other name), or None.

        ``label`` is the entity label the parser put on the words (the last word's, "" for
        none or for words no parse labels, as a dateline's): every country-table lookup
        weighs it here, so that a country's other name (a province, a former name, many of
        them also surnames: "Castile") names the country under a place label or none, never
        under a person's or a body's (see :func:`countries.named_as_place`).
        """
        place = self.countries.get(text)
        if place is not None and not named_as_place(place, label):
            return None
        return place

    def seat(self, text: str, label: str) -> Place | None:
        """The country a city lies in when the city's name stands for a body above the states
        ("Brussels" for the European Union), as a place of that country; None for every other
        name.

        Such a metonym codes the body (EUR) when the city acts ("Brussels warned Rome"); as
        where someone is ("police in Brussels") the name says only where, and a city lies in
        a country: the one GeoNames puts it in. A metonym for a state's own body ("the
        Kremlin") names that state either way, and so does a capital.
        """
        place = self.place(text, label)
        if place is None or place.how != "metonym" or place.iso3 in self.countries.names:
            return None
        bare = text.removeprefix("the ")
        city = self.gazetteer.city(bare)
        if city is None or city.country is None:
            return None
        if fold(city.name) != fold(bare):
            return None  # another name of some city ("White House"): no place of its own
        name = self.countries.names.get(city.country, city.country)
        return Place(city.country, name, None, "place")

    def city(
        self, text: str, label: str, population: int, named: frozenset[str] = frozenset()
    ) -> Place | None:
        """The country of the city ``text`` names, as a place of that country: a place the
        parser labels as one (GPE), the own name of GeoNames cities of at least
        ``population`` people (the actor stage's ``city_population`` setting) that all lie in
        one country ("Lagos", "Charlotte"); None for other names ("Manchester": England and
        New Hampshire).

        A city lies in one country, so a person or body "of" or "from" it belongs there
        ("the governor of Lagos": Nigeria). Only a big city's own name: a small town's name
        is often another place's too, or a surname. ``named``: the countries the article
        names, which tell a city abroad from a small one of the same own name ("the governor
        of Odessa" in a story about Ukraine)."""
        if label != "GPE" or self.state(text) is not None:
            return None
        country = self.gazetteer.city_country(text.removeprefix("the "), population, named)
        if country is None:
            return None
        return Place(country, self.countries.names.get(country, country), None, "place")

    def state(self, text: str) -> Place | None:
        """The US state ``text`` names ("Ohio", "Fla."), or None."""
        return self.countries.state(text)

    def read_role(self, tokens: list) -> RoleHit | None:  # type: ignore[type-arg]
        """The role or honorific among title tokens ("Sen.", "Mr.", "Minister"), or None."""
        words = [t.lower_.rstrip(".") for t in tokens if not t.is_punct]
        hit = self.role(words)
        if hit is not None:
            return hit
        if any(w in HONORIFICS for w in words):
            return RoleHit(words[-1], Office("person", None), 0, len(words))
        return None

    def role(self, words: list[str]) -> RoleHit | None:
        """The longest role phrase among ``words`` (lower case), rightmost on a tie."""
        roles = default_roles()
        return roles.find(roles.expand(words))


def _within(role: Role, others: list[Role]) -> bool:
    """Does the time of ``role`` lie wholly within the times of ``others`` together? An open
    start or end reaches as far as it can; a role with an open side is never within roles
    that all end, or all begin."""
    start, end = role.start or "0000-00-00", role.end or "9999-99-99"
    reached = start
    for other in sorted(others, key=lambda r: r.start or "0000-00-00"):
        if (other.start or "0000-00-00") > reached:
            break
        reached = max(reached, other.end or "9999-99-99")
        if reached >= end:
            return True
    return False


def _merge(found: list[Entry], day: str | None) -> Entry | None:
    people = [e for e in found if e.kind == "person"]
    if len(people) != len(found):
        # an organisation and a person, or two organisations: keep one only if they agree
        codes = {(e.country, e.kind) for e in found}
        if len(codes) == 1:
            return found[0]
        return _one_body(found)
    by_country: dict[str | None, list[Entry]] = {}
    for e in people:
        by_country.setdefault(e.country, []).append(e)
    groups = list(by_country.values())
    if len(groups) > 1 and day is not None:
        groups = [g for g in groups if any(r.holds(day) for e in g for r in e.roles)]
    if len(groups) != 1:
        return None
    group = groups[0]
    if len(group) == 1:
        return group[0]
    first = group[0]
    ident = next((e.identifier for e in group if e.identifier.startswith("Q")), first.identifier)
    roles: list[Role] = []
    for e in group:
        roles.extend(replace(r, confirmed=e.horizon) for r in e.roles)
    sources = " + ".join(dict.fromkeys(e.source_name for e in group))
    gender = next((e.gender for e in group if e.gender), None)
    return Entry(
        name=first.name,
        kind="person",
        identifier=ident,
        source=sources,
        horizon=max(e.horizon for e in group),
        gender=gender,
        roles=tuple(sorted(roles, key=lambda r: r.start)),
        default=next((e.default for e in group if e.default), None),
        names=tuple(dict.fromkeys(n for e in group for n in e.names)),
    )


def _one_body(found: list[Entry]) -> Entry | None:
    """Undated organisation records that share a name and agree on its sector, one coded by a
    state and the others by a region only (no state), are one body of that state.

    PETRARCH2 lists some armed groups twice: LASHKAR-E-TAIBA_(LET)_ [SASREB], and
    +LASHKAR-E-TAIBA_ among AL-ARIFEEN_'s names [PAKREB]. A region names no state
    (``REGIONS`` of the build script), so the two codes do not contradict each other: the
    name's first record, with the state the other adds. Records that disagree on the sector
    or name two states stay unresolved."""
    if any(e.kind != "organisation" or e.roles or e.default is None for e in found):
        return None
    sectors = {e.sector for e in found}
    states = {e.country for e in found} - {None}
    if len(sectors) != 1 or None in sectors or len(states) != 1:
        return None
    return replace(found[0], default=(states.pop(), sectors.pop()))


def _in_force(entry: Entry, role: Role, day: str) -> bool:
    """Did ``role`` hold on ``day``, as far as its source can say? An open-ended role holds
    only up to the source's horizon (the last day it vouches for)."""
    return role.holds(day) and not (not role.end and entry.horizon and day > entry.horizon)


def _surname_index(
    tables: tuple[Table, ...], own: dict[str, Entry], family_first: frozenset[str] = frozenset()
) -> dict[str, list[Entry]]:
    """People with dated roles by the last word of their names (and the first, where family
    names come first: ``family_first``), for title + surname at a date.

    Entries are built lazily: the index holds (table, row) pairs until asked.
    """
    out: dict[str, list[Entry]] = _LazyEntries()
    for table in tables:
        for word, rows in table.surnames(family_first).items():
            out.setdefault(word, []).extend((table, n) for n in rows)  # type: ignore[misc]
    seen: set[int] = set()
    for entry in own.values():
        if entry.kind != "person" or not entry.roles or id(entry) in seen:
            continue
        seen.add(id(entry))
        words = {n.rsplit(" ", 1)[-1] for n in entry.names if " " in n}
        if {r.country for r in entry.roles} & family_first:
            words |= {n.split(" ", 1)[0] for n in entry.names if " " in n}
        for w in words:
            out.setdefault(w, []).append(entry)
    return out


class _LazyEntries(dict):  # type: ignore[type-arg]
    """A dict of lists whose (table, row) items become entries when read."""

    def get(self, key, default=None):  # type: ignore[no-untyped-def, override]
        items = super().get(key)
        if items is None:
            return default
        return [x if isinstance(x, Entry) else x[0].entry(x[1]) for x in items]


def _default_identifier(source: str, name: str) -> str:
    """``communique:antony_blinken``, ``my_actors.yaml:maria_example``."""
    return f"{source.removeprefix('user:')}:{name_key(name).replace(' ', '_')}"


def _date_text(value: object, path: Path, what: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise CommuniqueError("CQ303", path=path, error=f"{what} must be a date YYYY-MM-DD")


def parse_user_entries(raw: object, path: Path, *, source: str | None = None) -> dict[str, Entry]:
    """Validate a user actor file and return its entries keyed by name key.

    Accepted shapes: a list of entries, or a mapping with an ``actors`` list
    (and optionally a ``horizon`` date). Each entry: ``name`` (required),
    ``aliases`` (list), ``country`` (ISO alpha-3 or a PLOVER non-state code),
    ``sector`` (PLOVER), ``kind``, and optionally ``office``, ``since`` and
    ``until`` (dates the role held), ``gender`` (f/m) and ``identifier``
    (e.g. a Wikidata QID).
    """
    horizon = ""
    if isinstance(raw, dict) and "actors" in raw:
        if raw.get("horizon") is not None:
            horizon = _date_text(raw["horizon"], path, "horizon")
        raw = raw["actors"]
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise CommuniqueError("CQ303", path=path, error="expected a list of actors")
    src = source or f"user:{path.name}"
    out: dict[str, Entry] = {}
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise CommuniqueError("CQ303", path=path, error=f"entry {n} is not a mapping")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CommuniqueError("CQ303", path=path, error=f"entry {n} has no 'name'")

        def bad(what: str, name: str = name, n: int = n) -> CommuniqueError:
            return CommuniqueError("CQ303", path=path, error=f"entry {n} ({name}): {what}")

        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise bad("'aliases' must be a list")
        codes: dict[str, str | None] = {}
        for key in ("country", "sector"):
            v = item.get(key)
            if v is not None and (
                not isinstance(v, str) or not v.isalpha() or len(v) != 3 or not v.isupper()
            ):
                raise bad(f"{key} must be a 3-letter upper-case code")
            codes[key] = v
        kind = item.get("kind", "person")
        if kind not in KINDS:
            raise bad(f"kind must be one of {', '.join(KINDS)}")
        gender = item.get("gender")
        if gender not in (None, "f", "m"):
            raise bad("gender must be f or m")
        for key in ("office", "identifier"):
            if item.get(key) is not None and not isinstance(item.get(key), str):
                raise bad(f"{key} must be text")
        since = _date_text(item["since"], path, f"entry {n} since") if "since" in item else ""
        until = _date_text(item["until"], path, f"entry {n} until") if "until" in item else ""
        roles: tuple[Role, ...] = ()
        default = None
        if since or until:
            roles = (
                Role(codes["country"], codes["sector"], since, until, item.get("office"), None),
            )
        elif codes["country"] or codes["sector"]:
            default = (codes["country"], codes["sector"])
        entry = Entry(
            name=name.strip(),
            kind=kind,
            identifier=item.get("identifier") or _default_identifier(src, name),
            source=src,
            horizon=horizon,
            gender=gender,
            roles=roles,
            default=default,
            office=item.get("office"),
        )
        keys = [name_key(p) for p in [name, *aliases]]
        entry.names = tuple(k for k in keys if k)
        for k in entry.names:
            out[k] = entry
        if kind == "person":
            words = person_words(name)
            if len(words) >= 2:
                out.setdefault(" ".join(words), entry)
    return out
