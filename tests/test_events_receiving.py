"""Words coded as acts that, in another frame, name none: accepting a sum of money or an award
receives a thing and agrees to no act; recognising or appreciating *that* something is so is
knowing it, not praising anyone; a candidate's "support" that rises, falls or is counted among
a group is a standing in the polls, not an act of support. Sentences are made up to show each
frame, not taken from gold data."""

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
        "The senator accepted $40,000 from a mining company.",
        "The governor has accepted millions in donations from oil firms.",
        "The Kenyan runner accepted an award from a veterans' group.",
        "The candidate was criticized for accepting the medal.",
        "The mayor of Accra did not accept money from developers.",
        "The charity accepted tens of millions of dollars from foreign governments.",
        "Smith was accepting congratulations from his rivals on Tuesday night.",
    ],
)
def test_accepting_money_or_an_honour_agrees_to_nothing(extractor, text):
    found = types(extractor, text)
    assert "AGREE" not in found and "REJECT" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Uganda accepted the proposal from Kenya.",
        "The rebels accepted the invitation to the talks in Nairobi.",
        "Ghana accepted the plan for a joint border force.",
    ],
)
def test_accepting_an_offer_still_agrees(extractor, text):
    assert "AGREE" in types(extractor, text)


def test_refusing_an_offer_still_rejects(extractor):
    assert "REJECT" in types(extractor, "Uganda did not accept the proposal from Kenya.")


@pytest.mark.parametrize(
    "text",
    [
        "The minister recognized that the talks had failed.",
        "The governor appreciates that voters in the north are angry.",
        "Officials in Lagos now recognize how costly the strike has been.",
        "Mr. Smith said he had come to recognise that his rival was a talented pilot.",
    ],
)
def test_recognising_that_something_is_so_praises_no_one(extractor, text):
    assert "SUPPORT" not in types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president recognized the volunteers for their work.",
        "Kenya recognized the new government of Somalia.",
        "The mayor appreciated the help of the firefighters.",
    ],
)
def test_recognising_a_party_still_praises(extractor, text):
    assert "SUPPORT" in types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Smith's support rose four points after the debate in Nairobi.",
        "Her 32% support gives her a lead over her rivals in Kenya.",
        "Jones saw his support collapse after the debate in Accra.",
        "His support among farmers in the north of Ghana remains strong.",
        "Obama's support among union members fell sharply in May.",
    ],
)
def test_a_candidate_s_standing_in_the_polls_is_no_act_of_support(extractor, text):
    assert "SUPPORT" not in types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor's support for the Kenyan candidate surprised many.",
        "Ghana's support for the rebels grew after the coup.",
    ],
)
def test_support_for_someone_is_still_support(extractor, text):
    assert "SUPPORT" in types(extractor, text)
