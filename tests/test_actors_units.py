"""The small parts of actor resolution, each on its own: names, roles, titles, coding,
mention finding and the component's settings."""

from __future__ import annotations

import pytest
import spacy

import communique
from communique import nlp
from communique.actors import ActorDictionary, coding
from communique.actors.dictionary import Entry, Role
from communique.actors.mentions import acronyms, find_mentions, is_acronym
from communique.actors.names import name_key, person_words
from communique.actors.roles import default_roles
from communique.actors.titles import (
    Title,
    office_state,
    party_state,
    person_apposition,
    read_title,
    title_before,
)
from communique.errors import CommuniqueError


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.fixture(scope="module")
def parse():
    model = nlp.load()
    return lambda text: model(text)


# -- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("De Blasio", "de Blasio"),
        ("O’Rourke", "O'Rourke"),
        ("Vučić", "Vucic"),
        ("Ban Ki-moon", "Ban Ki Moon"),
        ("Antony J. Blinken", "Antony J Blinken"),
        ("Clinton's", "Clinton"),
        ("the Kremlin", "Kremlin"),
    ],
)
def test_name_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_person_words_drop_honorifics_and_suffixes() -> None:
    assert person_words("Mr. Joseph R. Biden Jr.") == ["joseph", "r", "biden"]


# -- roles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "office", "sector"),
    [
        ("top diplomat", "foreign minister", "GOV"),
        ("foreign secretary", "foreign minister", "GOV"),
        ("secretary of state", "foreign minister", "GOV"),
        ("secretary of state for foreign commonwealth and development affairs",
         "foreign minister", "GOV"),
        ("minister for economic affairs and climate action", "economy minister", "GOV"),
        ("cabinet secretary for interior and national administration", "interior minister", "GOV"),
        ("press secretary", "spokesperson", None),
        ("spokeswoman", "spokesperson", None),
        ("sen", "senator", "LEG"),
        ("congresswoman", "representative", "LEG"),
        ("ministers", "minister", "GOV"),
        ("former prime minister", "head of government", "ELI"),
        ("deputy foreign minister", "deputy foreign minister", "GOV"),
        ("host", "journalist", "JRN"),
        ("television host", "journalist", "JRN"),
    ],
)  # fmt: skip
def test_offices_and_their_equivalent_names(
    d: ActorDictionary, words: str, office: str, sector: str | None
) -> None:
    hit = d.role(words.split())
    assert hit is not None, words
    assert (hit.key, hit.sector) == (office, sector)


def test_gendered_role_nouns(d: ActorDictionary) -> None:
    assert d.role(["congresswoman"]).gender == "f"
    assert d.role(["spokesman"]).gender == "m"
    assert d.role(["official"]).subject is None
    assert d.role(["top", "economic", "official"]).subject == "economy"


# -- titles ------------------------------------------------------------------


def _name_at(doc, name: str):
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def _title_of(doc, person: str, d: ActorDictionary):
    """The title read before ``person``'s name in ``doc``."""
    name = _name_at(doc, person)
    return read_title(title_before(doc, name.start, name.end, d), d)


def test_a_long_official_title_before_a_name(parse, d: ActorDictionary) -> None:
    doc = parse(
        "German Federal Minister for Economic Affairs and Climate Action Karl Brenner said so."
    )
    title = _title_of(doc, "Karl Brenner", d)
    assert (title.country, title.sector, title.role.key) == ("DEU", "GOV", "economy minister")


def test_a_broadcasters_host_is_media(parse, d: ActorDictionary) -> None:
    doc = parse("“He did well,” said cable news host Dana Whitfield.")
    title = _title_of(doc, "Dana Whitfield", d)
    assert (title.sector, title.role.key) == ("JRN", "journalist")


