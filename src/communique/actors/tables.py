"""The lexicons behind actor resolution: countries, named actors, agent nouns.

All three come from data files in ``communique/data`` (built by
``scripts/build_actor_data.py``) and are read lazily, once per process, into
plain dicts: resolution is then a handful of dict lookups per mention, never a
scan of a table. A user's YAML file extends a copy of the bundled dictionary.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from communique.errors import CommuniqueError

#: Actor kinds a user entry may give (the schema's ``ActorKind``).
KINDS = ("person", "organisation", "country", "group")

#: Reason text for an entry of the bundled PETRARCH2 dictionary.
PETRARCH_REASON = "dictionary: PETRARCH2 Phoenix (roles to 2016)"


@dataclass(frozen=True, slots=True)
class Entry:
    """One named actor known before reading the article."""

    name: str  # canonical display name
    country: str | None
    sector: str | None
    kind: str  # person | organisation | country | group
    reason: str


@dataclass(frozen=True, slots=True)
class Place:
    """A country-table hit: a name, demonym, capital or metonym of a country."""

    iso3: str
    country_name: str
    sector: str | None  # GOV for capitals, the body's sector for metonyms
    how: str  # "country" | "demonym" | "capital" | "metonym"


@dataclass(frozen=True, slots=True)
class Role:
    """An agent noun: "foreign minister" -> GOV. ``sector`` None marks a neutral role."""

    phrase: str
    sector: str | None
    country: str | None  # a non-state code for nouns such as "human rights body"


def _data_text(name: str) -> str:
    ref = resources.files("communique.data").joinpath(name)
    raw = ref.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


def norm(text: str) -> str:
    """Lookup key of a phrase: lower case, single spaces, no leading "the", no "'s"."""
    t = " ".join(text.replace("’", "'").split()).lower()
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    return t.strip()


class CountryTable:
    """Countries by name, alias, demonym, capital and metonym.

    Short all-capital aliases ("US", "UK") are matched case-sensitively so that
    the pronoun "us" is never the United States.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: dict[str, str] = {}
        self._lower: dict[str, Place] = {}
        self._exact: dict[str, Place] = {}
        cap_sector = data.get("capital_sector", "GOV")
        for row in data["countries"]:
            iso3, name = row["iso3"], row["name"]
            self.names[iso3] = name
            for n in row["names"]:
                self._add(n, Place(iso3, name, None, "country"))
            for d in row["demonyms"] + row["plurals"]:
                self._add(d, Place(iso3, name, None, "demonym"))
            for c in row["capitals"]:
                self._add(c, Place(iso3, name, cap_sector, "capital"))
        for m in data["metonyms"]:
            iso3 = m["country"]
            self._add(m["text"], Place(iso3, self.names.get(iso3, iso3), m["sector"], "metonym"))

    def _add(self, text: str, place: Place) -> None:
        bare = text.replace(".", "")
        if bare.isupper() and len(bare) <= 4:
            self._exact.setdefault(text, place)
            self._exact.setdefault(text.replace(".", ""), place)
        else:
            self._lower.setdefault(norm(text), place)

    def get(self, text: str) -> Place | None:
        """The place ``text`` names, or None. Needs a capital letter, as names do."""
        t = " ".join(text.split())
        if t.lower().startswith("the "):
            t = t[4:]
        if t.endswith("'s"):
            t = t[:-2]
        if not t or not t[0].isupper():
            return None
        hit = self._exact.get(t)
        if hit is not None:
            return hit
        return self._lower.get(norm(t))


@lru_cache(maxsize=1)
def _countries() -> CountryTable:
    return CountryTable(json.loads(_data_text("countries.json")))


@lru_cache(maxsize=1)
def _petrarch() -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for line in _data_text("actors_petrarch.tsv.gz").splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, country, sector, kind, _src, canon = line.split("\t")
        out[phrase] = Entry(canon.title(), country or None, sector or None, kind, PETRARCH_REASON)
    return out


@lru_cache(maxsize=1)
def _communique_entries() -> dict[str, Entry]:
    """The project's own additions (``actors_communique.yaml``): abbreviations PETRARCH2 lacks."""
    raw = yaml.safe_load(_data_text("actors_communique.yaml"))
    entries = parse_user_entries(raw, Path("actors_communique.yaml"))
    return {
        key: Entry(e.name, e.country, e.sector, e.kind, "dictionary: communique additions")
        for key, e in entries.items()
    }


