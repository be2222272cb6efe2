"""Finding the actors of one article and linking later mentions to them.

``find_actors`` reads what spaCy already put on the Doc (entities, the
dependency parse, part-of-speech tags) and never re-parses. Each mention is
resolved from the most trusted evidence available:

1. the text itself: a demonym, country, metonym or known body next to a role
   noun ("German Foreign Minister", "Kremlin spokesman", "The Serbian
   president, ..."),
2. the country table (names, demonyms, capitals, metonyms),
3. the named-actor dictionary (PETRARCH2, plus a user's file).

A bare country name ("Serbia") becomes a country actor with no sector: it
stands for the state as a whole, and PLOVER codes a country without a sector
when no part of it is named. A capital or metonym ("Moscow", "the Kremlin")
stands for the government and gets the table's sector (GOV, or MIL for the
Pentagon); it is a separate actor from the bare country.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.actors.tables import ActorDictionary, Entry, Place, Role, norm
from communique.schema import Actor, ActorKind, Mention, MentionKind, Party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUN_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUN_FEMALE = frozenset({"she", "her", "hers", "herself"})
PRONOUN_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PRONOUN_NEUTER = frozenset({"it", "its", "itself"})
PRONOUN_SELF = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: The actor that first-person pronouns outside quotations refer to.
AUTHOR_NAME = "the author"

HONORIFIC_MALE = frozenset({"mr", "mr.", "sir", "lord", "monsieur", "herr"})
HONORIFIC_FEMALE = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "madam"})
HONORIFICS = HONORIFIC_MALE | HONORIFIC_FEMALE | {"dr", "dr.", "prof", "prof.", "rev", "rev."}

#: Words that may stand between a title and a name without naming a body.
TITLE_WORDS = frozenset(
    {"minister", "president", "chancellor", "secretary", "general", "senator", "governor",
     "premier", "prime", "foreign", "deputy", "vice", "judge", "ambassador", "mayor", "king",
     "queen", "prince", "princess", "pope", "sen.", "rep.", "gov.", "gen.", "col.", "lt.",
     "sgt.", "capt.", "adm.", "representative", "professor", "chief", "commander",
     "colonel", "admiral", "spokesman", "spokeswoman", "spokesperson", "envoy", "sheikh",
     "emir", "justice", "speaker", "leader", "director", "chairman", "chairwoman"}
) | HONORIFICS  # fmt: skip

#: Audiences that are not actors: "she told reporters".
GENERIC_AUDIENCE = frozenset(
    {"reporters", "journalists", "press", "media", "news media", "reporter", "journalist",
     "audience", "crowd", "public", "listeners", "viewers", "readers", "supporters",
     "members of the press", "news conference", "press conference", "the room", "everyone",
     "anyone", "a reporter", "a journalist", "an audience", "a crowd"}
)  # fmt: skip

#: Prepositions that make a place name a location rather than an actor.
LOCATIVE = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around",
     "into", "through", "via", "over", "toward", "towards", "beyond", "between"}
)  # fmt: skip

#: Role phrases that name the same office in different words.
ROLE_CLASSES = {
    "foreign minister": "foreign", "top diplomat": "foreign", "chief diplomat": "foreign",
    "foreign secretary": "foreign", "secretary of state": "foreign",
    "foreign affairs minister": "foreign",
    "president": "president", "head of state": "president",
    "prime minister": "premier", "premier": "premier", "chancellor": "premier",
    "head of government": "premier",
    "defence minister": "defence", "defense minister": "defence", "defense secretary": "defence",
    "defence secretary": "defence", "spokesman": "spokes", "spokeswoman": "spokes",
    "spokesperson": "spokes", "press secretary": "spokes",
}  # fmt: skip

#: Head nouns that make a description an organisation rather than a person.
#: Collective nouns that, with "the", name an organisation mentioned before.
COLLECTIVE_BODIES = frozenset(
    {"alliance", "bloc", "organisation", "organization", "group", "coalition", "union", "body",
     "movement", "militia", "agency", "company", "party"}
)  # fmt: skip
ORG_HEADS = frozenset(
    {"ministry", "office", "government", "department", "agency", "council", "court",
     "parliament", "company", "army", "police", "military", "administration", "cabinet",
     "commission", "committee", "party", "bank", "union", "organisation", "organization",
     "firm", "navy", "embassy", "alliance", "assembly", "senate", "congress", "regime"}
)  # fmt: skip

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

#: Lower-case particles inside personal names. The small model often ends a
#: PERSON entity at one ("Ursula von der" + "Leyen" as a place); a name is
#: extended over them to the capitalised word that follows.
NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "al",
    }
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
STATES_ONLY = frozenset({"IGO", "NGO", "MNC", "ISM", "IMG", "UNO", "EUR"})


@dataclass(slots=True)
class Evidence:
    """What the words around a name say about it."""

    country: str | None = None
    sector: str | None = None
    reason: str = ""
    role: Role | None = None
    gender: str | None = None
    body: str | None = None  # the place or body named ("German", "Kremlin", "NATO")


@dataclass(slots=True)
class _State:
    """Bookkeeping for one actor that the record does not carry."""

    actor: Actor
    tokens: frozenset[str] = frozenset()
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    rank: int = 0  # 3 text, 2 country table, 1 dictionary, 0 nothing
    key: tuple[str, ...] | None = None


def role_class(phrase: str) -> str:
    """The office a role phrase names; phrases not listed are their own class."""
    return ROLE_CLASSES.get(phrase, phrase)


POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _words(tokens: Iterable[Token]) -> list[str]:
    return [t.lower_ for t in tokens if not t.is_punct and not _is_pos(t)]


def _inside_place(t: Token) -> bool:
    """A token continuing a place name, as "Mexico" in "New Mexico"."""
    return t.ent_iob_ == "I" and t.ent_type_ in ("GPE", "LOC", "FAC")


def _is_pos(t: Token) -> bool:
    """A possessive ending, whichever apostrophe the text uses."""
    return t.tag_ == "POS" or t.lower_ in POSSESSIVE


class ActorIndex:
    """Actors of one article, built from a parsed Doc; the quotes room links speakers through it."""

    def __init__(self, doc: Doc, dictionary: ActorDictionary) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        self.dictionary = dictionary
        self.actors: list[Actor] = []
        self._states: dict[str, _State] = {}
        self._by_key: dict[tuple[str, ...], _State] = {}
        self._surnames: dict[str, list[_State]] = {}
        self._sent_starts: list[int] | None = None
        self._author_state: _State | None = None

    # -- public ------------------------------------------------------------

    def link(
        self, span: Span, *, role: str = "speaker", speaker_of_context: str | None = None
    ) -> Party | None:
        """The Party a speaker/addressee/participant span refers to, or None.

        The mention is added to the actor it resolves to (a new actor if none
        fits). Never raises: an odd span gives None.
        """
        try:
            return self._link(span, role, speaker_of_context)
        except Exception:  # a public entry point: odd spans must not stop a batch
            return None

    def by_id(self, actor_id: str | None) -> Actor | None:
        """The actor with this id (including actors ``link`` created), or None."""
        st = self._states.get(actor_id) if actor_id else None
        return st.actor if st is not None else None

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor having a mention that overlaps characters ``start:end``."""
        try:
            for a in self.actors:
                for m in a.mentions:
                    if m.span[0] < end and start < m.span[1]:
                        return a
        except TypeError:
            return None
        return None

    # -- building ------------------------------------------------------------

    def _renumber(self) -> None:
        """Ids in order of first mention: a name seen late may surface earlier in the text."""
        by_actor = {id(st.actor): st for st in self._states.values()}
        self.actors = sorted(
            (a for a in self.actors if a.mentions), key=lambda a: a.mentions[0].span
        )
        self._states = {}
        for n, a in enumerate(self.actors, start=1):
            a.id = f"A{n}"
            self._states[a.id] = by_actor[id(a)]

    def _new(
        self, name: str, kind: ActorKind, ev: Evidence | None = None, entry: Entry | None = None
    ) -> _State:
        actor = Actor(id=f"A{len(self.actors) + 1}", name=name, kind=kind)
        st = _State(actor)
        self.actors.append(actor)
        self._states[actor.id] = st
        self._apply(st, ev, entry)
        return st

    def _apply(self, st: _State, ev: Evidence | None, entry: Entry | None = None) -> None:
        """Give an actor codes from better evidence than it has."""
        a = st.actor
        if ev is not None:
            if ev.role is not None:
                st.roles.add(role_class(ev.role.phrase))
            if ev.gender and not st.gender:
                st.gender = ev.gender
            if (ev.country or ev.sector) and st.rank < 3:
                a.country, a.sector, a.reason, st.rank = ev.country, ev.sector, ev.reason, 3
                return
        if entry is not None and st.rank < 1:
            a.country, a.sector, a.reason, st.rank = entry.country, entry.sector, entry.reason, 1

    def _mention(self, st: _State, start: int, end: int, kind: MentionKind) -> Mention:
        for m in st.actor.mentions:
            if m.span == (start, end):
                return m
        m = Mention(self.text[start:end], (start, end), kind)
        spans = [x.span for x in st.actor.mentions]
        st.actor.mentions.insert(bisect.bisect(spans, m.span), m)
        return m

    def _index_person(self, st: _State, tokens: Iterable[str]) -> None:
        new = frozenset(t for t in tokens if len(t) > 1 and t not in HONORIFICS)
        for t in new - st.tokens:
            self._surnames.setdefault(t, []).append(st)
        st.tokens = st.tokens | new

    # -- evidence ------------------------------------------------------------

    def _evidence(self, tokens: list[Token]) -> Evidence:
        """Read a country/body and a role from the words before or around a name."""
        ev = Evidence()
        toks = [t for t in tokens if not t.is_punct and not _is_pos(t) and t.dep_ != "det"]
        if not toks:
            return ev
        words = [t.lower_ for t in toks]
        if words[0] in HONORIFIC_MALE:
            ev.gender = "m"
        elif words[0] in HONORIFIC_FEMALE:
            ev.gender = "f"
        place: Place | None = None
        body: Entry | None = None
        n = len(toks)
        for size in range(min(n, 4), 0, -1):
            for i in range(n - size + 1):
                first, last = toks[i], toks[i + size - 1]
                nxt = last.nbor() if last.i + 1 < len(last.doc) else None
                if _inside_place(first) or (nxt is not None and _inside_place(nxt)):
                    continue  # "Mexico" inside "New Mexico" names no country
                text = " ".join(t.text for t in toks[i : i + size])
                place = self.dictionary.place(text)
                if place is None and text[:1].isupper():
                    e = self.dictionary.lookup(text)
                    if e is not None and e.kind == "organisation" and e.country:
                        body = e
                if place is not None or body is not None:
                    ev.body = text
                    break
            if place is not None or body is not None:
                break
        ev.role = self.dictionary.role(words)
        if place is None and body is None:
            if ev.role is not None and ev.role.country:
                ev.country = ev.role.country
                ev.reason = f"text: role '{ev.role.phrase}'"
            return ev
        country = place.iso3 if place else body.country if body else None
        if ev.role is not None and ev.role.sector:
            sector: str | None = ev.role.sector
        elif place is not None and place.sector:
            sector = place.sector
        elif body is not None:
            sector = body.sector
        elif ev.role is not None and country not in STATES_ONLY:
            sector = "GOV"  # a neutral role of a state: "Chinese officials"
        else:
            sector = None
        how = place.how if place else "organisation"
        reason = f"text: {how} '{ev.body}'"
        if ev.role is not None:
            reason += f" + role '{ev.role.phrase}'"
        ev.country, ev.sector, ev.reason = country, sector, reason
        return ev

    def _prefix(self, start: int, end: int) -> list[Token]:
        """Title words before a name that belong to its noun phrase."""
        doc = self.doc
        out: list[Token] = []
        i = start - 1
        inside = set(range(start, end))
        while i >= 0 and start - i <= 6:
            t = doc[i]
            if t.is_punct and not _is_pos(t) and t.text not in (".",):
                break
            if t.dep_ in ("det", "cc", "prep", "punct") and not _is_pos(t):
                break
            if t.head.i not in inside and not t.is_title and not _is_pos(t):
                break
            if t.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ") and not _is_pos(t):
                break
            out.insert(0, t)
            inside.add(i)
            i -= 1
        # a possessive whose owner is outside ("Russia's Putin") stays; lone "'s" goes
        while out and (_is_pos(out[0]) or out[0].is_punct):
            out.pop(0)
        return out

    def _appositive(self, root: Token) -> list[Token] | None:
        """The description in apposition to a name: "The Serbian president, X"."""
        cand: Token | None = None
        if root.dep_ == "appos" and root.head.lower_ in self.dictionary.role_heads:
            cand = root.head
        else:
            for c in root.children:
                if c.dep_ == "appos" and c.lower_ in self.dictionary.role_heads:
                    cand = c
                    break
        if cand is None:
            return None
        toks = [t for t in self.doc[cand.left_edge.i : cand.i + 1] if t.i < root.i or t.i > root.i]
        if not toks or any(t.ent_type_ == "PERSON" for t in toks):
            return None
        return toks

    # -- resolution ------------------------------------------------------------

    def _person(
        self, name_toks: list[Token], prefix: list[Token], appos: list[Token] | None
    ) -> tuple[_State, Mention]:
        ev = self._evidence(prefix)
        if appos is not None and not (ev.country or ev.sector):
            ev2 = self._evidence(appos)
            if ev2.country or ev2.sector or ev2.role:
                ev2.gender = ev2.gender or ev.gender
                ev = ev2
        words = [t for t in _words(name_toks) if t not in HONORIFICS]
        name_text = self.text[name_toks[0].idx : name_toks[-1].idx + len(name_toks[-1].text)]
        if name_text.endswith(("'s", "’s")):
            name_text = name_text[:-2]
        entry = self.dictionary.lookup(name_text)
        if entry is None and prefix:
            # "President Bush": the dictionary knows some people by title and surname.
            entry = self.dictionary.lookup(f"{prefix[-1].text} {name_text}")
        if entry is None and not ev.country:
            entry = self.dictionary.by_surname(name_text)
        st = self._match_person(words, ev)
        if st is None:
            st = self._new(name_text, "person", ev, entry)
            kind: MentionKind = "name"
        else:
            if len(st.actor.name.split()) == 1 and len(words) > 1:
                st.actor.name = name_text  # "Baerbock" first, "Annalena Baerbock" later
            kind = "name" if len(words) > 1 else "surname"
            self._apply(st, ev, entry)
        self._index_person(st, words)
        start, end = name_toks[0].idx, name_toks[-1].idx + len(name_toks[-1].text)
        if _is_pos(name_toks[-1]) and len(name_toks) > 1:
            end = name_toks[-2].idx + len(name_toks[-2].text)
        title_only = prefix and not ev.body and all(t.lower_ in TITLE_WORDS for t in prefix)
        if title_only:
            start, kind = prefix[0].idx, "title"
        m = self._mention(st, start, end, kind)
        if appos is not None:
            self._mention(st, appos[0].idx, appos[-1].idx + len(appos[-1].text), "description")
        return st, m

    def _match_person(self, words: list[str], ev: Evidence) -> _State | None:
        """The person already in the article whose name these words are part of."""
        if not words:
            return None
        ws = frozenset(words)
        found: list[_State] = []
        for w in words:
            for st in self._surnames.get(w, ()):
                if st in found:
                    continue
                if ws <= st.tokens or st.tokens <= ws:
                    clash = ev.country and st.rank == 3 and ev.country != st.actor.country
                    if clash:
                        continue  # same name, another country: another person
                    found.append(st)
        if not found:
            return None
        return max(found, key=lambda s: s.actor.mentions[-1].span[0] if s.actor.mentions else -1)

    def _place_actor(self, place: Place, start: int, end: int, text: str) -> tuple[_State, Mention]:
        key = ("place", place.iso3, place.sector or "")
        st = self._by_key.get(key)
        if place.how in ("capital", "metonym"):
            why = f"metonym: '{text}'"
            if place.how == "capital":
                why += f" (capital of {place.country_name})"
            ev = Evidence(place.iso3, place.sector, why, None, None, text)
            kind: MentionKind = "metonym"
        else:
            ev = Evidence(place.iso3, None, f"country table: {place.how} '{text}'", None, None)
            kind = "country"
        if st is None:
            name = place.country_name if kind == "country" else text
            st = self._new(name, "country" if kind == "country" else "organisation", ev)
            st.rank = 2
            st.key = key
            self._by_key[key] = st
        return st, self._mention(st, start, end, kind)

    def _org_actor(self, toks: list[Token], start: int, end: int) -> tuple[_State, Mention]:
        text = self.text[start:end]
        entry = self.dictionary.lookup(text)
        if entry is not None:
            key: tuple[str, ...] = ("org", norm(entry.name))
        else:
            key = ("org", norm(text))
        st = self._by_key.get(key)
        ev = self._evidence(self._prefix(toks[0].i, toks[-1].i + 1) + toks)
        if st is None:
            name = entry.name if entry is not None and entry.kind != "person" else text
            if text.isupper() and name.lower() == text.lower():
                name = text  # "NATO" as the article writes it, not the dictionary's "Nato"
            if name.lower().startswith("the "):
                name = name[4:]
            kind: ActorKind = "organisation"
            if entry is not None and entry.kind in ("person", "group", "country"):
                kind = entry.kind  # type: ignore[assignment]
            st = self._new(name, kind, ev if (ev.country or ev.sector) else None, entry)
            st.key = key
            self._by_key[key] = st
        else:
            self._apply(st, ev if (ev.country or ev.sector) else None, entry)
        return st, self._mention(st, start, end, "organisation")

    def _is_location(self, root: Token) -> bool:
        return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE

    def _entity(self, ent: Span, consumed: set[int]) -> tuple[_State, Mention] | None:
        """Resolve one non-person named entity (or a person name mislabelled)."""
        toks = [t for t in ent if not _is_pos(t)]
        if not toks or not any(c.isupper() for c in ent.text):
            return None  # "state" tagged ORG: a common noun, not a name
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = self.text[start:end]
        words = _words(toks)
        # the article's own earlier people win over the NER label ("Wang" as ORG)
        if len(words) == 1 and words[0] in self._surnames:
            return self._person(toks, self._prefix(toks[0].i, toks[-1].i + 1), None)
        place = self.dictionary.place(text)
        if place is not None:
            if place.how == "demonym":
                # "the Chinese" as a group; "Chinese" before a noun is a modifier
                root = ent.root
                if root.dep_ in ("amod", "compound") or root.tag_ == "JJ":
                    return None
                if not (root.tag_ in ("NNPS", "NNS") or text.endswith("s")):
                    return None
                key = ("group", place.iso3)
                st = self._by_key.get(key)
                if st is None:
                    ev = Evidence(place.iso3, None, f"country table: demonym '{text}'")
                    st = self._new(text, "group", ev)
                    st.key, st.rank = key, 2
                    self._by_key[key] = st
                return st, self._mention(st, start, end, "description")
            if self._is_location(ent.root):
                return None
            return self._place_actor(place, start, end, text)
        entry = self.dictionary.lookup(text)
        if ent.label_ in ("GPE", "LOC", "FAC", "NORP") and entry is None:
            return None  # a place that is not a country: where, not who
        if ent.label_ == "PERSON" or (entry is not None and entry.kind == "person"):
            return self._person(toks, self._prefix(toks[0].i, toks[-1].i + 1), None)
        return self._org_actor(toks, start, end)

    def _description(
        self, head: Token, toks: list[Token], *, create: bool
    ) -> tuple[_State, Mention] | None:
        """Corefer a description to an actor, or make it one when ``create``."""
        ev = self._evidence(toks)
        role = ev.role
        if role is None:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        plural = head.tag_ in ("NNS", "NNPS")
        indefinite = toks[0].lower_ in ("a", "an", "some", "several", "two", "three", "many")
        org = head.lower_ in ORG_HEADS
        if not plural and not indefinite:
            st = self._corefer(ev, role, head.lower_, start, org)
            if st is not None:
                return st, self._mention(st, start, end, "description")
        if not create:
            return None
        text = self.text[start:end]
        kind: ActorKind = "organisation" if org else "group" if plural else "person"
        if ev.country is None and ev.sector is None and role.sector:
            ev.sector = role.sector
            ev.reason = f"text: role '{role.phrase}'"
        if org and ev.country:
            key = ("org", ev.country, role_class(role.phrase))
            st = self._by_key.get(key)
            if st is None:
                st = self._new(text, kind, ev)
                st.key = key
                self._by_key[key] = st
            return st, self._mention(st, start, end, "description")
        st = self._new(text, kind, ev)
        return st, self._mention(st, start, end, "description")

    def _corefer(
        self, ev: Evidence, role: Role, head: str, before: int, org: bool
    ) -> _State | None:
        cls = role_class(role.phrase)
        best: _State | None = None
        best_pos = -1
        for st in self._states.values():
            a = st.actor
            if (a.kind == "person") == org or a.kind == "country":
                continue
            if ev.country and a.country != ev.country:
                continue
            if cls not in st.roles and not any(r.rsplit(" ", 1)[-1] == head for r in st.roles):
                continue
            pos = max((m.span[0] for m in a.mentions if m.span[0] < before), default=-1)
            if pos < 0 and a.mentions:
                pos = 0  # introduced later in the text: still the same office
            if pos > best_pos:
                best, best_pos = st, pos
        return best

    # -- linking -------------------------------------------------------------

    def _party(self, st: _State, m: Mention) -> Party:
        return Party(actor=st.actor.id, name=st.actor.name, mention=m)

    def _sent_index(self, char: int) -> int:
        if self._sent_starts is None:
            self._sent_starts = [s.start_char for s in self.doc.sents]
        return bisect.bisect_right(self._sent_starts, char) - 1

    def _pronoun(self, tok: Token, speaker_of_context: str | None) -> Party | None:
        low = tok.lower_
        start, end = tok.idx, tok.idx + len(tok.text)
        if low in PRONOUN_SELF:
            if not speaker_of_context:
                return self._author(start, end)
            st = self._states.get(speaker_of_context)
            if st is None:
                st = next(
                    (s for s in self._states.values() if s.actor.name == speaker_of_context), None
                )
            if st is None:
                return None
            return self._party(st, self._mention(st, start, end, "pronoun"))
        if low in PRONOUN_MALE or low in PRONOUN_FEMALE:
            gender = "m" if low in PRONOUN_MALE else "f"
            ok = lambda st: st.actor.kind == "person" and st.gender in (None, gender)  # noqa: E731
        elif low in PRONOUN_PLURAL:
            ok = lambda st: st.actor.kind != "person"  # noqa: E731
            gender = None
        elif low in PRONOUN_NEUTER:
            ok = lambda st: st.actor.kind in ("organisation", "country")  # noqa: E731
            gender = None
        else:
            return None
        here = self._sent_index(start)
        best: tuple[int, int, int] | None = None
        chosen: _State | None = None
        for st in self._states.values():
            if not ok(st):
                continue
            for m in st.actor.mentions:
                if m.span[1] > start or (m.kind == "pronoun" and m.span == (start, end)):
                    continue
                dist = here - self._sent_index(m.span[0])
                if dist > 3:
                    continue
                span = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
                subj = 0 if span is not None and span.root.dep_ in SUBJECT_DEPS else 1
                order = -m.span[0] if dist == 0 else m.span[0]
                key = (dist, subj, order)
                if best is None or key < best:
                    best, chosen = key, st
        if chosen is None:
            # Nobody it could refer to: the pronoun is still the words the text uses.
            unresolved = Mention(tok.text, (start, end), "pronoun")
            return Party(actor=None, name=tok.text, mention=unresolved)
        if gender and not chosen.gender:
            chosen.gender = gender
        return self._party(chosen, self._mention(chosen, start, end, "pronoun"))

    def _author(self, start: int, end: int) -> Party:
        """ "I" or "we" outside any quotation: the writer of the article (or its newsroom).

        One actor per article, so an opinion piece's "I urged the judge ..."
        and "I said ..." share a speaker a reader can filter on.
        """
        if self._author_state is None:
            self._author_state = self._new(AUTHOR_NAME, "person")
            self._author_state.actor.reason = (
                "first person outside quotations: the article's writer"
            )
        st = self._author_state
        return self._party(st, self._mention(st, start, end, "pronoun"))

    def _relative(self, tok: Token, role: str) -> Party | None:
        """ "Barkley, who said ...": the relative pronoun stands for the noun it follows."""
        clause = tok.head
        if clause.dep_ != "relcl" or clause.head.i == clause.i:
            return None
        antecedent = clause.head
        found = self._link(self.doc[antecedent.left_edge.i : antecedent.i + 1], role, None)
        if found is None or found.actor is None:
            return found
        st = self._states[found.actor]
        return self._party(st, self._mention(st, tok.idx, tok.idx + len(tok.text), "pronoun"))

    def _named_body(self, span: Span, root: Token) -> Party | None:
        """ "the alliance" after "NATO Secretary General ...": the body named just before.

        A definite collective noun refers back to the nearest organisation
        named in the last three sentences (a named ORG, or one in a title); it
        becomes that organisation's actor, with this description as a mention.
        """
        first = span[0].lower_
        if root.lemma_.lower() not in COLLECTIVE_BODIES or first not in ("the", "this", "that"):
            return None
        here = self._sent_index(span.start_char)
        best = None
        for ent in self.doc.ents:
            if ent.end_char > span.start_char:
                break
            if ent.label_ == "ORG" and here - self._sent_index(ent.start_char) <= 3:
                best = ent
        if best is None:
            return None
        org = self._link(best, "participant", None)
        if org is None or org.actor is None:
            return None
        st = self._states[org.actor]
        return self._party(st, self._mention(st, span.start_char, span.end_char, "description"))

    def _existing(self, span: Span) -> Party | None:
        """A mention already known inside the span, nearest its head."""
        root = span.root
        best: tuple[int, _State, Mention] | None = None
        for st in self._states.values():
            for m in st.actor.mentions:
                if m.span[0] < span.end_char and span.start_char < m.span[1]:
                    covers_root = m.span[0] <= root.idx < m.span[1]
                    score = 0 if covers_root else 1
                    if best is None or score < best[0]:
                        best = (score, st, m)
        if best is None:
            return None
        if best[0] == 1 and len(span) > 8:
            return None  # a long span whose head is not a known mention
        return self._party(best[1], best[2])

    def _link(self, span: Span, role: str, speaker_of_context: str | None) -> Party | None:
        if span is None or len(span) == 0:
            return None
        if span.doc is not self.doc:
            mapped = self.doc.char_span(span.start_char, span.end_char, alignment_mode="expand")
            if mapped is None or mapped.text != span.text:
                return None
            span = mapped
        toks = [t for t in span if not (t.is_punct or t.is_space)]
        if not toks:
            return None
        span = self.doc[toks[0].i : toks[-1].i + 1]
        root = span.root
        if len(span) == 1 and root.lower_ in RELATIVE_PRONOUNS:
            return self._relative(root, role)
        shouted = len(root.text) > 1 and root.text.isupper()  # "US" is a country, not "us"
        if (
            len(span) <= 2
            and not shouted
            and root.lower_
            in (PRONOUN_SELF | PRONOUN_MALE | PRONOUN_FEMALE | PRONOUN_PLURAL | PRONOUN_NEUTER)
        ):
            return self._pronoun(root, speaker_of_context)
        text = span.text
        if norm(text) in GENERIC_AUDIENCE or root.lower_ in GENERIC_AUDIENCE:
            m = Mention(text, (span.start_char, span.end_char), "description")
            return Party(actor=None, name=text, mention=m)
        found = self._existing(span)
        if found is not None:
            return found
        whole = self.dictionary.place(text.removeprefix("the ").removeprefix("The "))
        if whole is not None and whole.how == "country" and root.pos_ == "PROPN":
            # "the Democratic People's Republic of Korea": a country's full name
            st, m = self._place_actor(whole, span.start_char, span.end_char, text)
            return self._party(st, m)
        if len(span) > 8:
            subj = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
            if not subj:
                return None
            sub = subj[0]
            return self._link(self.doc[sub.left_edge.i : sub.i + 1], role, speaker_of_context)
        if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None  # not a noun phrase: nothing to name
        # a name: the proper nouns ending at the head
        if root.pos_ == "PROPN" and root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", ""):
            i = root.i
            while i > span.start and self.doc[i - 1].pos_ == "PROPN":
                i -= 1
            name_toks = list(self.doc[i : root.i + 1])
            text = self.text[name_toks[0].idx : root.idx + len(root.text)]
            place = self.dictionary.place(text)
            if place is not None and place.how != "demonym":
                st, m = self._place_actor(place, name_toks[0].idx, root.idx + len(root.text), text)
                return self._party(st, m)
            entry = self.dictionary.lookup(text)
            if root.ent_type_ in ("ORG",) or (entry is not None and entry.kind != "person"):
                st, m = self._org_actor(name_toks, name_toks[0].idx, root.idx + len(root.text))
                return self._party(st, m)
            st, m = self._person(name_toks, list(self.doc[span.start : i]), None)
            return self._party(st, m)
        got = self._description(root, list(span), create=True)
        if got is not None:
            return self._party(*got)
        antecedent = self._named_body(span, root)
        if antecedent is not None:
            return antecedent
        # something else: "a source close to the talks", "the company"
        head_toks = list(self.doc[span.start : root.i + 1])
        start, end = head_toks[0].idx, root.idx + len(root.text)
        kind: ActorKind = "group" if root.tag_ in ("NNS", "NNPS") else "person"
        if root.lower_ in ORG_HEADS:
            kind = "organisation"
        st = self._new(self.text[start:end], kind)
        return self._party(st, self._mention(st, start, end, "description"))


