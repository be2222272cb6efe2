"""Settings of an analysis stage, active while its spaCy component runs.

A stage's settings (lexicons, learned tables, thresholds) live in its spaCy
config and are built once, when the component is made. The stage's helper
functions, deep inside the grammar, read them through :meth:`Active.get`
rather than through an argument threaded through every call: the component
makes its settings active for the duration of its call (:meth:`Active.using`),
and outside any component the bundled defaults apply, so a helper called on
its own (a test, a script) behaves as the default pipeline does. A context
variable keeps two pipelines with different settings apart, in threads too.

Data files a user names in a component's config are kept whole
(:class:`UserFile`) and saved with the component by ``nlp.to_disk``
(:func:`save_user_files`), so ``spacy.load`` rebuilds the same settings
from the saved folder (:func:`saved_user_files`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from communique.errors import CommuniqueError

T = TypeVar("T")


class Active(Generic[T]):
    """The settings in force for one stage: a component's while it runs, else the default."""

    def __init__(self, name: str, default: Callable[[], T]) -> None:
        self._var: ContextVar[T | None] = ContextVar(name, default=None)
        self._default = default

    def get(self) -> T:
        """The settings of the running component, or the bundled defaults."""
        value = self._var.get()
        return self._default() if value is None else value

    @contextmanager
    def using(self, settings: T) -> Iterator[T]:
        """Make ``settings`` the active ones inside the ``with`` block."""
        token = self._var.set(settings)
        try:
            yield settings
        finally:
            self._var.reset(token)


@dataclass(frozen=True, slots=True)
class UserFile:
    """A data file a user named in a component's config, kept whole.

    ``role`` is the config setting that named it (``actors_file``, ``cues``,
    ...), ``name`` its file name (messages and reasons cite it), ``data`` its
    bytes: what ``nlp.to_disk`` saves with the component, so a saved pipeline
    carries the data it was built with.
    """

    role: str
    name: str
    data: bytes


def read_user_file(role: str, path: str | Path, *, component: str, what: str) -> UserFile:
    """The file ``path`` named by setting ``role``; CQ321 when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CommuniqueError(
            "CQ321", component=component, name=what, path=path, error=exc.strerror or str(exc)
        ) from exc
    return UserFile(role, Path(path).name, data)


#: The list of saved files in a component's folder.
_SAVED = "user_files.json"


def save_user_files(path: str | Path, files: Iterable[UserFile]) -> None:
    """Write ``files`` into a component's folder (``nlp.to_disk``), each under its own name."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    listed = []
    for f in files:
        # One folder per setting: files keep their names, and two of one name both survive.
        (folder / f.role).mkdir(exist_ok=True)
        (folder / f.role / f.name).write_bytes(f.data)
        listed.append({"role": f.role, "file": f"{f.role}/{f.name}"})
    (folder / _SAVED).write_text(json.dumps(listed, indent=1), encoding="utf-8")


def saved_user_files(path: str | Path) -> list[tuple[UserFile, Path]]:
    """The files :func:`save_user_files` wrote into a component's folder, and where each is."""
    folder = Path(path)
    listed = json.loads((folder / _SAVED).read_text(encoding="utf-8"))
    out = []
    for item in listed:
        where = folder / item["file"]
        out.append((UserFile(item["role"], where.name, where.read_bytes()), where))
    return out


def absent_file(component: str, **paths: str | Path | None) -> CommuniqueError | None:
    """CQ325 for the first file named in ``paths`` (setting -> path) that does not exist.

    A component made with such a setting keeps the error and raises it when
    it is first used, not when it is made: ``spacy.load`` makes each component
    from the saved config and then reads the component's folder, where
    ``from_disk`` finds the copy of the file saved with it and clears the
    error. So a saved pipeline loads where the original file is absent, and a
    pipeline built with a wrong path still fails before it analyses anything.
    """
    for setting, path in paths.items():
        if path is not None and not Path(path).exists():
            return CommuniqueError("CQ325", component=component, setting=setting, path=path)
    return None


def check_ready(component: object) -> None:
    """Raise the error a component was made with, if any (see :func:`absent_file`)."""
    error = getattr(component, "missing", None)
    if error is not None:
        raise error
