"""Finding the mentions of actors in a parsed Doc, before anything is resolved.

Three kinds of candidate, read from what spaCy already put on the Doc
(entities, parse, tags), never re-parsing:

* :class:`NameCandidate`: a person's name with the title before it and the
  description in apposition ("German Foreign Minister Annalena Baerbock",
  "Aleksandar Vucic" of "The Serbian president, Aleksandar Vucic");
* :class:`EntityCandidate`: an organisation, country or group name;
* :class:`DescriptionCandidate`: a role noun heading its own noun phrase
  ("the German foreign minister").

Entity sanity is decided here: weekdays, months and numbers are never people;
a "person" that is a country, a state or a news outlet is treated as what it
is; a verb that a headline capitalised ("Obama Says") is not part of a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import ENT_TYPE, IS_UPPER, ORTH, POS
from spacy.symbols import IDS
from spacy.tokens import Span

from communique.actors.countries import label_of
from communique.actors.names import HONORIFICS, NAME_PARTICLES, name_key
from communique.actors.roles import default_roles
from communique.actors.settings import DEFAULT
from communique.actors.tables import ActorDictionary
from communique.actors.titles import (
    ARMED_GROUP_SECTORS,
    is_possessive,
    led_body,
    person_apposition,
    title_before,
)
from communique.entity_labels import MAYBE_NAME_LABELS, NAME_LABELS
from communique.spans import capitalised_indices, doc_text, having, indices, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.actors.tables import Entry

#: Entity labels that can name an actor.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: A line is a headline when at least this share of its words are capitalised.
HEADLINE_SHARE = 0.7


@dataclass(slots=True)
class NameCandidate:
    """A person's name, the title words before it and a description in apposition."""

    name: list[Token]
    title: list[Token]
    appos: list[Token] | None
    start: int


@dataclass(slots=True)
class EntityCandidate:
    """A named organisation, country, place or group (any entity that is not a person's name)."""

    span: Span
    start: int
    organisation: bool = False  # its title shows it is one: "the opposition newspaper La Prensa"


@dataclass(slots=True)
class DescriptionCandidate:
    """A noun phrase headed by a role noun: "the German foreign minister"."""

    head: Token
    tokens: list[Token]
    start: int


Candidate = NameCandidate | EntityCandidate | DescriptionCandidate


def _order(c: Candidate) -> tuple[int, int]:
    rank = 0 if isinstance(c, NameCandidate) else 1 if isinstance(c, EntityCandidate) else 2
    return (c.start, rank)


def past_particles(toks: list[Token]) -> list[Token]:
    """A name's tokens, extended when the entity stops at a particle ("von der" + "Leyen")."""
    doc = toks[0].doc
    out = list(toks)
    while out[-1].lower_ in NAME_PARTICLES and out[-1].is_lower and out[-1].i + 1 < len(doc):
        nxt = doc[out[-1].i + 1]
        if not (nxt.is_title or (nxt.lower_ in NAME_PARTICLES and nxt.is_lower)):
            break
        out.append(nxt)
    return out


#: Where :func:`is_headline` keeps its answer for each sentence (in ``Doc.user_data``), by the
#: sentence's first token.
HEADLINE_KEY = "communique.headline_sentences"


def is_headline(tok: Token) -> bool:
    """Is ``tok`` on a line whose words are mostly capitalised (a headline or title)?

    Asked of every name a headline verb may end and of each sentence when the article's body
    words are gathered, so the same sentence comes up again and again; its words are read
    once per Doc (the parse, and so the sentences, do not change after it is done).
    """
    sent = sentence_of(tok)
    known: dict[int, bool] = tok.doc.user_data.setdefault(HEADLINE_KEY, {})
    found = known.get(sent.start)
    if found is None:
        found = known[sent.start] = _capitalised_line(sent)
    return found


def _capitalised_line(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.text[0].isupper())
    return caps >= HEADLINE_SHARE * len(words)


