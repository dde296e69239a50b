"""Mijn buurt: find an area, see its class, why, how it compares and how it changed."""
import streamlit as st

from core import (charts, compare, escape, few_households, map_labels, maps, provenance, queries, regions, search,
                  weighting)
from core.decompose import change_between, composition
from core.format import decimal, number, percent, styled
from core.scale import DIMENSIONS, PALETTES, ClassScale, class_label, legend_labels
from core.search import Candidate, closest_codes, find, why_text, wijk_of
from core.exports import exhibits
from core.exports.map_images import MapPicture
from core.web import ui, url_state

ctx = ui.setup("buurt")
index = search.search_index()
labels = search.area_labels(ctx.lang)
url, problems = url_state.read("buurt", ctx.lang, handled_by_page=("area",))


def on_query() -> None:
    """Enter in the box: a new question, so the area shown before is no answer to it; the run
    that follows searches (the same way a ?q= link does)."""
    text = (st.session_state.get("buurt_q") or "").strip()
    url_state.set_value("area", None)
    url_state.set_value("q", text or None)
    st.session_state.pop("buurt_found", None)


def choose(code: str, keep_question: bool = False) -> None:
    url_state.set_value("area", code)
    if not keep_question:
        url_state.set_value("q", None)
        st.session_state["buurt_q"] = ""


def candidate_buttons(candidates: list[Candidate], key: str) -> None:
    """The candidates as a list of buttons, each with why it is offered (keyboard: Tab, Enter)."""
    for c in candidates:
        why = why_text(index, c, ctx.lang)
        label = escape.markdown(labels.get(c.code, c.code)) + (f" · {escape.markdown(why)}" if why else "")
        st.button(label, key=f"{key}-{c.code}", on_click=choose, args=(c.code,), width="stretch")


st.title(ctx.t("buurt.title"))
if url["q"] and "buurt_q" not in st.session_state:  # a ?q= link shows its question in the box
    st.session_state["buurt_q"] = url["q"]
st.text_input(ctx.t("buurt.search"), key="buurt_q", placeholder=ctx.t("buurt.placeholder"), on_change=on_query,
              max_chars=100)

code = url["area"]
question = url["q"]
if question:
    result = find(index, question)
    if result.postcode:
        # A full postcode is placed by its postcode area, no closer: its buurten, largest share first.
        st.info(ctx.t("buurt.postcode.note", postcode=result.postcode, pc4=result.postcode_area.removeprefix("PC4-")),
                icon=":material/pin_drop:")
        options = [c.code for c in result.candidates]
        code = code if code in options else result.open
        if options:
            # The language is in the key: the options' words change with it, and a keyed radio whose
            # words changed showed no choice, then fell back to the first buurt (the stranger's walk).
            pick_key = f"buurt_pc_{result.postcode_area}_{ctx.lang}"
            st.radio(ctx.t("buurt.postcode.pick", postcode=result.postcode), options, index=options.index(code),
                     key=pick_key, on_change=lambda k=pick_key: choose(st.session_state[k], keep_question=True),
                     format_func=lambda c: labels.get(c, c) + (f" · {why_text(index, next(x for x in result.candidates if x.code == c), ctx.lang)}"
                                                              if c.startswith("BU") else " · " + ctx.t("buurt.postcode.own_series")))
    elif code is None and result.open:
        code = result.open
        best = result.candidates[0]
        if best.why in ("alias", "place", "region", "spelling", "contains"):
            # A sentence, not a fragment: what was typed, and why this area answers it.
            typed, name = escape.markdown(question, 60), escape.markdown(index.info[code]["name"], 80)
            found = (ctx.t("buurt.found.spelling", query=typed, name=name) if best.why == "spelling" else
                     ctx.t("buurt.found", query=typed, why=escape.markdown(why_text(index, best, ctx.lang))))
            st.session_state["buurt_found"] = (code, found)
        url_state.set_value("q", None)  # the clear answer replaces the question in the link
    elif code is None:
        if result.candidates:
            st.markdown(ctx.t("buurt.candidates", query=escape.markdown(question, 60)))
            candidate_buttons(result.candidates, "pick")
        else:
            st.warning(ctx.t("buurt.no_match", query=escape.markdown(question, 60)), icon=":material/search_off:")
        ui.stop_page()
    else:
        url_state.set_value("q", None)  # an area was picked: it answers the question

