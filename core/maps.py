"""pydeck maps that read without a basemap: areas are filled with their class colour and
outlined, so the map works offline and nothing depends on a tile server."""
from __future__ import annotations

import hashlib
import json
import math

import pandas as pd
import pydeck as pdk

from core.format import score
from core.scale import DIMENSIONS as DIMENSIONS_ORDER, class_colour, class_label, hex_to_rgb

NO_DATA_RGB = [200, 200, 200]
# Streamlit's map component loads a CARTO basemap style from the internet whenever a spec has no
# map style, even with no map provider; this value (the component's own "no style" marker) is
# removed by it before drawing, so no basemap is fetched and the app stays self-contained
# (tests/test_browser_self_contained.py fails on any request outside the app's origin).
NO_BASEMAP = "__MAP_STYLE__"

# Area borders are drawn as lines only while the map has at most this many corners. Every
# corner of a line costs drawing time, and in a browser without a graphics card (remote
# desktops, locked-down laptops, headless Chromium) the 180,000 corners of all buurten cost
# about 9 s per drawing (measured: bench/). Beyond the budget the class colours, the hover
# highlight and the province borders carry the map; a province or gemeente view has borders.
STROKE_CORNER_BUDGET = 40_000


def corner_count(collection: dict) -> int:
    """Number of coordinate pairs in a FeatureCollection of (multi)polygons."""
    def count(coords) -> int:
        if not coords:
            return 0
        if isinstance(coords[0][0], (int, float)):  # a ring: a list of [lon, lat]
            return len(coords)
        return sum(count(c) for c in coords)
    return sum(count(f["geometry"]["coordinates"]) for f in collection["features"] if f.get("geometry"))


def zoom_for(min_lon: float, min_lat: float, max_lon: float, max_lat: float, px: int = 700) -> float:
    """A zoom level that fits a box into about `px` pixels (deck.gl: the world is 512 px at zoom 0)."""
    span = max(max_lon - min_lon, (max_lat - min_lat) * 1.6, 1e-4)
    return max(3.0, min(15.0, math.log2(px * 360 / (512 * span))))


def zoom_to_fit(min_lon: float, min_lat: float, max_lon: float, max_lat: float, width_px: float,
                height_px: float) -> float:
    """The zoom at which a box fits `width_px` × `height_px` (deck.gl's Web Mercator: the world
    is 512 px wide at zoom 0, and a degree of latitude grows towards the poles)."""
    def mercator(lat: float) -> float:  # in degrees of longitude
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))
    span_x = max(max_lon - min_lon, 1e-4)
    span_y = max(mercator(max_lat) - mercator(min_lat), 1e-4)
    zoom = min(math.log2(width_px * 360 / (512 * span_x)), math.log2(height_px * 360 / (512 * span_y)))
    zoom = math.floor(zoom * 100) / 100  # rounded down: the box still fits
    return max(3.0, min(15.0, zoom))


def with_layer(spec: str, layer: dict) -> str:
    """A deck's JSON with one more layer on top (place names over the areas)."""
    deck = json.loads(spec)
    deck["layers"].append(layer)
    return json.dumps(deck, separators=(",", ":"))


def with_names(deck: pdk.Deck, names: dict, height: int = 420) -> "SpecDeck":
    """A pydeck map with a names layer (core.map_labels) on top, as a ready-made deck."""
    return SpecDeck(with_layer(compact_json(deck), names), deck._tooltip, height)


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
                "score": score(None if pd.isna(row.afw) else row.afw, lang),
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
        layers=[layer], map_style=NO_BASEMAP, map_provider=None, height=height,
        initial_view_state=pdk.ViewState(longitude=centre[0], latitude=centre[1], zoom=zoom),
        tooltip={"html": "<b>{name}</b><br/>{label} ({score})",
                 "style": {"backgroundColor": "white", "color": "black", "fontSize": "13px"}},
    )


