"""Finding the known mentions inside a span by position gives what a scan of every
mention gives, in the same order: the first, nearest the head, decides who a phrase
refers to, so the order is part of the answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from communique import extensions
from communique.pipeline import Extractor

SAMPLES = Path(__file__).resolve().parents[1] / "src/communique/samples/corpus"


@pytest.fixture(scope="module")
def index():
    extractor = Extractor()
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    doc = extractor.nlp(text)
    return extensions.actor_index(doc, "test")


def _scan(index, start: int, end: int):
    return [
        (r, m)
        for r in index.records()
        for m in r.actor.mentions
        if m.span[0] < end and start < m.span[1]
    ]


def test_overlapping_mentions_are_those_a_full_scan_finds_in_its_order(index):
    mentions = sum(len(r.actor.mentions) for r in index.records())
    assert mentions > 200  # a long text with many actors
    spans = [(c.start_char, c.end_char) for c in index.doc.noun_chunks]
    spans += [(s.start_char, s.end_char) for s in index.doc.sents]
    checked = 0
    for start, end in spans:
        found = index.overlapping(start, end)
        assert [(id(r), m.span) for r, m in found] == [
            (id(r), m.span) for r, m in _scan(index, start, end)
        ]
        checked += bool(found)
    assert checked > 100


def test_an_actor_made_after_a_merge_gets_an_id_of_its_own():
    from communique.actors import ActorDictionary
    from communique.actors.index import ActorIndex

    text = "Sergei Lavrov arrived. Wang Yi met Lavrov. Blinken spoke."
    doc = spacy.blank("en")(text)
    for token in doc:
        token.is_sent_start = token.i == 0
    index = ActorIndex(doc, ActorDictionary.default())

    def made(name: str, at: str, kind: str = "name"):
        rec = index.new(name, "person")
        index.mention(rec, text.rindex(at), text.rindex(at) + len(at), kind)
        return rec

    full = made("Sergei Lavrov", "Sergei Lavrov")
    wang = made("Wang Yi", "Wang Yi")
    short = made("Lavrov", "Lavrov", "surname")
    index.merge(short, full)  # the earlier actor goes: two are left
    blinken = made("Blinken", "Blinken")
    assert len({r.actor.id for r in index.records()}) == 3
    assert all(index.record(r.actor.id) is r for r in (wang, short, blinken))
    index.renumber()
    assert [a.name for a in index.actors] == ["Lavrov", "Wang Yi", "Blinken"]
    assert [a.id for a in index.actors] == ["A1", "A2", "A3"]
