"""Reading attribution structure off spaCy's dependency parse.

Small pure functions over tokens: which token is a cue, who its subject is,
which of its children holds the reported content, who is addressed. The
quote finder combines them; keeping them apart keeps each rule testable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span, Token

from communique.actors.roles import default_roles
from communique.entity_labels import PARTY_LABELS
from communique.quotes.cues import all_cue_lemmas, is_directive, is_speech, is_stance, words
from communique.spans import children_with, having, indices, sentence_of

SUBJECT_DEPS = frozenset({"nsubj"})
#: Children that carry the reported content of a cue verb.
CONTENT_DEPS = frozenset({"ccomp"})
#: What :func:`content_child` looks through first: a clausal or an infinitive complement.
_CONTENT_OR_INFINITIVE = CONTENT_DEPS | {"xcomp"}
#: Verbs whose subject is inherited from the verb they hang on: "..., adding that",
#: "accused X and said that".
INHERIT_DEPS = {"conj", "advcl", "xcomp", "pcomp", "acl"}
#: Children of a subject noun phrase that are not part of the name.
CUT_FROM_SPEAKER = {"relcl", "acl", "punct", "cc", "prep"}
PRONOUNS_1ST = {"i", "me", "we", "us"}
#: Marks of an embedded yes-no question ("asked if ...", "wondered whether ..."): the quote
#: finder's and the event coder's (a grammar fact: "if" and "whether" open an interrogative
#: content clause).
QUESTION_MARKS = frozenset({"if", "whether"})


def is_cue(token: Token) -> bool:
    """A verb whose lemma is in the cue lexicon."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in all_cue_lemmas()


def in_relative_clause(token: Token) -> bool:
    """Whether ``token`` stands in a relative clause ("who has proposed", "which said"): it or
    a word it hangs from is attached as ``relcl``."""
    current = token
    while True:
        if current.dep_ == "relcl":
            return True
        if current.head.i == current.i:
            return False
        current = current.head


#: Sentence openers built on a verb of saying that report nothing: "That said, ...".
DISCOURSE_OPENERS = frozenset({("that", "said"), ("this", "said")})


def reports_nothing(token: Token) -> bool:
    """A verb in a fixed frame that reports nothing, whatever the models would score it.

    "said" in a sentence-initial "That said," (meaning "even so"), the infinitive of an
    extraposed hedge, "it is too early to say whether ...", "it is safe to say ..." (see
    :func:`_hedge_infinitive`), and a particle verb with no complement, "showed up", "turned
    out" (see :func:`_intransitive_phrasal`).
    """
    if _hedge_infinitive(token) or _intransitive_phrasal(token):
        return True
    if _light_verb_without_saying(token) or _copula_of_nobody(token) or _perceived_thing(token):
        return True
    doc = token.doc
    i = token.i
    if i == 0 or i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False
    before = doc[i - 1]
    return before.is_sent_start is True and (before.lower_, token.lower_) in DISCOURSE_OPENERS


#: Dependents that give a verb a complement: a report needs one.
_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd"})
_PARTICLE_DEPS = frozenset({"prt"})


def _intransitive_phrasal(token: Token) -> bool:
    """A particle verb of the ``intransitive_phrasals`` list with no complement: "showed up".

    The particle makes a verb of arrival, outcome or withdrawal ("show up", "turn out", "drop
    out") that has nothing to report; with a complement the verb is left to the models ("it
    turned out that ...", "polls show Clinton up by 10").
    """
    # the children from the per-Doc table (spans.children_with): Token.children walks the
    # verb's whole clause, and every candidate cue of an article is asked this
    particles = children_with(token, _PARTICLE_DEPS)
    if not particles or f"{token.lemma_.lower()} {particles[0].lower_}" not in words(
        "intransitive_phrasals"
    ):
        return False
    return not children_with(token, _COMPLEMENT_DEPS)


def _light_verb_without_saying(token: Token) -> bool:
    """A light verb ("make", "have") whose object names no act of saying or holding a view.

    In a light-verb construction the act is the object noun's: "made the case that ...",
    "has no plans to ...", "made it clear that ..." report, "made some gains", "made an
    effort", "has a chance to ...", "had to leave" do not (grammar fact: the verb itself
    carries no meaning of saying). The verbs are the ``light_verbs`` word list, the nouns and
    predicate words that make a report the ``light_verb_objects``; the verb as an auxiliary
    ("has said") is never a cue here. Source and counts: cues.yaml.
    """
    if token.lemma_.lower() not in words("light_verbs") or token.pos_ != "VERB":
        return False
    if token.dep_ in ("aux", "auxpass"):
        return False
    objects = words("light_verb_objects")
    return not any(
        child.dep_ in _LIGHT_OBJECT_DEPS and child.lemma_.lower() in objects
        for child in token.children
    )


#: Dependents of a light verb that hold its act: the object noun, or the predicate word of
#: "made (it) clear", "made known".
_LIGHT_OBJECT_DEPS = frozenset({"dobj", "ccomp", "oprd", "xcomp", "acomp", "attr"})


def _copula_of_nobody(token: Token) -> bool:
    """A copula whose subject holds no view: "it is unclear whether ...", "Republicans are
    likely to keep the House", "the vote was about to fail".

    The expletive "it" of "be" names nobody (grammar fact: an extraposed clause's dummy
    subject), and a raising adjective ("likely", "about", "set", "bound", the
    ``raising_adjectives`` word list) judges how probable or near what follows is: the
    writer's estimate, not the subject's report (grammar fact: subject-to-subject raising
    predicates). An adjective of feeling or view ("was critical of", "are wary of") is left
    to the models, and so are "seems likely", "appeared poised": PolNeAR marks those as
    cues (8 of 13 in its train split). Source and counts: cues.yaml.
    """
    if token.lemma_.lower() != "be" or token.dep_ in ("aux", "auxpass"):
        return False
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.children):
        return True
    raising = words("raising_adjectives")
    return any(
        child.dep_ in ("acomp", "oprd") and child.lower_ in raising for child in token.children
    )


def _perceived_thing(token: Token) -> bool:
    """A verb of perception or acquaintance with a noun object and nothing reported:
    "watched the returns", "knew Ali for decades", "heard the crowd".

    What is watched, heard or known as a thing is no proposition (grammar fact: only a
    clause or a predicate, "knew that ...", "heard him say ...", "know him as a fighter",
    states what someone holds true). The verbs are the ``perception_verbs`` word list
    ("see" is not among them: PolNeAR marks "see X as Y" and "see a threat" readily).
    Source and counts: cues.yaml.
    """
    if token.lemma_.lower() not in words("perception_verbs"):
        return False
    deps = {child.dep_ for child in token.children}
    if deps & _PERCEIVED_CLAUSE_DEPS:
        return False
    if any(child.dep_ == "prep" and child.lower_ == "as" for child in token.children):
        return False
    return "dobj" in deps


