"""Signalen: risers and fallers, persistent pressure and early warning, for any period and region."""
import pandas as pd
import streamlit as st

from core import charts, escape, few_households, map_views, maps, provenance, published, queries, signals
from core.few_households import FEW_HOUSEHOLDS
from core.format import decimal, number, score, styled
from core.scale import DIMENSIONS, PALETTES, WEAK_CLASS, class_label, hex_to_rgb
from core.signals import DEFAULT_M, DEFAULT_N, UNDER_PRESSURE_CLASS
from core.exports import exhibits
from core.exports.map_images import MapPicture
from core.web import ui, url_state

ctx = ui.setup("signalen")
st.title(ctx.t("sig.title"))
st.markdown(ctx.t("sig.intro"))
st.caption(ctx.t("ui.no_cause"))

# Both series (postcode areas, official wijken) cover 2002–2022 and every gemeente; the URL's
# years and regions are checked against the PC4 series, then the chosen level's series is read.
series_all = queries.series("pc4")
years = sorted(int(y) for y in series_all["year"].unique())

# ------------------------------------------------------------------ parameters (URL first)
gemeenten = series_all.drop_duplicates("gemeente_code").dropna(subset=["gemeente_code"])
gm_names = dict(zip(gemeenten["gemeente_code"], gemeenten["gemeente_name"]))
provinces = sorted(series_all["province_name"].dropna().unique())
defaults = {"from": queries.years_with_dimensions("pc4")[0], "to": years[-1]}
url, _ = url_state.read("signalen", ctx.lang, allowed={"from": years, "to": years, "gm": gm_names, "pv": provinces},
                        defaults=defaults)
y_from, y_to, min_change, relative = url["from"], url["to"], url["min_change"], url["ref"] == "nat"
level = st.segmented_control(ctx.t("sig.level"), ["pc4", "wijk"], default=url["level"], key="s_level",
                             format_func=lambda lv: ctx.t(f"sig.level.{lv}"), help=ctx.t("sig.level_help")) or url["level"]
if level != "pc4":
    series_all = queries.series(level)
    years = sorted(int(y) for y in series_all["year"].unique())
if y_from >= y_to:
    st.warning(ctx.t("sig.bad_years"))
    y_from, y_to = defaults["from"], defaults["to"]
region = url["gm"] or url["pv"]

def last_step() -> None:
    st.session_state.update(s_from=years[-2], s_to=years[-1])


c1, c2, c3, c4 = st.columns([1, 1, 1.2, 2])
y_from = c1.selectbox(ctx.t("sig.from"), years[:-1], index=years[:-1].index(y_from), key="s_from")
to_options = [y for y in years if y > y_from]
y_to = c2.selectbox(ctx.t("sig.to"), to_options, key="s_to",
                    index=to_options.index(y_to) if y_to in to_options else len(to_options) - 1)
bounds = queries.class_boundaries("total")
widths = [b - a for a, b in zip(bounds, bounds[1:])]  # the seven closed classes 2–8 of the total score
# A choice of thresholds written as the reader writes numbers (a number box shows "0.040" on a
# Dutch page); a value from a link that is not among them is added.
thresholds = sorted({round(x / 100, 2) for x in range(1, 11)} | {round(float(min_change), 4)})
min_change = c3.select_slider(ctx.t("sig.min_change"), thresholds, value=round(float(min_change), 4), key="s_min",
                              format_func=lambda v: decimal(v, ctx.lang, 2 if round(v, 2) == v else 3),
                              help=ctx.t("sig.min_change_help", widths=f"{decimal(min(widths), ctx.lang, 2)}–"
                                                                      f"{decimal(max(widths), ctx.lang, 2)}"))
regions = [None, *provinces, *sorted(gm_names, key=gm_names.get)]
region = c4.selectbox(ctx.t("sig.region"), regions, index=regions.index(region) if region in regions else 0,
                      key="s_region", format_func=lambda r: ctx.t("map.everything") if r is None else gm_names.get(r, r))
st.button(ctx.t("sig.last_step"), on_click=last_step)
include_few = st.toggle(ctx.t("sig.few", n=FEW_HOUSEHOLDS), value=url["few"] == "1", key="s_few",
                        help=ctx.t("sig.few_help", n=FEW_HOUSEHOLDS))
