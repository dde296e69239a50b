"""Map geometry as static files (issue 14): what the file holds, how the deck spec colours it,
and that a rerun carries a small spec instead of the geometry."""
from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest

from core import geo_files, maps
from core.scale import CHANGE_SCALE, PALETTES, hex_to_rgb

SQUARE = json.dumps({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]})


def _collection():
    areas = pd.DataFrame({"code": ["WK000101", "WK000102"], "name": ["Noord", "Zuid"], "gemeente_name": ["A", "A"],
                          "province_name": ["P", "P"], "outline": [SQUARE, SQUARE]})
    dims = {d: [0.01, None] for d in ("fys", "onv", "soc", "vrz", "won")}
    scores = pd.DataFrame({"code": ["WK000101", "WK000102"], "year": [2022, 2022], "afw": [0.12345, -0.3],
                           "klasse": [8, pd.NA], **dims, **{f"k_{d}": [5, pd.NA] for d in dims}})
    values = pd.DataFrame({"code": ["WK000101"], "value": [3.46]})
    return geo_files.level_collection(areas, scores, {"heat": (values, (1, 2, 3, 4, 5, 6))})


def test_every_value_a_map_can_show_is_in_the_properties():
    north, south = (f["properties"] for f in _collection()["features"])
    assert north["c"] == "WK000101" and north["n"] == "Noord" and north["g"] == "A"
    assert north["afw2022"] == 0.123 and north["kafw2022"] == 8 and north["kfys2022"] == 5
    assert north["heat"] == 3.5 and north["kheat"] == 4  # 3.46 lies in the fourth bin, 3–4 °C
    assert "kafw2022" not in south and south["afw2022"] == -0.3  # no class where none is known
    assert "fys2022" not in south


def test_files_are_written_once_with_a_compressed_twin(tmp_path):
    url = geo_files.write(_collection(), "v1", "wijk", static_dir=tmp_path)
    assert url == "app/static/geo/v1/wijk.json"
    body = (tmp_path / "v1" / "wijk.json").read_bytes()
    assert gzip.decompress((tmp_path / "v1" / "wijk.json.gz").read_bytes()) == body
    import os
    for i, name in enumerate(["v0", "va", "vb", "vc"]):  # older builds, oldest first
        (tmp_path / name).mkdir()
        os.utime(tmp_path / name, (1000 + i, 1000 + i))
    geo_files.remove_other_versions("v1", static_dir=tmp_path, keep=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1", "vb", "vc"]  # the newest others stay


def _branches(expression: str) -> dict[int, list[int]]:
    import re
    return {int(k): json.loads(c) for k, c in re.findall(r"== (\d+) \? (\[[^\]]*\])", expression)}


@pytest.mark.parametrize("palette", list(PALETTES))
def test_the_fill_accessor_gives_each_class_its_palette_colour(palette):
    expression = maps.fill_expression("onv", 2020, palette)
    assert expression.startswith("@@=properties.konv2020 == 1 ?")
    assert {k: c[:3] for k, c in _branches(expression).items()} == {
        k + 1: hex_to_rgb(h) for k, h in enumerate(PALETTES[palette])}
    assert expression.endswith(json.dumps(maps.GREY))  # no class: grey


def test_a_change_accessor_tests_the_change_boundaries_in_order():
    import re
    expression = maps.fill_expression("afw", 2022, "official", from_year=2014)
    edges = [float(e) for e in re.findall(r"\) < (-?[0-9.]+) \?", expression)]
    assert edges == list(CHANGE_SCALE.boundaries)
    assert expression.startswith("@@=properties.afw2022 == null || properties.afw2014 == null ?")


def test_a_region_lens_accessor_classes_the_deviation_on_the_dimension_scale():
    import re
    from core.scale import DIMENSION_SCALE
    for lens, key in (("corop", "rc2022"), ("gemeente", "rg2022")):
        expression = maps.fill_expression("afw", 2022, "official", lens=lens)
        assert expression.startswith(f"@@=properties.{key} == null ?")
        edges = [float(e) for e in re.findall(rf"properties\.{key} < (-?[0-9.e-]+) \?", expression)]
        assert edges == list(DIMENSION_SCALE.boundaries)


def test_a_static_spec_is_small_and_names_its_file():
    spec, tooltip = maps.static_map("app/static/geo/v1/buurt.json", "app/static/geo/v1/provinces.json", "afw", 2024,
                                    "official", "nl", {"longitude": 5, "latitude": 52, "zoom": 6})
    deck = json.loads(spec)
    layer = deck["layers"][0]
    assert layer["data"] == "app/static/geo/v1/buurt.json"
    assert layer["updateTriggers"]["getFillColor"] == "afw|2024|None|official|None"
    assert deck["mapStyle"] == maps.NO_BASEMAP  # no basemap fetched from outside
    assert len(spec) < 5000
    assert "{kafw2024}" in tooltip["html"] and "{fys2024}" in tooltip["html"]
    assert "{g}" in tooltip["html"]  # a buurt names its gemeente
    _, gemeente_tip = maps.static_map("app/static/geo/v1/gemeente.json", None, "afw", 2024, "official", "nl",
                                      {"longitude": 5, "latitude": 52, "zoom": 6}, level="gemeente")
    assert "{n}" in gemeente_tip["html"] and "{g}" not in gemeente_tip["html"]  # "Soest", not "Soest Soest"
