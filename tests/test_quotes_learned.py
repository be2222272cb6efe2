"""The trained attribution models: fitting, storing, loading and what they find."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from communique.quotes import learned
from communique.quotes.learned import AttributionModel
from communique.quotes.linear import BUCKETS, LinearModel, feature_ids, feature_ids_of
from communique.quotes.training import Examples, fit

#: The shipped weights must stay small enough to live in the package.
MAX_MODEL_BYTES = 3_000_000


@pytest.fixture(scope="module")
def nlp():
    from communique import nlp as nlp_mod

    return nlp_mod.load()


def test_feature_ids_are_stable_across_processes():
    # CRC-32 of the UTF-8 bytes, so a model trained in one process scores the same in another.
    import zlib

    assert feature_ids(["l=say", "bias"]).tolist() == [
        zlib.crc32(b"l=say") % BUCKETS,
        zlib.crc32(b"bias") % BUCKETS,
    ]


def test_feature_ids_of_many_examples_are_each_examples_own():
    examples = [["l=say", "bias"], [], ["w+1=that"], ["a", "b", "c"]]
    assert [ids.tolist() for ids in feature_ids_of(examples)] == [
        feature_ids(feats).tolist() for feats in examples
    ]
    assert feature_ids_of([]) == []


def test_batch_scores_equal_each_examples_own_sum_bit_for_bit():
    # Examples are summed in groups of one length: every total must be the one a single
    # example gets, to the last bit, for short sums and for NumPy's pairwise long ones.
    rng = np.random.default_rng(7)
    model = LinearModel(
        sparse=rng.normal(size=BUCKETS).astype(np.float32) * 10.0 ** rng.integers(-4, 4, BUCKETS),
        dense=np.zeros(0, np.float32),
        bias=0.125,
    )
    lengths = [int(n) for n in rng.integers(0, 300, 400)] + list(range(40))
    ids = [rng.integers(0, BUCKETS, n) for n in lengths]
    scores = model.scores([(row, None) for row in ids])
    assert scores.dtype == np.float32
    own = np.array([float(model.sparse[row].sum()) for row in ids], dtype=np.float32)
    assert scores.tobytes() == (own + model.bias).tobytes()


def test_scores_of_the_rows_of_one_matrix_are_the_batch_scores_bit_for_bit():
    # The cue and content models hand their dense vectors over as one matrix; with a hidden
    # layer, and with vectors of another width (no context), the scores are those of
    # :meth:`LinearModel.scores` to the last bit.
    rng = np.random.default_rng(11)
    model = LinearModel(
        sparse=rng.normal(size=BUCKETS).astype(np.float32),
        dense=rng.normal(size=8).astype(np.float32),
        bias=-0.25,
        hidden=rng.normal(size=(8, 5)).astype(np.float32),
        hidden_bias=rng.normal(size=5).astype(np.float32),
        out=rng.normal(size=5).astype(np.float32),
    )
    ids = [rng.integers(0, BUCKETS, int(n)) for n in rng.integers(0, 40, 300)]
    for width in (8, 6):
        dense = rng.normal(size=(len(ids), width)).astype(np.float32)
        batch = model.scores(list(zip(ids, dense, strict=True)))
        assert model.scores_of_rows(ids, dense).tobytes() == batch.tobytes()
    assert model.scores_of_rows([], np.zeros((0, 8), np.float32)).size == 0
    with pytest.raises(ValueError):
        model.scores_of_rows(ids, np.zeros((3, 8), np.float32))


def test_scores_of_some_rows_are_those_of_the_whole_matrix_bit_for_bit():
    # The cue model scores only the candidates the finder may take, with the dense part over
    # all of them: a row's score must not depend on which other rows are asked about (BLAS
    # blocks a product by rows, and a product of fewer rows can differ in the last bits).
    rng = np.random.default_rng(12)
    model = LinearModel(
        sparse=rng.normal(size=BUCKETS).astype(np.float32),
        dense=rng.normal(size=96).astype(np.float32),
        bias=0.5,
        hidden=rng.normal(size=(96, 32)).astype(np.float32),
        hidden_bias=rng.normal(size=32).astype(np.float32),
        out=rng.normal(size=32).astype(np.float32),
    )
    ids = [rng.integers(0, BUCKETS, int(n)) for n in rng.integers(1, 40, 157)]
    dense = rng.normal(size=(len(ids), 96)).astype(np.float32)
    every = model.scores_of_rows(ids, dense)
    rows = [k for k in range(len(ids)) if k % 3]
    some = model.scores_of_rows([ids[k] for k in rows], dense, rows)
    assert some.tobytes() == every[rows].tobytes()
    assert model.scores_of_rows([], dense, []).size == 0
    with pytest.raises(ValueError):
        model.scores_of_rows(ids[:2], dense, [0])


def _toy(n: int, seed: int) -> Examples:
    rng = np.random.default_rng(seed)
    examples = Examples()
    for i in range(n):
        positive = i % 2 == 0
        word = "yes" if positive else "no"
        dense = rng.normal(size=4).astype(np.float32) + (1.0 if positive else -1.0)
        examples.add(feature_ids([f"w={word}", "bias"]), dense, i, float(positive))
    return examples


def test_fit_separates_a_toy_problem_and_is_seeded():
    examples = _toy(200, seed=1)
    first = fit(examples, ranking=False, epochs=5, seed=3)
    second = fit(examples, ranking=False, epochs=5, seed=3)
    assert np.array_equal(first.sparse, second.sparse)
    assert np.array_equal(first.dense, second.dense)
    scores = first.scores(list(zip(examples.ids, examples.dense, strict=True)))
    predicted = scores > 0
    assert (predicted == (np.asarray(examples.labels) == 1)).mean() > 0.95


def test_ranking_fit_prefers_the_marked_candidate():
    examples = Examples()
    for group in range(60):
        for k, kind in enumerate(("whole", "half", "word")):
            examples.add(feature_ids([f"k={kind}"]), np.zeros(2, np.float32), group, float(k == 0))
    model = fit(examples, ranking=True, epochs=5)
    scores = model.scores([(feature_ids([f"k={k}"]), None) for k in ("whole", "half", "word")])
    assert int(np.argmax(scores)) == 0


def test_model_round_trips_through_a_file(tmp_path):
    rng = np.random.default_rng(0)

    def linear() -> LinearModel:
        return LinearModel(
            sparse=rng.normal(size=BUCKETS).astype(np.float32),
            dense=rng.normal(size=8).astype(np.float32),
            bias=0.25,
        )

    model = AttributionModel(linear(), linear(), linear(), frozenset({"say", "according"}))
    path = tmp_path / "model.npz"
    model.save(path)
    loaded = AttributionModel.from_file(path)
    assert loaded.cue_lemmas == {"say", "according"}
    ids = feature_ids(["a", "b"])
    dense = rng.normal(size=8).astype(np.float32)
    # float16 storage: the same scores to three decimals.
    assert loaded.cue.score(ids, dense) == pytest.approx(model.cue.score(ids, dense), abs=0.05)


def test_bundled_model_is_shipped_small_and_loads():
    path = resources.files("communique.data").joinpath(learned.MODEL_FILE)
    assert path.is_file()
    assert path.stat().st_size < MAX_MODEL_BYTES
    model = learned.bundled()
    assert model is not None
    assert "say" in model.cue_lemmas


def test_model_finds_reports_the_rules_missed(nlp):
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    text = (
        "The central bank expects inflation to ease next year. "
        "Officials believe that the measures will work, the minister told parliament."
    )
    doc = nlp(text)
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    texts = [q.text for q in quotes]
    assert any("the measures will work" in t for t in texts), texts


def test_rules_only_when_the_model_is_switched_off(nlp):
    import dataclasses

    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled

    doc = nlp("The minister said that the talks would continue.")
    with ACTIVE.using(dataclasses.replace(bundled(), use_model=False)):
        assert learned.active() is None
        quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    # The rules keep the complementizer, as the model and PolNeAR's annotators do.
    assert [q.text for q in quotes] == ["that the talks would continue"]


def test_vectors_of_another_width_count_as_no_context():
    model = LinearModel(
        sparse=np.zeros(BUCKETS, np.float32), dense=np.ones(4, np.float32), bias=0.5
    )
    ids = feature_ids(["bias"])
    assert model.score(ids, np.ones(3, np.float32)) == pytest.approx(0.5)
    assert model.scores([(ids, np.ones(3, np.float32))]).tolist() == pytest.approx([0.5])


def test_a_pipeline_without_tok2vec_still_finds_reports():
    import spacy

    from communique.actors import ActorDictionary, find_actors
    from communique.nlp import default_model_name
    from communique.quotes import find_quotes

    doc = spacy.load(default_model_name())("The minister said that the talks would continue.")
    doc.tensor = np.zeros((0, 0), dtype=np.float32)
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [q.text for q in quotes] == ["that the talks would continue"]


# -- the models as part of the spaCy component ---------------------------------------

REPORT = "Officials believe that the measures will work."


def _deaf_model(path) -> str:
    """A model that knows "believe" but never takes it for a cue: a visible change of behaviour."""
    width = learned.bundled().cue.dense.size

    def linear(bias: float) -> LinearModel:
        return LinearModel(
            sparse=np.zeros(BUCKETS, np.float32), dense=np.zeros(width, np.float32), bias=bias
        )

    AttributionModel(linear(-20.0), linear(0.0), linear(0.0), frozenset({"believe"})).save(path)
    return str(path)


def _texts(doc) -> list[str]:
    return [q.text for q in doc._.quotes]


def _reported(nlp) -> bool:
    return any("the measures will work" in t for t in _texts(nlp(REPORT)))


@pytest.fixture()
def pipeline():
    import spacy

    import communique
    from communique import nlp as nlp_mod

    def build(**quotes_config):
        nlp = spacy.load(nlp_mod.default_model_name())
        communique.add_pipes(nlp, config={"communique_quotes": quotes_config})
        return nlp

    return build


def test_a_model_file_in_the_config_replaces_the_bundled_models(tmp_path, pipeline):
    assert _reported(pipeline())
    nlp = pipeline(model_file=_deaf_model(tmp_path / "mine.npz"))
    assert not _reported(nlp)
    # Quotation marks stay with the rules whatever the models say.
    assert _texts(nlp('"We will win," the minister said.')) == ["We will win,"]


def test_saved_pipeline_carries_its_models(tmp_path, pipeline):
    import spacy

    mine = tmp_path / "mine.npz"
    nlp = pipeline(model_file=_deaf_model(mine))
    nlp.to_disk(tmp_path / "saved")
    mine.unlink()
    assert not _reported(spacy.load(tmp_path / "saved"))
    # The bundled models are saved too: the saved pipeline does not depend on the package's.
    plain = pipeline()
    plain.to_disk(tmp_path / "plain")
    saved = tmp_path / "plain" / "communique_quotes" / "model_file" / learned.MODEL_FILE
    assert saved.read_bytes() == learned.bundled_bytes()
    again = spacy.load(tmp_path / "plain")
    assert _texts(again(REPORT)) == _texts(plain(REPORT))


def test_initialize_takes_a_model_file(tmp_path, pipeline):
    nlp = pipeline()
    stage = nlp.get_pipe("communique_quotes")
    stage.initialize(nlp=nlp)  # nothing named: the models stay
    assert _reported(nlp)
    stage.initialize(nlp=nlp, model_file=_deaf_model(tmp_path / "mine.npz"))
    assert not _reported(nlp)


def test_a_file_that_is_not_a_model_is_a_set_up_error(tmp_path, pipeline):
    from communique.errors import CommuniqueError

    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(CommuniqueError) as info:
        pipeline(model_file=str(bad))
    assert info.value.code == "CQ321" and "bad.npz" in str(info.value)
    with pytest.raises(CommuniqueError) as info:
        pipeline(model_file=str(tmp_path / "absent.npz"))(REPORT)
    assert info.value.code == "CQ325"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Last Tuesday brought fresh warnings that the talks would fail.", "brought"),
        ("Monday saw the ministry warn that prices would rise.", "saw"),
    ],
)
def test_a_date_is_never_offered_as_a_source(nlp, text, cue):
    model = learned.bundled()
    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    content = (token.i + 1, len(doc) - 1)
    found = model.source_span(token, content)
    assert found is None or doc[found[0] : found[1]].root.ent_type_ not in ("DATE", "TIME")


@pytest.mark.parametrize(
    "text, cue, content, kind",
    [
        # what a stance is about, inside its noun or adjective
        (
            "Farmers expressed concern about the new water plan.",
            "expressed",
            "the new water plan",
            "inner-pobj",
        ),
        ("The mayor was pleased with the outcome.", "was", "the outcome", "inner-pobj"),
        # the subject of a passive report
        (
            "These proposals have been applauded by several economists.",
            "applauded",
            "These proposals",
            "subjpass",
        ),
        # a noun phrase without what a comma sets off
        (
            "Officials denied the report, which appeared on Monday.",
            "denied",
            "the report",
            "np-core",
        ),
    ],
)
def test_content_candidates_offer_the_narrow_reading(nlp, text, cue, content, kind):
    from communique.quotes.features import content_candidates

    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    spans = {doc[c.start : c.end].text: c.kinds for c in content_candidates(token)}
    assert content in spans, sorted(spans)
    assert any(k.startswith(kind) for k in spans[content]), spans[content]


# -- the cue model's context windows ---------------------------------------------------


def test_context_vectors_are_window_means_inside_the_sentence(nlp):
    from communique.quotes.features import context_vectors

    doc = nlp("The minister said that the talks would continue. Nobody agreed.")
    rows = np.asarray(doc.tensor, dtype=np.float32)
    width = rows.shape[1]
    said = next(t.i for t in doc if t.text == "said")
    nobody = next(t.i for t in doc if t.text == "Nobody")
    out = context_vectors(doc, [said, nobody], ((-3, 0), (1, 4)))
    assert out.shape == (2, 3 * width)
    assert np.allclose(out[0, :width], rows[said])
    # Left of "said" the sentence holds two tokens only: the window stops at its start.
    assert np.allclose(out[0, width : 2 * width], rows[:said].mean(axis=0), atol=1e-5)
    assert np.allclose(out[0, 2 * width :], rows[said + 1 : said + 4].mean(axis=0), atol=1e-5)
    # "Nobody" opens its sentence: nothing on its left, not the previous sentence's words.
    assert not out[1, width : 2 * width].any()


def test_context_vectors_without_a_tensor_are_zeros(nlp):
    from communique.quotes.features import context_vectors

    doc = nlp("The minister said so.")
    doc.tensor = np.zeros((0, 0), dtype=np.float32)
    out = context_vectors(doc, [2], ((-3, 0),))
    assert out.shape[0] == 1 and not out.any()


def test_cue_windows_round_trip_and_old_files_read_as_none(tmp_path):
    def linear(width: int) -> LinearModel:
        return LinearModel(
            sparse=np.zeros(BUCKETS, np.float32), dense=np.zeros(width, np.float32), bias=0.0
        )

    windowed = AttributionModel(
        linear(12), linear(8), linear(8), frozenset({"say"}), cue_windows=((-6, 0), (1, 7))
    )
    windowed.save(tmp_path / "windowed.npz")
    assert AttributionModel.from_file(tmp_path / "windowed.npz").cue_windows == ((-6, 0), (1, 7))
    plain = AttributionModel(linear(4), linear(8), linear(8), frozenset({"say"}))
    plain.save(tmp_path / "plain.npz")
    assert AttributionModel.from_file(tmp_path / "plain.npz").cue_windows == ()


def test_fit_with_dropout_is_seeded_and_still_learns():
    examples = _toy(200, seed=2)
    first = fit(examples, ranking=False, epochs=5, seed=3, hidden=4, dropout=0.3)
    second = fit(examples, ranking=False, epochs=5, seed=3, hidden=4, dropout=0.3)
    assert np.array_equal(first.hidden, second.hidden)
    scores = first.scores(list(zip(examples.ids, examples.dense, strict=True)))
    assert ((scores > 0) == (np.asarray(examples.labels) == 1)).mean() > 0.95


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The so-called "peace plan" was published.', True),
        ("The so called experts disagreed.", True),
        ("He called the plan a disaster.", False),
        ("So they called the police.", False),
    ],
)
def test_so_called_is_never_a_cue_candidate(nlp, text, expected):
    from communique.quotes.features import is_cue_candidate, is_so_called

    doc = nlp(text)
    called = next(t for t in doc if t.lower_ == "called")
    assert is_so_called(called) is expected
    if expected:
        assert not is_cue_candidate(called)


def test_the_source_model_names_a_speaker_the_parse_lost(nlp):
    """An inverted subject after a long title: the small parser reads it as an object of
    "ranking", so the rules find no subject of "said"; the source model still picks the name."""
    import dataclasses

    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled

    doc = nlp(
        '"The budget is balanced," said Finance Committee ranking Democrat Maria Lopez (D-Ore.).'
    )
    with ACTIVE.using(dataclasses.replace(bundled(), use_model=False)):
        rules_only, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [q.speaker for q in rules_only] == [None]
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Maria Lopez"]


def test_in_the_hope_that_belongs_to_the_subject_of_the_verb_it_modifies(nlp):
    """The source model finds no source for the noun cue; the idiom's holder is the subject."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    doc = nlp(
        "He has carefully courted their supporters in hopes that if the two rivals falter, "
        "he will inherit them."
    )
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    hoped = [q for q in quotes if q.cue and q.cue.text == "hopes"]
    assert [q.speaker.mention.text if q.speaker else None for q in hoped] == ["He"]


