"""Actors of the sample article, and link() on speakers, pronouns and odd spans."""

from __future__ import annotations

import re
from importlib import resources

import pytest

import communique
from communique import nlp
from communique.actors import ActorIndex, find_actors
from communique.schema import Actor


@pytest.fixture(scope="module")
def text() -> str:
    return resources.files("communique.samples").joinpath("munich_talks.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def doc(text: str):
    return nlp.load()(text)


@pytest.fixture()
def index(doc) -> ActorIndex:
    return find_actors(doc)


def span(doc, pattern: str, after: str = ""):
    """The token span of the first whole-word ``pattern`` after the text ``after``."""
    text = doc.text
    start = text.index(after) + len(after) if after else 0
    m = re.compile(r"\b" + re.escape(pattern) + r"\b").search(text, start)
    assert m is not None, pattern
    s = doc.char_span(m.start(), m.end())
    assert s is not None, pattern
    return s


def by_name(index: ActorIndex, name: str) -> Actor:
    found = [a for a in index.actors if a.name == name]
    assert len(found) == 1, (name, [a.name for a in index.actors])
    return found[0]


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def test_baerbock_is_one_german_government_actor(index: ActorIndex) -> None:
    a = by_name(index, "Annalena Baerbock")
    assert (a.kind, a.country, a.sector) == ("person", "DEU", "GOV")
    assert "demonym 'German'" in a.reason and "foreign minister" in a.reason
    for t in ("Annalena Baerbock", "Baerbock", "The German foreign minister"):
        assert t in texts(a)
    kinds = {m.text: m.kind for m in a.mentions}
    assert kinds["Annalena Baerbock"] == "name"
    assert kinds["Baerbock"] == "surname"
    assert kinds["The German foreign minister"] == "description"


def test_wang_yi_despite_wang_tagged_org(index: ActorIndex) -> None:
    a = by_name(index, "Wang Yi")
    assert (a.country, a.sector) == ("CHN", "GOV")
    ts = texts(a)
    assert "Wang Yi" in ts and "Minister Wang" in ts and "Wang" in ts
    assert {m.kind for m in a.mentions if m.text == "Minister Wang"} == {"title"}
    assert not any(x.name == "Wang" for x in index.actors)


def test_top_diplomat_links_to_wang(index: ActorIndex, doc) -> None:
    party = index.link(span(doc, "China's top diplomat"))
    wang = by_name(index, "Wang Yi")
    assert party is not None and party.actor == wang.id
    assert party.mention.kind == "description"
    assert "China's top diplomat" in texts(wang)


def test_pronouns(index: ActorIndex, doc) -> None:
    she = index.link(span(doc, "she", after='keep talking,"'))
    assert she is not None and she.name == "Annalena Baerbock" and she.mention.kind == "pronoun"
    he = index.link(span(doc, "he", after='attacking anyone,"'))
    assert he is not None and he.name == "Dmitry Peskov"
    he2 = index.link(span(doc, "He", after="undersea infrastructure."))
    assert he2 is not None and he2.name == "Jens Stoltenberg"
    she2 = index.link(span(doc, "She", after="will of its people"))
    assert she2 is not None and she2.name == "Annalena Baerbock"
    # the pronoun is now a mention of its actor, and actor_at finds it
    assert index.actor_at(*she.mention.span) is not None
    assert index.actor_at(*she.mention.span).name == "Annalena Baerbock"


def test_first_person_is_the_speaker_of_the_quote(index: ActorIndex, doc) -> None:
    baerbock = by_name(index, "Annalena Baerbock")
    me = index.link(span(doc, "me", after="Minister Wang told"), speaker_of_context=baerbock.id)
    assert me is not None and me.actor == baerbock.id
    # No speaker given: first person outside a quotation is the article's writer.
    writer = index.link(span(doc, "We", after=""))
    assert writer is not None and writer.name == "the author"
    assert writer.mention.kind == "pronoun"


def test_relative_pronoun_stands_for_its_noun() -> None:
    doc = nlp.load()("Charles Barkley, who said he votes for Democrats, likes Kasich.")
    index = find_actors(doc)
    who = doc[3:4]
    party = index.link(who)
    assert party is not None and party.name == "Charles Barkley"
    assert party.mention.text == "who" and party.mention.kind == "pronoun"


def test_other_actors(index: ActorIndex) -> None:
    peskov = by_name(index, "Dmitry Peskov")
    assert (peskov.country, peskov.sector) == ("RUS", "GOV")
    assert "Kremlin" in peskov.reason
    stoltenberg = by_name(index, "Jens Stoltenberg")
    assert stoltenberg.country == "IGO"  # the text (NATO) wins over the 2016 dictionary (NOR)
    vucic = by_name(index, "Aleksandar Vucic")
    assert (vucic.country, vucic.sector) == ("SRB", "GOV")
    assert "The Serbian president" in texts(vucic)
    office = next(a for a in index.actors if "Foreign Office" in a.name)
    assert (office.kind, office.country, office.sector) == ("organisation", "DEU", "GOV")
    serbia = by_name(index, "Serbia")
    assert (serbia.kind, serbia.country, serbia.sector) == ("country", "SRB", None)
    moscow = by_name(index, "Moscow")
    assert (moscow.country, moscow.sector) == ("RUS", "GOV")
    assert {m.kind for m in moscow.mentions} == {"metonym"}
    moldova = by_name(index, "Moldova")  # tagged ORG by the model
    assert moldova.country == "MDA"


def test_no_actor_for_titles_places_or_mislabels(index: ActorIndex) -> None:
    names = {a.name for a in index.actors}
    assert "Kremlin" not in names  # part of Peskov's title
    # NATO, named only in Stoltenberg's title, is an actor only as what "the alliance" after
    # it refers back to
    assert all("the alliance" in texts(a) for a in index.actors if a.name == "NATO")
    assert "Munich" not in names  # "in Munich" is a place
    assert "Nord Stream" not in names  # a pipeline tagged GPE


def test_ids_in_order_and_spans_are_evidence(index: ActorIndex, text: str) -> None:
    assert [a.id for a in index.actors] == [f"A{i}" for i in range(1, len(index.actors) + 1)]
    firsts = [a.mentions[0].span[0] for a in index.actors]
    assert firsts == sorted(firsts)
    for a in index.actors:
        for m in a.mentions:
            assert text[m.span[0] : m.span[1]] == m.text


def test_descriptions_that_speak_are_actors(doc) -> None:
    d = nlp.load()(doc.text + "\nA senior official said talks would go on. Sources said so too.")
    index = find_actors(d)
    n = len(index.actors)
    # the subject of a clause named by a role noun is an actor from the start
    p = index.link(span(d, "A senior official"))
    assert p is not None and p.actor is not None
    official = index.by_id(p.actor)
    assert official.country is None and official.kind == "person"
    q = index.link(span(d, "Sources"))
    assert q is not None and index.by_id(q.actor).kind == "group"
    r = index.link(span(d, "reporters"))
    assert r is not None and r.actor is None and r.name == "reporters"
    assert len(index.actors) == n  # linking found them; it made no new actor


def test_new_actors_from_link() -> None:
    d = nlp.load()("The talks will go on, according to a senior official close to the talks.")
    index = find_actors(d)
    n = len(index.actors)
    p = index.link(span(d, "a senior official"))
    assert p is not None and p.actor == f"A{n + 1}"
    assert index.by_id(p.actor).kind == "person"


def test_link_never_raises_on_odd_spans(index: ActorIndex, doc) -> None:
    odd = [doc[0:0], doc[3:4], doc[len(doc) - 1 : len(doc)], doc[:], next(iter(doc.sents))]
    odd += [s for s in doc.sents]
    odd += [doc[i : i + 1] for i in range(len(doc)) if doc[i].is_punct]
    for s in odd:
        index.link(s)  # must not raise
        index.link(s, role="addressee", speaker_of_context="nobody")
    assert index.link(doc[0:0]) is None
    comma = next(t for t in doc if t.text == ",")
    assert index.link(doc[comma.i : comma.i + 1]) is None
    other = nlp.load()("Someone else entirely.")
    assert index.link(other[0:2]) is None  # a span of another Doc
    assert index.actor_at(-5, -1) is None


def test_empty_doc() -> None:
    index = find_actors(nlp.load()(""))
    assert index.actors == []
    assert index.actor_at(0, 10) is None


def test_by_id_finds_actors_link_created(index: ActorIndex, doc) -> None:
    before = {a.id for a in index.actors}
    party = index.link(span(doc, "its forces"))
    assert party is not None and party.actor is not None
    assert party.actor not in before  # a new actor, made by link()
    assert index.by_id(party.actor).name == party.name
    wang = index.link(span(doc, "Minister Wang"))
    assert index.by_id(wang.actor).name == "Wang Yi"
    assert index.by_id(None) is None and index.by_id("A999") is None


def test_name_with_particles_is_one_person_not_a_place():
    # The small model ends the entity at "der" and tags "Leyen" as a place.
    rec = communique.extract("Ursula von der Leyen said the EU would help Ukraine.", id="vdl")
    names = {a.name: a for a in rec.actors}
    assert "Ursula von der Leyen" in names and names["Ursula von der Leyen"].country == "EUR"
    assert not any(a.name in ("Leyen", "Ursula von der") for a in rec.actors)


def test_office_holders_of_the_2020s_have_codes():
    rec = communique.extract(
        '"We need air defence," Dmytro Kuleba told Antony Blinken in Kyiv.',
        id="k",
        date="2022-05-01",
    )
    codes = {a.name: (a.country, a.sector) for a in rec.actors}
    assert codes["Antony Blinken"] == ("USA", "GOV") and codes["Dmytro Kuleba"] == ("UKR", "GOV")


def test_a_known_name_the_model_did_not_tag_is_still_a_person():
    # The small model tags "Zelenskyy" here as a common noun, with no entity.
    rec = communique.extract('"We will fight," Zelenskyy said.', id="z", date="2023-01-10")
    person = next(a for a in rec.actors if a.name == "Zelenskyy")
    assert person.kind == "person"
    # a surname alone never gives a country: no evidence, no code
    assert (person.country, person.sector, person.basis) == (None, None, None)
    rec = communique.extract(
        '"We will fight," Volodymyr Zelenskyy said. Zelenskyy spoke in Kyiv.',
        id="z2",
        date="2023-01-10",
    )
    person = next(a for a in rec.actors if a.name == "Volodymyr Zelenskyy")
    assert (person.country, person.sector, person.basis) == ("UKR", "GOV", "dictionary")
    assert "Zelenskyy" in [m.text for m in person.mentions]


def test_a_partys_members_named_by_its_plural_word_are_one_group_of_the_party() -> None:
    # "Democrats" as a demonym's plural is a people: the party's country and sector (PTY)
    rec = communique.extract(
        "Democrats said the plan would fail. Many Republicans said they would block it, "
        "and Republican senators met on Tuesday.",
        id="members",
        date="2016-05-10",
    )
    speakers = {q.speaker.name: q.speaker.actor for q in rec.quotes if q.speaker}
    actors = {a.id: a for a in rec.actors}
    democrats = actors[speakers["Democrats"]]
    assert (democrats.kind, democrats.country, democrats.sector) == ("group", "USA", "PTY")
    republicans = next(a for a in rec.actors if "Republicans" in [m.text for m in a.mentions])
    assert (republicans.country, republicans.sector) == ("USA", "PTY")
    assert "they" in [m.text for m in republicans.mentions]
    # a party word before a noun names the senators, not the members as a group
    assert "Republican senators" not in [m.text for m in republicans.mentions]
