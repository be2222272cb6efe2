"""Events on the sample article and on the sentences that trip dictionary coders.

The bar of the events issue: the demand, the meeting, the denial (negated),
the hypothetical attack (never asserted), the cooperation with allies, the
criticism and the warning, each with the right modality and participants.
"""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import communique

SAMPLE = resources.files("communique.samples").joinpath("munich_talks.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def record() -> communique.Article:
    return communique.extract(SAMPLE, date="2022-02-18", id="munich_talks")


def events_of(record, event_type, trigger=None):
    found = [
        e
        for e in record.events
        if e.type == event_type and (trigger is None or e.trigger.text.startswith(trigger))
    ]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found


def names(parts):
    return {p.name for p in parts}


def test_the_demand_and_the_demanded_act(record):
    # the headline's "urges" and the lede's "urged" tell one happening: one event, both spans
    request = events_of(record, "REQUEST", "urge")[0]
    assert [c.text for c in request.evidence] == ["urged"]
    assert not [e for e in record.events if e.trigger.text == "urged"]
    assert request.modality == "asserted"
    assert names(request.actor) == {"Annalena Baerbock"}
    assert request.actor[0].code == "DEU" and request.actor[0].sector == "GOV"
    assert names(request.recipient) == {"Serbia"}
    retreat = events_of(record, "RETREAT", "pull back")[0]
    assert retreat.modality == "requested"
    assert retreat.requested_by == request.id
    assert names(retreat.actor) == {"Serbia"}


def test_the_meeting(record):
    meeting = events_of(record, "CONSULT", "met")[0]
    assert meeting.modality == "asserted"
    # "Baerbock met ... Wang Yi": the subject meets, the one she met is the recipient
    assert names(meeting.actor) == {"Annalena Baerbock"}
    assert names(meeting.recipient) == {"Wang Yi"}
    assert meeting.date == "2022-02-15"  # "on Tuesday" before Friday 18 February 2022
    assert meeting.location is not None and meeting.location.name == "Munich"
    assert meeting.location.country == "DEU" and not meeting.location.from_dateline


def test_the_denials_are_negated(record):
    attack = events_of(record, "ASSAULT", "attacking")[0]
    assert attack.modality == "negated"
    assert names(attack.actor) == {"Russia"}
    assert attack.claimed_by is not None
    supply = events_of(record, "AID", "supplying")[0]
    assert supply.modality == "negated"
    assert {p.code for p in supply.actor} == {"CHN"} and {p.code for p in supply.recipient} == {
        "RUS"
    }


def test_the_hypothetical_attack_is_never_asserted(record):
    # "should there be an attack on the Nord Stream pipeline": a condition, and no physical
    # evidence beyond the word (see communique.events.physical); never an asserted attack
    attack = [e for e in record.events if e.trigger.text == "attack"]
    assert all(e.modality == "hypothetical" for e in attack)
    assert not [e for e in record.events if e.type == "ASSAULT" and e.modality == "asserted"]


def test_the_cooperation_with_allies(record):
    # CAMEO files "cooperate" under COLLABORATE (050), which PLOVER reads as SUPPORT
    cooperate = events_of(record, "SUPPORT", "cooperate")[0]
    assert cooperate.modality == "future" and cooperate.cameo_code == "050"
    assert {p.code for p in cooperate.actor} == {"IGO"}
    assert names(cooperate.recipient) == {"its allies"}
    assert cooperate.claimed_by is not None  # "According to NATO Secretary General ..."
    agree = [e for e in record.events if e.type == "AGREE" and e.trigger == cooperate.trigger]
    assert agree, "PLOVER codes an announced cooperation as AGREE"


def test_the_criticism_and_the_warning(record):
    accuse = events_of(record, "ACCUSE", "criticised")[0]
    assert accuse.modality == "asserted" and accuse.mode == "disapprove"
    assert names(accuse.actor) == {"Annalena Baerbock"}
    assert {p.code for p in accuse.recipient} == {"RUS"}
    warning = events_of(record, "THREATEN", "warned")[0]
    assert warning.modality == "asserted"
    assert names(warning.actor) == {"Jens Stoltenberg"}


def test_scores_and_evidence(record):
    for event in record.events:
        assert SAMPLE[event.trigger.span[0] : event.trigger.span[1]] == event.trigger.text
        s0, s1 = event.sentence
        assert s0 <= event.trigger.span[0] < event.trigger.span[1] <= s1
        assert event.quad_class in (1, 2, 3, 4)
        assert len(event.cameo_root) == 2 and -10 <= event.intensity <= 10
        assert event.reason
    meeting = events_of(record, "CONSULT", "met")[0]
    assert meeting.quad_class == 1 and meeting.cameo_root == "04"


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("Russian forces attacked the city on Monday.", "ASSAULT", "asserted"),
        ("Russia has no intention of attacking Ukraine.", "ASSAULT", "negated"),
        # a government named by its capital or seat acts for the state, as the name does
        ("Moscow has no intention of attacking the Baltic states.", "ASSAULT", "negated"),
        ("Moscow attacked the Baltic states.", "ASSAULT", "asserted"),
        ("The army did not attack the town.", "ASSAULT", "negated"),
        ("The ministry denied that troops attacked the village.", "ASSAULT", "negated"),
        ("If Russian forces attack Kyiv, the West will respond.", "ASSAULT", "hypothetical"),
        ("The minister did not rule out an attack on the bridge.", "ASSAULT", "hypothetical"),
        ("The two leaders will meet in Geneva next week.", "CONSULT", "future"),
        ("The government plans to attack the rebels in the north.", "ASSAULT", "intended"),
        # energy infrastructure is a physical target (PLOVER manual, ASSAULT 'destroy'); done by
        # protesters it is a riot ("- PROTESTOR * [145] # STORM", test_events_lexicon.py)
        ("Villagers attacked the pipeline on Monday.", "ASSAULT", "asserted"),
        ("Should there be an attack on the pipeline, NATO would act.", "ASSAULT", "hypothetical"),
    ],
)
def test_modality(text, event_type, modality):
    record = communique.extract(text, date="2022-02-18")
    found = [e for e in record.events if e.type == event_type]
    assert found, [(e.type, e.trigger.text, e.modality) for e in record.events]
    assert found[0].modality == modality, found[0].reason


