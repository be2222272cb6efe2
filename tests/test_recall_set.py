"""The PolNeAR-train recall set (tests/data/recall_polnear_train.jsonl): 120 sentences drawn at
random (scripts/sample_recall_set.py, seed 53) and labelled by hand with every PLOVER event they
state, before the coder's output on them was read (docs/evaluation.md, "A recall set from
PolNeAR train"). The figures reached, with each sentence read on its own, are floors: raise them
when they rise."""

from __future__ import annotations

from pathlib import Path

import communique
from communique.eval.recall import LabelledEvent, LabelledSentence, pair, read_recall_set, score
from communique.schema import Cue, Event

RECALL_SET = Path(__file__).parent / "data" / "recall_polnear_train.jsonl"

#: Measured floors (labelled events found by type; with the actor; coded events that are labelled).
FOUND = 13
FOUND_ACTOR = 10
CODED_PAIRED = 13
LABELLED = 37
SENTENCES = 120


def test_the_set_is_whole_and_its_labels_are_plover_types() -> None:
    sentences = read_recall_set(RECALL_SET)
    assert len(sentences) == SENTENCES
    assert sum(len(s.events) for s in sentences) == LABELLED
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
             "ASSAULT"}  # fmt: skip
    modalities = {"asserted", "negated", "hypothetical", "future", "intended", "requested",
                  "reported"}  # fmt: skip
    for sentence in sentences:
        assert sentence.text.strip() and sentence.end - sentence.start == len(sentence.text)
        for event in sentence.events:
            assert event.type in types and event.modality in modalities, sentence.id


def _event(kind: str, trigger: str, start: int) -> Event:
    return Event(
        id=f"e{start}",
        type=kind,  # type: ignore[arg-type]
        mode=None,
        modality="asserted",
        trigger=Cue(trigger, (start, start + len(trigger))),
        sentence=(0, 60),
        reason="constructed",
    )


def test_two_acts_of_one_type_are_paired_by_their_words() -> None:
    sentence = LabelledSentence(
        "s",
        "doc",
        0,
        60,
        "The union urged members to strike and called for talks.",
        (
            LabelledEvent("REQUEST", "", "members", "asserted", "urged"),
            LabelledEvent("REQUEST", "The union", "", "asserted", "called for"),
        ),
    )
    coded = [_event("REQUEST", "called", 38), _event("REQUEST", "urged", 10)]
    assert pair(sentence, coded).pairs == {0: 1, 1: 0}
    # one coded act, two labels: it goes to the label of its words, not the first label
    assert pair(sentence, coded[:1]).pairs == {1: 0}


def test_an_unlabelled_event_counts_against_precision() -> None:
    sentence = LabelledSentence("s", "doc", 0, 30, "Rivals met and argued.", ())
    report = score([sentence], {"s": [_event("CONSULT", "met", 7)]})
    assert (report.labelled, report.coded, report.coded_paired) == (0, 1, 0)


def test_recall_floors_with_each_sentence_read_alone() -> None:
    sentences = read_recall_set(RECALL_SET)
    extractor = communique.Extractor()
    docs = [communique.Document(id=s.id, text=s.text) for s in sentences]
    coded = {article.id: list(article.events) for article in extractor.extract_many(docs)}
    report = score(sentences, coded)
    assert report.found >= FOUND
    assert report.found_actor >= FOUND_ACTOR
    assert report.coded_paired >= CODED_PAIRED
