"""Finding attributed quotations in a parsed article.

Three passes over one Doc, in this order because each narrows the next:

1. **Quoted regions** (paired marks) become *direct* quotes when they stand as
   a statement of their own, with the cue and speaker found next to them, in
   the sentence before ("She said:"), or carried over from the quote just
   before ("..." she said. "...") — or *mixed* quotes when the marks enclose a
   fragment of reported speech (said any settlement "must respect ...").
2. **Cue verbs** with a clausal complement give *indirect* quotes ("X said
   that ...", "X urged Y to ..."); inside a direct quote they are *nested*
   ("Minister Wang told me that ..." inside Baerbock's words).
3. **"according to X"** gives an indirect quote of the clause it qualifies.

Speakers are linked to actors through the article's actor index, in text
order, so pronouns resolve against what came before them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, LENGTH, ORTH
from spacy.tokens import Doc, Span, Token

from communique.entity_labels import PARTY_LABELS
from communique.errors import warning
from communique.inflection import uninflected
from communique.nlp import quotation_regions
from communique.quotes import features, grammar, learned, reports
from communique.quotes.cues import (
    all_cue_lemmas,
    is_speech,
    is_stance,
    learned_probability,
    lexicon,
    reports_words,
)
from communique.quotes.cues import words as cue_words
from communique.quotes.marks import Region
from communique.quotes.settings import ACTIVE
from communique.ranges import Ranges
from communique.read.dateline import DASHES
from communique.schema import Cue, Heading, Party, Quote, QuoteKind, Warning
from communique.spans import doc_text, having, indices, sentence_of


class Linker(Protocol):
    """What the quote finder needs from the actor room."""

    def link(
        self, span: Span, *, role: str = "speaker", speaker_of_context: str | None = None
    ) -> Party | None: ...


@dataclass(slots=True)
class _Draft:
    """A quote before ids are assigned and speakers linked."""

    kind: QuoteKind
    start: int  # char offsets of the content
    end: int
    cue: list[Token] = field(default_factory=list)
    speaker: Span | None = None
    addressee: Span | None = None
    inherit_from: _Draft | None = None  # continuation of the previous direct quote
    region: Region | None = None
    speaker_party: Party | None = None
    addressee_party: Party | None = None

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end and (self.start, self.end) != (start, end)


def find_quotes(
    doc: Doc, linker: Linker, *, headings: list[Heading] | tuple[Heading, ...] = ()
) -> tuple[list[Quote], list[Warning]]:
    """All attributed quotations in ``doc``, with linked speakers, in text order.

    Never raises on odd text: unpaired marks and speakerless quotations are
    reported as warnings.
    """
    text = doc_text(doc)
    regions, warnings = quotation_regions(doc)
    warnings = list(warnings)
    drafts: list[_Draft] = []
    used_cues: set[int] = set()

    direct_or_mixed = _from_regions(doc, regions, used_cues, warnings)
    drafts.extend(direct_or_mixed)
    model = learned.active()
    if model is not None:
        drafts.extend(_learned_indirect(doc, text, regions, direct_or_mixed, used_cues, model))
        # PolNeAR never annotates a report inside a quotation, so nesting stays with the rules;
        # so do verbs the model never saw as cues (a user's cue lexicon adds such verbs).
        drafts.extend(_indirect(doc, text, list(drafts), used_cues, unknown_to=model.cue_lemmas))
    else:
        drafts.extend(_indirect(doc, text, direct_or_mixed, used_cues))
    drafts = _according_to(doc, drafts)
    drafts = _headline_colon(doc, drafts)
    drafts = _headline_verb(doc, drafts)
    drafts = _cut_at_headings(drafts, headings)
    drafts.sort(key=lambda d: (d.start, -d.end))
    _carry_over(doc, text, drafts, warnings)
    return _finalise(text, drafts, linker), warnings


def _carry_over(doc: Doc, text: str, drafts: list[_Draft], warnings: list[Warning]) -> None:
    """A quotation with no cue of its own belongs to the report right before it.

    'Kerry said that 100,000 would be accepted. "That adds up to 185,000."':
    the second sentence is Kerry's too. The quotation takes the cue and speaker
    of an attribution that ends in the sentence just before it; one with none
    stays without a speaker and is reported (CQ102).
    """
    # (end, number) of the drafts before that can run on, sorted: a draft is final once passed
    ends: list[tuple[int, int]] = []
    for n, draft in enumerate(drafts):
        if n > 0 and _can_run_on(drafts[n - 1]):
            bisect.insort(ends, (drafts[n - 1].end, n - 1))
        if draft.kind != "direct" or draft.speaker is not None or draft.inherit_from is not None:
            continue
        previous = _latest_end(drafts, ends, draft.start)
        if previous is not None and _ends_just_before(doc, text, previous.end, draft.start):
            draft.inherit_from = previous
            draft.cue = previous.cue
            continue
        warnings.append(warning("CQ102", span=(draft.start - 1, draft.end + 1)))


def _latest_end(drafts: list[_Draft], ends: list[tuple[int, int]], start: int) -> _Draft | None:
    """Of the drafts in ``ends``, the one ending last at or before ``start`` (the first of
    those ending there)."""
    k = bisect.bisect_right(ends, (start, len(drafts))) - 1
    if k < 0:
        return None
    k = bisect.bisect_left(ends, (ends[k][0], -1))
    return drafts[ends[k][1]]


def _can_run_on(draft: _Draft) -> bool:
    """Only a statement can run on into the next quotation, not a stance ("praised X")."""
    if not (draft.speaker or draft.inherit_from) or not draft.cue:
        return False
    if draft.kind != "indirect":
        return True
    cue = draft.cue[0]
    return is_speech(cue.lemma_.lower()) and grammar.frame_of(cue) in ("clause", "parataxis")


#: What may stand between a sentence's end and the next quotation it runs on into: space and
#: opening marks, including the two apostrophes of the typewriter convention ('' ... '').
QUOTE_MARKS_AND_SPACE = " \t\r\n“”\"«»'‘’"


def _ends_just_before(doc: Doc, text: str, end: int, start: int) -> bool:
    """Nothing but the rest of one sentence and white space lies between ``end`` and ``start``."""
    last = doc.char_span(max(end - 1, 0), end, alignment_mode="expand")
    if last is None or start < end:
        return False
    sent = sentence_of(doc[last.start])
    between = text[sent.end_char : start] if sent.end_char < start else ""
    tail = text[end : min(sent.end_char, start)]
    return not between.strip(QUOTE_MARKS_AND_SPACE) and len(tail.split()) <= 12


# -- pass 1: quoted regions ---------------------------------------------------


def _from_regions(
    doc: Doc, regions: list[Region], used_cues: set[int], warnings: list[Warning]
) -> list[_Draft]:
    drafts: list[_Draft] = []
    previous: _Draft | None = None
    fallback = _FallbackCues(doc)
    # Shorter, with no cue, a quoted region is a scare quote or a title, not a statement.
    min_words = ACTIVE.get().min_statement_words
    direct_cues: set[int] = set()
    for region in regions:
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        words = sum(features.is_word(doc)[span.start : span.end])
        first_sent = sentence_of(doc[span.start])
        last_sent = sentence_of(doc[span.end - 1])
        if _stands_alone(doc, span, first_sent):
            draft = _direct(doc, region, span, first_sent, last_sent, previous)
            if draft is None:
                continue
            if draft.speaker is None and draft.inherit_from is None and words < min_words:
                continue
            drafts.append(draft)
            used_cues.update(t.i for t in draft.cue)
            direct_cues.update(t.i for t in draft.cue)
            previous = draft
        else:
            mixed = _mixed(doc, region, span, fallback)
            if mixed is not None and _names_in_reporting_clause(mixed, span, direct_cues):
                continue
            if mixed is not None:
                drafts.extend(_with_fronted_piece(doc, mixed))
                used_cues.update(t.i for t in mixed.cue)
                previous = mixed
    return drafts


def _names_in_reporting_clause(mixed: _Draft, span: Span, direct_cues: set[int]) -> bool:
    """Is the quoted fragment a title in the reporting clause of a quotation already found?

    '"...," the mayor said on CBS's "Face the Nation."', 'said Anna Berg, the author of
    "Roads to Nowhere."': newsroom style sets the names of programmes, books, films and
    slogans in quotation marks and in title case. Such a name in the clause that reports a
    quotation says where or by whom it was said, not what; as a report of that cue it would be
    joined to the quotation and widen its content. A run-on of the speech itself ('the mayor
    said, "but the ferries will not."') is not in title case and stays.
    """
    return any(t.i in direct_cues for t in mixed.cue) and _title_case(span)


def _title_case(span: Span) -> bool:
    """Every word capitalised but for short lower-case function words, the first capitalised
    ("Face the Nation", "Those Guys Have All the Fun", "This Week"). Words are read from the
    tokens' shape; a fragment opening with "I" is speech ("I Will Not"), and one with a
    lower-case word that is not a function word ("big four", "bravo!") is not a title."""
    words = [t for t in span if t.is_alpha]
    if not words or not (words[0].is_title or words[0].is_upper) or words[0].text == "I":
        return False
    return all(t.is_title or t.is_upper or (t.is_lower and t.is_stop) for t in words)


def _stands_alone(doc: Doc, span: Span, sent: Span) -> bool:
    """True when the quoted region opens its sentence or follows "said:" / "said,", or opens a
    dash-set-off aside with its own reporting clause after it ('..., a fondness for strongmen
    - "He would have loved Stalin," Biden said - and ...': a sentence quoted inside another).
    """
    j = span.start - 1
    dashed = False
    while j >= sent.start and (doc[j].is_space or doc[j].text in DASHES):
        dashed = dashed or doc[j].text in DASHES
        j -= 1
    if j < sent.start:
        return True
    prev = doc[j]
    if prev.text == ":":
        return True
    if prev.text == ",":
        # `She said, "..."` : a cue right before the comma.
        k = j - 1
        while k >= sent.start and doc[k].is_space:
            k -= 1
        return k >= sent.start and grammar.is_cue(doc[k])
    return dashed and _closes_aside(doc, span)


def _closes_aside(doc: Doc, span: Span) -> bool:
    """Is the quotation followed by its reporting clause and then the dash that closes the
    aside (or the sentence's end)? '- "He would have loved Stalin," Mr. Biden said twice -':
    a subject, a verb of saying and adverbs only, within :data:`REPORTING_CLAUSE_WORDS`
    words. The parser may hang the sentence around the aside on that verb, so the clause is
    read from the words, not from the verb's dependents."""
    seen_subject = seen_verb = False
    for k in range(span.end, min(span.end + REPORTING_CLAUSE_WORDS + 2, len(doc))):
        token = doc[k]
        if token.is_space:
            continue
        if token.text in DASHES or token.text in (".", "!", "?", ";"):
            return seen_verb
        if not seen_verb and token.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
            seen_subject = True
        elif not seen_verb and seen_subject and grammar.is_cue(token):
            seen_verb = True
        elif not (seen_verb and token.pos_ in ("ADV", "PART")):
            return False
    return False


def _direct(
    doc: Doc,
    region: Region,
    span: Span,
    first_sent: Span,
    last_sent: Span,
    previous: _Draft | None,
) -> _Draft | None:
    inner_start, inner_end = region.inner
    draft = _Draft("direct", inner_start, inner_end, region=region)
    # The cue next to the quotation: after it in its last sentence, else before it in its first.
    after = [t for t in doc[span.end : last_sent.end] if grammar.is_cue(t)]
    before = [t for t in doc[first_sent.start : span.start] if grammar.is_cue(t)]
    cue = _best_cue(after, after=True)
    named = _named_colon(doc, span) if cue is None else None
    if named is not None:
        draft.cue = [named[1]]
        draft.speaker = named[0]
        return draft
    cue = cue or _best_cue(list(reversed(before))) or _reporting_clause(doc, span)
    if cue is None and first_sent.start > 0:
        # `She said:` ending the sentence before.
        prev_sent = sentence_of(doc[first_sent.start - 1])
        tail = [t for t in prev_sent if not t.is_space]
        if tail and tail[-1].text == ":":
            cue = _best_cue([t for t in reversed(prev_sent) if grammar.is_cue(t)])
    if cue is None:
        cue = _colon_intro(doc, span, first_sent)
    if cue is None:
        headline = _headline_source(doc, first_sent)
        if headline is not None and headline[1].i < span.start:
            # "Trump: 'I'm the worst thing that ever happened to the establishment'"
            draft.cue = [headline[1]]
            draft.speaker = headline[0]
            return draft
    if cue is not None:
        draft.cue = grammar.cue_tokens(cue)
        subj = grammar.subject_of(cue, outside=(span.start, span.end), as_speaker=True)
        read_as_noun = grammar.subject_of_verb_read_as_noun(cue) if subj is None else None
        if subj is not None:
            draft.speaker = grammar.noun_phrase(subj)
        elif read_as_noun is not None and read_as_noun.start >= span.end:
            draft.speaker = read_as_noun
        else:
            draft.speaker = _ranked_source(cue, (span.start, span.end))
        addressee = grammar.addressee_of(cue)
        if addressee is not None and not (span.start <= addressee.i < span.end):
            draft.addressee = grammar.addressed_phrase(addressee)
        return draft
    for according, to, source in grammar.according_to(doc[first_sent.start : last_sent.end]):
        if not (span.start <= according.i < span.end):
            # "..." according to the ministry.
            draft.cue = [according, to]
            draft.speaker = grammar.noun_phrase(source)
            return draft
    if previous is not None and previous.kind == "direct" and _continues(doc, previous, span):
        # The quotation runs on after its cue ("...," she said. "..."): same cue, same speaker.
        draft.inherit_from = previous
        draft.cue = previous.cue
    return draft


#: How many words a reporting clause after a quotation may take before its verb
#: ("he said", "the 43-year-old asked", "US Senator Jeff Sessions said").
REPORTING_CLAUSE_WORDS = 6


def _reporting_clause(doc: Doc, span: Span) -> Token | None:
    """The verb of a short clause right after a quotation that names who spoke.

    '"A pathetic figure!" he wrote.', '"Go back to Univision," Trump barked',
    '"..." reads a Wednesday editorial': a subject and a verb directly after
    the closing mark, on the same line, are the quotation's attribution
    whatever the verb, even when the parser starts a new sentence after "!"
    or "?". The clause must open with its subject or its verb ("But they
    leave out ..." is a new statement) and the verb must take no object or
    report of its own ("I had prepared a statement", "Trump said that ...").
    """
    j = span.end
    while j < len(doc) and doc[j].is_space:
        if "\n" in doc[j].text:
            return None
        j += 1
    for k in range(j, min(j + REPORTING_CLAUSE_WORDS + 1, len(doc))):
        token = doc[k]
        if token.is_punct or token.is_space:
            return None
        if _verb_read_as_noun_after(token, j):
            return token
        if token.pos_ != "VERB":
            continue
        subject = grammar.subject_of(token, limit=1)
        if subject is None and token.i == j:
            # '"...," exhorted the host, actress Jane Roe.': the parser reads the inverted
            # subject as an object; the source model picks it from the clause.
            subject = _inverted_subject(token)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        opens = token.i == j if subject.i > token.i else subject.left_edge.i == j
        # The parser may hang the quotation itself on the verb as its complement.
        outside = [c for c in token.children if not (span.start <= c.i < span.end)]
        objects = any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp") and c.i != subject.i for c in outside
        )
        content = grammar.content_child(token)
        if not opens or objects or (content is not None and not span.start <= content.i < span.end):
            return None
        return token
    return None


def _verb_read_as_noun_after(token: Token, start: int) -> bool:
    """'"...," the email read.', '"...," the two write.': a short clause after a quotation
    that the parser read as one noun phrase; its last word, a verb that reports, is the cue."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "ROOT":
        return False
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].text not in (".", "!", "?", ";"):
        return False
    lemma = token.lemma_.lower()
    model = learned.active()
    if lemma not in all_cue_lemmas() and (model is None or lemma not in model.cue_lemmas):
        return False
    subject = grammar.subject_of_verb_read_as_noun(token)
    return subject is not None and subject.start == start


def _inverted_subject(verb: Token) -> Token | None:
    """The noun phrase after a verb that ends its sentence: the subject of an inverted
    reporting clause ('"...," wrote a supporter of the bill.') read as an object."""
    for child in verb.rights:
        if child.dep_ != "dobj" or child.pos_ not in ("PROPN", "NOUN"):
            continue
        after = child.right_edge.i + 1
        doc = verb.doc
        if after >= len(doc) or doc[after].text in (".", "!", "?", ";") or doc[after].is_space:
            return child
    return None


def _colon_intro(doc: Doc, span: Span, sent: Span) -> Token | None:
    """The verb of a clause that introduces a quotation with a colon.

    "Cruz continued:", "the headline reads:", "the president released the
    following statement:" — whatever the verb, a clause with a subject that
    ends in a colon right before the quotation is its attribution.
    """
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    clause_start = sentence_of(doc[j]).start
    for token in reversed(doc[clause_start:j]):
        if token.pos_ in ("VERB", "AUX") and grammar.subject_of(token) is not None:
            return token
    return None


def _best_cue(candidates: list[Token], *, after: bool = False) -> Token | None:
    """The first candidate that has a subject, its own or a conjoined report's (or any speech
    verb if none has); ``after`` a quotation, one outside a relative clause first.

    After a quotation a relative clause describes the speaker named in the reporting clause
    and does not report the quotation: in '"...," Anna Berg, who has proposed a smaller
    budget, said' the main clause's "said" is the cue, not the nearer "proposed", and in
    '"...," said Anna Berg, who endorsed the mayor' the inverted "said" (its subject read as
    an object) is, not "endorsed"; one is taken only when no other candidate will do. Before
    a quotation the nearest clause introduces it, a relative one too ('Bundy says to him,
    who responds: "Okay!"').
    """
    inside = [t for t in candidates if after and grammar.in_relative_clause(t)]
    outside = [t for t in candidates if t not in inside]
    for group in (outside, inside):
        for token in group:
            if (
                grammar.subject_of(token) is not None
                or grammar.coordinated_report(token) is not None
            ):
                return token
        for token in group:
            if is_speech(token.lemma_.lower()):
                return token
    return None


def _continues(doc: Doc, previous: _Draft, span: Span) -> bool:
    """A quotation with no cue continues the one before when nothing but the
    previous quote's own sentence lies between them.

    Its reporting clause belongs to that sentence even where the parser starts
    a new one after "?" or "!" ('"...?" Sanders replied. "Look, ..."').
    """
    if previous.region is None:
        return False
    prev_span = doc.char_span(previous.region.start, previous.region.end, alignment_mode="expand")
    if prev_span is None:
        return False
    end = sentence_of(doc[prev_span.end - 1]).end
    if previous.cue and prev_span.end <= previous.cue[0].i < span.start:
        end = max(end, sentence_of(previous.cue[0]).end)
    between = doc[end : span.start]
    return all(t.is_space or t.is_punct for t in between)


class _FallbackCues:
    """The verbs of saying with a subject in each sentence, read once per sentence.

    When the parse links a quoted fragment to no cue, :func:`_mixed` takes the nearest such
    verb before the fragment in its sentence. Scanning back from every fragment cost time in
    the square of the sentence's length when one sentence holds thousands of quotation marks
    (a run of 10,000 apostrophes is one sentence of 5,000 regions); read once, the positions
    answer each fragment by bisection, with the same answer as the scan.
    """

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._by_sentence: dict[int, list[int]] = {}

    def nearest_before(self, sent: Span, i: int) -> Token | None:
        """The last verb of saying with a subject in ``sent`` before token ``i``."""
        found = self._by_sentence.get(sent.start)
        if found is None:
            found = [t.i for t in sent if _mixed_cue(t) and grammar.subject_of(t) is not None]
            self._by_sentence[sent.start] = found
        k = bisect.bisect_left(found, i)
        return self._doc[found[k - 1]] if k else None


def _mixed(doc: Doc, region: Region, span: Span, fallback: _FallbackCues) -> _Draft | None:
    """A quoted fragment inside reported speech: the content is the reported clause."""
    cue: Token | None = None
    # The opening mark may hang outside the clause it opens ('said "it gets me mad" ...').
    first_word = next((t.i for t in span if not (t.is_punct or t.is_space)), span.start)
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    node: Token = roots[0] if roots else doc[span.start]
    for _ in range(12):
        if _mixed_cue(node) and not (span.start <= node.i < span.end):
            content = grammar.content_child(node)
            if content is not None and content.left_edge.i <= first_word <= content.right_edge.i:
                cue = node
                break
        if node.head.i == node.i:
            break
        node = node.head
    sent = sentence_of(doc[span.start])
    if cue is None:
        # Parse errors: the nearest cue before the fragment in its sentence.
        cue = fallback.nearest_before(sent, span.start)
    if cue is None:
        return None
    cue = _outermost_report(cue, span)
    content = grammar.content_child(cue)
    if content is not None and content.left_edge.i <= first_word <= content.right_edge.i:
        # Writer's additions after the marks (", a swipe at ...", ", which ...") are cut off as
        # from any reported clause; the quoted words themselves always stay.
        cspan = grammar.trim_report(grammar.subtree_span(content))
        start, end = min(cspan.start_char, region.start), max(cspan.end_char, region.end)
        before_cue = span.end <= cue.i and cspan.end <= cue.i
    elif span.end <= cue.i:
        # The fragment comes before its cue ('unserious - "Again, we need the details," she
        # said - and charged ...'): no word after the cue belongs to it.
        start, end = region.start, region.end
        before_cue = True
    else:
        first = cue.i + 1
        while first < span.start and doc[first].lower_ in (",", ":"):
            first += 1
        start = doc[first].idx
        end = region.end
        before_cue = False
    # Obama said "it gets me mad" every time he thinks ...: the clause goes on after the marks;
    # He was a "respected manager," Boistard said: the report ends before its cue clause.
    end = max(end, region.end) if before_cue else max(end, region.end, _clause_end(cue, span))
    draft = _Draft("mixed", start, end, cue=grammar.cue_tokens(cue), region=region)
    content_tokens = doc.char_span(start, end, alignment_mode="expand")
    inside = (content_tokens.start, content_tokens.end) if content_tokens is not None else None
    subj = grammar.subject_of(cue, outside=inside, as_speaker=True)
    if subj is not None:
        draft.speaker = grammar.noun_phrase(subj)
    elif inside is not None:
        draft.speaker = _ranked_source(cue, inside)
    addressee = grammar.addressee_of(cue)
    if addressee is not None:
        draft.addressee = grammar.addressed_phrase(addressee)
    return draft


def _with_fronted_piece(doc: Doc, draft: _Draft) -> list[_Draft]:
    """``draft``, preceded by the words its parenthetical cue interrupts, when there are any.

    'The plan, she said, is "a disaster"': the quoted fragment follows ", she said," but what
    was said starts before it; on its own the content would lack its subject. As with an
    indirect report split by its cue (:func:`_around_parenthetical`), the fronted words become
    a quote of their own sharing the cue and speaker, so both pieces form one statement.
    """
    if len(draft.cue) != 1:
        return [draft]
    pieces = _around_parenthetical(draft.cue[0])
    if pieces is None:
        return [draft]
    cue = draft.cue[0]
    (left_start, left_end), (right_start, right_end) = pieces
    right_char = doc[right_start].idx
    if not (cue.idx < draft.start <= right_char):
        # The content does not open the head clause's right side: nothing was cut off.
        return [draft]
    # What is left of the cue clause ("she said *on Tuesday*,") is the writer's, not hers;
    # the statement runs to the end of the clause the cue interrupts.
    draft.start = right_char
    draft.end = max(draft.end, doc[right_end - 1].idx + len(doc[right_end - 1].text))
    fronted = _Draft(
        "indirect",
        doc[left_start].idx,
        doc[left_end - 1].idx + len(doc[left_end - 1].text),
        cue=draft.cue,
        speaker=draft.speaker,
        addressee=draft.addressee,
    )
    return [fronted, draft]


#: How many reports deep a quoted fragment may sit inside another report.
MAX_REPORT_DEPTH = 4


def _outermost_report(cue: Token, span: Span) -> Token:
    """The verb of saying whose reported clause (a clausal complement) holds ``cue``'s clause.

    'Ryan said it is unrealistic to think that "our oceans are going to save
    us"', 'said allies wanted to know if the U.S. is "still in the game"': the
    marks quote the words of the one who said the whole clause, not of the
    thinking or wanting inside it.
    """
    node = cue
    for _ in range(MAX_REPORT_DEPTH):
        head = node.head
        if head.i == node.i or node.dep_ == "advcl":
            # ", saying ..." hanging on a clause is a report of its own.
            break
        content = grammar.content_child(head)
        if (
            content is not None
            and content.dep_ == "ccomp"
            and content.left_edge.i <= cue.i <= content.right_edge.i
            and not (span.start <= head.i < span.end)
            and grammar.is_cue(head)
            and head.lemma_.lower() in lexicon()["speech"]
        ):
            cue = head
        node = head
    return cue


def _mixed_cue(token: Token) -> bool:
    """Only a verb of saying or thinking quotes someone's words in part."""
    return grammar.is_cue(token) and reports_words(token.lemma_.lower())


def _clause_end(cue: Token, span: Span) -> int:
    """Where the cue's own clause ends to the right of a quoted fragment.

    Right-hand children of the cue after the fragment are part of the report
    unless they are another report ("..., adding that ...") or punctuation.
    """
    doc = cue.doc
    end_tok = span.end
    for child in cue.rights:
        if child.i < span.end:
            continue
        if grammar.is_cue(child) or child.dep_ in ("cc", "conj", "punct") or child.is_space:
            break
        end_tok = max(end_tok, child.right_edge.i + 1)
    while end_tok > span.end and (doc[end_tok - 1].is_punct or doc[end_tok - 1].is_space):
        end_tok -= 1
    last = doc[end_tok - 1]
    return last.idx + len(last.text)


# -- pass 2: cue verbs with a complement --------------------------------------


def _indirect(
    doc: Doc,
    text: str,
    quoted: list[_Draft],
    used_cues: set[int],
    *,
    unknown_to: frozenset[str] | None = None,
) -> list[_Draft]:
    """Reports found by the rules.

    With ``unknown_to`` (the trained cue model's lemmas), only reports inside a
    direct quotation and those whose verb the model does not know.
    """
    drafts: list[_Draft] = []
    directs = [d for d in quoted if d.kind == "direct"]
    direct_ranges = Ranges((d.start, d.end) for d in directs)
    quoted_ranges = Ranges((d.start, d.end) for d in quoted)
    for token in (doc[i] for i in indices(doc, pos=("VERB", "AUX"))):
        if token.i in used_cues or token.lower_ == "according" or grammar.reports_nothing(token):
            continue
        around = direct_ranges.overlapping(token.idx, token.idx + 1)
        inside = directs[around[0]] if around else None
        if (
            unknown_to is not None
            and inside is None
            and (token.lemma_.lower() in unknown_to or not grammar.is_cue(token))
        ):
            continue
        frame = grammar.frame_of(token)
        if frame == "none" or not _reports(token, frame):
            continue
        if inside is not None and not is_speech(token.lemma_.lower()):
            continue
        content = grammar.content_child(token)
        cspan: Span | None = None
        if content is not None:
            cspan = grammar.subtree_span(content)
            end_tok = grammar.right_extent(token, content)
            if end_tok > cspan.end:
                cspan = doc[cspan.start : end_tok]
                while len(cspan) and (cspan[-1].is_punct or cspan[-1].is_space):
                    cspan = cspan[:-1]
        elif token.dep_ == "parataxis" and grammar.subject_of(token) is not None:
            cspan = _parataxis_content(token)
        else:
            cspan = grammar.object_span(token, any_verb=True)
        if cspan is None or len(cspan) == 0:
            continue
        cspan = grammar.trim_report(cspan)
        subj = grammar.subject_of(token)
        if subj is None and not _reports_without_source(token, frame):
            continue
        start, end = cspan.start_char, cspan.end_char
        if inside is not None:
            end = min(end, inside.end)
        else:
            end = _cut_before_later_quotes(text, start, end, quoted, quoted_ranges)
            if end <= start:
                continue
        if subj is not None and cspan.start <= subj.i < cspan.end:
            continue
        draft = _Draft("indirect", start, end, cue=grammar.cue_tokens(token))
        speaker = grammar.subject_of(token, as_speaker=True)
        if speaker is not None and cspan.start <= speaker.i < cspan.end:
            speaker = subj
        if speaker is not None:
            draft.speaker = grammar.noun_phrase(speaker)
        else:
            draft.speaker = _ranked_source(token, (cspan.start, cspan.end))
        addressee = grammar.addressee_of(token)
        if addressee is not None:
            draft.addressee = grammar.addressed_phrase(addressee)
        drafts.append(draft)
    return drafts


def _reports(token: Token, frame: str) -> bool:
    """Does this verb, used this way, attribute something to its subject?

    Counts learned on PolNeAR's train split decide when the verb was seen often
    enough in this frame (it is a cue when its share of attributions reaches
    the ``learned_threshold`` setting); otherwise the hand-written lexicon
    does (an object counts only for stance verbs: "criticised Moscow", not
    "met Wang").
    """
    lemma = token.lemma_.lower()
    probability = learned_probability(lemma, frame)
    if probability is not None:
        return probability >= ACTIVE.get().learned_threshold
    if not grammar.is_cue(token):
        return False
    return frame != "object" or is_stance(lemma)


def _reports_without_source(token: Token, frame: str) -> bool:
    """A report with no subject in sight ("is expected to win", "was criticised for ...").

    Kept, without a speaker, only when the verb in its frame is an attribution
    in the training counts at least as often as the ``sourceless_threshold``
    setting says.
    """
    probability = learned_probability(token.lemma_.lower(), frame)
    return probability is not None and probability >= ACTIVE.get().sourceless_threshold


def _cut_before_later_quotes(
    text: str, start: int, end: int, quoted: list[_Draft], ranges: Ranges
) -> int:
    """End of an indirect content that must not run into a quote found earlier.

    "urged Serbia to pull back its forces, saying the build-up "threatens ..."":
    the parse hangs the "saying" clause on "pull", so the urged content would
    swallow the mixed quote; it stops before that quote's cue instead. Content
    that starts inside another quote is dropped (returns ``start``). ``ranges``
    holds the spans of ``quoted``: only the quotes overlapping the content are read.
    """
    for draft in (quoted[n] for n in ranges.overlapping(start, end)):
        if not _overlaps(start, end, draft.start, draft.end):
            continue
        if draft.start <= start:
            return start
        # before the quote's opening mark, not only its words
        begins = min(draft.start, draft.region.start) if draft.region else draft.start
        cut = min(begins, draft.cue[0].idx) if draft.cue else begins
        end = min(end, cut)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


def _parataxis_content(cue: Token) -> Span | None:
    """ "Clinton, he argued, is a liar": the head clause minus the cue clause."""
    head = cue.head
    doc = cue.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    cue_start, cue_end = cue.left_edge.i, cue.right_edge.i + 1
    if cue_start <= start:
        start = cue_end
    elif cue_end >= end:
        end = cue_start
    else:
        # The cue clause sits inside: keep the longer side.
        end = cue_start if cue_start - start >= end - cue_end else end
        start = start if end == cue_start else cue_end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _learned_indirect(
    doc: Doc,
    text: str,
    regions: list[Region],
    quoted: list[_Draft],
    used_cues: set[int],
    model: learned.AttributionModel,
) -> list[_Draft]:
    """Reports found by the trained models: cue, then its content, then its source."""
    inside_marks = features.quoted_tokens(doc, regions)
    directs = Ranges((d.start, d.end) for d in quoted if d.kind == "direct")

    def open_to_model(token: Token) -> bool:
        """May the model's cue be this word? Asked before scoring: the others are not scored."""
        if token.i in used_cues:
            return False
        if token.lower_ == "according":
            return False  # the "according to" pass handles it
        if grammar.reports_nothing(token):
            return False
        # a report inside a quotation: the nesting rules decide
        return not directs.overlaps(token.idx, token.idx + 1)

    probabilities = model.cue_probabilities(doc, inside_marks, open_to_model)
    quoted_ranges = Ranges((d.start, d.end) for d in quoted)
    drafts: list[_Draft] = []
    taken = Ranges()
    settings = ACTIVE.get()
    threshold = settings.cue_threshold
    # The report decision (quotes/reports.py) judges the reports the models put together from
    # a lower cue probability on; a report a grammar rule shaped keeps the cue threshold.
    collected = reports.COLLECTING.get()
    decision = None if collected is not None else model.report
    floor = min(decision.cue_floor, threshold) if decision is not None else threshold
    starts = reports.sentence_starts(doc) if decision is not None or collected else []
    candidates = sorted(probabilities.items(), key=lambda kv: -kv[1])
    # token indices of the cues the decision sees, in text order: counting those inside a
    # content is two bisections, so the cost stays linear in the number of reports
    seen = sorted(j for j, q in candidates if q >= floor)
    for i, p in candidates:
        if p < floor:
            continue
        token = doc[i]
        choice = model.content_choice(token, inside_marks)
        span, share = choice if choice is not None else (None, 0.0)
        inverted = grammar.inverted_report(token)
        if inverted is not None:
            # "The vote will be held in June, announced the commission.": the clause before
            # the comma, not the speaker the parse made the verb's object
            span = inverted[0]
        if span is None:
            continue
        # "tried to rebuke the front-runner": the report is what "rebuke" reports
        carried = grammar.carried_report(token, span[0])
        reporter = token
        if carried is not None:
            inner = model.content_span(carried, inside_marks)
            if inner is not None and carried.i < inner[0] and inner[1] <= span[1]:
                reporter, span = carried, inner
        # "was quoted as saying the talks had failed": what "saying" reports, the one quoted
        # its speaker
        quoting = grammar.quoted_as_saying(token)
        if quoting is not None:
            inner = model.content_span(quoting[0], inside_marks)
            if inner is None or inner[0] <= quoting[0].i:
                # "The talks had failed, the mayor was quoted as saying.": the clause before
                # it; '"...," Braynard is quoted as saying': the quotation is the report
                inner = grammar.fronted_quoted_report(token, quoting[1])
                if inner is None or inside_marks[inner[0] : inner[1]].any():
                    continue
            reporter, span = quoting[0], inner
        # "said [it was early] but added, ...", "said X, noting ...": a second report is not
        # part of the first.
        span = (span[0], grammar.before_second_report(reporter, span[0], span[1]))
        span = (span[0], grammar.before_trailing_aside(reporter, span[0], span[1]))
        span = (span[0], grammar.before_contrasted_report(reporter, span[0], span[1]))
        bounded = grammar.within_adjunct(reporter, span[0], span[1])
        if bounded is None:
            continue  # "In the letter, the mayor said ...": the clause is no content of "letter"
        span = bounded
        span = grammar.without_occasion(reporter, span[0], span[1])
        span = (grammar.after_as_clause(reporter, span[0], span[1]), span[1])
        span = (span[0], grammar.through_coordinated_complement(reporter, span[0], span[1]))
        span = (grammar.after_linking_preposition(reporter, span[0], span[1]), span[1])
        span = (grammar.after_topic_noun(reporter, span[0], span[1]), span[1])
        if grammar.names_amount(reporter, span[0]):
            continue  # "declined by 4 percent": a change of amount, not a report
        addressee = grammar.addressee_of(reporter)
        addressed = grammar.addressed_phrase(addressee) if addressee is not None else None
        if (
            addressee is not None
            and addressee.dep_ in ("dobj", "dative")
            and addressed is not None
            and addressed.start <= span[0]
            and span[1] <= addressed.end
        ):
            # "asked the governor", "told reporters": a report whose object names only whom it
            # addresses has no content ("referred to Trump" is about Trump, and stays), unless
            # a question follows it ("asked the secretary of state ... if the embassy would
            # reopen": the parse hangs the "if" clause on the verb as an adverbial)
            question = _question_after(reporter, addressed.end)
            if question is None:
                continue
            span = question
        if (
            addressed is not None
            and addressed.start == span[0]
            and addressed.end < span[1]
            and not _infinitive_at(doc, addressed.end)
        ):
            # "told reporters that ...": who is addressed is not part of what was said.
            span = (addressed.end, span[1])
        raised = _raised_subject(token)
        if raised is not None:
            span = (raised[0][0], raised[1][1])
        relative = _relative_object(token)
        if relative is not None:
            # "the plan, which she denounced": the pronoun is what was denounced
            span = relative[-1]
        passive = None if relative or raised or quoting else _passive_subject(token, span)
        if passive is not None:
            span = passive[-1]
        if not (relative or raised or passive):
            span = _through_paragraph(doc, token, span, taken)
        experienced = grammar.experiencer_report(token) if reporter.i == token.i else None
        if experienced is not None and quoting is None and inverted is None:
            # "The remark worried some analysts": the feeling's cause, felt by the object
            span = (experienced[0].start, experienced[0].end)
            pieces = [span]
            relative = raised = passive = None
        else:
            experienced = None
            pieces = relative or raised or passive or _around_parenthetical(token) or [span]
        if (
            relative is None
            and p < settings.short_content_threshold
            and _words(doc, pieces) <= settings.short_content_words
        ):
            continue  # "spoke [boos]", "said [what]": a bare word or two is rarely a report
        chars = []
        for lo, hi in pieces:
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            end = _cut_before_later_quotes(text, start, end, quoted, quoted_ranges)
            if end > start and not taken.overlaps(start, end):
                chars.append((start, end))
        if len(chars) < len(pieces) or _function_words_only(doc, chars):
            # "tweeted [about]", "went on [to] say, '...'": the parse lost the complement
            continue
        fronted = _fronted_relative(token, span)
        if fronted is not None and not taken.overlaps(fronted.idx, fronted.idx + len(fronted)):
            chars.insert(0, (fronted.idx, fronted.idx + len(fronted)))
        cue = grammar.cue_tokens(token)
        if quoting is not None:
            cue = [*cue, reporter.head, *grammar.cue_tokens(reporter)]  # "quoted as saying"
        elif reporter.i != token.i:
            cue = [*cue, *grammar.cue_tokens(reporter)]  # "tried to rebuke": one cue
        ruled = (
            inverted is not None
            or quoting is not None
            or reporter.i != token.i
            or experienced is not None
        )
        speaker: Span | None
        if (decision is not None or collected is not None) and not ruled:
            # The source's two inputs are filled in below, once the decision may still keep
            # the report: a report it drops whatever its source costs no source model.
            report = reports.Report(
                cue=token,
                probability=p,
                content_share=share,
                pieces=pieces,
                no_source_share=0.0,
                speaker_found=False,
                relative=relative is not None,
                raised=raised is not None,
                passive=passive is not None,
                cues_inside=bisect.bisect_left(seen, span[1]) - bisect.bisect_left(seen, span[0]),
            )
            values = reports.features(report, inside_marks, starts)
            if decision is not None and collected is None and not decision.may_keep(values):
                continue
            # one ranking serves both the speaker and the decision's "no source" share
            ranking = model.source_choice(token, span)
            speaker = _source(model, token, span, ranking)
            values[reports.NO_SOURCE_SHARE] = ranking[1]
            values[reports.SPEAKER_FOUND] = float(speaker is not None)
            if collected is not None:
                collected.values.append(values)
                collected.chars.append(list(chars))
            elif decision is not None and not decision.keeps(values):
                continue
        elif p < threshold:
            continue  # below the cue threshold: only the decision may keep such a report
        elif quoting is not None:
            speaker = grammar.noun_phrase(quoting[1])
        elif experienced is not None:
            speaker = experienced[1]
        else:
            speaker = _source(model, token, span)
        for start, end in chars:
            draft = _Draft("indirect", start, end, cue=cue)
            draft.speaker = speaker
            draft.addressee = addressed
            drafts.append(draft)
            taken.add(start, end)
        used_cues.add(i)
    return drafts


def _infinitive_at(doc: Doc, i: int) -> bool:
    """Whether an infinitive ("to pull back", "not to run") starts at token ``i``.

    The object of "urged Serbia *to pull back*" is the subject of what was urged, and
    PolNeAR annotates it as part of the content: in its train split (held-back articles
    left out) about 45 directive contents run "X to ...", about 25 start at "to".
    """
    if i < len(doc) and doc[i].lower_ == "not":
        i += 1
    return i < len(doc) and doc[i].lower_ == "to" and doc[i].pos_ == "PART"


#: Parts of speech that carry no content of their own: a report made only of them ("tweeted
#: *about*", "said *But*") is a complement the parse cut off. Pronouns are not among them:
#: "said *it*", "asked *why*" are reports PolNeAR annotates.
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"})


def _question_after(verb: Token, start: int) -> tuple[int, int] | None:
    """The token range of a yes-no question the verb governs after token ``start``: a clause
    opened by "if" or "whether", whichever relation the parser gives it (an embedded question
    is the complement of a verb of asking, a grammar fact)."""
    for child in verb.rights:
        if child.i < start or child.dep_ not in ("advcl", "ccomp"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in grammar.QUESTION_MARKS for c in child.children):
            return child.left_edge.i, child.right_edge.i + 1
    return None


def _function_words_only(doc: Doc, chars: list[tuple[int, int]]) -> bool:
    """Whether the character ranges ``chars`` hold only prepositions, conjunctions and particles."""
    for start, end in chars:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ not in FUNCTION_POS for t in span):
            return False
    return bool(chars)  # nothing at all is no report of function words


def _words(doc: Doc, pieces: list[tuple[int, int]]) -> int:
    """Words (not punctuation or spaces) in the token ranges ``pieces``."""
    word = features.is_word(doc)
    return sum(1 for lo, hi in pieces for i in range(lo, hi) if word[i])


def _raised_subject(cue: Token) -> list[tuple[int, int]] | None:
    """The subject and the complement of a raising cue, as two token ranges, or None.

    In "The plan seems to work" and "The plan is expected to work" the subject is no source:
    it is raised out of what is reported, "the plan || to work", which PolNeAR annotates as one
    content in two pieces on either side of the cue. In its train split (held-back articles
    left out) 77 of 113 passive cues with a "to" infinitive (and 18 of 24 with an object
    predicate, "was deemed a failure") and 96 of 153 uses of "seem" or "appear" with a
    complement have such a two-piece content; other verbs with a subject before them and a
    complement after have it in 49 of 1,218.
    """
    subject = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    complement = next((c for c in cue.rights if c.dep_ in ("xcomp", "oprd", "acomp")), None)
    if subject is None or complement is None:
        return None
    if cue.lemma_.lower() in cue_words("raising_verbs"):
        raised = True
    else:
        raised = subject.dep_ == "nsubjpass" and (
            complement.dep_ == "oprd"
            or (
                complement.dep_ == "xcomp"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)
            )
        )
    if not raised:
        return None
    doc = cue.doc
    left = features.trim_tokens(doc, subject.left_edge.i, subject.right_edge.i + 1)
    lo = complement.left_edge.i
    right = features.trim_tokens(
        doc, lo, _before_added_clause(doc, lo, complement.right_edge.i + 1)
    )
    if left[1] <= left[0] or right[1] <= right[0] or not left[1] <= cue.i < right[0]:
        return None
    return [left, right]