def choropleth(df: pd.DataFrame, measure: str, palette: str, lang: str,
               before: pd.DataFrame | None = None, lens_values: pd.Series | None = None) -> dict:
    """Areas coloured by the class of `measure` (total or a dimension), or, with `before`
    (the same areas in an earlier year), by the class of the change since then, or, with
    `lens_values` (code -> deviation from the region's mean: core.regions), by that deviation."""
    from core.scale import CHANGE_SCALE, DIMENSION_SCALE, DIMENSIONS, change_label

    prior = before.set_index("code")[measure] if before is not None else None
    features = []
    for row in df.itertuples(index=False):
        value = getattr(row, measure)
        if lens_values is not None:
            dev = lens_values.get(row.code)
            dev = None if dev is None or pd.isna(dev) else float(dev)
            klasse = DIMENSION_SCALE.classify(dev)
            label = class_label(klasse, lang, dimension=True)
            shown = score(dev, lang)
        elif prior is not None:
            old = prior.get(row.code)
            delta = None if old is None or pd.isna(old) or pd.isna(value) else value - old
            klasse = CHANGE_SCALE.classify(delta)
            label = change_label(klasse, lang)
            shown = score(delta, lang)
        else:
            k = row.klasse if measure == "afw" else getattr(row, f"k_{measure}")
            klasse = None if pd.isna(k) else int(k)
            label = class_label(klasse, lang, dimension=measure != "afw")
            shown = score(None if pd.isna(value) else value, lang)
        props = {
            "code": row.code, "name": row.name, "gemeente": row.gemeente_name or "", "label": label,
            "score": shown,
            "fill": (hex_to_rgb(class_colour(klasse, palette)) + [230]) if klasse else NO_DATA_RGB + [140],
        }
        for d in DIMENSIONS:
            v = getattr(row, d)
            props[d] = score(None if pd.isna(v) else v, lang)
        features.append({"type": "Feature", "geometry": json.loads(row.outline), "properties": props})
    return {"type": "FeatureCollection", "features": features}


# Thematic layers in sequential colours that are clearly not the liveability classes (which run
# purple to green): heat in yellow to dark red (ColorBrewer YlOrRd), green in yellow to blue
# (YlGnBu). Edges in the indicator's unit; the first and last bins are open.
THEME_LAYERS = {
    "heat": {"indicator": "heat_island_heatwave", "unit": "°C", "edges": (1, 2, 3, 4, 5, 6),
             "colours": ("#FFFFB2", "#FED976", "#FEB24C", "#FD8D3C", "#F03B20", "#BD0026", "#800026"),
             "source": "heat_uhi"},
    "green": {"indicator": "green_percent", "unit": "%", "edges": (50, 60, 70, 80, 90),
              "colours": ("#FFFFD9", "#C7E9B4", "#7FCDBB", "#41B6C4", "#225EA8", "#0C2C84"), "source": "heat_uhi"},
}


def theme_bin_labels(layer: str, lang: str) -> list[str]:
    """'< 1 °C', '1–2 °C', … '≥ 6 °C': the legend of a thematic layer."""
    spec = THEME_LAYERS[layer]
    e, unit = spec["edges"], spec["unit"]
    sep = " " if unit != "%" else ""
    return ([f"< {e[0]}{sep}{unit}"] + [f"{a}–{b}{sep}{unit}" for a, b in zip(e, e[1:])] + [f"≥ {e[-1]}{sep}{unit}"])


def theme_choropleth(df: pd.DataFrame, values: pd.DataFrame, layer: str, lang: str) -> dict:
    """Areas coloured by a thematic indicator in its own sequential scale (areas without a value grey)."""
    import bisect

    spec = THEME_LAYERS[layer]
    by_code = values.set_index("code")["value"]
    labels = theme_bin_labels(layer, lang)
    features = []
    for row in df.itertuples(index=False):
        value = by_code.get(row.code)
        if value is None or pd.isna(value):
            fill, label, shown = NO_DATA_RGB + [140], "–", "–"
        else:
            k = bisect.bisect_right(spec["edges"], float(value))
            fill, label, shown = hex_to_rgb(spec["colours"][k]) + [230], labels[k], f"{value:.1f} {spec['unit']}"
        props = {"code": row.code, "name": row.name, "gemeente": row.gemeente_name or "", "label": label,
                 "score": shown, "fill": fill}
        features.append({"type": "Feature", "geometry": json.loads(row.outline), "properties": props})
    return {"type": "FeatureCollection", "features": features}


