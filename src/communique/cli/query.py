"""``communique query``, ``quotes``, ``dyads`` and ``export``: reading the event store.

Each command opens the store read-only (a DuckDB file or a Parquet folder),
builds :class:`~communique.query.filters.Filters` from the shared options and
calls the functions in :mod:`communique.query`, which the web API calls too.
A bad option value or refused SQL exits with status 2 and one line on stderr;
a store that cannot be opened exits with status 1 and its coded message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console

from communique.write.table import WIDTH_HELP

if TYPE_CHECKING:
    import duckdb

    from communique.query.filters import Filters

F = TypeVar("F", bound=Callable[..., Any])

RESULT_FORMATS = ("table", "csv", "json", "parquet")

#: Rows a terminal table shows when no --limit is given.
TABLE_LIMIT = 50


class UsageProblem(click.ClickException):
    """A bad value or refused request: status 2, like click's own usage errors."""

    exit_code = 2


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        required=True,
        envvar="COMMUNIQUE_DB",
        show_envvar=True,
        type=click.Path(path_type=Path),
        help="The store: a DuckDB file, or a folder of Parquet tables (opened read-only).",
    )(func)


def output_options(func: F) -> F:
    for decorator in reversed(
        (
            click.option(
                "--format",
                "fmt",
                type=click.Choice(RESULT_FORMATS),
                default="table",
                show_default=True,
                help="table: readable; csv; json: JSON Lines (one object per row); "
                f"parquet (needs -o). {WIDTH_HELP}",
            ),
            click.option(
                "-o",
                "--output",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Write here instead of stdout.",
            ),
            click.option(
                "--limit",
                type=click.IntRange(min=0),
                help=f"At most this many rows (a table shows {TABLE_LIMIT} unless told).",
            ),
            click.option(
                "--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows first."
            ),
            click.option("--newest", is_flag=True, help="Newest first (default: oldest first)."),
        )
    ):
        func = decorator(func)
    return func


def date_options(func: F) -> F:
    for decorator in reversed(
        (
            click.option(
                "--since", metavar="DATE", help="From this date (YYYY-MM-DD, YYYY-MM, YYYY)."
            ),
            click.option("--until", metavar="DATE", help="Up to and including this date."),
            click.option(
                "--source", metavar="TEXT", help="Articles whose source or URL contains TEXT."
            ),
            click.option(
                "--article",
                metavar="ID",
                help="One article: your id for it (file name, JSON id) or its key.",
            ),
            click.option(
                "--dedup", is_flag=True, help="Count each near-duplicate wire story once."
            ),
            click.option(
                "--text",
                metavar="WORDS",
                help='Words (or "a phrase") that must all appear, as whole words: in an '
                "event's sentence, a quotation or its speaker, an article's title or text.",
            ),
        )
    ):
        func = decorator(func)
    return func


def event_filter_options(func: F) -> F:
    """The event filters every event command takes, in the order --help lists them."""
    func = date_options(func)  # applied first, so listed after the event options
    for decorator in reversed(
        (
            click.option(
                "--actor",
                metavar="CODE|NAME",
                help="Events by this actor: a code (RUS, IGO) or part of a name (Blinken).",
            ),
            click.option(
                "--recipient", metavar="CODE|NAME", help="Events aimed at this actor (as --actor)."
            ),
            click.option(
                "--type",
                "types",
                multiple=True,
                metavar="TYPE",
                help="PLOVER event types, repeated or comma-separated (THREATEN,ASSAULT).",
            ),
            click.option(
                "--modality",
                "modalities",
                multiple=True,
                metavar="MODALITY",
                help="asserted, negated, hypothetical, future, intended, requested, reported.",
            ),
            click.option(
                "--quad-class",
                "quad_classes",
                multiple=True,
                metavar="N",
                help="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                "4 material conflict.",
            ),
        )
    ):
        func = decorator(func)
    return func


def needs(extra: str, command: str) -> None:
    """Stop with CQ310 when the extra ``command`` needs is not installed."""
    from communique.errors import CommuniqueError
    from communique.extras import require

    try:
        require(extra, command)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from None


def build_filters(**values: Any) -> Filters:
    """Filters from CLI values; a bad value is a usage error naming it."""
    from communique.query.filters import Filters

    try:
        return Filters.build(**{k: v for k, v in values.items() if v not in (None, (), "")})
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None


