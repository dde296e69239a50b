"""Gemeenten vergelijken: side by side, inequality inside, development, the full ranking, groups."""
import pandas as pd
import streamlit as st

from core import charts, compare, escape, provenance, queries, search, weighting
from core.compare import filter_ranking
from core.format import decimal, number, percent, rank, score, styled
from core.groups import G4, GROUPS, SOURCE as G40_SOURCE
from core.inequality import MIN_BUURTEN_FOR_SPREAD
from core.scale import DIMENSIONS, class_label
from core.search import find_gemeente, why_text
from core.web import ui, url_state
from core.web.params import MAX_COMPARED

MAX_PICK = MAX_COMPARED
ctx = ui.setup("vergelijk")
st.title(ctx.t("cmp.title"))

# ------------------------------------------------------------------ data
latest_year = max(queries.years_of("buurt"))
gemeenten = queries.level_scores("gemeente", latest_year)
buurten = queries.level_scores("buurt", latest_year)
table = compare.gemeenten_in(latest_year)
names = dict(zip(table["code"], table["name"]))
by_name = {v: k for k, v in names.items()}

# ------------------------------------------------------------------ selection (URL: gm=GM0363,GM0599)
corop = queries.corop_regions()
provinces = sorted(table["province_name"].dropna().unique())
corop_names = sorted(corop["corop_name"].unique())
url, _ = url_state.read("vergelijk", ctx.lang, allowed={"gm": names, "pv": provinces, "corop": corop_names})
from_url = url["gm"]
default = from_url or [by_name[n] for n in ("Amsterdam", "Rotterdam") if n in by_name]


def set_selection(codes: list[str]) -> None:
    st.session_state["cmp_pick"] = codes[:MAX_PICK]


if "cmp_pick" not in st.session_state or (from_url and from_url != st.session_state.get("cmp_url")):
    st.session_state["cmp_pick"] = default
    st.session_state["cmp_url"] = from_url

def add_gemeente(code: str) -> None:
    current = list(st.session_state.get("cmp_pick", []))
    if code not in current and len(current) < MAX_PICK:
        st.session_state["cmp_pick"] = current + [code]
    st.session_state["cmp_add"] = ""
    st.session_state.pop("cmp_candidates", None)


def on_add() -> None:
    """Enter in the box: the same search as Mijn buurt (core.search), answered with gemeenten;
    a clear answer is added, otherwise the choices are offered."""
    text = (st.session_state.get("cmp_add") or "").strip()
    st.session_state.pop("cmp_candidates", None)
    if not text:
        return
    result = find_gemeente(search.search_index(), text)
    if result.open and len(st.session_state.get("cmp_pick", [])) >= MAX_PICK and result.open not in st.session_state["cmp_pick"]:
        st.session_state["cmp_full"] = result.open  # said on the page: six is the most, remove one first
    elif result.open:
        add_gemeente(result.open)
    else:
        st.session_state["cmp_candidates"] = (text, [c for c in result.candidates if c.code in names])


left, right = st.columns([1, 2])
left.text_input(ctx.t("cmp.add"), key="cmp_add", on_change=on_add, placeholder=ctx.t("cmp.add_placeholder"),
                max_chars=100)
# The chosen gemeenten; typing is off here (the box beside it searches), so Enter never adds
# two gemeenten at once and no English "no results" shows.
picked = right.multiselect(ctx.t("cmp.pick"), list(names), key="cmp_pick", format_func=names.get,
                           max_selections=MAX_PICK, placeholder=ctx.t("cmp.pick"), filter_mode=None, select_all=False)
if st.session_state.get("cmp_full"):
    st.warning(ctx.t("cmp.add_full", name=names.get(st.session_state.pop("cmp_full"), "")), icon=":material/block:")
