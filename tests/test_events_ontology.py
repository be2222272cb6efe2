"""The PLOVER ontology tables: completeness, ranges, spot checks against the manual.

The checks against ``../shared/data/plover`` parse the sources here, independently
of ``scripts/build_plover_tables.py``, and are skipped when the sources are absent.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import get_args

import pytest

from communique.events import ontology
from communique.events.ontology import (
    EVENT_TYPES,
    cameo_root,
    definition,
    intensity,
    is_mode,
    modes,
    quad_class,
    requires_recipient,
)

ROOT = Path(__file__).resolve().parents[1]
PLOVER = ROOT.parent / "shared" / "data" / "plover"
needs_sources = pytest.mark.skipif(not PLOVER.is_dir(), reason="needs ../shared/data/plover")


def test_the_sixteen_types_in_manual_order() -> None:
    assert EVENT_TYPES == (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    )  # fmt: skip


def test_types_match_the_record_schema() -> None:
    from communique import schema

    event_type = getattr(schema, "EventType", None)
    if event_type is None:
        pytest.skip("schema.EventType not in this checkout yet")
    assert set(get_args(event_type)) == set(EVENT_TYPES)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_type_is_complete(event_type: str) -> None:
    assert quad_class(event_type) in (1, 2, 3, 4)
    root = cameo_root(event_type)
    assert re.fullmatch(r"\d\d", root) and 1 <= int(root) <= 20
    assert -10 <= intensity(event_type) <= 10
    text = definition(event_type)
    assert text and "\n" not in text and len(text) < 200
    assert isinstance(requires_recipient(event_type), bool)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_mode_has_score_and_root(event_type: str) -> None:
    for mode in modes(event_type):
        assert mode == mode.lower() and " " not in mode
        assert is_mode(event_type, mode)
        assert -10 <= intensity(event_type, mode) <= 10
        root = cameo_root(event_type, mode)
        assert re.fullmatch(r"\d\d", root) and 1 <= int(root) <= 20


def test_cooperation_scores_positive_conflict_not() -> None:
    # Quads 1-2 are cooperation, 3-4 conflict: the signs of the scores must agree.
    for t in EVENT_TYPES:
        if quad_class(t) <= 2:
            assert intensity(t) > 0, t
            assert all(intensity(t, m) > 0 for m in modes(t)), t
        else:
            assert intensity(t) <= 0, t


def test_type_score_lies_within_its_modes_scores() -> None:
    # True of every type in the manual's table except ACCUSE's printed +3 (a sign error).
    for t in EVENT_TYPES:
        scores = [intensity(t, m) for m in modes(t)]
        if scores:
            assert min(scores) <= intensity(t) <= max(scores), t


def test_docs_list_every_type_and_mode() -> None:
    lines = (ROOT / "docs" / "events.md").read_text(encoding="utf-8").splitlines()
    for t in EVENT_TYPES:
        rows = [line for line in lines if line.startswith(f"| `{t}` | ")]
        assert len(rows) == 2, t  # the definitions table and the modes table
        assert definition(t) in rows[0]
        for m in modes(t):
            assert f"`{m}`" in rows[1], (t, m)


def test_spot_checks_against_the_manual() -> None:
    assert intensity("CONSULT", "visit") == 4
    assert intensity("CONSULT", "phone") == 1.5
    assert intensity("ASSAULT", "aerial") == -9.5
    assert intensity("ASSAULT", "unconventional") == -10
    assert intensity("ASSAULT") == -9
    assert intensity("AID") == 10
    assert intensity("RETREAT", "disarm") == 10
    assert intensity("COERCE", "martial-law") == -7.5
    assert intensity("REQUEST") == 0
    assert quad_class("COOPERATE") == 2
    assert quad_class("CONCEDE") == 1
    assert quad_class("REQUEST") == 3
    assert quad_class("PROTEST") == 4
    assert [t for t in EVENT_TYPES if requires_recipient(t)] == ["COOPERATE", "AID", "SANCTION"]


def test_modes_as_the_manual_lists_them() -> None:
    assert modes("CONSULT") == ("visit", "third-party", "multilateral", "phone")
    assert modes("ASSAULT") == (
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    )  # fmt: skip
    assert modes("REQUEST") == modes("REJECT") == ("assist", "change", "yield", "meet")
    assert "vandalize" in modes("PROTEST")
    for t in ("AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"):
        assert modes(t) == ()


def test_documented_decisions() -> None:
    # SANCTION: material conflict (chapter and summary table), not the quad table's 3.
    assert quad_class("SANCTION") == 4
    # ACCUSE: the manual's +3 is a sign error; its modes are all negative.
    assert intensity("ACCUSE") == -3
    assert all(intensity("ACCUSE", m) < 0 for m in modes("ACCUSE"))
    # PROTEST vandalize has no score in the manual's table: the PROTEST score.
    assert intensity("PROTEST", "vandalize") == intensity("PROTEST") == -5


def test_cameo_roots() -> None:
    assert cameo_root("CONSULT") == "04"
    assert cameo_root("CONCEDE") == cameo_root("RETREAT") == "08"
    assert cameo_root("ACCUSE") == "11"
    assert cameo_root("ACCUSE", "investigate") == "09"
    assert cameo_root("ASSAULT") == "18"
    assert cameo_root("ASSAULT", "heavy-weapons") == "19"
    assert cameo_root("ASSAULT", "unconventional") == "20"
    assert cameo_root("SANCTION") == "16"
    assert cameo_root("COERCE") == "17"


def test_unknown_mode_falls_back_to_the_type() -> None:
    for mode in (None, "", "nonsense", 5, "visit "):
        fallback = mode == "visit "
        expected = 4.0 if fallback else 2.5
        assert intensity("CONSULT", mode) == expected  # type: ignore[arg-type]
    assert intensity("ASSAULT", "no-such-mode") == -9
    assert cameo_root("ASSAULT", "no-such-mode") == "18"
    assert cameo_root("ASSAULT", None) == "18"
    assert not is_mode("ASSAULT", None)
    assert not is_mode("ASSAULT", "visit")
    assert is_mode("ASSAULT", "Heavy-Weapons")


@pytest.mark.parametrize("bad", ["FIGHT", "", "consult-ish", None, 3])
def test_unknown_type_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="unknown PLOVER event type"):
        quad_class(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown PLOVER event type"):
        intensity(bad, "visit")  # type: ignore[arg-type]


def test_type_names_are_case_insensitive() -> None:
    assert quad_class(" consult ") == 1


def test_loaded_once() -> None:
    assert ontology._table() is ontology._table()


# -- against the sources ------------------------------------------------------


def _cameo_rows() -> list[tuple[str, str, str]]:
    """(code, type, mode) rows of CAMEO2PLOVER-2021.txt, three- and four-digit codes."""
    rows = []
    for line in (PLOVER / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            rows.append((m.group(1), m.group(2), m.group(3).strip()))
    return rows


@needs_sources
def test_cameo_root_is_one_that_cameo2plover_maps_to_the_type() -> None:
    roots: dict[str, set[str]] = {}
    for code, name, _ in _cameo_rows():
        roots.setdefault(name, set()).add(code[:2])
    assert set(roots) == set(EVENT_TYPES)
    for t in EVENT_TYPES:
        assert cameo_root(t) in roots[t], t
        for m in modes(t):
            assert cameo_root(t, m) in roots[t], (t, m)


@needs_sources
def test_scores_are_the_manuals_table() -> None:
    lines = (PLOVER / "PLOVER_MANUAL.tex").read_text(encoding="utf-8").splitlines()
    tex = "\n".join(line for line in lines if not line.lstrip().startswith("%"))  # old table
    table = tex[tex.index(r"\caption{PLOVER conflict--cooperation scores}") :]
    table = table[: table.index(r"\end{tabular}")].replace(r"\cellcolor{gray!25}", "")
    pairs = re.findall(r"([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*(-?\d+(?:\.\d+)?)", table)
    assert len(pairs) == 16 + sum(1 for t in EVENT_TYPES for m in modes(t) if m != "vandalize")
    for name, mode, score in pairs:
        if name == "ACCUSE" and not mode:
            assert float(score) == -intensity("ACCUSE")  # the documented sign fix
        elif mode:
            assert intensity(name, mode.lower()) == float(score), (name, mode)
        else:
            assert intensity(name) == float(score), name


@needs_sources
def test_shipped_yaml_is_what_the_build_script_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_plover_tables", ROOT / "scripts" / "build_plover_tables.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up
    try:
        spec.loader.exec_module(script)
        built = script.render(script.build(PLOVER))
    finally:
        del sys.modules[spec.name]
    shipped = (ROOT / "src" / "communique" / "data" / "plover.yaml").read_text(encoding="utf-8")
    assert built == shipped
