"""Modality of events in the cases of grammar communique.events.modality reads: coordinated
verbs share their auxiliaries, obligation modals, "going to", infinitives of purpose and acts a
directive asks for. Sentences are constructed for the grammar they show."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import communique
from communique.events import modality
from communique.nlp import load
from communique.schema import Cue, Quote


def _classify(text: str, word: str) -> str:
    doc = load()(text)
    token = next(t for t in doc if t.text == word)
    return modality.classify(token, in_quote=False)[0]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("They would have found the convoy and destroyed it.", "destroyed", "hypothetical"),
        ("The rebels seized the town and burned it.", "burned", "asserted"),
        ("The army did not shell the town but stormed it.", "stormed", "asserted"),
        ("We should start bombing their bases.", "bombing", "hypothetical"),
        ("The coalition must destroy the group.", "destroy", "hypothetical"),
        ("I think this is going to destroy the city.", "destroy", "future"),
        ("They made a plan to attack the village.", "attack", "intended"),
        ("The mayor led a campaign to oust the governor.", "oust", "intended"),
        ("They formed a militia to attack the village.", "attack", "intended"),  # its purpose
        ("He would form a coalition to fight the group.", "fight", "hypothetical"),
        ("Donors paid for efforts to wound the governor.", "wound", "intended"),
        ("The group authorized its members to kill hostages.", "kill", "requested"),
        ("Militants stormed the hotel, killing 12 guests.", "killing", "asserted"),
        ("He talks about using nuclear weapons.", "using", "hypothetical"),
        # a noun of will states an intent, as "willing to" does
        (
            "They called for a willingness to use the army to destroy the cartels.",
            "destroy",
            "intended",
        ),
        # a participle with no subject of its own shares its verb's condition
        (
            "If you had a gang that was going around killing and robbing people, you would act.",
            "robbing",
            "hypothetical",
        ),
        # a habit: "when" in the simple present
        (
            "It only makes the news when the cameras catch a young man getting shot.",
            "shot",
            "hypothetical",
        ),
        ("Whenever rebels attack a village, the army retaliates.", "attack", "hypothetical"),
        ("When police arrived, the gunman shot two officers.", "shot", "asserted"),
        ("The militia kills prisoners routinely.", "kills", "hypothetical"),
        # a bare plural with the simple present speaks of a kind (not in a headline)
        ("The report is out. Terrorists attack soft targets first.", "attack", "hypothetical"),
        ("Rebels attack town. The army said rebels attacked the town.", "attack", "asserted"),
        ("The report is out. Rebels are attacking the town.", "attacking", "asserted"),
        # a relative clause in the simple present says what its noun does as a rule
        ("The report is out. They seized the oil that funds the militia.", "funds", "hypothetical"),
        (
            "The report is out. The law, which bars aid to the regime, stays.",
            "bars",
            "hypothetical",
        ),
        ("The report is out. The militia that attacked the town fled.", "attacked", "asserted"),
        (
            "The report is out. The militia that is attacking the town fled.",
            "attacking",
            "asserted",
        ),
        ("Group that funds militia is banned.", "funds", "asserted"),
        # a stative verb of attitude in the simple present states a standing attitude
        ("The report is out. Most union members support the senator.", "support", "hypothetical"),
        ("The report is out. The governor opposes the new levy.", "opposes", "hypothetical"),
        ("The report is out. The governor opposed the new levy.", "opposed", "asserted"),
        ("The report is out. The governor has backed the levy.", "backed", "asserted"),
        ("Governor supports new levy.", "supports", "asserted"),
        (
            "The report is out. The envoy, who advises the rebels, left.",
            "advises",
            "hypothetical",
        ),
        # ability: "able to" says what can be done, as "can" does
        (
            "It is one of five powers able to hit targets by firing missiles.",
            "firing",
            "hypothetical",
        ),
        ("He said the men had plotted to kill soldiers.", "kill", "intended"),
        (
            "In the clips he discusses burying guns and shooting federal agents.",
            "shooting",
            "hypothetical",
        ),
        ("He expressed a desire to shoot the senator.", "shoot", "intended"),
        ("The militia routinely killed prisoners.", "killed", "asserted"),
        ("The rebels attacked the village when the soldiers left.", "attacked", "asserted"),
        # a kind of happening: a bare noun as the patient of a tenseless passive gerund
        ("Voters worry more about soldiers being killed abroad.", "killed", "hypothetical"),
        ("The video showed protesters being beaten by the guards.", "beaten", "asserted"),
        ("He was arrested after being shot by police.", "shot", "asserted"),
        # an infinitive clause takes its reality from the verb that governs it
        (
            "We can't let these gangs come into our towns and burn our homes.",
            "burn",
            "negated",
        ),
        ("She did not want the troops on the ground to fight the militia.", "fight", "negated"),
        ("The rebels let the hostages leave and shot the guards.", "shot", "asserted"),
        ("The commander made his men burn the village.", "burn", "asserted"),
        # "without" denies the act it governs
        ("The empire fell without a shot being fired.", "fired", "negated"),
        ("The empire fell without firing a shot.", "firing", "negated"),
        ("The gunmen killed the guards without warning.", "killed", "asserted"),
        # a free adjunct is outside the main verb's negation
        (
            "The group was not a party to the truce, allowing it to continue its raids on the"
            " troops.",
            "continue",
            "asserted",
        ),
        ("He did not go around shooting people.", "shooting", "negated"),
        # free-choice words: any such act, not one that happened
        ("The mayor vowed to punish anyone who attacks the police.", "attacks", "hypothetical"),
        ("Any group that bombs a market is a terrorist group.", "bombs", "hypothetical"),
        ("Officials said the bombers who attacked the market were caught.", "attacked", "asserted"),
        # a frequency adverb with the present passive is a habit, as with the active
        ("Studies find that victims are usually killed by relatives.", "killed", "hypothetical"),
        ("The victims were usually killed at night.", "killed", "asserted"),
        # a bare plural with a present the small model tags as a base form
        (
            "The show aired. The host said that people other than soldiers kill civilians.",
            "kill",
            "hypothetical",
        ),
        ("The show aired. Witnesses saw soldiers shoot protesters.", "shoot", "asserted"),
        # an imperative is a demand, not a report of the act
        ('They marched and chanted "arrest the killers" all night.', "arrest", "requested"),
        # ... and the act a demand to stop names is ended, not asked for
        ('They marched and chanted "stop killing our sons" all night.', "killing", "negated"),
        ('He told the crowd: "Bomb them all."', "Bomb", "requested"),
        ('The rebels said: "We attacked the base."', "attacked", "asserted"),
        # a conjoined infinitive shares the governor of the first ("to" carries no tense)
        ("They backed a plan to arm the police and to raid the camps.", "raid", "intended"),
        ("The rebels seized the town and then burned it.", "burned", "asserted"),
        # a noun of necessity with its infinitive is an obligation
        ("The minister stressed the need to bomb the bridges.", "bomb", "hypothetical"),
        ("The minister stressed the plan's success in bombing the bridges.", "bombing", "asserted"),
        # a noun of will with "to" and a gerund is an aim
        ("They renewed their commitment to shelling the bases.", "shelling", "intended"),
        # a directive's "for ... to" complement is what it asks for
        ("The senators called for the allies to bomb the camps.", "bomb", "requested"),
        # clitics set with a typographic apostrophe negate, suppose and announce as well
        ("The army isn\u2019t shelling the town.", "shelling", "negated"),
        ("The rebels won\u2019t attack the town.", "attack", "negated"),
        ("They\u2019ll attack the town.", "attack", "future"),
        ("I\u2019d attack the town.", "attack", "hypothetical"),
        # "'d" before a past participle is "had"; in reported speech "'d" is "would"'s future
        ("The rebels said they\u2019d attacked the town.", "attacked", "asserted"),
        ("The rebels said they'd attack the town.", "attack", "future"),
        ("The rebels said they'd have attacked the town.", "attacked", "hypothetical"),
        ("The rebels said they would have attacked the town.", "attacked", "hypothetical"),
        # a semi-modal of obligation says what must be done, as "must" does
        ("The rebels need to attack the base.", "attack", "hypothetical"),
        ("The army has to withdraw its troops.", "withdraw", "hypothetical"),
        ("The government has got to punish the rioters.", "punish", "hypothetical"),
        ("The army ought to withdraw its troops.", "withdraw", "hypothetical"),
        ("The police are supposed to arrest the rioters.", "arrest", "hypothetical"),
        ("She said any president would have to unite the country.", "unite", "hypothetical"),
        # past "had to" entails the act; "got to" without "have" is "managed to"
        ("The army had to withdraw its troops.", "withdraw", "asserted"),
        ("The envoy got to meet the president.", "meet", "asserted"),
        # a refusal says the act was not done
        ("The government refused to release the prisoners.", "release", "negated"),
        ("The rebels declined to attend the talks.", "attend", "negated"),
        # so is each act of a list the parse broke: on the refusal and on an object noun
        (
            "Chile refused to recognise the Peruvian government, end its ban on Bolivian"
            " imports and meet Argentine envoys.",
            "end",
            "negated",
        ),
        (
            "Chile refused to recognise the Peruvian government, end its ban on Bolivian"
            " imports and meet Argentine envoys.",
            "meet",
            "negated",
        ),
        # a "but" sets the later acts against the negated one: they are not joined to it,
        # so not negated; after the aim copula they are the aim
        (
            "Our aim is not to deter or contain the rebels, but to defeat and destroy them.",
            "destroy",
            "intended",
        ),
        ("We did not deter the rebels, but defeated and destroyed them.", "destroyed", "asserted"),
        ("The minister promised to release the prisoners.", "release", "intended"),
        # a verb of ceasing ends its gerund's act: neither done nor asked for
        ("Norway stopped funding the agency.", "funding", "negated"),
        ("The rebels have ceased shelling the town.", "shelling", "negated"),
        ("The senator must quit attacking his rivals.", "attacking", "negated"),
        ("The rebels stopped the convoy and attacked the drivers.", "attacked", "asserted"),
        # the act one is accused or charged with is alleged, also in a participle's phrase
        ("Police held two men accused of burning the mosque.", "burning", "reported"),
        ("The court jailed an officer suspected of torturing prisoners.", "torturing", "reported"),
        ("The office charged with negotiating the treaty closed.", "negotiating", "asserted"),
        # a negative subject denies the clause as "not" does
        ("No soldier has been prosecuted.", "prosecuted", "negated"),
        ("Nobody attacked the convoy.", "attacked", "negated"),
        ("None of the parties signed the accord.", "signed", "negated"),
        ("No fewer than ten soldiers were killed.", "killed", "asserted"),
        ("Soldiers with no training attacked the convoy.", "attacked", "asserted"),
        # so does a negative determiner on the verb's direct object
        ("The government offered no apology to the victims.", "offered", "negated"),
        ("The donors gave no aid to Sudan.", "gave", "negated"),
        ("The donors gave aid to no fewer than ten states.", "gave", "asserted"),
        # a word of time between "called" and "on" keeps the call-on frame
        (
            "The senator called Tuesday on the president to withdraw the troops.",
            "withdraw",
            "requested",
        ),
        ("The senator called on the president to withdraw the troops.", "withdraw", "requested"),
        # an adjunct of a warning is no part of what it threatens
        (
            "The president warned the premier during their meeting in Oslo not to move troops.",
            "meeting",
            "asserted",
        ),
        ("The rebels threatened to attack the town.", "attack", "hypothetical"),
        # a modal adjective judges its infinitive possible, hard or needed
        ("It will be hard for the rebels to attack the town.", "attack", "hypothetical"),
        ("The rebels are likely to attack the town.", "attack", "hypothetical"),
        ("Patrols are necessary to protect the villages.", "protect", "hypothetical"),
        ("The envoy was happy to meet the rebels.", "meet", "asserted"),
        # the "that" clause of "the fact" is presupposed, outside what frames the noun
        ("We ought to respect the fact that the army withdrew.", "withdrew", "asserted"),
        (
            "He did not mention the fact that the troops attacked the village.",
            "attacked",
            "asserted",
        ),
        # "be set/due/scheduled to", and a passive verb of forecasting, put the act ahead
        ("The ministers are set to sign the accord in Lima.", "sign", "future"),
        ("The envoy is due to visit Kabul next week.", "visit", "future"),
        ("Troops were scheduled to withdraw from the valley by June.", "withdraw", "future"),
        ("Iran is expected to release the tanker soon.", "release", "future"),
        ("The troops set fire to the depot and withdrew.", "withdrew", "asserted"),
        # a noun named for a verb of intent or refusal keeps its verb's sense
        ("Egypt's threat to attack the convoy alarmed Sudan.", "attack", "intended"),
        ("The pledge to withdraw the troops was welcomed.", "withdraw", "intended"),
        ("His refusal to meet the envoy angered Paris.", "meet", "negated"),
        ("Their failure to sign the accord ended the talks.", "sign", "negated"),
        # a failure to prevent an act says the act happened
        ("The failure to prevent an attack on the embassy was criticized.", "attack", "asserted"),
        # a noun not named for such a verb: its infinitive is its purpose, aimed at
        ("The report to attack the convoy was leaked.", "attack", "intended"),
        # a noun of ability says what can be done, as "able to" does
        ("The militia's ability to seize the port worries Oman.", "seize", "hypothetical"),
        ("The militia's capacity to shell the port is limited.", "shell", "hypothetical"),
        # a noun of thought or possibility: its gerund or infinitive is an act thought of
        ("The idea of shelling the port alarmed Oman.", "shelling", "hypothetical"),
        ("The senator backed the general's idea for bombing the camps.", "bombing", "hypothetical"),
        ("The army weighed the option to seize the port.", "seize", "hypothetical"),
        ("The rebels shelled the port, raising the prospect of a war.", "shelled", "asserted"),
        # a copula joining an aim noun to its infinitive names the aim
        ("Our goal is to destroy the militia.", "destroy", "intended"),
        ("The aim was to seize the port.", "seize", "intended"),
        ("The problem is to defeat the militia.", "defeat", "asserted"),
        # ... and so does a second infinitive joined to the copula
        ("Our aim is not to punish the rebels, but to disarm them.", "disarm", "intended"),
        ("The mission is to disarm the militia, not to contain it.", "disarm", "intended"),
        ("Her goal is not to contain the militia but to crush it.", "crush", "intended"),
        # the parse may hang the second infinitive on the copula itself
        (
            "The mission is not to watch the gangs, but to arrest and jail them.",
            "arrest",
            "intended",
        ),
        ("The aim is clear and the army attacked the town.", "attacked", "asserted"),
        # a noun of planning names what is planned by its infinitive or its "for" gerund
        ("The envoy praised the strategy to disarm the militia.", "disarm", "intended"),
        ("The minister outlined a strategy for bombing the camps.", "bombing", "intended"),
        ("The minister outlined a plan for shelling the port.", "shelling", "intended"),
        ("The minister praised the army for shelling the port.", "shelling", "asserted"),
        # a gerund with no doer as the subject of a present copula says what such an act is
        ("Beating a prisoner is a crime under the new law.", "Beating", "hypothetical"),
        ("The judge said that shooting unarmed men is murder.", "shooting", "hypothetical"),
        ("Bombing the bridge was a mistake, the general said.", "Bombing", "asserted"),
        ("Shelling the camps only strengthens the rebels.", "Shelling", "hypothetical"),
        ("Shelling the camps strengthened the rebels.", "Shelling", "asserted"),
        ("The rebels' shelling of the port is a war crime.", "shelling", "asserted"),
        # a gerund with a doer of its own names that doer's act; a copula that neither
        # judges nor classifies its gerund states no rule
        ("Their shooting the protesters is a crime.", "shooting", "asserted"),
        ("Shelling the port is why they fled.", "Shelling", "asserted"),
        # an enumerator before an imperative numbers an item of a list of demands
        ('The mayor set out her plan: "One, arrest the gang leaders.', "arrest", "requested"),
        ('"First, disarm the militias," the envoy said.', "disarm", "requested"),
        ("First, the army shelled the port.", "shelled", "asserted"),
        # the noun of a directive verb takes its infinitive: the act asked for
        (
            "The minister rejected calls from the union to condemn the strike.",
            "condemn",
            "requested",
        ),
        ("The minister ignored calls to condemn the strike.", "condemn", "requested"),
        ("The rebels repeated their demand to free the prisoners.", "free", "requested"),
        # so does the noun of a verb of proposing or inviting: the act is proposed, not done
        ("The council rejected a proposal to close the port.", "close", "requested"),
        ("The mayor's suggestion to arrest the leaders angered the union.", "arrest", "requested"),
        ("Oman declined an invitation to attend the summit.", "attend", "requested"),
        ("Chad backed a recommendation to withdraw the troops.", "withdraw", "requested"),
        # and a gerund in the noun's "for" phrase, as its infinitive
        ("The council rejected a proposal for closing the port.", "closing", "requested"),
        ("The union ignored calls for boycotting the election.", "boycotting", "requested"),
        # a verb of inviting, encouraging, challenging or pressing asks its object for the act
        ("Kenya invited Uganda to attend the summit.", "attend", "requested"),
        ("The envoy encouraged the rebels to release the hostages.", "release", "requested"),
        ("The bishop challenged the mayor to close the prisons.", "close", "requested"),
        ("The investors pressured the board to oust the chief.", "oust", "requested"),
        # a verb of forcing or helping tells the act done
        ("Kenya forced Uganda to withdraw its troops.", "withdraw", "asserted"),
        ("The envoy helped the rebels to release the hostages.", "release", "asserted"),
        # the noun of a verb that proposes nothing leaves the act as the clause states it
        ("The council praised the decision of closing the port.", "closing", "asserted"),
        ("The police left the station to arrest the suspect.", "arrest", "asserted"),
        # "be" with its own to-infinitive states an arrangement, not a deed
        ("The envoy was to visit Kabul on Friday.", "visit", "future"),
        ("The ministers are to sign the treaty in Oslo.", "sign", "future"),
        ("The army is to withdraw from the town.", "withdraw", "future"),
        ("He is proud to support the treaty.", "support", "asserted"),
        ("It is easy to criticize the ministry.", "criticize", "asserted"),
        ("The envoy was visiting Kabul.", "visiting", "asserted"),
        ("The envoy, who was to visit Kabul, fell ill.", "visit", "future"),
        # a speaker's present stance in a relative clause is a statement, not a property
        (
            "Police held Petrov. He led the PKK, which Ankara blames for the attack.",
            "blames",
            "asserted",
        ),
        (
            "Police held Petrov. He led a group that criticizes the law.",
            "criticizes",
            "hypothetical",
        ),
        ("Police held Petrov. It is a plan the senators support.", "support", "hypothetical"),
        # a verb of intent with "against" and a gerund chooses not to act
        ("The prosecutors decided against indicting the mayor.", "indicting", "negated"),
        ("The prosecutors decided on indicting the mayor.", "indicting", "intended"),
    ],
)
def test_modality_follows_the_grammar(text: str, word: str, expected: str) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The rebels demanded that the army withdraw from the town.", "withdraw", "requested"),
        ("The rebels demanded that the army should withdraw.", "withdraw", "requested"),
        # an indicative clause under a mandative verb states a fact, it demands nothing
        (
            "The minister insisted that the army has withdrawn from the town.",
            "withdrawn",
            "asserted",
        ),
        ("The minister insisted that the army withdrew from the town.", "withdrew", "asserted"),
    ],
)
def test_a_demand_is_a_subjunctive_clause(text: str, word: str, expected: str) -> None:
    doc = load()(text)
    token = next(t for t in doc if t.text == word)
    assert modality.classify(token, in_quote=False, requested=True)[0] == expected


def test_a_forecast_is_no_one_s_announcement() -> None:
    doc = load()("Iran is expected to release the tanker soon.")
    assert modality.forecast(next(t for t in doc if t.text == "release"))
    doc = load()("The ministers are set to sign the accord in Lima.")
    assert not modality.forecast(next(t for t in doc if t.text == "sign"))
    doc = load()("The rebels are poised to capture the provincial capital.")
    assert modality.forecast(next(t for t in doc if t.text == "capture"))


def test_an_attitude_someone_states_is_their_statement() -> None:
    """ "Murphy said he supports the bill": the saying expresses support (the PLOVER manual's
    SUPPORT), so inside a report the present attitude stays a reported event."""
    doc = load()("The vote is near. Murphy said he supports the final bill.")
    token = next(t for t in doc if t.text == "supports")
    assert modality.classify(token, in_quote=True)[0] == "reported"
    assert modality.classify(token, in_quote=False)[0] == "hypothetical"


def test_a_headline_infinitive_tells_a_coming_act() -> None:
    # the headline register leaves out "is": "X to do Y" is "X is to do Y"
    record = communique.extract(
        "Ruritania to impose new sanctions on Freedonia\n\nThe cabinet met on Monday.",
        date="2024-03-08",
    )
    sanction = [e for e in record.events if e.type == "SANCTION"]
    assert [e.modality for e in sanction] == ["future"], [
        (e.type, e.modality) for e in record.events
    ]
    # a question or a manner is no plan
    record = communique.extract(
        "How to impose sanctions that work\n\nThe cabinet met on Monday.", date="2024-03-08"
    )
    assert "future" not in {e.modality for e in record.events if e.type == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mayor closed the road in order to stop the march.", "stop"),  # a purpose
        ("The minister held a conference call to defend the plan.", "defend"),  # a conversation
        ("The envoy arranged calls with both leaders to discuss the truce.", "discuss"),
        # the act asked for is the release; the shooting the video shows is not asked for
        ("A judge's order to release a video of an officer shooting a man came.", "shooting"),
    ],
)
def test_a_noun_that_asks_for_nothing_directs_no_act(text: str, word: str) -> None:
    assert _classify(text, word) != "requested"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The show aired. The regime kills journalists and jails critics.", "hypothetical"),
        ("The show aired. The regime killed journalists.", "asserted"),
        ("The show aired. The regime kills the two journalists.", "asserted"),
        ("Gunman kills protesters in Ohio. Police are searching for him.", "asserted"),
    ],
)
def test_force_done_to_a_bare_plural_in_the_present_is_a_habit(text, expected):
    # the simple present of force done to a kind of patient tells the doer's habit
    record = communique.extract(text)
    assert [e.modality for e in record.events if e.type == "ASSAULT"][:1] == [expected]


def test_words_to_a_bare_plural_in_the_present_stay_a_stance():
    # a verb of saying or attitude in the present reports a stance held now
    record = communique.extract("The show aired. The senator urges voters to turn out.")
    assert [e.modality for e in record.events if e.type == "REQUEST"] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's "to" infinitive names what the noun is for: aimed at, not done
        ("The news came out. The rebels formed a coalition to attack the capital.", "intended"),
        ("The news came out. The police got the authority to detain the protesters.", "intended"),
        ("The news came out. The two sides began talks to end the shelling.", "intended"),
        ("The news came out. He was the first soldier to fire on the crowd.", "asserted"),
        # force as the purpose of travel or sending is aimed at, not done
        ("The news came out. The fighters headed to Syria to attack the militia.", "intended"),
        ("The news came out. The army deployed tanks to the border to shell the town.", "intended"),
        (
            "The news came out. The regime jailed critics in the name of defeating the rebels.",
            "intended",
        ),
        ("The news came out. The regime defeated the rebels.", "asserted"),
    ],
)
def test_a_purpose_is_aimed_at_not_done(text: str, expected: str) -> None:
    record = communique.extract(text, date="2022-02-18")
    acts = [e for e in record.events if e.type in ("ASSAULT", "COERCE", "RETREAT")]
    assert acts, [e.type for e in record.events]
    assert acts[-1].modality == expected
    # a purpose is no one's announcement: no THREATEN or AGREE comes of it
    assert not {"THREATEN", "AGREE"} & {e.type for e in record.events}


def test_words_said_on_arrival_are_told_as_done() -> None:
    # going somewhere to speak tells the speech: only force is read as a purpose of travel
    record = communique.extract(
        "The news came out. The senator went on television to criticize the president.",
        date="2022-02-18",
    )
    assert [e.modality for e in record.events if e.type == "ACCUSE"] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The rebels formed a coalition to attack the capital.", "attack", "intended"),
        ("The senator wrote a bill to ban the party.", "ban", "intended"),
        # after a word that singles one out, the infinitive tells what that one did
        ("The militia was the only group to shell the town.", "shell", "asserted"),
        ("Hamas was the last group to fire rockets at the town.", "fire", "asserted"),
        ("The biggest force to attack the town was the militia.", "attack", "asserted"),
        # an utterance does the act of its infinitive in being said
        ("His speech to criticize the ruling was long.", "criticize", "asserted"),
        ("Her statements to criticize the ruling were short.", "criticize", "asserted"),
        # and so does a perfect infinitive
        ("He is the one soldier to have fired on the crowd.", "fired", "asserted"),
        # an act inside a noun phrase of the infinitive is not what the noun is for
        (
            "The judge made a ruling to release a video of an officer shooting a man.",
            "shooting",
            "asserted",
        ),
    ],
)
def test_a_noun_s_infinitive_names_its_purpose(text: str, word: str, expected: str) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "going to" is the future, not travel; a future framing the purpose decides
        ("The news came out. The rebels are going to attack the town.", "future"),
        ("The news came out. The general said he would send troops to attack the town.", "future"),
    ],
)
def test_a_purpose_under_a_future_stays_future(text: str, expected: str) -> None:
    record = communique.extract(text, date="2022-02-18")
    assert [e.modality for e in record.events if e.type == "ASSAULT"] == [expected]
    assert "THREATEN" in {e.type for e in record.events}


def test_an_act_in_a_clause_of_its_own_is_no_purpose() -> None:
    # the throwing and the threatening happened; the parse hangs them on the infinitive
    text = (
        "The leader rebuffed pressure to rein in his men after they disrupted a meeting, "
        "throwing chairs and threatening the chairwoman."
    )
    assert _classify(text, "threatening") == "asserted"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a phrasal implicative (Karttunen 2012): the infinitive is done as the verb is
        ("The minister took the opportunity to praise the army.", "praise", "asserted"),
        ("I take this opportunity to thank the volunteers.", "thank", "asserted"),
        ("The senator used the hearing as a chance to criticize the general.", "criticize",
         "asserted"),
        ("The envoy took the time to meet the families.", "meet", "asserted"),
        # an opportunity had, missed or offered is still one left open
        ("The senator had an opportunity to criticize the general.", "criticize", "intended"),
        ("The senator missed the opportunity to criticize the general.", "criticize",
         "intended"),
    ],
)  # fmt: skip
def test_an_opportunity_taken_is_an_act_done(text: str, word: str, expected: str) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a hedged performative (Fraser 1975): the first-person present wish to do an act done
        # by saying it does the act
        ("I want to thank the volunteers for their work.", "thank", "asserted"),
        ("We wish to congratulate the winners.", "congratulate", "asserted"),
        ("I want to take this opportunity to thank the volunteers.", "thank", "asserted"),
        # another's wish, a past wish, a denied one or an act not done by words stay intended
        ("He wants to thank the volunteers.", "thank", "intended"),
        ("I wanted to thank the volunteers.", "thank", "intended"),
        ("I want to visit the volunteers.", "visit", "intended"),
    ],
)
def test_a_wish_to_do_what_words_do_is_the_act(text: str, word: str, expected: str) -> None:
    assert _classify(text, word) == expected


def test_a_hedged_performative_announces_no_agreement() -> None:
    # "I want to thank them" thanks them (SUPPORT), it promises nothing (no AGREE)
    found = communique.extract("I want to thank the volunteers for their work.").events
    assert [(e.type, e.modality) for e in found] == [("SUPPORT", "asserted")]


def _indirect(doc, cue: str, content_from: str) -> Quote:
    """An indirect report of ``doc`` whose cue is the word ``cue`` and whose content runs from
    the word ``content_from`` to the end of the sentence."""
    word = next(t for t in doc if t.text == cue)
    start = next(t for t in doc if t.text == content_from).idx
    end = len(doc.text.rstrip("."))
    return Quote(
        id="q1",
        kind="indirect",
        text=doc.text[start:end],
        span=(start, end),
        cue=Cue(word.text, (word.idx, word.idx + len(word.text))),
    )


@pytest.mark.parametrize(
    ("text", "cue", "content_from", "word", "claimed"),
    [
        # words said or written: the act is the speaker's claim
        ("The minister said the rebels attacked the convoy.", "said", "the", "attacked", True),
        (
            "The agency's report that troops shelled the town spread.",
            "report",
            "troops",
            "shelled",
            True,
        ),
        (
            "Critics accused the police of beating the protesters.",
            "accused",
            "the",
            "beating",
            True,
        ),
        ("He testified that guards beat the prisoners.", "testified", "guards", "beat", True),
        # a poll or a document that finds; a cue inside a clause of speech; a noun of speech
        ("The audit showed that aides attacked the reporter.", "showed", "aides", "attacked", True),
        (
            "He told reporters he believed troops attacked the town.",
            "believed",
            "troops",
            "attacked",
            True,
        ),
        ("She made charges that the police beat him.", "made", "the", "beat", True),
        # the act noun a light verb takes is the cue's own act, told by the article
        (
            "The council made that accusation in letters to the ministers.",
            "made",
            "that",
            "accusation",
            False,
        ),
        (
            "The ministry announced the withdrawal of the troops.",
            "announced",
            "the",
            "withdrawal",
            True,
        ),
        (
            "The text does say advise and consent, and that is clear.",
            "say",
            "advise",
            "advise",
            True,
        ),
        # a light verb with its predicate that states
        ("Officials made clear that troops attacked the town.", "made", "troops", "attacked", True),
        ("Officials made it clear that troops attacked the town.", "made", "it", "attacked", True),
        # a cause, a perception, an homage, a belief of one who says nothing: the article tells
        # the act
        ("The scandal forced the minister to arrest the mayor.", "forced", "the", "arrest", False),
        ("She watched as soldiers attacked the crowd.", "watched", "soldiers", "attacked", False),
        ("They paid tribute to the people the rebels killed.", "paid", "the", "killed", False),
        ("Officials feared that troops attacked the town.", "feared", "troops", "attacked", False),
    ],
)
def test_only_a_report_of_speech_or_writing_claims_its_act(
    text: str, cue: str, content_from: str, word: str, claimed: bool
) -> None:
    """The quote finder reports what PolNeAR counts as attributions, beliefs, stances and
    causes among them; an event inside such a report is reported only when the cue is a word of
    speech or writing."""
    doc = load()(text)
    trigger = next(t for t in doc if t.text == word)
    assert modality.claims(trigger, _indirect(doc, cue, content_from)) is claimed


def test_a_quotation_in_marks_claims_whatever_its_cue() -> None:
    """Words inside quotation marks are someone's words, whatever verb introduces them."""
    text = 'He watched the crowd. "Soldiers attacked us," he wrote.'
    doc = load()(text)
    start, end = text.index("Soldiers"), text.index(",")
    watched = next(t for t in doc if t.text == "watched")
    quote = Quote(
        id="q1",
        kind="direct",
        text=text[start:end],
        span=(start, end),
        cue=Cue("watched", (watched.idx, watched.idx + 7)),
    )
    trigger = next(t for t in doc if t.text == "attacked")
    assert modality.claims(trigger, quote)


