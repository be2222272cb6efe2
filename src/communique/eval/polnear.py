"""Scoring attributed quotations against PolNeAR gold attributions.

Three figures, each explained in ``docs/evaluation.md``:

* **content** precision/recall/F1, *exact* (the same characters after trimming
  whitespace, quote marks and punctuation at both ends of every piece) and
  *overlap* (character Jaccard ≥ 0.5 after the same trimming). Predictions and
  gold are paired one-to-one, greedily, best Jaccard first, so one long
  prediction cannot claim two gold attributions.
* **cue** precision/recall/F1 *within matched attributions*: a cue counts when
  its attribution's content was matched (overlap) and the two cue spans share a
  character. A cue found for the wrong quotation is not a success.
* **speaker accuracy** on matched contents whose gold has a source: correct
  when the gold source shares a character with any mention of the predicted
  speaker actor (or with the speaker mention itself); and counted **strictly**:
  correct only when the predicted speaker's own mention at this quotation
  shares a character with the gold source.
* **strict** content figures: the same exact and overlap matching, but every
  predicted quote counts on its own: nested quotes are included and quotes
  sharing a cue are not merged. The main figures forgive both (see
  :func:`from_article` and :func:`merge_by_cue`); the strict ones show what
  that forgiveness is worth.

The scorer works on :class:`Predicted` records so any system can be compared:
:func:`from_article` turns a communique :class:`~communique.schema.Article`
into them, :func:`from_textacy` does the same for textacy's ``DQTriple``.
"""

from __future__ import annotations

import importlib.util
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from communique.errors import CommuniqueError
from communique.eval.brat import AnnotatedText, Attribution, load_split
from communique.nlp import default_model_name
from communique.schema import Article, Document, Span

#: Overlap matching threshold on character Jaccard (inclusive).
JACCARD_THRESHOLD = 0.5
#: A prediction counts as "inside" an ignored region when this share of it is.
IGNORED_SHARE = 0.5
#: Longest snippet shown in error listings, in characters.
SNIPPET_CHARS = 160

SYSTEMS = ("communique", "textacy")
INSTALL_TEXTACY = (
    "textacy is not installed: pip install 'communique[eval]' (or: pip install textacy)"
)

Pieces = tuple[Span, ...]

_QUOTE_MARKS = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"
_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_DATE_IN_STEM = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


class MissingExtra(RuntimeError):
    """An optional dependency needed for a comparison is not installed."""


# -- spans as sorted, disjoint pieces -----------------------------------------


def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in _QUOTE_MARKS or unicodedata.category(ch).startswith("P")


