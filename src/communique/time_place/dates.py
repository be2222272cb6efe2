"""When an event happened: the date words of its sentence, resolved against publication.

News dates are mostly relative ("on Tuesday", "last week", "yesterday"), so
the publication date is the anchor, and the tense of the event decides the
direction ("on Tuesday" in a Friday story is three days back for a meeting that
took place, four days on for one that will). Only spaCy's DATE and TIME
entities are read: dateparser over raw text finds dates in ordinary words
("we" as Wednesday).

Conventions, since the schema's date is a day (ISO ``YYYY-MM-DD``) or null:

* a weekday is the latest such day on or before publication for past events
  (wire style names the day even for the day of publication), the next one
  after it for future events;
* a week ("last week", "next week", "two weeks ago") is its Monday, and the
  reason says "week of";
* a weekend is its Saturday, and the reason says "weekend of";
* a month or a year alone ("in February", "in 2019", "last year") is not a
  day: the date is None and the reason names the month or year, because
  falling back to the publication date would be wrong; the period itself is
  kept at the precision the text gives (:func:`resolve_when`: ISO 8601
  ``2019-02``, ``2019``, or ``199`` for a decade);
* a duration ("two decades", "the past three years") is no date and is passed
  over, as are dates after "since", "until", "by", "before" and "after",
  which bound the event rather than date it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from communique.entity_labels import TIME_LABELS
from communique.spans import entities_in, having, sentence_of

Prefer = Literal["past", "future"]

#: Outcome kinds of reading one date expression.
_DAY, _VAGUE, _SKIP = "day", "vague", "skip"

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS_OF_DAY = r"(?:morning|afternoon|evening|night|midday|noon)"
_NUMBER_WORDS = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a few|few|several|many|some|a couple of|couple of|dozens of|hundreds of)"
)
_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"

#: "two decades", "the past three years", "the past week", "decades", "24 hours":
#: a length of time, not a point in it. "last week" and "next year" are points.
_DURATION = re.compile(
    rf"^(?:(?:the|these|those|over|for)\s+)*(?:"
    rf"(?:(?:past|last|next|previous|coming|first|final)\s+)?{_NUMBER_WORDS}[\s-]+{_UNITS}"
    rf"|(?:past|previous)\s+{_UNITS}"
    rf"|{_UNITS}"
    rf")(?:[\s-]+(?:long|old))?$"
)
_AGO = re.compile(rf"^(?P<n>{_NUMBER_WORDS})\s+(?P<unit>day|week|month|year)s?\s+ago$")
_DECADE = re.compile(r"^(?:early\s+|late\s+|mid-?\s*)?(?:1[89]|20)\d0s$")
_YEAR = re.compile(r"^(?:early\s+|late\s+|mid-?\s*)?((?:1[89]|20)\d\d)$")

#: Prepositions before a date that bound an event instead of dating it.
_BOUNDING = frozenset({"since", "until", "till", "by", "before", "after", "through"})

#: One-word dates read even when spaCy did not tag them.
_DEICTIC = frozenset({"today", "tonight", "yesterday", "tomorrow", "overnight"})

#: Words that mark a clause as about the future.
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_HEADS = frozenset(
    {"plan", "schedule", "due", "set", "expect", "intend", "prepare", "aim", "go"}
)

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

#: ``date_reason`` when the sentence gives no date and the publication date stands in.
NO_DATE_IN_SENTENCE = "publication date (no date in the sentence)"
#: Said in ``date_reason`` when a relative date cannot be resolved for lack of a
#: publication date; the pipeline looks for it to warn once per article (CQ107).
NEEDS_PUBLICATION = "needs the publication date, which is unknown"


class When(NamedTuple):
    """When an event happened, as precisely as the text says.

    ``date`` is a day (ISO ``YYYY-MM-DD``) or None; ``period`` the time the text
    gives at its own precision, in ISO 8601's reduced forms: the day again, a
    month (``2019-02``), a year (``2019``) or a decade (``201``); None when the
    text gives no time that can be placed. ``reason`` says how it was read."""

    date: str | None
    period: str | None
    reason: str


def resolve_date(trigger: Token, published: str | None) -> tuple[str | None, str]:
    """The day of the event whose trigger word is ``trigger`` (or None), and why."""
    when = resolve_when(trigger, published)
    return when.date, when.reason


def resolve_when(trigger: Token, published: str | None) -> When:
    """The date and period of the event whose trigger word is ``trigger``, and why.

    The date words of the trigger's
    sentence are tried in order: those attached to the trigger's clause first,
    then the rest, nearest first, leaving out those of clauses embedded under
    the trigger; the first that names a day or a vaguer
    period (a month, a year) decides. With none, the publication date stands
    in, and the reason says so. Never raises.
    """
    base = _iso_day(published)
    sent = _sentence(trigger)
    if sent is None:
        return When(*_fallback(base))
    prefer = _tense(trigger)
    for ent in _candidates(trigger, sent):
        prep = _preposition(ent)
        if prep in _BOUNDING:
            continue
        words = ent.text if prep is None else f"{prep} {ent.text}"
        kind, iso, how = _interpret(_norm(ent.text), base.isoformat() if base else None, prefer)
        if kind == _SKIP:
            continue
        reason = how.format(words=words, base=base.isoformat() if base else "")
        return When(iso if kind == _DAY else None, iso, reason)
    return When(*_fallback(base))


# -- the sentence ------------------------------------------------------------


def _sentence(trigger: object) -> Span | None:
    if not isinstance(trigger, Token):
        return None
    try:
        return sentence_of(trigger)
    except ValueError:  # a Doc without sentence boundaries
        return None


def _iso_day(published: object) -> dt.date | None:
    if not isinstance(published, str):
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _fallback(base: dt.date | None) -> tuple[str | None, str | None, str]:
    if base is None:
        return None, None, "no date in the sentence and no publication date"
    return base.isoformat(), base.isoformat(), NO_DATE_IN_SENTENCE


#: Dependency labels that open a clause of their own.
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "csubj", "parataxis", "acl", "conj"})

_ATTACHED, _OUTSIDE, _EMBEDDED = 0, 1, 2


def _attachment(ent: Span, trigger: Token) -> int:
    """How the date words relate to the trigger's clause.

    ``_ATTACHED``: their head chain meets the trigger without entering another
    clause ("met ... on Tuesday"). ``_EMBEDDED``: they belong to a clause
    under the trigger ("said the ministers will meet next week": next week
    dates the meeting, not the saying), so they are never used for it.
    ``_OUTSIDE``: anywhere else in the sentence, used when nothing is attached
    (a noun trigger's verb carries the date: "held talks on Tuesday").
    """
    tok = ent.root
    crossed = False
    for _ in range(len(ent.sent) + 1):
        if tok.i == trigger.i:
            return _EMBEDDED if crossed else _ATTACHED
        if tok.head.i == tok.i:
            return _OUTSIDE
        if tok.dep_ in _CLAUSES and tok.pos_ in ("VERB", "AUX"):
            crossed = True
        tok = tok.head
    return _OUTSIDE


def _candidates(trigger: Token, sent: Span) -> list[Span]:
    # Read from the sentence's own tokens: ``sent.ents`` reads every entity of the Doc.
    ents = [e for e in entities_in(sent) if e.label_ in TIME_LABELS]
    # The small model leaves a lone "overnight" or "yesterday" untagged now and then.
    # (Found in the Doc's LOWER column once: this runs for the sentence of every event.)
    doc = sent.doc
    ents.extend(
        doc[k : k + 1]
        for k in having(doc, LOWER, _DEICTIC, sent.start, sent.end)
        if not doc[k].ent_type
    )

    def distance(e: Span) -> int:
        return (
            0
            if e.start <= trigger.i < e.end
            else min(abs(e.start - trigger.i), abs(e.end - 1 - trigger.i))
        )

    ranked = [(_attachment(e, trigger), distance(e), e) for e in ents]
    return [e for how, _, e in sorted(ranked, key=lambda r: r[:2]) if how != _EMBEDDED]


def _preposition(ent: Span) -> str | None:
    """The preposition governing the date words ("on Tuesday"), lower case, if any."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.i < ent.start:
        return head.lower_
    if ent.start > 0:
        before = ent.doc[ent.start - 1]
        if before.dep_ == "prep" or before.tag_ == "IN":
            return before.lower_
    return None


def _tense(trigger: Token) -> Prefer:
    """Future when the trigger's clause is about what is still to come, else past.

    Looks at the trigger and, for a noun or an infinitive, the verb that
    governs it: "will meet", "talks will be held", "plans to visit",
    "is due to sign", "a summit to be held". Everything else (past, perfect
    and the present of headlines) reads as past.
    """
    verbs = [trigger]
    head = trigger.head
    if head.i != trigger.i and (
        trigger.pos_ in ("NOUN", "PROPN") or trigger.dep_ in ("xcomp", "acl")
    ):
        verbs.append(head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in _FUTURE_AUX:
                return "future"
        if verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if (
            verb.dep_ in ("xcomp", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.lemma_ in ("hold", "be")
        ):
            return "future"  # "a summit to be held", "talks to be held"
    return "past"


# -- reading one date expression --------------------------------------------


def _norm(text: str) -> str:
    t = " ".join(text.replace("’", "'").lower().split())
    if t.endswith("'s"):
        t = t[:-2]
    if t.startswith("the ") and not t.startswith("the weekend"):
        t = t[4:]
    return t


@lru_cache(maxsize=8192)
def _interpret(text: str, base_iso: str | None, prefer: Prefer) -> tuple[str, str | None, str]:
    """Read normalised date words: ``(kind, iso_or_None, reason_template)``.

    For a day ``iso`` is the day; for a vaguer time it is the period in ISO 8601's
    reduced precision (``2019-02``, ``2019``, ``201`` for the 2010s), or None.

    Cached on (text, base, prefer): the same few expressions recur across a
    batch of articles published on the same days, and dateparser takes about
    a millisecond per call. The reason template takes ``words`` and ``base``.
    """
    base = dt.date.fromisoformat(base_iso) if base_iso else None
    rel = "'{words}' relative to publication {base}"
    if not text or _DURATION.match(text) or text in ("decades", "years", "months", "ages"):
        return _SKIP, None, ""
    m = _DECADE.match(text)
    if m:
        decade = re.search(r"(\d{3})0s$", text)
        return _VAGUE, decade.group(1) if decade else None, "the {words} (a decade, no day given)"
    m = _YEAR.match(text)
    if m:
        return _VAGUE, m.group(1), f"year {m.group(1)} ('{{words}}'; no day given)"
    if base is None:
        return _absolute_only(text)
    day = _relative_day(text, base, prefer)
    if day is not None:
        return _DAY, day.isoformat(), rel
    week = _relative_week(text, base)
    if week is not None:
        return _DAY, week.isoformat(), f"week of {week.isoformat()} ({rel})"
    weekend = _weekend(text, base, prefer)
    if weekend is not None:
        return _DAY, weekend.isoformat(), f"weekend of {weekend.isoformat()} ({rel})"
    period = _relative_period(text, base)
    if period is not None:
        return _VAGUE, period.split()[-1], f"{period} ({rel}; no day given)"
    return _parse(text, base, prefer)


def _relative_day(text: str, base: dt.date, prefer: Prefer) -> dt.date | None:
    words = text.split()
    if not words:
        return None
    first = words[0]
    tail_ok = len(words) == 1 or (len(words) == 2 and re.fullmatch(_PARTS_OF_DAY, words[1]))
    if first in ("today", "tonight", "now") and tail_ok:
        return base
    if text in ("this morning", "this afternoon", "this evening", "earlier today", "later today"):
        return base
    if first == "yesterday" and tail_ok:
        return base - dt.timedelta(days=1)
    if text in ("last night", "overnight"):
        return base - dt.timedelta(days=1)
    if first == "tomorrow" and tail_ok:
        return base + dt.timedelta(days=1)
    m = _AGO.match(text)
    if m and m["unit"] in ("day", "week"):
        n = _count(m["n"])
        if n is None:
            return None
        days = n * (7 if m["unit"] == "week" else 1)
        day = base - dt.timedelta(days=days)
        return day - dt.timedelta(days=day.weekday()) if m["unit"] == "week" else day
    # weekdays: "Tuesday", "Tuesday night", "last Tuesday", "next Tuesday", "this Tuesday"
    direction: str | None = None
    if first in ("last", "next", "this", "on", "coming", "past") and len(words) >= 2:
        direction, words = first, words[1:]
    if words[0] not in _WEEKDAYS:
        return None
    if len(words) > 2 or (len(words) == 2 and not re.fullmatch(_PARTS_OF_DAY, words[1])):
        return None
    target = _WEEKDAYS.index(words[0])
    if direction == "next" or (direction in ("coming", "this") and prefer == "future"):
        prefer = "future"
    elif direction in ("last", "past"):
        prefer = "past"
    if prefer == "future":
        ahead = (target - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    back = (base.weekday() - target) % 7
    if direction == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def _count(word: str) -> int | None:
    if word.isdecimal():  # "¹" is a digit int() does not read
        return int(word) if int(word) < 10_000 else None
    return _WORD_NUMBERS.get(word)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _relative_week(text: str, base: dt.date) -> dt.date | None:
    this = _monday(base)
    if text in (
        "this week",
        "earlier this week",
        "later this week",
        "early this week",
        "late this week",
    ):
        return this
    if text in (
        "last week",
        "earlier last week",
        "late last week",
        "early last week",
        "previous week",
    ):
        return this - dt.timedelta(days=7)
    if text in ("next week", "later next week", "early next week", "late next week", "coming week"):
        return this + dt.timedelta(days=7)
    m = _AGO.match(text)
    if m and m["unit"] == "week":
        n = _count(m["n"])
        return this - dt.timedelta(days=7 * n) if n is not None else None
    return None


def _weekend(text: str, base: dt.date, prefer: Prefer) -> dt.date | None:
    if not text.endswith("weekend") or len(text.split()) > 3:
        return None
    saturday = 5
    if text.startswith(("next", "coming")) or (
        prefer == "future" and not text.startswith(("last", "past"))
    ):
        ahead = (saturday - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    back = (base.weekday() - saturday) % 7
    if text.startswith("last") and back < 2:  # "last weekend" in a Saturday or Sunday story
        back += 7
    return base - dt.timedelta(days=back)


def _relative_period(text: str, base: dt.date) -> str | None:
    """Month- and year-level relative words: "last month", "earlier this year"."""
    m = re.fullmatch(r"(?:(?:earlier|later|early|late)\s+)?(last|this|next)\s+(month|year)", text)
    if m is None:
        m2 = _AGO.match(text)
        if m2 is None or m2["unit"] not in ("month", "year"):
            return None
        n = _count(m2["n"])
        if n is None:
            return None
        shift, unit = -n, m2["unit"]
    else:
        shift, unit = {"last": -1, "this": 0, "next": 1}[m[1]], m[2]
    if unit == "year":
        return f"year {base.year + shift}"
    months = base.year * 12 + base.month - 1 + shift
    return f"month {months // 12:04d}-{months % 12 + 1:02d}"


def _absolute_only(text: str) -> tuple[str, str | None, str]:
    """Without a publication date only a date with its year can be resolved."""
    if not re.search(r"\b(?:1[89]|20)\d\d\b", text):
        if _looks_like_date(text):
            return _VAGUE, None, "'{words}' " + NEEDS_PUBLICATION
        return _SKIP, None, ""
    kind, iso, how = _parse(text, None, "past")
    return kind, iso, how


def _looks_like_date(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|morning|"
            r"afternoon|evening|night|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
            text,
        )
        or any(w in text for w in _WEEKDAYS)
    )


def _parse(text: str, base: dt.date | None, prefer: Prefer) -> tuple[str, str | None, str]:
    """Absolute and month-day dates through dateparser, with the period it found."""
    if not re.search(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", text):
        return _SKIP, None, ""
    result = _dateparser(text, base, prefer)
    if result is None:
        return _SKIP, None, ""
    day, period = result
    has_year = bool(re.search(r"\b(?:1[89]|20)\d\d\b", text))
    if period == "day":
        if has_year:
            return _DAY, day.isoformat(), "'{words}' as written"
        return _DAY, day.isoformat(), "'{words}' in the year given by publication {base}"
    if period == "month":
        month = f"{day.year:04d}-{day.month:02d}"
        return _VAGUE, month, f"month {month} ('{{words}}'; no day given)"
    if period == "year" and has_year:
        return _VAGUE, f"{day.year:04d}", f"year {day.year} ('{{words}}'; no day given)"
    return _SKIP, None, ""


def _dateparser(text: str, base: dt.date | None, prefer: Prefer) -> tuple[dt.date, str] | None:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    except (ValueError, TypeError, OverflowError, KeyError, AttributeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period)


@lru_cache(maxsize=32)
def _parser(settings: tuple[tuple[str, Any], ...]) -> Any:
    from dateparser.date import DateDataParser  # imported late: slow to import

    return DateDataParser(languages=["en"], settings=dict(settings))