# One signal at a time (issue 32): the page drew all three, with their tables, charts and published
# figures, on every run, although a reader reads one; the choice is in the URL, so a link opens it.
SECTIONS = ("rf", "up", "ew")
section = st.segmented_control(ctx.t("sig.section"), SECTIONS, default=url["section"], key="s_section",
                               format_func=lambda s: ctx.t(f"sig.{s}.title")) or url["section"]
# How change is measured applies to risers and fallers only (early warning has its own switch):
# shown there, and kept in the link while another signal is on screen.
if section == "rf":
    reference = st.radio(ctx.t("sig.reference"), ["nat", "abs"], index=0 if relative else 1, key="s_ref",
                         horizontal=True, format_func=lambda r: ctx.t(f"sig.reference.{r}"),
                         help=ctx.t("sig.reference_help"))
else:
    reference = url["ref"]
relative = reference == "nat"

url_state.keep("signalen", {"level": level, "from": y_from, "to": y_to, "min_change": min_change, "ref": reference,
                            "gm": region if region in gm_names else None,
                            "pv": region if region and region not in gm_names else None,
                            "few": "1" if include_few else None, "section": section}, defaults)

info = series_all.drop_duplicates("code").set_index("code")
outlines = map_views.area_outlines(level, years[-1])
provinces_outline = map_views.province_collection()
palette = PALETTES[ctx.palette]
weights = ctx.t(f"method.{level}_weights")
footer = ui.source_text(ctx, series_all, derived=weights)
weight_year = provenance.households_year(level)  # CBS households behind each series
areas_word = ctx.t(f"sig.level.{level}")
area_col = ctx.t("sig.col.area" if level == "pc4" else "sig.col.area.wijk")


def with_names(df: pd.DataFrame) -> pd.DataFrame:
    label = df["code"].str.removeprefix("PC4-") if level == "pc4" else df["code"].map(info["name"]).fillna(df["code"])
    return df.assign(postcode=label, gemeente=df["code"].map(info["gemeente_name"]).fillna("–"))


def left_out(frame: pd.DataFrame) -> None:
    """Say which areas a signal leaves out for their few households (core.few_households)."""
    if len(frame):
        named = with_names(frame)
        names = (named["postcode"] + " (" + named["gemeente"] + ")").tolist() if level == "pc4" else named["postcode"].tolist()
        st.caption(ctx.plural("sig.few_left_out", len(frame), n_hh=FEW_HOUSEHOLDS,
                              names=escape.markdown(", ".join(map(str, names)))))


def dim_name(d) -> str:
    return ctx.t(f"dim.{d}") if isinstance(d, str) else "–"


def change_table(df: pd.DataFrame, extra: dict | None = None):
    """The risers/fallers or early-warning table, its changes signed and in the reader's number format."""
    frame = pd.DataFrame({
        area_col: df["postcode"], ctx.t("col.name"): df["gemeente"],
        ctx.t("sig.col.from"): df["class_from"].map(lambda k: f"{k} {class_label(k, ctx.lang)}"),
        ctx.t("sig.col.to"): df["class_to"].map(lambda k: f"{k} {class_label(k, ctx.lang)}"),
        ctx.t("sig.col.change"): df["change"].round(3),
        ctx.t("sig.col.driver"): df["driver"].map(dim_name),
        **{ctx.t(f"dim.{d}"): df[f"d_{d}"].round(3) for d in DIMENSIONS},
        **(extra or {}),
    })
    changes = (ctx.t("sig.col.change"), ctx.t("sig.col.relative"), *(ctx.t(f"dim.{d}") for d in DIMENSIONS))
    return styled(frame, ctx.lang, signed=tuple(c for c in changes if c in frame.columns))


def as_shown(table, df: pd.DataFrame, **extra) -> pd.DataFrame:
    """A signal's table for its CSV as the page shows it (headers in the reader's language,
    rounded as shown), each area's code first: the CSV had the internal names (year_from, d_fys)
    and 17 decimals (a stranger's walk)."""
    frame = table.data.copy()
    frame.insert(0, ctx.t("col.code"), df["code"].to_numpy())
    for name, values in extra.items():
        frame.insert(1, name, values)
    return frame


