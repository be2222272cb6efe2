"""The bundled sample article: what `make demo` shows, checked end to end.

These are the bars of the core engine: every direct and mixed quote with the
right speaker (also when the speaker is named only by a description or a
pronoun), the nested quote, and no heading inside a quote.
"""

from importlib import resources

import pytest

import communique

SAMPLE = resources.files("communique.samples").joinpath("munich_talks.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def record() -> communique.Article:
    return communique.extract(SAMPLE, date="2022-02-18", id="munich_talks")


def quote_starting(record, words: str):
    found = [q for q in record.quotes if q.text.lstrip('“"').startswith(words)]
    assert found, f"no quote starting {words!r}: {[q.text[:40] for q in record.quotes]}"
    return found[0]


def speaker_name(record, quote) -> str | None:
    if quote.speaker is None or quote.speaker.actor is None:
        return None
    return record.actor(quote.speaker.actor).name


@pytest.mark.parametrize(
    ("start", "kind", "speaker", "mention_kind"),
    [
        ("the build-up", "mixed", "Annalena Baerbock", None),
        ("We spoke openly", "direct", "Annalena Baerbock", "pronoun"),
        ("Minister Wang told me", "direct", "Annalena Baerbock", None),
        ("Our position remains unchanged", "direct", "Wang Yi", "description"),
        ("China is not a party", "direct", "Wang Yi", None),
        ("any settlement", "mixed", "Annalena Baerbock", "description"),
        ("Russia has no intention", "direct", "Dmitry Peskov", "pronoun"),
        ("that Moscow would respond", "mixed", "Dmitry Peskov", None),
        ("that any sabotage", "mixed", "Jens Stoltenberg", "pronoun"),
    ],
)
def test_direct_and_mixed_quotes_have_the_right_speaker(record, start, kind, speaker, mention_kind):
    quote = quote_starting(record, start)
    assert quote.kind == kind
    assert speaker_name(record, quote) == speaker
    if mention_kind is not None:
        assert quote.speaker.mention.kind == mention_kind


def test_indirect_quotes(record):
    assert speaker_name(record, quote_starting(record, "Beijing would work")) == "Wang Yi"
    stoltenberg = quote_starting(record, "the alliance will cooperate")
    assert stoltenberg.cue.text == "According to"
    assert speaker_name(record, stoltenberg) == "Jens Stoltenberg"
    urge = [q for q in record.quotes if q.cue and q.cue.text == "urged"]
    assert urge and speaker_name(record, urge[0]) == "Annalena Baerbock"
    assert urge[0].addressee is not None and urge[0].addressee.name == "Serbia"


def test_nested_quote_inside_baerbocks_words(record):
    outer = quote_starting(record, "Minister Wang told me")
    nested = [q for q in record.quotes if q.nested_in == outer.id]
    assert len(nested) == 1
    inner = nested[0]
    assert inner.text.startswith("that China has no intention")
    assert speaker_name(record, inner) == "Wang Yi"
    assert inner.speaker.mention.text == "Minister Wang"
    assert inner.addressee is not None and inner.addressee.actor == outer.speaker.actor


def test_addressee_reporters(record):
    quote = quote_starting(record, "We spoke openly")
    assert quote.addressee is not None and quote.addressee.mention.text == "reporters"


def test_heading_is_marked_and_never_inside_a_quote(record):
    assert [h.text for h in record.headings] == ["Energy security"]
    h0, h1 = record.headings[0].span
    for quote in record.quotes:
        q0, q1 = quote.span
        assert q1 <= h0 or q0 >= h1, quote.text


def test_dateline_and_publication_date(record):
    assert record.dateline is not None
    assert record.dateline.place == "Munich"
    assert record.dateline.agency == "Sample Wire"
    assert record.published == "2022-02-18"


def test_every_span_points_at_its_text(record):
    text = SAMPLE
    for quote in record.quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        if quote.cue:
            assert text[quote.cue.span[0] : quote.cue.span[1]] == quote.cue.text
        if quote.speaker:
            m = quote.speaker.mention
            assert text[m.span[0] : m.span[1]] == m.text
    for actor in record.actors:
        for m in actor.mentions:
            assert text[m.span[0] : m.span[1]] == m.text


def test_one_actor_per_person(record):
    names = [a.name for a in record.actors]
    for person in ("Annalena Baerbock", "Wang Yi", "Dmitry Peskov", "Jens Stoltenberg"):
        assert names.count(person) == 1, names
    codes = {a.name: (a.country, a.sector) for a in record.actors}
    assert codes["Annalena Baerbock"] == ("DEU", "GOV")
    assert codes["Wang Yi"] == ("CHN", "GOV")
    assert codes["Dmitry Peskov"] == ("RUS", "GOV")
