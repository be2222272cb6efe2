"""Showing an evaluation :class:`~communique.eval.polnear.Report` in a terminal.

Article text is untrusted: a snippet may hold ``[bold]`` or control
characters. Every piece of it goes into a :class:`rich.text.Text`, which rich
never parses as markup, and snippets are already free of control characters.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from communique.eval.polnear import PRF, ArticleErrors, Report, Snippet, SystemResult


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _prf(prf: PRF) -> str:
    return " ".join(f"{100 * v:4.1f}" for v in (prf.precision, prf.recall, prf.f1))


def scores_table(report: Report) -> Table:
    """One row per system: content exact/overlap, cue and speaker figures (percent).

    P, R and F1 share a cell so the table fits an 80-column terminal; failed
    articles are reported under the table.
    """
    table = Table(
        title=f"PolNeAR: {report.articles} articles, {report.gold} gold attributions",
        caption=(
            "percent; speaker accuracy on matched contents with a gold source: any mention of "
            "the speaker's actor / strictly, its own mention at the quotation"
        ),
    )
    table.add_column("system")
    for name in ("content exact", "content overlap", "cue"):
        table.add_column(f"{name}\nP    R    F1", justify="right", no_wrap=True)
    table.add_column("speaker\nany/strict", justify="right", no_wrap=True)
    for s in report.systems:
        table.add_row(
            Text(s.name),
            _prf(s.exact),
            _prf(s.overlap),
            _prf(s.cue),
            f"{_pct(s.speaker_accuracy)}/{_pct(s.speaker_strict_accuracy)}\n"
            f"{s.speaker_correct},{s.speaker_strict}/{s.speaker_total}",
        )
    return table


def strict_table(report: Report) -> Table:
    """Content figures with nested quotes counted and no merging of quotes that share a cue."""
    table = Table(
        title="Strict count: nested quotes included, no merging by cue",
        caption="percent",
    )
    table.add_column("system")
    for name in ("content exact", "content overlap"):
        table.add_column(f"{name}\nP    R    F1", justify="right", no_wrap=True)
    table.add_column("predicted", justify="right")
    for s in report.systems:
        table.add_row(
            Text(s.name),
            _prf(s.strict_exact),
            _prf(s.strict_overlap),
            str(s.strict_overlap.predicted),
        )
    return table


def kinds_table(report: Report) -> Table:
    """Overlap recall by the (heuristic) kind of the gold content."""
    kinds = sorted({k for s in report.systems for k in s.kind_hits})
    table = Table(title="Overlap recall by gold kind")
    table.add_column("system")
    for kind in kinds:
        table.add_column(kind, justify="right")
    for s in report.systems:
        cells = []
        for kind in kinds:
            found, total = s.kind_hits.get(kind, [0, 0])
            cells.append(f"{_pct(found / total if total else 0.0)} ({found}/{total})")
        table.add_row(Text(s.name), *cells)
    return table


def _line(label: str, snip: Snippet, style: str) -> Text:
    out = Text(f"  {label} ", style=style)
    out.append(f"{snip.start}-{snip.end} ", style="dim")
    out.append(snip.text)
    return out


def errors_text(system: SystemResult) -> list[Text]:
    """The error listing of one system, article by article, as plain Text lines."""
    lines: list[Text] = []
    for article in system.errors:
        lines.extend(_article_lines(system.name, article))
    return lines


def _article_lines(name: str, article: ArticleErrors) -> list[Text]:
    lines = [Text(f"{name} · {article.article}", style="bold")]
    lines += [_line("missed   ", s, "red") for s in article.missed]
    lines += [_line("false hit", s, "yellow") for s in article.false_hits]
    for b in article.boundaries:
        lines.append(_line(f"edges {b.jaccard:.2f}", b.gold, "cyan"))
        lines.append(_line("   system ", b.predicted, "cyan"))
    for w in article.wrong_speakers:
        line = _line("speaker  ", w.content, "magenta")
        line.append(f"\n      gold: {w.gold_source.text}   system: {w.predicted or '(none)'}")
        lines.append(line)
    return lines


def render(report: Report, console: Console, *, errors: bool = False) -> None:
    """Print the tables, annotation problems and (with ``errors``) the error listing."""
    if errors:
        for system in report.systems:
            for line in errors_text(system):
                console.print(line)
        console.print()
    console.print(scores_table(report))
    console.print(kinds_table(report))
    console.print(strict_table(report))
    for s in report.systems:
        if s.failed:
            console.print(
                Text(
                    f"{s.name}: {len(s.failed)} of {s.articles} articles failed "
                    "and were scored as having no predictions",
                    style="yellow",
                )
            )
        if s.ignored:
            console.print(
                Text(f"{s.name}: {s.ignored} predictions inside Discard/Discuss text ignored")
            )
    for problem in report.problems:
        console.print(Text(f"annotation: {problem}", style="dim"))