def outline_collection(df: pd.DataFrame) -> dict:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": json.loads(o), "properties": {}} for o in df["outline"]]}


def tooltip(lang: str, change: bool = False) -> dict:
    """Name, gemeente, class (or bin) and value; the five dimensions unless it is a change or thematic map."""
    from core.i18n import t
    from core.scale import DIMENSIONS
    dims = "<br/>".join(f"{t(f'dim.{d}', lang)}: {{{d}}}" for d in DIMENSIONS)
    head = "<b>{name}</b> <span style='color:#555'>{gemeente}</span><br/>{label} ({score})"
    return {"html": head + ("" if change else "<hr style='margin:4px 0'/>" + dims),
            "style": {"backgroundColor": "white", "color": "black", "fontSize": "13px"}}


def national_map(collection: dict, outlines: dict | None, view: dict, lang: str, change: bool,
                 height: int = 640) -> pdk.Deck:
    """The choropleth plus province borders on top, no basemap, selectable areas; area
    borders only within the corner budget."""
    stroked = corner_count(collection) <= STROKE_CORNER_BUDGET
    layers = [pdk.Layer(
        "GeoJsonLayer", data=collection, id="areas", pickable=True, stroked=stroked, filled=True,
        get_fill_color="properties.fill", get_line_color=[255, 255, 255, 160], get_line_width=1,
        line_width_units=pdk.types.String("pixels"), auto_highlight=True,
    )]
    if outlines:
        layers.append(pdk.Layer(
            "GeoJsonLayer", data=outlines, id="provinces", pickable=False, stroked=True, filled=False,
            get_line_color=[60, 60, 60, 200], get_line_width=1.5, line_width_units=pdk.types.String("pixels"),
        ))
    return pdk.Deck(layers=layers, map_style=NO_BASEMAP, map_provider=None, height=height,
                    initial_view_state=pdk.ViewState(**view), tooltip=tooltip(lang, change))


# Areas without a value are drawn in this grey (NO_DATA_RGB at the alpha the maps give it, on
# white); the legend's "no score" chip shows the same colour, with a border to stand out on white.
NO_SCORE_HEX = "#DEDEDE"


def legend_html(labels: list[str], colours: list[str], numbered: bool = True, no_score: str | None = None,
                few: str | None = None) -> str:
    """Colour chips with words: the map never relies on colour alone. Classes are numbered
    (1–9); the bins of a thematic layer carry their range instead; `no_score` names the grey
    of areas without a value, last."""
    from core.escape import html as escape
    from core.scale import text_colour_on

    def chip(words: str, colour: str, border: str = "transparent") -> str:
        return (f'<span role="listitem" style="display:inline-block;background:{colour};color:{text_colour_on(colour)};'
                f'padding:1px 7px;border:1px solid {border};margin:2px;border-radius:4px;font-size:0.85em">{words}</span>')
    chips = "".join(chip(f'{f"{i + 1} " if numbered else ""}{escape(lbl)}', c)
                    for i, (lbl, c) in enumerate(zip(labels, colours)))
    if no_score:
        chips += chip(escape(no_score), NO_SCORE_HEX, border="#9E9E9E")
    if few:  # an outline, as on the map
        chips += chip(escape(few), "#FFFFFF", border="#1E1E1E")
    return f'<div role="list" aria-label="legend">{chips}</div>'