def headline_name(toks: list[Token]) -> list[Token]:
    """A name the model ran on into a headline's verb: "Morton Blackwell Endorses Ted Cruz" is
    Morton Blackwell. A capitalised headline verb inside a name ends it; the words before it
    are the name (or, with none before, the words after it)."""
    for k, t in enumerate(toks):
        if (
            t.lower_ in default_roles().headline_verbs
            and t.text[:1].isupper()
            and (k > 0 or is_headline(t))
        ):
            return toks[:k] if k > 0 else toks[k + 1 :]
    return toks


def capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def title_lead(toks: list[Token], d: ActorDictionary) -> int:
    """How many leading tokens of a PERSON entity are title words ("Senator Ted Cruz"),
    or the end of a long title the model took into the name ("Climate Action Karl Brenner")."""
    lead = 0
    while lead < len(toks) - 1:
        w = toks[lead].lower_.rstrip(".")
        if (
            w in HONORIFICS
            or w in default_roles().abbreviations
            or default_roles().office(w) is not None
        ):
            lead += 1
            continue
        if w in default_roles().portfolio_words and len(toks) - lead > 2:
            lead += 1
            continue
        if (
            d.place(toks[lead].text, label_of(toks[lead])) is not None
            and toks[lead].text[:1].isupper()
            and _title_word(toks[lead + 1], d)
        ):
            lead += 1  # "Russian President Vladimir Putin" tagged as one PERSON
            continue
        break
    return lead


def _title_word(t: Token, d: ActorDictionary) -> bool:
    """A word a title goes on with after a place ("President" of "Russian President ..."): a
    place right before the name is the name's own first word ("Scot" of a "Scot ...")."""
    w = t.lower_.rstrip(".")
    return (
        w in HONORIFICS
        or w in default_roles().abbreviations
        or default_roles().office(w) is not None
        or w in default_roles().portfolio_words
        or (t.text[:1].isupper() and d.place(t.text, label_of(t)) is not None)
    )


def not_a_name(toks: list[Token]) -> bool:
    """Words that are never a person's name: weekdays, months, numbers, lower-case words,
    a single letter."""
    if not toks or not capitalised(toks[0]):
        return True
    if not capitalised(toks[-1]) and not _hyphen_syllable(toks):
        return True
    if len(toks) == 1 and len(toks[0].text.rstrip(".")) < 2:
        return True
    words = [t.lower_.rstrip(".") for t in toks]
    if all(w in default_roles().not_names or t.like_num for w, t in zip(words, toks, strict=True)):
        return True
    return any(t.like_num or t.is_digit for t in toks)


def _hyphen_syllable(toks: list[Token]) -> bool:
    """Does the name end in a lower-case syllable joined by a hyphen to a capitalised one, as
    romanised Korean given names do ("Ban Ki-moon", "Kim Jong-un", tokenised in three)?"""
    return (
        len(toks) >= 3
        and toks[-1].is_alpha
        and toks[-2].text in ("-", "‐")
        and not toks[-2].whitespace_
        and not toks[-3].whitespace_
        and capitalised(toks[-3])
    )


def product(root: Token) -> bool:
    """Does a name modify a noun for a made thing ("Marder infantry fighting vehicles")?"""
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.lemma_.lower() in default_roles().product_nouns
    )


def company_name(toks: list[Token]) -> bool:
    """A company by its name: two words or more ending in a legal form or an industry noun
    ("Patriot Coal", "Acme Holdings Inc.")."""
    return len(toks) > 1 and toks[-1].lower_.rstrip(".") in default_roles().company_ends


def media_name(text: str) -> bool:
    """A news outlet or website by its name: "The New York Times", "Politico.com"."""
    low = text.lower().strip()
    if low.endswith(default_roles().website_ends) and " " not in low:
        return True
    words = low.replace("’", "'").split()
    return len(words) >= 2 and words[-1] in default_roles().media_ends


