"""The official wijk series (2002–2022) as a level of its own: gemeente links, weights, outlines.

Wijk scores are computed by the Leefbaarometer's makers on the 100 m grid, so they beat any
average of postcode areas or buurten. The series uses the 2022 wijk division; the app's
other areas use 2024. Three things link the two:
- a wijk's 2024 gemeente comes from its 2024 buurten (`BUggggwwbb` lies in `WKggggww`)
  where the code still exists; a wijk that exists only in 2022 keeps its 2022 gemeente,
  followed to the 2024 gemeente it merged into where the data show a merger;
- its weight is its CBS households of 2022 (kerncijfers 2022, the division of the scores),
  exact by code for every wijk, rather than the 2024 buurten, which miss the 263 wijken
  that were re-coded;
- its outline is the union of its 2024 buurten. A 2022-only wijk whose name is the name of
  exactly one 2024 wijk of the same gemeente (CBS kerncijfers 2024; Amsterdam re-coded its
  wijken from WK036300 to WK0363AA but kept most names) gets that wijk's buurten as an
  approximate outline, flagged `outline_source = 'name'`; the rest have none here. A buurt's
  history never goes through such a name match: only an exact code counts there.
"""
from __future__ import annotations

import pandas as pd
import shapely

from core.build import geo
from core.search import normalise, wijk_of

LINK_BUURTEN, LINK_SAME_CODE, LINK_MERGER = "buurten", "same_code", "merger"
OUTLINE_CODE, OUTLINE_NAME = "code", "name"
SLIVER = 0.0002  # degrees, about 14–22 m: the gaps left between separately simplified buurten


def link_gemeenten(wijk_codes, buurt_codes, gemeente_codes, successors: pd.DataFrame) -> dict[str, tuple]:
    """wijk code -> (2024 gemeente code or None, how it was linked)."""
    gemeenten = set(gemeente_codes)
    via_buurten = {wijk_of(b): "GM" + b[2:6] for b in buurt_codes}
    merged = dict(zip(successors["old_code"], successors["new_code"])) if len(successors) else {}
    links = {}
    for code in wijk_codes:
        old_gm = "GM" + code[2:6]
        if code in via_buurten:
            links[code] = (via_buurten[code], LINK_BUURTEN)
        elif old_gm in merged:
            links[code] = (merged[old_gm], LINK_MERGER)
        elif old_gm in gemeenten:
            links[code] = (old_gm, LINK_SAME_CODE)
        else:
            links[code] = (None, None)
    return links


def dissolve(wijk_codes, buurt_shapes: dict[str, object]) -> dict[str, object]:
    """wijk code -> the union of its 2024 buurten (only for wijken whose code still exists)."""
    wanted = set(wijk_codes)
    parts: dict[str, list] = {}
    for code, shp in buurt_shapes.items():
        w = wijk_of(code)
        if w in wanted:
            parts.setdefault(w, []).append(shp)
    # The 2024 buurten were simplified one by one, so their shared borders do not meet exactly:
    # an exact union keeps slivers between them (white lines inside a wijk on the map). Closing
    # by about 20 m (grow, then shrink) removes them without moving the outer border.
    return {w: shapely.make_valid(shapely.union_all(shapes, grid_size=10 ** -geo.COORD_DECIMALS)
                                  .buffer(SLIVER, join_style="mitre").buffer(-SLIVER, join_style="mitre"))
            for w, shapes in parts.items()}


def outlines_by_name(series: pd.DataFrame, links: dict[str, tuple], have_outline: set[str],
                     wijken_2024: pd.DataFrame) -> dict[str, str]:
    """2022-only wijk -> the 2024 wijk code of the same gemeente with the same (normalised)
    name, where exactly one 2024 wijk has that name and no 2022 wijk already uses its code.
    `wijken_2024`: code, name of the 2024 wijken that hold buurten."""
    if wijken_2024 is None or wijken_2024.empty:
        return {}
    names = series.sort_values("year").drop_duplicates("wijk", keep="last").set_index("wijk")["name"]
    by_key: dict[tuple, list[str]] = {}
    for code, name in zip(wijken_2024["code"], wijken_2024["name"]):
        by_key.setdefault(("GM" + code[2:6], normalise(name)), []).append(code)
    taken = set(names.index)
    out = {}
    for code, name in names.items():
        gm = links.get(code, (None, None))[0]
        if code in have_outline or gm is None:
            continue
        found = [c for c in by_key.get((gm, normalise(name)), []) if c not in taken]
        if len(found) == 1:
            out[code] = found[0]
    # A 2024 wijk lends its outline to one 2022 wijk only.
    counts = pd.Series(list(out.values())).value_counts() if out else pd.Series(dtype=int)
    return {k: v for k, v in out.items() if counts[v] == 1}


