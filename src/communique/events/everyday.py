"""Everyday senses of verbs that CAMEO files among acts: a call that names someone, a
commitment to nothing, a text released, one speaker talking, a rally attended, voters' support.

CAMEO gives some verbs a code of their own that fits only one of their senses: "call" is a
telephone call (041), "decide" and "promise" an agreement (030), "release" the release of
people (0841), "discuss" a consultation of two sides (040:040), "attend" a visit to a meeting,
"meet" a meeting of people (MEET_PEOPLE), "visit" a visit to a host.
News uses them mostly in their other senses ("called him a liar", "decided to focus on Iowa",
"released a poll", "discussed his plan in a speech", "attended the rally"), which the
dictionary's own patterns read as comments, null codes or statements. And support given by
voters, delegates and donors is a vote, a poll answer or a campaign gift, which the PLOVER
manual makes a context (election), and a group "backing" a candidate names its side. These
checks keep the verb's own code only in the frame that code names; the words and their
sources are tables of ``events.yaml`` (telephoning, committing, published, reciprocal,
attending, meeting, visiting, warning, repercussions, bargaining, electorate, showing,
obliging, containing, portions, availing, pricing, dismissing, receiving, received,
knowing, voting, margins, support_sought).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.roles import agent_sectors, default_roles
from communique.entity_labels import (
    AMOUNT_LABELS,
    BARE_COUNT_LABELS,
    PARTY_LABELS,
    PERIOD_LABELS,
    PLACE_LABELS,
    TIME_LABELS,
)
from communique.events import participants as pt
from communique.events import physical
from communique.events.lexicon import (
    NULL,
    Lexicon,
    Sense,
    committed_act,
    lexicon,
    nominal_sense,
    noun_forms,
    noun_sense,
    set_words,
    verb_sense,
)
from communique.spans import child_with, of_objects

#: Complements that make "call" something other than a telephone call: a predicate on the
#: object ("called him a liar", "called it illegal"), a clause, a particle ("called out",
#: "called off"); a "for" or "into" phrase (NOT_A_CALL_PREPS) demands or judges.
NOT_A_CALL_DEPS = frozenset({"oprd", "ccomp", "acomp", "attr", "prt", "dative"})
#: Dependents of the object that name it something ("called Smith his choice", "calls her
#: 'a great woman'"): a noun or adjective predicated of it.
NAMING_DEPS = frozenset({"appos", "attr", "oprd", "npadvmod", "amod", "dobj"})
#: Prepositions that turn "call" into a demand or a judgement ("called for", "called into doubt").
NOT_A_CALL_PREPS = frozenset({"for", "into"})


def names_no_act(verb: Token, sense: Sense, words: list[Token]) -> bool:
    """Is the verb, coded by its own code alone, used in an everyday sense that names no act?"""
    if releases_no_one(verb, sense):
        return True  # "released a fact sheet", "ordered the release of documents"
    if bans_by_its_noun(verb) and bans_a_practice(verb, sense.code):
        return True  # "approved a ban on fracking": the ban noun a pattern names
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lex.compelling:
        # with a pattern too: CAMEO's "- DROUGHT * [---]" excludes the subject for every
        # pattern of FORCE ("forced the minister out" 161, "forced refugees" 162)
        return not _compelled_by_a_party(verb)
    if lemma in lex.voting and _by_the_electorate(verb, public=True):
        return True  # "58.9 percent voting against the initiative": the election itself
    if sense.type in ELECTORAL_CHOICES and _by_a_margin(verb):
        return True  # "Hispanics, who back her by 9 points": a count of answers
    if words != [verb]:
        return False  # a pattern of its block named the act
    if lemma in lex.banning and bans_a_practice(verb, sense.code):
        return True  # "banned waterboarding", "a law banning fracking": no party restricted
    if lemma in lex.telephoning and sense.code == "041":
        return not _calls_a_party(verb)
    if sense.type == "AGREE" and commits_to_nothing(verb):
        return True
    if lemma in lex.receiving and sense.type == "AGREE" and _receives_a_thing(verb):
        return True  # "accepted $200,000 from banks", "accepted an award"
    if lemma in lex.knowing and sense.type == "SUPPORT" and _knows_a_clause(verb):
        return True  # "recognized that the talks had failed"
    if lemma in lex.reciprocal and sense.type == "CONSULT":
        return not _two_sides(verb)
    if lemma in lex.attending and sense.type == "CONSULT":
        return not _attends_a_meeting(verb)
    if lemma in lex.meeting and sense.type == "CONSULT":
        return _meets_a_thing(verb)
    if lemma in lex.facing and sense.type == "CONSULT":
        return _faces_a_thing(verb)
    if lemma in lex.visiting and sense.type == "CONSULT":
        return _visits_a_thing(verb)
    if lemma in lex.showing and sense.type == "PROTEST":
        return _shows_something(verb)
    if lemma in lex.obliging and sense.type == "REQUEST":
        return not _required_by_a_party(verb)
    if lemma in lex.containing and sense.type == "COERCE":
        return not _contained_by_a_party(verb)
    if lemma in lex.pricing and sense.type == "ACCUSE":
        return _asks_a_price(verb)
    if lemma in lex.dismissing and sense.type == "ASSAULT":
        return _dismisses(verb)
    if lemma in lex.warning and sense.type == "THREATEN":
        return not _coercive_warning(verb)
    if lemma in lex.bargaining and sense.type == "SUPPORT":
        return not _bargains_with_a_party(verb)
    if sense.type in ELECTORAL_CHOICES and _by_the_electorate(verb):
        return True
    if sense.type == "SUPPORT" and _names_a_side(verb):
        return True
    # "as opposed to the average": a preposition, no one opposes
    return lemma in lex.contrasting and _contrasts(verb)


#: CAMEO 172 "Impose administrative sanctions", the PROHIBIT block's own code (ban, prohibit,
#: forbid, outlaw ...): its patterns code what a ban names ("- * PARTY [1722] # BAN",
#: "- * NEWSPAPER [1721] # BAN", "- * TRAVEL [172]", CAMEO.2.0.txt:8351, :8346, :8352), the
#: bare code names nothing.
BAN_CODE = "172"
#: The PLOVER types of the political activities a ban of its own restricts: protests and
#: meetings (the PROHIBIT block's "- * DEMONSTRATION", "- * PROTEST", "- * CONFERENCE"
#: [1721]; PLOVER's rights_freedoms context names "restrictions on civil rights, gatherings").
POLITICAL_ACTIVITIES = frozenset({"PROTEST", "CONSULT"})


def bans_a_practice(trigger: Token, code: str | None) -> bool:
    """Is the act coded 172 a ban of a practice or a thing rather than of a party ("banned
    waterboarding", "a law banning fracking", "pledged to ban assault weapons")? Then it is
    no event, done or announced. PLOVER's COERCE is "repression,
    restrictions on rights, or coercive uses of power"; its mode restrict is "restrictions on
    political freedoms or movement, including ... the banning of individuals or organizations
    from political life", censor bans "publications or other information", and a state of
    emergency is not COERCE "absent evidence for [its] use as a repressive tactic". CAMEO's
    172 is an administrative *sanction*, imposed on someone, and the PROHIBIT block's
    patterns name what it restricts: parties (1722), publications and protests (1721), travel
    and visits (172), trade (160, 163). A policy that outlaws a practice restricts no party;
    the threats of bans aimed at someone, 132 and 1322 "Threaten to ban political parties or
    politicians" (CAMEO2PLOVER-2021.txt), and the THREATEN mode restrict ("the banning of
    political activities of particular parties or individuals") say the same of a ban
    announced.

    So a verb of banning (``banning``: not "veto", "tax" or "sentence", which share the code)
    coded by the block's bare code is an act, and an act coded 172 is announced as a threat
    (:func:`announce.announcement`), only when what it bans names a party: people
    (:func:`physical.names_people`, the actor dictionary's roles: "banned all Muslims", "ban
    Trump"), the people its "of" phrase or a name before it gives ("classes of people",
    "Muslim immigration", "Iran's banks"), one barred "from" doing something (the gerund's
    subject, a grammar fact: "prohibit the banks from trading"), or a political activity
    the lexicon codes (``POLITICAL_ACTIVITIES``: "banned rallies"). A pattern of the block
    codes its own act and is read by its code, and its announcement by this test; with nothing
    named as banned ("God forbid"), the verb stays.

    A noun of banning is the same act: what its "on" phrase names, or the noun before it, is
    what it bans ("a ban on fracking", "the fracking ban" are no event, "a ban on the
    opposition party", "the Muslim ban" stay; :func:`_banned`), and so is
    a ban a light verb's pattern codes ("approved a ban on fracking"). Who does the practice,
    when its grammar names them (:func:`_doers`), and a party a banned transfer goes "to" are
    parties restricted ("a ban on gay couples adopting children", "arms sales to the junta")."""
    if code != BAN_CODE:
        return False
    banned = _banned(trigger)
    if banned is None or _barred_from_doing(trigger):
        return False
    ban_noun = _ban_noun(trigger)
    if _doers(banned, ban_noun):
        return False  # "a ban on gay couples adopting children": who does it is restricted
    named = [banned, *of_objects(banned), *_recipients(banned, ban_noun)]
    named += [
        c
        for noun in list(named)
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound")
        and (c.ent_type_ in PARTY_LABELS or c.pos_ == "PROPN")
    ]  # "Muslim immigration", "Iran's banks"; "its borders" are the banner's own
    if any(physical.names_people(n) or pt.agentive(n) for n in named):
        return False
    activity = noun_sense(banned)
    return activity is None or activity[0].type not in POLITICAL_ACTIVITIES


#: Prepositions whose object a noun of banning bans ("a ban on fracking", "his ban of the
#: reporter", "a ban against smoking"; English grammar: the noun takes its verb's object in
#: a prepositional phrase). The nouns are the ``banning`` verbs spelled as nouns ("ban").
BAN_NOUN_PREPS = frozenset({"on", "of", "against"})


def _ban_noun(trigger: Token) -> Token | None:
    """The noun of banning the act is read from: the trigger itself ("a ban on fracking") or
    the object of the verb a pattern codes ("approved a ban on fracking": CAMEO.2.0.txt
    '- * BAN [172] # APPROVE'); None for a verb of banning and its object."""
    noun = trigger
    if trigger.pos_ not in ("NOUN", "PROPN"):
        noun = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if noun is None:
            return None
    return noun if noun_forms(noun) & set(lexicon().banning) else None


def _banned(trigger: Token) -> Token | None:
    """What the act coded 172 bans: a verb's object (a gerund the parser makes a complement
    is the practice banned: "ban fracking"); a noun of banning's "on", "of" or "against"
    object ("a ban on fracking", :func:`_ban_noun`), which the parser often hangs on the verb
    the noun is the object of ("imposed a ban on fracking"); with no such phrase, the noun
    modifying it ("the fracking ban", "a smoking ban", "the Muslim ban": in a compound of an
    action noun the modifier is the noun's object, English grammar). A noun of banning with
    neither bans nothing named."""
    noun = _ban_noun(trigger)
    if noun is None:
        if trigger.pos_ in ("NOUN", "PROPN"):
            return None
        return next(
            (
                c
                for c in trigger.children
                if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "xcomp" and c.tag_ == "VBG")
            ),
            None,
        )
    holders = [noun]
    if noun.dep_ == "dobj":
        holders.append(noun.head)
    return next(
        (
            o
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in BAN_NOUN_PREPS
            for o in prep.children
            if o.dep_ in ("pobj", "pcomp")
        ),
        next((c for c in noun.children if c.i < noun.i and _compound_object(c)), None),
    )


def _compound_object(modifier: Token) -> bool:
    """Is ``modifier``, before a noun of banning, the object of the ban it names: a noun of
    a compound ("smoking ban", "Muslim ban") or a gerund the parser tags a modifier
    ("fracking ban")?"""
    return modifier.dep_ == "compound" or (modifier.dep_ == "amod" and modifier.tag_ == "VBG")


def bans_by_its_noun(verb: Token) -> bool:
    """Is the verb's object a noun of banning ("approved a ban", "imposed a ban"), so that
    the pattern coding the verb 172 ("- * BAN [172] # APPROVE") codes the ban itself?"""
    return _ban_noun(verb) is not None


def _doers(banned: Token, ban_noun: Token | None) -> list[Token]:
    """Who does the practice banned, when its grammar names them: a gerund's subject or the
    noun a gerund describes ("a ban on gay couples adopting children"), and an action noun's
    "by" object ("a ban on adoptions by same-sex couples"). A ban that names who may not do a
    thing restricts them, a party, whatever the word for them (grammar: the subject of a
    gerund and the "by" phrase of an action noun are its doer)."""
    found = [c for c in banned.children if c.dep_ == "nsubj"]
    described = [c for c in banned.children if c.dep_ == "acl"]
    if ban_noun is not None:
        # the parser often hangs the gerund on the noun of banning instead
        described += [c for c in ban_noun.children if c.dep_ == "acl" and c.i > banned.i]
    if any(c.tag_ == "VBG" for c in described):
        found.append(banned)
    found += [
        o
        for prep in banned.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return found


def _recipients(banned: Token, ban_noun: Token | None) -> list[Token]:
    """The party a banned transfer goes "to": a noun naming the thing it moves, by an "of"
    phrase or a modifier before it ("sales of weapons to the country", "arms sales to the
    junta"), with a "to" phrase, which the parser may hang on the noun of banning or on the
    verb it is the object of. A "to" phrase of a noun with no thing moved is an addressee
    ("perjury and false statements to Congress"), no recipient."""
    if not of_objects(banned) and not any(c.dep_ == "compound" for c in banned.children):
        return []
    holders = [banned]
    if ban_noun is not None:
        holders.append(ban_noun)
        if ban_noun.dep_ == "dobj":
            holders.append(ban_noun.head)
    return [
        o
        for holder in holders
        for prep in holder.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _barred_from_doing(verb: Token) -> bool:
    """Does the ban keep its object "from" doing something, an active gerund ("prohibit the
    banks from trading", "bars US assistance from reaching them")? The object is then the
    gerund's subject, one who acts; a passive gerund's is what is done ("prohibit any
    amendments from being considered")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and g.tag_ == "VBG"
        and not any(a.dep_ == "auxpass" for a in g.children)
        for prep in verb.children
        for g in prep.children
        if g.dep_ == "pcomp"
    )


#: CAMEO's codes of releasing people: 084 "Return, release, not specified" (the RELEASE
#: block's own code) and 0841 "Return, release person(s)"; 0842, property, is not a release
#: of people and is left to its patterns.
RELEASE_CODES = frozenset({"084", "0841"})


def releases_no_one(trigger: Token, sense: Sense) -> bool:
    """Does the verb or noun of releasing release no people? The PLOVER manual's RETREAT mode
    "release" is "Release captives" and CAMEO's 0841 "Return, release person(s)"; its RELEASE
    block codes people released ("- * PRISONERS", "- * &HOSTAGE", "- * &PEOPLE", "- * WOMAN")
    and null-codes or codes as information what is made public ("- * REPORT [---]", "- *
    DOCUMENTS [064]", "- * NAME [064]"). So the verb, bare or in a pattern, keeps its release
    only when what it releases names people (:func:`_captive`: the one test of people the
    DEPORT block uses, the actor dictionary's roles, CAMEO's people held, kin). A text,
    record or recording (``published``) is made public even when a headline capitalises it
    ("To Release Medical Records"); "them" is the plural noun it stands for in its sentence
    or the one before ("gathers the statistics but has not released them"); anything else
    ("a fact sheet", "freed up endorsements", "funds") frees no one. With nothing named as
    released, the verb stays.

    A noun of releasing ("the release of the hostages", "ordered the release of documents",
    a pattern's noun too) releases what its "of" phrase names, else its possessor ("his
    release from prison"); with neither it names no one freed ("a press release", "made
    four releases this month": the count noun of a text made public)."""
    if sense.type != "RETREAT" or sense.code not in RELEASE_CODES:
        return False
    if trigger.pos_ in ("NOUN", "PROPN"):
        thing = noun_released(trigger)
        if thing is None:
            return True
    else:
        thing = released_thing(trigger)
        if thing is None:
            return False
        if _releasing_noun(thing):
            thing = noun_released(thing)  # "ordered the release of the documents"
            if thing is None:
                return True
    thing = whole_of(thing)
    lex = lexicon()
    forms = noun_forms(thing)
    if thing.lower_.endswith("s"):
        forms.add(thing.lower_[:-1])  # a plural a headline capitalises ("Records")
    if forms & set(lex.published) or thing.ent_type_ == "WORK_OF_ART":
        return True  # a book, film or song by its title ("release 'The Making of X'")
    thing = physical.antecedent(thing, agreeing=True) or thing
    if noun_forms(thing) & set(lex.published):
        return True
    if _from_detention(trigger, lex):
        return False  # "release a rival from prison": CAMEO's "- * FROM &DETENTION [0841]"
    if _frees_to_act(trigger) and not _held(thing, lex):
        return True  # "free delegates to vote their conscience": made able to act, not freed
    if thing.like_num and not of_objects(thing) and _makes_available(trigger):
        return True  # "freed up 26 million": a number made available is an amount, no people
    if (
        thing.like_num
        and thing.lower_ != "one"
        and thing.ent_type_ in BARE_COUNT_LABELS
        and not of_objects(thing)
    ):
        # "released the seven": a number alone stands for people understood; "one" is the
        # pro-form of a noun named before it ("three polls, including one released Monday")
        return False
    return not any(_captive(noun, lex) for noun in (thing, physical.counted_of(thing)))


def whole_of(thing: Token) -> Token:
    """What a share released is of: a noun of part or amount (``portions``: "1,100 pages of
    her emails", "a lot of those emails") and a partitive number, pronoun or quantifier ("one
    of his rivals", "three of the detainees", "each of the reports") name what their "of"
    phrase names (a grammar fact: the part is of the kind of its whole); any other word is
    itself."""
    partitive = thing.like_num or thing.pos_ in PARTITIVE_POS
    if partitive or thing.lemma_.lower() in lexicon().portions:
        return next(iter(of_objects(thing)), thing)
    return thing


def _makes_available(verb: Token) -> bool:
    """Does the verb's particle make it one of making available (``availing``: "freed up 26
    million", "free up time")? A number alone after it is an amount of a resource, not the
    people a number alone after "released" stands for ("released the seven")."""
    availing = lexicon().availing
    return any(c.dep_ == "prt" and c.lower_ in availing for c in verb.children)


#: Parts of speech of a word that takes the whole it counts from its "of" phrase (a partitive,
#: a grammar fact): a number or pronoun ("one of", "some of") and a quantifier the tagger
#: reads as an adjective or determiner ("several of", "many of", "each of"). A noun's "of"
#: phrase is its own ("the names of the prisoners" are information).
PARTITIVE_POS = frozenset({"NUM", "PRON", "ADJ", "DET"})

#: CAMEO's codes of holding people: 173 "Arrest, detain, or charge with legal action" and
#: 181 "Abduct, hijack, or take hostage"; a participle of such a verb on a noun says that
#: the one it names is held ("an imprisoned rival", "the kidnapped reporter").
HOLDING_CODES = frozenset({"173", "181"})


def _captive(noun: Token, lex: Lexicon) -> bool:
    """Does the noun name people who can be held and freed: a name, a personal pronoun, a noun
    of people or of the actor dictionary's roles, one of CAMEO's people held (``captives``),
    a kin noun ("her husband", ``kin`` of ``data/physical.yaml``), or someone a participle of
    holding describes ("an imprisoned political rival")?"""
    if noun.ent_type_ in AMOUNT_LABELS:
        return False  # "freed up $26 million", "two million dollars": money counts no one
    if physical.names_people(noun, lex) or pt.agentive(noun):
        return True
    if noun_forms(noun) & physical.word_list("kin"):
        return True
    return _held(noun, lex)


def _held(noun: Token, lex: Lexicon) -> bool:
    """Does the noun name people held: one of CAMEO's people held (``captives``: prisoners,
    hostages, detainees) or someone a participle of holding describes ("an imprisoned
    rival")?"""
    if noun_forms(noun) & set(lex.captives):
        return True
    return any(
        c.dep_ == "amod" and c.tag_ == "VBN" and _own_code(c, lex) in HOLDING_CODES
        for c in noun.children
    )


def _frees_to_act(verb: Token) -> bool:
    """Does the verb free its object to do something, a "to" infinitive whose subject is the
    object ("free delegates to vote their conscience", "primaries that free her to present
    herself")? English "free someone to do something" is to make them able to do it (an
    object-control complement, a grammar fact): a release from a rule or a duty. CAMEO's
    0841 frees people held; "freed the prisoners to go home" still names them
    (:func:`_held`)."""
    return any(
        c.dep_ == "xcomp"
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _own_code(verb: Token, lex: Lexicon) -> str | None:
    """The code a verb has by itself in the lexicon (its entry with no particle, object or
    preposition), or None."""
    entries = lex.verbs.get(verb.lemma_.lower(), [])
    return next((e.code for e in entries if not (e.particle or e.object or e.prep)), None)


def _from_detention(verb: Token, lex: Lexicon) -> bool:
    """Does the verb release from detention, a "from" phrase naming a place of it (CAMEO's
    &DETENTION set: jail, prison, custody ...)?"""
    places = set_words(lex, ("DETENTION",))
    return any(
        prep.dep_ == "prep" and prep.lower_ == "from" and noun_forms(o) & places
        for prep in verb.children
        for o in prep.children
        if o.dep_ == "pobj"
    )


#: Types that name a choice between candidates or measures when voters make it ("voters
#: backed Smith", "rejected the measure").
ELECTORAL_CHOICES = frozenset({"SUPPORT", "REJECT"})


def _relative(token: Token | None) -> bool:
    """Is ``token`` a relative pronoun (``relative_pronouns`` of titles.yaml)? The subject of
    a relative clause is the noun it describes ("donors who backed Rubio")."""
    return token is not None and token.lower_ in default_roles().relative


def _names_a_side(verb: Token) -> bool:
    """Is the verb of support a present participle after a person or group, which says whose
    side the noun is on ("a super PAC backing Bush", "pastors supporting Cruz", "Democrats
    supporting Mrs. Clinton")? Such a reduced relative describes the noun, as "a group that
    backs Bush" does: a standing allegiance, no act done at a time (a grammar fact), and
    around a candidate the campaign's, which the PLOVER manual makes a context (election:
    "campaign fundraising"). The participle of a text ("a statement praising the troops") is
    what the text says, and stays."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and pt.agentive(verb.head)


#: The agent dictionary's sector of the public (Phoenix.agents.txt: VOTER, ELECTORATE,
#: CONSTITUENT [~CVL]); delegates are filed as legislators (DELEGATE [~LEG]).
PUBLIC_SECTOR = "CVL"


def _by_the_electorate(verb: Token, *, public: bool = False) -> bool:
    """Is the one who supports or rejects the electorate: voters, delegates, donors, or a
    share of people in a poll ("voters backed Smith", "62 percent of Democrats support the
    ban", "donors who backed Rubio", "delegates supporting Clinton")? With ``public``, only
    the public counts: a noun the agent dictionary files under another sector than the
    public's ("delegates must vote for the winner": DELEGATE [~LEG]) casts a party's vote,
    which CAMEO codes (VOTE [030])."""
    subject, _, passive = pt.arguments(verb)
    if passive:
        subject = pt.agent_of(verb)
    if subject is not None and _relative(subject) and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head  # "delegates supporting Clinton"
    if subject is None and verb.tag_ == "VBG":
        # a gerund's subject the parse hangs on it as a modifier ("resulted in 58.9 percent
        # voting against"): the one voting
        subject = next((c for c in verb.children if c.dep_ in GERUND_SUBJECT_DEPS), None)
    electorate = lexicon().electorate
    for _ in range(2):  # "most of the voters", "62 percent of voters": the share's group
        if subject is None:
            return False
        if subject.lemma_.lower() in electorate or subject.lower_ in electorate:
            sector = agent_sectors().get(subject.lower_) or agent_sectors().get(
                subject.lemma_.lower()
            )
            return not public or sector in (None, PUBLIC_SECTOR)
        subject = next(iter(of_objects(subject)), None)
    return False


#: Dependents under which the parse puts a gerund's subject ("58.9 percent voting", "voters'
#: backing"): a noun before the gerund names who does it (a grammar fact).
GERUND_SUBJECT_DEPS = frozenset({"compound", "poss", "nsubj"})


def _by_a_margin(verb: Token) -> bool:
    """Is the support or rejection stated "by" a margin ("who back her by 9 points", "favor
    Smith by a wide margin")? A preference with a size is a count of poll answers or ballots
    (a grammar fact: the "by" phrase measures a difference between counts), which the PLOVER
    manual makes a context (election), not an act one party does to another. The margin nouns
    are ``margins`` of events.yaml."""
    margins = lexicon().margins
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            for measure in pt.prep_objects(prep):
                if measure.lemma_.lower() in margins or measure.lower_ in margins:
                    return True
    return False


def _two_sides(verb: Token) -> bool:
    """Does the talk have two sides: a party after "with", or a plural or joined subject
    ("discussed trade with Mexico", "the two leaders discussed trade", "Smith and Jones
    discussed ...")? The subject of an infinitive or a joined verb is its head's."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ == "with" for t in [verb, *objects] for c in t.children):
        return True  # "discussed trade with Mexico", parsed on the verb or on its object
    subject, _, _ = pt.arguments(verb)
    head = verb
    while subject is None and head.dep_ in ("xcomp", "advcl", "conj") and head.head.i != head.i:
        head = head.head
        subject, _, _ = pt.arguments(head)
    if subject is None:
        return False
    if _relative(subject) and head.dep_ == "relcl":
        subject = head.head
    joined = any(c.dep_ == "conj" for c in subject.children)
    return joined or subject.tag_ in pt.PLURAL_TAGS or subject.lower_ in lexicon().plural_subjects


def _meets_a_thing(verb: Token) -> bool:
    """Is what the verb meets a thing it satisfies or runs into ("met the deadline", "meet
    the requirements", "encountered resistance"), not someone? With no object ("the leaders
    met") or with anyone else as object ("met the pope", "met his counterpart") it is a
    meeting."""
    satisfied = lexicon().satisfied
    for child in verb.children:
        if child.dep_ == "dobj":
            return child.lemma_.lower() in satisfied or child.lower_ in satisfied
    return False


def _faces_a_thing(verb: Token) -> bool:
    """Is what the verb of facing faces a thing ("confronted the challenge", "encountered
    resistance", "confronted what may be the hardest moment"), not someone ("confronted the
    minister", "encountered the envoy")? Such verbs mostly face things: only a party or a
    place named as object makes a meeting, and a clause as object is always a thing."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ == "dobj":
            # a pronoun of a thing ("faced it", "confronted what ..."; ``thing_pronouns`` of
            # events.yaml): no one is met
            return child.lower_ in lexicon().thing_pronouns or not _party_or_place(child)
    return False


def _bargains_with_a_party(verb: Token) -> bool:
    """Is the bargain struck with a party ("dealt with Iran", "dealing with the rebels"),
    not a thing handled ("deal with the crisis") and not with no one named ("wheeling and
    dealing")? CAMEO's BARGAIN block codes "deal with it" as no event."""
    return any(
        other.lower_ != "it" and _party_or_place(other)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for other in pt.prep_objects(prep)
    )


def _party_or_place(noun: Token) -> bool:
    """Can the noun be a party to a visit or a bargain: someone ("the troops"), a named place
    or building ("Kenya", "the White House"), or a place a government holds ("the city")?"""
    if pt.agentive(noun) or noun.ent_type_ in PLACE_LABELS:
        return True
    return noun.lemma_.lower() in default_roles().place_nouns


#: Dependents that aim a warning at someone: "warned China", "was warned", "warned them to".
WARNED_DEPS = frozenset({"dobj", "dative", "nsubjpass", "xcomp"})


def _coercive_warning(verb: Token) -> bool:
    """Is the warning coercive: aimed at someone ("warned China not to move", "warned
    against an attack"), stating the warner's own act ("warned they would sell the
    bonds") or naming a repercussion ("warned that any attack would meet a response")? A
    warning that another party or thing will do harm ("warned that the party would lose",
    "warned of the risks") foretells a danger: CAMEO's WARN block codes such warnings as a
    pessimistic comment (012), no threat."""
    if any(c.dep_ in WARNED_DEPS for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return True
    subject, _, _ = pt.arguments(verb)
    repercussions = lexicon().repercussions
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(t.lemma_.lower() in repercussions for t in clause.subtree):
            return True  # "warned that any sabotage would be met with a response"
        said = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if said is not None and (
            said.lower_ in lexicon().subject_pronouns
            or (subject is not None and said.lower_ == subject.lower_)
        ):
            return True  # "warned they would retaliate": the warner's own act, a threat
    return False


def _visits_a_thing(verb: Token) -> bool:
    """Is what is visited a thing, neither a party nor a place ("visited the restaurant",
    "visiting a train station")? A visit is to a host: someone ("visited the troops"), a
    place a government holds ("visited the city", "visited Kenya"), or no one named ("the
    envoy visited on Monday")."""
    visited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if visited is None or visited.pos_ != "NOUN":
        return False
    return not _party_or_place(visited)


#: Dependents that give a verb of protest something shown: an object ("demonstrated his
#: commitment"), a clause ("demonstrated that the plan works", "demonstrate how it was done"),
#: or a passive subject ("it was demonstrated that ...").
SHOWN_DEPS = frozenset({"dobj", "ccomp", "nsubjpass", "csubjpass"})


#: Prepositions whose object is part of what is accepted ("tens of millions of dollars",
#: "millions in donations"); a "from" phrase names the giver, not the thing.
RECEIVED_PREPS = frozenset({"of", "in"})


def _receives_a_thing(verb: Token) -> bool:
    """Is what the verb of accepting takes a thing given: a sum of money, a gift or an honour
    ("accepted $200,000 from banks", "accepted millions in donations", "accepting an award",
    "the money he accepted")? CAMEO's ACCEPT is null-coded and its patterns code only an act
    offered (a treaty, a request, a plan, a proposal, an invitation): receiving a thing agrees
    to nothing, and money given to a campaign is fundraising, which the PLOVER manual makes a
    context (election), no act between parties."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not things and verb.dep_ == "relcl":
        things = [verb.head]  # "the money he accepted"
    received = lexicon().received
    for thing in things:
        parts = [thing]
        for prep in thing.children:
            if prep.dep_ == "prep" and prep.lower_ in RECEIVED_PREPS:
                parts.extend(p for p in prep.children if p.dep_ == "pobj")
        for part in parts:
            if part.lemma_.lower() in received or part.lower_ in received:
                return True
            if any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in part.children) or (
                part.ent_type_ == "MONEY" or part.tag_ == "$"
            ):
                return True
    return False


#: Prepositions whose object, for a noun of polled support, is the one backing ("the support
#: of 40 percent of voters", "support from donors").
BACKER_PREPS = frozenset({"of", "from"})


def polled_support(noun: Token, sense: Sense) -> bool:
    """Is the noun of support a candidate's standing in the polls rather than an act of
    support: with no "for" phrase naming who is backed, a share counted "among" a group
    ("his support among farmers"), given by voters ("the support of 40 percent of voters"),
    stated as a figure ("her 32% support") or rising and falling ("Smith's support rose four
    points", ``standing_changes`` and ``change_verbs``)? The owner is then the one backed,
    and the PLOVER manual makes polling a context (election), no act between parties."""
    lex = lexicon()
    if sense.type != "SUPPORT" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.polled:
        return False
    if _sought(noun):
        return True  # "courting support from lawmakers", "lost support even from the unions"
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if any(p.lower_ == "for" for p in preps):
        return False  # "Ghana's support for the rebels": who is backed is named
    if any(p.lower_ == "among" for p in preps):
        return True
    for prep in preps:
        if prep.lower_ not in BACKER_PREPS:
            continue
        for backer in pt.prep_objects(prep):
            for _ in range(2):  # "40 percent of voters": the share's group
                if backer.lemma_.lower() in lex.electorate or backer.lower_ in lex.electorate:
                    return True
                backer = next(iter(of_objects(backer)), None)
                if backer is None:
                    break
    modifiers = [c for c in noun.children if c.i < noun.i and c.dep_ != "poss"]
    if any(t.ent_type_ == "PERCENT" or t.like_num for c in modifiers for t in c.subtree):
        return True  # "her 32% support"
    head = noun.head.lemma_.lower()
    return noun.dep_ == "nsubj" and (head in lex.standing_changes or head in lex.change_verbs)


def _sought(noun: Token) -> bool:
    """Is the noun of support the object of a verb that seeks, draws away or loses it
    ("courting support from lawmakers", "has lost support even from the unions", "taking
    much of his support from a rival"; ``support_sought`` of events.yaml)? Such a verb's
    object is support not given by anyone named: sought (CAMEO codes "seek support" as an
    appeal, 022), gone, or voters' backing moved between candidates. A verb of getting
    ("received support from", "won support from") keeps the act, as CAMEO's "- * SUPPORT
    (FROM) [:051] # GET" does."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "much of his support": the share is the object
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    sought = lexicon().support_sought
    return verb.lemma_.lower() in sought or verb.lower_ in sought


def _knows_a_clause(verb: Token) -> bool:
    """Does the verb of praise take a clause ("recognized that the talks had failed",
    "appreciates how hard it is")? With a clause it states what the subject knows or has come
    to see (a grammar fact), while praise in CAMEO's block (051, beside HAIL, HONOR, SALUTE)
    is given to a party or its deed, named as the object ("recognized the volunteers")."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _shows_something(verb: Token) -> bool:
    """Does the verb of protest take something shown ("demonstrated his commitment",
    "demonstrated that the plan works"), or describe a noun as shown ("the commitment
    demonstrated by the mayor")? A street demonstration takes neither: the protesters
    demonstrate, outside a building or against a policy (a grammar fact; CAMEO's MARCH
    block codes what is shown only by its own pattern, "- * SUPPORT [051]")."""
    if any(c.dep_ in SHOWN_DEPS for c in verb.children):
        return True
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN"


def _required_by_a_party(verb: Token) -> bool:
    """Is the one who requires a party ("Congress required the president to ...", "he would
    require Muslims to register")? A thing as subject makes the verb one of need ("success
    will require effort", "the law requires lenders to disclose"), and a passive with no
    party named as requiring ("they are required to file", "as required by law") states a
    standing obligation: neither is a demand made by someone (a grammar fact; PLOVER's
    REQUEST is made by a source actor). With no subject found ("by requiring dealers to
    register") the verb keeps its code."""
    subject, _, passive = pt.arguments(verb)
    head = verb
    while subject is None and not passive and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "the laws require ... and require clinics to upgrade"
        subject, _, passive = pt.arguments(head)
    if passive:
        subject = pt.agent_of(head)
        if subject is None:
            return False
    return _subject_is_a_party(head, subject)  # "state laws requiring a photo ID": the laws


def _contained_by_a_party(verb: Token) -> bool:
    """Is the one who contains a party ("the United States contained the Islamic State",
    "a strategy of containing the Soviet Union"), or is no one named ("the group had been
    contained in Iraq", "our goal is to contain it")? A thing as the verb's own subject ("a
    database containing information", "legislation containing exceptions") or a passive's
    "in" phrase that is no place and no time ("the proof was contained in his reply"; "the
    revolt was contained within a week" is restraint) makes the verb one
    of inclusion, no restraint of anyone (a grammar fact). Only the verb's own subject
    counts: an infinitive's inherited one ("the mission is to contain it") is not its doer."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = pt.agent_of(verb)
        if agent is not None:
            return pt.agentive(agent)
        inside = child_with(verb, ("prep",), frozenset({"in", "within", "inside"}))
        places = [c for c in inside.children if c.dep_ == "pobj"] if inside is not None else []
        # a place or a time ('contained in Iraq', 'contained within a week') says where or
        # when someone was held back, not what a thing includes
        return inside is None or any(p.ent_type_ in PLACE_LABELS | TIME_LABELS for p in places)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _subject_is_a_party(verb, subject)  # "a database containing information": no party


def _compelled_by_a_party(verb: Token) -> bool:
    """Is the one who forces or compels a party ("the police forced them out", "a ruling
    the court used to force the firm to pay"), or is no one named ("they were forced to
    leave")? A circumstance, an event or a thing as the subject ("the scandal forced her to
    resign", "the merger forced the firm to cut jobs", "the changes have forced her to
    lead") or as the passive's "by" agent ("was forced out by the allegations") names a
    cause, not a party using power: PETRARCH2 codes "- DROUGHT * [---] # FORCE" as no event,
    and PLOVER's COERCE is "coercive uses of power". With no one named the verb keeps its
    code: an agentless passive often hides a party ("Jews were forced to wear the star").
    A measure of power as the subject ("the sanctions forced Iran to talk", "an order that
    forced the union to end the strike"; ``compelling_means``) stands for the party that
    imposed it, as PETRARCH2's "- * SANCTIONS [163] # ENFORCE" reads it."""
    subject, _, passive = pt.arguments(verb)
    if passive:
        subject = pt.agent_of(verb) or _agent_on_infinitive(verb)
        if subject is None:
            return True
    elif subject is not None and _relative(subject) and verb.dep_ == "relcl":
        subject = verb.head  # "the rules, which forced banks to ...": the rules
    if subject is not None and subject.lemma_.lower() in lexicon().compelling_means:
        return True  # "the sanctions forced Iran to talk": a party's measure of power
    return pt.agentive(subject) if passive else _subject_is_a_party(verb, subject)


def _agent_on_infinitive(verb: Token) -> Token | None:
    """The "by" phrase the parser hangs on a passive's active infinitive ("was forced to
    resign by mass protests"): an active verb has no agent of its own, so a noun there that
    names no time ("by Friday") and no manner (a gerund, "by selling shares") is the agent of
    the passive it completes (a grammar fact: only a passive takes a "by" agent)."""
    for comp in verb.children:
        if comp.dep_ != "xcomp" or any(c.dep_ in ("auxpass", "agent") for c in comp.children):
            continue
        for prep in comp.children:
            if prep.dep_ != "prep" or prep.lower_ != "by":
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in PERIOD_LABELS:
                    return noun
    return None


def _subject_is_a_party(verb: Token, subject: Token | None) -> bool:
    """Is the one who does ``verb`` a party, for the verbs that are acts only when a party does
    them (``_required_by_a_party``, ``_contained_by_a_party``)? A relative pronoun stands for
    the noun its clause modifies, and an active participle's noun is its doer ("state laws
    requiring a photo ID", "a database containing information"): grammar facts. With no one
    found the verb keeps its code; a pronoun of a thing is no party."""
    if subject is not None and _relative(subject) and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head
    if subject is None:
        return True
    # a pronoun of a thing or a clause ("it will require effort"; ``thing_pronouns`` of
    # events.yaml) is never a party; a relative pronoun was replaced by its noun above
    if subject.lower_ in lexicon().thing_pronouns:
        return False
    return pt.agentive(subject)


#: Dependents that say what a price is asked of or how much: "charged the campaign $3.7
#: million", "charges $20,000 for a speech", "charge less", "charged students more than".
PRICE_DEPS = frozenset({"dobj", "dative", "npadvmod", "advmod", "prep"})
#: Comparatives that stand for a sum ("charged more than that", "charge less to play").
SUM_WORDS = frozenset({"more", "less"})


def _asks_a_price(verb: Token) -> bool:
    """Does the verb of accusation ask a price: a sum of money or "more"/"less" as what it
    asks ("charged students more than $30,000", "charges $20,000 for speaking")? The
    accusation names a charge or the accused ("charged him with fraud"), never a sum."""
    for child in verb.children:
        if child.dep_ not in PRICE_DEPS:
            continue
        if child.lower_ in SUM_WORDS and child.dep_ in ("dobj", "advmod", "npadvmod"):
            return True
        objects = child.children if child.dep_ == "prep" else (child,)
        for obj in objects:
            if any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in obj.subtree):
                return True
    return False


def _dismisses(verb: Token) -> bool:
    """Does the verb of force dismiss someone from a post or rouse them: a person as its object
    or passive subject ("fired his campaign manager", "she was fired"), or "up" ("fired up
    the crowd")? Weapons and shots are what is fired in an attack ("fired rockets")."""
    if child_with(verb, ("prt",), frozenset({"up"})) is not None:
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "it" and pt.agentive(c)
        for c in verb.children
    )


def _attends_a_meeting(verb: Token) -> bool:
    """Is what is attended a meeting: an act noun of consultation ("attended the summit",
    "attended talks in Geneva")?"""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            found = noun_sense(child)
            return found is not None and found[0].type == "CONSULT"
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        found = noun_sense(verb.head)  # "a rally attended by Trump"
        return found is not None and found[0].type == "CONSULT"
    return False


def commits_to_nothing(verb: Token) -> bool:
    """Is the verb one of commitment (``committing``) that commits to no act, or one of
    agreeing (``concurring``) that names nothing agreed to? A noun that names such a verb's
    act ("made a decision", "the decision to withdraw": an action nominalisation, read by
    :func:`~communique.events.lexicon.nominal_sense`) is asked the same of its own infinitive
    and phrases: "make good decisions" commits to nothing ("an agreement", a noun of
    agreeing, is an accord reached, and stays)."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if verb.pos_ in ("NOUN", "PROPN"):
        # "an agreement" is an accord reached, not a view shared: only commitment is asked
        lemma = lex.nominals.get(lemma) or lemma
        return lemma in lex.committing and not _commits_to_an_act(verb)
    if lemma in lex.concurring:
        return not _agrees_to_something(verb)
    return lemma in lex.committing and not _commits_to_an_act(verb)


def _agrees_to_something(verb: Token) -> bool:
    """Does "agree" name what is agreed to: an infinitive ("agreed to sell"), a "to" phrase
    ("agreed to the terms"), or an "on" phrase that names an act ("agreed on a ceasefire";
    not "agreed on one thing")?"""
    for child in verb.children:
        if child.dep_ == "xcomp":
            return True
        if child.dep_ == "ccomp" and _proposes_an_act(child):
            return True  # "agreed that their countries should cooperate"
        if child.dep_ != "prep":
            continue
        objects = [p for p in child.children if p.dep_ in ("pobj", "pcomp")]
        if child.lower_ == "to" and objects:
            return True
        if child.lower_ in ("on", "upon") and any(
            p.pos_ == "VERB" or _names_an_act(p) or _names_an_accord(p) for p in objects
        ):
            return True
    return False


#: Modals of a clause that proposes or commits to an act ("agreed that they should cooperate",
#: "agreed that they would meet").
PROPOSING_MODALS = frozenset({"should", "must", "shall", "will", "would"})
#: The AGREE block's word classes for what is agreed on ("- * ON &SOLUTION [035]", "- * (TO
#: PEACE &TREATY) [037:037]", "- * (TO PROPOSAL) [030]", "- * (TO &CEASEFIRE) [0356]").
ACCORD_SYNSETS = ("TREATY", "SOLUTION", "PROPOSAL", "CEASEFIRE")


def _proposes_an_act(clause: Token) -> bool:
    """Does the clause name an act to be done: a modal of obligation or future before a verb
    that names an act ("that their countries should cooperate")?"""
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    modal = bool(auxes & PROPOSING_MODALS) and "have" not in auxes  # not "should have resigned"
    return modal and any(_act_verb(v, objects=False) for v in _clause_verbs(clause))


def _names_an_accord(noun: Token) -> bool:
    """Is the noun one of the AGREE block's classes of accords ("a pact", "a solution")?"""
    synsets = lexicon().synsets
    lemma = noun.lemma_.lower()
    return any(lemma in synsets.get(name, ()) for name in ACCORD_SYNSETS)


def _calls_a_party(verb: Token) -> bool:
    """Is the call made to a party named as the object and nothing more ("called the prime
    minister on Monday", "phoned him")?"""
    if any(c.dep_ in NOT_A_CALL_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in NOT_A_CALL_PREPS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    party = pt.is_entity_or_group(obj) or (obj.pos_ == "PRON" and obj.lower_ not in ("it", "each"))
    naming = any(c.dep_ in NAMING_DEPS and c.i > obj.i for c in obj.children)
    return party and not naming


def _commits_to_an_act(verb: Token) -> bool:
    """Does the verb of commitment commit to an act: an infinitive or clause whose verb or
    object names one ("pledged to withdraw", "promised that Iran would free them", "vowed to
    hold talks"), or an object or "to" phrase that does ("promised aid", "agreed to a
    ceasefire")?"""
    for child in verb.children:
        # a noun's infinitive is its clause ("the decision to withdraw the troops")
        infinitive = child.dep_ == "xcomp" or (child.dep_ == "acl" and child.tag_ == "VB")
        clause = (infinitive or child.dep_ == "ccomp") and child.pos_ in ("VERB", "AUX")
        # an infinitive's object may name the act ("to hold talks"); a finite clause's
        # object is what a view is about ("agreed they have a great brand")
        objects = infinitive
        if clause and any(_act_verb(v, objects=objects) for v in _clause_verbs(child)):
            return True
        if child.dep_ == "dobj" and _names_an_act(child):
            return True
        if child.dep_ == "prep" and any(
            p.dep_ == "pobj" and _names_an_act(p) for p in child.children
        ):
            return True
    return False


def _clause_verbs(verb: Token) -> list[Token]:
    """The verb of a complement with the verbs it chains to: its conjuncts and their own
    infinitives ("pledged to continue to cooperate", "promised to meet and to help")."""
    found = [verb]
    for token in found:
        found += [c for c in token.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]
    return found


def _act_verb(verb: Token, *, objects: bool = True) -> bool:
    """Does the verb, or its object, name an act: a verb CAMEO codes on its own or through
    a pattern of its block ("meet", "withdraw", "help", "pay"), a verb with the particle,
    object or preposition a block of commitment names ("to work together", "to exercise
    restraint": :func:`~communique.events.lexicon.committed_act`), or an act noun ("to hold
    talks")?"""
    if verb_sense(verb) is not None or committed_act(verb) is not None:
        return True
    own = lexicon().verbs.get(verb.lemma_.lower(), [])
    if any(p.code != NULL for p in own if not (p.particle or p.object or p.prep)):
        return True
    return objects and any(c.dep_ == "dobj" and _names_an_act(c) for c in verb.children)


def _names_an_act(noun: Token) -> bool:
    return noun_sense(noun) is not None or nominal_sense(noun) is not None


def released_thing(verb: Token) -> Token | None:
    """What a verb of releasing releases: its object ("released a poll"), its passive subject
    ("the video was released"), or the noun a participle or a relative clause describes ("a
    poll released Sunday", "the ad that Trump released", "the plan he released"). A share
    ("pages of emails", "each of the reports") is read as its whole by :func:`whole_of`."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ == "xcomp":
        thing = _argument_on_governor(verb)
    if _gap_in_reported_clause(verb, thing):
        return verb.head.head  # "names he said would be released": the names
    if thing is None and (
        verb.dep_ == "relcl" or (verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN")
    ):
        thing = verb.head  # "the document he released", "a poll released Sunday"
        if verb.dep_ == "acl":
            thing = _relative_head(thing)  # "a fact sheet lawmakers released"
    elif thing is not None and _relative(thing) and verb.dep_ == "relcl":
        thing = verb.head  # "the ad that Trump released"
    elif thing is not None and _relative(thing) and thing.dep_ == "dobj":
        # "the memos that he plans to release": a relative pronoun object of an infinitive
        # stands for the noun its clause describes, the noun just before it
        before = thing.doc[thing.i - 1] if thing.i > thing.sent.start else None
        thing = before if before is not None and before.pos_ in ("NOUN", "PROPN") else thing
    return thing


def _gap_in_reported_clause(verb: Token, subject: Token | None) -> bool:
    """Is the passive verb the clause a relative clause's verb reports, with its subject the
    relative clause's gap ("names he said would be publicly released", "the documents the
    agency says will be released")? In English grammar a relative clause's gap may sit in a
    clause its verb embeds (long-distance extraction); a passive there with no subject of its
    own, or a relative pronoun for one, has the described noun as its subject."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "relcl"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and (subject is None or _relative(subject))
    )


def _argument_on_governor(verb: Token) -> Token | None:
    """The argument of an infinitive that the parser hung on the verb governing it: a relative
    pronoun object before both ("transcripts that he said he plans to release": "that" on
    "plans"), or the subject of a passive "for ... to" infinitive ("arranged for the emails to
    be released": in English grammar the noun after "for" is the infinitive's subject); None
    when there is neither."""
    governor = verb.head
    for child in governor.children:
        if child.dep_ == "dobj" and _relative(child) and child.i < verb.i:
            return child
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(
        (
            o
            for prep in governor.children
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < verb.i
            for o in prep.children
            if o.dep_ == "pobj"
        ),
        None,
    )


#: Determiners of a singular noun only ("a fact sheet", "this ad"): one before a plural noun
#: belongs to a noun before that plural (English determiner agreement, a grammar fact).
SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "each", "every", "this", "that"})
#: Penn tags of plural nouns.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def _relative_head(subject: Token) -> Token:
    """The noun a relative clause describes when the parser made the clause's subject the
    head of its participle: "This ad that Trump released" (a relative pronoun before the
    subject: the noun before the pronoun) and the contact clause "a fact sheet lawmakers
    released" (a singular determiner on a plural noun, read as one phrase with the noun before
    it: that noun, which the determiner agrees with). Any other head is the noun described."""
    doc = subject.doc
    pronoun = next((c for c in subject.children if c.i < subject.i and _relative(c)), None)
    if pronoun is not None and pronoun.i > subject.sent.start:
        before = doc[pronoun.i - 1]
        return before if before.pos_ in ("NOUN", "PROPN") else subject
    singular = any(c.dep_ == "det" and c.lower_ in SINGULAR_DETERMINERS for c in subject.children)
    before = doc[subject.i - 1] if subject.i > subject.sent.start else None
    if (
        singular
        and subject.tag_ in PLURAL_NOUN_TAGS
        and before is not None
        and before.dep_ == "compound"
        and before.head.i == subject.i
        and before.tag_ == "NN"
    ):
        return before
    return subject


def _releasing_noun(noun: Token) -> bool:
    """Is the noun one of releasing ("the release", "freedom"), by its code in the lexicon?"""
    found = noun_sense(noun) if noun.pos_ in ("NOUN", "PROPN") else None
    return found is not None and found[0].code in RELEASE_CODES


def noun_released(noun: Token) -> Token | None:
    """Who or what a noun of releasing releases: its "of" phrase's object, as a verb's object
    ("the release of the prisoners", a grammar fact of action nouns), else the noun that
    modifies it in a compound, which names an action noun's object too ("a prisoner release",
    "a data release"; "Pence's press release" is one made to the press, and frees no one),
    else its possessor ("his release from prison"); None when it names none of them."""
    found = next(iter(of_objects(noun)), None)
    if found is None:
        found = next(
            (c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")),
            None,
        )
    if found is None:
        found = next((c for c in noun.children if c.dep_ == "poss"), None)
    return found


def _contrasts(verb: Token) -> bool:
    """Is the participle part of "as opposed to": marked by "as", followed by its "to", with
    no subject of its own?"""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.i - 1 for c in kids)
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1 for c in kids)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
    )