#: Pronouns that open a relative or free relative clause ("which", "what") and may stand for
#: the subject or object of the clause a report carries.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "what", "whatever", "that"})


def _fronted_relative(cue: Token, span: tuple[int, int]) -> Token | None:
    """The relative pronoun that the reported clause lost to the front, when there is one.

    "the tax, which she said would hurt farmers": what was said is "which ... would hurt
    farmers", the pronoun standing for the clause's subject before the cue. PolNeAR takes
    the pronoun as the first piece of the content (in train, 47 of the 60 such reports). Only
    when the content found starts after the cue and is the cue's clausal complement.
    """
    child = grammar.content_child(cue)
    if child is None or child.i < cue.i or span[0] < cue.i:
        return None
    for dependent in child.lefts:
        if (
            dependent.i < cue.i
            and dependent.dep_ in ("nsubj", "nsubjpass", "dobj")
            and dependent.lower_ in RELATIVE_PRONOUNS
        ):
            return dependent
    return None


#: Relative pronouns that stand for a noun phrase named before them, by their role in the
#: relative clause: the object of an active cue ("the plan, *which* she denounced"), the
#: subject of a passive one ("the plan, *which* was denounced by ..."). A free relative
#: ("what he calls ...") names nothing before it; "that" in either role is part of the
#: content in PolNeAR train in only 19 of 41 reports.
RELATIVE_OBJECTS = {"dobj": frozenset({"which", "whom"}), "nsubjpass": frozenset({"which", "who"})}
#: Children of a cue that say what it says of its object: "whom he described *as a steady
#: hand*", "which he called *his second home*", "which he declared *a disaster*".
PREDICATED_DEPS = frozenset({"oprd", "dobj", "ccomp", "xcomp"})


