"""An "against" phrase that CAMEO writes as a bare pattern for a verb of its own ("- * (AGAINST)
[110] # VOTE") turns the verb's act into opposition, even where the verb has a code of its own:
voting against a bill agrees to nothing. Sentences are made up, not taken from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def codes(extractor: communique.Extractor, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.cameo_code) for e in extractor.extract(text, date="2022-02-18").events]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator voted against the budget bill.",
        "Mwangi was among 25 senators to vote against the bailout of the banks.",
    ],
)
def test_voting_against_a_measure_opposes_it(extractor, text):
    found = codes(extractor, text)
    assert ("ACCUSE", "110") in found and not any(t == "AGREE" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senate voted for the budget bill.",
        "The council in Accra voted on Tuesday.",
    ],
)
def test_voting_for_or_at_a_meeting_keeps_the_verb_s_own_code(extractor, text):
    assert not any(t == "ACCUSE" for t, _ in codes(extractor, text))
