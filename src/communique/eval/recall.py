"""Recall of hand-labelled events in sentences drawn at random from news text.

The PLOVER gold records hold one event per sentence, chosen because it is there, so they say how
often the coder gets a stated event right but not how many of the events a text states it finds.
A recall set answers that: sentences drawn by a seeded rule (scripts/sample_recall_set.py), each
labelled with every PLOVER event it states (type, actor and recipient words, modality, the
words that state it), and with nothing when it states none. The file is JSON lines::

    {"id": ..., "doc": <article stem>, "start": <char>, "end": <char>, "text": ...,
     "events": [{"type", "actor", "recipient", "modality", "trigger", "note"}, ...]}

A coded event belongs to a labelled sentence when its trigger starts inside the sentence's
span. Labelled and coded events are paired one to one by type (a pair whose actor words agree
is taken first). Figures:

* **recall** by type: labelled events paired with a coded event of their type;
* **+actor**: of those, the coded actor shares a word with the labelled actor (a labelled
  event with no actor in the sentence asks nothing of the actor);
* **modality**: of those, the coded modality is the labelled one;
* **precision**: coded events paired with a labelled one, among all coded in the sentences,
  and the same among those coded as happened (asserted or reported).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.eval.plover import content_words, same_word
from communique.schema import HAPPENED, Event, Participant


@dataclass(frozen=True, slots=True)
class LabelledEvent:
    """One event a sentence states, as a reader of the PLOVER manual labels it."""

    type: str
    actor: str
    recipient: str
    modality: str
    trigger: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """A sentence of the set: where it is, its words and every event it states."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    events: tuple[LabelledEvent, ...]


def read_recall_set(path: Path) -> list[LabelledSentence]:
    """Read a recall set; a record without the fields above is an error, not skipped."""
    out: list[LabelledSentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        events = tuple(LabelledEvent(**e) for e in row["events"])
        out.append(
            LabelledSentence(
                row["id"], row["doc"], int(row["start"]), int(row["end"]), row["text"], events
            )
        )
    return out


def _agrees(label: str, parts: Sequence[Participant]) -> bool:
    """Do the labelled words and the coded participants name the same party? An empty label
    (the sentence names no such party) asks nothing."""
    wanted = content_words(label)
    if not wanted:
        return True
    for part in parts:
        said = content_words(part.name) | (
            content_words(part.mention.text) if part.mention else frozenset()
        )
        if any(same_word(a, b) for a in wanted for b in said):
            return True
    return False


@dataclass(slots=True)
class Pairing:
    """The events of one sentence, paired."""

    sentence: LabelledSentence
    coded: list[Event]
    #: index of the labelled event -> index of the coded event it is paired with
    pairs: dict[int, int] = field(default_factory=dict)

    def missed(self) -> list[LabelledEvent]:
        return [e for i, e in enumerate(self.sentence.events) if i not in self.pairs]

    def unpaired(self) -> list[Event]:
        taken = set(self.pairs.values())
        return [e for j, e in enumerate(self.coded) if j not in taken]


def _same_trigger(label: LabelledEvent, event: Event) -> bool:
    """Do the labelled words of the act and the coded trigger share a word?"""
    said = content_words(event.trigger.text)
    return any(same_word(a, b) for a in content_words(label.trigger) for b in said)


def pair(sentence: LabelledSentence, coded: Sequence[Event]) -> Pairing:
    """Pair labelled and coded events of one sentence one to one by type, best pairs first
    over the whole sentence: those whose trigger words agree (two acts of one type in a sentence
    are told apart by their words), then those whose actors agree, then happened before not,
    then in label and text order."""
    result = Pairing(sentence, list(coded))
    options = sorted(
        (
            not _same_trigger(label, e),
            not _agrees(label.actor, e.actor),
            e.modality not in HAPPENED,
            i,
            j,
        )
        for i, label in enumerate(sentence.events)
        for j, e in enumerate(coded)
        if e.type == label.type
    )
    taken: set[int] = set()
    for *_, i, j in options:
        if i not in result.pairs and j not in taken:
            result.pairs[i] = j
            taken.add(j)
    return result


@dataclass(slots=True)
class RecallReport:
    """Counts over a set; ``by_type`` holds (labelled, found, found with actor) per type."""

    sentences: int = 0
    labelled: int = 0
    found: int = 0
    found_actor: int = 0
    found_recipient: int = 0
    same_modality: int = 0
    coded: int = 0
    coded_paired: int = 0
    happened: int = 0
    happened_paired: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)
    coded_types: Counter[str] = field(default_factory=Counter)
    pairings: list[Pairing] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.coded_paired / self.coded if self.coded else 0.0

    @property
    def happened_precision(self) -> float:
        return self.happened_paired / self.happened if self.happened else 0.0


def in_sentence(sentence: LabelledSentence, events: Iterable[Event]) -> list[Event]:
    """The events whose trigger starts inside the sentence (offsets of the whole article)."""
    return [e for e in events if sentence.start <= e.trigger.span[0] < sentence.end]


def score(
    sentences: Sequence[LabelledSentence], coded: Mapping[str, Sequence[Event]]
) -> RecallReport:
    """Score the coded events of each sentence (``coded`` keyed by sentence id)."""
    report = RecallReport()
    for sentence in sentences:
        events = list(coded.get(sentence.id, ()))
        pairing = pair(sentence, events)
        report.pairings.append(pairing)
        report.sentences += 1
        report.labelled += len(sentence.events)
        report.coded += len(events)
        report.happened += sum(1 for e in events if e.modality in HAPPENED)
        report.coded_types.update(e.type for e in events)
        for i, label in enumerate(sentence.events):
            row = report.by_type.setdefault(label.type, [0, 0, 0])
            row[0] += 1
            if i not in pairing.pairs:
                continue
            event = events[pairing.pairs[i]]
            row[1] += 1
            report.found += 1
            report.coded_paired += 1
            report.happened_paired += event.modality in HAPPENED
            if _agrees(label.actor, event.actor):
                row[2] += 1
                report.found_actor += 1
            report.found_recipient += _agrees(label.recipient, event.recipient)
            report.same_modality += event.modality == label.modality
    return report
