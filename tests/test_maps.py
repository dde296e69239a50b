"""Map builders: corner counts, change classes, zoom."""
from __future__ import annotations

from core.maps import corner_count, zoom_for
from core.scale import CHANGE_SCALE


def test_corner_count_counts_polygons_and_multipolygons():
    square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    hole = [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]]
    collection = {"features": [
        {"geometry": {"type": "Polygon", "coordinates": [square, hole]}},
        {"geometry": {"type": "MultiPolygon", "coordinates": [[square], [square, hole]]}},
        {"geometry": None},
    ]}
    assert corner_count(collection) == 5 + 4 + 5 + 5 + 4


def test_change_classes_are_symmetric():
    assert CHANGE_SCALE.classify(0.0) == 5
    assert CHANGE_SCALE.classify(0.2) == 9 and CHANGE_SCALE.classify(-0.2) == 1


def test_zoom_fits_the_country_and_a_town():
    assert 6 < zoom_for(3.3, 50.75, 7.25, 53.6, px=430) < 8
    assert zoom_for(4.40, 51.85, 4.60, 51.95, px=430) > 10


def test_theme_bins_have_one_label_per_colour():
    from core.maps import THEME_LAYERS, theme_bin_labels
    for layer, spec in THEME_LAYERS.items():
        labels = theme_bin_labels(layer, "nl")
        assert len(labels) == len(spec["colours"]) == len(spec["edges"]) + 1
        assert labels[0].startswith("<") and labels[-1].startswith("≥")
