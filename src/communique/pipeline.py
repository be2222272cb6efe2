"""From articles to records: ``nlp.pipe`` over the pieces, then the analysis stages.

:class:`Extractor` holds what is costly to build (the spaCy pipeline with
communique's components, :mod:`communique.component`) and turns documents
into :class:`~communique.schema.Article` records, streaming: one article's
failure becomes a warning in its own record and the batch goes on.

A long article is parsed in pieces (:func:`split_for_parsing`): the model's
own components, up to the first stage that needs the whole article
(``communique_article``), run on each piece, the pieces are joined into one
Doc (:func:`_merge`), and the analysis stages run on that Doc. The record is
then read off the Doc (:func:`~communique.record.record_from_doc`), exactly as
for a spaCy user's ``nlp(text)``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from communique import nlp as nlp_mod
from communique.component import ARTICLE_STAGE
from communique.errors import CommuniqueError, warning
from communique.extensions import ArticleInput
from communique.long_runs import make_doc
from communique.read.jsonl import document_from_record
from communique.record import record_from_doc
from communique.schema import Article, Document, Warning
from communique.settings import check_ready
from communique.spans import SENTENCES_KEY, TEXT_KEY

#: Characters analysed per article; beyond this the text is cut at a line or
#: sentence end and a warning (CQ104) says how much was analysed. The cost of
#: the analysis follows tokens, not characters (see :data:`MAX_TOKENS`); this
#: bound keeps the tokenizer's count, the regular expressions of reading and
#: the record's memory small for texts of few, long tokens. A news article is
#: 5-30 KB; the reasons for the figure are in docs/decisions.md.
MAX_CHARS = 300_000

#: Tokens analysed per article, counted with the tokenizer alone before any
#: model runs; beyond this the text is cut at a line or sentence end and a
#: warning (CQ110) says how much was analysed. spaCy's models cost about
#: 0.25-0.55 ms of CPU per token, so this bounds one article's analysis to
#: well under a minute of one core whatever the text holds (200,000 one-word
#: lines are 400,000 tokens in 400 KB).
MAX_TOKENS = 50_000

#: How far back from a limit a cut looks for a line or sentence end.
CUT_WINDOW = 10_000

#: Whatever travels with a Doc through :func:`token_batches`.
_Tag = TypeVar("_Tag")

#: A sentence end: a full stop, question or exclamation mark (closing quotes
#: and brackets after it included) followed by whitespace.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s")

#: What :meth:`Extractor.extract_many` accepts as one article.
DocumentLike = str | Mapping[str, Any] | Document


class Extractor:
    """Turns articles into communique/1 records with one loaded pipeline.

    Build it once and reuse it: loading the model is the slow part. ``nlp``
    is any spaCy pipeline holding communique's components (default: the
    installed English model with them added, :func:`communique.nlp.load`);
    ``config`` gives some of its analysis stages other settings for this
    extractor only, e.g. ``{"communique_quotes": {"min_statement_words": 6}}``
    (``actors_file`` is short for ``{"communique_actors": {"actors_file": ...}}``).

    ``max_chars`` and ``max_tokens`` bound what is analysed of one article
    (:data:`MAX_CHARS`, :data:`MAX_TOKENS`): a longer text is cut at a line or
    sentence end before the limit, its record says so (CQ104, CQ110) and its
    spans still refer to the whole text.
    """

    def __init__(
        self,
        model: str | None = None,
        actors_file: Path | None = None,
        batch_size: int = 32,
        max_chars: int = MAX_CHARS,
        max_tokens: int = MAX_TOKENS,
        *,
        nlp: Language | None = None,
        config: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else nlp_mod.load(model)
        overrides = {name: dict(values) for name, values in (config or {}).items()}
        if actors_file is not None:
            overrides.setdefault("communique_actors", {})["actors_file"] = str(actors_file)
        names = self.nlp.pipe_names
        if ARTICLE_STAGE not in names:
            raise CommuniqueError("CQ322", component=ARTICLE_STAGE)
        split = names.index(ARTICLE_STAGE)
        #: Components that need the whole article: skipped while pieces are parsed.
        self.article_stages: list[str] = names[split:]
        unknown = sorted(set(overrides) - set(self.article_stages))
        if unknown:
            raise ValueError(f"config for {unknown}: not an analysis stage of this pipeline")
        self._stages = [
            (name, self._own(name, overrides[name]) if name in overrides else proc)
            for name, proc in self.nlp.pipeline[split:]
        ]
        for _, stage in self._stages:
            check_ready(stage)  # a missing data file stops the run before it starts
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.max_tokens = max_tokens

    def _own(self, name: str, settings: dict[str, Any]) -> Any:
        """Stage ``name`` built anew with other settings; the shared pipeline is untouched."""
        meta = self.nlp.get_pipe_meta(name)
        config = {k: v for k, v in self.nlp.get_pipe_config(name).items() if k != "factory"}
        config.update(settings)
        # Made on a blank host sharing the vocab: create_pipe records the config it was
        # given under the name, which on the shared pipeline would replace the stage's own.
        host = spacy.blank(self.nlp.lang, vocab=self.nlp.vocab)
        return host.create_pipe(meta.factory, name=name, config=config)

    def extract(
        self,
        text: DocumentLike,
        *,
        id: str | None = None,
        date: str | None = None,
        year: int | None = None,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Article:
        """The record for one article: a text, a mapping with ``text``, or a Document.

        ``date`` (ISO) anchors relative dates when the article's metadata has
        no date. ``id`` (default ``"text"``), ``title``, ``source`` and ``url``
        are the article's, replacing what a mapping or Document carries.
        """
        document = with_metadata(
            as_document(text, default_id="text"), id=id, title=title, source=source, url=url
        )
        return next(self.extract_many([document], date=date, year=year))

    def extract_many(
        self,
        documents: Iterable[DocumentLike],
        *,
        date: str | None = None,
        year: int | None = None,
    ) -> Iterator[Article]:
        """Records for many documents, in order, parsing them in batches.

        Each document is a text, a mapping with ``text`` and optional ``id``,
        ``title``, ``date``, ``url`` and ``source``, or a
        :class:`~communique.schema.Document`. ``date`` and ``year`` are used
        for documents whose metadata has no date.
        """
        pending: deque[ArticleInput] = deque()

        def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
            for n, item in enumerate(documents, start=1):
                # A text or a mapping without an id is named by its place in the batch.
                document = as_document(item, default_id=f"text-{n}")
                text, cut = self._analysed(document.text or "")
                pending.append(ArticleInput(document, date=date, year=year, cut=cut))
                parts = split_for_parsing(text)
                if not parts:
                    parts = [(0, "")]  # an empty article still gets its record from the stages
                for k, (_, piece) in enumerate(parts):
                    yield piece, (k, len(parts))

        def tokenized() -> Iterator[tuple[Doc, tuple[int, int]]]:
            for piece, place in pieces():
                doc = self._make_doc(piece)
                doc.user_data[TEXT_KEY] = piece  # a tokenizer's Doc holds exactly its input
                yield doc, place

        chunks: list[Doc] = []
        for batch in token_batches(tokenized(), self.batch_size):
            for doc, (k, total) in self.nlp.pipe(
                batch, as_tuples=True, batch_size=len(batch), disable=self.article_stages
            ):
                chunks.append(doc)
                if k < total - 1:
                    continue
                merged = chunks[0] if total == 1 else _merge(chunks)
                chunks = []
                # Drop what is no longer needed so a long batch does not grow memory.
                yield self._finish(pending.popleft(), merged)

    def _analysed(self, text: str) -> tuple[str, Warning | None]:
        """The part of ``text`` that is parsed, and the warning when it is not all of it."""
        end, cut = analysed_part(text, self.max_chars, self.max_tokens, self._make_doc)
        return (text, None) if cut is None else (text[:end], cut)

    def _make_doc(self, text: str) -> Doc:
        """The tokenizer's Doc, at a cost linear in the text (:mod:`communique.long_runs`)."""
        return make_doc(self.nlp, text)

    def _finish(self, given: ArticleInput, doc: Doc) -> Article:
        doc._.communique_input = given
        try:
            for _, stage in self._stages:
                doc = stage(doc)
        except Exception as exc:  # a failure is this article's problem, never the batch's
            article = record_from_doc(doc)
            article.actors, article.quotes, article.events = [], [], []
            article.warnings.append(warning("CQ211", id=given.document.id, error=repr(exc)))
        else:
            article = record_from_doc(doc)
        # The actor index on the Doc refers back to the Doc: dropping the stages' state
        # frees each Doc as soon as its record is made, not at the next garbage collection.
        doc.user_data.clear()
        return article


