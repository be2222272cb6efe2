"""The electorate's votes and preferences, and support sought, drawn away or lost: none is an
act between parties. A vote cast by voters or a share of them is the election itself (the
PLOVER manual's election context; CAMEO null-codes VOTE), a preference stated "by 9 points" is
a count, and support someone courts, loses or draws from a rival has not been given by the
"from" party. Sentences are made up for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def _events(extractor, text, type_):
    return [e for e in extractor.extract(text, date="2016-03-01").events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "The plan sharply split Irish politics and resulted in 52.3 percent voting against "
            "the Fianna Fail amendment.",
            "ACCUSE",
        ),
        ("Most voters voted against the proposal in the spring ballot.", "ACCUSE"),
        (
            "The survey found that retirees, who back the governor by 9 points, turned out.",
            "SUPPORT",
        ),
        ("Despite courting support from rural lawmakers, the governor lost the vote.", "SUPPORT"),
        ("The mayor has lost support even from the teachers' unions.", "SUPPORT"),
        ("She is best placed to draw support from moderate Republicans.", "SUPPORT"),
        (
            "Mr. Smith may be taking much of his new support from the retired general, whose "
            "numbers have fallen.",
            "SUPPORT",
        ),
        ("The senator has been wooing support from farm groups all month.", "SUPPORT"),
    ],
)
def test_no_act_between_parties(extractor, text, type_):
    assert _events(extractor, text, type_) == []


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("The senator voted against the bill.", "ACCUSE", "senator"),
        ("At the convention, the delegates voted against the new platform.", "ACCUSE", "delegates"),
        ("The union endorsed her on Tuesday.", "SUPPORT", "union"),
        (
            "The governor received support from the opposition for the budget.",
            "SUPPORT",
            "opposition",
        ),
        ("The senator won support from Democrats for the bill.", "SUPPORT", "Democrats"),
        ("The governor sought support from the opposition for the budget.", "REQUEST", "governor"),
        ("The minister backed the plan by a decree on Monday.", "SUPPORT", "minister"),
    ],
)
def test_acts_kept(extractor, text, type_, doer):
    found = _events(extractor, text, type_)
    assert found, text
    assert any(doer in p.name for e in found for p in e.actor), [e.actor for e in found]