#: Words that join the parts of an organisation's name ("Kiel Institute for the World
#: Economy", "Banco Central do Brasil").
NAME_CONNECTIVES = frozenset({"of", "for", "the", "de", "do", "da", "du", "des", "di", "del"})
#: Entity labels a word continuing a name may carry (never a date or a number).
NAME_LIKE = MAYBE_NAME_LABELS
#: Words allowed inside the long form before an acronym in parentheses.
LONG_FORM_WORDS = NAME_CONNECTIVES | {"and", "&", ",", "on", "in"}
ACRONYM_LETTERS = 2


@dataclass(slots=True)
class Acronym:
    """An acronym the text defines: "the Colombian Drug Observatory (ODC)"."""

    acronym: str
    long_form: Span
    at: Token  # the acronym's token inside the parentheses


def is_acronym(text: str) -> bool:
    """An acronym: mostly capital letters ("ODC", "BNetzA", "U.N."), at least two."""
    bare = text.replace(".", "").replace("-", "").replace("&", "")
    if len(bare) < ACRONYM_LETTERS or not bare.isalnum() or not bare[0].isupper():
        return False
    upper = sum(c.isupper() for c in bare)
    return upper >= 2 and sum(c.islower() for c in bare) <= len(bare) // 2


def acronyms(doc: Doc) -> list[Acronym]:
    """Acronyms defined in parentheses after their long form, with that long form.

    The long form is the run of capitalised words (and the connectives inside
    names: of, for, and, the, commas) right before the parenthesis: "the
    International Federation of Red Cross and Red Crescent Societies (IFRC)".
    """
    out: list[Acronym] = []
    n = len(doc)
    for tok in (doc[i] for i in indices(doc, lower=("(",))):
        if tok.i + 2 >= n or doc[tok.i + 2].text != ")":
            continue
        acr = doc[tok.i + 1]
        if not is_acronym(acr.text):
            continue
        j = tok.i - 1
        start = tok.i
        while j >= 0 and tok.i - j <= 16:
            t = doc[j]
            if t.text[:1].isupper() and not t.is_sent_start:
                start = j
            elif t.text[:1].isupper() and t.is_sent_start:
                start = j
                break
            elif t.lower_ not in LONG_FORM_WORDS and not _plural_possessive(t):
                break
            j -= 1
        while start < tok.i and doc[start].lower_ in LONG_FORM_WORDS:
            start += 1
        if start < tok.i and doc[start].lower_ != "the":
            out.append(Acronym(acr.text, doc[start : tok.i], acr))
    return out


def _plural_possessive(token: Token) -> bool:
    """Is the token the bare apostrophe of a capitalised plural ("Workers'" in "the Kurdistan
    Workers' Party")? Such a possessive is part of a name ("Veterans' Affairs", "Teachers'
    Union"), where "'s" names an owner ("Brazil's Workers' Party")."""
    if token.tag_ != "POS" or token.text not in ("'", "’") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text[:1].isupper() and before.lower_.endswith("s")


#: Brackets: an entity ends before one ("the World Health Organization (WHO").
BRACKETS = frozenset({"(", ")", "[", "]"})


def _is_blank(token: Token) -> bool:
    return token.is_space or token.is_punct


