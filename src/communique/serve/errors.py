"""Every API error is one JSON shape with a code a user can look up.

``{"error": {"code": "CQ403", "status": 404, "message": "article 'ab12' not found"}}``

Handlers here replace FastAPI's and Starlette's defaults (HTML-ish ``detail``
strings, 422 lists) for 400, 404, 405, 413, 415, 422, 500 and 503, so a client
parses one shape whatever went wrong. Codes and texts live in
:class:`communique.errors.Msg` with the rest of communique's messages.
"""

from __future__ import annotations

import logging
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from communique.errors import CommuniqueError, Msg
from communique.serve.responses import SafeJSONResponse

log = logging.getLogger("communique.serve")


class ApiError(Exception):
    """An error answered as JSON: HTTP ``status``, communique ``code``, message fields."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        self.status = status
        self.code = code
        self.headers = headers
        self.extra = extra or {}  # more members of the error object (candidates to pick from)
        self.text = getattr(Msg, code).format(**fields)
        super().__init__(f"{code} {self.text}")


def error_body(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    """The one error shape every response uses."""
    return {"error": {"code": code, "status": status, "message": message, **extra}}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> SafeJSONResponse:
    return SafeJSONResponse(error_body(status, code, message, **extra), status, headers=headers)


def _api_error(_: Request, exc: Exception) -> SafeJSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.text, exc.headers, **exc.extra)


def _http_error(request: Request, exc: Exception) -> SafeJSONResponse:
    """Starlette's own errors (no route, wrong method) in our shape."""
    assert isinstance(exc, StarletteHTTPException)
    path = request.url.path
    if exc.status_code == 404:
        return error_response(404, "CQ403", Msg.CQ403.format(what=f"path {path!r}"))
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        text = Msg.CQ404.format(method=request.method, path=path, allowed=allowed or "another")
        return error_response(405, "CQ404", text, exc.headers)
    # Anything else raised as an HTTPException (rare): keep its status, say what it said.
    code = "CQ401" if exc.status_code < 500 else "CQ413"
    return error_response(exc.status_code, code, str(exc.detail), exc.headers)


def _where(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc[1:]] or [str(loc[0])]
    return ".".join(parts)


def _validation_error(_: Request, exc: Exception) -> SafeJSONResponse:
    """Bad parameters are the client's to fix (400); a well-formed but wrong body is 422."""
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"where": _where(tuple(e.get("loc", ()))), "problem": e.get("msg", "invalid")}
        for e in exc.errors()
    ]
    in_body = any(e.get("loc", ("",))[0] == "body" for e in exc.errors())
    first = problems[0] if problems else {"where": "request", "problem": "invalid"}
    if in_body:
        text = Msg.CQ408.format(error=f"{first['where']}: {first['problem']}")
        return error_response(422, "CQ408", text, problems=problems)
    text = Msg.CQ401.format(name=first["where"], error=first["problem"])
    return error_response(400, "CQ401", text, problems=problems)


def _store_error(_: Request, exc: Exception) -> SafeJSONResponse:
    """The store went away or broke under us: a server-side problem, said plainly."""
    assert isinstance(exc, CommuniqueError)
    return error_response(503, exc.code, str(exc).removeprefix(f"{exc.code} "))


def _database_error(request: Request, exc: Exception) -> SafeJSONResponse:
    """DuckDB failed while reading the store: damaged, gone, out of memory (503, CQ306).

    Every query here is fixed SQL with parameters, so a DuckDB error is never
    the client's doing. One about the SQL itself (a binder or parser error) or
    about a value (a conversion) is a bug and answered as one (500, CQ413).
    """
    assert isinstance(exc, duckdb.Error)
    if isinstance(exc, duckdb.ProgrammingError | duckdb.DataError):
        return _internal_error(request, exc)
    store = getattr(request.app.state, "store", None)
    path = store.path if store is not None else "(none)"
    log.warning("store %s failed on %s: %s", path, request.url.path, exc)
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return error_response(503, "CQ306", Msg.CQ306.format(path=path, error=first))


def _internal_error(request: Request, exc: Exception) -> SafeJSONResponse:
    # The traceback goes to the log, never to the client (it may hold paths or data).
    log.exception("error on %s %s", request.method, request.url.path, exc_info=exc)
    text = Msg.CQ413.format(error=type(exc).__name__)
    return error_response(500, "CQ413", text)


def install_handlers(app: FastAPI) -> None:
    """Route every error the app can raise through the JSON shape above."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(CommuniqueError, _store_error)
    app.add_exception_handler(duckdb.Error, _database_error)
    app.add_exception_handler(Exception, _internal_error)
