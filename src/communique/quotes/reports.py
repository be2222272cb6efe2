"""The report decision: keep or drop a report the trained models put together.

The cue model scores one token, the content and source models each pick their best
candidate; none of them sees the report that comes out of the three. The decision is a
small logistic model over numbers that describe that report (:data:`FEATURES`): how sure
each model was, what the content looks like, where the cue stands. It is trained in
``scripts/train_quotes.py`` on the reports the finder makes over PolNeAR train articles it
was not fitted on, each labelled by whether its content matches a gold attribution, and
its threshold is chosen on the held-back train articles (``configs/quotes/train.cfg``,
``[report]``). It decides what the quote finder reports; whether an event inside a report
is the speaker's claim is decided by the event coder (``events/modality.py``).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Token

from communique.quotes.features import is_word
from communique.spans import children_of

#: Names of the decision's inputs, in the order of :func:`features`.
FEATURES = (
    "cue_probability",
    "content_share",
    "content_words_log",
    "pieces",
    "content_after_cue",
    "no_source_share",
    "speaker_found",
    "cue_verb",
    "cue_noun",
    "cue_root",
    "cue_embedded",
    "moved_relative",
    "moved_raised",
    "moved_passive",
    "quoted_share",
    "cues_inside_log",
    "article_position",
    "first_sentence",
    "opens_with_complementizer",
    "cue_negated",
    "cue_modal",
)

#: Positions in :data:`FEATURES` of the two inputs only the source is known to give: the
#: source model's "no source" share and whether a speaker was found.
NO_SOURCE_SHARE = FEATURES.index("no_source_share")
SPEAKER_FOUND = FEATURES.index("speaker_found")
#: Both lie in [0, 1]: the bound of :meth:`ReportDecision.may_keep` takes each at its end.
SOURCE_INPUTS = (NO_SOURCE_SHARE, SPEAKER_FOUND)
#: What :meth:`ReportDecision.may_keep` allows for rounding: the bound and the decision's own
#: sum add the same terms in different orders, which may differ in the last bits; a report
#: within this of the threshold is always given its source and judged in full.
BOUND_MARGIN = 1e-9

#: Dependencies of a cue inside another clause ("who *said* ...", "after *saying* ...").
EMBEDDED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp"})
#: Words that open a complement clause ("said *that* ...", "asked *whether* ...").
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


@dataclass(frozen=True, slots=True)
class Report:
    """What the finder knows about one report when it decides on it."""

    cue: Token
    probability: float
    content_share: float
    pieces: Sequence[tuple[int, int]]
    no_source_share: float
    speaker_found: bool
    relative: bool
    raised: bool
    passive: bool
    cues_inside: int


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where the article's sentences start, in order."""
    return [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]


