"""From articles to records: read → parse → find actors → find quotes.

:class:`Extractor` holds what is costly to build (the spaCy pipeline, the
actor dictionary) and turns :class:`~communique.schema.Document` objects into
:class:`~communique.schema.Article` records, streaming: one article's failure
becomes a warning in its own record and the batch goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from communique import nlp as nlp_mod
from communique.actors import ActorDictionary, find_actors
from communique.errors import warning
from communique.events import code_events
from communique.quotes import find_quotes
from communique.read.dateline import find_dateline
from communique.read.dates import publication_date
from communique.read.headings import find_headings
from communique.schema import (
    Actor,
    Article,
    Dateline,
    Document,
    Event,
    Heading,
    Quote,
    Warning,
)
from communique.time_place.dates import NEEDS_PUBLICATION

#: Characters analysed per article; beyond this a warning says the rest was
#: skipped (the parser's memory and time grow with the text).
MAX_CHARS = 1_000_000

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YEAR_RE = re.compile(r"^(\d{4})")

#: Below this share of English function words among the words of a long
#: enough text, we warn that the text may not be English.
MIN_ENGLISH_STOPWORD_SHARE = 0.08
MIN_WORDS_FOR_LANGUAGE_CHECK = 40


def analyse(
    doc: Doc,
    dictionary: ActorDictionary | None = None,
    headings: list[Heading] | None = None,
    *,
    published: str | None = None,
    dateline: Dateline | None = None,
) -> tuple[list[Actor], list[Quote], list[Event], list[Warning]]:
    """Actors, quotes, events and warnings of one parsed Doc: the core of communique.

    Shared by :class:`Extractor` and the ``communique`` spaCy component.
    ``published`` (ISO date) anchors relative dates; ``dateline`` is the
    fallback place of events.
    """
    if headings is None:
        headings = find_headings(doc.text)
    index = find_actors(
        doc,
        dictionary,
        skip=dateline.span if dateline else None,
        day=published,
        place=dateline.place if dateline else None,
    )
    quotes, warnings = find_quotes(doc, index, headings=headings)
    events = code_events(doc, index, quotes, published=published, dateline=dateline)
    warnings.extend(index.warnings)
    warnings.extend(_language_warnings(doc))
    return index.actors, quotes, events, warnings


#: Tokens looked at for the language check: enough to tell, cheap on long texts.
LANGUAGE_SAMPLE_TOKENS = 2_000


def _language_warnings(doc: Doc) -> list[Warning]:
    words = [t for t in doc[:LANGUAGE_SAMPLE_TOKENS] if t.is_alpha]
    if len(words) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return []
    share = sum(1 for t in words if t.is_stop) / len(words)
    if share < MIN_ENGLISH_STOPWORD_SHARE:
        return [warning("CQ105", share=share)]
    return []


class Extractor:
    """Turns articles into communique/1 records with one loaded pipeline.

    Build it once and reuse it: loading the model is the slow part.
    """

    def __init__(
        self,
        model: str | None = None,
        actors_file: Path | None = None,
        batch_size: int = 32,
        max_chars: int = MAX_CHARS,
    ) -> None:
        self.nlp = nlp_mod.load(model)
        dictionary = ActorDictionary.default()
        if actors_file is not None:
            dictionary = dictionary.extended(Path(actors_file))
        self.dictionary = dictionary
        self.batch_size = batch_size
        self.max_chars = max_chars

    def extract(
        self,
        text: str,
        *,
        id: str = "text",
        date: str | None = None,
        year: int | None = None,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Article:
        """The record for one text. ``date`` (ISO) anchors relative dates."""
        document = Document(id=id, text=text, title=title, source=source, url=url)
        return next(self.extract_many([document], date=date, year=year))

    def extract_many(
        self, documents: Iterable[Document], *, date: str | None = None, year: int | None = None
    ) -> Iterator[Article]:
        """Records for many documents, in order, parsing them in batches.

        ``date`` and ``year`` are used for documents whose metadata has no date.
        """
        pending: list[tuple[Article, list[Heading]]] = []

        def prepared() -> Iterator[tuple[str, tuple[int, int, int]]]:
            for n, document in enumerate(documents):
                article, headings, pieces = self._prepare(document, date=date, year=year)
                pending.append((article, headings))
                for k, (_, piece) in enumerate(pieces):
                    yield piece, (n, k, len(pieces))
                if not pieces:
                    yield "", (n, -1, 0)

        chunks: list[Doc] = []
        done = 0
        for doc, (n, k, total) in self.nlp.pipe(
            prepared(), as_tuples=True, batch_size=self.batch_size
        ):
            article, headings = pending[n - done]
            if total == 0:
                yield self._finish(article, None, headings)
            else:
                chunks.append(doc)
                if k < total - 1:
                    continue
                merged = chunks[0] if total == 1 else _merge(chunks)
                chunks = []
                yield self._finish(article, merged, headings)
            # Drop what is no longer needed so a long batch does not grow memory.
            pending.pop(0)
            done += 1

    def _prepare(
        self, document: Document, *, date: str | None, year: int | None
    ) -> tuple[Article, list[Heading], list[tuple[int, str]]]:
        text = document.text or ""
        article = Article(
            id=document.id,
            text=text,
            source=document.source,
            title=document.title,
            url=document.url,
            warnings=list(document.warnings),
        )
        known_year = year
        for value in (document.date, date):
            m = _YEAR_RE.match(value or "")
            if m and known_year is None:
                known_year = int(m.group(1))
        try:
            article.dateline = find_dateline(text, year=known_year)
            article.published, article.published_reason = publication_date(
                document, article.dateline, date=date, year=year
            )
            headings = find_headings(text)
        except Exception as exc:
            article.warnings.append(warning("CQ211", id=document.id, error=repr(exc)))
            headings = []
        article.headings = headings
        if not text.strip():
            article.warnings.append(warning("CQ103"))
            return article, headings, []
        controls = len(_CONTROL_RE.findall(text))
        if controls:
            article.warnings.append(warning("CQ106", count=controls))
        analysed = text
        if len(text) > self.max_chars:
            article.warnings.append(warning("CQ104", size=len(text), limit=self.max_chars))
            analysed = text[: self.max_chars]
        return article, headings, split_for_parsing(analysed)

    def _finish(self, article: Article, doc: Doc | None, headings: list[Heading]) -> Article:
        if doc is None:
            return article
        try:
            actors, quotes, events, warnings = analyse(
                doc,
                self.dictionary,
                headings,
                published=article.published,
                dateline=article.dateline,
            )
        except Exception as exc:  # a failure is this article's problem, never the batch's
            article.warnings.append(warning("CQ211", id=article.id, error=repr(exc)))
            return article
        article.actors = actors
        article.quotes = quotes
        article.events = events
        article.warnings.extend(warnings)
        if article.published is None and any(
            e.date_reason and NEEDS_PUBLICATION in e.date_reason for e in events
        ):
            # "on Tuesday" with no publication date: say once why those events have no date.
            article.warnings.append(warning("CQ107"))
        return article


def split_for_parsing(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``limit`` characters at line breaks.

    Joined back, the pieces are exactly ``text``, so offsets stay true. A
    piece ends after a newline where there is one, else after a space, else
    at the limit (a text with no whitespace at all is not prose anyway).
    """
    if limit is None:
        limit = nlp_mod.CHUNK_CHARS  # read at call time, so the setting can be changed
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + limit, n)
        if end < n:
            cut = text.rfind("\n", start + limit // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + limit // 2, end)
            if cut >= 0:
                end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _merge(chunks: list[Doc]) -> Doc:
    """One Doc from consecutive pieces; its text is the pieces joined exactly."""
    for chunk in chunks:
        # Each piece's quotation regions have piece offsets; the finder pairs the marks
        # again on the whole text (and spaCy cannot merge this user data anyway).
        chunk.user_data.pop(nlp_mod.REGIONS_KEY, None)
    return Doc.from_docs(chunks, ensure_whitespace=False)


_default: dict[str | None, Extractor] = {}


def extract(
    text: str,
    *,
    date: str | None = None,
    year: int | None = None,
    id: str = "text",
    title: str | None = None,
    model: str | None = None,
) -> Article:
    """The communique/1 record for one article text.

    >>> rec = extract(text, date="2022-02-10")     # doctest: +SKIP
    >>> rec.quotes[0].speaker.name                 # doctest: +SKIP
    'Annalena Baerbock'
    """
    extractor = _default.get(model)
    if extractor is None:
        extractor = _default[model] = Extractor(model=model)
    return extractor.extract(text, id=id, date=date, year=year, title=title)