def test_a_head_of_state_title_after_a_non_state_body_heads_that_body(
    parse, d: ActorDictionary
) -> None:
    # "president" leads a state (GOV); after an organisation of no government it leads that body
    doc = parse("Sierra Club president Dana Whitfield said so.")
    title = _title_of(doc, "Dana Whitfield", d)
    assert (title.country, title.sector, title.role.key) == ("NGO", None, "head of state")
    # a country's or a body of governments' president keeps the role's sector
    doc = parse("French President Dana Whitfield and World Bank president Karl Brenner spoke.")
    for person, country in (("Dana Whitfield", "FRA"), ("Karl Brenner", "UNO")):
        title = _title_of(doc, person, d)
        assert (title.country, title.sector) == (country, "GOV"), person
    # a news outlet's head is media; a dictionary name met by one word of a longer name (PETRARCH2
    # holds an armed group called "Foundation") gives no armed sector
    doc = parse("CNN president Dana Whitfield and Foundation president Karl Brenner spoke.")
    for person, sector in (("Dana Whitfield", "JRN"), ("Karl Brenner", "GOV")):
        title = _title_of(doc, person, d)
        assert title.sector == sector, person


def test_a_head_of_state_title_of_a_body_no_table_holds_gives_no_state_sector(
    parse, d: ActorDictionary
) -> None:
    # the head of a body no table holds leads that body, not a state: no GOV
    doc = parse("Harbor Watch president Dana Whitfield said so.")
    title = _title_of(doc, "Dana Whitfield", d)
    assert (title.sector, title.body, title.role.key) == (None, "Harbor Watch", "head of state")
    # a country's word inside such a name says where the body is, not that it is the state's
    doc = parse("American Harbor Fund president Dana Whitfield said so.")
    title = _title_of(doc, "Dana Whitfield", d)
    assert (title.country, title.sector) == ("USA", None)
    # a person's name in the words is no body ("ally of Karl Brenner")
    doc = parse("the Ukrainian president and ally of Karl Brenner")
    assert read_title(list(doc), d).sector == "GOV"
    # a bare title, the office's own name and a body of a state still lead a state
    doc = parse(
        "Former President Dana Whitfield spoke. President Karl Brenner agreed. "
        "City Council president Ann Marsh came."
    )
    for person, sector in (
        ("Dana Whitfield", "ELI"),
        ("Karl Brenner", "GOV"),
        ("Ann Marsh", "GOV"),
    ):
        title = _title_of(doc, person, d)
        assert title.sector == sector, person


def test_a_title_with_commas(parse, d: ActorDictionary) -> None:
    doc = parse(
        "Secretary of State for Foreign, Commonwealth and Development Affairs Helen Marsh spoke."
    )
    name = _name_at(doc, "Helen Marsh")
    toks = title_before(doc, name.start, name.end, d)
    assert toks[0].text == "Secretary" and toks[-1].text == "Affairs"
    assert read_title(toks, d).role.key == "foreign minister"


def test_party_and_state_after_a_name(d: ActorDictionary) -> None:
    text = "Rep. Laura Keating (R-Ohio) said"
    title = party_state(text, text.index(" ("), d)
    assert title is not None
    assert (title.country, title.sector, title.party, title.state) == (
        "USA",
        "LEG",
        "Republican",
        "Ohio",
    )
    assert party_state("Laura Keating (R-Xyz) said", 13, d) is None


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # US news names a state office holder's state after the name, as "(R-Ohio)" does
        ("Gov. Laura Keating of New Jersey said so.", "Laura Keating", "New Jersey"),
        ("Sen. Dale Brenner of Ohio, a Republican, said so.", "Dale Brenner", "Ohio"),
        # not after another title, and not a city
        ("Ms. Laura Keating of New Jersey said so.", "Laura Keating", None),
        ("Mayor Dale Brenner of Toledo said so.", "Dale Brenner", None),
    ],
)
def test_a_state_after_a_state_office_holders_name(parse, d, text, name, state) -> None:
    doc = parse(text)
    span = _name_at(doc, name)
    before = read_title(title_before(doc, span.start, span.end, d), d)
    title = office_state(text, span.end_char, d, before.role)
    if state is None:
        assert title is None
    else:
        assert title is not None
        assert (title.country, title.state) == ("USA", state)


