"""The ``communique eval`` commands; the main CLI calls :func:`add_commands`.

Kept here, in the evaluation room, so the main CLI need not import the
scorers (or rich tables) until someone asks for an evaluation.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import click


class _Report(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _scoring_options(unit: str, errors_help: str) -> Callable[[Callable[..., Any]], Any]:
    """The options every scorer takes: --errors, --limit, --json and --model."""

    def decorate(command: Callable[..., Any]) -> Any:
        for option in reversed(
            [
                click.option("--errors", is_flag=True, help=errors_help),
                click.option(
                    "--limit",
                    type=click.IntRange(min=1),
                    default=None,
                    help=f"Score only the first N {unit}.",
                ),
                click.option(
                    "--json",
                    "as_json",
                    is_flag=True,
                    help="Print the report as JSON instead of tables.",
                ),
                click.option(
                    "--model",
                    default=None,
                    help="spaCy pipeline to use (default: the installed sm).",
                ),
            ]
        ):
            command = option(command)
        return command

    return decorate


def _print_json(report: _Report) -> None:
    json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@click.group("eval")
def eval_group() -> None:
    """Score communique (and alternatives) against annotated corpora."""


@eval_group.command("polnear")
@click.argument(
    "directory", type=click.Path(exists=True, file_okay=False, path_type=Path), metavar="DIR"
)
@click.option(
    "--compare",
    "compare",
    multiple=True,
    type=click.Choice(["textacy"]),
    help="Also score this system on the same texts and model (needs the 'eval' extra).",
)
@_scoring_options(
    "articles",
    "List, per article, missed gold contents, false hits, edge errors and wrong speakers.",
)
def polnear_command(
    directory: Path,
    compare: tuple[str, ...],
    errors: bool,
    limit: int | None,
    as_json: bool,
    model: str | None,
) -> None:
    """Score quotations against PolNeAR attributions in DIR (a split folder such as
    PolNeAR/data/dev, holding attributions/ and text/).
    """
    from rich.console import Console

    from communique.eval.polnear import MissingExtra, evaluate
    from communique.eval.render import render

    systems = ["communique", *dict.fromkeys(compare)]
    try:
        report = evaluate(directory, systems=systems, errors=errors, limit=limit, model=model)
    except MissingExtra as exc:
        raise click.ClickException(str(exc)) from exc
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _print_json(report)
    else:
        render(report, Console(), errors=errors)


@eval_group.command("plover")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--half",
    type=click.Choice(["A", "B"]),
    default=None,
    help="Score one half of the file, split by a hash of the record id. Half B is held out: "
    "only its figures are ever shown.",
)
@_scoring_options(
    "sentences",
    "Also show the type confusion and every sentence whose gold event was not fully matched "
    "(never those of half B).",
)
def plover_command(
    file: Path,
    half: str | None,
    errors: bool,
    limit: int | None,
    as_json: bool,
    model: str | None,
) -> None:
    """Score events against PLOVER gold sentences in FILE (JSON Lines with id, text,
    date, source, target and plover_event, such as gsr_dev.jsonl).
    """
    from rich.console import Console

    from communique.errors import CommuniqueError
    from communique.eval.plover import evaluate, render

    try:
        report = evaluate(file, limit=limit, errors=errors, model=model, half=half)
    except (CommuniqueError, OSError, UnicodeError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _print_json(report)
    else:
        render(report, Console(), errors=errors)


def add_commands(group: click.Group) -> None:
    """Register the ``eval`` subgroup on the main ``communique`` group."""
    group.add_command(eval_group)
