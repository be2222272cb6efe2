"""Helpers that read a Doc once instead of on every access."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span

from communique.spans import (
    TEXT_KEY,
    capitalised_indices,
    child_deps,
    child_with,
    children_of,
    children_with,
    doc_text,
    entities_in,
    having,
    indices,
    joined_infinitive,
    sentence_of,
    span_text,
)


def test_doc_text_is_the_docs_text_and_is_kept() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Talks resumed in Geneva.\n  The envoy said so. ")
    assert doc_text(doc) == doc.text
    assert doc.user_data[TEXT_KEY] == doc.text
    assert doc_text(doc) is doc_text(doc)  # joined once


def test_doc_text_survives_a_change_of_tokens() -> None:
    # Merging tokens keeps the characters, so the kept text stays right.
    nlp = spacy.blank("en")
    doc = nlp("New York City police said so.")
    before = doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert len(doc) == 5
    assert doc_text(doc) == before == doc.text


def test_a_tokenizers_doc_holds_exactly_its_input() -> None:
    # What the pipeline relies on when it keeps the piece it tokenized as the Doc's text.
    nlp = spacy.blank("en")
    text = "A  text\twith odd   spacing,\n\nand lines. "
    assert nlp.make_doc(text).text == text


def test_span_text_is_span_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("  The envoy\tsaid so.\n\nTalks  resumed  ")
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_having_finds_the_tokens_a_scan_finds() -> None:
    words = ["Talks", "in", "Geneva", "resumed", "Today", "after", "a", "pause", "today", "."]
    heads = [3, 0, 1, 3, 3, 3, 7, 5, 3, 3]
    deps = ["nsubj", "prep", "pobj", "ROOT", "npadvmod", "prep", "det", "pobj", "npadvmod", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    asked = [
        (DEP, frozenset({"prep"}), lambda t: t.dep_ == "prep"),
        (DEP, frozenset({"pobj", "det"}), lambda t: t.dep_ in ("pobj", "det")),
        (LOWER, frozenset({"today", "tonight"}), lambda t: t.lower_ in ("today", "tonight")),
    ]
    for attr, values, test in asked:
        assert having(doc, attr, values) == [t.i for t in doc if test(t)]
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                assert having(doc, attr, values, start, end) == [
                    t.i for t in doc[start:end] if test(t)
                ]
    assert having(Doc(doc.vocab, words=[]), DEP, frozenset({"prep"})) == []


def test_entities_in_gives_span_ents() -> None:
    words = ["Envoys", "of", "New", "York", "met", "Acme", "Corp", "on", "Monday", "in", "Oslo"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [
        Span(doc, 2, 4, label="GPE"),
        Span(doc, 5, 7, label="ORG"),
        Span(doc, 8, 9, label="DATE"),
        Span(doc, 10, 11, label="GPE"),
    ]
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            mine = [(e.start, e.end, e.label_) for e in entities_in(span)]
            assert mine == [(e.start, e.end, e.label_) for e in span.ents]


def test_child_with_finds_the_child_a_scan_finds() -> None:
    words = ["They", "would", "not", "agree", "to", "go", "Not", "now", ",", "not", "later"]
    heads = [3, 3, 3, 3, 5, 3, 7, 3, 3, 10, 7]
    deps = ["nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "neg", "advmod", "punct", "neg", "conj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    asked = [
        (("aux",), frozenset({"to"})),
        (("neg", "advmod"), frozenset({"not", "never"})),
        (("aux",), frozenset({"would", "will"})),
        (("det",), frozenset({"no"})),
    ]
    for deps_asked, words_asked in asked:
        for token in doc:
            scan = next(
                (c for c in token.children if c.dep_ in deps_asked and c.lower_ in words_asked),
                None,
            )
            found = child_with(token, deps_asked, words_asked)
            assert (found.i if found else None) == (scan.i if scan else None)
    assert child_with(doc[3], ("neg", "advmod"), frozenset({"not"})).i == 2
    assert child_with(doc[7], ("neg",), frozenset({"not"})).i == 6


def test_children_with_are_the_children_a_scan_finds() -> None:
    words = ["Aides", "said", "they", "wanted", "to", "go", "and", "left", "."]
    heads = [1, 1, 3, 1, 5, 3, 3, 3, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "cc", "conj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    for asked in (frozenset({"nsubj"}), frozenset({"ccomp", "xcomp", "conj"}), frozenset()):
        for token in doc:
            mine = [c.i for c in children_with(token, asked)]
            assert mine == [c.i for c in token.children if c.dep_ in asked]
    assert [c.i for c in children_with(doc[3], frozenset({"xcomp", "conj", "nsubj"}))] == [2, 5, 7]


def test_children_of_and_child_deps_are_what_token_children_gives() -> None:
    words = ["Aides", "said", "they", "wanted", "to", "go", "and", "left", "."]
    heads = [1, 1, 3, 1, 5, 3, 3, 3, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "cc", "conj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    for token in doc:
        assert [c.i for c in children_of(token)] == [c.i for c in token.children]
        assert child_deps(token) == [(c.i, c.dep_) for c in token.children]
    assert child_deps(doc[3]) == [(2, "nsubj"), (5, "xcomp"), (6, "cc"), (7, "conj")]
    assert children_of(doc[0]) == []


def test_sentence_of_is_token_sent() -> None:
    nlp = spacy.blank("en")
    doc = nlp("One two. Three four five. Six")
    for i, start in enumerate([True, False, False, True, False, False, False, True]):
        doc[i].is_sent_start = start
    for token in doc:
        mine, theirs = sentence_of(token), token.sent
        assert (mine.start, mine.end) == (theirs.start, theirs.end)
        assert mine.doc is doc


def test_sentence_of_without_boundaries_raises_as_spacy_does() -> None:
    doc = spacy.blank("en")("No parse here")
    with pytest.raises(ValueError):
        _ = doc[0].sent
    with pytest.raises(ValueError):
        sentence_of(doc[0])


def test_capitalised_indices_are_those_a_scan_of_the_words_finds() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Zelenskyy met the NATO chief in Kyiv; zelenskyy and Éric said 'Yes' 3 times.")
    every = range(len(doc))
    assert capitalised_indices(doc, every) == [t.i for t in doc if t.text[:1].isupper()]
    assert capitalised_indices(doc, [6, 0, 3]) == [6, 0, 3]  # in the order asked
    assert capitalised_indices(doc, [2, 9]) == []
    assert capitalised_indices(nlp(""), []) == []


def test_indices_finds_the_tokens_a_scan_finds() -> None:
    nlp = spacy.blank("en")
    doc = nlp("He said, according to her, that THEY left: he did.")
    tags = ["PRON", "VERB", "PUNCT", "VERB", "ADP", "PRON", "PUNCT", "SCONJ", "PRON", "VERB"]
    tags += ["PUNCT", "PRON", "AUX", "PUNCT"]
    for token, tag in zip(doc, tags, strict=True):
        token.pos_ = tag
    assert indices(doc, pos=("PRON",)) == [t.i for t in doc if t.pos_ == "PRON"] == [0, 5, 8, 11]
    assert indices(doc, lower=("he", ":")) == [0, 10, 11]
    assert indices(doc, pos=("AUX",), lower=("according",)) == [3, 12]
    assert indices(doc) == []
    assert indices(nlp(""), pos=("PRON",)) == []


def test_a_bare_verb_hung_on_an_object_noun_joins_the_infinitive_of_that_objects_verb() -> None:
    """The parse of "Russia threatened to expel diplomats, seize ships and attack Ukraine."
    hangs "attack" on "ships", the object of "seize": coordination joins verbs, so "attack"
    is an act of the infinitive "to expel", as "seize" is."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Russia", "threatened", "to", "expel", "diplomats", ",", "seize", "ships", "and",
               "attack", "Ukraine", "."],
        heads=[1, 1, 3, 1, 3, 3, 3, 6, 7, 7, 9, 1],
        deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "conj", "dobj", "cc", "conj",
              "dobj", "punct"],
        pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "VERB",
             "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "TO", "VB", "NNS", ",", "VB", "NNS", "CC", "VB", "NNP", "."],
    )  # fmt: skip
    expel = doc[3]
    assert joined_infinitive(doc[6]) == expel
    assert joined_infinitive(doc[9]) == expel
    # an object noun that is no verb's object joins nothing
    doc[7].dep_ = "nsubj"
    assert joined_infinitive(doc[9]) is None