def _relative_object(cue: Token) -> list[tuple[int, int]] | None:
    """The content of a report whose object is a relative pronoun before it, as token ranges.

    "the plan, *which* the mayor denounced": what was denounced is the plan, which the clause
    names by its pronoun; "whom he described *as a steady hand*": the pronoun, then what was
    said of it. In PolNeAR train (held-back articles left out), of the 39 reports whose cue
    has "which" or "whom" as its object before it, 38 take the pronoun into the content (15 as
    all of it); of the 37 passive ones with "which" or "who" as subject ("which was then
    denounced by ..."), 32 do. Only when the cue itself heads the relative clause.
    """
    if cue.dep_ != "relcl":
        return None
    pronoun = next(
        (c for c in cue.lefts if c.lower_ in RELATIVE_OBJECTS.get(c.dep_, ())),
        None,
    )
    if pronoun is None:
        return None
    addressee = grammar.addressee_of(cue)
    if addressee is not None and addressee.i == pronoun.i:
        return None  # "the aide, whom she told ...": the person told is no content
    if pronoun.dep_ == "nsubjpass" and grammar.object_addressed(cue.lemma_.lower()):
        return None  # "the aide, who was asked ...": nor is the person asked
    said = _said_of(cue, PREDICATED_DEPS)
    return [(pronoun.i, pronoun.i + 1)] + ([said] if said is not None else [])


