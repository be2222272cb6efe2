"""Given names, read from the people of the bundled dictionaries.

A name's first word tells two things the model's label may miss: that the
words are a person's name at all ("Derek Darnell Ford", tagged as an
organisation), and, often, the person's gender, which a pronoun must agree
with ("Kellyanne Conway ... he" is not Conway). Both come from the dated
actor tables the package already ships (PETRARCH2 Phoenix, the US Congress
and executive): a word is a given name when it starts the full names of
:data:`MIN_PEOPLE` people or more and rarely occurs in the names of
organisations, groups or countries ("Morgan" starts people's names and
banks' names alike); its gender is the one every person of that first name
with a known gender has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from communique.actors.dictionary import Table
from communique.actors.names import HONORIFICS, NAME_PARTICLES

#: People whose full names must start with a word before it counts as a given name.
MIN_PEOPLE = 2
#: A word used in other entries' names at least once per this many people it names is
#: a word of organisations as much as a given name ("Al", "Abu", "Morgan").
PEOPLE_PER_OTHER = 4


@dataclass(frozen=True, slots=True)
class GivenNames:
    """Given names (name keys) and the gender of those the tables agree on."""

    names: frozenset[str]
    genders: dict[str, str]

    def __contains__(self, word: str) -> bool:
        return word in self.names

    def gender(self, word: str) -> str | None:
        """ "m" or "f" for a given name every gendered bearer in the tables shares, else None."""
        return self.genders.get(word)


def given_names(
    tables: Iterable[Table],
    never: frozenset[str] = frozenset(),
    family_first: frozenset[str] = frozenset(),
) -> GivenNames:
    """The given names of ``tables``' people; ``never`` are words that are no given name
    whatever the tables hold (title abbreviations, words that are never names), and the
    people of ``family_first`` countries are left out (their names start with the family
    name)."""
    people: dict[str, list[str]] = {}
    others: dict[str, int] = {}
    for table in tables:
        found, other = table.first_words(family_first)
        for word, genders in found.items():
            people.setdefault(word, []).extend(genders)
        for word, n in other.items():
            others[word] = others.get(word, 0) + n
    skip = HONORIFICS | NAME_PARTICLES | never
    names: set[str] = set()
    genders: dict[str, str] = {}
    for word, held in people.items():
        if len(word) < 2 or not word.isalpha() or word in skip:
            continue
        if len(held) < MIN_PEOPLE or others.get(word, 0) * PEOPLE_PER_OTHER >= len(held):
            continue
        names.add(word)
        known = {g for g in held if g}
        if len(known) == 1:
            genders[word] = known.pop()
    return GivenNames(frozenset(names), genders)
