"""Fitting the linear attribution models (used by ``scripts/train_quotes.py``).

Plain NumPy, seeded, single-threaded: mini-batch Adam on either a logistic
loss (is this token a cue?) or a softmax over the candidates of one group
(which of these spans is the content?). Sparse features update only the rows
they touch, so an epoch over a few hundred thousand examples takes seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Token

from communique.eval import polnear as P
from communique.eval.brat import AnnotatedText, Attribution
from communique.quotes import features as F
from communique.quotes.learned import none_features
from communique.quotes.linear import BUCKETS, LinearModel, feature_ids
from communique.quotes.marks import find_regions


@dataclass(slots=True)
class Examples:
    """Examples in a compact form: hashed ids (CSR), dense rows, groups and labels.

    For a binary model each example is its own group and ``labels`` is 0/1.
    For a ranking model ``groups`` numbers the examples of one decision alike
    and ``labels`` marks the right candidate of each group with 1.
    """

    ids: list[np.ndarray] = field(default_factory=list)
    dense: list[np.ndarray] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    labels: list[float] = field(default_factory=list)

    def add(self, ids: np.ndarray, dense: np.ndarray, group: int, label: float) -> None:
        self.ids.append(ids)
        self.dense.append(dense.astype(np.float32))
        self.groups.append(group)
        self.labels.append(label)

    def __len__(self) -> int:
        return len(self.labels)


def _csr(ids: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.fromiter((len(a) for a in ids), dtype=np.int64, count=len(ids))
    indptr = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    flat = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    return indptr, flat


def fit(
    examples: Examples,
    *,
    ranking: bool,
    epochs: int = 8,
    batch: int = 256,
    lr: float = 0.01,
    l2: float = 1e-6,
    seed: int = 0,
    hidden: int = 0,
    dropout: float = 0.0,
) -> LinearModel:
    """A model fitted to ``examples``; deterministic for a given seed.

    ``hidden`` > 0 adds a ReLU layer of that width over the dense vector.
    ``dropout`` zeroes that share of the dense inputs at random in each batch (scaling
    the rest up), so a wide vector does not let the model memorise its training articles.
    A ranking batch holds ``batch // 8`` groups (a group has several candidates).
    """
    rng = np.random.default_rng(seed)
    n = len(examples)
    indptr, flat = _csr(examples.ids)
    dense = np.stack(examples.dense) if n else np.zeros((0, 0), np.float32)
    width = dense.shape[1]
    labels = np.asarray(examples.labels, dtype=np.float32)
    groups = np.asarray(examples.groups, dtype=np.int64)
    # Units of shuffling: single examples, or whole groups for a ranking.
    if ranking:
        order = np.argsort(groups, kind="stable")
        groups_sorted = groups[order]
        starts = np.flatnonzero(np.r_[True, groups_sorted[1:] != groups_sorted[:-1]])
        ends = np.r_[starts[1:], n]
        units = [order[s:e] for s, e in zip(starts, ends, strict=True)]
        per_batch = max(batch // 8, 1)
    else:
        units = [np.array([i]) for i in range(n)]
        per_batch = batch

    params = {
        "w": np.zeros(BUCKETS, np.float32),
        "v": np.zeros(width, np.float32),
        "b": np.zeros(1, np.float32),
        "W": (rng.normal(size=(width, hidden)) * np.sqrt(2.0 / max(width, 1))).astype(np.float32),
        "c": np.zeros(hidden, np.float32),
        "u": (rng.normal(size=hidden) * 0.01).astype(np.float32),
    }
    state = {name: (np.zeros_like(p), np.zeros_like(p)) for name, p in params.items()}
    step = 0
    beta1, beta2, eps = 0.9, 0.999, 1e-8

    def adam(name: str, grad: np.ndarray, rows: np.ndarray | None = None) -> None:
        param = params[name]
        m, s = state[name]
        if rows is None:
            m *= beta1
            m += (1 - beta1) * grad
            s *= beta2
            s += (1 - beta2) * grad * grad
            mhat = m / (1 - beta1**step)
            shat = s / (1 - beta2**step)
            param -= lr * (mhat / (np.sqrt(shat) + eps) + l2 * param)
        else:
            # Lazy Adam: only the rows this batch touched move.
            m[rows] = beta1 * m[rows] + (1 - beta1) * grad
            s[rows] = beta2 * s[rows] + (1 - beta2) * grad * grad
            mhat = m[rows] / (1 - beta1**step)
            shat = s[rows] / (1 - beta2**step)
            param[rows] -= lr * (mhat / (np.sqrt(shat) + eps) + l2 * param[rows])

    w, v, b = params["w"], params["v"], params["b"]
    big_w, c, u = params["W"], params["c"], params["u"]
    for _ in range(epochs):
        perm = rng.permutation(len(units))
        for k in range(0, len(perm), per_batch):
            idx = np.concatenate([units[j] for j in perm[k : k + per_batch]])
            lengths = indptr[idx + 1] - indptr[idx]
            rows = np.concatenate([flat[indptr[i] : indptr[i + 1]] for i in idx])
            owner = np.repeat(np.arange(len(idx)), lengths)
            x = dense[idx]
            if dropout:
                x = x * ((rng.random(x.shape) >= dropout) / (1.0 - dropout)).astype(np.float32)
            scores = np.bincount(owner, weights=w[rows], minlength=len(idx)).astype(np.float32)
            scores += x @ v + b[0]
            if hidden:
                pre = x @ big_w + c
                act = np.maximum(pre, 0.0)
                scores += act @ u
            y = labels[idx]
            if ranking:
                g = groups[idx]
                grad_s = np.zeros(len(idx), np.float32)
                for gid in np.unique(g):
                    sel = g == gid
                    z = np.exp(scores[sel] - scores[sel].max())
                    grad_s[sel] = z / z.sum() - y[sel]
            else:
                grad_s = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30))) - y
            grad_s = (grad_s / len(idx)).astype(np.float32)
            step += 1
            touched, inverse = np.unique(rows, return_inverse=True)
            grad_w = np.bincount(inverse, weights=grad_s[owner], minlength=len(touched))
            adam("w", grad_w.astype(np.float32), touched)
            adam("v", x.T @ grad_s)
            adam("b", np.array([grad_s.sum()], np.float32))
            if hidden:
                grad_pre = (grad_s[:, None] * u[None, :]) * (pre > 0)
                adam("u", act.T @ grad_s)
                adam("W", x.T @ grad_pre)
                adam("c", grad_pre.sum(axis=0))
    if not hidden:
        return LinearModel(sparse=w, dense=v, bias=float(b[0]))
    return LinearModel(sparse=w, dense=v, bias=float(b[0]), hidden=big_w, hidden_bias=c, out=u)


# -- examples from gold attributions ---------------------------------------------


def cue_anchor(doc: Doc, pieces: Sequence[tuple[int, int]]) -> Token | None:
    """The token of a gold cue span the cue model learns to find.

    The cue span's syntactic head among the candidate tokens, preferring a
    full verb ("has *said*"), then a noun ("his *concern* is"), then anything
    else, so the model learns the word that carries the attribution.
    """
    tokens: list[Token] = []
    for start, end in pieces:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    candidates = [t for t in tokens if F.is_cue_candidate(t)]
    if not candidates:
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in candidates if t.head.i not in inside or t.head.i == t.i]
    for pool in (roots, candidates):
        for pos in ("VERB", "NOUN"):
            found = [t for t in pool if t.pos_ == pos]
            if found:
                return found[0]
    return (roots or candidates)[0]


def _char_pieces(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], ...]:
    return P.trimmed(doc.text, [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))])


@dataclass(slots=True)
class ExampleSets:
    cue: Examples = field(default_factory=Examples)
    content: Examples = field(default_factory=Examples)
    source: Examples = field(default_factory=Examples)
    #: Gold attributions seen, with a cue token found, with a content candidate at Jaccard >= 0.5.
    counts: dict[str, int] = field(default_factory=dict)
    #: How often each lemma headed a gold cue.
    cue_lemmas: dict[str, int] = field(default_factory=dict)


def add_examples(
    sets: ExampleSets,
    doc: Doc,
    annotated: AnnotatedText,
    cue_windows: tuple[tuple[int, int], ...] = (),
) -> None:
    """The cue, content and source examples of one parsed, annotated article.

    ``cue_windows``: the context windows the cue model reads (see
    :func:`communique.quotes.features.context_vectors`).
    """
    counts = sets.counts
    regions, _ = find_regions(doc.text)
    quoted = F.quoted_tokens(doc, regions)
    anchors: dict[int, Attribution] = {}
    for attribution in annotated.attributions:
        counts["attributions"] = counts.get("attributions", 0) + 1
        token = cue_anchor(doc, attribution.cue)
        if token is not None:
            anchors[token.i] = attribution
    counts["cue_tokens"] = counts.get("cue_tokens", 0) + len(anchors)
    for i in anchors:
        lemma = doc[i].lemma_.lower()
        sets.cue_lemmas[lemma] = sets.cue_lemmas.get(lemma, 0) + 1
    candidates = [token for token in doc if F.is_cue_candidate(token)]
    dense = F.context_vectors(doc, [token.i for token in candidates], cue_windows)
    for token, row in zip(candidates, dense, strict=True):
        sets.cue.add(
            feature_ids(F.cue_features(token, quoted)),
            row,
            len(sets.cue),
            float(token.i in anchors),
        )
    for i, attribution in anchors.items():
        token = doc[i]
        gold = P.trimmed(doc.text, attribution.content)
        candidates = F.content_candidates(token)
        if candidates:
            overlap = [P.jaccard(gold, _char_pieces(doc, c.start, c.end)) for c in candidates]
            best = int(np.argmax(overlap))
            if overlap[best] >= P.JACCARD_THRESHOLD:
                counts["content_found"] = counts.get("content_found", 0) + 1
                group = len(sets.content) and sets.content.groups[-1] + 1
                for k, cand in enumerate(candidates):
                    sets.content.add(
                        feature_ids(F.content_features(token, cand, quoted)),
                        F.content_vector(token, cand),
                        group,
                        float(k == best),
                    )
        # The source is learned given the gold content, as the finder asks for it.
        span = doc.char_span(
            attribution.content[0][0], attribution.content[-1][1], alignment_mode="expand"
        )
        content = (span.start, span.end) if span is not None else (i, i)
        candidates = F.source_candidates(token, content)
        source = P.normalise(attribution.source)
        shared = [
            P.intersection(
                source, P.normalise([(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))])
            )
            for c in candidates
        ]
        target = int(np.argmax(shared)) if shared and max(shared) > 0 else -1
        if attribution.source and target < 0:
            continue  # the gold source is not among the candidates: nothing to learn here
        counts["source_found"] = counts.get("source_found", 0) + 1
        group = len(sets.source) and sets.source.groups[-1] + 1
        for k, cand in enumerate(candidates):
            sets.source.add(
                feature_ids(F.source_features(token, cand, content)),
                F.source_vector(token, cand),
                group,
                float(k == target),
            )
        sets.source.add(
            feature_ids(none_features(token)),
            np.zeros(2 * F.tensor_width(doc), np.float32),
            group,
            float(target < 0),
        )