#: Dependents that give a verb of perception a proposition: a clause, a predicate, a
#: participle or an adjunct clause.
_PERCEIVED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "advcl"})


def _hedge_infinitive(token: Token) -> bool:
    """ "say"/"tell" as the infinitive after "it is too early", "it is safe", "it is fair".

    The infinitive has no subject of its own: the frame weighs what follows as the writer's
    (or the quoted speaker's) own claim, so nobody is reported. The adjectives are the
    ``hedge_adjectives`` word list; the subject of "is" must be the expletive "it" ("Whether
    he wins is hard to say" stays to the models). PolNeAR train (held-back articles left
    out): 7 such infinitives, none a gold cue.
    """
    if token.lemma_.lower() not in ("say", "tell") or token.dep_ != "xcomp":
        return False
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in token.lefts):
        return False
    hedges = words("hedge_adjectives")
    head = token.head
    if head.lemma_.lower() in hedges and head.dep_ in ("acomp", "advmod"):
        copula = head.head  # "is too early to say": the infinitive hangs on the adjective
    else:
        copula = head  # "is safe to say": it hangs on "is", beside the adjective
        if not any(
            child.dep_ == "acomp" and child.lemma_.lower() in hedges and child.i < token.i
            for child in copula.children
        ):
            return False
    return copula.lemma_.lower() == "be" and any(
        child.dep_ == "nsubj" and child.lower_ == "it" for child in copula.children
    )


