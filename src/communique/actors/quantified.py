"""Speakers that name no one by themselves: quantifiers, numbers and the words left over.

"Many said", "Some of her followers argue", "Both of his senators backed him", "Six in 10 say",
"the 46-year-old said", "you might ask": the quote grammar hands the linker the subject of a
speech verb, and that subject is the speaker even when it is no name. A quantifier with a
partitive "of" phrase speaks for the people the phrase names (their actor, so a later "they"
and the codes of "his senators" follow); any other such subject is kept as the words the text
uses, an unnamed speaker with no actor and no code (no evidence, no code).

Only speakers and addressees are kept as words: an event's participant that names no one is no
participant (the events room decides that), so for it these spans still give nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from communique.schema import Mention, MentionKind, Party

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from communique.actors.index import ActorIndex

#: The roles of the quote grammar: their spans are chosen as speakers, so their words stand.
WORDS_ROLES = frozenset({"speaker", "addressee"})
#: Leading words that modify a subject without being part of it ("even some", "While
#: populists", "Only those"): adverbs, subordinators and conjunctions.
LEADING_POS = frozenset({"ADV", "SCONJ", "CCONJ", "PART"})
#: Parts of speech a quantified subject's head has ("Many", "Some", "Six", "the two").
QUANTITY_POS = frozenset({"PRON", "DET", "NUM", "ADJ", "NOUN"})

Linker = Callable[["ActorIndex", "Span", str, "str | None"], "Party | None"]


def trim_leading(span: Span) -> Span:
    """``span`` without the adverbs and subordinators before its first word of substance."""
    i = span.start
    while i < span.end - 1 and span.doc[i].pos_ in LEADING_POS:
        i += 1
    return span.doc[i : span.end]


def is_quantity(root: Token, quantifiers: frozenset[str]) -> bool:
    """Is ``root`` a quantifier or number standing as a noun phrase ("Many", "Six in 10")?"""
    if root.pos_ not in QUANTITY_POS:
        return False
    return root.lower_ in quantifiers or root.like_num  # not any NUM: taggers call acronyms so


def quantified(
    index: ActorIndex, root: Token, role: str, context: str | None, link: Linker
) -> Party | None:
    """A quantified subject: the people its partitive names, else its words (speakers only).

    "Most of them" is whoever "them" is; "some of her followers" the followers; "Many"
    alone, "Six in 10" or "the two" are the words, since nothing in the phrase says who.
    """
    doc = root.doc
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            party = link(index, doc[pobj.left_edge.i : pobj.i + 1], role, context)
            if party is not None and party.actor is not None:
                return party
    if role not in WORDS_ROLES:
        return None
    return words(index, trim_leading(doc[root.left_edge.i : root.right_edge.i + 1]), "description")


def words(index: ActorIndex, span: Span, kind: MentionKind) -> Party:
    """The words of ``span`` as a speaker with no actor."""
    start, end = span.start_char, span.end_char
    text = index.text[start:end]
    return Party(actor=None, name=text, mention=Mention(text, (start, end), kind))
