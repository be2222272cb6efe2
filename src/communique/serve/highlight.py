"""Article text as escaped HTML with quotes, mentions and event triggers marked.

The article page shows the evidence where it is, so every finding becomes an
element around its characters. Spans come from the record's offsets and may
nest (a quotation reported inside another, a trigger inside a quote) or
overlap without nesting; HTML elements can only nest. The text is therefore
cut at every span boundary, and each piece is wrapped in the spans that cover
it, outermost first: a span that overlaps another's end is closed and
reopened, so the markup always nests and each piece is escaped on its own.

Nothing here trusts the text: every piece goes through :func:`markupsafe.escape`
and attributes carry only ids and class names built here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from markupsafe import Markup, escape

#: Drawing order when two spans start and end at the same place: the first is outermost.
_LAYER_ORDER = {"sentence": 0, "quote": 1, "mention": 2, "trigger": 3}


@dataclass(slots=True)
class Mark:
    """One span to mark: ``kind`` picks the element, ``attrs`` its data attributes.

    ``after`` is HTML (already safe) placed just inside the end of the span's
    last piece: a trigger's type and modality badges.
    """

    start: int
    end: int
    kind: str
    classes: tuple[str, ...] = ()
    attrs: dict[str, str] = field(default_factory=dict)
    after: Markup = field(default_factory=Markup)

    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, _LAYER_ORDER.get(self.kind, 9))


_TAGS = {"trigger": "mark"}


def _open(mark: Mark, continued: bool) -> str:
    tag = _TAGS.get(mark.kind, "span")
    classes = [mark.kind, *mark.classes]
    if continued:
        classes.append("cont")
    parts = [f'<{tag} class="{escape(" ".join(classes))}"']
    for name, value in mark.attrs.items():
        parts.append(f' data-{escape(name)}="{escape(value)}"')
    return "".join(parts) + ">"


def _close(mark: Mark, last: bool) -> str:
    tag = _TAGS.get(mark.kind, "span")
    return (str(mark.after) if last else "") + f"</{tag}>"


def clip(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks that fit the text: clipped to it, empty or inverted ones dropped."""
    out = []
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start < end:
            out.append(replace(m, start=start, end=end))
    return out


def render(text: str, marks: Sequence[Mark]) -> Markup:
    """``text`` as HTML with each mark wrapped around its characters, properly nested."""
    marks = sorted(clip(marks, len(text)), key=Mark.sort_key)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[Mark] = []  # what is open now, outermost first
    active: list[Mark] = []  # marks covering the current piece, in drawing order
    waiting = iter(marks)
    upcoming = next(waiting, None)
    for left, right in itertools.pairwise(cuts):
        active = [m for m in active if m.end > left]
        while upcoming is not None and upcoming.start <= left:
            active.append(upcoming)
            upcoming = next(waiting, None)
        covering = active  # marks enter in sort order and leave without reordering
        # Keep open the longest prefix of the stack that is still wanted, in order.
        keep = 0
        while keep < len(stack) and keep < len(covering) and stack[keep] is covering[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append(_close(m, last=m.end <= left))
        stack = stack[:keep]
        for m in covering[keep:]:
            out.append(_open(m, continued=m.start < left))
            stack.append(m)
        out.append(str(escape(text[left:right])))
    for m in reversed(stack):
        out.append(_close(m, last=True))
    return Markup("".join(out))