# The area in the URL, validated.
raw = next((p.raw for p in problems if p.name == "area"), code)
if raw and (code is None or code not in labels):
    st.warning(ctx.t("buurt.unknown_area", code=escape.markdown(raw, 40)), icon=":material/warning:")
    near = find(index, raw, limit=6).candidates or [Candidate(c, "", "code", 0) for c in closest_codes(index, raw)]
    if near:
        st.write(ctx.t("buurt.closest"))
        candidate_buttons(near, "near")
    code = None
if code is None:
    st.markdown(ctx.t("buurt.intro"))
    ui.stop_page()
found = st.session_state.get("buurt_found")
if found and found[0] == code:
    st.caption(found[1])

# ------------------------------------------------------------------ the area
area = queries.area(code)
scores = queries.scores_of(code)
latest = scores.iloc[-1]
year, level = int(latest["year"]), area["level"]
klasse = int(latest["klasse"])
name = area["name"] if level != "pc4" else f"{area['name']} ({area['gemeente_name'] or ''})".replace(" ()", "")
total_scale = ClassScale(tuple(queries.class_boundaries("total")))

st.header(name)
st.caption(ctx.t("buurt.level_line" + (".gemeente" if level == "gemeente" else ""),
                 level=ctx.t(f"level.{level}").capitalize(), gemeente=area["gemeente_name"] or "?",
                 province=area["province_name"] or "?"))
st.markdown(charts.class_badge_html(klasse, ctx.lang, ctx.palette), unsafe_allow_html=True)
share_lower = queries.share_below(level, year, float(latest["afw"]))
# Never "better than 100%": the best area is better than almost all others, the worst than almost none.
pct = (ctx.t("buurt.pct.none") if share_lower < 0.005 else ctx.t("buurt.pct.all") if share_lower > 0.995
       else ctx.t("buurt.pct.share", pct=min(99, max(1, round(100 * share_lower)))))
st.markdown(ctx.t("buurt.sentence", year=year, name=name, label=class_label(klasse, ctx.lang), pct=pct, k=klasse,
                  levels=ctx.t(f"buurt.levels.{level}"),
                  many=ctx.t("buurt.sentence.many_high", levels=ctx.t(f"buurt.levels.{level}"))
                  if klasse >= 5 and share_lower < 0.5 else ""))
if level != "gemeente" and few_households.is_few(area.get("households")):  # shaky score (core.few_households)
    hh = area.get("households")
    st.warning(ctx.t("buurt.few", hh=number(hh, ctx.lang)) if hh and hh == hh and hh >= 1
               else ctx.t("buurt.few.none"), icon=":material/info:")
newest = max(queries.years_of("buurt"))
if year < newest:  # wijken and postcode areas end earlier than buurten: say so, or the year looks like a slip
    st.caption(ctx.t("buurt.last_year", year=year, levels=ctx.t(f"buurt.levels.{level}"), newest=newest))
st.caption(ctx.t("buurt.caveat"))
# The raw deviation needs a plain reading: 0 is the 2002 reference, not today's average.
reading_level = level if level in ("buurt", *queries.SERIES_LEVELS) else "buurt"
nl_now = weighting.level_mean(reading_level, year)["afw"]
afw_now = float(latest["afw"])
first_national = weighting.derived_trend().iloc[0]  # the household-weighted national mean of the first year
st.caption(ctx.t("buurt.reading", nl=decimal(nl_now, ctx.lang, 3, signed=True), year=year,
                 nl_first=decimal(float(first_national["afw"]), ctx.lang, 3, signed=True), first=int(first_national["year"]),
                 levels=ctx.t(f"buurt.levels.{reading_level}"), name=name, afw=decimal(afw_now, ctx.lang, 3, signed=True),
                 # within 0.005 (a tenth of a class width or less) counts as about as high
                 compared=ctx.t("buurt.reading.higher") if afw_now > nl_now + 0.005 else
                 ctx.t("buurt.reading.lower") if afw_now < nl_now - 0.005 else ctx.t("buurt.reading.equal")))

source_ids = provenance.scores(level)

# One part of the profile at a time (issue 32): the page drew every chart, the map and the
# indicators on every run although a reader looks at one; the choice is in the URL, so a shared
# link opens the same part. The map's library is fetched only when the map is asked for.
SECTIONS = ("score", "trend", "map", "living")
section = st.segmented_control(ctx.t("buurt.section"), SECTIONS, default=url["section"], key="b_section",
                               format_func=lambda s: ctx.t(f"buurt.section.{s}")) or url["section"]
