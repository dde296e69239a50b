"""About the data: every source with publisher, year, licence and rows, read from the database."""
import pandas as pd
import streamlit as st

from core import inequality, provenance, published, queries, signals, themes, weighting
from core.format import decimal, number, percent, styled, when
from core.scale import DIMENSIONS, PALETTES, WEAK_CLASS, ClassScale, class_label
from core.signals import DEFAULT_M, DEFAULT_MIN_CHANGE, DEFAULT_N, DEFAULT_RELATIVE, UNDER_PRESSURE_CLASS
from core.themes import MIN_JOIN_SHARE, MIN_JOINED
from core.web import ui, url_state

ctx = ui.setup("over")
latest_year = max(queries.years_of("buurt"))
st.title(ctx.t("over.title"))
url, _ = url_state.read("over", ctx.lang)
# One part at a time (issue 32): eleven tables and the letters' figures on every run, although a
# reader looks up one thing; the choice is in the URL, so a link opens the same part. The
# accessibility statement stays under every part.
SECTIONS = ("about", "sources", "wijk", "letters")
section = st.segmented_control(ctx.t("over.section"), SECTIONS, default=url["section"], key="o_section",
                               format_func=lambda s: ctx.t(f"over.section.{s}")) or url["section"]
url_state.keep("over", {"section": section})


def about_part() -> None:
    """What the Leefbaarometer measures, what it is not, its dimensions and classes."""
    st.subheader(ctx.t("over.what.title"))
    st.markdown(ctx.t("over.what.body"))
    st.subheader(ctx.t("over.isnot.title"))
    st.info(ctx.t("over.isnot.body"), icon=":material/info:")

    st.subheader(ctx.t("over.dimensions.title"))
    for dim in DIMENSIONS:
        st.markdown(f"- **{ctx.t(f'dim.{dim}')}**: {ctx.t(f'dimdesc.{dim}')}")

    st.subheader(ctx.t("over.classes.title"))
    bounds = queries.class_boundaries("total")
    colours = PALETTES[ctx.palette]
    rows = []
    for k in range(1, 10):
        lower, upper = ClassScale(tuple(bounds)).band(k)
        rows.append({ctx.t("col.class"): f"{k} · {class_label(k, ctx.lang)}",
                     ctx.t("col.from"): "–" if lower is None else decimal(lower, ctx.lang, 4),
                     ctx.t("col.to"): "–" if upper is None else decimal(upper, ctx.lang, 4), "colour": colours[k - 1]})
    classes = pd.DataFrame(rows)
    ui.table(
        classes.style.apply(lambda r: [f"background-color: {r['colour']}" if c == "colour" else "" for c in r.index],
                            axis=1),
        hide_index=True, column_config={"colour": st.column_config.TextColumn(ctx.t("ui.palette"))},
    )
    st.caption(ctx.t("over.classes.caption"))



def sources_part() -> None:
    """Every source with publisher, year, licence and rows; what each level and indicator covers."""
    st.subheader(ctx.t("over.sources.title"))
    src = queries.sources(ctx.lang)
    table = pd.DataFrame({
        ctx.t("col.source"): src["title"], ctx.t("col.publisher"): src["publisher"],
        ctx.t("col.year"): src["year"], ctx.t("col.licence"): src["licence"],
        ctx.t("col.rows"): src["rows"], ctx.t("col.file"): src["path"], ctx.t("col.via"): src["via"],
        "SHA-256": src["sha256"].str.slice(0, 12),
    })
    ui.table(styled(table, ctx.lang, years=(ctx.t("col.year"),)), hide_index=True)
    st.caption(ctx.t("over.sources.caption"))

    st.subheader(ctx.t("over.coverage.title"))
    cov = queries.coverage()
    ui.table(styled(pd.DataFrame({
        ctx.t("col.level"): cov["level"].map(lambda lv: ctx.t(f"level.{lv}")),
        ctx.t("col.edition"): cov["edition"], ctx.t("col.first"): cov["first_year"],
        ctx.t("col.last"): cov["last_year"], ctx.t("col.years"): cov["years"],
        ctx.t("col.areas"): cov["areas"], ctx.t("col.rows"): cov["rows"],
    }), ctx.lang, years=(ctx.t("col.first"), ctx.t("col.last"))), hide_index=True)
    st.caption(ctx.t("over.build", built_at=when(info.get("built_at"), ctx.lang),
                     seconds=decimal(float(info.get("build_seconds", "nan")), ctx.lang, 0)))


    st.subheader(ctx.t("over.coverage_ind.title"))
    ind_cov = queries.indicator_coverage()
    ind_cov = ind_cov[ind_cov["level"] != "nl"]
    ui.table(styled(pd.DataFrame({
        ctx.t("col.indicator"): ind_cov["label_nl" if ctx.lang == "nl" else "label_en"] + " (" + ind_cov["year"] + ")",
        ctx.t("col.level"): ind_cov["level"].map(lambda lv: ctx.t(f"level.{lv}")),
        ctx.t("col.values"): ind_cov["values"], ctx.t("col.joined"): ind_cov["joined"],
        ctx.t("col.joined_share"): (100 * ind_cov["share"]).round(1),
        ctx.t("col.areas_covered"): (100 * ind_cov["area_share"]).round(1),
        ctx.t("col.offered"): ind_cov["offered"].map({True: ctx.t("ui.yes"), False: ctx.t("ui.no")}),
    }), ctx.lang), hide_index=True)
    st.caption(ctx.t("over.coverage_ind.caption", share=round(100 * MIN_JOIN_SHARE), n=MIN_JOINED))



