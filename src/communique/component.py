"""communique inside a spaCy pipeline: one component per analysis stage.

::

    import spacy, communique
    nlp = spacy.load("en_core_web_sm")
    communique.add_pipes(nlp)              # the whole analysis, in order
    doc = nlp(text)
    doc._.quotes, doc._.events, doc._.actors
    record = communique.record_from_doc(doc)   # the same record `communique extract` gives

    # With the article's metadata (an id, a publication date for relative dates):
    doc = nlp(communique.make_doc(nlp, {"id": "a1", "text": text, "date": "2022-02-10"}))

The stages, in pipeline order (each a factory registered with spaCy, also
through the ``spacy_factories`` entry point, so ``spacy.load`` finds them in
a saved pipeline without importing communique first):

=========================  ==================================================================
``communique_sentences``   before the parser: sentence starts that news layout makes obvious
``communique_article``     dateline, headings, publication date, article warnings
``communique_actors``      the actor index (``actors_file`` extends the bundled dictionary)
``communique_quotes``      attributed quotations (cue lexicon, learned counts, thresholds)
``communique_events``      PLOVER events (event lexicon)
=========================  ==================================================================

What each stage reads and writes on ``doc._`` is listed in
:mod:`communique.extensions`; each stage's settings are its spaCy config
(``nlp.add_pipe(name, config={...})`` or ``add_pipes(nlp, config={name:
{...}})``), documented in its module. Any stage can be removed, replaced by
the user's own component that reads and writes the same ``doc._``
attributes, or given other data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

# Importing the stages registers their factories with spaCy.
from communique import article as _article
from communique.actors import component as _actors
from communique.errors import CommuniqueError
from communique.events import component as _events
from communique.extensions import ArticleInput
from communique.nlp import SENTENCE_COMPONENT
from communique.quotes import component as _quotes

if TYPE_CHECKING:
    from communique.pipeline import DocumentLike

#: The analysis stages after the parse, in the order they run.
STAGES = (_article.NAME, _actors.NAME, _quotes.NAME, _events.NAME)
#: The first stage that must see a whole article, never a piece of one.
ARTICLE_STAGE = _article.NAME


def add_pipes(nlp: Language, *, config: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """Add communique's components to ``nlp``: the whole analysis, in order.

    ``communique_sentences`` goes just before the parser (when there is one),
    the analysis stages at the end. ``config`` maps a component name to its
    settings, e.g. ``{"communique_actors": {"actors_file": "my_actors.yaml"}}``.
    Returns the names added.
    """
    settings = dict(config or {})
    unknown = sorted(set(settings) - {SENTENCE_COMPONENT, *STAGES})
    if unknown:
        raise ValueError(f"no communique component named {unknown}; they are {list(STAGES)}")
    added: list[str] = []
    if "parser" in nlp.pipe_names and SENTENCE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
        added.append(SENTENCE_COMPONENT)
    for name in STAGES:
        nlp.add_pipe(name, config=dict(settings.get(name) or {}))
        added.append(name)
    return added


def make_doc(
    nlp: Language,
    article: DocumentLike,
    *,
    date: str | None = None,
    year: int | None = None,
) -> Doc:
    """An unprocessed Doc of ``article`` carrying its metadata, for ``nlp()`` or ``nlp.pipe()``.

    ``article`` is a text, a mapping with ``text`` (and ``id``, ``title``,
    ``date``, ``url``, ``source``) or a :class:`~communique.schema.Document`;
    ``date`` and ``year`` are the fallbacks ``communique extract --date/--year``
    gives. ``communique_article`` reads them from ``doc._.communique_input``.
    """
    from communique.pipeline import as_document

    document = as_document(article)
    doc = nlp.make_doc(document.text)
    doc._.communique_input = ArticleInput(document, date=date, year=year)
    return doc


@Language.factory("communique")
def make_communique(nlp: Language, name: str) -> None:
    """The name of the single component earlier versions had: says what replaced it."""
    raise CommuniqueError("CQ323")
