"""Place names on maps (issue 31): fitted to the view, heaviest first, never piled up; and a
map view that fits the country on a phone and uses a desktop's space."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from core import map_labels
from core.maps import NETHERLANDS_BOX, legend_html, zoom_to_fit


def _screen_box(lon, lat, name, view, width, height):
    x, y = map_labels._pixel(lon, lat, view["zoom"])
    cx, cy = map_labels._pixel(view["longitude"], view["latitude"], view["zoom"])
    x, y = x - cx + width / 2, y - cy + height / 2
    half_w = 0.31 * map_labels.FONT_PX * len(name) + 3
    return x - half_w, y - 0.7 * map_labels.FONT_PX - 1, x + half_w, y + 0.7 * map_labels.FONT_PX + 1


def test_thinned_labels_never_overlap_lie_inside_and_favour_the_biggest(real_con):
    places = real_con.execute("SELECT name, lon, lat, households AS weight FROM areas "
                              "WHERE level = 'gemeente'").df()
    view = {"longitude": 5.3, "latitude": 52.2, "zoom": 6.6}
    kept = map_labels.thinned(places, view, 760, 640)
    assert 20 < len(kept) < len(places)
    boxes = [_screen_box(r.lon, r.lat, r.name, view, 760, 640) for r in kept.itertuples()]
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[2] <= 760 and a[3] <= 640
        for b in boxes[:i]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    # The four biggest cities are named; a label is only dropped for a bigger neighbour or the edge.
    assert {"Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht"} <= set(kept["name"])


def test_more_room_names_more_places():
    grid = pd.DataFrame([{"name": f"Plaats {i}", "lon": 4 + (i % 10) * 0.3, "lat": 51 + (i // 10) * 0.2,
                          "weight": i} for i in range(100)])
    view = {"longitude": 5.35, "latitude": 51.9, "zoom": 6.5}
    few, more = (len(map_labels.thinned(grid, {**view, "zoom": z}, 2000, 2000)) for z in (6.5, 8.0))
    assert few < more


def test_the_text_layer_carries_every_letter_of_its_names():
    labels = pd.DataFrame([{"name": "Súdwest-Fryslân", "lon": 5.6, "lat": 53.0, "weight": 1},
                           {"name": "'s-Hertogenbosch", "lon": 5.3, "lat": 51.7, "weight": 2}])
    layer = map_labels.text_layer(labels)
    assert layer["@@type"] == "TextLayer" and not layer["pickable"]
    assert {"ú", "â", "'"} <= set(layer["characterSet"])
    assert [d["n"] for d in layer["data"]] == ["Súdwest-Fryslân", "'s-Hertogenbosch"]


@pytest.mark.parametrize("width, height", [(350, 460), (760, 640)])
def test_the_country_fits_the_map_and_fills_it(width, height):
    zoom = zoom_to_fit(*NETHERLANDS_BOX, width_px=width, height_px=height)
    min_lon, min_lat, max_lon, max_lat = NETHERLANDS_BOX
    x0, y0 = map_labels._pixel(min_lon, max_lat, zoom)
    x1, y1 = map_labels._pixel(max_lon, min_lat, zoom)
    w, h = x1 - x0, y1 - y0
    assert w <= width + 1 and h <= height + 1
    assert max(w / width, h / height) > 0.95  # one side is filled: no zoom wasted
    assert not math.isnan(zoom)


def test_the_legend_names_the_grey_of_areas_without_a_score():
    html = legend_html(["a", "b"], ["#000000", "#FFFFFF"], no_score="geen score")
    assert html.count('role="listitem"') == 3 and html.removesuffix("</div>").endswith("geen score</span>")
    assert legend_html(["a"], ["#000000"]).count('role="listitem"') == 1
