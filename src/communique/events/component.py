"""The event stage (``communique_events``) as a spaCy component.

Codes the PLOVER events of each Doc (:func:`~communique.events.code_events`):
participants are resolved through the actor index ``communique_actors`` left
on ``doc._.communique_actor_index``, each event is linked to the quotation
that claims it (``doc._.quotes``; with no quote stage in the pipeline, no
event is claimed), and dates and places are read against the publication
date and dateline ``communique_article`` found. Results go to ``doc._.events``;
CQ107 goes to ``doc._.communique_warnings`` when relative dates could not be
resolved for want of a publication date.

Settings (spaCy config): ``user_lexicon``, a TSV file in the columns of the
bundled ``data/event_lexicon.tsv.gz`` whose rows are read before the bundled
ones (so its patterns win ties; see :mod:`communique.events.lexicon`).
``nlp.to_disk`` saves that file with the component and ``spacy.load`` reads
it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.errors import warning
from communique.events import settings as settings_mod
from communique.events.coder import code_events
from communique.extensions import actor_index, add_warnings, required
from communique.settings import absent_file, check_ready, save_user_files, saved_user_files
from communique.time_place.dates import NEEDS_PUBLICATION

NAME = "communique_events"


class EventStage:
    """PLOVER events of each Doc, with this component's lexicon active."""

    def __init__(
        self,
        nlp: Language,
        name: str = NAME,
        *,
        user_lexicon: str | None = None,
    ) -> None:
        self.name = name
        files = {"user_lexicon": user_lexicon}
        #: A file the config names that is not there; ``from_disk`` may still supply it.
        self.missing = absent_file(name, **files)
        if self.missing is not None:
            files = {}
        self.settings = settings_mod.build(**files)

    def __call__(self, doc: Doc) -> Doc:
        check_ready(self)
        index = actor_index(doc, self.name)
        required(doc, "headings", self.name, "communique_article")
        published = doc._.published
        with settings_mod.ACTIVE.using(self.settings):
            events = code_events(
                doc, index, doc._.quotes or [], published=published, dateline=doc._.dateline
            )
        doc._.events = events
        if published is None and any(
            e.date_reason and NEEDS_PUBLICATION in e.date_reason for e in events
        ):
            # "on Tuesday" with no publication date: say once why those events have no date.
            add_warnings(doc, [warning("CQ107")])
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the user's lexicon files (the bundled lexicon ships with the package)."""
        check_ready(self)
        save_user_files(path, self.settings.user_files)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EventStage:
        """Rebuild the lexicon from the bundled one and the saved files."""
        self.settings = settings_mod.from_files([f for f, _ in saved_user_files(path)])
        self.missing = None
        return self


@Language.factory(
    NAME,
    default_config={"user_lexicon": None},
    requires=[
        "token.dep",
        "token.lemma",
        "token.tag",
        "doc.ents",
        "doc.sents",
        "doc._.communique_actor_index",
        "doc._.published",
        "doc._.dateline",
    ],
    assigns=["doc._.events", "doc._.communique_warnings"],
)
def make_event_stage(nlp: Language, name: str, user_lexicon: str | None) -> EventStage:
    """The ``communique_events`` component (settings: see the module docstring)."""
    return EventStage(nlp, name, user_lexicon=user_lexicon)