@pytest.mark.parametrize(
    ("text", "code", "party"),
    [
        # an appositive noun phrase describes its name, whether a role noun or a party's member
        # word heads it: the state (or a country) and the party
        ("Dana Whitfield, a Tennessee Republican, spoke.", ("USA", "PTY"), "Republican Party"),
        ("Carl Benton, a Democrat, spoke.", ("USA", "PTY"), "Democratic Party"),
        ("Carl Benton, an American Democrat, spoke.", ("USA", "PTY"), "Democratic Party"),
        # the title's office is the sector, as with "(R-Ohio)"
        ("Sen. Dana Whitfield, a Michigan Democrat, spoke.", ("USA", "LEG"), "Democratic Party"),
        ("Gov. Dana Whitfield, an Ohio Republican, spoke.", ("USA", "GOV"), "Republican Party"),
        # the words stop at the party word: the committee after it is where the member sits
        (
            "Carl Benton, the top Republican on the Senate Intelligence Committee, spoke.",
            ("USA", "PTY"),
            "Republican Party",
        ),
        (
            "Rep. Dana Whitfield, the top Democrat on the House Intelligence Committee, spoke.",
            ("USA", "LEG"),
            "Democratic Party",
        ),
        # with no verb the description heads the sentence (a caption, a headline): the words
        # still stop at the party word
        (
            "The top Democrat on the House Intelligence Committee, Carl Benton.",
            ("USA", "PTY"),
            "Democratic Party",
        ),
        # another country's party is not the US one the word marks
        ("Carl Benton, a French Republican, spoke.", ("FRA", None), None),
        # a plural party word names several people, not the one name beside it
        ("The two leading Republicans, Dale Brenner and Ann Lee, spoke.", (None, None), None),
    ],
)
def test_a_party_member_in_apposition(parse, d, text, code, party) -> None:
    record = communique.extract(text, date="2016-09-16")
    person = next(a for a in record.actors if a.kind == "person")
    assert (person.country, person.sector) == code
    doc = parse(text)
    name = _name_at(doc, person.name)
    title = read_title(person_apposition(name.root, d) or [], d)
    assert title.party == party


def test_a_description_after_the_head_says_whose(parse, d: ActorDictionary) -> None:
    doc = parse("The director of Peru's customs agency said so.")
    title = read_title(list(doc[:7]), d, role_tokens=list(doc[:2]), head=doc[1])
    assert (title.country, title.sector, title.role.key) == ("PER", "GOV", "director")


def test_a_state_before_a_state_office(parse, d: ActorDictionary) -> None:
    doc = parse("The Georgia senator and the Ohio congresswoman spoke.")
    senator = read_title(list(doc[1:3]), d)
    assert (senator.country, senator.state, senator.sector) == ("USA", "Georgia", "LEG")


# -- coding ------------------------------------------------------------------


def _entry(roles: tuple[Role, ...]) -> Entry:
    return Entry("Ann Example", "person", "Q1", "us_congress", "2026-06-01", "f", roles)


def test_the_article_wins_over_the_dictionary() -> None:
    said = Title(country="FRA", sector="GOV", reason="text: demonym 'French'")
    entry = _entry((Role("USA", "LEG", "2020-01-01", "2030-01-01", "senator"),))
    code = coding.decide([said], entry, "name", "2024-01-01")
    assert (code.country, code.sector, code.basis, code.identifier) == (
        "FRA",
        "GOV",
        "article",
        "Q1",
    )


def test_the_dictionary_at_the_articles_date() -> None:
    entry = _entry((Role("USA", "LEG", "2020-01-01", "2022-01-01", "senator"),))
    during = coding.decide([], entry, "name", "2021-01-01")
    after = coding.decide([], entry, "name", "2024-01-01")
    assert (during.country, during.sector, during.basis) == ("USA", "LEG", "dictionary")
    assert (after.country, after.sector) == ("USA", "ELI")
    assert coding.decide([], None, None, "2024-01-01").basis is None