def trim(text: str, span: Span) -> Span | None:
    """``span`` without whitespace, quote marks and punctuation at either end.

    Annotators and systems disagree about whether the closing comma or the
    quotation marks belong to the content; neither changes what was said.
    Returns None when nothing is left.
    """
    start, end = span
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def normalise(pieces: Iterable[Span]) -> Pieces:
    """Sorted, merged, non-empty pieces, so lengths and overlaps are simple sums."""
    out: list[Span] = []
    for start, end in sorted(p for p in pieces if p[1] > p[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def trimmed(text: str, pieces: Iterable[Span]) -> Pieces:
    """Every piece trimmed, then normalised."""
    return normalise(t for p in pieces if (t := trim(text, p)) is not None)


def length(pieces: Pieces) -> int:
    return sum(e - s for s, e in pieces)


def intersection(a: Pieces, b: Pieces) -> int:
    """Characters shared by two normalised piece lists (a linear merge)."""
    i = j = shared = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if hi > lo:
            shared += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return shared


def jaccard(a: Pieces, b: Pieces) -> float:
    """Character Jaccard of two normalised piece lists; 0 when both are empty."""
    shared = intersection(a, b)
    union = length(a) + length(b) - shared
    return shared / union if union else 0.0


def touches(a: Iterable[Span], b: Iterable[Span]) -> bool:
    """Whether two span lists share at least one character."""
    return intersection(normalise(a), normalise(b)) > 0


def gold_kind(text: str, content: Pieces) -> str:
    """``direct`` when every piece is wholly quoted, ``mixed`` when it holds a
    double quotation mark, else ``indirect``: a surface heuristic, used only to
    break recall down, because PolNeAR does not label quotation kinds.
    """
    pieces = [text[s:e].strip() for s, e in content]
    pieces = [p for p in pieces if p]
    if not pieces:
        return "indirect"

    def wholly_quoted(piece: str) -> bool:
        body = piece.rstrip(".,;:!?\u2014\u2013- ")
        return (
            len(body) > 1
            and body[0] in _QUOTE_MARKS
            and (body[-1] in _QUOTE_MARKS or piece[-1] in _QUOTE_MARKS)
        )

    if all(wholly_quoted(p) for p in pieces):
        return "direct"
    if any(ch in _DOUBLE_QUOTES for p in pieces for ch in p):
        return "mixed"
    return "indirect"


# -- predictions ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted attribution, reduced to what the scorer compares.

    ``speaker`` holds every span that counts as the speaker: all mentions of the
    predicted actor, so "he" in the attribution and "Mike Pence" as the gold
    source still agree when the system linked them.
    """

    content: Pieces
    cue: Pieces = ()
    speaker: Pieces = ()
    speaker_name: str | None = None
    kind: str | None = None
    speaker_mention: Pieces = ()  # the words that name the speaker at this quotation
    #: A report inside a quotation; only the strict figures count it.
    nested: bool = False


def from_article(article: Article) -> list[Predicted]:
    """communique quotes as predictions; the speaker is the actor's every mention.

    Nested quotes (``nested_in`` set: "Minister Wang told me that ..." inside
    Baerbock's words) are left out: PolNeAR is univocal, each token belongs
    to at most one attribution, so a report inside a quotation has no gold
    counterpart. The quotation around it is scored as usual. They are kept
    here, marked ``nested``, for the strict figures only.
    """
    out: list[Predicted] = []
    for quote in article.quotes:
        speaker: list[Span] = []
        name = None
        own: Pieces = ()
        if quote.speaker is not None:
            name = quote.speaker.name
            speaker.append(quote.speaker.mention.span)
            own = (quote.speaker.mention.span,)
            actor = article.actor(quote.speaker.actor) if quote.speaker.actor else None
            if actor is not None:
                speaker.extend(m.span for m in actor.mentions)
        out.append(
            Predicted(
                content=(quote.span,),
                cue=normalise([quote.cue.span]) if quote.cue else (),
                speaker=normalise(speaker),
                speaker_name=name,
                kind=quote.kind,
                speaker_mention=own,
                nested=quote.nested_in is not None,
            )
        )
    return out


def merge_by_cue(predicted: Sequence[Predicted]) -> list[Predicted]:
    """Predictions sharing one cue become one attribution with several pieces.

    PolNeAR annotates ``"A," she said, "B."`` as one attribution whose content
    has two pieces; a system that reports A and B as two quotes with the same
    cue is saying the same thing, so it is scored as one. Order is kept.
    """
    merged: list[Predicted] = []
    by_cue: dict[Pieces, int] = {}
    for p in predicted:
        at = by_cue.get(p.cue) if p.cue else None
        if at is None:
            if p.cue:
                by_cue[p.cue] = len(merged)
            merged.append(p)
            continue
        first = merged[at]
        merged[at] = Predicted(
            content=normalise(first.content + p.content),
            cue=first.cue,
            speaker=normalise(first.speaker + p.speaker),
            speaker_name=first.speaker_name or p.speaker_name,
            kind=first.kind,
            speaker_mention=normalise(first.speaker_mention + p.speaker_mention),
        )
    return merged


def _token_pieces(tokens: Sequence[Any]) -> Pieces:
    return normalise((t.idx, t.idx + len(t.text)) for t in tokens)


def from_textacy(doc: Any) -> list[Predicted]:
    """textacy's direct quotations as predictions (raises textacy's ValueError)."""
    from textacy.extract.triples import direct_quotations

    return [
        Predicted(
            content=((triple.content.start_char, triple.content.end_char),),
            cue=_token_pieces(triple.cue),
            speaker=_token_pieces(triple.speaker),
            speaker_name=" ".join(t.text for t in triple.speaker),
            speaker_mention=_token_pieces(triple.speaker),
            kind="direct",
        )
        for triple in direct_quotations(doc)
    ]


# -- scoring -------------------------------------------------------------------


@dataclass(slots=True)
class PRF:
    """Counts behind a precision/recall/F1 triple; zeros give zeros, not errors."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of article text for an error listing: offsets and a short excerpt."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": [self.start, self.end], "text": self.text}


def snippet(text: str, pieces: Pieces) -> Snippet:
    """Excerpt of ``pieces`` with whitespace and control characters collapsed."""
    if not pieces:
        return Snippet(0, 0, "")
    body = " … ".join(text[s:e] for s, e in pieces)
    body = " ".join("".join(ch if ch.isprintable() else " " for ch in body).split())
    if len(body) > SNIPPET_CHARS:
        body = body[: SNIPPET_CHARS - 1] + "…"
    return Snippet(pieces[0][0], pieces[-1][1], body)


@dataclass(slots=True)
class WrongSpeaker:
    content: Snippet
    gold_source: Snippet
    predicted: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": self.content.to_dict(),
            "gold_source": self.gold_source.to_dict(),
            "predicted_speaker": self.predicted,
        }


@dataclass(slots=True)
class Boundary:
    """A content matched by overlap but not exactly: the edges are off."""

    gold: Snippet
    predicted: Snippet
    jaccard: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold.to_dict(),
            "predicted": self.predicted.to_dict(),
            "jaccard": round(self.jaccard, 3),
        }


