"""The ``communique`` command line: one module per group of commands.

``extract`` (articles to records) lives in :mod:`communique.cli.extract`, the
evaluation commands in :mod:`communique.eval.cli`. Each module defines plain
click commands; this module only gathers them, so heavy imports (spaCy, DuckDB,
FastAPI) happen inside the command that needs them.
"""

from __future__ import annotations

import click

from communique import __version__
from communique.cli.corpus import ingest
from communique.cli.extract import extract
from communique.cli.query import COMMANDS as QUERY_COMMANDS
from communique.cli.serve import serve
from communique.errors import CommuniqueError


class _Commands(click.Group):
    """The command group; a coded error escaping any command ends it with its one line.

    Commands turn the errors they expect into messages themselves; this catches
    the rest of communique's coded errors (an output that cannot be written,
    CQ311, can happen in any command) so none ends in a traceback.
    """

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def main() -> None:
    """Who said what to whom: attributed quotations and political events from news."""


main.add_command(extract)
main.add_command(ingest)
for _command in QUERY_COMMANDS:  # query, quotes, dyads, export
    main.add_command(_command)
main.add_command(serve)


def _add_eval_commands() -> None:
    from communique.eval.cli import add_commands

    add_commands(main)


_add_eval_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