def _said_of(cue: Token, deps: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """What a cue says of the one it is about, as a token range: its first right-hand child
    among ``deps`` or its "as" phrase ("whom he described *as a steady hand*", "Smith was
    named *as the winner*"), without edge punctuation; None when there is none."""
    for child in cue.rights:
        if child.dep_ in deps or (child.dep_ == "prep" and child.lower_ == "as"):
            lo, hi = features.trim_tokens(cue.doc, child.left_edge.i, child.right_edge.i + 1)
            return (lo, hi) if hi > lo else None
    return None


def _through_paragraph(
    doc: Doc, cue: Token, span: tuple[int, int], taken: Ranges
) -> tuple[int, int]:
    """A report that is the sentence after its cue's colon, run on to the end of its paragraph.

    "The ministry said in a statement:" followed by a paragraph with no quotation marks hands
    the whole paragraph over, as a block quotation does: PolNeAR train (held-back articles left
    out) has 16 gold contents that start in such a paragraph of two or more sentences, and 15
    of them run past its first sentence. The report ends before a sentence with a quotation
    mark in it and before one another report has taken.
    """
    sent = sentence_of(cue)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != ":" or sent.end >= len(doc):
        return span
    nxt = sentence_of(doc[sent.end])
    words = [t for t in nxt if not (t.is_space or t.is_punct)]
    if not words or span[0] > words[0].i or span[1] <= words[-1].i:
        return span
    if span[0] < nxt.start or any(t.is_quote for t in nxt):
        return span
    end = span[1]
    text = doc_text(doc)
    k = nxt.end
    while k < len(doc):
        following = sentence_of(doc[k])
        inside = [t for t in following if not t.is_space]
        if not inside or "\n" in text[doc[end - 1].idx : inside[0].idx]:
            break  # a line break ends the paragraph
        if any(t.is_quote for t in inside) or taken.overlaps(
            inside[0].idx, inside[-1].idx + len(inside[-1])
        ):
            break
        end = inside[-1].i + 1
        k = following.end
    return (span[0], end)


def _passive_subject(cue: Token, span: tuple[int, int]) -> list[tuple[int, int]] | None:
    """The content of a passive cue with no complement: its subject, then what the cue
    says of it ("*the plan* was denounced by ...", "*Smith* was named *as the winner*").

    The subject of a passive is what the act was done to, so it is what was denounced or
    named: in PolNeAR train (held-back articles left out), 226 of the 302 passive cues with no
    clausal, infinitive or predicate complement take their subject into the content. What a
    prepositional phrase of the cue says it is about ("was charged *with bribery*") stays, and
    the person a directive or "tell" addresses ("was asked about ...") is no content. ``span``
    is the content the models chose.
    """
    for child in cue.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ not in ("by", "as")
            and child.left_edge.i <= span[0] <= child.right_edge.i
        ):
            return None  # "was charged *with bribery*": what the cue is about
    subject = next((c for c in cue.lefts if c.dep_ == "nsubjpass"), None)
    if subject is None or any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in cue.rights):
        return None
    if grammar.object_addressed(cue.lemma_.lower()):
        return None
    doc = cue.doc
    # without what a comma or dash adds to it: "The union, which endorsed Clinton, is
    # regarded as ...": the endorsement is the writer's, not what is regarded
    lo = subject.left_edge.i
    pieces = [
        features.trim_tokens(doc, lo, _before_added_clause(doc, lo, subject.right_edge.i + 1))
    ]
    if pieces[0][1] <= pieces[0][0] or pieces[0][1] > cue.i:
        return None
    said = _said_of(cue)
    return pieces + ([said] if said is not None else [])


