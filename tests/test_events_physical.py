"""Physical force or words: the rules of communique.events.physical, measured on sentences of
PolNeAR's *train* split that contain violent-sounding words, each labelled by hand
(tests/data/violence_polnear_train.tsv: 1 = the marked word names physical force here,
whether or not it happened; 0 = words, contests, causes, sports, figures of speech)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

import communique
from communique.events import physical, physical_words
from communique.extensions import ArticleInput
from communique.nlp import load
from communique.schema import Document

DATA = Path(__file__).parent / "data" / "violence_polnear_train.tsv"
#: A second labelled set from PolNeAR train, disjoint from DATA, on which the rules were
#: developed (docs/evaluation.md); DATA is kept for measuring.
DEV_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev.tsv"
#: A third labelled set from PolNeAR train (one sentence per article, 120 articles drawn at
#: random, disjoint from both), labelled after the rules above were written and used to
#: develop the next ones.
DEV2_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev2.tsv"
#: A fourth labelled set from PolNeAR train (one sentence per article, 110 articles drawn at
#: random with another seed, none of the third set's, disjoint from all three), labelled
#: before any reading of it was looked at; its first score is the estimate on unseen text.
DEV3_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev3.tsv"
#: A fifth labelled set from PolNeAR train (up to three sentences from each of the 51 articles
#: with the most words of war and conflict, seed 20261206, disjoint from all four), labelled
#: before any reading of it was looked at: mostly physical, a test of recall on unseen text.
DEV4_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev4.tsv"
#: A sixth labelled set from PolNeAR train (up to two sentences from each of 85 articles used
#: by none of the five sets nor held back, half ranked by words of war and crime, half drawn at
#: random, seed 20261207), labelled before any reading of it was looked at: a mix of force and
#: figures, with "violence" and "violent" among its words, which no older set holds.
DEV5_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev5.tsv"
#: A seventh labelled set from PolNeAR train (130 sentences from 86 articles no older set drew
#: from, ranked by words of war and crime, up to four sentences from an article with five or more
#: such words and two from others, seed 20261208), labelled before any reading of it was looked
#: at; its first score (P .964, R .643) is the estimate on unseen text.
DEV6_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev6.tsv"
#: An eighth labelled set from PolNeAR train (216 sentences, up to two from each of 190 articles
#: ranked by words of war and crime, none of the measured set's articles, none sharing a sentence
#: with the older sets, seed 20261209), labelled and committed before any reading of it was run;
#: its first score (P .941, R .708) is the estimate on unseen text.
DEV7_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev7.tsv"
#: A ninth labelled set from PolNeAR train (159 sentences, one from each of the 450 articles
#: with the most words of war and crime, two from some of those with twelve or more, none of the
#: measured set's articles, none sharing a sentence with the older sets, seed 20261210), labelled
#: and committed before any reading of it was run; its first score is the estimate on unseen text.
DEV8_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev8.tsv"
#: A tenth labelled set from PolNeAR train (159 sentences, 47 physical: one from each article
#: of the 450 with the most words of war and crime that still had an unused sentence, one from
#: each of the other 255, and a second from some of the top 150; none of the measured set's
#: articles, none sharing a sentence with the older sets, seeds 20261211 and 20261212), labelled
#: and committed before any reading of it was run; its first score is the estimate on unseen text.
DEV9_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev9.tsv"
#: An eleventh set: 104 sentences of PolNeAR train drawn from the articles left, labelled by hand
#: before any reading of it was run (docs/evaluation.md).
DEV10_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev10.tsv"
#: A twelfth set: 87 sentences of PolNeAR train (25 physical) drawn from the articles left with
#: another seed, labelled by hand and committed before any reading of it was run.
DEV11_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev11.tsv"
#: A thirteenth set: 228 sentences of PolNeAR train (91 physical), labelled by hand and committed
#: before any reading of it was run. The articles outside the measured set's had few physical
#: sentences left, so 67 of its sentences come from the measured set's articles (one from each,
#: none a measured sentence nor overlapping one).
DEV12_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev12.tsv"
#: A fourteenth set: 201 sentences of PolNeAR train (72 physical), labelled by hand and committed
#: before any reading of it was run. Only 11 sentences with such words were left in the articles
#: no older set drew from (and not held back), so 57 come from the older development sets' other
#: articles' unused sentences and 133 from the measured set's articles (up to two from each, none
#: a measured sentence nor overlapping one); its first score (P .984, R .833) is the estimate.
DEV13_DATA = Path(__file__).parent / "data" / "violence_polnear_train_dev13.tsv"

#: Figures measured (docs/evaluation.md): floors against regressions. The target for both is
#: 0.90 on DATA; recall is not there yet.
PRECISION_FLOOR = 0.96
RECALL_FLOOR = 0.79
DEV_PRECISION_FLOOR = 0.97
DEV_RECALL_FLOOR = 0.94
DEV2_PRECISION_FLOOR = 0.95
DEV2_RECALL_FLOOR = 0.93
DEV3_PRECISION_FLOOR = 0.96
DEV3_RECALL_FLOOR = 0.90
DEV4_PRECISION_FLOOR = 0.98
DEV4_RECALL_FLOOR = 0.91
DEV5_PRECISION_FLOOR = 0.97
DEV5_RECALL_FLOOR = 0.97
DEV6_PRECISION_FLOOR = 0.96
DEV6_RECALL_FLOOR = 0.88
DEV7_PRECISION_FLOOR = 0.96
DEV7_RECALL_FLOOR = 0.94
DEV8_PRECISION_FLOOR = 0.96
DEV8_RECALL_FLOOR = 0.94
DEV9_PRECISION_FLOOR = 0.95
DEV9_RECALL_FLOOR = 0.91
DEV10_PRECISION_FLOOR = 0.88
DEV10_RECALL_FLOOR = 0.82
DEV11_PRECISION_FLOOR = 0.88
DEV11_RECALL_FLOOR = 0.92
DEV12_PRECISION_FLOOR = 0.96
DEV12_RECALL_FLOOR = 0.89
DEV13_PRECISION_FLOOR = 1.0
DEV13_RECALL_FLOOR = 0.90


def _rows(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        return list(csv.DictReader(lines, delimiter="\t"))


def _scores(rows: list[dict[str, str]]) -> tuple[float, float]:
    nlp = load()
    tp = fp = fn = 0
    for row, doc in zip(rows, nlp.pipe(r["sentence"] for r in rows), strict=True):
        found = re.search(r"\b" + re.escape(row["word"]) + r"\b", row["sentence"])
        assert found is not None
        span = doc.char_span(*found.span(), alignment_mode="expand")
        assert span is not None
        predicted = physical.reading(span.root) is not None
        gold = row["physical"] == "1"
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    return tp / (tp + fp), tp / (tp + fn)


@pytest.mark.parametrize("path", [DATA, DEV_DATA])
def test_the_labelled_sets_are_large_and_mixed(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 150
    labels = [r["physical"] for r in rows]
    assert set(labels) == {"0", "1"} and labels.count("1") >= 50
    for r in rows:
        assert re.search(r"\b" + re.escape(r["word"]) + r"\b", r["sentence"]), r


@pytest.mark.parametrize(
    ("path", "others"),
    [
        (DEV_DATA, [DATA]),
        (DEV2_DATA, [DATA]),
        (DEV3_DATA, [DATA, DEV_DATA, DEV2_DATA]),
        (DEV4_DATA, [DATA, DEV_DATA, DEV2_DATA, DEV3_DATA]),
        (DEV5_DATA, [DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA]),
        (DEV6_DATA, [DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA]),
        (DEV7_DATA, [DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA]),
        (
            DEV8_DATA,
            [DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA, DEV7_DATA],
        ),
        (
            DEV9_DATA,
            [
                *(DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA),
                *(DEV7_DATA, DEV8_DATA),
            ],
        ),
        (
            DEV10_DATA,
            [
                *(DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA),
                *(DEV7_DATA, DEV8_DATA, DEV9_DATA),
            ],
        ),
        (
            DEV11_DATA,
            [
                *(DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA),
                *(DEV7_DATA, DEV8_DATA, DEV9_DATA, DEV10_DATA),
            ],
        ),
        (
            DEV12_DATA,
            [
                *(DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA),
                *(DEV7_DATA, DEV8_DATA, DEV9_DATA, DEV10_DATA, DEV11_DATA),
            ],
        ),
        (
            DEV13_DATA,
            [
                *(DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA, DEV6_DATA),
                *(DEV7_DATA, DEV8_DATA, DEV9_DATA, DEV10_DATA, DEV11_DATA, DEV12_DATA),
            ],
        ),
    ],
)
def test_the_development_set_shares_no_sentence_with_the_measured_set(
    path: Path, others: list[Path]
) -> None:
    measured = {" ".join(r["sentence"].split()) for other in others for r in _rows(other)}
    for row in _rows(path):
        sentence = " ".join(row["sentence"].split())
        assert not any(sentence[:60] in m or m[:60] in sentence for m in measured), row


def test_precision_and_recall_of_physical_on_the_labelled_set() -> None:
    precision, recall = _scores(_rows())
    assert precision >= PRECISION_FLOOR, (precision, recall)
    assert recall >= RECALL_FLOOR, (precision, recall)


def test_precision_and_recall_of_physical_on_the_development_set() -> None:
    precision, recall = _scores(_rows(DEV_DATA))
    assert precision >= DEV_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV_RECALL_FLOOR, (precision, recall)


def test_every_word_list_entry_has_a_source() -> None:
    tables = physical_words.words()
    assert {"body", "violent_modifiers", "verbal_modifiers", "terror_context"} <= set(tables)
    for name, table in tables.items():
        for word, source in table.items():
            assert source.strip(), (name, word)


def test_every_word_list_the_rules_ask_for_is_a_table() -> None:
    """``word_list`` gives an empty set for a name the file lacks: a misspelt or moved table
    would switch its rule off without a word."""
    src = Path(physical_words.__file__).resolve().parents[1]
    asked = {
        name
        for path in src.rglob("*.py")
        for name in re.findall(r'word_list\("([a-z_]+)"\)', path.read_text(encoding="utf-8"))
    }
    assert {"period_words", "negating_prefixes", "undergoer_verbs"} <= asked
    assert asked <= set(physical_words.words())


def _read(text: str, word: str) -> str | None:
    doc = load()(text)
    return physical.reading(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The guard struck the prisoner in the head.", "struck"),  # a blow on the body
        ("Gunmen attacked the checkpoint at dawn.", "attacked"),  # an armed agent noun
        ("The explosion that hit the market was heard miles away.", "hit"),  # force as doer
        ("Reports listed physical assaults on refugees.", "assaults"),  # a violent modifier
        ("The Sept. 11 attacks changed the campaign.", "attacks"),  # named by its date
        ("Officials studied the attack and the threat of terrorism.", "attack"),  # setting
        ("They vowed to destroy terrorist networks.", "destroy"),  # an armed body as object
        ("The rebels fired on the town, killing 15.", "killing"),  # a count of people
        ("The officer fired on the crowd.", "fired"),  # CAMEO's FIRE ON
        ("The protester was punched by a guard.", "punched"),  # PLOVER's beat mode: punches
        ("He was arrested and beaten by the guards.", "beaten"),  # with an arrest
        ("Police questioned him about the murder.", "murder"),  # the act of "murder"
        ("The invasion of Iraq divided the party.", "invasion"),  # done to a place
        ("A car drove into the crowd, killing 84. The attack came on a holiday.", "attack"),
        ("Thousands of young men were sent to fight overseas.", "fight"),  # deployed to fight
        ("The allies contributed ground forces to the battle.", "battle"),  # forces sent to it
        ("The town has been the target of a lethal air campaign.", "target"),  # a violent doer
        ("Critics Tie The Refugee Crisis To The Invasion Of Syria", "Invasion"),  # capitals
        ("The mayor spoke. Another attack, this time in Aleppo.", "attack"),  # appositive
        # plural act nouns referring back to the terrorism just named
        ("Officials fear a terrorist threat. These attacks will change the vote.", "attacks"),
        ("Planes dropped their bombs on the town.", "dropped"),  # aimed at a place
        ("The guard hit the prisoner in the face.", "hit"),  # one body
        ("A van struck the protesters on the bridge.", "struck"),  # a vehicle driven into people
        ("The gunman carried out a murderous attack on diners.", "attack"),  # it killed
        # an armed non-state body as a party (PETRARCH2's militarized and rebel groups)
        ("The long war against the Taliban went on.", "war"),
        ("The allies stepped up the fight against ISIS.", "fight"),
        ("The militia was accused of fighting Hamas near the border.", "fighting"),
        ("The war with al Qaeda lasted for years.", "war"),
        ("A Boko Haram attack emptied the market.", "attack"),
        ("Officials say the Taliban attacked the convoy.", "attacked"),
        # an act noun that sets an armed body's clause: the fight those forces are in
        ("Troops killed in the fighting were buried at home.", "fighting"),
        ("Veterans honoured all of the soldiers who died during the war.", "war"),
        # a big city's name the small model tags NORP (GeoNames; no known surname)
        ("Officials studied the Lahore attack for weeks.", "attack"),
        # a subjectless gerund in a noun's place, located as "the fighting in Aleppo" is
        ("The envoy brokered a truce to fighting in Aleppo.", "fighting"),
        # a named war: a proper name with a number or a country names one happening
        ("His grandfather fought in World War II.", "War"),
        ("He voted for the Iraq war.", "war"),  # the country tagged EVENT is a place
        # the subject of a light verb performs the act: an armed one makes it one of arms
        ("The rebels launched an offensive.", "offensive"),
        ("The troops who waged the war came home.", "war"),  # a lemmatizer slip: "wag"
        # a verb of occurrence says where its subject happened
        ("The attack took place in Nice.", "attack"),
        # "on" with a day says when, so the weapon in the sentence is the attack's
        ("Officials said the rifle used in the attack on Sunday was bought legally.", "attack"),
        # "war" with nothing that makes it words or a cause's is CAMEO's military force
        ("The senator voted to authorize the war.", "war"),
        ("Refugees fled war-torn regions.", "war"),
        ("The coach was accused of beating his wife.", "beating"),  # a blow at one's kin
        # a participle of injury after a number, or on a counted noun, counts victims
        ("The blast left nine people dead and 30 wounded in the square.", "wounded"),
        ("Three wounded soldiers were flown to a hospital.", "wounded"),
        ("Officials remembered the 9/11 attacks.", "attacks"),  # a month/day names the day
        # a place heads the compound; an article makes the word a noun, whatever its tag
        ("Nobody called the Madrid nightclub attack an act of war.", "attack"),
        # an armed body that answers for an act names its doer
        ("The Taliban claimed responsibility for the attack but officials doubted it.", "attack"),
        ("Officials said the Islamic State was responsible for the attacks.", "attacks"),
        # a definite attack refers to a known happening; a place in its sentence sets it
        ("The panel on Benghazi asked many questions about the attack.", "attack"),
        ("We stand with Belgium as it recovers from this attack.", "attack"),
        # a war or a fight placed abroad is read as before, not as a contest of votes
        ("The fighting in Aleppo went on for weeks.", "fighting"),
        # a raid is an entry by force by its meaning (PLOVER's seize mode), no doer shown
        ("Immigration agents conducted raids across the state.", "raids"),
        ("The senator opposed the deportation raids.", "raids"),
        # a quantifier counts wars and a kind of arms names them: still a bare war
        ("The senator opposes more wars.", "wars"),
        ("The country fought three conventional wars.", "wars"),
    ],
)
def test_general_signs_of_physical_force(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Clinton kept pounding Sanders on the gun issue.", "pounding"),  # a weapon as a topic
        ("The group is hitting the senator with ads.", "hitting"),  # a means of words
        ("The dispute surrounding the territory has lasted years.", "surrounding"),  # no doer
        ("Deaths from cancer are exploding.", "exploding"),  # a figure
        ("His attacks on the governor grew sharper.", "attacks"),  # his words
        ("Voters cared about the fight against extremism.", "fight"),  # aimed at a cause
        ("It was a fight, she said on the corporate jet.", "fight"),  # a jet is no weapon here
        ("The senator engaged the crowd for an hour.", "engaged"),  # a crowd is people
        ("The gunman dropped his gun and ran.", "dropped"),  # his own weapon laid down
        ("The ruling slapped us in the face.", "slapped"),  # a group has no one face
        ("The vote hit America in the face.", "hit"),  # nor has a country
        ("The governor unleashed withering attacks against Hayes in Ohio.", "attacks"),  # words
        ("He leads the nomination battle despite talk of torture.", "battle"),  # a vote contest
        ("The banker made a killing on bonds.", "killing"),  # an idiom: a profit
        ("He came of age during the Cold War.", "War"),  # a rivalry without fighting
        ("The mayor fired his police chief.", "fired"),  # a dismissal
        ("Rubio fired back at Christie.", "fired"),  # a reply
        ("Voters want an assault weapons ban.", "assault"),  # part of a weapon's name
        ("Rubio punched back at Trump.", "punched"),  # a reply
        ("Jeb Bush fired at Trump, Ted Cruz and Marco Rubio.", "fired"),  # names, no place
        ("Clinton slammed into Trump over trade.", "slammed"),  # a person: words
        ("Clinton criticised his plan on Monday. The attack came on a holiday.", "attack"),
        ("Spain struggles to form a government.", "struggles"),  # an effort towards an act
        ("Russia engaged in propaganda warfare against Ukraine.", "engaged"),  # propaganda
        ("China launched a trade war against Japan.", "war"),  # trade
        ("Thomas broke his silence two weeks after Scalia died.", "broke"),  # another clause
        ("She was sent to fight for the bill in the Senate.", "fight"),  # one envoy sent
        ("He was the target of a political campaign.", "target"),  # a campaign of words
        ("Hackers targeted the party's email servers.", "targeted"),  # cyber, not force
        ("The spies who struck the committee's computers were never named.", "struck"),
        ("The senator attacked the Democratic Party over taxes.", "attacked"),  # not armed
        ("The Jackson attack on the bill failed.", "attack"),  # a surname, not the city
        ("Clinton kept fighting in Iowa for every vote.", "fighting"),  # a doer's campaign
        ("Lawyers who served in the battle over the budget were tired.", "battle"),  # unarmed
        ("Johnson launched the War on Poverty.", "War"),  # a name, but a cause's
        ("The senator launched an attack on the bill.", "attack"),  # a person's light verb
        ("The battle continued in Iowa.", "battle"),  # going on is no occurrence
        ("The campaign has a huge war chest.", "war"),  # a modifier of money
        ("The general blamed the fog of war.", "war"),  # an idiom with "of"
        ("The drug war failed.", "war"),  # a modifier of a cause
        ("The mayor beat his rivals in the primary.", "beat"),  # no kin: a contest
        ("The senator keeps shooting himself in the foot.", "shooting"),  # an idiom
        ("A poll showed a wounded candidate.", "wounded"),  # no one counted: a figure
        ("Republicans found a new line of attack after the fatal crash.", "attack"),  # idiom
        ("The senator claimed responsibility for the attacks on Clinton.", "attacks"),
        # an armed body's noun with an adjective of politics is a figure
        ("The senator attacked the political army of the governor.", "attacked"),
        ("The governor's political army will fight the union.", "fight"),
        # a contest noun placed in a US state is the state's race (PolNeAR train)
        ("The fight in Ohio split the party.", "fight"),
        ("The senator faces a hard re-election battle in Ohio.", "battle"),
        ("Sanders gained ground amid the Calif. fight.", "fight"),
        # a definite attack with a place in its sentence, but no act of force: a doer named
        # and not armed, the idiom of a state, the cyber mode, a word that names no act
        ("The senator from Ohio shrugged off the attacks from his rivals.", "attacks"),
        ("Candidates in Ohio went on the attack.", "attack"),
        ("Officials in Ohio blamed Moscow for the digital assault.", "assault"),
        ("The likeliest target of the deal is the senator from Ohio.", "target"),
        ("Investigators identified Beijing as the likely perpetrator of the attacks.", "attacks"),
        ("Beijing denied any part in the attacks.", "attacks"),
        # a raid on money takes funds, with no force
        ("Lawmakers warned against another raid on the highway trust fund.", "raid"),
        ("Teachers fought the plan's raid on the state's pension funds.", "raid"),
        ("The senator fears more culture wars.", "wars"),  # counted, but a culture's
    ],
)
def test_general_signs_of_words_not_force(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Clinton beat Sanders in the polls.",
        "The two companies struck a deal on Monday.",
        "Trump attacked his record on trade.",
        "We must fight climate change together.",
        "Cruz took a shot at Trump in the debate.",
    ],
)
def test_words_contests_deals_and_causes_are_not_violence(text: str) -> None:
    record = communique.extract(text)
    assert not [e for e in record.events if e.type == "ASSAULT"], record.events


def test_an_attack_in_words_on_a_person_is_criticism() -> None:
    record = communique.extract("Trump attacked Machado in early-morning tweets.")
    assert [(e.type, e.cameo_code) for e in record.events] == [("ACCUSE", "111")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops attacked the village of Kalynivka on Monday.",
        "Gunmen killed five villagers in Borno.",
        "A police officer shot and killed Terence Crutcher in Tulsa.",
    ],
)
def test_force_with_evidence_is_assault(text: str) -> None:
    record = communique.extract(text)
    assault = [e for e in record.events if e.type == "ASSAULT"]
    assert len(assault) == 1 and "physical" in assault[0].reason


def test_a_count_over_a_period_is_a_statistic() -> None:
    record = communique.extract("Some 12,400 people were deported last year.")
    assert record.events == []


def test_force_words_share_an_object_and_a_place_makes_a_happening() -> None:
    nlp = load()
    shot = nlp("The gunman, who shot and wounded Senator John Smith, fled.")
    assert physical.reading(next(t for t in shot if t.text == "shot")) is not None
    killed = nlp("He was killed at a gun range in Texas.")
    assert physical.reading(next(t for t in killed if t.text == "killed")) is not None
    figure = nlp("His hopes were killed in the debate.")
    assert physical.reading(next(t for t in figure if t.text == "killed")) is None


def test_the_place_hit_stands_in_for_the_one_hit_but_shows_no_force() -> None:
    found = communique.extract(
        "Air strikes hit rebel positions in northern Aleppo overnight.", date="2016-09-08"
    ).events
    assert [(e.type, [p.code for p in e.recipient]) for e in found] == [("ASSAULT", ["SYR"])]
    assert communique.extract("The scandal hit voters in Aleppo.", date="2016-09-08").events == []


def test_a_building_where_a_bomb_went_off_names_the_one_hit() -> None:
    # the party a building's phrase names, or the known place of its own phrase, as the place
    # of the act does ("exploded in Aleppo"); the weapon shows the force
    found = communique.extract(
        "A truck bomb exploded outside the Turkish consulate.", date="2016-09-08"
    ).events
    assert [(e.type, [p.code for p in e.recipient]) for e in found] == [("ASSAULT", ["TUR"])]
    found = communique.extract(
        "A bomb exploded near a bus station in Aleppo.", date="2016-09-08"
    ).events
    assert [(e.type, [p.code for p in e.recipient]) for e in found] == [("ASSAULT", ["SYR"])]
    figure = "Tempers exploded outside the Turkish consulate."
    assert communique.extract(figure, date="2016-09-08").events == []


def test_a_thing_owned_by_an_armed_body_uses_no_force() -> None:
    found = communique.extract(
        "This decision by the army destroys the credibility of the courts.", date="2016-09-08"
    ).events
    assert "ASSAULT" not in {e.type for e in found}
    troops = communique.extract("Army troops destroyed the bridge.", date="2016-09-08").events
    assert "ASSAULT" in {e.type for e in troops} or "COERCE" in {e.type for e in troops}


@pytest.mark.parametrize(
    "text",
    [
        "Police reported 906 attacks against refugee homes.",  # counted in hundreds: a statistic
        "The general won the election and died in office.",  # who dies used no force
        "Officials met after the shootings.",  # an act of force with no party or target
        "Officials said gunmen killed 40 percent of the victims.",  # a share: a statistic
        "Smith hopes to overtake the invincible force that is his rival.",  # "force": no army
        "Jones attacked the head of the agency on Monday.",  # an office, not a body part
        "Nobody has ever hit my hands, the candidate joked.",  # a figure
    ],
)
def test_statistics_deaths_and_bare_mentions_are_no_assault(text: str) -> None:
    found = communique.extract(text, date="2016-09-08").events
    assert "ASSAULT" not in {e.type for e in found if e.modality in ("asserted", "reported")}


@pytest.mark.parametrize(
    "text",
    [
        "Army Captain John Ward spoke at the rally on Monday. Ward battled the party's leaders.",
        "Army Captain John Ward spoke at the rally on Monday. He battled the party's leaders.",
    ],
)
def test_a_persons_armed_title_is_no_armed_body(text: str) -> None:
    """A person with an armed title who "battles" the party's leaders fights in words."""
    found = communique.extract(text, date="2016-09-08").events
    assert "ASSAULT" not in {e.type for e in found}
    body = communique.extract("The militants battled the party's leaders.", date="2016-09-08")
    assert "ASSAULT" in {e.type for e in body.events}


