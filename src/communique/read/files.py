"""Files, directories, glob patterns and standard input, as a stream of Documents.

The rule of the room: a batch never dies because of one bad input. Each input
that cannot be read becomes one coded :class:`~communique.errors.InputProblem`
handed to the caller's ``on_problem``, and reading goes on with the next.

Inputs are untrusted in their shape too. Only regular files are read: a FIFO
would stop the run until someone wrote to it, a device such as ``/dev/zero``
never ends (CQ219). No input is held in memory beyond
:data:`MAX_INPUT_BYTES` (CQ220; a JSON Lines file is limited per line,
CQ221). File names are bytes and may not be UTF-8: they are used as they are
to open files, and shown with ``\\xNN`` escapes (:func:`path_text`).
"""

from __future__ import annotations

import errno
import glob
import io
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from communique.errors import InputProblem
from communique.read.dateline import dateline_at
from communique.read.decode import SNIFF_BYTES, decode_text
from communique.read.feed import looks_like_feed, read_feed
from communique.read.html import html_to_document
from communique.read.jsonl import limited_lines, read_jsonl
from communique.schema import Document, Warning

#: The most bytes one input may hold: a text, HTML or feed file, one JSON
#: Lines record, or standard input that is not JSON Lines. Far beyond the
#: longest text the analysis reads (``pipeline.MAX_CHARS``), so no real
#: article comes near it, while a log file, a disk image or an endless stream
#: is refused before it fills memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024

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


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be printed, stored and sent as JSON.

    File names are bytes. Python hands over those that are not UTF-8 with
    surrogate escapes, which no encoder accepts (the record writer, DuckDB
    and the terminal would fail on them); here each such byte is written
    ``\\xNN`` instead (``bad\\xff.txt``), so two names stay two names.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def origin_of(path: Path) -> str:
    """Where a file's documents come from: its absolute path (symbolic links kept).

    Absolute, so the same file ingested from another working directory, or
    named as ``./a.txt`` or through its folder, is recognised as one source;
    shown by :func:`path_text`.
    """
    return path_text(os.path.abspath(path))


def name_of(path: str | os.PathLike[str]) -> str:
    """The id a file's documents are named by: its name without the extension, as text."""
    return path_text(Path(path).stem)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


