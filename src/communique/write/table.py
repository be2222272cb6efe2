"""A readable terminal summary of records, for people rather than programs.

Everything taken from an article is untrusted: it may contain rich markup such
as ``[bold]`` or ``[/]``, terminal escape sequences, or bidirectional-override
characters that reorder what a reader sees. Cells are therefore built as
:class:`rich.text.Text` (never parsed as markup) from strings passed through
:func:`_clean`, and our own markup is only ever applied to our own words.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from communique.display import escape_controls
from communique.schema import Article, Event, Participant, Party, Quote

#: Longest quotation shown in a table cell; the JSON output keeps it whole.
QUOTE_WIDTH = 120

#: Widest a table is drawn on a pipe or in a file when ``COLUMNS`` does not say.
#: A pipe has no width; rich would assume 80 and fold every cell. Tables are
#: only as wide as their content, so most rows stay on one line (``| less -S``).
PIPED_WIDTH = 320

#: What ``--help`` says about the width of a table.
WIDTH_HELP = (
    "On a terminal a table fits its width; piped or written to a file it is as wide as its "
    f"content (up to {PIPED_WIDTH} columns): set COLUMNS=N to fold it to N columns."
)


def table_console(out: TextIO | None = None) -> Console:
    """A console that draws tables on ``out`` (default stdout) at the width described above."""
    stream = out if out is not None else sys.stdout
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):
        terminal = False
    width = None  # a terminal's own width, or COLUMNS: rich reads both
    if not terminal and not os.environ.get("COLUMNS", "").strip().isdigit():
        width = PIPED_WIDTH
    return Console(file=stream, highlight=False, soft_wrap=False, width=width)


#: Mention kinds that do not name the speaker, so the table shows the words
#: the article used next to the resolved name ("Annalena Baerbock ("she")").
_INDIRECT_MENTIONS = frozenset({"pronoun", "description"})


def _clean(value: str | None, limit: int | None = None) -> str:
    """One line of display-safe text: whitespace runs folded, control codes shown escaped."""
    if not value:
        return ""
    line = escape_controls(" ".join(value.split()))
    if limit is not None and len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def _header(article: Article) -> Text:
    head = Text()
    head.append(_clean(article.id), style="bold cyan")
    if article.title:
        head.append("  ")
        head.append(_clean(article.title), style="bold")
    details: list[tuple[str, str]] = []
    if article.published:
        reason = f" ({_clean(article.published_reason)})" if article.published_reason else ""
        details.append(("published ", _clean(article.published) + reason))
    if article.dateline is not None:
        where = " · ".join(
            _clean(part) for part in (article.dateline.place, article.dateline.agency) if part
        )
        details.append(("dateline ", where or _clean(article.dateline.text)))
    for label, value in details:
        head.append("\n")
        head.append(label, style="dim")
        head.append(value)
    return head


def _actors(article: Article) -> RenderableType:
    if not article.actors:
        return Text("no actors found", style="dim")
    table = Table(title=Text("Actors", style="bold"), title_justify="left", expand=False)
    for name in ("id", "name", "kind", "country", "sector"):
        table.add_column(name)
    table.add_column("mentions", justify="right")
    for actor in article.actors:
        table.add_row(
            Text(_clean(actor.id)),
            Text(_clean(actor.name)),
            Text(_clean(actor.kind)),
            Text(_clean(actor.country)),
            Text(_clean(actor.sector)),
            Text(str(len(actor.mentions))),
        )
    return table


def _party(party: Party | None) -> Text:
    if party is None:
        return Text("(none)", style="dim")
    name, words = _clean(party.name), _clean(party.mention.text)
    cell = Text(name)
    # An unresolved description is its own name; repeating it only adds noise.
    if party.mention.kind in _INDIRECT_MENTIONS and words.casefold() != name.casefold():
        cell.append(f' ("{words}")', style="dim")
    return cell


def _quotes(article: Article) -> RenderableType:
    if not article.quotes:
        return Text("no quotations found", style="dim")
    # Most quotations name no addressee; a column of blanks would only take width.
    show_addressee = any(q.addressee is not None for q in article.quotes)
    table = Table(title=Text("Quotations", style="bold"), title_justify="left", expand=False)
    table.add_column("id")
    table.add_column("kind")
    table.add_column("speaker")
    if show_addressee:
        table.add_column("to")
    table.add_column("cue")
    table.add_column("text", overflow="fold")
    table.add_column("in")
    for quote in article.quotes:
        table.add_row(*_quote_row(quote, show_addressee))
    return table


def _quote_row(quote: Quote, show_addressee: bool) -> list[Text]:
    row = [Text(_clean(quote.id)), Text(quote.kind), _party(quote.speaker)]
    if show_addressee:
        row.append(_party(quote.addressee) if quote.addressee else Text(""))
    row += [
        Text(_clean(quote.cue.text) if quote.cue else ""),
        Text(_clean(quote.text, QUOTE_WIDTH)),
        Text(_clean(quote.nested_in)),
    ]
    return row


def _participants(participants: list[Participant]) -> str:
    """ "Annalena Baerbock (DEU GOV) + Wang Yi (CHN GOV)": the names with their codes."""
    parts = []
    for p in participants:
        codes = " ".join(_clean(c) for c in (p.code, p.sector) if c)
        name = _clean(p.name) or "?"
        parts.append(f"{name} ({codes})" if codes else name)
    return " + ".join(parts)


def _event_row(event: Event) -> list[Text]:
    kind = Text(_clean(event.type))
    if event.mode:
        kind.append("/" + _clean(event.mode), style="dim")
    modality = Text(_clean(event.modality), style="bold" if event.modality == "asserted" else "")
    for label, ref in (("by", event.claimed_by), ("for", event.requested_by)):
        if ref:
            modality.append(f" {label} {_clean(ref)}", style="dim")
    who = Text(_participants(event.actor) or "?")
    if event.recipient:
        who.append(" → ")
        who.append(_participants(event.recipient))
    place = Text("")
    if event.location is not None:
        place.append(_clean(event.location.name))
        if event.location.from_dateline:
            place.append(" (dateline)", style="dim")
    return [
        Text(_clean(event.id)),
        kind,
        modality,
        who,
        Text(_clean(event.trigger.text)),
        Text(_clean(event.date)),
        place,
    ]


def _events(article: Article) -> RenderableType:
    """What happened, who to whom, and whether the article asserts it.

    Modality is a column rather than a filter: a reader of one article should
    see the denied and demanded events too, marked as such.
    """
    if not article.events:
        return Text("no events found", style="dim")
    table = Table(title=Text("Events", style="bold"), title_justify="left", expand=False)
    for name in ("id", "type/mode", "modality", "actor → recipient", "trigger", "date", "place"):
        table.add_column(name, overflow="fold" if name == "actor → recipient" else "ellipsis")
    for event in article.events:
        table.add_row(*_event_row(event))
    return table


def _warnings(article: Article) -> RenderableType | None:
    if not article.warnings:
        return None
    lines = Text()
    for i, warning in enumerate(article.warnings):
        if i:
            lines.append("\n")
        lines.append(_clean(warning.code), style="bold yellow")
        lines.append(" " + _clean(warning.message))
        if warning.span is not None:
            lines.append(f" (at {warning.span[0]}–{warning.span[1]})", style="dim")
    return lines


def render_table(articles: Iterable[Article], console: Console) -> None:
    """Print a summary of each article: header, actors, quotations, events and warnings.

    Articles are printed one at a time as the iterable yields them, so a batch
    shows progress instead of waiting for the last article.
    """
    for n, article in enumerate(articles):
        if n:
            console.print()
        parts: list[RenderableType] = [
            _header(article),
            _actors(article),
            _quotes(article),
            _events(article),
        ]
        warnings = _warnings(article)
        if warnings is not None:
            parts.append(warnings)
        console.print(Group(*parts))
