"""Dates for articles that carry none: a dates table, or the date in a file's name."""

from __future__ import annotations

import pickle

import pytest

from communique.errors import CommuniqueError
from communique.read.file_dates import (
    FileDates,
    date_in_name,
    file_dates,
    load_date_table,
    name_pattern,
)
from communique.schema import Document


def doc(name: str, date: str | None = None, origin: str | None = None) -> Document:
    stem = name.rsplit(".", 1)[0]
    return Document(id=stem, text="x", date=date, origin=origin or f"/corpus/{name}")


@pytest.mark.parametrize(
    "fmt, name, expected",
    [
        ("%Y-%m-%d", "2022-02-10-baerbock-kyiv.txt", "2022-02-10"),
        ("%Y-%m-%d", "report_2021-11-03_v2.html", "2021-11-03"),
        ("%Y-%m-%d", "2022-13-40-then-2022-01-05.txt", "2022-01-05"),  # the first real date
        ("%Y-%m-%d", "12022-02-10.txt", None),  # digits run on: not this date
        ("%Y-%m-%d", "no-date-here.txt", None),
        ("%Y%m%d", "ap_20220210_1.txt", "2022-02-10"),
        ("%d-%b-%Y", "kyiv-10-Feb-2022.txt", "2022-02-10"),
        ("%d %B %Y", "talks 3 March 2022.txt", "2022-03-03"),
        ("%y%m%d", "wire-220210.txt", "2022-02-10"),
        ("%Y/%m/%d", "2022/02/10.txt", "2022-02-10"),
    ],
)
def test_dates_in_file_names(fmt, name, expected):
    assert date_in_name(name, name_pattern(fmt)) == expected


@pytest.mark.parametrize("fmt", ["%Y-%m", "%Y-%m-%d %H", "%Y-%q-%d", "plain"])
def test_a_format_without_a_whole_date_is_a_coded_error(fmt):
    with pytest.raises(CommuniqueError) as caught:
        name_pattern(fmt)
    assert caught.value.code == "CQ309" and fmt in str(caught.value)


def test_csv_json_and_json_lines_tables(tmp_path):
    csv_file = tmp_path / "dates.csv"
    csv_file.write_text("\ufeffFile,Published,notes\nstory.txt,2022-02-10,x\nb,2021-01-02,\n")
    assert load_date_table(csv_file) == {"story.txt": "2022-02-10", "b": "2021-01-02"}
    obj = tmp_path / "dates.json"
    obj.write_text('{"story": "2022-02-10"}')
    assert load_date_table(obj) == {"story": "2022-02-10"}
    listed = tmp_path / "list.json"
    listed.write_text('[{"id": "story", "date": "2022-02-10"}]')
    assert load_date_table(listed) == {"story": "2022-02-10"}
    lines = tmp_path / "dates.jsonl"
    lines.write_text('{"id": "a", "date": "2022-02-10"}\n{"id": "b", "date": "2022-02-11"}\n')
    assert load_date_table(lines) == {"a": "2022-02-10", "b": "2022-02-11"}


@pytest.mark.parametrize(
    "content, words",
    [
        ("id,when\na,2022-01-01\n", "header must name"),
        ("id,date\na,10/02/2022\n", "dates.txt:2"),
        ('{"a": "yesterday"}', "'yesterday' is not a date"),
        ("[1, 2]", "item 1 is not an object"),
        ("{broken", "not valid JSON"),
        ("[" * 100_000, "not valid JSON (nested too deeply)"),
        ('{"a": ' + "9" * 5000 + "}", "more than 4,300 digits"),
    ],
)
def test_a_bad_table_is_a_coded_error_naming_the_place(tmp_path, content, words):
    path = tmp_path / "dates.txt"
    path.write_text(content)
    with pytest.raises(CommuniqueError) as caught:
        load_date_table(path)
    assert caught.value.code == "CQ309" and words in str(caught.value)


def test_the_table_wins_then_the_document_then_the_file_name():
    rules = FileDates(table={"story": "2020-01-01", "other.txt": "2020-02-02"})
    assert rules.apply(doc("story.txt", date="2022-05-05")).date == "2020-01-01"
    assert rules.apply(doc("other.txt")).date == "2020-02-02"  # by the file's name
    assert rules.apply(doc("2022-03-04-x.txt", date="2022-05-05")).date == "2022-05-05"
    assert rules.apply(doc("2022-03-04-x.txt")).date == "2022-03-04"
    assert rules.apply(doc("plain.txt")).date is None
    line = Document(id="rec-7", text="x", origin="/c/2022-03-09-dump.jsonl:7")
    assert rules.apply(line).date == "2022-03-09"  # a line of a dated file
    assert rules.apply(Document(id="stdin", text="x", origin="stdin")).date is None
    assert rules.unused() == []
    assert FileDates(table={"nowhere": "2020-01-01"}).unused() == ["nowhere"]


def test_options_off_and_the_rules_survive_pickling(tmp_path):
    assert file_dates(None, "off") is None
    rules = file_dates(None, "%Y%m%d")
    assert rules is not None and rules.table == {}
    again = pickle.loads(pickle.dumps(rules))  # a Dask worker gets a copy
    assert again.apply(doc("x-20220210.txt")).date == "2022-02-10"
