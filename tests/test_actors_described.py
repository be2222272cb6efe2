"""Speakers named by descriptions: the country and sector a description gives ("China's top
diplomat", "a senior U.S. official", "a spokesman for the Kenyan police"), checked on
constructed wire-style sentences, and the bodies the dictionaries name that a description
or the model's label hid. All sentences are constructed."""

from __future__ import annotations

import pytest

from communique.actors import ActorDictionary
from communique.actors.dictionary import without_initials
from communique.pipeline import Extractor
from communique.schema import Actor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _actor(extractor: Extractor, text: str, name: str) -> Actor:
    record = extractor.extract(text, id="constructed", date="2016-09-20")
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, (name, [a.name for a in record.actors])
    return found[0]


#: (sentence, the description's actor, country, sector)
DESCRIBED = [
    (
        "China's top diplomat said on Monday that Beijing would not accept the tariffs.",
        "China's top diplomat",
        "CHN",
        "GOV",
    ),
    (
        "The Iranian foreign minister said talks with Europe had stalled.",
        "The Iranian foreign minister",
        "IRN",
        "GOV",
    ),
    (
        "A senior U.S. official said the sanctions would stay in place.",
        "A senior U.S. official",
        "USA",
        "GOV",
    ),
    (
        "Russia's defence minister said troops would leave the border area.",
        "Russia's defence minister",
        "RUS",
        "GOV",
    ),
    (
        "A spokesman for the Turkish foreign ministry said Ankara would respond.",
        "A spokesman",
        "TUR",
        "GOV",
    ),
    (
        "The Egyptian president told reporters that the border would stay closed.",
        "The Egyptian president",
        "EGY",
        "GOV",
    ),
    (
        "A senior Israeli military official said the strikes would continue.",
        "A senior Israeli military official",
        "ISR",
        "MIL",
    ),
    (
        "Japan's prime minister said Tokyo would raise its defence budget.",
        "Japan's prime minister",
        "JPN",
        "GOV",
    ),
    (
        "The French ambassador to Mali said Paris would keep its troops there.",
        "The French ambassador",
        "FRA",
        "GOV",
    ),
    (
        "A Pakistani army spokesman said militants had attacked a checkpoint.",
        "A Pakistani army spokesman",
        "PAK",
        "MIL",
    ),
    (
        "India's home minister said the police had arrested ten people.",
        "India's home minister",
        "IND",
        "GOV",
    ),
    (
        "A senior Syrian opposition figure said the rebels would attend the talks.",
        "A senior Syrian opposition figure",
        "SYR",
        "OPP",
    ),
    (
        "The Saudi crown prince said the kingdom wanted stable oil prices.",
        "The Saudi crown prince",
        "SAU",
        "GOV",
    ),
    (
        "Germany's finance minister said Berlin would not back new debt.",
        "Germany's finance minister",
        "DEU",
        "GOV",
    ),
    (
        "A British government spokeswoman said London condemned the attack.",
        "A British government spokeswoman",
        "GBR",
        "GOV",
    ),
    (
        "A North Korean diplomat said Pyongyang would not give up its weapons.",
        "A North Korean diplomat",
        "PRK",
        "GOV",
    ),
    (
        "The Nigerian army chief said Boko Haram had been weakened.",
        "The Nigerian army chief",
        "NGA",
        "MIL",
    ),
    (
        "An Afghan police official said gunmen had killed four guards.",
        "An Afghan police official",
        "AFG",
        "COP",
    ),
    (
        "Kenya's interior minister said the border would reopen next week.",
        "Kenya's interior minister",
        "KEN",
        "GOV",
    ),
    (
        "A senior European Union official said Brussels would propose new rules.",
        "A senior European Union official",
        "EUR",
        None,
    ),
    (
        "The U.N. secretary-general said both sides must end the fighting.",
        "The U.N. secretary-general",
        "UNO",
        None,
    ),
    (
        "A Chinese foreign ministry spokesman said Washington should not interfere.",
        "A Chinese foreign ministry spokesman",
        "CHN",
        "GOV",
    ),
    (
        "Brazil's environment minister said deforestation had fallen.",
        "Brazil's environment minister",
        "BRA",
        "GOV",
    ),
    (
        "The Venezuelan opposition leader said the election had been rigged.",
        "The Venezuelan opposition leader",
        "VEN",
        "OPP",
    ),
    (
        "A Mexican security official said the cartel had killed three soldiers.",
        "A Mexican security official",
        "MEX",
        "COP",
    ),
    (
        "Iraq's prime minister said the militia would be disbanded.",
        "Iraq's prime minister",
        "IRQ",
        "GOV",
    ),
    (
        "A U.S. defense official said the drone was shot down over the Gulf.",
        "A U.S. defense official",
        "USA",
        "GOV",
    ),
    (
        "The Polish president said Warsaw would host more allied troops.",
        "The Polish president",
        "POL",
        "GOV",
    ),
    (
        "A senior Hamas official said the group had accepted the truce.",
        "A senior Hamas official",
        "PSE",
        "REB",
    ),
    (
        "Sudan's army spokesman said the paramilitaries had attacked the airport.",
        "Sudan's army spokesman",
        "SDN",
        "MIL",
    ),
    (
        "The Canadian trade minister said Ottawa would challenge the duties.",
        "The Canadian trade minister",
        "CAN",
        "GOV",
    ),
    (
        "A spokeswoman for the Israeli prime minister said no deal had been reached.",
        "A spokeswoman",
        "ISR",
        "GOV",
    ),
    (
        "South Africa's health minister said the outbreak was under control.",
        "South Africa's health minister",
        "ZAF",
        "GOV",
    ),
    (
        "The Australian foreign minister said Canberra had summoned the ambassador.",
        "The Australian foreign minister",
        "AUS",
        "GOV",
    ),
    (
        "An Indonesian military spokesman said separatists had attacked a post.",
        "An Indonesian military spokesman",
        "IDN",
        "MIL",
    ),
    (
        "A White House spokeswoman said the president would sign the bill.",
        "A White House spokeswoman",
        "USA",
        "GOV",
    ),
    (
        "A Kremlin spokesman said Moscow had not been consulted.",
        "A Kremlin spokesman",
        "RUS",
        "GOV",
    ),
    (
        "A Ukrainian navy spokesman said two ships had been damaged.",
        "A Ukrainian navy spokesman",
        "UKR",
        "MIL",
    ),
    (
        "A Philippine coast guard spokesman said the vessel had been rammed.",
        "A Philippine coast guard spokesman",
        "PHL",
        "MIL",
    ),
    (
        "The Iraqi parliament speaker said the vote would be held on Sunday.",
        "The Iraqi parliament speaker",
        "IRQ",
        "LEG",
    ),
    (
        "A Greek government spokesman said Athens would not accept the terms.",
        "A Greek government spokesman",
        "GRC",
        "GOV",
    ),
    (
        "A Colombian rebel commander said the group would release the hostages.",
        "A Colombian rebel commander",
        "COL",
        "REB",
    ),
    (
        "A senior Indian police officer said six people had been detained.",
        "A senior Indian police officer",
        "IND",
        "COP",
    ),
    (
        "The Chinese defence ministry spokesman said the drills were routine.",
        "The Chinese defence ministry spokesman",
        "CHN",
        "GOV",
    ),
    (
        "A Turkish court official said the journalist had been released.",
        "A Turkish court official",
        "TUR",
        "JUD",
    ),
    (
        "A Nigerian opposition party spokesman said the vote had been rigged.",
        "A Nigerian opposition party spokesman",
        "NGA",
        "OPP",
    ),
    (
        "The head of Iran's atomic energy agency said enrichment would continue.",
        "The head",
        "IRN",
        "GOV",
    ),
    (
        "A Russian military spokesman said the convoy had been attacked.",
        "A Russian military spokesman",
        "RUS",
        "MIL",
    ),
    (
        "A spokesman for the Kenyan police said officers had shot two suspects.",
        "A spokesman",
        "KEN",
        "COP",
    ),
    (
        "The Lebanese army commander said troops had been deployed to the south.",
        "The Lebanese army commander",
        "LBN",
        "MIL",
    ),
    (
        "A French presidency official said Paris would send aid.",
        "A French presidency official",
        "FRA",
        "GOV",
    ),
    # the state's broadcaster: PETRARCH2's STATE_MEDIA and STATE_RUN_TV are ~GOVMED, GOV first
    # (written JRN when "state television" was read as "television" alone)
    (
        "A Syrian state television presenter said the army had retaken the town.",
        "A Syrian state television presenter",
        "SYR",
        "GOV",
    ),
    (
        "A senior Egyptian security official said militants had attacked a checkpoint.",
        "A senior Egyptian security official",
        "EGY",
        "COP",
    ),
    (
        "A spokeswoman for the German foreign ministry said Berlin was concerned.",
        "A spokeswoman",
        "DEU",
        "GOV",
    ),
    (
        "Israel's military chief said the operation would continue.",
        "Israel's military chief",
        "ISR",
        "MIL",
    ),
    (
        "A Pentagon spokesman said the troops would remain in Syria.",
        "A Pentagon spokesman",
        "USA",
        "MIL",
    ),
    (
        "A State Department spokeswoman said Washington had protested.",
        "A State Department spokeswoman",
        "USA",
        "GOV",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), DESCRIBED)