_NONBLOCK = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def open_input(path: str | os.PathLike[str], label: str) -> BinaryIO:
    """One input file opened for reading, or InputProblem if it is no regular file.

    The file is opened without blocking (a FIFO with no writer would
    otherwise wait forever) and checked on the open descriptor, so a file
    swapped for a device after a check cannot slip through: CQ219 names what
    it is. A missing file is CQ208, a symbolic link loop CQ222, any other
    failure CQ210.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise InputProblem("CQ208", path=label) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputProblem("CQ222", path=label) from exc
        raise InputProblem("CQ210", path=label, error=exc.strerror or str(exc)) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputProblem("CQ219", path=label, kind=_kind_of(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(handle: BinaryIO, label: str, *, already: int = 0) -> bytes:
    """The rest of ``handle``, refused with CQ220 once the input passes :data:`MAX_INPUT_BYTES`.

    ``already`` counts bytes of the same input read before.
    """
    room = MAX_INPUT_BYTES - already
    data = handle.read(room + 1) if room >= 0 else b""
    if room < 0 or len(data) > room:
        raise InputProblem("CQ220", path=label, limit=MAX_INPUT_BYTES)
    return data


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
        with open_input(path, path_text(path)) as handle:
            return looks_like_feed(handle.read(SNIFF_BYTES))
    except (InputProblem, OSError):
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


def _raise(problem: InputProblem) -> None:
    raise problem


_WIDE_TEXT = (b"\xff\xfe", b"\xfe\xff")


@contextmanager
def jsonl_lines(path: str | os.PathLike[str], label: str) -> Iterator[tuple[Iterable, bool]]:
    """The lines of a JSON Lines file, streamed, and whether they are bytes read in order.

    A UTF-16/32 file (a byte order mark or NUL bytes at the start) is decoded
    whole first (within :data:`MAX_INPUT_BYTES`), and its lines are text;
    others are read line by line, each line within the limit
    (:func:`~communique.read.jsonl.limited_lines`), so a large corpus is never
    held in memory. A binary or empty file is one problem, not one per line.
    """
    with open_input(path, label) as handle:
        head = handle.read(SNIFF_BYTES)
        if not head.strip() and len(head) < SNIFF_BYTES:
            raise InputProblem("CQ202", path=label)
        if b"\x00" in head or head.startswith(_WIDE_TEXT):
            data = head + read_limited(handle, label, already=len(head))
            text, _ = decode_text(data, label)
            yield text.split("\n"), False
            return
        handle.seek(0)
        yield limited_lines(handle, MAX_INPUT_BYTES), True


def _read_jsonl_file(
    path: Path, label: str, on_problem: ProblemHandler, origin: str
) -> Iterator[Document]:
    """The documents of a JSON Lines file, one per good line (see :func:`jsonl_lines`)."""
    with jsonl_lines(path, label) as (lines, _):
        yield from read_jsonl(lines, name_of(path), on_problem, where=label, origin=origin)


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
    label = where or path_text(path)
    origin = origin_of(path)
    kind = file_kind(path)
    if kind is None:
        raise InputProblem("CQ209", path=label)
    if kind == "jsonl":
        yield from _read_jsonl_file(path, label, on_problem or _raise, origin)
        return
    with open_input(path, label) as handle:
        data = read_limited(handle, label)
    name = name_of(path)
    if kind == "feed":
        yield from read_feed(data, name, on_problem or _raise, where=label, origin=origin)
    elif kind == "html":
        document = html_to_document(data, name, where=label)
        document.origin = origin
        yield document
    else:
        text, warnings = decode_text(data, label)
        yield text_to_document(text, name, warnings, origin=origin)


def read_stdin(stream: BinaryIO, on_problem: ProblemHandler) -> Iterator[Document]:
    """Documents from standard input, whose format is recognised from its content.

    An RSS or Atom feed when it starts like one, JSON Lines when the first
    non-blank character is ``{``, HTML when it starts like a page, else plain
    text with the id ``stdin``. The origin is ``stdin`` (``stdin:line``,
    ``stdin#item``). JSON Lines in UTF-8 are streamed line by line (a corpus
    piped in need not fit in memory); anything else is read whole, within
    :data:`MAX_INPUT_BYTES` (CQ220 past it).
    """
    head = stream.read(SNIFF_BYTES)
    if head.lstrip().removeprefix(b"\xef\xbb\xbf").startswith(b"{") and b"\x00" not in head:
        lines = limited_lines(_Prefixed(head, stream), MAX_INPUT_BYTES)
        yield from read_jsonl(lines, "stdin", on_problem, origin="stdin")
        return
    data = head + read_limited(stream, "stdin", already=len(head))
    if looks_like_feed(data):
        yield from read_feed(data, "stdin", on_problem, origin="stdin")
        return
    text, warnings = decode_text(data, "stdin")
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.split("\n"), "stdin", on_problem, origin="stdin")
    elif _looks_like_html(text):
        # the bytes, as a file's: the page's declared charset and a guessed encoding's
        # warning (CQ203) count as they do for a file
        document = html_to_document(data, "stdin")
        document.origin = "stdin"
        yield document
    else:
        yield text_to_document(text, "stdin", warnings, origin="stdin")


class _Prefixed(io.BufferedReader):
    """A stream whose first bytes were read already: ``head``, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__(_Joined(head, stream))  # type: ignore[arg-type]


class _Joined(io.RawIOBase):
    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


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

    A folder's files come before its sub-folders'. Symbolic links to folders
    are followed once: a link that leads back into a folder on its own way
    down is a loop, reported (CQ222) and skipped; one to a folder read
    already is skipped silently (its files were read). A folder that cannot
    be listed is reported (CQ210) and skipped.
    """

    def problem(code: str, where: str | os.PathLike[str], **fields: str) -> None:
        shown = path_text(where)
        report(InputProblem(code, origin=origin_of(Path(where)), path=shown, **fields))

    try:
        info = os.stat(top)
    except OSError as exc:
        problem("CQ210", top, error=exc.strerror or str(exc))
        return
    seen = {(info.st_dev, info.st_ino)}
    pending: list[tuple[Path, frozenset[tuple[int, int]]]] = [(top, frozenset(seen))]
    while pending:
        folder, above = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            problem("CQ210", exc.filename or folder, error=exc.strerror or str(exc))
            continue
        folders: list[tuple[Path, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(folder, entry.name)
            try:
                is_folder = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_folder = False  # a broken or looping link: reported when read as a file
            if not is_folder:
                kind = file_kind(path)
                if kind is not None and (kind != "feed" or _is_feed_file(path)):
                    yield path
                continue
            try:
                target = os.stat(path)
            except OSError as exc:
                problem("CQ210", path, error=exc.strerror or str(exc))
                continue
            key = (target.st_dev, target.st_ino)
            if key in above:
                problem("CQ222", path)
            elif key not in seen:
                seen.add(key)
                folders.append((path, above | {key}))
        pending.extend(reversed(folders))


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
            report(InputProblem("CQ208", path=path_text(item)))
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
        label = path_text(path)
        docs = read_file(path, on_problem=report, where=label)
        yield from _guarded(docs, label, report, origin_of(path))