def households_2022(kwb: pd.DataFrame | None) -> pd.DataFrame:
    """CBS kerncijfers 2022 per wijk: households (a_hh) and inhabitants (a_inw)."""
    if kwb is None or "a_hh" not in kwb.columns:
        return pd.DataFrame(columns=["code", "households", "inhabitants"])
    rows = kwb[(kwb["kwb_year"] == "2022") & kwb["gwb_code"].str.startswith("WK", na=False)]
    return pd.DataFrame({"code": rows["gwb_code"].to_numpy(),
                         "households": pd.to_numeric(rows["a_hh"], errors="coerce").to_numpy(),
                         "inhabitants": pd.to_numeric(rows["a_inw"], errors="coerce").to_numpy()})


def areas_and_outlines(series: pd.DataFrame, links: dict[str, tuple], gm_info: pd.DataFrame,
                       shapes: dict[str, object], weights: pd.DataFrame,
                       by_name: dict[str, str] | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """One area row per wijk (its 2022 name from the latest year it was measured) and its
    outlines; `shapes` holds both exact outlines (by the wijk's code) and those borrowed by
    name (`by_name`: 2022 code -> 2024 code, whose shape is in `shapes` under the 2024 code)."""
    by_name = by_name or {}
    latest = series.sort_values("year").drop_duplicates("wijk", keep="last").set_index("wijk")
    w = weights.set_index("code") if len(weights) else pd.DataFrame(columns=["households", "inhabitants"])
    rows, outlines = [], []
    for code in sorted(latest.index):
        gm_code, how = links.get(code, (None, None))
        info = gm_info.loc[gm_code] if gm_code in gm_info.index else None
        shp = shapes.get(code) if code not in by_name else shapes.get(by_name[code])
        row = {
            "code": code, "level": "wijk", "name": latest.at[code, "name"],
            "outline_source": (OUTLINE_NAME if code in by_name else OUTLINE_CODE) if shp is not None else None,
            "outline_from": by_name.get(code),
            "gemeente_code": gm_code, "gemeente_name": info["name"] if info is not None else None,
            "province_code": info["province_code"] if info is not None else None,
            "province_name": info["province_name"] if info is not None else None,
            "pc4": None, "wijk": code, "gemeente_link": how,
            "inhabitants": w["inhabitants"].get(code) if code in w.index else None,
            "households": w["households"].get(code) if code in w.index else None,
            "urbanity": None, "households_derived": False,
        }
        row.update(geo.point_and_box(shp) if shp is not None else
                   dict.fromkeys(["lon", "lat", "min_lon", "min_lat", "max_lon", "max_lat"]))
        rows.append(row)
        if shp is not None:
            outlines.append({"code": code, "level": "wijk",
                             "detail": geo.outline_json(shp, geo.DETAIL_TOLERANCE),
                             "national": geo.outline_json(shp, geo.NATIONAL_TOLERANCE)})
    return pd.DataFrame(rows), outlines


def report(areas: pd.DataFrame, series: pd.DataFrame) -> dict[str, str]:
    """Counts for Over de data: how the wijken were linked and how many have an outline."""
    wk = areas[areas["level"] == "wijk"]
    latest_year = int(series["year"].max())
    return {
        "wijk_total": str(len(wk)),
        "wijk_latest": str(int((series["year"] == latest_year).sum())),
        "wijk_by_buurten": str(int((wk["gemeente_link"] == LINK_BUURTEN).sum())),
        "wijk_by_merger": str(int((wk["gemeente_link"] == LINK_MERGER).sum())),
        "wijk_same_code": str(int((wk["gemeente_link"] == LINK_SAME_CODE).sum())),
        "wijk_no_gemeente": str(int(wk["gemeente_code"].isna().sum())),
        "wijk_with_outline": str(int(wk["lon"].notna().sum())),
        "wijk_outline_by_name": str(int((wk["outline_source"] == OUTLINE_NAME).sum())),
        "wijk_with_households": str(int((pd.to_numeric(wk["households"], errors="coerce") > 0).sum())),
    }
