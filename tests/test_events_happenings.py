"""One happening, one event (communique.events.happenings): the retellings of one act in an
article fold into one event with every telling as evidence, and different acts stay apart.
The stories are constructed for the cases they show."""

from __future__ import annotations

import pytest

import communique


def _assaults(text: str) -> list[communique.schema.Event]:
    record = communique.extract(text, date="2024-03-08", id="story")
    return [e for e in record.events if e.type == "ASSAULT"]


#: A killing told in the headline, the lede, and twice more many sentences later.
RETOLD = """Officer Who Shot Keith Smith Identified

The officer who shot Keith Smith on Tuesday was identified as Brent Vine, police said. The mayor \
asked residents to stay calm and said an inquiry had begun. Protesters gathered outside the police \
station on Wednesday night. The city council met on Thursday to discuss the budget. Its members \
voted to fund a new library. Smith is the fourth person shot and killed by a city police officer \
this year. Vine was placed on leave after shooting Smith."""


def test_a_named_victim_told_many_times_is_one_event() -> None:
    events = _assaults(RETOLD)
    assert len(events) == 1, [(e.trigger.text, e.sentence) for e in events]
    event = events[0]
    assert [p.name for p in event.recipient] == ["Keith Smith"]
    # every later telling is evidence: the reduced relative's two verbs, the last one
    assert [t.text for t in event.evidence][-3:] == ["shot", "killed", "shooting"]
    assert "later tells the same happening" in event.reason


def test_two_victims_are_two_happenings() -> None:
    text = (
        "Police officer Jane Doe shot John Smith on Tuesday in Tulsa. The mayor called for calm "
        "and asked residents to stay at home. Protesters marched through the centre. The council "
        "met on Thursday. A second officer shot Mary Jones on Friday in Tulsa. Doe was charged "
        "with killing Smith."
    )
    events = _assaults(text)
    victims = sorted(p.name for e in events for p in e.recipient)
    assert victims == ["John Smith", "Mary Jones"], [(e.trigger.text, e.recipient) for e in events]


def test_a_place_attacked_twice_by_different_doers_stays_two_events() -> None:
    text = (
        "Rebel fighters shelled Kharkiv on Monday. The governor appealed for help. Aid workers "
        "arrived in the afternoon. Schools stayed closed. Shops opened again on Wednesday. "
        "Government troops shelled Kharkiv on Thursday."
    )
    assert len(_assaults(text)) == 2


def test_a_participle_after_a_light_verb_tells_the_same_act() -> None:
    text = "A gunman carried out a mass shooting at a nightclub in Orlando, killing 49 people."
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.evidence) for e in events]
    assert [t.text for t in events[0].evidence] == ["killing"]


@pytest.mark.parametrize(
    ("text", "actor", "victim"),
    [
        # a reduced relative clause is a passive: the noun is who was shot; with a copula, its
        # subject; the agent of coordinated participles is shared
        (
            "Smith is the fourth person shot and killed by a police officer this year.",
            "a police officer",
            "Smith",
        ),
    ],
)
def test_a_reduced_relative_names_the_victim(text: str, actor: str, victim: str) -> None:
    events = _assaults(text)
    assert len(events) == 1
    assert [p.name for p in events[0].actor] == [actor]
    assert [p.name for p in events[0].recipient] == [victim]


def test_a_victim_named_in_full_then_by_surname_is_one_happening() -> None:
    text = (
        "Protests Follow Death of Driver\n\n"
        "Protests broke out in the city after Daniel Robert Harris, 43, was killed by the "
        "Chicago police. The mayor called for calm. Schools closed early. The council met on "
        "Thursday to discuss the budget. Its members voted to fund a library. Harris, who was "
        "black, was shot and killed by a police officer after a run-in with officers."
    )
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.recipient) for e in events]
    assert [t.text for t in events[0].evidence] == ["shot", "killed"]


