"""The model's lemmas asked once per distinct word: the lemmas spaCy's own lemmatizer gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from communique import lemmas as lemmas_mod
from communique import nlp as nlp_mod
from communique.lemmas import ColumnLemmatizer, use_column_lemmas

#: Our own sentences: a word repeated with other parts of speech ("saw", "leaves", "left"),
#: plurals and past forms, words the attribute ruler lemmatizes ("was", "I"), proper
#: nouns, numbers, spaces and punctuation.
TEXTS = [
    "She saw the saw that he left on the left side, and the leaves fell as she leaves.",
    "The ministers were meeting; the meeting was long and the best meetings are shorter.",
    "I told you it was over: Obama's aides said 3.5 million people had voted.\n\nThey're gone.",
    "Geese, mice and children ran faster than the oxen   did.",
    "",
]


@pytest.fixture(scope="module")
def plain() -> Language:
    """The model as spaCy loads it, spaCy's own lemmatizer."""
    return spacy.load(nlp_mod.default_model_name())


@pytest.fixture(scope="module")
def ours() -> Language:
    nlp = spacy.load(nlp_mod.default_model_name())
    assert use_column_lemmas(nlp)
    return nlp


def _lemmas(nlp: Language, text: str) -> list[str]:
    return [t.lemma_ for t in nlp(text)]


def test_the_lemmas_are_spacys(plain: Language, ours: Language):
    assert isinstance(ours.get_pipe("lemmatizer"), ColumnLemmatizer)
    assert ours.pipe_names == plain.pipe_names
    for text in TEXTS + TEXTS:  # the second time from the remembered lemmas
        a, b = plain(text), ours(text)
        assert (a.to_array(["LEMMA"]) == b.to_array(["LEMMA"])).all(), text
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    doc = ours(TEXTS[0])
    assert [t.lemma_ for t in doc if t.text == "saw"] == ["see", "saw"]


def _parsed(nlp: Language, text: str) -> Doc:
    with nlp.select_pipes(disable=["lemmatizer"]):
        return nlp(text)


def _column(plain: Language, **settings: object) -> tuple[EnglishLemmatizer, ColumnLemmatizer]:
    theirs = EnglishLemmatizer(plain.vocab, None, mode="rule", **settings)  # type: ignore[arg-type]
    theirs.lookups = plain.get_pipe("lemmatizer").lookups
    column = ColumnLemmatizer(plain.vocab, None, mode="rule", **settings)  # type: ignore[arg-type]
    column.lookups = theirs.lookups
    return theirs, column


def test_lemmas_already_given_are_kept_unless_overwritten(plain: Language):
    for overwrite in (False, True):
        theirs, column = _column(plain, overwrite=overwrite)
        for text in TEXTS:
            a, b = _parsed(plain, text), _parsed(plain, text)
            theirs(a)
            column(b)
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b], (overwrite, text)


def test_the_attribute_rulers_lemma_stays(plain: Language):
    _, column = _column(plain)
    doc = _parsed(plain, "I was there.")
    doc[0].lemma_ = "me-myself"
    column(doc)
    assert [t.lemma_ for t in doc] == ["me-myself", "be", "there", "."]


def test_new_tables_forget_the_remembered_lemmas(plain: Language):
    theirs, column = _column(plain)
    text = "The Smiths came."  # a proper noun: no rules for it in the model's tables
    assert column(_parsed(plain, text))[1].lemma_ == "Smiths"
    tables = Lookups()
    for name in ("lemma_rules", "lemma_index", "lemma_exc"):
        tables.add_table(name, dict(plain.get_pipe("lemmatizer").lookups.get_table(name)))
    tables.get_table("lemma_rules")["propn"] = [["s", ""]]
    theirs.lookups = column.lookups = tables
    assert column(_parsed(plain, text))[1].lemma_ == theirs(_parsed(plain, text))[1].lemma_
    assert column(_parsed(plain, text))[1].lemma_ == "smith"
    for lemmatizer in (theirs, column):
        lemmatizer.from_bytes(plain.get_pipe("lemmatizer").to_bytes())
    assert not column._lemma_of
    # the restored tables' lemma, as a lemmatizer new with them gives it (spaCy's own keeps
    # "smith" in its cache)
    assert column(_parsed(plain, text))[1].lemma_ == "Smiths"


