"""Which gemeenten merged into which since 2021, read from the data rather than typed in.

Indicators from 2020–2021 use the gemeente division of their year. A code that still exists
in 2024 may cover more ground than it did then (Amsterdam took in Weesp in 2022, Purmerend
took in Beemster), so its old figure joins to a larger 2024 territory. Two sources show it:
- the 2022 gemeente polygons: one whose point lies in a 2024 gemeente with another code
  merged into it between 2022 and 2024;
- CBS kerncijfers 2021/2022: a 2021 gemeente missing in 2022 whose wijk names turn up under
  another gemeente in 2022 merged into that one.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd

from etl import geo

COLUMNS = ["old_code", "old_name", "new_code", "merged_between"]


def from_polygons(gm2022: dict[str, tuple[str, object]], gm2024: dict[str, object]) -> pd.DataFrame:
    """gm2022: code -> (name, shape) of the 2022 division; gm2024: code -> shape."""
    points = {code: shp.representative_point() for code, (_, shp) in gm2022.items()}
    located = geo.locate_points(points, gm2024)
    rows = [{"old_code": old, "old_name": gm2022[old][0], "new_code": new, "merged_between": "2022–2024"}
            for old, new in sorted(located.items()) if old != new]
    return pd.DataFrame(rows, columns=COLUMNS)


def from_kwb(kwb: pd.DataFrame) -> pd.DataFrame:
    """kwb: the kerncijfers 2021/2022 file (kwb_year, recs, gwb_code, regio, gm_naam), stripped."""
    gm = kwb[kwb["gwb_code"].str.startswith("GM", na=False)]
    codes = {y: set(gm.loc[gm["kwb_year"] == y, "gwb_code"]) for y in ("2021", "2022")}
    names21 = dict(zip(gm.loc[gm["kwb_year"] == "2021", "gwb_code"], gm.loc[gm["kwb_year"] == "2021", "regio"]))
    wijken = kwb[kwb["gwb_code"].str.startswith("WK", na=False)]
    w21 = wijken[wijken["kwb_year"] == "2021"]
    w22 = wijken[wijken["kwb_year"] == "2022"]
    # A wijk name counts only where it names wijken of one 2022 gemeente ("Centrum" is everywhere).
    w22_gm = w22.assign(gm="GM" + w22["gwb_code"].str.slice(2, 6))
    owners = w22_gm.groupby("regio")["gm"].nunique()
    unique_names = w22_gm[w22_gm["regio"].map(owners) == 1]
    owner_of = dict(zip(unique_names["regio"], unique_names["gm"]))
    rows = []
    for old in sorted(codes["2021"] - codes["2022"]):
        names = set(w21.loc[w21["gwb_code"].str.slice(2, 6) == old[2:], "regio"])
        votes = Counter(owner_of[n] for n in names if n in owner_of and owner_of[n] != old)
        if votes:
            new, count = votes.most_common(1)[0]
            if count * 2 >= len(names):  # most of its wijken went to one gemeente
                rows.append({"old_code": old, "old_name": names21.get(old, old), "new_code": new,
                             "merged_between": "2021–2022"})
    return pd.DataFrame(rows, columns=COLUMNS)


def successors(by_polygons: pd.DataFrame, by_kwb: pd.DataFrame) -> pd.DataFrame:
    """Both, with every successor followed to its 2024 code (a 2022 gemeente may merge again)."""
    later = dict(zip(by_polygons["old_code"], by_polygons["new_code"]))
    kwb = by_kwb.assign(new_code=by_kwb["new_code"].map(lambda c: later.get(c, c)))
    return pd.concat([kwb, by_polygons], ignore_index=True)[COLUMNS]
