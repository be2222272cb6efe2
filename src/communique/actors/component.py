"""The actor stage (``communique_actors``) as a spaCy component.

Builds the article's :class:`~communique.actors.ActorIndex` from the parse and
the entities and leaves it on ``doc._.communique_actor_index``; the quote and
event stages link speakers and participants through it, and ``doc._.actors``
reads the actors from it. From ``communique_article`` it takes the dateline,
which is skipped (it says where a story was filed, not who acts in it) and
whose place may tell the story's country, and the publication date, which
dates dictionary roles. Mentions that could not be resolved are warnings
(CQ120) on ``doc._.communique_warnings``.

Settings (spaCy config): ``actors_file``, a YAML file of the user's own actors
that extends the bundled dictionary (``docs/actors.md``); ``dictionaries``,
the bundled dated tables to use (``["us_congress", "phoenix"]``);
``story_default``, whether an official named only by office, or a party described
only by a domestic role, takes the country of a story about one country; and the
distances ``pronoun_sentences``, ``collective_sentences``, ``cataphora_sentences``
and the ``city_population`` above which a one-word "person" that is a city's name
is a place (see :class:`~communique.actors.settings.ActorSettings`). ``nlp.to_disk`` saves a
copy of the actors file with the component, and ``spacy.load`` reads the
copy back, so a saved pipeline keeps the entries it was built with.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.actors.find import find_actors
from communique.actors.settings import DEFAULT, ActorSettings
from communique.actors.tables import ActorDictionary
from communique.errors import CommuniqueError
from communique.extensions import add_warnings, required
from communique.settings import (
    UserFile,
    absent_file,
    check_ready,
    read_user_file,
    save_user_files,
    saved_user_files,
)

NAME = "communique_actors"


class ActorStage:
    """Finds each Doc's actors with the bundled dictionary plus the user's file."""

    def __init__(
        self,
        nlp: Language,
        name: str = NAME,
        *,
        actors_file: str | None = None,
        settings: ActorSettings = DEFAULT,
    ) -> None:
        self.name = name
        self.settings = settings
        self.dictionary = ActorDictionary.default(settings.dictionaries)
        #: The user's file, kept whole: what ``to_disk`` saves.
        self.user_files: list[UserFile] = []
        #: A file the config names that is not there; ``from_disk`` may still supply it.
        self.missing = absent_file(name, actors_file=actors_file)
        if actors_file and self.missing is None:
            self._extend(Path(actors_file))

    def _extend(self, path: Path) -> None:
        # CQ303 when the file is malformed: a set-up error to fix before a run.
        self.dictionary = self.dictionary.extended(path)
        self.user_files.append(
            read_user_file("actors_file", path, component=self.name, what="actor file")
        )

    def __call__(self, doc: Doc) -> Doc:
        check_ready(self)
        required(doc, "headings", self.name, "communique_article")
        dateline = doc._.dateline
        index = find_actors(
            doc,
            self.dictionary,
            skip=dateline.span if dateline else None,
            day=doc._.published,
            place=dateline.place if dateline else None,
            settings=self.settings,
        )
        doc._.communique_actor_index = index
        add_warnings(doc, index.warnings)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the user's actor file (the bundled dictionary ships with the package)."""
        check_ready(self)
        save_user_files(path, self.user_files)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ActorStage:
        """Rebuild the dictionary from the bundled one and the saved file."""
        self.dictionary = ActorDictionary.default(self.settings.dictionaries)
        self.user_files = []
        self.missing = None
        for _, where in saved_user_files(path):
            # Read under its own name: the entries' reasons cite the user's file.
            self._extend(where)
        return self


@Language.factory(
    NAME,
    default_config={
        "actors_file": None,
        "dictionaries": list(DEFAULT.dictionaries),
        "story_default": DEFAULT.story_default,
        "pronoun_sentences": DEFAULT.pronoun_sentences,
        "collective_sentences": DEFAULT.collective_sentences,
        "cataphora_sentences": DEFAULT.cataphora_sentences,
        "city_population": DEFAULT.city_population,
    },
    requires=[
        "doc.ents",
        "token.dep",
        "token.tag",
        "doc._.dateline",
        "doc._.published",
        "doc._.headings",
    ],
    assigns=["doc._.communique_actor_index", "doc._.actors", "doc._.communique_warnings"],
)
def make_actor_stage(
    nlp: Language,
    name: str,
    actors_file: str | None,
    dictionaries: list[str],
    story_default: bool,
    pronoun_sentences: int,
    collective_sentences: int,
    cataphora_sentences: int,
    city_population: int,
) -> ActorStage:
    """The ``communique_actors`` component; ``actors_file`` extends the bundled dictionary."""
    try:
        settings = ActorSettings(
            dictionaries=tuple(dictionaries),
            story_default=story_default,
            pronoun_sentences=pronoun_sentences,
            collective_sentences=collective_sentences,
            cataphora_sentences=cataphora_sentences,
            city_population=city_population,
        )
    except ValueError as exc:
        raise CommuniqueError(
            "CQ326", component=name, setting="dictionaries", error=str(exc)
        ) from exc
    return ActorStage(nlp, name, actors_file=actors_file, settings=settings)
