"""Dates and places of events: resolve_date and find_location over real parses.

Sentences are parsed once per module with the project's spaCy pipeline; each
check names the trigger word whose event is dated and placed. The publication
date of the sample article, 2022-02-18, is a Friday.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Token

from communique import nlp
from communique.read.dateline import find_dateline
from communique.schema import Dateline, Location
from communique.time_place import find_location, resolve_date, resolve_when
from communique.time_place.dates import _interpret

PUBLISHED = "2022-02-18"
SAMPLE = resources.files("communique.samples").joinpath("munich_talks.txt").read_text("utf-8")
KYIV_DATELINE = Dateline(text="KYIV, Ukraine (AP) —", span=(0, 20), place="Kyiv, Ukraine")

SENTENCES = [
    "Baerbock met Wang Yi in Munich on Tuesday.",
    "The ministers will meet again next week in Beijing.",
    "Russian forces attacked Kyiv yesterday.",
    "Russian forces attacked Kiev yesterday.",
    "The leaders met on February 10 in the Ukrainian capital.",
    "The deal was signed Feb. 10, 2022, in Paris.",
    "Protesters gathered outside the embassy in Berlin in 2019.",
    "The build-up threatens everything the region has achieved in two decades.",
    "Troops massed on the border of Ukraine last week.",
    "Moscow would respond should there be an attack on the Nord Stream pipeline.",
    "She criticised Moscow for using gas supplies as a weapon.",
    "The talks will be held in Geneva on Friday.",
    "Peskov rejected the criticism on Friday.",
    "Shelling hit the outskirts of Kharkiv overnight.",
    "The two ministers will meet again next week in Beijing, the German Foreign Office said.",
    "Speaking in Brussels on Monday, Stoltenberg warned Russia.",
]


@pytest.fixture(scope="module")
def docs() -> dict[str, Doc]:
    model = nlp.load()
    return {text: doc for text, doc in zip(SENTENCES, model.pipe(SENTENCES), strict=True)}


@pytest.fixture(scope="module")
def sample() -> Doc:
    return nlp.load()(SAMPLE)


def trigger(docs: dict[str, Doc], sentence: str, word: str) -> Token:
    found = [t for t in docs[sentence] if t.text == word]
    assert found, f"{word!r} not in {sentence!r}"
    return found[-1]


# -- dates -------------------------------------------------------------------


def test_weekday_of_a_past_event_is_the_latest_before_publication(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[0], "met"), PUBLISHED)
    assert date == "2022-02-15"
    assert "Tuesday" in reason and PUBLISHED in reason


def test_weekday_of_a_future_event_is_the_next_one(docs):
    date, _ = resolve_date(trigger(docs, SENTENCES[11], "held"), PUBLISHED)
    assert date == "2022-02-25"


def test_weekday_of_publication_day_is_that_day_for_a_past_event(docs):
    date, _ = resolve_date(trigger(docs, SENTENCES[12], "rejected"), PUBLISHED)
    assert date == PUBLISHED


def test_next_week_is_the_monday_of_the_following_week(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[1], "meet"), PUBLISHED)
    assert date is not None
    day = dt.date.fromisoformat(date)
    assert dt.date(2022, 2, 21) <= day <= dt.date(2022, 2, 27)
    assert day.weekday() == 0
    assert "week of" in reason


def test_last_week_is_the_monday_of_the_week_before(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[8], "massed"), PUBLISHED)
    assert date == "2022-02-07"
    assert "week of" in reason


def test_yesterday(docs):
    for sentence in SENTENCES[2:4]:
        assert resolve_date(trigger(docs, sentence, "attacked"), PUBLISHED)[0] == "2022-02-17"


def test_untagged_overnight_is_the_day_before(docs):
    assert resolve_date(trigger(docs, SENTENCES[13], "hit"), PUBLISHED)[0] == "2022-02-17"


def test_month_and_day_take_the_year_before_publication_date(docs):
    met = trigger(docs, SENTENCES[4], "met")
    assert resolve_date(met, PUBLISHED)[0] == "2022-02-10"
    # published early in January, "February 10" of a past event is last year's
    assert resolve_date(met, "2022-01-05")[0] == "2021-02-10"


def test_full_date_needs_no_publication_date(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[5], "signed"), None)
    assert date == "2022-02-10"
    assert "as written" in reason


def test_year_alone_is_no_day(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[6], "gathered"), PUBLISHED)
    assert date is None
    assert "year 2019" in reason


def test_the_period_keeps_the_precision_the_text_gives(docs):
    assert resolve_when(trigger(docs, SENTENCES[6], "gathered"), PUBLISHED).period == "2019"
    day = resolve_when(trigger(docs, SENTENCES[0], "met"), PUBLISHED)
    assert day.period == day.date == "2022-02-15"
    assert _interpret("last month", PUBLISHED, "past")[:2] == ("vague", "2022-01")
    assert _interpret("march 2015", PUBLISHED, "past")[:2] == ("vague", "2015-03")
    assert _interpret("1990s", PUBLISHED, "past")[:2] == ("vague", "199")
    assert _interpret("last year", PUBLISHED, "past")[:2] == ("vague", "2021")


def test_duration_is_no_date(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[7], "threatens"), PUBLISHED)
    assert (date, reason) == (PUBLISHED, "publication date (no date in the sentence)")


def test_no_date_and_no_publication_date(docs):
    assert resolve_date(trigger(docs, SENTENCES[10], "criticised"), None) == (
        None,
        "no date in the sentence and no publication date",
    )


def test_relative_date_without_publication_date_is_unresolved(docs):
    date, reason = resolve_date(trigger(docs, SENTENCES[0], "met"), None)
    assert date is None
    assert "publication date" in reason and "unknown" in reason


def test_date_of_an_embedded_clause_does_not_date_the_reporting_verb(docs):
    sentence = SENTENCES[14]
    assert resolve_date(trigger(docs, sentence, "meet"), PUBLISHED)[0] == "2022-02-21"
    assert resolve_date(trigger(docs, sentence, "said"), PUBLISHED)[0] == PUBLISHED


def test_dates_are_cached(docs):
    met = trigger(docs, SENTENCES[0], "met")
    resolve_date(met, PUBLISHED)
    before = _interpret.cache_info().hits
    resolve_date(met, PUBLISHED)
    assert _interpret.cache_info().hits == before + 1


# -- places ------------------------------------------------------------------


def test_city_after_in(docs):
    sentence = SENTENCES[0]
    loc = find_location(trigger(docs, sentence, "met"), None)
    assert loc is not None
    assert (loc.name, loc.country, loc.geonames_id) == ("Munich", "DEU", 2867714)
    assert loc.latitude == pytest.approx(48.14, abs=0.05)
    assert loc.longitude == pytest.approx(11.58, abs=0.05)
    assert loc.span is not None and sentence[loc.span[0] : loc.span[1]] == "Munich"
    assert loc.from_dateline is False


def test_future_meeting_place(docs):
    loc = find_location(trigger(docs, SENTENCES[1], "meet"), KYIV_DATELINE)
    assert loc is not None and (loc.name, loc.country) == ("Beijing", "CHN")


def test_place_attacked_and_old_spelling(docs):
    for sentence in SENTENCES[2:4]:
        loc = find_location(trigger(docs, sentence, "attacked"), None)
        assert loc is not None
        assert (loc.name, loc.country, loc.geonames_id) == ("Kyiv", "UKR", 703448)
        assert sentence[loc.span[0] : loc.span[1]] in ("Kyiv", "Kiev")


def test_country_is_country_level(docs):
    loc = find_location(trigger(docs, SENTENCES[8], "massed"), None)
    assert loc is not None
    assert (loc.name, loc.country, loc.geonames_id) == ("Ukraine", "UKR", 690791)
    assert loc.latitude is None and loc.longitude is None


def test_place_inside_a_noun_phrase(docs):
    loc = find_location(trigger(docs, SENTENCES[6], "gathered"), None)
    assert loc is not None and (loc.name, loc.country) == ("Berlin", "DEU")
    loc = find_location(trigger(docs, SENTENCES[13], "hit"), None)
    assert loc is not None and loc.name == "Kharkiv"


def test_capital_named_by_its_country(docs):
    loc = find_location(trigger(docs, SENTENCES[4], "met"), None)
    assert loc is not None and (loc.name, loc.country) == ("Kyiv", "UKR")


def test_target_and_recipient_are_not_places(docs):
    assert find_location(trigger(docs, SENTENCES[9], "attack"), None) is None
    assert find_location(trigger(docs, SENTENCES[10], "criticised"), None) is None


def test_participle_clause_shares_the_setting(docs):
    loc = find_location(trigger(docs, SENTENCES[15], "warned"), None)
    assert loc is not None and loc.name == "Brussels"


def test_dateline_fallback_is_flagged(docs):
    loc = find_location(trigger(docs, SENTENCES[10], "criticised"), KYIV_DATELINE)
    assert loc is not None
    assert (loc.name, loc.country, loc.from_dateline, loc.span) == ("Kyiv", "UKR", True, None)
    assert loc.latitude is not None


def test_unknown_dateline_place_gives_nothing(docs):
    odd = Dateline(text="ZZYZXQ —", span=(0, 8), place="Zzyzxq")
    assert find_location(trigger(docs, SENTENCES[10], "criticised"), odd) is None


# -- the sample article --------------------------------------------------------


def sample_trigger(doc: Doc, sentence_start: str, word: str) -> Token:
    for sent in doc.sents:
        if sent.text.startswith(sentence_start):
            return next(t for t in sent if t.text == word)
    raise AssertionError(f"no sentence starting {sentence_start!r}")


def test_sample_article(sample):
    dateline = find_dateline(SAMPLE)
    assert dateline is not None and dateline.place == "Munich"
    met = sample_trigger(sample, "Baerbock met", "met")
    assert resolve_date(met, PUBLISHED)[0] == "2022-02-15"
    loc = find_location(met, dateline)
    assert loc is not None and loc.name == "Munich" and not loc.from_dateline
    assert SAMPLE[loc.span[0] : loc.span[1]] == "Munich"

    rejected = sample_trigger(sample, "Kremlin spokesman", "rejected")
    assert resolve_date(rejected, PUBLISHED)[0] == PUBLISHED
    said = sample_trigger(sample, '"Russia has no intention', "said")
    assert resolve_date(said, PUBLISHED)[0] == "2022-02-16"
    fallback = find_location(rejected, dateline)
    assert fallback is not None and fallback.from_dateline and fallback.country == "DEU"

    meet = sample_trigger(sample, "The two ministers", "meet")
    loc = find_location(meet, dateline)
    assert loc is not None and loc.name == "Beijing" and not loc.from_dateline


# -- odd input -----------------------------------------------------------------


def test_odd_input_never_raises():
    model = nlp.load()
    one = model("Hi")[0]
    assert resolve_date(one, PUBLISHED) == (PUBLISHED, "publication date (no date in the sentence)")
    assert find_location(one, None) is None
    bare = Doc(model.vocab, words=["Munich"])[0]  # no parse, no sentences
    assert resolve_date(bare, None)[0] is None
    assert find_location(bare, None) is None
    assert resolve_date(None, "not a date") == (  # type: ignore[arg-type]
        None,
        "no date in the sentence and no publication date",
    )
    assert find_location("Munich", None) is None  # type: ignore[arg-type]
    assert find_location(one, Dateline(text="", span=(0, 0), place=None)) is None
    assert resolve_date(one, "2022-02-30")[0] is None


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"abcXYZ 0129,.'\"-\n", "Tuesday ", "in Paris ", "last ", "week ", "Kiev ", "on "]
        ),
        max_size=25,
    ).map("".join)
)
def test_fuzzed_sentences_never_raise(text):
    doc = nlp.load()(text)
    dateline = Dateline(text="X", span=(0, 1), place=text[:20] or None)
    for tok in doc:
        date, reason = resolve_date(tok, PUBLISHED)
        assert date is None or dt.date.fromisoformat(date)
        assert isinstance(reason, str) and reason
        loc = find_location(tok, dateline)
        assert loc is None or isinstance(loc, Location)


@pytest.mark.parametrize("text", ["attacked ¹", "They met ² days ago.", "Talks ended ³ weeks ago."])
def test_superscript_digits_are_not_counts(text):
    import communique

    record = communique.extract(text, id="digits")
    assert not [w for w in record.warnings if w.code == "CQ211"], record.warnings


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # the English name of the Ukrainian city, the own name of a Texan one: the story's
        # other places say which
        ("Russia threatened to bomb the port of Odessa, Ukrainian officials said.", "UKR"),
        ("Russia attacked Odessa, the Ukrainian army said.", "UKR"),
        # no sign of the city abroad: the city whose own name it is
        ("Storms attacked Odessa on Monday.", "USA"),
    ],
)
def test_a_citys_english_name_is_the_city_abroad_the_story_names(sentence, country):
    doc = nlp.load()(sentence)
    word = next(t for t in doc if t.text in ("bomb", "attacked"))
    loc = find_location(word, None)
    assert loc is not None and loc.name.startswith("Odes") and loc.country == country
