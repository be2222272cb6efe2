"""Build the event lexicon and the CAMEO code table from their published sources.

Reads PETRARCH2's CAMEO verb-pattern dictionaries (``CAMEO.2.0.txt``, with the
verbs that only ``CAMEO.verbpatterns.150430.txt`` has), ``Phoenix.discards.txt``,
the CAMEO→PLOVER conversion table and the Goldstein weights, and writes two
files the installed package reads:

* ``src/communique/data/event_lexicon.tsv.gz``: one row per verb pattern, verb
  default or event noun, each with the CAMEO code it gives and its provenance
  (file and line), and one per verb block with the code its header gives;
* ``src/communique/data/cameo_codes.tsv``: every CAMEO code that a lexicon row
  can give, with its PLOVER type, mode and context, Goldstein weight and quad
  class, and where each came from.

The dictionary format is described in the header of the dictionaries and in
PETRARCH2's ``dictionaries.rst``: a verb block ``--- NAME [code] ---`` lists
synonymous verbs (``+`` marks the verb word of a multi-word verb, ``{...}``
irregular forms, ``[code]`` a verb's own code) and patterns
``- [subject words] * [object words] (PREP words) [code] # comment``, in which
``&NAME`` is a synonym set, ``{A B}`` a phrase whose last word is its head and
``$ + ^ %`` mark actor slots that the dependency parse supplies here.

The older dictionary's patterns are written in TABARI's syntax; those that translate into
CAMEO.2.0's slots without guessing are carried (:func:`older_patterns`). Precedence: a
CAMEO.2.0.txt pattern for the same verb and the same slots wins over an older one, whatever
either's code, and the older one is left out; each verb's CAMEO.2.0 blocks come before its
older ones, so the coder also reads CAMEO.2.0's first on equal specificity. A null code
``[---]`` is a no-event row in both; a synonym set is read as CAMEO.2.0.txt defines it, and an
older pattern naming a set only the older file defines is left out.

Event nouns are read off the same patterns: a noun that is the object of a
pattern under a verb whose own code is null (``stage * ATTACK [190]``, ``hold *
TALKS [040]``: the verb only carries the act the noun names) is an event noun
with the code most of those patterns give it.

Run ``python scripts/build_event_lexicon.py --shared ../shared`` to rebuild, or
with ``--check`` to verify that the shipped files are current.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "communique" / "data"
OUT_LEXICON = DATA / "event_lexicon.tsv.gz"
OUT_CODES = DATA / "cameo_codes.tsv"

#: English verb particles: a bare one of these after ``*`` is a particle ("pull * BACK").
PARTICLES = frozenset(
    {"up", "down", "out", "off", "back", "away", "over", "in", "on", "through", "aside", "forward",
     "around", "along", "apart", "together", "ahead", "behind", "about"}
)  # fmt: skip
#: Particles that open a parenthesised phrase as the verb's particle, not a preposition
#: ("(OFF SANCTIONS)", "(UP &MILITARY)", "(OUT OF)"); "in", "on", "over" open phrases.
PAREN_PARTICLES = frozenset({"out", "off", "up", "away", "back"})
#: Prepositions: a bare one after ``*`` without parentheses ("* WITH") asks for that preposition.
#: What a pattern's prepositional object is when the dictionary names an actor slot there
#: ("- * FROM + [0874]": withdraw from a country or body, not from a race): the
#: dictionaries' header reads ``$ + ^ %`` as actors, so the parse must offer a named party.
ACTOR_SLOT = "<actor>"
#: The actor-slot marks of the dictionary format.
SLOTS = frozenset({"$", "+", "^", "%"})
PREPOSITIONS = frozenset(
    {"with", "against", "to", "for", "from", "into", "at", "by", "of", "between", "among", "toward",
     "towards", "onto", "upon", "across", "near", "amid", "under", "without", "before", "after",
     "during", "since", "within", "beyond", "alongside", "outside", "inside"}
)  # fmt: skip

#: Verbs of the supplementary dictionary left out, and why: their subject undergoes the act
#: ("troops suffered heavy losses"), so the coder would make the victim the actor.
EXCLUDED_VERBS = {"suffer": "the subject is the one harmed", "injured": "an inflected form"}

#: CAMEO2PLOVER-2021 spells a few modes as earlier drafts did; their manual names
#: (the same reading as scripts/build_plover_tables.py).
MODE_ALIASES = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("COERCE", "ban"): "restrict",
    ("THREATEN", "ban"): "restrict",
}
#: Rows whose mode column predates the manual's modes while their description names one.
CODE_MODES = {"195": "aerial", "1712": "destroy"}
#: Codes the translation table leaves out (it lists their root only) whose own mode the
#: manual names: code → (mode, context, description, the manual's words). CAMEO.2.0.txt
#: codes hacking into a computer, a network or a website 176; the manual's COERCE mode
#: cyber is "cyber attacks and crime, including hacking, security breaches, website
#: attacks", and it adds the cyber context by itself.
UNLISTED_MODES = {
    "176": (
        "cyber",
        "cyber",
        "Hack into a computer, a network or a website",
        "PLOVER manual, COERCE mode cyber: 'cyber attacks and crime, including hacking, "
        "security breaches, website attacks'",
    ),
}

#: CAMEO's root 02 (APPEAL) is "dropped" by the manual's translation table, yet its
#: REQUEST chapter covers "all requests, demands, and orders", and CAMEO built 02 and
#: 10 (DEMAND) in parallel (021 appeal for / 101 demand material cooperation ...).
#: We code an appeal as the REQUEST of its DEMAND twin, keeping the appeal's code and
#: Goldstein weight. Root 01 (statements) stays dropped.
APPEAL_TWINS = {"02": "10"}
#: CAMEO's root 01 (MAKE PUBLIC STATEMENT): no PLOVER event.
STATEMENT_ROOT = "01"
#: Codes the manual's category chapters place elsewhere than the translation table does:
#: code → (type, mode, the manual's words). CAMEO2PLOVER-2021 files 163 "Impose embargo,
#: boycott, or sanctions" under COERCE restrict, while the SANCTION chapter's mode table says
#: "International (political or economic) sanctions are coded as `discontinue'", and COERCE's
#: restrict is "restrictions on political freedoms or movement".
MANUAL_TYPES = {
    "163": (
        "SANCTION",
        "discontinue",
        "PLOVER manual, SANCTION mode discontinue: 'International (political or economic) "
        "sanctions are coded as discontinue'",
    ),
}


@dataclass
class Pattern:
    """One row of the lexicon: a verb of a block, a pattern of a block, an event noun or a
    discarded phrase, or a verb block's header. ``lemma`` is the verb or noun, or for a pattern
    and a block the block's id."""

    kind: str  # verb | pattern | noun | discard | block | complement | member
    lemma: str
    code: str
    source: str
    block: str = ""
    particle: str = ""
    subject: str = ""
    object: str = ""
    prep: str = ""
    prep_object: str = ""
    adverb: str = ""
    reverse: bool = False
    #: the verbs the pattern's comment says it was written for ("# WITHDRAW , WITHDRAW")
    origin: str = ""
    #: the synonym set the object slot names, if it names one (not written out)
    object_synset: str = ""

    def row(self) -> list[str]:
        return [
            self.kind,
            self.lemma,
            self.block,
            self.particle,
            self.subject,
            self.object,
            self.prep,
            self.prep_object,
            self.adverb,
            self.code,
            "1" if self.reverse else "",
            self.origin,
            self.source,
        ]


COLUMNS = [
    "kind",
    "lemma",
    "block",
    "particle",
    "subject",
    "object",
    "prep",
    "prep_object",
    "adverb",
    "code",
    "reverse",
    "origin",
    "source",
]


@dataclass
class Dictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)
    synset_lines: dict[str, int] = field(default_factory=dict)
    verbs: list[Pattern] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    #: each verb block's name by its ``file:line`` ("OBTAIN")
    block_names: dict[str, str] = field(default_factory=dict)
    #: each verb block's header, its code as written (``--- APPREHEND [171] ---``), by ``file:line``
    block_codes: dict[str, str] = field(default_factory=dict)