def test_an_insurgent_candidate_is_no_armed_body() -> None:
    """Campaign news calls a challenger to a party's favourite "an insurgent", as it calls a
    dissenter "a rebel"; insurgents in numbers are still armed."""
    text = "An insurgent defeated a party favorite in the primary."
    found = communique.extract(text, date="2016-02-10").events
    assert "ASSAULT" not in {e.type for e in found}
    armed = communique.extract("Insurgents attacked the base on Monday.", date="2016-02-10")
    assert "ASSAULT" in {e.type for e in armed.events}


def test_a_person_the_parser_took_for_a_place_is_attacked_in_words() -> None:
    """The parser tags a surname that is also a city as a place; the actor layer knows the
    person, so "attacks against Houston" are a rival's words."""
    text = (
        "Senator Mary Houston spoke first. Governor Ben Reed unleashed sharp attacks against "
        "Houston in the debate."
    )
    found = communique.extract(text, date="2016-09-08").events
    assert "ASSAULT" not in {e.type for e in found}
    city = communique.extract("Rebels unleashed attacks against Aleppo on Monday.").events
    assert "ASSAULT" in {e.type for e in city}


def test_precision_and_recall_of_physical_on_the_third_set() -> None:
    rows = _rows(DEV2_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 100 and labels.count("1") >= 30
    precision, recall = _scores(rows)
    assert precision >= DEV2_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV2_RECALL_FLOOR, (precision, recall)


def test_precision_and_recall_of_physical_on_the_fourth_set() -> None:
    rows = _rows(DEV3_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 100 and labels.count("1") >= 30
    assert len({r["article"] for r in rows}) == len(rows)  # one sentence per article
    precision, recall = _scores(rows)
    assert precision >= DEV3_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV3_RECALL_FLOOR, (precision, recall)


def test_precision_and_recall_of_physical_on_the_fifth_set() -> None:
    rows = _rows(DEV4_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 110 and labels.count("1") >= 30
    assert max(Counter(r["article"] for r in rows).values()) <= 3  # three per article at most
    precision, recall = _scores(rows)
    assert precision >= DEV4_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV4_RECALL_FLOOR, (precision, recall)


def test_precision_and_recall_of_physical_on_the_sixth_set() -> None:
    rows = _rows(DEV5_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 120 and labels.count("1") >= 40
    assert max(Counter(r["article"] for r in rows).values()) <= 2  # two per article at most
    sets = (DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA)
    older = {r["article"] for d in sets for r in _rows(d)}
    for row in rows:  # articles no older set drew from (names are cut to their first letters)
        assert not any(row["article"].startswith(o) or o.startswith(row["article"]) for o in older)
    precision, recall = _scores(rows)
    assert precision >= DEV5_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV5_RECALL_FLOOR, (precision, recall)


def test_precision_and_recall_of_physical_on_the_seventh_set() -> None:
    rows = _rows(DEV6_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 100 and labels.count("1") >= 40
    assert max(Counter(r["article"] for r in rows).values()) <= 4  # four per article at most
    sets = (DATA, DEV_DATA, DEV2_DATA, DEV3_DATA, DEV4_DATA, DEV5_DATA)
    older = {r["article"] for d in sets for r in _rows(d)}
    for row in rows:  # articles no older set drew from (names are cut to their first letters)
        assert not any(row["article"].startswith(o) or o.startswith(row["article"]) for o in older)
    precision, recall = _scores(rows)
    assert precision >= DEV6_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV6_RECALL_FLOOR, (precision, recall)


@pytest.mark.parametrize(
    ("data", "precision_floor", "recall_floor", "least_physical", "most_per_article"),
    [
        (DEV7_DATA, DEV7_PRECISION_FLOOR, DEV7_RECALL_FLOOR, 60, 2),  # the eighth set
        (DEV8_DATA, DEV8_PRECISION_FLOOR, DEV8_RECALL_FLOOR, 60, 2),  # the ninth set
        (DEV9_DATA, DEV9_PRECISION_FLOOR, DEV9_RECALL_FLOOR, 45, 3),  # the tenth set
    ],
    ids=["eighth", "ninth", "tenth"],
)
def test_precision_and_recall_of_physical_on_the_later_sets(
    data, precision_floor: float, recall_floor: float, least_physical: int, most_per_article: int
) -> None:
    rows = _rows(data)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 150 and labels.count("1") >= least_physical
    assert max(Counter(r["article"] for r in rows).values()) <= most_per_article
    measured = {r["article"] for r in _rows(DATA)}
    for row in rows:  # none of the measured set's articles (names cut to their first letters)
        name = row["article"]
        assert not any(name.startswith(m) or m.startswith(name) for m in measured)
    precision, recall = _scores(rows)
    assert precision >= precision_floor, (precision, recall)
    assert recall >= recall_floor, (precision, recall)


USER_ACTORS = (
    "- name: Zorgon Front\n  kind: organisation\n  sector: REB\n"
    "- name: Ahmed Lahore\n  country: PAK\n  sector: LEG\n  office: senator\n"
    "  since: 2010-01-01\n"
)


def test_the_pipelines_actor_dictionary_decides_armed_bodies_and_cities(tmp_path: Path) -> None:
    """A user's actor file reaches the coder's own look-ups: a group it codes as rebels is
    an armed body, and a city's name it knows as a person's surname is no place."""
    from communique.actors.tables import ActorDictionary
    from communique.events.settings import DICTIONARY
    from communique.pipeline import Extractor

    mine = tmp_path / "mine.yaml"
    mine.write_text(USER_ACTORS, encoding="utf-8")
    user = ActorDictionary.default().extended(mine)
    nlp = load()
    armed = nlp("The senator attacked the Zorgon Front.")
    city = nlp("Officials studied the Lahore attack for weeks.")
    assert physical.reading(armed[2]) is None
    assert physical.reading(city[4]) is not None
    with DICTIONARY.using(user):
        assert physical.reading(armed[2]) is not None
        assert physical.reading(city[4]) is None
    # Through the pipeline: the events stage codes with the dictionary of the actor stage.
    text = "The senator attacked the Zorgon Front on Monday."
    assert "ASSAULT" not in {e.type for e in communique.extract(text).events}
    assert "ASSAULT" in {e.type for e in Extractor(actors_file=mine).extract(text).events}


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("A man blew himself up outside a concert hall in Vienna.", True),  # a suicide bombing
        ("A bomber blew himself up at a checkpoint on Monday.", True),
        ("The senator blew himself up with that remark.", False),  # no place: a figure
        ("The farmer killed himself on his land.", False),  # a suicide, no one else
    ],
)
def test_blowing_oneself_up_somewhere_is_a_suicide_bombing(text: str, assault: bool) -> None:
    events = communique.extract(text).events
    assert ("ASSAULT" in {e.type for e in events}) is assault, events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a light verb's place phrase is the war's place
        ("He warned against waging an endless war in Syria.", "war"),
        # "a number of people": the quantity noun's "of" phrase is who is harmed
        ("He could kill a number of people.", "kill"),
        ("His uncle was killed last year.", "killed"),  # a kin noun names a person
        ("Children were beaten, chained, attacked or sexually abused.", "attacked"),
        ("The reporter was physically attacked outside the hall.", "attacked"),
        ("Officials saw the Taliban behind this attack.", "attack"),  # an armed group's setting
        ("A three-decades-long war left the country poor.", "war"),  # time, not a kind of war
        ("The war between 1998 and 2000 ended badly.", "war"),
        ("He will take our troops overseas to fight more wars.", "fight"),  # object control
        ("He refused to fight in the Vietnam War.", "fight"),  # fighting in a named war
        ("He called for attacks on ISIS oil fields.", "attacks"),  # a thing of an armed group
        ("There was a mortar attack on the annex.", "attack"),  # CAMEO's MORTAR ATTACK
        ("They prepared for their fifth war with Israel.", "war"),  # a war with a state
        ("He was charged with assault after the rally.", "assault"),  # the crime of force
        ("The assault allegations facing the manager grew.", "assault"),
        ("She saw the 2001 attacks on our nation.", "attacks"),  # named by its date
        # a definite act noun with nothing of its own that dates another happening
        ("Two days after the attacks, the senator changed his tone.", "attacks"),
        ("The mayor has not spoken since that attack.", "attack"),
        ("In the wake of the attacks, the city closed its schools.", "attacks"),
        # PLOVER's riot mode is violent by definition
        ("Street riots broke out after the verdict.", "riots"),
        ("The city was quiet after days of rioting.", "rioting"),
        ("Crowds rioted in the capital.", "rioted"),
        # a noun of force that is no event noun still names force
        ("The confession was obtained through torture.", "torture"),
        ("Neighbours heard gunfire late at night.", "gunfire"),
        # "assault" done to a person is bodily
        ("Witnesses said he assaulted two reporters.", "assaulted"),
        ("She said the guard assaulted her.", "assaulted"),
        # aimed at a thing that stands in a named place
        ("The senator defended her response to the attack on the mission in Benghazi.", "attack"),
        ("Historians warn about a new world war.", "war"),  # "new" orders, as "next" does
        # a noun of armed conflict classifies the noun it modifies
        ("The town took in hundreds of war refugees last year.", "war"),
        ("The general briefed senators on the war strategy.", "war"),
        ("She is a combat veteran who now runs a bakery.", "combat"),
        ("The president ruled out sending combat troops.", "combat"),
        # a bare verb after "go" is its purpose, as a "to" infinitive is
        ("No one wants to send our young soldiers abroad to go fight.", "fight"),
        ("They sent volunteers to go and fight in the mountains.", "fight"),
        # a country's name or demonym names where or by whom a war is fought
        ("Refugees fled the Sudanese civil war on foot.", "war"),
        ("The Iraqi and Afghan wars cost trillions.", "wars"),
        ("She opposed the Yemeni war.", "war"),
        # an adjective of size or length grades a war, as a number does
        ("The minister warned that a major war could come.", "war"),
        ("Nobody wants a long war.", "war"),
        # a quantity noun counts the people of its "of" phrase
        ("Dozens of people were injured when the stands collapsed.", "injured"),
        ("Scores of villagers were wounded overnight.", "wounded"),
        # a country's people placed by their own "in" phrase
        ("The report on the attack on Germans in Istanbul came out.", "attack"),
        # a participle of killing before the noun of a person says the person was killed
        ("Crowds mourned the murdered journalist.", "murdered"),
        ("The widow of a slain police officer spoke first.", "slain"),
        # so does a participle of CAMEO's other verbs of force on a body
        ("The families of the kidnapped girls met the minister.", "kidnapped"),
        ("Lawyers for the tortured prisoners filed a complaint.", "tortured"),
        ("The rebels paraded the captured soldiers on television.", "captured"),
        ("Relatives of abducted children marched in the capital.", "abducted"),
        # "at war" is a state of armed conflict; its "with" phrase names the other side
        ("The kingdom was at war with its neighbours for a decade.", "war"),
        ("Both tribes were at war with the settlers.", "war"),
        ("The old empire was at war with the Persians.", "war"),
        # a relative pronoun subject stands for the noun its clause modifies
        ("It was named for the general who beat the invaders.", "beat"),
        ("Rome honoured the commander who beat the Gauls.", "beat"),
        # "the" with a participle of harm and no noun names the people harmed
        ("Doctors treated the wounded through the night.", "wounded"),
        # the "at" phrase of a verb of firing is what is fired on
        ("The man shot at masses of people.", "shot"),
        ("The man shot at two journalists.", "shot"),
        # with no object, the subject controls the infinitive: the armed body is who fights
        ("The troops want to fight tonight.", "fight"),
        ("The rebels were eager to attack.", "attack"),  # through an adjective's copula
        ("The soldiers who want to fight came home.", "fight"),  # a relative clause's noun
        ("The soldiers were ordered to fight.", "fight"),  # a passive subject, the orderer's object
        # a bound prefix and a hyphen make an adjective of "war", which keeps its sense
        ("The anti-war crowd cheered the speech.", "war"),
        ("Veterans joined the anti-war protesters.", "war"),
        # an evaluative adjective grades a war, as a degree adjective does
        ("Nobody wanted an unnecessary war.", "war"),
        ("The region suffered a devastating war.", "war"),
        # states described by a common noun are parties force is used on, as named ones are
        ("Russia attacked the Baltic states.", "attacked"),
        ("The army attacked neighbouring countries.", "attacked"),
    ],
)
def test_more_general_signs_of_physical_force(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sanders is waging a fight in Ohio.", "fight"),  # a campaign's fight
        ("The mayor urged the police to fight crime.", "fight"),  # aimed at a cause
        ("His uncle's plan was killed in committee.", "killed"),  # a plan, not the uncle
        ("She beat her rival and was sexually harassed online.", "beat"),  # another act
        ("Critics say the trade war between 2018 and 2019 hurt farmers.", "war"),
        ("He refused to fight in the culture war.", "fight"),
        ("He would not start his war with Mexico over trade.", "war"),  # a person's quarrel
        ("She recalled the 2016 attacks on Clinton.", "attacks"),  # at a person: words
        ("He was accused of an assault on the truth.", "assault"),  # aimed at a thing of words
        ("After the attacks on his record, the senator changed his tone.", "attacks"),  # aimed
        ("After the debate attacks, Rubio fell in the polls.", "attacks"),  # a modifier of its own
        ("After the fight, the two senators shook hands.", "fight"),  # a struggle's noun
        ("Officers in riot gear watched the march.", "riot"),  # a modifier of a thing
        ("Critics said the ad assaulted the truth.", "assaulted"),  # a thing, not a person
        ("He repeated his attacks on the plan in Iowa.", "attacks"),  # a speaker's own attacks
        ("His uncle died of a heart attack in Ohio.", "attack"),  # an illness
        ("The senator built a large war chest before the primary.", "war"),  # a fund
        ("The campaign war room stayed open all night.", "war"),  # an office
        ("The trade war tariffs hurt farmers.", "war"),  # a war of another kind
        ("Parents of sick children live with combat-level stress.", "combat"),  # a degree
        # a word that is also a verb, opening a coordinated or infinitive clause, is the verb
        ("He wants to end racial profiling, combat police misconduct and close prisons.", "combat"),
        ("The candidate vowed to cut taxes and combat voter fraud.", "combat"),
        ("The governor was sent to go fight for the budget.", "fight"),  # one envoy
        ("The Republican civil war split the caucus.", "war"),  # a party is no country
        ("The American drug war failed.", "war"),  # a cause's war, whatever its country
        ("She is in a long war with the press.", "war"),  # a party of words
        ("They fear a major trade war.", "war"),  # a war of another kind
        ("Dozens of people were impressed by the speech.", "impressed"),  # no harm
        ("He mourned his murdered career.", "murdered"),  # a thing: a figure
        ("The book traces their tortured relationship.", "tortured"),
        ("The firm sold its captured market share.", "captured"),
        ("The senator has been at war with Trump for months.", "war"),  # a person: a figure
        ("The party is at war with itself.", "war"),
        ("He denied that the West is at war with Christianity.", "war"),  # a faith
        ("The candidate shot back at his critics.", "shot"),  # a reply
        ("The poll showed the wounded pride of voters.", "wounded"),  # a modifier of a thing
        # a relative clause with its own subject fires the noun it modifies: a dismissal
        ("Lawyers spoke for an Army reserve major who the chairman fired in June.", "fired"),
        ("The senator is ready to attack his rival.", "attack"),  # the controller is unarmed
        ("The police want to fight crime.", "fight"),  # armed, but aimed at a cause
        ("The senator was asked to fight for the bill.", "fight"),  # an unarmed passive subject
        # troops that surround show power (CAMEO '- TROOP * [150] # SURROUND'), no assault
        ("The troops had to surround the senator after the speech.", "surround"),
        ("The trade-war tariffs hurt farmers.", "war"),  # a free word before the hyphen
        ("She fought a brutal war of words.", "war"),  # graded, but a war of words
        ("It was a disastrous trade war.", "war"),  # graded, but a trade's war
    ],
)
def test_more_general_signs_of_words_not_force(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Veterans of the Korean War met in Seoul.", "War"),  # a demonym in a war's name
        ("The law dates from the Civil War.", "War"),  # a kind of armed conflict in its name
        ("The country slid into civil war.", "war"),  # a kind of war that is one of arms
        ("He feared a naval war in the gulf.", "war"),
        ("They fought in the last world war.", "war"),  # order, not kind
        ("It was the end of the war.", "war"),  # a determiner after "of": one war
        ("Officials counted the terrorist strikes of the spring.", "strikes"),  # not a walkout
        ("The military strikes went on.", "strikes"),
        ("He was accused of beating his ex-wife.", "beating"),  # the head of "ex-wife"
        ("Reporters asked about the attack on the diplomatic compound.", "attack"),  # a building
        ("They recalled the bombing of the Marine barracks.", "bombing"),
        ("Nobody forgot the attack on the synagogue.", "attack"),
        ("The convoy came under attack on the road.", "attack"),  # "under": aimed at the convoy
        ("Officials discussed the Mali attack.", "attack"),  # a country the model took for a person
        ("Towns that were hit by gun violence mourned.", "hit"),  # violence as the doer
        ("The ground battle lasted for weeks.", "battle"),  # an act of ground forces
        # a plural pronoun stands for the armed body its sentence named before it
        ("Officials underrated the Taliban, and the strategy to fight them failed.", "fight"),
    ],
)
def test_signs_of_force_from_the_sixth_set(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It was the fog of war.", "war"),  # the kind, after "of" with no determiner
        ("The Republican civil war goes on.", "war"),  # a party's quarrel
        ("The Cold War shaped a generation.", "War"),  # not fought with arms
        ("Workers held strikes in Detroit.", "strikes"),  # walkouts
        ("He beat his ex-boss in the primary.", "beat"),  # no kin
        ("Our freedom is under attack from terrorism.", "attack"),  # a thing of the mind
        ("The towns were targeted for new voter registration.", "targeted"),  # chosen for
        ("Towns that were hit by layoffs mourned.", "hit"),  # no violence
        ("Voters who were hit by the recession stayed home.", "hit"),
        ("He criticized the Democrats and vowed to fight them.", "fight"),  # a party
    ],
)
def test_words_not_force_from_the_sixth_set(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # act nouns of CAMEO's verbs of force that the lexicon lacked (events.yaml, nouns)
        ("Jets carried out airstrikes on the port.", "airstrikes"),
        ("Survivors of the massacre at the school met the mayor.", "massacre"),
        ("Protesters were hurt in clashes with the police.", "clashes"),
        # an armed group's name the small model tags a common noun, as the act's object
        ("The coalition vowed to destroy ISIS.", "destroy"),
        # a projectile as the doer or means (CAMEO's '- MORTAR * [193] # FIRE', '- SHELLS *')
        ("Mortars struck the market.", "struck"),
        ("The market was hit by shells.", "hit"),
        # a reduced relative of killing placed in a place's building or in an act of force
        ("The father of a first-grader killed at a Connecticut school spoke.", "killed"),
        ("Relatives of the officers killed in the shooting met him.", "killed"),
        # an act noun's "by" phrase names its doer: an armed body, as the coder's actor
        ("The assault by soldiers lasted an hour.", "assault"),
        ("The attack by troops surprised officials.", "attack"),
        # a passive infinitive's understood subject is the one acted on
        ("The Islamic State group needs to be destroyed, the senator said.", "destroyed"),
        # a noun joined by "and" to a plural is one of many sent
        ("No president wants to send our youth and citizens abroad to go fight.", "fight"),
        # a bare gerund as a subject is the act's noun, as "the shooting" is
        ("Twenty minutes later shooting began.", "shooting"),
        ("Minutes later, shooting broke out near the school.", "shooting"),
        # a stretch, the start or a captive of one war
        ("He led the country through eight years of war.", "war"),
        ("The eruption of war in the capital alarmed the allies.", "war"),
        ("The outbreak of war closed the border.", "war"),
        ("He met an American prisoner of war.", "war"),
        # an adjective graded by "very" judges the war; it names no kind
        ("We are fighting a very politically correct war.", "fighting"),
        ("They fear a very costly war.", "war"),
        # a participle clause placing the war or naming whom it harms
        ("Nobody wins the devastating wars ravaging the Arab nations.", "wars"),
        ("The war spreading across Syria alarmed Europe.", "war"),
    ],
)
def test_signs_of_force_from_polnear_train(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The clash between the two rivals drew viewers.", "clash"),  # no force shown
        ("Voters watched the clashes between the candidates.", "clashes"),
        ("His campaign shelled out millions for ads.", "shelled"),  # the verb is no projectile
        ("Fans of the team killed in the polls met him.", "killed"),  # no place, no act
        ("The attack by the senator surprised officials.", "attack"),  # a person's words
        ("The bill needs to be killed.", "killed"),  # a thing acted on
        ("Clinton needs to be defeated in Ohio.", "defeated"),  # a person, in a contest
        ("She sent her aide and a lawyer to go fight for the bill.", "fight"),  # two envoys
        ("Voting began on Monday.", "Voting"),  # a bare gerund of no force
        ("Fighting crime is hard.", "Fighting"),  # a gerund with an object: a cause's verb
        ("They survived years of war on drugs.", "war"),  # a cause's war
        ("It was the fog of war.", "war"),  # the kind: a figure of war in general
        ("Decades of culture war divided the party.", "war"),  # a war of another kind
        ("It was a very bitter trade war.", "war"),  # graded, but a trade's war
        ("The trade war hurting farmers angered voters.", "war"),  # a trade's war
        ("The war costing jobs worried them.", "war"),  # harms no place or people
    ],
)
def test_words_not_force_from_polnear_train(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    "text",
    [
        "The disease killed 500 villagers in the region.",
        "A hurricane killed 40 villagers on the coast.",
        "Cholera killed five children in the camp.",
        "The famine killed thousands of farmers in the north.",
        # a coordinated verb shares the first one's subject: the storm killed
        "The storm flooded the valley and killed 40 villagers.",
    ],
)
def test_deaths_from_disasters_and_diseases_are_no_act_of_force(text: str) -> None:
    """No one uses force (PLOVER's ASSAULT is a deliberate act; CAMEO's KILL block codes
    "- EARTHQUAKE *", "- VIRUS *", "- FLOOD *" as no event), so no ASSAULT is coded."""
    assert _read(text, "killed") is None
    assert "ASSAULT" not in {e.type for e in communique.extract(text).events}
    armed = communique.extract("Gunmen killed five villagers in the region.").events
    assert "ASSAULT" in {e.type for e in armed}


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("Russian strikes hit the town.", True),  # a state's demonym, done to a town
        ("Israeli strikes destroyed the bridge.", True),
        ("Russian attacks on the village continued.", True),
        ("French strikes hit the economy.", False),  # walkouts: no place, nothing struck
        ("French strikes against the pension reform went on.", False),
        # the parser hangs the noun's "on" phrase on the verb whose object the noun is
        ("Syria condemned the Russian strikes on the rebel-held town.", True),
        ("Syria condemned the Russian strikes on Monday.", False),
    ],
)
def test_a_strike_owned_by_a_state_and_aimed_at_a_place_is_force(text: str, assault: bool) -> None:
    word = "attacks" if "attacks" in text else "strikes"
    assert (_read(text, word) is not None) is assault
    assert ("ASSAULT" in {e.type for e in communique.extract(text).events}) is assault


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # to fight a bare war is to wage it (CAMEO '+WAGE_WAR', '- * WAR [190]')
        ("The senator will not send you to fight wars abroad.", "fight"),
        ("Their grandfathers fought a war together.", "fought"),
        # a capitalized "War" led by a country's demonym is a named war, whatever the tagger says
        ("Veterans of Truman's Korean War gathered in the square.", "War"),
        # a blow on a part of the body named in an "of" phrase
        ("She threw a lamp at the guard, hitting him in the back of the head.", "hitting"),
        # a killing of one's own body: force, though no event
        ("The prisoner killed himself in his cell.", "killed"),
    ],
)
def test_signs_of_force_from_the_seventh_set(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They vowed to fight the war on drugs.", "fight"),  # a cause's war
        ("He fought a war of words with the mayor.", "fought"),  # words
        ("Voters will fight a culture war.", "fight"),  # a cause's war
        ("The ad hit him in the back of the polls.", "hit"),  # no body part
        ("He joined the American War on Poverty.", "War"),  # a cause's name
        ("The senator is shooting himself in the foot.", "shooting"),  # an idiom
    ],
)
def test_words_not_force_from_the_seventh_set(text: str, word: str) -> None:
    assert _read(text, word) is None


