"""Whether an event happened: asserted, negated, hypothetical, future, intended, requested,
reported.

The failure this room exists to prevent is coding "has no intention of
attacking" or "should there be an attack" as an attack. Each rule looks at
the trigger and the words that govern it in the parse, and returns the value
with a reason naming the words that decided it. When several apply, the first
in this order wins: negated, hypothetical, requested, intended, future,
reported, asserted.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token

from communique.events.lexicon import Lexicon, lexicon
from communique.nlp import quotation_regions
from communique.quotes.cues import is_speech
from communique.quotes.cues import lexicon as cue_lexicon
from communique.schema import Quote
from communique.spans import (
    CONTRAST_CC,
    TO,
    child_with,
    children_with,
    joined_infinitive,
    sentence_of,
    to_clause,
)

#: Words that open a temporal clause: in the simple present such a clause states what
#: happens whenever it holds ("when the cameras catch someone being hurt"), a
#: habit, not one happening (a grammar fact of English tense).
HABIT_MARKS = frozenset({"when", "whenever"})
#: Tags of the simple present.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Tags of the simple past and of the participle of the perfect ("has opposed").
PAST_TAGS = frozenset({"VBD", "VBN"})


def _with_curly(*words: str) -> frozenset[str]:
    """The words, and those with an apostrophe also in the typographic form ("n’t", "’ll"):
    news text sets clitics with U+2019 as often as with "'", and the parser keeps the mark."""
    return frozenset(words) | {w.replace("'", "\u2019") for w in words}


CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest", "provided"})
HYPOTHETICAL_MODALS = _with_curly("would", "could", "might", "may", "'d", "can", "ca")
#: Modals of obligation: "we should start killing them", "must destroy ISIS" say what ought to
#: be done, not what was (PLOVER manual, auxiliary modes: an event that did not happen).
OBLIGATION_MODALS = frozenset({"should", "must", "ought"})
WOULD = _with_curly("would", "'d")
#: Forms of "have" that make "have got to" a semi-modal of obligation ("we've got to stop
#: them"), and those that put "have to" in the past ("had had to leave").
HAVE_FORMS = _with_curly("have", "has", "'ve", "'s", "had", "'d")
HAVE_PAST = frozenset({"had"})
#: The bare "have" of a perfect after a modal ("would have gone", "could've gone").
HAVE_BARE = _with_curly("have", "'ve")
FUTURE_AUX = _with_curly("will", "shall", "'ll", "wo")
BE_FORMS = _with_curly("is", "'s", "are", "'re", "am", "'m", "was", "were")
NEGATORS = _with_curly("not", "n't", "never", "no")
#: Auxiliaries of a participle told in the past: the perfect and the past passive.
PAST_AUX = _with_curly("has", "have", "had", "'ve", "was", "were")
#: Dependencies through which an act stays inside the clause that frames it.
CLIMB_DEPS = frozenset(
    {
        "xcomp",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "acl",
        "attr",
        "nsubj",
        "nsubjpass",
        "compound",
        "amod",
        "acomp",
        "oprd",
    }
)


def governors(trigger: Token) -> list[Token]:
    """The trigger, then the words above it that frame the act (up to a new clause)."""
    chain = [trigger]
    current = trigger
    for _ in range(lexicon().threshold("climb_steps")):
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            break
        if _fact_clause(current):
            break  # "did not mention the fact that troops attacked": the attack is presupposed
        current = current.head
        chain.append(current)
    return chain


def _fact_clause(clause: Token) -> bool:
    """Is ``clause`` the "that" clause of a factive noun ("the fact that he apologized")?"""
    return (
        clause.dep_ == "acl"
        and clause.head.lemma_.lower() in lexicon().factive
        and child_with(clause, ("mark",), frozenset({"that"})) is not None
    )


def _with_shared(chain: list[Token]) -> list[Token]:
    """The chain, continued through a coordinated verb that has no subject or auxiliary of
    its own to the verb it is joined to: coordinated verbs share their auxiliaries (a grammar
    fact), so "would have gotten a laser on them and killed them" is as hypothetical for
    "killed" as for "gotten"; and through an infinitive of purpose to the act it serves."""
    out = list(chain)
    for _ in range(lexicon().threshold("climb_steps")):
        last = out[-1]
        if last.dep_ == "advcl" and last.head.i != last.i and to_clause(last):
            # "would form a coalition to fight the group": an act done for a purpose is as
            # real as the act that serves it
            out += governors(last.head)
            continue
        if (
            last.dep_ == "advcl"
            and last.tag_ == "VBG"
            and last.head.i != last.i
            and last.head.pos_ in ("VERB", "AUX")
            and not {c.dep_ for c in last.children} & {"nsubj", "nsubjpass", "mark", "aux"}
        ):
            # "was going around killing people": a participle with no subject of its own
            # takes its subject and frame from the verb it hangs on (a grammar fact)
            out += governors(last.head)
            continue
        if _non_finite_complement(last):
            # "did not want troops to fight", "can't let them break the border": an infinitive
            # clause has no tense of its own and is as real as the verb that governs it
            out += governors(last.head)
            continue
        if last.dep_ != "conj" or last.pos_ not in ("VERB", "AUX") or last.head.i == last.i:
            break
        # an infinitive's "to" is no tense of its own: "a plan to strengthen the army and to
        # defeat the group" shares its governor as the bare conjunct would
        own = {c.dep_ for c in last.children if not (c.dep_ == "aux" and c.lower_ == "to")}
        if own & {"nsubj", "nsubjpass", "aux", "auxpass", "expl"}:
            break
        if any(c.dep_ == "cc" and c.lower_ in CONTRAST_CC for c in last.head.children):
            break
        # "refused to recognise the government, end its ban and meet the envoys": a bare verb
        # the parse hung on the refusal or on a noun shares the infinitive it is joined to
        out += governors(joined_infinitive(last) or last.head)
    return out


def _non_finite_complement(clause: Token) -> bool:
    """A complement clause with its own subject but no tense: a "to" infinitive ("wanted
    troops to fight") or a bare infinitive after a causative ("let them break"); the parser
    labels both ``ccomp``. A finite clause ("said that troops fought") keeps its own tense."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if to_clause(clause):
        return True
    if _wanted_participle(clause):
        return True
    if clause.head.lemma_.lower() not in lexicon().bare_infinitive:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _wanted_participle(clause: Token) -> bool:
    """A clause of a subject and a past participle under a verb of desire ("wants the minister
    fired", "wanted the law repealed"): "want" takes no tensed clause, so this is a small
    clause with no tense of its own, as "wants the minister to be fired" (a grammar fact),
    and the act is wished for, not done; the parser may tag the participle as a past."""
    return (
        clause.tag_ in PAST_TAGS
        and clause.head.lemma_.lower() in lexicon().desiring
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
        # "wants the aides swept up in the inquiry to have access": the infinitive is what is
        # wanted, the participle a reduced relative of its subject, which took place
        and not any(to_clause(c) for c in clause.children)
    )


def claims(trigger: Token, quote: Quote, words: Sequence[Token] = ()) -> bool:
    """Does the quotation around ``trigger`` claim its act, or only carry it?

    An event whose own words hold the report's cue is the cue's act ("her extradition was
    approved by the court": the approval is told, not claimed by the court).

    PolNeAR's annotators mark attempts and acts begun or kept up as attributions ("tried to
    seize the town", "continued to shell it"), and the quote finder learned to find them. The
    act in such a verb's infinitive is its subject's own (subject control, a grammar fact;
    ``attempting`` in ``events.yaml``): the article tells it, nobody claims it. A verb of
    saying ("claimed to have seized") or of seeming ("appeared to seize": a hedge) still
    carries a claim.

    Only words said or written are claimed: the quote finder also reports what PolNeAR's
    annotators take in as attributions, beliefs, stances, perceptions and causes ("the
    scandal forced him to resign", "watched as the police arrested them", "paid tribute to
    the people killed"), whose content the article itself tells. A report outside quotation
    marks claims its act only when a word of its cue is one of speech or writing
    (:func:`speech_cue`)."""
    if quote.cue is None:
        return True
    start = quote.cue.span[0]
    if any(w.idx == start for w in words):
        return False
    cue = next((t for t in trigger.sent if t.idx == start), None)
    if cue is not None and _declared_measure(trigger, words, cue):
        return False
    if (
        cue is not None
        and trigger.dep_ == "dobj"
        and trigger.head.i == cue.i
        and trigger.pos_ in ("NOUN", "PROPN")
        and not _speaking(cue)
        and _speaking(trigger)
    ):
        # "The council made that argument in letters": the noun of speech a light verb takes
        # as its object (what makes the report one of speech, see speech_cue) names the cue's
        # own act, which the article tells ("made charges that ..." claims only what the
        # charges say). A verb of speech keeps its object as what it tells ("announced the
        # withdrawal of troops"), and a verb read as the object is what was said ("It does
        # say advise and consent").
        return False
    if (
        quote.kind != "direct"
        and not (quote.kind == "mixed" and _inside_marks(trigger.doc, quote, trigger))
        and not speech_cue(trigger.doc, quote.cue.span)
    ):
        return False
    if cue is None or cue.lemma_.lower() not in lexicon().attempting:
        return True
    node = trigger
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        if node.i == cue.i:
            return False
    return True


def _declared_measure(trigger: Token, words: Sequence[Token], cue: Token) -> bool:
    """Is the act noun what a verb of declaring takes as its object, or as a passive's
    subject ("declared martial law", "martial law was declared by the president")? Declaring
    a measure is a performative: the words put it in force, so the declaration is the act the
    article tells, not a claim about another act (CAMEO's DECREE block codes "DECLARE" with
    "CURFEW" [1723], "STATE (OF EMERGENCY)" [1724] and "&CEASEFIRE" [0871] as the act itself,
    CAMEO.2.0.txt:4389-4430; ``declaring`` of events.yaml). A clause the verb takes
    ("declared that the army shelled the town") is still what was said."""
    if cue.lemma_.lower() not in lexicon().declaring:
        return False
    inside = {w.i for w in words} | {trigger.i}
    noun = trigger
    while noun.head.i != noun.i and noun.head.i in inside:
        noun = noun.head  # "Martial law": the trigger opens at the modifier
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.i == cue.i
    )


