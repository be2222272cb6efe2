"""Publication dates for articles that carry none: from a table of ids, or from file names.

A folder of plain-text files has no place for a date, but the files often say
it in their names (``2022-02-10-baerbock-kyiv.txt``), or the user keeps a
spreadsheet of ``id,date``. :class:`FileDates` gives each document the first
date it finds, in this order:

1. the date table (a CSV with ``id`` and ``date`` columns, a JSON object
   ``{"id": "date"}``, or a JSON list / JSON Lines of ``{"id", "date"}``
   objects), matched on the document's id, its file's name or the file's
   name without extension: the user said so, so it wins;
2. the document's own date (JSON Lines ``date``, HTML metadata, a feed item's);
3. a date in its file's name, found with a ``strftime``-like format
   (``%Y-%m-%d`` by default; ``%Y``, ``%y``, ``%m``, ``%d``, ``%b``, ``%B``
   and ``%%`` are understood, anything else is literal).

A document still without a date after this gets ``--date`` as before. A bad
table or format is a set-up error (CQ309), raised before anything is read.
"""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from communique.errors import CommuniqueError
from communique.read.json_value import BadJson, parse_json
from communique.schema import Document

#: The format a file name is searched with unless told otherwise.
DEFAULT_NAME_FORMAT = "%Y-%m-%d"

#: Column names read as the id and as the date in a CSV table (first found wins).
ID_COLUMNS = ("id", "doc_id", "file", "filename", "name")
DATE_COLUMNS = ("date", "published", "publication_date")

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})

_DIRECTIVES = {
    "Y": r"(?P<Y>\d{4})",
    "y": r"(?P<y>\d{2})",
    "m": r"(?P<m>\d{1,2})",
    "d": r"(?P<d>\d{1,2})",
    "b": r"(?P<b>[A-Za-z]{3})",
    "B": r"(?P<B>[A-Za-z]{3,9})",
}


def name_pattern(fmt: str) -> re.Pattern[str]:
    """The regular expression a ``strftime``-like format stands for.

    Raises CommuniqueError (CQ309) for a directive it does not know or a format
    that lacks a year, a month or a day.
    """
    parts: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(fmt):
        char = fmt[i]
        if char != "%":
            parts.append(re.escape(char))
            i += 1
            continue
        directive = fmt[i + 1 : i + 2]
        if directive == "%":
            parts.append("%")
        elif directive in _DIRECTIVES and directive not in seen:
            parts.append(_DIRECTIVES[directive])
            seen.add(directive)
        else:
            raise CommuniqueError(
                "CQ309",
                what=f"date format {fmt!r}",
                error=f"%{directive} is not one of %Y %y %m %d %b %B",
            )
        i += 2
    if not (seen & {"Y", "y"} and seen & {"m", "b", "B"} and "d" in seen):
        raise CommuniqueError(
            "CQ309", what=f"date format {fmt!r}", error="it needs a year, a month and a day"
        )
    # Digits on either side would make 2022-02-100 or 12022-02-10 a date.
    return re.compile(r"(?<!\d)" + "".join(parts) + r"(?!\d)")


def date_in_name(name: str, pattern: re.Pattern[str]) -> str | None:
    """The first real date ``pattern`` finds in ``name``, as ``YYYY-MM-DD``."""
    for match in pattern.finditer(name):
        found = match.groupdict()
        year = int(found["Y"]) if found.get("Y") else 2000 + int(found["y"])
        month_name = (found.get("b") or found.get("B") or "").lower()
        month = _MONTHS.get(month_name) if month_name else int(found["m"])
        try:
            return date(year, month or 0, int(found["d"])).isoformat()
        except ValueError:
            continue  # 2022-13-45: not a date, maybe a later match is
    return None


def _checked(value: object, where: str) -> str:
    text = str(value).strip() if value is not None else ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise CommuniqueError(
            "CQ309", what=where, error=f"{text!r} is not a date (use YYYY-MM-DD)"
        ) from None


def _column(names: list[str], wanted: tuple[str, ...]) -> str | None:
    lowered = {n.strip().lower(): n for n in names}
    return next((lowered[w] for w in wanted if w in lowered), None)


def _from_csv(text: str, label: str) -> dict[str, str]:
    rows = csv.DictReader(text.splitlines())
    names = list(rows.fieldnames or [])
    id_col, date_col = _column(names, ID_COLUMNS), _column(names, DATE_COLUMNS)
    if id_col is None or date_col is None:
        raise CommuniqueError(
            "CQ309",
            what=f"dates file {label}",
            error=f"its header must name an id column ({', '.join(ID_COLUMNS)}) and a date "
            f"column ({', '.join(DATE_COLUMNS)}); it has {', '.join(names) or 'none'}",
        )
    table: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        key = (row.get(id_col) or "").strip()
        if key:
            table[key] = _checked(row.get(date_col), f"dates file {label}:{line}")
    return table


