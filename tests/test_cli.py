"""The command line: a batch with bad files reports each and still writes the good records."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import main

GOOD = '"We are ready," the general said on Monday.\n'


def test_every_command_has_help():
    runner = CliRunner()
    for args in (
        ["--help"],
        ["extract", "--help"],
        ["eval", "--help"],
        ["eval", "polnear", "--help"],
        ["eval", "plover", "--help"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "Usage" in result.output


def test_directory_with_binary_empty_and_good_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blob.txt").write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(main, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["id"] == "good" and record["schema"] == "communique/1"
    assert record["quotes"][0]["text"] == "We are ready,"
    assert "CQ201" in result.stderr and "blob.txt" in result.stderr
    assert "CQ202" in result.stderr and "empty.txt" in result.stderr


def test_stdin_jsonl_and_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    stdin = json.dumps({"id": "x1", "text": GOOD, "date": "2022-02-10"}) + "\n"
    result = CliRunner().invoke(
        main, ["extract", "-", "--include-text", "-o", str(out)], input=stdin
    )
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == "x1" and record["published"] == "2022-02-10"
    assert record["text"] == GOOD


def test_table_format_prints_speakers(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(story), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "the general" in result.stdout


def test_only_bad_inputs_exit_non_zero(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "CQ208" in result.stderr


# -- event formats ------------------------------------------------------------------
# The output branch is tested with a stand-in extractor that codes two fixed
# events per text, so these tests pin the CLI's behaviour, not the event coder's.

EVENT_TEXT = "Serbia and Kosovo agreed to talk. Nobody will attack anyone.\n"


class _TwoEventExtractor:
    def __init__(self, **_: object) -> None:
        pass

    def extract_many(self, documents, *, date=None, year=None):
        from communique.schema import Article, Cue, Event, Participant

        for doc in documents:
            text = doc.text
            agreed, attack = text.index("agreed"), text.index("attack")
            yield Article(
                id=doc.id,
                text=text,
                published=date,
                events=[
                    Event(
                        id="E1",
                        type="AGREE",
                        mode=None,
                        modality="asserted",
                        trigger=Cue("agreed", (agreed, agreed + 6)),
                        sentence=(0, text.index(".") + 1),
                        reason="stand-in",
                        actor=[
                            Participant("Serbia", "SRB", None, None),
                            Participant("Kosovo", "KOS", None, None),
                        ],
                        quad_class=1,
                        cameo_root="03",
                        intensity=2.5,
                        date=date,
                    ),
                    Event(
                        id="E2",
                        type="ASSAULT",
                        mode=None,
                        modality="negated",
                        trigger=Cue("attack", (attack, attack + 6)),
                        sentence=(text.index("Nobody"), len(text.rstrip())),
                        reason="stand-in",
                        quad_class=4,
                        cameo_root="18",
                        intensity=-9.0,
                    ),
                ],
            )


@pytest.fixture()
def event_story(tmp_path, monkeypatch):
    import sys
    import types

    fake = types.ModuleType("communique.pipeline")
    fake.Extractor = _TwoEventExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "communique.pipeline", fake)
    story = tmp_path / "story.txt"
    story.write_text(EVENT_TEXT, encoding="utf-8")
    return story


def test_extract_help_lists_event_formats_and_options():
    result = CliRunner().invoke(main, ["extract", "--help"])
    for word in ("plover", "cameo-tsv", "--events-only", "--modality"):
        assert word in result.output


def test_plover_format_writes_one_line_per_event(event_story):
    # by default only what happened; the negated event only when asked for, then marked
    result = CliRunner().invoke(main, ["extract", str(event_story), "--format", "plover"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["story-E1"]
    assert lines[0]["event"] == ["AGREE"] and lines[0]["has_event"] is True
    assert "1 article(s), 1 event(s)" in result.stderr
    result = CliRunner().invoke(
        main, ["extract", str(event_story), "--format", "plover", "--modality", "asserted,negated"]
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["story-E1", "story-E2"]
    assert lines[1]["modality"] == "negated" and lines[1]["has_event"] is False
    assert "negation" in lines[1]["context"]


def test_cameo_tsv_format_to_a_file(event_story, tmp_path):
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(
        main, ["extract", str(event_story), "--format", "cameo-tsv", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    header, *rows = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("article_id\tevent_id\tdate")
    assert [row.split("\t")[1] for row in rows] == ["E1", "E2"]
    assert rows[0].split("\t")[3] == "SRB;KOS"


def test_events_only_jsonl_with_modality_filter(event_story):
    result = CliRunner().invoke(
        main, ["extract", str(event_story), "--events-only", "--modality", "asserted"]
    )
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    event = json.loads(line)
    assert event["article_id"] == "story" and event["id"] == "E1" and event["type"] == "AGREE"


def test_modality_filter_applies_to_article_records(event_story):
    result = CliRunner().invoke(main, ["extract", str(event_story), "--modality", "negated"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert [e["id"] for e in record["events"]] == ["E2"]


def test_table_shows_events(event_story):
    result = CliRunner().invoke(main, ["extract", str(event_story), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "AGREE" in result.stdout and "negated" in result.stdout


def test_unknown_modality_is_a_usage_error(event_story):
    result = CliRunner().invoke(main, ["extract", str(event_story), "--modality", "happened"])
    assert result.exit_code == 2
    assert "happened" in result.output and "asserted" in result.output


def test_events_only_with_a_table_is_a_usage_error(event_story):
    result = CliRunner().invoke(
        main, ["extract", str(event_story), "--format", "table", "--events-only"]
    )
    assert result.exit_code == 2


def test_event_formats_agree_on_the_sample_with_the_real_pipeline(tmp_path):
    from pathlib import Path

    from communique.write.events import MODALITIES

    sample = Path(__file__).resolve().parents[1] / "src/communique/samples/munich_talks.txt"
    text = sample.read_text(encoding="utf-8")
    runner = CliRunner()
    every = ",".join(MODALITIES)
    plover = runner.invoke(
        main,
        ["extract", str(sample), "--date", "2022-02-18", "--format", "plover", "--modality", every],
    )
    tsv = runner.invoke(
        main, ["extract", str(sample), "--date", "2022-02-18", "--format", "cameo-tsv"]
    )
    assert plover.exit_code == 0 and tsv.exit_code == 0, plover.output + tsv.output
    records = [json.loads(line) for line in plover.stdout.splitlines()]
    rows = tsv.stdout.splitlines()[1:]
    assert records, "the sample holds events; none were written"
    assert len(rows) == len(records)
    for record, row in zip(records, rows, strict=True):
        start, end = record["trigger"]["span"]
        assert text[start:end] == record["trigger"]["text"] == record["event_text"][0]
        s0, s1 = record["text_info"]["start"], record["text_info"]["end"]
        assert s0 <= start < end <= s1
        cells = row.split("\t")
        assert cells[1] == record["event_id"] and cells[10] == record["event"][0]
        assert (int(cells[16]), int(cells[17])) == (start, end)


def test_extract_dates_articles_by_file_name_or_table_and_says_when_nothing_was_found(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2022-02-10-general.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "undated.txt").write_text(GOOD, encoding="utf-8")
    table = tmp_path / "dates.json"
    table.write_text('{"undated": "2021-06-07"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(corpus), "--dates", str(table), "-q"])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records["2022-02-10-general"]["published"] == "2022-02-10"
    assert records["undated"]["published"] == "2021-06-07"
    # "on Monday" resolves against the date the file name gave.
    assert records["2022-02-10-general"]["published_reason"] == "metadata"
    off = CliRunner().invoke(main, ["extract", str(corpus), "--name-date", "off", "-q"])
    assert json.loads(off.stdout.splitlines()[0])["published"] is None
    (tmp_path / "empty").mkdir()
    empty = CliRunner().invoke(main, ["extract", str(tmp_path / "empty")])
    assert empty.exit_code == 2 and "CQ217" in empty.output and "no articles found" in empty.output


def test_piped_table_of_an_article_keeps_rows_whole(tmp_path, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    story = tmp_path / "story.txt"
    words = "we will defend every town and every village of our country whatever it costs us"
    story.write_text(f'"{words.capitalize()}," Volodymyr Zelensky said on Monday.\n')
    result = CliRunner().invoke(main, ["extract", str(story), "--format", "table", "-q"])
    assert result.exit_code == 0, result.output
    (row,) = [line for line in result.stdout.splitlines() if "whatever it costs us" in line]
    assert "We will defend every town" in row and "Zelensky" in row  # not folded at 80
    assert "COLUMNS=N" in CliRunner().invoke(main, ["extract", "--help"]).output
