"""Role nouns and offices: what a title says about the person who holds it.

Two sources, read once per process: ``data/agents.tsv`` (PETRARCH2's agent
nouns, "troops" -> MIL, plus a few of ours) and ``data/titles.yaml`` (offices
with the names news use for them, abbreviations, ministries by subject,
gendered role nouns). :meth:`Roles.find` reads the longest role phrase in a
list of words; two hits name the same office when their :attr:`RoleHit.office`
keys are equal ("foreign secretary" and "top diplomat" are both the
``foreign minister``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from communique.actors.dictionary import STATE_SECTORS, bundled_text
from communique.answers import Answers
from communique.yaml_data import load_yaml

#: Longest role phrase looked for, in words.
MAX_ROLE_WORDS = 7

#: The shortest first part of a closed compound read by its last part ("stepchild").
COMPOUND_FIRST_LETTERS = 3


@dataclass(frozen=True, slots=True)
class Office:
    """An office or role: its name, PLOVER sector (None: takes the body's) and kind.

    ``generic`` offices ("official", "lawmaker") can stand for any office of
    their sector in a later description.
    """

    name: str
    sector: str | None
    generic: bool = False
    country: str | None = None  # a non-state code some agent nouns carry ("truce monitor": IGO)
    #: the office leads a state or its government ("president", "prime minister", "king"):
    #: no one holding a ministry's portfolio holds it
    leads: bool = False


@dataclass(frozen=True, slots=True)
class RoleHit:
    """A role phrase found in a title: which words, which office, and what the title adds."""

    phrase: str
    office: Office
    start: int  # index of the first word of the phrase in the words searched
    end: int
    rank: str | None = None  # "deputy", "vice", ...: part of the office held
    former: bool = False
    gender: str | None = None
    subject: str | None = None  # the ministry's subject ("economy"), also of "economic official"

    @property
    def key(self) -> str:
        """The office as compared between mentions ("deputy foreign minister" is another office)."""
        return f"{self.rank} {self.office.name}" if self.rank else self.office.name

    @property
    def sector(self) -> str | None:
        """The holder's sector now: ELI for a former state official, else the office's.

        PLOVER's ELI is former government officials: a former editor is still media (JRN), a
        former candidate still of the party (PTY)."""
        if self.former and self.office.sector in STATE_SECTORS:
            return "ELI"
        return self.office.sector


class Roles:
    """Role phrases by their words; :meth:`find` is a few dict lookups per title."""

    def __init__(self, agents: dict[str, Office], titles: dict[str, Any]) -> None:
        self.abbreviations: dict[str, list[str]] = {
            k: v.split() for k, v in (titles.get("abbreviations") or {}).items()
        }
        former = {w.lower() for w in titles.get("former", [])}
        # "former prime minister" is the prime minister's office, held before (ELI)
        phrases = {p: o for p, o in agents.items() if p.split(" ", 1)[0] not in former}
        # ministries by subject name their office whatever the agent list calls them ...
        heads = [h.lower() for h in titles.get("minister_heads", [])]
        for subject, words in (titles.get("subjects") or {}).items():
            office = Office(f"{subject} minister", "GOV")
            for w in words:
                w = w.lower()
                for h in heads:
                    for form in (f"{w} {h}", f"{h} of {w}", f"{h} for {w}", f"{h} of the {w}"):
                        phrases[form] = office
        # ... and the offices of the titles file win over both, in the singular and plural
        own: dict[str, Office] = {}
        for name, spec in (titles.get("offices") or {}).items():
            office = Office(
                name,
                spec.get("sector") or None,
                bool(spec.get("generic")),
                leads=bool(spec.get("leads")),
            )
            for phrase in spec.get("names", []):
                own[" ".join(phrase.lower().replace("-", " ").split())] = office
        for phrase, office in list(own.items()):
            words = phrase.split()
            own.setdefault(" ".join([*words[:-1], plural(words[-1])]), office)
        phrases.update(own)
        self.phrases = phrases
        self._of_ends: dict[tuple[str, Office], frozenset[str]] = {}
        self.heads = frozenset(p.rsplit(" ", 1)[-1] for p in phrases)
        gendered = titles.get("gendered") or {}
        self.gender_words: dict[str, str] = {}
        for g in ("f", "m"):
            for w in gendered.get(g, []):
                self.gender_words[w.lower()] = g
        heads = titles.get("gendered_heads") or {}
        #: compound heads of a lexical gender, longest first ("woman" before "man")
        self.gendered_heads: list[tuple[str, str]] = sorted(
            ((w.lower(), g) for g in ("f", "m") for w in heads.get(g, [])),
            key=lambda x: -len(x[0]),
        )
        self.not_gendered_compounds = frozenset(
            w.lower() for w in titles.get("not_gendered_compounds", [])
        )
        self.former_words = frozenset(w.lower() for w in titles.get("former", []))
        self.rank_words = frozenset(w.lower() for w in titles.get("rank", []))
        self.filler = frozenset(w.lower() for w in titles.get("filler", []))
        self.minister_heads = frozenset(h.lower() for h in titles.get("minister_heads", []))
        self.portfolio_words = frozenset(w.lower() for w in titles.get("portfolio_words", []))
        subjects = titles.get("subjects") or {}
        #: single words that name a ministry's subject ("economic" -> economy)
        self.subject_names = frozenset(subjects)
        self.subject_words = {
            w.lower(): subject for subject, ws in subjects.items() for w in ws if " " not in w
        }
        #: head nouns of organisation descriptions, with the sector of a state's body
        self.bodies: dict[str, str | None] = {
            k.lower(): (v or None) for k, v in (titles.get("bodies") or {}).items()
        }
        #: non-state codes that name a kind of body, with the sector of the nouns that describe it
        self.code_bodies: dict[str, str] = dict(titles.get("code_bodies") or {})
        self.collectives = frozenset(w.lower() for w in titles.get("collectives", []))
        #: nouns of bodies other than a party that end a name begun by a party word
        self.other_party_nouns = frozenset(titles.get("other_party_nouns", []))
        #: plural numeral nouns that count people doing an act (``crowd_counts``)
        self.crowd_counts = frozenset(w.lower() for w in titles.get("crowd_counts", []))
        states = titles.get("state_bodies") or {}
        #: nouns of a body of states, and the words that say its members are states
        #: (``state_bodies`` of titles.yaml)
        self.state_body_nouns = frozenset(w.lower() for w in states.get("nouns", []))
        self.state_member_nouns = frozenset(w.lower() for w in states.get("member_nouns", []))
        self.regional_body_nouns = frozenset(w.lower() for w in states.get("regional_nouns", []))
        self.body_regions = frozenset(w.lower() for w in states.get("regions", []))
        self.documents = frozenset(w.lower() for w in titles.get("documents", []))
        self.media_ends = frozenset(w.lower() for w in titles.get("media_name_ends", []))
        self.outlet_short_names = frozenset(w.lower() for w in titles.get("outlet_short_names", []))
        self.website_ends = tuple(w.lower() for w in titles.get("website_ends", []))
        self.owned_media = frozenset(w.lower() for w in titles.get("owned_media", []))
        self.audiences = frozenset(w.lower() for w in titles.get("audiences", []))
        #: countries whose people's names are written family name first ("Wang Yi")
        self.family_name_first = frozenset(titles.get("family_name_first", []))
        #: short words a name in title case writes in lower case inside it ("Bureau of")
        self.minor_words = frozenset(w.lower() for w in titles.get("minor_words", []))
        #: sectors of parties that a story about one country makes that country's when described
        #: with no country ("rebels"), and the words that say a party is from elsewhere
        self.local_sectors = frozenset(titles.get("local_sectors", []))
        self.elsewhere_words = frozenset(w.lower() for w in titles.get("elsewhere_words", []))
        self.position_words = frozenset(w.lower() for w in titles.get("position_words", []))
        #: sectors whose people "in" a city are its country's ("Police officers in Lagos")
        self.resident_sectors = frozenset(titles.get("resident_sectors", []))
        #: participles after a hyphen that make the place before them a backer ("US-backed")
        self.backer_participles = frozenset(w.lower() for w in titles.get("backer_participles", []))
        #: participles after a noun whose "in" phrase names the body's seat ("based in Beirut")
        self.seat_participles = frozenset(w.lower() for w in titles.get("seat_participles", []))
        self.quantifiers = frozenset(w.lower() for w in titles.get("quantifiers", []))
        #: determiners of a new actor ("a minister") and of one told before ("the minister")
        self.indefinite = frozenset(w.lower() for w in titles.get("indefinite_determiners", []))
        self.definite = frozenset(w.lower() for w in titles.get("definite_determiners", []))
        #: the articles ("a", "an", "the") and the relative pronouns ("who", "which", "that")
        self.articles = frozenset(w.lower() for w in titles.get("articles", []))
        self.relative = frozenset(w.lower() for w in titles.get("relative_pronouns", []))
        #: personal pronouns by what they stand for: male, female, plural, neuter, self, second
        self.pronouns: dict[str, frozenset[str]] = {
            str(k): frozenset(str(w).lower() for w in v)
            for k, v in (titles.get("pronouns") or {}).items()
        }
        #: pronoun -> the gender it tells ("his": m, "her": f)
        self.gendered: dict[str, str] = {
            **{w: "m" for w in titles.get("pronouns", {}).get("male", [])},
            **{w: "f" for w in titles.get("pronouns", {}).get("female", [])},
        }
        #: verbs whose "as" object is a role held ("served as"), verbs whose object is a body
        #: led ("helmed the DNC")
        self.serve_as = frozenset(w.lower() for w in titles.get("serve_as", []))
        self.lead_verbs = frozenset(w.lower() for w in titles.get("lead_verbs", []))
        #: word -> how many a plural description counts ("the two ministers", "both firms")
        self.counting: dict[str, int] = {
            str(w).lower(): int(n) for w, n in (titles.get("counting_words") or {}).items()
        }
        #: verbs whose organisation subject is a news outlet ("reported El Tiempo"), nouns of
        #: what a person gives an outlet ("a statement to Vox"), offices held in a US state's
        #: name ("Georgia Sen. X")
        self.reporting_verbs = frozenset(w.lower() for w in titles.get("reporting_verbs", []))
        self.statement_nouns = frozenset(w.lower() for w in titles.get("statement_nouns", []))
        self.state_offices = frozenset(w.lower() for w in titles.get("state_offices", []))
        #: words of offices only a sovereign state has ("minister", "ambassador"): beside them a
        #: name both a US state and a country bear is the country
        self.sovereign_words = frozenset(w.lower() for w in titles.get("sovereign_words", []))
        #: role nouns whose "to" phrase names the one served ("an aide to the president")
        self.serving_to = frozenset(w.lower() for w in titles.get("serving_to", []))
        #: offices whose holder is sent "to" a place or body ("the ambassador to Mali")
        self.sent_to = frozenset(w.lower() for w in titles.get("sent_to", []))
        #: prepositions whose proper-named object is the organisation a role works for ("the
        #: campaign director at Rootstrikers")
        self.employer_preps = frozenset(w.lower() for w in titles.get("employer_preps", []))
        #: prepositions whose person object is the superior a role is held under ("a
        #: director under President Bush")
        self.superior_preps = frozenset(w.lower() for w in titles.get("superior_preps", []))
        #: prepositions naming where one comes from ("an aide from Nashua")
        self.origin_preps = frozenset(w.lower() for w in titles.get("origin_preps", []))
        #: possessive pronouns that can stand for a state or a body ("its forces")
        self.state_possessives = frozenset(w.lower() for w in titles.get("state_possessives", []))
        self.company_ends = frozenset(w.lower() for w in titles.get("company_name_ends", []))
        self.product_nouns = frozenset(w.lower() for w in titles.get("product_nouns", []))
        self.headline_verbs = frozenset(w.lower() for w in titles.get("headline_verbs", []))
        self.not_names = frozenset(w.lower() for w in titles.get("not_names", []))
        self.place_nouns = frozenset(w.lower() for w in titles.get("place_nouns", []))
        #: agent nouns a closed compound can end in ("schoolchildren": children)
        self.compound_heads = frozenset(
            w.lower() for w in titles.get("compound_heads", []) if w.lower() in phrases
        )
        self._longest_compound_head = max(map(len, self.compound_heads), default=0)
        #: What :meth:`compound_head` answered, by word
        self._compounds: Answers[str, str | None] = Answers()
        #: What :meth:`find` answered, by words
        self._found: Answers[tuple[str, ...], RoleHit | None] = Answers()

    def names_served(self, head: str, prep: str) -> bool:
        """Does a preposition after a role noun name whom the role serves or works for ("the
        spokesman for X", "an aide to X", "a director under X"), rather than someone it is
        compared with ("people like X") or where it goes ("the envoy to X")?"""
        prep = prep.lower()
        return (
            prep in self.employer_preps
            or prep in self.superior_preps
            or (prep == "to" and head.lower() in self.serving_to)
        )

    def compound_head(self, word: str) -> str | None:
        """The agent noun a closed compound ends in, when ``word`` is no role noun itself:
        "schoolchildren" -> "children", "grandmothers" -> "mothers", "dockworkers" -> "workers".

        English compounds are right-headed (a grammar fact: a schoolchild is a child), so the
        compound names what its last part names. Only the nouns of ``compound_heads`` in
        titles.yaml are read this way: the last letters of most words are no noun of theirs
        ("alternative" is no native, "warhead" no head).
        """
        return self._compounds.ask(word, self._compound_head)

    def _compound_head(self, word: str) -> str | None:
        if word in self.heads or not word.isalpha():
            return None
        low = max(COMPOUND_FIRST_LETTERS, len(word) - self._longest_compound_head)
        tails = (word[cut:] for cut in range(low, len(word)))
        return next((t for t in tails if t in self.compound_heads), None)

    def expand(self, words: list[str]) -> list[str]:
        """Words with title abbreviations written out: ["sen"] -> ["senator"]."""
        out: list[str] = []
        i = 0
        while i < len(words):
            two = " ".join(words[i : i + 2])
            if i + 1 < len(words) and two in self.abbreviations:
                out.extend(self.abbreviations[two])
                i += 2
                continue
            out.extend(self.abbreviations.get(words[i], [words[i]]))
            i += 1
        return out

    def find(self, words: list[str]) -> RoleHit | None:
        """The longest role phrase in ``words`` (lower case, abbreviations expanded).

        On a tie the rightmost wins: the head of an English noun phrase is its
        last word ("deputy foreign minister", "Senate Majority Leader"). A closed compound
        ending in one of the agent nouns of ``compound_heads`` is read as that noun
        (:meth:`compound_head`).

        Remembered per words (the tables do not change once built, and a hit is frozen): the
        title rules read one description's words for several questions, and an article names
        the same offices again and again.
        """
        return self._found.ask(tuple(words), self._find)

    def _find(self, key: tuple[str, ...]) -> RoleHit | None:
        words = [self.compound_head(w) or w for w in key]
        n = len(words)
        # A phrase can only be a role phrase when it ends in a role phrase's last word:
        # the phrases ending anywhere else are never built (most words of a title are not
        # the end of any role phrase, and each joined phrase is a new string).
        ends = [j for j in range(n - 1, -1, -1) if words[j].rsplit(" ", 1)[-1] in self.heads]
        for size in range(min(n, MAX_ROLE_WORDS), 0, -1):
            for end in ends:  # rightmost first
                i = end - size + 1
                if i < 0:
                    break  # the ends further left leave no room for this many words
                phrase = " ".join(words[i : i + size])
                office = self.phrases.get(phrase)
                if office is None:
                    continue
                before = words[:i]
                rank = next((w for w in reversed(before) if w in self.rank_words), None)
                former = any(w in self.former_words for w in before)
                subject = None
                if office.name.endswith(" minister"):
                    subject = office.name.removesuffix(" minister")
                    if subject not in self.subject_names:
                        subject = None
                if subject is None:
                    said = [self.subject_words.get(w) for w in words[: i + size]]
                    subject = next((x for x in said if x), None)
                gender = self.gender(words)
                return RoleHit(phrase, office, i, i + size, rank, former, gender, subject)
        return None

    def gender(self, words: list[str]) -> str | None:
        """The gender a role noun or honorific among ``words`` marks, if any."""
        for w in words:
            g = self.gender_words.get(w)
            if g is not None:
                return g
        return None

    def noun_gender(self, word: str) -> str | None:
        """The gender a singular common noun (lower case) names: listed in ``gendered``
        ("queen", "chairman"), else a compound whose head is a gendered noun ("policewoman",
        "gunman"; ``gendered_heads`` of titles.yaml), not one only ending in its letters."""
        listed = self.gender_words.get(word)
        if listed is not None or word in self.not_gendered_compounds:
            return listed
        for head, g in self.gendered_heads:
            if word.endswith(head) and len(word) > len(head):
                return g
        return None

    def gendered_compound(self, word: str) -> bool:
        """Is ``word`` a compound of a gendered head ("policewoman"): a noun of one person."""
        return word not in self.not_gendered_compounds and any(
            word.endswith(h) and len(word) > len(h) for h, _ in self.gendered_heads
        )

    def office(self, phrase: str) -> Office | None:
        """The office a whole phrase names ("foreign secretary"), or None."""
        return self.phrases.get(" ".join(phrase.lower().replace("-", " ").split()))

    def of_phrase_ends(self, phrase: str, office: Office) -> frozenset[str]:
        """The last words of the longer names of ``office`` that are ``phrase`` with "of"
        ("republic" of "president of the republic" for "president"). Read once per phrase
        and office: finding them walks every role phrase of the tables."""
        key = (phrase, office)
        found = self._of_ends.get(key)
        if found is None:
            found = frozenset(
                p.rsplit(" ", 1)[-1]
                for p, other in self.phrases.items()
                if other == office and p.startswith(f"{phrase} of ")
            )
            self._of_ends[key] = found
        return found


def plural(word: str) -> str:
    """The regular English plural of a role noun: ministers, secretaries, spokesmen."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def _agents() -> dict[str, Office]:
    out: dict[str, Office] = {}
    for line in bundled_text("agents.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        phrase, sector, country, _src = line.split("\t")
        out[phrase.replace("-", " ")] = Office(phrase, sector or None, False, country or None)
    return out


@lru_cache(maxsize=1)
def default_roles() -> Roles:
    """The bundled role lexicon, built once per process."""
    return Roles(_agents(), load_yaml(bundled_text("titles.yaml")))


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str | None]:
    """Agent noun (as written in ``agents.tsv``, hyphens as spaces) -> its PLOVER sector: for
    readers outside the actor layer that need to know which nouns name armed bodies."""
    return {phrase: office.sector for phrase, office in _agents().items()}
