"""Near-identical copies: the same wire story re-run with small edits.

GDELT's best-known flaw is counting one story many times because twenty
outlets re-ran it. Exact copies share a content hash (:func:`content_hash`)
and are stored once; this module links the *near* copies (a changed agency
line, a re-worded paragraph) so counts can be taken once per story.

Each article gets a MinHash signature of its word 3-shingles (datasketch);
an LSH index finds earlier articles whose estimated Jaccard similarity is at
least :data:`THRESHOLD`, and the new article is linked to the first stored
copy of that story. Decisions are made in input order by one process (the
ingest coordinator, or the Dask client), so a run is deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch is imported where it is used: it takes about 0.4 s to import
# (it pulls in SciPy), and every command that only reads a store would pay it.

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
#: Fixed seed and permutation scheme: signatures stored by one run must compare
#: with the next run's (datasketch 2 refuses to guess the scheme of stored values).
_SEED = 20221
_SCHEME = "affine32"


def _shingles(text: str) -> list[bytes]:
    words = _WORD_RE.findall(text.lower())
    if len(words) < MIN_WORDS:
        return []
    return [
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    ]


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text as bytes (for the store), or None if too short."""
    shingles = _shingles(text)
    if not shingles:
        return None
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    mh.update_batch(shingles)
    return mh.hashvalues.astype("<u8").tobytes()


def _minhash(sig: bytes) -> MinHash:
    from datasketch import MinHash

    values = np.frombuffer(sig, dtype="<u8").astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=values)


@dataclass(frozen=True, slots=True)
class Link:
    """An article found to be a near copy of ``of`` with estimated ``similarity``."""

    of: str
    similarity: float


class NearDuplicateIndex:
    """Signatures of stored articles; :meth:`add` links a new one to its first copy."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}
        self._root: dict[str, str] = {}  # article → the first copy of its story

    def __len__(self) -> int:
        return len(self._hashes)

    def load(self, rows: Iterable[tuple[str, bytes | None, str | None]]) -> None:
        """Index stored articles: (article_id, signature, near_duplicate_of) in store order."""
        for article_id, sig, of in rows:
            if sig is None or article_id in self._hashes:
                continue
            self._insert(article_id, _minhash(sig), of)

    def add(self, article_id: str, sig: bytes | None) -> Link | None:
        """Index a new article; return its link if it is a near copy of an earlier one.

        The link points at the earliest stored copy of the story (the root), so
        a chain of small edits still counts as one story. Copies already linked
        to ``article_id`` itself are passed over: a resumed run may store a
        story's first copy after its near copies, and it must stay the root.
        """
        if sig is None or article_id in self._hashes:
            return None
        mh = _minhash(sig)
        best: tuple[float, str] | None = None
        for other in self._lsh.query(mh):
            if self._root.get(other) == article_id:
                continue
            similarity = mh.jaccard(self._hashes[other])
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, other)
        link = None
        if best is not None:
            link = Link(of=self._root.get(best[1], best[1]), similarity=round(best[0], 3))
        self._insert(article_id, mh, link.of if link else None)
        return link

    def _insert(self, article_id: str, mh: MinHash, of: str | None) -> None:
        self._hashes[article_id] = mh
        self._root[article_id] = of or article_id
        self._lsh.insert(article_id, mh)