def resolved(con: duckdb.DuckDBPyConnection, f: Filters) -> Filters:
    """``f`` with ``--article`` turned into the article's key; unknown or ambiguous ids
    are usage errors that say so (an empty result would read as "no events")."""
    from communique.query.lookup import resolve_filters

    try:
        return resolve_filters(con, f)
    except LookupError as exc:
        raise UsageProblem(str(exc)) from None


@contextmanager
def store(path: Path, *, sealed: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """The store opened read-only; open and query errors become one-line messages.

    ``sealed`` (for ``--sql``) opens it so that it can only be read
    (:func:`communique.store.db.open_sealed`).
    """
    import duckdb

    from communique.errors import CommuniqueError, message
    from communique.store import open_store
    from communique.store.db import open_sealed

    try:
        con = open_sealed(path) if sealed else open_store(path, read_only=True)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield con
    except duckdb.Error as exc:
        # The commands' SQL is fixed: DuckDB failing means the store did (damaged, gone).
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise click.ClickException(message("CQ306", path=path, error=first)) from None
    finally:
        con.close()


def _emit(table: Any, fmt: str, output: Path | None, *, columns: Any, title: str) -> int:
    from communique.query.output import write_result

    try:
        return write_result(table, fmt, output, columns=columns, title=title)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None


def _limit_for(fmt: str, limit: int | None) -> int | None:
    return TABLE_LIMIT if limit is None and fmt == "table" else limit


def _shown_note(shown: int, total: int, offset: int, what: str) -> None:
    if shown + offset < total:
        _err().print(
            f"communique: showing {shown:,} of {total:,} {what} (use --limit/--offset, or another "
            "--format for all)",
            markup=False,
        )


@click.command()
@db_option
@event_filter_options
@click.option(
    "--sql",
    metavar="QUERY",
    help="Run your own SQL instead (no filters): it can read the store's tables and nothing else.",
)
@output_options
@click.option("--count", "count_only", is_flag=True, help="Print only how many events match.")
def query(
    db: Path,
    sql: str | None,
    fmt: str,
    output: Path | None,
    limit: int | None,
    offset: int,
    newest: bool,
    count_only: bool,
    **filters: Any,
) -> None:
    """Events in the store, filtered, oldest first.

    Every filter narrows the result (they combine with AND). Dates are the day an
    event happened when the article says, else its publication date.

    \b
    Examples:
      communique query --db news.duckdb --actor RUS --type THREATEN --since 2022-01-01
      communique query --db news.duckdb --actor RUS --recipient UKR --format csv -o ru.csv
      communique query --db news.duckdb --actor Blinken --modality asserted --format json
      communique query --db news.duckdb --sql "select type, count(*) from events group by 1"
    """
    needs("store", "query")
    from communique.query.events import (
        EVENT_TABLE_COLUMNS,
        count_events,
        events_reader,
        events_table,
    )

    if sql is not None:
        if any(v not in (None, (), "", False) for v in filters.values()):
            raise UsageProblem("--sql cannot be combined with filters; write them in the SQL")
        if offset or newest or count_only:
            raise UsageProblem("--offset, --newest and --count do not apply to --sql")
        _run_sql(db, sql, fmt, output, limit)
        return
    f = build_filters(**filters)
    with store(db) as con:
        f = resolved(con, f)
        if count_only:
            click.echo(count_events(con, f))
            return
        shown_limit = _limit_for(fmt, limit)
        if fmt == "table":
            table = events_table(con, f, limit=shown_limit, offset=offset, newest_first=newest)
        else:  # streamed: a million rows of CSV need not fit in memory
            table = events_reader(con, f, limit=limit, offset=offset, newest_first=newest)
        total = count_events(con, f) if fmt == "table" else None
        columns = EVENT_TABLE_COLUMNS if fmt == "table" else None
        shown = _emit(table, fmt, output, columns=columns, title="events")
        if total is None and output is not None and limit is not None:
            total = count_events(con, f)
    if total is not None:
        _shown_note(shown, total, offset, "events")


def _run_sql(db: Path, sql: str, fmt: str, output: Path | None, limit: int | None) -> None:
    from communique.query.sql import SqlError, run_sql

    shown_limit = _limit_for(fmt, limit)
    with store(db, sealed=True) as con:
        try:
            table = run_sql(con, sql, limit=shown_limit)
        except SqlError as exc:
            raise UsageProblem(f"SQL: {exc}") from None
        shown = _emit(table, fmt, output, columns=None, title="result")
    if limit is None and shown_limit is not None and shown == shown_limit:
        _err().print(
            f"communique: showing the first {shown} rows (use --limit, or another --format)",
            markup=False,
        )


@click.command()
@db_option
@click.option(
    "--speaker",
    "--actor",
    "speaker",
    metavar="CODE|NAME",
    help="Who spoke: the speaker's country code (USA) or part of a name (Blinken).",
)
@click.option(
    "--addressee", metavar="CODE|NAME", help="To whom (when the article says), as --speaker."
)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    metavar="KIND",
    help="direct, mixed or indirect; repeated or comma-separated.",
)
@date_options
@output_options
@click.option("--count", "count_only", is_flag=True, help="Print only how many quotations match.")
def quotes(
    db: Path,
    speaker: str | None,
    addressee: str | None,
    kinds: tuple[str, ...],
    fmt: str,
    output: Path | None,
    limit: int | None,
    offset: int,
    newest: bool,
    count_only: bool,
    **filters: Any,
) -> None:
    """What did this actor say: quotations with dates and the articles that carried them.

    Dates are the articles' publication dates.

    \b
    Examples:
      communique quotes --db news.duckdb --speaker Blinken
      communique quotes --db news.duckdb --speaker RUS --kind direct --since 2022-02
      communique quotes --db news.duckdb --speaker "Baerbock" --format csv -o baerbock.csv
    """
    needs("store", "quotes")
    from communique.query.filters import QUOTE_KINDS
    from communique.query.quotes import QUOTE_TABLE_COLUMNS, count_quotes, quotes_table

    f = build_filters(actor=speaker, recipient=addressee, **filters)
    split = [k.strip().lower() for item in kinds for k in item.split(",") if k.strip()]
    bad = sorted(set(split) - set(QUOTE_KINDS))
    if bad:
        raise UsageProblem(f"unknown quotation kind {', '.join(bad)}; use {', '.join(QUOTE_KINDS)}")
    with store(db) as con:
        f = resolved(con, f)
        if count_only:
            click.echo(count_quotes(con, f, kinds=split))
            return
        shown_limit = _limit_for(fmt, limit)
        table = quotes_table(
            con, f, kinds=split, limit=shown_limit, offset=offset, newest_first=newest
        )
        total = count_quotes(con, f, kinds=split) if shown_limit is not None else 0
        columns = QUOTE_TABLE_COLUMNS if fmt == "table" else None
        shown = _emit(table, fmt, output, columns=columns, title="quotations")
    if shown_limit is not None and (fmt == "table" or output):
        _shown_note(shown, total, offset, "quotations")


