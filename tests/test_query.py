"""Query functions over a store with known contents: filters, quotations, dyad series, SQL.

These are the functions both the CLI and the web API call, so what is checked
here is what a user of either gets.
"""

from __future__ import annotations

from datetime import date

import pytest

from communique.query.dyads import (
    dyad_series,
    dyad_totals,
    fill_periods,
    next_period,
    period_start,
    periods,
)
from communique.query.events import count_events, query_events
from communique.query.filters import Filters, event_where, parse_date
from communique.query.quotes import count_quotes, query_quotes
from communique.query.sql import SqlError, run_sql
from communique.store import open_store
from communique.store.db import open_sealed
from query_store import ODD_NAME, ODD_SOURCE, article_id, build_store


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("store") / "news.duckdb")
    connection = open_store(path)
    yield connection
    connection.close()


def events(con, **filters):
    return [(r["doc_id"], r["event_id"]) for r in query_events(con, Filters.build(**filters))]


# -- filters -------------------------------------------------------------------


def test_no_filter_lists_every_event_oldest_first(con):
    rows = query_events(con, Filters.build())
    assert len(rows) == count_events(con, Filters.build()) == 8
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    # An event dated by its text files under that date, not the article's.
    aid = next(r for r in rows if r["doc_id"] == "a2" and r["event_id"] == "E1")
    assert aid["date"] == date(2023, 1, 8) and aid["published"] == date(2023, 1, 10)
    # Inside one article, events come in reading order.
    assert [r["event_id"] for r in rows if r["doc_id"] == "a1"] == ["E1", "E2", "E3", "E4"]
    newest = query_events(con, Filters.build(), newest_first=True)
    assert [r["date"] for r in newest] == sorted(dates, reverse=True)
    assert [r["event_id"] for r in newest if r["doc_id"] == "a1"] == ["E1", "E2", "E3", "E4"]


def test_actor_code_matches_any_participant_and_composes_with_type_and_dates(con):
    assert events(con, actor="BLR") == [("a1", "E3")]  # second actor of a compound event
    assert events(con, actor="RUS", types="THREATEN", since="2023-01-09") == [
        ("a2", "E2"),
        ("a3", "E1"),
    ]
    assert events(con, actor="RUS", types=["THREATEN", "ASSAULT"], until="2023-01-02") == [
        ("a1", "E1"),
        ("a1", "E2"),
        ("a1", "E3"),
    ]
    assert events(con, actor="RUS", recipient="UKR", modalities="negated") == [("a1", "E2")]
    assert events(con, recipient="RUS") == [("a4", "E1")]
    assert events(con, quad_classes="1,2") == [("a1", "E4"), ("a2", "E1")]


def test_name_filters_are_case_insensitive_parts_and_wildcards_are_literal(con):
    assert events(con, actor="blinken") == [("a1", "E4")]
    assert events(con, recipient="Kuleba") == [("a1", "E4")]
    assert events(con, actor=ODD_NAME) == [("a4", "E1")]
    assert events(con, actor="100%") == [("a4", "E1")]
    assert events(con, actor="%") == [("a4", "E1")]  # a literal %, not "anything"
    assert events(con, actor="_") == []  # a literal _, not "any one character"
    assert events(con, actor="1000") == []


def test_injection_looking_values_just_match_nothing(con):
    for value in ("RUS' OR '1'='1", "x'); DROP TABLE events; --", "' OR 1=1 --", "\\"):
        assert events(con, actor=value) == []
        assert events(con, source=value) == []
        assert query_quotes(con, Filters.build(), speaker=value) == []
    assert count_events(con, Filters.build()) == 8  # nothing was dropped


def test_source_matches_any_feed_of_an_article_and_dedup_drops_wire_copies(con):
    assert events(con, source="reuters") == events(con, article=article_id("a1"))
    # a1 came from a second feed too: filtering by it finds a1.
    assert {d for d, _ in events(con, source="Kyiv Independent")} == {"a1"}
    assert events(con, source="ap.example") == [("a2", "E1"), ("a2", "E2")]
    assert events(con, source=ODD_SOURCE) == [("a4", "E1")]
    assert ("a3", "E1") in events(con) and ("a3", "E1") not in events(con, dedup=True)


def test_paging_splits_the_same_order(con):
    f = Filters.build()
    whole = query_events(con, f)
    pages = [query_events(con, f, limit=3, offset=o) for o in (0, 3, 6)]
    assert [r["event_id"] for p in pages for r in p] == [r["event_id"] for r in whole]
    with pytest.raises(ValueError, match="limit"):
        query_events(con, f, limit=-1)


