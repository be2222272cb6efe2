"""The HTTP/1.1 protocol ``communique serve`` runs: uvicorn's, with its own errors in our shape.

A request that is not valid HTTP (a bad request line, a broken header) never
reaches the app: uvicorn answers it with a plain-text 400 of its own, which
carried neither a code nor the security headers every other answer has. This
subclass of uvicorn's h11 protocol (uvicorn takes the class as its ``http``
setting) sends that 400 as the API's JSON error, CQ401, with the headers.
"""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from communique.errors import Msg
from communique.serve.errors import error_body
from communique.serve.guard import SECURITY_HEADERS
from communique.serve.responses import dumps


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol whose own 400 answers are coded and carry the security headers."""

    def send_400_response(self, msg: str) -> None:
        text = Msg.CQ401.format(name="request", error=msg.rstrip(".") or "not valid HTTP")
        body = dumps(error_body(400, "CQ401", text)).encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()
