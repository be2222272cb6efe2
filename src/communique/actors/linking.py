"""Linking a span to the actor it refers to: what ``ActorIndex.link`` does.

The quotes room passes the span its grammar chose as a speaker or addressee;
the events room the noun phrase of a participant. In order:

1. a relative pronoun ("Barkley, who said") stands for the noun it follows;
2. a personal pronoun goes to the nearest compatible actor before it
   (:func:`pronoun`): "he"/"she" to a person of that gender (or unknown),
   "they" to a group, organisation or country, "it" to an organisation or
   country, "I"/"we" to the speaker of the quotation around it, or outside
   any quotation to the article's writer;
3. a generic audience ("reporters") is nobody in particular;
4. a span holding a known mention is that actor;
5. a name is a place, an organisation or a person (:mod:`~communique.actors.people`);
6. a document is its author, or a document actor;
7. a role description corefers or becomes an actor; a collective noun
   ("the alliance") is the organisation named before it;
8. any other noun that can name an agent ("a source close to the talks")
   becomes an unnamed actor; a noun that cannot ("the rationale", "51
   percent") is returned as words with no actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors import coding, descriptions, entities, quantified
from communique.actors.countries import label_of
from communique.actors.dictionary import STATE_SECTORS
from communique.actors.index import ActorIndex, Record
from communique.actors.mentions import media_name, not_a_name, person_sanity, product
from communique.actors.names import name_key
from communique.actors.people import add_person
from communique.actors.quantified import WORDS_ROLES
from communique.actors.roles import default_roles
from communique.actors.titles import Title, is_possessive, title_before
from communique.entity_labels import MAYBE_PARTY_LABELS, PLACE_LABELS
from communique.schema import ActorKind, Mention, Party
from communique.spans import children_with, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The kinds of personal pronoun (``pronouns`` of titles.yaml) that can stand for an actor;
#: the second person is the reader or whoever a quotation addresses, never an actor.
ACTOR_PRONOUNS = ("male", "female", "plural", "neuter", "self")
#: Pronouns a relative clause can follow ("those who said", "some who argue").
DEMONSTRATIVES = frozenset({"those", "these", "that", "this", "some", "many", "most", "all"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: A span longer than this is a clause, not a noun phrase: its subject is used.
LONGEST_PHRASE = 8


def link_span(
    index: ActorIndex, span: Span, role: str, speaker_of_context: str | None
) -> Party | None:
    """The Party ``span`` refers to, adding the mention to its actor; None for no noun phrase."""
    if span is None or len(span) == 0:
        return None
    doc = index.doc
    if span.doc is not doc:
        mapped = doc.char_span(span.start_char, span.end_char, alignment_mode="expand")
        if mapped is None or mapped.text != span.text:
            return None
        span = mapped
    toks = [t for t in span if not (t.is_punct or t.is_space)]
    if not toks:
        return None
    span = quantified.trim_leading(doc[toks[0].i : toks[-1].i + 1])
    root = span.root
    shouted = len(root.text) > 1 and root.text.isupper()  # "US" is a country, "WHO" a body
    relative_pronouns = default_roles().relative  # ``relative_pronouns`` of titles.yaml
    if len(span) == 1 and root.lower_ in relative_pronouns and not shouted:
        return relative(index, root, role)
    pronouns = default_roles().pronouns
    if len(span) <= 2 and not shouted and any(root.lower_ in pronouns[k] for k in ACTOR_PRONOUNS):
        return pronoun(index, root, speaker_of_context)
    if len(span) <= 2 and not shouted and root.lower_ in pronouns["second"]:
        # "you" is the reader or whoever is addressed: no actor, but the words stand
        return quantified.words(index, span, "pronoun") if role in WORDS_ROLES else None
    text = span_text(span)
    audiences = default_roles().audiences
    if (name_key(text) in audiences or root.lower_ in audiences) and not in_a_name(index, root):
        m = Mention(text, (span.start_char, span.end_char), "description")
        return Party(actor=None, name=text, mention=m)
    found = existing(index, span)
    if found is not None:
        return found
    if root.pos_ != "PROPN" and quantified.is_quantity(root, default_roles().quantifiers):
        return quantified.quantified(index, root, role, speaker_of_context, link_span)
    whole = index.dictionary.place(text.removeprefix("the ").removeprefix("The "), label_of(root))
    if (
        whole is not None
        and whole.how == "country"
        and root.pos_ == "PROPN"
        and not index.us_state_here(text, whole, root)
    ):
        # "the Democratic People's Republic of Korea": a country's full name
        got = entities.place_actor(index, whole, span.start_char, span.end_char, text)
        return index.party(*got)
    if len(span) > LONGEST_PHRASE:
        return _long(index, span, role, speaker_of_context)
    if root.pos_ not in ("NOUN", "PROPN") or any(_clausal(t) for t in span):
        # not a noun phrase: a clause names no one; a nominal with no noun ("the 46-year-old",
        # "this") or a verb inside names no one in particular, but as a speaker its words stand
        if role not in WORDS_ROLES or root.pos_ in ("VERB", "AUX"):
            return None
        return quantified.words(index, span, "description")
    if root.pos_ == "PROPN" and (
        root.ent_type_ in MAYBE_PARTY_LABELS
        or media_name(index.text[root.left_edge.idx : root.idx + len(root.text)])
    ):
        named = name(index, span, root)
        if named is not None:
            return named
    titled = epithet(index, span)
    if titled is not None:
        return titled
    doc_found = descriptions.document(index, span, role)
    if doc_found is not None:
        return index.party(*doc_found)
    words = list(span[: root.i - span.start + 1])
    if root.lemma_.lower() in default_roles().collectives:
        # "the company": an actor of that description, else the organisation named before
        got = descriptions.describe(index, root, words, create=False)
        got = got or descriptions.collective(index, span)
        if got is not None:
            return index.party(*got)
    if root.text.islower() and body_of_states(index, words):
        return state_body(index, words)
    got = descriptions.describe(index, root, words, create=True)
    if got is not None:
        return owned_by_pronoun(index, root, index.party(*got))
    body = descriptions.collective(index, span)
    if body is not None:
        return index.party(*body)
    return owned_by_pronoun(index, root, unnamed(index, span, root))


def owned_by_pronoun(index: ActorIndex, root: Token, party: Party) -> Party:
    """A description owned through a possessive pronoun ("Russia said its forces attacked",
    "Turkey says their troops will stay") takes the country of the state the pronoun stands
    for, as "Russia's forces" takes Russia's: a possessive names the owner, and a pronoun
    stands for its antecedent (grammar facts). Only an owner that is a country or a body of
    a state gives a country ("Google said its engineers": a company's people are no state's),
    and only to an actor with none of its own. The possessives that can stand for a state or a
    body ("its", "their") are ``state_possessives`` in titles.yaml."""
    possessives = default_roles().state_possessives
    poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in possessives), None)
    rec = index.record(party.actor)
    if poss is None or rec is None or rec.actor.country:
        return party
    owner_party = pronoun(index, poss, None)
    owner = index.record(owner_party.actor) if owner_party is not None else None
    if owner is None or owner is rec or not owner.actor.country:
        return party
    if owner.actor.kind != "country" and owner.actor.sector not in STATE_SECTORS:
        return party
    title = Title(
        country=owner.actor.country,
        sector=rec.actor.sector,  # "its navy": the role's sector stays
        body=owner.actor.name,
        how="possessor",
        reason=f"text: owner '{poss.text}' ({owner.actor.name})",
    )
    index.add_title(rec, title)
    return party


def _long(index: ActorIndex, span: Span, role: str, context: str | None) -> Party | None:
    """A span too long for a noun phrase: a clause's subject, else the name or the head phrase.

    "Clinton's Democratic opponent, Vermont Sen. Bernie Sanders, also" is the name in apposition
    to its head noun; "Roman Smbatyan, an Armenian history and Middle Eastern history faculty
    member at UC Irvine" is the head's own phrase.
    """
    doc = index.doc
    root = span.root
    subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if subj:
        sub = subj[0]
        return link_span(index, doc[sub.left_edge.i : sub.i + 1], role, context)
    if root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    parts: list[Span] = []
    place = root.ent_type_ in PLACE_LABELS
    if root.pos_ == "NOUN" or place:
        # a common noun's name in apposition; after a fronted place ("In Ho Chi Minh City, a
        # young woman who ...") whoever follows it
        for c in root.children:
            if c.dep_ != "appos" or c.i >= span.end or c.ent_type_ in PLACE_LABELS:
                continue
            if c.pos_ == "PROPN" or place:
                lo = max(c.left_edge.i, span.start, root.i + 1, c.i + 1 - LONGEST_PHRASE)
                parts.append(doc[lo : c.i + 1])
    commas = [t.i for t in span if t.i < root.i and t.text == ","]
    lo = max(commas[-1] + 1 if commas else span.start, root.i + 1 - LONGEST_PHRASE)
    parts.append(doc[lo : root.i + 1])
    for part in parts:
        if 0 < len(part) <= LONGEST_PHRASE:
            found = link_span(index, part, role, context)
            if found is not None:
                return found
    return None


#: The dependencies of a verb that modifies a noun inside its phrase ("leaked emails", "the
#: self-described socialist", "water-carrying headline"): such a verb does not make a clause.
ATTRIBUTIVE = frozenset({"amod", "compound", "nmod", "npadvmod"})


def _clausal(tok: Token) -> bool:
    """Does ``tok`` make its phrase a clause (a verb that is not an attributive modifier)?"""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ATTRIBUTIVE


def name(index: ActorIndex, span: Span, root: Token) -> Party | None:
    """A proper name: the proper nouns ending at the head, as a place, organisation or person."""
    d = index.dictionary
    i = root.i
    ent = index.entity_of(root)
    if ent is not None and ent.start >= span.start:
        i = ent.start  # the whole name, across its possessive: "Kurdistan Workers' Party"
    while i > span.start and index.doc[i - 1].pos_ == "PROPN":
        i -= 1
    while i < root.i and (index.doc[i].dep_ == "det" or index.doc[i].is_punct):
        i += 1
    toks = [t for t in index.doc[i : root.i + 1] if not is_possessive(t)]
    start, end = toks[0].idx, root.idx + len(root.text)
    text = index.text[start:end]
    place = d.place(text, ent.label_ if ent is not None else "")
    if place is not None and place.how != "demonym" and not index.us_state_here(text, place, root):
        return index.party(*entities.place_actor(index, place, start, end, text))
    if product(root) and index.aliased(text) is None:
        return None  # "Kestrel vehicles": a made thing, not an actor
    if not_a_name(toks) or default_roles().office(text) is not None:
        return None  # "the Foreign Secretary": an office, read as a description
    acronym = entities.defined(index, toks, text) or _aliased(index, text, start, end)
    if acronym is not None:
        return index.party(*acronym)
    entry = d.lookup(text, index.day)
    if root.ent_type_ in PLACE_LABELS and entry is None and d.state(text) is None:
        return None  # a place that is not a country ("Nord Stream"): where, not who
    org = (
        root.ent_type_ == "ORG"
        or media_name(text)
        or (entry is not None and entry.kind != "person")
    )
    what = "organisation" if org else person_sanity(toks, text, d, index.settings.city_population)
    if what in ("nothing", "place"):
        return None
    if what == "organisation":
        return index.party(*entities.org_actor(index, toks, start, end))
    title = list(index.doc[span.start : i]) or title_before(index.doc, i, root.i + 1, d)
    if root.ent_type_ != "PERSON" and entry is None and not _could_be_person(index, toks, title):
        return None  # "the West": a capitalised word the model did not call a person
    return index.party(*add_person(index, toks, title, None))


def _could_be_person(index: ActorIndex, toks: list[Token], title: list[Token]) -> bool:
    """An untagged proper noun is a person's name only with some sign of it: a title or
    honorific before it, a person of that name earlier in the article, or two words of a
    name (a lone capitalised word is too often something else: "the West", "Darling").
    A title is a noun ("Sen.", "the cleric"); an adjective before the name, even one a role
    table holds ("Islamic", "Republican"), modifies the name of a thing ("Islamic State
    targets") and is no sign of a person."""
    d = index.dictionary
    words = name_key(" ".join(t.text for t in toks)).split()
    if any(r.actor.kind == "person" for w in words for r in index.with_word(w)):
        return True
    if title and title[-1].pos_ != "ADJ" and d.read_role(title) is not None:
        return True
    return len(words) >= 2


def _aliased(index: ActorIndex, text: str, start: int, end: int) -> tuple[Record, Mention] | None:
    rec = index.aliased(text)
    if rec is None:
        return None
    return rec, index.mention(rec, start, end, "organisation")


def unnamed(index: ActorIndex, span: Span, root: Token) -> Party:
    """Something else: an agent noun becomes an unnamed actor; any other noun, words only."""
    head_toks = list(index.doc[span.start : root.i + 1])
    start, end = head_toks[0].idx, root.idx + len(root.text)
    text = index.text[start:end]
    noun = root.lemma_.lower()
    agentive = (
        root.lower_ in default_roles().heads
        or noun in default_roles().heads
        or noun in default_roles().bodies
        or default_roles().compound_head(root.lower_) is not None  # "schoolchildren"
    )
    if not agentive or root.pos_ == "PROPN":  # a proper noun that named no one is words only
        return Party(actor=None, name=text, mention=Mention(text, (start, end), "description"))
    kind: ActorKind = "group" if root.tag_ in ("NNS", "NNPS") else "person"
    if noun in default_roles().bodies:
        kind = "organisation"
    rec = index.new(text, kind)
    # "Russian forces", "the Nigerian anti-graft agency": the words before an agent noun that
    # no role table holds still say whose it is, as they do before a role; the noun itself
    # names no one ("their Movement" is no body called "Movement"), and a capitalised one may
    # end a name ("M. Dane Waters": no Dane)
    title = index.read_title(head_toks[:-1]) if root.text.islower() else None
    if title is not None and title.country:
        index.add_title(rec, title)
    else:
        index.recode(rec)
    return index.party(rec, index.mention(rec, start, end, "description"))


def _names_a_state(index: ActorIndex, tok: Token) -> bool:
    """Is the word a state's name or nationality word ("Kenyan" of "Kenyan-led")?"""
    if not tok.text[:1].isupper():
        return False
    place = index.dictionary.place(tok.text, label_of(tok))
    return place is not None and place.how in ("country", "demonym")


def state_body(index: ActorIndex, toks: list[Token]) -> Party:
    """An intergovernmental body the text describes rather than names ("the 27-nation bloc",
    "the Western military alliance"): the PLOVER manual's IGO, whatever sector or state the
    story would otherwise lend a body of its kind."""
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = index.text[start:end]
    rec = index.new(text, "organisation")
    rec.fixed = coding.Code("IGO", None, f"text: '{text}', a body of states", "article")
    index.recode(rec)
    return index.party(rec, index.mention(rec, start, end, "description"))


def body_of_states(index: ActorIndex, toks: list[Token]) -> bool:
    """Do the words of a description, ending in its head noun, name a body whose members are
    states (``state_bodies`` of titles.yaml): a body counted in nations ("the 27-nation bloc",
    "a 15-country grouping"), or a bloc or alliance named by its members' region ("the
    European bloc", "the Western alliance")? Not one the words give a state: "the Kenyan-led
    five-nation force" is Kenya's, as the words make it."""
    roles = default_roles()
    head = toks[-1].lemma_.lower()
    if head not in roles.state_body_nouns or any(_names_a_state(index, t) for t in toks[:-1]):
        return False
    mods = toks[:-1]
    for tok in mods:
        counted = any(c.dep_ == "nummod" or c.like_num for c in tok.children)
        if tok.lemma_.lower() in roles.state_member_nouns and counted:
            return True
    return head in roles.regional_body_nouns and any(t.lower_ in roles.body_regions for t in mods)


def in_a_name(index: ActorIndex, word: Token) -> bool:
    """Does an organisation's name the article mentions go on after the word ("Reporters" of
    "Reporters Without Borders")? Then the word is the body, not the audience it is alone. A
    name that ends in the word ("the Associated Press") is left to the reading of its phrase
    ("an Associated Press survey" is a document)."""
    end = word.idx + len(word.text)
    return any(
        m.kind == "organisation" and m.span[0] <= word.idx and m.span[1] > end
        for _, m in index.overlapping(word.idx, end)
    )


def existing(index: ActorIndex, span: Span) -> Party | None:
    """A mention already known inside the span, nearest its head."""
    root = span.root
    best: tuple[int, Record, Mention] | None = None
    for rec, m in index.overlapping(span.start_char, span.end_char):
        covers_root = m.span[0] <= root.idx < m.span[1]
        if not covers_root and (m.kind == "pronoun" or _possessor(index, m)):
            continue  # "its forces" is not whoever "its" is, nor "Cruz's wife" Cruz
        score = 0 if covers_root else 1
        if best is None or score < best[0]:
            best = (score, rec, m)
    if best is None:
        return None
    if best[0] == 1 and len(span) > LONGEST_PHRASE:
        return None  # a long span whose head is not a known mention
    return index.party(best[1], best[2])


def relative(index: ActorIndex, tok: Token, role: str) -> Party | None:
    """ "Barkley, who said ...": the relative pronoun stands for the noun it follows.

    The antecedent is the head its clause modifies, or, where the parse attached the clause
    elsewhere, the noun or pronoun right before the relative pronoun ("those who said"). The
    speaker's words at the quotation are the pronoun's, whether or not the antecedent is an
    actor ("the respondents, who said": the respondents, mentioned as "who").
    """
    start, end = tok.idx, tok.idx + len(tok.text)
    antecedent = _antecedent(tok)
    found = None
    if antecedent is not None:
        phrase = index.doc[antecedent.left_edge.i : antecedent.i + 1]
        found = link_span(index, phrase, role, None)
    if found is None or found.actor is None:
        if role not in WORDS_ROLES:
            return found
        name = found.name if found is not None else tok.text
        return Party(actor=None, name=name, mention=Mention(tok.text, (start, end), "pronoun"))
    rec = index.record(found.actor)
    if rec is None:
        return found
    return index.party(rec, index.mention(rec, start, end, "pronoun"))


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause, else the
    noun or pronoun just before it in its sentence (a comma between them allowed)."""
    clause = tok.head
    if clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    i = tok.i - 1
    if i >= 0 and tok.doc[i].text == ",":
        i -= 1
    if i < tok.sent.start:
        return None
    before = tok.doc[i]
    if before.pos_ in ("NOUN", "PROPN") or before.lower_ in DEMONSTRATIVES:
        return before
    return None


def pronoun(index: ActorIndex, tok: Token, speaker_of_context: str | None) -> Party | None:
    """The actor a personal pronoun refers to: the nearest compatible one before it.

    Candidates are searched in the pronoun's sentence (left of it), then up
    to ``settings.pronoun_sentences`` sentences back, preferring grammatical
    subjects in each sentence. A pronoun with no candidate is kept as words.
    A "he" or "she" never goes to a person whose gender, known or guessed by an
    earlier link, is the other (:attr:`Record.guessed_gender`), nor, as an object,
    to its own verb's subject or object (:func:`_co_arguments`).
    """
    low = tok.lower_
    start, end = tok.idx, tok.idx + len(tok.text)
    pronouns = default_roles().pronouns  # ``pronouns`` of titles.yaml
    if low in pronouns["self"]:
        if not speaker_of_context:
            return index.author(start, end)
        rec = index.record(speaker_of_context)
        if rec is None:
            rec = next((r for r in index.records() if r.actor.name == speaker_of_context), None)
        if rec is None:
            return None
        return index.party(rec, index.mention(rec, start, end, "pronoun"))
    gender = default_roles().gendered.get(low)
    if gender is not None:
        bound = _co_arguments(index, tok)

        def ok(r: Record) -> bool:
            return (
                r.actor.kind == "person"
                and r.gender in (None, gender)
                and r.guessed_gender in (None, gender)
                and r.actor.id not in bound
                and not _author(r, index)
            )
    elif low in pronouns["plural"]:

        def ok(r: Record) -> bool:
            return r.actor.kind in ("group", "organisation", "country")
    elif low in pronouns["neuter"]:

        def ok(r: Record) -> bool:
            return r.actor.kind in ("organisation", "country", "document")
    else:
        return None
    if low in pronouns["plural"]:
        bound = _plural_subject(index, tok)
        rec = index.record(bound.actor) if bound is not None else None
        if rec is not None:
            return index.party(rec, index.mention(rec, start, end, "pronoun"))
        if bound is not None:  # "the crowds ... they": nobody in particular, in their words
            return Party(
                actor=None, name=bound.name, mention=Mention(tok.text, (start, end), "pronoun")
            )
    here = index.sentence_of(start)
    best: tuple[int, ...] | None = None
    chosen: Record | None = None
    for dist in range(index.settings.pronoun_sentences + 1):
        for rec, m in index.in_sentence(here - dist):
            if m.span[1] > start or (m.kind == "pronoun" and m.span == (start, end)):
                continue
            if not ok(rec) or _only_a_modifier(index, rec):
                continue
            subj = 0 if index.is_subject(m) else 1
            if dist == 0:
                # in the pronoun's own sentence, a subject of a clause the pronoun's is part of
                # ("Reid said [Rubio is ...], but he added"): Reid, not Rubio
                key = (
                    dist,
                    subj,
                    0 if _governs(index, m, tok) else 1,
                    _coordinated(index, m),
                    -m.span[0],
                )
            else:
                key = (dist, subj, 0, _coordinated(index, m), m.span[0])
            if best is None or key < best:
                best, chosen = key, rec
        if chosen is not None:
            break  # the nearest sentence with a candidate decides
    if chosen is None:
        # Nobody it could refer to: the pronoun is still the words the text uses.
        return Party(actor=None, name=tok.text, mention=Mention(tok.text, (start, end), "pronoun"))
    if gender and not chosen.gender and not chosen.guessed_gender:
        chosen.guessed_gender = gender
    return index.party(chosen, index.mention(chosen, start, end, "pronoun"))


#: Dependencies of a verb's arguments before an object pronoun that the pronoun cannot mean.
CO_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "dative"}


def _co_arguments(index: ActorIndex, tok: Token) -> frozenset[str]:
    """The actors an object pronoun cannot stand for: the subject and objects of its own verb
    before it (binding theory's Principle B, a grammar fact: a personal pronoun is free in its
    clause, so "Obama praised him" and "He warned him" are two people; the same person would
    be "himself"). A possessive ("praised his wife"), a reflexive or a subject is not bound so
    and gets none."""
    if tok.tag_ != "PRP" or tok.dep_ in SUBJECT_DEPS or tok.lower_.endswith("self"):
        return frozenset()
    found = set()
    for arg in children_with(tok.head, CO_ARGUMENT_DEPS):
        if arg.i < tok.i:
            actor = index.actor_for(arg)
            if actor is not None:
                found.add(actor.id)
    return frozenset(found)


#: Dependencies by which a word modifies a noun ("Exit polls", "the Trump campaign").
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _only_a_modifier(index: ActorIndex, rec: Record) -> bool:
    """Is every mention of the actor other than a pronoun a common noun that modifies another
    noun ("Exit" of "Exit polls", a word the tagger took for a name)? Such an actor is no
    antecedent (:func:`_modifier_mention`). One with a mention of its own elsewhere is a real
    party whose name the tagger misread in a headline ("Trump Fires Up Base")."""
    named = [m for m in rec.actor.mentions if m.kind != "pronoun"]
    return bool(named) and all(_modifier_mention(index, rec, m) for m in named)


def _modifier_mention(index: ActorIndex, rec: Record, m: Mention) -> bool:
    """Does the mention use the actor's name only as a common noun modifying another noun
    ("Exit" of "Exit polls", a word the tagger took for a name), so that the phrase refers to
    what that noun names? A common noun inside a compound refers to nothing a pronoun can
    take up (a grammar fact: a noun modifier is an anaphoric island), so the mention is no
    antecedent of "his" or "he". A proper name as modifier ("the Trump campaign") is left:
    writers do take it up with a pronoun."""
    span = index.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ in NOUN_MODIFIER_DEPS and root.pos_ == "NOUN" and root.head not in span:
        return root.head.pos_ == "NOUN"  # the word alone, modifying a noun outside the mention
    name = set(rec.actor.name.lower().split())
    if root.pos_ != "NOUN" or len(span) == 1 or root.lower_ in name:
        return False  # "Black voters": the head noun is the actor's own word
    return any(
        t.dep_ in NOUN_MODIFIER_DEPS
        and t.head.i == root.i
        and t.pos_ == "NOUN"
        and t.lower_ in name
        for t in span
    )


#: Plural pronouns in object form: the subject of their own clause is someone else.
PLURAL_OBJECTS = frozenset({"them"})


def _plural_subject(index: ActorIndex, tok: Token) -> Party | None:
    """The plural subject of the nearest clause around a plural pronoun, when that subject is
    a plural noun phrase ("Party supporters are right when they ...", "Even party donors
    were unsparing in their criticism"): the pronoun's antecedent, linked as any phrase is
    (an actor, or words only for nobody in particular). A subject of a clause that contains
    the pronoun's is its most prominent antecedent.
    """
    # an object pronoun is never its own clause's subject ("the voters blame them")
    skip = tok.lower_ in PLURAL_OBJECTS
    for clause in tok.ancestors:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        if skip:
            skip = False
            continue
        # from the per-Doc table of children: Token.children walks the whole clause
        subjects = [c for c in children_with(clause, SUBJECT_DEPS) if c.i < tok.i]
        if not subjects:
            continue
        subj = subjects[0]
        if subj.i == tok.i or subj.tag_ not in ("NNS", "NNPS"):
            return None
        phrase = index.doc[subj.left_edge.i : subj.i + 1]
        known = index.overlapping(subj.idx, subj.idx + len(subj.text))
        if known:
            return index.party(*known[0])  # the subject's head is already a mention: its actor
        return link_span(index, phrase, "participant", None)
    return None


def _possessor(index: ActorIndex, m: Mention) -> bool:
    """Is the mention the possessor of another noun ("Cruz" of "Cruz's wife")?"""
    head = _mention_head(index, m)
    if head is None:
        return False
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return head.dep_ == "poss" or (after is not None and is_possessive(after))


#: Where :func:`_mention_head` keeps the head token of each mention's characters (in
#: ``Doc.user_data``; -1: no token there).
MENTION_HEADS_KEY = "communique.mention_heads"


def _mention_head(index: ActorIndex, m: Mention) -> Token | None:
    """The root of the words a mention covers.

    Every earlier mention is weighed as the antecedent of each pronoun after it, so the same
    mention's head is asked for many times; it is found once per Doc (the parse does not
    change after it is done).
    """
    doc = index.doc
    known: dict[tuple[int, int], int] = doc.user_data.setdefault(MENTION_HEADS_KEY, {})
    start, end = m.span
    at = known.get((start, end))
    if at is None:
        span = doc.char_span(start, end, alignment_mode="expand")
        at = known[(start, end)] = span.root.i if span is not None and len(span) else -1
    return doc[at] if at >= 0 else None


def _governs(index: ActorIndex, m: Mention, tok: Token) -> bool:
    """Is the word the mention depends on (its clause's verb) above ``tok`` in the parse?
    Such a mention belongs to a clause that contains the pronoun's, the more prominent
    antecedent (the main clause's subject over an embedded clause's)."""
    head = _mention_head(index, m)
    if head is None or head.head.i == head.i:
        return False
    return head.head.i in _ancestors(tok)


#: Where :func:`_ancestors` keeps each token's ancestors (in ``Doc.user_data``).
ANCESTORS_KEY = "communique.ancestors"


def _ancestors(tok: Token) -> frozenset[int]:
    """The indices of ``tok``'s ancestors in the parse, read once per token: every earlier
    mention is ranked by it for each pronoun (see :func:`_governs`). The parse is done before
    any stage runs and no stage changes it."""
    known: dict[int, frozenset[int]] = tok.doc.user_data.setdefault(ANCESTORS_KEY, {})
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = frozenset(a.i for a in tok.ancestors)
    return found


def _coordinated(index: ActorIndex, m: Mention) -> int:
    """1 for a mention joined to another by "and"/"or" ("Rubio and Cruz"): one of a pair is a
    less likely antecedent of a singular pronoun than a mention standing alone."""
    head = _mention_head(index, m)
    if head is None:
        return 0
    return int(head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children))


#: What a name and the epithet after it may each be to their common head: both subjects of
#: one verb, as the small model reads "Obama the realist knows" (never an object: "gave Obama
#: the award").
EPITHET_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "compound"})


def epithet(index: ActorIndex, span: Span) -> Party | None:
    """ "Obama the realist knows ...": a definite noun phrase right after a person's name,
    with no comma between them, is an epithet of that person (as in "Alexander the Great"),
    not a new actor."""
    doc = index.doc
    root = span.root
    if span.start == 0 or span[0].lower_ != "the" or root.pos_ != "NOUN":
        return None
    if root.tag_ != "NN" or root.dep_ not in SUBJECT_DEPS:
        return None
    before = doc[span.start - 1]
    if before.pos_ != "PROPN" or not before.whitespace_ or before.dep_ not in EPITHET_NAME_DEPS:
        return None
    if before.head.i != root.head.i:
        return None
    owner = index.actor_for(before)
    rec = index.record(owner.id) if owner is not None else None
    if rec is None or rec.actor.kind != "person":
        return None
    return index.party(rec, index.mention(rec, span.start_char, span.end_char, "description"))


def _author(rec: Record, index: ActorIndex) -> bool:
    return rec.actor.name == "the author" and rec.fixed is not None
