"""Putting a statistic next to liveability: honest joins and the class means the reports use."""
from __future__ import annotations

import pandas as pd

from core.weighting import weighted_means
from core import queries
from core.caching import cached

# An indicator is offered at a level when at least this share of its values (or of the level's
# areas) joins a score, and at least MIN_JOINED areas do: the build applies the rule, Over de
# data states it.
MIN_JOIN_SHARE = 0.8
MIN_JOINED = 5


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
    """The indicator's household-weighted mean (and n) per liveability class: 'share of X
    among households in areas of class Y', as the letters state their findings. Areas without
    households weigh nothing; where no area of the join has households (an upload at a level
    without them), every area weighs the same."""
    frame = joined.dropna(subset=[class_col, "value"])
    weights = frame["households"] if "households" in frame and frame["households"].fillna(0).gt(0).any() else None
    frame = frame.assign(w=1.0 if weights is None else weights.fillna(0.0), klasse=frame[class_col].astype(int))
    out = weighted_means(frame, ["klasse"], measures=("value",), weight="w")
    n = frame[frame["w"] > 0].groupby("klasse").size()  # the areas that count: an area without households weighs 0
    return pd.DataFrame({"klasse": out["klasse"].astype(int), "mean": out["value"],
                         "n": out["klasse"].map(n).fillna(0).astype(int), "households": out["households"],
                         "weighted": weights is not None})


WEAK_END_MAX_CLASS = 3  # onvoldoende or lower, as the letters compare
BEST_CLASS = 9


def weak_to_best_ratio(joined: pd.DataFrame, class_col: str) -> dict:
    """The household-weighted mean in areas of class onvoldoende or lower against uitstekend,
    and their ratio (the letters' "factor 2.8"); NaN where either end has no areas."""
    frame = joined.dropna(subset=[class_col, "value"])
    w = frame["households"].fillna(0.0) if "households" in frame else pd.Series(1.0, index=frame.index)
    frame = frame.assign(w=w, end=frame[class_col].map(
        lambda k: "weak" if k <= WEAK_END_MAX_CLASS else "best" if k == BEST_CLASS else None))
    means = weighted_means(frame.dropna(subset=["end"]), ["end"], measures=("value",), weight="w")
    by_end = dict(zip(means["end"], means["value"]))
    weak, best = by_end.get("weak", float("nan")), by_end.get("best", float("nan"))
    ratio = weak / best if best == best and weak == weak and best != 0 else float("nan")
    return {"weak": weak, "best": best, "ratio": ratio}


# ------------------------------------------------------------------ the app's cached recipes

def _joined(con, indicator: str, level: str, weight: str) -> pd.DataFrame:
    scores = queries.level_scores(con, level, max(queries.years_of(con, level)))
    values = queries.indicator_values(con, indicator, level)
    joined, _ = join(values, scores)
    if weight == "pupils":  # school advice: each area counts with the pupils behind its share
        joined = joined.assign(households=joined["code"].map(values.set_index("code")["n_pupils"]).astype(float))
    return joined


@cached(copy=True, max_entries=256)
def class_ends(con, indicator: str, level: str, weight: str = "households") -> dict:
    """An indicator's mean where liveability is onvoldoende or lower and where it is
    uitstekend, in the latest year of `level`, weighted by households (or, for school advice,
    "pupils"); computed once per database."""
    return weak_to_best_ratio(_joined(con, indicator, level, weight), "klasse")


@cached(copy=True, max_entries=64)
def class_profile(con, indicator: str, level: str) -> pd.DataFrame:
    """An indicator's household-weighted mean per liveability class (mean_per_class)."""
    return mean_per_class(_joined(con, indicator, level, "households"), "klasse")