@dataclass(slots=True)
class ArticleErrors:
    """What one system got wrong in one article, to read next to the text."""

    article: str
    missed: list[Snippet] = field(default_factory=list)
    false_hits: list[Snippet] = field(default_factory=list)
    wrong_speakers: list[WrongSpeaker] = field(default_factory=list)
    boundaries: list[Boundary] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missed or self.false_hits or self.wrong_speakers or self.boundaries)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "missed": [s.to_dict() for s in self.missed],
            "false_hits": [s.to_dict() for s in self.false_hits],
            "wrong_speakers": [w.to_dict() for w in self.wrong_speakers],
            "boundaries": [b.to_dict() for b in self.boundaries],
        }


@dataclass(slots=True)
class ArticleScore:
    """Counts for one article and one system; :class:`SystemResult` sums them."""

    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    speaker_correct: int = 0
    speaker_total: int = 0
    speaker_strict: int = 0  # the speaker's own mention touches the gold source
    kind_hits: dict[str, list[int]] = field(default_factory=dict)  # kind -> [found, total]
    ignored: int = 0
    errors: ArticleErrors = field(default_factory=lambda: ArticleErrors(""))
    strict_exact: PRF = field(default_factory=PRF)
    strict_overlap: PRF = field(default_factory=PRF)


