"""Filters over the store, shared by the CLI (``query``, ``quotes``, ``dyads``,
``export``) and the web API, so ``--actor RUS`` and ``?actor=RUS`` mean the same.

A filter becomes a SQL ``WHERE`` clause with ``?`` placeholders and a list of
parameters: values from users (and from articles) are never pasted into SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, get_args

#: A value of --actor / --recipient that is a code (ISO alpha-3, or a PLOVER
#: non-state code such as IGO, NGO, REB) rather than a name to search for.
_CODE_RE = re.compile(r"^[A-Z]{3}$")

#: The kinds of quotation the store holds (``quotes.kind``).
QUOTE_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")

#: The date an event is filed under: when it happened if the text says, else
#: the article's publication date.
EVENT_DATE = "coalesce(e.date, e.published)"


def parse_date(value: str | date | None, what: str) -> date | None:
    """An ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` for the first day)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = value.strip()
    for pattern, pad in ((r"^\d{4}$", "-01-01"), (r"^\d{4}-\d{2}$", "-01")):
        if re.match(pattern, text):
            text += pad
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what}: {value!r} is not a date (use YYYY-MM-DD)") from None


def _split(value: str | int | list[Any] | tuple[Any, ...] | None) -> list[str]:
    """Items of a comma-separated string, or of a list whose items may hold commas.

    A repeated CLI option (``--type ACCUSE --type THREATEN,REJECT``) arrives as a
    tuple of such strings, a query string as one of them.
    """
    if value is None:
        return []
    parts = [value] if isinstance(value, str | int) else list(value)
    items = [item for part in parts for item in str(part).split(",")]
    return [i.strip() for i in items if i.strip()]


@dataclass(slots=True)
class Filters:
    """What a user asks for; every field is optional and they compose (AND).

    ``actor`` and ``recipient`` are a code (``RUS``, ``IGO``) or part of a name
    (``Blinken``, case-insensitive). ``types`` are PLOVER event types,
    ``modalities`` event modalities; ``since``/``until`` are inclusive dates;
    ``source`` matches the article's source or URL (part, case-insensitive);
    ``dedup`` drops articles that are near-duplicates of one already stored;
    ``text`` is words (or ``"quoted phrases"``) that must all appear, as whole
    words and in any case: in an event's sentence, a quotation's words or its
    speaker's name, an article's title or text.
    """

    actor: str | None = None
    recipient: str | None = None
    types: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    source: str | None = None
    article: str | None = None
    quad_classes: list[int] = field(default_factory=list)
    dedup: bool = False
    text: str | None = None

    def has_event_filters(self) -> bool:
        """Whether any filter applies to events only (participants, type, modality, quad)."""
        return bool(
            self.actor or self.recipient or self.types or self.modalities or self.quad_classes
        )

    def is_empty(self) -> bool:
        """Whether nothing at all is filtered."""
        return not (
            self.has_event_filters()
            or self.since
            or self.until
            or self.source
            or self.article
            or self.dedup
            or self.text
        )

    @classmethod
    def build(cls, **values: Any) -> Filters:
        """Filters from loosely typed values (CLI options, query strings).

        Lists may be given comma-separated; dates as strings. Raises ValueError
        with a message fit for a user on a bad value.
        """
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        out = cls()
        out.actor = (values.get("actor") or "").strip() or None
        out.recipient = (values.get("recipient") or "").strip() or None
        out.types = [t.upper() for t in _split(values.get("types"))]
        out.modalities = [m.lower() for m in _split(values.get("modalities"))]
        out.since = parse_date(values.get("since"), "since")
        out.until = parse_date(values.get("until"), "until")
        out.source = (values.get("source") or "").strip() or None
        out.article = (values.get("article") or "").strip() or None
        try:
            out.quad_classes = [int(q) for q in _split(values.get("quad_classes"))]
        except ValueError:
            raise ValueError("quad class: use numbers 1-4") from None
        out.dedup = bool(values.get("dedup"))
        out.text = " ".join(str(values.get("text") or "").split()) or None
        if out.text and not search_terms(out.text):
            raise ValueError(f"text: {out.text!r} has no word to search for")
        if out.since and out.until and out.since > out.until:
            raise ValueError("since is after until")
        _check_vocabulary(out)
        return out


def _check_vocabulary(f: Filters) -> None:
    # The vocabularies come from the record schema, not communique.events, so
    # building filters (every query command, every API request) never loads spaCy.
    from communique.schema import EventType, Modality

    event_types, modalities = get_args(EventType), get_args(Modality)
    bad = [t for t in f.types if t not in event_types]
    if bad:
        raise ValueError(f"unknown event type(s) {', '.join(bad)}; known: {', '.join(event_types)}")
    bad = [m for m in f.modalities if m not in modalities]
    if bad:
        raise ValueError(f"unknown modality {', '.join(bad)}; known: {', '.join(modalities)}")
    bad_q = [q for q in f.quad_classes if q not in (1, 2, 3, 4)]
    if bad_q:
        raise ValueError("quad class: use numbers 1-4")


#: A quoted phrase or a run of characters without spaces or quotes.
_TERM_RE = re.compile(r'"([^"]+)"|([^\s"]+)')

#: Characters with a meaning in a regular expression (RE2, DuckDB's engine).
_REGEX_SPECIAL = re.compile(r"([\\.^$|?*+()\[\]{}])")


def search_terms(text: str | None) -> list[str]:
    """The words and quoted phrases of a free-text search, lower-cased, each once.

    Punctuation at the ends of a word is not part of it ("Kyiv," is Kyiv).
    """
    terms: list[str] = []
    for phrase, word in _TERM_RE.findall(text or ""):
        term = " ".join((phrase or word).split()).strip(".,;:!?()[]{}'\u2018\u2019\u201c\u201d")
        if term and term.lower() not in terms:
            terms.append(term.lower())
    return terms


def term_pattern(term: str) -> str:
    """A case-insensitive RE2 pattern for ``term`` as whole words (spaces match any run)."""
    escaped = _REGEX_SPECIAL.sub(r"\\\1", term)
    body = r"\s+".join(escaped.split(" "))
    start = r"\b" if term[:1].isalnum() else ""
    end = r"\b" if term[-1:].isalnum() else ""
    return f"(?i){start}{body}{end}"


def text_clause(
    expressions: str | tuple[str, ...], text: str | None
) -> tuple[list[str], list[Any]]:
    """Conditions that every term of ``text`` is in one of ``expressions`` (SQL text)."""
    columns = (expressions,) if isinstance(expressions, str) else expressions
    where: list[str] = []
    params: list[Any] = []
    for term in search_terms(text):
        like = "%".join(escape_like(word) for word in term.split(" "))  # any space between
        # ILIKE first: a cheap substring test that spares most rows the regex.
        anywhere = [f"({c} ILIKE ? ESCAPE '\\' AND regexp_matches({c}, ?))" for c in columns]
        where.append(f"({' OR '.join(anywhere)})" if len(anywhere) > 1 else anywhere[0])
        params += [f"%{like}%", term_pattern(term)] * len(columns)
    return where, params


#: An event's sentence, cut from its article's text.
EVENT_SENTENCE = (
    "(SELECT substring(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"
    " FROM articles a WHERE a.article_id = e.article_id)"
)


def is_code(value: str) -> bool:
    """Whether an --actor value is a country/non-state code rather than a name."""
    return bool(_CODE_RE.match(value))


def _participant_clause(column: str, value: str) -> tuple[str, list[Any]]:
    """Events whose ``column`` participants (``actors`` or ``recipients``) match."""
    codes = "actor_codes" if column == "actors" else "recipient_codes"
    if is_code(value):
        return f"list_contains(e.{codes}, ?)", [value]
    return (
        f"list_bool_or(list_transform(e.{column}, lambda p: p.name ILIKE ? ESCAPE '\\'))",
        [f"%{escape_like(value)}%"],
    )


def escape_like(value: str) -> str:
    """``value`` for ``ILIKE ... ESCAPE '\\'``: its ``%`` and ``_`` are literal, not wildcards."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _article_clauses(f: Filters, alias: str) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.article:
        where.append(f"{alias}.article_id = ?")
        params.append(f.article)
    if f.source:
        # An article stored once may have come from several feeds: any of its
        # sources counts, not only the first one recorded on the article row.
        like = f"%{escape_like(f.source)}%"
        where.append(
            f"{alias}.article_id IN ("
            "SELECT a.article_id FROM articles a"
            " WHERE a.source ILIKE ? ESCAPE '\\' OR a.url ILIKE ? ESCAPE '\\'"
            " UNION SELECT s.article_id FROM sources s"
            " WHERE s.source ILIKE ? ESCAPE '\\' OR s.url ILIKE ? ESCAPE '\\')"
        )
        params += [like] * 4
    if f.dedup:
        where.append(f"{alias}.article_id NOT IN (SELECT d.article_id FROM near_duplicates d)")
    return where, params


def event_where(f: Filters) -> tuple[str, list[Any]]:
    """``WHERE`` clause (or ``""``) and parameters for the ``events`` table, alias ``e``."""
    where, params = _article_clauses(f, "e")
    for column, value in (("actors", f.actor), ("recipients", f.recipient)):
        if value:
            clause, p = _participant_clause(column, value)
            where.append(clause)
            params += p
    for column, values in (
        ("type", f.types),
        ("modality", f.modalities),
        ("quad_class", f.quad_classes),
    ):
        if values:
            where.append(f"e.{column} IN ({', '.join('?' for _ in values)})")
            params += values
    if f.since:
        where.append(f"{EVENT_DATE} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{EVENT_DATE} <= ?")
        params.append(f.until)
    clauses, p = text_clause(EVENT_SENTENCE, f.text)
    return _joined(where + clauses), params + p


def article_where(f: Filters) -> tuple[str, list[Any]]:
    """``WHERE`` clause and parameters for the ``articles`` table, alias ``art``.

    Article-level filters only (``article``, ``source``, ``dedup``); ``since``
    and ``until`` are the publication date; ``text`` is searched in the title
    and the text. Event filters are ignored.
    """
    where, params = _article_clauses(f, "art")
    if f.since:
        where.append("art.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("art.published <= ?")
        params.append(f.until)
    clauses, p = text_clause(("art.text", "art.title"), f.text)
    return _joined(where + clauses), params + p


def quote_where(
    f: Filters, speaker: str | None = None, kinds: list[str] | tuple[str, ...] = ()
) -> tuple[str, list[Any]]:
    """``WHERE`` clause and parameters for the ``quotes`` table, alias ``q``.

    ``speaker`` (or ``f.actor``) matches the speaker's code or name, and
    ``f.recipient`` the addressee's; ``kinds`` keeps direct, mixed or indirect
    quotations. Dates are the article's publication date (a quotation has no
    date of its own). Event-only filters (type, modality, quad class) are ignored.
    """
    where, params = _article_clauses(f, "q")
    for prefix, who in (("speaker", speaker or f.actor), ("addressee", f.recipient)):
        if not who:
            continue
        if is_code(who):
            where.append(f"q.{prefix}_country = ?")
            params.append(who)
        else:
            like = f"%{escape_like(who)}%"
            if prefix == "speaker":
                where.append(
                    "(q.speaker ILIKE ? ESCAPE '\\' OR q.speaker_mention ILIKE ? ESCAPE '\\')"
                )
                params += [like, like]
            else:
                where.append("q.addressee ILIKE ? ESCAPE '\\'")
                params.append(like)
    wanted = [k.strip().lower() for k in kinds if k and k.strip()]
    if wanted:
        unknown = sorted(set(wanted) - set(QUOTE_KINDS))
        if unknown:
            raise ValueError(
                f"unknown quotation kind {', '.join(unknown)}; known: {', '.join(QUOTE_KINDS)}"
            )
        where.append(f"q.kind IN ({', '.join('?' for _ in wanted)})")
        params += wanted
    if f.since:
        where.append("q.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("q.published <= ?")
        params.append(f.until)
    # Who spoke counts as part of a quotation: "Kuleba" finds what Kuleba said.
    clauses, p = text_clause(("q.text", "q.speaker"), f.text)
    return _joined(where + clauses), params + p


def page_clause(limit: int | None, offset: int = 0) -> tuple[str, list[Any]]:
    """`` LIMIT ? OFFSET ?`` (either part only when needed) and its parameters."""
    if limit is not None and limit < 0:
        raise ValueError("limit must be 0 or more")
    if offset < 0:
        raise ValueError("offset must be 0 or more")
    sql, params = "", []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return sql, params


def _joined(where: list[str]) -> str:
    return ("WHERE " + " AND ".join(where)) if where else ""
