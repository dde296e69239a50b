"""Correlation with its uncertainty, written out so the numbers can be checked by hand.

Pearson r with a 95% interval from Fisher's z-transform; Spearman's rho as Pearson on
average ranks; an ordinary least-squares line for the scatter.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

Z95 = 1.959963984540054


def _clean(x, y) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = np.isfinite(x) & np.isfinite(y)
    return x[keep], y[keep]


def pearson(x, y) -> float:
    x, y = _clean(x, y)
    if len(x) < 3 or np.std(x) == 0 or np.std(y) == 0:
        return float("nan")
    return float(np.corrcoef(x, y)[0, 1])


def spearman(x, y) -> float:
    x, y = _clean(x, y)
    if len(x) < 3:
        return float("nan")
    return pearson(pd.Series(x).rank().to_numpy(), pd.Series(y).rank().to_numpy())


def fisher_interval(r: float, n: int, z: float = Z95) -> tuple[float, float]:
    """95% interval of a correlation (Fisher z); NaN when n ≤ 3 or r is ±1 or undefined."""
    if n <= 3 or not math.isfinite(r) or abs(r) >= 1:
        return float("nan"), float("nan")
    centre, half = math.atanh(r), z / math.sqrt(n - 3)
    return math.tanh(centre - half), math.tanh(centre + half)


def least_squares(x, y) -> tuple[float, float]:
    """(slope, intercept) of the ordinary least-squares line."""
    x, y = _clean(x, y)
    if len(x) < 2 or np.std(x) == 0:
        return float("nan"), float("nan")
    slope, intercept = np.polyfit(x, y, 1)
    return float(slope), float(intercept)


def summary(x, y) -> dict:
    xc, yc = _clean(x, y)
    n = len(xc)
    r = pearson(xc, yc)
    lo, hi = fisher_interval(r, n)
    rho = spearman(xc, yc)
    rho_lo, rho_hi = fisher_interval(rho, n)
    slope, intercept = least_squares(xc, yc)
    return {"n": n, "pearson": r, "pearson_lo": lo, "pearson_hi": hi, "spearman": rho,
            "spearman_lo": rho_lo, "spearman_hi": rho_hi, "slope": slope, "intercept": intercept}
