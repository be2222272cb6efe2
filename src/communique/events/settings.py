"""The event stage's settings: the trigger lexicon in force.

Built from ``data/events.yaml`` or the user's replacement and additions named
in the ``communique_events`` component's config, and read by the coder's
helpers through :data:`ACTIVE` (the bundled defaults outside a component; see
:mod:`communique.settings`).

To add a setting: a field on :class:`EventSettings` (with its default), the
same name and default in the component's ``default_config`` and factory
arguments (:mod:`communique.events.component`), and ``ACTIVE.get().<name>``
where the coder decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from communique.errors import CommuniqueError
from communique.settings import Active, UserFile, read_user_file

COMPONENT = "communique_events"


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger means: a PLOVER type and, when the word says it, a mode."""

    type: str
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, dict[str, Sense]]
    nouns: dict[str, Sense]
    support: frozenset[str]
    about: frozenset[str]
    intent: dict[str, str | None]
    willing: frozenset[str]
    directive: frozenset[str]
    deny: frozenset[str]


#: Sections of the lexicon that are word lists; the others are mappings.
LIST_SECTIONS = ("support", "about", "willing", "directive", "deny")
MAP_SECTIONS = ("verbs", "nouns", "intent")


@dataclass(frozen=True, slots=True)
class EventSettings:
    """What the event coder decides with."""

    lexicon: Lexicon
    user_files: tuple[UserFile, ...] = ()


def _sense(value: object) -> Sense:
    if isinstance(value, str):
        return Sense(value)
    if isinstance(value, dict):
        return Sense(str(value["type"]), value.get("mode"))
    raise ValueError(f"bad lexicon entry: {value!r}")


def _bad(name: str, error: str) -> CommuniqueError:
    return CommuniqueError(
        "CQ321", component=COMPONENT, name="event lexicon", path=name, error=error
    )


def parse_raw(data: bytes, name: str) -> dict[str, Any]:
    """The YAML mapping of a lexicon file, its sections checked."""
    try:
        raw = yaml.safe_load(data.decode("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise _bad(name, str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    if not isinstance(raw, dict):
        raise _bad(name, "expected a mapping of sections (verbs, nouns, support, ...)")
    unknown = sorted(set(raw) - set(LIST_SECTIONS) - set(MAP_SECTIONS))
    if unknown:
        raise _bad(name, f"unknown sections {unknown}")
    for key in LIST_SECTIONS:
        if not isinstance(raw.get(key) or [], list):
            raise _bad(name, f"{key!r} must be a list of words")
    for key in MAP_SECTIONS:
        if not isinstance(raw.get(key) or {}, dict):
            raise _bad(name, f"{key!r} must be a mapping")
    for lemma, entries in (raw.get("verbs") or {}).items():
        if not isinstance(entries, dict):
            raise _bad(name, f"verb {lemma!r}: expected a mapping of particle to type")
    return raw


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` on top: word lists joined, entries added or replaced.

    A verb's senses merge particle by particle, so a user can add "pull out"
    without restating "pull back".
    """
    out = dict(base)
    for key, value in extra.items():
        if key in LIST_SECTIONS:
            out[key] = list(base.get(key) or []) + list(value or [])
        elif key == "verbs":
            verbs = dict(base.get("verbs") or {})
            for lemma, entries in (value or {}).items():
                verbs[lemma] = {**(verbs.get(lemma) or {}), **entries}
            out[key] = verbs
        else:
            out[key] = {**(base.get(key) or {}), **(value or {})}
    return out


def lexicon_from_raw(raw: dict[str, Any], name: str) -> Lexicon:
    """The lexicon a checked YAML mapping describes."""
    try:
        verbs = {
            str(lemma): {str(key): _sense(v) for key, v in entries.items()}
            for lemma, entries in (raw.get("verbs") or {}).items()
        }
        nouns = {str(k): _sense(v) for k, v in (raw.get("nouns") or {}).items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise _bad(name, f"an entry is neither a type nor {{type, mode}} ({exc})") from exc
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        support=frozenset(raw.get("support") or ()),
        about=frozenset(raw.get("about") or ()),
        intent={str(k): v for k, v in (raw.get("intent") or {}).items()},
        willing=frozenset(raw.get("willing") or ()),
        directive=frozenset(raw.get("directive") or ()),
        deny=frozenset(raw.get("deny") or ()),
    )


@lru_cache(maxsize=1)
def _bundled_raw() -> dict[str, Any]:
    data = resources.files("communique.data").joinpath("events.yaml").read_bytes()
    return parse_raw(data, "events.yaml")


@lru_cache(maxsize=1)
def bundled() -> EventSettings:
    """The settings of the default pipeline: the package's ``events.yaml``."""
    return EventSettings(lexicon_from_raw(_bundled_raw(), "events.yaml"))


def build(
    *, lexicon: str | Path | None = None, user_lexicon: str | Path | None = None
) -> EventSettings:
    """Settings with ``lexicon`` replacing the bundled lexicon and ``user_lexicon`` extending it."""
    files = [
        read_user_file(role, path, component=COMPONENT, what="event lexicon")
        for role, path in (("lexicon", lexicon), ("user_lexicon", user_lexicon))
        if path is not None
    ]
    return from_files(files)


def from_files(files: Sequence[UserFile]) -> EventSettings:
    """Settings from the bundled lexicon and the user's files (as :func:`build` reads them)."""
    if not files:
        return bundled()
    by_role = {f.role: f for f in files}
    replaced = by_role.get("lexicon")
    raw = parse_raw(replaced.data, replaced.name) if replaced else _bundled_raw()
    extra = by_role.get("user_lexicon")
    name = replaced.name if replaced else "events.yaml"
    if extra is not None:
        raw = merge(raw, parse_raw(extra.data, extra.name))
        name = extra.name
    return EventSettings(lexicon_from_raw(raw, name), tuple(files))


#: The settings in force: the running ``communique_events`` component's, else the bundled ones.
ACTIVE: Active[EventSettings] = Active("communique.events", bundled)
