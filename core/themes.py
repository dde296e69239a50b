"""Putting a statistic next to liveability: honest joins and the class means the reports use."""
from __future__ import annotations

import pandas as pd

from core.scale import ClassScale
from core.search import wijk_of
from core.weighting import weighted_means


def wijk_scores(buurten: pd.DataFrame, scale: ClassScale) -> pd.DataFrame:
    """Wijk scores derived from buurten (WK = BU[:8]), household-weighted; not an official figure.

    The Leefbaarometer's wijk layer for 2024 is not in our data, so a wijk indicator can only
    be compared with this derivation (said so on the page). Same weighting as every derived
    figure (core.weighting); a wijk whose buurten have no households gets no score.
    """
    b = buurten.assign(code=buurten["code"].map(wijk_of))
    out = weighted_means(b, ["code"])
    first = b.groupby("code").agg(gemeente_name=("gemeente_name", "first"))
    out = out.merge(first, left_on="code", right_index=True).assign(name=lambda d: d["code"])
    out = out.dropna(subset=["afw"]).reset_index(drop=True)
    out["klasse"] = out["afw"].map(scale.classify)
    return out


def missing_by_gemeente(unmatched: list[str], values: pd.DataFrame, min_share: float = 0.5) -> pd.DataFrame:
    """Gemeenten (by the code inside buurt or wijk codes) most of whose values did not join:
    typically a recoding, such as Amsterdam's wijken in 2022."""
    codes = values["code"][values["code"].str.match(r"^(BU|WK)\d{4}")]
    if codes.empty:
        return pd.DataFrame(columns=["gemeente_code", "values", "missing"])
    gm = "GM" + codes.str.slice(2, 6)
    frame = pd.DataFrame({"gemeente_code": gm, "missing": codes.isin(set(unmatched))})
    per = frame.groupby("gemeente_code")["missing"].agg(values="size", missing="sum").reset_index()
    return per[per["missing"] >= min_share * per["values"]].sort_values("missing", ascending=False)


def merged_territory(joined_codes, mergers: pd.DataFrame) -> pd.DataFrame:
    """Gemeenten in the join that took in another gemeente after the indicator's year: their
    old figure covers less ground than their 2024 score."""
    return mergers[mergers["new_code"].isin(set(joined_codes))]


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
