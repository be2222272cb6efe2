"""Build ``src/communique/data/plover.yaml``, the PLOVER ontology tables.

Run from the project root::

    .venv/bin/python scripts/build_plover_tables.py \
        [--plover ../shared/data/plover] [--check]

Facts are read from the two PLOVER sources (github.com/openeventdata/PLOVER,
CC BY-SA 4.0), and nowhere else:

``PLOVER_MANUAL.tex``
    For each of the 16 event types: the chapter section's "Requires recipient"
    and "Quad category" lines and its mode table (commented-out rows are not
    modes); the "Quad categories in PLOVER" table; the "PLOVER
    conflict--cooperation scores" table (type and per-mode scores).

``CAMEO2PLOVER-2021.txt``
    Which CAMEO codes map to which PLOVER type and mode, from which the CAMEO
    root (first two digits) of each type and mode is derived.

Where the manual contradicts itself the script refuses to guess: every
disagreement must be settled in :data:`DECISIONS`, with its reason, and the
reasons are written into the YAML next to the value. The one-line definitions
are this project's own paraphrases. The package never reads ``../shared``: this
script is the only place the sources are opened. ``--check`` exits non-zero if
the shipped file differs from what the sources give (for CI or review).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "communique" / "data" / "plover.yaml"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "plover"

#: The 16 types in the manual's order (chapter "Event Categories").
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

QUAD_NAMES = {
    ("VERBAL", "COOPERATION"): 1,
    ("MATERIAL", "COOPERATION"): 2,
    ("VERBAL", "CONFLICT"): 3,
    ("MATERIAL", "CONFLICT"): 4,
}

#: One line per type, written for communique (a paraphrase, not the manual's words).
DEFINITIONS = {
    "AGREE": "Says it is willing to cooperate: offers, promises or agrees to act together later, "
    "including promises to sign an agreement.",
    "CONSULT": "Meets, talks or negotiates with another party: a visit, talks at a third party's "
    "venue, a multilateral meeting or a phone call.",
    "SUPPORT": "Gives political, non-material backing: praises, endorses, recognises or "
    "establishes ties, signs an agreement, apologises or forgives.",
    "CONCEDE": "Makes a concession in words with no immediate material effect: announces an "
    "easing, a future withdrawal or a pardon.",
    "COOPERATE": "Starts or widens material cooperation that benefits both sides: trade, joint "
    "exercises, judicial or intelligence sharing.",
    "AID": "Gives material help that mainly benefits the recipient: money, arms, humanitarian "
    "relief, asylum, a rescue.",
    "RETREAT": "Carries out a material concession: withdraws, releases captives, disarms, holds a "
    "ceasefire, lets others in, or resigns.",
    "REQUEST": "Asks for, demands or orders something in words: help, a change, a concession or "
    "a meeting.",
    "ACCUSE": "Criticises, condemns or accuses another party, takes it to court, or investigates "
    "it.",
    "REJECT": "Refuses or turns down a proposal, request or demand: help, a change, a concession "
    "or a meeting.",
    "THREATEN": "Warns of serious consequences to come: restrictions, arrest, broken relations, "
    "expulsion, occupation or violence.",
    "PROTEST": "Civilians act together in public against a policy or party: demonstrations, "
    "riots, strikes, boycotts, blockades.",
    "SANCTION": "Cuts back existing relations: breaks ties, expels or withdraws people, stops "
    "aid or trade, or a court rules against a party.",
    "MOBILIZE": "Moves or readies troops, weapons, police or militias without using force.",
    "COERCE": "Uses power short of violence: raids, arrests, deportations, restrictions, "
    "curfews, censorship, cut-off services, hacking.",
    "ASSAULT": "Uses force that can cause serious physical harm: attacks, killings, "
    "kidnappings, bombings, shelling, air strikes.",
}


@dataclass(frozen=True)
class Decision:
    """A value chosen where the sources disagree or are plainly wrong, with why."""

    value: object
    reason: str


#: Every place where the sources contradict themselves, settled once.
DECISIONS: dict[tuple[str, str], Decision] = {
    ("SANCTION", "quad_class"): Decision(
        4,
        "The manual's 'Quad categories in PLOVER' table lists SANCTION as verbal conflict (3), "
        "but its own SANCTION chapter and the 'Summary of event categories' table put it in "
        "material conflict (4). We use 4: SANCTION's modes (expel, withdraw, discontinue, "
        "convict) are acts, not words; the manual codes cancelled meetings as REJECT 'and "
        "therefore verbal conflict', setting SANCTION apart; its score (-6) lies between "
        "MOBILIZE and COERCE; and CAMEO 16 (REDUCE RELATIONS) is material conflict in CAMEO.",
    ),
    ("ACCUSE", "score"): Decision(
        -3.0,
        "The manual's score table gives ACCUSE +3 while all its modes score -2 to -3.5, it is "
        "verbal conflict, and the manual's earlier table (left commented in its source) gave "
        "-2.0. Every other type's score lies within or next to the range of its modes' scores; "
        "+3 is a lost minus sign, so we use -3.",
    ),
    ("PROTEST", "requires_recipient"): Decision(
        False,
        "The PROTEST chapter says no recipient is required; the 'Summary of event categories' "
        "table marks one as required, but its columns are shifted (it marks AID, which has no "
        "modes, under 'Modes'). We follow the chapter: many demonstrations name no target.",
    ),
}

#: CAMEO2PLOVER rows whose mode column predates the manual's modes, while the
#: row's own description names a current mode: "195 Employ aerial weapons" is
#: listed as heavy-weapons (aerial and drone are later splits of it), "1712
#: Destroy property" as seize (not an ASSAULT mode; destroy is).
CAMEO_CODE_MODES: dict[tuple[str, str], tuple[str, ...]] = {
    ("195", "ASSAULT"): ("aerial", "drone"),
    ("1712", "ASSAULT"): ("destroy",),
}

#: CAMEO2PLOVER-2021 spells a few modes as earlier drafts did; their manual names.
CAMEO_MODE_ALIASES = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("COERCE", "ban"): "restrict",
    ("THREATEN", "ban"): "restrict",
}


@dataclass
class TypeFacts:
    """What the sources say about one event type."""

    quad_chapter: int | None = None
    quad_table: int | None = None
    requires_recipient: bool | None = None
    modes: list[str] = field(default_factory=list)
    score: float | None = None
    mode_scores: dict[str, float] = field(default_factory=dict)
    cameo: Counter[str] = field(default_factory=Counter)  # root -> number of codes
    mode_cameo: dict[str, Counter[str]] = field(default_factory=dict)


def _uncomment(tex: str) -> str:
    """Drop LaTeX comments: whole commented lines and trailing ``% ...`` (not ``\\%``)."""
    lines = []
    for line in tex.splitlines():
        line = re.sub(r"(?<!\\)%.*", "", line)
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


def _rows(tabular: str) -> list[list[str]]:
    """Rows of a tabular body as lists of stripped cells."""
    body = re.sub(r"\\(hline|toprule|midrule|bottomrule)", "", tabular)
    body = re.sub(r"\\cellcolor\{[^}]*\}", "", body)
    out = []
    for row in body.split("\\\\"):
        cells = [c.strip() for c in row.split("&")]
        if any(cells):
            out.append(cells)
    return out


def _tabulars(tex: str) -> list[str]:
    """Bodies of the tabular environments in ``tex``, column spec removed."""
    out = []
    for m in re.finditer(r"\\begin\{tabular\}(.*?)\\end\{tabular\}", tex, re.S):
        body = m.group(1)
        depth = 0
        for i, ch in enumerate(body):  # skip the balanced {column spec}
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth == 0:
                out.append(body[i + 1 :])
                break
    return out


def read_manual(path: Path, facts: dict[str, TypeFacts]) -> None:
    """Fill recipient, quads, modes and scores from the manual's LaTeX."""
    tex = _uncomment(path.read_text(encoding="utf-8"))
    chapter = tex.split(r"\chapter{Event Categories}", 1)[1].split(r"\chapter{Contexts}", 1)[0]
    sections = re.split(r"\\section\{([A-Z]+)\}", chapter)[1:]
    seen = set()
    for name, body in zip(sections[::2], sections[1::2], strict=True):
        f = facts[name]
        seen.add(name)
        rec = re.search(r"Requires recipient: (Yes|No)", body)
        quad = re.search(r"Quad category: (VERBAL|MATERIAL) (COOPERATION|CONFLICT)", body)
        if not rec or not quad:
            raise SystemExit(f"{name}: recipient or quad line not found")
        f.requires_recipient = rec.group(1) == "Yes"
        f.quad_chapter = QUAD_NAMES[(quad.group(1), quad.group(2))]
        for tab in _tabulars(body):
            rows = _rows(tab)
            if rows and rows[0][0] == "Name":
                f.modes = [r[0].lower() for r in rows[1:] if r[0]]
    if seen != set(EVENT_TYPES):
        raise SystemExit(f"manual sections {sorted(seen)} are not the 16 types")

    quad_caption = tex.index(r"\caption{Quad categories in PLOVER}")
    for cells in _rows(_tabulars(tex[quad_caption:])[0])[1:]:
        for name in re.findall(r"[A-Z]+", cells[1]):
            facts[name].quad_table = int(cells[2])

    score_caption = tex.index(r"\caption{PLOVER conflict--cooperation scores}")
    for cells in _rows(_tabulars(tex[score_caption:])[0])[1:]:
        for label, value in zip(cells[::2], cells[1::2], strict=False):
            if not label:
                continue
            name, _, mode = label.partition(":")
            f = facts[name.strip()]
            if mode:
                f.mode_scores[mode.strip().lower()] = float(value)
            else:
                f.score = float(value)


