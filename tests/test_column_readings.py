"""Whole-article scans read from the Doc's columns give what a Token-by-Token reading gives.

Several stages look through every word of an article for a few (a headline's capitalised
words, acronyms no entity holds) or score every candidate of a cue one by one. They now read
columns of ``Doc.to_array`` or score all candidates at once; each test here compares that
with the plain reading it replaced, on texts made to hold the awkward cases.
"""

from __future__ import annotations

import numpy as np
import pytest

from communique import nlp as nlp_mod
from communique.actors import mentions
from communique.quotes import features as F
from communique.quotes import finder, learned
from communique.quotes.linear import LinearModel, feature_ids_of

TEXTS = [
    "Mayor Rivera Announces New Transit Plan For The Valley\nThe mayor spoke on Monday.\n",
    "\n\nÉlysée Officials Deny Leak Of Draft Treaty\r\n\r\nPARIS — Officials in the Élysée said"
    " the draft was never shared.   The NATO summit opens in July.\n\n\n",
    "Senators Back Bill\nthe bill passed 62 to 38 , with ECOWAS and the AU observing.\nEnd",
    "no line break in this short text at all, and no capitals",
    "",
]


@pytest.fixture(scope="module")
def nlp():
    return nlp_mod.load()


def _lines_by_tokens(doc) -> list[tuple[int, int, int, int]]:
    """The lines as the headline rule read them before: a Token at a time."""
    lines = []
    start, n = 0, len(doc)
    while start < n:
        end = start
        while end < n and "\n" not in doc[end].text:
            end += 1
        words = [t for t in doc[start:end] if t.is_alpha]
        lines.append((start, end, len(words), sum(t.text[0].isupper() for t in words)))
        start = end + 1
    return lines


@pytest.mark.parametrize("text", TEXTS)
def test_lines_and_their_capitalised_words_are_those_a_token_scan_finds(nlp, text):
    doc = nlp(text)
    assert finder._line_word_counts(doc) == _lines_by_tokens(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_untagged_capital_nouns_are_those_a_token_scan_finds(nlp, text):
    doc = nlp(text)
    expected = [t.i for t in doc if not t.ent_type_ and t.pos_ in ("NOUN", "PROPN") and t.is_upper]
    assert mentions._untagged_capitals(doc) == expected


def _source_choice_one_by_one(model: learned.AttributionModel, cue, content):
    """The source ranking as it was made before: each candidate's root, features and vector
    found on its own and the examples scored as a batch of (ids, vector) pairs."""
    doc = cue.doc
    cands = [
        c
        for c in F.source_candidates(cue, content)
        if doc[c.start : c.end].root.ent_type_ not in learned.NOT_SOURCES
    ]
    ids = feature_ids_of(
        [*(F.source_features(cue, c, content) for c in cands), learned.none_features(cue)]
    )
    vectors = [F.source_vector(cue, c) for c in cands]
    scores = model.source.scores(list(zip(ids, [*vectors, None], strict=True)))
    k = int(np.argmax(scores))
    none = learned._share(scores, len(cands))
    return (None if k == len(cands) else (cands[k].start, cands[k].end)), none


def test_the_source_ranking_of_all_candidates_at_once_is_the_one_by_one_ranking(nlp):
    model = learned.bundled()
    assert model is not None
    doc = nlp(
        "The minister, who spoke to reporters in Brasília on Tuesday, said the talks with the"
        " union had failed. According to two officials, the strike will go on. It was"
        " announced that the vote is delayed. Her spokesman denied the report, while critics"
        " of the plan, including three senators, argued it was rushed."
    )
    asked = 0
    for cue in doc:
        if cue.pos_ not in ("VERB", "NOUN") or cue.i + 1 >= len(doc):
            continue
        sent = cue.sent
        for content in ((cue.i + 1, sent.end), (sent.start, cue.i), (cue.i + 1, cue.i + 2)):
            if content[1] <= content[0]:
                continue
            assert model.source_choice(cue, content) == _source_choice_one_by_one(
                model, cue, content
            )
            asked += 1
    assert asked > 20


def test_sparse_totals_of_examples_of_many_lengths_are_each_examples_own_sum():
    rng = np.random.default_rng(7)
    model = LinearModel(
        sparse=rng.normal(size=64).astype(np.float32), dense=np.zeros(0, np.float32), bias=0.0
    )
    ids = [rng.integers(0, 64, size=int(n)) for n in rng.integers(0, 40, size=200)]
    totals = model._sparse_totals(ids)
    for k, row in enumerate(ids):
        own = np.float32(model.sparse[row].sum()) if len(row) else np.float32(0.0)
        assert totals[k].tobytes() == own.tobytes()


@pytest.mark.parametrize("text", TEXTS)
def test_word_flags_are_the_tokens_own(nlp, text):
    doc = nlp(text)
    assert F.is_word(doc) == [not (t.is_punct or t.is_space) for t in doc]
