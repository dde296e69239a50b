"""The reports' three signals as pure functions on a PC4 series.

Input: one row per (code, year) with afw, the five dimensions, klasse (class 1–9) and
households (the area's weight; equal weights where the column is absent). Every definition
is spelled out in the docstring and on the page; the thresholds are parameters.

Signals are always computed against the whole country: `within` (a set of area codes)
narrows what is reported, never the national reference.
"""
from __future__ import annotations

import pandas as pd

from core import queries
from core.caching import cached
from core.decompose import driver
from core.scale import DIMENSIONS, SUFFICIENT_CLASS, WEAK_CLASS
from core.weighting import weighted_means

# One class width on the symmetric dimension scale (0.0392): the reports' "substantial" change.
DEFAULT_MIN_CHANGE = 0.04
# Compared with the national change by default: the national mean rose in every period, so an
# absolute threshold calls almost every weak area a riser (2014–2022: 180 risers, 9 fallers),
# while the letters report more dalers than stijgers since 2020.
DEFAULT_RELATIVE = True
# Structureel onder druk: zwak or lower in every one of the last four measurements (2016–2022).
UNDER_PRESSURE_CLASS = WEAK_CLASS
DEFAULT_N, DEFAULT_M = 4, 4

CHANGE_COLUMNS = ["code", "year_from", "year_to", "class_from", "class_to", "afw_from", "afw_to", "change",
                  "national_change", "relative_change", "direction", "driver", "households",
                  *[f"d_{d}" for d in DIMENSIONS]]


def _weighted(series: pd.DataFrame) -> pd.DataFrame:
    return series if "households" in series.columns else series.assign(households=1.0)


def national_change(series: pd.DataFrame, year_from: int, year_to: int) -> float:
    """Change of the household-weighted national mean (the national trend's own figure)."""
    means = weighted_means(_weighted(series), ["year"], measures=("afw",)).set_index("year")["afw"]
    if year_from not in means.index or year_to not in means.index:
        return 0.0
    return float(means[year_to] - means[year_from])


def _pair(series: pd.DataFrame, year_from: int, year_to: int) -> pd.DataFrame:
    """Areas measured in both years, side by side (areas missing in either year are left out)."""
    a = series[series["year"] == year_from]
    b = series[series["year"] == year_to]
    both = a.merge(b, on="code", suffixes=("_a", "_b"), how="inner").set_index("code")
    return both[both["afw_a"].notna() & both["afw_b"].notna()]


def _changes(both: pd.DataFrame, year_from: int, year_to: int, national: float, relative: bool) -> pd.DataFrame:
    out = pd.DataFrame({
        "code": both.index, "year_from": year_from, "year_to": year_to,
        "class_from": both["klasse_a"].astype(int).to_numpy(), "class_to": both["klasse_b"].astype(int).to_numpy(),
        "afw_from": both["afw_a"].to_numpy(), "afw_to": both["afw_b"].to_numpy(),
        "households": pd.to_numeric(both["households_b"], errors="coerce").fillna(0.0).to_numpy(),
    })
    out["change"] = out["afw_to"] - out["afw_from"]
    out["national_change"] = national
    out["relative_change"] = out["change"] - national
    measure = out["relative_change"] if relative else out["change"]
    out["direction"] = measure.map(lambda c: "riser" if c > 0 else "faller")
    for d in DIMENSIONS:
        out[f"d_{d}"] = (both[f"{d}_b"] - both[f"{d}_a"]).to_numpy()
    out["driver"] = [
        driver({d: (None if pd.isna(r[f"d_{d}"]) else r[f"d_{d}"]) for d in DIMENSIONS}, r["change"])
        for r in out.to_dict("records")
    ]
    return out[CHANGE_COLUMNS]


def _narrow(frame: pd.DataFrame, within) -> pd.DataFrame:
    return frame if within is None else frame[frame["code"].isin(within)]


def risers_and_fallers(series: pd.DataFrame, year_from: int, year_to: int,
                       min_change: float = DEFAULT_MIN_CHANGE, start_max_class: int = WEAK_CLASS,
                       relative: bool = DEFAULT_RELATIVE, within=None) -> pd.DataFrame:
    """Stijgers en dalers: areas of class ≤ `start_max_class` (default zwak) in `year_from`
    whose deviation changed by at least `min_change` (either way) by `year_to`; with
    `relative`, the change beyond the national change over the same period.

    A change exactly equal to `min_change` counts. The driver is the dimension that moved most
    in the direction of the change; it is empty when either year has no dimension scores.
    """
    series = _weighted(series)
    national = national_change(series, year_from, year_to)
    both = _pair(series, year_from, year_to)
    both = both[both["klasse_a"] <= start_max_class]
    out = _changes(both, year_from, year_to, national, relative)
    measure = out["relative_change"] if relative else out["change"]
    out = _narrow(out[measure.abs() >= min_change - 1e-12], within)
    return out.sort_values("relative_change" if relative else "change", ascending=False).reset_index(drop=True)