def features(report: Report, quoted: np.ndarray, starts: Sequence[int]) -> np.ndarray:
    """The decision's inputs for ``report`` (``quoted``: per token, inside quotation marks;
    ``starts``: :func:`sentence_starts` of its article)."""
    cue = report.cue
    doc: Doc = cue.doc
    tokens = [i for lo, hi in report.pieces for i in range(lo, hi)]
    word = is_word(doc)
    words = [i for i in tokens if word[i]]
    first = doc[tokens[0]] if tokens else None
    children = children_of(cue)  # from the per-Doc table: Token.children walks the clause
    sentences = max(len(starts), 1)
    index = max(bisect.bisect_right(starts, cue.i) - 1, 0)
    values = [
        report.probability,
        report.content_share,
        math.log1p(len(words)),
        float(len(report.pieces)),
        float(bool(report.pieces) and report.pieces[0][0] > cue.i),
        report.no_source_share,
        float(report.speaker_found),
        float(cue.pos_ in ("VERB", "AUX")),
        float(cue.pos_ in ("NOUN", "PROPN")),
        float(cue.dep_ == "ROOT"),
        float(cue.dep_ in EMBEDDED_DEPS),
        float(report.relative),
        float(report.raised),
        float(report.passive),
        float(quoted[tokens].mean()) if tokens else 0.0,
        math.log1p(report.cues_inside),
        index / sentences,
        float(index == 0),
        float(first is not None and first.lower_ in COMPLEMENTIZERS),
        float(any(c.dep_ == "neg" for c in children)),
        float(any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)),
    ]
    return np.asarray(values, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class ReportDecision:
    """A logistic model over :data:`FEATURES`, with the thresholds it was chosen with.

    ``cue_floor``: the cue probability a report needs to be put together at all (below the
    finder's ``cue_threshold``: the decision may keep reports the cue alone would drop).
    ``threshold``: the decision's probability a report needs to be kept. Both chosen on the
    held-back train articles.
    """

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    cue_floor: float
    threshold: float

    def probability(self, values: np.ndarray) -> float:
        z = float(((values - self.mean) / self.scale) @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def keeps(self, values: np.ndarray) -> bool:
        return self.probability(values) >= self.threshold

    def may_keep(self, values: np.ndarray) -> bool:
        """Whether some source could make the decision keep a report with these inputs.

        The source's two inputs (:data:`SOURCE_INPUTS`; whatever ``values`` holds there is not
        read) are the only ones that need the source model, and each lies between 0 and 1: the
        decision is linear in them, so its highest score takes each at the end its weight
        favours. A report that cannot reach the threshold even then is dropped whatever its
        source, and the finder spares the source model for it: the answers are those of
        :meth:`keeps`, for less work on the reports the decision drops.
        """
        terms = (values - self.mean) / self.scale * self.weights
        at = list(SOURCE_INPUTS)
        low = (0.0 - self.mean[at]) / self.scale[at] * self.weights[at]
        high = (1.0 - self.mean[at]) / self.scale[at] * self.weights[at]
        terms[at] = np.maximum(low, high)
        z = float(terms.sum()) + self.bias
        best = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
        return best >= self.threshold - BOUND_MARGIN

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "report_mean": self.mean,
            "report_scale": self.scale,
            "report_weights": self.weights,
            "report_numbers": np.array([self.bias, self.cue_floor, self.threshold]),
            "report_features": np.array(FEATURES, dtype=np.str_),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> ReportDecision | None:
        """The decision stored beside the models, or None in a model file without one.

        A file whose inputs are named otherwise than :data:`FEATURES` was made by other
        code: a ValueError (the caller reports it as a model file it cannot read).
        """
        if "report_weights" not in arrays:
            return None
        names = tuple(str(n) for n in arrays["report_features"])
        if names != FEATURES:
            raise ValueError(f"report decision inputs {names} are not {FEATURES}")
        bias, floor, threshold = (float(x) for x in arrays["report_numbers"])
        return cls(
            mean=arrays["report_mean"].astype(np.float64),
            scale=arrays["report_scale"].astype(np.float64),
            weights=arrays["report_weights"].astype(np.float64),
            bias=bias,
            cue_floor=floor,
            threshold=threshold,
        )

    def with_thresholds(self, cue_floor: float, threshold: float) -> ReportDecision:
        return ReportDecision(self.mean, self.scale, self.weights, self.bias, cue_floor, threshold)


def fit(
    x: np.ndarray, y: np.ndarray, *, epochs: int, lr: float, l2: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(mean, scale, weights, bias) of a logistic model fitted by full-batch gradient
    descent on standardised inputs: deterministic, no seed needed."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(epochs):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = p - y
        w -= lr * (z.T @ g / n + l2 * w)
        b -= lr * float(g.mean())
    return mean, scale, w, b


@dataclass(slots=True)
class Collected:
    """Reports seen while collecting: their inputs and their content's character ranges."""

    values: list[np.ndarray] = field(default_factory=list)
    chars: list[list[tuple[int, int]]] = field(default_factory=list)


#: When set, the finder records every report the decision would judge here and keeps them
#: all (the training script labels them against gold).
COLLECTING: ContextVar[Collected | None] = ContextVar("report_collecting", default=None)


@contextmanager
def collecting() -> Iterator[Collected]:
    found = Collected()
    token = COLLECTING.set(found)
    try:
        yield found
    finally:
        COLLECTING.reset(token)