def test_a_description_gives_its_country_and_sector(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str | None
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


#: A description in apposition whose head is no role noun says the person's country when a
#: nationality or a party's word comes before the head, as the same words before the name do;
#: the words after the head say where or for whom, not what the person is.
ORIGIN_APPOSITIONS = [
    ("Mara Quill, a Canadian geophysicist, said the ice was thinning.", "Mara Quill", "CAN", None),
    ("Mara Quill, a longtime GOP donor, said the party would lose.", "Mara Quill", "USA", "PTY"),
    (
        "Mara Quill, a Kenyan novelist at a university in Ohio, said the book was banned.",
        "Mara Quill",
        "KEN",
        None,
    ),
    # the same words before the name, read as a title already
    ("Canadian geophysicist Mara Quill said the ice was thinning.", "Mara Quill", "CAN", None),
    # a nationality that is a word of a longer name says nothing of the person
    ("Mara Quill, a Mexican War hero, said the fort fell.", "Mara Quill", None, None),
    # no nationality or party word before a head that is no role noun: nothing
    ("Mara Quill, a longtime donor, said the party would lose.", "Mara Quill", None, None),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), ORIGIN_APPOSITIONS)
def test_a_nationality_or_party_word_in_an_apposition_gives_the_country(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str | None
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


#: A state's kind of office held in an armed group the dictionaries code REB is the group's
#: (PETRARCH2 puts the group's code first: "Taliban commander" AFGREB ~MIL); an aide's "to"
#: phrase names the one served, an ambassador's where one is sent.
SERVED = [
    (
        "A senior Taliban commander said the fighters would not lay down their arms.",
        "A senior Taliban commander",
        "AFG",
        "REB",
    ),
    (
        "A Hezbollah military commander said the group would answer any strike.",
        "A Hezbollah military commander",
        "LBN",
        "REB",
    ),
    (
        "An Afghan army commander said the fighters would not lay down their arms.",
        "An Afghan army commander",
        "AFG",
        "MIL",
    ),
    (
        "An aide to the Indian prime minister said New Delhi would respond.",
        "An aide",
        "IND",
        "GOV",
    ),
    (
        "A senior adviser to the Kenyan president said the vote would go ahead.",
        "A senior adviser",
        "KEN",
        "GOV",
    ),
    (
        "The Spanish ambassador to Peru said Madrid would send more aid.",
        "The Spanish ambassador",
        "ESP",
        "GOV",
    ),
]


def test_one_word_of_a_longer_name_is_no_armed_group() -> None:
    """PETRARCH2 lists "foundation" among an armed group's names; "the president of the
    Foundation for Peace in Asia" leads that foundation, and keeps no REB."""
    actor = _actor(
        Extractor(),
        "Jane Doe, the president of the Foundation for Peace in Asia, said the talks had failed.",
        "Jane Doe",
    )
    assert actor.sector != "REB"


def test_an_office_of_no_armed_kind_keeps_its_sector() -> None:
    """Only armed and security offices are an armed group's: "representatives" of a body
    called by a word PETRARCH2 lists among an armed group's names ("the Cornerstone") take
    no REB."""
    actor = _actor(
        Extractor(),
        "Cornerstone representatives said the new tower would open in May.",
        "Cornerstone representatives",
    )
    assert actor.sector != "REB"


@pytest.mark.parametrize(("text", "name", "country", "sector"), SERVED)
def test_the_body_or_person_served_gives_the_code(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str | None
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_name_of_a_served_body_is_no_body_word() -> None:
    """ "union" is a body word (LAB), but in "a European Union official" it ends the name of
    the body served, whose own code holds."""
    actor = _actor(
        Extractor(),
        "A European Union official said the rules would change.",
        "A European Union official",
    )
    assert (actor.country, actor.sector) == ("EUR", None)


@pytest.mark.parametrize(
    ("key", "bare"),
    [
        ("liberation tigers of tamil eelam (ltte)", "liberation tigers of tamil eelam"),
        ("ku klux klan (kkk)", "ku klux klan"),
        ("national liberation army (colombia)", None),
        ("georgia (country)", None),
        ("samoa (american)", None),
        ("boko haram", None),
    ],
)
def test_a_name_with_its_own_initials_is_also_keyed_without_them(
    key: str, bare: str | None
) -> None:
    assert without_initials(key) == bare


def test_a_body_named_by_its_initials_after_its_full_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "The Ku Klux Klan held a rally on Saturday. The KKK said more would follow.",
        id="constructed",
        date="2016-09-20",
    )
    klan = [a for a in record.actors if "Klan" in a.name or a.name == "KKK"]
    assert [(a.name, a.country, a.sector) for a in klan] == [("Ku Klux Klan", "USA", "REB")]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        # a body of society or a party is known by its word alone
        ("Party officials said the rules would change.", "Party officials", "PTY"),
        ("Union members said they would strike.", "Union members", "LAB"),
        ("A spokesman for the campaign did not respond.", "A spokesman", "PTY"),
        # a word of a state's body, with no state named, may be any body's ("the state
        # chairwoman" of a party): no sector from it
        ("The state chairwoman said the count was fair.", "The state chairwoman", None),
        ("Committee members said the vote would wait.", "Committee members", None),
    ],
)
def test_a_neutral_role_takes_the_sector_of_the_body_it_serves(
    extractor: Extractor, text: str, name: str, sector: str | None
) -> None:
    assert _actor(extractor, text, name).sector == sector


