"""What the explorer's pages show, read from the store with parameterised SQL.

Each function takes an open (read-only) DuckDB connection and
:class:`~communique.query.filters.Filters`, so a page and its JSON twin under
``/api`` select the same rows. Values from the request only ever travel as
``?`` parameters; the only text pasted into SQL is a period name checked
against :data:`FREQS`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb

from communique.query.browse import get_article
from communique.query.dyads import (
    FREQS,
    QUAD_COLUMNS,
    check_series,
    dyad_series,
    dyad_totals,
    period_start,
    periods,
)
from communique.query.events import count_events, query_events
from communique.query.filters import (
    EVENT_DATE,
    Filters,
    escape_like,
    event_where,
    is_code,
    quote_where,
)
from communique.query.lookup import ArticleNotFound, resolve_article
from communique.query.quotes import count_quotes, query_quotes

#: Quad classes 1-2 are cooperation, 3-4 conflict (PLOVER/CAMEO).
CONFLICT = (3, 4)

Row = dict[str, Any]


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f"WHERE {clause}"


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 code → country name, from the actor tables shipped with communique."""
    text = resources.files("communique.data").joinpath("countries.json").read_text("utf-8")
    return {row["iso3"]: row["name"] for row in json.loads(text)["countries"]}


#: Names for the PLOVER non-state codes the coder uses.
NON_STATE = {
    "IGO": "Intergovernmental organisations",
    "NGO": "Non-governmental organisations",
    "MNC": "Multinational companies",
    "REB": "Rebels",
    "KOS": "Kosovo",
    "EUR": "European Union",
    "UNO": "United Nations",
}


def code_name(code: str | None) -> str:
    """A readable name for an actor code, or the code itself."""
    if not code:
        return "unknown"
    return country_names().get(code) or NON_STATE.get(code) or code


def asserted_unless_asked(f: Filters) -> Filters:
    """Counts and networks show what happened: asserted events unless modalities are chosen."""
    return f if f.modalities else replace(f, modalities=["asserted"])


# -- articles -------------------------------------------------------------------------------


def article(con: duckdb.DuckDBPyConnection, key: str) -> Row | None:
    """One article as the API's ``/api/articles/{id}`` gives it (record, text, sources,
    near-duplicate links), by its key, the id of its input or a key prefix.

    None when nothing matches; raises :class:`~communique.query.lookup.AmbiguousArticle`
    when the id names several texts.
    """
    try:
        return get_article(con, resolve_article(con, key))
    except ArticleNotFound:
        return None


