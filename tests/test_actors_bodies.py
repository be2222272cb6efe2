"""Bodies known from the grammar around them: outlets a person tells, titles the parser made a
second subject, company names, "the company" after one, and bodies a person leads.
All sentences are constructed."""

from __future__ import annotations

import pytest

from communique.pipeline import Extractor
from communique.schema import Actor, Article


def _extract(text: str, date: str = "2016-09-20") -> Article:
    return Extractor().extract(text, id="constructed", date=date)


def _actor(record: Article, name: str) -> Actor:
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, (name, [a.name for a in record.actors])
    return found[0]


def test_an_organisation_a_person_tells_is_an_outlet() -> None:
    record = _extract("The mayor told FactWatch that the claim was true.")
    outlet = _actor(record, "FactWatch")
    assert (outlet.kind, outlet.sector) == ("organisation", "JRN")


def test_a_newspaper_called_by_the_last_word_of_its_title_is_an_outlet() -> None:
    record = _extract("The plan was praised in a column from the Times on Monday.")
    assert _actor(record, "Times").sector == "JRN"


def test_a_short_name_that_is_no_newspaper_word_stays_uncoded() -> None:
    record = _extract("The bill was praised on the Hill on Monday by Karl Brenner.")
    assert all(a.sector != "JRN" for a in record.actors)


def test_a_body_told_by_a_body_is_no_outlet() -> None:
    record = _extract("Acme Holdings Inc. told Brightwater Partners that it would sue.")
    other = _actor(record, "Brightwater Partners")
    assert other.sector != "JRN"


def test_a_media_noun_the_parser_made_a_second_subject_is_the_title() -> None:
    record = _extract("The fact-checking website Truthmeter rated the claim false.")
    assert _actor(record, "Truthmeter").sector == "JRN"


def test_a_name_ending_in_an_industry_noun_is_a_company() -> None:
    record = _extract(
        "Bellweather Coal said it would close the mine. The company said it had no choice."
    )
    company = _actor(record, "Bellweather Coal")
    assert (company.kind, company.sector) == ("organisation", "BUS")
    assert "The company" in [m.text for m in company.mentions]


def test_a_person_who_led_a_body_has_its_codes() -> None:
    record = _extract(
        "Don Harlow, who helmed the DNC from 1995 to 1997, said the party must change."
    )
    harlow = _actor(record, "Don Harlow")
    assert (harlow.kind, harlow.country, harlow.sector) == ("person", "USA", "PTY")
    # the body's words are not a mention of the person
    assert "the DNC" not in [m.text for m in harlow.mentions]
    assert _actor(record, "Democratic National Committee").kind == "organisation"


def test_a_company_is_called_by_its_name_without_the_industry_noun() -> None:
    record = _extract(
        "Bellweather Coal said it would close the mine. Bellweather filed for bankruptcy."
    )
    company = _actor(record, "Bellweather Coal")
    assert "Bellweather" in [m.text for m in company.mentions]
    assert not any(a.name == "Bellweather" for a in record.actors)


def test_a_name_modifying_a_product_noun_is_no_actor() -> None:
    record = _extract(
        "The government plans to send Kestrel infantry fighting vehicles to the front."
    )
    assert not any(a.name == "Kestrel" for a in record.actors)


def test_an_adjective_before_an_untagged_name_is_no_persons_title() -> None:
    # "Islamic" is a role word (REL) but an adjective: it modifies a name, it titles no one
    record = _extract("Allied jets struck Islamic State targets near the border on Sunday.")
    assert not [a.name for a in record.actors if a.kind == "person"]


def test_a_description_that_holds_or_precedes_a_name_does_not_point_back() -> None:
    for text in (
        "The Acme Group met on Monday. The plan was attacked by the Dutch newspaper Westbode.",
        "The Acme Group met on Monday. The plan was attacked by the national Westbode newspaper.",
    ):
        record = _extract(text)
        acme = _actor(record, "Acme Group")
        assert [m.text for m in acme.mentions] == ["The Acme Group"], text


def test_a_definite_collective_still_points_back_to_the_body_named_before() -> None:
    record = _extract("Bellweather Coal closed the mine. The company said it had no choice.")
    assert "The company" in [m.text for m in _actor(record, "Bellweather Coal").mentions]


