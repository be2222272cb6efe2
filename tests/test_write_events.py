"""Event writers: PLOVER JSON Lines, CAMEO-style TSV, events-only JSON Lines, the table section."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console

from communique.schema import Article, Cue, Event, Location, Mention, Participant
from communique.write import (
    MODALITIES,
    filter_events,
    parse_modalities,
    plover_record,
    render_table,
    write_cameo_tsv,
    write_events_jsonl,
    write_jsonl,
    write_plover,
)
from communique.write.cameo_tsv import COLUMNS

TEXT = (
    "MUNICH (Wire) — Germany and France urged Serbia to pull back its forces. "
    "Baerbock met Wang Yi in Munich on Tuesday."
)


def _span(needle: str) -> tuple[int, int]:
    i = TEXT.index(needle)
    return (i, i + len(needle))


def _p(name: str, code: str | None, sector: str | None, words: str, actor_id: str) -> Participant:
    return Participant(name, code, sector, actor_id, Mention(words, _span(words), "country"))


def make_article(article_id: str = "a1") -> Article:
    """Three events: a compound-actor demand, the demanded withdrawal, a meeting."""
    first = (0, TEXT.index("forces.") + len("forces."))
    second = (TEXT.index("Baerbock"), len(TEXT))
    munich = Location("Munich", "DEU", 2867714, 48.13743, 11.57549, _span("MUNICH"), True)
    request = Event(
        id="E1",
        type="REQUEST",
        mode="yield",
        modality="asserted",
        trigger=Cue("urged", _span("urged")),
        sentence=first,
        reason="verb 'urge' -> REQUEST",
        actor=[
            _p("Germany", "DEU", "GOV", "Germany", "A1"),
            _p("France", "FRA", None, "France", "A2"),
        ],
        recipient=[_p("Serbia", "SRB", None, "Serbia", "A3")],
        quad_class=3,
        cameo_root="10",
        intensity=-1.0,
        date="2022-02-18",
        date_reason="publication date",
        location=munich,
        context=["military"],
    )
    retreat = Event(
        id="E2",
        type="RETREAT",
        mode="withdraw",
        modality="requested",
        trigger=Cue("pull back", _span("pull back")),
        sentence=first,
        reason="object of 'urged'",
        actor=[_p("Serbia", "SRB", None, "Serbia", "A3")],
        requested_by="E1",
        quad_class=2,
        cameo_root="08",
        intensity=8.0,
    )
    meeting = Event(
        id="E3",
        type="CONSULT",
        mode=None,
        modality="asserted",
        trigger=Cue("met", _span("met")),
        sentence=second,
        reason="verb 'meet' -> CONSULT",
        actor=[
            Participant("Annalena Baerbock", "DEU", "GOV", "A4", None),
            Participant("Wang Yi", "CHN", "GOV", "A5", None),
        ],
        quad_class=1,
        cameo_root="04",
        intensity=2.5,
        date="2022-02-15",
        date_reason="'Tuesday' before 2022-02-18",
        location=Location("Munich", "DEU", 2867714, 48.13743, 11.57549, _span("Munich"), False),
    )
    return Article(
        id=article_id,
        text=TEXT,
        title="Talks",
        published="2022-02-18",
        events=[request, retreat, meeting],
    )


# -- PLOVER -----------------------------------------------------------------------


def test_plover_writes_one_record_per_event_with_the_manuals_fields() -> None:
    out = io.StringIO()
    everything = set(MODALITIES)
    n = write_plover([make_article("a1"), make_article("a2")], out, modalities=everything)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(lines) == 6
    assert [r["id"] for r in lines[:3]] == ["a1-E1", "a1-E2", "a1-E3"]
    assert len({r["id"] for r in lines}) == 6  # unique across articles
    first = lines[0]
    for name in ("id", "date", "actor", "recipient", "event", "mode", "context", "quad_code"):
        assert name in first, name
    assert first["event"] == ["REQUEST"] and first["mode"] == ["yield"]
    assert first["quad_code"] == 3 and first["date"] == "2022-02-18"
    assert [(a["code"], a["sector"], a["entity_text"]) for a in first["actor"]] == [
        ("DEU", "GOV", "Germany"),
        ("FRA", None, "France"),
    ]
    assert first["recipient"][0]["code"] == "SRB"
    assert first["event_text"] == ["urged"]
    assert first["context"] == ["military"]


def test_plover_writes_only_what_happened_unless_asked() -> None:
    out = io.StringIO()
    write_plover([make_article("a1")], out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["modality"] for r in records] == ["asserted", "asserted"]
    assert all(r["has_event"] for r in records)


def test_a_plover_reader_ignoring_extensions_sees_what_did_not_happen() -> None:
    withdrawal = plover_record(make_article(), make_article().events[1])
    assert withdrawal["modality"] == "requested"
    # the manual's own fields say it: an auxiliary mode in context, has_event false,
    # and a link to the demand
    assert withdrawal["has_event"] is False and "hypothetical" in withdrawal["context"]
    assert withdrawal["link"] == "a1-E1"


def test_plover_offsets_point_at_the_sentence_and_trigger() -> None:
    record = plover_record(make_article(), make_article().events[0])
    start, end = record["text_info"]["start"], record["text_info"]["end"]
    assert TEXT[start:end].endswith("forces.")
    t0, t1 = record["trigger"]["span"]
    assert TEXT[t0:t1] == "urged"
    assert record["sentence"] == [start, end]
    for entity in record["actor"]:
        s0, s1 = entity["span"]
        assert TEXT[s0:s1] == entity["entity_text"]


def test_plover_carries_communiques_extras() -> None:
    records = [plover_record(make_article(), e) for e in make_article().events]
    demand, withdrawal, meeting = records
    assert demand["modality"] == "asserted" and demand["intensity"] == -1.0
    assert demand["cameo_root"] == "10" and demand["article_id"] == "a1"
    assert withdrawal["modality"] == "requested" and withdrawal["requested_by"] == "E1"
    assert withdrawal["mode"] == ["withdraw"] and withdrawal["event_loc"] is None
    assert meeting["mode"] == [] and meeting["recipient"] == []
    # no mention: the resolved name stands for the words
    assert meeting["actor"][0]["entity_text"] == "Annalena Baerbock"
    assert meeting["actor"][0]["span"] is None


def test_plover_location_object() -> None:
    demand = plover_record(make_article(), make_article().events[0])
    loc = demand["event_loc"]
    assert loc["extracted_place"] == "MUNICH" and loc["resolved_place"] == "Munich"
    assert loc["geonameid"] == 2867714 and loc["country_code"] == "DEU"
    assert (loc["lat"], loc["lon"]) == (48.13743, 11.57549)
    assert loc["from_dateline"] is True


def test_plover_text_only_when_asked() -> None:
    out = io.StringIO()
    write_plover([make_article()], out)
    assert all("text" not in json.loads(line) for line in out.getvalue().splitlines())
    out = io.StringIO()
    write_plover([make_article()], out, include_text=True)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["text"] == TEXT[: TEXT.index("forces.") + len("forces.")]


def test_plover_modality_filter_and_empty_articles() -> None:
    out = io.StringIO()
    n = write_plover([make_article(), Article(id="empty", text="")], out, modalities={"asserted"})
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == 2 and [r["event_id"] for r in lines] == ["E1", "E3"]


# -- CAMEO TSV --------------------------------------------------------------------


def _rows(out: io.StringIO) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader)


def test_tsv_header_and_one_row_per_event() -> None:
    out = io.StringIO()
    n = write_cameo_tsv([make_article()], out)
    lines = out.getvalue().splitlines()
    assert n == 3 and len(lines) == 4
    assert lines[0].split("\t") == list(COLUMNS)
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


def test_tsv_cells() -> None:
    out = io.StringIO()
    write_cameo_tsv([make_article()], out)
    demand, withdrawal, meeting = _rows(out)
    assert demand["actor_code"] == "DEU;FRA" and demand["actor_sector"] == "GOV;"
    assert demand["actor_name"] == "Germany;France"
    assert demand["recipient_code"] == "SRB" and demand["cameo_root"] == "10"
    assert demand["plover_type"] == "REQUEST" and demand["mode"] == "yield"
    assert demand["quad_class"] == "3" and demand["intensity"] == "-1"
    assert (demand["trigger"], demand["trigger_start"], demand["trigger_end"]) == (
        "urged",
        str(TEXT.index("urged")),
        str(TEXT.index("urged") + 5),
    )
    assert demand["latitude"] == "48.13743" and demand["geonames_id"] == "2867714"
    assert withdrawal["modality"] == "requested" and withdrawal["recipient_code"] == ""
    assert withdrawal["date"] == "" and withdrawal["place"] == ""
    assert meeting["intensity"] == "2.5" and meeting["mode"] == ""


def test_tsv_keeps_text_fields_on_one_line_and_defuses_formulas() -> None:
    article = make_article()
    article.events[0].trigger = Cue("urged\tstrongly\nand\u2028again", (0, 5))
    article.events[0].actor[0].name = "=HYPERLINK(1)"
    article.events[0].actor[1].name = "A;B"
    out = io.StringIO()
    write_cameo_tsv([article], out, header=False)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    cells = lines[0].split("\t")
    assert len(cells) == len(COLUMNS)
    row = dict(zip(COLUMNS, cells, strict=True))
    assert row["trigger"] == "urged strongly and again"
    assert row["actor_name"] == "'=HYPERLINK(1);A,B"


def test_tsv_with_no_events_is_still_a_table() -> None:
    out = io.StringIO()
    assert write_cameo_tsv([Article(id="x", text="")], out) == 0
    assert out.getvalue() == "\t".join(COLUMNS) + "\n"


# -- events-only JSON Lines and the filter ---------------------------------------


def test_events_only_lines_are_record_events_with_article_id() -> None:
    out = io.StringIO()
    n = write_events_jsonl([make_article("a1")], out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == 3
    for line, event in zip(lines, make_article().events, strict=True):
        assert line.pop("article_id") == "a1"
        assert line == event.to_dict()


def test_parse_modalities() -> None:
    assert parse_modalities(None) is None
    assert parse_modalities(" , ") is None
    assert parse_modalities("asserted, Negated") == {"asserted", "negated"}
    assert set(MODALITIES) >= {"asserted", "requested", "reported"}
    with pytest.raises(ValueError, match="happened"):
        parse_modalities("asserted,happened")


def test_filter_events_copies_and_keeps_the_original() -> None:
    article = make_article()
    (kept,) = filter_events([article], {"requested"})
    assert [e.id for e in kept.events] == ["E2"]
    assert len(article.events) == 3
    (same,) = filter_events([article], None)
    assert same is article


def test_jsonl_records_carry_events() -> None:
    out = io.StringIO()
    write_jsonl(filter_events([make_article()], {"asserted"}), out)
    record = json.loads(out.getvalue())
    assert [e["id"] for e in record["events"]] == ["E1", "E3"]


# -- the table --------------------------------------------------------------------


def render(article: Article) -> str:
    console = Console(file=io.StringIO(), width=220, color_system=None, force_terminal=False)
    render_table([article], console)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_table_has_an_events_section() -> None:
    shown = render(make_article())
    assert "Events" in shown
    e1 = next(line for line in shown.splitlines() if "E1" in line)
    for expected in ("REQUEST/yield", "asserted", "Germany (DEU GOV)", "→ Serbia (SRB)", "urged"):
        assert expected in e1, expected
    assert "Munich (dateline)" in e1
    e2 = next(line for line in shown.splitlines() if "E2" in line)
    assert "requested for E1" in e2
    e3 = next(line for line in shown.splitlines() if "E3" in line)
    assert "2022-02-15" in e3 and "Wang Yi (CHN GOV)" in e3 and "(dateline)" not in e3


def test_table_says_when_there_are_no_events() -> None:
    assert "no events found" in render(Article(id="x", text=""))


def test_table_event_cells_are_not_markup() -> None:
    article = make_article()
    article.events[0].trigger = Cue("[bold]urged[/]\x1b[2J", (0, 5))
    article.events[0].actor[0].name = "[red]Germany[/red]"
    shown = render(article)
    assert "[bold]urged[/]" in shown and "[red]Germany[/red]" in shown
    assert "\x1b" not in shown
