"""communique as spaCy components: the same records as extract, and a pipeline a user can change.

Each analysis stage is a registered factory; these tests build pipelines the
way a spaCy user does (``spacy.load`` + ``communique.add_pipes`` or
``nlp.add_pipe``), check that the record read off the Doc is the one
``communique.extract`` and ``communique extract`` give, and that stages can be
removed, swapped, configured and saved.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import communique
from communique import nlp as nlp_mod
from communique.cli import main as cli_main
from communique.component import STAGES
from communique.errors import CommuniqueError
from communique.events.component import EventStage
from communique.pipeline import Extractor
from communique.read import read_inputs
from communique.schema import Document

WIRE = (
    "WASHINGTON (Reuters) - The U.S. State Department said on Monday that talks with Iran "
    "would resume.\n\n"
    '"We are ready," spokesman Ned Price told reporters.'
)
SAMPLES = Path(str(resources.files("communique.samples")))


def fresh_pipeline() -> Language:
    """A pipeline of one's own, as a spaCy user builds it (never the shared one)."""
    nlp = spacy.load(nlp_mod.default_model_name())
    communique.add_pipes(nlp)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    """One user-built pipeline for the tests that only read from it."""
    return fresh_pipeline()


@pytest.fixture(scope="module")
def sample_documents() -> list[Document]:
    problems: list[object] = []
    docs = list(read_inputs([str(SAMPLES)], on_problem=problems.append))
    assert docs and not problems
    return docs


def as_json(article) -> str:
    return json.dumps(article.to_dict(), sort_keys=True)


# -- the same record, whichever way the analysis is run ------------------------------


def test_pipeline_has_the_stages_in_order(nlp: Language):
    names = nlp.pipe_names
    assert names.index("communique_sentences") == names.index("parser") - 1
    assert names[-len(STAGES) :] == list(STAGES)
    problems = nlp.analyze_pipes()["problems"]
    assert not any(problems.values()), problems


def test_every_sample_gives_the_record_extract_gives(
    nlp: Language, sample_documents: list[Document]
):
    expected = [as_json(a) for a in Extractor().extract_many(sample_documents)]
    docs = nlp.pipe(communique.make_doc(nlp, d) for d in sample_documents)
    got = [as_json(communique.record_from_doc(doc)) for doc in docs]
    assert got == expected


def test_plain_nlp_call_equals_extract_of_the_text(nlp: Language, sample_documents):
    # No metadata at all: the Doc is the whole article, its id "text", as for extract(text).
    for document in sample_documents:
        record = communique.record_from_doc(nlp(document.text))
        assert as_json(record) == as_json(communique.extract(document.text)), document.id


