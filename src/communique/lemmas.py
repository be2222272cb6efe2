"""The model's lemmas, worked out once per distinct word of a Doc and written as a column.

The English pipelines end with spaCy's rule lemmatizer. It visits every word
in Python: it makes a ``Token``, asks its part of speech and morphology, looks
the answer up in its cache (or works it out from the lookup tables: words
already in their base form are worked out again every time) and writes the
lemma through the ``Token``. Over the PolNeAR dev texts that cost about a
quarter of a second of CPU, for an answer that depends only on three of the
word's values: its text, its part of speech and its morphology (the key of
spaCy's own cache; ``is_base_form`` reads nothing else).

:class:`ColumnLemmatizer` is spaCy's ``EnglishLemmatizer`` with only the visit
replaced: it reads those three columns and the lemma column with
:meth:`Doc.to_array`, asks spaCy's own ``lemmatize`` once for each distinct
(text, part of speech, morphology) among the words still without a lemma,
remembers the answer, and writes the whole lemma column back with
:meth:`Doc.from_array`. The lemmas are spaCy's, word for word (a test compares
them with the lemmatizer's own); only the visiting is cheaper (about a
quarter of the CPU). New tables (``initialize``, ``from_disk``,
``from_bytes``) forget the remembered lemmas, and those of spaCy's own cache,
which spaCy keeps. spaCy's warning about a word with no part of speech is given
once per remembered word rather than once per word (Python shows it once
anyway).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc
from thinc.api import Model

#: The factory :func:`use_column_lemmas` puts in place of spaCy's English ``lemmatizer``.
FACTORY = "communique_lemmatizer"

#: The columns read: what a lemma depends on, then the lemma itself.
_COLUMNS = [ORTH, POS, MORPH, LEMMA]

#: Distinct words whose lemma is remembered; past this the memory starts again, spaCy's
#: own cache with it.
#: (The 840 PolNeAR train texts, 759,257 words, need 35,230 of them.)
REMEMBERED = 1 << 19


class ColumnLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer, asking for each distinct word's lemma once."""

    @property
    def lookups(self) -> Lookups:
        """The lookup tables; giving new ones forgets the lemmas worked out from the old."""
        return self._lookups

    @lookups.setter
    def lookups(self, tables: Lookups) -> None:
        self._lookups = tables
        self._forget()

    def from_disk(self, *args: Any, **kwargs: Any) -> ColumnLemmatizer:
        """spaCy's ``from_disk``; the tables it reads in place replace the remembered lemmas."""
        super().from_disk(*args, **kwargs)
        self._forget()
        return self

    def from_bytes(self, *args: Any, **kwargs: Any) -> ColumnLemmatizer:
        """spaCy's ``from_bytes``; the tables it reads in place replace the remembered lemmas."""
        super().from_bytes(*args, **kwargs)
        self._forget()
        return self

    def _forget(self) -> None:
        """Drop the remembered lemmas: ours, and those of spaCy's own ``cache``, which
        ``rule_lemmatize`` answers from first and spaCy never empties, neither when the tables
        change (it would give the old tables' lemma of a word it has seen) nor as it grows
        (it holds each distinct word's lemmas again, so bounding ours alone bounds nothing)."""
        self._lemma_of: dict[tuple[int, int, int], str] = {}
        self.cache = {}

    def __call__(self, doc: Doc) -> Doc:
        """Give every word without a lemma (every word, with ``overwrite``) spaCy's lemma.

        An error goes to the pipeline's error handler, as in spaCy's own ``__call__``: the
        default one raises it. A handler set to go on (``nlp.set_error_handler``) gets the
        Doc back with no lemma of this component's written, where spaCy's own returns
        nothing and the pipeline then stops on the missing Doc.
        """
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._set_lemmas(doc)
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def _set_lemmas(self, doc: Doc) -> None:
        n = len(doc)
        if n == 0:
            return
        table = doc.to_array(_COLUMNS)
        lemmas = table[:, 3].copy()
        # The attribute ruler has already given some words their lemma ("was" -> "be").
        todo = np.arange(n) if self.overwrite else np.flatnonzero(lemmas == 0)
        if len(todo) == 0:
            return
        if len(self._lemma_of) > REMEMBERED:
            self._forget()
        lemma_of = self._lemma_of
        add = self.vocab.strings.add
        found = []
        keys = zip(*(table[todo, k].tolist() for k in range(3)), strict=True)
        for i, key in zip(todo.tolist(), keys, strict=True):
            lemma = lemma_of.get(key)
            if lemma is None:
                lemma = lemma_of[key] = self.lemmatize(doc[i])[0]
            # The string is added for each word, as spaCy does: inside a memory zone the
            # strings added are dropped at its end, so a remembered number could outlive it.
            found.append(add(lemma))
        lemmas[todo] = found
        doc.from_array([LEMMA], lemmas)


@Language.factory(
    FACTORY,
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_column_lemmatizer(
    nlp: Language,
    model: Model | None,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> ColumnLemmatizer:
    """The ``communique_lemmatizer`` component: a :class:`ColumnLemmatizer`."""
    return ColumnLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def use_column_lemmas(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a :class:`ColumnLemmatizer` with the same tables in place of spaCy's ``name``.

    Only a component that is exactly spaCy's ``EnglishLemmatizer`` is replaced
    (another language's lemmatizer reads other things); the new one keeps its
    name, place, settings and lookup tables. Returns whether it was replaced.
    """
    if name not in nlp.pipe_names:
        return False
    old = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer:
        return False
    # its settings as configured (mode, overwrite, scorer), so a saved pipeline writes them back
    settings = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
    new = nlp.replace_pipe(name, FACTORY, config=settings)
    new.lookups = old.lookups
    return True
