"""Wire-story datelines: ``WASHINGTON (Reuters) -``, ``ANKARA, March 3. /Anadolu/.``

A dateline says where (and often when, and for whom) a story was filed. It is
found, never removed: the text stays as read and the :class:`Dateline` carries
the span, so quote spans elsewhere stay true.

What counts as a dateline, at the start of one of the first lines of the body:

* an upper-case place (``NEW YORK``, ``KYIV/MOSCOW``, ``ST. LOUIS``), optionally
  followed by a capitalised region (``, Ukraine``), a date (``, Feb. 18``,
  ``, 3 March 2022``), an agency in brackets or slashes (``(AP)``, ``/Xinhua/``),
  then a dash, a full stop or a colon. A bare upper-case place needs a dash
  (``NEW YORK —``): a full stop or colon alone is too weak ("NOTE:");
* a capitalised place (``Munich``) only with an agency marker, or with a date
  followed by a dash: a capitalised word opens most English sentences.

Only a bounded prefix of the first few lines is examined, so the cost does not
grow with the article.
"""

from __future__ import annotations

import datetime as dt
import re

from communique.schema import Dateline

#: Non-blank lines examined from the start of the text: a title, a byline and
#: a timestamp may come before the dateline, but a dateline is never deep.
MAX_LINES = 5

#: Characters of the text examined in all, and of one line.
SCAN_CHARS = 4000
LINE_CHARS = 400

_SP = r"[ \t\u00a0]"
MONTH_PATTERN = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
#: A month and day in either order, with an optional year: ``Feb. 18``,
#: ``Jan 5, 2022``, ``3 March 2022``.
DATE_PATTERN = (
    rf"(?:(?P<m1>{MONTH_PATTERN})\.?{_SP}(?P<d1>{_DAY})(?:,?{_SP}(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY}){_SP}(?P<m2>{MONTH_PATTERN})\.?(?:,?{_SP}(?P<y2>{_YEAR}))?)"
)
# A word of a place name: letters, with inner apostrophes, hyphens and full
# stops (N'DJAMENA, PORT-AU-PRINCE, ST., D.C.). No digits: "UPDATE 2" is no place.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-])*"
_AGENCY = r"[^()/\n]{1,40}"

_DATELINE = re.compile(
    rf"""
    (?P<place>{_WORD}(?:(?:{_SP}|/){_WORD}){{0,3}})
    (?:,{_SP}(?P<region>(?!{MONTH_PATTERN}\b){_WORD}(?:{_SP}{_WORD}){{0,2}}))?
    (?:,?{_SP}(?P<date>{DATE_PATTERN}))?
    \.?
    (?:{_SP}?(?:\((?P<ag1>{_AGENCY})\)|/(?P<ag2>{_AGENCY})/))?
    {_SP}?
    (?P<end>[—–](?![—–])|--?(?=\s|$)|[.:](?=\s|$))
    """,
    re.VERBOSE,
)

#: Dashes as text gives them: em and en dash, a hyphen or two standing for a dash.
DASHES = frozenset({"—", "–", "-", "--"})

#: Upper-case words that open a paragraph without being a place.
_NOT_PLACES = frozenset(
    {
        "ADVISORY",
        "ANALYSIS",
        "BREAKING",
        "BREAKING NEWS",
        "BULLETIN",
        "COMMENT",
        "COMMENTARY",
        "CORRECTED",
        "CORRECTION",
        "EDITORIAL",
        "EDITOR'S NOTE",
        "EXCLUSIVE",
        "EXPLAINER",
        "FACTBOX",
        "FEATURE",
        "FLASH",
        "INTERVIEW",
        "LIVE",
        "NOTE",
        "OPINION",
        "PHOTOS",
        "REFILE",
        "REVIEW",
        "UPDATE",
        "UPDATED",
        "URGENT",
        "VIDEO",
        "WATCH",
        "WRAPUP",
    }
)