url_state.keep("buurt", {"area": code, "q": question if question and find(index, question).postcode else None,
                         "section": section})


def score_part() -> None:
    """Why this score (the dimensions), and how it compares with its gemeente, the country and its region."""
    with ui.exhibit():  # in presenter mode: right under the title
        st.subheader(ctx.t("buurt.why.title"))
        contrib = composition(latest)
        if all(v is None for v in contrib.values()):
            st.info(ctx.t("buurt.why.none"))
        else:
            left, right = st.columns([3, 2], gap="large")
            ui.chart(left, charts.waterfall(
                contrib, float(latest["afw"]), ctx.lang, ctx.palette,
                ctx.t("buurt.why.chart", name=name, year=year), ctx.t("buurt.why.subtitle"),
                ui.source_text(ctx, source_ids)), key="waterfall")
            known = {d: v for d, v in contrib.items() if v is not None}
            best, worst = max(known, key=known.get), min(known, key=known.get)
            right.markdown(ctx.t("buurt.strongest", best=ctx.t(f"dim.{best}"), worst=ctx.t(f"dim.{worst}")))
            right.markdown("**" + ctx.t("buurt.dims.title") + "**")
            for d in DIMENSIONS:
                k = latest.get(f"k_{d}")
                words = class_label(int(k), ctx.lang, dimension=True) if k == k and k is not None else "–"
                right.markdown(f"- **{ctx.t(f'dim.{d}')}** ({words}): {ctx.t(f'dimdesc.{d}')}")


    st.subheader(ctx.t("buurt.compare.title"))
    rows = [{"label": name, **{c: latest.get(c) for c in ("afw", *DIMENSIONS)}}]
    derived_notes = []
    if level == "buurt":
        gm_scores = queries.scores_of(area["gemeente_code"])
        if not gm_scores.empty:
            rows.append({"label": area["gemeente_name"], **gm_scores.iloc[-1][["afw", *DIMENSIONS]].to_dict()})
    elif level in queries.SERIES_LEVELS and area["gemeente_code"]:
        # No official gemeente score in 2022: the household-weighted mean of its areas of this level.
        rows.append({"label": area["gemeente_name"], **weighting.level_mean(level, year, area["gemeente_code"])})
        derived_notes.append(ctx.t(f"buurt.compare.gm_derived.{level}"))
    nl_level = level if level in queries.SERIES_LEVELS else "buurt"
    rows.append({"label": ctx.t("level.nl"), **weighting.level_mean(nl_level, year)})
    derived_notes.append(ctx.t("buurt.compare.nl_derived" + (".wijk" if nl_level == "wijk" else ""),
                               levels=ctx.t(f"buurt.levels.{nl_level}")))
    others = ", ".join(r["label"] for r in rows[1:])
    ui.chart(st, charts.comparison(
        rows, ctx.lang, ctx.t("buurt.compare.chart", name=name, others=others, year=year),
        ctx.t("buurt.compare.subtitle"),
        ui.source_text(ctx, source_ids, derived="; ".join(derived_notes))),
        key="compare")

    # Where it stands in its own region (issue 31: the Leefbaarometer's regional magnifier).
    place = regions.standing(level, year, code)
    if place:
        st.markdown(ctx.t("buurt.region.sentence", region=escape.markdown(place["region"]), name=escape.markdown(name),
                          pct=percent(min(0.99, max(0.01, place["share_below"])), ctx.lang, 0), others=number(place["areas"] - 1, ctx.lang),
                          levels=ctx.t(f"buurt.levels.{level}"),
                          direction=ctx.t("buurt.region.above" if place["deviation"] >= 0 else "buurt.region.below"),
                          dev=decimal(abs(place["deviation"]), ctx.lang, 3)))
        st.page_link("views/kaart.py", label=ctx.t("buurt.region.map"), icon=":material/map:",
                     query_params={"level": level, "lens": "corop", "lang": ctx.lang,
                                  **({"pv": area["province_name"]} if area.get("province_name") else {}),
                                  **({"year": str(year)} if level in queries.SERIES_LEVELS else {})})
        st.caption(ui.source_text(ctx, provenance.lens_map_of(level), derived=ctx.t("buurt.region.derived")))



