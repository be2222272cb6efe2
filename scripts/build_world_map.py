"""Build ``src/communique/serve/static/world-110m.svg``: the country outlines the map draws on.

Run from the project root, with the TopoJSON of the npm package world-atlas
2.0.2 (Natural Earth 1:110m countries, public domain; the package is ISC)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_world_map.py package/countries-110m.json

The explorer never fetches map tiles: event locations are drawn as circles
over this one static SVG, in the same plate carrée projection
(:func:`communique.serve.world_map.project`: longitude -180..180 to x 0..1000,
latitude 90..-90 to y 0..500). A ring that crosses the 180th meridian (Fiji,
Chukotka) is drawn east of it, past the right edge, where the view clips it,
instead of as a line across the whole map.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from communique.serve.world_map import HEIGHT, WIDTH, project

OUT = Path(__file__).resolve().parents[1] / "src/communique/serve/static/world-110m.svg"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (longitude, latitude): delta-decoded, then scaled."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """One closed ring from arc indexes (``~i`` is arc ``i`` reversed); shared ends once."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that jumps across the 180th meridian, with its western part moved east."""
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in itertools.pairwise(points))
    return [(lon + 360 if crosses and lon < 0 else lon, lat) for lon, lat in points]


def path_data(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for points in rings:
        xy = [project(lon, lat) for lon, lat in unwrap(points)]
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
        parts.append(f"M{coords}Z")
    return "".join(parts)


def build(topology: dict) -> str:
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [ring(indexes, arcs) for polygon in polygons for indexes in polygon]
        name = geometry.get("properties", {}).get("name", "")
        shapes.append((name, path_data(rings)))
    shapes.sort()
    paths = "\n".join(
        f'<path d="{d}"><title>{name.replace("&", "&amp;").replace("<", "&lt;")}</title></path>'
        for name, d in shapes
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}">\n'
        "<!-- Natural Earth 1:110m countries (public domain), from the npm package world-atlas "
        "2.0.2 (ISC, Copyright 2013-2019 Michael Bostock); "
        "built by scripts/build_world_map.py -->\n"
        '<g fill="#f4f1ea" stroke="#b9c0c9" stroke-width="0.4" stroke-linejoin="round">\n'
        f"{paths}\n</g>\n</svg>\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-110m.json from world-atlas 2.0.2")
    args = parser.parse_args()
    OUT.write_text(build(json.loads(args.topojson.read_text(encoding="utf-8"))), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
