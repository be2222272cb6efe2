"""Grammar the event coder reads beyond single verbs: light verbs and the act nouns they carry,
the arguments of act nouns, idioms, the history a date marks, conditional threats and the
parties of reciprocal acts. Sentences are made up to show each kind, not taken from gold data."""

from __future__ import annotations

import pytest

import communique
from communique.events.lexicon import lexicon


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def events(extractor, text, date="2022-02-18"):
    return extractor.extract(text, date=date).events


def codes(parts):
    return {p.code for p in parts}


def test_a_year_before_the_article_makes_only_its_clause_history(extractor):
    found = events(
        extractor, "Libya offered to hand over two men suspected of bombing a plane in 1988."
    )
    assert [e.type for e in found if e.trigger.text == "offered"] == ["AGREE"]
    assert not [e for e in found if e.type == "ASSAULT"]  # the 1988 bombing is history
    assert events(extractor, "Rebels attacked the town in 1998.") == []
    same_year = events(extractor, "Rebel troops attacked the town in 1998.", date="1998-05-02")
    assert [e.type for e in same_year] == ["ASSAULT"]


def test_an_idiom_of_one_verb_does_not_carry_to_its_synonyms(extractor):
    # CAMEO.2.0.txt: "- * PART [030] # TAKE" under the seizure block that also holds CAPTURE
    found = events(extractor, "Government troops captured part of the rebel stronghold.")
    assert "AGREE" not in {e.type for e in found}
    taken = events(extractor, "Serbia took part in the talks.")
    assert "COERCE" not in {e.type for e in taken}


def test_a_light_verb_carries_the_act_its_object_names(extractor):
    found = events(extractor, "Russia began the withdrawal of its troops from Belarus.")
    retreat = [e for e in found if e.type == "RETREAT"]
    assert retreat and retreat[0].cameo_code == "0874"  # "withdraw * &MILITARY [0874]"
    assert codes(retreat[0].actor) == {"RUS"} and codes(retreat[0].recipient) == {"BLR"}
    ordered = events(extractor, "The ministry ordered an investigation into the killings.")
    assert "REQUEST" not in {e.type for e in ordered}  # the order is the investigation
    assert "ACCUSE" in {e.type for e in ordered}


def test_a_nominalisation_names_its_verbs_act_after_a_light_verb(extractor):
    # "detention" is in no CAMEO pattern; "detain" is coded 173 (CAMEO.2.0.txt)
    assert "detention" not in lexicon().nouns
    found = events(extractor, "Police announced the detention of three activists in Minsk.")
    assert [(e.type, e.cameo_code) for e in found] == [("COERCE", "173")]
    assert codes(found[0].recipient) == {"BLR"}
    assert "nominalisation" in found[0].reason
    # elsewhere such a noun is not taken for an act
    assert events(extractor, "She wrote about her detention in a memoir.") == []
    # a noun that names a body lost its verb's sense: "department" is no act of "depart"
    found = events(extractor, "A federal judge ordered the State Department to release the emails.")
    assert "CONSULT" not in {e.type for e in found}


def test_a_compound_modifier_says_which_act_a_general_noun_is(extractor):
    found = events(extractor, "The emir launched a mediation effort between Egypt and Sudan.")
    consult = [e for e in found if e.type == "CONSULT"]
    assert consult and consult[0].cameo_code == "045"
    assert codes(consult[0].recipient) == {"EGY", "SDN"}  # the mediated parties
    # a modifier that is part of a thing's name in CAMEO's WEAPON set names no act of its own
    for text in (
        "Norway sent battle tanks to Estonia.",
        "Norway sent infantry fighting vehicles to Estonia.",
    ):
        sent = events(extractor, text)
        assert [(e.type, e.cameo_code) for e in sent] == [("AID", "072")], text
    # nor does a modifier of an armed body or a weapon: it names the kind ("combat troops")
    for text in (
        "Norway sent 500 combat troops to Estonia.",
        "Norway sent attack helicopters to Estonia.",
    ):
        sent = events(extractor, text)
        assert [e.type for e in sent] == ["COOPERATE"], text  # "- * &MILITARY [062] # SEND"
    sent = events(extractor, "Norway sent special operations forces to Estonia.")
    assert not {"ASSAULT", "COERCE"} & {e.type for e in sent}


def test_the_of_phrase_of_an_act_noun_is_its_object(extractor):
    found = events(extractor, "Russia announced the expulsion of two Polish diplomats.")
    assert found and codes(found[0].recipient) == {"POL"}


def test_the_parties_between_whom_a_ceasefire_holds_are_its_actors(extractor):
    found = events(extractor, "The ceasefire between Armenia and Azerbaijan held.")
    assert [e.type for e in found] == ["RETREAT"]  # PLOVER manual, RETREAT mode ceasefire
    assert codes(found[0].actor) == {"ARM", "AZE"}


def test_an_agreement_among_several_countries_names_no_recipient_by_its_place(extractor):
    # the coordinated parties agree (or fail to) with one another; the place of what they
    # discuss is no further party
    found = events(
        extractor,
        "Armenia and Azerbaijan failed to reach agreement on the future of the villages in "
        "Georgia.",
    )
    reject = [e for e in found if e.type == "REJECT"]
    assert reject and codes(reject[0].actor) == {"ARM", "AZE"}
    assert reject[0].recipient == []
    # one country's rejection still takes its recipient from the place
    found = events(extractor, "Armenia refused to lift the curfew in Georgia.")
    assert {("REJECT", "GEO")} <= {(e.type, p.code) for e in found for p in e.recipient}


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Turkey threatened to close its border unless Greece withdrew its ships.", {"GRC"}),
        # "if" names the act that would set the threat off ("- * IF + [138] # FIGHT")
        ("Turkey threatened to retaliate if Greek ships entered its waters.", {"GRC"}),
        # a condition on the threatener's own act names no one else
        ("The Turkish union threatened to strike if it was not paid.", set()),
    ],
)
def test_a_conditional_threat_is_aimed_at_who_must_comply(extractor, text, recipients):
    threat = next(e for e in events(extractor, text) if e.type == "THREATEN")
    assert codes(threat.actor) == {"TUR"} and codes(threat.recipient) == recipients


def test_the_partner_of_an_offered_act_is_the_offers_recipient(extractor):
    found = events(extractor, "Russia offered to negotiate with Ukraine.")
    offer = next(e for e in found if e.type == "AGREE")
    assert codes(offer.recipient) == {"UKR"}
    talks = next(e for e in found if e.trigger.text == "negotiate")
    assert talks.type == "CONSULT" and talks.modality == "intended"


def test_a_threatened_act_as_object_is_a_threat(extractor):
    found = events(extractor, "Russia threatened new sanctions against Cuba.")
    assert [(e.type, codes(e.actor), codes(e.recipient)) for e in found] == [
        ("THREATEN", {"RUS"}, {"CUB"})
    ]
    assert [e.type for e in events(extractor, "Iran threatened retaliation.")] == ["THREATEN"]
    # a thing at risk is not a threat by anyone
    assert events(extractor, "The drought threatens the harvest.") == []


def test_the_owner_of_an_act_nouns_object_is_its_recipient(extractor):
    found = events(extractor, "Germany announced a suspension of flights to Iran.")
    assert [(e.type, codes(e.actor), codes(e.recipient)) for e in found] == [
        ("SANCTION", {"DEU"}, {"IRN"})
    ]


def test_an_actor_slot_after_a_preposition_needs_a_named_party(extractor):
    # CAMEO.2.0.txt: "- * FROM + [0874] # RETREAT" under the withdrawal block
    found = events(extractor, "Syria withdrew from Lebanon.")
    assert [(e.type, e.cameo_code) for e in found] == [("RETREAT", "0874")]
    assert codes(found[0].recipient) == {"LBN"}
    assert not [e for e in events(extractor, "The senator withdrew from the race.")
                if e.type == "RETREAT"]  # fmt: skip


def test_what_is_withdrawn_is_the_actors_own(extractor):
    found = events(extractor, "Nigeria withdrew its peacekeeping force from Chad.")
    assert found and codes(found[0].recipient) == {"TCD"}
    nominal = events(
        extractor, "The United States began the withdrawal of some invasion forces from Panama."
    )
    assert [(e.type, codes(e.recipient)) for e in nominal] == [("RETREAT", {"PAN"})]


def test_the_build_reads_an_actor_slot_as_a_named_party(event_lexicon_build):
    build = event_lexicon_build
    bare = build.parse_pattern("B", "- * FROM +   [0874]   # RETREAT", "x:1", {})
    assert (bare.prep, bare.prep_object) == ("from", build.ACTOR_SLOT)
    # "(IN ^) (FOR CONSULTATION)": the phrase with words is kept over the slot
    both = build.parse_pattern("B", "- * (IN ^) (FOR CONSULTATION)  [046]", "x:2", {})
    assert (both.prep, both.prep_object) == ("for", "consultation")


def test_the_build_reads_words_in_a_row_as_one_object_and_verbs_never_as_adverbs(
    event_lexicon_build,
):
    build = event_lexicon_build
    rally = build.parse_pattern("B", "- * RALLY   [141]   # STAGE", "x:1", {}, frozenset({"rally"}))
    assert (rally.object, rally.adverb) == ("rally", "")
    sharply = build.parse_pattern("B", "- SHARPLY *   [111]", "x:2", {}, frozenset({"rally"}))
    assert sharply.adverb == "sharply"
    joint = build.parse_pattern("B", "- * JOINT EXERCISES  [062]  # HOLD", "x:3", {})
    assert joint.object == "joint exercises"


def test_a_noun_spelled_as_its_verb_takes_the_light_verbs_reading(extractor):
    # CAMEO.2.0.txt: "stage * RALLY [141]", "hold * RALLY [141]"; the verb "rally" is 150 (a
    # rally names its aim to be a protest at all: "rally" is one of the aimed words)
    text = "A rally in Lagos against the arrests drew thousands of people."
    assert [e.type for e in events(extractor, text)] == ["PROTEST"]
    # ... unless a weapon or aircraft says it is force: "drone strike" is the verb's act
    found = events(extractor, "A U.S. drone strike killed five militants in Yemen.")
    assert "PROTEST" not in {e.type for e in found}
    assert any(e.trigger.text == "drone strike" and e.type == "ASSAULT" for e in found)


def test_a_strike_by_armed_forces_is_an_attack_and_a_workers_strike_a_walkout(extractor):
    # CAMEO.2.0.txt:3968 "- &MILITARY * STRIKE [190] # LAUNCH": armed forces that own,
    # perform or aim a strike make it the verb's act of force
    for text in (
        "The army's strikes destroyed three bridges overnight.",
        "Soldiers staged a strike on the rebel camp.",
        "Strikes against the Taliban continued through the night.",
    ):
        kinds = {e.type for e in events(extractor, text)}
        assert "ASSAULT" in kinds and "PROTEST" not in kinds, text
    for text in (
        "Dockers at the port staged a strike against the shipping company.",
        "Nurses in Leeds held a strike over pay on Monday.",
        "Police officers in the capital staged a strike over unpaid wages.",
        "Dockers and sailors began a general strike against the new port tax.",
    ):
        kinds = {e.type for e in events(extractor, text)}
        assert "ASSAULT" not in kinds, text


def test_a_strike_aimed_at_what_the_verb_strikes_with_force_is_an_attack(extractor):
    # the STRIKE block strikes a camp or a base with force ("- * CAMP [190] # ATTACK",
    # CAMEO.2.0.txt:9014): a strike "on" or "against" one is that act, though STAGE reads a
    # bare strike as a walkout ("- * STRIKE [143] # STAGE", CAMEO.2.0.txt:867)
    for text in (
        "They staged a strike on the military base overnight.",
        "A strike against the camp destroyed two trucks.",
    ):
        kinds = {e.type for e in events(extractor, text)}
        assert "ASSAULT" in kinds and "PROTEST" not in kinds, text
    for text in (
        "Workers staged a strike on Monday.",
        "Miners staged a strike against the mining company.",
        "The unions staged a strike against the new pension law.",
    ):
        kinds = {e.type for e in events(extractor, text)}
        assert kinds == {"PROTEST"}, text