def _pairs_from_json(data: object, label: str) -> Iterator[tuple[str, object]]:
    if isinstance(data, dict):
        yield from ((str(k), v) for k, v in data.items())
        return
    if not isinstance(data, list):
        raise CommuniqueError(
            "CQ309", what=f"dates file {label}", error="JSON must be an object or a list"
        )
    for n, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise CommuniqueError(
                "CQ309", what=f"dates file {label}", error=f"item {n} is not an object"
            )
        id_key = _column(list(item), ID_COLUMNS)
        date_key = _column(list(item), DATE_COLUMNS)
        if id_key is None or date_key is None:
            raise CommuniqueError(
                "CQ309", what=f"dates file {label}", error=f"item {n} needs an id and a date"
            )
        yield str(item[id_key]), item[date_key]


def load_date_table(path: Path) -> dict[str, str]:
    """``id → YYYY-MM-DD`` from a CSV, JSON or JSON Lines file (chosen by its content)."""
    label = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        error = getattr(exc, "strerror", None) or str(exc)
        raise CommuniqueError("CQ309", what=f"dates file {label}", error=error) from None
    head = text.lstrip()
    if not head.startswith(("{", "[")):
        return _from_csv(text, label)
    try:
        data: object = parse_json(text)
    except BadJson as whole:
        try:  # JSON Lines: one {"id", "date"} object per line
            data = [parse_json(line) for line in text.splitlines() if line.strip()]
        except BadJson:
            error = f"not valid JSON ({whole})"
            raise CommuniqueError("CQ309", what=f"dates file {label}", error=error) from None
    table: dict[str, str] = {}
    for key, value in _pairs_from_json(data, label):
        table[key.strip()] = _checked(value, f"dates file {label}, id {key!r}")
    return table


def _file_name(document: Document) -> str | None:
    """The name of the file a document was read from (``origin`` less ``:line``/``#item``)."""
    origin = document.origin
    if not origin or origin == "stdin" or origin.startswith("stdin"):
        return None
    path = re.sub(r"(?::\d+|#[^/]*)$", "", origin)
    return Path(path).name


@dataclass(slots=True)
class FileDates:
    """How to date documents that carry no date; see the module docstring.

    ``table`` (read from ``source``) maps ids or file names to ISO dates;
    ``name_format`` is searched in file names (None: names are not read).
    ``used`` collects the table keys that matched a document, so a caller can
    report the ones that never did.
    Small and picklable: a Dask worker gets its own copy.
    """

    table: dict[str, str] = field(default_factory=dict)
    name_format: str | None = DEFAULT_NAME_FORMAT
    source: Path | None = None  # the file the table was read from, for messages
    used: set[str] = field(default_factory=set)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._pattern = name_pattern(self.name_format) if self.name_format else None

    def date_for(self, document: Document) -> tuple[str | None, str | None]:
        """The date the rules give ``document`` and why (``"dates file"``, ``"file name"``)."""
        name = _file_name(document)
        if self.table:
            keys = [document.id, name, Path(name).stem if name else None]
            for key in keys:
                if key and key in self.table:
                    self.used.add(key)
                    return self.table[key], "dates file"
        if document.date:
            return document.date, None
        if self._pattern is not None and name:
            found = date_in_name(name, self._pattern)
            if found:
                return found, "file name"
        return None, None

    def apply(self, document: Document) -> Document:
        """``document`` with the date the rules give it (changed in place and returned)."""
        found, _ = self.date_for(document)
        if found:
            document.date = found
        return document

    def apply_all(self, documents: Iterable[Document]) -> Iterator[Document]:
        """Each document dated as :meth:`apply` does, lazily."""
        for document in documents:
            yield self.apply(document)

    def unused(self) -> list[str]:
        """Table keys that matched no document so far, sorted."""
        return sorted(set(self.table) - self.used)


def file_dates(dates_file: Path | None, name_format: str | None) -> FileDates | None:
    """The rules the command-line options ask for, or None when there are none.

    ``name_format`` ``"off"`` (or empty) turns file-name dates off.
    """
    fmt = None if not name_format or name_format.strip().lower() == "off" else name_format
    table = load_date_table(dates_file) if dates_file is not None else {}
    if not table and fmt is None:
        return None
    return FileDates(table=table, name_format=fmt, source=dates_file)
