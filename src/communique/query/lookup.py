"""Finding an article by what a user calls it: its key, its own id, or a key prefix.

The store keys an article by the hash of its text (``article_id``), but users
know their articles by the id they gave them: a file name, a JSON Lines
``id``, a feed item's guid. Those live in ``articles.doc_id`` and, for every
input an article was read from, ``sources.doc_id``. So ``--article``,
``?article=`` and ``/articles/{id}`` accept any of:

- the key itself (64 hex digits);
- the user's id, from any input the article was read from;
- the start of a key, at least :data:`MIN_PREFIX` hex digits (as pages show it).

One id can name two different texts (two files called ``story.txt`` in two
folders, or an edited version re-ingested): that is :class:`AmbiguousArticle`,
which lists the candidates so the user can pick a key, never a silent choice.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import duckdb

from communique.errors import message
from communique.query.filters import Filters

#: Shortest key prefix taken as a key (12 is what the explorer shows).
MIN_PREFIX = 8

#: Candidates listed in an ambiguity message.
SHOWN_CHOICES = 5

_HEX = re.compile(r"^[0-9a-f]+$")


class ArticleNotFound(LookupError):
    """No article has this key or id (CQ403)."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.code = "CQ403"
        super().__init__(message("CQ403", what=f"article {key!r}"))


class AmbiguousArticle(LookupError):
    """One id names several different texts (CQ414); ``choices`` are the candidates."""

    def __init__(self, key: str, choices: list[dict[str, Any]]) -> None:
        self.key = key
        self.code = "CQ414"
        self.choices = choices
        shown = "; ".join(_describe(c) for c in choices[:SHOWN_CHOICES])
        more = len(choices) - SHOWN_CHOICES
        if more > 0:
            shown += f"; and {more} more"
        super().__init__(message("CQ414", key=key, count=len(choices), choices=shown))


def _describe(choice: dict[str, Any]) -> str:
    where = choice.get("origin") or choice.get("title") or "?"
    day = f", {choice['published']}" if choice.get("published") else ""
    return f"{choice['article_id']} ({where}{day})"


def article_candidates(con: duckdb.DuckDBPyConnection, key: str) -> list[dict[str, Any]]:
    """Every article ``key`` could mean, each once, with where it was read from.

    An exact key wins outright; otherwise articles whose input carried ``key``
    as its id, and, for a hex string of :data:`MIN_PREFIX` digits or more,
    articles whose key starts with it.
    """
    key = key.strip()
    if not key:
        return []
    exact = con.execute("SELECT 1 FROM articles WHERE article_id = ?", [key]).fetchall()
    ids = [key] if exact else []
    if not ids:
        prefix = key.lower() if len(key) >= MIN_PREFIX and _HEX.match(key.lower()) else None
        by_prefix = " UNION ALL SELECT article_id FROM articles WHERE starts_with(article_id, ?)"
        rows = con.execute(
            "SELECT DISTINCT article_id FROM ("
            " SELECT article_id FROM articles WHERE doc_id = ?"
            " UNION ALL SELECT article_id FROM sources WHERE doc_id = ?"
            f"{by_prefix if prefix else ''}) ORDER BY article_id",
            [key, key, *([prefix] if prefix else [])],
        ).fetchall()
        ids = [r[0] for r in rows]
    if not ids:
        return []
    rows = con.execute(
        "SELECT a.article_id, a.title, a.published, a.doc_id,"
        " (SELECT min(s.origin) FROM sources s WHERE s.article_id = a.article_id"
        "  AND (s.doc_id = ? OR ? = a.article_id)) AS origin"
        " FROM articles a WHERE a.article_id IN (SELECT unnest(?::VARCHAR[]))"
        " ORDER BY a.published NULLS LAST, a.article_id",
        [key, key, ids],
    ).fetchall()
    names = ("article_id", "title", "published", "doc_id", "origin")
    out = [dict(zip(names, r, strict=True)) for r in rows]
    for row in out:
        if row["origin"] is None:  # found by a key prefix: any one input says where from
            first = con.execute(
                "SELECT min(origin) FROM sources WHERE article_id = ?", [row["article_id"]]
            ).fetchall()
            row["origin"] = first[0][0] if first else None
    return out


def resolve_article(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """The one article key ``key`` means.

    Raises :class:`ArticleNotFound` or :class:`AmbiguousArticle`.
    """
    choices = article_candidates(con, key)
    if not choices:
        raise ArticleNotFound(key)
    if len(choices) > 1:
        raise AmbiguousArticle(key, choices)
    return str(choices[0]["article_id"])


def resolve_filters(con: duckdb.DuckDBPyConnection, f: Filters) -> Filters:
    """``f`` with its ``article`` filter turned from what the user typed into the key.

    Raises as :func:`resolve_article` does, so "no such article" is an answer,
    not an empty result that looks like "no events".
    """
    if not f.article:
        return f
    return dataclasses.replace(f, article=resolve_article(con, f.article))
