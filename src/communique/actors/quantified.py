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

from communique.actors.coding import Code
from communique.actors.descriptions import title_of
from communique.actors.roles import default_roles
from communique.actors.titles import NON_STATE
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
    crowd = _crowd_in_a_state(index, root)
    if crowd is not None:
        return crowd
    if role not in WORDS_ROLES:
        return None
    return words(index, trim_leading(doc[root.left_edge.i : root.right_edge.i + 1]), "description")


def _crowd_in_a_state(index: ActorIndex, root: Token) -> Party | None:
    """ "Thousands in Caracas marched", "hundreds in the kingdom of Jordan": a count of people
    (``crowd_counts`` of titles.yaml: a plural numeral noun standing as the head of its phrase
    counts whatever the clause is about, and as the doer of a human act counts people) whose
    "in" phrase places them in a state. They are that state's people, civilians (PLOVER's
    CVL), as "protesters in Moscow" are; a count placed nowhere, or in a phrase that names no
    state ("millions in aid"), stays no one."""
    if root.lower_ not in default_roles().crowd_counts or root.tag_ != "NNS":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "in" for c in root.children):
        return None
    title = title_of(index, root, [root])
    if title.country is None or title.country in NON_STATE:
        return None
    doc = root.doc
    last = max((c.right_edge.i for c in root.children if c.dep_ == "prep"), default=root.i)
    start, end = root.idx, doc[last].idx + len(doc[last].text)
    text = index.text[start:end]
    rec = index.new(text, "group")
    reason = f"{title.reason or 'text'}: a crowd placed there"
    rec.fixed = Code(title.country, "CVL", reason, "article")
    index.recode(rec)
    return index.party(rec, index.mention(rec, start, end, "description"))


def words(index: ActorIndex, span: Span, kind: MentionKind) -> Party:
    """The words of ``span`` as a speaker with no actor."""
    start, end = span.start_char, span.end_char
    text = index.text[start:end]
    return Party(actor=None, name=text, mention=Mention(text, (start, end), kind))
