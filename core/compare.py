"""Comparing gemeenten: one table with scores, spread and groups; profiles that look alike;
group means the way the government's reports present them."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core import queries
from core.caching import cached
from core.inequality import spread_by_gemeente
from core.scale import DIMENSIONS
from core.weighting import weighted_means


def gemeente_table(gemeenten: pd.DataFrame, buurten: pd.DataFrame) -> pd.DataFrame:
    """All gemeenten with official scores, buurt spread, rank (1 = highest score) and spread rank."""
    spread = spread_by_gemeente(buurten)
    table = gemeenten.merge(spread, left_on="code", right_on="gemeente_code", how="left",
                            suffixes=("", "_spread"))
    table["rank"] = table["afw"].rank(ascending=False, method="min").astype(int)
    # Spread rank (1 = widest) only among gemeenten with enough buurten for it to mean much.
    table["spread_rank"] = (table["iqr"].where(table["spread_reliable"].fillna(False).astype(bool))
                            .rank(ascending=False, method="min").astype("Int64"))
    return table.sort_values("rank").reset_index(drop=True)


def filter_ranking(table: pd.DataFrame, provinces=(), groups=(), urbanity=(), gemeenten=None) -> pd.DataFrame:
    """The ranking narrowed to the chosen provinces, groups and urbanity classes (empty = all)
    and, if given, to a set of gemeente codes (a COROP region's)."""
    shown = table
    if gemeenten is not None:
        shown = shown[shown["code"].isin(set(gemeenten))]
    if provinces:
        shown = shown[shown["province_name"].isin(provinces)]
    if groups:
        shown = shown[shown["city_group"].isin(groups)]
    if urbanity:
        shown = shown[shown["urbanity"].isin(urbanity)]
    return shown


def most_similar(table: pd.DataFrame, code: str, n: int = 5) -> pd.DataFrame:
    """The n gemeenten whose five-dimension profile is closest (Euclidean) to `code`'s.

    `similarity` is 1 for an identical profile and falls towards 0 with distance, scaled by
    the median distance between all pairs so the number reads the same for any data.
    """
    profiles = table.set_index("code")[list(DIMENSIONS)].astype(float)
    if code not in profiles.index:
        return table.head(0)
    me = profiles.loc[code].to_numpy()
    dist = np.sqrt(((profiles.to_numpy() - me) ** 2).sum(axis=1))
    all_pairs = np.sqrt(((profiles.to_numpy()[:, None, :] - profiles.to_numpy()[None, :, :]) ** 2).sum(axis=2))
    scale = float(np.median(all_pairs[np.triu_indices(len(profiles), 1)])) or 1.0
    out = table.set_index("code").assign(distance=dist, similarity=1 / (1 + dist / scale))
    out = out.drop(index=code).sort_values("distance").head(n)
    return out.reset_index()


def group_means(buurten: pd.DataFrame, by: str) -> pd.DataFrame:
    """Household-weighted mean of buurt scores (total and dimensions) per group.

    Computed over buurten, not gemeenten, so each household counts once, as in the reports;
    the weighting is the one of every derived figure (core.weighting)."""
    out = weighted_means(buurten.dropna(subset=[by]), [by])
    counts = buurten.dropna(subset=[by]).groupby(by).size().rename("buurten")
    return out.merge(counts, left_on=by, right_index=True)


def means_by_urbanity(buurten: pd.DataFrame, gemeenten: pd.DataFrame) -> pd.DataFrame:
    """group_means by the urbanity class of each buurt's gemeente (CBS; derived for merged gemeenten)."""
    urbanity = gemeenten[["code", "urbanity"]].rename(columns={"code": "gemeente_code", "urbanity": "gm_urbanity"})
    return group_means(buurten.merge(urbanity, on="gemeente_code"), "gm_urbanity")


# ------------------------------------------------------------------ the app's cached recipes

@cached(max_entries=8)
def gemeenten_in(con, year: int) -> pd.DataFrame:
    """All gemeenten of a year with scores, spread and ranks (gemeente_table); shared: read only."""
    return gemeente_table(queries.level_scores(con, "gemeente", year), queries.level_scores(con, "buurt", year))


@cached(max_entries=8)
def group_profiles(con, year: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Household-weighted means per G4/G40/rest and per urbanity class (shared: read only)."""
    from core.groups import GROUPS
    buurten = queries.level_scores(con, "buurt", year)
    by_group = group_means(buurten, "city_group").set_index("city_group").reindex(list(GROUPS)).dropna(subset=["afw"])
    return by_group.reset_index(), means_by_urbanity(buurten, gemeenten_in(con, year))


@cached(max_entries=512)
def similar_gemeenten(con, year: int, code: str, n: int = 4) -> pd.DataFrame:
    """The n gemeenten with the most similar five-dimension profile (most_similar), once per gemeente."""
    return most_similar(gemeenten_in(con, year), code, n=n)
