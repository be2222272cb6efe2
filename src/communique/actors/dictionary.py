"""Dated actor tables: who held which office when, with stable identifiers.

Each bundled table (``data/actors_*.jsonl.gz``) holds one JSON header line and
one JSON array per actor with the columns :data:`FIELDS`:

``name``
    the display name ("Barack Obama");
``kind``
    person | organisation;
``gender``
    "m", "f" or null, where the source gives it;
``names``
    the lookup keys (:func:`~communique.actors.names.name_key`) of the names
    that identify the actor: full names and unique aliases, never a surname
    alone;
``roles``
    ``[country, sector, start, end, office?, state?, party?, portfolio?]`` per
    role held, ISO dates, ``""`` for an open side;
``default``
    ``[country, sector]`` the source gives when no dated role applies, or null;
``src``
    which source file;
``id``
    the stable identifier: a Wikidata QID where the source gives one, else
    ``source:key``; null means ``phoenix:<name words>``.

The header names the source, its licence and its ``horizon``: the last day
it confirms an open-ended role. :meth:`Entry.standing` answers "what was this
actor on this day" from the roles; a role that ended makes a former official
(PLOVER ELI), a role not yet begun gives only the country.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from communique.actors.names import name_key

#: Columns of a table row, in order.
FIELDS = ("name", "kind", "gender", "names", "roles", "default", "src", "id")

#: What each source is called in a reason.
SOURCE_NAMES = {
    "phoenix": "PETRARCH2 Phoenix",
    "us_congress": "US Congress and executive (congress-legislators)",
    "communique": "communique additions",
}

#: The sectors of a state's own bodies in the PLOVER manual's sector table (government,
#: legislature, judiciary, military, police, intelligence; a tag set, the one list of them): a
#: role of these ends in a former official (ELI), an office of these is the story's country's,
#: an owner of these is a state, and their acts are no civilian protest.
STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class Role:
    """One office held for a time. Dates are ISO strings; "" is an open side."""

    country: str | None
    sector: str | None
    start: str
    end: str
    office: str | None = None
    state: str | None = None
    party: str | None = None
    confirmed: str = ""  # for an open end: the last day the source vouches for ("" = its horizon)
    #: a ministry's domain where the source codes one (CAMEO's "GOVBUS", "GOVAGR": a minister
    #: of that portfolio, not the head of state or government)
    portfolio: str | None = None

    def holds(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


@dataclass(frozen=True, slots=True)
class Standing:
    """What a dictionary says an actor was on one day, and why."""

    country: str | None
    sector: str | None
    office: str | None
    state: str | None
    reason: str


@dataclass(slots=True)
class Entry:
    """One actor known before reading the article.

    ``country`` and ``sector`` are the latest role's codes (for callers that
    do not know the article's date); :meth:`standing` is the dated answer.
    """

    name: str
    kind: str  # person | organisation | country | group
    identifier: str
    source: str  # a key of SOURCE_NAMES, or "user:<file name>"
    horizon: str = ""  # the last day the source confirms an open-ended role
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    default: tuple[str | None, str | None] | None = None
    affiliation: tuple[str, ...] = ()  # words marking a member ("Republican")
    names: tuple[str, ...] = field(default=(), repr=False)
    office: str | None = None  # the office of an undated entry ("spokesperson")
    #: for a title and surname read without the article's date: the names of every
    #: dictionary holder of that office with that surname, who all share its code
    undated: tuple[str, ...] = ()

    @property
    def basis(self) -> str:
        """The kind of evidence this entry is: "dictionary" or "user"."""
        return "user" if self.source.startswith("user:") else "dictionary"

    @property
    def source_name(self) -> str:
        if self.source.startswith("user:"):
            return f"user dictionary {self.source[5:]}"
        for prefix, name in SOURCE_NAMES.items():
            if self.source.startswith(prefix):
                return name
        return self.source

    @property
    def country(self) -> str | None:
        latest = self._latest()
        if latest is not None:
            return latest.country
        return self.default[0] if self.default else None

    @property
    def sector(self) -> str | None:
        latest = self._latest()
        if latest is not None:
            return latest.sector
        return self.default[1] if self.default else None

    @property
    def reason(self) -> str:
        return f"dictionary: {self.source_name}" if self.basis == "dictionary" else self.source_name

    def _latest(self) -> Role | None:
        if not self.roles:
            return None
        return max(self.roles, key=lambda r: (r.end or "9999", r.start))

    def standing(self, day: str | None) -> Standing:
        """The actor's country, sector and office on ``day`` (ISO), with the reason.

        Without a day the source's horizon is used. An open-ended role counts
        only up to the day its source last confirms (the horizon): after it the
        source cannot say whether the role still holds, so the country stays and
        the sector goes, unless another source says the role ended.
        """
        src = self.reason
        if not self.roles:
            country, sector = self.default or (None, None)
            return Standing(country, sector, self.office, None, src)
        when = day or self.horizon or "9999-12-31"
        undated = "" if day else " (article date unknown)"
        held = [r for r in self.roles if r.holds(when)]
        sure = [r for r in held if r.end or when <= (r.confirmed or self.horizon or when)]
        if sure:
            role = max(sure, key=lambda r: r.start)
            what = role.office or role.sector or "role"
            span = f"{role.start or '…'} to {role.end or role.confirmed or self.horizon or '…'}"
            why = f"{src}: {what} {span}{undated}"
            return Standing(role.country, role.sector, role.office, role.state, why)
        ended = [r for r in self.roles if r.end and r.end < when]
        open_roles = [r for r in held if not r.end]
        last = max(ended, key=lambda r: r.end) if ended else None
        if open_roles and (
            last is None or last.end < max(r.confirmed or self.horizon for r in open_roles)
        ):
            role = max(open_roles, key=lambda r: r.start)
            seen = role.confirmed or self.horizon
            why = f"{src}: role confirmed to {seen}, not on {when}; country only"
            return Standing(role.country, None, None, None, why)
        if last is not None:
            if self.default is not None and self.default[0] == last.country:
                country, sector = self.default
            else:
                country = last.country
                sector = "ELI" if last.sector in STATE_SECTORS else None
            what = last.office or last.sector or "role"
            why = f"{src}: former {what} (to {last.end}){undated}"
            return Standing(country, sector, None, None, why)
        first = min(self.roles, key=lambda r: r.start or "0000")
        why = f"{src}: before any role (from {first.start}); country only"
        return Standing(first.country, None, None, None, why)


def _role(text: str) -> Role:
    country, sector, start, end, *rest = text.split(",")
    office, state, party, portfolio = [*rest, "", "", "", ""][:4]
    return Role(
        country or None,
        sector or None,
        start,
        end,
        office or None,
        state or None,
        party or None,
        portfolio=portfolio or None,
    )


class Table:
    """One bundled table, indexed by name key; rows become :class:`Entry` objects on first use.

    Reading is a split per line and a dict insert per name, so the 24,000
    PETRARCH2 rows load in a fraction of the time full parsing would take.
    """

    def __init__(self, raw: str) -> None:
        lines = raw.split("\n")
        header = json.loads(lines[0])
        self.source: str = header.get("source", "")
        self.horizon: str = header.get("horizon", "")
        self._rows: list[list[str]] = []
        self._entries: dict[int, Entry] = {}
        self.index: dict[str, list[int]] = {}
        for line in lines[1:]:
            if not line:
                continue
            cols = line.split("\t")
            n = len(self._rows)
            self._rows.append(cols)
            for key in cols[3].split("|"):
                if key:
                    self.index.setdefault(key, []).append(n)
            for key in cols[3].split("|"):
                bare = without_initials(key) if key.endswith(")") else None
                if bare is not None and bare not in self.index:
                    self.index[bare] = [n]

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, n: int) -> Entry:
        found = self._entries.get(n)
        if found is None:
            found = self._entries[n] = self._build(self._rows[n])
        return found

    def get(self, key: str) -> list[Entry]:
        """The entries a name key names (usually one)."""
        return [self.entry(n) for n in self.index.get(key, ())]

    def entries(self) -> Iterable[Entry]:
        return (self.entry(n) for n in range(len(self._rows)))

    def surnames(self, family_first: frozenset[str] = frozenset()) -> dict[str, list[int]]:
        """Rows of people with dated roles, by the last word of each of their names, and also
        by the first word for people whose roles are in a country of ``family_first`` (where
        the family name comes first: "Wang Yi")."""
        out: dict[str, list[int]] = {}
        for n, cols in enumerate(self._rows):
            if cols[1] != "person" or len(cols) < 5 or not cols[4]:
                continue
            keys = [k for k in cols[3].split("|") if " " in k]
            words = {k.rsplit(" ", 1)[-1] for k in keys}
            if family_first and {r.split(",", 1)[0] for r in cols[4].split(";")} & family_first:
                words |= {k.split(" ", 1)[0] for k in keys}
            for w in words:
                out.setdefault(w, []).append(n)
        return out

    def first_words(
        self, family_first: frozenset[str] = frozenset()
    ) -> tuple[dict[str, list[str]], dict[str, int]]:
        """The first words of people's full names, each with the genders of those people
        (empty strings where the row gives none), and how often each word occurs in the names
        of entries that are not people: the evidence :mod:`communique.actors.given` reads
        given names from. People with a role in a country of ``family_first`` are left out:
        their names start with the family name ("Kim Jong Un"), which is counted as a word of
        other entries, heavily enough that it never passes for a given name."""
        people: dict[str, list[str]] = {}
        others: dict[str, int] = {}
        for cols in self._rows:
            words = cols[3].split("|", 1)[0].split()  # the first name key: already folded
            if cols[1] == "person":
                roles = cols[4] if len(cols) > 4 else ""
                if family_first and {r.split(",", 1)[0] for r in roles.split(";")} & family_first:
                    for w in words[:1]:
                        others[w] = others.get(w, 0) + len(words)  # a family name: never given
                    continue
                if len(words) >= 2:
                    people.setdefault(words[0], []).append(cols[2] if len(cols) > 2 else "")
            else:
                for w in words:
                    others[w] = others.get(w, 0) + 1
        return people, others

    def affiliations(self) -> dict[str, int]:
        """Rows of parties by the words that mark a member ("Republican")."""
        return {
            w: n
            for n, cols in enumerate(self._rows)
            if len(cols) > 8
            for w in cols[8].split("|")
            if w
        }

    def _build(self, cols: list[str]) -> Entry:
        name, kind, gender, names, roles, default, src, ident, affiliation = (cols + [""] * 9)[:9]
        d = default.split(",") if default else None
        return Entry(
            name=name,
            kind=kind or "person",
            identifier=ident or "phoenix:" + name_key(name).replace(" ", "_"),
            source=src or "communique",
            horizon=self.horizon,
            gender=gender or None,
            roles=tuple(_role(r) for r in roles.split(";") if r),
            default=(d[0] or None, d[1] or None) if d else None,
            affiliation=tuple(a for a in affiliation.split("|") if a),
            names=tuple(k for k in names.split("|") if k),
        )


#: Short words an organisation's initials may leave out ("Liberation Tigers of Tamil Eelam": LTTE)
_UNINITIALLED = frozenset({"of", "the", "and", "for", "in", "on", "to", "a"})


def without_initials(key: str) -> str | None:
    """A dictionary name that carries its own initials in parentheses, without them:
    "liberation tigers of tamil eelam (ltte)" -> "liberation tigers of tamil eelam". PETRARCH2
    writes some bodies' names so ("KU_KLUX_KLAN_(KKK)_"), and news writes the name alone or
    the initials after it; the name alone names the body as well. None for any other key,
    among them a parenthesis that tells places apart ("national liberation army (colombia)"),
    which the name alone does not. Words are compared as name keys, so a hyphenated name
    ("Lashkar-E-Taiba (Let)", a display name) is read as the key "lashkar e taiba (let)" is."""
    head, sep, inside = key[:-1].rpartition(" (")
    if not sep or " " in inside or not head:
        return None
    words = name_key(head).split(" ")  # "lashkar-e-taiba (let)": hyphens part words
    every = "".join(w[0] for w in words)
    main = "".join(w[0] for w in words if w not in _UNINITIALLED)
    return head if inside in (every, main) else None


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if any(c in text for c in "\t\n|;"):
        raise ValueError(f"a table cell cannot hold a tab, newline, '|' or ';': {text!r}")
    return text


def write_table(entries: Iterable[dict[str, Any]], path: Path, header: dict[str, Any]) -> None:
    """Write rows (dicts with the :data:`FIELDS` keys) as a bundled table, reproducibly.

    Used by the build scripts. One JSON header line, then one tab-separated
    line per actor: lists are joined with "|", roles with ";" and a role's
    fields with ","; ``id`` is left empty where it is the default
    ``phoenix:<name words>``.
    """
    lines = [json.dumps({**header, "fields": [*FIELDS, "affiliation"]}, sort_keys=True)]
    for r in entries:
        ident = r.get("id")
        if ident == "phoenix:" + name_key(str(r["name"])).replace(" ", "_"):
            ident = None
        roles = ";".join(",".join(_cell(x).replace(",", " ") for x in role) for role in r["roles"])
        cells = [
            _cell(r["name"]),
            _cell(r["kind"]),
            _cell(r.get("gender")),
            "|".join(_cell(n) for n in r["names"]),
            roles,
            ",".join(_cell(x) for x in r["default"]) if r.get("default") else "",
            _cell(r.get("src")),
            _cell(ident),
            "|".join(_cell(a) for a in r.get("affiliation") or ()),
        ]
        lines.append("\t".join(cells).rstrip("\t"))
    text = "\n".join(lines) + "\n"
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def bundled_text(name: str) -> str:
    """A data file shipped in ``communique.data``, gunzipped when its name ends in .gz."""
    raw = resources.files("communique.data").joinpath(name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")
