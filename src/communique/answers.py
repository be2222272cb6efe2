"""A bounded memory of a fixed table's answers.

The actor tables (countries, roles) do not change once built, and an article asks them the
same questions many times (every part of every title, every office named again), so each
keeps its answers by question. Past a bound the memory starts afresh, so a long run over
many articles holds a bounded amount. Answers are kept as given: tables store only frozen
values, so no caller can change a kept one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar, cast

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: Questions whose answer is kept before the memory starts afresh.
KEPT = 1 << 16

#: A question not asked yet (None is an answer like any other: "no place", "no role").
_UNASKED = object()


class Answers(Generic[K, V]):
    """What a table answered, by question, up to ``kept`` questions."""

    __slots__ = ("_kept", "_seen")

    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._seen: dict[K, object] = {}

    def __len__(self) -> int:
        return len(self._seen)

    def ask(self, question: K, answer: Callable[[K], V]) -> V:
        """The kept answer to ``question``, else ``answer(question)``, kept."""
        found = self._seen.get(question, _UNASKED)
        if found is _UNASKED:
            if len(self._seen) >= self._kept:
                self._seen.clear()
            found = self._seen[question] = answer(question)
        return cast(V, found)
