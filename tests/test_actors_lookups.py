"""The position and name indexes of an article's actors give what a scan of every actor
and mention would: the nearest compatible actor before a description, the person named
next, the mention at a place, an organisation by the last words of its name or by its
initials, and the quotation around a character."""

from __future__ import annotations

import bisect
from pathlib import Path

import pytest

import communique
from communique import nlp
from communique.actors import ActorDictionary, find_actors
from communique.actors.descriptions import compatible, corefer, named_next
from communique.actors.index import ActorIndex, Record
from communique.actors.names import initials, name_key
from communique.events.participants import Quotations, claiming_quote, quote_by_id
from communique.schema import Quote

CORPUS = Path(communique.__file__).parent / "samples" / "corpus"


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    """The actors of the bundled sample articles read as one long article."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    doc = nlp.load()(text)
    return find_actors(doc, ActorDictionary.default(), day="2022-06-01")


def _mentions(index: ActorIndex) -> list[tuple[int, int, str]]:
    return sorted(
        (m.span[0], m.span[1], r.actor.id) for r in index.records() for m in r.actor.mentions
    )


def test_the_samples_give_enough_actors_to_check(index: ActorIndex) -> None:
    assert len(list(index.records())) > 50
    assert sum(1 for r in index.records() if r.offices) > 5


def test_actor_at_is_the_overlapping_mention_nearest_the_place(index: ActorIndex) -> None:
    spans = _mentions(index)

    def scanned(start: int, end: int) -> str | None:
        i = bisect.bisect_left(spans, (end, -1, ""))
        for k in range(i - 1, max(-1, i - 64), -1):
            s, e, aid = spans[k]
            if s < end and start < e:
                return aid
        return None

    for s, e, _ in spans[::3]:
        for start, end in ((s, e), (s + 1, e + 3), (s - 2, s + 1), (e - 1, e + 40)):
            found = index.actor_at(start, end)
            assert (found.id if found else None) == scanned(start, end), (start, end)


def test_overlapping_lists_every_mention_in_records_order(index: ActorIndex) -> None:
    order = {r.actor.id: k for k, r in enumerate(index.records())}
    spans = _mentions(index)
    for s, e, _ in spans[::5]:
        start, end = s - 5, e + 30
        want = sorted(
            ((order[aid], (a, b)) for a, b, aid in spans if a < end and start < b),
        )
        got = [(order[r.actor.id], m.span) for r, m in index.overlapping(start, end)]
        assert got == want


def test_placed_before_reads_back_from_a_place(index: ActorIndex) -> None:
    spans = _mentions(index)
    here = spans[len(spans) // 2][0]
    got = [m.span for _, m in index.placed_before(here)]
    assert got == sorted(((a, b) for a, b, _ in spans if a < here), reverse=True)[: len(got)]
    assert len(got) == sum(1 for a, _, _ in spans if a < here)


def _titled(index: ActorIndex) -> list[tuple[Record, object, str]]:
    found = []
    for rec in index.records():
        for title in rec.titles:
            if title.role is not None:
                found.append((rec, title, title.role.phrase.rsplit(" ", 1)[-1]))
    return found


def test_a_description_finds_the_nearest_compatible_actor_before_it(index: ActorIndex) -> None:
    def scanned(title, head: str, before: int, org: bool) -> Record | None:
        best, best_pos = None, -1
        for rec in index.records():
            if not compatible(rec, title, head, org):
                continue
            pos = max((m.span[0] for m in rec.actor.mentions if m.span[0] < before), default=-1)
            if pos >= 0 and pos > best_pos:
                best, best_pos = rec, pos
        return best

    titled = _titled(index)
    assert titled
    places = [*[s for s, _, _ in _mentions(index)][::7], len(index.text)]
    checked = 0
    for _, title, head in titled:
        for before in places:
            for org in (False, True):
                want = scanned(title, head, before, org)
                assert corefer(index, title, head, before, org=org) is want
                checked += want is not None
    assert checked > 0  # some descriptions do find an actor


def test_a_description_before_a_name_finds_the_person_named_next(index: ActorIndex) -> None:
    def scanned(title, head: str, start: int) -> Record | None:
        here = index.sentence_of(start)
        best = None
        for rec in index.records():
            if rec.actor.kind != "person":
                continue
            named = [
                m.span[0] for m in rec.actor.mentions if m.kind in ("name", "surname", "title")
            ]
            if not named or min(named) <= start:
                continue
            first = min(named)
            if index.sentence_of(first) - here > index.settings.cataphora_sentences:
                continue
            if compatible(rec, title, head, False) and (best is None or first < best[0]):
                best = (first, rec)
        return best[1] if best is not None else None

    checked = 0
    for _, title, head in _titled(index):
        for start in [s for s, _, _ in _mentions(index)][::5]:
            want = scanned(title, head, start - 1)
            assert named_next(index, title, head, start - 1) is want
            checked += want is not None
    assert checked > 0


def test_organisations_are_found_by_the_last_words_and_initials_of_their_names(
    index: ActorIndex,
) -> None:
    orgs = [r for r in index.records() if r.actor.kind == "organisation"]
    assert orgs
    for rec in orgs:
        for m in rec.actor.mentions:
            words = name_key(m.text).split()
            for n in range(2, len(words)):
                tail = tuple(words[-n:])
                want = None
                for other in index.records():
                    if other.actor.kind != "organisation":
                        continue
                    for o in other.actor.mentions:
                        full = name_key(o.text).split()
                        if o.kind == "organisation" and len(full) > n and tuple(full[-n:]) == tail:
                            want = other
                            break
                assert index.named_by_tail(tail) is want
        letters = initials(rec.actor.name)
        first = next(r for r in orgs if initials(r.actor.name) == letters)
        assert index.with_initials(letters) is first
    assert index.named_by_tail(("no", "such", "body")) is None


def _quote(n: int, start: int, end: int) -> Quote:
    return Quote(id=f"Q{n}", kind="direct", text="x" * (end - start), span=(start, end))


def test_the_quotation_around_a_character_is_the_innermost() -> None:
    spans = [(0, 100), (10, 20), (10, 20), (15, 60), (200, 210), (205, 400), (50, 55)]
    quotes = [_quote(n, s, e) for n, (s, e) in enumerate(spans, 1)]
    indexed = Quotations(quotes)
    for char in range(-5, 420):
        inside = [q for q in quotes if q.span[0] <= char < q.span[1]]
        want = min(inside, key=lambda q: q.span[1] - q.span[0], default=None)
        assert indexed.around(char) is want
        assert claiming_quote(char, quotes) is want
        assert claiming_quote(char, indexed) is want
    assert quote_by_id(indexed, "Q3") is quotes[2]
    assert quote_by_id(indexed, "Q9") is None
    assert quote_by_id(indexed, None) is None
    assert list(indexed) == quotes
