"""The older CAMEO dictionary's patterns (TABARI's syntax) that the lexicon build translates into
CAMEO.2.0's slots, what it leaves out, and how the coder reads them. Pattern lines are written
here in the older file's syntax; sentences are made up to show each kind."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import communique
from communique.events.lexicon import lexicon

SHARED = Path(__file__).resolve().parents[2] / "shared"
VERBS = frozenset({"withdraw", "unite", "meet", "attack"})
SETS = {"MILITARY": ["troops", "army"]}
NOUNS = frozenset(
    {
        "troops",
        "army",
        "talks",
        "town",
        "relations",
        "headquarters",
        "cancellation",
        "meeting",
        "attack",
        "police",
    }
)


def kind(build: ModuleType, line: str) -> object:
    """The translated pattern of one older line, or why it is left out."""
    p = build.parse_pattern("B", line, "x:1", SETS, VERBS)
    body = build.re.sub(r"\[[^\]]*\]", "", line.split("#")[0]).strip().lstrip("-").strip()
    return build._older_kind(p, body, VERBS, SETS, NOUNS, frozenset({"attack"}))


def test_the_kinds_that_translate_take_cameo2_slots(event_lexicon_build: ModuleType) -> None:
    build = event_lexicon_build
    only = kind(build, "- * HEADQUARTERS [0874]  # ABANDON")
    assert (only.object, only.prep, only.prep_object) == ("headquarters", "", "")
    # an unparenthesised preposition's noun is its object, not the verb's
    prep = kind(build, "- * FOR TALKS [036]  # MEET")
    assert (prep.object, prep.prep, prep.prep_object) == ("", "for", "talks")
    both = kind(build, "- * &MILITARY IN + [0874]  # WITHDRAW")
    assert (both.object, both.prep, both.prep_object) == ("troops|army", "in", build.ACTOR_SLOT)
    # "in" bare after the verb opens a phrase in the older syntax, "back" is a particle
    assert kind(build, "- * IN TOWN [190]  # ATTACK").prep == "in"
    assert kind(build, "- * BACK &MILITARY [0874]  # PULL").particle == "back"
    # a phrase joined by "_" is one noun phrase, its head last (as CAMEO.2.0's braces)
    assert kind(build, "- * DIPLOMATIC_RELATIONS [161]  # CUT").object == "diplomatic relations"


def older_kind(build: ModuleType, line: str) -> object:
    """:func:`kind`, with the agents dictionary's words that name one who acts."""
    p = build.parse_pattern("B", line, "x:1", SETS, VERBS)
    body = build.re.sub(r"\[[^\]]*\]", "", line.split("#")[0]).strip().lstrip("-").strip()
    actors = frozenset({"police", "troops"})
    return build._older_kind(p, body, VERBS, SETS, NOUNS, frozenset({"attack"}), actors)


def test_a_noun_before_the_verb_that_names_an_actor_is_its_subject(
    event_lexicon_build: ModuleType,
) -> None:
    build = event_lexicon_build
    # CAMEO.2.0's own "[Pre-Verb Nouns] *": the head of the subject
    found = older_kind(build, "- POLICE * TOWN [173]  # ATTACK")
    assert (found.subject, found.object) == ("police", "town")
    # a set whose own first word is an agent
    found = older_kind(build, "- &MILITARY * IN TOWN [190]  # ATTACK")
    assert (found.subject, found.prep, found.prep_object) == ("troops|army", "in", "town")
    assert build._older_name(found) == "subject, preposition only"
    # a noun that names no one who acts: a modifier of the verb read as a noun, or another
    # clause's word
    assert older_kind(build, "- TALKS * [190]  # ATTACK").startswith("words before the verb")


def test_a_noun_after_an_actor_mark_is_the_object_of_the_verb(
    event_lexicon_build: ModuleType,
) -> None:
    build = event_lexicon_build
    # "- * + &PROPOSAL [111] # ATTACK": "attacked the government's proposal"
    found = kind(build, "- * + TALKS [111]  # ATTACK")
    assert (found.object, found.prep) == ("talks", "")
    assert build._older_name(found, "* + TALKS") == "object after an actor mark"
    # "- * + MEET": a verb after the target opens another clause ("urged them to meet")
    assert kind(build, "- * + MEET [036]  # ATTACK") == "an actor mark before a word"


def test_an_infinitive_after_the_target_is_a_to_phrase(event_lexicon_build: ModuleType) -> None:
    build = event_lexicon_build
    # "- * + TO UNITE [100] # PRESS": "pressed the factions to unite", CAMEO.2.0's
    # "- * DIPLOMAT (TO LEAVE)" with the target as the object
    for line in ("- * + TO UNITE [100]  # PRESS", "- * + TO_UNITE [100]  # PRESS"):
        found = kind(build, line)
        assert (found.object, found.prep, found.prep_object) == ("", "to", "unite")
        assert build._older_name(found, "* + TO UNITE") == "an infinitive after the target"
    # without the target, "to" and a verb is the subject's own infinitive: not carried
    assert kind(build, "- * TO UNITE [100]  # PRESS") == "another verb or a word sequence"


