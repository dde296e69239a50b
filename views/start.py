"""Start: who goes where, and the national picture in three numbers."""
import streamlit as st

import pandas as pd

from core import charts, inequality, queries, weighting
from core.format import number, percent, styled
from core.groups import GROUPS
from core.inequality import weak_share_by
from core.scale import WEAK_CLASS
from core.web import play, ui

ctx = ui.setup("start")
latest_year = max(queries.years_of("buurt"))

st.title(ctx.t("app.title"))
st.markdown(ctx.t("start.lead"))

cards = st.columns(3)
for col, who, page, icon in (
    (cards[0], "citizen", "views/buurt.py", ":material/location_on:"),
    (cards[1], "policy", "views/vergelijk.py", ":material/bar_chart:"),
    (cards[2], "presenter", "views/kaart.py", ":material/map:"),
):
    with col.container(border=True):
        st.subheader(ctx.t(f"start.{who}.title"))
        st.write(ctx.t(f"start.{who}.body"))
        st.page_link(page, label=ctx.t({"citizen": "nav.buurt", "policy": "nav.vergelijk",
                                        "presenter": "nav.kaart"}[who]), icon=icon)

st.header(ctx.t("start.national.title"))
by_class = queries.households_by_class("buurt", latest_year)
weak = by_class[by_class["klasse"] <= WEAK_CLASS]
m1, m2, m3 = st.columns(3)
m1.metric(ctx.t("start.weak_households"), number(weak["households"].sum(), ctx.lang))
m2.metric(ctx.t("start.buurten_scored"), number(by_class["areas"].sum(), ctx.lang))
m3.metric(ctx.t("start.pc4_years"), len(queries.years_of("pc4")))
st.caption(ctx.t("start.grid_note"))
ui.source_caption(ctx, by_class, derived=ctx.t("start.weak_derived"))

# ------------------------------------------------------------------ the national picture
st.header(ctx.t("nat.title"))
hh, inh = weak["households"].sum(), weak["inhabitants"].sum()
st.markdown(ctx.t("nat.weak_line", hh=number(hh, ctx.lang), inh=number(inh, ctx.lang),
                  pct=percent(hh / by_class["households"].sum(), ctx.lang)))
ui.chart(ui.exhibit(), charts.class_bars(by_class, ctx.lang, ctx.palette, ctx.t("nat.classes.chart"),
                                           ctx.t("nat.classes.subtitle"), ui.source_text(ctx, by_class),
                                           narrow=ui.screen() == "phone"),
         key="nat_classes")

# The national trend plays through its years (core.web.play): only the chart reruns while it plays.
trend = weighting.derived_trend()
trend_years = [int(y) for y in trend["year"]]
# "nt" (national trend): "t_" is Thema's prefix, and session keys outlive a page.
timeline = play.Play("nt", trend_years, st.session_state.get("nt_year", trend_years[-1]),
                     lambda y: st.session_state.update(nt_year=y))
timeline.buttons(ctx.t)


@st.fragment(run_every=timeline.tick_every)
def the_trend() -> None:
    shown = timeline.year()
    ui.chart(st, charts.national_trend(
        trend, ctx.lang, ctx.t("nat.trend.chart"), ctx.t(f"nat.trend.subtitle.{trend['source'].iloc[0]}"),
        ui.trend_footer(ctx, trend), upto=shown), key="nat_trend")


the_trend()
distribution = queries.class_distribution("pc4")
ui.chart(st, charts.class_distribution(
    distribution, ctx.lang, ctx.palette, ctx.t("nat.dist.chart"), ctx.t("nat.dist.subtitle"),
    ui.source_text(ctx, distribution)), key="nat_dist")

buurten = queries.level_scores("buurt", latest_year)
groups = 100 * weak_share_by(buurten, "city_group").reindex(list(GROUPS))
provinces = 100 * weak_share_by(buurten, "province_name").sort_values(ascending=False)
labels = [ctx.t(f"group.{g}") for g in groups.index] + list(provinces.index)
ui.chart(st, charts.share_bars(labels, list(groups.values) + list(provinces.values), ctx.lang,
                                  ctx.t("nat.groups.chart"), ctx.t("nat.groups.subtitle"),
                                  ui.source_text(ctx, by_class), highlight=3), key="nat_groups")

st.subheader(ctx.t("nat.top.title"))
spread = inequality.spread_in(latest_year).sort_values("weak_households", ascending=False).head(10)
names = dict(zip(buurten["gemeente_code"], buurten["gemeente_name"]))
ui.table(styled(pd.DataFrame({
    ctx.t("col.name"): spread["gemeente_code"].map(names),
    ctx.t("col.weak_households"): spread["weak_households"].round(0).astype(int),
    ctx.t("col.weak_share"): (100 * spread["weak_share"]).round(1),
}), ctx.lang, places={ctx.t("col.weak_share"): 1}, percent_of=(ctx.t("col.weak_share"),)), hide_index=True)
ui.source_caption(ctx, buurten)
