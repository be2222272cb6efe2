"""The PLOVER scorer: reading gold sentences and the scoring arithmetic on hand-built records."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from communique.cli import main
from communique.eval.plover import (
    NONE,
    SEALED_HALF,
    WITHHELD,
    GoldSentence,
    PloverReport,
    gold_from_record,
    half_of,
    read_gold,
    render,
    score,
    score_sentence,
)
from communique.schema import Article, Cue, Event, Participant, Warning

GSR = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "gsr_dev.jsonl"


def ids_in(half: str, n: int) -> list[str]:
    """The first ``n`` ids of the form s0, s1 ... that fall in ``half``."""
    found = (f"s{i}" for i in range(1000) if half_of(f"s{i}") == half)
    return [next(found) for _ in range(n)]


OPEN = ids_in("A", 4)
SEALED = ids_in("B", 2)


def gold(
    event: str = "AGREE",
    source: tuple[str, ...] = ("HUN", "ROU"),
    target: tuple[str, ...] = (),
    id: str = OPEN[0],
    evidence: tuple[str, ...] = (),
) -> GoldSentence:
    return GoldSentence(
        id,
        "Some sentence.",
        "2000-01-01",
        event,
        frozenset(source),
        frozenset(target),
        frozenset(evidence),
    )


def ev(
    type: str,
    actor: tuple[str | None, ...] = (),
    recipient: tuple[str | None, ...] = (),
    modality: str = "asserted",
    id: str = "E1",
    trigger: str = "agreed",
) -> Event:
    return Event(
        id=id,
        type=type,  # type: ignore[arg-type]
        mode=None,
        modality=modality,  # type: ignore[arg-type]
        trigger=Cue(trigger, (0, len(trigger))),
        sentence=(0, 14),
        reason="test",
        actor=[Participant(f"actor {c}", c, None, None) for c in actor],
        recipient=[Participant(f"recipient {c}", c, None, None) for c in recipient],
    )


# -- reading the gold ---------------------------------------------------------------


def test_gold_record_with_a_compound_source_and_a_target() -> None:
    g = gold_from_record(
        {
            "id": "X-1",
            "text": "Libya offered to hand over two suspects to Britain.",
            "date": "2000-01-01",
            "source": [{"actorText": "Libya", "code": "LBY"}],
            "target": [{"actorText": "Great Britain", "code": "gbr", "sector": "GOV"}],
            "event": "DEMAND",
            "plover_event": "REQUEST",
        }
    )
    assert g is not None
    assert g.event == "REQUEST"  # plover_event, not the old name in "event"
    assert g.source == {"LBY"} and g.target == {"GBR"}


@pytest.mark.parametrize(
    ("given", "read"),
    [("2000-01-01", None), ("2003-05-14", "2003-05-14"), ("", None), (None, None)],
)
def test_gold_placeholder_date_is_no_date(given: str | None, read: str | None) -> None:
    # the gold records' documentation: "All date fields are set to '2000-01-01'"
    record = {"id": "X", "text": "They met.", "plover_event": "CONSULT", "date": given}
    g = gold_from_record(record)
    assert g is not None and g.date == read


@pytest.mark.parametrize("target", ["", "diplomatic", None, [], [{"sector": "GOV"}]])
def test_gold_target_missing_empty_or_odd_is_no_target(target: object) -> None:
    record = {
        "id": "X",
        "text": "They agreed.",
        "source": [{"code": "USA"}],
        "plover_event": "AGREE",
    }
    if target is not None:
        record["target"] = target
    g = gold_from_record(record)
    assert g is not None and g.target == frozenset()


@pytest.mark.parametrize(
    "record",
    [{"text": "x"}, {"plover_event": "AGREE"}, {"text": " ", "plover_event": "AGREE"}, [], "x"],
)
def test_gold_record_without_text_or_type_is_skipped(record: object) -> None:
    assert gold_from_record(record) is None


def test_read_gold_lists_bad_lines_and_honours_limit(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    good = {"id": "a", "text": "They met.", "plover_event": "CONSULT", "source": []}
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                "{not json",
                json.dumps({"id": "b", "text": "no type"}),
                "",
                json.dumps({**good, "id": "c"}),
            ]
        ),
        encoding="utf-8",
    )
    golds, problems = read_gold(path)
    assert [g.id for g in golds] == ["a", "c"]
    assert len(problems) == 2 and problems[0].startswith("line 2")
    golds, _ = read_gold(path, limit=1)
    assert [g.id for g in golds] == ["a"]


@pytest.mark.skipif(not GSR.exists(), reason="PLOVER dev gold not on this machine")
def test_read_gsr_dev() -> None:
    golds, problems = read_gold(GSR)
    assert len(golds) == 164 and not problems
    assert {g.event for g in golds} <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip


# -- scoring one sentence --------------------------------------------------------------


def test_type_hit_with_exact_compound_actor() -> None:
    s = score_sentence(gold(), [ev("AGREE", ("ROU", "HUN"))])
    assert (s.type_hit, s.actor_hit, s.full_hit) == (True, True, True)
    assert s.matched == "E1" and s.extra == 0


def test_type_miss() -> None:
    s = score_sentence(gold(), [ev("REJECT", ("HUN", "ROU"))])
    assert not s.type_hit and not s.actor_hit and not s.full_hit and not s.actor_overlap
    assert s.matched is None and s.extra == 1
    assert s.label == "REJECT"


def test_no_events_is_a_miss_labelled_none() -> None:
    s = score_sentence(gold(), [])
    assert not s.type_hit and s.label == NONE and s.extra == 0


def test_half_of_a_compound_actor_is_overlap_not_exact() -> None:
    s = score_sentence(gold(), [ev("AGREE", ("HUN",))])
    assert s.type_hit and not s.actor_hit and not s.full_hit
    assert s.actor_overlap and s.full_overlap


def test_empty_gold_target_needs_no_recipient() -> None:
    s = score_sentence(gold(target=()), [ev("AGREE", ("HUN", "ROU"), ("SRB",))])
    assert s.actor_hit and not s.full_hit and not s.full_overlap


def test_recipient_must_match_the_gold_target() -> None:
    g = gold("ACCUSE", ("SRB",), ("USA", "GBR"))
    assert score_sentence(g, [ev("ACCUSE", ("SRB",), ("GBR", "USA"))]).full_hit
    part = score_sentence(g, [ev("ACCUSE", ("SRB",), ("USA",))])
    assert part.actor_hit and not part.full_hit and part.full_overlap
    wrong = score_sentence(g, [ev("ACCUSE", ("SRB",), ("RUS",))])
    assert not wrong.full_hit and not wrong.full_overlap


def test_an_uncoded_participant_stays_in_the_set() -> None:
    s = score_sentence(gold(source=("USA",)), [ev("AGREE", ("USA", None))])
    assert s.type_hit and not s.actor_hit and s.actor_overlap


def test_an_uncoded_gold_participant_stays_in_the_set() -> None:
    g = gold_from_record(
        {
            "id": "X",
            "text": "Gunmen attacked a bus.",
            "plover_event": "ASSAULT",
            "source": [{"actorText": "Gunmen"}],
        }
    )
    assert g is not None and g.source == {"?"}
    assert score_sentence(g, [ev("ASSAULT", (None,), trigger="attacked")]).actor_hit
    assert not score_sentence(g, [ev("ASSAULT", (), trigger="attacked")]).actor_hit


def test_the_match_and_its_metrics_can_come_from_different_events() -> None:
    g = gold("ACCUSE", ("SRB",), ("USA",))
    events = [ev("ACCUSE", ("RUS",), ("USA",), id="E1"), ev("ACCUSE", ("SRB",), ("USA",), id="E2")]
    s = score_sentence(g, events)
    assert s.full_hit and s.matched == "E2" and s.extra == 1


def test_extra_events_of_every_modality_count_besides_the_match() -> None:
    events = [
        ev("AGREE", ("HUN", "ROU"), id="E1"),
        ev("COOPERATE", ("HUN", "ROU"), id="E2"),  # not the gold event: extra
        ev("COOPERATE", ("HUN",), modality="requested", id="E3"),  # requested: extra too
        ev("AGREE", ("HUN",), id="E4"),  # a second AGREE: extra
    ]
    s = score_sentence(gold(), events)
    assert s.matched == "E1" and s.extra == 3


@pytest.mark.parametrize("modality", ["future", "negated", "hypothetical", "requested"])
def test_an_event_that_did_not_happen_is_not_the_gold_event(modality: str) -> None:
    s = score_sentence(gold(), [ev("AGREE", ("HUN", "ROU"), modality=modality)])
    assert not s.type_hit and s.extra == 1


def test_a_reported_event_is_the_gold_event() -> None:
    assert score_sentence(gold(), [ev("AGREE", ("HUN", "ROU"), modality="reported")]).full_hit


def test_the_trigger_must_share_a_word_with_the_gold_event_words() -> None:
    g = gold("ASSAULT", ("ISR",), evidence=("shelled", "village"))
    assert score_sentence(g, [ev("ASSAULT", ("ISR",), trigger="shelling")]).type_hit
    assert not score_sentence(g, [ev("ASSAULT", ("ISR",), trigger="war")]).type_hit


def test_gold_event_words_come_from_event_text_and_markup() -> None:
    g = gold_from_record(
        {
            "id": "X",
            "text": "Libya offered to hand over two suspects.",
            "plover_event": "AGREE",
            "eventText": "offered",
            "textInfo": {"markup": "(SRC: Libya) (EVT: offered to hand over) two suspects."},
        }
    )
    assert g is not None and g.evidence == {"offered", "hand", "over"}
    assert g.states("hands over") and g.states("offer") and not g.states("suspects")


# -- the report -------------------------------------------------------------------------


def _article(g: GoldSentence, *events: Event) -> Article:
    return Article(id=g.id, text=g.text, events=list(events))


def test_report_figures_over_several_sentences() -> None:
    g1 = gold("AGREE", ("HUN", "ROU"), (), OPEN[0])
    g2 = gold("ACCUSE", ("SRB",), ("USA",), OPEN[1])
    g3 = gold("ASSAULT", ("ISR",), ("PSE",), OPEN[2])
    g4 = gold("REQUEST", ("LBY",), ("GBR",), OPEN[3])
    articles = [
        _article(g1, ev("AGREE", ("HUN", "ROU")), ev("COOPERATE", ("HUN",), id="E2")),
        _article(g2, ev("ACCUSE", ("SRB",), ("RUS",))),
        _article(g3, ev("THREATEN", ("ISR",), ("PSE",))),
        _article(g4),
    ]
    report = score([g1, g2, g3, g4], articles, errors=True)
    f = report.figures()
    assert report.sentences == 4
    assert f["type_accuracy"] == 0.5
    assert f["type_actor_accuracy"] == 0.5
    assert f["type_actor_recipient_accuracy"] == 0.25
    assert f["type_actor_recipient_overlap_accuracy"] == 0.25
    assert f["extra_events_per_sentence"] == 0.5  # COOPERATE in g1, THREATEN in g3
    assert report.confusion["ASSAULT"] == {"THREATEN": 1}
    assert report.confusion["REQUEST"] == {NONE: 1}
    assert report.confusion["AGREE"] == {"AGREE": 1}
    assert report.by_type["ACCUSE"] == [1, 1, 0]
    assert [e.gold.id for e in report.errors] == OPEN[1:]
    as_json = json.loads(json.dumps(report.to_dict()))
    assert as_json["sentences"] == 4 and as_json["counts"]["extra"] == 2
    assert as_json["errors"][0]["gold"]["target"] == ["USA"]


def test_missing_and_failed_articles_count_as_misses() -> None:
    g1, g2, g3 = gold(id=OPEN[0]), gold(id=OPEN[1]), gold(id=OPEN[2])
    broken = _article(g2, ev("AGREE", ("HUN", "ROU")))
    broken.warnings.append(Warning("CQ211", "analysis failed (boom); record kept"))
    report = score([g1, g2, g3], [None, broken])
    assert report.sentences == 3 and report.failed == OPEN[:3]
    assert report.type_hits == 1  # the failed record's events still count as given


def test_empty_report_has_zero_rates() -> None:
    report = score([], [])
    assert report.sentences == 0 and report.figures()["type_accuracy"] == 0.0


def test_render_prints_tables_and_untrusted_text_literally() -> None:
    g = GoldSentence("g[bold]1", "Text [red]with[/red] markup\x1b[2J.", None, "AGREE",
                     frozenset({"USA"}), frozenset())  # fmt: skip
    report = score([g], [_article(g, ev("REJECT", ("USA",)))], errors=True)
    console = Console(file=io.StringIO(), width=160, color_system=None, force_terminal=False)
    render(report, console, errors=True)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "type accuracy" in shown and "Confusion" in shown
    assert "g[bold]1" in shown and "[red]with[/red]" in shown and "\x1b" not in shown
    assert "REJECT asserted USA → -" in shown


def test_the_sealed_half_counts_in_the_figures_but_never_shows_a_sentence() -> None:
    assert all(half_of(i) == SEALED_HALF for i in SEALED)
    g1 = gold("AGREE", ("HUN",), id=SEALED[0])
    g2 = gold("REQUEST", ("LBY",), id=SEALED[1])
    report = score([g1, g2], [_article(g1, ev("AGREE", ("HUN",))), None], errors=True)
    assert report.sentences == 2 and report.type_hits == 1
    assert report.errors == [] and report.confusion == {} and report.failed == [WITHHELD]
    shown = json.dumps(report.to_dict())
    assert SEALED[0] not in shown and SEALED[1] not in shown and "Some sentence" not in shown


def test_read_gold_by_half(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    rows = [{"id": i, "text": "They met.", "plover_event": "CONSULT"} for i in OPEN + SEALED]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [g.id for g in read_gold(path, half="A")[0]] == OPEN
    assert [g.id for g in read_gold(path, half="B")[0]] == SEALED
    assert len(read_gold(path)[0]) == 6
    with pytest.raises(ValueError):
        read_gold(path, half="C")


def test_report_rate_survives_no_sentences() -> None:
    assert PloverReport(file="x").rate(3) == 0.0


# -- the command ------------------------------------------------------------------------


def test_eval_plover_help() -> None:
    result = CliRunner().invoke(main, ["eval", "plover", "--help"])
    assert result.exit_code == 0
    for option in ("--json", "--errors", "--limit", "--half", "FILE"):
        assert option in result.output


def test_eval_plover_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "plover", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2


def test_intergovernmental_and_old_cameo_codes_compare_as_the_gold_writes_them() -> None:
    g = gold_from_record(
        {
            "id": "X",
            "text": "Japan asked the UN for help.",
            "plover_event": "REQUEST",
            "source": [{"code": "JAP"}],
            "target": [{"code": "IGO"}],
        }
    )
    assert g is not None and g.source == {"JPN"}
    assert score_sentence(g, [ev("REQUEST", ("JPN",), ("UNO",))]).full_hit
    assert score_sentence(g, [ev("REQUEST", ("JPN",), ("EUR",))]).full_hit
    assert not score_sentence(g, [ev("REQUEST", ("JPN",), ("NGO",))]).full_hit
