"""About the data: every source with publisher, year, licence and rows, read from the database."""
import pandas as pd
import streamlit as st

from core import queries, ui
from core.scale import DIMENSIONS, PALETTES, class_label

ctx = ui.setup("over")
st.title(ctx.t("over.title"))

st.subheader(ctx.t("over.what.title"))
st.markdown(ctx.t("over.what.body"))
st.subheader(ctx.t("over.isnot.title"))
st.info(ctx.t("over.isnot.body"), icon=":material/info:")

st.subheader(ctx.t("over.dimensions.title"))
for dim in DIMENSIONS:
    st.markdown(f"- **{ctx.t(f'dim.{dim}')}**: {ctx.t(f'dimdesc.{dim}')}")

st.subheader(ctx.t("over.classes.title"))
bounds = queries.class_boundaries(ctx.con, "total")
colours = PALETTES[ctx.palette]
rows = []
for k in range(1, 10):
    lower = bounds[k - 2] if k > 1 else None
    upper = bounds[k - 1] if k < 9 else None
    rows.append({ctx.t("col.class"): f"{k} · {class_label(k, ctx.lang)}",
                 ctx.t("col.from"): lower, ctx.t("col.to"): upper, "colour": colours[k - 1]})
classes = pd.DataFrame(rows)
st.dataframe(
    classes.style.apply(lambda r: [f"background-color: {r['colour']}" if c == "colour" else "" for c in r.index],
                        axis=1),
    hide_index=True, column_config={"colour": st.column_config.TextColumn(ctx.t("ui.palette"))},
)
st.caption(ctx.t("over.classes.caption"))

st.subheader(ctx.t("over.sources.title"))
src = ui.q("sources", ctx.lang)
table = pd.DataFrame({
    ctx.t("col.source"): src["title"], ctx.t("col.publisher"): src["publisher"],
    ctx.t("col.year"): src["year"], ctx.t("col.licence"): src["licence"],
    ctx.t("col.rows"): src["rows"], ctx.t("col.file"): src["path"], ctx.t("col.via"): src["via"],
    "SHA-256": src["sha256"].str.slice(0, 12),
})
st.dataframe(table, hide_index=True)
st.caption(ctx.t("over.sources.caption"))

st.subheader(ctx.t("over.coverage.title"))
cov = queries.coverage(ctx.con)
st.dataframe(pd.DataFrame({
    ctx.t("col.level"): cov["level"].map(lambda lv: ctx.t(f"level.{lv}")),
    ctx.t("col.edition"): cov["edition"], ctx.t("col.first"): cov["first_year"],
    ctx.t("col.last"): cov["last_year"], ctx.t("col.years"): cov["years"],
    ctx.t("col.areas"): cov["areas"], ctx.t("col.rows"): cov["rows"],
}), hide_index=True)
info = queries.build_info(ctx.con)
st.caption(ctx.t("over.build", built_at=info.get("built_at", "?"), seconds=info.get("build_seconds", "?")))
