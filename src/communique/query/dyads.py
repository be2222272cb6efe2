"""Dyad series: events per (actor code, recipient code, period), by quad class.

This is the table event-data analysts build first (who did what to whom, how
often, how hard, week by week). An event with several actors or recipients
counts once for each distinct pair of their codes (``actor_codes`` ×
``recipient_codes``), so "RUS and BLR threaten UKR" is one RUS→UKR and one
BLR→UKR event. Participants without a code take no part in any pair.

Only asserted events count unless the filters name modalities or the caller
asks for all of them: a denied or hypothetical attack is not an attack. With
``dedup`` each near-duplicate wire story counts once.
"""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from communique.errors import message
from communique.query.filters import (
    EVENT_DATE,
    Filters,
    article_where,
    escape_like,
    event_where,
    is_code,
    page_clause,
)

#: Period lengths a series can use; each period is named by its first day
#: (weeks start on Monday, as ISO weeks do).
FREQS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")

#: Most rows a filled series may have (periods × actor pairs). Zero rows cost
#: memory like any other, and a range of centuries by day (dates are data: an
#: article may date an event in the year 1000) would fill gigabytes; past
#: this a series is refused with CQ415 before a row is built.
MAX_SERIES_ROWS = 100_000


class SeriesTooLong(ValueError):
    """A filled series would pass :data:`MAX_SERIES_ROWS`; the message carries code CQ415."""

    code = "CQ415"

    def __init__(self, *, rows: int, periods: int, pairs: int, freq: str) -> None:
        self.fields = {"rows": rows, "periods": periods, "pairs": pairs, "freq": freq}
        super().__init__(message("CQ415", limit=MAX_SERIES_ROWS, **self.fields))


#: Count columns per quad class, in quad-class order (1-4).
QUAD_COLUMNS: tuple[str, ...] = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)

#: Columns of a series row, in order (``period`` is absent from totals).
DYAD_COLUMNS: tuple[str, ...] = (
    "period",
    "actor",
    "recipient",
    "events",
    *QUAD_COLUMNS,
    "intensity_sum",
    "intensity_mean",
)


def _codes(side: str, value: str | None) -> tuple[str, list[Any]]:
    """SQL for one event's distinct codes on one side, narrowed to the filter's match.

    A code filter keeps that code only (RUS's co-actors are not RUS); a name
    filter keeps the codes of the participants whose name matches.
    """
    codes = "actor_codes" if side == "actors" else "recipient_codes"
    if value and is_code(value):
        return f"list_filter(list_distinct(e.{codes}), lambda c: c = ?)", [value]
    if value:
        matching = f"list_filter(e.{side}, lambda p: p.name ILIKE ? ESCAPE '\\')"
        return (
            "list_distinct(list_filter(list_transform("
            f"{matching}, lambda p: p.code), lambda c: c IS NOT NULL))",
            [f"%{escape_like(value)}%"],
        )
    return f"list_distinct(e.{codes})", []


def _asserted_unless_asked(f: Filters, all_modalities: bool) -> Filters:
    if f.modalities or all_modalities:
        return f
    return dataclasses.replace(f, modalities=["asserted"])


def _pairs_sql(f: Filters, period: str | None) -> tuple[str, list[Any]]:
    """A CTE body of one row per (event, actor code, recipient code[, period])."""
    actor_sql, actor_params = _codes("actors", f.actor)
    recipient_sql, recipient_params = _codes("recipients", f.recipient)
    where, params = event_where(f)
    if period is not None:
        where += (" AND " if where else "WHERE ") + f"{EVENT_DATE} IS NOT NULL"
    period_sql = f"CAST(date_trunc('{period}', {EVENT_DATE}) AS DATE) AS period, " if period else ""
    sql = (
        f"ev AS (SELECT {period_sql}{actor_sql} AS acodes, {recipient_sql} AS rcodes,"
        f" e.quad_class AS quad, CAST(e.intensity AS DOUBLE) AS intensity FROM events e {where}),"
        " one_side AS (SELECT * EXCLUDE (acodes), unnest(acodes) AS actor FROM ev),"
        " pairs AS (SELECT * EXCLUDE (rcodes), unnest(rcodes) AS recipient FROM one_side)"
    )
    return sql, actor_params + recipient_params + params


def _aggregates() -> str:
    quads = ", ".join(
        f"count(*) FILTER (WHERE quad = {n}) AS {name}" for n, name in enumerate(QUAD_COLUMNS, 1)
    )
    return (
        f"count(*) AS events, {quads}, round(sum(intensity), 4) AS intensity_sum,"
        " round(avg(intensity), 4) AS intensity_mean"
    )


def dyads_table(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    freq: str = "month",
    *,
    all_modalities: bool = False,
) -> pa.Table:
    """The series as an Arrow table with :data:`DYAD_COLUMNS`, by period then pair.

    Only periods with events appear; :func:`dyad_series` can fill the gaps.
    """
    if freq not in FREQS:
        raise ValueError(f"unknown period {freq!r}; use one of {', '.join(FREQS)}")
    f = _asserted_unless_asked(f, all_modalities)
    pairs, params = _pairs_sql(f, freq)
    sql = (
        f"WITH {pairs} SELECT period, actor, recipient, {_aggregates()} FROM pairs"
        " GROUP BY period, actor, recipient ORDER BY period, actor, recipient"
    )
    return con.sql(sql, params=params).to_arrow_table()


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    freq: str = "month",
    *,
    all_modalities: bool = False,
    fill: bool = False,
) -> list[dict[str, Any]]:
    """The series as dicts; ``fill`` adds zero rows for each pair's quiet periods.

    Filled series run from ``f.since`` (or the first period with events) to
    ``f.until`` (or the last), so consecutive rows are consecutive periods, which
    is what a chart or a time-series model expects.
    """
    rows = dyads_table(con, f, freq, all_modalities=all_modalities).to_pylist()
    if not fill or not rows:
        return rows
    return fill_periods(rows, freq, since=f.since, until=f.until)


