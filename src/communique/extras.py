"""Which optional parts of communique are installed, and what to say when one is missing.

``pip install communique`` gives ``extract`` (spaCy, the English model,
reading and writing). The other commands need an extra:

========  ==========================================  ================================
extra     commands                                    brings
========  ==========================================  ================================
store     ingest --db, query, quotes, dyads, export   DuckDB, pyarrow
serve     serve                                       FastAPI, uvicorn (and store)
dask      ingest --out / --dask                       Dask distributed (and store)
plot      dyads --plot                                matplotlib (and store)
all       everything above
========  ==========================================  ================================

A command checks its extra before it imports anything from it, so a user sees
one coded line (CQ310) naming the command and the ``pip install`` to run,
never an ImportError traceback from deep inside.
"""

from __future__ import annotations

from importlib.util import find_spec

from communique.errors import CommuniqueError

#: The modules each extra brings (as imported), including the extras it builds on.
EXTRAS: dict[str, tuple[str, ...]] = {
    "store": ("duckdb", "pyarrow"),
    "serve": ("duckdb", "pyarrow", "fastapi", "uvicorn", "jinja2"),
    "dask": ("duckdb", "pyarrow", "dask", "distributed"),
    "plot": ("duckdb", "pyarrow", "matplotlib"),
}


def missing(extra: str) -> list[str]:
    """The modules of ``extra`` that cannot be imported here (none: it is installed)."""
    return [name for name in EXTRAS[extra] if find_spec(name) is None]


def require(extra: str, command: str) -> None:
    """Raise CommuniqueError CQ310 when ``extra`` is not installed for ``command``."""
    absent = missing(extra)
    if absent:
        raise CommuniqueError("CQ310", command=command, extra=extra, modules=", ".join(absent))
