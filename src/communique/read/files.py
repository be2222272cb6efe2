"""Files, directories, glob patterns and standard input, as a stream of Documents.

The rule of the room: a batch never dies because of one bad input. Each input
that cannot be read becomes one coded :class:`~communique.errors.InputProblem`
handed to the caller's ``on_problem``, and reading goes on with the next.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from communique.errors import InputProblem
from communique.read.dateline import dateline_at
from communique.read.decode import SNIFF_BYTES, decode_text
from communique.read.feed import looks_like_feed, read_feed
from communique.read.html import html_to_document
from communique.read.jsonl import read_jsonl
from communique.schema import Document, Warning

ProblemHandler = Callable[[InputProblem], None]

#: File kinds by (lower-case) extension. Only these are read from directories.
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json-lines": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",  # only when it is one: see _is_feed_file
}

#: A plain-text title is one short first line followed by a blank line.
MAX_TITLE_CHARS = 300

_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|title|meta|section)[\s>/]",
    re.IGNORECASE,
)


def file_kind(path: Path) -> str | None:
    """``"text"``, ``"html"``, ``"jsonl"`` or ``"feed"`` by extension; None if unsupported."""
    return SUFFIXES.get(path.suffix.lower())


def origin_of(path: Path) -> str:
    """Where a file's documents come from: its absolute path (symbolic links kept).

    Absolute, so the same file ingested from another working directory, or
    named as ``./a.txt`` or through its folder, is recognised as one source.
    """
    return os.path.abspath(path)


def _is_feed_file(path: Path) -> bool:
    """Whether a file found in a folder should be read as a feed.

    ``.rss`` and ``.atom`` files are; an ``.xml`` file only when it starts
    like one, so a folder's sitemaps and configuration files are passed over
    silently like any other file that is no article. (Named on the command
    line, an ``.xml`` file that is no feed is reported.)
    """
    if path.suffix.lower() != ".xml":
        return True
    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(SNIFF_BYTES))
    except OSError:
        return True  # reported when it is read


def _title_of(text: str) -> str | None:
    """The first line of a plain text when it reads as a headline.

    Plain text has no markup for a title, but news files commonly open with
    the headline on a line of its own followed by a blank line. It must not
    end like a sentence and must not be the dateline itself. The title stays
    in the text: spans are unaffected.
    """
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if not newline or not first or len(first) > MAX_TITLE_CHARS:
        return None
    following, _, _ = rest.partition("\n")
    if following.strip() or first[-1] in ".!?:;,":
        return None
    if first.lower().startswith("by ") or dateline_at(first, 0, len(first)) is not None:
        return None
    return first


def text_to_document(
    text: str, id: str, warnings: list[Warning] | None = None, *, origin: str | None = None
) -> Document:
    """A plain-text Document; its title is the headline line if there is one."""
    return Document(
        id=id, text=text, title=_title_of(text), warnings=list(warnings or []), origin=origin
    )


def _looks_like_html(text: str) -> bool:
    """Whether text (already decoded) is an HTML page or fragment."""
    head = text.lstrip()[:4096]
    return head.startswith("<") and _HTML_START.search(head) is not None


def _read_bytes(path: Path, label: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputProblem("CQ208", path=label) from exc
    except OSError as exc:
        raise InputProblem("CQ210", path=label, error=exc.strerror or str(exc)) from exc


def _raise(problem: InputProblem) -> None:
    raise problem


def _read_jsonl_file(
    path: Path, label: str, on_problem: ProblemHandler, origin: str
) -> Iterator[Document]:
    """Stream a JSON Lines file line by line, so a large corpus is never held in memory.

    UTF-16/32 files (a byte order mark or NUL bytes at the start) are decoded
    whole first; a binary or empty file is one problem, not one per line.
    """
    name = path.stem
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise InputProblem("CQ208", path=label) from exc
    except OSError as exc:
        raise InputProblem("CQ210", path=label, error=exc.strerror or str(exc)) from exc
    with handle:
        head = handle.read(SNIFF_BYTES)
        whole_in_head = len(head) < SNIFF_BYTES
        if not head.strip() and whole_in_head:
            raise InputProblem("CQ202", path=label)
        if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text, _ = decode_text(head + handle.read(), label)
            lines = text.split("\n")
            yield from read_jsonl(lines, name, on_problem, where=label, origin=origin)
            return
        handle.seek(0)
        yield from read_jsonl(handle, name, on_problem, where=label, origin=origin)


def read_file(
    path: Path, *, on_problem: ProblemHandler | None = None, where: str | None = None
) -> Iterator[Document]:
    """The Documents in one file, chosen by extension.

    A text (``.txt``) or HTML (``.html``/``.htm``) file gives one Document
    whose id is the file name without its extension; a JSON Lines file
    (``.jsonl``) gives one per good line, an RSS or Atom feed (``.rss``,
    ``.atom``, ``.xml``) one per item. A file that cannot be read raises
    InputProblem (CQ201-CQ215) when iterated. Bad lines or items go to
    ``on_problem``; without one, the first bad line raises. ``where`` names
    the file in messages (default: the path). Each Document's ``origin`` is
    the absolute path, with ``:line`` or ``#item`` for a line or an item.
    """
    label = where or str(path)
    origin = origin_of(path)
    kind = file_kind(path)
    if kind is None:
        raise InputProblem("CQ209", path=label)
    if kind == "jsonl":
        yield from _read_jsonl_file(path, label, on_problem or _raise, origin)
        return
    data = _read_bytes(path, label)
    if kind == "feed":
        yield from read_feed(data, path.stem, on_problem or _raise, where=label, origin=origin)
    elif kind == "html":
        document = html_to_document(data, path.stem, where=label)
        document.origin = origin
        yield document
    else:
        text, warnings = decode_text(data, label)
        yield text_to_document(text, path.stem, warnings, origin=origin)


def read_stdin(stream: BinaryIO, on_problem: ProblemHandler) -> Iterator[Document]:
    """Documents from standard input, whose format is recognised from its content.

    An RSS or Atom feed when it starts like one, JSON Lines when the first
    non-blank character is ``{``, HTML when it starts like a page, else plain
    text with the id ``stdin``. The origin is ``stdin`` (``stdin:line``,
    ``stdin#item``).
    """
    data = stream.read()
    if looks_like_feed(data):
        yield from read_feed(data, "stdin", on_problem, origin="stdin")
        return
    text, warnings = decode_text(data, "stdin")
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.split("\n"), "stdin", on_problem, origin="stdin")
    elif _looks_like_html(text):
        document = html_to_document(text, "stdin")
        document.origin = "stdin"
        yield document
    else:
        yield text_to_document(text, "stdin", warnings, origin="stdin")


class _Reporter:
    """Passes problems on, remembering the last so none is reported twice.

    A caller's ``on_problem`` may itself raise (a strict mode); the problem
    then travels up through the file's reader and must not be reported again.
    """

    def __init__(self, on_problem: ProblemHandler) -> None:
        self.on_problem = on_problem
        self.last: InputProblem | None = None

    def __call__(self, problem: InputProblem) -> None:
        self.last = problem
        self.on_problem(problem)


def _guarded(
    docs: Iterator[Document], label: str, report: _Reporter, origin: str
) -> Iterator[Document]:
    """The documents of one input; a failure ends this input only.

    A problem of the whole input is filed under the input's origin.
    """
    try:
        yield from docs
    except InputProblem as problem:
        if problem is report.last:
            raise  # the caller's handler raised it on purpose: stop the batch
        if problem.origin is None:
            problem.origin = origin
        report(problem)
    except OSError as exc:
        error = exc.strerror or str(exc)
        report(InputProblem("CQ210", origin=origin, path=label, error=error))


def _walk(top: Path, report: _Reporter) -> Iterator[Path]:
    """Readable files under ``top``, in sorted order, skipping hidden files and folders.

    Symbolic links to folders are not followed (no cycles); a folder that
    cannot be listed is reported (CQ210) and skipped.
    """

    def on_error(exc: OSError) -> None:
        where = exc.filename or str(top)
        error = exc.strerror or str(exc)
        report(InputProblem("CQ210", origin=os.path.abspath(where), path=where, error=error))

    for folder, dirnames, filenames in os.walk(top, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(folder, filename)
            kind = file_kind(path)
            if filename.startswith(".") or kind is None:
                continue
            if kind != "feed" or _is_feed_file(path):
                yield path


def _expand(item: str, report: _Reporter) -> Iterator[Path]:
    """The files one command-line input names: a file, a folder or a glob pattern."""
    path = Path(item)
    if path.is_dir():
        yield from _walk(path, report)
    elif path.exists() or path.is_symlink() or not _GLOB_CHARS.search(item):
        yield path  # a missing or broken file is reported when it is read
    else:
        matches = sorted(m for m in glob.glob(item, recursive=True) if os.path.isfile(m))
        if not matches:
            report(InputProblem("CQ208", path=item))
        yield from (Path(m) for m in matches)


def unique_files(inputs: Sequence[str], on_problem: ProblemHandler) -> Iterator[Path | None]:
    """Each file the inputs name, once and in order; None where an input is ``-`` (stdin).

    Folders are walked and glob patterns expanded (see :func:`read_inputs`); a
    file named twice, under any spelling of its path, comes once. Folders that
    cannot be listed and patterns that match nothing go to ``on_problem``.
    """
    report = on_problem if isinstance(on_problem, _Reporter) else _Reporter(on_problem)
    seen: set[Path] = set()
    for item in inputs:
        if item == "-":
            yield None
            continue
        for path in _expand(item, report):
            try:
                key = path.resolve()
            except (OSError, RuntimeError):
                key = path.absolute()
            if key not in seen:
                seen.add(key)
                yield path


def read_inputs(
    inputs: Sequence[str],
    *,
    on_problem: ProblemHandler,
    stdin: BinaryIO | None = None,
) -> Iterator[Document]:
    """Every Document in the given inputs, in order.

    Each input is a file, a folder (read recursively: every ``.txt``,
    ``.html``/``.htm``, ``.jsonl``/``.json-lines`` file, every ``.rss`` and
    ``.atom`` feed and every ``.xml`` file that is a feed, in sorted order), a
    glob pattern (``corpus/*.txt``, ``corpus/**/*.html``) or ``-`` for
    standard input (``stdin``, default ``sys.stdin.buffer``). A file named
    twice is read once. Each input, file or line that cannot be read is passed
    to ``on_problem`` and the iteration goes on with the next.
    """
    report = _Reporter(on_problem)
    for path in unique_files(inputs, report):
        if path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(read_stdin(stream, report), "stdin", report, "stdin")
            continue
        label = str(path)
        docs = read_file(path, on_problem=report, where=label)
        yield from _guarded(docs, label, report, origin_of(path))
