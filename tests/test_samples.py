"""The bundled sample corpus keeps its promises.

Store, query and explorer tests (and ``make demo``-style walkthroughs) rely on
what this corpus contains: a denial of an attack followed by the attack, a
hypothetical that must never count as a fact, requests, future aid, the same
actors over many dates, an exact duplicate, a near copy and a story quoting
hostile markup. If rewording an article or changing the engine breaks one of
these, the tests that build on the corpus would silently test less; these
tests say so first.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from communique.read import find_dateline
from communique.store import content_hash, open_store

TXT_FILES = 12
JSONL_RECORDS = 3
DUPLICATE = ("06-eu-oil-embargo", "07-eu-oil-embargo-exact-copy-rewrapped")
NEAR_COPY = ("02-russia-attacks-ukraine", "03-russia-attacks-ukraine-near-copy-ap")
DENIAL = "01-kremlin-denies-attack-plans"
ATTACK = "02-russia-attacks-ukraine"
HOSTILE = "10-websites-defaced-hostile-markup"
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "javascript:alert(3)",
    '" onmouseover="alert(4)',
)


@pytest.fixture(scope="module")
def con(sample_store: Path):
    connection = open_store(sample_store)
    yield connection
    connection.close()


def rows(con, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def article_id(con, doc_id: str) -> str:
    found = rows(con, "SELECT article_id FROM sources WHERE doc_id = ?", [doc_id])
    assert len(found) == 1, doc_id
    return found[0]["article_id"]


def events_of(con, doc_id: str) -> list[dict]:
    return rows(
        con,
        "SELECT e.*, a.text AS article_text FROM events e JOIN articles a USING (article_id) "
        "WHERE article_id = ? ORDER BY trigger_start",
        [article_id(con, doc_id)],
    )


def sentence(event: dict) -> str:
    return event["article_text"][event["sentence_start"] : event["sentence_end"]]


# The files themselves: cheap checks, no model.


def test_text_files_are_headline_blank_line_and_dated_wire_dateline(sample_corpus: Path):
    files = sorted(sample_corpus.glob("*.txt"))
    assert len(files) == TXT_FILES
    for path in files:
        if path.stem == DUPLICATE[1]:
            continue  # re-wrapped on purpose
        text = path.read_text("utf-8")
        lines = text.split("\n")
        assert lines[0].strip() and not lines[1].strip(), path.name
        dateline = find_dateline(text)  # no year given: the dateline must write it
        assert dateline is not None and dateline.agency, path.name
        assert dateline.span[0] == len(lines[0]) + len(lines[1]) + 2, path.name
        assert dateline.date is not None and dateline.date[:4] in {"2022", "2023"}, path.name
        assert 150 <= len(text.split()) <= 400, path.name


def test_the_exact_duplicate_differs_only_in_whitespace(sample_corpus: Path):
    original, copy = (sample_corpus.joinpath(f"{name}.txt").read_bytes() for name in DUPLICATE)
    assert original != copy
    assert content_hash(original.decode()) == content_hash(copy.decode())


def test_the_near_copy_is_the_same_story_from_another_agency(sample_corpus: Path):
    first, second = (sample_corpus.joinpath(f"{n}.txt").read_text("utf-8") for n in NEAR_COPY)
    assert content_hash(first) != content_hash(second)
    assert "(Reuters)" in first and "(AP)" in second
    ratio = difflib.SequenceMatcher(None, first.split(), second.split()).ratio()
    assert ratio > 0.97


def test_the_hostile_story_carries_every_payload_as_text(sample_corpus: Path):
    text = sample_corpus.joinpath(f"{HOSTILE}.txt").read_text("utf-8")
    for payload in PAYLOADS:
        assert payload in text


# The analysed store.


def test_every_input_is_a_source_and_the_duplicate_is_stored_once(con):
    sources = rows(con, "SELECT origin, doc_id, article_id FROM sources")
    assert len(sources) == TXT_FILES + JSONL_RECORDS
    assert {s["origin"].rsplit(":", 1)[-1] for s in sources if ".jsonl" in s["origin"]} == {
        "1",
        "2",
        "3",
    }
    n_articles = rows(con, "SELECT count(*) AS n FROM articles")[0]["n"]
    assert n_articles == TXT_FILES + JSONL_RECORDS - 1
    assert article_id(con, DUPLICATE[0]) == article_id(con, DUPLICATE[1])
    assert article_id(con, NEAR_COPY[0]) != article_id(con, NEAR_COPY[1])
    assert rows(con, "SELECT count(*) AS n FROM failures")[0]["n"] == 0


def test_the_near_copy_is_linked_to_the_first_copy_of_its_story(con):
    links = rows(con, "SELECT article_id, duplicate_of, similarity FROM near_duplicates")
    assert [(link["article_id"], link["duplicate_of"]) for link in links] == [
        (article_id(con, NEAR_COPY[1]), article_id(con, NEAR_COPY[0]))
    ]
    assert links[0]["similarity"] >= 0.7


def test_every_input_yields_quotes_and_events(con):
    counts = rows(
        con,
        "SELECT s.doc_id, a.n_quotes, a.n_events FROM sources s JOIN articles a USING (article_id)",
    )
    for c in counts:
        assert c["n_quotes"] >= 1 and c["n_events"] >= 1, c


def test_dates_resolve_from_datelines_and_metadata(con):
    arts = rows(con, "SELECT doc_id, published, published_reason, title FROM articles")
    for a in arts:
        assert a["published"] is not None, a["doc_id"]
        assert a["title"], a["doc_id"]
        expected = "metadata" if a["doc_id"].startswith("brief-") else "dateline"
        assert a["published_reason"] == expected, a["doc_id"]
    assert {a["published"].year for a in arts} == {2022, 2023}


def test_the_denial_is_negated_and_the_later_attack_asserted(con):
    denied = [
        e
        for e in events_of(con, DENIAL)
        if e["type"] == "ASSAULT" and e["actor_code"] == "RUS" and e["modality"] == "negated"
    ]
    assert denied, "no negated Russian attack in the denial"
    assert any(e["recipient_code"] == "UKR" for e in denied)
    # The quoted denial keeps both: negated, and claimed by the spokesman's quotation.
    assert any(e["claimed_by"] for e in denied)
    attacks = [
        e
        for e in events_of(con, ATTACK)
        if e["type"] == "ASSAULT" and e["actor_code"] == "RUS" and e["modality"] == "asserted"
    ]
    assert any(e["recipient_code"] == "UKR" for e in attacks)
    assert attacks[0]["published"] > denied[0]["published"]


@pytest.mark.parametrize(
    ("opening", "trigger"),
    [("Should there be an attack", "attack"), ("If Russia invades Ukraine", "invades")],
)
def test_hypotheticals_are_hypothetical_and_never_asserted(con, opening, trigger):
    in_sentence = [
        e for e in events_of(con, DENIAL) if opening in sentence(e) and e["trigger"] == trigger
    ]
    assert in_sentence, opening
    assert all(e["modality"] == "hypothetical" for e in in_sentence)
    # the attack is ASSAULT; an invasion, CAMEO 192 "occupy territory", PLOVER's COERCE
    assert {e["type"] for e in in_sentence} <= {"ASSAULT", "COERCE"}


def test_the_pull_back_is_requested_by_blinkens_request(con):
    events = events_of(con, DENIAL)
    by_id = {e["event_id"]: e for e in events}
    retreat = [e for e in events if e["type"] == "RETREAT" and e["modality"] == "requested"]
    assert retreat
    request = by_id[retreat[0]["requested_by"]]
    assert request["type"] == "REQUEST"
    assert request["actor"] == "Antony Blinken"
    assert request["recipient_code"] == "RUS"


def test_announced_aid_is_future_from_usa_to_ukraine(con):
    aid = [e for e in events_of(con, "04-us-military-aid") if e["type"] == "AID"]
    assert any(
        e["modality"] == "future" and e["actor_code"] == "USA" and e["recipient_code"] == "UKR"
        for e in aid
    )


def test_germany_and_france_meet(con):
    meetings = [e for e in events_of(con, "11-scholz-macron-paris") if e["type"] == "CONSULT"]
    assert any({"DEU", "FRA"} <= set(e["actor_codes"]) for e in meetings)


def test_the_corpus_covers_every_modality_and_many_types(con):
    modalities = {r["modality"] for r in rows(con, "SELECT DISTINCT modality FROM events")}
    assert modalities == {
        "asserted",
        "negated",
        "hypothetical",
        "future",
        "intended",
        "requested",
        "reported",
    }
    types = {r["type"] for r in rows(con, "SELECT DISTINCT type FROM events")}
    assert types >= {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "SANCTION",
        "ASSAULT",
    }
    kinds = {r["kind"] for r in rows(con, "SELECT DISTINCT kind FROM quotes")}
    assert kinds == {"direct", "mixed", "indirect"}


@pytest.mark.parametrize(
    ("speaker", "dates"),
    [("Dmytro Kuleba", 6), ("Dmitry Peskov", 4), ("Antony Blinken", 5), ("Wang Yi", 2)],
)
def test_the_same_speakers_recur_across_dates(con, speaker, dates):
    found = rows(
        con, "SELECT count(DISTINCT published) AS n FROM quotes WHERE speaker = ?", [speaker]
    )
    assert found[0]["n"] >= dates


def test_the_hostile_story_yields_quotes_holding_the_markup(con):
    quotes = rows(
        con, "SELECT text, speaker FROM quotes WHERE article_id = ?", [article_id(con, HOSTILE)]
    )
    script = [q for q in quotes if PAYLOADS[0] in q["text"] and PAYLOADS[1] in q["text"]]
    assert script and script[0]["speaker"] == "Andriy Melnyk"
    assert any('onmouseover="alert(4' in q["text"] for q in quotes)
