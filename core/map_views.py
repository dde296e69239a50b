"""A map as a page shows it, built once per view and shared by every session.

Parsing 12,000 outlines costs about a second; a cached view comes back in microseconds. A
national view points at the level's static geometry file (core.geo_files: a few kB per rerun);
a province or gemeente view carries its own, smaller, outlines. Everything returned here is
shared (never mutated).
"""
from __future__ import annotations

import pandas as pd

from core import geo_files, maps, queries
from core.caching import cached


@cached(max_entries=8)
def area_outlines(con, level: str, year: int) -> pd.DataFrame:
    """Code, name, gemeente and outline of every area of a level."""
    return queries.map_data(con, level, year)[["code", "name", "gemeente_name", "outline"]]


@cached(max_entries=2)
def province_collection(con) -> dict:
    """The twelve province borders as GeoJSON."""
    return maps.outline_collection(queries.province_outlines(con))


@cached(max_entries=48)
def collection(con, level: str, year: int, measure: str, palette: str, lang: str, from_year: int | None = None,
               gemeente: str | None = None, province: str | None = None) -> tuple[dict, list[str]]:
    """The map's GeoJSON and the codes it shows (a gemeente's or province's areas, or all)."""
    df = queries.map_data(con, level, year, gemeente)
    if province and not gemeente:
        df = df[df["province_name"] == province]
    if measure in maps.THEME_LAYERS:
        values = queries.indicator_values(con, maps.THEME_LAYERS[measure]["indicator"], level)
        return maps.theme_choropleth(df, values, measure, lang), df["code"].tolist()
    before = queries.scores_in_year(con, level, from_year) if from_year else None
    return maps.choropleth(df, measure, palette, lang, before), df["code"].tolist()


@cached(max_entries=4)
def static_urls(con) -> dict[str, str] | None:
    """Every level's geometry file (level -> URL, and 'provinces'), written once per build
    (usually already by `make data`); None where they cannot be written (a read-only disk
    without them): maps then carry their geometry inline."""
    try:
        return geo_files.write_all(con)
    except OSError:
        return None


@cached(max_entries=48)
def _inline_spec(con, level, year, measure, palette, lang, from_year, gemeente, province, with_provinces):
    shapes, codes = collection(con, level, year, measure, palette, lang, from_year, gemeente, province)
    if codes:
        box = queries.bbox_of(con, codes)
    else:
        box = {"min_lon": 3.3, "min_lat": 50.75, "max_lon": 7.25, "max_lat": 53.6}
    view = {"longitude": (box["min_lon"] + box["max_lon"]) / 2, "latitude": (box["min_lat"] + box["max_lat"]) / 2,
            "zoom": maps.zoom_for(box["min_lon"], box["min_lat"], box["max_lon"], box["max_lat"], px=430)}
    outlines = province_collection(con) if with_provinces else None
    plain = from_year is not None or measure in maps.THEME_LAYERS  # no dimension scores in the tooltip
    deck = maps.national_map(shapes, outlines, view, lang, plain)
    return maps.compact_json(deck), maps.tooltip(lang, plain)


@cached(max_entries=256)
def _static_spec(con, level, year, measure, palette, lang, from_year, height):
    box = maps.NETHERLANDS_BOX
    view = {"longitude": (box[0] + box[2]) / 2, "latitude": (box[1] + box[3]) / 2, "zoom": maps.zoom_for(*box, px=430)}
    urls = static_urls(con)
    return maps.static_map(urls[level], urls["provinces"], measure, year, palette,
                           lang, view, from_year, height, level=level)


@cached(max_entries=256)
def deck(con, level: str, year: int, measure: str, palette: str, lang: str, from_year: int | None = None,
         gemeente: str | None = None, province: str | None = None, height: int = 640) -> maps.SpecDeck:
    """The whole map as a ready-made deck whose JSON is built once per view."""
    if gemeente is None and province is None and static_urls(con) is not None:
        spec, tooltip = _static_spec(con, level, year, measure, palette, lang, from_year, height)
    else:
        spec, tooltip = _inline_spec(con, level, year, measure, palette, lang, from_year, gemeente, province,
                                     not gemeente)
    return maps.SpecDeck(spec, tooltip, height)