def living_part() -> None:
    """Health, heat and green, school advice: other sources about the same area (no cause implied)."""
    # ------------------------------------------------------------------ health (RIVM estimate, 2022)
    HEALTH = "health_good_2022"
    indicator_source = queries.indicator_catalogue().set_index("indicator")["source_id"]
    if level in ("buurt", "wijk", "gemeente"):
        here = queries.indicator_value(HEALTH, code)
        in_gemeente = (queries.indicator_value(HEALTH, area["gemeente_code"])
                       if level != "gemeente" and area["gemeente_code"] else None)
        national = queries.indicator_value(HEALTH, "NL01")
        st.subheader(ctx.t("buurt.health.title"))
        if here is None and in_gemeente is not None:
            # No estimate under this 2024 code (a small buurt, or a code RIVM's 2022 file does not
            # know, as for every Amsterdam buurt): the gemeente's, said to be the gemeente's.
            cover = queries.indicator_coverage_in(HEALTH, area["gemeente_code"], level)
            st.markdown(ctx.t("buurt.health.none_gemeente", name=name, gemeente=area["gemeente_name"],
                              value=decimal(in_gemeente, ctx.lang, 0), missing=number(cover["areas"] - cover["with_value"], ctx.lang),
                              buurten=number(cover["areas"], ctx.lang),
                              all=ctx.t("buurt.health.all_recoded") if cover["with_value"] == 0 else "",
                              national=decimal(national, ctx.lang, 0) if national is not None else "–"))
        elif here is None:
            st.write(ctx.t("buurt.health.none", name=name))
        else:
            gm_part = (ctx.t("buurt.health.gemeente", gemeente=area["gemeente_name"], value=decimal(in_gemeente, ctx.lang, 0))
                       if in_gemeente is not None else "")
            st.markdown(ctx.t("buurt.health.sentence", name=name, value=decimal(here, ctx.lang, 0), gemeente=gm_part,
                              national=decimal(national, ctx.lang, 0) if national is not None else "–"))
        st.caption(ctx.t("buurt.health.caveat") + " " + ui.source_text(ctx, provenance.indicator(indicator_source[HEALTH])))

    # ------------------------------------------------------------------ heat and green (model, 2012), school advice
    heat = queries.indicator_row("heat_island_heatwave", code) if level in ("buurt", "wijk", "gemeente") else None
    if heat is not None:
        green = queries.indicator_row("green_percent", code)
        st.subheader(ctx.t("buurt.heat.title"))
        st.markdown(ctx.t("buurt.heat.sentence", name=name, value=decimal(heat["value"], ctx.lang, 1),
                          pct=min(99, max(1, round(100 * heat["share_below"]))), levels=ctx.t(f"buurt.levels.{level}"),
                          green=decimal(green["value"], ctx.lang, 0) if green else "–"))
        st.caption(ctx.t("buurt.heat.caveat") + " " + ui.source_text(ctx, provenance.indicator(indicator_source["heat_island_heatwave"])))
    # A buurt: the schools of the postcode area its centre lies in ("nearby schools").
    advice_code = code if level in ("pc4", "gemeente") else area["pc4"] if level == "buurt" else None
    advice_place = name if advice_code == code else ctx.t("buurt.advice.pc4", pc4=str(advice_code).removeprefix("PC4-"))
    mix = {ind: queries.indicator_row(ind, advice_code)
           for ind in ("advice_vwo", "advice_havo_vwo", "advice_vmbo_bk_pro")} if advice_code else {}
    if mix and all(mix.values()):
        st.subheader(ctx.t("buurt.advice.title"))
        st.markdown(ctx.t("buurt.advice.sentence", name=advice_place, vwo=decimal(mix["advice_vwo"]["value"], ctx.lang, 0),
                          havo=decimal(mix["advice_havo_vwo"]["value"], ctx.lang, 0),
                          vmbo=decimal(mix["advice_vmbo_bk_pro"]["value"], ctx.lang, 0),
                          pupils=number(mix["advice_vwo"]["n_pupils"], ctx.lang),
                          schools=number(mix["advice_vwo"]["n_schools"], ctx.lang),
                          national=decimal(queries.indicator_value("advice_vwo", "NL01"), ctx.lang, 1)))
        st.caption(ctx.t("buurt.advice.caveat") + " " + ui.source_text(ctx, provenance.indicator(indicator_source["advice_vwo"])))



