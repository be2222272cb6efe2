"""Participants by the object's role: the party a meeting's partner belongs to is not a
recipient. Sentences are made up to show each kind, not taken from gold data."""

from __future__ import annotations

import pytest

import communique


@pytest.fixture(scope="module")
def extractor() -> communique.Extractor:
    return communique.Extractor()


def events(extractor, text, type_, date="2022-02-18"):
    found = [e for e in extractor.extract(text, date=date).events if e.type == type_]
    assert found, text
    return found


def codes(parts):
    return sorted(p.code for p in parts if p.code)


def names(parts):
    return sorted(p.mention.text if p.mention else p.name for p in parts)


def test_a_partner_of_a_meeting_gives_no_recipient_of_its_country(extractor):
    found = events(extractor, "The Egyptian minister met the Israeli ambassador.", "CONSULT")[0]
    assert codes(found.actor) == ["EGY", "ISR"]
    assert found.recipient == []


def test_the_owner_of_a_thing_rejected_is_still_the_recipient(extractor):
    found = events(extractor, "Russia rejected an American proposal.", "REJECT")[0]
    assert codes(found.recipient) == ["USA"]
