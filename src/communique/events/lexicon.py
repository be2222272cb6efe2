"""The event lexicon: which words name which act, read once per process.

Two bundled files, both data a user can read and extend:

* ``data/event_lexicon.tsv.gz``, built by ``scripts/build_event_lexicon.py``
  from PETRARCH2's CAMEO verb-pattern dictionaries: verbs with their CAMEO
  code, the patterns of each verb block (the object, particle, preposition,
  subject or adverb that changes the code: "strike a deal" is not "strike"),
  event nouns, and the phrases PETRARCH never codes. Every row names its
  source line.
* ``data/events.yaml``: the grammar words (light verbs, intent, directive and
  denial verbs), each with its source.

A user lexicon in the same TSV format extends the bundled one
(:func:`load_lexicon`, or the ``user_lexicon`` setting of the
``communique_events`` component): its rows come first, so its patterns win ties.

Patterns are indexed by verb lemma, so finding a verb's sense looks only at
that verb's own patterns, never at the whole lexicon.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from communique.actors.roles import default_roles
from communique.entity_labels import NUMBER_LABELS, PARTY_LABELS, TIME_LABELS
from communique.events.codes import CodeInfo, code_info
from communique.events.physical_words import words
from communique.events.settings import ACTIVE
from communique.inflection import E_DROPPING_ENDINGS, undoubled, uninflected
from communique.spans import of_objects
from communique.yaml_data import load_yaml

#: A pattern's code that says "this is not an event" ("fight in the polls").
NULL = "---"

#: A pattern's prepositional object that is an actor slot of the dictionary ("- * FROM +
#: [0874]": withdraw *from a country or body*); ``scripts/build_event_lexicon.py`` writes it.
ACTOR_SLOT = "<actor>"


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger means: its CAMEO code read as a PLOVER type (and mode), and where
    the lexicon says so."""

    type: str
    mode: str | None = None
    code: str | None = None
    source: str = ""
    reverse: bool = False
    #: read from an act's noun whose end it tells ("suspended trade"): a relation reduced is
    #: one between parties, so the record needs a recipient the tables know
    needs_party: bool = False

    @classmethod
    def of_code(cls, code: str, source: str, *, reverse: bool = False) -> Sense | None:
        info = code_info(code)
        if info is None:
            return None
        return cls(info.type, info.mode or None, info.code, source, reverse)

    @property
    def info(self) -> CodeInfo | None:
        return code_info(self.code) if self.code else None


#: Phrases by their head (last) word → the words each needs in front of it.
PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


@cache
def _phrase_index(phrases: Iterable[str]) -> PhraseIndex:
    """``phrases`` by head word: "air strike" is under "strike", needing "air".

    Read once per distinct synonym set: the bundled rows repeat a few hundred sets
    thousands of times (every verb of a CAMEO block shares its block's object set)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            index.setdefault(words[-1], []).append(tuple(words[:-1]))
    return {head: tuple(mods) for head, mods in index.items()}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon row: a verb entry, a block pattern or a noun."""

    kind: str
    lemma: str
    block: str
    particle: str
    subject: frozenset[str]
    object: tuple[str, ...]
    prep: frozenset[str]
    prep_object: tuple[str, ...]
    adverb: str
    code: str
    reverse: bool
    source: str
    #: the verbs (upper-case words of its comment) a pattern was written for
    origin: frozenset[str] = frozenset()
    #: ``subject``, ``object`` and ``prep_object`` by head word, built once with the row
    #: (:func:`_phrase_index`): matching a parse looks up its head instead of reading every
    #: phrase of a synonym set again for each verb.
    subject_heads: PhraseIndex = field(default_factory=dict, init=False, compare=False, repr=False)
    object_heads: PhraseIndex = field(default_factory=dict, init=False, compare=False, repr=False)
    prep_object_heads: PhraseIndex = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "subject_heads", _phrase_index(self.subject))
        object.__setattr__(self, "object_heads", _phrase_index(self.object))
        object.__setattr__(self, "prep_object_heads", _phrase_index(self.prep_object))

    @property
    def specificity(self) -> int:
        return (
            bool(self.particle)
            + bool(self.subject)
            + (1 + max((p.count(" ") for p in self.object), default=0) if self.object else 0)
            + bool(self.prep)
            + (1 if self.prep_object else 0)
            + bool(self.adverb)
        )