def test_a_headline_colon_claims_its_act() -> None:
    """ "Mayor: Police Beat Protesters": the colon after a name stands for "said"."""
    doc = load()("Mayor: police beat the protesters.")
    colon = next(t for t in doc if t.text == ":")
    start = doc.text.index("police")
    quote = Quote(
        id="q1",
        kind="indirect",
        text=doc.text[start:-1],
        span=(start, len(doc.text) - 1),
        cue=Cue(":", (colon.idx, colon.idx + 1)),
    )
    assert modality.claims(next(t for t in doc if t.text == "beat"), quote)


def _referred_quote(text: str, start: int, end: int, marks: int = 0) -> tuple[Doc, Quote]:
    """The Doc of ``text`` and a mixed quotation of ``text[start:end]`` whose cue is
    "referred" (no verb of speech); ``marks`` widens its span over the quotation marks."""
    doc = load()(text)
    referred = next(t for t in doc if t.text == "referred")
    quote = Quote(
        id="q1",
        kind="mixed",
        text=text[start:end],
        span=(start - marks, end + marks),
        cue=Cue("referred", (referred.idx, referred.idx + len("referred"))),
    )
    return doc, quote


def test_quoted_words_of_a_mixed_quotation_are_claimed_whatever_its_cue() -> None:
    text = 'A friend referred to him as "the man who beat the odds" in a post.'
    doc, quote = _referred_quote(text, text.index("the man"), text.index('" in'), marks=1)
    assert modality.claims(next(t for t in doc if t.text == "beat"), quote)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The general is said to have ordered the attack on the town.", "ordered", "reported"),
        ("The rebels, who are said to have attacked the convoy, fled.", "attacked", "reported"),
        # not a verb of speech: the article's own account of a plan
        ("The general is expected to attack the town.", "attack", "future"),
    ],
)
def test_the_act_of_one_said_to_have_done_it_is_others_claim(
    text: str, word: str, expected: str
) -> None:
    """ "X is said to have done Y": people say that X did Y, the sayers left out."""
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "no longer" says the act does not go on, as "not any longer" does
        ("The mayor said he would no longer block the inquiry.", "block", "negated"),
        ("Kenya no longer supports the rebels in Somalia.", "supports", "negated"),
        ("Kenya supports the rebels no more than Uganda does.", "supports", "asserted"),
        ("Kenya supports the rebels longer than Uganda does.", "supports", "asserted"),
        # a noun of evidence with "no" says nothing shows the act it introduces
        ("The rebels showed no sign of surrendering.", "surrendering", "negated"),
        ("There is no evidence that the troops attacked the village.", "attacked", "negated"),
        ("There is evidence that the troops attacked the village.", "attacked", "asserted"),
        ("The rebels showed every sign of surrendering.", "surrendering", "asserted"),
    ],
)
def test_no_longer_and_no_sign_deny_the_act(text: str, word: str, expected: str) -> None:
    assert _classify(text, word) == expected


