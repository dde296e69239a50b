"""Household-weighted means: the one builder behind every derived average the app shows.

The national trend, a gemeente's trend (from official wijk scores: `official_trend`), a gemeente or the Netherlands in a comparison, the
G4/G40 groups: all are means of area scores weighted by households, and all come from
`weighted_means`, so the same question gets the same figure on every page (two separate
derivations once gave one gemeente two trends a class width apart).

Weights: CBS 2024 households per buurt; a postcode area's households are its buurten's,
split by area of overlap (build: `geo.split_by_overlap`); a wijk's are its CBS 2022
households (kerncijfers 2022, the wijk division of the scores). Areas without households weigh
nothing (no imputed averages). 2024 households weigh every year, as no older counts per
area are in the sources.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.scale import DIMENSIONS
from core import provenance, queries
from core.caching import cached

MEASURES = ("afw", *DIMENSIONS)


# The sources and the weights behind a trend, by where it came from (official_trend's `source`).
TREND_SOURCES = {kind: list(ids) for kind, ids in provenance.TREND.items()}  # core.provenance says which

def weighted_means(frame: pd.DataFrame, by: list[str] | tuple[str, ...] = (), measures=MEASURES,
                   weight: str = "households") -> pd.DataFrame:
    """Per group of `by`: the weighted mean of each measure over areas with a value and a
    positive weight, the number of such areas (`n`, counted on the first measure) and
    their households."""
    w = pd.to_numeric(frame[weight], errors="coerce").fillna(0.0).clip(lower=0.0)
    data = pd.DataFrame({col: frame[col] for col in by}, index=frame.index)
    for m in measures:
        has = frame[m].notna() & (w > 0)
        data[f"{m}__vw"] = np.where(has, frame[m].fillna(0.0) * w, 0.0)
        data[f"{m}__w"] = np.where(has, w, 0.0)
    first = measures[0]
    data["n"] = (frame[first].notna() & (w > 0)).astype(int)
    data["households"] = data[f"{first}__w"]
    grouped = data.groupby(list(by), sort=True, dropna=False).sum() if by else data.sum().to_frame().T
    out = pd.DataFrame(index=grouped.index)
    for m in measures:
        out[m] = grouped[f"{m}__vw"] / grouped[f"{m}__w"].replace(0.0, np.nan)
    out["n"] = grouped["n"].astype(int)
    out["households"] = grouped["households"].astype(float)
    return out.reset_index(drop=not by)


def trend(series: pd.DataFrame, gemeente_codes: list[str] | tuple[str, ...] | None = None) -> pd.DataFrame:
    """The household-weighted trend of one series (wijk or postcode area): nationally (no
    codes) or per gemeente."""
    if gemeente_codes is None:
        return weighted_means(series, ["year"])
    within = series[series["gemeente_code"].isin(list(gemeente_codes))]
    return weighted_means(within, ["gemeente_code", "year"])


# A gemeente's trend comes from its official wijken when, in every year, the wijken with a score
# hold at least this share of the households of all its wijken (every gemeente does: the lowest
# is 91% in 2002–2020, where a few wijken were not yet measured); otherwise from postcode areas.
MIN_WIJK_COVERAGE = 0.9
SOURCE_WIJK, SOURCE_PC4 = "wijk", "pc4"


def wijk_coverage(wijk_series: pd.DataFrame) -> pd.DataFrame:
    """Per gemeente and year: the share of the gemeente's wijk households in wijken with a score."""
    areas = wijk_series.drop_duplicates("code")
    w = pd.to_numeric(areas["households"], errors="coerce").fillna(0.0)
    total = w.groupby(areas["gemeente_code"]).sum()
    scored = wijk_series[wijk_series["afw"].notna()]
    hh = pd.to_numeric(scored["households"], errors="coerce").fillna(0.0)
    per_year = hh.groupby([scored["gemeente_code"], scored["year"]]).sum().rename("households").reset_index()
    per_year["coverage"] = per_year["households"] / per_year["gemeente_code"].map(total).replace(0.0, np.nan)
    return per_year


def official_trend(wijk_series: pd.DataFrame, pc4_series: pd.DataFrame,
                   gemeente_codes: list[str] | tuple[str, ...] | None = None) -> pd.DataFrame:
    """The trend the app shows: household-weighted means of official wijk scores, nationally or
    per gemeente, falling back to postcode areas for a gemeente its wijken do not cover (or when
    there is no wijk series). Columns as `trend`, plus `source` (wijk or pc4) and `coverage`
    (the gemeente's lowest yearly wijk coverage; 1 nationally)."""
    if wijk_series is None or wijk_series.empty:
        out = trend(pc4_series, gemeente_codes)
        return out.assign(source=SOURCE_PC4, coverage=np.nan)
    if gemeente_codes is None:
        return trend(wijk_series).assign(source=SOURCE_WIJK, coverage=1.0)
    codes = list(gemeente_codes)
    cover = wijk_coverage(wijk_series[wijk_series["gemeente_code"].isin(codes)])
    lowest = cover.groupby("gemeente_code")["coverage"].min()
    by_wijk = [c for c in codes if lowest.get(c, 0.0) >= MIN_WIJK_COVERAGE]
    parts = []
    if by_wijk:
        parts.append(trend(wijk_series, by_wijk).assign(source=SOURCE_WIJK))
    rest = [c for c in codes if c not in by_wijk]
    if rest:
        parts.append(trend(pc4_series, rest).assign(source=SOURCE_PC4))
    out = pd.concat(parts, ignore_index=True) if parts else trend(wijk_series, codes).assign(source=SOURCE_WIJK)
    out["coverage"] = out["gemeente_code"].map(lowest)
    return out.sort_values(["gemeente_code", "year"]).reset_index(drop=True)