#: International wire-style sentences: ministries, armies, police, courts, armed groups,
#: agencies and NGOs, named and described (country, sector as PETRARCH2's dictionaries and
#: agents code them: "defence ministry" ~GOVMIL and "state media" ~GOVMED are GOV first).
INTERNATIONAL = [
    (
        "A spokesman for Kenya's interior ministry said the curfew would be lifted.",
        "A spokesman",
        "KEN",
        "GOV",
    ),
    (
        "The Sudanese army said it had retaken the town of El Fasher.",
        "The Sudanese army",
        "SDN",
        "MIL",
    ),
    ("Hamas said it would not attend the talks in Cairo.", "Hamas", "PSE", "REB"),
    (
        "Amnesty International said the arrests in Minsk were unlawful.",
        "Amnesty International",
        "NGO",
        None,
    ),
    (
        "Human Rights Watch accused the Ethiopian police of torturing detainees.",
        "Human Rights Watch",
        "NGO",
        None,
    ),
    (
        "The International Criminal Court issued a warrant for the former minister.",
        "International Criminal Court",
        "IGO",
        "JUD",
    ),
    (
        "Boko Haram fighters attacked a village in Borno state on Sunday.",
        "Boko Haram",
        "NGA",
        "REB",
    ),
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "Al-Shabaab", "SOM", "REB"),
    ("Hezbollah said the strike would not go unanswered.", "Hezbollah", "LBN", "REB"),
    ("The Taliban said they would release the prisoners on Friday.", "Taliban", "AFG", "REB"),
    (
        "Doctors Without Borders said its clinic in Kunduz had been hit.",
        "Doctors Without Borders",
        "NGO",
        None,
    ),
    (
        "The World Health Organization warned that the outbreak could spread.",
        "World Health Organization",
        "UNO",
        None,
    ),
    ("The African Union called for a ceasefire in South Sudan.", "African Union", "IGO", None),
    (
        "A Ugandan police spokesman said three suspects had been arrested.",
        "A Ugandan police spokesman",
        "UGA",
        "COP",
    ),
    (
        "Pakistan's foreign ministry summoned the Afghan envoy.",
        "Pakistan's foreign ministry",
        "PAK",
        "GOV",
    ),
    (
        "The Turkish military said its jets had struck PKK positions in northern Iraq.",
        "The Turkish military",
        "TUR",
        "MIL",
    ),
    ("The PKK denied that its fighters had crossed the border.", "PKK", "TUR", "REB"),
    (
        "Colombian prosecutors charged the former mayor with fraud.",
        "Colombian prosecutors",
        "COL",
        "JUD",
    ),
    (
        "Brazil's Supreme Court ruled that the law was unconstitutional.",
        "Supreme Court",
        "BRA",
        "JUD",
    ),
    (
        "A senior Iraqi security official said the militants had fled.",
        "A senior Iraqi security official",
        "IRQ",
        "COP",
    ),
    (
        "Philippine troops clashed with Abu Sayyaf militants on Jolo island.",
        "Philippine troops",
        "PHL",
        "MIL",
    ),
    (
        "Mexican soldiers detained five men suspected of kidnapping.",
        "Mexican soldiers",
        "MEX",
        "MIL",
    ),
    (
        "Ukraine's defence ministry said two soldiers were killed overnight.",
        "Ukraine's defence ministry",
        "UKR",
        "GOV",
    ),
    (
        "The Russian foreign ministry said Moscow would respond to the sanctions.",
        "The Russian foreign ministry",
        "RUS",
        "GOV",
    ),
    (
        "Venezuelan opposition leaders called for new elections.",
        "Venezuelan opposition leaders",
        "VEN",
        "OPP",
    ),
    ("Egyptian judges sentenced twelve protesters to prison.", "Egyptian judges", "EGY", "JUD"),
    (
        "An Indian army officer said the infiltrators had been killed.",
        "An Indian army officer",
        "IND",
        "MIL",
    ),
    (
        "Chinese state media said the talks had been constructive.",
        "Chinese state media",
        "CHN",
        "GOV",
    ),
    (
        "A spokeswoman for the German finance ministry declined to comment.",
        "A spokeswoman",
        "DEU",
        "GOV",
    ),
    (
        "Syrian rebels said they had shot down a government helicopter.",
        "Syrian rebels",
        "SYR",
        "REB",
    ),
    (
        "Nigerian lawmakers voted to extend the state of emergency.",
        "Nigerian lawmakers",
        "NGA",
        "LEG",
    ),
    ("Kenyan teachers went on strike over unpaid wages.", "Kenyan teachers", "KEN", "EDU"),
    (
        "Israeli police arrested two men after the stabbing in Jerusalem.",
        "Israeli police",
        "ISR",
        "COP",
    ),
    ("The Free Syrian Army said it had captured the checkpoint.", "Free Syrian Army", "SYR", "REB"),
    (
        "The FARC said its negotiators would return to Havana.",
        "Revolutionary Armed Forces of Colombia",
        "COL",
        "REB",
    ),
    (
        "The Kurdistan Workers' Party said the ceasefire was over.",
        "Kurdistan Workers' Party",
        "TUR",
        "REB",
    ),
    (
        "Afghan intelligence officials said the plot had been foiled.",
        "Afghan intelligence officials",
        "AFG",
        "SPY",
    ),
    (
        "A spokesman for the Iranian judiciary said the journalist would be tried.",
        "A spokesman",
        "IRN",
        "JUD",
    ),
    (
        "The Zimbabwean central bank said it would print new notes.",
        "The Zimbabwean central bank",
        "ZWE",
        "GOV",
    ),
    (
        "Malian soldiers said jihadists had attacked their base near Gao.",
        "Malian soldiers",
        "MLI",
        "MIL",
    ),
    ("An adviser to the Afghan president said the deal was close.", "An adviser", "AFG", "GOV"),
    (
        "A spokesman for the Somali army said the town had been retaken.",
        "A spokesman",
        "SOM",
        "MIL",
    ),
    (
        "Turkish prosecutors ordered the detention of forty officers.",
        "Turkish prosecutors",
        "TUR",
        "JUD",
    ),
    (
        "Indonesian police said the bomber belonged to Jemaah Islamiyah.",
        "Indonesian police",
        "IDN",
        "COP",
    ),
    ("Thai students protested outside parliament on Saturday.", "Thai students", "THA", "EDU"),
    # an armed group's fighters: PETRARCH2 puts the group's code first ("Taliban fighters"
    # AFGREB ~UAF)
    ("Taliban fighters said they had taken the district.", "Taliban fighters", "AFG", "REB"),
    ("Hamas gunmen said the checkpoint was theirs.", "Hamas gunmen", "PSE", "REB"),
]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Al-Shabaab said its fighters had taken the base.", "Al-Shabaab", "SOM"),
        ("Boko Haram said it had freed the hostages.", "Boko Haram", "NGA"),
    ],
)
def test_an_armed_group_tagged_as_a_person_is_a_group(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    """The model tags these armed groups' names as people's; the dictionaries code them as
    armed groups (REB), which no person PETRARCH2 keeps among bodies is."""
    actor = _actor(extractor, text, name)
    assert (actor.kind, actor.country, actor.sector) == ("organisation", country, "REB")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Arakan Army said it had captured a border post.", "MMR"),
        ("The ELN said it would release the soldiers it holds.", "COL"),
        ("M23 rebels said they had taken the town of Sake.", "COD"),
        ("The Rapid Support Forces said its fighters controlled the airport.", "SDN"),
        ("The Houthis said they had fired drones at the ship.", "YEM"),
        ("HTS fighters said they had entered the city.", "SYR"),
    ],
)
def test_an_armed_group_of_the_recent_wars_is_coded_by_its_state(
    extractor: Extractor, text: str, country: str
) -> None:
    """Armed groups the Phoenix dictionaries lack (communique's own actor list): the state
    they fight in and REB, as PETRARCH2 codes its own rebels. The group speaks first."""
    record = extractor.extract(text, id="constructed", date="2024-09-20")
    first = min(record.actors, key=lambda a: min(m.span[0] for m in a.mentions))
    assert (first.country, first.sector) == (country, "REB")


@pytest.mark.parametrize(
    "text",
    [
        "RSF, the press freedom watchdog, said the reporter had been jailed.",
        "The RSF ranked Norway first in its press freedom index.",
        "Importers must state the HTS code of every shipment.",
    ],
)
def test_an_armed_group_is_not_read_from_an_abbreviation_others_share(
    extractor: Extractor, text: str
) -> None:
    """RSF is also Reporters Without Borders, HTS also the Harmonized Tariff Schedule: the
    bare letters name no armed group, only the full name or the letters before a noun of
    fighters do ("RSF fighters")."""
    record = extractor.extract(text, id="constructed", date="2024-09-20")
    assert all(a.sector != "REB" for a in record.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Osama bin Laden said the attacks would go on.", "Osama bin Laden"),
        ("John Kirby said the talks had failed.", "John Kirby"),
        ("Edward Snowden said the files were genuine.", "Edward Snowden"),
        # coded as an armed group (REB), but the name starts with a given name
        ("Joseph Kony said the war would go on.", "Joseph Kony"),
    ],
)
def test_a_person_kept_among_bodies_stays_a_person(
    extractor: Extractor, text: str, name: str
) -> None:
    """PETRARCH2 keeps these people undated among bodies (bin Laden IMG, Kirby USA MIL,
    Snowden USA OPP): no armed group's code, so they stay people; Joseph Kony's record has
    one (REB), and his given name keeps him a person."""
    assert _actor(extractor, text, name).kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # PETRARCH2 codes these groups by a region (SEAREB, MEAREB): no state, an armed group
        (
            "The Karen National Union said it would sign the ceasefire.",
            "Kayin National Union",
            None,
        ),
        # the name's own demonym says whose it is, the dictionary what it is
        (
            "Palestinian Islamic Jihad said the rockets were a warning.",
            "Palestinian Islamic Jihad",
            "PSE",
        ),
    ],
)
def test_a_group_coded_by_a_region_keeps_its_sector(
    extractor: Extractor, text: str, name: str, country: str | None
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, "REB")


def test_a_common_noun_for_a_body_names_no_armed_group(extractor: Extractor) -> None:
    """PETRARCH2 lists "+ORGANIZATION" among TANZIM's names; the word names any body."""
    assert ActorDictionary.default().lookup("Organization") is None


def test_a_role_at_a_named_organisation_is_that_organisations(extractor: Extractor) -> None:
    """ "the campaign director at Fairpolls": the organisation after "at" is whom the role
    serves, and its "campaign" is its own, no party's; a campaign word alone stays a party's."""
    text = (
        "'Voters want change,' said Jane Roe, the campaign director at Fairpolls, a group that "
        "favors shorter elections."
    )
    assert _actor(extractor, text, "Jane Roe").sector is None
    assert (
        _actor(
            extractor, "Campaign officials said the rally would go ahead.", "Campaign officials"
        ).sector
        == "PTY"
    )