def compact_json(deck: pdk.Deck) -> str:
    """pydeck's own to_json indents and sorts keys: 28 MB for the buurt map instead of 7 MB,
    and about a second of work per rerun (measured: bench/). Same content, no whitespace: its
    public to_json, read back and written without spaces, once per view (the result is cached)."""
    return json.dumps(json.loads(deck.to_json()), separators=(",", ":"))


class SpecDeck:
    """A map whose deck.gl JSON was built (and cached) beforehand, for st.pydeck_chart.

    Not a pdk.Deck: Deck's __init__ imports pydeck's Jupyter widget on every call, and that
    failing import was 4% of the server's CPU under load (py-spy, issue 15). Streamlit reads a
    deck by duck typing (to_json, and the tooltip, widget, layers, width and mapbox_key it looks
    up with getattr, as it does for every pydeck version), so this plain class gives it those and
    nothing of pydeck's internals (issue 30)."""

    def __init__(self, spec: str, tooltip: dict, height: int):
        self._spec, self._tooltip, self.height, self.width = spec, tooltip, height, "100%"
        self.collection: dict | None = None  # the GeoJSON drawn inline, where a slide export draws it again
        self.layers: list = []
        self.deck_widget = self.mapbox_key = None

    def to_json(self) -> str:
        return self._spec

    def __eq__(self, other) -> bool:
        return isinstance(other, SpecDeck) and (self._spec, self._tooltip, self.height) == (
            other._spec, other._tooltip, other.height)

    def __repr__(self) -> str:  # what it shows, briefly: the inline maps' specs run to megabytes
        digest = hashlib.sha1(self._spec.encode()).hexdigest()[:12]
        return f"SpecDeck(spec sha1 {digest}, {len(self._spec):,} chars, height={self.height}, tooltip={self._tooltip!r})"


def highlight_collection(outlines: pd.DataFrame, colours: dict[str, list[int]], labels: dict[str, str]) -> dict:
    """Only the listed areas, each in its own colour, with a label for the tooltip."""
    features = []
    for row in outlines[outlines["code"].isin(colours)].itertuples(index=False):
        features.append({"type": "Feature", "geometry": json.loads(row.outline), "properties": {
            "code": row.code, "name": row.name, "gemeente": row.gemeente_name or "",
            "label": labels.get(row.code, ""), "score": "", "fill": colours[row.code]}})
    return {"type": "FeatureCollection", "features": features}


def signal_map(collection: dict, provinces: dict, lang: str, view: dict, height: int = 520) -> pdk.Deck:
    """Highlighted areas over the province borders, in `view` (fitted to the areas found:
    core.map_views.view_of)."""
    deck = national_map(collection, provinces, view, lang, change=True, height=height)
    # A highlighted wijk or postcode area is a speck at national zoom: outline it in its own colour,
    # 3 px wide, so every area found is visible however small.
    areas = deck.layers[0]
    areas.stroked = True
    areas.get_line_color = "@@=properties.fill"
    areas.get_line_width = 3
    deck._tooltip = {"html": "<b>{name}</b> <span style='color:#555'>{gemeente}</span><br/>{label}",
                     "style": {"backgroundColor": "white", "color": "black", "fontSize": "13px"}}
    return deck


# ------------------------------------------------------------------ maps over static geometry files

GREY = [200, 200, 200, 140]
NETHERLANDS_BOX = (3.3, 50.75, 7.25, 53.6)  # min_lon, min_lat, max_lon, max_lat of a national view


def _palette_rgba(colours, alpha: int = 230) -> list[list[int]]:
    return [hex_to_rgb(c) + [alpha] for c in colours]


def lens_key(lens: str, year: int) -> str:
    """The geometry files' property of an area's deviation from its region (core.geo_files)."""
    return f"r{'c' if lens == 'corop' else 'g'}{year}"