def wijk_part() -> None:
    """The official wijk series, wijk codes that name another area, and what search knows."""
    # ------------------------------------------------------------------ the wijk series and its links
    st.subheader(ctx.t("over.wijk.title"))
    wijk_counts = {key: number(int(info.get(f"wijk_{name}", "0")), ctx.lang) for key, name in (
        ("total", "total"), ("latest", "latest"), ("buurten", "by_buurten"), ("same", "same_code"),
        ("merger", "by_merger"), ("none", "no_gemeente"), ("outline", "with_outline"), ("households", "with_households"),
        ("by_name", "outline_by_name"))}
    st.markdown(ctx.t("over.wijk.body", reference=decimal(float(info.get("wijk_reference", "nan")), ctx.lang, 6),
                      **wijk_counts))
    compared = weighting.derivations_by_gemeente()
    if len(compared):
        gm_names = queries.level_scores("gemeente", latest_year).set_index("code")["name"]
        over_class = int((compared["max_abs_diff"] > 0.0392).sum())
        st.markdown(ctx.t("over.wijk.compare", n=len(compared), median=decimal(compared["mean_abs_diff"].median(), ctx.lang),
                          worst=decimal(compared["max_abs_diff"].max(), ctx.lang), over=over_class))
        top = compared.head(10)
        ui.table(styled(pd.DataFrame({
            ctx.t("col.name"): top["gemeente_code"].map(gm_names).fillna(top["gemeente_code"]),
            ctx.t("over.wijk.col.mean"): top["mean_abs_diff"].round(3), ctx.t("over.wijk.col.max"): top["max_abs_diff"].round(3),
            ctx.t("over.wijk.col.year"): top["worst_year"], ctx.t("over.wijk.col.sign"): top["worst_diff"].round(3),
        }), ctx.lang, signed=(ctx.t("over.wijk.col.sign"),), years=(ctx.t("over.wijk.col.year"),)), hide_index=True,
            key="wijk_compare")
        ui.source_caption(ctx, provenance.trend(["wijk", "pc4"]),
                          derived=ctx.t("method.wijk_weights") + "; " + ctx.t("method.pc4_weights"))
    not_same = queries.wijk_codes_not_same()
    st.markdown(ctx.t("over.wijk.identity", shared=number(int(info.get("wijk_codes_shared", "0")), ctx.lang),
                      same=number(int(info.get("wijk_codes_shared", "0")) - len(not_same), ctx.lang),
                      failing=number(len(not_same), ctx.lang)))
    with st.expander(ctx.t("over.wijk.identity.list", n=len(not_same))):
        ui.table(styled(pd.DataFrame({
            ctx.t("col.code"): not_same["code"], ctx.t("col.gemeente"): not_same["gemeente_name"],
            ctx.t("over.wijk.col.name_2022"): not_same["name_2022"], ctx.t("over.wijk.col.name_2024"): not_same["name_2024"],
            ctx.t("over.wijk.col.inh_2022"): not_same["inhabitants_2022"],
            ctx.t("over.wijk.col.inh_2024"): not_same["inhabitants_2024"],
            ctx.t("over.wijk.col.reason"): not_same["reason"].map(lambda r: ctx.t(f"over.wijk.reason.{r}")),
        }), ctx.lang), hide_index=True, key="wijk_identity")
    missing = queries.wijken_without_outline()
    with st.expander(ctx.t("over.wijk.missing", n=len(missing))):
        ui.table(styled(pd.DataFrame({
            ctx.t("col.code"): missing["code"], ctx.t("col.name"): missing["name"],
            ctx.t("col.gemeente"): missing["gemeente_name"],
            ctx.t("over.wijk.col.link"): missing["gemeente_link"].map(lambda k: ctx.t(f"over.wijk.link.{k}")),
        }), ctx.lang), hide_index=True, key="wijk_missing")

    with st.expander(ctx.t("over.aliases.title")):  # what search knows besides the official names (issue 28)
        aliases = queries.aliases()
        gm_names_now = queries.level_scores("gemeente", latest_year).set_index("code")["name"]
        st.markdown(ctx.t("over.aliases.body", places=number(len(queries.places()), ctx.lang)))
        ui.table(styled(pd.DataFrame({
            ctx.t("over.aliases.col.alias"): aliases["alias"],
            ctx.t("col.gemeente"): aliases["gemeente_code"].map(gm_names_now),
            ctx.t("over.aliases.col.source"): aliases["source" if ctx.lang == "nl" else "source_en"],
        }), ctx.lang), hide_index=True, key="aliases")