def test_a_protests_purpose_names_its_recipient_and_is_not_a_second_event(extractor):
    found = events(
        extractor,
        "Demonstrators in Baghdad blocked a road to show their anger at the United States' "
        "policies.",
    )
    protests = [e for e in found if e.type == "PROTEST"]
    assert len(protests) == 1 and codes(protests[0].recipient) == {"USA"}
    rally = events(extractor, "Thousands of people rallied in Manila to protest against Japan.")
    assert [(e.type, codes(e.recipient)) for e in rally] == [("PROTEST", {"JPN"})]


def test_civilians_acting_to_protest_or_demand_do_what_the_dictionary_reads_in_protest(extractor):
    # "- * (IN PROTEST) [144] # BLOCK": blocking in protest is obstruction (PROTEST), and
    # to protest or to demand says the same (PLOVER manual, REQUEST: "demands that take the
    # form of demonstrations, protests, etc. are coded as PROTEST"); the demand is its topic
    found = events(extractor, "Thousands of farmers blocked the motorway to demand higher prices.")
    assert [(e.type, e.cameo_code) for e in found] == [("PROTEST", "144")]
    assert "demand" in found[0].reason
    # "- * (IN PROTEST) [145] # RANSACK": a riot, not an attack
    found = events(extractor, "Students ransacked the consulate to protest the visit.")
    assert [(e.type, e.cameo_code) for e in found] == [("PROTEST", "145")]
    # a legislature's or the police's blocking is no civilian protest, and blocking with no
    # such purpose keeps its own code
    for text in (
        "Senators blocked the bill to demand spending cuts.",
        "Police blocked the square to demand order.",
        "Thousands of farmers blocked the motorway on Monday.",
    ):
        assert "PROTEST" not in {e.type for e in events(extractor, text)}, text


def test_a_name_the_parser_made_the_subject_of_its_participle_still_acts(extractor):
    # the small model parses "The Red Cross operating in Iraq said" with the participle as
    # the subject of "said" and the name as the participle's subject
    found = events(
        extractor,
        "The Red Cross operating in Iraq said US and British forces must ensure security.",
    )
    request = [e for e in found if e.type == "REQUEST"]
    assert request and "Red Cross" in " ".join(p.name for p in request[0].actor)


def test_the_members_of_a_collective_object_fill_the_patterns_object(extractor):
    # "a team of inspectors" is inspectors: "receive * INSPECTOR" (0862, RETREAT access)
    found = events(extractor, "Ruritania received a team of inspectors from the United Nations.")
    retreat = [e for e in found if e.type == "RETREAT"]
    assert [e.cameo_code for e in retreat] == ["0862"]
    assert "team" in retreat[0].trigger.text
    # the collective noun's own pattern still comes first, and members that fill no
    # pattern make no act: a group of journalists received is no access granted
    found = events(extractor, "The minister received a group of journalists in his office.")
    assert "RETREAT" not in {e.type for e in found}


def test_an_agreement_named_by_its_content_fills_the_patterns_object(extractor):
    # "the truce agreement" is the truce agreed: "violate * &CEASEFIRE" [196], "observe *
    # &CEASEFIRE" [0871]; the verb itself ("--- VIOLATE [---]") codes nothing
    found = events(extractor, "The rebels violated the truce agreement on Monday.")
    assert [(e.type, e.cameo_code) for e in found] == [("ASSAULT", "196")]
    assert "agreement" in found[0].trigger.text
    found = events(extractor, "Both armies observed the cease-fire accord.")
    assert [(e.type, e.cameo_code) for e in found] == [("RETREAT", "0871")]
    # a pattern naming the agreement itself comes first: signing is signing ("* &TREATY")
    found = events(extractor, "The rebels signed the truce agreement on Monday.")
    assert [e.cameo_code for e in found] == ["057"]
    # a party's name before the agreement says whose it is, not what it establishes, and an
    # agreement named by no act is no act to violate
    assert events(extractor, "Ruritania violated the Freedonia agreement.") == []
    assert events(extractor, "The rebels violated the trade agreement.") == []


def test_international_sanctions_are_sanction_discontinue(extractor):
    # PLOVER manual, SANCTION: "International (political or economic) sanctions are coded as
    # discontinue" (CAMEO 163; the translation table alone would say COERCE)
    found = events(extractor, "Ruritania imposed sanctions on Freedonia.")
    sanction = [e for e in found if e.cameo_code == "163"]
    assert [(e.type, e.mode) for e in sanction] == [("SANCTION", "discontinue")]


def test_a_party_in_the_phrase_the_parser_hangs_on_the_object_is_the_recipient(extractor):
    # "on Belarus" belongs to the verb, the parser puts it on "sanctions"
    found = events(extractor, "The European Union imposed sanctions on Belarus.")
    assert [codes(e.recipient) for e in found if e.type == "SANCTION"] == [{"BLR"}]
    # a phrase that names no party gives no recipient
    found = events(extractor, "The minister would not take any questions on it.")
    assert not [e for e in found if e.recipient]


def test_a_pattern_whose_object_noun_names_the_act_holds_for_the_whole_block(extractor):
    # "- * SUPPORT [032] # ASSERT" in the block of verbs of saying: "support" is an event noun
    # of the pattern's kind, so "expressed support" is no disapproval (EXPRESS's own 110)
    found = events(extractor, "Ruritania expressed support for the plan.")
    assert "ACCUSE" not in {e.type for e in found}
    assert {e.type for e in found} & {"AGREE", "SUPPORT"}


def test_a_directive_verb_keeps_the_agree_of_its_pattern(extractor):
    # "- * (FOR TALKS) [036] # CALL": calling for talks is no telephone call (CALL's own 041)
    found = events(extractor, "Ruritania called for talks with Freedonia.")
    assert [e.type for e in found if e.trigger.text == "called"] == ["AGREE"]


def test_a_verb_of_motion_is_a_visit_only_where_it_goes_somewhere_named(extractor):
    # CAMEO's GO_SOMEWHERE block (040): "went to Freedonia" is a visit
    found = events(extractor, "The Ruritanian minister went to Freedonia on Monday.")
    assert [e.type for e in found if e.trigger.text == "went"] == ["CONSULT"]
    for text in (
        "Workers went on strike over unpaid wages.",
        "We are going to win this election.",
        "Thousands of people went into the streets.",
        # the block's phrasal verbs go nowhere named either
        "The delegates walked out.",
        "The senator is pulling out her credentials fast.",
        "Make these people go away.",
        # whose particle the parser reads as a preposition ("out of")
        "Ruritania would pull out of its slump within two years.",
        "The party pulled out of a debate with the network.",
    ):
        assert "CONSULT" not in {e.type for e in events(extractor, text)}, text


def test_the_parties_of_an_offered_mediation_are_the_offers_recipients(extractor):
    found = events(extractor, "Egypt offered to mediate between Israel and Jordan.")
    offer = [e for e in found if e.trigger.text == "offered"]
    assert [codes(e.recipient) for e in offer] == [{"ISR", "JOR"}]


def test_declared_martial_law_is_coerce(extractor):
    # PLOVER manual, COERCE mode martial-law: "Impose state of emergency or martial law"
    found = events(extractor, "The Ruritanian army declared martial law in the province.")
    assert [(e.type, e.cameo_code) for e in found] == [("COERCE", "1724")]


def test_an_indefinite_predicate_act_noun_classifies_its_subject(extractor):
    # a predicate nominal ascribes a kind to its subject: no act of its own
    found = events(
        extractor,
        "The rebels use two tactics. Their main tactic is warfare against villages in the south.",
    )
    assert not [e for e in found if e.trigger.text == "warfare"]
    # "there", a pronoun, or a predicate naming who acted: the act is told
    kept = events(extractor, "There was an attack on the army base in Kandahar on Monday.")
    assert [e.type for e in kept if e.trigger.text == "attack"] == ["ASSAULT"]
    demand = events(
        extractor,
        "One sticking point is a demand by Senator Lee that the bill include tax breaks.",
    )
    assert [e.type for e in demand if e.trigger.text == "demand"] == ["REQUEST"]


def test_a_declared_war_is_a_threat_not_a_war_fought(extractor):
    # CAMEO.2.0.txt:4389 DECLARE [010] is a statement; no pattern has war as its object
    found = events(extractor, "The militia declared war on Ukraine.")
    war = [e for e in found if e.type == "ASSAULT"]
    assert [e.modality for e in war] == ["intended"]
    assert "declared by 'declared'" in war[0].reason
    assert "THREATEN" in {e.type for e in found}


def test_an_idiom_of_a_light_verb_and_an_act_noun_is_no_act(extractor):
    found = events(extractor, "The banker made a killing on bonds. Gunmen carried out a killing.")
    assert [e.trigger.text for e in found if e.type == "ASSAULT"] == ["killing"]
    assert all(e.sentence[0] > 0 for e in found if e.type == "ASSAULT")


def test_an_event_names_a_party(extractor):
    # PLOVER's record requires an actor; a trigger with no party at all is a description
    assert events(extractor, "The survey was conducted by telephone last week.") == []
    assert events(extractor, "More votes are needed to win the nomination.") == []
    found = events(extractor, "The minister was criticised for the delay.")
    assert [e.type for e in found] == ["ACCUSE"]  # a recipient alone is a party
    attack = events(extractor, "There was an attack on the bridge in Kherson on Monday.")
    assert [e.type for e in attack] == ["ASSAULT"]  # an act of force has its own test


@pytest.mark.parametrize(
    "text",
    [
        "The senator called the mayor a coward.",
        "The governor called the plan pathetic.",
        "The movement calls itself the Front for Change.",
        "I think the talks will fail, the minister said.",
        "Many voters consider the senator too liberal.",
        "The senator is considered a moderate by his colleagues.",
        "The minister thought about resigning.",
        # deliberating over a thing is CAMEO's "consider policy option" (014, a statement), no
        # meeting: the CONSIDER block's bare 040 is not the PLOVER manual's CONSULT
        "The Japanese cabinet weighed the offer from China.",
        "The former mayor is considering a presidential run.",
        "The senators will not consider the nominee.",
    ],
)
def test_a_judgement_is_a_comment_not_a_call_or_a_deliberation(extractor, text):
    # CAMEO codes "call * SUCCESS", "consider * URGENT" as comments (012, 013): no PLOVER type
    assert not [e for e in events(extractor, text) if e.type == "CONSULT"]


def test_a_call_with_an_object_stays_an_event(extractor):
    call = events(extractor, "Chancellor Scholz called President Macron on Tuesday.")
    assert [e.type for e in call] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Lopez campaign paid its staff in March.",
        "The senator campaigned in Ohio with his running mate.",
        "Her campaign is struggling in the southern states, the governor said.",
        "The governor campaigned for Maria Lopez in three counties.",
        "Ohio votes on the first of March.",
        "The mayor said he voted for Maria Lopez in the primary.",
        "The farmer said she voted for Republicans in the past.",
        "Maria Lopez held a rally in Dayton on Saturday.",
        "The governor rallied supporters in Ohio on Monday.",
        "Tom Baker criticized the tax during a rally for Maria Lopez.",
        "Her supporters held a rally in support of Maria Lopez in Toledo.",
    ],
)
def test_electoral_campaigning_and_voting_are_no_events(extractor, text):
    # CAMEO's CAMPAIGN, VOTE and RALLY patterns name the aim, the measure or what a rally is
    # against ("- * AGAINST [141] # RALLIED"); PLOVER makes campaigns, elections and
    # candidates a context (election), and its PROTEST is a rally "to protest a policy,
    # action, or actor(s)"
    found = events(extractor, text)
    assert not [
        e for e in found if e.trigger.text.lower().startswith(("campaign", "vot", "rall", "held"))
    ]