def test_the_place_in_a_body_name_is_read_from_the_names_own_words(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word of the name that recurs elsewhere in the mention ("Islamic" of "the Islamic
    world") is not one of the name's words: only the name's own tokens before its last word
    are read for a place."""
    from communique.actors import titles

    doc = extractor.nlp("Palestinian Islamic Jihad fighters from the Islamic world")
    read: list[list[int]] = []
    body = titles._body

    def watched(toks, *args):  # type: ignore[no-untyped-def]
        read.append([t.i for t in toks])
        return body(toks, *args)

    monkeypatch.setattr(titles, "_body", watched)
    d = ActorDictionary.default()
    assert titles._place_in_name(list(doc), "Palestinian Islamic Jihad", d, 100_000) == "PSE"
    assert read == [[0, 1]]
    assert titles._place_in_name(list(doc), "Hamas", d, 100_000) is None and read == [[0, 1]]


def test_a_role_for_a_person_is_no_role_at_a_named_organisation(extractor: Extractor) -> None:
    """A person's name after "for" is no organisation whose own campaign it is: a
    candidate's campaign is a party's (PTY), as it is with no "for" phrase at all."""
    text = "The campaign director for Clinton said voters want change."
    actor = _actor(extractor, text, "The campaign director")
    assert actor.sector == "PTY", actor.reason


def test_a_description_around_a_body_of_no_state_takes_the_place_in_its_name(
    extractor: Extractor,
) -> None:
    """The dictionaries hold Palestinian Islamic Jihad with no state (MEAREB); the demonym in
    its name, inside a longer description, still says whose it is."""
    actor = _actor(
        extractor,
        "The militant Palestinian Islamic Jihad group said it would boycott the talks in Cairo.",
        "The militant Palestinian Islamic Jihad group",
    )
    assert actor.country == "PSE"


def _miss(text: str, name: str, country: str | None, sector: str | None, why: str) -> object:
    """A sentence whose code, written before the code was run, is not reached yet."""
    return pytest.param(
        text, name, country, sector, marks=pytest.mark.xfail(strict=True, reason=why)
    )


#: More international wire-style sentences: central banks, courts, militias, state media,
#: opposition parties, UN agencies and NGOs, named and described. The codes were written
#: before the code was run (PETRARCH2's agents and dictionaries, CAMEO's conventions); the
#: ones not reached are marked with what stands in the way.
INTERNATIONAL_MORE = [
    (
        "The Ghanaian central bank raised its main interest rate by two points.",
        "The Ghanaian central bank",
        "GHA",
        "GOV",
    ),
    (
        "Turkey's central bank said inflation would fall next year.",
        "Turkey's central bank",
        "TUR",
        "GOV",
    ),
    (
        "A spokesman for the Nigerian central bank said the naira would be allowed to float.",
        "A spokesman",
        "NGA",
        "GOV",
    ),
    ("Kenya's Supreme Court annulled the presidential election.", "Supreme Court", "KEN", "JUD"),
    (
        "A Pakistani court sentenced the former prime minister to three years in prison.",
        "A Pakistani court",
        "PAK",
        "JUD",
    ),
    ("An Egyptian court sentenced twelve activists to prison.", "An Egyptian court", "EGY", "JUD"),
    ("Indian judges ordered the government to release the data.", "Indian judges", "IND", "JUD"),
    ("The Iraqi militia said it would withdraw from the city.", "The Iraqi militia", "IRQ", "UAF"),
    ("Libyan militiamen seized the oil terminal overnight.", "Libyan militiamen", "LBY", "UAF"),
    (
        "Somali militants attacked a military base near the border.",
        "Somali militants",
        "SOM",
        "REB",
    ),
    ("Congolese rebels said they had captured the town.", "Congolese rebels", "COD", "REB"),
    ("Iranian state media said the tanker had been seized.", "Iranian state media", "IRN", "GOV"),
    # PETRARCH2's STATE_RUN_TV ~GOV, written shorter (OWN_ROLES "state television")
    (
        "Russian state television said the troops had returned to their bases.",
        "Russian state television",
        "RUS",
        "GOV",
    ),
    (
        "The Syrian state news agency said the army had retaken the village.",
        "The Syrian state news agency",
        "SYR",
        "GOV",
    ),
    (
        "The Cambodian opposition party said the vote had been rigged.",
        "The Cambodian opposition party",
        "KHM",
        "OPP",
    ),
    (
        "Ugandan opposition leaders called for a general strike.",
        "Ugandan opposition leaders",
        "UGA",
        "OPP",
    ),
    (
        "Zimbabwe's main opposition party said its leader had been arrested.",
        "Zimbabwe's main opposition party",
        "ZWE",
        "OPP",
    ),
    _miss(
        "The United Nations refugee agency said thousands had fled across the border.",
        "The United Nations refugee agency",
        "UNO",
        None,
        "'refugee' before the body noun 'agency' is read as the role (REF)",
    ),
    ("UNICEF said the children needed urgent help.", "UNICEF", "UNO", None),
    ("The World Food Programme warned of famine in Yemen.", "World Food Program", "UNO", None),
    ("The UN Security Council condemned the attack.", "UN Security Council", "UNO", None),
    ("The International Monetary Fund said growth would slow.", "IMF", "IGO", None),
    _miss(
        "The World Bank approved a loan for Ethiopia.",
        "World Bank",
        "IGO",
        None,
        "PETRARCH2 codes the World Bank IGOUNO (its own comment: 'not really UN')",
    ),
    ("NATO said its planes had been scrambled.", "NATO", "IGO", None),
    (
        "The International Committee of the Red Cross said the prisoners had been visited.",
        "International Committee of the Red Cross",
        "NGO",
        None,
    ),
    ("Oxfam said the aid convoy had been blocked.", "Oxfam", "NGO", None),
    ("Greenpeace said the spill would harm the reef.", "Greenpeace", "NGO", None),
    _miss(
        "Reporters Without Borders condemned the journalist's arrest.",
        "Reporters Without Borders",
        "NGO",
        None,
        "the model tags no part of the name here",
    ),
    (
        "A Philippine army spokesman said the rebels had been driven out.",
        "A Philippine army spokesman",
        "PHL",
        "MIL",
    ),
    (
        "Colombian police said the cartel leader had been captured.",
        "Colombian police",
        "COL",
        "COP",
    ),
    (
        "A spokesman for the Afghan interior ministry said the attackers were killed.",
        "A spokesman",
        "AFG",
        "GOV",
    ),
    (
        "Saudi Arabia's foreign ministry said the ambassador had been recalled.",
        "Saudi Arabia's foreign ministry",
        "SAU",
        "GOV",
    ),
    (
        "The Ethiopian prime minister said the troops would stay.",
        "The Ethiopian prime minister",
        "ETH",
        "GOV",
    ),
    ("Chinese diplomats said the visit had been cancelled.", "Chinese diplomats", "CHN", "GOV"),
    ("South Korean lawmakers approved the budget.", "South Korean lawmakers", "KOR", "LEG"),
    ("Lebanese protesters blocked roads in Beirut.", "Lebanese protesters", "LBN", "CVL"),
    ("Venezuelan soldiers fired tear gas at the crowd.", "Venezuelan soldiers", "VEN", "MIL"),
    ("Egyptian security forces arrested the suspects.", "Egyptian security forces", "EGY", "COP"),
    (
        "Israeli intelligence officials said the plot had been uncovered.",
        "Israeli intelligence officials",
        "ISR",
        "SPY",
    ),
    (
        "The Sudanese foreign minister said the talks would resume.",
        "The Sudanese foreign minister",
        "SDN",
        "GOV",
    ),
    (
        "Houthi rebels said they had fired a missile at the airport.",
        "Houthi rebels",
        "YEM",
        "REB",
    ),
    _miss(
        "The Islamic State group said it had carried out the attack.",
        "The Islamic State group",
        "IMG",
        "REB",
        "PETRARCH2's agent 'islamic' (REL) inside the name gives the sector",
    ),
    ("Kenyan doctors went on strike over unpaid wages.", "Kenyan doctors", "KEN", "MED"),
    (
        "Nigerian journalists protested the arrest of a reporter.",
        "Nigerian journalists",
        "NGA",
        "JRN",
    ),
    _miss(
        "A Saudi-led coalition spokesman said the strikes hit military targets.",
        "A Saudi-led coalition spokesman",
        "SAU",
        "MIL",
        "'coalition' is no body word of PETRARCH2's agents (only coalitions of parties); GOV",
    ),
    _miss(
        "South African miners went on strike over pay.",
        "South African miners",
        "ZAF",
        None,
        "'miners' is no role noun, and a people noun alone makes no actor",
    ),
    # PETRARCH2's agent JANJAWEED ~UAF, no state
    ("The Janjaweed attacked the village on Sunday.", "Janjaweed", None, "UAF"),
    # two PETRARCH2 records, SASREB and Al-Arifeen's PAKREB: one body of Pakistan
    ("Lashkar-e-Taiba denied any role in the attack.", "Lashkar-e-Taiba", "PAK", "REB"),
    # a province's bare name after a resident group: the table keeps it as "Sindh Province"
    ("Police in Sindh arrested six men.", "Police", "PAK", "COP"),
    (
        '"We will win," said Robby Mook, the campaign manager for Hillary Clinton.',
        "Robby Mook",
        "USA",
        "PTY",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The International Monetary Fund said growth would slow.", "IMF"),
        ("The North Atlantic Treaty Organization said its planes were ready.", "NATO"),
    ],
)
def test_a_body_named_by_its_initials_in_the_dictionary_keeps_them_in_capitals(
    extractor: Extractor, text: str, name: str
) -> None:
    """PETRARCH2 names these bodies by their initials (IMF_, NATO_); a name is not title-cased
    into "Imf"."""
    assert _actor(extractor, text, name).country == "IGO"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            '"We will win," said Jane Roe, the campaign manager for Hillary Clinton.',
            "Jane Roe",
            "PTY",
        ),
        ('"It is over," said John Doe, a strategist for Mitt Romney.', "John Doe", "PTY"),
        ('"We will win," said Jane Roe, Ted Cruz\'s campaign manager.', "Jane Roe", "PTY"),
        # the served person's phrase is cut; a neutral role says nothing alone
        ('"It is over," said John Doe, a spokesman for Ted Cruz.', "John Doe", None),
    ],
)
def test_a_person_a_role_serves_leaves_the_role_to_describe(
    extractor: Extractor, text: str, name: str, sector: str | None
) -> None:
    """A description naming the person its role serves ("the campaign manager for Hillary
    Clinton") still describes the one it follows: its words without that person's phrase."""
    assert _actor(extractor, text, name).sector == sector


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ('"We will win," said Jane Roe, the campaign manager for Ted Cruz.', "Jane Roe", "USA"),
        ('"We will win," said Jane Roe, Ted Cruz\'s campaign manager.', "Jane Roe", "USA"),
        # a neutral role takes the country of the person it serves, not a sector
        ('"It is over," said John Doe, a spokesman for Ted Cruz.', "John Doe", "USA"),
        # no dictionary holds the person: no country
        ('"It is over," said John Doe, the campaign manager for Jim Smallwood.', "John Doe", None),
    ],
)
def test_a_campaign_role_takes_the_country_of_the_candidate_it_serves(
    extractor: Extractor, text: str, name: str, country: str | None
) -> None:
    """A candidate's campaign is a party's in the candidate's country: a party role (PTY)
    serving a person the dictionaries hold takes that person's country, not the sector."""
    actor = _actor(extractor, text, name)
    assert actor.country == country
    assert actor.sector == ("PTY" if "campaign" in text else None) or country is None


def test_a_hyphenated_name_with_its_initials_is_also_keyed_without_them() -> None:
    """ "Lashkar-e-Taiba (Let)": the initials are those of the hyphen-joined words."""
    assert without_initials("lashkar-e-taiba (let)") == "lashkar-e-taiba"
    assert without_initials("national liberation army (colombia)") is None


def test_records_of_a_region_and_of_a_state_that_agree_are_one_body() -> None:
    """PETRARCH2 codes LASHKAR-E-TAIBA_(LET)_ by a region (SASREB, no state) and lists
    +LASHKAR-E-TAIBA_ under AL-ARIFEEN_ (PAKREB): the sector agrees, a region names no state."""
    entry = ActorDictionary.default().lookup("Lashkar-e-Taiba")
    assert entry is not None
    assert (entry.country, entry.sector) == ("PAK", "REB")


def test_an_agent_noun_of_armed_people_written_as_a_name_is_a_group(extractor: Extractor) -> None:
    """The model tags "Janjaweed" as a person's name; it is PETRARCH2's agent noun JANJAWEED
    (~UAF): armed people, a group of that sector. A person's name of two words stays one."""
    actor = _actor(extractor, "Witnesses said the Janjaweed had looted the town.", "Janjaweed")
    assert (actor.kind, actor.sector) == ("organisation", "UAF")
    person = _actor(extractor, "Sheriff Bob Guerrilla said the road was closed.", "Bob Guerrilla")
    assert person.kind == "person"


def test_a_definite_description_both_fit_is_the_principal_not_the_aide(
    extractor: Extractor,
) -> None:
    """An aide is named after the one served ("Baxter's press secretary, Ann Lowe"): "the
    secretary" later, which both offices end, is Baxter, not the aide."""
    text = (
        "Defense Secretary Tom Baxter used a personal email account. Baxter's press secretary,"
        " Ann Lowe, told the paper that Baxter believes it was a mistake. Lowe declined to say"
        ' more. Lowe provided a written statement. "After reviewing his practices, the'
        ' secretary believes that his use of it was a mistake," the statement said.'
    )
    record = extractor.extract(text, id="constructed", date="2016-09-20")
    whose = {m.text: a.name for a in record.actors for m in a.mentions}
    assert whose["the secretary"] == "Tom Baxter"


def test_a_plural_description_after_one_name_describes_no_one(extractor: Extractor) -> None:
    """A list ("Tom Baxter, family members of Governor Jim Hale and a host of others"): the
    plural phrase is its next item, not what the former senator is ("host" no JRN)."""
    text = (
        "Her targets included former senator Tom Baxter, family members of Governor Jim Hale"
        " and a host of others."
    )
    actor = _actor(extractor, text, "Tom Baxter")
    assert [m.kind for m in actor.mentions] == ["name"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Tom Baxter, the ousted Ukrainian president, spoke on Monday.", "Tom Baxter", "ELI"),
        ("Tom Baxter, the deposed Ukrainian president, spoke on Monday.", "Tom Baxter", "ELI"),
        # still in office
        ("Tom Baxter, the Ukrainian president, spoke on Monday.", "Tom Baxter", "GOV"),
    ],
)
def test_an_ousted_ruler_holds_the_office_no_more(
    extractor: Extractor, text: str, name: str, code: str
) -> None:
    """ "Ousted", "deposed" say the office was held before, as "former" does (ELI)."""
    assert _actor(extractor, text, name).sector == code


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            '"We will win," said Ann Lowe, Hillary Clinton\'s Colorado state director.',
            "Ann Lowe",
            None,
        ),
        ('"We will win," said Ann Lowe, the Ohio director for Ted Cruz.', "Ann Lowe", None),
        # no one served: the state's
        ('"We will win," said Ann Lowe, a Colorado state official.', "Ann Lowe", "GOV"),
    ],
)
def test_a_role_serving_a_person_is_not_the_state_s_for_its_place(
    extractor: Extractor, text: str, name: str, sector: str | None
) -> None:
    """A role serving a named person ("Clinton's Colorado state director") works where the
    place says, for that person: the place's state does not employ it (no GOV)."""
    assert _actor(extractor, text, name).sector == sector


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        (
            "Tom Baxter, a White House press secretary for George W. Bush, spoke on Monday.",
            "Tom Baxter",
            "USA",
            "ELI",
        ),
        (
            "Tom Baxter, the White House press secretary to George W. Bush, spoke on Monday.",
            "Tom Baxter",
            "USA",
            "ELI",
        ),
        (
            '"We disagree," said Tom Baxter, a former director of the White House Office of '
            "Strategic Initiatives under President George W. Bush.",
            "Tom Baxter",
            "USA",
            "ELI",
        ),
        # the president served is in office on the article's date
        (
            "Tom Baxter, a White House press secretary for Barack Obama, spoke on Monday.",
            "Tom Baxter",
            "USA",
            "GOV",
        ),
    ],
)
def test_a_state_office_serving_a_former_office_holder_was_held_in_that_term(
    extractor: Extractor, text: str, name: str, country: str, sector: str
) -> None:
    """A state office serving a person whose own office ended before the article's date was
    held in that term (ELI); "secretary to" and "under" name the person served, as "for" does."""
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_national_security_official_is_no_police_officer(extractor: Extractor) -> None:
    """ "national security official" is the state's security apparatus (GOV, as PETRARCH2's
    national security adviser), not a police "security official" (COP)."""
    text = '"It is hard to prove," said Tom Baxter, a national security official.'
    assert _actor(extractor, text, "Tom Baxter").sector == "GOV"


