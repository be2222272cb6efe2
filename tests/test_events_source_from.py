"""An act noun whose "from" phrase names who performs it ("endorsements from union leaders",
"criticism from the opposition"): the noun is the act
and the "from" phrase its doer, wherever the noun stands in the sentence. Sentences are made up
for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def _events(extractor, text, type_):
    return [e for e in extractor.extract(text, date="2016-03-01").events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        (
            "The mayor's plan includes endorsements from local union leaders and a new budget.",
            "SUPPORT",
            "union",
        ),
        (
            "After criticism from opposition lawmakers, the minister left the capital.",
            "ACCUSE",
            "lawmakers",
        ),
        (
            "The governor's spending plan, despite condemnation from the teachers' union, passed.",
            "ACCUSE",
            "union",
        ),
        (
            "With endorsements from veterans' groups, the senator entered the race.",
            "SUPPORT",
            "groups",
        ),
    ],
)
def test_from_phrase_names_the_doer_of_an_act_noun(extractor, text, type_, doer):
    found = _events(extractor, text, type_)
    assert found, text
    names = " ".join(p.name for e in found for p in e.actor)
    assert doer.lower() in names.lower(), (text, names)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a "from" phrase of a place or a thing names no doer
        ("The report is about the criticism of the plan from 2014.", "ACCUSE"),
        # a demand's "from" phrase is who is asked, as for the verb ("requested aid from Japan")
        ("They spoke about requests from the ministry's archive.", "REQUEST"),
        # a lack of an act: it was not done
        ("The governor spoke of a lack of support from the legislature.", "SUPPORT"),
        # a path from one to another: the "from" phrase is where support leaves
        ("Pollsters saw a shift in support from the senator to the governor.", "SUPPORT"),
        # a warning from someone is often advice about a danger, not a threat
        ("The rule came amid warnings from doctors about the virus.", "THREATEN"),
        # an analysis or a study from someone is a text and its author, not an inquiry
        ("According to an analysis from the Brookings Institution, wages rose.", "ACCUSE"),
        # a release from prison: the "from" phrase is where one is released from (RETREAT's
        # release mode, CAMEO 0841)
        ("The family spoke about his release from prison.", "RETREAT"),
    ],
)
def test_from_phrase_of_no_doer_makes_no_act(extractor, text, type_):
    assert not _events(extractor, text, type_), text