def test_a_campaign_for_or_against_something_is_a_demand(extractor):
    text = "Amnesty International campaigned for the release of the journalists."
    found = events(extractor, text)
    assert [e.type for e in found] == ["REQUEST"]
    noun = events(extractor, "Greenpeace's campaign against whaling drew support in Japan.")
    assert "REQUEST" in {e.type for e in noun}
    rally = events(extractor, "Students held a rally against the war in Boston.")
    assert "PROTEST" in {e.type for e in rally}
    # the parser hangs the infinitive of purpose on the verb of the rally's clause
    text = "Thousands of students were gathering for a rally in Boston to protest the fees."
    assert "PROTEST" in {e.type for e in events(extractor, text)}
    # "- * (IN SUPPORT) [053] # RALLIED": support of a cause is an aim, of a person is not
    text = "Workers held a rally in support of the strikers in Detroit."
    assert "PROTEST" in {e.type for e in events(extractor, text)}
    rallied = events(extractor, "Activists rallied against the dam outside the ministry.")
    assert "PROTEST" in {e.type for e in rallied}
    debated = events(extractor, "The parliament debated the sanctions on Monday.")
    assert "CONSULT" in {e.type for e in debated}


@pytest.mark.parametrize(
    "text",
    [
        "The senator left the building at noon.",
        "The governor left the race in March.",
        "The minister left Paris on Monday.",
    ],
)
def test_a_departure_is_a_visit_only_where_it_goes(extractor, text):
    # CAMEO's GO_SOMEWHERE block holds LEAVE and DEPART beside GO: a visit names where it goes
    assert not [e for e in events(extractor, text) if e.type == "CONSULT"]


def test_a_departure_for_a_named_place_is_a_visit(extractor):
    found = events(extractor, "The prime minister left for Moscow on Tuesday.")
    assert [e.type for e in found] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator is expected to deliver a speech tonight.",
        "The adviser said he expects two rivals to quit the race.",
    ],
)
def test_a_forecast_is_no_intent(extractor, text):
    # CAMEO's PREDICT block is a statement (010); "is expected to" names no one who expects
    assert not [e for e in events(extractor, text) if e.trigger.text.startswith("expect")]


def test_expecting_ones_own_act_stays_an_intent(extractor):
    found = events(extractor, "Iran expects to sign the agreement with the European Union.")
    assert "AGREE" in {e.type for e in found if e.trigger.text == "expects"}


@pytest.mark.parametrize(
    "text",
    [
        "The long campaign led to her victory in the state.",
        "The senator is heading to Ohio after the debate.",
        "The speaker has managed to remain popular with his party.",
    ],
)
def test_overseeing_needs_a_thing_overseen(extractor, text):
    # CAMEO's OVERSEE_MANAGE block (060): "lead to" is causation, "head to" motion
    assert not [e for e in events(extractor, text) if e.type == "COOPERATE"]


def test_overseeing_a_named_thing_stays_an_event(extractor):
    found = events(extractor, "General Smith led the Iranian delegation to Moscow.")
    assert "COOPERATE" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The reporter asked several times whether the senator backed the plan.",
        "The mayor seemed uneasy when asked about his brother's business.",
        "A voter asked the governor how she would pay for it.",
        "The governor was once asked which of her critics she was proudest of.",
        "The host then asked Senator Smith which states specifically he could win.",
    ],
)
def test_a_question_asked_is_no_request(extractor, text):
    # CAMEO's ASK block holds ENQUIRE, QUERY and WONDER (no event); ASK's patterns name a thing
    assert not [e for e in events(extractor, text) if e.type == "REQUEST"]


def test_asking_for_an_act_stays_a_request(extractor):
    found = events(extractor, "The Legion asked the Lopez campaign to stop using its emblem.")
    assert "REQUEST" in {e.type for e in found}
    found = events(extractor, "The minister asked that Israel halt the raids.")
    assert "REQUEST" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The host suggested that the senator went too far.",
        "The early results suggest that the governor still faces a difficult race.",
        # a thing indicates, only a party proposes
        "Surveys suggest rising support for the governor.",
        "The ministry released a report suggesting donors were granted contracts.",
        # a parenthetical verb of an indicative clause
        "Farmers, the minister suggested, will not lose their subsidies.",
    ],
)
def test_a_claim_is_no_proposal(extractor, text):
    # CAMEO's SUGGEST patterns name the act proposed; with an indicative clause it asserts
    assert not [e for e in events(extractor, text) if e.type == "REQUEST"]


def test_a_proposal_with_a_subjunctive_or_should_stays_a_request(extractor):
    found = events(extractor, "The minister suggested that the talks with Iran should resume.")
    assert "REQUEST" in {e.type for e in found}
    found = events(extractor, "The senators suggested that the envoy be recalled from Moscow.")
    assert "REQUEST" in {e.type for e in found}
    # a name the tagger takes for a common noun at a sentence's start, written as a name
    # elsewhere in the article ("Sanders" tagged as the plural of "sander")
    text = "Voters like Bernie Sanders. Sanders proposes to pay for the plan with a new tax."
    assert "REQUEST" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The governor gave a long speech in Dayton on Tuesday.",
        "The mayor needs 400 votes to win the runoff.",
        "The senator faces a difficult choice in the spring.",
        "The committee's list includes three former ministers.",
        "Maria Lopez leads Tom Baker by nine points in the district.",
        "Tom Baker served as the state's attorney general for six years.",
        "The governor took her daughter to the state fair.",
        "The senator said she learned patience from her father.",
        '"I mean, the plan is a disaster," Governor Maria Lopez said.',
        "The candidate joined the race for governor in June.",
        "Tom Baker paid his lawyers two million dollars.",
        "The governor helped her sister find a job in Dayton.",
    ],
)
def test_an_everyday_verb_names_an_act_only_through_its_pattern(extractor, text):
    # CAMEO files give, need, face, include, lead, serve, take, learn, mean, join, pay and
    # help in blocks of acts, but its patterns name the object that makes each the act
    assert events(extractor, text) == []


def test_an_everyday_verb_with_its_pattern_object_is_the_act(extractor):
    # "- * HUMANITARIAN AID TO + [073] # GIVE", "- * TALKS [040:040] # CONVENE" (JOIN's block)
    aid = events(extractor, "Norway gave humanitarian aid to Sudan in May.")
    assert [(e.type, codes(e.recipient)) for e in aid] == [("AID", {"SDN"})]
    talks = events(extractor, "The Greek foreign minister joined talks with Turkey in Geneva.")
    assert [e.type for e in talks] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor provided a broad outline of the tax cuts.",
        "The company increased its profits by ten percent last year.",
        "Senator Tom Baker expanded the program in March.",
    ],
)
def test_material_cooperation_directed_at_no_one_is_no_event(extractor, text):
    # PLOVER manual, COOPERATE and AID: material cooperation requires a recipient
    assert not [e for e in events(extractor, text) if e.type in ("AID", "COOPERATE")]


@pytest.mark.parametrize(
    "text",
    [
        "The website removed the videos on Monday.",
        "The ministry removed the old signs from the square.",
    ],
)
def test_removing_things_is_no_deportation(extractor, text):
    # CAMEO's DEPORT block (174, "Expel or deport individuals") removes people
    assert not [e for e in events(extractor, text) if e.cameo_code == "174"]


def test_removing_people_stays_a_deportation(extractor):
    for text in (
        "Ruritania expelled the migrants.",
        "The army ousted the president.",
        "The party wants to deport millions of migrants.",
    ):
        assert "174" in {e.cameo_code for e in events(extractor, text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen armed with knives stormed the bank.",
        "The rebels were armed with Iranian rifles.",
        "The militia was equipped with Russian tanks.",
        "Armed with new evidence, the senator attacked the plan.",
    ],
)
def test_a_participle_of_supply_with_no_supplier_is_no_cooperation(extractor, text):
    # an adjectival passive says what someone has; CAMEO's ARM block (062) supplies a party
    assert not [e for e in events(extractor, text) if e.cameo_code == "062"]


def test_supplying_arms_stays_cooperation(extractor):
    for text in (
        "France armed the rebels with rifles.",
        "France has armed the rebels.",
        "The rebels were armed by Iran.",
        "Russia equipped the militia with tanks.",
    ):
        assert "062" in {e.cameo_code for e in events(extractor, text)}, text


def test_an_announced_act_with_no_recipient_still_announces_its_agreement(extractor):
    found = events(extractor, "Japan said it will provide emergency food aid.")
    assert "AGREE" in {e.type for e in found}
    assert "AID" not in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet made the decision to withdraw the troops from the border.",
        "The rebels announced their decision to release the hostages.",
        "The government made a pledge to withdraw its troops.",
    ],
)
def test_a_noun_of_intent_is_the_one_announcement_of_its_infinitive(extractor, text):
    # "decided to withdraw" is one AGREE (the deciding); so is "made the decision to
    # withdraw": the noun named for the verb of intent announces the act, as the verb does
    found = events(extractor, text)
    assert [e.type for e in found].count("AGREE") == 1, [(e.type, e.trigger.text) for e in found]
    assert "RETREAT" in {e.type for e in found}


def test_an_act_someone_needs_to_do_is_not_said_to_have_happened(extractor):
    # the semi-modal "need to" says what must be done, as "must" does
    found = events(extractor, '"Iran needs to release the sailors," the minister said.')
    assert [e.modality for e in found if e.type == "RETREAT"] == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Lopez claimed that the city is safer than ever.",
        "The governor admitted that the plan had failed.",
        "The mayor revealed that she had sold the house in April.",
        "Tom Baker argued that the tax would hurt workers.",
        "The senator insisted that he was innocent.",
        "The governor offered a short answer to the question.",
        "The mayor conceded that the bridge had been badly built.",
        '"We lost the north," the party chairman conceded.',
        "The union ensured that a room was open for the workers.",
        "The governor said he would ensure that the vote was fair.",
    ],
)
def test_a_verb_of_saying_with_a_fact_or_an_answer_is_no_act(extractor, text):
    # CAMEO's CLAIM, DISCLOSE and OFFER patterns name what is claimed, disclosed or offered;
    # ARGUE and INSIST with an indicative clause state a view; CONCEDE with a clause admits
    assert events(extractor, text) == []


def test_a_demand_insisted_on_and_an_act_offered_stay_events(extractor):
    demand = events(extractor, "The unions insisted that the law be delayed.")
    assert [e.type for e in demand] == ["REQUEST"]
    offer = events(extractor, "Norway offered to mediate between Sudan and Chad.")
    assert "AGREE" in {e.type for e in offer}
    promised = events(extractor, "The minister will ensure the release of the hostages.")
    assert "AGREE" in {e.type for e in promised}
    yielded = events(extractor, "The rebels conceded defeat and the governor conceded the race.")
    assert [e.type for e in yielded] == ["CONCEDE", "CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Baker prevented a rival from winning the primary.",
        "The governor's veto prevented the rise of new parties.",
        "High prices hampered the mayor's plans for the park.",
    ],
)
def test_holding_something_up_refuses_no_one_without_its_pattern(extractor, text):
    # CAMEO's DELAY block codes PREVENT, HAMPER ... by what is held up ("- * ATTACK [053] #
    # PREVENT", "- * (FROM ENTERING) [172] # PREVENT")
    assert not [e for e in events(extractor, text) if e.type == "REJECT"]


def test_a_rally_prevented_is_still_coercion(extractor):
    # "- * RALLY [1721] # PREVENT"
    found = events(extractor, "The police prevented the rally in the capital.")
    assert [e.type for e in found] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Baker passed the test with ease.",
        "The company allowed workers to leave early.",
        "The senator introduced a bill on farm subsidies.",
        "The governor filled the vacant seat in March.",
        "The new port enabled farmers to sell more grain.",
        "The aide was not authorized to discuss the plan.",
        "The bill cleared the Senate's procedural hurdle.",
        "The mayor barely tolerates the council's long meetings.",
        "The senator is biding her time before the vote.",
    ],
)
def test_passing_allowing_and_introducing_need_their_pattern(extractor, text):
    # CAMEO's ALLOW and INTRODUCE blocks name what is passed, let in or introduced ("- *
    # REFORMS [083] # PASS", "- * (INTO &TOWN) [080] # ALLOW", "- * AMNESTY [081] # INTRODUCE")
    assert events(extractor, text) == []


def test_reforms_passed_are_still_an_easing(extractor):
    found = events(extractor, "The council passed the reforms in March.")
    assert [e.type for e in found] == ["CONCEDE"]
    # "- * &TOWN [174] # CLEAR": the ALLOW block's own pattern for clearing a town
    found = events(extractor, "The army cleared the town of civilians.")
    assert [e.type for e in found] == ["COERCE"]