def test_a_story_default_only_for_officials_named_by_office() -> None:
    role = ActorDictionary.default().role(["interior", "minister"])
    title = Title(sector="GOV", role=role, reason="text: role 'interior minister'")
    code = coding.decide([title], None, None, None)
    inferred = coding.story_default(code, [title], "PER", described_only=True)
    assert (inferred.country, inferred.sector, inferred.basis) == ("PER", "GOV", "inferred")
    named = coding.story_default(code, [title], "PER", described_only=False)
    assert named.country is None
    # the office as the title of a name no dictionary holds: the office and the story decide
    titled = coding.story_default(code, [title], "PER", described_only=False, titled_unknown=True)
    assert (titled.country, titled.basis) == ("PER", "inferred")
    assert "title of a name no dictionary holds" in titled.reason
    # a described party of a domestic sector: only when its sector is a local one, and
    # never as the title of a name
    rebel = ActorDictionary.default().role(["rebels"])
    said = Title(sector="REB", role=rebel, reason="text: role 'rebels'")
    code = coding.decide([said], None, None, None)
    local = frozenset({"REB"})
    found = coding.story_default(code, [said], "TCD", described_only=True, local_sectors=local)
    assert (found.country, found.sector, found.basis) == ("TCD", "REB", "inferred")
    assert coding.story_default(code, [said], "TCD", described_only=True).country is None
    assert (
        coding.story_default(
            code, [said], "TCD", described_only=False, titled_unknown=True, local_sectors=local
        ).country
        is None
    )


# -- mentions ----------------------------------------------------------------


def test_acronyms_defined_in_parentheses(parse) -> None:
    doc = parse(
        "The International Federation of Red Cross and Red Crescent Societies (IFRC) said so."
    )
    (found,) = acronyms(doc)
    assert found.acronym == "IFRC"
    assert (
        found.long_form.text == "International Federation of Red Cross and Red Crescent Societies"
    )
    assert is_acronym("BNetzA") and is_acronym("U.N.") and not is_acronym("Paris")
    # a plural possessive inside a name belongs to it; an owner's "'s" does not
    doc = parse("Leaders of Brazil's Workers' Party (PT) met the Teachers' Union (TU) on Friday.")
    assert [a.long_form.text for a in acronyms(doc)] == ["Workers' Party", "Teachers' Union"]


def test_weekdays_numbers_and_cities_are_not_people(parse, d: ActorDictionary) -> None:
    doc = parse("Monday said so. Rotterdam told reporters. 2024 agreed. Murray-Darling water fell.")
    cands, _ = find_mentions(doc, d)
    names = [" ".join(t.text for t in c.name) for c in cands if hasattr(c, "name")]
    assert not set(names) & {"Monday", "Rotterdam", "2024", "Murray", "Darling"}


# -- the component's settings ---------------------------------------------------


def test_settings_in_the_components_config() -> None:
    model = spacy.load(nlp.default_model_name())
    communique.add_pipes(
        model, config={"communique_actors": {"story_default": False, "dictionaries": ["phoenix"]}}
    )
    stage = model.get_pipe("communique_actors")
    assert stage.settings.story_default is False
    assert stage.settings.dictionaries == ("phoenix",)
    assert len(stage.dictionary.tables) == 1
    doc = model("LIMA, March 3 (Wire) - The interior minister said the border would open.")
    assert all(a.basis != "inferred" for a in doc._.actors)


def test_the_city_population_of_the_config_decides_which_city_gives_a_country() -> None:
    # "of Ibadan" gives Nigeria only when Ibadan is as big as the setting asks (a city that
    # names no state: "of Lagos" also names Lagos State, whatever the city's size)
    text = "The mayor of Ibadan said on Monday that the curfew would end."
    for population, country in ((None, "NGA"), (10**9, None)):
        model = spacy.load(nlp.default_model_name())
        config = {"communique_actors": {"city_population": population}} if population else None
        communique.add_pipes(model, config=config)
        doc = model(text)
        mayor = [a for a in doc._.actors if any(m.span[0] == 0 for m in a.mentions)]
        assert [a.country for a in mayor] == [country], population


