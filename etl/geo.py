"""Geometry work done once at build time, so the app never touches shapely.

Simplified outlines keep the national buurt map light enough to draw in the browser;
spatial joins give each PC4 its gemeente and each buurt its postcode area, and split each
buurt's households over the postcode areas it overlaps.
"""
from __future__ import annotations

import json

import numpy as np
import shapely
from shapely.geometry import mapping, shape
from shapely.strtree import STRtree

# Degrees; at 52°N 0.0004° is about 45 m east-west. The 2024 sources are already simplified
# to about 50 m, so the "detail" outline keeps them and the "national" outline thins them
# for whole-country maps, where one screen pixel is about a kilometre (measured in bench/).
# Gemeenten get a coarser national outline: their borders are drawn as lines on the national
# map, and every corner of a line costs drawing time in software-rendered browsers
# (0.0015° halves the 38,000 corners of the 342 gemeenten).
NATIONAL_TOLERANCE = 0.0006
NATIONAL_TOLERANCE_BY_LEVEL = {"gemeente": 0.0015}
DETAIL_TOLERANCE = 0.0
COORD_DECIMALS = 5  # about 1 m


def to_shape(geojson_geometry: dict):
    geom = shape(geojson_geometry)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return geom


def outline_json(geom, tolerance: float) -> str:
    """GeoJSON text of a (simplified) geometry, coordinates rounded to about a metre."""
    if tolerance > 0:
        simplified = geom.simplify(tolerance, preserve_topology=True)
        if not simplified.is_empty:
            geom = simplified
    try:
        geom = shapely.set_precision(geom, 10 ** -COORD_DECIMALS)
    except shapely.errors.GEOSException:
        # A dissolved outline (a wijk from its buurten) can come out of simplification with a
        # self-touching ring; repaired, it rounds like any other.
        geom = shapely.set_precision(shapely.make_valid(geom), 10 ** -COORD_DECIMALS)
    return json.dumps(mapping(geom), separators=(",", ":"))


def point_and_box(geom) -> dict:
    """A point inside the area (for labels and joins) and its bounding box (for zooming)."""
    point = geom.representative_point()
    minx, miny, maxx, maxy = geom.bounds
    return {
        "lon": round(point.x, 6), "lat": round(point.y, 6),
        "min_lon": minx, "min_lat": miny, "max_lon": maxx, "max_lat": maxy,
    }


def locate_points(points: dict[str, object], polygons: dict[str, object]) -> dict[str, str]:
    """For each point, the code of the polygon that contains it (points outside every polygon are left out)."""
    codes = list(polygons)
    tree = STRtree([polygons[c] for c in codes])
    names = list(points)
    if not names:
        return {}
    point_idx, poly_idx = tree.query([points[n] for n in names], predicate="intersects")
    found: dict[str, str] = {}
    for p, g in zip(point_idx, poly_idx):
        found.setdefault(names[p], codes[g])
    return found


def split_by_overlap(parts: dict[str, object], wholes: dict[str, object], nearest: bool = True
                     ) -> dict[str, dict[str, float]]:
    """For each part (a buurt), the share of it that lies in each whole (a postcode area).

    Shares are areas of overlap normalised over the part's covered area, so they sum to 1
    for every part that touches any whole: nothing is counted twice and nothing is dropped.
    A part that touches none goes wholly to the nearest whole (with `nearest`; else it is left
    out). Planar areas in degrees are fine here: only ratios within one small part are used.
    """
    part_codes, whole_codes = list(parts), list(wholes)
    if not part_codes or not whole_codes:
        return {}
    part_geoms = np.array([parts[c] for c in part_codes], dtype=object)
    whole_geoms = np.array([wholes[c] for c in whole_codes], dtype=object)
    tree = STRtree(whole_geoms)
    p_idx, w_idx = tree.query(part_geoms, predicate="intersects")
    areas = shapely.area(shapely.intersection(part_geoms[p_idx], whole_geoms[w_idx]))
    out: dict[str, dict[str, float]] = {}
    for p, w, a in zip(p_idx, w_idx, areas):
        if a > 0:
            out.setdefault(part_codes[p], {})[whole_codes[w]] = float(a)
    for code, overlaps in out.items():
        total = sum(overlaps.values())
        out[code] = {w: a / total for w, a in overlaps.items()}
    for code in part_codes if nearest else ():
        if code not in out:
            closest = tree.nearest(parts[code])
            if closest is not None:
                out[code] = {whole_codes[closest]: 1.0}
    return out


def nearest_polygon(point, polygons: dict[str, object], max_distance: float = 0.02) -> str | None:
    """Fallback for points just outside every polygon (coastlines simplified differently)."""
    codes = list(polygons)
    tree = STRtree([polygons[c] for c in codes])
    idx = tree.nearest(point)
    if idx is None:
        return None
    if polygons[codes[idx]].distance(point) > max_distance:
        return None
    return codes[idx]