def test_an_attempt_is_told_by_the_article_and_a_claim_stays_reported(extractor):
    # attempts are attributions in PolNeAR's annotation, but the act of an attempt verb's
    # infinitive is its subject's own, not a claim: told as happened, by no speaker
    for text in (
        "Militiamen attempted to seize the airport of Bunia on Sunday.",
        "Gunmen tried to storm the police station in Kano on Friday.",
    ):
        acts = [e for e in events(extractor, text) if e.type in ("COERCE", "ASSAULT")]
        assert acts and all(e.modality == "asserted" and e.claimed_by is None for e in acts), text
    claimed = events(extractor, "The militia claimed to have seized the airport of Bunia.")
    assert [e.modality for e in claimed if e.type == "COERCE"] == ["reported"]
    told = events(extractor, "Police said gunmen had tried to storm the station in Kano.")
    assert [e.modality for e in told if e.type == "ASSAULT"] == ["reported"]


def test_an_event_holding_the_report_s_own_cue_is_told_not_claimed(extractor):
    # the quote finder takes "approved" as the cue of "Her extradition": the approval is the
    # cue's act, which the article tells
    found = events(extractor, "Her extradition to Peru was approved by the Supreme Court.")
    assert [(e.type, e.modality, e.claimed_by) for e in found] == [("COOPERATE", "asserted", None)]


def test_a_forecast_act_is_future_and_announces_nothing(extractor):
    found = events(extractor, "Iran is expected to release the British tanker next week.")
    assert [(e.type, e.modality) for e in found] == [("RETREAT", "future")]
    # an act "will" do is announced: PLOVER's AGREE for a promised cooperative act
    promised = events(extractor, "Iran will release the British tanker next week.")
    assert "AGREE" in {e.type for e in promised}


def test_as_expected_is_a_forecast_not_an_agreement(extractor):
    # "as expected", "than expected": a past participle with no subject and no "have" is passive
    for text in (
        "As expected, the court in Ankara rejected the appeal by Greece.",
        "Talks between Peru and Chile ended sooner than expected.",
    ):
        assert all(e.trigger.text != "expected" for e in events(extractor, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Senator Baker called the governor a liar at the rally.",
        'The mayor calls her "the best candidate in the race."',
        "The ad calls attention to the senator's record.",
        "Two states remained too close to call.",
        "The governor also called for all candidates to publish their plans.",
    ],
)
def test_a_call_that_names_or_summons_is_no_telephone_call(extractor, text):
    # CAMEO's CALL block (041, beside TELEPHONE and PHONE) reads a predicate on the object
    # ("- * + POWDER KEG [012]") and a demand ("- * FOR &NEGOTIATION [026]") apart
    assert not [e for e in events(extractor, text) if e.cameo_code == "041"]


def test_a_call_to_a_party_stays_a_telephone_call(extractor):
    found = events(extractor, "Senator Smith called Governor Jones on Tuesday.")
    assert [e.cameo_code for e in found] == ["041"]
    found = events(extractor, "The president called him on Monday.")
    assert [e.cameo_code for e in found] == ["041"]
    found = events(extractor, "The prime minister called Obama to offer help.")
    assert "041" in {e.cameo_code for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Baker decided to focus on Iowa.",
        "The governor decided not to run again.",
        "Senator Baker promised to build a new bridge.",
        "The mayor expects to win the state easily.",
        # a noun of the act of such a verb is asked the same ("decision" of "decide")
        "The governor must make the final decision.",
        "In the end the voters make good decisions.",
        "The senator made a promise to build a new bridge.",
    ],
)
def test_a_commitment_to_no_act_is_no_agreement(extractor, text):
    # PLOVER manual, AGREE: a commitment to cooperate; CAMEO files DECIDE beside CHOOSE and
    # null-codes the electoral promise ("- CAMPAIGN * [---] # PROMISE")
    assert not [e for e in events(extractor, text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator promised to veto the bill.",
        "The governor has vowed to veto the budget.",
        "The minister pledged to reject the proposal.",
        "Her pledge to veto the bill angered the committee.",
        "The senator vowed to block the governor's plan.",
        "The opposition promised to veto it.",
    ],
)
def test_a_rejection_pledged_is_a_threat(extractor, text):
    # CAMEO codes a hostile act pledged as a threat ("- * RESISTANCE [130] # VOW",
    # CAMEO.2.0.txt:4255; "- * RESISTANCE [133] # PLEDGE", 5057), resisting being one of its
    # rejections (the REFUSE block, CAMEO.2.0.txt:2892)
    kinds = {e.type for e in events(extractor, text)}
    assert "THREATEN" in kinds and "AGREE" not in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor pledged to reject violence.",
        "The new inspector vowed to refuse any bribes.",
        "The bank has pledged to reject coal investments.",
    ],
)
def test_a_rejection_of_a_practice_pledged_is_no_threat(extractor, text):
    # the hostile acts CAMEO's pledging blocks code as threats are aimed at a party; its
    # rejections name a party's proposal ("- * &PROPOSAL [120] # REJECT", CAMEO.2.0.txt:2937)
    assert "THREATEN" not in {e.type for e in events(extractor, text)}, text


def test_a_rejection_decided_or_a_cooperation_pledged_is_no_threat(extractor):
    # only the verbs of pledging: deciding to veto is a choice (DECIDE [030])
    assert "THREATEN" not in {
        e.type for e in events(extractor, "The president decided to veto the bill.")
    }
    found = {e.type for e in events(extractor, "The senator promised to support the bill.")}
    assert "THREATEN" not in found and "AGREE" in found


def test_a_commitment_to_an_act_stays_an_agreement(extractor):
    found = events(extractor, "The army decided to withdraw from the city.")
    assert "AGREE" in {e.type for e in found}
    found = events(extractor, "Senator Smith promised to meet the Iranian foreign minister.")
    assert "AGREE" in {e.type for e in found}
    found = events(extractor, "Japan pledged humanitarian aid to Haiti.")
    assert "AGREE" in {e.type for e in found}
    # "help" is coded only through its block's patterns, but it is an act committed to
    found = events(extractor, "Norway promised to help Sudan after the floods.")
    assert "AGREE" in {e.type for e in found}
    # a noun's infinitive names the act ("the decision to withdraw")
    found = events(extractor, "The cabinet made the decision to withdraw the troops.")
    assert "decision" in {e.trigger.text for e in found if e.type == "AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders pledged to work together on trade.",
        "The ministers promised to work together after the election.",
        "The governor promised to exercise restraint in the dispute.",
        "The two governments pledged to address the shortcomings.",
        # "- * TO WORK FOR PEACE [037] # PLEDGE": "peace" is the object of "for"
        "The king pledged to work for peace in the region.",
    ],
)
def test_a_commitment_to_an_act_its_blocks_name_is_an_agreement(extractor, text):
    # the older dictionary's blocks of commitment name these acts as the verb with its
    # particle or object ("- * WORK TOGETHER [030] # AGREE", "- * TO EXERCISE RESTRAINT [030]
    # # PLEDGE", "- * TO ADDRESS SHORTCOMING [030] # PLEDGE"), which no verb codes alone
    found = events(extractor, text)
    assert [e.cameo_code for e in found if e.type == "AGREE"] == ["030"]
    assert {e.modality for e in found if e.type == "AGREE"} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Democrats and Republicans need to work together.",
        "France and Italy will work together on migration.",
        "The senator promised to work hard for families.",
        "The mayor promised to exercise every day.",
        "The engineer pledged to work for the company.",
    ],
)
def test_working_together_with_no_commitment_is_no_agreement(extractor, text):
    # a need or a plan to work together commits no one; without its particle or object the
    # verb names no act of the blocks of commitment
    assert not [e for e in events(extractor, text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada stopped funding the irrigation project.", "1621"),
        ("The United States quit supplying weapons to the rebels.", "1622"),
        ("Sweden has ceased financing the dam.", "1621"),
    ],
)
def test_ceasing_to_give_aid_reduces_it(extractor, text, code):
    # CAMEO.2.0.txt's CANCEL block codes the end of aid named by a noun ("- * AID [162] #
    # HALT", "- * GRANTS [1621] # STOP"); a gerund names the act as its noun does
    found = [e for e in events(extractor, text) if e.type == "SANCTION"]
    assert [(e.cameo_code, e.modality) for e in found] == [(code, "asserted")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The United States stopped sending weapons to Ukraine.", "UKR"),
        ("Germany stopped funding Hamas.", "PSE"),
    ],
)
def test_the_aid_ended_goes_to_the_party_it_went_to(extractor, text, recipient):
    # the recipient of a reduction of aid is the party of the act ended, read from the
    # gerund as from a commitment's act ("stopped funding Hamas": Hamas)
    found = [e for e in events(extractor, text) if e.type == "SANCTION"]
    assert [[p.code for p in e.recipient] for e in found] == [[recipient]]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels stopped attacking the villages.",
        "The company stopped paying taxes.",
        "The senator stopped talking to reporters.",
    ],
)
def test_ceasing_another_act_is_no_reduction_of_aid(extractor, text):
    assert not [e for e in events(extractor, text) if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "code", "recipient"),
    [
        ("Kenya suspended trade with Uganda.", "160", "UGA"),
        ("Ghana halted imports of rice from Togo.", "1621", "TGO"),
        ("Trade with Uganda was suspended by Kenya.", "160", "UGA"),
    ],
)
def test_ending_trade_named_by_its_noun_reduces_relations(extractor, text, code, recipient):
    # CAMEO's CANCEL block codes the end of material cooperation named by a noun as a
    # reduction ("- * MATERIAL [160] # HALT", "- * COOPERATION [160] # CUT"), listing a few
    # nouns; the noun's own act gives the rest, its party the recipient
    found = [e for e in events(extractor, text) if e.type == "SANCTION"]
    assert [(e.cameo_code, [p.code for p in e.recipient]) for e in found] == [(code, [recipient])]


@pytest.mark.parametrize(
    "text",
    [
        "The company suspended production at the plant.",
        "Police halted the search for the missing boy.",
        "The city ended its campaign against littering.",
    ],
)
def test_ending_an_act_of_no_cooperation_is_no_reduction(extractor, text):
    assert not [e for e in events(extractor, text) if e.type == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The campaign released a video on Friday.",
        "A poll released on Sunday showed the senator ahead.",
        "The transcripts of the speeches were released on Monday.",
        "The senator refused to release his tax returns.",
        "The agency released 900 pages of the minister's emails.",
        "The governor has released ten years of tax returns.",
        "This is the memo that the ministry released on Friday.",
        "The plan he released would cost two billion dollars.",
        "The candidate will release all of his speeches next week.",
        "The union released new figures on Monday.",
        "The party released a brochure with its slate.",
        # the thing's class decides, not a list of texts alone
        "The ministry released a fact sheet on Monday.",
        "The president will release a series of executive orders.",
        "Senator Smith To Release Medical Records After Pressure.",
        "The ministry has not released the statistics yet.",
        "The bureau, which compiles the statistics, has not released them.",
        "The ministry keeps the records and will release them soon.",
        "The mayor freed up endorsements for the runoff.",
        # a noun of releasing releases what its "of" phrase names, and alone no one
        "The party sent out a press release on Monday.",
        "The group's release of emails exposed donors.",
        "The judge ordered the release of embarrassing records about the school.",
        "The judge ordered monthly releases.",
        # a title, money, and the relative pronoun object of an infinitive
        "The governor freed up two million dollars for the schools.",
        "The governor freed up $26 million for the schools.",
        'The publisher plans to release "The Art of Power" in May.',
        "The chairman will not publish the memos that he plans to release next year.",
        # "them" agrees in number, in its sentence or the one before
        "The office, which compiles the figures for the state, has not released them.",
        "The senator gave three paid speeches to the bank. She will release them next week.",
        "The senator is ahead, according to two new polls, including one from Quinnipiac "
        "University released Monday.",
        # a relative clause the parser hung on its own subject: a contact clause after a
        # singular determiner, a relative pronoun before the subject
        "Costs rose, according to a fact sheet officials released on Friday.",
        "The deficit will grow, according to a budget memo senators released Tuesday.",
        "This ad that Trump released today is horrific.",
        # a number freed up is an amount; a partitive is of its whole
        "The governor freed up 26 million for the schools.",
        "The state will free up 40 million for roads.",
        "The committee released each of the reports on Friday.",
        "The ministry released each of the memos.",
        # a compound names what a noun of releasing releases, before its possessor
        "The senator's press release linked to the report.",
        "The governor's news release praised the deal.",
        # an infinitive's argument the parser hung on the verb governing it
        "They will release the memos that Senator Jones has said he plans to release next year.",
        "and we know that they arranged for a lot of those memos to be released",
        # freed to do something: made able to act, no one held
        "The Republican Party freed its delegates to vote for anyone.",
        "The committee released the delegates to vote their conscience.",
        # a relative clause's gap in the passive clause its verb reports
        "The White House listed the documents the Pentagon says will be released by Iran.",
    ],
)
def test_a_text_released_frees_no_one(extractor, text):
    # CAMEO's RELEASE block null-codes what is made public ("- * REPORT [---]", "- *
    # RECORDING [---]", "- * POLLS [---]"); 0841 is the release of people
    assert not [e for e in events(extractor, text) if e.type == "RETREAT"]


