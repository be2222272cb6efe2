"""``communique ingest``: a corpus into the event store (DuckDB, or Parquet via Dask).

The work is done in :mod:`communique.corpus.ingest` (local, resumable) and
:mod:`communique.corpus.dask_run` (a Dask cluster, Parquet out); this module
only checks options, shows progress and reports.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from click.core import ParameterSource
from rich.console import Console

from communique.cli.options import dating_options, extractor_options
from communique.corpus.summary import RunSummary
from communique.errors import CommuniqueError, message

if TYPE_CHECKING:
    from communique.read.file_dates import FileDates

#: Exit status of a run that could not start (store locked or damaged, no model).
EXIT_SETUP = 2
#: Exit status after Ctrl-C, as a shell reports a SIGINT.
EXIT_INTERRUPTED = 130


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--db",
    envvar="COMMUNIQUE_DB",
    show_envvar=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The DuckDB store to add to (created if missing).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write partitioned Parquet tables to this folder instead (a Dask run).",
)
@click.option(
    "--dask",
    "address",
    metavar="ADDRESS",
    help="Run on this Dask scheduler (tcp://host:8786) or a local cluster (local:N); needs --out.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Worker processes (default: every core).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=None,
    help="Articles per batch: one worker call and one store transaction [default: 32].",
)
@extractor_options
@dating_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.pass_context
def ingest(
    ctx: click.Context,
    inputs: tuple[str, ...],
    db: Path | None,
    out: Path | None,
    address: str | None,
    workers: int | None,
    batch_size: int | None,
    model: str | None,
    actors_file: Path | None,
    date: str | None,
    year: int | None,
    dates_file: Path | None,
    name_date: str,
    quiet: bool,
) -> None:
    """Analyse INPUTS and store their articles, quotes and events.

    INPUTS are what `extract` takes (.txt, .html and .jsonl files, folders,
    globs, - for stdin) and RSS/Atom feed files (.rss, .atom, .xml). Articles
    are keyed by their text: a re-run adds only what is new, an identical text
    from another file is stored once with both sources, and near-identical
    copies are linked. Inputs that cannot be read are listed in the failures
    table and never stop the run. A run that was killed or interrupted is
    resumed by running the same command again.

    \b
    Examples:
      communique ingest corpus/ --db news.duckdb
      communique ingest more/ feed.xml --db news.duckdb --workers 4
      communique ingest corpus/ --out parquet/ --dask tcp://scheduler:8786
      communique ingest corpus/ --out parquet/            # a local Dask cluster
      communique ingest corpus/ --db news.duckdb --dates dates.csv
      COMMUNIQUE_DB=news.duckdb communique ingest 2022-*.txt
    """
    if out is not None and ctx.get_parameter_source("db") is ParameterSource.ENVIRONMENT:
        db = None  # --out asked for Parquet; COMMUNIQUE_DB is for the runs that do not
    if (db is None) == (out is None):
        raise click.UsageError("give exactly one of --db FILE or --out DIR")
    if address is not None and out is None:
        raise click.UsageError("--dask writes Parquet: give --out DIR instead of --db")
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    from communique.extras import require
    from communique.read.file_dates import file_dates

    try:
        require("dask", "ingest --out") if out is not None else require("store", "ingest")
        dating = file_dates(dates_file, name_date)
    except CommuniqueError as exc:
        _fail(err, str(exc))
    try:
        # What every worker's extractor is given, whichever runner does the work.
        analysis = {
            "model": model,
            "actors_file": str(actors_file) if actors_file else None,
            "date": date,
            "year": year,
        }
        _ingest(inputs, db, out, address, workers, batch_size, analysis, dating, quiet, err)
    except KeyboardInterrupt:  # before the run began or after it ended: nothing half-done
        err.print("communique: interrupted", markup=False)
        sys.exit(EXIT_INTERRUPTED)


def _ingest(
    inputs: tuple[str, ...],
    db: Path | None,
    out: Path | None,
    address: str | None,
    workers: int | None,
    batch_size: int | None,
    analysis: dict[str, Any],
    dating: FileDates | None,
    quiet: bool,
    err: Console,
) -> None:
    from communique.corpus.ingest import DEFAULT_BATCH_SIZE, default_workers

    size = batch_size or DEFAULT_BATCH_SIZE
    if out is not None:
        where = address or f"local:{workers or default_workers()}"
        summary, interrupted = _run_dask(inputs, out, where, size, analysis, dating, quiet)
    else:
        assert db is not None
        summary, interrupted = _run_local(inputs, db, workers, size, analysis, dating, quiet, err)
    # A Dask run dates on its workers, whose copies of the table are not seen here.
    if dating is not None and dating.source and out is None and dating.unused():
        from communique.cli.extract import report_unused

        report_unused(err, dating.source, dating.unused())
    if not quiet:
        from communique.corpus.progress import summary_lines

        for line in summary_lines(summary, interrupted=interrupted):
            err.print(line, markup=False)
    if interrupted:
        sys.exit(EXIT_INTERRUPTED)
    read_any = summary.articles + summary.duplicates + summary.skipped
    if read_any == 0 and summary.failures:
        sys.exit(EXIT_SETUP)  # as extract: nothing at all could be read
    if read_any == 0:
        _fail(err, message("CQ217", inputs=" ".join(inputs)))  # an empty folder, a bad glob


def _fail(err: Console, text: str) -> NoReturn:
    err.print(text if text.startswith("CQ") else f"communique: {text}", markup=False)
    sys.exit(EXIT_SETUP)


def _run_local(
    inputs: tuple[str, ...],
    db: Path,
    workers: int | None,
    batch_size: int,
    analysis: dict[str, Any],
    dating: FileDates | None,
    quiet: bool,
    err: Console,
) -> tuple[RunSummary, bool]:
    from communique.corpus.ingest import IngestInterrupted, SetupFailed, ingest
    from communique.corpus.progress import IngestProgress

    progress = IngestProgress(inputs, enabled=not quiet and err.is_terminal, console=err)
    try:
        with progress:
            summary = ingest(
                inputs,
                db,
                workers=workers,
                batch_size=batch_size,
                **analysis,
                dating=dating,
                on_unit=lambda unit, s: progress.advance(unit.size, s),
            )
    except (CommuniqueError, SetupFailed) as exc:
        _fail(err, str(exc))
    except IngestInterrupted as stop:
        return stop.summary, True
    return summary, False


def _run_dask(
    inputs: tuple[str, ...],
    out: Path,
    address: str,
    batch_size: int,
    analysis: dict[str, Any],
    dating: FileDates | None,
    quiet: bool,
) -> tuple[RunSummary, bool]:
    from communique.corpus.dask_run import run_dask
    from communique.corpus.ingest import IngestInterrupted

    try:
        summary = run_dask(
            list(inputs),
            out,
            address,
            batch_size=batch_size,
            **analysis,
            dating=dating,
            quiet=quiet,
        )
    except IngestInterrupted as stop:
        return stop.summary, True  # Ctrl-C: what was written stays; the same command resumes
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    return summary, False
