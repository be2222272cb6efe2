"""The model's attribute rules found from the Doc's columns: the places spaCy's matcher finds."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from communique import attributes
from communique import nlp as nlp_mod
from communique.attributes import ColumnAttributeRuler, use_column_rules

#: Our own sentences, chosen for the rules' odd corners: contractions ("ain't", "gonna",
#: "y'all", "nothin'"), pronouns as subject and object, auxiliaries, "there is", spaces.
TEXTS = [
    "They ain't gonna let us in, and y'all know it.\n\nNothin' changed  since then.",
    "I told you it was over; she gave it to me, but I did not see it.",
    "There are three reasons why he has gone, and there was no answer.",
    "Let's go.   The minister, who had resigned, does what he did before.\n",
    "",
]


@pytest.fixture(autouse=True)
def columns_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """The columns find the places of every Doc here, however short: that is what is
    compared with spaCy's matcher (a short Doc is otherwise left to the matcher)."""
    monkeypatch.setattr(attributes, "COLUMNS_FROM", 0)


def _rulers(vocab, rules) -> tuple[AttributeRuler, ColumnAttributeRuler]:
    theirs = AttributeRuler(vocab)
    theirs.add_patterns(rules)
    ours = ColumnAttributeRuler(vocab)
    ours.add_patterns(rules)
    return theirs, ours


@pytest.fixture(scope="module")
def plain() -> Language:
    """The model as spaCy loads it, spaCy's own attribute ruler."""
    return spacy.load(nlp_mod.default_model_name())


def test_the_models_rules_match_where_spacys_matcher_matches(plain: Language):
    theirs, ours = _rulers(plain.vocab, plain.get_pipe("attribute_ruler").patterns)
    assert ours._column_rules() is not None  # every rule of the model is read from columns
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(plain.pipe(TEXTS))
    for doc in docs:
        expected = theirs.match(doc)
        assert ours.match(doc) == expected
    assert any(expected for expected in map(theirs.match, docs))


def test_the_annotation_is_the_same(plain: Language):
    ours = spacy.load(nlp_mod.default_model_name())
    assert use_column_rules(ours)
    assert isinstance(ours.get_pipe("attribute_ruler"), ColumnAttributeRuler)
    assert ours.pipe_names == plain.pipe_names
    columns = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB"]
    for text in TEXTS:
        a, b = plain(text), ours(text)
        assert (a.to_array(columns) == b.to_array(columns)).all(), text
        assert [t.morph.to_json() for t in a] == [t.morph.to_json() for t in b]


def _doc(vocab, words, tags, deps, spaces=None) -> Doc:
    heads = [0] * len(words)
    return Doc(vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


def test_each_kind_of_test_as_the_matcher_reads_it():
    vocab = spacy.blank("en").vocab
    rules = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {
            "patterns": [[{"LOWER": "saw", "TAG": {"IN": ["VBD", "VBN"]}}]],
            "attrs": {"LEMMA": "see"},
        },
        {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
        {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
        {
            "patterns": [[{"LOWER": "ca"}, {"LOWER": {"REGEX": "^n'?t$"}}]],
            "attrs": {"LEMMA": "can"},
        },
        {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": 1},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"TEXT": "Saw"}], [{"ORTH": "saw"}]], "attrs": {"MORPH": "Tense=Past"}},
        {"patterns": [[{"LOWER": "the"}, {}]], "attrs": {"POS": "NOUN"}, "index": 1},
    ]
    theirs, ours = _rulers(vocab, rules)
    assert ours._column_rules() is not None
    doc = _doc(
        vocab,
        ["Saw", "that", "nothin'", "ca", "n't", "let", "'s", "\n", "saw", "the", "dog", "ca"],
        ["VBD", "DT", "NN", "MD", "RB", "VB", "PRP", "_SP", "VBN", "DT", "NN", "MD"],
        ["ROOT", "dobj", "dep", "aux", "neg", "dep", "dep", "dep", "dep", "det", "dep", "dep"],
    )
    expected = theirs.match(doc)
    assert {m[0] for m in expected} == set(range(len(rules)))  # every rule matches somewhere
    assert ours.match(doc) == expected
    assert ours.match(_doc(vocab, ["ca"], ["MD"], ["ROOT"])) == theirs.match(
        _doc(vocab, ["ca"], ["MD"], ["ROOT"])
    )


def test_a_rule_the_columns_cannot_read_leaves_the_matching_to_spacy():
    vocab = spacy.blank("en").vocab
    rules = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], "attrs": {"POS": "ADV"}},
    ]
    theirs, ours = _rulers(vocab, rules)
    assert ours._column_rules() is None
    doc = _doc(vocab, ["very", "very", "big", "dog"], ["RB", "RB", "JJ", "NN"], ["dep"] * 4)
    assert ours.match(doc) == theirs.match(doc) != []


def test_a_word_with_no_test_matches_any_word():
    vocab = spacy.blank("en").vocab
    theirs, ours = _rulers(vocab, [{"patterns": [[{}, {}]], "attrs": {"POS": "X"}}])
    doc = _doc(vocab, ["a", "b", "c"], ["DT", "NN", "NN"], ["det", "ROOT", "dep"])
    assert ours.match(doc) == theirs.match(doc) != []


