"""Tokenizing text whose cost stays linear however long its runs without whitespace.

spaCy's tokenizer takes a text apart at whitespace and then splits each run
of other characters, peeling prefixes and suffixes off one at a time with a
regular-expression search over what is left of the run. Its cost grows with
the square of the run's length: measured here, 5,000 ``&`` in a row take 2 s
of CPU, 10,000 take 9 s and 20,000 take 37 s, so one article of 300,000
punctuation marks (within :data:`communique.pipeline.MAX_CHARS`) would hold a
worker for hours. A run longer than :data:`MAX_RUN` characters is therefore
tokenized in pieces of at most that length and the pieces' Docs are joined;
text without such a run (any news text: PolNeAR's longest run is under 150
characters) is tokenized exactly as before.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

#: Longest run of non-whitespace characters given to the tokenizer whole. Far
#: beyond any word or link in news, short enough that the square of it is cheap.
MAX_RUN = 500

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with each run over :data:`MAX_RUN` tokenized in pieces.

    The Doc's text is ``text`` exactly. A space right after a long run stays
    the run's trailing whitespace, as the tokenizer would have it.
    """
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    pieces: list[str] = []
    start = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > start:
            pieces.append(text[start : run.start()])
        pieces.extend(text[i : min(i + MAX_RUN, run.end())] for i in range(*run.span(), MAX_RUN))
        start = run.end()
        if text.startswith(" ", start):
            pieces[-1] += " "
            start += 1
    if start < len(text):
        pieces.append(text[start:])
    return Doc.from_docs([nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False)
