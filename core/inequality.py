"""How unequal a gemeente is inside: weighted spread of its buurt scores and the share of
households living in weak buurten. Weights are CBS households, so a big buurt counts more."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.scale import WEAK_CLASS


def _usable(values, weights) -> tuple[np.ndarray, np.ndarray]:
    """Values with a positive weight; missing values or weights are left out."""
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    keep = ~np.isnan(v) & ~np.isnan(w) & (w > 0)
    return v[keep], w[keep]


def weighted_quantile(values, weights, q: float) -> float:
    """Quantile of a weighted sample: each value sits at the midpoint of its share of the
    total weight, and quantiles interpolate between those points.

    With equal weights this is numpy's `method="hazen"` quantile.
    """
    v, w = _usable(values, weights)
    if v.size == 0:
        return float("nan")
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    positions = (np.cumsum(w) - 0.5 * w) / w.sum()
    return float(np.interp(q, positions, v))


def weighted_sd(values, weights) -> float:
    v, w = _usable(values, weights)
    if v.size == 0:
        return float("nan")
    mean = np.average(v, weights=w)
    return float(np.sqrt(np.average((v - mean) ** 2, weights=w)))


def spread_by_gemeente(buurten: pd.DataFrame) -> pd.DataFrame:
    """Per gemeente: buurten, IQR and SD of buurt afw (household-weighted), and the share
    and number of households in buurten of class zwak or lower."""
    rows = []
    for code, g in buurten.groupby("gemeente_code"):
        w = g["households"].fillna(0)
        weak = g["klasse"] <= WEAK_CLASS
        total = w.sum()
        rows.append({
            "gemeente_code": code,
            "buurten": len(g),
            "iqr": weighted_quantile(g["afw"], w, 0.75) - weighted_quantile(g["afw"], w, 0.25),
            "sd": weighted_sd(g["afw"], w),
            "weak_households": float(w[weak].sum()),
            "weak_share": float(w[weak].sum() / total) if total > 0 else float("nan"),
        })
    return pd.DataFrame(rows)
