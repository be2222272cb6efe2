"""The run's decisions about each input, taken in input order by one process.

Whether an input is new, an exact copy of an article already stored (or
chosen earlier in this run), a near copy, or something an earlier run already
ingested depends on everything before it; so one coordinator decides, in
input order, and workers only do what it decided. That makes a parallel or
cluster run store the same rows as a serial one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from communique.corpus.dedup import Link, NearDuplicateIndex


class Verdict(Enum):
    """What to do with one input."""

    ANALYSE = "analyse"  # a new article: analyse and store it
    DUPLICATE = "duplicate"  # its exact text is stored: add a sources row only
    SKIPPED = "skipped"  # this very input was stored by an earlier run


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    link: Link | None = None  # for a new article: the story it is a near copy of


class Coordinator:
    """Decides, input after input, from what is stored and what this run has seen."""

    def __init__(
        self,
        *,
        articles: list[tuple[str, bytes | None, str | None]] | None = None,
        sources: set[tuple[str, str]] | None = None,
    ) -> None:
        """``articles``: stored (article_id, minhash, duplicate_of) in store order;
        ``sources``: stored (article_id, origin).
        """
        self.index = NearDuplicateIndex()
        self.index.load(articles or [])
        self._known = {a[0] for a in articles or []}
        self._sources = set(sources or ())

    def decide(self, article_id: str, origin: str, signature: bytes | None) -> Decision:
        """The verdict for one input; call in input order."""
        key = (article_id, origin)
        if key in self._sources:
            return Decision(Verdict.SKIPPED)
        self._sources.add(key)
        if article_id in self._known:
            return Decision(Verdict.DUPLICATE)
        self._known.add(article_id)
        return Decision(Verdict.ANALYSE, self.index.add(article_id, signature))


Failure = tuple[str, str]  # (code, reason)


class FailureLedger:
    """Keeps ``failures`` saying what the latest attempt at each input found.

    As in the local store: an input read fine this run loses the failures an
    earlier run recorded for it, one that fails again the same way is not
    recorded twice, and one that fails another way has its old rows replaced.
    Only the rows a run's coordinator writes are concerned (unreadable inputs,
    lost analyses); a CQ211 row stays with its stored article.
    """

    def __init__(self, stored: dict[str, set[Failure]] | None = None) -> None:
        self._stored = stored or {}
        self._seen: dict[str, set[Failure]] = {}  # stored origins met this run

    def read_fine(self, origin: str) -> None:
        """The input was read this run (whatever is decided about it)."""
        if origin in self._stored:
            self._seen.setdefault(origin, set())

    def record(self, origin: str, code: str, reason: str) -> bool:
        """Note a failure found this run; whether it must be written (not stored yet)."""
        stored = self._stored.get(origin)
        if stored is None:
            return True
        self._seen.setdefault(origin, set()).add((code, reason))
        return (code, reason) not in stored

    def stale(self) -> set[tuple[str, str, str]]:
        """Stored (origin, code, reason) rows that this run's findings replace."""
        return {
            (origin, code, reason)
            for origin, now in self._seen.items()
            for code, reason in self._stored[origin]
            if (code, reason) not in now
        }