def match_one_to_one(
    gold: Sequence[Pieces], predicted: Sequence[Pieces], threshold: float = JACCARD_THRESHOLD
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairs (gold index, predicted index, Jaccard), best first.

    Only pairs at or above ``threshold`` are considered. Ties go to the earlier
    gold then the earlier prediction, so results do not depend on dict order.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if intersection(g, p):
                score = jaccard(g, p)
                if score >= threshold:
                    candidates.append((-score, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi, -neg))
    return pairs


def score_article(annotated: AnnotatedText, predicted: Sequence[Predicted]) -> ArticleScore:
    """Score one article's predictions against its gold attributions."""
    text = annotated.text
    gold: list[Attribution] = annotated.attributions
    strict_exact, strict_overlap = _strict_counts(annotated, predicted)
    predicted = merge_by_cue([p for p in predicted if not p.nested])
    gold_content = [trimmed(text, g.content) for g in gold]
    pred_content = [trimmed(text, p.content) for p in predicted]
    pairs = match_one_to_one(gold_content, pred_content)
    matched_pred = {pi for _, pi, _ in pairs}
    matched_gold = {gi for gi, _, _ in pairs}

    # Unmatched predictions inside Discard/Discuss text are neither right nor wrong.
    ignored_regions = normalise(annotated.ignored)
    ignored = set()
    for pi, pieces in enumerate(pred_content):
        size = length(pieces)
        if (
            pi not in matched_pred
            and size
            and intersection(pieces, ignored_regions) >= IGNORED_SHARE * size
        ):
            ignored.add(pi)
    counted = [pi for pi in range(len(predicted)) if pi not in ignored]

    score = ArticleScore(
        ignored=len(ignored),
        errors=ArticleErrors(annotated.stem),
        strict_exact=strict_exact,
        strict_overlap=strict_overlap,
    )
    score.overlap = PRF(len(pairs), len(counted), len(gold))
    exact = sum(1 for gi, pi, _ in pairs if gold_content[gi] == pred_content[pi])
    score.exact = PRF(exact, len(counted), len(gold))
    score.cue = PRF(
        tp=sum(1 for gi, pi, _ in pairs if touches(gold[gi].cue, predicted[pi].cue)),
        predicted=sum(1 for pi in counted if predicted[pi].cue),
        gold=sum(1 for g in gold if g.cue),
    )
    for gi, g in enumerate(gold):
        hits = score.kind_hits.setdefault(gold_kind(text, g.content), [0, 0])
        hits[1] += 1
        hits[0] += gi in matched_gold

    errors = score.errors
    for gi, pi, jac in pairs:
        g, p = gold[gi], predicted[pi]
        if gold_content[gi] != pred_content[pi]:
            errors.boundaries.append(
                Boundary(snippet(text, g.content), snippet(text, normalise(p.content)), jac)
            )
        if not g.has_source:
            continue
        score.speaker_total += 1
        if touches(g.source, p.speaker_mention):
            score.speaker_strict += 1
        if touches(g.source, p.speaker):
            score.speaker_correct += 1
        else:
            errors.wrong_speakers.append(
                WrongSpeaker(
                    snippet(text, g.content), snippet(text, normalise(g.source)), p.speaker_name
                )
            )
    errors.missed = [
        snippet(text, g.content) for gi, g in enumerate(gold) if gi not in matched_gold
    ]
    errors.false_hits = [
        snippet(text, normalise(predicted[pi].content)) for pi in counted if pi not in matched_pred
    ]
    return score


def _strict_counts(annotated: AnnotatedText, predicted: Sequence[Predicted]) -> tuple[PRF, PRF]:
    """Exact and overlap counts with every prediction on its own (nested, unmerged).

    Predictions inside Discard/Discuss text are left out as in the main
    figures, so the two differ only by nesting and merging.
    """
    text = annotated.text
    gold_content = [trimmed(text, g.content) for g in annotated.attributions]
    pred_content = [trimmed(text, p.content) for p in predicted]
    pairs = match_one_to_one(gold_content, pred_content)
    matched = {pi for _, pi, _ in pairs}
    ignored_regions = normalise(annotated.ignored)
    counted = [
        pi
        for pi, pieces in enumerate(pred_content)
        if pi in matched
        or not length(pieces)
        or intersection(pieces, ignored_regions) < IGNORED_SHARE * length(pieces)
    ]
    exact = sum(1 for gi, pi, _ in pairs if gold_content[gi] == pred_content[pi])
    gold = len(gold_content)
    return PRF(exact, len(counted), gold), PRF(len(pairs), len(counted), gold)


# -- the report ----------------------------------------------------------------


@dataclass(slots=True)
class SystemResult:
    """One system's scores over a split."""

    name: str
    articles: int = 0
    failed: list[str] = field(default_factory=list)
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    speaker_correct: int = 0
    speaker_total: int = 0
    speaker_strict: int = 0
    kind_hits: dict[str, list[int]] = field(default_factory=dict)
    ignored: int = 0
    seconds: float = 0.0
    errors: list[ArticleErrors] = field(default_factory=list)
    strict_exact: PRF = field(default_factory=PRF)
    strict_overlap: PRF = field(default_factory=PRF)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    @property
    def speaker_strict_accuracy(self) -> float:
        """Speakers right by their own mention at the quotation, not by any mention of the actor."""
        return self.speaker_strict / self.speaker_total if self.speaker_total else 0.0

    def add(self, score: ArticleScore, keep_errors: bool) -> None:
        self.articles += 1
        self.exact.add(score.exact)
        self.overlap.add(score.overlap)
        self.cue.add(score.cue)
        self.strict_exact.add(score.strict_exact)
        self.strict_overlap.add(score.strict_overlap)
        self.speaker_correct += score.speaker_correct
        self.speaker_total += score.speaker_total
        self.speaker_strict += score.speaker_strict
        for kind, (found, total) in score.kind_hits.items():
            hits = self.kind_hits.setdefault(kind, [0, 0])
            hits[0] += found
            hits[1] += total
        self.ignored += score.ignored
        if keep_errors and score.errors:
            self.errors.append(score.errors)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "system": self.name,
            "articles": self.articles,
            "failed_articles": list(self.failed),
            "content_exact": self.exact.to_dict(),
            "content_overlap": self.overlap.to_dict(),
            "cue": self.cue.to_dict(),
            "speaker": {
                "correct": self.speaker_correct,
                "total": self.speaker_total,
                "accuracy": round(self.speaker_accuracy, 4),
                "strict_correct": self.speaker_strict,
                "strict_accuracy": round(self.speaker_strict_accuracy, 4),
            },
            "recall_by_gold_kind": {
                kind: {"found": f, "gold": t, "recall": round(f / t, 4) if t else 0.0}
                for kind, (f, t) in sorted(self.kind_hits.items())
            },
            "strict": {
                "content_exact": self.strict_exact.to_dict(),
                "content_overlap": self.strict_overlap.to_dict(),
            },
            "ignored_predictions": self.ignored,
            "seconds": round(self.seconds, 2),
        }
        if self.errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


