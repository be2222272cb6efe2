"""Armed non-state bodies named in the text (communique.events.armed)."""

from __future__ import annotations

import pytest

from communique.events.armed import armed_name
from communique.nlp import load


def _name(text: str, word: str) -> str | None:
    doc = load()(text)
    return armed_name(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Taliban seized the town.", "Taliban"),  # PETRARCH2: TALIBAN_ [AFGREB]
        ("Hamas fired rockets.", "Hamas"),  # PSE REB
        ("The group pledged loyalty to ISIS.", "ISIS"),  # THE_ISLAMIC_STATE [IMGMUSISI]
        ("The leaders of al Qaeda hid.", "Qaeda"),  # IMG
        # one name the model splits into two entities (NORP "Islamic", ORG "State")
        ("He said the Islamic State group needs to be destroyed.", "State"),
    ],
)
def test_armed_groups_are_named(text: str, word: str) -> None:
    assert armed_name(next(t for t in load()(text) if t.text == word)) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Pentagon issued a statement.", "Pentagon"),  # a state's military: not non-state
        ("The Democratic Party met.", "Party"),
        ("Senator Warren spoke.", "Warren"),
        ("The taliban-style rules were mocked.", "rules"),  # not a proper noun
    ],
)
def test_parties_states_and_people_are_not_armed_groups(text: str, word: str) -> None:
    assert _name(text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "armed"),
    [
        # letters the actor table lists only with the noun of their men ("RSF fighters")
        ("RSF fighters raped women in the town.", "RSF", True),
        ("HTS militants shelled the village.", "HTS", True),
        # alone they are no armed body's name: RSF is a press freedom watchdog too
        ("RSF condemned the arrest of the reporter.", "RSF", False),
        ("RSF reporters condemned the arrest.", "RSF", False),
    ],
)
def test_letters_name_an_armed_group_with_the_noun_of_its_men(
    text: str, word: str, armed: bool
) -> None:
    assert (_name(text, word) is not None) == armed