def find_actors(
    doc: Doc, dictionary: ActorDictionary | None = None, *, skip: tuple[int, int] | None = None
) -> ActorIndex:
    """The actors of one parsed article, one per real-world entity, ids in text order.

    Nothing inside the characters ``skip`` becomes an actor: the pipeline passes
    the dateline ("WASHINGTON (Reuters) -" says where the story was filed, not
    who acts in it). Never raises on odd input: a Doc without entities gives an
    empty index.
    """
    d = dictionary or ActorDictionary.default()
    index = ActorIndex(doc, d)
    # keep what was found: a broken parse must not stop a batch
    with contextlib.suppress(Exception):
        _find(index, skip)
    index._renumber()
    return index


def _past_particles(toks: list[Token]) -> list[Token]:
    """A name's tokens, extended when the entity stops at a particle ("von der")."""
    doc = toks[0].doc
    out = list(toks)
    while out[-1].lower_ in NAME_PARTICLES and out[-1].is_lower and out[-1].i + 1 < len(doc):
        nxt = doc[out[-1].i + 1]
        if not (nxt.is_title or (nxt.lower_ in NAME_PARTICLES and nxt.is_lower)):
            break
        out.append(nxt)
    return out


def _untagged_names(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised names that no entity covers.

    The small model tags some unfamiliar names as common nouns ("Zelenskyy
    said"); a capitalised noun counts only inside a sentence, where capitals
    are not just the first word's.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in doc:
        capitalised = tok.text[:1].isupper() and not tok.ent_type_
        if capitalised and (
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


def _find(index: ActorIndex, skip: tuple[int, int] | None = None) -> None:
    doc, d = index.doc, index.dictionary
    consumed: set[int] = set()
    cands: list[tuple[int, int, object]] = []
    # people first, so their titles ("Kremlin spokesman") are not read as actors
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        toks = [t for t in ent if not _is_pos(t)]
        if not toks:
            continue
        toks = _past_particles(toks)
        text = index.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        lead = 0
        while lead < len(toks) - 1 and toks[lead].lower_ in TITLE_WORDS:
            lead += 1
        if lead == 0 and d.place(text) is not None and d.lookup(text) is None:
            cands.append((toks[0].idx, 1, ent))  # "Moldova" labelled PERSON: a country
            continue
        prefix = index._prefix(toks[0].i, toks[-1].i + 1) + toks[:lead]
        name_toks = toks[lead:]
        appos = index._appositive(ent.root)
        consumed.update(t.i for t in prefix)
        consumed.update(t.i for t in toks)
        if appos:
            consumed.update(t.i for t in appos)
        start = prefix[0].idx if prefix else name_toks[0].idx
        cands.append((start, 0, (name_toks, prefix, appos)))
    # names the model did not tag at all ("Zelenskyy thanked Macron."): a run of
    # proper nouns outside every entity that the dictionary knows as a person
    for run in _untagged_names(doc):
        lead = 0
        while lead < len(run) - 1 and run[lead].lower_ in TITLE_WORDS:
            lead += 1
        name_toks = run[lead:]
        if any(t.i in consumed for t in run):
            continue
        entry = d.lookup(index.text[name_toks[0].idx : name_toks[-1].idx + len(name_toks[-1])])
        if entry is None or entry.kind != "person":
            continue
        prefix = index._prefix(run[0].i, run[-1].i + 1) + run[:lead]
        consumed.update(t.i for t in prefix)
        consumed.update(t.i for t in run)
        start = prefix[0].idx if prefix else name_toks[0].idx
        cands.append((start, 0, (name_toks, prefix, None)))
    # descriptions: a role noun heading its own noun phrase
    heads = d.role_heads
    for tok in doc:
        if tok.lower_ not in heads or tok.i in consumed or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "compound" or tok.ent_type_ == "PERSON":
            continue
        toks = list(doc[tok.left_edge.i : tok.i + 1])
        if any(t.ent_type_ == "PERSON" for t in toks):
            continue
        cands.append((toks[0].idx, 2, (tok, toks)))
        consumed.update(t.i for t in toks[:-1] if t.ent_type_)
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent.label_ not in NAME_LABELS:
            continue
        if any(t.i in consumed for t in ent):
            continue
        cands.append((ent.start_char, 1, ent))
    if skip is not None:
        cands = [c for c in cands if not skip[0] <= c[0] < skip[1]]
    cands.sort(key=lambda c: (c[0], c[1]))
    for _start, kind, payload in cands:
        if kind == 0:
            name_toks, prefix, appos = payload  # type: ignore[misc]
            index._person(name_toks, prefix, appos)
        elif kind == 1:
            index._entity(payload, consumed)  # type: ignore[arg-type]
        else:
            tok, toks = payload  # type: ignore[misc]
            create = bool(tok.dep_ in SUBJECT_DEPS)
            got = index._description(tok, toks, create=False)
            if got is None and create:
                ev = index._evidence(toks)
                if ev.country and ev.role is not None:
                    index._description(tok, toks, create=True)
    # surnames the NER missed: a proper noun that is part of a known person's name
    if index._surnames:
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.lower_ not in index._surnames or tok.ent_type_:
                continue
            if skip is not None and skip[0] <= tok.idx < skip[1]:
                continue
            if index.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
                continue
            index._person([tok], index._prefix(tok.i, tok.i + 1), None)