def cue_tokens(token: Token) -> list[Token]:
    """The cue verb with its particle ("pointed out", "called on", "called for")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "prt" or (
            child.dep_ == "prep"
            and child.lower_ in ("on", "for")
            and child.i == token.i + 1
            and is_directive(token.lemma_.lower())
        ):
            out.append(child)
    return sorted(out, key=lambda t: t.i)


def subject_of(
    verb: Token,
    limit: int = 6,
    *,
    outside: tuple[int, int] | None = None,
    as_speaker: bool = False,
) -> Token | None:
    """The subject of ``verb``, climbing to the verb it hangs on when it has none.

    Tokens in ``outside`` (a quotation's token range) are never the subject:
    the small parser sometimes makes a closing guillemet the subject of "said".
    ``as_speaker`` is the reading used to choose who spoke: of several subjects
    the nearest (:func:`_own_subject`), a passive verb's agent (:func:`_agent`),
    and through adverbial prepositions (:func:`_past_adjunct_preposition`). The
    trained models' features keep the plain reading they were trained on.
    """
    if as_speaker:
        reporter = _reporter_of_afterthought(verb, limit)
        if reporter is not None:
            return reporter
    current: Token | None = verb
    for _ in range(limit):
        if current is None:
            return None
        child = _own_subject(current, outside, nearest=as_speaker)
        if child is None and as_speaker and current is verb:
            child = _agent(verb)
        if child is not None:
            if child.lower_ in default_roles().relative and current.dep_ == "relcl":
                # "Barkley, who said ...": the actor room resolves "who" to Barkley.
                return child
            if child.lower_ in words("non_speakers") and not (
                as_speaker and _share_of_group(child)
            ):
                return None
            return child
        misparsed = _subject_misparsed(current)
        if misparsed is None and as_speaker:
            misparsed = _noun_compound_of_verb(current)
        if misparsed is None and as_speaker and current is verb:
            misparsed = _inverted_subject(verb)
        if misparsed is not None:
            return misparsed
        if as_speaker and _participle_of_noun(current):
            # "Anyone expecting a change ...", "critics questioning the cost": the noun a
            # present participle modifies is the one doing what it says.
            return None if current.head.lower_ in words("non_speakers") else current.head
        if current.dep_ in INHERIT_DEPS and current.head.i != current.i:
            current = _past_adjunct_preposition(current) if as_speaker else current.head
        else:
            return None
    return None


def coordinated_report(verb: Token, limit: int = 6) -> Token | None:
    """The verb of speech or stance that a conjoined verb of speech goes with, when the parser
    has hung the conjunct inside the other verb's report.

    "She said it was too early but added, '...'", "Strategists fear that X and warn that Y":
    a verb of speech with no subject of its own, conjoined to a verb inside the clausal
    complement of a verb of speech or stance in the same tense (:func:`_tense`), and
    carrying a report of its own (a clausal complement, or a quotation after a comma or
    colon), is a second report by the same speaker. The small parser attaches a conjunct to
    the nearest verb; reporting verbs coordinate with each other, and the shared tense and
    the report of its own tell this reading apart from a conjunct of the reported clause
    ("said the two met and discussed trade": no report of its own).
    """
    if verb.dep_ != "conj" or not is_speech(verb.lemma_.lower()):
        return None
    if any(True for _ in children_with(verb, SUBJECT_DEPS)) or not _carries_report(verb):
        return None
    if verb.head.pos_ in ("VERB", "AUX") and _reports_or_holds(verb.head):
        return None  # already the conjunct of the reporting verb
    outer = _report_above(verb.head, limit, lambda v: v.pos_ == "VERB" and _reports_or_holds(v))
    return outer if outer is not None and _tense(outer) == _tense(verb) else None


def _report_above(node: Token, limit: int, reports: Callable[[Token], bool]) -> Token | None:
    """The first verb above ``node`` (at most ``limit`` heads up) that ``reports``, once the
    climb has passed through a clausal complement: the verb whose report ``node`` lies in."""
    reported = False
    for _ in range(limit):
        if node.i == node.head.i:
            return None
        reported = reported or node.dep_ == "ccomp"
        node = node.head
        if reported and reports(node):
            return node
    return None


def _tense(verb: Token) -> str:
    """Past or present, from the tag; the tagger often reads a present verb after "and" as
    the base form ("fear that ... and warn that ...")."""
    return {"VBP": "VBZ", "VB": "VBZ"}.get(verb.tag_, verb.tag_)


def _reports_or_holds(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return is_speech(lemma) or is_stance(lemma)


def _carries_report(verb: Token) -> bool:
    """A clausal complement of its own, or a quotation right after a comma or colon."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.rights):
        return True
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k + 1 < len(doc) and doc[k].text in (",", ":") and doc[k + 1].is_quote


#: How the parser hangs a second report inside the first: a conjunct or an adverbial participle.
SECOND_REPORT_DEPS = frozenset({"conj", "advcl"})


def before_second_report(cue: Token, start: int, end: int) -> int:
    """End of a report ``[start, end)`` of ``cue`` before a second report of the same speaker
    hung inside it (:func:`outer_report`): "said [it was too early] but added ...", "said
    [the rhetoric was patronizing], noting ..."."""
    doc = cue.doc
    for k in having(doc, DEP, SECOND_REPORT_DEPS, start + 1, end):
        token = doc[k]
        outer = outer_report(token)
        if outer is None or outer.i != cue.i:
            continue
        lo = token.left_edge.i
        while lo > start and (
            doc[lo - 1].dep_ == "cc" or doc[lo - 1].is_punct or doc[lo - 1].is_space
        ):
            lo -= 1
        if lo > start:
            return lo
    return end


def before_contrasted_report(cue: Token, start: int, end: int) -> int:
    """End of a report ``[start, end)`` of ``cue`` before a contrasted clause that is a
    report of its own: "say [they prefer an outsider], while about 4 in 10 want one with
    experience", "found [that stricter laws would help], though they blame ...".

    The clause hangs inside the content (a ``conj`` or ``advcl`` of one of its words), has a
    subject of its own, is set off by a comma and opened by a contrasting word (the
    ``contrast_openers`` word list: "while", "though", "but" ...), and its verb, or the verb
    its infinitive or predicate carries, is a cue word of the lexicon: a second holder with
    a second view, which the first report does not take in (grammar fact: a contrastive
    adverbial clause adds the writer's comparison, not part of the complement). Cut there,
    the second clause's cue may make its own report. Source and counts: cues.yaml.
    """
    doc = cue.doc
    for k in having(doc, DEP, SECOND_REPORT_DEPS, start + 1, end):
        lo = contrasted_clause_start(doc[k], start, end)
        if lo is not None:
            return lo
    return end


def contrasted_clause_start(verb: Token, start: int, end: int) -> int | None:
    """Where the contrasted clause of ``verb`` begins (its comma or opener), when ``verb``
    heads one hung on a word of the report ``[start, end)`` with a subject and a cue of its
    own (see :func:`before_contrasted_report`); None when it heads none.

    The event coder asks it too: the clause stays within the scope of the report's cue
    though the report's content ends before it, so what it tells stays reported.
    """
    doc = verb.doc
    if verb.dep_ not in SECOND_REPORT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not start <= verb.head.i < end:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not _carries_cue(verb):
        return None
    first = verb.left_edge.i
    lo = first
    while lo > start and (doc[lo - 1].dep_ == "cc" or doc[lo - 1].is_punct or doc[lo - 1].is_space):
        lo -= 1
    if lo <= start:
        return None
    opening = doc[lo : first + 1]
    if not any(t.text in (",", ";") for t in opening):
        return None
    openers = words("contrast_openers")
    if any(t.lower_ in openers for t in opening) or any(
        c.dep_ in ("mark", "cc") and c.lower_ in openers for c in verb.children
    ):
        return lo
    return None


def _carries_cue(verb: Token, depth: int = 3) -> bool:
    """Is ``verb``, or the verb its infinitive or predicate leads to, a cue word of the
    lexicon ("want", "say"; "are more likely *to say*")?"""
    lemmas = all_cue_lemmas()
    current = verb
    for _ in range(depth):
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in lemmas:
            return True
        following = [c for c in current.children if c.dep_ in ("xcomp", "acomp")]
        if not following:
            return False
        current = following[0]
    return False


def experiencer_report(cue: Token) -> tuple[Span, Span] | None:
    """The stimulus and the experiencer of a verb that causes a feeling ("The remark worried
    some analysts", "His tone has angered the party's leaders", "Allies were startled by the
    attack"), when ``cue`` is one (cues.yaml ``experiencer_verbs``): (content, source).

    Such a verb's object (or a passive's subject) is the one who feels, the holder of the
    view; its subject (or the passive's agent) is what the view is about (grammar fact: verbs
    of the "amuse" class put the experiencer in the object and the stimulus in the subject).
    A bare pronoun experiencer ("angered him") is still the source. None when the verb lacks
    either part, as an intransitive "worried that ..." does.
    """
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in words("experiencer_verbs"):
        return None
    if any(c.dep_ == "prt" for c in cue.children):
        return None  # "rattled off the names": a phrasal verb is another verb
    subject = object_ = agent = passive = None
    for child in cue.children:
        if child.dep_ == "nsubj" and subject is None:
            subject = child
        elif child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON") and object_ is None:
            object_ = child
        elif child.dep_ == "nsubjpass" and passive is None:
            passive = child
        elif child.dep_ == "agent" and agent is None:
            agent = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
    # what a comma adds after the stimulus (", which ...") is the writer's, as in a report
    if subject is not None and object_ is not None:
        return trim_report(subtree_span(subject)), noun_phrase(object_)
    if passive is not None and agent is not None:
        return trim_report(subtree_span(agent)), noun_phrase(passive)
    return None


def after_linking_preposition(cue: Token, start: int, end: int) -> int:
    """Start of a report ``[start, end)`` of ``cue`` without the preposition that links it.

    "complained *about* the new rules", "pressed *for* a truce", "dwelled *on* the
    challenges": the preposition belongs with the verb; what was said is its object. PolNeAR
    marks it so: in its train split (held-back articles left out), of the contents that start
    at a preposition governed by the cue or at that preposition's object, 1,313 start at the
    object and 139 at the preposition. A particle or preposition that is part of the cue
    ("called *on* Serbia to ...", "pointed *out*, ...") is never part of what was said.
    """
    doc = cue.doc
    first = doc[start]
    if first.i != cue.i and any(t.i == first.i for t in cue_tokens(cue)):
        after = start + 1
        while after < end and (doc[after].is_punct or doc[after].is_space):
            after += 1
        return after if after < end else start
    if first.dep_ != "prep" or first.head.i != cue.i or first.i < cue.i:
        return start
    objects = [c for c in first.children if c.dep_ in ("pobj", "pcomp")]
    if objects and objects[0].left_edge.i == start + 1 < end and not doc[start + 1].is_punct:
        return start + 1
    return start


def carried_report(cue: Token, start: int) -> Token | None:
    """The verb a carrier cue governs ("tried *to rebuke* ...") when the report found for
    ``cue`` starts at that infinitive (token ``start``), else None.

    What was said is then what that verb reports: in PolNeAR train (held-back articles left
    out), of the cues "try/attempt/continue/begin/fail/struggle/tend to V" with an object
    after V, 57 contents start inside V's own complement (its object, clause or infinitive)
    and 5 at "to". The carriers, verbs of attempt, phase and habit that carry no saying of
    their own (aspectual and implicative verbs, a grammar fact), are the ``carriers`` of
    cues.yaml.
    """
    if cue.lemma_.lower() not in words("carriers"):
        return None
    for verb in cue.rights:
        if verb.dep_ != "xcomp" or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        if verb.left_edge.i <= start <= verb.i:
            return verb
    return None


def quoted_as_saying(cue: Token) -> tuple[Token, Token] | None:
    """The participle of saying and the one quoted when ``cue`` is a passive "quoted ... as
    saying" ("*The minister* was quoted by the paper *as saying* the talks had failed", "an
    aide, quoted *as telling* reporters that ..."), else None.

    The subject of a passive is the one acted upon, and the one quoted is who spoke: what was
    said is what the participle reports, and the agent ("by the paper") only passed it on.
    PolNeAR train annotates its one such cue so ("Braynard is quoted as saying": source
    Braynard, cue "is quoted as saying"). The verbs are the ``quoting_verbs`` of cues.yaml.
    """
    if cue.lemma_.lower() not in words("quoting_verbs") or cue.tag_ != "VBN":
        return None
    quoted = next((c for c in cue.lefts if c.dep_ == "nsubjpass"), None)
    if quoted is None and cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
        quoted = cue.head
    if quoted is None:
        return None
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for verb in prep.children:
            if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and is_cue(verb):
                return verb, quoted
    return None


def fronted_quoted_report(cue: Token, speaker: Token) -> tuple[int, int] | None:
    """The token range of the clause before "X was quoted as saying" that it reports, or None.

    "The talks had failed, *the mayor was quoted as saying*.": a fronted clause is the
    complement of the reporting frame after it, as it is of ", the mayor said." (a grammar
    fact: the complement clause of a verb of saying may precede its subject). The parse hangs
    it on "quoted", before the one quoted. Whether it is a quotation, which the quotation
    rules attribute ('"...," Braynard is quoted as saying'), is the caller's to check.
    """
    for child in cue.lefts:
        if child.dep_ == "ccomp" and child.right_edge.i < speaker.left_edge.i:
            return child.left_edge.i, child.right_edge.i + 1
    return None


def after_topic_noun(cue: Token, start: int, end: int) -> int:
    """Start of a report ``[start, end)`` of ``cue`` at what its noun object is about.

    "expressed *concern about* Trump", "wrote *a column about* the race": the verb and its
    noun together are the cue, and what was said is the object of "about". In PolNeAR train
    (held-back articles left out), of the cues running over a verb and its noun object with
    an "about" phrase, 70 of 113 contents start at the object of "about", 36 at the noun;
    with "of" and "on" the noun comes first (369 to 65, 64 to 40); "against" leans the other
    way (15 to 11) but gained one and lost one on the held-back articles, so it is left out.
    The prepositions are the ``topic_prepositions`` of cues.yaml.
    """
    doc = cue.doc
    noun = doc[start]
    while noun.head.i != noun.i and noun.head.i != cue.i and noun.head.left_edge.i == start:
        noun = noun.head
    if noun.head.i != cue.i or noun.dep_ != "dobj" or noun.i < cue.i:
        return start
    addressee = addressee_of(cue)
    if addressee is not None and addressee.i == noun.i:
        return start  # "asked reporters about the race": whom it asks, not what about
    if noun.right_edge.i + 1 < end:
        return start  # the content runs on past the object: more than what it is about
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in words("topic_prepositions"):
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].left_edge.i == prep.i + 1 < end:
                return prep.i + 1
    return start


