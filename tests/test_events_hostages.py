"""Taking and holding people hostage: the bare noun after the object says what the object
became ("held three journalists hostage"), only people are taken hostage, and a thing "held
hostage" is a figure. Sentences are made up to show each kind, not taken from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def assaults(extractor, text):
    return [e for e in extractor.extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the parser's second object: the pattern "- * &HOSTAGE [181] # HOLD" names it
        ("The militia has held three journalists hostage since May.", "journalists"),
        # a passive: the subject is who was taken, the "by" agent who took them
        ("Aid workers were taken hostage by the rebels.", "workers"),
    ],
)
def test_people_taken_or_held_hostage_is_an_abduction(extractor, text, held):
    found = assaults(extractor, text)
    assert [e.cameo_code for e in found] == ["181"], found
    assert any(held in p.name for p in found[0].recipient), found[0].recipient


@pytest.mark.parametrize(
    "text",
    [
        "Republicans are holding the Supreme Court seat hostage.",
        "The senator said the unions held the economy hostage.",
        "Congress is holding the budget hostage to its demands.",
    ],
)
def test_a_thing_held_hostage_is_a_figure_not_force(extractor, text):
    assert not assaults(extractor, text)


def test_an_armed_doer_still_shows_force_whatever_is_held(extractor):
    # "the pilot" is no word of people the dictionaries know; the gunmen are armed
    found = assaults(extractor, "Gunmen took the pilot prisoner.")
    assert [e.cameo_code for e in found] == ["181"]