def trend_part() -> None:
    """The area's line through the years beside the country's, and what changed between two years."""
    st.subheader(ctx.t("buurt.trend.title"))
    # Which series: an area's own (PC4, wijk); a buurt's wijk, exact by code, or where the wijk
    # code changed since 2022 the postcode area it lies in; a gemeente's official-wijk trend.
    series_code, series_name, series_sources = code, name, source_ids
    series_derived = ""
    if level == "buurt":
        if area.get("wijk"):
            series_code, series_sources = area["wijk"], provenance.scores("wijk")
            wijk_name = labels.get(series_code, series_code)
            st.info(ctx.t("buurt.trend.from_wijk", wijk=wijk_name))
            series_name = queries.area(series_code)["name"]
        else:
            series_code, series_sources = area["pc4"], provenance.scores("pc4")
            if series_code:
                reused = queries.wijk_identity(wijk_of(code))  # the code names another area now
                if reused is not None and not reused["same"]:
                    st.info(ctx.t("buurt.trend.reused_code", pc4=series_code.removeprefix("PC4-"), wijk=wijk_of(code),
                                  name_2022=reused["name_2022"], name_2024=reused["name_2024"],
                                  inh_2022=number(reused["inhabitants_2022"], ctx.lang),
                                  inh_2024=number(reused["inhabitants_2024"], ctx.lang)))
                else:
                    st.info(ctx.t("buurt.trend.other_area", pc4=series_code.removeprefix("PC4-"), wijk=wijk_of(code)))
                series_name = series_code.removeprefix("PC4-")
        series = queries.scores_of(series_code) if series_code else None
    elif level == "gemeente":
        series = weighting.derived_trend((code,))
        source = series["source"].iloc[0] if len(series) else "wijk"
        lowest = float(series["coverage"].min()) if len(series) else float("nan")
        st.info(ctx.t(f"buurt.trend.gemeente_derived.{source}" + ("_full" if source == "wijk" and lowest >= 0.995 else ""),
                      coverage=percent(lowest, ctx.lang, 0) if len(series) else "–"))
        series_sources = provenance.of(series)
        series_derived = "; " + ctx.t(f"method.{source}_weights")
    else:
        series = scores
    if series is None or series.empty:
        st.write(ctx.t("buurt.trend.none"))
    else:
        if level == "buurt" and series["klasse"].notna().any():
            # The buurt's 2024 class and the last class of the larger area's line shown for it.
            last_row = series.dropna(subset=["klasse"]).iloc[-1]
            if int(last_row["klasse"]) != klasse:
                shown_as = ctx.t("buurt.trend.series.wijk" if series_code.startswith("WK") else "buurt.trend.series.pc4",
                                 name=series_name)
                st.markdown(ctx.t("buurt.trend.class_differs", year=year, name=name, label_now=class_label(klasse, ctx.lang),
                                  last=int(last_row["year"]), label_series=class_label(int(last_row["klasse"]), ctx.lang),
                                  series=shown_as))
        bounds = queries.class_boundaries("total")
        lines = [{"label": series_name, "years": series["year"].tolist(), "values": series["afw"].tolist()}]
        national = weighting.derived_trend()
        national_source = national["source"].iloc[0] if len(national) else "wijk"
        lines.append({"label": ctx.t("level.nl"), "years": national["year"].tolist(),
                      "values": national["afw"].tolist()})
        first, last = int(series["year"].min()), int(series["year"].max())
        national_ids = provenance.of(national)
        ui.chart(ui.exhibit(), charts.trend(
            lines, bounds, ctx.lang, ctx.palette,
            ctx.t("buurt.trend.chart", name=series_name, first=first, last=last), ctx.t("buurt.trend.subtitle"),
            ui.source_text(ctx, list(dict.fromkeys(series_sources + national_ids)),
                           derived=ctx.t(f"buurt.trend.nl_line.{national_source}") + series_derived)),
            key="trend")

        # What changed between two years, split by dimension.
        st.subheader(ctx.t("buurt.change.title"))
        years = [int(y) for y in series["year"]]
        with_dims = [int(y) for y, v in zip(series["year"], series["fys"]) if v == v and v is not None]
        default_from = with_dims[0] if with_dims else years[0]
        c1, c2 = st.columns(2)
        y_from = c1.selectbox(ctx.t("buurt.change.from"), years, index=years.index(default_from), key="from")
        y_to = c2.selectbox(ctx.t("buurt.change.to"), years, index=len(years) - 1, key="to")
        if y_from == y_to:
            st.info(ctx.t("buurt.change.same_year"))
        else:
            a, b = sorted((y_from, y_to))
            change = change_between(series, a, b)
            direction = ctx.t("buurt.change.up" if change["total"] > 0 else
                              "buurt.change.down" if change["total"] < 0 else "buurt.change.flat")
            if change["driver"]:
                st.markdown(ctx.t("buurt.change.driver", a=a, b=b, direction=direction,
                                  delta=charts.fmt(change["total"]), dim=ctx.t(f"dim.{change['driver']}"),
                                  dim_delta=charts.fmt(change["dimensions"][change["driver"]])))
                ui.chart(st, charts.change_bars(
                    change, ctx.lang, ctx.palette, ctx.t("buurt.change.chart", name=series_name, a=a, b=b),
                    ctx.t("buurt.change.subtitle"), ui.source_text(ctx, series_sources)),
                    key="change")
            else:
                st.markdown(ctx.t("buurt.change.no_dims", a=a, b=b, direction=direction,
                                  delta=charts.fmt(change["total"])))



