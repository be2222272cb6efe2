"""Near-identical copies: the same wire story re-run with small edits.

GDELT's best-known flaw is counting one story many times because twenty
outlets re-ran it. Exact copies share a content hash (:func:`content_hash`)
and are stored once; this module links the *near* copies (a changed agency
line, a re-worded paragraph) so counts can be taken once per story.

Each article gets a MinHash signature of its word 3-shingles; an LSH index
(banding) finds earlier articles whose estimated Jaccard similarity is at
least :data:`THRESHOLD`, and the new article is linked to the first stored
copy of that story. Decisions are made in input order by one process (the
ingest coordinator, or the Dask client), so a run is deterministic.

The MinHash is NumPy only. It computes datasketch's ``affine32`` scheme
exactly (SHA-1's first four bytes as the 32-bit hash of a shingle, the
MurmurHash3 finaliser as a pre-mix, then ``a * h + b`` modulo 2**32 with
parameters drawn from ``numpy.random.RandomState(seed)``), so signatures
stored by earlier versions, which used datasketch, compare with new ones;
``tests/test_dedup.py`` checks equality against datasketch on the test
corpus. datasketch itself pulls in SciPy (over 100 MB) for one integral.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

#: Permutations per signature: 128 estimates Jaccard within about ±0.09 (2σ).
NUM_PERM = 128
#: Words per shingle. Three words keep a copy with a few edited words well above
#: the threshold while two different stories on one topic stay far below it.
SHINGLE_WORDS = 3
#: Estimated Jaccard similarity from which two articles are one story.
THRESHOLD = 0.7
#: Below this many words a text has too few shingles to judge; never linked.
MIN_WORDS = 25

_WORD_RE = re.compile(r"\w+")
#: Fixed seed of the permutations: signatures stored by one run must compare with
#: the next run's.
_SEED = 20221


def _shingles(text: str) -> list[bytes]:
    words = _WORD_RE.findall(text.lower())
    if len(words) < MIN_WORDS:
        return []
    return [
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    ]


_U32 = np.uint32


@lru_cache(maxsize=4)
def permutations(num_perm: int = NUM_PERM, seed: int = _SEED) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations ``(a, b)``: ``a`` odd, both uniform 32-bit, from ``seed``."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * _U32(2) + _U32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, element-wise (multiplication wraps, as intended)."""
    h = h ^ (h >> _U32(16))
    h = h * _U32(0x85EBCA6B)
    h = h ^ (h >> _U32(13))
    h = h * _U32(0xC2B2AE35)
    return h ^ (h >> _U32(16))


def minhash(shingles: list[bytes], num_perm: int = NUM_PERM, seed: int = _SEED) -> np.ndarray:
    """The MinHash of a set of shingles: ``num_perm`` uint32 minima."""
    hashed = np.fromiter(
        (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles),
        dtype=np.uint32,
        count=len(shingles),
    )
    a, b = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        permuted = a[:, None] * _fmix32(hashed)[None, :] + b[:, None]
    return permuted.min(axis=1)


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text as bytes (for the store), or None if too short."""
    shingles = _shingles(text)
    if not shingles:
        return None
    return minhash(shingles).astype("<u8").tobytes()


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u8").astype(np.uint32)


def jaccard(one: np.ndarray, other: np.ndarray) -> float:
    """The Jaccard similarity two signatures estimate: the share of equal minima."""
    return float(np.count_nonzero(one == other)) / len(one)


def _area(ys: np.ndarray, xs: np.ndarray) -> float:
    """The trapezoid-rule area under ``ys`` over ``xs``."""
    return float(np.sum((ys[1:] + ys[:-1]) * np.diff(xs)) / 2)


@lru_cache(maxsize=8)
def bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """LSH bands ``b`` of ``r`` rows minimising false positives plus false negatives.

    Two signatures share a band with probability ``1 - (1 - s**r)**b`` at
    similarity ``s``; the (b, r) chosen weighs equally the area of that curve
    below the threshold (pairs looked at needlessly) and the area above it
    that it misses (copies never compared), as datasketch's ``MinHashLSH`` does.
    """
    below = np.linspace(0.0, threshold, 2001)
    above = np.linspace(threshold, 1.0, 2001)
    best, choice = float("inf"), (1, 1)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            false_pos = _area(1 - (1 - below**r) ** b, below)
            false_neg = _area((1 - above**r) ** b, above)
            error = 0.5 * false_pos + 0.5 * false_neg
            if error < best:
                best, choice = error, (b, r)
    return choice


@dataclass(frozen=True, slots=True)
class Link:
    """An article found to be a near copy of ``of`` with estimated ``similarity``."""

    of: str
    similarity: float


class NearDuplicateIndex:
    """Signatures of stored articles; :meth:`add` links a new one to its first copy."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        count, rows = bands(threshold, NUM_PERM)
        self._ranges = [(i * rows, (i + 1) * rows) for i in range(count)]
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in self._ranges]
        self._hashes: dict[str, np.ndarray] = {}
        self._root: dict[str, str] = {}  # article → the first copy of its story

    def __len__(self) -> int:
        return len(self._hashes)

    def load(self, rows: Iterable[tuple[str, bytes | None, str | None]]) -> None:
        """Index stored articles: (article_id, signature, near_duplicate_of) in store order."""
        for article_id, sig, of in rows:
            if sig is None or article_id in self._hashes:
                continue
            self._insert(article_id, _values(sig), of)

    def add(self, article_id: str, sig: bytes | None) -> Link | None:
        """Index a new article; return its link if it is a near copy of an earlier one.

        The link points at the earliest stored copy of the story (the root), so
        a chain of small edits still counts as one story. Copies already linked
        to ``article_id`` itself are passed over: a resumed run may store a
        story's first copy after its near copies, and it must stay the root.
        """
        if sig is None or article_id in self._hashes:
            return None
        mh = _values(sig)
        best: tuple[float, str] | None = None
        for other in self._candidates(mh):
            if self._root.get(other) == article_id:
                continue
            similarity = jaccard(mh, self._hashes[other])
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, other)
        link = None
        if best is not None:
            link = Link(of=self._root.get(best[1], best[1]), similarity=round(best[0], 3))
        self._insert(article_id, mh, link.of if link else None)
        return link

    def _candidates(self, mh: np.ndarray) -> set[str]:
        """Indexed articles sharing at least one band with ``mh``."""
        found: set[str] = set()
        for (start, end), buckets in zip(self._ranges, self._buckets, strict=True):
            found.update(buckets.get(mh[start:end].tobytes(), ()))
        return found

    def _insert(self, article_id: str, mh: np.ndarray, of: str | None) -> None:
        self._hashes[article_id] = mh
        self._root[article_id] = of or article_id
        for (start, end), buckets in zip(self._ranges, self._buckets, strict=True):
            buckets.setdefault(mh[start:end].tobytes(), []).append(article_id)