def test_a_place_of_origin_the_tagger_calls_a_person_keeps_the_description(
    extractor: Extractor,
) -> None:
    """ "from Nashua" says where the one described comes from: a place tagged as a person
    there does not make the description someone else's, nor an actor of its own."""
    text = (
        '"You cannot blame her for it," said Ann Lowe, 44, a home-care aide from Nashua '
        "who attended the rally."
    )
    record = extractor.extract(text, id="constructed", date="2016-09-20")
    names = [a.name for a in record.actors]
    assert "a home-care aide" not in names, names
    lowe = _actor(extractor, text, "Ann Lowe")
    assert "description" in [m.kind for m in lowe.mentions]


#: A third set of international wire-style sentences: ministries, armed forces, courts,
#: police, legislatures, state media, former officials, armed groups, refugees. The codes
#: were written before the code was run, from PETRARCH2's agents and actor files and CAMEO's
#: conventions as PETRARCH2 applies them; the ones not reached say what stands in the way.
INTERNATIONAL_THIRD = [
    (
        "The Kenyan interior minister said the border would stay closed.",
        "The Kenyan interior minister",
        "KEN",
        "GOV",
    ),
    (
        "A spokesman for the Egyptian army said the operation was over.",
        "A spokesman",
        "EGY",
        "MIL",
    ),
    (
        "Brazil's supreme court ruled against the government on Tuesday.",
        "Brazil's supreme court",
        "BRA",
        "JUD",
    ),
    ("Indonesian police arrested three suspects on Sunday.", "Indonesian police", "IDN", "COP"),
    (
        "The Philippine foreign ministry summoned the Chinese ambassador.",
        "The Philippine foreign ministry",
        "PHL",
        "GOV",
    ),
    ("Mexican soldiers killed four gunmen in a gun battle.", "Mexican soldiers", "MEX", "MIL"),
    (
        "The Iranian parliament approved the budget on Sunday.",
        "The Iranian parliament",
        "IRN",
        "LEG",
    ),
    (
        "A Pakistani intelligence official said the men had been detained.",
        "A Pakistani intelligence official",
        "PAK",
        "SPY",
    ),
    ("Colombian rebels released two hostages on Friday.", "Colombian rebels", "COL", "REB"),
    ("Nigerian doctors went on strike on Monday.", "Nigerian doctors", "NGA", "MED"),
    # first written MIL; PETRARCH2 codes the ministry of defence GOV (MINISTRY_OF_DEFENSE)
    (
        "A Russian Defense Ministry spokesman said the jets had returned to base.",
        "A Russian Defense Ministry spokesman",
        "RUS",
        "GOV",
    ),
    (
        "The Turkish state news agency reported the arrests on Monday.",
        "The Turkish state news agency",
        "TUR",
        "GOV",
    ),
    (
        "Former Peruvian president Tom Baxter denied the charges.",
        "Tom Baxter",
        "PER",
        "ELI",
    ),
    (
        "Tom Baxter, a former Nigerian oil minister, was arrested on Tuesday.",
        "Tom Baxter",
        "NGA",
        "ELI",
    ),
    ("Chinese state media said the talks had gone well.", "Chinese state media", "CHN", "GOV"),
    (
        "The Venezuelan opposition said the vote was rigged.",
        "The Venezuelan opposition",
        "VEN",
        "OPP",
    ),
    ("Afghan officials said the checkpoint had been attacked.", "Afghan officials", "AFG", "GOV"),
    (
        "The Israeli military said it had struck targets overnight.",
        "The Israeli military",
        "ISR",
        "MIL",
    ),
    ("German prosecutors charged the man with murder.", "German prosecutors", "DEU", "JUD"),
    (
        "The Japanese coast guard said the ship had left the area.",
        "The Japanese coast guard",
        "JPN",
        "MIL",
    ),
    ("Ethiopian protesters blocked the main road.", "Ethiopian protesters", "ETH", "CVL"),
    (
        "South Korean lawmakers voted to impeach the president.",
        "South Korean lawmakers",
        "KOR",
        "LEG",
    ),
    (
        "The Ugandan electoral commission declared the result on Saturday.",
        "The Ugandan electoral commission",
        "UGA",
        "GOV",
    ),
    (
        "Tom Baxter, Kenya's ambassador to Ethiopia, was recalled on Monday.",
        "Tom Baxter",
        "KEN",
        "GOV",
    ),
    (
        "A spokeswoman for the French foreign ministry said Paris was concerned.",
        "A spokeswoman",
        "FRA",
        "GOV",
    ),
    ("Burundian refugees crossed the border on Sunday.", "Burundian refugees", "BDI", "REF"),
    ("Al-Shabaab claimed the attack on the hotel.", "Al-Shabaab", "SOM", "REB"),
    ("Egyptian judges sentenced the men to death.", "Egyptian judges", "EGY", "JUD"),
    # PETRARCH2: STATE_MEDIA, STATE_RUN_TV ~GOV
    (
        "Syrian state television said the army had retaken the town.",
        "Syrian state television",
        "SYR",
        "GOV",
    ),
    (
        '"We were warned," said Tom Baxter, who was chief of staff under President Jimmy Carter.',
        "Tom Baxter",
        "USA",
        "ELI",
    ),
    (
        '"It will fail," said Tom Baxter, a former aide to Egyptian President Hosni Mubarak.',
        "Tom Baxter",
        "EGY",
        "ELI",
    ),
    (
        "Tom Baxter, a Ghanaian opposition lawmaker, said the vote was rigged.",
        "Tom Baxter",
        "GHA",
        "LEG",
    ),
    (
        "The Tanzanian health ministry said the outbreak was under control.",
        "The Tanzanian health ministry",
        "TZA",
        "GOV",
    ),
    (
        "Tom Baxter, the head of Zambia's central bank, said rates would rise.",
        "Tom Baxter",
        "ZMB",
        "GOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Hutu rebels attacked an army post on Sunday.", "Hutu rebels", "REB"),
        ("Tuareg activists protested outside the consulate.", "Tuareg activists", "CVL"),
    ],
)
def test_a_word_the_model_calls_a_name_before_a_plural_role_is_the_peoples_kind(
    extractor: Extractor, text: str, name: str, sector: str
) -> None:
    """An ethnic word the model tags as a person before a plural role noun says what kind of
    people they are: the group is read from its noun phrase (the role's sector; an ethnic
    word names no state), and no one person is named."""
    record = extractor.extract(text, id="constructed", date="2016-09-20")
    assert [a.kind for a in record.actors if a.kind == "person"] == []
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (None, sector)


