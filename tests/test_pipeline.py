"""The pipeline as a user drives it: records, warnings, batches that survive bad input."""

from __future__ import annotations

import gc

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

import communique
from communique import nlp as nlp_mod
from communique import pipeline as pipeline_mod
from communique.errors import CommuniqueError
from communique.pipeline import (
    Extractor,
    analysed_part,
    cut_before,
    split_for_parsing,
    token_batches,
)
from communique.schema import Document

WIRE = (
    "WASHINGTON (Reuters) - The U.S. State Department said on Monday that talks would resume.\n\n"
    '"We are ready," spokesman Ned Price told reporters.'
)


def codes(article) -> list[str]:
    return [w.code for w in article.warnings]


def test_extract_returns_a_record_with_speakers():
    rec = communique.extract(WIRE, date="2022-02-14", id="wire")
    assert rec.id == "wire" and rec.published == "2022-02-14"
    assert rec.dateline.agency == "Reuters"
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert direct and rec.actor(direct[0].speaker.actor).name == "Ned Price"


def test_dateline_place_is_not_an_actor():
    rec = communique.extract(WIRE, id="wire")
    for actor in rec.actors:
        assert any(m.span[0] >= rec.dateline.span[1] for m in actor.mentions), actor.name
    assert [a.id for a in rec.actors] == [f"A{n}" for n in range(1, len(rec.actors) + 1)]
    for quote in rec.quotes:
        if quote.speaker and quote.speaker.actor:
            assert rec.actor(quote.speaker.actor) is not None


def test_empty_article_gives_a_warning_not_an_error():
    rec = communique.extract("   \n", id="empty")
    assert rec.quotes == [] and "CQ103" in codes(rec)


def test_long_article_is_cut_with_a_warning_and_spans_stay_true():
    extractor = Extractor(max_chars=2_000)
    text = (WIRE + "\n\n") * 40
    rec = extractor.extract(text, id="long")
    assert "CQ104" in codes(rec)
    assert rec.quotes
    for q in rec.quotes:
        assert q.span[1] <= 2_000
        assert text[q.span[0] : q.span[1]] == q.text


def test_an_article_over_the_token_limit_is_cut_at_a_line_end_with_a_warning():
    text = (WIRE + "\n\n") * 20
    extractor = Extractor(max_tokens=200)
    tokens = len(extractor.nlp.make_doc(text))
    assert tokens > 200 and len(text) < extractor.max_chars
    rec = extractor.extract(text, id="many-tokens")
    cut = [w for w in rec.warnings if w.code == "CQ110"]
    assert len(cut) == 1 and "CQ104" not in codes(rec)
    analysed = int(cut[0].message.split("only the first ")[1].split(" ")[0].replace(",", ""))
    assert f"{len(text):,} characters and {tokens:,} tokens" in cut[0].message
    assert "the limit is 200 tokens" in cut[0].message
    assert text[:analysed].endswith(("\n", ". ", '." ')) and analysed < len(text)
    assert len(extractor.nlp.make_doc(text[:analysed])) <= 200
    assert rec.quotes
    for item in [*rec.quotes, *(m for a in rec.actors for m in a.mentions)]:
        assert item.span[1] <= analysed
        assert text[item.span[0] : item.span[1]] == item.text


def test_an_article_under_both_limits_is_analysed_whole():
    text = (WIRE + "\n\n") * 3
    tokens = len(spacy.blank("en").make_doc(text))
    assert analysed_part(text, len(text), tokens, spacy.blank("en").make_doc) == (len(text), None)
    rec = Extractor(max_tokens=tokens, max_chars=len(text)).extract(text, id="whole")
    assert not {"CQ104", "CQ110"} & set(codes(rec))
    whole = Extractor().extract(text, id="whole")
    assert [q.span for q in rec.quotes] == [q.span for q in whole.quotes]


def test_a_short_text_is_not_tokenized_to_count_its_tokens():
    def tokenize(text: str) -> Doc:
        raise AssertionError("a text of at most max_tokens characters cannot be over it")

    assert analysed_part("x" * 100, 1_000, 100, tokenize) == (100, None)