def speech_cue(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the cue at the characters ``span`` one of speech or writing?

    A word of the cue is a speech, directive or evidence cue of the quote finder's lexicon
    (``cues.yaml``: what people say, ask, or a poll, a study, a document finds) or a word of
    the ``reporting`` table of ``events.yaml`` (VerbNet's verbs of communication, nouns of
    utterances and texts, "according to", a headline's colon, a light verb with its predicate
    as "made clear that"); or a cue verb's object is such
    a noun ("made charges that", "offered a promise that"); or the cue stands inside a clause
    of such a word ("told reporters that he believed ...": what the speaker says he believes
    is his claim)."""
    cue = doc.char_span(span[0], span[1], alignment_mode="expand")
    if cue is None:
        return True  # the cue's words cannot be found: leave the report as the finder made it
    for token in cue:
        if _speaking(token) or _stating_phrase(token):
            return True
        if any(c.dep_ == "dobj" and _speaking(c) for c in token.children):
            return True
    return any(_speaking(a) for a in cue.root.ancestors)


def _speaking(token: Token) -> bool:
    """A word of speech or writing (see :func:`speech_cue`)."""
    lemma = token.lemma_.lower()
    table = lexicon().reporting
    return (
        is_speech(lemma)
        or lemma in cue_lexicon()["evidence"]
        or lemma in table
        or token.lower_ in table
    )


#: The dependents that complete a light verb into a phrase of stating ("made clear that",
#: "made it clear that": the parser hangs "clear" as a predicate or a clause of "made").
_PHRASE_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def _stating_phrase(token: Token) -> bool:
    """A verb that with its predicate word is a phrase of the ``reporting`` table ("made clear
    that ...": to make clear is to state plainly)."""
    table = lexicon().reporting
    lemma = token.lemma_.lower()
    return any(c.dep_ in _PHRASE_DEPS and f"{lemma} {c.lower_}" in table for c in token.children)


def _inside_marks(doc: Doc, quote: Quote, trigger: Token) -> bool:
    """Does ``trigger`` stand inside quotation marks within ``quote`` (the quoted words of a
    mixed quotation are the speaker's own, whatever its cue)?

    The marks are those the quote finder paired (:func:`communique.nlp.quotation_regions`,
    kept on the Doc): the region the trigger stands in must open inside the quotation.
    Looking it up is a bisection, where counting the marks before the trigger cost a pass
    over the text up to it for every event.
    """
    regions, _ = quotation_regions(doc)
    at = trigger.idx
    k = bisect.bisect_right(regions, at, key=lambda r: r.start) - 1
    if k < 0:
        return False
    inner = regions[k].inner
    return regions[k].start >= quote.span[0] and inner[0] <= at < inner[1]


def classify(
    trigger: Token,
    *,
    in_quote: bool,
    requested: bool = False,
    intended: bool = False,
    forceful: bool = False,
    words: Sequence[Token] = (),
) -> tuple[str, str]:
    """(modality, reason) for the event whose trigger word is ``trigger``; ``forceful`` when
    the act is a use of force (an act of doing, never of saying or of attitude); ``words``
    the event's other trigger words, where a verb among them is the act's own word."""
    chain = _with_shared(governors(trigger))
    found = _negation(trigger, chain)
    if found:
        return "negated", found
    verbal = any(w.pos_ == "VERB" for w in words if w.i != trigger.i)
    found = _hypothesis(trigger, chain, forceful, verbal=verbal)
    if found:
        return "hypothetical", found
    if requested and not _indicative(trigger):
        return "requested", "the act demanded by a request"
    found = _directed(chain) or _asked_for(chain) or _mandated(chain) or _imperative(chain)
    if found:
        return "requested", found
    found = _obligation(chain)
    if found:
        return "hypothetical", found
    found = _intent(chain)
    if intended or found:
        return "intended", found or "the act committed to"
    found = _future(chain)
    if found:
        return "future", found
    found = _purpose(chain, forceful)
    if found:
        return "intended", found  # "will send troops to fight": the future above decides
    if in_quote:
        return "reported", "claimed inside a quotation"
    found = _alleged(chain) or _said_to(chain) or _hearsay(trigger, chain)
    if found:
        return "reported", found
    found = _state(trigger)
    if found:
        return "hypothetical", found
    return "asserted", "stated by the article"


def _alleged(chain: list[Token]) -> str | None:
    """The act someone is accused, suspected or indicted of ("a court indicted the officer for
    beating a prisoner", "a man accused of attacking the convoy"): the accuser's claim, not an
    act the article tells, also where no quotation carries it, as when the verb is a participle
    of the noun it describes. The verbs and the preposition each takes are the ``alleging``
    table of ``events.yaml``; "charged with" is not among them, since it also entrusts ("the
    office charged with negotiating the treaty")."""
    lex = lexicon()
    for below, prep in pairwise(chain):
        if prep.dep_ != "prep" or below.dep_ != "pcomp" or below.tag_ != "VBG":
            continue
        verb = prep.head
        if prep.lower_ == lex.alleging.get(verb.lemma_.lower(), (None, ""))[0]:
            return f"alleged by '{verb.text} {prep.text}'"
        return None
    return None


def _said_to(chain: list[Token]) -> str | None:
    """The act of a subject raised out of a passive verb of speech ("the general is said to
    have ordered the attack", "who is reported to have pressed for it"): unnamed speakers'
    claim, not an act the article tells (grammar fact: "X is said to V" is "people say that
    X Vs" with its sayers left out), also where no quotation carries it."""
    for below, verb in pairwise(chain):
        if below.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if _speaking(verb):
            return f"said by others: '{verb.text} to'"
        return None
    return None


def _state(trigger: Token) -> str | None:
    """A standing attitude the article describes ("Rubio opposes abortion", "most members
    support Sanders"): a stative verb of attitude in the simple present, outside any report.
    Said by someone ("Murphy said he supports the bill") it is what the PLOVER manual's
    SUPPORT calls expressing support, and the caller keeps it as reported."""
    if (
        trigger.lemma_.lower() in lexicon().attitudes
        and trigger.pos_ == "VERB"
        and trigger.tag_ in PRESENT_TAGS
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
        and trigger.sent.start > 0  # a headline tells past news in the present
    ):
        return f"a state: '{trigger.text}' in the present"
    return None


#: Auxiliaries that give a clause its own tense: a demand's clause has none of them ("demanded
#: that the US cancel", "insist that he resign") or "should" (grammar: the mandative
#: subjunctive); with one ("insists that he has won") the clause states a fact.
TENSED_AUX = _with_curly(
    "has",
    "have",
    "had",
    "'s",
    "'ve",
    "is",
    "are",
    "was",
    "were",
    "'re",
    "'m",
    "am",
    "did",
    "does",
    "do",
)


def _indicative(act: Token) -> bool:
    """Is ``act`` a finite clause in the indicative ("insisting that he **has expanded** the
    party"): what the verb of saying claims, not what it demands (events.yaml, proposing:
    with an indicative clause a mandative verb asserts)."""
    if act.dep_ != "ccomp" or act.pos_ not in ("VERB", "AUX"):
        return False
    if child_with(act, ("aux", "auxpass"), TENSED_AUX) is not None:
        return True
    return act.tag_ in ("VBD", "VBZ")


def _free_adjunct(node: Token) -> bool:
    """A participle clause set off by a comma ("was not a party, allowing the group to
    continue"): a free adjunct states its own fact, outside the scope of the main verb's
    negation (a grammar fact), unlike a bound participle ("did not go around killing")."""
    if node.dep_ != "advcl" or node.tag_ != "VBG":
        return False
    before = node.left_edge.i - 1
    return before >= 0 and node.doc[before].text == ","


def _had(clitic: Token | None, verb: Token) -> bool:
    """Is this "'d" the clitic of "had", not of "would"? Before a past participle with no
    "have" of its own ("he'd been offered", "they'd left") it is the past perfect; "would"
    takes a bare infinitive or "have" ("he'd go", "he'd have gone"): a grammar fact."""
    if clitic is None or clitic.lower_ not in ("'d", "\u2019d"):
        return False
    return verb.tag_ == "VBN" and child_with(verb, ("aux",), HAVE_BARE) is None


def _negation_scope(chain: list[Token]) -> list[Token]:
    """The part of the chain a negation reaches: up to a free adjunct, or only the act itself
    when it is an owned or pointed-at act noun, the subject of the verb above it. What a
    subject noun's clause or complement holds ("Rubio's claim that Cruz favors legalizing
    them is not true", "his decision to hold off on backing her") is its content, which the
    presupposition of the noun does not carry, and stays in the negation's reach."""
    if _presupposed_subject(chain[0]):
        return chain[:1]
    for n, node in enumerate(chain):
        if _free_adjunct(node):
            return chain[: n + 1]
    return chain


#: Demonstratives that point at an act told or known ("that boycott", "these strikes").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _presupposed_subject(node: Token) -> bool:
    """Is ``node`` an act noun with an owner or a demonstrative that is the subject of its verb
    ("**his support** for the treaty is not shared", "**that boycott** never hurt them")? The
    possessive or the demonstrative presupposes the act exists, and a presupposition survives
    the negation of its clause (a grammar fact): the negation denies what is said of the act,
    not the act, unless the verb tells the act's own taking place ("his visit did not take
    place"; ``occurring`` in events.yaml)."""
    if node.pos_ != "NOUN" or node.dep_ not in ("nsubj", "nsubjpass") or node.head.i == node.i:
        return False
    if node.head.lemma_.lower() in lexicon().occurring:
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEMONSTRATIVES) for c in node.children
    )


