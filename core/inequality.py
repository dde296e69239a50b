"""How unequal a gemeente is inside: weighted spread of its buurt scores and the share of
households living in weak buurten. Weights are CBS households, so a big buurt counts more."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.scale import WEAK_CLASS
from core import queries
from core.caching import cached

# Quartiles of fewer than ten buurten move a lot when one buurt changes; such gemeenten are
# flagged and left out of spread rankings by default (38 of 342 gemeenten in 2024).
MIN_BUURTEN_FOR_SPREAD = 10


def _usable(values, weights) -> tuple[np.ndarray, np.ndarray]:
    """Values with a positive weight; missing values or weights are left out."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    keep = ~np.isnan(v) & ~np.isnan(w) & (w > 0)
    return v[keep], w[keep]


def weighted_quantile(values, weights, q: float, method: str = "midpoint") -> float:
    """Quantile of a weighted sample. "midpoint" (the app's): each value sits at the midpoint
    of its share of the total weight, and quantiles interpolate between those points; with
    equal weights this is numpy's `method="hazen"` quantile. "step": the first value whose
    cumulative share of the weight reaches q, without interpolation (the reconciliation table
    shows how much the G4 ranking depends on the choice)."""
    v, w = _usable(values, weights)
    if v.size == 0:
        return float("nan")
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    if method == "step":
        cumulative = np.cumsum(w) / w.sum()
        return float(v[min(int(np.searchsorted(cumulative, q - 1e-12)), v.size - 1)])
    positions = (np.cumsum(w) - 0.5 * w) / w.sum()
    return float(np.interp(q, positions, v))


def weighted_sd(values, weights) -> float:
    v, w = _usable(values, weights)
    if v.size == 0:
        return float("nan")
    mean = np.average(v, weights=w)
    return float(np.sqrt(np.average((v - mean) ** 2, weights=w)))


def spread_by_gemeente(buurten: pd.DataFrame) -> pd.DataFrame:
    """Per gemeente: buurten, IQR and SD of buurt afw (household-weighted), the share and
    number of households in buurten of class zwak or lower, the median households per buurt
    (buurt size differs a lot: Amsterdam has 441 small buurten, Rotterdam 77 large ones) and
    whether there are enough buurten for the spread to mean much."""
    rows = []
    for code, g in buurten.groupby("gemeente_code"):
        w = g["households"].fillna(0)
        weak = g["klasse"] <= WEAK_CLASS
        total = w.sum()
        rows.append({
            "gemeente_code": code,
            "buurten": len(g),
            "iqr": weighted_quantile(g["afw"], w, 0.75) - weighted_quantile(g["afw"], w, 0.25),
            "iqr_step": weighted_quantile(g["afw"], w, 0.75, "step") - weighted_quantile(g["afw"], w, 0.25, "step"),
            "sd": weighted_sd(g["afw"], w),
            "weak_households": float(w[weak].sum()),
            "weak_share": float(w[weak].sum() / total) if total > 0 else float("nan"),
            "households_per_buurt": float(g["households"].median()),
            "spread_reliable": len(g) >= MIN_BUURTEN_FOR_SPREAD,
        })
    return pd.DataFrame(rows)


def weak_share_by(buurten: pd.DataFrame, key: str) -> pd.Series:
    """Share (0..1) of households per group living in buurten of class zwak or lower."""
    w = buurten["households"].fillna(0)
    weak = w.where(buurten["klasse"] <= WEAK_CLASS, 0.0)
    frame = pd.DataFrame({key: buurten[key], "w": w, "weak": weak})
    sums = frame.groupby(key)[["w", "weak"]].sum()
    return sums["weak"] / sums["w"].replace(0.0, np.nan)


@cached(copy=True, max_entries=8)
def spread_in(con, year: int) -> pd.DataFrame:
    """spread_by_gemeente of the buurten of one year, once per database (0.15 s each time
    before: Start, Vergelijken and Over de data all show it)."""
    return spread_by_gemeente(queries.level_scores(con, "buurt", year))
