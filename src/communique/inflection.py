"""The regular inflection of English verbs: the spelling rules that take a written form
back to the verbs it can come from.

The small model's lemmatizer misreads some regular forms ("staged" -> "stag") and tags
most capitalised words of a headline as proper nouns, giving them no verb lemma at all
("Pence Endorses Paul Ryan"). The event lexicon (``events.lexicon.verb_lemma``) and the
quote finder's reading of a title-case headline both undo the inflection themselves, by
the same rules, which live here once:

* the endings and the Penn tags that carry them (:data:`INFLECTIONS`);
* a final "y" becomes "ie" before "-s" and "-d" ("deny" -> "denies", "denied");
* a silent final "e" drops before "-ed", "-ing" and the "-es" of a third person
  ("stage" -> "staged", "staging"; "rape" -> "rapes" is "rap" + "es"), never before "-s",
  which a verb in "e" simply adds ("states" is "state", not "stat" + "e");
* a final consonant after one short vowel doubles before "-ed" and "-ing" ("ban" ->
  "banned"), except "w", "x" and "y" ("taxed", "rowed", "played").
"""

from __future__ import annotations

from collections.abc import Collection

#: Endings of inflected forms before which a verb's stem drops its final "e" ("rape" ->
#: "raped", "raping"): a spelling fact of English.
E_DROPPING_ENDINGS = ("ed", "ing")

#: Endings before which a verb's stem may have dropped a silent "e": those of
#: :data:`E_DROPPING_ENDINGS` and the "-es" of a third person ("rape" -> "rapes").
E_DROPPING = frozenset({*E_DROPPING_ENDINGS, "es"})

#: The regular inflections of an English verb, by the Penn tags that carry them, in the
#: order they are tried: the past and participle "-ied" and third person "-ies" of a verb in
#: "-y", the past and participle "-ed", the gerund "-ing", the third person "-es" and "-s" (a
#: fact of English grammar). A word is undone to its verb only under a tag of its own ending,
#: so a plural noun or an adjective in "-ed" the parser did not read as a verb is left alone.
INFLECTIONS: dict[str, frozenset[str]] = {
    "ied": frozenset({"VBD", "VBN"}),
    "ies": frozenset({"VBZ"}),
    "ed": frozenset({"VBD", "VBN"}),
    "ing": frozenset({"VBG"}),
    "es": frozenset({"VBZ"}),
    "s": frozenset({"VBZ"}),
}

#: Endings that stand for a verb's final "y" ("denies", "denied" -> "deny").
Y_ENDINGS = frozenset({"ied", "ies"})

#: Final consonants English never doubles before "-ed" or "-ing" ("taxed", "rowed", "played").
UNDOUBLED_FINALS = frozenset("wxy")
VOWELS = frozenset("aeiou")


def uninflected(form: str, tags: Collection[str]) -> list[str]:
    """The stems a regularly inflected verb form can come from, most likely first: a final
    "y" restored ("denied" -> "deny"), a silent "e" restored ("staged" -> "stage"), as it
    stands ("attacked" -> "attack", "states" -> "state"), a doubled final consonant undone
    ("banned" -> "ban").
    Only endings one of ``tags`` carries (:data:`INFLECTIONS`) are undone, and only where at
    least two letters are left before the ending ("dies" is "die", not "d" + "ies")."""
    stems: list[str] = []
    for ending, carriers in INFLECTIONS.items():
        if carriers.isdisjoint(tags) or not form.endswith(ending) or len(form) - len(ending) < 2:
            continue
        stem = form[: -len(ending)]
        if ending in Y_ENDINGS:
            stems.append(stem + "y")
            continue
        if ending in E_DROPPING:
            stems.append(stem + "e")
        stems.append(stem)
        if ending in E_DROPPING_ENDINGS and _doubled(stem):
            stems.append(stem[:-1])
    return list(dict.fromkeys(stems))


def undoubled(lemma: str, form: str) -> bool:
    """Is ``form`` the lemma plus "-ed" or "-ing" with the final consonant left single, where
    a one-syllable verb ending in one vowel and one consonant doubles it ("rag" -> "ragged",
    "ban" -> "banned": a spelling fact of English)? Then the form is not of this lemma."""
    if not any(form == lemma + end for end in E_DROPPING_ENDINGS):
        return False
    if len(lemma) < 3 or lemma[-1] in VOWELS or lemma[-1] in UNDOUBLED_FINALS:
        return False
    vowels = [i for i, c in enumerate(lemma) if c in VOWELS]
    return len(vowels) == 1 and vowels[0] == len(lemma) - 2 and lemma[-3] not in VOWELS


def _doubled(stem: str) -> bool:
    """Does the stem end in a doubled consonant that an ending may have doubled ("bann" of
    "banned")?"""
    return len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS
