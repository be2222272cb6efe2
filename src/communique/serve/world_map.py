"""The map of event locations: places from the store, drawn over bundled country outlines.

No tile server and nothing fetched: the outlines are one static SVG
(``static/world-110m.svg``, Natural Earth 1:110m via the npm package
world-atlas, built by ``scripts/build_world_map.py``), and each place events
happened in becomes a circle placed with the same projection, plate carrée,
sized by how many events happened there and coloured by their kind. Events
are asserted ones unless the filters choose modalities: a denied attack did
not happen anywhere.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import duckdb

from communique.query.filters import Filters, event_where

#: The map's coordinate space (the SVG's viewBox): 360 degrees by 180.
WIDTH = 1000
HEIGHT = 500

#: Places drawn at most, those with the most events.
MAX_PLACES = 400

#: Circle radius of the busiest place and of a place with one event (in viewBox units).
MAX_RADIUS = 16.0
MIN_RADIUS = 2.5


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Plate carrée: longitude -180..180 to x 0..WIDTH, latitude 90..-90 to y 0..HEIGHT."""
    return (longitude + 180) / 360 * WIDTH, (90 - latitude) / 180 * HEIGHT


def places(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = MAX_PLACES) -> list[dict]:
    """Located places with their events, busiest first: name, country, coordinates, counts."""
    if not f.modalities:
        f = replace(f, modalities=["asserted"])
    where, params = event_where(f)
    where = (where + " AND " if where else "WHERE ") + (
        "e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    )
    cur = con.execute(
        "SELECT any_value(e.location) AS name, e.location_country AS country, "
        "round(e.latitude, 3) AS latitude, round(e.longitude, 3) AS longitude, "
        "count(*)::INT AS events, "
        "count(*) FILTER (WHERE e.quad_class IN (3, 4))::INT AS conflict, "
        "count(DISTINCT e.article_id)::INT AS articles "
        f"FROM events e {where} GROUP BY ALL ORDER BY events DESC, name LIMIT ?",
        [*params, limit],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def markers(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each place with its circle: position, radius (area grows with events), tone."""
    busiest = max((r["events"] for r in rows), default=1)
    out = []
    for row in rows:
        x, y = project(row["longitude"], row["latitude"])
        share = row["conflict"] / row["events"] if row["events"] else 0.0
        tone = "conflict" if share >= 2 / 3 else "coop" if share <= 1 / 3 else "mixed"
        radius = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(row["events"] / busiest)
        out.append({**row, "x": round(x, 1), "y": round(y, 1), "r": round(radius, 1),
                    "tone": tone})  # fmt: skip
    # Big circles first, so small ones stay on top and clickable.
    return sorted(out, key=lambda m: -m["r"])
