"""The entity-label classes: every label is one the model gives, and the classes relate as named.

A misspelt label ("GEO" for "GPE") would match no token and silently switch a rule off, so each
class is checked against the labels of the installed model's entity recogniser.
"""

from __future__ import annotations

import pytest

from communique import entity_labels
from communique.nlp import load

CLASSES = {
    name: value
    for name, value in vars(entity_labels).items()
    if name.endswith("_LABELS") and isinstance(value, frozenset)
}


def test_the_module_defines_its_classes() -> None:
    assert {"TIME_LABELS", "AMOUNT_LABELS", "PLACE_LABELS", "PARTY_LABELS"} <= CLASSES.keys()


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_every_label_is_one_the_model_gives(name: str) -> None:
    given = set(load().get_pipe("ner").labels) | {""}  # "": a token outside any entity
    assert CLASSES[name] <= given, CLASSES[name] - given


def test_figures_are_times_and_numbers_and_never_names() -> None:
    assert entity_labels.FIGURE_LABELS == (
        entity_labels.TIME_LABELS | entity_labels.AMOUNT_LABELS | entity_labels.COUNT_LABELS
    )
    assert not entity_labels.FIGURE_LABELS & entity_labels.NAME_LABELS
    assert not entity_labels.AMOUNT_LABELS & entity_labels.COUNT_LABELS


def test_parties_and_places_are_names() -> None:
    assert entity_labels.PARTY_LABELS <= entity_labels.NAME_LABELS
    assert entity_labels.PLACE_LABELS <= entity_labels.NAME_LABELS
    assert entity_labels.LAND_LABELS <= entity_labels.NAME_LABELS
    # a facility is a place but names no land; a nationality names a land's people, no place
    assert "FAC" in entity_labels.PLACE_LABELS - entity_labels.LAND_LABELS
    assert "NORP" in entity_labels.LAND_LABELS - entity_labels.PLACE_LABELS


def test_a_bare_count_is_no_amount() -> None:
    assert not entity_labels.BARE_COUNT_LABELS & entity_labels.AMOUNT_LABELS
    assert "" in entity_labels.BARE_COUNT_LABELS


def test_the_maybe_classes_add_only_the_unlabelled() -> None:
    assert entity_labels.MAYBE_PARTY_LABELS - entity_labels.UNLABELLED == entity_labels.PARTY_LABELS
    assert entity_labels.MAYBE_NAME_LABELS - entity_labels.UNLABELLED == entity_labels.NAME_LABELS
    assert "" not in entity_labels.NAME_LABELS
