"""Untrusted text shown on one line: control codes and bidi overrides as visible escapes.

File names, article text and parsers' messages come from the input. Written
to a terminal as they are, an ESC starts a control sequence (retitle the
window, clear the screen, recolour what follows), a newline forges a line of
the report and a bidi override makes the rest of the line read backwards.
Each is shown as its escape instead (``\\x1b``, ``\\x0a``, ``\\u202e``), so
two names stay two names and nothing in a message drives the terminal. Rich
strips a few control codes itself but lets ESC through, so every place that
shows such text uses :func:`escape_controls`.
"""

from __future__ import annotations

#: Bidirectional marks, embeddings, overrides and isolates.
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

#: C0 and C1 control codes (with DEL) as ``\xNN``, bidi controls as ``\uNNNN``.
UNSAFE: dict[int, str] = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}
UNSAFE.update({ord(c): f"\\u{ord(c):04x}" for c in BIDI})


def escape_controls(text: str) -> str:
    """``text`` with every control code and bidi control written as its escape."""
    return text.translate(UNSAFE)