@dataclass(slots=True)
class Lexicon:
    #: lemma → the verb's own entries (bare, or with a particle/object/preposition)
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    #: block id → its patterns
    blocks: dict[str, list[Pattern]] = field(default_factory=dict)
    #: lemma → block ids
    verb_blocks: dict[str, list[str]] = field(default_factory=dict)
    #: block id → the verbs of the block
    block_verbs: dict[str, set[str]] = field(default_factory=dict)
    #: block id → the code its header gives its verbs (a verb may carry its own instead)
    block_codes: dict[str, str] = field(default_factory=dict)
    #: block id → the header's provenance
    block_sources: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, Pattern] = field(default_factory=dict)
    #: noun of a phrasal verb → that verb and its particle ("takeover" → "take over"): the
    #: noun's "of" phrase fills the phrasal verb's patterns
    noun_verbs: dict[str, str] = field(default_factory=dict)
    #: verb → the acts the blocks of commitment name with it ("- * WORK TOGETHER [030] #
    #: AGREE"): a promise or pledge of that verb with that particle, object or preposition
    #: commits to an act (:func:`committed_act`)
    complements: dict[str, list[Pattern]] = field(default_factory=dict)
    discards: list[tuple[str, bool, str]] = field(default_factory=list)
    discard_re: re.Pattern[str] | None = None
    #: CAMEO's synonym sets (MILITARY, WEAPON, TOWN ...): name → words
    synsets: dict[str, set[str]] = field(default_factory=dict)
    synset_sources: dict[str, str] = field(default_factory=dict)
    #: words of killing, dying and injury → source (events.yaml)
    harm: dict[str, str] = field(default_factory=dict)
    #: words that name force of an ASSAULT mode → source (events.yaml)
    force: dict[str, str] = field(default_factory=dict)
    #: caches filled on first use by communique.events.physical
    physical_sets: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
    #: names of synonym sets → their words together (filled on first use, see :func:`set_words`)
    set_unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    #: verbs whose patterns take or hold people of the HOSTAGE set by force (filled on first use)
    holding_verbs: frozenset[str] | None = None
    verbal_readings: dict[str, str | None] = field(default_factory=dict)
    #: noun → the verb it nominalises, if any (filled on first use)
    nominals: dict[str, str | None] = field(default_factory=dict)
    #: the last word of every entry of ``nouns`` (filled on first use, see :func:`noun_sense`)
    noun_ends: frozenset[str] | None = None
    #: (verb, its forms) → the patterns of its blocks that may apply (filled on first use)
    block_patterns: dict[tuple[str, frozenset[str]], ObjectIndex] = field(default_factory=dict)
    #: block id → its patterns by the head of their object (filled on first use)
    block_indexes: dict[str, ObjectIndex] = field(default_factory=dict)
    light: dict[str, str] = field(default_factory=dict)
    about: dict[str, str] = field(default_factory=dict)
    intent: dict[str, str | None] = field(default_factory=dict)
    intent_sources: dict[str, str] = field(default_factory=dict)
    #: pronouns that stand for a thing, a state or a body, never a person ("Smith warned that
    #: it could ...": someone else's act) → source
    speaking_thing: dict[str, str] = field(default_factory=dict)
    #: meeting verbs that need a guest as their object ("received a delegation") → source
    guest: dict[str, str] = field(default_factory=dict)
    #: nouns of an "in" phrase that name an act's aim ("in protest") → source
    aims: dict[str, str] = field(default_factory=dict)
    #: verbs of travel, going to a place or party a visit ("returned to Geneva") → source
    motion: dict[str, str] = field(default_factory=dict)
    #: verbs of departure, the place left their object ("left Paris") → source
    departing: dict[str, str] = field(default_factory=dict)
    #: protest verbs of disagreement in words ("protested to Beijing") → source
    verbal_protest: dict[str, str] = field(default_factory=dict)
    #: verbs of acquiring, the seller named by "from" ("bought wheat from Romania") → source
    acquiring: dict[str, str] = field(default_factory=dict)
    #: entity labels of sums and counts, never a guest ("hosted 2,000") → source
    amounts: dict[str, str] = field(default_factory=dict)
    #: sectors of people housed rather than met, counted ("hosted 2,000 refugees") → source
    housed: dict[str, str] = field(default_factory=dict)
    #: sectors of a country's own justice system ("handed the suspect to prosecutors") → source
    justice: dict[str, str] = field(default_factory=dict)
    #: modifiers that set an act apart from the ones told before ("another shooting") → source
    sets_apart: dict[str, str] = field(default_factory=dict)
    willing: dict[str, str] = field(default_factory=dict)
    directive: dict[str, str] = field(default_factory=dict)
    deny: dict[str, str] = field(default_factory=dict)
    #: verbs of accusing → (the preposition of what is alleged, source)
    alleging: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: code of an act of aid or material cooperation → (the code of its reduction, source):
    #: the end a verb of ceasing tells of it ("stopped funding the agency")
    reducing: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: the code prefix of an act demanded -> (the code of its demand, source)
    demanding: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: verbs of ceasing: the act their gerund names is one that ended → source
    ceasing: dict[str, str] = field(default_factory=dict)
    #: verbs of ending whose object noun names the act that ends ("suspended trade") → source
    cutting: dict[str, str] = field(default_factory=dict)
    #: collective nouns whose "of" phrase names their members ("a team of inspectors") → source
    collective: dict[str, str] = field(default_factory=dict)
    #: verbs of declaring: an act of force as their object is declared, not done → source
    declaring: dict[str, str] = field(default_factory=dict)
    #: verbs and nouns of pledging, whose hostile act pledged CAMEO codes a threat → source
    pledging: dict[str, str] = field(default_factory=dict)
    #: nouns of another party's proposal or measure whose rejection pledged is a threat → source
    pledged_objects: dict[str, str] = field(default_factory=dict)
    #: verbs that state a judgement with a predicate on their object or a clause → source
    judging: dict[str, str] = field(default_factory=dict)
    #: verbs of deliberation: no event on their own, only through a pattern → source
    considering: dict[str, str] = field(default_factory=dict)
    #: verbs of prediction: passive or about another's act, a forecast → source
    forecasting: dict[str, str] = field(default_factory=dict)
    #: verbs of overseeing, acts only on a thing named as object → source
    managing: dict[str, str] = field(default_factory=dict)
    #: verbs that ask for something only with an infinitive, a clause or "for" → source
    enquiring: dict[str, str] = field(default_factory=dict)
    #: verbs of proposal that state a claim with an indicative clause → source
    proposing: dict[str, str] = field(default_factory=dict)
    #: verbs of sending: a purpose infinitive of force after them is an aim → source
    sending: dict[str, str] = field(default_factory=dict)
    #: verbs of trying, beginning and going on: their infinitive's act is told, no claim → source
    attempting: dict[str, str] = field(default_factory=dict)
    #: verbs and nouns of speech or writing beyond the quote finder's speech cues: only a
    #: report with such a cue makes its events reported → source
    reporting: dict[str, str] = field(default_factory=dict)
    #: consultation verbs whose object is the matter talked about, not a party → source
    topical: dict[str, str] = field(default_factory=dict)
    #: nouns that count or group occasions of an act ("a round of talks") → source
    partitive: dict[str, str] = field(default_factory=dict)
    #: nouns of measure or of a load ("50 tonnes of food") → source: read through when no
    #: pattern names the measure itself
    measures: dict[str, str] = field(default_factory=dict)
    #: verbs whose object before an infinitive does the infinitive's act → source
    causing: dict[str, str] = field(default_factory=dict)
    #: verbs of ``causing`` whose object may go before a bare infinitive ("help Bolivia
    #: rebuild") → source
    bare_causing: dict[str, str] = field(default_factory=dict)
    #: words that name a demand only with its aim ("campaigned for his release") → source
    aimed: dict[str, str] = field(default_factory=dict)
    #: everyday verbs that name an act only through a pattern of their block → source
    patterned: dict[str, str] = field(default_factory=dict)
    #: verb → the preposition whose phrase names its act ("engaged in negotiations")
    phrased: dict[str, str] = field(default_factory=dict)
    #: verbs whose own code is a telephone call, a call only to a party named alone → source
    telephoning: dict[str, str] = field(default_factory=dict)
    #: what a coercive warning threatens ("a response", "reprisals") → source
    repercussions: dict[str, str] = field(default_factory=dict)
    #: verbs of bargaining: a bargain only with a party, not "deal with the crisis" → source
    bargaining: dict[str, str] = field(default_factory=dict)
    #: verbs of replying: refusing one ("refused to answer") declines comment → source
    replying: dict[str, str] = field(default_factory=dict)
    #: verbs of warning: a threat only where coercive, not "warned of the risks" → source
    warning: dict[str, str] = field(default_factory=dict)
    #: verbs of accepting that receive a thing (money, an award), agreeing to no act → source
    receiving: dict[str, str] = field(default_factory=dict)
    #: what is received when accepted: a sum, a gift or an honour, not an act offered → source
    received: dict[str, str] = field(default_factory=dict)
    #: nouns of support that also name a candidate's share of voters → source
    polled: dict[str, str] = field(default_factory=dict)
    #: verbs of rising and falling that measure a polled share → source
    standing_changes: dict[str, str] = field(default_factory=dict)
    #: verbs of praise that, with a clause, are verbs of knowing → source
    knowing: dict[str, str] = field(default_factory=dict)
    #: verbs of commitment coded AGREE only where they commit to an act → source
    committing: dict[str, str] = field(default_factory=dict)
    #: nouns of a text, record or recording, made public when released → source
    published: dict[str, str] = field(default_factory=dict)
    #: nouns of people held, freed when released ("released the prisoners") → source
    captives: dict[str, str] = field(default_factory=dict)
    #: verbs of agreeing, an agreement only with what is agreed to → source
    concurring: dict[str, str] = field(default_factory=dict)
    #: nouns of voters, delegates and donors, whose support is electoral → source
    electorate: dict[str, str] = field(default_factory=dict)
    #: verbs of casting a vote, the electorate's vote no act whatever codes it → source
    voting: dict[str, str] = field(default_factory=dict)
    #: nouns of a margin ("by 9 points"): a preference so sized is a count → source
    margins: dict[str, str] = field(default_factory=dict)
    #: verbs whose object "support" is sought, drawn or lost, never given → source
    support_sought: dict[str, str] = field(default_factory=dict)
    #: verbs of talking together, a consultation only with two parties → source
    reciprocal: dict[str, str] = field(default_factory=dict)
    #: verbs of going to an event, a meeting only where the event is one → source
    attending: dict[str, str] = field(default_factory=dict)
    #: verbs of meeting people: a meeting only with someone, not "met the deadline" → source
    meeting: dict[str, str] = field(default_factory=dict)
    #: verbs of facing: a meeting only with a party named, not a thing faced → source
    facing: dict[str, str] = field(default_factory=dict)
    #: what a verb of meeting satisfies or runs into, no one met ("the deadline") → source
    satisfied: dict[str, str] = field(default_factory=dict)
    #: participles that make "as ... to" a preposition of contrast ("as opposed to") → source
    contrasting: dict[str, str] = field(default_factory=dict)
    #: verbs of protest that mean "show" with an object or a clause ("demonstrated his
    #: commitment", "demonstrated that ...") → source
    showing: dict[str, str] = field(default_factory=dict)
    #: verbs of demand that state a need or an obligation unless a party requires ("the plan
    #: requires cuts", "they are required to file") → source
    obliging: dict[str, str] = field(default_factory=dict)
    #: verbs of restraint that also include: restraint only by a party → source
    containing: dict[str, str] = field(default_factory=dict)
    #: verbs of compulsion: coercion only when a party compels, not a circumstance → source
    compelling: dict[str, str] = field(default_factory=dict)
    #: measures of power that compel for the party that imposed them → source
    compelling_means: dict[str, str] = field(default_factory=dict)
    #: nouns of texts spelled as a coded verb ("bill"): a document, not the verb's act → source
    document_nouns: dict[str, str] = field(default_factory=dict)
    #: linking verbs other than "be", whose participle complement is an adjective → source
    linking_verbs: dict[str, str] = field(default_factory=dict)
    #: verbs of accusation that ask a price with a sum as object ("charged $20,000") → source
    pricing: dict[str, str] = field(default_factory=dict)
    #: verbs of force that dismiss a person or rouse ("fired his manager", "fired up") → source
    dismissing: dict[str, str] = field(default_factory=dict)
    #: nouns of a blockade, whose "of" phrase names the party it is laid on ("the blockade of
    #: Gaza") → source
    besieging: dict[str, str] = field(default_factory=dict)
    #: pronouns of one that may stand for the one reporting a clause ("Beijing warned that it
    #: could ...") → source
    speaking_one: dict[str, str] = field(default_factory=dict)
    #: pronouns of many that may stand for the one reporting a clause ("the rebels said they
    #: would ...") → source
    speaking_many: dict[str, str] = field(default_factory=dict)
    #: first persons, the reporting speaker's own side, one or many ("warned that we would
    #: respond") → source
    speaking_self: dict[str, str] = field(default_factory=dict)
    #: nouns of a part or an amount, whose "of" phrase names what they are of ("pages of
    #: emails", "a lot of emails") → source
    portions: dict[str, str] = field(default_factory=dict)
    #: particles that make a verb of releasing one of making available ("freed up funds")
    #: → source
    availing: dict[str, str] = field(default_factory=dict)
    #: verbs of banning, an act only when they name a party ("banned all Muslims"), not a
    #: practice ("banned waterboarding") → source
    banning: dict[str, str] = field(default_factory=dict)
    #: verbs of visiting: a visit only to a party or a place, not "visited the museum" → source
    visiting: dict[str, str] = field(default_factory=dict)
    #: nouns of a state's own land that a possessive gives a country ("his country") → source
    homeland: dict[str, str] = field(default_factory=dict)
    #: verbs done only to people, whose bare-number object counts people ("killed 80") → source
    counted: dict[str, str] = field(default_factory=dict)
    #: nouns of a language, whose nationality word names the language, not a people ("the
    #: French language") → source
    tongues: dict[str, str] = field(default_factory=dict)
    #: nouns that, with "no", deny the act they introduce ("has no intention of") → source
    intentions: dict[str, str] = field(default_factory=dict)
    #: nouns of evidence that, with "no", deny the act they introduce ("no sign of backing
    #: down") → source
    evidential: dict[str, str] = field(default_factory=dict)
    #: verbs that bring an act to its end, whose object a phrasal verb's noun is the act
    #: ("completed the takeover") → source
    finishing: dict[str, str] = field(default_factory=dict)
    #: nouns whose infinitive or "for" gerund names an act aimed at ("a plan to attack") → source
    efforts: dict[str, str] = field(default_factory=dict)
    #: of ``efforts``, the nouns of trying: the act is under way ("an attempt to seize") → source
    attempts: dict[str, str] = field(default_factory=dict)
    #: of ``efforts``, the nouns of devising: the act is planned ("a strategy to defeat") → source
    devising: dict[str, str] = field(default_factory=dict)
    #: nouns of thought and possibility, whose complement is an idea ("the idea of deporting
    #: them") → source
    contents: dict[str, str] = field(default_factory=dict)
    #: words that number the items of a list ("One, defeat the group.") → source
    enumerators: dict[str, str] = field(default_factory=dict)
    #: words that single one out of a set ("the first soldier to fire") → source
    singling: dict[str, str] = field(default_factory=dict)
    #: nouns of an utterance, whose infinitive the words do ("a speech to defend himself") → source
    utterances: dict[str, str] = field(default_factory=dict)
    #: nouns of will, whose infinitive states an intent ("a willingness to use") → source
    wills: dict[str, str] = field(default_factory=dict)
    #: nouns of necessity, whose infinitive must be done ("the need to combat") → source
    needs: dict[str, str] = field(default_factory=dict)
    #: adjectives of ability ("able to deliver") → source
    able: dict[str, str] = field(default_factory=dict)
    #: nouns of ability ("the ability to strike") → source
    abilities: dict[str, str] = field(default_factory=dict)
    #: verbs that ask their object for their infinitive's act, not done ("invited") → source
    inviting: dict[str, str] = field(default_factory=dict)
    #: verbs whose gerund object is a topic ("discusses shooting") → source
    mentioning: dict[str, str] = field(default_factory=dict)
    #: verbs of perception and recording, whose gerund shows one scene → source
    perceiving: dict[str, str] = field(default_factory=dict)
    #: stative verbs of attitude ("supports", "opposes") → source
    attitudes: dict[str, str] = field(default_factory=dict)
    #: verbs of permitting ("allow"), whose infinitive is possible, not done → source
    permitting: dict[str, str] = field(default_factory=dict)
    #: verbs of desire among the attitudes ("want"): wished for in any tense → source
    desiring: dict[str, str] = field(default_factory=dict)
    #: verbs whose subject act they tell to take place ("happen", "take place") → source
    occurring: dict[str, str] = field(default_factory=dict)
    #: "prep noun" phrases naming an act's aim by their noun's "of" gerund ("in name") → source
    purposes: dict[str, str] = field(default_factory=dict)
    #: particles beyond the adverb-tagged ones that make a phrasal verb of their own before a
    #: preposition ("look forward to") → source
    sense_particles: dict[str, str] = field(default_factory=dict)
    #: "verb noun" phrases whose noun's infinitive is done when the verb is ("took the
    #: opportunity to thank") → source
    implicatives: dict[str, str] = field(default_factory=dict)
    #: verbs of wanting that hedge a performative ("I want to thank") → source
    hedges: dict[str, str] = field(default_factory=dict)
    #: verbs whose act is done by saying them ("thank", "congratulate") → source
    performatives: dict[str, str] = field(default_factory=dict)
    #: adverbs of frequency, which with the simple present state a habit ("regularly") → source
    frequency: dict[str, str] = field(default_factory=dict)
    #: verb particles the parser sometimes labels as adverbs ("pull back") → source
    particle_adverbs: dict[str, str] = field(default_factory=dict)
    #: adjectives that make their act noun one that may come ("a possible attack") → source
    hypothetical: dict[str, str] = field(default_factory=dict)
    #: nouns whose "that" clause is presupposed true ("the fact that") → source
    factive: dict[str, str] = field(default_factory=dict)
    #: words of "be ... to" that schedule the act ("is set to sign") → source
    scheduling: dict[str, str] = field(default_factory=dict)
    #: words of "be ... to" that forecast the act ("is poised to win") → source
    foretelling: dict[str, str] = field(default_factory=dict)
    #: words that make an act of CAMEO 173 an arrest rather than a charge ("arrest",
    #: "warrant") → source
    arresting: dict[str, str] = field(default_factory=dict)
    #: the sense an arrest ordered in absentia takes (a threat of arrest), with its source
    absentia: Sense | None = None
    #: prepositions of a passive verb's place or time adjunct ("staged outside the court by
    #: lawyers") → source
    adjunct_preps: dict[str, str] = field(default_factory=dict)
    #: prepositions of a passive verb's content or instrument ("threatened with sanctions by
    #: the EU") after which the parser may hang the verb's "by" phrase on the noun → source
    content_preps: dict[str, str] = field(default_factory=dict)
    #: prepositions that name what an act is about ("intelligence on the kidnappers") → source
    topic_preps: dict[str, str] = field(default_factory=dict)
    #: pronouns of things and questions, never a party ("faced it") → source
    thing_pronouns: dict[str, str] = field(default_factory=dict)
    #: of those, the subjects of an obligation that name no one to ask ("this must end") → source
    obliged_things: dict[str, str] = field(default_factory=dict)
    #: negative implicatives, "verb preposition" or a verb of a gerund object, whose gerund's
    #: act did not take place ("refrained from shelling", "avoided attacking") → source
    forgoing: dict[str, str] = field(default_factory=dict)
    #: adverbs and adjectives of hearsay ("allegedly", "the alleged attack") → source
    hearsay: dict[str, str] = field(default_factory=dict)
    #: verbs whose complement clause is a bare infinitive ("let them go") → source
    bare_infinitive: dict[str, str] = field(default_factory=dict)
    #: words after "not" that keep the act ("not just hacking") → source
    not_only: dict[str, str] = field(default_factory=dict)
    #: negative quantifiers as subject ("nobody attacked") → source
    negative_subjects: dict[str, str] = field(default_factory=dict)
    #: negative determiners of a subject or object ("no soldier", "no aid") → source
    negative_determiners: dict[str, str] = field(default_factory=dict)
    #: free-choice words ("anyone who attacks us", "whoever attacks") → source
    free_choice: dict[str, str] = field(default_factory=dict)
    #: nouns of absence whose "of" phrase is an act that did not happen ("lack of support") →
    #: source
    absence_nouns: dict[str, str] = field(default_factory=dict)
    #: pronouns by grammatical class (person, number, case) → source: relative pronouns, the
    #: third person plural, the plural of groups, plural subjects with "both", the possessives
    #: of people and of one person, the pronouns of one person and of people, the subject case
    #: but "you", a protest's own people, the subjects that stand for a happening
    relatives: dict[str, str] = field(default_factory=dict)
    plural_third: dict[str, str] = field(default_factory=dict)
    group_pronouns: dict[str, str] = field(default_factory=dict)
    plural_subjects: dict[str, str] = field(default_factory=dict)
    possessive_pronouns: dict[str, str] = field(default_factory=dict)
    personal_possessives: dict[str, str] = field(default_factory=dict)
    person_pronouns: dict[str, str] = field(default_factory=dict)
    people_pronouns: dict[str, str] = field(default_factory=dict)
    subject_pronouns: dict[str, str] = field(default_factory=dict)
    own_pronouns: dict[str, str] = field(default_factory=dict)
    happening_subjects: dict[str, str] = field(default_factory=dict)
    #: prepositions whose object is what an act noun is aimed at or done in ("an attack on
    #: the embassy") → source
    noun_target_preps: dict[str, str] = field(default_factory=dict)
    #: nouns of a figure or quantity, which rise and fall but refuse nothing ("views have
    #: declined") → source
    figures: dict[str, str] = field(default_factory=dict)
    #: objects of a verb of acquiring that are no goods ("bought time") → source
    unsold: dict[str, str] = field(default_factory=dict)
    #: nouns of a court, whose finding of guilt is a verdict ("the jury found") → source
    courts: dict[str, str] = field(default_factory=dict)
    #: nouns of a unit that measures a change ("by nine points", "3 percent") → source
    change_units: dict[str, str] = field(default_factory=dict)
    #: prepositions of a change's measure or end point ("by nine points") → source
    change_preps: dict[str, str] = field(default_factory=dict)
    #: verbs of a quantity's movement whose measured participle tells a fall ("dropping 50
    #: percent") → source
    change_verbs: dict[str, str] = field(default_factory=dict)
    #: prepositions of what an act is for or against ("campaigned for") → source
    aim_preps: dict[str, str] = field(default_factory=dict)
    #: modals of a mandative clause ("that talks should resume") → source
    mandative_modals: dict[str, str] = field(default_factory=dict)
    #: prepositions of a journey's end ("arrived in Kyiv") → source
    destination_preps: dict[str, str] = field(default_factory=dict)
    #: prepositions of a departure's goal ("left for Geneva") → source
    departure_preps: dict[str, str] = field(default_factory=dict)
    #: prepositions of an act noun's doer or parties ("a demand by the speaker") → source
    doer_preps: dict[str, str] = field(default_factory=dict)
    #: modals that make a reported clause a demand ("said Sudan must return it") → source
    obligation_modals: dict[str, str] = field(default_factory=dict)
    #: verbs of aimed projection whose target "at" names ("fired at the crowd") → source
    aimed_verbs: dict[str, str] = field(default_factory=dict)
    #: the indefinite articles ("a number of", "is a raid") → source
    indefinite_articles: dict[str, str] = field(default_factory=dict)
    #: verbs whose conviction reading is a verdict only from a court ("found guilty") → source
    verdict_verbs: dict[str, str] = field(default_factory=dict)
    #: number words of a count of ``statistic_count`` or more ("thousands") → source
    big_counts: dict[str, str] = field(default_factory=dict)
    #: the numbers the readers judge by (``thresholds`` of events.yaml) → (value, source)
    thresholds: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: adjectives of possibility, difficulty and necessity ("likely to attack") → source
    modal_adjectives: dict[str, str] = field(default_factory=dict)
    #: directive verbs that address someone only through a preposition ("called on") → source
    prepositional_directives: dict[str, str] = field(default_factory=dict)
    #: verbs of necessity ("need to act") → source
    need_verbs: dict[str, str] = field(default_factory=dict)
    #: nouns named for a verb of ``intent`` or ``deny``, which keep its infinitive and sense
    #: ("the threat to attack") → (that verb, source)
    nominalised: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: nouns named for a verb that asks another for an act ("the proposal to ban them") →
    #: (that verb, source)
    directive_nominals: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add_rows(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            pattern = _pattern(row)
            if pattern.kind == "verb":
                self.verbs.setdefault(pattern.lemma, []).append(pattern)
                if pattern.block:
                    self.block_verbs.setdefault(pattern.block, set()).add(pattern.lemma)
                if pattern.block and not (pattern.particle or pattern.object or pattern.prep):
                    blocks = self.verb_blocks.setdefault(pattern.lemma, [])
                    if pattern.block not in blocks:
                        blocks.append(pattern.block)
            elif pattern.kind == "pattern":
                self.blocks.setdefault(pattern.lemma, []).append(pattern)
            elif pattern.kind == "member":
                # a verb an older block lists: that block's patterns apply to it too, after
                # those of its CAMEO.2.0 blocks (scripts/build_event_lexicon.older_patterns)
                self.block_verbs.setdefault(pattern.block, set()).add(pattern.lemma)
                blocks = self.verb_blocks.setdefault(pattern.lemma, [])
                if pattern.block not in blocks:
                    blocks.append(pattern.block)
            elif pattern.kind == "noun":
                self.nouns.setdefault(pattern.lemma, pattern)
            elif pattern.kind == "complement":
                self.complements.setdefault(pattern.lemma, []).append(pattern)
            elif pattern.kind == "block":
                # a user's rows are read first and win ties, as their verbs and nouns do
                self.block_codes.setdefault(pattern.lemma, pattern.code)
                self.block_sources.setdefault(pattern.lemma, pattern.source)
            elif pattern.kind == "discard":
                self.discards.append((pattern.lemma, pattern.particle == "word", pattern.source))
            elif pattern.kind == "synset":
                self.synsets.setdefault(pattern.lemma, set()).update(pattern.object)
                self.synset_sources[pattern.lemma] = pattern.source

    def threshold(self, name: str) -> int:
        """The value of one of the readers' numbers (``thresholds`` of events.yaml)."""
        return self.thresholds[name][0]

    def entries(self) -> Iterable[tuple[str, str]]:
        """(what, source) for every entry of every table: what a provenance check reads."""
        for table in (self.verbs, self.blocks, self.complements):
            for rows in table.values():
                for p in rows:
                    yield f"{p.kind} {p.lemma}", p.source
        for noun, p in self.nouns.items():
            yield f"noun {noun}", p.source
        for phrase, _, source in self.discards:
            yield f"discard {phrase}", source
        for name, source in self.synset_sources.items():
            yield f"synset {name}", source
        for block, source in self.block_sources.items():
            yield f"block {block}", source
        for name in NAMED_TABLES:
            for word, source in getattr(self, name).items():
                yield f"{name} {word}", source
        for word, source in self.intent_sources.items():
            yield f"intent {word}", source
        for word, (_, source) in self.alleging.items():
            yield f"alleging {word}", source
        for code, (_, source) in self.reducing.items():
            yield f"reducing {code}", source
        for code, (_, source) in self.demanding.items():
            yield f"demanding {code}", source
        if self.absentia is not None:
            yield "absentia", self.absentia.source
        for name, (_, source) in self.thresholds.items():
            yield f"threshold {name}", source
        for name in VERB_TABLES:
            for word, (_, source) in getattr(self, name).items():
                yield f"{name} {word}", source


#: The tables of ``events.yaml`` that map a word to its source.
NAMED_TABLES = (
    "speaking_thing", "amounts", "housed", "guest", "aims", "motion", "departing", "verbal_protest",
    "sets_apart", "acquiring", "justice",
    "light", "about", "willing", "directive", "deny", "harm", "force", "collective", "declaring",
    "pledging", "pledged_objects",
    "homeland", "judging", "considering", "aimed", "forecasting", "managing", "enquiring",
    "proposing", "patterned", "causing", "bare_causing", "telephoning", "warning", "repercussions",
    "bargaining",
    "receiving", "received", "knowing", "polled", "standing_changes",
    "committing", "published", "captives", "electorate", "voting", "margins", "support_sought",
    "concurring", "reciprocal", "attending",
    "meeting", "facing", "satisfied", "visiting", "attempting", "reporting", "counted", "replying",
    "contrasting", "phrased", "showing", "obliging", "topical", "partitive", "measures",
    "portions", "pricing", "dismissing", "besieging", "speaking_one", "speaking_many",
    "speaking_self", "tongues", "ceasing", "cutting", "containing", "compelling",
    "compelling_means", "linking_verbs", "document_nouns", "availing",
    "banning", "sending", "intentions", "evidential", "finishing", "efforts", "attempts",
    "devising", "contents",
    "enumerators", "singling", "utterances", "wills", "needs", "able", "abilities", "inviting",
    "mentioning", "perceiving", "attitudes", "desiring", "occurring", "permitting",
    "purposes",
    "sense_particles", "implicatives",
    "hedges", "performatives", "frequency", "particle_adverbs", "hypothetical", "factive",
    "scheduling", "foretelling", "modal_adjectives", "prepositional_directives", "need_verbs",
    "arresting", "adjunct_preps", "content_preps", "topic_preps", "thing_pronouns",
    "obliged_things", "forgoing", "hearsay", "bare_infinitive", "not_only", "negative_subjects",
    "negative_determiners", "free_choice", "big_counts",
    "absence_nouns",
    "relatives", "plural_third", "group_pronouns", "plural_subjects", "possessive_pronouns",
    "personal_possessives", "person_pronouns", "people_pronouns", "subject_pronouns",
    "own_pronouns", "happening_subjects", "noun_target_preps", "figures", "change_units",
    "change_preps", "verdict_verbs", "change_verbs", "indefinite_articles",
    "aim_preps", "mandative_modals", "destination_preps", "departure_preps", "doer_preps",
    "obligation_modals", "aimed_verbs",
    "courts", "unsold",
)  # fmt: skip

#: The tables of ``events.yaml`` that map a noun to the verb it is named for and a source.
VERB_TABLES = ("nominalised", "directive_nominals")


@cache
def _split(value: str) -> tuple[str, ...]:
    """The ``|``-separated phrases of a cell, split once per distinct cell (see
    :func:`_phrase_index`)."""
    return tuple(v for v in value.split("|") if v) if value else ()


@cache
def _split_set(value: str) -> frozenset[str]:
    """:func:`_split` as a set, built once per distinct cell."""
    return frozenset(_split(value))


def _pattern(row: dict[str, str]) -> Pattern:
    return Pattern(
        kind=row["kind"],
        lemma=row["lemma"],
        block=row.get("block", ""),
        particle=row.get("particle", ""),
        subject=_split_set(row.get("subject", "")),
        object=_split(row.get("object", "")),
        prep=_split_set(row.get("prep", "")),
        prep_object=_split(row.get("prep_object", "")),
        adverb=row.get("adverb", ""),
        code=row.get("code", NULL) or NULL,
        reverse=row.get("reverse", "") == "1",
        source=row.get("source", ""),
        origin=_split_set(row.get("origin", "")),
    )


def read_rows(text: str) -> list[dict[str, str]]:
    """The rows of a lexicon TSV (the bundled one, or a user's in the same columns)."""
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


def _grammar(lex: Lexicon, raw: dict[str, Any]) -> None:
    for name in NAMED_TABLES:
        getattr(lex, name).update({str(k): str(v) for k, v in (raw.get(name) or {}).items()})
    for word, entry in (raw.get("verbs") or {}).items():
        lemma, _, particle = str(word).partition(" ")
        row = {"kind": "verb", "lemma": lemma, "code": str(entry["code"]), "particle": particle,
               "source": str(entry.get("source") or "")}  # fmt: skip
        if particle:
            # a phrasal verb ("turn down"): one more entry of the verb, matched with its particle
            lex.verbs.setdefault(lemma, []).append(_pattern(row))
        else:
            # first among the verb's entries: it is the bare code that applies
            lex.verbs.setdefault(lemma, []).insert(0, _pattern(row))
    for word, entry in (raw.get("nouns") or {}).items():
        row = {"kind": "noun", "lemma": str(word), "code": str(entry["code"]),
               "source": str(entry.get("source") or "")}  # fmt: skip
        lex.nouns[str(word)] = _pattern(row)
        if entry.get("verb"):
            lex.noun_verbs[str(word)] = str(entry["verb"])
    for entry in raw.get("patterns") or ():
        _sourced_pattern(lex, entry)
    for word, entry in (raw.get("alleging") or {}).items():
        lex.alleging[str(word)] = (str(entry["prep"]), str(entry.get("source") or ""))
    for code, entry in (raw.get("reducing") or {}).items():
        lex.reducing[str(code)] = (str(entry["code"]), str(entry.get("source") or ""))
    for code, entry in (raw.get("demanding") or {}).items():
        lex.demanding[str(code)] = (str(entry["code"]), str(entry.get("source") or ""))
    for name, entry in (raw.get("thresholds") or {}).items():
        lex.thresholds[str(name)] = (int(entry["value"]), str(entry.get("source") or ""))
    absentia = raw.get("absentia")
    if absentia:
        lex.absentia = Sense(
            str(absentia["type"]), str(absentia["mode"]), str(absentia["code"]),
            str(absentia.get("source") or ""),
        )  # fmt: skip
    for name in VERB_TABLES:
        for word, entry in (raw.get(name) or {}).items():
            getattr(lex, name)[str(word)] = (str(entry["verb"]), str(entry.get("source") or ""))
    for word, entry in (raw.get("intent") or {}).items():
        code = entry.get("code")
        lex.intent[str(word)] = str(code) if code else None
        lex.intent_sources[str(word)] = str(entry.get("source") or "")
        if not code:
            # "plans to deploy": the verb frames the act and is no event itself
            row = {"kind": "verb", "lemma": str(word), "code": NULL, "source": str(entry["source"])}
            lex.verbs.setdefault(str(word), []).insert(0, _pattern(row))


def _sourced_pattern(lex: Lexicon, entry: dict[str, Any]) -> None:
    """A pattern of ``events.yaml`` (one the PLOVER manual or the CAMEO->PLOVER table
    states): into the blocks of each of its verbs, or the verb's own entries when it is in
    none; with ``from_party`` also a variant with "from" and a named party."""
    rows = [{"object": "|".join(entry.get("object") or ()), "prep": str(entry.get("prep") or ""),
             "prep_object": "|".join(entry.get("prep_object") or ()),
             "particle": str(entry.get("particle") or "")}]  # fmt: skip
    if entry.get("from_party"):
        rows.append({**rows[0], "prep": "from", "prep_object": ACTOR_SLOT})
    for verb in entry["verbs"]:
        blocks = lex.verb_blocks.get(str(verb)) or []
        for row in rows:
            # written for this verb, as the dictionary's "# EXPEL" comments say: it wins a
            # tie with the dictionary's own pattern of the same words
            base = {**row, "code": str(entry["code"]), "origin": str(verb),
                    "source": str(entry.get("source") or "")}  # fmt: skip
            for block in blocks:
                lex.blocks.setdefault(block, []).insert(
                    0, _pattern({**base, "kind": "pattern", "lemma": block})
                )
            if not blocks:
                lex.verbs.setdefault(str(verb), []).append(
                    _pattern({**base, "kind": "verb", "lemma": str(verb)})
                )


def load_lexicon(user: Path | None = None, *, user_text: str | None = None) -> Lexicon:
    """The bundled lexicon, extended by a user's TSV file or its text (its rows first)."""
    lex = Lexicon()
    if user is not None:
        user_text = user.read_text(encoding="utf-8")
    if user_text is not None:
        lex.add_rows(read_rows(user_text))
    data = resources.files("communique.data")
    raw = gzip.decompress(data.joinpath("event_lexicon.tsv.gz").read_bytes()).decode("utf-8")
    lex.add_rows(read_rows(raw))
    _grammar(lex, load_yaml(data.joinpath("events.yaml").read_text("utf-8")))
    return lex


def lexicon() -> Lexicon:
    """The lexicon in force: the running ``communique_events`` component's (the bundled
    one plus the user's file of its ``user_lexicon`` setting), else the bundled one, read
    once per process (:mod:`communique.events.settings`)."""
    return ACTIVE.get().lexicon


# -- matching ------------------------------------------------------------------------


def _phrase_match(heads: PhraseIndex, token: Token | None) -> bool:
    """Does ``token``'s noun phrase match one of the phrases ``heads`` indexes: its head
    (lemma or form) is a phrase's last word and the words in front of it ("air" of "air
    strike") are among its modifiers?"""
    if token is None:
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    needs = heads.get(lemma, ())
    if lower != lemma:
        needs += heads.get(lower, ())
    if not needs:
        return False
    if any(not words for words in needs):
        return True  # a one-word phrase: the head is enough
    mods = {c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    # "fact-finding mission": the parser splits a hyphenated modifier into words and hangs the
    # first on the last; the dictionary writes it as one word ("{FACT-FINDING MISSION}")
    mods |= {
        c.doc[c.left_edge.i : c.i + 1].text.lower()
        for c in token.lefts
        if c.dep_ in ("compound", "amod", "nmod") and c.i > 0 and c.doc[c.i - 1].text == "-"
    }
    return any(all(w in mods for w in words) for words in needs)


@dataclass(slots=True)
class _Frame:
    """What a verb's dependents offer the patterns."""

    particles: set[str]
    obj: Token | None
    preps: dict[str, list[Token]]
    subject: Token | None
    adverbs: set[str]
    #: the preposition right after the verb, when it has an object: the particle of a
    #: prepositional verb of the dictionary ("called on Israel to halt": "+CALL_ON")
    next_prep: str = ""
    #: the object is the infinitive of a verb CAMEO codes as a statement ("declined to
    #: say"): it fills a pattern's STATEMENT_WORD and no other
    statement: bool = False
    #: the "of" noun of an object that is a noun of measure ("50 tonnes of wheat"): the
    #: object when no pattern names the measure itself ("- * TONNES [073] # DONATE")
    measured: Token | None = None


def next_after(verb: Token, prep: Token) -> bool:
    """Does the preposition follow the verb, with at most a time adjunct between them ("called
    Thursday on Israel to halt")? A noun phrase of time may stand after the verb in English
    news style before the verb's own phrases; the prepositional verb is still one. A
    participle the parser hangs on a noun ("a newspaper called Monday on ...") is read as
    naming the noun ("called Monday"), so only the verb right before its preposition is
    taken then: which reading holds the parse does not say."""
    if prep.i <= verb.i:
        return False
    if prep.i == verb.i + 1:
        return True
    if verb.dep_ in ("acl", "amod"):
        return False
    return all(t.ent_type_ in TIME_LABELS for t in verb.doc[verb.i + 1 : prep.i])


def for_to_mark(verb: Token, clause: Token) -> Token | None:
    """The "for" that opens an infinitive clause "for NP to VP" right after the verb (a
    grammar fact: "for" is then the complementizer the parser marks, while to the dictionary's
    prepositional verb "call for" it is the verb's preposition)."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if mark is None or not infinitive or not next_after(verb, mark):
        return None
    return mark


def _controlled_infinitives(verb: Token, obj: Token) -> list[Token]:
    """The "to" infinitives after a verb's object whose subject that object is ("ordered
    the diplomats to leave", an English object-control frame): bare verbs with "to" and no
    subject of their own. PETRARCH2's dictionaries write them as "to" phrases ("- * OFFICERS
    (TO LEAVE) [174] # ORDER", "- * AMBASSADOR (TO RETURN) [161] # ORDER")."""
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "xcomp"
        and clause.tag_ == "VB"
        and clause.i > obj.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ]


def object_predicate(verb: Token) -> Token | None:
    """The bare singular noun that predicates of the verb's object: "held the sailors
    **hostage**", "took him **prisoner**", "were taken **hostage**". A singular count noun
    with no determiner cannot be an argument in English, so after an object (the parser's
    second object) or as a passive verb's predicate it says what the object became."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in verb.children:
        if child.dep_ not in ("dobj", "oprd") or child.tag_ != "NN" or child.i < verb.i:
            continue
        if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in child.children):
            continue
        if (passive and child.dep_ == "oprd") or any(o.i < child.i for o in objects):
            # a passive's own object is the one a double-object verb keeps ("were given
            # credit"), no predicate
            return child
    return None


def held_as(verb: Token, lex: Lexicon | None = None) -> tuple[Token | None, Token] | None:
    """Whom a verb of taking or holding (:func:`holding_verbs`) holds as a hostage or
    prisoner, and the noun of CAMEO's HOSTAGE set that says so: "held the sailors
    **hostage**", "were taken **hostage**" (the bare noun after the object or of a passive,
    :func:`object_predicate`), or, where the parser reads object and predicate as one
    phrase, "took 20 soldiers **hostage**", "holding the economy **hostage**" (the compound
    before the noun is who or what is held). The one held is None when the parse names none."""
    lex = lex or lexicon()
    if verb.lemma_.lower() not in holding_verbs(lex):
        return None
    held_words = set_words(lex, ("HOSTAGE",))
    predicate = object_predicate(verb)
    if predicate is not None and noun_forms(predicate) & held_words:
        patient = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return (patient if patient is not None and patient.i != predicate.i else None), predicate
    for noun in verb.children:
        if noun.dep_ == "dobj" and noun.tag_ == "NN" and noun_forms(noun) & held_words:
            compounds = [c for c in noun.children if c.dep_ == "compound"]
            if compounds:
                return compounds[-1], noun
    return None


def noun_forms(token: Token) -> set[str]:
    """The forms a noun is looked up by in CAMEO's synonym sets and the word lists: as written,
    its lemma, and the lemma with "s", since CAMEO's sets list plurals ("soldiers") and the
    parser's lemma of a plural is its singular."""
    lemma = token.lemma_.lower()
    return {token.lower_, lemma, lemma + "s"}