def names_occasion(prep: Token) -> bool:
    """Does the prepositional phrase headed by ``prep`` name an occasion or medium of saying
    ("*in* a recent interview", "*through* a spokeswoman"; cues.yaml ``occasion_prepositions``
    and ``occasion_nouns``)?"""
    if prep.dep_ != "prep" or prep.lower_ not in words("occasion_prepositions"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].lemma_.lower() in words("occasion_nouns")


def without_occasion(cue: Token, start: int, end: int) -> tuple[int, int]:
    """A report ``[start, end)`` of ``cue`` without a phrase of the verb naming where, when or
    through what it was said.

    "defended Cruz *in a recent interview*", "claimed victory *in a tweet*", "blasted the
    instructor *during a campaign rally*", "denied the accusations *through a
    spokeswoman*": the verb's own adjunct tells the occasion of the report, not what was
    reported (the ``occasion_prepositions`` and ``occasion_nouns`` of cues.yaml: in PolNeAR
    train 47 such phrases of the verb end the content and 6 are inside it). A phrase after
    the report's start ends it; one at its start ("predicted *at the debate* that ...") is
    skipped. Only a phrase the parse hangs on the cue itself counts: hung on the object noun
    ("her remarks *at the debate*") it is part of what was said as often as not.

    A "that" clause the parse hangs on the occasion noun ("said in *a statement that* the
    curfew would end") is the verb's complement, taken by the nearest noun: a report that
    starts inside the phrase starts at the clause (PolNeAR train, held-back articles left
    out: all 11 gold contents of such a verb start at "that", none at the occasion).
    """
    doc = cue.doc
    for prep in cue.rights:
        if not names_occasion(prep):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        clause = _complement_of_occasion(objects[0])
        if clause is not None and prep.i <= start < clause.left_edge.i < end:
            start = clause.left_edge.i
            continue
        if not start <= prep.i < end:
            continue
        if prep.i == start:
            after = prep.right_edge.i + 1
            while after < end and (doc[after].is_punct or doc[after].is_space):
                after += 1
            if after < end:
                start = after
            continue
        cut = prep.left_edge.i
        while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
            cut -= 1
        if cut > start:
            return start, cut
    return start, end


def names_amount(cue: Token, start: int) -> bool:
    """Whether a report of ``cue`` starting at ``start`` is an amount its own phrase names.

    "Exports declined *by 4 percent*", "the toll rose *to 267*": a phrase of the verb whose
    preposition is one of ``amount_prepositions`` and whose object is an amount (a named
    entity of one of the ``amount_entities`` kinds) tells how much something changed; a
    report says a proposition, so such a verb reports nothing (PolNeAR train, held-back
    articles left out: 2 of 255 numeric objects of by/to/from start a gold content).
    """
    prepositions, kinds = words("amount_prepositions"), words("amount_entities")
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.ent_type_.lower() in kinds
                and start in (prep.i, obj.left_edge.i)
            ):
                return True
    return False


