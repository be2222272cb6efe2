"""`--format plover` records checked field by field against the PLOVER manual's "Data
Fields" chapter (read from the manual's LaTeX source): every field we write is the manual's
or one of our documented extensions, every required field is there, and a reader that
ignores our extensions can tell an event that did not happen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import communique
from communique.write.events import MODALITIES
from communique.write.plover import AUXILIARY_MODES, EXTENSIONS, HAPPENED, plover_record

MANUAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "PLOVER_MANUAL.tex"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "formats.md"

pytestmark = pytest.mark.skipif(not MANUAL.exists(), reason="PLOVER manual not on this machine")


def _tables() -> dict[str, dict[str, str]]:
    """caption → {field name: required flag or content} of the Data Fields chapter."""
    tex = MANUAL.read_text(encoding="utf-8")
    chapter = tex[tex.index("\\chapter{Data Fields}") : tex.index("\\section{Adding to PLOVER")]
    out: dict[str, dict[str, str]] = {}
    for table in re.findall(r"\\begin\{table\}.*?\\end\{table\}", chapter, re.S):
        caption = re.search(r"\\caption\{([^}]*)", table)
        rows: dict[str, str] = {}
        for line in table.split("\\\\"):
            cells = [c.strip() for c in line.split("&")]
            name = cells[0].replace("\\_", "_").split("\\hline")[-1].strip()
            if len(cells) >= 2 and re.fullmatch(r"[a-z_]+", name) and name != "name":
                rows[name] = cells[-1]
        out[caption.group(1) if caption else "?"] = rows
    return out


def _table(word: str) -> dict[str, str]:
    return next(rows for caption, rows in _tables().items() if word in caption)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    sample = Path(communique.__file__).parent / "samples" / "munich_talks.txt"
    article = communique.extract(sample.read_text(encoding="utf-8"), date="2022-02-18")
    assert {e.modality for e in article.events} - HAPPENED, "the sample has unhappened events"
    return [plover_record(article, event) for event in article.events]


def test_every_field_is_the_manuals_or_a_documented_extension(records) -> None:
    fields = _table("PLOVER JSON")
    assert {"id", "date", "actor", "event", "context", "link", "has_event"} <= fields.keys()
    documented = DOCS.read_text(encoding="utf-8")
    for name in EXTENSIONS:
        assert f"`{name}`" in documented, name
    for record in records:
        unknown = set(record) - fields.keys() - set(EXTENSIONS)
        assert not unknown, unknown
        required = {name for name, flag in fields.items() if flag.strip() == "Y"}
        assert required <= record.keys()
        assert record["id"] and record["event"] and isinstance(record["actor"], list)
        assert record["quad_code"] in (1, 2, 3, 4)


def test_entity_text_cite_and_location_objects_use_the_manuals_names(records) -> None:
    entity = _table("entities")
    cite = _table("citations")
    text_info = _table("text")
    location = _table("Location")
    own = {"actor_id", "span", "from_dateline"}
    for record in records:
        for part in record["actor"] + record["recipient"]:
            assert set(part) - entity.keys() <= own, part
        assert set(record["cite_info"]) <= cite.keys()
        assert set(record["text_info"]) <= text_info.keys()
        if record["event_loc"] is not None:
            assert set(record["event_loc"]) - location.keys() <= own


def test_a_reader_of_the_manuals_fields_alone_never_takes_a_denial_for_an_event(records) -> None:
    for record in records:
        happened = record["modality"] in HAPPENED
        assert record["has_event"] is happened
        auxiliary = set(AUXILIARY_MODES.values()) & set(record["context"])
        assert bool(auxiliary) is not happened, record
    assert set(AUXILIARY_MODES) | HAPPENED == set(MODALITIES)
    manual = MANUAL.read_text(encoding="utf-8")
    for mode in set(AUXILIARY_MODES.values()):
        assert f"\\plcon{{{mode}}}" in manual  # the manual's own auxiliary modes


def test_full_codes_in_every_record(records) -> None:
    for record in records:
        assert len(record["cameo_code"]) >= 3 and record["goldstein"] is not None
        assert record["cameo_root"] == record["cameo_code"][:2]


@pytest.mark.parametrize(
    ("sentence", "date", "enddate", "precision"),
    [
        ("Rebels attacked the town on Tuesday.", "2016-09-13", None, "day"),
        ("Rebels attacked the town in March 2015.", "2015-03-01", "2015-03-31", "month"),
        ("Rebels attacked the town last month.", "2016-08-01", "2016-08-31", "month"),
        ("Rebels attacked the town in February.", "2016-02-01", "2016-02-29", "month"),
        ("Rebels attacked the town in 2014.", "2014-01-01", "2014-12-31", "year"),
        ("Rebels attacked the town.", "2016-09-16", None, "day"),
    ],
)
def test_the_required_date_has_the_precision_the_text_gives(
    sentence: str, date: str, enddate: str | None, precision: str
) -> None:
    # The manual's Data Fields table: "date" (required) and "enddate", both YYYY-MM-DD
    article = communique.extract(sentence, date="2016-09-16")
    [event] = [e for e in article.events if e.type == "ASSAULT"]
    record = plover_record(article, event)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
    assert (record["date"], record.get("enddate"), record["date_precision"]) == (
        date, enddate, precision,
    )  # fmt: skip
    if enddate is not None:
        assert event.date is None and event.date_period == enddate[: {"month": 7}.get(precision, 4)]
    fields = _table("JSON")
    assert "date" in fields and "enddate" in fields


def test_with_no_time_in_the_text_and_no_publication_date_the_date_is_null() -> None:
    article = communique.extract("Rebels attacked the town.")
    record = plover_record(article, next(e for e in article.events if e.type == "ASSAULT"))
    assert record["date"] is None and record["date_precision"] is None
    assert "enddate" not in record