def show_map(codes_colours: dict, labels: dict, key: str, title: str, legend: list[tuple[str, str]],
             period: str | None = None) -> bool:
    """The chosen signal's areas on a map (one map per view, issue 14), in presenter mode right under
    the title, with its source under it; True if it was drawn (the page then repeats no source)."""
    period = period or f"{y_from}–{y_to}"
    # A wijk of the 2002–2022 series may have no outline on today's map (divided or renamed since):
    # it is named under the map, and a map with nothing to show is not drawn as a blank field.
    unmapped = sorted(set(codes_colours) - set(outlines["code"]))
    codes_colours = {c: v for c, v in codes_colours.items() if c not in unmapped}
    if unmapped:
        names = info["name"].reindex(unmapped).fillna(pd.Series(unmapped, index=unmapped))
        message = ctx.plural("sig.map_unmapped", len(unmapped), names=escape.markdown(", ".join(names)))
        (st.caption if codes_colours else st.info)(message)
    if codes_colours:
        deck = map_views.signal_deck(
            level, years[-1], tuple((c, tuple(rgba), labels.get(c, "")) for c, rgba in codes_colours.items()),
            ctx.lang, ui.screen(), bool(region))
        with ui.exhibit():  # in presenter mode right under the title, with its legend (it had none)
            st.markdown(f"**{title}** · {period} · " + escape.markdown(
                gm_names.get(region, region) if region else ctx.t("map.netherlands")))
            st.pydeck_chart(deck, key=key, height=deck.height)
            st.markdown(maps.legend_html([w for w, _ in legend], [c for _, c in legend], numbered=False),
                        unsafe_allow_html=True)
            st.caption(footer)
        exhibits.offer_map(lambda: MapPicture(
            deck.collection, legend, provinces_outline, title=title,
            subtitle=f"{period} · " + (gm_names.get(region, region) if region else ctx.t("map.netherlands")),
            source=footer,
            outline_areas=True, extra={"national": not region}))  # the whole country, not just the marked areas
    return bool(codes_colours)


def rows_high(n: int, most: int) -> int:
    """A table's height for n rows, at most `most` px: a one-row table had a block of empty rows."""
    return min(most, 35 * (n + 1) + 3)


