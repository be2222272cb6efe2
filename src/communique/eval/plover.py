"""Scoring PLOVER events against gold-standard sentences such as ``gsr_dev.jsonl``.

Each gold record is one sentence with one coded event: a type
(``plover_event``), the words that state it (``eventText`` and the ``EVT``
parts of ``textInfo.markup``), the source actors and the target actors, each
with a country code. communique codes every event it finds in the sentence, so
the question asked is "did it find the gold event among them?", plus how much
else it coded. An event *is* the gold event when it has the gold type, its
modality says it happened (asserted, or reported by a source) and its trigger
shares a word with the gold event words. Figures (each a share of the N gold
sentences):

* **type**: some predicted event is the gold event;
* **type+actor**: that event has exactly the gold set of actor codes
  (``Participant.code``; a participant without a code stays in the set as
  :data:`UNCODED`, so an extra uncoded actor is a mismatch; sectors are not
  compared);
* **type+actor+recipient**: that event also has exactly the gold set of
  target codes (both empty when the gold has no target);
* the same two with **overlap**: the code sets share a code, or are both empty;
* **extra events per sentence**: predicted events of any modality other than
  the one matched to the gold event, divided by N. A sentence often holds more
  than one real event, so this is an upper bound on over-generation.

The gold file is split into two halves by a fixed rule on the record id
(:func:`half_of`), so that rules can be developed on one half while the other
is only ever scored. Details and measured figures: docs/evaluation.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from communique.schema import HAPPENED, Article, Document, Event, Participant

#: Label in the confusion table for a sentence with no predicted event.
NONE = "NONE"
#: Longest sentence excerpt in the error listing, in characters.
SNIPPET_CHARS = 160

#: Codes compared as the same country part. The gold sentences mark every
#: intergovernmental body IGO, where communique uses PLOVER's finer UNO (United
#: Nations bodies) and EUR (European Union); and a few gold records keep CAMEO's
#: old country codes (JAP, ITL) for what ISO 3166 calls JPN and ITA.
CODE_ALIASES: dict[str, str] = {"UNO": "IGO", "EUR": "IGO", "JAP": "JPN", "ITL": "ITA"}

#: Gold ``date`` values that are placeholders, read as "date unknown". The PLOVER
#: gold-standard records' own documentation (``PLOVER_GSR_CAMEO_readme``, PLOVER
#: repository) says "All date fields are set to '2000-01-01'": the sentences are
#: CAMEO manual examples from news "around the turn of the century", many edited, with
#: no date of their own. Passing the placeholder on would make the actor layer resolve
#: "President Bush" as whoever held the office on 1 January 2000.
PLACEHOLDER_DATES = frozenset({"2000-01-01"})


#: Stands in the code sets for a participant that has no code: it stays a member.
UNCODED = "?"


#: The two halves of a gold file.
HALVES = ("A", "B")
#: The half whose sentences and errors are never shown: rules are developed on the other.
#: Its sentences count in every figure, but never in the confusion or the error list.
SEALED_HALF = "B"
#: What stands for the id of a failed sentence of the sealed half.
WITHHELD = "(held-out sentence)"


def normalise_code(code: str) -> str:
    """The code as compared: upper case, aliases folded (see :data:`CODE_ALIASES`)."""
    code = code.strip().upper()
    return CODE_ALIASES.get(code, code)


def half_of(record_id: str) -> str:
    """The half ("A" or "B") a gold record belongs to: the parity of the last byte of
    the SHA-256 of its id (UTF-8). Fixed, documented and independent of the file's order."""
    return "A" if hashlib.sha256(record_id.encode("utf-8")).digest()[-1] % 2 == 0 else "B"


#: ``(EVT: ...)`` parts of the gold markup: the words that state the event.
_EVT = re.compile(r"\(EVT:\s*([^()]*)\)")
#: Words shorter than this never match on their own ("to", "of", "on").
_MIN_WORD = 3
#: Two word forms are the same word when they share a prefix this long ("agreed"/"agree").
_STEM = 4