def _fixed_cue_model(lemma: str, probability: float) -> AttributionModel:
    """A model that gives every ``lemma`` the same cue probability and ranks evenly."""
    width = learned.bundled().cue.dense.size

    def linear(bias: float) -> LinearModel:
        return LinearModel(
            sparse=np.zeros(BUCKETS, np.float32), dense=np.zeros(width, np.float32), bias=bias
        )

    cue_bias = float(np.log(probability / (1.0 - probability)))
    return AttributionModel(linear(cue_bias), linear(0.0), linear(0.0), frozenset({lemma}))


@pytest.mark.parametrize(
    ("text", "lemma", "probability", "kept"),
    [
        # A content of a word or two ("chanted [slogans]") needs a surer cue than a clause.
        ("Protesters chanted slogans.", "chant", 0.4, False),
        ("Protesters chanted slogans.", "chant", 0.6, True),
        ("Officials believe that the measures will work.", "believe", 0.4, True),
    ],
)
def test_a_short_content_needs_a_surer_cue(nlp, text, lemma, probability, kept):
    import dataclasses

    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled

    doc = nlp(text)
    model = _fixed_cue_model(lemma, probability)
    with ACTIVE.using(dataclasses.replace(bundled(), model=model)):
        quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    lemmas = {token.text: token.lemma_ for token in doc}
    cues = [lemmas.get(q.cue.text) for q in quotes if q.cue is not None]
    assert (lemma in cues) == kept, [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The moderator asked the former secretary of state.",
        "Two reporters asked the governor.",
        "The anchor asked her rival, Tom Baker, on Sunday.",
    ],
)
def test_a_report_naming_only_whom_it_asks_is_none(nlp, text):
    """ "ask" takes the person asked as its object: with no question after it, nothing was
    reported, and the person is no content (an office actor resolution knows names a person)."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    doc = nlp(text)
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [q.text for q in quotes] == []


def test_the_of_phrase_of_an_office_is_part_of_whom_a_question_addresses(nlp):
    """ "the secretary *of state*": the title's "of" phrase names the person asked, so it is
    no content of the question, which is the "if" clause after it."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    doc = nlp(
        "The senator asked the secretary of state during the hearing if the embassy would reopen."
    )
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [q.text for q in quotes] == ["if the embassy would reopen"]