def test_a_killing_of_oneself_is_force_but_no_assault() -> None:
    text = "The prisoner killed himself in his cell."
    assert "ASSAULT" not in {e.type for e in communique.extract(text).events}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a coordinated verb with no subject of its own shares the first verb's
        ("The gunman shot and killed the teenager.", "killed"),
        ("The troops stormed the village and burned the houses.", "burned"),
        # a bare gerund in the "of" phrase of a noun is the act's noun, as "the killing" is
        ("The army did plenty of killing.", "killing"),
        # the noun an adjective describes controls the adjective's infinitive
        ("Soldiers ready to fight were sent.", "fight"),
        ("Militants eager to strike gathered in the hills.", "strike"),
    ],
)
def test_signs_of_force_from_the_grammar_of_the_clause(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator mocked and attacked his rival.", "attacked"),  # an unarmed shared subject
        ("The storm flooded the valley and killed 40 villagers.", "killed"),  # nature's doing
        ("He was accused of killing.", "killing"),  # the "of" phrase of a verb: a clause
        ("A senator eager to attack his rival spoke.", "attack"),  # an unarmed noun controls
        ("Troops ready to fight the war on drugs were sent.", "fight"),  # aimed at a cause
    ],
)
def test_words_not_force_from_the_grammar_of_the_clause(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "physical_force"),
    [
        # one who attacks or shoots is the armed doer of that act (``armed_agents``)
        ("The attackers struck at dawn.", "struck", True),
        ("The shooters stormed the club.", "stormed", True),
        ("The attackers hit the party's servers.", "hit", False),  # the cyber mode
    ],
)
def test_the_agent_noun_of_an_act_of_force_is_armed(
    text: str, word: str, physical_force: bool
) -> None:
    assert (_read(text, word) is not None) is physical_force


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an armed group's name the model splits into two entities is one name
        ("He said the Islamic State group needs to be destroyed.", "destroyed"),
        # the noun an adjective describes controls the gerund of the adjective's preposition
        ("The rebels are intent on attacking the Americans.", "attacking"),
        ("Troops capable of fighting were sent.", "fighting"),
        ("The troops were ready for fighting.", "fighting"),
        # a bare "-ing" form of force before a common noun of people
        ("My prayers are with the shooting victims and their families in Ohio.", "shooting"),
        # a war whose modifier names a kind of armed conflict, as a predicate or with a clause
        ("It was a proxy war.", "war"),
        ("They tried to end a border war that had lasted two years.", "war"),
        # the "by" agent of a light verb's passive performs the act its subject names
        ("The attack was carried out by rebels.", "attack"),
        ("It was an attack launched by the army.", "attack"),
        # an "-ism" word that names a thing, not a doctrine, is a thing of the armed body
        ("They hit ISIS mechanisms on Monday.", "hit"),
        ("Attacks on the Taliban's supply mechanism went on.", "Attacks"),
        # a noun of force before a common noun of people names what they suffered
        ("All rape victims should be believed, she said.", "rape"),
        ("Torture victims met the senator.", "Torture"),
    ],
)
def test_signs_of_force_from_names_modifiers_and_complements(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator was ready for fighting.", "fighting"),  # an unarmed controller
        ("The senator is intent on attacking his rival.", "attacking"),
        ("The rebels are intent on fighting corruption.", "fighting"),  # aimed at a cause
        ("He said the Democratic Party group needs to be destroyed.", "destroyed"),  # a party
        ("The job-killing TPP must be stopped.", "killing"),  # a thing, with its own object
        ("She is a shooting star.", "shooting"),  # no people
        ("The Republican civil war that split the caucus went on.", "war"),  # a party's
        ("It was a war of words.", "war"),  # no kind of arms
        # an armed body's doctrine or practice ("-ism") is a cause, not a thing of that body
        ("They are combating ISIS terrorism.", "combating"),
        ("He spoke of combating Islamic State terrorism.", "combating"),
        ("Strikes on ISIS extremism went on.", "Strikes"),
        ("The attack was launched by the senator.", "attack"),  # an unarmed agent
        ("He backed a rape kit law.", "rape"),  # the modifier of a thing
    ],
)
def test_words_not_force_from_names_modifiers_and_complements(text: str, word: str) -> None:
    assert _read(text, word) is None


