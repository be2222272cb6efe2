"""Reading PolNeAR attribution annotations in brat standoff format.

PolNeAR ships one ``.ann`` file per article and annotator
(``attributions/<stem>_<annotator>.ann``) next to the article text
(``text/<stem>.txt``). Each ``T`` line is a labelled text-bound span, each ``E``
line ties the spans of one attribution together::

    T1  Source 89 106       The New York Post
    T2  Cue 107 114         reports
    T3  Content 115 290     that Hillary Clinton's team ...
    E1  Attribution:T4 Content:T3 Cue:T2 Source:T1

What we keep (the reasons are in ``docs/evaluation.md``):

* ``Attribution`` and ``Attribution-no-source`` events become :class:`Attribution`
  records; the latter simply have no source. ``Content2`` is a second content
  fragment and is merged into the content.
* An event with no ``Content`` cannot be scored and is dropped with a note in
  :attr:`AnnotatedText.problems`.
* ``Discard`` (bylines, embedded tweets, "Read the rest here.") and ``Discuss``
  (annotator unsure) spans are not gold; they are kept as *ignored regions* so
  that a prediction falling inside one is neither rewarded nor punished.

Offsets are Python character offsets into the text read as UTF-8 with newlines
left untouched, which is what brat wrote. A span may be discontinuous
(``"315 448;463 553"``), so every span here is a tuple of ``(start, end)`` pieces.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from communique.schema import Span

#: Event roles that hold the attributed content; ``Content2`` is a rare second fragment.
_CONTENT_ROLES = ("Content", "Content2")
#: Text-bound labels that mark text the annotators chose not to annotate.
IGNORED_LABELS = frozenset({"Discard", "Discuss"})


@dataclass(frozen=True, slots=True)
class TextBound:
    """One ``T`` line: a label over one or more character ranges."""

    id: str
    label: str
    spans: tuple[Span, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """One gold attribution; an empty ``source`` means the annotator found none."""

    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...] = ()
    source: tuple[Span, ...] = ()

    @property
    def has_source(self) -> bool:
        return bool(self.source)


@dataclass(slots=True)
class AnnotatedText:
    """One article with one annotator's attributions."""

    stem: str
    annotator: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    ignored: list[Span] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _parse_spans(field_text: str) -> tuple[Span, ...]:
    """Pieces in the order written: annotators sometimes list a later piece first."""
    pieces = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def parse_ann(ann: str, text: str) -> tuple[list[Attribution], list[Span], list[str]]:
    """Parse the content of one ``.ann`` file against its article text.

    Returns the attributions, the ignored regions (``Discard``/``Discuss``) and
    a list of problems found (bad lines, offsets whose text does not match), so
    a reader can see what was skipped instead of losing it silently.
    """
    bounds: dict[str, TextBound] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    problems: list[str] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                label, _, offsets = parts[1].partition(" ")
                spans = _parse_spans(offsets)
                # brat joins the pieces of a discontinuous span with one space.
                expected = " ".join(text[s:e] for s, e in spans)
                bound = TextBound(
                    parts[0], label, tuple(sorted(spans)), parts[2] if len(parts) > 2 else ""
                )
                if any(e > len(text) or s > e for s, e in spans) or (
                    bound.text and bound.text != expected
                ):
                    problems.append(f"line {number}: {parts[0]} text does not match offsets")
                bounds[bound.id] = bound
            elif line.startswith("E"):
                roles = [tuple(arg.split(":", 1)) for arg in parts[1].split()]
                events.append((parts[0], [(r[0], r[1]) for r in roles]))
            # A (attribute), R (relation) and N (normalisation) lines carry nothing we score.
        except (IndexError, ValueError):
            problems.append(f"line {number}: cannot parse {line[:60]!r}")

    attributions: list[Attribution] = []
    for event_id, roles in events:
        content: list[Span] = []
        cue: list[Span] = []
        source: list[Span] = []
        for role, ref in roles:
            bound = bounds.get(ref)
            if bound is None:
                problems.append(f"{event_id}: refers to missing {ref}")
                continue
            if role in _CONTENT_ROLES:
                content.extend(bound.spans)
            elif role == "Cue":
                cue.extend(bound.spans)
            elif role == "Source":
                source.extend(bound.spans)
        if not content:
            problems.append(f"{event_id}: attribution without content, skipped")
            continue
        attributions.append(
            Attribution(event_id, tuple(sorted(content)), tuple(sorted(cue)), tuple(sorted(source)))
        )
    ignored = sorted(span for b in bounds.values() if b.label in IGNORED_LABELS for span in b.spans)
    return attributions, ignored, problems


def split_ann_name(path: Path) -> tuple[str, str]:
    """``foo_bar_4e07.ann`` → (``foo_bar``, ``4e07``): article stem and annotator id."""
    stem, _, annotator = path.stem.rpartition("_")
    return (stem, annotator) if stem else (path.stem, "")


def read_text(path: Path) -> str:
    """Article text exactly as brat indexed it: UTF-8, newlines untranslated."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def read_annotated(ann_path: Path, text_dir: Path) -> AnnotatedText:
    """One ``.ann`` file and its article text."""
    stem, annotator = split_ann_name(ann_path)
    text = read_text(text_dir / f"{stem}.txt")
    attributions, ignored, problems = parse_ann(read_text(ann_path), text)
    return AnnotatedText(stem, annotator, text, attributions, ignored, problems)


def split_dirs(directory: Path) -> tuple[Path, Path]:
    """The ``attributions`` and ``text`` folders of a split folder such as ``data/dev``.

    ``directory`` may also be the ``attributions`` folder itself.
    """
    if directory.name == "attributions":
        return directory, directory.parent / "text"
    return directory / "attributions", directory / "text"


def load_split(directory: Path, *, limit: int | None = None) -> list[AnnotatedText]:
    """Every article of a PolNeAR split, one annotation each, in file-name order.

    A few articles were annotated by every annotator to measure agreement; to
    weigh each article once we keep the annotator whose id sorts first. This is
    arbitrary but stable, so figures are reproducible. ``limit`` keeps the first
    ``limit`` articles.
    """
    ann_dir, text_dir = split_dirs(directory)
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise FileNotFoundError(
            f"{directory}: expected 'attributions/' and 'text/' folders (a PolNeAR split such as "
            "PolNeAR/data/dev)"
        )
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(ann_dir.glob("*.ann")):
        by_stem[split_ann_name(path)[0]].append(path)
    stems = sorted(by_stem)
    if limit is not None:
        stems = stems[:limit]
    return [read_annotated(min(by_stem[s], key=lambda p: p.name), text_dir) for s in stems]