@lru_cache(maxsize=1)
def _agents() -> dict[str, Role]:
    out: dict[str, Role] = {}
    for line in _data_text("agents.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, sector, country, _src = line.split("\t")
        out[phrase] = Role(phrase, sector or None, country or None)
    return out


class ActorDictionary:
    """Named actors, countries and agent nouns used to resolve mentions.

    ``default()`` is the bundled data, built once per process; ``extended``
    returns a new dictionary with a user's entries on top (a user's entry
    replaces a bundled one of the same name: the user knows their corpus).
    """

    _default: ActorDictionary | None = None
    _lock = threading.Lock()

    def __init__(
        self,
        names: dict[str, Entry],
        countries: CountryTable,
        agents: dict[str, Role],
        sources: tuple[str, ...] = (),
    ) -> None:
        self.names = names
        self.countries = countries
        self.agents = agents
        self.sources = sources
        #: last words of agent phrases: a cheap test for "could end a role noun".
        self.role_heads = frozenset(p.rsplit(" ", 1)[-1] for p in agents)
        self._surnames: dict[str, Entry] | None = None

    @classmethod
    def default(cls) -> ActorDictionary:
        """The bundled dictionary, loaded on first use and shared by the process."""
        with cls._lock:
            if cls._default is None:
                names = dict(_petrarch())
                names.update(_communique_entries())
                cls._default = cls(names, _countries(), _agents(), ("PETRARCH2", "communique"))
            return cls._default

    def extended(self, path: Path) -> ActorDictionary:
        """A copy with the entries of the user's YAML file ``path`` added.

        Raises ``CommuniqueError("CQ303")`` when the file is missing or malformed:
        this is a set-up error the user must fix before the run starts.
        """
        path = Path(path)
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise CommuniqueError("CQ303", path=path, error=exc.strerror or str(exc)) from exc
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise CommuniqueError("CQ303", path=path, error=f"not valid YAML ({first})") from exc
        entries = parse_user_entries(raw, path)
        names = dict(self.names)
        names.update(entries)
        return ActorDictionary(names, self.countries, self.agents, (*self.sources, path.name))

    def lookup(self, text: str) -> Entry | None:
        """The named actor ``text`` refers to, or None."""
        return self.names.get(norm(text))

    def by_surname(self, text: str) -> Entry | None:
        """The country shared by every known person with this surname, as an entry.

        "President Mugabe" and "Reagan" are not in the dictionary as such, but
        every person it knows called Mugabe is from ZWE; a surname shared across
        countries ("Khan") gives None.
        """
        surname = norm(text).rsplit(" ", 1)[-1]
        if self._surnames is None:
            self._surnames = _surname_index(self.names)
        return self._surnames.get(surname)

    def place(self, text: str) -> Place | None:
        """The country ``text`` names (name, demonym, capital or metonym), or None."""
        return self.countries.get(text)

    def role(self, words: list[str]) -> Role | None:
        """The longest agent phrase among ``words`` (lower case), rightmost on a tie."""
        n = len(words)
        for size in range(min(n, 5), 0, -1):
            for i in range(n - size, -1, -1):
                hit = self.agents.get(" ".join(words[i : i + size]))
                if hit is not None:
                    return hit
        return None


def _surname_index(names: dict[str, Entry]) -> dict[str, Entry]:
    countries: dict[str, set[str | None]] = {}
    for phrase, entry in names.items():
        if entry.kind != "person" or " " not in phrase:
            continue
        countries.setdefault(phrase.rsplit(" ", 1)[-1], set()).add(entry.country)
    return {
        surname: Entry(
            surname.title(),
            next(iter(found)),
            None,
            "person",
            f"dictionary: every known person named {surname.title()} is from {next(iter(found))}",
        )
        for surname, found in countries.items()
        if len(found) == 1 and None not in found and len(surname) > 2
    }


def parse_user_entries(raw: object, path: Path) -> dict[str, Entry]:
    """Validate a user actor file and return its entries keyed by lookup phrase.

    Accepted shapes: a list of entries, or a mapping with an ``actors`` list.
    Each entry: ``name`` (required), ``aliases`` (list), ``country`` (ISO
    alpha-3 or a PLOVER non-state code), ``sector`` (PLOVER), ``kind``.
    """
    if isinstance(raw, dict) and "actors" in raw:
        raw = raw["actors"]
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise CommuniqueError("CQ303", path=path, error="expected a list of actors")
    out: dict[str, Entry] = {}
    reason = f"user dictionary {path.name}"
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise CommuniqueError("CQ303", path=path, error=f"entry {n} is not a mapping")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CommuniqueError("CQ303", path=path, error=f"entry {n} has no 'name'")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise CommuniqueError(
                "CQ303", path=path, error=f"entry {n} ({name}): 'aliases' must be a list"
            )
        fields: dict[str, str | None] = {}
        for key in ("country", "sector"):
            v = item.get(key)
            if v is not None and (
                not isinstance(v, str) or not v.isalpha() or len(v) != 3 or not v.isupper()
            ):
                raise CommuniqueError(
                    "CQ303",
                    path=path,
                    error=f"entry {n} ({name}): {key} must be a 3-letter upper-case code",
                )
            fields[key] = v
        kind = item.get("kind", "person")
        if kind not in KINDS:
            raise CommuniqueError(
                "CQ303",
                path=path,
                error=f"entry {n} ({name}): kind must be one of {', '.join(KINDS)}",
            )
        entry = Entry(name.strip(), fields["country"], fields["sector"], kind, reason)
        for phrase in [name, *aliases]:
            key = norm(phrase)
            if key:
                out[key] = entry
    return out