offered = st.session_state.get("cmp_candidates")
if offered:
    typed, candidates = offered
    if candidates:
        st.markdown(ctx.t("cmp.add_choose", query=escape.markdown(typed, 60)))
        row = st.container(horizontal=True)
        for c in candidates:
            why = why_text(search.search_index(), c, ctx.lang)
            row.button(escape.markdown(names[c.code]) + (f" · {escape.markdown(why)}" if why else ""),
                       key=f"cmp-add-{c.code}", on_click=add_gemeente, args=(c.code,))
    else:
        st.warning(ctx.t("cmp.add_none", query=escape.markdown(typed, 60)), icon=":material/search_off:")
st.session_state["cmp_url"] = picked

q1, q2, q3, q4 = st.columns([1, 1.4, 1.6, 2])
q1.button(ctx.t("cmp.g4"), on_click=set_selection, args=([by_name[n] for n in G4 if n in by_name],))
anchor = picked[0] if picked else default[0]
anchor_row = table.set_index("code").loc[anchor]
same_province = table[table["province_name"] == anchor_row["province_name"]].sort_values("households", ascending=False)
# The quick picks name the gemeente they start from (the first chosen): "my province" read as the
# reader's own, not the first gemeente's (a stranger's walk).
q2.button(ctx.t("cmp.province", province=escape.markdown(str(anchor_row["province_name"]))), on_click=set_selection,
          args=([anchor] + [c for c in same_province["code"] if c != anchor][:3],))
region_of = dict(zip(corop["gemeente_code"], corop["corop_name"]))
if anchor in region_of:  # the other gemeenten of its COROP region, largest first (six at most)
    in_region = table[table["code"].isin(corop.loc[corop["corop_name"] == region_of[anchor], "gemeente_code"])]
    others = [c for c in in_region.sort_values("households", ascending=False)["code"] if c != anchor]
    q4.button(ctx.t("cmp.corop", region=escape.markdown(region_of[anchor])), on_click=set_selection, args=([anchor] + others[:MAX_PICK - 1],),
              disabled=not others, help=ctx.t("cmp.corop_help", n=len(others)))
similar = compare.similar_gemeenten(latest_year, anchor, n=4)
q3.button(ctx.t("cmp.similar", name=escape.markdown(names[anchor])), on_click=set_selection, args=([anchor] + similar["code"].tolist(),))
st.caption(ctx.t("cmp.similar_caption", name=escape.markdown(names[anchor]), list=", ".join(
    f"{escape.markdown(r['name'])} ({decimal(r['similarity'], ctx.lang, 2)})" for r in similar.to_dict("records"))))

sel = table.set_index("code").loc[picked].reset_index() if picked else table.head(0)
lbm_ids = provenance.scores("gemeente") + provenance.scores("buurt")
with_households = lbm_ids + [provenance.HOUSEHOLDS["buurt"][0]]
# One part at a time (issue 32): the chosen gemeenten compared, the ranking of all 342, or the
# groups. Under load the ranking's 342 styled rows were the largest single cost of every rerun,
# although a reader comparing two gemeenten does not look at it; the part is in the URL.
SECTIONS = ("compare", "ranking", "groups")
section = st.segmented_control(ctx.t("cmp.section"), SECTIONS, default=url["section"], key="cmp_section",
                               format_func=lambda s: ctx.t(f"cmp.section.{s}"),
                               # the answer to the last search in the box belongs to that search, not to the next part
                               on_change=lambda: st.session_state.pop("cmp_candidates", None)) or url["section"]
url_state.keep("vergelijk", {"gm": picked, "section": section})