def test_a_government_named_by_its_seat_uses_force_only_on_a_state():
    # "Moscow attacked the Baltic states" is the state's use of force (test_modality); a seat
    # of government acting on a person or on nothing named acts in words
    for text in (
        "Washington blasted congressional Republicans.",
        "In the past, the White House has fought hard for the tax.",
    ):
        record = communique.extract(text, date="2022-02-18")
        assert "ASSAULT" not in {e.type for e in record.events}, text


def test_topics_are_not_events():
    record = communique.extract(
        "The ministers held talks on the war in Ukraine.", date="2022-02-18"
    )
    assert [e.type for e in record.events] == ["CONSULT"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=15),
            st.sampled_from(
                ["attacked", " the ", "Russia", " will ", "not ", "urged", "met", "if ", "\n\n",
                 '"', "sanctions", " on ", "should there be an ", "attack", ".", "Kyiv"]
            ),
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_no_input_makes_the_coder_raise(text):
    record = communique.extract(text, id="fuzz")
    assert not [w for w in record.warnings if w.code == "CQ211"], record.warnings
    for event in record.events:
        assert 0 <= event.trigger.span[0] <= event.trigger.span[1] <= len(text)
        assert 0 <= event.sentence[0] <= event.sentence[1] <= len(text)
        assert text[event.trigger.span[0] : event.trigger.span[1]] == event.trigger.text


def test_dateline_place_is_the_fallback_location_with_its_span(record):
    fallback = [e for e in record.events if e.location is not None and e.location.from_dateline]
    assert fallback, "some sample events name no place of their own"
    for event in fallback:
        start, end = event.location.span
        assert SAMPLE[start:end].lower() == "munich"
        assert event.location.country == "DEU"


def test_everyday_senses_are_not_events():
    record = communique.extract(
        "The results will likely receive little attention tonight.", date="2022-02-18"
    )
    assert record.events == []


def test_a_pledge_to_coerce_is_a_threat_not_an_agreement():
    record = communique.extract(
        "The candidate pledged to ban foreign journalists.", date="2022-02-18"
    )
    types = {e.type for e in record.events}
    assert "AGREE" not in types and "THREATEN" in types


@pytest.mark.parametrize(
    "text",
    [
        "The governor pledged to ban fracking in the state.",
        "The senator promised to ban assault weapons.",
        "The candidate vowed to ban smoking in parks.",
        "The mayor wants to ban plastic bags.",
        "The minister vowed to outlaw the practice.",
        "The government promised to prohibit foreign donations.",
    ],
)
def test_a_pledged_ban_of_a_practice_threatens_no_one(text):
    # CAMEO 132/1322 threaten someone with a ban; PLOVER THREATEN restrict bans parties or
    # individuals: a practice or a thing banned is no party threatened
    record = communique.extract(text, date="2022-02-18")
    assert "THREATEN" not in {e.type for e in record.events}


@pytest.mark.parametrize(
    "text",
    [
        "The candidate pledged to ban all Muslims from entering the country.",
        "The junta vowed to ban the opposition party.",
        "The president promised to ban the newspaper.",
        "The minister vowed to ban Smith from the chamber.",
        "The government vowed to ban the group.",  # a body that acts (``agentive``)
    ],
)
def test_a_pledged_ban_of_people_is_a_threat(text):
    record = communique.extract(text, date="2022-02-18")
    assert "THREATEN" in {e.type for e in record.events}