def test_a_commitment_pattern_reads_a_bare_preposition_with_its_object(
    event_lexicon_build: ModuleType,
) -> None:
    # "- * TO WORK FOR PEACE [037] # PLEDGE": work for peace, not work peace
    bracket = event_lexicon_build._bracket_preposition
    assert bracket(["FOR", "PEACE"]) == ["(FOR PEACE)"]
    assert bracket(["&MILITARY", "OF", "OBSERVERS"]) == ["&MILITARY", "(OF OBSERVERS)"]
    # an actor mark after the preposition is read as the slot already
    assert bracket(["TIES", "WITH", "+"]) == ["TIES", "WITH", "+"]
    found = event_lexicon_build.parse_pattern("PLEDGE", "- * (FOR PEACE) [037]", "x:1", {}, VERBS)
    assert (found.object, found.prep, found.prep_object) == ("", "for", "peace")


@pytest.mark.skipif(not SHARED.exists(), reason="PETRARCH2 dictionaries not on this machine")
def test_the_commitment_to_work_for_peace_is_read_with_its_preposition() -> None:
    rows = lexicon().complements["work"]
    found = {(p.object, p.prep, p.prep_object) for p in rows}
    assert ((), frozenset({"for"}), ("peace",)) in found


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (
            "- SAID + MUST * POLICY [100]  # ABANDON",
            "words before the verb: a negation, a modal or a report (modality)",
        ),
        (
            "- NOT * PAYMENT [128]  # MEET",
            "words before the verb: a negation, a modal or a report (modality)",
        ),
        (
            "- + WAS * TOWN [190]  # ATTACK",
            "words before the verb: an auxiliary (passive or perfect)",
        ),
        (
            "- TALKS * [1411]  # STRIKE",
            "words before the verb: a noun that names no actor",
        ),
        ("- * + TO UNITE WITH [100]  # PRESS", "an actor mark before a word"),
        ("- * + TOWN IN + [190]  # ATTACK", "an actor mark before a word"),
        ("- + * &MILITARY $ [072]  # RECEIVE", "the target or a joint actor before the verb"),
        ("- * + PARTY [160]  # ABANDON", "an actor mark before a word"),
        ("- * WITHDRAW &MILITARY FROM + [087]  # ANNOUNCE", "another verb or a word sequence"),
        ("- * CANCELLATION MEETING [164]  # ANNOUNCE", "another verb or a word sequence"),
        ("- * TO UNITE [100]  # PRESS", "another verb or a word sequence"),
        ("- * MEET [036]  # AGREE", "another verb or a word sequence"),
        ("- * RECOGNI [050]  # ANNOUNCE", "a word stem or a verb form (TABARI matches prefixes)"),
        ("- * &ANIMAL [190]  # ATTACK", "a synonym set CAMEO.2.0.txt does not define"),
        ("- * STRONGLY [111]  # CONDEMN", "an adverb"),
    ],
)
def test_what_does_not_translate_is_left_out_with_its_reason(
    event_lexicon_build: ModuleType, line: str, why: str
) -> None:
    assert kind(event_lexicon_build, line) == why


def test_a_word_cameo2_writes_as_a_pattern_noun_stays_a_noun(
    event_lexicon_build: ModuleType,
) -> None:
    # "attack" is a verb of the dictionaries, and CAMEO.2.0 names it as a pattern's object
    found = kind(event_lexicon_build, "- * ATTACK [194]  # BOMB")
    assert found.object == "attack"


@pytest.mark.skipif(not SHARED.exists(), reason="PETRARCH2 dictionaries not on this machine")
def test_a_cameo2_pattern_for_the_same_verb_and_slots_wins() -> None:
    lex = lexicon()
    older = [
        p
        for rows in lex.blocks.values()
        for p in rows
        if "older syntax" in p.source and "150430" in p.source
    ]
    assert len(older) > 100
    # every older row comes with the verbs it applies to, and after CAMEO.2.0's blocks
    for p in older[:200]:
        verbs = [v for v, blocks in lex.verb_blocks.items() if p.lemma in blocks]
        assert verbs, p
        for verb in verbs:
            blocks = lex.verb_blocks[verb]
            first = next((b for b in blocks if "150430" not in b), None)
            if first is not None:
                assert blocks.index(first) < blocks.index(p.lemma)


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def coded(extractor: communique.Extractor, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.cameo_code) for e in extractor.extract(text, date="2022-02-18").events]