def letters_part() -> None:
    """Our figures beside those of the ministry's letters, with why they differ."""
    # ------------------------------------------------------------------ beside the letters
    st.subheader(ctx.t("rec.title"))
    st.markdown(ctx.t("rec.intro"))
    by_class = queries.households_by_class("buurt", latest_year)
    buurten = queries.level_scores("buurt", latest_year)
    spread = inequality.spread_in(latest_year)
    pressure = signals.under_pressure_in(None, DEFAULT_N, DEFAULT_M, UNDER_PRESSURE_CLASS)
    wijk_pressure = signals.under_pressure_in(None, DEFAULT_N, DEFAULT_M, UNDER_PRESSURE_CLASS, level="wijk")
    series_years = set(weighting.derived_trend()["year"])
    letter_rf, wijk_rf = ({(a, b): signals.risers_and_fallers_in(None, a, b, DEFAULT_MIN_CHANGE, WEAK_CLASS,
                                                  DEFAULT_RELATIVE, level=lv)
                            if a in series_years and b in series_years else None
                            for a, b, *_ in published.LETTER_RISERS_FALLERS} for lv in ("pc4", "wijk"))
    catalogue = queries.indicator_catalogue().set_index("indicator")
    offered = {ind: levels.split(",") for ind, levels in catalogue["levels"].items()}
    health = {item["indicator"]: themes.class_ends(item["indicator"], "buurt") for item in published.LETTER_HEALTH
              if "buurt" in offered.get(item["indicator"], [])}
    directions = {item["indicator"]: themes.class_ends(item["indicator"], "buurt" if "buurt" in offered[item["indicator"]]
                                                        else "pc4")
              for item in published.LETTER_DIRECTIONS if item["indicator"] in offered}
    theme_levels = {ind: "buurt" if "buurt" in offered[ind] else "pc4" for ind in directions}
    profiles = {ind: themes.class_profile(ind, lv) for ind, lv in theme_levels.items()}
    by_pupils = {ind: themes.class_ends(ind, lv, "pupils") for ind, lv in theme_levels.items() if ind.startswith("advice_")}
    units = {ind: catalogue.loc[ind, "unit"] for ind in directions}
    st.table(published.reconciliation(
        weak_households=float(by_class.loc[by_class["klasse"] <= WEAK_CLASS, "households"].sum()),
        pressure=(len(pressure), pressure["gemeente_code"].nunique(), float(pressure["households"].sum()),
                  {"label": class_label(UNDER_PRESSURE_CLASS, ctx.lang), "n": DEFAULT_N,
                   "years": ", ".join(map(str, sorted(series_years)[-DEFAULT_M:]))}),
        risers_fallers=letter_rf, g4_ranks=published.g4_spread_ranks(spread),
        g4_ranks_step=published.g4_spread_ranks(spread, "iqr_step"), profiles=profiles, by_pupils=by_pupils,
        g4_names=dict(zip(buurten["gemeente_code"], buurten["gemeente_name"])), trend=weighting.derived_trend(),
        health=health, lang=ctx.lang, themes=directions, units=units,
        wijk_pressure=(len(wijk_pressure), wijk_pressure["gemeente_code"].nunique(), float(wijk_pressure["households"].sum()),
                       {"label": class_label(UNDER_PRESSURE_CLASS, ctx.lang), "n": DEFAULT_N,
                        "years": ", ".join(map(str, sorted(series_years)[-DEFAULT_M:]))}),
        wijk_risers_fallers=wijk_rf).set_index(ctx.t("rec.col.topic")))
    buurt_hh, pc4_hh = float(info.get("households_buurt_total", "nan")), float(info.get("households_pc4_total", "nan"))
    st.caption(ctx.t("rec.weights", buurt=number(buurt_hh, ctx.lang), pc4=number(pc4_hh, ctx.lang),
                     diff=percent((pc4_hh - buurt_hh) / buurt_hh, ctx.lang, 2), none=info.get("pc4_without_households", "?"))
               + " " + ctx.t("ui.derived") + ": " + ctx.t("method.pc4_weights") + ".")


info = queries.build_info()
{"about": about_part, "sources": sources_part, "wijk": wijk_part, "letters": letters_part}[section]()

# ------------------------------------------------------------------ accessibility statement
st.subheader(ctx.t("over.a11y.title"))
st.markdown(ctx.t("over.a11y.body"))
