"""Where an event took place: a place named in its clause, else the dateline.

A place counts when the grammar says the event happened there, not merely
that a place is mentioned: it is introduced by a locative preposition ("met
Wang Yi *in Munich*", "*on the border of* Ukraine", "*outside* the embassy *in*
Berlin") hanging from the trigger's clause, or it is the place a physical act
was done to ("attacked Kyiv", "a visit to Beijing"). "An attack on the Nord
Stream pipeline" names a target, not a place, and "accused Moscow" names a
recipient: neither is a location.

The small English model often fails to tag city names ("Kyiv" untagged,
"Kiev" as a PERSON), so a proper noun in a locative slot counts as a place
whenever the gazetteer knows it, whatever its entity label; an unknown name
counts only when spaCy tagged it as a place (GPE, LOC, FAC), and is then kept
by name alone.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from communique.entity_labels import LAND_LABELS, PLACE_LABELS, SEQUENCE_LABELS
from communique.schema import Dateline, Location
from communique.spans import entity_at, having, sentence_of
from communique.time_place.gazetteer import load as gazetteer

#: Prepositions that put an event somewhere.
LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within",
     "along", "off", "beside", "nearby"}
)  # fmt: skip

#: Nouns that stand for a part of, or the edge of, a place: "the outskirts of
#: Kyiv", "the Kharkiv region", "the Ukrainian capital". "On" is locative only
#: before these ("on the border of Ukraine"), since "on" usually marks a target.
CONTAINERS = frozenset(
    [
        "border",
        "borders",
        "frontier",
        "outskirts",
        "outskirt",
        "suburb",
        "suburbs",
        "city",
        "town",
        "village",
        "region",
        "province",
        "capital",
        "coast",
        "shore",
        "shores",
        "street",
        "streets",
        "centre",
        "center",
        "area",
        "district",
        "port",
        "edge",
        "vicinity",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "heart",
        "part",
        "parts",
        "state",
        "county",
        "oblast",
        "republic",
        "territory",
        "enclave",
        "island",
        "islands",
        "side",
    ]
)

#: Verbs and nouns of a physical act whose object is where it happened.
TARGET_VERBS = frozenset(
    [
        "attack",
        "shell",
        "bomb",
        "bombard",
        "strike",
        "hit",
        "invade",
        "raid",
        "storm",
        "capture",
        "seize",
        "occupy",
        "besiege",
        "encircle",
        "surround",
        "enter",
        "visit",
        "liberate",
        "blockade",
        "overrun",
        "recapture",
        "shell",
        "tour",
        "reach",
        "evacuate",
    ]
)
TARGET_NOUNS = frozenset(
    [
        "attack",
        "attacks",
        "strike",
        "strikes",
        "invasion",
        "raid",
        "raids",
        "shelling",
        "bombing",
        "bombardment",
        "assault",
        "offensive",
        "siege",
        "occupation",
        "visit",
        "trip",
        "capture",
    ]
)

#: The label of a preposition, for :func:`communique.spans.having`.
_PREP = frozenset({"prep"})
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis", "acl", "conj"}
)


def find_location(trigger: Token, dateline: Dateline | None) -> Location | None:
    """Where the event whose trigger word is ``trigger`` took place, or None.

    Looks, in order, for a place introduced by a locative preposition in the
    trigger's own clause; for the place a physical act was done to; for a
    locative place in the clause that governs the trigger (a noun trigger's
    verb, "gathered in Brussels to agree"); and last for the dateline's place,
    flagged ``from_dateline`` and without a span. Never raises.
    """
    if not isinstance(trigger, Token):
        return _from_dateline(dateline)
    try:
        sent = sentence_of(trigger)
    except ValueError:  # a Doc without sentence boundaries
        return _from_dateline(dateline)
    found = (
        _locative(trigger, sent, trigger)
        or _target(trigger)
        or next((loc for a in _governors(trigger) if (loc := _locative(a, sent, trigger))), None)
    )
    return found or _from_dateline(dateline)


def place_of_phrase(noun: Token) -> Location | None:
    """The known place a locative preposition on ``noun`` itself names: "a bombing near the
    town of Samarra", "an explosion in central Baghdad"; None when the phrase names none."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                loc = _place(obj, known_only=True)
                if loc is not None and loc.country:
                    return loc
    return None


def place_before(noun: Token) -> Location | None:
    """The known place a name before ``noun`` names: "the Orlando shooting", "the Paris
    attacks" (a place name modifying an act noun says where the act was done, as "the
    shooting in Orlando" does); None when no name before it is a known place."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and child.pos_ == "PROPN":
            loc = _place(child, known_only=True)
            if loc is not None and loc.country:
                return loc
    return None


def _from_dateline(dateline: Dateline | None) -> Location | None:
    """The dateline's place, resolved; a place the gazetteer does not know is dropped,
    since unlike a place in the text nothing but the dateline's layout vouches for it."""
    if not isinstance(dateline, Dateline) or not isinstance(dateline.place, str):
        return None
    loc = gazetteer().resolve(dateline.place)
    if loc is None:
        return None
    loc.from_dateline = True
    loc.span = None
    return loc