def test_an_unknown_dictionary_is_a_coded_error() -> None:
    model = spacy.load(nlp.default_model_name())
    with pytest.raises(CommuniqueError) as info:
        communique.add_pipes(model, config={"communique_actors": {"dictionaries": ["nope"]}})
    assert info.value.code == "CQ326"


# -- organisations -----------------------------------------------------------


def test_an_organisations_body_by_the_organisations_abbreviation(d: ActorDictionary) -> None:
    # the PETRARCH2 tables write "UN Security Council"; news also writes the long form
    assert d.lookup("United Nations Security Council").default == ("UNO", None)
    assert d.lookup("Northern Nations Security Council") is None


def test_a_later_short_name_is_the_organisation_named_in_full() -> None:
    text = (
        "Leonard Hale, director of the Urban-Brookings Tax Policy Center, spoke. The Tax Policy "
        "Center estimates that revenue rises. The Center said more. The Brookings Institution "
        "agreed."
    )
    record = communique.extract(text, date="2016-09-16")
    center = [a for a in record.actors if "Tax Policy Center" in a.name]
    assert len(center) == 1
    assert [m.text for m in center[0].mentions if m.kind == "organisation"] == [
        "the Urban-Brookings Tax Policy Center",
        "The Tax Policy Center",
    ]


def test_a_plural_title_is_no_one_persons() -> None:
    # a title agrees in number with what it names: a plural one names several people
    text = "Angry Lawmakers Slam Dana Whitfield Over Taxes."
    record = communique.extract(text, date="2016-09-16")
    assert all(a.sector != "LEG" for a in record.actors)
    both = communique.extract("Ministers Ann Lee and Bo Park left Paris.", date="2016-09-16")
    assert {a.name: a.sector for a in both.actors}["Ann Lee"] == "GOV"


def test_a_relative_clause_with_a_copula_gives_a_role() -> None:
    # "X, who is/was the ROLE" says what X is, as an apposition does; the past tense makes the
    # role one held before, a negated or modal clause says nothing
    text = (
        "Dana Whitfield, who is the Ohio governor, spoke. Carl Benton, who was the Texas governor "
        "until 2009, agreed. Ann Lee, who served as labor secretary under two presidents, wrote."
    )
    record = communique.extract(text, date="2016-09-16")
    codes = {a.name: (a.country, a.sector) for a in record.actors}
    assert codes["Dana Whitfield"] == ("USA", "GOV")
    assert codes["Carl Benton"] == ("USA", "ELI")
    assert codes["Ann Lee"][1] == "ELI"
    for text in (
        "Mary Jones, who is not the Ohio governor, left.",
        "Tom Baker, who would be the first Texas governor from the town, waved.",
    ):
        assert [(a.country, a.sector) for a in communique.extract(text).actors] == [(None, None)]


def test_a_relative_clause_stops_at_another_persons_name() -> None:
    text = "Jim Hale, who was press secretary to President Ronald Reagan, said so."
    record = communique.extract(text, date="2016-09-16")
    hale = next(a for a in record.actors if a.name == "Jim Hale")
    # the role served the president: his country, and the past tense makes it a former office
    # (the president's title is not the aide's role: not "President")
    assert (hale.country, hale.sector) == ("USA", "ELI")
    assert "Reagan" not in " ".join(m.text for m in hale.mentions)
    assert "President" not in " ".join(m.text for m in hale.mentions)


def test_an_outlet_before_a_name_makes_the_person_media() -> None:
    text = "MSNBC's Dana Whitfield asked. The DNC declined to comment. CNN's Mary Jones agreed."
    record = communique.extract(text, date="2016-09-16")
    codes = {a.name: (a.country, a.sector) for a in record.actors}
    assert codes["Dana Whitfield"] == (None, "JRN")
    assert codes["Mary Jones"] == (None, "JRN")
    assert codes["Democratic National Committee"] == ("USA", "PTY")