def risers_and_fallers() -> bool:
    st.header(ctx.t("sig.rf.title"))
    st.markdown(ctx.t("sig.rf.definition", a=y_from, b=y_to, min=decimal(min_change, ctx.lang, 2 if round(min_change, 2) == min_change else 3), areas=areas_word,
                      ref=ctx.t("sig.rf.ref_nat" if relative else "sig.rf.ref_abs")))
    rf, rf_left = few_households.split(signals.risers_and_fallers_in(region, y_from, y_to, min_change, WEAK_CLASS,
                                                                      relative, level=level), include_few)
    rf = with_names(rf)
    left_out(rf_left)
    up_rows, down_rows = rf[rf["direction"] == "riser"], rf[rf["direction"] == "faller"]
    m1, m2, m3 = st.columns(3)
    m1.metric(ctx.t("sig.risers"), number(len(up_rows), ctx.lang),
              help=ctx.t("sig.households_help", hh=number(up_rows["households"].sum(), ctx.lang, -1), year=weight_year))
    m2.metric(ctx.t("sig.fallers"), number(len(down_rows), ctx.lang),
              help=ctx.t("sig.households_help", hh=number(down_rows["households"].sum(), ctx.lang, -1), year=weight_year))
    m3.metric(ctx.t("sig.national_change"), score(signals.national_change_in(y_from, y_to, level), ctx.lang), help=weights)
    st.markdown(ctx.t("sig.rf.households", risers=number(up_rows["households"].sum(), ctx.lang, -2),
                      fallers=number(down_rows["households"].sum(), ctx.lang, -2), year=weight_year))
    drawn = False
    if rf.empty:
        st.info(ctx.t("sig.none"))
    else:
        table = change_table(rf, {ctx.t("sig.col.relative"): rf["relative_change"].round(3),
                                  ctx.t("col.households_est"): rf["households"].round(0).astype(int)})
        ui.table(table, hide_index=True, height=rows_high(len(rf), 320), key="rf_table")
        rgb = {"riser": hex_to_rgb(palette[7]) + [240], "faller": hex_to_rgb(palette[1]) + [240]}
        drawn = show_map({c: rgb[d] for c, d in zip(rf["code"], rf["direction"])},
                         {c: f"{ctx.t('sig.risers' if d == 'riser' else 'sig.fallers')} ({score(ch, ctx.lang)})"
                          for c, d, ch in zip(rf["code"], rf["direction"], rf["relative_change" if relative else "change"])},
                         "rf_map", ctx.t("sig.rf.title"),
                         # the legend names only what the map shows (it listed fallers where there were none)
                         [(ctx.t(f"sig.{d}s"), palette[c]) for d, c in (("riser", 7), ("faller", 1))
                          if (rf["direction"] == d).any()])
        ui.csv_download(ctx, as_shown(table, rf, **{ctx.t("sig.col.direction"): rf["direction"].map(
            lambda d: ctx.t(f"sig.dir.{d}")).to_numpy()}), f"stijgers_dalers_{y_from}_{y_to}.csv", key="dl_rf")
    periods = signals.counts_per_period_in(region, min_change, WEAK_CLASS, relative, level=level)
    ui.chart(st, charts.risers_fallers_bars(
        periods, ctx.lang, ctx.palette, ctx.t("sig.periods.chart"), ctx.t("sig.periods.subtitle"),
        footer), key="periods")
    with st.container(border=True):
        st.markdown("**" + ctx.t("pub.beside.title") + "**")
        letter_rf = {lv: {(a, b): signals.risers_and_fallers_in(None, a, b, min_change, WEAK_CLASS, relative,
                                                level=lv)
                          if a in years and b in years else None for a, b, *_ in published.LETTER_RISERS_FALLERS}
                     for lv in ("pc4", "wijk")}
        st.table(published.beside_signals({}, ctx.lang, by_level=letter_rf).set_index(ctx.t("rec.col.topic")))
        st.caption(ctx.t("pub.rf.why") + " " + ctx.t("pub.wijk_note") + (" " + ctx.t("pub.national_only") if region else ""))
    return drawn


