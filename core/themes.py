"""Putting a statistic next to liveability: honest joins and the class means the reports use."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.scale import DIMENSIONS, ClassScale


def wijk_scores(buurten: pd.DataFrame, scale: ClassScale) -> pd.DataFrame:
    """Wijk scores derived from buurten (WK = BU[:8]), household-weighted; not an official figure.

    The Leefbaarometer's wijk layer for 2024 is not in our data, so a wijk indicator can only
    be compared with this derivation (said so on the page).
    """
    b = buurten.assign(code=buurten["code"].str.slice(0, 8).str.replace("BU", "WK", regex=False))
    rows = []
    for code, g in b.groupby("code"):
        w = g["households"].fillna(0)
        w = w if w.sum() > 0 else pd.Series(1.0, index=g.index)
        row = {"code": code, "name": code, "gemeente_name": g["gemeente_name"].iloc[0],
               "households": float(g["households"].sum())}
        for col in ("afw", *DIMENSIONS):
            ok = g[col].notna()
            row[col] = float(np.average(g.loc[ok, col], weights=w[ok])) if ok.any() else np.nan
        rows.append(row)
    out = pd.DataFrame(rows)
    out["klasse"] = out["afw"].map(scale.classify)
    return out


def join(values: pd.DataFrame, scores: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Indicator values matched to scores on the area code; the codes that did not match."""
    merged = values[["code", "value"]].merge(scores, on="code", how="left", indicator=True)
    unmatched = merged.loc[merged["_merge"] == "left_only", "code"].tolist()
    matched = merged[merged["_merge"] == "both"].drop(columns="_merge")
    return matched.dropna(subset=["value", "afw"]).reset_index(drop=True), unmatched


def mean_per_class(joined: pd.DataFrame, class_col: str) -> pd.DataFrame:
    """The indicator's mean (and n) per liveability class: 'share of X in areas of class Y'."""
    g = joined.dropna(subset=[class_col]).groupby(class_col)["value"]
    return pd.DataFrame({"klasse": g.mean().index.astype(int), "mean": g.mean().to_numpy(),
                         "n": g.size().to_numpy()})