def test_a_definite_collective_does_not_point_back_to_a_body_of_another_kind() -> None:
    # a union is no police force: both kinds known and different
    record = _extract("Police arrested two leaders. The president met the unions.")
    assert [m.text for m in _actor(record, "Police").mentions] == ["Police"]
    # a company is still the company named before (see the test above)
    record = _extract("Police raided Bellweather Coal. The company said it had no choice.")
    assert "The company" in [m.text for m in _actor(record, "Bellweather Coal").mentions]


def test_a_definite_collective_does_not_point_back_to_a_state() -> None:
    # "the bloc" is the union named before, not the state or seat of power named since
    record = _extract(
        "The European Union could impose new sanctions. Moscow denied sending troops into "
        "Moldova and said it would retaliate against any new measures. The president thanked "
        "the bloc for its support."
    )
    assert "the bloc" in [m.text for m in _actor(record, "European Union").mentions]


def test_a_name_after_a_description_that_starts_a_clause_is_not_its_name() -> None:
    record = _extract(
        "Acme Holdings Inc. ran the numbers on Monday. A spokesman told the company Karl Brenner"
        " would resign."
    )
    assert "the company" in [m.text for m in _actor(record, "Acme Holdings Inc.").mentions]


def test_a_body_named_by_a_common_noun_after_a_proper_one_is_not_a_body_of_that_word() -> None:
    # PETRARCH2 lists "foundation" among the names of a Chicago gang (USA REB)
    record = _extract("The Sunlight Foundation criticized the rule on Monday.")
    foundation = _actor(record, "Sunlight Foundation")
    assert (foundation.country, foundation.sector) == (None, None)
    # a body's own one-word name, with no proper word before it, still titles the person
    record = _extract("Hamas leader Khalid Aziz spoke in Gaza on Monday.")
    assert _actor(record, "Khalid Aziz").sector == "REB"


def _subject(record: Article) -> Actor:
    """The actor the sentence opens with."""
    found = [a for a in record.actors if any(m.span[0] == 0 for m in a.mentions)]
    assert len(found) == 1, [a.name for a in record.actors]
    return found[0]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the model tags "South Korea's" whole as the place: the ending is no part of the name
        ("South Korea's foreign minister called for talks with Japan.", "KOR"),
        ("New Mexico's governor spoke on Monday.", "USA"),
        # nor is an article tagged as the place's first word
        ("The United States' ambassador spoke with Russia on Monday.", "USA"),
        ("The Democratic Republic of Congo's army attacked rebels near Uganda.", "COD"),
        # a description's own words before its head say whose it is, before a place after it
        ("Syrian refugees in the United States protested on Monday.", "SYR"),
        ("The US ambassador to the United Nations spoke on Monday.", "USA"),
        ("Police in Brussels arrested two men on Monday.", "BEL"),
        # a big city lies in one country: its offices and people are that country's
        ("The governor of Lagos said on Monday that the curfew would end.", "NGA"),
        ("Teachers from Guadalajara protested on Monday.", "MEX"),
        # "Odessa" is a Texan city's own name and a Ukrainian city's English one: a story
        # naming Ukraine means the Ukrainian city
        ("The mayor of Odessa accused Russia of shelling Ukrainian ports.", "UKR"),
        # a body "based in" a place has its seat there: the place is whose it is
        ("A newspaper based in Beirut accused Israel of spying.", "LBN"),
        ("A human rights group based in London accused Bahrain of torture.", "GBR"),
        ("The company, based in Lagos, accused the government of fraud.", "NGA"),
    ],
)
def test_the_country_a_place_before_or_after_a_role_gives(text: str, country: str) -> None:
    assert _subject(_extract(text)).country == country


def test_a_two_word_countrys_role_keeps_its_sector() -> None:
    record = _extract("South Korea's foreign minister met Japan's on Monday.")
    assert _subject(record).sector == "GOV"


def test_a_dictionary_body_keeps_the_articles_spelling_of_its_name() -> None:
    record = _extract("The UN Security Council condemned the missile test on Monday.")
    assert _actor(record, "UN Security Council").country == "UNO"
    assert _actor(_extract("NATO condemned the attack on Monday."), "NATO").country == "IGO"
    # fewer capitals keep the dictionary's name; its short words are lower case
    record = _extract("The Republican party and the Federal Bureau of Investigation met.")
    names = {a.name for a in record.actors}
    assert {"Republican Party", "Federal Bureau of Investigation"} <= names