# -- the grammar of places ---------------------------------------------------


def _governors(trigger: Token) -> list[Token]:
    """Clause heads whose places also belong to the trigger's event."""
    out: list[Token] = []
    if trigger.pos_ in ("NOUN", "PROPN"):
        tok = trigger
        for _ in range(len(sentence_of(trigger))):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                out.append(tok)
                break
    elif trigger.dep_ in ("xcomp", "advcl", "acl") and trigger.head.i != trigger.i:
        out.append(trigger.head)
    return out


def _in_clause(prep: Token, anchor: Token) -> bool:
    """Whether ``prep`` hangs from ``anchor`` without crossing into another clause.

    A participle clause without a subject ("Speaking in Brussels, she warned")
    shares its main clause's setting and is crossed.
    """
    tok = prep.head
    # A head chain ends at its sentence's root; the bound only guards against a malformed
    # parse, so the Doc's length serves and the sentence need not be found for every word.
    for _ in range(len(prep.doc) + 1):
        if tok.i == anchor.i:
            return True
        if tok.head.i == tok.i:
            return False
        clause = tok.dep_ in _CLAUSE_DEPS or tok.pos_ in ("VERB", "AUX")
        participle = (
            tok.dep_ == "advcl"
            and tok.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        )
        if clause and not participle and tok.pos_ != "NOUN":
            return False
        tok = tok.head
    return False


def _locative(anchor: Token, sent: Span, trigger: Token) -> Location | None:
    """The best place introduced by a locative preposition in ``anchor``'s clause."""
    found: list[tuple[bool, int, Location]] = []
    doc = sent.doc
    for k in having(doc, DEP, _PREP, sent.start, sent.end):
        tok = doc[k]
        word = tok.lower_
        # The preposition is tested before the clause: walking up the heads costs more.
        if (word != "on" and word not in LOCATIVE) or not _in_clause(tok, anchor):
            continue
        for obj in tok.children:
            if obj.dep_ != "pobj":
                continue
            if word == "on" and not _is_container(obj):
                continue  # "an attack on the pipeline": a target, not a place
            loc = _place(obj)
            if loc is not None:
                found.append((loc.latitude is None, abs(tok.i - trigger.i), loc))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))  # a city before a country, then the nearest
    return found[0][2]


def _target(trigger: Token) -> Location | None:
    """The place a physical act was done to: "attacked Kyiv", "strikes on Kharkiv"."""
    lemma = trigger.lemma_.lower()
    objs: list[Token] = []
    if trigger.pos_ in ("VERB", "AUX") and lemma in TARGET_VERBS:
        objs = [c for c in trigger.children if c.dep_ == "dobj"]
    elif trigger.pos_ in ("NOUN", "PROPN") and (
        lemma in TARGET_NOUNS or trigger.lower_ in TARGET_NOUNS
    ):
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "of", "against", "to"):
                objs.extend(c for c in prep.children if c.dep_ == "pobj")
    for obj in objs:
        loc = _place(obj, known_only=True)
        if loc is not None:
            return loc
    return None


def _place(obj: Token, known_only: bool = False) -> Location | None:
    """The place the noun ``obj`` names, with its span, or None."""
    doc = obj.doc
    phrase = _phrase(obj)
    name_only: Location | None = None
    if phrase is not None:
        start, end, label = phrase
        name = doc[start:end].text
        loc = gazetteer().resolve(name, named_countries(doc))
        if loc is not None:
            loc.span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            return loc
        if not known_only and label in PLACE_LABELS:
            span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            name_only = Location(name=_strip_article(name), span=span)
    return _in_container(obj, known_only) or name_only


def _in_container(obj: Token, known_only: bool) -> Location | None:
    """The place inside "the outskirts of Kyiv", "the Kharkiv region", "the Ukrainian capital"."""
    if not _is_container(obj):
        return None
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for inner in child.children:
                if inner.dep_ == "pobj":
                    loc = _province_of(obj, inner) or _place(inner, known_only)
                    if loc is not None:
                        return loc
    whole = _named_with_container(obj)
    if whole is not None:
        return whole
    for child in obj.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            loc = _compound_name(child)
            if loc is not None:
                return loc
    if obj.lemma_.lower() == "capital":
        for child in obj.children:
            if child.dep_ in ("amod", "compound", "poss"):
                country = gazetteer().country_table.get(child.text)
                if country is not None and country.how in ("demonym", "country"):
                    loc = gazetteer().capital_of(country.iso3)
                    if loc is not None:
                        loc.span = (child.idx, obj.idx + len(obj.text))
                        return loc
    return None