def resultative_subject(verb: Token, lex: Lexicon | None = None) -> Token | None:
    """The one a resultative adjective's result is said of when the parser makes it the
    subject of the adjective's small clause ("found **the minister** guilty", "set **the
    hostages** free"): the verb's object in the resultative construction (English grammar),
    the one convicted or freed."""
    lex = lex or lexicon()
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and _resultative(verb, clause, lex):
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return None


def _resultative(verb: Token, word: Token, lex: Lexicon) -> bool:
    """Is the adjective ``word`` the particle of one of ``verb``'s own entries ("set ...
    free")? A resultative adjective stands where a particle does, before the object or after
    it ("set free the hostages", "set the hostages free"), or alone after a passive ("were set
    free"), and the parser hangs it as a modifier, a predicate or a clause (English grammar:
    the resultative construction)."""
    if word.pos_ != "ADJ" or word.dep_ not in ("amod", "oprd", "acomp", "advcl", "ccomp", "xcomp"):
        return False
    if any(c.dep_ == "neg" for c in word.children):
        return False  # "found him not guilty": the negated result is the opposite verdict
    return any(p.particle == word.lower_ for p in lex.verbs.get(verb.lemma_.lower(), ()))


def _frame(verb: Token, lex: Lexicon) -> _Frame:
    particles: set[str] = set()
    obj = subject = None
    preps: dict[str, list[Token]] = {}
    adverbs: set[str] = set()
    next_prep = ""
    for child in verb.children:
        dep = child.dep_
        adjacent = dep == "prep" and next_after(verb, child)
        if adjacent and any(c.dep_ == "pobj" for c in child.children):
            next_prep = child.lower_
        if dep == "prt":
            particles.add(child.lower_)
        elif dep == "dative" and child.pos_ == "ADP":
            # "sent warships to the Mediterranean": the parser's dative "to" is a phrase
            preps.setdefault(child.lower_, []).extend(c for c in child.children if c.dep_ == "pobj")
        elif (
            dep == "dative"
            and child.pos_ == "PROPN"
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            # "gave Moldova 50 million euros": of two objects the first is the one given to,
            # as "to" says after the second ("gave 50 million euros to Moldova"), and the
            # second is what the patterns name (English double-object construction). Only a
            # named first object: with a pronoun or a common noun the phrase is mostly an
            # idiom of the verb ("give him credit", "giving them ammunition", PolNeAR train)
            preps.setdefault("to", []).append(child)
        elif dep in ("dobj", "dative") and obj is None:
            obj = child
        elif dep == "nsubjpass" and obj is None:
            obj = child  # "the village was attacked": the object of the act
        elif dep == "nsubj":
            subject = child
        elif dep in ("prep", "agent"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            preps.setdefault(child.lower_, []).extend(objs)
            if not objs and child.lower_ in lex.particle_adverbs:
                # "pulled its peacekeepers out of Somalia": a particle the parser hung as a
                # preposition with no object of its own (its "of" phrase follows it, and is
                # the verb's: "walked out of the talks")
                particles.add(child.lower_)
                for grand in child.children:
                    if grand.dep_ == "prep":
                        preps.setdefault(grand.lower_, []).extend(
                            c for c in grand.children if c.dep_ == "pobj"
                        )
        elif dep == "advcl" and (mark := for_to_mark(verb, child)) is not None:
            # "called for Serbia to end the crackdown": in a "for NP to VP" clause right after
            # the verb, "for" is the verb's own preposition (+CALL_FOR), the clause its object
            preps.setdefault(mark.lower_, []).extend(
                c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")
            )
        elif dep == "advmod":
            adverbs.add(child.lower_)
            if child.lower_ in lex.particle_adverbs:
                particles.add(child.lower_)
        elif child.pos_ == "ADJ" and child.i > verb.i and _resultative(verb, child, lex):
            # "set the prisoners free", "were set free": the adjective that says what the
            # object became is the particle of the verb's entry that names it (+SET_FREE)
            particles.add(child.lower_)
    if obj is not None:
        for clause in _controlled_infinitives(verb, obj):
            # "ordered the diplomats to leave": the dictionary writes an infinitive after the
            # object as a "to" phrase ("- * DIPLOMAT (TO LEAVE) [161] # ORDER")
            preps.setdefault("to", []).append(clause)
    if obj is not None and verb.i + 1 < obj.i:
        after = verb.doc[verb.i + 1]
        if (
            after.head.i == obj.i
            and after.dep_ in ("amod", "compound", "advmod")
            and (after.lower_ in lex.particle_adverbs or _resultative(verb, after, lex))
        ):
            # "pull back forces" (a headline): a phrasal verb's particle may stand before its
            # object, where the parser reads it as the object's modifier ("back forces")
            particles.add(after.lower_)
    if obj is not None:
        for adjective in obj.children:
            if (
                adjective.i > obj.i
                and adjective.dep_ == "amod"
                and _resultative(verb, adjective, lex)
            ):
                # "found the former governor of Nairobi guilty": a bare adjective after the
                # object it is said of is the result, where the parser hangs it on the object
                # (English puts a modifying adjective before its noun)
                particles.add(adjective.lower_)
    predicate = object_predicate(verb)
    if predicate is not None:
        # "held the sailors hostage", "were taken hostage": the bare noun after the object (or
        # of a passive) says what the object became, and is what the patterns name ("- *
        # &HOSTAGE [181] # TAKE"); the object stays the one it is done to
        obj = predicate
    if obj is not None and obj.lemma_.lower() in lex.partitive:
        # "held a second round of talks", "launched a wave of attacks": the act is the noun of
        # the partitive's "of" phrase, which the patterns name
        obj = next((pobj for pobj in of_objects(obj) if pobj.pos_ == "NOUN"), obj)
    if obj is None:
        # "allowed the inspectors to return", "let aid workers enter": the object of the
        # verb is the subject of its infinitive (an English object-control frame), where a
        # pattern's object ("- * INSPECTOR") is read. A bare verb after a modal heads a
        # finite clause ("said the measures may include"), whose subject is its own.
        obj = next(
            (
                c
                for clause in verb.children
                if clause.dep_ in ("ccomp", "xcomp")
                and clause.tag_ == "VB"
                and not any(a.tag_ == "MD" for a in clause.children)
                for c in clause.children
                if c.dep_ == "nsubj" and c.i < clause.i
            ),
            None,
        )
        if obj is None:
            obj = resultative_subject(verb, lex)
    statement = False
    if obj is None:
        obj = _statement_infinitive(verb, lex)
        statement = obj is not None
    measured = None
    if obj is not None and not statement and obj.lemma_.lower() in lex.measures:
        measured = next((pobj for pobj in of_objects(obj) if pobj.pos_ == "NOUN"), None)
    return _Frame(particles, obj, preps, subject, adverbs, next_prep, statement, measured)


#: The dictionary's word for any statement: CAMEO's statement block (EXPLAIN_VERBAL, coded
#: 010) lists COMMENT among "say", "state", "describe", and "- * COMMENT [011] # REFUSE" is
#: its "Decline comment".
STATEMENT_WORD = "comment"


def _statement_infinitive(verb: Token, lex: Lexicon) -> Token | None:
    """An infinitive complement of a verb CAMEO codes as a statement or of a verb of replying
    (the ``replying`` table: "refused to answer", as CAMEO codes evading a question, "- *
    QUESTION [011] # EVADE"), with no subject of its own ("declined to comment", "refused
    to say"): it stands where a pattern names
    the dictionary's word for a statement ("- * COMMENT [011] # REFUSE"), and only there.
    Other infinitives do not fill a pattern's object: the dictionary's objects are nouns
    ("- * HELP # WANT" is "wants help", not "wants to help")."""
    for clause in verb.children:
        if (
            clause.dep_ == "xcomp"
            and clause.tag_ == "VB"
            and clause.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in clause.children)
            and (
                is_statement_verb(clause.lemma_.lower(), lex)
                or clause.lemma_.lower() in lex.replying
            )
        ):
            return clause
    return None


#: Particles of the dictionary's verbs that the parser reads as prepositions ("called on").
PREPOSITIONAL_PARTICLES = frozenset({"on"})


def _matches(p: Pattern, f: _Frame) -> list[Token] | None:
    """The tokens a pattern used, or None when one of its parts is missing."""
    used: list[Token] = []
    # PETRARCH matches a dictionary verb's words in sequence ("+CALL_ON", beside
    # "+CALL_UPON"); the parser hangs the preposition of such a prepositional verb as a
    # phrase, not a particle. Only the verb's own entry reads it so (a block pattern's
    # "- * IN" is not a word of the verb), and only "on", which the dictionary build
    # reads as a particle though it is a preposition there ("go through" a process,
    # "leave behind" a place are phrases, not the verbs of the dictionary)
    prepositional = p.kind == "verb" and p.particle == f.next_prep in PREPOSITIONAL_PARTICLES
    if p.particle and p.particle not in f.particles and not prepositional:
        return None
    if p.adverb and p.adverb not in f.adverbs:
        return None
    if p.subject and not _phrase_match(p.subject_heads, f.subject):
        return None
    if p.object:
        if f.statement:
            if () not in p.object_heads.get(STATEMENT_WORD, ()):
                return None
        elif not _phrase_match(p.object_heads, f.obj):
            return None
        assert f.obj is not None
        used.append(f.obj)
    if p.prep:
        preps = f.preps
        if p.object and f.obj is not None and not any(w in preps for w in p.prep):
            # "- * TALKS (BETWEEN) [039]": the phrase follows the object, and the parser
            # often hangs it there ("hosted talks between Israel and Hamas")
            preps = _object_preps(f.obj)
        found = [w for w in p.prep if w in preps]
        if not found:
            return None
        if p.prep_object:
            objs = [
                o
                for w in found
                for o in preps[w]
                if _phrase_match(p.prep_object_heads, o)
                or (ACTOR_SLOT in p.prep_object and _names_a_party(o))
            ]
            if not objs:
                return None
    return used


def committed_act(verb: Token, lex: Lexicon | None = None) -> Pattern | None:
    """The pattern of a block of commitment that names the act of this infinitive with its
    particle, object or preposition ("pledged to work together", "promised to address the
    shortcomings"), or None. The parser tags the adverbial particle "together" an adverb, so an
    adverb of the verb fills a pattern's particle here."""
    lex = lex or lexicon()
    rows = lex.complements.get(verb.lemma_.lower())
    if not rows:
        return None
    frame = _frame(verb, lex)
    frame.particles = frame.particles | frame.adverbs
    return next((p for p in rows if _matches(p, frame) is not None), None)


def _object_preps(obj: Token) -> dict[str, list[Token]]:
    """The prepositional phrases hung on a verb's object, by preposition."""
    preps: dict[str, list[Token]] = {}
    for child in obj.children:
        if child.dep_ == "prep":
            preps.setdefault(child.lower_, []).extend(c for c in child.children if c.dep_ == "pobj")
    return preps


def _names_a_party(token: Token) -> bool:
    """Can this prepositional object fill an actor slot: a named country, people, body or
    person ("from Panama", "from the OSCE")? A common noun ("from the race") cannot."""
    return token.ent_type_ in PARTY_LABELS or token.pos_ == "PROPN"


def verb_lemma(token: Token, lex: Lexicon | None = None) -> str:
    """The lemma a verb is looked up by. The small model's lemmatizer misreads some regular
    forms: it strips "-ed", "-ing" or "-s" whole from a verb whose stem ends in "e" ("raped"
    -> "rap", "staged" -> "stag", "rapes" -> "rap"). When its lemma is no verb of the
    lexicon and the word with its regular inflection undone (:func:`uninflected`) is, that is
    the verb. A lemma that is a verb of the lexicon is kept unless the form cannot be
    its inflection ("raged" is no form of "rag", which doubles its consonant). Light verbs
    too ("staged" -> "stage"), so their own patterns are reached ("- * {AIR EXERCISE} [151] #
    STAGE"); where such a pattern and the object noun's own phrase read the act apart
    ("soldiers staged a strike" against ``- * STRIKE [143] # STAGE``), the coder's light
    verb reading decides (``coder._light_object``)."""
    lex = lex or lexicon()
    lemma = token.lemma_.lower()
    if lemma in lex.verbs:
        if not token.lower_.endswith(E_DROPPING_ENDINGS):
            return lemma
        restored = lemma + "e"
        # "raged" is no form of "rag", which doubles its consonant ("ragged"): the stem is
        # "rage", whatever the lexicon holds of it
        return restored if undoubled(lemma, token.lower_) else lemma
    stems = uninflected(token.lower_, (token.tag_,))
    return next((s for s in stems if s in lex.verbs), lemma)


def verb_forms(token: Token, tags: Collection[str] | None = None) -> set[str]:
    """Every form a verb can be looked up by in a word list: its lemma, the word as written
    and the stems its regular inflection undone gives (:func:`uninflected`), so a form the
    lemmatizer misreads ("staged" -> "stag", "waging" -> "wag") still finds "stage" or
    "wage". The one place the grammar lists (light verbs, verbs that speak of an act) are
    read against a verb's spelling. ``tags`` are the tags whose endings are undone, the
    token's own by default; a verb the parser hangs as an auxiliary keeps its form as the
    lemma ("felt"), and its past endings are undone whatever it was tagged."""
    lower = token.lower_
    return {token.lemma_.lower(), lower, *uninflected(lower, tags or (token.tag_,))}


def verb_sense(token: Token, lex: Lexicon | None = None) -> tuple[Sense, list[Token]] | None:
    """The sense of a verb trigger and its words, from the most specific pattern of the
    verb's blocks that the parse satisfies, else the verb's own code (not for the everyday
    verbs of the ``patterned`` table, which CAMEO codes by what they govern).

    None when the verb is not in the lexicon, when its code is null ("---", a verb
    that names no act by itself), or when a pattern says the phrase is no event
    ("fight in the polls", "battle corruption"); a null verb of ceasing with a gerund of aid
    is the reduction of that aid (:func:`_ended_aid`).
    """
    lex = lex or lexicon()
    lemma = verb_lemma(token, lex)
    own = lex.verbs.get(lemma)
    if own is None and lemma != token.lower_:
        own = lex.verbs.get(token.lower_)
        lemma = token.lower_
    if own is None:
        return None
    frame = _frame(token, lex)
    found = _best(lemma, {lemma, token.lower_}, frame, lex)
    if frame.measured is not None and (found is None or not found[0].object):
        # "sent 50 tonnes of medical supplies": a measure no pattern names is read through
        # its "of" noun, what is sent (a pseudo-partitive, grammar)
        frame.obj = frame.measured
        found = _best(lemma, {lemma, token.lower_}, frame, lex) or found
    if found is None or not found[0].object:
        found = (
            _members_object(lemma, {lemma, token.lower_}, frame, lex)
            or _agreed_object(lemma, {lemma, token.lower_}, frame, lex)
            or found
        )
    bare = [q for q in own if not (q.particle or q.object or q.prep)]
    if found is not None:
        p, used, via = found
        words = [token, *used]
        for particle in (via.particle if via else "", p.particle):
            if particle:
                words += [c for c in token.children if c.lower_ == particle] or [
                    t for t in token.doc[token.i + 1 : token.i + 2] if t.lower_ == particle
                ]  # "pull back forces": the particle before the object, hung on it
        if not bare or bare[0].code == NULL or lemma in lex.patterned:
            words += _phrase_words(p, frame, lex)
    else:
        if not bare or lemma in lex.patterned:
            return None  # "gave a speech", "needs delegates": no pattern names the act
        phrased = frame.preps.get(_phrase_word(lex.phrased.get(lemma)) or "")
        if phrased:
            # "engaged in fighting": the phrase's act noun is the act; "engaged in
            # overclassification" names none, nor does a phrase that is not the verb's own
            for noun in (n for n in phrased if _phrase_of_verb(token, n)):
                named = noun_sense(noun, lex) or nominal_sense(noun, lex)
                if named is not None:
                    sense = _as_done(named[0], lemma, bare, lex)
                    return sense, sorted({token, *named[1]}, key=lambda t: t.i)
            return None
        p, words = bare[0], [token]
        committed = lex.intent.get(lemma)
        if committed and committed != p.code and any(c.dep_ == "xcomp" for c in token.children):
            # "consented to host the talks": with its infinitive the verb commits to that act
            # (the commitment's own code, coded by the coder's commitment reading); its bare
            # code ("consented", a concession) names the verb with an object or alone
            return None
    if p.code == NULL:
        return _ended_aid(token, lemma, lex)
    found_sense = Sense.of_code(p.code, p.source, reverse=p.reverse)
    if found_sense is None:
        return None
    return _as_done(found_sense, lemma, bare, lex), sorted(set(words), key=lambda t: t.i)


def _phrase_words(p: Pattern, frame: _Frame, lex: Lexicon) -> list[Token]:
    """The nouns of a pattern's prepositional phrase that say the act where the verb alone
    names none ("put its army on alert", "placed troops on standby": "put" and "place" have
    no code of their own, CAMEO.2.0.txt:875-877); such a noun is as much the trigger as the
    verb. An act noun of its own there ("called for talks") stays its own event."""
    if not (p.prep and p.prep_object):
        return []
    return [
        o
        for w in p.prep
        for o in frame.preps.get(w, ())
        if _phrase_match(p.prep_object_heads, o) and noun_sense(o, lex) is None
    ]


def _ended_aid(token: Token, lemma: str, lex: Lexicon) -> tuple[Sense, list[Token]] | None:
    """The reduction of aid a verb of ceasing tells with its gerund ("stopped funding the
    agency": 1621, "quit sending weapons to the rebels": 1622), by the ``reducing`` table;
    None for any other gerund ("stopped attacking": the end of an attack is no reduction of
    aid) and with no gerund. A verb of ending (``cutting``) tells the same of an act its
    object noun names (:func:`_ended_cooperation`)."""
    if lemma in lex.cutting:
        found = _ended_cooperation(token, lex)
        if found is not None:
            return found
    if lemma not in lex.ceasing:
        return None
    for child in token.children:
        if child.tag_ != "VBG" or child.dep_ not in ("xcomp", "ccomp", "dobj"):
            continue
        act = verb_sense(child, lex)
        code = act[0].code if act is not None else None
        reduced = lex.reducing.get(code or "")
        if act is None or reduced is None or act[0].reverse:
            continue
        sense = Sense.of_code(reduced[0], reduced[1])
        if sense is not None:
            return sense, sorted({token, *act[1]}, key=lambda t: t.i)
    return None


def _ended_cooperation(token: Token, lex: Lexicon) -> tuple[Sense, list[Token]] | None:
    """The reduction of relations a verb of ending tells when its object (or passive subject)
    is a noun naming material cooperation or aid ("suspended trade with Uganda", "halted
    imports of eggs", "trade was suspended"): CAMEO's CANCEL block codes the end of such an
    act named by its noun as a reduction ("- * MATERIAL [160] # HALT", "- * GRANTS [1621] #
    STOP", "- * AID [162] # HALT"), listing a few nouns by name; the noun's own act, through
    the ``reducing`` table, gives the rest. None when no object noun names such an act
    ("suspended the search", "ended the campaign")."""
    for noun in token.children:
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        act = noun_sense(noun, lex) or nominal_sense(noun, lex)
        if act is None or act[0].reverse:
            continue
        reduced = lex.reducing.get(act[0].code or "")
        if reduced is None:
            continue
        sense = Sense.of_code(reduced[0], reduced[1])
        if sense is not None:
            return replace(sense, needs_party=True), sorted({token, *act[1]}, key=lambda t: t.i)
    return None


def _as_done(sense: Sense, lemma: str, bare: list[Pattern], lex: Lexicon) -> Sense:
    """The sense of a verb that performs what its pattern or phrase names.

    The manual's AGREE chapter: a cooperative act is an AGREE when announced for later.
    Stated as done ("met for talks", "went on a trip"), it is the act the verb itself codes;
    the announcement's AGREE comes from the modality (see communique.events.announce). A
    directive verb does not perform the act it names ("called for talks" is no telephone
    call, CAMEO's own code of "call"): the pattern's AGREE stands."""
    coded = bool(bare) and bare[0].code != NULL
    if sense.type == "AGREE" and coded and lemma not in lex.intent and lemma not in lex.directive:
        own_sense = Sense.of_code(bare[0].code, bare[0].source)
        if own_sense is not None and own_sense.type in COOPERATIVE_ACTS:
            return own_sense
    return sense


def _phrase_of_verb(verb: Token, noun: Token) -> bool:
    """Is the preposition of ``noun`` the verb's own phrase: after the verb with at most
    adverbs or a time adjunct between ("went on strike", "engaged directly in talks")? A
    phrase after the verb's other arguments may belong to them, however the parser hangs it
    ("go home after he was pressed on the ban": the pressing was on the ban)."""
    prep = noun.head
    if prep.i <= verb.i:
        return False
    return all(
        t.pos_ in ("ADV", "PART") or t.ent_type_ in TIME_LABELS
        for t in verb.doc[verb.i + 1 : prep.i]
    )


def _phrase_word(entry: str | None) -> str | None:
    """The preposition of a ``phrased`` entry ("in: CAMEO.2.0.txt:8683 ...")."""
    return entry.partition(":")[0].strip() if entry else None


#: The dictionary's word for a protest as a phrase of the verb ("- * (IN PROTEST) [144] # BLOCK").
PROTEST_WORD = "protest"


def protest_reading(token: Token, lex: Lexicon | None = None) -> Sense | None:
    """The code the dictionary gives this verb when it is done in protest, from a pattern of
    its own or of its block that names only "in protest" ("- * (IN PROTEST) [144] # BLOCK",
    "[141] # RALLIED", "[145] # RANSACK"); None when it gives none."""
    lex = lex or lexicon()
    lemma = token.lemma_.lower()
    if lemma not in lex.verbs:
        return None
    forms = {lemma, token.lower_}
    for p in (*lex.verbs[lemma], *_block_patterns(lemma, forms, lex).patterns):
        if (
            p.prep == frozenset({"in"})
            and p.prep_object == (PROTEST_WORD,)
            and not (p.object or p.subject or p.particle or p.adverb)
            and p.code != NULL
        ):
            return Sense.of_code(p.code, p.source, reverse=p.reverse)
    return None


def pattern_says_no_event(token: Token, lex: Lexicon | None = None) -> bool:
    """Does the most specific pattern the verb's phrase satisfies say it is no event ("- *
    COMMENT [011]": "declined to comment" is a statement, which PLOVER does not code)? Other
    readings of the verb (an intent verb's commitment) then give none either."""
    lex = lex or lexicon()
    lemma = token.lemma_.lower()
    if lemma not in lex.verbs:
        return False
    found = _best(lemma, {lemma, token.lower_}, _frame(token, lex), lex)
    return found is not None and found[0].code == NULL and bool(found[0].object)


def _members_object(
    lemma: str, forms: set[str], frame: _Frame, lex: Lexicon
) -> tuple[Pattern, list[Token], Pattern | None] | None:
    """A pattern whose object the members of a collective object fill: "received a team of
    inspectors" as "receive * INSPECTOR" (a grammar fact: the "of" phrase of a collective
    noun names what the group is made of). Only a pattern that names an object counts, and
    the collective noun joins the words it used."""
    obj = frame.obj
    if obj is None or obj.lemma_.lower() not in lex.collective:
        return None
    member = next(iter(of_objects(obj)), None)
    if member is None:
        return None
    return _object_read_as(member, lemma, forms, frame, lex)


def _object_read_as(
    stand_in: Token, lemma: str, forms: set[str], frame: _Frame, lex: Lexicon
) -> tuple[Pattern, list[Token], Pattern | None] | None:
    """The verb's best pattern that names an object, read with ``stand_in`` in the object's
    place (the members of a collective, the content of an agreement); the real object joins
    the words the pattern used."""
    read = _Frame(frame.particles, stand_in, frame.preps, frame.subject, frame.adverbs)
    hit = _best(lemma, forms, read, lex)
    if hit is None or not hit[0].object:
        return None
    pattern, used, via = hit
    return pattern, [frame.obj, *used], via


#: CAMEO's synonym set of agreements ("&TREATY": treaty, pact, accord, agreement).
AGREEMENT_SET = "TREATY"


def _agreed_object(
    lemma: str, forms: set[str], frame: _Frame, lex: Lexicon
) -> tuple[Pattern, list[Token], Pattern | None] | None:
    """A pattern whose object the content of an agreement fills: "violated the ceasefire
    agreement" as "violate * &CEASEFIRE" [196]. A grammar fact: in a noun compound the
    modifier names what the head is about, and an agreement named by what it establishes (a
    ceasefire, a truce) is that state agreed, so acting on the one is acting on the other.
    Read only where no pattern of the verb names the agreement itself ("signed the ceasefire
    agreement" stays "- * &TREATY # SIGN"), and only a common noun as the modifier (a
    party's name, "the Iran agreement", says whose agreement it is)."""
    obj = frame.obj
    if obj is None or not {obj.lemma_.lower(), obj.lower_} & lex.synsets.get(AGREEMENT_SET, set()):
        return None
    for mod in obj.children:
        if mod.dep_ != "compound" or mod.i > obj.i or mod.pos_ != "NOUN" or mod.ent_type_:
            continue
        hit = _object_read_as(mod, lemma, forms, frame, lex)
        if hit is not None:
            return hit
    return None


def _best(
    lemma: str, forms: set[str], frame: _Frame, lex: Lexicon, *, object_only: bool = False
) -> tuple[Pattern, list[Token], Pattern | None] | None:
    """The most specific pattern of the verb ``lemma`` that ``frame`` satisfies: (pattern,
    the tokens it used, the verb entry it came through), or None. With ``object_only``,
    only patterns that name an object or a named party after their preposition."""
    own = lex.verbs.get(lemma, [])
    best: tuple[int, Pattern, list[Token], Pattern | None] | None = None
    # Most patterns name an object the verb does not have: the object's head words are read
    # once here, and only the patterns whose object can end in one of them are tried
    # (:class:`ObjectIndex`), in the order the lexicon gives them.
    obj = frame.obj
    heads = () if obj is None else (obj.lemma_.lower(), obj.lower_)
    if frame.statement:
        heads = (STATEMENT_WORD,)
    groups: list[tuple[Iterable[Pattern], Pattern | None]] = []
    for entry in own:
        if not (entry.particle or entry.object or entry.prep):
            continue
        groups.append(([entry], None))
        if entry.block and _matches(entry, frame) is not None:
            # "pull back": the patterns of its block apply to it ("pull back troops")
            groups.append((_block_index(entry.block, lex).tried(heads), entry))
    groups.append((_block_patterns(lemma, forms, lex).tried(heads), None))
    # "called him out for", "look forward to": a verb with a particle before a preposition is
    # a phrasal verb of its own, not the bare verb with that preposition; its block's
    # preposition patterns apply only where the dictionary lists the verb with that particle
    # ("+BUILD_UP": "built up arsenals for war", read through the entry above)
    # ("look up to", "look back on"; the others are the lexicon's ``sense_particles``)
    sense = lex.particle_adverbs.keys() | lex.sense_particles.keys()
    phrasal = bool((frame.particles | frame.adverbs) & sense)
    for patterns, via in groups:
        for p in patterns:
            if object_only and not (p.object or ACTOR_SLOT in p.prep_object):
                continue
            if phrasal and via is None and p.prep and not (p.particle or p.object):
                continue
            if p.object and (obj is None or not any(h in p.object_heads for h in heads)):
                continue  # as _matches would find: no object, or one no phrase of it ends in
            used = _matches(p, frame)
            if used is None:
                continue
            specificity = 16 * (p.specificity + (via.specificity if via else 0))
            if p.object or p.prep_object or p.subject:
                # among equals, a pattern that names a word of the phrase ("- * RELATIONS
                # [161]") says more than one of a bare particle or preposition ("- * OFF
                # [130]", "- * (WITH) [130]"): "broke off relations with Chile" is 161
                specificity += 8
            if p.origin & forms:
                # among equals, the pattern written for this very verb, and better one
                # written for it alone: "deployed troops" is "- * &MILITARY [154] # DEPLOY",
                # not "- * &MILITARY [072] # SEND , DEPLOY"
                specificity += 2 if p.origin <= forms else 1
            if best is None or specificity > best[0]:
                best = (specificity, p, used, via)
    return None if best is None else best[1:]


def refines(code: str, other: str) -> bool:
    """Is ``code`` a finer CAMEO code under ``other``: a child of it ("0874" under "087"),
    or a code of the same root where ``other`` is the root's general code ("143" under
    "140", CAMEO's "not otherwise specified")? Paired codes ("062:062") are left alone."""
    if code == other or ":" in code or ":" in other or NULL in (code, other):
        return False
    general = len(other) == 3 and other.endswith("0") and code[:2] == other[:2]
    return code.startswith(other) or general


@dataclass(slots=True)
class ObjectIndex:
    """Patterns in lexicon order, with those that name an object findable by its head word.

    A synonym block holds hundreds of patterns, nearly all naming an object ("- * TROOPS");
    a verb's object rules out all but those whose phrases end in its head, and no object
    rules out all that name one.
    """

    patterns: list[Pattern]
    #: positions of the patterns that name no object
    free: list[int]
    #: the patterns that name no object, in order
    unbound: list[Pattern]
    #: object head word (lemma or form) → positions of the patterns whose object ends in it
    by_head: dict[str, list[int]]

    @classmethod
    def of(cls, patterns: list[Pattern]) -> ObjectIndex:
        free: list[int] = []
        by_head: dict[str, list[int]] = {}
        for k, p in enumerate(patterns):
            if not p.object:
                free.append(k)
            for head in p.object_heads:
                by_head.setdefault(head, []).append(k)
        return cls(patterns, free, [patterns[k] for k in free], by_head)

    def tried(self, heads: tuple[str, ...]) -> list[Pattern]:
        """The patterns an object with these head words (none: no object) may match, in order."""
        found = [k for h in heads for k in self.by_head.get(h, ())]
        if not found:
            return self.unbound
        return [self.patterns[k] for k in sorted({*self.free, *found})]


def _block_index(block: str, lex: Lexicon) -> ObjectIndex:
    """:class:`ObjectIndex` of a synonym block's patterns, made once per lexicon."""
    found = lex.block_indexes.get(block)
    if found is None:
        found = lex.block_indexes[block] = ObjectIndex.of(lex.blocks.get(block, []))
    return found


#: Prepositions whose bare pattern, written for the verb itself, turns its act into opposition
#: ("- * (AGAINST) [110] # VOTE", CAMEO.2.0.txt:3433; "- * (AGAINST) [113] # LOBBY", :2295):
#: unlike a place or a companion ("meet * (AT)"), an "against" phrase names what the act
#: opposes, so the pattern recodes even a verb with a code of its own ("voted against the
#: bill" is no agreement).
OPPOSING_PREPS = frozenset({"against"})


def _block_patterns(lemma: str, forms: set[str], lex: Lexicon) -> ObjectIndex:
    """The patterns of the verb's synonym blocks that may apply to it, worked out once per
    verb and form: they depend on the lexicon alone, not on the sentence."""
    key = (lemma, frozenset(forms))
    known = lex.block_patterns.get(key)
    if known is not None:
        return known
    own = lex.verbs.get(lemma, [])
    bare = [q for q in own if not (q.particle or q.object or q.prep)]
    coded = bool(bare) and bare[0].code != NULL
    found = []
    for block in lex.verb_blocks.get(lemma, ()):
        for p in lex.blocks.get(block, ()):
            if _phrasal_of_another(p, forms, lex.block_verbs.get(block)):
                continue  # "- * BACK [042:043] # ARRIVE" is "arrive back", not "come back"
            if (
                coded
                and p.prep
                and not (p.prep_object or p.object or p.particle or p.subject)
                and not (p.prep & OPPOSING_PREPS and p.origin & forms)
            ):
                continue  # a bare "meet * (AT)" does not recode a verb that has its own code
            # "ARREST [173]" in "--- APPREHEND [171] ---": a verb the dictionary codes
            # unlike its block is set apart from its synonyms
            # (a block with no code of its own sets apart each verb it codes: its synonyms
            # are coded by their patterns alone)
            apart = coded and lex.block_codes.get(block, bare[0].code) != bare[0].code
            if coded and _idiom_of_another(
                p, forms, bare[0].code, lex.block_verbs.get(block), lex, set_apart=apart
            ):
                continue  # "take * PART [030]" is an idiom of "take", not of "capture"
            found.append(p)
    known = lex.block_patterns[key] = ObjectIndex.of(found)
    return known


def _verb_of(noun: str, lex: Lexicon) -> str | None:
    """The coded verb whose act a noun names: itself ("attack") or by a nominalisation
    suffix ("withdrawal" → "withdraw")."""
    if noun in lex.verbs:
        return noun
    return next((v for v in _nominal_verbs(noun) if v in lex.verbs), None)


def is_statement_verb(lemma: str, lex: Lexicon | None = None) -> bool:
    """Does CAMEO code the verb by itself as a public statement (root 01: "say", "tell",
    "announce", "state")? Its bare entry is null and says so
    (``scripts/build_event_lexicon.py``)."""
    entries = (lex or lexicon()).verbs.get(lemma, ())
    bare = [q for q in entries if not (q.particle or q.object or q.prep)]
    return bool(bare) and bare[0].code == NULL and "(statement 01" in bare[0].source


def verb_of(noun: str, lex: Lexicon | None = None) -> str | None:
    """The coded verb whose act ``noun`` names, if any ("withdrawal" → "withdraw")."""
    return _verb_of(noun, lex or lexicon())


def _noun_frame(noun: Token) -> _Frame | None:
    """What an act noun's dependents offer its verb's patterns: the "of" phrase is the
    verb's object ("the withdrawal of forces" as "withdraw forces"; a grammar fact of
    action nominals), the other prepositions are the verb's."""
    obj = None
    preps: dict[str, list[Token]] = {}
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if child.lower_ == "of" and objs and obj is None:
            obj = objs[0]
            # "the withdrawal of forces from Panama": the parser often hangs the act's
            # other phrases on its object; they still complete the act
            for grand in obj.children:
                if grand.dep_ == "prep" and grand.lower_ != "of":
                    preps.setdefault(grand.lower_, []).extend(
                        c for c in grand.children if c.dep_ == "pobj"
                    )
        else:
            preps.setdefault(child.lower_, []).extend(objs)
    return _Frame(set(), obj, preps, None, set()) if obj is not None else None


def _phrasal_of_another(p: Pattern, forms: set[str], block: set[str] | None) -> bool:
    """Is ``p`` a bare particle written for another verb of the block?

    A verb and its particle make a phrasal verb whose meaning is not the sum of its parts
    (grammar: "come back" returns, "break off" ends, "give up" yields); a pattern that names
    only a particle ("- * BACK [042:043] # ARRIVE") is that phrasal verb of the verb its
    comment names, and says nothing of the block's other verbs with the same particle:
    "arrived back in Moscow" ends a visit, "came back to work" is no visit. A pattern whose
    comment names no verb of the block is kept for all of them."""
    if not p.particle or p.object or p.prep or p.subject or p.adverb:
        return False
    named = p.origin & (block or set())
    return bool(named) and not named & forms


def _idiom_of_another(
    p: Pattern,
    forms: set[str],
    own: str,
    block: set[str] | None,
    lex: Lexicon,
    *,
    set_apart: bool = False,
) -> bool:
    """Is ``p`` an idiom written for another verb of the block?

    The dictionary writes a pattern under one verb of a synonym block and says which in
    its comment ("- * PART [030] # TAKE"). Where the pattern names one fixed word (not a
    synonym set) and its code lies in another quad class than the verb's own code
    (cooperation for a verb of conflict, words for a verb of deeds), the phrase means
    something the verb alone does not ("take part" is no seizure): an idiom, which is a
    fact about one word, not about its synonyms ("captured part of a stronghold" is still
    a capture). A pattern of the same kind of act ("give * MILLION [071]" for "provide",
    060) and a synonym set ("donate * &WEAPON [072]") are meant for the whole block, and so
    is one whose word is an event noun of the pattern's kind of act: the noun names the act
    and the verb only carries it ("- * SUPPORT [051] # SAY" holds for "expressed support",
    as a light verb's object does).

    A verb ``set_apart`` by a code of its own, unlike its block's ("ARREST [173]" among the
    seizures of "--- APPREHEND [171] ---", or any code in a block of none), is no plain
    synonym of the others: the
    dictionary says it names another act. A pattern written for another verb with a code of
    another CAMEO root is then that verb's, even within one quad class ("- * MINISTER [181]
    # SEIZE": seizing a minister abducts him, arresting him is an arrest, 173)."""
    if p.code == NULL or own == NULL or p.code[:2] == own[:2]:
        return False
    mine, theirs = code_info(own), code_info(p.code)
    if mine is None or theirs is None:
        return False
    if mine.quad_class == theirs.quad_class and not set_apart:
        return False
    if len(p.object) > 1 or len(p.prep_object) > 1 or len(p.subject) > 1:
        return False
    named = p.origin & (block or set())
    if not named or named & forms:
        return False
    for word in p.object:
        noun = lex.nouns.get(word)
        info = code_info(noun.code) if noun is not None and noun.code != NULL else None
        if info is not None and info.quad_class == theirs.quad_class:
            return False  # the object noun names an act of the pattern's kind
    return True


#: The cooperative acts whose announcement PLOVER codes AGREE (manual, AGREE chapter).
COOPERATIVE_ACTS = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def noun_sense(token: Token, lex: Lexicon | None = None) -> tuple[Sense, list[Token]] | None:
    """The sense of an event noun, two-word names first ("air strike", "hunger strike")."""
    lex = lex or lexicon()
    nouns = lex.nouns
    lower, lemma = token.lower_, token.lemma_.lower()
    doc = token.doc
    found: tuple[Pattern, list[Token]] | None = None
    joined = hyphenated(token)
    if joined is not None and (joined[0] in nouns or joined[1] in nouns):
        # "a sit-in", "the pull-out": the tokenizer splits the word at its hyphen; the
        # entry is the whole word, and its last part stands for it in the parse
        lower = joined[0]
        lemma = joined[1] if joined[1] in nouns else joined[0]
        found = (nouns[lemma], [doc[token.i - 2], doc[token.i - 1], token])
    elif not _may_end_a_noun(lower, lex) and not _may_end_a_noun(lemma, lex):
        return None  # most nouns of an article: no entry, of one word or two, ends in it
    if found is None and token.i > 0:
        prev = doc[token.i - 1]
        if prev.head.i == token.i and prev.dep_ in ("compound", "amod", "nmod"):
            for phrase in (f"{prev.lower_} {lower}", f"{prev.lower_} {lemma}"):
                if phrase in nouns:
                    found = (nouns[phrase], [prev, token])
                    break
    if found is None:
        for key in (lower, lemma):
            if key in nouns:
                found = (nouns[key], [token])
                break
    if found is None or found[0].code == NULL:
        return None
    single = len(found[1]) == 1 or joined is not None
    if len(found[1]) == 1:
        armed = _armed_reading(token, found[0], lex)
        if armed is not None:
            return armed
    frame = _noun_frame(token) if single else None
    verb = _verb_of(lemma, lex) if frame is not None else None
    phrasal = lex.noun_verbs.get(lower) or lex.noun_verbs.get(lemma)
    if frame is not None and phrasal is not None:
        # "the pullout of troops" reads as "pull out troops": the noun of a phrasal verb
        # takes its verb's patterns with the particle the noun is spelled with
        verb, _, particle = phrasal.partition(" ")
        frame.particles = {particle}
    if frame is not None and verb is not None:
        hit = _best(verb, {verb}, frame, lex, object_only=True)
        if hit is not None:
            # "the withdrawal of some forces" reads as "withdraw forces" (RETREAT)
            pattern, used, _ = hit
            if pattern.code == NULL:
                return None
            sense = Sense.of_code(pattern.code, f"{pattern.source} (as '{verb}')")
            return (sense, [*found[1], *used]) if sense is not None else None
    if len(found[1]) == 1 and _names_a_patterned_act(lemma, found[0], lex):
        return None  # "the Republican debate", "relations with Russia": no pattern names the act
    sense = Sense.of_code(found[0].code, found[0].source)
    return (sense, found[1]) if sense is not None else None


def hyphenated(token: Token) -> tuple[str, str] | None:
    """The word a token ends when the tokenizer split it at a hyphen ("sit-in" as "sit", "-",
    "in"): the whole word as written and with the last part's lemma ("walk-outs",
    "walk-out"), or None when no part of a hyphenated word, written without spaces, ends
    at the token."""
    doc = token.doc
    if token.i < 2:
        return None
    hyphen, first = doc[token.i - 1], doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{token.lower_}", f"{first.lower_}-{token.lemma_.lower()}"


#: The ending of a gerund, which names its verb's act ("a hearing" of "hear", "the failing").
GERUND = "ing"


def _names_a_patterned_act(noun: str, entry: Pattern, lex: Lexicon) -> bool:
    """Does the noun carry the bare code of a verb of the ``patterned`` table, whose act CAMEO
    codes only where a pattern of its block names what it governs ("debate", "hearing" of
    "hear", "relations" of "relate", "payment" of "pay")? An action noun names its verb's act
    (a grammar fact), so it is that act only where the verb would be: a pattern matched on the
    noun's own phrases (tried before this), never on the bare noun ("the Republican debate",
    "relations with Russia", "a committee hearing")."""
    gerund = [noun[: -len(GERUND)] + end for end in ("", "e")] if noun.endswith(GERUND) else []
    verb = next((v for v in (_verb_of(noun, lex), *gerund) if v in lex.patterned), None)
    if verb is None:
        return False
    bare = [q for q in lex.verbs[verb] if not (q.particle or q.object or q.prep)]
    return bool(bare) and bare[0].code == entry.code


def _may_end_a_noun(word: str, lex: Lexicon) -> bool:
    """Can an entry of ``lex.nouns`` end in ``word``: is its last word the last word of one?

    :func:`noun_sense` is asked about every noun of an article and nearly all have no
    entry; this one set lookup turns them away before their neighbours are read and the
    two-word phrases are built. Filled on first use, like the lexicon's other caches.
    """
    if lex.noun_ends is None:
        lex.noun_ends = frozenset(key.rsplit(" ", 1)[-1] for key in lex.nouns)
    return word.rsplit(" ", 1)[-1] in lex.noun_ends


def _discard_re(lex: Lexicon) -> re.Pattern[str]:
    """One regular expression over all discarded phrases, built once per lexicon: a phrase
    starts at a word boundary, and a whole-word phrase also ends at one (else it is a stem)."""
    if lex.discard_re is None:
        parts = [
            (phrase, r"\b" if whole else "")
            for phrase, whole, _ in sorted(lex.discards, key=lambda d: -len(d[0]))
        ]
        lex.discard_re = re.compile(r"\b" + _alternation(parts) if parts else r"(?!)")
    return lex.discard_re


def _alternation(phrases: list[tuple[str, str]], depth: int = 0) -> str:
    """The alternation of literal ``phrases`` (each with what must follow it), shaped as a
    tree of shared prefixes so the engine tests each character once per position rather
    than every phrase in turn; the list of hundreds of phrases made it the slowest step of
    coding a sentence.

    It matches what the flat alternation of ``phrases`` in their order matches: two
    phrases that part at some character cannot both match at one position, and a phrase
    that ends at a node is tried after the longer ones that go on through it, as in the
    flat list longest first."""
    ends = [after for text, after in phrases if len(text) == depth]
    branches: dict[str, list[tuple[str, str]]] = {}
    for text, after in phrases:
        if len(text) > depth:
            branches.setdefault(text[depth], []).append((text, after))
    parts = [re.escape(ch) + _alternation(rest, depth + 1) for ch, rest in branches.items()]
    return "(?:" + "|".join(parts + ends) + ")"


#: Suffixes of English action nominalisations and the verb endings they replace
#: ("evacuation" → "evacuate", "suspension" → "suspend", "withdrawal" → "withdraw").
NOMINAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ention", ("ain",)),  # "detention" → "detain"
    ("ulsion", ("el",)),  # "expulsion" → "expel"
    ("ation", ("ate", "", "e", "y")),  # "occupation" → "occupy"
    ("ition", ("ite",)),
    ("sion", ("d", "de", "t")),
    ("tion", ("te",)),
    ("ion", ("", "e")),
    ("ment", ("",)),
    ("al", ("", "e")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("e",)),
)


