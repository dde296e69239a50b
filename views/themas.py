"""Thema's: a statistic next to liveability, with the correlation, its interval, and the honest join."""
import numpy as np
import pandas as pd
import streamlit as st

from core import charts, escape, published, queries, search, themes
from core.format import decimal, number, percent
from core.format import unit as format_unit
from core.search import wijk_of
from core.stats import summary
from core.themes import join, mean_per_class, merged_territory, missing_by_gemeente, weak_to_best_ratio
from core.upload import UploadError, parse
from core.web import ui, url_state
from core.web.params import MEASURES

ctx = ui.setup("themas")
st.title(ctx.t("themes.title"))
st.markdown(ctx.t("themes.intro"))
st.warning(ctx.t("themes.no_cause"), icon=":material/info:")

catalogue = queries.indicator_catalogue()
latest_year = max(queries.years_of("buurt"))
theme_choices = list(dict.fromkeys(catalogue["theme"])) + ["upload"]

# ------------------------------------------------------------------ choice (URL: ind, level, measure)
all_levels = sorted({lv for levels in catalogue["levels"] for lv in levels.split(",")})
url, _ = url_state.read("themas", ctx.lang, allowed={"ind": catalogue["indicator"], "level": all_levels})
ind_param = url["ind"]
theme_default = (catalogue.set_index("indicator").loc[ind_param, "theme"] if ind_param
                 else "crime" if "crime" in theme_choices else theme_choices[0])
c1, c2, c3, c4 = st.columns([1.2, 2, 1, 1.3])
theme = c1.selectbox(ctx.t("themes.theme"), theme_choices, index=theme_choices.index(theme_default), key="t_theme",
                     format_func=lambda th: ctx.t(f"theme.{th}"))
measure = c4.selectbox(ctx.t("themes.measure"), MEASURES, index=MEASURES.index(url["measure"]), key="t_measure",
                       format_func=lambda m: ctx.t(f"dim.{m}"))
label_col = "label_nl" if ctx.lang == "nl" else "label_en"

values = None
if theme == "upload":
    url_state.keep("themas", {"ind": None, "level": None, "measure": measure})
    st.subheader(ctx.t("themes.upload.title"))
    st.caption(ctx.t("themes.upload.help"))
    upload = st.file_uploader(ctx.t("themes.upload.label"), type=["csv", "txt"], key="t_upload")
    if upload is not None:
        known = set(search.search_index().info)
        known |= {wijk_of(c) for c in known if c.startswith("BU")}
        try:
            values, report = parse(upload.getvalue(), known)
        except UploadError as exc:
            # Column names, codes and parser messages come from the visitor's file: text, never markup.
            st.error(ctx.t(exc.key, **{k: escape.markdown(v, 200) for k, v in exc.details.items()}),
                     icon=":material/error:")
        else:
            st.success(ctx.t("themes.upload.ok", n=len(values), level=ctx.t(f"level.{report['level']}")))
            if report["unknown"]:
                shown = ", ".join(report["unknown"][:15]) + (" …" if len(report["unknown"]) > 15 else "")
                st.warning(ctx.t("themes.upload.unknown", n=len(report["unknown"]), codes=escape.markdown(shown, 400)))
            level, unit, x_label = report["level"], "", ctx.t("themes.upload.title")
            # The file's name is the visitor's text: escaped for each place it is shown.
            source_md, source_fig, indicator_year = escape.markdown(upload.name, 60), escape.plotly(upload.name[:60]), "—"
            note = ""
    if values is None:
        ui.stop_page()