def test_bad_filter_values_give_messages_a_user_can_act_on():
    with pytest.raises(ValueError, match=r"since: '2023-02-30' is not a date \(use YYYY-MM-DD\)"):
        Filters.build(since="2023-02-30")
    with pytest.raises(ValueError, match="since is after until"):
        Filters.build(since="2023-02", until="2023-01-31")
    with pytest.raises(ValueError, match="unknown event type"):
        Filters.build(types="THREATEN,ATTACK")
    with pytest.raises(ValueError, match="unknown modality"):
        Filters.build(modalities="denied")
    with pytest.raises(ValueError, match="quad class"):
        Filters.build(quad_classes="5")
    with pytest.raises(ValueError, match="unknown filter"):
        Filters.build(speaker="x")


def test_filter_values_arrive_as_cli_tuples_or_query_strings():
    f = Filters.build(
        types=("threaten", "ACCUSE,reject"), modalities=" asserted ,", quad_classes=[3]
    )
    assert f.types == ["THREATEN", "ACCUSE", "REJECT"]
    assert f.modalities == ["asserted"] and f.quad_classes == [3]
    assert parse_date("2023", "since") == date(2023, 1, 1)
    assert parse_date("2023-02", "since") == date(2023, 2, 1)
    assert Filters.build().is_empty() and event_where(Filters.build()) == ("", [])
    assert not Filters.build(dedup=True).is_empty()
    assert Filters.build(actor="RUS").has_event_filters()
    assert not Filters.build(source="AP", since="2023").has_event_filters()


def test_every_user_value_is_a_parameter_never_sql_text():
    value = "Robert'); DROP TABLE events;--"
    f = Filters.build(actor=value, recipient=value, source=value, article=value)
    sql, params = event_where(f)
    assert "DROP" not in sql and "Robert" not in sql
    assert any("Robert" in str(p) for p in params)


# -- quotations ----------------------------------------------------------------


def test_quotes_by_name_or_code_with_dates_and_sources(con):
    (row,) = query_quotes(con, Filters.build(), speaker="Blinken")
    assert row["speaker"] == "Antony Blinken" and row["text"] == "We stand with Ukraine."
    assert row["date"] == date(2023, 1, 2) and row["kind"] == "direct"
    assert row["title"] == "Moscow warns Kyiv" and row["source"] == "Reuters"
    assert row["url"] == "https://reuters.example/a1"
    assert [r["speaker"] for r in query_quotes(con, Filters.build(), speaker="RUS")] == [
        "Sergei Lavrov"
    ]
    assert [r["speaker"] for r in query_quotes(con, Filters.build(), speaker=ODD_NAME)] == [
        ODD_NAME
    ]
    assert query_quotes(con, Filters.build(since="2023-01-03"), speaker="Blinken") == []
    assert count_quotes(con, Filters.build()) == 3
    assert count_quotes(con, Filters.build(), kinds=["indirect"]) == 1
    with pytest.raises(ValueError, match="unknown quotation kind"):
        count_quotes(con, Filters.build(), kinds=["paraphrase"])


# -- dyads ---------------------------------------------------------------------


def _by_key(rows):
    return {(r["period"], r["actor"], r["recipient"]): r for r in rows}


def test_weekly_dyads_count_pairs_per_quad_class_asserted_only(con):
    rows = _by_key(dyad_series(con, Filters.build(), "week"))
    week1, week2 = date(2023, 1, 2), date(2023, 1, 9)
    ru = rows[(week1, "RUS", "UKR")]  # E1 threat + E3 strike; the denied E2 is left out
    assert (ru["events"], ru["verbal_conflict"], ru["material_conflict"]) == (2, 1, 1)
    assert ru["intensity_sum"] == -13.0 and ru["intensity_mean"] == -6.5
    # The compound actor of E3 makes a BLR→UKR pair too.
    assert rows[(week1, "BLR", "UKR")]["material_conflict"] == 1
    # Blinken meets Kuleba (q1) and the aid dated Sunday 8 January (q2) share week 1.
    us = rows[(week1, "USA", "UKR")]
    assert (us["verbal_cooperation"], us["material_cooperation"], us["events"]) == (1, 1, 2)
    assert rows[(week2, "RUS", "UKR")]["events"] == 2  # a2 and its wire copy a3
    assert rows[(date(2023, 2, 13), "GBR", "RUS")]["verbal_conflict"] == 1
    assert len(rows) == 5


