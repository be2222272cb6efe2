"""Build ``src/communique/data/actors_us.tsv.gz`` from the US Congress data.

Run from the project root::

    PYTHONPATH=src .venv/bin/python scripts/build_us_officials.py \
        [--source ../shared/data/us_congress]

The source is github.com/unitedstates/congress-legislators (CC0 1.0):
``legislators-current.yaml`` (every member of Congress at the time of the
snapshot, with all their terms) and ``executive.yaml`` (every president and
vice president). Each person becomes one row of the dated actor table, in the
same format as the PETRARCH2 rows (see ``communique/actors/dictionary.py``):

* ``id``: the Wikidata QID where the source gives one, else ``bioguide:...``
  (or ``govtrack:...``): a stable identifier either way;
* ``names``: the full names people write (official, first + last, nickname +
  last, with the middle name or initial), never a surname alone;
* ``roles``: one per office held, with its dates, the office ("senator",
  "representative", "president", "vice president"), the state and the party;
  consecutive terms in the same seat are joined;
* ``gender``.

The parties named in the terms become organisation rows ("Republican Party",
USA PTY) with the words that mark a member ("Republican", "Republicans").
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from communique.actors.dictionary import write_table  # noqa: E402
from communique.actors.names import name_key  # noqa: E402

DATA = ROOT / "src" / "communique" / "data"
OUT_NAME = "actors_us.tsv.gz"

#: Term types of the source and the office and PLOVER sector they stand for.
OFFICES = {
    "sen": ("senator", "LEG"),
    "rep": ("representative", "LEG"),
    "prez": ("president", "GOV"),
    "viceprez": ("vice president", "GOV"),
}

#: Parties of the source's terms as the party's own name. Only parties with a
#: term since 1900 are kept: older ones (Whig, Federalist) name no one in the news.
PARTY_NAMES = {"Republican": "Republican Party", "Democrat": "Democratic Party"}
#: Words that mark a member or the party itself, besides the term's own word
#: ("Democrat"): the adjective ("Democratic senator") and plurals.
PARTY_WORDS = {
    "Republican": ["Republican", "Republicans", "GOP"],
    "Democrat": ["Democrat", "Democrats", "Democratic"],
}
#: A gap of at most this many days between two terms in the same seat joins them.
JOIN_DAYS = 7


def identifier(ids: dict[str, Any]) -> str:
    """The person's stable identifier: Wikidata QID, else bioguide or govtrack id."""
    if ids.get("wikidata"):
        return str(ids["wikidata"])
    if ids.get("bioguide"):
        return f"bioguide:{ids['bioguide']}"
    return f"govtrack:{ids['govtrack']}"


def full_names(name: dict[str, Any]) -> list[str]:
    """The ways news write a member's full name (two words at least, never a surname alone)."""
    first, last = name.get("first", ""), name.get("last", "")
    middle, nick = name.get("middle"), name.get("nickname")
    suffix = name.get("suffix")
    out = []
    if name.get("official_full"):
        out.append(name["official_full"])
    for given in (first, nick):
        if not given:
            continue
        out.append(f"{given} {last}")
        if middle:
            out.append(f"{given} {middle} {last}")
            out.append(f"{given} {middle[0]}. {last}")
        if suffix:
            out.append(f"{given} {last} {suffix}")
    keys = []
    for n in out:
        k = name_key(n)
        if len(k.split()) >= 2 and k not in keys:
            keys.append(k)
    return keys


def _day(text: str) -> date:
    return date.fromisoformat(text)


def roles(terms: list[dict[str, Any]]) -> list[list[str]]:
    """[country, sector, start, end, office, state, party] per seat, terms joined."""
    out: list[list[str]] = []
    for term in sorted(terms, key=lambda t: t["start"]):
        office = OFFICES.get(term.get("type", ""))
        if office is None:
            continue
        row = [
            "USA",
            office[1],
            term["start"],
            term.get("end", ""),
            office[0],
            term.get("state", ""),
            term.get("party", ""),
        ]
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[4:7] == row[4:7]
            and prev[3]
            and _day(row[2]) - _day(prev[3]) <= timedelta(days=JOIN_DAYS)
        ):
            prev[3] = row[3]
            continue
        out.append(row)
    return out


def person_row(person: dict[str, Any]) -> dict[str, Any] | None:
    ids, name, bio = person.get("id", {}), person.get("name", {}), person.get("bio", {})
    names = full_names(name)
    rs = roles(person.get("terms", []))
    if not names or not rs:
        return None
    display = name.get("official_full") or f"{name.get('first', '')} {name.get('last', '')}"
    gender = {"M": "m", "F": "f"}.get(bio.get("gender", ""))
    return {
        "id": identifier(ids),
        "name": display.strip(),
        "kind": "person",
        "gender": gender,
        "names": names,
        "roles": rs,
        "default": None,
        "src": "us_congress",
        "_bioguide": ids.get("bioguide") or ids.get("govtrack"),
    }


def build(source: Path) -> list[dict[str, Any]]:
    """Rows for every person in both files (one row per person) and the parties."""
    people: dict[str, dict[str, Any]] = {}
    parties: set[str] = set()
    for fname in ("legislators-current.yaml", "executive.yaml"):
        data = yaml.safe_load((source / fname).read_text(encoding="utf-8"))
        for person in data:
            for term in person.get("terms", []):
                if term.get("party") in PARTY_NAMES and term.get("start", "") >= "1900":
                    parties.add(term["party"])
            row = person_row(person)
            if row is None:
                continue
            key = str(row.pop("_bioguide"))
            known = people.get(key)
            if known is None:
                people[key] = row
                continue
            # the same person in both files: one row with every office
            known["roles"] = sorted(known["roles"] + row["roles"], key=lambda r: r[2])
            known["names"] += [n for n in row["names"] if n not in known["names"]]
            if known["id"].startswith(("bioguide:", "govtrack:")) and row["id"].startswith("Q"):
                known["id"] = row["id"]
    rows = sorted(people.values(), key=lambda r: r["id"])
    for party in sorted(parties):
        rows.append(
            {
                "id": f"us_congress:party:{party}",
                "name": PARTY_NAMES[party],
                "kind": "organisation",
                "gender": None,
                "names": [name_key(PARTY_NAMES[party])],
                "roles": [],
                "default": ["USA", "PTY"],
                "src": "us_congress",
                "affiliation": PARTY_WORDS[party],
            }
        )
    return rows


def write(rows: list[dict[str, Any]], out: Path) -> Path:
    header = {
        "source": (
            "github.com/unitedstates/congress-legislators at dfa9622 "
            "(legislators-current.yaml, executive.yaml), CC0 1.0"
        ),
        "built_by": "scripts/build_us_officials.py",
        "horizon": "2026-06-01",
    }
    path = out / OUT_NAME
    write_table(rows, path, header)
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared/data/us_congress")
    ap.add_argument("--out", type=Path, default=DATA)
    args = ap.parse_args(argv)
    rows = build(args.source)
    path = write(rows, args.out)
    print(f"US officials: {len(rows)} rows -> {path}")


if __name__ == "__main__":
    main()
