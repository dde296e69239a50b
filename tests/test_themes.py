"""Putting a statistic next to liveability (core.themes): derived wijk scores, what did not
join and why, gemeenten whose territory grew."""
from __future__ import annotations

import pandas as pd
import pytest

from core.scale import ClassScale
from core.themes import join, mean_per_class, merged_territory, missing_by_gemeente, wijk_scores
from tests.fixtures import TOTAL_BOUNDS

DIMS = ("fys", "won", "vrz", "soc", "onv")


def test_wijk_scores_are_household_weighted_and_skip_empty_wijken():
    b = pd.DataFrame({"code": ["BU03630101", "BU03630102", "BU03630201"], "gemeente_name": ["A"] * 3,
                      "afw": [0.1, -0.1, 0.3], "households": [300, 100, 0], **{d: [0.02, -0.02, 0.06] for d in DIMS}})
    out = wijk_scores(b, ClassScale(tuple(TOTAL_BOUNDS))).set_index("code")
    assert list(out.index) == ["WK036301"]  # WK036302 has no households: no invented score
    assert out.loc["WK036301", "afw"] == pytest.approx((0.3 - 0.1) / 4)
    assert out.loc["WK036301", "households"] == 400


def test_missing_by_gemeente_names_recoded_gemeenten():
    values = pd.DataFrame({"code": [f"WK0363{i:02d}" for i in range(10)] + ["WK059901", "WK059902"]})
    unmatched = [f"WK0363{i:02d}" for i in range(10)] + ["WK059901"]
    out = missing_by_gemeente(unmatched, values).set_index("gemeente_code")
    assert out.loc["GM0363", "missing"] == 10 and out.loc["GM0599", "missing"] == 1  # half of two counts
    assert missing_by_gemeente(["WK036300"], values).empty


def test_merged_territory_lists_only_gemeenten_in_the_join():
    mergers = pd.DataFrame({"old_code": ["GM0457", "GM0370"], "old_name": ["Weesp", "Beemster"],
                            "new_code": ["GM0363", "GM0439"], "merged_between": ["2022–2024", "2021–2022"]})
    assert merged_territory(["GM0363", "GM0599"], mergers)["old_name"].tolist() == ["Weesp"]


def test_join_reports_unmatched_and_means_per_class():
    values = pd.DataFrame({"code": ["A", "B", "C"], "value": [1.0, 3.0, 5.0]})
    scores = pd.DataFrame({"code": ["A", "B"], "afw": [0.0, 0.1], "klasse": [5, 5]})
    joined, unmatched = join(values, scores)
    assert unmatched == ["C"] and len(joined) == 2
    per = mean_per_class(joined, "klasse")
    assert per.loc[0, "mean"] == 2.0 and per.loc[0, "n"] == 2