def test_dyads_dedup_modalities_and_actor_narrowing(con):
    deduped = _by_key(dyad_series(con, Filters.build(dedup=True), "week"))
    assert deduped[(date(2023, 1, 9), "RUS", "UKR")]["events"] == 1
    every = _by_key(dyad_series(con, Filters.build(), "month", all_modalities=True))
    assert every[(date(2023, 1, 1), "RUS", "UKR")]["events"] == 5  # the denial counts now
    negated = dyad_series(con, Filters.build(modalities="negated"), "year")
    assert [(r["actor"], r["events"]) for r in negated] == [("RUS", 1)]
    # --actor RUS keeps RUS's side of a compound event, not Belarus's.
    pairs = {(r["actor"], r["recipient"]) for r in dyad_series(con, Filters.build(actor="RUS"))}
    assert pairs == {("RUS", "UKR")}
    by_name = dyad_series(con, Filters.build(actor="blinken"), "month")
    assert [(r["actor"], r["recipient"], r["events"]) for r in by_name] == [("USA", "UKR", 1)]


def test_filled_series_has_every_period_between_the_bounds(con):
    f = Filters.build(actor="RUS", recipient="UKR", since="2022-12-20", until="2023-02-01")
    rows = dyad_series(con, f, "week", fill=True)
    assert [r["period"] for r in rows] == list(
        periods(date(2022, 12, 20), date(2023, 2, 1), "week")
    )
    assert [r["events"] for r in rows] == [0, 0, 2, 2, 0, 0, 0]
    assert rows[0]["intensity_mean"] is None and rows[0]["intensity_sum"] == 0
    monthly = dyad_series(con, Filters.build(actor="RUS", recipient="UKR"), "quarter", fill=True)
    assert [(r["period"], r["events"]) for r in monthly] == [(date(2023, 1, 1), 4)]


def test_dyad_totals_rank_pairs(con):
    totals = dyad_totals(con, Filters.build())
    assert (totals[0]["actor"], totals[0]["recipient"], totals[0]["events"]) == ("RUS", "UKR", 4)
    assert {(r["actor"], r["recipient"]) for r in totals} == {
        ("RUS", "UKR"),
        ("BLR", "UKR"),
        ("USA", "UKR"),
        ("GBR", "RUS"),
    }
    assert len(dyad_totals(con, Filters.build(), limit=2)) == 2


def test_period_arithmetic():
    assert period_start(date(2023, 1, 8), "week") == date(2023, 1, 2)
    assert period_start(date(2023, 11, 30), "quarter") == date(2023, 10, 1)
    assert next_period(date(2023, 10, 1), "quarter") == date(2024, 1, 1)
    assert next_period(date(2023, 12, 1), "month") == date(2024, 1, 1)
    assert list(periods(date(2023, 1, 31), date(2023, 3, 1), "month")) == [
        date(2023, 1, 1),
        date(2023, 2, 1),
        date(2023, 3, 1),
    ]
    rows = [
        {"period": date(2023, 1, 1), "actor": "A", "recipient": "B", "events": 1},
        {"period": date(2023, 3, 1), "actor": "C", "recipient": "D", "events": 2},
    ]
    filled = fill_periods(rows, "month")
    assert len(filled) == 6 and sum(r["events"] for r in filled) == 3
    with pytest.raises(ValueError, match="unknown period"):
        dyad_series(None, Filters.build(), "fortnight")


# -- SQL -----------------------------------------------------------------------


def test_sql_reads_and_refuses_every_kind_of_write(con, tmp_path):
    # The store as --sql opens it: DuckDB itself refuses what is no read of the store.
    sealed = open_sealed(build_store(tmp_path / "sealed.duckdb"))
    table = run_sql(sealed, "select type, count(*) n from events group by type order by n desc")
    assert table.to_pylist()[0] == {"type": "THREATEN", "n": 3}
    assert run_sql(sealed, "select * from events", limit=2).num_rows == 2
    for statement in (
        "delete from events",
        "insert into events (article_id, event_id) values ('x', 'y')",
        "drop table events",
        "create table t (x int)",
        "copy events to '/tmp/should-not-exist.csv'",
        "attach '/tmp/other.duckdb'",
        "select 1; delete from events",
        "",
    ):
        with pytest.raises(SqlError):
            run_sql(sealed, statement)
    with pytest.raises(SqlError, match="syntax error"):
        run_sql(sealed, "selec * from events")
    with pytest.raises(SqlError, match="Did you mean"):
        run_sql(sealed, "select * from event")
    sealed.close()
    assert count_events(con, Filters.build()) == 8