#: Dependents that, after a comma or dash, add the writer's words to a clause rather than
#: complete it: ", the latter a reference to ...", ", since ...", ", which ...". Coordinated
#: and prepositional phrases often continue the report and are kept.
ADDED_AFTER_BREAK = frozenset({"advcl", "appos", "npadvmod", "relcl", "acl", "parataxis"})


def _before_added_clause(doc: Doc, start: int, end: int) -> int:
    """End of ``[start, end)`` before the first comma or dash that opens an added phrase."""
    for k in range(start + 2, end - 1):
        if doc[k].text not in (",", "—", "–", ";", "--"):
            continue
        j = k + 1
        while j < end - 1 and doc[j].is_space:
            j += 1  # a non-breaking space after the comma is a token of its own
        top = doc[j]
        while top.head.i != top.i and top.head.left_edge.i == j and top.head.i < end:
            top = top.head
        if top.dep_ in ADDED_AFTER_BREAK:
            return k
    return end


def _around_parenthetical(cue: Token) -> list[tuple[int, int]] | None:
    """The two pieces of a report split by its own parenthetical cue, as token ranges.

    "Many of the closures, he said, have involved public courses": what was said is the
    head clause on both sides of ", he said,", which PolNeAR annotates as one content of
    two pieces. They become two quotes sharing the cue (as a quotation interrupted by its
    cue does). None unless the cue clause sits inside its head clause with words on both
    sides; writer's additions are cut off the right piece (:func:`_before_added_clause`).
    The parse often hangs the rest of the head clause on the cue instead ("The port will
    reopen, the minister said, *once* divers finish"): :func:`_hung_on_cue` finds those.
    """
    if cue.dep_ != "parataxis" or cue.head.i == cue.i:
        return _hung_on_cue(cue)
    doc = cue.doc
    head = cue.head
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    clo, chi = cue.left_edge.i, cue.right_edge.i + 1
    if not (lo < clo and chi < hi):
        return _hung_on_cue(cue)
    left = features.trim_tokens(doc, lo, clo)
    right_range = features.trim_tokens(doc, chi, _before_added_clause(doc, chi, hi))
    if left[1] <= left[0] or right_range[1] <= right_range[0]:
        return None
    return [left, right_range]