def test_a_given_name_before_a_plural_role_stays_a_person(extractor: Extractor) -> None:
    """A word the tables hold as a given name is someone's name, not a kind of people: the
    model's person stays a person (``kind_of_people`` reads only words no table holds)."""
    record = extractor.extract(
        "Jennifer activists protested outside the consulate.", id="constructed", date="2016-09-20"
    )
    assert [(a.name, a.kind) for a in record.actors if a.kind == "person"] == [
        ("Jennifer", "person")
    ]


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        # a role serving a person the dictionaries hold: that person's country, no sector
        (
            "Tom Baxter, the press secretary to George W. Bush, spoke on Monday.",
            "Tom Baxter",
            "USA",
            None,
        ),
        (
            "Tom Baxter, a spokesman for Barack Obama, spoke on Monday.",
            "Tom Baxter",
            "USA",
            None,
        ),
        # held before, serving one who has held a state office: a former official (ELI)
        (
            "Tom Baxter, a former aide to Egyptian President Hosni Mubarak, spoke on Monday.",
            "Tom Baxter",
            "EGY",
            "ELI",
        ),
        (
            "Tom Baxter, who was press secretary to President Ronald Reagan, spoke on Monday.",
            "Tom Baxter",
            "USA",
            "ELI",
        ),
        # "under" on the clause's verb names the superior, as after the role noun
        (
            "Tom Baxter, who served as ambassador under President Ronald Reagan, spoke on Monday.",
            "Tom Baxter",
            "USA",
            "ELI",
        ),
    ],
)
def test_a_role_serving_a_person_is_held_in_that_person_s_country(
    extractor: Extractor, text: str, name: str, country: str, sector: str | None
) -> None:
    """The one a role serves says the country the role is held in; a role held before
    serving one who has held a state office is a former official's (ELI)."""
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_relative_clause_role_stops_before_the_person_it_serves(extractor: Extractor) -> None:
    """ "press secretary to President Ronald Reagan": the served person's title is not the
    role of the one described."""
    text = "Tom Baxter, who served as ambassador under President Ronald Reagan, spoke on Monday."
    actor = _actor(extractor, text, "Tom Baxter")
    assert "President" not in " ".join(m.text for m in actor.mentions)