def test_former_makes_elite_only_of_state_officials() -> None:
    # PLOVER's ELI is former government officials: a former anchor is still media, a former
    # party chairman still of the party
    text = (
        "Former CNN anchor Dana Whitfield spoke. Former DNC chairman Carl Benton agreed. "
        "Former Kremlin spokesman Ivan Petrov left."
    )
    codes = {a.name: (a.country, a.sector) for a in communique.extract(text).actors}
    assert codes["Dana Whitfield"] == (None, "JRN")
    assert codes["Carl Benton"] == ("USA", "PTY")
    assert codes["Ivan Petrov"] == ("RUS", "ELI")


def test_a_hyphenated_korean_given_name_is_a_name() -> None:
    # "Ki-moon" is tokenised "Ki", "-", "moon": the lower-case syllable ends a name all the same
    text = (
        "Ban Ki-moon, the secretary general of the United Nations, spoke on Monday. "
        "Mr. Ban said it was time."
    )
    record = communique.extract(text, date="2016-09-16")
    ban = next(a for a in record.actors if a.name == "Ban Ki-moon")
    assert ban.country == "UNO"
    assert {m.text for m in ban.mentions} >= {"Ban Ki-moon", "Ban"}


def test_a_bodys_own_website_is_not_news_media() -> None:
    text = "Hackers defaced Ukrainian government websites on Friday. The company website listed it."
    codes = {a.name: (a.country, a.sector) for a in communique.extract(text).actors}
    assert codes["Ukrainian government websites"] == ("UKR", "GOV")
    # a business, not news media; its country is the one-country story's (a domestic sector)
    assert codes["The company website"] == ("UKR", "BUS")


def test_a_capital_inside_a_longer_name_is_not_the_government() -> None:
    text = "The Moscow City Court ruled on Monday. Washington said no."
    codes = {a.name: (a.country, a.sector) for a in communique.extract(text).actors}
    assert codes["Moscow City Court"] == ("RUS", "JUD")
    assert codes["Washington"] == ("USA", "GOV")


def test_a_body_named_after_a_government_metonym_is_government() -> None:
    text = "The State Department Refugee Processing Center said the numbers rose."
    codes = {a.name: (a.country, a.sector) for a in communique.extract(text).actors}
    assert ("USA", "GOV") in codes.values()


def test_name_functions_give_fresh_lists() -> None:
    # The name functions are remembered; a caller changing its list must not change the next.
    words = person_words("Mr. Antony J. Blinken")
    words.append("extra")
    assert person_words("Mr. Antony J. Blinken") == ["antony", "j", "blinken"]
    assert name_key("Ban Ki-moon") == name_key("Ban Ki Moon") == "ban ki moon"


def test_a_phrase_running_into_a_verb_with_no_subject_is_its_subject_not_an_apposition() -> None:
    # the parser hangs the subject on the name of a fronted phrase; a verb needs a subject
    text = (
        "For Dana Whitfield, the party's uprising against the leadership is the danger she "
        "fears most."
    )
    whitfield = next(a for a in communique.extract(text).actors if a.name == "Dana Whitfield")
    assert whitfield.sector is None and "uprising" not in whitfield.reason
    text = "He met Dana Whitfield, a Tennessee Republican. Dana Whitfield, a lawyer, said so."
    whitfield = next(a for a in communique.extract(text).actors if a.name == "Dana Whitfield")
    assert (whitfield.country, whitfield.sector) == ("USA", "PTY")


def test_a_phrase_naming_an_act_says_nothing_of_where_a_role_holder_is_from() -> None:
    # "of interfering ...": the charge the verb makes, which the parser hangs on the noun
    text = (
        "Lavrov met Blinken in Geneva. The Serbian president accused Western diplomats of "
        "interfering in Georgia's internal affairs."
    )
    diplomats = next(a for a in communique.extract(text).actors if a.name == "Western diplomats")
    assert diplomats.country is None
    text = "Lavrov met Blinken in Geneva. The diplomats of Georgia's embassy left."
    diplomats = next(a for a in communique.extract(text).actors if "diplomats" in a.name)
    assert diplomats.country == "GEO"


