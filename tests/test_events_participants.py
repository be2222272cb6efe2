"""Who takes part in an event: coordinated, stacked and possessive noun phrases, nationality
words as actors. Sentences are made up to show each kind, not taken from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def first(extractor, text, type_, date="2022-02-18"):
    found = [e for e in extractor.extract(text, date=date).events if e.type == type_]
    assert found, text
    return found[0]


def codes(parts):
    return sorted(p.code for p in parts)


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        ("Senior Hungarian and Romanian officials agreed to cooperate.", "AGREE", ["HUN", "ROU"]),
        ("The leaders of Egypt and Jordan met in Amman.", "CONSULT", ["EGY", "JOR"]),
        ("Officials from Iran, Iraq and Syria met in Baghdad.", "CONSULT", ["IRN", "IRQ", "SYR"]),
        ("North and South Korea agreed to hold talks.", "AGREE", ["KOR", "PRK"]),
        # material cooperation between the coordinated parties: each is the other's recipient
        ("Egypt and Greece conducted joint maneuvers in the Aegean.", "COOPERATE", ["EGY", "GRC"]),
    ],
)
def test_coordination_makes_one_participant_per_country(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # stacked modifiers name one people: where they live, then who they are
        ("Kosovo Albanian leaders rejected the plan.", "REJECT", ["KOS"]),
        ("Bosnian Serb forces shelled the town.", "ASSAULT", ["BIH"]),
        ("Iraqi Kurdish leaders rejected the plan.", "REJECT", ["IRQ"]),
    ],
)
def test_stacked_nationality_words_are_one_participant(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


def test_a_nationality_word_before_an_organisations_name_gives_its_country(extractor):
    # PETRARCH2 codes the name "Islamic Jihad" as Lebanon's; the article says Palestinian
    article = extractor.extract("The Palestinian Islamic Jihad movement rejected the plan.")
    found = next(e for e in article.events if e.type == "REJECT")
    assert codes(found.actor) == ["PSE"]
    actor = next(a for a in article.actors if a.id == found.actor[0].actor_id)
    assert actor.basis == "article" and "Palestinian" in actor.reason


def test_a_prepositions_object_misparsed_as_a_clause_subject_is_still_its_object(extractor):
    # "officers holed up in ...": a reduced relative the parser reads as a clause
    found = first(
        extractor,
        "Peru granted asylum to five Panamanian officers holed up in an embassy.",
        "AID",
    )
    assert codes(found.recipient) == ["PAN"]


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        ("France said it would send troops to Ivory Coast.", "COOPERATE", ["CIV"]),
        ("Serbia returned 20 prisoners to Croatia.", "RETREAT", ["HRV"]),
    ],
)
def test_the_to_phrase_receives_and_the_object_is_what_is_given(extractor, text, type_, recipients):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # PETRARCH2's patterns put the target after these (participants.RECIPIENT_PREPS)
        ("Ghana lashed out at Nigeria over the border closure.", "ACCUSE", ["NGA"]),
        ("The Kenyan government complained to Uganda about the shooting.", "ACCUSE", ["UGA"]),
        ("The Chilean minister disagreed with Peru on the tariffs.", "ACCUSE", ["PER"]),
        ("Norway refused a deal with Sweden.", "REJECT", ["SWE"]),
        ("Kenya called upon Uganda to release the prisoners.", "REQUEST", ["UGA"]),
        ("Kenya pleaded with Uganda to stay.", "REQUEST", ["UGA"]),
        # after the object, "with" is the charge: the one charged is the recipient
        ("Prosecutors charged the Somali general with war crimes.", "ACCUSE", ["SOM"]),
        # "with" and a clause of its own is a circumstance, not a party
        (
            "The Chilean minister disagreed on the plan, with Peruvian officials playing down"
            " the rift.",
            "ACCUSE",
            [],
        ),
        # without a particle, "at" says where
        ("The Kenyan minister criticized Uganda at the Nairobi summit.", "ACCUSE", ["UGA"]),
        # a verb or noun of mutual combat names the other side with "with" (COMBAT_WITH)
        ("Eritrean troops clashed with Ethiopian soldiers near the border.", "ASSAULT", ["ETH"]),
        ("Kenyan police battled with Somali gunmen on Monday.", "ASSAULT", ["SOM"]),
        ("Chad's war with Libya lasted four years.", "ASSAULT", ["LBY"]),
        # with an "against" phrase, "with" names an ally
        (
            "Ugandan soldiers fought with Kenyan troops against Somali militants.",
            "ASSAULT",
            ["SOM"],
        ),
        # other acts of force take "with" for the weapon
        ("Eritrean troops attacked Ethiopian soldiers with mortars.", "ASSAULT", ["ETH"]),
        # a verb of aimed projection with no object names its target with "at"
        # (``aimed_verbs`` of events.yaml)
        ("Eritrean soldiers fired at Ethiopian villagers.", "ASSAULT", ["ETH"]),
        ("Somali gunmen shot at a Kenyan helicopter.", "ASSAULT", ["KEN"]),
        # with an object that is no projectile, "at" says where
        ("Somali gunmen shot two Kenyan soldiers at the Nairobi club.", "ASSAULT", ["KEN"]),
        # the projectile its pattern names as object is thrown or fired "at" the target
        # (projected_at: "- * ROCKS_AND_FIRECRACKERS AT + [180] # THROW", "- * ROCKETS AT +")
        ("Eritrean protesters threw stones at Ethiopian soldiers.", "ASSAULT", ["ETH"]),
        ("Syrian jets fired rockets at Turkish troops on Monday.", "ASSAULT", ["TUR"]),
        # troops moved "toward" a party (CAMEO "- $ TROOP * TOWARD + [154] # MOVE")
        ("Ugandan troops moved toward the Kenyan border.", "MOBILIZE", ["KEN"]),
        # a journey "to" a party is a visit to its host (journey_hosts: "- * TO + [042:043] #
        # TRAVEL"), who is no partner among the actors
        ("The Kenyan foreign minister travelled to Uganda on Monday.", "CONSULT", ["UGA"]),
        ("The Nigerian president went to Ghana for consultations.", "CONSULT", ["GHA"]),
        # support thrown "behind" a party ("- * WEIGHT BEHIND + [051] # THREW")
        ("Kenya threw its support behind Uganda.", "SUPPORT", ["UGA"]),
        ("The governor threw his weight behind the Kenyan president.", "SUPPORT", ["KEN"]),
        # "out of" is "from" (out_of: "- * &MILITARY OUT OF + [0874] # PULL")
        ("Syria pulled its troops out of Lebanon.", "RETREAT", ["LBN"]),
        ("Kenya pulled its soldiers out of Somalia on Monday.", "RETREAT", ["SOM"]),
    ],
)
def test_the_preposition_a_pattern_puts_before_the_target_names_the_recipient(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Kenya complained that Uganda had closed the border.", ["UGA"]),
        ("The Kenyan minister alleged that Ugandan troops attacked the village.", ["UGA"]),
        ("Kenya charged that Uganda was behind the attack.", ["UGA"]),
        # a passive clause's subject suffered the act: no one is accused by name
        ("Kenya complained that civilians were killed.", []),
    ],
)
def test_the_doer_of_the_act_an_accusation_reports_is_its_recipient(extractor, text, recipients):
    assert codes(first(extractor, text, "ACCUSE").recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        ("Syrian troops, who shelled the town on Monday, withdrew on Tuesday.", "ASSAULT", ["SYR"]),
        ("It was the Turkish army that shelled the villages.", "ASSAULT", ["TUR"]),
    ],
)
def test_a_relative_pronoun_subject_is_the_noun_its_clause_modifies(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


def test_a_clause_with_its_own_subject_takes_no_actor_from_the_clause_above(extractor):
    # "when a bomb exploded": the bomb is the subject, the wounded policemen are no bombers
    article = extractor.extract("Three Iraqi policemen were wounded when a bomb exploded in Basra.")
    assert all("IRQ" not in codes(e.actor) for e in article.events if e.trigger.text == "exploded")


def test_called_on_is_an_appeal_to_the_party_named(extractor):
    # CAMEO's "+CALL_ON" [020], a prepositional verb the parser reads as "called" + "on Israel"
    article = extractor.extract("Egypt called on Israel to halt settlement construction.")
    request = next(e for e in article.events if e.type == "REQUEST")
    assert request.trigger.text == "called on"
    assert (codes(request.actor), codes(request.recipient)) == (["EGY"], ["ISR"])
    assert not any(e.type == "CONSULT" for e in article.events)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a release frees someone else's people: the country the text gives them
        ("Iraq released 30 Iranian prisoners of war.", ["IRN"]),
        # people released with no country named are the actor's own
        ("Burma released 100 political prisoners.", ["MMR"]),
        # troops withdrawn are one's own: the party is whom they leave
        ("Syria withdrew its forces from Lebanon.", ["LBN"]),
        # an eased measure's "on" phrase names whom it was on ("REVOKE EMARGO ON +" [085])
        ("Canada lifted its sanctions on Myanmar.", ["MMR"]),
    ],
)
def test_the_people_released_are_the_recipient_and_the_forces_withdrawn_are_not(
    extractor, text, recipients
):
    assert codes(first(extractor, text, "RETREAT").recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # what is cut went "to" the party cut off ("- $ * ASSISTANCE TO + [162] # CUT"),
        # whether the parser hangs "to" on the object or on the verb
        ("Canada suspended military aid to Ethiopia after the coup.", "SANCTION", ["ETH"]),
        ("Norway froze its development aid to Uganda on Monday.", "SANCTION", ["UGA"]),
        # a threat to cut it: the threatened act's party is the one threatened
        ("Japan threatened to cut economic aid to Myanmar.", "THREATEN", ["MMR"]),
    ],
)
def test_a_sanctions_to_phrase_after_its_object_names_the_party_cut_off(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the bare subjunctive after "demanded that", read by the parser as a noun with the
        # subject hung on it as a compound: the one asked is still the clause's subject
        ("The rebels demanded that South Sudan mediate between the two factions.", [("SSD", None)]),
        # the government asked, not the place the farmers are in
        (
            "Farmers in Kenya demanded that the federal government cap fuel prices.",
            [("KEN", "GOV")],
        ),
    ],
)
def test_the_subject_of_a_that_clause_read_as_a_noun_is_the_one_asked(extractor, text, recipients):
    found = first(extractor, text, "REQUEST").recipient
    assert [(p.code, p.sector) for p in found] == recipients


def test_after_an_object_another_party_owns_to_is_the_objects_own(extractor):
    # the speech is Smith's: he is the one boycotted, the party only its audience
    event = first(extractor, "The rabbis will boycott Smith's speech to the party.", "PROTEST")
    assert [p.name for p in event.recipient] == ["Smith"]


def test_the_place_the_sentence_names_beats_the_storys_country_for_locals(extractor):
    # "students" alone would take the story's country (China, from "the Chinese government");
    # the sentence says where they are, and the PLOVER manual codes Hong Kong apart
    event = first(
        extractor,
        "Thousands of students marched in Hong Kong against the Chinese government.",
        "PROTEST",
    )
    assert codes(event.actor) == ["HKG"]
    assert codes(event.recipient) == ["CHN"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Berlin will send Leopard battle tanks, the government said.", "AGREE"),
        ("Norway pledged to supply air defence missiles, its premier said.", "AGREE"),
    ],
)
def test_the_thing_a_verb_of_transfer_moves_is_never_its_recipient(extractor, text, type_):
    found = first(extractor, text, type_)
    assert found.recipient == []
    assert not [e for e in extractor.extract(text).events if e.type == "AID"]


def test_the_goal_of_an_act_agreed_to_is_its_recipient_not_the_thing_given(extractor):
    found = first(extractor, "Russia agreed to sell fighter jets to India.", "AGREE")
    assert codes(found.recipient) == ["IND"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the act named as the subject is done by its "by" phrase
        ("The attack by Taliban militants on a NATO convoy killed four soldiers.", ["AFG"]),
        # an act of force by no one named: the country of the place its phrase names
        ("A roadside bombing near the city of Mosul killed two American soldiers.", ["IRQ"]),
    ],
)
def test_an_act_named_as_the_subject_is_done_by_its_own_doer(extractor, text, actors):
    # the killing is told as the act's outcome: one event, the verb its trigger or evidence
    killed = next(
        e
        for e in extractor.extract(text).events
        if "killed" in [e.trigger.text, *(ev.text for ev in e.evidence)]
    )
    assert codes(killed.actor) == actors


def test_a_place_in_the_subject_phrase_is_no_doer_of_acts_other_than_force(extractor):
    article = extractor.extract("The campaign in Nevada led to her victory.")
    assert all("USA" not in codes(e.actor) for e in article.events)


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # a province PETRARCH2 lists among a country's names: the country
        ("Rebels in Darfur attacked a police station.", "ASSAULT", ["SDN"]),
        # a former name of a country
        ("Zaire accused Rwanda of invading its territory.", "ACCUSE", ["COD"]),
        # a US state: PETRARCH2 lists the states among the names of the United States
        ("South Dakota sued the federal agency.", "ACCUSE", ["USA"]),
        ("Sparsely populated South Dakota sued the federal agency.", "ACCUSE", ["USA"]),
        ("Texas farmers protested against the tariffs.", "PROTEST", ["USA"]),
    ],
)
def test_a_countrys_other_names_code_as_the_country(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Republicans criticized the plan.", "ACCUSE"),
        ("Some Democrats rejected the proposal.", "REJECT"),
        ("Congressional Republicans condemned the ruling.", "ACCUSE"),
        ("House Republicans rejected the bill.", "REJECT"),
    ],
)
def test_the_word_for_a_partys_members_gives_the_partys_country(extractor, text, type_):
    # "Republicans" is to the Republican Party what "Russians" is to Russia
    assert codes(first(extractor, text, type_).actor) == ["USA"]


def test_a_party_word_before_an_act_is_no_party_to_it(extractor):
    # "the Democratic talks": whose event it is; the ones who talk are the subject (a
    # candidates' debate is no event at all: test_events_grammar, everyday senses)
    event = first(extractor, "During the Democratic talks, Smith criticized Jones.", "CONSULT")
    assert [p.name for p in event.actor] == ["Smith"]


def test_a_states_name_inside_a_persons_name_codes_no_country(extractor):
    event = first(extractor, "Virginia Raggi criticized the plan.", "ACCUSE")
    assert "USA" not in [p.code for p in event.actor]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # "The Valley" is Anguilla's capital; "Silicon Valley" names no country
        ("Silicon Valley rejected the plan.", "REJECT"),
        # "America" ends the name of a region, not the United States' name
        ("Leaders in South America criticized the plan.", "ACCUSE"),
    ],
)
def test_a_place_word_ending_a_longer_name_codes_no_country(extractor, text, type_):
    assert [p.code for p in first(extractor, text, type_).actor] == [None]


def test_a_persons_name_that_is_also_a_countrys_other_name_codes_no_country(extractor):
    # Castile is one of Spain's other names in PETRARCH2's country block: as the end of a
    # person's name it names the person, in the participant's phrase as in the actor layer
    text = "Police arrested supporters of John Castile after the rally."
    event = first(extractor, text, "COERCE")
    assert "ESP" not in [p.code for p in event.recipient]


def test_the_of_phrase_after_a_verbs_object_is_the_charge_not_a_party(extractor):
    event = first(extractor, "Kenya accused Somalia of supporting rebels.", "ACCUSE")
    assert [p.code for p in event.recipient] == ["SOM"]
    # a noun's "of" phrase is still its target
    assert codes(first(extractor, "Germany's criticism of Turkey grew.", "ACCUSE").recipient) == [
        "TUR"
    ]


def test_a_threat_asked_for_names_its_target_in_its_own_phrase(extractor):
    event = first(extractor, "The French president called for sanctions against Iran.", "THREATEN")
    assert codes(event.recipient) == ["IRN"]


def test_a_state_office_holders_state_after_the_name_codes_every_mention(extractor):
    # "Sen. X of Ohio" serves a US state: the person, not only that mention, is American
    text = "Sen. Dale Brenner of Ohio spoke on Monday. Brenner later condemned Iran."
    assert codes(first(extractor, text, "ACCUSE").actor) == ["USA"]


def test_a_party_member_in_apposition_codes_every_mention(extractor):
    # "X, a Tennessee Republican," describes X: an American, not the story's other country
    text = "Sen. Dale Brenner, a Tennessee Republican, spoke. Brenner later condemned Iran."
    assert codes(first(extractor, text, "ACCUSE").actor) == ["USA"]


def test_a_possessed_country_noun_names_the_possessors_country(extractor):
    text = "Venezuelan President Nicolas Maduro said Colombia had attacked his country."
    assert codes(first(extractor, text, "ACCUSE").recipient) == ["VEN"]


def test_a_visit_named_by_a_noun_keeps_visitor_and_host_apart(extractor):
    event = first(extractor, "The German chancellor's visit to Japan ended on Friday.", "CONSULT")
    assert (codes(event.actor), codes(event.recipient)) == (["DEU"], ["JPN"])


def test_a_threat_named_by_a_noun_takes_the_one_threatened_from_its_to_phrase(extractor):
    event = first(extractor, "China's warning to Taiwan came after the election.", "THREATEN")
    assert (codes(event.actor), codes(event.recipient)) == (["CHN"], ["TWN"])


def test_an_agreement_between_parties_as_a_passive_subject_names_its_parties(extractor):
    text = "The agreement between Armenia and Azerbaijan was signed in Moscow."
    assert codes(first(extractor, text, "SUPPORT").actor) == ["ARM", "AZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped 200 schoolgirls in the north.",
        "The news came that 20 schoolchildren had been murdered.",
    ],
)
def test_counted_people_named_by_a_compound_noun_are_the_victims(extractor, text):
    event = first(extractor, text, "ASSAULT")
    assert [p.sector for p in event.recipient] == ["CVL"]


def test_counted_weapons_are_no_party(extractor):
    event = first(extractor, "The army fired 20 missiles at dawn.", "ASSAULT")
    assert event.recipient == []


@pytest.mark.parametrize(
    ("text", "type_", "victims", "code"),
    [
        ("A car bomb killed at least 30 in Kabul on Monday.", "ASSAULT", "at least 30", "AFG"),
        ("Twelve were wounded in Mosul when the shells landed.", "ASSAULT", "Twelve", "IRQ"),
        ("Police arrested 40 after the march.", "COERCE", "40", None),
    ],
)
def test_a_number_alone_after_a_verb_done_to_people_counts_people(
    extractor, text, type_, victims, code
):
    event = first(extractor, text, type_)
    assert [(p.name, p.code) for p in event.recipient] == [(victims, code)]


@pytest.mark.parametrize(
    "text", ["The rebels fired 20 at the border post.", "The party won 12 in the north."]
)
def test_a_number_alone_after_other_verbs_counts_things(extractor, text):
    events = communique.Extractor().extract(text, date="2022-02-18").events
    assert not any(p.name.isdigit() for e in events for p in e.recipient + e.actor)


def test_a_meetings_partner_does_not_stand_for_the_one_who_meets(extractor):
    # the subject of "is eager" meets the ambassador: the doer is the actor, the one met the
    # recipient, as when the subject is the verb's own ("The minister met the ambassador")
    event = first(extractor, "The minister is eager to meet the Chinese ambassador.", "CONSULT")
    assert [p.name for p in event.actor] == ["The minister"]
    assert [p.name for p in event.recipient] == ["the Chinese ambassador"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("China criticized the Paris agreement.", "ACCUSE"),
        ("The senator praised the Chicago plan.", "SUPPORT"),
    ],
)
def test_a_city_before_a_thing_says_where_not_whose(extractor, text, type_):
    assert first(extractor, text, type_).recipient == []


def test_a_country_before_a_thing_is_its_owner(extractor):
    event = first(extractor, "Congress rejected the Iran deal.", "REJECT")
    assert codes(event.recipient) == ["IRN"]


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # a passive participle's "by" agent made the thing (makers: "- * CHANGES PROPOSED BY +
        # [123] # REJECT", "- WILL * &CRIME COMMITTED BY + [1121] # PRESENT")
        ("Serbia rejected the changes proposed by the European Union.", "REJECT", ["EUR"]),
        ("Kenya condemned the killings carried out by Somali militants.", "ACCUSE", ["SOM"]),
        ("Ghana endorsed the peace plan proposed by Norway.", "SUPPORT", ["NOR"]),
        # a meeting's partners are actors: the one who led it is no recipient
        ("In May, Ghana held a large meeting led by Norway.", "CONSULT", []),
        # a participle a comma sets off may hang on any noun before it: it names no owner
        (
            "Ghana apologized to Togo for one of its boats stopping a ship in the lagoon,"
            " disputed by Ghana and Benin.",
            "SUPPORT",
            ["TGO"],
        ),
    ],
)
def test_the_agent_of_a_participle_after_the_object_is_its_owner(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "who" refers only to people: its noun names someone, known role or not
        ("Critics who condemned Jones met on Monday.", "Critics"),
        # a noun in apposition names the same one as the name beside it
        ("Robert Smith, a longtime fan who criticized Mr. Jones, spoke.", "Robert Smith"),
    ],
)
def test_the_noun_a_who_clause_modifies_is_its_doer(extractor, text, actor):
    assert [p.name for p in first(extractor, text, "ACCUSE").actor] == [actor]


def test_a_call_with_an_object_states_the_callers_purpose(extractor):
    # "call" directs an act only through "on" (CAMEO +CALL_ON): with an object it telephones
    text = "The senator called the governor to congratulate her."
    event = first(extractor, text, "SUPPORT")
    assert [p.name for p in event.actor] == ["The senator"]
    assert event.modality != "requested"
    appeal = first(extractor, "The senator called on the governor to resign.", "CONCEDE")
    assert appeal.modality == "requested"
    assert [p.name for p in appeal.actor] == ["the governor"]


def test_a_place_named_before_an_act_of_force_is_where_it_was_done(extractor):
    event = first(extractor, "The Kabul bombing shocked the world.", "ASSAULT")
    assert event.location is not None and event.location.country == "AFG"
    assert codes(event.recipient) == ["AFG"] and event.actor == []


def test_a_who_clause_on_a_predicate_noun_is_done_by_the_subject(extractor):
    text = "Mr. Jones is a liar and a bully who has pledged to ban all refugees."
    event = first(extractor, text, "THREATEN")
    assert [p.name.removeprefix("Mr. ") for p in event.actor] == ["Jones"]


def test_a_who_clause_hung_on_an_earlier_noun_names_no_one_by_it(extractor):
    # "who" follows "minorities": the parser's attachment to "plight" is not its antecedent
    text = "Speakers spoke of the plight of minorities who were killed by police."
    events = extractor.extract(text, date="2022-02-18").events
    assert not any(p.name == "the plight" for e in events for p in e.actor + e.recipient)


def test_a_plural_beside_a_name_is_not_that_name(extractor):
    # the parser makes "activists" an appositive of "Smith"
    text = (
        "Since Jones has more votes than Smith, activists who condemn him would be going"
        " against the voters."
    )
    event = first(extractor, text, "ACCUSE")
    assert [p.name for p in event.actor] == ["activists"]


def test_a_place_noun_after_a_city_is_that_place(extractor):
    event = first(extractor, "The senator visited the Chicago area on Monday.", "CONSULT")
    assert [p.name for p in event.recipient] == ["Chicago"]


def test_a_who_clause_after_its_nouns_modifiers_still_names_it(extractor):
    # "who" is never a place: the parser hangs the clause on "Leeds"
    text = "A nurse from Leeds who backed the plan was praised."
    event = first(extractor, text, "SUPPORT")
    assert event.trigger.text.startswith("backed")
    assert [p.name for p in event.actor] == ["A nurse"]


@pytest.mark.parametrize(
    ("text", "type_", "name"),
    [
        # "who" is never a thing: the parser hangs the clause on the object of the participle
        (
            "A woman carrying a Kenyan flag who was arrested by the police said she was innocent.",
            "COERCE",
            "A woman",
        ),
    ],
)
def test_a_who_clause_on_a_thing_names_the_person_the_thing_belongs_to(
    extractor, text, type_, name
):
    event = first(extractor, text, type_)
    assert [p.name for p in event.recipient] == [name]
    # the doer of the clause's own act, as well as the one acted upon
    text = "A student wearing a Kenyan scarf who criticised the Ugandan president was detained."
    assert [p.name for p in first(extractor, text, "ACCUSE").actor] == ["A student"]


def test_a_who_clause_on_a_nouns_apposition_names_that_name_alone(extractor):
    # "a Kenyan banker" stands for the one name beside it, not for the list it sits in
    text = (
        "Its donors included John Mwangi, a Kenyan banker who backed the Ugandan president,"
        " and several companies."
    )
    assert [p.name for p in first(extractor, text, "SUPPORT").actor] == ["John Mwangi"]


def test_a_who_clause_on_a_person_keeps_that_person(extractor):
    # the participle's object is a person: "who" stands for that one, as the parser has it
    text = "A soldier guarding the Ugandan envoy who was attacked by rebels fled."
    event = first(extractor, text, "ASSAULT")
    assert codes(event.recipient) == ["UGA"]


def test_it_with_no_party_found_for_it_is_no_recipient(extractor):
    # "it" stands for a thing or a single body: unfound, it names no party
    assert first(extractor, "The Kenyan president accepted it.", "AGREE").recipient == []
    # so does "its", the owner of what is aimed at
    text = "The Kenyan president supported its expansion."
    assert first(extractor, text, "SUPPORT").recipient == []
    # found, it is that body
    text = "Uganda criticised Kenya and said it had lied."
    assert codes(first(extractor, text, "ACCUSE").recipient) == ["KEN"]


def test_a_name_listed_by_a_comma_after_between_is_a_second_party(extractor):
    # "between" relates two or more: a headline's comma stands for "and"
    event = first(extractor, "Norway to mediate between NATO, Russia.", "CONSULT")
    assert codes(event.recipient) == ["IGO", "RUS"]
    # a common noun beside the name is a true apposition, not a second party
    text = "Norway offered to mediate between Hamas, the militant group, and Israel."
    assert [p.name for p in first(extractor, text, "CONSULT").recipient] == ["Hamas", "Israel"]


def test_people_harmed_in_a_place_and_named_by_no_country_are_its_people(extractor):
    event = first(extractor, "Gunmen shot three students in Kano on Monday.", "ASSAULT")
    assert codes(event.recipient) == ["NGA"]
    # a country the text gives wins over the place
    event = first(extractor, "Gunmen shot three American students in Kano.", "ASSAULT")
    assert codes(event.recipient) == ["USA"]


@pytest.mark.parametrize(
    ("text", "type_", "actors", "recipients"),
    [
        # an acceptance: the one it came from is the other party
        ("Egypt accepted an offer of help from Britain.", "AGREE", ["EGY"], ["GBR"]),
        # (a sum accepted is received, no act agreed to: tests/test_events_receiving.py)
        ("Kenya accepted the new terms from Japan.", "AGREE", ["KEN"], ["JPN"]),
        # a receiving verb: the one it came from gives, the subject receives
        ("Kenya won strong support from Britain at the summit.", "SUPPORT", ["GBR"], ["KEN"]),
        ("Egypt obtained assurances from Israel.", "AGREE", ["ISR"], ["EGY"]),
    ],
)
def test_the_from_phrase_of_a_verb_of_taking_names_the_giver(
    extractor, text, type_, actors, recipients
):
    found = first(extractor, text, type_)
    assert (codes(found.actor), codes(found.recipient)) == (actors, recipients)


def test_a_withdrawal_from_a_place_is_not_a_gift_from_it(extractor):
    found = first(extractor, "Egypt withdrew its troops from Sudan.", "RETREAT")
    assert (codes(found.actor), codes(found.recipient)) == (["EGY"], ["SDN"])


@pytest.mark.parametrize(
    "text",
    [
        "Qatar mediated talks between Israel and Hamas.",
        "Egypt brokered talks between Israel and Hamas.",
    ],
)
def test_the_parties_between_whom_a_mediation_object_stands_are_its_recipients(extractor, text):
    found = first(extractor, text, "CONSULT")
    assert codes(found.recipient) == ["ISR", "PSE"]
    assert len(found.actor) == 1


def test_the_from_phrase_of_an_act_named_by_the_object_is_its_doer_not_a_recipient(extractor):
    found = first(extractor, "Kenya earned strong backing from Britain.", "SUPPORT")
    assert "GBR" not in codes(found.recipient)


def test_people_named_by_a_compound_trade_noun_act(extractor):
    # "dockworkers" is no entry of the agents file; its head "workers" is (WORKER [~LAB])
    found = first(extractor, "Dockworkers protested in Valparaiso.", "PROTEST")
    assert [(p.code, p.sector) for p in found.actor] == [("CHL", "LAB")]


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # the possessor of a noun of will or attempt does the act of its infinitive: the
        # possessor itself, not the noun phrase it sits in ("Egypt's refusal")
        ("Egypt's refusal to release the sailors angered Sudan.", "RETREAT", ["Egypt"]),
        (
            "Chile's decision to withdraw its troops from Peru surprised Bolivia.",
            "RETREAT",
            ["Chile"],
        ),
        ("Russia's aim is to defeat the rebels.", "ASSAULT", ["Russia"]),
    ],
)
def test_a_possessor_does_the_act_of_its_nouns_infinitive(extractor, text, type_, actors):
    assert [p.name for p in first(extractor, text, type_).actor] == actors


@pytest.mark.parametrize(
    ("text", "giver", "getter"),
    [
        ("Chad received military aid from France.", "FRA", "TCD"),
        ("Malawi received a shipment of food from Japan.", "JPN", "MWI"),
    ],
)
def test_who_receives_aid_is_its_recipient_and_the_giver_its_actor(extractor, text, giver, getter):
    found = first(extractor, text, "AID")
    assert codes(found.actor) == [giver]
    assert codes(found.recipient) == [getter]


def test_a_threat_pattern_noun_addressed_to_a_party_is_a_threat(extractor):
    found = first(extractor, "The alliance issued an ultimatum to Belgrade.", "THREATEN")
    assert codes(found.recipient) == ["SRB"]


def test_a_time_adjunct_between_call_and_on_keeps_the_appeal_and_its_addressee(extractor):
    text = "Egypt called Monday on Ethiopia to halt the filling of the dam."
    found = first(extractor, text, "REQUEST")
    assert codes(found.actor) == ["EGY"]
    assert codes(found.recipient) == ["ETH"]


def test_a_participle_hung_on_a_noun_before_a_time_word_is_no_appeal(extractor):
    # the parse reads "a newspaper called Monday" as a name: no appeal with the paper as target
    text = "An official Egyptian newspaper called Monday on Africans to unite against Ethiopia."
    events = extractor.extract(text, date="2022-02-18").events
    assert not [e for e in events if e.type == "REQUEST" and "EGY" in codes(e.recipient)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Sudan and Chad were mediated by Qatar.",
        "Talks between Sudan and Chad, mediated by Qatar, resumed in Doha.",
    ],
)
def test_a_passive_mediation_names_its_parties_by_its_subject(extractor, text):
    found = [
        e
        for e in extractor.extract(text, date="2022-02-18").events
        if e.type == "CONSULT" and e.trigger.text.startswith("mediated")
    ]
    assert found, text
    assert codes(found[0].actor) == ["QAT"]
    assert codes(found[0].recipient) == ["SDN", "TCD"]


def test_a_call_for_a_party_to_act_asks_that_party(extractor):
    found = first(
        extractor, "The European Union called for Belarus to free the prisoners.", "REQUEST"
    )
    assert codes(found.actor) == ["EUR"]
    assert codes(found.recipient) == ["BLR"]


def test_a_call_for_someone_to_be_acted_upon_does_not_ask_them(extractor):
    found = first(extractor, "Kenya called for the Somali pirates to be punished.", "REQUEST")
    assert codes(found.actor) == ["KEN"]
    assert not found.recipient


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Students marched through Athens in protest against the Turkish ambassador.", ["TUR"]),
        (
            "Thousands of farmers blocked roads in Nairobi in defiance of the Ugandan"
            " authorities to demand lower tariffs.",
            ["UGA"],
        ),
        # a phrase that names no party leaves the protest's other recipients
        ("Students marched in Athens in protest against the new tax.", ["GRC"]),
    ],
)
def test_an_in_protest_against_or_in_defiance_of_phrase_names_whom_a_protest_is_against(
    extractor, text, recipients
):
    assert codes(first(extractor, text, "PROTEST").recipient) == recipients


def test_the_doer_of_an_act_protested_is_named_past_what_did_not_happen(extractor):
    # "without trial" names no trial held, so "by Uganda" is the doer of the detention
    text = (
        "A jailed Kenyan journalist went on hunger strike against his detention"
        " without trial by Uganda."
    )
    assert "UGA" in codes(first(extractor, text, "PROTEST").recipient)


@pytest.mark.parametrize(
    ("text", "code", "actors", "recipients"),
    [
        ("The Kenyan foreign minister travelled to Uganda on Monday.", "042", ["KEN"], ["UGA"]),
        ("The Malian president will journey to Senegal next week.", "042", ["MLI"], ["SEN"]),
        # arriving "in" a party: its host ("- * IN + FOR &MILITARY EXERCISES [062:062] # ARRIVE")
        ("The Turkish defence minister arrived in Baku on Friday.", "042", ["TUR"], ["AZE"]),
    ],
)
def test_a_journey_to_a_party_is_a_visit_the_party_hosts(extractor, text, code, actors, recipients):
    visit = first(extractor, text, "CONSULT")
    assert (visit.cameo_code, codes(visit.actor), codes(visit.recipient)) == (
        code,
        actors,
        recipients,
    )


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # CAMEO reads a visit "for talks" as talks (046), but the one visited still hosts
        ("The Irish prime minister visited Oslo for talks on fishing.", ["IRL"], ["NOR"]),
        ("Chile's president visited Buenos Aires for talks with bankers.", ["CHL"], ["ARG"]),
        ("The Egyptian president was visited by Ghana's leader for talks.", ["GHA"], ["EGY"]),
    ],
)
def test_a_visit_for_talks_keeps_the_host_as_recipient(extractor, text, actors, recipients):
    visit = first(extractor, text, "CONSULT")
    assert (codes(visit.actor), codes(visit.recipient)) == (actors, recipients)


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        ("Police in Brussels arrested two men on Tuesday.", "COERCE", ["BEL"]),
        ("Riot police in Brussels detained a protester.", "COERCE", ["BEL"]),
        # the city alone still stands for the European Union; a capital is its state's
        ("Brussels warned Rome over its budget.", "THREATEN", ["EUR"]),
        ("Protesters in Moscow marched against the war.", "PROTEST", ["RUS"]),
    ],
)
def test_a_city_that_stands_for_a_body_above_states_names_its_country_as_where_one_is(
    extractor, text, type_, actors
):
    assert codes(first(extractor, text, type_).actor) == actors


def test_a_bare_ing_word_after_as_is_a_noun_not_the_main_clause_s_act(extractor):
    # "as" of time takes a finite clause: "as fighting ... raged" makes "fighting" the subject
    # of "raged", and the one who flew neither fights nor rages
    text = (
        "The Norwegian envoy flew to Khartoum on Monday as fighting between the Sudanese army "
        "and the rebels raged for a third week."
    )
    found = extractor.extract(text, date="2022-02-18").events
    fights = [e for e in found if e.type == "ASSAULT"]
    assert fights and all("NOR" not in {p.code for p in e.actor} for e in fights)
    assert [e.type for e in found if "NOR" in {p.code for p in e.actor}] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # a relative pronoun as object stands for the noun its clause modifies
        (
            "Moscow freed Ivan Petrov, whom Ukrainian officials accuse of spying.",
            "ACCUSE",
            "Ivan Petrov",
        ),
        ("The envoy met the rebels that the Sudanese army attacked.", "ASSAULT", "the rebels"),
    ],
)
def test_a_relative_pronoun_object_is_the_noun_acted_upon(extractor, text, type_, recipient):
    assert [p.name for p in first(extractor, text, type_).recipient] == [recipient]


def test_a_clause_before_a_semicolon_is_no_complement(extractor):
    # a semicolon joins independent clauses: the condemnation is of the attack, not of
    # Turkey's detentions, which the parser hangs on "condemns" as its complement
    text = "Turkey detains 30 suspects after Ankara bombing; EU condemns attack"
    found = first(extractor, text, "ACCUSE")
    assert "TUR" not in {p.code for p in found.recipient}
    # a complement put first with a comma is what is said ("Ghana closed the border")
    found = first(extractor, "Ghana closed the border, Nigeria complained.", "ACCUSE")
    assert [p.code for p in found.recipient] == ["GHA"]


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        # the PLOVER manual's AID: a hostage rescue is aid to the hostages
        ("Nigerian commandos rescued 12 hostages from a camp near the border.", "AID", "hostages"),
        ("The coast guard rescued the captives.", "AID", "captives"),
        # CAMEO's EXTRADITE codes its &SUSPECT object: the people handed over are a party
        ("Kenya extradited the suspect.", "COOPERATE", "suspect"),
        # the people detained, not the place they were detained in
        ("Police detained two suspects in Nairobi.", "COERCE", "suspects"),
    ],
)
def test_people_held_or_charged_are_parties_to_what_is_done_to_them(
    extractor, text, type_, recipient
):
    found = first(extractor, text, type_)
    assert any(recipient in p.name for p in found.recipient), found.recipient


@pytest.mark.parametrize(
    "text",
    [
        # "held hostage": what the workers became, no one of its own
        "The senator worried about aid workers held hostage by Iran for a year.",
        # the parser reads "the town hostage" as one phrase: the noun still names no one
        "The militia held the town hostage for a week.",
    ],
)
def test_a_bare_singular_after_held_or_taken_is_a_predicate_not_a_party(extractor, text):
    found = extractor.extract(text).events
    assert found, text
    for event in found:
        names = [p.name.lower() for p in event.actor + event.recipient]
        assert not any(name.endswith("hostage") for name in names), event


def test_the_prepositions_that_aim_an_act_are_one_set() -> None:
    # "a strike on American bases", "action against Russia": the threat's target, the physical
    # reader's target and the threatened act read one set of prepositions
    from communique.events import participants, physical

    assert participants.TARGET_PREPS is physical.TARGET_PREPS == frozenset({"on", "against"})


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # the measure the promise names is laid on Belarus: the promise is to Belarus
        ("The European Union promised to ease its sanctions on Belarus.", "AGREE", ["BLR"]),
        ("Kenya pledged to lift the restrictions on Ugandan traders.", "AGREE", ["UGA"]),
        # a refusal of an act aimed at a party is aimed at that party, not at the refuser
        # whose sanctions they are
        ("Egypt refused to ease its sanctions on Qatar.", "REJECT", ["QAT"]),
    ],
)
def test_a_commitment_takes_the_target_of_the_act_it_commits_to(extractor, text, type_, recipients):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # a place the act of force is aimed at takes the place's country on the threat too
        ("Somalia threatened to seize the port of Mombasa from Kenya.", "THREATEN", ["KEN"]),
        ("The army threatened to shell three villages in Idlib.", "THREATEN", ["SYR"]),
        ("Russia refused to bomb the hospital in Aleppo.", "REJECT", ["SYR"]),
    ],
)
def test_a_commitment_to_force_places_its_target_as_the_act_does(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # two acts joined in one infinitive: the threat is aimed at the targets of both
        (
            "Russia threatened to expel Polish diplomats and attack Ukraine.",
            "THREATEN",
            ["POL", "UKR"],
        ),
        # the second act is no event of its own: its target is still one the threat names
        (
            "Russia threatened to expel Polish diplomats and seize Latvian ships.",
            "THREATEN",
            ["LVA", "POL"],
        ),
        # the act of force is the first of two: its place still names whom the threat is
        # aimed at, though the last act committed to is no act of force (Idlib, a province,
        # places the story in Syria as "in Syria" does, so the ambassador takes its code)
        (
            "The army threatened to shell three villages in Idlib and expel the ambassador.",
            "THREATEN",
            ["SYR", "SYR"],
        ),
        # the first act's target reaches the promise only through the act itself (its
        # sanctions are its own object, so the promise's words name no one): it still counts
        # as borrowed, so the second act's target joins it rather than yielding to it
        (
            "Kenya promised to ease sanctions on Uganda and lift its ban on Tanzanian imports.",
            "AGREE",
            ["TZA", "UGA"],
        ),
    ],
)
def test_a_commitment_to_two_acts_is_aimed_at_the_targets_of_each(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # three acts in one infinitive: the parse hangs the second bare verb on the finite
        # "threatened" and the third on the second's object; coordination joins like with
        # like, so both are acts of the infinitive, and the threat is aimed at their targets
        (
            "Iran threatened to expel British diplomats, close the Saudi embassy and attack"
            " Israel.",
            "THREATEN",
            {"GBR", "ISR"},
        ),
        # the parse hangs the last bare verb on the object of the one before it
        (
            "Russia threatened to expel Polish diplomats, seize ships and attack Ukraine.",
            "THREATEN",
            {"POL", "UKR"},
        ),
        (
            "Kenya promised to ease sanctions on Uganda, lift its ban on Tanzanian imports"
            " and free Ethiopian prisoners.",
            "AGREE",
            {"UGA", "TZA", "ETH"},
        ),
        (
            "Chile refused to recognise the Peruvian government, end its ban on Bolivian"
            " imports and meet Argentine envoys.",
            "REJECT",
            {"PER", "BOL"},
        ),
    ],
)
def test_a_commitment_to_three_acts_is_aimed_at_their_targets(extractor, text, type_, recipients):
    assert recipients <= set(codes(first(extractor, text, type_).recipient))


def test_a_verb_of_another_form_the_parse_joins_to_the_act_is_not_part_of_it(extractor):
    # coordination joins like with like: "signaled" is the finite verb's, not the act proposed
    text = "Kenya proposed imposing sanctions on Uganda and signaled support for Tanzania."
    assert codes(first(extractor, text, "REQUEST").recipient) == ["UGA"]


def test_a_commitment_with_a_party_of_its_own_keeps_it(extractor):
    # the partner of the offer is named on the offer itself: the act's target does not replace it
    found = first(extractor, "Chile offered Peru to lift its ban on Bolivian imports.", "AGREE")
    assert "PER" in codes(found.recipient)


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # the one promised is named on the promise: a second act joined to the first adds
        # none of its targets, as the first act's target replaces no one
        (
            "Ghana offered Togo to lift its ban on Nigerian cars and ease sanctions on Benin.",
            "AGREE",
            ["TGO"],
        ),
        (
            "Chile offered Peru to lift its ban on Bolivian imports"
            " and ease sanctions on Argentina.",
            "AGREE",
            ["PER"],
        ),
    ],
)
def test_a_commitment_with_a_party_of_its_own_keeps_it_over_two_acts(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # a blockade is laid on the party of its "of" phrase, not on the one lifting it
        ("The coalition lifted its naval blockade of Yemen's ports.", "RETREAT", ["YEM"]),
        ("Azerbaijan lifted its blockade of Armenia.", "RETREAT", ["ARM"]),
    ],
)
def test_a_blockade_is_laid_on_the_party_of_its_of_phrase(extractor, text, type_, recipients):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # whose pressure a refusal holds out against, on the refusal or on the act refused
        ("Defiant Belgrade refused to back down despite mounting pressure from Berlin.", ["DEU"]),
        ("Hungary refused to change its asylum law despite calls from the European Commission.",
         ["EUR"]),
        ("The Greek government rejected the plan despite Turkish objections.", ["TUR"]),
    ],
)  # fmt: skip
def test_a_refusal_holds_out_against_the_party_of_its_despite_phrase(extractor, text, recipients):
    assert codes(first(extractor, text, "REJECT").recipient) == recipients


def test_a_despite_phrase_makes_no_refusal_of_a_doerless_verb(extractor):
    # "profits declining" is no one refusing: the "despite" party is no one's target
    text = (
        "Despite German manufacturing shrinking, corporate profits declining and goods piling "
        "up, hiring continues to grow."
    )
    assert not [e for e in extractor.extract(text).events if e.type == "REJECT"]


def test_a_despite_phrase_naming_no_party_gives_no_recipient(extractor):
    text = "The rebels refused to leave the town despite the ceasefire."
    found = first(extractor, text, "REJECT")
    assert not [p for p in found.recipient if p.code]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # "from" hung on the adverb of "pull back" is still the withdrawal's: the party left
        ("Serbian forces pulled back from the boundary with Kosovo.", ["KOS"]),
        ("The rebels pulled back from the town of Tal Afar.", ["IRQ"]),
    ],
)
def test_a_withdrawal_s_from_on_its_adverb_names_the_party_left(extractor, text, recipients):
    assert codes(first(extractor, text, "RETREAT").recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # a language is no party: the nationality word names the tongue, not its people
        ("Estonia eased restrictions on the use of the Russian language in schools.", "CONCEDE",
         ["EST"]),
        ("Ukraine banned the teaching of the Russian language in primary schools.", "COERCE",
         ["UKR"]),
        ("Lithuania lifted restrictions on the Polish language in schools.", "CONCEDE",
         ["LTU"]),
    ],
)  # fmt: skip
def test_a_language_s_nationality_word_names_no_party(extractor, text, type_, recipients):
    assert codes(first(extractor, text, type_).recipient) == recipients


def test_a_language_noun_without_a_nationality_word_is_wording_with_an_owner(extractor):
    # "platform language" is wording: its owner is still the one criticised
    text = "The bishop criticized the Democratic Party's draft platform language on abortion."
    assert codes(first(extractor, text, "ACCUSE").recipient) == ["USA"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the pattern's bare mass noun is what is shared, the party is "with" whom
        ("Japan shared intelligence with South Korea.", ["KOR"]),
        ("Israel shared intelligence with Jordan about a planned attack on the airport.", ["JOR"]),
    ],
)
def test_a_pattern_s_bare_object_is_the_thing_not_a_party(extractor, text, recipients):
    assert codes(first(extractor, text, "COOPERATE").recipient) == recipients


@pytest.mark.parametrize(
    "text",
    [
        # "intelligence" is the thing shared, though a one-country story would make it Egypt's
        "Egypt agreed to share intelligence.",
        "Peru promised to share intelligence on the smugglers.",
    ],
)
def test_a_pattern_s_bare_object_in_a_commitment_is_no_party(extractor, text):
    events = extractor.extract(text, date="2022-02-18").events
    assert [p.name for e in events for p in e.recipient] == []


def test_a_pattern_s_determined_object_stays_a_party(extractor):
    # "the ambassador" takes a determiner: someone, the one expelled
    found = first(extractor, "Ghana expelled the ambassador.", "SANCTION")
    assert [p.name for p in found.recipient] == ["the ambassador"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the matter of the "into" phrase names whom the investigation is aimed at: its owner,
        # a party of its "of" phrase, or the country of its "in" phrase
        ("Kenyan police launched an inquiry into the deaths of two Ugandan traders.", ["UGA"]),
        ("The Kenyan auditor opened a probe into the Ugandan railway's accounts.", ["UGA"]),
        ("The Dutch prosecutor opened an investigation into war crimes in Syria.", ["SYR"]),
        # "on" of the investigation noun ("- * &INVESTIGATION ON + [090] # OPEN")
        ("The Kenyan senate opened an inquiry on the Ugandan railway.", ["UGA"]),
    ],
)
def test_an_investigation_is_aimed_at_the_party_of_its_matter(extractor, text, recipients):
    assert codes(first(extractor, text, "ACCUSE").recipient) == recipients


def test_the_matter_of_an_investigation_is_no_party_itself(extractor):
    # the thing the matter names has no code: it is no party looked into
    text = "The Kenyan senate opened an inquiry into the collapse of the national railway."
    assert first(extractor, text, "ACCUSE").recipient == []


def test_an_investigation_into_an_uncoded_party_names_no_recipient(extractor):
    # only a coded party is one looked into (investigated: PETRARCH2 codes a target there only
    # when its dictionaries know it); "the traders" are a party with no code
    text = "The police opened an investigation into the traders."
    assert first(extractor, text, "ACCUSE").recipient == []


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # leaving talks is aimed at the other side of the talks, on the act and on the threat
        ("Ghana walked out of the talks with Togo.", "SANCTION", ["TGO"]),
        ("Ghana threatened to walk out of the talks with Togo.", "THREATEN", ["TGO"]),
    ],
)
def test_an_act_on_talks_is_aimed_at_the_other_side_of_the_talks(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "word", "acts"),
    [
        ("Kenya received $44.4 million for advising Uganda.", "million", False),
        ("The plant produced a million tonnes of grain.", "million", False),
        ("Thousands marched in the capital.", "Thousands", True),
        ("Hundreds gathered outside the embassy.", "Hundreds", True),
    ],
)
def test_a_sum_of_money_is_no_one_who_acts(extractor, text, word, acts):
    """ "million" counts people in "a million marched", not in a sum of money or a measure."""
    from communique.events.participants import agentive

    doc = extractor.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert agentive(token) is acts


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # a truce is made with the other side, which its own "with" phrase names
        ("Ethiopia declared a ceasefire with Eritrea.", ["ERI"]),
        ("Hamas observed the truce with Israel for two weeks.", ["ISR"]),
        # "with" naming no party leaves the actor's own country, as before
        ("Ethiopia declared a ceasefire with immediate effect.", ["ETH"]),
    ],
)
def test_a_truce_is_aimed_at_the_side_of_its_with_phrase(extractor, text, recipients):
    assert codes(first(extractor, text, "RETREAT").recipient) == recipients


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # the actor's own measure is no party: the measure's "on" phrase names whom it was on
        ("Chile lifted its ban on Bolivian imports.", "CONCEDE", ["BOL"]),
        ("China eased its restrictions on Australian wine.", "CONCEDE", ["AUS"]),
        # a threat's own act: whom the act threatened is aimed at
        ("Ghana stepped up its attacks on Togo's record.", "THREATEN", ["TGO"]),
        # with no such phrase the actor's own country is left, as before
        ("Chile lifted its ban.", "CONCEDE", ["CHL"]),
    ],
)
def test_the_actors_own_measure_is_no_party_its_phrase_names_one(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # coordinated verbs share their subject: the one urged does every act asked for,
        # in a list the parse keeps whole and in one it breaks
        (
            "Kenya urged Uganda to free the prisoners, lift the curfew and end the crackdown.",
            "lift",
        ),
        (
            "Ghana asked Togo to expel the rebels, close the camps and return the refugees.",
            "return",
        ),
    ],
)
def test_each_act_asked_for_in_a_list_is_the_one_asked(extractor, text, trigger):
    found = [
        e
        for e in extractor.extract(text, date="2022-02-18").events
        if e.trigger.text.startswith(trigger)
    ]
    assert found, text
    assert codes(found[0].actor) == codes(first(extractor, text, "REQUEST").recipient)


@pytest.mark.parametrize(
    ("text", "type_", "recipients"),
    [
        # every side after "between" is a party, the first as the ones coordinated with it
        ("Egypt brokered talks between Kenya, Uganda and Tanzania.", "CONSULT",
         ["KEN", "TZA", "UGA"]),
    ],
)  # fmt: skip
def test_the_first_side_after_between_is_a_party_as_the_others_are(
    extractor, text, type_, recipients
):
    assert codes(first(extractor, text, type_).recipient) == recipients


def test_a_country_first_after_between_is_an_actor_beside_a_body(extractor):
    found = extractor.extract(
        "Egypt called for an end to the fighting between Israel, Hezbollah and Hamas.",
        date="2022-02-18",
    )
    assert {"Israel", "Hezbollah", "Hamas"} <= {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "type_", "pronoun"),
    [
        # a kin noun names a person: its possessor says whose family, not whom the act is at
        ("The police arrested her son.", "COERCE", "her"),
        ("Belarus refused to release her husband.", "RETREAT", "her"),
        ("Russia detained his brother.", "COERCE", "his"),
    ],
)
def test_the_owner_of_a_kin_noun_is_not_the_one_acted_on(extractor, text, type_, pronoun):
    found = first(extractor, text, type_)
    assert pronoun not in [p.mention.text for p in found.recipient if p.mention is not None]


@pytest.mark.parametrize(
    ("text", "type_", "kin"),
    [
        ("French police detained her son in Marseille.", "COERCE", "her son"),
        ("Soldiers shot his wife in Kandahar.", "ASSAULT", "his wife"),
    ],
)
def test_a_kin_noun_is_the_one_acted_on_not_the_place(extractor, text, type_, kin):
    # a kin noun names a person: the act is aimed at them, and the place only says where
    found = first(extractor, text, type_)
    assert [p.mention.text for p in found.recipient if p.mention is not None] == [kin]


@pytest.mark.parametrize(
    "text",
    [
        "Their sons will respect their father.",
        # a plural the list does not hold as written: read by its lemma
        "Their fathers will respect their sons.",
    ],
)
def test_an_act_of_an_unnamed_kin_noun_alone_is_no_record(extractor, text):
    # a person told of only by a family tie is a private person; with a body beside them the
    # act stays (above)
    assert extractor.extract(text).events == []


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("The minister rejected union demands for higher pay.", "union"),
        ("The mayor dismissed student appeals for lower fees.", "student"),
    ],
)
def test_a_group_noun_before_a_noun_of_asking_is_the_one_asking(extractor, text, asker):
    found = first(extractor, text, "REJECT")
    assert [p.mention.text for p in found.recipient if p.mention is not None] == [asker]


def test_a_name_before_a_kin_noun_names_the_kin_themselves(extractor):
    found = first(extractor, "Senator Reid attacked the Koch brothers on Monday.", "ACCUSE")
    assert [p.name for p in found.recipient] == ["Koch"]


@pytest.mark.parametrize(
    ("text", "type_", "doer", "victims"),
    [
        ("Militants kidnapped two Swedish engineers on Friday.", "ASSAULT", "Militants", "SWE"),
        ("Four Dutch aid workers were released by the junta.", "RETREAT", "the junta", "NLD"),
    ],
)
def test_the_victims_nationality_is_not_the_doers(extractor, text, type_, doer, victims):
    # a nationality word modifies its own noun: with no other word of that country in the
    # story, the uncoded doer is not of it
    found = first(extractor, text, type_)
    assert [(p.name, p.code) for p in found.actor] == [(doer, None)]
    assert codes(found.recipient) == [victims]


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        (
            "Kenya's government deployed troops. Police arrested two Kenyan students.",
            "COERCE",
            "KEN",
        ),
        ("Militants killed two Kenyan soldiers in Mombasa.", "ASSAULT", "KEN"),
    ],
)
def test_the_story_country_still_reaches_a_doer_it_names_elsewhere(extractor, text, type_, code):
    # the story names the state beside the victims' nationality, or the place of the act:
    # the doer takes it
    found = first(extractor, text, type_)
    assert codes(found.actor) == [code]


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        (
            "Argentina, Brazil and Peru declined to recognise the vote.",
            "REJECT",
            ["ARG", "BRA", "PER"],
        ),
        ("Argentina, Brazil and Mexico criticized the vote.", "ACCUSE", ["ARG", "BRA", "MEX"]),
    ],
)
def test_a_comma_list_of_names_is_every_member(extractor, text, type_, actors):
    # "Brazil and Peru" names two states, so it cannot rename Argentina: the comma lists
    found = first(extractor, text, type_)
    assert codes(found.actor) == actors


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("Japan offered to help Bolivia rebuild its roads.", "BOL"),
        ("Germany promised to help Ukraine defend its cities.", "UKR"),
    ],
)
def test_the_one_helped_before_a_bare_infinitive_is_the_one_offered(extractor, text, helped):
    # "help" takes a bare infinitive after its object: the noun before it is the one helped,
    # whom the offer is aimed at, not the infinitive's own subject
    found = first(extractor, text, "AGREE")
    assert codes(found.recipient) == [helped]


@pytest.mark.parametrize(
    ("text", "visited"),
    [
        ("Peru's president accepted an invitation to visit Tokyo.", "JPN"),
        ("Ghana accepted a proposal to hold talks with Togo.", "TGO"),
    ],
)
def test_the_act_of_a_patterns_noun_names_whom_the_acceptance_is_aimed_at(extractor, text, visited):
    found = first(extractor, text, "AGREE")
    assert codes(found.recipient) == [visited]


@pytest.mark.parametrize(
    "text",
    [
        "The coup was condemned by ECOWAS on Thursday.",
        "ECOWAS condemned the coup on Thursday.",
    ],
)
def test_a_known_acronym_the_model_leaves_untagged_is_its_body(extractor, text):
    # the small model reads "ECOWAS" as a plural common noun; the dictionary knows the name
    found = first(extractor, text, "ACCUSE")
    assert codes(found.actor) == ["IGO"]


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # a state whose name is a coordination is one participant, not one per name
        ("Bosnia and Herzegovina accused Serbia of violating the accord.", "ACCUSE", ["BIH"]),
        ("Trinidad and Tobago rejected the proposal on Friday.", "REJECT", ["TTO"]),
        # two states coordinated stay two
        ("Serbia and Croatia rejected the proposal on Friday.", "REJECT", ["HRV", "SRB"]),
    ],
)
def test_a_country_named_by_a_coordination_is_one_participant(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        # ISO 3166-2 states of a federation, named with "State"
        ("Gunmen from Zamfara State attacked a village on Tuesday.", "ASSAULT", "NGA"),
        ("The governor of Zamfara State condemned the attack on the market.", "ACCUSE", "NGA"),
        # the parser labels such a state a body (ORG), as the state's government is one
        ("The Kebbi State government imposed a curfew on Monday.", "COERCE", "NGA"),
        ("Kebbi State Governor Musa Aliyu condemned the attack on the market.", "ACCUSE", "NGA"),
    ],
)
def test_a_state_of_a_federation_codes_the_actor(extractor, text, type_, code):
    assert code in [p.code for p in first(extractor, text, type_).actor]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # PETRARCH2's country block of Bosnia and Herzegovina lists the hyphenated spelling
        ("Troops attacked a village in Bosnia-Herzegovina on Tuesday.", "BIH"),
        ("Gunmen attacked a village in Kebbi State on Tuesday.", "NGA"),
        # "state" in lower case after the name the parser tags alone
        ("Gunmen kidnapped 30 students from a school in Kebbi state.", "NGA"),
        # ISO 3166-2 provinces and regions, with their word after or before the name
        ("Gunmen attacked a village in Sindh province on Tuesday.", "PAK"),
        ("Gunmen attacked a village in the province of Sindh on Tuesday.", "PAK"),
        ("Soldiers attacked a village in the region of Ashanti on Tuesday.", "GHA"),
    ],
)
def test_other_names_of_a_country_code_the_location(extractor, text, code):
    event = first(extractor, text, "ASSAULT")
    assert event.location is not None and event.location.country == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a name of several words before a container noun is placed whole, not by its last word
        ("Gunmen attacked a village in New York state on Tuesday.", "USA"),
        ("Gunmen attacked a village in New Mexico state on Tuesday.", "USA"),
        ("Gunmen attacked a village in the Kharkiv region on Tuesday.", "UKR"),
    ],
)
def test_a_name_of_several_words_before_a_container_is_one_place(extractor, text, code):
    event = first(extractor, text, "ASSAULT")
    assert event.location is not None and event.location.country == code


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        # a big city after the head of an office held in a city or state, or of a resident
        # group, whatever the parser labels the name (here ORG, NORP, no label)
        ("The mayor of Lahore condemned the bombing of the bus station.", "ACCUSE", "PAK"),
        ("Police in Chennai arrested a city councillor on Monday.", "COERCE", "IND"),
        ("Residents of Mombasa demanded the dismissal of the police chief.", "REQUEST", "KEN"),
        # a federation's state by its bare name after such a head
        ("The governor of Borno appealed to the army for more soldiers.", "REQUEST", "NGA"),
        ("The governor of Sonora met the leaders of the tribe.", "CONSULT", "MEX"),
        # a province or region with its word
        ("Farmers in Sindh province blocked the road to the dam.", "PROTEST", "PAK"),
        ("Police in the Ashanti Region arrested five miners on Monday.", "COERCE", "GHA"),
    ],
)
def test_a_place_after_a_place_bound_head_codes_the_actor(extractor, text, type_, code):
    assert code in [p.code for p in first(extractor, text, type_).actor]


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        # a province's or region's bare name after such a head: the table keeps it with its
        # word ("Sindh Province", "Jujuy Province"), only where no other country shares it
        ("The governor of Sindh condemned the bombing of the bus station.", "ACCUSE", "PAK"),
        ("The governor of Jujuy praised the miners for ending the blockade.", "SUPPORT", "ARG"),
        # a state's name the parser takes for a person, a known surname
        ("The governor of Guerrero condemned the attack on the market.", "ACCUSE", "MEX"),
        # a court and its judges and prosecutors are those of the place they sit in
        ("A court in Multan sentenced a former mayor to five years in prison.", "SANCTION", "PAK"),
        ("Judges in Kano acquitted the former governor of fraud.", "CONCEDE", "NGA"),
        # a subdivision's bare name before a body the subdivision has of its own
        ("The Sonora government imposed a curfew on Monday.", "COERCE", "MEX"),
        ("The Sindh health department condemned the attack on the clinic.", "ACCUSE", "PAK"),
    ],
)
def test_a_bare_subdivision_or_a_court_s_seat_codes_the_actor(extractor, text, type_, code):
    assert code in [p.code for p in first(extractor, text, type_).actor]


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        # a story with no dateline and no coded actor placed by a subdivision's bare name
        # after a preposition of place: its uncoded actors are that country's
        ("Rebels ambushed an army convoy in Sonora on Monday.", "ASSAULT", "MEX"),
        ("Protesters blocked the main highway in Jujuy for a third day.", "COERCE", "ARG"),
    ],
)
def test_a_bare_subdivision_after_a_place_preposition_places_the_story(
    extractor, text, type_, code
):
    assert code in [p.code for p in first(extractor, text, type_).actor]


@pytest.mark.parametrize(
    "text",
    [
        # a country's name, and a name a city of another country has too, keep their readings
        "Rebels attacked a convoy in Delta on Monday.",
        # two countries placed: the story is about neither alone
        "Rebels attacked a convoy in Sonora and a base in Balochistan on Monday.",
    ],
)
def test_a_bare_subdivision_that_may_be_another_place_places_no_story(extractor, text):
    assert all(p.code is None for p in first(extractor, text, "ASSAULT").actor)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # before another head the name may be a body's: Delta the airline, not Delta State
        ("A Delta spokesman condemned the strike by the pilots.", "ACCUSE"),
        # a word of direction names a part of any country, not Cameroon's North Region or
        # Sri Lanka's Southern Province; nor does the first word of a longer name
        ("Farmers in the North criticised the new tax on fertiliser.", "ACCUSE"),
        ("The governor of Southern criticised the new tax on fertiliser.", "ACCUSE"),
        ("Residents of North-Rhine Westphalia criticised the new tax on diesel.", "ACCUSE"),
        # after "the head of" a name may be a company's: Delta (British Columbia, 100,000
        # people) and Delta State (Nigeria) are not read
        ("The head of Delta criticised the pilots' union.", "ACCUSE"),
        ("The chairman of Rivers condemned the strike by the drivers.", "ACCUSE"),
    ],
)
def test_a_name_after_another_head_is_no_city_by_grammar(extractor, text, type_):
    assert all(p.code is None for p in first(extractor, text, type_).actor)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a bare subdivision's name is first the most populous place so called: Delta, British
        # Columbia (Nigeria has Delta State, no city Delta), before a body's noun as after "in"
        ("The Delta police arrested two protesters on Monday.", "ASSAULT"),
        # after "from" a name may be a body someone belongs to: only a noun bound to a place
        # ("residents from", "the governor from") makes it a place
        ("Officials from Unity met the president on Monday.", "CONSULT"),
    ],
)
def test_a_bare_subdivision_read_as_another_place_or_a_body_codes_no_state(extractor, text, type_):
    found = first(extractor, text, type_)
    assert all(p.code is None for p in found.actor + found.recipient)


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        # the country's own city of that name is the most populous: Lagos (Nigeria, not
        # Portugal), Gombe (Nigeria, not Angola or Uganda)
        ("The Lagos government banned the march on Monday.", "COERCE", "NGA"),
        ("Rebels attacked a convoy in Gombe on Monday.", "ASSAULT", "NGA"),
        ("Residents from Unity protested against the new tax on Monday.", "PROTEST", "SSD"),
    ],
)
def test_a_bare_subdivision_whose_country_has_the_largest_city_so_called_is_the_state(
    extractor, text, type_, code
):
    assert code in [p.code for p in first(extractor, text, type_).actor]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the seller of a verb of acquiring is named by "from" (PETRARCH2: "- * FROM + [061] #
        # IMPORT", "- * TANKS FROM + [062:062] # BUY"), the recipient of the trade
        ("Bangladesh bought 50,000 tonnes of rice from Thailand.", "THA"),
        ("Hungary imported most of its gas from Russia last year.", "RUS"),
        ("The Peruvian navy purchased two frigates from South Korea.", "KOR"),
    ],
)
def test_the_seller_of_a_purchase_is_its_recipient(extractor, text, code):
    assert code in [p.code for p in first(extractor, text, "COOPERATE").recipient]


def test_a_nouns_from_phrase_is_no_seller(extractor):
    # "a buy from the committee" is the committee's purchase: a noun's "from" may name its
    # owner, and a determiner marks a noun whatever the parser's tag
    events = extractor.extract(
        "The ad is part of a $2 million television buy from the Liberty Action Committee."
    ).events
    assert not [e for e in events if e.type == "COOPERATE"]


def _names(parts):
    return [p.name for p in parts]


@pytest.mark.parametrize(
    ("text", "type_", "name"),
    [
        # a title-case headline the entity recogniser reads as one name, trigger and all: the
        # doer is the owner before the possessive, or the name before the first non-name word
        (
            "Angela Merkel’s Endorsement Could Not Come At A Better Time For Olaf Scholz.",
            "SUPPORT",
            "Angela Merkel",
        ),
        ("Macron Just Pulled Out Of The Climate Summit In A Major Way.", "SANCTION", "Macron"),
    ],
)
def test_a_trigger_is_never_inside_its_own_partys_name(extractor, text, type_, name):
    event = first(extractor, text, type_)
    assert _names(event.actor) == [name]


def test_a_name_holding_the_trigger_word_is_no_event_of_its_bearer(extractor):
    # "Gov. Lisa Deal": the surname is no agreement; her vow and the blocking stay
    events = extractor.extract("Gov. Lisa Deal has vowed to block the new pipeline.").events
    triggers = {e.trigger.text for e in events}
    assert "Deal" not in triggers
    assert {"vowed", "block"} <= triggers


def test_a_mention_longer_than_the_actors_own_name_is_kept(extractor):
    # "the FBI investigation": the actor is named by "FBI", not by the trigger's word
    event = first(
        extractor, "The FBI investigation is focused on whether the laws were broken.", "ACCUSE"
    )
    assert _names(event.actor) == ["Federal Bureau of Investigation"]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # the body's words left once the trigger is taken out still name its kind of body
        ("The Senate investigation into the bank ended in May.", "LEG"),
        ("A police investigation into the mayor began in June.", "COP"),
    ],
)
def test_a_party_cut_from_the_trigger_keeps_the_sector_its_words_name(extractor, text, sector):
    event = first(extractor, text, "ACCUSE")
    assert [p.sector for p in event.actor] == [sector]


def test_a_role_word_modifying_the_cut_partys_head_gives_no_sector(extractor):
    # "justice" is a judge's title, but "the Justice Department" is a ministry, not a court
    event = first(
        extractor, "A Justice Department investigation into the mayor began in June.", "ACCUSE"
    )
    assert [p.sector for p in event.actor] == [None]


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # the force a withdrawal or deployment moves is its actor's own: the "of" phrase
        # names who acts, as the subject of "U.S. troops withdrew" does
        ("The withdrawal of Cuban troops from Angola began on Monday.", "RETREAT", ["CUB"]),
        ("The withdrawal of the last Kenyan soldiers from Somalia began.", "RETREAT", ["KEN"]),
        # a reduced passive of a light verb: "declared by the rebels" = "the rebels declared"
        ("A truce declared by Houthi rebels took hold in Hodeidah.", "RETREAT", ["YEM"]),
        # a main verb after a relative clause that the parser reads as a participle
        (
            "The German government, which has long resisted sending troops to the Sahel, "
            "promised on Thursday to fund an African force to protect Malian towns.",
            "AGREE",
            ["DEU"],
        ),
    ],
)
def test_the_doer_of_an_act_told_in_a_noun_or_past_a_clause(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


def test_a_participle_after_a_noun_stays_passive_without_a_closing_clause(extractor) -> None:
    # "the activist, arrested in May": no relative clause or appositive ends before it
    found = extractor.extract("The activist, arrested in May, was released.", date="2022-02-18")
    arrests = [e for e in found.events if e.type == "COERCE"]
    assert arrests and not arrests[0].actor


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # the passive's "by" phrase is the light verb's subject, who does the act named
        (
            "A boycott of Danish dairy products was announced by the Saudi government.",
            "SANCTION",
            ["SAU"],
        ),
        ("The deportation of the journalist was ordered by a court in Ankara.", "COERCE", ["TUR"]),
        # with a "by" doer the possessor is the one acted on, not the doer
        ("His arrest by Egyptian police drew protests from Italy.", "COERCE", ["EGY"]),
        ("Their expulsion by the Malian junta angered France.", "COERCE", ["MLI"]),
    ],
)
def test_the_doer_of_an_act_noun_named_in_a_by_phrase(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


def test_a_possessor_beside_a_by_doer_is_acted_on(extractor) -> None:
    event = first(extractor, "Her arrest by Saudi police alarmed Canada.", "COERCE")
    assert codes(event.actor) == ["SAU"]
    assert [p.name for p in event.recipient] == ["Her"]


def test_a_possessor_stays_the_doer_when_by_names_a_means(extractor) -> None:
    # "by drones" is no one: Iran stays the attacker
    event = first(extractor, "Iran's attack by drones on the base killed two.", "ASSAULT")
    assert codes(event.actor) == ["IRN"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the force a deployment moves is its doer's own, so its "of" phrase names who acts
        ("The deployment of Chadian troops to Mali began in March.", ["TCD"]),
        ("The deployment of Nigeria's soldiers to Gambia ended the standoff.", ["NGA"]),
    ],
)
def test_a_deployment_of_a_named_force_is_its_owners_act(extractor, text, actors):
    assert codes(first(extractor, text, "MOBILIZE").actor) == actors


def test_a_deployment_of_no_ones_force_is_no_act(extractor) -> None:
    found = extractor.extract(
        "The deployment of troops would be a mistake, the senator said.", date="2022-02-18"
    )
    assert not [e for e in found.events if e.type in ("MOBILIZE", "THREATEN")]


def test_a_two_word_act_noun_held_by_a_passive_light_verb_is_one_event(extractor) -> None:
    # the noun's phrase and the verb's phrase tell one imposition, now both with a doer
    found = extractor.extract("Martial law was imposed in Thailand by the army.", date="2022-02-18")
    impositions = [e for e in found.events if e.type == "COERCE"]
    assert len(impositions) == 1
    assert codes(impositions[0].actor) == ["THA"]


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # "between" hung on a verb that only says the act came about is the act noun's
        (
            "Heavy fighting raged between Sudanese troops and RSF fighters in Omdurman.",
            "ASSAULT",
            ["SDN", "SDN"],
        ),
        (
            "Talks took place between Serbian and Kosovar officials in Brussels.",
            "CONSULT",
            ["KOS", "SRB"],
        ),
    ],
)
def test_the_parties_between_whom_an_act_noun_came_about(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # an aspectual verb also says only that the act came about
        (
            "Negotiations began between Colombian and Venezuelan officials.",
            "CONSULT",
            ["COL", "VEN"],
        ),
        ("Talks resumed between Serbian and Kosovar officials.", "CONSULT", ["KOS", "SRB"]),
    ],
)
def test_the_parties_between_whom_an_act_noun_began(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


def test_between_on_a_verb_of_its_own_names_no_party_of_the_act_noun(extractor) -> None:
    # "split between" divides the support among whom it goes to: they are not its holders
    text = "Support split evenly between Clinton and Sanders."
    found = extractor.extract(text, date="2022-02-18")
    holders = [p.name for e in found.events if e.type == "SUPPORT" for p in e.actor]
    assert "Clinton" not in holders and "Sanders" not in holders


@pytest.mark.parametrize(
    ("text", "type_", "words"),
    [
        # the noun of a pattern's phrase carries the act with its verb, and is in its trigger
        ("Pakistan put its air force on high alert after the strikes.", "MOBILIZE", "alert"),
        ("Kenya placed its border units on standby near Mandera.", "MOBILIZE", "standby"),
    ],
)
def test_the_noun_of_a_patterns_phrase_is_part_of_the_trigger(extractor, text, type_, words):
    assert words in first(extractor, text, type_).trigger.text


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # with its doer named, a call's own "for" phrase reads it as the verb's appeal
        ("Human Rights Watch's call for the release of detained reporters was ignored.", ["NGO"]),
        ("A call by the African Union for a ceasefire in Sudan went unheeded.", ["IGO"]),
    ],
)
def test_a_call_for_an_act_by_a_named_doer_is_an_appeal(extractor, text, actors):
    assert codes(first(extractor, text, "REQUEST").actor) == actors


def test_a_call_with_a_partner_is_no_appeal(extractor) -> None:
    found = extractor.extract("Biden's call with Xi lasted two hours.", date="2022-02-18")
    assert not [e for e in found.events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # a plural numeral noun placed in a state counts its people
        ("Thousands in Lisbon marched against the pension cuts.", "PROTEST", ["PRT"]),
        ("Hundreds in Senegal protested against the election delay.", "PROTEST", ["SEN"]),
        ("Dozens in the Malaysian capital protested against the new tax.", "PROTEST", ["MYS"]),
    ],
)
def test_a_crowd_counted_in_a_state_is_its_people(extractor, text, type_, actors):
    assert codes(first(extractor, text, type_).actor) == actors


def test_a_count_in_a_phrase_that_names_no_state_is_no_one(extractor):
    article = extractor.extract("Millions in donations reached the charity.", date="2022-02-18")
    assert all(not a.name.startswith("Millions") for a in article.actors)


@pytest.mark.parametrize(
    ("text", "type_", "actors"),
    [
        # a body of states coordinated with a nationality word shares its head noun
        ("Afghan and NATO troops attacked a Taliban base in Kunduz.", "ASSAULT", ["AFG", "IGO"]),
        ("Nigerien and African Union soldiers clashed with rebels.", "ASSAULT", ["IGO", "NER"]),
        ("Bolivian and European Union officials met in La Paz.", "CONSULT", ["BOL", "EUR"]),
    ],
)
def test_a_body_of_states_joined_to_a_nationality_word_is_a_party_of_its_own(
    extractor, text, type_, actors
):
    assert codes(first(extractor, text, type_).actor) == actors


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # the subject meets; the one met, object or "with" party, is the recipient
        ("The Peruvian president met with Chilean ministers in Lima.", ["PER"], ["CHL"]),
        ("Ghanaian officials met Togolese envoys in Accra.", ["GHA"], ["TGO"]),
        ("The Indian foreign minister talked with Chinese officials.", ["IND"], ["CHN"]),
        ("Argentina negotiated with Uruguay over the river.", ["ARG"], ["URY"]),
        # a call, too, has the caller's partner as recipient, and is still a call
        ("The Polish president spoke by telephone with the Czech premier.", ["POL"], ["CZE"]),
        # parties named together as the subject all meet: all actors, no recipient
        ("Chile and Peru held talks in Lima.", ["CHL", "PER"], []),
        ("Chile and Peru are due to hold talks in Lima.", ["CHL", "PER"], []),
        # the doer of a complement is the subject it takes from the clause above
        ("The Peruvian president is set to meet Chilean ministers in Lima.", ["PER"], ["CHL"]),
        ("Ghanaian officials are expected to hold talks with Togolese envoys.", ["GHA"], ["TGO"]),
        ("The Indian envoy was allowed to meet Chinese officials.", ["IND"], ["CHN"]),
    ],
)
def test_the_one_met_is_the_recipient_of_a_meeting_its_subject_names(
    extractor, text, actors, recipients
):
    event = first(extractor, text, "CONSULT")
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # "discuss" takes the matter as object; its "with" party, wherever the parse hangs it
        ("The Dutch minister discussed trade with Kenyan officials.", ["NLD"], ["KEN"]),
        ("Japan discussed fishing quotas with South Korea on Friday.", ["JPN"], ["KOR"]),
        # a thing after "with" is part of the matter, no party
        ("The Dutch minister discussed the problems with the plan.", ["NLD"], []),
    ],
)
def test_the_party_a_matter_is_discussed_with_is_the_recipient(extractor, text, actors, recipients):
    event = first(extractor, text, "CONSULT")
    assert codes(event.actor) == actors
    assert codes(event.recipient) == recipients