def content_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` long enough to name something: what two wordings of
    one event (a gold trigger and ours, a label and a party's name) are compared by."""
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= _MIN_WORD)


def same_word(a: str, b: str) -> bool:
    """Are two words one word in two forms ("attacked", "attacks")? Equal, or sharing a stem
    of at least four letters that is the shorter word but for an ending of up to two."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= _STEM and shared >= min(len(a), len(b)) - 2


# -- gold -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One gold record: the sentence, its event type and the actor code sets."""

    id: str
    text: str
    date: str | None
    event: str
    source: frozenset[str]
    target: frozenset[str]
    #: the words that state the gold event (``eventText`` and the markup's ``EVT`` parts);
    #: empty when the record gives none, and then any trigger may be the gold event
    evidence: frozenset[str] = frozenset()

    @property
    def half(self) -> str:
        return half_of(self.id)

    def states(self, trigger: str) -> bool:
        """Does a trigger share a word with the gold event's words?"""
        if not self.evidence:
            return True
        return any(same_word(w, e) for w in content_words(trigger) for e in self.evidence)


def _codes(value: Any) -> frozenset[str]:
    """Country codes of a gold ``source``/``target`` value.

    The gold files use a list of ``{actorText, code, sector}`` objects, but also
    ``""``, a missing field, or (once) a stray string such as ``"diplomatic"``
    for "no target"; anything that is not a list of objects with a code is empty.
    """
    if not isinstance(value, list):
        return frozenset()
    codes = set()
    for item in value:
        if not isinstance(item, dict):
            continue
        code = item.get("code")
        if isinstance(code, str) and code.strip():
            codes.add(normalise_code(code))
        elif isinstance(item.get("actorText"), str) and item["actorText"].strip():
            codes.add(UNCODED)  # a named participant the gold left uncoded
    return frozenset(codes)


def _evidence(record: dict[str, Any]) -> frozenset[str]:
    """The gold event's words: ``eventText`` and every ``(EVT: ...)`` part of the markup."""
    parts: list[str] = []
    if isinstance(record.get("eventText"), str):
        parts.append(record["eventText"])
    info = record.get("textInfo")
    if isinstance(info, dict) and isinstance(info.get("markup"), str):
        parts += _EVT.findall(info["markup"])
    return frozenset().union(*(content_words(p) for p in parts)) if parts else frozenset()


def gold_from_record(record: Any, line: int = 0) -> GoldSentence | None:
    """A :class:`GoldSentence` from one decoded JSON line, or None if it cannot be scored.

    ``plover_event`` is used rather than ``event``: in the gold files ``event``
    keeps old category names (DEMAND, DISAPPROVE, FIGHT …) that ``plover_event``
    maps to PLOVER types.
    """
    if not isinstance(record, dict):
        return None
    text, event = record.get("text"), record.get("plover_event")
    if not isinstance(text, str) or not text.strip() or not isinstance(event, str):
        return None
    event = event.strip().upper()
    if not event:
        return None
    date = record.get("date")
    if not isinstance(date, str) or not date.strip() or date.strip() in PLACEHOLDER_DATES:
        date = None
    return GoldSentence(
        id=str(record.get("id") or f"line-{line}"),
        text=text,
        date=date,
        event=event,
        source=_codes(record.get("source")),
        target=_codes(record.get("target")),
        evidence=_evidence(record),
    )


def read_gold(
    path: Path, *, limit: int | None = None, half: str | None = None
) -> tuple[list[GoldSentence], list[str]]:
    """The gold sentences in a JSON Lines file and a list of lines that were skipped.

    With ``half`` ("A" or "B"), only the records of that half (:func:`half_of`);
    ``limit`` then counts within the half. Raises FileNotFoundError for a missing
    file (the CLI reports it); a bad line never stops the reading, it is listed as
    a problem instead.
    """
    if half is not None and half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    golds: list[GoldSentence] = []
    problems: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as lines:
        for n, line in enumerate(lines, start=1):
            if limit is not None and len(golds) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: not valid JSON ({exc.msg})")
                continue
            gold = gold_from_record(record, n)
            if gold is None:
                problems.append(f"line {n}: no text or no plover_event, skipped")
            elif half is None or gold.half == half:
                golds.append(gold)
    return golds, problems


# -- scoring --------------------------------------------------------------------


def _code_set(parts: Sequence[Participant]) -> frozenset[str]:
    return frozenset(normalise_code(p.code) if p.code else UNCODED for p in parts)


def _actor_codes(event: Event) -> frozenset[str]:
    return _code_set(event.actor)


def _recipient_codes(event: Event) -> frozenset[str]:
    return _code_set(event.recipient)


def _overlap(gold: frozenset[str], predicted: frozenset[str]) -> bool:
    """Lenient code-set match: a shared code, or nothing on either side."""
    return bool(gold & predicted) if gold or predicted else True


@dataclass(slots=True)
class SentenceScore:
    """What one sentence contributes to each figure, and the evidence for it."""

    gold: GoldSentence
    predicted: list[Event]
    type_hit: bool = False
    actor_hit: bool = False
    full_hit: bool = False
    actor_overlap: bool = False
    full_overlap: bool = False
    matched: str | None = None  # id of the event matched to the gold event
    extra: int = 0
    failed: bool = False

    @property
    def label(self) -> str:
        """The predicted type shown against the gold type in the confusion table."""
        if self.type_hit:
            return self.gold.event
        return self.predicted[0].type if self.predicted else NONE

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.gold.id,
            "gold": {
                "event": self.gold.event,
                "source": sorted(self.gold.source),
                "target": sorted(self.gold.target),
            },
            "predicted": [_event_summary(e) for e in self.predicted],
            "type": self.type_hit,
            "type_actor": self.actor_hit,
            "type_actor_recipient": self.full_hit,
            "type_actor_overlap": self.actor_overlap,
            "type_actor_recipient_overlap": self.full_overlap,
            "matched": self.matched,
            "extra": self.extra,
            "failed": self.failed,
            "text": _snippet(self.gold.text),
        }


def _event_summary(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "modality": event.modality,
        "actor": sorted(_actor_codes(event)),
        "recipient": sorted(_recipient_codes(event)),
        "trigger": event.trigger.text,
    }


def is_gold_event(gold: GoldSentence, event: Event) -> bool:
    """Can ``event`` be the gold one: the gold type, a modality saying it happened, and a
    trigger that shares a word with the gold event words?"""
    return (
        event.type == gold.event and event.modality in HAPPENED and gold.states(event.trigger.text)
    )


def score_sentence(gold: GoldSentence, events: Sequence[Event]) -> SentenceScore:
    """Score the events predicted for one gold sentence.

    The event matched to the gold one is the best of those that can be it
    (:func:`is_gold_event`): full exact match first, then actor exact, then the
    overlap variants. Every other event, of any modality, counts as extra,
    including a second event of the gold type.
    """
    result = SentenceScore(gold=gold, predicted=list(events))
    best: tuple[bool, ...] | None = None
    best_id: str | None = None
    for event in events:
        if not is_gold_event(gold, event):
            continue
        actors, recipients = _actor_codes(event), _recipient_codes(event)
        actor_exact = actors == gold.source
        full_exact = actor_exact and recipients == gold.target
        actor_overlap = _overlap(gold.source, actors)
        full_overlap = actor_overlap and _overlap(gold.target, recipients)
        result.type_hit = True
        result.actor_hit |= actor_exact
        result.full_hit |= full_exact
        result.actor_overlap |= actor_overlap
        result.full_overlap |= full_overlap
        rank = (full_exact, actor_exact, full_overlap, actor_overlap)
        if best is None or rank > best:
            best, best_id = rank, event.id
    result.matched = best_id
    result.extra = sum(1 for e in events if not (best_id and e.id == best_id))
    return result


@dataclass(slots=True)
class PloverReport:
    """The figures of one run; ``to_dict`` is the JSON twin of the tables."""

    file: str
    sentences: int = 0
    type_hits: int = 0
    type_actor: int = 0
    type_actor_recipient: int = 0
    type_actor_overlap: int = 0
    type_actor_recipient_overlap: int = 0
    half: str | None = None
    predicted_events: int = 0
    happened_events: int = 0
    extra: int = 0
    failed: list[str] = field(default_factory=list)
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type → [n, type, full]
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    errors: list[SentenceScore] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def rate(self, count: int) -> float:
        """``count`` as a share of the sentences (0 for an empty run, never a division error)."""
        return count / self.sentences if self.sentences else 0.0

    def add(self, score: SentenceScore, *, keep_errors: bool = False) -> None:
        self.sentences += 1
        self.type_hits += score.type_hit
        self.type_actor += score.actor_hit
        self.type_actor_recipient += score.full_hit
        self.type_actor_overlap += score.actor_overlap
        self.type_actor_recipient_overlap += score.full_overlap
        self.predicted_events += len(score.predicted)
        self.happened_events += sum(1 for e in score.predicted if e.modality in HAPPENED)
        self.extra += score.extra
        sealed = score.gold.half == SEALED_HALF
        if score.failed:
            self.failed.append(WITHHELD if sealed else score.gold.id)
        row = self.by_type.setdefault(score.gold.event, [0, 0, 0])
        row[0] += 1
        row[1] += score.type_hit
        row[2] += score.full_hit
        if sealed:
            return  # nothing that shows a held-out sentence or its error is kept
        self.confusion.setdefault(score.gold.event, Counter())[score.label] += 1
        if keep_errors and not score.full_hit:
            self.errors.append(score)

    def figures(self) -> dict[str, float]:
        """The headline shares, named as in docs/evaluation.md."""
        return {
            "type_accuracy": self.rate(self.type_hits),
            "type_actor_accuracy": self.rate(self.type_actor),
            "type_actor_recipient_accuracy": self.rate(self.type_actor_recipient),
            "type_actor_overlap_accuracy": self.rate(self.type_actor_overlap),
            "type_actor_recipient_overlap_accuracy": self.rate(self.type_actor_recipient_overlap),
            "extra_events_per_sentence": self.rate(self.extra),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "PLOVER gold sentences",
            "file": self.file,
            "half": self.half,
            "sentences": self.sentences,
            **self.figures(),
            "counts": {
                "type": self.type_hits,
                "type_actor": self.type_actor,
                "type_actor_recipient": self.type_actor_recipient,
                "type_actor_overlap": self.type_actor_overlap,
                "type_actor_recipient_overlap": self.type_actor_recipient_overlap,
                "predicted_events": self.predicted_events,
                "happened_events": self.happened_events,
                "extra": self.extra,
            },
            "by_type": {
                t: {"sentences": n, "type": hit, "type_actor_recipient": full}
                for t, (n, hit, full) in sorted(self.by_type.items())
            },
            "confusion": {g: dict(sorted(c.items())) for g, c in sorted(self.confusion.items())},
            "failed": list(self.failed),
            "errors": [e.to_dict() for e in self.errors],
            "problems": list(self.problems),
            "seconds": round(self.seconds, 2),
        }

    def summary(self) -> PloverReport:
        """The same figures without anything that shows a sentence: no errors, no
        confusion, no ids of failed sentences (only their number), no problems. This is
        all that is ever shown of the held-out half (``sealed``)."""
        return PloverReport(
            file=self.file,
            sentences=self.sentences,
            type_hits=self.type_hits,
            type_actor=self.type_actor,
            type_actor_recipient=self.type_actor_recipient,
            type_actor_overlap=self.type_actor_overlap,
            type_actor_recipient_overlap=self.type_actor_recipient_overlap,
            half=self.half,
            predicted_events=self.predicted_events,
            happened_events=self.happened_events,
            extra=self.extra,
            failed=[WITHHELD] * len(self.failed),
            by_type={k: list(v) for k, v in self.by_type.items()},
            seconds=self.seconds,
        )


def score(
    golds: Sequence[GoldSentence],
    articles: Iterable[Article | None],
    *,
    errors: bool = False,
    file: str = "",
    half: str | None = None,
) -> PloverReport:
    """Score records against gold sentences, pairing them in order.

    A ``None`` article, or one missing because ``articles`` ran out, counts as a
    sentence with no events (a failure listed in the report), never as skipped,
    so the denominators stay the number of gold sentences.
    """
    report = PloverReport(file=file, half=half)
    produced = iter(articles)
    for gold in golds:
        article = next(produced, None)
        if article is None or article.id != gold.id:
            result = score_sentence(gold, [])
            result.failed = True
        else:
            result = score_sentence(gold, article.events)
            result.failed = any(w.code == "CQ211" for w in article.warnings)
        report.add(result, keep_errors=errors)
    return report


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    errors: bool = False,
    model: str | None = None,
    half: str | None = None,
) -> PloverReport:
    """Run communique on the gold sentences in ``path`` (or one half of them) and score
    its events.

    Each sentence is one document (its ``id``, ``text`` and ``date``), so relative
    dates resolve as they would in an article of that day. The held-out half
    (:data:`SEALED_HALF`) is scored as a :meth:`PloverReport.summary` only, whatever
    ``errors`` says: its sentences and errors are never part of the report.
    """
    from communique.pipeline import Extractor

    golds, problems = read_gold(path, limit=limit, half=half)
    extractor = Extractor(model=model)
    started = time.perf_counter()
    docs = [Document(id=g.id, text=g.text, date=g.date) for g in golds]
    sealed = half == SEALED_HALF
    report = score(golds, extractor.extract_many(docs), errors=errors, file=str(path), half=half)
    report.seconds = time.perf_counter() - started
    report.problems = problems
    return report.summary() if sealed else report


# -- showing it -----------------------------------------------------------------


def _snippet(text: str) -> str:
    """One display-safe line: control and format characters dropped, whitespace folded."""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    line = " ".join(kept.split())
    return line if len(line) <= SNIPPET_CHARS else line[: SNIPPET_CHARS - 1].rstrip() + "…"


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def scores_table(report: PloverReport) -> Table:
    """The headline figures, one row each, with the counts behind them."""
    table = Table(
        title=f"PLOVER: {report.sentences} gold sentences"
        + (f" (half {report.half})" if report.half else ""),
        caption="accuracy: share of sentences where a predicted event that happened matches",
    )
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("count", justify="right")
    rows = [
        ("type accuracy", report.type_hits),
        ("type+actor", report.type_actor),
        ("type+actor+recipient", report.type_actor_recipient),
        ("type+actor (overlap)", report.type_actor_overlap),
        ("type+actor+recipient (overlap)", report.type_actor_recipient_overlap),
    ]
    for name, count in rows:
        table.add_row(name, _pct(report.rate(count)), f"{count}/{report.sentences}")
    table.add_row(
        "extra events / sentence",
        f"{report.rate(report.extra):.2f}",
        f"{report.extra}/{report.sentences}",
    )
    return table


def by_type_table(report: PloverReport) -> Table:
    """Type and full accuracy per gold type: where the lexicon is thin."""
    table = Table(title="By gold type")
    for name in ("gold type", "n", "type %", "type+actor+recipient %"):
        table.add_column(name, justify="left" if name == "gold type" else "right")
    for kind, (n, hit, full) in sorted(report.by_type.items()):
        table.add_row(Text(kind), str(n), _pct(hit / n if n else 0.0), _pct(full / n if n else 0.0))
    return table


def confusion_table(report: PloverReport) -> Table:
    """Gold type → predicted type (the gold type when found, else the first predicted).

    One row per gold type listing what was predicted, most frequent first: a
    16 × 17 matrix does not fit a terminal, and most of its cells are empty.
    """
    table = Table(title="Confusion: gold type → predicted type (count)")
    table.add_column("gold")
    table.add_column("n", justify="right")
    table.add_column("predicted", overflow="fold")
    for gold, counts in sorted(report.confusion.items()):
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        cell = Text(", ".join(f"{label} {n}" for label, n in ranked))
        table.add_row(Text(gold), str(sum(counts.values())), cell)
    return table


def _error_lines(score: SentenceScore) -> list[Text]:
    gold = score.gold
    head = Text(_snippet(gold.id), style="bold")
    head.append(f"  gold {gold.event} ")
    head.append(f"{','.join(sorted(gold.source)) or '-'} → {','.join(sorted(gold.target)) or '-'}")
    if score.failed:
        head.append("  (analysis failed)", style="red")
    lines = [head, Text("  " + _snippet(gold.text), style="dim")]
    if not score.predicted:
        lines.append(Text("  no events", style="yellow"))
    for event in score.predicted:
        s = _event_summary(event)
        line = Text(f"  {'*' if event.id == score.matched else ' '} ")
        line.append(f"{s['type']} {s['modality']} ")
        line.append(f"{','.join(s['actor']) or '-'} → {','.join(s['recipient']) or '-'} ")
        line.append(f'"{_snippet(s["trigger"])}"', style="dim")
        lines.append(line)
    return lines


def render(report: PloverReport, console: Console, *, errors: bool = False) -> None:
    """Print the figures; with ``errors``, the confusion table and every sentence not fully
    matched (of the unsealed half only: see :data:`SEALED_HALF`).

    Gold and article text goes into :class:`rich.text.Text` only, never parsed
    as markup, and is cleaned of control characters first.
    """
    console.print(scores_table(report))
    console.print(by_type_table(report))
    if errors:
        console.print(confusion_table(report))
        for item in report.errors:
            for line in _error_lines(item):
                console.print(line)
    if report.failed:
        console.print(Text(f"failed sentences: {', '.join(report.failed)}", style="red"))
    for problem in report.problems:
        console.print(Text(_snippet(problem), style="yellow"))