def test_a_misread_city_is_a_place_only_as_big_as_the_actor_stage_asks() -> None:
    # "Benghazi" tagged ORG is a place by its size: the size the pipeline's actor stage is set to
    import spacy

    from communique.nlp import default_model_name

    text = "The Benghazi attack was discussed again."
    model = spacy.load(default_model_name())
    communique.add_pipes(model)
    assert [e.type for e in model(text)._.events] == ["ASSAULT"]
    model = spacy.load(default_model_name())
    communique.add_pipes(model, config={"communique_actors": {"city_population": 10**9}})
    assert [e.type for e in model(text)._.events] == []


def test_precision_and_recall_of_physical_on_the_eleventh_set() -> None:
    rows = _rows(DEV10_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 100 and labels.count("1") >= 30
    assert max(Counter(r["article"] for r in rows).values()) <= 2
    measured = {r["article"] for r in _rows(DATA)}
    for row in rows:  # none of the measured set's articles (names cut to their first letters)
        name = row["article"]
        assert not any(name.startswith(m) or m.startswith(name) for m in measured)
    precision, recall = _scores(rows)
    assert precision >= DEV10_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV10_RECALL_FLOOR, (precision, recall)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb of killing, dying or injury set "in" an act of force (CAMEO '- * IN ATTACK [190]
        # # WOUND', '- * (IN SHOOTOUT) [193:193] # KILL', '- * (IN CLASHES) [190:190] # DIE')
        ("Okafor was killed in a police shootout.", "killed"),
        ("She was badly wounded in a shooting at a mall.", "wounded"),
        ("The mayor was wounded in the attack.", "wounded"),
        ("Diaz was injured in the blast.", "injured"),
        ("Lopez, who was wounded during the raid, recovered.", "wounded"),
        ("Diaz was injured in the panic and the explosion.", "injured"),  # a joined act
        # a noun of a human being not in CAMEO's people sets is one who can be harmed
        ("The boy was shot on Friday.", "shot"),
        ("Protesters punched his supporters.", "punched"),
        ("The teenagers were stabbed near the school.", "stabbed"),
        # a noun of cruelty owned by an armed body (PLOVER manual: "police brutality")
        ("They marched against police brutality.", "brutality"),
        ("The militia's brutality was reported.", "brutality"),
        ("Civilians fled the Taliban's brutality.", "brutality"),  # an armed group's name
    ],
)
def test_signs_of_force_from_harm_in_an_act_people_and_brutality(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bill was killed in committee.", "killed"),  # no act of force
        ("Three men died in the blast.", "died"),  # who dies is no one the act's doer harmed
        ("He was wounded in the attacks on his record.", "wounded"),  # aimed at a thing
        ("Her campaign was wounded in the personal attacks.", "wounded"),  # in words
        ("The senator was wounded in the verbal attacks.", "wounded"),  # in words, of a person
        ("Her reputation, wounded in the attacks, recovered.", "wounded"),  # no one harmed
        ("The amendment died in the fight over the budget.", "died"),  # a fight is no setting
        ("The guys killed it on stage.", "killed"),  # a thing, no one harmed
        ("The brutality of the campaign shocked him.", "brutality"),  # no armed owner
        ("His brutality toward rivals is known.", "brutality"),  # a person's
    ],
)
def test_words_not_force_from_harm_in_an_act_people_and_brutality(text: str, word: str) -> None:
    assert _read(text, word) is None