def test_what_a_report_refers_to_is_still_its_content(nlp):
    """Only an object is whom a report addresses: "referring to X" is about X."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    doc = nlp('"It is a mistake," the mayor said, referring to the new parking rules.')
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert "the new parking rules" in [q.text for q in quotes]


@pytest.mark.parametrize(
    ("text", "function_word"),
    [
        ("The mayor went on to say, “We will rebuild the bridge this year.”", "to"),
        ("But you said . . .", "But"),
    ],
)
def test_a_report_of_function_words_only_is_none(nlp, text, function_word):
    """A content of nothing but a preposition, conjunction or particle is a complement the
    parse cut off ("went on [to]"), not something said; the quotation itself still is."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    doc = nlp(text)
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert function_word not in [q.text for q in quotes]


def test_a_pronoun_alone_is_still_a_report(nlp):
    """Pronouns carry content: PolNeAR annotates "said it", "asked why"."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes

    doc = nlp("The senator finally said it.")
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [q.text for q in quotes] == ["it"]


def _found_with(nlp, text: str, lemma: str, probability: float) -> list[tuple[str, str | None]]:
    """(content, speaker) of the quotes a model scoring only ``lemma`` finds in ``text``."""
    import dataclasses

    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled

    doc = nlp(text)
    model = _fixed_cue_model(lemma, probability)
    with ACTIVE.using(dataclasses.replace(bundled(), model=model)):
        quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    return [(q.text, q.speaker.mention.text if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # the object of the cue, named by its pronoun: short, yet kept below the surer threshold
        ("The council passed the budget, which the mayor denounced.", "denounce", ["which"]),
        # the subject of a passive cue
        ("The paper ran a story, which was denounced by the governor.", "denounce", ["which"]),
        # the pronoun, then what the cue says of it
        (
            "She met the governor, whom the senator described as a steady hand.",
            "describe",
            ["whom", "as a steady hand"],
        ),
    ],
)
def test_a_relative_pronoun_object_of_the_cue_is_what_was_reported(nlp, text, lemma, expected):
    """ "the budget, *which* the mayor denounced": what was denounced is the budget, named in
    the relative clause by its pronoun (PolNeAR train: 38 of 39 such reports take it in)."""
    found = _found_with(nlp, text, lemma, 0.4)
    assert [content for content, _ in found] == expected


def test_the_person_a_passive_question_addresses_is_no_content(nlp):
    """ "the aide, *who* was asked about the budget": the pronoun is whom the question
    addresses, not what was asked."""
    found = _found_with(nlp, "She thanked the aide, who was asked about the budget.", "ask", 0.6)
    assert "who" not in [content for content, _ in found]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # a passive cue with no complement reports its subject
        (
            "The new budget was denounced by the mayor in the council.",
            "denounce",
            ["The new budget"],
        ),
        # and what it says of it after "as"
        (
            "The senator was mentioned by several aides as a likely candidate.",
            "mention",
            ["The senator", "as a likely candidate"],
        ),
        # what a prepositional phrase says the cue is about stays
        ("The governor was charged with bribery.", "charge", ["bribery"]),
        # the subject without what the writer adds to it after a comma
        (
            "The union, which backed the mayor last year, was praised by the governor.",
            "praise",
            ["The union"],
        ),
        # a non-breaking space after the comma changes nothing
        (
            "The union,\u00a0which backed the mayor last year, was praised by the governor.",
            "praise",
            ["The union"],
        ),
    ],
)
def test_a_passive_cue_reports_its_subject(nlp, text, lemma, expected):
    """PolNeAR train: three in four passive cues with no complement take in their subject."""
    found = _found_with(nlp, text, lemma, 0.6)
    assert [content for content, _ in found] == expected


def test_the_person_a_passive_question_asks_is_no_content(nlp):
    found = _found_with(nlp, "The aide was asked about the budget.", "ask", 0.6)
    assert "The aide" not in [content for content, _ in found]


def test_the_person_a_relative_pronoun_names_as_told_is_no_content(nlp):
    """ "the aide, *whom* she told about the leak": the pronoun is the person told, not what
    was told (the addressee is compared by its place in the text, not as the same object)."""
    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes, finder

    doc = nlp("The aide, whom she told about the leak, has resigned.")
    quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert "whom" not in [q.text for q in quotes]
    # the reading itself: no content for the person told, the pronoun for the thing denounced
    told = next(t for t in doc if t.text == "told")
    assert told.dep_ == "relcl" and finder._relative_object(told) is None
    other = nlp("The plan, which the mayor denounced, failed.")
    denounced = next(t for t in other if t.text == "denounced")
    assert finder._relative_object(denounced) == [(3, 4)]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # what the noun object is about is the content: "expressed concern about X"
        ("The senator expressed concern about the new tariffs.", "express", ["the new tariffs"]),
        (
            "The columnist wrote a long essay about the mayor's budget.",
            "write",
            ["the mayor's budget"],
        ),
        # any other preposition leaves the noun in: "a list of donors"
        ("The mayor released a list of donors.", "release", ["a list of donors"]),
    ],
)
def test_what_a_noun_object_is_about_is_the_content(nlp, text, lemma, expected):
    """PolNeAR train: of cues over a verb and its noun object with an "about" phrase, 70 of
    113 contents are the object of "about"."""
    found = _found_with(nlp, text, lemma, 0.6)
    assert [content for content, _ in found] == expected


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The senator tried to rebuke the governor.", "try", ["the governor"]),
        ("The mayor continued to question the new budget.", "continue", ["the new budget"]),
        ("Voters in the north tend to favor lower taxes.", "tend", ["lower taxes"]),
        (
            "The senator tried to argue that the tax was unfair.",
            "try",
            ["that the tax was unfair"],
        ),
        # a verb of saying or wanting with an infinitive reports the infinitive
        ("The senator refused to endorse the mayor.", "refuse", ["to endorse the mayor"]),
    ],
)
def test_a_verb_of_attempt_or_phase_carries_the_report_of_its_infinitive(
    nlp, text, lemma, expected
):
    """ "tried to rebuke X": "try" says nothing itself; the report is what "rebuke" reports
    (PolNeAR train: 57 of 62 such contents start inside the infinitive's complement)."""
    found = _found_with(nlp, text, lemma, 0.6)
    assert [content for content, _ in found] == expected


def test_the_cue_of_a_carried_report_runs_over_both_verbs(nlp):
    import dataclasses

    from communique.actors import ActorDictionary, find_actors
    from communique.quotes import find_quotes
    from communique.quotes.settings import ACTIVE, bundled

    doc = nlp("The senator tried to rebuke the governor.")
    with ACTIVE.using(dataclasses.replace(bundled(), model=_fixed_cue_model("try", 0.6))):
        quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    assert [(q.text, q.cue.text) for q in quotes] == [("the governor", "tried to rebuke")]


@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # the occasion or medium of the saying, hung on the verb, is not what was said
        (
            "The governor defended the new budget in a long interview with the paper.",
            "defended",
            "the new budget",
        ),
        (
            "The senator criticized the trade deal at a rally in Ohio.",
            "criticized",
            "the trade deal",
        ),
        ("The mayor denied the accusations, through a spokeswoman.", "denied", "the accusations"),
        (
            "The minister denied the report through his lawyer on Monday.",
            "denied",
            "the report",
        ),
        ("The senator blasted the plan during a campaign stop.", "blasted", "the plan"),
        ("The senator attacked the governor on his radio show.", "attacked", "the governor"),
        ("The senator criticized the deal on the Senate floor.", "criticized", "the deal"),
        # the nouns are matched by lemma: "remarks" is "remark", "media" is "medium"
        ("The senator attacked the plan in his remarks.", "attacked", "the plan"),
        ("The governor criticized the senator on social media.", "criticized", "the senator"),
        # at the report's start it is skipped: "predicted at a rally that ..."
        (
            "The senator predicted at a rally that the party would win the state.",
            "predicted",
            "that the party would win the state",
        ),
    ],
)
def test_the_occasion_of_a_report_is_not_its_content(nlp, text, cue, kept):
    """ "defended Cruz *in an interview*": PolNeAR train has 47 such phrases of the verb
    outside the content and 6 inside (``occasion_prepositions``, ``occasion_nouns`` of
    cues.yaml)."""
    from communique.quotes import grammar

    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    start = verb.i + 1
    lo, hi = grammar.without_occasion(verb, start, len(doc) - 1)
    assert doc[lo:hi].text == kept


