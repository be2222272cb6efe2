"""Entities near a token, read from the tokens themselves.

``Span.ents`` and ``Token.sent.ents`` look simple but read ``Doc.ents``, which
builds a Span for every entity of the whole document. Called once per event,
quote or mention, that makes an article's cost grow with the square of its
length. These helpers read the entity marks (``ent_iob``, ``ent_type``) of
the few tokens concerned instead, and give the same spans ``Doc.ents`` would.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

#: Where :func:`doc_text` keeps a Doc's text (in ``Doc.user_data``).
TEXT_KEY = "communique.text"

#: spaCy's ``Token.ent_iob`` values: inside, outside, beginning (0 is unset).
_I, _B = 1, 3


#: Where :func:`entities_in` keeps a Doc's ENT_IOB and ENT_TYPE columns (in ``Doc.user_data``).
ENTITY_MARKS_KEY = "communique.entity_marks"


def _entity_marks(doc: Doc) -> tuple[list[int], list[int]]:
    """The ``ent_iob`` and ``ent_type`` of every token, read once per Doc (no stage changes
    the entities)."""
    marks = doc.user_data.get(ENTITY_MARKS_KEY)
    if marks is None:
        columns = doc.to_array([ENT_IOB, ENT_TYPE]) if len(doc) else np.zeros((0, 2), np.uint64)
        marks = doc.user_data[ENTITY_MARKS_KEY] = (columns[:, 0].tolist(), columns[:, 1].tolist())
    return marks


def entities_in(span: Span) -> list[Span]:
    """The entities that lie wholly inside ``span``, in order (as ``span.ents``).

    Asked of a whole sentence per event; the marks are read from the Doc's columns rather
    than from a Token made for each word of it.
    """
    doc = span.doc
    iobs, types = _entity_marks(doc)
    found: list[Span] = []
    start, label = -1, 0
    for i in range(span.start, span.end):
        iob = iobs[i]
        if iob == _I:
            continue  # inside the open entity, or one that began before the span
        if start >= 0:
            found.append(Span(doc, start, i, label=label))
        start, label = (i, types[i]) if iob == _B and types[i] else (-1, 0)
    end = span.end
    if start >= 0 and (end >= len(doc) or iobs[end] != _I):
        found.append(Span(doc, start, end, label=label))
    return found


def entity_at(token: Token, within: Span | None = None) -> Span | None:
    """The entity ``token`` belongs to, or None; with ``within``, only one inside it."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob == _I:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == _I:
        end += 1
    if within is not None and (start < within.start or end > within.end):
        return None
    return Span(doc, start, end, label=doc[start].ent_type)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and then remembered.

    spaCy joins every token on each access to ``Doc.text``; several stages read it, so the
    first reader keeps it in ``doc.user_data`` (:data:`TEXT_KEY`; whoever made the Doc from a
    string may put that string there, as a tokenizer's Doc holds exactly its input). A Doc's
    text cannot change: merging or splitting tokens keeps the characters.
    """
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text (:func:`doc_text`).

    spaCy's ``Span.text`` makes a Token for each word and joins their texts: a clause handed
    where a noun phrase is expected costs hundreds of objects for a string that is a slice of
    the text. The slice is the same string: a Doc's text is its tokens' texts and spaces, and
    a span's runs from its first token's start to its last token's end.
    """
    return doc_text(span.doc)[span.start_char : span.end_char]


#: Where :func:`sentence_starts` keeps the first token of each sentence (in ``Doc.user_data``).
SENTENCES_KEY = "communique.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each sentence, read from ``doc.sents`` once per Doc.

    The sentence boundaries are set by the parser before any stage runs and no stage changes
    them, so every stage that needs them shares one reading. A pipeline that defines
    sentences through hooks is asked each time.
    """
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return [sent.start for sent in doc.sents]
    starts = doc.user_data.get(SENTENCES_KEY)
    if starts is None:
        starts = doc.user_data[SENTENCES_KEY] = [sent.start for sent in doc.sents]
    return starts


def sentence_of(token: Token) -> Span:
    """``token.sent``, from the sentence starts read once per Doc.

    spaCy's ``Token.sent`` makes two Spans and checks the Doc's annotation on
    every call (a few microseconds); the stages ask it of nearly every trigger,
    cue and candidate (see :func:`sentence_starts`). Without sentence boundaries
    this raises ValueError, as ``Token.sent`` does.
    """
    doc = token.doc
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return token.sent  # a pipeline that defines sentences its own way
    starts = sentence_starts(doc)
    k = bisect_right(starts, token.i) - 1
    return Span(doc, starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc))


def indices(doc: Doc, *, pos: Iterable[str] = (), lower: Iterable[str] = ()) -> list[int]:
    """Indices of the tokens whose part of speech is one of ``pos`` or whose lower-case form
    is one of ``lower``, in text order.

    Several stages look through a whole article for a few kinds of word (pronouns, verbs,
    "according"). Making a Token object for each of its thousands of words cost more than
    what they did with the few found; two columns of ``Doc.to_array`` find the same words.
    """
    if not len(doc):
        return []
    table = _pos_and_lower(doc)
    keep = np.zeros(len(doc), dtype=bool)
    for p in pos:
        keep |= table[:, 0] == IDS[p]
    for word in lower:
        keep |= table[:, 1] == get_string_id(word)
    return np.flatnonzero(keep).tolist()


def capitalised_indices(doc: Doc, rows: Iterable[int]) -> list[int]:
    """Those of the token indices ``rows`` whose word begins with a capital letter
    (``token.text[:1].isupper()``), in their order.

    The name rules look at the capitalised nouns of a whole article; the ORTH column answers
    for each word without a Token made for it, and each distinct word is tested once.
    """
    rows = list(rows)
    if not rows:
        return []
    orths = doc.to_array(ORTH).tolist()
    strings = doc.vocab.strings
    tested: dict[int, bool] = {}
    found: list[int] = []
    for i in rows:
        key = orths[i]
        upper = tested.get(key)
        if upper is None:
            upper = tested[key] = strings[key][:1].isupper()
        if upper:
            found.append(i)
    return found


#: Where :func:`having` keeps what it found (in ``Doc.user_data``).
HAVING_KEY = "communique.having"


def having(
    doc: Doc, attr: int, values: frozenset[str], start: int = 0, end: int | None = None
) -> list[int]:
    """Indices of the tokens in ``[start, end)`` whose ``attr`` (``DEP``, ``LOWER``, ...) is
    one of ``values``, in text order.

    Rules that look at, say, the prepositions of an event's sentence made a Token of every
    word of the sentence for every event in it. The column is read once per Doc and set of
    values instead, and a range is two bisections of it. The parse is done before any stage
    runs and no stage changes it.
    """
    kept = doc.user_data.get(HAVING_KEY)
    if kept is None:
        kept = doc.user_data[HAVING_KEY] = {}
    rows = kept.get((attr, values))
    if rows is None:
        column = doc.to_array(attr) if len(doc) else np.zeros(0, dtype=np.uint64)
        keep = np.zeros(len(column), dtype=bool)
        for value in values:  # a few values: comparing is cheaper than np.isin's sort
            keep |= column == get_string_id(value)
        rows = kept[(attr, values)] = np.flatnonzero(keep).tolist()
    lo = bisect_left(rows, start) if start > 0 else 0
    hi = len(rows) if end is None else bisect_left(rows, end)
    return rows[lo:hi]


#: Where :func:`child_with` keeps each token's children (in ``Doc.user_data``).
CHILDREN_KEY = "communique.children"


def _children(doc: Doc) -> tuple[list[int], list[int], list[int], list[int]]:
    """Each token's children, read once per Doc: (the token indices grouped by their head,
    in text order within a head; where each head's group starts; DEP ids; LOWER ids).

    The order is ``Token.children``'s: the children are the words whose head is the token,
    and spaCy yields them left to right. The parse is done before any stage runs and no
    stage changes it.
    """
    table = doc.user_data.get(CHILDREN_KEY)
    if table is None:
        offsets = doc.to_array(HEAD).astype(np.int64)  # relative, stored as unsigned
        heads = offsets + np.arange(len(doc))
        heads[offsets == 0] = -1  # a root is no child
        order = np.argsort(heads, kind="stable")  # stable: text order within a head
        bounds = np.searchsorted(heads[order], np.arange(len(doc) + 1))
        deps, lowers = doc.to_array(DEP).tolist(), doc.to_array(LOWER).tolist()
        table = doc.user_data[CHILDREN_KEY] = (order.tolist(), bounds.tolist(), deps, lowers)
    return table


@cache
def _string_ids(strings: Iterable[str]) -> frozenset[int]:
    return frozenset(get_string_id(s) for s in strings)


def child_with(token: Token, deps: tuple[str, ...], words: frozenset[str]) -> Token | None:
    """The first child of ``token`` whose dependency label is one of ``deps`` and whose
    lower-case form is one of ``words``, or None.

    Rules ask this of nearly every event trigger and the verbs above it, a dozen times
    each ("has a 'to' marker", "has a negation"); iterating ``Token.children`` made a Token
    of every child each time. The labels and forms are compared as string ids, and only the
    child found becomes a Token.
    """
    dep_ids, word_ids = _string_ids(deps), _string_ids(words)
    order, bounds, dep_of, lower_of = _children(token.doc)
    for i in order[bounds[token.i] : bounds[token.i + 1]]:
        if dep_of[i] in dep_ids and lower_of[i] in word_ids:
            return token.doc[i]
    return None


def children_with(token: Token, deps: frozenset[str]) -> list[Token]:
    """The children of ``token`` whose dependency label is one of ``deps``, in text order.

    For rules that want one kind of child (the subject, the clausal complement) of every cue
    verb: only those children become Tokens (see :func:`child_with`).
    """
    dep_ids = _string_ids(deps)
    order, bounds, dep_of, _ = _children(token.doc)
    doc = token.doc
    return [doc[i] for i in order[bounds[token.i] : bounds[token.i + 1]] if dep_of[i] in dep_ids]


def of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" phrases, in order ("support of *the strikers*", "a round
    of *talks*", "dozens of *civilians*"): what a partitive, a quantity or an act is of."""
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def children_of(token: Token) -> list[Token]:
    """``list(token.children)``, from the per-Doc table (see :func:`child_with`).

    ``Token.children`` walks every word between the token's left and right edges to find
    the few whose head it is: for a clause's verb, the whole clause, each time it is asked.
    """
    order, bounds, _, _ = _children(token.doc)
    doc = token.doc
    return [doc[i] for i in order[bounds[token.i] : bounds[token.i + 1]]]


def child_deps(token: Token) -> list[tuple[int, str]]:
    """The index and dependency label of each child of ``token``, in text order.

    For a rule that reads every child's label but looks closer at few of them: no Token is
    made for a child (see :func:`child_with`), and no word of the token's subtree is walked,
    as ``Token.children`` does.
    """
    order, bounds, dep_of, _ = _children(token.doc)
    strings = token.doc.vocab.strings
    return [(i, strings[dep_of[i]]) for i in order[bounds[token.i] : bounds[token.i + 1]]]


#: The last Doc :func:`indices` read, by weak reference, with its length and columns.
_last_table: tuple[weakref.ref[Doc], int, np.ndarray] | None = None


def _pos_and_lower(doc: Doc) -> np.ndarray:
    """The POS and LOWER columns of ``doc``, read once for the stages' several scans of it."""
    global _last_table
    last = _last_table
    if last is not None and last[0]() is doc and last[1] == len(doc):
        return last[2]
    table = doc.to_array([POS, LOWER])
    _last_table = (weakref.ref(doc), len(doc), table)
    return table


#: Tags of a finite verb that cannot share its subject with a bare infinitive by coordination.
PAST_OR_THIRD = frozenset({"VBD", "VBZ"})

#: Conjunctions after which a verb does not share the first verb's auxiliaries and negation
#: ("did not attack the village but shelled it", "is not to contain it but to defeat it").
CONTRAST_CC = frozenset({"but", "yet"})

#: The marker of an infinitive ("to expel").
TO = frozenset({"to"})


def joined_infinitive(verb: Token) -> Token | None:
    """The infinitive complement ("to expel") that ``verb`` is coordinated with, directly or
    through a list the parse broke, else None. Coordination joins words of one kind (a grammar
    fact), so a bare verb the parse hung on a noun ("expel diplomats, seize ships and attack
    Ukraine": "attack" on "ships") is joined to the verb whose object that noun is, and one hung
    on a past or third-person verb ("threatened ..., seize") to the infinitive under that verb
    before it, unless a "but" or "yet" sets it against that one."""
    node = verb
    while node.dep_ == "conj":
        head = node.head
        if any(c.dep_ == "cc" and c.lower_ in CONTRAST_CC for c in head.children):
            return None  # "not to deter them, but to defeat and destroy them": set against it
        if head.pos_ in ("NOUN", "PROPN"):
            while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            if head.dep_ != "dobj":
                return None
            head = head.head
        if head.tag_ in PAST_OR_THIRD and node.tag_ == "VB":
            if to_clause(node):
                return None  # "is not to contain it, but to defeat it": no bare verb of a list
            earlier = [
                c for c in head.children if c.dep_ == "xcomp" and c.i < node.i and to_clause(c)
            ]
            if not earlier:
                return None
            head = earlier[-1]
        if head.dep_ == "xcomp":
            return head
        node = head
    return None


def to_clause(clause: Token) -> bool:
    """Is the clause an infinitive with "to" ("threatened to expel")?"""
    return child_with(clause, ("aux",), TO) is not None
