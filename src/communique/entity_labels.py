"""Classes of the entity labels the English model gives, named for what they mean to a reader.

The English pipeline tags names and figures with the OntoNotes 5 label set (PERSON, NORP, FAC,
ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY,
ORDINAL, CARDINAL). Rules across the pipeline ask the same few questions of a label: is this a
time, an amount with a unit, a bare count, a place, a party that can act, a name at all? Each
question is answered here once, so that two rules asking it cannot drift apart, and a rule that
asks a narrower question says so by using a narrower class.

Most classes are unions of the smaller ones, so the relations between them (every amount is a
figure, every party is a name) hold by construction. The empty string is the label of a token
outside any entity; classes that include it say so.
"""

#: Points and stretches of time ("Thursday", "last week", "this morning"): a phrase of one says
#: when, never who or where.
TIME_LABELS = frozenset({"DATE", "TIME"})

#: A time, or a named historical event that dates what is said of it ("World War Two"): a word
#: list's phrase inside one of these is a date, not the thing the list is about.
PERIOD_LABELS = TIME_LABELS | frozenset({"EVENT"})

#: Amounts measured in a unit: sums of money, percentages, weights and distances ("$2 billion",
#: "31 percent", "200,000 barrels"). They measure; they are never people, and a change "by" or
#: "to" one is a change of degree.
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})

#: Bare numbers and ranks, of no unit ("seven", "the fifth").
COUNT_LABELS = frozenset({"CARDINAL", "ORDINAL"})

#: A number the model left outside any entity or read as a cardinal: a count of no unit, so it
#: can stand for the people it counts ("released the seven"), unlike an amount or a rank.
BARE_COUNT_LABELS = frozenset({"", "CARDINAL"})

#: Every number, with or without a unit.
NUMBER_LABELS = AMOUNT_LABELS | COUNT_LABELS

#: A time or a count: words that place a thing in time or in a series ("the war between 1998 and
#: 2000", "the fifth war"), saying when or how often, not what kind.
SEQUENCE_LABELS = TIME_LABELS | COUNT_LABELS

#: Every figure: times and numbers of any kind. Nothing so labelled acts, speaks or is a place.
FIGURE_LABELS = TIME_LABELS | NUMBER_LABELS

#: Places on a map: countries and cities (GPE), regions and natural features (LOC), and
#: buildings, airports, roads (FAC).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Names of a land or of its people: a country or city (GPE), a region (LOC), a nationality
#: (NORP, "French"). Each can tell which country a text or a party is about; a facility cannot.
LAND_LABELS = frozenset({"GPE", "LOC", "NORP"})

#: Names of those who can act in politics: people, organisations, states as actors (GPE), and
#: nationalities or parties (NORP).
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Every proper name of a party or a place: what an actor or a destination may be named by.
NAME_LABELS = PARTY_LABELS | PLACE_LABELS

#: The label of a token outside any entity. The recogniser misses many names (a small militia, a
#: party known by its initials), so a rule that takes a proper noun as a name admits it too.
UNLABELLED = frozenset({""})

#: A party's name, or a proper noun the recogniser left unlabelled.
MAYBE_PARTY_LABELS = PARTY_LABELS | UNLABELLED

#: Any proper name, or a proper noun the recogniser left unlabelled.
MAYBE_NAME_LABELS = NAME_LABELS | UNLABELLED
