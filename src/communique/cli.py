"""The ``communique`` command line.

``communique extract`` reads files, directories, globs or stdin and writes one
record per article; problems with single inputs are reported on stderr with
their code and never stop the batch.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console

from communique import __version__
from communique.errors import CommuniqueError, InputProblem

FORMATS = ("jsonl", "table")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def main() -> None:
    """Who said what to whom: attributed quotations from news articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one communique/1 JSON record per line; table: a readable summary.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of stdout.",
)
@click.option("--date", help="Publication date (YYYY-MM-DD) for articles whose metadata has none.")
@click.option("--year", type=int, help="Year for datelines that give only a month and day.")
@click.option("--include-text", is_flag=True, help="Add the article text to each record.")
@click.option(
    "--model", help="An installed spaCy pipeline to use instead of the default English one."
)
@click.option(
    "--actors",
    "actors_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A YAML file of extra actors (see docs/actors.md).",
)
@click.option(
    "--batch-size", type=int, default=32, show_default=True, help="Articles parsed per batch."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    output: Path | None,
    date: str | None,
    year: int | None,
    include_text: bool,
    model: str | None,
    actors_file: Path | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Extract actors and quotations from INPUTS.

    INPUTS are .txt, .html or .jsonl files, directories (searched recursively),
    glob patterns, or - for stdin. JSON Lines records may carry id, text,
    title, date, url and source.

    \b
    Examples:
      communique extract article.txt
      communique extract corpus/ --format table
      cat articles.jsonl | communique extract -
      communique extract story.txt --date 2022-02-10 --include-text -o out.jsonl
    """
    from communique.pipeline import Extractor
    from communique.read import read_inputs
    from communique.write import render_table, write_jsonl

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    problems: list[InputProblem] = []

    def on_problem(problem: InputProblem) -> None:
        problems.append(problem)
        err.print(str(problem), markup=False)

    try:
        extractor = Extractor(model=model, actors_file=actors_file, batch_size=batch_size)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc

    documents = read_inputs(list(inputs), on_problem=on_problem)
    articles = extractor.extract_many(documents, date=date, year=year)
    out: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    count = 0
    try:
        if fmt == "jsonl":
            count = write_jsonl(articles, out, include_text=include_text)
        else:
            listed = list(articles)
            count = len(listed)
            console = Console(file=out, highlight=False, soft_wrap=False) if output else Console()
            render_table(listed, console)
    finally:
        if output:
            out.close()
    if not quiet:
        bad = f", {len(problems)} input problem(s)" if problems else ""
        err.print(f"communique: {count} article(s){bad}", markup=False)
    if count == 0 and problems:
        sys.exit(2)


def _add_eval_commands() -> None:
    from communique.eval.cli import add_commands

    add_commands(main)


_add_eval_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