def _clean_word(word: str) -> str:
    return word.strip().strip("_").replace("_", " ").lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` followed by ``+WORD`` lines: the words, lower case, phrases spaced."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#")[0].rstrip()
        if text.startswith("&"):
            current = text[1:].strip().rstrip("_")
            sets[current] = []
        elif text.startswith("+") and current is not None:
            sets[current].append(_clean_word(text[1:]))
        elif "VERB PATTERNS" in line:
            break
    return sets


def _code(text: str) -> tuple[str, bool] | None:
    """``[190]`` → ("190", False); ``[042:043]`` → ("042", False); ``[:173]`` → ("173", True);
    ``[---]`` → ("---", False)."""
    m = re.search(r"\[([^\]]*)\]", text)
    if not m:
        return None
    first, _, second = m.group(1).strip().partition(":")
    first, second = first.strip(), second.strip()
    if first:
        return first, False
    if second:
        return second, True
    return None


_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s()]+")


def _phrase(token: str, synsets: dict[str, list[str]]) -> str:
    """A noun slot: a word, ``&SET`` (its words) or ``{A B}`` (a phrase); ``|`` between
    alternatives; "" when it names an actor slot only."""
    token = token.strip()
    if token.startswith("{"):
        words = [w for w in token.strip("{}").split() if w not in {"$", "+", "^", "%"}]
        out = [""]
        for word in words:
            alts = _alternatives(word, synsets)
            out = [f"{o} {a}".strip() for o in out for a in alts]
        return "|".join(o for o in out if o)
    return "|".join(_alternatives(token, synsets))


#: Nouns of a pattern that news also writes in a shorter form the dictionary lists beside
#: them as the same word: pattern noun → its other forms. CAMEO.2.0.txt:5483-5484 list PHONE
#: and TELEPHONE as one block's verbs. The dictionary spells the agent noun of "protest"
#: both ways, PROTESTOR (:8446, :8603, :8988, :9128) and PROTESTER (:1871, :7194, :8199),
#: and news does too: a pattern written with one spelling holds for the other ("- PROTESTOR
#: * [145] # STORM" is "protesters stormed the parliament").
SAME_WORDS = {
    "telephone": ("phone",),
    "protestor": ("protester",),
    "protestors": ("protesters",),
    "protester": ("protestor",),
    "protesters": ("protestors",),
}


def _alternatives(word: str, synsets: dict[str, list[str]]) -> list[str]:
    if word.startswith("&"):
        return list(synsets.get(word[1:].rstrip("_"), []))
    if word in {"$", "+", "^", "%"} or not re.search(r"[A-Za-z]", word):
        return []
    out = [_clean_word(w) for w in word.split("/")]
    return out + [v for w in out for v in SAME_WORDS.get(w, ()) if v not in out]


def _adverb(word: str, verbs: frozenset[str]) -> bool:
    """Is a pattern word an adverb ("STRONGLY", "ABRUPTLY")? An "-ly" word the dictionary
    itself lists as a verb ("RALLY", "SUPPLY", "ALLY") is that word, not an adverb."""
    return word.endswith("ly") and word.isalpha() and word not in verbs


def _plain(token: str) -> bool:
    """A pattern word that is neither an actor slot, a phrase in brackets nor a preposition."""
    return (
        token not in SLOTS
        and not token.startswith("(")
        and token.lower() not in PREPOSITIONS
        and token.lower() not in PARTICLES
    )


def _prepositional_phrases(tokens: list[str], verbs: frozenset[str]) -> list[str]:
    """A pattern's tokens with a bare preposition and the words right after it written as
    CAMEO.2.0's prepositional phrase ("FOR VIOLENCE" -> "(FOR VIOLENCE)", "FOR VIOLAT
    HUMANITARIAN LAW" -> "(FOR {VIOLAT HUMANITARIAN LAW})"). The dictionary writes most
    phrases in parentheses and some bare ("- * FOR VIOLENCE [1124] # BLAME", "- * FROM
    &DETENTION [0841] # RELEASE"); PETRARCH reads a word after a preposition as its object,
    not as a second object of the verb. "TO" before a word the dictionary lists as a verb is
    an infinitive marker ("- * TO ACT [124] # URGE", "- * + TO HEAD [060] # APPOINT"), no
    preposition, and is left as it is; so is a preposition before an actor slot ("- * WITH
    +"), which the slot reading handles."""
    out: list[str] = []
    n = 0
    while n < len(tokens):
        token = tokens[n]
        word = token.lower()
        after = n + 1
        while after < len(tokens) and _plain(tokens[after]):
            after += 1
        words = tokens[n + 1 : after]
        infinitive = word == "to" and bool(words) and words[0].lower().strip("_") in verbs
        if word not in PREPOSITIONS or not words or infinitive:
            out.append(token)
            n += 1
            continue
        phrase = words[0] if len(words) == 1 else "{" + " ".join(words) + "}"
        out.append(f"({token} {phrase})")
        n = after
    return out


def parse_pattern(
    block: str,
    line: str,
    where: str,
    synsets: dict[str, list[str]],
    verbs: frozenset[str] = frozenset(),
) -> Pattern | None:
    """One ``- ... * ... [code]`` line of the verb block ``block``; ``verbs`` are the words
    the dictionary lists as verbs."""
    body = line.split("#")[0]
    found = _code(body)
    if found is None or "*" not in body:
        return None
    code, reverse = found
    body = re.sub(r"\[[^\]]*\]", "", body).strip().lstrip("-").strip()
    pre, _, post = body.partition("*")
    if "*" in post:
        return None
    pattern = Pattern("pattern", block, code, where, reverse=reverse)
    comment = line.partition("#")[2].split("<")[0]
    origin = {w.lower() for w in re.findall(r"[A-Za-z_]+", comment) if len(w) > 2}
    pattern.origin = "|".join(sorted(origin))
    for token in _TOKEN.findall(pre):
        word = token.lower()
        if _adverb(word, verbs):
            pattern.adverb = word
        elif not pattern.subject and not token.startswith("("):
            pattern.subject = _phrase(token, synsets)
    tokens = _prepositional_phrases(_TOKEN.findall(post), verbs)
    plain_at = -2  # where a plain one-word object was read
    for n, token in enumerate(tokens):
        previous = tokens[n - 1].lower() if n else ""
        if token.startswith("("):
            inner = token.strip("()").split(None, 1)
            if not inner:
                continue
            first = inner[0].lower()
            if first in PAREN_PARTICLES and not pattern.particle:
                # "(OFF SANCTIONS)", "(UP &MILITARY)", "(OUT OF)": a verb particle, then its
                # object or the preposition after it ("shrugged off sanctions", "called up
                # the reserves", "drove them out of their homes")
                pattern.particle = first
                rest = inner[1].strip() if len(inner) > 1 else ""
                if rest.lower() in PREPOSITIONS and not pattern.prep:
                    pattern.prep = rest.lower()
                elif rest and not pattern.object:
                    pattern.object = _phrase(rest, synsets)
                continue
            if pattern.prep and pattern.prep_object != ACTOR_SLOT:
                continue  # a second prepositional phrase: the first one is kept
            if pattern.prep:
                # "(IN ^) (FOR CONSULTATION)": the phrase with words says more than the slot
                pattern.prep = pattern.prep_object = ""
            pattern.prep = "|".join(_clean_word(w) for w in inner[0].split("/"))
            if len(inner) > 1:
                pattern.prep_object = _phrase(inner[1].strip(), synsets)
                if not pattern.prep_object and inner[1].strip() in SLOTS:
                    pattern.prep_object = ACTOR_SLOT  # "(FROM +)": a named party
            continue
        word = token.lower()
        if word in SLOTS:
            if pattern.prep and not pattern.prep_object and previous in PREPOSITIONS:
                pattern.prep_object = ACTOR_SLOT  # "FROM +": a named party
            continue
        if word in PARTICLES and not pattern.particle and not pattern.object:
            pattern.particle = word
        elif word in PREPOSITIONS and not pattern.prep:
            pattern.prep = word
        elif _adverb(word, verbs):
            pattern.adverb = word
        elif not pattern.object:
            pattern.object = _phrase(token, synsets)
            if "&" in token:
                pattern.object_synset = token.split("&")[-1].strip("{}_ ").split()[0]
            elif re.fullmatch(r"[a-z-]+", word):
                plain_at = n
        elif n == plain_at + 1 and re.fullmatch(r"[a-z-]+", word) and word not in PARTICLES:
            # "- * JOINT EXERCISES": plain words in a row are one phrase, its head the last
            # (PETRARCH matches them in order after the verb)
            pattern.object = f"{pattern.object} {_clean_word(token)}"
            plain_at = n
    if not (
        pattern.particle or pattern.subject or pattern.object or pattern.prep or pattern.adverb
    ):
        return None
    return pattern


#: Verb blocks of getting ("receive", "obtain", "gain"): their subject is the one who gets,
#: so an act got (aid, backing) is done by another party to the subject. CAMEO writes most of
#: the OBTAIN block's patterns reversed ("- * {&MILITARY EQUIPMENT} [:072] # RECEIVE").
GETTING_BLOCKS = frozenset({"OBTAIN"})
#: The older dictionary, as a reason names it.
OLDER_NAME = "CAMEO.verbpatterns.150430.txt"


def getter_first(path: Path) -> set[tuple[str, str, str]]:
    """(verb, code, object words) of the older dictionary's patterns that put the target right
    before the verb and the source after it, as TABARI's slots say ("- + * &MILITARY_AID $
    [072] # RECEIVE": the one who receives is the target, "$" the source)."""
    found: set[tuple[str, str, str]] = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith("-") or "*" not in line:
            continue
        body, _, comment = line.partition("#")
        code = _code(body)
        if code is None:
            continue
        pre, _, post = re.sub(r"\[[^\]]*\]", "", body).lstrip("- ").partition("*")
        if pre.split() != ["+"] or "$" not in post.split():
            continue
        words = " ".join(re.sub(r"[&_{}()]", " ", post).lower().split())
        for verb in comment.split(","):
            name = verb.split("<")[0].strip().lower()
            if name:
                found.add((name, code[0], words))
    return found


def reverse_gotten(found: Dictionary, older: set[tuple[str, str, str]]) -> None:
    """Turn round a pattern of a block of getting that CAMEO.2.0 writes unreversed ("- *
    {&MILITARY AID} [072] # RECEIVE") where the older dictionary writes the same act, for the
    same verb, with the getter as the target (:func:`getter_first`). Patterns the older
    dictionary does not confirm so ("- * &WEAPON [072] # RECEIVE": a weapon is also bought or
    taken) are kept as written."""
    for p in found.patterns:
        if p.reverse or found.block_names.get(p.lemma) not in GETTING_BLOCKS or not p.object:
            continue
        head = p.object.split("|")[0]
        verbs = set(p.origin.split("|")) if p.origin else set()
        if any(
            v in verbs and c == p.code and re.search(rf"\b{re.escape(head)}\b", words)
            for v, c, words in older
        ):
            p.reverse = True
            p.source = f"{p.source} (reversed: the getter is the target, as {OLDER_NAME} writes it)"


#: Function words and pronouns: TABARI's patterns spell whole word sequences ("* IT_HAD_CAPTURED
#: &SUSPECT", "* READY_TO_RENEW_DIPLOMATIC"), which name no noun phrase of CAMEO.2.0's syntax.
FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "it", "its", "they", "their", "he", "his", "she", "her", "we", "our", "is",
     "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
     "must", "may", "not", "no", "that", "this", "and", "or", "as", "if", "than", "who", "which"}
)  # fmt: skip


@dataclass
class Older:
    """What the older dictionary's patterns give the lexicon (:func:`older_patterns`)."""

    patterns: list[Pattern] = field(default_factory=list)
    #: (verb, the older block's id): the verbs each older block's patterns apply to
    members: list[Pattern] = field(default_factory=list)
    #: each older block's header, as ``block`` rows
    blocks: list[Pattern] = field(default_factory=list)
    #: why each pattern left out was left out → how many
    left_out: Counter[str] = field(default_factory=Counter)
    #: each carried pattern's kind → how many
    carried: Counter[str] = field(default_factory=Counter)


#: Particles the older syntax writes bare that are never a preposition ("- * BACK", "- * OUT
#: OF +"); a bare "in", "on", "over", "about" ... opens a prepositional phrase there ("- * IN
#: COLLISION"), since TABARI's patterns have no parentheses.
OLDER_PARTICLES = PARTICLES - {"in", "on", "over", "through", "around", "along", "about", "behind"}
OLDER_PREPOSITIONS = PREPOSITIONS | (PARTICLES - OLDER_PARTICLES)


def english_nouns() -> frozenset[str]:
    """The nouns of English as the parser's lemmatizer lists them (WordNet's noun index in
    spaCy's lookup tables): TABARI matches a pattern word as a prefix ("RECOGNI",
    "NEGOTIAT"), CAMEO.2.0 and the coder as a whole word, so an older word that is no noun
    (a stem, a verb form: "SUSPENDED") names nothing a parse gives as a head.

    The list is the installed pipeline's (:func:`communique.nlp.default_model_name`), so the
    build, and ``--check`` in the tests, read the same table as the coder's lemmatizer. Only
    the lemmatizer's own tables are read from the pipeline's folder, as its lemmatizer loads
    them (``lemmatizer/lookups/lookups.bin``), not the whole pipeline, whose loading cost
    the build about 0.6 s of CPU more (2.6 s against 2.0 s, spaCy's import included)."""
    return _lemma_index("noun")


def english_verbs() -> frozenset[str]:
    """The verbs of English as the parser's lemmatizer lists them (WordNet's verb index, read
    as :func:`english_nouns` reads its noun index)."""
    return _lemma_index("verb")


def _lemma_index(part: str) -> frozenset[str]:
    """One part of speech of the lemmatizer's ``lemma_index`` table, phrases spaced."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from communique.nlp import default_model_name

    [folder] = get_package_path(default_model_name()).glob("*/lemmatizer/lookups")
    table = Lookups().from_disk(folder).get_table("lemma_index")
    return frozenset(w.replace("_", " ") for w in table[part])


def _noun_like(word: str, nouns: frozenset[str]) -> bool:
    """Is ``word`` a noun, or a regular plural of one?"""
    stems = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ies") + "y"}
    return bool(stems & nouns)


def _older_token(
    token: str,
    verbs: frozenset[str],
    synsets: dict[str, list[str]],
    nouns: frozenset[str],
    noun_use: frozenset[str] = frozenset(),
) -> str | None:
    """Why one slot word of an older pattern does not translate, or None when it does: a
    word, a synonym set CAMEO.2.0.txt defines, ``{A B}`` or words joined by ``_`` (TABARI's
    contiguous phrase, its head the last word, as CAMEO.2.0's braces)."""
    if token.startswith("&"):
        name = token[1:].rstrip("_")
        return None if name in synsets else "a synonym set CAMEO.2.0.txt does not define"
    words = [w for w in re.split(r"[_\s{}]+", token.lower()) if w and w not in SLOTS]
    if not words or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words):
        return "another verb or a word sequence"  # "&" inside a phrase, digits, stray marks
    if any(w in FUNCTION_WORDS or w in OLDER_PREPOSITIONS or w in PARTICLES for w in words) or any(
        w in verbs for w in words[:-1]
    ):
        return "another verb or a word sequence"
    if (words[-1] in verbs or words[-1].endswith("ed")) and words[-1] not in noun_use:
        # "- * MEET [036] # AGREE" ("agreed to meet"): TABARI gives no part of speech, and a
        # word the dictionaries list as a verb is a noun only where CAMEO.2.0 writes it so
        return "another verb or a word sequence"
    if not _noun_like(words[-1], nouns):
        return "a word stem or a verb form (TABARI matches prefixes)"
    return None


#: Words before the verb that PLOVER's modality says, not the code: a negation ("- NOT *
#: PAYMENT [128] # MEET", "- WOULD NOT * [030] # OPPOSE") and a modal or a report ("- SAID
#: WOULD * [138] # FIGHT", "- COULD * [138] # STRIKE"). CAMEO gives the negated or the
#: announced act a code of its own (not paying is a refusal, saying one would fight a
#: threat); the coder keeps the act's own code and marks it negated, future or hypothetical
#: (communique.events.modality), as the PLOVER manual reads modality, so the pattern would
#: code the act twice over.
MODALITY_WORDS = frozenset(
    {"not", "no", "never", "cannot", "will", "would", "could", "may", "might", "must", "shall",
     "should", "can", "said", "says", "say", "told", "unlikely", "likely", "to"}
)  # fmt: skip
#: (``&AUXVERB2`` is "will", "is to", "would"; ``&AUXVERB1`` and ``&AUXVERB3`` are "was",
#: "were", "been" and "have", "has", "had", ``&TOBEVERB`` "is", "are", "am", "was".)
#: Auxiliaries of the passive and the perfect ("- + WAS * WOUNDED", "- BEEN * + &WEAPON"): the
#: parse already reads a passive's subject as the verb's object (the coder's frame), and the
#: target written before them is no slot of CAMEO.2.0's.
AUXILIARY_WORDS = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "does", "did", "do",
     "came", "come", "under", "got", "get"}
)  # fmt: skip


def _older_before(
    pre: list[str],
    verbs: frozenset[str],
    synsets: dict[str, list[str]],
    nouns: frozenset[str],
    noun_use: frozenset[str],
    actors: frozenset[str],
) -> str:
    """The subject slot that an older pattern's words before the verb name, or ``~`` and why
    they do not translate. One noun slot and nothing else before the verb (``- &MILITARY *
    [190] # ADVANCE``, ``- POLICE * [173] # DETAIN``: CAMEO.2.0.txt:1422, 7975) is
    CAMEO.2.0's own pre-verb noun: the head of the subject (PETRARCH2 ``dictionaries.rst``,
    "Patterns": "[Pre-Verb Nouns] *").
    Negations, modals and reporting verbs are PLOVER's modality (:data:`MODALITY_WORDS`),
    auxiliaries the passive's (:data:`AUXILIARY_WORDS`); anything else (a preposition, a
    second word, an actor mark beside the noun) is left out. TABARI also writes a noun's
    modifier there when the verb is a noun ("- HUNGER * [142] # STRIKE": a hunger strike,
    "- AIR * [195]"), or a word of another clause ("- DESPITE *", "- READY *"); so the noun
    must name one who acts: a word of PETRARCH2's agents dictionary (``actors``: "police",
    "prosecutor", "gunmen"), or a synonym set whose own first word is one (``&MILITARY``,
    ``&REFUGEE``, ``&PEOPLE``; not ``&AIRCRAFT``, ``&WEAPON``, ``&INFORMATION``)."""
    words = [w.lower() for t in pre for w in re.split(r"[_\s]+", t) if w]
    plain = [w for w in words if w not in SLOTS]
    if any(w in MODALITY_WORDS or w.startswith("&auxverb2") for w in plain):
        return "~words before the verb: a negation, a modal or a report (modality)"
    if any(w in AUXILIARY_WORDS or w.startswith(("&auxverb", "&tobeverb")) for w in plain):
        return "~words before the verb: an auxiliary (passive or perfect)"
    if len(pre) != 1 or pre[0] in SLOTS:
        return "~words before the verb: more than one noun, or an actor beside it"
    token = pre[0]
    if _adverb(token.lower(), verbs):
        return "~words before the verb: an adverb"
    why = _older_token(token, verbs, synsets, nouns, noun_use)
    if why:
        return f"~words before the verb: {why}"
    name = token[1:].rstrip("_") if token.startswith("&") else ""
    head = token.lower().replace("_", " ").strip()
    if name:
        head = synsets.get(name, [""])[0]  # the set's own word ("&MILITARY": "military")
    if head not in actors:
        return "~words before the verb: a noun that names no actor"
    phrase = _phrase("_".join(w for w in token.split("_") if w not in SLOTS), synsets)
    return phrase or "~words before the verb: more than one noun, or an actor beside it"


def _target_infinitive(tokens: list[str], verbs: frozenset[str]) -> str:
    """The verb of ``- * + TO VERB`` (``- * + TO RESIGN [1041] # URGE``: "urged the minister
    to resign"), or "". The target right after the verb, then "to" and one verb the
    dictionaries list, nothing after: the target is the verb's object and the subject of the
    infinitive (an English object-control frame), which CAMEO.2.0 writes as a "to" phrase
    after the object ("- * DIPLOMAT (TO LEAVE) [161] # ORDER") and the coder reads so
    (``communique.events.lexicon._controlled_infinitives``). A word after the verb ("+
    TO RENOUNCE VIOLENCE") is a second slot the "to" phrase has no room for."""
    words = [w for t in tokens for w in t.split("_") if w]
    if len(words) != 3 or words[0] not in ("+", "^") or words[1].lower() != "to":
        return ""
    verb = words[2].lower()
    return verb if verb in verbs and verb.isalpha() else ""


def _marked_object(
    tokens: list[str],
    n: int,
    particle: str,
    verbs: frozenset[str],
    synsets: dict[str, list[str]],
    nouns: frozenset[str],
    noun_use: frozenset[str],
) -> bool:
    """Is ``tokens[n]``, right after an actor mark, the verb's one object with the marked
    party as its possessor or modifier (``- * + &PROPOSAL [111] # ATTACK``: "attacked the
    government's proposal", "- * + PARTY [160] # ABANDON")? Only where the mark opens what
    follows the verb (after a particle at most) and the noun is the pattern's last word and
    a noun the parse gives as a head: a word after it ("- * + TO RENOUNCE VIOLENCE") or a verb
    ("- * + END": "called on them to end") opens another clause."""
    first = 1 if particle else 0
    return (
        n == first + 1
        and n == len(tokens) - 1
        and tokens[n - 1] in ("+", "$")
        and tokens[n].lower() not in OLDER_PREPOSITIONS
        and tokens[n].lower() not in PARTICLES
        and not tokens[n].upper().startswith(("&AUXVERB", "&TOBEVERB"))
        and _older_token(tokens[n], verbs, synsets, nouns, noun_use) is None
    )


def _older_kind(
    p: Pattern,
    body: str,
    verbs: frozenset[str],
    synsets: dict[str, list[str]],
    nouns: frozenset[str],
    noun_use: frozenset[str] = frozenset(),
    actors: frozenset[str] = frozenset(),
) -> Pattern | str:
    """One older pattern (``p`` as read, ``body`` its text without code and comment) in
    CAMEO.2.0's slots, or why it does not translate.

    TABARI's syntax lists words in order, matched with other words allowed between them
    (``- * CANCELLATION MEETING``: the head is the first word) and other verbs among them
    (``- * WITHDRAW &MILITARY FROM +``, ``- * + TO UNITE``); CAMEO.2.0's names a head noun,
    an optional particle before it and one prepositional phrase in parentheses, and no other
    verb (PETRARCH2 ``dictionaries.rst``, "Patterns"). What translates without guessing:
    after the verb, an optional particle, at most one noun slot (a word, a set, a phrase
    joined by ``_``), then at most one preposition with one noun slot or an actor mark.
    Before the verb, the source mark ``$`` (the subject, as always), or one noun that names
    an actor, the subject's head (:func:`_older_before`). An actor mark right before a word
    is left out where the word may open another clause (``- * + END``: "called on them to
    end"); a noun that ends the pattern right after it is the object, the target its
    possessor (:func:`_marked_object`); the target then "to" and a verb is an infinitive of
    the object (:func:`_target_infinitive`)."""
    pre, _, post = body.partition("*")
    pre_tokens = pre.split()
    subject = ""
    if any(t not in SLOTS for t in pre_tokens):
        why = _older_before(pre_tokens, verbs, synsets, nouns, noun_use, actors)
        if isinstance(why, str) and why.startswith("~"):
            return why[1:]
        subject = why or ""
    elif any(t != "$" for t in pre_tokens):
        return "the target or a joint actor before the verb"
    particle = obj = prep = pobj = ""
    synset = ""
    mark = False  # the last token was an actor mark
    tokens = _TOKEN.findall(post)
    infinitive = _target_infinitive(tokens, verbs)
    if infinitive:
        return replace(p, particle="", subject=subject, object="", object_synset="", prep="to",
                       prep_object=infinitive, adverb="")  # fmt: skip
    for n, token in enumerate(tokens):
        word = token.lower()
        if token.startswith("("):
            return "another verb or a word sequence"
        if token in SLOTS:
            if prep and not pobj:
                pobj = ACTOR_SLOT
            elif prep or obj:
                return "another verb or a word sequence"
            mark = True
            continue
        if mark and not _marked_object(tokens, n, particle, verbs, synsets, nouns, noun_use):
            return "an actor mark before a word"
        mark = False
        if word in OLDER_PARTICLES and not (particle or obj or prep):
            particle = word
        elif word in OLDER_PREPOSITIONS and not prep:
            prep = word
        elif _adverb(word, verbs):
            return "an adverb"
        elif (prep and pobj) or (obj and not prep):
            return "another verb or a word sequence"
        else:
            why = _older_token(token, verbs, synsets, nouns, noun_use)
            if why:
                return why
            if prep == "to" and word in verbs:
                return "another verb or a word sequence"  # "- * TO UNITE": an infinitive
            phrase = _phrase("_".join(w for w in token.split("_") if w not in SLOTS), synsets)
            if not phrase:
                return "another verb or a word sequence"
            if prep:
                pobj = phrase
            else:
                obj = phrase
                synset = token[1:].rstrip("_") if token.startswith("&") else ""
    if not (particle or obj or prep or subject):
        return "no slot"
    return replace(
        p,
        particle=particle,
        subject=subject,
        object=obj,
        object_synset=synset,
        prep=prep,
        prep_object=pobj,
        adverb="",
    )


#: The kinds of older pattern carried, judged on the PolNeAR train split (docs/evaluation.md).
#: Left out, "preposition only" ("- * TO [020] # LOOK", "- * TO + [042:043] # RETURN"): a verb
#: with a bare preposition is the verb's plain sense far more often than the act the pattern
#: was written for ("looked ahead to the primary", "returned to Washington"; about 70 of its
#: 80 added or recoded events wrong, 8 right). Left out, "object and preposition" ("- *
#: MESSAGE TO + [040] # DELIVER", "- * ATTACKS ON + [018] # CONDEMN"): 3 of its 5 changes
#: wrong. Carrying only those whose preposition takes an actor mark (``TO +``, so the parse
#: must give a named party there) saves few: the places travelled to are parties to the actor
#: layer ("returned to Washington", "flew to Ukraine" [036], "fled to France" [080]), and of
#: 42 train changes 6 were right, 3 neutral, 33 wrong. Left out, "an infinitive after the
#: target" ("- * + TO RESIGN [1041] # FORCE"): of its 3 train changes 2 only moved within
#: REQUEST (020 -> 022) and 1 was wrong ("the scandal forced Schultz to resign", a coercion
#: done, read as a request). The subject kinds and "object after an actor mark" changed 3
#: train sentences (1 right, 1 neutral, 1 wrong: a trigger only).
OLDER_KINDS = frozenset(
    {"object only", "verb particle", "object after an actor mark", "subject only",
     "subject, object only", "subject, verb particle", "subject, object after an actor mark",
     "subject, preposition only", "subject, object and preposition"}
)  # fmt: skip


def _older_name(p: Pattern, body: str = "") -> str:
    """The kind of a translated older pattern (``body`` its text, for the actor marks)."""
    if p.subject:
        rest = _older_name(replace(p, subject=""), body) if p.particle or p.object or p.prep else ""
        return f"subject, {rest}" if rest else "subject only"
    if p.particle:
        return "verb particle"
    if p.object and p.prep:
        return "object and preposition"
    if p.prep == "to" and not p.object and re.search(r"[+^]\s+TO", body.partition("*")[2]):
        return "an infinitive after the target"
    if p.object and re.search(r"[+$^%]\s+[^\s(+$^%]", body.partition("*")[2]):
        return "object after an actor mark"
    return "object only" if p.object else "preposition only"


def _slots(p: Pattern) -> tuple[str, str, frozenset[str], str, str]:
    return (p.particle, p.prep, frozenset(p.object.split("|")) - {""}, p.prep_object, p.subject)


def older_patterns(
    path: Path, main: Dictionary, nouns: frozenset[str], actors: frozenset[str] = frozenset()
) -> Older:
    """The patterns of the older dictionary (``CAMEO.verbpatterns.150430.txt``, TABARI's
    syntax) that translate into CAMEO.2.0's without guessing (:func:`_older_kind`), read
    with CAMEO.2.0's synonym sets; a pattern naming a set only the older file defines is left
    out. Each older block stays a block of its own, joined by its verbs (``member`` rows),
    so its patterns apply to the verbs it lists, as in TABARI.

    Precedence: a CAMEO.2.0.txt pattern for the same verb and the same slots (particle,
    object phrase, preposition, its object) wins; the older pattern is left out, whatever
    its code. (Otherwise CAMEO.2.0's blocks come first in the lexicon, so on a tie of
    specificity the coder also reads theirs first.) A null code ``[---]`` is a no-event
    row, as in CAMEO.2.0."""
    older = read_verbs(path, synsets=main.synsets)
    lines = path.read_text(encoding="latin-1").splitlines()
    verb_words = frozenset(v.lemma for v in [*main.verbs, *older.verbs])
    # the words CAMEO.2.0 writes as a noun a pattern names (its object or prepositional object)
    noun_use = frozenset(
        phrase.split()[-1]
        for q in main.patterns
        for slot in (q.object, q.prep_object)
        for phrase in slot.split("|")
        if phrase and phrase != ACTOR_SLOT
    )
    members: dict[str, set[str]] = defaultdict(set)
    for v in older.verbs:
        if v.block and v.lemma not in EXCLUDED_VERBS and not (v.particle or v.prep or v.object):
            members[v.block].add(v.lemma)
    main_blocks: dict[str, set[str]] = defaultdict(set)
    for v in main.verbs:
        if v.block:
            main_blocks[v.lemma].add(v.block)
    main_slots: dict[str, set[tuple[str, str, frozenset[str], str, str]]] = defaultdict(set)
    for p in main.patterns:
        main_slots[p.lemma].add(_slots(p))
    out = Older()
    #: each block's patterns, or those written for some of its verbs: (block, the verbs)
    groups: dict[str, tuple[str, set[str]]] = {}
    for p in older.patterns:
        line = lines[int(p.source.rsplit(":", 1)[1]) - 1]
        body = re.sub(r"\[[^\]]*\]", "", line.split("#")[0]).strip().lstrip("-").strip()
        found = _older_kind(p, body, verb_words, main.synsets, nouns, noun_use, actors)
        if isinstance(found, str):
            out.left_out[found] += 1
            continue
        p, kind = found, _older_name(found, body)
        if kind not in OLDER_KINDS:
            out.left_out[kind] += 1
            continue
        block_verbs = members.get(p.lemma, set())
        # the verbs its comment says it was written for ("- * INTO + [192] # PUSH"): TABARI's
        # blocks are broad ("--- URGE ---": "bid", "campaign", "push"), and an idiom of one
        # verb is no act of its synonyms. A comment naming none of the block's plain verbs
        # ("- * &PEOPLE [022] # CALLED_ON": written for "call on", a verb with its particle)
        # leaves the pattern out; one naming no verb at all leaves it to the whole block.
        named = set(p.origin.split("|")) if p.origin else set()
        verbs = named & block_verbs if named else block_verbs
        if named and not verbs:
            out.left_out["written for a verb not among the block's plain verbs"] += 1
            continue
        if not verbs:
            out.left_out["a block with no verb"] += 1
            continue
        theirs = {b for v in verbs for b in main_blocks.get(v, ())}
        slots = _slots(p)
        if any(
            q[:2] == slots[:2] and q[3:] == slots[3:] and (q[2] & slots[2] or q[2] == slots[2])
            for b in theirs
            for q in main_slots.get(b, ())
        ):
            out.left_out["a CAMEO.2.0.txt pattern for the same verb and slots"] += 1
            continue
        group = p.lemma if verbs == block_verbs else f"{p.lemma} ({', '.join(sorted(verbs))})"
        out.carried[kind] += 1
        if group not in groups:
            groups[group] = (p.lemma, verbs)
        out.patterns.append(replace(p, lemma=group, source=f"{p.source} (older syntax: {kind})"))
    for group, (block, verbs) in groups.items():
        out.blocks.append(Pattern("block", group, older.block_codes[block], block))
        for verb in sorted(verbs):
            out.members.append(Pattern("member", verb, "---", block, block=group))
    return out


#: The marks that open a comment on a verb line. The dictionaries write "#", and on five verb
#: lines the mark of TABARI's dictionaries, ";", before the same author and date ("SCRAP
#: {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93" beside "QUIT {QUITS QUITTING }  # oy 29 Nov
#: 2005"); no verb word holds either mark.
VERB_COMMENT = re.compile(r"[#;]")


def _verb_line(line: str) -> str:
    """A verb line without its comment, whichever mark opens it (:data:`VERB_COMMENT`): a
    verb whose comment opens with ";" is a verb of its block like the others, and its
    block's patterns are its own ("- * PROJECT [160] # SCRAP")."""
    return VERB_COMMENT.split(line, maxsplit=1)[0]


def read_verbs(path: Path, synsets: dict[str, list[str]] | None = None) -> Dictionary:
    """Verb blocks and their patterns, with ``file:line`` provenance."""
    lines = path.read_text(encoding="latin-1").splitlines()
    found = Dictionary(synsets=synsets if synsets is not None else read_synsets(lines))
    found.synset_lines = {
        line[1:].split()[0].rstrip("_"): n + 1
        for n, line in enumerate(lines)
        if line.startswith("&") and line[1:].strip()
    }
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    verb_words = frozenset(
        line.split()[0].split("_")[0].lstrip("+").lower()
        for line in lines[start + 1 :]
        if line[:1].isalpha() or line.startswith("+")
    )
    block_code = "---"
    block = ""
    for n in range(start + 1, len(lines)):
        line = lines[n]
        where = f"{path.name}:{n + 1}"
        if line.startswith("####"):
            break
        if line.startswith("---"):
            m = re.match(r"^---\s*\S+\s*\[([^\]]*)\]", line)
            block_code = (m.group(1).split(":")[0].strip() or "---") if m else "---"
            block = where
            found.block_codes[where] = block_code
            named = re.match(r"^---\s*(\S+)", line)
            if named:
                found.block_names[where] = named.group(1)
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("~"):
            continue
        if stripped.startswith("-"):
            pattern = parse_pattern(block, stripped, where, found.synsets, verb_words)
            if pattern is not None:
                found.patterns.append(pattern)
            continue
        text = re.sub(r"\{[^}]*\}", "", _verb_line(stripped)).strip()
        own = _code(text)
        text = re.sub(r"\[[^\]]*\]", "", text).strip()
        words = text.split()
        if not words:
            continue
        verb = words[0]
        if len(words) > 1:
            continue  # a stray comment written without a mark ("SCOF AT")
        parts = verb.split("_")
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        head = marked[0] if marked else 0
        lemma = parts[head].lstrip("+").lower()
        if not lemma.isalpha() and "-" not in lemma:
            continue
        rest = [p.lower() for p in parts[head + 1 :] if p]
        code = own[0] if own else block_code
        pattern = Pattern("verb", lemma, code, where, block=block)
        if rest:
            # "+PULL_BACK", "+WAGE_WAR": a particle or an object after the verb word
            if rest[0] in PARTICLES and len(rest) == 1:
                pattern.particle = rest[0]
            elif rest[0] in PREPOSITIONS and len(rest) == 1:
                pattern.prep = rest[0]
            elif len(rest) == 1 and rest[0].isalpha() and rest[0] != "and":
                pattern.object = rest[0]
            else:
                continue  # "+SHOT_AND", "+ATTACKED_AND_STABBED": not a verb and its argument
        found.verbs.append(pattern)
    return found


#: The verb blocks of commitment in the older dictionary (``--- PLEDGE [030] ---``, PROMISE,
#: VOW, AGREE): their patterns name the acts committed to, often as an infinitive with its
#: particle, preposition or object ("- * WORK TOGETHER [030] # AGREE", "- * TO EXERCISE
#: RESTRAINT [030] # PLEDGE"), acts CAMEO.2.0.txt's verbs do not code by themselves.
COMMITMENT_BLOCKS = frozenset({"PLEDGE", "PROMISE", "VOW", "AGREE"})
#: The CAMEO root of an intent to cooperate (AGREE in CAMEO2PLOVER): only acts committed to
#: that the pattern codes so are read; a pattern of a threat ("- * TO DESTROY [138] # VOW")
#: or a statement ("[012]") names an act of another kind than the commitment coded.
COMMITMENT_ROOT = "03"


def _bracket_preposition(words: list[str]) -> list[str]:
    """An older pattern's words with its first preposition and the word after it written as
    CAMEO.2.0's prepositional phrase ("FOR PEACE" -> "(FOR PEACE)"). The older syntax leaves
    prepositions bare, and a word right after one is its object ("- * TO WORK FOR PEACE":
    work for peace), not a second object of the verb; an actor mark after it ("WITH +") is
    read as the slot already."""
    for n, word in enumerate(words[:-1]):
        following = words[n + 1]
        if word.lower() in PREPOSITIONS:
            if following in SLOTS or following.lower() in PREPOSITIONS:
                return words
            return [*words[:n], f"({word} {following})", *words[n + 2 :]]
    return words


def complement_acts(path: Path) -> list[Pattern]:
    """The acts the older dictionary's blocks of commitment (:data:`COMMITMENT_BLOCKS`)
    name as the verb committed to with a second word ("- * TO IMPROVE TIES WITH + [032] #
    PLEDGE", "- * WORK TOGETHER [030] # AGREE"), as ``complement`` rows: lemma the verb, and
    its particle, object or preposition read as a pattern of that verb. A pattern with words
    before the verb ("- HAVE * TO COOPERAT", "- DID NOT * TO &CEASEFIRE") or a joint actor
    ("- % * TO_WORK") asks for more than the commitment; a bare verb ("- * TO RESPECT") adds
    nothing the verb would not name in a campaign promise; both are left out."""
    lines = path.read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    synsets = read_synsets(lines)
    out: list[Pattern] = []
    block = ""
    for n in range(start + 1, len(lines)):
        line = lines[n]
        if line.startswith("####"):
            break
        if line.startswith("---"):
            named = re.match(r"^---\s*(\S+)", line)
            block = named.group(1) if named else ""
            continue
        stripped = line.strip()
        if block not in COMMITMENT_BLOCKS or not stripped.startswith("-") or "*" not in stripped:
            continue
        body, _, comment = stripped.partition("#")
        found = _code(body)
        if found is None or found[1] or not found[0].startswith(COMMITMENT_ROOT):
            continue
        pre, _, post = re.sub(r"\[[^\]]*\]", "", body).strip().lstrip("-").partition("*")
        if any(w not in ("$", "+", "^") for w in pre.split()):
            continue
        words = post.replace("_", " ").split()
        to = bool(words) and words[0] == "TO"
        words = words[1:] if to else words
        if len(words) < 2 or not words[0].isalpha():
            continue
        verb, rest = words[0].lower(), words[1:]
        if not to and rest[0].lower() not in PARTICLES:
            continue  # "- * COOPERATION [030]": a noun committed to, read as the block's pattern
        where = f"{path.name}:{n + 1}"
        text = f"- * {' '.join(_bracket_preposition(rest))} [{found[0]}] #{comment}"
        pattern = parse_pattern(block, text, where, synsets)
        if pattern is None or pattern.subject or pattern.adverb:
            continue
        out.append(replace(pattern, kind="complement", lemma=verb, block=block))
    return out


#: Light verbs: verbs whose object names the act they carry out ("stage an attack", "hold
#: talks", "carry out raids", "lodge a complaint"). A grammar fact (support-verb constructions),
#: used only to read event nouns off the patterns of these verbs' blocks.
LIGHT_VERBS = frozenset(
    {"stage", "mount", "perform", "commit", "launch", "undertake", "unleash", "wage", "hold",
     "conduct", "make", "lodge", "file"}
)  # fmt: skip
#: Patterns that must give a noun the same code before it is an event noun.
MIN_NOUN_VOTES = 2
#: The synonym sets that name acts (the others name people, forces, weapons, places, money
#: and documents): only their words become event nouns.
ACT_SYNSETS = frozenset(
    {"FIGHT_OF_WORDS", "CEASEFIRE", "NEGOTIATION", "MEDIATION", "DISPUTE", "FIGHT",
     "INVESTIGATION", "ASYLUM"}
)  # fmt: skip


#: Suffixes that name the act of a verb (a grammar fact: English action nominalisations);
#: the verb's final "e" drops before them ("extradite" → "extradition").
#: A noun spelled as its verb ("attack", "vote", "head") names the act only where a light
#: verb's pattern uses it so ("stage * ATTACK"): ``zero`` allows that spelling.
ACT_SUFFIXES = ("ion", "ions", "ation", "ations", "ment", "ments", "al", "als", "ing", "ings")


def _deverbal(noun: str, verbs: dict[str, Pattern], *, zero: bool = False) -> Pattern | None:
    """The coded verb whose act ``noun`` names ("arrest", "deployment", "extradition")."""
    suffixes = ("", "s", *ACT_SUFFIXES) if zero else ACT_SUFFIXES
    for verb, entry in verbs.items():
        if not noun.startswith(verb[:-1] if verb.endswith("e") else verb):
            continue
        doubled = verb + verb[-1]  # "bombing", "shooting"; "stabbing", "kidnapping"
        if noun in (verb, verb + "s") and zero:
            return entry  # spelled as the verb ("attack", "attacks"), and only so
        for stem in {verb, verb.removesuffix("e"), doubled}:
            for suffix in suffixes:
                if suffix in ("", "s") or noun != stem + suffix:
                    continue
                if suffix.startswith("ion") and stem[-1] not in "tsx":
                    continue  # "-ion" follows t, s or x ("extradition"), never "bill-ions"
                return entry
    return None


def read_agents(path: Path) -> set[str]:
    """The agent nouns of PETRARCH2's agent dictionary ("GOVERNMENT", "TROOP"): names of
    actors, never of acts, whatever verb they look like."""
    out = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        text = line.split("#")[0].strip()
        if not text or text.startswith("<") or "[" not in text:
            continue
        words = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", text).strip().lower().replace("_", " ")
        if words:
            out.add(words)
            out.add(words + "s")
    return out


def event_nouns(
    patterns: list[Pattern],
    verbs: list[Pattern],
    synsets: dict[str, list[str]],
    agents: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[Pattern]:
    """Nouns named as the object of a light verb's block (:data:`LIGHT_VERBS`) with a
    non-null code, with the code most of those patterns give (ties: the earliest line)."""
    things = {w for name, words in synsets.items() if name not in ACT_SYNSETS for w in words}
    things |= agents
    acts: dict[str, Pattern] = {}
    for v in verbs:
        if (
            v.code != "---"
            and not v.code.startswith("01")
            and not (v.particle or v.prep or v.object)
        ):
            acts.setdefault(v.lemma, v)  # a statement (root 01) is no act in PLOVER
    act_words = {w for name in ACT_SYNSETS for w in synsets.get(name, ())}
    light = {v.block for v in verbs if v.block and v.lemma in LIGHT_VERBS}
    names = {v.block: v.lemma for v in verbs if v.block and v.lemma in LIGHT_VERBS}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    where: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in patterns:
        if p.lemma not in light or p.code == "---" or p.reverse:
            continue
        if (
            not p.object
            or p.prep
            or p.subject
            or p.adverb
            or p.object_synset not in ("", *ACT_SYNSETS)
        ):
            continue
        for noun in p.object.split("|"):
            if any(w in things for w in (noun, *noun.split())):
                continue  # a person, force, weapon, place or document is not an act
            votes[noun][p.code] += 1
            where[(noun, p.code)].append(f"{p.source} ({names.get(p.lemma, '?')})")
    # Any noun a pattern names may be the act of a coded verb ("demand * EXTRADITION").
    for p in patterns:
        for slot in (p.object, p.prep_object):
            for noun in slot.split("|") if slot else ():
                if noun not in votes and noun not in things and " " not in noun:  # noqa: SIM102
                    if _deverbal(noun, acts) is not None:
                        votes[noun] = Counter()
    out = []
    for noun in sorted(votes):
        counts = votes[noun]
        best = max(counts.values(), default=0)
        tied = [c for c in counts if counts[c] == best]
        verb = _deverbal(noun, acts, zero=best > 0)
        if (
            verb is not None
            and best >= MIN_NOUN_VOTES
            and _deverbal(noun, acts) is None
            and all(c[:2] != verb.code[:2] for c in tied)
        ):
            # A noun spelled as its verb, which the light verbs use for another act: "hold *
            # RALLY [141]", "stage * RALLY [141]" make a rally a demonstration, where the
            # verb "rally" (troops) is 150; "stage/hold * STRIKE [143]" a strike a walkout.
            # The light verbs' reading is the noun's; the coder reads a weapon modifier
            # ("drone strike") as the verb's act (communique.events.lexicon.noun_sense).
            verb = None
        if verb is not None:
            # the act a verb's noun names is the verb's act ("visit" is what "visit" codes)
            out.append(Pattern("noun", noun, verb.code, f"{verb.source} ({verb.lemma}, its act)"))
            continue
        if noun not in act_words and best < MIN_NOUN_VOTES:
            continue  # named too rarely, and not a word for an act: too thin
        code = min(tied, key=lambda c: where[(noun, c)][0])
        sources = where[(noun, code)]
        out.append(Pattern("noun", noun, code, "; ".join(sources[:3])))
    return out


# -- CAMEO codes ------------------------------------------------------------------------


@dataclass
class CodeRow:
    code: str
    type: str
    mode: str
    context: str
    goldstein: str
    quad: int
    description: str
    source: str


QUADS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4,
    "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


def read_table(path: Path) -> dict[str, tuple[str, str, str, str, str]]:
    """code → (type, mode, context, description, source line) from CAMEO2PLOVER."""
    out: dict[str, tuple[str, str, str, str, str]] = {}
    manual_modes = _manual_modes()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#(.*))?", line)
        if not m or m.group(1) in out:
            continue  # "175" is listed twice, "08" names both CONCEDE and RETREAT
        code, name = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip().lower()
        mode = MODE_ALIASES.get((name, mode), mode)
        mode = CODE_MODES.get(code, mode)
        if mode not in manual_modes.get(name, ()):
            mode = ""
        context = ";".join(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        out[code] = (name, mode, context, (m.group(5) or "").strip(), f"{path.name}:{n}")
    return out


def _manual_modes() -> dict[str, tuple[str, ...]]:
    """The manual's modes per type, from the package's own ontology tables."""
    import yaml

    raw = yaml.safe_load((DATA / "plover.yaml").read_text(encoding="utf-8"))["types"]
    return {name: tuple(info.get("modes") or ()) for name, info in raw.items()}


def read_goldstein(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as lines:
        for row in csv.DictReader(lines, delimiter="\t"):
            out[row["cameo_code"].strip()] = row["goldstein"].strip()
    return out


def code_row(
    code: str, table: dict[str, tuple[str, str, str, str, str]], goldstein: dict[str, str]
) -> CodeRow | None:
    """The PLOVER reading of one CAMEO code: its own row in the table, else its parent's."""
    twin_root = APPEAL_TWINS.get(code[:2])
    lookup = twin_root + code[2:] if twin_root else code
    for candidate in (lookup, lookup[:3], lookup[:2]):
        if candidate in table:
            name, mode, context, description, where = table[candidate]
            break
    else:
        return None
    weight = goldstein.get(code) or goldstein.get(code[:3]) or goldstein.get(code[:2])
    if weight is None:
        return None
    source = where if not twin_root else f"{where} (appeal {code} read as demand {lookup})"
    if code in MANUAL_TYPES:
        name, mode, said = MANUAL_TYPES[code]
        source = f"{said} (the table, {where}, says {table[code][0]})"
    elif code in UNLISTED_MODES and code not in table:
        mode, context, description, said = UNLISTED_MODES[code]
        source = f"{said} (the table lists its root only, {where})"
    return CodeRow(code, name, mode, context, weight, QUADS[name], description, source)


#: The suffix that British spelling writes "-ise" ("organise", "criticise"), and the shortest
#: verb it is a suffix of: "seize", "prize" and "size" end in the letters, not the suffix.
IZE, ISE = "ize", "ise"
SUFFIXED_LENGTH = 6


def british_spellings(verbs: list[Pattern], english: frozenset[str]) -> list[Pattern]:
    """Each "-ize" verb again in its British "-ise" spelling, where the dictionaries give only
    the first and English lists the second as a verb (``english``: the lemmatizer's verb
    index). The dictionaries write both for most such verbs, in the same block with the same
    code ("ORGANISE", "ORGANIZE"; "CRITICISE", "CRITICIZE"), and a dozen with "-ize" alone
    ("SCRUTINIZE", "FINALIZE", "PENALIZE"), which British and Commonwealth news then never
    reaches: the coder looks a verb up by its spelling. The row is the verb's own, block,
    code and all, with its source marked."""
    have = {v.lemma for v in verbs}
    out: list[Pattern] = []
    for verb in verbs:
        if not verb.lemma.endswith(IZE) or len(verb.lemma) < SUFFIXED_LENGTH:
            continue
        other = verb.lemma.removesuffix(IZE) + ISE
        if other in have or other not in english:
            continue
        out.append(replace(verb, lemma=other, source=f"{verb.source} (British spelling)"))
    return out


# -- writing ----------------------------------------------------------------------------


def build(shared: Path) -> tuple[bytes, str]:
    petrarch = shared / "data" / "petrarch2"
    main_dict = read_verbs(petrarch / "CAMEO.2.0.txt")
    reverse_gotten(main_dict, getter_first(petrarch / "CAMEO.verbpatterns.150430.txt"))
    # The older file's verbs that CAMEO.2.0 lacks ("urge", "call for"), with their own
    # code or their block's; its patterns that translate come below (older_patterns).
    extra = read_verbs(petrarch / "CAMEO.verbpatterns.150430.txt")
    known = {(v.lemma, v.particle, v.prep, v.object) for v in main_dict.verbs}
    verbs = list(main_dict.verbs)
    patterns = list(main_dict.patterns)
    for verb in extra.verbs:
        key = (verb.lemma, verb.particle, verb.prep, verb.object)
        if key not in known and verb.lemma not in EXCLUDED_VERBS:
            verbs.append(
                Pattern(
                    "verb",
                    verb.lemma,
                    verb.code,
                    verb.source,
                    particle=verb.particle,
                    prep=verb.prep,
                    object=verb.object,
                )
            )
            known.add(key)
    verbs += british_spellings(verbs, english_verbs())
    complements = complement_acts(petrarch / "CAMEO.verbpatterns.150430.txt")
    agents = read_agents(petrarch / "Phoenix.agents.txt")
    older = older_patterns(petrarch / OLDER_NAME, main_dict, english_nouns(), frozenset(agents))
    nouns = event_nouns(patterns, verbs, main_dict.synsets, agents)
    table = read_table(shared / "data" / "plover" / "CAMEO2PLOVER-2021.txt")
    goldstein = read_goldstein(shared / "data" / "cameo" / "goldstein.tsv")
    codes: dict[str, CodeRow] = {}
    rows: list[Pattern] = []
    seen: set[tuple[str, ...]] = set()
    # Each block's own code, beside the codes its verbs carry: a verb written with a code
    # unlike its block's ("--- APPREHEND [171] ---", "ARREST [173]") is set apart from its
    # synonyms, which the coder reads (lexicon._idiom_of_another).
    used = {v.block for v in main_dict.verbs}
    blocks = [
        Pattern("block", where, code, where)
        for where, code in main_dict.block_codes.items()
        if where in used
    ]
    for p in [*verbs, *patterns, *nouns, *blocks, *complements, *older.patterns, *older.blocks,
              *older.members]:  # fmt: skip
        if p.code != "---" and not re.fullmatch(r"\d{3,4}", p.code):
            continue  # a malformed code ("080!") names no CAMEO event
        if p.code != "---":
            found = code_row(p.code, table, goldstein)
            if (
                found is None
                and p.kind in ("verb", "pattern", "block")
                and p.code.startswith(STATEMENT_ROOT)
            ):
                # "observe", "declare", "announce": a statement by itself, which PLOVER does
                # not code, but its block's patterns are acts ("- * &CEASEFIRE [0871] #
                # OBSERVE"): the verb stays, with no code of its own. A pattern that reads a
                # phrase as a statement ("- * CONCERN [012] # EXPRESS", "- * STATEMENT [010]
                # # ISSUE") says the phrase is no event, not the verb's own act
                p = replace(p, code="---", source=f"{p.source} (statement {p.code}: no event)")
            elif found is None:
                continue  # a code no table knows: not an event
            else:
                codes[p.code] = found
        key = tuple(p.row()[:-1])
        if key in seen:
            continue
        seen.add(key)
        rows.append(p)
    for code in goldstein:  # every code PLOVER has an event for, used or not
        if code not in codes and len(code) >= 3:
            found = code_row(code, table, goldstein)
            if found is not None:
                codes[code] = found
    discards = read_discards(petrarch / "Phoenix.discards.txt")
    synsets = [
        Pattern(
            "synset",
            name,
            "---",
            f"CAMEO.2.0.txt:{main_dict.synset_lines.get(name, 0)}",
            object="|".join(words),
        )
        for name, words in sorted(main_dict.synsets.items())
        if words and not name.startswith(("AUXVERB", "TOBEVERB", "PREPOSIT"))
    ]
    return _lexicon_bytes([*rows, *synsets], discards), _codes_text(codes)


def read_discards(path: Path) -> list[Pattern]:
    """Phrases PETRARCH never codes (sports, entertainment, history): kept as ``discard`` rows.

    ``+`` at the start marks a phrase that discards the whole story in PETRARCH; here both
    kinds discard the sentence they are in. A trailing ``_`` asks for a whole word."""
    out = []
    for n, line in enumerate(path.read_text(encoding="latin-1").splitlines(), start=1):
        text = line.split("#")[0].strip()
        if not text or text.startswith("<"):
            continue
        text = text.lstrip("+").strip()
        whole = text.endswith("_")
        phrase = text.rstrip("_").replace("_", " ").lower().strip()
        if len(phrase) < 3:
            continue
        out.append(
            Pattern("discard", phrase, "---", f"{path.name}:{n}", particle="word" if whole else "")
        )
    return out


def _lexicon_bytes(rows: list[Pattern], discards: list[Pattern]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in [*rows, *discards]:
        writer.writerow(row.row())
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text.getvalue().encode("utf-8"))
    return raw.getvalue()


def _codes_text(codes: dict[str, CodeRow]) -> str:
    text = io.StringIO()
    writer = csv.writer(text, delimiter="\t", lineterminator="\n")
    writer.writerow(
        ["code", "type", "mode", "context", "goldstein", "quad_class", "description", "source"]
    )
    for code in sorted(codes):
        r = codes[code]
        writer.writerow(
            [r.code, r.type, r.mode, r.context, r.goldstein, r.quad, r.description, r.source]
        )
    return text.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    lexicon, codes = build(args.shared)
    if args.check:
        stale = []
        if not OUT_LEXICON.exists() or gzip.decompress(OUT_LEXICON.read_bytes()) != gzip.decompress(
            lexicon
        ):
            stale.append(OUT_LEXICON)
        if not OUT_CODES.exists() or OUT_CODES.read_text(encoding="utf-8") != codes:
            stale.append(OUT_CODES)
        for path in stale:
            print(f"{path} is out of date; rerun without --check", file=sys.stderr)
        return 1 if stale else 0
    OUT_LEXICON.write_bytes(lexicon)
    OUT_CODES.write_text(codes, encoding="utf-8")
    print(f"wrote {OUT_LEXICON} and {OUT_CODES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
