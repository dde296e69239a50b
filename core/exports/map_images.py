"""Maps as PNG, drawn on the server from the same outlines and class colours as the app's maps.

No browser and no tile server: matplotlib fills each area's polygon with the colour its
feature already carries (core.maps builds those collections), draws the province borders
over them and puts the legend (colour and words, never colour alone) beside the map. With a
title and a source the image stands on its own (a download); without, a slide or a PDF page
carries those as text.
"""
from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")  # no screen on a server; must precede pyplot
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.path import Path  # noqa: E402


TEXT = "#262730"
MUTED = "#5C5C5C"


@dataclass
class MapPicture:
    """Everything a map image needs: the coloured areas, borders on top, the legend's chips."""
    areas: dict                                  # GeoJSON FeatureCollection, properties.fill = [r, g, b(, a)]
    legend: list[tuple[str, str]]                # (words, hex colour), in order
    borders: dict | None = None                  # province outlines (GeoJSON), drawn as lines
    title: str = ""
    subtitle: str = ""
    source: str = ""
    outline_areas: bool = False                  # signal maps: every area ringed in its own colour
    extra: dict = field(default_factory=dict)


def _polygons(geometry: dict):
    """Each polygon of a Polygon or MultiPolygon as its list of rings (outer first, then holes)."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        yield coords
    elif kind == "MultiPolygon":
        yield from coords


def _rings(geometry: dict):
    """Every ring or line of a geometry, for borders and bounds."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "LineString":
        yield coords
    elif kind == "MultiLineString":
        yield from coords
    else:
        for polygon in _polygons(geometry):
            yield from polygon


def _signed_area(ring) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:] + ring[:1])) / 2


def _path(polygon) -> Path | None:
    """One polygon with its holes as one path: outer ring counter-clockwise, holes clockwise, so
    a hole stays open whatever fill rule draws it (a buurt inside another shows through)."""
    vertices, codes = [], []
    for i, ring in enumerate(polygon):
        if len(ring) < 3:
            continue
        points = [(x, y) for x, y, *_ in ring]
        if (_signed_area(points) > 0) != (i == 0):
            points.reverse()
        vertices += points + [points[0]]
        codes += [Path.MOVETO] + [Path.LINETO] * (len(points) - 1) + [Path.CLOSEPOLY]
    return Path(vertices, codes) if vertices else None


def _rgba(fill) -> tuple[float, float, float, float]:
    values = list(fill) + [255] * (4 - len(fill))
    return tuple(v / 255 for v in values[:4])


def _bounds(collection: dict) -> tuple[float, float, float, float] | None:
    xs, ys = [], []
    for feature in collection.get("features", []):
        for ring in _rings(feature.get("geometry") or {}):
            for x, y, *_ in ring:
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def frame(picture: MapPicture) -> tuple[float, float, float, float]:
    """What the picture shows: the areas drawn, or on a national map the whole country (its
    borders), even when only a few scattered areas are marked (the signals maps)."""
    box = _bounds(picture.areas) or _bounds(picture.borders or {}) or (3.3, 50.75, 7.25, 53.6)
    if picture.borders and picture.extra.get("national"):
        box = _bounds(picture.borders) or box
    return box


def png(picture: MapPicture, width_px: int = 1600, height_px: int = 1200, dpi: int = 200) -> bytes:
    """The map as PNG bytes; the legend sits right of the map, title above, source below."""
    fig = plt.figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi, facecolor="white")
    top = 0.9 if picture.title else 0.98
    top -= 0.05 if picture.subtitle else 0
    source_lines = textwrap.wrap(picture.source, 120) if picture.source else []
    bottom = 0.03 + 0.028 * len(source_lines)
    ax = fig.add_axes((0.01, bottom, 0.70, top - bottom))
    ax.set_axis_off()

    paths, colours = [], []
    for feature in picture.areas.get("features", []):
        fill = (feature.get("properties") or {}).get("fill") or [200, 200, 200, 140]
        for polygon in _polygons(feature.get("geometry") or {}):
            path = _path(polygon)
            if path is not None:
                paths.append(path)
                colours.append(_rgba(fill))
    ax.add_collection(PathCollection(
        paths, facecolors=colours, edgecolors=colours if picture.outline_areas else (1, 1, 1, 0.6),
        linewidths=1.2 if picture.outline_areas else 0.15))
    if picture.borders:
        lines = [[(x, y) for x, y, *_ in ring] for f in picture.borders.get("features", [])
                 for ring in _rings(f.get("geometry") or {})]
        ax.add_collection(LineCollection(lines, colors=(0.24, 0.24, 0.24, 0.8), linewidths=0.5))

    box = frame(picture)
    pad_x, pad_y = (box[2] - box[0]) * 0.03 + 0.005, (box[3] - box[1]) * 0.03 + 0.005
    ax.set_xlim(box[0] - pad_x, box[2] + pad_x)
    ax.set_ylim(box[1] - pad_y, box[3] + pad_y)
    # Degrees of longitude are shorter than degrees of latitude this far north.
    ax.set_aspect(1 / math.cos(math.radians((box[1] + box[3]) / 2)))

    if picture.title:
        fig.text(0.02, 0.965, picture.title, fontsize=13, fontweight="bold", color=TEXT, va="top")
    if picture.subtitle:
        fig.text(0.02, 0.915 if picture.title else 0.965, picture.subtitle, fontsize=10, color=TEXT, va="top")
    if picture.legend:
        handles = [Patch(facecolor=c, edgecolor="#9E9E9E", linewidth=0.4, label=words) for words, c in picture.legend]
        fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0.72, (top + bottom) / 2), frameon=False,
                   fontsize=8.5, handlelength=1.4, handleheight=1.1, labelcolor=TEXT)
    for i, line in enumerate(source_lines):
        fig.text(0.02, 0.015 + 0.028 * (len(source_lines) - 1 - i), line, fontsize=7, color=MUTED, va="bottom")

    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=dpi, facecolor="white")
    plt.close(fig)
    return out.getvalue()
