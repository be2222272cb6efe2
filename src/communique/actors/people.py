"""People by name: one actor per person, whatever form of the name the text uses.

"Annalena Baerbock", "Baerbock", "Minister Baerbock" and "Ms. Baerbock" are one
person; so are "De Blasio" and "de Blasio", "O’Rourke" and "O'Rourke". A new
mention joins the person whose name words contain its words (or are contained
in them) and whose country does not clash with what its title says; the most
recently mentioned such person wins. The titles read at each mention become
that person's evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.index import ActorIndex, Record, given_name_agrees
from communique.actors.mentions import is_headline
from communique.actors.names import person_words
from communique.actors.roles import default_roles
from communique.actors.served import read_served, served_name
from communique.actors.titles import (
    Title,
    is_possessive,
    led_body,
    office_state,
    party_state,
    said_before,
)
from communique.schema import Mention, MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.actors.dictionary import Entry
    from communique.actors.tables import ActorDictionary


def add_person(
    index: ActorIndex, name: list[Token], title: list[Token], appos: list[Token] | None
) -> tuple[Record, Mention]:
    """Resolve one person's name mention with its title and apposition; returns its actor."""
    d = index.dictionary
    if len(name) > 1 and is_possessive(name[-1]):
        name = name[:-1]
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    text = index.text[start:end]
    if text.endswith(("'s", "’s")):
        text, end = text[:-2], end - 2
    if title and _plural_title(title, d) and not _coordinated(name):
        title = []  # "Senators Rip Karl Brenner": a plural noun is no one person's title
    before = index.read_title(title) if title else Title()
    after = party_state(index.text, end, d) or office_state(index.text, end, d, before.role)
    served = served_name(index, appos) if appos else None
    described = (
        index.read_title(appos, former=said_before(appos), serves=served is not None)
        if appos
        else None
    )
    if described is not None and served is not None:
        read_served(index, described, appos, served)
    words = person_words(text)
    country = before.country or (described.country if described else None)
    if after is not None:
        country = country or after.country
    office = before.role.key if before.role is not None else None
    holder = None
    if before.role is not None and len(words) == 1 and d.office_named(words[0], before.role):
        holder = d.office_holder(words[0], before.role, index.day)  # "Sen. Cruz": who that was
    rec = match_person(index, words, country, office=office, gender=before.gender, holder=holder)
    if rec is None:
        rec = index.new(text, "person")
        rec.headline_name = is_headline(name[0])
        kind: MentionKind = "name"
    else:
        if len(person_words(rec.actor.name)) < len(words):
            rec.actor.name = text  # "Baerbock" first, "Annalena Baerbock" later
            rec.headline_name = is_headline(name[0])
            if rec.gender_by_surname:
                # a headline's "Lynch" is Loretta Lynch, not the one Lynch then in office
                rec.gender, rec.gender_by_surname = None, False
        elif _body_form(index, rec, words, name[0]):
            rec.actor.name, rec.headline_name = text, False
        kind = "name" if len(words) > 1 else "surname"
    index.index_words(rec, words)
    if served is not None and described is not None and described.role is not None:
        rec.serves = frozenset(person_words(served))
    if (
        title
        and not before.body
        and before.role is not None
        and (all(_title_word(t) for t in title) or _office_title(title))
    ):
        start, kind = title[0].idx, "title"  # "Minister Wang"
    m = index.mention(rec, start, end, kind)
    if appos and not led_body(appos):
        index.mention(rec, appos[0].idx, appos[-1].idx + len(appos[-1].text), "description")
    if before.role is not None and len(words) == 1:
        rec.office_titles.append((before.role, words[0]))
    for said in (after, described):
        # "Gov. John Kasich (R-Ohio)", "Sen. Bob Lee, a Texas Republican": the title's office
        # is the sector; the party or state after the name says which party and where
        if (
            said is not None
            and said.country
            and said.role is None
            and before.sector
            and before.country is None
        ):
            said.sector = before.sector
            said.reason += f" + role '{before.role.phrase if before.role else ''}'"
    for t in (before, after, described):
        if t is not None:
            index.add_title(rec, t)
    if not rec.titles:
        index.recode(rec)
    if rec.gender is None and rec.entry is None and len(words) > 1:
        # no title or dictionary says: the given name may ("Jennifer Palmieri" ... "she")
        rec.gender = d.given.gender(words[0])
    elif rec.gender is None and rec.entry is None and len(person_words(rec.actor.name)) == 1:
        # a surname alone, no full name given: the gender of the one person of that name in
        # office on the day
        rec.gender = d.surname_gender(person_words(rec.actor.name)[0], index.day)
        rec.gender_by_surname = rec.gender is not None
    return rec, m


