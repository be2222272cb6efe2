"""Which words PETRARCH's discard list keeps out of coding.

``Phoenix.discards.txt`` lists phrases whose sentence PETRARCH never codes:
sports ("first seed"), entertainment ("Academy Award") and history. Its
history entries are times: the years before the dictionary's own coding
period (1914 to 2013) and "years ago", "months later". Such a time dates what
it modifies as history; it does not make every clause of its sentence
history. In "Libya offered to hand over two men suspected of blowing up a
plane in 1988" the bombing is history and the offer is news. So a discarded
phrase that the parser reads as a time or a named historical event (a DATE,
TIME or EVENT entity) keeps out only the words it dates: the noun or verb it
hangs on, with what that governs. A year is history only when it is earlier
than the article's own year (PETRARCH's list stops where its coding began).
Every other discarded phrase leaves its whole sentence uncoded, as in PETRARCH.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.entity_labels import PERIOD_LABELS
from communique.events.lexicon import discards_in
from communique.spans import doc_text


def skipped(doc: Doc, published: str | None = None) -> set[int]:
    """Indices of the tokens no event may be coded from."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    out: set[int] = set()
    text = doc_text(doc)  # read once, sliced per sentence
    for sent in doc.sents:
        for start, end, phrase in discards_in(text[sent.start_char : sent.end_char]):
            span = doc.char_span(
                sent.start_char + start, sent.start_char + end, alignment_mode="expand"
            )
            if span is None or not all(t.ent_type_ in PERIOD_LABELS for t in span):
                out.update(range(sent.start, sent.end))  # sport, film ...: the sentence
                break
            if phrase.isdigit() and year is not None and int(phrase) >= year:
                continue  # this year or later is not history for this article
            dated = _dated(span.root, {t.i for t in span})
            out.update(t.i for t in dated.subtree)
    return out


def _dated(token: Token, own: set[int]) -> Token:
    """The noun or verb a time hangs on ("the 1988 bombing", "blew up a plane in 1988")."""
    current = token
    for _ in range(len(token.doc)):
        head = current.head
        if head.i == current.i:
            return current
        if head.i not in own and head.pos_ in ("NOUN", "PROPN", "VERB", "AUX"):
            return head
        current = head
    return current
