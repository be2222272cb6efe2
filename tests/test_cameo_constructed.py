"""The constructed CAMEO-code sets: short wire-style sentences written for communique, one or
two for each CAMEO code and its main subcodes, coded with actor, recipient and PLOVER type the
way PLOVER's gold records are (docs/evaluation.md, "Constructed CAMEO-code sets"), and a
third set in the style of international wire reports, one or more sentences for every PLOVER
type and mode (docs/evaluation.md, "A third constructed set: wire style"), and a fourth in
the style of regional crime and politics news (docs/evaluation.md, "A fourth constructed set:
regional news"), and a fifth of international wire news on diplomacy, economy and security with
sentences beside it that must give no event (docs/evaluation.md, "A fifth constructed set: world
wire news"), and a sixth whose events sit in subordinate clauses, participle phrases,
appositives, nouns and passives, with sentences beside it that must give no event
(docs/evaluation.md, "A sixth constructed set: events in clauses, nouns and passives"), and a
seventh that tests parties, actors and recipients named as wire news names them
(docs/evaluation.md, "A seventh constructed set: parties"), and an eighth built around the
modes the PLOVER manual gives each type, with sentences beside it that must give no event
(docs/evaluation.md, "An eighth constructed set: modes"). The figures reached are floors, so
a later change cannot lose them silently; raise them when they rise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import communique
from communique.eval.plover import evaluate, read_gold
from communique.schema import HAPPENED

DATA = Path(__file__).parent / "data"
#: CAMEO 02-09 (appeals, intent, consultation, diplomatic and material cooperation, aid,
#: yielding, investigation); CAMEO 01, public statements, has no PLOVER type.
SET_02_09 = DATA / "cameo_constructed_01_09.jsonl"
#: CAMEO 10-20 (demands, disapproval, rejection, threats, protest, force posture, reduced
#: relations, coercion, assault, fighting, mass violence).
SET_10_20 = DATA / "cameo_constructed_10_20.jsonl"
#: Wire-style sentences for every PLOVER type and mode, labelled by PLOVER's manual rather
#: than by CAMEO code, with event nouns, passives, reported speech, negated, hypothetical and
#: intended acts beside the one that happened, figurative verbs and lists of actors.
SET_WIRE = DATA / "cameo_constructed_wire.jsonl"
#: Regional crime and politics news (courts, police, mayors and governors, elections, land and
#: water, kidnappings, strikes, cross-border incidents) for every PLOVER type and mode, with
#: statistics, released documents and figurative violence that are no event beside the one
#: that is, and actors whose country the text gives only by a place.
SET_REGIONAL = DATA / "cameo_constructed_regional.jsonl"
#: International wire news on diplomacy, economy and security across Asia, Africa, Latin
#: America, the Middle East and Europe, every PLOVER type ten to fifteen times, with verbs and
#: nouns past the lexicon's first entries, actors named by demonyms, capitals, ministries,
#: agencies, armed groups, companies and titled people, recipients after prepositions, in
#: passives and in lists.
SET_WORLD = DATA / "cameo_constructed_world.jsonl"
#: Sentences of the same style that must give no event that happened: statistics, forecasts,
#: sports, figures of speech, history told as background, and negated, hypothetical or
#: forecast acts (``unhappened`` names the act the sentence speaks of, if any).
SET_WORLD_NONE = DATA / "cameo_constructed_world_none.jsonl"
#: Wire sentences whose event is told where the other sets seldom put it: in a subordinate
#: clause ("..., days after troops shelled ..."), a participle phrase or an appositive, by a
#: noun with its parties in "of", "by", "against" and "with" phrases, in passives with and
#: without an agent, by actors named by descriptions (an office and a country, "the bloc",
#: "the kingdom", a capital, a ministry, a state company), and beside a second event that is
#: not the one labelled; every PLOVER type nine to twelve times.
SET_CLAUSES = DATA / "cameo_constructed_clauses.jsonl"
#: Sentences of that style that must give no event that happened: acts in conditional,
#: negated, forecast and purpose clauses, nouns of acts feared or expected, appositives and
#: descriptions that tell no act, statistics, sports and figures of speech.
SET_CLAUSES_NONE = DATA / "cameo_constructed_clauses_none.jsonl"
#: Wire sentences that test who the parties are: an office and a country ("the Thai foreign
#: minister"), a capital for its government, "the kingdom", "the bloc", "the alliance", juntas,
#: rebels, ministries, state companies, parties, international bodies by acronym and by
#: description ("the UN nuclear watchdog"), titled people, demonyms, lists of two parties,
#: recipients after to, with, against, on and from, and agents of passives; every PLOVER type
#: nine or ten times.
SET_PARTIES = DATA / "cameo_constructed_parties.jsonl"
#: Wire sentences written one or two for each mode the PLOVER manual lists for a type (AID
#: economic, military, humanitarian and asylum; RETREAT withdraw to resign; the shared modes
#: of REQUEST and REJECT; the contents of THREATEN; PROTEST demo to vandalize; SANCTION,
#: MOBILIZE and COERCE modes; every ASSAULT weapon and method), so that the ways of doing an
#: act the manual names, not only its commonest verb, are coded.
SET_MODES = DATA / "cameo_constructed_modes.jsonl"
#: Sentences of that style that must give no event that happened: negated, hypothetical,
#: forecast and intended acts of those modes, statistics, sports, figures of speech, natural
#: disasters and background.
SET_MODES_NONE = DATA / "cameo_constructed_modes_none.jsonl"

#: (file, sentences, type, type+actor, type+actor+recipient): counts of sentences matched.
FLOORS = [
    (SET_02_09, 153, 128, 126, 109),
    (SET_10_20, 191, 162, 151, 122),
    (SET_WIRE, 237, 183, 167, 122),
    (SET_REGIONAL, 225, 168, 135, 90),
    (SET_WORLD, 178, 113, 108, 86),
    (SET_CLAUSES, 150, 108, 101, 78),
    (SET_PARTIES, 157, 120, 112, 96),
    (SET_MODES, 179, 122, 109, 76),
]
#: Sentences whose gold names no actor, as the gold codes a bombing by no one named
#: ("A roadside bomb killed three soldiers"); every other sentence names one.
SOURCELESS = {SET_10_20: 5, SET_WIRE: 4, SET_CLAUSES: 4, SET_MODES: 1}


@pytest.mark.parametrize(("path", "sentences", "type_", "actor", "full"), FLOORS)
def test_the_constructed_set_is_well_formed(path, sentences, type_, actor, full) -> None:
    golds, problems = read_gold(path)
    assert not problems
    assert len(golds) == sentences
    assert len({g.id for g in golds}) == sentences
    assert sum(not g.source for g in golds) == SOURCELESS.get(path, 0)


@pytest.mark.parametrize(("path", "sentences", "type_", "actor", "full"), FLOORS)
def test_the_constructed_set_keeps_its_figures(path, sentences, type_, actor, full) -> None:
    report = evaluate(path)
    assert report.sentences == sentences
    assert report.type_hits >= type_
    assert report.type_actor >= actor
    assert report.type_actor_recipient >= full


#: (file, sentences, sentences with no event that happened): the no-event sentences' floors.
NONE_FLOORS = [(SET_WORLD_NONE, 50, 46), (SET_CLAUSES_NONE, 30, 27), (SET_MODES_NONE, 30, 27)]


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("path", "sentences", "clean"), NONE_FLOORS)
def test_the_no_event_sentences_are_well_formed(path, sentences, clean) -> None:
    rows = _rows(path)
    assert len(rows) == sentences
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["text"] and row["construction"]
        act = row["unhappened"]
        assert act is None or act["modality"] not in HAPPENED


@pytest.mark.parametrize(("path", "sentences", "clean"), NONE_FLOORS)
def test_the_no_event_sentences_keep_their_figure(path, sentences, clean) -> None:
    """A statistic, a forecast, a match report or a negated act states no event that happened:
    the count of such sentences for which none is coded is a floor."""
    rows = _rows(path)
    records = communique.Extractor().extract_many(
        [{"id": r["id"], "text": r["text"], "date": "2000-01-01"} for r in rows]
    )
    found = sum(not [e for e in rec.events if e.modality in HAPPENED] for rec in records)
    assert found >= clean
