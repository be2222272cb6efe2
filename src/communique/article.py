"""The article stage (``communique_article``): what a news text carries besides its sentences.

The first of communique's analysis components. From the text and the
document's metadata it finds the wire dateline, the headings inside the body
and the publication date that anchors relative dates, and it warns about what
makes an article hard to analyse (empty, control characters, cut short, not
English). The actor, quote and event stages read its results from ``doc._``
(:mod:`communique.extensions`), so a spaCy user who calls ``nlp(text)`` gets
the same dateline and dates as ``communique extract`` does for the same text.

Without ``doc._.communique_input`` the Doc's text is the whole document, with
no metadata: its id is ``"text"`` and the publication date comes from the
dateline only.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.language import Language
from spacy.tokens import Doc

from communique.errors import warning
from communique.extensions import ArticleInput, add_warnings
from communique.read.dateline import find_dateline
from communique.read.dates import publication_date
from communique.read.headings import find_headings
from communique.schema import Document, Warning
from communique.spans import doc_text

NAME = "communique_article"

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YEAR_RE = re.compile(r"^(\d{4})")


class ArticleStage:
    """Dateline, headings, publication date and article warnings of each Doc.

    ``min_english_share``: below this share of English function words among
    the first ``language_sample_tokens`` tokens' words (when there are at
    least ``min_words_for_language_check``), CQ105 says the text may not be
    English.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = NAME,
        *,
        min_english_share: float = 0.08,
        min_words_for_language_check: int = 40,
        language_sample_tokens: int = 2_000,
    ) -> None:
        self.name = name
        self.min_english_share = min_english_share
        self.min_words_for_language_check = min_words_for_language_check
        self.language_sample_tokens = language_sample_tokens

    def __call__(self, doc: Doc) -> Doc:
        given: ArticleInput | None = doc._.communique_input
        if given is None:
            given = ArticleInput(Document(id="text", text=doc_text(doc)))
            doc._.communique_input = given
        document = given.document
        # The document's own text: spans of the record refer to it, even where
        # only its first part was parsed.
        text = document.text or ""
        warnings: list[Warning] = list(document.warnings)
        known_year = given.year
        for value in (document.date, given.date):
            m = _YEAR_RE.match(value or "")
            if m and known_year is None:
                known_year = int(m.group(1))
        doc._.dateline = find_dateline(text, year=known_year)
        doc._.published, doc._.published_reason = publication_date(
            document, doc._.dateline, date=given.date, year=given.year
        )
        doc._.headings = find_headings(text)
        if not text.strip():
            warnings.append(warning("CQ103"))
        else:
            controls = len(_CONTROL_RE.findall(text))
            if controls:
                warnings.append(warning("CQ106", count=controls))
            parsed = doc_text(doc)
            if given.cut is not None:
                warnings.append(given.cut)
            elif len(parsed) < len(text) and text.startswith(parsed):
                warnings.append(warning("CQ104", size=len(text), limit=len(parsed), why=""))
            warnings.extend(self._language(doc))
        add_warnings(doc, warnings)
        return doc

    def _language(self, doc: Doc) -> list[Warning]:
        # Read as one array: a Token object for each of thousands of words cost more than the check.
        flags = doc.to_array([IS_ALPHA, IS_STOP])[: self.language_sample_tokens]
        alpha = flags[:, 0] == 1
        words = int(alpha.sum())
        if words < self.min_words_for_language_check:
            return []
        share = int(flags[alpha, 1].sum()) / words
        if share < self.min_english_share:
            return [warning("CQ105", share=share)]
        return []


@Language.factory(
    NAME,
    default_config={
        "min_english_share": 0.08,
        "min_words_for_language_check": 40,
        "language_sample_tokens": 2_000,
    },
    assigns=[
        "doc._.communique_input",
        "doc._.dateline",
        "doc._.headings",
        "doc._.published",
        "doc._.published_reason",
        "doc._.communique_warnings",
    ],
)
def make_article_stage(
    nlp: Language,
    name: str,
    min_english_share: float,
    min_words_for_language_check: int,
    language_sample_tokens: int,
) -> ArticleStage:
    """The ``communique_article`` component (settings: see :class:`ArticleStage`)."""
    return ArticleStage(
        nlp,
        name,
        min_english_share=min_english_share,
        min_words_for_language_check=min_words_for_language_check,
        language_sample_tokens=language_sample_tokens,
    )
