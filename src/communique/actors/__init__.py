"""Actors: who speaks or acts in an article, once each, with codes resting on evidence.

``find_actors(doc)`` builds an :class:`ActorIndex` from a parsed spaCy Doc;
the quotes room then calls :meth:`ActorIndex.link` on the spans its grammar
picks as speakers and addressees, which adds those mentions (pronouns,
descriptions, documents) to the right actor, and the events room resolves
participants through the same public methods. :class:`ActorDictionary`
holds the bundled lexicons (countries, roles and titles, the dated actor
tables) and a user's YAML additions. See ``docs/actors.md``.

The modules, in the order data flows: :mod:`.names` (how names compare),
:mod:`.countries`, :mod:`.roles`, :mod:`.dictionary` and :mod:`.tables` (the
lexicons), :mod:`.mentions` (finding mentions), :mod:`.titles` (reading
titles), :mod:`.people`, :mod:`.entities`, :mod:`.descriptions` and
:mod:`.linking` (resolving mentions), :mod:`.coding` (deciding codes),
:mod:`.index` (the actors of one article) and :mod:`.find` (putting it together).
"""

from __future__ import annotations

from communique.actors.dictionary import Entry, Role
from communique.actors.find import find_actors
from communique.actors.index import ActorIndex
from communique.actors.tables import ActorDictionary, Place, RoleHit

__all__ = ["ActorDictionary", "ActorIndex", "Entry", "Place", "Role", "RoleHit", "find_actors"]