def under_pressure() -> bool:
    st.header(ctx.t("sig.up.title"))
    u1, u2, u3 = st.columns(3)
    max_class = u1.selectbox(ctx.t("sig.up.class"), [3, 4], index=[3, 4].index(UNDER_PRESSURE_CLASS), key="s_pclass",
                             format_func=lambda k: ctx.t("sig.up.class_or_lower", label=class_label(k, ctx.lang)))
    m = u3.slider(ctx.t("sig.up.m"), 2, len(years), DEFAULT_M, key="s_m")
    n = u2.slider(ctx.t("sig.up.n"), 1, m, min(DEFAULT_N, m), key="s_n")
    st.markdown(ctx.t("sig.up.definition", n=n, m=m, years=", ".join(map(str, years[-m:])), areas=areas_word,
                      areas_lower=areas_word.lower() if ctx.lang == "nl" else areas_word,
                      label=class_label(max_class, ctx.lang)))
    up, up_left = few_households.split(signals.under_pressure_in(region, n, m, max_class, level=level), include_few)
    up = with_names(up)
    left_out(up_left)
    p1, p2, p3 = st.columns(3)
    p1.metric(ctx.t("sig.up.areas" if level == "pc4" else "sig.up.areas.wijk"), number(len(up), ctx.lang))
    p2.metric(ctx.t("col.households_est"), number(up["households"].sum(), ctx.lang, -3))
    p3.metric(ctx.t("sig.up.gemeenten"), number(up["gemeente"].nunique() if len(up) else 0, ctx.lang))
    drawn = False
    if up.empty:
        st.info(ctx.t("sig.none"))
    else:
        table = styled(pd.DataFrame({
            area_col: up["postcode"], ctx.t("col.name"): up["gemeente"],
            ctx.t("sig.col.weak_years", label=class_label(max_class, ctx.lang)): up["weak_of_last"].astype(str) + f"/{m}",
            ctx.t("sig.col.run"): up["longest_run"], ctx.t("sig.col.depth"): up["mean_afw_weak"].round(3),
            ctx.t("sig.col.lowest"): up["lowest_class"].map(lambda k: f"{k} {class_label(k, ctx.lang)}"),
            ctx.t("sig.col.weakest"): up["weakest_dimension"].map(dim_name),
            ctx.t("col.households_est"): up["households"].round(0).astype(int),
        }), ctx.lang, signed=(ctx.t("sig.col.depth"),))
        ui.table(table, hide_index=True, height=rows_high(len(up), 320), key="up_table")
        per_gm = (up.groupby("gemeente").agg(areas=("code", "size"), households=("households", "sum"))
                  .sort_values("households", ascending=False).reset_index())
        st.markdown("**" + ctx.t("sig.up.per_gemeente") + "**")
        ui.table(styled(pd.DataFrame({ctx.t("col.name"): per_gm["gemeente"], ctx.t("col.areas"): per_gm["areas"],
                                          ctx.t("col.households_est"): per_gm["households"].round(0).astype(int)}),
                            ctx.lang), hide_index=True, height=rows_high(len(per_gm), 240), key="up_gm")
        drawn = show_map({c: hex_to_rgb(palette[1]) + [240] for c in up["code"]},
                         {c: f"{w}/{m}" for c, w in zip(up["code"], up["weak_of_last"])}, "up_map", ctx.t("sig.up.title"),
                         [(ctx.t("sig.up.areas" if level == "pc4" else "sig.up.areas.wijk"), palette[1])],
                         period=f"{years[-m]}–{years[-1]}")  # the last m measurements, not the chosen period
        ui.csv_download(ctx, as_shown(table, up), "structureel_onder_druk.csv", key="dl_up")
    national_up = {lv: signals.under_pressure_in(None, n, m, max_class, level=lv) for lv in ("pc4", "wijk")}
    with st.container(border=True):
        st.markdown("**" + ctx.t("pub.beside.title") + "**")
        st.table(published.beside_pressure(
            0, 0, 0.0, {"label": class_label(max_class, ctx.lang), "n": n, "years": ", ".join(map(str, years[-m:]))},
            ctx.lang, by_level={lv: (len(f), f["gemeente_code"].nunique() if len(f) else 0, float(f["households"].sum()))
                                for lv, f in national_up.items()}).set_index(ctx.t("rec.col.topic")))
        st.caption(ctx.t("pub.up.why") + " " + ctx.t("pub.wijk_note") + (" " + ctx.t("pub.national_only") if region else ""))
    return drawn


def early_warning() -> bool:
    st.header(ctx.t("sig.ew.title"))
    ew_relative = st.toggle(ctx.t("sig.ew.relative"), key="s_rel")
    ew, ew_left = few_households.split(signals.early_warning_in(region, y_from, y_to, min_change, ew_relative, level=level),
                                       include_few)
    ew = with_names(ew)
    left_out(ew_left)
    nat = signals.national_change_in(y_from, y_to, level)
    st.markdown(ctx.t("sig.ew.definition", a=y_from, b=y_to, min=decimal(min_change, ctx.lang, 2 if round(min_change, 2) == min_change else 3), areas=areas_word,
                      rel=ctx.t("sig.ew.rel_text", nat=score(nat, ctx.lang)) if ew_relative else ""))
    drawn = False
    if ew.empty:
        st.info(ctx.t("sig.none"))
    else:
        table = change_table(ew, {ctx.t("sig.col.relative"): ew["relative_change"].round(3)})
        ui.table(table, hide_index=True, height=rows_high(len(ew), 320), key="ew_table")
        drawn = show_map({c: hex_to_rgb(palette[3]) + [240] for c in ew["code"]},
                         {c: score(ch, ctx.lang) for c, ch in zip(ew["code"], ew["change"])}, "ew_map",
                         ctx.t("sig.ew.title"), [(ctx.t("sig.ew.title"), palette[3])])
        ui.csv_download(ctx, as_shown(table, ew), f"vroegsignalering_{y_from}_{y_to}.csv", key="dl_ew")
    return drawn


if not {"rf": risers_and_fallers, "up": under_pressure, "ew": early_warning}[section]():  # the one the reader chose
    st.caption(footer)  # the source, where no map carried it