def compare_part() -> None:
    """The chosen gemeenten side by side, the spread of their buurten, their development, and one
    gemeente's profile as PDF."""
    if len(picked) < 2:
        st.info(ctx.t("cmp.need_two"))

    # ------------------------------------------------------------------ side by side
    if len(picked) >= 1:
        st.subheader(ctx.t("cmp.side.title"))
        # At most three to a row: with five, "6 · ruim voldoende" ran under its neighbour's badge.
        records = sel.to_dict("records")
        per_row = min(len(records), 3)
        for col, row in zip([c for i in range(0, len(records), per_row) for c in st.columns(per_row)], records):
            col.markdown(f"**{row['name']}**")
            col.markdown(charts.class_badge_html(int(row["klasse"]), ctx.lang, ctx.palette), unsafe_allow_html=True)
            col.caption(f"{score(row['afw'], ctx.lang)} · {rank(int(row['rank']), len(table), ctx.lang)}")
        rows = [{"label": r["name"], **{m: r[m] for m in ("afw", *DIMENSIONS)}} for r in sel.to_dict("records")]
        ui.chart(ui.exhibit(), charts.profile_bars(rows, ctx.lang, ctx.t("cmp.side.chart"), ctx.t("cmp.side.subtitle"),
                                                     ui.source_text(ctx, lbm_ids)), key="profile")
        if len(picked) == 2:
            a, b = sel.iloc[0], sel.iloc[1]
            diffs = {d: a[d] - b[d] for d in DIMENSIONS}
            top = max(diffs, key=lambda d: abs(diffs[d]))
            st.markdown(ctx.t("cmp.diff", a=a["name"], b=b["name"], dim=ctx.t(f"dim.{top}"), delta=charts.fmt(diffs[top])))
        elif len(picked) > 2:  # the widest range over all chosen, not only the first two
            ranges = {d: sel[d].max() - sel[d].min() for d in DIMENSIONS}
            top = max(ranges, key=ranges.get)
            high, low = sel.loc[sel[top].idxmax()], sel.loc[sel[top].idxmin()]
            st.markdown(ctx.t("cmp.diff.many", n=len(picked), dim=ctx.t(f"dim.{top}"), high=high["name"],
                              vhigh=charts.fmt(high[top]), low=low["name"], vlow=charts.fmt(low[top])))
        side_csv = sel[["code", "name", "afw", *DIMENSIONS, "klasse", "rank"]]
        ui.csv_download(ctx, side_csv, f"gemeenten_profiel_{latest_year}.csv", key="dl_profile")

        # -------------------------------------------------------------- inequality
        st.subheader(ctx.t("cmp.spread.title"))
        in_sel = buurten[buurten["gemeente_code"].isin(picked)]
        ui.chart(st, charts.spread_strip(
            in_sel, picked, names, ctx.lang, ctx.palette, ctx.t("cmp.spread.chart"), ctx.t("cmp.spread.subtitle"),
            ui.source_text(ctx, with_households)), key="spread")
        stats = pd.DataFrame({
            ctx.t("col.name"): sel["name"], ctx.t("col.buurten"): sel["buurten"],
            ctx.t("col.households_per_buurt"): sel["households_per_buurt"].round(0).astype("Int64"),
            ctx.t("col.iqr"): sel["iqr"].round(3), ctx.t("col.sd"): sel["sd"].round(3),
            ctx.t("col.weak_share"): (100 * sel["weak_share"]).round(1),
            ctx.t("col.weak_households"): sel["weak_households"].round(0).astype("Int64"),
        })
        ui.table(styled(stats, ctx.lang, places={ctx.t("col.weak_share"): 1}, percent_of=(ctx.t("col.weak_share"),)),
                     hide_index=True)
        few = sel.loc[~sel["spread_reliable"], "name"].tolist()
        if few:
            st.warning(ctx.t("cmp.spread.few", names=", ".join(few), n=MIN_BUURTEN_FOR_SPREAD), icon=":material/warning:")
        st.caption(ctx.t("ui.derived") + ": " + ctx.t("cmp.spread.derived") + ". " + ctx.t("cmp.spread.size"))
        ui.csv_download(ctx, in_sel[["code", "name", "gemeente_name", "afw", "klasse", "households"]],
                        f"buurten_spreiding_{latest_year}.csv", key="dl_spread")

        # -------------------------------------------------------------- development (derived)
        st.subheader(ctx.t("cmp.trend.title"))
        measure = st.segmented_control(ctx.t("cmp.trend.dim"), ["afw", *DIMENSIONS], default="afw", key="cmp_measure",
                                       format_func=lambda m: ctx.t(f"dim.{m}")) or "afw"
        trends = weighting.derived_trend(tuple(picked))
        lines = []
        for code in picked:
            tr = trends[(trends["gemeente_code"] == code) & trends[measure].notna()]
            lines.append({"label": names[code], "years": tr["year"].tolist(), "values": tr[measure].tolist()})
        if any(line["years"] for line in lines):
            bounds = queries.class_boundaries("total")
            fig = charts.trend(lines, bounds if measure == "afw" else [], ctx.lang, ctx.palette,
                               ctx.t("cmp.trend.chart") + ("" if measure == "afw" else f": {ctx.t(f'dim.{measure}')}"),
                               ctx.t("cmp.trend.subtitle"), ui.trend_footer(ctx, trends), equal=True)
            ui.chart(st, fig, key="trend")
        by_source = trends.drop_duplicates("gemeente_code").set_index("gemeente_code")
        st.caption(ctx.t("cmp.trend.note") + " " + "; ".join(
            ctx.t(f"cmp.trend.coverage.{by_source.at[c, 'source']}"
                  + ("_full" if by_source.at[c, "source"] == "wijk" and by_source.at[c, "coverage"] >= 0.995 else ""),
                  name=names[c], coverage=percent(float(by_source.at[c, "coverage"]), ctx.lang, 0))
            for c in picked if c in by_source.index) + ".")
        ui.csv_download(ctx, trends, "gemeenten_ontwikkeling_afgeleid.csv", key="dl_trend")

    # ------------------------------------------------------------------ the profile of one gemeente, as PDF
    if picked:
        st.subheader(ctx.t("profile.section"))
        st.markdown(ctx.t("profile.intro"))
        profiled = st.selectbox(ctx.t("profile.pick"), picked, format_func=names.get, key="cmp_profile")
        ui.gemeente_profile_downloads(ctx, profiled, key="cmp_profile_pdf")


