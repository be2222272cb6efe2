"""Where output goes: a file or standard output, whose failures are one coded message.

Writing can fail at any moment, not only when a file is opened: the folder
does not exist or is a file, permission is denied, the disk fills up halfway
through a million records. Each of these is :class:`OutputFailed` (CQ311)
naming the destination, which the command line prints as one line instead of
a traceback. Errors of the caller's own work pass through untouched: only the
stream's own operations are watched. A closed pipe (``| head``) is left to
click, which ends the command quietly.
"""

from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from communique.errors import CommuniqueError


class OutputFailed(CommuniqueError):
    """An output could not be written (CQ311)."""

    def __init__(self, path: object, error: object = "") -> None:
        if isinstance(error, OSError):
            error = error.strerror or type(error).__name__
        super().__init__("CQ311", path=path, error=error)


def _failed(where: object, exc: OSError) -> Exception:
    if exc.errno == errno.EPIPE:
        return exc  # the reader went away: click ends the command quietly
    return OutputFailed(where, exc)


class _Watched:
    """A text stream whose write, flush and close failures become :class:`OutputFailed`."""

    def __init__(self, stream: TextIO, where: object) -> None:
        self._stream = stream
        self._where = where

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise _failed(self._where, exc) from None

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise _failed(self._where, exc) from None

    def close(self) -> None:
        try:
            self._stream.close()
        except OSError as exc:
            raise _failed(self._where, exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def output_stream(path: Path | None, *, newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text stream to ``path``, or to standard output when None, watched for failures.

    The file is closed (and so flushed) on the way out, where a full disk
    often shows first; standard output is flushed.
    """
    if path is None:
        watched = _Watched(sys.stdout, "standard output")
        yield watched  # type: ignore[misc]
        watched.flush()
        return
    try:
        stream = path.open("w", encoding="utf-8", newline=newline)
    except OSError as exc:
        raise OutputFailed(path, exc) from None
    watched = _Watched(stream, path)
    try:
        yield watched  # type: ignore[misc]
    except BaseException:
        # The failure being raised is the one to report; closing may fail the same way.
        with contextlib.suppress(OSError):
            stream.close()
        raise
    watched.close()


@contextmanager
def writing(where: object) -> Iterator[None]:
    """Any OSError inside the block is a failure to write ``where`` (for libraries that
    write files themselves: Parquet writers, chart rendering, creating folders)."""
    try:
        yield
    except OSError as exc:
        raise _failed(where, exc) from None
