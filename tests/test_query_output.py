"""Result writers: CSV a spreadsheet can open safely, JSON Lines any JSON parser reads."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow as pa

from communique.query.output import write_csv, write_json_lines


def _table() -> pa.Table:
    return pa.table(
        {
            "date": pa.array([date(2023, 1, 2), None]),
            "text": ['=HYPERLINK("http://x")', 'said "no",\nthen left'],
            "name": ["-Jones", "@home"],
            "number_text": ["-9.5", "+1e3"],
            "codes": pa.array([["RUS", "BLR"], []], pa.list_(pa.string())),
            "score": pa.array([2.8, None], pa.float32()),
            "odd": [float("nan"), 1.5],
            "nested": [{"a": 1}, None],
        }
    )


def test_csv_guards_formulas_joins_lists_and_round_trips_through_a_reader():
    out = io.StringIO()
    assert write_csv(_table(), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["text"] == '\'=HYPERLINK("http://x")' and rows[0]["name"] == "'-Jones"
    assert rows[1]["text"] == 'said "no",\nthen left' and rows[1]["name"] == "'@home"
    assert rows[0]["number_text"] == "-9.5" and rows[1]["number_text"] == "+1e3"
    assert rows[0]["codes"] == "RUS;BLR" and rows[1]["codes"] == ""
    assert rows[0]["date"] == "2023-01-02" and rows[1]["date"] == ""
    assert rows[0]["score"] == "2.8" and json.loads(rows[0]["nested"]) == {"a": 1}


def test_json_lines_are_valid_json_with_iso_dates_and_arrays():
    out = io.StringIO()
    assert write_json_lines(_table(), out) == 2
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["date"] == "2023-01-02" and first["codes"] == ["RUS", "BLR"]
    assert first["text"] == '=HYPERLINK("http://x")'  # JSON keeps values exactly
    assert first["score"] == 2.8 and first["odd"] is None  # NaN is not JSON
    assert second["text"] == 'said "no",\nthen left' and second["nested"] is None
    empty = io.StringIO()
    assert write_json_lines(_table().slice(0, 0), empty) == 0 and empty.getvalue() == ""
