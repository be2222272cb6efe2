"""Committing analysed units to the store: one unit, one transaction, in input order.

The ingest coordinator is DuckDB's single writer. For each unit it links near
copies (in input order, so a run is deterministic), then writes in one
transaction the unit's articles with all their records, the ``sources`` rows
of exact copies, the ``near_duplicates`` links and its ``failures``. A kill at
any moment therefore leaves every article either fully stored or absent, and
the next run picks up exactly the absent ones.

``failures`` always describes the latest attempt at each origin: the rows of
an origin settled in this unit replace the rows stored for it before, so a
re-run never doubles a failure and an input that was fixed loses its row.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from typing import Any

import duckdb

from communique.corpus.dedup import NearDuplicateIndex
from communique.corpus.plan import Unit
from communique.corpus.summary import RunSummary
from communique.errors import message
from communique.store.db import insert_rows
from communique.store.tables import failure_row, merge_rows

Row = dict[str, Any]

#: Failures that describe a stored article, not an input: kept while the
#: article is, even when a later run only re-reads its input.
ARTICLE_CODES = ("CQ211",)


def load_near_index(con: duckdb.DuckDBPyConnection) -> NearDuplicateIndex:
    """The near-copy index of everything stored, in the order it was stored."""
    index = NearDuplicateIndex()
    rows = con.execute(
        "SELECT a.article_id, a.minhash, n.duplicate_of FROM articles a"
        " LEFT JOIN near_duplicates n ON n.article_id = a.article_id ORDER BY a.rowid"
    ).fetchall()
    index.load(rows)
    return index


class StoreWriter:
    """Writes units to an open store and keeps the run's counts."""

    def __init__(self, con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
        self.con = con
        self.summary = summary
        self.index = load_near_index(con)
        #: Articles whose analysis died this run: not stored, so their copies cannot point at them.
        self.lost: dict[str, str] = {}

    def write(self, unit: Unit) -> None:
        """Commit one unit atomically and count it."""
        stored = [r for r in unit.results if r is not None]
        rows = merge_rows([r.rows for r in stored])
        failures = list(unit.problems)
        for i, why in unit.lost.items():
            task = unit.tasks[i]
            self.lost.setdefault(unit.ids[i], why)
            failures.append(_lost_row(task.origin.origin, why, task.document.id))
        for result in stored:
            self.lost.pop(result.article_id, None)

        near: list[Row] = []
        for result in stored:
            signature = result.rows["articles"][0]["minhash"]
            link = self.index.add(result.article_id, signature)
            if link is not None:
                near.append(
                    {
                        "article_id": result.article_id,
                        "duplicate_of": link.of,
                        "similarity": link.similarity,
                    }
                )
        copies: list[Row] = []
        for row in unit.copies:
            why = self.lost.get(row["article_id"])
            if why is None:
                copies.append(row)
            else:  # the first copy's analysis failed: this copy shares its fate
                failures.append(_lost_row(row["origin"], why, row["doc_id"]))
        for result in stored:
            failures.extend(result.failures)
        rows.setdefault("sources", []).extend(copies)
        rows["near_duplicates"] = near

        replaced = {task.origin.origin for task in unit.tasks}
        replaced.update(row["origin"] for row in failures)
        settled = set(unit.settled) - replaced
        self.con.execute("BEGIN TRANSACTION")
        try:
            insert_rows(self.con, rows)
            self._replace_failures(replaced, settled, failures)
            self.con.execute("COMMIT")
        except BaseException:
            _rollback(self.con)
            raise

        s = self.summary
        s.articles += len(stored)
        s.duplicates += len(copies)
        s.near_duplicates += len(near)
        s.skipped += unit.skipped
        s.quotes += len(rows.get("quotes", []))
        s.events += len(rows.get("events", []))
        s.failures.extend((f["origin"], f["code"], f["reason"]) for f in failures)
        s.notices.extend(unit.notices)

    def _replace_failures(self, replaced: set[str], settled: set[str], failures: list[Row]) -> None:
        """Make ``failures`` say what this unit found about its origins.

        ``replaced`` origins (analysed or unreadable now) get exactly
        ``failures``' rows; ``settled`` ones (read fine, already stored) lose
        their input problems but keep their article's rows. Nothing is written
        when the store already says the same, so a re-run stays a no-op.
        """
        origins = sorted(replaced | settled)
        if not origins:
            return
        existing: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for origin, code, reason in self.con.execute(
            "SELECT origin, code, reason FROM failures"
            " WHERE origin IN (SELECT unnest(?::VARCHAR[]))",
            [origins],
        ).fetchall():
            existing[origin].append((code, reason))
        wanted: dict[str, list[Row]] = defaultdict(list)
        for row in failures:
            wanted[row["origin"]].append(row)
        stale: list[str] = []
        insert: list[Row] = []
        for origin in sorted(replaced):
            new = wanted.get(origin, [])
            if sorted(existing.get(origin, [])) != sorted((r["code"], r["reason"]) for r in new):
                stale.append(origin)
                insert.extend(new)
        fixed = [
            origin
            for origin in sorted(settled)
            if any(code not in ARTICLE_CODES for code, _ in existing.get(origin, []))
        ]
        if stale:
            self.con.execute(
                "DELETE FROM failures WHERE origin IN (SELECT unnest(?::VARCHAR[]))", [stale]
            ).fetchall()
        if fixed:
            self.con.execute(
                "DELETE FROM failures WHERE origin IN (SELECT unnest(?::VARCHAR[]))"
                " AND code NOT IN (SELECT unnest(?::VARCHAR[]))",
                [fixed, list(ARTICLE_CODES)],
            ).fetchall()
        insert_rows(self.con, {"failures": insert})


def _lost_row(origin: str, why: str, doc_id: str | None) -> Row:
    """The CQ216 row of an article whose worker failed on it (it is not stored)."""
    reason = message("CQ216", path=origin, error=why).removeprefix("CQ216 ")
    return failure_row(origin, "CQ216", reason, doc_id=doc_id)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # The transaction may be gone already (the commit itself failed).
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")