#: CAMEO's synonym sets of armed bodies ("troops", "special forces", "peacekeeping force").
ARMED_SETS = ("MILITARY", "PKO")
#: CAMEO's synonym sets of arms: a modifier from them names the force sense of a noun.
ARMS_SETS = ("WEAPON", "AIRCRAFT")


def set_words(lex: Lexicon, names: tuple[str, ...]) -> frozenset[str]:
    """The words of CAMEO's synonym sets ``names`` together, worked out once per lexicon (a
    user's lexicon may add to the sets)."""
    found = lex.set_unions.get(names)
    if found is None:
        found = lex.set_unions[names] = frozenset().union(
            *(lex.synsets.get(name, ()) for name in names)
        )
    return found


def armed_bodies(lex: Lexicon) -> frozenset[str]:
    """The words of CAMEO's sets of armed bodies and the heads their phrases end in ("forces"
    of "special forces", "armed forces", "ground forces")."""
    words = set_words(lex, ARMED_SETS)
    return words | {w.split()[-1] for w in words if " " in w}


def armed_words(lex: Lexicon | None = None) -> frozenset[str]:
    """Armed bodies (:func:`armed_bodies`) and the words of CAMEO's sets of arms."""
    lex = lex or lexicon()
    return armed_bodies(lex) | set_words(lex, ARMS_SETS)