def test_precision_and_recall_of_physical_on_the_twelfth_set() -> None:
    rows = _rows(DEV11_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 80 and labels.count("1") >= 20
    assert max(Counter(r["article"] for r in rows).values()) <= 2
    measured = {r["article"] for r in _rows(DATA)}
    for row in rows:  # none of the measured set's articles
        name = row["article"]
        assert not any(name.startswith(m) or m.startswith(name) for m in measured)
    precision, recall = _scores(rows)
    assert precision >= DEV11_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV11_RECALL_FLOOR, (precision, recall)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an agent noun of an act of force names that act as its doer's (``armed_agents``)
        ("Police are still looking for the shooter.", "shooter"),
        ("The attackers fled before dawn.", "attackers"),
        ("The assailant was a local man.", "assailant"),
        ("A witness described the gunman to reporters.", "gunman"),
        ("Officials named the suicide bomber on Monday.", "bomber"),
        ("Parkland shooter Ray Dunn appeared in court.", "shooter"),  # a title before a name
        ("The shooter's mother spoke to the press.", "shooter"),
        # a hostage is one seized and held by force (CAMEO '- * &HOSTAGE [181] # TAKE')
        ("The hostages were freed after ten days.", "hostages"),
        ("The hostage crisis lasted a year.", "hostage"),
        ("Pirates took the tourists hostage.", "hostage"),
        ("The journalists were held hostage for a month.", "hostage"),
        # a weapon of the PLOVER manual's crowd-control mode put to use, or the verb made of it
        ("Police fired tear gas at the protesters.", "gas"),
        ("Officers used pepper spray on the students.", "spray"),
        ("The police used water cannons against the crowd.", "cannons"),
        ("Police tear-gassed the protesters.", "gassed"),
        ("The woman was pepper-sprayed by a guard.", "sprayed"),
    ],
)
def test_signs_of_force_from_agent_nouns_hostages_and_crowd_control(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Voters say he is a straight shooter.", "shooter"),  # an idiom of character
        ("She wore a bomber jacket to the rally.", "bomber"),  # the modifier of a thing
        ("The jets shot down a bomber.", "bomber"),  # alone an aircraft, a weapon as a thing
        ("Attackers tried to break into the party's servers.", "Attackers"),  # cyber
        ("Skilled attackers would have found her email account.", "attackers"),  # cyber
        ("Democrats are holding the budget hostage.", "hostage"),  # a thing held: a figure
        ("The attacker drone crashed in the desert.", "attacker"),  # the modifier of a thing
        ("Farmers pepper-sprayed the crops to keep deer away.", "sprayed"),  # used on no people
        ("The governor is a hostage to his donors.", "hostage"),  # the idiom "hostage to"
        # a crowd-control weapon named as a thing
        ("Protesters shared tips on protecting themselves from tear gas.", "gas"),
        ("She carries pepper spray in her purse.", "spray"),
    ],
)
def test_words_not_force_from_agent_nouns_hostages_and_crowd_control(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kick is a blow of the PLOVER manual's beat mode ('fists, kicks, punches'), and a verb
        # coordinated with it shares its patient
        ("A student was beaten and kicked by the security staff.", "beaten"),
        ("A student was beaten and kicked by the security staff.", "kicked"),
        ("Witnesses saw a man kicking a woman on the sidewalk.", "kicking"),
        # destroying property (CAMEO 1712 VANDALIZE) and arson (CAMEO '- ARSON * [180]')
        ("The synagogue was hit by vandalism twice last month.", "vandalism"),
        ("Vandalism at the cemetery shocked the town.", "Vandalism"),
        ("Teenagers vandalized the mosque overnight.", "vandalized"),
        ("Investigators believe the fire was arson.", "arson"),
        ("Police arrested two men for arson.", "arson"),
    ],
)
def test_signs_of_force_from_kicks_vandalism_and_arson(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a particle makes "kick" another verb: begin, expel, contribute
        ("She kicked off her campaign in Iowa.", "kicked"),
        ("The party kicked him out after the vote.", "kicked"),
        ("Voters kicked the incumbent out of office.", "kicked"),
        ("Donors kicked in two million dollars.", "kicked"),
        ("The new rules kick in next year.", "kick"),
        ("Congress keeps kicking the can down the road.", "kicking"),  # no one harmed
    ],
)
def test_words_not_force_from_kicks_vandalism_and_arson(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    "text",
    [
        "The party kicked him out after the vote.",
        "The sponsors kicked the drivers off early.",
    ],
)
def test_a_particle_of_another_verb_names_no_force_on_a_person(text: str) -> None:
    # the person kicked out or off is expelled or dropped, not struck: the particle
    # (``no_force_particles``) makes another verb. The force word itself is checked: the
    # reading of these sentences finds no force with or without the particle list
    verb = next(t for t in load()(text) if t.text == "kicked")
    assert physical.force_word(verb) is None
    assert physical.force_word(next(t for t in load()("He kicked him.") if t.text == "kicked"))


