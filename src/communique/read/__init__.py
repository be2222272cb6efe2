"""The input room: files, folders, globs and stdin become :class:`Document` records.

Reading also finds what a news text carries before its first sentence: the
wire dateline (:func:`find_dateline`), headings inside the body
(:func:`find_headings`) and the publication date (:func:`publication_date`).
None of these change the text; they report spans into it.
"""

from communique.read.dateline import find_dateline
from communique.read.dates import parse_date, publication_date
from communique.read.decode import decode_text
from communique.read.feed import read_feed
from communique.read.files import read_file, read_inputs, read_stdin
from communique.read.headings import find_headings
from communique.read.html import html_to_document
from communique.read.jsonl import read_jsonl

__all__ = [
    "decode_text",
    "find_dateline",
    "find_headings",
    "html_to_document",
    "parse_date",
    "publication_date",
    "read_feed",
    "read_file",
    "read_inputs",
    "read_jsonl",
    "read_stdin",
]
