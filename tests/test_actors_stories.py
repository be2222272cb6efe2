"""Golden tests: speakers and codes in constructed wire stories (tests/data/constructed).

Each story is written for communique and marked as constructed; together they hold long
official titles, titles after names, descriptions before and after names, pronouns, acronyms
and their long forms, outlets and documents as sources. ``golden.yaml`` says what must be
found; every story also has to pass the general checks at the bottom.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from communique.pipeline import Extractor
from communique.schema import Actor, Article

STORIES = Path(__file__).parent / "data" / "constructed"
GOLDEN: dict[str, dict[str, Any]] = yaml.safe_load(
    (STORIES / "golden.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def records() -> dict[str, Article]:
    extractor = Extractor()
    out = {}
    for name, spec in GOLDEN.items():
        text = (STORIES / name).read_text(encoding="utf-8")
        out[name] = extractor.extract(text, id=name, date=str(spec["date"]))
    return out


def _actor(record: Article, name: str) -> Actor:
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, (name, [a.name for a in record.actors])
    return found[0]


def test_every_story_is_marked_as_constructed() -> None:
    names = sorted(p.name for p in STORIES.glob("*.txt"))
    assert names == sorted(GOLDEN) and len(names) >= 10
    for name in names:
        first = (STORIES / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("Constructed example for communique, not a real news report")


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_actors_and_their_codes(records: dict[str, Article], name: str) -> None:
    record = records[name]
    for want in GOLDEN[name]["actors"]:
        actor = _actor(record, want["name"])
        for field in ("kind", "country", "sector", "basis", "office"):
            if field in want:
                assert getattr(actor, field) == want[field], (want["name"], field, actor)
        texts = [m.text for m in actor.mentions]
        for mention in want.get("mentions", []):
            assert mention in texts, (want["name"], mention, texts)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_speakers(records: dict[str, Article], name: str) -> None:
    record = records[name]
    for piece, speaker in GOLDEN[name]["speakers"].items():
        quotes = [q for q in record.quotes if piece in q.text]
        assert quotes, (name, piece)
        said = {q.speaker.name if q.speaker else None for q in quotes}
        assert speaker in said, (piece, said)
        for q in quotes:
            if q.speaker is not None and q.speaker.name == speaker:
                assert q.speaker.actor is not None
                assert record.actor(q.speaker.actor).name == speaker


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_nothing_that_is_not_an_actor(records: dict[str, Article], name: str) -> None:
    names = {a.name for a in records[name].actors}
    for wrong in GOLDEN[name].get("not_actors", []):
        assert wrong not in names, (name, wrong)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_every_code_has_a_reason_of_a_known_kind(records: dict[str, Article], name: str) -> None:
    for actor in records[name].actors:
        if actor.country or actor.sector:
            assert actor.basis in ("article", "dictionary", "user", "inferred"), actor
            assert actor.reason, actor
        else:
            assert actor.basis is None, actor
