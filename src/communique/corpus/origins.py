"""Naming where an input came from, the same way in every runner.

A ``sources`` or ``failures`` row says which input it is about: the file path
as the user gave it for a text or HTML file, ``path:LINE`` (1-based) for one
line of a JSON Lines file. Both runners (local and Dask) build origins here, so
a re-run of either recognises what the other stored.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from communique.errors import InputProblem
from communique.store.tables import failure_row


def line_origin(label: str, line: int | None) -> str:
    """``label`` for a whole file, ``label:LINE`` for one line of it."""
    return f"{label}:{line}" if line else label


def problem_origin(problem: InputProblem) -> str:
    """The origin an input problem is about, from the fields its message was built from."""
    path = problem.fields.get("path")
    line = problem.fields.get("line")
    label = str(path) if path is not None else "input"
    return line_origin(label, line if isinstance(line, int) else None)


def problem_reason(problem: InputProblem) -> str:
    """The problem's message without its leading code (the code has its own column)."""
    return str(problem).removeprefix(f"{problem.code} ")


def problem_failure(problem: InputProblem, *, now: datetime | None = None) -> dict[str, Any]:
    """The ``failures`` row of an input that could not be read."""
    return failure_row(problem_origin(problem), problem.code, problem_reason(problem), now=now)
