"""No code without evidence, and no actor that is a date or a number.

Over PolNeAR dev and the bundled samples, every coded actor's codes rest on a reason of one of
the four kinds (article, dictionary, user, inferred), and a dictionary code on a person always
rests on a full name or on a title and surname that only one person held that day, never on a
surname alone. A property test feeds weekdays, months and numbers where names go.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.actors.names import person_words
from communique.pipeline import Extractor
from communique.schema import Actor, Document

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev" / "text"
BASES = ("article", "dictionary", "user", "inferred")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _documents() -> list[Document]:
    docs = []
    samples = resources.files("communique.samples")
    for item in sorted(samples.joinpath("corpus").iterdir(), key=lambda p: p.name):
        if item.name.endswith(".txt"):
            docs.append(Document(id=item.name, text=item.read_text("utf-8"), date="2022-06-01"))
    docs.append(
        Document(
            id="munich",
            text=samples.joinpath("munich_talks.txt").read_text("utf-8"),
            date="2022-02-18",
        )
    )
    if DEV.is_dir():
        for path in sorted(DEV.glob("*.txt")):
            m = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
            docs.append(Document(id=path.name, text=path.read_text("utf-8"), date=m and m[1]))
    return docs


def _rests_on_evidence(actor: Actor) -> str | None:
    """What is wrong with an actor's codes, or None."""
    if not (actor.country or actor.sector):
        return None if actor.basis is None else "a basis without codes"
    if actor.basis not in BASES or not actor.reason:
        return f"codes without a reason of a known kind ({actor.basis!r})"
    if "every known person named" in actor.reason:
        return "a surname guess"
    if actor.kind == "person" and actor.basis in ("dictionary", "user"):
        full = len(person_words(actor.name)) >= 2
        if not full and "only holder of that office" not in actor.reason:
            return "a dictionary code on a partial name"
    return None


def test_no_code_rests_on_a_partial_name(extractor: Extractor) -> None:
    docs = _documents()
    assert len(docs) >= 13
    wrong = []
    coded = 0
    for record in extractor.extract_many(docs):
        for actor in record.actors:
            coded += bool(actor.country or actor.sector)
            problem = _rests_on_evidence(actor)
            if problem:
                wrong.append((record.id, actor.name, actor.country, actor.reason, problem))
    assert coded > 50
    assert not wrong, wrong[:10]


NOT_NAMES = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
NUMBERS = ["One", "Two", "Three", "Seven", "Twelve", "Hundred", "2024", "17", "1,200", "3.5"]
TEMPLATES = [
    "{a} said the talks would resume.",
    "On {a}, {b} told reporters that the deal was close.",
    "{a} {b} rejected the plan, officials said.",
    '"We are ready," {a} said on {b}.',
    "The minister met {a} and {b} in Geneva.",
    "{a} - {b}: Minister Says Talks Will Resume",
]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    template=st.sampled_from(TEMPLATES),
    a=st.sampled_from(NOT_NAMES + NUMBERS),
    b=st.sampled_from(NOT_NAMES + NUMBERS),
)
def test_no_actor_is_a_weekday_month_or_number(
    extractor: Extractor, template: str, a: str, b: str
) -> None:
    text = template.format(a=a, b=b)
    record = extractor.extract(text, id="t", date="2024-05-01")
    plain = {w.lower() for w in NOT_NAMES + NUMBERS}
    for actor in record.actors:
        words = [w for w in re.split(r"[\s,.:]+", actor.name.lower()) if w and w != "the"]
        assert words, actor
        assert not all(w in plain or w.replace(",", "").isdigit() for w in words), (text, actor)
        assert not all(ch.isdigit() or ch in ",. " for ch in actor.name), (text, actor)
