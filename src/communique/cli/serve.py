"""``communique serve``: the explorer and JSON API over a store, on localhost.

Binds to 127.0.0.1 unless ``--host`` says otherwise (the store may hold
material its owner has not published), prints the address, and fails with a
coded message, not a traceback, when the store cannot be opened.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from communique.cli.options import extractor_options
from communique.errors import CommuniqueError

LOOPBACK = ("127.0.0.1", "localhost", "::1")

#: Seconds a stopping server waits for requests in flight.
SHUTDOWN_SECONDS = 5

#: Where ``--workers`` processes read their settings (they start from an import string).
SETTINGS_ENV = "COMMUNIQUE_SERVE_SETTINGS"


@click.command()
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    help=(
        "The store: a DuckDB file or a folder of Parquet tables, opened read-only. "
        "Without it only POST /api/extract works; store endpoints answer 503 (CQ410)."
    ),
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes, each with its own two extraction workers: more extractions per second.",
)
@click.option(
    "--max-body",
    type=click.IntRange(1024),
    default=None,
    help="Largest request body in bytes (default 2 MiB).",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=1),
    default=None,
    help="Seconds an extraction may take before it is answered 504 (default 180).",
)
@extractor_options
@click.option("--access-log/--no-access-log", default=True, help="Log every request.")
def serve(
    db: Path | None,
    host: str,
    port: int,
    workers: int,
    max_body: int | None,
    time_limit: float | None,
    model: str | None,
    actors_file: Path | None,
    access_log: bool,
) -> None:
    """Serve the explorer and the JSON API (http://127.0.0.1:8000 by default)."""
    from communique.extras import require

    try:
        require("serve", "serve")
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from None
    import uvicorn

    from communique.serve.app import MAX_BODY, create_app
    from communique.serve.extraction import TIME_LIMIT
    from communique.serve.guard import LOOPBACK_HOSTS

    settings = {
        "db_path": str(db) if db is not None else None,
        "max_body": max_body or MAX_BODY,
        "time_limit": time_limit or TIME_LIMIT,
        # Behind a loopback address only local names are served (DNS rebinding).
        "allowed_hosts": list(LOOPBACK_HOSTS) if host in LOOPBACK else None,
        "preload_model": True,
        "model": model,
        "actors_file": str(actors_file) if actors_file else None,
    }
    try:
        # Built here even with --workers: a bad store fails now, with a clear message.
        app = create_app(**_arguments(settings))
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc
    _check_port(host, port)
    shown = f"[{host}]" if ":" in host else host
    what = f"store {db}" if db is not None else "no store (only /api/extract)"
    click.echo(f"communique: serving {what} at http://{shown}:{port}/ (API reference: /docs)")
    if host not in LOOPBACK:
        click.echo(f"communique: listening on {host}: reachable from other machines", err=True)
    from communique.serve.http import GuardedH11Protocol

    options = {
        "host": host,
        "port": port,
        "access_log": access_log,
        "log_level": "info",
        "http": GuardedH11Protocol,  # uvicorn's own 400s in the API's shape, with its headers
        # Ctrl-C (or SIGTERM) waits this long for requests in flight, then stops them:
        # an analysis of a megabyte must not keep the server from stopping for minutes.
        "timeout_graceful_shutdown": SHUTDOWN_SECONDS,
    }
    if workers == 1:
        uvicorn.run(app, **options)
        return
    if app.state.store is not None:
        app.state.store.close()  # each worker process opens its own
    os.environ[SETTINGS_ENV] = json.dumps(settings)
    uvicorn.run(
        "communique.cli.serve:app_from_environment", factory=True, workers=workers, **options
    )


def _check_port(host: str, port: int) -> None:
    """Fail before printing an address that will not be served (port taken, bad host)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise click.ClickException(f"--host {host}: {exc.strerror or exc}") from exc
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise click.ClickException(
                f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                "another server may be using it: choose another --port"
            ) from exc


def _arguments(settings: dict) -> dict:
    out = dict(settings)
    out["db_path"] = Path(out["db_path"]) if out["db_path"] else None
    out["actors_file"] = Path(out["actors_file"]) if out["actors_file"] else None
    return out


def app_from_environment():  # -> FastAPI, imported lazily
    """The app of one ``--workers`` process, from the settings the parent left."""
    from communique.serve.app import create_app

    return create_app(**_arguments(json.loads(os.environ[SETTINGS_ENV])))
