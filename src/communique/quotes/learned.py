"""The trained attribution models: cue, content and source scorers.

Weights ship in the package (``data/quote_model.npz``, built by ``make
train-quotes`` from PolNeAR's train split) and load offline in milliseconds.
The models only rank what the parse offers (see :mod:`communique.quotes.features`);
the quote finder decides how their answers combine with its rules.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from communique.entity_labels import TIME_LABELS
from communique.errors import CommuniqueError
from communique.quotes import features as F
from communique.quotes.linear import LinearModel, feature_ids_of, sigmoid
from communique.quotes.reports import ReportDecision
from communique.spans import indices

MODEL_FILE = "quote_model.npz"
#: Entity types that never speak ("Tuesday", "last week").
NOT_SOURCES = TIME_LABELS


#: Extra features of the "no source" option in the source ranking.
def none_features(cue: Token) -> list[str]:
    return ["none", f"none|{cue.lemma_.lower()}", f"none|{cue.dep_}"]


@dataclass(slots=True)
class AttributionModel:
    cue: LinearModel
    content: LinearModel
    source: LinearModel
    #: Lemmas that headed a cue in training often enough to be scored; other
    #: tokens are not cues (this keeps the cost to a few tokens per sentence).
    cue_lemmas: frozenset[str]
    #: Windows ``(lo, hi)`` around a candidate whose mean ``tok2vec`` rows the cue model reads
    #: beside the token's own row (:func:`communique.quotes.features.context_vectors`); empty:
    #: the token's own row only.
    cue_windows: tuple[tuple[int, int], ...] = ()
    #: The decision over the reports the three models put together
    #: (:mod:`communique.quotes.reports`); None: the cue threshold alone decides.
    report: ReportDecision | None = None

    def cue_probabilities(
        self, doc: Doc, quoted: np.ndarray, wanted: Callable[[Token], bool] | None = None
    ) -> dict[int, float]:
        """Probability that each candidate token heads an attribution cue.

        ``wanted``: only the candidates it accepts are scored. A caller that passes over some
        candidates whatever their score (a cue already used, one inside a direct quotation,
        about a quarter of them in news) spares their feature strings, the costliest part
        here. The dense part is still worked out over every candidate: BLAS blocks a matrix
        product by rows, so a row's last bits depend on which rows come with it, and a
        candidate's probability must not depend on which others were asked about.
        """
        lemmas = self.cue_lemmas
        # Only a word of these parts of speech or forms can be a candidate: they are found
        # from arrays first (see spans.indices), then tested one by one. Most have a lemma the
        # model does not score: the LEMMA column rules them out before any Token is made, each
        # distinct lemma looked up once.
        at = indices(doc, pos=F.CUE_POS, lower=F.CUE_WORDS)
        column = doc.to_array(LEMMA).tolist() if at else []
        strings = doc.vocab.strings
        scored: dict[int, bool] = {}
        tokens = []
        for i in at:
            key = column[i]
            ok = scored.get(key)
            if ok is None:
                ok = scored[key] = strings[key].lower() in lemmas
            if ok:
                tokens.append(doc[i])
        tokens = [t for t in tokens if F.is_cue_candidate(t)]
        dense = F.context_vectors(doc, [t.i for t in tokens], self.cue_windows)
        rows = [k for k, t in enumerate(tokens) if wanted is None or wanted(t)]
        ids = feature_ids_of([F.cue_features(tokens[k], quoted) for k in rows])
        probs = sigmoid(self.cue.scores_of_rows(ids, dense, rows))
        return {tokens[k].i: float(p) for k, p in zip(rows, probs, strict=True)}

    def content_span(self, cue: Token, quoted: np.ndarray) -> tuple[int, int] | None:
        """The best candidate content of ``cue`` as a token range, or None."""
        choice = self.content_choice(cue, quoted)
        return None if choice is None else choice[0]

    def content_choice(
        self, cue: Token, quoted: np.ndarray
    ) -> tuple[tuple[int, int], float] | None:
        """The best candidate content of ``cue`` and its softmax share among the candidates
        (how clearly the ranking preferred it), or None when there is no candidate."""
        cands = F.content_candidates(cue)
        if not cands:
            return None
        reading = F.cue_reading(cue)
        dense = F.content_vectors(cue, cands)
        ids = feature_ids_of([F.content_features(cue, c, quoted, reading) for c in cands])
        scores = self.content.scores_of_rows(ids, dense)
        k = int(scores.argmax())
        return (cands[k].start, cands[k].end), _share(scores, k)

    def source_span(self, cue: Token, content: tuple[int, int]) -> tuple[int, int] | None:
        """The best candidate source of ``cue`` as a token range, or None for "no source".

        A date or a time says when, never who: such phrases are not offered.
        """
        return self.source_choice(cue, content)[0]

    def no_source_share(self, cue: Token, content: tuple[int, int]) -> float:
        """The softmax share of the "no source" option in the source ranking: a report
        nobody in sight makes is less often one."""
        return self.source_choice(cue, content)[1]

    def source_choice(
        self, cue: Token, content: tuple[int, int]
    ) -> tuple[tuple[int, int] | None, float]:
        """The best source (None for "no source") and the "no source" option's share."""
        doc = cue.doc
        # each phrase's root found once: for the date test, the features and the vector
        found = [(c, doc[c.start : c.end].root) for c in F.source_candidates(cue, content)]
        kept = [(c, root) for c, root in found if root.ent_type_ not in NOT_SOURCES]
        cands = [c for c, _ in kept]
        ids = feature_ids_of(
            [*(F.source_features(cue, c, content, root) for c, root in kept), none_features(cue)]
        )
        # the "no source" option has no vector: a row of zeros, as LinearModel.scores gives it
        if kept:
            rows = F.source_vectors(cue, kept)
            dense = np.zeros((len(kept) + 1, rows.shape[1]), dtype=np.float32)
            dense[: len(kept)] = rows
        else:
            dense = np.zeros((1, self.source.dense.size), dtype=np.float32)
        scores = self.source.scores_of_rows(ids, dense)
        k = int(np.argmax(scores))
        none = _share(scores, len(cands))
        if k == len(cands):
            return None, none
        return (cands[k].start, cands[k].end), none

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        for name in ("cue", "content", "source"):
            arrays.update(getattr(self, name).arrays(name))
        arrays["cue_lemmas"] = np.array(sorted(self.cue_lemmas), dtype=np.str_)
        if self.cue_windows:
            arrays["cue_windows"] = np.array(self.cue_windows, dtype=np.int64)
        if self.report is not None:
            arrays.update(self.report.arrays())
        np.savez_compressed(path, **arrays)

    @classmethod
    def from_file(cls, path: Path | str, *, report: bool = True) -> AttributionModel:
        return cls.from_bytes(Path(path).read_bytes(), str(path), report=report)

    @classmethod
    def from_bytes(cls, data: bytes, name: str, *, report: bool = True) -> AttributionModel:
        """The model stored in ``data`` (a file :meth:`save` wrote); CQ321 when it is not one.

        ``report=False``: the report decision stored beside the models is not read (training
        fits a new one, whose inputs may differ from the stored one's).
        """
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as stored:
                arrays = dict(stored)
            if not report:
                arrays = {k: v for k, v in arrays.items() if not k.startswith("report_")}
            return cls(
                cue=LinearModel.from_arrays(arrays, "cue"),
                content=LinearModel.from_arrays(arrays, "content"),
                source=LinearModel.from_arrays(arrays, "source"),
                cue_lemmas=frozenset(str(w) for w in arrays["cue_lemmas"]),
                cue_windows=tuple(
                    (int(lo), int(hi)) for lo, hi in arrays.get("cue_windows", np.zeros((0, 2)))
                ),
                report=ReportDecision.from_arrays(arrays),
            )
        except (
            OSError,
            ValueError,
            TypeError,
            KeyError,
            IndexError,
            EOFError,
            zipfile.BadZipFile,
        ) as exc:
            raise CommuniqueError(
                "CQ321",
                component="communique_quotes",
                name="attribution model",
                path=name,
                error=f"not a model file written by scripts/train_quotes.py ({exc!r})",
            ) from exc


def _share(scores: np.ndarray, k: int) -> float:
    """The softmax share of row ``k`` among ``scores``."""
    scores = np.asarray(scores, dtype=np.float64)
    e = np.exp(scores - scores.max())
    return float(e[k] / e.sum())


def bundled_bytes() -> bytes | None:
    """The stored model shipped in the package, or None when it was not built."""
    path = resources.files("communique.data").joinpath(MODEL_FILE)
    return path.read_bytes() if path.is_file() else None


@lru_cache(maxsize=1)
def bundled() -> AttributionModel | None:
    """The model shipped in the package, or None when it was not built."""
    data = bundled_bytes()
    return None if data is None else AttributionModel.from_bytes(data, MODEL_FILE)


def active() -> AttributionModel | None:
    """The model the finder should use now: the settings' own (a user's ``model_file``)
    or the bundled one, or None when the settings switch the models off."""
    from communique.quotes.settings import ACTIVE

    settings = ACTIVE.get()
    if not settings.use_model:
        return None
    return settings.model if settings.model is not None else bundled()
