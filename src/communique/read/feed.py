"""RSS and Atom feed files: each item becomes one :class:`Document`.

A feed is read from a local file only. Its bytes are handed to feedparser as
a stream, never as a string: feedparser treats a string that looks like a
URL or a path as something to fetch or open, and a feed's bytes are
untrusted. Nothing is ever downloaded.

An item's text is its longest content (``content:encoded``, Atom
``content``), else its summary, turned from HTML into plain text with one
blank line between blocks, like the HTML reader's output, so the dateline and
heading finders see the same structure. Its date is the one written in
``published`` (else ``updated``), its title and link are kept, and the
feed's own title is the source.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import xml.sax
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

from communique.errors import InputProblem, warning
from communique.read.dates import parse_date
from communique.read.decode import normalise_newlines
from communique.schema import Document, Warning

#: Bytes examined to decide whether an ``.xml`` file (or stdin) is a feed.
SNIFF_BYTES = 4096

#: What may precede the root element: the XML declaration, processing
#: instructions, comments, a doctype, whitespace and a byte order mark.
_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\xef\xbb\xbf)", re.DOTALL)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>/]", re.IGNORECASE)

#: Elements whose start or end separates blocks of text.
_BLOCKS = frozenset(
    {
        *("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer"),
        *("figure", "figcaption", "hr", "aside", "address"),
    }
)
#: Elements whose content is never text of the article.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg"})
_SPACES = re.compile(r"\s+")
_BLOCK_MARK = "\x00"
_LINE_MARK = "\x01"

#: feedparser's "bozo" exceptions that only say it had to guess the encoding;
#: the feed was parsed in full.
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType")


def looks_like_feed(head: bytes) -> bool:
    """Whether data starts like an RSS, RSS 1.0 (RDF) or Atom document."""
    pos = 0
    head = head[:SNIFF_BYTES]
    while True:
        m = _PROLOG.match(head, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    return _FEED_ROOT.match(head, pos) is not None


class _TextOfHtml(HTMLParser):
    """Plain text of an HTML fragment: blocks become paragraphs, scripts vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "br":
            self.parts.append(_LINE_MARK)
        elif tag in _BLOCKS:
            self.parts.append(_BLOCK_MARK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append(_BLOCK_MARK)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_fragment_text(html: str) -> str:
    """The text of an HTML fragment, one blank line between paragraphs.

    Source line breaks inside a paragraph are layout, not text, and become
    spaces; ``<br>`` is a line break.
    """
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = _SPACES.sub(" ", "".join(parser.parts))
    text = text.replace(_LINE_MARK, "\n")
    paragraphs = (
        "\n".join(line.strip() for line in block.split("\n")) for block in text.split(_BLOCK_MARK)
    )
    return "\n\n".join(p.strip("\n") for p in paragraphs if p.strip())


def _plain(detail: Any) -> str:
    """Text of a feedparser text construct (``title_detail``, a content entry)."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    kind = (detail.get("type") or "").lower()
    if "html" in kind:
        return html_fragment_text(value)
    return normalise_newlines(value).strip()


def _item_text(entry: Any) -> str:
    texts = [_plain(c) for c in entry.get("content") or []]
    best = max(texts, key=len, default="")
    if best.strip():
        return best
    return _plain(entry.get("summary_detail"))


def _item_date(entry: Any) -> tuple[str | None, list[Warning]]:
    """The date written in the item (published, else updated), as ISO, and any warning."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        iso = parse_date(raw)
        if iso is None:
            parsed = entry.get(f"{key}_parsed")
            if parsed is not None:
                iso = dt.date(*parsed[:3]).isoformat()
        if iso is not None:
            return iso, []
        return raw, [warning("CQ108", value=raw)]
    return None, []


def _one_line(text: str) -> str | None:
    return " ".join(text.split()) or None


def read_feed(
    data: bytes,
    name: str,
    on_problem: Callable[[InputProblem], None],
    *,
    where: str | None = None,
    origin: str | None = None,
) -> Iterator[Document]:
    """Documents from the bytes of one RSS or Atom feed, one per item with text.

    ``name`` makes the ids of items without a guid or link
    (``f"{name}-{n}"``, counting items from 1); ``where`` names the feed in
    messages. Each item's origin is ``f"{origin}#{guid or link or 'item-N'}"``.
    An empty or binary file, or one that is no feed, raises InputProblem
    (CQ202, CQ201, CQ213); a feed without items CQ214, broken XML with no
    item to keep CQ212. Otherwise broken XML is reported (CQ212) through
    ``on_problem`` and the items read before the break are kept; an item with
    no text is reported (CQ215) and skipped.
    """
    import feedparser

    label = where or name
    base = origin or label
    if not data.strip():
        raise InputProblem("CQ202", path=label)
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputProblem("CQ201", path=label)
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # a third-party parser on untrusted input: one bad file
        raise InputProblem(
            "CQ212", path=label, error=f"{type(exc).__name__}: {exc}", items=0
        ) from exc
    broken = _broken_xml(parsed)
    source = _one_line(_plain(parsed.feed.get("title_detail")))
    documents: list[Document] = []
    empty: list[InputProblem] = []
    for n, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link") or f"item-{n}"
        here = f"{base}#{key}"
        text = _item_text(entry)
        if not text.strip():
            empty.append(InputProblem("CQ215", origin=here, path=f"{label}#item-{n}"))
            continue
        date, warnings = _item_date(entry)
        documents.append(
            Document(
                id=entry.get("id") or entry.get("link") or f"{name}-{n}",
                text=text,
                title=_one_line(_plain(entry.get("title_detail"))),
                date=date,
                url=entry.get("link") or None,
                source=source,
                warnings=warnings,
                origin=here,
            )
        )
    if not documents and (broken is not None or not parsed.entries):
        # Nothing to keep: one problem for the file says it all.
        if not looks_like_feed(data):
            raise InputProblem("CQ213", path=label)
        if broken is not None:
            raise InputProblem("CQ212", path=label, error=broken, items=0)
        raise InputProblem("CQ214", path=label)
    for problem in empty:
        on_problem(problem)
    if broken is not None:
        on_problem(
            InputProblem("CQ212", origin=base, path=label, error=broken, items=len(documents))
        )
    yield from documents


def _broken_xml(parsed: Any) -> str | None:
    """Why the feed's XML is broken, or None if it parsed (or only its encoding was guessed)."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if exc is None or type(exc).__name__ in _BENIGN:
        return None
    if isinstance(exc, xml.sax.SAXParseException):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}, column {exc.getColumnNumber()}"
    return str(exc) or type(exc).__name__