def as_document(item: DocumentLike, *, default_id: str = "text") -> Document:
    """A :class:`Document` from a text, a mapping with ``text``, or a Document.

    A text, or a mapping without an ``id``, gets ``default_id``. A mapping is
    read as a JSON Lines record is: ``id`` a string or a number, ``date`` made
    ISO where it parses (else kept, with CQ108), ``title``/``url``/``source``
    strings. Anything else is CQ324.
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=default_id, text=item)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            what = "no 'text'" if text is None else f"{_a(text)} as 'text'"
            raise CommuniqueError("CQ324", kind=f"a mapping with {what}")
        return document_from_record(dict(item), text, default_id)
    raise CommuniqueError("CQ324", kind=_a(item))


def _a(value: object) -> str:
    """The type of ``value`` in words: "an int", "a str"."""
    name = type(value).__name__
    return f"{'an' if name[0].lower() in 'aeiou' else 'a'} {name}"


def with_metadata(document: Document, **fields: str | None) -> Document:
    """``document`` with the fields given (not None) replaced."""
    given = {k: v for k, v in fields.items() if v is not None}
    return dataclasses.replace(document, **given) if given else document


def analysed_part(
    text: str, max_chars: int, max_tokens: int, tokenize: Callable[[str], Doc]
) -> tuple[int, Warning | None]:
    """Where the analysis of ``text`` stops, and the warning saying why (None: all of it).

    The text is first held to ``max_chars`` characters, then what is left to
    ``max_tokens`` tokens as ``tokenize`` (the pipeline's tokenizer alone,
    cheap next to the models) counts them; each cut is made at a line or
    sentence end before the limit (:func:`cut_before`). A text of at most
    ``max_tokens`` characters is not tokenized here: every token holds a
    character, so it cannot be over.
    """
    size = len(text)
    end = size
    cut: Warning | None = None
    if size > max_chars:
        end = cut_before(text, max_chars)
        why = f": the limit is {max_chars:,} characters, cut at a line or sentence end near it"
        cut = warning("CQ104", size=size, limit=end, why=why)
    if end > max_tokens:
        doc = tokenize(text[:end])
        if len(doc) > max_tokens:
            counted = f"{len(doc):,}" if end == size else f"more than {len(doc):,}"
            end = cut_before(text, doc[max_tokens].idx)
            cut = warning("CQ110", size=size, limit=end, tokens=counted, max_tokens=max_tokens)
    return end, cut


def cut_before(text: str, limit: int, window: int = CUT_WINDOW) -> int:
    """An offset of at most ``limit`` where ``text`` may be cut: after a line or sentence end.

    The latest line break or sentence end within ``window`` characters
    before ``limit`` wins; failing both, the latest whitespace there; failing
    that (no prose), ``limit`` itself.
    """
    low = max(0, limit - window)
    best = text.rfind("\n", low, limit) + 1
    for match in _SENTENCE_END.finditer(text, low, limit):
        best = max(best, match.end())
    if best > 0:
        return best
    space = max(text.rfind(" ", low, limit), text.rfind("\t", low, limit))
    return space + 1 if space >= 0 else limit


def token_batches(
    items: Iterable[tuple[Doc, _Tag]], batch_size: int, max_tokens: int | None = None
) -> Iterator[list[tuple[Doc, _Tag]]]:
    """Tokenised Docs (each with a tag) in batches of at most ``batch_size`` Docs
    and ``max_tokens`` tokens, whichever comes first.

    The models' working memory follows the tokens of a batch, not its count of
    texts, so a batch of long articles is cut short; a single Doc longer than
    the bound still goes, alone.
    """
    if max_tokens is None:
        max_tokens = nlp_mod.BATCH_TOKENS  # read at call time, so the setting can be changed
    batch: list[tuple[Doc, _Tag]] = []
    tokens = 0
    for doc, tag in items:
        if batch and (len(batch) >= batch_size or tokens + len(doc) > max_tokens):
            yield batch
            batch, tokens = [], 0
        batch.append((doc, tag))
        tokens += len(doc)
    if batch:
        yield batch


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
        chunk.user_data.pop(TEXT_KEY, None)
        chunk.user_data.pop(SENTENCES_KEY, None)
    return Doc.from_docs(chunks, ensure_whitespace=False)


_default: dict[str | None, Extractor] = {}


def extract(
    text: DocumentLike,
    *,
    date: str | None = None,
    year: int | None = None,
    id: str | None = None,
    title: str | None = None,
    model: str | None = None,
) -> Article:
    """The communique/1 record for one article: a text, a mapping with ``text``, or a Document.

    >>> rec = extract(text, date="2022-02-10")     # doctest: +SKIP
    >>> rec.quotes[0].speaker.name                 # doctest: +SKIP
    'Annalena Baerbock'
    """
    extractor = _default.get(model)
    if extractor is None:
        extractor = _default[model] = Extractor(model=model)
    return extractor.extract(text, id=id, date=date, year=year, title=title)
