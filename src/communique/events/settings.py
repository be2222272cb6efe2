"""The event stage's settings: the event lexicon in force.

The bundled lexicon (``data/event_lexicon.tsv.gz`` and ``data/events.yaml``,
:mod:`communique.events.lexicon`), extended by the user's TSV file named in
the ``communique_events`` component's ``user_lexicon`` setting, and read by
the coder's helpers through :data:`ACTIVE` (the bundled lexicon outside a
component; see :mod:`communique.settings`).

To add a setting: a field on :class:`EventSettings` (with its default), built
in :func:`from_files`, the same name, type and default in the component's
``default_config`` and factory arguments (:mod:`communique.events.component`),
and ``ACTIVE.get().<name>`` where the coder decides.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import CommuniqueError
from communique.settings import Active, UserFile, read_user_file

if TYPE_CHECKING:
    from communique.actors.settings import ActorSettings
    from communique.actors.tables import ActorDictionary
    from communique.events.lexicon import Lexicon

COMPONENT = "communique_events"
#: Columns a user lexicon must have (the others default to empty).
REQUIRED_COLUMNS = ("kind", "lemma", "code")


@dataclass(frozen=True, slots=True)
class EventSettings:
    """What the event coder decides with: the lexicon, and the user's files behind it."""

    lexicon: Lexicon
    user_files: tuple[UserFile, ...] = ()


@lru_cache(maxsize=1)
def bundled() -> EventSettings:
    """The settings of the default pipeline: the bundled lexicon, read once per process."""
    from communique.events.lexicon import load_lexicon

    return EventSettings(load_lexicon())


def build(*, user_lexicon: str | Path | None = None) -> EventSettings:
    """Settings with the rows of the user's TSV ``user_lexicon`` before the bundled ones."""
    files = []
    if user_lexicon is not None:
        files.append(
            read_user_file("user_lexicon", user_lexicon, component=COMPONENT, what="event lexicon")
        )
    return from_files(files)


def from_files(files: Sequence[UserFile]) -> EventSettings:
    """Settings from the bundled lexicon and the user's files (as :func:`build` reads them)."""
    if not files:
        return bundled()
    from communique.events.lexicon import load_lexicon

    user = {f.role: f for f in files}["user_lexicon"]

    def bad(error: str) -> CommuniqueError:
        return CommuniqueError(
            "CQ321", component=COMPONENT, name="event lexicon", path=user.name, error=error
        )

    try:
        text = user.data.decode("utf-8")
        columns = next(csv.reader([text.split("\n", 1)[0]], delimiter="\t"), [])
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise bad(f"a tab-separated table needs the columns {', '.join(missing)}")
        return EventSettings(load_lexicon(user_text=text), tuple(files))
    except (UnicodeDecodeError, csv.Error, KeyError, ValueError) as exc:
        raise bad(f"not a lexicon table in the bundled columns ({exc})") from exc


#: The settings in force: the running ``communique_events`` component's, else the bundled ones.
ACTIVE: Active[EventSettings] = Active("communique.events", bundled)


def _bundled_dictionary() -> ActorDictionary:
    from communique.actors.tables import ActorDictionary

    return ActorDictionary.default()


#: The actor dictionary of the Doc being coded: the one its actor index was built with (the
#: bundled tables plus the user's actor file), so that the coder's own look-ups (is this name
#: an armed group's, a city's or a person's?) agree with the actors the pipeline resolved.
#: Outside the coder, the bundled dictionary.
DICTIONARY: Active[ActorDictionary] = Active("communique.events.dictionary", _bundled_dictionary)


def _default_actor_settings() -> ActorSettings:
    from communique.actors.settings import DEFAULT

    return DEFAULT


#: The actor stage's settings the Doc's actors were resolved with, for the coder's look-ups that
#: weigh a name as the actor stage does (``city_population``: how big a city must be for its own
#: name to be a place). Outside the coder, the defaults.
ACTOR_SETTINGS: Active[ActorSettings] = Active(
    "communique.events.actor_settings", _default_actor_settings
)
