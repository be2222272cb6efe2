"""Actors: who speaks or acts in an article, once each, with country and sector codes.

``find_actors(doc)`` builds an :class:`ActorIndex` from a parsed spaCy Doc;
the quotes room then calls :meth:`ActorIndex.link` on the spans its grammar
picks as speakers and addressees, which adds those mentions (pronouns,
descriptions) to the right actor. :class:`ActorDictionary` holds the bundled
lexicons (country table, PETRARCH2 actors, agent nouns) and a user's YAML
additions. See ``docs/actors.md``.
"""

from __future__ import annotations

from communique.actors.find import ActorIndex, find_actors
from communique.actors.tables import ActorDictionary, Entry, Place, Role

__all__ = ["ActorDictionary", "ActorIndex", "Entry", "Place", "Role", "find_actors"]
