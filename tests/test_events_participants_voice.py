"""Participants by voice, coordination and grammatical role: a passive clause's doer is its
"by" agent or no one, a participle coordinated with a passive one is passive too, the party a
meeting's partner belongs to is not a recipient, the one told to act is the one asked, and a
bare noun after "for" names a role. Sentences are made up to show each kind, not taken from
gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def events(extractor, text, type_, date="2022-02-18"):
    found = [e for e in extractor.extract(text, date=date).events if e.type == type_]
    assert found, text
    return found


def codes(parts):
    return sorted(p.code for p in parts if p.code)


def names(parts):
    return sorted(p.mention.text if p.mention else p.name for p in parts)


def test_a_partner_of_a_meeting_is_its_recipient_once(extractor):
    # the one met is the recipient; the country of whose ambassador he is adds no second one
    found = events(extractor, "The Egyptian minister met the Israeli ambassador.", "CONSULT")[0]
    assert codes(found.actor) == ["EGY"]
    assert names(found.recipient) == ["the Israeli ambassador"]


def test_the_owner_of_a_thing_rejected_is_still_the_recipient(extractor):
    found = events(extractor, "Russia rejected an American proposal.", "REJECT")[0]
    assert codes(found.recipient) == ["USA"]


def test_coordinated_participles_after_a_noun_each_take_their_own_agent(extractor):
    text = "Assad, aided by Russia and opposed by the United States, held on."
    opposed = next(e for e in extractor.extract(text).events if e.trigger.text == "opposed")
    assert codes(opposed.actor) == ["USA"]
    assert names(opposed.recipient) == ["Assad"]


def test_a_participle_coordinated_with_a_passive_verb_is_passive(extractor):
    text = "The Turkish minister said that the embassy had been attacked and looted."
    looted = next(e for e in extractor.extract(text).events if e.trigger.text == "looted")
    assert looted.actor == []
    assert names(looted.recipient) == ["the embassy"]


def test_coordinated_passive_participles_share_their_agent(extractor):
    text = "The convoy was stopped and searched by Turkish soldiers."
    found = [e for e in extractor.extract(text).events if e.trigger.text in ("stopped", "searched")]
    assert found
    assert all(codes(e.actor) == ["TUR"] for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker of a clause that reports a passive act is not its doer
        "As the reporter spoke about how the embassy had been taken over, the crowd grew.",
        "The senator repeated his claim that the consulate had been attacked.",
    ],
)
def test_a_passive_clause_does_not_take_the_doer_of_the_clause_it_hangs_on(extractor, text):
    found = [e for e in extractor.extract(text).events if e.recipient]
    assert found, text
    assert all(e.actor == [] for e in found)


def test_a_noun_modified_by_a_passive_participle_is_acted_upon(extractor):
    # the subject of the sentence is not who killed the people the participle tells of
    text = "The president met relatives of the 30 people killed in the bombing."
    killed = [e for e in extractor.extract(text).events if e.trigger.text == "killed"]
    assert all(e.actor == [] for e in killed)


def test_the_one_told_to_act_is_asked_even_when_not_coded(extractor):
    # the parties of the act asked for are not the ones asked ("to Ukraine")
    text = "The senator asked the network to donate its profits to German charities."
    assert codes(events(extractor, text, "REQUEST")[0].recipient) == []


def test_a_coded_party_told_to_act_is_the_recipient(extractor):
    found = events(extractor, "China urged Japan to send aid to Ukraine.", "REQUEST")
    assert codes(found[0].recipient) == ["JPN"]


def test_the_subject_of_a_demanded_clause_is_still_the_one_asked(extractor):
    found = events(extractor, "Iran demanded that the United States lift sanctions.", "REQUEST")
    assert codes(found[0].recipient) == ["USA"]


@pytest.mark.parametrize(
    "text",
    ["The governor endorsed Smith for president.", "The governor backed Smith for chairman."],
)
def test_a_bare_singular_noun_after_for_names_a_role_not_a_party(extractor, text):
    found = events(extractor, text, "SUPPORT")
    assert names(found[0].recipient) == ["Smith"]


def test_a_noun_with_a_determiner_after_for_is_a_party(extractor):
    found = events(extractor, "Germany sent aid for the Iraqi refugees.", "AID")
    assert codes(found[0].recipient) == ["IRQ"]


def test_the_subject_after_a_pressed_clause_is_the_one_pressed(extractor):
    # a bare past participle opening a clause is passive: its subject is acted upon ("press"
    # demands only with its aim, here the infinitive)
    text = "When pressed by reporters to resign, the French minister apologized."
    found = events(extractor, text, "REQUEST")
    assert codes(found[0].recipient) == ["FRA"]
    assert not codes(found[0].actor)


def test_an_opening_participle_with_an_agent_names_its_doer(extractor):
    found = events(extractor, "Criticized by Germany, the French minister resigned.", "ACCUSE")[0]
    assert codes(found.actor) == ["DEU"]
    assert codes(found.recipient) == ["FRA"]


def test_a_present_participle_after_a_noun_has_that_noun_as_its_doer(extractor):
    text = "The court ordered the release of a video of a police officer shooting Daniel Ortiz."
    found = events(extractor, text, "ASSAULT")[0]
    assert names(found.actor) == ["a police officer"]
    assert names(found.recipient) == ["Daniel Ortiz"]


def test_a_document_after_which_a_participle_follows_is_not_its_doer(extractor):
    text = "Parliament passed a resolution calling on Turkey to withdraw."
    found = events(extractor, text, "REQUEST")[0]
    assert names(found.actor) == ["Parliament"]


def test_a_complement_after_a_direct_object_has_the_object_as_its_doer(extractor):
    text = "Witnesses filmed soldiers beating a protester in Cairo."
    found = events(extractor, text, "ASSAULT")[0]
    assert names(found.actor) == ["soldiers"]
    assert names(found.recipient) == ["a protester"]


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("Ethiopia accused Egypt of arming rebels in the Amhara region.", "COOPERATE", "EGY"),
        ("Ethiopia accused Egypt of backing rebels in the Amhara region.", "SUPPORT", "EGY"),
        ("Ethiopia apologised to Egypt for backing rebels in Sudan.", "SUPPORT", "ETH"),
        # a thing gained is no doer: the subject did the act it was paid for
        ("Pakistan received a large fee for arming rebels in Sudan.", "COOPERATE", "PAK"),
        # an adverb before the gerund makes the parser hang the phrase on the object
        ("Kenya accused Somali militias of deliberately attacking civilians.", "ASSAULT", "SOM"),
    ],
)
def test_an_object_before_a_gerund_after_a_preposition_does_its_act(extractor, text, type_, doer):
    found = events(extractor, text, type_)[0]
    assert codes(found.actor) == [doer]


@pytest.mark.parametrize(
    "text",
    [
        # the one indicted or accused did the act, though no dictionary role names them: the
        # court or the prosecutors did not beat or kill anyone
        "A court indicted the officer for beating a prisoner.",
        "Prosecutors accused the guard of beating a prisoner.",
    ],
)
def test_the_one_indicted_for_an_act_is_its_doer_not_the_court(extractor, text):
    found = events(extractor, text, "ASSAULT")[0]
    assert found.actor == []
    assert names(found.recipient) == ["a prisoner"]


def test_an_object_of_a_verb_of_pressure_does_the_act_of_its_infinitive(extractor):
    text = "The senator pushed Egypt to release the prisoners."
    found = events(extractor, text, "RETREAT")[0]
    assert codes(found.actor) == ["EGY"]


def test_an_infinitive_of_purpose_after_an_object_keeps_the_subject_as_doer(extractor):
    text = "The Egyptian minister phoned Jones to thank him."
    found = events(extractor, text, "SUPPORT")[0]
    assert codes(found.actor) == ["EGY"]


def test_a_promise_keeps_its_own_subject_as_the_doer_of_the_act_promised(extractor):
    # the troops sent are no recipient: the sending is coded only with the goal it names
    text = "Russia promised Serbia to send troops to Bosnia."
    sent = next(e for e in extractor.extract(text).events if e.trigger.text.startswith("send"))
    assert codes(sent.actor) == ["RUS"]
    assert codes(sent.recipient) == ["BIH"]


def test_a_passive_auxiliary_makes_a_conjunct_passive(extractor):
    found = events(extractor, "The rebels entered the town and were later shot.", "ASSAULT")[0]
    assert found.actor == []
    assert names(found.recipient) == ["The rebels"]


def test_a_city_before_an_act_noun_is_where_it_happened_not_its_doer(extractor):
    found = events(extractor, "Orlando attacks shocked the world.", "ASSAULT")[0]
    assert found.actor == []


def test_an_act_noun_is_no_party_and_its_verb_tells_the_same_act(extractor):
    found = events(extractor, "The Moscow bombing killed twelve people.", "ASSAULT")
    assert len(found) == 1
    assert found[0].actor == []
    assert names(found[0].recipient) == ["twelve people"]


def test_the_doer_of_an_act_noun_is_the_doer_of_what_it_did(extractor):
    found = events(extractor, "The attack by Boko Haram killed 30 villagers.", "ASSAULT")
    assert len(found) == 1
    assert names(found[0].actor) == ["Boko Haram"]


def test_an_act_noun_performed_by_a_passive_light_verb_is_one_event(extractor):
    found = events(extractor, "An attack on the base was launched by the rebels.", "ASSAULT")
    assert len(found) == 1
    assert names(found[0].actor) == ["the rebels"]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Opposition leader detained in Minsk\nThe party will appeal.", "Opposition leader"),
        ("Two journalists arrested in Baku\nTheir editor called for calm.", "Two journalists"),
    ],
)
def test_a_headline_past_form_with_no_object_is_a_passive(extractor, text, victim):
    # headlines drop "was" and tell past acts in the present: the subject underwent the act
    found = events(extractor, text, "COERCE")[0]
    assert names(found.recipient) == [victim]
    assert found.actor == []


@pytest.mark.parametrize(
    "text",
    [
        "Police detained an opposition leader in Minsk.\nThe party said it would appeal.",
        "The police detained the leader\nThe party said it would appeal.",
    ],
)
def test_a_past_form_in_running_text_or_with_an_object_stays_active(extractor, text):
    found = events(extractor, text, "COERCE")[0]
    assert names(found.actor) in (["Police"], ["The police"])


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the parser hangs the one allowed on the infinitive as its subject: it is the object
        ("Syria allowed UN inspectors to enter the airbase.", "RETREAT", ["UNO"]),
        ("Hungary forced the Serbian drivers to unload their trucks.", "COERCE", ["SRB"]),
    ],
)
def test_the_noun_before_an_infinitive_is_the_object_of_a_verb_of_causing(
    extractor, text, type_, recipient
):
    found = events(extractor, text, type_)[0]
    assert codes(found.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # read as "the minister [who was] called on": a sentence has a finite verb
        ("The Swedish trade minister called on Chile to lower its tariffs.", ["SWE"], ["CHL"]),
        ("The Greek prime minister called on Turkey to end the drilling.", ["GRC"], ["TUR"]),
    ],
)
def test_a_root_noun_with_a_past_tense_verb_after_it_is_the_verbs_subject(
    extractor, text, actor, recipient
):
    found = events(extractor, text, "REQUEST")[0]
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)


def test_a_headline_noun_with_a_past_form_after_it_stays_the_one_acted_upon(extractor):
    text = "Opposition leader detained by police in Minsk\nHe denies it."
    found = events(extractor, text, "COERCE")
    assert names(found[0].recipient) == ["Opposition leader"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the threatener's own act, told in a "that" clause, names the one threatened
        ("Ankara warned that it could close Iraq's oil pipeline.", ["IRQ"]),
        ("Hanoi warned that it would expel Chinese trawlers.", ["CHN"]),
    ],
)
def test_the_act_a_warning_clause_tells_names_the_one_threatened(extractor, text, recipient):
    found = [e for e in events(extractor, text, "THREATEN") if e.trigger.text == "warned"]
    assert codes(found[0].recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        # a plural pronoun does not stand for the name of one state: someone else's act
        "Washington warned that they could close Iraq's oil pipeline.",
        # a singular one does not stand for a plural subject
        "The rebels warned that it could expel Chinese trawlers.",
        # a pronoun speaker is stood for only by the same pronoun
        "He warned that they could close Iraq's oil pipeline.",
        "She warned that it could expel Chinese trawlers.",
        # "it" never stands for a person: a named person's "it" is a thing or a body
        "John Smith warned that it could close Iraq's oil pipeline.",
        "Senator Maria Lopez warned that it would expel Chinese trawlers.",
    ],
)
def test_a_warning_clause_whose_pronoun_disagrees_tells_no_own_act(extractor, text):
    found = [e for e in events(extractor, text, "THREATEN") if e.trigger.text == "warned"]
    assert found and all(not e.recipient for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish leaders warned that they could close Iraq's oil pipeline.",
        # a pronoun speaker and the same pronoun: one and the same
        "They warned that they could close Iraq's oil pipeline.",
        "He warned that he could close Iraq's oil pipeline.",
    ],
)
def test_a_pronoun_that_agrees_stands_for_the_warner(extractor, text):
    found = [e for e in events(extractor, text, "THREATEN") if e.trigger.text == "warned"]
    assert codes(found[0].recipient) == ["IRQ"]


def test_the_target_of_an_act_threatened_is_the_one_threatened(extractor):
    # the owner of the thing attacked, not the place it is in
    text = "Tehran threatened a missile strike on Saudi oil fields in Bahrain."
    found = events(extractor, text, "THREATEN")[0]
    assert codes(found.recipient) == ["SAU"]


def test_a_by_agent_hung_on_the_passive_verbs_place_or_time_is_its_doer(extractor):
    # the parser hangs "by Kenyan students" on "the embassy"; a place or a day has no doer of
    # its own, so the phrase is the passive verb's agent, as when it comes first
    for text in (
        "A protest was staged outside the embassy by Kenyan students.",
        "A protest was staged by Kenyan students outside the embassy.",
    ):
        found = events(extractor, text, "PROTEST")[0]
        assert codes(found.actor) == ["KEN"], text
    found = events(
        extractor, "The Kenyan ambassador was attacked near his home by armed men.", "ASSAULT"
    )[0]
    assert names(found.actor) == ["armed men"]
    assert codes(found.recipient) == ["KEN"]


def test_a_by_phrase_of_an_act_noun_stays_that_acts_doer(extractor):
    # "a protest by students" is the students' protest: they did not make the arrest
    found = events(
        extractor, "The Kenyan lawyer was detained on Monday at a protest by students.", "COERCE"
    )[0]
    assert "students" not in names(found.actor)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        ("Moldova was threatened with reprisals by Russia.", "THREATEN", ["RUS"], ["MDA"]),
        (
            "Venezuela was threatened with tariffs by the United States.",
            "THREATEN",
            ["USA"],
            ["VEN"],
        ),
    ],
)
def test_the_by_phrase_after_a_passive_content_phrase_is_its_agent(
    extractor, text, type_, actor, recipient
):
    """The agent phrase follows a passive's complements: "by" hung on the "with" noun still
    names the passive's doer, also when that noun is an act of the same doer."""
    found = events(extractor, text, type_)[0]
    assert codes(found.actor) == actor
    assert codes(found.recipient) == recipient


