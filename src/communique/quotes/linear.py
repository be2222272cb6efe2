"""Small linear scorers over hashed sparse features and a dense vector.

The learned parts of the quote finder (which verbs are cues, where a
report's content starts and ends, who its source is) are linear models:
a weight per hashed feature string ("lemma=say|frame=clause") plus a weight
vector over dense features (the pipeline's own ``tok2vec`` output, already
computed by the parser, so reading it costs nothing). They score in
microseconds with NumPy, load in milliseconds and train in minutes on a
laptop CPU (``scripts/train_quotes.py``). Strings are hashed with CRC-32,
which is stable across processes and Python versions (``hash`` is not).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

#: Hashed feature buckets per model; collisions among ~10^5 distinct strings are rare.
BUCKETS = 1 << 18


def feature_ids(features: Iterable[str], buckets: int = BUCKETS) -> np.ndarray:
    """Stable bucket ids of feature strings."""
    # Hashed by C-level maps into np.fromiter (UTF-8 is str.encode's default): a Python loop
    # per string cost more than the hashing.
    return np.fromiter(map(zlib.crc32, map(str.encode, features)), dtype=np.int64) % buckets


def feature_ids_of(examples: Sequence[Sequence[str]], buckets: int = BUCKETS) -> list[np.ndarray]:
    """:func:`feature_ids` of each example, hashed in one pass into one array.

    A model scores a few dozen features for each of hundreds of candidates per
    article; making and reducing one small NumPy array per candidate cost more
    than hashing its strings. The ids of each example are a slice of the one array.
    """
    flat = feature_ids(chain.from_iterable(examples), buckets)
    out: list[np.ndarray] = []
    start = 0
    for feats in examples:
        out.append(flat[start : start + len(feats)])
        start += len(feats)
    return out


@dataclass(slots=True)
class LinearModel:
    """score(x) = sparse · w + dense · v + relu(dense · W + c) · u + b.

    The hidden layer over the dense vector is optional (``hidden`` empty): the
    sparse features stay linear, the contextual vector may combine non-linearly.
    """

    sparse: np.ndarray  # (buckets,) float32
    dense: np.ndarray  # (width,) float32
    bias: float
    hidden: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))  # (width, h)
    hidden_bias: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # (h,)
    out: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # (h,)

    def _dense_part(self, dense: np.ndarray) -> np.ndarray:
        total = dense @ self.dense
        if self.out.size:
            hidden = _in_calling_thread(dense, self.hidden)
            total = total + np.maximum(hidden + self.hidden_bias, 0.0) @ self.out
        return total

    def score(self, ids: np.ndarray, dense: np.ndarray | None) -> float:
        total = float(self.sparse[ids].sum()) + self.bias
        if dense is not None and self.dense.size and dense.size == self.dense.size:
            total += float(self._dense_part(dense))
        return total

    def scores(self, batch: Sequence[tuple[np.ndarray, np.ndarray | None]]) -> np.ndarray:
        """Scores of many examples at once (one dense matrix product)."""
        if not batch:
            return np.zeros(0, dtype=np.float32)
        out = self._sparse_totals([ids for ids, _ in batch])
        if self.dense.size:
            # A missing vector, or one of another width (a pipeline whose tok2vec differs from
            # the one trained with), counts as no context rather than failing.
            width = self.dense.size
            zeros = np.zeros(width, np.float32)
            dense = np.stack([d if d is not None and d.size == width else zeros for _, d in batch])
            out += self._dense_part(dense)
        return out + self.bias

    def scores_of_rows(
        self, ids: Sequence[np.ndarray], dense: np.ndarray, rows: Sequence[int] | None = None
    ) -> np.ndarray:
        """:meth:`scores` of examples whose dense vectors are the rows of one float32 matrix.

        The same sums: the rows are used as they are instead of being split apart and stacked
        again (NumPy's stack cost about a microsecond and a half per example, and the cue model
        scores thousands of candidates per batch of articles).

        ``rows``: the examples are these rows of ``dense`` only (``ids`` in their order). The
        dense part is still worked out over the whole matrix, so each score is bit for bit the
        one it has when every row is scored (BLAS blocks a product by rows, and the blocking
        moves a row's last bits).
        """
        wanted = len(dense) if rows is None else len(rows)
        if wanted != len(ids):
            raise ValueError(f"{len(ids)} examples but {wanted} dense rows")
        if not len(ids):
            return np.zeros(0, dtype=np.float32)
        out = self._sparse_totals(ids)
        if self.dense.size:
            width = self.dense.size
            if dense.ndim != 2 or dense.shape[1] != width:
                dense = np.zeros((len(dense), width), np.float32)  # no context, as in scores
            part = self._dense_part(np.ascontiguousarray(dense, dtype=np.float32))
            out += part if rows is None else part[np.asarray(rows, dtype=np.intp)]
        return out + self.bias

    def _sparse_totals(self, ids: Sequence[np.ndarray]) -> np.ndarray:
        """The sparse weights of each example's ids summed, float32, as :meth:`score` sums them.

        Examples with the same number of ids are stacked into one matrix and summed along
        its rows in one call. NumPy sums each row of a C-ordered matrix exactly as it sums a
        one-dimensional array of that length (pairwise, in float32), so each total is bit
        for bit ``self.sparse[ids].sum()``, with a NumPy call per length rather than per
        example. Padding rows to one length would change that summation order.
        """
        out = np.empty(len(ids), dtype=np.float32)
        by_length: dict[int, list[int]] = {}
        for k, row in enumerate(ids):
            by_length.setdefault(len(row), []).append(k)
        for length, members in by_length.items():
            if length == 0:
                out[members] = 0.0
                continue
            # the same matrix np.stack makes, without its checks of each row (most of its cost)
            rows = np.concatenate([ids[k] for k in members]).reshape(len(members), length)
            out[members] = self.sparse[rows].sum(axis=1)
        return out

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The model as named arrays (float16: the weights are small and ship in the package)."""
        return {
            f"{prefix}.sparse": self.sparse.astype(np.float16),
            f"{prefix}.dense": self.dense.astype(np.float16),
            f"{prefix}.bias": np.array([self.bias], dtype=np.float32),
            f"{prefix}.hidden": self.hidden.astype(np.float16),
            f"{prefix}.hidden_bias": self.hidden_bias.astype(np.float32),
            f"{prefix}.out": self.out.astype(np.float32),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str) -> LinearModel:
        return cls(
            sparse=arrays[f"{prefix}.sparse"].astype(np.float32),
            dense=arrays[f"{prefix}.dense"].astype(np.float32),
            bias=float(arrays[f"{prefix}.bias"][0]),
            hidden=arrays.get(f"{prefix}.hidden", np.zeros((0, 0))).astype(np.float32),
            hidden_bias=arrays.get(f"{prefix}.hidden_bias", np.zeros(0)).astype(np.float32),
            out=arrays.get(f"{prefix}.out", np.zeros(0)).astype(np.float32),
        )


#: Multiply-adds up to which OpenBLAS (NumPy's BLAS) computes a matrix product in the calling
#: thread (its SMP_THRESHOLD_MIN times GEMM_MULTITHREAD_THRESHOLD).
SINGLE_THREAD_PRODUCT = 65_536 * 4


def _in_calling_thread(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b``, a 2-D ``a`` in blocks of rows small enough for BLAS to keep in this thread.

    A larger product wakes BLAS's thread pool, whose start and spinning cost far more than these
    small products on a machine whose cores the parser already keeps busy (the scores of a
    document's candidate cues took ten times as long that way)."""
    rows = max(1, SINGLE_THREAD_PRODUCT // max(1, b.shape[0] * b.shape[1]))
    if a.ndim < 2 or len(a) <= rows:
        return a @ b
    return np.concatenate([a[i : i + rows] @ b for i in range(0, len(a), rows)])


def sigmoid(x: np.ndarray | float) -> np.ndarray | float:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
