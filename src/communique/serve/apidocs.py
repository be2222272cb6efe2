"""``/docs``: the API reference, rendered here from the OpenAPI schema.

FastAPI's own ``/docs`` loads Swagger UI from a CDN, which breaks offline and
would need a script exception in the Content-Security-Policy. This page is
plain HTML made on the server from the same ``/openapi.json`` (which stays
available for tools), with one stylesheet served by the app: no script at all.
"""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; }
h1 { margin-bottom: .2rem; }
.op { border: 1px solid #d0d4da; border-radius: 6px; margin: 1rem 0; padding: .6rem 1rem; }
.method { display: inline-block; min-width: 3.5rem; font-weight: 700; color: #fff;
          text-align: center; border-radius: 4px; padding: 0 .4rem; margin-right: .5rem; }
.get { background: #2b6cb0; } .post { background: #2f855a; }
code, .path { font-family: ui-monospace, monospace; }
.path { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; }
th, td { text-align: left; border-bottom: 1px solid #e6e8eb; padding: .2rem .5rem;
         vertical-align: top; }
.desc { white-space: pre-line; color: #3c4043; }
"""


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    return str(schema.get("type", schema.get("$ref", "any").rsplit("/", 1)[-1]))


def _parameters(params: list[dict[str, Any]]) -> str:
    if not params:
        return ""
    rows = []
    for p in params:
        schema = p.get("schema", {})
        default = schema.get("default")
        rows.append(
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                escape(p["name"]),
                escape(p.get("in", "")),
                escape(_type(schema)),
                "" if default is None else f"<code>{escape(str(default))}</code>",
                escape(p.get("description", schema.get("description", ""))),
            )
        )
    head = "<tr><th>parameter</th><th>in</th><th>type</th><th>default</th><th>meaning</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def render(spec: dict[str, Any]) -> str:
    """The whole reference page for one OpenAPI document."""
    info = spec.get("info", {})
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(info.get('title', 'API'))} API</title>",
        "<link rel='stylesheet' href='/docs/style.css'></head><body>",
        f"<h1>{escape(info.get('title', 'API'))} API</h1>",
        f"<p>Version {escape(str(info.get('version', '')))}. "
        "Machine-readable: <a href='/openapi.json'>/openapi.json</a>. "
        'Errors are JSON: <code>{"error": {"code", "status", "message"}}</code>.</p>',
    ]
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            body = op.get("requestBody", {}).get("content", {})
            accepts = (
                f"<p>Body: {', '.join(f'<code>{escape(t)}</code>' for t in body)}</p>"
                if body
                else ""
            )
            parts.append(
                f"<section class='op'><h2><span class='method {escape(method)}'>"
                f"{escape(method.upper())}</span><span class='path'>{escape(path)}</span></h2>"
                f"<p><strong>{escape(op.get('summary', ''))}</strong></p>"
                f"<p class='desc'>{escape(op.get('description', ''))}</p>"
                f"{accepts}{_parameters(op.get('parameters', []))}</section>"
            )
    parts.append("</body></html>")
    return "".join(parts)


def install(app: FastAPI) -> None:
    """Serve the reference at ``/docs`` (and its stylesheet); FastAPI's CDN pages stay off."""
    page: dict[str, str] = {}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if "html" not in page:  # the schema is fixed once the app is built
            page["html"] = render(app.openapi())
        return HTMLResponse(page["html"])

    @app.get("/docs/style.css", include_in_schema=False)
    def docs_style() -> Response:
        return Response(STYLE, media_type="text/css")