def test_an_office_named_across_the_head_is_still_read_whole() -> None:
    # "secretary of state" after "US" is the office, read before the head's own "US"
    record = _extract("Sarandon slammed the former US secretary of state on Monday.")
    assert _actor(record, "the former US secretary").sector == "ELI"


@pytest.mark.parametrize(
    "text",
    [
        # big cities of that name lie in England and in New Hampshire
        "One voter from Manchester spoke on Monday.",
        # "in" says where one is: a consul serves abroad
        "The consul general in Lagos spoke on Monday.",
        # people "based in" a place are stationed there: only a body has its seat there
        "Soldiers based in Kandahar spoke on Monday.",
    ],
)
def test_a_city_of_two_countries_or_where_one_is_gives_no_country(text: str) -> None:
    assert _subject(_extract(text)).country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # an agent noun no role table holds: the nationality word before it still says whose
        ("Belgian forces shelled the border post on Monday.", "Belgian forces", "BEL"),
        ("The Ghanaian customs agency seized the cargo.", "The Ghanaian customs agency", "GHA"),
    ],
)
def test_a_nationality_word_before_an_agent_noun_gives_its_country(
    text: str, name: str, country: str
) -> None:
    assert _actor(_extract(text), name).country == country


def test_a_story_told_by_nationality_words_alone_is_that_states() -> None:
    # no place and no coded actor: "Zambian" tells whose story it is, so "the government"
    record = _extract("Zambian miners threatened a strike if the government cut their wages.")
    assert _actor(record, "the government").country == "ZMB"


def test_a_court_phoenix_knows_by_its_initials_is_known_by_its_full_name() -> None:
    record = _extract("The International Criminal Court rejected the appeal.")
    assert _actor(record, "International Criminal Court").country == "IGO"
    record = _extract("The International Criminal Court's judges rejected the appeal.")
    assert _actor(record, "The International Criminal Court's judges").country == "IGO"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "X-backed" names a backer, not whose the people are
        ("Belgian-backed militias shelled the border post.", "Belgian-backed militias"),
        ("Belgian-funded forces shelled the border post.", "Belgian-funded forces"),
    ],
)
def test_a_place_joined_to_a_backing_participle_is_no_owner(text: str, name: str) -> None:
    assert _actor(_extract(text), name).country is None


def test_a_coalition_led_by_a_state_is_that_states() -> None:
    record = _extract("The Belgian-led coalition lifted its blockade.")
    assert _actor(record, "The Belgian-led coalition").country == "BEL"


def test_a_capitalised_noun_after_a_nationality_word_may_end_a_name() -> None:
    # "Dane" is a demonym, but "M. Dane Waters" is a man's name
    record = _extract("M. Dane Waters, whose group led the effort, predicted a floor fight.")
    assert all(a.country is None for a in record.actors if "Waters" in a.name)


@pytest.mark.parametrize(
    "text",
    [
        # the model tags only the tail of the name ("Without Borders"): the dictionaries' full
        # name is the body, and its first word no audience of reporters
        "Reporters Without Borders demanded that Ghanaian police free two photographers.",
        "Reporters Without Borders said the journalist had been held for a month.",
    ],
)
def test_a_known_body_s_name_the_model_cut_short_is_read_whole(text: str) -> None:
    record = _extract(text)
    assert _actor(record, "Reporters Without Borders").country == "NGO"
    assert not [a for a in record.actors if a.name == "Reporters"]


def test_a_title_before_a_known_name_does_not_make_a_longer_body() -> None:
    # "Bashar al-Assad" is a name of its own: the title before it is no part of a body's name
    record = _extract("President Bashar al-Assad said the army would retake the city.")
    assert all(a.kind == "person" for a in record.actors if "Assad" in a.name)


def test_a_document_of_a_body_whose_name_ends_in_an_audience_word_stays_a_document() -> None:
    # "Press" ends "Associated Press": the survey is still a document, not the agency
    record = _extract("An Associated Press survey found that most voters disliked both men.")
    assert _actor(record, "An Associated Press survey").kind == "document"


def test_a_country_named_with_a_hyphen_is_read_whole_in_a_list() -> None:
    # the model tags only "Guinea", another country; the table lists "Guinea-Bissau" whole
    record = _extract("Troops from Senegal, Guinea-Bissau and Mali met on Monday.")
    assert _actor(record, "Guinea-Bissau").country == "GNB"
    assert all(a.country != "GIN" for a in record.actors)