def _compound_name(child: Token) -> Location | None:
    """The place a proper noun before a container names: the whole name it ends, when the
    parser hung the name's first words on its last ("New York state": "New" on "York"; a
    name is read whole, a grammar fact), else the word alone ("the Kharkiv region")."""
    doc = child.doc
    start = child.left_edge.i
    whole = doc[start : child.i + 1]
    if start < child.i and all(t.pos_ == "PROPN" for t in whole):
        loc = gazetteer().resolve(whole.text, named_countries(doc))
        if loc is not None:
            loc.span = (whole.start_char, whole.end_char)
            return loc
    loc = gazetteer().resolve(child.text, named_countries(doc))
    if loc is not None:
        loc.span = (child.idx, child.idx + len(child.text))
    return loc


def _named_with_container(obj: Token) -> Location | None:
    """ "in Kebbi state": a name whose last word is the container noun, written in lower case
    after the proper noun ("Kebbi state" is the country table's "Kebbi State", a state of
    Nigeria), where the parser tags the proper noun alone. Only a name the country table
    holds whole is read so; any other ("the Kharkiv region") is the proper noun's place."""
    names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return None
    words = obj.doc[names[0].left_edge.i : obj.i + 1]  # "New Mexico state" whole
    if gazetteer().country_table.get(words.text) is None:
        return None
    loc = gazetteer().resolve(words.text, named_countries(obj.doc))
    if loc is not None:
        loc.span = (words.start_char, words.end_char)
    return loc


#: Container nouns that the country table holds after a subdivision's name ("Sindh
#: Province", "Ashanti Region"), so that "the province of Sindh" is that place too.
_SUBDIVISION_NOUNS = frozenset({"province", "region"})


def _province_of(obj: Token, inner: Token) -> Location | None:
    """ "the province of Sindh", "the region of Ashanti": the name after "of" with the
    container noun after it ("Sindh Province") where the country table holds that whole
    (ISO 3166-2 provinces and regions, kept there only in that form)."""
    if obj.lemma_.lower() not in _SUBDIVISION_NOUNS:
        return None
    names = [c for c in inner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words = obj.doc[names[0].i if names else inner.i : inner.i + 1]
    whole = f"{words.text} {obj.lemma_.capitalize()}"
    if gazetteer().country_table.get(whole) is None:
        return None
    loc = gazetteer().resolve(whole, named_countries(obj.doc))
    if loc is not None:
        loc.name = words.text
        loc.span = (words.start_char, words.end_char)
    return loc


#: Where a Doc keeps the countries its place and nationality names name.
NAMED_COUNTRIES_KEY = "communique.named_countries"


def named_countries(doc: Doc) -> frozenset[str]:
    """The countries the article names by a country's name or a nationality word ("Ukraine",
    "Ukrainian"): what tells which of two cities of one name it means (see
    :meth:`Gazetteer._exonym`). Read once per Doc."""
    found = doc.user_data.get(NAMED_COUNTRIES_KEY)
    if not isinstance(found, frozenset):
        table = gazetteer().country_table
        places = (table.get(ent.text) for ent in doc.ents if ent.label_ in LAND_LABELS)
        found = frozenset(p.iso3 for p in places if p is not None and p.how in _NAMING_HOWS)
        doc.user_data[NAMED_COUNTRIES_KEY] = found
    return found


#: Entity labels of names that may name a country or its people.
#: How a country-table entry names its country for :func:`named_countries`: by its name or
#: its people's, not by a capital or a metonym (which may be the ambiguous city itself).
_NAMING_HOWS = frozenset({"country", "demonym"})


#: Entity labels of a figure that heads no place name ("in March", "in 2015"). Percentages and
#: measures are not among them: no rule here says why they differ from the other figures, and
#: the set is kept as it was so that output does not move.
NOT_PLACE_NAME_LABELS = SEQUENCE_LABELS | {"MONEY"}


def _phrase(obj: Token) -> tuple[int, int, str] | None:
    """Token range and entity label of the proper name headed by ``obj``."""
    ent = _entity(obj)
    if ent is not None and ent.label_ not in NOT_PLACE_NAME_LABELS:
        return ent.start, ent.end, ent.label_
    if obj.pos_ != "PROPN":
        return None
    start = obj.i
    while (
        start > sentence_of(obj).start
        and obj.doc[start - 1].dep_ == "compound"
        and obj.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    return start, obj.i + 1, ""


def _entity(tok: Token) -> Span | None:
    return entity_at(tok, within=sentence_of(tok)) if tok.ent_type else None


def _is_container(tok: Token) -> bool:
    return tok.lower_ in CONTAINERS or tok.lemma_.lower() in CONTAINERS


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name
