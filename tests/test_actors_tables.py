"""The country table, the converted PETRARCH2 data, the build script and user YAML files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from communique import extract, nlp
from communique.actors import ActorDictionary, find_actors
from communique.actors.roles import default_roles
from communique.errors import CommuniqueError
from communique.schema import Document

ROOT = Path(__file__).resolve().parent.parent
PETRARCH = ROOT.parent / "shared" / "data" / "petrarch2"
US_CONGRESS = ROOT.parent / "shared" / "data" / "us_congress"


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.mark.parametrize(
    ("text", "iso3", "sector", "how"),
    [
        ("Kiev", "UKR", "GOV", "capital"),
        ("Kyiv", "UKR", "GOV", "capital"),
        ("UK", "GBR", None, "country"),
        ("Britain", "GBR", None, "country"),
        ("Russia", "RUS", None, "country"),
        ("Chinese", "CHN", None, "demonym"),
        ("Germans", "DEU", None, "demonym"),
        ("the White House", "USA", "GOV", "metonym"),
        ("the Kremlin", "RUS", "GOV", "metonym"),
        ("Pentagon", "USA", "MIL", "metonym"),
        ("Downing Street", "GBR", "GOV", "metonym"),
        ("Washington", "USA", "GOV", "capital"),
        ("U.S.", "USA", None, "country"),
        ("Kosovo", "KOS", None, "country"),
        # other names PETRARCH2's country blocks give: former names, provinces
        ("Zaire", "COD", None, "place"),
        ("Ceylon", "LKA", None, "place"),
        ("Chechnya", "RUS", None, "place"),
        ("Darfur", "SDN", None, "place"),
    ],
)
def test_country_table(
    d: ActorDictionary, text: str, iso3: str, sector: str | None, how: str
) -> None:
    place = d.place(text, "")
    assert place is not None, text
    assert (place.iso3, place.sector, place.how) == (iso3, sector, how)


def test_the_seat_of_a_body_above_states_lies_in_a_country(d: ActorDictionary) -> None:
    seat = d.seat("Brussels", "GPE")
    assert seat is not None and (seat.iso3, seat.sector) == ("BEL", None)
    assert d.place("Brussels", "GPE").iso3 == "EUR"  # the city alone stands for the EU
    # a state's own metonym or capital names that state, not a seat elsewhere
    assert d.seat("the Kremlin", "FAC") is None
    assert d.seat("the White House", "FAC") is None
    assert d.seat("Moscow", "GPE") is None


def test_a_clipped_name_ending_several_countries_names_is_known(d: ActorDictionary) -> None:
    assert d.countries.clipped("Congo") == {"COD", "COG"}
    assert d.countries.clipped("Korea") == {"KOR", "PRK"}
    # a country's own name stays its own, though a longer name ends in it
    assert d.countries.clipped("Sudan") == frozenset()
    assert d.countries.clipped("Guinea") == frozenset()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a clipped name is the country the story named in full
        ("DR Congo accused Rwanda of arming rebels. Congo expelled a Rwandan diplomat.", "COD"),
        ("The Democratic Republic of the Congo met Angola. Congo expelled a diplomat.", "COD"),
        # with no fuller name, or with both countries named, the table's own
        ("Congo expelled a Rwandan diplomat.", "COG"),
        ("Congo-Brazzaville and DR Congo met. Congo expelled a diplomat.", "COG"),
    ],
)
def test_a_clipped_country_name_is_the_one_named_in_full(text: str, country: str) -> None:
    art = extract(text)
    expel = [e for e in art.events if e.type == "SANCTION"]
    assert expel and [p.code for p in expel[-1].actor] == [country]


def test_country_table_refuses_common_words(d: ActorDictionary) -> None:
    assert d.place("us", "") is None  # the pronoun, not the United States
    assert d.place("turkey", "") is None  # lower case: the bird
    assert d.place("Munich", "") is None
    assert d.place("", "") is None


def test_converted_petrarch_entries(d: ActorDictionary) -> None:
    obama = d.lookup("Barack Obama")
    assert obama is not None and (obama.country, obama.kind) == ("USA", "person")
    # PETRARCH2 and the US executive data are one person, with the QID of the latter
    assert obama.identifier == "Q76"
    assert "PETRARCH2" in obama.reason and "US Congress" in obama.reason
    assert d.lookup("Barack H. Obama") is not None  # a full-name synonym of the record
    assert d.lookup("Obama") is None  # a surname alone names no one
    assert d.lookup("President Obama") is None  # nor does a title and a surname, undated
    nato = d.lookup("NATO")
    assert nato is not None and nato.country == "IGO" and nato.kind == "organisation"
    assert d.lookup("North Atlantic Treaty Organization") == nato
    assert d.lookup("the European Union").country == "EUR"  # PLOVER's own code
    assert d.lookup("World Health Organization").country == "UNO"
    taliban = d.lookup("Taliban")
    assert taliban is not None and (taliban.country, taliban.sector) == ("AFG", "REB")
    # a leader listed twice by PETRARCH2 (dated, and in an undated block of the same country)
    # is one person under the shared full name
    assad = d.lookup("Bashar al-Assad")
    assert assad is not None and (assad.country, assad.kind) == ("SYR", "person")
    # one listed twice with dated roles each (XI_JINPING, CHN GOV from 2012, and XI_JINPING_
    # from CountryInfo.txt, CHN GOV from 2008) is one person with both records' roles
    xi = d.lookup("Xi Jinping", "2014-06-01")
    assert xi is not None and xi.kind == "person"
    assert (xi.standing("2014-06-01").country, xi.standing("2014-06-01").sector) == ("CHN", "GOV")
    ban = d.lookup("Ban Ki-moon", "2010-06-01")  # KOR GOV to 2006, then UNO from 2007
    assert ban is not None and ban.standing("2010-06-01").country == "UNO"
    assert ban.standing("2005-06-01").country == "KOR"
    # an abbreviation written with periods is the abbreviation
    assert d.lookup("F.B.I.") is not None and d.lookup("F.B.I.") == d.lookup("FBI")


@pytest.mark.parametrize(
    ("name", "day", "codes", "why"),
    [
        ("Barack Obama", "2015-06-01", ("USA", "GOV", "president"), "president 2009-01-20"),
        ("Barack Obama", "2018-06-01", ("USA", "ELI", None), "former president"),
        ("Hillary Clinton", "2016-06-01", ("USA", "ELI", None), "former"),
        ("Bernie Sanders", "2016-03-01", ("USA", "LEG", "senator"), "senator"),
        ("Donald Trump", "2016-08-01", ("USA", None, None), "before any role"),
        ("Donald Trump", "2019-01-01", ("USA", "GOV", "president"), "president"),
        # an open-ended PETRARCH2 role is confirmed to 2016 only: country yes, sector no
        ("Angela Merkel", "2022-01-01", ("DEU", None, None), "confirmed to 2016"),
        ("Angela Merkel", "2010-01-01", ("DEU", "GOV", None), "GOV 2005-11-22"),
        ("Antony Blinken", "2022-03-01", ("USA", "GOV", "foreign minister"), "communique"),
    ],
)
def test_dictionary_roles_valid_at_the_articles_date(
    d: ActorDictionary, name: str, day: str, codes: tuple, why: str
) -> None:
    entry = d.lookup(name, day)
    assert entry is not None, name
    standing = entry.standing(day)
    assert (standing.country, standing.sector, standing.office) == codes
    assert why in standing.reason


def test_us_officials_carry_wikidata_ids_and_gender(d: ActorDictionary) -> None:
    cantwell = d.lookup("Maria Cantwell", "2020-01-01")
    assert cantwell is not None and cantwell.identifier == "Q22250" and cantwell.gender == "f"
    party = d.affiliation("Republican")
    assert party is not None and (party.country, party.sector) == ("USA", "PTY")


def test_title_and_surname_name_the_office_holder_of_that_day(d: ActorDictionary) -> None:
    president = d.role(["president"])
    senator = d.role(["senator"])
    assert president is not None and senator is not None
    assert d.office_holder("Obama", president, "2015-01-01").identifier == "Q76"
    assert d.office_holder("Obama", president, "2019-01-01") is None  # no longer president
    assert d.office_holder("Cruz", senator, "2016-01-01").name == "Ted Cruz"


def test_title_and_surname_without_a_date_only_when_all_holders_agree(
    d: ActorDictionary,
) -> None:
    president = d.role(["president"])
    assert president is not None
    # PETRARCH2 lists a Bush who led the Cayman Islands' government (its sector only, no
    # office named), wholly while a US president of that name held the office itself: on no
    # day would a dated article's "President Bush" be him, so every possible holder is US
    bush = d.office_holder("Bush", president, None)
    assert bush is not None and (bush.country, bush.sector) == ("USA", "GOV")
    assert bush.identifier == ""  # two presidents of that name: no one person
    # two holders of different countries, neither within the other's tenure: no code
    assert d.office_holder("Sharif", president, None) is None
    # the one Kagame with a government role: his country and sector, no dated role
    kagame = d.office_holder("Kagame", president, None)
    assert kagame is not None and kagame.undated == ("Paul Kagame",)
    assert kagame.roles == () and (kagame.country, kagame.sector) == ("RWA", "GOV")
    assert d.office_holder("Nosuchname", president, None) is None


def test_the_surname_index_is_built_once_by_whichever_question_asks_first(
    d: ActorDictionary,
) -> None:
    fresh = ActorDictionary(d.names, d.countries, d.tables, d.sources)
    president = d.role(["president"])
    assert president is not None
    # an undated holder asked first, before any other question built the index
    obama = fresh._undated_holder("Obama", president)
    assert obama is not None and obama.country == "USA"
    assert fresh.surnames is fresh.surnames and "obama" in fresh.surnames


def test_a_minister_of_a_portfolio_holds_no_office_that_leads_a_government(
    d: ActorDictionary,
) -> None:
    # PETRARCH2 codes a minister by the ministry's domain ("[COGGOVBUS ...]"), a head plain GOV
    president, minister = d.role(["president"]), d.role(["minister"])
    assert president is not None and president.office.leads
    assert minister is not None and not minister.office.leads
    congo = d.lookup("Alphonse Obama", "2003-06-01")
    assert congo is not None and [r.portfolio for r in congo.roles] == ["BUS"]
    # so "President Obama" without a date has one possible holder
    obama = d.office_holder("Obama", president, None)
    assert obama is not None and obama.undated == ("Barack Obama",)
    assert (obama.country, obama.identifier) == ("USA", "Q76")
    # a portfolio's holder still fills a minister's title on its day
    congo_minister = d.office_holder("Obama", minister, "2004-08-01")
    assert congo_minister is not None and congo_minister.country == "COG"


def test_an_undated_title_and_surname_is_coded_with_its_reason() -> None:
    art = extract("President Kagame met the delegation. President Obama spoke later.")
    by_name = {a.name: a for a in art.actors}
    kagame, obama = by_name["Kagame"], by_name["Obama"]
    assert (kagame.country, kagame.sector, kagame.basis) == ("RWA", "GOV", "dictionary")
    assert "article date unknown" in kagame.reason and "Paul Kagame" in kagame.reason
    assert obama.country == "USA"  # every possible holder of "president" named Obama
    art = extract("President Bush met the delegation.")
    bush = next(a for a in art.actors if a.name == "Bush")
    # PETRARCH2's Cayman Islands head named Bush governed only while a US President Bush
    # was in office, so the dated rule would never pick him
    assert (bush.country, bush.identifier) == ("USA", None)


def test_a_dated_article_still_picks_the_holder_of_that_day() -> None:
    art = extract(Document(id="d", text="President Obama spoke.", date="2015-03-01"))
    obama = next(a for a in art.actors if a.name == "Obama")
    assert (obama.country, obama.identifier) == ("USA", "Q76")


def test_agent_nouns(d: ActorDictionary) -> None:
    assert d.role(["foreign", "minister"]).sector == "GOV"
    assert d.role(["troops"]).sector == "MIL"
    assert d.role(["police"]).sector == "COP"
    assert d.role(["journalists"]).sector == "JRN"  # CAMEO MED is PLOVER JRN
    assert d.role(["spokesman"]).sector is None  # neutral: takes the body's sector
    assert d.role(["deputy", "foreign", "minister"]).phrase == "foreign minister"
    assert d.role(["table"]) is None


def test_a_closed_compound_of_a_civilians_noun_is_that_noun(d: ActorDictionary) -> None:
    # English compounds are right-headed: a schoolchild is a child, a grandmother a mother
    assert d.role(["schoolchildren"]).sector == "CVL"
    assert d.role(["three", "grandmothers"]).sector == "CVL"
    # the agent suffixes -man, -woman, -people name a trade or office, not a civilian
    assert d.role(["councilwoman"]) is None
    assert d.role(["salespeople"]) is None
    # compounds of other role nouns are often things or other trades
    assert d.role(["warhead"]) is None
    assert d.role(["safeguard"]) is None
    assert d.role(["missiles"]) is None


def test_a_closed_compound_of_a_workers_or_delegates_noun_is_that_noun(
    d: ActorDictionary,
) -> None:
    # PETRARCH2 agents: WORKER [~LAB], DELEGATE [~LEG]; a dockworker is a worker
    assert d.role(["dockworkers"]).sector == "LAB"
    assert d.role(["farmworker"]).sector == "LAB"
    assert d.role(["superdelegates"]).sector == "LEG"
    assert d.role(["typewriter"]) is None  # "writer" is no compound head: things end in it


def test_text_beats_dictionary_sector_rules() -> None:
    doc = nlp.load()(
        "Pentagon spokesman John Kirby said the drills would go on. "
        "White House press secretary Jen Psaki also spoke."
    )
    index = find_actors(doc)
    kirby = next(a for a in index.actors if a.name == "John Kirby")
    assert (kirby.country, kirby.sector) == ("USA", "MIL")
    psaki = next(a for a in index.actors if a.name == "Jen Psaki")
    assert (psaki.country, psaki.sector) == ("USA", "GOV")


def _load_script():
    path = ROOT / "scripts" / "build_actor_data.py"
    spec = importlib.util.spec_from_file_location("build_actor_data", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_code_conversion() -> None:
    mod = _load_script()
    iso = {"CHN", "USA", "FRA", "NOR"}
    assert mod.split_code("CHNGOVBUS", iso) == ("CHN", "GOV")
    assert mod.split_code("USAMED", iso) == ("USA", "JRN")
    assert mod.split_code("USAHLH", iso) == ("USA", "MED")
    assert mod.split_code("IGOWSTNAT", iso) == ("IGO", None)
    assert mod.split_code("IGOUNOREFHCR", iso) == ("UNO", None)
    assert mod.split_code("FRAREB", iso) == ("FRA", "REB")
    # a region names no state; the group's sector stays (KAYIN_NATIONAL_UNION_(KNU)_ SEAREB)
    assert mod.split_code("SEAREB", iso) == (None, "REB")
    assert mod.split_code("MEAREB", iso) == (None, "REB")
    assert mod.split_code("BUD", iso) == (None, "REL")
    assert mod._title_case("national people's congress") == "National People's Congress"
    assert mod.parse_restriction(">051122") == ("2005-11-22", "")
    assert mod.parse_restriction("<19990101") == ("", "1999-01-01")
    assert mod.parse_restriction("18970101-450703") == ("1897-01-01", "1945-07-03")
    assert mod.parse_restriction("") is None
    roles, default = mod.dated_roles([("NORGOV", ("2001-10-19", "")), ("NORELI", None)], iso)
    assert roles == [["NOR", "GOV", "2001-10-19", ""]] and default == ["NOR", "ELI"]


def test_person_synonyms_need_two_words_of_a_name() -> None:
    mod = _load_script()
    lead = mod.TITLE_ONLY
    assert mod._is_person_alias("barack hussein obama", lead)
    assert not mod._is_person_alias("obama", lead)  # a surname alone
    assert not mod._is_person_alias("president obama", lead)  # a title and a surname
    assert not mod._is_person_alias("the obama administration", lead)  # a body, not the man


def test_a_dated_record_named_with_an_article_or_a_body_noun_is_a_body() -> None:
    mod = _load_script()
    assert mod._names_a_body("the islamic state")  # a personal name takes no article
    assert mod._names_a_body("kurdish democratic union party")
    assert not mod._names_a_body("bashar al-assad")


@pytest.mark.parametrize("name", ["ISIS", "ISIL", "Daesh", "the Islamic State", "Islamic State"])
def test_a_group_petrarch2_dates_is_known_by_its_one_word_synonyms(
    d: ActorDictionary, name: str
) -> None:
    # THE_ISLAMIC_STATE, +ISIS_, +ISIL_, +DAESH_: [IMGMUSISI >20130408]
    entry = d.lookup(name, "2015-06-01")
    assert entry is not None and entry.kind == "organisation"
    assert entry.standing("2015-06-01").country == "IMG"


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="needs ../shared/data/petrarch2")
def test_build_script_reproduces_shipped_files(tmp_path: Path) -> None:
    mod = _load_script()
    mod.main(["--petrarch", str(PETRARCH), "--out", str(tmp_path)])
    shipped = ROOT / "src" / "communique" / "data"
    for name in ("countries.json", "agents.tsv"):
        assert (tmp_path / name).read_text("utf-8") == (shipped / name).read_text("utf-8")
    assert (tmp_path / "actors_phoenix.tsv.gz").read_bytes() == (
        shipped / "actors_phoenix.tsv.gz"
    ).read_bytes()


@pytest.mark.skipif(not US_CONGRESS.is_dir(), reason="needs ../shared/data/us_congress")
def test_us_build_script_reproduces_shipped_file(tmp_path: Path) -> None:
    path = ROOT / "scripts" / "build_us_officials.py"
    spec = importlib.util.spec_from_file_location("build_us_officials", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.main(["--source", str(US_CONGRESS), "--out", str(tmp_path)])
    shipped = ROOT / "src" / "communique" / "data" / "actors_us.tsv.gz"
    assert (tmp_path / "actors_us.tsv.gz").read_bytes() == shipped.read_bytes()


# -- user YAML ---------------------------------------------------------------


def test_extended_with_example_file(d: ActorDictionary) -> None:
    ext = d.extended(ROOT / "docs" / "examples" / "my_actors.yaml")
    e = ext.lookup("Maria Example")
    assert e is not None and (e.country, e.sector) == ("DEU", "GOV")
    assert e.reason == "user dictionary my_actors.yaml"
    assert d.lookup("Maria Example") is None  # the default is not changed
    assert ext.lookup("Barack Obama") is not None  # bundled entries stay


def test_user_entry_used_in_text(tmp_path: Path, d: ActorDictionary) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(
        "actors:\n"
        "  - name: Zorblat Quennox\n"
        "    aliases: [Quennox]\n"
        "    country: FRA\n"
        "    sector: LEG\n",
        encoding="utf-8",
    )
    ext = d.extended(f)
    index = find_actors(nlp.load()("Zorblat Quennox spoke on Monday."), ext)
    a = index.actors[0]
    assert (a.name, a.country, a.sector) == ("Zorblat Quennox", "FRA", "LEG")
    assert a.reason == "user dictionary mine.yaml"


@pytest.mark.parametrize(
    "content",
    [
        "actors: {name: x}\n",
        "- aliases: [a]\n",
        "- name: X\n  country: france\n",
        "- name: X\n  kind: robot\n",
        "- name: X\n  aliases: notalist\n",
        "- [1, 2]\n",
        "key: [unclosed\n",
    ],
)
def test_bad_user_file(tmp_path: Path, d: ActorDictionary, content: str) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(CommuniqueError) as info:
        d.extended(f)
    assert info.value.code == "CQ303"


def test_missing_user_file(tmp_path: Path, d: ActorDictionary) -> None:
    with pytest.raises(CommuniqueError) as info:
        d.extended(tmp_path / "nope.yaml")
    assert info.value.code == "CQ303"


def test_place_inside_a_longer_name_and_curly_possessive() -> None:
    doc = nlp.load()(
        "Donald Trump spoke in Ohio. Trump’s aides were pleased. "
        "The former New Mexico governor, Gary Johnson, disagreed."
    )
    index = find_actors(doc)
    trump = [a for a in index.actors if "Trump" in a.name and a.kind == "person"]
    assert len(trump) == 1 and trump[0].name == "Donald Trump"
    assert "Trump" in [m.text for m in trump[0].mentions]  # "Trump’s", curly apostrophe
    assert not any(a.country == "MEX" for a in index.actors)  # New Mexico is not Mexico


def test_a_family_name_first_is_looked_up_as_the_surname(d: ActorDictionary) -> None:
    # Chinese and Korean names put the family name first: "Minister Wang" may be any official
    # named Wang of China or Taiwan, so without a date no code is safe
    minister, president = d.role(["minister"]), d.role(["president"])
    assert minister is not None and president is not None
    assert "CHN" in default_roles().family_name_first
    assert d.office_holder("Wang", minister, None) is None
    roh = d.office_holder("Roh", president, None)  # Roh Tae Woo, Roh Moo Hyun: both KOR GOV
    assert roh is not None and roh.country == "KOR" and "Roh Moo Hyun" in roh.undated


def test_a_titled_name_no_dictionary_holds_takes_a_one_country_storys_country() -> None:
    art = extract("President Dos Sontas conceded to demands from the rebels of Angola.")
    person = next(a for a in art.actors if a.name == "Dos Sontas")
    assert (person.country, person.sector, person.basis) == ("AGO", "GOV", "inferred")
    # a known name is never coded by the story: its dictionary entry or nothing
    # (heads of government named Sharif in four countries: no entry, so nothing)
    known = extract("President Sharif met Angolan rebels.")
    sharif = next(a for a in known.actors if a.name == "Sharif")
    assert sharif.country is None


@pytest.mark.parametrize("title", ["Prime Minister", "Foreign Minister"])
def test_an_office_of_two_words_as_a_title_is_a_title_for_the_story_s_country(title: str) -> None:
    # "prime" is no title alone: the office's name as a whole is the title before the name
    art = extract(f"Peru held elections on Monday. {title} Ana Quispelo criticised the opposition.")
    person = next(a for a in art.actors if a.name == "Ana Quispelo")
    assert (person.country, person.sector, person.basis) == ("PER", "GOV", "inferred")


def test_an_office_title_with_a_named_body_keeps_the_body_a_mention() -> None:
    # "Treasury" is tagged as a name: the body stays an actor that "the agency" may stand for
    art = extract("Treasury Secretary Ana Quispelo met bankers. The agency said rates would rise.")
    texts = [[m.text for m in a.mentions] for a in art.actors]
    assert ["Treasury", "The agency"] in texts


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a domestic side named beside one state's government is that state's
        ("Chile urged the Bolivian government and the opposition to end the dispute.",
         "the opposition", "BOL"),
        # named before the state it is coordinated with
        ("Brazil urged the rebels and the Bolivian army to end the fighting.", "the rebels",
         "BOL"),
        ("Sweden hosted talks between the Nepalese government and Maoist rebels.",
         "Maoist rebels", "NPL"),
    ],
)  # fmt: skip
def test_a_domestic_side_beside_a_state_takes_its_country(
    text: str, name: str, country: str
) -> None:
    art = extract(text)
    side = next(a for a in art.actors if a.name == name)
    assert (side.country, side.basis) == (country, "inferred")


@pytest.mark.parametrize(
    "text",
    [
        # two states' bodies: whose side it is, the text does not say
        "Chile urged the Peruvian government, the Bolivian army and the rebels to end the war.",
        # a country's name is no state body: often another party, not a side of its politics
        "Chile urged Bolivia and the rebels to end the war.",
        "Chile urged Peru, Bolivia and the rebels to end the war.",
    ],
)
def test_a_domestic_side_beside_no_one_state_body_stays_uncoded(text: str) -> None:
    art = extract(text)
    assert next(a for a in art.actors if a.name == "the rebels").country is None


def test_a_titled_surname_that_people_of_the_storys_country_bear_takes_its_country() -> None:
    # the dictionaries know Keitas of five West African states, Mali among them: the name
    # is no evidence against the story's country, as it is against Angola for Sharif
    art = extract("Malian students marched against President Keita in Bamako.")
    keita = next(a for a in art.actors if a.name == "Keita")
    assert (keita.country, keita.sector, keita.basis) == ("MLI", "GOV", "inferred")


def test_a_story_with_no_coded_actor_takes_the_one_country_its_places_name() -> None:
    art = extract("President Dos Sontas threatened to impose a curfew in Luanda.")
    person = next(a for a in art.actors if a.name == "Dos Sontas")
    assert (person.country, person.basis) == ("AGO", "inferred")
    # places of two countries: no story country
    two = extract("President Dos Sontas threatened to impose curfews in Luanda and in Bavaria.")
    assert next(a for a in two.actors if a.name == "Dos Sontas").country is None


def test_a_state_body_named_by_a_description_takes_a_one_country_storys_country() -> None:
    art = extract("Fishermen in Sri Lanka protested against the navy.")
    navy = next(a for a in art.actors if a.name == "the navy")
    assert (navy.country, navy.sector, navy.basis) == ("LKA", "MIL", "inferred")
    # a body that is no state's (a newspaper) takes no country from the story
    paper = extract("Fishermen in Sri Lanka told the newspaper they would protest.")
    assert next(a for a in paper.actors if a.name == "the newspaper").country is None


def test_a_domestic_party_described_with_no_country_takes_a_one_country_storys_country() -> None:
    # rebels, an opposition party, students, a former official: PLOVER's domestic sectors
    art = extract("Chadian troops clashed with rebels near the capital.")
    rebels = next(a for a in art.actors if a.name == "rebels")
    assert (rebels.country, rebels.sector, rebels.basis) == ("TCD", "REB", "inferred")
    art = extract("Chadian police arrested a former minister and two students.")
    coded = {a.name: (a.country, a.sector) for a in art.actors}
    assert coded["a former minister"] == ("TCD", "ELI")
    assert coded["two students"] == ("TCD", "EDU")
    art = extract("The Kenyan government urged the opposition party to call off the rally.")
    party = next(a for a in art.actors if a.name == "the opposition party")
    assert (party.country, party.sector) == ("KEN", "OPP")
    # a single common noun opening the sentence is a description, capital and all
    art = extract("Militants stormed a hotel in Mogadishu on Sunday.")
    militants = next(a for a in art.actors if a.name == "Militants")
    assert (militants.country, militants.sector, militants.basis) == ("SOM", "REB", "inferred")


def test_a_party_from_elsewhere_or_of_a_two_country_story_takes_no_story_country() -> None:
    art = extract("Chadian troops detained foreign workers near the capital.")
    assert next(a for a in art.actors if a.name == "foreign workers").country is None
    art = extract("Chadian troops arrested exiled opposition leaders in the capital.")
    assert next(a for a in art.actors if a.name == "exiled opposition leaders").country is None
    # "unidentified armed forces": whose they are is what the text does not say
    art = extract("Chadian troops said gunmen stormed a hotel in the capital.")
    assert next(a for a in art.actors if a.name == "gunmen").country is None
    art = extract("Chad accused Sudan of arming rebels.")
    assert next(a for a in art.actors if a.name == "rebels").country is None


def test_a_name_of_a_country_and_a_us_state_is_the_state_beside_other_us_states() -> None:
    # "Georgia" beside Arkansas is the US state: a place, no actor, and no antecedent of "they"
    art = extract(
        "Sens. Ann Lee of Georgia and Bo Park of Arkansas said they would help. "
        "Georgia voted for the senator in March."
    )
    assert not [a.name for a in art.actors if a.country == "GEO"]
    # beside the country's capital, or in a list of countries, the name is the country's
    art = extract("Georgia and Arkansas traded barbs. Georgia said in Tbilisi that it would help.")
    assert [a.name for a in art.actors if a.country == "GEO"] == ["Georgia"]
    art = extract("Sen. Ann Lee of Ohio said the firm lobbied for Cyprus, Georgia and Kenya.")
    assert [a.name for a in art.actors if a.country == "GEO"] == ["Georgia"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # beside a word that is neither a state's office nor a sovereign state's, "Georgia" may
        # be either: no country
        (
            "Ann Dorsey, a professor at the Georgia Institute of Technology, said it failed.",
            "Ann Dorsey",
            None,
        ),
        (
            "Ann Dorsey, a professor at the Georgia Institute of Technology, said it failed.",
            "Georgia Institute of Technology",
            None,
        ),
        ("Georgia businessman Bruce Lamb said the plan failed.", "Bruce Lamb", None),
        # an office only a sovereign state has: the country
        ("Georgia's foreign minister, Ann Dorsey, said the plan failed.", "Ann Dorsey", "GEO"),
        ("Georgia's ambassador, Ann Dorsey, said the plan failed.", "Ann Dorsey", "GEO"),
        ("The president of Georgia, Ann Dorsey, said the plan failed.", "Ann Dorsey", "GEO"),
        # an office held in a US state: the state
        ("Georgia Sen. Bo Park said the plan failed.", "Bo Park", "USA"),
        # a state no country shares its name with still says where its university is
        (
            "Ann Dorsey, a professor at the University of Texas, said it failed.",
            "Ann Dorsey",
            "USA",
        ),
    ],
)
def test_a_name_of_a_country_and_a_us_state_before_a_role_needs_the_office_to_say_which(
    text: str, name: str, country: str | None
) -> None:
    art = extract(text)
    assert [a.country for a in art.actors if a.name == name] == [country]


def test_remembered_candidates_are_fresh_lists_and_the_same_entries(d: ActorDictionary) -> None:
    first = d.candidates("Angela Merkel")
    assert first and first[0].kind == "person"
    names = [e.name for e in first]
    first.clear()  # a caller's change of its list does not reach the next caller
    assert [e.name for e in d.candidates("Angela Merkel")] == names
    assert d.candidates("no such name anywhere") == []


def test_the_actor_tables_keep_their_answers_in_one_kind_of_memory(d: ActorDictionary) -> None:
    # one bounded memory (communique.answers) for every table's answers, not a copy of it each
    from communique.answers import Answers

    assert isinstance(d._candidates, Answers)
    assert isinstance(default_roles()._found, Answers)
    assert isinstance(default_roles()._compounds, Answers)
    assert isinstance(d.countries._got, Answers)


@pytest.mark.parametrize(
    ("text", "label", "iso3"),
    [
        ("Castile", "GPE", "ESP"),  # one of Spain's other names, labelled a place
        ("Castile", "", "ESP"),  # no label: the table decides
        ("Castile", "PERSON", None),  # a surname
        ("Castile", "ORG", None),
        ("Moldova", "PERSON", "MDA"),  # a country's own name beats a wrong label
    ],
)
def test_every_country_table_lookup_weighs_the_parsers_label(
    d: ActorDictionary, text: str, label: str, iso3: str | None
) -> None:
    place = d.place(text, label)
    assert (place.iso3 if place is not None else None) == iso3


def test_a_label_belongs_to_the_words_its_name_ends_with() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from communique.actors.countries import label_of

    words = ["Darfur", "Governor", "Ahmed", "Salih", "'s", "men", "left", "Castile"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-GPE"]
    tags = ["NNP", "NNP", "NNP", "NNP", "POS", "NNS", "VBD", "NNP"]
    doc = Doc(Vocab(), words=words, tags=tags, ents=ents)
    assert label_of(doc[0]) == ""  # inside a longer name: the label is the whole name's
    assert label_of(doc[3]) == "PERSON"  # a possessive ending ends the name
    assert label_of(doc[7]) == "GPE"  # the document's last word


def test_a_place_word_right_before_a_name_is_the_names_own_first_word() -> None:
    # "Scot" is one of the United Kingdom's other names and a given name: a place leads a
    # person's name as a title only before a title word ("Russian President ...")
    article = extract("Scot Miller, a spokesman for the union, said the strike would go on.")
    assert [a.name for a in article.actors if "Miller" in a.name] == ["Scot Miller"]


def test_a_countrys_other_name_inside_a_persons_name_is_no_place() -> None:
    # Castile is one of Spain's names in PETRARCH2's country block, and a surname
    article = extract("Philando Castile was shot by a police officer in Minnesota.")
    castile = next(a for a in article.actors if "Castile" in a.name)
    assert castile.country != "ESP"


def test_a_name_two_records_of_one_body_share_still_names_it(d: ActorDictionary) -> None:
    # PETRARCH2 lists the UN Security Council twice, both IGOUNO: the shared name is no
    # ambiguity, as a name two different bodies share would be
    entry = d.lookup("Security Council")
    assert entry is not None and entry.standing(None).country == "UNO"


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["deputy", "foreign", "minister"], ("foreign minister", 1, 3)),
        # of two role phrases the longest wins, of equally long ones the rightmost
        (["the", "minister", "of", "defence"], ("minister of defence", 1, 4)),
        (["foreign", "minister", "and", "prime", "minister"], ("prime minister", 3, 5)),
        (["spokesman", "for", "the", "party"], ("spokesman", 0, 1)),
        (["the", "party", "said"], None),
        ([], None),
    ],
)
def test_role_phrase_is_the_longest_then_rightmost(d, words, found):
    hit = default_roles().find(words)
    assert (hit and (hit.phrase, hit.start, hit.end)) == found


def test_country_and_role_answers_are_remembered_within_a_bound(monkeypatch):
    # The tables do not change once built, so an answer is kept per text; past the bound the
    # kept answers start afresh and are found again, the same.
    from communique.actors import roles
    from communique.actors.tables import _countries
    from communique.answers import Answers

    table = _countries()
    monkeypatch.setattr(table, "_got", Answers(2))
    monkeypatch.setattr(table, "_stated", Answers(2))
    asked = ["Kenya", "the Kremlin", "Ohio", "nowhere", "Kenya"]
    first = [(table.get(t), table.state(t)) for t in asked]
    assert first[0] == first[-1] and first[0][0] is not None and first[2][1] is not None
    assert first[3] == (None, None)
    assert len(table._got) <= 2 and len(table._stated) <= 2
    assert [(table.get(t), table.state(t)) for t in asked] == first

    r = roles.default_roles()
    monkeypatch.setattr(r, "_found", Answers(2))
    words = [["deputy", "foreign", "minister"], ["the", "spokesman"], ["no", "role"]]
    hits = [r.find(w) for w in words]
    assert hits[0] is not None and hits[0].phrase == "foreign minister" and hits[2] is None
    assert [r.find(w) for w in words] == hits and len(r._found) <= 2


def test_a_country_block_counts_for_the_state_it_codes_today() -> None:
    mod = _load_script()
    iso = {"BIH", "SRB", "USA"}
    # BOSNIA_AND_HERZEGOVINA [BIH] with [YUGBIH <920305] [BIH >920305]
    dated = [("BIH", None), ("YUGBIH", ("", "1992-03-05")), ("BIH", ("1992-03-05", ""))]
    assert mod._country_now(dated, iso) == "BIH"
    assert mod._country_now([("BIHSRP", None)], iso) is None  # an entity of a state
    assert mod._country_now([("BIH", None), ("SRB", ("2006-06-05", ""))], iso) is None
    assert mod._WORDS.fullmatch("bosnia-herzegovina")
    assert not mod._WORDS.fullmatch("hainan-")


def test_states_of_a_federation_are_named_with_the_word_state() -> None:
    mod = _load_script()
    found = mod.federal_states(set(), set())
    assert "Zamfara State" in found["NGA"] and "Zamfara" not in found["NGA"]
    assert "Parana State" in found["BRA"] and "Paraná State" in found["BRA"]
    assert "USA" not in found  # the US states have their own table
    # Punjab is a state of India and a province of Pakistan: neither
    assert not any(p.startswith("Punjab") for places in found.values() for p in places)


def test_provinces_and_regions_are_named_with_their_word() -> None:
    mod = _load_script()
    cities = {"cordoba": {"ES", "AR"}, "buenos aires": {"AR"}}
    found, left_out = mod.provinces({"luxembourg"}, cities)
    assert "Sindh Province" in found["PAK"] and "Sindh" not in found["PAK"]
    assert "Ashanti Region" in found["GHA"]
    assert "Buenos Aires Province" in found["ARG"]  # a city of the same country
    assert "National Capital Region" in found["PHL"]  # the word once
    assert not any("(" in p for places in found.values() for p in places)
    # a city of another country, a country's name, a name two countries' subdivisions share
    assert "Córdoba (AR-X)" in left_out and "Luxembourg (BE-WLX)" in left_out
    assert "Limburg (BE-VLI)" in left_out and "Western (GH-WP)" in left_out


def test_a_province_names_its_country(d: ActorDictionary) -> None:
    place = d.countries.get("Sindh province")
    assert place is not None and place.iso3 == "PAK" and place.governed
    assert d.countries.get("Sindh") is None or d.countries.get("Sindh").iso3 == "PAK"


def test_a_state_of_a_federation_names_its_country_under_a_body_label(
    d: ActorDictionary,
) -> None:
    from communique.actors.countries import named_as_place

    state = d.countries.get("Kebbi State")
    assert state is not None and state.iso3 == "NGA" and state.governed
    assert named_as_place(state, "ORG") and not named_as_place(state, "PERSON")
    # another name of a country names it under a place's label only
    other = d.countries.get("Chibok")
    assert other is not None and not other.governed and not named_as_place(other, "ORG")