def test_an_arrest_retold_is_one_event_and_another_arrest_is_another() -> None:
    text = (
        "Opposition Leader Arrested\n\n"
        "Police arrested opposition leader Daniel Okafor in Lagos, his party said. The party "
        "called for protests. Shops closed early. The council met to discuss the budget. Its "
        "members voted to fund a library. The mayor spoke on television. Okafor was detained "
        "by police after a rally, "
        "witnesses said. Police also arrested Mary Ade."
    )
    record = communique.extract(text, id="story")
    arrests = [e for e in record.events if e.type == "COERCE"]
    assert sorted(p.name for e in arrests for p in e.recipient) == ["Daniel Okafor", "Mary Ade"]
    okafor = next(e for e in arrests if e.recipient[0].name == "Daniel Okafor")
    assert [t.text for t in okafor.evidence] == ["detained"]


def test_a_definite_act_noun_retells_the_act_told_before() -> None:
    text = (
        "Gunmen attacked a market in Kano on Monday, killing five traders. The governor spoke "
        "on radio. The Kano attack killed five traders, the police said."
    )
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.sentence) for e in events]
    assert [c.text for c in events[0].evidence] == ["killing", "attack", "killed"]


def test_a_definite_act_noun_naming_another_place_is_another_happening() -> None:
    text = (
        "Gunmen attacked a market in Kano on Monday, killing five traders. The governor spoke "
        "on radio. The Maiduguri attack last year killed twenty traders."
    )
    events = _assaults(text)
    assert "attacked" in [e.trigger.text for e in events]
    assert len(events) >= 2, [(e.trigger.text, e.sentence) for e in events]


def test_a_definite_act_noun_with_victims_of_another_number_is_another_happening() -> None:
    # "the arrest of two commanders" cannot retell the arrest of one named person
    text = (
        "Police detained the opposition leader Pavel Novak on Tuesday. The arrest of two army "
        "commanders followed on Wednesday."
    )
    record = communique.extract(text, date="2024-03-08", id="story")
    arrests = [e for e in record.events if e.type == "COERCE"]
    assert len(arrests) == 2, [(e.trigger.text, e.recipient) for e in arrests]
    assert {p.name for e in arrests for p in e.recipient} >= {"two army commanders"}


def test_an_act_noun_set_apart_is_not_a_retelling() -> None:
    text = (
        "Gunmen attacked a market in Kano on Monday, killing five traders. The governor spoke "
        "on radio. The other attack, by gunmen in Kano, killed a guard."
    )
    assert len(_assaults(text)) == 2


def test_the_same_toll_told_again_is_one_happening() -> None:
    text = (
        "A truck drove into a crowd in Lyon on Friday night, killing at least 31 people. The "
        "mayor cancelled the festival. Shops stayed closed on Saturday. The minister said 31 "
        "people were killed and 12 others were injured."
    )
    events = _assaults(text)
    assert len(events) == 1, [(e.trigger.text, e.recipient) for e in events]


def test_a_different_toll_is_another_happening() -> None:
    text = (
        "Gunmen killed 31 people in a market in Lagos on Friday. The governor called for calm. "
        "In March, bombers killed 17 people at a station in Abuja."
    )
    assert len(_assaults(text)) == 2


def test_an_unnamed_victim_of_the_first_act_is_the_first_victim_named_later() -> None:
    text = (
        "DENVER - The sister of a man fatally shot by police spoke to reporters on Friday. "
        "The mayor asked for calm. Protesters gathered downtown. The officer who shot Daniel "
        "Ortega was placed on leave. Last month an officer in Aurora shot and killed Maria Lopez "
        "in a separate case."
    )
    events = _assaults(text)
    assert len(events) == 2, [(e.trigger.text, e.recipient) for e in events]
    assert "Maria Lopez" in {p.name for e in events for p in e.recipient}


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            "Republicans in the state senate criticized Governor Ann Lake over the plan on "
            "Tuesday. Farmers gathered at the fair. Democrats in the state senate also criticized "
            "Governor Ann Lake over the plan.",
            [["Republicans"], ["Democrats"]],
        ),
        (
            "Senator Tom Reed criticized the Pentagon on Monday. The weather was cold. Senator "
            "Mary Cole also criticized the Pentagon.",
            [["Tom Reed"], ["Mary Cole"]],
        ),
        # a text speaks for whoever made it: the ad's attack is the PAC's, told again
        (
            "A conservative super PAC attacked Donald Trump on Thursday over the debate. The "
            "weather was cold. The new ad also attacks Trump over the debate.",
            [["PAC"]],
        ),
        # a state acts through its officials: the second telling retells the first
        (
            "Russia criticized Ukraine over the talks on Monday. The weather was cold. Russian "
            "officials again criticized Ukraine over the talks.",
            [["Russia"]],
        ),
    ],
)
def test_a_nearby_retelling_needs_the_same_doer(text: str, doers: list[list[str]]) -> None:
    """Two groups or people the article tells apart are two doers even when they share a
    country code (both USA) or have none; a state and its officials are one doer, and so are
    a maker and the text it made."""
    record = communique.extract(text, date="2024-03-08", id="story")
    accusations = [e for e in record.events if e.type == "ACCUSE"]
    assert [[p.name for p in e.actor] for e in accusations] == doers


