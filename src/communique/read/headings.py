"""Headings inside an article body: short lines such as ``Energy security``.

Headings matter downstream because they are not sentences: a quote finder
that reads "Energy security" as the start of the next sentence attributes
nonsense. They are found, never removed.

A heading is a line that

* stands alone: the start of the text or a blank line before it, a line break
  after it, and more text somewhere after it (a heading heads something);
* is short: at most :data:`MAX_WORDS` words and :data:`MAX_CHARS` characters;
* does not end like a sentence or a quotation (``. ! ? : ; , " ” ’ » …``);
* starts with a capital letter, a digit or an opening quotation mark;
* is not a dateline (``NEW YORK —``), a list item (``- point``), a date or
  timestamp line (``Feb. 18, 2022 10:00 GMT``) or a link.

Bylines (``By Jane Doe``) and credit lines (``Reporting by ...; Editing by
...``) are *not* headings: they name the writers of the article, they head no
section, and reporting them as headings would put writers' names among the
section titles. They are simply skipped.

The scan is one pass over the lines; each candidate line is short, so the cost
is linear in the length of the text.
"""

from __future__ import annotations

import re

from communique.read.dateline import DATE_PATTERN, dateline_at
from communique.schema import Heading

MAX_WORDS = 10
MAX_CHARS = 80

_SENTENCE_END = frozenset(".!?:;,\"”’»…'")
_LIST_MARK = re.compile(r"(?:[-*•·–—>]|\d{1,3}[.)]|[a-z][.)])\s")
_BYLINE = re.compile(
    r"(?:by\s|(?:additional\s+)?(?:reporting|writing|editing|compiled|written|edited)\b.*\bby\b)",
    re.IGNORECASE,
)
_WEEKDAY = r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
_DATE_LINE = re.compile(
    rf"(?:(?i:updated|published|posted)\s+)?(?:{_WEEKDAY})?{DATE_PATTERN}{_TIME}"
)
_WHITESPACE = " \t\u00a0\r"


def _is_heading(line: str) -> bool:
    """Whether one stripped, stand-alone line reads as a heading."""
    if len(line) > MAX_CHARS or len(line.split()) > MAX_WORDS:
        return False
    if line[-1] in _SENTENCE_END:
        return False
    first = line[0]
    if first.islower() or not (first.isalnum() or first in "\"“‘'«"):
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    if _LIST_MARK.match(line) or _BYLINE.match(line):
        return False
    if "://" in line or line.startswith("www."):
        return False
    return _DATE_LINE.fullmatch(line) is None


def find_headings(text: str) -> list[Heading]:
    """Every heading line in ``text``, in order, with character-offset spans."""
    headings: list[Heading] = []
    # Last non-blank character: a heading must have text after it.
    last = len(text.rstrip())
    pos = 0
    previous_blank = True  # the start of the text counts as a blank line before
    n = len(text)
    while pos < n:
        newline = text.find("\n", pos)
        if newline == -1:
            break  # the last line has no line break after it: never a heading
        start, end = pos, newline
        while start < end and text[start] in _WHITESPACE:
            start += 1
        while end > start and text[end - 1] in _WHITESPACE:
            end -= 1
        if start == end:
            previous_blank = True
        else:
            if (
                previous_blank
                and end < last
                and end - start <= MAX_CHARS
                and _is_heading(text[start:end])
                and dateline_at(text, start, end) is None
            ):
                headings.append(Heading(text=text[start:end], span=(start, end)))
            previous_blank = False
        pos = newline + 1
    return headings
