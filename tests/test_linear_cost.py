"""Cost that grows linearly with the text, counted rather than timed.

Timings on a shared machine are noise; how often the analysis reads a whole
Doc is not. Each read of ``Doc.ents``, ``Doc.sents`` or ``Doc.text`` visits
every token, and each ``Token.is_sent_start`` assignment scans the Doc for a
parse, so when the number of such reads grows with the number of events,
quotes or sentences, the cost grows with the square of the text. These tests
count the reads with cProfile (spaCy's compiled properties report to it) on a
text and on the same text four times over. ``benchmarks/scaling.py`` measures
the seconds.
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path

import pytest

from communique import nlp as nlp_mod
from communique.pipeline import Extractor

SAMPLES = Path(__file__).resolve().parents[1] / "src/communique/samples/corpus"

Key = tuple[str, int, str]


def _calls(run: Callable[[], object]) -> dict[Key, int]:
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    return {key: value[1] for key, value in pstats.Stats(profile).stats.items()}  # type: ignore[attr-defined]


def _getter(read: Callable[[], object]) -> Key:
    """The profiler's key of the one property getter ``read`` calls."""
    getters = [k for k in _calls(read) if k[2] == "__get__" and k[0].endswith("doc.pyx")]
    assert len(getters) == 1, getters
    return getters[0]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def whole_doc_reads(extractor: Extractor) -> dict[str, Key]:
    doc = extractor.nlp("Lavrov met Blinken in Geneva on Friday.\nNo deal was reached.")
    return {
        "Doc.ents": _getter(lambda: doc.ents),
        "Doc.sents": _getter(lambda: list(doc.sents)),
        "Doc.text": _getter(lambda: doc.text),
    }


def _news(copies: int) -> str:
    """Sample articles with many events, quotes and dates, ``copies`` times over."""
    names = ("01-kremlin-denies-attack-plans.txt", "05-wang-yi-lavrov-talks.txt")
    one = "\n\n".join((SAMPLES / name).read_text(encoding="utf-8") for name in names)
    return "\n\n".join([one] * copies)


def test_whole_doc_reads_do_not_grow_with_events_and_quotes(extractor, whole_doc_reads):
    def reads(copies: int) -> tuple[dict[str, int], int]:
        record = None

        def run() -> None:
            nonlocal record
            record = extractor.extract(_news(copies), date="2022-02-18")

        calls = _calls(run)
        assert record is not None
        found = len(record.events) + len(record.quotes)
        return {name: calls.get(key, 0) for name, key in whole_doc_reads.items()}, found

    small, found_small = reads(1)
    large, found_large = reads(4)
    assert found_small >= 10 and found_large >= 4 * found_small - 4
    # A read per article is fine; a read per event, quote or sentence is not.
    for name in ("Doc.ents", "Doc.text"):
        assert large[name] <= small[name] + 2, (name, small[name], large[name])
    # Doc.sents is a generator: the profiler counts each sentence it yields, so
    # reading it once per article yields four times as many sentences, not 16.
    assert large["Doc.sents"] <= 4 * small["Doc.sents"] + 4, (small, large)


def test_sentence_marking_scans_the_doc_a_fixed_number_of_times(extractor):
    nlp = extractor.nlp

    def scans(lines: int) -> int:
        doc = nlp.make_doc("He said so.\n" * lines)
        calls = _calls(lambda: nlp_mod.mark_sentence_starts(doc))
        return sum(n for key, n in calls.items() if key[2] == "has_annotation")

    assert scans(400) <= scans(100) + 1


def test_sentence_marking_marks_what_the_layout_says(extractor):
    nlp = extractor.nlp
    text = 'MUNICH, Feb. 18 (Wire) - Talks began.\nHeading\n"We agree." She left. "Yes," he said.'
    doc = nlp_mod.mark_sentence_starts(nlp.make_doc(text))
    starts = {t.text for t in doc if t.is_sent_start}
    assert {"Talks", "Heading", "She"} <= starts
    # A closing mark after final punctuation ends the sentence; it does not start the next.
    closing = doc.char_span(text.index('."') + 1, text.index('."') + 2)
    assert closing is not None and closing[0].is_sent_start is False