def test_a_name_the_model_tags_an_organisation_after_a_person_s_role_is_a_person() -> None:
    # a role noun before a name is that person's title, whatever the given name
    text = "The United Nations envoy Volker Perthes said both sides had violated the truce."
    perthes = next(a for a in communique.extract(text).actors if a.name == "Volker Perthes")
    assert (perthes.kind, perthes.country) == ("person", "UNO")


def _built(words: list[str], heads: list[int], deps: list[str], tags: list[str], people):
    """A parse given by hand, so a rule is tried on the exact structure it is about."""
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    doc.ents = [Span(doc, lo, hi, label="PERSON") for lo, hi in people]
    return doc


def test_a_likeness_phrase_names_no_one_served(d: ActorDictionary) -> None:
    """A likeness ("People like Ann Lowe, Tom Baxter and Jim Hale", the later name hung on
    "People"): "like" compares, it names no one the role serves, so the phrase is not cut
    out of a description and the person in it leaves none."""
    words = ["People", "like", "Ann", "Lowe", ",", "Tom", "Baxter", "and", "Jim", "Hale", "are"]
    heads = [10, 0, 3, 1, 0, 6, 0, 6, 9, 6, 10]
    deps = ["nsubj", "prep", "compound", "pobj", "punct", "compound", "appos", "cc"]
    deps += ["compound", "conj", "ROOT"]
    tags = ["NNS", "IN", "NNP", "NNP", ",", "NNP", "NNP", "CC", "NNP", "NNP", "VBP"]
    doc = _built(words, heads, deps, tags, [(2, 4), (5, 7), (8, 10)])
    assert person_apposition(doc[6], d) is None
    roles = default_roles()
    assert roles.names_served("adviser", "to") and roles.names_served("spokesman", "for")
    assert not roles.names_served("ambassador", "to")
    assert not roles.names_served("people", "like")


def test_a_plural_description_is_no_apposition_of_one_name(d: ActorDictionary) -> None:
    """A list ("Tom Baxter, family members of Jim Hale"): an appositive agrees in number
    with the name; a plural one is the list's next item."""
    words = ["included", "Tom", "Baxter", ",", "family", "members", "of", "Jim", "Hale", "."]
    heads = [0, 2, 0, 2, 5, 2, 5, 8, 6, 0]
    deps = ["ROOT", "compound", "dobj", "punct", "compound", "appos", "prep", "compound"]
    deps += ["pobj", "punct"]
    tags = ["VBD", "NNP", "NNP", ",", "NN", "NNS", "IN", "NNP", "NNP", "."]
    doc = _built(words, heads, deps, tags, [(1, 3), (7, 9)])
    assert person_apposition(doc[2], d) is None
    # one member of a family is described
    words[5], tags[5] = "member", "NN"
    doc = _built(words, heads, deps, tags, [(1, 3), (7, 9)])
    assert [t.text for t in person_apposition(doc[2], d) or []] == ["family", "member"]


def test_a_partitive_plural_describes_one_name(d: ActorDictionary) -> None:
    """ "One of the justices, Tom Baxter, died": the plural is a partitive's noun, the phrase
    singular, so it still describes the name."""
    words = ["One", "of", "the", "justices", ",", "Tom", "Baxter", ",", "died"]
    heads = [8, 0, 3, 1, 3, 6, 3, 3, 8]
    deps = ["nsubj", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "ROOT"]
    tags = ["CD", "IN", "DT", "NNS", ",", "NNP", "NNP", ",", "VBD"]
    doc = _built(words, heads, deps, tags, [(5, 7)])
    assert [t.text for t in person_apposition(doc[6], d) or []] == ["the", "justices"]
