"""Comparing gemeenten: the table, group means, similar profiles, the ranking filter."""
from __future__ import annotations

import pandas as pd
import pytest

from core.compare import filter_ranking, gemeente_table, group_means, means_by_urbanity, most_similar
from tests import sources


def test_group_means_weight_by_households():
    b = pd.DataFrame({"g": ["a", "a", "b"], "afw": [0.0, 1.0, 0.5], "households": [1, 3, 10],
                      **{d: [0.0, 1.0, 0.5] for d in ("fys", "won", "vrz", "soc", "onv")}})
    out = group_means(b, "g").set_index("g")
    assert out.loc["a", "afw"] == pytest.approx(0.75) and out.loc["b", "afw"] == pytest.approx(0.5)


def test_most_similar_finds_the_nearest_profile():
    t = pd.DataFrame({"code": ["A", "B", "C"], "name": list("ABC"),
                      "fys": [0, 0.01, 0.5], "won": [0, 0, 0.5], "vrz": [0, 0, 0.5], "soc": [0, 0, 0.5], "onv": [0, 0, 0.5]})
    out = most_similar(t, "A", n=2)
    assert out["code"].tolist() == ["B", "C"] and out["similarity"].iloc[0] > out["similarity"].iloc[1]




def test_real_table_has_342_gemeenten_and_official_classes(real_con):
    from core import queries
    table = gemeente_table(queries.level_scores(real_con, "gemeente", 2024), queries.level_scores(real_con, "buurt", 2024))
    assert len(table) == 342 and sorted(table["rank"])[0] == 1
    by = table.set_index("code")
    assert by.loc["GM0363", "klasse"] == sources.official_2024()["GM0363"]["kscore"] == 7
    assert by.loc["GM0599", "klasse"] == sources.official_2024()["GM0599"]["kscore"] == 6
    assert by.loc["GM0363", "city_group"] == "G4" and by.loc["GM0014", "city_group"] == "G40"
    assert (table["city_group"] == "G40").sum() == 41
    assert table["urbanity"].notna().all()


def test_spread_rank_only_among_gemeenten_with_enough_buurten():
    rows = []
    for gm, n, spread in (("GM1", 12, 0.1), ("GM2", 3, 0.9), ("GM3", 15, 0.3)):
        for i in range(n):
            rows.append({"code": f"BU{gm}{i}", "gemeente_code": gm, "afw": spread * (i % 2), "klasse": 5,
                         "households": 100})
    buurten = pd.DataFrame(rows)
    gemeenten = pd.DataFrame({"code": ["GM1", "GM2", "GM3"], "afw": [0.1, 0.2, 0.0]})
    table = gemeente_table(gemeenten, buurten).set_index("code")
    assert table.loc["GM3", "spread_rank"] == 1 and table.loc["GM1", "spread_rank"] == 2
    assert pd.isna(table.loc["GM2", "spread_rank"])  # three buurten: widest, but not ranked
    assert table.loc["GM2", "rank"] == 1  # the score ranking keeps every gemeente


def test_ranking_filter_and_urbanity_means():
    table = pd.DataFrame({"code": ["A", "B", "C"], "province_name": ["X", "X", "Y"], "city_group": ["G4", "overig", "G40"],
                          "urbanity": [1.0, 4.0, 1.0]})
    assert filter_ranking(table, ["X"], [], [])["code"].tolist() == ["A", "B"]
    assert filter_ranking(table, [], ["G40"], [1])["code"].tolist() == ["C"]
    assert len(filter_ranking(table)) == 3
    buurten = pd.DataFrame({"gemeente_code": ["A", "B", "C"], "afw": [0.1, 0.3, 0.2], "households": [1, 1, 3],
                            **{d: [0.0, 0.0, 0.0] for d in ("fys", "won", "vrz", "soc", "onv")}})
    out = means_by_urbanity(buurten, table).set_index("gm_urbanity")
    assert out.loc[1.0, "afw"] == pytest.approx((0.1 + 3 * 0.2) / 4) and out.loc[1.0, "buurten"] == 2