@click.command()
@db_option
@event_filter_options
@click.option(
    "--freq",
    type=click.Choice(("day", "week", "month", "quarter", "year")),
    default="month",
    show_default=True,
    help="Period length; a week starts on Monday, each period is named by its first day.",
)
@click.option(
    "--all-modalities",
    is_flag=True,
    help="Count every event, not only asserted ones (--modality picks some).",
)
@click.option(
    "--fill/--no-fill",
    default=None,
    help="Add zero rows for quiet periods (default: on when both --actor and --recipient "
    "are given).",
)
@click.option(
    "--totals", is_flag=True, help="One row per pair over the whole range instead of a series."
)
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw the series into this .png/.svg/.pdf: one line per pair (cooperation "
    "solid, conflict dashed), a break where the store has no articles.",
)
@click.option(
    "--plot-total",
    is_flag=True,
    help="With --plot: also draw one line of all pairs added together.",
)
@output_options
def dyads(
    db: Path,
    freq: str,
    all_modalities: bool,
    fill: bool | None,
    totals: bool,
    plot: Path | None,
    plot_total: bool,
    fmt: str,
    output: Path | None,
    limit: int | None,
    offset: int,
    newest: bool,
    **filters: Any,
) -> None:
    """Events per actor pair and period: counts per quad class, sum and mean intensity.

    An event counts once for each pair of its actor and recipient codes. Only
    asserted events count unless --modality or --all-modalities says otherwise.
    Without --actor/--recipient every pair is listed.

    \b
    Examples:
      communique dyads --db news.duckdb --actor RUS --recipient UKR --freq week --plot dyads.png
      communique dyads --db news.duckdb --actor RUS --freq month --plot rus.svg --plot-total
      communique dyads --db news.duckdb --actor RUS --freq month --format csv -o rus.csv
      communique dyads --db news.duckdb --totals --dedup --limit 20
    """
    needs("plot" if plot is not None else "store", "dyads --plot" if plot else "dyads")
    import pyarrow as pa

    from communique.query.dyads import (
        SeriesTooLong,
        covered_periods,
        dyad_series,
        dyads_table,
        series_table,
        totals_table,
    )
    from communique.query.plot import PLOT_SUFFIXES, plot_series

    f = build_filters(**filters)
    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageProblem(f"--plot: the file must end in {', '.join(PLOT_SUFFIXES)}")
    if totals and plot is not None:
        raise UsageProblem("--plot draws a series; leave out --totals")
    if plot_total and plot is None:
        raise UsageProblem("--plot-total adds a line to a chart: give --plot FILE too")
    if fill is None:
        fill = bool(f.actor and f.recipient)
    with store(db) as con:
        f = resolved(con, f)
        if totals:
            table = totals_table(con, f, all_modalities=all_modalities)
        elif fill:
            try:
                series = dyad_series(con, f, freq, all_modalities=all_modalities, fill=True)
            except SeriesTooLong as exc:
                raise UsageProblem(str(exc)) from None
            table = series_table(series)
        else:  # stays in Arrow: all pairs by month can be a few hundred thousand rows
            table = dyads_table(con, f, freq, all_modalities=all_modalities)
        covered = covered_periods(con, f, freq) if plot is not None else None
    if plot is not None:
        from communique.write.files import writing

        with writing(plot):
            plot_series(
                table.to_pylist(), plot, freq=freq, covered=covered, total=plot_total,
                since=f.since, until=f.until,
            )  # fmt: skip
    if newest and not totals:
        table = table.take(pa.array(range(table.num_rows - 1, -1, -1), pa.int64()))
    shown_limit = _limit_for(fmt, limit)
    page = table.slice(offset, shown_limit)
    title = "actor pairs, most events first" if totals else f"events per {freq}"
    shown = _emit(page, fmt, output, columns=None, title=title)
    if fmt == "table" or output:
        _shown_note(shown, table.num_rows, offset, "rows")
    if plot is not None:
        _err().print(f"communique: chart written to {plot}", markup=False)