def test_a_particle_of_kick_leaves_other_verbs_of_force_a_blow() -> None:
    # "kick out" is expelling, "punch out" still a blow: the particles of "kick" are its own
    punched = next(t for t in load()("A drunk man punched out the waiter.") if t.text == "punched")
    assert physical.force_word(punched) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # rape done to a person is sexual violence on a body (``bodily_readings``)
        ("The court heard that the coach raped her twice.", "raped"),
        ("Women who are raped deserve care.", "raped"),
        ("He was accused of raping a student.", "raping"),
    ],
)
def test_rape_done_to_a_person_is_read_as_force(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They let China rape our country.", "rape"),  # a country: a figure
        ("The developers raped the landscape.", "raped"),  # a thing: a figure
    ],
)
def test_rape_done_to_a_country_or_thing_is_no_force(text: str, word: str) -> None:
    assert _read(text, word) is None


def test_rape_read_as_force_is_not_coded_by_that_reading_alone() -> None:
    # the reading is the labelled sets' and the readers'; the coder keeps to its own evidence
    doc = load()("The coach raped her twice.")
    verb = next(t for t in doc if t.text == "raped")
    assert physical.reading(verb) is not None
    assert physical.evidence(verb, next(t for t in doc if t.text == "her"), []) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a "they" doer stands for the plural noun before it (``physical._pronoun_doer``)
        ("Nobody can identify the gunmen until they attack.", "attack"),
        ("The troops waited in the valley until they could fight.", "fight"),
        ("The soldiers said they would fight back.", "fight"),
    ],
)
def test_a_pronoun_doer_of_force_is_the_armed_body_it_stands_for(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senators hid their notes until they attacked the bill.", "attacked"),
        ("Voters like the candidates because they fight for them.", "fight"),
    ],
)
def test_a_pronoun_doer_that_stands_for_no_armed_body_names_no_force(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a possessive makes an act noun as definite as "the": the act of force just told
        ("The gunman opened fire, killing 49. During his attack, he sent texts.", "attack"),
        ("A gunman shot nine people at the church. Their attack was planned for weeks.", "attack"),
        # a definite act noun repeating an act read as force earlier in its own sentence
        ("Two women who accused him of sexual assault got calls after their assaults.", "assaults"),
        ("She accused him of physical assaults and said the assault went on for years.", "assault"),
        ("A violent attack on refugees was reported, and the attacks drew a protest.", "attacks"),
    ],
)
def test_a_definite_or_owned_act_noun_is_the_act_of_force_told(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Clinton criticised his plan on Monday. His attack came on a holiday.", "attack"),
        # aimed at a person or with a modifier of words: still words
        ("A gunman shot nine people. Trump renewed his attacks on the mayor.", "attacks"),
        ("A gunman shot nine people. His personal attacks went on.", "attacks"),
        # the same noun earlier in the sentence, but not read as force there
        ("After attacks on his plan, the senator said the attack was unfair.", "attack"),
    ],
)
def test_an_owned_act_noun_with_no_act_of_force_told_is_words(text: str, word: str) -> None:
    assert _read(text, word) is None


