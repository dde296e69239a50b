"""Kaart: the country (or a province or gemeente) coloured by class, or by change between years."""
import streamlit as st

from core import map_views, maps, provenance, queries, regions
from core.few_households import FEW_HOUSEHOLDS, FEW_LEVELS
from core.format import csv_bytes, decimal, number, styled
from core.queries import SERIES_LEVELS
from core.scale import DIMENSION_SCALE, PALETTES, legend_labels
from core.exports import exhibits, map_images
from core.exports.map_images import MapPicture
from core.web import play, ui, url_state
from core.web.params import LEVELS_MAP as LEVELS, MAP_MEASURES

MAX_LISTED = 1500  # a longer option list slows every rerun; filter first
ctx = ui.setup("kaart")
st.title(ctx.t("map.title"))

# ------------------------------------------------------------------ parameters from the URL
series_years = {lv: queries.years_of(lv) for lv in SERIES_LEVELS}  # PC4 and wijk: 2002–2022
all_years = sorted(set().union(*series_years.values()))
latest_year = max(queries.years_of("buurt"))
gm_all = queries.level_scores("gemeente", latest_year)[["code", "name", "province_name"]]
provinces = sorted(gm_all["province_name"].dropna().unique())
url, _ = url_state.read("kaart", ctx.lang, allowed={"year": all_years, "from": all_years, "gm": gm_all["code"],
                                                    "pv": provinces})
level, measure, gm_code, province = url["level"], url["measure"], url["gm"], url["pv"]
if gm_code and not province:  # a gemeente's link: its province, not "Heel Nederland" beside it
    province = gm_all.set_index("code")["province_name"].get(gm_code)
thematic = measure in maps.THEME_LAYERS
if thematic and level in SERIES_LEVELS:  # heat and green exist per buurt and gemeente
    st.info(ctx.t("map.theme_levels"))
    level = "buurt"
years = series_years.get(level, [])
year, from_year = (url["year"] or years[-1], url["from"]) if level in SERIES_LEVELS else (latest_year, None)
if level not in SERIES_LEVELS and (url["year"] or url["from"]):
    st.info(ctx.t("map.pc4_only"))
elif from_year is not None and from_year >= year:
    url_state.warn("from", str(from_year), ctx.lang, ctx.t("ui.choose_from", options=", ".join(
        str(y) for y in years if y < year)))
    from_year = None

# ------------------------------------------------------------------ controls (they write the URL)
# Level and measure on the first row (the level's four buttons need the room: "PC4" was cut off at
# 1300 px), year, change, province and gemeente on the second.
c1, c2 = st.columns([1.6, 1])
level = c1.segmented_control(ctx.t("map.level"), LEVELS, default=level, key="m_level",
                             format_func=lambda lv: ctx.t(f"map.level.{lv}")) or level
measure = c2.selectbox(ctx.t("map.measure"), MAP_MEASURES, index=MAP_MEASURES.index(measure), key="m_dim",
                       format_func=lambda m: ctx.t(f"map.layer.{m}") if m in maps.THEME_LAYERS else ctx.t(f"dim.{m}"))
thematic = measure in maps.THEME_LAYERS
if thematic and level in SERIES_LEVELS:
    st.info(ctx.t("map.theme_levels"))
    level = "buurt"
c3, c4, f1, f2 = st.columns(4)
if level in SERIES_LEVELS:
    years = series_years[level]
    year = year if year in years else years[-1]
    year = c3.selectbox(ctx.t("map.year"), years, index=years.index(year), key="m_year")
    options = [None] + [y for y in years if y < year]
    from_year = c4.selectbox(ctx.t("map.from"), options, key="m_from",
                             index=options.index(from_year) if from_year in options else 0,
                             format_func=lambda y: ctx.t("map.no_change") if y is None else str(y))
else:
    year, from_year = latest_year, None
    if not ctx.present:
        c3.caption(ctx.t("map.pc4_only"))
