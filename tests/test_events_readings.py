"""Readings of verbs that name a political act only with the right kind of party or object: a
figure that "declines" refuses nothing. Sentences are made up to show each kind, not taken
from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def types(extractor: communique.Extractor, text: str) -> list[str]:
    return [e.type for e in extractor.extract(text, date="2022-02-18").events]


@pytest.mark.parametrize(
    "text",
    [
        # a figure as subject: no one who can refuse
        "Kenya's coffee exports declined sharply last year.",
        "The number of Syrian refugees in Jordan declined last year.",
        # a measured change: a refusal has no degree
        "Nigeria's oil output declined by 200,000 barrels a day.",
        "Support among Ghana's farmers declined 4 percent in March.",
        "Brazil's coffee prices declined by nine cents in May.",
        # the measure on a participle of a fall after the verb: how far it fell
        "It declined in most Kenyan counties, dropping about 30 percent in Nakuru.",
        "Backing for Ghana's ruling party declined everywhere, falling 12 percent in Accra.",
        "The Ugandan party's backing declined again, sliding by nine points in June.",
    ],
)
def test_a_figure_that_declines_refuses_nothing(extractor, text):
    assert "REJECT" not in types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined, citing his health.",
        "The government of Chile declined the offer from Peru.",
        "The Kenyan minister declined two invitations to the summit.",
        "A number of Kenyan senators declined the offer from the president.",
        # a sum or a load as the object is what is refused, no measure of a fall
        "The Kenyan minister refused $5 million in aid from China.",
        "The Kenyan government declined 200 tonnes of food from Uganda.",
        # a participle that is no fall, or a fall that is not measured, leaves the refusal
        "The Kenyan minister declined the offer, citing 40 percent inflation.",
        "The Kenyan minister declined the offer, dropping his earlier demands.",
    ],
)
def test_a_party_that_declines_still_refuses(extractor, text):
    assert "REJECT" in types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "An inquiry found the Kenyan minister guilty of negligence.",
        "Voters found the Kenyan senator guilty of arrogance.",
        "The ethics committee found the Kenyan senator guilty of misconduct.",
        "The Senate ethics committee found the Kenyan senator guilty of misconduct.",
    ],
)
def test_a_finding_of_guilt_by_no_court_is_no_conviction(extractor, text):
    assert "SANCTION" not in types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A judge found the Kenyan minister guilty of corruption.",
        "The jury found the former Kenyan governor guilty of fraud.",
        "The former Kenyan minister was found guilty of corruption.",
        "A military court in Cairo found the activist guilty.",
        # a senate trying an impeachment is a legally constituted tribunal
        "The Kenyan Senate found the impeached governor guilty of gross misconduct.",
    ],
)
def test_a_court_that_finds_guilt_convicts(extractor, text):
    assert "SANCTION" in types(extractor, text)


def test_time_bought_is_no_purchase(extractor):
    assert "COOPERATE" not in types(extractor, "The Kenyan government bought time from the IMF.")
    assert "COOPERATE" in types(extractor, "The Kenyan army bought tanks from France.")


def test_broadcast_time_bought_from_a_seller_is_a_purchase_as_ads_are(extractor):
    """The idiom takes the bare noun; "ad time" and "air time" are sold, as ads are (CAMEO's
    PURCHASE block codes buying from a party 061)."""
    seller = "from the Kenya Broadcasting Corporation"
    for thing in ("ad time", "air time", "ads"):
        text = f"The Kenyan campaign bought {thing} {seller}."
        assert "COOPERATE" in types(extractor, text), text
    assert "COOPERATE" not in types(
        extractor, "The Kenyan government bought more time from the IMF."
    )


def test_goods_bought_beside_time_are_a_purchase(extractor):
    """Only an object that is all idiom ("time") buys nothing: goods joined to it are bought."""
    assert "COOPERATE" in types(extractor, "The Kenyan army bought time and tanks from France.")


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia executed a Yemeni national on Monday.",
        "The rebels executed three prisoners on Monday.",
        # a passive with no doer: people executed are still killed
        "Two Kenyan activists were executed in Nairobi.",
        "Three Saudi nationals were executed for smuggling.",
    ],
)
def test_people_executed_are_killed(extractor, text):
    found = [e for e in extractor.extract(text, date="2022-02-18").events]
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "targeted")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army will execute the plan next week.",
        "The Kenyan government executed a deal with China.",
        "The plan was executed flawlessly by the Kenyan army.",
    ],
)
def test_a_plan_executed_is_carried_out(extractor, text):
    assert types(extractor, text) == []


def test_fighters_of_a_group_named_by_letters_use_force(extractor):
    found = extractor.extract("RSF fighters raped women in the town.", date="2022-02-18").events
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "sexual")]
    assert [p.code for p in found[0].actor] == ["SDN"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a verb of intent says what its subject intends; its subject is no act intended
        ("Farmers' support for the ruling party has declined since March.", "SUPPORT"),
        ("The Kenyan protest aims to draw attention to the new tax.", "PROTEST"),
    ],
)
def test_the_subject_of_a_verb_of_intent_is_no_act_intended(extractor, text, type_):
    found = extractor.extract(text, date="2022-02-18").events
    assert [e.modality for e in found if e.type == type_] == ["asserted"]
    assert [e.type for e in found] == [type_]  # no intended act coded AGREE or THREATEN


@pytest.mark.parametrize(
    "text",
    [
        # a draft law signed is a text, not the verb "bill" (to charge a fee)
        "The governor signed a bill that set up a new water board.",
        "The governor signed 18 bills on the state's schools last year.",
        # a number word is no nominalisation ("billion" is not "bill" + "-ion")
        "The trader made billions as a broker for the gas firm.",
        "The fund made billions of dollars on a bet against the banks.",
    ],
)
def test_texts_and_numbers_spelled_like_act_nouns_name_no_act(extractor, text):
    assert "COERCE" not in types(extractor, text)


def test_a_light_verb_still_makes_a_noun_spelled_as_its_verb_an_act(extractor):
    assert "MOBILIZE" in types(extractor, "The ministry ordered patrols along the border.")