def test_an_owned_act_noun_read_as_force_is_not_coded_by_that_reading_alone() -> None:
    # the coder names the owner through its own resolution of mentions: read, not coded
    doc = load()("The gunman opened fire, killing 49. During his attack, he sent texts.")
    noun = next(t for t in doc if t.text == "attack")
    assert physical.reading(noun) is not None
    assert physical.noun_evidence(noun) is None


def test_precision_and_recall_of_physical_on_the_thirteenth_set() -> None:
    rows = _rows(DEV12_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 150 and labels.count("1") >= 80
    assert max(Counter(r["article"] for r in rows).values()) <= 3
    assert len({r["sentence"] for r in rows}) == len(rows)
    precision, recall = _scores(rows)
    assert precision >= DEV12_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV12_RECALL_FLOOR, (precision, recall)


def test_precision_and_recall_of_physical_on_the_fourteenth_set() -> None:
    rows = _rows(DEV13_DATA)
    labels = [r["physical"] for r in rows]
    assert len(rows) >= 150 and labels.count("1") >= 70
    assert max(Counter(r["article"] for r in rows).values()) <= 3
    assert len({r["sentence"] for r in rows}) == len(rows)
    precision, recall = _scores(rows)
    assert precision >= DEV13_PRECISION_FLOOR, (precision, recall)
    assert recall >= DEV13_RECALL_FLOOR, (precision, recall)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle of killing as a predicative complement describes the verb's object, or
        # its subject when passive
        ("Two monks were found slain in their cell.", "slain"),
        ("The hikers were found slain near the lake.", "slain"),
        # a crowd-control weapon's participle after its noun is done to that noun
        ("A woman pepper-sprayed at the rally was treated.", "pepper-sprayed"),
        # coordinated modifiers share their head: each names the war's country
        ("He advised the generals during the Afghan and Iraq wars.", "wars"),
        ("She covered the Afghan and Syria wars for the paper.", "wars"),
        # "execute" done to people is a killing (PLOVER manual: "executions")
        ("The junta executed two prisoners at dawn.", "executed"),
        ("The guards began executing hundreds of prisoners.", "executing"),
        ("The rebels demanded that the mayor be executed.", "executed"),
    ],
)
def test_signs_of_force_from_predicates_reduced_relatives_and_joined_modifiers(
    text: str, word: str
) -> None:
    doc = load()(text)
    found = re.search(r"\b" + re.escape(word) + r"\b", text)
    assert found is not None
    span = doc.char_span(*found.span(), alignment_mode="expand")
    assert span is not None
    assert physical.reading(span.root) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The plan was found killed in committee.", "killed"),  # a thing, no one harmed
        ("They wanted the bill killed.", "killed"),  # a thing
        ("This guy is going to get killed in the primary.", "killed"),  # an open clause
        ("She felt tortured all week.", "tortured"),  # no participle of killing
        ("The lawn pepper-sprayed by the gardener dried.", "pepper-sprayed"),  # no one
        ("He fought the trade and currency wars with China.", "wars"),  # words of trade
        ("The Iowa and New Hampshire battles are over.", "battles"),  # contests of states
        ("The staff executed the plan flawlessly.", "executed"),  # a plan carried out
        ("We need the ability to execute.", "execute"),  # nothing done to anyone
    ],
)
def test_words_not_force_from_predicates_reduced_relatives_and_joined_modifiers(
    text: str, word: str
) -> None:
    doc = load()(text)
    found = re.search(r"\b" + re.escape(word) + r"\b", text)
    assert found is not None
    span = doc.char_span(*found.span(), alignment_mode="expand")
    assert span is not None
    assert physical.reading(span.root) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "slaughter" is CAMEO's MASSACRE [202] verb, its noun the act, read with evidence
        ("The militia carried out the slaughter with machetes.", "slaughter"),
        ("The slaughter of villagers by the rebels shocked the world.", "slaughter"),
        ("The army's slaughter of civilians in the town was documented.", "slaughter"),
        # a city inside a headline's run of capitals tagged as one name
        ("Trump Addresses Munich Attack.", "Attack"),  # the run tagged ORG
        ("Europe Mourns After Munich Attack.", "Attack"),  # "Munich Attack" tagged PERSON
        ("Police Name Suspect In Munich Attack.", "Attack"),
        # a war on an armed body or a place stays one of arms
        ("The general led the war on ISIS for two years.", "war"),
        ("The allies widened the war against the Taliban.", "war"),
        ("The senator voted for the war on Monday.", "war"),  # "on" a day: when
        ("Rebels waged a guerrilla war against the regime in the north.", "war"),  # a kind of arms
        ("He urged war on the group that has seized towns in Syria and Iraq.", "war"),  # it acts
        # people who die are harm in the sentence
        ("The attack came as two soldiers died at the checkpoint.", "attack"),
        ("Officials studied the attack after the victims died.", "attack"),
    ],
)
def test_signs_of_force_from_slaughter_and_headline_cities(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The slaughter at the polls embarrassed the party.", "slaughter"),  # a defeat
        ("The slaughter of the incumbents in the primary shocked them.", "slaughter"),
        ("Anne-Marie Slaughter wrote a memo on the region.", "Slaughter"),  # a surname
        ("Louise Slaughter chaired the committee.", "Slaughter"),
        ("Clinton Wins Iowa Battle.", "Battle"),  # a state's contest, no city
        ("Sanders Wins Michigan Battle Over Trade.", "Battle"),
        # a war aimed at a cause is a campaign, wherever the parser hangs its "on" phrase
        ("Trump says he is losing the war on terrorism.", "war"),
        ("Critics say the mayor lost the war on poverty while killings rose.", "war"),
        # a thing that dies or is killed fails: no harm in the sentence
        ("The fight over the budget ended when the plan died in committee.", "fight"),
        ("The battle over taxes ended when the bill was killed in the Senate.", "battle"),
        ("The campaign attacks stopped after the proposal was killed.", "attacks"),
    ],
)
def test_words_not_force_from_slaughter_and_headline_cities(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a passive of force with no agent, said of people, at a named place
        ("We were attacked in downtown Manhattan.", "attacked"),
        ("The protesters were beaten in Tahrir Square.", "beaten"),
        ("Two aid workers were targeted in Kabul.", "targeted"),
        # "the group" refers back to the nearest named organisation, here an armed one
        ("ISIS took the city in June. The group attacked the mayor.", "attacked"),
        # a name that governs the description is not what it refers to: the Pentagon reports
        ("ISIS took the city in June. The Pentagon said the group attacked the mayor.", "attacked"),
        (
            "The president said ISIS, also known as ISIL, must be stopped, and vowed that the"
            " group will be destroyed.",
            "destroyed",
        ),
        # a pronoun victim or doer stands for the nearest agreeing mention before it
        ("Militants held the town. Villagers attacked them at dawn.", "attacked"),
        ("The gunman entered the club at 2 a.m. He attacked the patrons.", "attacked"),
        ("The soldier was patrolling the market. He was attacked.", "attacked"),
    ],
)
def test_signs_of_force_from_agentless_passives_and_referring_words(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She was attacked in the debate.", "attacked"),  # no named place
        ("He was attacked in Iowa for his vote.", "attacked"),  # a reason: words
        ("He was attacked in Iowa by his rivals.", "attacked"),  # an agent named
        ("Griffith was beaten in the Republican primary by Morris.", "beaten"),  # a contest
        ("The plan was attacked in Washington.", "attacked"),  # a thing, no body
        ("Migrants are being caught at the southern border.", "caught"),  # a seizure, no harm
        # the nearest organisation is no armed one; a group with a modifier is its own
        ("The Pentagon spoke on Monday. The group attacked the plan.", "attacked"),
        (
            "ISIS seized the city. Critics said the group of senators must be destroyed.",
            "destroyed",
        ),
        ("The Taliban seized the town. A group attacked the plan.", "attacked"),
        # the pronoun stands for one who bears no arms
        ("The senator spoke on Monday. He attacked the plan.", "attacked"),
        ("The senator spoke on Monday. Critics attacked him.", "attacked"),
        ("Sanders raised an army of donors. He is matching Clinton on ads.", "matching"),  # a body
        ("The police entered the town. He attacked the plan.", "attacked"),  # no one person
        ("The gunman fled the club. The reporter said she attacked the mayor's plan.", "attacked"),
        ("Democrats held the Senate for years. Voters attacked them at the polls.", "attacked"),
    ],
)
def test_words_not_force_from_agentless_passives_and_referring_words(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        # the subject of the sentence before is the preferred antecedent, not the nearest name
        ("Obama met Putin in Moscow on Monday. He praised the new road.", "He", "Obama"),
        ("The gunman shot the guard on Monday. He fled.", "He", "gunman"),
        # a gender the text tells rules a mention out
        ("The gunman fled the hall. The woman said he attacked the guards.", "he", "gunman"),
        ("The gunman fled the hall. Mrs. Wanjiru said he attacked the guards.", "he", "gunman"),
        # the speaker of a direct quotation is "I" in it: its "he" is someone else
        (
            'Mr. Kamau spoke about Mr. Otieno on Monday. "He should have resigned years ago,"'
            " Kamau said.",
            "He",
            "Otieno",
        ),
        # with no agreeing subject, the nearest agreeing mention
        ("The crowd cheered the soldier. He attacked the guards.", "He", "soldier"),
    ],
)
def test_a_persons_pronoun_stands_for_the_subject_before_it_of_its_gender(
    text: str, pronoun: str, meant: str
) -> None:
    doc = load()(text)
    found = physical.person_antecedent(next(t for t in doc if t.text == pronoun))
    assert found is not None and found.text == meant


def test_a_persons_gender_the_actor_tables_give_rules_a_mention_out() -> None:
    """The actor tables give the person's gender (the US Congress data: Elizabeth Warren is
    a woman); a "he" after her name means someone else."""
    doc = load()("The gunman fled the hall. Elizabeth Warren said he attacked the guards.")
    found = physical.person_antecedent(next(t for t in doc if t.text == "he"))
    assert found is not None and found.text == "gunman"


def _dated(text: str, date: str = "2015-06-01"):
    """The analysed Doc of ``text`` as an article of ``date`` (the actor tables by that day)."""
    nlp = load()
    doc = nlp.make_doc(text)
    doc._.communique_input = ArticleInput(Document(id="constructed", text=text), date=date)
    return nlp(doc)