def recent_articles(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[Row]:
    """The latest articles, newest first, with their counts."""
    return _rows(
        con,
        "SELECT article_id, title, doc_id, source, published, n_quotes, n_events, "
        "article_id IN (SELECT d.article_id FROM near_duplicates d) AS near_copy "
        "FROM articles ORDER BY published DESC NULLS LAST, ingested_at DESC, article_id LIMIT ?",
        [limit],
    )


def totals(con: duckdb.DuckDBPyConnection) -> Row:
    """How much the store holds, for the overview's header."""
    return _rows(
        con,
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS "
        "quotes, (SELECT count(*) FROM events) AS events, "
        "(SELECT min(published) FROM articles) AS first, (SELECT max(published) FROM articles) "
        "AS last",
    )[0]


# -- events and quotes lists -------------------------------------------------------------------


def _with_sentences(con: duckdb.DuckDBPyConnection, rows: list[Row]) -> list[Row]:
    """Each event row with the sentence it was found in: the evidence a reader checks."""
    ids = sorted({r["article_id"] for r in rows})
    if not ids:
        return rows
    marks = ", ".join("?" for _ in ids)
    texts = dict(
        con.execute(
            f"SELECT article_id, text FROM articles WHERE article_id IN ({marks})", ids
        ).fetchall()
    )
    for r in rows:
        text = texts.get(r["article_id"]) or ""
        start, end = r.get("sentence_start"), r.get("sentence_end")
        r["sentence"] = text[start:end] if start is not None and end is not None else r["trigger"]
    return rows


def events(
    con: duckdb.DuckDBPyConnection, f: Filters, *, limit: int = 50, offset: int = 0
) -> tuple[list[Row], int]:
    """Events matching ``f`` in date order (as ``/api/events``), with their sentence;
    and how many match in all."""
    rows = query_events(con, f, limit=limit, offset=offset)
    return _with_sentences(con, rows), count_events(con, f)


def quotes(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    speaker: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[Row], int]:
    """Quotes matching ``f`` (speaker by name or code) in date order, as ``/api/quotes``;
    and the total."""
    rows = query_quotes(con, f, speaker=speaker, limit=limit, offset=offset)
    return rows, count_quotes(con, f, speaker=speaker)


# -- actors -------------------------------------------------------------------------------------


def top_actors(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 15) -> list[Row]:
    """Actor codes by how many events they did or had done to them (asserted by default)."""
    where, params = event_where(asserted_unless_asked(f))
    rows = _rows(
        con,
        "SELECT code, sum(done)::INT AS done, sum(received)::INT AS received, "
        "sum(done + received)::INT AS total FROM ("
        f"  SELECT unnest(list_distinct(e.actor_codes)) AS code, 1 AS done, 0 AS received "
        f"  FROM events e {where}"
        "  UNION ALL "
        f"  SELECT unnest(list_distinct(e.recipient_codes)), 0, 1 FROM events e {where}"
        ") GROUP BY code ORDER BY total DESC, code LIMIT ?",
        [*params, *params, limit],
    )
    for r in rows:
        r["name"] = code_name(r["code"])
    return rows


def top_speakers(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 10) -> list[Row]:
    """Who is quoted most, by name, with their country."""
    where, params = quote_where(f)
    where = _and(where, "q.speaker IS NOT NULL")
    return _rows(
        con,
        "SELECT q.speaker AS name, any_value(q.speaker_country) AS code, count(*)::INT AS quotes "
        f"FROM quotes q {where} GROUP BY q.speaker ORDER BY quotes DESC, name LIMIT ?",
        [*params, limit],
    )


def actor_identity(con: duckdb.DuckDBPyConnection, key: str) -> Row:
    """Who ``key`` (a code or part of a name) stands for: display name, codes, names seen."""
    if is_code(key):
        names = _rows(
            con,
            "SELECT name, count(*)::INT AS articles FROM actors WHERE country = ? "
            "AND kind = 'person' GROUP BY name ORDER BY articles DESC, name LIMIT 12",
            [key],
        )
        name = code_name(key)
        return {"key": key, "is_code": True, "name": name, "codes": [key], "people": names}
    like = f"%{escape_like(key)}%"
    names = _rows(
        con,
        "SELECT name, country AS code, count(*)::INT AS articles FROM actors "
        "WHERE name ILIKE ? ESCAPE '\\' GROUP BY name, country ORDER BY articles DESC, name "
        "LIMIT 12",
        [like],
    )
    codes = sorted({n["code"] for n in names if n["code"]})
    display = names[0]["name"] if names else key
    return {"key": key, "is_code": False, "name": display, "codes": codes, "people": names}


def said_vs_did(con: duckdb.DuckDBPyConnection, codes: Sequence[str], limit: int = 50) -> list[Row]:
    """Denials followed by the deed: a negated event and a later asserted one of the same type.

    Both must have one of ``codes`` among their actors; "later" means a later
    event date (the date the text gives, else the article's). Near-duplicate
    copies are left out. One row per article and type of denial: its first
    denial (one made in a quotation preferred, a direct one first, with the
    speaker and words) and
    the first later deed, with how many deeds followed in all.
    """
    if not codes:
        return []
    codes = list(codes)
    side = (
        "SELECT e.article_id, e.event_id, e.type, e.trigger, e.trigger_start, e.actor_codes, "
        f"e.claimed_by, {EVENT_DATE} AS day, a.title, "
        "substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence "
        "FROM events e JOIN articles a ON a.article_id = e.article_id "
        "WHERE e.modality = ? AND list_has_any(e.actor_codes, ?) "
        "AND e.article_id NOT IN (SELECT d.article_id FROM near_duplicates d)"
    )
    return _rows(
        con,
        f"WITH said AS ({side}), did AS ({side}), pairs AS ("
        "SELECT s.type, s.day AS said_day, s.article_id AS said_article, s.event_id AS said_event, "
        "s.title AS said_title, s.sentence AS said_sentence, s.trigger AS said_trigger, "
        "q.speaker AS said_by, q.text AS said_quote, q.kind AS said_kind, "
        "s.trigger_start AS said_at, "
        "d.day AS did_day, d.article_id AS did_article, d.event_id AS did_event, "
        "d.title AS did_title, d.sentence AS did_sentence, d.trigger AS did_trigger, "
        "d.trigger_start AS did_at, "
        "list_intersect(list_intersect(s.actor_codes, ?), d.actor_codes) AS codes "
        "FROM said s JOIN did d ON d.type = s.type AND d.day > s.day "
        "AND list_has_any(list_intersect(s.actor_codes, ?), d.actor_codes) "
        "LEFT JOIN quotes q ON q.article_id = s.article_id AND q.quote_id = s.claimed_by), "
        "ranked AS (SELECT *, row_number() OVER (PARTITION BY said_article, type "
        "ORDER BY said_by IS NULL, said_kind IS DISTINCT FROM 'direct', said_at, did_day, "
        "did_article, did_at) AS rank, "
        "count(DISTINCT did_article || '/' || did_event) OVER (PARTITION BY said_article, type) "
        "AS deeds FROM pairs) "
        "SELECT * EXCLUDE (rank) FROM ranked WHERE rank = 1 "
        "ORDER BY said_day, did_day, said_article LIMIT ?",
        ["negated", codes, "asserted", codes, codes, codes, limit],
    )


# -- series -------------------------------------------------------------------------------------


def period_label(day: date, freq: str) -> str:
    """How a period is written on a chart axis."""
    if freq == "year":
        return f"{day.year}"
    if freq == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if freq == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def choose_freq(first: date | None, last: date | None) -> str:
    """A period that gives a readable number of points for the dates in view."""
    if not first or not last:
        return "month"
    span = (last - first).days
    if span <= 45:
        return "day"
    if span <= 240:
        return "week"
    if span <= 1500:
        return "month"
    if span <= 15000:
        return "quarter"
    return "year"  # decades or centuries (dates are data: one article may date an event long ago)


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise ValueError(f"freq: use one of {', '.join(FREQS)}")
    return freq


def event_span(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """The first and last event date in the store."""
    rows = con.execute(f"SELECT min({EVENT_DATE}), max({EVENT_DATE}) FROM events e").fetchall()
    return rows[0][0], rows[0][1]


def pair_series(con: duckdb.DuckDBPyConnection, f: Filters, freq: str) -> list[Row]:
    """The dyad series of ``/api/dyads`` summed per period (a name filter may match several
    codes), with an axis label; asserted events unless ``f`` says.

    Periods are filled with zeros over the whole store's dates (or the dates
    asked for), so a pair's burst of events is seen against its quiet times
    and two pairs' charts share an axis.
    """
    first, last = event_span(con)
    bounded = replace(f, since=f.since or first, until=f.until or last)
    rows = dyad_series(con, bounded, check_freq(freq), fill=True)
    by_period: dict[date, Row] = {}
    for r in rows:
        row = by_period.setdefault(
            r["period"],
            {"period": r["period"], "label": period_label(r["period"], freq), "events": 0,
             "intensity_sum": 0.0, **{f"q{q}": 0 for q in (1, 2, 3, 4)}},
        )  # fmt: skip
        row["events"] += r["events"]
        row["intensity_sum"] = round(row["intensity_sum"] + (r["intensity_sum"] or 0.0), 2)
        for q, column in enumerate(QUAD_COLUMNS, 1):
            row[f"q{q}"] += r[column]
    out = [by_period[p] for p in sorted(by_period)]
    for row in out:
        row["intensity_mean"] = (
            round(row["intensity_sum"] / row["events"], 2) if row["events"] else None
        )
    return out


def actor_timeline(
    con: duckdb.DuckDBPyConnection, key: str, freq: str | None = None
) -> tuple[str, list[Row]]:
    """Per period: events the actor did and had done to it (cooperation, conflict), and quotes.

    Events are asserted ones; quotes are counted by the article's date.
    """
    done_where, done_params = event_where(Filters(actor=key, modalities=["asserted"]))
    recv_where, recv_params = event_where(Filters(recipient=key, modalities=["asserted"]))
    q_where, q_params = quote_where(Filters(actor=key))

    def sided(side: str, where: str) -> str:
        return (
            f"SELECT {EVENT_DATE} AS day, CASE WHEN e.quad_class IN (3, 4) "
            f"THEN '{side}_conflict' ELSE '{side}_coop' END AS what FROM events e {where}"
        )

    dated = (
        f"{sided('done', done_where)} UNION ALL {sided('received', recv_where)} "
        f"UNION ALL SELECT q.published AS day, 'quotes' AS what FROM quotes q {q_where}"
    )
    rows = _rows(
        con,
        f"SELECT day, what FROM ({dated}) WHERE day IS NOT NULL",
        [*done_params, *recv_params, *q_params],
    )
    if not rows:
        return freq or "month", []
    days = [r["day"] for r in rows]
    freq = check_freq(freq) if freq else choose_freq(min(days), max(days))
    check_series(min(days), max(days), freq)  # CQ415: a period that gives too many points
    kinds = ("done_coop", "done_conflict", "received_coop", "received_conflict", "quotes")
    counts: dict[date, dict[str, int]] = {}
    for r in rows:
        bucket = counts.setdefault(period_start(r["day"], freq), dict.fromkeys(kinds, 0))
        bucket[r["what"]] += 1
    out = []
    for p in periods(min(counts), max(counts), freq):
        out.append(
            {"period": p, "label": period_label(p, freq), **counts.get(p, dict.fromkeys(kinds, 0))}
        )
    return freq, out


# -- network ------------------------------------------------------------------------------------


def network(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 80) -> Row:
    """Actor codes linked by the events between them, for the overview's graph.

    The edges are ``/api/dyads?freq=total`` (asserted events unless ``f`` names
    modalities), each with how many were conflict (quad classes 3-4) or
    cooperation (1-2); an actor acting on itself is left out.
    """
    edges = []
    for r in dyad_totals(con, f, limit=limit):
        if r["actor"] == r["recipient"]:
            continue
        edges.append(
            {
                "src": r["actor"],
                "dst": r["recipient"],
                "events": r["events"],
                "conflict": r["verbal_conflict"] + r["material_conflict"],
                "cooperation": r["verbal_cooperation"] + r["material_cooperation"],
            }
        )
    weight: dict[str, int] = {}
    for e in edges:
        for code in (e["src"], e["dst"]):
            weight[code] = weight.get(code, 0) + e["events"]
    nodes = [
        {"id": code, "name": code_name(code), "events": n}
        for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {"nodes": nodes, "edges": edges}
