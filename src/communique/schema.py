"""The records communique produces, shared by every part of the pipeline.

This is the one module every room of the package imports. Records are plain
dataclasses so that they are cheap to build on the hot path; ``to_dict`` turns
them into the JSON shape documented in ``docs/schema.md`` and checked by the
JSON Schema shipped as ``communique/data/communique.schema.json``.

Every ``span`` is a ``(start, end)`` pair of character offsets into the article
text exactly as it was read, so ``text[start:end]`` is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "communique/1"

Span = tuple[int, int]

MentionKind = Literal[
    "name",  # a full proper name: "Annalena Baerbock"
    "surname",  # a shortened name: "Baerbock"
    "title",  # title + name: "Minister Wang"
    "description",  # "the German foreign minister", "China's top diplomat"
    "pronoun",  # "she", "he", "they"
    "metonym",  # "the Kremlin", "Moscow", "the White House"
    "country",  # a country name or demonym used as an actor: "Serbia"
    "organisation",  # an organisation's name: "NATO"
]

ActorKind = Literal["person", "organisation", "country", "group", "document"]

#: The kind of evidence an actor's codes rest on (``Actor.basis``), most trusted first.
Basis = Literal["article", "dictionary", "user", "inferred"]

QuoteKind = Literal["direct", "mixed", "indirect"]


@dataclass(slots=True)
class Mention:
    """One place in the text where an actor is referred to."""

    text: str
    span: Span
    kind: MentionKind

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "kind": self.kind}


@dataclass(slots=True)
class Actor:
    """A person, organisation, country, group or document, once per article.

    ``country`` is an ISO 3166 alpha-3 code or a PLOVER non-state code (IGO,
    NGO, ...); ``sector`` a PLOVER sector (GOV, MIL, ...). ``reason`` says how
    the codes were found, so a reader can judge them, and ``basis`` what kind
    of evidence they rest on (None when there are no codes). ``office`` is the
    office the text or a dictionary gives ("foreign minister"); ``identifier``
    a stable identifier from a dictionary (a Wikidata QID where the source
    gives one).
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    reason: str = ""
    mentions: list[Mention] = field(default_factory=list)
    basis: Basis | None = None
    office: str | None = None
    identifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "reason": self.reason,
            "basis": self.basis,
            "office": self.office,
            "identifier": self.identifier,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Cue:
    """The words that introduce a quotation: "said", "according to", "urged"."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(slots=True)
class Party:
    """The speaker or addressee of a quotation: an actor and the mention used."""

    actor: str | None
    name: str
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name, "mention": self.mention.to_dict()}


@dataclass(slots=True)
class Quote:
    """One attributed statement.

    ``kind`` is ``direct`` (entirely inside quotation marks), ``mixed`` (reported
    speech containing a quoted fragment) or ``indirect`` (paraphrase).
    ``nested_in`` is the id of the quote this one is reported inside.
    """

    id: str
    kind: QuoteKind
    text: str
    span: Span
    cue: Cue | None = None
    speaker: Party | None = None
    addressee: Party | None = None
    nested_in: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "span": list(self.span),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "nested_in": self.nested_in,
        }


@dataclass(slots=True)
class Dateline:
    """A wire-story dateline such as ``WASHINGTON (Reuters) -``, left in the text."""

    text: str
    span: Span
    place: str | None = None
    date: str | None = None  # ISO date when the dateline gives one and a year is known
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "place": self.place,
            "date": self.date,
            "agency": self.agency,
        }


@dataclass(slots=True)
class Heading:
    """A short title line inside the body, e.g. ``Energy security``."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(slots=True)
class Warning:
    """Something a user should know about one article; never fatal.

    ``code`` is one of the coded messages in :mod:`communique.errors`.
    """

    code: str
    message: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "span": list(self.span) if self.span else None,
        }


EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip

Modality = Literal[
    "asserted",  # the text says it happened (or is happening)
    "negated",  # the text says it did not or will not happen: "has no intention of attacking"
    "hypothetical",  # a condition or possibility: "should there be an attack"
    "future",  # announced for later: "will meet next week"
    "intended",  # planned, wanted, promised: "plans to visit", "vowed to retaliate"
    "requested",  # the content of a demand: "urged Serbia to pull back" → the pull-back
    "reported",  # claimed inside a quotation, not stated by the article itself
]

#: The modalities under which the text says an event happened (asserted by the article or
#: reported in a quotation): what a PLOVER file writes by default, what the evaluation scores
#: and what a retold happening is merged with.
HAPPENED: frozenset[Modality] = frozenset({"asserted", "reported"})