#: Capitalised words that open sentences and are no place.
_NOT_TITLE_PLACES = frozenset(
    {
        *("a", "an", "the", "on", "in", "at", "by", "for", "from", "to", "as", "and", "but"),
        *("or", "so", "if", "when", "while", "after", "before", "yesterday", "today"),
        *("tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
        *("sunday", "mr", "mrs", "ms", "dr", "he", "she", "they", "we", "it", "this", "that"),
        *("these", "those", "update"),
    }
)

_INITIALISM = re.compile(r"(?:[^\W\d_]\.){2,}")
_PIECES = re.compile(r"([ \t\u00a0/\-]+)")


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month_number(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _title_case(place: str) -> str:
    """``KYIV`` -> ``Kyiv``, ``PORT-AU-PRINCE`` -> ``Port-Au-Prince``; ``D.C.`` stays."""
    out = []
    for piece in _PIECES.split(place):
        if not piece or _PIECES.fullmatch(piece) or _INITIALISM.fullmatch(piece):
            out.append(piece)
        else:
            out.append(piece[0].upper() + piece[1:].lower())
    return "".join(out)


def _agency_ok(agency: str) -> bool:
    """Whether bracketed text looks like an agency name (``AP``, ``Sample Wire``).

    Rejects party labels such as ``(D)`` or ``(D-Ariz.)``: the first piece of an
    agency name has at least two letters, and no digit appears.
    """
    if any(ch.isdigit() for ch in agency):
        return False
    first = re.split(r"[ .\-]", agency, maxsplit=1)[0]
    return len(first) >= 2 and first.isalpha()


def _parts(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    month_name = m["m1"] or m["m2"]
    day_text = m["d1"] or m["d2"]
    year_text = m["y1"] or m["y2"]
    if not month_name or not day_text:
        return None, None, None
    day = int(day_text.rstrip("stndrh"))
    return _month_number(month_name), day, int(year_text) if year_text else None


def dateline_at(text: str, start: int, end: int, *, year: int | None = None) -> Dateline | None:
    """The dateline beginning exactly at ``start`` (looking no further than ``end``), or None."""
    m = _DATELINE.match(text, start, end)
    if m is None:
        return None
    place = m["place"]
    region = m["region"]
    agency = (m["ag1"] or m["ag2"] or "").strip() or None
    if agency is not None and not _agency_ok(agency):
        return None
    has_date = m["date"] is not None
    dash = m["end"] in DASHES
    words = [w for w in re.split(r"[ \t\u00a0/]+", place) if w]
    if place.isupper():
        if " ".join(words).rstrip(".") in _NOT_PLACES:
            return None
        if sum(ch.isalpha() for ch in place) < 2:
            return None
        if not (has_date or agency or dash):
            return None
        name = _title_case(place)
    else:
        if len(words) > 3 or not all(w[0].isupper() for w in words):
            return None
        if words[0].lower().rstrip(".") in _NOT_TITLE_PLACES:
            return None
        if not (agency or (has_date and dash)):
            return None
        name = place
    if region is not None:
        if not all(w[0].isupper() for w in region.split()):
            return None
        name = f"{name}, {region}"

    iso = None
    month, day, written_year = _parts(m)
    if month and day and (written_year or year):
        try:
            iso = dt.date(written_year or year or 0, month, day).isoformat()
        except ValueError:
            iso = None
    return Dateline(text=m.group(0), span=(m.start(), m.end()), place=name, date=iso, agency=agency)


def dateline_parts(dateline_text: str) -> tuple[int | None, int | None, int | None]:
    """``(month, day, year)`` written in a dateline's text; None where absent."""
    m = _DATELINE.match(dateline_text)
    if m is None or m["date"] is None:
        return None, None, None
    return _parts(m)


def find_dateline(text: str, *, year: int | None = None) -> Dateline | None:
    """The wire dateline at the start of the body, or None.

    Looks at the start of each of the first :data:`MAX_LINES` non-blank lines
    (a title line, a byline and blank lines may come first). ``date`` is ISO
    when the dateline gives a month and day and a year is known: written in
    the dateline, or ``year``. The text is not changed; ``span`` locates the
    dateline in it.
    """
    limit = min(len(text), SCAN_CHARS)
    pos = 0
    lines = 0
    while pos < limit and lines < MAX_LINES:
        newline = text.find("\n", pos, limit)
        line_end = limit if newline == -1 else newline
        start = pos
        while start < line_end and text[start] in " \t\u00a0\r":
            start += 1
        if start < line_end:
            lines += 1
            found = dateline_at(text, start, min(line_end, start + LINE_CHARS), year=year)
            if found is not None:
                return found
        if newline == -1:
            break
        pos = newline + 1
    return None
