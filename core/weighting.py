"""Household-weighted means: the one builder behind every derived average the app shows.

The national trend, a gemeente's trend, a gemeente or the Netherlands in a comparison, the
G4/G40 groups: all are means of area scores weighted by households, and all come from
`weighted_means`, so the same question gets the same figure on every page (two separate
derivations once gave one gemeente two trends a class width apart).

Weights: CBS 2024 households per buurt; a postcode area's households are its buurten's,
split by area of overlap (build: `geo.split_by_overlap`). Areas without households weigh
nothing (no imputed averages). 2024 households weigh every year, as no older counts per
area are in the sources.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.scale import DIMENSIONS

MEASURES = ("afw", *DIMENSIONS)


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
    """The derived trend of the postcode-area series: nationally (no codes) or per gemeente."""
    if gemeente_codes is None:
        return weighted_means(series, ["year"])
    within = series[series["gemeente_code"].isin(list(gemeente_codes))]
    return weighted_means(within, ["gemeente_code", "year"])


def mean_of(frame: pd.DataFrame) -> dict:
    """One weighted mean over all rows (a gemeente's or the country's scores in one year)."""
    return weighted_means(frame).iloc[0].to_dict()
