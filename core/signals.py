"""The reports' three signals as pure functions on a PC4 series.

Input: one row per (code, year) with afw, the five dimensions and klasse (class 1–9). Every
definition is spelled out in the docstring and on the page; the thresholds are parameters.
"""
from __future__ import annotations

import pandas as pd

from core.decompose import driver
from core.scale import DIMENSIONS, SUFFICIENT_CLASS, WEAK_CLASS

# One class width on the symmetric dimension scale (0.0392): the reports' "substantial" change.
DEFAULT_MIN_CHANGE = 0.04
UNDER_PRESSURE_CLASS = 3  # onvoldoende or lower
DEFAULT_N, DEFAULT_M = 3, 4  # at least 3 of the last 4 measurements (2016–2022)

CHANGE_COLUMNS = ["code", "year_from", "year_to", "class_from", "class_to", "afw_from", "afw_to", "change",
                  "direction", "driver", *[f"d_{d}" for d in DIMENSIONS]]


def _pair(series: pd.DataFrame, year_from: int, year_to: int) -> pd.DataFrame:
    """Areas measured in both years, side by side (areas missing in either year are left out)."""
    a = series[series["year"] == year_from]
    b = series[series["year"] == year_to]
    both = a.merge(b, on="code", suffixes=("_a", "_b"), how="inner").set_index("code")
    return both[both["afw_a"].notna() & both["afw_b"].notna()]


def _changes(both: pd.DataFrame, year_from: int, year_to: int) -> pd.DataFrame:
    out = pd.DataFrame({
        "code": both.index, "year_from": year_from, "year_to": year_to,
        "class_from": both["klasse_a"].astype(int).to_numpy(), "class_to": both["klasse_b"].astype(int).to_numpy(),
        "afw_from": both["afw_a"].to_numpy(), "afw_to": both["afw_b"].to_numpy(),
    })
    out["change"] = out["afw_to"] - out["afw_from"]
    out["direction"] = out["change"].map(lambda c: "riser" if c > 0 else "faller")
    for d in DIMENSIONS:
        out[f"d_{d}"] = (both[f"{d}_b"] - both[f"{d}_a"]).to_numpy()
    out["driver"] = [
        driver({d: (None if pd.isna(r[f"d_{d}"]) else r[f"d_{d}"]) for d in DIMENSIONS}, r["change"])
        for r in out.to_dict("records")
    ]
    return out[CHANGE_COLUMNS]


def risers_and_fallers(series: pd.DataFrame, year_from: int, year_to: int,
                       min_change: float = DEFAULT_MIN_CHANGE, start_max_class: int = WEAK_CLASS) -> pd.DataFrame:
    """Stijgers en dalers: areas of class ≤ `start_max_class` (default zwak) in `year_from`
    whose deviation changed by at least `min_change` (either way) by `year_to`.

    A change exactly equal to `min_change` counts. The driver is the dimension that moved most
    in the direction of the change; it is empty when either year has no dimension scores
    (before 2014).
    """
    both = _pair(series, year_from, year_to)
    both = both[both["klasse_a"] <= start_max_class]
    out = _changes(both, year_from, year_to)
    out = out[out["change"].abs() >= min_change - 1e-12]
    return out.sort_values("change", ascending=False).reset_index(drop=True)


def counts_per_period(series: pd.DataFrame, min_change: float = DEFAULT_MIN_CHANGE,
                      start_max_class: int = WEAK_CLASS) -> pd.DataFrame:
    """Number of risers and fallers for each pair of successive measurement years."""
    years = sorted(series["year"].unique())
    rows = []
    for a, b in zip(years, years[1:]):
        found = risers_and_fallers(series, a, b, min_change, start_max_class)
        rows.append({"period": f"{a}–{b}", "year_from": a, "year_to": b,
                     "risers": int((found["direction"] == "riser").sum()),
                     "fallers": int((found["direction"] == "faller").sum())})
    return pd.DataFrame(rows)


def under_pressure(series: pd.DataFrame, n: int = DEFAULT_N, m: int = DEFAULT_M,
                   max_class: int = UNDER_PRESSURE_CLASS) -> pd.DataFrame:
    """Structureel onder druk (our proxy): class ≤ `max_class` (default onvoldoende) in at
    least `n` of the last `m` measurement years.

    An area missing in some of those years counts only the years it was measured. Reported:
    how many of the m years, the longest run of consecutive weak measurements over the whole
    series ("how long"), the mean deviation in the weak years and the lowest class ("how
    deep"), and the weakest dimension in the latest year that has dimension scores.
    """
    years = sorted(series["year"].unique())
    last = years[-m:] if m <= len(years) else years
    recent = series[series["year"].isin(last)]
    weak_counts = recent[recent["klasse"] <= max_class].groupby("code").size()
    hits = weak_counts[weak_counts >= n]
    rows = []
    for code, count in hits.items():
        s = series[series["code"] == code].sort_values("year")
        weak = s["klasse"] <= max_class
        run = best = 0
        for w in weak:
            run = run + 1 if w else 0
            best = max(best, run)
        with_dims = s.dropna(subset=list(DIMENSIONS))
        weakest = None
        if not with_dims.empty:
            latest = with_dims.iloc[-1]
            weakest = min(DIMENSIONS, key=lambda d: latest[d])
        rows.append({"code": code, "weak_of_last": int(count), "last_years": len(last),
                     "longest_run": best, "mean_afw_weak": float(s.loc[weak, "afw"].mean()),
                     "lowest_class": int(s["klasse"].min()), "latest_class": int(s["klasse"].iloc[-1]),
                     "weakest_dimension": weakest})
    cols = ["code", "weak_of_last", "last_years", "longest_run", "mean_afw_weak", "lowest_class",
            "latest_class", "weakest_dimension"]
    return pd.DataFrame(rows, columns=cols).sort_values("mean_afw_weak").reset_index(drop=True)


def early_warning(series: pd.DataFrame, year_from: int, year_to: int, min_decline: float = DEFAULT_MIN_CHANGE,
                  relative: bool = False) -> pd.DataFrame:
    """Vroegsignalering: areas of class voldoende or ruim voldoende in `year_from` whose
    deviation fell by at least `min_decline` by `year_to`, either absolutely or (relative=True)
    compared with the national change (the mean change of all areas measured in both years).
    """
    both = _pair(series, year_from, year_to)
    national = float((both["afw_b"] - both["afw_a"]).mean()) if len(both) else 0.0
    start = both[both["klasse_a"].isin([SUFFICIENT_CLASS, SUFFICIENT_CLASS + 1])]
    out = _changes(start, year_from, year_to)
    out["national_change"] = national
    out["relative_change"] = out["change"] - national
    measure = out["relative_change"] if relative else out["change"]
    out = out[measure <= -min_decline + 1e-12]
    return out.sort_values("relative_change" if relative else "change").reset_index(drop=True)
