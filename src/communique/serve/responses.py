"""JSON responses that are safe to show anywhere.

Article text is untrusted: a story may quote ``</script><script>...``. The API
returns it as data, and this encoder also writes ``<``, ``>`` and ``&`` as
``\\u003c``-style escapes (as Go's encoder does), so even a page that pasted a
response into HTML could not be made to run it. The JSON means the same.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from starlette.responses import JSONResponse

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(content: Any) -> str:
    """Compact JSON, Unicode kept as is, HTML-special characters escaped.

    A lone UTF-16 surrogate (a request's ``"\\ud800"`` echoed in an error
    message) becomes U+FFFD, so the text always encodes as UTF-8.
    """
    text = json.dumps(
        content, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_default
    )
    if not text.isascii():
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text.translate(_HTML_SAFE)


class SafeJSONResponse(JSONResponse):
    """The API's response class: dates as ISO strings, HTML-special characters escaped."""

    def render(self, content: Any) -> bytes:
        return dumps(content).encode("utf-8")
