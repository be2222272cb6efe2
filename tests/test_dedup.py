"""Near-identical wire copies are linked to the first copy; different stories never are."""

from __future__ import annotations

import random
from pathlib import Path

from communique.corpus.dedup import NearDuplicateIndex, signature
from communique.samples import __file__ as samples_init

STORY = (Path(samples_init).parent / "munich_talks.txt").read_text(encoding="utf-8")


def edited(text: str, n: int, seed: int = 7) -> str:
    words = text.split()
    rng = random.Random(seed)
    for i in rng.sample(range(len(words)), n):
        words[i] = "changed" + words[i]
    return " ".join(words)


def test_wire_copy_with_other_agency_links_to_first_copy():
    index = NearDuplicateIndex()
    assert index.add("first", signature(STORY)) is None
    copy = STORY.replace("Reuters", "AP").replace("Monday", "Tuesday")
    link = index.add("copy", signature(copy))
    assert link is not None and link.of == "first" and link.similarity > 0.9
    # A copy of the copy still points at the story's first copy.
    link = index.add("copy2", signature(edited(copy, 5)))
    assert link is not None and link.of == "first"


def test_rewritten_or_unrelated_texts_are_not_linked():
    index = NearDuplicateIndex()
    index.add("first", signature(STORY))
    assert index.add("rewritten", signature(edited(STORY, 80))) is None
    other = " ".join(reversed(STORY.split()))  # same words, other sentences
    assert index.add("other", signature(other)) is None


def test_short_texts_have_no_signature_and_never_link():
    assert signature("Putin spoke.") is None
    index = NearDuplicateIndex()
    assert index.add("a", None) is None and len(index) == 0


def test_signatures_survive_a_round_trip_through_the_store():
    sig = signature(STORY)
    assert isinstance(sig, bytes) and sig == signature(STORY)  # fixed seed: stable across runs
    index = NearDuplicateIndex()
    index.load([("stored", sig, None)])
    link = index.add("new", signature(edited(STORY, 3)))
    assert link is not None and link.of == "stored"


def test_a_first_copy_stored_after_its_near_copy_stays_the_root():
    # A resumed run re-analyses an interrupted first copy after its copies were stored.
    index = NearDuplicateIndex()
    index.load([("copy", signature(edited(STORY, 3)), "first")])
    assert index.add("first", signature(STORY)) is None
    link = index.add("later", signature(edited(STORY, 4, seed=3)))
    assert link is not None and link.of == "first"


def _corpus_texts() -> list[str]:
    """The bundled samples and, when ../shared is there, PolNeAR dev's 84 articles."""
    samples = Path(samples_init).parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.rglob("*.txt"))]
    polnear = Path(__file__).parents[1] / ".." / "shared/data/polnear/data/dev/text"
    texts += [p.read_text(encoding="utf-8") for p in sorted(polnear.glob("*.txt"))]
    return texts


def test_signatures_bands_and_links_equal_datasketch_on_the_test_corpus():
    """The NumPy MinHash is datasketch's affine32 bit for bit (stores written with
    datasketch stay comparable), and its LSH links the same copies."""
    datasketch = __import__("pytest").importorskip("datasketch")
    from communique.corpus.dedup import _SEED, NUM_PERM, THRESHOLD, _shingles, bands

    texts = _corpus_texts()
    rng = random.Random(3)
    # Near copies at every distance around the threshold, and unrelated texts.
    texts += [edited(t, rng.randrange(1, 60), seed=i) for i, t in enumerate(texts)]
    reference = datasketch.MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert bands(THRESHOLD, NUM_PERM) == (reference.b, reference.r)
    ours, theirs = NearDuplicateIndex(), {}
    compared = 0
    for n, text in enumerate(texts):
        shingles = _shingles(text)
        sig = signature(text)
        if not shingles:
            assert sig is None
            continue
        mh = datasketch.MinHash(num_perm=NUM_PERM, seed=_SEED, scheme="affine32")
        mh.update_batch(shingles)
        assert sig == mh.hashvalues.astype("<u8").tobytes()
        compared += 1
        # The reference decision: the most similar candidate at or over the threshold.
        found = [(mh.jaccard(theirs[o]), o) for o in reference.query(mh)]
        best = max((f for f in found if f[0] >= THRESHOLD), default=None)
        link = ours.add(str(n), sig)
        assert (link.similarity if link else None) == (round(best[0], 3) if best else None)
        reference.insert(str(n), mh)
        theirs[str(n)] = mh
    assert compared >= 20