@click.command()
@db_option
@event_filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("parquet", "plover", "cameo-tsv", "jsonl")),
    default="parquet",
    show_default=True,
    help="parquet: a folder per table (a Parquet store); plover: PLOVER JSON lines; "
    "cameo-tsv: one row per event; jsonl: communique/1 records.",
)
@click.option(
    "--include-text", is_flag=True, help="plover: the event sentence; jsonl: the article text."
)
@click.option("--force", is_flag=True, help="parquet: replace tables already in OUT.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
@click.argument("out")
def export(
    db: Path, fmt: str, include_text: bool, force: bool, quiet: bool, out: str, **filters: Any
) -> None:
    """Write the store, or what the filters select, to OUT.

    parquet writes OUT/articles/, OUT/events/, ... which `--db OUT` reads back.
    The text formats write to the file OUT, into a default file name when OUT is a
    folder (ends in /), or to stdout when OUT is -. Their lines are what
    `communique extract --format FMT` printed for the same articles.

    \b
    Examples:
      communique export --db news.duckdb out/
      communique export --db news.duckdb --format plover --modality asserted events.jsonl
      communique export --db news.duckdb --format cameo-tsv --actor RUS --since 2022 out/
    """
    needs("store", "export")
    from communique.query.export import ExportError, destination, export_parquet, export_records
    from communique.write.files import output_stream

    f = build_filters(**filters)
    err = _err()
    with store(db) as con:
        f = resolved(con, f)
        try:
            if fmt == "parquet":
                if out == "-":
                    raise ExportError("parquet export writes a folder, not stdout")
                counts = export_parquet(con, f, Path(out), overwrite=force)
                summary = ", ".join(f"{n} {name}" for name, n in counts.items())
                if not quiet:
                    err.print(f"communique: wrote {out}: {summary}", markup=False)
                return
            path = destination(out, fmt)
            with output_stream(path) as stream:
                articles, lines = export_records(con, f, fmt, stream, include_text=include_text)
        except ExportError as exc:
            raise UsageProblem(str(exc)) from None
    if not quiet:
        what = "record(s)" if fmt == "jsonl" else "event(s)"
        where = f" to {path}" if path else ""
        err.print(f"communique: {articles} article(s), {lines} {what}{where}", markup=False)


#: The commands this module adds to ``communique``.
COMMANDS = (query, quotes, dyads, export)
