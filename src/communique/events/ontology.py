"""The PLOVER ontology as data: event types, modes, quad classes, scores, CAMEO roots.

Everything here is read from ``data/plover.yaml`` (built from the PLOVER manual
and its CAMEO2PLOVER table by ``scripts/build_plover_tables.py``), once per
process. The coder asks these functions rather than keeping its own copies, so
a correction to the ontology is one regenerated file.

An unknown event type is a programming error (the coder only makes the 16), so
it raises :class:`ValueError`. An unknown or missing mode is ordinary (the
manual leaves modes optional), so it falls back to the type's values.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.yaml_data import load_yaml

#: The 16 PLOVER event types, in the manual's order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

#: Quad class numbers and their names, as in the manual.
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class ModeInfo:
    """One mode of one type: its score and, where CAMEO2PLOVER says, its CAMEO root."""

    score: float
    cameo_root: str | None


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """Everything the ontology knows about one event type."""

    name: str
    definition: str
    quad_class: int
    requires_recipient: bool
    score: float
    cameo_root: str
    modes: dict[str, ModeInfo]


def _root(value: Any) -> str:
    """A two-digit CAMEO root as text, whatever YAML made of it (``8`` → ``"08"``)."""
    return str(value).strip().zfill(2)


@lru_cache(maxsize=1)
def _table() -> dict[str, TypeInfo]:
    """The YAML file as typed records, keyed by type name; read once per process."""
    text = resources.files("communique.data").joinpath("plover.yaml").read_text("utf-8")
    raw = load_yaml(text)["types"]
    out: dict[str, TypeInfo] = {}
    for name in EVENT_TYPES:
        entry = raw[name]
        modes = {
            str(mode): ModeInfo(
                score=float(info["score"]),
                cameo_root=_root(info["cameo_root"]) if info.get("cameo_root") else None,
            )
            for mode, info in (entry.get("modes") or {}).items()
        }
        out[name] = TypeInfo(
            name=name,
            definition=str(entry["definition"]),
            quad_class=int(entry["quad_class"]),
            requires_recipient=bool(entry["requires_recipient"]),
            score=float(entry["score"]),
            cameo_root=_root(entry["cameo_root"]),
            modes=modes,
        )
    return out


def info(event_type: str) -> TypeInfo:
    """The record for ``event_type`` (case and surrounding spaces ignored).

    Raises ValueError for anything that is not one of :data:`EVENT_TYPES`:
    the coder only produces those, so another name is a bug to surface early.
    """
    key = event_type.strip().upper() if isinstance(event_type, str) else None
    table = _table()
    if key is None or key not in table:
        raise ValueError(
            f"unknown PLOVER event type {event_type!r}; expected one of {', '.join(EVENT_TYPES)}"
        )
    return table[key]


def _mode(event_type: str, mode: str | None) -> ModeInfo | None:
    """The mode's record, or None when the mode is missing or not one of the type's."""
    entry = info(event_type)
    if not isinstance(mode, str):
        return None
    return entry.modes.get(mode.strip().lower())


def modes(event_type: str) -> tuple[str, ...]:
    """The type's modes in the manual's order; empty for types without modes."""
    return tuple(info(event_type).modes)


def is_mode(event_type: str, mode: str | None) -> bool:
    """Whether ``mode`` is one of the type's modes (case-insensitive; None is not)."""
    return _mode(event_type, mode) is not None


def quad_class(event_type: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return info(event_type).quad_class


def cameo_root(event_type: str, mode: str | None = None) -> str:
    """The two-digit CAMEO root ("01".."20") for the type, or for the mode where known.

    For pipelines built on CAMEO data: e.g. ASSAULT is "18", but ASSAULT with
    mode "heavy-weapons" is "19" (FIGHT), as CAMEO2PLOVER maps them.
    """
    found = _mode(event_type, mode)
    if found is not None and found.cameo_root:
        return found.cameo_root
    return info(event_type).cameo_root


def intensity(event_type: str, mode: str | None = None) -> float:
    """The PLOVER conflict-cooperation score (-10..+10): the mode's if known, else the type's."""
    found = _mode(event_type, mode)
    return found.score if found is not None else info(event_type).score


def requires_recipient(event_type: str) -> bool:
    """Whether the manual requires a recipient for the type (COOPERATE, AID, SANCTION)."""
    return info(event_type).requires_recipient


def definition(event_type: str) -> str:
    """A one-line definition of the type, paraphrasing the manual."""
    return info(event_type).definition