@dataclass(slots=True)
class Participant:
    """An actor or recipient of an event: the resolved actor and the words used."""

    name: str
    code: str | None  # ISO 3166 alpha-3 or a PLOVER non-state code (IGO, NGO, ...)
    sector: str | None
    actor_id: str | None
    mention: Mention | None = None
    identifier: str | None = None  # the actor's stable identifier (a Wikidata QID), if known

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "code": self.code,
            "sector": self.sector,
            "actor_id": self.actor_id,
            "mention": self.mention.to_dict() if self.mention else None,
            "identifier": self.identifier,
        }


@dataclass(slots=True)
class Location:
    """Where an event took place, from the text or (flagged) from the dateline."""

    name: str
    country: str | None = None  # ISO 3166 alpha-3
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    span: Span | None = None
    from_dateline: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "geonames_id": self.geonames_id,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "span": list(self.span) if self.span else None,
            "from_dateline": self.from_dateline,
        }


@dataclass(slots=True)
class Event:
    """One political event coded in PLOVER, with the words that support it.

    ``modality`` separates what happened from what was denied, supposed,
    planned or demanded; ``claimed_by`` is the id of the quotation that claims
    the event, if any. ``cameo_code`` (3 or 4 digits), ``cameo_root``,
    ``goldstein``, ``quad_class`` and ``intensity`` serve pipelines built for
    CAMEO-era data. ``evidence`` lists further spans that report the same
    happening (the lede that repeats the headline), beyond ``trigger``.
    """

    id: str
    type: EventType
    mode: str | None
    modality: Modality
    trigger: Cue
    sentence: Span
    reason: str
    actor: list[Participant] = field(default_factory=list)
    recipient: list[Participant] = field(default_factory=list)
    claimed_by: str | None = None
    requested_by: str | None = None  # the REQUEST event whose demanded act this is
    quad_class: int = 0
    cameo_root: str = ""
    intensity: float = 0.0
    date: str | None = None
    date_reason: str | None = None
    #: the time the text gives, at its precision (ISO 8601: "2022-02-15", "2022-02", "2022")
    date_period: str | None = None
    location: Location | None = None
    context: list[str] = field(default_factory=list)
    cameo_code: str = ""
    goldstein: float | None = None
    evidence: list[Cue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "modality": self.modality,
            "actor": [p.to_dict() for p in self.actor],
            "recipient": [p.to_dict() for p in self.recipient],
            "trigger": self.trigger.to_dict(),
            "sentence": list(self.sentence),
            "reason": self.reason,
            "claimed_by": self.claimed_by,
            "requested_by": self.requested_by,
            "quad_class": self.quad_class,
            "cameo_root": self.cameo_root,
            "intensity": self.intensity,
            "date": self.date,
            "date_reason": self.date_reason,
            "date_period": self.date_period,
            "location": self.location.to_dict() if self.location else None,
            "context": list(self.context),
            "cameo_code": self.cameo_code,
            "goldstein": self.goldstein,
            "evidence": [c.to_dict() for c in self.evidence],
        }


