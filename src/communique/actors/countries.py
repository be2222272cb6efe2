"""Countries by name, alias, demonym, capital and metonym; US states for titles.

Read from ``data/countries.json`` (built by ``scripts/build_actor_data.py``).
Short all-capital aliases ("US", "UK") are matched case-sensitively so that
the pronoun "us" is never the United States; every entry needs a capital
letter, so "turkey" is a bird.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from communique.actors.names import fold
from communique.answers import Answers
from communique.entity_labels import LAND_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Place:
    """A country-table hit: a name, demonym, capital, metonym or state of a country."""

    iso3: str
    country_name: str
    sector: str | None  # GOV for capitals, the body's sector for metonyms
    how: str  # "country" | "demonym" | "capital" | "metonym" | "state" | "place"
    #: a state of a federation named with the word "State" ("Kano State"): a governed unit
    #: the parser may label as a body
    governed: bool = False


def named_as_place(place: Place, label: str) -> bool:
    """Does a country-table hit name the country here? A country's own name, demonym,
    capital or metonym always does; one of its other names (a province, a former name,
    many of them also surnames: "Castile", "Scot") only where the parser labels it a place
    or has no label for it. A federation's state named with the word "State" ("Kano State")
    is no one's surname, and the parser often labels it a body (ORG), as it is one: its
    government ("the Kano State government imposed a curfew")."""
    if place.how != "place" or not label or label in LAND_LABELS:
        return True
    return place.governed and label == "ORG"


def label_of(last: Token) -> str:
    """The parser's entity label for words ending at ``last``, to weigh with :func:`named_as_place`.

    A label names its whole span: words that end where their entity ends carry it ("Castile"
    of the PERSON "Philando Castile"), but a word inside a longer name is only part of what
    the label is about ("Darfur" of "Darfur Governor ..." tagged as one PERSON, a region in
    an organisation's name), so it gets none. A possessive ending ("'s") ends a name.
    """
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_iob_ == "I" and not nxt.is_punct and nxt.tag_ != "POS":
        return ""
    return last.ent_type_


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
    """Countries by name, alias, demonym, capital and metonym, plus US states.

    States are kept apart (:meth:`state`): a state names where a senator or a
    police force belongs ("Ohio congresswoman", "New Jersey police"), never an
    actor of its own here.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.names: dict[str, str] = {}
        self._lower: dict[str, Place] = {}
        self._exact: dict[str, Place] = {}
        self._states: dict[str, Place] = {}
        self._postal: dict[str, Place] = {}
        #: What :meth:`get` and :meth:`state` answered, by text
        self._got: Answers[str, Place | None] = Answers()
        self._stated: Answers[str, Place | None] = Answers()
        #: a clipped name ending several countries' longer names, by key: those countries
        self._clipped: dict[str, frozenset[str]] = {}
        cap_sector = data.get("capital_sector", "GOV")
        # the countries whose longer names end in these words ("congo": COD, COG)
        endings: dict[str, set[str]] = {}
        for row in data["countries"]:
            iso3, name = row["iso3"], row["name"]
            self.names[iso3] = name
            for n in row["names"]:
                self._add(n, Place(iso3, name, None, "country"))
                words = norm(n).split(" ")
                for i in range(1, len(words)):
                    endings.setdefault(" ".join(words[i:]), set()).add(iso3)
            for d in row["demonyms"] + row["plurals"]:
                self._add(d, Place(iso3, name, None, "demonym"))
            for c in row["capitals"]:
                self._add(c, Place(iso3, name, cap_sector, "capital"))
            for p in [*row.get("federal_states", []), *row.get("provinces", [])]:
                # before the other names: a state or province both list is a governed unit
                self._add(p, Place(iso3, name, None, "place", governed=True))
            for p in row.get("places", []):
                # former names, spellings, provinces PETRARCH2 codes as the country
                self._add(p, Place(iso3, name, None, "place"))
        for m in data["metonyms"]:
            iso3 = m["country"]
            self._add(m["text"], Place(iso3, self.names.get(iso3, iso3), m["sector"], "metonym"))
        for s in data.get("states", []):
            place = Place(s["country"], s["name"], None, "state")
            self._states.setdefault(fold(s["name"]), place)
            for n in s.get("abbreviations", []):
                # with its periods: "La." is Louisiana, "La" is an article ("La Prensa")
                self._states.setdefault(fold(n).replace(" ", ""), place)
            if s.get("postal"):
                self._postal[s["postal"]] = place
        for key, place in self._lower.items():
            owners = endings.get(key, set())
            if place.how == "country" and key != norm(place.country_name) and len(owners) > 1:
                self._clipped[key] = frozenset(owners)

    def clipped(self, text: str) -> frozenset[str]:
        """The countries whose longer names end in ``text`` when ``text`` is a clipped name,
        not its own country's name, that ends several such names: "Congo" (Republic of Congo,
        Democratic Republic of Congo), "Korea" (Republic of Korea, North Korea). The table
        gives it to one of them; which one a story means, its fuller name tells. Empty for
        any other text ("Sudan" is the Sudan's own name, though South Sudan ends in it)."""
        return self._clipped.get(norm(text), frozenset())

    def _add(self, text: str, place: Place) -> None:
        bare = text.replace(".", "")
        if bare.isupper() and len(bare) <= 4:
            self._exact.setdefault(text, place)
            self._exact.setdefault(text.replace(".", ""), place)
        else:
            self._lower.setdefault(norm(text), place)

    def get(self, text: str) -> Place | None:
        """The place ``text`` names, or None. Needs a capital letter, as names do.

        Remembered per text (the table does not change once built): the title and name rules
        try every part of a phrase, and an article asks for the same words many times.
        """
        return self._got.ask(text, self._get)

    def _get(self, text: str) -> Place | None:
        t = " ".join(text.split())
        if t.lower().startswith("the "):
            t = t[4:]
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        if not t or not t[0].isupper():
            return None
        hit = self._exact.get(t)
        if hit is not None:
            return hit
        return self._lower.get(norm(t))

    def state(self, text: str) -> Place | None:
        """The US state ``text`` names ("Ohio", "N.J.", "Calif."), or None; capitalised only.
        Remembered per text, as :meth:`get` is."""
        return self._stated.ask(text, self._state)

    def _state(self, text: str) -> Place | None:
        t = " ".join(text.split())
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        if not t or not t[0].isupper():
            return None
        return self._states.get(fold(t)) or self._states.get(fold(t).replace(" ", ""))

    def postal(self, code: str) -> Place | None:
        """The US state of a two-letter postal code ("OH"), for "(R-OH)" after a name."""
        return self._postal.get(code)