def ranking_part() -> None:
    """Every gemeente ranked, the chosen ones first, with filters."""
    # ------------------------------------------------------------------ ranking
    st.subheader(ctx.t("cmp.rank.title"))
    # The filters come from the link the first time (a shared filtered ranking opens filtered), and
    # again after another part was shown (Streamlit forgets a widget that was not drawn).
    for key, value in {"f_pv": url["pv"], "f_corop": url["corop"], "f_grp": url["grp"],
                       "f_urb": [int(u) for u in url["urb"]], "f_few": url["few"] == "1"}.items():
        st.session_state.setdefault(key, value)
    f1, f0, f2, f3 = st.columns(4)
    pv = f1.multiselect(ctx.t("cmp.filter.province"), provinces, key="f_pv", placeholder=ctx.t("ui.all"), select_all=False)
    cr = f0.multiselect(ctx.t("cmp.filter.corop"), corop_names, key="f_corop", placeholder=ctx.t("ui.all"), select_all=False)
    grp = f2.multiselect(ctx.t("cmp.filter.group"), list(GROUPS), key="f_grp", placeholder=ctx.t("ui.all"), select_all=False,
                         format_func=lambda g: ctx.t(f"group.{g}"))
    urb = f3.multiselect(ctx.t("cmp.filter.urbanity"), [1, 2, 3, 4, 5], key="f_urb", placeholder=ctx.t("ui.all"), select_all=False,
                         format_func=lambda u: ctx.t(f"urb.{u}"))
    shown = filter_ranking(table, pv, grp, urb, corop.loc[corop["corop_name"].isin(cr), "gemeente_code"] if cr else None)
    if len(shown) < len(table):  # filtered: the heading still says all 342 (a stranger's walk)
        st.caption(ctx.t("cmp.rank.filtered", n=number(len(shown), ctx.lang), total=number(len(table), ctx.lang)))
    show_few = st.toggle(ctx.t("cmp.rank.show_few", n=MIN_BUURTEN_FOR_SPREAD), key="f_few")
    url_state.keep("vergelijk", {"pv": pv, "corop": cr, "grp": grp, "urb": [str(u) for u in urb],
                                 "few": "1" if show_few else None})
    reliable = shown["spread_reliable"] | show_few
    rank_view = pd.DataFrame({
        ctx.t("col.selected"): shown["code"].isin(picked).map({True: "★", False: ""}),
        ctx.t("col.rank"): shown["rank"],
        ctx.t("col.name"): shown["name"],
        ctx.t("col.class"): shown["klasse"].map(lambda k: f"{int(k)} {class_label(int(k), ctx.lang)}"),
        # Unrounded: the table shows 3 decimals as the cards do (rounding twice gave +0,090 beside +0,091).
        ctx.t("col.score"): shown["afw"],
        **{ctx.t(f"dim.{d}"): shown[d] for d in DIMENSIONS},
        ctx.t("col.buurten"): shown["buurten"],
        ctx.t("col.iqr"): shown["iqr"].where(reliable).round(3),
        ctx.t("col.spread_rank"): pd.to_numeric(shown["spread_rank"], errors="coerce").astype("Int64"),  # "–", not "None"
        ctx.t("col.weak_share"): (100 * shown["weak_share"]).round(1),
        ctx.t("col.province"): shown["province_name"],
        ctx.t("col.group"): shown["city_group"].map(lambda g: ctx.t(f"group.{g}")),
        ctx.t("col.urbanity"): shown["urbanity"].astype("Int64"),
    })
    # The chosen gemeenten first (★), then the rest by rank: a reader finds theirs without scrolling.
    rank_view = pd.concat([rank_view[rank_view[ctx.t("col.selected")] == "★"],
                           rank_view[rank_view[ctx.t("col.selected")] != "★"]])
    ui.table(styled(rank_view, ctx.lang, places={ctx.t("col.score"): 3, **{ctx.t(f"dim.{d}"): 3 for d in DIMENSIONS},
                                                     ctx.t("col.weak_share"): 1},
                        signed=(ctx.t("col.score"), *(ctx.t(f"dim.{d}") for d in DIMENSIONS)),
                        percent_of=(ctx.t("col.weak_share"),)),
                 hide_index=True, height=min(560, 35 * (len(rank_view) + 1) + 3), key="rank_table",  # no empty rows
                 # narrow number columns: the whole ranking, spread included, fits a 1400 px screen; a
                 # header cut short there ("Fysieke omg…") says its whole name on hover
                 column_config={c: st.column_config.Column(width="small", help=c) for c in rank_view.columns
                                if c not in (ctx.t("col.name"), ctx.t("col.class"), ctx.t("col.province"))})
    st.caption(ctx.t("cmp.rank.caption", n=MIN_BUURTEN_FOR_SPREAD, few=int((~table["spread_reliable"]).sum()))
               + " " + G40_SOURCE + ".")
    ui.csv_download(ctx, rank_view.round(4), f"gemeenten_rangorde_{latest_year}.csv", key="dl_rank")


