"""Dyad charts: one line per pair, a summed line only when asked, gaps in the data left as gaps."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.query.dyads import covered_periods, dyads_table
from communique.query.filters import Filters
from communique.query.plot import chart_lines
from communique.schema import Article
from communique.store import Origin, article_rows, open_store
from communique.store.db import insert_rows
from query_store import _event, _p, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The query store (January and February 2023) plus one article from June 2017."""
    path = build_store(tmp_path_factory.mktemp("plot") / "news.duckdb")
    old = Article(
        id="old",
        text="Moscow struck Kyiv years ago.",
        published="2017-06-05",
        events=[
            _event("E1", "ASSAULT", "asserted", [_p("Russia", "RUS")], [_p("Ukraine", "UKR")],
                   4, -9.0, trigger="struck", start=7),
        ],
    )  # fmt: skip
    con = open_store(path, read_only=False)
    try:
        insert_rows(con, article_rows(old, Origin("old.txt", doc_id="old"), version="t"))
    finally:
        con.close()
    return path


def test_one_line_per_pair_and_a_gap_where_no_article_was_stored(db):
    con = open_store(db, read_only=True)
    try:
        rows = dyads_table(con, Filters(), "month").to_pylist()
        covered = covered_periods(con, Filters(), "month")
    finally:
        con.close()
    assert covered == {date(2017, 6, 1), date(2023, 1, 1), date(2023, 2, 1)}
    chart = chart_lines(rows, "month", covered=covered)
    assert [line.label for line in chart.lines] == [
        "RUS → UKR",  # most events first
        "USA → UKR",
        "BLR → UKR",
        "GBR → RUS",
    ]
    assert chart.total is None  # never summed unless asked
    rus = chart.lines[0]
    assert len(chart.days) == 69 and chart.days[0] == date(2017, 6, 1)
    assert rus.conflict[0] == 1  # June 2017
    assert rus.conflict[1:-2] == [None] * 66  # no article at all: a gap, not zero
    assert rus.conflict[-2:] == [4, 0]  # January; February had articles, none on this pair
    assert chart.gaps == 66
    summed = chart_lines(rows, "month", covered=covered, total=True).total
    assert summed is not None and summed.label == "all pairs" and summed.events == 9
    assert summed.conflict[-2] == 5 and summed.cooperation[-2] == 2
    # Without coverage every missing period is a zero.
    assert None not in chart_lines(rows, "month").lines[0].conflict
    # Too many pairs: the busiest are drawn and the title says so.
    few = chart_lines(rows, "month", covered=covered, max_pairs=2)
    assert len(few.lines) == 2 and few.title.startswith("2 of 4 actor pairs")


def test_cli_chart_has_a_legend_of_pairs_and_a_total_only_when_asked(db, tmp_path):
    chart = tmp_path / "pairs.svg"
    result = CliRunner().invoke(
        main, ["dyads", "--db", str(db), "--plot", str(chart), "--format", "csv", "-o",
               str(tmp_path / "rows.csv")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    svg = chart.read_text(encoding="utf-8")
    for label in ("RUS → UKR (5)", "USA → UKR (2)", "GBR → RUS (1)", "no articles stored (a gap)"):
        assert label in svg
    assert "all pairs" not in svg
    summed = tmp_path / "total.svg"
    result = CliRunner().invoke(
        main, ["dyads", "--db", str(db), "--plot", str(summed), "--plot-total", "-o",
               str(tmp_path / "rows2.csv"), "--format", "csv"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "all pairs (9)" in summed.read_text(encoding="utf-8")
    alone = CliRunner().invoke(main, ["dyads", "--db", str(db), "--plot-total"])
    assert alone.exit_code == 2 and "--plot FILE" in alone.output
