"""From a Doc the communique components have processed to its communique/1 record.

The one place a record is assembled: :class:`~communique.pipeline.Extractor`
uses it for every article, and a spaCy user calls it on the Docs of their own
pipeline (``communique.record_from_doc(nlp(text))``). Identity and metadata
come from the document the Doc was made from (``doc._.communique_input``);
everything found in the text comes from the stages' ``doc._`` attributes
(:mod:`communique.extensions`). A stage missing from the pipeline leaves its
part of the record empty.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.extensions import ArticleInput
from communique.schema import Article, Document


def record_from_doc(doc: Doc) -> Article:
    """The record of one processed Doc."""
    given: ArticleInput | None = doc._.communique_input
    document = given.document if given is not None else Document(id="text", text=doc.text)
    warnings = doc._.communique_warnings
    return Article(
        id=document.id,
        text=document.text,
        source=document.source,
        title=document.title,
        url=document.url,
        published=doc._.published,
        published_reason=doc._.published_reason,
        dateline=doc._.dateline,
        headings=list(doc._.headings or ()),
        actors=list(doc._.actors or ()),
        quotes=list(doc._.quotes or ()),
        events=list(doc._.events or ()),
        warnings=list(warnings) if warnings is not None else list(document.warnings),
    )
