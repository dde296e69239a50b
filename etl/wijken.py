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
- a code is not an identity (issue 33): some gemeenten renumbered their wijken, so the same
  code can name another area in 2024 (Schiedam's WK060605 was "Nieuw Mathenesse", an
  industrial area with 10 inhabitants, in 2022 and is "Kethel", 5,530 inhabitants, in 2024).
  A 2022 wijk and the 2024 wijk with its code are the same area only when `same_area` says so:
  their names agree and their sizes are comparable, or a numbered placeholder name ("Wijk 03")
  got a real name at the same size. `identity` lists every shared code with its verdict (Over
  de data shows the failures); everything that joins the two divisions goes through it;
- its outline is the union of its 2024 buurten where the identity holds. A 2022 wijk without
  one whose name is the name of exactly one free 2024 wijk of the same gemeente, of comparable
  size (CBS kerncijfers 2024; Amsterdam re-coded its wijken from WK036300 to WK0363AA but kept
  most names) gets that wijk's buurten as an approximate outline, flagged
  `outline_source = 'name'`; the rest have none here. `members` says which 2024 buurten make
  up each 2022 wijk, for its outline and its heat and green values alike. A buurt's history
  never goes through a name match: only a code whose identity holds counts there.
"""
from __future__ import annotations

import re

import pandas as pd
import shapely
from rapidfuzz import fuzz

from etl import geo
from core.search import normalise, wijk_of

LINK_BUURTEN, LINK_SAME_CODE, LINK_MERGER = "buurten", "same_code", "merger"
OUTLINE_CODE, OUTLINE_NAME = "code", "name"
SLIVER = 0.0002  # degrees, about 14–22 m: the gaps left between separately simplified buurten

# The identity rule (decided on the data: tests/test_wijken.py and the build's report). Of the
# 3,178 codes in both divisions, 3,063 keep their name; of the 115 that changed it, Doetinchem's
# and Oldebroek's numbered placeholders got real names at the same size, others (Schiedam,
# Gemert-Bakel, Druten, Nieuwkoop, Deurne, Oisterwijk) were renumbered into other areas.
NAME_SIMILARITY = 80      # rapidfuzz token-set ratio of the names without a "Wijk 05" prefix
SIZE_FACTOR = 2.0         # comparable: inhabitants within a factor two …
SIZE_SLACK = 250          # … or within 250 people (areas of a few dozen inhabitants)
RENAME_FACTOR = 1.25      # a placeholder renamed: within 25% …
RENAME_SLACK = 100        # … or 100 people
_NUMBER_PREFIX = re.compile(r"^wijk \d+\s*")


def core_name(name) -> str:
    """'Wijk 05 Nieuw Mathenesse' -> 'nieuw mathenesse'; 'Wijk 03' -> '' (a placeholder)."""
    return _NUMBER_PREFIX.sub("", normalise(name or "")).strip()


def _comparable(a, b, factor: float, slack: float) -> bool | None:
    if a is None or b is None or a != a or b != b:
        return None  # unknown
    return abs(a - b) <= slack or max(a, b) <= factor * min(a, b)


def same_area(name_2022: str, name_2024: str, inhabitants_2022, inhabitants_2024) -> tuple[bool, str]:
    """Whether a 2022 wijk and the 2024 wijk with its code are one area, and why (a reason key:
    same, renamed, other_name, other_size). Sizes unknown count as comparable."""
    a, b = core_name(name_2022), core_name(name_2024)
    names_agree = a == b or (bool(a) and bool(b) and fuzz.token_set_ratio(a, b) >= NAME_SIMILARITY)
    comparable = _comparable(inhabitants_2022, inhabitants_2024, SIZE_FACTOR, SIZE_SLACK)
    if names_agree:
        return (True, "same") if comparable is not False else (False, "other_size")
    if not a and _comparable(inhabitants_2022, inhabitants_2024, RENAME_FACTOR, RENAME_SLACK):
        return True, "renamed"
    return False, "other_name"


def identity(series: pd.DataFrame, wijken_2024: pd.DataFrame, sizes_2022: pd.DataFrame) -> pd.DataFrame:
    """Every code in both divisions: code, name_2022, name_2024, inhabitants_2022,
    inhabitants_2024, same (bool), reason. `wijken_2024`: code, name, inhabitants;
    `sizes_2022`: code, inhabitants (CBS kerncijfers 2022)."""
    names = series.sort_values("year").drop_duplicates("wijk", keep="last").set_index("wijk")["name"]
    now = wijken_2024.drop_duplicates("code").set_index("code")
    before = sizes_2022.drop_duplicates("code").set_index("code")["inhabitants"] if len(sizes_2022) else pd.Series()
    rows = []
    for code in sorted(set(names.index) & set(now.index)):
        i22 = before.get(code)
        i24 = now.at[code, "inhabitants"] if "inhabitants" in now.columns else None
        i22 = None if i22 is None or pd.isna(i22) else float(i22)
        i24 = None if i24 is None or pd.isna(i24) else float(i24)
        same, reason = same_area(names[code], now.at[code, "name"], i22, i24)
        rows.append({"code": code, "name_2022": names[code], "name_2024": now.at[code, "name"],
                     "inhabitants_2022": i22, "inhabitants_2024": i24, "same": same, "reason": reason})
    return pd.DataFrame(rows, columns=["code", "name_2022", "name_2024", "inhabitants_2022", "inhabitants_2024",
                                       "same", "reason"])


def members(buurt_codes, identical: set[str], by_name: dict[str, str]) -> dict[str, list[str]]:
    """2022 wijk -> the 2024 buurten that make it up: those of the 2024 wijk with its code where
    the identity holds, or those of the wijk whose outline it borrows by name."""
    lent = {v: k for k, v in by_name.items()}
    out: dict[str, list[str]] = {}
    for b in buurt_codes:
        w = wijk_of(b)
        owner = w if w in identical else lent.get(w)
        if owner is not None:
            out.setdefault(owner, []).append(b)
    return out


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
                     wijken_2024: pd.DataFrame, taken: set[str] | None = None,
                     sizes_2022: pd.DataFrame | None = None) -> dict[str, str]:
    """2022 wijk without an outline -> the 2024 wijk code of the same gemeente with the same
    (normalised) name, where exactly one such 2024 wijk is free (`taken`: the 2024 codes that
    already are a 2022 wijk; by default every 2022 code) and the sizes are comparable where both
    are known. `wijken_2024`: code, name (and inhabitants) of the 2024 wijken that hold buurten."""
    if wijken_2024 is None or wijken_2024.empty:
        return {}
    names = series.sort_values("year").drop_duplicates("wijk", keep="last").set_index("wijk")["name"]
    by_key: dict[tuple, list[str]] = {}
    for code, name in zip(wijken_2024["code"], wijken_2024["name"]):
        by_key.setdefault(("GM" + code[2:6], normalise(name)), []).append(code)
    size_now = (wijken_2024.set_index("code")["inhabitants"].to_dict() if "inhabitants" in wijken_2024.columns else {})
    size_then = (sizes_2022.set_index("code")["inhabitants"].to_dict()
                 if sizes_2022 is not None and len(sizes_2022) else {})
    taken = set(names.index) if taken is None else set(taken)
    out = {}
    for code, name in names.items():
        gm = links.get(code, (None, None))[0]
        if code in have_outline or gm is None:
            continue
        found = [c for c in by_key.get((gm, normalise(name)), []) if c not in taken]
        if len(found) == 1 and _comparable(size_then.get(code), size_now.get(found[0]),
                                           SIZE_FACTOR, SIZE_SLACK) is not False:
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
