"""Verbs of compulsion ("force", "compel") code COERCE only when a party compels: a
circumstance, an event or a thing that forces someone wields no power. Sentences are made up
to show each kind, not taken from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def coerced(extractor: communique.Extractor, text: str) -> list[str]:
    """The triggers of the COERCE events read from ``text``."""
    events = extractor.extract(text, date="2022-02-18").events
    return [e.trigger.text for e in events if e.type == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        # a circumstance or an event as subject
        "The storm forced thousands of families to leave their homes.",
        "Rising costs have forced the factory to close its gates.",
        "The long drought compelled the herders to move south.",
        "The merger forced the bank to cut four hundred jobs.",
        "The new changes have forced the mayor to rethink her budget.",
        # the same through a relative pronoun, and as a passive's agent
        "He lost the vote, a defeat which forced him to quit the race.",
        "The senator was forced out by the allegations.",
        # a "by" phrase the parser hangs on the passive's infinitive
        "The cabinet was forced to resign by the street protests.",
        # a clause's event, whose subject the participle shares
        "Prices fell sharply, forcing farmers to sell their land.",
    ],
)
def test_a_circumstance_that_forces_coerces_no_one(extractor, text) -> None:
    assert coerced(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The police forced the protesters to leave the square.", "forced"),
        ("The army compelled the villagers to hand over their rifles.", "compelled"),
        ("The senator was forced out by the party leaders.", "forced"),
        # no one named: an agentless passive often hides a party
        ("The reporters were forced to leave the country.", "forced"),
        # a measure of power stands for the party that imposed it
        ("The new rules, which forced banks to hold more cash, were passed in May.", "forced"),
        ("The sanctions forced the regime to release the prisoners.", "forced"),
        # a party's act, whose subject the participle shares
        ("The governor closed the port, forcing the ships to turn back.", "forcing"),
    ],
)
def test_a_party_that_forces_still_coerces(extractor, text, trigger) -> None:
    assert coerced(extractor, text) == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        # a party as the "by" phrase of the infinitive, or a time there, keeps the act
        "The minister was forced to resign by the prime minister.",
        "The minister was forced to resign by Friday.",
    ],
)
def test_a_party_or_a_time_by_the_infinitive_keeps_the_compulsion(extractor, text) -> None:
    assert any("forced" in t for t in coded(extractor, text))


def test_a_party_s_power_compels_for_the_party(extractor) -> None:
    text = "The regime's power forced the farmers to give up their land."
    assert coerced(extractor, text) == ["forced"]


def coded(extractor: communique.Extractor, text: str) -> list[str]:
    """The triggers of all events read from ``text``."""
    return [e.trigger.text for e in extractor.extract(text, date="2022-02-18").events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle after a linking verb describes its subject
        ("The union leader felt compelled to issue a memo to the members.", "compelled"),
        ("The mayor sounded subdued in his brief speech on Monday.", "subdued"),
        ("Many farmers felt betrayed after the vote.", "betrayed"),
        ("The envoy seems less welcomed in Beijing than before.", "welcomed"),
        ("The old general looked very isolated at the parade.", "isolated"),
    ],
)
def test_a_participle_that_describes_a_state_names_no_act(extractor, text, word) -> None:
    assert word not in coded(extractor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a "by" agent names a doer; "be" and "get" make a verbal passive
        ("Many farmers felt betrayed by the ministers after the vote.", "betrayed"),
        ("The rebels were compelled to hand over their rifles.", "compelled"),
        ("The police arrested three men on Monday.", "arrested"),
    ],
)
def test_a_passive_or_a_named_doer_still_tells_an_act(extractor, text, word) -> None:
    assert word in coded(extractor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # after "be" or "get" an adverb of amount grades how much of the act was done
        ("The reporters were more harassed this year than last.", "harassed"),
        ("The aid workers got most harassed near the border.", "harassed"),
    ],
)
def test_an_adverb_of_amount_leaves_the_passive_an_act(extractor, text, word) -> None:
    assert any(t.startswith(word) for t in coded(extractor, text))


def test_a_linking_so_grades_no_participle(extractor) -> None:
    text = (
        "So even for clerks who run a shop, if their wage is under the limit, "
        "they must be paid overtime."
    )
    assert "paid" in coded(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # CAMEO's "- DROUGHT * [---]" holds for every pattern of FORCE, not only its base code
        "The famine forced the refugees to cross the border.",
        "Public anger forced the minister out.",
    ],
)
def test_a_circumstance_that_forces_sanctions_no_one(extractor, text) -> None:
    found = extractor.extract(text, date="2022-02-18").events
    assert not [e for e in found if e.trigger.text.startswith("forced")]


@pytest.mark.parametrize(
    "text",
    [
        "The army forced the refugees to cross the border.",
        "The president forced the minister out.",
    ],
)
def test_a_party_that_forces_out_still_sanctions(extractor, text) -> None:
    found = extractor.extract(text, date="2022-02-18").events
    assert [e.type for e in found if e.trigger.text.startswith("forced")] == ["SANCTION"]