def test_rules_added_later_are_read_again():
    vocab = spacy.blank("en").vocab
    ours = ColumnAttributeRuler(vocab)
    ours.add_patterns([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}])
    doc = _doc(vocab, ["dog", "ran"], ["NN", "VBD"], ["nsubj", "ROOT"])
    assert [m[2] for m in ours.match(doc)] == [0]
    ours.add_patterns([{"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB"}}])
    assert [m[2] for m in ours.match(doc)] == [0, 1]
    ours.clear()
    assert ours.match(doc) == []


def test_only_spacys_own_ruler_is_replaced():
    nlp = spacy.blank("en")
    assert not use_column_rules(nlp)  # no ruler
    nlp.add_pipe("attribute_ruler")
    assert use_column_rules(nlp)
    assert not use_column_rules(nlp)  # already ours
    assert nlp.pipe_names == ["attribute_ruler"]


def test_the_replaced_ruler_keeps_its_settings():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler", config={"validate": True, "scorer": None})
    nlp.get_pipe("attribute_ruler").add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert use_column_rules(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.validate is True and ruler.scorer is None
    assert nlp.get_pipe_config("attribute_ruler")["scorer"] is None
    assert len(ruler.patterns) == 1


def test_communiques_pipeline_reads_the_rules_from_columns():
    assert isinstance(nlp_mod.load().get_pipe("attribute_ruler"), ColumnAttributeRuler)


def test_places_of_a_rule_with_patterns_of_two_widths_come_once_and_in_order():
    vocab = spacy.blank("en").vocab
    rules = [
        {
            # both patterns match at "the" (widths 1 and 2), the second also at "a"
            "patterns": [[{"LOWER": "the"}], [{"TAG": "DT"}, {"TAG": "NN"}], [{"LOWER": "the"}]],
            "attrs": {"POS": "DET"},
        },
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    ]
    theirs, ours = _rulers(vocab, rules)
    doc = _doc(
        vocab, ["the", "dog", "saw", "a", "cat"], ["DT", "NN", "VBD", "DT", "NN"], ["dep"] * 5
    )
    expected = theirs.match(doc)
    assert [(m[0], m[2], m[3]) for m in expected] == [
        (0, 0, 1),
        (0, 0, 2),
        (0, 3, 5),
        (1, 1, 2),
        (1, 4, 5),
    ]
    assert ours.match(doc) == expected


def test_the_word_a_rule_writes_is_the_one_spacy_writes():
    vocab = spacy.blank("en").vocab
    rules = [
        {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": -1},
        {"patterns": [[{"LOWER": "the"}, {}]], "attrs": {"POS": "NOUN"}, "index": 1},
        {"patterns": [[{"LOWER": "go"}, {}]], "attrs": {"POS": "VERB"}, "index": -2},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}},
    ]
    theirs, ours = _rulers(vocab, rules)
    words = ["let", "'s", "go", "to", "the", "shop", "now"]
    tags = ["VB", "PRP", "VB", "IN", "DT", "NN", "RB"]
    a, b = (_doc(vocab, words, tags, ["dep"] * 7) for _ in range(2))
    theirs(a)
    ours(b)
    columns = ["POS", "LEMMA", "MORPH"]
    assert (a.to_array(columns) == b.to_array(columns)).all()
    assert [t.lemma_ for t in b][:2] == ["", "us"] and b[5].pos_ == "NOUN" and b[2].pos_ == "VERB"


def test_an_index_outside_the_match_fails_as_in_spacy():
    vocab = spacy.blank("en").vocab
    theirs, ours = _rulers(vocab, [{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}])
    doc = _doc(vocab, ["dog", "ran"], ["NN", "VBD"], ["nsubj", "ROOT"])
    for ruler in (theirs, ours):
        ruler.indices[0] = 1  # past the one word the pattern matches
        with pytest.raises(ValueError, match="E1001"):
            ruler.set_annotations(doc, ruler.match(doc))


def test_a_short_doc_is_left_to_spacys_matcher(plain: Language, monkeypatch: pytest.MonkeyPatch):
    """The columns cost a fixed number of array operations a Doc, the matcher a few a word:
    a one-line Doc (a feed item, a JSON Lines line) is matched by the matcher, a longer
    one by its columns, to the same places."""
    monkeypatch.setattr(attributes, "COLUMNS_FROM", 64)
    theirs, ours = _rulers(plain.vocab, plain.get_pipe("attribute_ruler").patterns)
    called: list[int] = []
    columns = attributes._matches

    def counted(doc, rules):  # type: ignore[no-untyped-def]
        called.append(len(doc))
        return columns(doc, rules)

    monkeypatch.setattr(attributes, "_matches", counted)
    short = plain("They ain't gonna let us in.")
    long = plain(" ".join(TEXTS) * 3)
    assert len(short) < 64 <= len(long)
    assert ours.match(short) == theirs.match(short) != []
    assert ours.match(long) == theirs.match(long) != []
    assert called == [len(long)]
