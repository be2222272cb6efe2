"""Pairing quotation marks: the first evidence of every direct quote."""

from hypothesis import given
from hypothesis import strategies as st

from communique.quotes.marks import find_regions


def regions_text(text: str) -> list[str]:
    regions, _ = find_regions(text)
    return [text[r.start : r.end] for r in regions]


def test_curly_straight_and_guillemets():
    text = 'He said “yes.” She said "no." They said «maybe».'
    assert regions_text(text) == ["“yes.”", '"no."', "«maybe»"]


def test_german_low_high_marks():
    assert regions_text("Er sagte „Nein“ dazu.") == ["„Nein“"]


def test_multi_paragraph_quotation_is_one_region():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    regions, warnings = find_regions(text)
    assert not warnings
    assert len(regions) == 1
    assert regions[0].paragraphs == 2
    assert text[regions[0].start : regions[0].end].endswith("paragraph,”")


def test_unbalanced_mark_is_reported_and_dropped():
    text = 'He said "this never closes.\n\nA new paragraph with "a quote" in it.'
    regions, warnings = find_regions(text)
    assert [text[r.start : r.end] for r in regions] == ['"a quote"']
    assert [w.code for w in warnings] == ["CQ101"]
    assert warnings[0].span == (8, 9)


def test_stray_opening_curly_mark_is_reported():
    text = "“one “two” three"
    _regions, warnings = find_regions(text)
    assert regions_text(text) == ["“two”"]
    assert len(warnings) == 1


def test_apostrophes_are_not_quotes_in_double_mark_texts():
    text = "The leaders’ plan, she said, “won’t work.”"
    assert regions_text(text) == ["“won’t work.”"]


def test_doubled_apostrophes_are_double_marks():
    # The typewriter convention of newspaper archives: '' for " on both sides.
    text = "''It is over,'' Mr. Garin said. He added, ''I said, 'Not yet.''' and left."
    regions, warnings = find_regions(text)
    assert not warnings
    assert [text[r.start : r.end] for r in regions] == [
        "''It is over,''",
        "''I said, 'Not yet.'''",
    ]
    # The quotation proper lies between the two-character marks.
    assert [text[slice(*r.inner)] for r in regions] == ["It is over,", "I said, 'Not yet.'"]
    # A single apostrophe stays an apostrophe.
    assert regions_text("The candidates' plans don't add up.") == []


def test_single_marks_in_british_style_text():
    text = "The minister said ‘we will not move’ on Friday, and the party’s view is clear."
    assert regions_text(text) == ["‘we will not move’"]


def test_straight_single_marks_in_british_style_text():
    # a text with no double marks may quote with the typewriter's single mark
    text = "'Our position remains unchanged,' China's top diplomat stated. 'Never.'"
    assert regions_text(text) == ["'Our position remains unchanged,'", "'Never.'"]
    assert regions_text("The ministry called the plan 'a provocation' on Friday.") == [
        "'a provocation'"
    ]
    # apostrophes stay apostrophes: between letters, before a digit, a plural possessive
    assert regions_text("The leaders' summit in the '90s didn't end it.") == []
    # with double marks in the text, single marks are apostrophes or inner quotes
    assert regions_text("\"We said 'no',\" the minister said.") == ["\"We said 'no',\""]


@given(st.text(alphabet=st.sampled_from("ab \"“”«»‘’'\n.,"), max_size=300))
def test_regions_are_ordered_disjoint_and_inside_text(text):
    regions, warnings = find_regions(text)
    last_end = 0
    for region in regions:
        assert 0 <= region.start < region.end <= len(text)
        assert region.start >= last_end
        last_end = region.end
    for w in warnings:
        assert w.code == "CQ101"