def counts_per_period(series: pd.DataFrame, min_change: float = DEFAULT_MIN_CHANGE,
                      start_max_class: int = WEAK_CLASS, relative: bool = DEFAULT_RELATIVE,
                      within=None) -> pd.DataFrame:
    """Risers and fallers (areas and households) for each pair of successive measurement years."""
    years = sorted(series["year"].unique())
    rows = []
    for a, b in zip(years, years[1:]):
        found = risers_and_fallers(series, a, b, min_change, start_max_class, relative, within)
        up, down = found["direction"] == "riser", found["direction"] == "faller"
        rows.append({"period": f"{a}–{b}", "year_from": a, "year_to": b,
                     "risers": int(up.sum()), "fallers": int(down.sum()),
                     "risers_households": float(found.loc[up, "households"].sum()),
                     "fallers_households": float(found.loc[down, "households"].sum())})
    return pd.DataFrame(rows)


def under_pressure(series: pd.DataFrame, n: int = DEFAULT_N, m: int = DEFAULT_M,
                   max_class: int = UNDER_PRESSURE_CLASS, within=None) -> pd.DataFrame:
    """Structureel onder druk (our proxy): class ≤ `max_class` (default zwak) in at least `n`
    of the last `m` measurement years (default: all of the last four).

    An area missing in some of those years counts only the years it was measured. Reported:
    how many of the m years, the longest run of consecutive weak measurements over the whole
    series ("how long"), the mean deviation in the weak years and the lowest class ("how
    deep"), the weakest dimension in the latest year that has dimension scores, households.
    """
    series = _weighted(series)
    years = sorted(series["year"].unique())
    last = years[-m:] if m <= len(years) else years
    recent = series[series["year"].isin(last)]
    weak_counts = recent[recent["klasse"] <= max_class].groupby("code").size()
    hits = weak_counts[weak_counts >= n]
    if within is not None:
        hits = hits[hits.index.isin(within)]
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
                     "weakest_dimension": weakest,
                     "households": float(pd.to_numeric(s["households"], errors="coerce").fillna(0).iloc[-1]),
                     "gemeente_code": s["gemeente_code"].iloc[-1] if "gemeente_code" in s.columns else None})
    cols = ["code", "weak_of_last", "last_years", "longest_run", "mean_afw_weak", "lowest_class",
            "latest_class", "weakest_dimension", "households", "gemeente_code"]
    return pd.DataFrame(rows, columns=cols).sort_values("mean_afw_weak").reset_index(drop=True)


def early_warning(series: pd.DataFrame, year_from: int, year_to: int, min_decline: float = DEFAULT_MIN_CHANGE,
                  relative: bool = False, within=None) -> pd.DataFrame:
    """Vroegsignalering: areas of class voldoende or ruim voldoende in `year_from` whose
    deviation fell by at least `min_decline` by `year_to`, either absolutely or (relative=True)
    beyond the national change (the change of the household-weighted national mean, always
    over the whole country, whatever region is shown).
    """
    series = _weighted(series)
    national = national_change(series, year_from, year_to)
    both = _pair(series, year_from, year_to)
    start = both[both["klasse_a"].isin([SUFFICIENT_CLASS, SUFFICIENT_CLASS + 1])]
    out = _changes(start, year_from, year_to, national, relative)
    measure = out["relative_change"] if relative else out["change"]
    out = _narrow(out[measure <= -min_decline + 1e-12], within)
    return out.sort_values("relative_change" if relative else "change").reset_index(drop=True)


# ------------------------------------------------------------------ the app's cached recipes
# Each signal is computed on the whole country's series of `level` (the national reference stays
# national), then narrowed to a region: None, a gemeente code or a province name.

def _within(series: pd.DataFrame, region: str | None) -> frozenset | None:
    if not region:
        return None
    column = "gemeente_code" if region.startswith("GM") else "province_name"
    return frozenset(series.loc[series[column] == region, "code"])


@cached(max_entries=512)
def national_change_in(con, year_from: int, year_to: int, level: str = "pc4") -> float:
    """national_change of one series, once per database and period (20 ms a call)."""
    return national_change(queries.series(con, level), year_from, year_to)


@cached(copy=True, max_entries=256)
def risers_and_fallers_in(con, region: str | None, year_from: int, year_to: int, min_change: float = DEFAULT_MIN_CHANGE,
                          max_class: int = WEAK_CLASS, relative: bool = DEFAULT_RELATIVE,
                          level: str = "pc4") -> pd.DataFrame:
    series = queries.series(con, level)
    return risers_and_fallers(series, year_from, year_to, min_change, max_class, relative, within=_within(series, region))


@cached(copy=True, max_entries=256)
def counts_per_period_in(con, region: str | None, min_change: float = DEFAULT_MIN_CHANGE, max_class: int = WEAK_CLASS,
                         relative: bool = DEFAULT_RELATIVE, level: str = "pc4") -> pd.DataFrame:
    series = queries.series(con, level)
    return counts_per_period(series, min_change, max_class, relative, within=_within(series, region))


@cached(copy=True, max_entries=256)
def under_pressure_in(con, region: str | None, n: int = DEFAULT_N, m: int = DEFAULT_M,
                      max_class: int = UNDER_PRESSURE_CLASS, level: str = "pc4") -> pd.DataFrame:
    series = queries.series(con, level)
    return under_pressure(series, n, m, max_class, within=_within(series, region))


@cached(copy=True, max_entries=256)
def early_warning_in(con, region: str | None, year_from: int, year_to: int, min_decline: float = DEFAULT_MIN_CHANGE,
                     relative: bool = False, level: str = "pc4") -> pd.DataFrame:
    series = queries.series(con, level)
    return early_warning(series, year_from, year_to, min_decline, relative, within=_within(series, region))
