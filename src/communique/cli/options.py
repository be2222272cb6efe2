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
    """``--date YYYY-MM-DD`` and ``--year YYYY`` (passed as ``date``, ``year``)."""
    command = click.option(
        "--year", type=int, help="Year for datelines that give only a month and day."
    )(command)
    return click.option(
        "--date", help="Publication date (YYYY-MM-DD) for articles whose metadata has none."
    )(command)