@pytest.mark.parametrize(
    "text",
    [
        "The president banned waterboarding when he took office.",
        "Governor Cuomo banned fracking in New York.",
        "The French government banned smoking in cafes.",
        "Federal rules prohibit public funding of the project.",
        "The Senate voted to prohibit assault weapons.",
        "The Texas legislature criminalized abortions.",
    ],
)
def test_a_ban_of_a_practice_is_no_event(text):
    # PLOVER COERCE restricts political freedoms or movement and bans individuals or
    # organizations; CAMEO 172 is a sanction on someone: a practice outlawed restricts no party
    record = communique.extract(text, date="2022-02-18")
    assert record.events == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The government banned all Muslims from entering the country.", "172"),
        ("The mayor banned Smith from the chamber.", "172"),
        ("The army banned rallies in the capital.", "172"),
        ("The ministry banned travel to the region.", "172"),
        ("The regime banned the newspaper.", "1721"),
        ("The king banned Muslim immigration last year.", "172"),
        ("The law prohibits Iran's banks from trading in dollars.", "172"),
        ("The governor banned certain classes of people from the state.", "172"),
        ("The junta outlawed the spread of Kurdish nationalism.", "172"),
    ],
)
def test_a_ban_that_names_a_party_or_its_activity_stays_coerce(text, code):
    record = communique.extract(text, date="2022-02-18")
    assert [(e.type, e.cameo_code) for e in record.events] == [("COERCE", code)]


@pytest.mark.parametrize(
    "text",
    [
        "The city council approved a ban on fracking last year.",
        "The governor imposed a ban on smoking in bars.",
        "The senate approved a ban on assault weapons.",
        "The regime extended its ban on smoking.",
        "The state's ban on gay marriage was struck down.",
        "The president pledged to impose a ban on fracking.",
        # the noun before a noun of banning is what it bans (a compound of an action noun)
        "The state imposed a fracking ban in 2014.",
        "The city imposed a smoking ban in bars and restaurants.",
        "The government announced a travel ban.",
    ],
)
def test_a_noun_ban_of_a_practice_is_no_event(text):
    # the noun of the verb rule above: what a ban is "on" (or "of", "against") is what it
    # bans, also where the parser hangs the phrase on the verb ("imposed a ban on X")
    record = communique.extract(text, date="2022-02-18")
    assert [e.type for e in record.events if e.type in ("COERCE", "THREATEN")] == []


@pytest.mark.parametrize(
    "text",
    [
        "The council approved a ban on the opposition party.",
        "The governor imposed a ban on Muslims entering the state.",
        "The state's ban on Muslims owning land was struck down.",
        "The governor imposed a ban on adoptions by same-sex couples.",
        "The governor imposed a ban on gay couples adopting children.",
        "The senate approved a ban on arms sales to the junta.",
        "The government announced a ban on opposition rallies.",
        "The regime extended its ban on the newspaper.",
        "The president pledged to impose a ban on all Muslims.",
        "The president announced a Muslim ban.",
    ],
)
def test_a_noun_ban_of_a_party_or_its_activity_stays_coerce(text):
    # people, a party, one who does the practice (the gerund's subject, the "by" phrase of
    # an action noun), a political activity or a publication: a sanction on someone
    record = communique.extract(text, date="2022-02-18")
    assert "COERCE" in {e.type for e in record.events}


def test_an_attempt_at_force_is_tried_not_announced():
    # an effort or attempt is an act under way: no THREATEN announces it
    tried = communique.extract(
        "The news came out. The army made an attempt to seize the town.", date="2022-02-18"
    )
    assert [e.modality for e in tried.events if e.type == "COERCE"] == ["intended"]
    assert "THREATEN" not in {e.type for e in tried.events}
    planned = communique.extract(
        "The news came out. The army made a plan to seize the town.", date="2022-02-18"
    )
    assert "THREATEN" in {e.type for e in planned.events}


@pytest.mark.parametrize(
    "text",
    [
        "The news came out. The general explained his strategy for shelling the port.",
        "The news came out. The general lacks a strategy to seize the port.",
        "The news came out. The general said the mission is to bomb the rebel bases.",
    ],
)
def test_a_strategy_for_force_is_devised_not_announced(text):
    # a strategy is a way worked out to an end, no commitment: its act announces nothing
    record = communique.extract(text, date="2022-02-18")
    assert {e.modality for e in record.events if e.type in ("ASSAULT", "COERCE")} == {"intended"}
    assert "THREATEN" not in {e.type for e in record.events}


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The Red Cross called on the rebels to free the kidnapped nurses.", "yield"),
        ("The opposition urged the government to hold talks with the unions.", "meet"),
        ("The governor appealed to the army to withdraw its troops from the valley.", "yield"),
        # CAMEO's 104 "Demand political reform" is the demand of 083, a resignation among them
        ("Two newspapers urged the governor to resign.", "change"),
    ],
)
def test_a_demand_takes_the_mode_of_the_act_it_demands(text: str, mode: str) -> None:
    """CAMEO's demands mirror the acts demanded, and their PLOVER modes are the kinds of act
    asked for: releases and withdrawals are yielding, talks are meeting, a resignation is a
    change."""
    record = communique.extract(text)
    (request,) = [e for e in record.events if e.type == "REQUEST"]
    assert request.mode == mode
    assert any(e.requested_by == request.id for e in record.events)


def test_a_demand_of_no_coded_act_keeps_no_mode() -> None:
    record = communique.extract("The mayor urged residents to stay indoors.")
    (request,) = [e for e in record.events if e.type == "REQUEST"]
    assert request.mode is None