def test_cli_gives_the_component_records(nlp: Language, sample_documents: list[Document]):
    result = CliRunner().invoke(cli_main, ["extract", str(SAMPLES), "-q"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    docs = nlp.pipe(communique.make_doc(nlp, d) for d in sample_documents)
    assert lines == [communique.record_from_doc(doc).to_dict() for doc in docs]


def test_headline_dateline_and_publication_date_come_from_the_article_stage(nlp: Language):
    text = "Talks to resume\n\n" + WIRE + " The talks will be held on Tuesday."
    doc = nlp(communique.make_doc(nlp, {"id": "w", "text": text, "date": "2022-02-14"}))
    assert doc._.published == "2022-02-14" and doc._.published_reason == "metadata"
    assert doc._.dateline is not None and doc._.dateline.agency == "Reuters"
    # The headline is a sentence of its own: it never runs into the dateline's sentence.
    assert doc[0].sent.text.strip() == "Talks to resume"
    record = communique.record_from_doc(doc)
    assert record == communique.extract({"id": "w", "text": text, "date": "2022-02-14"})


# -- removing, adding and swapping stages ------------------------------------------


def test_removing_the_event_stage_keeps_actors_and_quotes():
    nlp = fresh_pipeline()
    full = communique.record_from_doc(nlp(WIRE))
    nlp.remove_pipe("communique_events")
    doc = nlp(WIRE)
    assert doc._.events is None
    record = communique.record_from_doc(doc)
    assert record.events == [] and full.events
    assert as_json(record.quotes[0]) == as_json(full.quotes[0])
    assert [a.name for a in record.actors] == [a.name for a in full.actors]


def test_a_stage_without_the_one_before_it_says_which_is_missing():
    nlp = fresh_pipeline()
    nlp.remove_pipe("communique_actors")
    with pytest.raises(CommuniqueError) as info:
        nlp(WIRE)
    assert info.value.code == "CQ320" and "communique_actors" in str(info.value)
    with pytest.raises(CommuniqueError) as info:
        Extractor(nlp=spacy.blank("en"))
    assert info.value.code == "CQ322"


def test_stages_added_one_by_one_with_add_pipe(nlp: Language):
    own = spacy.load(nlp_mod.default_model_name())
    own.add_pipe("communique_sentences", before="parser")
    for name in STAGES:
        own.add_pipe(name)
    assert as_json(communique.record_from_doc(own(WIRE))) == as_json(
        communique.record_from_doc(nlp(WIRE))
    )


@Language.factory("test_asserted_events")
def _asserted_events(nlp: Language, name: str) -> object:
    """A user's own event stage: communique's coder, keeping asserted events only."""
    coder = EventStage(nlp, name)

    def asserted_only(doc: Doc) -> Doc:
        doc = coder(doc)
        doc._.events = [e for e in doc._.events if e.modality == "asserted"]
        return doc

    return asserted_only


def test_swapped_event_stage_is_used_by_extractor_and_records():
    text = (
        "MOSCOW (Reuters) - Russia has no intention of attacking Ukraine, the Kremlin said. "
        "Russian forces shelled Kharkiv on Monday."
    )
    nlp = fresh_pipeline()
    before = communique.record_from_doc(nlp(text))
    assert {e.modality for e in before.events} > {"asserted"}
    nlp.replace_pipe("communique_events", "test_asserted_events")
    after = Extractor(nlp=nlp).extract(text)
    assert after.events and {e.modality for e in after.events} == {"asserted"}
    assert after.quotes == before.quotes


# -- settings in the config ----------------------------------------------------------


def test_user_actor_file_through_the_config(tmp_path: Path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Zorblat Quennox\n  country: FRA\n  sector: LEG\n", encoding="utf-8")
    nlp = spacy.load(nlp_mod.default_model_name())
    communique.add_pipes(nlp, config={"communique_actors": {"actors_file": str(mine)}})
    actor = nlp("Zorblat Quennox spoke on Monday.")._.actors[0]
    assert (actor.name, actor.country, actor.sector) == ("Zorblat Quennox", "FRA", "LEG")
    assert actor.reason == "user dictionary mine.yaml"
    # The Extractor's actors_file is the same setting, on a stage of its own.
    record = Extractor(actors_file=mine).extract("Zorblat Quennox spoke on Monday.")
    assert record.actors[0].country == "FRA"
    assert communique.extract("Zorblat Quennox spoke on Monday.").actors[0].country != "FRA"


def test_bad_files_in_the_config_are_set_up_errors(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tcode\nlambast\t111\n", encoding="utf-8")
    nlp = spacy.blank("en")
    with pytest.raises(CommuniqueError) as info:
        nlp.add_pipe("communique_events", config={"user_lexicon": str(bad)})
    assert info.value.code == "CQ321" and "bad.tsv" in str(info.value)
    bad = tmp_path / "bad.yaml"
    bad.write_text("speech: say\n", encoding="utf-8")
    with pytest.raises(CommuniqueError) as info:
        nlp.add_pipe("communique_quotes", config={"user_cues": str(bad)})
    assert info.value.code == "CQ321" and "bad.yaml" in str(info.value)
    bad.write_text("- name: X\n  kind: robot\n", encoding="utf-8")
    with pytest.raises(CommuniqueError) as info:
        nlp.add_pipe("communique_actors", config={"actors_file": str(bad)})
    assert info.value.code == "CQ303"
    # A missing file fails on first use (a saved pipeline brings its own copy, see below)
    # and stops an Extractor before it starts.
    missing = {"communique_quotes": {"cues": str(tmp_path / "missing.yaml")}}
    with pytest.raises(CommuniqueError) as info:
        Extractor(config=missing)
    assert info.value.code == "CQ325" and "missing.yaml" in str(info.value)
    with pytest.raises(CommuniqueError) as info:
        Extractor(actors_file=tmp_path / "none.yaml")
    assert info.value.code == "CQ325"
    nlp = fresh_pipeline()
    nlp.replace_pipe("communique_events", "communique_events", config={"user_lexicon": "no.tsv"})
    with pytest.raises(CommuniqueError) as info:
        nlp(WIRE)
    assert info.value.code == "CQ325"


def test_user_cue_lexicon_adds_a_reporting_verb(tmp_path: Path):
    text = "The minister muttered that the talks had failed."
    plain = communique.extract(text)
    assert not any(q.cue and q.cue.text == "muttered" for q in plain.quotes)
    cues = tmp_path / "my_cues.yaml"
    cues.write_text("speech: [mutter]\n", encoding="utf-8")
    record = Extractor(config={"communique_quotes": {"user_cues": str(cues)}}).extract(text)
    assert [(q.kind, q.cue.text, q.text) for q in record.quotes] == [
        ("indirect", "muttered", "that the talks had failed")
    ]


def test_cue_word_lists_are_data_with_sources_a_user_file_extends(tmp_path: Path):
    from communique.quotes import settings as quote_settings
    from communique.yaml_data import load_yaml

    bundled = load_yaml(resources.files("communique.data").joinpath("cues.yaml").read_text())
    for name in quote_settings.WORD_LISTS:
        assert bundled[name] and all(str(source).strip() for source in bundled[name].values())
    assert "try" in quote_settings.bundled().words["carriers"]
    extra = tmp_path / "my_cues.yaml"
    extra.write_text("carriers: {seek: 'grammar: verb of attempt'}\n", encoding="utf-8")
    words = quote_settings.build(user_cues=extra).words
    assert {"seek", "try"} <= words["carriers"]
    assert words["topic_prepositions"] == {"about"}
    extra.write_text("carriers: [seek]\n", encoding="utf-8")
    with pytest.raises(CommuniqueError):
        quote_settings.build(user_cues=extra)


def test_retrained_cue_counts_replace_the_bundled_ones(tmp_path: Path):
    text = "The minister said that the talks had failed."
    assert communique.extract(text).quotes
    stats = tmp_path / "cue_stats.tsv.gz"
    # As if "said that ..." had almost never been an attribution in the user's texts.
    stats.write_bytes(gzip.compress(b"# counts\nsay\tclause\t1\t1000\n"))
    # The counts decide when the trained attribution models are switched off.
    config = {"cue_stats": str(stats), "use_model": False}
    record = Extractor(config={"communique_quotes": config}).extract(text)
    assert record.quotes == []
    # A threshold in the config takes effect too.
    low = {**config, "learned_threshold": 0.0}
    assert Extractor(config={"communique_quotes": low}).extract(text).quotes


USER_EVENTS = "kind\tlemma\tcode\tsource\nverb\texcoriate\t111\tCAMEO 111: criticize or denounce\n"


def test_user_event_lexicon_extends_the_bundled_one(tmp_path: Path):
    text = "Germany excoriated France over the budget."
    assert not communique.extract(text).events
    lexicon = tmp_path / "my_events.tsv"
    lexicon.write_text(USER_EVENTS, encoding="utf-8")
    extractor = Extractor(config={"communique_events": {"user_lexicon": str(lexicon)}})
    accuse = extractor.extract(text).events
    assert [(e.type, e.trigger.text) for e in accuse] == [("ACCUSE", "excoriated")]
    assert "CAMEO 111" in accuse[0].reason
    # The bundled entries are still there.
    assert extractor.extract("Russian forces attacked Kharkiv.").events


def test_article_stage_thresholds(nlp: Language):
    strict = {"communique_article": {"min_english_share": 0.99}}
    record = Extractor(config=strict).extract(" ".join([WIRE] * 3))
    assert "CQ105" in [w.code for w in record.warnings]
    assert "CQ105" not in [w.code for w in communique.extract(" ".join([WIRE] * 3)).warnings]


def test_config_types_are_checked():
    with pytest.raises(Exception, match="min_statement_words"):
        spacy.blank("en").add_pipe("communique_quotes", config={"min_statement_words": "many"})


# -- saving and loading --------------------------------------------------------------


def test_to_disk_and_spacy_load_round_trip(tmp_path: Path, sample_documents):
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Zorblat Quennox\n  country: FRA\n", encoding="utf-8")
    lexicon = tmp_path / "my_events.tsv"
    lexicon.write_text(USER_EVENTS, encoding="utf-8")
    nlp = spacy.load(nlp_mod.default_model_name())
    communique.add_pipes(
        nlp,
        config={
            "communique_actors": {"actors_file": str(mine)},
            "communique_events": {"user_lexicon": str(lexicon)},
            "communique_quotes": {"min_statement_words": 6},
        },
    )
    text = "Zorblat Quennox excoriated France over the budget.\n\n" + sample_documents[0].text
    before = communique.record_from_doc(nlp(text))
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe("communique_quotes").settings.min_statement_words == 6
    assert as_json(communique.record_from_doc(loaded(text))) == as_json(before)
    # The saved copies are what the loaded pipeline uses, even once the user's files are gone.
    mine.unlink()
    lexicon.unlink()
    again = spacy.load(tmp_path / "saved")
    assert as_json(communique.record_from_doc(again(text))) == as_json(before)
    # And communique's own loader uses a saved pipeline as it is.
    assert Extractor(model=str(tmp_path / "saved")).extract(text).actors[0].country == "FRA"


def test_spacy_finds_the_components_without_importing_communique():
    code = (
        "import spacy\n"
        f"nlp = spacy.load({nlp_mod.default_model_name()!r})\n"
        "for name in ('communique_article', 'communique_actors', 'communique_quotes',"
        " 'communique_events'):\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('Ned Price said talks would resume.')\n"
        "print(len(doc._.quotes))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.strip() == "1"


def test_the_old_single_component_name_says_what_replaced_it():
    with pytest.raises(CommuniqueError) as info:
        spacy.blank("en").add_pipe("communique")
    assert info.value.code == "CQ323" and "add_pipes" in str(info.value)


# -- no input makes a stage raise --------------------------------------------------

_odd_text = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(['"', "“", "”", "«", "»", "‘", "’", "\n\n", "\x00", "\x1b", "\u202e", ":"]),
        st.sampled_from(
            ["said", " ", "According to ", "the minister", "Mr. Smith", ".", "attacked", "MOSCOW -"]
        ),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_odd_text)
@example("0 ACCORDinG TO »")  # a cue with only a closing mark before it: an empty speaker
def test_no_input_makes_any_stage_raise(text):
    # Run straight through the user's pipeline: nothing in between catches an error.
    record = communique.record_from_doc(nlp_mod.load()(text))
    for quote in record.quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
    for event in record.events:
        assert 0 <= event.sentence[0] <= event.trigger.span[0] < event.sentence[1] <= len(text)
        assert text[event.trigger.span[0] : event.trigger.span[1]] == event.trigger.text
    for actor in record.actors:
        for m in actor.mentions:
            assert text[m.span[0] : m.span[1]] == m.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_odd_text)
def test_each_stage_alone_on_a_parsed_doc_does_not_raise(text):
    nlp = nlp_mod.load()
    doc = nlp(text, disable=list(STAGES))
    for name in STAGES:
        doc = nlp.get_pipe(name)(doc)
    assert isinstance(doc._.events, list) and isinstance(doc._.quotes, list)