def _complement_of_occasion(noun: Token) -> Token | None:
    """The verb of a clause opened by "that" that the parse hangs on an occasion noun after it."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == child.left_edge.i
            for m in child.children
        ):
            return child
    return None


#: Words that may stand before a sentence's opening "as" clause and leave it opening the
#: sentence ("But as the bank noted, ...", "And, as she said, ...").
_OPENER_TAGS = frozenset({"CCONJ", "ADV", "INTJ", "SCONJ"})


def after_as_clause(cue: Token, start: int, end: int) -> int:
    """Start of a report ``[start, end)`` of ``cue`` that heads a sentence-opening "as" clause.

    "As the central bank noted *in its March bulletin*, inflation has eased": a clause of
    comparison opened by "as" points at the main clause it stands before, which is what was
    said; the rest of the "as" clause is the verb's own adjunct. A report that starts inside
    the clause after the cue and runs past its end starts after it (PolNeAR train, held-back
    articles left out: of the gold contents of a cue heading a sentence-opening "as" clause,
    37 lie after the clause, 19 inside it and 3 cross its end). A report inside the clause
    ("As he spoke *about the budget*, ...": "as" meaning "while") is left alone.
    """
    if cue.dep_ != "advcl" or cue.head.i < cue.i:
        return start
    first = cue.left_edge
    if first.lower_ != "as" or first.dep_ != "mark" or first.head.i != cue.i:
        return start
    doc = cue.doc
    sentence = cue.sent
    if any(
        not (t.is_punct or t.is_space or t.pos_ in _OPENER_TAGS)
        for t in doc[sentence.start : first.i]
    ):
        return start
    last = cue.right_edge.i
    if not cue.i < start <= last < end - 1:
        return start
    after = last + 1
    while after < end and (doc[after].is_punct or doc[after].is_space):
        after += 1
    return after if after < end else start


def through_coordinated_complement(cue: Token, start: int, end: int) -> int:
    """End of a report ``[start, end)`` of ``cue`` past a second complement coordinated with it.

    "said the plan was fair, but *that it would cost more*": a clause opened by "that" is a
    complement, so coordinated with the first it is more of what was said, not a second act
    of the speaker; "criticized the plan and *the budget*": a noun the parse coordinates with
    the verb is a second object (a verb does not coordinate with a noun). In PolNeAR train
    (held-back articles left out), of the contents that start at the cue's complement and
    reach such a second complement hung on the cue, 7 "that" clauses after a clause are in the
    content and none outside (1 in part), 10 nouns after a noun object in and 2 outside (1 in
    part); a coordinated verb of the cue's own ("and added ...", "and called ...") stays
    outside.
    """
    doc = cue.doc
    first = next(
        (c for c in cue.rights if c.left_edge.i <= start <= c.i and c.right_edge.i + 1 == end),
        None,
    )
    if first is None or first.dep_ not in ("ccomp", "dobj"):
        return end
    for second in cue.rights:
        if second.i <= first.right_edge.i:
            continue
        if second.dep_ != "conj":
            if second.dep_ in ("cc", "punct") or second.is_space:
                continue
            return end
        if any(
            doc[k].dep_ not in ("cc", "punct") and not doc[k].is_space
            for k in range(first.right_edge.i + 1, second.left_edge.i)
        ):
            return end
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in second.children)
        noun = first.pos_ in ("NOUN", "PROPN") and second.pos_ in ("NOUN", "PROPN")
        if (that and first.dep_ == "ccomp") or noun:
            return second.right_edge.i + 1
        return end
    return end


def _reporter_of_afterthought(verb: Token, limit: int) -> Token | None:
    """Who speaks in a second report that the parser hung inside a first one: the first
    report's speaker (:func:`outer_report`)."""
    outer = outer_report(verb, limit)
    if outer is None:
        return None
    subject = _own_subject(outer, None, nearest=True)
    return None if subject is None or subject.lower_ in words("non_speakers") else subject


def outer_report(verb: Token, limit: int = 6) -> Token | None:
    """The verb of the report that ``verb``, a second report by the same speaker, goes with.

    "X wrote that the aides knew about it, saying ...", "X said the plan had failed,
    adding that ...": the parser hangs the participle on the nearest verb, inside the
    reported clause, but it goes on the report, and PolNeAR gives it the reporter (the
    outermost source). Only when the participle's verb lies in the reported clause (a
    clausal complement) of a verb of speech; elsewhere ("she spoke as an aide walked in,
    saying ...") the participle keeps the subject of the clause it hangs on. A conjoined
    second report ("said X but added ...") goes the same way (:func:`coordinated_report`).
    """
    coordinated = coordinated_report(verb, limit)
    if coordinated is not None:
        return coordinated
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or not is_speech(verb.lemma_.lower()):
        return None
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].text != ",":
        return None
    return _report_above(
        verb.head, limit, lambda v: v.pos_ in ("VERB", "AUX") and is_speech(v.lemma_.lower())
    )


#: Pronouns that name people and can take a participle: "anyone expecting ...".
PERSON_PRONOUNS = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "those"}
)


def _participle_of_noun(verb: Token) -> bool:
    """A present participle (-ing form) right after the noun it modifies: "people calling for".

    Only the -ing form: a past participle's noun is what is acted upon ("a statement
    issued by the ministry"), and its agent is found by :func:`_agent`. Only right after
    its noun: further away the small parser often hangs the participle on the wrong noun
    ("the share of voters saying ...", "rejected the claim, saying ...").
    """
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.i == verb.i - 1
        and (head.pos_ in ("NOUN", "PROPN") or head.lower_ in PERSON_PRONOUNS)
    )


def _own_subject(verb: Token, outside: tuple[int, int] | None, *, nearest: bool) -> Token | None:
    """The verb's subject child; of several, the first, or with ``nearest`` the nearest before it.

    A clause has one subject. When the parser also hangs a fronted place or
    date on the verb as a subject ("Tuesday in Berea, OH, after winning Ohio,
    Gov. John Kasich said"), the phrase next to the verb is the real one.
    """
    found = [
        child
        for child in children_with(verb, SUBJECT_DEPS)
        if not child.is_punct and not (outside is not None and outside[0] <= child.i < outside[1])
    ]
    if not found or not nearest:
        return found[0] if found else None
    before = [child for child in found if child.i < verb.i]
    if not before:
        return found[0]
    if len(before) > 1:
        name, epithet = before[-2], before[-1]
        if name.pos_ == "PROPN" and name.right_edge.i + 1 == epithet.left_edge.i:
            # "Obama the realist knows ...": a name and its epithet with nothing between
            # are one phrase, and the name is who it is.
            return name
    return before[-1]


#: How a subject the parser took for a modifier hangs on a verb it took for a noun.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "det", "poss", "nummod"})


def subject_of_verb_read_as_noun(cue: Token) -> Span | None:
    """The words before a cue that heads its sentence as a noun: "Trump predicts that ...",
    "the two write".

    A clause needs a verb; when the parser reads a headline-style "Trump
    predicts" or "Many fear" as one noun phrase heading the sentence, the head
    is the verb and the words hanging on it from the left are its subject.
    """
    if cue.pos_ not in ("NOUN", "PROPN") or cue.dep_ != "ROOT":
        return None
    left = [child for child in cue.lefts if child.dep_ in MODIFIER_DEPS]
    if not left:
        return None
    doc = cue.doc
    start, end = min(child.left_edge.i for child in left), cue.i
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    phrase = doc[start:end]
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ", "NUM") for t in phrase):
        return None
    return phrase


def _agent(verb: Token) -> Token | None:
    """Who does what a passive verb says: "was rebuked by opponents", "asked by the host".

    The subject of a passive is the one acted upon; the source is the agent.
    """
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _past_adjunct_preposition(verb: Token) -> Token:
    """Where a verb's subject is looked for next: its head, past an adverbial preposition.

    A gerund in a prepositional phrase that modifies a verb ("responded by
    saying ...", "left before insisting ...") has that verb's subject as its
    own understood subject, so the search goes on from the modified verb.
    """
    head = verb.head
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.head.i != head.i
        and head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head
    return head


def _share_of_group(token: Token) -> bool:
    """The word "one" heading a share of people ("one in five say ...", "one of the aides said"),
    which speaks, unlike the bare pronoun ("one would think")."""
    return token.lower_ == "one" and any(
        child.dep_ == "prep" and child.lower_ in ("in", "of") for child in token.children
    )


