"""The ``doc._`` attributes communique's spaCy components read and write, declared once.

Each analysis stage is a spaCy component that leaves its results on the Doc
for the next one (see :mod:`communique.component`). The attributes that hold
a part of the record are named after the record's field
(:class:`~communique.schema.Article`); the working state components share is
prefixed ``communique_``:

=============================  ==========================================  =====================
attribute                      what it holds                               set by
=============================  ==========================================  =====================
``communique_input``           :class:`ArticleInput`: the Document (id,    the caller (optional)
                               metadata, reading warnings) and the
                               fallback date/year options
``dateline``                   :class:`~communique.schema.Dateline`        ``communique_article``
``headings``                   list of :class:`~communique.schema.Heading` ``communique_article``
``published``                  ISO publication date or None                ``communique_article``
``published_reason``           where that date came from                   ``communique_article``
``communique_actor_index``     the article's actor index: ``link``,        ``communique_actors``
                               ``by_id``, ``actor_at``, ``actors``,
                               ``dictionary`` (the quotes and events
                               stages resolve parties through it)
``actors``                     list of :class:`~communique.schema.Actor`   read from the index
``quotes``                     list of :class:`~communique.schema.Quote`   ``communique_quotes``
``events``                     list of :class:`~communique.schema.Event`   ``communique_events``
``communique_warnings``        list of :class:`~communique.schema.Warning` every stage appends
=============================  ==========================================  =====================

``None`` means "not computed": a stage that needs an attribute an earlier
stage should have set says so (CQ320) instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from communique.errors import CommuniqueError
from communique.schema import Document, Warning

if TYPE_CHECKING:
    from communique.actors import ActorIndex

#: Attributes with a plain default of None (``actors`` is read from the index).
_PLAIN = (
    "communique_input",
    "dateline",
    "headings",
    "published",
    "published_reason",
    "communique_actor_index",
    "quotes",
    "events",
    "communique_warnings",
)


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """What the article stage knows besides the Doc's text.

    ``document`` carries the id, the metadata (title, date, url, source) and
    the warnings found while reading; its ``text`` may be longer than the
    Doc's when only a first part was analysed (CQ104). ``date`` and ``year``
    are the caller's fallbacks (``--date``/``--year``) for a document whose
    metadata has no date. ``cut`` is the warning saying why the Doc holds
    only a first part of the text (CQ104, CQ110), set by the caller that cut it.
    """

    document: Document
    date: str | None = None
    year: int | None = None
    cut: Warning | None = None


def _actors(doc: Doc) -> list[Any] | None:
    # Read from the index, not copied: quotes and events add actors they link.
    index = doc._.communique_actor_index
    return None if index is None else index.actors


def register() -> None:
    """Declare every attribute on ``Doc`` (idempotent; runs on import)."""
    for name in _PLAIN:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", getter=_actors)


register()


def required(doc: Doc, attribute: str, component: str, producer: str) -> Any:
    """``doc._.<attribute>``, or CQ320 naming the component that should have set it."""
    value = getattr(doc._, attribute)
    if value is None:
        raise CommuniqueError("CQ320", component=component, attribute=attribute, producer=producer)
    return value


def actor_index(doc: Doc, component: str) -> ActorIndex:
    """The Doc's actor index, which ``communique_actors`` builds."""
    index: ActorIndex = required(doc, "communique_actor_index", component, "communique_actors")
    return index


def add_warnings(doc: Doc, warnings: list[Any]) -> None:
    """Append to ``doc._.communique_warnings`` (created on first use)."""
    if doc._.communique_warnings is None:
        doc._.communique_warnings = []
    doc._.communique_warnings.extend(warnings)