def derivations_compared(wijk_series: pd.DataFrame, pc4_series: pd.DataFrame) -> pd.DataFrame:
    """Per gemeente: how far the postcode-area trend lies from the official-wijk trend
    (mean and largest absolute difference of afw over the years both have, and the year of the
    largest), so the change of method is visible rather than silent."""
    by_wijk = trend(wijk_series, sorted(wijk_series["gemeente_code"].dropna().unique()))
    by_pc4 = trend(pc4_series, sorted(pc4_series["gemeente_code"].dropna().unique()))
    both = by_wijk.merge(by_pc4, on=["gemeente_code", "year"], suffixes=("_wijk", "_pc4"))
    both = both[both["afw_wijk"].notna() & both["afw_pc4"].notna()]
    both["diff"] = both["afw_pc4"] - both["afw_wijk"]
    both["abs_diff"] = both["diff"].abs()
    worst = both.loc[both.groupby("gemeente_code")["abs_diff"].idxmax(), ["gemeente_code", "year", "diff"]]
    out = both.groupby("gemeente_code").agg(years=("year", "size"), mean_abs_diff=("abs_diff", "mean"),
                                             max_abs_diff=("abs_diff", "max")).reset_index()
    out = out.merge(worst.rename(columns={"year": "worst_year", "diff": "worst_diff"}), on="gemeente_code")
    return out.sort_values("max_abs_diff", ascending=False).reset_index(drop=True)


def mean_of(frame: pd.DataFrame) -> dict:
    """One weighted mean over all rows (a gemeente's or the country's scores in one year)."""
    return weighted_means(frame).iloc[0].to_dict()


# ------------------------------------------------------------------ the app's cached recipes

def _with_sources(trend: pd.DataFrame) -> pd.DataFrame:
    """A trend carries the sources of what it drew on (its `source` column: wijk and/or pc4)."""
    trend.attrs["sources"] = provenance.trend([k for k in ("wijk", "pc4") if k in set(trend["source"])] or ["wijk"])
    return trend


@cached(max_entries=2)
def every_gemeente_trend(con) -> pd.DataFrame:
    """Every gemeente's own trend in one pass: official_trend treats gemeenten independently, so a
    gemeente's rows here are its trend. One pass takes a fraction of a second; one gemeente at a
    time took about 11 ms each, 3.8 s for all, in every process's warm-up (issue 32)."""
    wijk, pc4 = queries.series(con, "wijk"), queries.series(con, "pc4")
    codes = sorted(set(wijk["gemeente_code"].dropna()) | set(pc4["gemeente_code"].dropna()))
    return official_trend(wijk, pc4, tuple(codes))


@cached(max_entries=1024)
def _derived_trend_of(con, gemeente_code: str | None) -> pd.DataFrame:
    if gemeente_code is not None:
        every = every_gemeente_trend(con)
        own = every[every["gemeente_code"] == gemeente_code]
        if len(own):
            return _with_sources(own.reset_index(drop=True))
    return _with_sources(official_trend(queries.series(con, "wijk"), queries.series(con, "pc4"),
                                        None if gemeente_code is None else (gemeente_code,)))


@cached(max_entries=256)
def derived_trend(con, gemeente_codes: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The household-weighted trend nationally (None) or per gemeente, from official wijk scores
    where they cover the gemeente (column `source`; see official_trend).

    Each gemeente's trend is computed once and shared: a choice of gemeenten on Vergelijken is a
    new combination almost every time, and recomputing per combination was the largest cache
    miss under load (issue 15). Gemeenten are independent in official_trend, so the parts put
    together are the trend of the whole choice; a choice is a small concatenation of them."""
    if gemeente_codes is None:
        return _derived_trend_of(con, None)
    parts = [_derived_trend_of(con, code) for code in dict.fromkeys(gemeente_codes)]
    if not parts:
        return _with_sources(official_trend(queries.series(con, "wijk"), queries.series(con, "pc4"), ()))
    return _with_sources(pd.concat(parts, ignore_index=True).sort_values(["gemeente_code", "year"]).reset_index(drop=True))


@cached(copy=True, max_entries=2)
def derivations_by_gemeente(con) -> pd.DataFrame:
    """Per gemeente: the postcode-area trend against the official-wijk trend (derivations_compared)."""
    return derivations_compared(queries.series(con, "wijk"), queries.series(con, "pc4"))


@cached(copy=True, max_entries=1024)
def level_mean(con, level: str, year: int, gemeente_code: str | None = None) -> dict:
    """Household-weighted mean scores of one level's areas in one year (the country or a gemeente)."""
    frame = queries.level_scores(con, level, year)
    if gemeente_code:
        frame = frame[frame["gemeente_code"] == gemeente_code]
    return mean_of(frame)