def fill_expression(measure: str, year: int, palette: str, from_year: int | None = None,
                    lens: str | None = None) -> str:
    """The deck.gl accessor (a JSON expression) that colours an area from the properties of a
    static geometry file (core.geo_files): the class of `measure` in `year`, the class of its
    change since `from_year`, or the bin of a thematic layer. Missing values are grey."""
    from core.scale import CHANGE_SCALE, PALETTES
    # deck.gl's expression parser has no indexing into an array literal: one branch per class.
    def by_class(key: str, colours: list[list[int]]) -> str:
        branches = "".join(f"{key} == {i + 1} ? {json.dumps(c)} : " for i, c in enumerate(colours))
        return f"@@={branches}{json.dumps(GREY)}"
    if measure in THEME_LAYERS:
        return by_class(f"properties.k{measure}", _palette_rgba(THEME_LAYERS[measure]["colours"]))
    colours = _palette_rgba(PALETTES.get(palette, PALETTES["official"]))
    if lens:  # the deviation from the region's mean, on the dimensions' symmetric scale
        from core.scale import DIMENSION_SCALE
        value = f"properties.{lens_key(lens, year)}"
        branches = "".join(f"{value} < {edge!r} ? {json.dumps(colours[i])} : "
                           for i, edge in enumerate(DIMENSION_SCALE.boundaries))
        return f"@@={value} == null ? {json.dumps(GREY)} : {branches}{json.dumps(colours[-1])}"
    if from_year is None:
        return by_class(f"properties.k{measure}{year}", colours)
    new, old = f"properties.{measure}{year}", f"properties.{measure}{from_year}"
    delta = f"({new} - {old})"
    # Class of the change: the first boundary the change lies below (a value on a boundary goes up).
    branches = "".join(f"{delta} < {edge!r} ? {json.dumps(colours[i])} : " for i, edge in enumerate(CHANGE_SCALE.boundaries))
    return (f"@@={new} == null || {old} == null ? {json.dumps(GREY)} : "
            f"{branches}{json.dumps(colours[len(CHANGE_SCALE.boundaries)])}")


def static_tooltip(measure: str, year: int, lang: str, from_year: int | None = None, level: str = "",
                   lens: str | None = None) -> dict:
    """Name, gemeente, class and value of the measure shown; the five dimensions of that year.
    The class is its number (the legend below the map gives the words). A gemeente is its own
    gemeente: its name once ("Soest", not "Soest Soest")."""
    from core.i18n import t
    head = "<b>{n}</b><br/>" if level == "gemeente" else "<b>{n}</b> <span style='color:#555'>{g}</span><br/>"
    if lens:
        body = (f"{t('dim.afw', lang)} {{afw{year}}}<br/>"
                + t(f"map.lens.tooltip.{lens}", lang, value=f"{{{lens_key(lens, year)}}}", region="{r}"))
    elif measure in THEME_LAYERS:
        body = f"{{{measure}}} {THEME_LAYERS[measure]['unit']}"
    elif from_year is not None:
        body = f"{t('map.tooltip.change', lang)}: {from_year} {{{measure}{from_year}}} → {year} {{{measure}{year}}}"
    else:
        dims = "<br/>".join(f"{t(f'dim.{d}', lang)}: {{{d}{year}}}" for d in DIMENSIONS_ORDER)
        body = (f"{t('map.tooltip.class', lang)} {{k{measure}{year}}} ({{{measure}{year}}})"
                f"<hr style='margin:4px 0'/>{dims}")
    return {"html": head + body, "style": {"backgroundColor": "white", "color": "black", "fontSize": "13px"}}


FEW_RGBA = [30, 30, 30, 230]  # the outline of an area with few households, on every colour


def few_layer(data) -> dict:
    """Dark outlines, no fill, of the areas with few households (a FeatureCollection)."""
    return {"@@type": "GeoJsonLayer", "id": "few", "data": data, "pickable": False, "stroked": True,
            "filled": False, "getLineColor": FEW_RGBA, "getLineWidth": 2, "lineWidthUnits": "pixels"}


