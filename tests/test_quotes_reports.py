"""The report decision over the reports the trained models put together: its inputs, its
storage beside the models and what it keeps. Sentences are constructed."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from communique.actors import ActorDictionary, find_actors
from communique.quotes import find_quotes, learned, reports
from communique.quotes.learned import AttributionModel
from communique.quotes.linear import BUCKETS, LinearModel
from communique.quotes.settings import ACTIVE, bundled


@pytest.fixture(scope="module")
def nlp():
    from communique import nlp as nlp_mod

    return nlp_mod.load()


def _decision(weight: float, bias: float, floor: float, threshold: float) -> reports.ReportDecision:
    """A decision that reads the cue probability alone: ``weight`` * p + ``bias``."""
    n = len(reports.FEATURES)
    weights = np.zeros(n)
    weights[reports.FEATURES.index("cue_probability")] = weight
    return reports.ReportDecision(
        mean=np.zeros(n), scale=np.ones(n), weights=weights, bias=bias, cue_floor=floor,
        threshold=threshold,
    )  # fmt: skip


def _fixed_cue_model(lemma: str, probability: float, *others: str) -> AttributionModel:
    """A model that gives ``lemma`` (and ``others``) the same cue probability and ranks
    evenly."""
    width = learned.bundled().cue.dense.size

    def linear(bias: float) -> LinearModel:
        return LinearModel(
            sparse=np.zeros(BUCKETS, np.float32), dense=np.zeros(width, np.float32), bias=bias
        )

    cue_bias = float(np.log(probability / (1.0 - probability)))
    return AttributionModel(linear(cue_bias), linear(0.0), linear(0.0), frozenset({lemma, *others}))


def _cues(nlp, text: str, model: AttributionModel) -> list[str]:
    doc = nlp(text)
    with ACTIVE.using(dataclasses.replace(bundled(), model=model, cue_threshold=0.3)):
        quotes, _ = find_quotes(doc, find_actors(doc, ActorDictionary.default()))
    return [q.cue.text for q in quotes if q.cue is not None]


TEXT = "Officials believe that the measures will work."


def test_without_a_decision_the_cue_threshold_alone_decides(nlp):
    assert _cues(nlp, TEXT, _fixed_cue_model("believe", 0.2)) == []
    assert _cues(nlp, TEXT, _fixed_cue_model("believe", 0.4)) == ["believe"]


@pytest.mark.parametrize(
    ("probability", "bias", "kept"),
    [
        # above the floor, the decision keeps a report the cue threshold alone would drop
        (0.2, 5.0, True),
        # and drops one the cue threshold alone would keep
        (0.4, -5.0, False),
        # below the floor nothing is judged
        (0.1, 5.0, False),
    ],
)
def test_the_decision_judges_reports_from_its_cue_floor(nlp, probability, bias, kept):
    model = dataclasses.replace(
        _fixed_cue_model("believe", probability), report=_decision(0.0, bias, 0.15, 0.5)
    )
    assert (_cues(nlp, TEXT, model) == ["believe"]) is kept


def test_a_report_a_grammar_rule_shaped_keeps_the_cue_threshold(nlp):
    """An inverted report ("..., announced the commission"): the clause the rule takes is not
    one the content model ranked, so the decision does not judge it."""
    text = "The vote will be held on June 12, announced the electoral commission on Monday."
    decision = _decision(0.0, 5.0, 0.15, 0.5)
    low = dataclasses.replace(_fixed_cue_model("announce", 0.2), report=decision)
    assert _cues(nlp, text, low) == []
    high = dataclasses.replace(_fixed_cue_model("announce", 0.4), report=decision)
    assert _cues(nlp, text, high) == ["announced"]


def test_features_describe_the_report(nlp):
    doc = nlp("Officials did not say that the measures will work.")
    cue = next(t for t in doc if t.text == "say")
    start = next(t for t in doc if t.text == "that").i
    report = reports.Report(
        cue=cue,
        probability=0.4,
        content_share=0.9,
        pieces=[(start, len(doc) - 1)],
        no_source_share=0.1,
        speaker_found=True,
        relative=False,
        raised=False,
        passive=False,
        cues_inside=0,
    )
    quoted = np.zeros(len(doc), dtype=bool)
    values = dict(
        zip(
            reports.FEATURES,
            reports.features(report, quoted, reports.sentence_starts(doc)),
            strict=True,
        )
    )
    assert len(values) == len(reports.FEATURES)
    assert values["cue_probability"] == pytest.approx(0.4)
    assert values["content_after_cue"] == 1.0
    assert values["opens_with_complementizer"] == 1.0
    assert values["cue_negated"] == 1.0
    assert values["cue_modal"] == 0.0
    assert values["quoted_share"] == 0.0
    assert values["first_sentence"] == 1.0


def test_the_decision_round_trips_through_the_model_file(tmp_path):
    model = dataclasses.replace(
        _fixed_cue_model("say", 0.5), report=_decision(2.0, -1.0, 0.15, 0.325)
    )
    model.save(tmp_path / "m.npz")
    loaded = AttributionModel.from_file(tmp_path / "m.npz")
    assert loaded.report is not None
    assert loaded.report.cue_floor == 0.15
    assert loaded.report.threshold == 0.325
    values = np.zeros(len(reports.FEATURES))
    values[0] = 0.7
    assert loaded.report.probability(values) == pytest.approx(1 / (1 + np.exp(-(1.4 - 1.0))))
    dataclasses.replace(model, report=None).save(tmp_path / "plain.npz")
    assert AttributionModel.from_file(tmp_path / "plain.npz").report is None


def test_a_file_whose_decision_reads_other_inputs_is_read_without_it_for_training(tmp_path):
    """Training refits the decision beside the stored models (``--keep-models``): a decision
    stored with other inputs must not stop the models being read, while the finder still
    refuses such a file."""
    from communique.errors import CommuniqueError

    model = dataclasses.replace(
        _fixed_cue_model("say", 0.5), report=_decision(2.0, -1.0, 0.15, 0.325)
    )
    model.save(tmp_path / "m.npz")
    arrays = dict(np.load(tmp_path / "m.npz"))
    arrays["report_features"] = np.array([*reports.FEATURES, "other"], dtype=np.str_)
    arrays["report_weights"] = np.zeros(len(reports.FEATURES) + 1)
    np.savez_compressed(tmp_path / "other.npz", **arrays)
    with pytest.raises(CommuniqueError):
        AttributionModel.from_file(tmp_path / "other.npz")
    kept = AttributionModel.from_file(tmp_path / "other.npz", report=False)
    assert kept.report is None
    assert kept.cue_lemmas == {"say"}


def test_fit_learns_a_separable_input():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 1] > 0).astype(float)
    mean, scale, weights, bias = reports.fit(x, y, epochs=500, lr=0.5, l2=0.0)
    assert abs(weights[1]) > 5 * max(abs(weights[0]), abs(weights[2]))
    p = 1 / (1 + np.exp(-(((x - mean) / scale) @ weights + bias)))
    assert ((p >= 0.5) == (y == 1)).mean() > 0.97


def test_may_keep_never_rules_out_a_report_some_source_would_have_kept():
    """The bound takes the source's two inputs at their most favourable ends: whatever
    values those turn out to have, a report it rules out the decision drops."""
    rng = np.random.default_rng(1)
    n = len(reports.FEATURES)
    ruled_out = 0
    for _ in range(300):
        decision = reports.ReportDecision(
            mean=rng.normal(size=n), scale=rng.uniform(0.1, 2.0, size=n),
            weights=rng.normal(size=n), bias=float(rng.normal()), cue_floor=0.15,
            threshold=float(rng.uniform(0.2, 0.8)),
        )  # fmt: skip
        values = rng.normal(size=n)
        if decision.may_keep(values):
            continue
        ruled_out += 1
        for share in (0.0, 0.37, 1.0):
            for found in (0.0, 1.0):
                values[reports.NO_SOURCE_SHARE] = share
                values[reports.SPEAKER_FOUND] = found
                assert not decision.keeps(values)
    assert ruled_out > 20  # the bound does rule reports out


def test_may_keep_is_exact_where_the_source_decides():
    """A report whose fate turns on its source is always judged in full."""
    n = len(reports.FEATURES)
    weights = np.zeros(n)
    weights[reports.NO_SOURCE_SHARE] = -4.0
    decision = reports.ReportDecision(
        mean=np.zeros(n), scale=np.ones(n), weights=weights, bias=0.0, cue_floor=0.15,
        threshold=0.5,
    )  # fmt: skip
    values = np.zeros(n)
    values[reports.NO_SOURCE_SHARE] = 1.0  # not read: the bound takes the share at 0
    assert decision.may_keep(values)
    assert not decision.keeps(values)
    values[reports.NO_SOURCE_SHARE] = 0.0
    assert decision.keeps(values)


def test_the_source_model_is_spared_for_reports_dropped_whatever_their_source(nlp, monkeypatch):
    asked: list[str] = []
    ranking = AttributionModel.source_choice
    dropped = dataclasses.replace(
        _fixed_cue_model("believe", 0.2), report=_decision(0.0, -5.0, 0.15, 0.5)
    )
    kept = dataclasses.replace(
        _fixed_cue_model("believe", 0.2), report=_decision(0.0, 5.0, 0.15, 0.5)
    )

    def counted(self, cue, content):
        if self is dropped or self is kept:  # not the pipeline's own model, as nlp() runs
            asked.append(cue.text)
        return ranking(self, cue, content)

    monkeypatch.setattr(AttributionModel, "source_choice", counted)
    assert _cues(nlp, TEXT, dropped) == []
    assert asked == []
    assert _cues(nlp, TEXT, kept) == ["believe"]
    assert asked == ["believe"]  # once, for both the speaker and the decision's input