def groups_part() -> None:
    """The G4, the G40 and the rest; and by urbanity."""
    # ------------------------------------------------------------------ groups
    st.subheader(ctx.t("cmp.groups.title"))
    by_group, by_urb = compare.group_profiles(latest_year)
    ui.chart(ui.exhibit(), charts.profile_bars(  # in presenter mode right under the title
        [{"label": ctx.t(f"group.{r['city_group']}"), **r} for r in by_group.to_dict("records")], ctx.lang,
        ctx.t("cmp.groups.chart"), ctx.t("cmp.groups.subtitle"),
        ui.source_text(ctx, with_households, named=(G40_SOURCE,))), key="groups")
    ui.chart(st, charts.profile_bars(
        [{"label": ctx.t(f"urb.{int(r['gm_urbanity'])}"), **r} for r in by_urb.to_dict("records")], ctx.lang,
        ctx.t("cmp.urb.chart"), ctx.t("cmp.groups.subtitle"),
        ui.source_text(ctx, with_households + [provenance.HOUSEHOLDS["wijk"][0]])),
        key="urbanity")
    ui.csv_download(ctx, pd.concat([by_group, by_urb]), f"groepen_{latest_year}.csv", key="dl_groups")


{"compare": compare_part, "ranking": ranking_part, "groups": groups_part}[section]()