def _negation(trigger: Token, chain: list[Token]) -> str | None:
    lex = lexicon()
    chain = _negation_scope(chain)
    undone = _forgoing_undone(chain)
    for node in chain:
        if node.i in undone:
            continue  # "did not refrain from": the negations cancel
        neg = child_with(node, ("neg", "advmod"), NEGATORS)
        if neg is not None and _not_only(neg):
            neg = None  # "not just hacking", "not only attacked": an addition, not a denial
        if neg is not None and node.lemma_.lower() != "rule":
            return f"negated by '{neg.text}' on '{node.text}'"
        if node.i != trigger.i and node.lemma_.lower() in lex.deny:
            out = child_with(node, ("prt",), frozenset({"out"}))
            if node.lemma_.lower() == "rule" and out is None:
                continue
            if child_with(node, ("neg",), NEGATORS) is not None:
                continue  # "did not rule out" leaves the act open: see _hypothesis
            return f"denied by '{node.text}'"
        subject = _negative_subject(node)
        if subject is not None:
            return f"negated by the subject '{subject}'"
        thing = _negative_object(node) if node.i == trigger.i else None
        if thing is not None:
            return f"negated by the object '{thing}'"
        if node.pos_ == "NOUN" and (
            node.lemma_.lower() in lex.intentions or node.lemma_.lower() in lex.evidential
        ):
            det = child_with(node, ("det", "neg"), frozenset({"no"}))
            if det is not None:
                return f"negated by '{det.text} {node.text}'"
        longer = _no_longer(node)
        if longer is not None:
            return f"negated by '{longer}' on '{node.text}'"
    for below, node in pairwise(chain):
        if _refused(below, node):
            return f"refused by '{node.text}'"
        if _not_yet(below, node):
            return f"not yet done: '{node.text} yet to {below.text}'"
        if below.i == trigger.i and _denying_noun(below, node):
            # only the noun's own act: "the failure to prevent an attack" says it happened
            return f"denied by '{node.text} to {below.text}'"
        if below.i == trigger.i and _ceased(below, node):
            return f"ended by '{node.text}'"
        forgoer = _forgoer(below, node)
        forgone = _forgone(below, node) if forgoer is not None and forgoer.i not in undone else None
        if forgone:
            return f"not done: '{forgone}'"
        if _decided_against(below, node):
            return f"negated by '{node.head.text} {node.text}'"
        if node.lower_ == "without" and node.dep_ == "prep" and below.dep_ in ("pcomp", "pobj"):
            # "without a shot being fired", "without firing a shot": "without" denies the
            # clause or act it governs (a grammar fact)
            return f"negated by '{node.text}'"
    if trigger.pos_ == "NOUN" and child_with(trigger, ("det", "neg"), frozenset({"no"})):
        return f"negated by 'no {trigger.text}'"
    top = chain[-1]
    denier = top.head
    if (  # "denied that troops attacked the village"
        top.dep_ == "ccomp"
        and denier.lemma_.lower() in lex.deny
        and child_with(denier, ("neg",), NEGATORS) is None
    ):
        return f"denied by '{denier.text}'"
    return None


def _not_yet(below: Token, node: Token) -> bool:
    """ "The president has yet to endorse him", "the army is yet to withdraw": "have yet to"
    and "be yet to" say the act has not taken place so far (a grammar fact: the idiom is a
    negative perfect, "has not endorsed him yet"), not that it must or is arranged to."""
    return (
        node.lemma_.lower() in ("have", "be")
        and below.head.i == node.i
        and below.dep_ == "xcomp"
        and to_clause(below)
        and child_with(node, ("advmod",), frozenset({"yet"})) is not None
    )


def _no_longer(node: Token) -> str | None:
    """The "no longer" on ``node`` ("will no longer fight the release", "no longer supports
    the rebels"): the negative adverb of aspect says the act does not go on now, as "not any
    longer" does (a grammar fact), so the act told is not done."""
    for adverb in node.children:
        if adverb.dep_ == "advmod" and adverb.lower_ == "longer":
            neg = child_with(adverb, ("neg", "det", "advmod"), frozenset({"no"}))
            if neg is not None and neg.i == adverb.i - 1:
                return f"{neg.text} {adverb.text}"
    return None


def _decided_against(below: Token, node: Token) -> bool:
    """Is ``below`` the gerund of "decided against charging him"? A verb of intent with
    "against" and a gerund chooses not to do the act (English grammar: "decide against
    doing" is "decide not to do"), so the act is denied, not intended."""
    return (
        below.dep_ == "pcomp"
        and node.lower_ == "against"
        and node.dep_ == "prep"
        and node.head.lemma_.lower() in lexicon().intent
    )


def _ceased(below: Token, node: Token) -> bool:
    """Is ``below`` the gerund of "stopped funding the agency", "quit attacking people"? A
    verb of ceasing says its gerund's act no longer goes on (English grammar: "stop doing"
    takes the doing as given and tells its end), so the event told is the end, not the act:
    the act is not told as a new one, nor, after "needs to" or in a chant of "stop killing
    us", as one asked for (what is asked for is its end). Negation, PLOVER's mode of an act
    that does not take place, is the nearest of the manual's auxiliary modes; the doing
    before the end is taken as given, not reported as an event of the text."""
    return (
        below.tag_ == "VBG"
        and below.dep_ in ("xcomp", "ccomp", "dobj")
        and below.head.i == node.i
        and node.lemma_.lower() in lexicon().ceasing
    )


def _forgone(below: Token, node: Token) -> str | None:
    """The words that forgo or prevent the gerund ``below`` ("refrained from shelling the
    town", "avoided attacking", "prevented the rebels from seizing the bridge", "stopped short
    of imposing sanctions"), or None. These negative implicatives entail that the gerund's act
    did not take place (the ``forgoing`` table of ``events.yaml``, keyed "verb preposition"
    for a gerund in a prepositional phrase, by the verb for a gerund object)."""
    forgoer = _forgoer(below, node)
    if forgoer is None:
        return None
    return f"{forgoer.text} {node.text}" if node.dep_ == "prep" else node.text


def _forgoer(below: Token, node: Token) -> Token | None:
    """The word of the ``forgoing`` table that forgoes the gerund ``below`` hung on ``node``:
    the verb of "refrained from", "avoided", the "short" of "stopped short of"; else None."""
    if below.tag_ != "VBG" or below.head.i != node.i:
        return None
    forgoing = lexicon().forgoing
    if below.dep_ == "pcomp" and node.dep_ == "prep":
        holder = node.head
        if holder.pos_ not in ("VERB", "AUX") and holder.dep_ != "advmod":
            # the phrase of a noun or adjective: "anything short of shooting" is everything but
            # the shooting, no verb's act forgone
            return None
        return holder if f"{holder.lemma_.lower()} {node.lower_}" in forgoing else None
    if below.dep_ in ("xcomp", "dobj") and node.lemma_.lower() in forgoing:
        return node
    return None


def _forgoing_undone(chain: list[Token]) -> set[int]:
    """The chain's words whose negation meets a forgoing's and cancels it: "did not refrain
    from shelling", "never avoided attacking", "failed to prevent the rebels from seizing the
    town", "nothing could prevent the army from attacking". Two negations make an assertion
    (a negated negative implicative entails its complement's act: Karttunen 1971), so neither
    the forgoing nor the word that denies it negates the act."""
    lex = lexicon()
    out: set[int] = set()
    for below, node in pairwise(chain):
        forgoer = _forgoer(below, node)
        if forgoer is None:
            continue
        # "stopped short of": the verb that "short" qualifies is the one negated
        verb = forgoer.head if forgoer.dep_ == "advmod" else forgoer
        neg = child_with(verb, ("neg", "advmod"), NEGATORS)
        if (neg is not None and not _not_only(neg)) or _negative_subject(verb) is not None:
            out |= {forgoer.i, verb.i}
        elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.deny:
            out |= {forgoer.i, verb.i, verb.head.i}  # "failed to prevent"
    return out


def _hearsay(trigger: Token, chain: list[Token]) -> str | None:
    """The word of hearsay on the act ("rebels allegedly attacked a checkpoint", "the alleged
    attack"): an adverb on a verb of the chain, or an adjective on the act noun. The writer
    passes on others' claim, as with "is said to have" (the ``hearsay`` table of
    ``events.yaml``)."""
    hearsay = frozenset(lexicon().hearsay)
    for node in chain:
        adverb = child_with(node, ("advmod",), hearsay)
        if adverb is not None:
            return f"hearsay: '{adverb.text}'"
    if trigger.pos_ == "NOUN":
        adjective = child_with(trigger, ("amod",), hearsay)
        if adjective is not None:
            return f"hearsay: '{adjective.text} {trigger.text}'"
    return None


#: CAMEO's root of refusals (REJECT, 12): the act a refusal is of was not done.
REFUSAL_ROOT = "12"


