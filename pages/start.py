"""Start: who goes where, and the national picture in three numbers."""
import streamlit as st

from core import queries, ui
from core.scale import WEAK_CLASS

ctx = ui.setup("start")

st.title(ctx.t("app.title"))
st.markdown(ctx.t("start.lead"))

cards = st.columns(3)
for col, who, page, icon in (
    (cards[0], "citizen", "pages/buurt.py", ":material/location_on:"),
    (cards[1], "policy", "pages/vergelijk.py", ":material/bar_chart:"),
    (cards[2], "presenter", "pages/kaart.py", ":material/map:"),
):
    with col.container(border=True):
        st.subheader(ctx.t(f"start.{who}.title"))
        st.write(ctx.t(f"start.{who}.body"))
        st.page_link(page, label=ctx.t({"citizen": "nav.buurt", "policy": "nav.vergelijk",
                                        "presenter": "nav.kaart"}[who]), icon=icon)

st.header(ctx.t("start.national.title"))
by_class = queries.households_by_class(ctx.con, "buurt", 2024)
weak = by_class[by_class["klasse"] <= WEAK_CLASS]
coverage = queries.coverage(ctx.con).set_index(["level", "edition"])
m1, m2, m3 = st.columns(3)
m1.metric(ctx.t("start.weak_households"), f"{int(weak['households'].sum()):,}".replace(",", "."))
m2.metric(ctx.t("start.buurten_scored"), f"{int(by_class['areas'].sum()):,}".replace(",", "."))
m3.metric(ctx.t("start.pc4_years"), int(coverage.loc[("pc4", "2022"), "years"]))
st.caption(ctx.t("start.grid_note"))
ui.source_caption(ctx, ["lbm_buurten", "kwb2024_households"],
                  derived="households of CBS 2024 summed over buurten per Leefbaarometer class"
                  if ctx.lang == "en" else "huishoudens (CBS 2024) opgeteld over buurten per Leefbaarometerklasse")