def test_words_after_the_marks_of_a_mixed_quotation_keep_its_cue() -> None:
    """Only the words inside the marks are the speaker's own: after the closing mark the
    report's cue decides again ("referred to", no verb of speech: not claimed)."""
    text = 'A friend referred to him as "a fighter" who beat the odds in a post.'
    doc, quote = _referred_quote(text, text.index("him"), text.index(" in a post"))
    assert not modality.claims(next(t for t in doc if t.text == "beat"), quote)
    assert modality.claims(next(t for t in doc if t.text == "fighter"), quote)


def test_a_quotation_opened_before_a_mixed_quotation_does_not_make_its_words_claimed() -> None:
    """The marks must open inside the quotation: a pair that opens before it is not its."""
    text = 'The group called it "a plan to beat them," a friend referred to it in a post.'
    doc, quote = _referred_quote(text, text.index("them"), text.index(" in a post"))
    assert not modality.claims(next(t for t in doc if t.text == "them"), quote)


def test_typewriter_marks_of_a_mixed_quotation_hold_the_speakers_own_words() -> None:
    """Two apostrophes stand for a double mark in wire and archive text (''...''): the quote
    finder pairs them, and the words between are the speaker's own as with curly marks."""
    text = "A friend referred to him as ''a man who beat the odds'' in a post."
    doc, quote = _referred_quote(text, text.index("him"), text.index(" in a post"))
    assert modality.claims(next(t for t in doc if t.text == "beat"), quote)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an indefinite act, a bare one or a gerund held towards by a verb of attitude: a kind
        # of act a stance is about, none done
        ("The report is out. Most farmers support a ban on imports.", "ban", "hypothetical"),
        ("The report is out. Most farmers oppose banning imports.", "banning", "hypothetical"),
        ("The report is out. The rebels want a new war.", "war", "hypothetical"),
        (
            "The report is out. The senator favors sanctions on the regime.",
            "sanctions",
            "hypothetical",
        ),
        # a definite or owned act exists, whatever the stance towards it
        ("The report is out. The senator supported the war in the north.", "war", "asserted"),
        ("The report is out. The farmers opposed his ban on imports.", "ban", "asserted"),
        (
            "The report is out. The mayor opposed his signature North-South trade deal.",
            "deal",
            "asserted",
        ),
        ("The report is out. The government imposed a ban on imports.", "ban", "asserted"),
    ],
)
def test_an_act_held_towards_by_an_attitude_is_not_done(text, word, expected) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a modifier that places the act after the telling: it has not happened
        (
            "An impending offensive on Bakhmut by Russian units worried Kyiv.",
            "offensive",
            "hypothetical",
        ),
        ("The upcoming boycott of Israeli goods split the union.", "boycott", "hypothetical"),
        ("The proposed blockade of the harbour divided the council.", "blockade", "hypothetical"),
        # "planned" also means premeditated, and such an attack happened
        ("The bombing was a planned attack by the militia.", "attack", "asserted"),
    ],
)
def test_an_adjective_of_what_is_to_come_makes_the_act_noun_unhappened(text, word, expected):
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # the adjective tells of the noun's act; the verb's act on it took place
        ("The upcoming talks between Iran and Oman were postponed.", "SANCTION"),
        ("The proposed sanctions against Russia were debated.", "CONSULT"),
    ],
)
def test_an_adjective_of_what_is_to_come_leaves_the_verbs_act_done(text, type_) -> None:
    events = communique.Extractor().extract(text, date="2022-02-18").events
    found = [e for e in events if e.type == type_ and " " in e.trigger.text]
    assert found and all(e.modality == "asserted" for e in found)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # a declaration of the measure is the measure itself (CAMEO's DECREE block codes
        # "DECLARE ... CURFEW", "STATE (OF EMERGENCY)", "&CEASEFIRE" as the act)
        ("Martial law was declared by the president.", "COERCE"),
        ("The president declared martial law in the capital.", "COERCE"),
        ("The army declared martial law after the coup.", "COERCE"),
    ],
)
def test_a_declared_measure_is_the_act_itself(text, type_) -> None:
    events = communique.Extractor().extract(text, date="2022-02-18").events
    found = [e for e in events if e.type == type_]
    assert found and all(e.modality == "asserted" for e in found)


