"""The spelling rules of English verb inflection (communique.inflection)."""

from __future__ import annotations

import pytest

from communique.inflection import undoubled, uninflected


@pytest.mark.parametrize(
    ("form", "tag", "stem"),
    [
        ("staged", "VBD", "stage"),  # a silent "e" dropped before "-ed"
        ("attacked", "VBN", "attack"),
        ("banned", "VBD", "ban"),  # a doubled consonant
        ("waging", "VBG", "wage"),
        ("rapes", "VBZ", "rape"),  # "-es" after a stem in "e"
        ("pushes", "VBZ", "push"),
        ("denied", "VBD", "deny"),  # a final "y" turned "ie"
        ("denies", "VBZ", "deny"),
        ("states", "VBZ", "state"),  # a verb in "e" adds "-s" alone
    ],
)
def test_a_regular_form_is_undone_to_its_verb(form: str, tag: str, stem: str) -> None:
    assert stem in uninflected(form, (tag,))


def test_the_likeliest_stem_comes_first() -> None:
    assert uninflected("denied", ("VBD",))[0] == "deny"
    assert uninflected("staged", ("VBD",))[0] == "stage"


@pytest.mark.parametrize(
    ("form", "tag", "not_stem"),
    [
        # "-s" never follows a dropped "e": "bids" is "bid", not "bide"
        ("bids", "VBZ", "bide"),
        ("stats", "VBZ", "state"),
        # a consonant is doubled before "-ed" and "-ing" only
        ("misses", "VBZ", "mis"),
        # "hopped" is "hop": a doubled consonant is no dropped "e"
        ("hopped", "VBD", "hope"),
    ],
)
def test_a_form_is_not_undone_against_spelling(form: str, tag: str, not_stem: str) -> None:
    assert not_stem not in uninflected(form, (tag,))


def test_only_the_endings_the_tags_carry_are_undone() -> None:
    # a plural noun in "-s" and an adjective in "-ed" are left alone
    assert uninflected("stages", ("NNS",)) == []
    assert uninflected("tired", ("JJ",)) == []
    # the tags of a headline's verb take its third person and past, not its gerund
    assert uninflected("warning", ("VBZ", "VBD")) == []
    assert "praise" in uninflected("praises", ("VBZ", "VBD"))


def test_too_short_a_stem_is_not_undone() -> None:
    # "dies" is "die" + "s", not "d" + "ies"
    assert "dy" not in uninflected("dies", ("VBZ",))
    assert "die" in uninflected("dies", ("VBZ",))


def test_an_undoubled_form_is_not_of_a_doubling_verb() -> None:
    # "raged" is no form of "rag", which doubles its consonant ("ragged")
    assert undoubled("rag", "raged")
    assert not undoubled("rag", "ragged")
    # "w", "x" and "y" never double ("taxed"), nor does a long vowel ("rained")
    assert not undoubled("tax", "taxed")
    assert not undoubled("rain", "rained")
