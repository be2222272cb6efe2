"""The PolNeAR scorer's matching and arithmetic, on small hand-made articles."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rich.console import Console

from communique.eval.brat import AnnotatedText, Attribution
from communique.eval.cli import add_commands
from communique.eval.polnear import (
    PRF,
    Predicted,
    Report,
    from_article,
    gold_kind,
    jaccard,
    match_one_to_one,
    merge_by_cue,
    score_article,
    score_system,
    trim,
    trimmed,
)
from communique.eval.render import render
from communique.schema import Actor, Article, Cue, Mention, Party, Quote

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "data" / "dev"

#            0         1         2         3         4         5         6         7
#            0123456789012345678901234567890123456789012345678901234567890123456789012345
TEXT = '"We will win," Smith said. He added that taxes would fall. Jones disagreed.'
SMITH = (15, 20)
SAID = (21, 25)
HE = (27, 29)
ADDED = (30, 35)
WE_WILL_WIN = (0, 14)  # with the quote marks and comma
TAXES = (36, 57)  # "that taxes would fall"


def _gold(
    *attributions: Attribution, ignored: list[tuple[int, int]] | None = None
) -> AnnotatedText:
    return AnnotatedText("art", "ann", TEXT, list(attributions), ignored or [])


G1 = Attribution("E1", (WE_WILL_WIN,), (SAID,), (SMITH,))
G2 = Attribution("E2", (TAXES,), (ADDED,), (HE,))


def test_trim_strips_quotes_punctuation_and_space() -> None:
    assert TEXT[slice(*trim(TEXT, WE_WILL_WIN))] == "We will win"
    assert trim(TEXT, (12, 15)) is None  # '," ' is all punctuation and space
    assert trimmed(TEXT, [(0, 5), (3, 9)]) == ((1, 8),)  # pieces trimmed, then merged


def test_exact_and_overlap_differ_on_boundaries() -> None:
    # content predicted without "that": same words after trimming? no: overlap only
    without_that = Predicted(content=((41, 57),), cue=(ADDED,), speaker=(HE,))
    score = score_article(_gold(G2), [without_that])
    assert (score.exact.tp, score.overlap.tp) == (0, 1)
    assert score.errors.boundaries and score.errors.boundaries[0].jaccard == pytest.approx(16 / 21)
    # the quote marks and comma do not matter for exact
    bare = Predicted(content=((1, 12),), cue=(SAID,), speaker=(SMITH,))
    score = score_article(_gold(G1), [bare])
    assert (score.exact.tp, score.overlap.tp) == (1, 1)
    assert not score.errors.boundaries


def test_jaccard_threshold_is_inclusive() -> None:
    gold = ((0, 10),)
    assert jaccard(gold, ((0, 5),)) == 0.5
    assert match_one_to_one([gold], [((0, 5),)]) == [(0, 0, 0.5)]
    assert match_one_to_one([gold], [((0, 4),)]) == []


def test_matching_is_one_to_one_and_best_first() -> None:
    gold = [((0, 10),), ((10, 20),)]
    # one long prediction covering both golds may claim only one of them
    assert len(match_one_to_one(gold, [((0, 20),)])) == 1
    # the better prediction wins the gold; the worse one stays unmatched
    pairs = match_one_to_one([((0, 10),)], [((0, 6),), ((0, 9),)])
    assert pairs == [(0, 1, 0.9)]


def test_speaker_correct_through_any_mention_of_the_actor() -> None:
    # the system linked "He" to Smith: the gold source "He" overlaps a mention
    article = Article(
        id="art",
        text=TEXT,
        actors=[
            Actor(
                id="a1",
                name="Smith",
                kind="person",
                mentions=[Mention("Smith", SMITH, "surname"), Mention("He", HE, "pronoun")],
            )
        ],
        quotes=[
            Quote(
                id="q1",
                kind="indirect",
                text=TEXT[slice(*TAXES)],
                span=TAXES,
                cue=Cue("added", ADDED),
                speaker=Party("a1", "Smith", Mention("Smith", SMITH, "surname")),
            )
        ],
    )
    score = score_article(_gold(G2), from_article(article))
    assert (score.speaker_correct, score.speaker_total) == (1, 1)
    assert score.cue.tp == 1
    # counted strictly, the speaker's own mention here ("Smith") is not the gold source ("He")
    assert score.speaker_strict == 0
    article.quotes[0].speaker = Party("a1", "Smith", Mention("He", HE, "pronoun"))
    strict = score_article(_gold(G2), from_article(article))
    assert (strict.speaker_correct, strict.speaker_strict) == (1, 1)


def test_wrong_and_missing_speakers_are_listed() -> None:
    jones = (59, 64)
    wrong = Predicted(content=(TAXES,), cue=(ADDED,), speaker=(jones,), speaker_name="Jones")
    nobody = Predicted(content=(WE_WILL_WIN,))
    score = score_article(_gold(G1, G2), [wrong, nobody])
    assert (score.speaker_correct, score.speaker_total) == (0, 2)
    names = sorted(str(w.predicted) for w in score.errors.wrong_speakers)
    assert names == ["Jones", "None"]
    assert score.errors.wrong_speakers[0].gold_source.text in {"He", "Smith"}
    # no predicted cue for the second: cue recall 1/2, precision 1/1
    assert (score.cue.tp, score.cue.predicted, score.cue.gold) == (1, 1, 2)


def test_gold_without_source_is_left_out_of_speaker_accuracy() -> None:
    no_source = Attribution("E3", (TAXES,), (ADDED,), ())
    score = score_article(_gold(no_source), [Predicted(content=(TAXES,))])
    assert score.overlap.tp == 1
    assert score.speaker_total == 0


def test_empty_predictions_give_zeros() -> None:
    score = score_article(_gold(G1, G2), [])
    assert score.overlap == PRF(0, 0, 2)
    assert (score.overlap.precision, score.overlap.recall, score.overlap.f1) == (0, 0, 0)
    assert len(score.errors.missed) == 2
    empty = score_article(_gold(), [])
    assert empty.exact.f1 == 0.0 and not empty.errors


def test_false_hits_listed_and_ignored_regions_forgiven() -> None:
    jones = Predicted(content=((59, 75),))  # "Jones disagreed."
    score = score_article(_gold(G1), [jones])
    assert [s.text for s in score.errors.false_hits] == ["Jones disagreed."]
    assert score.overlap.predicted == 1
    score = score_article(_gold(G1, ignored=[(59, 75)]), [jones])
    assert score.errors.false_hits == [] and score.ignored == 1
    assert score.overlap.predicted == 0


def test_split_quote_with_one_cue_is_one_attribution() -> None:
    text = '"A is true," she said, "and B is too."'
    gold = AnnotatedText(
        "s", "x", text, [Attribution("E1", ((0, 12), (23, 38)), ((17, 21),), ((13, 16),))], []
    )
    parts = [
        Predicted(content=((0, 12),), cue=((17, 21),)),
        Predicted(content=((23, 38),), cue=((17, 21),)),
    ]
    assert len(merge_by_cue(parts)) == 1
    score = score_article(gold, parts)
    assert (score.exact.tp, score.exact.predicted) == (1, 1)


def test_strict_count_keeps_nested_quotes_and_does_not_merge() -> None:
    text = '"A is true," she said, "and B is too."'
    gold = AnnotatedText(
        "s", "x", text, [Attribution("E1", ((0, 12), (23, 38)), ((17, 21),), ((13, 16),))], []
    )
    parts = [
        Predicted(content=((0, 12),), cue=((17, 21),)),
        Predicted(content=((23, 38),), cue=((17, 21),)),
        Predicted(content=((28, 37),), cue=((17, 21),), nested=True),
    ]
    score = score_article(gold, parts)
    # Merged by cue, nested left out: one prediction, exactly right.
    assert (score.exact.tp, score.exact.predicted) == (1, 1)
    # Strict: three predictions on their own; none is the whole attribution, and only the
    # longer piece overlaps it enough (Jaccard 12/21) to match.
    assert (score.strict_exact.tp, score.strict_exact.predicted) == (0, 3)
    assert (score.strict_overlap.tp, score.strict_overlap.gold) == (1, 1)
    result = score_system("x", [gold], [("s", parts)]).to_dict()
    assert result["strict"]["content_exact"]["predicted"] == 3


def test_gold_kind_heuristic() -> None:
    assert gold_kind(TEXT, (WE_WILL_WIN,)) == "direct"
    assert gold_kind(TEXT, (TAXES,)) == "indirect"
    mixed = 'he would "fight" hard'
    assert gold_kind(mixed, ((0, len(mixed)),)) == "mixed"


def test_failed_articles_count_as_empty_and_report_renders_escaped() -> None:
    hostile = AnnotatedText("h", "x", "[bold red]boom[/] said x", [G1], [])
    gold = [_gold(G1, G2), hostile]
    result = score_system("sys", gold, [("art", [Predicted(content=((5, 40),))])], errors=True)
    assert result.failed == ["h"]
    assert result.overlap.gold == 3 and result.articles == 2
    report = Report("dir", 2, 3, 0, [result])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["systems"][0]["failed_articles"] == ["h"]
    assert "errors" in data["systems"][0]
    console = Console(record=True, width=200)
    render(report, console, errors=True)
    out = console.export_text()
    assert "[bold red]boom" in out  # shown literally, not interpreted as markup
    assert "false hit" in out and "missed" in out


def test_cli_help_and_missing_directory() -> None:
    @click.group()
    def main() -> None:
        """Test group."""

    add_commands(main)
    runner = CliRunner()
    result = runner.invoke(main, ["eval", "polnear", "--help"])
    assert result.exit_code == 0
    for option in ("--compare", "--errors", "--limit", "--json"):
        assert option in result.output
    assert runner.invoke(main, ["eval", "polnear", "/no/such/dir"]).exit_code == 2


def _pipeline_importable() -> bool:
    try:
        importlib.import_module("communique.pipeline")
    except ImportError:
        return False
    return True


@pytest.mark.skipif(
    not _pipeline_importable(), reason="communique.pipeline (Extractor) is not importable yet"
)
@pytest.mark.skipif(not DEV.is_dir(), reason="PolNeAR dev split not present in ../shared/data")
def test_two_dev_articles_through_the_real_pipeline() -> None:
    from communique.eval.polnear import evaluate

    report = evaluate(DEV, systems=["communique"], limit=2, errors=True)
    (result,) = report.systems
    assert report.articles == 2 and result.articles == 2
    assert result.overlap.gold == report.gold > 0
    assert result.failed == []
    assert 0.0 <= result.overlap.f1 <= 1.0
    assert result.overlap.predicted > 0