def _refused(below: Token, node: Token) -> bool:
    """Is ``below`` the act refused by ``node`` ("refused to punish", "declined to meet")?
    A refusal says the act was not done (PLOVER manual, REJECT: "refuses a proposal or
    demand"); the refusing verbs are those the intent list files under CAMEO's root 12. A
    negated refusal ("did not refuse to meet") is left to the other rules."""
    code = lexicon().intent.get(node.lemma_.lower()) or ""
    if not code.startswith(REFUSAL_ROOT) or below.dep_ not in ("xcomp", "advcl"):
        return False
    if not to_clause(below):
        return False
    return child_with(node, ("neg",), NEGATORS) is None


def nominal_verb(act: Token, noun: Token) -> str | None:
    """The verb of intent or denial that ``noun`` is named for, when ``act`` is the noun's
    infinitive ("Iran's threat to attack the tankers" → "threaten"), else None."""
    if noun.pos_ != "NOUN" or act.dep_ != "acl" or act.head.i != noun.i:
        return None
    if not to_clause(act):
        return None
    found = lexicon().nominalised.get(noun.lemma_.lower())
    return found[0] if found is not None else None


def _denying_noun(act: Token, noun: Token) -> bool:
    """Does ``noun`` refuse or deny its infinitive ``act`` ("his refusal to meet", "their
    failure to reach a deal"), as its verb does?"""
    verb = nominal_verb(act, noun)
    if verb is None:
        return False
    lex = lexicon()
    return verb in lex.deny or (lex.intent.get(verb) or "").startswith(REFUSAL_ROOT)


def _negative_subject(verb: Token) -> str | None:
    """The negative subject of ``verb`` ("no soldier", "nobody"), as text, or None: a
    negative subject denies the clause as "not" does (``negative_subjects`` and
    ``negative_determiners`` of events.yaml)."""
    lex = lexicon()
    determiners = frozenset(lex.negative_determiners)
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in lex.negative_subjects:
            return child.text
        det = child_with(child, ("det",), determiners)
        if det is not None:
            return f"{det.text} {child.text}"
    return None


def _negative_object(verb: Token) -> str | None:
    """The direct object of ``verb`` under a negative determiner ("makes no apologies", "gave
    no aid"), as text, or None: "no" on the object denies the act as on the subject."""
    determiners = frozenset(lexicon().negative_determiners)
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        det = child_with(child, ("det",), determiners)
        if det is not None:
            return f"{det.text} {child.text}"
    return None


def _not_only(neg: Token) -> bool:
    """Is this "not" the start of "not just/only X"?"""
    doc = neg.doc
    after = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
    # "not just hacking" says there was hacking and more (``not_only`` of events.yaml)
    return after is not None and after.lower_ in lexicon().not_only


def _hypothesis(
    trigger: Token, chain: list[Token], forceful: bool = False, *, verbal: bool = False
) -> str | None:
    """Why the act is only supposed, or None. ``verbal`` when a later verb of the trigger is
    the act's word ("the upcoming talks were postponed"): a determiner or adjective of the
    noun before it then tells of the noun's act, not of the verb's, which took place."""
    sent = sentence_of(trigger)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?":
        return "asked in a question, not stated"
    for node in _relative_chain(chain):
        mark = child_with(node, ("mark",), CONDITION_MARKS)
        if mark is not None:
            return f"condition '{mark.text}' around the clause"
    if trigger.pos_ == "NOUN" and not verbal:
        det = child_with(trigger, ("det",), frozenset({"any"}))
        if det is not None:
            return f"'{det.text} {trigger.text}': no particular act"
        adj = child_with(trigger, ("amod",), frozenset(lexicon().hypothetical))
        if adj is not None:
            return f"'{adj.text} {trigger.text}'"
    favoured = _favoured_act(trigger)
    if favoured:
        return favoured
    found = _generic(trigger, chain, forceful)
    if found:
        return found
    for node in chain:
        mark = child_with(node, ("mark",), CONDITION_MARKS)
        if mark is not None:
            return f"condition '{mark.text}'"
        modal = child_with(node, ("aux",), HYPOTHETICAL_MODALS)
        if _had(modal, node):
            modal = None
        if modal is not None and not (
            modal.lower_ in WOULD
            and reported_speech(node)
            and child_with(node, ("aux",), HAVE_BARE) is None
        ):
            # "said they would boycott" is a future seen from the past, but "said they would
            # have boycotted" a counterfactual, as outside reported speech (a grammar fact)
            return f"modal '{modal.text}'"
        inversion = _inverted_condition(node)
        if inversion:
            return inversion
        if node.dep_ == "pcomp" and node.head.lower_ == "about" and node.tag_ == "VBG":
            # "talks about using nuclear weapons", "worried about being attacked": an act
            # spoken or thought of, not one said to have happened
            return f"spoken of ('about {node.text}')"
        if (
            node.i != trigger.i
            and node.lemma_.lower() in lexicon().mentioning
            and any(
                b.head.i == node.i and b.dep_ in ("dobj", "xcomp", "advcl") and b.tag_ == "VBG"
                for b in chain
            )
        ):
            return f"spoken of ('{node.text}' ...ing)"
        if node.i != trigger.i and node.lemma_.lower() in lexicon().able:
            return f"ability '{node.text}': what can be done"
        if node.lemma_.lower() == "rule" and child_with(node, ("neg",), NEGATORS):
            return f"'{node.text} out' not ruled out: a possibility"
        if (
            node.lemma_.lower() in ("threaten", "warn")
            and node.i != trigger.i
            and not _adjunct_below(chain, node)
        ):
            return f"threatened by '{node.text}'"
    for n, (below, node) in enumerate(pairwise(chain)):
        found = _modal_adjective(below, node)
        if not found and not any(c.dep_ == "prep" for c in chain[1 : n + 1]):
            # only the permitted act and its arguments: "allow it to automate tasks during
            # the strike" permits no strike, which the adjunct dates the act by
            found = _permitted(below, node)
        if found:
            return found
        if (
            node.pos_ == "NOUN"
            and node.lemma_.lower() in lexicon().contents
            and (
                (below.dep_ == "acl" and to_clause(below))
                or (
                    below.dep_ == "prep"
                    and below.lower_ in ("of", "for")
                    and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in below.children)
                )
            )
        ):
            return f"thought of: '{node.text} {below.text} ...'"
        if (
            node.pos_ == "NOUN"
            and node.lemma_.lower() in lexicon().abilities
            and below.dep_ == "acl"
            and to_clause(below)
        ):
            return f"ability '{node.text} to {below.text}': what can be done"
    return None


def _permitted(below: Token, node: Token) -> str | None:
    """The act a verb of ``permitting`` allows ("the law allows refugees to enter", "he is
    permitted to speak"): what is allowed may be done, it is not told as done (``allow`` does
    not entail its infinitive, a grammar fact). A permission told in the past ("allowed him to
    leave", "was permitted to speak") is left to the act it let happen. The parser hangs the
    infinitive on the verb as its complement or, after an object, as advcl."""
    if node.lemma_.lower() not in lexicon().permitting or below.head.i != node.i:
        return None
    if not to_clause(below) or _free_adjunct(node):
        # "was no party to the truce, allowing it to continue its raids": a free adjunct
        # tells the outcome the main clause brought about, which took place
        return None
    past = node.tag_ == "VBD" or (
        node.tag_ == "VBN" and child_with(node, ("aux", "auxpass"), PAST_AUX) is not None
    )
    if past:
        # "the plan's scale has allowed it to negotiate low fees", "questions that allowed
        # him to reassure them": a permission or a means told in the past is told for the act
        # it let happen; the present states a standing rule or capability, no act
        return None
    if below.dep_ in ("xcomp", "ccomp") or (
        below.dep_ == "advcl"
        and not any(c.dep_ == "mark" for c in below.children)
        and any(c.dep_ == "dobj" and c.i < below.i for c in node.children)
    ):
        return f"permitted by '{node.text}': what may be done"
    return None


def _favoured_act(trigger: Token) -> str | None:
    """An act named as what a verb of attitude is held towards ("voters support a temporary
    ban on migrants", "most oppose banning imports", "he favors tariffs"): the indefinite
    noun, the bare noun or the gerund after "support", "oppose", "favor", "want" names a
    kind of act a stance is about, no act done (a grammar fact: the indefinite object of a
    verb of attitude or desire refers to no particular thing, "wants a ban" says of none that
    it exists; ``attitudes`` of events.yaml). A definite or owned act ("supported the war in
    Iraq", "opposed his ban") is one that exists, and keeps its reading."""
    if trigger.dep_ not in ("dobj", "xcomp") or trigger.head.i == trigger.i:
        return None
    verb = trigger.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().attitudes:
        return None
    if trigger.tag_ == "VBG":
        return f"an act '{verb.text}' is held towards: '{trigger.text}'"
    if trigger.pos_ != "NOUN" or trigger.ent_type_:
        return None
    if verb.tag_ in PAST_TAGS and verb.lemma_.lower() not in lexicon().desiring:
        # "the envoy supported a crackdown": the past of a side taken speaks of an act of its
        # time, while "wanted a new war" wishes for one in any tense (``desiring``)
        return None
    # the noun phrase's own words before the noun: the parser may hang the owner on a
    # modifier ("his signature trade deal")
    determiners = [
        t for t in trigger.subtree if t.i < trigger.i and t.dep_ in ("det", "poss", "nummod")
    ]
    articles = lexicon().indefinite_articles  # "a ban", "an attack": no particular act
    if any(c.lower_ not in articles for c in determiners):
        return None  # "the war", "his ban", "two strikes": acts that exist
    return f"an act '{verb.text}' is held towards: '{trigger.text}'"


