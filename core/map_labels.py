"""Place names on the maps, offline: a deck.gl text layer whose letters the browser draws from
its own fonts (no tile or glyph server), thinned on the server so that labels never pile up.

Which names fit is decided for the view a map opens with: the biggest places (most households)
first, each kept only if its box overlaps none kept before. Text keeps its size in pixels, so
zooming in only moves labels apart; it never makes them collide.
"""
from __future__ import annotations

import math

import pandas as pd

FONT_PX = 12
# Dark grey letters with a white halo read on every class colour of both palettes and on the
# grey of areas without a score.
TEXT_RGBA = [25, 25, 25, 255]
HALO_RGBA = [255, 255, 255, 235]
MAX_LABELS = 120  # beyond this a map reads as a page of text


def _pixel(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Web Mercator pixel coordinates at `zoom` (deck.gl: the world is 512 px wide at zoom 0)."""
    scale = 512 * 2 ** zoom
    lat = max(min(lat, 85.0), -85.0)
    x = scale * (lon + 180) / 360
    y = scale * (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2
    return x, y


def thinned(places: pd.DataFrame, view: dict, width_px: int = 760, height_px: int = 640,
            font_px: int = FONT_PX, limit: int = MAX_LABELS) -> pd.DataFrame:
    """The places (columns name, lon, lat, weight) whose labels fit side by side in `view`
    (longitude, latitude, zoom) on a map of about `width_px` × `height_px`: heaviest first,
    none overlapping, none outside the map."""
    zoom = float(view["zoom"])
    cx, cy = _pixel(float(view["longitude"]), float(view["latitude"]), zoom)
    kept, boxes = [], []
    ordered = places.dropna(subset=["lon", "lat"]).sort_values("weight", ascending=False, na_position="last")
    for row in ordered.itertuples(index=False):
        x, y = _pixel(row.lon, row.lat, zoom)
        x, y = x - cx + width_px / 2, y - cy + height_px / 2
        half_w, half_h = 0.31 * font_px * len(str(row.name)) + 3, 0.7 * font_px + 1
        box = (x - half_w, y - half_h, x + half_w, y + half_h)
        if box[0] < 0 or box[1] < 0 or box[2] > width_px or box[3] > height_px:
            continue
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
            continue
        boxes.append(box)
        kept.append(row)
        if len(kept) >= limit:
            break
    return pd.DataFrame(kept, columns=places.columns)


def text_layer(labels: pd.DataFrame, font_px: int = FONT_PX) -> dict:
    """The deck.gl JSON of a text layer with these labels (not pickable: the areas beneath keep
    their tooltip). The character set is built from the names (Súdwest-Fryslân, 's-Hertogenbosch)."""
    return {
        "@@type": "TextLayer", "id": "names", "pickable": False,
        "data": [{"n": str(r.name), "p": [round(float(r.lon), 5), round(float(r.lat), 5)]}
                 for r in labels.itertuples(index=False)],
        "getPosition": "@@=p", "getText": "@@=n", "getSize": font_px, "sizeUnits": "pixels",
        "getColor": TEXT_RGBA, "fontFamily": "Arial, Helvetica, sans-serif", "fontWeight": 600,
        "fontSettings": {"sdf": True}, "outlineWidth": 3, "outlineColor": HALO_RGBA,
        "characterSet": sorted(set("".join(str(n) for n in labels["name"]))) or ["-"],
        "getTextAnchor": "middle", "getAlignmentBaseline": "center",
    }