province = f1.selectbox(ctx.t("map.province"), [None, *provinces], key="m_pv",
                        index=([None, *provinces].index(province) if province in provinces else 0),
                        format_func=lambda p: ctx.t("map.everything") if p is None else p)
in_province = gm_all if not province else gm_all[gm_all["province_name"] == province]
gm_options = [None, *in_province.sort_values("name")["code"]]
gm_names = dict(zip(gm_all["code"], gm_all["name"]))
gm_code = f2.selectbox(ctx.t("map.gemeente"), gm_options, key="m_gm",
                       index=gm_options.index(gm_code) if gm_code in gm_options else 0,
                       format_func=lambda c: "—" if c is None else gm_names[c])

l1, l2 = st.columns([2, 1], vertical_alignment="bottom")
lenses = [None, "corop"] + (["gemeente"] if level != "gemeente" else [])
lens = l1.selectbox(ctx.t("map.lens"), lenses, index=lenses.index(url["lens"]) if url["lens"] in lenses else 0,
                    key="m_lens", help=ctx.t("map.lens_help"),
                    format_func=lambda x: ctx.t(f"map.lens.{x or 'none'}"))
if lens and (measure != "afw" or from_year is not None):
    st.info(ctx.t("map.lens.only_total"))
    lens = None
names_on = l2.toggle(ctx.t("map.names"), value=url["names"] == "1", key="m_names", help=ctx.t("map.names_help"))

url_state.keep("kaart", {"level": level, "measure": measure, "year": year if level in SERIES_LEVELS else None,
                         "from": from_year, "pv": province, "gm": gm_code, "names": "1" if names_on else "0",
                         "lens": lens})

dim_years = queries.years_with_dimensions(level)
if not thematic and measure != "afw" and (year not in dim_years or (from_year and from_year not in dim_years)):
    st.info(ctx.t("map.no_dims_year"))

# ------------------------------------------------------------------ the map
# What the map draws, without outlines: the count, the keyboard list and the CSV come from here,
# so a national view never builds its geometry on the server (the browser fetches it: core.geo_files).
listing = queries.map_listing(level, year, gm_code, None if gm_code else province)
change = from_year is not None
measure_words = ctx.t(f"map.layer.{measure}") if thematic else ctx.t(f"dim.{measure}")
heading_args = {"measure": measure_words.lower() if ctx.lang == "nl" else measure_words,
                "level": ctx.t(f"buurt.levels.{level}")}


def heading_for(y: int) -> str:
    text = (ctx.t("map.heading_lens", lens=ctx.t(f"map.lens.{lens}"), level=heading_args["level"], year=y) if lens
            else ctx.t("map.heading_change", a=from_year, b=y, **heading_args) if change
            else ctx.t("map.heading_theme", **heading_args) if thematic
            else ctx.t("map.heading", year=y, **heading_args))
    return text[:1].upper() + text[1:]


heading = heading_for(year)
# ------------------------------------------------------------------ time that plays (issue 31)
# Through the years (of a change map: its end year); pause or the last year writes the year shown
# into the URL and the year box (core.web.play).


def choose_year(y: int) -> None:
    st.session_state["m_year"] = y
    url_state.set_value("year", str(y))


timeline = play.Play("m", [y for y in years if from_year is None or y > from_year]
                     if level in SERIES_LEVELS and not thematic else [], year, choose_year)

