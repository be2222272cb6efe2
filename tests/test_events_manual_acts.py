"""Acts the PLOVER manual names in its type definitions that CAMEO's dictionary leaves uncoded
or codes otherwise: agreements terminated, commitments by verbs CAMEO does not read as
commitments. Sentences are made up to show each kind, not taken from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def coded(
    extractor: communique.Extractor, text: str
) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (
            e.type,
            e.trigger.text.split()[0],
            sorted(p.code or "" for p in e.actor),
            sorted(p.code or "" for p in e.recipient),
        )
        for e in extractor.extract(text, date="2022-02-18").events
    ]


@pytest.mark.parametrize(
    ("text", "verb", "actor", "recipient"),
    [
        ("Ghana terminated its fishing agreement with Senegal.", "terminated", "GHA", "SEN"),
        ("Uruguay suspended its extradition treaty with Paraguay.", "suspended", "URY", "PRY"),
        ("Laos ended the border pact with Cambodia last week.", "ended", "LAO", "KHM"),
    ],
)
def test_an_agreement_terminated_is_a_reduction_of_relations(
    extractor, text, verb, actor, recipient
) -> None:
    """The manual's SANCTION mode discontinue: "terminate diplomatic, commercial, or material
    exchanges"; the verbs of CAMEO's CANCEL block with a word of its &TREATY set."""
    assert ("SANCTION", verb, [actor], [recipient]) in coded(extractor, text)


def test_talks_that_end_without_an_agreement_terminate_none(extractor) -> None:
    assert not [
        e for e in coded(extractor, "The talks ended without an agreement.") if e[0] == "SANCTION"
    ]


@pytest.mark.parametrize(
    ("text", "verb", "actor", "recipient"),
    [
        ("Kenya undertook to supply electricity to Uganda.", "undertook", "KEN", "UGA"),
        ("Norway consented to host a round of talks with Sri Lanka.", "consented", "NOR", None),
    ],
)
def test_undertaking_or_consenting_to_an_act_is_a_commitment(
    extractor, text, verb, actor, recipient
) -> None:
    """The manual's AGREE: "Agree to, offer, promise, or otherwise indicate willingness or
    commitment to cooperate"; with its infinitive "consented" is no concession (CAMEO's ALLOW
    code of the verb alone)."""
    found = coded(extractor, text)
    agreed = [e for e in found if e[0] == "AGREE" and e[1] == verb]
    assert agreed and agreed[0][2] == [actor], found
    if recipient:
        assert agreed[0][3] == [recipient]
    assert not [e for e in found if e[0] == "CONCEDE"], found


def test_consenting_to_a_thing_keeps_the_concession_and_undertaking_a_task_commits_to_none(
    extractor,
) -> None:
    assert [e[0] for e in coded(extractor, "The court consented to the request.")] == ["CONCEDE"]
    assert not coded(extractor, "Norway undertook a review of its aid programme.")


def cameo(extractor: communique.Extractor, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.type, e.cameo_code or "", e.trigger.text)
        for e in extractor.extract(text, date="2022-02-18").events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian navy executed two fishermen.",
        "Rebels executed four captured soldiers.",
        "The regime executed dozens of dissidents.",
        "The group executed three prisoners last week.",
    ],
)
def test_people_executed_are_a_targeted_killing(extractor, text) -> None:
    """The manual's ASSAULT mode targeted: "assassinations and executions"; CAMEO's verb
    dictionary has no EXECUTE, only its noun and one pattern. Putting people to death is force
    by itself, whoever does it: the doer need not be armed, as with "killed"."""
    assert ("ASSAULT", "186", "executed") in cameo(extractor, text)


def test_a_plan_executed_is_no_killing(extractor) -> None:
    assert not cameo(extractor, "The campaign executed its plan flawlessly.")


def test_a_vehicle_hijacked_with_its_passengers_is_an_abduction(extractor) -> None:
    """The manual's ASSAULT mode abduct ("Abduct, kidnap, hijack"), CAMEO 181 "Abduct, hijack"
    by the CAMEO->PLOVER table, where the dictionary files HIJACK under seizing property."""
    found = cameo(extractor, "Armed men hijacked a minibus and took its 12 passengers hostage.")
    assert ("ASSAULT", "181", "hijacked") in found
    assert not [e for e in found if e[0] == "COERCE"]


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("The governor ordered a dusk-to-dawn curfew in the city.", "ordered", "1723"),
        ("The junta put the capital under a curfew.", "put", "1723"),
        ("The army placed Bangkok under martial law.", "placed", "1724"),
    ],
)
def test_a_curfew_ordered_or_martial_law_placed_is_imposed(extractor, text, verb, code) -> None:
    """The manual's COERCE modes curfew ("Impose curfew") and martial-law ("Impose state of
    emergency or martial law"); ordering a curfew imposes it, as CAMEO's ORDER codes the
    other coercive measures it orders."""
    assert [(t, c) for t, c, trigger in cameo(extractor, text) if trigger.startswith(verb)] == [
        ("COERCE", code)
    ]


def test_an_order_of_a_review_is_no_curfew(extractor) -> None:
    assert not [
        e for e in cameo(extractor, "The mayor ordered a review of the police.") if e[0] == "COERCE"
    ]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Minsk barred OSCE election observers.", "barred"),
        ("Tehran turned away a team of UN inspectors.", "turned"),
        ("Managua turned the monitors away at the airport.", "turned"),
    ],
)
def test_observers_barred_or_turned_away_are_refused_entry(extractor, text, verb) -> None:
    """The manual's REJECT: "a country or similar entity bars a group or organization from
    entering its territory"; CAMEO 1245, declining international involvement."""
    found = [(t, c) for t, c, trigger in cameo(extractor, text) if trigger.startswith(verb)]
    assert found == [("REJECT", "1245")]


def test_people_turned_away_who_are_no_outside_body_are_no_refusal(extractor) -> None:
    found = cameo(extractor, "The guards turned away hundreds of migrants.")
    assert not [e for e in found if e[0] == "REJECT"]