def test_people_released_are_still_a_release(extractor):
    found = events(extractor, "Iran released the sailors on Friday.")
    assert [e.type for e in found] == ["RETREAT"]
    found = events(extractor, "The prisoners that Iran released were flown home.")
    assert "RETREAT" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels freed the journalists after a week.",
        "Three of the detainees were released on Monday.",
        "The junta released several of the journalists.",
        "The government released the men after questioning.",
        "The police arrested ten protesters and later released them.",
        "He was released one day before the vote.",
        "The militia freed the children.",
        "The American sailors were released on Friday.",
        "The court ordered the release of the prisoners.",
        "The release of the hostages came after talks.",
        "The judge ordered their release.",
        "Police freed the kidnapped after a raid.",
        # a kin noun is people freed; its owner ("her") is no party, so a sentence naming no
        # one else ("Freeing her husband was his first aim") has no event, as "Freeing the
        # hostages was his first aim" has none
        "Kenya freed her husband on Monday.",
        "The rebels seized ten soldiers last month. They released them on Friday.",
        "In addition to releasing the seven, the government dropped the charges.",
        "The envoy urged Kiev to release one of the opposition leader's rivals from prison.",
        "Lawmakers pressed the president to release an imprisoned political rival.",
        "The junta released each of the prisoners.",
        "The judge ordered the release of three of the detainees.",
        "The hostages released Monday were flown home.",
        "A group of hostages released Monday spoke to reporters.",
        "The rebels freed up two hostages on Friday.",
        "The envoy arranged for the hostages to be released.",
        "The envoy arranged for two of the prisoners to be released.",
        "Iran freed the sailors to return home.",
        "The court released him from prison to attend the funeral.",
        "The rebels hold Italian sailors they say will be released to France.",
    ],
)
def test_people_freed_stay_a_release(extractor, text):
    # PLOVER manual, RETREAT mode release: "Release captives"; CAMEO 0841 releases persons
    assert "RETREAT" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Voters in the suburbs backed Senator Baker by a wide margin.",
        "Sixty percent of respondents support the governor's plan.",
        "Donors who backed Senator Baker are now giving to the party.",
        "He needs 150 delegates supporting the governor to win.",
    ],
)
def test_support_by_voters_delegates_and_donors_is_electoral(extractor, text):
    # PLOVER manual, Election context: voting, polling and campaign fundraising; CAMEO files
    # VOTE beside CHOOSE in SELECT, no event
    assert not [e for e in events(extractor, text) if e.type == "SUPPORT"]


def test_support_by_a_party_stays_support(extractor):
    found = events(extractor, "Senator Jones backed Senator Baker on Monday.")
    assert [e.type for e in found] == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Baker discussed his tax plan in a speech in Ohio.",
        "The governor barely discussed the primary in her remarks.",
    ],
)
def test_one_speaker_talking_about_something_is_no_consultation(extractor, text):
    # CAMEO codes DISCUSS for both sides (040:040) in the CONFER block, whose own code is a
    # statement (010)
    assert not [e for e in events(extractor, text) if e.type == "CONSULT"]


def test_a_discussion_between_two_sides_stays_a_consultation(extractor):
    found = events(extractor, "The prime minister discussed the border with Mexico.")
    assert "CONSULT" in {e.type for e in found}
    found = events(extractor, "The two foreign ministers discussed the border dispute.")
    assert "CONSULT" in {e.type for e in found}


def test_attending_a_rally_is_no_meeting(extractor):
    # CAMEO's ATTEND (GO_SOMEWHERE) is a visit to a meeting; a rally is campaigning
    found = events(extractor, "A nurse from Ohio attended the rally with her husband.")
    assert not [e for e in found if e.type == "CONSULT"]


def test_attending_a_summit_stays_a_meeting(extractor):
    found = events(extractor, "The Indian prime minister attended the summit in Brussels.")
    assert "CONSULT" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        'The reporter asked the senator, "Will you run again?"',
        '"Will you run again?" she asked him.',
        "When asked who they thought would win, most voters named the governor.",
        "I ask, for whom exactly?",
    ],
)
def test_a_question_quoted_or_inverted_is_no_request(extractor, text):
    # CAMEO's ASK block holds ENQUIRE, QUERY and WONDER (no event): a direct question, opened
    # by an auxiliary before its subject or ending in a question mark, enquires
    assert not [e for e in events(extractor, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator said the governor should have known about the emails.",
        '"We should get behind the nominee," the mayor said.',
        '"I must say I am surprised," the governor said.',
        '"It should shock every voter in this state," the governor said.',
        "The senator said the new platform should reflect the views of the party.",
    ],
)
def test_a_past_judgement_or_the_speakers_own_duty_is_no_demand(extractor, text):
    # "should have" + participle judges the past; a first-person obligation asks no one else;
    # with a subject that cannot act, in the active, "should" judges what is likely or fitting
    assert not [e for e in events(extractor, text) if e.type == "REQUEST"]


def test_an_obligation_laid_on_another_stays_a_demand(extractor):
    found = events(extractor, "The minister said Sudan must return the helicopter.")
    assert "REQUEST" in {e.type for e in found}


def test_an_act_noun_s_agent_hung_on_its_object_is_still_its_agent(extractor):
    # the parser hangs "by Colombian troops" on "commanders", the nearer noun
    found = events(
        extractor, "The arrest of two rebel commanders by Colombian troops angered the rebels."
    )
    arrest = next(e for e in found if e.trigger.text.startswith("arrest"))
    assert codes(arrest.actor) == {"COL"}


def test_a_noun_with_its_verb_s_object_and_agent_is_the_verb_s_act(extractor):
    found = events(extractor, "The capture of the airport by Sudanese troops was confirmed.")
    assert [(e.type, codes(e.actor)) for e in found] == [("COERCE", {"SDN"})]
    # a river is no agent: "by" is a place there
    assert events(extractor, "The capture of the town by the river was confirmed.") == []


def test_a_possessor_who_can_act_is_the_agent_of_a_noun_with_its_verb_s_object(extractor):
    # "X's N of Y" is "the N of Y by X": the possessor of an action nominal with an "of"
    # object is its verb's subject, also where the noun is a clause's subject
    found = events(extractor, "Hungary's rejection of the migration pact was repeated.")
    assert [(e.type, codes(e.actor)) for e in found] == [("REJECT", {"HUN"})]
    found = events(extractor, "Ethiopia's capture of the town was confirmed.")
    assert [(e.type, codes(e.actor)) for e in found] == [("COERCE", {"ETH"})]
    # a kind or a result: the "of" phrase fills no pattern of the verb
    assert events(extractor, "The governor's brand of populism worried donors.") == []
    # a possessor that cannot act is no agent, and with no agent the noun stays a thing
    assert events(extractor, "The study's rejection of the theory was repeated.") == []
    assert events(extractor, "The rejection of the migration pact was repeated.") == []


def test_support_by_a_politicians_supporters_in_office_stays_support(extractor):
    # a supporter is anyone who supports, a legislator as much as a voter: no electorate word
    text = "Two dozen of the senator's supporters in the state legislature endorsed Baker."
    assert "SUPPORT" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "A super PAC backing Maria Lopez spent two million dollars on ads in Ohio.",
        "Democrats supporting Tom Baker have named three possible running mates.",
        "The governor was outspent by Democrats and groups supporting him.",
    ],
)
def test_a_group_named_by_the_side_it_backs_does_no_act(extractor, text):
    # a participle after a person or group describes it, as "a group that backs Lopez" does:
    # a standing allegiance, and around a candidate the PLOVER manual's election context
    assert "SUPPORT" not in {e.type for e in events(extractor, text)}


def test_a_text_praising_someone_still_says_it(extractor):
    found = events(extractor, "The ministry issued a statement praising the troops.")
    assert "SUPPORT" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The analyst agreed that the shift was a matter of geography.",
        '"They have a great brand," the economist agreed.',
        "Both campaigns agree on one thing: the race is close.",
        "Most voters agree that the mayor should have resigned.",
    ],
)
def test_agreeing_with_a_view_is_no_agreement(extractor, text):
    # CAMEO's AGREE block codes accord in a view as a statement ("- * (ON IMPORTANCE) [019]"),
    # which has no PLOVER type; an agreement names what is agreed to
    assert not [e for e in events(extractor, text) if e.type in ("AGREE", "REQUEST")]


def test_agreeing_to_an_act_stays_an_agreement(extractor):
    found = events(extractor, "Iran agreed to a ceasefire with Iraq.")
    assert "AGREE" in {e.type for e in found}
    found = events(extractor, "The company agreed to sell its plant to the city.")
    assert "AGREE" in {e.type for e in found}
    # a clause that proposes an act, and an accord agreed on (the AGREE block's "- * ON
    # &SOLUTION", "- * (TO PEACE &TREATY)")
    found = events(extractor, "Peru and Chile agreed that their navies should cooperate.")
    assert "AGREE" in {e.type for e in found}
    found = events(extractor, "Peru and Chile have agreed upon a new fisheries pact.")
    assert "AGREE" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit a school in Donetsk on Monday.",
        "The scandal hit Senator Baker hard.",
        "Falling prices hit farmers in Iowa.",
    ],
)
def test_a_thing_that_hits_criticises_no_one(extractor, text):
    # criticism is said by someone (PLOVER manual, ACCUSE); CAMEO's reading of "hit" as
    # criticism (CAMEO.2.0.txt:8941) needs a speaker
    assert "ACCUSE" not in {e.type for e in events(extractor, text)}


def test_a_person_or_a_text_that_hits_someone_criticises(extractor):
    said = events(extractor, "Senator Baker hit Governor Smith over the budget.")
    assert "ACCUSE" in {e.type for e in said}
    # a text speaks for its makers
    aired = events(extractor, "A new ad by the Baker campaign hits Governor Smith on taxes.")
    assert "ACCUSE" in {e.type for e in aired}


@pytest.mark.parametrize(
    "text",
    [
        "The governor kicked off her campaign in Ohio.",
        "The senator stepped down before beginning his campaign.",
        "The group began a one-million-dollar ad campaign this week.",
    ],
)
def test_a_campaign_a_pattern_names_without_its_aim_is_the_elections(extractor, text):
    # "- * CAMPAIGN [020] # LAUNCH" is a demand only with what it demands: an election
    # campaign started is PLOVER's election context, as "campaigned in Ohio" is
    assert "REQUEST" not in {e.type for e in events(extractor, text)}


def test_another_act_on_an_aimed_noun_stays_an_event(extractor):
    # the verb does its own act to the noun: a rejected offer is a rejection
    found = events(extractor, "The mayor rejected the governor's offer on Tuesday.")
    assert "REJECT" in {e.type for e in found}


