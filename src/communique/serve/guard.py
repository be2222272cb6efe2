"""What every request passes before it reaches a route (one ASGI middleware).

- **Body limit**, enforced while reading: a declared ``Content-Length`` over
  the limit is refused before a byte is read, and a body sent without one
  (chunked) is counted as it arrives and refused the moment it passes the
  limit, so an unbounded upload never sits in memory.
- **Host check**: when the server binds to loopback, only ``Host: localhost``
  (and 127.0.0.1, ::1) is served, which stops DNS-rebinding pages from
  reading the API through a name that resolves to 127.0.0.1.
- **Origin check**: a state-changing request (POST) sent by a browser from
  another site carries that site's ``Origin`` and is refused, so a web page
  cannot make a visitor's local server work for it.
- **Security headers** on every response, errors included: a
  Content-Security-Policy that allows scripts and styles only from this
  server (no inline script, no ``javascript:`` URLs), ``nosniff``,
  ``no-referrer`` and no framing.

The guard answers refusals itself in the API's JSON error shape.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communique.errors import Msg
from communique.serve.errors import error_response

#: Pages may load scripts, styles, images and data only from this server; no
#: inline script or event-handler attribute runs, no plugin, no framing.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)

#: Methods whose body a route may read; others never read one.
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

#: Host names a loopback-bound server answers to.
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


class BodyTooLarge(Exception):
    """Raised inside the guard when the body passes the limit mid-read."""


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers", [])}


def _host_name(host: str) -> str:
    """``example.org:8000`` → ``example.org``; ``[::1]:8000`` → ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """ASGI middleware: body limit, host and origin checks, security headers."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body: int,
        allowed_hosts: Iterable[str] | None = None,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = (
            None if allowed_hosts is None else frozenset(h.lower() for h in allowed_hosts)
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        headers = _headers(scope)
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        if scope["method"] in _BODY_METHODS:
            try:
                receive = await self._read_body(receive, headers)
            except BodyTooLarge:
                too_large = error_response(413, "CQ405", Msg.CQ405.format(limit=self.max_body))
                await too_large(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope, headers: dict[bytes, bytes]) -> Response | None:
        """The answer to a request refused before its body is read, or None."""
        host = headers.get(b"host", b"").decode("latin-1")
        if self.allowed_hosts is not None and _host_name(host) not in self.allowed_hosts:
            text = Msg.CQ401.format(name="Host", error=f"{host!r} is not served here")
            return error_response(400, "CQ401", text)
        origin = headers.get(b"origin")
        if scope["method"] in _BODY_METHODS and origin is not None:
            seen = origin.decode("latin-1")
            if seen == "null" or urlsplit(seen).netloc.lower() != host.lower():
                return error_response(403, "CQ412", Msg.CQ412.format(origin=seen))
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                text = Msg.CQ401.format(name="Content-Length", error="not a number")
                return error_response(400, "CQ401", text)
            if size > self.max_body:
                return error_response(413, "CQ405", Msg.CQ405.format(limit=self.max_body))
        return None

    async def _read_body(self, receive: Receive, headers: dict[bytes, bytes]) -> Receive:
        """Read the whole body (at most ``max_body`` bytes) and replay it to the route."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                # The client went away: let the route see the disconnect.
                return _replay([message], receive)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        return _replay([{"type": "http.request", "body": body, "more_body": False}], receive)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replayed() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replayed


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending
