"""Reading a corpus where the workers are: list on the client, scan and re-read on workers.

A cluster run must decide exact and near copies in input order on the client,
yet never ship article texts through it. So reading happens twice, on the
workers: a *scan* returns, per document, only where it lies, its key (content
hash), its MinHash signature and its metadata; after the client has decided
what to analyse, the analysing worker *re-reads* just those documents from
their :class:`Location` (a byte offset for a JSON Lines line, so a large file
is never read from the start again).

Documents are read by the same functions as a local run (:mod:`communique.read`),
so their ids, titles, dates and warnings are the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.corpus.dedup import signature
from communique.corpus.plan import origin_of, problem_row
from communique.errors import InputProblem
from communique.read.file_dates import FileDates
from communique.read.files import (
    MAX_INPUT_BYTES,
    file_kind,
    jsonl_lines,
    name_of,
    open_input,
    path_text,
    read_file,
    unique_files,
)
from communique.read.json_value import BadJson, parse_json
from communique.read.jsonl import _to_document, read_jsonl
from communique.schema import Document
from communique.store.tables import Origin, content_hash

ProblemHandler = Callable[[InputProblem], None]

#: File kinds that hold any number of articles (each is scanned on its own).
MANY = ("jsonl", "feed")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: where workers open it and how messages name it."""

    path: str  # absolute, found from any directory; its bytes as they are (surrogate escapes)
    label: str  # as the user gave it (folder walk or glob included), shown for messages
    kind: str  # "text", "html", "jsonl", "feed" (or "unsupported": reported when read)

    @property
    def origin(self) -> str:
        """The origin of the file's articles: its absolute path, shown as text."""
        return path_text(self.path)


@dataclass(frozen=True, slots=True)
class Location:
    """Where one document lies, enough for a worker to read it again."""

    file: InputFile
    origin: str  # the document's origin: path, path:LINE or path#ITEM
    line: int | None = None  # 1-based line of a JSON Lines file
    offset: int | None = None  # byte offset of that line (None: the file is decoded whole)


@dataclass(slots=True)
class Scanned:
    """What the client needs of one document to decide about it: no text."""

    location: Location
    article_id: str
    signature: bytes | None
    source: Origin


@dataclass(slots=True)
class ScanResult:
    """The documents of some files, in input order, and the inputs that failed."""

    documents: list[Scanned] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)


def list_inputs(inputs: Sequence[str], on_problem: ProblemHandler) -> list[InputFile]:
    """The files the inputs name, in the order a local run reads them, each once.

    Folders and globs are expanded as :func:`communique.read.read_inputs` does.
    Standard input cannot be sent to workers: it is reported (CQ210).
    """
    files: list[InputFile] = []
    for path in unique_files(inputs, on_problem):
        if path is None:
            error = "standard input cannot be read on a Dask cluster; save it to a file"
            on_problem(InputProblem("CQ210", origin="stdin", path="stdin", error=error))
            continue
        kind = file_kind(path) or "unsupported"
        files.append(InputFile(os.path.abspath(path), path_text(path), kind))
    return files


class _Counted:
    """A stream's lines, remembering the number and byte offset of the latest one.

    :func:`read_jsonl` is lazy, so when it yields a document the latest line
    read is the one that document came from.
    """

    def __init__(self, lines: Iterable[bytes | str], *, offsets: bool) -> None:
        self._lines = lines
        self._offsets = offsets
        self.line = 0
        self.offset: int | None = None
        self._next = 0

    def __iter__(self) -> Iterator[bytes | str]:
        for raw in self._lines:
            self.line += 1
            if self._offsets:
                self.offset = self._next
                self._next += len(raw)
            yield raw


def _jsonl_documents(
    f: InputFile, on_problem: ProblemHandler
) -> Iterator[tuple[Document, Location]]:
    """The documents of a JSON Lines file with their line numbers and byte offsets.

    Reads as the local reader does (:func:`communique.read.files.jsonl_lines`):
    a UTF-16/32 file is decoded whole, so its lines have no byte offsets.
    """
    with jsonl_lines(f.path, f.label) as (lines, in_bytes):
        counted = _Counted(lines, offsets=in_bytes)
        name = name_of(f.path)
        for doc in read_jsonl(counted, name, on_problem, where=f.label, origin=f.origin):
            yield doc, Location(f, doc.origin or f.origin, counted.line, counted.offset)


def documents(f: InputFile, on_problem: ProblemHandler) -> Iterator[tuple[Document, Location]]:
    """The documents of one file with their locations; a bad file raises InputProblem."""
    if f.kind == "jsonl":
        yield from _jsonl_documents(f, on_problem)
        return
    for doc in read_file(Path(f.path), on_problem=on_problem, where=f.label):
        yield doc, Location(f, doc.origin or f.origin)


def scan_files(files: Sequence[InputFile], *, dating: FileDates | None = None) -> ScanResult:
    """Scan some files: per document its key, signature and metadata; problems as rows.

    Runs on a worker. Never raises for a bad input: each becomes a
    ``failures`` row, in input order, filed under the origin a local run uses.
    ``dating`` dates documents that carry no date, as a local run does; the
    date travels in the document's ``Origin`` (``published``).
    """
    result = ScanResult()

    def on_problem(problem: InputProblem) -> None:
        result.failures.append(problem_row(problem))

    for f in files:
        try:
            for doc, location in documents(f, on_problem):
                if dating is not None:
                    dating.apply(doc)
                result.documents.append(
                    Scanned(location, content_hash(doc.text), signature(doc.text), origin_of(doc))
                )
        except InputProblem as problem:
            if problem.origin is None:
                problem.origin = f.origin  # a problem of the whole file
            on_problem(problem)
        except OSError as exc:
            error = exc.strerror or str(exc)
            on_problem(InputProblem("CQ210", origin=f.origin, path=f.label, error=error))
    return result


def _changed(location: Location) -> InputProblem:
    return InputProblem(
        "CQ210", origin=location.origin, path=location.origin, error="changed since it was scanned"
    )


def _jsonl_line(location: Location) -> Document:
    """One line of a UTF-8 JSON Lines file, read at its byte offset."""
    assert location.offset is not None and location.line is not None
    with open_input(location.file.path, location.file.label) as handle:
        handle.seek(location.offset)
        raw = handle.readline(MAX_INPUT_BYTES + 1)
    if len(raw) > MAX_INPUT_BYTES:
        raise _changed(location)
    try:
        line = raw.decode("utf-8-sig" if location.line == 1 else "utf-8")
        record = parse_json(line)
    except (UnicodeDecodeError, BadJson) as exc:
        raise _changed(location) from exc
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str) or not text.strip():
        raise _changed(location)
    doc = _to_document(record, text, f"{name_of(location.file.path)}-{location.line}")
    doc.origin = location.origin
    return doc


def reread(location: Location, article_id: str) -> Document:
    """The document at ``location`` again, checked against its key from the scan.

    A JSON Lines line is read at its byte offset; a feed item is found by its
    origin in the feed read again. Raises InputProblem if the document can no
    longer be read or its text changed since the scan.
    """

    def ignore(problem: InputProblem) -> None:
        pass  # the scan recorded the other documents' problems

    doc: Document | None = None
    try:
        if location.file.kind == "jsonl" and location.offset is not None:
            doc = _jsonl_line(location)
        else:
            for found, where in documents(location.file, ignore):
                if where.origin == location.origin:
                    doc = found
                    break
    except InputProblem as problem:
        problem.origin = location.origin
        raise
    if doc is None or content_hash(doc.text) != article_id:
        raise _changed(location)
    return doc