def test_a_campaign_launched_for_an_aim_stays_a_demand(extractor):
    found = events(extractor, "Activists launched a campaign to free the journalists.")
    assert "REQUEST" in {e.type for e in found}
    found = events(extractor, "Farmers launched a campaign against the dam.")
    assert "ACCUSE" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The former congressman pleaded guilty to two counts of fraud.",
        "The banker has pleaded not guilty.",
        "The defendant pleaded on the eve of the trial.",
    ],
)
def test_a_plea_in_court_is_no_appeal(extractor, text):
    # CAMEO's APPEAL block reads "plead * {NOT GUILTY}" and "plead * INNOCENT" as denials
    # (016): a plea with no aim is the court's, no request of anyone
    assert "REQUEST" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The West was applying double standards on human rights.",
        "The new rules apply to all foreign workers.",
        "The senator applied a harsh label to his rival.",
    ],
)
def test_applying_a_thing_is_no_request(extractor, text):
    # CAMEO files APPLY [020] in UTILIZE [---] (use, employ): its patterns name what is
    # applied for ("- * (FOR VISA) [026] # APPLY"); using or concerning something asks nothing
    assert "REQUEST" not in {e.type for e in events(extractor, text)}


def test_applying_for_something_is_a_request(extractor):
    for text in (
        "The refugee applied for a visa in March.",
        "Serbia applied to join the European Union.",
    ):
        assert "REQUEST" in {e.type for e in events(extractor, text)}, text


def test_a_plea_for_something_is_an_appeal(extractor):
    found = events(extractor, "The mayor pleaded for help from the army.")
    assert "REQUEST" in {e.type for e in found}
    found = events(extractor, "The refugees pleaded with the border guards to let them pass.")
    assert "REQUEST" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry met the deadline on Friday.",
        "Few banks meet the new capital requirements.",
        "The convoy encountered heavy resistance near the border.",
        "The governor has confronted the challenges directly.",
        "The senator confronted what may be the hardest week of his campaign.",
        "Hundreds of voters braved the cold to hear the senator.",
        "The party will confront profound questions about its future.",
    ],
)
def test_a_thing_met_is_no_meeting(extractor, text):
    # CAMEO's MEET_PEOPLE block (040) meets people; "meet" a deadline or a requirement
    # satisfies it, a challenge is faced, and the block codes things met by its own patterns
    assert "CONSULT" not in {e.type for e in events(extractor, text)}


def test_a_party_faced_is_a_meeting(extractor):
    found = events(extractor, "The envoy encountered the foreign minister in the lobby.")
    assert "CONSULT" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The governor has demonstrated his loyalty to the party.",
        "The audit demonstrates that the agency wasted millions.",
        "The mayor struggled to demonstrate how the funds were spent.",
        "The senator had a chance to demonstrate leadership on Monday.",
        "The minister has not demonstrated the judgment the post requires.",
    ],
)
def test_a_thing_shown_is_no_protest(extractor, text):
    # CAMEO's MARCH block codes "demonstrate" (141) as a street demonstration, done with no
    # object; with an object or a clause the verb means show or prove
    assert "PROTEST" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students demonstrated outside the embassy on Friday.",
        "Farmers demonstrated against the new tax in the capital.",
    ],
)
def test_a_street_demonstration_is_a_protest(extractor, text):
    assert "PROTEST" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The new rule will require lenders to disclose their fees.",
        "The law requires lenders to give applicants their scores.",
        "Employers are required to keep the records for five years.",
        "Officials failed to file the forms required by law.",
        "It will require billions of dollars.",
        "The senator proposed a bill that would require schools to test students.",
        "State laws requiring a photo ID were challenged in court.",
    ],
)
def test_a_need_or_a_standing_obligation_is_no_demand(extractor, text):
    # CAMEO files REQUIRE in CALLED_FOR (020), a party calling for an act; with a thing as
    # subject the verb means need, and a passive with no one requiring states an obligation
    found = events(extractor, text)
    assert not [e for e in found if e.type == "REQUEST" and e.trigger.text.startswith("requir")]


@pytest.mark.parametrize(
    "text",
    [
        "Congress required the president to start the transition early.",
        "The mayor required the contractors to post a bond.",
        "The contractors were required by the mayor to post a bond.",
    ],
)
def test_a_party_requiring_an_act_makes_a_demand(extractor, text):
    assert "REQUEST" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The leaked files contained the home addresses of judges.",
        "Police seized a laptop containing maps of the airport.",
        "The names were contained in a report to the senate.",
        "The treaty contains no clause on fishing.",
    ],
)
def test_a_thing_containing_something_restrains_no_one(extractor, text):
    # CONFINE [170] codes CONTAIN as restraint; with a thing as the one containing, or a
    # passive's "in" phrase, the verb states what a thing includes
    assert not [e for e in events(extractor, text) if e.trigger.text.startswith("contain")]


@pytest.mark.parametrize(
    "text",
    [
        "NATO contained the rebels in the northern valleys.",
        "The rebellion was contained by the army within a week.",
        "The minister said the aim was to contain the rebels, not to crush them.",
        "The generals said the militia had been contained in Syria.",
        "The revolt was contained within a week.",
    ],
)
def test_a_party_containing_another_restrains_it(extractor, text):
    assert "COERCE" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The firm charged the ministry $4.2 million in consulting fees.",
        "The clinic charges between $200 and $300 for a visit.",
        "Some hotels charge more than that.",
        "The ferries had to charge less to stay full.",
    ],
)
def test_a_price_asked_is_no_accusation(extractor, text):
    # CAMEO's BLAME block codes CHARGE as an accusation; with a sum as what it asks the
    # verb names a price
    assert "ACCUSE" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The opposition charged that the vote had been rigged.",
        "The minister charged the rebels with violating the truce.",
    ],
)
def test_a_charge_laid_is_an_accusation(extractor, text):
    assert "ACCUSE" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The mayor fired her chief of staff on Monday.",
        "The coach was fired after the defeat.",
        "The governor's speech fired up the crowd.",
    ],
)
def test_a_dismissal_is_no_attack_nor_criticism(extractor, text):
    # CAMEO's EXPLOSIVE_DESTRUCTION block fires weapons or words; "fire" with a person as
    # its object dismisses, and "fire up" rouses
    assert events(extractor, text) == []


def test_fire_at_someone_is_still_an_attack_or_criticism(extractor):
    found = events(extractor, "Soldiers fired rockets at the village.")
    assert [e.type for e in found] == ["ASSAULT"]
    found = events(extractor, "The senator fired back at the governor.")
    assert [e.type for e in found] == ["ACCUSE"]


def test_the_act_a_rule_requires_is_not_told_as_done(extractor):
    found = events(extractor, "The party rules require delegates to vote for the winner.")
    assert [e.modality for e in found if e.trigger.text == "vote"] == ["requested"]


@pytest.mark.parametrize(
    "text",
    [
        "A super PAC connected to the union spent two million dollars.",
        "Officials discussed issues related to the border.",
        "The senator said the party was bound to lose in November.",
        "The website is linked to a group in Ohio.",
    ],
)
def test_a_relation_is_no_cooperation(extractor, text):
    # CAMEO's LINK block (060) codes its verbs only through its patterns' acts ("- * (WITH)
    # [0311]", "- * (TO ATTACK) [1123]"): "connected to", "related to" state relations
    assert "COOPERATE" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The governor quickly pushed back on Monday.",
        "Late wins pushed her delegate total above the threshold.",
        "Fences have pushed the smugglers underground.",
    ],
)
def test_a_push_with_no_aim_demands_nothing(extractor, text):
    # CAMEO's PUSH (DEMAND block) names what is demanded in its patterns ("- * (FOR
    # CEASEFIRE) [0256]"); moving something or someone is no demand
    assert "REQUEST" not in {e.type for e in events(extractor, text)}


def test_a_push_for_an_act_is_a_demand(extractor):
    found = events(extractor, "The senator pushed the president to arm the rebels.")
    assert "REQUEST" in {e.type for e in found}
    found = events(extractor, "Many leaders are pushing to make the treaty binding.")
    assert "REQUEST" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers met in Geneva.",
        "Chancellor Scholz met his French counterpart on Monday.",
        "The president met survivors of the earthquake.",
    ],
)
def test_someone_met_is_a_meeting(extractor, text):
    assert "CONSULT" in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "When pressed by reporters, the minister declined to give a date.",
        "The senator was pressed on why he had changed his vote.",
        "The rebels have been pressing their advantage in the north.",
    ],
)
def test_pressing_with_no_aim_demands_nothing(extractor, text):
    # CAMEO's PRESS (DEMAND block) names what is demanded in its patterns ("- * (FOR
    # COMPROMISE) [105]"); questions pressed on someone and an advantage pressed demand nothing
    assert "REQUEST" not in {e.type for e in events(extractor, text)}


def test_pressing_for_an_act_is_a_demand(extractor):
    found = events(extractor, "The envoy pressed the government to free the prisoners.")
    assert "REQUEST" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The new tariff, the senator argued, would hurt farmers in Iowa.",
        "The plan is largely a mirage, the economist argued.",
    ],
)
def test_a_view_argued_in_a_parenthesis_accuses_no_one(extractor, text):
    # "argue" with the clause it reports states a view (the judging verbs); set into that
    # clause ("X, she argued, Y") it frames the same content
    assert "ACCUSE" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Kenyan minister visited Uganda on Friday.", "UGA"),
        ("The Kenyan minister visited the Ugandan troops on Friday.", "UGA"),
    ],
)
def test_a_party_or_place_visited_is_a_visit(extractor, text, host):
    found = [e for e in events(extractor, text) if e.type == "CONSULT"]
    assert found and host in {p.code for p in found[0].recipient}


def test_a_defence_of_someone_in_words_is_support(extractor):
    found = events(extractor, "The Kenyan minister defended the Ugandan envoy on Monday.")
    assert [e.type for e in found] == ["SUPPORT"]
    assert found[0].cameo_code == "052"


def test_armed_protection_is_aid(extractor):
    found = events(extractor, "Kenyan troops were guarding the Ugandan embassy in Juba.")
    assert "AID" in {e.type for e in found}


def test_a_failure_is_no_refusal(extractor):
    # CAMEO's FAIL block is null and names what failed by its patterns; PLOVER's REJECT
    # refuses a proposal or demand: failing to win one refuses nothing
    found = events(extractor, "Senator Smith failed to win any of the southern states.")
    assert "REJECT" not in {e.type for e in found}


def test_a_failed_agreement_is_one_rejection(extractor):
    found = events(extractor, "Kenya and Uganda failed to reach an agreement on the border.")
    assert [e.type for e in found if e.modality in ("asserted", "reported")] == ["REJECT"]


def test_a_gathering_for_talks_is_a_meeting(extractor):
    found = events(extractor, "The Kenyan and Ugandan ministers gathered for talks in Kampala.")
    assert "CONSULT" in {e.type for e in found}


def test_awarded_delegates_are_no_cooperation(extractor):
    # CAMEO's AWARD names what is awarded by its patterns (a contract, a medal, money)
    found = events(extractor, "The state awards its delegates proportionally to the candidates.")
    assert "COOPERATE" not in {e.type for e in found}
    found = events(extractor, "The Kenyan ministry awarded a contract to a Ugandan firm.")
    assert "COOPERATE" in {e.type for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya warned Uganda not to move troops to the border.",
        "Kenya warned that it would close the border.",
        "Kenya warned against any incursion by Ugandan troops.",
    ],
)
def test_a_coercive_warning_is_a_threat(extractor, text):
    assert "THREATEN" in {e.type for e in events(extractor, text)}


def test_dealing_with_a_thing_is_no_bargain(extractor):
    # CAMEO's BARGAIN block: "- * (WITH IT) [---] # DEAL"; a bargain is struck with a party
    found = events(extractor, "Kenyan officials have been dealing with the crisis for weeks.")
    assert "SUPPORT" not in {e.type for e in found}
    found = events(extractor, "The Kenyan envoy dealt with Uganda on the border issue.")
    assert "SUPPORT" in {e.type for e in found}


