"""The model's attribute rules, found by comparing whole columns of the Doc.

The English pipelines end their tagging with spaCy's ``attribute_ruler``: 179
rules (the tag map, the pronoun and auxiliary exceptions) that set a word's
part of speech, morphology or lemma. spaCy finds where they apply with a
``Matcher`` that tries every rule at every word, which cost about 1.5 s of CPU
over the PolNeAR dev texts, about an eighth of the whole parse and half of what the
analysis stages cost. Each of those rules is one word or a fixed pair of words
tested on a few attributes, so the same places are found by comparing whole
columns of :meth:`Doc.to_array` with the values a rule asks for, once per Doc.

:class:`ColumnAttributeRuler` is spaCy's ``AttributeRuler`` with only the
finding replaced: it gives the matches spaCy's matcher gives, in the order the
ruler sorts them, and spaCy's own ``set_token_attrs`` writes the attributes to
the word each match names, so the annotation is the same (tests compare the
matches with the matcher's and the written words with spaCy's). A
rule of any other form (an operator, another attribute or predicate) sends
the whole ruler back to spaCy's matcher. So does a short Doc (``COLUMNS_FROM``):
the columns cost a fixed number of array operations a Doc, two per rule, more
than the matcher spends on a few words (a headline, a feed item, a JSON Lines
line of one sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: The factory :func:`use_column_rules` puts in place of spaCy's ``attribute_ruler``.
FACTORY = "communique_attribute_ruler"

#: Pattern keys read from a column, with the Doc attribute behind each. For
#: these ``Doc.to_array`` gives the value spaCy's matcher compares.
COLUMNS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}

#: Docs of fewer words are left to spaCy's matcher. The columns cost about 1 ms of CPU a Doc
#: whatever its length (some 190 array operations for the English rules), the matcher about
#: 17 microseconds a word: "Hi." took 1.07 ms by columns, 0.035 ms by the matcher; 1,600
#: words 2 ms by columns, 27 ms by the matcher. They cost the same at about 60 words.
COLUMNS_FROM = 64


@dataclass(frozen=True)
class _Test:
    """One condition on one word: its value in ``column`` is (``IN``) or is not (``NOT_IN``)
    one of ``values`` (sorted), or its string matches ``regex``."""

    column: int
    kind: str
    values: tuple[int, ...] = ()
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Rule:
    """One pattern of rule number ``number`` (matched under ``key``): the tests of each word."""

    number: int
    key: int
    words: tuple[tuple[_Test, ...], ...]


class ColumnAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler``, finding its rules' places from the Doc's columns."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rules: list[_Rule] | None = None
        self._read = False

    def clear(self) -> None:
        super().clear()
        self._read = False

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._read = False

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` gives: (rule number, key, start, end), sorted."""
        if not self._read:
            self._rules = self._column_rules()
            self._read = True
        if self._rules is None or len(doc) < COLUMNS_FROM:
            return super().match(doc)
        return _matches(doc, self._rules)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """What spaCy's ``set_annotations`` does, the rule's word found without a Span.

        spaCy makes a Span of each match (about one per word) and indexes it to find the word
        the rule writes: the word is the Doc's at the match's start (or end, for a negative
        index). A match whose index lies outside it is left to spaCy, which raises its error.
        """
        attrs, indices = self.attrs, self.indices
        for number, key, start, end in matches:
            index = indices[number]
            if not start - end <= index < end - start:
                super().set_annotations(doc, [(number, key, start, end)])
                continue
            set_token_attrs(doc[start + index if index >= 0 else end + index], attrs[number])

    def _column_rules(self) -> list[_Rule] | None:
        """Every pattern as column tests; None when one of them cannot be read so."""
        strings = self.vocab.strings
        rules = []
        known: dict[_Test, _Test] = {}  # one object per distinct test, worked out once per Doc
        for number in range(len(self.attrs)):
            name = str(number)
            _, patterns = self.matcher.get(name)
            for pattern in patterns:
                words = []
                for spec in pattern:
                    tests = _tests(spec, strings.add)
                    if tests is None:
                        return None
                    words.append(tuple(known.setdefault(test, test) for test in tests))
                if not words:
                    return None
                rules.append(_Rule(number, strings[name], tuple(words)))
        return rules


