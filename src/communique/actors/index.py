"""The actors of one article: a registry of actors and their mentions, and its public API.

:class:`ActorIndex` holds one :class:`Record` per actor: the
:class:`~communique.schema.Actor` the record carries, plus what only resolution
needs (name words, the titles read at its mentions, its dictionary entry,
offices, gender). Codes are decided by :mod:`communique.actors.coding` from
that evidence whenever it changes, so a description linked late ("China's top
diplomat") still gives its actor a country.

Other rooms use only the public methods: the quotes room calls :meth:`link`
(the ``Linker`` protocol), the events room :meth:`link`, :meth:`actor_for`,
:meth:`participant`, :meth:`code_of`, :meth:`place` and :meth:`role`.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.actors import coding, titles
from communique.actors.dictionary import STATE_SECTORS
from communique.actors.mentions import is_headline
from communique.actors.names import initials, name_key, person_words
from communique.actors.roles import default_roles
from communique.actors.settings import DEFAULT, ActorSettings
from communique.actors.tables import ActorDictionary, Entry, Place, RoleHit
from communique.actors.titles import Known, Title
from communique.entity_labels import LAND_LABELS
from communique.errors import warning
from communique.schema import Actor, ActorKind, Mention, MentionKind, Participant, Party, Warning
from communique.spans import doc_text, sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from communique.actors.mentions import Acronym


@dataclass(slots=True)
class Record:
    """One actor and the evidence its codes are decided from."""

    actor: Actor
    words: frozenset[str] = frozenset()  # name words of a person, for matching later mentions
    titles: list[Title] = field(default_factory=list)
    entry: Entry | None = None
    entry_how: str | None = None  # "name" | "office" | "user"
    looked_up: str = ""  # the name last looked up in the dictionary
    office_titles: list[tuple[RoleHit, str]] = field(default_factory=list)  # (title, surname)
    #: the name under which the first so many ``office_titles`` were looked up and found no
    #: holder: the answer depends only on the title, the surname, the day and the name, so
    #: they are not asked again at every recode (a name with thousands of titles asked them
    #: all at each one)
    office_checked: tuple[str, int] = ("", 0)
    offices: set[str] = field(default_factory=set)  # changed only by ActorIndex, which indexes it
    subjects: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)  # US states (lower case) it is from
    gender: str | None = None
    #: ``gender`` is only that of the one person in office bearing its surname: a full name
    #: the text gives later says who is meant and replaces it
    gender_by_surname: bool = False
    #: the gender of the first person pronoun linked to it while ``gender`` was unknown: a
    #: guess of the link, not a fact of the text, so no other reader takes it for the
    #: person's gender; it only keeps later pronouns of the other gender away, as the link
    #: already made the person one of that gender
    guessed_gender: str | None = None
    key: tuple[str, ...] | None = None  # places, organisations and groups, once each
    fixed: coding.Code | None = None  # codes a place has by definition ("Serbia" -> SRB)
    members: list[Record] = field(default_factory=list)  # a plural description's people
    head: str | None = None  # a document's head noun
    heads: set[str] = field(default_factory=set)  # body nouns it was described by ("agency")
    role_nouns: set[str] = field(default_factory=set)  # last words of its role phrases
    serves: frozenset[str] = frozenset()  # name words of the person its role serves ("X's aide")
    order: int = 0  # its place in :meth:`ActorIndex.records`, to sort actors found by position
    headline_name: bool = False  # a person's name as a headline line gave it
    # Tallies of its mentions, kept by ActorIndex.mention as each is added: every mention
    # recodes the actor, and reading all mentions each time cost the square of their number.
    elsewhere_mentions: int = 0  # with a word saying the party is from elsewhere
    title_mentions: int = 0  # of kind "title"
    naming_mentions: int = 0  # that name the actor rather than describe it (_naming)
    coordinated: list[Mention] = field(default_factory=list)  # whose head has conjuncts


class ActorIndex:
    """Actors of one article, built from a parsed Doc by :func:`~communique.actors.find_actors`.

    ``day`` is the article's date (ISO): dictionary roles are taken as they
    were that day. ``warnings`` collects coded warnings (CQ120, CQ121) for
    mentions that could not be resolved because of an unexpected error.
    """

    def __init__(
        self,
        doc: Doc,
        dictionary: ActorDictionary,
        *,
        day: str | None = None,
        settings: ActorSettings = DEFAULT,
    ) -> None:
        self.doc = doc
        self.settings = settings
        self.text = doc_text(doc)
        self.ents = tuple(doc.ents)  # so are the entities: once per article
        self._ent_starts = [e.start for e in self.ents]
        self._ent_chars: tuple[list[int], list[int]] | None = None  # start and end characters
        self.dictionary = dictionary
        self.day = day
        self.actors: list[Actor] = []
        self.warnings: list[Warning] = []
        #: the one country the story is about, for officials named by office only and for
        #: parties described only by a domestic role
        self.story: str | None = None
        self._records: dict[str, Record] = {}
        self._made = 0  # actors made so far, for their ids
        self._by_key: dict[tuple[str, ...], Record] = {}
        self._by_word: dict[str, list[Record]] = {}
        self._aliases: dict[str, Record] = {}  # acronyms and long forms of organisations
        #: actors holding an office (by id), by office and by its last word ("minister"):
        #: descriptions look for their antecedent among these, not among all actors
        self._holders: dict[int, Record] = {}
        self._by_office: dict[str, dict[int, Record]] = {}
        self._by_office_word: dict[str, dict[int, Record]] = {}
        #: organisations by the last words (two or more) of the names they were mentioned by,
        #: and by the initials of their names: a later short form or acronym finds its
        #: organisation by one lookup
        self._by_tail: dict[tuple[str, ...], dict[int, Record]] = {}
        self._by_initials: dict[tuple[str, ...], list[Record]] = {}
        self._sent_starts: list[int] | None = None
        #: mentions by sentence, for pronouns; whether a mention is a clause's subject
        self._by_sentence: dict[int, list[tuple[Record, Mention]]] = {}
        #: every mention ever added, sorted by (start, end), and the longest one's length:
        #: the mentions overlapping a span are found by bisection, not by a scan of all
        self._placed: list[tuple[int, int, int, Record, Mention]] = []
        self._longest = 0
        self._subject: dict[tuple[int, int], bool] = {}
        self._author: Record | None = None
        #: acronyms the text defines, by acronym and by the tokens of their long forms
        self.acronyms: dict[str, Acronym] = {}
        self.long_forms: dict[int, Acronym] = {}
        #: documents spoken for by an author or standing alone: (head noun, record, start)
        self.documents: list[tuple[str, Record, int]] = []
        self._body_names: frozenset[str] | None = None
        self._other_states: frozenset[str] | None = None

    # -- public API --------------------------------------------------------

    def link(
        self, span: Span, *, role: str = "speaker", speaker_of_context: str | None = None
    ) -> Party | None:
        """The Party a speaker/addressee/participant span refers to, or None.

        The mention is added to the actor it resolves to (a new actor if none
        fits). An unexpected error in resolving the span becomes a CQ121
        warning on the record and gives None: one odd span never stops a batch.
        """
        from communique.actors.linking import link_span

        try:
            return link_span(self, span, role, speaker_of_context)
        except Exception as exc:  # reported as a coded warning, never silent
            where = _char_span(span)
            self.warnings.append(
                warning("CQ121", span=where, role=role, text=_short(span), error=repr(exc))
            )
            return None

    def by_id(self, actor_id: str | None) -> Actor | None:
        """The actor with this id (including actors ``link`` created), or None."""
        rec = self._records.get(actor_id) if actor_id else None
        return rec.actor if rec is not None else None

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor having a mention that overlaps characters ``start:end``."""
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            return None
        placed = self._placed
        i = bisect.bisect_left(placed, (end,), key=_placement)
        # mentions are short: look back a little from the first mention starting at ``end``;
        # of several actors with a mention at one place, the greatest id (as text) wins
        found: tuple[int, int, str] | None = None
        k, looked = i - 1, 0
        while k >= 0 and looked < LOOK_BACK:
            s, e, _, r, _m = placed[k]
            k -= 1
            if not self._live(r):
                continue
            looked += 1
            if found is not None:
                if (s, e) != found[:2]:
                    break
                found = max(found, (s, e, r.actor.id))
            elif s < end and start < e:
                found = (s, e, r.actor.id)
        return self.by_id(found[2]) if found is not None else None

    def actor_for(self, target: Span | Token) -> Actor | None:
        """The actor already mentioned at a span or token (its head first); never creates one."""
        if hasattr(target, "root"):
            root = target.root  # type: ignore[union-attr]
            found = self.actor_at(root.idx, root.idx + len(root.text))
            if found is not None:
                return found
            return self.actor_at(target.start_char, target.end_char)  # type: ignore[union-attr]
        tok = target
        return self.actor_at(tok.idx, tok.idx + len(tok.text))  # type: ignore[union-attr]

    def participant(self, party: Party) -> Participant:
        """The event participant for a linked party: the actor's codes and identifier."""
        actor = self.by_id(party.actor)
        return Participant(
            name=actor.name if actor else party.name,
            code=actor.country if actor else None,
            sector=actor.sector if actor else None,
            actor_id=actor.id if actor else None,
            mention=party.mention,
            identifier=actor.identifier if actor else None,
        )

    def code_of(
        self, text: str, label: str, *, names: bool = True, within: bool = True
    ) -> str | None:
        """The country or non-state code a phrase names, or None.

        A country, demonym, capital or metonym ("Russian", "Moscow"), weighed
        against the parser's entity ``label`` for the words as
        :meth:`ActorDictionary.place` does; with ``within``, what stands inside
        a country: a US state under a place label ("South Dakota", "voters in
        Iowa": PETRARCH2's country dictionary lists the states among the names
        of the United States, Phoenix.Countries.actors.txt lines 50530-50617,
        as it lists other countries' provinces) and the word that marks a
        party's members ("Republicans", "Democrat"), as a demonym marks a
        country's, for the party's country; with ``names``, also an actor the
        dictionary knows by that full name or unique alias ("al-Qaeda",
        "Ahmed Ben Bella"), as of the article's date.
        """
        place = self.dictionary.place(text, label)
        if place is not None:
            return place.iso3
        if within and label in LAND_LABELS:  # "Virginia" of "Virginia Raggi" is her name
            state = self.dictionary.state(text)
            if state is not None:
                return state.iso3
        party = self.dictionary.affiliation(text.strip()) if within else None
        if party is not None:
            return party.standing(self.day).country
        if not names:
            return None
        entry = self.dictionary.lookup(text, self.day)
        return entry.standing(self.day).country if entry is not None else None

    def place(self, text: str, label: str) -> Place | None:
        """The country-table place ``text`` names, weighed against the parser's entity
        ``label`` for the words (see :meth:`ActorDictionary.place`)."""
        return self.dictionary.place(text, label)

    def read_title(
        self,
        tokens: Sequence[Token],
        *,
        role_tokens: Sequence[Token] | None = None,
        head: Token | None = None,
        former: bool = False,
        serves: bool = False,
    ) -> Title:
        """What the words of a title or description say (:func:`titles.read_title`), read with
        this article's dictionary, the bodies it named before and the stage's settings, so
        that every reader of a title in the article reads it alike."""
        return titles.read_title(
            tokens,
            self.dictionary,
            role_tokens=role_tokens,
            head=head,
            known=self.known,
            former=former,
            serves=serves,
            city_population=self.settings.city_population,
        )

    def role(self, words: list[str]) -> RoleHit | None:
        """The role phrase among lower-case ``words`` ("army reservists" -> MIL), or None."""
        return self.dictionary.role(words)

    # -- building ------------------------------------------------------------

    def records(self) -> Iterable[Record]:
        return self._records.values()

    def record(self, actor_id: str | None) -> Record | None:
        return self._records.get(actor_id) if actor_id else None

    def new(self, name: str, kind: ActorKind, *, key: tuple[str, ...] | None = None) -> Record:
        # Counted, not len(self.actors): a merge removes an actor, and an id given twice
        # would make the second record replace the first.
        self._made += 1
        actor = Actor(id=f"A{self._made}", name=name, kind=kind)
        rec = Record(actor, order=self._made)
        self.actors.append(actor)
        self._records[actor.id] = rec
        if key is not None:
            rec.key = key
            self._by_key[key] = rec
        if kind == "organisation":  # a record's kind and an organisation's name never change
            self._by_initials.setdefault(initials(name), []).append(rec)
        return rec

    def named_by_tail(self, words: tuple[str, ...]) -> Record | None:
        """The organisation, last in records order, mentioned by a longer name ending in
        ``words`` (name-key words)."""
        found = [r for r in self._by_tail.get(words, {}).values() if self._live(r)]
        found = [r for r in found if r.actor.kind == "organisation"]
        return max(found, key=lambda r: r.order, default=None)

    def with_initials(self, letters: tuple[str, ...]) -> Record | None:
        """The organisation, first in records order, whose name's initials are ``letters``."""
        found = [r for r in self._by_initials.get(letters, ()) if self._live(r)]
        return min(found, key=lambda r: r.order, default=None)

    def entity_of(self, tok: Token) -> Span | None:
        """The named entity that contains ``tok``, or None."""
        if not tok.ent_type_:
            return None
        k = bisect.bisect_right(self._ent_starts, tok.i) - 1
        if k >= 0 and self.ents[k].start <= tok.i < self.ents[k].end:
            return self.ents[k]
        return None

    def ents_from(self, start: int, until: int) -> tuple[Span, ...]:
        """The entities starting at character ``start`` or later that end by ``until``, up to the
        first that ends after it (entities do not overlap: their ends are in order too)."""
        if self._ent_chars is None:
            self._ent_chars = ([e.start_char for e in self.ents], [e.end_char for e in self.ents])
        starts, ends = self._ent_chars
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(ends, until)
        return self.ents[lo:hi]

    def body(self, text: str) -> Record | None:
        """An organisation the article names, by its name or an acronym it defines."""
        return self.aliased(text) or self._by_key.get(("org", name_key(text)))

    def known(self, text: str) -> Known | None:
        """The codes of an organisation the article named before, for reading titles."""
        rec = self.body(text)
        if rec is None or rec.actor.kind != "organisation":
            return None
        return Known(rec.actor.country, rec.actor.sector)

    def define(self, defined: Iterable[Acronym]) -> None:
        """The acronyms the text defines in parentheses ("the Colombian Drug Observatory (ODC)")."""
        for a in defined:
            self.acronyms.setdefault(_alias_key(a.acronym), a)
            for t in a.long_form:
                self.long_forms[t.i] = a

    def merge(self, into: Record, gone: Record) -> None:
        """One actor after all: ``gone``'s mentions and evidence move to ``into``."""
        for m in gone.actor.mentions:
            self.mention(into, m.span[0], m.span[1], m.kind)
        into.titles[:0] = gone.titles
        into.offices |= gone.offices
        self._note_offices(into)
        self._holders.pop(id(gone), None)
        into.subjects |= gone.subjects
        into.states |= gone.states
        into.heads |= gone.heads
        into.role_nouns |= gone.role_nouns
        for noun in gone.role_nouns:
            self._by_office_word.setdefault(noun, {})[id(into)] = into
        into.gender = into.gender or gone.gender
        into.guessed_gender = into.guessed_gender or gone.guessed_gender
        gone.actor.mentions.clear()
        gone.elsewhere_mentions = gone.title_mentions = gone.naming_mentions = 0
        gone.coordinated.clear()
        self.actors = [a for a in self.actors if a is not gone.actor]
        self._records = {k: r for k, r in self._records.items() if r is not gone}
        for key, r in list(self._by_key.items()):
            if r is gone:
                self._by_key[key] = into
        for recs in self._by_word.values():
            if gone in recs:
                recs.remove(gone)
        self.recode(into)

    def keyed(self, key: tuple[str, ...]) -> Record | None:
        return self._by_key.get(key)

    def mention(self, rec: Record, start: int, end: int, kind: MentionKind) -> Mention:
        """Add (or find) the mention ``start:end`` of ``rec``'s actor.

        A mention inside or around one the actor already has at that place ("The
        Federal Network Agency" and "Federal Network Agency") is that mention.
        """
        ms = rec.actor.mentions
        # only a mention starting within the longest mention's length of ``start``, and no
        # later than ``end``, can be at, inside or around ``start:end``: bisect, do not scan
        lo = bisect.bisect_left(ms, (start - self._longest,), key=_span)
        hi = bisect.bisect_left(ms, (end + 1,), key=_span)
        near = ms[lo:hi]
        for m in near:
            if m.span == (start, end):
                return m
        for m in near:
            inside = m.span[0] <= start and end <= m.span[1]
            around = start <= m.span[0] and m.span[1] <= end
            if m.kind == kind and (inside or around):
                return m
        m = Mention(self.text[start:end], (start, end), kind)
        bisect.insort_right(ms, m, key=_span)
        if default_roles().elsewhere_words & {w.lower().strip(".,") for w in m.text.split()}:
            rec.elsewhere_mentions += 1
        if kind == "title":
            rec.title_mentions += 1
        if _naming(m, self.doc):
            rec.naming_mentions += 1
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.conjuncts:
            rec.coordinated.append(m)
        self._by_sentence.setdefault(self.sentence_of(start), []).append((rec, m))
        if kind == "organisation":
            full = tuple(name_key(m.text).split())
            for n in range(2, len(full)):
                self._by_tail.setdefault(full[-n:], {})[id(rec)] = rec
        bisect.insort(self._placed, (start, end, len(self._placed), rec, m), key=_placement)
        self._longest = max(self._longest, end - start)
        return m

    def overlapping(self, start: int, end: int) -> list[tuple[Record, Mention]]:
        """The mentions overlapping characters ``start:end``, in the order of
        :meth:`records` and then of each actor's mentions."""
        placed = self._placed
        lo = bisect.bisect_left(placed, (start - self._longest,), key=_placement)
        hi = bisect.bisect_left(placed, (end,), key=_placement)
        found = [
            (r, m) for s, e, _, r, m in placed[lo:hi] if s < end and start < e and self._live(r)
        ]
        found.sort(key=lambda rm: (rm[0].order, rm[1].span))
        return found

    def placed_before(self, char: int) -> Iterator[tuple[Record, Mention]]:
        """The mentions of actors still in the article that start before ``char``, the
        nearest first (by start, then end, then the order they were added, all descending)."""
        placed = self._placed
        for k in range(bisect.bisect_left(placed, (char,), key=_placement) - 1, -1, -1):
            _, _, _, r, m = placed[k]
            if self._live(r):
                yield r, m

    def placed_from(self, char: int, until: int) -> Iterator[tuple[Record, Mention]]:
        """The mentions of actors still in the article that start in ``char:until``, in order."""
        placed = self._placed
        for k in range(bisect.bisect_left(placed, (char,), key=_placement), len(placed)):
            s, _, _, r, m = placed[k]
            if s >= until:
                break
            if self._live(r):
                yield r, m

    def _live(self, rec: Record) -> bool:
        """Is ``rec`` still an actor of the article (not merged into another)? The mentions of a
        live record are exactly those added for it, so a placed mention of one needs no check."""
        return self._records.get(rec.actor.id) is rec

    def in_sentence(self, n: int) -> list[tuple[Record, Mention]]:
        """The mentions in sentence ``n`` (of actors still in the article)."""
        return [(r, m) for r, m in self._by_sentence.get(n, ()) if self._live(r)]

    def is_subject(self, m: Mention) -> bool:
        """Is the mention the subject of its clause (its head a nominal subject)?"""
        found = self._subject.get(m.span)
        if found is None:
            span = self.doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            found = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
            self._subject[m.span] = found
        return found

    def party(self, rec: Record, m: Mention) -> Party:
        return Party(actor=rec.actor.id, name=rec.actor.name, mention=m)

    def index_words(self, rec: Record, words: Iterable[str]) -> None:
        """Let later mentions of these name words find ``rec``."""
        new = frozenset(w for w in words if len(w) > 1)
        for w in new - rec.words:
            self._by_word.setdefault(w, []).append(rec)
        rec.words = rec.words | new

    def with_word(self, word: str) -> list[Record]:
        return self._by_word.get(word, [])

    def alias(self, text: str, rec: Record) -> None:
        """An acronym or long form that names ``rec`` from now on."""
        self._aliases.setdefault(_alias_key(text), rec)

    def aliased(self, text: str) -> Record | None:
        return self._aliases.get(_alias_key(text))

    def body_names(self) -> frozenset[str]:
        """The words (lower case) the article writes capitalised inside a sentence of its body,
        headline lines left out; made when first asked for."""
        if self._body_names is None:
            found: set[str] = set()
            for sent in self.doc.sents:
                if not is_headline(sent[0]):
                    found.update(t.lower_ for t in sent[1:] if t.text[:1].isupper())
            self._body_names = frozenset(found)
        return self._body_names

    def us_state_here(self, text: str, place: Place, root: Token) -> bool:
        """Is a name of both a country and a US state ("Georgia") the state in this article?

        A name means one thing throughout a text, and the places named beside it say which: an
        article that names another US state (one that is no country) and nothing else of the
        country (no capital, demonym or metonym of it) is about the state. A US state is where
        something happens, not who acts. Joined to a country in a list ("Cyprus, Georgia,
        India"), the name is one of the countries: conjuncts are of one kind."""
        d = self.dictionary
        if place.how != "country" or d.state(text) is None:
            return False
        for other in root.conjuncts:
            found = d.place(other.text, other.ent_type_)
            if found is not None and found.how == "country" and d.state(other.text) is None:
                return False
        if self._other_states is None:
            states: set[str] = set()
            for ent in self.doc.ents:
                if ent.label_ != "GPE":
                    continue
                state = d.state(ent.text)
                if state is not None and d.place(ent.text, ent.label_) is None:
                    states.add(state.country_name)
            self._other_states = frozenset(states)
        if not self._other_states:
            return False
        for ent in self.doc.ents:
            other = d.place(ent.text, ent.label_)
            if other is not None and other.iso3 == place.iso3 and other.how != "country":
                return False  # "Tbilisi", "Georgian": the country is meant
        return True

    def holders(self) -> int:
        """How many actors of the article hold an office (at most: merged ones may count)."""
        return len(self._holders)

    def holding(self, office: str, *, last_word: bool = False) -> list[Record]:
        """The actors holding ``office`` (a role key such as "foreign minister"), or with
        ``last_word`` an office ending in that word ("minister"), in records order."""
        by = self._by_office_word if last_word else self._by_office
        found = [r for r in by.get(office, {}).values() if self._live(r)]
        found.sort(key=lambda r: r.order)
        return found

    def _note_offices(self, rec: Record) -> None:
        """Index ``rec`` under each of its offices and their last words (offices only grow)."""
        if not rec.offices:
            return
        self._holders[id(rec)] = rec
        for office in rec.offices:
            self._by_office.setdefault(office, {})[id(rec)] = rec
            self._by_office_word.setdefault(office.rsplit(" ", 1)[-1], {})[id(rec)] = rec

    def add_title(self, rec: Record, title: Title) -> None:
        """Evidence from the words at one mention; the actor is coded again."""
        if title.role is not None:
            rec.offices.add(title.role.key)
            self._note_offices(rec)
            # the noun the text used ("campaign spokeswoman" of a campaign official): a later
            # "the spokeswoman" looks for its antecedent among those so called too
            noun = title.role.phrase.rsplit(" ", 1)[-1]
            rec.role_nouns.add(noun)
            self._by_office_word.setdefault(noun, {})[id(rec)] = rec
            if title.role.subject:
                rec.subjects.add(title.role.subject)
        if title.gender and not rec.gender:
            rec.gender = title.gender
        if title.state:
            rec.states.add(title.state.lower())
        if title.head:
            rec.heads.add(title.head)
        if title.says_something:
            rec.titles.append(title)
        self.recode(rec)

    def recode(self, rec: Record) -> None:
        """Decide ``rec``'s codes from its evidence (see :mod:`communique.actors.coding`)."""
        a = rec.actor
        if rec.fixed is not None:
            code = rec.fixed
        else:
            if a.kind == "person":
                self._look_up(rec)
            code = coding.decide(rec.titles, rec.entry, rec.entry_how, self.day)
            if code.basis is None or code.country is None:
                code = coding.story_default(
                    code,
                    rec.titles,
                    self.story,
                    described_only=self.described_only(rec),
                    titled_unknown=_titled_unknown(rec, self.dictionary, self.story),
                    local_sectors=self.local_sectors(rec),
                )
            if code.country is None and self.described_only(rec):
                # only a mention whose head has conjuncts can have partners (see mention())
                partners = {c for m in rec.coordinated for c in self._coordinated_states(m)}
                if len(partners) == 1:
                    code = coding.side_default(
                        code, rec.titles, partners.pop(), self.local_sectors(rec)
                    )
        a.country, a.sector, a.reason, a.basis = code.country, code.sector, code.reason, code.basis
        a.office, a.identifier = code.office, code.identifier
        entry = rec.entry
        if entry is not None:
            if entry.gender and not rec.gender:
                rec.gender = entry.gender
            standing = entry.standing(self.day)
            if standing.office:
                known = default_roles().office(standing.office)
                rec.offices.add(known.name if known is not None else standing.office)
                self._note_offices(rec)
            if standing.state:
                place = self.dictionary.countries.postal(standing.state)
                if place is not None:
                    rec.states.add(place.country_name.lower())

    def _coordinated_states(self, mention: Mention) -> set[str]:
        """The countries of the state bodies coordinated with ``mention``'s words ("the
        Philippine government and communist rebels"). Not a country's name: one beside a
        country is often no side of its politics but another party or thing ("support for
        Israel and opposition to the deal", "Turkey and refugee communities in Turkey")."""
        span = self.doc.char_span(*mention.span, alignment_mode="expand")
        if span is None:
            return set()
        found: set[str] = set()
        for tok in span.root.conjuncts:
            other = self.actor_for(tok)
            if other is None or other.country is None:
                continue
            if other.kind != "country" and other.sector in STATE_SECTORS:
                found.add(other.country)
        return found

    def described_only(self, rec: Record) -> bool:
        """Is ``rec`` referred to by descriptions only (see :func:`_naming`)?"""
        return (
            rec.actor.kind in ("person", "group", "organisation")
            and bool(rec.actor.mentions)
            and rec.naming_mentions == 0  # counted as each mention is added
        )

    def local_sectors(self, rec: Record) -> frozenset[str]:
        """The sectors whose described parties a one-country story makes its own
        (``local_sectors`` of ``titles.yaml``), or none when a word of a mention says the
        party is from elsewhere ("foreign journalists", "exiled opposition leaders")."""
        if rec.elsewhere_mentions:  # counted as each mention is added
            return frozenset()
        return default_roles().local_sectors

    def _look_up(self, rec: Record) -> None:
        """The dictionary entry of a person: by the fullest name, else by title and surname."""
        name = rec.actor.name
        if len(name.split()) >= 2 and name != rec.looked_up:
            rec.looked_up = name
            entry = self.dictionary.lookup(name, self.day)
            if entry is not None and entry.kind == "person":
                rec.entry, rec.entry_how = entry, "name"
                return
        if rec.entry is None and rec.office_titles:
            checked_name, checked = rec.office_checked
            for hit, surname in rec.office_titles[checked if checked_name == name else 0 :]:
                entry = self.dictionary.office_holder(surname, hit, self.day)
                if entry is not None and given_name_agrees(name, entry):
                    rec.entry, rec.entry_how = entry, "office"
                    return
            rec.office_checked = (name, len(rec.office_titles))

    def author(self, start: int, end: int) -> Party:
        """ "I" or "we" outside any quotation: the writer of the article (one actor)."""
        if self._author is None:
            self._author = self.new(AUTHOR_NAME, "person")
            self._author.fixed = coding.Code(
                reason="first person outside quotations: the article's writer"
            )
            self.recode(self._author)
        rec = self._author
        return self.party(rec, self.mention(rec, start, end, "pronoun"))

    def sentence_of(self, char: int) -> int:
        return bisect.bisect_right(self._sentence_starts(), char) - 1

    def sentence_start(self, n: int) -> int:
        """The first character of sentence ``n`` (0 before the first, the text's length after
        the last)."""
        starts = self._sentence_starts()
        if n < 0:
            return 0
        return starts[n] if n < len(starts) else len(self.text)

    def _sentence_starts(self) -> list[int]:
        if self._sent_starts is None:
            self._sent_starts = [self.doc[i].idx for i in sentence_starts(self.doc)]
        return self._sent_starts

    def renumber(self) -> None:
        """Ids in order of first mention: a name seen late may surface earlier in the text."""
        by_actor = {id(r.actor): r for r in self._records.values()}
        self.actors = sorted(
            (a for a in self.actors if a.mentions), key=lambda a: a.mentions[0].span
        )
        self._records = {}
        for n, a in enumerate(self.actors, start=1):
            a.id = f"A{n}"
            rec = by_actor[id(a)]
            rec.order = n
            self._records[a.id] = rec