def test_the_character_limit_cuts_after_a_sentence_and_says_so():
    text = "He said it was over. " * 50
    end, cut = analysed_part(text, 500, 10_000, spacy.blank("en").make_doc)
    assert cut is not None and cut.code == "CQ104"
    assert end <= 500 and text[:end].endswith("over. ")
    assert f"only the first {end:,} were analysed" in cut.message
    assert "the limit is 500 characters" in cut.message


def test_a_cut_prefers_the_latest_line_or_sentence_end_and_falls_back_to_the_limit():
    assert cut_before("one line\ntwo. three", 19) == 14  # after "two. ", later than the newline
    assert cut_before("one line\ntwo three", 18) == 9  # no sentence end: after the newline
    assert cut_before("words without ends", 16) == 14  # no line or sentence end: a space
    assert cut_before("x" * 50, 30) == 30  # no whitespace at all: the limit itself


def test_pieces_join_back_to_the_text():
    text = ("A line of words.\n" * 50) + ("x" * 300) + " tail"
    pieces = split_for_parsing(text, limit=120)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 120 for _, p in pieces)
    assert [o for o, _ in pieces] == [
        sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))
    ]


def test_batches_are_bounded_in_texts_and_in_tokens():
    nlp = spacy.blank("en")
    docs = [(nlp.make_doc(" ".join(["word"] * n)), k) for k, n in enumerate([3, 3, 3, 9, 2, 20, 1])]
    batches = list(token_batches(docs, batch_size=2, max_tokens=10))
    assert [[k for _, k in b] for b in batches] == [[0, 1], [2], [3], [4], [5], [6]]
    # a Doc over the token bound goes alone; nothing is dropped or reordered
    wide = list(token_batches(docs, batch_size=10, max_tokens=10))
    assert [[k for _, k in b] for b in wide] == [[0, 1, 2], [3], [4], [5], [6]]
    assert list(token_batches([], batch_size=2)) == []


def test_text_over_the_chunk_size_keeps_offsets(monkeypatch):
    monkeypatch.setattr(nlp_mod, "CHUNK_CHARS", 500)
    text = (WIRE + "\n\n") * 12
    pieces = split_for_parsing(text, limit=500)
    assert len(pieces) > 1
    merged = []
    real_merge = pipeline_mod._merge
    monkeypatch.setattr(
        pipeline_mod, "_merge", lambda chunks: merged.append(len(chunks)) or real_merge(chunks)
    )
    rec = next(Extractor().extract_many([Document(id="c", text=text)]))
    assert merged and merged[0] == len(pieces)  # the article really went through in pieces
    assert len([q for q in rec.quotes if q.kind == "direct"]) == 12
    for q in rec.quotes:
        assert text[q.span[0] : q.span[1]] == q.text


def test_control_characters_and_non_english_are_reported():
    rec = communique.extract("He said \x00\x07 nothing.", id="ctl")
    assert "CQ106" in codes(rec)
    german = " ".join(["Die Regierung hat heute beschlossen, neue Sanktionen zu verhängen."] * 8)
    assert "CQ105" in codes(communique.extract(german, id="de"))


def test_batch_keeps_order_and_survives_odd_documents():
    docs = [
        Document(id="a", text=WIRE),
        Document(id="b", text=""),
        Document(id="c", text='"' * 999),
        Document(id="d", text=WIRE),
    ]
    records = list(Extractor().extract_many(docs))
    assert [r.id for r in records] == ["a", "b", "c", "d"]
    assert records[0].quotes and records[3].quotes


def test_spacy_components():
    nlp = spacy.load(nlp_mod.default_model_name())
    communique.add_pipes(nlp)
    doc = nlp(WIRE)
    assert any(a.name == "Ned Price" for a in doc._.actors)
    assert any(q.kind == "direct" for q in doc._.quotes)
    assert isinstance(doc._.communique_warnings, list)
    assert not [a for a in doc._.actors if all(m.span[1] <= 22 for m in a.mentions)]


_odd_text = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(['"', "“", "”", "«", "»", "‘", "’", "\n\n", "\x00", "\x1b", "\u202e", ":"]),
        st.sampled_from(["said", " ", "According to ", "the minister", "Mr. Smith", "."]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_odd_text)
def test_no_input_makes_extract_raise(text):
    rec = communique.extract(text, id="fuzz")
    for q in rec.quotes:
        assert 0 <= q.span[0] <= q.span[1] <= len(text)
        assert text[q.span[0] : q.span[1]] == q.text
    for a in rec.actors:
        for m in a.mentions:
            assert text[m.span[0] : m.span[1]] == m.text