def _adjunct_below(chain: list[Token], node: Token) -> bool:
    """Does the chain reach ``node`` through a prepositional adjunct ("warned him **during**
    their meeting")? An adjunct tells when or where the verb's act took place, not what it
    is about: the meeting happened, only the complement of "warned" is threatened."""
    below = next((b for b in chain if b.head.i == node.i and b.i != node.i), None)
    return below is not None and below.dep_ == "prep"


def _modal_adjective(below: Token, node: Token) -> str | None:
    """A modal adjective whose infinitive is ``below``: "likely to attack" (the infinitive is
    the adjective's complement) or "hard for them to attack" (the parser hangs the "for ...
    to" clause on the copula beside the adjective)."""
    if not to_clause(below):
        return None
    if (
        below.dep_ == "xcomp"
        and node.pos_ == "ADJ"
        and node.lemma_.lower() in lexicon().modal_adjectives
    ):
        return f"modal adjective '{node.text} to {below.text}'"
    if below.dep_ == "advcl":
        adjective = next(
            (
                c
                for c in node.children
                if c.dep_ == "acomp" and c.lemma_.lower() in lexicon().modal_adjectives
            ),
            None,
        )  # fmt: skip ("harder for them to win": the lemma, not the form)
        if adjective is not None:
            return f"modal adjective '{adjective.text} ... to {below.text}'"
    return None


AUX_DEPS = frozenset({"aux", "auxpass"})
NSUBJ = frozenset({"nsubj"})
DOBJ = frozenset({"dobj"})


def _generic(trigger: Token, chain: list[Token], forceful: bool = False) -> str | None:
    """A habit or a kind of happening, not one happening: a clause of "when" or "whenever"
    in the simple present that frames the act ("whenever a reporter films a man
    being beaten"), or a tenseless passive gerund ("being beaten", "getting hurt") whose
    patient is a bare common noun, named by no determiner, number, owner or name ("soldiers
    being wounded"), unless a verb of perception shows it as one scene."""
    frame = [*chain, *_relative_chain(chain)]
    if chain[-1].dep_ == "ccomp" and chain[-1].head.i != chain[-1].i:
        frame.append(chain[-1].head)  # "when the cameras catch a man being beaten"
    for node in frame:
        mark = child_with(node, ("advmod", "mark"), HABIT_MARKS)
        if mark is not None and _simple_present(node) and not children_with(node, AUX_DEPS):
            return f"a habit: '{mark.text} ... {node.text}' in the present"
    # the children from the per-Doc table: Token.children walks the trigger's whole clause
    subject = next(iter(children_with(trigger, NSUBJ)), None)
    if (
        subject is not None
        and (
            trigger.tag_ in PRESENT_TAGS
            or (  # the small model tags some presents as base forms ("individuals kill")
                _simple_present(trigger)
                and trigger.head.lemma_.lower() not in lexicon().perceiving
                and trigger.head.lemma_.lower() not in lexicon().bare_infinitive
            )
        )
        and not children_with(trigger, AUX_DEPS)
        and sentence_of(trigger).start > 0  # a headline tells past news in the present
        and _bare_plural(subject)
    ):
        # "Terrorists attack soft targets": a bare plural with the simple present speaks of
        # a kind, not of one happening (a grammar fact of English generic sentences)
        return f"a kind: '{subject.text} {trigger.text}' in the present"
    target = next(iter(children_with(trigger, DOBJ)), None) if forceful else None
    if (
        target is not None
        and subject is not None
        and trigger.tag_ in PRESENT_TAGS
        and not children_with(trigger, AUX_DEPS)
        and sentence_of(trigger).start > 0  # a headline tells past news in the present
        and _bare_plural(target)
    ):
        # "Putin kills journalists": the simple present of an act of force done to a bare
        # plural, a kind of patient, tells what the doer does as a habit, not one happening (a
        # grammar fact of English generic and habitual sentences, as with a bare plural
        # subject). Only for acts of doing: a verb of saying or of attitude in the present
        # reports a stance held now ("urges voters", "supports charter schools")
        return f"a habit: '{trigger.text} {target.text}' in the present"
    if (
        trigger.dep_ == "relcl"
        and trigger.pos_ == "VERB"
        and _present_tense(trigger)
        and sentence_of(trigger).start > 0  # a headline tells past news in the present
        and not _reportive(trigger)
    ):
        # "the oil that funds the group", "an amendment which bars aid": a relative clause in
        # the simple present says what its noun does as a rule, a habit or a standing
        # property, not one happening (a grammar fact of English tense and aspect)
        return f"a property: '{trigger.head.text} ... {trigger.text}' in the present"
    kind = _gerund_kind(chain)
    if kind is not None:
        return kind
    often = child_with(trigger, ("advmod",), frozenset(lexicon().frequency))
    if often is not None and _present_tense(trigger):
        return f"a habit: '{trigger.text} ... {often.text}' in the present"
    free = _free_choice(trigger)
    if free is not None:
        return f"'{free.text}': any such act, no particular one"
    gerund = child_with(trigger, ("auxpass",), frozenset({"being", "getting"}))
    if gerund is None or trigger.tag_ != "VBN":
        return None
    if trigger.dep_ in ("acl", "relcl"):
        patient: Token | None = trigger.head
    else:
        patient = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.pos_ != "NOUN" or patient.ent_type_:
        return None
    if any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in patient.children
    ):
        return None
    if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in patient.children):
        return None
    for node in chain[1:]:
        if node.lemma_.lower() in lexicon().perceiving:
            return None
    above = patient.head if trigger.dep_ in ("acl", "relcl") else trigger.head
    if above.lemma_.lower() in lexicon().perceiving:
        return None
    return f"a kind of happening: '{patient.text} {gerund.text} {trigger.text}'"


#: Dependents that give a gerund a doer of its own ("his attacking the judge", "Smith's
#: shooting of the officer"): with one the gerund names that doer's act.
GERUND_DOERS = frozenset({"nsubj", "poss"})
#: Dependents of a copula that judge or classify its subject ("is a crime", "is wrong").
COPULA_PREDICATES = frozenset({"attr", "acomp"})


def _gerund_kind(chain: list[Token]) -> str | None:
    """ "Physically assaulting a reporter is a fireable offense", "attacking civilians is a war
    crime": a gerund with no doer of its own as the subject of a copula in the present says
    what such an act is, whoever does it, not that it happened (a grammar fact: the
    understood subject of a subjectless gerund is arbitrary, and a present copula states a
    rule). A past copula may judge one known act ("invading Iraq was a mistake")."""
    for node in chain:
        if node.tag_ != "VBG" or node.dep_ != "csubj" or node.head.i == node.i:
            continue
        verb = node.head
        if verb.tag_ not in PRESENT_TAGS or children_with(verb, AUX_DEPS):
            continue
        if children_with(node, GERUND_DOERS):
            continue
        if verb.lemma_ == "be" and not children_with(verb, COPULA_PREDICATES):
            continue
        # "taxing consumption encourages savings": any verb in the simple present states
        # what such an act does as a rule, as the copula states what it is
        return f"a kind of act: '{node.text} ... {verb.text}' in the present"
    return None


def _reportive(verb: Token) -> bool:
    """Is the relative clause's present a speaker's present stance ("the PKK, which Ankara
    blames for the attack")? A verb of saying or judging with a subject of its own, the
    relative pronoun being its object, tells what that speaker holds now, as "Ankara says"
    does (the reportive present of verbs of communication, a grammar fact), not a property
    of the noun ("a group that criticizes the law"). Verbs of a standing attitude
    ("the candidate they support") stay as they are."""
    from communique.quotes.grammar import is_cue

    if verb.lemma_.lower() in lexicon().attitudes or verb.lemma_.lower() == "expect":
        return False  # "the candidate they support", "the sum it expects": an attitude
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ not in ("WDT", "WP") and is_cue(verb)