@dataclass(slots=True)
class Report:
    """Everything an evaluation run found; ``to_dict`` is the JSON twin of the table."""

    directory: str
    articles: int
    gold: int
    gold_without_source: int
    systems: list[SystemResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "PolNeAR",
            "directory": self.directory,
            "articles": self.articles,
            "gold_attributions": self.gold,
            "gold_without_source": self.gold_without_source,
            "jaccard_threshold": JACCARD_THRESHOLD,
            "systems": [s.to_dict() for s in self.systems],
            "annotation_problems": list(self.problems),
        }


def score_system(
    name: str,
    gold: Sequence[AnnotatedText],
    predictions: Iterable[tuple[str, list[Predicted] | None]],
    *,
    errors: bool = False,
) -> SystemResult:
    """Sum article scores over every gold article.

    A ``None`` prediction list (or an article missing from ``predictions``)
    marks a failed article, scored as no predictions so recall still pays for it.
    """
    found = dict(predictions)
    result = SystemResult(name)
    for annotated in gold:
        # An article the system never returned counts as failed, never as skipped:
        # its gold attributions stay in the recall denominator.
        predicted = found.get(annotated.stem)
        if predicted is None:
            result.failed.append(annotated.stem)
        result.add(score_article(annotated, predicted or []), errors)
    return result


def _date_from_stem(stem: str) -> str | None:
    found = _DATE_IN_STEM.search(stem)
    return found.group(1) if found else None


def _communique_predictions(
    gold: Sequence[AnnotatedText], model: str | None
) -> Iterator[tuple[str, list[Predicted] | None]]:
    try:
        from communique.pipeline import Extractor
    except ImportError as exc:  # the pipeline module lands separately
        raise MissingExtra(f"communique.pipeline is not available: {exc}") from exc
    extractor = Extractor(model=model)
    docs = [Document(id=a.stem, text=a.text, date=_date_from_stem(a.stem)) for a in gold]
    for article in extractor.extract_many(docs):
        yield article.id, from_article(article)


def textacy_available() -> bool:
    return importlib.util.find_spec("textacy") is not None


def plain_pipeline(model: str | None) -> Language:
    """A fresh copy of the spaCy model with its default pipeline and nothing else.

    :func:`communique.nlp.load` adds communique's own components to the shared
    pipeline; a baseline must see the model as any spaCy user gets it.
    """
    name = model or default_model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise CommuniqueError("CQ302", name=name, error=str(exc).splitlines()[0]) from exc


def _textacy_predictions(
    gold: Sequence[AnnotatedText], model: str | None
) -> Iterator[tuple[str, list[Predicted] | None]]:
    if not textacy_available():
        raise MissingExtra(INSTALL_TEXTACY)
    nlp = plain_pipeline(model)
    for annotated, doc in zip(gold, nlp.pipe(a.text for a in gold), strict=True):
        try:
            yield annotated.stem, from_textacy(doc)
        except ValueError:  # odd number of quotation marks: textacy gives up on the document
            yield annotated.stem, None


_RUNNERS: dict[
    str,
    Callable[[Sequence[AnnotatedText], str | None], Iterator[tuple[str, list[Predicted] | None]]],
] = {"communique": _communique_predictions, "textacy": _textacy_predictions}


def evaluate(
    directory: Path,
    *,
    systems: list[str],
    errors: bool = False,
    limit: int | None = None,
    model: str | None = None,
) -> Report:
    """Score ``systems`` on the PolNeAR split in ``directory`` (e.g. ``data/dev``).

    Raises :class:`MissingExtra` when a system's optional dependency is absent
    (checked before any parsing, so a long run does not fail at the end), and
    ValueError for an unknown system name.
    """
    unknown = [s for s in systems if s not in _RUNNERS]
    if unknown:
        raise ValueError(f"unknown system(s) {unknown}; choose from {list(SYSTEMS)}")
    if "textacy" in systems and not textacy_available():
        raise MissingExtra(INSTALL_TEXTACY)
    gold = load_split(directory, limit=limit)
    report = Report(
        directory=str(directory),
        articles=len(gold),
        gold=sum(len(a.attributions) for a in gold),
        gold_without_source=sum(1 for a in gold for g in a.attributions if not g.has_source),
        problems=[f"{a.stem}_{a.annotator}: {p}" for a in gold for p in a.problems],
    )
    for name in systems:
        started = time.perf_counter()
        result = score_system(name, gold, _RUNNERS[name](gold, model), errors=errors)
        result.seconds = time.perf_counter() - started
        report.systems.append(result)
    return report