def read_cameo(path: Path, facts: dict[str, TypeFacts]) -> None:
    """Count, per type and per mode, the CAMEO codes of each root mapping to it."""
    seen: set[tuple[str, str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{3,4})\s*:\s*([A-Z]+)\s*,([^,#]*)", line)
        if not m:
            continue  # comments, blank lines and the two-digit section headings
        code, name, mode = m.group(1), m.group(2), m.group(3).strip().lower()
        if (code, name, mode) in seen:
            continue  # 175 is listed twice
        seen.add((code, name, mode))
        f = facts[name]
        f.cameo[code[:2]] += 1
        mode = CAMEO_MODE_ALIASES.get((name, mode), mode)
        for each in CAMEO_CODE_MODES.get((code, name), (mode,)):
            if each in f.modes:
                f.mode_cameo.setdefault(each, Counter())[code[:2]] += 1


def pick_root(counts: Counter[str], prefer: str | None = None) -> str:
    """The root with the most codes; ties go to ``prefer``, then to the lowest root."""
    best = max(counts.values())
    tied = sorted(r for r, n in counts.items() if n == best)
    return prefer if prefer in tied else tied[0]


def build(source: Path) -> dict[str, object]:
    """The YAML document as a Python mapping."""
    facts = {t: TypeFacts() for t in EVENT_TYPES}
    read_manual(source / "PLOVER_MANUAL.tex", facts)
    read_cameo(source / "CAMEO2PLOVER-2021.txt", facts)
    types: dict[str, object] = {}
    for name in EVENT_TYPES:
        f = facts[name]
        notes: list[str] = []
        quad = f.quad_chapter
        if f.quad_chapter != f.quad_table:
            decision = DECISIONS.get((name, "quad_class"))
            if decision is None:
                raise SystemExit(f"{name}: quad {f.quad_chapter} vs {f.quad_table}: decide")
            quad = int(decision.value)  # type: ignore[call-overload]
            notes.append(decision.reason)
        score = f.score
        decision = DECISIONS.get((name, "score"))
        if decision is not None:
            score = float(decision.value)  # type: ignore[arg-type]
            notes.append(decision.reason)
        recipient = f.requires_recipient
        decision = DECISIONS.get((name, "requires_recipient"))
        if decision is not None:
            if decision.value != recipient:
                raise SystemExit(f"{name}: the chapter's recipient line changed; review")
            notes.append(decision.reason)
        if score is None or not f.cameo:
            raise SystemExit(f"{name}: no score or no CAMEO codes")
        unknown = set(f.mode_scores) - set(f.modes)
        if unknown:
            raise SystemExit(f"{name}: scored modes {sorted(unknown)} not in its mode table")
        root = pick_root(f.cameo)
        modes: dict[str, object] = {}
        for mode in f.modes:
            entry: dict[str, object] = {}
            if mode in f.mode_scores:
                entry["score"] = f.mode_scores[mode]
            else:
                entry["score"] = score
                entry["note"] = f"not in the manual's score table; the {name} score is used instead"
            if mode in f.mode_cameo:
                entry["cameo_root"] = pick_root(f.mode_cameo[mode], prefer=root)
            modes[mode] = entry
        types[name] = {
            "definition": DEFINITIONS[name],
            "quad_class": quad,
            "requires_recipient": recipient,
            "score": score,
            "cameo_root": root,
            "cameo_codes_per_root": dict(sorted(f.cameo.items())),
            "modes": modes,
            "notes": notes,
        }
    return {"version": "PLOVER manual draft 0.8 (2021-09-17)", "types": types}


HEADER = """\
# PLOVER ontology tables for communique: the 16 event types with their quad class,
# whether a recipient is required, modes, conflict-cooperation scores (-10..+10), CAMEO roots
# and a one-line definition.
#
# Source: the PLOVER manual (PLOVER_MANUAL.tex, draft 0.8, 17 September 2021) and the
# CAMEO2PLOVER-2021.txt conversion table, github.com/openeventdata/PLOVER,
# licensed CC BY-SA 4.0; this file, being derived from them, is under the same licence.
# Definitions are paraphrases written for communique.
#
# GENERATED by scripts/build_plover_tables.py - do not edit by hand; change the script.
#
# cameo_root: of the CAMEO codes CAMEO2PLOVER maps to the type (or mode), the two-digit root
# with the most codes; for a mode, ties go to the type's root. cameo_codes_per_root shows the
# counts. A mode without a cameo_root uses the type's.
# notes: where the manual contradicts itself, the value chosen and why.
"""


class _Dumper(yaml.SafeDumper):
    """Quotes digit strings ("08"), which a YAML 1.2 reader would take for numbers."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "'" if value.isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def render(doc: dict[str, object]) -> str:
    """The YAML text, header first."""
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plover", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = render(build(args.plover))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; rerun without --check", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
