"""A small event store with known contents, shared by the query tests.

Records are built by hand (not extracted) so every count a test checks is
known in advance: which events are asserted, which are denied, which pairs
a compound actor makes, which article is a near-duplicate wire copy.

Week of 2023-01-02 (Mon) .. 2023-01-08 (Sun), then 2023-01-09, then February:

====  ==========  ======  ===================================================
art   published   source  events (type modality actor→recipient quad score)
====  ==========  ======  ===================================================
a1    2023-01-02  Reuters E1 THREATEN asserted RUS→UKR q3 -4
                          E2 ASSAULT negated RUS→UKR q4 -9 (a denial)
                          E3 ASSAULT asserted RUS+BLR→UKR q4 -9
                          E4 CONSULT asserted Blinken(USA)→Kuleba(UKR) q1 2.5
a2    2023-01-10  AP      E1 AID asserted USA→UKR q2 7, dated 2023-01-08
                          E2 THREATEN asserted RUS→UKR q3 -4
a3    2023-01-10  AFP     E1 THREATEN asserted RUS→UKR q3 -4 (copy of a2)
a4    2023-02-15  O'Reilly 100% News
                          E1 REJECT asserted "Mr. 100% O'Hara"(GBR)→RUS q3 -2
====  ==========  ======  ===================================================
"""

from __future__ import annotations

from pathlib import Path

from communique.schema import Actor, Article, Cue, Event, Mention, Participant, Party, Quote
from communique.store import Origin, article_rows, content_hash, open_store
from communique.store.db import insert_rows
from communique.store.tables import merge_rows

ODD_NAME = "Mr. 100% O'Hara"
ODD_SOURCE = "O'Reilly 100% News"


def _p(name: str, code: str | None, actor_id: str | None = None) -> Participant:
    return Participant(name=name, code=code, sector="GOV", actor_id=actor_id)


def _event(
    eid: str,
    kind: str,
    modality: str,
    actors: list[Participant],
    recipients: list[Participant],
    quad: int,
    score: float,
    *,
    trigger: str,
    start: int,
    date: str | None = None,
) -> Event:
    return Event(
        id=eid,
        type=kind,  # type: ignore[arg-type]
        mode=None,
        modality=modality,  # type: ignore[arg-type]
        trigger=Cue(trigger, (start, start + len(trigger))),
        sentence=(0, start + len(trigger)),
        reason="test",
        actor=actors,
        recipient=recipients,
        quad_class=quad,
        cameo_root="00",
        intensity=score,
        date=date,
        date_reason="test" if date else None,
    )


def _quote(qid: str, text: str, start: int, speaker: Actor, kind: str = "direct") -> Quote:
    mention = Mention(speaker.name, (0, len(speaker.name)), "name")
    return Quote(
        id=qid,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        span=(start, start + len(text)),
        cue=Cue("said", (start + len(text) + 2, start + len(text) + 6)),
        speaker=Party(actor=speaker.id, name=speaker.name, mention=mention),
    )


def articles() -> list[tuple[Article, Origin]]:
    """The store's articles, each with where it came from."""
    blinken = Actor("A1", "Antony Blinken", "person", country="USA", sector="GOV")
    lavrov = Actor("A2", "Sergei Lavrov", "person", country="RUS", sector="GOV")
    ohara = Actor("A3", ODD_NAME, "person", country="GBR", sector="GOV")
    rus, ukr, blr, usa = (
        _p("Russia", "RUS"),
        _p("Ukraine", "UKR"),
        _p("Belarus", "BLR"),
        _p("United States", "USA"),
    )
    a1 = Article(
        id="a1",
        text="Moscow threatens Kyiv. Story one. " + "We stand with Ukraine.",
        title="Moscow warns Kyiv",
        source="Reuters",
        url="https://reuters.example/a1",
        published="2023-01-02",
        actors=[blinken],
        quotes=[_quote("Q1", "We stand with Ukraine.", 34, blinken)],
        events=[
            _event(
                "E1", "THREATEN", "asserted", [rus], [ukr], 3, -4.0, trigger="threatens", start=7
            ),
            _event("E2", "ASSAULT", "negated", [rus], [ukr], 4, -9.0, trigger="attack", start=20),
            _event(
                "E3", "ASSAULT", "asserted", [rus, blr], [ukr], 4, -9.0, trigger="struck", start=25
            ),
            _event(
                "E4",
                "CONSULT",
                "asserted",
                [_p("Antony Blinken", "USA", "A1")],
                [_p("Dmytro Kuleba", "UKR")],
                1,
                2.5,
                trigger="met",
                start=30,
            ),
        ],
    )
    a2_text = "Washington sends aid; Moscow threatens again. Lavrov spoke."
    a2 = Article(
        id="a2",
        text=a2_text,
        title="Aid and threats",
        source="AP",
        url="https://ap.example/a2",
        published="2023-01-10",
        actors=[lavrov],
        quotes=[_quote("Q1", "the aid would change nothing", 46, lavrov, "indirect")],
        events=[
            _event(
                "E1", "AID", "asserted", [usa], [ukr], 2, 7.0, trigger="sends", start=11,
                date="2023-01-08",
            ),
            _event(
                "E2", "THREATEN", "asserted", [rus], [ukr], 3, -4.0, trigger="threatens", start=29
            ),
        ],
    )  # fmt: skip
    a3 = Article(
        id="a3",
        text=a2_text + " (AFP)",
        title="Aid and threats",
        source="AFP",
        url="https://afp.example/a3",
        published="2023-01-10",
        events=[
            _event(
                "E1", "THREATEN", "asserted", [rus], [ukr], 3, -4.0, trigger="threatens", start=29
            )
        ],
    )
    a4 = Article(
        id="a4",
        text="London rejects the plan. " + ODD_NAME + " said no.",
        title="[bold]London[/bold] <b>says</b> no",
        source=ODD_SOURCE,
        url="https://odd.example/a4",
        published="2023-02-15",
        actors=[ohara],
        quotes=[_quote("Q1", "=cmd|' /C calc'!A0", 25, ohara)],
        events=[
            _event(
                "E1",
                "REJECT",
                "asserted",
                [_p(ODD_NAME, "GBR", "A3")],
                [rus],
                3,
                -2.0,
                trigger="rejects",
                start=7,
            )
        ],
    )
    return [(a, Origin(f"{a.id}.txt", doc_id=a.id, source=a.source)) for a in (a1, a2, a3, a4)]


def build_store(path: Path) -> Path:
    """Write the store to ``path`` (a DuckDB file) and return it; a3 is a2's near-duplicate."""
    items = articles()
    rows = merge_rows([article_rows(a, o, version="test") for a, o in items])
    a2_id = content_hash(items[1][0].text)
    a3_id = content_hash(items[2][0].text)
    # The store links near copies in its near_duplicates table (written by a run's coordinator).
    rows["near_duplicates"] = [{"article_id": a3_id, "duplicate_of": a2_id, "similarity": 0.97}]
    con = open_store(path, read_only=False)
    try:
        insert_rows(con, rows)
        # a1 was also carried by a second feed: kept as a second source.
        extra = dict(rows["sources"][0], origin="feed.xml#7", source="Kyiv Independent")
        insert_rows(con, {"sources": [extra]})
    finally:
        con.close()
    return path


def article_id(doc_id: str) -> str:
    """The store key of one of the articles above."""
    for article, _ in articles():
        if article.id == doc_id:
            return content_hash(article.text)
    raise KeyError(doc_id)