def _free_choice(trigger: Token) -> Token | None:
    """The free-choice word or "any" noun the act is said of, if any: a relative clause on
    "anyone" or with "whoever" as subject describes any act of the kind, not one that
    happened (``free_choice`` of events.yaml)."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in lexicon().free_choice:
        return subject
    if trigger.dep_ != "relcl" or trigger.head.i == trigger.i:
        return None
    noun = trigger.head
    if noun.lower_ in lexicon().free_choice:
        return noun
    return child_with(noun, ("det",), frozenset({"any"}))


def _present_tense(verb: Token) -> bool:
    """The simple present, active ("kills") or passive ("are murdered"), with no other
    auxiliary."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    if passive:
        return verb.tag_ == "VBN" and all(c.tag_ in PRESENT_TAGS for c in passive)
    return verb.tag_ in PRESENT_TAGS


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, number, owner or name ("terrorists",
    "police officers"): the form English uses for a kind."""
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.children
    )


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present; the small model tags some as the base form ("when the
    police shoot"), which with a subject of its own is the present."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)


def _relative_chain(chain: list[Token]) -> list[Token]:
    """Beyond the clause: up through relative clauses and the nouns they describe to the
    verb above ("if you had an organization that was going around killing")."""
    out: list[Token] = []
    current = chain[-1]
    for _ in range(lexicon().threshold("climb_steps")):
        if current.dep_ not in ("relcl", "acl") or current.head.i == current.i:
            break
        noun = current.head
        verb = noun.head if noun.dep_ in CLIMB_DEPS else noun
        out += [noun, verb]
        current = verb
    return out


def _inverted_condition(node: Token) -> str | None:
    """ "should there be an attack", "were Russia to attack", "had they attacked"."""
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass") or c.lower_ == "were"]
    subjects = [c for c in node.children if c.dep_ in ("expl", "nsubj", "nsubjpass")]
    for aux in auxes:
        if aux.lower_ in ("should", "were", "had") and subjects and aux.i < subjects[0].i:
            return f"inverted condition '{aux.text} {subjects[0].text}'"
    if node.lower_ in ("should", "were") and subjects and node.i < subjects[0].i:
        return f"inverted condition '{node.text} {subjects[0].text}'"
    return None


def _semi_modal(below: Token, node: Token) -> str | None:
    """The semi-modal of obligation whose infinitive ``below`` is, if ``node`` is one: "have
    to", "have got to", "ought to", "be supposed to" say what must be done, as "must" does (a
    grammar fact of English modality; "need to" is read in ``_obligation``). Past "had to" is
    left out: it entails that the act was done ("the army had to withdraw" says it withdrew)."""
    if below.dep_ != "xcomp" or not to_clause(below):
        return None
    lemma = node.lemma_.lower()
    if lemma == "have" and node.tag_ != "VBD" and not child_with(node, ("aux",), HAVE_PAST):
        return "have to"
    if lemma == "get" and child_with(node, ("aux",), HAVE_FORMS):
        return "have got to"  # without "have", "got to meet" is "managed to"
    if node.lower_ == "ought":
        return "ought to"
    if lemma == "suppose" and child_with(node, ("auxpass",), BE_FORMS):
        return "be supposed to"
    return None


def _obligation(chain: list[Token]) -> str | None:
    """ "we should start bombing", "must destroy the group", "the need to combat the group":
    what ought to be done, not what was; a demand's own act is "requested" (checked before
    this). A noun of necessity with its infinitive says what "must" says (a grammar fact of
    nominalisation: "need to" as a noun is the modal "need"), as the verb "need" with its
    infinitive does ("we need to act"), and the other semi-modals ("has to withdraw", "are
    supposed to arrest")."""
    for below, node in pairwise(chain):
        semi = _semi_modal(below, node)
        if semi is not None:
            return f"obligation '{semi}': not said to have happened"
    for node in chain:
        modal = child_with(node, ("aux",), OBLIGATION_MODALS)
        if modal is not None:
            return f"obligation '{modal.text}': not said to have happened"
        if (
            node.dep_ in ("acl", "xcomp")
            and node.head.lemma_.lower()
            in (lexicon().needs if node.dep_ == "acl" else lexicon().need_verbs)
            and to_clause(node)
        ):
            return f"obligation '{node.head.text} to {node.text}': not said to have happened"
    return None


def _directed(chain: list[Token]) -> str | None:
    """ "authorized its members to kill", "ordered troops to fire": the act a directive verb
    asks or allows for is not said to have happened (PLOVER manual, REQUEST: "all requests,
    demands, and orders")."""
    directive = lexicon().directive
    for below, node in pairwise(chain):
        if below.dep_ == "xcomp" and node.lemma_.lower() in directive and directs(node):
            return f"directed by '{node.text}'"
        if (
            below.dep_ == "advcl"
            and node.lemma_.lower() in directive
            and child_with(below, ("mark",), frozenset({"for"}))
            and to_clause(below)
        ):
            # "called for the allies to send troops": a "for ... to" infinitive clause is the
            # directive's complement (a grammar fact), which the parser hangs on as advcl
            return f"directed by '{node.text} for'"
        if (
            below.dep_ == "advcl"
            and node.lemma_.lower() in directive
            and to_clause(below)
            and not any(c.dep_ == "mark" for c in below.children)
            and _addressee(node, below) is not None
        ):
            # "called Monday on the allies to send troops": a word of time between the verb
            # and "on" makes the parser hang the infinitive on as advcl; it is still the act
            # the call is for (CAMEO.verbpatterns.150430.txt:12510 +CALL_ON [020])
            return f"directed by '{node.text} on'"
        noun = _directive_noun(below, node, directive)
        if noun is not None and all(t.pos_ in ("VERB", "AUX") for t in chain[: chain.index(below)]):
            # only for the act asked for and the acts of its own clauses: "an order to release
            # a video of an officer shooting a man" asks for no shooting
            return f"directed by '{noun.text}'"
    return None


def _mandated(chain: list[Token]) -> str | None:
    """ "demanded that the hostages be released", "proposed that the detainees be freed": a
    "that" clause in the subjunctive (its first verb in the base form, with no tense of its
    own) under a verb of demand (``directive``) or proposal (``proposing``, ``events.yaml``)
    states what is asked for, not what happened (grammar: the mandative subjunctive keeps its
    own mood inside reported speech). An indicative clause ("insisted that he was expelled")
    states a fact, and a modal ("should") is read as an obligation before this."""
    lex = lexicon()
    for node in chain:
        clause = node
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "that he resign and the army withdraw": one mood for both
        if clause.dep_ != "ccomp":
            continue  # the clause ends the chain: a "that" clause is not climbed out of
        lemma = clause.head.lemma_.lower()
        if lemma not in lex.directive and lemma not in lex.proposing:
            return None
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
            return None  # "asked whether they would be released": a question
        if all(_subjunctive(verb) for verb in {clause, node}):
            return f"demanded in the subjunctive: '{clause.head.text} that ... {node.text}'"
        return None
    return None


#: Noun subjects a present verb takes its "-s" after (singular common and proper nouns).
SINGULAR_SUBJECT_TAGS = frozenset({"NN", "NNP"})


def _subjunctive(verb: Token) -> bool:
    """Is the verb's clause in the present subjunctive: its first verb bare ("be", whatever
    tag the parser gives it, since the indicative says "am", "is" or "are"), tagged as the
    base form, or a present without "-s" after a singular subject ("that Sanders leave"),
    and no "to" (an infinitive is read by the rules of directives)?"""
    if child_with(verb, ("aux",), TO) is not None:
        return False
    group = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    first = min(group, key=lambda t: t.i)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(t.tag_ == "MD" for t in verb.doc[subject.i + 1 : first.i]):
        return False  # "they’d send": a modal clitic the parse hangs on the subject
    if first.tag_ == "VB" or first.lower_ == "be":
        return True
    if first.tag_ != "VBP" or first is not verb:
        return False  # "are meeting": an auxiliary of the present is indicative
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return False  # "Smith and Jones meet": subjects joined by "and" are plural
    return subject.tag_ in SINGULAR_SUBJECT_TAGS or _third_singular_pronoun(subject)


def _third_singular_pronoun(token: Token) -> bool:
    """A personal pronoun of the third person singular ("he", "she", "it"), read from the
    features the pipeline's attribute ruler gives pronouns rather than from a word list."""
    morph = token.morph
    return token.tag_ == "PRP" and morph.get("Person") == ["3"] and morph.get("Number") == ["Sing"]


def _asked_for(chain: list[Token]) -> str | None:
    """ "invited Russia to dig up the emails", "encouraged his students to press for reform":
    the act a verb of ``inviting`` (``events.yaml``) asks its object for is not said to have
    happened. The parser hangs the infinitive on the verb as its complement or, after an object, as
    advcl ("pressured the board to oust her"), where it is still the act asked for."""
    for below, node in pairwise(chain):
        if node.lemma_.lower() not in lexicon().inviting or below.head.i != node.i:
            continue
        if not to_clause(below):
            continue
        if below.dep_ in ("xcomp", "ccomp") or (
            below.dep_ == "advcl"
            and not any(c.dep_ == "mark" for c in below.children)
            and any(c.dep_ == "dobj" and c.i < below.i for c in node.children)
        ):
            return f"asked for by '{node.text}'"
    return None


def _directive_noun(below: Token, node: Token, directive: dict[str, str]) -> Token | None:
    """The directive noun whose "to" infinitive ``below`` is ("calls to condemn Moscow", "an
    appeal to the West to send tanks"): the noun of a directive verb takes the verb's
    complement (a grammar fact), and the act it asks for is not said to have happened. The
    parser hangs the infinitive on the noun (acl) or, after the noun's own phrases, on the verb
    whose object the noun is (advcl: "rejected calls from Washington to condemn Moscow")."""
    if (
        below.dep_ == "pcomp"
        and below.tag_ == "VBG"
        and below.head.lower_ == "for"
        and below.head.dep_ == "prep"
        and _directive(below.head.head, directive)
    ):
        # "calls for sending troops", "a proposal for banning them": the gerund of the noun's
        # "for" phrase is the act asked for, as its infinitive is
        return below.head.head
    if not to_clause(below):
        return None
    if any(c.dep_ == "mark" for c in below.children):
        return None  # "so as to": a purpose
    if below.dep_ == "acl" and _directive(node, directive):
        return node
    if below.dep_ == "advcl" and node.pos_ in ("VERB", "AUX"):
        for obj in (c for c in node.children if c.dep_ == "dobj"):
            if _directive(obj, directive) and obj.right_edge.i + 1 == below.left_edge.i:
                return obj
    return None


def _directive(noun: Token, directive: dict[str, str]) -> bool:
    """Is the noun a directive ("calls", "a demand", "requests", or a noun of
    ``directive_nominals`` in ``events.yaml``: "a proposal", "an invitation")? Not "in order to" (a
    purpose), nor a noun whose modifier or "with" phrase makes it a conversation ("a conference
    call", "calls with both candidates")."""
    lemma = noun.lemma_.lower()
    nominals = lexicon().directive_nominals
    if noun.pos_ != "NOUN" or (lemma not in directive and lemma not in nominals):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lower_ == "order":
        return False
    return not any(
        c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "with") for c in noun.children
    )


