"""Comparing gemeenten: spread statistics, similarity, group means, and the page itself."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.compare import gemeente_table, group_means, most_similar
from core.inequality import spread_by_gemeente, weighted_quantile, weighted_sd
from core.params import parse_code_list
from tests import sources
from tests.apptest import assert_clean, open_page, texts


def test_weighted_quantile_equals_hazen_for_equal_weights():
    values = np.array([0.3, -0.1, 0.2, 0.05, -0.4, 0.0, 0.11])
    for q in (0.1, 0.25, 0.5, 0.75, 0.9):
        assert weighted_quantile(values, np.ones(7), q) == pytest.approx(np.quantile(values, q, method="hazen"))


def test_weighted_median_moves_towards_the_heavy_value():
    assert weighted_quantile([0.0, 1.0], [1, 99], 0.5) > 0.95
    assert weighted_quantile([0.0, 1.0], [99, 1], 0.5) < 0.05
    assert np.isnan(weighted_quantile([], [], 0.5))


def test_weighted_sd_by_hand():
    # Values 0 and 2 with weights 1 and 3: mean 1.5, variance (1*2.25 + 3*0.25)/4 = 0.75.
    assert weighted_sd([0, 2], [1, 3]) == pytest.approx(np.sqrt(0.75))


def test_spread_counts_weak_households():
    b = pd.DataFrame({"gemeente_code": ["G1"] * 3, "afw": [-0.3, 0.0, 0.1], "klasse": [3, 6, 8],
                      "households": [100, 300, 600]})
    row = spread_by_gemeente(b).iloc[0]
    assert row["weak_households"] == 100 and row["weak_share"] == pytest.approx(0.1)
    assert row["buurten"] == 3


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


def test_parse_code_list_handles_unknown_duplicates_and_too_many():
    known = {f"GM{i:04d}" for i in range(10)}
    r = parse_code_list(["gm0001,GM0002,GM0001,XX,GM0003", "GM0004,GM0005,GM0006,GM0007"], known, 6)
    assert r.codes == ["GM0001", "GM0002", "GM0003", "GM0004", "GM0005", "GM0006"]
    assert r.unknown == ["XX"] and r.had_duplicates and r.truncated


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


def test_page_shows_amsterdam_goed_and_rotterdam_ruim_voldoende(app_db):
    at = open_page("vergelijk", {"gm": "GM0363,GM0599"})
    assert_clean(at)
    page = texts(at)
    assert "Voorzieningen" in page
    html = " ".join(m.value for m in at.markdown)
    assert "7 · goed" in html and "6 · ruim voldoende" in html
    assert "eigen berekening" in page.lower()


@pytest.mark.parametrize("gm", ["GM9999,GM0363", "GM0363,GM0363,GM0599", "'; drop table areas;--", "",
                                ",".join(["GM0363"] * 500), "GM0014,GM0034,GM0037,GM0047,GM0050,GM0059,GM0060"])
def test_bad_selection_in_url_degrades_gracefully(app_db, gm):
    at = open_page("vergelijk", {"gm": gm})
    assert_clean(at)
    assert at.title[0].value == "Gemeenten vergelijken"


def test_g4_quick_pick(app_db):
    at = open_page("vergelijk", {"gm": "GM0014,GM0034"})
    at.main.button[0].click().run()
    assert_clean(at)
    assert sorted(at.multiselect(key="cmp_pick").value) == ["GM0344", "GM0363", "GM0518", "GM0599"]


def test_filtering_the_ranking(app_db):
    at = open_page("vergelijk")
    at.multiselect(key="f_grp").set_value(["G4"]).run()
    assert_clean(at)
    table = at.dataframe[-1].value
    assert len(table) == 4