def test_a_description_serving_the_person_named_next_is_not_that_person(
    extractor: Extractor,
) -> None:
    """ "A former aide to Egyptian President Hosni Mubarak" names Mubarak as the one served:
    the aide is someone else, a former Egyptian official, not Mubarak described first."""
    text = "A former aide to Egyptian President Hosni Mubarak said the talks had failed."
    aide = _actor(extractor, text, "A former aide")
    assert (aide.country, aide.sector) == ("EGY", "ELI")
    mubarak = _actor(extractor, text, "Hosni Mubarak")
    assert [m.text for m in mubarak.mentions] == ["Hosni Mubarak"]


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        (
            "A former Egyptian aide said the talks had failed.",
            "A former Egyptian aide",
            "EGY",
            "ELI",
        ),
        ("An Egyptian aide said the talks had failed.", "An Egyptian aide", "EGY", "GOV"),
    ],
)
def test_a_former_neutral_role_of_a_state_is_a_former_official(
    extractor: Extractor, text: str, name: str, country: str, sector: str
) -> None:
    """A neutral role of a state is a state official (GOV); held before, a former one (PLOVER's
    ELI), as a former minister is."""
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


def test_initials_the_model_tags_as_a_place_are_the_body_named_before(
    extractor: Extractor,
) -> None:
    """The model tags "NRA" here as a place; no place has that name, and its letters are the
    initials of the body the article named, so "it" after it is that body too."""
    record = extractor.extract(
        "The National Rifle Association is accusing Obama of exploitation. The NRA isn't "
        "detailing what steps, if any, it will take to oppose or try to thwart Obama's plan.",
        id="constructed",
        date="2016-01-05",
    )
    nra = next(a for a in record.actors if a.name == "National Rifle Association")
    assert "NRA" in [m.text for m in nra.mentions]
    oppose = next(e for e in record.events if e.trigger.text.startswith("oppose"))
    assert [p.name for p in oppose.actor] == ["National Rifle Association"]


def test_dotted_initials_the_model_tags_as_a_place_are_the_body_named_before(
    extractor: Extractor,
) -> None:
    """The model tags "I.R.S." here as a place and nothing later links it: only the initials
    of the body named before make it that body, the one that fines (not a description)."""
    record = extractor.extract(
        "The Internal Revenue Service audited the company last year. The I.R.S. will fine "
        "the company, a spokesman said.",
        id="constructed",
        date="2016-01-05",
    )
    irs = next(a for a in record.actors if a.name == "Internal Revenue Service")
    assert "I.R.S." in [m.text for m in irs.mentions]
    fine = next(e for e in record.events if e.trigger.text == "fine")
    assert [p.name for p in fine.actor] == ["Internal Revenue Service"]


#: A fourth set of international wire-style sentences (Africa, Asia, Latin America, Middle
#: East): ministries, armed forces, police, courts, legislatures, militias, agencies, trades.
#: The codes were written before the code was run, from PETRARCH2's agents and actor files
#: and CAMEO's conventions as PETRARCH2 applies them (MILITIA ~UAF, CUSTOMS_OFFICIAL ~GOV,
#: SECURITY_FORCE ~COP first, DISSIDENT ~OPP, SETTLER ~CVL, CENTRAL_BANK ~GOVBUS: GOV).
INTERNATIONAL_FOURTH = [
    # Africa
    ("Somali militiamen seized the town on Friday.", "Somali militiamen", "SOM", "UAF"),
    (
        "Nigeria's finance minister said oil revenue had fallen.",
        "Nigeria's finance minister",
        "NGA",
        "GOV",
    ),
    (
        "The Ghanaian central bank kept its main rate unchanged.",
        "The Ghanaian central bank",
        "GHA",
        "GOV",
    ),
    ("Malian soldiers repelled an attack on their base.", "Malian soldiers", "MLI", "MIL"),
    (
        "Zimbabwean farmers said the drought had ruined the harvest.",
        "Zimbabwean farmers",
        "ZWE",
        "AGR",
    ),
    ("Sudanese students marched on the presidential palace.", "Sudanese students", "SDN", "EDU"),
    (
        "A Kenyan police spokesman said four people had been killed.",
        "A Kenyan police spokesman",
        "KEN",
        "COP",
    ),
    (
        "The Senegalese foreign ministry condemned the attack.",
        "The Senegalese foreign ministry",
        "SEN",
        "GOV",
    ),
    ("Rwandan refugees returned home on Monday.", "Rwandan refugees", "RWA", "REF"),
    (
        "Peter Okello, Uganda's defence minister, said the troops would stay.",
        "Peter Okello",
        "UGA",
        "GOV",
    ),
    # Asia
    ("The Indian navy rescued 20 fishermen off the coast.", "The Indian navy", "IND", "MIL"),
    (
        "A Chinese foreign ministry spokesman said Beijing opposed the sanctions.",
        "A Chinese foreign ministry spokesman",
        "CHN",
        "GOV",
    ),
    ("Afghan police killed two suspected bombers.", "Afghan police", "AFG", "COP"),
    (
        "Bangladeshi garment workers demanded higher wages.",
        "Bangladeshi garment workers",
        "BGD",
        "LAB",
    ),
    (
        "The Sri Lankan army said it had cleared the area.",
        "The Sri Lankan army",
        "LKA",
        "MIL",
    ),
    (
        "Tom Baxter, a Malaysian opposition leader, was jailed on Monday.",
        "Tom Baxter",
        "MYS",
        "OPP",
    ),
    (
        "Vietnamese customs officials seized ivory at the port.",
        "Vietnamese customs officials",
        "VNM",
        "GOV",
    ),
    (
        "The Nepalese prime minister resigned on Sunday.",
        "The Nepalese prime minister",
        "NPL",
        "GOV",
    ),
    (
        "North Korean state media said the test had succeeded.",
        "North Korean state media",
        "PRK",
        "GOV",
    ),
    # Latin America
    ("Venezuelan troops closed the border crossing.", "Venezuelan troops", "VEN", "MIL"),
    (
        "Argentina's central bank raised interest rates again.",
        "Argentina's central bank",
        "ARG",
        "GOV",
    ),
    ("Mexican prosecutors charged the mayor with kidnapping.", "Mexican prosecutors", "MEX", "JUD"),
    ("Brazilian farmers blocked highways in protest.", "Brazilian farmers", "BRA", "AGR"),
    (
        "Tom Baxter, Chile's interior minister, said the curfew would end.",
        "Tom Baxter",
        "CHL",
        "GOV",
    ),
    ("Guatemalan police arrested a gang leader on Friday.", "Guatemalan police", "GTM", "COP"),
    (
        "The Bolivian health ministry reported ten new cases.",
        "The Bolivian health ministry",
        "BOL",
        "GOV",
    ),
    ("Cuban dissidents said they had been detained.", "Cuban dissidents", "CUB", "OPP"),
    # Middle East
    ("Iraqi security forces retook the town.", "Iraqi security forces", "IRQ", "COP"),
    (
        "The Saudi interior ministry said the suspects had been arrested.",
        "The Saudi interior ministry",
        "SAU",
        "GOV",
    ),
    ("Lebanese soldiers clashed with gunmen near the border.", "Lebanese soldiers", "LBN", "MIL"),
    ("Jordanian lawmakers voted to expel the ambassador.", "Jordanian lawmakers", "JOR", "LEG"),
    (
        "A Yemeni government official said the port had been shelled.",
        "A Yemeni government official",
        "YEM",
        "GOV",
    ),
    ("Israeli settlers attacked a Palestinian village.", "Israeli settlers", "ISR", "CVL"),
    (
        "Tom Baxter, a former Iraqi prime minister, said the election was rigged.",
        "Tom Baxter",
        "IRQ",
        "ELI",
    ),
    (
        "Turkish prosecutors sought life sentences for the officers.",
        "Turkish prosecutors",
        "TUR",
        "JUD",
    ),
    ("Syrian rebels shelled the government-held district.", "Syrian rebels", "SYR", "REB"),
    (
        "An Iranian intelligence official said the spies had confessed.",
        "An Iranian intelligence official",
        "IRN",
        "SPY",
    ),
    ("Palestinian militants fired rockets into Israel.", "Palestinian militants", "PSE", "REB"),
    ("Libyan militiamen stormed the parliament building.", "Libyan militiamen", "LBY", "UAF"),
    ("Iranian border guards detained two fishermen.", "Iranian border guards", "IRN", "MIL"),
]


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    INTERNATIONAL + INTERNATIONAL_MORE + INTERNATIONAL_THIRD + INTERNATIONAL_FOURTH,
)
def test_international_bodies_and_descriptions(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str | None
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        # a surname with its title: the one of that name in that office on the date
        (
            '"We will win," said Tom Baxter, a top adviser for President Obama.',
            "Tom Baxter",
            "USA",
            None,
        ),
        (
            "Tom Baxter, a former aide to President Obama, said the talks would resume.",
            "Tom Baxter",
            "USA",
            "ELI",
        ),
        # a description standing alone reads the one it serves as one in apposition does
        (
            "A top adviser for President Obama said the talks would resume.",
            "A top adviser",
            "USA",
            None,
        ),
        (
            "A former aide to George W. Bush said the talks had failed.",
            "A former aide",
            "USA",
            "ELI",
        ),
        # a surname alone says no one: no country
        (
            "Tom Baxter, a top adviser to Obama, said the talks would resume.",
            "Tom Baxter",
            None,
            None,
        ),
    ],
)
def test_a_role_serving_a_titled_surname_or_standing_alone_takes_the_served_country(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str | None
) -> None:
    """ "President Obama" names the one Obama who was president on the article's date, as a
    titled surname does anywhere; a description with no name beside it ("A top adviser for
    ...") is read for the one it serves as a description in apposition is."""
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_company_the_model_tags_as_a_person_is_an_organisation(extractor: Extractor) -> None:
    """The model tags "Twitter" as a person's name; the dictionaries code it by name as a
    multinational company (MNC), which no one-word person's name is: "it" is the company."""
    text = "Twitter said on Monday it would suspend the accounts."
    actor = _actor(extractor, text, "Twitter")
    # no sector: PLOVER's BUS is for companies "not including MNCs"
    assert (actor.kind, actor.country, actor.sector) == ("organisation", "MNC", None)
    assert "it" in [m.text for m in actor.mentions]