#: Prepositions that mark whom a directive addresses ("called on", "prevailed upon").
ADDRESSEE_PREPS = frozenset({"on", "upon"})

#: The prepositions that the verbs of ``prepositional_directives`` (``events.yaml``) address
#: someone with ("called on", "appealed to", "pleaded with").
DIRECTIVE_PREPS = frozenset({"on", "upon", "to", "with", "for"})


def directs(verb: Token) -> bool:
    """Does the directive ``verb`` direct its complement at someone? Always, but for the verbs
    of ``prepositional_directives`` (``events.yaml``), which do only with their preposition
    ("called on Smith to resign", not "called Smith to thank him")."""
    if verb.lemma_.lower() not in lexicon().prepositional_directives:
        return True
    return any(c.dep_ in ("prep", "dative") and c.lower_ in DIRECTIVE_PREPS for c in verb.children)


def _addressee(directive: Token, act: Token) -> Token | None:
    """The "on" phrase of the directive, naming whom it addresses, before its act."""
    prep = child_with(directive, ("prep",), ADDRESSEE_PREPS)
    if prep is None or not directive.i < prep.i < act.i:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


#: Marks that open a quotation or a quoted saying.
OPENING_MARKS = frozenset({'"', "“", "``", "''", "'", "‘", ":"})


def _after_enumerator(node: Token) -> int | None:
    """Where ``node``'s clause opens when all that stands before the verb is an enumerator
    and its comma, after any opening quotation mark ("'One, defeat the group'"): the
    enumerator numbers the item and is outside the clause (a grammar fact of lists), so the
    verb still opens it. None when other words stand before the verb."""
    before = list(node.doc[node.left_edge.i : node.i])
    first = 0
    while first < len(before) and before[first].text in OPENING_MARKS:
        first += 1
    rest = before[first:]
    if len(rest) == 2 and _enumerator(rest[0]) and rest[0].head.i == node.i:
        return before[0].i
    return None


def _enumerator(tok: Token) -> bool:
    """Is ``tok`` a list's enumerator with its comma ("One, ...", "First, ...")? The parse
    may take it for the verb's subject; a subject takes no comma before its verb."""
    following = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in lexicon().enumerators and following is not None and following.text == ","


def _imperative(chain: list[Token]) -> str | None:
    """ "They chanted 'stop killing black people'", "'Bomb them,' he said": a base-form verb
    with no subject, opening its sentence or a quotation, is an imperative, a demand (PLOVER
    manual, REQUEST: "all requests, demands, and orders"), not a report of the act."""
    for node in chain:
        if node.tag_ != "VB" or node.pos_ not in ("VERB", "AUX"):
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") and not _enumerator(c)
            for c in node.children
        ):
            continue
        start: int | None = node.left_edge.i
        if start != node.i:
            start = _after_enumerator(node)
        if start is None:
            continue  # words before the verb in its own clause: no imperative
        opening = (
            start == sentence_of(node).start
            or node.doc[start].text in OPENING_MARKS
            or node.doc[start - 1].text in OPENING_MARKS
        )
        if opening:
            return f"an imperative: '{node.text}'"
    return None


def _intent(chain: list[Token]) -> str | None:
    lex = lexicon()
    for node in chain:
        if node.dep_ in ("acl", "relcl") and _aim_noun(node.head, lex) and to_clause(node):
            # "efforts to wound Trump", "a plan to attack": the act an effort or plan is for
            return f"aim of '{node.head.text} to {node.text}'"
        if node.dep_ == "pcomp" and node.head.lower_ == "to" and _aim_noun(node.head.head, lex):
            # "their commitment to destroying the group": the same aim, with a gerund
            return f"aim of '{node.head.head.text} to {node.text}'"
        if (
            node.dep_ == "pcomp"
            and node.tag_ == "VBG"
            and node.head.lower_ == "for"
            and node.head.head.lemma_.lower() in lex.efforts
        ):
            # "the strategy for fighting the group", "a plan for attacking the port": a noun
            # of planning names what is planned by its "for" gerund as by its infinitive
            return f"aim of '{node.head.head.text} for {node.text}'"
        aim = copular_aim(node)
        if aim is not None:
            return f"aim of '{aim.text} is to {node.text}'"
    for below, node in pairwise(chain):
        lemma = node.lemma_.lower()
        if below.dep_ == "nsubj":
            # "farmers' support for the party has declined", "the protest aims to draw notice":
            # a verb of intent says what its subject intends, its complement; the subject is
            # the one who intends (or, an act, what is said to do so), never the act intended
            continue
        if (lemma in lex.intent or lemma in lex.willing) and not hedged_performative(
            below, node, lex
        ):
            return f"intent expressed by '{node.text}'"
    for below, node in pairwise(chain):
        if nominal_verb(below, node) in lex.intent:
            # "Iran's threat to attack the tankers", "the pledge to withdraw": as the verb
            return f"intent expressed by '{node.text} to {below.text}'"
    return None


def hedged_performative(act: Token, verb: Token, lex: Lexicon) -> bool:
    """Is ``verb`` a hedge on a performative ("I want to thank them", "we wish to congratulate
    the winners")? The speaker's present wish to do an act that is done by saying it does
    the act (``hedges`` and ``performatives`` of ``events.yaml``): the thanks are given, not
    intended; so is the wish to take the opportunity to do it ("I want to take this
    opportunity to thank"). Only the first person in the simple present, unnegated, with the
    act as the verb's own infinitive."""
    if act.dep_ != "xcomp" or act.head.i != verb.i or not to_clause(act):
        return False
    if verb.lemma_.lower() not in lex.hedges or not _performative(act, lex):
        return False
    if verb.tag_ != "VBP" or any(c.dep_ in ("neg", "aux") for c in verb.children):
        return False
    # the first person: the speaker, alone or with others (``speaking_self`` of events.yaml)
    return any(c.dep_ == "nsubj" and c.lower_ in lex.speaking_self for c in verb.children)


def _performative(act: Token, lex: Lexicon) -> bool:
    """Is ``act`` done by saying it: a performative verb, or a phrasal implicative whose
    infinitive is one ("take this opportunity to thank")?"""
    if act.lemma_.lower() in lex.performatives:
        return True
    return any(
        _implicative(noun, lex)
        and any(
            c.dep_ == "acl" and to_clause(c) and c.lemma_.lower() in lex.performatives
            for c in noun.children
        )
        for noun in act.children
        if noun.dep_ == "dobj"
    )


def _aim_noun(noun: Token, lex: Lexicon) -> bool:
    """Is ``noun`` one of effort or of will ("a plan", "their commitment"), whose infinitive
    names an act aimed at (``efforts`` and ``wills`` of ``events.yaml``)?"""
    lemma = noun.lemma_.lower()
    return lemma in lex.efforts or lemma in lex.wills


def _tried_or_devised(noun: Token, lex: Lexicon) -> bool:
    """Is ``noun`` one of trying or of devising ("an attempt", "a strategy": ``attempts`` and
    ``devising`` of ``events.yaml``), whose act is tried or planned, not announced?"""
    lemma = noun.lemma_.lower()
    return lemma in lex.attempts or lemma in lex.devising


def _purpose(chain: list[Token], forceful: bool) -> str | None:
    """The end an act or a thing serves, named by a noun's "to" infinitive ("talks to end the
    war", "a bill to ban the party", "a coalition to oust the leader"), by the purpose
    infinitive of a verb of travel or sending when the act is one of force ("headed to Syria
    to fight the group", "sent troops to defeat it"), or by the "of" gerund of a purpose
    phrase ("in the name of defeating the group"). A purpose is aimed at, not done (a grammar
    fact: a noun's infinitive modifier and a purpose clause name what is wanted or possible);
    as an attempt, it announces nothing (:func:`attempted`)."""
    for node in chain:
        if _noun_purpose(node, chain):
            return f"purpose of '{node.head.text} to {node.text}'"
    for below, node in pairwise(chain):
        if _purpose_phrase(below, node):
            return f"purpose phrase '{node.head.head.text} {node.head.text} {node.text}'"
        if forceful and _sent_for(below, node):
            return f"purpose of '{node.text} ... to {below.text}'"
    return None


def _noun_purpose(below: Token, chain: list[Token]) -> bool:
    """Is ``below`` the "to" infinitive of the common noun it hangs on, naming what it is for
    ("negotiations to halt the bombing", "the right to boycott the exams"), with the act in
    the infinitive's own clause (not "an order to release a video of an officer shooting a
    man")? Not after a word that singles the noun out (``singling`` of ``events.yaml``, or a
    superlative: "the first soldier to fire"), nor a perfect infinitive ("the only one to have
    signed"), which tell a deed; nor a noun of an utterance (``utterances`` of
    ``events.yaml``), whose words do the act; nor a noun another rule reads (an aim, a will, a
    need, an ability, a thought, an intent or a directive noun)."""
    noun = below.head
    if below.dep_ not in ("acl", "relcl") or noun.i == below.i or noun.pos_ != "NOUN":
        return False
    if not to_clause(below) or child_with(below, ("aux",), HAVE_BARE) is not None:
        return False
    if not all(
        t.pos_ in ("VERB", "AUX")
        and t.dep_ != "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in chain[: chain.index(below)]
    ):
        # an act in a noun phrase, a clause of its own or an adverbial one ("pressure to rein
        # in his men after they stormed in, throwing chairs"): not the purpose
        return False
    lemma = noun.lemma_.lower()
    lex = lexicon()
    if _implicative(noun, lex):
        return False
    read = (lex.efforts, lex.wills, lex.needs, lex.abilities, lex.contents, lex.intentions)
    if any(lemma in words for words in read) or lemma in lex.utterances:
        return False
    if lemma in lex.nominalised or lemma in lex.directive_nominals or lemma in lex.directive:
        return False
    return not any(
        c.lower_ in lex.singling or c.tag_ in ("JJS", "RBS")
        for c in noun.children
        if c.dep_ in ("amod", "advmod", "det", "nummod", "quantmod")
    )