def clean_entities(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """Entities with their edges cleaned and split names joined.

    Whitespace and punctuation at the edges go, an entity ends before a
    parenthesis ("the World Health Organization (WHO" -> its name), an
    organisation's name continues over connectives and capitalised words
    ("Kiel Institute" + "for the World Economy"), and a person's name over an
    adjacent capitalised word or name ("Daniel Ortega" + "Ruiz").
    """
    out: list[Span] = []
    n = len(doc)
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        start, end = ent.start, ent.end
        brackets = having(doc, ORTH, BRACKETS, start, end)
        if brackets:
            end = brackets[0]
        while start < end and _is_blank(doc[start]):
            start += 1
        while end > start and _is_blank(doc[end - 1]):
            end -= 1
        if end <= start:
            continue
        label = ent.label_
        if label == "ORG":
            end = _org_continues(doc, end)
        elif label == "PERSON":
            while end < n and _continues_name(doc[end], doc[end - 1]):
                end += 1
        span = doc[start:end]
        span.label_ = label
        out.append(span)
        skip_until = end
    return out


#: Dictionary kinds that name a body, not a person or a country.
BODY_KINDS = frozenset({"organisation", "group"})


def known_bodies(doc: Doc, ents: list[Span], d: ActorDictionary) -> tuple[list[Span], set[int]]:
    """Entities widened over the capitalised words just before them when the whole is the full
    name of a body the dictionaries hold: the model may tag only the end of a name ("Without
    Borders" of "Reporters Without Borders", and as a person), and, when that part is no name
    the dictionaries know, their full name says who it is (Phoenix.International.actors.txt:
    REPORTERS_WITHOUT_BORDERS_, NGO). The widened entity is an organisation; the words it gained
    (the indices returned) are part of its name, not a description of their own ("Reporters")."""
    out: list[Span] = []
    gained: set[int] = set()
    floor = 0
    for ent in ents:
        if ent.start < floor:
            continue  # the second part of a name joined over its hyphen ("Bissau")
        ent = joined_over_hyphen(doc, ent, d)
        widened = ent
        # a tagged part the dictionaries or the gazetteer know is a name of its own ("President
        # Bashar al-Assad", "President Of The United States": a title before a known name)
        known = d.lookup(ent.text) is not None or d.place(ent.text, ent.label_) is not None
        i = -1 if known else ent.start - 1
        while i >= floor and doc[i].text[:1].isupper() and not doc[i].ent_type_:
            if doc[i].is_punct or doc[i].is_sent_end:
                break
            entry = d.lookup(doc[i : ent.end].text)
            if entry is not None and entry.kind in BODY_KINDS:
                widened = Span(doc, i, ent.end, label="ORG")
            if doc[i].is_sent_start:
                break
            i -= 1
        out.append(widened)
        gained.update(range(widened.start, ent.start))
        floor = ent.end
    out += untagged_acronyms(doc, d)
    out.sort(key=lambda e: e.start)
    return out, gained


#: Hyphens that join the parts of one name ("Guinea-Bissau", "Timor-Leste").
NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def joined_over_hyphen(doc: Doc, ent: Span, d: ActorDictionary) -> Span:
    """``ent`` extended over a hyphen and the capitalised word after it when the joined text
    is a name the tables hold: the model may tag only the first part of a hyphenated name
    ("Guinea" of "Guinea-Bissau", which the country table lists whole, and which is another
    country), and the part alone then names the wrong actor. The hyphen must touch both words
    (a dash between spaces separates phrases), and the joined text must be a known actor or
    place, so "Obama-Clinton" or "Paris-based" stay as tagged."""
    end, n, best = ent.end, len(doc), ent
    while (
        end + 1 < n
        and doc[end].text in NAME_HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
        text = doc[ent.start : end].text
        if d.lookup(text) is not None or d.place(text, ent.label_) is not None:
            best = Span(doc, ent.start, end, label=ent.label_)
    return best


def untagged_acronyms(doc: Doc, d: ActorDictionary) -> list[Span]:
    """Acronyms the model tagged as no entity at all ("was urged by ECOWAS": a plural common
    noun to the small model) that the dictionaries hold as a body: the body, by the name
    PETRARCH's own dictionary lists (Phoenix.International.actors.txt: ECOWAS_, IGO). An
    all-capital word of several letters is written so because it is a name's initials (a
    fact of English orthography), so a known one names its body as a tagged one does; not in
    a line set all in capitals ("POLICE ARREST PROTESTERS"), where capitals say nothing."""
    out: list[Span] = []
    for tok in (doc[i] for i in _untagged_capitals(doc)):
        if tok.ent_type_ or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_upper:
            continue
        if not is_acronym(tok.text) or tok.dep_ == "compound":
            continue
        words = [t for t in tok.sent if t.is_alpha and len(t) > 1 and t.i != tok.i]
        if not words or sum(t.is_upper for t in words) * 2 > len(words):
            continue
        entry = d.lookup(tok.text)
        if entry is not None and entry.kind in BODY_KINDS:
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def _untagged_capitals(doc: Doc) -> list[int]:
    """Indices of the nouns and proper nouns written in capitals that are part of no entity:
    the only words :func:`untagged_acronyms` looks closer at, found from three columns
    rather than from a Token made for every word of the article."""
    if not len(doc):
        return []
    table = doc.to_array([ENT_TYPE, POS, IS_UPPER])
    pos = table[:, 1]
    nominal = (pos == IDS["NOUN"]) | (pos == IDS["PROPN"])
    return np.flatnonzero((table[:, 0] == 0) & nominal & (table[:, 2] != 0)).tolist()


def _org_continues(doc: Doc, end: int) -> int:
    """Where an organisation's name really ends: over "for the World Economy", "do Brasil"."""
    n = len(doc)
    while True:
        j = end
        while j < n and doc[j].lower_ in NAME_CONNECTIVES:
            j += 1
        if j == end or j >= n:
            return end
        t = doc[j]
        if not (t.text[:1].isupper() and t.pos_ == "PROPN" and t.ent_type_ in NAME_LIKE):
            return end
        while j < n and doc[j].text[:1].isupper() and not doc[j].is_punct:
            j += 1
        end = j


def _continues_name(tok: Token, prev: Token) -> bool:
    """A capitalised word that continues a person's name the model cut short."""
    if not prev.whitespace_ or "\n" in prev.whitespace_ or prev.is_punct:
        return False
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.pos_ != "PROPN":
        return False
    return tok.ent_type_ in ("", "PERSON") and not tok.text.isupper()


def _country_word(t: Token, d: ActorDictionary) -> bool:
    """Is the word a country's name or demonym ("Amnesty Kenya", "the Tibetan Youth Congress")?"""
    place = d.place(t.text, label_of(t))
    return place is not None and place.how in ("country", "demonym")


def armed_group_name(known: Entry, toks: list[Token], d: ActorDictionary) -> bool:
    """Is a name the model tagged as a person's the name of an armed group the dictionaries
    code by name, "Boko Haram", "Al-Shabaab" (NGA REB, SOM REB)? PETRARCH2 lists people with
    no dated role the same way as bodies (OSAMA_BIN_LADEN_ IMG, "john kirby" among the US
    military's names), so the record's kind cannot tell; its code can: an armed group's
    sector (REB, UAF) is a group's, and the people PETRARCH2 keeps undated under a body carry
    the body's bare code (bin Laden, al-Zawahiri IMG) or a state's sector (Kirby MIL, Snowden
    OPP, Assad GOV). A name starting with a given name of the tables is a person's still."""
    return known.standing(None).sector in ARMED_GROUP_SECTORS and toks[0].lower_ not in d.given


def company_by_name(known: Entry, toks: list[Token], d: ActorDictionary) -> bool:
    """Is a one-word name the model tagged as a person's a company the dictionaries code by
    name as a multinational (PETRARCH2's GOOGLE_ [MNCUSAMED]; "Twitter" and "Facebook" in
    this project's additions)? PETRARCH2 also keeps a few people undated under a company's
    code ("Earl Slack"), so only one word, and none the tables hold as a given name or a
    surname ("Ford" may be a person still)."""
    if len(toks) != 1 or known.standing(None).country != "MNC":
        return False
    word = toks[0]
    return word.lower_ not in d.given and not d.is_surname(name_key(word.text))


def armed_agent_sector(toks: list[Token], d: ActorDictionary) -> str | None:
    """The sector of a one-word name the model tagged as a person's that is an agent noun of
    armed people (PETRARCH2's JANJAWEED ~UAF: a sector of ``ARMED_GROUP_SECTORS``), written
    with a capital as a group's name is ("the Janjaweed"); None for any other name. Such a
    word names armed people, no one person; a word of the tables' given names stays a name."""
    if len(toks) != 1 or toks[0].lower_ in d.given:
        return None
    role = d.role([toks[0].lower_])
    return role.sector if role is not None and role.sector in ARMED_GROUP_SECTORS else None


def kind_of_people(toks: list[Token], d: ActorDictionary) -> bool:
    """Is a one-word name the model tagged as a person's the kind of the people a plural agent
    noun right after it names ("Tamil rebels", "Uighur activists")? A word before a plural
    role noun of a sector says what kind of people they are, as "Kurdish" in "Kurdish
    rebels" does; one person's name does not make several people rebels. Only a word the
    tables hold as no given name and no surname ("Sanders supporters" keeps Sanders)."""
    if len(toks) != 1:
        return False
    tok = toks[0]
    head = tok.head
    if tok.dep_ != "compound" or head.i != tok.i + 1 or head.tag_ != "NNS":
        return False
    if tok.lower_ in d.given or d.is_surname(name_key(tok.text)):
        return False
    role = d.role([head.lower_])
    return role is not None and bool(role.sector)


def person_sanity(
    toks: list[Token], text: str, d: ActorDictionary, city_population: int = DEFAULT.city_population
) -> str:
    """What a PERSON entity really is: "person", "organisation", "place" or "nothing"."""
    if not_a_name(toks) or len(text.replace(".", "")) < 2:
        return "nothing"
    known = d.lookup(text)
    if known is not None and known.kind == "person":
        return "person"  # (an undated dictionary record is not sure to be a body: no verdict)
    if known is not None and (armed_group_name(known, toks, d) or company_by_name(known, toks, d)):
        return "organisation"
    if known is None and armed_agent_sector(toks, d):
        return "organisation"
    if known is None and kind_of_people(toks, d):
        return "nothing"  # "Tamil rebels": the group is read from its noun phrase
    root = toks[-1]
    of = root.head
    if (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in default_roles().place_nouns
    ):
        return "place"  # "the border town of Desaguadero"
    if product(root):
        return "nothing"  # "Marder infantry fighting vehicles": a product
    if len(toks) == 1:
        tok = toks[0]
        doc = tok.doc
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (before is not None and before.text == "-" and not before.whitespace_) or (
            after is not None and after.text == "-" and not tok.whitespace_
        ):
            return "nothing"  # "Murray-Darling": a compound name of a thing
        if is_acronym(text):
            return "organisation"
        if d.place(text, label_of(tok)) is not None or d.state(text) is not None:
            return "place"
        if d.gazetteer.is_city(text, city_population) and not d.is_surname(name_key(text)):
            return "place"
    if media_name(text) or company_name(toks):
        return "organisation"
    if len(toks) > 1 and any(_country_word(t, d) for t in toks[1:]):
        return "organisation"  # "Amnesty Kenya": a body named after a country
    return "person"


#: How many words a person's name tagged as an organisation may have ("Derek Darnell Ford").
PERSONAL_NAME_WORDS = (2, 4)


def _titled(first: Token) -> bool:
    """Does a person's role noun stand right before the name ("the United Nations envoy Volker
    Perthes")? A role noun before a name is that person's title (English grammar), so the
    name is a person's even when its given name is not among the known ones."""
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    low = before.lower_
    return (
        low in default_roles().heads
        and low not in default_roles().bodies
        and low not in default_roles().collectives
        and before.pos_ in ("NOUN", "PROPN")
    )


def personal_name(toks: list[Token], d: ActorDictionary) -> bool:
    """Are these words, tagged as an organisation, a person's name?

    The small model tags some full names as organisations ("Derek Darnell Ford"), and
    then each later surname too. A name is a person's when it starts with a given name
    (:mod:`communique.actors.given`) or follows a person's role noun ("envoy Volker
    Perthes": :func:`_titled`), has two to four capitalised words or initials and
    nothing else, no word of a body, company, outlet or kind of place ("Charles Schwab
    Corp."), no place name, no determiner before it ("the Walter Reed"), and the dictionary
    does not know it as something else.
    """
    lo, hi = PERSONAL_NAME_WORDS
    if not lo <= len(toks) <= hi:
        return False
    first = toks[0]
    if first.i > 0 and first.doc[first.i - 1].lower_ in default_roles().articles:
        return False
    for t in toks:
        bare = t.text.rstrip(".")
        initial = len(bare) == 1 and bare.isupper() and t.text.endswith(".")
        if not initial and not (bare.isalpha() and bare[:1].isupper() and not bare.isupper()):
            return False
        low = bare.lower()
        if (
            low in default_roles().bodies
            or low in default_roles().company_ends
            or low in default_roles().media_ends
        ):
            return False
        if (
            low in default_roles().heads
            or low in default_roles().place_nouns
            or d.place(t.text, label_of(t)) is not None
        ):
            return False
    if name_key(first.text) not in d.given and not _titled(first):
        return False
    text = " ".join(t.text for t in toks)
    entry = d.lookup(text)
    return entry is None or entry.kind == "person"


def find_mentions(
    doc: Doc,
    d: ActorDictionary,
    skip: tuple[int, int] | None = None,
    city_population: int = DEFAULT.city_population,
) -> tuple[list[Candidate], list[Acronym]]:
    """Every candidate mention of ``doc`` in text order, and the acronyms the text defines.

    Nothing starting inside the characters ``skip`` (the dateline) is a candidate.
    """
    consumed: set[int] = set()
    described: set[int] = set()
    cands: list[Candidate] = []
    text_of = doc_text(doc)  # Doc.ents is rebuilt on each access: read it once
    ents, widened = known_bodies(doc, clean_entities(doc, tuple(doc.ents)), d)
    defined = acronyms(doc)
    in_long_form = {t.i for a in defined for t in a.long_form}
    person_ents = [
        ent
        for ent in ents
        if ent.label_ == "PERSON"
        or (ent.label_ == "ORG" and personal_name([t for t in ent if not is_possessive(t)], d))
    ]
    people = {ent.start for ent in person_ents}
    # people first, so their titles ("Kremlin spokesman") are not read as actors
    for ent in person_ents:
        toks = [t for t in ent if not is_possessive(t)]
        if not toks:
            continue
        toks = past_particles(toks)
        toks = headline_name(toks)
        if not toks:
            continue
        lead = title_lead(toks, d)
        name = toks[lead:]
        text = text_of[name[0].idx : name[-1].idx + len(name[-1].text)]
        if any(t.i in in_long_form for t in toks):
            what = "organisation"
        else:
            what = person_sanity(name, text, d, city_population)
        if what == "nothing":
            continue
        if what == "place":
            if lead == 0 and d.place(text, ent.label_) is not None:
                cands.append(EntityCandidate(ent, toks[0].idx))  # "Moldova" tagged PERSON
            continue
        if what == "organisation":
            cands.append(EntityCandidate(ent, toks[0].idx, organisation=True))
            continue
        prefix = title_before(doc, toks[0].i, toks[-1].i + 1, d) + toks[:lead]
        appos = person_apposition(ent.root, d)
        if _names_a_body(prefix) or (_names_a_body(appos) and not led_body(appos)):
            # "the opposition newspaper La Prensa", "Gavi, the vaccine alliance": a body
            cands.append(EntityCandidate(ent, toks[0].idx, organisation=True))
            continue
        consumed.update(t.i for t in prefix)
        consumed.update(t.i for t in toks)
        if appos:
            # a name inside the apposition still becomes an actor ("Peru's customs agency
            # SUNAT"); only its role noun is not a description of its own
            described.update(t.i for t in appos)
        start = prefix[0].idx if prefix else name[0].idx
        cands.append(NameCandidate(name, prefix, appos, start))
    # names the model did not tag at all ("Zelenskyy thanked Macron."): a run of
    # capitalised words outside every entity that the dictionary knows as a person
    for run in untagged_names(doc):
        if any(t.i in consumed for t in run):
            continue
        lead = title_lead(run, d)
        name = run[lead:]
        text = text_of[name[0].idx : name[-1].idx + len(name[-1].text)]
        if not known_person(text, d) or person_sanity(name, text, d, city_population) != "person":
            continue
        prefix = title_before(doc, run[0].i, run[-1].i + 1, d) + run[:lead]
        consumed.update(t.i for t in prefix)
        consumed.update(t.i for t in run)
        start = prefix[0].idx if prefix else name[0].idx
        cands.append(NameCandidate(name, prefix, None, start))
    # descriptions: a role noun heading its own noun phrase
    heads = default_roles().heads
    for tok in (doc[i] for i in indices(doc, pos=("NOUN", "PROPN"))):
        if tok.lower_ not in heads or tok.i in consumed or tok.i in described:
            continue
        if tok.dep_ == "compound" or tok.ent_type_ in NAME_LABELS or tok.i in in_long_form:
            continue  # a role word inside a name is part of the name ("Workers' Party")
        if tok.i in widened:
            continue  # the first word of a known body's name ("Reporters Without Borders")
        toks = list(doc[tok.left_edge.i : tok.i + 1])
        if tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ == "PROPN":
            words = [t.text for t in toks if t.dep_ != "det" and not is_possessive(t)]
            if default_roles().office(" ".join(words)) is None:
                continue  # "the Federal Network Agency": a name, read as an entity
        if any(t.ent_type_ == "PERSON" for t in toks):
            continue
        cands.append(DescriptionCandidate(tok, toks, toks[0].idx))
        # a modifier naming a body is part of the description ("a Kremlin spokesman"); a
        # possessor is an actor of its own ("Trump's aides")
        named = [t for t in toks[:-1] if t.ent_type_]
        if named:  # the possessors are looked for only when a modifier is named
            owners = {t.head.i for t in toks if is_possessive(t)}
            consumed.update(t.i for t in named if t.i not in owners)
    for ent in ents:
        if ent.label_ == "PERSON" or ent.label_ not in NAME_LABELS or ent.start in people:
            continue
        if any(i in consumed for i in range(ent.start, ent.end)):  # no Token per word
            continue
        cands.append(EntityCandidate(ent, ent.start_char))
    if skip is not None:
        cands = [c for c in cands if not skip[0] <= c.start < skip[1]]
    cands.sort(key=_order)
    return cands, defined


def _names_a_body(tokens: list[Token] | None) -> bool:
    """Does a title or apposition describe an organisation ("the vaccine alliance")?

    Its role, or its head noun when it has no role, must be a body noun.
    """
    if not tokens:
        return False
    words = default_roles().expand([t.lower_.rstrip(".") for t in tokens if not t.is_punct])
    role = default_roles().find(words)
    heads = [t for t in tokens if t.head.i < tokens[0].i or t.head.i > tokens[-1].i]
    head = heads[0].lower_ if heads else words[-1] if words else ""
    if role is not None and role.phrase.rsplit(" ", 1)[-1] in default_roles().bodies:
        return role.phrase.rsplit(" ", 1)[-1] == head or head in default_roles().bodies
    return role is None and head in default_roles().bodies


def known_person(text: str, d: ActorDictionary) -> bool:
    """Does the dictionary know a person by this full name, or by this surname?"""
    entry = d.lookup(text)
    if entry is not None:
        return entry.kind == "person"
    key = name_key(text)
    return " " not in key and d.is_surname(key)


def untagged_names(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised words that no entity covers.

    The small model tags some unfamiliar names as common nouns ("Zelenskyy
    said"); a capitalised noun counts only inside a sentence, where capitals
    are not just the first word's.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    # Only capitalised nouns and proper nouns can be in a run; any other word between two
    # ends it, as a gap between the words looked at does.
    nouns = indices(doc, pos=("PROPN", "NOUN"))
    for tok in (doc[i] for i in capitalised_indices(doc, nouns)):
        if current and current[-1].i != tok.i - 1:
            runs.append(current)
            current = []
        if not tok.ent_type_ and (
            tok.pos_ == "PROPN"
            or (tok.pos_ == "NOUN" and not tok.is_sent_start and not tok.is_upper)
        ):
            current.append(tok)
            continue
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs
