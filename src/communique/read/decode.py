"""Turning the bytes of one input into text, or a clear reason why not.

Every span communique reports is an offset into the *decoded* text returned
here, never into the raw bytes: a UTF-8 byte order mark is dropped, and line
breaks are normalised to ``\\n`` exactly as Python's ``open()`` does in text
mode, so a reader who opens the same file with ``open(path)`` sees the same
offsets.

Legacy encodings: news text that is not UTF-8 is almost always Windows-1252
(the WHATWG default for Western pages). charset-normalizer, measured on this
machine, guesses ``cp775`` or ``mac_latin2`` for short Latin-1 English and
French, which garbles accented letters. So Windows-1252 is tried first under a
plausibility test, and charset-normalizer decides only when that test fails.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from charset_normalizer import from_bytes

from communique.errors import InputProblem, warning
from communique.schema import Warning

#: Bytes looked at to decide whether data is binary. Enough for any header;
#: bounded so a 5 MB file costs the same as a 5 KB one.
SNIFF_BYTES = 8192

#: Share of control bytes above which data is treated as binary, not text.
BINARY_CONTROL_SHARE = 0.05

BINARY_MIN_CONTROLS = 8

#: Share of control characters in *decoded* text above which it is binary.
TEXT_CONTROL_SHARE = 0.3

#: Characters of a Windows-1252 reading judged for plausibility: a bounded
#: sample keeps a 5 MB file fast; the whole file is still decoded strictly.
PLAUSIBLE_SAMPLE = 200_000

_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
_LETTER_RE = re.compile(r"[^\W\d_]")

#: Non-ASCII punctuation that a Windows-1252 news text plausibly contains.
_WESTERN_PUNCT = frozenset("“”‘’„‚–—…•€£¥¢°«»§©®™·¶†‡‰‹›¡¿×÷±µ\u00a0\u00ad¼½¾¹²³ªº¨´¸¯¦¬")

#: C0 controls other than tab, newline, vertical tab, form feed, carriage return.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes(sorted({c for c in range(32)} - {9, 10, 11, 12, 13}))


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as in Python's universal-newlines mode."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in ASCII text in UTF-16.

    Binary formats have NULs too, but not in a strict alternating pattern
    over most of the sample.
    """
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _count_controls(text: str) -> int:
    """Number of C0/C1 control characters that have no business in prose."""
    return sum(1 for _ in _CONTROL_RE.finditer(text))


def _plausible_western(text: str) -> bool:
    """Whether text decoded as Windows-1252 reads like Western-language prose.

    English or French has under a third of its letters outside ASCII, and its
    other non-ASCII characters are typographic punctuation (curly quotes,
    dashes). Cyrillic or Greek
    bytes read as Windows-1252 give mostly accented letters; Central European
    bytes give stray symbols such as ``¹`` or ``³`` among words.
    """
    sample = text if len(text) <= PLAUSIBLE_SAMPLE else text[:PLAUSIBLE_SAMPLE]
    non_ascii = Counter(_NON_ASCII_RE.findall(sample))
    if not non_ascii:
        return True
    letters = sum(1 for _ in _LETTER_RE.finditer(sample))
    accented = sum(n for ch, n in non_ascii.items() if unicodedata.category(ch).startswith("L"))
    stray = sum(
        n
        for ch, n in non_ascii.items()
        if ch not in _WESTERN_PUNCT and not unicodedata.category(ch).startswith("L")
    )
    return accented <= 0.3 * letters and stray <= 0.1 * sum(non_ascii.values())


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes; ``(text, encoding)`` or InputProblem CQ204."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_western(text):
        return text, "cp1252"
    best = from_bytes(data).best()
    # "Confident": charset-normalizer found a reading with little noise and
    # recognised a language in it; a zero coherence means it only found a
    # codec that does not fail, which is no evidence at all.
    if best is None or best.chaos > 0.1 or best.coherence < 0.1:
        raise InputProblem("CQ204", path=name)
    return str(best), best.encoding


def decode_text(data: bytes, name: str) -> tuple[str, list[Warning]]:
    """Decode one input's bytes to text.

    Returns ``(text, warnings)``; ``name`` is used in messages. UTF-8 (with or
    without a byte order mark) and UTF-16/32 with a BOM decode silently. Other
    encodings are detected, decoded and reported with warning CQ203; when no
    encoding can be trusted the input is refused (CQ204) rather than
    decoded into mojibake. Binary data raises CQ201, empty or
    whitespace-only input CQ202. Stray control characters are kept.
    """
    warnings: list[Warning] = []
    if not data.strip():
        raise InputProblem("CQ202", path=name)

    text: str | None = None
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = ""

    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputProblem("CQ204", path=name) from exc
    else:
        sample = data[:SNIFF_BYTES]
        if b"\x00" in sample:
            guess = _looks_utf16_without_bom(sample)
            if guess is None:
                raise InputProblem("CQ201", path=name)
            try:
                text = data.decode(guess)
            except UnicodeDecodeError as exc:
                raise InputProblem("CQ201", path=name) from exc
            warnings.append(warning("CQ203", path=name, encoding=guess))
        else:
            controls = sum(sample.count(b) for b in _CONTROL_BYTES)
            # A stray escape or bell in a short note is not enough to call it binary.
            if controls > max(BINARY_MIN_CONTROLS, BINARY_CONTROL_SHARE * len(sample)):
                raise InputProblem("CQ201", path=name)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text, used = _decode_legacy(data, name)
                warnings.append(warning("CQ203", path=name, encoding=used))

    if "\x00" in text:
        raise InputProblem("CQ201", path=name)
    if not text.strip():
        raise InputProblem("CQ202", path=name)
    # Line ends are kept as they are (CRLF stays CRLF): every span must point
    # into the decoded content unchanged, whatever reads it back.
    # Stray control characters are kept (spans must stay true); the pipeline
    # counts them for every input in warning CQ106. Only text that is mostly
    # controls is refused here, as binary.
    if _count_controls(text) > TEXT_CONTROL_SHARE * len(text):
        raise InputProblem("CQ201", path=name)
    return text, warnings
