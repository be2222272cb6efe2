"""Pairing quotation marks into quoted regions, from the raw text.

Pairing is done on characters, before any grammar, because the marks are the
strongest evidence a news text gives and the tokenizer treats them as plain
punctuation. The rules follow newsroom conventions:

* curly (“ ”), low-high („ “), guillemets (« ») and straight (") double marks
  open and close a quotation; a straight mark opens when it stands before a
  word and closes when it stands after one;
* two straight apostrophes ('') are a straight double mark: the typewriter
  convention of wire and newspaper archives (''We will win,'' she said);
  after a single mark closing inside the quotation (''... in line,''') the
  last two close it;
* a quotation that runs over several paragraphs leaves the paragraph end
  unclosed and re-opens the next paragraph with an opening mark;
* single curly marks (‘ ’) are quotation marks only in texts that use no
  double marks at all (British style); elsewhere they are apostrophes or
  quotes-within-quotes, which the grammar handles. In such texts a straight
  single mark (') is one too where it stands as a mark, not an apostrophe:
  before a word after a space it opens ('Our position remains unchanged,'),
  after a word or a sentence's punctuation and before a space or punctuation
  it closes; between letters (it's) it is an apostrophe;
* an opening mark that is never closed is reported (CQ101) and dropped, so
  one stray mark costs one quote, not the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from communique.errors import warning
from communique.schema import Warning

OPENERS = {"“": "”", "„": "“", "«": "»", "‟": "”", "〝": "〞"}
CLOSERS = {"”", "»", "〞"}
#: Marks that open or close by their neighbours; "''" is two apostrophes standing for one '"'.
STRAIGHT = ('"', "＂", "''")
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
#: The typewriter's single mark: an apostrophe, or in British-style text a quotation mark.
STRAIGHT_SINGLE = "'"

_DOUBLE_RE = re.compile("'''?|[“”„«»‟〝〞\"＂]")
_SINGLE_RE = re.compile("[‘’']")
_NEWLINE_RE = re.compile("\n")

#: The longest quotation we accept, in characters; a region longer than this
#: is almost always a stray mark pairing with a far-away one.
MAX_QUOTE_CHARS = 5_000


@dataclass(slots=True, frozen=True)
class Region:
    """A quoted stretch of text: ``text[start:end]`` includes its marks.

    ``inner`` excludes the outermost marks. ``paragraphs`` > 1 for a quotation
    that runs on over paragraph breaks.
    """

    start: int
    end: int
    paragraphs: int = 1
    #: Characters of the opening and the closing mark ('' is two).
    open_width: int = 1
    close_width: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + self.open_width, self.end - self.close_width)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the straight mark ``text[i:i + width]``, by neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–-"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def find_regions(text: str) -> tuple[list[Region], list[Warning]]:
    """Pair the quotation marks of ``text`` into regions.

    Returns the regions in text order and a warning for each mark that could
    not be paired. Never raises; linear in the number of marks.
    """
    marks = [_double_mark(text, m.start(), m.group()) for m in _DOUBLE_RE.finditer(text)]
    single_style = False
    if not marks:
        marks = [(m.start(), m.group()) for m in _SINGLE_RE.finditer(text)]
        marks = [(i, ch) for i, ch in marks if _single_is_mark(text, i, ch)]
        single_style = True
    if not marks:
        return [], []

    newlines = [m.start() for m in _NEWLINE_RE.finditer(text)]
    regions: list[Region] = []
    warnings: list[Warning] = []
    open_at = last_open = -1
    open_char = ""
    paragraphs = 1

    for pos, ch in marks:
        width = len(ch)
        opens = _opens(text, pos, ch, single_style)
        if open_at >= 0:
            k = bisect.bisect_right(newlines, last_open)
            line_passed = k < len(newlines) and newlines[k] < pos
            if line_passed:
                if opens and _starts_paragraph(text, pos):
                    # A quotation running on: the next paragraph re-opens it.
                    paragraphs += 1
                    last_open = pos
                    continue
                warnings.append(warning("CQ101", span=(open_at, open_at + len(open_char))))
                open_at = -1
            elif _closes(text, pos, ch, open_char, single_style):
                if pos + width - open_at <= MAX_QUOTE_CHARS:
                    regions.append(Region(open_at, pos + width, paragraphs, len(open_char), width))
                open_at = -1
                continue
            elif opens and ch not in STRAIGHT:
                # A second opening mark before any close: the first was stray.
                warnings.append(warning("CQ101", span=(open_at, open_at + len(open_char))))
                open_at = -1
            else:
                continue
        if opens:
            open_at = last_open = pos
            open_char = ch
            paragraphs = 1
    if open_at >= 0:
        warnings.append(warning("CQ101", span=(open_at, open_at + len(open_char))))
    return regions, warnings


def _double_mark(text: str, pos: int, found: str) -> tuple[int, str]:
    """Where a double mark the pattern found stands, and the mark.

    Three apostrophes are a single mark and a double one: the double one comes
    last when it closes (''... in line,''' she said) and first when it opens.
    """
    if len(found) == 3:
        if _straight_role(text, pos, 3) == "close":
            return pos + 1, "''"
        return pos, "''"
    return pos, found


def _starts_paragraph(text: str, pos: int) -> bool:
    """True when only whitespace lies between the previous line break and ``pos``."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] == "\n"


def _opens(text: str, pos: int, ch: str, single_style: bool) -> bool:
    if single_style:
        if ch == STRAIGHT_SINGLE:
            return _straight_single_role(text, pos) == "open"
        return ch == SINGLE_OPEN
    if ch in OPENERS:
        # „ “ : the German opener; a lone “ elsewhere also opens.
        return True
    if ch in STRAIGHT:
        return _straight_role(text, pos, len(ch)) in ("open", "either")
    return False


def _closes(text: str, pos: int, ch: str, open_char: str, single_style: bool) -> bool:
    if single_style:
        if ch == STRAIGHT_SINGLE:
            return _straight_single_role(text, pos) == "close"
        return ch == SINGLE_CLOSE
    if ch in STRAIGHT:
        return _straight_role(text, pos, len(ch)) in ("close", "either")
    if open_char == "„":
        return ch in ("“", "”")
    return ch in CLOSERS or (ch == "“" and open_char in STRAIGHT)


#: What may stand before a straight single mark that opens, and after one that closes.
_OPEN_BEFORE = " \t\r\n([{—–-/"
_CLOSE_AFTER = " \t\r\n.,;:!?)]}—–-/"


def _straight_single_role(text: str, i: int) -> str:
    """'open', 'close' or '' for a straight single mark in British-style text.

    It opens after a space or an opening bracket and before a letter ('Our ...); it closes
    after a letter or a sentence's punctuation and before a space, punctuation or the end
    (... unchanged,' she said). Anything else is an apostrophe: between letters (it's), before
    a digit ('90s), or a plural possessive no quotation is open for (the pairing decides)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPEN_BEFORE and after.isalpha():
        return "open"
    if (before.isalpha() or before in ".,!?") and after in _CLOSE_AFTER:
        return "close"
    return ""


def _single_is_mark(text: str, i: int, ch: str) -> bool:
    """A single curly mark is a quotation mark, not an apostrophe (don’t, leaders’)."""
    if ch == STRAIGHT_SINGLE:
        return bool(_straight_single_role(text, i))
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == SINGLE_OPEN:
        return not _is_word_char(before)
    # ’ between letters is an apostrophe; after a letter and before a space it may
    # close a quotation or mark a plural possessive: accept only before punctuation
    # or a space when a ‘ is open (decided by the pairing loop).
    return not (_is_word_char(before) and _is_word_char(after))