def test_a_social_media_company_is_coded_as_a_multinational(extractor: Extractor) -> None:
    """Facebook, named in 53 PolNeAR train articles, is coded as PETRARCH2 codes Google."""
    actor = _actor(extractor, "Facebook said on Monday it would remove the posts.", "Facebook")
    assert (actor.kind, actor.country, actor.sector) == ("organisation", "MNC", None)


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "Likud won the vote on Monday. Google said it would close its Israeli offices. "
            "The party said it regretted the decision.",
            "Likud",
            "The party",
        ),
        (
            "Likud won the vote on Monday. Google said it would close its offices. "
            "The company said it regretted the vote.",
            "Google",
            "The company",
        ),
    ],
)
def test_a_multinational_is_a_company_to_a_description_referring_back(
    extractor: Extractor, text: str, name: str, description: str
) -> None:
    """An MNC is a "Multi-national Corporation" (PLOVER's country codes) with no sector of
    its own: "the company" refers back to one, "the party" past it to the party before."""
    actor = _actor(extractor, text, name)
    assert description in [m.text for m in actor.mentions]


def test_a_person_kept_under_a_company_s_code_stays_a_person(extractor: Extractor) -> None:
    """PETRARCH2 keeps a few people undated under a company's code (EARL_SLACK_ MNC): a name
    of two words is a person's still."""
    actor = _actor(extractor, "Earl Slack said the deal was off.", "Earl Slack")
    assert actor.kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Baxter, a former executive director of the South Carolina Republican Party, "
            "said the base was angry.",
            "Tom Baxter",
        ),
        (
            "The executive director of the Ohio Democratic Party said the base was angry.",
            "The executive director",
        ),
    ],
)
def test_a_neutral_role_of_a_state_s_party_is_the_party_s(
    extractor: Extractor, text: str, name: str
) -> None:
    """A neutral role serving "the South Carolina Republican Party" serves the party the words
    name, not the state before it: PTY, and held before the party's still, not ELI."""
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == ("USA", "PTY")


def test_only_a_role_serves_the_person_named_in_its_phrase(extractor: Extractor) -> None:
    """ "President Barack Obama's new actions" names no one who serves Obama: a phrase headed
    by no role noun takes nothing from the one it names (in 2018 not Obama's standing as a
    former president, ELI)."""
    record = extractor.extract(
        "Sen. Ted Cruz says President Barack Obama's new actions to regulate gun sales are "
        "not worth the paper they are written on.",
        id="constructed",
        date="2018-01-05",
    )
    actions = [a.sector for a in record.actors if a.name.endswith("new actions")]
    assert actions in ([], ["GOV"]), actions


#: (sentence, the group's actor, country): a city's police, students and residents named "in"
#: it are its country's; diplomats, refugees and "foreign" students there are not
RESIDENT = [
    ("Police officers in Lagos fired tear gas at the crowd on Monday.", "Police officers", "NGA"),
    ("Farmers in Lahore blocked the main road for a third day.", "Farmers", "PAK"),
    ("Diplomats in Lagos said the talks had stalled.", "Diplomats", None),
    ("Refugees in Lagos asked the city for food.", "Refugees", None),
    ("Foreign students in Lagos protested against the new fees.", "Foreign students", None),
    ("The consul general in Lagos said the visa office would reopen.", "The consul general", None),
]


@pytest.mark.parametrize(("text", "name", "country"), RESIDENT)
def test_a_resident_group_in_a_city_is_its_country_s(
    extractor: Extractor, text: str, name: str, country: str | None
) -> None:
    assert _actor(extractor, text, name).country == country


#: (sentence, the group's actor, country, sector): groups named by their trade are actors with the
#: sector the PLOVER manual gives that trade, and a city they are "in" gives their country
TRADES = [
    ("Herders in Kano drove their cattle onto the farms again.", "Herders", "NGA", "AGR"),
    ("Coal miners in Lahore marched to the provincial assembly.", "Coal miners", "PAK", "LAB"),
    ("Taxi drivers in Nairobi parked their cars across the avenue.", "Taxi drivers", "KEN", "LAB"),
    ("Hired thugs in Karachi beat up two poll workers.", "Hired thugs", "PAK", "CRM"),
    ("Hackers defaced the website of the election board.", "Hackers", None, "CRM"),
]


#: (sentence, the group's actor, country, sector): kin groups and groups of descent are civilians
#: (CVL), and a place they are "in" or "of" gives their country as it does for residents
KIN_GROUPS = [
    (
        "Relatives of the missing students in Chilpancingo blocked the road.",
        "Relatives",
        "MEX",
        "CVL",
    ),
    ("Families in Kano buried the victims of the flood.", "Families", "NGA", "CVL"),
    ("The Yaqui tribe threatened to break off the talks.", "The Yaqui tribe", None, "CVL"),
    ("Two rival clans in Mogadishu exchanged fire overnight.", "Two rival clans", "SOM", "CVL"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), KIN_GROUPS)
def test_a_kin_group_is_a_civilian_actor(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(("text", "name", "country", "sector"), TRADES)
def test_a_group_named_by_its_trade_is_an_actor_of_that_trade_s_sector(
    extractor: Extractor, text: str, name: str, country: str | None, sector: str
) -> None:
    actor = _actor(extractor, text, name)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the article names a person by the word: the body is that person's, as "the Trump
        # administration" is Donald Trump's, not a province's
        (
            "Mayor Anne Hidalgo said the Hidalgo administration would widen the bike lanes.",
            "the Hidalgo administration",
            None,
        ),
        (
            "Governor Carlos Sonora said the Sonora government would cut taxes.",
            "the Sonora government",
            None,
        ),
        # with no such person the bare name before a state body is the province's
        ("The Sonora government said it would cut taxes.", "The Sonora government", "MEX"),
    ],
)
def test_a_name_the_article_gives_a_person_is_no_provinces_before_a_body(
    extractor: Extractor, text: str, name: str, country: str | None
) -> None:
    """A surname repeated in an article names the person it named in full; before an office's
    noun it says whose office it is, not which province's."""
    assert _actor(extractor, text, name).country == country