with ui.exhibit():  # in presenter mode: right under the title
    timeline.buttons(ctx.t)

    @st.fragment(run_every=timeline.tick_every)
    def the_map() -> None:
        shown = timeline.year()
        st.subheader(heading_for(shown))
        screen = ui.screen()
        deck = map_views.deck(level, shown, measure, ctx.palette, ctx.lang, from_year, gm_code,
                              None if gm_code else province,
                              height=(340 if ctx.present else  # title, play buttons, map and legend on one 1366×768 screen
                                      map_views.SCREENS[screen]["height"]), names=names_on, screen=screen, lens=lens)
        # A click selects nothing in Streamlit 1.67 when a layer's data is a URL or a FeatureCollection
        # (its selection check expects a list), so the caption points to the list under the map;
        # the handler stays for the day a click arrives.
        event = st.pydeck_chart(deck, on_select="rerun", selection_mode="single-object", key="national_map",
                                height=deck.height)  # st.pydeck_chart's own default (500 px) would ignore the deck's
        picked = (event.selection.get("objects", {}) or {}).get("areas", []) if event else []
        if picked:  # static geometry files name the code `c`, inline collections `code`
            props = picked[0].get("properties") or {}
            st.switch_page("views/buurt.py", query_params={"area": props.get("code") or props.get("c")})

    the_map()

    # Areas with few households are outlined on the map (core.few_households); the legend says so.
    few_words = ctx.t("map.few", n=FEW_HOUSEHOLDS) if level in FEW_LEVELS and (gm_code or province) else None
    if thematic:
        layer = maps.THEME_LAYERS[measure]
        legend = list(zip(maps.theme_bin_labels(measure, ctx.lang), layer["colours"]))
        st.markdown(maps.legend_html([w for w, _ in legend], [c for _, c in legend], numbered=False,
                                     no_score=ctx.t("map.no_value"), few=few_words), unsafe_allow_html=True)
        st.caption(ctx.t("map.theme_note"))
        legend.append((ctx.t("map.no_value"), maps.NO_SCORE_HEX))
    elif lens:
        edges = DIMENSION_SCALE.boundaries
        ranges = [f"< {decimal(edges[0], ctx.lang, 2)}"] + [
            f"{decimal(a, ctx.lang, 2)} – {decimal(b, ctx.lang, 2)}" for a, b in zip(edges, edges[1:])] + [
            f"≥ {decimal(edges[-1], ctx.lang, 2)}"]
        words = [f"{w} ({r})" for w, r in zip(legend_labels("dimension", ctx.lang), ranges)]
        st.markdown(maps.legend_html(words, list(PALETTES[ctx.palette]), numbered=False,
                                     no_score=ctx.t("map.no_score"), few=few_words), unsafe_allow_html=True)
        unit = ctx.t(f"map.lens.unit.{lens}")
        st.caption(ctx.t("map.lens.note", lens=ctx.t(f"map.lens.{lens}"), year=year, level=heading_args["level"]))
        legend = list(zip(words, PALETTES[ctx.palette])) + [(ctx.t("map.no_score"), maps.NO_SCORE_HEX)]
    else:
        labels = legend_labels("change" if change else "dimension" if measure != "afw" else "total", ctx.lang)
        st.markdown(maps.legend_html(labels, list(PALETTES[ctx.palette]), no_score=ctx.t("map.no_score"), few=few_words),
                    unsafe_allow_html=True)
        legend = [(f"{i} {w}", c) for i, (w, c) in enumerate(zip(labels, PALETTES[ctx.palette]), start=1)]
        legend.append((ctx.t("map.no_score"), maps.NO_SCORE_HEX))
if level == "wijk":  # the wijken of 2022 without a 2024 outline, within the chosen gemeente or province
    missing = queries.wijken_without_outline()
    if gm_code:
        missing = missing[missing["gemeente_name"] == gm_names[gm_code]]
    elif province:
        missing = missing[missing["gemeente_name"].map(dict(zip(gm_all["name"], gm_all["province_name"]))) == province]
    if len(missing):
        st.caption(ctx.plural("map.wijk_missing", len(missing)))
# In presenter mode the controls and the list are hidden: no words that point to them.
st.caption(("" if ctx.present else ctx.t("map.click") + " ") + ctx.t("map.count", n=number(len(listing), ctx.lang))
           + (" " + ctx.t("map.change_note") if change else ""))
