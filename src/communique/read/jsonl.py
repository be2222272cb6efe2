"""JSON Lines: one article per line, ``{"id": ..., "text": ..., ...}``.

A corpus of thousands of articles must not fail because of one broken line:
every bad line is reported through ``on_problem`` and the next line is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from communique.errors import InputProblem, warning
from communique.read.dates import parse_date
from communique.read.json_value import BadJson, parse_json
from communique.schema import Document, Warning

#: Optional string fields copied from a record as they are.
_STRING_FIELDS = ("title", "url", "source")


def _string(value: object) -> str | None:
    """A usable string field: non-blank text, else None (numbers and lists are ignored)."""
    if isinstance(value, str) and value.strip():
        return value
    return None


def _to_document(record: dict[str, object], text: str, default_id: str) -> Document:
    """A :class:`Document` from one decoded JSON record and its checked ``text``.

    ``id`` may be a string or a number; a missing or blank id becomes
    ``default_id``. A ``date`` is normalised to ISO ``YYYY-MM-DD`` when it
    parses, else kept as given with warning CQ108.
    """
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        doc_id = default_id
    else:
        doc_id = str(raw_id).strip() or default_id
    warnings: list[Warning] = []
    date = None
    raw_date = record.get("date")
    if raw_date is not None and not (isinstance(raw_date, str) and not raw_date.strip()):
        given = str(raw_date)
        parsed = parse_date(given) if isinstance(raw_date, str) else None
        if parsed is None:
            warnings.append(warning("CQ108", value=raw_date))
        date = parsed or given
    fields = {name: _string(record.get(name)) for name in _STRING_FIELDS}
    return Document(id=doc_id, text=text, date=date, warnings=warnings, **fields)


def document_from_record(record: dict[str, object], text: str, default_id: str) -> Document:
    """A :class:`Document` from a mapping with ``text``, read as a JSON Lines record is.

    For callers that hold records already decoded (``Extractor.extract_many``
    takes mappings); ``text`` is the record's checked text.
    """
    return _to_document(record, text, default_id)


class Oversize:
    """A line longer than ``limit``, skipped unread: only its length in bytes is kept."""

    __slots__ = ("limit", "size")

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit

    def __len__(self) -> int:
        return self.size


def limited_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | Oversize]:
    """The lines of a binary stream, each at most ``limit`` bytes held in memory.

    A longer line (a record with a runaway text, or a file with no line
    breaks at all) is read through in pieces and given as :class:`Oversize`,
    so reading never holds more than one limit's worth.
    """
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while True:
            rest = handle.readline(1 << 20)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
        yield Oversize(size, limit)


def read_jsonl(
    stream: Iterable[bytes | str | Oversize],
    name: str,
    on_problem: Callable[[InputProblem], None],
    *,
    where: str | None = None,
    origin: str | None = None,
) -> Iterator[Document]:
    """Documents from JSON Lines, one per good line.

    ``name`` makes the ids of records without one (``f"{name}-{line_no}"``,
    counting lines from 1) and, unless ``where`` is given, names the input in
    messages. Blank lines are skipped. A line that is not a JSON object gives
    CQ205, one without a non-empty string ``text`` CQ206; both go to
    ``on_problem`` and reading continues. The text is kept exactly as given,
    so spans refer to the ``text`` field itself. Each document's (and each
    problem's) origin is ``f"{origin}:{line_no}"`` (``origin`` defaults to the
    label), the key a corpus run stores it under. A line given as
    :class:`Oversize` (see :func:`limited_lines`) is CQ221.
    """
    label = where or name
    base = origin or label
    for line_no, raw in enumerate(stream, start=1):
        here = f"{base}:{line_no}"
        if isinstance(raw, Oversize):
            problem = InputProblem("CQ221", origin=here, path=label, line=line_no, limit=raw.limit)
            on_problem(problem)
            continue
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if line_no == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                problem = InputProblem(
                    "CQ205", origin=here, path=label, line=line_no, error=f"not UTF-8: {exc.reason}"
                )
                on_problem(problem)
                continue
        else:
            line = raw.removeprefix("\ufeff") if line_no == 1 else raw
        if not line.strip():
            continue
        try:
            record = parse_json(line)
        except BadJson as exc:
            on_problem(
                InputProblem("CQ205", origin=here, path=label, line=line_no, error=exc.reason)
            )
            continue
        if not isinstance(record, dict):
            kind = type(record).__name__
            error = f"a {kind}, not an object"
            on_problem(InputProblem("CQ205", origin=here, path=label, line=line_no, error=error))
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            on_problem(InputProblem("CQ206", origin=here, path=label, line=line_no))
            continue
        document = _to_document(record, text, f"{name}-{line_no}")
        document.origin = here
        yield document
