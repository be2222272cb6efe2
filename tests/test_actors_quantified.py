"""Speakers that are no name: quantifiers, partitives, "you", relative pronouns, nominal
adjectives, verbs inside noun phrases and long appositions. All sentences are constructed."""

from __future__ import annotations

import re

from communique import nlp
from communique.actors import find_actors


def _span(doc, pattern: str, after: str = ""):
    start = doc.text.index(after) + len(after) if after else 0
    m = re.compile(r"\b" + re.escape(pattern) + r"\b").search(doc.text, start)
    assert m is not None, pattern
    s = doc.char_span(m.start(), m.end())
    assert s is not None, pattern
    return s


def test_a_bare_quantifier_speaks_as_its_words() -> None:
    doc = nlp.load()("Many said the plan would fail.")
    index = find_actors(doc)
    party = index.link(_span(doc, "Many"))
    assert party is not None and party.actor is None
    assert party.mention.text == "Many"
    # an event participant that names no one is still nobody
    assert index.link(_span(doc, "Many"), role="participant") is None


def test_a_partitive_speaks_for_the_people_it_names() -> None:
    doc = nlp.load()(
        "Senator Ann Reyes and Senator Bo Park met on Monday. "
        "Both of the senators said the bill was dead."
    )
    index = find_actors(doc)
    party = index.link(_span(doc, "Both"))
    assert party is not None and party.actor is not None
    assert "senators" in party.mention.text


def test_a_partitive_pronoun_is_its_antecedent() -> None:
    doc = nlp.load()("The striking workers gathered at noon. Most of them said they would stay.")
    index = find_actors(doc)
    workers = index.link(_span(doc, "The striking workers"))
    assert workers is not None and workers.actor is not None
    party = index.link(_span(doc, "Most"))
    assert party is not None and party.actor == workers.actor
    assert party.mention.text == "them"


def test_a_number_speaks_as_its_words() -> None:
    doc = nlp.load()("Six in 10 say the economy is the main issue.")
    index = find_actors(doc)
    party = index.link(_span(doc, "Six in 10"))
    assert party is not None and party.actor is None and party.mention.text == "Six in 10"


def test_an_adverb_before_the_subject_is_not_part_of_it() -> None:
    doc = nlp.load()("Even some of his old friends say he has changed.")
    index = find_actors(doc)
    party = index.link(_span(doc, "Even some"))
    assert party is not None and not party.mention.text.startswith("Even")


def test_you_is_no_actor_but_a_speaker_in_words() -> None:
    doc = nlp.load()("You might ask whether the mayor will run again.")
    index = find_actors(doc)
    n = len(index.actors)
    party = index.link(_span(doc, "You"))
    assert party is not None and party.actor is None
    assert party.mention.kind == "pronoun"
    assert len(index.actors) == n


def test_a_relative_pronoun_is_the_speaker_even_without_an_actor() -> None:
    doc = nlp.load()("Those who said the economy was their top issue split evenly.")
    index = find_actors(doc)
    party = index.link(_span(doc, "who"))
    assert party is not None
    assert party.mention.text == "who" and party.mention.kind == "pronoun"


def test_a_nominal_adjective_speaks_as_its_words() -> None:
    doc = nlp.load()('"The plan is sound," said the 46-year-old.')
    index = find_actors(doc)
    party = index.link(_span(doc, "the 46-year-old"))
    assert party is not None and party.mention.text == "the 46-year-old"


def test_an_attributive_verb_keeps_a_noun_phrase() -> None:
    doc = nlp.load()("Officials said leaked emails showed the staff favoring one side.")
    index = find_actors(doc)
    party = index.link(_span(doc, "leaked emails"))
    assert party is not None and party.mention.text == "leaked emails"
    clause = index.link(_span(doc, "showed the staff favoring"))
    assert clause is None  # a verb heading the span is a clause: no one


def test_a_long_apposition_is_the_name_in_it() -> None:
    doc = nlp.load()(
        "The mayor's longtime political rival, former Ohio state Sen. Laura Keating, "
        "also praised the plan."
    )
    index = find_actors(doc)
    phrase = "The mayor's longtime political rival, former Ohio state Sen. Laura Keating,"
    party = index.link(_span(doc, phrase.rstrip(",")))
    assert party is not None and party.actor is not None
    assert index.by_id(party.actor).name == "Laura Keating"
