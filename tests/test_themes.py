"""Putting a statistic next to liveability (core.themes): what did not
join and why, gemeenten whose territory grew."""
from __future__ import annotations

import pandas as pd

from core.themes import join, mean_per_class, merged_territory, missing_by_gemeente

DIMS = ("fys", "won", "vrz", "soc", "onv")


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
