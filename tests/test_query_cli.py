"""``communique query``, ``quotes`` and ``dyads`` as a user runs them: formats, errors, charts."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from communique.cli import main
from query_store import ODD_NAME, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(build_store(tmp_path_factory.mktemp("store") / "news.duckdb"))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_commands_have_help():
    for command in ("query", "quotes", "dyads", "export"):
        result = run(command, "--help")
        assert result.exit_code == 0, result.output
        assert "--db" in result.output and "Examples" in result.output


def test_query_csv_with_composed_filters(db):
    result = run(
        "query", "--db", db, "--actor", "RUS", "--type", "THREATEN", "--since", "2023-01-09",
        "--format", "csv",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["doc_id"], r["type"], r["date"]) for r in rows] == [
        ("a2", "THREATEN", "2023-01-10"),
        ("a3", "THREATEN", "2023-01-10"),
    ]
    assert rows[0]["actor_codes"] == "RUS" and rows[0]["title"] == "Aid and threats"


def test_query_json_lines_keep_lists_and_exact_values(db, tmp_path):
    out = tmp_path / "events.jsonl"
    result = run("query", "--db", db, "--actor", "BLR", "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["actor_codes"] == ["RUS", "BLR"] and record["date"] == "2023-01-02"
    assert record["intensity"] == -9.0


def test_query_parquet_needs_a_file_and_writes_one(db, tmp_path):
    result = run("query", "--db", db, "--format", "parquet")
    assert result.exit_code == 2 and "-o FILE" in result.output
    out = tmp_path / "events.parquet"
    result = run("query", "--db", db, "--format", "parquet", "-o", str(out), "--dedup")
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == 7


def test_table_is_limited_and_says_so(db):
    result = run("query", "--db", db, "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "THREATEN" in result.stdout and "Moscow warns Kyiv" in result.stdout
    assert "showing 3 of 8 events" in result.stderr
    assert run("query", "--db", db, "--count").stdout.strip() == "8"
    assert run("query", "--db", db, "--count", "--actor", ODD_NAME).stdout.strip() == "1"


def test_article_text_in_a_table_is_not_markup(db):
    # a4's title holds rich markup and HTML: both must print as the words they are.
    result = run("query", "--db", db, "--actor", "GBR")
    assert "[bold]London[/" in result.stdout and "<b>says</b> no" in result.stdout  # cell wraps


def test_csv_cells_cannot_start_a_spreadsheet_formula(db):
    result = run("quotes", "--db", db, "--speaker", "GBR", "--format", "csv")
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["text"] == "'=cmd|' /C calc'!A0" and row["speaker"] == ODD_NAME


def test_quotes_show_date_speaker_kind_text_and_source(db):
    result = run("quotes", "--db", db, "--speaker", "Blinken", "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["date"], row["speaker"], row["kind"]) == ("2023-01-02", "Antony Blinken", "direct")
    assert row["text"] == "We stand with Ukraine."
    assert (row["title"], row["source"], row["url"]) == (
        "Moscow warns Kyiv",
        "Reuters",
        "https://reuters.example/a1",
    )
    table = run("quotes", "--db", db, "--speaker", "Blinken")
    assert "We stand with Ukraine." in table.stdout and "Antony Blinken" in table.stdout
    assert run("quotes", "--db", db, "--kind", "indirect", "--count").stdout.strip() == "1"
    newest = run("quotes", "--db", db, "--newest", "--limit", "1", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(newest.stdout)))["speaker"] == ODD_NAME
    bad = run("quotes", "--db", db, "--kind", "shouted")
    assert bad.exit_code == 2 and "unknown quotation kind shouted" in bad.output


def test_dyads_series_csv_and_chart(db, tmp_path):
    chart = tmp_path / "dyads.png"
    result = run(
        "dyads", "--db", db, "--actor", "RUS", "--recipient", "UKR", "--freq", "week",
        "--since", "2023-01-01", "--until", "2023-01-31", "--plot", str(chart), "--format", "csv",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    # Both codes given: the series is filled, one row per week of January.
    assert [r["period"] for r in rows] == [
        "2022-12-26",
        "2023-01-02",
        "2023-01-09",
        "2023-01-16",
        "2023-01-23",
        "2023-01-30",
    ]
    assert [r["events"] for r in rows] == ["0", "2", "2", "0", "0", "0"]
    assert rows[1]["verbal_conflict"] == "1" and rows[1]["material_conflict"] == "1"
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 5000


def test_dyads_all_pairs_totals_and_option_errors(db, tmp_path):
    result = run("dyads", "--db", db, "--totals", "--format", "json", "--dedup")
    assert result.exit_code == 0, result.output
    totals = {
        (r["actor"], r["recipient"]): r["events"]
        for r in map(json.loads, result.stdout.split("\n")[:-1])
    }
    assert totals == {("RUS", "UKR"): 3, ("BLR", "UKR"): 1, ("USA", "UKR"): 2, ("GBR", "RUS"): 1}
    every = run("dyads", "--db", db, "--freq", "year", "--all-modalities", "--format", "csv")
    (ru,) = [r for r in csv.DictReader(io.StringIO(every.stdout)) if r["actor"] == "RUS"]
    assert ru["events"] == "5"
    newest = run(
        "dyads", "--db", db, "--freq", "week", "--newest", "--limit", "1", "--format", "csv"
    )
    (latest,) = csv.DictReader(io.StringIO(newest.stdout))
    assert (latest["period"], latest["actor"], latest["recipient"]) == ("2023-02-13", "GBR", "RUS")
    bad_plot = run("dyads", "--db", db, "--plot", str(tmp_path / "chart.gif"))
    assert bad_plot.exit_code == 2 and ".png" in bad_plot.output
    assert run("dyads", "--db", db, "--freq", "fortnight").exit_code == 2


def test_sql_runs_read_only_and_writes_are_refused_with_status_2(db):
    result = run(
        "query", "--db", db, "--sql", "select count(*) as n from events", "--format", "csv"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "8"]
    for statement in ("delete from events", "drop table events", "select 1; delete from events"):
        refused = run("query", "--db", db, "--sql", statement)
        assert refused.exit_code == 2, refused.output
        assert "Traceback" not in refused.output and "SQL:" in refused.output
    bad = run("query", "--db", db, "--sql", "select * from nowhere")
    assert bad.exit_code == 2 and "nowhere" in bad.output
    mixed = run("query", "--db", db, "--sql", "select 1", "--actor", "RUS")
    assert mixed.exit_code == 2 and "cannot be combined" in mixed.output
    assert run("query", "--db", db, "--count").stdout.strip() == "8"


def test_bad_values_and_bad_stores_give_one_clear_line(db, tmp_path):
    for args, message in (
        (("--since", "2023-02-30"), "since: '2023-02-30' is not a date"),
        (("--since", "2023-03", "--until", "2023-01"), "since is after until"),
        (("--type", "ATTACK"), "unknown event type"),
        (("--quad-class", "7"), "quad class"),
    ):
        result = run("query", "--db", db, *args)
        assert result.exit_code == 2, result.output
        assert message in result.output and "Traceback" not in result.output
    missing = run("query", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 1 and "CQ304" in missing.output
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 100)
    broken = run("quotes", "--db", str(junk))
    assert broken.exit_code == 1 and "CQ304" in broken.output
    assert junk.read_bytes() == b"not a database" * 100


def test_db_from_the_environment(db):
    result = CliRunner(env={"COMMUNIQUE_DB": db}).invoke(main, ["query", "--count"])
    assert result.exit_code == 0 and result.stdout.strip() == "8"


def test_piped_tables_use_their_width_unless_columns_says(db, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    wide = run("query", "--db", db, "--limit", "2")
    assert wide.exit_code == 0, wide.output
    lines = wide.stdout.splitlines()
    # Each event is one row: its title is whole on one line, wider than 80 columns.
    assert any("Moscow warns Kyiv" in line for line in lines)
    assert max(len(line) for line in lines) > 120
    monkeypatch.setenv("COLUMNS", "70")
    narrow = run("query", "--db", db, "--limit", "2")
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 70
    assert "COLUMNS=N" in run("query", "--help").output
