"""communique as a spaCy component: ``nlp.add_pipe("communique")``.

Adds ``doc._.actors``, ``doc._.quotes``, ``doc._.events`` and
``doc._.communique_warnings`` to
every Doc, computed by the same :func:`communique.pipeline.analyse` the command
line uses. Put it last: it reads the parse and the entities.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.actors import ActorDictionary
from communique.pipeline import analyse
from communique.read.dateline import find_dateline

for _name in ("actors", "quotes", "events", "communique_warnings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class CommuniqueComponent:
    """Finds actors and attributed quotations on each Doc."""

    def __init__(self, nlp: Language, name: str, actors_file: str | None = None) -> None:
        self.name = name
        dictionary = ActorDictionary.default()
        if actors_file:
            dictionary = dictionary.extended(Path(actors_file))
        self.dictionary = dictionary

    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(doc.text)
        actors, quotes, events, warnings = analyse(doc, self.dictionary, dateline=dateline)
        doc._.actors = actors
        doc._.quotes = quotes
        doc._.events = events
        doc._.communique_warnings = warnings
        return doc


@Language.factory(
    "communique",
    default_config={"actors_file": None},
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.actors", "doc._.quotes", "doc._.events", "doc._.communique_warnings"],
)
def make_communique(nlp: Language, name: str, actors_file: str | None) -> CommuniqueComponent:
    """Factory registered with spaCy (also via the ``spacy_factories`` entry point)."""
    return CommuniqueComponent(nlp, name, actors_file)
