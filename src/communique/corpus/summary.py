"""What a corpus run reports at the end, whichever runner did the work."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RunSummary:
    """Counts of one ingest (local or Dask); printed by the CLI at the end.

    ``articles`` are new articles stored by this run; ``duplicates`` inputs
    whose exact text was already stored (their source is added);
    ``near_duplicates`` new articles linked to an earlier copy of the story;
    ``skipped`` inputs already ingested by an earlier run (resume);
    ``failures`` (origin, code, reason) of inputs that could not be read or analysed;
    ``notices`` (origin, code, reason) of coded problems that failed no input, so have no
    ``failures`` row: a batch that raised as a whole while each of its articles then passed
    alone (CQ223), a fault that shows only when articles meet, or a flaky worker.
    """

    articles: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped: int = 0
    quotes: int = 0
    events: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    notices: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """New articles per second over the whole run."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0