def totals_table(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    all_modalities: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> pa.Table:
    """One row per pair over the whole filtered range, most events first (Arrow).

    The weights of an actor network: ``events`` and the quad-class counts
    (cooperation = classes 1 and 2, conflict = 3 and 4).
    """
    f = _asserted_unless_asked(f, all_modalities)
    pairs, params = _pairs_sql(f, None)
    page, page_params = page_clause(limit, offset)
    sql = (
        f"WITH {pairs} SELECT actor, recipient, {_aggregates()} FROM pairs"
        f" GROUP BY actor, recipient ORDER BY events DESC, actor, recipient{page}"
    )
    return con.sql(sql, params=params + page_params).to_arrow_table()


def dyad_totals(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    all_modalities: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """:func:`totals_table` as dicts."""
    table = totals_table(con, f, all_modalities=all_modalities, limit=limit, offset=offset)
    return table.to_pylist()


def covered_periods(con: duckdb.DuckDBPyConnection, f: Filters, freq: str) -> set[date]:
    """Periods in which the store holds any article (by publication or event date).

    Outside them a series has no data at all, which a chart must show as a gap
    rather than as a quiet period. Article filters (source, dedup, article)
    apply; dates and event filters do not (a period is covered by any article).
    """
    if freq not in FREQS:
        raise ValueError(f"unknown period {freq!r}; use one of {', '.join(FREQS)}")
    where, params = article_where(dataclasses.replace(f, since=None, until=None))
    sql = (
        f"SELECT DISTINCT CAST(date_trunc('{freq}', day) AS DATE) FROM ("
        f" SELECT art.published AS day FROM articles art {where}"
        f" UNION ALL SELECT {EVENT_DATE} FROM events e"
        f" WHERE e.article_id IN (SELECT art.article_id FROM articles art {where})"
        ") WHERE day IS NOT NULL"
    )
    return {row[0] for row in con.execute(sql, params + params).fetchall()}


def period_start(day: date, freq: str) -> date:
    """The first day of the period ``day`` falls in."""
    if freq == "day":
        return day
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if freq == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown period {freq!r}; use one of {', '.join(FREQS)}")


def next_period(start: date, freq: str) -> date:
    """The first day of the period after the one starting on ``start``."""
    if freq == "day":
        return start + timedelta(days=1)
    if freq == "week":
        return start + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[freq]
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def periods(first: date, last: date, freq: str) -> Iterator[date]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    current, end = period_start(first, freq), period_start(last, freq)
    while current <= end:
        yield current
        if current == end:
            return  # the period after the last may lie past year 9999
        current = next_period(current, freq)


def count_periods(first: date, last: date, freq: str) -> int:
    """How many periods :func:`periods` gives, worked out without making them."""
    start, end = period_start(first, freq), period_start(last, freq)
    if end < start:
        return 0
    if freq in ("day", "week"):
        return (end - start).days // (1 if freq == "day" else 7) + 1
    months = (end.year - start.year) * 12 + end.month - start.month
    return months // {"month": 1, "quarter": 3, "year": 12}[freq] + 1


def check_series(first: date, last: date, freq: str, pairs: int = 1) -> None:
    """Raise :class:`SeriesTooLong` when ``pairs`` series from ``first`` to ``last`` would
    pass :data:`MAX_SERIES_ROWS` rows."""
    n = count_periods(first, last, freq)
    if n * max(pairs, 1) > MAX_SERIES_ROWS:
        raise SeriesTooLong(rows=n * max(pairs, 1), periods=n, pairs=pairs, freq=freq)


def fill_periods(
    rows: list[dict[str, Any]],
    freq: str,
    *,
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """``rows`` with a zero row for every (pair, period) missing between the bounds.

    Raises :class:`SeriesTooLong` (CQ415) past :data:`MAX_SERIES_ROWS` rows.
    """
    first = since or min(r["period"] for r in rows)
    last = until or max(r["period"] for r in rows)
    have = {(r["period"], r["actor"], r["recipient"]): r for r in rows}
    pairs = sorted({(r["actor"], r["recipient"]) for r in rows})
    check_series(first, last, freq, len(pairs))
    out: list[dict[str, Any]] = []
    for start in periods(first, last, freq):
        for actor, recipient in pairs:
            row = have.get((start, actor, recipient))
            out.append(row or _zero_row(start, actor, recipient))
    return out


def _zero_row(period: date, actor: str, recipient: str) -> dict[str, Any]:
    row: dict[str, Any] = {"period": period, "actor": actor, "recipient": recipient, "events": 0}
    row.update(dict.fromkeys(QUAD_COLUMNS, 0))
    row.update(intensity_sum=0.0, intensity_mean=None)
    return row


def series_table(rows: list[dict[str, Any]], *, period: bool = True) -> pa.Table:
    """Series rows (filled or not), or totals with ``period=False``, as an Arrow table."""
    schema = pa.schema(
        [
            *([("period", pa.date32())] if period else []),
            ("actor", pa.string()),
            ("recipient", pa.string()),
            ("events", pa.int64()),
            *((name, pa.int64()) for name in QUAD_COLUMNS),
            ("intensity_sum", pa.float64()),
            ("intensity_mean", pa.float64()),
        ]
    )
    return pa.Table.from_pylist(rows, schema=schema)