def test_new_tables_forget_the_lemmas_spacys_cache_holds(plain: Language):
    # a plural noun is worked out from the tables and kept in spaCy's own cache
    _, column = _column(plain)
    text = "The ministers came."
    assert column(_parsed(plain, text))[1].lemma_ == "minister"
    tables = Lookups()
    for name in ("lemma_rules", "lemma_index", "lemma_exc"):
        tables.add_table(name, dict(plain.get_pipe("lemmatizer").lookups.get_table(name)))
    tables.get_table("lemma_rules")["noun"] = [["s", "-s"]]
    fresh = EnglishLemmatizer(plain.vocab, None, mode="rule")  # type: ignore[arg-type]
    fresh.lookups = column.lookups = tables
    assert column(_parsed(plain, text))[1].lemma_ == fresh(_parsed(plain, text))[1].lemma_
    assert column(_parsed(plain, text))[1].lemma_ == "minister-s"


def test_the_remembered_lemmas_are_bounded(plain: Language, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(lemmas_mod, "REMEMBERED", 3)
    theirs, column = _column(plain)
    for text in filter(None, TEXTS):
        a, b = _parsed(plain, text), _parsed(plain, text)
        theirs(a)
        column(b)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert len(column._lemma_of) <= 3 + len(b)  # emptied when it held more than 3
        assert len(column.cache) <= 3 + len(b)  # and spaCy's own cache with it


def test_only_spacys_english_lemmatizer_is_replaced():
    nlp = spacy.blank("en")
    assert not use_column_lemmas(nlp)  # no lemmatizer
    nlp.add_pipe("lemmatizer", config={"mode": "lookup", "overwrite": True})
    assert use_column_lemmas(nlp)
    assert not use_column_lemmas(nlp)  # already ours
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.mode == "lookup" and lemmatizer.overwrite is True
    assert nlp.get_pipe_config("lemmatizer")["overwrite"] is True
    other = spacy.blank("fr")
    other.add_pipe("lemmatizer", config={"mode": "rule"})
    assert not use_column_lemmas(other)  # another language's lemmatizer reads other things


def test_a_saved_pipeline_keeps_the_lemmatizer_and_its_tables(ours: Language, tmp_path):
    ours.to_disk(tmp_path / "saved")
    again = spacy.load(tmp_path / "saved")
    assert isinstance(again.get_pipe("lemmatizer"), ColumnLemmatizer)
    assert _lemmas(again, TEXTS[1]) == _lemmas(ours, TEXTS[1])


def test_communiques_pipeline_asks_for_each_lemma_once():
    assert isinstance(nlp_mod.load().get_pipe("lemmatizer"), ColumnLemmatizer)


def test_lemmas_after_a_memory_zone_are_spacys(plain: Language, ours: Language):
    text = "The zorbles glimmered over the flinds."  # words new to the vocabulary
    with ours.memory_zone():
        assert _lemmas(ours, text) == _lemmas(plain, text)
    assert _lemmas(ours, text) == _lemmas(plain, text)  # their strings were dropped


def test_an_error_goes_to_the_error_handler(plain: Language, monkeypatch: pytest.MonkeyPatch):
    def broken(token: object) -> list[str]:
        raise RuntimeError("no tables")

    _, column = _column(plain)
    monkeypatch.setattr(column, "lemmatize", broken)
    with pytest.raises(RuntimeError):  # the default handler raises it
        column(_parsed(plain, "The ministers came."))
    seen: list[Exception] = []
    column.set_error_handler(lambda name, pipe, docs, error: seen.append(error))
    doc = _parsed(plain, "The ministers came.")
    assert column(doc) is doc and doc[1].lemma == 0  # the Doc back, with no lemma written
    assert [str(e) for e in seen] == ["no tables"]