#: The actor that first-person pronouns outside quotations refer to.
AUTHOR_NAME = "the author"


#: How many mentions before a place :meth:`ActorIndex.actor_at` looks back over.
LOOK_BACK = 63


#: The sort key of an actor's mention: its character span. The key functions are read
#: for every step of every bisection of the mentions (about 170,000 calls over PolNeAR dev):
#: the operator module's getters answer in C.
_span = operator.attrgetter("span")

#: The sort key of a placed mention: its start, then end, then when it was added.
_placement = operator.itemgetter(0, 1, 2)


def given_name_agrees(name: str, entry: Entry) -> bool:
    """Can a person the text calls ``name`` be the office holder ``entry``? Not when the text
    gives a first name that none of the entry's names has and that starts with another letter
    ("Heidi Cruz" is not Senator Ted Cruz; "Bernie Sanders" may be "Bernard Sanders")."""
    words = person_words(name)
    if len(words) < 2:
        return True
    given = words[0]
    names = [person_words(n) for n in (entry.name, *entry.names)]
    if any(given in ws for ws in names):
        return True
    return any(ws and ws[0][:1] == given[:1] for ws in names)


def _titled_unknown(rec: Record, d: ActorDictionary, story: str | None) -> bool:
    """Is the actor a person the text names with an office as title ("President X") and whose
    name no dictionary holds, not even as a surname of someone of the story's country? A name
    the dictionaries know only for other countries ("President Bush" in a story about Iraq)
    is coded from them or not at all; a surname that people of the story's own country bear
    too ("President Keita" in a story about Mali, where the dictionaries know other Keitas)
    is no evidence against the story's country."""
    a = rec.actor
    return (
        a.kind == "person"
        and rec.entry is None
        and bool(rec.words)
        and rec.title_mentions > 0  # counted as each mention is added
        and all(
            not d.is_surname(w) or (story is not None and story in d.surname_countries(w))
            for w in rec.words
        )
    )


