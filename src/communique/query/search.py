"""Free-text search of the store: articles ranked by relevance, with the passage that matched.

Which rows match is :attr:`Filters.text` (every word or quoted phrase, as a
whole word, in any case), applied by the same WHERE clauses as every other
filter, so a search narrows events, quotations and articles alike and a
download of the results holds what the page showed. This module adds what a
search page needs besides: an order by relevance and a snippet.

Relevance is BM25 (k1 = 1.2, b = 0.75) over the title and the text, a title
occurrence counting :data:`TITLE_WEIGHT` times; term frequencies are counted
as substrings (a whole-word count by regex doubled the cost), document
frequencies over the whole store in one pass. It is plain SQL over the stored
text: no index to build or keep in step with the store, nothing to download
(docs/decisions.md says why not DuckDB's fts extension or tantivy). Each
search reads the text of the articles that pass the other filters: measured
here, 2.7 to 5.4 s for a ranked page over 100,000 articles of 1.1 KB.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import duckdb

from communique.query.browse import (
    ARTICLE_LIST_COLUMNS,
    Page,
    article_list_where,
    list_articles,
    rows_as_dicts,
)
from communique.query.filters import Filters, article_where, search_terms, term_pattern

#: BM25's term-frequency saturation and length normalisation.
K1 = 1.2
B = 0.75
#: A word in the title counts as this many in the text.
TITLE_WEIGHT = 3

#: Characters of context on each side of the first match in a snippet.
SNIPPET_CONTEXT = 110


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a snippet, and whether it is a match (to be highlighted)."""

    text: str
    hit: bool


def _python_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """One Python pattern for all terms (the RE2 ones are Python-compatible)."""
    if not terms:
        return None
    bodies = [term_pattern(t).removeprefix("(?i)") for t in terms]
    return re.compile("|".join(f"(?:{b})" for b in bodies), re.IGNORECASE)


def segments(text: str | None, query: str | None) -> list[Segment]:
    """``text`` cut into plain and matching pieces, for highlighting the words searched."""
    if not text:
        return []
    pattern = _python_pattern(search_terms(query))
    if pattern is None:
        return [Segment(text, False)]
    out: list[Segment] = []
    at = 0
    for match in pattern.finditer(text):
        if match.start() > at:
            out.append(Segment(text[at : match.start()], False))
        out.append(Segment(match.group(0), True))
        at = match.end()
    if at < len(text):
        out.append(Segment(text[at:], False))
    return out


def snippet(text: str | None, query: str | None, context: int = SNIPPET_CONTEXT) -> str:
    """The passage around the first match of ``query`` in ``text`` (or its start), one line."""
    if not text:
        return ""
    pattern = _python_pattern(search_terms(query))
    found = pattern.search(text) if pattern else None
    start = max(0, found.start() - context) if found else 0
    end = min(len(text), (found.end() if found else 0) + context)
    if start > 0:  # begin and end on a word boundary
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (found.start() if found else end) else start
    if end < len(text):
        space = text.rfind(" ", found.end() if found else start, end)
        end = space if space > 0 else end
    body = " ".join(text[start:end].split())
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


def _document_frequencies(
    con: duckdb.DuckDBPyConnection, terms: list[str]
) -> tuple[int, float, list[int]]:
    """Articles in the store, their mean length in characters, and per term how many hold it."""
    counts: list[str] = []
    params: list[Any] = []
    for term in terms:  # one pass over the store for every term
        where, p = article_where(Filters(text=f'"{term}"'))
        counts.append(f"count(*) FILTER ({where.removeprefix('WHERE ')})")
        params += p
    row = con.execute(
        f"SELECT count(*), coalesce(avg(length(art.text)), 1), {', '.join(counts)} "
        "FROM articles art",
        params,
    ).fetchall()[0]
    total, mean, frequencies = row[0], row[1], [int(n) for n in row[2:]]
    return int(total), float(mean or 1.0), frequencies


def rank_articles(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    *,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Articles matching ``f`` (whose ``text`` is the search), most relevant first.

    Each item has the article list's columns plus ``score`` and ``snippet``.
    Without search words the list is :func:`~communique.query.browse.list_articles`'s.
    """
    terms = search_terms(f.text)
    if not terms:
        return list_articles(con, f, limit=limit, offset=offset)
    where, params = article_list_where(f)
    total = con.execute(f"SELECT count(*) FROM articles art {where}", params).fetchall()[0][0]
    n, mean_length, frequencies = _document_frequencies(con, terms)
    parts: list[str] = []
    score_params: list[Any] = []
    for term, df in zip(terms, frequencies, strict=True):
        idf = _idf(n, df)
        # Occurrences as a substring: a whole-word count by regex costs twice the search.
        tf = (
            "((length(lower(coalesce(art.text, ''))) - length(replace(lower(coalesce(art.text, "
            f"'')), ?, ''))) + {TITLE_WEIGHT} * (length(lower(coalesce(art.title, ''))) - "
            "length(replace(lower(coalesce(art.title, '')), ?, '')))) / length(?)"
        )
        norm = f"{K1} * (1 - {B} + {B} * length(coalesce(art.text, '')) / {mean_length!r})"
        parts.append(f"{idf!r} * {tf} * {K1 + 1} / ({tf} + {norm})")
        score_params += [term, term, term, term, term, term]
    columns = ", ".join(f"art.{c}" for c in ARTICLE_LIST_COLUMNS)
    items = rows_as_dicts(
        con,
        f"SELECT {columns}, d.duplicate_of AS near_duplicate_of, "
        f"round({' + '.join(parts)}, 4) AS score, art.text AS _text FROM articles art "
        f"LEFT JOIN near_duplicates d ON d.article_id = art.article_id {where} "
        "ORDER BY score DESC, art.published DESC NULLS LAST, art.article_id LIMIT ? OFFSET ?",
        [*score_params, *params, limit, offset],
    )
    for item in items:
        item["snippet"] = snippet(item.pop("_text"), f.text)
    return Page(items, int(total), limit, offset)


def _idf(n: int, df: int) -> float:
    """BM25's inverse document frequency, never negative."""
    return round(math.log(1 + (n - df + 0.5) / (df + 0.5)), 6)


def count_articles(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    """How many articles the list of ``f`` holds (as :func:`rank_articles` counts them)."""
    where, params = article_list_where(f)
    return int(con.execute(f"SELECT count(*) FROM articles art {where}", params).fetchall()[0][0])
