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
- its outline is the union of its 2024 buurten; 2022-only wijken have none here.
"""
from __future__ import annotations

import pandas as pd
import shapely

from core.build import geo
from core.search import wijk_of

LINK_BUURTEN, LINK_SAME_CODE, LINK_MERGER = "buurten", "same_code", "merger"


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
    # On a 1 m grid: the 2024 buurten were simplified one by one, so their shared borders do
    # not meet exactly, and an exact union leaves slivers that break later precision steps.
    return {w: shapely.make_valid(shapely.union_all(shapes, grid_size=10 ** -geo.COORD_DECIMALS))
            for w, shapes in parts.items()}


def households_2022(kwb: pd.DataFrame | None) -> pd.DataFrame:
    """CBS kerncijfers 2022 per wijk: households (a_hh) and inhabitants (a_inw)."""
    if kwb is None or "a_hh" not in kwb.columns:
        return pd.DataFrame(columns=["code", "households", "inhabitants"])
    rows = kwb[(kwb["kwb_year"] == "2022") & kwb["gwb_code"].str.startswith("WK", na=False)]
    return pd.DataFrame({"code": rows["gwb_code"].to_numpy(),
                         "households": pd.to_numeric(rows["a_hh"], errors="coerce").to_numpy(),
                         "inhabitants": pd.to_numeric(rows["a_inw"], errors="coerce").to_numpy()})


def areas_and_outlines(series: pd.DataFrame, links: dict[str, tuple], gm_info: pd.DataFrame,
                       shapes: dict[str, object], weights: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """One area row per wijk (its 2022 name from the latest year it was measured) and its outlines."""
    latest = series.sort_values("year").drop_duplicates("wijk", keep="last").set_index("wijk")
    w = weights.set_index("code") if len(weights) else pd.DataFrame(columns=["households", "inhabitants"])
    rows, outlines = [], []
    for code in sorted(latest.index):
        gm_code, how = links.get(code, (None, None))
        info = gm_info.loc[gm_code] if gm_code in gm_info.index else None
        shp = shapes.get(code)
        row = {
            "code": code, "level": "wijk", "name": latest.at[code, "name"],
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
        "wijk_with_households": str(int((pd.to_numeric(wk["households"], errors="coerce") > 0).sum())),
    }