def test_a_warning_of_a_response_is_a_threat(extractor):
    # CAMEO's WARN block: "- * (OF RESPONSE) [130]", "- * {SEVERE REPRISALS} [130]"
    found = events(extractor, "Kenya warned that any incursion would meet a firm response.")
    assert "THREATEN" in {e.type for e in found}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # CAMEO's VISIT (042) goes to a host ("FIRST VISIT TO ^ +": an actor), and the PLOVER
        # manual's CONSULT codes the visitor and the host: a bakery hosts no one
        ("The senator visited a bakery in Dover on Friday.", "CONSULT"),
        ("The governor was visiting a new train station downtown.", "CONSULT"),
        # CAMEO's DEFEND block codes military protection (074) by itself and a defended
        # decision, plan or right as a defence in words (052): protection needs force shown
        ("The senator will protect the Constitution.", "AID"),
        ("The new law shields small farms from the tax.", "AID"),
        # CAMEO's ASSEMBLE block names what a gathering is for by its patterns ("- * (FOR
        # SUMMIT) [040] # GATHER", "- * (FOR TALK) [046:046] # GATHER")
        ("Hundreds of supporters gathered at a hotel in Dover.", "CONSULT"),
        ("The senator has amassed a large lead in delegates.", "CONSULT"),
        ("The governor worked to unite the party behind her.", "CONSULT"),
        # CAMEO's MERGE block (060) has no pattern: merging names no cooperation between parties
        ("The governor vowed to unify the party after the primary.", "COOPERATE"),
        ("Unifying the country will take years.", "COOPERATE"),
        # CAMEO's WARN block codes a warning of a danger as a pessimistic comment (012, no
        # PLOVER type); the PLOVER manual's THREATEN is a coercive or forceful warning
        ("The senator warned that the party would lose the state in November.", "THREATEN"),
        ("The economist warned of the risks of a trade war.", "THREATEN"),
        # CAMEO's ACCLAIM block reads what is celebrated as a symbolic act (017, no PLOVER
        # type) or nothing ("- * CHRISTMAS [---] # CELEBRATE")
        ("Supporters celebrated in the streets of Dover.", "SUPPORT"),
        ("Thousands were celebrating Independence Day in the capital.", "SUPPORT"),
        # CAMEO's DEBATE names what is debated ("- * SANCTIONS [040] # DEBATE"); PETRARCH
        # discards "PRESIDENTIAL DEBATE" and the PLOVER manual makes election debates a
        # context: a candidates' debate consults no one, and its noun names the same act
        ("Maria Lopez mocked Tom Baker during the Republican debate in Dover.", "CONSULT"),
        ("The two candidates debated on Tuesday night in Dayton.", "CONSULT"),
        ("Our debates between the candidates drew eight million viewers.", "CONSULT"),
        # an action noun of a verb CAMEO codes only through its patterns ("hear", "relate")
        ("The Senate committee held its hearing on Wednesday.", "CONSULT"),
        ("The governor's relations with the legislature are strained.", "COOPERATE"),
        # the MOBILIZE block's garner, muster and marshal mobilize the forces its patterns
        # name ("- * &MILITARY [154] # MOBILISE"); the PLOVER manual's MOBILIZE is force
        ("Maria Lopez garnered most of the delegates in Ohio.", "MOBILIZE"),
        ("The governor mustered the votes for the budget.", "MOBILIZE"),
        ("Tom Baker marshaled his arguments against the tax.", "MOBILIZE"),
    ],
)
def test_an_everyday_sense_is_no_event(extractor, text, absent):
    assert absent not in {e.type for e in events(extractor, text)}


def test_as_opposed_to_is_a_preposition_not_an_accusation(extractor):
    contrast = events(
        extractor, "The tax rose to 12 percent, as opposed to the 8 percent the mayor proposed."
    )
    assert "ACCUSE" not in {e.type for e in contrast}
    opposing = events(extractor, "The mayor opposed the new tax on Tuesday.")
    assert "ACCUSE" in {e.type for e in opposing}


def test_a_particle_before_the_object_is_the_verbs(extractor):
    # "pull back forces": the parser reads "back" as the object's modifier; it is the particle
    # of "pull back" (CAMEO.2.0.txt:8251 PULL_BACK, RETREAT 0874), no pulling (EXTRACT 171)
    found = events(extractor, "Germany urged Serbia to pull back forces.")
    assert [(e.type, e.cameo_code) for e in found if e.trigger.text.startswith("pull")] == [
        ("RETREAT", "0874")
    ]


def test_the_matter_discussed_is_no_party_to_the_talks(extractor):
    # the object of "discuss" is the subject matter; the party comes with "with"
    found = events(extractor, "Macron and Scholz discussed Ukraine on Monday.")
    assert [e.type for e in found] == ["CONSULT"]
    assert "Ukraine" not in {p.name for p in found[0].actor + found[0].recipient}
    found = events(extractor, "Macron discussed the war with Scholz on Monday.")
    assert {p.name for p in found[0].actor} == {"Macron"}
    assert {p.name for p in found[0].recipient} == {"Scholz"}
    # nor is whose the matter is
    found = events(extractor, "Macron and Scholz discussed a proposal from Germany.")
    assert "Germany" not in {p.name for e in found for p in e.actor + e.recipient}


def test_a_meeting_held_to_consult_is_one_meeting(extractor):
    # an infinitive of purpose that is itself a consultation says what the meeting is for
    # (PLOVER manual, CONSULT: meetings, talks, discussions): one happening, not two
    found = events(
        extractor, "The ministers will meet in Brussels on Friday to discuss the crisis."
    )
    assert [(e.type, e.modality) for e in found if e.type == "CONSULT"] == [("CONSULT", "future")]
    assert [c.text for c in found[0].evidence] == ["discuss"]
    found = events(
        extractor, "German Chancellor Olaf Scholz flew to Moscow to meet Vladimir Putin."
    )
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    assert {p.name for p in found[0].recipient} >= {"Vladimir Putin"}
    # the one talked with is the party met of the meeting the purpose joins
    found = events(extractor, "Two aides went to the city on Friday to talk with the governor.")
    assert [e.type for e in found] == ["CONSULT"]
    assert {p.name for p in found[0].actor} == {"Two aides"}
    assert {p.name for p in found[0].recipient} == {"the governor"}


def test_a_partitive_object_s_of_noun_is_the_act_its_verb_does(extractor):
    # "a round of talks" is talks; the patterns name the "of" noun ("- * TALKS")
    found = events(extractor, "Iran and Oman held a second round of talks in Muscat.")
    assert [(e.type, e.cameo_code) for e in found] == [("CONSULT", "046")]
    found = events(extractor, "The rebels launched a wave of attacks on army posts in Darfur.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert events(extractor, "The band played a series of concerts in Muscat.") == []


def test_a_measure_noun_s_of_noun_is_the_thing_its_verb_moves(extractor):
    # a pseudo-partitive: "50 tonnes of medical supplies" are medical supplies, which the
    # patterns name ("- * {MEDICAL EQUIPMENT} [073] # SEND", "- * MEDICAL [073]")
    found = events(extractor, "Norway sent 40 tonnes of medical supplies to the flood victims.")
    assert [(e.type, e.cameo_code) for e in found] == [("AID", "073")]
    found = events(extractor, "Germany delivered truckloads of humanitarian aid to the refugees.")
    assert [e.type for e in found] == ["AID"]
    # without its "of" phrase the measure is what it is
    assert events(extractor, "The ship carried 40 tonnes.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chad made the decision to withdraw its soldiers from Niger.",
        "Chad announced its decision to withdraw its soldiers from Niger.",
        "Chad made a promise to withdraw its soldiers from Niger.",
    ],
)
def test_a_commitment_noun_is_the_one_announcement_of_its_act(extractor, text):
    # the noun's "to" infinitive is the act it commits to, as "decided to withdraw" is: one
    # AGREE (the noun's), aimed where the act is aimed
    agree = [e for e in events(extractor, text) if e.type == "AGREE"]
    assert len(agree) == 1 and agree[0].trigger.text in ("decision", "promise")
    assert codes(agree[0].recipient) == {"NER"}


def test_the_noun_of_a_phrasal_verb_names_that_verbs_act(extractor):
    # "take over" (CAMEO.2.0.txt: +TAKE_OVER under TAKE_CONTROL, 171): its noun is "takeover"
    assert lexicon().noun_verbs["takeover"] == "take over"
    taken = events(extractor, "The takeover of the town by Sudanese troops shocked the region.")
    took = events(extractor, "Sudanese troops took over the town.")
    assert [(e.type, e.cameo_code) for e in taken] == [(e.type, e.cameo_code) for e in took]
    assert [e.type for e in taken] == ["COERCE"] and codes(taken[0].actor) == {"SDN"}
    bare = events(extractor, "The army's takeover was condemned by Sudanese rebels.")
    assert "171" in {e.cameo_code for e in bare}  # no phrase: the phrasal verb's own code
    # a walkout is the abandonment of workplaces the manual's strike mode names
    walked = events(extractor, "A walkout by Nigerian doctors closed hospitals.")
    assert [(e.type, e.cameo_code) for e in walked] == [("PROTEST", "143")]
    assert codes(walked[0].actor) == {"NGA"}


def test_the_of_phrase_of_a_phrasal_noun_fills_its_verbs_patterns(extractor):
    # "the pullout of troops" as "pull out troops": the troops make it a military retreat
    found = events(extractor, "The pullout of Russian troops from Syria began on Monday.")
    assert [(e.type, e.cameo_code) for e in found] == [("RETREAT", "0874")]
    assert codes(found[0].recipient) == {"SYR"}
    # "hand over weapons" gives weapons up (0873); a bare handover returns or releases (084)
    arms = events(extractor, "Rebels began the handover of their weapons to the United Nations.")
    assert [e.cameo_code for e in arms] == ["0873"]
    freed = events(extractor, "The handover of the prisoners to Uganda took place on Monday.")
    assert [(e.type, e.cameo_code) for e in freed] == [("RETREAT", "084")]
    # suspects handed over are extradited (EXTRADITE's "- * &SUSPECT [063]"), verb or noun
    for text in (
        "Kenya handed over the suspects to Uganda.",
        "The handover of the suspects by Kenya to Uganda followed a ruling.",
    ):
        found = events(extractor, text)
        assert [(e.type, e.cameo_code) for e in found] == [("COOPERATE", "063")]
        assert codes(found[0].actor) == {"KEN"} and codes(found[0].recipient) == {"UGA"}


def test_an_apology_noun_is_the_act_of_apologising(extractor):
    found = events(extractor, "Germany's apology to Namibia was accepted.")
    apology = [e for e in found if e.trigger.text == "apology"]
    assert [(e.type, e.cameo_code) for e in apology] == [("SUPPORT", "055")]
    assert codes(apology[0].actor) == {"DEU"} and codes(apology[0].recipient) == {"NAM"}
    by = events(extractor, "An apology by Japan to South Korea came on Monday.")
    assert [(codes(e.actor), codes(e.recipient)) for e in by] == [({"JPN"}, {"KOR"})]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "actor"),
    [
        ("The threat by Russia to cut off gas to Ukraine alarmed Europe.", "threat", "THREATEN",
         "RUS"),
        ("The decision by Chad to withdraw its soldiers from Niger surprised Mali.", "decision",
         "AGREE", "TCD"),
    ],
)  # fmt: skip
def test_the_by_phrase_of_a_commitment_noun_does_its_infinitive(
    extractor, text, trigger, kind, actor
):
    # "the threat by Russia to cut off" as "Russia threatened to cut off": the nominal's agent
    found = [e for e in events(extractor, text) if e.trigger.text == trigger]
    assert [e.type for e in found] == [kind]
    assert codes(found[0].actor) == {actor}


def test_a_to_phrase_hung_on_the_agent_is_the_acts(extractor):
    # the parser hangs "to Uganda" on "president"; the visit still goes to Uganda
    found = events(extractor, "A visit by Kenya's president to Uganda was postponed.")
    visit = [e for e in found if e.trigger.text == "visit"]
    assert codes(visit[0].actor) == {"KEN"} and codes(visit[0].recipient) == {"UGA"}
    # "the ambassador to Uganda" is the ambassador's own phrase: no one the visit goes to
    sent = events(extractor, "A visit by Kenya's ambassador to Uganda was postponed.")
    assert not codes([p for e in sent if e.trigger.text == "visit" for p in e.recipient])


