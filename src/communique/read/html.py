"""Web pages: the article's main text and metadata, via trafilatura, offline.

trafilatura drops navigation, adverts and reader comments; we never strip tags
by hand. Its extracted blocks (paragraphs, headings, lists, quotes) are joined
with a blank line between them, so the heading and dateline finders, which
look for lines standing alone, see the page's structure.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from communique.errors import InputProblem, warning
from communique.read.dates import parse_date
from communique.read.decode import decode_text, normalise_newlines
from communique.schema import Document, Warning

if TYPE_CHECKING:
    import lxml.html
    import trafilatura

# trafilatura (and lxml) are imported where a page is read: half a second that a
# run over plain text or JSON Lines need not pay.

#: A declared character set in the first bytes of a page (``<meta charset>``
#: or the ``http-equiv`` form); trusted before any guess.
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE
)
_META_BYTES = 4096

#: Fewer words than this is no article: trafilatura falls back to any text on
#: a page, so a page of navigation alone yields a menu word such as "Home",
#: and no statement with a speaker fits in three words.
MIN_WORDS = 4

# trafilatura logs every page it finds no text in at WARNING level; a batch
# reports that once as CQ207, so its own log lines are only noise.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

#: How deep libxml2 reads elements with its limits raised (lxml's ``huge_tree``): past
#: its default depth of 256 it stops and keeps only what came before, so a page nested
#: deeper loses its text from there on, all of it when the article is the deep part. Such
#: a page is read from a tree parsed with the limit raised to this depth; one nested
#: deeper still is refused (CQ210), not taken for a page without text.
HUGE_DEPTH = 2048

#: The most elements a page may have. trafilatura's reading grows faster than the page: a
#: page of sibling paragraphs costs 2.3 s at 25,000, 6.5 s at 50,000 and 30 s at 100,000
#: (CPU), so a page past this is refused (CQ210), its count said, rather than held for
#: minutes. Lighthouse, the browsers' page audit, calls a page of 1,400 elements large;
#: only text the analysis would cut anyway (CQ104) makes a page this long.
MAX_ELEMENTS = 50_000

#: Half of a UTF-16 pair, which no UTF-8 encoder accepts.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

#: libxml2's default depth limit, past which it stops reading a page.
_DEFAULT_DEPTH = 256

#: The parser's message when a page is nested past its depth limit.
_TOO_DEEP = "Excessive depth in document"


def decode_html(data: bytes, name: str) -> tuple[str, list[Warning]]:
    """Decode a page's bytes: UTF-8, else its declared charset, else a detected one.

    A page that is not UTF-8 but declares a charset that decodes it cleanly is
    decoded silently, as a browser would; only a guessed encoding is reported
    (CQ203), and an undecidable one refused (CQ204).
    """
    failure: InputProblem | None = None
    text, warnings = "", []
    try:
        text, warnings = decode_text(data, name)
    except InputProblem as problem:
        if problem.code != "CQ204":
            raise
        failure = problem
    if failure is not None or any(w.code == "CQ203" for w in warnings):
        declared = _META_CHARSET.search(data[:_META_BYTES])
        if declared is not None:
            try:
                decoded = data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                kept = [w for w in warnings if w.code != "CQ203"]
                return normalise_newlines(decoded), kept
    if failure is not None:
        raise failure
    return text, warnings


def _main_text(result: trafilatura.settings.Document) -> str:
    """The extracted blocks, one paragraph each, separated by blank lines."""
    from trafilatura.xml import xmltotxt

    body = result.body
    blocks: list[str] = []
    if body is not None:
        for element in body:
            block = xmltotxt(element, include_formatting=False).strip()
            if block:
                blocks.append(block)
    text = "\n\n".join(blocks)
    return text if text.strip() else (result.text or "")


def _extract(page: str | lxml.html.HtmlElement, name: str) -> trafilatura.settings.Document | None:
    """trafilatura's reading of a page (its text or a tree parsed here), None when it finds
    none; any failure of the parser is CQ210."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party parser on untrusted input: any failure is one bad page
        raise InputProblem("CQ210", path=name, error=f"{type(exc).__name__}: {exc}") from exc
    return result if isinstance(result, trafilatura.settings.Document) else None