def holding_verbs(lex: Lexicon) -> frozenset[str]:
    """The verbs CAMEO's patterns write with its HOSTAGE set as object for an act of force
    ("- * &HOSTAGE [181] # TAKE", "# HOLD", "# ABDUCT"): only they take or hold someone as
    a hostage or prisoner ("took 20 soldiers hostage"); "released the US hostage" does not."""
    if lex.holding_verbs is None:
        held = set_words(lex, ("HOSTAGE",))
        lex.holding_verbs = frozenset(
            verb
            for rows in lex.blocks.values()
            for p in rows
            if p.code[:2] in FORCE_ROOTS and held & set(p.object)
            for verb in p.origin
        )
    return lex.holding_verbs


def _names_armed_body(token: Token, lex: Lexicon) -> bool:
    """Does the noun end a phrase of CAMEO's sets of armed bodies with the modifiers before it
    ("the UN peacekeeping force": &PKO's PEACEKEEPING_FORCE, "special forces": &MILITARY),
    or is it the plural head such phrases end in ("special operations forces", "Russian
    forces")? Such a noun spelled as a verb ("force") names the body, not the verb's act:
    the act of forcing has no plural."""
    if token.tag_ == "NNS" and token.lower_ in armed_bodies(lex):
        return True
    words = [token.lower_]
    for left in reversed(list(token.lefts)):
        if left.dep_ not in ("compound", "amod") or left.i != token.i - len(words):
            break
        words.insert(0, left.lower_)
        phrase = " ".join(words)
        if any(phrase in lex.synsets.get(name, ()) for name in ARMED_SETS):
            return True
    return False