def test_a_by_phrase_naming_no_one_who_acts_is_not_the_agent(extractor):
    found = events(extractor, "Chad was threatened with a cut in aid by next year.", "THREATEN")
    assert codes(found[0].actor) == []


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The visit of the Peruvian president to Bolivia lasted two days.", ["PER"], ["BOL"]),
        ("The visit of Ghana's finance minister to Beijing ended.", ["GHA"], ["CHN"]),
        ("A visit of the Swedish king to Estonia began on Monday.", ["SWE"], ["EST"]),
    ],
)
def test_the_of_phrase_of_a_visit_names_the_visitor(extractor, text, actor, recipient):
    """One visits by going, so a visit's "of" phrase (no "by" phrase) names who goes: the
    PLOVER manual's actor; the "to" phrase names the host, its recipient."""
    found = events(extractor, text, "CONSULT")[0]
    assert codes(found.actor) == actor
    assert codes(found.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Hezbollah launched rockets at northern Israel.", ["LBN"], ["ISR"]),
        ("The Houthis launched a missile at Riyadh's airport.", ["YEM"], ["SAU"]),
    ],
)
def test_a_weapon_launched_at_a_party_is_aimed_at_it(extractor, text, actor, recipient):
    """ "launch" projects the weapon it launches as "fire" does: the "at" phrase names the
    target; "launched a missile at dawn" names none."""
    found = events(extractor, text, "ASSAULT")[0]
    assert codes(found.actor) == actor
    assert codes(found.recipient) == recipient


def test_a_weapon_launched_at_a_time_has_no_target(extractor):
    found = events(extractor, "The rebels launched a missile at dawn.", "ASSAULT")[0]
    assert codes(found.recipient) == []


def test_forces_massed_along_the_border_with_a_party_face_it(extractor):
    """PETRARCH2's "- $ * ON ALERT ALONG ^ BORDER WITH + [152] # PUT": the party of the border
    along which forces are posted is the one they are mobilised against."""
    found = events(extractor, "Belarus massed troops along its border with Poland.", "MOBILIZE")
    assert codes(found[0].actor) == ["BLR"]
    assert codes(found[0].recipient) == ["POL"]
    found = events(extractor, "Serbia amassed troops along the boundary with Kosovo.", "MOBILIZE")
    assert codes(found[0].recipient) == ["KOS"]
