"""The end of an act of force (communique.events.ending): a verb of ending whose object names
physical force tells a de-escalation, as CAMEO's CANCEL block codes "- * {AIR RAIDS} [087] #
HALT". Sentences are made up to show each case, not taken from gold data."""

from __future__ import annotations

import pytest

import communique
from communique.events import ending
from communique.nlp import load


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def _coded(extractor: communique.Extractor, text: str) -> list[tuple[str, str, str]]:
    found = extractor.extract(text, date="2022-02-18").events
    return [(e.type, e.cameo_code, e.trigger.text) for e in found]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia halted the bombing of the northern towns on Monday.", "halted the bombing"),
        ("The rebels stopped the shelling of the port.", "stopped the shelling"),
        ("Turkey ended the airstrikes on the Kurdish militias.", "ended the airstrikes"),
        ("The militia stopped its raids on the border villages.", "stopped its raids"),
    ],
)
def test_an_ended_act_of_force_is_a_de_escalation(
    extractor: communique.Extractor, text: str, trigger: str
) -> None:
    assert ("RETREAT", ending.DEESCALATION, trigger) in _coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator ended the campaign in Iowa.",  # no act of force
        "The governor stopped the bill on Friday.",
        "The candidate ended his assault on the press.",  # an attack in words
        "Police stopped the shooting suspect near the station.",  # a modifier of a person
    ],
)
def test_an_ended_act_that_names_no_force_is_no_de_escalation(
    extractor: communique.Extractor, text: str
) -> None:
    assert not [c for c in _coded(extractor, text) if c[1] == ending.DEESCALATION]


def test_a_passive_subject_is_the_act_ended() -> None:
    doc = load()("The shelling of the port was halted.")
    found = ending.ended_force(next(t for t in doc if t.text == "halted"))
    assert found is not None and [t.text for t in found[1]] == ["shelling", "halted"]


def test_verbs_of_ending_that_name_no_act_of_force_keep_to_their_patterns() -> None:
    # "quit" is in the CANCEL block, but no pattern of it names force as its object
    doc = load()("The rebels quit the shelling of the port.")
    assert ending.ended_force(next(t for t in doc if t.text == "quit")) is None
