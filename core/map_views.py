"""A map as a page shows it, built once per view and shared by every session.

Parsing 12,000 outlines costs about a second; a cached view comes back in microseconds. A
national view points at the level's static geometry file (core.geo_files: a few kB per rerun);
a province or gemeente view carries its own, smaller, outlines. Everything returned here is
shared (never mutated).
"""
from __future__ import annotations

import pandas as pd

from core import few_households, geo_files, map_labels, maps, queries, regions
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
               gemeente: str | None = None, province: str | None = None, lens: str | None = None
               ) -> tuple[dict, list[str]]:
    """The map's GeoJSON and the codes it shows (a gemeente's or province's areas, or all);
    with a `lens`, coloured by each area's deviation from its region (core.regions)."""
    df = queries.map_data(con, level, year, gemeente)
    if province and not gemeente:
        df = df[df["province_name"] == province]
    if measure in maps.THEME_LAYERS:
        values = queries.indicator_values(con, maps.THEME_LAYERS[measure]["indicator"], level)
        return maps.theme_choropleth(df, values, measure, lang), df["code"].tolist()
    if lens:
        return (maps.choropleth(df, "afw", palette, lang, lens_values=regions.deviation_in(con, level, year, lens)),
                df["code"].tolist())
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


# The map's size on screen: a desktop's main column (about 760 × 640 px), or a phone's width
# (about 350 px of a 390 px screen), where the whole country must fit across.
SCREENS = {"wide": {"width": 760, "height": 640}, "phone": {"width": 350, "height": 460}}


def view_of(box: dict | tuple | None, screen: str = "wide", height: int | None = None) -> dict:
    """Centre and zoom that fit `box` (min_lon, min_lat, max_lon, max_lat; None: the country)
    on the screen's map, with a small margin."""
    if box is None:
        box = maps.NETHERLANDS_BOX
    if isinstance(box, dict):
        box = (box["min_lon"], box["min_lat"], box["max_lon"], box["max_lat"])
    size = SCREENS[screen]
    zoom = maps.zoom_to_fit(*box, width_px=size["width"] * 0.92, height_px=(height or size["height"]) * 0.92)
    return {"longitude": (box[0] + box[2]) / 2, "latitude": (box[1] + box[3]) / 2, "zoom": zoom}


@cached(max_entries=64)
def names_layer(con, level: str, view: dict, screen: str, gemeente: str | None = None,
                province: str | None = None) -> dict:
    """The place names of a map view: gemeente names on a national map (the areas there are too
    small to name), the shown areas' own names when zoomed to a province or gemeente."""
    if gemeente is None and province is None:
        points = queries.label_points(con, "gemeente")
    else:
        points = queries.label_points(con, level, gemeente, province)
    size = SCREENS[screen]
    return map_labels.text_layer(map_labels.thinned(points, view, size["width"], size["height"]))


def names_of(con, level: str, codes, view: dict, screen: str = "wide", height: int | None = None) -> dict:
    """The names layer for a chosen set of areas (the signalled ones on Signalen)."""
    points = queries.label_points(con, level)
    size = SCREENS[screen]
    return map_labels.text_layer(map_labels.thinned(points[points["code"].isin(set(codes))], view, size["width"],
                                                    height or size["height"]))


@cached(max_entries=64)
def signal_deck(con, level: str, year: int, marked: tuple, lang: str, screen: str, regional: bool,
                height: int = 520) -> maps.SpecDeck:
    """Signalen's map of the signalled areas, `marked` as (code, RGBA, tooltip label) triples,
    built once per view (issue 32: under load, building it on every rerun, outlines parsed and the
    deck written as JSON, was a third of Signalen's time). The deck keeps its GeoJSON
    (`.collection`), which the slide export draws. Names: the areas' own in a region, the gemeenten' nationally."""
    collection = maps.highlight_collection(area_outlines(con, level, year), {c: list(rgba) for c, rgba, _ in marked},
                                           {c: label for c, _, label in marked})
    view = view_of(queries.bbox_of(con, tuple(sorted(c for c, _, _ in marked))), screen, height)
    names = (names_of(con, level, [c for c, _, _ in marked], view, screen, height) if regional
             else names_layer(con, "gemeente", view, screen))
    deck = maps.with_names(maps.signal_map(collection, province_collection(con), lang, view), names, height)
    deck.collection = collection
    return deck


@cached(max_entries=48)
def _inline_spec(con, level, year, measure, palette, lang, from_year, gemeente, province, with_provinces,
                 names, screen, height, lens):
    shapes, codes = collection(con, level, year, measure, palette, lang, from_year, gemeente, province, lens)
    view = view_of(queries.bbox_of(con, codes) if codes else None, screen, height)
    outlines = province_collection(con) if with_provinces else None
    plain = from_year is not None or measure in maps.THEME_LAYERS or lens is not None  # no dimension scores
    deck = maps.national_map(shapes, outlines, view, lang, plain)
    spec = maps.compact_json(deck)
    # Areas with few households are outlined where a reader can see them: on a gemeente or province,
    # not nationally (a 2 px outline round a port is noise there).
    if level in few_households.FEW_LEVELS:
        households = queries.area_households(con, level).set_index("code")["households"]
        few = [{"type": "Feature", "geometry": f["geometry"], "properties": {}} for f in shapes["features"]
               if few_households.is_few(households.get(f["properties"]["code"]))]
        if few:
            spec = maps.with_layer(spec, maps.few_layer({"type": "FeatureCollection", "features": few}))
    if names:
        spec = maps.with_layer(spec, names_layer(con, level, view, screen, gemeente, province))
    return spec, maps.tooltip(lang, plain)


@cached(max_entries=256)
def _static_spec(con, level, year, measure, palette, lang, from_year, height, names, screen, lens):
    view = view_of(None, screen, height)
    urls = static_urls(con)
    spec, tooltip = maps.static_map(urls[level], urls["provinces"], measure, year, palette,
                                    lang, view, from_year, height, level=level, lens=lens)
    if names:
        spec = maps.with_layer(spec, names_layer(con, level, view, screen))
    return spec, tooltip


@cached(max_entries=256)
def deck(con, level: str, year: int, measure: str, palette: str, lang: str, from_year: int | None = None,
         gemeente: str | None = None, province: str | None = None, height: int = 640, names: bool = True,
         screen: str = "wide", lens: str | None = None) -> maps.SpecDeck:
    """The whole map as a ready-made deck whose JSON is built once per view: fitted to the
    screen (`SCREENS`), with place names unless `names` is off; with a `lens` (core.regions),
    the total score's deviation from each area's region."""
    if gemeente is None and province is None and static_urls(con) is not None:
        spec, tooltip = _static_spec(con, level, year, measure, palette, lang, from_year, height, names, screen, lens)
    else:
        spec, tooltip = _inline_spec(con, level, year, measure, palette, lang, from_year, gemeente, province,
                                     not gemeente, names, screen, height, lens)
    return maps.SpecDeck(spec, tooltip, height)