def test_a_coming_act_in_the_headline_and_the_lede_is_one_event() -> None:
    record = communique.extract(
        "Hungarian leader to visit Vietnam\n\nHungary's president Anna Berg will visit "
        "Vietnam next week, her office said. The cabinet met on Monday.",
        date="2024-03-08",
        id="story",
    )
    visits = [e for e in record.events if e.type == "CONSULT" and e.trigger.text == "visit"]
    assert len(visits) == 1, [(e.modality, e.sentence) for e in visits]
    assert visits[0].modality == "future"


def test_a_conjoined_clause_with_a_doer_of_its_own_is_another_act() -> None:
    record = communique.extract(
        "The opposition rejected the talks on Monday and the president rejected the budget.",
        date="2024-03-08",
        id="story",
    )
    rejections = [e for e in record.events if e.type == "REJECT"]
    assert len(rejections) == 2, [(e.trigger.text, e.reason) for e in rejections]
    # the harm of one act counted in two passive clauses stays one event
    assert len(_assaults("Three people were killed and 20 were wounded in the blast.")) == 1


def test_the_lede_after_a_dateline_retells_the_headline_and_names_the_recipient() -> None:
    record = communique.extract(
        "Merkel urges Serbia to pull back forces\n\nBERLIN, March 3 (Reuters) - German "
        "Chancellor Angela Merkel has urged Serbia to pull back its forces from the border "
        "with Kosovo.",
        date="2016-03-03",
        id="story",
    )
    retreats = [e for e in record.events if e.type == "RETREAT"]
    assert len(retreats) == 1, [(e.trigger.text, e.recipient) for e in retreats]
    assert retreats[0].trigger.span[0] < 40 and retreats[0].evidence  # headline, then lede
    assert {p.code for p in retreats[0].recipient} == {"KOS"}


def test_a_headline_that_leaves_the_doer_out_is_retold_by_the_lede() -> None:
    record = communique.extract(
        "Thousands protest in Yerevan against election law\n\nYEREVAN, May 1 (AFP) - Thousands "
        "of students marched through the Armenian capital on Wednesday to protest against the "
        "new election law.",
        date="2024-05-01",
        id="story",
    )
    protests = [e for e in record.events if e.type == "PROTEST"]
    assert len(protests) == 1, [(e.trigger.text, e.actor) for e in protests]
    assert protests[0].evidence and protests[0].actor  # the lede names who protested


def test_the_lede_telling_an_act_aimed_at_another_party_is_another_act() -> None:
    # the same actor and type in the headline and the lede, aimed at two countries: two acts
    # (one date, so that only the recipients tell them apart)
    text = (
        "Kenya accuses Rwanda of arming rebels\n\nNAIROBI, March 8 (Reuters) - Kenya on "
        "Friday criticised Uganda for closing the border."
    )
    record = communique.extract(text, date="2024-03-08", id="story")
    accusations = [e for e in record.events if e.type == "ACCUSE"]
    targets = sorted(p.code or "" for e in accusations for p in e.recipient)
    assert targets == ["RWA", "UGA"], [(e.trigger.text, e.recipient) for e in accusations]


def test_the_lede_naming_the_target_again_retells_the_headline() -> None:
    text = (
        "Kenya accuses Rwanda of arming rebels. "
        "Kenya on Monday accused its neighbour Rwanda of arming rebels in the east."
    )
    record = communique.extract(text, date="2024-03-08", id="story")
    assert len([e for e in record.events if e.type == "ACCUSE"]) == 1