source_line = ui.source_caption(ctx, provenance.lens_map_of(level) if lens else
                                 provenance.map_of(level, maps.THEME_LAYERS[measure]["source"] if thematic else None),
                  derived=(ctx.t("map.theme_derived") if thematic else
                           ctx.t("map.lens.derived", lens=unit) + ("; " + ctx.t("map.wijk_outlines", n=queries.build_info().get(
                               "wijk_outline_by_name", "0")) if level == "wijk" else "") if lens else
                           ctx.t("map.wijk_outlines", n=queries.build_info().get("wijk_outline_by_name", "0"))
                           if level == "wijk" else None))


def map_picture() -> MapPicture:
    """This map as an image (slide deck, PNG download): drawn by matplotlib on the server."""
    collection, _ = map_views.collection(level, year, measure, ctx.palette, ctx.lang, from_year, gm_code,
                                          None if gm_code else province, lens)
    borders = None if gm_code else map_views.province_collection()
    return MapPicture(collection, legend, borders, title=heading[:1].upper() + heading[1:],
                      subtitle=gm_names.get(gm_code) or province or ctx.t("map.netherlands"), source=source_line,
                      extra={"national": not gm_code and not province})


exhibits.offer_map(map_picture)
st.download_button(ctx.t("map.download_png"), lambda: map_images.png(map_picture()),
                   f"kaart_{level}_{measure}_{year}.png", "image/png", key="dl_map_png", on_click="ignore",
                   icon=":material/image:")
# ------------------------------------------------------------------ the same map as a table, keyboard route, data
# Drawn only when asked: 12,000 rows would otherwise travel with every rerun (0.9 MB, issue 14).
if st.toggle(ctx.t("map.table", n=number(len(listing), ctx.lang)), key="m_table"):
    table = maps.map_table(
        listing, measure, ctx.lang,
        before=queries.scores_in_year(level, from_year).set_index("code")[measure] if change else None,
        theme_values=(queries.indicator_values(maps.THEME_LAYERS[measure]["indicator"], level)
                      .set_index("code")["value"] if thematic else None),
        lens_values=regions.deviation_in(level, year, lens) if lens else None,
        lens_words=ctx.t("map.table.lens", lens=ctx.t(f"map.lens.{lens}")) if lens else None)
    ui.table(styled(table, ctx.lang, default_places=1 if thematic else 3, signed=() if thematic else tuple(table)),
                 hide_index=True, key="map_table")
if len(listing) <= MAX_LISTED:
    names = {c: f"{n} ({g or ''})".replace(" ()", "") for c, n, g in
             zip(listing["code"], listing["name"], listing["gemeente_name"])}
    choice = st.selectbox(ctx.t("map.open"), [None, *sorted(names, key=names.get)], key="m_open",
                          format_func=lambda c: "—" if c is None else names[c])
    if choice:
        st.page_link("views/buurt.py", label=names[choice], icon=":material/location_on:",
                     query_params={"area": choice})
elif not ctx.present:
    st.caption(ctx.t("map.filter_to_list", n=MAX_LISTED))


def map_csv() -> bytes:
    """Built only when someone clicks download: 12,000 rows need not travel on every rerun."""
    out = listing.copy()
    if from_year is not None:
        before = queries.scores_in_year(level, from_year).set_index("code")[measure]
        out[f"{measure}_{from_year}"] = out["code"].map(before)
        out["change"] = out[measure] - out[f"{measure}_{from_year}"]
    if thematic:
        values = queries.indicator_values(maps.THEME_LAYERS[measure]["indicator"], level)
        out[measure] = out["code"].map(values.set_index("code")["value"])
    if lens:
        out[f"afw_minus_{lens}_mean"] = out["code"].map(regions.deviation_in(level, year, lens))
    return csv_bytes(out, ctx.lang)  # as the reader's Excel opens it


st.download_button(ctx.t("map.download"), map_csv, f"kaart_{level}_{measure}_{year}.csv", "text/csv",
                   key="dl_map", on_click="ignore", help=ctx.t("ui.csv_help"))