else:
    options = catalogue[catalogue["theme"] == theme]
    ids = options["indicator"].tolist()
    # Two indicators with one name (perceived health in 2020 and in 2022) carry their year.
    names = dict(zip(options["indicator"], options[label_col]))
    twice = {n for n in names.values() if list(names.values()).count(n) > 1}
    names = {i: f"{n} ({y})" if n in twice else n for (i, n), y in zip(names.items(), options["year"])}
    ind = c2.selectbox(ctx.t("themes.indicator"), ids, index=ids.index(ind_param) if ind_param in ids else 0,
                       key="t_ind", format_func=names.get)
    meta = options.set_index("indicator").loc[ind]
    levels = meta["levels"].split(",")
    level = url["level"] or levels[0]
    if level not in levels:
        # Only a link someone opened deserves the message; a level this page wrote itself for the
        # previous indicator (buurt, then a gemeente-only theme) just moves to one that exists.
        if level != st.session_state.get("t_written_level"):
            url_state.warn("level", level, ctx.lang, ctx.t("ui.choose_from", options=", ".join(levels)))
        level = levels[0]
    level = c3.selectbox(ctx.t("themes.level"), levels, index=levels.index(level), key="t_level",
                         format_func=lambda lv: ctx.t(f"level.{lv}"))
    values = queries.indicator_values(ind, level)
    unit = format_unit(meta["unit"], ctx.lang)  # named once: "per 1.000 inwoners (per 1.000)" said it twice
    x_label = meta[label_col] if str(unit) in str(meta[label_col]) else f"{meta[label_col]} ({unit})"
    source_md = source_fig = ui.source_names(ctx, [meta["source_id"]])
    indicator_year = meta["year"]
    note = meta["note_nl" if ctx.lang == "nl" else "note_en"]
    url_state.keep("themas", {"ind": ind, "level": level, "measure": measure})
    st.session_state["t_written_level"] = level

# ------------------------------------------------------------------ the join
# Every level against its own latest official scores: wijken 2022 (the official wijk series),
# postcode areas 2022, buurten and gemeenten 2024.
score_year = max(queries.years_of(level))
scores = queries.level_scores(level, score_year)
if level == "pc4":
    scores = scores.assign(name=scores["code"].str.removeprefix("PC4-"))
joined, unmatched = join(values, scores)
class_col = "klasse"
if measure != "afw":
    from core.scale import DIMENSION_SCALE
    class_col = f"k_{measure}"
    joined[class_col] = joined[measure].map(DIMENSION_SCALE.classify)
lbm_text = ui.source_names(ctx, scores)
st.caption(ctx.t("themes.source", source=source_md, year=indicator_year, lbm=lbm_text) + (f" {note}" if note else ""))
st.markdown(ctx.t("themes.matched", matched=number(len(joined), ctx.lang), total=number(len(values), ctx.lang)))
if theme != "upload":
    cover = queries.indicator_coverage().set_index(["indicator", "level"]).loc[(ind, level)]
    st.caption(ctx.t("themes.covered", joined=number(cover["joined"], ctx.lang), areas=number(cover["areas"], ctx.lang),
                     levels=ctx.t(f"buurt.levels.{level}"), year=score_year,
                     share=percent(cover["area_share"], ctx.lang)))
gm_names = queries.level_scores("gemeente", latest_year).set_index("code")["name"]
lost = missing_by_gemeente(unmatched, values)
if len(lost):
    st.warning(ctx.t("themes.missing_gemeenten", list=", ".join(
        f"{gm_names.get(r['gemeente_code']) or ctx.t('themes.former_gemeente', code=r['gemeente_code'])}"
        f" ({r['missing']} {ctx.t(f'buurt.levels.{level}')})"
        for r in lost.head(12).to_dict("records"))), icon=":material/link_off:")
if level == "gemeente" and str(indicator_year)[:4] < str(latest_year):
    grown = merged_territory(joined["code"], queries.gemeente_mergers())
    if len(grown):
        st.info(ctx.t("themes.merged_territory", year=indicator_year, list=", ".join(
            f"{gm_names.get(r['new_code'], r['new_code'])} (+ {r['old_name']}, {r['merged_between']})"
            for r in grown.to_dict("records"))), icon=":material/merge:")
if unmatched:
    with st.expander(ctx.t("themes.unmatched", n=len(unmatched))):
        st.write(escape.markdown(", ".join(unmatched[:500]) + (" …" if len(unmatched) > 500 else "")))
if "n_pupils" in values and values["n_pupils"].notna().any():
    behind = values[values["code"].isin(set(joined["code"]))]
    st.caption(ctx.t("themes.pupils", pupils=number(behind["n_pupils"].sum(), ctx.lang),
                     schools=number(behind["n_schools"].sum(), ctx.lang)))