def _deep_tree(html: str, name: str) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """The page parsed with the depth limit raised (:data:`HUGE_DEPTH`) when it is nested
    past libxml2's default one, else None: trafilatura reads a page within the default
    limit whole from its text, as it parses it. A page nested past :data:`HUGE_DEPTH` too
    is CQ210, its reason said, as is a page of more than :data:`MAX_ELEMENTS` elements. The
    parse with the default limit costs about a millisecond for a page of 100 kB, a small
    part of trafilatura's own reading.

    The parser runs on untrusted input, so any failure of the raised-limit parse is
    caught and its error returned instead of a tree: the page is then read as the default
    limit reads it, with warning CQ111 saying that its deeper text is missing. A failure
    of the first parse other than a syntax error is CQ210, its reason said, as it is for
    trafilatura's own parse (:func:`_extract`); a syntax error is let through, since the
    HTML parser recovers from broken markup and raises one for a page it finds empty.
    """
    from lxml import etree
    from lxml.html import HTMLParser

    data = html.encode("utf-8")
    options = {"collect_ids": False, "remove_comments": True, "remove_pis": True}
    default = HTMLParser(encoding="utf-8", **options)
    try:
        root = etree.fromstring(data, default)
    except etree.XMLSyntaxError:
        return None, None  # no tree at all ("Document is empty"): no depth, nothing to read
    except Exception as exc:  # a third-party parser on untrusted input: one bad page
        raise InputProblem("CQ210", path=name, error=f"{type(exc).__name__}: {exc}") from exc
    _within_size(root, name)
    if not any(_TOO_DEEP in e.message for e in default.error_log):
        return None, None
    huge = HTMLParser(encoding="utf-8", huge_tree=True, **options)
    try:
        tree = etree.fromstring(data, huge)
    except Exception as exc:  # as above; the default limit's reading is kept, with a warning
        return None, f"{type(exc).__name__}: {exc}"
    if tree is None or any(_TOO_DEEP in e.message for e in huge.error_log):
        raise InputProblem(
            "CQ210",
            path=name,
            error=f"HTML nested more than {HUGE_DEPTH:,} elements deep, past the parser's limit",
        )
    _within_size(tree, name)
    return tree, None


def _within_size(root: lxml.html.HtmlElement, name: str) -> None:
    """Refuse (CQ210) a page of more than :data:`MAX_ELEMENTS` elements, counted in the
    tree parsed to measure its depth (a few milliseconds for 100,000)."""
    count = sum(1 for _ in root.iter())
    if count > MAX_ELEMENTS:
        raise InputProblem(
            "CQ210",
            path=name,
            error=f"HTML of {count:,} elements, more than the {MAX_ELEMENTS:,} read",
        )


def _valid_unicode(html: str, warnings: list[Warning]) -> str:
    """The page with each lone UTF-16 surrogate (half a pair, as a JSON ``"\\ud800"``
    escape gives) made U+FFFD, said in warning CQ109 as :class:`Document` says it for its
    fields: no UTF-8 encoder accepts one, and the parser is handed UTF-8."""
    if html.isascii():
        return html
    clean, count = _LONE_SURROGATE.subn("\ufffd", html)
    if count:
        warnings.append(warning("CQ109", count=count, fields="page"))
    return clean


def _meta(value: object) -> str | None:
    """A metadata string, or None when absent or blank."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def html_to_document(html: str | bytes, id: str, *, where: str | None = None) -> Document:
    """One web page as a :class:`Document`: main text, title, date, URL, source.

    ``id`` becomes the record id; ``where`` names the input in messages (the
    id if not given). Bytes are decoded as :func:`decode_html` says. A page
    with no main text (fewer than :data:`MIN_WORDS` words) raises
    InputProblem CQ207; a page the parser cannot
    handle at all, CQ210. Tables and reader comments are left out: quotations
    live in the article's prose, and table cells read as sentences only
    confuse the parser.

    The date is taken only from the page's markup (meta tags, ``<time>``,
    the URL), never guessed from the body text.
    """
    name = where or id
    warnings: list[Warning] = []
    if isinstance(html, bytes):
        html, warnings = decode_html(html, name)
    if not html.strip():
        raise InputProblem("CQ202", path=name)
    html = _valid_unicode(html, warnings)
    deep, failed = _deep_tree(html, name)
    result = _extract(html if deep is None else deep, name)
    text = _main_text(result) if result is not None else ""
    if result is None or len(text.split()) < MIN_WORDS:
        if failed is not None:  # the text is below the depth the failed parse would reach
            why = f"HTML nested more than {_DEFAULT_DEPTH} elements deep ({failed})"
            raise InputProblem("CQ210", path=name, error=why)
        raise InputProblem("CQ207", path=name)
    if failed is not None:
        warnings.append(warning("CQ111", depth=_DEFAULT_DEPTH, error=failed))

    date = None
    raw_date = _meta(result.date)
    if raw_date:
        # Kept as given when it does not parse, as for JSON Lines, with a warning.
        parsed = parse_date(raw_date)
        if parsed is None:
            warnings.append(warning("CQ108", value=raw_date))
        date = parsed or raw_date
    return Document(
        id=id,
        text=text,
        title=_meta(result.title),
        date=date,
        url=_meta(result.url),
        source=_meta(result.sitename) or _meta(result.hostname),
        warnings=warnings,
    )
