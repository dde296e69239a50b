"""The region lens (issue 31): an area's total score beside the mean of its COROP region or of
its gemeente, as the Leefbaarometer's own intraregional maps show it ("regionaal
vergrootglas"). Most of the country scores above the national reference, so on the national
scale the differences inside a region vanish; measured from the region's own mean they show.

One function computes the means (household-weighted, core.weighting.weighted_means, as every
derived average of the app) and every page, map file and export takes them from here.
"""
from __future__ import annotations

import pandas as pd

from core import queries
from core.caching import cached
from core.weighting import weighted_means

LENSES = ("corop", "gemeente")  # what an area can be measured against besides the national reference
_GROUP = {"corop": "corop_code", "gemeente": "gemeente_code"}


@cached(max_entries=8)
def deviations(con, level: str) -> pd.DataFrame:
    """Per area and year: its total score (afw), its COROP region and gemeente, the
    household-weighted mean of each in that year (`corop_mean`, `gemeente_mean`, over the
    areas of the same level with a score and households) and its deviation from each
    (`corop_dev`, `gemeente_dev`: afw minus the mean)."""
    scores = queries.level_all_years(con, level)[["code", "year", "afw"]]
    frame = scores.merge(queries.area_households(con, level), on="code", how="left")
    for lens, col in _GROUP.items():
        means = weighted_means(frame, [col, "year"], measures=("afw",)).rename(columns={"afw": f"{lens}_mean"})
        means[col] = means[col].astype(object)  # a database without the region file: all missing, not float
        frame[col] = frame[col].astype(object)
        frame = frame.merge(means[[col, "year", f"{lens}_mean"]], on=[col, "year"], how="left")
        frame[f"{lens}_dev"] = frame["afw"] - frame[f"{lens}_mean"]
    return frame


@cached(max_entries=64)
def deviation_in(con, level: str, year: int, lens: str) -> pd.Series:
    """Code -> deviation from the lens's mean in one year (NaN where either is missing)."""
    frame = deviations(con, level)
    year_rows = frame[frame["year"] == year]
    return year_rows.set_index("code")[f"{lens}_dev"]


@cached(max_entries=256)
def standing(con, level: str, year: int, code: str) -> dict | None:
    """Where one area stands in its COROP region: the region, its mean, the area's deviation,
    and the share of the region's other areas of this level (with a score that year) that
    score lower. None without a region or a score."""
    frame = deviations(con, level)
    rows = frame[frame["year"] == year]
    me = rows[rows["code"] == code]
    if me.empty or pd.isna(me["afw"].iloc[0]) or pd.isna(me["corop_code"].iloc[0]):
        return None
    me = me.iloc[0]
    others = rows[(rows["corop_code"] == me["corop_code"]) & (rows["code"] != code) & rows["afw"].notna()]
    if others.empty:
        return None
    return {"region": me["corop_name"], "region_code": me["corop_code"], "mean": float(me["corop_mean"]),
            "deviation": float(me["corop_dev"]), "share_below": float((others["afw"] < me["afw"]).mean()),
            "areas": int(len(others) + 1)}
