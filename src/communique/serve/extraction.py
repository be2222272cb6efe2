"""The extractor as a service: one model per app, never on the event loop.

Parsing an article takes tens of milliseconds to seconds of CPU. Run on the
event loop it would freeze every other request (the store pages too), so each
extraction goes to a worker thread. spaCy does not promise that one ``nlp``
object may be used by two threads at once, and with the GIL a second thread
would not parse faster anyway, so there is exactly one worker thread: it owns
the model, requests queue for it in order, and the loop stays free.

The queue is bounded (``max_pending``): past it a request is refused at once
with 503 and ``Retry-After`` rather than left waiting for minutes. More
throughput comes from more processes (``communique serve --workers N``), each
with its own model, not from more threads.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

from communique.corpus.work import worker_extractor
from communique.pipeline import Extractor
from communique.serve.errors import ApiError
from communique.serve.responses import dumps


@dataclass(slots=True)
class ExtractRequest:
    """One article to analyse, as the endpoint received it."""

    text: str
    id: str = "text"
    date: str | None = None
    year: int | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    include_text: bool = False


class ExtractService:
    """Runs extractions one at a time on a dedicated thread that owns the model."""

    def __init__(
        self, *, model: str | None = None, actors_file: str | None = None, max_pending: int = 64
    ) -> None:
        self.model = model
        self.actors_file = actors_file
        self.max_pending = max_pending
        self._pending = 0  # touched only on the event loop's thread
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cq-extract")

    def _extractor(self) -> Extractor:
        # Cached per process: tests, the ingest code and the app share one model.
        return worker_extractor(self.model, self.actors_file)

    def preload(self) -> None:
        """Start loading the model now, on the worker thread; requests queue behind it."""
        self._executor.submit(self._extractor)

    @property
    def pending(self) -> int:
        """Extractions waiting or running."""
        return self._pending

    async def extract_json(self, request: ExtractRequest) -> str:
        """The communique/1 record of ``request`` as JSON text.

        The record is built and serialised on the worker thread, so a large
        article costs the event loop nothing.
        """
        if self._pending >= self.max_pending:
            raise ApiError(503, "CQ411", headers={"Retry-After": "1"}, pending=self._pending)
        self._pending += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, partial(self._run, request))
        finally:
            self._pending -= 1

    def _run(self, r: ExtractRequest) -> str:
        article = self._extractor().extract(
            r.text, id=r.id, date=r.date, year=r.year, title=r.title, source=r.source, url=r.url
        )
        return dumps(article.to_dict(include_text=r.include_text))

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