def test_the_models_get_a_bounded_number_of_tokens_at_once(extractor, monkeypatch):
    """The models' working memory grows with the tokens of one batch (about 15 KB each): a text
    of one-letter lines, a token a character, is handed over in bounded batches and the record
    still covers the whole text."""
    tok2vec = extractor.nlp.get_pipe("tok2vec")
    seen: list[int] = []
    predict = tok2vec.predict

    def counting(docs):
        seen.append(sum(len(doc) for doc in docs))
        return predict(docs)

    monkeypatch.setattr(tok2vec, "predict", counting)
    monkeypatch.setattr(extractor, "max_tokens", 100_000)  # the whole text is analysed
    text = "a\n" * 40_000  # 80,000 tokens, under the character limit of one piece before
    article = extractor.extract(text)
    assert sum(seen) == 80_000 and len(seen) > 1
    assert max(seen) <= nlp_mod.BATCH_TOKENS + nlp_mod.CHUNK_CHARS
    assert article.text == text


def _longest_run(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def test_the_tokenizer_never_gets_a_long_run_without_whitespace_whole(extractor, monkeypatch):
    """spaCy's tokenizer peels affixes off a run one at a time, each with a search over the rest
    of the run: its cost grows with the square of the run (20,000 ``&`` took 37 s of CPU, a text
    of 300,000 would take hours). Long runs reach it in pieces of at most ``MAX_RUN``, for the
    token count and for the parse alike, and the record still covers the whole text."""
    from communique.long_runs import MAX_RUN

    tokenizer = extractor.nlp.tokenizer
    calls: list[int] = []

    def watched(text: str):
        # Checked before the call: a run given whole would take minutes to fail.
        assert _longest_run(text) <= MAX_RUN, f"a run of {_longest_run(text):,} given whole"
        calls.append(len(text))
        return tokenizer(text)

    monkeypatch.setattr(extractor.nlp, "tokenizer", watched)
    text = "Lavrov said talks failed. " + "&!?" * 20_000 + " Blinken left."
    article = extractor.extract(text)
    assert calls and article.text == text


def test_a_long_run_is_tokenized_as_the_tokenizer_would(extractor):
    from communique.long_runs import MAX_RUN, make_doc

    nlp = extractor.nlp
    for text in (
        "He said " + "&" * (3 * MAX_RUN + 7) + " and left.",
        "&" * (2 * MAX_RUN) + "  twice spaced",
        "News text with no long run keeps its tokens: U.S. officials didn't agree.",
    ):
        doc, plain = make_doc(nlp, text), nlp.make_doc(text)
        assert doc.text == text
        assert [(t.text, t.whitespace_) for t in doc] == [(t.text, t.whitespace_) for t in plain]


def test_quoted_fragments_with_no_cue_are_not_each_scanned_back_to_the_sentence_start(extractor):
    """A run of apostrophes is one sentence of thousands of quotation regions, none linked to a
    cue by the parse. Looking back from every region to the sentence start for the nearest verb
    of saying read a number of tokens in the square of the run (10,000 apostrophes: 40 of 44 s
    of CPU); read once per sentence, the verbs checked grow with the run: one check a token,
    and a dozen at most a region for the climb from its words to a cue."""

    def checks(marks: int) -> int:
        text = "Kerry said Iran lied. " + "'" * marks
        calls = _calls(lambda: extractor.extract(text))
        return sum(n for key, n in calls.items() if key[2] == "_mixed_cue")

    for marks in (1_000, 4_000):  # 82,009 and 1,325,404 checks when scanned back
        assert 0 < checks(marks) <= 4 * marks, marks


def test_the_nearest_cue_read_once_is_the_one_a_scan_back_finds(extractor):
    from communique.quotes import finder, grammar
    from communique.spans import sentence_of

    doc = extractor.nlp(
        "Lavrov told reporters the plan was 'a provocation', and Blinken said the talks "
        "were 'serious' and 'useful', while officials believed it was 'over'."
    )
    fallback = finder._FallbackCues(doc)
    found = 0
    for token in doc:
        sent = sentence_of(token)
        scanned = next(
            (
                t
                for t in reversed(doc[sent.start : token.i])
                if finder._mixed_cue(t) and grammar.subject_of(t) is not None
            ),
            None,
        )
        assert fallback.nearest_before(sent, token.i) == scanned, token.i
        found += scanned is not None
    assert found > 10


def test_an_actor_mentioned_thousands_of_times_is_not_reread_at_each_mention(extractor):
    """Every mention of an actor codes it again; reading the words of all its mentions each
    time (is one from elsewhere, is one a title) cost the square of their number: 4,000
    "Kerry said" took 80 of 113 s. The tallies are kept as mentions are added."""

    def splits(mentions: int) -> int:
        text = " ".join("Kerry said 'good'" for _ in range(mentions)) + "."
        calls = _calls(lambda: extractor.extract(text))
        return sum(n for key, n in calls.items() if key[2] == "<method 'split' of 'str' objects>")

    small, large = splits(250), splits(1_000)  # 65,374 and 1,011,004 when reread
    assert small > 0 and large <= 5 * small, (small, large)


def test_an_actor_described_thousands_of_times_is_not_reread_for_partners(extractor):
    """An actor named by descriptions only looks for coordinated state bodies ("the Philippine
    government and communist rebels") at each mention; at every mention it has, that was the
    square of their number (2,000 "The minister said ...": 35 of 52 s). Only mentions whose
    head has conjuncts can have such partners, and they are kept as they are added."""

    def looks(mentions: int) -> int:
        text = " ".join("The minister said talks failed." for _ in range(mentions))
        calls = _calls(lambda: extractor.extract(text))
        return sum(n for key, n in calls.items() if key[2] == "_coordinated_states")

    assert looks(250) <= 250 and looks(1_000) <= 1_000  # 31,625 at 250 when reread


def test_an_actor_described_thousands_of_times_is_not_reread_for_a_name(extractor):
    """Whether an actor is referred to by descriptions only is asked at each of its mentions;
    reading the words of all its mentions for a name each time cost the square of their
    number (2,000 "The minister said ...": 5.4 of 52 s). Mentions that name it are counted as
    they are added."""

    def splits(mentions: int) -> int:
        text = " ".join("The minister said talks failed." for _ in range(mentions))
        calls = _calls(lambda: extractor.extract(text))
        return sum(n for key, n in calls.items() if key[2] == "<method 'split' of 'str' objects>")

    small, large = splits(250), splits(1_000)
    assert small > 0 and large <= 5 * small, (small, large)


def test_a_person_titled_thousands_of_times_is_not_looked_up_again_for_each_title(extractor):
    """A person with an office title and no dictionary entry is looked up as the title's
    holder at each recode; asking again for every title it had, each time, cost the square
    of their number (2,000 headline-like lines "Minister Rejects Plan For Talks N": 26 of 49
    s). A title looked up under the same name is not asked again."""

    def asked(lines: int) -> int:
        text = "\n".join(f"Minister Rejects Plan For Talks {n}" for n in range(lines))
        calls = _calls(lambda: extractor.extract(text))
        return sum(n for key, n in calls.items() if key[2] == "office_holder")

    small, large = asked(100), asked(400)  # 99 and 376; 5,049 and 71,252 when asked again
    assert small > 0 and large <= 5 * small, (small, large)


def test_events_inside_mixed_quotations_do_not_each_read_the_whole_text(extractor, whole_doc_reads):
    """Whether an event of a mixed quotation stands inside its marks is looked up in the
    quotation regions kept on the Doc: no event joins the Doc's text again."""
    sentence = (
        'The minister said the rebels had "attacked the convoy and killed two drivers" '
        "near the border.\n"
    )

    def reads(copies: int) -> tuple[int, int]:
        record = None

        def run() -> None:
            nonlocal record
            record = extractor.extract(sentence * copies, date="2022-02-18")

        calls = _calls(run)
        assert record is not None
        mixed = sum(q.kind == "mixed" for q in record.quotes)
        return calls.get(whole_doc_reads["Doc.text"], 0), mixed

    small, mixed_small = reads(2)
    large, mixed_large = reads(20)
    assert mixed_small >= 2 and mixed_large >= 20
    assert large <= small + 2, (small, large)
