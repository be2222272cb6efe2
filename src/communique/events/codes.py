"""CAMEO event codes and what they are in PLOVER: type, mode, context, Goldstein weight.

Read from ``data/cameo_codes.tsv``, which ``scripts/build_event_lexicon.py``
builds from the CAMEO→PLOVER conversion table and the Goldstein weights; each
row names the table line it comes from. A code the table does not know (a
CAMEO statement, root 01) gives None: PLOVER has no such event.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO code read as PLOVER."""

    code: str
    type: str
    mode: str
    context: tuple[str, ...]
    goldstein: float
    quad_class: int
    description: str
    source: str


@lru_cache(maxsize=1)
def codes() -> dict[str, CodeInfo]:
    """Every code of the table, keyed by its digits ("190", "0871")."""
    text = resources.files("communique.data").joinpath("cameo_codes.tsv").read_text("utf-8")
    out = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        out[row["code"]] = CodeInfo(
            code=row["code"],
            type=row["type"],
            mode=row["mode"],
            context=tuple(c for c in row["context"].split(";") if c),
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            description=row["description"],
            source=row["source"],
        )
    return out


def code_info(code: str) -> CodeInfo | None:
    """The code's row, or None for a code PLOVER has no event for."""
    return codes().get(code)


#: The code each PLOVER type takes when only its type is known (an announcement coded
#: AGREE, a refusal coded REJECT): the type's base code in the conversion table.
TYPE_CODES: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "084", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
    "ASSAULT": "190",
}  # fmt: skip