def test_a_clause_a_verb_of_declaring_takes_is_still_claimed() -> None:
    text = "The minister declared that the army had shelled the town."
    events = communique.Extractor().extract(text, date="2022-02-18").events
    found = [e for e in events if e.trigger.text.startswith("shelled")]
    assert found and all(e.modality == "reported" for e in found)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the past of a verb of attitude takes a side on an act of its time, which took place
        (
            "The report is out. The envoy supported a crackdown on the rebels.",
            "crackdown",
            "asserted",
        ),
        (
            "The report is out. The council has opposed a blockade of the port.",
            "blockade",
            "asserted",
        ),
        # the present holds a stance towards a kind of act; a verb of desire wants one in any tense
        (
            "The report is out. The envoy supports a crackdown on the rebels.",
            "crackdown",
            "hypothetical",
        ),
        ("The report is out. The rebels wanted a new war.", "war", "hypothetical"),
        ("The report is out. Most farmers opposed banning the imports.", "banning", "hypothetical"),
    ],
)
def test_the_tense_of_an_attitude_decides_whether_its_act_took_place(text, word, expected) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an owned or pointed-at act as the subject: its existence is presupposed, outside the
        # negation of what is said about it
        ("His support for the treaty isn't shared by the cabinet.", "support", "asserted"),
        ("Her criticism of the budget did not change the vote.", "criticism", "asserted"),
        ("That boycott never hurt the company.", "boycott", "asserted"),
        # what is denied of it is its taking place, or the act has no owner or pointer
        ("His visit to the capital did not take place.", "visit", "negated"),
        ("Their meeting never happened.", "meeting", "negated"),
        ("A boycott did not hurt the company.", "boycott", "negated"),
        ("No boycott hurt the company.", "boycott", "negated"),
        # the content of an owned noun is no act it presupposes
        ("Her claim that the mayor ordered the raid is not true.", "raid", "negated"),
    ],
)
def test_an_owned_act_as_subject_is_presupposed_under_negation(text, word, expected) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "wants X banned": a participle clause with no tense, as "wants X to be banned"
        ("The senator wants the minister fired.", "fired", "intended"),
        ("The union wanted the old law repealed.", "repealed", "intended"),
        ("The senator said the minister fired his aide.", "fired", "asserted"),
        # with an infinitive after it the participle is a reduced relative of its subject
        (
            "She wants the aides caught up in the inquiry to keep their posts.",
            "caught",
            "asserted",
        ),
    ],
)
def test_a_tenseless_participle_clause_of_a_desire_is_wanted(text, word, expected) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # what a verb of permitting allows may be done; it is not told as done
        ("The law allows refugees to enter the country.", "enter", "hypothetical"),
        ("The rules permit members to vote by mail.", "vote", "hypothetical"),
        ("Envoys are permitted to visit the prison.", "visit", "hypothetical"),
        ("The new rules allow officers to stop drivers.", "stop", "hypothetical"),
        # the permission itself is told as given; told in the past, for the act it let happen
        ("The council allowed the march to go ahead.", "allowed", "asserted"),
        ("The truce allowed the rebels to keep their weapons.", "keep", "asserted"),
        # an adjunct of the permitted act is not permitted
        ("The rules allow officers to work during the strike.", "strike", "asserted"),
    ],
)
def test_an_act_permitted_is_possible_not_done(text, word, expected) -> None:
    assert _classify(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "have yet to" and "be yet to": not done so far, neither owed nor arranged
        ("The president has yet to endorse the senator.", "endorse", "negated"),
        ("The rebels have yet to sign the truce.", "sign", "negated"),
        ("The army is yet to withdraw from the town.", "withdraw", "negated"),
        ("The rebels have to sign the truce.", "sign", "hypothetical"),
    ],
)
def test_an_act_yet_to_come_has_not_taken_place(text, word, expected) -> None:
    assert _classify(text, word) == expected


def test_a_modal_clitic_left_off_the_verb_is_no_subjunctive() -> None:
    """A parse that hangs "’d" of "they’d send" on the pronoun as punctuation (as the
    parser sometimes does) leaves the verb bare; the clause keeps its modal all the same and
    is no subjunctive."""
    words = ["He", "told", "them", "that", "they", "’d", "send", "troops", "."]
    doc = Doc(
        load().vocab,
        words=words,
        heads=[1, 1, 1, 6, 6, 4, 1, 6, 1],
        deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "punct", "ccomp", "dobj", "punct"],
        tags=["PRP", "VBD", "PRP", "IN", "PRP", "MD", "VB", "NNS", "."],
    )
    assert not modality._subjunctive(doc[6])
    doc[5].dep_ = "aux"
    doc[5].head = doc[6]
    assert not modality._subjunctive(doc[6])