def test_a_noun_split_at_its_hyphen_is_looked_up_whole(extractor):
    # the tokenizer splits "sit-in" into "sit", "-", "in"; the lexicon's entry is the word
    found = events(extractor, "Nigerian students staged a sit-in in Lagos.")
    assert [(e.type, e.trigger.text) for e in found] == [("PROTEST", "sit-in")]
    pulled = events(extractor, "The pull-out of Russian troops from Syria began on Monday.")
    assert [e.cameo_code for e in pulled] == ["0874"]  # its "of" phrase, as for "pullout"
    # a hyphen with spaces joins no word
    assert events(extractor, "Students sat - in Lagos - for hours.") == []


@pytest.mark.parametrize(
    ("text", "type_", "code", "recipient"),
    [
        # handing a suspect over is an extradition (EXTRADITE's '- * &SUSPECT [063]')
        (
            "Thai police handed a murder suspect over to Cambodian police.",
            "COOPERATE",
            "063",
            "KHM",
        ),
        ("Thailand handed over the suspect to Cambodia.", "COOPERATE", "063", "KHM"),
        # land given back is property returned (RETURN's '- * PROPERTY [0842]')
        ("The ministry returned the farms to Zimbabwe's white farmers.", "RETREAT", "0842", "ZWE"),
    ],
)
def test_a_thing_handed_over_or_returned_to_a_party_names_the_act(
    extractor, text, type_, code, recipient
):
    found = [e for e in events(extractor, text) if e.type == type_]
    assert [(e.cameo_code, [p.code for p in e.recipient]) for e in found] == [(code, [recipient])]


@pytest.mark.parametrize(
    "text",
    [
        "The army handed over power to a civilian government.",
        "Israel returned the bodies to Lebanon.",
    ],
)
def test_handing_over_or_returning_another_thing_is_no_extradition_or_return(extractor, text):
    assert not [e for e in events(extractor, text) if e.cameo_code in ("063", "0842")]


def test_armour_moved_toward_a_border_is_a_mobilization(extractor):
    # MOVE's '- * &WEAPON [154]': tanks and armoured vehicles are weapons moved
    text = "Russia moved tanks to the Ukrainian border."
    found = [e for e in events(extractor, text) if e.type == "MOBILIZE"]
    assert [(e.cameo_code, [p.code for p in e.recipient]) for e in found] == [("154", ["UKR"])]


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        # a sale of goods to another party is trade (SELL's '- * PRODUCTS [061:061]')
        ("Argentina resumed gas sales to Chile.", "COOPERATE", "061"),
        # and its end a reduction of it
        ("Colombia suspended electricity sales to Ecuador.", "SANCTION", "1621"),
    ],
)
def test_sales_to_a_party_are_trade(extractor, text, type_, code):
    found = [e for e in events(extractor, text) if e.type == type_]
    assert [e.cameo_code for e in found] == [code]


def test_sales_with_no_party_are_no_event(extractor):
    assert events(extractor, "Home sales rose by 3 percent last month.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker cancelled its investment in new factories.",
        "The senator wants to stop the importation of cheap labour.",
    ],
)
def test_an_ended_act_with_no_party_known_is_no_reduction_of_relations(extractor, text):
    # the manual's SANCTION chapter requires a recipient: relations are reduced with someone
    assert not [e for e in events(extractor, text) if e.type == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia waged war on Ukraine.",
        "Russia is waging war on Ukraine.",
        "Russia waged war against Ukraine.",
    ],
)
def test_the_act_nouns_phrase_names_the_recipient_of_a_light_verbs_pattern(extractor, text):
    # "wage * WAR [190]" (CAMEO.2.0.txt, WAGE) codes the verb with its act noun; the noun's
    # own "on" or "against" phrase is whom the act is aimed at, as for "the war on Ukraine"
    found = [e for e in events(extractor, text) if e.type == "ASSAULT"]
    assert [codes(e.recipient) for e in found] == [{"UKR"}], text


def test_a_commitment_noun_with_its_doer_and_infinitive_is_the_verbs_act(extractor):
    # "Chile's refusal to extradite" as "Chile refused to extradite": the possessor refuses
    found = events(extractor, "Chile's refusal to extradite the banker angered Peru's government.")
    refusal = [e for e in found if e.trigger.text == "refusal"]
    assert [e.type for e in refusal] == ["REJECT"] and codes(refusal[0].actor) == {"CHL"}
    found = events(extractor, "Ghana's refusal to meet the Togolese envoys surprised observers.")
    refusal = [e for e in found if e.trigger.text == "refusal"]
    assert [e.type for e in refusal] == ["REJECT"] and codes(refusal[0].recipient) == {"TGO"}
    # with no doer who can act, or no infinitive, the noun names no one's act
    assert not [
        e
        for e in events(extractor, "A refusal to compromise is a mistake.")
        if e.trigger.text == "refusal"
    ]
    assert events(extractor, "Chile's refusal surprised nobody.") == []
    # a decision to do what the lexicon names no act of agrees to nothing, as for the verb
    assert (
        events(extractor, "The senator's decision to run for governor surprised his staff.") == []
    )


def test_a_recipient_phrase_hung_on_the_topic_noun_is_the_verbs(extractor):
    # the parser hangs "with Ugandan forces" on "rebels", the object of the topic phrase
    found = events(
        extractor, "Kenyan police shared intelligence on the rebels with Ugandan forces on Friday."
    )
    shared = [e for e in found if e.type == "COOPERATE"]
    assert codes(shared[0].actor) == {"KEN"} and codes(shared[0].recipient) == {"UGA"}
    # the topic noun's own topic phrase is no recipient: "stance on Western Sahara" is the stance's
    found = events(
        extractor,
        "Ghana threatened to recall its ambassador from Lome over Togo's stance on Western Sahara.",
    )
    assert found and all("ESH" not in codes(e.recipient) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police handed over the suspect to prosecutors.",
        "Detectives in Lagos handed the accused over to Nigerian prosecutors.",
        "Police handed the suspects over to the court.",
    ],
)
def test_a_suspect_passed_within_one_country_is_no_judicial_cooperation(extractor, text):
    # COOPERATE is an exchange between parties; extradition (063) passes a suspect to another
    # state, not from a country's police to its own prosecutors
    assert not [e for e in events(extractor, text) if e.cameo_code == "063"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # GO_SOMEWHERE's '- * (OF TALKS) [164] # PULLED_OUT' for the other talking nouns
        ("Iran pulled out of the negotiations with France.", "164"),
        ("The Kenyan opposition walked out of the meeting with President Ruto.", "164"),
        # RETREAT's '- * (FROM &TREATY) [161] # WITHDRAW', with +PULL_OUT in its block
        ("Russia pulled out of the arms treaty.", "161"),
        ("Italy backed out of the gas deal with Algeria.", "161"),
        # RETREAT's '- * (FROM COALITION) [161]': a committee or council is its members'
        ("The church leaders pulled out of the peace committee in Marsabit.", "161"),
    ],
)
def test_pulling_out_of_talks_or_an_agreement_reduces_relations(extractor, text, code):
    found = [e for e in events(extractor, text) if e.type == "SANCTION"]
    assert [e.cameo_code for e in found] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The students walked out of their classrooms.",
        "The candidate pulled out of the race.",
        "The family pulled out of the driveway.",
    ],
)
def test_pulling_or_walking_out_of_a_place_or_race_reduces_no_relations(extractor, text):
    assert "SANCTION" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        # DISTRIBUTE's '- * &FOOD [073]', '- * SUPPLIES [073]': "hand out" shares out as it does
        ("The Philippine government handed out food to fishermen in Zamboanga.", "073", "AGR"),
        ("Aid workers handed out relief supplies to refugees in Chad.", "073", "REF"),
        ("The Red Crescent distributed aid to flood victims in Sindh.", "073", "CVL"),
        # the manual's AID: "Monetary aid ... grants, gifts and credit"
        ("The Ghanaian government disbursed funds to cocoa farmers.", "071", "AGR"),
    ],
)
def test_aid_handed_out_or_disbursed_goes_to_the_people_named(extractor, text, code, sector):
    found = [e for e in events(extractor, text) if e.type == "AID"]
    assert [e.cameo_code for e in found] == [code]
    assert sector in {p.sector for p in found[0].recipient}


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers handed out leaflets to voters in Ohio.",
        "The agency disbursed salaries to its staff.",
        "The referee handed out three yellow cards.",
    ],
)
def test_other_things_handed_out_or_disbursed_are_no_aid(extractor, text):
    assert "AID" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # HELP's "- * PATIENTS [073]": helping the people humanitarian aid serves is aid
        ("Norwegian medics assisted Sudanese refugees near the border.", "SDN"),
        ("Italian volunteers helped Albanian earthquake survivors.", "ALB"),
        ("Indian rescuers aided Nepalese flood victims on Sunday.", "NPL"),
    ],
)
def test_helping_people_in_need_is_humanitarian_aid(extractor, text, recipient):
    found = [e for e in events(extractor, text) if e.type == "AID"]
    assert [e.cameo_code for e in found] == ["073"]
    assert recipient in {p.code for p in found[0].recipient}


@pytest.mark.parametrize(
    "text",
    [
        "The senator helped her colleague win the primary.",
        "The debate helped his chances in Iowa.",
        "Lawyers assisted the victims' families in court.",
    ],
)
def test_helping_anyone_else_is_no_aid(extractor, text):
    assert "AID" not in {e.type for e in events(extractor, text)}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Germany issued a warning to Iran.", "IRN"),
        ("Germany issued a warning to Iran over its missile tests.", "IRN"),
        ("NATO gave a stern warning to Russia on Monday.", "RUS"),
        # the noun as trigger, its verb's "to" tagged as a dative
        ("Germany sent a warning to Iran.", "IRN"),
    ],
)
def test_a_warning_given_to_a_party_is_aimed_at_it(extractor, text, recipient):
    # the dative "to" of a verb of giving names the one the warning is given to
    found = [e for e in events(extractor, text) if e.type == "THREATEN"]
    assert [[p.code for p in e.recipient] for e in found] == [[recipient]]


def test_a_warning_to_unnamed_people_names_no_party(extractor):
    found = events(extractor, "The mayor issued a warning to residents about the storm.")
    assert not [p for e in found for p in e.recipient if p.code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the FINISH block ("- * PULLOUT [0874] # COMPLETE") codes a phrasal verb's noun
        ("The army completed the takeover of the airport.", "192"),
        ("The Taliban completed their takeover of Kabul.", "171"),
    ],
)
def test_a_phrasal_verbs_noun_completed_is_its_act(extractor, text, code):
    assert code in {e.cameo_code for e in events(extractor, text)}


@pytest.mark.parametrize(
    "text",
    ["The prisoners completed their sentences.", "The volunteers finished their mission."],
)
def test_other_nouns_completed_are_no_act(extractor, text):
    assert events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # PETRARCH2 puts the target in the agreement's "with" phrase ("- * &TREATY WITH + [127]")
        ("The United States pulled out of the arms treaty with Russia.", "RUS"),
        ("Italy backed out of its gas agreement with Algeria.", "DZA"),
    ],
)
def test_the_other_party_of_an_agreement_left_is_its_with_phrase(extractor, text, recipient):
    found = [e for e in events(extractor, text) if e.type == "SANCTION"]
    assert [[p.code for p in e.recipient] for e in found] == [[recipient]]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "The ministry said the army had cut off the port, while the rebels threaten to storm"
            " the capital.",
            "threaten",
            "reported",
        ),
        (
            "The poll found the mayor has support from 52 percent of voters, while the"
            " challenger has backing from 33 percent.",
            "backing",
            "reported",
        ),
        (
            "The survey found that farmers support the minister, while the ministry has"
            " promised aid to the farmers.",
            "promised",
            "reported",
        ),
        # a sentence of its own is the article's, whatever the one before reported
        (
            "The ministry said the army had cut off the port. The rebels threaten to storm the"
            " capital.",
            "threaten",
            "asserted",
        ),
    ],
)
def test_a_contrasted_clause_cut_off_a_report_stays_in_its_cue_s_scope(
    extractor, text, word, expected
):
    # the quote finder ends the report before ", while X <cue> ...", but the clause hangs on
    # a word of what was said or found: its act is the report's, not the article's
    found = [e for e in events(extractor, text) if e.trigger.text.split()[0] == word]
    assert found and all(e.modality == expected for e in found), [
        (e.type, e.modality) for e in found
    ]