#: CAMEO roots of acts of force (18 assault, 19 fight, 20 mass violence).
FORCE_ROOTS = frozenset({"18", "19", "20"})


def _armed_reading(token: Token, row: Pattern, lex: Lexicon) -> tuple[Sense, list[Token]] | None:
    """A noun spelled as its verb that CAMEO's light verbs read as another act ("stage a
    strike": a walkout) names its verb's act when a weapon or aircraft modifies it ("a
    drone strike", "missile strikes"), as the dictionary's own "air strike" does, or, for a
    verb of force, when an armed body owns, performs or is aimed at it ("military strikes",
    ``physical.armed_doer``); so does a modifier of force ("terrorist strikes", "jihadist
    strikes": ``violent_modifiers`` of ``data/physical.yaml``), which no walkout takes."""
    verb = lex.verbs.get(token.lemma_.lower())
    bare = [q for q in verb or () if not (q.particle or q.object or q.prep)]
    if not bare or bare[0].code in (NULL, row.code):
        return None
    if bare[0].code[:2] in FORCE_ROOTS:
        from communique.events.physical import armed_doer  # physical reads this module

        doer = armed_doer(token, lex)
        if doer is not None:
            source = f"{bare[0].source} (of armed {doer}; CAMEO.2.0.txt:3968)"
            sense = Sense.of_code(bare[0].code, source)
            return (sense, [token]) if sense is not None else None
        aimed = _aimed_force(token, token.lemma_.lower(), lex)
        if aimed is not None:
            return aimed
    arms: set[str] = set()
    arms.update(words()["violent_modifiers"])
    for name in ARMS_SETS:
        arms |= lex.synsets.get(name, set())
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and (
            child.lower_ in arms or child.lemma_.lower() in arms
        ):
            sense = Sense.of_code(bare[0].code, f"{bare[0].source} (modified by '{child.text}')")
            return (sense, [child, token]) if sense is not None else None
    return None


