"""Build-time geometry: households split by overlap, points in polygons."""
from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from etl import geo


def test_split_by_overlap_sums_to_one_and_finds_the_nearest_for_outsiders():
    wholes = {"L": box(0, 0, 1, 1), "R": box(1, 0, 2, 1)}
    parts = {"half": box(0.5, 0, 1.5, 1), "inside": box(0.1, 0.1, 0.2, 0.2), "sea": box(2.5, 0, 2.6, 0.1),
             "partly_out": box(1.5, 0, 2.5, 1)}
    shares = geo.split_by_overlap(parts, wholes)
    assert shares["half"] == pytest.approx({"L": 0.5, "R": 0.5})
    assert shares["inside"] == {"L": 1.0}
    assert shares["sea"] == {"R": 1.0}  # outside every whole: the nearest
    assert shares["partly_out"] == {"R": 1.0}  # the covered part decides; nothing is lost
    assert all(sum(s.values()) == pytest.approx(1.0) for s in shares.values())


def test_locate_points_leaves_points_outside_out():
    found = geo.locate_points({"a": Point(0.5, 0.5), "b": Point(5, 5)}, {"L": box(0, 0, 1, 1)})
    assert found == {"a": "L"}
    assert geo.nearest_polygon(Point(1.01, 0.5), {"L": box(0, 0, 1, 1)}) == "L"
    assert geo.nearest_polygon(Point(3, 3), {"L": box(0, 0, 1, 1)}) is None