def map_part() -> None:
    """The area among its neighbours, named, with the same figures as a table."""
    st.subheader(ctx.t("buurt.map.title"))
    if area["min_lon"] is None or area["min_lon"] != area["min_lon"]:
        reused = queries.wijk_identity(code) if level == "wijk" else None
        if reused is not None and not reused["same"]:  # its code names another area in 2024
            st.info(ctx.t("buurt.map.no_outline.reused", name_2024=reused["name_2024"],
                          inh_2024=number(reused["inhabitants_2024"], ctx.lang),
                          inh_2022=number(reused["inhabitants_2022"], ctx.lang)))
        else:
            st.info(ctx.t("buurt.map.no_outline"))  # a wijk of the 2022 division that no 2024 buurt carries
    else:
        around = queries.neighbourhood(code)
        collection = maps.feature_collection(around, ctx.palette, ctx.lang, selected=code)
        zoom = maps.zoom_for(area["min_lon"], area["min_lat"], area["max_lon"], area["max_lat"], px=200)
        centre = ((area["min_lon"] + area["max_lon"]) / 2, (area["min_lat"] + area["max_lat"]) / 2)
        # The neighbours are named (issue 31); this area's name first, then the biggest that fit.
        named = around.assign(weight=around["households"].fillna(0) + around["is_selected"] * 1e12)
        view = {"longitude": centre[0], "latitude": centre[1], "zoom": zoom}
        with ui.exhibit():  # in presenter mode: right under the title
            st.pydeck_chart(maps.with_names(maps.area_map(collection, centre, zoom),
                                            map_labels.text_layer(map_labels.thinned(named, view, 700, 460)), height=460),
                            key="map", height=460)
            st.markdown(maps.legend_html(legend_labels("total", ctx.lang), list(PALETTES[ctx.palette]),
                                         no_score=ctx.t("map.no_score")), unsafe_allow_html=True)
        with st.expander(ctx.t("buurt.map.table"), icon=":material/table:"):
            table = maps.map_table(around, "afw", ctx.lang)
            ui.table(styled(table, ctx.lang, signed=tuple(table)), hide_index=True, key="map_table")
        map_source = ui.source_text(ctx, provenance.map_of(level))
        st.caption(ctx.t("buurt.map.caption", year=year)
                   + (" " + ctx.t("buurt.map.by_name", code=area["outline_from"]) if area.get("outline_source") == "name" else "")
                   + " " + map_source)
        # A queued view of this part gets the map on its slide (the other parts offer their first chart):
        # the area outlined, the source; not the caption, which speaks of hovering.
        exhibits.offer_map(lambda: MapPicture(
            collection, list(zip(legend_labels("total", ctx.lang), PALETTES[ctx.palette])),
            {"type": "FeatureCollection", "features": [f for f in collection["features"]
                                                       if f["properties"]["code"] == code]},
            title=f"{name}: {ctx.t('buurt.map.title').lower()}", subtitle=str(year), source=map_source))



{"score": score_part, "trend": trend_part, "map": map_part, "living": living_part}[section]()

# ------------------------------------------------------------------ the gemeente's profile, as PDF
profile_code = code if level == "gemeente" else area.get("gemeente_code")
if not ctx.present and profile_code and profile_code in set(compare.gemeenten_in(year if level in ("buurt", "gemeente") else
                                                            max(queries.years_of("buurt")))["code"]):
    st.subheader(ctx.t("profile.section"))
    st.markdown(ctx.t("profile.intro"))
    if level != "gemeente":
        st.caption(ctx.t("profile.of_gemeente", name=area["gemeente_name"]))
    ui.gemeente_profile_downloads(ctx, profile_code, key="buurt_profile_pdf")