def static_map(areas_url: str, provinces_url: str | None, measure: str, year: int, palette: str, lang: str,
               view: dict, from_year: int | None = None, height: int = 640, level: str = "",
               lens: str | None = None) -> tuple[str, dict]:
    """A national map whose geometry the browser fetches once (`areas_url`): the spec that
    travels on a rerun is a few kilobytes. The update trigger makes deck.gl recompute colours
    when the measure, year or palette changes, without loading the data again. Borders within
    the corner budget only (STROKE_CORNER_BUDGET): the 342 gemeenten, not the 12,147 buurten."""
    stroked = level == "gemeente"
    trigger = f"{measure}|{year}|{from_year}|{palette}|{lens}"
    layers = [{
        "@@type": "GeoJsonLayer", "id": "areas", "data": areas_url, "pickable": True, "stroked": stroked,
        "filled": True, "getFillColor": fill_expression(measure, year, palette, from_year, lens),
        "getLineColor": [255, 255, 255, 160], "getLineWidth": 1, "lineWidthUnits": "pixels",
        "autoHighlight": True, "updateTriggers": {"getFillColor": trigger},
    }]
    if provinces_url:
        layers.append({"@@type": "GeoJsonLayer", "id": "provinces", "data": provinces_url, "pickable": False,
                       "stroked": True, "filled": False, "getLineColor": [60, 60, 60, 200], "getLineWidth": 1.5,
                       "lineWidthUnits": "pixels"})
    spec = {"layers": layers, "views": [{"@@type": "MapView", "controller": True}],
            "initialViewState": view, "mapStyle": NO_BASEMAP}
    return json.dumps(spec, separators=(",", ":")), static_tooltip(measure, year, lang, from_year, level, lens)


def map_table(listing: pd.DataFrame, measure: str, lang: str, before: pd.Series | None = None,
              theme_values: pd.Series | None = None, lens_values: pd.Series | None = None,
              lens_words: str | None = None) -> pd.DataFrame:
    """The map as a table (WCAG 1.1.1: the same areas, values and classes in words, for anyone
    who cannot see or read the colours): `listing` from queries.map_listing; `before` the
    measure in the start year of a change map; `theme_values` a thematic layer's values."""
    import bisect

    from core.i18n import t
    from core.scale import CHANGE_SCALE, DIMENSION_SCALE, change_label
    out = pd.DataFrame({t("col.area", lang): listing["name"], t("col.gemeente", lang): listing["gemeente_name"]})
    if theme_values is not None:
        spec = THEME_LAYERS[measure]
        labels = theme_bin_labels(measure, lang)
        values = listing["code"].map(theme_values)
        out[f"{t(f'map.layer.{measure}', lang)} ({spec['unit']})"] = values.round(1)
        out[t("col.class", lang)] = values.map(lambda v: t("map.no_value", lang) if pd.isna(v) else labels[bisect.bisect_right(spec["edges"], v)])
        return out
    values = listing[measure]
    if lens_values is not None:
        deviation = listing["code"].map(lens_values)
        out[t("dim.afw", lang)] = listing["afw"].round(3)
        out[lens_words or t("map.table.change", lang)] = deviation.round(3)
        out[t("col.class", lang)] = deviation.map(lambda d: t("map.no_score", lang) if pd.isna(d) else
                                                  class_label(DIMENSION_SCALE.classify(d), lang, dimension=True))
        return out
    if before is not None:
        old = listing["code"].map(before)
        change = values - old
        out[t("map.table.change", lang)] = change.round(3)
        out[t("col.class", lang)] = change.map(lambda d: t("map.no_score", lang) if pd.isna(d) else change_label(CHANGE_SCALE.classify(d), lang))
        return out
    out[t(f"dim.{measure}", lang)] = values.round(3)
    classes = listing["klasse"] if measure == "afw" else values.map(
        lambda v: DIMENSION_SCALE.classify(None if pd.isna(v) else v))
    out[t("col.class", lang)] = [(t("map.no_score", lang) if pd.isna(k) else f"{int(k)} · {class_label(int(k), lang, dimension=measure != 'afw')}")
                                 for k in classes]
    return out
