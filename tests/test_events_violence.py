"""The words of violence itself ("violence", "violent", "violently") name physical force by
their meaning, unless a modifier makes them words or nature or a prefix negates them; they
are read as force but coded as no event (communique.events.violence)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

import communique
from communique.events import physical
from communique.events.violence import violence_word
from communique.nlp import load


def _token(text: str, word: str, nth: int = 0) -> Token:
    doc = load()(text)
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor said the riots brought violence to the suburbs.", "violence"),
        ("Families fleeing violence reached the border town.", "violence"),
        ("The group warned of violence against the candidate.", "violence"),  # not happened
        ("Shelters help survivors of domestic violence.", "violence"),
        ("Officers face review after violent arrests.", "violent"),
        ("The march grew violent after dark.", "violent"),  # a linking verb's subject
        ("Police violently dispersed the crowd.", "violently"),
        ("Critics blamed political violence on the speeches.", "violence"),  # force, for politics
    ],
)
def test_words_of_violence_name_force(text: str, word: str) -> None:
    assert violence_word(_token(text, word)) is not None
    assert physical.reading(_token(text, word)) is not None


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("Her critics deplored his verbal violence.", "violence", 0),  # words
        ("The senator condemned the violent rhetoric of the ads.", "violent", 0),  # words
        ("Violent storms closed the highway.", "Violent", 0),  # nature
        ("The governor freed people serving time for non-violent offenses.", "violent", 0),
        ("He was convicted of violent and non-violent crimes.", "violent", 1),  # the second
    ],
)
def test_words_of_violence_made_words_nature_or_negated_are_no_force(
    text: str, word: str, nth: int
) -> None:
    assert violence_word(_token(text, word, nth)) is None


def test_the_first_of_two_coordinated_adjectives_is_force() -> None:
    assert (
        violence_word(_token("He was convicted of violent and non-violent crimes.", "violent"))
        is not None
    )


def test_a_mention_of_violence_is_no_event() -> None:
    text = "The governor condemned the violence in the capital."
    assert "ASSAULT" not in {e.type for e in communique.extract(text).events}
