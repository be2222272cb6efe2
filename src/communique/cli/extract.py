"""``communique extract``: files, directories, globs or stdin to records.

Writes one record per article; problems with single inputs are reported on
stderr with their code and never stop the batch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console

from communique.cli.options import dating_options, extractor_options
from communique.errors import CommuniqueError, InputProblem, message
from communique.write.table import WIDTH_HELP

if TYPE_CHECKING:
    from communique.schema import Article

FORMATS = ("jsonl", "table", "plover", "cameo-tsv")


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help=(
        "jsonl: one communique/1 JSON record per line; table: a readable summary; "
        "plover: one PLOVER JSON event per line; cameo-tsv: one tab-separated row per event "
        f"(docs/formats.md). {WIDTH_HELP}"
    ),
)
@click.option(
    "--events-only",
    is_flag=True,
    help="With jsonl: one event per line (the record's event plus article_id) instead of articles.",
)
@click.option(
    "--modality",
    "modality",
    metavar="LIST",
    help=(
        "Keep only events of these modalities, comma-separated: asserted, negated, "
        "hypothetical, future, intended, requested, reported (default: all, each labelled)."
    ),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of stdout.",
)
@dating_options
@click.option("--include-text", is_flag=True, help="Add the article text to each record.")
@extractor_options
@click.option(
    "--batch-size", type=int, default=32, show_default=True, help="Articles parsed per batch."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    events_only: bool,
    modality: str | None,
    output: Path | None,
    date: str | None,
    year: int | None,
    dates_file: Path | None,
    name_date: str,
    include_text: bool,
    model: str | None,
    actors_file: Path | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Extract actors, quotations and events from INPUTS.

    INPUTS are .txt, .html or .jsonl files, directories (searched recursively),
    glob patterns, or - for stdin. JSON Lines records may carry id, text,
    title, date, url and source.

    \b
    Examples:
      communique extract article.txt
      communique extract corpus/ --format table
      cat articles.jsonl | communique extract -
      communique extract story.txt --date 2022-02-10 --include-text -o out.jsonl
      communique extract corpus/ --dates dates.csv     # id,date per article
      communique extract 20220210_kyiv.txt --name-date %Y%m%d
      communique extract corpus/ --format plover --modality asserted -o events.jsonl
      communique extract corpus/ --format cameo-tsv -o events.tsv
    """
    from communique.pipeline import Extractor
    from communique.read import read_inputs
    from communique.read.file_dates import file_dates
    from communique.write import (
        filter_events,
        parse_modalities,
        render_table,
        table_console,
        write_cameo_tsv,
        write_events_jsonl,
        write_jsonl,
        write_plover,
    )
    from communique.write.files import output_stream

    try:
        modalities = parse_modalities(modality)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--modality") from exc
    # plover and cameo-tsv are one event per line anyway; a table is laid out per article.
    if events_only and fmt == "table":
        raise click.BadParameter(
            "--events-only works with jsonl, plover or cameo-tsv", param_hint="--format"
        )

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    problems: list[InputProblem] = []

    def on_problem(problem: InputProblem) -> None:
        problems.append(problem)
        err.print(str(problem), markup=False)

    try:
        dating = file_dates(dates_file, name_date)
        extractor = Extractor(model=model, actors_file=actors_file, batch_size=batch_size)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc

    documents = read_inputs(list(inputs), on_problem=on_problem)
    if dating is not None:
        documents = dating.apply_all(documents)
    seen: list[int] = [0]

    def counted(items: Iterator[Article]) -> Iterator[Article]:
        # Event writers count events; the summary on stderr counts articles.
        for item in items:
            seen[0] += 1
            yield item

    articles = filter_events(
        counted(extractor.extract_many(documents, date=date, year=year)), modalities
    )
    count = 0
    events: int | None = None
    with output_stream(output) as out:
        if fmt == "jsonl" and events_only:
            events = write_events_jsonl(articles, out)
        elif fmt == "jsonl":
            count = write_jsonl(articles, out, include_text=include_text)
        elif fmt == "plover":
            events = write_plover(articles, out, include_text=include_text, modalities=modalities)
        elif fmt == "cameo-tsv":
            events = write_cameo_tsv(articles, out)
        else:
            listed = list(articles)
            count = len(listed)
            render_table(listed, table_console(out))
    if events is not None:
        count = seen[0]
    if dating is not None and dates_file is not None and dating.unused():
        report_unused(err, dates_file, dating.unused())
    if not quiet:
        bad = f", {len(problems)} input problem(s)" if problems else ""
        what = f", {events} event(s)" if events is not None else ""
        err.print(f"communique: {count} article(s){what}{bad}", markup=False)
    if seen[0] == 0 and not problems:
        err.print(message("CQ217", inputs=" ".join(inputs)), markup=False)
        sys.exit(2)
    if count == 0 and problems:
        sys.exit(2)


def report_unused(err: Console, dates_file: Path, unused: list[str]) -> None:
    """Warn of ids in a dates file that matched nothing (a typo there dates nothing)."""
    shown = ", ".join(unused[:10]) + (f" and {len(unused) - 10} more" if len(unused) > 10 else "")
    err.print(message("CQ218", path=dates_file, count=len(unused), ids=shown), markup=False)