def _antecedent(doc, pronoun: str) -> str | None:
    found = physical.person_antecedent(next(t for t in doc if t.text == pronoun))
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        # a surname the tables hold for one person in office on the day: Obama is a man
        ("Obama met Merkel in Berlin. She praised him.", "She", "Merkel"),
        ("Obama met Merkel in Berlin. She praised him.", "him", "Obama"),
        # a known gender only rules out: an agreeing subject of unknown gender still wins
        ("Karimov met Lindqvist in Oslo. She praised the new road.", "She", "Karimov"),
    ],
)
def test_a_surnames_gender_from_the_tables_rules_a_mention_out(
    text: str, pronoun: str, meant: str
) -> None:
    assert _antecedent(_dated(text), pronoun) == meant


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        # nouns of a lexical gender name one person
        ("The crowd cheered the queen on Monday. She waved.", "She", "queen"),
        ("The crowd cheered the policewoman on Monday. She waved.", "She", "policewoman"),
        ("The crowd cheered the fireman on Monday. He waved.", "He", "fireman"),
        # a compound's gendered head rules the noun out for the other gender
        ("The policewoman stopped the driver on Monday. He fled.", "He", "driver"),
        ("The crowd cheered the policewoman and the boy. He waved.", "He", "boy"),
    ],
)
def test_a_noun_of_lexical_gender_names_one_person_of_that_gender(
    text: str, pronoun: str, meant: str
) -> None:
    assert _antecedent(load()(text), pronoun) == meant


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("policewoman", "f"),
        ("chairwoman", "f"),
        ("gunman", "m"),
        ("policeman", "m"),
        ("queen", "f"),
        ("human", None),  # no compound of "man"
        ("german", None),
        ("shaman", None),
        ("woman", "f"),
        ("man", "m"),
    ],
)
def test_the_gender_a_noun_names(word: str, gender: str | None) -> None:
    from communique.actors.roles import default_roles

    assert default_roles().noun_gender(word) == gender


def test_a_full_name_after_a_surname_replaces_the_surnames_gender() -> None:
    # the headline's "Lynch" is the body's Loretta Lynch, not the one Lynch in Congress then
    doc = _dated(
        "Lynch Defends The Probe\n\nAttorney General Loretta Lynch spoke on Monday. She said"
        " the probe was fair.",
        "2016-02-08",
    )
    assert _antecedent(doc, "She") == "Lynch"


def test_a_surname_several_people_bear_on_the_day_tells_no_gender() -> None:
    # "Clinton" in 2016: no Clinton of the tables holds a role (Hillary Clinton left office in
    # 2013), so nothing rules her out of a "she"
    doc = _dated("Clinton met Sanders in Iowa. She praised the new road.", "2016-02-01")
    assert _antecedent(doc, "She") == "Clinton"


@pytest.mark.parametrize(
    ("text", "date", "meant"),
    [
        # no article date: the tables say nothing of a surname alone
        ("Obama met Jensen in Oslo. She praised the new road.", None, "Obama"),
        # a date when the surname's one gendered bearer held no role
        ("Obama met Jensen in Oslo. She praised the new road.", "1975-01-01", "Obama"),
    ],
)
def test_a_surname_outside_its_bearers_tenure_tells_no_gender(
    text: str, date: str | None, meant: str
) -> None:
    nlp = load()
    doc = nlp.make_doc(text)
    doc._.communique_input = ArticleInput(Document(id="constructed", text=text), date=date)
    assert _antecedent(nlp(doc), "She") == meant


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun of fighting in a sentence naming an armed body as a party of its own
        ("The troops were sent to the region, and the fight went on for years.", "fight"),
        ("The Islamic State lost ground as the battle went on.", "battle"),
        ("Officials said the soldiers had seen years of combat.", "combat"),
        ("The soldiers said the clash lasted for hours.", "clash"),
        # "beheading", the act of CAMEO's BEHEAD (the KILL block), names a killing
        ("The beheadings shocked the world.", "beheadings"),
        ("Videos of the beheading spread online.", "beheading"),
        # an act noun naming a definite site or scene: the place where it happened
        ("After the briefing, the minister walked to the attack site.", "attack"),
        ("Police sealed off the assault scene.", "assault"),
    ],
)
def test_signs_of_force_from_an_armed_setting_and_beheading(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army's generals debated the budget fight in Congress.", "fight"),  # a budget's
        ("The Taliban leaders said the fight over the nomination would be long.", "fight"),
        ("The soldiers watched the fight between the two candidates on television.", "fight"),
        ("The senator, a former soldier, said the nomination battle would be long.", "battle"),
        ("Veterans of the army said the battle against cancer was hard.", "battle"),  # a cause
        ("The general election fight will be fierce.", "fight"),  # "general" names no body
        ("A political army of volunteers joined the fight.", "fight"),  # a figure of an army
        ("The campaign built an attack site about its rival.", "attack"),  # a new web site
    ],
)
def test_words_not_force_beside_an_armed_body(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a crackdown on people who protest: repression by force (PLOVER's repression context)
        ("The revolt followed the government's crackdown on protesters.", "crackdown"),
        ("The regime ordered a crackdown on demonstrators in the capital.", "crackdown"),
    ],
)
def test_a_crackdown_on_protesters_is_read_as_force(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sanders backed a crackdown on big banks.", "crackdown"),  # a policy
        ("The governor promised a crackdown on illegal immigration.", "crackdown"),
    ],
)
def test_a_crackdown_on_anything_else_is_a_policy(text: str, word: str) -> None:
    assert _read(text, word) is None


def test_a_crackdown_on_protesters_is_not_coded_by_that_reading_alone() -> None:
    # the coder keeps CAMEO's 170 for the noun: the reading is the labelled sets' and readers'
    doc = load()("The revolt followed the government's crackdown on protesters.")
    noun = next(t for t in doc if t.text == "crackdown")
    assert physical.reading(noun) is not None
    assert physical.noun_evidence(noun) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # violence as the doer of a verb of force (CAMEO '- VIOLENCE * [180] # ERUPT')
        ("Neighbourhoods struck by violence asked for help.", "struck"),
        ("Biden spoke with outlets in towns that have been hit by recent gun violence.", "hit"),
    ],
)
def test_violence_as_the_doer_of_force_is_force(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator was hit by criticism over the vote.", "hit"),
        ("The debate was hit by verbal violence.", "hit"),  # a figure of words
    ],
)
def test_words_as_the_doer_of_a_verb_of_force_are_no_force(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a bare "-ing" form of force before a noun of a picture names the act it shows
        ("Militants released a beheading video.", "beheading"),
        ("The channel aired the beheading footage last night.", "beheading"),
    ],
)
def test_a_picture_of_an_act_of_force_names_it(text: str, word: str) -> None:
    assert _read(text, word) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He bought a shooting video game.", "shooting"),  # the picture noun modifies a game
        ("The campaign released a rising video.", "rising"),  # no act of force
    ],
)
def test_a_picture_of_no_act_of_force_names_none(text: str, word: str) -> None:
    assert _read(text, word) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        # an object pronoun is free in its clause: it is not who the clause's subject pronoun
        # stands for, however the subject before was preferred
        ("Obama met Putin in Moscow on Monday. He warned him about the road.", "him", "Putin"),
        ("The guard stopped the gunman at the door. He searched him.", "him", "gunman"),
    ],
)
def test_an_object_pronoun_is_not_its_clauses_subject(text: str, pronoun: str, meant: str) -> None:
    doc = load()(text)
    found = physical.person_antecedent(next(t for t in doc if t.text == pronoun))
    assert found is not None and found.text == meant


def test_every_weapon_mode_has_its_weapons() -> None:
    """The weapon modes' tables are named from the mode ("weapons_drone"), so no literal name
    shows a missing one to the test above: each must be there, with words, and be a mode the
    PLOVER manual gives ASSAULT."""
    from communique.events.ontology import is_mode

    for mode in physical.WEAPON_MODES:
        assert is_mode("ASSAULT", mode), mode
        table = "crowd_control" if mode == "crowd-control" else f"weapons_{mode}"
        assert physical_words.word_list(table), table


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # the machine that carries the bombs, not the bombs it drops
        ("Government helicopters dropped barrel bombs on the rebel town.", "aerial"),
        ("Separatist artillery shelled the port city overnight.", "heavy-weapons"),
        # what the doer is armed with
        ("Raiders armed with machetes killed nine farmers in the valley.", "primitive"),
        # what the act is done with
        ("Soldiers attacked the village with mortars and rockets.", "heavy-weapons"),
        ("Ukrainian drones hit a fuel depot in the Belgorod region.", "drone"),
        ("Insurgents detonated a car bomb at a checkpoint in the capital.", "explosives"),
        # a weapon of mass destruction is the mode, whatever carries it
        ("Government jets dropped mustard gas on two villages in the north.", "unconventional"),
    ],
)
def test_an_attack_takes_the_mode_of_its_weapon(text: str, mode: str) -> None:
    record = communique.extract(text)
    assault = [e for e in record.events if e.type == "ASSAULT"]
    assert [e.mode for e in assault] == [mode]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # a method the code names stands, whatever the weapon
        ("Gunmen kidnapped four engineers from a quarry near the river.", "abduct"),
        # the object of a verb of force is its target, not its weapon
        ("Rebels shot down an army helicopter over the mountains.", None),
        # a doer's modifier classifies people by work or taste, no weapon
        ("Angry mine workers attacked the police station in the town.", None),
        ("Drunken rock fans attacked the police outside the stadium.", None),
    ],
)
def test_a_method_or_a_target_gives_no_weapon_mode(text: str, mode: str | None) -> None:
    record = communique.extract(text)
    assault = [e for e in record.events if e.type == "ASSAULT"]
    assert [e.mode for e in assault] == [mode]


@pytest.mark.parametrize(
    ("text", "pronoun", "meant"),
    [
        # the actor layer looks further back than the sentence before: the same person here
        ("Karimov arrived in Oslo on Monday. The talks lasted for hours. He attacked the guard.",
         "He", "Karimov"),
        # the link made Karimov the "She" and Lindqvist the "him": a later "he" is Lindqvist
        ("Karimov met Lindqvist in Oslo. She praised him. Later he attacked the guard.",
         "he", "Lindqvist"),
    ],
)  # fmt: skip
def test_a_persons_pronoun_is_the_person_the_actor_layer_linked(
    text: str, pronoun: str, meant: str
) -> None:
    doc = load()(text)
    tok = next(t for t in doc if t.text == pronoun)
    actor = doc._.communique_actor_index.actor_for(tok)
    assert actor is not None and actor.name == meant
    assert _antecedent(doc, pronoun) == meant


def test_a_nouns_lexical_gender_keeps_the_actor_layers_pronoun_away() -> None:
    # "policewoman" tells a woman: the "He" two sentences on is nobody the text named
    doc = load()("The policewoman stopped the driver on Monday. The crowd cheered. He fled.")
    tok = next(t for t in doc if t.text == "He")
    assert doc._.communique_actor_index.actor_for(tok) is None