def test_five_megabyte_article_does_not_raise():
    text = ('Der Minister sagte: "Nein." ' * 40 + "\n") * 4_600
    assert len(text) > 5_000_000
    extractor = Extractor(max_chars=20_000)
    rec = extractor.extract(text, id="huge")
    assert "CQ104" in codes(rec)


def test_relative_dates_without_a_publication_date_are_reported():
    rec = communique.extract("Russian forces attacked the city on Tuesday.", id="nodate")
    assert rec.published is None
    assert "CQ107" in codes(rec)
    assert all(e.date is None for e in rec.events)
    dated = communique.extract("Russian forces attacked the city on Tuesday.", date="2022-02-18")
    assert "CQ107" not in codes(dated)


def test_every_actor_id_in_quotes_and_events_exists():
    text = (
        "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign "
        "Minister Wang Yi in Rome on Sunday. Blinken urged China to stop supplying Russia.\n\n"
        '"We will watch closely," Blinken told reporters.'
    )
    rec = communique.extract(text, date="2022-03-14")
    ids = {a.id for a in rec.actors}
    assert rec.events and rec.quotes
    for event in rec.events:
        for part in (*event.actor, *event.recipient):
            assert part.actor_id is None or part.actor_id in ids, part
    for quote in rec.quotes:
        for party in (quote.speaker, quote.addressee):
            assert party is None or party.actor is None or party.actor in ids


def test_extract_many_takes_texts_mappings_and_documents():
    mapping = {
        "id": 17,
        "text": WIRE,
        "title": "Talks",
        "date": "February 14, 2022",
        "url": "https://example.org/a",
        "source": "Wire",
    }
    records = list(
        Extractor().extract_many(
            [WIRE, mapping, Document(id="doc", text=WIRE, date="2022-02-15"), {"text": WIRE}],
            date="2022-02-20",
        )
    )
    assert [r.id for r in records] == ["text-1", "17", "doc", "text-4"]
    plain, mapped, document, bare = records
    assert (plain.published, plain.published_reason) == ("2022-02-20", "given")
    assert (mapped.title, mapped.url, mapped.source) == ("Talks", "https://example.org/a", "Wire")
    assert (mapped.published, mapped.published_reason) == ("2022-02-14", "metadata")
    assert document.published == "2022-02-15"
    # The same text gives the same findings, whatever form it came in.
    assert plain.quotes == mapped.quotes == document.quotes == bare.quotes
    assert plain.quotes


def test_extract_takes_the_same_forms():
    by_text = communique.extract(WIRE, id="w", date="2022-02-14")
    by_mapping = communique.extract({"id": "w", "text": WIRE}, date="2022-02-14")
    by_document = communique.extract(Document(id="x", text=WIRE), id="w", date="2022-02-14")
    assert by_text == by_mapping == by_document
    bad_date = communique.extract({"text": WIRE, "date": "someday"})
    assert "CQ108" in codes(bad_date) and bad_date.published is None


@pytest.mark.parametrize(
    ("item", "what"),
    [
        (42, "an int"),
        (b"bytes", "a bytes"),
        (None, "a NoneType"),
        ({"title": "no text"}, "no 'text'"),
        ({"text": 3}, "an int as 'text'"),
    ],
)
def test_anything_else_is_a_coded_error(item, what):
    with pytest.raises(CommuniqueError) as info:
        list(Extractor().extract_many([item]))
    assert info.value.code == "CQ324" and what in str(info.value)
    with pytest.raises(CommuniqueError):
        communique.extract(item)


def test_each_doc_is_freed_when_its_record_is_made():
    # The actor index on a Doc refers back to the Doc; a long batch must not wait for the
    # garbage collector to free what it has finished with.
    def live_docs() -> int:
        return sum(1 for o in gc.get_objects() if isinstance(o, Doc))

    extractor = Extractor()
    gc.collect()
    gc.disable()
    try:
        before = live_docs()
        records = list(extractor.extract_many([WIRE] * 5))
        after = live_docs()
    finally:
        gc.enable()
    assert len(records) == 5 and records[0].quotes
    assert after == before
