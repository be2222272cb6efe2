"""How names are compared: one key per way of writing a name.

Articles write the same name in many ways: "De Blasio" and "de Blasio",
"O’Rourke" and "O'Rourke", "Vučić" and "Vucic", "Ban Ki-moon" and "Ban Ki
Moon", "Antony J. Blinken" and "Antony J Blinken". :func:`name_key` maps all of
them to one key; the build scripts key the bundled dictionaries with the same
function, so a lookup is one dict access.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Apostrophes and quotation-like marks written inside names.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
#: Hyphens and dashes inside names: "Ki-moon", "al-Assad".
_HYPHENS = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " "})

#: Honorifics that are not part of a name ("Mr. Obama" is Obama).
HONORIFIC_MALE = frozenset({"mr", "sir", "lord", "monsieur", "herr", "senor", "señor"})
HONORIFIC_FEMALE = frozenset(
    {"ms", "mrs", "miss", "dame", "lady", "madam", "madame", "mme", "frau", "senora", "señora"}
)
HONORIFICS = HONORIFIC_MALE | HONORIFIC_FEMALE | frozenset({"dr", "prof", "rev"})

#: Lower-case particles inside personal names ("Ursula von der Leyen").
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
     "bin", "al", "el", "ibn", "ter", "zu"}
)  # fmt: skip

#: Generational suffixes that do not change who is meant.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, with straight apostrophes: "Vučić" -> "vucic"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_words(text: str) -> list[str]:
    """The words of a name as compared: folded, no periods, hyphens as spaces.

    A possessive ending is dropped ("Clinton's" -> "clinton") and so is a
    leading "the".
    """
    return list(_name_words(text))


# The name functions are pure and called for every mention and every dictionary probe of
# an article, mostly with the same few hundred strings: they are remembered (bounded).
@lru_cache(maxsize=1 << 16)
def _name_words(text: str) -> tuple[str, ...]:
    t = fold(text).translate(_HYPHENS).replace(".", " ").replace(",", " ")
    words = t.split()
    if words and words[0] == "the":
        words = words[1:]
    if words:
        last = words[-1]
        if last.endswith("'s"):
            words[-1] = last[:-2]
        elif last.endswith("'"):
            words[-1] = last[:-1]
        if not words[-1]:
            words.pop()
    return tuple(words)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The lookup key of a name: ``name_words`` joined by single spaces."""
    return " ".join(_name_words(text))


def person_words(text: str) -> list[str]:
    """The words that identify a person: honorifics and suffixes dropped."""
    return list(_person_words(text))


@lru_cache(maxsize=1 << 16)
def _person_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _name_words(text) if w not in HONORIFICS and w not in SUFFIXES)


#: Words left out of an organisation's initials ("Organization of American States" -> OAS).
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "del", "la", "&"})


def initials(name: str) -> tuple[str, ...]:
    """The capital initials of a name's words, small words left out: ("O", "A", "S")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in INITIALS_SKIP]
    return tuple(w[:1].upper() for w in words)