if len(joined) < 5:
    st.info(ctx.t("themes.too_few"))
    ui.stop_page()

# ------------------------------------------------------------------ statistics and charts
stats = summary(joined["value"], joined[measure])


def f(x: float) -> str:
    return decimal(None if x != x else x, ctx.lang, 2, signed=True)


st.markdown(ctx.t("themes.stats", r=f(stats["pearson"]), lo=f(stats["pearson_lo"]), hi=f(stats["pearson_hi"]),
                  rho=f(stats["spearman"]), rlo=f(stats["spearman_lo"]), rhi=f(stats["spearman_hi"]), n=number(stats["n"], ctx.lang)))
if theme == "upload" or level == "pc4":  # names from the upload's own join, or postcode numbers
    names = dict(zip(joined["code"], joined["name"] + " (" + joined["gemeente_name"].fillna("") + ")"))
    in_order = sorted(names, key=names.get)
else:  # shared by every session (issue 15): a copy per session cost 1.6 MB while it idled
    names, ordered = search.area_names(level, score_year)
    in_order = list(np.asarray(ordered, dtype=object)[pd.Index(ordered).isin(joined["code"])])
highlight = st.multiselect(ctx.t("themes.highlight"), in_order, format_func=names.get,
                           key="t_highlight", max_selections=20, placeholder=ctx.t("themes.highlight"))
positive = bool((joined["value"] > 0).all())
log_x = st.checkbox(ctx.t("themes.log"), value=positive and joined["value"].max() > 20 * joined["value"].median(),
                    disabled=not positive, key="t_log")
measure_name = ctx.t(f"dim.{measure}").lower() if ctx.lang == "nl" else ctx.t(f"dim.{measure}")
# The indicator (from the catalogue, or the reader's own upload) and the scores it is set beside.
source_line = ui.source_text(ctx, scores, named=(f"{source_fig} ({indicator_year})",)) + ". " + ctx.t("ui.no_cause")
per_class = mean_per_class(joined, class_col)
ends = weak_to_best_ratio(joined, class_col)
if ends["ratio"] == ends["ratio"]:
    st.markdown(ctx.t("themes.ratio", levels=ctx.t(f"buurt.levels.{level}"),
                      weak=f"{decimal(ends['weak'], ctx.lang, 1)} {unit}".strip(),
                      best=f"{decimal(ends['best'], ctx.lang, 1)} {unit}".strip(),
                      ratio=decimal(ends["ratio"], ctx.lang, 1)))
ui.chart(ui.exhibit(), charts.class_means(
    per_class, unit, ctx.lang, ctx.palette, ctx.t("themes.bars", indicator=x_label),
    ctx.t("themes.bars_sub" if per_class["weighted"].all() else "themes.bars_sub_unweighted"), source_line,
    measure != "afw"), key="class_means")
if theme != "upload" and measure == "afw":
    letter, title = [], ""
    if theme == "health" and level == "buurt":
        letter, title = published.health_rows({ind: ends}, ctx.lang, only=ind), "themes.letter"
    elif level in ("buurt", "pc4"):
        pupils = {ind: themes.class_ends(ind, level, "pupils")} if ind.startswith("advice_") else None
        letter, title = published.direction_rows({ind: ends}, {ind: unit}, ctx.lang, only=ind, profiles={ind: per_class},
                                                 by_pupils=pupils), "themes.letter2024"
    if letter:
        with st.container(border=True):
            st.markdown("**" + ctx.t(title) + "**")
            st.table(pd.DataFrame(letter).set_index(ctx.t("rec.col.topic")))
ui.chart(st, charts.scatter(
    joined, measure, class_col, x_label, ctx.lang, ctx.palette, (stats["slope"], stats["intercept"]), highlight,
    ctx.t("themes.scatter", indicator=x_label, measure=measure_name),
    ctx.t("themes.scatter_sub", level=ctx.t(f"level.{level}")), source_line, measure != "afw", log_x), key="scatter")
ui.csv_download(ctx, joined[["code", "name", "gemeente_name", "value", measure, class_col]], "thema_koppeling.csv",
                key="dl_theme")
