"""JSON from untrusted input: every way ``json.loads`` can fail, as one exception.

``json.loads`` fails in more ways than :class:`json.JSONDecodeError`: nesting
deeper than the interpreter's recursion limit raises :class:`RecursionError`,
an integer of more digits than Python converts (4,300 by default, its guard
against quadratic parsing) a plain :class:`ValueError`, and bytes that are not
UTF-8 a :class:`UnicodeDecodeError`. A reader that catches only the first lets
one line such as ``{"id": 99999…}`` take down its whole batch; every reader of
JSON that comes from a user (JSON Lines input, the dates file, a web request)
parses it here instead and catches :class:`BadJson`.
"""

from __future__ import annotations

import json
import sys


class BadJson(ValueError):
    """JSON that cannot be read.

    ``reason`` says why in a few words, without a position (``Expecting
    value``, ``nested too deeply``); ``str()`` of it adds the position where
    the parser gives one.
    """

    def __init__(self, reason: str, detail: str | None = None) -> None:
        self.reason = reason
        super().__init__(detail or reason)


def parse_json(data: str | bytes) -> object:
    """The value ``data`` holds, or :class:`BadJson` however the parse fails."""
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise BadJson(exc.msg, str(exc)) from None
    except RecursionError:
        raise BadJson("nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise BadJson(f"not UTF-8: {exc.reason}", str(exc)) from None
    except ValueError:
        # The only other ValueError json raises: an integer too long to convert.
        limit = sys.get_int_max_str_digits()
        raise BadJson(f"a number of more than {limit:,} digits") from None