#: Dependents of a parenthetical cue that, after the comma closing ", she said,", carry on
#: the clause the cue interrupts rather than add the writer's words: "*because* ...", "*by*
#: the calendar", "*and* had passed", "*that* ...", "*to* take cues". An adverbial clause
#: counts only with a subordinating word ("once", "because"); without one ("*adding* that",
#: "*citing* a source") it is the writer's note on the report.
CONTINUING_AFTER_CUE = frozenset({"advcl", "prep", "cc", "conj", "ccomp", "xcomp"})


#: Dependents by which a cue clause has a complement of its own before the comma closing it.
OWN_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp"})


def _hung_on_cue(cue: Token) -> list[tuple[int, int]] | None:
    """The two pieces of a clause interrupted by ", SUBJECT CUE," when the parse hangs what
    follows the cue clause on the cue itself, as token ranges; None otherwise.

    "He is leaning toward Kasich, he said, because he prizes electability": the parse makes
    "said" the root, "leaning" its complement and "because ..." its adverbial clause, though
    both belong to what was said. In PolNeAR train (held-back articles left out), of 118
    contents of a cue set off by commas inside a sentence with no quotation mark, 102 have a
    piece on both sides; where the words after the cue clause hang on the cue, 16 of the 18
    whose first dependent there continues the clause (:data:`CONTINUING_AFTER_CUE`) have both
    pieces, and the 3 participles ("adding", "citing", "recalling") end before the cue. The
    left piece is the clause the cue interrupts: its parataxis head's clause, or the cue's own
    clausal complement before its subject.
    """
    doc = cue.doc
    subjects = [t for t in cue.lefts if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    opening = subjects[0].left_edge.i - 1
    if opening <= 0 or doc[opening].text != ",":
        return None
    # a colon closes the cue clause as a comma does ("The reform has two aims, the minister
    # states: to cut ..."): train has 4 contents of such a cue after a clause, all 4 in two pieces
    closing = next((t.i for t in cue.rights if t.text in (",", ":")), None)
    if closing is None or closing + 1 >= len(doc):
        return None
    if any(t.dep_ in OWN_COMPLEMENTS for t in cue.rights if t.i < closing) or any(
        t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1 : closing]
    ):
        # "courts are still ordering the release, and ...", "marveled at the idea that ...,
        # and ...": a clause with a complement of its own is no parenthetical; the clause it
        # would interrupt is its complement
        return None
    first = doc[closing + 1]
    top = first
    while top.head.i != top.i and top.head.i != cue.i and top.head.left_edge.i == first.i:
        top = top.head
    if top.head.i != cue.i or top.dep_ not in CONTINUING_AFTER_CUE:
        return None
    if top.dep_ == "advcl" and not any(c.dep_ == "mark" for c in top.children):
        return None
    if cue.dep_ == "parataxis" and cue.head.i < opening:
        lo = cue.head.left_edge.i
    else:
        clauses = [c for c in cue.lefts if c.dep_ == "ccomp" and c.right_edge.i < opening]
        if not clauses:
            return None
        lo = clauses[0].left_edge.i
    hi = max(cue.right_edge.i, cue.head.right_edge.i if cue.dep_ == "parataxis" else 0) + 1
    left = features.trim_tokens(doc, lo, opening)
    if grammar.names_occasion(top):
        # ", she said, in a statement", ", he said, on condition of anonymity because ...":
        # how it was said, and the writer's words after it; what was said is the clause before
        return [left] if left[1] > left[0] else None
    right = features.trim_tokens(doc, closing + 1, _before_added_clause(doc, closing + 1, hi))
    if left[1] <= left[0] or right[1] <= right[0]:
        return None
    return [left, right]


def _source(
    model: learned.AttributionModel,
    cue: Token,
    content: tuple[int, int],
    ranking: tuple[tuple[int, int] | None, float] | None = None,
) -> Span | None:
    """The cue's subject when it has one outside the content, else the source model's pick.

    A headline colon's source is the short name before it, as in the headline pass.
    ``ranking``: the source model's answer (:meth:`~learned.AttributionModel.source_choice`)
    when the caller has it already; without it the model is asked only if the rules find
    no subject.

    The subject rule is right slightly more often where it applies (0.897 against 0.894 speaker
    accuracy on the held-back train articles); the model covers passives, possessors of noun
    cues and sources outside the clause, where the rule has nothing.
    """
    if cue.text == ":":
        # "Graham: Trump's rhetoric destroying GOP's chances": the name before a headline colon.
        headline = _headline_source(cue.doc, sentence_of(cue))
        if headline is not None and headline[1].i == cue.i:
            return headline[0]
    subject = grammar.subject_of(cue, as_speaker=True) if cue.pos_ in ("VERB", "AUX") else None
    if subject is None:
        verb_read_as_noun = grammar.subject_of_verb_read_as_noun(cue)
        if verb_read_as_noun is not None and not (
            content[0] <= verb_read_as_noun.start < content[1]
        ):
            return verb_read_as_noun
    if subject is not None:
        phrase = grammar.noun_phrase(subject)
        if len(phrase) and not (content[0] <= phrase.start < content[1]):
            return phrase
    found = ranking[0] if ranking is not None else model.source_span(cue, content)
    if found is not None:
        return cue.doc[found[0] : found[1]]
    holder = _holder_of_noun_cue(cue)
    if holder is not None and not (content[0] <= holder.i < content[1]):
        return grammar.noun_phrase(holder)
    return None