def test_an_older_object_pattern_codes_the_act_it_names(extractor) -> None:
    # "- * WORK [143] # BOYCOTT": boycotting work is a strike, not a boycott of a party
    assert coded(extractor, "Dock workers boycotted work across the port city.") == [
        ("PROTEST", "143")
    ]


def test_the_older_kinds_with_a_preposition_are_not_carried() -> None:
    # "- * TO [020] # LOOK", "- * TO + [042:043] # RETURN" (CAMEO.verbpatterns.150430.txt:10036,
    # :12027): mostly the verb's plain sense on the PolNeAR train split ("looked ahead to the
    # primary", "returned to Washington"); "- * MESSAGE TO + [040] # DELIVER": mostly wrong
    # there too. A preposition comes only with a subject that names an actor ("- POLICE * WITH
    # PROTESTERS") or as the infinitive after the target ("- * + TO RESIGN")
    older = [p for rows in lexicon().blocks.values() for p in rows if "older syntax" in p.source]
    assert older
    assert all(
        p.particle
        or (p.object and not p.prep)
        or p.subject
        or "infinitive after the target" in p.source
        for p in older
    )


@pytest.mark.parametrize(
    "text",
    [
        "The senator looked ahead to the primary in Ohio.",
        "The governor returned to Washington on Monday.",
    ],
)
def test_a_verb_with_a_bare_preposition_keeps_its_plain_sense(extractor, text: str) -> None:
    assert coded(extractor, text) == []


SETS_TEXT = "&PEOPLE\n+PEOPLE\n+VOTERS\n\n####### VERB PATTERNS #######\n\n"


def test_older_patterns_keep_to_their_verbs_and_yield_to_cameo2(
    event_lexicon_build: ModuleType, tmp_path: Path
) -> None:
    build = event_lexicon_build
    main = tmp_path / "main.txt"
    main.write_text(
        SETS_TEXT + "--- URGE [020] ---\nURGE\n- * CEASEFIRE [027]  # URGE\n", encoding="latin-1"
    )
    older = tmp_path / "older.txt"
    older.write_text(
        SETS_TEXT
        + "--- URGE [020] ---\nURGE\nPRESS\n"
        + "- * &PEOPLE [022]  # CALLED_ON\n"  # written for "call on": not carried
        + "- * RESTRAINT [025]  # URGE\n"  # urge only
        + "- * TALKS [026]\n"  # no verb named: the whole block
        + "- * &PEOPLE [---]  # PRESS\n"  # a null code stays a no-event row
        + "- * CEASEFIRE [0256]  # URGE\n",  # CAMEO.2.0 has urge * CEASEFIRE: it wins
        encoding="latin-1",
    )
    nouns = frozenset({"restraint", "talks", "ceasefire", "people", "voters"})
    found = build.older_patterns(older, build.read_verbs(main), nouns)
    rows = {p.object: p for p in found.patterns}
    assert set(rows) == {"restraint", "talks", "people|voters"}
    assert rows["people|voters"].code == "---"
    members = {(m.lemma, m.block) for m in found.members}
    assert ("urge", rows["restraint"].lemma) in members
    assert ("press", rows["restraint"].lemma) not in members
    assert {v for v, b in members if b == rows["talks"].lemma} == {"urge", "press"}
    assert {v for v, b in members if b == rows["people|voters"].lemma} == {"press"}
    assert found.left_out["written for a verb not among the block's plain verbs"] == 1
    assert found.left_out["a CAMEO.2.0.txt pattern for the same verb and slots"] == 1
    assert all("older syntax" in p.source for p in found.patterns)


def test_an_older_object_pattern_of_force_is_a_deployment(extractor) -> None:
    # "- * FORCE [154] # DEPLOY": CAMEO.2.0 names troops and the military sets, not "force"
    text = "The ministry deployed a larger force along the northern border."
    assert coded(extractor, text) == [("MOBILIZE", "154")]


def test_an_older_null_pattern_is_no_event(extractor) -> None:
    # "- * GOD [---] # THANK": thanking God is no praise of a party
    assert coded(extractor, '"Thank God nobody was hurt," the mayor said.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "- POLICE * WITH PROTESTERS [175:145] # CLASH": the police's side of a clash is repression
        ("Police clashed with protesters near the stadium.", [("ASSAULT", "175")]),
        # "- &REFUGEE * [141] # PROTEST": refugees protesting are a demonstration
        ("Refugees protested outside the camp.", [("PROTEST", "141")]),
    ],
)
def test_an_older_pattern_with_its_subject_codes_the_act(
    extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(extractor, text) == expected


def test_an_older_pattern_with_the_target_before_its_object_codes_the_act(extractor) -> None:
    # "- * + GOVERNMENT [161] # QUIT": a party quitting another's government breaks with it
    assert coded(extractor, "The Greens quit the chancellor's government over the budget.") == [
        ("SANCTION", "161")
    ]