def test_a_country_named_with_a_hyphen_is_read_whole_as_subject() -> None:
    record = _extract("Guinea-Bissau condemned the coup on Monday.")
    assert _actor(record, "Guinea-Bissau").country == "GNB"


def test_a_hyphen_joining_no_known_name_leaves_the_entity_as_tagged() -> None:
    # "Guinea-Mali" is no name the tables hold: the entity stays "Guinea"
    record = _extract("The Guinea-Mali border was closed by Guinea on Monday.")
    assert _actor(record, "Guinea").country == "GIN"
    assert all("Mali" not in a.name for a in record.actors)


def test_a_counted_plural_collective_is_the_group_of_the_bodies_named_last() -> None:
    # "the two companies": the last two companies named, as one group of both
    record = _extract(
        "Kestrel Mining Ltd. and Harrowgate Energy Corp. signed a supply deal on Monday. "
        "The two companies agreed to share the pipeline."
    )
    group = next(a for a in record.actors if any(m.text == "The two companies" for m in a.mentions))
    assert group.kind == "group"
    assert "Kestrel Mining Ltd." in group.reason and "Harrowgate Energy Corp." in group.reason
    assert group.sector == "BUS"


def test_a_counted_plural_collective_with_too_few_bodies_named_is_no_group_of_them() -> None:
    # one company named: "the three firms" names a group the text did not list; the
    # description still refers back to the company, as a singular one would
    record = _extract(
        "Kestrel Mining Ltd. signed a supply deal on Monday. "
        "The three firms agreed to share the pipeline."
    )
    assert not any(a.kind == "group" and "Kestrel" in a.reason for a in record.actors)
    assert "The three firms" in [m.text for m in _actor(record, "Kestrel Mining Ltd.").mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body counted in nations, countries or states has states as members
        ("The 31-nation alliance sent two frigates to the Baltic.", "The 31-nation alliance"),
        ("A 14-country grouping pledged money for the dam.", "A 14-country grouping"),
        # a bloc or alliance named by the region its members lie in
        ("The Nordic bloc criticised the fishing quotas.", "The Nordic bloc"),
        ("The Atlantic military alliance held talks in Oslo.", "The Atlantic military alliance"),
    ],
)
def test_a_body_described_as_one_of_states_is_intergovernmental(text: str, name: str) -> None:
    assert _actor(_extract(text), name).country == "IGO"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blocs of voters, parties or judges are named by what their members are
        ("The Shiite bloc walked out of parliament on Tuesday.", "The Shiite bloc"),
        ("The conservative bloc on the court wrote a dissent.", "The conservative bloc"),
        # a panel's members are people, not states
        ("A five-member panel wrote the report.", "A five-member panel"),
    ],
)
def test_a_bloc_of_people_or_parties_is_no_body_of_states(text: str, name: str) -> None:
    found = [a for a in _extract(text).actors if a.name == name]
    assert all(a.country != "IGO" for a in found)


def test_a_body_of_states_the_words_give_a_state_keeps_that_state() -> None:
    record = _extract("The Kenyan-led five-nation force reached the border.")
    assert _actor(record, "The Kenyan-led five-nation force").country == "KEN"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a party word followed by other name words before "Party", or by a noun of another kind
        # of body, names another country's party, not the American one
        ("The Democratic Renewal Party won the vote in Ruritania.", "Democratic Renewal Party"),
        ("The Republican Liberty Party boycotted the vote.", "Republican Liberty Party"),
        ("The Democratic Front walked out of the assembly.", "Democratic Front"),
    ],
)
def test_a_party_word_inside_another_partys_name_is_not_the_american_party(
    text: str, name: str
) -> None:
    assert _actor(_extract(text), name).country != "USA"


def test_a_party_of_a_country_named_after_it_is_that_countrys() -> None:
    record = _extract("The Democratic Party of Korea won the election.")
    assert _actor(record, "Democratic Party of Korea").country == "KOR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Democratic National Convention opened in Denver.", "Democratic National Convention"),
        ("The Ohio Republican Party backed the governor.", "Ohio Republican Party"),
        ("The Democratic-Farmer-Labor Party endorsed her.", "Democratic-Farmer-Labor Party"),
    ],
)
def test_the_american_parties_own_bodies_keep_their_country(text: str, name: str) -> None:
    assert _actor(_extract(text), name).country == "USA"
