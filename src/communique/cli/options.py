"""Options several commands share, defined once so they read and behave alike.

``extract``, ``ingest`` and ``serve`` all build an extractor (``--model``,
``--actors``); ``extract`` and ``ingest`` also date articles (``--date``,
``--year``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])


def extractor_options(command: F) -> F:
    """``--model NAME`` and ``--actors FILE`` (passed as ``model``, ``actors_file``)."""
    command = click.option(
        "--actors",
        "actors_file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="A YAML file of extra actors (see docs/actors.md).",
    )(command)
    return click.option(
        "--model", help="An installed spaCy pipeline to use instead of the default English one."
    )(command)


def dating_options(command: F) -> F:
    """``--date``, ``--year``, ``--dates FILE`` and ``--name-date FORMAT`` (passed as
    ``date``, ``year``, ``dates_file``, ``name_date``); see :mod:`communique.read.file_dates`."""
    command = click.option(
        "--name-date",
        metavar="FORMAT",
        default="%Y-%m-%d",
        show_default=True,
        help="Date articles without one from their file name, found with this format "
        "(%Y %y %m %d %b %B, e.g. %Y%m%d or %d-%b-%Y); 'off' turns it off.",
    )(command)
    command = click.option(
        "--dates",
        "dates_file",
        metavar="FILE",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="A CSV (id,date) or JSON ({id: date}) of publication dates per article id or "
        "file name; it wins over dates the inputs carry.",
    )(command)
    command = click.option(
        "--year", type=int, help="Year for datelines that give only a month and day."
    )(command)
    return click.option(
        "--date",
        help="Publication date (YYYY-MM-DD) for articles no other rule dates "
        "(metadata, --dates, --name-date).",
    )(command)