def _implicative(noun: Token, lex: Lexicon) -> bool:
    """Is ``noun`` the object of a verb it makes a phrasal implicative with (``implicatives``
    of ``events.yaml``: "took the opportunity to thank", "used the hearing as a chance to
    press him")? Then its infinitive is done as the verb is, not a purpose left open."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head  # "used the speech as an opportunity to attack"
    elif noun.dep_ != "dobj":
        return False
    return f"{verb.lemma_.lower()} {noun.lemma_.lower()}" in lex.implicatives


def _purpose_phrase(below: Token, of: Token) -> bool:
    """Is ``below`` the "of" gerund of a purpose phrase ("in the name of defeating the group")?
    The phrases ("prep noun") are the lexicon's ``purposes``: the gerund is the end the act
    serves, not an act done, as "in order to" is."""
    if below.dep_ != "pcomp" or below.tag_ != "VBG" or of.lower_ != "of" or of.dep_ != "prep":
        return False
    noun, prep = of.head, of.head.head
    return noun.dep_ == "pobj" and f"{prep.lower_} {noun.lemma_.lower()}" in lexicon().purposes


def _sent_for(below: Token, verb: Token) -> bool:
    """Is ``below`` the purpose infinitive of a verb of travel or sending ("headed to Syria to
    fight", "sent troops to defeat the group", "deployed tanks to shell the town"), with an
    act of force (the caller's test)? Travel and sending come before the act they are for, which
    may not follow; an act of saying done on arrival ("went on television to criticize him")
    is told by the same words, so only force, which takes more than arriving, is read so."""
    if below.head.i != verb.i or not to_clause(below):
        return False
    if any(c.dep_ == "mark" and c.lower_ != "in" for c in below.children):
        return False
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.sending:
        return below.dep_ in ("advcl", "xcomp")  # "sent troops to fight": either parse
    # a verb of travel takes no infinitive complement but in "is going to win" (the future)
    # and "came to see" (a change of state): only its adverbial clause is a purpose
    return lemma in lex.motion and below.dep_ == "advcl"


def copular_aim(node: Token) -> Token | None:
    """The aim noun of "the goal is to destroy the group", or None. A copula joining an aim
    noun to an infinitive says what the aim is, as "a plan to attack" does (a grammar fact
    of specificational sentences): the act is aimed at, not done. A second infinitive joined
    to the copula ("the goal is not to contain the group, but to destroy it") names the aim
    as the first does: coordinated complements share the subject they are said of."""
    if not to_clause(node):
        return None
    first = node
    for _ in range(lexicon().threshold("climb_steps")):
        if first.dep_ != "conj" or first.head.i == first.i or children_with(first, NSUBJ):
            break  # "the goal is clear and we will win": a clause of its own
        first = first.head
    if first.lemma_ == "be" and first is not node:
        copula = first  # the parse joins the second infinitive to the copula itself
    elif first.dep_ in ("xcomp", "ccomp"):
        copula = first.head
    else:
        return None
    if copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or not _aim_noun(subject, lexicon()):
        return None
    return subject


def reported_speech(clause: Token) -> bool:
    """Is this clause what someone said ("said they would boycott the talks")?

    There "would" is the future seen from the past, not a supposition.
    """
    from communique.quotes.grammar import is_cue

    return clause.dep_ == "ccomp" and is_cue(clause.head)


def _scheduled(node: Token) -> Token | None:
    """The word of "is set to sign", "is expected to release" that governs ``node``, or None:
    "be X to" puts the act of its infinitive ahead, scheduled (``scheduling`` in
    ``events.yaml``) or forecast (``foretelling``, and the passive verbs of ``forecasting``)."""
    if node.dep_ != "xcomp" or not to_clause(node):
        return None
    head = node.head
    linked = any(c.dep_ in ("aux", "auxpass", "cop") and c.lemma_ == "be" for c in head.children)
    if not linked and not (head.dep_ == "acomp" and head.head.lemma_ == "be"):
        return None  # "is due to": the adjective hangs on "be"
    if head.lower_ in lexicon().scheduling or head.lower_ in lexicon().foretelling:
        return head
    if head.lemma_.lower() in lexicon().forecasting and child_with(head, ("auxpass",), BE_FORMS):
        return head
    return None


def _arranged(node: Token) -> Token | None:
    """The "be" of "the talks are to resume", "the president was to fly", or None.

    "Be" with a to-infinitive of its own states an arrangement or a plan, not a
    deed (English grammar's "be to" construction; in the past, "was to fly" leaves
    open whether the flight took place), so the act is coded as a future one. The
    copula of an aim ("the goal is to win") is read by ``copular_aim`` first.

    Only "be" right before "to" (an adverb or "not" may stand between) with a subject
    who can act: with any other noun the infinitive says what the noun is ("the
    problem is to defeat the militia", "it is hard to dispute"), and after a
    predicate it belongs to that ("one of a dozen senators to vote", "proud to
    support").
    """
    to = child_with(node, ("aux",), TO)
    if node.dep_ != "xcomp" or to is None:
        return None
    head = node.head
    if head.lemma_ != "be" or head.i > node.i:
        return None
    between = head.doc[head.i + 1 : to.i]
    if any(t.head.i != head.i or t.dep_ not in ("advmod", "neg") for t in between):
        return None
    from communique.events.participants import NOT_PARTICIPANTS, agentive  # they import this

    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WP" and head.dep_ == "relcl":
        subject = head.head  # "Biden, who was to travel to Ohio": the one the clause is about
    if subject is None or subject.lower_ in NOT_PARTICIPANTS | {"it"} or not agentive(subject):
        return None
    return head


def attempted(trigger: Token) -> bool:
    """Is the act what an effort or attempt is for ("efforts *to crack down*", "an attempt
    *to seize* the town"), or what a strategy is devised for? It is tried or planned, not
    announced."""
    lex = lexicon()
    chain = _with_shared(governors(trigger))
    for node in chain:
        if node.dep_ in ("acl", "relcl") and _tried_or_devised(node.head, lex) and to_clause(node):
            return True
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ == "for"
            and node.head.head.lemma_.lower() in lex.devising
        ):
            return True  # "the strategy for fighting the group"
        aim = copular_aim(node)
        if aim is not None and _tried_or_devised(aim, lex):
            return True  # "the mission is to destroy the group"
    # "talks to end the war", "sent troops to defeat the group": a purpose, which no one
    # announced, unless a word of intent frames it too ("vowed to send troops to fight")
    if _intent(chain) is not None or _future(chain) is not None:
        return False
    return _purpose(chain, forceful=True) is not None


def forecast(trigger: Token) -> bool:
    """Is the act only forecast ("is expected to release"): a future nobody announced?"""
    for node in _with_shared(governors(trigger)):
        frame = _scheduled(node)
        if frame is not None:
            return frame.lower_ not in lexicon().scheduling
    return False


#: Marks that end a sentence of running text; a headline ends without one.
SENTENCE_END = frozenset({".", "!", "?", '"', "'", "\u201d", "\u2019"})

#: Words that make a "to" infinitive a question or a manner, not a plan ("How to fight ...").
WH_WORDS = frozenset({"how", "what", "why", "where", "when", "whether", "who", "which"})


def on_headline(tok: Token) -> bool:
    """Is the word on the article's first line, ending with no stop (its headline)?"""
    sent = sentence_of(tok)
    if sent.start != 0:
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text not in SENTENCE_END


def _headline_future(node: Token) -> bool:
    """Is the verb a headline's "to" infinitive with no verb above it ("Orban to visit
    Beijing", "EU to impose sanctions")? Headlines leave out "is" and tell a coming act by
    the bare infinitive (a grammar fact of the headline register), unless a wh-word makes it
    a question or a manner ("How to fight inflation"). The parser often hangs the infinitive
    on the subject noun, as a relative clause ("a man to watch")."""
    return (
        node.pos_ in ("VERB", "AUX")
        and (node.dep_ == "ROOT" or node.head.pos_ not in ("VERB", "AUX"))
        and to_clause(node)
        and not any(c.lower_ in WH_WORDS for c in node.subtree if c.i < node.i)
        and on_headline(node)
    )


def _future(chain: list[Token]) -> str | None:
    for node in chain:
        if _headline_future(node):
            return "headline 'to' infinitive"
        frame = _scheduled(node) or _arranged(node)
        if frame is not None:
            return f"future: '{frame.text} to'"
        aux = child_with(node, ("aux",), FUTURE_AUX)
        if aux is not None:
            return f"future '{aux.text}'"
        would = child_with(node, ("aux",), WOULD)
        if would is not None and not _had(would, node) and reported_speech(node):
            return f"future in reported speech '{would.text}'"
        going = child_with(node, ("aux",), frozenset({"going", "gon"}))
        if going is not None:
            return "future 'going to'"
        if (
            node.lower_ in ("going", "gon")
            and node.i != chain[0].i
            and child_with(node, ("aux",), BE_FORMS)
        ):
            return "future 'going to'"  # "this is going to destroy Germany": going heads it
    return None