def _naming(mention: Mention, doc: Doc) -> bool:
    """Does ``mention`` name its actor, so that the actor is not referred to by descriptions
    only? Descriptions of an office ("the interior minister") or of the state body the actor
    is ("the army", "the government": a definite description of a body with no country
    names the body of the country the story is about, as a bare office names its holder
    there) do not, and neither do pronouns. A capital on the last word of a description
    marks a name ("the Taliban"), except on a single common noun that opens its sentence
    ("Gunmen kidnapped ...")."""
    if mention.kind == "pronoun":
        return False
    words = mention.text.split()
    if mention.kind != "description" or not words:
        return True
    return words[-1][:1].isupper() and not _opens_sentence_as_noun(mention, doc)


def _opens_sentence_as_noun(mention: Mention, doc: Doc) -> bool:
    """Is ``mention`` one common noun, capitalised because it opens its sentence?"""
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    return (
        span is not None
        and len(span) == 1
        and span[0].is_sent_start is True
        and span[0].tag_ in ("NN", "NNS")
    )


def _alias_key(text: str) -> str:
    return " ".join(text.replace(".", "").split()).lower().removeprefix("the ")


def _char_span(span: object) -> tuple[int, int] | None:
    start, end = getattr(span, "start_char", None), getattr(span, "end_char", None)
    if isinstance(start, int) and isinstance(end, int):
        return (start, end)
    return None


def _short(span: object) -> str:
    text = str(getattr(span, "text", ""))
    return text if len(text) <= 60 else text[:57] + "..."