#: Prepositions that aim an act at what it is done to ("strikes on Aleppo", "a strike on the
#: camp"); physical evidence and the coder read the same set.
TARGET_PREPS = frozenset({"on", "against"})


def _aimed_force(token: Token, verb: str, lex: Lexicon) -> tuple[Sense, list[Token]] | None:
    """ "A strike on the camp", "strikes against the port": an act noun aimed "on" or
    "against" a thing its verb's own patterns strike with force ("- * CAMP [190] # ATTACK",
    CAMEO.2.0.txt:9014, in the block of STRIKE) is that act of force: what the verb would
    take as its object, the noun takes after these prepositions (a grammar fact of action
    nouns). No walkout is aimed at a camp; a strike against a company or a law stays one."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS):
        for target in (c for c in prep.children if c.dep_ == "pobj"):
            frame = _Frame(set(), target, {}, None, set())
            hit = _best(verb, {verb}, frame, lex, object_only=True)
            if hit is None or not hit[0].object or hit[0].code[:2] not in FORCE_ROOTS:
                continue
            why = f"{hit[0].source} ('{prep.text} {target.text}', its verb's object)"
            sense = Sense.of_code(hit[0].code, why)
            if sense is not None:
                return sense, [token]
    return None


def nominal_phrase_sense(
    token: Token, lex: Lexicon | None = None
) -> tuple[Sense, list[Token]] | None:
    """The act of a nominalisation with no "of" object read from the verb pattern its own
    prepositional phrases fill ("a call for talks" as "- * (FOR) [020] # CALL", "a request
    for aid"): a noun keeps its verb's complements (a grammar fact of action nominals), so
    the phrase picks the verb's sense as it does after the verb ("called for talks", not a
    telephone call). None when no pattern with a preposition fits: the bare noun is as
    often a thing or a result as an act."""
    lex = lex or lexicon()
    if nominal_sense(token, lex) is None:
        return None
    verb = lex.nominals.get(token.lemma_.lower())
    if verb is None:
        return None
    preps: dict[str, list[Token]] = {}
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ not in ("of", "by"):
            preps.setdefault(child.lower_, []).extend(c for c in child.children if c.dep_ == "pobj")
    if not preps:
        return None
    hit = _best(verb, {verb}, _Frame(set(), None, preps, None, set()), lex)
    if hit is None or not hit[0].prep or hit[0].object or hit[0].code == NULL:
        return None
    why = f"'{verb}': '{token.lower_}' with its verb's phrase ({', '.join(hit[0].prep)})"
    sense = Sense.of_code(hit[0].code, f"{hit[0].source} ({why})")
    return (sense, [token]) if sense is not None else None


def nominal_sense(token: Token, lex: Lexicon | None = None) -> tuple[Sense, list[Token]] | None:
    """The act of a coded verb that a noun names by a nominalisation suffix ("suspension"
    of "suspend") or spelled as the verb ("patrols" of "patrol"): the verb's pattern its
    "of" phrase satisfies ("the deployment of troops" as "deploy troops"), else the verb's
    own code. A grammar fact (action nominalisations
    name their verb's act), used only where a light verb makes the noun an act
    ("announced the deployment"): elsewhere such nouns are as often things ("the
    administration")."""
    lex = lex or lexicon()
    noun = token.lemma_.lower()
    if token.ent_type_ in NUMBER_LABELS or token.vocab[noun].like_num:
        return None  # "made billions": a number word, whose "-ion" is no suffix of "bill"
    if noun in lex.document_nouns:
        return None  # "signed a bill": a text signed or drafted, not the act of billing
    if noun not in lex.nominals:
        # a suffix first ("suspension" of "suspend"); else the noun spelled as its verb
        # ("ordered patrols", "conducted raids": English zero derivation), which only the
        # light verb's frame makes an act. A noun the role lexicon lists as a body
        # ("department", "government", "administration") names an institution, not the act
        # of "depart" or "govern": such nouns lost their verb's sense.
        derived = next((v for v in _nominal_verbs(noun) if v in lex.verbs and v != noun), None)
        if derived is not None and noun in default_roles().bodies:
            derived = None
        lex.nominals[noun] = derived or (noun if noun in lex.verbs else None)
    verb = lex.nominals[noun]
    if verb is None:
        return None
    if verb == noun and _names_armed_body(token, lex):
        return None  # "ordered the peacekeeping force to leave": troops, not the act of forcing
    why = (
        f"'{verb}': '{noun}' names its act, a nominalisation"
        if verb != noun
        else f"'{noun}' after a light verb names the act of the verb '{verb}'"
    )
    frame = _noun_frame(token)
    hit = _best(verb, {verb}, frame, lex, object_only=True) if frame is not None else None
    if hit is not None:
        pattern, used, _ = hit
        if pattern.code == NULL:
            return None
        sense = Sense.of_code(pattern.code, f"{pattern.source} ({why})")
        return (sense, [token, *used]) if sense is not None else None
    bare = [q for q in lex.verbs[verb] if not (q.particle or q.object or q.prep)]
    if not bare or bare[0].code == NULL or verb in lex.patterned:
        return None
    sense = Sense.of_code(bare[0].code, f"{bare[0].source} ({why})")
    return (sense, [token]) if sense is not None else None


def _nominal_verbs(noun: str) -> list[str]:
    """The verbs a noun may be the nominalisation of, most likely first."""
    out: list[str] = []
    for suffix, endings in NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            out += [noun[: -len(suffix)] + ending for ending in endings]
    return out


def discarded(text: str, lex: Lexicon | None = None) -> str | None:
    """The phrase that makes PETRARCH leave a sentence uncoded (sport, film ...), if any."""
    found = _discard_re(lex or lexicon()).search(text.lower())
    return found.group(0) if found else None


def discards_in(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Every discarded phrase in ``text``: (start, end, phrase), in text order."""
    return [
        (m.start(), m.end(), m.group(0))
        for m in _discard_re(lex or lexicon()).finditer(text.lower())
    ]
