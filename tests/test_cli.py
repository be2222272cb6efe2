"""The command line: a batch with bad files reports each and still writes the good records."""

from __future__ import annotations

import json

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