def _tests(spec: Any, string_id: Callable[[str], int]) -> tuple[_Test, ...] | None:
    """The tests of one word's pattern as spaCy's matcher reads them, or None."""
    if not isinstance(spec, dict):
        return None
    tests = []
    for name, value in spec.items():
        column = COLUMNS.get(name.upper()) if isinstance(name, str) else None
        if column is None:
            return None
        if isinstance(value, bool):  # before str and int: a bool is an int
            tests.append(_Test(column, "IN", (int(value),)))
        elif isinstance(value, str):
            tests.append(_Test(column, "IN", (string_id(value),)))
        elif isinstance(value, dict) and value:
            for kind, given in value.items():
                if kind == "REGEX" and isinstance(given, str):
                    tests.append(_Test(column, kind, regex=re.compile(given)))
                elif (
                    kind in ("IN", "NOT_IN")
                    and isinstance(given, list)
                    and all(isinstance(v, str) for v in given)
                ):
                    tests.append(_Test(column, kind, tuple(sorted({string_id(v) for v in given}))))
                else:
                    return None
        else:
            return None
    return tuple(tests)


def _matches(doc: Doc, rules: list[_Rule]) -> list[tuple[int, int, int, int]]:
    """(rule number, key, start, end) of every place a rule matches, each once, sorted."""
    n = len(doc)
    columns = sorted({test.column for rule in rules for word in rule.words for test in word})
    if n == 0:
        return []
    values = {}
    if columns:
        table = doc.to_array(columns).reshape(n, len(columns))  # one column comes back flat
        values = {column: table[:, k] for k, column in enumerate(columns)}
    held: dict[int, np.ndarray] = {}  # rules share tests ("TAG is NN"): each is worked out once
    strings = doc.vocab.strings
    places: dict[int, list[tuple[int, np.ndarray]]] = {}  # rule number -> (width, starts)
    for rule in rules:
        width = len(rule.words)
        starts = n - width + 1
        if starts <= 0:
            continue
        where: np.ndarray | None = None
        searches = []
        for offset, tests in enumerate(rule.words):
            for test in tests:
                if test.regex is not None:
                    searches.append((offset, test))
                    continue
                found = held.get(id(test))
                if found is None:
                    found = held[id(test)] = _holds(test, values[test.column])
                part = found[offset : offset + starts]
                where = part if where is None else where & part
        hits = np.arange(starts) if where is None else np.flatnonzero(where)
        for offset, test in searches:
            # The matcher searches the value's string: each distinct value where the
            # other tests hold is searched once.
            seen = values[test.column][hits + offset]
            good = [v for v in np.unique(seen).tolist() if test.regex.search(strings[v])]  # type: ignore[union-attr]
            hits = hits[np.isin(seen, np.array(good, dtype=seen.dtype))]
        if len(hits):
            places.setdefault(rule.number, []).append((width, hits))
    keys = {rule.number: rule.key for rule in rules}
    found: list[tuple[int, int, int, int]] = []
    for number in sorted(places):
        key, parts = keys[number], places[number]
        if len(parts) == 1:
            # One pattern (nearly every rule): its starts are distinct and ascending already,
            # and all its places are as wide, so they are in order with no repeats.
            width, hits = parts[0]
            found.extend([(number, key, s, s + width) for s in hits.tolist()])
            continue
        spans = {(s, s + width) for width, hits in parts for s in hits.tolist()}
        found.extend([(number, key, s, e) for s, e in sorted(spans)])
    return found


#: Up to this many values a test compares the column with each value (see :func:`_holds`).
FEW_VALUES = 8


def _holds(test: _Test, column: np.ndarray) -> np.ndarray:
    """Whether ``test`` (not a regular expression) holds of each word, from its column."""
    wanted = np.array(test.values, dtype=column.dtype)
    if len(wanted) > FEW_VALUES:
        inside = np.isin(column, wanted)
    else:
        # a few values: comparing with each is cheaper than np.isin, which sorts
        inside = column == wanted[0]
        for value in wanted[1:]:
            inside |= column == value
    return inside if test.kind == "IN" else ~inside


@Language.factory(
    FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_column_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> ColumnAttributeRuler:
    """The ``communique_attribute_ruler`` component: a :class:`ColumnAttributeRuler`."""
    return ColumnAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def use_column_rules(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a :class:`ColumnAttributeRuler` with the same rules in place of spaCy's ``name``.

    Only a component that is exactly spaCy's ``AttributeRuler`` is replaced;
    the new one keeps its name, place, settings and rules. Returns whether it
    was replaced.
    """
    if name not in nlp.pipe_names:
        return False
    old = nlp.get_pipe(name)
    if type(old) is not AttributeRuler:
        return False
    rules = old.patterns
    # its settings as configured (validate, scorer), so a saved pipeline writes them back
    settings = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
    new = nlp.replace_pipe(name, FACTORY, config=settings)
    new.add_patterns(rules)
    return True