def _holder_of_noun_cue(cue: Token) -> Token | None:
    """Who holds what a noun cue says when the model finds no source, in the adverbial
    "in the hope that ...", "in the belief that ...": the subject of the verb it modifies.

    Only after "in": after "despite" or as an object ("faced criticism", "dodged
    questions") the noun is often someone else's words about the subject.
    """
    if cue.pos_ != "NOUN" or any(child.dep_ == "poss" for child in cue.children):
        return None
    prep = cue.head
    if cue.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return grammar.subject_of(verb, as_speaker=True)


def _ranked_source(cue: Token, content: tuple[int, int]) -> Span | None:
    """The trained source model's pick for a cue whose subject the parse does not give.

    The small parser often loses the subject of a reporting verb next to a
    quotation: an inverted subject ('"...," said the party's spokesman')
    read as an object, or a name with a long title before "said" hung on the
    words before it. The source model ranks every noun phrase of the sentence
    and may answer "none"; without a model there is no speaker.
    """
    model = learned.active()
    if model is None:
        return None
    found = model.source_span(cue, content)
    return cue.doc[found[0] : found[1]] if found is not None else None


# -- pass 3: "according to X" -------------------------------------------------


def _according_to(doc: Doc, existing: list[_Draft]) -> list[_Draft]:
    """``existing`` with the reports of "according to X" added.

    "according to X" scopes over the whole clause it qualifies, so a report found
    inside that clause ("81 percent of Democrats approve of Obama, according to a
    poll") is nested in it: PolNeAR annotates the outermost attribution only, and
    the inner indirect report gives way. A clause that overlaps any other quote is
    left alone.
    """
    taken = Ranges((d.start, d.end) for d in existing)
    removed: set[int] = set()
    drafts: list[_Draft] = []
    # (first token, end token, cue words, source, end of the sentence) of each report
    reports: list[tuple[int, int, list[Token], Token, int]] = []
    for according, to, source in grammar.according_to(doc):
        head = according.head
        sent = sentence_of(according)
        phrase_start, phrase_end = according.i, source.right_edge.i + 1
        before = _according_before(doc, according, phrase_end, sent)
        if before is None:
            continue
        if before:
            # After the clause, "according to X" speaks for all the sentence before it, not
            # only the conjunct or subordinate clause the parse hangs it on: in PolNeAR train,
            # 37 of 47 such contents start where the sentence does.
            start_tok, end_tok = sent.start, phrase_start
        elif head.i == according.i:
            start_tok, end_tok = phrase_end, sent.end
        else:
            start_tok, end_tok = phrase_end, min(head.right_edge.i + 1, sent.end)
        reports.append((start_tok, end_tok, [according, to], source, sent.end_char))
    # "In a poll released Monday, 50 percent chose Clinton": the rest of the sentence is what
    # the poll found, as after a sentence-opening "According to a poll,".
    for opener, poll in grammar.opening_poll(doc):
        sent = sentence_of(opener)
        reports.append((poll.right_edge.i + 1, sent.end, [opener], poll, sent.end_char))
    # "To Ms. Gil, skateboarding is a cry of dissent": the rest of the sentence is her view.
    for opener, holder in grammar.opening_viewpoint(doc):
        sent = sentence_of(opener)
        reports.append((holder.right_edge.i + 2, sent.end, [opener], holder, sent.end_char))
    for start_tok, end_tok, cue, source, reach in reports:
        chars = _trimmed_chars(doc, start_tok, end_tok)
        if chars is None:
            continue
        start, end = chars
        # A report inside the clause whose content the parse ran on over "according to X"
        # to the sentence's end is nested in it all the same.
        if not _take_outer(existing, taken, removed, start, end, reach=reach):
            continue
        draft = _Draft("indirect", start, end, cue=cue)
        draft.speaker = grammar.noun_phrase(source)
        drafts.append(draft)
    return [d for n, d in enumerate(existing) if n not in removed] + drafts


def _trimmed_chars(doc: Doc, start_tok: int, end_tok: int) -> tuple[int, int] | None:
    """The characters of tokens ``[start_tok, end_tok)`` without spaces or punctuation
    (quotation marks too) at either end; None when nothing is left."""
    start_tok, end_tok = features.trim_tokens(doc, start_tok, end_tok, keep_quotes=False)
    if end_tok <= start_tok:
        return None
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])


def _according_before(doc: Doc, according: Token, phrase_end: int, sent: Span) -> bool | None:
    """Does "according to X" speak for the words before it (True), after it (False), or for
    neither (None)?

    The clause the parse hangs it on decides, except where the parse has gone wrong in two
    ways a grammar fact settles. With no clause to hang it on (the parser made "according"
    the root), a phrase that opens the sentence speaks for the rest of it and one that ends
    it for what came before. A relative clause after the phrase ("..., according to the
    polls, where 475 delegates are at stake") cannot be what X says: a relative clause
    describes, it asserts nothing of its own, so the phrase speaks for the clause before it.
    """
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    if according.head.i == according.i:
        if according.i == words[0].i:
            return False
        if phrase_end > words[-1].i:
            return True
        return None
    if according.head.i < according.i:
        return True
    nxt = next((t for t in doc[phrase_end : sent.end] if not (t.is_punct or t.is_space)), None)
    opens_relative = nxt is not None and nxt.lower_ in grammar.RELATIVE_OPENERS
    return opens_relative and according.i > words[0].i


def _take_outer(
    existing: list[_Draft],
    taken: Ranges,
    removed: set[int],
    start: int,
    end: int,
    *,
    reach: int | None = None,
) -> bool:
    """May an outer report with content ``[start, end)`` be added over ``existing``?

    Yes when every draft it overlaps (``taken`` holds their spans, ``removed`` those already
    given way) is an indirect report nested inside it; those are added to ``removed``. With
    ``reach``, a nested report's content may run on past ``end`` up to ``reach``.
    """
    inside = [
        n
        for n in taken.overlapping(start, end)
        if n not in removed and _overlaps(start, end, existing[n].start, existing[n].end)
    ]
    if not all(_nested_report(existing[n], start, max(end, reach or end), end) for n in inside):
        return False
    removed.update(inside)
    return True


def _nested_report(draft: _Draft, start: int, end: int, cue_end: int | None = None) -> bool:
    """An indirect report whose cue and content lie within the characters ``[start, end)``
    (its cue before ``cue_end`` when given)."""
    return (
        draft.kind == "indirect"
        and bool(draft.cue)
        and start <= draft.start
        and draft.end <= end
        and start <= draft.cue[0].idx < (end if cue_end is None else cue_end)
    )


# -- pass 4: "Name: statement" headlines ---------------------------------------

MAX_SOURCE_TOKENS = 6
#: The mark that ends a headline's source ("Graham: ...").
COLON = frozenset({":"})