@dataclass(slots=True)
class Document:
    """One article as read, before any analysis.

    ``text`` is exactly what every span refers to. ``date`` is the publication
    date from the input metadata (ISO ``YYYY-MM-DD``), if any. ``origin`` says
    where it was read, set by the readers: the absolute file path,
    ``path:line`` for a JSON Lines record, ``path#item`` for a feed item,
    ``stdin``; a corpus run keeps it in ``sources.origin``.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    warnings: list[Warning] = field(default_factory=list)
    origin: str | None = None

    def __post_init__(self) -> None:
        """Make every text field valid Unicode, saying so in warning CQ109.

        JSON allows escapes such as ``"\\ud800"`` that decode to half of a
        UTF-16 pair; no UTF-8 encoder, nor spaCy, DuckDB or a JSON writer,
        accepts one. Each lone half becomes U+FFFD, one character for one,
        so every span still points where it did, and the article is analysed
        and stored like any other instead of failing its batch.
        """
        fixed: list[str] = []
        count = 0
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and not value.isascii():
                clean, n = _LONE_SURROGATE.subn("\ufffd", value)
                if n:
                    setattr(self, name, clean)
                    fixed.append(name)
                    count += n
        if count:
            from communique.errors import warning  # errors imports this module

            self.warnings.append(warning("CQ109", count=count, fields=", ".join(fixed)))


#: The fields of a Document that hold text from the input.
_TEXT_FIELDS = ("id", "text", "title", "date", "url", "source")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class Article:
    """The communique/1 record for one article: what ``extract`` returns."""

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_reason: str | None = None
    dateline: Dateline | None = None
    headings: list[Heading] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_reason": self.published_reason,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "headings": [h.to_dict() for h in self.headings],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "warnings": [w.to_dict() for w in self.warnings],
        }
        if include_text:
            out["text"] = self.text
        return out


# -- reading records back ------------------------------------------------------
# The inverse of the ``to_dict`` methods above, for records read from a store.


def _span(value: Sequence[int] | None) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def _mention(d: dict[str, Any] | None) -> Mention | None:
    if d is None:
        return None
    return Mention(text=d["text"], span=_span(d["span"]) or (0, 0), kind=d["kind"])


def _cue(d: dict[str, Any] | None) -> Cue | None:
    return Cue(text=d["text"], span=_span(d["span"]) or (0, 0)) if d else None


def _party(d: dict[str, Any] | None) -> Party | None:
    if d is None:
        return None
    mention = _mention(d["mention"])
    if mention is None:
        raise ValueError("a quotation's speaker or addressee record has no mention")
    return Party(actor=d["actor"], name=d["name"], mention=mention)


def _participant(d: dict[str, Any]) -> Participant:
    return Participant(
        name=d["name"],
        code=d["code"],
        sector=d["sector"],
        actor_id=d["actor_id"],
        mention=_mention(d.get("mention")),
        identifier=d.get("identifier"),
    )


def _location(d: dict[str, Any] | None) -> Location | None:
    if d is None:
        return None
    return Location(
        name=d["name"],
        country=d["country"],
        geonames_id=d["geonames_id"],
        latitude=d["latitude"],
        longitude=d["longitude"],
        span=_span(d["span"]),
        from_dateline=d["from_dateline"],
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    """An :class:`Event` from its communique/1 JSON object."""
    trigger = _cue(d["trigger"])
    if trigger is None:
        raise ValueError(f"event {d.get('id')!r} has no trigger")
    return Event(
        id=d["id"],
        type=d["type"],
        mode=d["mode"],
        modality=d["modality"],
        trigger=trigger,
        sentence=_span(d["sentence"]) or (0, 0),
        reason=d["reason"],
        actor=[_participant(p) for p in d["actor"]],
        recipient=[_participant(p) for p in d["recipient"]],
        claimed_by=d["claimed_by"],
        requested_by=d["requested_by"],
        quad_class=d["quad_class"],
        cameo_root=d["cameo_root"],
        intensity=d["intensity"],
        date=d["date"],
        date_reason=d["date_reason"],
        date_period=d.get("date_period"),
        location=_location(d["location"]),
        context=list(d["context"]),
        cameo_code=d.get("cameo_code") or "",
        goldstein=d.get("goldstein"),
        evidence=[c for c in (_cue(e) for e in d.get("evidence") or ()) if c is not None],
    )


def article_from_dict(record: dict[str, Any], text: str) -> Article:
    """The :class:`Article` a communique/1 record (``Article.to_dict()``) was made from.

    The inverse of ``to_dict``, kept beside it so a new field is added to both:
    ``to_dict`` of the result gives ``record`` back, so writers produce the same
    output from a stored article as from a fresh extraction. ``text`` is given
    separately because records are usually stored without it.
    """
    dl = record["dateline"]
    return Article(
        id=record["id"],
        text=text,
        source=record["source"],
        title=record["title"],
        url=record["url"],
        published=record["published"],
        published_reason=record["published_reason"],
        dateline=Dateline(
            text=dl["text"],
            span=_span(dl["span"]) or (0, 0),
            place=dl["place"],
            date=dl["date"],
            agency=dl["agency"],
        )
        if dl
        else None,
        headings=[
            Heading(text=h["text"], span=_span(h["span"]) or (0, 0)) for h in record["headings"]
        ],
        actors=[
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                country=a["country"],
                sector=a["sector"],
                reason=a["reason"],
                mentions=[m for m in map(_mention, a["mentions"]) if m is not None],
                basis=a.get("basis"),
                office=a.get("office"),
                identifier=a.get("identifier"),
            )
            for a in record["actors"]
        ],
        quotes=[
            Quote(
                id=q["id"],
                kind=q["kind"],
                text=q["text"],
                span=_span(q["span"]) or (0, 0),
                cue=_cue(q["cue"]),
                speaker=_party(q["speaker"]),
                addressee=_party(q["addressee"]),
                nested_in=q["nested_in"],
            )
            for q in record["quotes"]
        ],
        events=[event_from_dict(e) for e in record["events"]],
        warnings=[
            Warning(code=w["code"], message=w["message"], span=_span(w["span"]))
            for w in record["warnings"]
        ],
    )
