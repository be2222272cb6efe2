"""Datelines, headings and publication dates: found in the text, never changing it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from communique.read import find_dateline, find_headings, parse_date, publication_date
from communique.schema import Dateline, Document

SAMPLE = Path(__file__).parents[1] / "src" / "communique" / "samples" / "munich_talks.txt"


@pytest.fixture(scope="module")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


# -- datelines ---------------------------------------------------------------

DATELINES = [
    # (body, dateline text, place, agency, date with year=2021)
    (
        "ANKARA, March 3. /Anadolu/. Turkey's foreign minister said",
        "ANKARA, March 3. /Anadolu/.",
        "Ankara",
        "Anadolu",
        "2021-03-03",
    ),
    (
        "WASHINGTON (Reuters) - The United States said",
        "WASHINGTON (Reuters) -",
        "Washington",
        "Reuters",
        None,
    ),
    ("KYIV, Ukraine (AP) — Russian forces", "KYIV, Ukraine (AP) —", "Kyiv, Ukraine", "AP", None),
    (
        "MUNICH, Feb. 18 (Sample Wire) — German Foreign Minister",
        "MUNICH, Feb. 18 (Sample Wire) —",
        "Munich",
        "Sample Wire",
        "2021-02-18",
    ),
    (
        "LONDON, Jan 5 (Reuters) - Britain said",
        "LONDON, Jan 5 (Reuters) -",
        "London",
        "Reuters",
        "2021-01-05",
    ),
    (
        "BEIJING, 3 March 2022 /Xinhua/ -- China said",
        "BEIJING, 3 March 2022 /Xinhua/ --",
        "Beijing",
        "Xinhua",
        "2022-03-03",  # the year written in the dateline wins over the given one
    ),
    ("UNITED NATIONS (AP) — The council", "UNITED NATIONS (AP) —", "United Nations", "AP", None),
    ("NEW YORK — The mayor said", "NEW YORK —", "New York", None, None),
    ("WASHINGTON, D.C. — Lawmakers", "WASHINGTON, D.C. —", "Washington, D.C.", None, None),
    ("ST. LOUIS (AP) — Police", "ST. LOUIS (AP) —", "St. Louis", "AP", None),
    ("MOSCOW, March 3. /TASS/. Russia", "MOSCOW, March 3. /TASS/.", "Moscow", "TASS", "2021-03-03"),
    (
        "SAN JUAN, Puerto Rico, March 3, 2022 (AP) — Officials",
        "SAN JUAN, Puerto Rico, March 3, 2022 (AP) —",
        "San Juan, Puerto Rico",
        "AP",
        "2022-03-03",
    ),
    (
        "KYIV/MOSCOW, March 3 (Reuters) - Talks",
        "KYIV/MOSCOW, March 3 (Reuters) -",
        "Kyiv/Moscow",
        "Reuters",
        "2021-03-03",
    ),
    (
        "Munich, Feb. 18 (Sample Wire) — German",
        "Munich, Feb. 18 (Sample Wire) —",
        "Munich",
        "Sample Wire",
        "2021-02-18",
    ),
    ("WASHINGTON—The Senate voted", "WASHINGTON—", "Washington", None, None),
]


@pytest.mark.parametrize(("body", "text", "place", "agency", "date"), DATELINES)
def test_dateline_formats(
    body: str, text: str, place: str, agency: str | None, date: str | None
) -> None:
    found = find_dateline(body, year=2021)
    assert found is not None
    assert found.text == text
    assert body[found.span[0] : found.span[1]] == text
    assert found.place == place
    assert found.agency == agency
    assert found.date == date


def test_dateline_date_needs_a_year() -> None:
    found = find_dateline("LONDON, Jan 5 (Reuters) - Britain said")
    assert found is not None and found.date is None
    written = find_dateline("BEIJING, 3 March 2022 /Xinhua/ -- China said")
    assert written is not None and written.date == "2022-03-03"


def test_dateline_impossible_date_is_none() -> None:
    found = find_dateline("LONDON, Feb. 30 (Reuters) - Britain said", year=2022)
    assert found is not None and found.date is None


NOT_DATELINES = [
    "The president said on Monday that talks would resume.",
    "Baerbock met Chinese Foreign Minister Wang Yi in Munich on Tuesday.",
    "EXCLUSIVE - Germany plans to send tanks",
    "UPDATE 2-Germany says talks will resume",
    "NOTE: this story has been corrected.",
    "NATO said it would respond.",
    "Germany, France and Italy agreed.",
    "Munich — a city of beer and diplomacy.",
    "US President Joe Biden (D) - said it was time.",
    "Sen. Joe Manchin (D-W.Va.) - said no.",
    "On Monday, March 3 — the day it began.",
    "BERLIN. The capital was quiet.",
    "",
    "   \n\n  ",
]


@pytest.mark.parametrize("body", NOT_DATELINES)
def test_not_datelines(body: str) -> None:
    assert find_dateline(body, year=2022) is None


def test_sample_dateline_after_title(sample_text: str) -> None:
    found = find_dateline(sample_text, year=2022)
    assert found is not None
    assert found.text == "MUNICH, Feb. 18 (Sample Wire) —"
    assert sample_text[found.span[0] : found.span[1]] == found.text
    assert sample_text.index("MUNICH") == found.span[0]
    assert (found.place, found.agency, found.date) == ("Munich", "Sample Wire", "2022-02-18")


def test_dateline_only_near_the_start() -> None:
    body = "\n\n".join(f"Paragraph {i} says something." for i in range(10))
    assert find_dateline(body + "\n\nWASHINGTON (Reuters) - Late.") is None
    assert find_dateline("Title\n\nBy Jane Doe\n\nWASHINGTON (Reuters) - Early.") is not None


def test_dateline_scan_is_bounded() -> None:
    huge = "A" * 5_000_000
    start = time.perf_counter()
    assert find_dateline(huge) is None
    assert find_dateline("WASHINGTON (Reuters) - " + huge) is not None
    assert time.perf_counter() - start < 0.5


# -- headings ----------------------------------------------------------------


def test_sample_heading(sample_text: str) -> None:
    headings = find_headings(sample_text)
    assert [h.text for h in headings] == ["Energy security"]
    start, end = headings[0].span
    assert sample_text[start:end] == "Energy security"


def test_headings_rules() -> None:
    text = (
        "Talks in Munich\n\n"  # a short first line: a heading
        "By Jane Doe\n\n"  # a byline: not a heading
        "NEW YORK —\nThe mayor said so.\n\n"  # a dateline: not a heading
        "Feb. 18, 2022 10:00 GMT\n\n"  # a timestamp: not a heading
        "Energy security\n\n"
        "She said more.\n"
        "Not after a blank line\n\n"
        "What comes next?\n\n"  # a question: not a heading
        "small letters here\n\n"
        "- a list item\n\n"
        "Reporting by Jane Doe; Editing by John Roe\n\n"
        "A line much too long to be a heading because it has far more than ten words\n\n"
        "  Indented heading  \n\n"
        "The end"  # no line break after it
    )
    found = find_headings(text)
    assert [h.text for h in found] == ["Talks in Munich", "Energy security", "Indented heading"]
    for h in found:
        assert text[h.span[0] : h.span[1]] == h.text


def test_heading_needs_text_after_it() -> None:
    assert find_headings("Some paragraph here.\n\nClosing words\n\n\n") == []


def test_headings_with_windows_line_ends() -> None:
    crlf = find_headings("Body.\r\n\r\nSection two\r\n\r\nMore body.")
    assert [h.text for h in crlf] == ["Section two"]


def test_headings_scan_is_linear() -> None:
    block = "Energy security\n\n" + "He said this, and that was that. " * 30 + "\n\n"
    text = block * 8000  # about 8.5 MB
    start = time.perf_counter()
    assert len(find_headings(text)) == 8000
    assert find_headings("A" * 5_000_000) == []
    assert time.perf_counter() - start < 2.0


# -- publication dates -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2022-03-03", "2022-03-03"),
        ("2022-03-03T23:30:00-05:00", "2022-03-03"),
        ("2022-03-03T10:00:00Z", "2022-03-03"),
        ("March 3, 2022", "2022-03-03"),
        ("3 March 2022", "2022-03-03"),
        ("Feb. 18, 2022", "2022-02-18"),
        ("Thu, 03 Mar 2022 10:00:00 GMT", "2022-03-03"),
        ("March 3", None),  # no year: not guessed
        ("yesterday", None),  # relative: would depend on the day it runs
        ("2022-02-30", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_publication_date_order() -> None:
    dateline = Dateline(text="MUNICH, Feb. 18 (Sample Wire) —", span=(0, 31))
    with_meta = Document(id="a", text="x", date="2022-03-01")
    bare = Document(id="b", text="x")
    assert publication_date(with_meta, dateline, date="2022-01-01", year=2020) == (
        "2022-03-01",
        "metadata",
    )
    assert publication_date(bare, dateline, date="January 1, 2022", year=2020) == (
        "2022-01-01",
        "given",
    )
    assert publication_date(bare, dateline, date=None, year=2020) == (
        "2020-02-18",
        "dateline+year",
    )
    assert publication_date(bare, dateline, date=None, year=None) == (None, None)
    assert publication_date(bare, None, date=None, year=2020) == (None, None)


def test_publication_date_skips_unparseable_values() -> None:
    dateline = Dateline(text="BEIJING, 3 March 2022 /Xinhua/ --", span=(0, 33))
    doc = Document(id="a", text="x", date="sometime in spring")
    assert publication_date(doc, dateline, date="soon", year=None) == ("2022-03-03", "dateline")
    no_date = Dateline(text="NEW YORK —", span=(0, 10))
    assert publication_date(doc, no_date, date=None, year=2022) == (None, None)
