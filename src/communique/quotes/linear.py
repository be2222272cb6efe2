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
from dataclasses import dataclass

import numpy as np

#: Hashed feature buckets per model; collisions among ~10^5 distinct strings are rare.
BUCKETS = 1 << 18


def feature_ids(features: Iterable[str], buckets: int = BUCKETS) -> np.ndarray:
    """Stable bucket ids of feature strings."""
    return np.fromiter((zlib.crc32(f.encode("utf-8")) % buckets for f in features), dtype=np.int64)


@dataclass(slots=True)
class LinearModel:
    """score(x) = sparse · w + dense · v + b."""

    sparse: np.ndarray  # (buckets,) float32
    dense: np.ndarray  # (width,) float32
    bias: float

    def score(self, ids: np.ndarray, dense: np.ndarray | None) -> float:
        total = float(self.sparse[ids].sum()) + self.bias
        if dense is not None and self.dense.size:
            total += float(dense @ self.dense)
        return total

    def scores(self, batch: Sequence[tuple[np.ndarray, np.ndarray | None]]) -> np.ndarray:
        """Scores of many examples at once (one dense matrix product)."""
        if not batch:
            return np.zeros(0, dtype=np.float32)
        out = np.fromiter(
            (float(self.sparse[ids].sum()) for ids, _ in batch), dtype=np.float32, count=len(batch)
        )
        if self.dense.size:
            dense = np.stack(
                [d if d is not None else np.zeros(self.dense.size, np.float32) for _, d in batch]
            )
            out += dense @ self.dense
        return out + self.bias

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The model as named arrays (float16: the weights are small and ship in the package)."""
        return {
            f"{prefix}.sparse": self.sparse.astype(np.float16),
            f"{prefix}.dense": self.dense.astype(np.float16),
            f"{prefix}.bias": np.array([self.bias], dtype=np.float32),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str) -> LinearModel:
        return cls(
            sparse=arrays[f"{prefix}.sparse"].astype(np.float32),
            dense=arrays[f"{prefix}.dense"].astype(np.float32),
            bias=float(arrays[f"{prefix}.bias"][0]),
        )


def sigmoid(x: np.ndarray | float) -> np.ndarray | float:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
