"""The actor stage's settings: which dictionaries, which defaults, how far to look.

Set in the ``communique_actors`` component's config (spaCy's config system) and
carried by the article's :class:`~communique.actors.ActorIndex`, so every part
of resolution reads the same values; :data:`DEFAULT` outside a component.
Distances are counted in sentences; none of them was fitted to evaluation
data (they are the usual reach of a pronoun, a definite description and a
headline in news writing).
"""

from __future__ import annotations

from dataclasses import dataclass

#: The bundled dated actor tables by name, most recent source first.
TABLES = {"us_congress": "actors_us.tsv.gz", "phoenix": "actors_phoenix.tsv.gz"}


@dataclass(frozen=True, slots=True)
class ActorSettings:
    """What actor resolution decides with.

    ``dictionaries``: the bundled tables used, of :data:`TABLES`. ``story_default``:
    give an official named only by a national office, or a party described only
    by a domestic role ("rebels"), the country of a story about one country
    (``basis: inferred``). ``pronoun_sentences``: how many
    sentences back a pronoun looks for its actor. ``collective_sentences``: how
    far back "the alliance" looks for its organisation. ``cataphora_sentences``:
    how far after a description ("Ohio congresswoman" in a headline) its person
    may first be named. ``city_population``: a one-word "person" that is the
    own name of a city this large is a place.
    """

    dictionaries: tuple[str, ...] = ("us_congress", "phoenix")
    story_default: bool = True
    pronoun_sentences: int = 3
    collective_sentences: int = 6
    cataphora_sentences: int = 3
    city_population: int = 100_000

    def __post_init__(self) -> None:
        unknown = [name for name in self.dictionaries if name not in TABLES]
        if unknown:
            raise ValueError(f"unknown actor dictionaries {unknown}; choose from {list(TABLES)}")


DEFAULT = ActorSettings()
