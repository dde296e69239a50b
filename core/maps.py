"""pydeck maps that read without a basemap: areas are filled with their class colour and
outlined, so the map works offline and nothing depends on a tile server."""
from __future__ import annotations

import json
import math

import pandas as pd
import pydeck as pdk

from core.scale import class_colour, class_label, hex_to_rgb

NO_DATA_RGB = [200, 200, 200]


def zoom_for(min_lon: float, min_lat: float, max_lon: float, max_lat: float, px: int = 700) -> float:
    """A zoom level that fits a box into about `px` pixels (deck.gl: the world is 512 px at zoom 0)."""
    span = max(max_lon - min_lon, (max_lat - min_lat) * 1.6, 1e-4)
    return max(3.0, min(15.0, math.log2(px * 360 / (512 * span))))


def feature_collection(df: pd.DataFrame, palette: str, lang: str, selected: str | None = None,
                       outline_col: str = "outline") -> dict:
    """GeoJSON with fill colour, class words and score in each feature's properties."""
    features = []
    for row in df.itertuples(index=False):
        klasse = None if pd.isna(row.klasse) else int(row.klasse)
        is_selected = row.code == selected
        features.append({
            "type": "Feature",
            "geometry": json.loads(getattr(row, outline_col)),
            "properties": {
                "code": row.code,
                "name": row.name,
                "label": class_label(klasse, lang),
                "score": "–" if pd.isna(row.afw) else f"{row.afw:+.3f}",
                "fill": hex_to_rgb(class_colour(klasse, palette)) + [235] if klasse else NO_DATA_RGB + [160],
                "line": [0, 0, 0, 255] if is_selected else [255, 255, 255, 200],
                "width": 4 if is_selected else 1,
            },
        })
    return {"type": "FeatureCollection", "features": features}


def area_map(collection: dict, centre: tuple[float, float], zoom: float, height: int = 420) -> pdk.Deck:
    """One GeoJSON layer, no basemap (map_style=None), a tooltip with name, class and score."""
    layer = pdk.Layer(
        "GeoJsonLayer", data=collection, pickable=True, stroked=True, filled=True,
        get_fill_color="properties.fill", get_line_color="properties.line",
        get_line_width="properties.width", auto_highlight=True,
        # A literal, not an accessor: pydeck turns plain strings into expressions.
        line_width_units=pdk.types.String("pixels"),
    )
    return pdk.Deck(
        layers=[layer], map_style=None, height=height,
        initial_view_state=pdk.ViewState(longitude=centre[0], latitude=centre[1], zoom=zoom),
        tooltip={"html": "<b>{name}</b><br/>{label} ({score})",
                 "style": {"backgroundColor": "white", "color": "black", "fontSize": "13px"}},
    )