def _body_form(index: ActorIndex, rec: Record, words: list[str], first: Token) -> bool:
    """Does this mention give the body's form of a name a headline ran on into a word beside it?

    A headline capitalises every word, so the verb or noun next to a name looks like part of
    it ("Senators Rip Karl Brenner", "Brenner Speech"); the body writes the name alone. A full
    name (two words or more) that the headline's name contains, read off a line that is no
    headline, is the name, unless the body writes a word it leaves out as a name too (the
    headline's "Debbie Wasserman Schultz" is not shortened by the body's "Wasserman Schultz").
    """
    if not rec.headline_name or len(words) < 2 or rec.entry_how == "name":
        return False  # a name the dictionary holds in full is a name, headline or not
    headline = person_words(rec.actor.name)
    if len(words) >= len(headline) or not frozenset(words) < rec.words or is_headline(first):
        return False
    left_out = set(headline) - set(words)
    return not left_out & index.body_names()


def _plural_title(title: list[Token], d: ActorDictionary) -> bool:
    """Is the title's role noun plural ("Lawmakers", "Sens.")? A title agrees in number with
    what it names, so a plural one names several people ("Sens. Ann Lee and Bo Park")."""
    for t in reversed(title):
        word = t.lower_.rstrip(".")
        abbreviation = default_roles().abbreviations.get(word)
        if abbreviation:
            return abbreviation[-1].endswith("s")
        if d.role([word]) is None:
            continue
        if not word.endswith("s") or word.endswith("ss"):
            return False
        # a headline capitalises every word, so the tagger may call "Lawmakers" a proper noun
        return t.tag_ in ("NNS", "NNPS") or d.role([word[:-1]]) is not None
    return False


def _coordinated(name: list[Token]) -> bool:
    """Is the name one of several joined by "and" or commas ("Sens. Ann Lee and Bo Park")?"""
    doc = name[-1].doc
    k = name[-1].i + 1
    if k + 1 < len(doc) and doc[k].lower_ in ("and", ",", "&") and doc[k + 1].pos_ == "PROPN":
        return True
    k = name[0].i - 1
    return k >= 1 and doc[k].lower_ in ("and", ",", "&") and doc[k - 1].pos_ == "PROPN"


def _title_word(t: Token) -> bool:
    """A word of a bare title ("Minister", "Sen.", "Mr."), with no country or body in it."""
    w = t.lower_.rstrip(".")
    roles = default_roles()
    return w in roles.abbreviations or w in roles.gender_words or roles.office(w) is not None


def _office_title(title: list[Token]) -> bool:
    """Is the title before a name an office's name as a whole ("Prime Minister", "Attorney
    General"), whose words are no titles alone ("prime", "attorney")? Not when a word of it
    is tagged as a name ("House Speaker", "Treasury Secretary"): the body stays a mention of
    its own, which "the agency" after it may stand for."""
    return (
        not any(t.ent_type_ for t in title)
        and default_roles().office(" ".join(t.text for t in title)) is not None
    )


def match_person(
    index: ActorIndex,
    words: list[str],
    country: str | None,
    *,
    office: str | None = None,
    gender: str | None = None,
    holder: Entry | None = None,
) -> Record | None:
    """The person already in the article whose name these words are part of (or contain).

    Of several people sharing a surname ("Ted Cruz", "Heidi Cruz"), the title decides when it
    can: "Sen. Cruz" is the one holding that office, and never a person whose first name is
    not that of the senator the dictionary knows (``holder``: only a holder a source names with
    that office, see :meth:`ActorDictionary.office_named`); "Mr. Cruz" is not a woman, and
    rather a man than a person of unknown gender; else the one mentioned last.
    """
    if not words:
        return None
    ws = frozenset(words)
    found: list[Record] = []
    for w in words:
        for rec in index.with_word(w):
            if rec in found or rec.actor.kind != "person":
                continue
            if not (ws <= rec.words or rec.words <= ws):
                continue
            known = rec.actor.country if rec.actor.basis == "article" else None
            if country and known not in (None, country):
                continue  # same name, another country: another person
            if gender and rec.gender not in (None, gender):
                continue  # "Mrs. Cruz" is not the senator
            if holder is not None and not given_name_agrees(rec.actor.name, holder):
                continue  # "Sen. Cruz" is not Heidi Cruz
            found.append(rec)
    if not found:
        return None
    if office is not None and len(found) > 1:
        holding = [r for r in found if office in r.offices]
        found = holding or found
    if gender is not None and len(found) > 1:
        known = [r for r in found if r.gender == gender]  # a known gender beats an unknown one
        found = known or found
    return max(found, key=lambda r: r.actor.mentions[-1].span[0] if r.actor.mentions else -1)