def _noun_compound_of_verb(verb: Token) -> Token | None:
    """A noun right before a verb that the parser made the verb's compound modifier.

    A verb takes no compound, so in a headline such as "Voters fear higher taxes" the
    noun hung on "fear" as a compound is its subject.
    """
    if verb.i == 0 or verb.pos_ != "VERB":
        return None
    cand = verb.doc[verb.i - 1]
    if cand.dep_ == "compound" and cand.head.i == verb.i and cand.pos_ in ("NOUN", "PROPN"):
        return cand
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after a verb of saying that directly follows a quotation.

    "'The talks are over,' *declared the rebel commander*": in quotative inversion the
    subject follows the verb, and the small parser reads it as the object of a verb with
    no subject of its own. Only a sentence's main verb with no subject or auxiliary, right
    after the closing mark (and comma) of a quotation that opens the sentence, whose object
    starts right after it and which is not a verb whose object is whom it addresses ("told
    Fox", "asked a judge"). PolNeAR train (held-back articles left out): the gold source of
    every such verb with a gold attribution (5) is that object. After a clause with no
    quotation marks the shape is :func:`inverted_report`'s.
    """
    after_clause = inverted_report(verb)
    if after_clause is not None:
        return after_clause[1]
    if verb.dep_ != "ROOT" or object_addressed(verb.lemma_.lower()):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return None
    doc = verb.doc
    j = verb.i - 1
    while j > verb.sent.start and doc[j].text == ",":
        j -= 1
    if j <= verb.sent.start or not doc[j].is_quote or not doc[verb.sent.start].is_quote:
        return None
    for child in verb.rights:
        if child.dep_ == "dobj" and child.left_edge.i == verb.i + 1:
            return child if child.pos_ in ("PROPN", "NOUN") else None
    return None


#: Relations that may follow the inverted speaker of "..., announced the commission on
#: Monday.": where and when it was said, and the closing mark.
INVERTED_TAIL_DEPS = frozenset({"prep", "npadvmod", "punct"})


#: Relations of an adjective that can end a clause ("The reactor is *safe*, insisted the
#: agency."); an adjective before a comma in any other relation modifies a noun after it.
PREDICATE_DEPS = frozenset({"acomp", "oprd", "attr", "xcomp", "ccomp"})


def inverted_report(verb: Token) -> tuple[tuple[int, int], Token] | None:
    """The clause a verb of saying reports and its speaker, when the speaker follows the verb
    after a clause with no quotation marks: "The vote will be held in June, *announced the
    electoral commission* on Monday."; else None.

    In quotative inversion the subject follows the verb, and the small parser reads it as
    the verb's object, hanging the verb on the clause before as a conjunct (or the clause on
    the verb as its complement), so the models take the speaker for the content. The shape:
    a verb of speech in the past tense with no subject or auxiliary of its own, right after
    a comma that closes a clause opening the sentence, whose object starts right after it,
    names someone who can speak (a person, group or institution) and is followed by nothing
    but where or when it was said. In PolNeAR train (held-back articles left out), every verb
    of speech in this shape is a gold cue whose content is the clause before the comma and
    whose source is that object (say 35, write 1, predict 1); the other verbs in it ("...,
    praised Sanders") are no cue, and the verbs of speech that are not past ("laments X's
    legacy") or not followed by a speaker are left out, and so is a comma between two
    modifiers of one noun ("a majority of regular, pledged delegates", which the parse reads as
    a clause and a verb).
    """
    if not is_speech(verb.lemma_.lower()) or object_addressed(verb.lemma_.lower()):
        return None
    if verb.tag_ != "VBD" or verb.dep_ not in ("ROOT", "conj"):
        return None
    doc = verb.doc
    sent = verb.sent
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return None
    rights = list(verb.rights)
    if not rights or rights[0].dep_ != "dobj" or rights[0].left_edge.i != verb.i + 1:
        return None
    speaker = rights[0]
    if speaker.pos_ not in ("PROPN", "NOUN") or not _can_be_addressed(speaker):
        return None
    if any(c.dep_ not in INVERTED_TAIL_DEPS for c in rights[1:]):
        return None
    if verb.dep_ == "conj":
        clause = verb.head
        if clause.i > verb.i or clause.pos_ not in ("VERB", "AUX"):
            return None
    else:
        clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
    start = sent.start
    while start < verb.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if clause.left_edge.i > start or any(t.is_quote for t in doc[start : verb.i]):
        return None
    end = verb.i - 1  # the comma
    last = doc[end - 1]
    if last.pos_ == "ADJ" and last.dep_ not in PREDICATE_DEPS:
        return None  # "a majority of regular, pledged delegates": the comma joins two modifiers
    return ((start, end), speaker) if end > start else None


def _subject_misparsed(verb: Token) -> Token | None:
    """A name right before a finite verb that the parser attached as a modifier.

    The small model sometimes reads "Baerbock urged Serbia" with "Baerbock" as
    an adverbial; a proper noun or pronoun directly before the verb (past its
    auxiliaries) is then taken as the subject.
    """
    doc = verb.doc
    j = verb.i - 1
    while j >= 0:
        cand = doc[j]  # one Token per word looked at
        if cand.dep_ not in ("aux", "auxpass", "neg", "advmod") or cand.head.i != verb.i:
            break
        if cand.pos_ == "PROPN":
            break
        j -= 1
    if j < 0:
        return None
    attached_as_modifier = cand.dep_ in ("advmod", "npadvmod", "dep", "nmod", "compound")
    if cand.head.i == verb.i and attached_as_modifier and cand.pos_ in ("PROPN", "PRON"):
        return None if cand.lower_ in words("non_speakers") else cand
    return None


def noun_phrase(head: Token) -> Span:
    """The noun phrase a speaker token heads, without relative clauses.

    "The Serbian president, Aleksandar Vucic," keeps its apposition (the name
    is in it); "a man who lives nearby" stops before "who".
    """
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in CUT_FROM_SPEAKER:
            if (
                child.dep_ == "punct"
                and child.i + 1 < len(doc)
                and doc[child.i + 1].dep_ == "appos"
            ):
                continue
            if child.dep_ != "punct":
                break
            continue
        end = max(end, child.right_edge.i + 1)
    # Trim punctuation at both ends.
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _can_be_addressed(token: Token) -> bool:
    """A person, a group or an institution: "reporters", "Serbia", "me" (not "the fire")."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    if token.ent_type_ in PARTY_LABELS:
        return True
    if token.lemma_.lower() in words("audience_nouns"):  # "reporters", "lawmakers"
        return True
    # An office or role actor resolution knows names a person: "asked the secretary of state".
    if token.pos_ == "NOUN" and default_roles().find([token.lower_]) is not None:
        return True
    # "asked her rival, Bob Jones": the name in apposition says who is meant.
    return any(child.dep_ == "appos" and _can_be_addressed(child) for child in token.rights)


def object_addressed(lemma: str) -> bool:
    """Is the object of this verb whom it addresses, not what was said: "told reporters",
    "urged Serbia" (the directives and the ``addressing`` verbs of cues.yaml), so that neither
    the object nor a passive's subject ("was asked ...") is content?"""
    return lemma in words("addressing") or is_directive(lemma)


def addressee_of(verb: Token) -> Token | None:
    """Who a speech act is aimed at: "told reporters", "said to me", "urged Serbia"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and object_addressed(lemma):
            return child if _can_be_addressed(child) else None
        preposition = "on" if lemma == "call" else "to"
        if child.dep_ in ("prep", "dative") and child.lower_ == preposition:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and _can_be_addressed(grandchild):
                    return grandchild
    return None


def addressed_phrase(addressee: Token) -> Span:
    """The words naming whom a report addresses: its noun phrase with an "of" phrase after it.

    "of" belongs to a title ("asked the secretary *of state* if ..."), so a content
    cut after the addressee starts after it.
    """
    phrase = noun_phrase(addressee)
    end = phrase.end
    for child in addressee.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= end:
            end = child.right_edge.i + 1
            break
    return addressee.doc[phrase.start : end]


def content_child(verb: Token) -> Token | None:
    """The child holding what was said or thought, if the verb has one.

    A clausal complement ("said that ..."); for directives and wishes an
    infinitive complement ("urged Serbia to pull back", "wants to run").
    """
    lemma = verb.lemma_.lower()
    infinitive = None  # a clausal complement wins wherever it stands: one pass looks for both
    for child in children_with(verb, _CONTENT_OR_INFINITIVE):
        if child.dep_ in CONTENT_DEPS:
            return child
        if infinitive is None and child.pos_ in ("VERB", "AUX"):
            infinitive = child
    if infinitive is not None and lemma not in ("say", "add"):
        return infinitive
    if is_directive(lemma):
        # "called for an investigation", "called on Congress to act"
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
    if lemma in words("say_like"):
        # "had said the same thing", "did not say when"
        for child in verb.rights:
            if child.dep_ == "dobj" and (child.pos_ != "PRON" or child.lower_ in ("that", "this")):
                return child
    return None


def right_extent(verb: Token, content: Token) -> int:
    """Token index just past what a cue verb reports, when the report follows it.

    The report is the content child and every later right-hand child of the
    verb ("is calling for the United States | to step up ..."), up to a
    coordinated verb, another report, or final punctuation.
    """
    end = content.right_edge.i + 1
    if content.i < verb.i:
        return end
    for child in verb.rights:
        if child.i <= content.right_edge.i:
            continue
        if child.dep_ in ("cc", "conj", "punct") or child.is_space or is_cue(child):
            break
        end = max(end, child.right_edge.i + 1)
    return end


def subtree_span(token: Token) -> Span:
    """The contiguous span a token's subtree covers, its complementizer included.

    A reported clause keeps its "that" ("said *that the plan failed*"): PolNeAR's annotators
    include it (2,456 of 2,481 train contents next to a "that" start with it).
    """
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    while start < end and (doc[start].is_space or doc[start].text in (",", ":", "—", "–")):
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


#: Clauses a writer adds after a comma that are not part of the report:
#: ", calling them ...", ", a swipe at ...", ", which ...", ", where ...".
COMMENTARY_DEPS = {"advcl", "relcl", "npadvmod", "acl"}
#: The marks after which such a clause may start (their lower case is themselves).
CLAUSE_BREAKS = frozenset({",", "—", "–", ";"})
RELATIVE_OPENERS = {"which", "where", "who", "whom", "whose", "when"}


def trim_report(span: Span) -> Span:
    """Cut writer's additions off the end of a reported clause.

    "he would release his tax returns on Friday, calling them very boring" →
    "he would release his tax returns on Friday"; ", where ..." and ", which
    ..." clauses hanging off the end go the same way.
    """
    doc = span.doc
    end = span.end
    for k in having(doc, LOWER, CLAUSE_BREAKS, span.start + 3, span.end - 1):
        # A closing quotation mark may stand between the comma and what follows it
        # ('... "a gift to the banks," which ...').
        j = k + 1
        while j < end - 1 and (doc[j].is_quote or doc[j].is_space):
            j += 1
        nxt = doc[j]
        top = nxt
        while top.head.i != top.i and top.head.left_edge.i == nxt.i and top.head.i < end:
            top = top.head
        if top.dep_ not in COMMENTARY_DEPS or top.right_edge.i < end - 1:
            continue
        if top.dep_ == "relcl" and nxt.lower_ not in RELATIVE_OPENERS:
            continue
        if top.dep_ == "advcl" and top.tag_ != "VBG" and nxt.lower_ not in RELATIVE_OPENERS:
            continue
        end = k
        break
    while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[span.start : end] if end > span.start else span


def according_to(doc: Doc | Span) -> Iterable[tuple[Token, Token, Token]]:
    """("according", "to", source-head) triples in ``doc``."""
    if isinstance(doc, Doc):
        tokens: Iterable[Token] = (doc[i] for i in indices(doc, lower=("according",)))
    else:
        tokens = doc
    for token in tokens:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if nxt.lower_ == "to":
                for child in nxt.children:
                    if child.dep_ == "pobj":
                        yield token, nxt, child
                        break


def opening_poll(doc: Doc) -> Iterable[tuple[Token, Token]]:
    """("In", poll-head) pairs of sentences that open with "In a ... poll," before their verb.

    "In an NBC News poll released Monday, 50 percent chose Clinton": what follows is what the
    poll found, as after "According to an NBC News poll,". The nouns of a poll are the
    ``poll_nouns`` of cues.yaml: in PolNeAR train (held-back articles left out) 8 of the 12
    sentences this finds are annotated as the poll's attribution, cued by "In".
    """
    for i in indices(doc, lower=("in",)):
        token = doc[i]
        head = token.head
        if token.dep_ != "prep" or head.dep_ != "ROOT" or head.i < token.i:
            continue
        if token.i != sentence_of(head).start:
            continue
        for child in token.children:
            if child.dep_ == "pobj" and child.lemma_.lower() in words("poll_nouns"):
                yield token, child
                break


def opening_viewpoint(doc: Doc) -> Iterable[tuple[Token, Token]]:
    """("To", holder) pairs of sentences that open with "To <someone>," before their verb.

    "To Ms. Gil, skateboarding is a cry of dissent": the rest of the sentence is how it seems
    to her, a view she holds. In PolNeAR train (held-back articles left out), 4 of the 5
    sentences this finds are annotated as her attribution, cued by "To"; "For <someone>," is
    not ("For Sanders, the mission is different": 4 of 44). The holder is a person or group
    (:func:`_can_be_addressed`); after a verb of saying, "To reporters, she said ..." names
    whom she spoke to, and is left to the verb.
    """
    for i in indices(doc, lower=("to",)):
        token = doc[i]
        head = token.head
        if token.dep_ != "prep" or head.dep_ != "ROOT" or head.i < token.i:
            continue
        if token.i != sentence_of(head).start or is_speech(head.lemma_.lower()):
            continue
        holder = next((c for c in token.children if c.dep_ == "pobj"), None)
        if (
            holder is None
            or holder.lower_ in words("non_speakers")
            or not _can_be_addressed(holder)
        ):
            continue
        after = holder.right_edge.i + 1
        if after < head.i and doc[after].text == ",":
            yield token, holder


#: Right-hand children of a stance verb that make up what the stance is about.
OBJECT_DEPS = {"dobj", "prep", "dative", "oprd", "xcomp", "ccomp", "attr", "pcomp"}


def frame_of(verb: Token) -> str:
    """How a verb could carry a report: ``clause``, ``parataxis``, ``object`` or ``none``.

    The learned cue statistics are kept per lemma *and* frame, because "want
    to run" and "want a recount" differ in how often they attribute.
    """
    if content_child(verb) is not None:
        return "clause"
    if verb.dep_ == "parataxis":
        return "parataxis"
    if any(c.dep_ in ("dobj", "dative", "prep") for c in verb.rights):
        return "object"
    return "none"


def object_span(verb: Token, *, any_verb: bool = False) -> Span | None:
    """What a stance verb is about: its object and the phrases that follow it.

    "criticised Moscow for using gas as a weapon" → "Moscow for using gas as a
    weapon"; "referred to Rubio as a leader" → "Rubio as a leader". Only for
    verbs in the lexicon's ``stance`` list (or any verb the learned statistics
    accept, with ``any_verb``), and only when there is an object.
    """
    if not any_verb and not is_stance(verb.lemma_.lower()):
        return None
    rights = [c for c in verb.rights if c.dep_ in OBJECT_DEPS]
    if not any(c.dep_ in ("dobj", "dative", "prep") for c in rights):
        return None
    doc = verb.doc
    start = min(c.left_edge.i for c in rights)
    end = max(c.right_edge.i for c in rights) + 1
    # A preposition that belongs to the verb ("referred to", "pointed to") is cue, not content.
    first = doc[start]
    if first.dep_ == "prep" and first.head.i == verb.i and first.i == verb.i + 1:
        start += 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def within_adjunct(cue: Token, start: int, end: int) -> tuple[int, int] | None:
    """The report ``[start, end)`` of a noun cue kept inside the adverbial phrase the noun
    stands in, or None when it lies wholly outside it.

    "After months of *criticism* over his bias, the scandal forced him to resign": the noun is
    inside a prepositional phrase that modifies the clause of "forced" (a chain of
    prepositions and their objects up to a verb), and an adverbial modifies its clause but
    does not take it as its complement (grammar fact: what a noun reports is inside its own
    phrase, "criticism *over his bias*"). A content that reaches that verb is cut at the end of
    the phrase; one that starts after the phrase is no content of the noun.
    """
    if cue.pos_ not in ("NOUN", "PROPN"):
        return start, end
    node = cue
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        if node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    if node.dep_ != "prep" or node.head.pos_ not in ("VERB", "AUX"):
        return start, end
    verb = node.head
    if not start <= verb.i < end or node.left_edge.i <= verb.i <= node.right_edge.i:
        return start, end
    doc = cue.doc
    hi = min(end, node.right_edge.i + 1)
    if start >= hi:
        return None
    while hi > start and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return (start, hi) if hi > start else None


def _list_member(phrase: Token, start: int, k: int) -> bool:
    """Is the comma-set-off ``phrase`` at ``k`` a member of a list rather than an appositive?

    "agree on \u2014 opposition to Clinton, *a tough line on terrorism* and supporting the
    police": a dash or a colon earlier in the report ``[start, k)`` opens a list whose members
    the commas separate, and a phrase joined by "and" / "or" to a next one is a series' member
    ("A, B and C"); grammar facts: an appositive renames one phrase and is not coordinated
    with another, and what a dash or colon introduces is an elaboration, its commas the
    separators of its items. The punctuation that opens such a list is ``list_openers`` of
    cues.yaml."""
    doc = phrase.doc
    if any(c.dep_ in ("cc", "conj") and c.i > phrase.i for c in phrase.children):
        return True
    openers = words("list_openers")
    return doc[k - 1].text == "," and any(doc[j].text in openers for j in range(start, k - 1))


#: How the parser hangs a closing indefinite phrase on the reporting verb instead of on what was
#: reported ("say the country should turn to clean energy, *an ambitious goal*": a subject or
#: a second object or complement of "say").
_ASIDE_ON_CUE_DEPS = frozenset({"appos", "dobj", "npadvmod", "attr", "ccomp", "nsubj", "oprd"})


def before_trailing_aside(cue: Token, start: int, end: int) -> int:
    """End of a report ``[start, end)`` of ``cue`` before an indefinite appositive that closes it.

    "saying the person would not get beat up at his rally, *a swipe at the disturbances*",
    "say the country should turn to clean energy by 2030, *an ambitious goal*": a noun phrase
    set off by a comma or a dash (cues.yaml ``aside_marks``) at the end of what was reported,
    hung as an appositive on a word of it and opened by an indefinite article (cues.yaml
    ``aside_determiners``), is the writer's description of what came before, not part of the
    report (grammar fact: a non-restrictive appositive adds to its head and is not needed for
    the clause). The parser often hangs such a phrase on the reporting verb instead, as a
    second object or complement: it is the same aside. It must run
    to the end of the report; what comes before it (three words or more) stays. A definite
    or named appositive ("..., the party's nominee") and a clause set off the same way
    (", while ...", ", when ...") are left in: PolNeAR takes them in as often or more (counts
    in cues.yaml's comments). A phrase that is a member of a list is no aside (see
    :func:`_list_member`).
    """
    doc = cue.doc
    determiners = words("aside_determiners")
    marks = words("aside_marks")
    for k in range(start + 3, end):
        if doc[k - 1].text not in marks or doc[k].lower_ not in determiners:
            continue
        root = next(
            (
                t
                for t in doc[k:end]
                if t.left_edge.i == k and t.right_edge.i >= end - 1 and not k <= t.head.i < end
            ),
            None,
        )
        if root is None:
            continue
        # the parser often hangs such a phrase on the reporting verb itself, as a second
        # object or complement: still the writer's aside on what was reported
        on_cue = root.head.i == cue.i and root.dep_ in _ASIDE_ON_CUE_DEPS
        if not on_cue and (root.dep_ != "appos" or not start <= root.head.i < k):
            continue
        if _list_member(root, start, k):
            continue
        lo = k - 1
        while lo > start and (doc[lo - 1].is_punct or doc[lo - 1].is_space):
            lo -= 1
        return lo
    return end