def _headline_source(doc: Doc, sent: Span) -> tuple[Span, Token] | None:
    """The short name before a colon that opens ``sent`` ("Graham:", "Poll:"), and the colon.

    The one decision of a headline's colon, for the headline pass and for a quotation or a cue
    that has one: the sentence's first colon, after at most :data:`MAX_SOURCE_TOKENS` words
    (a source named in a headline is short), never its first token."""
    colon = next((t for t in sent[: MAX_SOURCE_TOKENS + 1] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    source = doc[sent.start : colon.i]
    return (source, colon) if _is_short_name(source) else None


def _is_short_name(source: Span) -> bool:
    """Whether ``source`` is a bare name that may speak before a colon: proper nouns, or a
    noun that speaks in headlines ("Poll"), with no verb, pronoun or number."""
    words = [t for t in source if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ in cue_words("not_a_source"):
        return False
    if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in words):
        return False
    if not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") for t in words):
        return False
    return any(
        t.pos_ == "PROPN" or t.ent_type_ in PARTY_LABELS or t.lower_ in cue_words("speaking_nouns")
        for t in words
    )


def _named_colon(doc: Doc, span: Span) -> tuple[Span, Token] | None:
    """The name and the colon right before a quotation: 'Polls held up - Gallup: "..."'.

    A short name set off by a dash, a line break or the sentence's start, then a colon and
    the opening mark, names who wrote or spoke the quotation, as in a headline (a round-up
    of quoted analysts). The colon is the cue: the verbs before the dash are another
    statement's. PolNeAR train has 142 attributions whose cue is a colon alone, 12 of them
    after such a dash.
    """
    j = span.start - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j <= 0 or doc[j].text != ":":
        return None
    colon = doc[j]
    # the parser may start a sentence at the quotation: the name is in the colon's
    sent = sentence_of(colon)
    k = j
    while k > sent.start and k > j - MAX_SOURCE_TOKENS - 1:
        before = doc[k - 1]
        if before.text in DASHES or (before.is_space and "\n" in before.text):
            break
        k -= 1
    else:
        if k != sent.start:
            return None  # no boundary within a name's length of the colon
    source = doc[k:j]
    return (source, colon) if len(source) and _is_short_name(source) else None


def _colon_sentences(doc: Doc) -> list[Span]:
    """The sentences with a colon, in order: the only ones :func:`_headline_source` can find
    a headline's source in (it alone decides where the colon may sit).

    Found from the Doc's colons (one column read per Doc): the few sentences that have one
    become Spans, instead of every sentence."""
    found: list[Span] = []
    for i in having(doc, ORTH, COLON):
        if found and found[-1].start <= i < found[-1].end:
            continue  # a later colon of a sentence already found
        found.append(sentence_of(doc[i]))
    return found


def _headline_colon(doc: Doc, existing: list[_Draft]) -> list[_Draft]:
    """``existing`` with headline attributions added: "Graham: Trump's rhetoric destroying
    GOP's chances".

    The part before the colon must be a short name (a proper noun, or a noun
    that speaks in headlines such as "Poll"), with no verb; the statement
    after it runs to the end of the line. An indirect report found inside the
    statement is nested in it and gives way, as under "according to".
    """
    taken = Ranges((d.start, d.end) for d in existing)
    removed: set[int] = set()
    drafts: list[_Draft] = []
    for sent in _colon_sentences(doc):
        found = _headline_source(doc, sent)
        if found is None:
            continue
        source, colon = found
        end_tok = sent.end
        while end_tok > colon.i + 1 and (doc[end_tok - 1].is_space or doc[end_tok - 1].is_punct):
            end_tok -= 1
        statement = doc[colon.i + 1 : end_tok]
        if sum(1 for t in statement if t.is_alpha) < 3:
            continue
        start, end = statement.start_char, statement.end_char
        if not _take_outer(existing, taken, removed, start, end):
            continue
        draft = _Draft("indirect", start, end, cue=[colon])
        draft.speaker = source
        drafts.append(draft)
    return [d for n, d in enumerate(existing) if n not in removed] + drafts


#: The tags a verb of a title-case headline can carry: the third person ("Pence Endorses")
#: and the past ("Trump Slammed"); a gerund is no headline's verb ("Warning Signs Grow").
HEADLINE_VERB_TAGS = ("VBZ", "VBD")


def _title_case_verb(token: Token) -> str | None:
    """The cue lemma a capitalised word of a title-case line stands for, or None.

    The tagger reads most capitalised words of a headline as proper nouns, its verb too
    ("Pence Endorses Paul Ryan"); an inflected form (third person -s or past -ed) whose base
    is a cue of the lexicon is read as that verb."""
    cues = all_cue_lemmas()
    return next((s for s in uninflected(token.lower_, HEADLINE_VERB_TAGS) if s in cues), None)


def _line_word_counts(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Each line of ``doc`` as (first token, end token, alphabetic words, those of them that
    begin with a capital letter).

    A line runs up to the next token whose text holds a line break. A headline is a line of
    nearly all capitalised words, and looking for one made a Token of every word of the
    article; the text's line breaks and the IDX, LENGTH and IS_ALPHA columns answer the same.
    """
    n = len(doc)
    if not n:
        return []
    text = doc_text(doc)
    table = doc.to_array([IDX, LENGTH, IS_ALPHA])
    starts = table[:, 0].tolist()
    ends = (table[:, 0] + table[:, 1]).tolist()
    breaks: list[int] = []
    at = text.find("\n")
    while at >= 0:
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < ends[k] and (not breaks or breaks[-1] != k):
            breaks.append(k)  # the break is in the token's text, not in the space after it
        at = text.find("\n", at + 1)
    alpha = table[:, 2].astype(bool)
    upper = np.zeros(n, dtype=bool)
    rows = np.flatnonzero(alpha)
    upper[rows] = [text[i].isupper() for i in table[rows, 0].tolist()]
    words = np.concatenate([[0], np.cumsum(alpha)]).tolist()
    capitals = np.concatenate([[0], np.cumsum(upper)]).tolist()
    lines = []
    first = 0
    for end in [*breaks, n]:
        if first < n:
            lines.append((first, end, words[end] - words[first], capitals[end] - capitals[first]))
        first = end + 1
    return lines


def _headline_verb(doc: Doc, existing: list[_Draft]) -> list[_Draft]:
    """``existing`` with the report of a title-case headline whose verb the tagger made a
    proper noun: "Pence Endorses Paul Ryan With Trump's Blessing".

    A line whose words are nearly all capitalised (a headline), a short name
    (:func:`_is_short_name`) from the line's start, then a capitalised word tagged a proper
    noun that is an inflected cue verb (:func:`_title_case_verb`): the name is the speaker,
    the word the cue, and the rest of the line, at least three words, what it reports. Only
    where no report holds the line already.
    """
    taken = Ranges((d.start, d.end) for d in existing)
    drafts: list[_Draft] = []
    for start, end, words, capitalised in _line_word_counts(doc):
        if words < 4 or capitalised < 0.8 * words:
            continue
        line = doc[start:end]
        if taken.overlapping(line.start_char, line.end_char):
            continue
        for tok in line[1 : MAX_SOURCE_TOKENS + 1]:
            if tok.pos_ != "PROPN" or not tok.is_title or _title_case_verb(tok) is None:
                continue
            source = doc[line.start : tok.i]
            rest_end = line.end
            while rest_end > tok.i + 1 and (
                doc[rest_end - 1].is_punct or doc[rest_end - 1].is_space
            ):
                rest_end -= 1
            content = doc[tok.i + 1 : rest_end]
            if _is_short_name(source) and sum(1 for t in content if t.is_alpha) >= 3:
                draft = _Draft("indirect", content.start_char, content.end_char, cue=[tok])
                draft.speaker = source
                drafts.append(draft)
            break
    return existing + drafts


# -- headings, ids, nesting, speakers -----------------------------------------


def _cut_at_headings(
    drafts: list[_Draft], headings: list[Heading] | tuple[Heading, ...]
) -> list[_Draft]:
    """A heading is never part of a quotation: cut a quote that runs into one."""
    if not headings:
        return drafts
    ranges = Ranges(h.span for h in headings)
    kept: list[_Draft] = []
    for draft in drafts:
        for heading in (headings[n] for n in ranges.overlapping(draft.start, draft.end)):
            h0, h1 = heading.span
            if _overlaps(draft.start, draft.end, h0, h1):
                if h0 - draft.start >= draft.end - h1:
                    draft.end = h0
                else:
                    draft.start = h1
        if draft.end > draft.start:
            kept.append(draft)
    return kept


def _finalise(text: str, drafts: list[_Draft], linker: Linker) -> list[Quote]:
    ids = {id(d): f"Q{n}" for n, d in enumerate(drafts, 1)}
    parents: dict[int, _Draft] = {}
    ranges = Ranges((d.start, d.end) for d in drafts)
    for draft in drafts:
        # a range around the draft overlaps the draft widened by a character on each side
        # (a draft cut to nothing may end before it starts)
        lo, hi = min(draft.start, draft.end), max(draft.start, draft.end)
        near = (drafts[n] for n in ranges.overlapping(lo - 1, hi + 1))
        containing = [
            other
            for other in near
            if other is not draft
            and other.kind == "direct"
            and other.contains(draft.start, draft.end)
            and (not draft.cue or other.start <= draft.cue[0].idx < other.end)
        ]
        if containing:
            parents[id(draft)] = min(containing, key=lambda o: o.end - o.start)

    quotes: list[Quote] = []
    for draft in drafts:
        parent = parents.get(id(draft))
        context = parent.speaker_party.actor if parent and parent.speaker_party else None
        speaks_inside_unknown = (
            parent is not None
            and context is None
            and draft.speaker is not None
            and draft.speaker.root.lower_ in grammar.PRONOUNS_1ST
        )
        if speaks_inside_unknown:
            # "I" inside a quotation whose speaker is unknown is not the writer.
            draft.speaker_party = None
        elif draft.speaker is not None:
            speaker = _without_fronted_phrase(draft.speaker)
            draft.speaker_party = _safe_link(linker, speaker, "speaker", context)
        elif draft.inherit_from is not None:
            draft.speaker_party = draft.inherit_from.speaker_party
        if draft.addressee is not None:
            speaker_actor = draft.speaker_party.actor if draft.speaker_party else None
            draft.addressee_party = _safe_link(
                linker, draft.addressee, "addressee", context or speaker_actor
            )
        cue = None
        if draft.cue:
            c0, c1 = draft.cue[0].idx, draft.cue[-1].idx + len(draft.cue[-1])
            cue = Cue(text=text[c0:c1], span=(c0, c1))
        quotes.append(
            Quote(
                id=ids[id(draft)],
                kind=draft.kind,
                text=text[draft.start : draft.end],
                span=(draft.start, draft.end),
                cue=cue,
                speaker=draft.speaker_party,
                addressee=draft.addressee_party,
                nested_in=ids[id(parent)] if parent else None,
            )
        )
    return quotes


def _without_fronted_phrase(span: Span) -> Span:
    """A speaker phrase from the last comma before its head word.

    What the parser folds into a subject ahead of a comma is a fronted place or
    phrase, not part of the name: "in Washington, D.C., Republican presidential
    candidate Sen. Lindsey Graham called ..." names Graham. An empty span (a cue with
    nothing before it but a closing mark) has no head and stays as it is.
    """
    if len(span) == 0:
        return span
    head = span.root
    commas = [t.i for t in span if t.i < head.i and t.text == ","]
    return span.doc[commas[-1] + 1 : span.end] if commas else span


def _safe_link(linker: Linker, span: Span, role: str, context: str | None) -> Party | None:
    """The linked party of a non-empty span.

    The linker reports its own failures (the actor index turns an odd span into
    a CQ121 warning and no party); an error that escapes it is a real bug and
    reaches the caller, never silence.
    """
    if len(span) == 0:
        return None
    return linker.link(span, role=role, speaker_of_context=context)