@pytest.mark.parametrize(
    ("text", "cue", "first"),
    [
        # before the report's start: "said in an interview that ..." keeps its clause whole
        ("The governor said in an interview that the budget was fair.", "said", "that"),
        # a phrase of the verb naming no occasion of saying stays
        ("The senator blamed the crisis on the big banks.", "blamed", "the"),
    ],
)
def test_other_phrases_of_the_verb_are_left_alone(nlp, text, cue, first):
    from communique.quotes import grammar

    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    start = next(t.i for t in doc if t.text == first and t.i > verb.i)
    assert grammar.without_occasion(verb, start, len(doc) - 1) == (start, len(doc) - 1)


def test_the_models_report_ends_before_the_occasion(nlp):
    found = _found_with(
        nlp, "The mayor praised the firefighters' courage in a speech on Friday.", "praise", 0.6
    )
    assert [content for content, _ in found] == ["the firefighters' courage"]


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    """A Doc with the given parse: the coordinations below are ones the parser hangs on the
    verb, which a plain sentence may not reproduce."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "start", "end", "expected"),
    [
        # "said [the plan was fair], but that it would cost more": a second "that" clause
        (
            "She said the plan was fair , but that it would cost more",
            [1, 1, 3, 4, 1, 4, 1, 1, 11, 11, 11, 1, 11],
            "nsubj ROOT det nsubj ccomp acomp punct cc mark nsubj aux conj dobj",
            "PRON VERB DET NOUN AUX ADJ PUNCT CCONJ SCONJ PRON AUX VERB ADJ",
            2,
            6,
            13,
        ),
        # "criticized [the plan] and the budget": a noun coordinated with the verb
        (
            "He criticized the plan and the budget",
            [1, 1, 3, 1, 1, 6, 1],
            "nsubj ROOT det dobj cc det conj",
            "PRON VERB DET NOUN CCONJ DET NOUN",
            2,
            4,
            7,
        ),
        # a coordinated verb of the speaker's own stays outside: "and called for a vote"
        (
            "She said the plan was fair and called for a vote",
            [1, 1, 3, 4, 1, 4, 1, 1, 7, 10, 8],
            "nsubj ROOT det nsubj ccomp acomp cc conj prep det pobj",
            "PRON VERB DET NOUN AUX ADJ CCONJ VERB ADP DET NOUN",
            2,
            6,
            6,
        ),
    ],
)
def test_a_second_complement_coordinated_with_the_first_is_in_the_report(
    nlp, words, heads, deps, pos, start, end, expected
):
    """PolNeAR train: 7 "that" clauses and 10 nouns hung so are in the content, 0 and 2 out."""
    from communique.quotes import grammar

    doc = _parsed(nlp, words.split(), heads, deps.split(), pos.split())
    assert grammar.through_coordinated_complement(doc[1], start, end) == expected


def _tagged(nlp, words: str, heads: list[int], deps: str, pos: str, tags: str, lemmas: str):
    """A Doc with the given parse, tags and lemmas: a misparse a plain sentence may not
    reproduce."""
    from spacy.tokens import Doc

    return Doc(
        nlp.vocab,
        words=words.split(),
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        tags=tags.split(),
        lemmas=lemmas.split(),
    )


def test_an_inverted_speaker_follows_the_clause_the_parse_hangs_the_verb_on(nlp):
    """ "The vote was delayed, announced Reuters.": the verb as a conjunct of the clause, the
    speaker as its object; the clause before the comma is the report."""
    from communique.quotes import grammar

    doc = _tagged(
        nlp,
        "The vote was delayed , announced Reuters .",
        [1, 3, 3, 3, 3, 3, 5, 3],
        "det nsubjpass auxpass ROOT punct conj dobj punct",
        "DET NOUN AUX VERB PUNCT VERB PROPN PUNCT",
        "DT NN VBD VBN , VBD NNP .",
        "the vote be delay , announce Reuters .",
    )
    assert grammar.inverted_report(doc[5]) == ((0, 4), doc[6])


def test_a_comma_between_two_modifiers_is_no_inverted_report(nlp):
    """ "won a share of young, declared delegates", parsed as a clause and a conjoined verb
    with an object: an adjective before the comma that is no predicate modifies the noun after
    it, and the words after the comma are no speaker."""
    from communique.quotes import grammar

    doc = _tagged(
        nlp,
        "They won a share of young , declared delegates .",
        [1, 1, 3, 1, 3, 4, 1, 1, 7, 1],
        "nsubj ROOT det dobj prep pobj punct conj dobj punct",
        "PRON VERB DET NOUN ADP ADJ PUNCT VERB NOUN PUNCT",
        "PRP VBD DT NN IN JJ , VBD NNS .",
        "they win a share of young , declare delegate .",
    )
    assert grammar.inverted_report(doc[7]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indefinite appositive on the report's last noun
        (
            "The union said the company cut 300 jobs at the plant, a fifth of its workforce.",
            "the company cut 300 jobs at the plant",
        ),
        (
            "The mayor said the city will plant 5,000 trees by May, an ambitious goal.",
            "the city will plant 5,000 trees by May",
        ),
    ],
)
def test_an_indefinite_appositive_closing_a_report_is_not_part_of_it(nlp, text, expected):
    """PolNeAR train: 38 such appositives outside the gold content, 19 inside (cues.yaml
    ``aside_determiners``)."""
    from communique.quotes import grammar

    doc = nlp(text)
    verb = next(t for t in doc if t.text == "said")
    start = grammar.content_child(verb).left_edge.i
    assert doc[start : grammar.before_trailing_aside(verb, start, len(doc) - 1)].text == expected


@pytest.mark.parametrize(
    "text",
    [
        # "including" keeps its phrase: PolNeAR takes it in far more often than not
        "The union said the company cut jobs at the plant, including 40 in the paint shop.",
        # clauses set off at the end: PolNeAR train takes them in 41 times, leaves them out 14
        "The coach said the team had trained hard, though he did not name the new captain.",
        "She said the talks had failed, while the envoy stayed in Oslo.",
        "The director said many new members joined in May, when the club opened a hall.",
        "The mayor said the plan would help families, which pleased the council.",
        # a definite appositive: 25 out, 19 in
        "The minister said the talks were over, the envoy from Oslo.",
        # a list a dash opens, and a series' member joined by "and": no appositive
        "The senators said they would fight for three goals \u2014 lower taxes, a smaller "
        "budget and stronger borders.",
        "The senators said they would fight for lower taxes \u2014 a smaller budget, a quicker "
        "court.",
    ],
)
def test_other_phrases_closing_a_report_stay(nlp, text):
    from communique.quotes import grammar

    doc = nlp(text)
    verb = next(t for t in doc if t.text == "said")
    start = grammar.content_child(verb).left_edge.i
    assert grammar.before_trailing_aside(verb, start, len(doc) - 1) == len(doc) - 1


def test_the_models_report_ends_before_an_aside(nlp):
    found = _found_with(
        nlp,
        "The union said the company cut 300 jobs at the plant, a fifth of its workforce.",
        "say",
        0.9,
    )
    assert [content for content, _ in found] == ["the company cut 300 jobs at the plant"]


def test_a_noun_cue_in_an_adverbial_reports_nothing_of_its_clause(nlp):
    """What a noun reports lies inside its own phrase: the clause its adverbial phrase
    modifies is not its content."""
    from communique.quotes import grammar

    doc = nlp("After weeks of criticism over the tax plan, the council forced the mayor to resign.")
    noun = next(t for t in doc if t.text == "criticism")
    over = next(t for t in doc if t.text == "over")
    council = next(t for t in doc if t.text == "the" and t.i > over.i + 2)
    end = len(doc) - 1
    bounded = grammar.within_adjunct(noun, over.i, end)
    assert bounded is not None
    assert doc[bounded[0] : bounded[1]].text == "over the tax plan"
    assert grammar.within_adjunct(noun, council.i, end) is None


def test_a_noun_cue_s_own_clause_stays(nlp):
    from communique.quotes import grammar

    doc = nlp("The mayor faced criticism that the tax plan had failed.")
    noun = next(t for t in doc if t.text == "criticism")
    start = noun.i + 1
    assert grammar.within_adjunct(noun, start, len(doc) - 1) == (start, len(doc) - 1)
